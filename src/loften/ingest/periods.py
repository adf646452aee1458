"""The period a promise document states, and where its statements disagree.

Documents state their period in many ways, from the most to the least exact:
dates ("gäller från 1 mars 2024 till och med 28 februari 2026", "1 januari
2018 – 31 december 2019"), an end date ("gäller till och med ..."), a range of
years with a word that ties it to the promise ("Medborgarlöfte 2019–2020",
"för åren", "under 2021–2022", "under mandatperioden 2023–2026", "2023 till och med
2025"; a school year, "läsåret 2025/26", runs from August to June, a winter half-year,
"vinterhalvåret 2026/27", from October to March), or one year
("Medborgarlöfte 2016", "under 2017", "löper under 2019", "verksamhetsåret 2026"). A
start with a length ("från den 1 mars 2026 och ett år framåt", "löper i tre år", "ett
tvåårigt löfte från 1 juli 2026") ends the day before the same date that much later.
A later year the promise is extended to ("ska gälla för 2019 också") moves the end.
An end may be a month ("från påsk till och med september 2026": its last day), a latest
date after "tills vidare" ("dock längst till och med ..."), or the new year after the
text's last year before it ("gäller till nyår"; "från årsskiftet och två år framåt").

The most exact statement wins, the first of equals; a date that does not exist
("31 juni") is read as the month's last day, and both that guess and two
statements that name different ends are reported as uncertain, in Swedish, for
the review page. Plain functions over the normalised text.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from loften.ingest.classify import (
    MAKING_NEXT_PROMISE,
    NAMES_DOCUMENT,
    PROMISE_NOUN,
    actor_commits,
)
from loften.ingest.contract import Period, Uncertainty
from loften.ingest.phrases import MONTH_PATTERN, MONTHS, date_pattern, parse_signed

_YEAR = r"(?:19|20)\d{2}"
_DATE = date_pattern()
_TO = r"(?:till\s+och\s+med|t\.?\s*o\.?\s*m\.?|till|fram\s+till|--?|[–—])"

_DATE_RANGE = re.compile(rf"(?P<start>{_DATE})\s*{_TO}\s*(?P<end>{_DATE})", re.IGNORECASE)
# "1 maj–30 september 2026": the start's year is the end's.
_DAY_MONTH = rf"\d{{1,2}}\s+(?:{MONTH_PATTERN})"
_SHORT_RANGE = re.compile(
    rf"\b(?P<start>{_DAY_MONTH})\s*{_TO}\s*(?:den\s+)?(?P<end>{_DAY_MONTH}\s+(?P<year>{_YEAR}))\b",
    re.IGNORECASE,
)
_UNTIL_WORDS = r"(?:till|t\.?\s*o\.?\s*m\.?|fram\s+till)\s+(?:och\s+med\s+)?"
# "gäller (från undertecknandet) till och med": valid until, from a start that is no date.
# A field that states the period ("Giltighet: från ... till och med ..."): surer than a
# sentence that says when something is done.
_PERIOD_LABEL = r"(?:giltighet(?:stid)?|löftesperiod|avtalstid|period)\s*:\s*"
_VALID_UNTIL = (
    rf"(?:(?:gäller|löper|förlängs|förlängdes|förlängts)\s+|{_PERIOD_LABEL})"
    # "gäller från undertecknandet till och med ...", "gäller i två år, till och med 2027",
    # "gäller från och med den dag den undertecknats av båda parter till och med ..."
    rf"(?:från\s+(?!\d)[\w \n]{{1,60}}?\s+|i\s+\w+\s+(?:år|månader),?\s+)?{_UNTIL_WORDS}"
)
# "gäller från undertecknandet till och med den 31 januari 2029"
_UNTIL = re.compile(rf"{_VALID_UNTIL}(?P<end>{_DATE})", re.IGNORECASE)
# "gäller till sista december 2026", "löper till slutet av juni 2027", "gäller från påsk
# till och med september 2026": the month's last day.
_UNTIL_MONTH_END = re.compile(
    rf"(?:{_VALID_UNTIL}|"
    # as lättläst says it: "Löftet gäller i två år. ... Det slutar i december 2027."
    r"\b(?:löftet|det)\s+(?:slutar|upphör|tar\s+slut)\s+(?:i\s+)?)"
    rf"(?:den\s+)?(?:(?:sista|slutet\s+av)\s+)?"
    rf"(?P<month>{MONTH_PATTERN})\s+(?P<year>{_YEAR})\b",
    re.IGNORECASE,
)
# "... och tills vidare, dock längst till och med den 31 december 2028": the latest end.
_AT_LATEST = re.compile(rf"\blängst\s+{_UNTIL_WORDS}(?P<end>{_DATE})", re.IGNORECASE)
# Periods told from the new year that follows the text's date ("Publicerad 11 december
# 2025 ... gäller från årsskiftet och två år framåt"; "3 feb. 2026 ... gäller till nyår").
_NEW_YEAR = re.compile(
    r"\b(?:gäller|löper)\s+(?:från\s+(?:års|nyårs)skiftet\s+och\s+(?P<count>\S+)\s+år\s+framåt|"
    r"till\s+(?:nyår|årsskiftet)\b)",
    re.IGNORECASE,
)
_KEYWORD = (
    rf"(?:{PROMISE_NOUN}te\w*|\w*överenskommelse\w*|verksamhetsåren|mandatperioden|perioden|period|"
    r"åren|under|gäller|löper|giltighet\w*|avtalstid|löftesperiod\w*|tidsperiod\w*|"
    r"(?:två|tre|fyra|fem)\s+år[,:])"  # "över tre år, 2026–2028", "i två år: 2026 och 2027"
)
# The kommuner a title names between the promise and its years ("Medborgarlöfte för Tierp
# och Heby 2024–2025", "Medborgarlöfte Upplands Väsby kommun 2025"): capitalised words,
# whatever the case of the rest.
# (not the promise's own name on the next line: "... / Medborgarlöfte" over "Medborgarlöftet
# 2022", a breadcrumb over the title)
_NAME = rf"(?!{PROMISE_NOUN})(?-i:[A-ZÅÄÖ][\w-]*)\s+(?:(?-i:[A-ZÅÄÖ][\w-]*)\s+)?(?:kommuns?\s+)?"
_PLACE = rf"(?:{_NAME}(?:och\s+{_NAME})?)?"
# The last year of a range may be written short or after a slash: "2027–29", "2027/2028"
# ("2027/28" is a school year's).
_LAST_YEAR = rf"(?P<end>{_YEAR}\b|(?<=[-–])\d{{2}}\b(?![-–/]\d))"
_YEAR_RANGE = re.compile(
    rf"\b{_KEYWORD}:?\s+(?:(?:för|under|perioden|i)\s+)?(?:resten\s+av\s+|hela\s+)?{_PLACE}"
    rf"(?:år(?:en)?\s+)?(?P<start>{_YEAR})\s*"
    # "gäller resten av 2015 och hela 2016"
    rf"(?:[-–/]|till\s+och\s+med|till|och(?:\s+(?:under\s+)?hela)?)\s*{_LAST_YEAR}",
    re.IGNORECASE,
)
# "under perioden januari–december 2027": from the first month's first day to the last's last.
# Without a word that names the period ("dialoger under mars–april 2026", "patrull under
# juni–augusti") it is when something else happens, and less sure than a title's years.
_MONTH_RANGE = re.compile(
    rf"\b(?P<first>{MONTH_PATTERN})\s*[-–]\s*(?P<last>{MONTH_PATTERN})\s+(?P<year>{_YEAR})\b",
    re.IGNORECASE,
)
_NAMES_PERIOD = re.compile(
    r"\b(?:perioden|gäller|löper|giltighet\w*\s*:|löftesperiod\w*\s*:|period\s*:)\s+"
    r"(?:från\s+)?$",
    re.IGNORECASE,
)
# "januari 2027 – december 2028": from the first month's first day to the last's last.
_MONTHS_OF_YEARS = re.compile(
    rf"\b(?P<first>{MONTH_PATTERN})\s+(?P<first_year>{_YEAR})\s*{_TO}\s*"
    rf"(?P<last>{MONTH_PATTERN})\s+(?P<last_year>{_YEAR})\b",
    re.IGNORECASE,
)
# A field that names the period by its one year: "Giltighetstid: 2027", "Period: 2027".
_PERIOD_FIELD = re.compile(
    rf"^[ \t]*(?:giltighet(?:stid)?|period|löftesperiod|tidsperiod|avtalstid|gäller)\s*:\s*"
    rf"(?:(?:hela|under)\s+)?(?P<year>{_YEAR})\.?[ \t]*$",  # "Gäller: hela 2021."
    re.IGNORECASE | re.MULTILINE,
)
# "löper ut vid årsskiftet 2027/2028": the first year's last day.
_AT_YEAR_END = re.compile(
    rf"\b(?:löper\s+ut|går\s+ut|upphör(?:\s+att\s+gälla)?|gäller)\s+(?:till\s+|vid\s+)"
    rf"(?:års|nyårs)skiftet\s+(?P<year>{_YEAR})\s*/\s*(?:{_YEAR}|\d{{2}})\b",
    re.IGNORECASE,
)
# Valid with no end: "Avsiktsförklaringen gäller från undertecknandet och tills vidare".
_OPEN_ENDED = re.compile(
    r"\b(?:gäller|löper)\s+(?:från\s+[\w ]{1,40}?\s+)?(?:och\s+)?tills\s+vidare\b", re.IGNORECASE
)
# "löper ut den 31 december 2027", "upphör att gälla 2028-02-29": its end.
_RUNS_OUT = re.compile(
    rf"\b(?:löper\s+ut|går\s+ut|upphör(?:\s+att\s+gälla)?)\s+(?:den\s+)?(?P<end>{_DATE})",
    re.IGNORECASE,
)
# "gäller till och med 2027", "gäller till utgången av 2028": the year's last day.
_UNTIL_YEAR_END = re.compile(
    rf"{_VALID_UNTIL}(?:(?:utgången|slutet)\s+av\s+)?(?:år\s+)?(?P<year>{_YEAR})\b(?![-–/]?\d)",
    re.IGNORECASE,
)
# Weeks ("från och med vecka 10 till och med vecka 40 2026"): Monday to Sunday, ISO weeks;
# perhaps into the next year ("vecka 14 2026 – vecka 12 2027").
_WEEKS = re.compile(
    rf"\bvecka\s+(?P<first>\d{{1,2}})(?:\s+(?P<first_year>{_YEAR}))?\s*{_TO}\s*(?:vecka\s+)?"
    rf"(?P<last>\d{{1,2}})\s+(?P<year>{_YEAR})\b",
    re.IGNORECASE,
)
# ... or in the year named before them: "Sommarlöfte 2026 ... från vecka 24 till och med
# vecka 33".
_WEEKS_OF_THE_YEAR = re.compile(
    r"\bfrån\s+(?:och\s+med\s+)?vecka\s+(?P<first>\d{1,2})\s+till\s+(?:och\s+med\s+)?"
    r"vecka\s+(?P<last>\d{1,2})\b(?!\s+(?:19|20)\d{2})",
    re.IGNORECASE,
)


def _weeks_in(year: int) -> int:
    """52 or 53: 28 December is always in a year's last ISO week."""
    return date(year, 12, 28).isocalendar().week


