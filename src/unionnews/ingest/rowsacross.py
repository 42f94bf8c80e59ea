"""Read a page whose two columns an engine read straight across each row as its left column, then its right one.

Why a module of its own: Tesseract with one uniform block (``--psm 6``) and phone scanner apps print each row of a
two-column page as one line, the left column's printed line, a space or a tab, the right one's, with no padding to
a gutter (:mod:`~unionnews.ingest.sidebyside` reads the padded form).  Which gap parts a row, and which column a
line alone on its row goes with, takes rules of its own about column widths, credits and sentence ends; the reading
keeps :mod:`~unionnews.ingest.sidebyside`'s line numbers (the left column at the file's, then the right one's).
"""
from __future__ import annotations

import re
from collections import Counter

from unionnews.ingest.sidebyside import MIN_MARKS, RUNNING, display_width

_ROW_GAP = re.compile(r"[ \t\u3000]+")
_ROW_LEAD = re.compile(r"^[ \t\u3000]*(?:#{1,6}[ \t]+|>>[ \t]*)?[ \t\u3000]*")
_LABEL = re.compile(r">>[^<>\n]*<<")
_ROW_MARKUP = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+)?")
_MARKUP_END = re.compile(r"(?:^|\s)#{1,6}$")  # a heading's markup the right half opens on (…举办\t## 《匠心…)
_HALF_MARKS = set(",;:?!()\"'")
_ROWS_MIN = 8  # rows with text on both sides of the gap: fewer is a few lines of a list or a table
_SENTENCE_END = set("。！？!?…”")


def _measure(text: str) -> int:
    """Display columns ``text`` takes in print: a wide character two, and so an ASCII form of a mark a Chinese column
    sets full width (, ; : ? ! ( ) " ': the engine's reading of it), any other character one."""
    return display_width(text, 1) + sum(1 for ch in text if ch in _HALF_MARKS)


def _row_gaps(line: str) -> list[tuple[int, int, int]]:
    """Each whitespace run inside ``line``'s text (not its indent, not after heading markup): (start, end, the
    display column the text before it ends at, heading markup not counted: it is the engine's, not the column's)."""
    body = line.rstrip()
    lead = _ROW_LEAD.match(body).end()
    markup = _ROW_MARKUP.match(body).end()
    labels = [m.span() for m in _LABEL.finditer(body)]  # a column label's own spaces (>> 他山之石 <<)
    return [(m.start(), m.end(), _measure(body[markup:m.start()])) for m in _ROW_GAP.finditer(body, lead)
            if not any(a < m.start() < b for a, b in labels) and not _MARKUP_END.search(body[:m.start()])]


def _at_column(col: int, column: int) -> bool:
    """Does a left half ending at display column ``col`` fill the column ``column`` wide?  A few half-width digits
    or letters end it up to four columns short, a hung mark two past."""
    return column - 4 <= col <= column + 2


def _gap_at(line: str, found: list[tuple[int, int, int]], column: int, chars: bool) -> tuple[int, int, int] | None:
    """The first gap of ``line`` (of those ``found``) whose left half ends at ``column`` in display width, or
    (``chars``) fills it counted a character a cell (:func:`_fill`: a half-width page's digits and marks make display
    widths differ from line to line where the characters a line holds do not)."""
    return next((g for g in found if _at_column(g[2], column) or chars and _fill(line[:g[0]], column) <= 1), None)


def _short_column(printed: list[str], gaps: list[list[tuple[int, int, int]]]) -> int:
    """The column a short page's rows part at: the one most lines hold a gap at (:func:`_gap_at`, counted in
    characters too), the widest of those as often held: a full line ends at the column's edge, a short last line
    anywhere before it."""
    candidates = {col for found in gaps for _, _, col in found}
    candidates |= {2 * len(_ROW_MARKUP.sub("", line[:start], count=1).strip())
                   for line, found in zip(printed, gaps) for start, _, _ in found}
    return max(candidates, key=lambda col: (sum(1 for line, found in zip(printed, gaps)
                                                if _gap_at(line, found, col, True) or _right_full(line, found, col)),
                                            col))


