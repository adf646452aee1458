"""Which part of a promise document a passage belongs to, and whether it commits someone.

Swedish promise documents commit someone to something in a few recognisable
ways: an actor (a party, "vi", a named organisation, or one inherited from the
list's introduction) with a committing verb form ("lovar", "ska", "skall",
"kommer att", "åtar sig", "ansvarar för", "erbjuder", "genomför"), in a list or
paragraph that belongs to the promise part of the document. The same verbs
also state purposes ("Syftet är att ... ska öka"), expected effects, results
("Polisen har genomfört ..."), quotes in news text and duties that concern the
promise itself (following it up, reporting on it): those are never promises.

Plain functions over strings; `extract.py` walks the blocks and asks these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from loften.ingest.phrases import MONTH_PATTERN, one_of


class Section(Enum):
    """What the heading or introduction above a passage says the passage is."""

    NEUTRAL = "neutral"
    PROMISES = "promises"  # "Det här ska vi göra:", "Medborgarlöfte 2019–2020"
    NOT_PROMISES = (
        "not_promises"  # purpose, background, lägesbild, effects, follow-up of the promise
    )
    RESULTS = "results"  # "Resultat", "Så har vi uppfyllt vårt löfte"


# Present-tense verbs that tell what a party has, is, wants or sees, not what it does.
_NOT_DOING = (
    r"(?:har|är|vill|kan|bör|får|blir|ser(?!\s+(?:också\s+|även\s+|dessutom\s+)?över)|var|vet|"
    r"tror|utgår|menar|upplever|känner|anser|"
    r"behövs|märks|syns|anses|menas|avses|gäller|beskriver|behöver|hoppas|önskar|saknar|"
    r"tackar|välkomnar|äger|ligger|säger|uppger)"
)
# A title may open with its kommun: "Hallsberg – så har det gått", "Kungsör: så gick det".
TITLE_PLACE = r"(?:[\w-]+(?:\s+[\w-]+)?\s*[:–-]\s+)?"
# The promise by its names: "medborgarlöfte", and the "trygghetslöfte" or
# "samverkanslöfte" some kommuner call it ("löf" + "te", "ten", "tet", "tena").
PROMISE_NOUN = r"(?:medborgar|trygghets|samverkans)?löf"
# What a title calls an agreement, and any title that names a promise or an agreement.
AGREEMENT_TITLE = r"överenskommelse|avtal|avsiktsförklaring"
NAMES_DOCUMENT = rf"löfte|{AGREEMENT_TITLE}"
# What a promise's own opening says: "Vårt löfte är att öka polisens närvaro ...".
_OUR_PROMISE = r"vårt\s+(?:gemensamma\s+)?löfte\s+är\s+att\b"
# A measure named by its noun: "utökad vuxennärvaro vid ...", "fler kvällspatruller".
MEASURE_PHRASE = (
    r"(?:utökade?|utökat|ökade?|ökat|förstärkta?|förstärkt|fler|mer|tätare|regelbundna|"
    r"regelbunden|förbättrade?|förbättrat|nya?|extra|synligare)\s+(?:[\w-]+\s+){0,2}?[\w-]*"
    r"(?:närvaro|patrull\w*|belysning|kontroller|vandringar|insatser|bevakning|tillsyn|"
    r"städning|kameraövervakning|poliser|vuxna|fältassistenter|ordningsvakter|öppettider|"
    r"träffar|möten|dialoger)\b"
)
# A party and what it does, after "att": " polisen patrullerar"; not " vi samarbetar", how
# the parties work, nor " polisen saknar", how things are.
_A_PARTY_DOES = (
    r"\s+(?:polisen|kommunen|vi|parterna|\w+\s+kommun)\s+"
    rf"(?!{_NOT_DOING}\b|samarbetar\b|samverkar\b|arbetar\b|jobbar\b)(?-i:[a-zåäö]+r)\b"
)
# ... or what it will do: " kommunen ska rusta upp", " polisen kommer att".
_A_PARTY_WILL = (
    r"\s+(?:polisen|kommunen|vi|parterna|\w+\s+kommun)\s+(?:också\s+|även\s+)?"
    r"(?:ska|skall|kommer\s+att)\b"
)
# The heading over the signatures: "Underskrifter", "6. Undertecknande".
SIGNATURES_HEADING = r"(?:underskrift(?:er|ssida)?|undertecknande|signaturer)"
# A party taking something on: "åtar sig", "förbinder sig", "Tillsammans åtar vi oss",
# "tar på sig att" (not "Det tar vi på oss": the blame for what was not done).
BINDS_ITSELF = (
    r"(?:(?:åtar|förbinder)\s+(?:sig|vi\s+oss)|tar\s+(?:vi\s+)?på\s+(?:sig|oss)(?=\s+att\b))"
)
_COMMITS = re.compile(
    r"\b(?:lovar|utlovar|ska|skall|kommer\s+(?:(?!för\s)\S+\s+){0,4}?att|kommer\s+(?:tillsammans\s+)?[a-zåäö]+a\b|"
    rf"{BINDS_ITSELF}|ansvarar\s+(?:gemensamt\s+|tillsammans\s+)?för|tar\s+(?:\w+\s+)?ansvar\s+för|planerar\s+(?:\w+\s+){{0,3}}?att|"
    # "ser till att", "Tillsammans ser polisen och kommunen till att"
    r"ser\s+(?:\w+\s+){0,4}?till\s+att|"
    r"har\s+(?:gemensamt\s+|det\s+)?ansvar(?:et)?\s+för\s+att|"  # "har gemensamt ansvar för att"
    r"löfte\s+är\s+att|erbjuder|genomför|avser\s+att|bjuder\s+(?:\w+\s+){0,4}?in\b|"
    r"har\s+för\s+avsikt\s+att|har\s+(?:också\s+|även\s+)?bestämt\s+(?:sig\s+för\s+)?att|"
    r"tänker\s+(?:också\s+|även\s+)?(?-i:[a-zåäö]{3,}a)\b|"
    # a news item's perfect: "Polisen har lovat att ...", "Kommunen har åtagit sig att ..."
    r"har\s+(?:\w+\s+){0,3}?(?:lovat\s+att|åtagit\s+sig)|"
    # a board's assignment: "Fritidsförvaltningen har i uppdrag att", "ges i uppdrag att"
    r"(?:har|får|ges|fått)\s+i\s+uppdrag\s+att|"
    # "Konkret innebär löftet att polisen patrullerar ...", "Nytt i år är att kommunen ..."
    # ... not how much it matters: "Därför är det viktigt att vi kommer dit regelbundet"
    r"(?:innebär|är|går\s+ut\s+på|handlar\s+(?:det\s+)?om)\s+"
    rf"(?:(?!viktigt\b|angeläget\b|nödvändigt\b)\w+\s+){{0,2}}?att(?={_A_PARTY_DOES})|"
    # "Kommunen satsar också på fler fältassistenter"; not "satsar på tryggheten"
    rf"satsar\s+(?:\w+\s+)?på\s+(?={MEASURE_PHRASE})|"
    r"fortsätter\s+(?:att|med|arbetet|sitt|sina)|arbetar\s+(?:även\s+)?(?:\w+\s+){0,3}?med|"
    # "Från hösten blir det fler nattvandringar i Alby"
    r"blir\s+det\s+(?:fler|mer|mera|extra|nya?|ökad\w*|tätare)\b)\b",
    re.IGNORECASE,
)
_PARTY = re.compile(
    r"\b(?:(?:sjö|trafik|gräns|ordnings)?polis\w*|kommun\w*|lpo|lokalpolisområde\w*|"
    r"områdespolis\w*|kommunpolis\w*|vi|"
    rf"(?={_OUR_PROMISE})vårt|"
    r"socialtjänst\w*|hemtjänst\w*|räddningstjänst\w*|brandförsvar\w*|fältgrupp\w*|fältassistent\w*|"
    r"fältsekreterar\w*|fältarbetar\w*|(?:trygghets|säkerhets)samordnar\w*|trygghetsvärd\w*|"
    r"ordningsvakt\w*|"
    r"skola\w*|förvaltning\w*|(?:fritids|ungdoms)gård\w*|stad|staden|"
    r"stadens|\w*förvaltning\w*|bostadsbolag\w*|bostäder|stadsområde\w*|stadsdel\w*|"
    r"region(?:en)?|länsstyrelse\w*|(?:båda\s+)?parterna|(?:båda|alla\s+\w+)\s+parter|"
    # who a heading above named: "Hovsjö företagarförening" / "Föreningen håller ..."
    r"föreningen|föreningarna|församlingen|\w*nämnden|bolaget|"
    # a village's or a sport's own: "Byalaget ska ...", "Idrottsalliansen i Mark", "IK Viskan"
    r"\w*byalag\w*|\w*alliansen|klubben|klubbarna|"
    r"(?-i:(?:IFK|IK|IF|BK|FK|FF|SK|GIF|AIK)\s+[A-ZÅÄÖ][\w-]+))\b",
    re.IGNORECASE,
)
# The agent of a passive right after its verb: "ska förbättras av kommunen".
_BY_PARTY = re.compile(
    rf"\s+(?:\w+\s+){{0,2}}?\w+as\s+(?:\w+\s+){{0,3}}?av\s+(?:{_PARTY.pattern})", re.IGNORECASE
)
# How many parts a promise holds, as its introduction counts them: "sex punkter"
_PARTS = r"\s+(?:\w+\s+)?(?:punkter|delar|åtaganden|saker)"
# What a page holds below: "Här kan du läsa löftena för varje område.", "Nedan finns årets
# löften"; not earlier ones, nor a link's "Här kan du läsa mer om löftena".
PROMISES_BELOW = re.compile(
    r"^(?:här|nedan)\s+(?:kan\s+du\s+läsa|är|finns|följer|presenteras)\s+"
    rf"(?!(?:tidigare|förra|äldre|gamla)\b)(?:\w+\s+)?{PROMISE_NOUN}te(?:n|na|t)\b(?!\s+från)",
    re.IGNORECASE,
)
_PROMISE_INTRO = re.compile(
    # ... "Polisen ansvarar för att:", or over its items with no colon
    rf"lovar|{BINDS_ITSELF}|åtagit\s+(?:sig|oss)\s*$|ansvarar\s+(?:\w+\s+)?för\s+att\s*:?$|"
    r"(?:ska|kommer\s+(?:\w+\s+){0,4}?att)\s+(?:\w+\s+){0,4}?"
    r"(?:göra|åstadkomma|göras|åstadkommas|genomföras)|"
    r"(?:kommer|ska)\s+(?:\w+\s+){0,3}?att\s*:|\b(?:ska|skall)\s*:$|göras\s+genom|gör\s+vi\s+genom|"
    r"^(?:vi|parterna)\s+(?:ska|skall|lovar)$|"  # a brochure's heading "VI SKA" over its items
    r"\b(?:har\s+vi|vi\s+har)\s+valt\s+(?:ut\s+)?följande\s*:$|"  # "Därför har vi valt följande:"
    # "Det här gör vi", "Det här satsar vi på tillsammans under 2019:"
    r"^(?:det(?:ta)?|så)\s+(?:här\s+)?(?:gör|satsar)\s+(?:vi|polisen|kommunen)\b|"
    r"^vad\s+(?:vi|polisen|kommunen)\s+gör\s*:?$|"  # "Vad vi gör:" after "Vad vi har hört:"
    # "Så här ska vi arbeta under 2025"
    r"^(?:så|det)\s+(?:här\s+)?(?:ska|kommer)\s+(?:vi|polisen|kommunen)\s+(?:att\s+)?"
    r"(?:arbeta|jobba)\b|^så\s+här\s+(?:arbetar|jobbar)\s+(?:vi|polisen|kommunen)$|"
    r"löftet?\s+i\s+korthet|"
    r"^(?:det(?:ta)?|så)\s+(?:här\s+)?blir\s+av\b|"  # "Det här blir av:"
    # a news item's "Tre saker står i centrum:", "Fyra åtgärder ingår:"
    r"^(?:två|tre|fyra|fem|sex|sju)\s+(?:saker|delar|åtgärder|insatser)\s+"
    r"(?:står\s+i\s+(?:centrum|fokus)|ingår)\s*:?$|"
    # "Så vad innebär löftet konkret?", "Vad innehåller medborgarlöftet?"
    rf"^(?:så\s+)?vad\s+(?:innebär|innehåller|omfattar)\s+(?:\w+\s+)?{PROMISE_NOUN}te[nt]?"
    r"(?:\s+(?:konkret|i\s+praktiken|för\s+dig|i\s+år))?\s*\?$|"
    # a page of questions and answers: "Vad gör polisen?", "Vad gör vi tillsammans?"
    r"^vad\s+(?:gör|ska|kommer)\s+(?:vi|polisen|kommunen|parterna)(?:\s+(?:att\s+)?göra)?"
    r"(?:\s+(?:tillsammans|konkret|nu|i\s+år|under\s+(?:året|(?:19|20)\d{2})))*\s*\?$|"
    r"^så\s+(?:här\s+)?ser\s+(?:\w+\s+)?löfte\w*\s+ut|"
    r"^(?:våra\s+|vårt\s+)?löften?\s+till\s+(?:dig|er|invånarna|de\s+som)\b|"
    r"^(?:aktivitet|åtgärd|insats|löfte|åtagande)\w*\s*\||^[^|]{1,30}\|\s*(?:vem|ansvar\w*)\s*(?:\||$)|"
    r"lyder\s+löftet|löftet\s+lyder|aktiviteter|åtaganden|del\s+i\s+löftet|"
    rf"följande\s+(?:gemensamma\s+)?{PROMISE_NOUN}t|genom\s+följande|"
    rf"^(?:förslag\s+till\s+(?:nya?t?\s+)?)?{TITLE_PLACE}{PROMISE_NOUN}te[nt]?(?:a)?\b.*\b(?:19|20)\d{{2}}|"
    rf"^(?:våra\s+{PROMISE_NOUN}ten|vårt\s+{PROMISE_NOUN}te|{PROMISE_NOUN}ten)"
    r"(?:\s+(?:för\s+|under\s+)?(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2})?)?$|"
    r"^insatser\b|^(?:våra\s+|planerade\s+)?åtgärder\s*:?$|fokusområden$|medborgarlöften\w*\s+för\s+.*\bföljande|"
    rf"^(?:nya|kommande|årets)\s+{PROMISE_NOUN}ten|överens\s+om\s+att$|"
    # "Nytt löfte för 2025", "Det nya löftet"; not a headline "Nytt medborgarlöfte i Arboga"
    rf"^(?:nytt|kommande|årets|det\s+nya)\s+{PROMISE_NOUN}te[t]?"
    r"(?:\s+(?:för\s+|under\s+)?(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2})?)?$|"
    r"^(?:fokus|insats)område\s+\d{1,2}\b|"  # "Fokusområde 2: Trafiken i innerstaden"
    # "Tillsammans ska vi:", "Så här ska vi arbeta:", "Polisen kommer att", "Vi har enats
    # om att:", "Under 2027 gör vi följande:", "Konkreta åtgärder:"
    r"\b(?:ska|skall)\s+(?:vi|polisen|kommunen|parterna)\b[^.]*:$|"
    r"\bkommer\s+(?:\w+\s+){0,3}?att$|\b(?:enats|enades|enas)\s+om\b[^.]*:$|\bföljande\s*:$|"
    r"\bgör\s+(?:vi|polisen|kommunen|parterna)\s+följande$|"  # "Under 2019 gör vi följande"
    r"^(?!(?:vidtagna|genomförda|gjorda)\b)(?:\w+\s+){0,2}(?:åtgärder|insatser)\s*:$|"
    # "4. Gemensamma insatser 2027", "Planerade åtgärder 2027–2028"
    r"^(?:\d{1,2}\.\s+)?(?!(?:vidtagna|genomförda|gjorda)\b)(?:\w+\s+){0,2}(?:åtgärder|insatser)"
    r"\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2})?$|"
    r"^(?:och\s+)?nästa\s+år$|"  # in a follow-up, what is promised next
    r"^att\s+göra\b(?:\s+(?:under\s+|i\s+)?(?:19|20)\d{2})?$|"  # "Att göra 2025:"
    # "I det nya löftet:", "Löftet innehåller:", "I årets medborgarlöfte ingår:", "Löftet
    # innehåller sex punkter:"
    rf"^(?:i\s+)?(?:det\s+|årets\s+)?(?:nya\s+)?{PROMISE_NOUN}tet(?:\s+(?:innehåller|"
    rf"innebär|ingår|omfattar)(?:\s+bland\s+annat|{_PARTS})?(?:\s+att)?)?\s*:\s*$|"
    # "Konkret innebär det:", "Fokus för året:", "Vårt åtagande:", "Under 2027 prioriterar
    # vi att:", "Vi tar ansvar för att:"
    r"^(?:konkret|i\s+praktiken|kort\s+sagt)\s+innebär\s+(?:det|löftet|detta)\b|"
    r"^fokus\s+för\s+(?:året|perioden|\w+)\s*:$|^(?:vårt|vårat|vårt\s+gemensamma)\s+åtagande\s*:$|"
    r"\bprioriterar\s+(?:vi|polisen|kommunen|parterna)\s+att\s*:$|"
    r"\btar\s+(?:vi|polisen|kommunen|parterna)\s+ansvar\s+för\s+att\s*:$|"
    r"^(?:vi|polisen|kommunen|parterna)\s+tar\s+ansvar\s+för\s+att\s*:$|"
    # "Polisens ansvar:", "Kommunen ansvarar för:", with the colon that opens a list
    r"^(?:\w+\s+){0,2}ansvar\s*:$|\bansvarar\s+(?:\w+\s+)?för\s*:$|"
    # an agreement's "Lilla Edets kommun bidrar med:", "Båda parter bidrar med:"
    rf"^(?:\w+\s+){{0,3}}bidrar\s+med\s*:$|{PROMISES_BELOW.pattern}|"
    # "Löftet i sex punkter"
    rf"^{PROMISE_NOUN}te[nt]?\s+i\s+(?:\w+\s+)?(?:punkter|delar)$|"
    # what the parties settled: "I löftet har polisen och kommunen bestämt följande.", "Vad
    # har vi kommit överens om?"
    r"\b(?:har|hade)\s+(?:\w+\s+){0,4}?(?:bestämt|kommit\s+överens\s+om|enats\s+om)\s+"
    r"följande\b|^vad\s+har\s+(?:vi|parterna|polisen\s+och\s+kommunen)\s+"
    r"(?:kommit\s+överens\s+om|bestämt|lovat)\s*\?$",
    re.IGNORECASE,
)
# What is left out of the promise: "ingår inte i löftet", "inte en del av medborgarlöftet".
_LEFT_OUT_WORDS = (
    rf"\b(?:ingår\s+(?:därför\s+|alltså\s+|heller\s+)?(?:inte|ej)|inte\s+(?:heller\s+)?(?:\w+\s+)?ingår)\s+i\s+(?:\w+\s+)?{PROMISE_NOUN}\w*|"
    rf"\b(?:ska|kommer)\s+inte\s+(?:att\s+)?(?:stå|finnas\s+med)\s+i\s+(?:\w+\s+)?{PROMISE_NOUN}\w*|"
    rf"\b(?:finns|står)\s+inte\s+(?:heller\s+)?med\s+i\s+(?:\w+\s+)?{PROMISE_NOUN}\w*|"
    rf"\b(?:inte|ej)\s+(?:en\s+)?del\s+av\s+(?:\w+\s+)?{PROMISE_NOUN}\w*|"
    # "... räknas inte som en aktivitet i löftet", "... är inte ett åtagande enligt detta löfte"
    rf"\bräknas\s+inte\s+(?:som\s+(?:en\s+|ett\s+)?\w+\s+)?i\s+(?:\w+\s+)?{PROMISE_NOUN}\w*|"
    r"\b(?:är|utgör)\s+inte\s+(?:ett|en)\s+(?:åtagande|aktivitet|insats)\s+(?:enligt|i)\s+"
    rf"(?:\w+\s+)?(?:{PROMISE_NOUN}\w*|överenskommelse\w*|avtal\w*)|"
    # "Detta är inte ett åtagande förrän finansieringen är klar."
    r"\b(?:detta|det)\s+är\s+inte\s+(?:ett|en)\s+(?:åtagande|löfte)\b"
)
# The opening part of a document, before its matter: "Inledning", "Underlag",
# "Avgränsningar", "Läsanvisning".
_INTRODUCTION = r"inledning|underlag|avgränsning(?:ar)?|läsanvisning"
_INTRODUCES = re.compile(rf"^(?:{_INTRODUCTION})$", re.IGNORECASE)
_NOT_PROMISES = re.compile(
    rf"^(?:{_INTRODUCTION}|syfte|syftet|"
    # "Programmets mål", "Planens mål", "Överenskommelsens syfte"
    r"(?:övergripande\s+|gemensamma\s+|våra\s+|\w+(?:ets|ens|ans|s)\s+)?(?:mål|målet|målen|syfte)\b|målsättning\w*|bakgrund|(?:den\s+)?(?:gemensam\w*\s+|sammanvägd\w*\s+)?lägesbild|"
    r"förväntad\w*\s+effekt|effekter|de\s+effekter|problemområde|problembild|uppföljning$|"
    # an agreement's parts on what is not done: "2.1 Om syftet", "2.2 Om prioriteringarna",
    # "2.4 Om samverkansformerna", "2.5 Om uppföljningen"
    r"(?:om\s+)?(?:syftet|målen|prioritering(?:ar|arna)?|samverkansform(?:er|erna)|"
    r"organisationen|uppföljningen|styrningen)$|"
    # "4 Ansvar och uppföljning", "Uppföljning och utvärdering"
    r"(?:ansvar|organisation|styrning|ledning|samordning)\s+och\s+uppföljning$|styrning$|"
    # an agreement renewed: "6.4 Åtaganden som upphör"
    r"(?:åtaganden|löften|insatser)\s+som\s+(?:upphör|utgår|tas\s+bort|stryks)$|"
    r"uppföljning\s+och\s+(?:utvärdering|redovisning|återrapportering|giltighet)$|"
    # how success is measured
    r"(?:så|hur)\s+(?:vet|mäter)\s+vi\b|indikatorer|nyckeltal|mätetal|mått\s+på|"
    r"ordlista|ordförklaringar|begrepp(?:\s+i\s+\w+)?$|förklaringar|definitioner|"
    r"(?:tecken|symbol)förklaring|"
    r"(?:\d{1,2}\.\s+)?(?:parter|giltighet|ändringar|tvist\w*|uppsägning|avtalstid|avtalsperiod)"
    r"(?:\s+och\s+\w+)?$|"  # clauses: "1. Parter och syfte"
    r"(?:det\s+här|detta|så)\s+kan\s+(?:du|ni)\s+(?:själv\s+)?göra|"
    r"vad\s+kan\s+(?:du|ni|invånarna|de\s+boende|boende|medborgarna|föräldrar)\s+(?:själv\w*\s+)?göra|"
    r"hur\s+kan\s+(?:du|ni|jag)\b|"  # "Hur kan ni som föräldrar hjälpa till?"
    # how the parties work with it: "Så arbetar vi med löftet"
    r"så\s+(?:här\s+)?arbetar\s+vi\s+med\s+(?:löftet|medborgarlöftet|uppföljning\w*)|"
    # what residents can do: "Så kan du hjälpa till", "Du kan hjälpa till genom att:"
    r"så\s+kan\s+(?:du|ni)\b|(?:du|ni)\s+kan\s+(?:hjälpa|bidra)\b|"
    r"(?:råd|tips)\s+till\s+(?:dig|boende|invånar\w*)|så\s+läser\s+du\b|"  # a legend
    # what the lägesbild shows: "Det vi ser:", "Det vi hörde mest i dialogerna var:"
    r"^(?:det|vad)\s+vi\s+(?:ser|såg|har\s+sett|hörde|har\s+hört)\b|"
    # ... and what the promise rests on: "Vad bygger löftet på?"
    rf"(?:vad|det\s+här)\s+bygger\s+(?:\w+\s+)?{PROMISE_NOUN}tet\s+på\b|"
    r"(?:så\s+(?:här\s+)?)?följer\s+vi\s+upp|så\s+(?:här\s+)?följs\s+(?:\w+\s+){0,2}?upp|"
    r"(?:följ|följ\s+med)\b.*\bhur\s+det\s+går|om\s+medborgarlöft|vad\s+är|"
    r"kontakt(?:a|er|person(?:er)?|uppgifter|information)?\b|"  # not "Kontaktpolis på plats ..."
    rf"{SIGNATURES_HEADING}$|"  # "6. Underskrifter" over the names
    # a decision's papers: "Beslutsunderlag" over the documents it rests on, whom it goes to
    r"beslutsunderlag$|(?:bifogade\s+)?handlingar$|(?:beslutet\s+)?expedieras(?:\s+till)?$|"
    # who wrote it: "Sammanställt av:", "Upprättad av", "Handläggare"
    r"(?:sammanställ|upprättad|upprättat|framtag|skriven\b|skrivet\b)\w*\s+av$|handläggare$|författare$|"
    r"vad\s+(?:vi\s+)?vill\s+(?:vi\s+)?uppnå|(?:det\s+här|detta)\s+vill\s+vi\s+uppnå|"
    r"hur\s+följs\s+(?:\w+\s+){0,2}?upp|hur\s+följer\s+(?:vi|parterna)\s+upp|hur\s+får\s+(?:jag|du|ni|vi)\s+veta|varför\b|"
    # "Hur vi följt upp", and a survey's own figures: "Trygghetsmätningen hösten 2022"
    r"hur\s+vi\s+(?:har\s+)?(?:följer|följt)\s+upp$|trygghetsmätningen\s+(?:(?:hösten|våren)\s+)?\d{4}$|"
    r"hur\s+går\s+det\b|"  # where and when the parties will tell how the promise went
    r"(?:viktiga\s+|övriga\s+)?händelser(?:\s+under\s+året)?$|"  # a yearly report's events
    r"lärdomar|slutsatser|nästa\s+steg|vad\s+tar\s+vi\s+med\s+oss|tas\s+bort|utgår|stryks|"
    r"(?:detta|det\s+här|följande)\s+(?:tas\s+bort|stryks|utgår)\b|"
    # what others think of it: "Kritik från oppositionen", "Reaktioner", "Synpunkter"
    r"(?:frågor\s+och\s+)?(?:kritik|reaktioner|synpunkter)(?:\s+(?:från|mot|på)\s+[^.]{1,40})?$|"
    # how the promise was made: "Så har vi tagit fram löftet", "Så togs lägesbilden fram"
    r"så\s+(?:här\s+)?(?:har\s+vi\s+(?:tagit|arbetat)|togs|arbetades)\s+(?:\w+\s+)?fram\b|"
    # what is done anyway: "Det här gör polisen och kommunen redan i dag", "Pågående arbete",
    # a report's "Övrigt arbete"
    r"(?:det\s+här|detta|vad)\s+(?:\w+\s+){1,5}?redan\b|(?:pågående|ordinarie|övrigt|annat)\s+arbete|"
    # a table of contents: "Innehåll", a newsletter's "I detta nummer:", a meeting's
    # "Dagordning"
    r"innehåll(?:sförteckning|\s+på\s+(?:den\s+här\s+)?sidan)?$|på\s+den\s+här\s+sidan$|"
    r"dagordning$|agenda$|i\s+(?:detta|det\s+här)\s+num(?:mer|ret)\b|"
    r"i\s+(?:den\s+här|denna)\s+del(?:en)?$|"  # a site's menu of the pages of its section
    # a slide deck's agenda and its speaker's notes: "Dagens dragning", "Anteckningar:"
    r"dagens\s+(?:dragning|agenda|program|punkter)$|(?:stöd|talar)?anteckningar$|talarmanus$|"
    # what residents answered, not what was promised: "Trygghetsmätningen 2024"
    r"trygghetsmätning\w*(?:\s+(?:19|20)\d{2})?$|"
    r"(?:kalendarium|kalender|evenemang|aktuellt|senaste\s+nytt)$|"  # what is on in the kommun
    r"(?:övrigt|övriga\s+frågor)$|"  # a report's or an e-mail's other matters
    r"(?:nästa|kommande)\s+(?:sammanträde|möte)$|"  # an agenda's last item
    # a news item's fact box on the police area, not one that lists what is promised
    # (not "FAKTA: Medborgarlöftet i Uppvidinge 2017" over what was promised that year)
    r"fakta(?:ruta)?\b(?![^\n]*\b(?:lovar|lovat|åtar|åtaganden)\b|[^\n]*löfte\w*\s[^\n]*\b(?:19|20)\d{2})|"
    rf"(?:tidigare|äldre)\s+{PROMISE_NOUN}ten$|"  # links to earlier promises
    # last period's, ended: "Medborgarlöfte 2025 (avslutat)", "Förra årets löfte"
    rf"{PROMISE_NOUN}te\w*\s[^\n]{{0,30}}?\((?:avslutat|avslutad|avslutade|upphört)\)$|"
    rf"(?:förra\s+årets|fjolårets)\s+{PROMISE_NOUN}te\w*$|"
    r"(?:\d{1,2}\.?\s+)?(?:samverkansform\w*|organisation|styrning|roller\s+och\s+ansvar|"
    r"(?:organisation|styrning)\s+och\s+uppföljning|lagstiftning(?:\s+och\s+ansvar)?|"
    r"informationsutbyte|informationsdelning|sekretess|ekonomi|kostnader|finansiering)$)"
    r"|problemområden\b|lägesbild\w*\s+.*\bär\s*:$|\bförväntas\s*:?$|"
    # "Det här är lägesbilden", "Kommunens lägesbild för 2024 visar att ... otrygga:"
    r"^(?:det\s+här|detta)\s+är\s+lägesbild\w*$|lägesbild\w*\s+(?:för\s+(?:19|20)\d{2}\s+)?visar\b[^.]*$|"
    # a plan's other parts: "Övriga åtaganden under planperioden", "Risker"
    r"^övriga\s+(?:åtaganden|insatser|aktiviteter|åtgärder|uppdrag)\b|^risk(?:er|analys)\b|"
    # who does which of the promises above: "Vem gör vad?"
    r"^vem\s+(?:gör|ansvarar\s+för)\s+vad\b|"
    # a press release's part about who sends it: "Om Polisen", "Om Kungsörs kommun"
    r"^om\s+(?:polisen|polismyndigheten|oss|kommunen|[\w-]+\s+kommun|polisregion\s+\w+|"
    r"lokalpolisområde\s+[\w-]+(?:\s+[\w-]+)?)$|"
    # what residents raised: "Det som togs upp oftast vid medborgardialogerna"
    r"\b(?:togs|tas)\s+upp\s+(?:\w+\s+)?(?:vid|på|i)\s+(?:\w+\s+)?\w*(?:dialog|möte)|"
    # ... "Det här var det som flest tog upp:"
    r"\b(?:flest|många|de\s+flesta|invånarna|de\s+boende|ni)\s+(?:har\s+)?"
    r"(?:tog|tagit|lyfte|lyft|nämnde|nämnt|pekade|pekat)\s+(?:upp|fram|på)\s*:$|"
    # what others do: "Andra aktörer", "Vad händer runt omkring?", "Det här gör andra"
    r"^(?:\d{1,2}\.\s+)?(?:andra|övriga)\s+aktörer\w*|^vad\s+(?:gör|händer)\s+(?:andra|runt\s+omkring)\b|"
    rf"^(?:utöver|förutom)\s+(?:själva\s+)?{PROMISE_NOUN}te\w*$|"  # "Utöver löftena"
    r"^det\s+här\s+gör\s+andra\b|"
    r"\bkan\s+(?:vi\s+)?inte\s+(?:heller\s+)?lova\b|"
    # what was left out: "Det här lovar vi inte", "Vad vi inte lovar", "Detta ingår inte"
    r"\blovar\s+(?:vi\s+|polisen\s+|kommunen\s+|parterna\s+)?inte\b|\binte\s+lovar\b|"
    # "Det här gör vi inte", "Vad polisen inte gör"
    r"^(?:det\s+här|detta)\s+(?:gör|ska|kan|kommer)\s+(?:vi|polisen|kommunen|parterna)\s+inte\b|"
    r"^vad\s+(?:vi|polisen|kommunen|parterna)\s+inte\s+(?:gör|ska|kan|kommer)\b|"
    # what is left out: "Följande insatser ingår i programmet men är inte en del av löftet:"
    rf"{_LEFT_OUT_WORDS}|"
    # how the parties work with each other: "4. Parternas åtaganden i samverkan"
    r"^(?:\d{1,2}\.\s+)?parternas\s+(?:\w+\s+)?åtaganden\s+(?:i|för|inom)\s+samverkan\w*$|"
    # ... "Det här var några av de saker som kom fram:", "Tre saker stack ut:", "... gav det
    # den här bilden:"
    r"\b(?:saker|frågor|synpunkter|problem)\s+som\s+(?:har\s+)?(?:kom(?:mit)?\s+(?:fram|upp)|"
    r"framkom\w*|återkom\w*|nämndes|togs\s+upp)\b[^.]*$|\bstack\s+ut$|"
    r"\b(?:den\s+här|följande)\s+bild(?:en)?$|\bgav\s+(?:det\s+)?en\s+(?:\w+\s+)?bild$|"
    # what residents will notice, the promises summed up: "Under 2025 kommer du att märka
    # att", "Det här kommer du att märka", "Så märker du det"
    r"\b(?:kommer\s+du\s+(?:att\s+)?|du\s+kommer\s+(?:att\s+)?)(?:märka|se|lägga\s+märke\s+till)\b|"
    r"^så\s+märker\s+du\b|"
    # what the parties saw, the lägesbild: "Vad har vi sett?", "Det här ser vi", and what it
    # shows, "Den visar bland annat följande:"
    r"^(?:den|lägesbilden|mätningen|trygghetsmätningen|enkäten|statistiken)\s+visar\s+"
    r"(?:bland\s+annat\s+|framför\s+allt\s+)?följande$|"
    # ... "Sammanfattningsvis visar den följande:", "Det här är vad som kom fram:"
    r"\bvisar\s+(?:den|lägesbilden|mätningen|enkäten|statistiken)\s+(?:bland\s+annat\s+)?"
    r"följande$|^(?:det\s+här|detta)\s+är\s+(?:vad|det)\s+som\s+(?:har\s+)?"
    r"(?:kom(?:mit)?\s+(?:fram|upp)|framkom\w*)\b[^.]*$|"
    r"^(?:vad|det\s+här|detta)\s+(?:har\s+vi\s+(?:sett|hört)(?:\s+och\s+(?:sett|hört))?|ser\s+vi|"
    r"såg\s+vi|hörde\s+vi|"
    r"fick\s+vi\s+(?:veta|höra))\s*[?:]?$|"
    # ... "Det här sa många:", "Det här var det vanligaste vi fick höra:", "Detta är det ni
    # oftast nämnde:"
    r"^(?:det\s+här|detta)\s+(?:sa|sade|berättade|nämnde|tyckte)\s+(?:många|flest|ni|de\s+flesta|"
    r"invånarna|de\s+boende)\b[^.]*$|"
    r"^(?:det\s+här|detta)\s+(?:var|är)\s+de\s+vanligaste\s+(?:synpunkterna|svaren|problemen|"
    r"önskemålen|frågorna)\b[^.]*$|"
    # a plan of how the promise is followed up: "Bilaga 2 Uppföljningsplan"
    r"^(?:bilaga\s+\d{1,2}\s+)?uppföljningsplan\w*$|"
    r"^(?:det\s+här|detta)\s+(?:var|är)\s+det\s+(?:vanligaste\s+|(?:oftast|mest)\s+)?(?:som\s+)?"
    r"(?:vi|ni|många|flest)\s+(?:\w+\s+)?(?:fick\s+(?:veta|höra)|hörde|sa|sade|berättade|"
    r"nämnde|tog\s+upp|svarade|lyfte)\b[^.]*$|"
    # ... "Det här kom fram i lägesbilden:", "I lägesbilden framkom bland annat:", and after
    # the dialogues it tells of, "Det här kom fram:", "Det som kom fram var bland annat:"
    r"^(?:det\s+här|detta|följande|vad\s+som|det\s+som)\s+(?:har\s+)?(?:oftast\s+|mest\s+)?"
    r"(?:kom(?:mit)?\s+(?:fram|upp)|framkom(?:mit)?)\b"
    r"(?:\s+(?:i|ur|av)\s+(?:den\s+)?(?:\w+\s+)?lägesbild\w*|[^.]*$)|"
    # ... "Bland annat kom det fram att:", and what residents worry about: "Invånarna oroar
    # sig mest för:"
    r"^(?:bland\s+annat\s+)?kom\s+det\s+(?:också\s+)?fram\b[^.]*$|"
    r"^(?:invånarna|de\s+boende|boende|medborgarna|många)\s+oroar\s+sig\s+(?:mest\s+|främst\s+)?för$|"
    r"^i\s+(?:den\s+)?(?:\w+\s+)?lägesbild\w*\s+(?:framkom|framkommer|syns|märks)\b[^.]*:$|"
    # what residents said: "Vad invånarna har sagt", "Det här har ni sagt till oss"
    r"^vad\s+(?:tyckte|tycker|sa|säger|svarade)\s+(?:ni|du|invånarna|de\s+boende|medborgarna)\b|"
    r"^(?:vad|det\s+här|detta)\s+(?:har\s+)?(?:invånarna|ni|de\s+boende|medborgarna)\s+"
    r"(?:har\s+)?(?:sagt|sa|säger|tyckt|tycker|svarat|svarade)\b|"
    # what residents asked for: "Det här önskade invånarna", "... följande önskemål:", "De
    # vanligaste önskemålen var:"
    r"\bönskemål\w*(?:\s+(?:var|är|blev))?\s*$|^(?:det\s+här|detta|vad)\s+(?:\w+\s+)?önskade\b|"
    r"^(?:invånarna|ni|de\s+boende|boende)\s+(?:önskar|önskade|vill\s+ha|ville\s+ha)\b|"
    r"^(?:det\s+här|detta|vad\s+som)\s+ingår\s+inte\b|"
    # a board's decision over its points: "Kommunstyrelsen beslutar att", "Beslut", and
    # what it is asked to decide: "Brottsförebyggande rådet föreslås", "Förslag till rådet"
    r"^(?:\w+\s+){0,3}beslutar\s+att$|^(?:förslag\s+till\s+)?(?:\w+\s+)?beslut$|"
    r"^(?:\w+\s+){0,3}föreslås(?:\s+besluta)?(?:\s+att)?$|"
    r"^förslag\s+till\s+(?:\w*rådet|\w*styrelsen|\w*nämnden|\w*fullmäktige)$",
    re.IGNORECASE,
)
_DIALOGUE_RESULTS = re.compile(
    r"^(?:resultat\w*|svar\w*)\s+(?:från|av|i)\s+(?:\w+\s+)?"
    r"(?:\w*dialog\w*|\w*enkät\w*|\w*mätning\w*|\w*undersökning\w*)",
    re.IGNORECASE,
)
_RESULTS = re.compile(
    r"^(?:resultat|utfall|så\s+har\s+(?:det\s+gått|vi\s+(?!tagit\s+fram|arbetat\s+fram)\w+)|så\s+gick\s+det|detta\s+har\s+\w+\s+gjort|"
    # "Redovisningen i korthet" after the promises in a council's minutes
    r"(?:redovisning(?:en)?|uppföljning(?:en)?|resultatet|utfallet)\s+i\s+korthet\s*:?$|"
    r"det\s+här\s+(?:har\s+vi\s+gjort|gjorde\s+vi$)|genomförda\s+(?:insatser|aktiviteter)|"
    r"(?:det\s+här|detta|så)\s+blev\s+(?:resultatet|utfallet)|"
    r"(?:det(?:ta)?|så)\s+(?:här\s+)?har\s+(?:hänt|det\s+gått)\b|"
    r"\w+\s+uppföljning\b|uppföljning\s+av|information\w*\s+och\s+uppföljning|"
    r"(?:så|hur)\s+långt\s+(?:har\s+)?vi\s+(?:har\s+)?kommit|läget\s+(?:nu|i\s+dag|just\s+nu)$)",
    re.IGNORECASE,
)


# The number of an agreement's clause, a report's chapter or a plan's table: "Artikel 4",
# "§ 3", "Kapitel 2", "Tabell 2.".
# ... and an annex's: "Bilaga: Ordlista", "Bilaga 1: Lägesbild"
_CLAUSE_NUMBER = re.compile(
    r"^(?:(?:artikel|kapitel|avsnitt|tabell)\s+\d{1,2}|§\s*\d{1,2}|bilaga(?=\s*:)|bilaga\s+\d{1,2})"
    r"[.:]?\s+",
    re.IGNORECASE,
)


def from_dialogue(heading: str) -> bool:
    """Whether the heading opens what residents said ("Resultat från medborgardialogen")."""
    return bool(_DIALOGUE_RESULTS.match(heading.strip()))


def introduces(heading: str) -> bool:
    """Whether the heading opens a document's introduction, which holds no promises and
    interrupts the part it stands in until the next heading."""
    return bool(_INTRODUCES.match(heading.strip().rstrip(":").strip()))


# A section's number before its heading's words: "2 ", "3.1 ", "4. ".
_HEADING_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=[^\W\d])")


@lru_cache(maxsize=4096)
def section_of(heading: str) -> Section | None:
    """The section a heading or list introduction opens; None when it names only a topic.

    Cached: the same line is asked about as a heading, an introduction and a neighbour,
    and its patterns are the extractor's longest (a pure function of the text)."""
    # a heading in two languages, Swedish first: "3. VÅRA LÖFTEN / OUR PROMISES"
    line = heading.strip().split(" / ", 1)[0] if " / " in heading else heading.strip()
    text = _CLAUSE_NUMBER.sub("", line.rstrip(":").strip())
    # the line as written is read too where it is not the same text (a colon, a number),
    # and without a section's number: "2 DET HÄR HAR VI SETT OCH HÖRT"
    unnumbered = _HEADING_NUMBER.sub("", text, count=1)
    texts = tuple(dict.fromkeys((text, line, unnumbered)))
    if _DIALOGUE_RESULTS.match(text):
        return Section.NOT_PROMISES  # what residents said, not what was done
    if _RESULTS.search(text):
        return Section.RESULTS
    if any(_NOT_PROMISES.search(t) for t in texts):
        return Section.NOT_PROMISES
    if _FOCUS_INTRO.search(text):
        return None
    if any(_PROMISE_INTRO.search(t) for t in texts):
        return Section.PROMISES
    return None


