from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from loften.ops.demo import (
    DEMO_FOLLOWER,
    DEMO_MAIL_DOMAIN,
    demo_follower,
    demo_logins,
    demo_survey,
    seed_files,
    seed_load,
)


class Command(BaseCommand):
    help = (
        "Set up the demo: migrate the database (SQLite by default), load the registry and "
        "the seed documents as published promise sets, and print a login per organisation."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--no-logins", action="store_true", help="do not create or print demo logins"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write("Database migrated; registry loaded.")
        for path in seed_files():
            result = seed_load(path, people=not options["no_logins"])
            state = "loaded" if result.loaded else "skipped"
            for line in result.contents:
                self.stdout.write(f"  {state:7} {line}")
        survey, made = demo_survey()
        self.stdout.write(
            f"  {'loaded' if made else 'skipped':7} {survey.municipality.name}: "
            f"{survey.responses.count()} survey answers and a draft lägesbild; the form is at "
            f"{settings.SITE_URL}/trygghetsmatning/{survey.pk}/"
        )
        if options["no_logins"]:
            return
        self.stdout.write(
            "\nDemo logins (new passwords on every run). Organisations log in at "
            f"{settings.SITE_URL}/konto/logga-in/, admin at {settings.SITE_URL}/admin/:"
        )
        for login in demo_logins():
            self.stdout.write(
                f"  {login.username:40} {login.password:14} {login.role:12} {login.organisation}"
            )
        followed = demo_follower()
        if followed is not None:
            self.stdout.write(
                f"\n{DEMO_FOLLOWER} follows {followed.title}. Each login has an address at "
                f"{DEMO_MAIL_DOMAIN} and is responsible for its party's commitments: "
                "`loften remind --dry-run` lists the reminders, and `loften worker` prints "
                "the e-mails on the console."
            )
