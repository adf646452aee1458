"""Find the structure of a promise document in its normalised text.

Plain Python: text in, a dict in the shape of shared/contract/extract.md out
(without the keys that describe the file: file, sha256, format). The rules
follow how Swedish promise documents are written, not any one document:

* a promise is a paragraph or list item that says who will do what: it says
  "lovar", carries a party label ("Polis:", "Kommun:"), stands in a list
  introduced by a line that promises ("Det här lovar Polisen och kommunen
  att göra:"), or is a full sentence in a list among such promises;
* the heading closest above a promise is its focus area;
* a follow-up section ("Så gick det ...", "Uppföljning av ...") lists, per
  promise, what was done and what was not, with its reason;
* background, statistics, contacts and signatures are never promises;
* contact blocks are read by `contacts.py`, wherever they stand.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from loften.ingest.classify import (
    AGREEMENT_TITLE,
    BEYOND_THE_PROMISE,
    BINDS_ITSELF,
    ENDS_WITH_PARTY,
    NAMES_DOCUMENT,
    NO_UNDERTAKING,
    NOT_IN_THE_PROMISE,
    PROMISE_NOUN,
    PROMISES_BELOW,
    STRUCK,
    TITLE_PLACE,
    Judgement,
    Section,
    actor_commits,
    actor_of,
    commits,
    continues_party,
    decides,
    does_or_names_activity,
    from_dialogue,
    governs_the_promise,
    introduces,
    is_quote,
    judge_item,
    judge_paragraph,
    listed_under_party,
    names_party,
    names_who,
    only_names_party,
    opens_with_party,
    party_does,
    promised_by_intro,
    refusal,
    reports_result,
    section_of,
    sentences,
    starts_with_action,
    starts_with_party,
    to_be_done,
)
from loften.ingest.contacts import contacts_of
from loften.ingest.contract import (
    Candidate,
    Commitment,
    Extract,
    FollowUp,
    MunicipalityNamed,
    NotDone,
    OutcomesPeriod,
    Promise,
    Signatory,
    Target,
)
from loften.ingest.normalise import (
    FIELD_LINE,
    TABLE_CAPTION,
    long_line,
    ordinary_case,
    row_marks,
    wrap_width,
    wrapped,
)
from loften.ingest.periods import (
    ATTACHMENT,
    BREADCRUMB,
    ENDED,
    RELATED_LINKS,
    parse_period,
    period_uncertainties,
)
from loften.ingest.phrases import (
    MONTH_PATTERN,
    MONTHS,
    NOT_A_PLACE,
    PUBLISHED,
    Schedule,
    date_pattern,
    one_of,
    parse_goals,
    parse_schedule,
    parse_signed,
    parse_target_group,
    parse_targets,
    signing_ends,
    with_baselines,
    without_schedule,
    without_signed_at,
)
from loften.ingest.provenance import sources
from loften.ingest.signatories import (
    CONTACT_LINE,
    ends_with_title,
    people_named,
    signatories_of,
    signature_line,
    signature_row,
    signatures_heading_at,
    signed_by_the_writer,
    signed_electronically,
    signed_in_prose,
)
from loften.ingest.themes import themes_of
from loften.names import is_first_name
from loften.promises.titles import LINE_LABEL
from loften.registry.reference import (
    municipality_organisation_name,
    read_municipalities,
    read_police_coverage,
)


@dataclass(frozen=True)
class Reference:
    """What the extractor knows of the registry: kommun names and codes, police area names."""

    municipalities: tuple[tuple[str, str], ...]
    local_police_areas: tuple[str, ...]

    @cached_property
    def places(self) -> set[str]:
        """Lower-cased words of place names, which are never a person's name."""
        words = {name.lower() for name, _code in self.municipalities}
        return words | {word.lower() for area in self.local_police_areas for word in area.split()}

    @cached_property
    def municipality_forms(self) -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
        """One pattern for every way a document names a kommun, and what each form means."""
        forms: dict[str, tuple[str, str]] = {}
        for name, code in self.municipalities:
            # "Stockholms stad", "Göteborgs Stad" as well as "Stockholms kommun"
            own = (f"{name}s kommun", f"{name}s stad", f"{name}s Stad")
            # ... and the genitive alone: "Ovanåkers nya medborgarlöfte"
            genitive = () if name.endswith(("s", "x", "z")) else (f"{name}s",)
            for form in (municipality_organisation_name(name), *own, name, *genitive):
                forms.setdefault(form, (name, code))
        # Every form starts with a capital: the lookahead skips other positions cheaply, and
        # the forms as a trie ("Ale(?: kommun)?|Alingsås…") try one branch, not 1 315 forms.
        return re.compile(rf"\b(?=[A-ZÅÄÖ]){one_of(forms)}\b"), forms

    @cached_property
    def police_area_pattern(self) -> re.Pattern[str]:
        names = one_of(self.local_police_areas)
        return re.compile(rf"lokalpolisområde(?:t)?\s+(?P<name>{names})\b", re.IGNORECASE)

    @cached_property
    def area_names_with_a_kommun(self) -> re.Pattern[str]:
        """Police area names that start with a kommun's name and go on ("Piteå älvdal"):
        the kommun's name in them names the area."""
        kommuner = {name for name, _code in self.municipalities}
        names = [a for a in self.local_police_areas if " " in a and a.split()[0] in kommuner]
        return re.compile(rf"\b{one_of(names)}\b")

    @classmethod
    @cache
    def from_shipped_files(cls) -> Reference:
        """The registry as shipped; read and compiled once per process (it never changes)."""
        return cls(
            municipalities=tuple((m.name, m.code) for m in read_municipalities()),
            local_police_areas=tuple(sorted({c.local_area for c in read_police_coverage()})),
        )


_BULLET = re.compile(r"^\s*(?:[•·▪◦●\-–—*]|o(?=\s))\s*")
_SUB_BULLET = re.compile(r"^\s*(?:o|◦)\s+")  # an item under an item
# An item marked with the party that does it, in brackets: "[Polisen] Polisen gör hundsök
# ...", "[VBU] VBU ger ...", "[Alla parter] Parterna delar ...".
_PARTY_TAG = re.compile(r"^\s*\[(?P<tag>[^\]\n]{2,30})\]\s+(?=\S)")
# ... or in parentheses after its number: "a) (Polisen) Polisen gör hastighetskontroller".
_PARTY_IN_PARENTHESES = re.compile(r"^\((?P<tag>[^)\n]{2,30})\)\s+(?=\S)")
# ... and a third party by its kind: "Räddningstjänsten", "Bostadsbolaget".
_ACRONYM_OR_ALL = re.compile(
    r"(?-i:[A-ZÅÄÖ]{2,6})|alla\s+parter|\w+(?:tjänsten|bolaget|förbundet|förvaltningen)",
    re.IGNORECASE,
)


def _names_a_party(tag: str) -> bool:
    """Whether a bracketed tag names who does the item: a party, all of them, or a third
    party by its acronym; not a mark that says what the line is ("[Stryks]", "[Bild]")."""
    return only_names_party(tag) or _ACRONYM_OR_ALL.fullmatch(tag) is not None


# An item that stops where the items under it go on: "Polisen ska öka sin synlighet genom att"
_LEADS_IN = re.compile(r"\batt\s*:?$")
# What a follow-up says was promised: "Polisen lovade att ...", "Kommunen skulle sätta upp".
_PROMISED = re.compile(
    # not what it says of the whole: "en del av det vi lovade gick inte att genomföra"
    r"(?<!det\svi\s)(?<!vad\svi\s)\b(?:lovade|åtog\s+sig|tog\s+på\s+sig)\s+(?:\w+\s+){0,5}?att\b|"
    # "Vi sa också att vi skulle hålla trygghetsvandringar ..."
    r"^(?:vi|polisen|kommunen)\s+(?:sa|sade)\s+(?:också\s+|även\s+)?att\s+"
    r"(?:vi|polisen|kommunen|de)\s+skulle\b|"
    r"^(?:polisen|kommunen|vi|staden|\w+\s+kommun)(?:\s+och\s+(?:polisen|kommunen))?"
    # "Polisen lovade trafikkontroller av ..."; not "Vi lovade för mycket för en liten ..."
    # ... nor a slide's "Vi lovade – vi gjorde"
    r"\s+(?:också\s+|även\s+)?lovade\s(?![–-]|(?:\w+\s+)?för\s+mycket\b)|"
    # not a clause of why: "Eftersom föreningen som skulle organisera vandringarna ..."
    r"^(?!(?:eftersom|då|när|medan|innan|fast|trots)\b)(?:\w+\s+){1,4}?skulle\s+"
    r"(?:tillsammans\s+|gemensamt\s+|också\s+|även\s+|dessutom\s+)?"
    # "Polisen skulle under 2018 ha", "... under löftesåret ha", "Kommunen skulle se över"
    r"(?:under\s+(?:(?:19|20)\d{2}|löftesåret|året|perioden)\s+)?(?-i:[a-zåäö]+as?|se|gå|få|nå)\b|"
    # "Tillsammans skulle polisen och kommunen hålla en träff ..."
    # ... "Tillsammans skulle polis och kommun ta fram ..."
    r"^(?:tillsammans|gemensamt|dessutom|också|även|slutligen|sist|vidare|därutöver)\s+skulle\s+"
    r"(?:polis(?:en)?|kommun(?:en)?|vi|parterna|de)"
    r"(?:\s+och\s+(?:polis(?:en)?|kommun(?:en)?))?\s+(?:tillsammans\s+|gemensamt\s+)?"
    r"(?-i:[a-zåäö]+a|se|gå|få|nå)\b|"  # "Tillsammans skulle vi gå en trygghetsvandring"
    # "Löftet var att ...", "Ett av löftena var att ...", "I löftet ingick att ...", "Det
    # fjärde löftet, också från kommunens sida, var att ..."
    r"^(?:[\w ]{0,30}?\b)?(?:medborgar)?löfte(?:t|na)?(?:,[^,.]{1,40},)?\s+(?:var|innebar)\s+att\b|"
    # "Det tredje löftet, att polisen och kommunen skulle hålla ett föräldramöte, blev inte av"
    r"^(?:[\w ]{0,30}?\b)?löftet,\s+att\s+(?:\w+\s+){1,6}?skulle\b|"
    # "Sämre gick det med löftet om att polis och kommun gemensamt skulle göra ..."
    r"\blöftet\s+om\s+att\s+(?:\w+\s+){0,6}?skulle\b|"
    r"^i\s+(?:medborgar)?löftet\s+(?:ingick|stod(?:\s+det)?|skrev\s+vi|sa\s+vi)"
    r"(?:\s+(?:också|även|dessutom))?\s+att\b|"  # "I löftet stod också att kommunen skulle"
    # a council answer's "Den första delen var att polisen skulle ..."
    r"^(?:den\s+|en\s+)?(?:\w+\s+)?del(?:en)?\s+var\s+att\b|"
    # ... or a spoken answer's "Det ena var att fältassistenterna skulle vara ute ..."
    r"^(?:det|den)\s+(?:ena|andra|första|tredje|fjärde|femte|sista)\s+var\s+att\s+"
    r"(?=[^.]*\bskulle\b)|"
    # a report's numbered promise: 'Löfte 1.1 – "Polisen genomför ..." – är uppfyllt', "Löfte
    # 2.1, att fältgruppen ska ...", "Löfte 2.2 gällde att ..."
    r"\blöfte\s+\d{1,2}(?:\.\d{1,2})?(?:\s*[–-]\s*[”\"“»]|,\s+att\s|\s+gällde\s+att\b)|"
    # told as done "som vi lovade": "Vi har haft poliser till fots i Åre by, som vi lovade",
    # "Löftet om att ge alla krogar ... höll vi", "I Järpen hade vi sagt att polisen skulle"
    # ... not a comparison: "Närvaron blev inte så stor som vi lovade"
    r"(?<!\bså)(?<!\blika)\s+\w+,?\s+som\s+(?:vi\s+)?(?:lovade|lovat|utlovat)\b|"
    r"^(?:löftet|åtagandet)\s+om\s+att\b|\bhade\s+vi\s+(?:sagt|lovat)\s+att\b|"
    # ... "Tillsammans hade polisen och staden lovat att", "hade i sin tur åtagit sig att"
    r"\b(?:hade|har)\s+(?:\w+\s+){0,3}?(?:lovat|åtagit\s+sig)\s+(?:\w+\s+){0,5}?att\b",
    re.IGNORECASE,
)
# The head of a table of activities ("Aktivitet | Ansvarig | När"); its rows are items.
_RESULT_COLUMN = re.compile(
    # ... perhaps the last of two column names read as one: "Planerat Genomfört"
    r"\|\s*(?:(?:planerat|mål|målvärde)\s+)?"
    r"(?:utfall|resultat|status|utfört|genomfört|så\s+(?:gick|blev)\s+det|uppfyllt|"
    r"(?:vad\s+)?vi\s+gjorde)\s*(?:\||$)",
    re.IGNORECASE,
)
# ... its first column what was promised: "Löfte | Status", "VI LOVADE | VI GJORDE"
_PROMISE_TABLE_HEAD = re.compile(
    # ... perhaps after a column that numbers the rows: "Nr | Löfte | Ansvarig | Status"
    r"^(?:(?:nr|#)\.?\s*\|\s*)?(?:(?:aktivitet|åtgärd|insats|löfte|åtagande)\w*|(?:vad\s+)?vi\s+lovade)"
    r"\s*\|",
    re.I,
)
# Who was responsible, labelled: "Ansvar: Tekniska förvaltningen", "Vem: Polisen".
_OWNER = r"(?:Ansvarig|Ansvar|Vem|Utförare)\s*:"
_RESULT_LABEL = re.compile(
    # after who was responsible, in a table row written out as labelled cells ("Ansvarig:
    # Polisen | Status: Genomfört | Kommentar: ...")
    rf"^(?:{_OWNER}[^|\n]{{1,60}}\|\s*)?"
    r"(?:Resultat|Utfall|Status|Så\s+gick\s+det|Genomfört(?:\s+hittills)?|Gjort|Utfört|Kommentar|"
    r"Bedömning|Redovisning|Där\s+står\s+vi\s+(?:nu|i\s+dag)|Prognos(?:\s+helår)?|Måluppfyllelse|"
    # ... on a day: "Läge 30 juni", "Status per den 31 augusti"
    r"(?:Läge|Läget|Nuläge|Status)\s+(?:per\s+)?(?:den\s+)?\d{1,2}\s+[a-zåäö]+(?:\s+\d{4})?|"
    r"Läge|Läget|Nuläge|"
    # a report's part of the year: "Delår 1 (januari–april)", "Helår"
    r"(?:Delår|Tertial|Kvartal)\s+\d(?:\s*\([^()]{1,30}\))?|Helår|Halvår|"
    r"Vad\s+som\s+(?:har\s+)?hänt|Det\s+här\s+har\s+hänt|"
    r"(?:Det\s+här|Detta|Vad\s+som)\s+blev\s+(?:gjort|av)|Så\s+(?:här\s+)?blev\s+det|"
    r"(?:Vi|Polisen|Kommunen)\s+gjorde|Det\s+här\s+gjorde\s+(?:vi|polisen|kommunen))"
    r"(?:\s+(?:19|20)\d{2})?\s*:\s*",  # ... of a year: "Gjort 2025:"
    re.IGNORECASE,
)
# A status report's status words over each promise, and its legend ("Klart = ...", "Gult
# – löftet har genomförts delvis").
# ... and not the legend that explains it: "✔ Klart = det vi lovade är gjort".
_STATUS_LEGEND = re.compile(r"\s(?:=|[–-])\s")
_MARKS_BEFORE = re.compile(r"^[^\w(]+")  # a status's symbol: "◐ PÅGÅR"
_STATUS_LINE = re.compile(
    r"^(?:klart|pågår|(?:ej|inte)\s+(?:påbörjat|genomfört|klart|uppfyllt|gjort)|påbörjat|försenat|"
    r"(?:delvis\s+)?gjort|"
    r"(?:delvis\s+)?(?:genomfört|uppfyllt)|"
    r"grönt|gult|rött|grön|gul|röd)\b\s*(?:(?:=|\s[–-]\s).*)?$",
    re.IGNORECASE,
)
# A report's status after the promise it reports on: "2.3 Bättre belysning vid tunneln –
# Delvis genomfört", "1) Öppen mottagning i Kosta en gång i månaden – Pågår", a traffic
# light's colour ("Belysning i Virsbo – Gult"), a part struck from the promise ("– Stryks"),
# or a post's mark ("Polisen skulle patrullera ... ✅ 48 av 52", "... ⏳ klar i mars").
_STATUS_AFTER = re.compile(
    r"\s+[–—-]\s+(?P<status>(?:(?:delvis|ej|inte)\s+)?(?:genomfört|uppfyllt|påbörjat|klart)|"
    r"pågår|pågående|försenat|pausat|inställt|avbrutet|"
    rf"grönt|gult|rött|grön|gul|röd|{STRUCK})(?:\s*\.?$|[.:]?\s+(?=[A-ZÅÄÖ0-9]))|"
    # ... after a word, not a count ("Sammanfattning: 4 ✔"), nor a badge before a handle
    # ("Polisen Uppsala län ✔ @polisen_uppsala") or a legend's "✔ = genomfört"
    r"(?<=[^\W\d_])\s+(?P<mark>[✅✔☑⏳❌✖])\ufe0f?(?:\s*$|\s+(?![@=]))",
    re.IGNORECASE,
)
# A promise's short name before its status, in a paragraph: a few words, no sentence.
_SHORT_NAME = re.compile(r"[^.!?:]\S*(?:\s+[^.!?:\s]+){0,7}")
# What a post's marks say
_MARK_SAYS = {"✅": "Genomfört", "✔": "Genomfört", "☑": "Genomfört", "⏳": "Pågår"}
_MARK_SAYS_NOT = "Inte genomfört"  # "❌", "✖"
# A slide's number over its title: "Bild 4", "Sida 3".
# A follow-up's part that sums up how it went: "Sammanfattning", "Samlad bedömning".
_SUMMING_UP = re.compile(
    r"^(?:\d{1,2}\.?\s+)?(?:sammanfattning|samlad\s+bedömning|sammantaget|slutsatser?)$",
    re.IGNORECASE,
)
# A follow-up's part on the promise as a whole or on the next period: "Om löftet",
# "Inför 2024".
_ASIDE_OF_FOLLOW_UP = re.compile(
    r"^(?:om\s+löftet(?:\s+(?:19|20)\d{2})?|"
    # ... and what changes next year: "Det här ändrar vi inför 2026", "Förändringar inför 2026"
    r"(?:(?:det\s+här|detta|så)\s+ändrar\s+vi\s+|förändringar\s+|ändringar\s+)?"
    r"inför\s+(?:(?:19|20)\d{2}|nästa\s+år)|"
    # ... and the next promise: "Inför nytt medborgarlöfte 2027"
    rf"inför\s+(?:ett\s+|det\s+)?(?:nytt|nästa)\s+{PROMISE_NOUN}te\w*(?:\s+(?:19|20)\d{{2}})?|"
    r"vad\s+säger\s+[\w\s]{1,30}\?)$",  # a slide's "Vad säger siffrorna?"
    re.IGNORECASE,
)
# A meeting's field: who presents an item, where and when it meets.
_MEETING_FIELD = re.compile(
    r"^(?:föredragande|föredragare|handläggare|sekreterare|justerare|närvarande|frånvarande|"
    r"tid|plats)\s*:",
    re.IGNORECASE,
)
# What a meeting's agenda says of an item in its column: "Information", "Diskussion",
# "Beslut", "Bilaga A".
_AGENDA = re.compile(r"\s(?:information|diskussion|beslut|bilaga\s+[a-z0-9])$", re.IGNORECASE)
# The head of a follow-up's two columns, read as one line: "DET HÄR LOVADE VI   SÅ HÄR
# BLEV DET", "Vad vi lovade  Vad vi gjorde".
_PROMISED_THEN_DONE = re.compile(
    r"^(?:det\s+här\s+|vad\s+)?(?:vi\s+lovade|lovade\s+vi)\s*\|?\s*"
    r"(?:så\s+här\s+blev\s+det|så\s+blev\s+det|(?:det\s+här\s+|vad\s+)?(?:vi\s+gjorde|gjorde\s+vi))$",
    re.IGNORECASE,
)
_SLIDE_NUMBER = re.compile(r"^(?:bild|sida|slide)\s+\d{1,3}$", re.IGNORECASE)
# What a report's block says was promised, over what came of it: "Mål: Polisen gör
# hastighetskontroller ..." over "Utfall: 17 kontroller".
# A heading over what was promised: "Det här lovade vi", "Vad vi har lovat"
_WE_PROMISED = re.compile(r"\b(?:lovade|lovat|utlovat)\b", re.IGNORECASE)
_PROMISED_LABEL = re.compile(
    r"^(?:mål|målet|lovat|utlovat|planerat|vad\s+vi\s+lovade|det\s+här\s+lovade\s+vi|vi\s+lovar|"
    r"så\s+(?:här\s+)?(?:löd|lydde)\s+löftet|"
    r"löftet\s+(?:löd|lydde|var))\s*:\s*",
    re.IGNORECASE,
)
# ... quoted, under the heading that gave its status, before how it went: 'Löftet löd:
# "Polisen patrullerar ..." Poliser har gått i centrum vid 31 tillfällen.'
_QUOTED_AFTER_LABEL = re.compile(r"[\"“”»](?P<promise>[^\"“”»«]{10,}?)[\"“”«]\s*")
# A status report's answer under each promise: "Klart. Polis fanns i fjällen ...",
# "Inte påbörjat. Arbetet har skjutits till augusti."
_STATUS_ANSWER = re.compile(
    r"^(?P<status>klart|pågår|(?:ej|inte)\s+påbörjat|påbörjat|försenat|halvvägs|på\s+gång|"
    r"(?:delvis\s+|ej\s+|inte\s+)?(?:genomfört|klart))"
    r"(?:\s+för\s+(?:19|20)\d{2}(?:\s+och\s+(?:19|20)\d{2})?)?"  # "Klart för 2025 och 2026."
    r"[.!:]\s+(?=[A-ZÅÄÖ0-9])",
    re.IGNORECASE,
)
# The promise followed up, quoted as it was written (»Polisen ska ...«).
_QUOTED_PROMISE = re.compile(r"^[»«\"“”](?P<promise>[^»«\"“”]{10,})[»«\"“”]$")
# "1. ", "2) ", lettered items "a. ", "B) ", Roman numerals "IV. " and a part's items
# numbered with a letter: "1a ", "2b) ".
_NUMBERED = re.compile(
    r"^\s*(?:(?:\d{1,2}|[a-h]|(?-i:[A-H])(?=[.)]\s)|[IVX]{1,4}(?=[.)]\s+[A-ZÅÄÖ]))[.)]\s+(?=\S)|"
    r"[i-z]\)\s+(?=\S)|"  # a long list's later letters, with their parenthesis: "i) ", "j) "
    r"\d{1,2}[a-h][.)]?\s+(?=[A-ZÅÄÖ])|"
    # an agreement's codes for each party's items: "G1 ta fram ...", "K2 byta ..."
    r"[A-ZÅÄÖ]{1,2}\d{1,2}[.:)]?\s+(?=[a-zåäö]))"
)
# A report's section numbers: "1 Löften som genomförts", "2.1 Kommunen inrättar ...".
# ... in capitals too: "1  MER SYNLIG POLIS".
_SECTION_NUMBER = re.compile(
    r"^\s*\d{1,2}(?:\.\d{1,2}){0,3}\s+(?=[A-ZÅÄÖ](?:[a-zåäö]|[A-ZÅÄÖ]{2}))|"
    # ... a paragraph's and its moments' as rules are numbered: "§ 3 Åtaganden", "Mom. 2
    # Polisen ska ..."
    r"^\s*(?:§|[Mm]om\.|[Mm]oment)\s*\d{1,2}[a-h]?\s+(?=[A-ZÅÄÖ])|"
    # ... and a clause's points under it, in lower case: "4.1.2 göra skoterkontroller ..."
    r"^\s*\d{1,2}(?:\.\d{1,2}){2,3}\s+(?=[a-zåäö])"
)
_LABEL = LINE_LABEL
# A follow-up's numbered promise ("Löfte 2: Kommunen ska ...", "Löfte B – ...") or its
# label in a status report ("Vad vi lovade: ...", "Vi sa: ..."); elsewhere "Löfte 2:" heads
# a focus area.
# How a document numbers its promises: "Löfte 2", "Åtagande B", "Löfte 5 (ändrat i augusti)".
_PROMISE_LABEL = r"(?i:löfte|åtagande)"
_PROMISE_NUMBERED = rf"{_PROMISE_LABEL}\s+(?:\d{{1,2}}|[A-H])(?:\s*\([^()]{{1,40}}\))?"
# A numbered promise that states its aim: "Löfte 1. Vi ska ...", "Mål 2: ..."
_GOAL_NUMBER = re.compile(
    rf"^(?:{_PROMISE_LABEL}|mål|fokusområde)\s+\d{{1,2}}[.:]\s", re.IGNORECASE
)
# What was done, told in the past tense after its subject, under the promises it follows
# up: "Polisen gjorde fem kontroller", "Mötet i Burseryd hölls den 6 november",
# "Belysningen monterades i september"; not "Polisen ska göra riktade insatser".
_DONE_IN_THE_PAST = re.compile(
    # a subject of a word or two, perhaps with its place ("Mötet i Burseryd"), then the verb;
    # not an item that opens with what to do ("genomföra riktade kontroller")
    r"^(?=(?-i:[A-ZÅÄÖ]))(?:(?:det|den|de)\s+)?(?:[\w-]+\s+)?[\w-]+(?:\s+(?:i|för|på|vid)\s+[\w-]+)?\s+"
    r"(?!(?:ut)?lovade\b)"
    r"(?:(?-i:[a-zåäö]{2,}(?:ade|dde|rde|lde|kte|pte|ste|tte)s?)|gjorde|gjordes|hölls|höll|fick|"
    r"var|blev|gick|kom|tog|togs|gav|gavs|skrevs|drogs|sattes|byttes)\b",
    re.IGNORECASE,
)
# A heading over what the parties do besides the promise: "Det här gör polisen och kommunen
# redan", "Det här ingår inte i vårt löfte".
_DONE_OUTSIDE = re.compile(
    r"\b(?:gör|görs|arbetar|ingår|utöver|förutom|redan|också|även)\b", re.IGNORECASE
)
# A line the document numbers as one of its promises: "Löfte 1. Polisen gör ...".
_NUMBERED_AS_PROMISE = re.compile(rf"^{_PROMISE_LABEL}\s+\d{{1,2}}\s*[.:]\s+(?=\S)", re.I)
# A milestone of the promise, with when: "Milstolpe 4 (maj 2026): ..."
_MILESTONE = re.compile(r"^milstolpe\s+\d{1,2}\s*(?:\([^()]{1,40}\))?\s*:\s+(?=\S)", re.I)
# What came of a promise numbered in the list above, by a short name for it: "Löfte 2 –
# Mottagningen i Dals Långed: fyra av fem tillfällen".
_NAMED_RESULT = re.compile(
    rf"^{_PROMISE_LABEL}\s+(?P<number>\d{{1,2}})\s*[–:-]\s*(?P<name>[^:.]{{3,60}}):\s+"
    r"(?P<result>\S.*)$"
)
_LONG_WORD = re.compile(r"[^\W\d_]{5,}")


def _restated_over_result(blocks: list[_Block], headings: list[bool], index: int) -> bool:
    """Whether a follow-up's line is a promise restated, a party doing something, over a
    paragraph of what came of it, told in the past ("Kommunen byter ut belysningen i
    gångtunneln" / "Den gamla belysningen ersattes med ledlampor i juni ...")."""
    block = blocks[index]
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    return bool(
        not (block.bullet or block.closed or block.text.endswith(","))
        and len(block.text.split()) <= 16
        and following is not None
        and not (following.bullet or headings[index + 1])
        and (party_does(block.text) or actor_commits(block.text))
        and section_of(block.text) is None  # not "Det här lovar vi 2016" over the lägesbild
        and not governs_the_promise(block.text)
        and _DONE_IN_THE_PAST.match(following.text) is not None
    )


def _names(name: str, outcome: _Outcome) -> bool:
    """Whether a short name refers to the outcome's promise: the first five letters of a
    long word of it recur there ("Hamnen på sommaren" and "ordningsvakter vid gästhamnen")."""
    told = outcome.promise.lower()
    return any(word[:5].lower() in told for word in _LONG_WORD.findall(name))


def _named_outcome(outcomes: list[_Outcome], number: int, name: str) -> _Outcome | None:
    """The promise a short name numbered `number` refers back to: the one of that number if
    it holds the first five letters of a long word of the name ("vandr" of "Vandringarna" in
    "trygghetsvandringar"), else the first that does (the numbers may count a promise left
    out); None when none does."""
    named = [o for o in outcomes if _names(name, o)]
    if 0 < number <= len(outcomes) and outcomes[number - 1] in named:
        return outcomes[number - 1]
    return named[0] if named else None


