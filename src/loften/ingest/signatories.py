"""Who signed: names with title and organisation, also from merged signature columns.

PDF extraction often puts two signature columns on one line ("Johan
Dahlqvist Andreas Nyberg" over "Kommunalråd Älvsbyns kommun
Lokalpolisområdeschef Piteå Älvdal"). Names are read as pairs of
capitalised words, titles are split where a role word begins, and the n-th
title goes to the n-th name of the line above, so spacing is not relied on.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from loften.ingest.classify import SIGNATURES_HEADING, in_english
from loften.ingest.contract import Signatory
from loften.names import is_first_name
from loften.registry.reference import municipality_organisation_name

ROLES = (
    "kommunstyrelsens vice ordförande",
    "kommunstyrelsens ordförande",
    "kommunfullmäktiges ordförande",
    "kommunalråd",
    "oppositionsråd",
    "kommundirektör",
    "regiondirektör",
    "verkställande direktör",
    "förvaltningschef",
    "områdeschef",
    "räddningschef",
    "stadsdirektör",
    "stadsområdesdirektör",
    "stadsdelsdirektör",
    "stationschef",
    "kommunchef",
    "förbundschef",  # a kommunalförbund's, a school's or a rescue service's
    "rektor",
    "biträdande lokalpolisområdeschef",
    "lokalpolisområdeschef",
    "chef för lokalpolisområde",
    "chef lokalpolisområde",
    "polisområdeschef",
    "regionpolischef",
    "kommunpolis",
    "säkerhetschef",
    "styrelseordförande",
    "ordförande",
    "vd",  # a housing company's, in an agreement it signs
)
_ROLE = re.compile(r"\b(?:" + "|".join(re.escape(r) for r in ROLES) + r")", re.IGNORECASE)
_ROLE_AT_END = re.compile(_ROLE.pattern + "$", re.IGNORECASE)
# A name's word, also with the letters of names from elsewhere ("Osmanović", "Nuñez").
_UPPER = "A-ZÅÄÖÉÈÁÀÜØÆČĆŠŽĐÑÇÍÓÚ"
_LOWER = "a-zåäöéèáàüøæčćšžđñçíóúëïôâêîûß"
_WORD = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
# ... perhaps with a middle initial: "Ingrid M. Halvarsson"
_INITIAL = rf"(?:\s+[{_UPPER}]\.)?"
_NAME = re.compile(rf"\b{_WORD}{_INITIAL}\s+{_WORD}\b")
# A name alone in a cell of side-by-side signatures ("Johanna Ek Lindblom | Stefan Berg")
# may have three words: the cell bounds it.
_THREE_NAMES = re.compile(
    rf"{_WORD}\s+{_WORD}\s+{_WORD}(?=\s+och\b|\s*[,.(]|\s*$|\s+via\b|"  # "... via BankID"
    r"\s+(?:skrev|skriver|undertecknade|signerade)\b)"  # "... Holm Sandberg skrev under"
)
_TO_CELL_END = rf"{_WORD}{_INITIAL}(?:\s+{_WORD}){{1,2}}(?= \||$)"
_CELL_NAME = re.compile(rf"(?:^|(?<=\| )){_TO_CELL_END}")
_CELL_START = re.compile(r"(?:^|(?<=\| ))(?=\S)")
_NAME_IN_CELL = re.compile(_TO_CELL_END)
# ... or after the signer's title: "Kommundirektör Henrik Olov Strand | Kommunpolis Eva Ek"
_TITLED_CELL = re.compile(rf"(?P<title>\w+(?:\s+\w+)??)\s+(?P<name>{_TO_CELL_END})")
# The printed labels of a signature form, under the line and the name.
_FORM_LABEL = re.compile(
    r"^(?:namnförtydligande|underskrift|namnteckning|befattning|titel|namn)$", re.IGNORECASE
)
# ... or before what it labels, in a column of its own: "Namnförtydligande Kerstin Alvarsson".
_LABELLED_ROW = re.compile(
    r"^(?:namnförtydligande|namnteckning|befattning|titel|namn)\s+(?=[A-ZÅÄÖ])", re.IGNORECASE
)
# A web page's comment form, its fields in a row: "Namn E-post Kommentar Skicka".
_WEB_FORM = re.compile(
    r"(?:(?:namn|e-post(?:adress)?|kommentar|meddelande|webbplats|skicka|publicera)\b\W*){3,}",
    re.IGNORECASE,
)
_ORGANISATION = re.compile(
    r"(?P<org>(?:[A-ZÅÄÖ][\wåäö-]*\s+)?kommun|(?:lokal)?polisområde\s+[\wåäö ]+|"
    r"polisregion\s+[\wåäö]+|Polismyndigheten)\s*$",
    re.IGNORECASE,
)


# A sentence of the body text: eight words or more, ending as a sentence ends.
_PROSE = re.compile(r"^(?:\S+\s+){7,}\S+[.!?]$")
# A letter of the Latin alphabet: a line without one is in another script (Arabic, Tigrinya).
_LATIN = re.compile(r"[A-Za-zÅÄÖåäöÉé]")
# A heading: one to five words, capitalised ("Om medborgarlöften", "Varför medborgarlöften?").
_HEADING = re.compile(r"^[A-ZÅÄÖ][\w-]*(?:\s+[\w-]+){0,4}\??$")


# Words that open or close an organisation's name ("Polisen Umeå", "Mora kommun").
_ORGANISATION_FIRST = frozenset(
    (
        "polisen",
        "polismyndigheten",
        "kommunen",
        "region",
        "regionen",
        "staden",
        "lokalpolisområde",
        "polisområde",
    )
)
_ORGANISATION_LAST = frozenset(("kommun", "polisen"))
# An organisation by the end of its first word: "Bostadsbolaget Hammarkullen",
# "Räddningstjänsten Storgöteborg", "Stadsdelsförvaltningen Västra".
_ORGANISATION_WORD = re.compile(
    r"(?:bolag(?:et)?|tjänsten|förvaltning(?:en)?|nämnd(?:en)?|området?|myndighet(?:en)?|"
    r"förbund(?:et)?|löfte(?:t|n)?)$"  # ... and a document's title: "Medborgarlöfte Laxå"
)
# "För Nynäshamns kommun" over a signature names the party signed for.
_NOT_A_FIRST_NAME = frozenset(("för", "på", "i", "med", "av"))


def _is_name(candidate: str, places: set[str]) -> bool:
    first, last = candidate.split()[0].lower(), candidate.split()[-1].lower()
    # A surname may be a place (Lund, Berg, Sala); a place name starts with one.
    return not (
        _ROLE.match(candidate)
        or first in _NOT_A_FIRST_NAME
        or first in places
        or first in _ORGANISATION_FIRST
        or _ORGANISATION_WORD.search(first) is not None
        or last in _ORGANISATION_LAST
    )


def _names(line: str, places: set[str]) -> list[re.Match[str]]:
    # A line or cell that is only a name may have three words ("Jonas Ek Lind"), the first a
    # first name ("Folkhälsostrateg Mats Edvardsson" is a title and a name).
    if " | " in line or (_CELL_NAME.fullmatch(line) and is_first_name(line.split()[0])):
        return [
            m
            for m in (_cell_name(line, cell.start()) for cell in _CELL_START.finditer(line))
            if m and _is_name(m.group(), places)
        ]
    found: list[re.Match[str]] = []
    position = 0
    while match := _NAME.search(line, position):
        if _is_name(match.group(), places):
            # "Henrik Axelsson Dahl och ...": a double surname before "och" or a comma
            longer = _THREE_NAMES.match(line, match.start())
            third = longer[0].split()[-1] if longer else ""
            if (
                longer
                and is_first_name(match.group().split()[0])
                and _is_name(longer[0], places)
                and not _ROLE.match(third)
                and third.lower() not in places
            ):
                match = longer
            found.append(match)
            position = match.end()
        else:
            position = match.start() + len(match.group().split()[0])
    return found


def people_named(text: str) -> Iterator[re.Match[str]]:
    """Two name words whose first is a first name: "Lars-Erik Bäckman" in
    "Oppositionsrådet Lars-Erik Bäckman (C) är tveksam"."""
    position = 0
    while match := _NAME.search(text, position):
        first = match.group().split()[0]
        if is_first_name(first):
            yield match
            position = match.end()
        else:
            position = match.start() + len(first)


def ends_with_title(line: str) -> bool:
    """Whether the line ends on a signer's title: "... av kommunstyrelsens ordförande"."""
    return _ROLE_AT_END.search(line.rstrip()) is not None