# An introduction of what the promise is about, not of what is done: "Utifrån dialogerna
# har vi valt att fokusera på följande:" over "Trafiken i centrum", "Narkotika bland unga".
_FOCUS_INTRO = re.compile(
    r"\b(?:fokusera|fokuserar|fokus\s+på|prioritera|prioriterar|koncentrera|koncentrerar)\s+"
    r"(?:oss\s+|vi\s+)?(?:på\s+)?följande(?:\s+(?:\w+\s+)?(?:områden|frågor|problem))?\s*$|"
    # "Parterna har enats om tre prioriterade områden:"
    r"\b(?:prioriterade|utvalda|gemensamma)\s+(?:fokus|insats)?områden\s*:?\s*$|"
    r"\bprioritera\s*:?\s*$",  # "Parterna ska under perioden prioritera" over what
    re.IGNORECASE,
)


# The promise itself being followed up, reported, evaluated or communicated, or its period.
# Next period's promise being made: "Just nu arbetar staden och polisen med nästa års löfte".
MAKING_NEXT_PROMISE = (
    # ... "Nu skriver vi ett nytt löfte för 2023"
    r"\b(?:arbetar\s+(?:(?:\w+\s+){0,5}?med|fram)|arbetet\s+med|skriver(?:\s+vi)?)"
    rf"\s+(?:nästa\s+års|det\s+nya|ett\s+nytt)\s+(?:\w+\s+)?{PROMISE_NOUN}te"
)
_GOVERNANCE = re.compile(
    # said of the promise at the head of the sentence, after a few words at most
    r"^(?:[\w\s]{0,40}?\b)?(?:uppföljning(?:en)?(?:\s+i\s+\w+)?\s+(?:ska|sker|görs|är)|"
    r"(?:uppföljning|redovisning|utvärdering|rapportering|rapport)\s+(?:av|om)\s+(?:\w+\s+)?"
    r"(?:löftet|löftena|medborgarlöftet|medborgarlöftena|"
    r"handlingsplanen|handlingsplanens|tidplanen|arbetet)\b|"
    r"(?:löftet|löftena|medborgarlöftet|medborgarlöftena|arbetet|åtagandena|insatserna)\s+"
    r"(?:ska\s+|kommer\s+att\s+)?"
    rf"(?:följs?|följas)\s+upp|"
    # its period, not what one of the promises is about ("Ett av löftena gäller skolvägarna")
    # ... also as a follow-up tells it: "Löftet skulle gälla under 2016 och byggde på ..."
    rf"{PROMISE_NOUN}te\w*\s+(?:(?:skulle|ska|skall)\s+)?(?:gäller|gälla|gällde|löper|löpa)"
    r"(?!\s+(?-i:[a-zåäö]+)(?:na|en|et|arna|erna)\b|\s+att\b)|"
    # the state of the promise told to a council: "Rapportera läget för löftet till
    # trygghetsrådet varje kvartal"
    r"(?:rapportera|rapporterar|redovisa|redovisar)\s+(?:läget|status)\s+(?:för\s+\w+\s+)?"
    r"(?:till|för|i)\s+|"
    # how the promise is laid out: "Vi har delat upp löftet i det vi gör direkt och ..."
    rf"[^.]{{0,40}}?\b(?:delat|delar)\s+upp\s+(?:\w+\s+)?{PROMISE_NOUN}te|"
    # new promises this year: "Därför har vi delvis nya löften i år."
    rf"[^.]{{0,40}}?\bhar\s+(?:vi\s+)?(?:\w+\s+){{0,2}}?nya\s+{PROMISE_NOUN}ten\b|"
    # a promise's line on how it is followed up: "Hur vi följer upp: antalet kontroller ..."
    r"(?:hur\s+vi\s+följer\s+upp|så\s+följer\s+vi\s+upp|uppföljning)\s*:|"
    # the parties' own meetings and exchange under an agreement: "träffas i en gemensam
    # styrgrupp minst en gång per kvartal", "dela information ... i den utsträckning lagen
    # tillåter", "varje år ta fram en gemensam lägesbild" (not one "över bostadsområdena")
    r"[^.]{0,40}?\b(?:träffas|mötas|ses)\s+(?:i\s+)?(?:en\s+|det\s+)?(?:gemensam\w*\s+|lokala\s+)?"
    r"(?:styrgrupp|samverkansgrupp|arbetsgrupp|brottsförebyggande\s+råd|brå\b|\w*rådet\b)|"
    # ... "Varje år i januari går vi igenom medborgarlöftet mening för mening"
    rf"[^.]{{0,60}}?\bg(?:å|år)\s+(?:\w+\s+)?igenom\s+(?:\w+\s+)?{PROMISE_NOUN}te|"
    # the council that steers it, and deciding on each year's promise: "ha ett gemensamt
    # trygghetsråd som styrgrupp", "varje år besluta om ett medborgarlöfte utifrån lägesbilden"
    r"[^.]{0,80}?\bsom\s+styrgrupp\b|"
    rf"[^.]{{0,30}}?\b(?:besluta|fatta\s+beslut)\s+om\s+(?:ett|det|nästa|nya)\s+(?:\w+\s+)?{PROMISE_NOUN}te|"
    # "träffas varje kvartal för att se hur arbetet går"
    r"[^.]{0,40}?\b(?:träffas|ses)\s+(?:\w+\s+){0,3}?för\s+att\s+(?:se|följa\s+upp|stämma\s+av|"
    r"gå\s+igenom)\b|"
    # ... "dela lägesbilder och statistik med varandra varje månad"
    r"[^.]{0,40}?\bdelar?\s+(?:den\s+)?(?:information|lägesbild\w*|statistik)(?:\s+och\s+\w+)?\s+"
    r"(?:med\s+varandra|[^.]{0,60}?i\s+den\s+utsträckning|som\s+behövs\b)|"
    # ... and its yearly plan: "varje år före den 31 januari fastställa en handlingsplan"
    r"[^.]{0,60}?\b(?:fastställa|fastställer|revidera|reviderar)\s+"
    r"(?:en\s+|den\s+)?(?:årlig\s+|gemensam\s+)?(?:handlingsplan|aktivitetsplan)\w*|"
    r"[^.]{0,30}?\b(?:varje\s+(?:år|höst|vår)|årligen)\b[^.]{0,40}?\bta\s+fram\s+(?:en\s+)?(?:gemensam\s+)?"
    r"lägesbild\b(?!\s+(?:över|om|för)\b)|"
    # ... "ta fram en årlig lägesbild", and for the next promise "ta fram en ny lägesbild",
    # "... en gemensam lägesbild inför 2022"
    r"[^.]{0,60}?\btar?\s+fram\s+(?:en\s+)?(?:årlig|ny)\s+lägesbild|"
    r"[^.]{0,60}?\bta\s+fram\s+(?:en\s+)?(?:gemensam\s+)?lägesbild\s+inför\b|"
    # ... "Gemensam lägesbild som underlag för ett årligt medborgarlöfte"
    rf"[^.]{{0,40}}?\blägesbild\w*\s+som\s+underlag\s+för\s+(?:\w+\s+){{0,3}}?{PROMISE_NOUN}te|"
    # "ta fram en gemensam lägesbild varje höst", "Vi tar fram en gemensam lägesbild varje höst"
    r"[^.]{0,30}?\btar?\s+fram\s+(?:en\s+)?(?:gemensam\s+)?lägesbild(?:en)?\s+(?:varje|en\s+gång\s+(?:per|om|i))\s+"
    r"(?:år|höst|vår|termin)\b|"
    r"(?:överenskommelsen|avtalet)\s+(?:gäller|löper)\b|"
    # a dialogue that makes the next promise: "bjuda in till en medborgardialog i Rönninge
    # inför det första medborgarlöftet"
    rf"[^.]{{0,80}}?dialog\w*\s+(?:[\w-]+\s+){{0,3}}?inför\s+(?:det\s+|nästa\s+)?(?:\w+\s+)?"
    rf"{PROMISE_NOUN}te|"
    # "Löftet och uppföljningen publiceras på kommunens webbplats"
    r"(?:löftet|löftena|medborgarlöftet|resultatet|resultaten|uppföljningen)\s+(?:och\s+\w+\s+)?"
    r"(?:publiceras|redovisas|kommuniceras)\b|"
    r"\w+\s+är\s+sammankallande|"
    # taking part in or running the råd: "Medverka i det lokala brottsförebyggande rådet",
    # "Samordna det lokala brottsförebyggande rådet och kalla till möten"
    r"[^.]{0,30}?\b(?:medverka|delta|ingå|samordna|leda)\w*\s+(?:i\s+)?(?:det\s+)?"
    r"(?:lokala\s+|kommunens\s+)?(?:brottsf[oö]rebyggande\s+råd(?:et)?|trygghetsråd(?:et)?)\b|"
    # "Vi kommer i så fall att berätta om det här på sidan"
    # ... "lovade även att berätta om arbetet på sina webbplatser under året"
    # ... "Vi berättar i så fall om det här."
    # ... "berättar om löftet på kommunfullmäktiges sammanträde"
    r"[^.]{0,50}?\bberättar?\s+om\s+(?:arbetet|löftet)\b|"
    r"[^.]{0,50}?\bberättar?\s+(?:i\s+så\s+fall\s+)?om\s+(?:det\s+här|detta|det)"
    r"(?:\s+på\s+(?:sina\s+)?(?:sidan|webbplats\w*|hemsid\w*)|"
    # ... "berätta om arbetet i det lokala brottsförebyggande rådet varje halvår"
    # ... "i kommunens trygghetsråd"
    r"\s+i\s+(?:det\s+)?(?:lokala\s+|kommunens\s+)?(?:brottsförebyggande\s+rådet|\w*råd(?:et)?|brå)\b|"
    r"\s*[.!]?$)|"
    # a report's own line: "Redovisning till det brottsförebyggande rådet"
    # ... "Uppföljning i folkhälsorådet två gånger per år", "Avstämning av löftet i
    # brottsförebyggande rådet"
    # ... "Halvårsavstämning i styrgruppen"
    # ... "Redovisning av antal anmälda bedrägerier i trygghetsrådet varje halvår"
    # ... "Redovisning av åtagandena i Folkhälso- och trygghetsrådet"
    r"\w*(?:redovisning|uppföljning|avstämning)\s+(?:av\s+(?:[\w-]+\s+){1,5}?)?(?:till|i|för)\s+"
    r"(?:det\s+|den\s+)?(?:[\w-]+\s+(?:och\s+)?)?(?:\w*rådet|brå|kommunstyrelsen|\w*nämnden|styrgrupp\w*|"
    r"samverkansgrupp\w*)\b|"
    # what is left told in the next report: "... blir klar under våren och redovisas i nästa
    # uppföljning"
    r"[^.]{0,80}?\bredovisas\s+i\s+(?:nästa|kommande|årets)\s+uppföljning|"
    # the yearly practice: "Varje år ger polisen och kommunen ett gemensamt medborgarlöfte",
    # "Varje år lovar polisen och kommunen att göra några konkreta saker"
    # ... "Polisen och Lunds kommun tecknar varje år ett medborgarlöfte"
    rf"[^.]{{0,60}}?\b(?:ger|lämnar|tecknar|skriver)\s+varje\s+år\s+(?:ett\s+)?(?:\w+\s+)?{PROMISE_NOUN}te|"
    r"[^.]{0,30}?\bvarje\s+år\s+(?:ger|lämnar|tar|skriver|lovar)\b[^.]{0,120}?"
    rf"(?:{PROMISE_NOUN}te|några\s+(?:konkreta\s+)?saker)|"
    # one party backing the other's promise: "Älvdalens kommun stödjer polisens löfte"
    rf"[^.]{{0,40}}?\bstöd(?:jer|er)\s+(?:polisens|kommunens|det\s+gemensamma)\s+{PROMISE_NOUN}te|"
    # "Det här är ett löfte som vi ska kunna följa upp", "Lägesrapport till
    # brottsförebyggande rådet"
    rf"[^.]{{0,40}}?{PROMISE_NOUN}te\s+som\s+\w+\s+(?:ska\s+)?(?:kan|kunna)\s+följa\s+upp|"
    # ... also of the plan: "Återrapport av handlingsplanen till kommunens trygghetsråd"
    r"(?:läges|status|åter)?rapport\w*\s+(?:(?:av|om)\s+\w+\s+)?till\s+(?:det\s+)?(?:\w+\s+)?"
    r"(?:brottsförebyggande\s+rådet|brå\b|kommunstyrelsen|styrgruppen|trygghetsråd\w*)|"
    # "Sammankalla det brottsförebyggande rådet fyra gånger per år", "Bidra med underlag
    # till den årliga gemensamma lägesbilden"
    r"(?:samman)?kalla\w*\s+(?:det\s+|den\s+|till\s+)?(?:lokala\s+)?(?:brottsförebyggande\s+rådet|brå\b|"
    r"styrgrupp|samverkansgrupp)|"
    # ... "bidra med statistik och analys till kommunens årliga lägesbild"
    r"[^.]{0,40}?\b(?:underlag|statistik|analys)\s+(?:och\s+analys\s+)?till\s+(?:den\s+|kommunens\s+)?"
    r"(?:årliga\s+)?(?:gemensamma\s+)?lägesbild|"
    # ... "bidra med uppgifter om skadegörelse till den gemensamma lägesbilden", "rapportera
    # bränder till den gemensamma lägesbilden inom en vecka"
    r"(?:bidra|rapportera|lämna)\w*\b[^.]{0,80}?\btill\s+(?:den\s+)?(?:årliga\s+)?(?:gemensamma\s+)?"
    r"lägesbilden\b|"
    # ... and telling the parties' own groups: "informera styrgruppen om samarbetet med ..."
    r"informera\w*\s+(?:styrgrupp\w*|samverkansgrupp\w*|\w*rådet|brå)\b|"
    # who keeps the work going: "Trygghetssamordnaren och kommunpolisen ansvarar för det
    # löpande arbetet"
    r"[^.]{0,80}?\bansvarar\s+för\s+(?:det\s+)?(?:löpande|dagliga|praktiska)\s+arbetet\b|"
    # "Kommunen ansvarar för sina löften och redovisar dem på finspang.se"
    r"[^.]{0,40}?\bansvarar\s+för\s+sina\s+(?:egna\s+)?(?:medborgar)?löften\b|"
    # the promise each year as a duty of an agreement: "Parterna ska varje år ge ett
    # gemensamt medborgarlöfte"
    rf"[^.]{{0,60}}?\b(?:ge|lämna|ta\s+fram)\s+(?:ett\s+)?(?:nytt\s+|gemensamt\s+)?[\"”»]?{PROMISE_NOUN}te\b|"
    # who answers for the whole: "Kommunen och polisen ansvarar för att löftet som helhet
    # genomförs"
    r"[^.]{0,40}?\bansvarar\s+(?:\w+\s+)?för\s+att\s+(?:hela\s+)?(?:medborgar)?löfte(?:t|na)\b|"
    # "Att löftet skickas till kommunstyrelsen för undertecknande"
    rf"{PROMISE_NOUN}te\w*\s+(?:skickas|lämnas|överlämnas)\b|"
    # "Hur arbetet går ska redovisas för kommunens trygghetsråd varje kvartal", "Hur sommaren
    # gick ska redovisas för kommunstyrelsen i oktober"
    r"hur\s+(?:arbetet|löftet|det|sommaren|året)\s+(?:går|gick|har\s+gått)\s+(?:ska|skall|kommer\s+att)\s+"
    r"(?:redovisas|rapporteras|följas\s+upp)\b|"
    # ... "Arbetet skulle följas upp och redovisas för brottsförebyggande rådet"
    r"(?:löftena|löftet|medborgarlöftet|arbetet|resultatet|resultaten)\s+"
    r"(?:kommer\s+att|ska|skall|skulle)\s+(?:också\s+)?"
    r"(?:kommuniceras|redovisas|följas\s+upp|utvärderas|presenteras)|"
    # ... "Enligt samordnaren ska löftet följas upp i rådet", "årligen besluta om
    # medborgarlöften utifrån lägesbilden"
    r"(?:ska|skall|kommer)\s+(?:löftena|löftet|medborgarlöftet|resultatet|resultaten)\s+"
    r"(?:att\s+)?(?:också\s+)?(?:kommuniceras|redovisas|följas\s+upp|utvärderas|presenteras)|"
    rf"besluta\w*\s+om\s+(?:\w+\s+)?{PROMISE_NOUN}te|"
    # its signing: "Det nya löftet skrivs under i februari", "Löftet ska sedan undertecknas
    # av kommunstyrelsens ordförande ..."
    rf"(?:\w+\s+){{0,2}}?{PROMISE_NOUN}tet\s+(?:för\s+(?:19|20)\d{{2}}\s+)?(?:skrivs\s+under|undertecknas)\b|"
    rf"{PROMISE_NOUN}te\w*\s+(?:[\w\s–-]{{0,30}}?\s)?(?:ska|kommer\s+att)\s+"
    r"(?:sedan\s+|därefter\s+|enligt\s+\w+\s+)?(?:undertecknas|skrivas\s+under|antas|beslutas)\b|"
    r"vi\s+kommer\s+att\s+(?:redovisa|rapportera|kommunicera|utvärdera))|"
    # ... or anywhere near its start (each alternative looks as far ahead as the words above
    # and its own reach did together: one outer loop over the first words would try every
    # one of them at every position)
    r"^(?:.{0,80}?\b(?:följa\s+(?:\w+\s+)?upp|följer\s+(?:\w+\s+)?upp|redovisa\w*|utvärdera\w*|"
    r"sammanfatta\w*|"
    # ... "rapportera löftenas utfall till brottsförebyggande rådet"
    r"kommunicera\w*|rapportera\w*)\s+(?:hur\s+)?(?:hela\s+)?(?:löftet|löftena|löftets|löftenas|"
    r"medborgarlöftet|medborgarlöftena|arbetet|programmet|"
    r"resultat(?:et|en)|uppföljningen|överenskommelsen|avtalet|åtagandena)\b|"
    # an agreement's own groups, its lägesbild and the next one: "sammankalla styrgruppen",
    # "delta i styrgruppen", "bidra med underlag ... till den årliga lägesbilden", "påbörja
    # arbetet med en ny överenskommelse"
    r".{0,80}?\b(?:sammankalla\w*|delta\w*\s+i|ingå\w*\s+i|leda|leder)\s+"
    r"(?:\w+\s+)?(?:styr|samverkans)grupp|"
    r".{0,80}?\bunderlag\b[^.]{0,60}?\btill\s+(?:den\s+|en\s+)?(?:\w+\s+){0,2}?lägesbild|"
    # "Parterna bildar en samverkansgrupp", "Förslaget ska tas upp i trygghetsrådet"
    # ... "ha en gemensam styrgrupp som sammanträder minst tre gånger per år"
    r".{0,80}?\b(?:bildar|ha)\s+(?:en\s+)?(?:gemensam\s+)?(?:samverkans|styr|arbets)grupp|"
    rf"(?:förslaget|{PROMISE_NOUN}tet)\s+(?:ska|kommer\s+att)\s+(?:tas\s+upp|behandlas)\b|"
    rf".{{0,80}}?\b(?:påbörja|inleda)\w*\s+arbetet\s+med\s+(?:en|ett)\s+nya?t?\s+"
    rf"(?:\w*överenskommelse|{PROMISE_NOUN}te)|"
    rf".{{0,80}}?{MAKING_NEXT_PROMISE}|"
    # "Parterna informerar gemensamt om överenskommelsen på svenska, arabiska och syriska"
    r".{0,80}?\binformera\w*\s+(?:\w+\s+)?om\s+(?:överenskommelsen|löftet|löftena|"
    r"medborgarlöftet|medborgarlöftena|arbetet(?!\s+(?:mot|med|för|i)\b))\b|"
    rf".{{0,100}}?\b(?:ta|tas|tar)\s+(?:fram\s+)?(?:\w+\s+){{0,8}}?(?:fram\s+)?(?:{PROMISE_NOUN}te|handlingsplan)|"
    # "Ett nytt medborgarlöfte har tagits fram för 2022"
    rf".{{0,40}}?\bnytt\s+(?:\w+\s+)?{PROMISE_NOUN}te\w*\s+(?:har\s+)?(?:tagits|tas|togs)\s+fram\b|"
    # making or running it: "bjuda in till dialog om ett medborgarlöfte", "En styrgrupp ...
    # ansvarar för överenskommelsen"
    rf".{{0,100}}?\bdialog\s+om\s+(?:ett|det)\s+(?:nytt\s+)?{PROMISE_NOUN}te|"
    r".{0,140}?\bansvarar\s+för\s+(?:överenskommelsen|löftet|medborgarlöftet|samverkan)\b|"
    # the parties' regular review: "går igenom läget i samverkansgruppen varje månad"
    r".{0,100}?\bgår\s+igenom\s+(?:läget\b|lägesbilden\b|hur\s+(?:löftet|arbetet)\b|hur\s+det\s+går\b|"
    r"statistik\w*)|"  # "Vi går igenom statistik, EST-rapporter och ..."
    # a survey again, and what it shows for the next lägesbild: "Trygghetsundersökningen
    # görs igen hösten 2026", "Nya problem ... tas med i nästa lägesbild"
    r".{0,60}?\btrygghets(?:undersökning|mätning|enkät)\w*\s+görs\b|"
    # ... as a row of a plan: "Oktober | Trygghetsmätning i hela kommunen | Kommunen"; and
    # the råd's own meetings there: "17 januari | Rådets möte: lägesbild 2027 ..."
    r"(?:[^|]{0,30}\|\s*)?(?:trygghets(?:undersökning|mätning|enkät)\w*|\w*rådets\s+möte)\b|"
    r".{0,100}?\b(?:i|inför)\s+(?:nästa|en\s+ny|den\s+nya)\s+lägesbild\b|"
    rf".{{0,100}}?\b(?:ger|ge|lämnar|lämna|avger)\s+(?:\w+\s+){{0,5}}?(?:ett\s+|sitt\s+)?(?:gemensamt\s+)?"
    rf"{PROMISE_NOUN}te\b|"
    r".{0,80}?\bgenom\s+(?:sina|våra|deras)\s+underskrifter\b|"
    # "Polisen och kommunen antar löfte för ett tryggare Nordmaling", "tecknar nytt löfte"
    rf".{{0,120}}?\b(?:antar|antagit|anta|tecknar|tecknat|teckna|undertecknar|undertecknat|skriver\s+under|"
    rf"skrivit\s+under)\s+(?:ett\s+)?(?:nytt\s+|gemensamt\s+){{0,2}}{PROMISE_NOUN}te\b|"
    # an årshjul's "Undertecknande av medborgarlöftet 2026", "Medborgarlöfte 2027 skrivs under",
    # a slide's "Undertecknas i februari" under "Medborgarlöfte 2026"
    r"^(?:undertecknas|skrivs\s+under)\b|"
    rf".{{0,60}}?\bundertecknande\s+av\s+(?:\w+\s+)?{PROMISE_NOUN}te|"
    rf".{{0,60}}?\b{PROMISE_NOUN}te\w*(?:\s+(?:19|20)\d{{2}})?\s+(?:skrivs\s+under|undertecknas)\b|"
    r".{0,120}?\b(?:berätta|berättar|redovisar|redovisa|redovisning|rapportera|rapporterar|"
    r"informera|informerar)\s+(?:[\w.-]+\s+){0,8}?hur\s+(?:det|löftet|arbetet)\s+(?:har\s+)?"
    r"(?:gått|går|gick)\b|"
    # the råd's own meetings: "kalla till trygghetsrådets möten", "deltar i rådets och
    # arbetsgruppens möten"
    r".{0,100}?\b(?:kalla|kallar)\s+till\s+möten\s+i\s+(?:\w+\s+)?\w*(?:rådet|gruppen)\b|"
    r".{0,100}?\b(?:kalla|kallar|delta|deltar)\s+(?:till|i)\s+(?:\w+\s+)?(?:\w*rådets|styrgruppens|"
    r"arbetsgruppens)\s+(?:\w+\s+){0,2}?möten\b|"
    # "Genomgång av löftet i Brottsförebyggande rådet två gånger per år"
    rf".{{0,40}}?\bgenomgång\s+av\s+(?:\w+\s+)?{PROMISE_NOUN}te|"
    # a plan's "Ny lägesbild för Råby (mars)", "Förslag till nästa medborgarlöfte"
    rf"^ny\s+(?:gemensam\s+)?lägesbild\b|^förslag\s+till\s+(?:nästa|nytt|ett\s+nytt)\s+{PROMISE_NOUN}te|"
    # "Parterna redovisar åtagandena för kommunstyrelsen och på enkoping.se"
    r".{0,60}?\b(?:redovisar|redovisa|rapporterar|rapportera)\s+(?:\w+\s+){0,2}?"
    r"(?:åtagande\w*|löfte[nt]?\w*|arbetet|resultate[nt])\s+(?:för|till|på|i)\b|"
    # the parties' own meetings: "kalla till styrgruppens möten och föra anteckningar"
    r".{0,100}?\bstyrgrupp\w*\s+möte|"
    # "se över hur uppföljningen av trygghetsarbetet kan samordnas med ..."
    r".{0,100}?\bse\s+över\s+hur\s+(?:uppföljningen|redovisningen)\b|"
    r".{0,100}?\bkontaktperson\w*\s+för\s+(?:överenskommelsen|löftet|medborgarlöftet|samverkan|"
    r"kommunen|polisen)\b|"
    # the parties' own grading of it: "Varje år sätter kommunen och polisen betyg på ..."
    r".{0,60}?\bsätter\s+(?:\w+\s+){0,4}?betyg\s+på\b|"
    # who else is asked into the work itself: "bjuda in bostadsbolagen till arbetet"
    r".{0,80}?\bbjuda\s+in\s+[^.]{0,40}?\btill\s+arbetet\b|"
    # who the parties name for the work: "avsätta en kommunpolis med särskilt ansvar för ...",
    # "inrätta en tjänst som brottsförebyggande samordnare"; not one there on set days
    # ("avsätta en kommunpolis med placering i Skara minst tre dagar i veckan")
    # ... "ha en brottsförebyggande samordnare på heltid"
    r".{0,60}?\b(?:utse|utser|avsätta|avsätter|avdela|avdelar|inrätta|inrättar|^ha)\s+(?:en\s+)?(?:tjänst\s+som\s+)?"
    r"(?:\w+\s+)?(?:kommunpolis|\w*samordnare)\b"
    r"(?![^.]{0,80}?\b(?:dagar|gånger|varje|i\s+veckan|per\s+vecka))|"
    # ... named by a table's cell: "Brottsförebyggande samordnare på halvtid.", "Kommunpolis
    # som kontaktperson och ledamot i BRÅ."
    r"(?:\w+\s+)?(?:kommunpolis|\w*samordnare)\s+(?:på\s+(?:hel|halv|del)tid|som\s+kontaktperson)\b|"
    # ... and their own lägesbild: "Gemensam lägesbild som tas fram varje höst."
    r"(?:en\s+)?(?:gemensam\s+)?lägesbild\s+som\s+(?:tas|ska\s+tas)\s+fram\b|"
    r".{0,140}?\b(?:beskrivas|beskrivs|preciseras|konkretiseras)\s+i\s+(?:en|ett|den|det)\s+"
    r"\w*(?:plan|dokument)\b|"
    rf".{{0,120}}?\b{PROMISE_NOUN}tet\s+(?:i\s+stället\s+)?ska\s+gälla|"
    r".{0,80}?\bberättar\s+(?:vi\s+)?om\s+resultat(?:et|en)|"
    r".{0,80}?\b(?:läget|arbetet)\s+stäms\s+av|.{0,100}?\bstämmer\s+av\s+(?:hur\s+arbetet|"
    r"att\s+(?:alla\s+)?(?:aktiviteter|insatser|åtgärder))|"
    # "Görs där: Halvtidsuppföljning av löftet och beslut om vad som ska redovisas."
    r".{0,60}?\w*uppföljning\s+av\s+(?:hela\s+)?(?:löftet|medborgarlöftet|överenskommelsen)\b|"
    # a report to the council: "sammanställer en lägesrapport varje halvår som lämnas till"
    r".{0,100}?\b(?:sammanställer|sammanställa|skriver|skriva)\s+(?:en\s+)?(?:\w+\s+)?"
    r"(?:läges)?rapport\w*|"
    # who sees to it that the measures above are carried out
    # "... ansvarar för att dokumentera genomförda aktiviteter"
    r".{0,100}?\bansvarar\s+för\s+att\s+(?:dokumentera|sammanställa|rapportera|redovisa)\b|"
    r".{0,100}?\bansvarar\s+(?:\w+\s+)?för\s+att\s+(?:åtgärderna|insatserna|aktiviteterna|"
    r"löftet|löftena|arbetet|handlingsplanen|planen)\s+"
    r"(?:genomförs|blir\s+av|följs|hålls\s+aktuell|uppdateras)\b|"
    # whether there will be another: "bestämmer ... om ett liknande löfte ska ges"
    rf".{{0,100}}?\b(?:bestämmer|pröva|prövar)\s+(?:\w+\s+){{0,5}}?om\s+(?:ett\s+)?(?:\w+\s+)?{PROMISE_NOUN}te\b)",
    re.IGNORECASE,
)
_PURPOSE = re.compile(
    rf"^(?!{_OUR_PROMISE})"
    r"(?:syftet|målet|målsättningen|målbilden|förväntad|de\s+effekter|effekten|vi\s+vill|"
    r"[^.]{0,30}?\bvill\s+vi\s+att\b|"  # "På lång sikt vill vi att Bäckby centrum ska vara ..."
    r"(?:vi|polisen|kommunen|parterna)\s+(?:hoppas|tror)|förhoppningen|"
    # what a party wishes of others or strives for: "Kommunen vill att fler vuxna ...", "Vi
    # strävar efter att tryggheten ska öka"
    r"(?:vi|polisen|kommunen|parterna)\s+(?:vill\s+(?:gärna\s+)?att|(?:ska\s+)?sträva[r]?\s+efter\s+att)|"
    # how everyone should feel: "Alla ska kunna röra sig tryggt i centrum"
    r"(?:alla|ingen|var\s+och\s+en)(?:\s+\w+)?\s+ska\s+(?:kunna\s+)?"
    r"(?:känna\s+sig|röra\s+sig|vistas|vara)\b|"
    r"(?:den|det|överenskommelsen|dokumentet|\w*planen)\s+(?:beskriver|anger|reglerar)\b|"
    # the plan's own use: "Tidslinjen gör det lätt att se om vi håller det vi lovar"
    r"(?:tidslinjen|tidplanen|årshjulet)\s+(?:gör|visar|hjälper)\b|"
    r"det\s+övergripande|det\s+är\s+vårt|genom\s+ovan|"
    r"[^.]{0,80}?\bhar\s+som\s+(?:mål|målsättning|ambition)\b|"
    # "Tanken är att ...", "En av grundpelarna är att polisen ska ..."; not "En av
    # insatserna är att polisen patrullerar ..." nor "En annan del av löftet är att
    # kommunen ska rusta upp lekparken"
    rf"(?![^.]{{0,60}}?\b(?:{PROMISE_NOUN}te|insats|åtgärd|åtagande|aktivitet)\w*\s+är\s+att"
    rf"{_A_PARTY_WILL})[^.]{{0,80}}?\bär\s+att\b(?!{_A_PARTY_DOES})|"
    r"att\s+(?:öka|minska|skapa|stärka)\s+(?:förtroendet|tryggheten)|"
    r"(?:detta|det\s+här|det|de|dessa)\s+(?:ska|kommer\s+att|förväntas)\s+(?:leda|bidra)\s+till|"
    # "Parterna är överens om att samverkan ska leda till minskad brottslighet"
    r"[^.]{0,60}?\b(?:samverkan|samarbetet|arbetet|insatserna|löftet)\s+(?:ska|kommer\s+att)\s+"
    r"(?:leda|bidra)\s+till|"
    # a goal measured in figures: "Andelen som känner sig otrygga ska sjunka till 25 procent"
    r"(?:andelen|antalet)\b[^.]{0,120}?\bska\s+(?:sjunka|minska|öka|halveras)\b|"
    # a ranking to reach: "Kommunen ska vara en av länets tre tryggaste kommuner"
    r"[^.]{0,40}?\bska\s+(?:vara|bli)\s+(?:en\s+av\s+)?(?:\w+\s+){0,3}?\w+aste\b|"
    r"[^.]{0,80}?\bska\s+(?:sjunka|minska|öka)\s+(?:med|från|till)\s+(?:\d|under|över))",
    re.IGNORECASE,
)
# A paragraph that opens by saying what the promise is, is about the promise, not one;
# unless it says what a party will do ("Löftet innebär att polisen ska ...").
_ABOUT_PROMISE = re.compile(
    rf"^(?!{_OUR_PROMISE})(?:[\w\s]{{0,60}}?\b)?{PROMISE_NOUN}t\w*\s+"
    r"(?:för\s+(?:19|20)\d{2}(?:[–-](?:19|20)?\d{2})?\s+)?"  # "Löftet för 2025 bygger på ..."
    r"(?:är|innebär|handlar|pekar|utgår|har|syftar|bygger|beskriver|omfattar|innehåller|"
    r"består)\b"
    # "Löftet innehåller bland annat att polisen ska ..." says what it holds
    r"(?!\s+(?:bland\s+annat\s+|bl\.\s?a\.\s+|också\s+|även\s+)?att\s+(?:\w+\s+){0,2}?"
    rf"(?:{_PARTY.pattern})\s+(?:ska|skall|kommer\s+att)\b|{_A_PARTY_DOES})|"
    # the way of working, not one promise: "Polisregion Bergslagen arbetar med
    # medborgarlöften i alla kommuner i regionen"
    r"^[^.]{0,60}?\barbetar\s+(?:\w+\s+)?med\s+(?:så\s+kallade\s+)?medborgarlöften\b",
    re.IGNORECASE,
)
# Under a heading that says promises follow, a party and a verb in the present tense is
# what the party does ("Kommunen ställer ut fler papperskorgar", "Trafik: Polisen gör
# kontroller"); under "Detta gör polisen:" the verb alone ("Städar runt stationen").
# Or, with a time or place first, the verb before its party ("Under våren kontrollerar
# polisen mopeder", "I sommar gör polisen extra kvällspatruller").
_WHEN_FIRST = (
    r"(?:i|under|efter|före|från(?:\s+och\s+med)?|till|varje|inom|senast|hela|på)\s+"
    r"(?:[\w-]+\s+){0,4}?"  # "Under två helger i maj märker polisen ..."
)
# An adverb that puts the verb before its party: "Därför patrullerar polisen där".
_THEREFORE = (
    r"(?:därför|dessutom|också|även|nu|samtidigt|framöver|fortsättningsvis|tillsammans|"
    r"gemensamt)"
)
# Capitalised words ending as a present-tense verb does that are not verbs.
_NOT_VERBS_FIRST = (
    r"(?:under|efter|över|vidare|senare|tidigare|där|här|när|var|vår|per|hur|kvar|fler|för|"
    r"mer|sommar|vinter|nummer|bakom|utanför|innanför|också|eller|sedan)"
)
# A part of a party's organisation, after its name: "Kommunens fastighetsavdelning"; not
# "Polisens statistik".
_UNIT = (
    r"(?-i:[a-zåäö]*(?:avdelning|enhet|förvaltning|kontor|tjänst|grupp|personal|"
    r"medarbetare|fältassistenter|fältarbetare|fältare|värdar|bolag|hälsa|handläggare|samordnare|stöd|"
    r"fritidsgård|ungdomsgård|bibliotek|skola|skolor)\w*)"
)
# What a party keeps up: a presence, an open hour, a patrol, a shift ("kvällspass").
_KEPT_UP = r"\w*(?:närvaro|mottagning|jour|patrull\w*|pass|punkt)"
# What a party keeps up is done too: "Polisen har synlig närvaro på torget", "har öppen
# mottagning"; not what it has done ("har genomfört") or is ("har en viktig roll").
_KEEPS = (
    # ... not what it has today: "Fritidsgården i Henån har i dag öppet två kvällar"
    r"(?!har\s+(?:i\s+dag|idag|redan)\b)(?:"
    # ... "har fasta kvällspass i Vällingby centrum"
    rf"har\s+(?:[a-zåäö]+\s+){{0,2}}?(?:{_KEPT_UP}|öppet)\b|"
    # ... "har en mobil polisstation i hamnen"; not "har sin polisstation i Sollentuna"
    r"har\s+(?:en\s+)?(?:mobil|tillfällig)\s+polisstation\b|"
    r"(?:är|finns)\s+(?:också\s+|även\s+)?på\s+plats\s+(?:vid|i|på)\b|"  # "är på plats vid centrum"
    # "Fältassistenterna är ute i Brandbergen", "Fältarbetarna är ute varje fredag kväll"
    # ... "Kommunen har fältare ute i Arlöv"
    r"(?:är\s+|har\s+(?!haft\b)(?:[\w-]+\s+){1,3}?)(?:också\s+|även\s+)?ute\s+(?:i|på|vid|varje|alla|\w+kvällar)\b|"
    r"har\s+(?:[\w-]+\s+){1,4}?öppe[nt]\b|"  # "har fritidsgården i Kvarnsveden öppen"
    r"har\s+(?:[\w-]+\s+){1,3}?på\s+plats\s+(?:vid|i|på)\b|"  # "har vuxna värdar på plats vid"
    # "har sommarvärdar i gästhamnen varje kväll", "har en skolvärd vid busstationen när
    # skolbussarna kommer", with when they are there
    r"har\s+(?:[\w-]+\s+){0,2}?\w*(?:värd(?:ar)?|vakter|fältassistenter|fältare)\s+(?:i|på|vid)\s+"
    r"[^.]{0,60}?\b(?:varje|alla|under|från|när)\b"
    r")"
)
_PARTY_DOES = re.compile(
    # after a topic label or a party's code in brackets ("[P/K] Polisen och kommunen håller")
    rf"^(?:[A-ZÅÄÖ][\w-]*(?::|\s+[–-])\s+|\[[A-ZÅÄÖ/]{{1,5}}\]\s+)?"
    rf"(?:[A-ZÅÄÖ][\w-]*\s+){{0,2}}?(?:{_PARTY.pattern})"
    # "Kommunens fastighetsavdelning installerar", "Kommunens fritidsgård i Malung håller"
    # ... "Ockelbo kommuns fixartjänst monterar", "Stockholms stads trafikkontor sätter"
    rf"(?:(?:(?<=ens)|(?<=kommuns)|(?<=stads))\s+{_UNIT}(?:\s+i\s+(?-i:[A-ZÅÄÖ])[\w-]+)?)?"
    r"(?:(?<=område)(?:\s+(?-i:[A-ZÅÄÖ])[\w-]+){1,2})?"  # "Lokalpolisområde Norra Dalarna"
    # "Bostadsbolaget Pajalabostäder", "Kommunens fastighetsbolag Bromölla Bostäder", also
    # before the party it works with ("Bostadsbolaget Fittjagårdar och kommunen byter")
    # ... and a fritidsgård by its name: "Fritidsgården Kojan håller öppet"
    r"(?:(?:(?<=bolag)|(?<=bolaget)|(?<=gården))(?:\s+(?-i:[A-ZÅÄÖ])[\w-]+){1,2})?"
    # "Polisen, kommunen och Mariehus går ..."
    rf"(?:,\s+(?:{_PARTY.pattern}))*"
    # ... and the other's part: "Polisen och kommunens anhörigstöd håller"
    rf"(?:\s+och\s+(?:[A-ZÅÄÖ][\w-]*\s+){{0,2}}?(?:{_PARTY.pattern})(?:(?<=ens)\s+{_UNIT})?|"
    r"\s+och\s+(?-i:[A-ZÅÄÖ])[\w-]+|"
    # another who takes part, named by its definite form: "Polisen och hemtjänsten delar ut",
    # or the kommunpolis who writes: "Kommunen och jag håller en trygghetsvandring"
    r"\s+och\s+(?-i:[a-zåäö]{3,}(?:en|et|na|an))|\s+och\s+jag)?"
    r"(?:\s+i\s+(?-i:[a-zåäö]{3,}(?:et|en)))?"  # "Kommunen och föreningarna i föreningsrådet"
    # where it is: "Idrottsalliansen i Mark ställer upp", "Fritidsgården i Fjugesta håller"
    r"(?:\s+i\s+(?-i:[A-ZÅÄÖ])[\w-]+)?"
    # "Kommunen tillsammans med polisen genomför ..."
    rf"(?:\s+(?:tillsammans|i\s+samverkan|i\s+samarbete)\s+med\s+(?:\w+\s+)?(?:{_PARTY.pattern}))?"
    # "Kommunen, för sin del, håller ..."
    r"(?:,\s*(?:för\s+sin\s+del|å\s+sin\s+sida|i\s+sin\s+tur|för\s+sin\s+räkning),)?"
    # "Polisen och fältarna tillsammans besöker ..."
    r"(?:\s+(?:tillsammans|gemensamt))?"
    rf"\s+(?:(?!{_NOT_DOING}\b|{_NOT_VERBS_FIRST}\b|tillsammans\b)(?-i:[a-zåäö]+[rs])\b"
    # what it does today is the situation: "Fältassistenterna arbetar i dag i Domsjö"
    r"(?!\s+(?:i\s+dag|idag|redan|i\s+nuläget|alltid)\b)|"
    rf"{_KEEPS})|"
    rf"^(?:{_WHEN_FIRST}|{_THEREFORE}\s+)(?!{_NOT_DOING}\b)(?-i:[a-zåäö]+r)\s+(?:{_PARTY.pattern})\b|"
    # ... or what it keeps up, said after when: "I april har polisen fotpatrull i centrum",
    # "På sommarlovet är kommunens fältassistenter ute på kvällarna"
    rf"^{_WHEN_FIRST}(?:har|är)\s+(?:{_PARTY.pattern})(?:\s+{_UNIT})?\s+"
    rf"(?:(?:[a-zåäö]+\s+){{0,2}}?{_KEPT_UP}\b|ute\s+(?:i|på|vid)\b|"
    r"öppet\b)",
    re.IGNORECASE,
)
_PARTY_FIRST = re.compile(
    rf"^(?:{_PARTY.pattern})(?:\s+och\s+(?:{_PARTY.pattern}))?\s+(?-i:[a-zåäö]+[rs])\b",
    re.IGNORECASE,
)
# A line of an activity list that ends with who does it: "Klottersanering – kommunen",
# "Trygghetsvandring i Eriksberg (kommunen, i maj)", "Märkning av båtmotorer i hamnen.
# Ansvar: Polisen".
_ONE_OR_TWO_PARTIES = rf"(?:{_PARTY.pattern})(?:\s+och\s+(?:{_PARTY.pattern}))?"
ENDS_WITH_PARTY = re.compile(
    rf"\s[–—-]\s+(?P<who>{_ONE_OR_TWO_PARTIES})\s*$|"
    # ... "(Polisen)", "(Linköpings kommun)", "(Gemensamt)"
    rf"\s\((?P<named>(?:(?-i:[A-ZÅÄÖ])[\w-]+\s+)?{_ONE_OR_TWO_PARTIES}|gemensamt|tillsammans)"
    r"(?:,[^()]*)?\)\s*$|"
    rf"\sAnsvar(?:ig)?\s*:\s*(?P<answers>{_ONE_OR_TWO_PARTIES})\.?\s*$",
    re.IGNORECASE,
)
_ATT_FIRST = re.compile(r"^att\s+\w+\s+\w+", re.IGNORECASE)
_VERB_FIRST = re.compile(
    rf"^(?!{_NOT_VERBS_FIRST}\b|{_NOT_DOING}\b)(?-i:[A-ZÅÄÖ][a-zåäö]+r"
    # ... or where it is: "Finns på plats vid hamnen under sommarens fredagskvällar"
    r"|Finns(?=\s+(?:på\s+plats|ute|tillgänglig)\b))"
    # "Morabostäder vill se ..." opens with who, not with what is done
    rf"(?!\s+(?:{_NOT_DOING}|vill|ska|skall|kan|kommer|måste)\b)"
    # ... nor "Föräldrar och personal oroar sig", a plural noun and another before the verb
    r"(?!\s+och\s+\w+\s+(?!är\b|har\b)(?-i:[a-zåäö]+r)\b)\s+\w+\s+\w+",
    re.I,
)
_RESULT = re.compile(
    r"\b(?:har|hade)\s+(?:\w+\s+){0,4}?(?:genomfört|arrangerat|utfört|gjort|genomförts|arbetat|"
    r"lyssnat|valt|tagit|träffats|undertecknat|signerat|tecknat|hållits|rapporterat|beslagtagit|"
    r"lagts|lämnats|gått|publicerats|skickats|delats|startats|installerats)\b|"
    r"^(?:genomfört|rapporterat|beslagtagit|utfört)\b",
    re.IGNORECASE,
)
_QUOTE = re.compile(
    r"^[–-]\s|\b(?:säger|sa)\s+(?:han|hon|en\s+av\s|[A-ZÅÄÖ])|\bberättar\s+[A-ZÅÄÖ]"
)
# A quote that ends by naming who said it ("..., säger kommunpolis Sofia Lindh.").
_ATTRIBUTED = re.compile(
    r"\b(?:säger|berättar|sa)\s+(?:[a-zåäö]+\s+){0,3}[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+)*"
    # ... where the speaker works: "säger kommunpolis Eva Sund i lokalpolisområde Mora"
    r"(?:,?\s+(?:[a-zåäö]+\s+)?(?:i|på|vid|hos)\s+(?:[\w/-]+\s+){0,3}[\w/-]+)?"
    # ... and then by name: "säger kommunpolisen på Öland, Jenny Ekström."
    r"(?:,\s+[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+)+)?\.?$"
)
# A lead-in to the activities that follow it: "lovar att arbeta för att motverka ...".
_AIM = re.compile(
    r"\b(?:arbeta|jobba|verka)\s+(?:\w+\s+){0,2}?för\s+(?:att|en|ett)\b|arbeta\s+med\s+fokus\b|"
    r"\bsatsa\w*\s+på\s+(?:\w+\s+)?trygghet|\bska\s+upphöra\b|"
    # An outcome to raise or lower is an aim; "öka sin närvaro" is something to do.
    r"\bska\s+(?:öka|minska)\s+(?:den\s+|det\s+|antalet\s+)?(?:\w*trygghet\w*|\w*brott\w*|"
    r"förtroendet|oro\w*|rädsla\w*|skadegörelse\w*|problem\w*|anmäl\w*)",
    re.IGNORECASE,
)
_ACTION_START = re.compile(
    r"^(?:att\s+|[a-zåäö]+a\b|[a-zåäö]{3,}as\b|(?:se|ge|ta|få|nå|gå|stå|dra)\s|insatser\b|arbete\b|trygghetsskapande\b|aktivt\b|information\w*\b|"
    r"tillsyn\w*\b|kontroll\w*\b|utbildning\w*\b|minst\b|varje\b|vid\b|tillsammans\b|"
    r"(?:gemensamt|regelbundet)\s+[a-zåäö]+a\b|"
    r"i\s+(?:samverkan|samarbete)\b|under\b|de\s+\w+a\b|"
    # by when, then what: "inom tre månader åtgärda brister ..."
    r"(?:inom|senast|före)\s+(?:[\w-]+\s+){1,3}?[a-zåäö]{3,}a\b)",
    re.IGNORECASE,
)
# Infinitive-looking words that are not verbs at the start of an item.
_NOT_VERBS = frozenset((
    "samtliga", "alla", "andra", "flera", "många", "nya", "unga", "äldre", "bara", "hela",
    "enda", "båda", "dessa", "vilka", "första", "sista", "stora", "extra",
    "narkotika", "skola", "gata", "kyrka", "lokala", "sociala", "olika",
))  # fmt: skip


