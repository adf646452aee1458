"""Normalise text read from PDF, DOCX, HTML or plain files into clean Swedish lines.

Joins line-break hyphenation ("brottslig-\\nheten", "trygghets\\u2011 skapande")
but keeps suspended compounds ("kvälls- och nattetid"), unifies bullets to
"• " (and items under an item to "◦ "), collapses whitespace and applies
Unicode NFC. Idempotent.
"""

from __future__ import annotations

import re
import unicodedata

# Words after a hyphen that mean the hyphen ends a suspended compound: keep it.
_CONJUNCTIONS = r"(?:och|eller|samt|som|respektive|resp\.|till|&|,)"
_HYPHENS = "-\u2010\u2011\u00ad"
_BREAK_HYPHEN = re.compile(
    rf"(?P<head>[A-Za-zÅÄÖåäöéü]*[a-zåäöéü]{{2}})[{_HYPHENS}][ \t]*\n[ \t]*(?P<tail>[a-zåäöéü]+)"
)
_INLINE_HYPHEN_BREAK = re.compile(
    rf"(?P<head>[a-zåäöéü]{{2,}})[{_HYPHENS}][ \t]+(?P<tail>[a-zåäöéü]+)"
)
_BULLET = re.compile(r"^[ \t]*(?:[•·▪●■–—*]|-(?=[ \t]))[ \t]*", re.MULTILINE)
# "o" and "◦" mark items under an item; they stay a level of their own.
_SUB_BULLET = re.compile(r"^[ \t]*(?:◦|o(?=[ \t]))[ \t]*", re.MULTILINE)
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def _join(match: re.Match[str]) -> str:
    tail = match.group("tail")
    if re.fullmatch(_CONJUNCTIONS, tail):
        return f"{match.group('head')}- {tail}"
    return f"{match.group('head')}{tail}"


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text).replace("\u00a0", " ").replace("\r\n", "\n").replace("\r", "\n")
    text = _BULLET.sub("• ", text)
    text = _SUB_BULLET.sub("◦ ", text)
    # A hyphen at a line end, or before a space, with a lower-case word after
    # it is a break inside one word, unless that word is "och", "eller", ...
    text = _BREAK_HYPHEN.sub(_join, text)
    text = _INLINE_HYPHEN_BREAK.sub(_join, text)
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
