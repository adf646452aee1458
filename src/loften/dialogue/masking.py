"""Personal data masked out of free text before it is stored for display.

Plain Python, no Django. `mask` replaces, in this order (an earlier kind wins where two
overlap):

- e-mail addresses ("anna.s@exempel.se", "anna(at)exempel.se"): "[e-post]";
- personnummer and samordningsnummer, 10 or 12 digits, with or without "-" or "+"
  ("850101-1234", "198501011234", "850161+1234"): "[personnummer]". Every date-shaped
  number is masked whether its check digit is right or not (a mistyped number is still
  someone's); a ten-digit number that starts with 0 and fails the check is a phone number;
- Swedish phone numbers ("070-123 45 67", "+46 70 123 45 67", "08-123 456 78",
  "0701234567"): 8 to 10 digits from the leading 0 (or +46/0046): "[telefon]";
- street addresses with a number ("Storgatan 12", "Storgatan 12 B", "Östra Långgatan 3
  lgh 1102", "Karl Johans gata 5, 411 03 Göteborg"): "[adress]"; a street named without
  a number ("på Storgatan") is a place, not an address, and stays;
- names of people: first names from a list of the 991 most common Swedish first names,
  surnames from the 500 most common (`loften.names`), with the names that follow
  them: "[namn]". A first name that is also a Swedish word ("Hans", "Bo", "Björn",
  "Lova") counts at the start of a sentence only when a surname follows; a surname alone
  counts inside a sentence, or after "familjen", "herr", "fru" and the like; kommun
  names ("Mark", "Lund") are never a name on their own.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from importlib import resources

from loften.names import is_first_name, is_surname

NAME, PERSONNUMMER, PHONE, EMAIL, ADDRESS = (
    "[namn]",
    "[personnummer]",
    "[telefon]",
    "[e-post]",
    "[adress]",
)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str


EMAIL_PATTERN = re.compile(
    r"(?<![\w.+-])[\w.+-]+(?:@|\s?\((?:at|snabel-a)\)\s?|\s?\[at\]\s?)[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b",
    re.IGNORECASE,
)
_MONTH = r"(?:0[1-9]|1[0-2])"
_DAY = r"(?:0[1-9]|[12]\d|3[01]|6[1-9]|[78]\d|9[01])"  # 61-91: samordningsnummer
PERSONNUMMER_PATTERN = re.compile(
    rf"(?<![\w+-])(?:19|20)?\d{{2}}{_MONTH}{_DAY}(?P<sep>\s?[-+]\s?)?\d{{4}}(?![\w-])"
)
# A run of digits, spaces, hyphens, slashes and brackets that may be a phone number;
# `_phone_spans` decides.
PHONE_CANDIDATE = re.compile(r"(?<![\w+])(?:\+|00|\((?=0\d{1,3}\)))?\d[\d\s()/-]{5,22}\d(?![\w])")
_STREET_WORDS = (
    "gatan|gata|vägen|väg|gränden|gränd|stigen|stig|backen|backe|torget|torg|allén|allé|"
    "platsen|plats|plan|leden|esplanaden|kajen|kaj|stranden|strand|promenaden|slingan|"
    "ringen|liden|höjden|bryggan|gången|vägen"
)
_STREET_PREFIX = r"(?:Östra|Västra|Norra|Södra|Stora|Lilla|Gamla|Nya|Sankt|S:t)\s+"
ADDRESS_PATTERN = re.compile(
    rf"(?<![\w-])(?:(?:{_STREET_PREFIX})?[A-ZÅÄÖ][\wåäöé:-]*(?:{_STREET_WORDS})"
    rf"|(?:[A-ZÅÄÖ][\wåäöé]+\s+){{1,2}}(?:{_STREET_WORDS})"
    rf"|{_STREET_PREFIX}(?i:{_STREET_WORDS}))"
    r"\s+\d{1,3}(?!\d)(?:\s?[A-Z]|[a-z])?(?![\wåäöÅÄÖ])"
    r"(?:\s*,?\s*(?:lgh|lägenhet)\.?\s*\d{4})?"
    r"(?:\s*,?\s*\d\s?(?:tr|trappor)\b)?"
    r"(?:\s*,?\s*\d{3}\s?\d{2}(?:\s+[A-ZÅÄÖ][\wåäöé]+)?)?"
)
# Roads with a number that are no one's address.
NOT_STREETS = frozenset(
    {"Riksväg", "Riksvägen", "Länsväg", "Länsvägen", "Europaväg", "Europavägen", "Motorväg"}
)
CAPITALISED = re.compile(r"(?<![\w-])[A-ZÅÄÖÉÜ][a-zåäöéüèáíóúñ]+(?:-[A-ZÅÄÖÉÜ][a-zåäöéüèáíóú]+)*")
# First names that are also Swedish words, months or holidays.
COMMON_FIRST_NAMES = frozenset((
    "Alf", "Alma", "Ben", "Björn", "Bo", "Bror", "Dag", "Dan", "Del", "Ebba", "Fred", "Frank",
    "Frans", "Hans", "Inga", "Inge", "Iris", "Isa", "Jack", "Jarl", "Juni", "Junior", "Kaj",
    "Kasper", "Klara", "Knut", "Liv", "Lo", "Lova", "Love", "Lucia", "Malva", "Maj", "Mark",
    "Max", "Milan", "Mina", "Nova", "Per", "Rita", "Rosa", "Rose", "Saga", "Said", "Sam",
    "Sanna", "Sol", "Sten", "Stig", "Tilde", "Tom", "Tuva", "Urban", "Valborg", "Vera", "Vide",
    "Viking", "Ville", "Viola",
))  # fmt: skip
# Surnames that are also Swedish words or places.
COMMON_SURNAMES = frozenset((
    "Alm", "Asp", "Berg", "Björk", "Blixt", "Blom", "Borg", "Brink", "Bäck", "Ek", "Falk",
    "Flink", "Fors", "Frank", "Frid", "Frisk", "Green", "Gren", "Hall", "Hjort", "Hult", "Hägg",
    "Jarl", "Kling", "Kvist", "Lilja", "Lind", "Linder", "Ljung", "Lund", "Lönn", "Malm",
    "Modig", "Nord", "Palm", "Rask", "Said", "Skog", "Sköld", "Stark", "Storm", "Strand",
    "Strid", "Ström", "Svärd", "Tran",
))  # fmt: skip
# Words after which a capitalised word is someone's name.
NAME_CUES = frozenset((
    "familjen", "herr", "fru", "paret", "grannen", "grannarna", "syster", "bror", "mamma",
    "pappa", "dottern", "sonen",
))  # fmt: skip
SURNAME_ENDINGS = (
    "sson", "son", "berg", "ström", "lund", "qvist", "kvist", "gren", "dahl", "holm",
    "blad", "stedt", "ell", "ander", "ius", "én", "lin", "din", "ling", "mark", "man",
)  # fmt: skip
SENTENCE_END = re.compile(r"(?:^|[.!?\n]|\.\s*[\"”»])\s*[\"”»(]*$")


@functools.cache
def _kommun_names() -> frozenset[str]:
    text = resources.files("loften.registry").joinpath("data", "kommuner.csv").read_text("utf-8")
    return frozenset(
        word for row in csv.DictReader(text.splitlines()) for word in row["kommun"].split()
    )


def _looks_like_surname(word: str) -> bool:
    return is_surname(word) or word.lower().removesuffix("s").endswith(SURNAME_ENDINGS)


def _sentence_start(text: str, position: int) -> bool:
    return SENTENCE_END.search(text[max(0, position - 4) : position]) is not None


def _previous_word(text: str, position: int) -> str:
    before = text[max(0, position - 20) : position].split()
    return before[-1].lower() if before else ""


def _email_spans(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), EMAIL) for m in EMAIL_PATTERN.finditer(text)]


def _luhn(digits: str) -> bool:
    total = 0
    for i, digit in enumerate(digits):
        n = int(digit) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _personnummer_spans(text: str) -> list[Span]:
    spans = []
    for m in PERSONNUMMER_PATTERN.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if len(digits) == 10 and not m.group("sep") and digits[0] == "0" and not _luhn(digits):
            continue  # 0701234567: a mobile number
        spans.append(Span(m.start(), m.end(), PERSONNUMMER))
    return spans


def _phone_spans(text: str) -> list[Span]:
    spans = []
    for m in PHONE_CANDIDATE.finditer(text):
        groups = re.findall(r"\S+\s*", m.group())
        # "070-123 45 67 2 gånger": the longest run of groups from the start that is a number.
        for size in range(len(groups), 0, -1):
            candidate = "".join(groups[:size]).rstrip()
            if _is_phone_number(candidate):
                spans.append(Span(m.start(), m.start() + len(candidate), PHONE))
                break
    return spans


def _is_phone_number(candidate: str) -> bool:
    if "  " in candidate or candidate.count("(") != candidate.count(")"):
        return False
    digits = re.sub(r"\D", "", candidate.replace("(0)", ""))
    if candidate.startswith("+46") or candidate.startswith("0046"):
        digits = "0" + digits.removeprefix("00").removeprefix("46")
    elif candidate.startswith("+") or candidate.startswith("00"):
        return False
    return digits.startswith("0") and digits[1] != "0" and 8 <= len(digits) <= 10


def _address_spans(text: str) -> list[Span]:
    return [
        Span(m.start(), m.end(), ADDRESS)
        for m in ADDRESS_PATTERN.finditer(text)
        if m.group().split()[0] not in NOT_STREETS
    ]


def _name_spans(text: str) -> list[Span]:
    words = list(CAPITALISED.finditer(text))
    spans = []
    i = 0
    while i < len(words):
        word = words[i].group()
        # The names that follow: "Anna Maria Svensson", "Per-Erik Lind-Berg".
        last = i
        while (
            last + 1 < len(words)
            and text[words[last].end() : words[last + 1].start()] == " "
            and (
                is_first_name(words[last + 1].group())
                or _looks_like_surname(words[last + 1].group())
            )
        ):
            last += 1
        followed_by_surname = any(
            _looks_like_surname(words[k].group()) for k in range(i + 1, last + 1)
        )
        start = words[i].start()
        at_start = _sentence_start(text, start)
        cued = _previous_word(text, start) in NAME_CUES
        kommun = word in _kommun_names()
        if is_first_name(word) and word not in COMMON_FIRST_NAMES and not kommun:
            is_name = True
        elif is_first_name(word):
            is_name = followed_by_surname or cued or not (at_start or kommun)
        elif is_surname(word) or (cued and not kommun):
            is_name = (
                cued or followed_by_surname or not (at_start or kommun or word in COMMON_SURNAMES)
            )
        else:
            is_name = False
        if is_name:
            spans.append(Span(start, words[last].end(), NAME))
            i = last + 1
        else:
            i += 1
    return spans


def find(text: str) -> list[Span]:
    """Every piece of personal data in the text, in order, none overlapping."""
    taken: list[Span] = []
    for finder in (_email_spans, _personnummer_spans, _phone_spans, _address_spans, _name_spans):
        for span in finder(text):
            if all(span.end <= other.start or span.start >= other.end for other in taken):
                taken.append(span)
    return sorted(taken, key=lambda span: span.start)


def mask(text: str) -> str:
    """The text with every piece of personal data replaced by what it was: "[namn]" ..."""
    pieces = []
    position = 0
    for span in find(text):
        pieces += [text[position : span.start], span.label]
        position = span.end
    return "".join([*pieces, text[position:]])