# An activity named by its noun ("Informationsträff för pensionärer", "Trygghetsvandring
# i Runneryd"): among paragraphs in which parties do things, it is one more of them.
_ACTIVITY = re.compile(
    r"^[\wåäö-]*(?:träff(?:ar)?|vandring(?:ar)?|kontroll(?:er)?|dialog(?:er)?|möten?|"
    r"insats(?:er)?|kampanj(?:er)?|föreläsning(?:ar)?|utbildning(?:ar)?|patrull(?:er|ering)?|"
    r"besök)\b",
    re.IGNORECASE,
)


def does_or_names_activity(text: str) -> bool:
    """Whether the passage says what a party does, or names an activity by its noun or by
    what there will be more of from a time on."""
    return party_does(text) or bool(_ACTIVITY.match(text) or _FROM_NOW_ON.match(text))


@lru_cache(maxsize=4096)
def party_does(text: str) -> bool:
    """Whether the passage opens with a party and what it does in the present tense
    ("Kommunen lyser upp gångvägen", "Vi bjuder på fika"). Cached, as `actor_commits`."""
    return bool(_PARTY_DOES.match(text))


# Words that mark a passage as English (a page that repeats its promises in English): the
# Swedish text is the promise, the translation repeats it.
_ENGLISH = frozenset((
    "the", "of", "and", "to", "will", "be", "at", "on", "each", "with", "for", "is", "are",
    "this", "that", "an", "about", "every", "our", "their", "we", "they",
))  # fmt: skip
# Words no Swedish sentence has: "All three will hold an open meeting" has no "the".
_ENGLISH_HINT = re.compile(r"\b(?:the|will|and|of|is|are)\b")
_SWEDISH = frozenset((
    "och", "att", "på", "med", "som", "vid", "ska", "för", "är", "det", "den", "en", "ett",
    "av", "till", "i",
))  # fmt: skip