def _right_full(line: str, found: list[tuple[int, int, int]], column: int) -> tuple[int, int, int] | None:
    """The first gap of ``line`` (of those ``found``) after a left half short of ``column`` whose right half alone
    fills a line ``column`` wide: a headline's or a paragraph's last line of the left column beside a full line of the
    right one (the columns are one width).  No single column's line holds a word space with a full line after it."""
    return next((g for g in found if g[2] < column - 4 and _fill(line[g[1]:], column) <= 2), None)


def _two_wide(printed: list[str]) -> list[tuple[str, list]]:
    """The rows of a page of four lines or fewer two of which part at one gap no word space is (two spaces or more, a
    tab), the others holding none: two short stories' headlines and first lines side by side, the rest one column's
    lines alone where the other ended (no left half need reach the column's edge there); else none."""
    found = [(line, _row_gaps(line)) for line in printed]
    rows = [(line, gaps) for line, gaps in found if gaps]
    if len(printed) > 4 or len(rows) != 2 or any(len(gaps) != 1 or line[gaps[0][0]:gaps[0][1]] == " "
                                                  for line, gaps in rows):
        return []
    return rows


def _short_rows(rows: list[tuple[str, list]], printed: list[str], column: int) -> bool:
    """Is a page of fewer rows than :data:`_ROWS_MIN` still two columns read across: three rows or more parted at
    the column (two where every line with a gap holds one: the other rows a short last line beside the other column's),
    three lines or more and half the printed lines holding a gap (the rest one column's lines alone, where the other
    ended; on a page of four lines or fewer, :func:`_two_wide`), and running text (a sentence or clause mark) on both
    sides of the gap, three marks or more in all?  A short story or two set side by side so: a single column's lines
    hold a word space at one place on every line only in a list or a table, whose cells hold no running text."""
    gapped = [found for found in (_row_gaps(line) for line in printed) if found]
    if len(gapped) < max(3, 0.5 * len(printed)) or len(rows) < 3 and not (
            len(rows) == 2 and all(len(found) == 1 for found in gapped)):
        if not _two_wide(printed):
            return False
    halves = [(line[:found[0][0]], line[found[0][1]:]) for line, found in rows]
    marks = [sum(len(RUNNING.findall(half[side])) for half in halves) for side in (0, 1)]
    return min(marks) >= 1 and sum(marks) >= MIN_MARKS


def _row_width(lines: list[str]) -> int | None:
    """The display column where the rows' left half ends when ``lines`` are two columns read straight across
    (:func:`rows_across`): the one most rows part at (:func:`_voted_width`), or on a short page the one a row too wide
    for one column parts at (:func:`_wide_row`); else None."""
    printed = [line for line in lines if line.strip()]
    column = _voted_width(lines)
    if column is None and len(printed) < 2 * _ROWS_MIN:
        column = _wide_row(printed)
    return column


def _broken_width(printed: list[str], gaps: list[list[tuple[int, int, int]]]) -> int:
    """The characters of the widest line holding no gap that the column's edge broke: running text (a sentence or
    clause mark) stopping mid-sentence with another line below it.  No line of one column is wider than the column,
    and such a line, unlike a headline, a paragraph's last line or a page's cut-off end, is as wide as it."""
    return max((len(_ROW_MARKUP.sub("", line, count=1).strip()) for k, (line, found) in enumerate(zip(printed, gaps))
                if not found and k + 1 < len(printed) and RUNNING.search(line)
                and line.rstrip()[-1:] not in _PARA_CLOSE), default=0)


def _wide_row(printed: list[str]) -> int | None:
    """The display column a short page's rows part at when one of its lines is two columns' full lines read across: a
    line parted at a gap into two halves each as wide as the widest line the column's edge broke
    (:func:`_broken_width`) and each stopping mid-sentence, with the next line holding a gap too (both columns go on
    there); else None.

    Why: two short stories set side by side leave too few rows for the column most rows part at to be found, and
    read as one line each row runs the two stories into one sentence.  No single column prints such a line: its
    lines are no wider than its widest broken line, so a line of one column parted at a word space has two halves
    about half that wide, not two each as wide (word-spaced and letter-spaced lines, gaps everywhere, are left)."""
    gaps = [_row_gaps(line) for line in printed]
    width = _broken_width(printed, gaps)
    if width < 4 or sum(1 for found in gaps if len(found) >= 3) > 0.2 * len(printed):
        return None
    cols = [col for k, (line, found) in enumerate(zip(printed, gaps)) if k + 1 < len(printed) and gaps[k + 1]
            for start, end, col in found if _broken_halves(line[:start], line[end:], width)]
    return max(cols, default=None)