# A school year ("läsåret 2025/26"): from August to the end of June; a winter half-year
# ("vinterhalvåret 2026/27"): from October to the end of March.
_SCHOOL_YEAR = re.compile(
    r"\b(?P<kind>läsåret?|vinterhalvåret)\s+(?P<start>\d{4})\s*/\s*(?P<end>\d{2}(?:\d{2})?)\b",
    re.IGNORECASE,
)
# A verb in the past tense right after a year: "anmäldes", "ökade", "var", "fick".
_PAST = r",?\s+(?:[a-zåäö]+(?:ades|ade|des|dde|tte)|var|hade|blev|fick|gick|kom|sågs?)\b"
_ONE_YEAR = re.compile(
    rf"\b{PROMISE_NOUN}te\w*\s+(?:(?:för|i)\s+)?{_PLACE}(?:år\s+)?(?P<year>{_YEAR})\b"
    rf"(?!\s*[-–]\s*\d)|"
    # "gäller under hela 2025", "gäller resten av 2015", a follow-up's "Löftet gällde hela 2021",
    # "gäller från och med nu och under hela 2016"
    rf"\b(?:löper|gäller|gälla|gällde)\s+(?:från\s+(?:och\s+med\s+)?(?:nu|i\s*dag)\s+och\s+)?"
    r"(?:för\s+|under\s+(?:resten\s+av\s+|hela\s+)?|resten\s+av\s+|hela\s+)?"
    r"(?:år\s+)?"
    rf"(?P<runs>{_YEAR})\b"
    r"(?!\s*[-–]\s*\d|\s+och\s+(?:under\s+)?(?:hela\s+)?(?:19|20)\d{2})|"
    # not what happened then: "Under 2024 anmäldes flera stölder"
    rf"\b(?:under|gjort)\s+(?P<during>{_YEAR})\b(?!\s*[-–]\s*\d|\s+års?\b|{_PAST})|"
    # "Polisen lovar för 2027", "Det här lovar polisen och kommunen 2025" closing its line
    rf"\b(?:lovar|lovade|åtaganden?)\s+(?:(?:\w+\s+){{0,2}}?för\s+|"
    rf"(?:\w+\s+){{0,3}}?(?={_YEAR}[ \t]*:?[ \t]*(?:\n|$)))"
    rf"(?P<promised>{_YEAR})\b(?!\s*[-–]\s*\d)|"
    rf"\b(?P<of>{_YEAR})\s+års\s+{PROMISE_NOUN}te|"
    rf"\b(?:verksamhets|kalender|budget)året\s+(?P<business>{_YEAR})\b|"
    # what a follow-up looks back on: "Under 2025 hade polisen och kommunen ett gemensamt
    # medborgarlöfte", also wrapped over two lines
    rf"\bunder\s+(?:hela\s+)?(?P<had>{_YEAR})\s+hade\s+(?:[^.\n]|\n(?!\n)){{0,80}}?\bett\s+(?:\w+\s+)?"
    rf"{PROMISE_NOUN}te\b|"
    # "Ånge kommun och polisen hade under 2020 ett gemensamt medborgarlöfte"
    rf"\bhade\s+under\s+(?:hela\s+)?(?P<had_in>{_YEAR})\s+(?:ett|sitt)\s+(?:\w+\s+)?"
    rf"{PROMISE_NOUN}te\b",
    re.IGNORECASE,
)
# A start and how long from it: "från den 1 mars 2026 och ett år framåt", "gäller från 1
# februari 2026 och löper i tre år", "ett tvåårigt löfte från 1 juli 2026".
_COUNTS = {"ett": 1, "en": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "tolv": 12}
_COUNT = rf"(?:{'|'.join(_COUNTS)}|\d{{1,2}})"
_FROM = r"från\s+(?:och\s+med\s+)?(?:den\s+)?"
_LASTING = re.compile(
    rf"\b{_FROM}(?P<start>{_DATE}),?\s+(?:och\s+)?(?:(?:löper|gäller)\s+)?(?:i\s+|under\s+)?"
    rf"(?P<count>{_COUNT})\s+(?P<unit>år|månader)\b|"
    rf"\b(?P<count_before>{_COUNT})-?(?P<unit_before>år|månad)(?:ig|er)t?\s+(?:\w+\s+){{0,2}}?"
    rf"{_FROM}(?P<start_after>{_DATE})|"
    # "Avtalstid: tre år från och med den 1 mars 2027"
    rf"\b(?P<count_first>{_COUNT})\s+(?P<unit_first>år|månader)\s+{_FROM}(?P<start_later>{_DATE})",
    re.IGNORECASE,
)
# "Löftet gäller i två år från undertecknandet", told from the day the text says it was
# signed ("har i dag den 16 mars 2026 undertecknat", "undertecknades den 3 maj 2026").
_FROM_SIGNING = re.compile(
    rf"\b(?:gäller|löper)\s+(?:i\s+|under\s+)?(?P<count>{_COUNT})\s+(?P<unit>år|månader)\s+"
    # ... or "från den dag det skrivs under", "från den dag det undertecknas"
    r"(?:från|efter)\s+(?:undertecknandet|underskriften|signeringen|"
    r"(?:den\s+)?dag(?:en)?\s+(?:då\s+)?(?:det|löftet)\s+"
    r"(?:skrivs\s+under|skrevs\s+under|undertecknas|undertecknades|signeras|signerades))"
    rf"(?:\s+(?:den\s+)?(?P<on>{_DATE}))?",  # "från undertecknandet den 12 mars 2026"
    re.IGNORECASE,
)
_SIGNED = r"(?:undertecknat|undertecknade|undertecknades|signerat|signerades|skrev\s+under)"
_SIGNED_ON = re.compile(
    rf"(?:den\s+)?(?P<before>{_DATE})\s+(?:\w+\s+){{0,4}}?{_SIGNED}\b|"
    rf"\b{_SIGNED}\s+(?:\w+\s+){{0,4}}?(?:den\s+)?(?P<after>{_DATE})",
    re.IGNORECASE,
)
# "... ska gälla för 2019 också"; not a question ("Vad gäller för 2025?")
_EXTENDED = re.compile(
    rf"\bgäll(?:a|er)\s+(?:för|även\s+under|under|även\s+för)\s+(?:år\s+)?(?P<year>{_YEAR})\b"
    r"(?!\s*\?)",
    re.IGNORECASE,
)
_NEW_PROMISE_HEADING = re.compile(
    # ... "Våra löften för 2027" after how 2026 went
    r"^[ \t]*(?:nytt|nya|nästa(?:\s+års)?|(?:våra|vårt)(?:\s+nya?)?)\s+"
    rf"{PROMISE_NOUN}te\w*[^\n.]{{0,30}}$",
    re.IGNORECASE | re.MULTILINE,
)
_UNTIL_REPLACED = re.compile(
    r"(?:eller\s+)?(?:tills|till\s+dess(?:\s+att)?)\s+(?:ett\s+)?nytt?\s+"
    r"(?:löfte|medborgarlöfte|överenskommelse)",
    re.IGNORECASE,
)
_EXTENDS = re.compile(r"förläng\w*\s+(?:\w+\s+){0,4}?tills\s*vidare", re.IGNORECASE)
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_SWEDISH = re.compile(rf"(\d{{1,2}})\s+({MONTH_PATTERN})\s+(\d{{4}})", re.IGNORECASE)