def in_english(text: str) -> bool:
    """Whether the passage is written in English rather than Swedish."""
    lowered = text.lower()
    if not _ENGLISH_HINT.search(lowered):
        return False  # most passages: no need to count
    words = re.findall(r"[a-zåäö]+", lowered)
    english = sum(word in _ENGLISH for word in words)
    return english >= 2 and english > 2 * sum(word in _SWEDISH for word in words)


def opens_with_party(text: str) -> bool:
    """Whether the passage's first sentence opens with a party that does or will do
    something ("Polisen ska ...", "I sommar gör polisen ...")."""
    first = _first_sentence(text)
    return actor_commits(first) or party_does(first)


def is_quote(text: str) -> bool:
    """Whether the passage is a quote in news text ("– Ja, säger Elin Fransson.")."""
    return bool(_QUOTE.search(text) or _ATTRIBUTED.search(text))


def reports_result(text: str) -> bool:
    """Whether the passage tells what has been done ("Polisen har genomfört fyra ...")."""
    return bool(_RESULT.search(_first_sentence(text)))


def commits(text: str) -> bool:
    """Whether the passage has a committing verb form."""
    return bool(_COMMITS.search(text))


def starts_with_party(text: str) -> bool:
    """Whether the passage opens with a party and a verb in the present tense, whatever
    the verb ("Polisen har fast närvaro ..."; not "Kommunikation")."""
    return bool(_PARTY_FIRST.match(text))