def _broken_halves(left: str, right: str, width: int) -> bool:
    """Are ``left`` and ``right`` each a full line of a column ``width`` characters wide (:func:`_full`) that the
    column's edge broke mid-sentence (no paragraph's close at its end)?"""
    return all(_full(half, 2 * width) and half.rstrip()[-1:] not in _PARA_CLOSE for half in (left, right))


def _voted_width(lines: list[str]) -> int | None:
    """The display column where most rows' left half ends when ``lines`` are two columns read straight across
    (:func:`rows_across`), else None."""
    printed = [line for line in lines if line.strip()]
    gaps = [_row_gaps(line) for line in printed]
    ends = Counter(col for found in gaps for _, _, col in found)
    if not ends:
        return None
    column = max(ends, key=lambda col: (ends[col], -col))
    short = len(printed) < 2 * _ROWS_MIN  # a short page: too few rows for one column to be the most often found
    if short:
        column = _short_column(printed, gaps)
    rows = [(line, [gap]) for line, found in zip(printed, gaps)
            if (gap := _gap_at(line, found, column, short) or short and _right_full(line, found, column))]
    if len(rows) < 2 and (wide := _two_wide(printed)):  # no left half at the column's edge: the widest is nearest
        rows, column = wide, max(found[0][2] for _line, found in wide)
    if column < 8 or len(rows) < max(_ROWS_MIN, 0.5 * len(printed)) and not _short_rows(rows, printed, column):
        return None
    if sum(1 for found in gaps if len(found) >= 3) > 0.2 * len(printed):
        return None  # letter-spaced or word-spaced lines: gaps everywhere, one column among many
    rights = [(line[found[0][1]:].strip(), short and line[found[0][0]:found[0][1]] != " ") for line, found in rows]
    # a right half as wide as a column's line, or a paragraph's last line (short, on a sentence's end); on a short page
    # any short one parted by no word space (a tab, two spaces): a column's text cut off where the page ends, or a part
    # the engine read elsewhere, stops anywhere, and only a half cut at a word space is short on no sentence's end
    # for want of a column
    fit = sum(1 for text, wide in rights if _measure(text) <= column + 6
              and (_measure(text) >= 0.5 * column or text[-1:] in _PARA_CLOSE or wide))
    return column if fit >= 0.8 * len(rows) else None


_PARA_CLOSE = set("。！？!?…”」』）)】》\"'")  # a paragraph's last line ends on a sentence's end or a closing mark
_CREDIT = re.compile(r"记者|通讯员|摄影?$|报道$")  # a credit line ends its item
_FULL_MARKS = set("。！？，、；：…”’）」』》】")  # full-width marks: no space follows one in a column
_CREDIT_LABEL = re.compile(r"(?:记者|通讯员|本报讯)$")  # a credit's word, its name after it
_CREDIT_TAIL = re.compile(r"摄(?:影报道)?(?:\s|$)")  # a photo credit's last word, after the names
_CLAUSE = set("，、；：,;:")  # a clause's end: no paragraph ends on one
# a credit's last line: its names alone, words of two to four Han characters parted by word spaces
_NAMES = re.compile(r"[\u4e00-\u9fff]{2,4}(?:[ \t\u3000]+[\u4e00-\u9fff]{2,4})+")
_CREDIT_END = re.compile(r"\s摄(?:影报道)?$")  # a photo credit's last word, after its names
_OPENER = re.compile(r"\s(?:本报讯|>>|#{1,6}\s|本报记者|本报通讯员)")  # an item's opening words: they begin a printed line
_HUNG = set("，。、；：？！）」』》…,.;:?!)\"”")  # marks a line hangs past the column's edge


