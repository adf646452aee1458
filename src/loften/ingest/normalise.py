"""Normalise Swedish text extracted from PDF, Word and web pages before structure is read.

Extracted text carries the layout it came from: words hyphenated at line ends ("brottslig-
heten"), hyphens lost at line ends ("upp" / "fattning"), bullets as •, -, o or tabs, runs of
spaces, non-breaking spaces and zero-width characters. `normalise` removes that noise and
keeps the lines and paragraphs the extractor needs. Whether two pieces form one word is
decided with the Swedish Hunspell dictionary from the `hunspell-sv` package, asked through
Hunspell's own library (`chunspell`), so that real suspended compounds ("kvälls- och
nattetid") and hyphenated words ("A-traktorer", "EST-händelse") keep their hyphen.

Plain Python with no Django: the dictionary is loaded on first use, once per process, and
lookups are cached. `swedish_dictionary` reads the same files with `spylls`, whose compound
forms name each part's stem, for search.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import importlib.metadata
import itertools
import re
import site
import sys
import sysconfig
import unicodedata
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from loften.ingest.phrases import MONTH_PATTERN

if TYPE_CHECKING:
    from hunspell import Hunspell
    from spylls.hunspell import Dictionary

__all__ = [
    "DictionaryNotFoundError",
    "dehyphenate_inline",
    "join_wrapped_line",
    "normalise",
    "ordinary_case",
    "row_marks",
    "swedish_dictionary",
]

DICTIONARY_NAME = "sv_SE"
DICTIONARY_PACKAGE = "hunspell-sv"

# Words that follow the hyphen of a suspended compound: "kvälls- och nattetid".
_SUSPENDING_WORDS = frozenset(
    {
        "och",
        "eller",
        "samt",
        "som",
        "respektive",
        "resp",
        "el",
        "o",
        "men",
        "till",
        "än",
        "utan",
        "liksom",
        "plus",
        "mot",
        "både",
        "såväl",
    }
)

# The longest joined word worth a dictionary lookup; longer strings are not words and
# would only cost time in the compound analysis.
_MAX_WORD = 60

_LINE_SEPARATORS = "\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_SPACES = "\t\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
_DROPPED = "\u200b\u200c\u200d\u2060\ufeff\u180e"
_CONTROL = [
    code
    for code in [*range(0x20), 0x7F, *range(0x80, 0xA0)]
    if chr(code) not in _LINE_SEPARATORS + _SPACES + "\n"
]
_REPLACEMENTS = {
    **dict.fromkeys(_LINE_SEPARATORS, "\n"),
    **dict.fromkeys(_SPACES, " "),
    **dict.fromkeys(_DROPPED, ""),
    # Other control characters carry no text.
    **dict.fromkeys(map(chr, _CONTROL), ""),
}
# A regular expression finds these rare characters faster than str.translate walks a text.
_REPLACED = re.compile(f"[{re.escape(''.join(_REPLACEMENTS))}]")
# A soft hyphen before a line break or a space is where a word was broken; elsewhere it
# is an invisible hyphenation point.
_SOFT_HYPHEN_AT_BREAK = re.compile(r"\u00ad(?=[ \t\u00a0]*(?:\r|\n|$)|[ \t\u00a0])")
_SPACE_RUN = re.compile(r" {2,}")
# A row of a table copied from Word or a spreadsheet: three or more cells between tabs.
_TAB_ROW = re.compile(r"^[^\t\n]*\S\t+[^\t\n]*\S[^\t\n]*\t+\S[^\n]*$", re.MULTILINE)
_TAB_CELLS = re.compile(r"(?<=\S)[ \t]*\t[ \t]*(?=\S)")
# A spreadsheet's cell with line breaks, pasted as text: quoted over its lines, then a tab.
_QUOTED_CELL = re.compile(r'(?:^|(?<=\t))"([^"\t\n]+(?:\n[^"\t\n]+){1,3})"(?=\t)', re.MULTILINE)
# The same table laid out with spaces (a web page's or an e-mail's plain text): two or
# more lines in a row of three or more cells between runs of three or more spaces.
_SPACED_ROWS = re.compile(
    r"(?:^ *\S(?:[^\n]*?\S)? {3,}\S(?:[^\n]*?\S)? {3,}\S[^\n]*\n?){2,}", re.MULTILINE
)
_SPACED_CELLS = re.compile(r"(?<=[^\s|]) {3,}(?=[^\s|])")  # not the padding beside a "|"
# Two columns side by side (signature blocks, a form's fields): two or more lines in a row
# of two short cells between six or more spaces, or one whose right cell goes on below it
# ("| skolbussarna kommer, kl. 07.15–08.15.").
_SPACED_CELL = r"\S(?:[^ \n]| {1,2}(?=\S)){0,50}"
_SPACED_PAIRS = re.compile(
    rf"^ *{_SPACED_CELL} {{6,}}{_SPACED_CELL} *(?:\n|$)"
    rf"(?:(?: *{_SPACED_CELL} {{6,}}{_SPACED_CELL}|\| [^\n]*) *(?:\n|$))+",
    re.MULTILINE,
)
_PAIR_GAP = re.compile(r"(?<=\S) {6,}(?=\S)")
# A transcript's turn, when and who speaks: "[00:04:37] ERIK SANDAHL: Det första var ...".
_TIMED_TURN = re.compile(
    r"^\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]+[A-ZÅÄÖÉÜ]{2,}(?:[ \t]+[A-ZÅÄÖÉÜ-]{2,}){0,2}:[ \t]+",
    re.MULTILINE,
)
_NARROW_GAP = re.compile(r"(?<=\S) {2,5}(?=\S)")


# A rule of dashes under a table's head, one run for each column: "----  ------  ----".
_COLUMN_RULE = re.compile(r"^ *-{2,}(?: +-{2,})+ *$", re.MULTILINE)


def laid_out(text: str) -> str:
    """Columns laid out with spaces, read while each line's indentation is there: readers
    call it before they strip it, which would place a wrapped cell in the wrong column. An
    e-mail's quotation marks go first, as they would shift every column."""
    if ">" in text:
        text = _unquoted(text)
    if _RULED in text or "-  -" in text or "- -" in text:  # most texts have no rule of columns
        text = _ruled_columns(text)
    if "   " in text:
        text = _two_lists(text)
    if "      " in text:  # the gap between two columns; most texts have none
        text = to_columns(text)
    return text


# A list item's marker after a wide gap, where a second column of items starts.
_RIGHT_ITEM = re.compile(r"(?<=\S) {3,}(?=[•▪●■◦*–-] +\S)")
_ITEM_MARK = re.compile(r"[•▪●■◦*–-] +\S")
_WORD = re.compile(r"[^\W_]")


def _right_items(line: str) -> list[re.Match[str]]:
    """Where items of a right column start on a line that has words in its left column;
    not an indented item under an e-mail's quotation mark ("> " + "   - Polisen ...")."""
    return [gap for gap in _RIGHT_ITEM.finditer(line) if _WORD.search(line, 0, gap.start())]


def _two_lists(text: str) -> str:
    """A page of two columns that each hold a list ("Bjuvs kommun ansvarar för att" beside
    "Polisen ansvarar för att", each over its items): the left column, then the right one,
    as a reader reads them. Two columns whose items start on different lines are lists side
    by side, not a table whose rows pair them; two blank lines or a line that crosses from
    one column into the other end the part."""
    lines = text.split("\n")
    starts = Counter(gap.end() for line in lines for gap in _right_items(line))
    column, count = starts.most_common(1)[0] if starts else (0, 0)
    if count < 2:
        return text

    def fits(at: int) -> bool:
        left, right = lines[at][:column], lines[at][column:]
        return not right.strip() or left.endswith("  ")

    def two_blank(at: int) -> bool:
        return not "".join(lines[max(at, 0) : at + 2]).strip()

    out: list[str] = []
    at = 0
    while at < len(lines):
        if not (_right_items(lines[at]) and fits(at)):
            out.append(lines[at])
            at += 1
            continue
        first, last = at, at
        while first and fits(first - 1) and not two_blank(first - 2):
            first -= 1
        while last + 1 < len(lines) and fits(last + 1) and not two_blank(last + 1):
            last += 1
        left = [line[:column].rstrip() for line in lines[first : last + 1]]
        right = [line[column:].rstrip() for line in lines[first : last + 1]]
        if [bool(_ITEM_MARK.match(side.lstrip())) for side in left] == [
            bool(_ITEM_MARK.match(side)) for side in right
        ]:  # items side by side on the same lines: the rows of a table
            out.append(lines[at])
            at += 1
            continue
        out[len(out) - (at - first) :] = [*left, "", *right]
        at = last + 1
    return "\n".join(out)