def names_party(text: str) -> bool:
    return bool(_PARTY.search(text))


# The words that name both parties at once: "Tillsammans:", "Gemensamt".
_JOINT = ("tillsammans", "gemensamt")


def names_who(label: str) -> bool:
    """Whether a line's label or a heading names who does what follows it: a party, or
    both together ("Polisen:", "Gagnefs kommun:", "Tillsammans:")."""
    return names_party(label) or label.strip(" :").lower() in _JOINT


@lru_cache(maxsize=4096)
def actor_commits(sentence: str) -> bool:
    """Whether a party is named before the first committing verb form, right after it
    ("... så lovar kommunen att") or as the agent of a passive ("ska förbättras av
    kommunen"). A verb of a relative clause commits its own subject, not a party:
    "När vi frågade svarade de att äldre ungdomar som erbjuder snus ..." commits no one.

    Cached: a passage is asked about as a heading, an item, a sentence of a paragraph
    and a neighbour, five times on average (a pure function of the text)."""
    verb = next(
        (v for v in _COMMITS.finditer(sentence) if not _RELATIVE.search(sentence, 0, v.start())),
        None,
    )
    # not whom the text cites: "ska enligt kommunen vara klart i mars"
    parties = [p for p in _PARTY.finditer(sentence) if not _CITED.search(sentence, 0, p.start())]
    party = parties[0] if parties else None
    # the subject of the verb, in an indirect question: "vill vi visa vad polisen och
    # kommunen ska göra"
    subject = next((p for p in reversed(parties) if verb and p.end() <= verb.start()), None)
    if (
        (party and _ASKS_WHAT.search(sentence, 0, party.start()))
        or (subject and _ASKS_WHAT.search(sentence, 0, subject.start()))
        or (verb and _OF_THE_PROMISE.search(sentence, 0, verb.start()))
    ):
        # "Nu är det klart vilka frågor polisen ska arbeta med", "det medborgarlöfte som
        # kommunen och polisen ska arbeta efter": what the promise is about, not a promise
        return False
    return bool(verb and party and party.start() < verb.end() + 12) or bool(
        verb and _BY_PARTY.match(sentence, verb.end())
    )


# A table cell that holds only a figure: "89", "-148 400", "4,9 %", "–".
_FIGURE = re.compile(r"^(?:[-\u2212–+]?\s?\d[\d\s.,]*\s?%?|[-–])$")
# A relative clause's own verb follows: "som ansvarar för", "som också ansvarar för".
_RELATIVE = re.compile(r"\bsom\s+(?:också\s+|även\s+|redan\s+|dessutom\s+)?$", re.IGNORECASE)
# Whom a sentence cites, right before the party: "enligt kommunen", "enligt polisen".
_CITED = re.compile(r"\benligt\s+$", re.IGNORECASE)
# An indirect question right before the party: "vilka frågor", "vad", "hur".
_ASKS_WHAT = re.compile(r"\b(?:vilka|vilket|vilken|vad|hur)(?:\s+\w+){0,2}\s+$", re.IGNORECASE)
# A clause on the promise itself before the verb: "det medborgarlöfte som kommunen och
# polisen i lokalpolisområde Borlänge [ska]"; not "löftet som X tecknat ingår att polisen".
_OF_THE_PROMISE = re.compile(r"löfte\w*\s+som\s+(?:(?!att\b)[\w-]+\s+){1,8}$", re.IGNORECASE)


def actor_of(sentence: str) -> str:
    """The words up to and with the first committing verb ("Polisen ska", "Under hösten
    kommer polisen att", "Kommunen bygger"), or the party right after it ("Under våren
    ska kommunen"), when they name a party; else ""."""
    verb = _COMMITS.search(sentence) or _PARTY_DOES.match(sentence)
    head = sentence[: verb.end()] if verb else ""
    if verb and not names_party(head):
        head = " ".join([head, *sentence[verb.end() :].split()[:1]])
    return head if len(head.split()) <= 8 and names_party(head) else ""


def starts_with_action(text: str) -> bool:
    """Whether a list item opens with what is to be done ("genomföra ...", "Att polisen ..."),
    not with who ("Skolorna och socialtjänsten ser ...", "Många, särskilt äldre, ...")."""
    first_word = text.split()[0].lower().rstrip(",.:;") if text.split() else ""
    return (
        bool(_ACTION_START.search(text))
        and first_word not in _NOT_VERBS
        and not _DEFINITE_PLURAL.fullmatch(first_word)
    )


# A noun in the definite plural, which looks like a verb's infinitive: "skolorna",
# "föräldrarna", "poliserna" (not "varna").
_DEFINITE_PLURAL = re.compile(r"[a-zåäö]{3,}(?:orna|arna|erna)")


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# A full stop that ends an abbreviation, not a sentence: "från kl. 22", "bl.a. i Visby".
_ABBREVIATED = re.compile(
    r"(?:^|[\s(])(?:kl|ca|cirka|nr|resp|inkl|exkl|tel|jfr|t\.ex|bl\.a|s\.k|d\.v\.s|dvs|m\.m|"
    r"m\.fl|fr\.o\.m|t\.o\.m|o\.s\.v)\.$",
    re.IGNORECASE,
)


def sentences(text: str) -> list[str]:
    """The passage's sentences, a full stop after an abbreviation ("kl. 22") being none."""
    found: list[str] = []
    start = 0
    for end in _SENTENCE_END.finditer(text):
        if not _ABBREVIATED.search(text, max(start, end.start() - 8), end.start()):
            found.append(text[start : end.start()])
            start = end.end()
    found.append(text[start:])
    return found


@lru_cache(maxsize=4096)
def _first_sentence(text: str) -> str:
    return sentences(text)[0]


@dataclass(frozen=True)
class Judgement:
    """Whether a passage is a promise, how sure the extractor is, and why, in Swedish."""

    promise: bool
    confidence: float
    reason: str


# Words each refusal needs, so that most passages skip its pattern (the extractor reads a
# few hundred documents a second).
_GOVERNANCE_WORDS = (
    "upp", "redovis", "utvärder", "kommunicer", "rapport", "gäll", "löper", "kalla", "genomgång",
    "genomförs",
    "ta fram", "tar fram", "tas ", "gått", "kontaktperson", "ska gälla", "resultat", "stäm",
    "plan", "dokument", "fram", " ger ", "underskrift", "antar", "antagit", "anta ", "teckna",
    "skriver under", "skrivit under", "skrivs under",
    "berätta", "informer", "lämna", "avger", "underteckn", "skrivas", "antas", "beslutas", " ge ",
    "bestämmer", "pröva", "publiceras", "skickas", "dialog om", "ansvarar för", "styrgrupp",
    "samverkansgrupp", "lägesbild", "påbörja", "inleda", "bildar", "tas upp", "behandlas",
    "till arbetet", "utse", "avsätt", "inrätta", "betyg", "samordnare",
    "inför", "träffas", "mötas", "ses ", "dela information", "delar information", "igenom",
    "överenskommelsen", "avtalet",
    "varje år", "stödjer", "stöder", "rådet", "nya ", "nästa års", "ett nytt", "besluta om",
    "statistik", "trygghetsundersök", "trygghetsmätning", "trygghetsenkät", "förslag",
    "förebyggande råd", "trygghetsråd",
)  # fmt: skip
_GOVERNANCE_WORD = re.compile(one_of(_GOVERNANCE_WORDS))  # one pass, not one per word
_RESULT_WORDS = ("har ", "hade ", "genomfört", "rapporterat", "beslagtagit", "utfört")


# What a party must do anyway: "Polisen ska enligt polislagen förebygga ... brott"; not
# what a lesson is about ("... och pratar om vad som gäller enligt lag") nor the decision a
# measure needs ("genomför visitationszoner efter beslut enligt polislagen").
_BY_LAW = re.compile(
    r"(?<!gäller )(?<!beslut )\benligt\s+"
    r"(?:\w*lagen|lag|sitt\s+uppdrag|sin\s+instruktion|regeringens)\b",
    re.IGNORECASE,
)


# The number of a document's section or clause before its text ("4.5 ", "3. "), or the
# year a line of a promise over several years is for ("2027: ", "2026–2028: ").
_SECTION_NUMBER = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|(?:19|20)\d{2}(?:\s*[–-]\s*(?:19|20)\d{2})?:)\s+"
)
# Who answers questions, with the number to call: "..., 0418-47 00 00."
# A table row's number cell: "6 | Rapport om handlingsplanens genomförande | ...".
_ROW_NUMBER = re.compile(r"^\d{1,2}\s*\|\s*")
# A page footer's row of cells: "Storumans kommun | Kommunhuset | E-post och telefon via ..."
_CONTACT_CELL = re.compile(
    r"\|\s*(?:e-post|epost|telefon|tel\.|växel|besöksadress|postadress|org\.?\s*nr|pressrum|"
    r"prenumerera)\b",
    re.IGNORECASE,
)
_CONTACT_NUMBER = re.compile(
    r"(?:[,:]|\b[Tt]elefon|\b[Tt]el\.)\s*(?:\+46|0)\d{1,3}[-–\s]?\d{2,3}(?:\s?\d{2}){1,3}\.?$|"
    r"^(?:[^.]{0,40}:\s*)?114\s?14\b|"  # "Polisen: 114 14, vid brott som pågår 112"
    r"^(?:[^.]{0,40}:\s*)?ring\s+(?:112|114\s?14)$"  # a poster's "Vid pågående brott: ring 112"
)
# "Frågor om medborgarlöftet besvaras av kommunpolis Linda Dahlgren"
_ANSWERED_BY = re.compile(r"^frågor\s+(?:om\s+[^.]{1,40}?\s+)?besvaras\s+av\b", re.IGNORECASE)
# What was raised but left out: "... men de ingår inte i årets löfte".
# ... also at a sentence's end: "Det är bolagets eget arbete och inte en del av löftet."
_LEFT_OUT = re.compile(_LEFT_OUT_WORDS)
# What the promise leaves as it was: "löftet förändrar inte polisens prioriteringar".
_UNCHANGED = re.compile(
    rf"\b{PROMISE_NOUN}te[nt]?\w*\s+(?:(?:förändrar|ändrar|ersätter|påverkar)\s+inte|"
    r"inte\s+(?:förändrar|ändrar|ersätter|påverkar))\b",
    re.IGNORECASE,
)
# A lead that promises more without saying what: "lovar ... nu att göra mer".
_DO_MORE = re.compile(
    rf"\b(?:lovar|lovade|lovat|ska|kommer|{BINDS_ITSELF})\b[^.]{{0,60}}?\batt\s+göra\s+"
    r"(?:(?:mer|mera)\b|något(?:\s+åt\s+det)?\s*[.!]?$|"  # "... lovar att göra något."
    # ... "har lovat att göra en rad saker för att du ska känna dig tryggare"
    r"(?:en\s+rad|ett\s+antal|flera|några)\s+(?:\w+\s+)?saker\s+för\s+att\b)",
    re.IGNORECASE,
)


# Who supports the promise, not what is done: "Även Hedekas byalag står bakom löftet."
_STANDS_BEHIND = re.compile(
    r"\bstår\s+(?:också\s+|även\s+|tillsammans\s+|gemensamt\s+)?bakom\s+"
    r"(?:löftet|medborgarlöftet|arbetet)\b",
    re.IGNORECASE,
)
# A sentence that points back at what was promised instead of saying it: "Där ska vi finnas
# på kvällarna", "Det ska vi göra".
_POINTS_BACK = re.compile(
    r"^(?:där|dit|det|detta)\s+(?:ska|skall|kommer)\s+vi\s+(?:att\s+)?(?:också\s+)?"
    r"(?:finnas|vara|göra|jobba|arbeta|satsa)\b|"
    # a news item's lead after what it sums up: "Fler trafikkontroller och mer stöd mot
    # bedragare. Det lovar polisen och kommunen i Ovanåkers nya medborgarlöfte."
    r"^(?:det|detta)\s+lovar\s+(?:polisen|kommunen|vi|parterna)\b|"
    # ... "Där ska polisen och Oskarshamns kommun göra extra insatser under 2025"
    r"^(?:där|dit)\s+(?:ska|skall|kommer)\s+(?:polisen|kommunen|parterna)\b[^.]{0,40}?\s"
    r"(?:(?:att\s+)?(?:finnas|vara|göra|jobba|arbeta|satsa))\b|"
    # ... "Det är några av problemen som polisen och kommunen nu lovar att ta tag i"
    r"^(?:det|detta|de)\s+är\s+(?:några\s+av\s+|bland\s+)?(?:de\s+)?(?:problem|saker|frågor)\w*"
    r"\s+som\b|"
    # what an annex lists: "genomföra kommunens insatser enligt bilaga 1"
    r"^(?:[\w-]+\s+){0,3}?(?:insatser|åtgärder|aktiviteter|åtaganden)\s+"
    r"(?:enligt|i|som\s+beskrivs\s+i)\s+bilaga\b",
    re.IGNORECASE,
)


