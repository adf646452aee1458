"""Contact details in a promise document: who the public can reach, and how.

Plain Python over normalised text. Swedish public documents end (or are
framed) with contact blocks, written in a few habitual ways:

* an organisation line ("Umeå kommun", "Polisen Umeå") over labelled or bare
  details ("Besök: Stadshuset, Skolgatan 31A", "Postadress: 901 80 Umeå",
  "090–16 10 00", "Telefon 114 14", "umea.kommun@umea.se", "www.umea.se");
* a heading ("Kontakta oss", "Kontakt", "Kontakta kommunen", "Kontakta gärna")
  over organisations, postal lines ("Box 500", "833 24 Strömsund") and people
  in their roles ("• Richard Persson" over "Chef för ..." over "0670-169 74",
  or "Kommunpolis Anna Berg" or "Anna Berg, kommunpolis" on one line);
* a role or unit ("Växel", "Säkerhetssamordnare") right over its number.

A block is a run of such lines; a sentence or any other line ends it. Each
organisation, role or person in a block is one contact; details with nobody
above them belong to the organisation their address names (polisen.se is
Polisen) or else to the kommun of the document. Details on a line of prose
("på kommunens webbplats, www.ostersund.se") are never a contact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loften.ingest.contract import Contact
from loften.promises.contacts import phone_problem

_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}"
_WEB = r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:se|nu|com|org|net|eu|info)(?:/[^\s]*)?"
_NOTE = r"(?:\s*\([^()]{1,40}\))?"
_PHONE_CHARACTERS = r"[+\d][\d\s\-–()/]*\d"

_EMAIL_LINE = re.compile(rf"^{_EMAIL}$", re.IGNORECASE)
_WEB_LINE = re.compile(rf"^{_WEB}$", re.IGNORECASE)
_PHONE_LINE = re.compile(rf"^(?P<number>{_PHONE_CHARACTERS}){_NOTE}$")
# Without a label, a number is a phone number only when it is written as one:
# with its area code or country code, or as one of the national short numbers.
_BARE_PHONE = re.compile(r"^(?:0|\+)|^11[0-9]\s?\d{2}$|^1177$")
_BOX = re.compile(r"^(?:Box|Postbox|Pl)\s+\d+\b.*$", re.IGNORECASE)
_POSTAL = re.compile(r"^(?:SE-?)?\d{3}\s?\d{2}\s+[A-ZÅÄÖ][\wåäöé-]+(?:\s+[A-ZÅÄÖ][\wåäöé-]+)?$")
_STREET = re.compile(
    r"^[A-ZÅÄÖ][\wåäöé-]*(?:gatan|gata|vägen|väg|gränd|torget|torg|plan|backen|allén|stigen"
    # a house number, not a year ("Handlingsplan 2019" is a heading)
    r"|leden|esplanaden|promenaden|kajen)\s+(?!(?:19|20)\d\d\b)\d+\s?[A-Za-z]?(?:,.*)?$"
)
_LABEL = re.compile(
    r"^(?P<label>besöksadress|besök|postadress|leveransadress|gatuadress|adress|"
    r"telefonnummer|telefon|tfn|tel|växel|mobil(?:telefon)?|"
    r"e-postadress|e-post|epost|e-mail|email|mejl|mail|"
    r"webbplats|webbadress|webb|hemsida|internet)\b\.?(?P<colon>\s*:)?\s*(?P<value>.+)$",
    re.IGNORECASE,
)
_LABEL_FIELD = {
    "besöksadress": "address", "besök": "address", "postadress": "address",
    "leveransadress": "address", "gatuadress": "address", "adress": "address",
    "telefonnummer": "phone", "telefon": "phone", "tfn": "phone", "tel": "phone",
    "växel": "phone", "mobil": "phone", "mobiltelefon": "phone",
    "e-postadress": "email", "e-post": "email", "epost": "email", "e-mail": "email",
    "email": "email", "mejl": "email", "mail": "email",
    "webbplats": "website", "webbadress": "website", "webb": "website", "hemsida": "website",
    "internet": "website",
}  # fmt: skip
# Labels that say which address it is are kept with it; a bare "Adress:" says nothing.
_KEPT_LABELS = {"besöksadress", "besök", "postadress", "leveransadress"}

_HEADING = re.compile(
    r"^(?:kontakta\s+(?P<whom>oss|kommunen|polisen|gärna|någon\s+av\s+oss)|"
    r"kontakt(?:uppgifter|information|personer|person)?|"
    r"(?:har\s+du\s+)?frågor(?:\s+om\s+[\wåäö ]+)?|mer\s+information)\s*[:?]?$",
    re.IGNORECASE,
)
_END = re.compile(
    r"^(?:senast\s+(?:ändrad|uppdaterad|granskad)|bilagor?\b|sida\s+\d+|\d+\s*(?:\(\d+\))?$)",
    re.IGNORECASE,
)
_ORGANISATION = re.compile(
    r"\b(?:\w*kommun(?:en)?|stad(?:en)?|region\w*|polis(?:en|myndigheten)?|"
    r"\w*polisområde\w*|länsstyrelsen\w*|\w*tjänst(?:en)?|\w*förvaltning(?:en)?|"
    r"\w*nämnd(?:en)?|\w*bostäder|\w*bolag(?:et)?|AB)\b",
    re.IGNORECASE,
)
_ROLE = re.compile(
    r"\w*(?:polis|samordnare|chef|strateg|handläggare|ansvarig|sekreterare|direktör|"
    r"ordförande|kommunalråd|utvecklare|koordinator|inspektör|växel|kundtjänst|"
    r"kontaktcenter|medborgarkontor|reception)\b",
    re.IGNORECASE,
)
_WORD = r"[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?"
_NAME = rf"{_WORD}(?:\s+{_WORD}){{1,2}}"
_PERSON = re.compile(rf"^(?P<name>{_NAME})(?:\s*,\s*(?P<title>[^,]{{2,120}}))?$")
_ROLE_AND_PERSON = re.compile(
    rf"^(?P<title>(?:[\wåäöÅÄÖ-]+\s+){{0,3}}?(?i:{_ROLE.pattern}))\s+(?P<name>{_NAME})$"
)
_BULLET = re.compile(r"^[•·▪◦●\-–—*]\s*")
_SEPARATOR = re.compile(r"\s+[|·•]\s+|\s{2,}|;\s+|,\s+(?=[\w.+-]+@|www\.|\+?\d)")

# Every kind of detail has one of these: an @, a web address, a digit (phone
# numbers, Box, postcodes, street numbers) or a label first. A line without any
# holds no detail, which spares most lines of a document the patterns above.
_MAY_HOLD_DETAIL = re.compile(
    r"[@\d]|www\.|https?:|\.(?:se|nu|com|org|net|eu|info)\b|"
    r"^(?:besök|post|lever|gatu|adress|tel|tfn|växel|mobil|e-?post|e-?mail|email|mejl|mail|"
    r"webb|hemsida|internet)",
    re.IGNORECASE,
)

_SHORT_LINE = 60

Detail = tuple[str, str]


@dataclass
class _Line:
    text: str
    start: int
    end: int


@dataclass
class _Contact:
    organisation: str
    start: int
    end: int
    name: str = ""
    title: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    address: list[str] = field(default_factory=list)

    @property
    def has_details(self) -> bool:
        return bool(self.phone or self.email or self.website or self.address)

    def add(self, detail: Detail, line: _Line) -> bool:
        """Take the detail; False when the field is taken (another contact's detail)."""
        kind, value = detail
        if kind == "address":
            self.address.append(value)
        elif getattr(self, kind):
            return False
        else:
            setattr(self, kind, value)
        self.end = line.end
        return True

    def as_contract(self, default_organisation: str | None) -> Contact:
        return {
            "organisation": self.organisation or _organisation_of(self, default_organisation),
            "name": self.name,
            "title": self.title,
            "phone": self.phone,
            "email": self.email,
            "website": self.website,
            "address": "\n".join(self.address),
            "source": {"start": self.start, "end": self.end},
        }


def _organisation_of(contact: _Contact, default_organisation: str | None) -> str:
    """Who details belong to when no line names it: Polisen for polisen.se, else the kommun."""
    if re.search(r"polisen\.se\b", f"{contact.email} {contact.website}", re.IGNORECASE):
        return "Polisen"
    return default_organisation or ""


def _lines(text: str) -> list[_Line]:
    lines = []
    offset = 0
    for raw in text.split("\n"):
        start, offset = offset, offset + len(raw) + 1
        stripped = raw.strip()
        content = _BULLET.sub("", stripped).strip()
        if content:
            begin = start + raw.index(content[:1])
            lines.append(_Line(" ".join(content.split()), begin, begin + len(content)))
    return lines


def _one_detail(piece: str) -> Detail | None:
    """A piece of a line that is one contact detail and nothing else, as (field, value)."""
    label = _LABEL.match(piece)
    if label:
        name, value = label.group("label").lower(), label.group("value").strip()
        kind = _LABEL_FIELD[name]
        if kind == "address":
            if not label.group("colon"):
                return None
            return kind, f"{label.group('label')}: {value}" if name in _KEPT_LABELS else value
        found = _bare_detail(value, labelled=True)
        if found is None or found[0] != kind:
            return None
        if name == "växel" and "(" not in found[1]:
            return kind, f"{found[1]} (växel)"
        return found
    return _bare_detail(piece, labelled=False)


def _bare_detail(piece: str, *, labelled: bool) -> Detail | None:
    if _EMAIL_LINE.match(piece):
        return "email", piece
    if _WEB_LINE.match(piece) and "@" not in piece:
        return "website", piece.rstrip("/")
    phone = _PHONE_LINE.match(piece)
    if (
        phone
        and (labelled or _BARE_PHONE.match(phone.group("number")))
        and phone_problem(piece) is None
    ):
        return "phone", piece
    if _BOX.match(piece) or _POSTAL.match(piece) or _STREET.match(piece):
        return "address", piece
    return None


def details_of(line: str) -> list[Detail]:
    """The contact details a line consists of; none when it holds anything else."""
    if not _MAY_HOLD_DETAIL.search(line):
        return []
    whole = _one_detail(line)
    if whole:
        return [whole]
    pieces = [piece.strip() for piece in _SEPARATOR.split(line) if piece.strip()]
    if len(pieces) < 2:
        return []
    found = []
    for piece in pieces:
        detail = _one_detail(piece)
        if detail is None:
            return []
        found.append(detail)
    return found


def _person(line: str) -> tuple[str, str] | None:
    """(name, title) of a line naming a person, perhaps with the role before or after."""
    if _ORGANISATION.search(line.split(",")[0]) or re.search(r"\d", line):
        return None
    match = _ROLE_AND_PERSON.match(line) or _PERSON.match(line)
    if match is None:
        return None
    return match.group("name"), (match.group("title") or "").strip()


def _is_prose(line: str) -> bool:
    return len(line) > 100 or (line.endswith(".") and len(line.split()) > 6)


def _is_organisation(line: str) -> bool:
    return (
        len(line) <= _SHORT_LINE
        and len(line.split()) <= 6
        and line[:1].isupper()
        and not re.search(r"\d|[.:;]$", line)
        and bool(_ORGANISATION.search(line))
    )


class _Reader:
    """Walks the lines once, opening a contact at each organisation, role or person."""

    def __init__(self, lines: list[_Line]) -> None:
        self.lines = lines
        self.details = [details_of(line.text) for line in lines]
        self.contacts: list[_Contact] = []
        self.current: _Contact | None = None
        self.organisation = ""
        self.in_block = False

    def followed_by_details(self, index: int, within: int = 2) -> bool:
        """Whether a detail line comes next, perhaps after one line (a person's title)."""
        return any(
            self.details[i] for i in range(index + 1, min(index + 1 + within, len(self.lines)))
        )

    def open(self, line: _Line, *, name: str = "", title: str = "") -> None:
        current = self.current
        if current is not None and not current.has_details and not current.name:
            current.name, current.title = name, title  # "Polisen" over "Anna Berg, kommunpolis"
            current.end = line.end
            return
        self.current = _Contact(self.organisation, line.start, line.end, name=name, title=title)
        self.contacts.append(self.current)

    def close(self) -> None:
        self.current, self.in_block = None, False

    def read(self) -> list[_Contact]:
        for index, line in enumerate(self.lines):
            text = line.text
            if self.details[index]:
                self.detail(index, line)
            elif heading := _HEADING.match(text):
                self.heading(heading.group("whom") or "")
            elif _END.match(text) or _is_prose(text):
                self.close()
                self.organisation = ""
            elif titled := self.awaiting_title(text):
                titled.title, titled.end = text, line.end
            # Whether a block can be here is cheaper to ask than what the line is.
            elif (near := self.in_block or self.followed_by_details(index)) and (
                person := _person(text)
            ):
                self.in_block = True
                self.open(line, name=person[0], title=person[1])
            elif near and _is_organisation(text):
                self.in_block = True
                self.organisation, self.current = text, None
                self.open(line)
            elif len(text) <= _SHORT_LINE and self.followed_by_details(index, within=1):
                # A role or a unit over its number: "Växel", "Säkerhetssamordnare".
                self.in_block, self.current = True, None
                if _ROLE.search(text) or self.organisation:
                    self.open(line, title=text)
                else:
                    self.organisation = text
                    self.open(line)
            else:
                self.close()
        return self.contacts

    def awaiting_title(self, text: str) -> _Contact | None:
        """The person just named, when this line can be their role."""
        current = self.current
        if (
            current is not None
            and current.name
            and not current.title
            and not current.has_details
            and len(text) <= 120
            and not text.endswith(".")
        ):
            return current
        return None

    def heading(self, whom: str) -> None:
        self.in_block = True
        named = {"kommunen": "kommun", "polisen": "polis"}.get(whom.lower())
        if named and named in self.organisation.lower():
            return  # "Kontakta kommunen" under the kommun's own name: its details go on
        self.current = None
        if named:
            self.organisation = "" if named == "kommun" else "Polisen"

    def detail(self, index: int, line: _Line) -> None:
        current = self.current
        standalone, before = current is None, len(self.contacts)
        if current is None:
            current = self.current = _Contact(self.organisation, line.start, line.end)
            self.contacts.append(current)
        for detail in self.details[index]:
            if not current.add(detail, line) and not current.name:
                current = self.current = _Contact(self.organisation, line.start, line.end)
                self.contacts.append(current)
                current.add(detail, line)
        if standalone and not self.in_block and not self.followed_by_details(index, within=1):
            # A lone detail line with nobody above it is not a contact block.
            del self.contacts[before:]
            self.current = None
        else:
            self.in_block = True


def contacts_of(text: str, *, default_organisation: str | None = None) -> list[Contact]:
    """Every contact written in the text, in reading order, in the contract's shape.

    `default_organisation` (the kommun's own name) is who details belong to when
    no line above them names anyone and their address does not say.
    """
    reader = _Reader(_lines(text))
    if not any(reader.details):
        return []  # a contact is what its details make it: without any, there is none
    return [c.as_contract(default_organisation) for c in reader.read() if c.has_details]
