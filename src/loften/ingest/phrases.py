"""Read the phrases Swedish promise documents use for sizes, schedules, periods and targets.

Plain Python over already normalised text. Each parser returns contract-shaped
values (see shared/contract/extract.md) or None when the phrase is not there;
none of them raises on odd input.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from retrie.trie import Trie

from loften.ingest.contract import Signed, Target

NUMBER_WORDS = {
    "en": 1, "ett": 1, "ena": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6,
    "sju": 7, "åtta": 8, "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "tretton": 13,
    "fjorton": 14, "femton": 15, "sexton": 16, "sjutton": 17, "arton": 18, "nitton": 19,
    "tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "hundra": 100,
}  # fmt: skip


def one_of(words: Iterable[str]) -> str:
    """A pattern for any of the words, the longest where several start at one place.

    As a trie ("Al(?:e(?:\\ kommun)?|ingsås)") the engine tries one branch per letter
    instead of every word in turn: five times as fast over the 1 315 ways to name a kommun.
    """
    trie = Trie()
    trie.add(*words)
    return f"(?:{trie.pattern()})"


_NUMBER = r"(?:\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"

MONTHS = {
    "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
    "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}  # fmt: skip
MONTH_PATTERN = "|".join(MONTHS)

SEASONS = {"vår": "spring", "sommar": "summer", "höst": "autumn", "vinter": "winter"}
_SEASON_WORD = re.compile(r"\b(vår|sommar|höst|vinter)(?:en|ens|terminen)?\b", re.IGNORECASE)

_PER_UNITS = {
    "år": "year", "året": "year", "verksamhetsår": "year", "kalenderår": "year",
    "halvår": "half_year", "halvåret": "half_year", "termin": "half_year", "terminen": "half_year",
    "månad": "month", "månaden": "month",
    "period": "period", "perioden": "period", "löftesperiod": "period", "löftesperioden": "period",
}  # fmt: skip
_UNIT = "|".join(sorted(_PER_UNITS, key=len, reverse=True))


def parse_number(word: str) -> int | None:
    """ "två" → 2, "15" → 15; None for anything else."""
    word = word.strip().lower()
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


@dataclass(frozen=True)
class Schedule:
    count: int | None
    per: str | None
    at_least: bool = False
    seasons: tuple[str, ...] = field(default_factory=tuple)


_TIMES_PER = re.compile(
    rf"(?P<least>minst\s+|åtminstone\s+)?(?P<n>{_NUMBER})\s+(?:gång|gånger)\s+"
    rf"(?:per|om|i|under|varje)\s+(?P<unit>{_UNIT})\b",
    re.IGNORECASE,
)
_OCCASIONS = re.compile(
    rf"(?P<least>minst\s+|åtminstone\s+)?(?P<n>{_NUMBER})\s+tillfällen\s+"
    rf"(?:per|om|i|under|varje)\s+(?P<unit>{_UNIT})\b",
    re.IGNORECASE,
)
_ONE_THING_PER = re.compile(
    rf"\b(?P<n>en|ett|{_NUMBER})\s+[a-zåäö-]+\s+(?:per|om|varje)\s+(?P<unit>{_UNIT})\b",
    re.IGNORECASE,
)
_EVERY = re.compile(rf"\b(?:årligen|varje\s+(?P<unit>{_UNIT}))\b", re.IGNORECASE)
# What every count per unit above ends with: one cheap search spares the costly ones.
_PER_UNIT = re.compile(rf"\b(?:per|om|i|under|varje)\s+(?:{_UNIT})\b", re.IGNORECASE)


# Undertakings done once in a period: a plan drawn up, a way of working started.
_ONE_OFF = re.compile(
    r"\b(?:ta\s+fram|tar\s+fram|tas\s+fram|starta\s+upp|startar\s+upp|startas\s+upp|"
    r"utarbeta|utarbetar|utarbetas|upprätta|upprättar|upprättas|införa|inför|införs|"
    r"genomförs\s+och\s+följs\s+upp)\b",
    re.IGNORECASE,
)
# "vid minst två tillfällen under året, vår och höst," as one removable phrase.
_SCHEDULE_PHRASE = re.compile(
    rf"(?:\bvid\s+)?(?:minst\s+|åtminstone\s+)?\b{_NUMBER}\s+(?:gång|gånger|tillfällen)\s+"
    rf"(?:per|om|i|under|varje)\s+(?:{_UNIT})\b(?:\s*,?\s*(?:vår|sommar|höst|vinter)\w*"
    r"(?:\s*(?:,|och)\s*(?:vår|sommar|höst|vinter)\w*)*)?\s*,?|\bårligen\b",
    re.IGNORECASE,
)


def parse_schedule(text: str) -> Schedule | None:
    """The schedule a commitment states, e.g.

    "vid minst två tillfällen under året, vår och höst" → 2 per year, at least, spring+autumn;
    "Hundsök i skolan två gånger per år" → 2 per year;
    "ett utlämningsställe per år" → 1 per year; "årligen" → 1 per year;
    "ta fram en lägesbild", "starta upp arbetet med ..." → once in the period.
    """
    seasons = tuple(dict.fromkeys(SEASONS[m.group(1).lower()] for m in _SEASON_WORD.finditer(text)))
    per_unit = _PER_UNIT.search(text) is not None
    lowered = text.lower()
    for pattern, word in ((_TIMES_PER, "gång"), (_OCCASIONS, "tillfäll"), (_ONE_THING_PER, "")):
        # the word each pattern holds, found first, spares most texts its search
        match = pattern.search(text) if per_unit and word in lowered else None
        if match:
            return Schedule(
                count=parse_number(match.group("n")),
                per=_PER_UNITS[match.group("unit").lower()],
                at_least=bool(match.groupdict().get("least")),
                seasons=seasons,
            )
    match = _EVERY.search(text)
    if match:
        unit = match.group("unit")
        return Schedule(count=1, per=_PER_UNITS[unit.lower()] if unit else "year", seasons=seasons)
    if seasons:
        return Schedule(count=len(seasons), per="year", seasons=seasons)
    if _ONE_OFF.search(text):
        return Schedule(count=1, per="period")
    return None


def without_schedule(text: str, schedule: Schedule | None) -> str:
    """The undertaking without its schedule (`parse_schedule` of the same text).

    "Hundsök i skolan två gånger per år" → "Hundsök i skolan".

    A one-off undertaking keeps only the clause that states it:
    "ta fram en lägesbild samt delta i aktiviteter" → "ta fram en lägesbild".
    """
    what = text
    lowered = text.lower()
    if _PER_UNIT.search(text) or "årligen" in lowered:
        if any(word in lowered for word in ("gång", "tillfäll", "årligen")):  # its words
            what = _SCHEDULE_PHRASE.sub(" ", what)
        what = re.sub(rf"\s+(?:per|varje)\s+(?:{_UNIT})\b", " ", what, flags=re.IGNORECASE)
    if schedule == Schedule(count=1, per="period"):
        what = re.split(r"\s+(?:samt|och\s+även)\s+", what, maxsplit=1)[0]
    what = re.sub(r"\s+", " ", what).strip(" ,.;:")
    return what or text.strip(" .")


_TARGET_GROUP = re.compile(
    r"\b(?P<group>(?:varje|alla)\s+(?:elev|elever|barn|ungdom|ungdomar|vårdnadshavare)"
    r"(?:\s+i\s+(?:årskurs|åk)\s+\d+(?:\s*[-–]\s*\d+)?)?)"
    r"|riktade?\s+(?:till|mot)\s+(?P<to>[^.,;]+)",
    re.IGNORECASE,
)


def parse_target_group(text: str) -> str | None:
    """ "erbjuda varje elev i årskurs 4 trafikutbildning" → "varje elev i årskurs 4"."""
    match = _TARGET_GROUP.search(text)
    if not match:
        return None
    group = match.group("group") or match.group("to")
    return group.strip() if group else None


_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_SWEDISH_DATE = re.compile(
    rf"\b(?:den\s+)?(\d{{1,2}})\s+({MONTH_PATTERN})\s+(\d{{4}})\b", re.IGNORECASE
)


def _valid_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str) -> date | None:
    """The first date written as 2023-06-14 or "3 mars 2023" / "den 31 december 2024"."""
    iso, swedish = _ISO_DATE.search(text), _SWEDISH_DATE.search(text)
    candidates = []
    if iso:
        candidates.append((iso.start(), _valid_date(*(int(g) for g in iso.groups()))))
    if swedish:
        day, month, year = swedish.groups()
        candidates.append(
            (swedish.start(), _valid_date(int(year), MONTHS[month.lower()], int(day)))
        )
    found = [value for _, value in sorted(candidates, key=lambda c: c[0]) if value]
    return found[0] if found else None


def date_pattern() -> str:
    return rf"(?:\d{{4}}-\d{{2}}-\d{{2}}|(?:den\s+)?\d{{1,2}}\s+(?:{MONTH_PATTERN})\s+\d{{4}})"


# A page's own date line: the line under a news item's headline ("Publicerad 11 december
# 2025 kl 06.00"), a system's export ("Exporterad: 2027-10-04 08:12 av Kristina Almqvist"):
# `match` it at a line's start, or `search` the line ("Sidan uppdaterad 2019-02-07").
PUBLISHED = re.compile(
    r"\b(?:publicerad|publicerat|uppdaterad|exporterad|exporterat|utskriven|utskrivet|skapad)\b",
    re.IGNORECASE,
)
# A place and a date alone on a line, or glued to the last sentence as PDF
# extraction leaves it ("...beteenden.Umeå 3 mars 2023").
_SIGNED_AT = re.compile(
    rf"(?:^|(?<=[.!?]))\s*(?:(?:[Uu]ndertecknat|[Uu]ndertecknad|[Uu]nderskrivet|[Ss]ignerat)\s+i\s+)?"
    rf"(?P<place>[A-ZÅÄÖ][a-zåäöé]+(?:[ -][A-ZÅÄÖ][a-zåäöé]+)?),?\s+"
    # also the first of two side by side: "Mora 2026-03-01 | Orsa 2026-03-01"
    rf"(?P<date>{date_pattern()})\s*(?:\||$)",
    re.MULTILINE,
)
_GLUED_SIGNED_AT = re.compile(
    rf"(?<=[.!?])\s*[A-ZÅÄÖ][a-zåäöé]+(?:[ -][A-ZÅÄÖ][a-zåäöé]+)?,?\s+{date_pattern()}\s*$"
)


def without_signed_at(text: str) -> str:
    """A last sentence without the place and date glued to it ("...beteenden.Umeå 3 mars 2023")."""
    return _GLUED_SIGNED_AT.sub("", text)


_DATE_LABEL = re.compile(rf"^\s*Datum:?\s*(?P<date>{date_pattern()})", re.MULTILINE | re.IGNORECASE)


# A meeting or a paper and its date, not a place: a slide's "Trygghetsrådet 14 februari
# 2024", "Kommunfullmäktige 17 februari 2025", a list of papers' "Tjänsteskrivelse
# 2025-10-06".
NOT_A_PLACE = re.compile(
    r"(?:rådet|styrelsen|nämnden|fullmäktige|mötet|gruppen|beredningen|skrivelse|"
    r"protokoll|protokollsutdrag|rapport|beslut)$",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4)
def _places_and_dates(text: str) -> tuple[re.Match[str], ...]:
    """Each place-and-date line, in order; not a "Datum:" or a "Publicerad 2018-02-20" line.
    Cached: the signing's date, its place in the text and the parts it closes are each
    asked of the same text (a pure function of it)."""
    return tuple(
        m
        for m in _SIGNED_AT.finditer(text)
        if m.group("place").lower() != "datum"
        and not PUBLISHED.match(m.group("place"))
        and not NOT_A_PLACE.search(m.group("place"))
    )


def _signed_match(text: str) -> re.Match[str] | None:
    """The last place-and-date line, else the last "Datum:" line."""
    if candidates := _places_and_dates(text):
        return candidates[-1]
    labelled = list(_DATE_LABEL.finditer(text))
    return labelled[-1] if labelled else None


def signing_ends(text: str) -> list[int]:
    """Where each place-and-date line ends ("Strömsund den 3 februari 2026"), in order: a
    document of parts may close each part with its own signatures."""
    return [m.end("date") for m in _places_and_dates(text)]


def parse_signed(text: str) -> Signed:
    """Where and when it was signed: "Umeå 9 februari 2021", "Datum: 2023-06-14"."""
    match = _signed_match(text)
    if match is None:
        return {"date": None, "place": None}
    signed = parse_date(match.group("date"))
    place = match.groupdict().get("place")
    return {"date": signed.isoformat() if signed else None, "place": place}


def signed_span(text: str) -> tuple[int, int] | None:
    """Where in the text the signing place and date were read."""
    match = _signed_match(text)
    if match is None:
        return None
    first = "place" if match.groupdict().get("place") else "date"
    return match.start(first), match.end("date")


_CHANGE = re.compile(
    rf"(?P<what>[a-zåäö-]+)\s+(?:ska\s+)?(?P<verb>minska|öka)\w*\s+med\s+(?P<n>{_NUMBER}|\d+[,.]\d+)\s*"
    r"(?:procent|%)",
    re.IGNORECASE,
)
_BY_YEAR = re.compile(
    r"(?:fram\s+till|till|senast|under)\s+(?:år\s+|utgången\s+av\s+)?((?:19|20)\d{2})"
)


_GOAL = re.compile(
    r"\bMålet\s+är\s+att\s+(?P<what>[a-zåäö][\wåäö -]{1,80}?)\s+ska\s+(?P<verb>öka|minska)"
    r"(?P<where>\s+i\s+[A-ZÅÄÖ][\wåäö]*(?:\s+[a-zåäö]+)?)?"
    r"(?:\s+(?P<baseline>i\s+jämförelse\s+med\s+[^.]+))?\.",
)
_SOURCE_NAMED = re.compile(
    r"\b(?P<source>lägesbild(?:en)?|CAN-rapporten|CAN:s\s+rapport|NTU|trygghetsmätning(?:en)?)"
    r"\s+(?P<year>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)


def parse_goals(text: str) -> list[Target]:
    """Targets stated for the whole document without a size.

    "Målet är att tryggheten ska öka i Östersunds kommun i jämförelse med
    ... lägesbilden 2020." → what, direction, the baseline it is measured against.
    """
    goals: list[Target] = []
    for match in _GOAL.finditer(text):
        baseline = match.group("baseline")
        source = _SOURCE_NAMED.search(baseline or "")
        name = source.group("source").lower().removesuffix("en") if source else None
        goals.append(
            {
                "what": f"{match.group('what')}{match.group('where') or ''}".strip(),
                "direction": "increase" if match.group("verb") == "öka" else "decrease",
                "change_percent": None,
                "target_value": None,
                "by": None,
                "baseline_value": None,
                "baseline_year": source.group("year") if source else None,
                "baseline_text": baseline.strip() if baseline else None,
                "data_source": f"{name} {source.group('year')}" if source else None,
            }
        )
    return goals


def parse_targets(text: str) -> list[Target]:
    """Percent targets: "bedrägeribrott ska minska med tio procent ... fram till år 2022"."""
    if "%" not in text and "procent" not in text.lower():
        return []  # spares most texts the search of `_CHANGE`, which tries every word
    by = _BY_YEAR.search(text)
    targets: list[Target] = []
    for match in _CHANGE.finditer(text):
        raw = match.group("n").replace(",", ".")
        size = float(raw) if "." in raw else parse_number(raw)
        if size is None:
            continue
        sign = -1.0 if match.group("verb").lower() == "minska" else 1.0
        targets.append(
            {
                "what": match.group("what"),
                "direction": "decrease" if sign < 0 else "increase",
                "change_percent": sign * float(size),
                "by": by.group(1) if by else None,
            }
        )
    return targets


_REPORTED = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<sentence>(?:År|Under)\s+(?P<year>(?:19|20)\d{2})\s+"
    r"(?:anmäldes|polisanmäldes|registrerades)\s+(?P<n>\d+)\s+(?P<what>[a-zåäö-]+)[^.!?]*)",
    re.MULTILINE,
)


def with_baselines(targets: list[Target], text: str) -> list[Target]:
    """Targets with the baseline the text reports for them.

    "År 2019 anmäldes 163 bedrägeribrott, där kortbedrägeri var den vanligaste formen."
    gives "bedrägeribrott" 163 in 2019, and "kortbedrägeri" the year and the sentence.
    """
    if not targets:
        return targets
    reports = list(_REPORTED.finditer(text))
    result = []
    for target in targets:
        what = str(target.get("what") or "").lower()
        report = next((r for r in reports if what and what in r.group("sentence").lower()), None)
        if report is None:
            result.append(target)
            continue
        counted = report.group("what").lower() == what
        result.append(
            {
                **target,
                "baseline_value": int(report.group("n")) if counted else None,
                "baseline_year": report.group("year"),
                "baseline_text": report.group("sentence").strip(),
            }
        )
    return result