# A sentence that goes on about the promise above it: "Polisen gör det minst två kvällar
# i veckan"; not "Kommunen gör det tryggare vid stationen".
_SAYS_MORE = re.compile(
    r"^(?:\w+\s+){1,3}?(?:gör|gjorde|görs)\s+(?:det|detta)\b"
    r"(?!\s+(?:\w+are|möjligt|omöjligt|svårt|lätt|enkelt|tryggt|säkert)\b)",
    re.IGNORECASE,
)
# What a party already does and goes on doing: "Polisen arbetar redan med alla dessa
# brott", "arbetar som vanligt med", "Sedan 2016 samverkar kommunen och polisen".
_ALREADY = re.compile(
    # not where it is not yet: "starta grannsamverkan där det inte redan finns"
    r"(?<!\binte\s)(?<!\bej\s)\b(?:redan|(?:precis\s+)?som\s+(?:vanligt|alltid|tidigare)|"
    r"sedan\s+(?:länge|tidigare|(?:flera|många)\s+år|(?:19|20)\d{2}))\b",
    re.IGNORECASE,
)
_SINCE = re.compile(r"^sedan\s+(?:19|20)\d{2}\b", re.IGNORECASE)
_AND_CLAUSE = re.compile(r",\s+(?:och|men)\s+")
# Where a clause that tells of something else begins: "erbjuda stödsamtal inom en vecka från
# att en person har tagit kontakt", "besöka alla som har anmält inbrott".
_SUBORDINATE = re.compile(r"\s(?:från|efter|sedan|innan)\s+att\s|\s(?:som|när|där)\s")
# The police's own organisation: "Sedan omorganisationen ska varje kommun få en kommunpolis".
_REFORM = re.compile(
    r"\b(?:(?:varje|alla)\s+kommun(?:er)?\s+(?:ska|skall)|(?:ska|skall)\s+(?:varje|alla)\s+"
    r"kommun(?:er)?)\s+(?:få|ha)\s+(?:en\s+)?(?:egen\s+)?"
    r"kommunpolis|"
    # "Den nya polisorganisationen som började gälla ... innebär att varje lokalpolisområde"
    r"\bpolisorganisation\w*\b[^.]{0,80}?\binnebär\s+att\b|"
    # "Sedan polisen omorganiserades ... har alla lokalpolisområden fått i uppdrag att"
    r"\bomorganis\w*\b[^.]{0,80}?\b(?:alla|varje)\s+lokalpolisområden?\b|"
    # "Varje lokalpolisområde ska tillsammans med sina kommuner lova invånarna något"
    r"^(?:varje|alla)\s+lokalpolisområden?\s+(?:ska|skall)\b|"
    # "Sedan den 1 januari i år är polisen en myndighet, och lokalpolisområdena ska ..."
    r"\bpolisen\s+(?:en|ett)\s+(?:enda\s+|sammanhållen\s+|ny\s+)?myndighet\b",
    re.IGNORECASE,
)
# The police's ordinary work, which a promise adds to: "Polisen fortsätter att göra det
# man alltid gör: rycka ut vid larm, utreda brott ...", "arbetar dygnet runt med
# utryckningar", "kommer även i fortsättningen att utreda brott".
_ROUTINE = re.compile(
    r"\b(?:alltid\s+gör|arbetar\s+alltid|vanliga\s+arbete\w*|ordinarie\s+(?:arbete\w*|uppdrag)|"
    r"ordinarie\s+verksamhet|yttersta\s+ansvar\w*|dygnet\s+runt\s+med|i\s+fortsättningen\s+att\s+utreda)\b|"
    r"\brycka\s+ut\s+(?:vid\s+larm|när)[^.]{0,40}\butreda\b|"
    # "rycker ut på larm dygnet runt", "utreder brott, rycker ut på larm"
    r"\brycker\s+ut\s+(?:på|vid)\s+larm\b|"
    r"\b(?:utreder|utreda)\s+brott\b[^.]{0,30}\b(?:ingripa|ingriper|rycker|rycka)\b|"
    # "Polisen finns givetvis också på plats när det begås brott, precis som tidigare."
    r"\b(?:precis\s+)?som\s+(?:tidigare|vanligt|alltid)\s*[.!]?\s*$|"
    # "Polisen utreder de bränder som har anmälts, precis som vid andra brott."
    r"\b(?:precis\s+|på\s+samma\s+sätt\s+)?som\s+(?:vid|med|för)\s+(?:alla\s+)?andra\s+brott\b|"
    # the police's mission in the whole country: "Polisen ska vara närvarande i hela landet"
    r"\bi\s+hela\s+(?:landet|sverige)\b|"
    # ... or its area: "Polisen arbetar också med trafikövervakning ... i hela lokalpolisområdet"
    r"\barbetar\s+(?:också\s+|även\s+)?med\b[^.]{0,80}?\bi\s+hela\s+(?:lokalpolisområdet|"
    r"polisområdet|regionen|länet)\b|"
    # "Polisen arbetar förstås också med andra uppgifter i Säter"
    r"\barbetar\s+(?:\w+\s+){0,3}?med\s+(?:andra|övriga)\s+(?:arbets)?uppgifter\b",
    re.IGNORECASE,
)
# ... unless the same sentence promises something new ("kommer att fortsätta" does not).
_NEW_COMMITMENT = re.compile(
    r"\b(?:ska|skall|lovar|åtar)\b|\bkommer\s+(?:\w+\s+)?att\s+(?!fortsätta)", re.IGNORECASE
)
# What was already done, told as the subject of the next clause: ", och den ska vara uppe".
_THING_WILL = re.compile(
    r",\s+(?:och|men)\s+(?:den|det|de|dessa)\s+(?:ska|skall|kommer\s+att)\b", re.IGNORECASE
)
# How the work is to be done, not what: "Parterna är överens om att arbetet ska utgå från
# platser och tider där problemen uppstår".
_WORKING_PRINCIPLE = re.compile(
    r"^[^.]{0,60}?\b(?:arbetet|samverkan|samarbetet|insatserna)\s+(?:ska|skall)\s+"
    r"(?:utgå|bygga|vila|präglas|styras)\b|"
    # "Vi anpassar arbetet efter de restriktioner som gäller"
    r"^(?:vi|polisen|kommunen|parterna)\s+anpassar\s+(?:arbetet|insatserna|aktiviteterna)\s+efter\b",
    re.IGNORECASE,
)
# A board's decision about the promise ("Kommunstyrelsen godkänner medborgarlöftet och
# uppdrar åt ordföranden att underteckna det"), as a minute records it, or an official's
# proposal of it ("Säkerhetssamordnaren föreslår att kommunstyrelsen godkänner ...").
_DECISION = re.compile(
    r"^(?:[^.]{0,60}?\bföreslår\s+att\s+)?(?:kommunstyrelsen|kommunfullmäktige|\w*nämnden|styrgruppen)\s+"
    r"(?:godkänner|beslutar|beslutade|antar|fastställer|uppdrar|ger\s+\w+\s+i\s+uppdrag)\b|"
    r"^[^.]{0,60}?\byrkar\s+(?:bifall|avslag|att)\b|"  # a member's motion in the minutes
    # a point of the decision: "att uppdra åt kommunstyrelsens ordförande att underteckna"
    r"^(?:att\s+)?(?:uppdra\s+åt|ge)\s+[^.]{0,60}?\batt\s+(?:underteckna|skriva\s+under|teckna)\b|"
    # ... "att godkänna uppföljningen av medborgarlöftet", "att lägga informationen till
    # handlingarna"
    r"^att\s+(?:i\s+övrigt\s+)?(?:godkänna|anta|fastställa|notera|lägga\s+(?:\w+\s+){0,2}?till\s+"
    r"handlingarna)\b",
    re.IGNORECASE,
)


# What a party says it will not do: "Polisen kommer däremot inte att öppna en reception",
# "Vi kommer inte att kunna ha en bil stationerad", "Kommunen lovar inte ..."; not what it
# does besides ("ska inte bara patrullera utan också ...") nor what it keeps from
# happening ("ska se till att ingen ...").
_NEGATED = re.compile(
    r"^[^.]{0,80}?\b(?:kommer|ska|skall|lovar|kan|tänker|avser)\s+"
    r"(?:(?:däremot|heller|dock|alltså|ändå|tyvärr)\s+)?(?:inte|ej|aldrig)\b(?!\s+bara\b)",
    re.IGNORECASE,
)
# What residents ask for: "Många vill också att polisen ska öppna en reception", "Några
# vill att polisen ska ha kontor i Ekedalen", "Många svarande önskar att ..."; or one
# person in a quote: "”Jag vill att vi ska bli Sveriges tryggaste gruvstad”, säger ...".
_WISHED = re.compile(
    r"^(?:en\s+|ett\s+)?(?:önskan|önskemål)\s+om\s+att\b|"  # "En önskan om att polisen ska ..."
    r"^[^.]{0,40}?\b(?:jag|vi|många|några|flera|fler|invånarna|boende|de\s+boende|föräldrar|"
    r"(?:\w+\s+)?svarande|medborgarna|ungdomarna|ni)\s+(?:\w+\s+)?"
    r"(?:vill|ville|önskar|önskade|efterfrågar|efterfrågade)\s+(?:\w+\s+)?(?:att|ha|se|få)\b",
    re.IGNORECASE,
)
# What the speaker of a quote plans: "Vi planerar också att utbilda fler volontärer nästa
# år, säger kommunpolis Sofia Lindh."
_PLANS_SAID = re.compile(r"^[–-]?\s*(?:vi|jag)\s+(?:\w+\s+)?planerar\b", re.IGNORECASE)
# What someone thinks should be done: "Gruppledaren Gunilla Ahrén tycker att polisen borde",
# or hopes: "Peter Ek hoppas att sommarvärdarna ska märkas"
_OPINION = re.compile(
    r"^[^.]{0,120}?\b(?:tycker|tyckte|anser|ansåg|menar|menade|hoppas|hoppades|"
    # ... "Vi delar Hellgrens uppfattning att", "Men vi håller med om att"
    r"delar\s+(?:\w+\s+)?uppfattning(?:en)?|håller\s+med\s+om)\s+att\b",
    re.I,
)
# What someone else does of its own accord: "Bostadsbolaget ska enligt sin egen plan byta
# ut entrédörrarna", "har LKAB på eget initiativ ordnat väktare".
_OWN_ACCORD = re.compile(
    r"\b(?:enligt\s+(?:sin|sina|deras)\s+(?:egen|egna)\s+(?:plan|planer|beslut)|"
    r"på\s+(?:eget|egna|sitt\s+eget)\s+initiativ)\b",
    re.IGNORECASE,
)
# A social-media post's buttons and counters: "Gilla", "Kommentera", "38 kommentarer".
_SOCIAL_CHROME = re.compile(
    r"^\s*(?:gilla|kommentera|dela|svara)(?:\s*[|·]\s*(?:gilla|kommentera|dela|svara))*\s*$|"
    # a page's share links: "Dela | Facebook | X | LinkedIn", "Dela på Facebook"
    r"^\s*dela(?:\s+(?:artikeln|sidan|inlägget|nyheten))?\b(?:\s*(?:[|·:]|på)?\s*(?:dela\s+på\s+|kopiera\s+)?"
    r"(?:facebook|x|twitter|linkedin|e-post|mejl|länk(?:en)?)\b)+"
    r"[\s|·]*$|"
    r"\b\d+\s+(?:kommentarer|delningar|reaktioner|gilla-markeringar)\b",
    re.IGNORECASE,
)
# A page's own label quoted to explain it: 'Under "Vi lovar" står det som är nytt'.
_NAMES_A_LABEL = re.compile(
    r"[\"”»]\s*(?:vi|polisen|kommunen|parterna)\s+(?:lovar|ska|gör)\b[^\"“”»«]{0,30}[\"“”«]",
    re.IGNORECASE,
)
# A photo's caption: "[Bild] Kommunpolisen vid torget ...", "... på helgkvällarna. Foto: Eva
# Rehn".
_CAPTION = re.compile(
    r"^\[(?:bild|foto)\]|(?:^|[.!]\s+)(?:foto|bild)\s*:\s*(?-i:[A-ZÅÄÖ][\w-]*(?:\s+[A-ZÅÄÖ][\w-]*){0,3})"
    r"\s*$",
    re.IGNORECASE,
)
# A news item's lead that sums up the promises it tells below: "Kvällspatruller i byarna och
# ett öppet möte i Rörvik. Det är några av punkterna i det medborgarlöfte som ..."
_SUMS_UP = re.compile(
    r"\bdet\s+är\s+(?:några|ett\s+par|två|tre|fyra|fem)\s+av\s+(?:punkterna|löftena|åtagandena|"
    r"sakerna)\b",
    re.IGNORECASE,
)
# What someone stresses in a news item: "Peter Kallur betonar att det inte handlar om ...".
_REPORTED_SPEECH = re.compile(
    r"^(?:[A-ZÅÄÖ][\w-]+\s+){1,3}(?:betonar|understryker|påpekar|poängterar|påminner\s+om)\s+att\b|"
    # a reporter's "Hon berättar att polisen i Hälsingland har fått fler kommunpoliser"
    r"^(?:Hon|Han|De)\s+(?:berättar|säger|förklarar|tror|menar)\s+(?:också\s+)?att\b"
)
# What the lägesbild shows: "Lägesbilden för 2027 visar att boende ... är oroliga".
_SITUATION_SHOWS = re.compile(
    r"^(?:den\s+)?(?:gemensamma\s+|nya\s+)?lägesbild(?:en)?\b[^.]{0,40}?\s(?:visar|pekar\s+på)\b",
    re.IGNORECASE,
)
# How things have been: "Antalet anmälda inbrott ökade från 38 till 51", "Vid
# busstationen har det under 2017 varit flera bråk".
_SITUATION_TOLD = re.compile(
    r"^(?:antalet|andelen)\b[^.]{0,100}?\b(?:ökade|minskade|har\s+ökat|har\s+minskat|steg|sjönk)\b|"
    r"^[^.]{0,40}?\b(?:ökar|ökade|minskar|minskade)\s+antalet\b|"  # "Varje sommar ökar antalet"
    r"^[^.]{0,60}?\bhar\s+det\s+(?:(?:under|i)\s+[^.]{1,20}?\s+)?(?:varit|funnits|förekommit|skett)\b|"
    # "Under sportlovsveckorna anmäls många stölder av skidor"
    r"^[^.]{0,60}?\b(?:anmäls|anmäldes|rapporteras|begås|sker|förekommer)\s+"
    r"(?:många|flera|fler|allt\s+fler|ofta|\d+)\b",
    re.IGNORECASE,
)
# A reporter's "we" meeting someone: "På perrongen i Älvängen möter vi Lina Sjöberg".
_REPORTER_MEETS = re.compile(r"\b(?:möter|träffar)\s+vi\s+[A-ZÅÄÖ][\w-]+\s+[A-ZÅÄÖ][\w-]+")
# A link to read, listen or watch on: "Läs mer om hur vi arbetar med trygghet", a news
# site's "Lyssna på inslaget (2 min)", "Se inslaget: ...", "Hör mer i Morgon i P4".
_READ_MORE = re.compile(
    r"^(?:läs\s+mer|hör\s+mer|(?:lyssna|titta)\s+på\s+(?:hela\s+)?(?:inslaget|klippet|intervjun|"
    r"programmet|sändningen)|se\s+(?:hela\s+)?(?:inslaget|klippet|intervjun|programmet))\b|"
    # what the page itself holds further down: "Vi förklarar dem i ordlistan längst ner på sidan"
    r"^[^.]{0,60}\blängst\s+(?:ner|ned)\s+på\s+(?:den\s+här\s+)?sidan\b|"
    # ... or in an annex: "Hur vi håller löftena står i aktivitetsplanen i bilaga 1."
    r"^[^.]{0,60}\bstår\s+i\s+(?:\w+\s+){0,2}?(?:bilaga|aktivitetsplanen|handlingsplanen)\b",
    re.IGNORECASE,
)
# Whose area a place is: "Lokalpolisområde Järfälla ansvarar för Kungsängen och Brunna",
# "ansvarar för hela kommunen".
_AREA = re.compile(
    # ... "ansvarar för polisverksamheten i Lunds kommun"
    r"\bansvarar\s+för\s+(?:både\s+)?(?:hela\s+(?:kommunen|länet|området)\b|"
    r"polis(?:arbetet|verksamheten)\s+i\b|"
    # "Ekerö och för flera stadsdelar", "tre kommuner"
    r"(?-i:[A-ZÅÄÖ])[\w-]+(?:\s*,\s*(?-i:[A-ZÅÄÖ])[\w-]+)*\s+och\s+(?:för\s+)?"
    r"(?:(?-i:[A-ZÅÄÖ])|flera\b)|(?:\w+\s+)?(?:kommuner|stadsdelar|orter)\b)|"
    # "Lokalpolisområde Järfälla omfattar Järfälla och Upplands-Bro", "Lokalpolisområde Norra
    # Lappland omfattar ...", "... arbetar i fyra kommuner: Hagfors, ...", "Lokalpolisområdet
    # arbetar i både Järfälla och Upplands-Bro"
    r"\b(?:(?:lokal)?polisområde|stadsområde|stadsdelsområde)\w*\s+(?:[\w-]+\s+){0,2}(?:omfattar\b|"
    r"arbetar\s+i\s+"
    r"(?:\w+\s+kommuner\b|både\s+(?-i:[A-ZÅÄÖ])))|"
    # "Polisen i region Öst arbetar tillsammans med kommunerna i Östergötland"
    r"\barbetar\s+(?:tillsammans\s+)?med\s+(?:alla\s+)?kommunerna\s+i\b",
    re.IGNORECASE,
)
# What a document is about: "Trygghetsprogrammet beskriver hur kommunen arbetar för att ...".
_DESCRIBES = re.compile(
    r"^[^.]{0,60}?\b(?:beskriver|redogör\s+för|handlar\s+om)\s+(?:hur|vad|vilka)\b|"
    # a page's greeting: "Hej! Här kan du läsa om vad polisen och kommunen har lovat", "Här
    # nedan kan du läsa vad vi har bestämt att göra."
    r"^(?:hej!?\s+)?här\s+(?:nedan\s+)?(?:kan\s+du\s+läsa|läser\s+du|får\s+du\s+veta)\s+"
    r"(?:mer\s+)?(?:om|vad|hur|vilka)\b|"
    r"^på\s+(?:den\s+här|denna)\s+sidan?\b|"  # "På den här sidan skiljer vi på två saker."
    r"^här\s+(?:har\s+vi\s+samlat|samlar\s+vi)\b",  # "Här har vi samlat både det vi önskar ..."
    re.IGNORECASE,
)
# A party's line that says it does nothing: "I år har kommunen ingen egen aktivitet".
_NOTHING = re.compile(
    r"\b(?:ingen|inga|inget)\s+(?:egen\s+|egna\s+|eget\s+|ny\s+|nya\s+|särskild\w*\s+)?"
    r"(?:aktivitet|åtgärd|insats|åtagande|löfte)\w*\b|"
    # "... och därför lovar vi inget om kamerorna"
    r"\blovar\s+(?:vi|polisen|kommunen|parterna)\s+(?:därför\s+)?(?:inget|ingenting)\b",
    re.IGNORECASE,
)


# ... unless the sentence goes on to what it will do instead.
# ("... men vi ska", "därför ska polisen"; not "men det vi lovar ska hålla").
_BUT_COMMITS = re.compile(
    r"\b(?:men|därför|utan)\s+(?:(?:i\s+stället|också|däremot)\s+)?(?:vi|polisen|kommunen|"
    r"parterna)\s+(?:\w+\s+)?(?:ska|skall|kommer\s+att|lovar|åtar)\b|"
    r"\b(?:men|därför|utan)\s+(?:\w+\s+){0,2}?(?:ska|skall|kommer|lovar)\s+(?:vi|polisen|"
    r"kommunen|parterna)\b|"
    # "... utan ska i stället hålla öppet två kvällar": the same party goes on
    r"\b(?:men|utan)\s+(?:(?:i\s+stället|också|däremot)\s+)?(?:ska|skall|kommer\s+att)\b",
    re.IGNORECASE,
)
# An indirect question ("har kommit överens om vad de ska göra") names no undertaking.
_WHAT_TO_DO = re.compile(
    # not what a training teaches: "... om hur bedrägerier går till och vad de ska göra"
    r"(?<!och )\b(?:vad|(?:några|de|vilka|två|tre|fyra|fem|sex|sju|åtta)\s+saker\s+som|"
    r"vilka\s+(?:frågor|områden|problem))\s+"
    r"(?:de|vi|parterna|polisen|kommunen|\w+\s+och\s+\w+)\s+(?:gemensamt\s+|tillsammans\s+)?"
    rf"(?:ska|skall|kommer\s+att|lovar|{BINDS_ITSELF})\b|"
    r"\b(?:några|två|tre|fyra|fem|sex|sju|åtta)\s+saker\s+som\s+(?:vi|de|parterna)\s+gör\b|"
    # "... lovar invånarna att arbeta med de frågor som de själva har pekat ut"
    r"\barbeta\s+med\s+(?:de|dessa|några\s+av\s+de)\s+frågor\s+som\b|"
    # "Under 2027 och 2028 lovar vi att arbeta med tre fokusområden."
    r"\barbeta\s+med\s+(?:två|tre|fyra|fem|sex|sju|några|följande)\s+"
    r"(?:prioriterade\s+)?(?:fokus|insats|tema)?områden\b|"
    # what the parties chose to work on: "Vi har valt att koncentrera oss på trafiken"
    r"\bvalt\s+att\s+(?:fokusera|koncentrera|prioritera)\b",
    re.IGNORECASE,
)


# A follow-up's label for how it went: "Resultat: Övergångsstället blev klart i oktober".
_REPORTED = re.compile(
    r"^(?:resultat|utfall|status|kommentar|bedömning|genomfört|så\s+gick\s+det)\s*:", re.I
)


def declined(sentence: str) -> str | None:
    """Why a sentence that names a party and a committing verb declines to promise, or None:
    what the party will not do, what residents wish, what someone else does of its own
    accord, or that a party does nothing. A paragraph may go on to promise after it ("Många
    vill att polisen ska synas mer. Därför ska polisen patrullera där varje fredag.")."""
    lowered = sentence.lower()
    if (
        (" inte" in lowered or " ej " in lowered or "aldrig" in lowered)
        and (negated := _NEGATED.match(sentence))
        # "Vi kan inte vara överallt, men vi ska patrullera vid torget varje fredag."
        and not _BUT_COMMITS.search(sentence, negated.end())
    ):
        return "säger vad en part inte ska göra"
    if "ing" in lowered and _NOTHING.search(sentence):
        return "säger att parten inte gör något"
    if (
        any(w in lowered for w in (" vill", "önsk", "efterfråga"))
        and (wished := _WISHED.match(sentence))
        and not _BUT_COMMITS.search(sentence, wished.end())
    ):
        return "säger vad invånarna önskar, inte vad som lovas"
    if " eg" in lowered and _OWN_ACCORD.search(sentence):
        return "säger vad någon annan gör på eget initiativ, inte ett löfte"
    if "planerar" in lowered and _PLANS_SAID.match(sentence) and _ATTRIBUTED.search(sentence):
        return "säger vad talaren planerar, i ett citat, inte vad som lovas"
    if (known := _KNOWS.match(sentence)) and not _BUT_COMMITS.search(sentence, known.end()):
        return "säger vad en part vet eller tror, inte vad den lovar"
    if (held := _OPINION.match(sentence)) and not _BUT_COMMITS.search(sentence, held.end()):
        return "säger vad någon tycker, inte vad som lovas"
    if (
        "någ" in lowered or "saker" in lowered or "sådant" in lowered
    ) and _PROMISES_SOMETHING.search(sentence):
        return "säger att parterna lovar, inte vad"
    if any(
        w in lowered for w in ("saker", "löften", "åtaganden", "punkter", "områden", "frågor")
    ) and (_COUNTS_PROMISES.search(sentence)):
        return "säger hur mycket som lovas, inte vad"
    return None