_NUMBERED_PROMISE = re.compile(
    # "Löfte 1. ...", "Löfte 5 (ändrat i augusti). ..."
    rf"^(?:{_PROMISE_NUMBERED}\s*(?::|\.|[–-](?=\s))|"
    # ... "Vad vi lovade efter ändringen:"
    r"(?:Vad|Det(?:\s+här)?|Detta)\s+(?:lovade\s+(?:vi|polisen|kommunen)|"
    r"(?:vi|polisen|kommunen)\s+lovade)(?:\s+(?:efter|före|från|i)\s+[\w\s]{1,25}?)?\s*:|"
    # ... "Så lydde löftet efter ändringen:"
    r"(?:Så\s+)?(?:lydde|löd)\s+löftet(?:\s+(?:efter|före|från|i)\s+[\w\s]{1,25}?)?\s*:|"
    r"(?:Vi|Polisen|Kommunen)\s+(?:sa|lovade)\s*:)\s*(?=\S)",  # "Vi sa: ..." / "Vi gjorde: ..."
    re.IGNORECASE,
)
# A quotation mark that opens a quote of a list's lead-in and its items, over several lines,
# as a news item quotes a promise: '"Polisen lovar att' / '– ha fotpatrullering ...'.
_QUOTE_MARKS = '"“”»„'
_OPENING_QUOTE = re.compile(r"^[\"“”»„](?=[A-ZÅÄÖ])(?!.*[\"“”«])(?=.*(?:\batt|:)$)")
# A follow-up's heading that only numbers the promise under it: "Löfte 1", "Åtagande B",
# "Löfte 2 (Kommunen)".
_PROMISE_NUMBER = re.compile(rf"^{_PROMISE_NUMBERED}$", re.IGNORECASE)
_PROMISES = re.compile(r"\blovar\b", re.IGNORECASE)
_TITLE_AFTER = re.compile(r"\s*(?:[–-]|:)\s+")  # "Löfte 1 – Tryggare kring stationen"
# ... perhaps as a paragraph of a council's minutes: "§ 12 Uppföljning av medborgarlöftet"
_TITLE_PLACE = rf"(?:§\s*\d{{1,3}}\s+)?{TITLE_PLACE}"
# Who reports, before what: "Polisens uppföljning av ...".
_WHOSE = r"(?:(?:polisens|kommunens|[\w-]+\s+kommuns)\s+)?"
# A report's name for itself: "Slutrapport", "Halvårsrapport", "Återrapportering", a
# council's "Verksamhetsberättelse".
_REPORT = (
    r"(?:(?:halvtids|halvårs|års|del|läges|status|slut|åter)rapport(?:ering)?|"
    r"verksamhetsberättelse)"
)
_FOLLOW_UP_HEADING = re.compile(
    # "Information om uppföljning av medborgarlöftet ..." (an item of a council's minutes)
    rf"^{_TITLE_PLACE}{_WHOSE}(?:(?:information|redovisning|rapport)\s+om\s+)?"
    r"(?:så gick det|så har det gått|hur gick det|"
    r"(?:halvårs|delårs|kvartals|tertial|slut|års)?uppföljning av|"
    # "Så blev medborgarlöftet i Perstorp", "Halvtid i medborgarlöftet"
    rf"så\s+(?:blev|gick)\s+(?:det\s+med\s+)?(?:\w+\s+)?{PROMISE_NOUN}te\w*|halvtid\s+(?:i|för)\s+(?:\w+\s+)?{PROMISE_NOUN}te\w*|"
    r"resultat av|redovisning av|utvärdering av|"
    rf"uppföljning:?\s+(?:\w+\s+)?{PROMISE_NOUN}te|{_REPORT}|"  # "Uppföljning: Medborgarlöfte …"
    r"uppföljning\s+(?:helår|halvår|delår|tertial))\b|"  # under the promise's name
    # "Medborgarlöfte 2025 – uppföljning", a section of a report; "Medborgarlöftet 2026 – en
    # tillbakablick", "Medborgarlöftet 2026 har följts upp"
    rf"^{PROMISE_NOUN}te\w*[^\n]{{0,40}}?(?:(?:\s[–-]|:)\s*"
    r"(?:uppföljning|resultat|redovisning|utvärdering|(?:en\s+)?tillbakablick|"
    # ... "Medborgarlöftet 2026–2027: så har första året gått"
    r"så (?:gick|blev) det|hur det gick|så har (?:det|första året|det första året|halvåret) gått|"
    r"(?:ett|det\s+första)\s+år\s+har\s+gått|"  # "Medborgarlöftet 2025–2026: ett år har gått"
    r"så långt har vi kommit|så blev (?:19|20)\d{2}|"
    # ... "Medborgarlöftet 2019 – så mycket av målen nådde vi"
    r"så\s+(?:mycket|långt)\s+(?:av\s+\w+\s+)?(?:nådde|klarade|hann)\s+vi|"
    # ... or asks what came of it: "Medborgarlöftet 2024 – har tryggheten ökat?"
    r"har\s+[^?\n]{2,40}\?$)"
    # "Medborgarlöfte 2020 – uppföljning delår 1 och helår"; "... – så gick det 2015 👮⚓", a
    # post's emojis after its year
    r"(?:\s+(?:19|20)\d{2})?(?:[^\w\n]*$|,|\s+(?:delår|helår|halvår|per|efter|för|första|andra|hittills|år|i)\b[^.\n]{0,30}$)|"
    r"\shar\s+följts\s+upp\b)|"
    # "Frågor och svar: hur gick det med medborgarlöftet för 2024?"
    # "Nynäshamn: det här blev av med medborgarlöftet 2019"
    r"^(?:[\w-]+\s+){0,3}[\w-]+\s*:\s*(?:så gick det|hur gick det|så har det gått|"
    r"(?:det här|detta|så mycket) blev av|vad blev det av)\b|"
    # a slide's "Vi lovade – vi gjorde: Polisen"
    r"^(?:vad\s+)?vi\s+lovade\s*[–-]\s*(?:vad\s+)?vi\s+gjorde\b|"
    # what was promised, told in the past over the list of it: "Det här lovade vi:", "Det
    # här lovade vi – och så blev det"
    # ... "Det här lovade polisen och kommunen för 2018:"
    # ... "Det här lovade vi och polisen – och så blev det:"
    r"^(?:det\s+här|detta|vad)\s+(?:lovade\s+(?:vi|polisen|kommunen)(?:\s+och\s+(?:vi|polisen|kommunen))?"
    r"(?:\s+(?:för|under|i)\s+(?:19|20)\d{2})?|"
    r"(?:vi|polisen|kommunen)\s+lovade)(?:\s+[–-]\s+och\s+(?:så|hur)\s+\w+\s+det)?\s*[:?]?$|"
    # a headline that says it was kept: "Polisen höll sitt löfte i Härnösand", "två av tre
    # löften hölls"
    rf"^[^\n]{{0,60}}?\b(?:höll|har\s+hållit)\s+(?:sitt\s+|sina\s+|\w+s\s+)?{PROMISE_NOUN}te|"
    # ... "Höll de vad de lovade?"
    r"^[^\n]{0,60}?\bhöll\s+(?:de|ni|vi|polisen|kommunen)\s+(?:vad|det)\s+(?:de|ni|vi)\s+lovade\b|"
    # ... or reached its goals: "Medborgarlöftet nådde sina mål"
    rf"^[^\n]{{0,60}}?\b{PROMISE_NOUN}te\w*\s+(?:hölls|har\s+hållits|(?:nådde|har\s+nått)\s+"
    r"(?:sina|sitt|alla)\s+mål)\b",
    re.IGNORECASE,
)
_STOP_HEADING = re.compile(
    # not "Kontaktpolis på plats ...", a row of a plan
    r"^(?:kontakta oss|kontakt(?:er|person(?:er)?|uppgifter|information)?\b|bilagor|"
    r"för\s+(?:mer|ytterligare)\s+information\b|"
    r"senast (?:ändrad|uppdaterad|granskad)|kommentarer\s*:?$|"  # readers' comments on a post
    r"läs också|läs även|läs mer\s*:?$|se även|"
    r"relaterade (?:artiklar|sidor|länkar|nyheter)|relaterat\s*:?$|"
    r"fler\s+(?:\w+\s+)?nyheter\b|"  # "Fler nyheter från Kronoberg", links to other news
    # the earlier e-mail a reply quotes: "-----Ursprungligt meddelande-----"
    r"-*\s*(?:ursprungligt meddelande|original message))",
    re.IGNORECASE,
)
_DONE_INTRO = re.compile(
    r"(?:(?:genomförda|gjorda)\s+(?:insatser|aktiviteter)|(?:det\s+här|detta)\s+har\s+\w+\s+gjort|"
    r"^i\s+siffror)\s*:?$",
    re.IGNORECASE,
)
# A row of figures in a report: "Anmälda brott i Sala totalt | 2024: 2 310 | 2025: 2 187".
# ... or an item of figures: "4 åtaganden", "Inbrott i bostad: 22 (31)".
_FIGURES_ITEM = re.compile(
    r"^\d[\d\s]*\s+[\w-]+(?:\s+[\w-]+)?(?:\s*\([^()]*\))?$|^[^:|]{1,40}:\s*[\d\s.,%()]+$|"
    r"^[^\W\d_]{3,12}\s+\d{1,3}$|"  # a tally by status: "GRÖNT 4", "Genomförda 5"
    # "Oroliga för bostadsinbrott: 24 % (2021: 29 %)", beside the year before, perhaps with
    # what the figure is and a comment ("... 68 % känner sig trygga (2022: 62 %)",
    # "Anmälda narkotikabrott: 41 (2023: 29) – fler kontroller ger fler anmälningar")
    r"^[^:|]{1,80}:\s*[\d\s.,]+%?\s*(?:[^()|\d]{1,80})?\((?:19|20)\d{2}:\s*[\d\s.,]+%?\)"
    r"(?:\s+[–-]\s[^|]*)?$"
)
_FIGURES_ROW = re.compile(r"^[^|]+(?:\|[\d\s.,:%]+)+$")
# A table's head of periods, "Q1 | Q2 | Q3 | Q4 | Helår": the rows under it are figures.
_PERIOD_CELL = re.compile(
    r"^(?:Q[1-4]|T[1-3]|kvartal\s*[1-4]|tertial\s*[1-3]|helår|totalt|summa|(?:19|20)\d{2}|"
    r"jan|feb|mar|apr|maj|jun|jul|aug|sep|sept|okt|nov|dec)$",
    re.IGNORECASE,
)
# ... by year or in per cent; "Kontroller vid skolan | 8 | 9" under "Löfte | Planerat |
# Utfört" is a promise and what became of it.
_MEASURED = re.compile(r"\|\s*(?:19|20)\d{2}:|%")
# A page's row of links or tools ("Lyssna | Skriv ut | Dela"): short cells only.
_MENU_ROW = re.compile(r"^[^|\s]+(?:\s[^|\s]+){0,2}(?:\s*\|\s*[^|\s]+(?:\s[^|\s]+){0,2})+$")
# A page number in a row's last cell: "| 2 (2)", "| Sida 2 av 3".
# A cell of a table of statistics: "74", "24 %", "1 046", "–".
_FIGURE = re.compile(r"^(?:[\d\s,.]+\s*%?|[–-])$")
_PAGE_CELL = re.compile(r"\|\s*(?:sida\s+)?\d+\s*(?:\(\d+\)|av\s+\d+)?\s*$", re.IGNORECASE)
# A drawn rule, or the line under a Markdown table's head ("--|---|---", "| :--- | --- |").
# ... or a timeline's arrow down to the next time: "↓"
_RULE = re.compile(
    r"^(?:-{2,}|_{3,}|\*{3,}|={3,}|\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-{2,}:?\s*\|?|[↓⬇︎]+)$"
)
_NOT_STARTED = re.compile(r"(?:inte|ej)\b|röd|rött", re.IGNORECASE)
_NOT_DONE = re.compile(r"\binte\s+(?:kunnat\s+)?(?:genomförts|genomföras|gjorts|blivit\s+av)")
_REASON = re.compile(r"på\s+grund\s+av\s+(?:den\s+)?(?P<reason>[^.,;]+)", re.IGNORECASE)
_NAMED_EXAMPLE = re.compile(r",\s*som\s+(?P<what>[^,]+),")
_OTHERS = re.compile(
    r"andra\s+(?:samhälls)?aktörer|berörda\s+aktörer|stödorganisation|"
    r"tillsammans\s+med\s+(?!\w+\s+kommun|polisen|kommunen)|"
    r"i\s+samverkan\s+med\s+(?!polisen\b|kommunen\b|varandra\b|\w+\s+kommun\b)",
    re.IGNORECASE,
)
_POLICE = re.compile(
    r"\bpolis(?:en|ens|myndigheten|myndighetens)?\b|lokalpolisområde|"
    r"\b(?:kommun|kontakt|när|områdes|ungdoms|trafik)polis",  # "Kommunpolisen skulle besöka"
    re.IGNORECASE,
)
_MUNICIPALITY = re.compile(r"\bkommun(?:en|ens|erna|ernas)?\b", re.IGNORECASE)
_CADENCE = (
    (
        re.compile(r"två\s+gånger\s+(?:per|om|i)\s+år(?:et)?|halvårsvis|varje\s+halvår", re.I),
        "twice_yearly",
    ),
    (re.compile(r"årligen|en\s+gång\s+(?:per|om|i)\s+år(?:et)?|varje\s+år|årsvis", re.I), "yearly"),
    (re.compile(r"kontinuerlig|löpande|fortlöpande", re.I), "continuous"),
)
_REPORT_TO = re.compile(
    r"(?:redovisas|rapporteras|återkoppl\w*|avrapporter\w*)\s+(?:\w+\s+){0,2}?(?:för|till)\s+"
    r"(?P<to>[^.]+)",
    re.IGNORECASE,
)
_COUNCIL = re.compile(
    r"((?:[A-ZÅÄÖ][\wåäö-]*\s+)*?(?:[Bb]rotts(?:förebyggande|-\s+och\s+drogförebyggande)|[Ff]olkhälso|[Tt]rygghets)"
    r"\w*\s*(?:rådet|råd)(?:\s+\([A-ZÅÄÖ]+\))?(?:\s+i\s+[A-ZÅÄÖ][\wåäö]+)?)",
)
# A council signs its own report, not the promise: "Solna BRÅ", "Trygghetsrådet".
_A_COUNCIL = re.compile(r"\bBRÅ\b|\w*rådet\b|\bråd\b", re.IGNORECASE)
_SITE = re.compile(r"\b((?:www\.)?[a-zåäö0-9-]+\.se)\b", re.IGNORECASE)


# A page's byline under its title: a row of cells, one of them a date, perhaps with the
# time ("Nyhet | Västernorrland | 16 januari 2026 10:42").
_BYLINE = re.compile(
    rf"(?:^|\|)\s*(?:{date_pattern()})(?:\s+(?:kl\.?\s*)?\d{{1,2}}[.:]\d{{2}})?\s*(?:\||$)"
)
_BYLINE_BLOCKS = 3
# A news item's credits: "Text: Anna Berg, kommunikatör", "Foto: Polisen", "Av Sara Holm".
_CREDIT = re.compile(
    r"^(?:text|foto|bild)\s*:|^av\s+(?-i:[A-ZÅÄÖ][a-zåäöé]+(?:\s+[A-ZÅÄÖ][a-zåäöé-]+){1,2})$",
    re.IGNORECASE,
)
# An introduction that opens with a party or names it as what it does: "Polisen:",
# "Polisens åtaganden:", "Detta gör polisen:", "För polisens del innebär överenskommelsen att:".
_PARTY_OPENS = re.compile(
    r"^(?:(?:detta|det\s+här)\s+gör\s+|för\s+)?(?:polis\w*|lokalpolisområde\w*|kommun\w*|"
    r"staden|stadens|regionen|regionens|\w+\s+kommuns?)\b[^.]*:?$|"
    r"^(?:detta|det\s+här)\s+gör\s+(?:vi|parterna)\b[^.]*:?$",  # "Det här gör vi gemensamt"
    re.IGNORECASE,
)
# A heading or introduction under which a party's present tense is what it undertakes.
_UNDERTAKES = re.compile(
    # ... or asks what a party does: "Vad gör kommunen?", "Vad gör vi tillsammans?"
    r"löfte|åtag(?:ande|it)|aktivitet|insats|^\d{0,2}\.?\s*vad\s+(?:gör|ska)\s+"
    r"(?:vi|polisen|kommunen|parterna|[\w-]+\s+kommun)\b",
    re.IGNORECASE,
)
# A line that says the items under it spell out the sentence above: "Bland annat:".
_ELABORATED = re.compile(
    r"^(?:bland\s+annat|till\s+exempel|konkret(?:\s+innebär\s+det)?|det\s+innebär|"
    r"det\s+betyder|det\s+handlar\s+om|det\s+gäller)\s*:$",
    re.IGNORECASE,
)
# An item that tells how the line above it is done ("Polisen verkar för att fler brott
# anmäls" / "- genom informationsträffar på vårdcentraler"): it goes on that line.
_MEANS = re.compile(r"^(?:genom|med|via)\s")
# A sentence that announces the list below it without a colon: "... är följande."
# A paragraph that opens with what follows it: "Det här är vad vi lovar att göra under ett
# år. Löftet gäller ...".
_SAYS_BELOW = re.compile(
    r"^(?:det\s+här|detta|nedan)\s+är\s+(?:vad|det)\s+(?:som\s+)?(?:vi|polisen|kommunen|parterna)\s+"
    r"(?:lovar|ska|kommer\s+att)\b",
    re.IGNORECASE,
)
# "... är följande.", "... lovar att arbeta för en säkrare trafikmiljö genom att"
_LIST_FOLLOWS = re.compile(r"\bföljande(?:\s+\w+){0,3}\.?$|\bgenom(?:\s+att)?$")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")
# Where a sentence goes on with a second party's undertaking: "Polisen ska patrullera i
# Östra Perstorp, och kommunen lovar att låsa soprummen"; "...; kommunen ska ...".
_SECOND_PARTY = re.compile(
    r"(?:,\s+(?:och|medan|samtidigt\s+som)|;)\s+(?=(?:polisen|kommunen|staden|\w+\s+kommun|vi)\s)",
    re.IGNORECASE,
)
# The conjunction a piece before a second party's undertaking ends with.
_CONJOINED = re.compile(r"(?:,\s*(?:och|medan|samtidigt\s+som)|;)$", re.IGNORECASE)
_YEARS_ONLY = re.compile(r"^(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2})?$")
# How a line's label names the police ("Polisen:", "Lokalpolisområdet:", "LPO:").
_POLICE_LABELS = ("polis", "lokalpolis", "lpo")
# An agreement's list of what the parties agree to do ("Parterna är överens om att").
# What all agreed on, or one party took on whoever it is ("Hallonbergshem AB åtar sig att").
# ... said alone, over the list it opens: "Parterna är överens om att", "... om att under
# avtalstiden särskilt prioritera"
_AGREED_ONLY = re.compile(
    r"^(?:parterna|vi|polisen\s+och\s+kommunen)\s+är\s+(?:också\s+)?överens\s+om\s+att\b[^.]*$",
    re.IGNORECASE,
)
# ... an agreement's "Lilla Edets kommun bidrar med:"
_AGREED = re.compile(
    rf"\böverens\s+om\s+att\b|\b{BINDS_ITSELF}\b|\bbidrar\s+med\s*:$", re.IGNORECASE
)
# A list's introduction without its colon: "Kommunen ska", "Polisen och kommunen lovar att",
# "Parterna är överens om att".
_BARE_INTRO = re.compile(
    r"^(?:[\w-]+\s+){0,4}?(?:polisen|lokalpolisområdet|polismyndigheten|kommunen|vi|kommun|"
    r"parterna|ab|\w*bolaget|lokalpolisområde\s+[\w-]+)\s+"
    # "Nykvarns kommun och polisen skall tillsammans", an agreement's "Parterna ska gemensamt",
    # "Partillebo AB ska särskilt"
    rf"(?:ska|skall|lovar(?:\s+att)?|kommer\s+att|{BINDS_ITSELF}(?:\s+att)?)"
    r"(?:\s+(?:tillsammans|gemensamt|särskilt))?$|"
    r"^(?:[\w-]+\s+){0,4}?(?:är|blev|har\s+kommit)\s+överens\s+om\s+att$|"
    # an agreement's "Eda kommun ansvarar för att", "Parterna ansvarar gemensamt för att"
    r"^(?:[\w-]+\s+){0,4}?(?:polisen|kommunen|kommun|parterna)\s+ansvarar\s+"
    r"(?:gemensamt\s+|tillsammans\s+)?för\s+att$|"
    # "Tillsammans åtar vi oss att", "Bostadsbolaget åtar sig gemensamt att"
    rf"^(?:[\w-]+\s+){{1,4}}?{BINDS_ITSELF}(?:\s+\w+)?\s+att$|"
    # "Under 2026 och 2027 lovar polisen och Östhammars kommun gemensamt att"
    r"^(?:[\w-]+\s+){1,5}?(?:lovar|ska|skall)\s+(?:polisen|kommunen|vi|parterna)"
    r"(?:\s+och\s+(?:[\w-]+\s+)?(?:polisen|kommunen|kommun))?(?:\s+(?:gemensamt|tillsammans))?"
    r"\s+att$|"
    r"^(?:tillsammans|gemensamt|dessutom)\s+(?:ska|skall)\s+(?:vi|polisen|kommunen|parterna)$|"
    # a follow-up's "Enligt löftet skulle", "I löftet stod att"
    rf"^(?:enligt|i)\s+(?:\w+\s+)?{PROMISE_NOUN}tet\s+(?:skulle|stod\s+att)$",
    re.IGNORECASE,
)
# The words a bare introduction ends with: looked at first, they spare most lines its match.
_BARE_INTRO_ENDS = frozenset(
    (
        *("ska", "skall", "lovar", "att", "sig", "tillsammans", "vi", "polisen", "kommunen"),
        *("parterna", "skulle", "gemensamt", "särskilt"),
    )
)


def _bare_intro(line: str) -> bool:
    """Whether the line introduces a list without its colon ("Kommunen åtar sig att")."""
    last = line.rsplit(None, 1)[-1:]
    return bool(last) and last[0].lower() in _BARE_INTRO_ENDS and bool(_BARE_INTRO.match(line))


@dataclass
class _Block:
    text: str
    start: int
    end: int
    bullet: bool = False
    sub: bool = False
    last_text: str = ""  # its last line as the text has it, to tell a wrapped line
    numbered: bool = False
    number: str = ""  # "2" of "2. ", "b" of "b) "
    tight: bool = False  # on the line right after the block before, no blank line between
    recovered: bool = False  # an item of a list that lost its markers, by its lines' layout
    tag: str = ""  # who does the item, in brackets before it: "[Polisen]", "[VBU]"

    @property
    def closed(self) -> bool:
        return self.text.rstrip().endswith((".", "!", "?", ":"))

    @property
    def closed_item(self) -> bool:
        """Whether it ends as an item of a list in running text does: with its comma."""
        return self.text.rstrip().endswith((",", ";"))


def _title_before_name(line: str, following: str) -> bool:
    """Whether a sentence's line ends on a title whose holder's name opens the next line
    ("... skrevs under av kommunstyrelsens ordförande" / "Elin Dahlgård och ..."); not a
    signature's title over its name, a line of its own."""
    person = next(people_named(following), None)
    return (
        len(line.split()) > 4
        and ends_with_title(line)
        and person is not None
        and person.start() == 0
    )


# A legend of the list's marks: "markerat med (pågår redan)", "märkta [ML]", and the mark
# before what it means, "[ML] = ingår i medborgarlöftet".
_MARK = r"[(\[][^()\[\]\n]{1,30}[)\]]"
# "märkta (uppföljning)", also one of several: "märkta (uppföljning) eller (ordinarie)"
_MARKED = re.compile(
    rf"(?:\b(?:markera|märk)\w*\s+(?:med\s+)?|(?<=[)\]])\s*(?:,|eller|och)\s*)(?P<mark>{_MARK})",
    re.IGNORECASE,
)
_MARK_MEANS = re.compile(rf"(?<!\S)(?P<mark>{_MARK})\s*=\s")
_LETTER_MEANS = re.compile(r"^(?P<mark>[A-ZÅÄÖ]{1,3})\s*=\s*(?P<means>[^\n]+)$", re.MULTILINE)
_NOT_IN_IT = re.compile(
    r"\b(?:ingår\s+inte|inte\s+(?:en\s+)?del\s+av|inte\s+med\s+i)\b", re.IGNORECASE
)
_IN_IT = re.compile(
    r"\b(?:ingår\s+i|utgör|är\s+(?:en\s+)?del\s+av|hör\s+till)\s+(?:\w+\s+){0,2}?\w*löfte|"
    r"\blöftet\s+är\s+(?:de|den|det|dessa)\b",  # "Själva löftet är de punkter som är ..."
    re.IGNORECASE,
)
# A legend's sentence that points back to the one before it: "De är märkta [ML]".
_POINTS_BACK = re.compile(r"\s*(?:de|dessa|det|detta|dem)\b", re.IGNORECASE)


_PROMISE_RING = re.compile(
    rf"^(?P<mark>[^|\n]{{1,20}}?)\s+{PROMISE_NOUN}te\w*(?:\s+(?:19|20)\d{{2}}(?:[–-]\d{{2,4}})?)?$",
    re.MULTILINE | re.IGNORECASE,
)


@dataclass(frozen=True)
class _Legend:
    """What a legend says the marks of a list mean: which lines are the promise's."""

    promised: tuple[str, ...] = ()
    unpromised: tuple[str, ...] = ()

    @classmethod
    def of(cls, text: str) -> _Legend:
        """The marks said to be in the promise ("Några av åtgärderna utgör medborgarlöftet.
        De är märkta [ML].", "[ML] = ingår i medborgarlöftet") and those said not to be
        ("... markerat med (pågår redan). De punkterna ... ingår inte i löftet.")."""
        promised: list[str] = []
        unpromised: list[str] = []
        means = _MARK_MEANS.finditer(text) if "=" in text else ()
        for match in itertools.chain(_MARKED.finditer(text), means):
            before = text[max(0, match.start() - 300) : match.start()].split(".")
            after = text[match.end() : match.end() + 160].split(".")
            # its own sentence, the next, and the one before "De är märkta [ML]"
            back = before[-2:-1] if _POINTS_BACK.match(before[-1]) else []
            for sentence in (before[-1], *after[:2], *back):
                if _NOT_IN_IT.search(sentence):
                    unpromised.append(match["mark"])
                    break
                if _IN_IT.search(sentence):
                    promised.append(match["mark"])
                    break
        # A table's column of letters: "L = ingår i medborgarlöftet" over rows "... | L"
        for letter in _LETTER_MEANS.finditer(text):
            if _NOT_IN_IT.search(letter["means"]):
                unpromised.append(f"| {letter['mark']}")
            elif _IN_IT.search(letter["means"]):
                promised.append(f"| {letter['mark']}")
        # A row's shape after its time: "▶ insats som ingår i medborgarlöftet" over rows
        # "18.15 ▶ Vid skolan: ...", "Februari 2027 ▶ Kommunpolisen besöker ..."
        marks = row_marks(text)
        for shape in _SHAPE_MEANS.finditer(text) if marks else ():
            if shape["mark"] not in marks:
                continue
            if _NOT_IN_IT.search(shape["means"]):
                unpromised.append(shape["mark"])
            elif _IN_IT.search(shape["means"]):
                promised.append(shape["mark"])
        # An årshjul's rings: "Ring A Medborgarlöfte 2026" over rows "Ring A | Polisen | ...";
        # the mark counts only if two rows or more open with it
        for ring in _PROMISE_RING.finditer(text):
            if text.count(f"\n{ring['mark']} | ") >= 2:
                promised.append(f"{ring['mark']} |")
        return cls(tuple(dict.fromkeys(promised)), tuple(dict.fromkeys(unpromised)))

    def leaves_out(self, item: str) -> bool:
        """Whether the item, or a cell of its row, ends with a mark of what is not the
        promise's ("Vecka 39 (uppföljning) | Avstämning med rektorerna | Kommunen"), or a
        shape after its time says so ("19.45 ◊ Avslut ...")."""
        return bool(self.unpromised) and (
            item.endswith(self.unpromised)
            or any(cell.rstrip().endswith(self.unpromised) for cell in item.split("|")[:-1])
            or any(_after_time(item, mark) for mark in self.unpromised)
        )

    def promised_mark(self, item: str) -> str | None:
        """The mark of the promise's that opens or closes the item, or stands after its
        time; not the legend's line that says what the mark means."""
        if _IN_IT.search(item):
            return None
        return next(
            (
                m
                for m in self.promised
                if item.startswith(m) or item.endswith(m) or _after_time(item, m)
            ),
            None,
        )


# A legend's line: a shape and what it means ("◊ uppföljning (ingår inte i löftet)").
_SHAPE_MEANS = re.compile(r"^(?:• )?(?P<mark>[\u25a0-\u25ff]) (?P<means>[^\n]+)$", re.MULTILINE)


def _after_time(item: str, mark: str) -> bool:
    """Whether a shape marks the row between its time and its text ("18.15 ▶ Vid ...",
    "Varje måndag ▶ EST-möte ...")."""
    return len(mark) == 1 and f" {mark} " in item[:24]


# A result's label that ends a line, its text wrapped onto the next one.
_LABEL_AT_END = re.compile(r"[.!?]\s+(?:Utfall|Resultat|Status|Kommentar)\s*:$")


# A word no sentence or heading ends with: the line goes on on the next one.
_OPEN_END = re.compile(
    r"\s(?:och|eller|samt|i|vid|på|som|för|med|av|till|om|från|mot|inom|mellan|en|ett|"
    r"genom|hos|enligt|inför|längs|kring|bland)$"
)


# A footnote's mark glued to the word it explains ("strandpromenaden i Skoghall3", "lag1"),
# and the note itself at the foot of the page: "3 Delen mellan badplatsen och båthamnen".
_GLUED_NOTE_MARK = re.compile(r"[a-zåäö]{3}([1-9]\d?)(?=[\s.,;:)]|$)", re.MULTILINE)
_FOOTNOTE = re.compile(r"([1-9]\d?)\s+[A-ZÅÄÖ]")


def _breadcrumb(line: str) -> bool:
    """Whether the line is a page's breadcrumb: "Start > Trygghet > Medborgarlöfte", "Du är
    här: Start / Trygghet / Så gick det"."""
    return line.count(" / ") >= 2 or (
        (">" in line or "\u203a" in line or "»" in line) and bool(BREADCRUMB.match(line.strip()))
    )


def _status_ends(line: str) -> bool:
    """Whether a report's status ends the line ("Belysning vid tunneln – Delvis genomfört"),
    not one that a sentence goes on after ("– Genomfört. Polisen gjorde 19 kontroller vid")."""
    status = _STATUS_AFTER.search(line)
    return status is not None and not line[status.end() :].strip()