def _fill(text: str, column: int) -> int:
    """How far ``text`` is from filling a line ``column`` display columns wide, heading markup not counted: by display
    width, or by characters at two columns each (a column set a character a cell, half-width digits and letters and
    word spaces too, as the engine reads them), a last mark hung past the edge or not."""
    text = _ROW_MARKUP.sub("", text, count=1).rstrip()
    if not text:
        return column
    far = min(abs(_measure(text) - column), abs(2 * len(text) - column))
    body = text.rstrip("".join(_HUNG))
    if body != text and len(text) - len(body) <= 2:  # one or two marks hung (》，)
        far = min(far, abs(_measure(body) - column), abs(2 * len(body) - column))
    return far


def _full(text: str, column: int) -> bool:
    """Does ``text`` fill a column line ``column`` wide (:func:`_fill`; a few half-width digits or letters take it four
    columns short)?"""
    return _fill(text, column) <= 4


def _unfinished(text: str, column: int) -> bool:
    """A line short of its column that ends on no sentence's end nor closing mark: a paragraph's last line ends on one,
    so such a line is a headline's, a credit's, or no line of the column at all (a half cut at a word space).  A line of
    names alone (张三 李四) or ending on a photo credit's last word (摄) is a credit's last: it ends its item."""
    text = text.strip()
    names = _NAMES.fullmatch(text) and not _CREDIT.search(text) and "本报" not in text
    return not _full(text, column) and text[-1:] not in _PARA_CLOSE and not names and not _CREDIT_END.search(text)


def _credit_cut(left: str, right: str, column: int) -> bool:
    """Would parting here cut a credit between its word and its name (本报记者 | 张三, 张三 | 摄): a credit's parts
    are set on one line, parted by word spaces, where the line has room (a credit's word where no name of two
    characters fits after it has its name on the next line)."""
    room = _measure(left) + 1 + 4 <= column  # a space and a name of two characters
    return bool(_CREDIT_LABEL.search(left) and room or _CREDIT_TAIL.match(right))


def _opens_inside(text: str) -> bool:
    """Does an item's opening stand after a word space inside ``text``: a dateline (本报讯), a column label (>>),
    heading markup (##), or a staff credit (本报记者) after no credit's words?  Each begins its printed line."""
    found = _OPENER.search(text)
    return bool(found) and not (found.group().strip().startswith("本报") and _CREDIT.search(text[:found.start()]))


def _row_split(line: str, column: int, gap: str, width: int | None = None) -> tuple[str, str, bool]:
    """``line`` as its left and right half at the gap where its left half ends (of the form the page's rows part
    at, ``gap``, unless that is a space), and whether the split is a guess (another gap would do).  No such gap: the
    line whole as its left half, a guess.

    The gap chosen: the one that leaves two halves a column's lines could be, a full line or a paragraph's last one
    ending on a sentence's end (a half cut at a word space ends mid-sentence short of the column); then the one whose
    left half fills the column (``column``), nearest; else, where the left half is short (a paragraph's or a
    headline's last line), the one whose right half is nearest the right column's width (``width``, the left one's
    unless given).  A word space of either half near the column's edge is so told from the gap: the left half of a
    full line fills the column counted in characters where its spaces and half-width letters make it short in
    display width."""
    width = width or column
    found = [(start, end, col) for start, end, col in _row_gaps(line) if gap == " " or line[start:end] == gap]
    options = []
    for start, end, col in found:
        left, right = line[:start].rstrip(), line[end:].strip()
        at = _at_column(col, column) or _fill(left, column) <= 1
        if not at and (col >= column - 4 or _measure(right) > width + 6):
            continue
        odd = (not at and _unfinished(left, column)) + _unfinished(right, width) + _credit_cut(left, right, column) \
            + 2 * (_opens_inside(left) + _opens_inside(right) + _overruns(left, column) + _overruns(right, width)) \
            + _spaced_mark(left)
        options.append(((odd, not at, _fill(left, column) if at else abs(_measure(right) - width), start), left, right))
    if not options:
        return line.rstrip(), "", True
    (_odd, short, *_), left, right = min(options)
    return left, right, len(options) > 1 if short else len(found) > 1


