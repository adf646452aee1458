"""Swedish person names: the most common first names and surnames (see data/SOURCES.md).

Plain Python, no Django. The dialogue masks names out of what residents write
(`loften.dialogue.masking`); the importer tells a person from a place or a party
(`loften.ingest.extract`).
"""

from __future__ import annotations

import functools
from importlib import resources


@functools.cache
def _names(filename: str) -> frozenset[str]:
    text = resources.files("loften.names").joinpath("data", filename).read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


def _in(word: str, names: frozenset[str]) -> bool:
    """A name as written, in the genitive ("Eriks") or as a double name ("Anna-Karin")."""
    if word in names or (word.endswith("s") and word[:-1] in names):
        return True
    parts = word.split("-")
    return len(parts) > 1 and all(part in names for part in parts)


def is_first_name(word: str) -> bool:
    """Whether the word is a Swedish first name (as written, genitive or double)."""
    return _in(word, _names("fornamn.txt"))


def is_surname(word: str) -> bool:
    """Whether the word is one of the common Swedish surnames (as written, genitive or double)."""
    return _in(word, _names("efternamn.txt"))
