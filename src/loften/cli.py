"""The `loften` command: every batch job and server of the product, one verb each."""

from __future__ import annotations

import os
import sys

# Django's own verbs that an operator of Löften needs; every verb of a Löften
# app is listed as well. Any other Django management command also works.
DJANGO_VERBS = [
    "migrate",
    "showmigrations",
    "createsuperuser",
    "changepassword",
    "check",
    "shell",
    "dbshell",
    "collectstatic",
    "clearsessions",
]


def _usage() -> str:
    from django.core.management import get_commands, load_command_class

    commands = get_commands()
    verbs = sorted(name for name, app in commands.items() if app.startswith("loften."))
    lines = [
        "usage: loften VERB [options]   (loften VERB --help for a verb's options)",
        "",
        "Löften verbs:",
    ]
    for verb in verbs + DJANGO_VERBS:
        if verb == DJANGO_VERBS[0]:
            lines += ["", "Django verbs:"]
        summary = load_command_class(commands[verb], verb).help.strip().split(". ")[0]
        lines.append(f"  {verb:16} {summary.rstrip('.')}")
    lines += [
        "",
        "Configuration comes from the environment: DATABASE_URL, SECRET_KEY, DEBUG,",
        "ALLOWED_HOSTS (see docs/operators.md). Default: SQLite in ./var/loften.sqlite3.",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "loften.settings")
    import django
    from django.core.management import execute_from_command_line

    args = sys.argv[1:] if argv is None else argv
    django.setup()
    from loften.accounts.acting import acting_as

    if not args or args[0] in {"-h", "--help", "help"}:
        print(_usage())
        return
    # What a command writes is recorded in the history as that command's.
    with acting_as(None, f"loften {args[0]}"):
        execute_from_command_line(["loften", *args])