# What is done besides the promise: "Utöver löftet fortsätter kommunen och polisen ...".
_BEYOND = re.compile(
    rf"^(?:utöver|förutom)\s+(?:det\s+här\s+|detta\s+|själva\s+)?(?:{PROMISE_NOUN}te\w*|det\b)",
    re.IGNORECASE,
)
# What a party knows or believes: "Vi vet att Hjo är en trygg stad, och det ska den
# fortsätta att vara".
_KNOWS = re.compile(
    r"^(?:vi|jag|polisen|kommunen|parterna)\s+(?:vet|tror|hoppas|anser|tycker|menar)\s+att\b",
    re.IGNORECASE,
)
# How many things were promised, not what: "Vi lovade att göra fem konkreta saker under 2016".
_COUNTS_PROMISES = re.compile(
    # "lovade under 2021 att göra fem saker"
    r"\b(?:lova\w*|åt\w*\s+(?:sig|oss)|ger|ge|gav)\s+(?:för\s+första\s+gången\s+)?"
    r"(?:under\s+(?:19|20)\d{2}\s+)?(?:att\s+)?(?:under\s+(?:19|20)\d{2}\s+)?"
    # "lovar att under 2018 arbeta med tre områden som invånarna har pekat ut: ..."
    r"(?:göra\s+|(?:arbeta|jobba)\s+med\s+|(?:fokusera|satsa)\s+på\s+)?"
    r"(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|\d{1,2}|några|ett\s+par)\s+"
    r"(?:\w+\s+)?(?:saker|löften|åtaganden|punkter|områden|frågor)\b",
    re.IGNORECASE,
)
# That a party promises, not what: "första gången kommunerna lovar något tillsammans".
_PROMISES_SOMETHING = re.compile(
    r"\blovar\s+(?:något|någonting)\b(?!\s+(?:om|till)\b)|"
    r"\blovar\s+saker\s+(?:till|åt)\b|"  # "... lovar saker till dig som bor i Hulta"
    # what a medborgarlöfte is: "polisen och kommunen lovar invånarna att göra något konkret"
    r"\blova[rt]?\s+(?:\w+\s+){0,2}?att\s+(?:göra\s+)?(?:någon?ting|något|några)\s+konkret|"
    # ... or that they will act, not how: "lovar att göra något åt det under året", "ska
    # komma överens om några konkreta saker"
    r"\blova[rt]?\s+(?:\w+\s+){0,4}?att\s+göra\s+(?:någon?ting|något)\s+åt\s+"
    r"(?:det|detta|saken|problemen?)\b|\bkomma\s+överens\s+om\s+(?:några|ett\s+par)\s+konkreta\b|"
    # ... or how it is promised: "det är viktigt att vi lovar sådant vi faktiskt hinner med"
    r"\blovar\s+(?:hellre\s+|bara\s+)?(?:sådant|saker)\s+(?:som\s+)?(?:vi|man)\s+"
    r"(?:faktiskt\s+|verkligen\s+)?(?:kan|hinner|klarar|orkar)\b",
    re.IGNORECASE,
)


# A sentence that opens a list: "Det här lovar polisen och kommunen invånarna under 2026."
# A line that stops where its list would start: "AB Bostäder i Jönköping ska".
_OPEN_ENDINGS = ("ska", "skall", "att", "lovar", "sig")
_ENDS_OPEN = re.compile(
    # ... "Vi lovar gemensamt att:", "Polisen och kommunen lovar tillsammans att:"
    r"\b(?:ska|skall|kommer\s+att|lovar(?:\s+(?:gemensamt\s+|tillsammans\s+)?att)?|"
    rf"{BINDS_ITSELF}(?:\s+att)?)\s*:?$",
    re.IGNORECASE,
)
_ANNOUNCES_LIST = re.compile(r"^(?:det\s+här|detta|följande)\s+lovar\b", re.IGNORECASE)
# ... or points at them: "lovar att genomföra de aktiviteter som beskrivs nedan"
_POINTS_BELOW = re.compile(
    r"\b(?:de|följande)\s+(?:aktiviteter|åtgärder|insatser|åtaganden)\s+som\s+"
    r"(?:beskrivs|anges|listas|räknas\s+upp)\s+(?:här\s+)?(?:nedan|nedanför|i\s+(?:bilaga|detta|det\s+här))|"
    # "... genom aktiviteterna i tabellen nedan"
    r"\b(?:aktiviteterna|åtgärderna|insatserna|åtagandena)\s+i\s+(?:tabellen|listan)\s+nedan\b|"
    # "Parterna åtar sig det som anges i tabellen nedan."
    r"\bdet\s+som\s+(?:beskrivs|anges|står|listas)\s+(?:i\s+(?:tabellen|listan)\s+nedan|"
    r"i\s+(?:denna|den\s+här)\s+(?:paragraf|punkt|del)|nedan)\b",
    re.IGNORECASE,
)
# What a word means: "En samverkansöverenskommelse är ett skriftligt avtal mellan ...".
_DEFINITION = re.compile(
    rf"^(?:en|ett)\s+(?:\w+\s+)?\w*(?:{NAMES_DOCUMENT}|lägesbild)\s+är\s+(?:en|ett)\b|"
    # "Det är ett löfte till alla som bor på Orust om vad vi gör ..."
    rf"^(?:det|detta)\s+är\s+ett\s+(?:gemensamt\s+)?{PROMISE_NOUN}te\s+till\b|"
    # "Enkelt uttryckt är det ett löfte om några konkreta saker som vi ska göra"
    rf"^(?:[\w ]{{0,30}}?\s)?är\s+(?:det|detta)\s+ett\s+(?:gemensamt\s+)?{PROMISE_NOUN}te\s+"
    r"(?:om|till)\b|"
    # a lead that sums up what follows: "Det är två av de saker som ... nu lovar att ta tag i"
    r"^(?:det|detta|det\s+här)\s+är\s+(?:\w+\s+){0,3}?(?:saker|frågor|områden|problem)\s+som\b",
    re.IGNORECASE,
)
# What residents are told to do: "Den som behöver polis ska som alltid ringa 112".
_ADVICE = re.compile(
    r"^(?:den|de|alla)\s+som\b[^.]{0,60}?\b(?:ska|bör|kan|måste)\s+(?:\w+\s+){0,2}?"
    r"(?:ringa|kontakta|anmäla|höra\s+av\s+sig|vända\s+sig|larma|tipsa)\b",
    re.IGNORECASE,
)
# What a revised promise or its follow-up says of a part struck out of it.
STRUCK = r"(?:stryks|struken|struket|utgår|utgått|borttagen|borttaget)"
# A revised promise marks its lines: "[Stryks] Polisen ..." is struck out of it, and
# "[Nytt] = tillkommer 2027" explains a mark.
_TAG = re.compile(
    r"^\[[^\]\n]{1,20}\]\s*(?P<legend>[=:–-]\s)|"
    rf"^\[(?:{STRUCK}|tas\s+bort)\]",
    re.IGNORECASE,
)
# ... or said in words before it: "UTGÅR. Polisen inför kamerabevakning ...", "(Utgår)".
_STRUCK = re.compile(rf"^\(?{STRUCK}(?:[.:)]|\s+[–-])\s", re.IGNORECASE)


# Another kommun's promise: "Solna stad, som har ett eget medborgarlöfte", "tar fram egna löften".
# ... or another of the same kind: "har under 2019 haft ett liknande löfte för Österängen"
_OTHER_PROMISE = re.compile(rf"\b(?:eget|egna|ett\s+liknande)\s+{PROMISE_NOUN}te", re.IGNORECASE)


# A party waiting on another: "kommunen väntar på att Länsstyrelsen ska pröva en ansökan".
_WAITS = re.compile(r"\bväntar\s+(?:\w+\s+)?på\s+(?:att|beslut|besked|svar)\b", re.IGNORECASE)


# What a case officer writes of a proposal: "Förvaltningen bedömer att åtagandena ryms inom
# budget", "Tjänsten som fältassistent finansieras genom omfördelning ...".
_CASE_NOTE = re.compile(
    r"^(?:förvaltningen|\w+förvaltningen|\w*kontoret|nämnden|utskottet)\s+(?:bedömer|anser)\b|"
    r"^(?:[\w-]+\s+){1,5}?finansieras\s+(?:genom|inom|av|med|via)\b|"
    # "Kostnaden för ordningsvakter beräknas till 650 000 kronor och ryms inom ..."
    r"^kostnad(?:en|erna)\s+(?:för\s+[^.]{1,60}?\s)?(?:beräknas|bedöms|uppgår|ryms)\b|"
    # "Polisens kontroller kostar inget extra", "Belysningen betalas ur investeringsbudgeten"
    r"^(?:[\w-]+\s+){1,5}?(?:kostar\s+(?:inget|ingenting|inga\s+pengar)|"
    r"betalas\s+(?:ur|med|från|inom|av))\b",
    re.IGNORECASE,
)


