"""What an activity may hold, checked alike wherever one is written.

The log form and the bulk import of a spreadsheet both use these checks, so a
description the form refuses is refused in a file too, with the same words.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError

from loften.sizes import count

DESCRIPTION_MAX_LENGTH = 5000
# The largest number the database keeps in a positive integer field on every backend.
QUANTITY_MAX = 2_147_483_647


def check_description(text: str) -> None:
    """Refuse a description longer than a person writes about one activity."""
    if len(text) > DESCRIPTION_MAX_LENGTH:
        raise ValidationError(
            f"Beskrivningen är {count(len(text))} tecken lång. Den får vara högst "
            f"{count(DESCRIPTION_MAX_LENGTH)} tecken."
        )


def check_quantity(number: int) -> None:
    if number < 0:
        raise ValidationError(f"{number} är inget antal. Skriv ett heltal, 0 eller mer.")
    if number > QUANTITY_MAX:
        raise ValidationError(f"{count(number)} är för stort för ett antal.")