# A mark in capitals that opens a line, perhaps parted from it as a cell: "NYTT", "UTÖKAS |".
_STATUS_TAG = re.compile(r"^(?P<tag>[A-ZÅÄÖ]{3,12})(?:\s*\|)?\s+(?=[A-ZÅÄÖ][a-zåäö])")


def _status_tags(lines: list[str]) -> set[str]:
    """The marks in capitals that open two lines or more, as a legend's "NYTT", "UTÖKAS"
    and "FORTSÄTTER" mark a promise's rows ("NYTT  Polisen gör ..."); not a timeline's day
    or month ("MÅNDAG Polisen ..."), which is when the row is done."""
    opening = Counter(
        tag["tag"] for line in lines if (tag := _STATUS_TAG.match(line.strip())) is not None
    )
    return {
        tag
        for tag, lines_opened in opening.items()
        if lines_opened >= 2 and not _TIME_HEADING.fullmatch(tag.capitalize())
    }


def blocks_of(text: str) -> list[_Block]:
    """Paragraphs and list items, with a line that continues a sentence joined to it."""
    blocks: list[_Block] = []
    offset = 0
    blank_since_last = True
    raws = text.split("\n")
    width = wrap_width(raws)
    title = next((raw.strip() for raw in raws if raw.strip()), "")
    broken: _Block | None = None  # a sentence a page break cut, until the page's chrome ends
    marks: dict[str, int] = {}  # each footnote mark, where it first stands
    for mark in _GLUED_NOTE_MARK.finditer(text):
        marks.setdefault(mark[1], mark.start(1))
    last_note: int | None = None
    status_tags = _status_tags(raws)
    for raw in raws:
        line_start, offset = offset, offset + len(raw) + 1
        line = raw.strip()
        if not line or _RULE.match(line):  # a drawn rule ("---") parts as a blank line does
            blank_since_last, last_note = True, None
            continue
        # "3 Delen mellan badplatsen och båthamnen" for "Skoghall3", and the notes numbered
        # on from one ("20202." hides its mark in the year)
        if (note := _FOOTNOTE.match(line)) and (
            marks.get(note[1], line_start) < line_start
            or (last_note is not None and int(note[1]) == last_note + 1)
        ):
            blank_since_last, last_note = True, int(note[1])
            continue
        last_note = None
        if _PAGE_MARK.match(f" {line}"):  # a page's number alone: "Sida 1 av 2", "2 (4)"
            previous = blocks[-1] if blocks else None
            broken = previous if previous is not None and not previous.closed else None
        elif broken is not None and line == title:
            continue  # the running header atop the next page
        elif broken is not None and line[:1].islower():
            # "Polisen bjuder in till" / "Sida 1 av 2" / "informationsträffar om ..."
            broken.text = f"{broken.text} {line}"
            broken.end = line_start + len(raw.rstrip())
            broken.last_text, broken, blank_since_last = line, None, False
            continue
        else:
            broken = None
        numbering = _NUMBERED.match(raw) or _SECTION_NUMBER.match(raw)
        numbered = numbering is not None
        previous = blocks[-1] if blocks else None
        # a row of cells; of two columns ("Löfte | Status") under the table's head or a row;
        # not a page's footer ("STRÄNGNÄS KOMMUN | 2 (2)", "Tjörns kommun | Plan | Sida 1 av 2"),
        # which has no more than three cells ("1 | Kontroller | 10 | 12" is a row)
        cells = not (_PAGE_CELL.search(raw) and raw.count("|") <= 2) and (
            raw.count("|") >= 2
            or (
                " | " in raw
                and previous is not None
                and " | " in previous.text
                and (previous.bullet or bool(_PROMISE_TABLE_HEAD.match(previous.text)))
            )
        )
        table_row = cells and not _PROMISE_TABLE_HEAD.match(line)
        bullet = (
            numbered or table_row or (bool(_BULLET.match(raw)) and not re.match(r"^\s*-\d", raw))
        )
        content = raw[numbering.end() :].strip() if numbering else line
        content = _BULLET.sub("", raw).strip() if bullet and not numbering else content
        tag = _PARTY_TAG.match(raw)
        tag = tag if tag and _names_a_party(tag["tag"]) else None
        marked = _STATUS_TAG.match(content) if status_tags else None
        if marked and marked["tag"] in status_tags and party_does(content[marked.end() :]):
            # "FORTSÄTTER Polisen har två områdespoliser ...", its mark a legend explains
            bullet, cells, content = True, False, content[marked.end() :]
        if tag:
            bullet, content = True, raw[tag.end() :].strip()  # "[Polisen] Polisen gör ..."
        elif numbering and (tag := _PARTY_IN_PARENTHESES.match(content)):
            if _names_a_party(tag["tag"]):
                content = content[tag.end() :].strip()  # "a) (Polisen) Polisen gör ..."
            else:
                tag = None
        if content[:1] in _QUOTE_MARKS:
            content = _OPENING_QUOTE.sub("", content)
        if (
            numbering
            and not _NUMBERED.match(raw)
            and (_bare_intro(content) or (content.endswith(":") and promised_by_intro(content)))
        ):
            # a report's section "3.2 Bodens kommun ska", "5.1 Polisen ansvarar för att:"
            # opens its list
            bullet = False
        start = line_start + raw.index(content[:1]) if content else line_start
        # A sentence that runs on to the next line continues in lower case, or after a
        # line the text was wrapped at (it is long and the next word would not have fitted
        # on it); a short line without a full stop is a heading, and a label, an
        # introduction ("Det här har vi gjort:") or a table's head starts anew.
        # "Kommunen åtar sig att" / "sammankalla ... per år," / "placera ...,": an item of a
        # list that lost its markers, each closed by its comma, under its intro or the item
        # before it
        unmarked = (
            previous is not None
            and not bullet
            and content[:1].islower()
            and content.endswith((",", ";", "."))
            and (_bare_intro(previous.text) or (previous.recovered and previous.closed_item))
        )
        continues = (
            previous is not None
            and (not bullet or _MEANS.match(content) is not None)
            and not cells
            # "... vid Stenbocksgatan. Utfall:" / "arbetet blev klart i november."
            and (not previous.closed or _LABEL_AT_END.search(previous.last_text) is not None)
            and not _status_ends(previous.last_text)  # "… – Ej påbörjat" ends its line
            and not _LABEL.match(content)
            and not unmarked
            and not FIELD_LINE.match(content)
            # a page's breadcrumb is a line of its own, between its menu and its title
            and not _breadcrumb(content)
            and not _breadcrumb(previous.last_text)
            and not (content[:1].isupper() and actor_commits(" ".join(content.split()[:6])))
            and not (content[:1].isupper() and content.endswith(":"))  # an introduction
            and not _NUMBERED_PROMISE.match(content)  # "Löfte 3 – ...", "Löfte 3: ..."
            and not _TIME_STAMP.match(content)  # a timeline's row: "v. 25: Polisen gör ..."
            # a timeline's "juli–augusti 2026", not an item's "under" / "juni–augusti"
            and not (_TIME_HEADING.fullmatch(content) and (blank_since_last or previous.closed))
            # a heading in capitals under an item ("VÄSTERÅS STAD"), not a title's second line
            and not (content.isupper() and not previous.last_text.isupper())
            # a group's label between a table's rows ("LÖFTET", "STYRNING"), not its head's rest
            and not (content[:1].isupper() and " | " in previous.last_text)
            and (
                content[:1].islower()
                or (
                    not blank_since_last
                    and (
                        wrapped(previous.last_text, content, width)
                        # "… i Vaggeryd och" / "Skillingaryd minst …": no line ends on "och",
                        # nor a long one on a comma ("… i Djurås," / "Gagnef kyrkby och …")
                        or _OPEN_END.search(previous.last_text) is not None
                        or (
                            previous.last_text.endswith(",")
                            and long_line(previous.last_text, width)
                        )
                        or _title_before_name(previous.last_text, content)
                        # who does the item, in brackets on a line of its own: "(Polisen)"
                        or ENDS_WITH_PARTY.fullmatch(f" {content}") is not None
                    )
                )
            )
        )
        # A row whose first cell goes on in lower case is the rest of the row above, wrapped
        # in its cells ("Unga | Fältsekreterare och | Malmö stad" / "polisens ungdomsgrupp
        # går | och Polisen").
        continues = continues or (
            previous is not None
            and cells
            and " | " in previous.text
            and content[:1].islower()
            and not blank_since_last
        )
        if previous is not None and continues:
            previous.text = f"{previous.text} {content}"
            previous.end = start + len(content)
            previous.last_text = line
        elif content:
            blocks.append(
                _Block(
                    content,
                    start,
                    start + len(content),
                    bullet,
                    bool(_SUB_BULLET.match(raw)),
                    line,
                    numbered,
                    numbering[0].strip(" .)\t") if numbering else "",
                    not blank_since_last,
                    recovered=unmarked,
                    tag=tag["tag"] if tag else "",
                )
            )
        blank_since_last = False
    blocks = _without_contents(blocks)
    _mark_unmarked_items(blocks)
    return blocks


# A page's table of contents: "Innehåll på sidan", "På den här sidan", over its headings.
_CONTENTS = re.compile(
    r"^(?:innehåll\s+på\s+(?:den\s+här\s+)?sidan|på\s+den\s+här\s+sidan)$",
    re.IGNORECASE,
)


def _without_contents(blocks: list[_Block]) -> list[_Block]:
    """The blocks without a page's table of contents: its heading and the short lines right
    under it, each the name of a heading further down ("Våra löften", "Så följer vi upp"),
    which would otherwise read as a list under the one that names the promises."""
    kept: list[_Block] = []
    in_contents = False
    for block in blocks:
        if _CONTENTS.match(block.text):
            in_contents = True
            continue
        in_contents = (
            in_contents
            and block.tight
            and not block.text.endswith(".")
            and len(block.text.split()) <= 8
        )
        if not in_contents:
            kept.append(block)
    return kept


def _announces(block: _Block) -> bool:
    """Whether a paragraph announces a list: "Det här gör vi:", "... är följande.",
    "Kommunen åtar sig att"."""
    text = block.text
    return not block.bullet and (
        text.endswith(":")
        or bool(
            _LIST_FOLLOWS.search(text)
            or _bare_intro(text)
            or _SAYS_BELOW.match(text)
            or PROMISES_BELOW.match(text)
        )
    )


def _announced(paragraph: str) -> Section | None:
    """The section a paragraph opens that announces a list: its last sentence's, when that
    says ("Därför har vi valt följande:" after "Lägesbilden för 2021 visar att ..."), else
    the whole paragraph's ("Lägesbilden har tagits fram av ... Följande underlag har
    använts:")."""
    said = sentences(paragraph)
    last = section_of(said[-1]) if len(said) > 1 and paragraph.endswith(":") else None
    if (
        not last
        and "löft" in said[-1].lower()  # not "Utöver det ordinarie arbetet åtar sig ..."
        and refusal(said[-1]) in (BEYOND_THE_PROMISE, NOT_IN_THE_PROMISE)
    ):
        return Section.NOT_PROMISES  # "Utöver medborgarlöftet har rådet följt flera insatser:"
    return last or section_of(paragraph)


def _introduces(block: _Block) -> bool:
    """Whether a line opens a list, even one that lost its markers: one that announces it,
    or a heading that names what the promise holds ("Åtgärder", "Insatser 2027", "Fyra
    fokusområden"; a title with years names the document)."""
    return _announces(block) or (
        _is_heading(block)
        and (not re.search(r"\d{4}", block.text) or promised_by_intro(block.text))
        and section_of(block.text) is Section.PROMISES
    )


def _mark_unmarked_items(blocks: list[_Block]) -> None:
    """A list that lost its markers (copied from a web page whose bullets are drawn by its
    style sheet): under a line that announces a list, two or more lines in a row with no
    blank line between them, or lines that go on in lower case from "... att:", are its
    items."""
    for index, intro in enumerate(blocks):
        if not _introduces(intro):
            continue
        run = lower = 0
        following = blocks[index + 1 :]
        for block in following:
            if block.bullet or _introduces(block) or not _item_like(block.text):
                break
            if block.text[:1].islower():
                lower += 1
            # A list of sentences ends at a line that reads as a heading ("Beslutsunderlag"),
            # and a heading over its paragraph is no list of phrases.
            elif (run and (not block.tight or _unlike(following[0], block))) or lower:
                break
            run += 1
        # One line right under "Polisens aktiviteter:" is that list's one item.
        single = (
            run == 1
            and intro.text.endswith(":")
            and (names_party(intro.text) or section_of(intro.text) is Section.PROMISES)
        )
        if run >= 2 or lower or single:
            for block in blocks[index + 1 : index + 1 + run]:
                block.bullet = block.recovered = True


def _party_bullet(blocks: list[_Block], index: int) -> bool:
    """Whether an item only names who does the lines right under it ("● Polisen" over
    "Hastighetskontroller på väg 151 ..."), as a roadmap's party marks do."""
    block = blocks[index]
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    return (
        block.bullet
        and not block.numbered
        and len(block.text.split()) <= 4
        and names_who(block.text)
        and following is not None
        and following.tight
        and not following.bullet
    )


def _items_under_party_bullets(blocks: list[_Block]) -> None:
    """Two or more items that each only name a party over lines of their own head those
    lines as a party's heading heads its items: the lines are the party's items."""
    labels = [index for index in range(len(blocks)) if _party_bullet(blocks, index)]
    if len(labels) < 2:
        return
    for index in labels:
        blocks[index].bullet = False
        for block in itertools.takewhile(
            lambda block: block.tight and not block.bullet, blocks[index + 1 :]
        ):
            block.bullet = block.recovered = True


def _item_like(text: str) -> bool:
    """Whether a line could be an item of a list that lost its markers: not a name, a
    question, a row of buttons ("Annika Persson", "Varför inte här?", "Gilla · Svara"), a
    paragraph of three sentences or more (why, under "Det här gör polisen", where a PDF
    viewer dropped the blank lines) or what came of the promise above ("Utfall: ...")."""
    return (
        len(text.split()) > 3
        and not text.endswith("?")
        and text[:1] not in "#·"
        and len(_SENTENCE_BREAK.findall(text)) < 2
        and not _RESULT_LABEL.match(text)
    )


def _unlike(first: _Block, block: _Block) -> bool:
    """Whether one line is a sentence and the other a heading: not items of one list."""
    return (first.closed and _is_heading(block)) or (block.closed and _is_heading(first))


# A line that says what is promised, not only that a list of promises follows.
_PROMISES_WHAT = re.compile(r"\blovar\s+att\s+\w+\s+\w+\s+\w+", re.IGNORECASE)


_MEASURE_FIELD = re.compile(
    r"^(?:indikator|målvärde|mätmetod|utgångsläge|mätetal|nyckeltal|kostnad|budget)\w*\s*:\s*\S",
    re.IGNORECASE,
)


def _is_heading(block: _Block) -> bool:
    text = block.text
    # a table's caption may run longer: "Tabell 2. Ordinarie verksamhet som bidrar till
    # tryggheten (ingår inte i löftet)"
    caption = TABLE_CAPTION.match(text) is not None
    return (
        (not block.bullet or block.numbered)
        and len(text) <= (120 if caption else 80)
        and not text.endswith((".", ",", ";", ":", "!"))
        and (text[:1].isupper() or _TIME_HEADING.fullmatch(text) is not None)
        and not _LABEL.match(text)
        # a promise's measure or owner under it: "Målvärde: minst 24 per år", "Ansvarig: ..."
        and not _MEASURE_FIELD.match(text)
        and not _RESPONSIBLE.match(text)
        and not _MEETING_FIELD.match(text)  # "Föredragande: Elin Borg" under an agenda's item
        and (caption or len(text.split()) <= 10)
        and not (_CREDIT.match(text) or PUBLISHED.match(text))
        # "Polisen ska patrullera i parken" and "Kommunen inför säkra skolvägar vid tre
        # skolor" are items, "Det här ska vi göra" and "Polisen informerar" headings
        and not (
            (actor_commits(text) or (party_does(text) and len(text.split()) >= 5))
            # "Kommunen lovar att fortsätta med fältverksamhet" says what, "Det här lovar
            # vi" opens a list
            and (section_of(text) is None or _PROMISES_WHAT.search(text) is not None)
        )
        # "Klottersanering – kommunen"; not "Löfte 1 (Polisen)", which numbers a promise
        and not (ENDS_WITH_PARTY.search(text) and not _PROMISE_NUMBER.match(text))
    )


def _headings(blocks: list[_Block]) -> list[bool]:
    """Which blocks are headings. A numbered line that heads nothing but the next numbered
    line is an item of a list ("1. Fler vuxna ute" / "2. Snabbare sanering"), not one of
    a document's numbered focus areas, each of which heads its own text."""
    headings = [_is_heading(b) for b in blocks]
    for index, block in enumerate(blocks):
        if not (block.numbered and headings[index]):
            continue
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        previous = blocks[index - 1] if index else None
        if (following is not None and _next_number(block, following)) or (
            previous is not None and _next_number(previous, block) and not headings[index - 1]
        ):
            headings[index] = False
    return headings


def _next_number(block: _Block, following: _Block) -> bool:
    """Whether the following block is the next item of the same numbered list (2 after 1,
    b after a): "6. Uppföljning" after "d) ..." is the next of another list."""
    first, then = block.number, following.number
    if first.isdigit() and then.isdigit():
        return int(then) == int(first) + 1
    return len(first) == len(then) == 1 and first.isalpha() and ord(then) == ord(first) + 1


def _parties(subject: str, inherited: tuple[str, ...] = ()) -> list[str]:
    """Who promises, from the words before "lovar" or a label; inherited when it says nobody.

    Promises are made by the police and the kommun: a promise that names
    only other actors is made by both together with them.
    """
    police = _POLICE.search(subject) is not None
    municipality = _MUNICIPALITY.search(subject) is not None
    found = set(inherited) if not (police or municipality) else set()
    if police:
        found.add("police")
    if municipality:
        found.add("municipality")
    if _OTHERS.search(subject):
        found.add("others")
    if not found & {"police", "municipality"}:
        found |= {"police", "municipality"}
    return [p for p in ("police", "municipality", "others") if p in found]


def _first_sentence_block(text: str) -> str:
    """A list item's undertaking without the example sentences that follow it."""
    parts = re.split(r"(?<=[.!?])\s+(?=Exempel\b|Till exempel\b)", text, maxsplit=1)
    return parts[0].strip()


# A sentence after the undertaking that only says why it is done ("Detta som ett steg i
# att öka integrationen.", "Arbetet syftar till …") is background, not part of the promise.
_WHY = re.compile(
    r"(?<=[.!?])\s+(?:Detta\s+(?:som\s+ett\s+steg|för\s+att|görs\s+för\s+att)"
    r"|(?:Projektet|Arbetet|Syftet|Insatsen)\s+(?:syftar|är\s+att))\b[^.!?]*[.!?]?\s*$",
    re.IGNORECASE,
)


def _without_why(text: str) -> str:
    """The undertaking without a closing sentence that only gives its reason."""
    return _WHY.sub("", text).rstrip()


@dataclass
class _Promise:
    text: str
    focus_area: str | None
    parties: list[str]
    start: int
    end: int
    judgement: Judgement
    commitments: list[Commitment] = field(default_factory=list)
    # A party undertakes it in its own words or in the introduction of its list ("Polisen
    # åtar sig att" / "• genomföra ..."): what an agreement holds of promises.
    undertaken: bool = False
    # Its time in a plan laid out by time, when its row names it ("Juli"), not its heading.
    when: str | None = None

    def as_contract(self, document: str) -> Promise:
        """The contract's promise; `document` is the whole text, where baselines may stand."""
        return {
            "text": self.text,
            "focus_area": self.focus_area,
            "parties": self.parties,
            "themes": themes_of(self.text, heading=self.focus_area or ""),
            "commitments": self.commitments,
            "targets": with_baselines(parse_targets(self.text), document),
            "source": {"start": self.start, "end": self.end},
            "confidence": self.judgement.confidence,
            "reason": self.judgement.reason,
        }


@dataclass(frozen=True)
class _SectionSchedule:
    """A schedule a section's introduction sets for what its items name.

    "Kontroller ska genomföras minst en gång per år." above "Kommun: Deltagande
    vid kontroll." gives the kommun's item the same schedule.
    """

    stem: str
    schedule: Schedule

    @classmethod
    def stated_in(cls, paragraph: str) -> _SectionSchedule | None:
        for sentence in sentences(paragraph):
            match = re.match(
                r"(?P<subject>[A-ZÅÄÖ][a-zåäö]+)\s+ska\s+(?:genomföras|ske)\b", sentence
            )
            schedule = parse_schedule(sentence) if match else None
            if match and schedule:
                stem = re.sub(r"(?:erna|arna|er|ar|na)$", "", match.group("subject").lower())
                return cls(stem, schedule)
        return None

    def applies_to(self, undertaking: str) -> bool:
        return len(self.stem) >= 4 and self.stem in undertaking.split(". ")[0].lower()


def _heads_the_text(blocks: list[_Block], promise: _Promise) -> bool:
    """Whether the promise is a line at the head of the text that does not end a sentence:
    among its first lines, or after only lines that end none (a paper's name and menu)."""
    for index, block in enumerate(blocks[:_HEADLINE_BLOCKS]):
        if block.start <= promise.start < block.end:
            return not block.bullet and not block.closed
        if index >= _FIRST_LINES and block.closed:
            return False
    return False


_FIRST_LINES = 4
_HEADLINE_BLOCKS = 10
# Words of a lead that say nothing of what in particular is promised.
_GENERAL_WORDS = frozenset(
    {
        "polisen", "kommunen", "lokalpolisområde", "tillsammans", "medborgarlöfte",
        "medborgarlöftet", "medborgarlöften", "löftet", "gäller", "skrivit", "undertecknat",
        "tryggare", "tryggheten", "trygghet", "invånarna", "boende", "kommer", "arbeta",
        "arbetar",
    }
)  # fmt: skip


def _lead_summing_up(blocks: list[_Block], promises: list[_Promise], places: set[str]) -> int:
    """How many promises at the head are a news item's lead: a paragraph at the head of the
    text, a few others (a byline, the signing) before the body's promises, whose particular
    words (not a place's name) come back in at least two of them: "lovar fler kontroller på
    riksväg 99 ..." over "Polisen gör nykterhetskontroller på riksväg 99 ..."; 0 when none."""
    block = next(
        (b for b in blocks[:_HEADLINE_BLOCKS] if b.start <= promises[0].start < b.end), None
    )
    if block is None or block.bullet:
        return 0
    lead = [p for p in promises if p.start < block.end]  # perhaps a sentence each of two
    rest = promises[len(lead) :]
    between = [b for b in blocks if rest and block.end <= b.start < rest[0].start]
    if len(lead) > 2 or len(between) < 3:
        return 0  # a promise told right before the next is one of them
    named = {place.lower() for place in places}
    words = {
        word
        for word in re.findall(r"[a-zåäö]{6,}", " ".join(p.text for p in lead).lower())
        if word not in _GENERAL_WORDS and word not in named
    }
    later = " ".join(p.text.lower() for p in rest)
    return len(lead) if sum(word[:6] in later for word in words) >= 2 else 0


def _candidate(passage: _Block | _Promise, judgement: Judgement) -> Candidate:
    """A passage offered on the review page: a block not taken, or a promise let go."""
    return {
        "text": passage.text,
        "source": {"start": passage.start, "end": passage.end},
        "confidence": judgement.confidence,
        "reason": judgement.reason,
    }


def _worth_offering(text: str, section: Section, *, bullet: bool) -> bool:
    """Whether a passage not taken is still shown on the review page, to take with one click:
    one that commits someone, any line of the promise part, an item of a list or a line
    where a party does something ("Kommunen ordnar sommarvärdar") outside any section;
    never a purpose, background or results section's plain lines."""
    if len(text.split()) < 4:
        return False
    return (
        commits(text)
        or section is Section.PROMISES
        or (section is Section.NEUTRAL and (bullet or party_does(text)))
    )


# How a promise written as a short line starts: a change ("Fler vuxna ute ...", "Ökad
# närvaro ...") or what is to be done ("Förebygga ...", "Genomföra ...").
_SHORT_PROMISE = re.compile(
    r"^(?:fler|färre|mer|mindre|ökad|ökat|ökade|minskad|minskat|minskade|bättre|tryggare|"
    r"synligare|tydligare|stärkt|stärkta|öka|minska|stärka|förbättra|förebygga|motverka|"
    r"förhindra|skapa|utveckla|genomföra|erbjuda|arbeta|synas|finnas)\b",
    re.IGNORECASE,
)


# A line that says who is responsible for the line above ("Ansvar: Polisen").
_RESPONSIBLE = re.compile(
    # ... "Leveransägare: Polisen", "Aktivitetsägare: ..."
    r"^(?:(?:(?:Huvud)?ansvar(?:ig|iga)?(?:\s+(?:part|aktör|förvaltning|enhet))?|Owner|\w*ägare|"
    r"Utförare|Vem|Deltar|Deltagare)\s*:\s*\S|"
    r"[\w ]{2,40}\s+ansvarar\s*\|)",  # a form's tick row: "Polisen ansvarar | ☒ Ja | ☐ Nej"
    re.IGNORECASE,
)
# The tick boxes of a form's row, each with its label: "☒ Ja", "☐ Halvårsvis", "[x] Nej".
_TICK_CELL = re.compile(r"^(?:[☐☒☑✓✔✗✘]|\[[ xX]?\])(?:\s+\w+)?$")
# The field of a filled-in form that says what is done, next to the field that says who
# ("Ansvarig part: Polisen" / "Beskrivning: Riktad närvaro vid resecentrum").
_WORD = re.compile(r"[^\W\d_]{2,}")
# ... its value perhaps in a column of its own: "Vad: | Avstämning i brottsförebyggande rådet"
_DESCRIBED = re.compile(
    r"^(?:Beskrivning|Aktivitet|Insats|Vad|Hur|Görs\s+där)\s*:\s*(?:\|\s*)?(?=\S)", re.IGNORECASE
)
# ... and the field that says when or where ("NÄR: | torsdag–lördag kl. 18–01", "Var: Ale
# kommunhus"), which is no promise
_TIME_FIELD = re.compile(
    r"^(?:När|Tid|Tidpunkt|Datum|Tidsram|Tidplan|Period|Start|Slut|Klart|Var|Plats)\s*:",
    re.IGNORECASE,
)
# A promise told as new beside the one it replaces ("Nytt löfte 2026: Polisen gör ...",
# "Tidigare löfte (2025, avslutat): ..."): only the new one is promised.
_NEW_PROMISE = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:nytt|årets)\s+löfte(?:\s+\d{4})?\s*:\s*(?=\S)", re.IGNORECASE
)
_NOW = re.compile(r"^nu\s*:\s*(?=\S)", re.IGNORECASE)
_OLD_PROMISE = re.compile(
    # ... or an undertaking changed: "Tidigare: Kommunen ser över belysningen" / "Nu: ..."
    r"^(?:tidigare|förra\s+årets|avslutat|gammalt)\s+löfte\b[^:]{0,40}:|^tidigare\s*:",
    re.IGNORECASE,
)
# A table's column for who does each row: "Vem", "Ansvarig", "Ansvarig part", "Ansvarig aktör".
_WHO_CELL = re.compile(
    r"^(?:vem(?:\s+gör(?:\s+det)?|\s+ansvarar)?|"
    r"(?:huvud)?ansvar\w*(?:\s+(?:part|parter|aktör|aktörer))?|part|utförare)\??$",
    re.IGNORECASE,
)
_WHAT_CELL = re.compile(
    # ... perhaps after the number column it shares a cell with: "Nr Aktivitet"
    r"^(?:(?:nr|#)\.?\s+)?"
    r"(?:vad(?:\s+(?:vi|ska|gör)\s+\w+)?|aktivitet\w*|åtgärd\w*|insats\w*|åtagande\w*|"
    r"löfte\w*)\??$",
    re.IGNORECASE,
)


def _over_periods(row: str) -> bool:
    """Whether a table's head row names periods ("Q1 | Q2 | Q3 | Q4 | Helår"), perhaps after
    the name of what it measures ("Nyckeltal trygghet | 2021 | 2022 | 2023")."""
    cells = [cell.strip() for cell in row.split("|") if cell.strip()]
    periods = cells[1:] if cells and not _PERIOD_CELL.match(cells[0]) else cells
    return len(periods) >= 2 and all(_PERIOD_CELL.match(cell) for cell in periods)


def _is_table_head(text: str) -> bool:
    """The head of a table of promises: a row with a cell for who and one for what
    ("Vem | Vad | När", "Aktivitet | Ansvarig | Tidpunkt"), or a column for each party that
    marks its part ("Nr | Löfte | Polisen | Kommunen"); each row under it is one. A plan by
    time with a column for each party holds one in each of its cells."""
    cells = [cell.strip() for cell in text.split("|")] if "|" in text else []
    return bool(_party_columns(text) or _year_columns(text)) or (
        any(_WHAT_CELL.match(c) for c in cells)
        and (_has_who_column(text) or sum(map(only_names_party, cells)) >= 2)
    )


def _has_who_column(head: str) -> bool:
    """Whether a table's head has a column for who does each row ("Nr | Åtgärd | Ansvarig |
    Tidplan")."""
    return "|" in head and any(_WHO_CELL.match(cell.strip()) for cell in head.split("|"))


# The first column of a plan laid out by time: "Månad", "Vecka", "När".
_WHEN_CELL = re.compile(
    r"^(?:månad|vecka|veckor|när|tid|tidpunkt|datum|kvartal|period|termin|säsong)$", re.I
)


# ... or by what it is about: "Fokusområde", "Område", "Tema".
_TOPIC_CELL = re.compile(r"^(?:fokusområde|insatsområde|område|tema|problem)$", re.I)
# A party's column that says it undertakes: "Dorotea kommun åtar sig", "Polisen ska".
_UNDERTAKES_IN_HEAD = re.compile(rf"\s+(?:{BINDS_ITSELF}|ska|skall|lovar)(?:\s+gemensamt)?$", re.I)