def _overruns(half: str, column: int) -> bool:
    """Is ``half`` (a row's left or right half) wider than its column (``column`` display columns) by more than marks hung past its
    edge?  No printed line is: a left half so wide holds the right column's first word after a word space of the left
    line (技是驱动进步的 程 | 实打实…), a right half so wide the left one's last, and the gap next to that word parts
    the row."""
    text = _ROW_MARKUP.sub("", half, count=1).strip()
    body = text.rstrip("".join(_HUNG))
    if len(text) - len(body) > 2:
        body = text
    return _measure(body) > column


def _spaced_mark(left: str) -> bool:
    """Does a space stand after a full-width mark inside ``left`` (成为技术骨干。 审), or after an ASCII one an engine
    read it as after a Han character (合力, 聘)?  A Chinese column sets none after one (。，：), so the space is the gap
    between the columns, the left column's line ending on the mark."""
    return any(m.group(2) in _FULL_MARKS or m.group(1) and m.group(2) in ",;:?!"
               for m in _MARK_SPACE.finditer(left.rstrip()))


_MARK_SPACE = re.compile(r"([\u4e00-\u9fff])?(\S)[ \t\u3000]+(?=\S)")


def _fits_one(line: str, column: int) -> bool:
    """Could ``line`` whole be one column's line: no more characters than the column holds (``column`` display columns,
    two a character), one or two marks hung past the edge allowed?  Counted in characters, not display width: a word
    space or a half-width digit takes a cell of a column set a character a cell, and a line is taken for one column's
    only when it surely fits."""
    text = _ROW_MARKUP.sub("", line, count=1).strip()
    body = text.rstrip("".join(_HUNG))
    return 2 * len(text) <= column or len(text) - len(body) <= 2 and 2 * len(body) <= column


def _goes_on(text: str, column: int) -> int:
    """How surely a column's last line goes on below: 3 a line ending mid-sentence, full or on a clause mark (，、；：
    end no paragraph); 2 a short line ending on no mark, a headline's (its lead follows); 1 a full line ending a
    sentence (its paragraph may go on); 0 a short line ending a sentence or a credit's (a paragraph's or an item's
    end)."""
    if not text:
        return 0
    if text[-1] in _CLAUSE:
        return 3
    if _full(text, column):
        return 1 if text[-1] in _SENTENCE_END else 3
    return 0 if text[-1] in _PARA_CLOSE or _CREDIT.search(text) else 2


def _lone_side(left: list[str], right: list[str], column: int, width: int) -> str:
    """The column a line alone on its row goes on: the one whose last line more surely goes on below
    (:func:`_goes_on`: the other column ended a paragraph there, a blank line or its end beside the line), the left one
    when neither does more."""
    last_a = next((x.strip() for x in reversed(left) if x.strip()), "")
    last_b = next((x.strip() for x in reversed(right) if x.strip()), "")
    return "right" if _goes_on(last_b, width) > _goes_on(last_a, column) else "left"


def _right_width(lines: list[str], column: int, gap: str) -> int:
    """The right column's width: the display width its lines most often take on rows parted at the column; on a page
    of few such rows, the widest two of them reach (within two columns): there a few headlines, as wide as one another,
    may outnumber the full lines, and no line of a column is wider than the column; where no two agree, the widest of
    them or the left column's width if wider (columns set side by side are one width: a few short right halves, a
    headline's, a line of half-width digits, tell the column's width less than the left column's edge does)."""
    widths = Counter()
    for line in lines:
        for start, end, col in _row_gaps(line):
            if _at_column(col, column) and (gap == " " or line[start:end] == gap):
                if _measure(line[end:].strip()) >= 0.5 * column:  # a paragraph's short last line tells no width
                    widths[_measure(line[end:].strip())] += 1
                break
    if not widths:
        return column
    if sum(widths.values()) < _ROWS_MIN:
        reached = [w for w in widths if sum(n for v, n in widths.items() if w - 2 <= v <= w) >= 2]
        return max(reached) if reached else max(max(widths), column)
    return max(widths, key=lambda w: (widths[w], w))