@dataclass(frozen=True)
class _Statement:
    start: date | None
    end: date | None
    exactness: int  # 0 dates, 1 an end date, 2 a range of years, 3 one year, 4 "under 2023"
    span: tuple[int, int]
    guesses: tuple[tuple[str, str], ...] = ()  # (field, why)


def _day(written: str) -> tuple[date, str | None]:
    """A written date; one that does not exist becomes its month's last day, with why."""
    iso = _ISO.search(written)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    else:
        swedish = _SWEDISH.search(written)
        if swedish is None:
            raise ValueError(f"not a date: {written!r}")
        day, year = int(swedish.group(1)), int(swedish.group(3))
        month = MONTHS[swedish.group(2).lower()]
    last = calendar.monthrange(year, month)[1]
    if 1 <= day <= last:
        return date(year, month, day), None
    fixed = date(year, month, last)
    return fixed, f"'{written.strip()}' finns inte; läst som {fixed.isoformat()}"


# The title line of a document states its period whatever words stand around the years
# ("Samverkansöverenskommelse mellan Uppsala kommun och Polismyndigheten 2023–2026").
# ... or a follow-up's two promises: "Så gick det med medborgarlöftena 2024 och 2025"
_TITLE_YEARS = re.compile(
    rf"\s*[^\n]{{0,120}}?\b(?P<start>{_YEAR})(?:\s*[-–/]\s*|\s+(?P<both>och)\s+)"
    rf"{_LAST_YEAR}[^\n]*$",
    re.MULTILINE,
)
# ... and its one year when the line names what the document is ("Samverkansöverenskommelse
# mellan Polisen och Kalix kommun 2027"); not "Lägesbild 2026".
_TITLE_YEAR = re.compile(
    # a follow-up's title names the year it looks back on first, perhaps the next one after:
    # "Medborgarlöftet 2015 – så gick det, och det här lovar vi 2016"
    rf"[ \t]*[^\n.]{{0,40}}?{PROMISE_NOUN}te\w*\s+(?P<followed>{_YEAR})\s*[-–:]\s*"
    r"(?:så\s+(?:gick|blev)\s+det|så\s+har\s+det\s+gått|uppföljning)\b|"
    # ... or after it: "Så gick det med medborgarlöftet 2026 – och det här lovar vi 2027"
    r"[ \t]*[^\n.]{0,40}?\bså\s+(?:gick|blev)\s+det\s+(?:med\s+)?"
    rf"(?:(?:\w+\s+)?{PROMISE_NOUN}te\w*\s+)?(?:för\s+)?(?P<followed_after>{_YEAR})\b"
    r"(?!\s*[-–/]\s*\d)|"
    rf"[ \t]*[^\n.]{{0,80}}?(?:{PROMISE_NOUN}te|överenskommelse|avtal|handlingsplan)\w*\b"
    rf"[^\n.]{{0,80}}?\b(?P<year>{_YEAR})\b(?!\s*[-–/]\s*\d)[^\n\d.]{{0,20}}$",
    re.MULTILINE | re.IGNORECASE,
)
# A title of a larger document that may hold the promise as one part of it.
_PLAN = r"program|strategi|verksamhetsplan|åtgärdsplan|handlingsplan"
_OTHER_DOCUMENT = re.compile(rf"(?:{_PLAN})(?:\b|(?<=plan))|lägesbild|rapport\b|budget\b", re.I)
# ... or a sentence about it, up to where it names years, perhaps wrapped over lines:
# "Handlingsplanen beskriver ...", "Programmet gäller ..."
_OF_OTHER_DOCUMENT = re.compile(
    rf"(?:^|\.\s)[ \t]*\w*(?:{_PLAN})(?:en|et|men)?\b[^.]*\Z", re.IGNORECASE | re.MULTILINE
)
_NAMES_PROMISE = re.compile(NAMES_DOCUMENT, re.IGNORECASE)
# Every statement names a year; the patterns only look this far around one.
_REACH = 100
_ANY_YEAR = re.compile(_YEAR)