def _cell_name(line: str, start: int) -> re.Match[str] | None:
    titled = _TITLED_CELL.match(line, start)
    titled_at = titled.start("name") if titled and _ROLE.match(titled["title"]) else None
    return _NAME_IN_CELL.match(line, start if titled_at is None else titled_at)


def signature_line(line: str, places: set[str]) -> bool:
    """Whether a line is a signer's name and role ("Anna Berg, kommunstyrelsens
    ordförande"), not a sentence that mentions them."""
    names = _names(line, places)
    rest = line[names[0].end() :] if names and names[0].start() == 0 else ""
    return (
        bool(rest)
        and len(line.split()) <= 8
        and not line.endswith(".")
        and bool(_ROLE.match(rest.strip(" ,")))
    )


def signature_row(line: str, places: set[str]) -> bool:
    """Whether a row of cells is part of side-by-side signatures: names, roles first or the
    parties ("Anders Berg | Maria Lund", "Kommunstyrelsens ordförande | Lokalpolisområdeschef",
    "För Nora kommun | För Polisen")."""
    cells = [cell.strip() for cell in line.split("|")]
    names = [cell for cell in cells if _CELL_NAME.fullmatch(cell) and _is_name(cell, places)]
    # roles are a few words: "Kommunpolis på plats på biblioteket en torsdag i månaden" is
    # what is done
    roles = bool(_ROLE.match(cells[0])) and all(len(cell.split()) <= 6 for cell in cells)
    # ... or the parties each column signs for: "För Mariestads kommun | För Polisen"
    parties = all(cell[:4].lower() == "för " and _ORG_CELL.match(cell[4:]) for cell in cells)
    return len(cells) >= 2 and (len(names) == len(cells) or roles or parties)


