"""Words that place a promise in the national theme taxonomy (shared/contract/extract.md)."""

from __future__ import annotations

import re

# Stems, matched at the start of a word, so inflections and compounds whose
# first part is the stem count: "narkotika", "narkotikabrott".
_STEMS: dict[str, tuple[str, ...]] = {
    "drugs": (
        "narkotik",
        "droger",
        "drog",
        "cannabis",
        "hasch",
        "nätdrog",
        "hundsök",
        "narkotikahund",
    ),
    "alcohol_tobacco": (
        "alkohol",
        "tobak",
        "langning",
        "andt",
        "blås grönt",
        "rattonykter",
        "rattfyll",
    ),
    "traffic": (
        "trafik",
        "cyklist",
        "gångtrafikant",
        "hastighet",
        "moped",
        "a-traktor",
        "epa",
        "rattonykter",
        "rattfyll",
        "reflex",
        "bilkörning",
        "vårdslös körning",
    ),
    "domestic_violence": (
        "våld i nära",
        "nära relation",
        "hedersrelaterat",
        "huskurage",
        "hotellkurage",
        "kvinnofrid",
    ),
    "fraud": ("bedrägeri", "bedrägerier", "kortbedrägeri", "bluffsamtal"),
    "burglary_theft": ("inbrott", "stöld", "stölder", "tillgrepp", "bostadsinbrott"),
    "vandalism": ("skadegörelse", "klotter", "klottra", "vandalis"),
    "public_space_safety": (
        "trygghetsvandring",
        "otrygg",
        "trygghet i det offentliga",
        "belysning",
        "offentliga rummet",
        "offentlig miljö",
        "purple flag",
        "utomhusmiljö",
        "effektiv samordning för trygghet",
        "est ",
    ),
    "youth": (
        "ungdom",
        "unga",
        "elev",
        "skola",
        "skolan",
        "barn",
        "årskurs",
        "högstadi",
        "gymnasie",
        "fritidsgård",
    ),
    "organised_crime": (
        "organiserad brottslighet",
        "organiserad kriminalitet",
        "kriminella nätverk",
        "gängkriminalitet",
        "gäng",
    ),
    "work_crime": (
        "arbetslivskriminalitet",
        "osund konkurrens",
        "svartarbete",
        "arbetsplatskontroll",
    ),
    "prostitution_trafficking": ("prostitution", "människohandel", "sexköp"),
    "segregation": ("segregation", "utanförskap", "integration", "inkludering"),
    "licensed_premises": (
        "krog",
        "restaurang",
        "serveringstillstånd",
        "överservering",
        "krogtillsyn",
        "purple flag",
    ),
    "extremism": ("extremism", "vbe", "radikalisering", "våldsbejakande"),
    "public_order": (
        "ordningsstörning",
        "störande",
        "nedskräpning",
        "hög musik",
        "fylleri",
        "ordning och reda",
    ),
    "neighbourhood_watch": ("grannsamverkan", "nattvandr", "grannstöd"),
    "police_presence": (
        "polisnärvaro",
        "synlighet",
        "förtroende",
        "kontaktskapande",
        "polisvolontär",
        "tillgänglig polis",
        "helgbemanning",
    ),
}

_PATTERNS = {
    theme: re.compile(r"\b(?:" + "|".join(re.escape(s) for s in stems) + r")", re.IGNORECASE)
    for theme, stems in _STEMS.items()
}


def themes_of(text: str, *, heading: str = "", limit: int = 3) -> list[str]:
    """The themes a text is about, most mentioned first; ["other"] when none is found.

    The words of the promise itself weigh twice those of the heading it stands under.
    """
    counts = {
        theme: 2 * len(pattern.findall(text)) + len(pattern.findall(heading))
        for theme, pattern in _PATTERNS.items()
    }
    ranked = sorted((t for t, n in counts.items() if n), key=lambda t: -counts[t])
    return ranked[:limit] or ["other"]