def _matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The pattern's matches near the years of the text (most of a text names none)."""
    for start, end in _windows(text):
        yield from pattern.finditer(text, start, end)


@lru_cache(maxsize=4)
def _windows(text: str) -> tuple[tuple[int, int], ...]:
    windows: list[tuple[int, int]] = []
    for year in _ANY_YEAR.finditer(text):
        start, end = max(0, year.start() - _REACH), min(len(text), year.end() + _REACH)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return tuple(windows)


@lru_cache(maxsize=4)
def _statements(text: str) -> tuple[_Statement, ...]:
    """Every statement of the period; read once per text (the period, its span, its doubts)."""
    found: list[_Statement] = []
    for pattern in (_DATE_RANGE, _SHORT_RANGE):
        for match in _matches(pattern, text):
            year = match.groupdict().get("year")
            start, why_start = _day(f"{match['start']} {year}" if year else match["start"])
            end, why_end = _day(match["end"])
            if start < end:
                guesses = tuple(
                    (field, why)
                    for field, why in (("period.start", why_start), ("period.end", why_end))
                    if why
                )
                found.append(_Statement(start, end, 0, match.span(), guesses))
    for match in (*_matches(_UNTIL, text), *_matches(_RUNS_OUT, text)):
        end, why = _day(match["end"])
        guesses = (("period.end", why),) if why else ()
        found.append(_Statement(None, end, _until_exactness(match, text), match.span(), guesses))
    for match in _matches(_AT_LATEST, text):
        end, why = _day(match["end"])
        found.append(_Statement(None, end, 1, match.span(), (("period.end", why),) if why else ()))
    found += _from_new_year(text) + _from_signing(text) + _last_year_promised(text)
    for match in _matches(_UNTIL_MONTH_END, text):
        year, month = int(match["year"]), MONTHS[match["month"].lower()]
        end = date(year, month, calendar.monthrange(year, month)[1])
        found.append(_Statement(None, end, _until_exactness(match, text), match.span()))
    for match in _matches(_AT_YEAR_END, text):
        found.append(_Statement(None, date(int(match["year"]), 12, 31), 1, match.span()))
    for match in _matches(_UNTIL_YEAR_END, text):
        end = date(int(match["year"]), 12, 31)
        found.append(_Statement(None, end, _until_exactness(match, text), match.span()))
    for match in _matches(_MONTHS_OF_YEARS, text):
        first_year, last_year = int(match["first_year"]), int(match["last_year"])
        first, last = MONTHS[match["first"].lower()], MONTHS[match["last"].lower()]
        if (first_year, first) < (last_year, last) and last_year <= first_year + 10:
            end = date(last_year, last, calendar.monthrange(last_year, last)[1])
            found.append(_Statement(date(first_year, first, 1), end, 0, match.span()))
    for match in _matches(_PERIOD_FIELD, text):
        year = int(match["year"])
        found.append(_Statement(date(year, 1, 1), date(year, 12, 31), 1, match.span()))
    for match in _matches(_MONTH_RANGE, text):
        year = int(match["year"])
        first, last = MONTHS[match["first"].lower()], MONTHS[match["last"].lower()]
        if first < last:
            end = date(year, last, calendar.monthrange(year, last)[1])
            named = _NAMES_PERIOD.search(text, max(0, match.start() - 30), match.start())
            exactness = 0 if named else 4
            found.append(_Statement(date(year, first, 1), end, exactness, match.span()))
    for match in _matches(_LASTING, text):
        start, why = _day(match["start"] or match["start_after"] or match["start_later"])
        months = _count(match["count"] or match["count_before"] or match["count_first"])
        if (match["unit"] or match["unit_before"] or match["unit_first"]).lower().startswith("år"):
            months *= 12
        end = _day_before(start, months)
        # a length counted from a start is as sure as the years of a title, which comes first
        # ("Vårt medborgarlöfte 2026" over "gäller från den 1 mars 2026 och ett år framåt")
        found.append(
            _Statement(start, end, 2, match.span(), (("period.start", why),) if why else ())
        )
    for match in _matches(_YEAR_RANGE, text):
        first, last = int(match["start"]), _last_year(match["start"], match["end"])
        # "Handlingsplanen beskriver hur kommunen arbetar under åren 2022–2024": the years
        # of the document the promise is one part of, as its title's are
        of_other = _OF_OTHER_DOCUMENT.search(text, max(0, match.start() - 300), match.start())
        # what the promise says it runs ("Löftet gäller under 2026–2027") is surer than its
        # title's years; not what another document runs ("överenskommelsen, som gäller ...")
        runs = match.group().lower().startswith(("gäller", "löper")) and not _WHICH.search(
            text, max(0, match.start() - 6), match.start()
        )
        if first <= last <= first + 10:
            found.append(
                _Statement(
                    date(first, 1, 1),
                    date(last, 12, 31),
                    4 if of_other else 1 if runs else 2,
                    match.span(),
                )
            )
    for match in _matches(_WEEKS, text):
        year, first, last = int(match["year"]), int(match["first"]), int(match["last"])
        first_year = int(match["first_year"] or year)
        if (
            (first_year, first) <= (year, last)
            and year - first_year <= 1
            and 1 <= first <= _weeks_in(first_year)
            and 1 <= last <= _weeks_in(year)
        ):
            found.append(
                _Statement(
                    date.fromisocalendar(first_year, first, 1),
                    date.fromisocalendar(year, last, 7),
                    0,
                    match.span(),
                )
            )
    for match in _WEEKS_OF_THE_YEAR.finditer(text):  # no year near it, by its nature
        years_before = _ANY_YEAR.findall(text, 0, match.start())
        first, last = int(match["first"]), int(match["last"])
        year = int(years_before[-1]) if years_before else 0
        if year and 1 <= first <= last <= _weeks_in(year):
            found.append(
                _Statement(
                    date.fromisocalendar(year, first, 1),
                    date.fromisocalendar(year, last, 7),
                    0,
                    match.span(),
                )
            )
    for match in _matches(_SCHOOL_YEAR, text):
        first, last = int(match["start"]), int(match["end"][-2:])
        if last == (first + 1) % 100:
            begins, ends = (10, 3) if match["kind"].lower().startswith("vinter") else (8, 6)
            end = date(first + 1, ends, calendar.monthrange(first + 1, ends)[1])
            found.append(_Statement(date(first, begins, 1), end, 2, match.span("end")))
    # the title, perhaps under the name of the kommun that publishes it
    title = next(
        filter(None, (_TITLE_YEARS.match(text, start) for start in _first_lines(text))), None
    )
    if title:
        first, last = int(title["start"]), _last_year(title["start"], title["end"])
        # "Trygghetsprogram 2026–2028" holding "Medborgarlöfte 2026–2027" or "medborgarlöftet
        # för 2026": the programme's years are less sure than any the promise states itself
        other = _OTHER_DOCUMENT.search(title.group()) and not _NAMES_PROMISE.search(title.group())
        # the two promises' years are as sure as the dates each of them states
        exactness = 4 if other else 0 if title["both"] else 2
        if first <= last <= first + 10:
            found.append(
                _Statement(date(first, 1, 1), date(last, 12, 31), exactness, title.span("end"))
            )
    elif one := next(
        filter(None, (_TITLE_YEAR.match(text, start) for start in _first_lines(text))), None
    ):
        group = next(g for g in ("year", "followed", "followed_after") if one[g])
        year = int(one[group])
        found.append(_Statement(date(year, 1, 1), date(year, 12, 31), 2, one.span(group)))
    for match in _matches(_ONE_YEAR, text):
        year = int(
            match["year"]
            or match["runs"]
            or match["during"]
            or match["of"]
            or match["promised"]
            or match["business"]
            or match["had"]
            or match["had_in"]
        )
        # "under 2023" alone may be when something happened; the promise's year is surer,
        # and as sure as a range when it is a line of its own ("MEDBORGARLÖFTE 2026").
        exactness = 4 if match["during"] else 3
        if match["year"] and _WHOLE_LINE.fullmatch(text, *_line_of(text, match.span())):
            exactness = 2
        found.append(_Statement(date(year, 1, 1), date(year, 12, 31), exactness, match.span()))
    # A text that says it runs "tills vidare" has no end that only a year in passing gives
    # ("Under 2026 avser parterna att ...").
    open_ended = "tills vidare" in text and _OPEN_ENDED.search(text) is not None
    # "Tidplan | November–december 2026" is when one activity is done, not the period,
    # "Uppföljning av medborgarlöftet 2025 (pdf, 180 kB)" and the lines under "Relaterade
    # sidor" link other documents, and "Ett nytt löfte för 2026 tas fram" is the next
    # promise, still being made
    related = [m.span() for m in RELATED_LINKS.finditer(text)]
    kept = tuple(
        s
        for s in found
        if not _SCHEDULE_FIELD.match(text, _line_of(text, s.span)[0])
        and not any(start <= s.span[0] < end for start, end in related)
        and not ATTACHMENT.search(text, *_line_of(text, s.span))
        and not (open_ended and s.exactness >= 3)
        and not _NEXT_PROMISE.search(_sentence_of(text, s.span))
        and not _EARLIER_ONE.search(_sentence_of(text, s.span))
        and not _PAGE_NAMED.search(text, max(0, s.span[0] - 20), s.span[0])
        and not _heads_next_promise(text, s)
        and not _an_items_schedule(text, s)
    )
    # "Medborgarlöfte 2021" / "Det gällde till den 31 december 2021 och är nu avslutat." is
    # last period's promise on a page that goes on to this period's, and a follow-up's only
    # statement of its own.
    ended = _ended_parts(text, kept)
    current = tuple(s for s in kept if not any(start <= s.span[0] < end for start, end in ended))
    return current or kept