def _party_columns(head: str) -> dict[int, str]:
    """A plan's columns, by time or topic and one for each party ("Månad | Polisen |
    Nynäshamns kommun | Tillsammans | Uppföljning", "Fokusområde | Dorotea kommun åtar sig |
    Polisen åtar sig"): where each party's cell stands, and whose it is; else none."""
    cells = [cell.strip() for cell in head.split("|")] if "|" in head else []
    parties = {
        at: named
        for at, cell in enumerate(cells)
        if at and only_names_party(named := _UNDERTAKES_IN_HEAD.sub("", cell))
    }
    first = cells[0] if cells else ""
    return (
        parties
        if len(parties) >= 2 and (_WHEN_CELL.match(first) or _TOPIC_CELL.match(first))
        else {}
    )


# A plan's columns by year: "Nr Område | 2026 | 2027 | Ansvar".
_YEAR_CELL = re.compile(r"^(?:19|20)\d{2}$")
# A later year's cell that says the earlier one's again: "Som 2026.", "Samma upplägg som
# 2026.", "Fältassistenten fortsätter.", "En likadan vandring i Dala-Järna".
_AS_BEFORE = re.compile(
    r"^(?:som\s+(?:19|20)\d{2}\b|samma\s+(?:\w+\s+)?som\b|(?:\w+\s+){1,2}fortsätter\b|"
    r"(?:en\s+|ett\s+)?likadan)",
    re.IGNORECASE,
)


def _year_columns(head: str) -> dict[int, str]:
    """A plan's columns for each year, beside one for who does the row ("Nr Område | 2026 |
    2027 | Ansvar"): where each year's cell stands; the party is the row's."""
    cells = [cell.strip() for cell in head.split("|")] if "|" in head else []
    years = {at: "" for at, cell in enumerate(cells) if _YEAR_CELL.match(cell)}
    return years if len(years) >= 2 and _has_who_column(head) else {}


def _party_cells(row: str, columns: dict[int, str]) -> list[tuple[int, str, tuple[str, ...]]]:
    """A row's cells under a plan's party columns, each with where it starts and whose it
    is ("Februari | Föreläsning om bedrägerier ... | Hemtjänsten delar ut ... | – | –");
    a dash is no part in that month."""
    found: list[tuple[int, str, tuple[str, ...]]] = []
    at = 0
    for index, cell in enumerate(row.split("|")):
        said = cell.strip()
        # (not a cell refused as a whole, "Om resurserna medger: ... Ingår inte i löftet.",
        # unless it only says first that the earlier year's goes on)
        if index in columns and said.strip("–- ") and (not refusal(said) or _AS_BEFORE.match(said)):
            # each sentence of a cell its own ("Gör trafikkontroller på E45 ... i månaden.
            # Skoterpatrull i Borgafjäll under sportlovsveckorna.")
            for sentence in sentences(said):
                if _AS_BEFORE.match(sentence):
                    continue
                found.append((at + cell.index(sentence), sentence, tuple(_parties(columns[index]))))
        at += len(cell) + 1
    return found


def _heads_nothing(block: _Block, following: _Block | None) -> bool:
    """Whether a line of the promise part read as a heading reads like a promise written
    short ("Fler vuxna ute i centrum på helgkvällar") and heads no list and no paragraph
    that commits someone (which would make it the heading of a focus area): the review
    page then offers it."""
    if len(block.text.split()) < 4 or not _SHORT_PROMISE.match(block.text):
        return False
    return following is None or not (following.bullet or following.sub or commits(following.text))


def _stands_alone(blocks: list[_Block], index: int) -> bool:
    """Whether an item stands alone, with no item beside it: an interview's reply after its
    dash ("Vad lovar ni då?" / "– Polisen åtar sig att ... Vi ska också ..."), which is a
    paragraph."""
    beside = [blocks[i] for i in (index - 1, index + 1) if 0 <= i < len(blocks)]
    return not any(b.bullet for b in beside)


def _among_parties(
    blocks: list[_Block], headings: list[bool], index: int, promises: list[_Promise]
) -> bool:
    """Whether the nearest paragraph before or after this one, headings aside, also opens
    with a party and what it does or will do, or the passage before it was taken as a
    promise (the items under "Polisen:" before a heading "Sommaren" and its paragraphs)."""
    before = next((blocks[i] for i in range(index - 1, -1, -1) if not headings[i]), None)
    after = next((blocks[i] for i in range(index + 1, len(blocks)) if not headings[i]), None)
    if before is not None and promises and before.start <= promises[-1].start < before.end:
        return True
    return any(not b.bullet and opens_with_party(b.text) for b in (before, after) if b is not None)


def _headed_like_this(blocks: list[_Block], headings: list[bool], index: int) -> bool:
    """Whether the next heading also stands over a why and what a party does: a heading
    per promise ("Säkrare skolvägar" / "Föräldrar har hört av sig ..." / "Polisen gör
    hastighetskontroller ...")."""
    heading = next((i for i in range(index + 1, len(blocks)) if headings[i]), None)
    if heading is None:
        return False
    under = itertools.takewhile(lambda i: not headings[i], range(heading + 1, len(blocks)))
    return any(
        not blocks[i].bullet and opens_with_party(blocks[i].text[_lead_in(blocks[i].text) :])
        for i in itertools.islice(under, 3)
    )


# A heading that names a period of the promise: "H1 2026 (januari–juni)", "Våren 2027",
# "2027".
_PERIOD = (
    rf"(?:(?:[HTQ][1-4]|halvår\s*[12]|kvartal\s*[1-4]|tertial\s*[1-3]|våren|sommaren|hösten|"
    rf"vintern|(?:{MONTH_PATTERN})(?:\s*[–-]\s*(?:{MONTH_PATTERN}))?)\s+)?(?:19|20)\d{{2}}"
)
# ... or a stage of a roadmap named by its period: "Snart (april–augusti 2026)", "Senare
# (september 2026–juni 2027)", "Fas 1 (hösten 2026) – planeras".
_PERIOD_HEADING = re.compile(
    rf"^(?:{_PERIOD}(?:\s*\([^()]{{1,40}}\))?|[^\W\d]+(?:\s\d)?\s+\("
    rf"{_PERIOD}(?:\s*[–-]\s*{_PERIOD})?\)(?:\s+[–-]\s+[^()]{{1,40}})?)$",
    re.IGNORECASE,
)
# When a row of a timeline is done, before who does it: "Vecka 36–38 2026", "v. 12",
# "Mars–april 2026:", a two-year promise's "2027:" and "2027 och 2028:".
_TIME_STAMP = re.compile(
    rf"^(?:(?:(?:vecka|v\.)\s*\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?|"
    rf"(?:\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?\s+)?(?:{MONTH_PATTERN})"  # "11 februari", "mars"
    rf"(?:\s*[–-]\s*(?:{MONTH_PATTERN}))?)(?:\s+(?:19|20)\d{{2}})?\s*[:|]?|"
    r"(?:19|20)\d{2}(?:\s*(?:och|[–-])\s*(?:19|20)\d{2})?\s*:|"
    # a season's or the whole period's: "Sommaren 2026:", "Hösten 2026:", "Hela perioden:"
    r"(?:våren|sommaren|hösten|vintern|vårvintern|sensommaren)\s+(?:19|20)\d{2}\s*:|"
    r"hela\s+(?:perioden|året|löftesperioden)\s*:)\s+(?=(?-i:[A-ZÅÄÖ]))",
    re.IGNORECASE,
)


# The first of a row's two cells when it says when: "Skoldagar hela året |", "Fredagar och
# lördagar, mars–november |", "Från 1 oktober 2027 |".
_WHEN_CELL_ROW = re.compile(
    rf"^(?=[^|\n]*\b(?:{MONTH_PATTERN}|(?:mån|tis|ons|tors|fre|lör|sön)dag|vecka\b|v\.|kl\.|"
    r"(?:19|20)\d{2}\b|vår|sommar|höst|vinter|termin|läsår|skoldag|\w*lov\b|\w*lovet\b|"
    r"helg|kväll|natt|morgon|året\b|perioden\b))[^|\n]{2,60}\|\s*",
    re.IGNORECASE,
)
# A council's own work on the promise: "I september har det brottsförebyggande rådet en
# halvårsuppföljning".
_COUNCIL_MEETS = re.compile(r"\b(?:\w*rådet|styrgruppen|brå)\b", re.IGNORECASE)
# A plan's time on its own line: "april 2026", "juli–augusti 2026", "tisdag 14 mars",
# "MÅNDAG", "sommaren (vecka 25–32)".
_WEEKDAY_DATE = rf"(?:mån|tis|ons|tors|fre|lör|sön)dag(?:\s+\d{{1,2}}\s+(?:{MONTH_PATTERN}))?"
# ... and an events list's "Tisdag 10 mars, kl. 18.30", "Måndag 4 maj – fredag 29 maj",
# "Fredag 5 juni, kväll"
_TIME_HEADING = re.compile(
    rf"(?:{_WEEKDAY_DATE}(?:\s*[–-]\s*{_WEEKDAY_DATE})?|"
    rf"(?:\d{{1,2}}\s+)?(?:{MONTH_PATTERN})(?:\s*[–-]\s*(?:{MONTH_PATTERN}))?|"
    r"våren|sommaren|hösten|vintern)(?:\s+(?:19|20)\d{2})?(?:\s*\([^)\n]{1,30}\))?"
    r"(?:,\s*(?:kl\.\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[–-]\s*\d{1,2}(?:[.:]\d{2})?)?|"
    r"(?:hela\s+)?(?:dagen|kvällen|kväll|eftermiddag|förmiddag)))?",
    re.IGNORECASE,
)


# ... and who does it, by a label: "11 februari Polisen och kommunen: Informationskväll ...".
# A paragraph that names who answers for it in a sentence of its own: "Kommunen. Höganäs
# kommun anlitar ...", "Polisen och kommunen. Tillsammans håller vi ...".
_PARTY_SENTENCE = re.compile(
    r"^(?P<label>(?:Polisen|Kommunen|(?-i:[A-ZÅÄÖ])[\w-]+\s+(?:kommun|stad))"
    r"(?:\s+och\s+(?:polisen|kommunen))?|Tillsammans|Gemensamt)\.\s+(?=(?-i:[A-ZÅÄÖ]))"
)
# A party named by its kommun's name before what it does, as a sentence of its own:
# "Forshaga kommun: Vi sätter upp ...", "Polisen och Forshaga kommun: Vi håller ...".
_NAMED_PARTY_LABEL = re.compile(
    r"^(?P<label>(?:Polisen\s+och\s+)?(?-i:[A-ZÅÄÖ])[\w-]+\s+(?:kommun|stad)"
    r"(?:\s+och\s+(?:polisen|Polisen))?)\s*:\s*(?=(?P<first>[A-ZÅÄÖ][\w-]*))"
)


def _named_party_label(line: str) -> re.Match[str] | None:
    """The label of a line a kommun's name opens ("Forshaga kommun: Vi sätter upp ..."); not
    a contact's ("Burlövs kommun: Malin Ekberg svarar på frågor") nor a reply's in a thread
    ("Haparanda stad: Tack Anna-Lena!")."""
    named = _NAMED_PARTY_LABEL.match(line)
    if named is None or is_first_name(named["first"]) or named["first"] == "Tack":
        return None
    return named


_STAMPED_LABEL = re.compile(_TIME_STAMP.pattern + LINE_LABEL.pattern.removeprefix("^"), re.I)


# A part after the promises that plans them in time: "5. Tidplan", "Handlingsplan 2019".
_PLAN_OF_PROMISES = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?"
    r"(?:tidplan|handlingsplan|aktivitetsplan|genomförandeplan|tidslinje|årsplan|årshjul)"
    r"(?:\s+(?:för\s+)?(?:19|20)\d{2}(?:\s*[–-]\s*(?:19|20)?\d{2})?)?$",
    re.IGNORECASE,
)


# What says a thing goes on as before: "fortsätter", "behålla", "samma öppettider som";
# is done again ("upprepas", "Ny trygghetsvandring längs stråket") or ends ("slutar den 16
# augusti").
_GOES_ON_AS_BEFORE = re.compile(
    r"\b(?:fortsätt(?:a|er)|behåll(?:a|er)|som\s+(?:under|i)\s+(?:första|förra|hösten|våren)\b|"
    r"upprepas|görs\s+om|slutar|avslutas)\b|"
    # ... "Sista helgen i augusti: ny märkardag", "gör polisen nya nykterhetskontroller"
    r"(?:^|:\s+)(?:en\s+)?ny(?:a|tt)?\s|\b(?:gör|håller|ordnar)\s+(?:\w+\s+)?nya\s",
    re.IGNORECASE,
)
# A heading that names a time of the plan: "Q2 2026 – Kvartal 2", "Vårterminen", "År 2".
_NAMES_A_TIME = re.compile(
    r"(?:19|20)\d{2}|\b(?:år\s+\d|kvartal|\w*termin\w*|våren|sommaren|hösten|vintern)\b",
    re.IGNORECASE,
)
# Long words too common to tell two promises apart.
_COMMON_STEMS = frozenset(
    (
        "under",
        "efter",
        "varje",
        "genom",
        "minst",
        "tills",
        "polis",
        "kommu",
        "forts",
        "behål",
        "samma",
        "uppre",
        "sluta",
        "avslu",
    )
) | {month[:5] for month in MONTHS if len(month) >= 5}  # the months of a plan's rows


def _goes_on_from(promise: _Promise, earlier: list[_Promise]) -> bool:
    """Whether a promise under a later time of a plan says that one under an earlier time
    goes on, is done again or ends, naming two of its long words (its one, if it has no
    more) ("Fältassistenterna fortsätter sina kvällar i
    centrum" under "Q3 2026" after "Fältassistenterna är ute i Åkersberga centrum ..." under
    "Q2 2026")."""
    time = promise.when or promise.focus_area
    if not (
        time
        and (promise.when or _NAMES_A_TIME.search(time))
        and _GOES_ON_AS_BEFORE.search(promise.text)
    ):
        return False
    stems = {w[:5].lower() for w in _LONG_WORD.findall(promise.text)} - _COMMON_STEMS
    return bool(stems) and any(
        (before.when or before.focus_area) != time
        and sum(stem in before.text.lower() for stem in stems) >= min(2, len(stems))
        for before in earlier
    )


def _repeats(activity: str, earlier: list[str]) -> bool:
    """Whether a timeline's row does again what an earlier row does: "Samma
    informationskväll, nu i Ljustorp", "Nya kontroller vid samma skolor", or the same first
    two words ("Mobil polisstation vid Sörberge centrum")."""
    words = activity.lower().split()
    return bool(earlier) and (
        "samma" in words[:5] or any(words[:2] == before.lower().split()[:2] for before in earlier)
    )


def _party_openings(paragraph: str) -> list[int]:
    """Where the paragraph's sentences that open with a party doing something, or say
    what will be done by nobody named, start."""
    starts = [0] + [m.end() for m in _SENTENCE_BREAK.finditer(paragraph)]
    sentence_at = [paragraph[a:b] for a, b in itertools.pairwise([*starts, len(paragraph)])]
    openings = [
        at
        for at, sentence in zip(starts, sentence_at, strict=True)
        if opens_with_party(sentence) or to_be_done(sentences(sentence)[0])
    ]
    if (
        (not openings or openings[0])  # not "Januari: Polisen ...", a topic's label
        and (stamp := _TIME_STAMP.match(paragraph))
        and opens_with_party(paragraph[stamp.end() :])
    ):
        openings.insert(0, stamp.end())  # a timeline's "Vecka 36–38 2026 Polisen besöker ..."
    if ", " in paragraph or ";" in paragraph:
        # a second party's undertaking after a first one's, not after why it is done ("I
        # centrum är otryggheten störst, och polisen lovar att patrullera där")
        openings += [
            m.end()
            for m in _SECOND_PARTY.finditer(paragraph)
            if _another_party(
                paragraph[max(a for a in starts if a <= m.start()) : m.start()],
                paragraph[m.end() :],
            )
        ]
    return sorted(openings)


def _another_party(first: str, then: str) -> bool:
    """Whether the clause after a comma is another party's undertaking than the clause
    before it ("Staden tar bort klottret, och polisen kontaktar butikerna"); the same party
    going on with the same work is not ("Polisen och kommunen går trygghetsvandringar, och
    kommunen åtgärdar det som kommer fram")."""
    if not (opens_with_party(first) and opens_with_party(then)):
        return False
    who = actor_of(then).rsplit(" ", 1)[0].lower()
    return bool(who) and who not in actor_of(first).lower()


# A sentence that draws what a party will do from the background before it.
_THEREFORE_WILL = re.compile(
    r"(?<=[.!?] )(?:Därför\s+(?:ska|skall|kommer)\s+"
    r"(?:polisen|kommunen|vi|parterna|\w+\s+kommun)\s|"
    # "Kommunen byter därför till LED-belysning ..."
    r"(?:Polisen|Kommunen|Vi|Parterna|\w+\s+kommun)\s+(?:ska|skall|kommer|[a-zåäö]+r)\s+därför\s)"
)


def _lead_in(paragraph: str) -> int:
    """Where the first sentence that opens with a party starts, when the paragraph opens
    with another ("Vuxna ute gör skillnad. Därför utbildar kommunen ..."); 0 otherwise."""
    return next(iter(_party_openings(paragraph)), 0)


def _undertakings(paragraph: str) -> list[tuple[int, str]]:
    """The undertakings of a paragraph, with where each starts: one per sentence that opens
    with its party ("Under våren ska vi ... I sommar gör polisen ..."), a sentence without
    one going with the sentence before and a lead-in before the first left out; an
    undertaking about the promise itself ("bjuder vi in er för att berätta hur det har
    gått") is left out. One undertaking when the paragraph has fewer than two."""
    opening = _party_openings(paragraph)
    if len(opening) < 2:
        return [(0, paragraph)]  # one undertaking, with any lead-in before it
    # a lead-in before two undertakings is neither's ("Tierps kommun och polisen har skrivit
    # under ett nytt löfte. Polisen lovar att ... Kommunen ska ...")
    bounds = [*opening, len(paragraph)]
    pieces = [
        (a, _CONJOINED.sub("", paragraph[a:b].rstrip())) for a, b in itertools.pairwise(bounds)
    ]
    return [(at, said) for at, said in pieces if refusal(said) is None] or [(0, paragraph)]


# A party referred back to by a pronoun, undertaking something more: "Den ska också sätta
# upp ny belysning", "De kommer även att bjuda in"; not what is said of a thing ("Den ska
# tändas klockan sex", "Den ska vara klar i maj").
_PRONOUN_COMMITS = re.compile(
    r"^(?P<pronoun>den|de)\s+(?:ska|skall|kommer\s+att|lovar\s+att)\s+"
    r"(?:också\s+|även\s+|dessutom\s+)?(?!(?:vara|bli|kunna|få|ha|ligga|stå)\b)"
    r"(?-i:[a-zåäö]{2,}a)\b",
    re.IGNORECASE,
)


def _referred_party(
    promises: list[_Promise], above: _Block, content: str
) -> tuple[str, ...] | None:
    """The parties of the promise the paragraph above made, when this one goes on from
    them by a pronoun ("Den ska också ...": one party, "De ska också ...": both)."""
    said = _PRONOUN_COMMITS.match(content)
    if not (said and promises and above.start <= promises[-1].start < above.end):
        return None
    parties = tuple(p for p in promises[-1].parties if p != "others")
    one = said["pronoun"].lower() == "den"
    return parties if (len(parties) == 1) == one else None


def _promise(
    undertaking: str,
    start: int,
    judgement: Judgement,
    *,
    heading: str | None,
    label: re.Match[str] | None,
    owner: str | None,
    intro_parties: tuple[str, ...],
    section_schedule: _SectionSchedule | None,
    undertaken_in: str | None,
    responsible: str | None = None,
    tagged: bool = False,
) -> _Promise:
    """One promise, with who makes it: the party its label, the row of its table, the
    field beside it, its own words or the list's introduction names."""
    says_promise = bool(_PROMISES.search(undertaking))
    subject = re.split(r"\blovar\b", undertaking, maxsplit=1, flags=re.IGNORECASE)[0]
    if label:
        subject = label.group("label")
    if not says_promise and not label:
        subject = actor_of(undertaking)
    done_by, described = _table_row(undertaking)
    subject = done_by or owner or subject
    parties = _parties(subject, intro_parties if not label else ())
    party_label = label is not None and label.group("label").lower().startswith(
        (*_POLICE_LABELS, "kommun")
    )
    if not party_label and _OTHERS.search(undertaking) and "others" not in parties:
        parties.append("others")
    return _Promise(
        text=undertaking,
        focus_area=heading,
        parties=parties,
        start=start,
        end=start + len(undertaking),
        judgement=judgement,
        commitments=_commitments(
            described, parties, label.group("label") if label else None, section_schedule
        ),
        # Under "parterna lämnar följande löfte:" or a heading "3. Medborgarlöfte" or
        # "Åtaganden" or "Insatser" a party's present tense undertakes too ("Polisen ökar
        # sin närvaro"), and so does a row of a table with a column for each party ("Åtgärd
        # | Kommunen | Polisen"), and each item of a list a party opens ("Polisens ansvar:",
        # "Detta gör polisen:", "Polisen:"); not an item that names no party.
        undertaken=actor_commits(undertaking)
        # a party's label before what it does: "Polisen: genomför hastighetskontroller ..."
        or (label is not None and names_who(label.group("label")))
        or (
            any(_UNDERTAKES.search(line or "") for line in (undertaken_in, heading))
            and (party_does(undertaking) or continues_party(heading, undertaking))
        )
        or bool(undertaken_in and ("|" in undertaken_in or _PARTY_OPENS.match(undertaken_in)))
        or bool(undertaken_in and (actor_commits(undertaken_in) or _AGREED.search(undertaken_in)))
        # ... and an activity over who answers for it: "Ansvarig: Socialförvaltningen"; not
        # a measure's field over it ("Mätmetod: ...")
        or bool(responsible and names_party(responsible) and not _MEASURE_FIELD.match(undertaking))
        # ... or marked with who does it: "[VBU] Elevhälsan kontaktar vårdnadshavare ...",
        # or in a row's cell beside it ("Kommunen | Anställer fyra sommarvärdar ...")
        or tagged
        or _party_row(undertaking),
    )


def _party_row(row: str) -> bool:
    """Whether a row of two cells says who and what it does ("Kommunen | Anställer fyra
    sommarvärdar ..."), as an agreement lays out its undertakings beside their party."""
    if row.count("|") != 1:
        return False
    who, done = (cell.strip() for cell in row.split("|"))
    return (
        bool(done) and only_names_party(who) and party_does(f"{who} {done[:1].lower()}{done[1:]}")
    )


def _table_row(text: str) -> tuple[str, str]:
    """A row of a table of activities ("Kontroller vid skolan | Polisen | Varje månad",
    "Klottersanering – kommunen"): the cell that names who does it, and the rest as what
    and when; else ("", text)."""
    dashed = ENDS_WITH_PARTY.search(text)
    if dashed and "|" not in text:
        return dashed["who"] or dashed["named"] or dashed["answers"], text[: dashed.start()].strip()
    cells = [cell.strip() for cell in text.split("|")]
    naming = [c for c in cells if _POLICE.search(c) or _MUNICIPALITY.search(c)]
    # The cell for who is the shortest that names a party (a "Vem" column's "Polisen"),
    # not an activity that mentions one.
    who = min(naming, key=lambda c: len(c.split()), default=None)
    if len(cells) < 2 or who is None:
        return "", text
    return who, " ".join(c for c in cells if c is not who and c)


def _commitments(
    text: str,
    parties: list[str],
    label: str | None,
    section_schedule: _SectionSchedule | None = None,
) -> list[Commitment]:
    schedule = parse_schedule(text)
    if schedule is None and section_schedule and section_schedule.applies_to(text):
        schedule = section_schedule.schedule
    target_group = parse_target_group(text)
    if schedule is None and target_group is None:
        return []
    if label:
        party = "police" if label.lower().startswith(_POLICE_LABELS) else "municipality"
    elif "police" in parties and "municipality" in parties:
        party = "joint"
    else:
        party = parties[0] if parties else "joint"
    what = _LABEL.sub("", text).split(". ")[0].rstrip(".")
    what = re.sub(r"^.*?\blovar\s+(?:att\s+)?", "", what, flags=re.IGNORECASE)
    what = without_schedule(what, schedule)
    return [
        {
            "party": party,
            "what": what,
            "count": schedule.count if schedule else None,
            "at_least": schedule.at_least if schedule else False,
            "per": schedule.per if schedule else None,
            "seasons": list(schedule.seasons) if schedule else [],
            "target_group": target_group,
        }
    ]


_REPORTS_HEAD = re.compile(
    rf"^{_TITLE_PLACE}{_WHOSE}(?:så gick det|hur gick det|uppföljning\b|så har (?:vi|det gått)|"
    rf"resultat\b|redovisning\s+av\b|utvärdering\s+av\b|{_REPORT}\b|"
    rf"{PROMISE_NOUN}te\w*\s+i\s+siffror\b)",  # "Medborgarlöftet i siffror"
    re.IGNORECASE,
)


# What an agreement calls itself first in its title.
_AGREEMENT_TITLE = re.compile(AGREEMENT_TITLE)
_NAMES_DOCUMENT = re.compile(NAMES_DOCUMENT)
# A heading that names the promise part of a larger document: "5 Medborgarlöfte", "Vårt
# löfte".
_PROMISE_HEADING = re.compile(
    rf"^(?:(?:vårt|våra|årets|det\s+gemensamma)\s+)?{PROMISE_NOUN}te[nt]?\b", re.IGNORECASE
)
_AGREEMENT_NAMED = re.compile(r"överens|\b(?:sluter|tecknar|skriver\s+under)\s+(?:ett\s+)?avtal\b")
_NOT_AN_AGREEMENT = re.compile(
    rf"\bdel\s+av\s+\w*överenskommelse\w*|\böverens\s+om\s+(?:ett|nya)\s+(?:\w+\s+)?{PROMISE_NOUN}t"
)


def _head(blocks: list[_Block], count: int) -> list[_Block]:
    """The first `count` blocks that hold words, past a file number's lines ("Dnr" /
    "KS 2024/112") a narrow copy breaks in two."""
    worded = (b for b in blocks[: count + 4] if _WORD_OF_FOUR.search(b.text))
    return list(itertools.islice(worded, count))


_WORD_OF_FOUR = re.compile(r"[^\W\d_]{4,}")


# A title that names the year it reports on before how it went: "Medborgarlöftet 2026 – så
# gick det, och det här lovar vi 2027".
_FOLLOWED_FIRST = re.compile(
    rf"^{PROMISE_NOUN}te\w*\s+(?P<year>(?:19|20)\d{{2}})\s*[–:-]\s*så\s+(?:gick|blev)\s+det\b",
    re.IGNORECASE,
)


_NAMES_NEW_PROMISE = re.compile(rf"\bny(?:tt|a)\s+{PROMISE_NOUN}te", re.IGNORECASE)
# An e-mail's "Ämne: " before its subject
_SUBJECT = re.compile(r"^(?:ämne|subject)\s*:\s*", re.IGNORECASE)


