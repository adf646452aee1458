"""Phone numbers and web addresses of contacts, as Swedish documents write them.

Plain Python. A phone number is kept as written ("0670-161 00 (växel)",
"090–16 10 00", "114 14"); `phone_problem` says in Swedish what is wrong with
one, and `tel_uri` turns it into a link a phone can call. A web address is
kept as written ("www.umea.se") and `web_url` gives it a scheme.
"""

from __future__ import annotations

import re

# A number, then perhaps what it reaches in brackets: "0670-161 00 (växel)".
_NOTE = re.compile(r"\s*\((?P<note>[^()]{1,40})\)\s*$")
_NUMBER_CHARACTERS = re.compile(r"^\+?[\d\s\-–()/]+$")

PHONE_EXAMPLE = "till exempel 0920-150 00, +46 920 150 00 eller 114 14"


def _digits(number: str) -> str:
    return re.sub(r"\D", "", number)


def phone_number(value: str) -> str:
    """The number without a note in brackets after it."""
    return _NOTE.sub("", value).strip()


def phone_problem(value: str) -> str | None:
    """What is wrong with a phone number, in Swedish; None when it can be called.

    Swedish numbers start with 0 and have 8 to 10 digits; international ones
    start with + and a country code; short numbers such as 114 14 or 1177
    have 3 to 6 digits and do not start with 0.
    """
    number = phone_number(value)
    if not number or not _NUMBER_CHARACTERS.match(number):
        return f"Ange telefonnumret med siffror, {PHONE_EXAMPLE}."
    digits = _digits(number)
    if number.startswith("+"):
        valid = 8 <= len(digits) <= 15 and not digits.startswith("0")
    elif digits.startswith("0"):
        valid = 8 <= len(digits) <= 10
    else:
        valid = 3 <= len(digits) <= 6
    if not valid:
        return f"Telefonnumret har fel antal siffror, {PHONE_EXAMPLE}."
    return None


def tel_uri(value: str) -> str:
    """A `tel:` link for the number: Swedish numbers with +46, short numbers as they are."""
    number = phone_number(value)
    digits = _digits(number)
    if number.startswith("+"):
        return f"tel:+{digits}"
    if digits.startswith("0"):
        return f"tel:+46{digits[1:]}"
    return f"tel:{digits}"


def web_url(value: str) -> str:
    """The address with https:// in front when it was written without a scheme."""
    value = value.strip()
    if not value or re.match(r"^https?://", value, re.IGNORECASE):
        return value
    return f"https://{value}"