def _ended_parts(text: str, statements: tuple[_Statement, ...]) -> list[tuple[int, int]]:
    """Where the text tells of a promise that has ended: from the heading that names its
    period, or the sentence, to the next heading that names one."""
    headings = [s.span[0] for s in statements if s.exactness == 2]
    parts = []
    for match in ENDED.finditer(text):
        sentence_start, _ = _line_of(text, match.span())
        before = [at for at in headings if sentence_start - 300 <= at <= match.start()]
        start = before[-1] if before else sentence_start
        end = next((at for at in headings if at > match.start()), len(text))
        parts.append((start, end))
    return parts


# Where an item of a numbered or bulleted list starts.
_ITEM_START = re.compile(r"^[ \t]*(?:\d{1,2}[.)]|[-–•*])[ \t]+", re.MULTILINE)


def _an_items_schedule(text: str, statement: _Statement) -> bool:
    """Whether dates stand in an item of a list in which a party commits to something: when
    that one activity is done ("1. Polisen ska genomföra fotpatruller ... under perioden
    1 mars–30 november 2025."), not the promise's period."""
    if statement.exactness > 1:
        return False
    line_start, _ = _line_of(text, statement.span)
    paragraph = text.rfind("\n\n", 0, line_start) + 1
    starts = list(_ITEM_START.finditer(text, paragraph, line_start + 1))
    # the item's own line, or a line its sentence runs on to
    if not starts or re.search(r"[.!?:]\n", text[starts[-1].end() : line_start]):
        return False
    following = _ITEM_START.search(text, statement.span[1])
    blank = text.find("\n\n", statement.span[1])
    ends = [at for at in (following.start() if following else -1, blank) if at != -1]
    item_start, item_end = starts[-1].end(), min(ends, default=len(text))
    before = max(text.rfind(end, item_start, statement.span[0]) for end in (". ", ".\n"))
    after = min(
        (at for end in (". ", ".\n") if (at := text.find(end, statement.span[1], item_end)) != -1),
        default=item_end,
    )
    sentence = text[before + 2 if before != -1 else item_start : after]
    return actor_commits(sentence)