def _next_alone(splits: list[tuple[str, str, bool]], lines: list[str], k: int) -> bool:
    """Is the next printed row after row ``k`` one column's line alone (no gap parts it)?"""
    return next((not b for (a, b, _g), line in zip(splits[k + 1:], lines[k + 1:]) if line.strip()), True)


def _right_goes_on(left: list[str], right: list[str], column: int, width: int) -> bool:
    """Does the right column's last line stop mid-sentence (:func:`_goes_on` 3) where the left one's does not: the
    next row's right half is then the right column's next line, set beside the left column's."""
    last_a = next((x.strip() for x in reversed(left) if x.strip()), "")
    last_b = next((x.strip() for x in reversed(right) if x.strip()), "")
    return _goes_on(last_b, width) == 3 > _goes_on(last_a, column)


def _long_word(text: str) -> bool:
    """Is the last word of ``text`` (after its last space) no name: longer than four characters, or holding a mark, a
    digit or a letter (a name is Han characters alone: "山东 is none)?  A credit's names are parted by word spaces, so
    a name's space may be one column's."""
    word = text.split()[-1] if text.split() else ""
    return len(word) > 4 or bool(word) and not _HAN_WORD.fullmatch(word)


_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")


def _alone(line: str, a: str, b: str, column: int, width: int, in_run: bool, run_next: bool) -> bool:
    """Is a row parted at a space short of the column in truth one column's line alone, the space a word space of it
    (a credit's 本报记者 张三, a headline's two parts)?  Only on a page whose rows part at one space (a tab or two
    spaces no line of one column holds) and when the whole line fits one column: inside a run of such lines (the other
    column ended or left a blank beside them), or where both halves would be short lines of their columns and a run of
    lines alone follows.  Not after a full-width mark: a Chinese column sets no word space after one (。 ，), so a space
    there parts two columns' lines."""
    text = line.rstrip()
    if text[len(a):len(text) - len(b)] != " " or a[-1:] in _FULL_MARKS:
        return False
    if not _fits_one(line, max(column, width)) or _fill(a, column) <= 1:
        return False
    return in_run or run_next and not _full(b, width) or _name_after_role(a, b, max(column, width))


def _name_after_role(a: str, b: str, column: int) -> bool:
    """Is ``b`` a name's first glyphs (one to three Han characters) after a credit's role word ending ``a`` (本报通讯员
    | 朱, its rest 华南 on the next line), the whole row no wider than one column?  A credit sets the name after its
    role on the role's line where it fits (:func:`_credit_cut`), so a space there is the credit's word space, and a
    right column's line is never a name's first glyph alone."""
    return (bool(_CREDIT_LABEL.search(a.strip())) and bool(re.fullmatch(r"[\u4e00-\u9fff]{1,3}", b.strip()))
            and _measure(a.strip()) + 1 + _measure(b.strip()) <= column + 2)