def _ruled_columns(text: str) -> str:
    """A table laid out in columns under a rule of dashes for each, whose cells wrap over
    lines ("5.1   Hastighetskontroller på väg 204 genom  Polisen   Minst åtta" / "      Fjugesta
    och på Mullhyttevägen vid                  tillfällen per år"), or under one rule across
    a head of three or more cells: each row as one line of its cells between bars, and
    without the rule. A line with nothing in the first column goes on with the row above;
    the table ends at a line whose words cross from one column into the next, or at two
    blank lines. Where rules part the rows too, every line up to the next rule is the row's,
    a blank line too."""
    lines: list[str] = []
    raw = text.split("\n")
    starts: list[int] = []
    gaps: list[tuple[int, int]] = []  # the blanks between the rules
    row: list[str] = []  # the cells of the row the last line holds
    between_rows = False  # whether rules part the rows
    after_rule = False  # the last line was a rule between rows
    for at, line in enumerate(raw):
        if starts and not line.strip() and lines and (not lines[-1].strip() or after_rule):
            starts, row = [], []  # two blank lines in a row, or one under a rule, end the table
        after_rule = False
        if starts and _is_rule(line, starts):
            row, after_rule = [], True
            continue
        head = lines[-1] if lines and lines[-1].strip() else ""
        head_starts: list[int] = []
        if head and _COLUMN_RULE.fullmatch(line):
            runs = list(re.finditer(r"-+", line))
            head_starts = [run.start() for run in runs]
            gaps = [(run.end(), after.start()) for run, after in itertools.pairwise(runs)]
        elif head and _FULL_RULE.fullmatch(line) and _is_head(head):
            head_starts, gaps = [cell.start() for cell in _HEAD_CELL.finditer(head)], []
        if head_starts:
            starts = head_starts
            lines[-1] = " | ".join(_cells_at(head, starts))  # the head
            row, between_rows = [], _parted_by_rules(raw[at + 1 :], starts)
            continue
        if starts and line.strip() and between_rows and row:
            # every line up to the next rule is the row's: "Skoterpatrull i Borgafjäll" after
            # a blank line, "bedrägerier" under "3. Äldre och"
            if not lines[-1].strip():
                lines.pop()
            cells = _cells_at(line, starts)
            row = [_cell_goes_on(cell, under) for cell, under in zip(row, cells, strict=True)]
            lines[-1] = " | ".join(row)
            continue
        if starts and line.strip():
            # words across a column's start, or a paragraph's words in the blank between two
            # rules and none in the last column ("Resurs: lokal och fika, ca 4 000 kronor."): a
            # line of prose under the table (a wrapped cell may run into the blank)
            if line.strip().isupper() and (
                _crosses(line, starts) or not any(_cells_at(line, starts)[2:])
            ):
                # a group's label between the rows, perhaps across the columns: "2   UNGA SOM
                # RISKERAR ...", its number dropped so that it reads as no part of the text
                row, line = [], _GROUP_NUMBER.sub("", line.strip())
            elif _crosses(line, starts) or (
                not lines[-1].strip()
                and len(line) <= starts[-1]
                and any(len(line) > end and line[end:start].strip() for end, start in gaps)
            ):
                starts, row = [], []
            elif (
                ((cells := _cells_at(line, starts))[0] and not _goes_on_in_each(cells, row))
                or not row
                or not lines[-1]
            ):
                row = cells
                line = " | ".join(row)
            else:
                row = [_cell_goes_on(cell, under) for cell, under in zip(row, cells, strict=True)]
                lines[-1] = " | ".join(row)
                continue
        lines.append(line)
    return "\n".join(lines)


# A group's number before its label within a table: "2      UNGA SOM RISKERAR ...".
_GROUP_NUMBER = re.compile(r"^\d{1,2}\.?\s+")
# One rule across a table: "-----------------------------------".
_FULL_RULE = re.compile(r" *-{20,} *")
_RULED = "-" * 20
# A cell of a table's head, two spaces or more from the next: "Nr", "Aktivitet", "Ansvarig".
_HEAD_CELL = re.compile(r"\S+(?: \S+)*")


def _is_head(line: str) -> bool:
    """Whether the line names a table's three to seven columns over one rule across ("Nr
    Aktivitet  Ansvarig  Tid  Indikator"); not a form's boxes ("☒ Kvartalsvis") nor a
    chart's months ("sep  okt  nov ...")."""
    cells = _HEAD_CELL.findall(line)
    return (
        3 <= len(cells) <= 7
        and all(cell[:1].isupper() or cell[:1].isdigit() for cell in cells)
        and all(len(cell.split()) <= 4 for cell in cells)
    )


def _is_rule(line: str, starts: list[int]) -> bool:
    """Whether the line is a rule between a table's rows: one across, or the head's again."""
    return bool(_FULL_RULE.fullmatch(line)) or (
        bool(_COLUMN_RULE.fullmatch(line))
        and [run.start() for run in re.finditer(r"-+", line)] == starts
    )


def _crosses(line: str, starts: list[int]) -> bool:
    """Whether the line's words cross from one column into the next."""
    return any(len(line) >= start and line[start - 1] != " " for start in starts[1:])


def _parted_by_rules(lines: list[str], starts: list[int]) -> bool:
    """Whether rules part the table's rows: a rule under a row is followed by another row,
    before the table ends at two blank lines or a line of prose."""
    blank = False
    for at, line in enumerate(lines):
        if not line.strip():
            if blank:
                return False
            blank = True
            continue
        blank = False
        if _is_rule(line, starts):
            following = next((later for later in lines[at + 1 :] if later.strip()), "")
            if following and not _is_rule(following, starts) and not _crosses(following, starts):
                return bool(_cells_at(following, starts)[0])
            return False
        if _crosses(line, starts):
            return False
    return False


# The words a wrapped cell's next line starts with.
_GOES_ON = re.compile(r"(?:och|eller|samt|i|vid|på|till|med|för|av|om|mellan|inom|under)\s")


def _goes_on_in_each(cells: list[str], row: list[str]) -> bool:
    """Whether a line whose first column is not empty still goes on with the row above:
    each of its cells starts in lower case, and one starts as only a wrapped cell does
    ("april–oktober | och vid färjeläget i Svanesund") or goes on from a comma."""
    written = [cell for cell in cells if cell]
    return all(cell[0].islower() for cell in written) and (
        any(_GOES_ON.match(cell) for cell in written)
        or any(above.endswith(",") for above, cell in zip(row, cells, strict=False) if cell)
    )


def _cells_at(line: str, starts: list[int]) -> list[str]:
    """A line's cells at the columns' starts."""
    ends = [*starts[1:], len(line)]
    return [line[start:end].strip() for start, end in zip(starts, ends, strict=True)]


def to_columns(text: str) -> str:
    """Two columns side by side, each line whose left cell fills its column up to a narrow
    gap ("Göra hastighetskontroller vid skolorna i Gällstad   31 kontroller ...") widened to
    the gap the others have, where three or more start the right column at the same place.
    Readers call it before they strip each line's indentation, which places a line of the
    right column alone."""
    lines = text.split("\n")
    starts = Counter(
        gap.end() for line in lines if "|" not in line for gap in _PAIR_GAP.finditer(line)
    )
    if not starts:
        return text
    column, count = starts.most_common(1)[0]
    if count < 3:
        return text
    widened = [
        line[: gap.start()] + " " * 6 + line[gap.end() :]
        if "|" not in line
        and (gap := next((g for g in _NARROW_GAP.finditer(line) if g.end() == column), None))
        else line
        for line in lines
    ]
    # A line with words in the right column only, under a row of two cells ("... den i
    # Dalum i oktober med" / "11. Klart."), is that row's right cell going on; the column
    # may be another than most lines' (signatures under a page's footers).
    for right in (start for start, lines_at in starts.most_common() if lines_at >= 3):
        _right_cells_go_on(widened, right)
    # ... and one under a field's label after a full stop still goes on with the field, as
    # a wrapped line would ("HUR:   Förrådsinbrott ... utreds av en särskild grupp." / "Detta
    # är polisens ordinarie arbete och ingår inte i löftet.")
    fields: list[str] = []
    for line in widened:
        above = fields[-1] if fields else ""
        if (
            line[:column].isspace()
            and line[column : column + 1].strip()
            and above.rstrip().endswith((".", "!", "?"))
            and [gap.end() for gap in _SPACED_CELLS.finditer(above)][:1] == [column]
            and above[:column].rstrip().endswith(":")
        ):
            fields[-1] = f"{above.rstrip()} {line.strip()}"
        else:
            fields.append(line)
    return "\n".join(fields)