# A relative clause's "som" before a verb, perhaps at the end of a wrapped line.
_WHICH = re.compile(r"\bsom\s+$")
# The period of the one before, in a renewed agreement: "Den tidigare överenskommelsen
# gällde från den 1 juni 2021 till den 31 maj 2025."
_EARLIER_ONE = re.compile(
    rf"\b(?:tidigare|förra|föregående)\s+(?:\w+\s+)?(?:\w*överenskommelse\w*|\w*{PROMISE_NOUN}te\w*)"
    r"[^.]{0,40}?\bgällde\b",
    re.IGNORECASE,
)
_NEXT_PROMISE = re.compile(
    rf"\b(?:nytt|nästa|kommande)\s+(?:\w+\s+)?{PROMISE_NOUN}te\w*\b[^.]{{0,60}}?"
    r"\b(?:(?:tas|arbetas|håller\s+på\s+att\s+tas)\s+fram|presenteras|vara\s+klart|"
    r"är\s+(?:framtaget|klart)|pågår|"  # "Arbetet med ett nytt medborgarlöfte för 2026 pågår"
    # ... or is signed, and told of elsewhere: "Ett nytt medborgarlöfte för 2026 skrevs
    # under den 10 februari. Du hittar det på sidan Medborgarlöfte 2026."
    r"(?:skrevs|har\s+skrivits)\s+under\b[^.]*\.\s+Du\s+(?:hittar|kan\s+läsa))\b",
    re.IGNORECASE,
)