def _kind(
    text: str,
    blocks: list[_Block],
    sections: Counter[Section],
    promises: list[_Promise],
    outcomes: list[_Outcome],
    *,
    period_end: str | None,
) -> str:
    """An agreement names no party that promises; a follow-up says so at the top or reports."""
    # The title, under the name of the kommun that publishes it ("Trollhättans Stad" /
    # "Samverkansöverenskommelse och medborgarlöften 2026–2028").
    head = _head(blocks, 3)
    titles = [b.text.lower() for b in head]
    # past a letterhead of three lines ("FALKENBERGS KOMMUN | POLISMYNDIGHETEN" / ... / "Dnr"),
    # perhaps with a line of its right column wrapped ("Lokalpolisområde" / "Nybro"), and a
    # page number broken in two lines; a title is short
    first_seven = _head(blocks, 7)
    titled = [
        b.text.lower()
        for at, b in enumerate(first_seven)
        if "|" not in b.text and (at < 5 or len(b.text.split()) <= 12)
    ]
    title = next((t for t in titled if _NAMES_DOCUMENT.search(t)), titles[0] if titles else "")
    # The title names what the document is by its first word: "Samverkansöverenskommelse
    # (med medborgarlöfte)" over its undertakings is an agreement; "Medborgarlöfte – mall
    # för överenskommelse" a promise.
    named = title.split(" ", 1)[0]
    if _AGREEMENT_TITLE.search(named) or ("överenskommelse" in title and "löfte" not in title):
        return "agreement"
    promises_made = len(_PROMISES.findall(text))
    # A page's title may stand under its kommun's name and menu ("Alingsås kommun" /
    # "Medborgarlöfte Alingsås 2024").
    committed = any("löfte" in b.text.lower() for b in head) or any(
        actor_commits(p.text) for p in promises
    )
    # A headline and lead tell of an agreement as a title does: "Har kommit överens om att
    # samverka", "Stad, polis och brandförsvar sluter avtal ...". "Medborgarlöftet är en del
    # av samverkansöverenskommelsen" names the agreement it belongs to, and "har kommit
    # överens om ett medborgarlöfte" a promise: such a page is still about the promise.
    lead = " ".join(b.text for b in first_seven[:5]).lower()
    about_agreement = bool(_AGREEMENT_NAMED.search(_NOT_AN_AGREEMENT.sub("", lead)))
    if about_agreement and promises_made == 0 and not committed:
        return "agreement"
    # A page's title under its menu and breadcrumb ("Startsida > … > Medborgarlöfte" /
    # "Uppföljning medborgarlöfte 2025"), a report's under its letterhead and file number,
    # an e-mail's subject: the first line that names the promise
    titled_at = next(
        (
            at
            for at, b in enumerate(blocks[:10])  # past a menu, a search box and a cookie banner
            if not (BREADCRUMB.match(b.text) or _breadcrumb(b.text))
            and _NAMES_DOCUMENT.search(b.text.lower())
        ),
        None,
    )
    page_title = "" if titled_at is None else _SUBJECT.sub("", blocks[titled_at].text)
    if outcomes:
        # How the last period went, and the promises of the next; or mainly how it went,
        # with a word on what comes next, also under a title that says it reports ("…: så
        # har det gått") over as many promises followed up as made.
        # ... not one that also names the new promise ("Uppföljning av medborgarlöfte 2023
        # och nytt medborgarlöfte 2024–2025")
        new_named = _NAMES_NEW_PROMISE.search(page_title) is not None
        reported = not new_named and (
            any(_FOLLOW_UP_HEADING.match(b.text) for b in blocks[:3])
            or bool(_FOLLOW_UP_HEADING.match(page_title))
        )
        # A page titled only as a follow-up ("Uppföljning av medborgarlöftet 2018") over four
        # promises followed up and the five new ones is one; not "Så gick det ... – och det
        # här lovar vi under 2025".
        only_followed_up = (
            bool(_FOLLOW_UP_HEADING.match(page_title))
            and not _PROMISES.search(page_title)
            and not new_named
        )
        # "Medborgarlöftet 2026 – så gick det, och det här lovar vi 2027" whose period is 2026:
        # the year it reports on, and next year's promises at the end
        followed = _FOLLOWED_FIRST.match(page_title)
        looks_back = bool(followed and period_end and period_end.startswith(followed["year"]))
        mainly = (
            len(outcomes) > 2 * len(promises)
            or (reported and len(outcomes) > len(promises))
            or (only_followed_up and len(outcomes) >= 2)
            or (looks_back and len(outcomes) >= 2)
        )
        return "follow_up" if mainly else "promise_set"
    # not "Resultat från medborgardialogen": what residents said
    # ... or says it in its title or the subtitle under it ("Medborgarlöfte 2022 –
    # uppföljning i siffror", "Medborgarlöfte 2025–2026" / "Lägesrapport efter det första
    # året")
    subtitle = (
        blocks[titled_at + 1].text if titled_at is not None and titled_at + 1 < len(blocks) else ""
    )
    reports = (
        any(_REPORTS_HEAD.match(b.text) and not from_dialogue(b.text) for b in blocks[:3])
        or sections[Section.RESULTS] >= 2
        or bool(_FOLLOW_UP_HEADING.match(page_title))
        or bool(_REPORTS_HEAD.match(subtitle) and not from_dialogue(subtitle))
    )
    if reports and promises_made <= 1:
        return "follow_up"
    return "promise_set"


# A kommun's name right after these words names a police area ("LPO Karlstad", "polisen i
# Umeå"), not the kommun; so does the second of two ("lokalpolisområde Härnösand/Kramfors",
# "Polisen i Köping och Arboga").
_POLICE_AREA_NAME = re.compile(
    # "lokalpolisområde Växjö", "lokalpolisområdeschefen i Växjö", a signer's title
    # "Lokalpolisområdeschef, Motala"
    r"\b(?:lokal-?polisområde(?:t|s|schef(?:en)?\s+i|schef,)?|polisområde(?:t|s|schef,?)?|"
    r"LPO(?:-chef,?)?|(?:lokal)?polisen\s+i)\s+(?:[\w-]+\s*(?:/|\s+och\s+|\s*&\s*))?$",
    re.IGNORECASE,
)
_AFTER_NAME = re.compile(r"s?\s+(?:(?P<county>län)|(?P<kommun>kommun))\b")
_OTHER_KOMMUNER = re.compile(
    r"^[^\n]{0,60}\b(?:andra|övriga|närliggande)\s+kommuner\b[^\n]*$", re.MULTILINE | re.IGNORECASE
)
# A kommun's name right after a first name is a person's surname ("Erik Lund").
_WORD_BEFORE = re.compile(r"\b([A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?)\s+$")
# A surname after a name, and no "kommun" or "län": "Nora Eklind".
_SURNAME_AFTER = re.compile(
    r"[ \t][A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?\b(?![ \t]+(?:kommun|län)\b)"
)


# The kommuner of a police area, listed: "Lokalpolisområde Norduppland ansvarar för Tierp,
# Östhammar och Älvkarleby" names them all, whichever the promise is for.
_IN_THE_AREA = re.compile(
    # ... "lokalpolisområde Hälsingland, som också omfattar Bollnäs, ...", "lokalpolisområde
    # Sollentuna, som förutom Väsby även omfattar Sollentuna kommun"
    r"\b(?:lokal)?polisområde\w*\s+[\w-]+"
    r"(?:,?\s+som\s+(?:förutom\s+[\w-]+\s+)?(?:också\s+|även\s+)?)?\s*"
    r"(?:omfattar|ansvarar\s+för)\s+(?:både\s+)?"
    r"(?:[\w-]+(?:\s*,\s*|\s+och\s+))*$|"
    # ... and those a kommunpolis is shared with: "kommunpolisen delas med Vara och Grästorp",
    # "Kommunpolis för Vara, Grästorp och Essunga"
    r"\bkommunpolis\w*\s+(?:delas\s+med|för)\s+(?:[\w-]+(?:\s*,\s*|\s+och\s+))*$",
    re.IGNORECASE,
)


# A table's column that says whether a row is part of the promise: "Medborgarlöfte",
# "Ingår i löftet", "Löfte (ja/nej)".
_PROMISE_COLUMN = re.compile(
    rf"^(?:ingår\s+i\s+)?(?:\w+\s+)?{PROMISE_NOUN}te[tn]?\s*(?:\(ja/nej\)|\?)?$", re.IGNORECASE
)
_NO_CELL = re.compile(r"^(?:nej|[-–]|)$", re.IGNORECASE)


# A table's column on how a row is followed up ("Uppföljning", "Mått"): what it says of the
# follow-up does not make the row governance.
_FOLLOW_UP_COLUMN = re.compile(r"^(?:uppföljning|hur\s+följs\s+\w+\s+upp|mått|indikator)", re.I)


def _under_columns(head: str, row: str) -> list[tuple[str, str]] | None:
    """Each cell of the row with its column's head, or None when they do not line up."""
    columns = [cell.strip() for cell in head.split("|")]
    cells = [cell.strip() for cell in row.split("|")]
    return list(zip(columns, cells, strict=True)) if len(columns) == len(cells) else None


def _judged_cells(head: str, row: str) -> list[str]:
    """The row's cells that say whether it is a promise: all but a follow-up column's."""
    paired = _under_columns(head, row)
    if paired is None:
        return [cell.strip() for cell in row.split("|")]
    return [cell for column, cell in paired if not _FOLLOW_UP_COLUMN.match(column)]


def _left_out_row(head: str, row: str) -> bool:
    """Whether the row says "Nej" in its table's column on whether it is part of the
    promise ("Aktivitet | Ansvarig | Medborgarlöfte" over "Styrgruppsmöten | ... | Nej")."""
    paired = _under_columns(head, row) or []
    return any(_PROMISE_COLUMN.match(column) and _NO_CELL.match(cell) for column, cell in paired)


# Someone speaking in a news item: "Lars-Göran Fält säger att kommunen har avsatt pengar".
_SPEAKS = re.compile(r"\b(?:säger|sa|berättar|menar|tycker|förklarar|betonar|påpekar)\b")


def _party_list(blocks: list[_Block], headings: list[bool], index: int) -> bool:
    """Whether the item's list has two items or more and two in three open with a party
    doing something ("Lindängen" / "- Polisen har fast kvällsnärvaro ..." / "- Staden
    ordnar ...")."""
    start = index
    while start > 0 and blocks[start - 1].bullet and not headings[start - 1]:
        start -= 1
    end = index + 1
    while end < len(blocks) and blocks[end].bullet and not headings[end]:
        end += 1
    doing = sum(party_does(b.text) or actor_commits(b.text) for b in blocks[start:end])
    return end - start >= 2 and 3 * doing >= 2 * (end - start)


def _lone_quote(blocks: list[_Block], headings: list[bool], index: int) -> bool:
    """Whether the item is a news item's quote: a dash line alone after a paragraph in
    which someone speaks ("Lars-Göran Fält säger att ..." / "– Det handlar inte om ...",
    "Ola Persson berättar att insatserna har gett effekt:" / "– Vi märker ..."), or an
    interview's answer after its question ("... Blev det så?" / "– Nästan. Vi hade ..."),
    or one that says who speaks ("– Det klarar vi nästa gång, säger kommunpolis ...")."""
    previous = blocks[index - 1] if index else None
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    return (
        previous is not None
        and not blocks[index].numbered  # "3.2 Kommunen har ..." under "Ansvarig: kommunpolis X"
        and not previous.bullet
        and not (following is not None and following.bullet)
        and (
            _SPEAKS.search(previous.text) is not None
            or _introduces_person(previous.text)
            or (previous.text.endswith("?") and not headings[index - 1])
            or is_quote(blocks[index].text)
        )
    )


# The rest of a name that has three words, up to the comma before the role: "Per Anders Dahl,"
_NAME_TO_COMMA = re.compile(r"(?:\s+[A-ZÅÄÖ][a-zåäö]+)?,")


def _person_line(line: str) -> bool:
    """Whether the line names a person and their role: who wrote or answers for a report
    ("Elin Carlberg, trygghetssamordnare", "Kommunpolis Per Anders Dahl, Polisen")."""
    person = next(people_named(line), None)
    return (
        person is not None
        and len(line[: person.start()].split()) <= 1  # perhaps after a title
        and _NAME_TO_COMMA.match(line, person.end()) is not None
    )


# A post's byline, or its writer saying who they are: "Postat den 18 januari 2016 av
# Henrik Sjölund | Kategori: ...", "Jag heter Karin Lundmark och är chef för ...".
_POSTED_BY = re.compile(
    r"^(?:postat|publicerat|publicerad|skrivet|skriven)\b[^\n|]{0,40}?\bav\s+(?P<name>[^\n|,]{3,40})|"
    r"\bjag\s+heter\s+(?P<own>[^\n|,.]{3,40})",
    re.IGNORECASE | re.MULTILINE,
)


def _writer(text: str) -> Signatory | None:
    """Who wrote a letter or a post: who its byline names, or who closes it with their name
    and role, perhaps after a slash ("/Emil Hedström, kommunpolis i Leksand"), on its last
    line that names them."""
    posted = _POSTED_BY.search(text)
    if posted and (author := next(people_named(posted["name"] or posted["own"]), None)):
        return {"name": author.group(), "title": "", "organisation": ""}
    for line in reversed(text.splitlines()):
        line = line.strip().lstrip("/–- ")
        if _person_line(line) and (person := next(people_named(line), None)):
            title = line[person.end() :].strip(" ,").split(",")[0].strip()
            return {"name": person.group(), "title": title, "organisation": ""}
    return None


def _introduces_person(paragraph: str) -> bool:
    """Whether a short paragraph names a person, as a news item does before their quote
    ("Oppositionsrådet Lars-Erik Bäckman (C) är mer tveksam.")."""
    return len(paragraph.split()) <= 15 and next(people_named(paragraph), None) is not None


def _inside_part(heading: _Block, number: str) -> bool:
    """Whether the heading goes on in the part numbered `number`: "4.1 Fysisk miljö" in
    "4", any heading without a number in any part."""
    return not heading.number or (bool(number) and heading.number.startswith(f"{number}."))


_DISTRICTS = re.compile(r"\b(?:bostadsområde|stadsdel)\w*\s+(?:[A-ZÅÄÖ][\w-]+(?:,\s+|\s+och\s+))*$")


_POSTCODE = re.compile(r"\b\d{3} ?\d{2}[ \t]+$")


def _names_a_place(text: str, match: re.Match[str]) -> bool:
    before = text[max(0, match.start() - 30) : match.start()]
    # "lokalpolisområde Karlstad", "Munka-Ljungby", "Polisen Uppsala län", and a spot
    # where something happens ("badplatsen vid Sandviken", "mellan Sandviken och Bryggan";
    # not "mellan Älvsbyns kommun och polisen")
    after = _AFTER_NAME.match(text, match.end())
    if (
        _POLICE_AREA_NAME.search(before)
        or before.endswith("-")
        # a district of the kommun that shares another's name: "bostadsområdena
        # Hässleholmen, Norrby och Sjöbo"
        or _DISTRICTS.search(text, max(0, match.start() - 80), match.start())
        or _IN_THE_AREA.search(text, max(0, match.start() - 120), match.start())
        or (
            before.endswith((" vid ", " mellan "))
            and "kommun" not in match.group()
            and not (after and after["kommun"])
        )
        or (after and after["county"])
        or _POSTCODE.search(before)  # a postal address: "Storgatan 18, 824 30 Hudiksvall"
        # a village named after a point of the compass: "Östra Ljungby" in Klippan
        or before.endswith(("Östra ", "Västra ", "Norra ", "Södra "))
    ):
        return False
    word = _WORD_BEFORE.search(before)
    # ... and a first name that is a kommun's is a person's before their surname ("Nora
    # Eklind, trygghetssamordnare")
    surname = _SURNAME_AFTER.match(text, match.end())
    return not (word and is_first_name(word.group(1))) and not (
        surname and is_first_name(match.group())
    )