def _split_title(title: str, municipality_name: str | None, places: set[str]) -> tuple[str, str]:
    title = title.strip(" ,")
    if "," in title:
        role, organisation = (part.strip() for part in title.rsplit(",", 1))
        return role, organisation
    match = _ORGANISATION.search(title)
    role_match = _ROLE.match(title)
    if role_match and "lokalpolisområde" in role_match.group().lower():
        # "Lokalpolisområdeschef Piteå Älvdal", "chef lokalpolisområde Umeå": the area
        # named after the role is the organisation, not part of the title.
        role, area = role_match.group(), title[role_match.end() :].strip()
        return role, f"Lokalpolisområde {area}" if area else ""
    if match and match.start() > 0:
        return title[: match.start()].strip(), match.group("org").strip()
    if municipality_name and re.search(r"kommun|stads", title, re.IGNORECASE):
        # "kommunstyrelsens ordförande Smedjebacken" names the kommun signed for, which
        # in a document of two kommuner is not always the first.
        role, _, place = title.rpartition(" ")
        if role and place.lower() in places:
            return role, municipality_organisation_name(place)
        return title, municipality_name
    return title, ""


def _titles_above(
    lines: list[str], index: int, places: set[str], *, titles_first: bool = False
) -> list[str]:
    """The titles on the line above a line of names, one per role, each with the
    organisation of a "För ..." line over it: ["Kommundirektör, Nynäshamns kommun"].
    `titles_first` says the signatures so far had their titles above their names."""
    above = lines[index - 1] if index else ""
    party = lines[index - 2] if index >= 2 else ""
    # A role line right under the last signer's name is that signer's title, unless each
    # signer so far had the title above the name.
    if (
        not _ROLE.match(above)
        or _names(above, places)
        or (_names(party, places) and not titles_first)
    ):
        return []
    starts = [m.start() for m in _ROLE.finditer(above)]
    titles = [
        above[a:b].strip(" |") for a, b in zip(starts, [*starts[1:], len(above)], strict=True)
    ]
    if len(titles) == 1 and party.startswith("För "):
        return [f"{titles[0]}, {party[4:]}"]
    return titles


def _signed_for(line: str, count: int) -> list[str]:
    """What each of `count` signers side by side signs for, from the line of cells above
    them ("För Ragunda kommun | För Polisen"); "" for each when the line is no such line."""
    cells = [cell.strip(" :") for cell in line.split("|")]
    if len(cells) == count and all(cell.startswith("För ") for cell in cells):
        # "För kommunen:" names no kommun: the document's own is meant.
        return ["" if cell[4:].lower() in _ORGANISATION_FIRST else cell[4:] for cell in cells]
    return [""] * count


# A page's advice to its reader after the signatures: "Tips! Ring 114 14 ...".
_PAGE_ADVICE = re.compile(
    r"^(?:tips\b|ring\s+(?:alltid\s+)?(?:112|114)|"
    # a paper's note under a debate article: "Detta är en debattartikel. Åsikterna är ..."
    r"(?:detta|det\s+här)\s+är\s+en\s+debattartikel|vill\s+du\s+svara\b)",
    re.IGNORECASE,
)