# An act left to the party's own judgement: "I mån av resurser gör polisen även
# kvällskontroller", "Om budgeten tillåter byter kommunen också ut belysningen", "...
# crossar vid Söderåsen om resurserna räcker."
_IF_MEANS_ALLOW = (
    r"(?:om|när)\s+(?:(?:budgeten|resurserna|ekonomin|tiden)\s+(?:tillåter|räcker|medger)|"
    # "Om Polisen har resurser över under högsäsongen kommer Polisen även att ..."
    r"(?:polisen|kommunen|vi|parterna)\s+har\s+(?:tid|resurser)(?:\s+över)?)"
)
_HEDGED = re.compile(
    r"^[^.]{0,40}?\b(?:i\s+mån\s+av\s+(?:tid|resurser|möjlighet)|"
    rf"{_IF_MEANS_ALLOW}|"
    r"undersöker\s+(?:också\s+|även\s+)?(?:möjligheten|om))\b|"
    rf"^[^.]*?\b{_IF_MEANS_ALLOW}(?:\s+det)?\s*[.,;]?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def governs_the_promise(sentence: str) -> bool:
    """Whether the sentence is about the promise itself: how it is made, signed, followed
    up, reported or published ("Löftet och uppföljningen publiceras på webbplatsen")."""
    lowered = sentence.lower()
    return bool(_GOVERNANCE_WORD.search(lowered) and _GOVERNANCE.search(sentence))


# Why a passage is what is done besides the promise; the part it opens is not the promise.
NOT_IN_THE_PROMISE = "säger att det inte ingår i löftet"
BEYOND_THE_PROMISE = "säger vad som görs utöver löftet"


def decides(text: str) -> bool:
    """Whether the passage is a decision about the promise, as a council's minutes record
    it ("Kommunfullmäktige beslutar ...", "att godkänna uppföljningen av medborgarlöftet")."""
    return bool(_DECISION.match(_SECTION_NUMBER.sub("", _first_sentence(text), count=1)))


# A goal of a chain of goals by its number: "Delmål 1.2 Skadegörelsen ... ska minska.",
# "MÅL 3 Trafiken ska vara säker", "Effektmål 2:".
_GOAL_LABEL = re.compile(r"^(?:del|effekt)?mål\s+\d{1,2}(?:\.\d{1,2})*\s*[:.]?\s", re.IGNORECASE)


def refusal(text: str) -> str | None:
    """Why a passage that commits someone is still not a promise, or None."""
    first = _SECTION_NUMBER.sub("", _ROW_NUMBER.sub("", _first_sentence(text), count=1), count=1)
    lowered = first.lower()
    if text.endswith("?"):
        return "en fråga, inte ett åtagande"
    if _QUOTE.search(text):
        return "ett citat i en nyhetstext"
    if first.startswith("[") and (tag := _TAG.match(first)):
        return "förklarar en märkning" if tag["legend"] else "är struken ur löftet"
    if _STRUCK.match(text):
        return "är struken ur löftet"
    if _REPORTED.match(first):
        return "berättar vad som har gjorts"
    if text[:1] in "MDEmde" and _GOAL_LABEL.match(text):
        return "ett mål i en målkedja, inget åtagande"
    if (
        _ANNOUNCES_LIST.match(first)
        or _FOCUS_INTRO.search(first)  # "Parterna ska under perioden prioritera" / "–  ..."
        or ((" som " in first or " nedan" in first) and _POINTS_BELOW.search(first))
        or (text.rstrip(" :").endswith(_OPEN_ENDINGS) and _ENDS_OPEN.search(text))
    ):
        return "inleder löftena men säger inte vad de är"
    if " är " in first and _DEFINITION.match(first):
        return "förklarar vad ett begrepp betyder"
    if lowered.startswith(("den ", "de ", "alla ")) and _ADVICE.match(first):
        return "ett råd till invånarna, inte ett åtagande"
    if why := declined(first):
        return why
    opening = text[:120].lower()  # a greeting may be a sentence of its own: "Hej! Här kan du"
    if any(word in opening for word in ("beskriver", "redogör", "handlar", "här ")) and (
        _DESCRIBES.match(first) or _DESCRIBES.match(text)
    ):
        return "beskriver vad dokumentet handlar om"
    if decides(first):
        return "ett beslut om löftet, inte ett åtagande"
    if any(
        w in lowered for w in ("vad ", "saker ", "frågor ", "områden", "problem ", "valt ")
    ) and (_WHAT_TO_DO.search(first)):
        return "säger att parterna har bestämt vad de ska göra, inte vad"
    if ("foto" in lowered or "bild" in lowered or "foto" in text[-80:].lower()) and _CAPTION.search(
        text
    ):
        return "en bildtext, inget åtagande"
    if _REPORTED_SPEECH.match(first):
        return "återger vad någon säger, inget åtagande"
    if _REPORTER_MEETS.search(first):
        return "reportern berättar vem den möter, inget åtagande"
    if _SOCIAL_CHROME.search(first):
        return "är knappar och räknare från ett inlägg i sociala medier"
    if ('"' in first or "”" in first or "»" in first) and _NAMES_A_LABEL.search(first):
        return "förklarar sidans rubriker, inget åtagande"
    if "lägesbild" in lowered and _SITUATION_SHOWS.match(first):
        return "berättar vad lägesbilden visar, inget åtagande"
    if _SITUATION_TOLD.match(first):
        return "berättar om läget, inget åtagande"
    if _READ_MORE.match(first):
        return "hänvisar till mer att läsa, lyssna på eller se, inget åtagande"
    if "väntar" in lowered and _WAITS.search(first):
        return "väntar på någon annans beslut, inget åtagande"
    if any(w in lowered for w in ("eget", "egna", "liknande")) and _OTHER_PROMISE.search(first):
        return "handlar om en annan kommuns löfte"
    if lowered.startswith(("källa:", "källor:")):
        return "anger varifrån uppgifterna kommer, inget åtagande"
    if "kakor" in lowered or "cookies" in lowered:
        return "är webbplatsens meddelande om kakor"
    if (
        (first.rstrip(".")[-1:].isdigit() and _CONTACT_NUMBER.search(first))
        or (lowered.startswith("frågor") and _ANSWERED_BY.match(first))
        or ("|" in text and _CONTACT_CELL.search(text))
    ):
        return "är kontaktuppgifter, inte ett åtagande"
    if " det" in lowered and _SAYS_MORE.match(first):
        return "säger mer om löftet ovan, inte ett nytt"
    padded = f" {text.lower()}"  # also "Ingår inte i löftet: ..." at the start
    if (
        (" ingår" in padded or " del av" in padded or " i löft" in padded or " inte e" in padded)
        and " inte" in padded
        and _LEFT_OUT.search(padded)
    ):
        return NOT_IN_THE_PROMISE
    if " inte" in text and _UNCHANGED.search(text):
        return "säger vad löftet inte ändrar på"
    if any(w in lowered for w in ("göra m", "göra n", " saker")) and _DO_MORE.search(first):
        return "säger att parterna ska göra mer, inte vad"
    if _POINTS_BACK.match(first):
        return "pekar tillbaka på det som lovas, säger inte vad"
    if "bakom" in lowered and _STANDS_BEHIND.search(first):
        return "säger vem som står bakom löftet, inte vad som görs"
    if lowered.startswith(("utöver ", "förutom ")) and _BEYOND.match(first):
        return BEYOND_THE_PROMISE
    if _WORKING_PRINCIPLE.match(first):
        return "säger hur arbetet ska bedrivas, inte vad som ska göras"
    # not "Kommunen byter belysningen, och tekniska enheten har redan beställt armaturerna":
    # what others have done to prepare
    main_clause = _AND_CLAUSE.split(first, maxsplit=1)[0]
    # ... and what is done will be ready: "..., och den ska vara uppe innan hösten"
    commits_anew = _NEW_COMMITMENT.search(first) and not _THING_WILL.match(first, len(main_clause))
    if (_ALREADY.search(main_clause) and not commits_anew) or _SINCE.match(first):
        return "säger vad som redan görs, inte ett nytt åtagande"
    if _ROUTINE.search(first) or (
        any(
            w in lowered
            for w in (
                "kommunpolis",
                "polisorganisation",
                "omorganis",
                "myndighet",
                "lokalpolisområde",
            )
        )
        and _REFORM.search(first)
    ):
        return "beskriver polisens ordinarie arbete, inte ett löfte"
    if any(w in lowered for w in ("ansvarar för", "omfattar", "arbetar")) and _AREA.search(first):
        return "säger vilket område en part ansvarar för, inte ett åtagande"
    if "enligt" in lowered and _BY_LAW.search(first):
        return "beskriver ett uppdrag enligt lag, inte ett löfte"
    if _CASE_NOTE.match(first):
        return "en bedömning eller finansiering i ärendet, inte ett åtagande"
    if any(word in lowered for word in ("mån av", "om ", "när ", "undersöker")) and _HEDGED.match(
        first
    ):
        return "görs bara om resurserna räcker, inget åtagande"
    if governs_the_promise(first):
        return "handlar om löftet självt (hur det tas fram, skrivs under, följs upp)"
    if _PURPOSE.search(first) or ("löft" in lowered and _ABOUT_PROMISE.search(first)):
        return "anger syftet eller den förväntade effekten"
    reported = any(w in lowered for w in _RESULT_WORDS) and _RESULT.search(
        _SUBORDINATE.split(main_clause, maxsplit=1)[0]
    )
    if reported or _DONE_PASSIVE.match(first):
        return "berättar vad som har gjorts"
    if _SURVEY_FIGURE.match(text):  # its number is no row number
        return "en siffra ur lägesbilden"
    if _GOES_ON.match(first):
        return "säger att något som redan görs fortsätter"
    return None


# What goes on from before, told by its noun: "Fast närvaro vid Råby centrum fortsätter".
_GOES_ON = re.compile(r"^[^.]{3,100}?\s+fortsätter\.?$", re.IGNORECASE)


# What was done, in the simple past of a passive: "Lägesbilden togs fram av ...", "Tre
# problem valdes ut".
_DONE_PASSIVE = re.compile(
    r"^(?:[\w-]+\s+){1,4}?(?:togs|valdes|gjordes|hölls|genomfördes|antogs|beslutades|"
    r"infördes|startades)\b",
    re.IGNORECASE,
)
# A figure of the lägesbild: "44 procent av de boende ... undviker gångtunnlarna".
_SURVEY_FIGURE = re.compile(r"^\d{1,3}(?:[,.]\d)?\s*(?:%|procent)\s+av\b", re.IGNORECASE)


_PROMISED_BY_INTRO = re.compile(
    rf"\b(?:lovar|{BINDS_ITSELF}|överens\s+om\s+att)(?:\s+(?:\w+\s+)?följande(?:\s+\w+)?)?"
    r"\s*[:.]?\s*$|"  # "Polisen lovar:", "Vi lovar därför följande."
    r"\blovar(?:\s+[\w–-]+){1,5}\s*:$|"  # "Polisen och kommunen lovar under 2027:"
    # a heading to whom or for when: "Det här lovar vi dig 2023", "Detta lovar vi under 2024"
    r"^(?:det\s+här|detta)\s+lovar\s+(?:vi|polisen|kommunen)\s+(?:(?:dig|er)\b|"
    r"(?:(?:dig|er)\s+)?(?:(?:i|under|för)\s+)?(?:19|20)\d{2}\b)[^.:]{0,20}:?$|"
    # "Polisens ansvar:", "Kommunen ansvarar för:", "Detta ansvarar polisen för:"
    r"^(?:\w+\s+){0,2}ansvar\s*:$|\bansvarar\s+(?:\w+\s+)?för(?:\s+att)?\s*:$|"
    r"^(?:\w+\s+){0,3}bidrar\s+med\s*:$|"  # "Lilla Edets kommun bidrar med:"
    # "Åtgärder", "Konkreta åtgärder:", "Insatser 2027"; not what was done
    r"^(?!(?:vidtagna|genomförda|gjorda|tidigare)\b)(?:\w+\s+){0,2}"
    r"(?:åtgärder|aktiviteter|insatser|åtaganden)(?:\s+(?:19|20)\d{2})?\s*:?$|"
    r"^att\s+göra\b(?:\s+(?:under\s+|i\s+)?(?:19|20)\d{2})?\s*:?$|"  # "Att göra 2025:"
    # "Våra löften", "Vårt löfte till dig:", "Löften", "Vad lovar vi?"; not a title such
    # as "Medborgarlöfte 2027": it names a document
    rf"^(?:(?:våra|vårt|årets|nya)\s+)?{PROMISE_NOUN}te[nt]?(?:\s+till\s+\w+)?\s*:?$|"
    # ... with its years after "våra": "Våra löften 2026", "Vårt löfte för 2025–2026"
    rf"^(?:våra|vårt)\s+{PROMISE_NOUN}te[nt]?\s+(?:för\s+)?(?:19|20)\d{{2}}(?:\s*[–-]\s*(?:19|20)?\d{{2}})?\s*:?$|"
    r"^vad\s+lovar\s+(?:vi|polisen|kommunen|parterna)\b|"
    # "I löftet ingår bland annat att:", "Löftet innehåller:", "Löftet innehåller sex punkter:"
    rf"^(?:i\s+)?(?:det\s+|årets\s+)?(?:nya\s+)?{PROMISE_NOUN}tet\s+(?:innehåller|innebär|ingår|"
    rf"omfattar)(?:\s+bland\s+annat|{_PARTS})?(?:\s+att)?\s*:$|"
    # "Medborgarlöfte 2018 – det här gör vi", "Så här gör vi:"; not a heading "Det här gör
    # polisen" over lines that may explain
    r"(?:\s[–-]\s*|^(?=[^:]*:$))(?:det\s+här|detta|så\s+här)\s+"
    r"(?:gör|ska)\s+(?:vi|polisen|kommunen|parterna)(?:\s+göra)?\s*:?$|"
    r"^vad\s+(?:ska|kommer)\s+(?:vi|polisen|kommunen|parterna)\s+(?:att\s+)?göra\b|"
    # "Fokus för året:", "Vårt åtagande:", "Konkret innebär det:"
    r"^fokus\s+för\s+(?:året|perioden|\w+)\s*:$|^(?:vårt|vårt\s+gemensamma)\s+åtagande\s*:$|"
    r"^(?:konkret|i\s+praktiken)\s+innebär\s+(?:det|löftet|detta)\s*:$",
    re.IGNORECASE,
)


# An introduction's words for what will be done.
_WILL_DO = re.compile(
    r"\b(?:ska|skall|kommer|lovar|åtar|förbinder|gör|satsar|följande|lyder|innebär|enats|"
    r"överens)\b",
    re.I,
)


def promised_by_intro(intro: str | None) -> bool:
    """Whether a list's introduction promises ("Vi lovar:"), names measures
    ("Åtgärder") or announces what will be done ("Det här ska vi göra:", "Under 2027 gör vi
    följande:"), so that each item, even a noun phrase ("Fler vuxna ute på kvällarna"),
    is what is promised."""
    return bool(
        intro
        and (
            _PROMISED_BY_INTRO.search(intro)
            or (
                intro.rstrip().endswith(":")
                and _WILL_DO.search(intro) is not None
                and section_of(intro) is Section.PROMISES
            )
        )
    )


def continues_party(heading: str | None, text: str) -> bool:
    """Whether an item goes on from the party its heading names, with what that party
    does: "inför en fast närvarodag i Korpilombolo" under "Polisen", "står vi i ett tält"
    under "Tillsammans" (both parties)."""
    if heading and heading.strip(" :").lower() in _JOINT:
        heading = "Parterna"
    if not (heading and text[:1].islower() and names_party(heading)):
        return False
    said = f"{heading} {text}"
    return party_does(said) or actor_commits(said)


# A heading that only names who does what is listed under it: "POLISEN", "Kommunen",
# "TILLSAMMANS", "Ludvika kommun".
_PARTY_HEADING = re.compile(
    # ... "Polisen och kommunen tillsammans"
    r"^(?:(?:polisen|kommunen|[\w-]+\s+(?:kommun|stad))"
    r"(?:\s+(?:och|\+|&)\s+(?:polisen|kommunen|[\w-]+\s+(?:kommun|stad)))?"  # "POLISEN + KOMMUNEN"
    r"(?:\s+(?:tillsammans|gemensamt))?|tillsammans|gemensamt|parterna|"
    r"från\s+(?:polisens|kommunens|stadens|[\w-]+\s+kommuns)\s+sida)\s*:?$",  # "Från polisens sida"
    re.IGNORECASE,
)
# When a thing is done: a day, a month, a season or how often ("fredag och lördag kväll",
# "(april)", "varje vardagskväll i juli", "klart senast i maj").
_WHEN = re.compile(
    rf"\b(?:varje|minst|senast|(?:mån|tis|ons|tors|fre|lör|sön)dag\w*|{MONTH_PATTERN}|"
    r"(?:vår|sommar|höst|vinter)(?:en|lovet)?|sommarlov\w*|jul\w*lov\w*)\b",
    re.IGNORECASE,
)


def only_names_party(text: str) -> bool:
    """Whether a line only names who does what follows ("POLISEN", "Polisen och kommunen
    tillsammans"), and so promises nothing itself."""
    return _PARTY_HEADING.match(text.strip()) is not None


def listed_under_party(heading: str | None, text: str, *, dated: bool = False) -> bool:
    """Whether a short item named by its noun under a heading that only names a party is
    what that party does, and when: "Fotpatrull vid stationen fredag och lördag kväll"
    under "POLISEN", as a checklist or a poster lists them; or `dated`, when a heading above
    the party's names the period or the promise ("H1 2026" or "Det här lovar vi" / "POLISEN"
    / "Fast närvaro vid centrum")."""
    return bool(
        heading
        and only_names_party(heading)
        and (dated or _WHEN.search(text))
        and len(text.split()) >= 3
        and not refusal(text)
    )


def judge_item(
    text: str,
    section: Section,
    *,
    in_promise_list: bool,
    after_promises: bool = False,
    intro: str | None = None,
    recovered: bool = False,
    heading: str | None = None,
    among_parties: bool = False,
) -> Judgement:
    """A list item: a promise when it stands in the promise part and says what will be done.

    `in_promise_list`: an introduction or heading above says the list holds promises;
    `after_promises`: only that the item follows promises; `intro` is the line that
    opened the list, named in the reason; `recovered`: the item is one of a list that
    lost its markers, told by its lines' layout, so a full sentence is not enough: it
    must say what is done ("Då blir det ljusare där." under a promise is no new one);
    `heading`: the heading above, whose party an item may go on from; `among_parties`:
    most items of its list open with a party doing something, a list of undertakings
    under a place's or a topic's heading.
    """
    if in_english(text):
        return Judgement(False, 0.2, "står på engelska; löftet är den svenska texten")
    action = (
        commits(text)
        or starts_with_action(text)
        or party_does(text)
        or continues_party(heading, text)
    )
    if not action and not in_promise_list and not among_parties and not _acts_after_why(text):
        return Judgement(False, 0.1, "punkt utan åtagande")
    # "– Det här är saker vi kan hålla, säger kommunpolis Tove Alajärvi. Vi lovar hellre ..."
    first = _first_sentence(text)
    # a party that commits in one of the quote's sentences, not one named in another, nor
    # one that only wishes ("Vi vill att alla ska veta att ..., säger X")
    if (
        _ATTRIBUTED.search(text)
        and not any(actor_commits(s) and not declined(s) for s in sentences(text))
    ) or (_ATTRIBUTED.search(first) and not actor_commits(first)):
        return Judgement(False, 0.3, "ett citat i en nyhetstext")
    why = refusal(text)
    if why:
        return Judgement(False, 0.3, why)
    if section in (Section.NOT_PROMISES, Section.RESULTS):
        return Judgement(False, 0.2, "står under en rubrik som inte gäller löften")
    if intro and _STRIVES_FOR.search(intro):
        # "Parterna ska verka för att:" / "tryggheten i Mölltorp ska öka": what the parties
        # work towards, not what they undertake to do
        return Judgement(False, 0.3, "ett mål som parterna verkar för, inget åtagande")
    words = len(text.split())
    full_sentence = (
        text.rstrip().endswith(".")
        and words >= 3
        and (not recovered or _says_what_it_does(_SECTION_NUMBER.sub("", text, count=1), intro))
    )
    if in_promise_list and "|" in text and len(text.split("|")[0].split()) >= 2:
        if all(_FIGURE.match(cell.strip()) for cell in text.split("|")[1:]):
            # "Anmälda brott per 1 000 invånare | 89 | 84 | 81": a key figure over the years
            return Judgement(False, 0.2, "rad i en tabell med nyckeltal, inget åtagande")
        return Judgement(True, 0.8, "rad i en tabell över vad som ska göras")
    # After "Vi lovar:" a noun phrase is what is promised ("Fler vuxna ute på kvällarna"),
    # and so is one that names who is responsible ("Ny belysning ... (Tekniska förvaltningen)",
    # "Märkning av båtmotorer i hamnen. Ansvar: Polisen").
    promised = (
        promised_by_intro(intro)
        or bool(_OWNER_AFTER.search(text))
        or bool(ENDS_WITH_PARTY.search(text))
    ) and words >= 4
    if (in_promise_list and (action or full_sentence or promised) and words >= 3) or (
        after_promises and action and words >= 3
    ):
        where = f"punkt i listan efter '{intro}'" if intro else "punkt i en lista över löften"
        return Judgement(True, 0.85 if in_promise_list else 0.7, where)
    if actor_commits(_first_sentence(text)) and words >= 5:
        return Judgement(True, 0.7, "punkt där en part åtar sig något")
    if among_parties and (action or full_sentence) and words >= 4:
        return Judgement(True, 0.6, "punkt i en lista där varje punkt säger vad en part gör")
    if _acts_after_why(text):
        return Judgement(True, 0.55, "punkt där en part gör något efter en bakgrund")
    return Judgement(False, 0.2, "punkt utan åtagande")


# An introduction of goals: "Parterna ska verka för att:", "Vi strävar efter att:".
_STRIVES_FOR = re.compile(
    r"\b(?:verka|verkar|sträva|strävar)\s+(?:\w+\s+)?(?:för|efter)\s+att\s*:?$", re.I
)


# Who is responsible, in parentheses after the item: "(Polisen, trafikgruppen)",
# "(Kultur- och fritidsförvaltningen)", "(Socialförvaltningen tillsammans med ...)".
_OWNER_AFTER = re.compile(
    r"\((?=[^()]*\b(?:polis\w*|\w*kommun\w*|\w*förvaltning\w*|\w*nämnd\w*|\w*kontor\w*|"
    r"\w*enhet\w*|\w*gruppen)\b)[^()]{3,80}\)\s*$",
    re.IGNORECASE,
)


def _acts_after_why(text: str) -> bool:
    """Whether an item that opens with why goes on with what a party does, as a thread's
    post does: "Många har hört av sig om fartsyndare. Vi gör därför kontroller där ..."."""
    return any(opens_with_party(s) for s in sentences(text)[1:])


def _says_what_it_does(text: str, intro: str | None) -> bool:
    """A line of the promise part that tells what a party does: "Kommunen städar ...",
    "Städning av parken – kommunen", or "Städar ..." / "Att städa ..." under an
    introduction that names the party or promises; or, under any introduction of the
    promise part, what is done ("Trygghetsvandringar genomförs av kommunen ...")."""
    sentence = _first_sentence(text)
    return bool(
        _PARTY_DOES.match(sentence)
        or ENDS_WITH_PARTY.search(text)
        or (
            intro
            and (names_party(intro) or promised_by_intro(intro))
            and (_VERB_FIRST.match(sentence) or _ATT_FIRST.match(sentence))
            # "Har du synpunkter på löftet?", "Hör av er om ni har frågor!"
            and not sentence.endswith(("?", "!"))
        )
        or (intro and (to_be_done(sentence) or bool(_PASSIVE_ACT.match(sentence))))
    )


# What is done, in the present passive, by a party or of a new thing: "Hastighetskontroller
# görs av polisen vid skolorna", "Ett öppet möte om bedrägerier hålls för äldre"; not
# "Kvällen hålls en gång per läsår", which says more of the promise above it, nor what was
# done ("genomfördes av kommunen").
_PASSIVE_ACT = re.compile(
    # not the promise's own making: "Löftet skrevs under i mars av ...", "antogs av ..."
    rf"^(?![^.]{{0,30}}?\b(?:{PROMISE_NOUN}te|\w*överenskommelse))"
    rf"(?-i:[A-ZÅÄÖ])[^.]{{2,60}}?\s(?!(?:skrevs|antogs|togs|hölls|gavs|drevs|bedrevs)\b)"
    rf"(?-i:[a-zåäö]{{2,}}(?<!de)(?<!te)s)\s+av\s+(?:{_PARTY.pattern})|"
    r"^(?:en|ett)\s[^.]{2,60}?\s(?:hålls|görs|ordnas|anordnas|arrangeras)\b",
    re.IGNORECASE,
)


# The word that answers a page's question before the answer itself.
_ANSWER = re.compile(r"^(?:Ja|Nej|Jo|Javisst|Absolut)[.!,]\s+(?=[A-ZÅÄÖ])")
# What is to be done, with no party named: "Kameraövervakning ska införas vid stationen",
# "Fritidsgården får utökade öppettider"; not the promise itself ("Löftet ska skrivas
# under i januari") nor the paper it is printed on ("Affischen sätts upp i hamnarna").
_TO_BE_DONE = re.compile(
    rf"^(?![^.]{{0,30}}?\b(?:{PROMISE_NOUN}te|\w*överenskommelse|affisch|broschyr|folder|dokument))"
    r"(?-i:[A-ZÅÄÖ])[^.]{2,80}?\s(?:(?:ska|skall|kommer\s+att)\s+(?:\w+\s+){0,2}?"
    r"(?-i:[a-zåäö]{3,}as)\b|"
    r"får\s+(?:utökade?|utökat|förlängda?|längre|fler|mer|ökade?|bättre|nya?|extra)\s|"
    # what will be done by a day: "Belysningen ... ska vara utbytt senast den 1 oktober"
    r"(?:ska|skall)\s+vara\s+(?:klar|färdig|på\s+plats|(?-i:[a-zåäö]{3,}(?:d|t)a?))\s+"
    r"(?:senast|före|innan)\s|"
    # "Störande körning på Hamngatan motverkas genom regelbundna kontroller"
    r"(?-i:[a-zåäö]{3,}as|[a-zåäö]{2,}förs)\s+genom\s|"
    # what is done to a thing in the present tense: "Insatserna utvärderas och arbetssättet
    # förs över till Valsätra", "Belysningen byts ut"
    r"(?:genomförs|införs|inrättas|anordnas|erbjuds|utökas|förstärks|utvärderas|byggs|utlovas|"
    r"installeras|startas|öppnas|anställs|saneras|röjs|förs\s+över|sätts\s+upp|"
    r"rustas\s+upp|byts\s+ut|tas\s+bort)\b)",
    re.IGNORECASE,
)
# What there will be more of from a time on: "Från hösten blir det fler nattvandringar".
_FROM_NOW_ON = re.compile(
    r"^(?:Från|Nu|I\s+(?:höst|vår|sommar|vinter))\b[^.]{0,30}?\sblir\s+det\s+"
    r"(?:fler|flera|mer|nya?|extra|längre|ett|en)\s"
)
# A measure named by its noun, as a paragraph of its own under a focus area: "Utökad
# vuxennärvaro vid skolornas busshållplatser under morgnarna"; not a change in how things
# are ("Ökad oro bland äldre").
_MEASURE = re.compile(rf"^{MEASURE_PHRASE}", re.IGNORECASE)
# What the promise holds, named by its measures: "Löftet innebär bland annat fler
# trygghetsvandringar och ökad polisnärvaro i centrum".
_HOLDS_MEASURES = re.compile(
    rf"^(?:[\w\s]{{0,30}}?\b)?{PROMISE_NOUN}te\w*\s+(?:innebär|innehåller|omfattar)\s+"
    rf"(?:bland\s+annat\s+|bl\.\s?a\.\s+|också\s+|även\s+)?{MEASURE_PHRASE}",
    re.IGNORECASE,
)


# What goes on about the undertaking before it: "Detta ska göras genom ...", "Den ska
# tändas klockan sex", "Det ska ske varje vecka".
_ABOUT_THE_ABOVE = re.compile(
    r"^(?:detta|dessa|det\s+här|denna|den|de|arbetet|insatse\w*|åtgärde\w*)\s+"
    r"(?:ska|skall|kommer)\b|^det\s+(?:ska|skall)\s+(?:ske|göras)\b",
    re.IGNORECASE,
)


def to_be_done(sentence: str) -> bool:
    """Whether the sentence says what will be done without naming who does it ("Under
    året ska det genomföras sex trygghetsvandringar", "Belysningen ska bytas ut")."""
    return bool(_TO_BE_DONE.match(sentence)) and not _ABOUT_THE_ABOVE.match(sentence)


def _left_out_after(parts: list[str], sentence: str) -> str | None:
    """Why the sentence is no promise when the next one says so of it: "Under våren kommer
    vi att byta lås. Det är inte en del av medborgarlöftet." """
    at = parts.index(sentence) if sentence in parts else -1
    then = parts[at + 1] if 0 <= at < len(parts) - 1 else ""
    if then.lower().startswith(("det ", "detta ")) and _LEFT_OUT.search(then):
        return NOT_IN_THE_PROMISE
    return None


# What a paragraph is judged when nothing in it commits anyone, and nothing else is said.
NO_UNDERTAKING = Judgement(False, 0.1, "inget åtagande")


def judge_paragraph(
    text: str,
    section: Section,
    *,
    leads_a_list: bool,
    intro: str | None = None,
    among_parties: bool = False,
) -> Judgement:
    """A paragraph: a promise when a party commits to something concrete in it.

    `leads_a_list` says the next passage introduces a list of activities ("Detta
    ska göras genom att:"), which makes a general aim above it a lead-in only;
    `intro` is the line that opened the promise part, which may name the party
    of lines that start with their verb ("Detta gör polisen:" / "Städar ...",
    "Polisen lovar:" / "Att genomföra ...");
    `among_parties` says the paragraphs next to it (headings aside) also open with a
    party and what it does: a list written as paragraphs, perhaps under a heading per
    place ("I Söderköping" / "Polisen gör kontroller ...").
    """
    if section in (Section.NOT_PROMISES, Section.RESULTS):
        return Judgement(False, 0.2, "står under en rubrik som inte gäller löften")
    if in_english(text):
        return Judgement(False, 0.2, "står på engelska; löftet är den svenska texten")
    if "det är" in text.lower() and _SUMS_UP.search(text):
        return Judgement(False, 0.3, "sammanfattar löftena i en ingress")
    # "Ja. Polisen och kommunen besöker ...", "4.2 Staden öppnar ..."
    text = _SECTION_NUMBER.sub("", _ANSWER.sub("", text, count=1), count=1)
    if text.rstrip().endswith("?") and not re.search(r"[.!]\s", text):
        return Judgement(False, 0.1, "en fråga, inte ett åtagande")
    parts = sentences(text)
    committing = [s for s in parts if actor_commits(s)]
    # past a sentence that declines: "Många vill att polisen ska ... Därför ska polisen ..."
    first = next((s for s in committing if not declined(s)), None)
    declining = next(iter(committing), None) if first is None else None
    # background, then what a party does, then what it wishes: "Stölder av båtmotorer är
    # ett problem. Under två helger i maj märker polisen upp motorer. Vi vill att fler ..."
    acts = declining and any(
        opens_with_party(s) and not declined(s) and not refusal(s) for s in parts
    )
    if first is None and section is Section.PROMISES and acts:
        if _ATTRIBUTED.search(text):  # "... Därför redovisar vi punkt för punkt, säger X."
            return Judgement(False, 0.3, "ett citat i en nyhetstext")
        return Judgement(True, 0.6, "stycke där en part gör något efter en bakgrund")
    first = first or declining
    if first is None and section is Section.PROMISES and _says_what_it_does(text, intro):
        why = refusal(parts[0])
        if why:
            return Judgement(False, 0.3, why)
        return Judgement(True, 0.7, "stycke där en part säger vad den gör, under löftena")
    if first is None and section is Section.PROMISES and _TO_BE_DONE.match(parts[0]):
        why = refusal(parts[0])
        if why:
            return Judgement(False, 0.3, why)
        return Judgement(True, 0.6, "stycke som säger vad som ska göras, under löftena")
    if first is None and _HOLDS_MEASURES.match(parts[0]):
        return Judgement(True, 0.6, "stycke som säger vilka åtgärder löftet innehåller")
    if (
        first is None
        and section is Section.PROMISES
        and len(parts) == 1
        and _MEASURE.match(text)
        and not refusal(text)
    ):
        return Judgement(True, 0.5, "stycke som namnger en åtgärd, under löftena")
    # one sentence of what a party does, or what there will be from a time on, told in as
    # many as three ("Från hösten blir det fler nattvandringar ... Kommunen står för ..."),
    # or as many as three sentences that each say what a party does ("Hemtjänsten delar ut
    # ... Polisen och kommunen håller ...")
    if (
        first is None
        and among_parties
        and (
            (len(parts) == 1 and does_or_names_activity(text))
            or (len(parts) <= 3 and bool(_FROM_NOW_ON.match(parts[0])))
            or (
                len(parts) <= 3
                and all(opens_with_party(p) and does_or_names_activity(p) for p in parts)
            )
        )
    ):
        why = refusal(text)
        if why:
            return Judgement(False, 0.3, why)
        return Judgement(True, 0.55, "stycke bland stycken där en part säger vad den gör")
    if first is None:
        return NO_UNDERTAKING
    why = (
        "ett citat i en nyhetstext"
        if _QUOTE.search(text)
        else "en bildtext, inget åtagande"
        if _CAPTION.search(text)
        else refusal(first)
        # of the committing sentence, not a lead-in before it ("Löftet innehåller tre delar.
        # Polisen ska ...")
        or ("beskriver vad medborgarlöftet är" if _ABOUT_PROMISE.search(first) else None)
        or _left_out_after(parts, first)
    )
    if why:
        return Judgement(False, 0.3, why)
    aim = bool(_AIM.search(first))
    if re.search(r"\blovar\b", first, re.IGNORECASE):
        if aim and leads_a_list:
            return Judgement(False, 0.4, "inledning till aktiviteterna som följer")
        return Judgement(True, 0.9, "en part lovar något")
    if aim:
        return Judgement(False, 0.4, "anger en inriktning, inte en konkret aktivitet")
    if section is Section.PROMISES:
        return Judgement(True, 0.8, "stycke där en part åtar sig något, under löftena")
    return Judgement(True, 0.6, "stycke där en part åtar sig något")
