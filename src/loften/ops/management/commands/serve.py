import os
import shutil
import sys
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser


class Command(BaseCommand):
    help = (
        "Serve Löften with the granian HTTP server (collects static files first). "
        "Stateless: run as many as you like behind a load balancer."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default=os.environ.get("LOFTEN_HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("LOFTEN_PORT", "8000")))
        parser.add_argument(
            "--workers",
            type=int,
            default=int(os.environ.get("LOFTEN_WORKERS", "2")),
            help="worker processes (default 2, or LOFTEN_WORKERS)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("collectstatic", interactive=False, verbosity=0)
        granian = shutil.which("granian") or os.path.join(
            os.path.dirname(sys.executable), "granian"
        )
        if not os.path.exists(granian):
            raise CommandError("granian is not installed: pip install the loften package.")
        self.stdout.write(f"Löften on http://{options['host']}:{options['port']}/")
        sys.stdout.flush()
        os.execv(  # noqa: S606 - replaces this process with the server on purpose
            granian,
            [
                granian,
                "--interface",
                "wsgi",
                "--host",
                options["host"],
                "--port",
                str(options["port"]),
                "--workers",
                str(options["workers"]),
                # Requests in flight per worker: enough for slow clients, few
                # enough that a Python process is not flooded with threads.
                "--backpressure",
                "16",
                "--no-ws",
                "loften.wsgi:application",
            ],
        )