# A line that announces the names below it as the signers: "Löftet är undertecknat av:".
_SIGNERS_BELOW = re.compile(
    r"\b(?:undertecknat|undertecknad|undertecknades|signerat|signerad|signerades|"
    r"skrevs\s+under)\s+av\s*:$",
    re.IGNORECASE,
)


def _explainer_after_names(lines: list[str], places: set[str]) -> int:
    """Where a section of its own starts after names: a short heading over prose ("Om
    medborgarlöften" / "Ett medborgarlöfte är ..."), a page's explainer or advice after
    the signatures, or any prose after names announced as the signers ("Löftet är
    undertecknat av:"), not prose that makes them a caption; else the end of the lines."""
    named = announced = False
    for index, line in enumerate(lines[:-1]):
        heading = _HEADING.match(line) and not (_ROLE.search(line) or _names(line, places))
        if named and heading and _PROSE.match(lines[index + 1]):
            return index
        if named and _PAGE_ADVICE.match(line):  # "Tips! Ring 114 14 om du har ..."
            return index
        if named and announced and _PROSE.match(line):  # a quote after the signers
            return index
        announced = announced or bool(_SIGNERS_BELOW.search(line))
        # names in a sentence ("... och Destination Gotland deltar i ...") are no signatures
        named = named or (bool(_names(line, places)) and not _PROSE.match(line))
    return len(lines)


# An e-mail ("Från: ..." over "Skickat: ..."), whose closing greeting is its sender's; a
# letter's "Med vänliga hälsningar" stands over those who sign it.
_MAIL_HEADER = re.compile(r"^Från:.*\n(?:Skickat|Datum|Sent):", re.MULTILINE)
_GREETING = re.compile(
    r"^(?:med\s+)?(?:vänliga\s+|bästa\s+|varma\s+)?hälsning(?:ar)?\b|^mvh\b", re.IGNORECASE
)
# A cell naming an organisation: "Nora kommun", "Polisen, lokalpolisområde Lindesberg".
_ORG_CELL = re.compile(
    r"^(?:[A-ZÅÄÖ][\w-]*\s+)?(?:kommun|stad)$|^(?:Polisen|Polismyndigheten)\b", re.IGNORECASE
)
_SIGNATURES_HEADING = re.compile(
    rf"^(?:(?:§\s*)?\d{{1,2}}\.?\s+)?{SIGNATURES_HEADING}$", re.IGNORECASE
)  # "6. Underskrifter", "§ 8 Underskrifter"
# What follows the signatures, not one of them: perhaps numbered ("6 Kontaktpersoner"); a
# slide's "Frågor?" over its contacts.
_AFTER_SIGNATURES = re.compile(
    r"^(?:\d{1,2}\.?\s+)?(?:bilagor|bilaga\s+\d|kontakt|frågor\b|besök|postadress|telefon|"
    r"(?:för\s+)?mer\s+information|"
    # who wrote it, not who signed: "Upprättad av", "Rapporten är sammanställd av"
    r"(?:(?:rapporten|uppföljningen|dokumentet|redovisningen)\s+är\s+)?(?:upprättad|sammanställ)|"
    r"handläggare|"
    # a minute's own signers: "Justerare" / "Ordförande: Lars-Åke Nordeman"
    r"justera|justering|vid\s+protokollet|utdragsbestyrkande|expedieras)",
    re.IGNORECASE,
)
# A signature typed between slashes, as a copy of a signed paper writes it: "/Eva Lind/",
# or a name in brackets under the line signed on: "(Pernilla Falkenström)".
_SLASHED = re.compile(
    r"(?<!\S)/([A-ZÅÄÖ][^/|\n]{2,60}?)/(?!\S)|"
    r"(?:^|(?<=\| ))\(((?-i:[A-ZÅÄÖ])[\w-]+(?:\s+(?-i:[A-ZÅÄÖ])[\w-]+){1,2})\)(?=\s*(?:\||$))"
)


