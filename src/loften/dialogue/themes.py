"""Themes suggested for what people say at a dialogue or write in the comment form.

Plain Python, no Django. A text is read as the search reads it (`loften.search.text`):
its words and the parts of its compounds, as the Hunspell Swedish dictionary splits them
("cykelstölderna": "cykel", "stölderna"), each stemmed with the Snowball Swedish stemmer.
A theme is suggested when one of its words (`LEXICON`, stemmed the same way) or one of
its phrases occurs, the words residents and staff use ("knark", "langare", "buskörning"),
or when the importer's rules for promise documents (`loften.ingest.themes`) find it; not
their "youth", whose words ("skola", "barn") more often say where something happened
than what it is about. The taxonomy is the national one of `promises.Theme`. The
suggestions are measured against sentences with known themes (`bench/dialogue_themes.py`);
a person corrects them by hand.
"""

from __future__ import annotations

import functools

from loften.ingest.themes import themes_of
from loften.search.text import Stemmer, compound_parts, words

# Themes of the importer's rules that are not suggested from them here.
NOT_FROM_DOCUMENT_RULES = frozenset({"youth", "other"})

# Each theme's words; a phrase of several words must occur in that order. A word marked
# "=" counts only as a word of its own, not as part of a compound ("barn" is not in
# "barnvagn" or "barnbarnet").
LEXICON: dict[str, tuple[str, ...]] = {
    "drugs": (
        "narkotika", "knark", "droger", "drog", "hasch", "cannabis", "kokain", "amfetamin",
        "spruta", "sprutor", "kanyler", "langare", "langarna", "piller", "missbrukare",
        "missbruk", "narkotikaförsäljning", "röka på", "knarkhandel",
        "dealar", "dealer", "dealare", "=gräs", "vitt pulver", "tjack",
        "pundare", "knarkare", "påverkade av", "narkotikahandel",
    ),
    "alcohol_tobacco": (
        "alkohol", "sprit", "berusade", "berusad", "fulla", "fylla", "fyllan", "supande",
        "=snus", "cigaretter", "e-cigaretter", "vape", "tobak", "öl",
        "ölburkar", "vinflaskor", "dricker alkohol", "rattfylleri", "systembolaget",
        "tobaksförsäljning",
        "dricks", "dricker", "druckit", "berusning", "onykter", "onyktra", "langning", "starköl",
        "cigarett", "fulla ungdomar",
    ),
    "traffic": (
        "trafik", "trafikolyckor", "kör fort", "fortkörning", "farthinder", "buskörning",
        "mopeder", "moped", "övergångsställe", "epa-traktorer", "a-traktorer", "cyklister",
        "hastighet", "parkerar", "felparkering", "rattfylleri", "raggarbilar", "elsparkcyklar",
        "korsningen", "bilister", "trafiksäkerhet", "farlig väg", "för fort",
        "motorcyklar", "motorcykel", "varvar", "kör om",
        "hastighetsgränsen", "trafiken", "cykelbana", "rattfull", "kör för fort",
    ),
    "domestic_violence": (
        "våld i nära relationer", "våld i nära relation", "slår sin fru", "kvinnojour",
        "kvinnojouren", "hedersrelaterat", "heder", "hedersförtryck", "våld hemma",
        "partnervåld", "huskurage", "sambo", "våld i familjen", "skrik och slag",
        "blåmärken", "våldsam", "våldsamma", "kvinnofrid", "kvinnofridslinjen",
        "misshandlar sin", "slår sina barn", "tvångsäktenskap",
    ),
    "fraud": (
        "bedrägeri", "bedrägerier", "bedragare", "bedragarna", "lurad", "lurade", "bluffsamtal",
        "falska sms", "falska fakturor", "bankid", "utgav sig", "swishade", "telefonbedrägerier",
        "kortbedrägerier", "bedrägeriförsök",
        "falsk", "falska", "bluff", "blufffakturor", "lura", "lurar", "bedragen", "bedras",
        "blåst", "kapade konton", "phishing", "nätfiske",
    ),
    "burglary_theft": (
        "inbrott", "stulen", "stulna", "stöld", "stölder", "stjäl", "stal", "tjuvar", "tjuv",
        "ficktjuvar", "snatteri", "snatteriet", "rånad", "försvunnit", "cykelstölder",
        "villainbrott", "bilinbrott",
        "bröt sig in", "bryter sig in", "brutit sig in", "stjäla", "stulit", "stulits",
        "stals", "tjuvarna", "länsade", "rån", "rånade",
    ),
    "vandalism": (
        "klotter", "klottret", "skadegörelse", "krossats", "krossade", "förstört", "förstörde",
        "sönder", "sönderslagna", "sönderskurna", "taggar", "sprayas", "vandalisering",
        "anläggs bränder", "bränder",
        "kastat sten", "kastar sten", "slagit sönder", "slog sönder", "krossat", "krossar",
        "vandaliserade", "vandaliseras", "sprayat", "sprayar", "anlagd brand",
    ),
    "public_space_safety": (
        "otrygg", "otrygga", "otryggt", "otrygghet", "mörk", "mörkt", "belysning", "lampor",
        "undviker", "buskarna", "slagsmål", "rädda", "rädd", "ofredad", "kniv", "misshandel",
        "misshandeln", "rånad", "hot", "trakasserier", "gångtunneln", "vågar inte gå",
        "hotad", "hotade", "hotas", "trakasserad", "trakasserade", "trakasseras", "omväg",
        "omvägar", "ofredande", "förföljd", "antastad", "rån",
    ),
    "youth": (
        "ungdomar", "ungdomarna", "=unga", "tonåringar", "tonåringarna", "=barnen", "=barn",
        "elever", "eleverna", "fritidsgården", "fritidsgård", "fältassistenter",
        "fältassistenterna", "högstadiet", "fritidsledare", "fritidsledarna",
        "sommarjobb", "tolvårsåldern", "ungdomsgruppen",
    ),
    "organised_crime": (
        "gäng", "gängen", "gängkriminalitet", "skjutningar", "skottlossning", "sprängning",
        "kriminella nätverk", "kriminella", "utpressning", "organiserade brottsligheten",
        "springpojkar", "rekryteras", "pressar",
    ),
    "work_crime": (
        "svartarbete", "arbetslivskriminalitet", "osund konkurrens", "lönedumpning",
        "nagelsalonger", "biltvättar", "arbetstillstånd", "utnyttjas", "bärplockare",
        "f-skattsedlar", "svarta pengar", "ingen lön", "baracker", "anställda",
        "utan kontrakt", "kontant betalt", "svart betalt", "svartjobb", "jobbar svart",
        "byggarbetare",
    ),
    "prostitution_trafficking": (
        "sexköp", "sälja sex", "säljer sex", "människohandel", "människohandeln", "eskort",
        "prostitution", "bordell", "koppleri", "sexhandel", "utnyttjas sexuellt",
    ),
    "segregation": (
        "utanförskap", "segregation", "integration", "integrationen", "nyanlända",
        "arbetslöshet", "utsatt område", "utsatta områden", "mötesplatser", "saknar jobb",
        "språkcafé", "språkcaféet", "isolerat", "lära sig svenska",
        "få jobb", "arbetslösa", "segregerat", "segregerade", "svårt att komma in",
        "bostadsområdet har dåligt rykte",
    ),
    "licensed_premises": (
        "krogen", "krog", "krogar", "nattklubb", "nattklubben", "restaurangerna",
        "serveringstillstånd", "uteställen", "uteställena", "pub", "puben",
        "krogtillsyn",
        "nattliv", "nattlivet", "alkoholservering", "servering", "vakterna",
        "ordningsvakter", "ordningsvakterna", "stängningsdags",
        "utestället",
    ),
    "extremism": (
        "extremism", "extremister", "extrema", "radikalisering", "radikaliseringens",
        "våldsbejakande", "nazistiska", "högerextrema", "propaganda", "rasistiska", "islamistisk",
        "radikaliseras", "radikaliserad", "radikaliserade", "extremistiska", "nazister",
        "hatbrott", "terrorism",
    ),
    "public_order": (
        "skräp", "skräpigt", "skräpar", "nedskräpning", "hög musik", "stökigt", "stök",
        "fimpar", "snusprillor", "sopor", "plockar inte upp", "smällare", "fyrverkerier",
        "oväsendet", "oväsen", "ordningsstörningar", "ordningsstörning", "stör", "kissar",
        "låter hela natten",
        "högljudda", "högljutt", "väsnas",
        "oljud", "störande", "nedskräpat", "skräpet",
    ),
    "neighbourhood_watch": (
        "grannsamverkan", "nattvandrare", "nattvandrarna", "nattvandra", "nattvandring",
        "grannstöd", "vuxenvandringar", "håller koll på varandras", "kontaktombuden",
        "varnar för",
        "grannar hjälper varandra", "hjälper varandra", "se efter husen", "håller koll",
        "nattvandrar",
    ),
    "police_presence": (
        "polisnärvaro", "synas mer", "syns mer", "syns aldrig", "fotpatrullering", "patrull",
        "kommunpolisen", "närpolisen", "polisstationen", "fler poliser", "poliserna kom",
        "polisbilarna",
        "förtroendet för polisen", "ingen polis", "någon polis", "polisen kommer",
        "polis till fots", "poliser till fots", "polisen svarar", "114 14", "poliskontor",
        "polisen syns", "poliser syns", "en polis",
        "patrullerar",
    ),
}  # fmt: skip


