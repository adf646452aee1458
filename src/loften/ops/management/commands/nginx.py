from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from loften.ops.front import (
    SYSTEM_CACHE_DIR,
    FrontConfig,
    FrontConfigError,
    Standalone,
    nginx_config,
)


class Command(BaseCommand):
    help = (
        "Print an nginx configuration for a front proxy before one or more `loften serve` "
        "app servers: it keeps public pages and API reads for LOFTEN_FRONT_CACHE_SECONDS "
        "(one second), so reads run at the speed of static files and a publication still "
        "shows within that time. Save it as /etc/nginx/conf.d/loften.conf, or with "
        "--standalone DIR run it as `nginx -p DIR -c DIR/nginx.conf`."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--listen", default="80", help="PORT or HOST:PORT (default 80)")
        parser.add_argument(
            "--server-name", action="append", dest="server_names", metavar="NAME",
            help="the site's host name; repeat for more (default: any)",
        )  # fmt: skip
        parser.add_argument(
            "--app", action="append", dest="app_servers", metavar="HOST:PORT",
            help="an app server (`loften serve`); repeat for each (default 127.0.0.1:8000)",
        )  # fmt: skip
        parser.add_argument(
            "--cache-dir", type=Path,
            help=f"where nginx keeps the answers (default {SYSTEM_CACHE_DIR}; "
            "with --standalone, DIR/cache)",
        )  # fmt: skip
        parser.add_argument(
            "--max-body-mb", type=int,
            default=settings.MAX_REQUEST_BYTES // (1024 * 1024) + 1,
            help="largest request body (default: LOFTEN_MAX_REQUEST_MB and 1 MB for the "
            "form's other fields; the app answers larger ones with its own 413 page)",
        )  # fmt: skip
        parser.add_argument(
            "--standalone", type=Path, metavar="DIR",
            help="write a whole nginx.conf that keeps its pid, logs and files in DIR "
            "and stays in the foreground (tests, benchmarks, a quick try)",
        )  # fmt: skip
        parser.add_argument("--workers", type=int, default=2, help="with --standalone")

    def handle(self, *args: Any, **options: Any) -> None:
        standalone = options["standalone"].resolve() if options["standalone"] else None
        config = FrontConfig(
            listen=options["listen"],
            server_names=tuple(options["server_names"] or ["_"]),
            app_servers=tuple(options["app_servers"] or ["127.0.0.1:8000"]),
            cache_dir=options["cache_dir"]
            or (standalone / "cache" if standalone else SYSTEM_CACHE_DIR),
            max_body_mb=options["max_body_mb"],
            session_cookie=settings.SESSION_COOKIE_NAME,
            standalone=Standalone(standalone, options["workers"]) if standalone else None,
        )
        try:
            self.stdout.write(nginx_config(config), ending="")
        except FrontConfigError as error:
            raise CommandError(str(error)) from error