def rows_across(lines: list[str]) -> tuple[list[str], int | None, list[int]]:
    """The page's lines read as its left column then its right one when each line is a row of two columns read
    straight across, the two halves parted by one or two spaces or a tab and no padding, and the display column
    the left one ends at (None: the lines as they were); with the file lines (1-based) whose halves' places are a
    guess.

    Why: Tesseract with one uniform block (``--psm 6``) and phone scanner apps read a page of two columns across
    each row, the left column's printed line, a space, the right one's at the same height; read as one line, each
    row runs two stories together, a sentence of each in one.  No single column prints so: most of its lines
    (three in five, eight or more) hold a gap where the left column's full line ends, at one display column, the
    text after it no wider than such a line, and few lines hold three gaps or more (letter-spaced or word-spaced
    lines have gaps everywhere; a page of fewer rows: :func:`_short_rows`).  Each row parts at the gap that leaves
    two halves a column's lines could be (:func:`_row_split`: a word space near the column's edge, a credit's, is no
    gap); a row with no gap is one column's line alone (the other's blank line or its end), and so is a row that
    fits one column parted only at a space inside a run of such rows or before one (:func:`_alone`); it goes with the
    column whose last line more surely goes on (:func:`_lone_side`), and so does every line of the run of such rows
    it begins, up to the next row parted at the column.  Lines whose place is a guess are said in review.  The
    reading is :func:`~unionnews.ingest.sidebyside.read_columns`' (left column at the file's line numbers, then the
    right column's, line N+k holding the right half of file line k)."""
    column = _row_width(lines)
    if column is None:
        return lines, None, []
    found = [(line[start:end], _at_column(col, column)) for line in lines for start, end, col in _row_gaps(line)]
    # the gap printed at the column's edge; on a short page whose column is counted a character a cell (or found by
    # its full right halves) no gap may end there in display width, and the commonest gap anywhere parts its rows
    gaps = Counter(text for text, at in found if at) or Counter(text for text, _at in found)
    gap = max(gaps, key=gaps.get)
    width = _right_width(lines, column, gap)
    splits = [_row_split(line, column, gap, width) if line.strip() else ("", "", False) for line in lines]
    left: list[str] = []
    right: list[str] = []
    guessed: list[int] = []
    lone = ""  # the side of the run of lines alone on their rows this line is in ("": none)
    for k, line in enumerate(lines):
        if not line.strip():
            left.append("")
            right.append("")
            continue
        a, b, guess = splits[k]
        parted = _right_goes_on(left, right, column, width) and _long_word(a)  # the right half goes on its column
        if b and not parted and _alone(line, a, b, column, width, bool(lone) and (guess or not _full(a, column)),
                                       _next_alone(splits, lines, k)):
            a, b, guess = line.rstrip(), "", True
        if not b:
            lone = lone or _lone_side(left, right, column, width)
            a, b = (line.rstrip(), "") if lone == "left" else ("", line.strip())
        elif not guess:
            lone = ""
        left.append(a)
        right.append(b)
        if guess:
            guessed.append(k + 1)
    return left + right, column, guessed


def headline_foot(read: list[str], column: int) -> list[int]:
    """The file line (1-based) of the left column's last line on a page :func:`rows_across` read, when that line reads
    as a headline (short, on no mark: :func:`_goes_on` 2) and the right column holds text; else none.

    Why: a paper sets no headline at a column's foot with its story elsewhere, so one there read on into the right
    column's top heads the story printed there, which it may not be part of (its own lead may be among the lines alone
    at the page's end), and a file mixing two stories follows.  Which story it heads no text tells: said in review."""
    left, right = read[:len(read) // 2], read[len(read) // 2:]
    last = next((k for k in range(len(left) - 1, -1, -1) if left[k].strip()), None)
    if last is None or not any(x.strip() for x in right) or _goes_on(left[last].strip(), column) != 2:
        return []
    return [last + 1]


# a gap no line of one column holds: after a full-width mark (a Chinese column sets no space after 。，), before an
# item's opening words (本报讯, a staff credit: they begin a printed line), or a tab
_PARTING = re.compile(r"(?<=[。！？，、；：”」』）】》])[ \t\u3000]+(?=\S)|(?<=\S)[ \t\u3000]+(?=本报讯|本报记者|本报通讯员)"
                      r"|(?<=\S)[ \u3000]*\t[ \t\u3000]*(?=\S)")


def parted_lines(lines: list[str]) -> list[int]:
    """The lines (1-based) of a short page not read as two columns that hold a gap no line of one column holds
    (:data:`_PARTING`), on a page whose lines are not word-spaced or letter-spaced (gaps everywhere).

    Why: two short stories set side by side leave too few rows for :func:`rows_across` to read the page as two
    columns with confidence, and read as one line each such row runs the two stories into one sentence.  Which half
    belongs where is then a guess, so the line is kept as it is and the articles holding it say so in review: a
    flagged gap is better than a sentence the page never printed.  A long page is read as rows or is none."""
    printed = [line for line in lines if line.strip()]
    if len(printed) >= 2 * _ROWS_MIN or sum(1 for line in printed if len(_row_gaps(line)) >= 3) > 0.2 * len(printed):
        return []
    return [n for n, line in enumerate(lines, start=1) if _PARTING.search(line.strip())]