def _right_cells_go_on(lines: list[str], column: int) -> None:
    """Marks, in place, each line with words only from `column` on under a row of two
    cells as that row's right cell going on ("| ..."), and the row's lines above it."""
    for at in range(1, len(lines)):
        line, above = lines[at], lines[at - 1]
        if (
            line[:column].isspace()
            and line[column : column + 1].strip()
            and (
                above.startswith("| ")
                # a row of a table of two columns, not a label's hanging indent ("[Polisen]
                # Polisen gör ..." / "gånger per läsår ...", "Vad:  Snöskoterkontroller ..."
                # / "och helgerna runt den")
                or (
                    [gap.end() for gap in _SPACED_CELLS.finditer(above)] == [column]
                    and not above.lstrip().startswith("[")
                    and not above[:column].rstrip().endswith(":")
                )
            )
        ):
            lines[at] = "| " + line[column:]
            # ... and the row's lines above it, its cells parted as the line's are
            up = at - 1
            while up >= 0 and "|" not in lines[up] and _PAIR_GAP.search(lines[up]):
                gap = next((g for g in _PAIR_GAP.finditer(lines[up]) if g.end() == column), None)
                if gap is None:
                    break
                lines[up] = lines[up][: gap.start()] + " | " + lines[up][column:]
                up -= 1


# A table that a PDF gave one cell per line: a head of short column names
# ("Nr", "Aktivitet", "Ansvarig", "Klart") and rows of as many lines each.
_COLUMN_NAMES = frozenset((
    "nr", "vad", "vem", "när", "var", "hur", "aktivitet", "aktiviteter", "åtgärd", "åtgärder",
    "insats", "insatser", "ansvarig", "ansvar", "klart", "tidplan", "tidpunkt", "tid", "status",
    "datum", "kommentar", "uppföljning", "mål",
))  # fmt: skip
# Markdown, as a page exported from a wiki or a note-taking tool has it: "## Rubrik",
# "**fet**", "> citat", "[text](adress)", "---". Only a text with two Markdown headings or
# emphasised words is read as Markdown.
_MARKDOWN_SIGNS = re.compile(r"^#{1,6} \S|\*\*\S", re.MULTILINE)
_MARKDOWN = (
    (re.compile(r"^#{1,6} +", re.MULTILINE), ""),
    (re.compile(r"^> ?", re.MULTILINE), ""),
    (re.compile(r"^(?:-{3,}|\*{3,}|_{3,})[ \t]*$", re.MULTILINE), ""),
    (re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__"), r"\1\2"),
    (re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"\[([^\]\n]+)\]\([^)\s]+\)"), r"\1"),
)


# A quotation set in italics on lines of its own, as a blog writes it: '*”Polisen kommer att
# ... lördagskvällar.”*'.
_ITALIC_QUOTE = re.compile(r"^\*([”“\"»][^*\n]+(?:\n[^*\n]+){0,3}[”“\"«])\*[ \t]*$", re.MULTILINE)


def _unquoted(text: str) -> str:
    """The text without an e-mail's quotation marks, where it quotes a whole text or a list."""
    return _QUOTATION.sub(lambda quote: _QUOTED_LINE.sub("", quote[0]), text)


def _without_markdown(text: str) -> str:
    # Until none is left: "****fet****" loses one pair of marks at a time.
    while ("# " in text or "**" in text) and len(_MARKDOWN_SIGNS.findall(text)) >= 2:
        plain = text
        for pattern, replacement in _MARKDOWN:
            plain = pattern.sub(replacement, plain)
        if plain == text:
            break
        text = plain
    return text


# A footnote mark after a word ("bedrägerikort²") is not part of it.
_FOOTNOTE_MARK = re.compile(r"(?<=[^\W\d_])[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
_SUPERSCRIPT_DIGIT = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]")  # found fast: the lookbehind above is not
# A rule drawn under a table's head, between two lines of text: it goes, so that the head
# and the rows are one table.
_TABLE_RULE = re.compile(r"(?<=\S)\n[ \t]*[-=_─━]{5,}[ \t]*(?=\n[ \t]*\S)")
# Any other rule separates what is above from what is below, as a blank line does.
_RULE_LINE = re.compile(r"^[ \t]*[-=_─━]{5,}[ \t]*$", re.MULTILINE)
# A record's question alone on its line heads the line under it: "Vad?" / "Hastighets-
# kontroller vid skolan" reads as "Vad: Hastighetskontroller vid skolan".
_QUESTION_LABEL = re.compile(
    r"^[ \t]*(Vad|Vem|När|Var|Hur)\?[ \t]*\n(?=[ \t]*[^\s•·-])", re.MULTILINE
)
# A field of a form or record ("Owner: Polisen", "Deadline: Q2 2026") starts its own line.
FIELD_LINE = re.compile(r"^[A-ZÅÄÖ][\w-]{1,20}(?: [\w-]{1,20}){0,2}:\s")
_PICTOGRAPHS = "\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"
# A thread of posts numbered "1/5", "2/5", ...: each post is an item ("2/5 🚗 Vi gör ...").
_THREAD_NUMBER = re.compile(
    rf"^[ \t]*\d{{1,2}}/\d{{1,2}}[ \t]+(?:[{_PICTOGRAPHS}\ufe0f]+[ \t]+)?(?=[^\W\d_])",
    re.MULTILINE,
)
# Pictographs that start a line of a social-media post stand for bullets ("🚓 Vi gör ...").
_FIRST_PICTOGRAPH = _PICTOGRAPHS[0]
_PICTOGRAPH_BULLET = re.compile(rf"^[{_PICTOGRAPHS}][{_PICTOGRAPHS}\ufe0f]* +(?=[^\W\d_])")

# •, ·, ▪ and their relatives, including the private-use bullets of the Symbol and
# Wingdings fonts that Word documents carry.
_BULLET_CHARACTERS = "•·▪●■▫‣\u2043►▸▹▻➢\uf0b7\uf0a7\uf0d8\uf076\uf0fc∙▶➤□☐◆♦◾◼❖"
# A dash, an asterisk or an arrowhead (">" or a single or double guillemet) marks an item only
# before a space.
_BULLET_STARTS = frozenset(_BULLET_CHARACTERS + "-\u2013\u2014*>\u203a\u00bb+o◦○(")
_BULLET = re.compile(rf"^(?:[{_BULLET_CHARACTERS}]|[-\u2013\u2014*>\u203a\u00bb+]) ")
# "(1) " and "(a) " number items as "1) " and "a) " do.
_NUMBER_IN_PARENTHESES = re.compile(r"^\((\d{1,2}|[a-h])\) ")
# An e-mail's quotation: lines that start with ">" (">>" where the quote was quoted), the
# whole text, or a run of them holding an empty quoted line or a quoted list; a lone
# "> Polisen patrullerar" is an item.
_QUOTED_LINE = re.compile(r"^[ \t]*(?:> ?)+", re.MULTILINE)
_QUOTATION = re.compile(
    r"\A(?:[ \t]*>[^\n]*(?:\n|\Z)|[ \t]*(?:\n|\Z))+\Z|"
    r"(?:^[ \t]*>[^\n]*\n)*^[ \t]*>+[ \t]*(?:[-*•][ \t][^\n]*)?$(?:\n[ \t]*>[^\n]*)*",
    re.MULTILINE,
)
# "o", "◦" and "○" mark items under an item: they stay a level of their own. So does an
# arrow, which tells what came of the item above it ("→ Gjort, elva av tolv gånger"), and
# marks items where no item stands above it.
_SUB_BULLET = re.compile(r"^[o◦○] ")
# A map's place numbers before what is done there: "① Polisen ...", "③⑦ Malmö stad ...".
_CIRCLED_NUMBERS = re.compile(r"^[\u2460-\u2473\u2776-\u2793]+ +(?=\S)")
_ARROW = re.compile(r"^[→⇒↳↪➔➜➝]\ufe0f? +(?=[^\W_])")
_LONE_BULLET = re.compile(rf"^[{_BULLET_CHARACTERS}]$")
_LIST_ITEM = re.compile(r"^(?:• |•$|◦ |\d{1,3}[.)] )")
# An item's number alone on the line above its text: "1" / "öka närvaron i centrum".
_LONE_NUMBER = re.compile(r"[1-9]\d?[.)]?")
# ... not a date's day over its month, wrapped apart: "till och med den 31" / "mars 2029".
_MONTH_FIRST = re.compile(rf"(?:{MONTH_PATTERN})\b")