# A phone number that closes a line of a name, a title or a place: who to call ("Karin
# Edholm, folkhälsosamordnare, 0652-360 00", "Kommunpolis Malung-Sälen och Vansbro, 114 14").
CONTACT_LINE = re.compile(
    r"^[^\n]*,[ \t]*(?:tel\.?[ \t]*|telefon[ \t]*)?"
    r"(?:0\d{1,3}[- ]?\d{2,3}[ \d-]{2,8}\d|11[0-9] ?\d{2})[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)


def signatures_heading_at(text: str) -> int | None:
    """Where the text's last heading of its signatures stands ("10. Underskrifter"), if any."""
    at = None
    for line in re.finditer(r"^[ \t]*(\S[^\n]*?)[ \t]*$", text, re.MULTILINE):
        if _SIGNATURES_HEADING.match(re.sub(r"\s+", " ", line[1])):
            at = line.start()
    return at


def signatories_of(
    text: str, *, after: int, places: set[str], municipality_name: str | None
) -> list[Signatory]:
    """Signatories written after offset `after` (the signing date, or the last promise)."""
    spaced = [re.sub(r"\s+", " ", line).strip() for line in text[after:].split("\n")]
    # the signatures' own heading ("6. Underskrifter") ends the contacts above it
    headed = [i for i, line in enumerate(spaced) if _SIGNATURES_HEADING.match(line)]
    spaced = spaced[headed[-1] + 1 :] if headed else spaced
    spaced = [
        _SLASHED.sub(lambda signed: signed[1] or signed[2], line)
        if "/" in line or "(" in line
        else line
        for line in spaced
    ]
    # a form's labels in a column of their own: "Namnförtydligande  Kerstin Alvarsson ..."
    spaced = [_LABELLED_ROW.sub("", line) for line in spaced]
    spaced = spaced[: _explainer_after_names(spaced, places)]
    # Signatures close a text: names with more prose after them are a caption or byline.
    # A summary in English or another script after the signatures is a translation, not a
    # caption, and the text's last line, where to ask ("Frågor? Ring växeln ..."), is the
    # page's own.
    closing = [i for i, line in enumerate(spaced) if line]
    if closing and _AFTER_SIGNATURES.match(spaced[closing[-1]]):
        spaced[closing[-1]] = ""
    # Under the signatures' own heading, what follows the names closes the page (a contact,
    # an annex, a signing service's log), not them; the heading may stand above the place
    # and date they are read from.
    before = text[max(0, after - 200) : after].split("\n")[-4:]
    under_heading = bool(headed) or any(_SIGNATURES_HEADING.match(line.strip()) for line in before)
    named_at = (
        next((i for i, line in enumerate(spaced) if _names(line, places)), len(spaced))
        if under_heading
        else len(spaced)
    )
    last_prose = -1
    for index, line in enumerate(spaced[:named_at]):
        # not where to ask after the names that signed: "Frågor om löftet? Kontakta ..."
        asks = _AFTER_SIGNATURES.match(line) and any(
            _only_a_name(above, places) or signature_line(above, places)
            for above in spaced[last_prose + 1 : index]
        )
        if _PROSE.match(line) and _LATIN.search(line) and not in_english(line) and not asks:
            last_prose = index
    last_prose = max(last_prose, _last_wrapped_prose(spaced[:named_at]))
    lines = [line.strip(" _….") for line in spaced[last_prose + 1 :]]
    lines = [
        line
        for line in lines
        if line
        and not re.fullmatch(r"[_.…|\s]*", line)
        and not all(_FORM_LABEL.match(cell.strip()) for cell in line.split("|"))
        and not _WEB_FORM.fullmatch(line)
    ]
    lines = _columns_interleaved(lines, places)
    signatories: list[dict[str, str]] = []
    pending: list[dict[str, str]] = []
    titled: list[dict[str, str]] = []  # the signers of the row of titles just read
    mail = bool(_MAIL_HEADER.search(text))
    titles_first = False  # each signer so far had the title on the line above the name
    for index, line in enumerate(lines):
        if _AFTER_SIGNATURES.match(line):
            break
        if mail and _GREETING.match(line):
            break  # an e-mail's closing: who sent it ("Hälsningar" / "Linda Forsman")
        # "Telge Bostäder AB:" names the party the next line signs for; "Karin Edholm,
        # folkhälsosamordnare, 0652-360 00" is whom to call
        names = [] if line.endswith(":") or CONTACT_LINE.match(line) else _names(line, places)
        # A signature has a role beside it, on the line below, or on the line above
        # ("Kommundirektör" / "Karin Åberg", under "För Nynäshamns kommun").
        above = _titles_above(lines, index, places, titles_first=titles_first) if names else []
        if names:
            titles_first = bool(above) and (titles_first or not signatories)
        # A name alone under "För Mora kommun" signs for it, with no role beside it.
        under_for = (
            len(names) == 1
            and names[0].group() == line
            and index > 0
            and lines[index - 1].startswith("För ")
        )
        signs = bool(_ROLE.search(" ".join(lines[index : index + 2]))) or bool(above) or under_for
        # "Kommunstyrelsens ordförande Anna Berg": the role before the name, also in each
        # cell of a row ("Kommundirektör Eva Ek | Kommunpolis Per Lund"), whose names end
        # their cells.
        role_first = _ROLE.match(line) is not None and (
            (len(names) == 1 and names[0].end() == len(line)) or " | " in line
        )
        if names and signs and (not _ROLE.match(line) or names[0].start() == 0 or role_first):
            pending = []
            signed_for = _signed_for(lines[index - 1] if index else "", len(names))
            if role_first:
                above = [
                    line[line.rfind("|", 0, m.start()) + 1 : m.start()].strip(" ,") for m in names
                ]
            elif under_for:
                signed_for = [lines[index - 1][4:].strip(" :")]
            for at, match in enumerate(names):
                end = names[at + 1].start() if at + 1 < len(names) else len(line)
                inline = above[at] if role_first else line[match.end() : end].strip(" ,|")
                if not inline and at < len(above):
                    inline = above[at]
                pending.append({"name": match.group(), "title": inline, "for": signed_for[at]})
            signatories += pending
            if above:
                pending = []  # the titles stood above; what follows is the next signer's
            continue
        if not pending:
            cells = [cell.strip() for cell in line.split("|")]
            if len(cells) == len(titled) > 1 and all(map(_ORG_CELL.match, cells)):
                # a row of organisations right under the row of titles: "Lindesbergs kommun |
                # Nora kommun"
                for signatory, cell in zip(titled, cells, strict=True):
                    signatory["for"] = signatory["for"] or cell
            titled = []
            continue
        pieces = [m.start() for m in _ROLE.finditer(line)]
        before_first = line[: pieces[0]].strip(" |") if pieces else line
        segments = [
            line[start : pieces[i + 1] if i + 1 < len(pieces) else len(line)].strip(" |")
            for i, start in enumerate(pieces)
        ]
        with_inline = [s for s in pending if s["title"]]
        if before_first and with_inline:
            with_inline[0]["title"] = f"{with_inline[0]['title']} {before_first}"
        elif before_first:
            segments.insert(0, before_first)
        waiting = [s for s in pending if not s["title"] or s in with_inline[1:]]
        for signatory, segment in zip(waiting, segments, strict=False):
            signatory["title"] = f"{signatory['title']} {segment}".strip()
        titled, pending = pending, []
    result: list[Signatory] = []
    for signatory in signatories:
        title = signatory["title"]
        if signatory["for"] and "," not in title:
            title = f"{title}, {signatory['for']}"
        role, organisation = _split_title(title, municipality_name, places)
        result.append({"name": signatory["name"], "title": role, "organisation": organisation})
    return result


_LIST_ITEM = re.compile(r"^(?:[•·▪◦*–-]|\d{1,2}[.)])\s")


def _last_wrapped_prose(lines: list[str]) -> int:
    """The last line of the last sentence wrapped over lines, each going on in lower case or
    in figures on the next ("... trygghetssamordnare Erik Stål," / "erik.stal@mora.se, eller
    kommunpolis ..." / "114 14."), as a PDF's text is; -1 when there is none. A list item
    wrapped so ("• Uppdragsplan för rådet" / "2021–2022.", under "Bilagor") is no prose."""
    last = -1
    start = 0
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if line and following and (following[0].islower() or following[0].isdigit()):
            continue  # the sentence goes on
        run = " ".join(lines[start : index + 1])
        if index > start and _PROSE.match(run) and not _LIST_ITEM.match(run):
            last = index
        start = index + 1
    return last


def _columns_interleaved(lines: list[str], places: set[str]) -> list[str]:
    """Signature columns flattened a row at a time, all names over all titles ("Anna Berg"
    / "Jonas Ek" / "Kommunstyrelsens ordförande" / "Lokalpolisområdeschef"), perhaps under
    what each signs for ("För Mora kommun" / "För Polisen"), put back as each signer's
    lines together."""
    for start in range(len(lines)):
        count = 0
        while start + count < len(lines) and _only_a_name(lines[start + count], places):
            count += 1
        titles = lines[start + count : start + 2 * count]
        if count >= 2 and len(titles) == count and all(_ROLE.match(t) for t in titles):
            columns = [lines[start : start + count], titles]
            fors = lines[max(0, start - count) : start]
            if len(fors) == count and all(line.startswith("För ") for line in fors):
                columns.insert(0, fors)
                start -= count
            rows = [line for signer in zip(*columns, strict=True) for line in signer]
            return lines[:start] + rows + lines[start + len(rows) :]
    return lines


def _only_a_name(line: str, places: set[str]) -> bool:
    names = _names(line, places)
    return len(names) == 1 and names[0].group() == line


# An e-signing service's record ("Verifikat"): a name with its initials, the
# organisation, an e-mail address, then "Signerade 2026-01-27 13:52:10".
_SIGNED_STAMP = re.compile(
    r"^[ \t]*(?:signerade?|undertecknade?)[ \t]+\d{4}-\d{2}-\d{2}", re.IGNORECASE | re.MULTILINE
)
_SIGNER = re.compile(rf"^(?P<name>{_WORD}(?:\s+{_WORD}){{1,2}})(?:\s+\([A-ZÅÄÖ]{{1,4}}\))?$")


def signed_electronically(text: str, *, places: set[str]) -> list[Signatory]:
    """The people an e-signing record says signed, with the organisation under each name."""
    if not _SIGNED_STAMP.search(text):
        return []
    lines = [line.strip() for line in text.split("\n")]
    found: list[Signatory] = []
    for index, line in enumerate(lines):
        if not _SIGNED_STAMP.match(line):
            continue
        for above in range(index - 1, max(-1, index - 5), -1):
            signer = _SIGNER.match(lines[above])
            if signer and _is_name(signer["name"], places):
                organisation = lines[above + 1] if above + 1 < index else ""
                if "@" in organisation or _SIGNED_STAMP.match(organisation):
                    organisation = ""
                found.append({"name": signer["name"], "title": "", "organisation": organisation})
                break
    return found


_SIGNS = re.compile(
    r"\b(?:underteckna\w*|signera\w*|skrev\s+under|skriver\s+under|skrivit\s+under|tecknade)\b|"
    r"\b(?:skrevs|skrivits)\s+(?:\w+\s+)?under\b|"  # "I veckan skrevs löftet under av ..."
    r"\bskrev\s+(?:jag|vi)\b[^.]{0,150}?\sunder\b|"  # "Löftet skrev jag och X under"
    # "... som satte sina namn under", "satte X, ..., och Y sina namn under"
    r"\b(?:satte|sätter)\s+(?:[^.]{0,200}?\s)?sina\s+namn\s+(?:under|på)\b|"
    # "skrev ... under det nya löftet", "... under Bjuvs nya medborgarlöfte", "... under
    # 2019 års medborgarlöfte", "... under Trosa kommuns och Polisens medborgarlöfte"
    r"\b(?:skrev|skriver)\s+[^.]{0,200}?\b(?:på|under)\s+"
    r"(?:(?:ett|det|de|den|årets|vårt|sitt|\w+s|\d{4}\s+års)\s+)?(?:\w+\s+){0,4}?\w*löfte|"
    # "För staden skrev kommunstyrelsens ordförande Amira Haddad under, och för polisen ...",
    # "Det skrev kommunstyrelsens ordförande Karin Öhrn och lokalpolisområdeschefen Mattias
    # Gullberg under, det var i februari"; not "skrev ett brev till Per Ek under sommaren"
    r"\bskrev\s+[^.]{0,200}?(?-i:[A-ZÅÄÖ][\w-]+\s+[A-ZÅÄÖ][\w-]+)\s+under(?=\s*[,.;!]|\s*$|\s+och\b)",
    re.IGNORECASE,
)
# Who is to sign, not who signed: "uppdrar åt ordföranden att underteckna löftet".
_WILL_SIGN = re.compile(
    r"\b(?:att|ska|skall|avses|planeras)\s+(?:(?:underteckna|signera)s?|skrivas?\s+under)\b",
    re.IGNORECASE,
)
# A word every match of `_SIGNS` holds: looking for them first spares most texts its search.
_SIGN_WORDS = ("teckna", "signera", "skrev", "skriver", "skrivit", "satte", "sätter")


# What stands before an organisation's or a place's name in a sentence: "vd för Gränby
# Centrumfastigheter AB", "Räddningstjänsten Skåne Nordväst".
_BEFORE_ORGANISATION = frozenset(("för", "i", "på", "hos", "från", "vid"))


# What ends a company's name after two capitalised words: " AB", " & Fastighet AB:s".
_COMPANY_AFTER = re.compile(r" (?:AB\b|(?:&|och) [A-ZÅÄÖ][\w-]* AB\b)")


def _part_of_organisation(sentence: str, match: re.Match[str]) -> bool:
    """Whether two name words in a sentence are part of an organisation's name: before
    "AB", or not opening with a first name after a preposition or another capitalised word
    mid-sentence (not "ordförande i Malung-Sälen Karin Olsson Ståhl")."""
    before = sentence[: match.start()].split()
    word = before[-1] if before else ""
    return bool(_COMPANY_AFTER.match(sentence, match.end())) or (
        not is_first_name(match.group().split()[0])
        and (
            word in _BEFORE_ORGANISATION
            or (
                len(before) > 1
                and word[:1].isupper()
                and not word.endswith((",", ":", ";", ".", ")"))
                and not _ROLE.match(word)
            )
        )
    )


def _signing_sentences(text: str) -> Iterator[str]:
    """The sentences that say someone signed (not who is to sign)."""
    lowered = text.lower()
    if not any(word in lowered for word in _SIGN_WORDS) or not _SIGNS.search(text):
        return
    pieces = re.split(r"(?<=[.!?])\s+|\n+", text)
    for at, sentence in enumerate(pieces):
        if _SIGNS.search(sentence) and not _WILL_SIGN.search(sentence):
            if _SIGNED_FIELD.match(sentence):
                # a form's "Undertecknat av: X, ordförande" over "Y, lokalpolisområdeschef"
                further = itertools.takewhile(
                    lambda piece: ":" not in piece and _PERSON_FIRST.match(piece), pieces[at + 1 :]
                )
                sentence = " och ".join([sentence, *further])
            yield sentence


# A form's field of who signed, and a line that starts with a person's name and a comma.
_SIGNED_FIELD = re.compile(
    r"^(?:undertecknat|undertecknad|underskrivet|signerat)\s+av\s*:", re.IGNORECASE
)
_PERSON_FIRST = re.compile(r"^[A-ZÅÄÖ][a-zåäöé]+(?:[ -][A-ZÅÄÖ][a-zåäöé]+)+,")


# The writer among those who signed: "jag och kommunstyrelsens ordförande ... skrev under",
# "undertecknades ... av mig och ...".
_WRITER_SIGNED = re.compile(r"\b(?:jag\s+och|och\s+jag|skrev\s+jag|av\s+mig)\b", re.IGNORECASE)


def signed_by_the_writer(text: str) -> bool:
    """Whether a sentence that signs counts its writer in ("Löftet skrev jag och ... under"):
    the name closing the letter is then a signatory's, not only its author's."""
    return any(_WRITER_SIGNED.search(sentence) for sentence in _signing_sentences(text))


# A passive that names the signers after it: "som skrevs under i februari av", "undertecknades
# av".
_SIGNED_BY = re.compile(
    r"\b(?:skrevs|skrivits|undertecknades|undertecknats|signerades|signerats)\b[^.]*?\bav\s",
    re.IGNORECASE,
)


# A relative clause whose own subject, the parties, signed: "det löfte som kommunen och
# polisen skrev under".
_PARTIES_SIGNED = re.compile(
    r"\bsom\s+(?:\w+\s+och\s+)?(?:kommunen|polisen|parterna|vi|de)\s+"
    r"(?:\w+\s+){0,2}?(?:skrev|skrivit|undertecknade|undertecknat|signerade|signerat|tecknade|"
    r"tecknat)\b",
    re.IGNORECASE,
)


def signed_in_prose(text: str, *, places: set[str]) -> list[Signatory]:
    """People a sentence says signed: "undertecknades av X, kommunalråd, och Y" or a caption.

    A person only quoted, or named as contact or author, is not in a sentence that signs.
    """
    found: dict[str, Signatory] = {}
    for sentence in _signing_sentences(text):
        names = [m for m in _names(sentence, places) if not _part_of_organisation(sentence, m)]
        if (by := _SIGNED_BY.search(sentence)) and any(m.start() >= by.end() for m in names):
            # "X gick igenom löftet, som skrevs under av Y och Z": only Y and Z signed
            names = [m for m in names if m.start() >= by.end()]
        if parties := _PARTIES_SIGNED.search(sentence):
            # "X och Y redovisade hur det gått med det löfte som kommunen och polisen skrev
            # under": the parties signed, not those who reported
            names = [m for m in names if m.start() >= parties.end()]
        for index, match in enumerate(names):
            # The title stands right before the name or after it between commas,
            # within this person's part of the sentence.
            start = names[index - 1].end() if index else 0
            before = re.split(r",|\boch\b", sentence[start : match.start()])[-1]
            after = sentence[match.end() :].split(" och ")[0]
            role_before = list(_ROLE.finditer(before))
            clause = after.split(",")[1].rstrip(".") if after.startswith(",") else ""
            if role_before:
                title = before[role_before[-1].start() :].strip(" ,")
            else:
                title = clause.strip() if _ROLE.search(clause) else ""
            found.setdefault(
                match.group(), {"name": match.group(), "title": title, "organisation": ""}
            )
    return list(found.values())
