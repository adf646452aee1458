"""Words that place a promise in the national theme taxonomy (shared/contract/extract.md)."""

from __future__ import annotations

import functools
import re
from collections import Counter

from loften.ingest.phrases import one_of

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
        "överservering",
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
        "motorburen",
        "motorburna",
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

# One pass over the text finds every stem; the longest stem at a position wins, and
# the themes of every stem it starts with count (so "narkotikahund" counts once for drugs).
# The stems are lower case and so is the text searched: a third of the time of IGNORECASE.
_ANY_STEM = re.compile(r"\b" + one_of({s for ss in _STEMS.values() for s in ss}))


@functools.cache
def _themes_of_stem(found: str) -> tuple[str, ...]:
    found = found.lower()
    return tuple(t for t, stems in _STEMS.items() if any(found.startswith(s) for s in stems))


def _mentions(text: str) -> Counter[str]:
    return Counter(theme for m in _ANY_STEM.findall(text.lower()) for theme in _themes_of_stem(m))


def themes_of(text: str, *, heading: str = "", limit: int = 3) -> list[str]:
    """The themes a text is about, most mentioned first; ["other"] when none is found.

    The words of the promise itself weigh twice those of the heading it stands under.
    A theme mentioned in passing (under a quarter as often as the main one:
    "rattonykterhet" among five traffic words) is not one of its themes.
    """
    counts = _mentions(text)
    counts.update(counts)
    counts.update(_mentions(heading))
    order = list(_STEMS)
    ranked = sorted(counts, key=lambda t: (-counts[t], order.index(t)))
    main = counts[ranked[0]] if ranked else 0
    return [t for t in ranked[:limit] if 4 * counts[t] >= main] or ["other"]
