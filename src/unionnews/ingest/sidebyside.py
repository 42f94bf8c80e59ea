"""Read a page whose two columns are printed side by side as its left column, then its right one.

Why a module of its own: ``pdftotext -layout`` and OCR engines' "keep layout" text print each line of
a two-column page as a line of the left column, a gutter of spaces, then the line of the right column at
the same character position, so two stories (or two parts of one) are interleaved line by line.  Every
later stage reads a line as one printed line of one column: left so, the importer joins halves of two
stories into one paragraph.  This is a page-level reading at the door, where the other whitespace and
character fixes of :mod:`~unionnews.ingest.decode` are.

Line numbers: the reading keeps the left column at the file's own line numbers (1 to N) and puts the
right column after it, as lines N+1 to 2N: line N+k of the reading is the right half of file line k.
The import gives each article's provenance in the file's lines again (``ingest._to_file_rows``), so it
points into the page text as published; review reasons keep the reading's numbers.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

# a gutter: a run of two or more spaces, or one holding a tab
_GUTTER = re.compile(r"[ \t]*\t[ \t]*| {2,}")
# marks of running text (a sentence's or a clause's end, full width or half width): a table's cells or a
# letter-spaced headline hold few of them, a column of running text many
RUNNING = re.compile(r"[。，；！？、]|[,;!?](?!\d)")
_MIN_ROWS = 4  # rows of the right column: fewer is a few lines of a table, unless the page is that short
MIN_MARKS = 3  # running-text marks the two columns must hold, one at least in each
_MIN_WIDTH = 5  # printed characters: narrower than any newspaper column's line set beside another by tabs
_MIN_PADDED = 3  # printed characters: a sidebar's narrowest column, where spaces alone pad the lines to the gutter
# a gap no line of one column prints: eight spaces or more (a pad to the other column), or two tabs
_WIDE_GAP = re.compile(r"\S(?:[ \t]* {8,}[ \t]*|[ \t]*\t[ \t]*\t[ \t]*)\S")
_PAD = 8  # display columns of a gap no line of one column prints: the pad to the other column


def display_width(text: str, tab: int = 8) -> int:
    """Columns ``text`` takes in a monospaced layout, as pdftotext counts them: a wide or full-width
    character two, a tab to the next multiple of ``tab``, any other character one."""
    col = 0
    for ch in text:
        if ch == "\t":
            col += tab - col % tab
        else:
            col += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return col


def _gutters(line: str, tab: int = 8) -> list[tuple[int, int, int]]:
    """Each whitespace run of ``line`` that could be a gutter, with text after it: (start, end, the display
    column where the text after it begins)."""
    return [(m.start(), m.end(), display_width(line[:m.end()], tab)) for m in _GUTTER.finditer(line)
            if m.end() < len(line)]


def _right_column(lines: list[str], tab: int = 8) -> int | None:
    """The display column most gutters of the page end at, where text stands on both sides (one column
    to either side counts: a wide character of the left column may push the pad one over)."""
    ends: Counter = Counter()
    for line in lines:
        for start, _end, col in _gutters(line, tab):
            if line[:start].strip():
                ends[col] += 1
    if not ends:
        return None
    return max(ends, key=lambda col: (ends[col - 1] + ends[col] + ends[col + 1], ends[col]))


def _split(line: str, column: int, tab: int = 8) -> tuple[str, str] | None:
    """``line`` as its left and right part at the gutter ending at ``column`` (±1); the line whole as the
    left part when its text ends short of the gutter; None when its text runs across it (no two columns)."""
    if not line.strip():
        return "", ""
    for start, end, col in _gutters(line, tab):
        if abs(col - column) <= 1:
            return line[:start], line[end:]
    if display_width(line.rstrip(), tab) <= column - 2:
        return line.rstrip(), ""
    return None


def side_by_side(lines: list[str], tab: int = 8) -> int | None:
    """The display column the right column begins at when ``lines`` print two columns side by side, else None.

    A page is two columns side by side when every printed line either has a gutter (two or more spaces,
    or a tab) ending at one display column, or ends short of it, or holds only the right column there;
    at least one line has text on both sides of it and another either so or the right column's alone,
    indented to it (the left column's blank lines between paragraphs fall beside the right one's text);
    the right column has four rows or more (on a page of fewer printed lines, all but one: a short page
    of two stories side by side; or three, two of them beside the left column's text: a short page whose
    columns' blank lines fall apart; or two, one of them beside the left column's text and padded to the gutter
    by eight columns or more: a short story's headline and lead beside a longer one);
    and each column holds running text (a sentence or clause mark, three or more in the two).  The left column's
    lines beside the right one are a column's lines: half of them hold five printed characters or more (a page
    whose glyphs are each parted by a tab has a "gutter" after every glyph or few, at every tab stop); on a page
    padded with spaces alone, three will do (a sidebar of three to five characters a line beside a photo: the pad
    to one column after every line says what tab stops cannot).  A table of
    two columns fails the last test (its cells are names and figures), letter-spaced headlines and wide
    word gaps the first (their gaps fall at columns of their own, and a line of text runs across the one
    most share).

    ``tab``: the columns a tab takes.  A viewer sets it to eight, but a file padded by a tool that counts a tab
    as one column, as it counts any narrow character (a margin's tab before each column's lines, a tab a ragged
    line ends on), lines up only so: read at eight, a row of the right column alone stood off its gutter and
    the two stories were read as one column, their halves run together (:func:`read_columns` tries eight, then
    one)."""
    printed = [line for line in lines if line.strip()]
    column = _right_column(printed, tab)
    if column is None:
        return None
    parts = [_split(line, column, tab) for line in printed]
    if any(part is None for part in parts):
        return None
    both = sum(1 for left, right in parts if left.strip() and right.strip())
    at_gutter = sum(1 for _, right in parts if right.strip())  # the right column's rows
    # rows of the right column alone, indented to it: where the left one has a blank line between paragraphs
    alone = sum(1 for line, (left, right) in zip(printed, parts) if right.strip() and not left.strip()
                and abs(display_width(line[:len(line) - len(line.lstrip())], tab) - column) <= 1)
    # a row whose gap at the gutter is a pad (eight columns or more): no line of one column is so spaced
    padded = any(abs(col - column) <= 1 and line[:start].strip() and col - display_width(line[:start], tab) >= _PAD
                 for line in printed for start, _end, col in _gutters(line, tab))
    few_rows = at_gutter < min(_MIN_ROWS, len(printed) - 1) \
        and not (both >= 2 and at_gutter >= 3 or padded and at_gutter >= 2)
    if not both or both + alone < 2 or few_rows:
        return None
    lefts = sorted(len("".join(left.split())) for left, right in parts if left.strip() and right.strip())
    if lefts[len(lefts) // 2] < (_MIN_WIDTH if any("\t" in line for line in printed) else _MIN_PADDED):
        return None
    left_marks = sum(len(RUNNING.findall(left)) for left, _ in parts)
    right_marks = sum(len(RUNNING.findall(right)) for _, right in parts)
    return column if min(left_marks, right_marks) >= 1 and left_marks + right_marks >= MIN_MARKS else None


def read_columns(lines: list[str]) -> tuple[list[str], int | None]:
    """The page's lines read as its left column then its right column when they print two columns side by
    side (:func:`side_by_side`), and the display column the right one began at (None: the lines as they
    were).  Every printed character is kept; only the padding and the gutter go.  The reading has twice
    the file's lines: the left column at the file's line numbers, then the right column's, line N+k
    holding the right half of file line k."""
    column, tab = side_by_side(lines), 8
    if column is None:
        column, tab = side_by_side(lines, tab=1), 1
    if column is None:
        return lines, None
    tabbed = _tab_gutters(lines, column, tab)
    left, right = [], []
    for line in lines:
        a, b = _split(line, column, tab) or (line, "")
        if tabbed and not b and (cut := _INNER_TAB.search(a.rstrip())):
            a, b = a[:cut.start()], a[cut.end():]  # a short left line's tab stops short of the gutter
        left.append(a.rstrip())
        right.append(b)
    return left + right, column


_INNER_TAB = re.compile(r"(?<=\S)[ \t]*\t[ \t]*(?=\S)")


def _tab_gutters(lines: list[str], column: int, tab: int) -> bool:
    """Does every row that holds both columns part them with a tab at the gutter?

    Why: an engine or a converter that writes a row of two columns as its left line, a tab and its right line
    pads nothing.  Where the left line is short (a paragraph's last), its tab stops short of the gutter, and the
    row read as the left column's line alone ran the right column's words into it (…企业。 举办).  No column's own
    line holds a tab where every gutter is one."""
    cuts = [line[start:end] for line in lines for start, end, col in _gutters(line, tab)
            if abs(col - column) <= 1 and line[:start].strip()]
    return len(cuts) >= 2 and all("\t" in cut for cut in cuts)


def wide_gaps(lines: list[str]) -> list[int]:
    """The lines (1-based) that hold text on both sides of a gap of eight spaces or two tabs, on a page not
    read as two columns side by side.

    Why: a page too short or too ragged for :func:`side_by_side` (a right column of two rows, a left one
    whose paragraphs run past the gutter) may still print two columns' lines on one row, and read as one
    line the two halves run two stories together.  Which half belongs where no text rule tells, so the
    line is kept as it is and the articles holding it say so in review.  No single column pads a line so:
    justified lines, box cuts and word spaces leave one to three spaces."""
    return [n for n, line in enumerate(lines, start=1) if _WIDE_GAP.search(line.strip())]