_MAKING_NEXT = re.compile(MAKING_NEXT_PROMISE, re.IGNORECASE)
# Another page named by its title: "Du kan läsa det på sidan Medborgarlöfte 2022."
_PAGE_NAMED = re.compile(r"\b(?:på|under)\s+sidan\s+(?:\S+\s+)?$", re.IGNORECASE)


def _heads_next_promise(text: str, statement: _Statement) -> bool:
    """Whether a heading of its own names next period's promise, which the text under it
    says is still being made ("Medborgarlöftet 2023" / "Just nu arbetar staden och polisen
    med nästa års löfte.")."""
    start, end = _line_of(text, statement.span)
    if statement.exactness != 2 or not _WHOLE_LINE.fullmatch(text, start, end):
        return False
    following = text[end : end + 240]
    return bool(_MAKING_NEXT.search(following) or _NEXT_PROMISE.search(following))


# A promise that has ended: "Det gällde till den 31 december 2021 och är nu avslutat."
ENDED = re.compile(
    r"\b(?:är|har)\s+(?:nu\s+)?(?:avslutat|avslutad|upphört|löpt\s+ut|gått\s+ut)\b", re.IGNORECASE
)


def _sentence_of(text: str, span: tuple[int, int]) -> str:
    """The sentence a match stands in, within its line."""
    start, end = _line_of(text, span)
    before = text.rfind(". ", start, span[0])
    after = text.find(". ", span[1], end)
    return text[before + 2 if before != -1 else start : after if after != -1 else end]


# A list of links to other pages under its heading, up to a blank line: "Relaterade sidor",
# "Läs också", a news page's "Fler lokala nyheter från Skåne".
RELATED_LINKS = re.compile(
    # ("Läs mer" on a line of its own, not a cookie line's "Läs mer om kakor")
    r"^[ \t]*(?:läs också|läs även|läs mer(?=[ \t]*\n)|se även|"
    r"relaterade (?:artiklar|sidor|länkar|nyheter|dokument)|i den här delen|"
    r"relaterat|fler (?:\w+ )?nyheter|"
    # the earlier promises a page links: "Tidigare medborgarlöften", "Äldre löften"
    r"(?:tidigare|äldre) (?:år|\w*löften|\w*överenskommelser))\b"
    # one link on the heading's own line ("Läs också: Inbrottsvåg i Östraby"), or the lines
    # under it up to a blank line or a sentence (a link ends with no full stop)
    r"(?:[ \t]*:[ \t]*\S[^\n]*|[^\n]*\n(?:[ \t]*\S[^\n]{0,100}(?<![.!?])(?:\n|$))*)",
    re.MULTILINE | re.IGNORECASE,
)
# A link's file type and size after its name: "(pdf, 180 kB)".
ATTACHMENT = re.compile(r"\((?:pdf|docx?|xlsx?|pptx?|odt)\b[^)\n]{0,20}\)", re.IGNORECASE)


_SCHEDULE_FIELD = re.compile(
    r"[ \t]*(?:tidplan|tidpunkt|när|tid|genomförande|klart)\s*[:|]", re.IGNORECASE
)


_WHOLE_LINE = re.compile(
    rf"[ \t]*{PROMISE_NOUN}te\w*\s+(?:{_PLACE})?(?:år\s+)?{_YEAR}[ \t]*", re.IGNORECASE
)


def _until_exactness(match: re.Match[str], text: str) -> int:
    """An end in the period's own field, or said of the promise itself ("Medborgarlöftet
    gäller ... till och med 30 juni 2027"), is as sure as dates; of something else (the
    agreement the promise is part of), next to them."""
    own = _OF_THE_PROMISE.search(text, max(0, match.start() - 30), match.start())
    if own or _LABELLED.match(match.group()):
        return 0
    # "... den samverkansöverenskommelse som parterna tecknade 2020 och som löper till och
    # med 2024": the agreement's end, less sure than the years of the promise's title
    return 3 if _OF_AN_AGREEMENT.search(text, max(0, match.start() - 100), match.start()) else 1


_OF_THE_PROMISE = re.compile(rf"\b{PROMISE_NOUN}te[nt]?\s+$", re.IGNORECASE)
_OF_AN_AGREEMENT = re.compile(r"(?:överenskommelse|avtal)\w*\s+som\b[^.\n]*$", re.IGNORECASE)


_LABELLED = re.compile(_PERIOD_LABEL, re.IGNORECASE)


