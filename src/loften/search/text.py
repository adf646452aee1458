"""Swedish search text: words, stems and queries, read the way PostgreSQL reads them.

Plain Python, no Django. Both search backends see text through this module,
so that they find the same promises:

* `words` decides what a word is (letters and digits; everything else
  separates words), for the indexed text, the query and the highlighting.
* `index_words` adds the parts of Swedish compounds, as the Hunspell
  Swedish dictionary splits them ("trygghetsvandring": "trygghet",
  "vandring"), after the text's own words, so that a part finds the
  compound on both databases alike; `compounds_of` keeps them per word for
  highlighting, which then needs no dictionary (it costs a process some
  240 MB, so a search should not be what reads it).
* `lexeme` stems a word with the Snowball Swedish stemmer, the algorithm and
  version PostgreSQL's `swedish` configuration uses, and drops its stop
  words. PostgreSQL stems by itself; SQLite's index stores these lexemes.
* `parse_query` reads a query as PostgreSQL's `websearch_to_tsquery` does:
  words must all occur, `"quoted words"` must occur in that order, `-word`
  must not occur, and `eller` (or `or`) between two parts lets either match. Nothing a
  visitor types is an error: stray quotes, dashes and punctuation are
  ignored as PostgreSQL ignores them.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

import snowballstemmer
from spylls.hunspell.algo.capitalization import Type as CapitalType

from loften.ingest.normalise import swedish_dictionary
from loften.search.stopwords import STOP_WORDS

WORD = re.compile(r"[^\W_]+")
QUOTE, NOT = '"', "-"
OPERATORS = frozenset({QUOTE, NOT})
QUERY_PIECE = re.compile(r'[^\W_]+|["-]')
DIGITS = frozenset("0123456789")
# PostgreSQL ignores words of 2047 bytes or more; so do we, on both databases.
MAX_WORD_BYTES = 2046
# Stands in the SQLite index for a stop word, so that phrases keep their distances.
GAP = "§"
# Written before each compound's parts in the indexed text: a stop word, so a
# phrase never runs from the text into the parts, nor from one compound's parts
# into the next (both databases keep its place but do not index it).
PARTS_SEPARATOR = "och"
# Hunspell's Swedish dictionary lets two-letter words begin compounds; parts that
# short find too much by accident, so only parts of at least three letters are indexed.
MIN_PART_LENGTH = 3
# Visitors write "eller"; PostgreSQL's websearch_to_tsquery knows "or".
OR, ELLER = "or", "eller"


def normalise(text: str) -> str:
    """Compatibility-normalised (ligatures, widths, combining accents) and lower case."""
    return unicodedata.normalize("NFKC", text).lower()


def words(text: str) -> list[str]:
    """The words of a text, lower case, in order."""
    return [match.group() for match in _word_matches(normalise(text))]


def _word_matches(text: str) -> Iterator[re.Match[str]]:
    for match in WORD.finditer(text):
        if len(match.group().encode()) <= MAX_WORD_BYTES:
            yield match


@functools.lru_cache(maxsize=1 << 17)
def compound_parts(word: str) -> tuple[str, ...]:
    """The parts of a lower-case Swedish compound, as the Hunspell dictionary splits it.

    "trygghetsvandringar" gives ("trygghet", "vandringar"): each part but the
    last without its linking -s (the dictionary's stem), the last as written,
    so that the stemmer reads it as it reads the word. A word the dictionary
    does not read as a compound gives (). The dictionary is loaded on first use.
    """
    if len(word) < 2 * MIN_PART_LENGTH or not DIGITS.isdisjoint(word):
        return ()
    forms = swedish_dictionary().lookuper.compound_forms(word, captype=CapitalType.NO)
    form = next(iter(forms), None)
    if form is None:
        return ()
    *leading, last = form.parts
    parts = [part.stem for part in leading] + [last.text]
    return tuple(part for part in parts if len(part) >= MIN_PART_LENGTH and part != word)


def compounds_of(*texts: str) -> dict[str, list[str]]:
    """Each compound word of the texts with its parts (`compound_parts`): stored with an
    entry when it is indexed, so that highlighting never needs the dictionary."""
    found: dict[str, list[str]] = {}
    for text in texts:
        for word in dict.fromkeys(words(text)):
            parts = compound_parts(word)
            if parts:
                found[word] = list(parts)
    return found


def index_words(text: str) -> list[str]:
    """The words of a text, then the parts of each of its compounds, once each.

    The parts of each compound follow a PARTS_SEPARATOR.
    """
    own = words(text)
    parts: list[str] = []
    for word in dict.fromkeys(own):
        found = compound_parts(word)
        if found:
            parts += [PARTS_SEPARATOR, *found]
    return own + parts


class Stemmer:
    """Words to lexemes, remembering the words it has seen.

    Not thread-safe: make one per query, or per batch of documents.
    """

    def __init__(self) -> None:
        self._snowball = snowballstemmer.stemmer("swedish")

    def lexeme(self, word: str) -> str | None:
        """The indexed form of a lower-case word; None for a stop word.

        Words with digits are kept as they are (PostgreSQL files them under
        its `simple` dictionary, which neither stems nor has stop words).
        """
        if not DIGITS.isdisjoint(word):
            return word
        if word in STOP_WORDS:
            return None
        stem: str = self._snowball.stemWord(word)
        return stem

    def index_text(self, text: str) -> str:
        """The lexemes of a text with a GAP for each stop word: what SQLite's index stores."""
        return " ".join(self.lexeme(word) or GAP for word in index_words(text))


def plain_text(text: str) -> str:
    """The words of a text and its compounds' parts: what PostgreSQL is given to index."""
    return " ".join(index_words(text))


@dataclass(frozen=True)
class Segment:
    text: str
    matched: bool


def highlight(
    text: str, lexemes: frozenset[str], compounds: Mapping[str, Sequence[str]]
) -> list[Segment]:
    """The text cut into pieces, the words sought marked as matched.

    A word is sought when its lexeme is, or the lexeme of one of its compound
    parts, as `compounds` (from `compounds_of`) gives them. The Swedish stemmer
    only ever shortens a word's ending, so only words that contain a sought
    lexeme need stemming.
    """
    text = unicodedata.normalize("NFKC", text)
    stemmer = Stemmer()
    segments: list[Segment] = []
    position = 0
    for match in _word_matches(text):
        word = match.group().lower()
        if not any(lexeme in word for lexeme in lexemes) or not _is_sought(
            word, compounds.get(word, ()), lexemes, stemmer
        ):
            continue
        if match.start() > position:
            segments.append(Segment(text[position : match.start()], False))
        segments.append(Segment(match.group(), True))
        position = match.end()
    if position < len(text):
        segments.append(Segment(text[position:], False))
    return segments


def _is_sought(word: str, parts: Sequence[str], lexemes: frozenset[str], stemmer: Stemmer) -> bool:
    return stemmer.lexeme(word) in lexemes or any(stemmer.lexeme(part) in lexemes for part in parts)


@dataclass(frozen=True)
class Item:
    """One thing a query asks for: a word, or words in order, that must (not) occur.

    `positions` pairs each lexeme with its place in the phrase; a stop word
    between two words leaves a hole, as it does in PostgreSQL.
    """

    positions: tuple[tuple[int, str], ...]
    negated: bool = False

    def tsquery(self) -> str:
        """As PostgreSQL prints it, e.g. `!( 'polis' <2> 'kommun' )`."""
        parts = [f"'{self.positions[0][1]}'"]
        for (before, _), (at, lexeme) in zip(self.positions, self.positions[1:], strict=False):
            parts.append("<->" if at - before == 1 else f"<{at - before}>")
            parts.append(f"'{lexeme}'")
        text = " ".join(parts)
        if not self.negated:
            return text
        return f"!( {text} )" if len(self.positions) > 1 else f"!{text}"

    def fts5(self) -> str:
        """As an FTS5 string: the lexemes in order, a GAP for each hole."""
        pieces = [self.positions[0][1]]
        for (before, _), (at, lexeme) in zip(self.positions, self.positions[1:], strict=False):
            pieces += [GAP] * (at - before - 1) + [lexeme]
        return '"' + " ".join(pieces).replace('"', '""') + '"'


@dataclass(frozen=True)
class ParsedQuery:
    """A query as alternatives (`or`), each a list of items that must all hold."""

    websearch: str
    groups: tuple[tuple[Item, ...], ...]
    has_words: bool

    @property
    def matches_nothing(self) -> bool:
        """True when the query had words, but only stop words (PostgreSQL finds nothing)."""
        return not self.groups

    @property
    def lexemes(self) -> frozenset[str]:
        """Every lexeme the query looks for (not the excluded ones), for highlighting."""
        return frozenset(
            lexeme
            for group in self.groups
            for item in group
            if not item.negated
            for _, lexeme in item.positions
        )

    @property
    def needs_all_rows(self) -> bool:
        """Whether an alternative only excludes (`-polis`): it matches rows without any word."""
        return any(all(item.negated for item in group) for group in self.groups)

    def tsquery(self) -> str:
        """As PostgreSQL prints the result of `websearch_to_tsquery`."""
        return " | ".join(" & ".join(item.tsquery() for item in group) for group in self.groups)

    def fts5(self) -> str:
        """The whole query as one FTS5 expression; only when no alternative only excludes."""
        return " OR ".join(fts5_alternative(group) for group in self.groups)


def fts5_alternative(group: tuple[Item, ...]) -> str:
    """An alternative with at least one required item, as an FTS5 expression."""
    required = " AND ".join(item.fts5() for item in group if not item.negated)
    excluded = [item for item in group if item.negated]
    return f"(({required}) NOT ({fts5_any(excluded)}))" if excluded else f"({required})"


def fts5_any(items: list[Item]) -> str:
    """Any of the items (in their positive form), as an FTS5 expression."""
    return " OR ".join(item.fts5() for item in items)


def parse_query(text: str) -> ParsedQuery:
    """Read a visitor's query the way PostgreSQL's `websearch_to_tsquery` reads it.

    The query is first reduced to words, paired quotes and dashes that start
    a word (`websearch`): that text is what PostgreSQL is given, so both
    databases read the very same query.
    """
    pieces = _pieces(normalise(text))
    stemmer = Stemmer()
    groups: list[tuple[Item, ...]] = []
    group: list[Item] = []
    negated = False
    waiting_for_operand = True
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        if not waiting_for_operand:
            waiting_for_operand = True
            if piece == OR and index + 1 < len(pieces):
                groups.append(tuple(group))
                group = []
                index += 1
            continue
        if piece == NOT:
            negated = True
            index += 1
            continue
        if piece == QUOTE:
            closing = pieces.index(QUOTE, index + 1)
            phrase = pieces[index + 1 : closing]
            index = closing + 1
        else:
            phrase = [piece]
            index += 1
        positions = tuple(
            (place, lexeme)
            for place, lexeme in enumerate(stemmer.lexeme(word) for word in phrase)
            if lexeme is not None
        )
        if positions:
            start = positions[0][0]
            group.append(Item(tuple((at - start, lx) for at, lx in positions), negated))
        negated = False
        waiting_for_operand = False
    groups.append(tuple(group))
    return ParsedQuery(
        websearch=" ".join(pieces),
        groups=tuple(group for group in groups if group),
        has_words=any(piece not in OPERATORS for piece in pieces),
    )


def _pieces(text: str) -> list[str]:
    """Words, paired quotes and negating dashes, as `websearch_to_tsquery` would act on them.

    A dash negates only where a word could start (not in "e-post"), and not
    inside quotes; two dashes cancel; a dash with nothing after it is
    dropped. A last quote without a partner is ignored, as are empty
    quotes. "eller" between two parts, outside quotes, is read as "or".
    """
    raw: list[str] = []
    for match in QUERY_PIECE.finditer(text):
        piece = match.group()
        if piece == NOT and match.start() > 0 and WORD.match(text, match.start() - 1):
            continue
        if piece not in OPERATORS and len(piece.encode()) > MAX_WORD_BYTES:
            continue
        raw.append(piece)
    if raw.count(QUOTE) % 2:
        last = len(raw) - 1 - raw[::-1].index(QUOTE)
        del raw[last]
    pieces: list[str] = []
    in_quotes = False
    negations = 0
    for at, piece in enumerate(raw):
        if piece == NOT:
            negations += 0 if in_quotes else 1
            continue
        if (
            piece == ELLER
            and not in_quotes
            and not negations
            and pieces
            and pieces[-1] != OR
            and at + 1 < len(raw)
        ):
            piece = OR
        if piece == QUOTE:
            in_quotes = not in_quotes
            if not in_quotes and pieces[-1] == QUOTE:
                del pieces[-2 if len(pieces) > 1 and pieces[-2] == NOT else -1 :]
                continue
        if negations % 2:
            pieces.append(NOT)
        negations = 0
        pieces.append(piece)
    return pieces