# Only the tail of a line is searched for its last word: longer words are not words.
_TAIL = _MAX_WORD + 2
_END_HYPHEN = re.compile(r"(?<![^\W_])([^\W_]+)-$")
_END_LETTERS = re.compile(r"(?<![^\W_])[^\W\d_]+$")
_START_TOKEN = re.compile(r"[^\W_]+")
_NEXT_WORD = re.compile(r"\s+[^\W\d_]")
_INLINE_HYPHEN = re.compile(r"([^\W_]+)-[ \t\u00a0]+([^\W_]+)")


# A text set in capitals (a poster, a flyer): more than half of its lines of letters have no
# lower case letter.
_CAPITALS_SHARE = 0.5
_WORD_TOKEN = re.compile(r"[^\W\d_]+")
_LETTERED_LINE = re.compile(r"^.*?[^\W\d_]", re.MULTILINE)
_LOWER_CASE_LINE = re.compile(r"^.*?[a-zß-öø-ÿ]", re.MULTILINE)
_ACRONYM_LENGTH = 4  # "BRÅ", "SSPF": an unknown short word in capitals stays so
_SENTENCE_END = (".", "!", "?", ":")


class DictionaryNotFoundError(RuntimeError):
    """The Swedish Hunspell dictionary is not installed where this process can find it."""


class _Break(enum.Enum):
    JOIN = "join"  # "brottslig-" + "heten" -> "brottsligheten"
    KEEP_HYPHEN = "keep hyphen"  # "A-" + "traktorer" -> "A-traktorer"
    SUSPEND = "suspend"  # "kvälls-" + "och" -> "kvälls- och"
    LEAVE = "leave"  # not a word break; leave the text as it is


def _dictionary_candidates() -> list[Path]:
    """Where `hunspell-sv` may have put sv_SE.aff and sv_SE.dic, most specific first."""
    candidates: list[Path] = []
    try:
        files = importlib.metadata.distribution(DICTIONARY_PACKAGE).files or []
    except importlib.metadata.PackageNotFoundError:
        files = []
    candidates += [
        Path(str(file.locate())).parent for file in files if file.name == f"{DICTIONARY_NAME}.dic"
    ]
    prefixes = [sysconfig.get_path("data"), sys.prefix, sys.base_prefix, site.getuserbase()]
    candidates += [Path(prefix) / "share" / "hunspell" for prefix in prefixes]
    return candidates


@functools.cache
def _dictionary_folder() -> Path:
    for folder in _dictionary_candidates():
        if (folder / f"{DICTIONARY_NAME}.dic").is_file() and (
            folder / f"{DICTIONARY_NAME}.aff"
        ).is_file():
            return folder
    raise DictionaryNotFoundError(
        f"The Swedish Hunspell dictionary {DICTIONARY_NAME}.dic was not found; install the "
        f"{DICTIONARY_PACKAGE} package (it puts the files under <prefix>/share/hunspell)."
    )


@functools.cache
def swedish_dictionary() -> Dictionary:
    """The Swedish dictionary as `spylls` reads it, once per process on first use (about
    three seconds): its compound forms name each part's stem, which search indexes."""
    from spylls.hunspell import Dictionary

    return Dictionary.from_files(str(_dictionary_folder() / DICTIONARY_NAME))


@functools.cache
def swedish_speller() -> Hunspell:
    """The Swedish dictionary in Hunspell's own library, read once per process on first use.

    It answers whether a word is Swedish some twenty times faster than `spylls`' Python port
    of the same algorithm and loads in a third of a second. Its calls hold the GIL, so
    threads may share it.
    """
    from hunspell import Hunspell

    return Hunspell(DICTIONARY_NAME, hunspell_data_dir=str(_dictionary_folder()))


@functools.lru_cache(maxsize=1 << 16)
def _is_word(word: str) -> bool:
    """Whether Hunspell accepts the word, with its affixes, compounds and break points."""
    return 0 < len(word) <= _MAX_WORD and swedish_speller().spell(word)


@functools.lru_cache(maxsize=1 << 14)
def _is_entry(word: str) -> bool:
    """Whether the dictionary has the word as a whole, without breaking it at hyphens.

    Hunspell's own lookup breaks "x-y" at the hyphen and accepts it when both halves are
    words, which holds for almost any pair; "A-traktorer" and "e-post" are entries in
    their own right.
    """
    if not 0 < len(word) <= _MAX_WORD:
        return False
    left, _, right = word.casefold().partition("-")
    hyphenated = _hyphenated_stems()
    # Hunspell only accepts a hyphen that one of its stems spells out; asking it about any
    # other pair would cost a compound analysis at nearly every line break.
    if left not in hyphenated.heads and not any(
        right.startswith(tail) for tail in hyphenated.tails
    ):
        return False
    # Hunspell analyses a word it knows, as an entry or a compound, and gives no analysis
    # of one that it accepts only by breaking it at the hyphen.
    return bool(swedish_speller().analyze(word))


@dataclasses.dataclass(frozen=True)
class _HyphenatedStems:
    heads: frozenset[str]  # "e" of "e-post"
    tails: tuple[str, ...]  # "tv" of "-tv", which Hunspell compounds after another word


@functools.cache
def _hyphenated_stems() -> _HyphenatedStems:
    """The parts of the dictionary's stems that are spelt with a hyphen."""
    entries = (_dictionary_folder() / f"{DICTIONARY_NAME}.dic").read_text(encoding="utf-8")
    # After the count on the first line, an entry per line: "e-post/HS", the stem before
    # its flags ("/") and any morphology (after whitespace).
    stems = [
        stem.casefold()
        for line in entries.splitlines()[1:]
        if "-" in (stem := (line.split("/", 1)[0].split() or [""])[0])
    ]
    return _HyphenatedStems(
        heads=frozenset(stem.split("-")[0] for stem in stems if not stem.startswith("-")),
        tails=tuple(sorted({stem[1:] for stem in stems if stem.startswith("-") and stem[1:]})),
    )


def _is_acronym(part: str) -> bool:
    """An abbreviation such as "EST", "CAN" or "A", which Swedish joins with a hyphen."""
    return (len(part) == 1 and part.isupper()) or any(char.isupper() for char in part[1:])


def _hyphen_break(left: str, right: str, after: str, *, line_end: bool) -> _Break:
    """What "left-" followed by a break and "right" is: a broken word or a real hyphen.

    `after` is the text that follows `right`; `line_end` tells a line break from a space
    in text that was already flattened, where only a clear dictionary word is joined.
    """
    if after.startswith("-") and not after[1:2].isalnum():
        return _Break.SUSPEND  # "bil- båt- och flygresor"
    if right.casefold() in _SUSPENDING_WORDS:
        # "bekymmer-" / "samt" is "bekymmersamt"; "Trum-" / "men." ends with no second
        # compound for the first to share its ending with
        if line_end and (_is_word(left + right) or not _NEXT_WORD.match(after)):
            return _Break.JOIN
        return _Break.SUSPEND
    numeric = left[-1].isdigit() or right[0].isdigit()
    if not line_end:
        if numeric or _is_acronym(left) or not right[0].islower():
            return _Break.LEAVE
        return _Break.JOIN if _is_word(left + right) else _Break.LEAVE
    if numeric:
        return _Break.KEEP_HYPHEN  # "2021-2024", "covid-19"
    all_caps = left.isupper() and right.isupper()
    if _is_acronym(left) and not all_caps:
        return _Break.KEEP_HYPHEN  # "EST-händelse", "CAN-rapporten"
    if right[0].isupper() and not all_caps:
        return _Break.KEEP_HYPHEN  # "Purple Flag-Certifiering"
    if _is_entry(f"{left}-{right}"):
        return _Break.KEEP_HYPHEN  # "e-post", although Hunspell also takes "epost"
    # Whether or not Hunspell knows the joined word ("brottsligheten"), a hyphen at a
    # line end in running text is far more often hyphenation than a hyphenated word the
    # dictionary does not know ("polisvolontär-" / "verksamhet").
    return _Break.JOIN


