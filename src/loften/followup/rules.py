"""What an activity may hold, checked alike wherever one is written.

The log form and the bulk import of a spreadsheet both use these checks, so a
description the form refuses is refused in a file too, with the same words.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.core.exceptions import ValidationError

from loften.promises.models import Party
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


# Who may have done what a commitment of each party promises.
DOERS = {
    Party.POLICE: (Party.POLICE,),
    Party.MUNICIPALITY: (Party.MUNICIPALITY,),
    Party.OTHERS: (Party.OTHERS,),
    Party.JOINT: (Party.JOINT, Party.POLICE, Party.MUNICIPALITY),
}


def default_party(commitment_parties: Sequence[str], own: Party | None) -> Party | None:
    """Who did it, as the log form first suggests for the commitments it was opened for.

    The person's own party when it may have done them, else the commitments'
    party when they share one (a police commitment: Polisen), else the own.
    """
    parties = [Party(party) for party in dict.fromkeys(commitment_parties)]
    if not parties or (own is not None and all(own in DOERS[p] for p in parties)):
        return own
    return parties[0] if len(parties) == 1 else own