def _line_of(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The start and end of the line a match stands on."""
    start = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[1])
    return start, len(text) if end == -1 else end


def _first_lines(text: str, count: int = 3) -> list[int]:
    """Where the first lines of the text that hold anything start; not a page's breadcrumb
    ("Startsida > Trygghet > Medborgarlöfte", "Du är här: Start / Trygghet"), its "Hoppa till
    innehåll" or its cookie banner over its title, nor the end of a breadcrumb that a mail
    program wrapped onto a line of its own ("... > Så gick det med medborgarlöftet" / "2023")."""
    starts: list[int] = []
    tail = -1  # where the line after a breadcrumb starts
    for m in _LINE_START.finditer(text, 0, 2000):
        start = m.start()
        if BREADCRUMB.match(text, start):
            tail = text.find("\n", start) + 1
        elif not _PAGE_CHROME.match(text, start) and not (
            start == tail and _WRAPPED_TAIL.match(text, start)
        ):
            starts.append(start)
    return starts[:count]


_LINE_START = re.compile(r"^[ \t]*\S", re.MULTILINE)
_WRAPPED_TAIL = re.compile(r"[^\s]+(?:[ \t]+[^\s]+)?[ \t]*$", re.MULTILINE)
_PAGE_CHROME = re.compile(
    r"[ \t]*(?:hoppa\s+till\b|du\s+är\s+här\b|[^\n]*\b(?:kakor|cookies)\b|[^\n]*\s/\s[^\n]*\s/\s)",
    re.IGNORECASE,
)
# A page's breadcrumb: "Startsida > Trygghet > Medborgarlöfte".
BREADCRUMB = re.compile(r"[^\n>]{1,40}(?:\s[>\u203a»]\s[^\n>]{1,40}){1,6}$", re.MULTILINE)


def _last_year(first: str, last: str) -> int:
    """The last year of a range, written in full or by its last two digits ("2027–29")."""
    return int(first[:2] + last) if len(last) == 2 else int(last)


def _from_new_year(text: str) -> list[_Statement]:
    """Periods that start or end at the new year after the last year named before them."""
    found: list[_Statement] = []
    if "skiftet" not in text and "nyår" not in text:
        return found
    for match in _NEW_YEAR.finditer(text):
        dated = _ANY_YEAR.findall(text, 0, match.start())
        if not dated:
            continue
        year = int(dated[-1])
        if match["count"] is None:  # "till nyår"
            found.append(_Statement(None, date(year, 12, 31), 1, match.span()))
        elif years := _count(match["count"]):
            start, end = date(year + 1, 1, 1), date(year + years, 12, 31)
            found.append(_Statement(start, end, 1, match.span()))
    return found


# Last year's promise, told in a text dated by the year after it: "Polisen och kommunen
# lovade förra året invånarna fem saker", "Det var i april förra året som ... skrev under".
_LAST_YEAR_PROMISED = re.compile(
    r"\b(?:lovade|skrev\s+under|undertecknade)\s+(?:[^.\n]{0,40}?\s)?förra\s+året\b|"
    r"\bförra\s+året\s+(?:[^.\n]{0,60}?\s)?(?:lovade|skrev\s+under|undertecknade)\b",
    re.IGNORECASE,
)


def _last_year_promised(text: str) -> list[_Statement]:
    """Last year's promise, the year before the last one named ahead of the words; as
    unsure as a year something happened in."""
    found: list[_Statement] = []
    if "förra året" not in text.lower():
        return found
    for match in _LAST_YEAR_PROMISED.finditer(text):
        if dated := _ANY_YEAR.findall(text, 0, match.start()):
            year = int(dated[-1]) - 1
            found.append(_Statement(date(year, 1, 1), date(year, 12, 31), 4, match.span()))
    return found


def _from_signing(text: str) -> list[_Statement]:
    """A period that runs for a time from the signing, on the day the text says it was,
    or the day of the place and date over the signatures ("Borlänge den 15 mars 2017")."""
    lowered = text.lower()
    lasting = _FROM_SIGNING.search(text) if "underteckn" in lowered or "signer" in lowered else None
    if lasting is None:
        return []
    on = (
        lasting["on"]
        or ((signed := _SIGNED_ON.search(text)) and (signed["before"] or signed["after"]))
        or parse_signed(text)["date"]
    )
    if not on:
        return []
    start, why = _day(on)
    months = _count(lasting["count"]) * (12 if lasting["unit"].lower() == "år" else 1)
    guesses = (("period.start", why),) if why else ()
    return [_Statement(start, _day_before(start, months), 1, lasting.span(), guesses)]


def _count(word: str) -> int:
    """ "två" → 2, "3" → 3; 0 for what is no count."""
    return _COUNTS.get(word.lower()) or (int(word) if word.isdigit() else 0)


def _day_before(start: date, months: int) -> date:
    """The day before the same day `months` later (the month's last day if it has none)."""
    month = start.month - 1 + months
    year, month = start.year + month // 12, month % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1])) - timedelta(
        days=1
    )


def _rank(statement: _Statement) -> tuple[int, int]:
    return statement.exactness, statement.span[0]


def _chosen(statements: tuple[_Statement, ...]) -> _Statement | None:
    return min(statements, key=_rank, default=None)


def parse_period(text: str) -> Period:
    """The period and its renewal rules, in the contract's shape."""
    statements = _statements(text)
    chosen = _chosen(statements)
    start, end = (chosen.start, chosen.end) if chosen else (None, None)
    if chosen and start is None:  # "gäller till 2025-12-31" under "Medborgarlöfte 2023-2025"
        start = next((s.start for s in sorted(statements, key=_rank) if s.start), None)
    # not next period's, under its own heading ("Nytt medborgarlöfte 2019" / "... och gäller
    # under 2019")
    new_part = _NEW_PROMISE_HEADING.search(text)
    extended = [
        int(m["year"])
        for m in _EXTENDED.finditer(text)
        if new_part is None or m.start() < new_part.start()
    ]
    if end and extended and max(extended) > end.year:
        end = date(max(extended), 12, 31)
    return {
        "start": start.isoformat() if start else None,
        "end": end.isoformat() if end else None,
        "until_replaced": bool(_UNTIL_REPLACED.search(text)),
        "extends_indefinitely": bool(_EXTENDS.search(text)),
    }


def period_span(text: str) -> tuple[int, int] | None:
    """Where in the text the chosen period statement stands."""
    chosen = _chosen(_statements(text))
    return chosen.span if chosen else None


def period_uncertainties(text: str) -> list[Uncertainty]:
    """What the review page should check about the period, in Swedish."""
    statements = _statements(text)
    chosen = _chosen(statements)
    if chosen is None or chosen.end is None:
        return []
    doubts: list[Uncertainty] = [{"field": f, "reason": why} for f, why in chosen.guesses]
    others = sorted(
        {
            s.end
            for s in statements
            if s.end
            and s.exactness <= max(chosen.exactness, 2)
            # a year-level statement agrees with any date in its last year
            and (s.end.year != chosen.end.year or (s.end != chosen.end and s.exactness < 2))
        }
    )
    if others:
        said = ", ".join(text[s.span[0] : s.span[1]].strip() for s in statements if s.end in others)
        doubts.append(
            {
                "field": "period.end",
                "reason": f"texten anger också ett annat slut ({said}); läst som "
                f"{chosen.end.isoformat()} från '{text[chosen.span[0] : chosen.span[1]].strip()}'",
            }
        )
    return doubts