def _merge_lines(previous: str, line: str, *, tight: bool) -> str | None:
    """The two lines as one when the break between them is inside a word, else None.

    `tight` says that the previous line ended without the trailing space that the
    extractor left at the other word wraps of this text: evidence that the break was
    inside a word even when both halves are words on their own ("upp" / "fattning").
    """
    if _LIST_ITEM.match(line):
        return None
    if previous == "•":
        return f"• {line}"
    if _LONE_NUMBER.fullmatch(previous) and line[:1].islower() and not _MONTH_FIRST.match(line):
        return f"{previous.rstrip('.)')}. {line}"  # "1" / "öka närvaron ...", as a PDF lays out
    tail = previous[-_TAIL:]
    if not tail[-1].isalnum() and tail[-1] != "-":
        return None
    cut = len(tail) < len(previous)  # a word reaching the cut is too long to be a word
    if tail[-1] == "-" and (hyphen := _END_HYPHEN.search(tail)):
        if cut and hyphen.start() == 0:
            return None
        token = _START_TOKEN.match(line)
        if token is None:
            return f"{previous} {line}" if line[0] in "&+" else None
        action = _hyphen_break(hyphen[1], token[0], line[token.end() :], line_end=True)
        if action is _Break.JOIN:
            return previous[:-1] + line
        if action is _Break.KEEP_HYPHEN:
            return previous + line
        if action is _Break.SUSPEND:
            return f"{previous} {line}"
        return None
    left = _END_LETTERS.search(tail)
    right = _START_TOKEN.match(line)
    if left is None or right is None or (cut and left.start() == 0):
        return None
    if not right[0].isalpha() or not right[0][0].islower():
        return None
    # Most wraps fall between two words; that check is cheap, while the joined word needs
    # Hunspell's slower compound analysis.
    if not tight and _is_word(left[0]) and _is_word(right[0]):
        return None
    return previous + line if _is_word(left[0] + right[0]) else None


def _join_lines(lines: list[str], tight: list[bool]) -> list[str]:
    """Join the lines whose break falls inside a word; paragraphs stay apart."""
    joined: list[str] = []
    joined_tight: list[bool] = []
    for line, line_tight in zip(lines, tight, strict=True):
        if joined and joined[-1] and line:
            merged = _merge_lines(joined[-1], line, tight=joined_tight[-1])
            if merged is not None:
                joined[-1] = merged
                joined_tight[-1] = line_tight
                continue
        joined.append(line)
        joined_tight.append(line_tight)
    return joined


def _dehyphenate_spaced(text: str) -> str:
    """Join "brottslig- heten" within a line until nothing more changes."""
    if "-" not in text:
        return text

    def replace(match: re.Match[str]) -> str:
        after = text[match.end() : match.end() + 2]
        action = _hyphen_break(match[1], match[2], after, line_end=False)
        return match[1] + match[2] if action is _Break.JOIN else match[0]

    while True:
        changed = _INLINE_HYPHEN.sub(replace, text)
        if changed == text:
            return text
        text = changed


def _unify_hyphens(text: str) -> str:
    text = _SOFT_HYPHEN_AT_BREAK.sub("-", text)
    return text.replace("\u00ad", "").replace("\u2010", "-").replace("\u2011", "-")


def dehyphenate_inline(text: str) -> str:
    """Join words broken by a hyphen and a space in text already flattened to one line.

    "minska brottslig- heten" becomes "minska brottsligheten" and "trygghets\u2011 skapande"
    (with a non-breaking hyphen) "trygghetsskapande"; suspended compounds such as "kvälls- och
    nattetid" and anything the dictionary does not recognise as one word stay as they are.
    Non-breaking and soft hyphens are written as "-" or dropped.
    """
    return _dehyphenate_spaced(_unify_hyphens(text))


# The start of a list item, and of one marked by a bullet rather than a number. Word's
# third level of bullets comes out as "§" (its Wingdings square) before a word, not a
# paragraph's number ("§ 12").
_WORD_SQUARE = r"§(?=[ \t]+[^\W\d_])"
_ITEM_START = re.compile(
    rf"^(?:[•·▪‣◦○●■□\-–—*+]|{_WORD_SQUARE}|\d{{1,3}}[.)]|[a-zA-Z][.)])[ \t]+(?=\S)"
)
_BULLETED = re.compile(rf"^(?:[•·▪‣●■□\-–—*+]|{_WORD_SQUARE})[ \t]+(?=\S)")


def nested_items(text: str) -> str:
    """Items set further in than the item right above them and marked otherwise, as "◦ "
    items under it ("1. Vi ska minska bedrägerierna" / "   - Kommunpolisen besöker ...");
    before the lines lose their indentation. Items marked alike are one list, however a
    PDF's text indented them."""
    lines = text.split("\n")
    above: tuple[int, str] | None = None  # the item right above: its indent and marker
    for at, raw in enumerate(lines):
        stripped = raw.lstrip(" \t")
        indent = len(raw.expandtabs(4)) - len(raw.expandtabs(4).lstrip())
        start = _ITEM_START.match(stripped)
        if not start:
            if not (above is not None and stripped and indent > above[0]):
                above = None  # a line hanging under the item wraps it; any other ends it
            continue
        marker = "1" if stripped[:1].isalnum() else stripped[:1]
        bullet = _BULLETED.match(stripped)
        if bullet and above is not None and indent >= above[0] + 2 and marker != above[1]:
            lines[at] = raw[: len(raw) - len(stripped)] + "◦ " + stripped[bullet.end() :]
        elif not stripped.startswith(("◦", "o ")):
            above = (indent, marker)
    return "\n".join(lines)


# The narrowest width a text is wrapped at (an e-mail's 72 characters, a PDF's line); a
# short text of short lines says nothing narrower. A wrapped line fills most of the width,
# up to the next word's length and a proportional font's slack.
_NARROWEST_WRAP = 60
_WRAPPED_SHARE = 0.6
_WRAP_SLACK = 5


def wrap_width(lines: list[str]) -> int:
    """The width a text was wrapped at: its longest line outside a table.

    In a text whose paragraphs are one line each (a web page) this is the length of a
    long paragraph, and no line of a list or heading comes near it.
    """
    return max((len(line.strip()) for line in lines if " | " not in line), default=0)


def long_line(line: str, width: int) -> bool:
    """Whether the line is long enough that the text may have been wrapped after it."""
    return len(line) >= _WRAPPED_SHARE * max(width, _NARROWEST_WRAP)


def wrapped(line: str, following: str, width: int) -> bool:
    """Whether a line was broken before `following` because the text was wrapped there:
    it is long, and the next word would not have fitted on it (with a little slack for
    a proportional font)."""
    word = following.split(" ", 1)[0]
    width = max(width, _NARROWEST_WRAP)
    return long_line(line, width) and (len(line) + 1 + len(word) > width - _WRAP_SLACK)


def join_wrapped_line(previous: str, line: str, *, overlong: bool = False) -> str:
    """Two lines of one paragraph as one, when the layout shows the first was wrapped.

    A hyphen at the break is removed when it only broke the word ("brottslig-" / "heten"
    -> "brottsligheten"); a suspended compound or a word written with a hyphen keeps it
    ("kvälls-" / "och nattetid", "EST-" / "händelse"). `overlong` says the first line is
    one word that fills it: a word longer than the line, which a word processor breaks
    with no hyphen ("SAMVERKANSÖVERENSKOMMEL" / "SE"), joined when the two halves make a
    word. Any other break becomes a space.
    """
    previous = _unify_hyphens(previous)
    left, right = _END_LETTERS.search(previous), _START_TOKEN.match(line)
    if overlong and left and right and _is_word((left[0] + right[0]).lower()):
        return previous + line
    if previous.endswith("-") and (hyphen := _END_HYPHEN.search(previous[-_TAIL:])):
        token = _START_TOKEN.match(line)
        if token is not None:
            action = _hyphen_break(hyphen[1], token[0], line[token.end() :], line_end=True)
            if action is _Break.JOIN:
                return previous[:-1] + line
            if action is _Break.KEEP_HYPHEN:
                return previous + line
    return f"{previous} {line}"