@functools.cache
def _lexicon() -> tuple[tuple[str, tuple[str, ...], bool], ...]:
    """Every entry as the stems of its words, with its theme and whether it stands alone."""
    stemmer = Stemmer()
    return tuple(
        (theme, tuple(stemmer.lexeme(word) or word for word in words(entry)), entry[0] == "=")
        for theme, entries in LEXICON.items()
        for entry in entries
    )


def _stems(text: str) -> tuple[list[str], set[str]]:
    """The text's words stemmed in order, and the stems of its compounds' parts."""
    stemmer = Stemmer()
    own = words(text)
    in_order = [stemmer.lexeme(word) or word for word in own]
    parts = {stemmer.lexeme(part) or part for word in own for part in compound_parts(word)}
    return in_order, parts


def suggest_themes(text: str) -> list[str]:
    """The theme ids the text speaks of, in the taxonomy's order; [] when none."""
    in_order, parts = _stems(text)
    own = set(in_order)
    found = set(themes_of(text, limit=len(LEXICON))) - NOT_FROM_DOCUMENT_RULES
    for theme, stems, alone in _lexicon():
        if len(stems) == 1:
            if stems[0] in own or (not alone and stems[0] in parts):
                found.add(theme)
        elif any(
            tuple(in_order[i : i + len(stems)]) == stems
            for i in range(len(in_order) - len(stems) + 1)
        ):
            found.add(theme)
    return [theme for theme in LEXICON if theme in found]
