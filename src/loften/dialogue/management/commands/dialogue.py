import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from loften.dialogue.masking import mask
from loften.dialogue.services import dialogue_forget


class Command(BaseCommand):
    help = (
        "Dialogue input (medborgardialog, medarbetardialog, comments). `loften dialogue mask` "
        "reads text on stdin and prints it with names, personnummer, phone numbers, e-mail "
        "and street addresses replaced by [namn], [personnummer], [telefon], [e-post] and "
        "[adress]; `loften dialogue forget` forgets the words as written whose time is up "
        "and old comment form hashes (run it daily)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        actions.add_parser("mask", help="print stdin with personal data masked")
        actions.add_parser(
            "forget", help="forget the words as written after their time (run daily)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "mask":
            self.stdout.write(mask(sys.stdin.read()), ending="")
        else:
            count = dialogue_forget(today=timezone.localdate())
            self.stdout.write(f"Forgot {count} texts as written and comment form hashes.")