def _wraps_keep_trailing_space(lines: list[str], trailing: list[bool]) -> bool:
    """Whether this text marks its ordinary word wraps with a trailing space.

    PDF extractors often leave the space at a wrap between words; a line that then ends
    flush against the break was broken inside a word.
    """
    spaced = flush = 0
    for line, following, has_space in zip(lines, lines[1:], trailing, strict=False):
        if line and following and line[-1].isalpha() and following[0].islower():
            if has_space:
                spaced += 1
            else:
                flush += 1
    return spaced >= 3 and spaced >= 2 * flush


def _clean_lines(text: str) -> tuple[list[str], list[bool]]:
    """Lines with clean whitespace and bullets, and whether each had trailing space."""
    text = _unify_hyphens(text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _without_markdown(text)
    if ">" in text:
        text = _unquoted(text)
    if _SUPERSCRIPT_DIGIT.search(text):
        text = _FOOTNOTE_MARK.sub("", text)
    if "*”" in text or '*"' in text or "*»" in text:
        text = _ITALIC_QUOTE.sub(r"\1", text)
    if "]" in text:
        text = _TIMED_TURN.sub("", text)
    if "?" in text:
        text = _QUESTION_LABEL.sub(r"\1: ", text)
    if "/" in text:
        text = _THREAD_NUMBER.sub("• ", text)
    if _RULED in text or "-  -" in text or "- -" in text:
        text = _ruled_columns(text)
    text = _RULE_LINE.sub("", _TABLE_RULE.sub("", text))
    if "   " in text:
        text = _two_lists(text)
    if "\t" in text:
        if '"\t' in text:
            text = _QUOTED_CELL.sub(lambda cell: " ".join(cell[1].split("\n")), text)
        text = _TAB_ROW.sub(lambda row: _TAB_CELLS.sub(" | ", row[0]), text)
    if "   " in text:  # the least gap between two cells
        text = _SPACED_ROWS.sub(lambda rows: _SPACED_CELLS.sub(" | ", rows[0]), text)
    if "      " in text:  # the gap between two columns; most texts have none
        text = _SPACED_PAIRS.sub(lambda rows: _PAIR_GAP.sub(" | ", rows[0]), to_columns(text))
    text = _REPLACED.sub(lambda match: _REPLACEMENTS[match[0]], text)
    text = _SPACE_RUN.sub(" ", unicodedata.normalize("NFC", nested_items(text)))
    marks = row_marks(text)
    lines: list[str] = []
    trailing: list[bool] = []
    for raw in text.split("\n"):
        line = raw.strip(" ")
        if line[:1] >= _FIRST_PICTOGRAPH:  # most lines start below the pictographs
            line = _ARROW.sub("◦ ", line, count=1)
            line = _PICTOGRAPH_BULLET.sub("• ", line, count=1)
            line = _CIRCLED_NUMBERS.sub("• ", line, count=1)
        if line and line[0] in _BULLET_STARTS and not (line[0] in marks and line[1:2] == " "):
            line = _NUMBER_IN_PARENTHESES.sub(r"\1) ", line, count=1)
            line = _SUB_BULLET.sub("◦ ", line, count=1)
            line = _LONE_BULLET.sub("•", _BULLET.sub("• ", line, count=1))
        if not line and (not lines or not lines[-1]):
            continue  # leading blank lines and runs of blank lines
        lines.append(line)
        trailing.append(raw.endswith(" "))
    while lines and not lines[-1]:
        lines.pop()
        trailing.pop()
    lines, trailing = _ruled_rows(*_continued_rows(*_unframed(lines, trailing)))
    return _cells_as_rows(_items_without_parent(lines), trailing)


# A shape that marks a row between its time and its text: "18.15  ▶  Vid skolan: ...".
_ROW_MARK = re.compile(r"(?<=\S)[ \t]+([\u25a0-\u25ff])[ \t]+(?=\S)")


def row_marks(text: str) -> set[str]:
    """The shapes that mark two rows or more within their lines ("17.30 ○ Samling",
    "18.15 ▶ Vid skolan: ..."): at a line's start, as in the legend that says what each
    means ("▶ insats som ingår i medborgarlöftet"), such a shape is that mark, no bullet."""
    if not _ROW_MARK.search(text):  # most texts have none
        return set()
    counts = Counter(mark[1] for line in text.split("\n") for mark in _ROW_MARK.finditer(line))
    return {mark for mark, count in counts.items() if count >= 2}


# A line of a table framed with "|" at both ends, as Markdown and plain-text exports draw
# it: "| Löfte | Klart? | Kommentar |", its rules "|------|-----|".
_FRAMED = re.compile(r"^\|[^|]*\|.*\|$")
_FRAMED_RULE = re.compile(r"[-=:]{3,}(?:\s*\|\s*[-=:]{3,})+")


def _unframed(lines: list[str], trailing: list[bool]) -> tuple[list[str], list[bool]]:
    """A framed table's lines without their frame, its rules drawn as "-----+-----" so that
    the rows between them are read as one row each, cell by cell; Markdown's one rule
    under the head goes."""
    framed = [bool(line.startswith("|") and _FRAMED.match(line)) for line in lines]
    if sum(framed) < 2:
        return lines, trailing
    unframed: list[str] = []
    spaces: list[bool] = []
    for at, (line, space) in enumerate(zip(lines, trailing, strict=True)):
        if framed[at]:
            inner = line[1:-1].strip()
            cells = [cell.strip() for cell in inner.split("|")]
            if not _FRAMED_RULE.fullmatch(inner):
                line = " | ".join(cells)
            elif _under_head_only(lines, framed, at):
                continue  # Markdown's rule under the head: each line below is a row
            else:
                line = "+".join(cells)
        unframed.append(line)
        spaces.append(space)
    return unframed, spaces


def _under_head_only(lines: list[str], framed: list[bool], at: int) -> bool:
    """Whether the framed rule at `at` stands under the table's head and no other rule
    follows in the table, as Markdown draws one (each row a line of its own)."""
    if not (at >= 1 and framed[at - 1] and (at < 2 or not framed[at - 2])):
        return False
    end = at + 1
    while end < len(lines) and framed[end]:
        if _FRAMED_RULE.fullmatch(lines[end][1:-1].strip()):
            return False
        end += 1
    return True


def _continued_rows(lines: list[str], trailing: list[bool]) -> tuple[list[str], list[bool]]:
    """A table's row whose cells wrap onto the next line, which starts with an empty first
    cell ("| Kvänum och Vedum ... | | | utandningsprov ..."), has nothing but its first
    ("Rydsnäs och Svinhult | | |"), or goes on in lower case in two columns side by side
    ("Trafikkontroller vid infarten en | ✔ 12 av 12" / "gång i månaden | 181 förare"), as
    one row: each cell goes on with the words under it."""
    rows: list[str] = []
    spaces: list[bool] = []
    for line, space in zip(lines, trailing, strict=True):
        above = rows[-1].split("|") if "|" in line and rows and " | " in rows[-1] else []
        cells = line.split("|") if above else []
        goes_on = bool(cells) and (
            not cells[0].strip() or not any(cell.strip() for cell in cells[1:])
        )
        side_by_side = (
            len(cells) == len(above) == 2
            and cells[0].strip()[:1].islower()
            and not above[0].rstrip().endswith((".", ":", "!", "?"))
        )
        # ... or a word or two in each of three or more columns, as titles under names wrap
        # ("Kommunstyrelsens | Lokalpolisområdes- | Verkställande" / "ordförande | chef |
        # direktör")
        # ... where a title's organisation may start under the last ("Förbundschef" /
        # "Västerbergslagens")
        words_each = (
            len(cells) == len(above) >= 3
            and all(len(cell.split()) <= 2 for cell in cells)
            and all(cell.strip()[:1].islower() for cell in cells[:-1])
        )
        # ... or in the right one of two columns side by side ("| 11. Klart.")
        right_only = len(cells) == len(above) == 2 and not cells[0].strip()
        if (
            (goes_on and len(cells) == len(above) and len(cells) >= 3)
            or side_by_side
            or words_each
            or right_only
        ):
            rows[-1] = " | ".join(_cell_goes_on(a, b) for a, b in zip(above, cells, strict=True))
            continue
        rows.append(line)
        spaces.append(space)
    return rows, spaces


def _cell_goes_on(cell: str, under: str) -> str:
    """A cell with the words under it: "Lokalpolisområdes-" and "chef" join as one word,
    "fredags-" and "och lördagskvällar" stay apart."""
    cell, under = cell.strip(), under.strip()
    if cell.endswith("-") and under[:1].islower() and not under.startswith(("och ", "eller ")):
        return cell[:-1] + under
    return f"{cell} {under}".strip()


# Where a table drawn in plain text crosses its rules: "-----+------+-----".
_GRID_RULE = re.compile(r"^[-=]{3,}(?:\+[-=]{3,})+$")


def _ruled_rows(lines: list[str], trailing: list[bool]) -> tuple[list[str], list[bool]]:
    """The rows of a table drawn with rules between them ("----+----"), whose cells wrap
    over the lines from one rule to the next, each as one line of cells; the rules go."""
    if not any(line[:3] in ("---", "===") and "+" in line for line in lines):
        return lines, trailing
    rows: list[str] = []
    spaces: list[bool] = []
    row: list[str] | None = None  # the lines of the row being read, after a rule

    def close() -> None:
        if row:
            rows.append(_column_by_column(row))
            spaces.append(False)

    for line, space in zip(lines, trailing, strict=True):
        if _GRID_RULE.match(line):
            close()
            row = []
        elif row is not None and "|" in line:
            row.append(line)
        else:
            close()
            row = None
            rows.append(line)
            spaces.append(space)
    close()
    return rows, spaces


def _column_by_column(lines: list[str]) -> str:
    cells = [[cell.strip() for cell in line.split("|")] for line in lines]
    width = max(len(row) for row in cells)
    columns = [
        " ".join(row[at] for row in cells if at < len(row) and row[at]) for at in range(width)
    ]
    return " | ".join(columns).rstrip(" ")


def _items_without_parent(lines: list[str]) -> list[str]:
    """Items under an item ("◦ ") with no item above them to belong to, as "• " items.

    A list copied from Word whose first level uses "o" bullets, or one given "◦" by its
    author, is a list of its own; an item belongs to the item above it when no paragraph
    or heading stands between them (blank lines and an item's wrapped lines may).
    """
    under_item = False  # the last paragraph or heading is a list item or its lines
    promoted = False  # the run of "◦" items being read has no parent
    blank = True
    for at, line in enumerate(lines):
        if line.startswith("◦ "):
            promoted = promoted or not under_item
            if promoted:
                lines[at] = "• " + line[2:]
        elif _LIST_ITEM.match(line):
            under_item, promoted = True, False
        elif line and blank:
            under_item = promoted = False
        blank = not line
    return lines


def _column_count(lines: list[str], at: int) -> int:
    """How many lines from `at` form the head of a table given one cell per line: three to
    eight short capitalised lines, two of them column names; 0 when they do not."""
    count = 0
    while at + count < len(lines) and count < 8:
        line = lines[at + count]
        if not (line[:1].isupper() and len(line) <= 25 and len(line.split()) <= 3):
            break
        count += 1
    known = [i for i, line in enumerate(lines[at : at + count]) if line.lower() in _COLUMN_NAMES]
    # the head ends with its last column name: a short first cell may follow it
    count = known[-1] + 1 if known else 0
    return count if count >= 3 and len(known) >= 2 else 0


# Who does it, in the column after what is done: "Polisen", "Kommunen, tekniska avdelningen".
_OWNER_COLUMNS = frozenset(("ansvarig", "ansvar", "vem", "ansvarig part", "utförare"))
_OWNER_CELL = re.compile(
    r"^(?:Polis\w*|Kommun\w*|Lokalpolis\w*|Parterna|Gemensamt|Båda\b|Region\w*|"
    r"Räddningstjänst\w*|Socialtjänst\w*|[A-ZÅÄÖ][\w-]+ (?:kommun|stad)\b)"
)


def _table_rows(cells: list[str], columns: int) -> list[str] | None:
    """A table's head and rows from its cells one per line, or None if they do not fit.

    The first column's cells may wrap over several lines where the second says who does
    it ("Polisen"), which tells where each row's first cell ends; else every cell is a line.
    """
    head, body = cells[:columns], cells[columns:]
    anchored = _anchored_rows(body, columns) if head[1].lower() in _OWNER_COLUMNS else None
    if anchored:
        return [" | ".join(head), *anchored]
    if len(body) % columns:
        # a cell that goes on on the next line in lower case ("Trygghetsvandringar i
        # Alstermo" / "och Norrhult")
        joined: list[str] = []
        for line in body:
            if joined and line[:1].islower():
                joined[-1] = f"{joined[-1]} {line}"
            else:
                joined.append(line)
        body = joined
    if len(body) % columns == 0:
        rows = [head, *(body[at : at + columns] for at in range(0, len(body), columns))]
        return [" | ".join(row) for row in rows]
    return None


def _anchored_rows(body: list[str], columns: int) -> list[str] | None:
    """Rows whose first cell ends where the cell of who does it starts."""
    rows: list[str] = []
    at = 0
    while at < len(body):
        owner = next((i for i in range(at + 1, len(body)) if _OWNER_CELL.match(body[i])), None)
        rest = body[owner : owner + columns - 1] if owner is not None else []
        if owner is None or len(rest) < columns - 1 or len(body[owner].split()) > 6:
            return None
        rows.append(" | ".join([" ".join(body[at:owner]), *rest]))
        at = owner + columns - 1
    return rows


def _numbered_rows(cells: list[str], columns: int) -> tuple[list[str], int] | None:
    """A table whose rows a PDF gave one cell per line under "Nr | Löfte | Vem | När",
    each row opening with its number ("1", "2", ...): what is done wraps over the lines up
    to who does it, and a later cell over lines that go on in lower case ("April–oktober,
    minst en" / "gång i månaden"). The head and rows, and how many lines they took."""
    head = cells[:columns]
    owner = next((i for i, cell in enumerate(head) if cell.lower() in _OWNER_COLUMNS), 0)
    if head[0].lower() not in ("nr", "nr.", "#") or owner != 2:
        return None
    rows = [" | ".join(head)]
    at = columns
    while at < len(cells) and cells[at] == str(len(rows)):
        who = next(
            (i for i in range(at + 2, min(len(cells), at + 8)) if _OWNER_CELL.match(cells[i])),
            None,
        )
        if who is None or len(cells[who].split()) > 6:
            return None
        row = [cells[at], " ".join(cells[at + 1 : who]), cells[who]]
        at = who + 1
        while len(row) < columns and at < len(cells):
            row.append(cells[at])
            at += 1
            while at < len(cells) and cells[at][:1].islower():
                row[-1] = f"{row[-1]} {cells[at]}"
                at += 1
        if len(row) < columns:
            return None
        rows.append(" | ".join(row))
    return (rows, at) if len(rows) >= 3 else None


def _rows_between_blanks(
    lines: list[str], at: int, columns: int
) -> tuple[list[str], list[str], int] | None:
    """A table's rows after its head, each as many lines as it has columns, with a blank
    line between them; a line alone between two rows (a page's footer) is set aside. The
    rows, the lines set aside and where the table ends; None for fewer than two rows."""
    rows: list[str] = []
    asides: list[str] = []
    width = wrap_width(lines)
    while True:
        start = at
        while start < len(lines) and not lines[start]:
            start += 1
        end = start
        while end < len(lines) and lines[end]:
            end += 1
        group = _unwrapped_cells(lines[start:end], columns, width)
        if len(group) == columns:
            rows.append(" | ".join(group))
        elif len(group) == 1 and rows and _row_follows(lines, end, columns):
            asides.append(group[0])
        else:
            break
        at = end
    return (rows, asides, at) if len(rows) >= 2 else None


def _row_follows(lines: list[str], at: int, columns: int) -> bool:
    """Whether the next lines after blank ones are a row of as many cells as columns."""
    while at < len(lines) and not lines[at]:
        at += 1
    end = at
    while end < len(lines) and lines[end]:
        end += 1
    return len(_unwrapped_cells(lines[at:end], columns, wrap_width(lines))) == columns


def _unwrapped_cells(group: list[str], columns: int, width: int) -> list[str]:
    """A row's lines as its cells: where it has more lines than the table has columns, a
    cell the text wrapped goes on in the lines after it."""
    if len(group) <= columns:
        return group
    cells = group[:1]
    for previous, line in itertools.pairwise(group):
        if wrapped(previous, line, width):
            cells[-1] = join_wrapped_line(cells[-1], line)
        else:
            cells.append(line)
    return cells


def _starts_table(line: str) -> bool:
    return not line or bool(TABLE_CAPTION.match(line))


# A table's caption: "Tabell 1. Åtgärder", "Tab. 2".
TABLE_CAPTION = re.compile(r"^(?:tabell|tab\.)\s*\d{1,2}\b", re.IGNORECASE)


def _cells_as_rows(lines: list[str], trailing: list[bool]) -> tuple[list[str], list[bool]]:
    """A table given one cell per line, with its cells joined into rows between " | "."""
    rows: list[str] = []
    spaces: list[bool] = []
    at = 0
    while at < len(lines):
        # a table starts after a blank line or its caption ("Tabell 1. Åtgärder")
        columns = _column_count(lines, at) if not rows or _starts_table(rows[-1]) else 0
        end = at + columns
        while end < len(lines) and lines[end]:
            end += 1
        numbered = _numbered_rows(lines[at:end], columns) if columns else None
        table: list[str] | None = None
        if numbered:  # its rows say where the table ends, which no blank line may
            table, end = numbered[0], at + numbered[1]
        elif columns and end - at > columns:
            table = _table_rows(lines[at:end], columns)
        if table:
            rows += table
            spaces += [False] * len(table)
            at = end
            continue
        spaced = (
            _rows_between_blanks(lines, end, columns) if columns and end == at + columns else None
        )
        if spaced:
            body, asides, end = spaced
            table = [" | ".join(lines[at : at + columns]), *body]
            # a page's footer between two rows goes after the table, which stays whole
            for line in [*table, "", *asides] if asides else table:
                rows.append(line)
                spaces.append(False)
            at = end
            continue
        rows.append(lines[at])
        spaces.append(trailing[at])
        at += 1
    return rows, spaces


def normalise(text: str) -> str:
    """Whitespace-normalised, de-hyphenated text with its lines and paragraphs kept.

    - Words broken at a line end with a hyphen (also a non-breaking or soft hyphen) are
      joined ("brottslig-" / "heten" -> "brottsligheten"); suspended compounds keep their
      hyphen ("trygghets-" / "och brottsförebyggande" -> "trygghets- och
      brottsförebyggande"), and so do abbreviations, numbers and hyphenated dictionary
      words ("A-traktorer", "EST-händelse", "2021-2024").
    - A line break without a hyphen is joined when the dictionary knows the joined word
      and the halves are not both words, or the layout shows the break is inside a word.
    - "brottslig- heten" within a line is joined as by `dehyphenate_inline`.
    - An e-mail's quotation loses its ">" marks: the whole text quoted, or a run of quoted
      lines with an empty quoted line or a quoted list in it.
    - Bullets at a line start (•, ·, ▪, -, en and em dash, *, > and the single
      guillemet) become "• ", and hollow ones (o followed by a space or tab, ◦, ○) "◦ ",
      an item under the item above; a run of hollow items with no item above it to
      belong to becomes "• " items.
      Numbered items ("1. ") stay as they are; "(1) " becomes "1) "; a number alone on
      its line over a line in lower case numbers that line ("1" / "öka närvaron" -> "1.
      öka närvaron"), as a PDF viewer copies a list.
    - A line of three or more cells between tabs (a table copied from Word or a
      spreadsheet) becomes cells between " | ", and so do two or more lines in a row of
      three or more cells between runs of three or more spaces (the same table as plain
      text), two or more lines in a row of two short cells between six or more spaces
      (signatures side by side), and a table a PDF gave one cell per line (after a blank
      line or a caption "Tabell 1", a head of three to eight short column names such as
      "Aktivitet" and "Ansvarig", then rows of as many lines up to a blank line, or with a
      blank line after each row, when a line alone between rows, a page's footer, goes
      after the table; where the second column says who does it, each row's first cell
      may wrap over lines, and else a cell may go on on the next line in lower case; under
      "Nr | Löfte | Vem | När" each row opens with its number, and the last row's cells
      end the table where no blank line does).
    - A row of a table drawn with "|" whose cells wrap onto the next line, which starts
      with "|" (an empty first cell), is one row; the spaces that pad a cell beside a "|"
      are no gap between columns.
    - A table ruled between its rows ("-----+-----"), whose cells wrap over the lines from
      one rule to the next, has each row on one line, cell by cell; its rules go.
    - A pictograph that starts a line ("🚓 Vi gör ...", as social-media posts list) is a
      bullet, and so are a map's circled place numbers ("① Polisen ...", "③⑦ ...").
    - A question alone on its line ("Vad?", "Vem?", "När?") labels the line under it
      ("Vad: ..."), and a thread's post number ("2/5 ", with a pictograph after it or
      not) is a bullet.
    - A transcript's turns lose when and who speaks ("[00:04:37] ERIK SANDAHL: ").
    - A text marked up in Markdown (two or more "#" headings or "**" emphases) loses the
      markup: heading hashes, emphasis, "> " quotes, rules and link targets; a footnote
      mark after a word ("bedrägerikort²") goes.
    - Other tabs and runs of spaces become one space, lines lose leading and trailing spaces,
      non-breaking spaces become spaces, zero-width characters go, runs of blank lines
      become one, and the text is in Unicode NFC.

    Idempotent: normalising the result again changes nothing.
    """
    lines, trailing = _clean_lines(text)
    if _wraps_keep_trailing_space(lines, trailing):
        tight = [not has_space for has_space in trailing]
    else:
        tight = [False] * len(lines)
    while True:
        changed = [_dehyphenate_spaced(line) for line in _join_lines(lines, tight)]
        if changed == lines:
            result = "\n".join(lines)
            # A later step may make what an earlier one reads: Markdown once spaces are
            # gone ("#  ****" -> "# ****"), a rule once hyphens are one and invisible
            # characters gone (hyphens of three kinds and a zero-width space -> "-----").
            # Once more, then.
            if _RULE_LINE.search(result) or _without_markdown(result) != result:
                return normalise(result)
            return result
        # Every change removes characters, so this ends; later rounds see the text as a
        # second call would, without the trailing spaces.
        lines = changed
        tight = [False] * len(lines)


def _in_capitals(line: str) -> bool:
    letters = [character for character in line if character.isalpha()]
    return len(letters) >= 3 and not any(character.islower() for character in letters)


def _ordinary_word(word: str, *, first: bool) -> str:
    lower = word.lower()
    if len(lower) != len(word):  # keep every offset into the text where it was
        return word
    if _is_word(lower):
        return lower.capitalize() if first else lower
    return word if len(word) <= _ACRONYM_LENGTH else lower.capitalize()


def _ordinary_line(line: str, *, starts_sentence: bool) -> str:
    def word(match: re.Match[str]) -> str:
        before = line[: match.start()].rstrip(" •")
        first = not _WORD_TOKEN.search(before) and starts_sentence
        return _ordinary_word(match[0], first=first or before.endswith((".", "!", "?")))

    return _WORD_TOKEN.sub(word, line)


def ordinary_case(text: str) -> str:
    """A text set mostly in capitals, in ordinary case; any other text as it is.

    A poster or flyer ("POLISEN PATRULLERAR PÅ / SMÖGENBRYGGAN / VARJE FREDAG") reads as
    sentences: a word the dictionary knows is in lower case, or capitalised where a
    sentence, line or item starts; a word it does not know is a name ("Smögenbryggan") or,
    when short, an acronym ("BRÅ"). A line in capitals that goes on from the line above
    (no blank line, no full stop, colon or bullet between) joins it. Every character
    keeps its offset, so spans into the text stay true.
    """
    if 2 * len(_LOWER_CASE_LINE.findall(text)) >= len(_LETTERED_LINE.findall(text)):
        return text  # at most half of its lines are without lower case: the usual text
    lines = text.split("\n")
    lettered = [line for line in lines if any(character.isalpha() for character in line)]
    if not lettered or sum(map(_in_capitals, lettered)) <= _CAPITALS_SHARE * len(lettered):
        return text
    result: list[str] = []
    for index, line in enumerate(lines):
        above = lines[index - 1].strip() if index else ""
        if not _in_capitals(line):
            result.append(line)
            continue
        goes_on = (
            bool(above)
            and _in_capitals(above)
            and not above.endswith(_SENTENCE_END)
            and not line.startswith("• ")
        )
        ordinary = _ordinary_line(line, starts_sentence=not goes_on)
        if goes_on:
            result[-1] += " " + ordinary
        else:
            result.append(ordinary)
    return "\n".join(result)