# What a clause says of the kommuner it opens with: they are not part of this promise
# ("men Storumans kommun ingår inte i löftet", "Vallentuna och Vaxholm ... omfattas inte av
# denna", "Solna stad, som har ett eget medborgarlöfte").
_LEFT_OUT = re.compile(
    rf"\b(?:(?:ingår|omfattas|deltar)\s+inte|(?:eget|egna)\s+(?:{PROMISE_NOUN}te|\w*överenskommelse))",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(r"[.!?:]\s|\n|,\s+men\s")
_NAMES_JOINED = re.compile(r"(?:s?\s+kommun)?(?:\s*,\s*|\s+och\s+)")
_CLAUSE_REACH = 200


def _left_out(
    text: str, pattern: re.Pattern[str], forms: dict[str, tuple[str, str]]
) -> set[tuple[str, str]]:
    """The kommuner a clause opens with when it says they are not part of the promise."""
    out: set[tuple[str, str]] = set()
    # " inte" and " eg" are what every match of _LEFT_OUT needs; most texts have neither
    verbs = _LEFT_OUT.finditer(text) if " inte" in text or " eg" in text else ()
    for verb in verbs:
        reach = max(0, verb.start() - _CLAUSE_REACH)
        start = max(
            (m.end() for m in _CLAUSE_START.finditer(text, reach, verb.start())), default=reach
        )
        clause = text[start : verb.start()]
        end = len(clause) - len(clause.lstrip())
        for name in pattern.finditer(clause):
            if not (name.start() == end or _NAMES_JOINED.fullmatch(clause, end, name.start())):
                break
            out.add(forms[name.group()])
            end = name.end()
    # "Södertäljes uppföljning publiceras separat", "Östhammars löfte presenteras i april",
    # "Sorseles medborgarlöfte för 2024 är inte klart"
    for own in itertools.chain(_OWN_DOCUMENT.finditer(text), _BEING_MADE.finditer(text)):
        if (named := own["name"] or own.groupdict().get("making") or "") in forms:
            out.add(forms[named])
    return out


_OWN_DOCUMENT = re.compile(
    rf"\b(?P<name>[A-ZÅÄÖ][\w-]+?)s\s+(?:egen\s+|eget\s+)?(?:uppföljning|\w*{PROMISE_NOUN}te)\w*"
    r"(?:\s+för\s+(?:19|20)\d{2})?\s+(?:publiceras|presenteras|redovisas|finns|är\s+inte\s+klart)\b"
)


# "Arbetet med ett nytt medborgarlöfte för Torsby kommun pågår", "Köpings kommun och polisen
# arbetar fram ett nytt medborgarlöfte": that kommun's is not ready
_BEING_MADE = re.compile(
    rf"\b[Aa]rbetet\s+med\s+(?:ett\s+|det\s+)?(?:nytt\s+|nya\s+)?{PROMISE_NOUN}te\w*\s+för\s+"
    r"(?P<name>[A-ZÅÄÖ][\w-]+?)(?:s?\s+kommun)?\s+pågår\b|"
    r"(?<![\w-])(?P<making>[A-ZÅÄÖ][\w-]+?)s?\s+kommun\s+och\s+polisen\s+"
    rf"(?:arbetar|håller\s+på\s+att\s+ta)\s+fram\s+ett\s+nytt\s+{PROMISE_NOUN}te"
)


_AS_ORGANISATION = (" kommun", " stad", " Stad")
_KOMMUN_WORD = re.compile(r"\b(?:Kommun|Stad)\b")


# A news site's menu line: "Nyheter" and another of its sections among a dozen short
# entries, no sentence.
_SITE_SECTION = r"(?:Nyheter|Sport|Nöje|Kultur|Debatt|Familj|E-tidning|Prenumerera|Logga in)"
_SITE_MENU = re.compile(
    rf"^(?=[^\n.]*\b{_SITE_SECTION}\b[^\n.]*\b{_SITE_SECTION}\b)(?:[^\s.]+[ \t|]*){{3,14}}$",
    re.MULTILINE,
)


def _municipalities(text: str, reference: Reference) -> list[MunicipalityNamed]:
    """The kommuner the text is about, the one named first first.

    A kommun counts when it is named about as often as the most named one; a
    name that only stands for a police area ("lokalpolisområde Karlstad") or is a
    person's surname ("Erik Lund") does not.
    """
    pattern, forms = reference.municipality_forms
    # A box of the promises of "andra kommuner i lokalpolisområdet" is not about them, nor
    # are the links to other news under "Fler lokala nyheter".
    text = text[: others.start()] if (others := _OTHER_KOMMUNER.search(text)) else text
    text = RELATED_LINKS.sub("", text) if "\n" in text else text
    left_out = _left_out(text, pattern, forms)
    # "Polisen Piteå älvdal" names the police area, not the kommun Piteå
    areas = [m.start() for m in reference.area_names_with_a_kommun.finditer(text)]
    # a news site's menu of its local editions ("Nyheter | Överkalix | Kalix | Sport"), and
    # whom to call ("Kommunpolis Malung-Sälen och Vansbro, 114 14")
    menus = [m.span() for m in _SITE_MENU.finditer(text)] if "Nyheter" in text else []
    menus += [m.span() for m in CONTACT_LINE.finditer(text)]
    # A kommun in the first line is what the document is about; a place named once in
    # passing ("utöka dem till Sjöbo", a district that shares a kommun's name) is not.
    first_line = text.strip().split("\n", 1)[0]
    # a letterhead in capitals, which the names' pattern does not read: "OSBY KOMMUN
    # SAMMANTRÄDESPROTOKOLL"
    capitals = first_line.isupper()
    if capitals:
        first_line = _KOMMUN_WORD.sub(lambda m: m.group().lower(), first_line.title())
    titled = [forms[m.group()] for m in pattern.finditer(first_line)]
    kept = [
        m.group()
        for m in pattern.finditer(text)
        if _names_a_place(text, m)
        and forms[m.group()] not in left_out
        and m.start() not in areas
        and not any(start <= m.start() < end for start, end in menus)
    ]
    named = (titled if capitals else []) + [forms[form] for form in kept]
    counts: Counter[tuple[str, str]] = Counter(named)
    # the party to the promise is named as one: "Klippans kommun" outweighs the towns that
    # a text names in passing ("personal behövdes i Helsingborg och Ängelholm")
    counts.update(forms[form] for form in kept if form.endswith(_AS_ORGANISATION))
    if not counts:
        return []
    best = counts.most_common(1)[0][1]
    return [
        {"name": name, "code": code}
        for name, code in dict.fromkeys(named)
        if counts[(name, code)] >= max(2, best // 2)
        or (counts[(name, code)] == best and (not titled or (name, code) in titled))
    ]


def municipalities_in_filename(filename: str, reference: Reference) -> list[MunicipalityNamed]:
    """Kommuner a file name names ("medborgarlofte_kungsbacka_2021.pdf"), for a silent text."""
    folded = _ascii(Path(filename).stem)
    found: list[MunicipalityNamed] = []
    for name, code in reference.municipalities:
        words = "[ _-]?".join(re.escape(word) for word in _ascii(name).split())
        if re.search(rf"(?<![a-z]){words}(?![a-z])", folded):
            found.append({"name": name, "code": code})
    return found


def _ascii(text: str) -> str:
    return text.lower().translate(str.maketrans("åäöéü", "aaoeu"))


def _police_areas(text: str, reference: Reference) -> list[str]:
    """Lokalpolisområden the text names, as it spells them, in registry order."""
    named = {
        m.group("name").casefold(): m.group("name")
        for m in reference.police_area_pattern.finditer(text)
    }
    return [
        f"Lokalpolisområde {named[name.casefold()]}"
        for name in reference.local_police_areas
        if name.casefold() in named
    ]


def _follow_up(text: str) -> FollowUp:
    sections = [m.end() for m in re.finditer(r"(?:^|\n)[ \t]*Uppföljning[ \t]*\n", text)]
    scope = text[sections[-1] : sections[-1] + 600] if sections else text
    cadence = next((value for pattern, value in _CADENCE if pattern.search(scope)), None)
    report_to: list[str] = []
    for match in _REPORT_TO.finditer(scope):
        report_to += [c.strip() for c in _COUNCIL.findall(match.group("to"))]
    sites = [s for s in _SITE.findall(scope) if "@" not in s]
    return {
        "cadence": cadence,
        "report_to": list(dict.fromkeys(report_to)),
        "published_on": list(dict.fromkeys(sites)),
    }


@dataclass
class _Outcome:
    promise: str
    focus_area: str | None
    done: list[str] = field(default_factory=list)
    not_done: list[NotDone] = field(default_factory=list)
    row: bool = False  # a row of a table, which the prose may then report on again
    by: tuple[str, ...] = ()  # who the line over the items names ("Polisen lovade att")

    @classmethod
    def of_row(cls, row: str, focus_area: str | None) -> _Outcome:
        """A status table's row ("Polisen gör kontroller | Ej genomfört | Bara en blev
        av"): the promise in its first cell, the rest what became of it."""
        promise, *cells = [cell.strip() for cell in row.split("|")]
        if cells and _ROW_NUMBER.match(promise):  # "1 | Polisen genomför ... | Klart"
            promise, *cells = cells
        if _PROMISE_NUMBER.match(promise):  # "Löfte 2 | Pausat | Delvis nått" sums one up
            promise = ""
        reported = " | ".join(cell for cell in cells if cell)
        outcome = cls(promise, focus_area, row=True)
        if any(_NOT_DONE_CELL.match(cell) for cell in cells):
            outcome.not_done.append({"what": reported, "reason": None})
        elif reported:
            outcome.done.append(reported)
        return outcome


# What a report says about its own table, row by row ("Löfte 2: ..."), under "Kommentarer
# till tabell 1".
_TABLE_COMMENTS = re.compile(
    r"^kommentar(?:er)?\s+(?:(?:till|om)\s+tabell|per\s+(?:löfte|åtagande|aktivitet))",
    re.IGNORECASE,
)
_ROW_NUMBER = re.compile(r"^\d{1,2}[.)]?$")
# A status cell that says it was not done: "Ej genomfört", "Inte påbörjat", "Nej", "RÖTT", a
# cross.
_NOT_DONE_CELL = re.compile(r"^[✗✘❌]|^(?:(?:ej|inte)\s+\w+|nej|rött|röd)$", re.IGNORECASE)


_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def _content_words(text: str) -> set[str]:
    return {word.lower() for word in _CONTENT_WORD.findall(text)}


def _same_as_row(row: _Outcome, outcome: _Outcome) -> bool:
    """Whether a paragraph's outcome is the one a summary table's row named before it: most
    words of the row's first cell recur in it, at least two."""
    if not row.row or outcome.row:
        return False
    named = _content_words(row.promise)
    shared = named & _content_words(outcome.promise)
    return len(shared) >= 2 and 2 * len(shared) >= len(named)


def _without_listed_names(outcomes: list[_Outcome]) -> list[_Outcome]:
    """A follow-up's outcomes without a list of the promises' short names that the text
    then reports on one by one, in the same order ("Fem löften under 2023" / "Trafiken i
    centrum", "Hamnen på sommaren", ... / "Löfte 1: Polisen övervakar trafiken ...")."""
    for start in range(len(outcomes)):
        short = list(
            itertools.takewhile(
                lambda o: not (o.row or o.not_done) and len(o.promise.split()) <= 6,
                outcomes[start:],
            )
        )
        for count in range(len(short), 1, -1):
            told = outcomes[start + count : start + 2 * count]
            if len(told) == count and all(
                (outcome.done or outcome.not_done) and _names(name.promise, outcome)
                for name, outcome in zip(short[:count], told, strict=True)
            ):
                return outcomes[:start] + outcomes[start + count :]
    return outcomes


def _without_summary_rows(outcomes: list[_Outcome]) -> list[_Outcome]:
    """A follow-up's outcomes without the rows of a summary table that the text then reports
    on promise by promise ("Fotpatrullering i Vivalla centrum | Genomfört", then "Löfte 1:
    Polisen lovade att patrullera till fots i Vivalla centrum ..."): the prose says what
    was promised; what the row reported stays with it."""
    kept: list[_Outcome] = []
    for outcome in outcomes:
        row = next((earlier for earlier in kept if _same_as_row(earlier, outcome)), None)
        if row is None:
            kept.append(outcome)
            continue
        outcome.done = [*row.done, *outcome.done]
        outcome.not_done = [*row.not_done, *outcome.not_done]
        kept[kept.index(row)] = outcome
    return kept


# A section of a follow-up for promises struck during the period: "Löfte som ströks".
_STRUCK = re.compile(r"\b(?:ströks|strukna?|togs\s+bort|utgick)\b", re.IGNORECASE)


# A page's version in plain Swedish, and the full text after it.
_EASY_READ = re.compile(
    r"^(?:lättläst|lätt\s+svenska|(?:[\w–-]+\s+){0,4}på\s+lätt\s+svenska)$", re.IGNORECASE
)
_FULL_TEXT = re.compile(
    r"^(?:hela\s+(?:texten|löftet)|löftet\s+i\s+sin\s+helhet|fullständig\s+text)$", re.IGNORECASE
)


def _easy_read_summary(blocks: list[_Block], headings: list[bool]) -> tuple[int, int] | None:
    """Where a page sums up its promises in plain Swedish ("Lättläst"): from that heading to
    the full text ("Hela texten") that states them, or to the next heading when the plain
    version follows the full text, past the questions it asks as its headings ("Vad är ett
    medborgarlöfte?", "Vad har de bestämt?")."""
    easy = next(
        (
            index
            for index, (b, heading) in enumerate(zip(blocks, headings, strict=True))
            if heading and _EASY_READ.match(b.text)
        ),
        None,
    )
    if easy is None:
        return None
    following = [
        b for b, heading in zip(blocks[easy + 1 :], headings[easy + 1 :], strict=True) if heading
    ]
    full = next((b for b in following if _FULL_TEXT.match(b.text)), None)
    end = full or next((b for b in following if not b.text.endswith("?")), None)
    return blocks[easy].start, end.start if end else blocks[-1].end


def _focus_kept(
    blocks: list[_Block], headings: list[bool], index: int, heading: str | None
) -> str | None:
    """The focus area of the promises a line at `index` opens: the heading right above it
    ("Trafiksäkerhet" over "Vi lovar:"), one of a document's numbered areas ("Mål 1: Färre
    inbrott" over its background and "Så här gör vi:") or one that names a problem
    ("Trygghet i det offentliga rummet"); not a part of the document over text on something
    else ("Lägesbild" over its figures, a news item's headline, then "Våra löften")."""
    above = next((i for i in range(index - 1, -1, -1) if headings[i]), None)
    if above is None or above == index - 1:
        return heading
    text = blocks[above].text
    if blocks[above].numbered or _GOAL_NUMBER.match(text):
        return heading
    if themes_of(text) != ["other"] and "löfte" not in text.lower() and "|" not in text:
        return heading
    return None


def _focus_area(outcome: _Outcome) -> str | None:
    """The heading a followed-up promise stands under, unless it names none ("Bakgrund"
    over "Löfte 1: Polisen ska ...")."""
    heading = outcome.focus_area
    return heading if heading and section_of(heading) is not Section.NOT_PROMISES else None


def _tells_no_promise(item: str) -> bool:
    """Whether an item that opens with an exclamation names no promise in any of its
    sentences: a thread's last post ("Tack till alla som hört av sig! Ett nytt löfte skrivs
    under i mars.")."""
    said = sentences(item)
    return (
        len(said) > 1
        and said[0].endswith("!")
        and not any(_PROMISED.search(s) or actor_commits(s) for s in said)
    )


# What came of a promise struck during the period: "STRUKET den 14 maj", "Status: Struket."
_STRUCK_RESULT = re.compile(rf"^(?:status\s*:\s*)?{STRUCK}\b", re.IGNORECASE)


def _struck(outcome: _Outcome) -> list[NotDone]:
    """A promise under a heading that says it was struck, or whose result says so ("Status:
    Struket."), was not done, for that reason."""
    if outcome.focus_area and _STRUCK.search(outcome.focus_area):
        return [{"what": outcome.promise, "reason": outcome.focus_area}]
    said = next((done for done in outcome.done if _STRUCK_RESULT.match(done)), None)
    return [{"what": outcome.promise, "reason": said}] if said else []


def _headline(text: str) -> bool:
    """A line of one sentence, or a question and what answers it: "Hur gick det med
    medborgarlöftet 2025? Vi frågade kommunpolisen", or a thread's first post ("... 2023? Här
    kommer en kort tråd. Hela uppföljningen finns ...")."""
    said = sentences(text)
    return len(said) == 1 or said[0].endswith("?")


_NEWSLETTER_CONTENTS = re.compile(r"^i\s+(?:detta|det\s+här)\s+num(?:mer|ret)\b", re.IGNORECASE)


_LETTER = re.compile(r"[^\W\d_]")
# A page's number after a running header or footer: "Sida 2 av 5", "2 (4)".
_PAGE_MARK = re.compile(
    r"(?:\s*\|)?\s+(?:sida\s+)?\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|av\s+\d{1,3})$", re.IGNORECASE
)


def _running_lines(blocks: list[_Block]) -> set[str]:
    """The header or footer a text copied from a paged document repeats on every page: the
    same words before "2 (4)", "Sida 3 av 5" on two or more lines, or after them; or the
    first line again under a page's footer ("LAXÅ KOMMUN | MEDBORGARLÖFTE 2016 | POLISEN")."""
    marked = [
        b.text
        for b in blocks
        if b.text[-1:] in _PAGE_END and len(b.text) <= _HEADER_LENGTH and _PAGE_MARK.search(b.text)
    ]
    stems = Counter(_PAGE_MARK.sub("", text) for text in marked)
    # ... or the same line right under each page's "Sida 2 av 4" footer
    footers = [
        at
        for at, a in enumerate(blocks[:-1])
        if a.text[-1:] in _PAGE_END and (_PAGE_MARK.match(f" {a.text}") or a.text in marked)
    ]
    under_footers = _repeated_under(blocks, footers)
    # ... or right over each page's "MEDBORGARLÖFTE 2021 Sida 2 av 2" ("Höganäs kommun |
    # Polisen | Räddningstjänsten Skåne Nordväst")
    over_marks = Counter(
        a.text
        for a, b in itertools.pairwise(blocks)
        if b.text in marked and len(a.text) <= _HEADER_LENGTH
    )
    # ... or the same words beside a bare page number that changes, on either side as the
    # pages face each other ("Årsredovisning 2023 38" / "38 Hallstahammars kommun | ...")
    paged: list[tuple[str, str, str]] = []  # a line, its words and its page number
    for b in blocks:
        if len(b.text) > _HEADER_LENGTH or "|" not in b.text:
            continue
        if b.numbered and b.number.isdigit():
            paged.append((b.text, b.text, b.number))
        elif bare := _BARE_PAGE_NUMBER.search(b.text):
            paged.append((b.text, b.text[: bare.start()], bare[1]))
    numbers: dict[str, set[str]] = {}
    for _, stem, number in paged:
        numbers.setdefault(stem, set()).add(number)
    return (
        {text for text in marked if stems[_PAGE_MARK.sub("", text)] >= 2}
        | {
            text
            for text, count in (under_footers + over_marks).items()
            if count >= 2 or _CELL_GAP.sub(" ", text) == _CELL_GAP.sub(" ", blocks[0].text)
        }
        # ... or a header of cells on the second of two pages, under the first's footer
        | {text for text in under_footers if " | " in text}
        | {text for text, stem, _ in paged if len(numbers[stem]) >= 2}
    )


_BARE_PAGE_NUMBER = re.compile(r"\s+(\d{1,3})$")


def _repeated_under(blocks: list[_Block], footers: list[int]) -> Counter[str]:
    """The short lines right under each page's footer, and the lines of a header of two or
    three that follow one repeated there ("2 (5)" / "Överenskommelse om samverkan 2026" /
    "Gagnefs kommun – Polisen")."""
    under: Counter[str] = Counter()
    for depth in range(1, 4):
        lines = Counter(
            blocks[at + depth].text
            for at in footers
            if at + depth < len(blocks)
            and len(blocks[at + depth].text) <= _HEADER_LENGTH
            and all(under[blocks[at + d].text] >= 2 for d in range(1, depth))
        )
        under += lines if depth == 1 else Counter({t: n for t, n in lines.items() if n >= 2})
    return under


_HEADER_LENGTH = 120
_CELL_GAP = re.compile(r"\s*\|\s*")  # the running header read as a row of cells on a page
_PAGE_END = frozenset(")0123456789")


def _other_articles(blocks: list[_Block]) -> set[str]:
    """The headlines a newsletter's contents list ("I det här numret") beside the promise's:
    "Ny förskola i Rörstorp" is an article whose "Kommunen ska bygga" promises nothing."""
    start = next((i for i, b in enumerate(blocks) if _NEWSLETTER_CONTENTS.match(b.text)), None)
    if start is None:
        return set()
    listed = itertools.takewhile(lambda b: b.bullet, blocks[start + 1 :])
    return {b.text.casefold() for b in listed if not _NAMES_DOCUMENT.search(b.text.lower())}


def _answers_status(blocks: list[_Block]) -> bool:
    """Whether the text reports on its promises by status: two or more items, each
    answered by the paragraph under it ("1) Polisen ska ..." / "Klart. Polis fanns ...")."""
    answered = sum(
        1
        for block, answer in itertools.pairwise(blocks)
        if block.bullet and _STATUS_ANSWER.match(answer.text)
    )
    return answered >= 2


def _record_with_status(blocks: list[_Block], index: int) -> bool:
    """Whether the block is a record's "Löfte: ..." or "Vi lovade: ..." whose own fields
    give its status ("Ansvarig: Polisen" or "Så blev det: ..." / "Status: Pågår"): from
    there on the text is a status report."""
    if not re.match(
        r"(?:löfte|åtagande|(?:vad\s+)?vi\s+lovade)\s*:", blocks[index].text, re.IGNORECASE
    ):
        return False
    for field_line in blocks[index + 1 : index + 4]:
        if _STATUS_LABEL.match(field_line.text):
            return True
        if not FIELD_LINE.match(field_line.text):
            return False
    return False


# A promise told as made before what the text tells: "Polisen hade lovat att", "Staden hade
# också lovat att", "Vaxholms stad hade i sin tur åtagit sig att".
_HAD_PROMISED = re.compile(
    r"\bhade\s+(?:[\w-]+\s+){0,3}?(?:lovat|utlovat|åtagit\s+sig)\s+att\b", re.IGNORECASE
)


def _quoted_over_result(block: _Block, following: _Block | None) -> bool:
    """Whether a promise quoted word for word stands over a paragraph that tells in the past
    what came of it ('”Polisen kommer att genomföra hastighetskontroller ...”' / "Det här
    höll vi, och lite till. Det blev 29 kontroller ..."): a report on how it went."""
    quoted = _QUOTED_PROMISE.match(block.text)
    return bool(
        quoted
        and following is not None
        and not following.bullet
        and actor_commits(quoted["promise"])
        and any(_DONE_THEN.search(said) for said in sentences(following.text))
    )


def _had_promised_then(block: _Block) -> bool:
    """Whether a paragraph tells what a party had promised, and then in the past what came
    of it ("Polisen hade lovat att göra sjöfyllerikontroller ... Det blev fler än så"): a
    report on how it went."""
    if block.bullet or not _HAD_PROMISED.search(block.text):
        return False
    told = sentences(block.text)
    return any(
        _HAD_PROMISED.search(promised) and _DONE_IN_THE_PAST.match(after)
        for promised, after in itertools.pairwise(told)
    )


def _told_over_result(block: _Block, following: _Block | None) -> bool:
    """Whether the block is a labelled promise told in the past over what came of it
    ("Löftet: Polisen skulle ..." / "Så blev det: Polisen gjorde 27 kontroller"): from
    there on the text follows its promises up."""
    if following is None or ":" not in following.text[:40]:
        return False
    result = _RESULT_LABEL.match(following.text)
    label = result and (_LABEL.match(block.text) or _PROMISED_LABEL.match(block.text))
    return bool(
        result
        and label
        and following.text[result.end() :]
        and _PROMISED.search(block.text[label.end() :])
    )


_OWNER_FIELD = re.compile(rf"^{_OWNER}", re.IGNORECASE)


def _labelled_result(text: str) -> bool:
    """Whether the line tells what came of a promise under a label, and says something."""
    result = _RESULT_LABEL.match(text)
    return bool(result and text[result.end() :].strip())


def _reported_below(blocks: list[_Block], index: int) -> bool:
    """Whether what came of the paragraph follows it under a label ("Läge: Genomfört ..."),
    perhaps after who was responsible ("Ansvar: Tekniska förvaltningen")."""
    for below in blocks[index + 1 : index + 3]:
        if not _OWNER_FIELD.match(below.text):
            return _labelled_result(below.text)
    return False


def _reports_in_turn(blocks: list[_Block], index: int) -> bool:
    """Whether this item, and the next a line or two on (perhaps under a heading of its
    own), each have what came of them on the line below ("Läget: 24 av 30 veckor"); or
    this paragraph in which a party commits, and one of the next few such past the items
    under them, each have it under a label below ("Polisen ska ..." / "Ansvar: ..." /
    "Läge: Genomfört ..."): a report going through its promises."""
    items = blocks[index].bullet

    def reported(at: int) -> bool:
        block = blocks[at]
        if items:
            following = blocks[at + 1] if at + 1 < len(blocks) else None
            return (
                block.bullet
                and following is not None
                and not following.bullet
                and (
                    _labelled_result(following.text)
                    # ... or in the past, in a letter's reply: "1. Polisen: hastighets-
                    # kontroller ..." / "Det blev 15 kontroller, alltså fler än tolv."
                    or (
                        following.tight
                        and _DONE_IN_THE_PAST.match(following.text) is not None
                        and not _PROMISED.search(following.text)
                    )
                )
            )
        return (
            not block.bullet
            and _reported_below(blocks, at)
            and actor_commits(_first_sentence_block(block.text))
        )

    # the next items, or the next paragraphs past the figures listed under a status (a
    # slide's "Status: Genomfört" / "• 14 kontroller")
    later = (at for at in range(index + 2, len(blocks)) if items or not blocks[at].bullet)
    return reported(index) and any(
        reported(at) for at in itertools.islice(later, 2 if items else 4)
    )


_A_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _same_years(heading: str, title: str | None) -> bool:
    """Whether the heading names the years the follow-up's title does, and no other: the
    promise followed up ("Löftet 2019 i korthet" under "Det här blev av med löftet 2019")."""
    named = set(_A_YEAR.findall(heading))
    return bool(named) and title is not None and named <= set(_A_YEAR.findall(title))


def _numbered_row(outcomes: list[_Outcome], number: str) -> _Outcome | None:
    """The row of a status table that a comment numbered `number` ("2.") is about."""
    rows = [outcome for outcome in outcomes if outcome.row]
    at = int(number) - 1 if number.isdigit() else -1
    return rows[at] if 0 <= at < len(rows) else None


def _on_slide(heads: list[str]) -> bool:
    """Whether the headings in a row are a slide's number and title ("Bild 4" / ...)."""
    return len(heads) >= 2 and _SLIDE_NUMBER.match(heads[0]) is not None


def _without_slide_numbers(heads: list[str]) -> list[str]:
    return [head for head in heads if not _SLIDE_NUMBER.match(head)]


def _status_below(blocks: list[_Block], headings: list[bool], index: int) -> bool:
    """Whether the items from `index` to the next heading end in a status ("Status: Klart"):
    then they are what came of the promise the heading names, not promises."""
    for block, heading in zip(blocks[index:], headings[index:], strict=True):
        if _RESULT_LABEL.match(block.text):
            return True  # perhaps a short line read as a heading ("Status: Genomfört")
        if heading:
            return False
    return False


_STATUS_LABEL = re.compile(r"^(?:status|bedömning|måluppfyllelse)\s*:", re.IGNORECASE)


def _under_status(blocks: list[_Block], index: int) -> bool:
    """Whether the item is one of a bulleted list right under a status ("Status: Genomfört"):
    what came of the promise the status is of. Not the next numbered promise."""
    above = index
    while above >= 0 and blocks[above].bullet and not blocks[above].numbered:
        above -= 1
    return (
        0 <= above < index
        and _STATUS_LABEL.match(blocks[above].text) is not None
        and not _NUMBERED_PROMISE.match(blocks[index].text)
    )


# A council answer going through the promise part by part: "Den andra delen var att ...".
_NTH_PART = re.compile(
    r"^(?:den\s+)?(?:första|andra|tredje|fjärde|femte|sjätte|sista)\s+(?:delen|punkten)\s+"
    r"var\s+att\b",
    re.IGNORECASE,
)
_AND_WOULD = re.compile(r",\s+och\s+(?=(?:\w+\s+){1,3}?skulle\s)")


_LAST_YEARS = re.compile(r"^(?:förra\s+året|i\s+fjol)\b", re.IGNORECASE)
_NAMES_OLD_PROMISE = re.compile(
    rf"\b(?:gamla|förra|tidigare)\s+(?:\w+\s+)?{PROMISE_NOUN}te", re.IGNORECASE
)


# What was done, in the past tense: "Kontroller genomfördes", "Polisen gjorde 15
# kontroller", "Två träffar hölls", "Fältarbetarna var ute nio fredagar", "Polisen
# genomförde", "besökte", "ställde".
_DONE_THEN = re.compile(
    r"\b(?:[a-zåäö]{2,}(?:ade|ades|des|tes|dde|tte|rde|lde|mde|vde|kte|pte|xte)|"
    r"gjorde|gjordes|hölls|blev|fick|var)\b"
)


def _result_after(blocks: list[_Block], headings: list[bool], index: int) -> int | None:
    """The paragraph right after this one, past a news item's quotes, if it tells what came
    of it, as its own paragraph in the past tense or under a label ("Läge: ..."), and is
    neither a heading nor another promise told."""
    following = index + 1
    while following < len(blocks) and is_quote(blocks[following].text):
        following += 1
    # ... or past its goal on a line of its own: "Mål: 30 kontroller" / "Utfall: 34 kontroller"
    if following + 1 < len(blocks) and _GOAL_FIGURE.match(blocks[following].text):
        following += 1
    after = blocks[following] if following < len(blocks) else None
    if (
        after is None
        or (headings[following] and not _RESULT_LABEL.match(after.text))  # "Utfall: 34 st"
        or after.bullet
    ):
        return None
    told = sentences(after.text)
    # ... perhaps after its goal: "Mål: 20 kontroller. Utfall: 17 kontroller."
    labelled = any(_RESULT_LABEL.match(s) for s in told)
    tells_result = bool(labelled or _DONE_THEN.search(told[0])) and not any(
        _PROMISED.search(s) for s in told
    )
    return following if tells_result else None


# A council's or a plan's own goal, labelled: "Kommunfullmäktiges mål: ”Hallstahammar ska ...”".
_WHOSE_GOAL = re.compile(r"^[\w-]+s\s+(?:övergripande\s+)?mål\s*:", re.IGNORECASE)
# A promise's goal as a figure, on its own line over what came of it: "Mål: 30 kontroller".
_GOAL_FIGURE = re.compile(r"^(?:mål|målet|målvärde)\s*:\s*(?:minst\s+)?\d[^.]{0,40}$", re.I)
# A status word that opens what came of a promise: "Klart i oktober", "Delvis, ...".
_STATUS_FIRST = re.compile(r"^(?:klart|delvis|genomfört|pågår)\b", re.IGNORECASE)


def _answers_item(blocks: list[_Block], index: int) -> bool:
    """Whether this list item tells, in the past or with a status word, what came of the
    item right above it, which told what was promised: a post's "🚓 Polisen lovade att ..."
    over "✅ Träffen hölls i maj"."""
    above = blocks[index - 1] if index else None
    content = blocks[index].text
    told = sentences(content)
    return (
        above is not None
        and above.bullet
        and bool(_PROMISED.search(above.text))
        and not _WE_PROMISED.search(content)
        and not any(_PROMISED.search(s) for s in told)
        and bool(_DONE_THEN.search(told[0]) or _STATUS_FIRST.match(told[0]))
    )


def _answered(outcomes: list[_Outcome], block: _Block, results_from: int) -> _Outcome:
    """The promise a result reports on: the n:th numbered or lettered result under "Så gick
    det" or "Redovisningen i korthet" the n:th promise quoted above it ("b)" answers "b)"),
    else the last one."""
    number = (
        int(block.number)
        if block.number.isdigit()
        else " abcdefgh".find(block.number.lower() or "?")
    )
    return outcomes[number - 1] if 0 < number <= results_from else outcomes[-1]


def _told_beside(blocks: list[_Block], headings: list[bool], index: int) -> int:
    """How many of the two nearest paragraphs before and after this one, headings aside,
    also tell what was promised: a report that gives each promise a paragraph in the past
    ("Kommunen åtog sig att ..." / "Polisen lovade att ..."), perhaps with what came of it
    as a paragraph between. A news item's quotes between them are asides."""

    def aside(i: int) -> bool:
        return headings[i] or is_quote(blocks[i].text)

    before = (i for i in range(index - 1, -1, -1) if not aside(i))
    after = (i for i in range(index + 1, len(blocks)) if not aside(i))
    return sum(
        not blocks[i].bullet and any(_PROMISED.search(s) for s in sentences(blocks[i].text))
        for i in itertools.chain(itertools.islice(before, 2), itertools.islice(after, 2))
    )


# A promise changed during the year: "Löftet ersattes av en digital frågestund ...", "I april
# ersattes det av ett informationsbrev ...".
_REPLACED = re.compile(
    r"^(?:(?:[\w ]{0,25}?\s)?ersattes\s+(?:(?:det|den|löftet|detta)\s+)?(?:\w+\s+){0,3}?av\s+|"
    # "Det nya lydde: Kommunen ska ha fältassistenter ute ..."
    r"det\s+nya\s+(?:löftet\s+)?(?:lydde|löd|blev)\s*:\s*)"
    r"(?P<new>\S.{9,})$",
    re.IGNORECASE,
)


def _said_below_owner(blocks: list[_Block], index: int) -> bool:
    """Whether the line under the owner of the line at `index` is a paragraph in which a
    party says what it does: the promise's own words, which the line only names."""
    below = blocks[index + 2] if index + 2 < len(blocks) else None
    return below is not None and not below.bullet and opens_with_party(below.text)


# A follow-up's heading over the promise in its own words: "Så här lyder löftet", "Löftet
# löd:", "Det här lovade vi".
_RESTATES = re.compile(
    rf"^(?:så\s+(?:här\s+)?(?:lyder|löd|lydde)\s+(?:\w+\s+)?{PROMISE_NOUN}tet|"
    rf"(?:\w+\s+)?{PROMISE_NOUN}tet\s+(?:löd|lydde|lyder)|"
    r"(?:det\s+här|detta|vad)\s+lovade\s+vi)\b",
    re.IGNORECASE,
)


def _promised_then_asked(question: str) -> _Outcome | None:
    """What a question restates as promised before it asks how it went ("Kommunen lovade
    belysning på gångvägen. Är den klar?"), or asks if it was promised, or None."""
    said = sentences(question)
    if _ASKS_IF_PROMISED.match(said[-1]):
        return _Outcome(said[-1], None)  # "Lovade inte polisen att hjälpa båtägare att ...?"
    if len(said) < 2 or said[0].endswith("?"):
        return None
    if not (_PROMISED.search(said[0]) or _PROMISE_SAYS.match(said[0])):
        return None
    return _Outcome(said[0], None)


# Who a follow-up says promised, before what: "Kommunen och Räddningstjänsten lovade
# tillsammans att".
_PROMISED_BY = re.compile(
    r"^(?P<who>[^.]{2,60}?)\s+(?:också\s+|även\s+)?(?:lovade|åtog\s+sig)\s+(?:\w+\s+)?att\s", re.I
)


# A resident's question that is itself what was promised: "Lovade inte polisen att märka
# båtmotorer i hamnarna?", "Skulle kommunen inte sätta upp belysning vid skolan?", "Och
# trygghetsvandringen i Östra Ljungby, som ni skulle göra tillsammans?"
_ASKS_IF_PROMISED = re.compile(
    r"^(?:lovade|skulle)\s+(?:inte\s+)?(?:polisen|kommunen|ni|vi|staden|[\w-]+\s+kommun)\s+"
    r"(?:inte\s+|också\s+)?(?:att\s+)?\w+[^?]*\?$|"
    r"^[^?]{5,100}?,\s+som\s+(?:ni|vi|polisen|kommunen)\s+(?:också\s+)?(?:skulle|lovade)\b[^?]*\?$",
    re.IGNORECASE,
)


# "Löftet säger att polisen och kommunen ska ...", "I löftet står det att ..."
_PROMISE_SAYS = re.compile(
    rf"^(?:i\s+)?(?:\w+\s+)?{PROMISE_NOUN}tet\s+(?:säger|står\s+det|står)\s+att\b", re.IGNORECASE
)


def _told_item(item: str) -> _Outcome | None:
    """An item that tells one promise in the past with what came of it, or None."""
    told = _promised_sentences(item) if "skulle" in item or "lovade" in item else []
    return told[0] if len(told) == 1 else None


# How many of the promises were kept, summed up: "Fyra av sex delar blev gjorda som vi
# lovade", "Alla fem löftena hölls".
_TALLY = re.compile(
    r"^(?:\w+\s+av\s+(?:de\s+)?|alla\s+)\w+\s+(?:delar|löften|åtaganden|åtgärder|aktiviteter)\w*\b",
    re.IGNORECASE,
)


def _promised_sentences(paragraph: str) -> list[_Outcome]:
    """What a follow-up's paragraph says was promised, a sentence each, with what the
    sentences after it tell of how it went; not a sentence that only says that more would
    be done ("Förra året lovade kommunen att göra mer"). "Blev det så?" asks how it went,
    and the answer follows."""
    outcomes: list[_Outcome] = []
    for sentence in sentences(paragraph):
        # "Tillsammans skulle de ordna ..., och kommunpolisen skulle besöka ...": two promises
        clauses = _AND_WOULD.split(sentence) if _PROMISED.search(sentence) else [sentence]
        for clause in clauses:
            if _PROMISED.search(clause) and refusal(clause):
                # "Polisen och kommunen skulle ordna en vandring i Åhus och berätta om arbetet
                # i rådet": the promise before the part about the promise itself
                head, joined, _ = clause.rpartition(" och ")
                if joined and _PROMISED.search(head) and not refusal(head):
                    clause = head
            if outcomes and (replaced := _REPLACED.match(clause)):
                outcomes[-1].promise = replaced["new"]  # what was promised after the change
            elif _PROMISED.search(clause) and not refusal(clause) and not _TALLY.match(clause):
                outcomes.append(_Outcome(clause, None))
            elif outcomes and not clause.endswith("?"):
                outcomes[-1].done.append(clause)
    for outcome in outcomes:
        outcome.done = [" ".join(outcome.done)] if outcome.done else []
    return outcomes


def _not_done(sentence: str) -> NotDone:
    reason = _REASON.search(sentence)
    named = _NAMED_EXAMPLE.search(sentence)
    if named:
        what = named.group("what").strip()
    else:
        what = re.split(r"\s+har\s+inte\b", sentence, maxsplit=1)[0].strip()
    return {"what": what, "reason": reason.group("reason").strip() if reason else None}


def extract(text: str, reference: Reference) -> Extract:
    """The structure of one promise document; see the module docstring for the rules."""
    text = ordinary_case(text)  # a poster in capitals reads as sentences
    blocks = blocks_of(text)
    in_follow_up = _answers_status(blocks)
    # a page titled as a report: "Så gick det med medborgarlöftet 2021"
    titled_report = any(_FOLLOW_UP_HEADING.match(b.text) for b in blocks[:6])
    if not (in_follow_up or titled_report):  # a report's lines under a party are results
        _items_under_party_bullets(blocks)
    headings = _headings(blocks)
    municipalities = _municipalities(text, reference)
    municipality_name = (
        municipality_organisation_name(municipalities[0]["name"]) if municipalities else None
    )
    contacts = contacts_of(text, default_organisation=municipality_name)
    contact_spans = [(c["source"]["start"], c["source"]["end"]) for c in contacts]
    promises: list[_Promise] = []
    outcomes: list[_Outcome] = []
    outcomes_title: str | None = None
    heading: str | None = None
    intro_parties: tuple[str, ...] = ()
    section_schedule: _SectionSchedule | None = None
    goals: list[Target] = []
    in_done_list = False
    results_told: set[int] = set()  # paragraphs already read as what came of a promise told
    follow_up_part = False
    section = Section.NEUTRAL
    sections: Counter[Section] = Counter()
    candidates: list[Candidate] = []
    timed: list[str] = []  # what the rows of a timeline do, to know a row that repeats one
    under_lead_in = False  # the items being read are under a lead-in item, each a promise
    lead_in_parties: tuple[str, ...] = ()  # ... who that item says does them
    headed = 0  # the outcomes a follow-up's headings named, each over its "Så blev det:"
    intro: str | None = None
    table_head: str | None = None
    # ... and its cells that each hold a party's promises: by party or by year
    table_columns: dict[int, str] = {}
    table_left_out = False  # the table's caption says its rows are not the promise
    other_articles = _other_articles(blocks)
    annexed = _annexed_promise(blocks)
    running = _running_lines(blocks)
    # What an "Inledning" interrupts: the next heading returns to the section before it.
    interrupted: Section | None = None
    reported_on: _Outcome | None = None  # the promise a heading reported the status of
    # The section number of the part on what is done besides the promise ("4" over "4.1
    # Fysisk miljö"), "" when its heading has none; None outside such a part.
    left_out: str | None = None
    legend = _Legend.of(text)
    by_period = False  # in a table whose head names periods: a row of figures
    results_from = 0  # how many promises a "Så gick det" under them reports on, by number
    restating = False  # under a follow-up's "Så här lyder löftet", the promise in its words
    last_period = False  # under the heading of last period's promise, which has ended
    heads: list[str] = []  # the last headings in a row, a slide's title and subtitle
    in_period = False  # under a heading that names a period ("H1 2026"), and its parties'
    headed_at = -1  # where the last heading stands
    outcomes_at_heads = 0  # how many outcomes there were above them
    plan_of_promises = False  # under a "Tidplan" of the promises stated above it
    columns_told = False  # under the head of two columns, what was promised and what came of it
    listed_status: str | None = None  # the status a report lists promises under: "✔ KLART"
    for index, block in enumerate(blocks):
        if index in results_told:
            continue
        content = block.text
        lead_in = 0  # where a paragraph's undertaking starts after the why that opens it
        columns_told = columns_told or bool(_PROMISED_THEN_DONE.match(content))
        by_period = "|" in content and (_over_periods(content) or by_period)
        if _STOP_HEADING.match(content):
            if (promises or outcomes) and (annexed is None or index > annexed):
                break  # the page's contact or "last changed" part after its promises
            continue
        if (
            not content[:1].isalpha()
            and not _LETTER.search(content)
            and not _YEARS_ONLY.match(content)
        ):
            continue  # "........ | ........" where signatures go, a row of figures
        if content in running:
            continue  # "Medborgarlöfte Skurup 2026–2028 2 (4)" atop each page is no heading
        if any(start <= block.start < end for start, end in contact_spans):
            continue  # contact details are never promises, wherever the page puts them
        if "|" in content and signature_row(content, reference.places):
            continue  # signatures side by side, as a table
        if signature_line(content, reference.places):
            continue  # "Anna Berg, kommunstyrelsens ordförande" under "Mora kommun:"
        if (index < _BYLINE_BLOCKS and _BYLINE.search(content)) or (
            PUBLISHED.match(content) and _A_YEAR.search(content)
        ):
            # "Karlshamns kommun | Nyheter | 20 december 2026" under the title, "Publicerat 19
            # januari 2026 av ..."
            continue
        ticks = content.split("|")[1:]
        if len(ticks) >= 2 and all(_TICK_CELL.match(c.strip()) for c in ticks):
            continue  # a form's question and its tick boxes: who answers, how often
        if _is_table_head(content):
            table_head = content
            table_columns = _party_columns(content) or _year_columns(content)
            # "Åtgärd | Ansvarig | Utfall": each row reports on what was promised
            in_follow_up = in_follow_up or bool(
                _PROMISE_TABLE_HEAD.match(content) and _RESULT_COLUMN.search(content)
            )
            # under its own caption "Tabell 4. Så följs löftet upp"
            table_left_out = plan_of_promises or bool(
                index
                and headings[index - 1]
                and section_of(blocks[index - 1].text) is Section.NOT_PROMISES
            )
            if section is Section.NOT_PROMISES and not table_left_out:
                section = Section.NEUTRAL  # "Bakgrund" / ... / "Nr | Åtagande | Ansvarig"
            continue
        # a numbered heading, or one that opens a part, over the next table ("5. Så vet vi om
        # det har blivit bättre" / "Mått | Utgångsläge | Mål", "4 Resurser och kostnader")
        heads_part = headings[index] and (block.numbered or section_of(content) is not None)
        if (
            table_head
            and "|" not in content
            and len(content.split()) <= 4
            and not content.endswith(".")
            and not heads_part
            and index + 1 < len(blocks)
            and "|" in blocks[index + 1].text
            and blocks[index + 1].bullet  # a row, not the head of the next table
        ):
            # a group's label between the rows ("LÖFTET", "STYRNING"): the rows under one
            # that names what is not the promise are left out
            table_left_out = section_of(content) is Section.NOT_PROMISES
            continue
        row_follows = any("|" in b.text for b in blocks[index + 1 : index + 3])
        if (
            table_head
            and "|" not in content
            and len(content.split()) <= 6
            and row_follows
            and not heads_part
        ):
            continue  # a cell's words that wrap under its row ("Per Olofsson (LPO-chef)")
        # ... past a row that lost its cells, not past the next table's caption
        if "|" not in content and (
            heads_part or not (row_follows and not TABLE_CAPTION.match(content))
        ):
            table_head = None
        # "Uppföljning av handlingsplanen | BRÅ | Maj" is a row of activities, not a heading,
        # and "2. Så gick det med medborgarlöftet" under "I detta nummer:" a line of contents.
        if (
            "|" not in content
            and (
                _FOLLOW_UP_HEADING.match(content)
                # a slide's title over its subtitle: "Medborgarlöfte Götene 2025" / "Uppföljning"
                or (
                    0 < index <= 4
                    and content.lower() == "uppföljning"
                    and headings[index - 1]
                    and _PROMISE_HEADING.search(blocks[index - 1].text) is not None
                )
            )
            # not a paragraph that opens with it; a thread's first post asks it ("Hur gick
            # det med medborgarlöftet 2023? Här kommer en kort tråd. ...")
            and (not content.endswith(".") or sentences(content)[0].endswith("?"))
            and _headline(content)
            and not ATTACHMENT.search(content)  # a link to another document
            # a line of contents, not a numbered heading ("3. Uppföljning av ..." over its text)
            and not (block.bullet and section is Section.NOT_PROMISES and not headings[index])
        ):
            if outcomes and headings[index] and section_of(content) is Section.RESULTS:
                # "Löftet löd: ... 1. ... 2. ..." / "Så gick det" / "1. ... 2. ...": what
                # came of each promise quoted above, not a follow-up of its own
                section, results_from = Section.RESULTS, len(outcomes)
                continue
            if outcomes_title is None:
                # a part of a document whose title names the promise, not its own title
                follow_up_part = index >= 3 and sections[Section.PROMISES] > 0
            in_follow_up, outcomes_title, heading = True, content, None
            if index and headings[index - 1] and not _A_YEAR.search(content):
                # "MEDBORGARLÖFTE SÄVSJÖ 2025" / "Uppföljning helår": the title names the year
                outcomes_title = f"{blocks[index - 1].text} {content}"
            if block.numbered or (section is Section.NOT_PROMISES and _WE_PROMISED.search(content)):
                # "3. Uppföljning av ..." ends "2. Lägesbild" above it, and "Det här lovade
                # vi" the "Bakgrund" above it
                section = Section.NEUTRAL
            continue
        if (
            in_follow_up
            and not block.bullet
            and not content.endswith(".")
            and starts_with_party(content)
            and index + 2 < len(blocks)
            and not (blocks[index + 1].bullet or headings[index + 1])
            and (result := _RESULT_LABEL.match(blocks[index + 2].text))
            and blocks[index + 2].text[result.end() :]
            and len(outcomes) - headed < 2  # not after the promises were quoted in full
        ):
            # "Polisen kontrollerar tung trafik på E20" / "Det blev tio kontroller." /
            # "Resultat: Genomfört": a line names what a party was to do, over what was done
            outcomes.append(_Outcome(content, heading))
            outcomes[-1].done.append(blocks[index + 1].text)
            results_told.add(index + 1)
            headed += 1
            continue
        if (
            in_follow_up
            and (result := _RESULT_LABEL.match(content))
            and index
            and headings[index - 1]
            and heading == blocks[index - 1].text
            and len(outcomes) == headed  # not after the promises were quoted in full
        ):
            # "Upplyst gångväg längs älven" / "Så blev det: ...": the heading names what was
            # promised
            outcomes.append(_Outcome(heading, None))
            headed += 1
        elif (
            in_follow_up
            and _RESULT_LABEL.match(content)
            and _on_slide(heads)
            and len(outcomes) == outcomes_at_heads
            and (named := ". ".join(_without_slide_numbers(heads)))
        ):
            # a slide's title and subtitle over its figures and "Status: GENOMFÖRT"
            outcomes.append(_Outcome(named, None))
        if in_follow_up and outcomes and (result := _RESULT_LABEL.match(content)):
            reported = content[result.end() :]  # "Resultat: ...", "Status: Genomfört"
            if not reported:
                in_done_list = True  # "Resultat:" over a list of what was done
                continue
            if _NOT_STARTED.match(reported):
                outcomes[-1].not_done.append({"what": outcomes[-1].promise, "reason": None})
            else:
                outcomes[-1].done.append(reported)
            # "• Genomfört: 83 %" / "• 10 av 12 månader": the items under it go with it
            in_done_list = in_done_list or block.bullet
            continue
        if (
            in_follow_up
            and outcomes
            and content[:1].islower()
            and _RESULT_LABEL.match(blocks[index - 1].text)
            and (promised_by := _PROMISED_BY.match(outcomes[-1].promise))
        ):
            # "Polisen lovade att" / "vara synlig vid torget" / "Så blev det: ..." /
            # "kontrollera mopeder ...": the next thing the same party promised
            outcomes.append(
                _Outcome(content, outcomes[-1].focus_area, by=tuple(_parties(promised_by["who"])))
            )
            continue
        if (
            in_follow_up
            and _STATUS_LINE.match(plain_status := _MARKS_BEFORE.sub("", content))
            and not _STATUS_LEGEND.search(content)
        ):
            listed_status = plain_status  # "✔ KLART", "◐ PÅGÅR" over the promises it was so with
        if (
            in_follow_up
            and index
            and block.tight
            and not block.bullet
            and blocks[index - 1].bullet
            and not blocks[index - 1].numbered  # a mark, not "2.6 Polisen och kommunen"
            and only_names_party(blocks[index - 1].text)
            and not governs_the_promise(content)
        ):
            # "🚓 POLISEN" / "Hastighetskontroller vid skolorna ..." / "Mål: 20 | Gjort: 26": the
            # party's promise, under the status it was so with
            outcome = _Outcome(content, heading, by=tuple(_parties(blocks[index - 1].text)))
            if listed_status and _NOT_STARTED.match(listed_status):
                outcome.not_done.append({"what": content, "reason": None})
            elif listed_status:
                outcome.done.append(listed_status)
            outcomes.append(outcome)
            reported_on = outcome
            continue
        if (
            (status := _STATUS_AFTER.search(content))
            and (
                headings[index]
                or block.numbered
                or block.bullet
                # ... or a paragraph that opens with a promise's short name: "Lampor vid
                # resecentrum – Genomfört. Nya armaturer monterades ..."
                or _SHORT_NAME.fullmatch(content[: status.start()]) is not None
            )
            and "|" not in content
            and not _STATUS_LINE.match(content)  # the legend: "Grönt – genomfört"
        ):
            # "2.3 Bättre belysning vid gångtunneln – Delvis genomfört" reports on a promise
            in_follow_up = True
            if status["status"] and re.fullmatch(STRUCK, status["status"], re.IGNORECASE):
                reported_on = None
                continue  # "... – Stryks": no longer part of the promise
            # ... perhaps with what came of it after the status, in a list item
            outcome = _Outcome(content[: status.start()], heading)
            after = content[status.end() :]
            said = status["status"] or _MARK_SAYS.get(status["mark"], _MARK_SAYS_NOT)
            if _NOT_STARTED.match(said):
                outcome.not_done.append({"what": outcome.promise, "reason": after or None})
            else:
                outcome.done.append(f"{said}. {after}" if after else said)
            outcomes.append(outcome)
            reported_on = outcome
            continue
        if (
            in_follow_up
            and (by_name := _NAMED_RESULT.match(content))
            and (named_outcome := _named_outcome(outcomes, int(by_name["number"]), by_name["name"]))
        ):
            # "Löfte 2 – Mottagningen i Dals Långed: fyra av fem tillfällen" under the list of
            # what was promised: what came of the second, by a short name for it
            named_outcome.done.append(by_name["result"])
            continue
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        previous = blocks[index - 1] if index else None
        in_follow_up = (
            in_follow_up
            or _told_over_result(block, following)
            or _record_with_status(blocks, index)
            or _reports_in_turn(blocks, index)
            or _had_promised_then(block)
            or _quoted_over_result(block, following)
        )
        if not block.bullet and content.endswith("?") and (asked := _promised_then_asked(content)):
            # a page of questions and answers: "Polisen lovade att kontrollera
            # snöskotertrafiken. Har det blivit av?" over its answer
            if following is not None and not headings[index + 1]:
                asked.done.append(following.text)
                results_told.add(index + 1)
            outcomes.append(asked)
            in_follow_up = True
            continue
        # "Fler vuxna ute på kvällarna" over "Ansvar: Kommunen": a promise, not a heading.
        # "Ni lovade att patrullera vid sjön. Blev det så?" and a report's "1.1 Polisen har
        # fast närvaro i centrum" are what a follow-up reports on. A slide's "Löfte 2" over
        # "Hastighetskontroller på Marnäsvägen" heads the promise, in its own words.
        heading_like = (
            headings[index]
            and not (
                in_follow_up
                and (
                    _PROMISED.search(content)
                    or (block.numbered and starts_with_party(content))
                    # a slide's promise over its "Status: Genomfört"
                    or (actor_commits(content) and _reported_below(blocks, index))
                    # a promise restated as its heading over what came of it ("Polisen gör
                    # minst tio trafikkontroller vid skolorna" / "Polisen gjorde tretton ...")
                    or _restated_over_result(blocks, headings, index)
                )
            )
            and not (
                section is Section.PROMISES
                and previous is not None
                and _PROMISE_NUMBER.match(previous.text)
            )
        ) or bool(  # a news item's headline, not the last item of a list or its byline
            following  # above the date
            and PUBLISHED.match(following.text)
            and not block.bullet
            and not _CREDIT.match(content)
        )
        owner = next(
            (b for b in (following, previous) if b is not None and _RESPONSIBLE.match(b.text)),
            None,
        )
        if (
            previous is not None
            and promises
            and previous.start <= promises[-1].start < previous.end
            and _RESPONSIBLE.match(content)
        ):
            continue  # who does the promise above: "Vem: Kommunen samordnar, föräldrar går"
        # The old one may run into the new one where a PDF joined their lines.
        new = _NEW_PROMISE.search(content) or (
            # "Tidigare: Kommunen ser över belysningen" / "Nu: Kommunen byter armaturerna"
            _NOW.match(content) if previous and _OLD_PROMISE.match(previous.text) else None
        )
        if _OLD_PROMISE.match(content) and new is None:
            continue
        form_field = _DESCRIBED.match(content) if owner is not None else None
        own_words = form_field or new  # where the promise's own words start
        owned = (
            # "Fler vuxna ute" or "4.1 Minst 20 trygghetsvandringar under året." over
            # "Ansvarig: Kommunen"; not a goal to be measured over its owner.
            owner is not None
            and following is owner
            and (heading_like or not (block.bullet or refusal(content)))
            and section_of(content) is None
            # "Så följer vi upp löftet" / "Vad vi gör: Går igenom löftet ..." / "Vem: ..."
            and section is not Section.NOT_PROMISES
            # "Åtgärd 3.1" over "Ansvarig part:" and "Beskrivning:" names a form's record
            and len(_WORD.findall(content)) >= 3
            and not _TIME_FIELD.match(content)
            # a heading over its owner and the promise's own paragraph: "Polis på plats i
            # Rimforsa" / "Ansvar: Polisen · Start: april" / "Polisen kommer att ha ..."
            and not _said_below_owner(blocks, index)
        ) or own_words is not None
        if _YEARS_ONLY.match(content) and index and headings[index - 1]:
            # A title wrapped before its years ("Medborgarlöfte för Malung-Sälens kommun" /
            # "2025–2027") opens what the whole title would.
            opens = section_of(f"{blocks[index - 1].text} {content}")
            section = opens or section
            intro = f"{blocks[index - 1].text} {content}" if opens is Section.PROMISES else intro
            continue
        if heading_like and not owned:
            reported_on = None
            opens = section_of(content)
            if (
                opens is Section.PROMISES
                and section is Section.NOT_PROMISES
                and _AGREED_ONLY.match(content)
                and index
                and headings[index - 1]
            ):
                # "2.1 Om syftet" / "Parterna är överens om att": what they agree on is the
                # part's, a purpose or a priority, not what they will do
                opens = Section.NOT_PROMISES
            in_period = bool(_PERIOD_HEADING.match(content)) or (
                in_period and only_names_party(content)
            )
            headed_at = index
            if (
                previous is None
                or not headings[index - 1]
                or not heads
                or _SLIDE_NUMBER.match(content)
            ):
                heads, outcomes_at_heads = [], len(outcomes)  # a run of headings, or a slide
            heads.append(content)
            if opens is None and content.casefold() in other_articles:
                opens = Section.NOT_PROMISES  # a newsletter's article on something else
            numbers_promise = (
                opens is None
                and not in_follow_up
                and bool(_PROMISE_NUMBER.match(_TITLE_AFTER.split(content, maxsplit=1)[0]))
            )
            if numbers_promise:
                # "Löfte 2", "Löfte 2 – Unga och narkotika" numbers the promise under it
                opens = Section.PROMISES
            if opens is None and in_follow_up and outcomes and _SUMMING_UP.match(content):
                # a follow-up's "Sammanfattning" of how it went, after the promises it reports
                opens = Section.NOT_PROMISES
            # "5. Tidplan", "Handlingsplan 2019" after the promises: when and how those are
            # carried out, row by row, not more promises
            plan_of_promises = (
                opens is None and len(promises) >= 2 and bool(_PLAN_OF_PROMISES.match(content))
            )
            if plan_of_promises:
                opens = Section.NOT_PROMISES
            elif opens is None and not promises and _PLAN_OF_PROMISES.match(content):
                opens = Section.PROMISES  # "Tidslinje", "3. Årsplan 2026": the promises in time
            elif (
                opens is None
                and not in_follow_up
                # ... or past an event set aside, whose part the next date ends
                and (section is Section.NEUTRAL or left_out is not None)
                and _TIME_HEADING.fullmatch(content)
            ):
                # a plan's "MÅNDAG", "tisdag 14 mars", "april–maj": the part it heads is what
                # is done then, and the time heads it as a heading
                section = Section.PROMISES
            aside = _ASIDE_OF_FOLLOW_UP.match(_AGENDA.sub("", content))  # "... Diskussion"
            if opens is None and in_follow_up and aside:
                # what the promise was ("Om löftet" / "• Gällde 1 januari–31 december 2023")
                # and what comes next ("Inför 2024" / "• Nytt löfte skrivs under i mars")
                opens = Section.NOT_PROMISES
            # "Medborgarlöfte 2021" / "... är nu avslutat.": last period's, lists and all
            ended = (
                opens is Section.PROMISES
                and following is not None
                and not following.bullet
                and ENDED.search(following.text) is not None
            )
            opens = Section.NOT_PROMISES if ended else opens
            if opens is None and section is Section.PROMISES and _heads_nothing(block, following):
                candidates.append(
                    _candidate(
                        block, Judgement(False, 0.15, "rad i löftesdelen som liknar en rubrik")
                    )
                )
            # "Nya löften" opens the next promises; "Medborgarlöfte Ånge 2026" under the
            # title "Halvtidsrapport" or "Så gick det" names the promise followed up, and a
            # table's head "Löfte | Planerat | Utfört" the promises reported on. A part of the
            # document on how last year went ends where another part, "Vad de boende säger",
            # begins.
            if left_out is not None and (
                opens
                or _PROMISE_HEADING.match(content)
                or not _inside_part(block, left_out)
                or _TIME_HEADING.fullmatch(content)  # the next date of an events list
            ):
                left_out = None
            last_period = ended or (last_period and not opens)
            # "Så här lyder löftet" and the party's lines under it restate what was promised
            restating = in_follow_up and (
                bool(_RESTATES.match(content))
                or (
                    restating
                    and opens is Section.PROMISES
                    and (starts_with_party(content) or _bare_intro(content))
                )
            )
            in_follow_up = in_follow_up and (
                opens is not Section.PROMISES
                or restating
                or index < 3
                or "|" in content
                or TABLE_CAPTION.match(content) is not None  # "Tabell 1. Löften, mål och utfall"
                or _same_years(content, outcomes_title)  # "Löftet 2019 i korthet"
                or (previous is not None and previous.text == outcomes_title)
            )
            in_follow_up = in_follow_up and not (follow_up_part and opens is Section.NOT_PROMISES)
            if (
                _POLICE.search(content)
                and _MUNICIPALITY.search(content)
                and opens is None
                and not _PROMISE_NUMBER.match(content)  # "Löfte 3 (Polisen och kommunen)"
            ):
                intro_parties = tuple(_parties(content))
            else:
                # "Polisen" / "Kommunen" under "Det här gör polisen och kommunen redan": the
                # parts of what is not promised
                party_part = (
                    section is Section.NOT_PROMISES
                    and opens is None
                    and heading is not None
                    and names_party(heading)
                    # what the parties do, not what "vi" have seen ("Det här har vi sett")
                    and _DONE_OUTSIDE.search(heading) is not None
                    and len(content.split()) <= 3
                    and names_party(content)
                )
                if (opens is not Section.PROMISES or numbers_promise) and not party_part:
                    heading, in_done_list = content, False
                elif section is not Section.PROMISES and not party_part:
                    heading = None  # "Bakgrund" or last year's promises head none of "Våra löften"
                intro_parties = tuple(_parties(content)) if opens and names_party(content) else ()
                section_schedule = None
                resumed = section if section is Section.PROMISES or party_part else Section.NEUTRAL
                resumed = interrupted if interrupted and not opens else resumed
                resumed = Section.NOT_PROMISES if left_out is not None else resumed
                interrupted = (
                    section if introduces(content) and section is Section.PROMISES else None
                )
                section = opens or resumed
                sections[section] += 1
                # "Redovisningen i korthet" over "a) ...", "b) ...": what came of each, by letter
                results_from = len(outcomes) if opens is Section.RESULTS else 0
                intro = content if opens is Section.PROMISES else intro
            continue
        # what a party's heading over a list says it does ("Fotpatrull vid stationen fredag
        # kväll" under "POLISEN"), and when: in the item, or a period's heading above the
        # party's ("H1 2026"), or the promise's ("Det här lovar vi"); not under the page's
        # name atop it ("Haparanda stad")
        party_item = block.bullet and listed_under_party(
            heading if headed_at > 0 else None,
            content,
            dated=in_period or section is Section.PROMISES,
        )
        label = (
            _LABEL.match(content)
            or _STAMPED_LABEL.match(content)
            or (_PARTY_SENTENCE.match(content) if not block.bullet else None)
            or _named_party_label(content)
        )
        if label and len(content[label.end() :].split()) < 2:
            label = None  # "Kommun: Älmhult" names the kommun, not what it does
        # ... over "Polisen: ..."; not over the next list's "Det här gör kommunen:"
        leads_items = following is not None and (
            following.sub
            or bool((field := _LABEL.match(following.text)) and following.text[field.end() :])
        )
        if (
            block.bullet
            and not in_follow_up  # there each item is a promise reported on
            and not block.closed
            and len(content) <= 80
            and content[:1].isupper()
            and "|" not in content  # a row of a table of activities
            and not label  # "Polisen: mopedkontroller i Hovmantorp"
            and not commits(content)
            and not party_does(content)  # "Kommunen lyser upp gångvägen"
            # "Farthinder vid skolan i Silverdalen (Kommunen)": who does it, after it
            and not ENDS_WITH_PARTY.search(content)
            # "Fotpatrull vid stationen fredag kväll" under "POLISEN" is what it does
            and (leads_items or not party_item)
            and (
                leads_items
                or not (
                    section is Section.PROMISES
                    and (starts_with_action(content) or promised_by_intro(intro))
                )
            )
        ):
            # A sub-heading inside a list ("- Förebyggande arbete i skolan"); one that heads
            # no items may still be a promise written as a noun phrase.
            if not leads_items and section is Section.PROMISES:
                candidates.append(
                    _candidate(block, Judgement(False, 0.2, "punkt som liknar en rubrik"))
                )
            continue
        if in_follow_up and _announces(block) and _announced(content) is Section.NOT_PROMISES:
            section = Section.NOT_PROMISES  # "Anteckningar:" over the speaker's notes
            continue
        if (
            in_follow_up
            and outcomes
            and _announces(block)
            and section_of(content) is Section.RESULTS
        ):
            # "Redovisning i korthet:" over "1) Genomfört. ...", "5) Genomförs genom ..."
            section, results_from = Section.RESULTS, len(outcomes)
            continue
        if (
            in_follow_up
            and not block.bullet
            and following is not None
            and following.bullet
            and _STATUS_LINE.match(following.text)
            and len(told := _promised_sentences(content)) == 1
        ):
            # "Kommunen skulle byta ut belysningen i Örnäsparken." / "✖ Inte klart – ..."
            outcome, state = told[0], following.text
            outcome.focus_area = heading
            if _NOT_STARTED.match(state):
                outcome.not_done.append({"what": outcome.promise, "reason": state})
            else:
                outcome.done.append(state)
            outcomes.append(outcome)
            results_told.add(index + 1)
            continue
        if in_follow_up:
            if by_period and outcomes and not _over_periods(content):
                outcomes[-1].done.append(content)  # "Besök | 3 | 2 | 0 | 4 | 9 av 9"
                continue
            if (
                by_period
                or _STATUS_LINE.match(content)
                or _MENU_ROW.match(content)
                or (_FIGURES_ROW.match(content) and _MEASURED.search(content))
            ):
                continue
            if outcomes and (answer := _STATUS_ANSWER.match(content)):
                answered = _answered(outcomes, block, results_from)
                if _NOT_STARTED.match(answer["status"]):
                    answered.not_done.append({"what": content, "reason": None})
                else:
                    answered.done.append(content)
                continue
            if reported_on is not None and outcomes[-1] is reported_on and not block.bullet:
                label = _PROMISED_LABEL.match(content)
                quoted = label and _QUOTED_AFTER_LABEL.match(content, label.end())
                if quoted:
                    # the promise in its own words, instead of the heading's name for it
                    reported_on.promise = quoted["promise"]
                    content = content[quoted.end() :]
                # "Träffarna skulle hållas av kommunpolisen ..." under "2.5 Föräldraträffar –
                # Ej påbörjat" tells how it went
                if content:
                    reported_on.done.append(content)
            elif (
                block.numbered
                and heading
                and _TABLE_COMMENTS.match(heading)
                and (row := _numbered_row(outcomes, block.number))
            ):
                row.done.append(content)  # "2. Fältassistenterna har varit ute ..." on row 2
            elif (quoted := _QUOTED_PROMISE.match(content)) and not refusal(quoted["promise"]):
                # not the promise's wish quoted: '”Vi vill att fler ska känna sig trygga ...”'
                outcomes.append(_Outcome(quoted["promise"], heading))
            elif columns_told and not block.bullet and content.count(" | ") == 1:
                # "Göra hastighetskontroller vid skolorna ... | 31 kontroller ... Klart."
                left, right = (cell.strip() for cell in content.split(" | "))
                outcomes.append(_Outcome(left, heading, done=[right]))
            elif _DONE_INTRO.search(content):
                in_done_list = True
            elif outcomes and (
                is_quote(content) or (block.bullet and _lone_quote(blocks, headings, index))
            ):  # "– Ja, vi var där, säger Elin Fransson."
                if outcomes[-1].focus_area == heading:  # not the answer under "Vad händer nu?"
                    outcomes[-1].done.append(content)
            elif (
                block.bullet
                and outcomes
                # not a row of a table of promises, whose result is in its own cells
                and not (table_head and "|" in content and _PROMISE_TABLE_HEAD.match(table_head))
                and (
                    in_done_list
                    or reports_result(content)
                    or _answers_item(blocks, index)
                    or (_DONE_IN_THE_PAST.match(content) and not _PROMISED.search(content))
                )
            ):
                _answered(outcomes, block, results_from).done.append(content)
            elif _NOT_DONE.search(content) and outcomes and not _promised_sentences(content):
                # not a paragraph that tells another promise, perhaps not done yet
                outcomes[-1].not_done.append(_not_done(content))
            elif block.bullet and section is Section.RESULTS and (item := _told_item(content)):
                # "1. Polisen skulle patrullera ... – det blev 41 av 52 fredagar"
                item.focus_area = heading
                outcomes.append(item)
            elif block.bullet and section is Section.RESULTS and outcomes and not table_head:
                # under "Utfall" after "Löfte 1"; not the next row of a table of them
                _answered(outcomes, block, results_from).done.append(content)
            elif block.bullet and outcomes and _under_status(blocks, index):
                # "Löfte 1: Polisen ..." / "Status: GENOMFÖRT" / "• 14 kontroller"; under
                # "Status: EJ GENOMFÖRT", why not
                if outcomes[-1].not_done and not outcomes[-1].done:
                    outcomes[-1].not_done.append(_not_done(content))
                else:
                    outcomes[-1].done.append(content)
            elif (
                block.bullet
                and (_on_slide(heads) or (heads and len(outcomes) > outcomes_at_heads))
                and _SLIDE_NUMBER.match(heads[0])
                and _status_below(blocks, headings, index)
            ):
                # figures under a slide's title, or under the promise that opens it ("Bild 6"
                # / "Löfte 3: Kommunen röjer ..."), over its "Status: GENOMFÖRT"
                if len(outcomes) == outcomes_at_heads:
                    outcomes.append(_Outcome(". ".join(_without_slide_numbers(heads)), None))
                outcomes[-1].done.append(content)
            elif (
                block.bullet
                and section is not Section.NOT_PROMISES
                and not _FIGURES_ITEM.match(content)
                and not _person_line(content)  # "Elin Carlberg, trygghetssamordnare, ..."
                and section_of(content) is not Section.NOT_PROMISES  # "Underlag: ..."
                and not _tells_no_promise(content)  # a thread's "Tack till alla ...! ..."
                and not decides(content)  # "1. att godkänna uppföljningen av löftet"
                and not (is_quote(content) and not _PROMISED.search(content))  # "– ..., säger X."
                and not only_names_party(content)  # "2.5 Polisen och kommunen tillsammans"
                and not _AGENDA.search(content)  # "8. Räddningstjänsten: ... Information"
                # a record's title over its "Åtagande: ...", which says what was promised
                and not (index + 1 < len(blocks) and _record_with_status(blocks, index + 1))
            ):
                made = _Outcome.of_row if "|" in content else _Outcome
                if (outcome := made(content, heading)).promise:  # not "| Kakor | Om oss"
                    outcome.by = lead_in_parties
                    outcomes.append(outcome)
            elif (
                section is Section.PROMISES
                and intro
                and _same_years(intro, outcomes_title)
                and starts_with_party(content)
                and previous is not None
                and (
                    previous.text == intro
                    or bool(outcomes and outcomes[-1].promise == previous.text)
                )
            ):
                # the same list with no markers, line by line under "Löftet 2019 i korthet"
                outcomes.append(_Outcome(content, heading))
            elif following is not None and following.bullet and _LEADS_IN.search(content):
                lead_in_parties = tuple(_parties(content))  # "Kommunen lovade att" / "- ..."
                # ... also after a legend's part ("Så läser du smileysarna")
                section = Section.NEUTRAL if section is Section.NOT_PROMISES else section
            elif outcomes and (replaced := _REPLACED.match(_first_sentence_block(content))):
                outcomes[-1].promise = replaced["new"]  # "Löftet ersattes av ..."
            elif promised_here := _promised_sentences(content):
                # "Därför lovade polisen att ... Det blev ... Kommunen lovade att ..."
                for outcome in promised_here:
                    outcome.focus_area = heading
                outcomes += promised_here
            elif not (heading and _TABLE_COMMENTS.match(heading)) and (
                promised := _LABEL.match(content)
                or _NUMBERED_PROMISE.match(content)
                # "Mål: Polisen gör kontroller ..." over "Utfall: 17 kontroller"
                or (
                    _PROMISED_LABEL.match(content)
                    if following is not None
                    and _RESULT_LABEL.match(following.text)
                    # not the goal under what was promised ("Vad vi lovade: ..." / "Mål: 20
                    # kontroller" / "Resultat: 17")
                    and not (previous is not None and _PROMISED_LABEL.match(previous.text))
                    else None
                )
            ):
                # "Löfte: Polisen ska ...", "Löfte 2: Kommunen ska ..."; not a record of the
                # report itself ("Löfte: Rapportera läget för löftet till trygghetsrådet")
                if not governs_the_promise(content[promised.end() :]):
                    outcomes.append(_Outcome(content[promised.end() :], heading))
            elif (
                not block.bullet
                and _reported_below(blocks, index)
                and actor_commits(_first_sentence_block(content))
                and not governs_the_promise(content)
                and not _WHOSE_GOAL.match(content)  # "Kommunfullmäktiges mål: ”... ska ...”"
            ):
                # "Polisen ska ha synlig närvaro i centrum." over "Läge 30 juni: ...", perhaps
                # with who is responsible between ("Ansvar: Socialförvaltningen")
                outcomes.append(_Outcome(content, heading))
            elif (
                heading
                and _PROMISE_NUMBER.match(heading)
                and (outcomes[-1].focus_area != heading if outcomes else True)
            ):
                # "Löfte 1" / "Polisen och kommunen genomför ..." / "Status: Genomfört"
                outcomes.append(_Outcome(content, heading))
            elif _restated_over_result(blocks, headings, index):
                outcomes.append(_Outcome(content, heading))
            elif outcomes and not block.bullet and re.match(r"^\w+\s+och\s+\w+\s+har", content):
                outcomes[-1].done.append(content)
            elif (
                outcomes
                and not block.bullet
                and block.tight
                and not heading_like
                and not headings[index - 1]
                and section is not Section.NOT_PROMISES  # not under "Inför nytt löfte"
            ):
                # the line right under what was promised tells how it went: "Det gjorde vi:
                # 18 kontroller genomfördes under året."
                outcomes[-1].done.append(content)
            continue
        if _announces(block):
            if _ELABORATED.match(content) and block.tight and previous and not previous.bullet:
                content = f"{previous.text} {content}"  # "Polisen lovar ... Bland annat:"
            opens = _announced(content)
            if opens is Section.PROMISES and section is not Section.PROMISES:
                heading = _focus_kept(blocks, headings, index, heading)
            section = (None if last_period else opens) or section
            sections[section] += 1
            # A list's own introduction that promises nothing ("Problemen vi ser är:",
            # "Det gäller följande platser:") stands in for the promise part's above it.
            intro = content if opens in (Section.PROMISES, None) else intro
            if names_party(content):
                intro_parties = tuple(_parties(content.split("lovar")[0] + " " + content))
            continue
        if (
            not block.bullet
            and following is not None
            and following.tight
            and _ELABORATED.match(following.text)
            and index + 2 < len(blocks)
            and blocks[index + 2].bullet
        ):
            # "Där lovar polisen att fokusera mer på narkotika." / "Bland annat:" over the
            # items that each say what is done: the sentence sums them up
            candidates.append(
                _candidate(block, Judgement(False, 0.4, "inledning till punkterna under"))
            )
            continue
        under_lead_in = under_lead_in and block.sub
        if (
            block.sub
            and not label
            and not under_lead_in
            and not opens_with_party(_first_sentence_block(content))
        ):
            continue  # a detail of the item above, unless a party commits or acts in it
        if (
            block.bullet
            and not block.sub
            and following is not None
            and following.sub
            and (opens_with_party(following.text) or _LEADS_IN.search(content))
        ) or (
            # "Löfte 1. Vi ska få ner hastigheterna i tätorten." over items that each say who
            # does what
            not block.bullet
            and _GOAL_NUMBER.match(content)
            and following is not None
            and following.bullet
            and opens_with_party(following.text)
        ):
            # "1. Vi ska minska risken för bedrägerier mot äldre." over "- Kommunpolisen
            # besöker träffpunkten ...", or "Polisen ska öka sin synlighet genom att" over
            # "- besöka byarna ...": what the items under it each promise
            candidates.append(
                _candidate(block, Judgement(False, 0.4, "inledning till punkterna under"))
            )
            under_lead_in = True
            lead_in_parties = tuple(_parties(content))
            continue
        if label and (why := refusal(content[label.end() :])):
            judgement = Judgement(False, 0.3, why)  # "Kommunens del: Ingen egen aktivitet i år."
        elif label and label.start("label") and _repeats(content[label.end() :], timed):
            # "12 mars Polisen: Mobil polisstation på torget" / "12 maj Polisen: Mobil
            # polisstation vid Sörberge centrum", "18 mars ...: Samma informationskväll, nu i ..."
            judgement = Judgement(False, 0.4, "upprepar en tidigare rad i tidplanen")
        elif label:
            if label.start("label"):  # after when: a timeline's row
                timed.append(content[label.end() :])
            if label.re is _PARTY_SENTENCE:  # "Kommunen. Höganäs kommun anlitar ..."
                lead_in = label.end()
            judgement = (
                Judgement(True, 0.9, "raden börjar med vem som gör det")
                if names_who(label.group("label"))
                else Judgement(True, 0.9, f"raden börjar med '{label.group('label')}:'")
            )
        elif table_head:
            figures = all(_FIGURE.match(cell.strip()) for cell in content.split("|")[1:])
            why = "rad i en tabell med siffror, inte ett åtagande" if figures else None
            if table_left_out:
                why = "står under en rubrik som inte gäller löften"
            if _left_out_row(table_head, content) or legend.leaves_out(content):
                why = NOT_IN_THE_PROMISE
            elif legend.promised and not legend.promised_mark(content):
                why = "raden är inte märkt som en del av löftet"
            # (a plan's party cells are judged one by one)
            cells = [] if table_columns else _judged_cells(table_head, content)
            why = why or next(filter(None, map(refusal, cells)), None)
            judgement = (
                Judgement(False, 0.3, why)
                if why
                else Judgement(True, 0.8, f"rad i tabellen under '{table_head}'")
            )
        elif form_field:
            why = refusal(content[form_field.end() :])  # "Vad: Avstämning i ... rådet"
            judgement = (
                Judgement(False, 0.3, why)
                if why
                else Judgement(True, 0.7, "fält i en ifylld mall, bredvid vem som ansvarar")
            )
        elif new:
            judgement = Judgement(True, 0.85, "raden säger att det är ett nytt löfte")
        elif owned:
            judgement = Judgement(True, 0.7, "raden följs av vem som ansvarar för den")
        elif block.bullet and _lone_quote(blocks, headings, index):
            judgement = Judgement(False, 0.3, "ett citat i en nyhetstext")
        elif block.bullet and legend.leaves_out(content):
            judgement = Judgement(False, 0.3, "punkten är märkt som något som inte ingår i löftet")
        elif legend.promised:
            # Only the lines the legend marks are the promise's; the mark is not its words.
            if (mark := legend.promised_mark(content)) and (
                why := refusal(content.removeprefix(mark))
            ):
                judgement = Judgement(False, 0.3, why)  # "Ring A | Båda | Undertecknande ..."
            elif mark:
                # the row's words after its mark, at its start or after its time
                marked = 0 if content.endswith(mark) else content.index(mark) + len(mark)
                lead_in = len(content) - len(content[marked:].lstrip())
                judgement = Judgement(True, 0.8, f"raden är märkt {mark}, som ingår i löftet")
            else:
                judgement = Judgement(False, 0.3, "raden är inte märkt som en del av löftet")
        elif party_item:
            judgement = Judgement(True, 0.6, f"punkt under '{heading}' som säger vad och när")
        elif (
            section not in (Section.NOT_PROMISES, Section.RESULTS)
            and content.count("|") == 1
            and (when := _WHEN_CELL_ROW.match(content))
            and (
                party_does(done := content[when.end() :])
                or ENDS_WITH_PARTY.search(done.rstrip(".")) is not None  # "... (kommunen)."
            )
            and not refusal(done)
            and not governs_the_promise(done)
        ):
            # a plan of two columns, when and what a party does ("Skoldagar hela året |
            # Kommunen har en skolvärd vid busstationen ...")
            judgement = Judgement(True, 0.7, "rad i en plan: när, och vad en part gör")
        elif (
            section not in (Section.NOT_PROMISES, Section.RESULTS)
            and _party_row(content)
            and not refusal(done := content.split("|")[1].strip())
            and not governs_the_promise(done)
        ):
            # ... or who, and what it does ("Kommunen | Anställer fyra sommarvärdar ...")
            judgement = Judgement(True, 0.7, "rad: vem, och vad den gör")
        elif block.bullet:
            judgement = judge_item(
                content,
                section,
                in_promise_list=bool(intro_parties) or section is Section.PROMISES,
                after_promises=bool(promises),
                intro=intro if section is Section.PROMISES else None,
                recovered=block.recovered,
                heading=heading,
                among_parties=section is Section.NEUTRAL and _party_list(blocks, headings, index),
            )
        else:
            leads = any(
                following.text.endswith(":") and section_of(following.text) is Section.PROMISES
                for following in blocks[index + 1 : index + 3]
            )
            # Under "Löfte 2: Mindre buskörning" the paragraph is the promise's own text; it
            # may open with why ("Många upplever ... Polisen kontrollerar ...").
            promise_text = heading is not None and bool(_NUMBERED_PROMISE.match(heading))
            # A timeline's row says when before who: "Vecka 36–38 2026 Polisen besöker ...".
            stamp = _TIME_STAMP.match(content)
            timeline = stamp is not None and section is Section.NEUTRAL
            lead_in = _lead_in(content) if section is Section.PROMISES or timeline else 0
            if lead_in and heading and _TIME_HEADING.fullmatch(heading):
                lead_in = 0  # "Tisdag 10 mars" / "Informationskväll ... Polisen berättar ..."
            stamped = stamp is not None and stamp.end() == lead_in
            # After the why, a party that only does something in the present tense is
            # taken under a promise's heading, or under a heading among paragraphs that
            # open with a party ("Mer ljus längs strandpromenaden" / "Kommunen sätter
            # upp ..."); elsewhere it must commit ("Polisen ska").
            if lead_in and not (
                promise_text
                or actor_commits(content[lead_in:])
                or stamped
                or (
                    index > 0
                    and headings[index - 1]
                    and opens_with_party(content[lead_in:])
                    and (
                        _among_parties(blocks, headings, index, promises)
                        or _headed_like_this(blocks, headings, index)
                    )
                )
            ):
                lead_in = 0
            after_why = content[lead_in:]
            judgement = judge_paragraph(
                after_why,
                # a timeline's rows are what is done, under a heading that names only when
                # ("Så här ser sommaren ut" / "v. 25: Polisen gör ...")
                Section.PROMISES if stamped and section is Section.NEUTRAL else section,
                leads_a_list=leads,
                intro=intro if section is Section.PROMISES else None,
                among_parties=does_or_names_activity(after_why)
                and (promise_text or _among_parties(blocks, headings, index, promises)),
            )
            lead_in = 0 if stamped else lead_in  # when it is done is part of the promise
            question = sentences(content)[0]
            if question.endswith("?") and section_of(question) is Section.NOT_PROMISES:
                # "Hur följer vi upp? Polisen räknar antalet patrullpass ..."
                judgement = Judgement(False, 0.3, f"svarar på '{question}'")
        if (
            judgement == NO_UNDERTAKING  # nothing else said against it
            and not (in_follow_up or block.bullet or label or "|" in content)
            and section is Section.PROMISES
            and heading
            and _TIME_HEADING.fullmatch(heading)
            and len(sentences(content)) <= 3
            and len(content.split()) >= 4  # not "Samling vid busshållplatsen." after an event
            and not sentences(content)[0].endswith("?")  # "Hänt något? Ring alltid 112 ..."
            and not content.startswith("(")  # "(→ Brottsförebyggande rådet stämmer av ...)"
            and not _TIME_STAMP.match(content)  # a calendar's own row, judged as one
            and not _COUNCIL_MEETS.search(content)
            and not refusal(content)
            and not governs_the_promise(content)
            and not _repeats(content, [p.text for p in promises])
        ):
            # what a plan does at a time it names: "ONSDAG" / "Skolpolisen äter lunch och
            # finns på rasterna ...", "torsdag 5 oktober" / "Trygghetsvandring på Stora torget"
            judgement = Judgement(True, 0.55, f"står i planen under '{heading}'")
        if (
            not judgement.promise
            and not block.bullet
            and not in_follow_up
            and (number := _NUMBERED_AS_PROMISE.match(content))
            and (party_does(content[number.end() :]) or actor_commits(content[number.end() :]))
            and not refusal(content[number.end() :])
        ):
            # "Löfte 1. Polisen gör trafikkontroller ..." over its measures, wherever it stands
            lead_in = number.end()
            judgement = Judgement(True, 0.7, "raden är numrerad som ett löfte")
        if (
            not judgement.promise
            and not in_follow_up
            and (milestone := _MILESTONE.match(content))
            and not refusal(content[milestone.end() :])
        ):
            # "Milstolpe 2 (mars 2026): Polisen har hållit öppna möten ...": what will have
            # been done by then, its date kept with it
            judgement = Judgement(True, 0.6, "en milstolpe i löftet, med när")
        if (
            not judgement.promise
            and not block.bullet
            and section is not Section.RESULTS
            and ("Därför " in content or " därför " in content)
            and (therefore := _THEREFORE_WILL.search(content))
            and not refusal(content[therefore.start() :])
            and not is_quote(content)
        ):
            # "... säger att unga samlas där inga vuxna finns. Därför kommer polisen att göra
            # riktade insatser ...": what the background leads a party to undertake
            lead_in = therefore.start()
            judgement = Judgement(True, 0.5, "en part åtar sig något till följd av bakgrunden")
        referred_to = (
            _referred_party(promises, blocks[index - 1], content)
            if not judgement.promise and not block.bullet and index and not in_follow_up
            else None
        )
        if referred_to is not None and section is not Section.RESULTS and not refusal(content):
            # "Kommunen lovar att anställa två sommarvärdar ..." / "Den ska också sätta upp
            # ny belysning ...": the party of the paragraph above, by a pronoun
            judgement = Judgement(True, 0.5, "en part som stycket ovan nämner åtar sig mer")
        if not judgement.promise:
            if (
                not block.bullet
                and index
                and headings[index - 1]
                and blocks[index - 1].text not in running  # not a page's header
                and refusal(content) in (BEYOND_THE_PROMISE, NOT_IN_THE_PROMISE)
                # ... not a paragraph that opens with what a party does and only sets one
                # thing aside at its end ("... men ingår inte i löftet")
                and not party_does(sentences(content)[0])
                and not _MARKED.search(content)
            ):
                # "4 Insatser inom programmet" / "Utöver medborgarlöftet genomför kommunen
                # följande insatser ...": the part it opens, sub-headings and all; not a
                # legend of the lines that are not in it ("... markerat med (pågår redan).
                # De punkterna ingår inte i löftet.")
                left_out = blocks[index - 1].number
                section = Section.NOT_PROMISES
            # "Löftena var fyra. Polisen lovade att ... Kommunen lovade att ...": a news item
            # that tells what was promised, in the past, follows it up
            told = (
                _promised_sentences(content)
                if any(w in content for w in ("lovade", " var att ", "åtog", "skulle", " sig att"))
                and not block.bullet
                else []
            )
            # each promise a paragraph, with what came of it or under a report's title; not
            # last year's promises told in this year's ("Förra året lovade vi")
            beside = _told_beside(blocks, headings, index) if len(told) == 1 else 0
            told_result = _result_after(blocks, headings, index) if told else None
            this_period = not _LAST_YEARS.match(content)
            if (
                len(told) >= 2
                or (
                    told
                    and (
                        _NTH_PART.match(content)
                        or (
                            (told[0].done or titled_report or told_result is not None)
                            and (beside or len(outcomes) >= 2)  # ... or after others told so
                            and this_period
                        )
                        # a letter that tells promise after promise, each with what came of it
                        # in a paragraph of its own ("Vi i polisen lovade att ..." / "Det
                        # klarade vi nästan. ..." / "Kommunen lovade att ..."); not last
                        # period's, told beside this period's ("Det gamla löftet")
                        or (
                            beside >= 2
                            and this_period
                            and not any(
                                _NAMES_OLD_PROMISE.search(b.text)
                                for b in blocks[max(0, index - 3) : index]
                            )
                        )
                    )
                )
            ):
                for outcome in told:
                    outcome.focus_area = heading
                if not told[-1].done and told_result is not None:
                    told[-1].done.append(blocks[told_result].text)  # its own paragraph
                    results_told.add(told_result)
                outcomes += told
                continue
            if _worth_offering(content, section, bullet=block.bullet):
                candidates.append(_candidate(block, judgement))
            goals += parse_goals(content)
            section_schedule = _SectionSchedule.stated_in(content) or section_schedule
            continue
        undertaking = _first_sentence_block(content) if block.bullet else content
        start = block.start + (own_words.end() if own_words else lead_in)
        undertaking = undertaking[start - block.start :]
        for mark in legend.promised:  # "... under året [ML]"
            undertaking = undertaking.removesuffix(mark).rstrip()
        plain = (
            (not block.bullet or _stands_alone(blocks, index) or _SECOND_PARTY.search(undertaking))
            and not (label or table_head or owned)
            # an event under its date: "Tisdag 10 mars" / "Informationskväll om bedrägerier i
            # Vrigstad. Polisen berättar hur ...", one promise named by its first sentence
            and not (heading and _TIME_HEADING.fullmatch(heading) and _lead_in(content))
        )
        # What the parties undertake under: a table with a column for each of them, or the
        # line that opened the promises.
        undertaken_in = (
            table_head
            if table_head and (names_party(table_head) or _has_who_column(table_head))
            else None
        ) or (intro if section is Section.PROMISES else None)
        # a plan's row by time: one promise in each party's cell, that party's, at the time
        # its first cell names
        columns = table_columns if table_head else {}
        pieces: list[tuple[int, str, tuple[str, ...] | None]] = (
            [
                (block.start + at - start, said, parties)
                for at, said, parties in _party_cells(content, columns)
                # a cell's sentence that names who works with it or the parties' own work
                if not refusal(said) and not governs_the_promise(said)
            ]
            if columns
            else [
                (at, said, None)
                for at, said in (_undertakings(undertaking) if plain else [(0, undertaking)])
            ]
        )
        for at, said, parties in pieces:
            promises.append(
                _promise(
                    _without_why(without_signed_at(said)),
                    start + at,
                    judgement,
                    heading=heading,
                    label=label,
                    owner=owner.text if owned and owner else None,
                    responsible=owner.text if owner and owner is following else None,
                    intro_parties=parties
                    or referred_to
                    or (lead_in_parties if under_lead_in else intro_parties),
                    section_schedule=section_schedule,
                    undertaken_in=undertaken_in,
                    tagged=bool(block.tag),
                )
            )
            if columns:
                promises[-1].when = content.split("|", 1)[0].strip()
            elif heading and (_NAMES_A_TIME.search(heading) or _TIME_HEADING.fullmatch(heading)):
                promises[-1].when = heading  # a timeline's "december 2026", a plan's "Augusti"

    period = parse_period(text)
    kind = _kind(text, blocks, sections, promises, outcomes, period_end=period["end"])
    if len(promises) > 2 and _heads_the_text(blocks, promises[0]):
        # A news item's headline sums up what its body lists ("Polis och kommun lovar mer
        # ljus och fler kontroller på Väster"): it is none of them.
        candidates.append(
            _candidate(promises[0], Judgement(False, 0.4, "rubriken sammanfattar löftena"))
        )
        promises = promises[1:]
    if len(promises) > 3 and (led := _lead_summing_up(blocks, promises, reference.places)):
        # A news item's lead tells in brief what its body then tells promise by promise
        # ("Polis och kommun lovar fler kontroller på riksväg 99, vuxna på stan ...").
        summing_up = Judgement(False, 0.4, "ingressen sammanfattar löftena")
        candidates += [_candidate(p, summing_up) for p in promises[:led]]
        promises = promises[led:]
    continued = [p for at, p in enumerate(promises) if _goes_on_from(p, promises[:at])]
    if continued:
        # A plan by quarter or year that says a promise above goes on ("Kvällsnärvaron vid
        # stationen fortsätter som under första kvartalet", "behålla de två
        # fältassistenterna"): one promise, made once.
        going_on = Judgement(False, 0.4, "säger att ett löfte som redan står ovan fortsätter")
        candidates += [_candidate(p, going_on) for p in continued]
        promises = [p for p in promises if p not in continued]
    summary = _easy_read_summary(blocks, headings)
    summed = [p for p in promises if summary and summary[0] <= p.start < summary[1]]
    if summed and len(summed) < len(promises):
        # "Lättläst" over the promises in plain words, before or after the full text: the
        # promises are those of the full text. A page only in plain Swedish states them there.
        retold = Judgement(False, 0.3, "lättläst sammanfattning av löftena i hela texten")
        candidates += [_candidate(p, retold) for p in summed]
        promises = [p for p in promises if p not in summed]
    led_in = _led_into(promises)
    if led_in:
        # "Löfte 1" / "Vi lovar att arbeta för en säkrare trafik", its activities under
        # "Löfte 1 – Säkrare trafik" in a plan further on: they are the promise
        leading = Judgement(
            False, 0.4, "inleder aktiviteterna som står under samma löfte längre fram"
        )
        candidates += [_candidate(p, leading) for p in led_in]
        promises = [p for p in promises if p not in led_in]
    if kind == "agreement":
        # An agreement's goals and focus areas are not promises; what a party undertakes
        # in it ("Kommunen åtar sig att anställa ...") is. The rest is offered for review.
        unclaimed = Judgement(False, 0.3, "i en överenskommelse, utan att en part åtar sig det")
        # A declaration of intent ("Avsiktsförklaring") binds nobody to anything.
        intends = any(b.text.lower().startswith("avsiktsförklaring") for b in blocks[:4])
        candidates += [_candidate(p, unclaimed) for p in promises if intends or not p.undertaken]
        promises = [p for p in promises if p.undertaken and not intends]
    signed = parse_signed(text)
    signed_at = max(
        text.rfind(signed["date"] or "\0") if signed["date"] else -1, _signed_line(text)
    )
    signatories = signatories_of(
        text,
        after=max(signed_at, promises[-1].end if promises else 0),
        places=reference.places,
        municipality_name=municipality_name,
    )
    heading_at = signatures_heading_at(text) if not signatories else None
    if heading_at is not None and heading_at >= (promises[-1].end if promises else 0):
        # under their heading, before a register's note dated later ("Avtalsposten senast
        # ändrad 2026-01-08") that read as the signing date
        signatories = signatories_of(
            text, after=heading_at, places=reference.places, municipality_name=municipality_name
        )
    annexes = list(_ANNEX.finditer(text)) if not signatories else []
    if annexes:
        # Signed, then an annex ("Bilaga 2: Medborgarlöfte") with the promises after it:
        # the signatures close the text before that annex, or the last, under their heading
        # ("10. Underskrifter") or their date.
        signed_part = text[: blocks[annexed].start if annexed is not None else annexes[-1].start()]
        dated = list(_DATED_LINE.finditer(signed_part))
        heading_at = signatures_heading_at(signed_part)
        closings = list(_SALUTATION.finditer(signed_part))
        if heading_at is None and closings:
            heading_at = closings[-1].end()  # a letter's "Med vänlig hälsning" over the names
        if heading_at is None:
            heading_at = dated[-1].start() if dated else len(signed_part)
        signatories = signatories_of(
            signed_part,
            after=heading_at,
            places=reference.places,
            municipality_name=municipality_name,
        )
    prose = "\n".join(b.text for b in blocks)
    writer_signed = signed_by_the_writer(prose)  # "I dag skrev jag och ... under löftet"
    if len(signatories) == 1 and not signed["date"] and not writer_signed:
        signatories = []  # one name and title closing an undated page is its author or contact
    if writer_signed and not signatories and (writer := _writer(text)):
        signatories = [writer]  # "/Emil Hedström, kommunpolis" closing the post, comments after
    if _OFFICIALS_MEMO.search(text, 0, 400):
        signatories = []  # a tjänsteskrivelse closes with the officials who wrote it
    # a council's report closes with its chair: "Eva Lindqvist" / "Ordförande, Solna BRÅ"
    signatories = [s for s in signatories if not _A_COUNCIL.search(s["organisation"] or "")]
    in_prose = signed_in_prose(prose, places=reference.places)
    if kind == "follow_up" and in_prose and not writer_signed:
        # a report that tells who signed the promise closes with who wrote the report
        named_in_prose = {s["name"] for s in in_prose}
        signatories = [s for s in signatories if s["name"] in named_in_prose]
    signed_anywhere = [
        *_signed_parts(text, reference, municipality_name),
        *signatories,
        *signed_electronically(text, places=reference.places),
        *in_prose,
    ]
    first_of_each: dict[str, Signatory] = {}
    for signatory in signed_anywhere:
        first_of_each.setdefault(signatory["name"], signatory)
    signatories = list(first_of_each.values())
    police_areas = _police_areas(text, reference) or _police_areas(
        "\n".join(s["organisation"] or "" for s in signatories), reference
    )
    found: Extract = {
        "kind": kind,
        "title": _title(blocks),
        "municipalities": municipalities,
        "police_areas": police_areas,
        "period": period,
        "uncertain": period_uncertainties(text),
        "candidates": sorted(candidates, key=lambda c: -c["confidence"]),
        "signed": signed,
        "signatories": signatories,
        "promises": [p.as_contract(text) for p in promises],
        "targets": goals,
        "follow_up": _follow_up(text),
        "outcomes": [
            {
                "promise": o.promise,
                "focus_area": (focus := _focus_area(o)),
                # an item under "Polisen lovade att" names places, not who does it
                "parties": _parties(actor_of(o.promise) if o.by else o.promise, o.by),
                "themes": themes_of(o.promise, heading=focus or ""),
                "done": o.done,
                "not_done": o.not_done or _struck(o),
            }
            for o in _without_summary_rows(_without_listed_names(outcomes))
            # not "Åtagande: Löftet och uppföljningen publiceras ...", nor the party a
            # slide's "Löfte 1 – Polisen" names over the promise it quotes
            if not governs_the_promise(o.promise)
            and not only_names_party(o.promise)
            and not _A_PROMISES_TITLE.fullmatch(o.promise)  # a menu's "Medborgarlöfte 2022"
        ],
        "outcomes_title": outcomes_title,
        "outcomes_period": _outcomes_period(outcomes_title),
        "contacts": contacts,
        "text": text,
    }
    found["sources"] = {
        path: {"start": start, "end": end} for path, (start, end) in sources(found).items()
    }
    return found


def _outcomes_period(title: str | None) -> OutcomesPeriod:
    """The period a follow-up heading names ("Så gick det med medborgarlöftena 2019–2021")."""
    period = parse_period(title or "")
    return {"start": period["start"], "end": period["end"]}


_ANNEX = re.compile(r"^Bilaga\s+\d+\b", re.MULTILINE | re.IGNORECASE)


# A promise's number in its heading: "Löfte 1", "Löfte 1 – Säkrare trafik".
_NUMBER_OF_PROMISE = re.compile(rf"^{_PROMISE_LABEL}\s+(\d{{1,2}})\b", re.IGNORECASE)


def _led_into(promises: list[_Promise]) -> list[_Promise]:
    """The one promise under a numbered promise's first heading whose number heads others
    further on ("Löfte 1" / "Vi lovar att arbeta för en säkrare trafik", then "Löfte 1 –
    Säkrare trafik" / "1a Hastighetskontroller ...", "1b ..."): a statement that leads into
    its activities."""
    under: dict[str, dict[str, list[_Promise]]] = {}
    for promise in promises:
        if number := _NUMBER_OF_PROMISE.match(promise.focus_area or ""):
            headings = under.setdefault(number[1], {})
            headings.setdefault(promise.focus_area or "", []).append(promise)
    return [
        first[0]
        for headings in under.values()
        if len(headings) >= 2 and len(first := next(iter(headings.values()))) == 1
    ]


def _annexed_promise(blocks: list[_Block]) -> int | None:
    """Where an agreement's annex that holds the promise or its plan starts ("Bilaga 1" over
    "Medborgarlöfte 2025 – Lidingö stad och Polisen", "Bilaga 1  Samverkansöverenskommelse
    2026–2029" over "HANDLINGSPLAN 2026"), past the signatures and its list of annexes."""
    for index, block in enumerate(blocks):
        if not (annex := _ANNEX.match(block.text)):
            continue
        titles = [
            block.text[annex.end() :].strip(" :.–-"),
            *(b.text for b in blocks[index + 1 : index + 2]),
        ]
        if any(
            _PROMISE_HEADING.match(title) or _PLAN_OF_PROMISES.match(title)
            for title in titles
            if title
        ):
            return index
    return None


# An official's memo to a council, whose closing names are its writers, not signers.
# ... or a report addressed to a council from those who wrote it ("Till: Trygghetsrådet" /
# "Från: Trygghetssamordnare Nadia Haddad och kommunpolis Erik Sandin")
# A promise's document named by its title: "Medborgarlöfte 2022", "Medborgarlöfte Kinda
# 2021–2022".
_A_PROMISES_TITLE = re.compile(
    rf"{PROMISE_NOUN}te\w*(?:\s+[A-ZÅÄÖ][\w-]+)?\s+(?:19|20)\d{{2}}(?:\s*[–-]\s*\d{{2,4}})?",
    re.IGNORECASE,
)
_OFFICIALS_MEMO = re.compile(
    r"\btjänsteskrivelse\b|^Till:[^\n]*\nFrån:", re.IGNORECASE | re.MULTILINE
)


# the lines under a place and date, past the rest of its line ("| Orsa 2026-03-01"): one
# paragraph, or two
_LINES = r"(?:[ \t]*\S[^\n]*(?:\n|$))+"
_PARAGRAPH_AFTER = re.compile(rf"[^\n]*\s*\n{_LINES}")
_TWO_PARAGRAPHS_AFTER = re.compile(rf"[^\n]*\s*\n{_LINES}\n{_LINES}")
_DAY_MONTH_YEAR = re.compile(r"\b\d{1,2}\s+[a-zåäö]+\s+(?:19|20)\d{2}\b")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b")
_SENTENCE_THEN = re.compile(r"[.!?]\s+(?-i:[A-ZÅÄÖ])")  # prose: one sentence, then the next
# A letter's closing over its signers' names: "Med vänlig hälsning", "Vänliga hälsningar".
_SALUTATION = re.compile(
    r"^(?:med\s+)?(?:vänlig(?:a)?\s+)?hälsning(?:ar)?\s*,?$", re.IGNORECASE | re.MULTILINE
)
_DATED_LINE = re.compile(
    r"(?m)^.*\b(?:Datum|\d{1,2}\s+[a-zåäö]+\s+(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})\b.*$"
)


def _signed_parts(
    text: str, reference: Reference, municipality_name: str | None
) -> list[Signatory]:
    """The signatures right under each place and date ("Strömsund den 3 februari 2026"
    over a block of two signatures): a document of parts signs each part, and a page may
    go on after its signatures with an explainer or a footer."""
    found: list[Signatory] = []
    for end in signing_ends(text):
        # one block of signatures, or each signer's lines as a paragraph of their own
        blocks = (
            m[0]
            for m in (_PARAGRAPH_AFTER.match(text, end), _TWO_PARAGRAPHS_AFTER.match(text, end))
            if m
        )
        signed = max(
            (
                signatories_of(
                    block, after=0, places=reference.places, municipality_name=municipality_name
                )
                for block in blocks
            ),
            key=len,
            default=[],
        )
        if len(signed) >= 2:  # two who sign together, not a contact under a date
            found += signed
    return found


def _signed_line(text: str) -> int:
    """Where the line with the signing date starts, or -1; a page's "Publicerad
    2018-02-20" under its signatures is not it, nor a slide's "Kommunfullmäktige 17 februari
    2025" under its title."""
    tail = text[-3000:]
    match = next(
        (
            m
            for m in _DATED_LINE.finditer(tail)
            if not PUBLISHED.search(m.group())
            and not NOT_A_PLACE.search(_DAY_MONTH_YEAR.split(m.group(), maxsplit=1)[0].strip())
            # ... nor a signing service's log: "2027-01-27 14:02:11 CET (BankID)", "Alla parter
            # har signerat dokumentet. Verifikatet skapades 2027-01-29."
            and not _CLOCK.search(m.group())
            and not _SENTENCE_THEN.search(m.group())
        ),
        None,
    )
    return len(text) - len(tail) + match.start() if match else -1


def _title(blocks: list[_Block]) -> str | None:
    """The first short line naming the document, preferring one with its years."""
    named = [
        b.text.rstrip(".")
        for b in blocks[:12]
        if re.search(r"medborgarlöft|överenskommelse", b.text, re.IGNORECASE) and len(b.text) <= 120
    ]
    with_years = [t for t in named if re.search(r"(?:19|20)\d{2}", t)]
    candidates = with_years or named
    return candidates[0] if candidates else None
