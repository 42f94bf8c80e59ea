"""A page's column width, from its own line statistics: the commonest line length
(most printed lines fill the column, and far outnumber the lines one shorter or
longer, which only a paragraph's end or a mark makes); two widths where a page
was printed in two columns of different widths, one part after the other; or a
width per line where each item is set in a column of its own width (runs of
equal lines, of more than one width).
"""
from __future__ import annotations

import re
from collections import Counter

from unionnews.ingest import byline as bl
from unionnews.ingest.continuity import WORD_GAP, word_across
from unionnews.ingest.normalize import FURNITURE_LINE, STAFF_CREDITS, is_terminal, open_brackets
from unionnews.ingest.paragraphs.lines import (CLOSING_QUOTES, NO_END, NO_START, _CLAUSE_MARK, _INDENT, _LABEL,
                                               _MARKUP, _SENTENCE_MARK, _balanced, _content, headline_shaped,
                                               _measure, _opens, _starts_item, _whole_line_item, names_end_then_role)


def _line_sizes(lines: list[str], fewest: int) -> list[int] | None:
    """The lengths of the page's printed lines (column labels aside), where there are ``fewest`` or more and they
    follow each other (a page whose lines are mostly parted by blank lines has a paragraph on each); else None."""
    sizes = [_measure(t) for t in lines if t.strip() and not _LABEL.search(t.strip())]
    runs = sum(1 for a, b in zip(lines, lines[1:]) if a.strip() and b.strip())
    return None if len(sizes) < fewest or runs < 0.3 * len(sizes) else sizes


def _width(lines: list[str]) -> int | None:
    """The column width of a page printed line by line, or None.

    A column is the commonest line length, shared (with one less, one or two more:
    marks hung at a line's end, indented first lines) by 40% of the lines; at most 60 characters (a
    column as wide as a page of a book or a report: a page of long paragraphs, one a line, has no length
    that many of its lines share, and fails the share and the peak below); at least 3 (a sidebar squeezed
    beside a photo: read as running text, its every line is a guess, while its full lines outnumber the rest
    far more than a wide column's); and its lines follow each other (a page whose lines are all parted by blank
    lines has a paragraph on each).
    """
    sizes = _line_sizes(lines, 8)
    if sizes is None:
        return None
    counts = Counter(sizes)
    best = max(range(3, 61), key=lambda w: (counts[w], w))  # the commonest length: a full line
    explained = sum(counts[w] for w in range(best - 1, best + 3))  # ±1, and indented first lines
    # a column's full lines are at least twice the lines one shorter and one longer together (only a
    # paragraph's end, a mark carried over or one hung makes those); lines re-broken at random widths a
    # few apart (6–10) spread about evenly over neighbouring lengths, and that window would pass for a column
    peak = counts[best] >= 2 * (counts[best - 1] + counts[best + 1])
    # no line of a column is longer than the column (but for a hung mark or an indent), only a headline set
    # across columns now and then: a "width" that half as many lines pass as fill it is a length some lines
    # share by chance (a few headlines and cut pieces on a small page of one paragraph a line), and reading
    # the page as a column would run each sentence's end on into the next line, a headline included
    longer = sum(n for w, n in counts.items() if w > best + 2)
    if explained >= 0.4 * len(sizes) and 2 * longer < explained and peak:
        return best
    # a small page of short items (a headline, a few lines of lead, a dateline each) ends a paragraph on
    # a short line about as often as it fills one, so the full lines fall short of the share; they are
    # still the page's longest, none longer, and several: one paragraph a line never gives that, and lines
    # re-broken at random widths seldom do.  Only on a small page (a few dozen lines): a longer one has
    # the paragraphs of several lines that make the share, and one that misses it is no column
    if len(sizes) < 40 and max(sizes) <= best + 2 and counts[best] >= max(3, len(sizes) / 4):
        return best
    return None


_DRIFT_LINES = 30  # the fewest printed lines :func:`drifting` reads a drifting column from


def drifting(lines: list[str]) -> int | None:
    """The narrowest full line of a justified column whose full lines drift a character either way, or None
    (a page :func:`_width` reads no column on).

    Why: a typesetter squeezes a line's marks to half width (标点挤压) to fit one more character, or sets a
    line looser, so a real column's full lines are one longer or shorter here and there, line by line; OCR
    and pdftotext print them as they are.  No one length is then twice its two neighbours together (the peak
    :func:`_width` reads a column by), but three neighbouring lengths hold most lines, the middle one the
    most, the lengths next to them few (a paragraph's end, a hung mark), none longer but a few; and the
    lengths change from line to line, where columns of two or three widths (each item in its own) keep one
    length for runs of lines.  Lines re-broken at random widths a few apart (6–10) spread over five
    lengths alike, and fail the edges.  Each of the three lengths is then a full line: the column is read
    as the narrowest of them.  Not in :func:`_width`: the rules that try a page's lines another way until
    they read as a column (justified-line gaps closed, :func:`ungapped`; a part of the page) ask it for a
    column of one width.
    """
    # a drift shows only over many lines: on a small page three neighbouring lengths hold most lines by chance
    # (a few headline pieces and lines re-wrapped narrow)
    sizes = _line_sizes(lines, _DRIFT_LINES)
    if sizes is None:
        return None
    counts = Counter(sizes)
    mid = max(range(5, 60), key=lambda w: (counts[w - 1] + counts[w] + counts[w + 1], w))
    window = counts[mid - 1] + counts[mid] + counts[mid + 1]
    edges = counts[mid - 2] + counts[mid + 2]
    longer = sum(n for w, n in counts.items() if w > mid + 2)
    if (window < 0.5 * len(sizes) or 4 * edges > window or 4 * longer > window
            or counts[mid] < max(counts[mid - 1], counts[mid + 1]) or min(counts[mid - 1], counts[mid + 1]) == 0):
        return None
    full = [n for n in sizes if mid - 1 <= n <= mid + 1]
    changes = sum(1 for a, b in zip(full, full[1:]) if a != b)
    return mid - 1 if changes >= 0.4 * (len(full) - 1) else None


# one space between two Chinese characters: a justified line's wider gap, as the OCR prints it
_GAP = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")


def ungapped(lines: list[str]) -> list[str]:
    """The lines of a column page without the spaces its OCR put between Chinese characters, where the page
    is a column only without them; else the lines as they are.

    Why: an engine that reads a justified line's wider gaps as spaces (Tesseract's chi_sim, one gap in a
    few words) lengthens each column line by the gaps it happens to hold, and the page's full lines no
    longer share a length (11, 12, 13 characters for one column): no width is found, and the column is read
    as running text, every line break a paragraph's end or a join by the text alone.  The gaps took no place
    in the column.  Only where the page has no column with them and has one without them: a page read as a
    column already keeps every space (a slogan's or a kicker's word space took its place), and so does a
    line of names (a byline, a credit), whose spaces part names, and a quotation or title the line opens.  Only
    spaces go, never a printed character, and no line."""
    if _spaced_width(lines) is not None or not any(_GAP.search(line) for line in lines):
        return lines
    closed, carried = [], 0  # brackets a line above left open: a lead's credit the wrap cut (…李 | 明 王 | 芳）)
    for line in lines:
        carried = carried if line.strip() else 0
        keep = bl.BYLINE_START.match(line.strip()) or bl.is_credit(line.strip()) or names_end_then_role(line.strip())
        closed.append(line if keep else _gaps_closed(line, carried))
        carried = max(0, carried + open_brackets(line))
    return closed if _spaced_width(closed) is not None else lines


def _spaced_width(lines: list[str]) -> int | None:
    """:func:`_width` of a page, or of its printed lines where a blank line follows nearly every one (a converter
    that writes each printed line as a paragraph of its own, or a page exported double-spaced): the column is
    the lines' one, whatever the file puts between them; :mod:`.spacing` reads the spacing itself later."""
    if _line_sizes(lines, 8) is not None:
        return _width(lines)
    return _width([line for line in lines if line.strip()])


def _gaps_closed(line: str, carried: int = 0) -> str:
    """``line`` without its gaps between Chinese characters, but for one inside a quotation or a title the line
    opens (大赛以“产改有我 创新向未来”: a slogan's phrases are set apart with a printed space, which took its
    place in the column), or inside brackets, ``carried`` of them left open by the lines above (a lead's credit
    parts its names with a space: 本报讯（记者任远 通讯员李明 王芳）)."""
    def inside(at: int) -> bool:
        return (line.count("“", 0, at) > line.count("”", 0, at) or line.count("《", 0, at) > line.count("》", 0, at)
                or carried + line.count("（", 0, at) + line.count("(", 0, at)
                > line.count("）", 0, at) + line.count(")", 0, at))
    return _GAP.sub(lambda m: " " if inside(m.start()) else "", line)


def _full_range(counts: Counter, w: int) -> int:
    """How many lines of ``counts`` (line lengths) a column ``w`` wide explains: full lines, one less
    (an opening mark carried over), one or two more (marks hung at the end, an indented first line)."""
    return sum(counts[k] for k in range(w - 1, w + 3))


def _commonest(counts: Counter) -> int:
    """The line length from 4 to 40 that ``counts`` holds most often, the longer on a tie."""
    return max(range(4, 41), key=lambda w: (counts[w], w))


def _two_widths(lines: list[str]) -> tuple[int, int, int] | None:
    """A page printed in two column widths (a story set in a wider or narrower column than the rest,
    one after the other in the file): the file line where the second width begins, and the two
    widths; or None.

    The page is cut where the commonest length before and the commonest length after, each with
    the lines it explains (:func:`_full_range`), explain the most lines, at least an eighth of the
    page and eight lines more than one width does; each part must read as a column of its own
    (:func:`_width`) and the two widths must differ by more than a hung mark (the lines between
    the parts: :func:`_widths_by_line`).
    """
    printed = [i for i, t in enumerate(lines) if t.strip() and not _LABEL.search(t.strip())]
    if len(printed) < 16:
        return None
    sizes = [_measure(lines[i]) for i in printed]
    before, after = Counter(), Counter(sizes)
    whole = max(_full_range(after, w) for w in range(4, 41))
    best, at = None, []
    w1, w2 = 40, _commonest(after)  # the commonest length before the cut and after it (the longer on a tie)
    for s in range(1, len(sizes)):
        size = sizes[s - 1]
        before[size] += 1
        after[size] -= 1
        if 4 <= size <= 40:  # only the count of this length moved: up before the cut, down after it
            w1 = max(w1, size, key=lambda w: (before[w], w))
            w2 = _commonest(after) if size == w2 else w2
        if s < 8 or len(sizes) - s < 8:
            continue
        if abs(w1 - w2) <= 3:
            continue
        score = (_full_range(before, w1) + _full_range(after, w2), w1, w2)
        if best is None or score[0] > best[0]:
            best, at = score, [s]
        elif score == best:
            at.append(s)
    if best is None or best[0] - whole < max(8, len(sizes) / 8):
        return None
    cut = printed[at[0]]
    w1, w2 = _width(lines[:cut]), _width(lines[cut:])
    return (cut, w1, w2) if w1 and w2 else None


def _widths_by_line(lines: list[str], cut: int, w1: int, w2: int) -> list[int]:
    """The column width of each line of a page in two widths (:func:`_two_widths`): ``w1`` up to the
    last full line of the first part, ``w2`` from the first two full lines in a row of the second, and
    between them (paragraph ends, headlines, a credit) the wider of the two, so that a short line is
    never taken for a full one and run on into the next story, except for a line that fills the second
    column (a headline's first line there) after the first part's last paragraph ended."""
    def fills(k: int, w: int) -> bool:
        return w - 1 <= _measure(lines[k]) <= w + 2

    printed = [k for k, t in enumerate(lines) if t.strip()]
    last_full = next((k for k in reversed(printed) if k < cut and fills(k, w1)), -1)
    rest = [k for k in printed if k > last_full]
    start = next((a for a, b in zip(rest, rest[1:]) if fills(a, w2) and fills(b, w2)), cut)
    # the first part's last paragraph goes on to here (its full line stops mid-sentence), whatever its length
    ends = rest[0] if rest and last_full >= 0 and not is_terminal(_content(lines[last_full])) else -1
    return [w1 if k <= last_full else w2 if k >= start or (k > ends and fills(k, w2)) else max(w1, w2)
            for k in range(len(lines))]


def _runs_of_width(lines: list[str]) -> list[int | None]:
    """The width of the column run each line is in, or None: a run is two or more printed lines in a
    row (blank lines between skipped) as long as each other, a line one or two longer where it ends
    on marks hung past the column's end (or is indented), one shorter where the next line begins on an
    opening mark carried over."""
    printed = [k for k, t in enumerate(lines) if t.strip() and not _LABEL.search(t.strip())]
    out: list[int | None] = [None] * len(lines)
    size = {k: _measure(lines[k]) for k in printed}

    def fits(k: int, nxt: int | None, w: int) -> bool:
        m, t = size[k], _content(lines[k])
        if m == w:
            return True
        if m in (w + 1, w + 2):  # marks hung at the end, or an indent
            return all(ch in NO_START or ch in CLOSING_QUOTES for ch in t[w - m:]) or bool(_INDENT.match(lines[k]))
        return m == w - 1 and nxt is not None and _content(lines[nxt])[:1] in NO_END

    start = 0
    while start < len(printed):
        w = size[printed[start]]
        end = start + 1
        if end < len(printed) and fits(printed[start], printed[end], size[printed[end]]):
            w = size[printed[end]]  # the first line had marks hung at its end, or its last carried over
        while end < len(printed):
            nxt = printed[end + 1] if end + 1 < len(printed) else None
            if not fits(printed[end], nxt, w):
                break
            end += 1
        if end - start >= 2 and w >= 4:
            for k in printed[start:end]:
                out[k] = w
        start = end
    return out


def _first_of_two(a: str, b: str, above: str = "") -> bool:
    """Is line ``a``, in no run, over a shorter line ``b`` in none either, the full first line of a
    paragraph of two lines?  Only where the text says so: a heading the OCR marked over a headline-shaped
    rest, two headline-shaped pieces (a headline of two lines), a sentence begun and not ended (a
    clause mark in it, or a mark or bracket left open) over text that ends it or goes on with marks, over
    one or two characters, or over a line not half as long; a dictionary word across the break; or a
    subtitle's first line stopping on a clause mark under a headline (``above``: the printed line
    before ``a``).  A
    headline-shaped line under a sentence is a headline or subhead (…中铁七局集团西铁工 | 操场上的“工匠
    课”: a cut column, then the next story), and a line with no mark over text is one over its story's
    first lines, never their beginning."""
    ca, cb = _content(a), _content(b)
    if is_terminal(ca) or _starts_item(b) or _whole_line_item(ca):
        return False
    if cb[:1] in NO_START or (re.fullmatch(r"[0-9A-Za-z]", ca[-1:]) and re.match(r"[0-9A-Za-z]", cb)):
        return True  # a mark no line begins with, or a number or Latin word going on (电话:635224 | 10)
    if len(cb) <= 2 and re.match(r"[\u4e00-\u9fff]", cb) and _CLAUSE_MARK.search(ca):
        # one or two characters under a sentence begun and not ended (…近日，青海省 | 果): no paragraph is
        # so short, while a paragraph's last line is, one time in a column's width
        return True
    if len(cb) < len(ca) and word_across(ca, cb) is not None:
        # a word across the break (…总工会举 | 办“红心向…)
        return True
    if 2 * len(cb) <= len(ca) and (_CLAUSE_MARK.search(ca) or _opens(ca) or ca.count('"') % 2 or _bare_end(cb)):
        # a sentence begun and not ended over a line not half as long (…网约车司机，经常 | 晚上出来); or over
        # a sentence's end of a few characters with no other mark (提升整体服务职工的能力 | 与效率。): no paragraph
        # is so short, and no headline stands over one alone
        return True
    cabove = _content(above)
    if (ca[-1:] in "，、,；;" and len(cb) < len(ca) and not re.search(r"[。！？!?]", cb) and cabove
            and (_MARKUP.match(above.strip()) or (not _CLAUSE_MARK.search(cabove) and headline_shaped(cabove)))):
        # a subtitle of two lines under a headline, its first stopping on a clause mark (…巡演活动 |
        # 融合音乐、情景剧等多种形式， | 深入11个市巡演); under text, a line stopping so is as often a cut column
        # piece over the next story's headline (…牵线搭桥， | 果洛州搭建…)
        return True
    both = ca + cb  # a headline of two lines: no sentence mark (an enumeration's 、 may stand), quotes closed
    heads = (len(both) <= 44 and not _SENTENCE_MARK.search(both) and not both.endswith(("。", "！", "？"))
             and _balanced(both) and not _opens(both) and not _whole_line_item(cb))
    if _MARKUP.match(a.strip()) or heads:
        return heads or (_MARKUP.match(a.strip()) is not None and headline_shaped(cb))
    return bool((_CLAUSE_MARK.search(ca) or _opens(ca)) and (is_terminal(cb) or _CLAUSE_MARK.search(cb)))


def _bare_end(text: str) -> bool:
    """Is ``text`` a sentence's end and nothing more: it ends on 。！？ and holds no other mark (与效率。)?"""
    return is_terminal(text) and not re.search(r"[，,、；;：:。！？!?“”\"'（）()《》]", text.rstrip("。！？!?”’\"'"))


def _sentence_over_one(lines: list[str], printed: list[int], runs: list[int | None], pos: int) -> bool:
    """Is the printed line at ``pos`` the first of a run of two lines (:func:`_runs_of_width`) and the end of a
    sentence?  On a page whose items are each set in a column of their own width, a one-line paragraph
    (…和产教融合创新平台。) as long as the next item's first line makes such a run by chance, as often as a
    sentence ends exactly at a column's end: the run says nothing, and a line that ends a sentence is read
    as a paragraph's last (the reading-order stage then weighs what goes on where, not the column)."""
    k = printed[pos]
    if runs[k] is None or (pos and runs[printed[pos - 1]] == runs[k]) or not is_terminal(_content(lines[k])):
        return False
    rest = [runs[m] for m in printed[pos + 1:pos + 3]]
    return rest[:1] == [runs[k]] and rest[1:] != [runs[k]]


def _headline_over_item(lines: list[str], printed: list[int], runs: list[int | None], pos: int) -> bool:
    """Is the printed line at ``pos`` the second and last of a run of two lines (:func:`_runs_of_width`), of a
    headline's shape, with an item opening under it (a lead, a lead on its date, a byline, markup), and the run's
    first line under a line of text whose sentence goes on into it (a clause mark, no sentence's end)?  A story's
    text never stops mid-sentence right over another item's opening, so the line is that item's headline,
    and the line over it the end of a piece the OCR cut (…中铁七局集团西铁工 | 操场上的“工匠课” | 11月13日下午，…):
    the two are as long as each other by chance, as a one-line paragraph and the next item's first line are
    (:func:`_sentence_over_one`), and read as a run the headline would run on into the cut piece's text."""
    k = printed[pos]
    if pos == 0 or pos + 1 >= len(printed) or runs[k] is None or runs[printed[pos - 1]] != runs[k]:
        return False
    if pos < 2 or runs[printed[pos - 2]] == runs[k] or runs[printed[pos + 1]] == runs[k]:
        return False  # a run of three or more: a column of its own
    above = _content(lines[printed[pos - 2]])  # text going on into the run's first line (no headline's line)
    t, below = _content(lines[k]), lines[printed[pos + 1]]
    return (bool(_SENTENCE_MARK.search(above)) and not is_terminal(above) and headline_shaped(t)
            and not _CLAUSE_MARK.search(t)
            and (_starts_item(below) or bool(bl.DATED_LEAD.match(_content(below)))
                 or bool(bl.BYLINE_START.match(_content(below)))))


def _item_widths(lines: list[str]) -> tuple[list[int], list[int | None]] | None:
    """The column width of each line of a page whose items are each set in a column of their own
    width (a page of several widths, none of them most lines' length), and the width of the run each
    line is in (None: in none); or None.

    Such a page is found by its runs (:func:`_runs_of_width`): most printed lines stand in a run of
    three or more lines of one length, the runs of more than one width.  A line in a run is read
    against the run's width; a line in none (a paragraph's last line, a one-line headline, the first
    line of a paragraph of two lines) is short, except a line stopping mid-sentence over a shorter
    line that is in no run either (a paragraph of two lines: the first is full)."""
    printed = [k for k, t in enumerate(lines) if t.strip() and not _LABEL.search(t.strip())]
    follow = sum(1 for a, b in zip(lines, lines[1:]) if a.strip() and b.strip())
    if len(printed) < 16 or follow < 0.3 * len(printed):  # lines parted by blank lines: as :func:`_width`
        return None
    runs = _runs_of_width(lines)
    long_runs = 0
    k = 0
    while k < len(printed):  # lines in runs of three or more
        e = k
        while e + 1 < len(printed) and runs[printed[e + 1]] is not None and runs[printed[e + 1]] == runs[printed[k]]:
            e += 1
        if runs[printed[k]] is not None and e - k + 1 >= 3:
            long_runs += e - k + 1
        k = e + 1
    widths = {w for w in runs if w is not None}
    if long_runs < 0.5 * len(printed) or len(widths) < 2:
        return None
    for p, k in zip(printed, printed[1:]):
        if runs[p] and runs[k] and abs(runs[p] - runs[k]) > 1 and not is_terminal(_content(lines[p])) \
                and not headline_shaped(lines[p]) and not _whole_line_item(_content(lines[p])) \
                and _measure(lines[k]) <= runs[p] + 2:
            # a full line stopping mid-sentence goes on at the next: a run's first line that follows
            # one is that paragraph's last line, as long as the next item's lines by chance.  Not a
            # line longer than the column (but for marks hung at its end): no line of it is, so that
            # full line ended a piece the OCR cut (…近日，青海省果, its rest elsewhere)
            runs[k] = None
    for pos, k in enumerate(printed):
        if _sentence_over_one(lines, printed, runs, pos):
            runs[k] = None
    for pos, k in enumerate(printed):
        if _headline_over_item(lines, printed, runs, pos):
            runs[printed[pos - 1]] = runs[k] = None
    out = []
    for pos, k in enumerate(printed):
        nxt = printed[pos + 1] if pos + 1 < len(printed) else None
        if runs[k] is not None:
            out.append((k, runs[k]))
        elif nxt is not None and runs[nxt] is None and _measure(lines[nxt]) < _measure(lines[k]) \
                and _first_of_two(lines[k], lines[nxt], lines[printed[pos - 1]] if pos else ""):
            out.append((k, _measure(lines[k])))
        else:
            out.append((k, _measure(lines[k]) + 2))  # short: no rule reads it as full or one short of full
    by_line = dict(out)
    last = 0
    result = []
    for k in range(len(lines)):
        last = by_line.get(k, last)
        result.append(last or 1)
    return result, runs


def _runs_in_order(printed: list[int], runs: list[int | None]) -> list[tuple[int | None, int, int]]:
    """The page's runs (:func:`_runs_of_width`) as (width, position of the first line, of the last) in
    ``printed``, lines in no run as runs of their own of width None."""
    out, k = [], 0
    while k < len(printed):
        w, e = runs[printed[k]], k
        while e + 1 < len(printed) and runs[printed[e + 1]] == w:
            e += 1
        out.append((w, k, e))
        k = e + 1
    return out


def _narrow_runs(lines: list[str], printed: list[int], width: int) -> list[int | None]:
    """The width of the run each line is in (as :func:`_runs_of_width`: two or more printed lines in a row, each
    full at the run's width), the runs read for the narrower measures of a column ``width`` wide; None outside.

    Why: a line ending on a mark hung past the column's edge (…起来，) is one longer than the measure, and a line
    one short may have carried an opening mark down: :func:`_runs_of_width` reads a run's width from its first
    two lines, so a narrow stretch whose first two lines both end on a hung mark is read one too wide, and its
    lines set flush to the measure fall out of it.  Here each run takes the measure that the most lines in a row
    fill (a hung or carried mark counted as :func:`_runs_of_width` counts it); where two fit as far, the wider
    (lines that fill it need no mark read as hung)."""
    size = {k: _measure(lines[k]) for k in printed}
    out: list[int | None] = [None] * len(lines)
    start = 0
    while start < len(printed):
        best, reach = None, start + 1
        m = size[printed[start]]
        for w in sorted({m + 1, m, m - 1, m - 2}):  # the first line one short (a carried mark) or hung past
            if not max(4, width // 2) <= w < width - 1:  # as :func:`_runs_of_width`: no run narrower than four
                continue
            end = start
            while end < len(printed) and _full_at(lines, printed[end], printed[end + 1] if end + 1 < len(printed)
                                               else None, w):
                end += 1
            if end - start >= 2 and end >= reach:  # as far: the wider, reading no mark as hung that need not be
                best, reach = w, end
        if best is not None:
            for k in printed[start:reach]:
                out[k] = best
        start = reach if best is not None else start + 1
    return out


def _full_at(lines: list[str], k: int, nxt: int | None, w: int) -> bool:
    """Is line ``k`` full at the measure ``w``: as long, one or two longer on marks hung at its end (or an indent),
    one shorter where the next line (``nxt``) begins on an opening mark carried over?"""
    m, t = _measure(lines[k]), _content(lines[k])
    if m == w:
        return True
    if m in (w + 1, w + 2):
        return all(ch in NO_START or ch in CLOSING_QUOTES for ch in t[w - m:]) or bool(_INDENT.match(lines[k]))
    return m == w - 1 and nxt is not None and _content(lines[nxt])[:1] in NO_END


def _no_text_cut(lines: list[str], between: list[int], w: int) -> bool:
    """Are the lines of ``between`` after its first (the last line of a run ``w`` wide) one to three lines no
    longer than the measure ``w`` that stop no text mid-sentence: a paragraph's last line (ending a sentence), a
    marked headline line, or the rest of a headline under one?  Such lines stand between two runs of one narrow
    measure as they stand inside any column, so the runs are one stretch."""
    rest = between[1:]
    if not 1 <= len(rest) <= 3:
        return False
    for above, k in zip(between, rest):
        heading = bool(_MARKUP.match(lines[k].strip()))
        under = bool(_MARKUP.match(lines[above].strip())) and _measure(lines[k]) < w
        ended = is_terminal(_content(lines[k])) and _measure(lines[k]) < w
        if _measure(lines[k]) > w or not (heading or under or ended):
            return False
    return True


def _across_ends(lines: list[str], printed: list[int], groups: list[tuple[int | None, list[int]]]
                 ) -> list[tuple[int | None, list[int]]]:
    """``groups`` (runs of one measure, or of lines in none), each run taking in the line one paragraph's end
    away on either side that fills its measure and stops mid-sentence, with that paragraph's last line.

    Why: a stretch set narrower takes paragraphs as they come, and where one ends a line or two into the stretch
    (…多元化需 | 求。) or starts a line before it ends, that lone line is in no run of two, though it fills the
    measure as the run's lines do; read against the column's width it is a short line stopping mid-sentence, a
    column the OCR cut.  A line in a column that stops mid-sentence at exactly the measure of a run a
    paragraph's end away is that run's: a cut falls at any length."""
    runs = {k: w for w, group in groups if w is not None for k in group}
    pos = {k: i for i, k in enumerate(printed)}
    out = []
    for w, group in groups:
        if w is not None:
            i, j = pos[group[0]], pos[group[-1]]
            if i >= 2 and _lone_at(lines, printed[i - 2], printed[i - 1], printed[i - 1], w, runs):
                group = [printed[i - 2], printed[i - 1]] + group
            if j + 2 < len(printed) and _lone_at(lines, printed[j + 2], printed[j + 1], printed[j + 3]
                                                 if j + 3 < len(printed) else None, w, runs):
                group = group + [printed[j + 1], printed[j + 2]]
        out.append((w, group))
    return out


def _lone_at(lines: list[str], k: int, end: int, nxt: int | None, w: int, runs: dict[int, int]) -> bool:
    """Is line ``k`` (in no run) full at the measure ``w`` and stopping mid-sentence, and ``end`` a paragraph's
    last line shorter than the measure, between it and a run of ``w``?"""
    return (k not in runs and end not in runs and _full_at(lines, k, nxt, w) and not is_terminal(_content(lines[k]))
            and is_terminal(_content(lines[end])) and _measure(lines[end]) < w
            and not _MARKUP.match(lines[k].strip()))


def narrowed(lines: list[str], width: int) -> list[int] | None:
    """The column width of each line of a column page ``width`` wide that is set narrower for a stretch here
    and there (text run around a photo or a pull quote), or None where no stretch is.

    Why: the stretch's lines are full lines of a narrower measure, and read against the page's width each is a
    short line stopping mid-sentence: a paragraph's end, or a column the OCR cut, whose rest the reading order
    looks for elsewhere (and joins to the wrong text).  A stretch is runs of lines of one length
    (:func:`_narrow_runs`, with a lone line of it a paragraph's end away: :func:`_across_ends`), shorter than the
    column by more than a carried mark but at least half of it, one
    after the other but for lines between that stop no text mid-sentence (:func:`_no_text_cut`: a paragraph's last
    line, a marked headline set to the stretch's measure like the text around it, and its rest), three lines
    or more; text (a sentence mark in it, four lines or more, a full line going on over it, or a line of text under
    it, full or holding a sentence mark, that a word runs into from its last line, 系统工会联合 | 会，针对…: not a
    headline cut into two or three equal pieces, which ends on a whole word); fewer of its lines but the last
    ending a sentence than not (three one-line paragraphs of a length end theirs); from its first line that does
    not end a sentence (a paragraph may end over the stretch on a line as long)."""
    printed = [k for k, t in enumerate(lines) if t.strip() and not _LABEL.search(t.strip())]
    pieces = _runs_in_order(printed, _narrow_runs(lines, printed, width))
    groups: list[tuple[int | None, list[int]]] = []
    for w, k, e in pieces:
        if (w is not None and len(groups) >= 2 and groups[-2][0] == w and groups[-1][0] is None
                and _no_text_cut(lines, [groups[-2][1][-1]] + groups[-1][1], w)):
            groups[-2][1].extend(groups.pop()[1] + printed[k:e + 1])  # a paragraph's or headline's end between
        else:
            groups.append((w, printed[k:e + 1]))
    out, found = [width] * len(lines), False
    for w, group in _across_ends(lines, printed, groups):
        first = 0
        while first < len(group) and is_terminal(_content(lines[group[first]])):
            first += 1  # the end of the paragraph over the stretch, as long as its lines by chance
        stretch = group[first:]
        above = max((k for k in printed if k < stretch[0]), default=None) if stretch else None
        ends = sum(1 for m in stretch[:-1] if is_terminal(_content(lines[m])) and _measure(lines[m]) >= (w or 0))
        below = min((k for k in printed if k > stretch[-1]), default=None) if stretch else None
        text = (len(stretch) >= 4 or any(_SENTENCE_MARK.search(lines[m]) for m in stretch)
                or (above is not None and _measure(lines[above]) >= width and not is_terminal(_content(lines[above])))
                or (below is not None and (_SENTENCE_MARK.search(lines[below]) is not None
                                           or _measure(lines[below]) >= width)
                    and word_across(_content(lines[stretch[-1]]), _content(lines[below])) is not None))
        if (w is not None and width // 2 <= w < width - 1 and len(stretch) >= 3 and text
                and 2 * ends < len(stretch) - 1):
            for m in stretch:
                out[m] = w
            found = True
    return out if found else None


_END_OF_SENTENCE = re.compile(r"[。！？!?][”’\"]?")


def merged_lines(lines: list[str]) -> dict[int, int | None]:
    """Lines (0-based) an engine read from two printed lines of a column, and where the second begins in each
    (None: nowhere the text shows, and the line is left whole).

    Why: an engine's line finder joins two lines of a tightly leaded column now and then, and prints them as one
    line about twice the column's width.  Where the first ended its paragraph (…赢得全场热烈掌声。 and the next
    story's headline, a headline and its lead's first line), read as one line it runs the two paragraphs, and
    often two stories, together.  No line of a column is longer than the column but for a mark hung at its
    end (or a character of a drifting column), so a line longer than its column by two or more without those
    (:func:`_ems`), beside a full line of the column (or one two lines off in the same run of lines: the lines
    right beside it may both be short, a paragraph's last above and the merged paragraph's own last below) and with
    one more such line at most among the two printed lines either side (a headline set across columns, an item set
    wider, or a page of paragraphs of their own length, has such lines in runs, or no full line beside them; a
    line between blank lines stands alone), is two lines.  The column is :func:`merged_width`.  Where the full line
    is only two lines off, the line is cut only at a gap (an engine's join); a cut found elsewhere is not made and
    the line is listed instead: less evidence, so the review says the line may be two.  The second begins after a
    gap that leaves both pieces no longer than the column, or a sentence's end that does (one filling its line, if
    any does); failing that, after a headline-shaped piece, under a finished sentence or a line with no clause
    mark (a headline's), where the rest is a full line of text; failing that, where a full line of the column ends
    (:func:`_full_line_end`), on a line that is no headline's shape, no credit's and opens no lead.  Elsewhere the
    line is left whole: no evidence, no cut; but it is listed, so the review says it may hold two lines
    (甲城举办职工技能竞赛300余名职工参加比赛。: a headline and the last line of a paragraph, nothing between them to
    cut at)."""
    found: dict[int, int | None] = {}
    for i, line in enumerate(lines):
        at = _editors_after(line.strip())
        if at:
            found[i] = len(line) - len(line.lstrip()) + at
    width = merged_width(lines)
    if width is None:
        return found
    printed = [i for i, line in enumerate(lines) if line.strip()]
    for n, i in enumerate(printed):
        line = lines[i]
        if i in found or _LABEL.search(line.strip()):
            continue
        heading = _MARKUP.match(line.strip())
        at = heading.end() if heading else 0
        opening = _opening_inside(line.strip()[at:], width, bool(heading)) or _closed_inside(line.strip()[at:], width)
        if not opening and not heading and n + 1 < len(printed):
            opening = _headline_run_on(line.strip(), lines[printed[n + 1]].strip(), width)
        if opening:
            found[i] = len(line) - len(line.lstrip()) + at + opening
            continue
        if heading or not (width < _printed_size(line) and _ems(line) <= 2 * width + 2):
            continue
        near = [lines[printed[k]] for k in range(n - 2, n + 3) if 0 <= k < len(printed) and k != n]
        beside = [lines[printed[k]] for k in range(n - 2, n + 3) if 0 <= k < len(printed) and k != n
                  and (abs(k - n) == 1 or printed[k] - i == k - n)]  # two off: in the same run of lines
        if sum(_measure(other) > width + 1 for other in near) > 1 \
                or not any(width - 1 <= _measure(other) <= width + 2 for other in beside):
            continue
        if not width + 2 < _ems(line):
            short = _short_piece_joined(line.strip(), width)
            if short:  # 在 程公司精测队…: a line's last glyph or two, an engine's gap, then a full line
                found[i] = len(line) - len(line.lstrip()) + short
            elif _set_by_characters(lines, width) and _printed_size(line) > width \
                    and _headline_after_end(line.strip()):
                found[i] = None  # one character past the column, no mark hung: maybe two lines, said
            continue
        text, above = line.strip(), lines[printed[n - 1]].strip() if n else ""
        cut = _merged_at(text, width, not above or is_terminal(above) or not _CLAUSE_MARK.search(above))
        if cut and not text[cut - 1].isspace() \
                and not any(width - 1 <= _measure(lines[printed[k]]) <= width + 2 for k in (n - 1, n + 1)
                            if 0 <= k < len(printed)):
            cut = None  # the column two lines off: cut only at the gap an engine joins lines with, else said
        if not cut and not headline_shaped(text) and not _STAFF.search(text) and not bl.is_byline(text) \
                and not _OPENING.search(text) and not any(_measure(other) > width + 1 for other in near):
            cut = _full_line_end(text, width)  # (alone among column lines: not an item set wider, or its edge)
        if cut or not headline_shaped(text):  # (a headline wider than the column is one set across columns)
            found[i] = len(line) - len(line.lstrip()) + cut if cut else None
    return found


def _short_piece_joined(text: str, width: int) -> int | None:
    """Where the second printed line begins in ``text``, a line one or two characters past its column with no mark
    hung at its end, when its one gap parts a piece of one or two Chinese glyphs ending no sentence from a full line
    of the column (``width`` characters of Chinese text exactly, its last a glyph): 在 程公司精测队副队长、三秦工匠李国
    (…陕西省建设工会 | 在, the lead's last line, read with the next column line).  None elsewhere.

    Why: a paragraph's or a column piece's last line may hold a glyph or two; an engine that reads it with the next
    line as one joins them at a gap, and the line is then only as much past the column as the short piece is long,
    too little for the width alone to tell it from a drifting line.  The gap is the engine's join, and a full line
    after it is a column's line whole: no line of a column holds a full line and more.  Only Chinese text on both
    sides: figures and letters are set half an em, and a line holding them may run past the count."""
    gaps = list(re.finditer(r"\s+", text))
    if len(gaps) != 1:
        return None
    head, rest = text[:gaps[0].start()], text[gaps[0].end():]
    if not (re.fullmatch(r"[\u4e00-\u9fff]{1,2}", head) and len(rest) == width
            and re.fullmatch(r"[\u4e00-\u9fff]\S*[\u4e00-\u9fff]", rest) and not any(ch.isascii() for ch in rest)):
        return None
    return gaps[0].end()


def _quoted_at(text: str, at: int) -> bool:
    """Is ``at`` inside a quotation, a title or brackets ``text`` opens before it (a slogan's word space, 奋进新征程
    建功新时代, is printed inside its quotes)?"""
    return text.count("“", 0, at) > text.count("”", 0, at) or text.count("《", 0, at) > text.count("》", 0, at) \
        or text.count("（", 0, at) + text.count("(", 0, at) > text.count("）", 0, at) + text.count(")", 0, at)


def _full_line_end(text: str, width: int) -> int | None:
    """Where the second of two printed lines read as ``text`` begins when nothing in the text shows it: after the
    line's one gap (outside quotes and brackets, and not between two headline-shaped pieces: a headline's word
    space) where both pieces fit the column; on a line without gaps, after a
    full line of the column ``width`` characters wide (a mark right after it hung with it) where ``text`` ends a
    sentence, else a column's width before the end (where a mark stands there, after it); None where a gap is
    elsewhere or the rest does not fit.

    Why: every line of a column is full but a paragraph's last.  Two lines read as one whose text ends a sentence
    are a full line and the paragraph's last; where it does not end one, the paragraph goes on under them, so the
    second was a full line, and the first stopped short: a paragraph's end, or the end of a column piece an engine
    cut mid-sentence and read out of order (…经常光顾的地方，尤 | 新就业形态劳动者…).  Read whole, as one full
    line, the piece ran on into the next and the reading order could not take them apart.  A cut a character off
    where the second line held a mark hung past the column keeps every character and is said all the same.  A gap
    an engine printed inside a line (a word space) takes no place in the column: its count is no guide there, and
    only the gap itself, the engine's join, is."""
    gaps = [m.end() for m in re.finditer(r"\s+", text)]
    if gaps:
        fits = [at for at in gaps if _ems(text[:at]) <= width + 1 and _ems(text[at:]) <= width + 1
                and not _quoted_at(text, at) and not (headline_shaped(text[:at]) and headline_shaped(text[at:]))]
        return fits[0] if len(gaps) == 1 and fits else None
    if is_terminal(text):
        at = width
        while at < len(text) and text[at] in NO_START:
            at += 1
    else:
        at = len(text) - width
        while 0 < at < len(text) and text[at] in NO_START:
            at += 1  # (a mark never opens a line: it hung at the first line's end)
        if at <= 0:
            return None
    rest = text[at:]
    return at if rest.strip() and _ems(rest) <= width + 1 and not text[:at].isspace() else None


def merged_width(lines: list[str]) -> int | None:
    """The column width of a page whose lines an engine read two at a time now and then (:func:`merged_lines`),
    or None: :func:`_width`, or failing it, the width read with each line as long as two of the page's commonest
    lines (within a character each, marks hung at their ends) counted as two lines of that length.

    Why: on a small page (a few items, a dozen lines) two or three lines read as one are enough to fail the
    share of full lines :func:`_width` asks for, and the lines longer than the column it allows; the column is
    still the commonest length, and a line as long as two of it is what an engine makes of two full lines (a
    page of paragraphs of their own length has no such pairs: it still fails the share and the peak)."""
    width = _width(lines)
    if width is not None:
        return width
    sizes = Counter(_measure(t) for t in lines if t.strip() and not _LABEL.search(t.strip()))
    if not sizes:
        return None
    best = max(sizes, key=lambda w: (sizes[w], w))
    halved: list[str] = []
    for line in lines:
        text = line.strip()
        if best >= 4 and 2 * best - 2 <= _measure(line) <= 2 * best + 2 and not _LABEL.search(text):
            halved += [text[:len(text) // 2], text[len(text) // 2:]]
        else:
            halved.append(line)
    return _width(halved) if len(halved) > len(lines) else None


_AFTER_SENTENCE = re.compile(r"(?<=[。！？!?”」])[ \t\u3000]+(?=\S)")


def _editors_after(text: str) -> int | None:
    """Where a line's second printed line begins when it is a page's or an item's editors' credit (责任编辑：陈晓,
    本版编辑　周立 美编：王娜: :data:`~unionnews.ingest.normalize.STAFF_CREDITS`) or the page's furniture (广告,
    登报咨询电话：63522410: :data:`~unionnews.ingest.normalize.FURNITURE_LINE`) to the line's end, after a finished
    sentence and a space (…办成职工身边的实事。 责任编辑：陈晓; …在线学习。 广告), or its source line, with or without
    the space (…劳动者身边。转自《中工网》); or None.

    Why on any page, whatever its width: the credit is always a line of its own under the story it closes, and
    the segmenter reads it there as the story's end.  Read inside the story's last paragraph, the story does not
    end, and the next item, a headline over text with no lead, is read as its subhead.  No sentence runs on into
    a role, a colon and names to the line's end."""
    for m in _AFTER_SENTENCE.finditer(text):
        rest = text[m.end():].strip()
        if STAFF_CREDITS.match(rest) or FURNITURE_LINE.fullmatch(WORD_GAP.sub("", rest)):
            return m.end()
    ends = list(_END_OF_SENTENCE.finditer(text))
    if ends and ends[-1].end() < len(text):  # (a source line, 转自《中工网》, whole to the end, with no gap either)
        rest = text[ends[-1].end():]
        if bl.SOURCE.match(rest.strip()) and rest.rstrip().endswith("》"):
            return ends[-1].end() + len(rest) - len(rest.lstrip())
    return None


# what only ever opens a printed line of a column: a lead's marker with its credit or its dateline's place and day
# (本报讯（记者…）, 本报重庆9月25日电（…）), a continued story's marker ((上接第1版)); a staff credit is read to
# the line's end (:func:`_opening_inside`).  Not a dateline in brackets: a story may close on one ((本报重庆9月25日电))
_OPENING = re.compile(r"本报(?:讯|[^\s（()）]{1,8}?\s?\d{1,2}\s?月\s?\d{1,2}\s?日\s?电)\s*[（(]"
                      r"|[（(【〔]\s*上接第\s*[\d一二三四五六七八九十]+\s*版")
_HAN = re.compile("[\u4e00-\u9fff]")
_STAFF = re.compile(bl.BYLINE_START.pattern.lstrip("^"))  # a staff credit's first words, anywhere in a line


def _opening_inside(text: str, width: int, heading: bool = False) -> int | None:
    """Where a line's second printed line begins when it opens on what only opens a line of a column (a lead's
    marker, a 上接 marker: :data:`_OPENING`; a staff credit that runs to the line's end, 本报记者 陈艺 摄), after
    text of a line of its own; or None.  ``heading``: ``text`` is a Markdown heading's, set as wide as it likes.

    Why: an engine that reads two lines as one runs a headline into its lead (…工会合力、本报讯（记者…）近日，),
    a paragraph's last line into a credit (…热烈掌声。本报记者 任洁 彭程摄影报道) or a 上接 marker, and the line
    need not be wider than the column (a short last line and the start of the next): read whole, the lead's
    paragraph runs on from the headline's, and the story's headline is lost in it.  A column sets each of these at
    a line's start; so both pieces must fit the column, and the piece before is no piece of the same words: not
    cut inside a bracket it opens (（本报讯…）quoted); a credit's words open running text too (本报记者从…获悉),
    so one is cut off only after a line that can end before it (:func:`_stands_before`)."""
    for m in _OPENING.finditer(text):
        first = text[:m.start()].strip()
        if _fits(first, text[m.start():], width, heading) and open_brackets(first) <= 0:
            return m.start()
    m = _STAFF.search(text, 1)
    if m and _fits(text[:m.start()], text[m.start():], width, heading) and _stands_before(text[:m.start()]) \
            and (bl.is_credit(text[m.start():]) or bl.is_byline(text[m.start():]) and " " in text[m.start():].strip()):
        return m.start()
    return None


_CONTINUED_AT = re.compile(r"[（(【〔]\s*上接第\s*[\d一二三四五六七八九十]+\s*版\s*[）)】〕]")
_CREDIT_END = re.compile(r"摄影报道|/摄|摄")


def _closed_inside(text: str, width: int) -> int | None:
    """Where a line's second printed line begins when the line opens on what is always a line of its own in a
    column, with more text after it: a 上接 marker ((上接第1版)此次大会…), a staff photo credit
    (本报记者 陈艺 摄顶尖科学家…: the credit's last word, 摄 or 摄影报道, and not a word of a role that goes on,
    摄影记者; not before a jump line, 【下转第3版】, which closes the story's text there).  Or None.

    Why: read as one line with the next story's headline or the continued text, the marker or the credit opens
    a paragraph that runs on, and the headline (and a story) is read inside it."""
    m = _CONTINUED_AT.match(text)
    if m and text[m.end():].strip() and _fits(text[:m.end()], text[m.end():], width):
        return m.end()
    if not bl.BYLINE_START.match(text):
        return None
    for m in _CREDIT_END.finditer(text):
        rest = text[m.end():]
        if rest.strip() and rest.lstrip()[0] not in NO_START and not rest.lstrip().startswith(("影", "像")) \
                and not bl.JUMP.match(rest.strip()) \
                and not _STAFF.match(rest.lstrip()) and bl.is_credit(text[:m.end()]) \
                and _fits(text[:m.end()], rest, width):
            return m.end()
    return None


def _fits(first: str, rest: str, width: int, heading: bool = False) -> bool:
    """Do two pieces of a line each fit a column ``width`` wide (a mark hung at a line's end aside; the first as
    wide as it likes where it is a ``heading``'s)?  The first must be text: a Chinese character, or a quote closed
    after a line's end (…数智所向 | ”); a rule's or a margin's letter before a line (丨, l) is none."""
    first = first.strip()
    return bool(_HAN.search(first) or first and all(ch in CLOSING_QUOTES or ch == '"' for ch in first)) \
        and (heading or _ems(first) <= width + 1) and _ems(rest) <= width + 1


def _stands_before(first: str) -> bool:
    """Can ``first`` end a printed line of its own before a staff credit: it ends a sentence, or is a line of
    names (but no credit's own, 本报记者 李昱霖 | 本报通讯员 …), or a piece of a headline (no sentence mark but
    a clause's at its end, …聚工会合力、; no bracket left open; a quote it closes may have opened a line up,
    …数 | 智所向”)?"""
    first = first.strip()
    if _STAFF.search(first) or bl.is_byline(first):
        return False  # a credit's first role and names: the next role goes on in the same credit
    if is_terminal(first) or bl.is_names_only(first):
        return True
    return open_brackets(first) <= 0 and not _SENTENCE_MARK.search(first.rstrip("、，,")) and len(first) >= 2


def _ems(line: str) -> float:
    """How wide a line is printed, in the column's characters: a Chinese character or a full-width mark one, an
    ASCII character half (a typesetter sets digits, letters and their marks half an em, so a line holding 2025
    or AI holds more characters than the column), whitespace none (an indent, a word space an engine put in)."""
    text = line.strip().rstrip("".join(NO_START) + "”’")  # marks hung past the column's end
    return sum(0.5 if ch.isascii() else 1 for ch in text if not ch.isspace())


def _merged_at(text: str, width: int, after_end: bool) -> int | None:
    """Where the second of two printed lines read as ``text`` begins (:func:`merged_lines`), or None: after the
    line's one gap, between two pieces that each fit the column, the first ending a sentence or the second holding
    a clause mark (an engine joins two lines it read as one with a space; a headline's word space parts two
    headline-shaped pieces), else after a sentence's end, a headline over a lead on its date, or a headline."""
    gaps = list(re.finditer(r"\s+", text))
    if len(gaps) == 1 and _ems(text[:gaps[0].start()]) <= width + 1 and _ems(text[gaps[0].end():]) <= width + 1 \
            and (is_terminal(text[:gaps[0].start()]) or _CLAUSE_MARK.search(text[gaps[0].end():])):
        return gaps[0].end()
    ends = [m.end() for m in _END_OF_SENTENCE.finditer(text)
            if 2 <= m.end() <= width + 1 and len(text) - m.end() <= width + 1 and m.end() < len(text)
            and text[m.end()] not in NO_START]
    if ends:
        full = [p for p in ends if p >= width - 1 or len(text) - p >= width - 1]
        return (full or ends)[-1]
    if after_end:
        dated = _dated_lead_at(text, width)
        if dated:
            return dated
    first, rest = text[:len(text) - width], text[len(text) - width:]
    if after_end and first and headline_shaped(first) and _CLAUSE_MARK.search(rest) and rest[0] not in NO_START \
            and not headline_shaped(rest):  # (a headline set across columns lists with 、 too: 顶尖科学家、卓越工程师、…)
        return len(first)
    return None


_DATED_LEAD_AT = re.compile(bl.DATED_LEAD.pattern.lstrip("^"))
_TAKES_A_DATE = tuple("于在从至到自截止")  # words a date reads on from inside a sentence (将于9月3日，…)


def _dated_lead_at(text: str, width: int) -> int | None:
    """Where a lead opening on its date (11月13日下午，陕西…: :data:`~unionnews.ingest.byline.DATED_LEAD`)
    begins in ``text``, a line two printed lines were read as, after a headline's piece (操场上的“工匠课”): both
    pieces fit the column, the first has a headline's shape and ends on no word a date reads on from (将于), and
    no dictionary word runs across the cut.  Or None.  Why: a headline over a lead without 本报讯 shows nothing
    else where the lead begins; read whole, the lead's first line is read as the headline's."""
    for m in _DATED_LEAD_AT.finditer(text):
        first, rest = text[:m.start()].rstrip(), text[m.start():]
        if first and headline_shaped(first) and not first.endswith(_TAKES_A_DATE) and _fits(first, rest, width) \
                and not word_across(first, rest):
            return m.start()
    return None


def _headline_after_end(text: str) -> bool:
    """Does ``text``, a line a character or more longer than its column with no mark hung past its end, hold a
    sentence's end followed by a headline's shape of four characters or more (…金200万元。西城区开展职工健康体检)?

    Why: a paragraph's short last line and the next story's headline read as one line are no wider than a full
    line where the last line held figures (set half an em): nothing but a character past the column says they are
    two lines, and a sentence going on after its full stop reads the same.  Not cut, then: the review says the line
    may be two, as the next story's text may run on in the paragraph."""
    if not text or text[-1] in NO_START or text[-1] in CLOSING_QUOTES or text[0].isascii() and text[0].isalpha():
        return False  # (a letter first: a column rule's, l or I, not the text's)
    ends = list(_END_OF_SENTENCE.finditer(text))
    tail = text[ends[-1].end():] if ends else ""
    return len(tail) >= 4 and headline_shaped(tail) and not _CLAUSE_MARK.search(tail)


def _headline_run_on(text: str, under: str, width: int) -> int | None:
    """Where a line's second printed line begins when it holds a sentence's end and then a headline's shape, right
    over a line that opens a lead: an engine's join gap between the two (…困难职工。 工会送上暖“新”祝福 | 9月25日，…),
    or none over a 本报讯 marker.  After the sentence's end, where both pieces fit the column, the rest closes its
    quotes, holds no clause mark, ends on no word a date reads on from (将于), and no dictionary word runs across it
    into the lead.  Or None.

    Why: a paragraph's short last line and the next story's headline read as one line need be no wider than the
    column; read whole, the headline runs on in the story above, and the lead under it opens an item with no
    headline.  A lead opens an item under its headline, so a headline's shape after a finished sentence right over
    one is that headline.  A sentence may go on into a date (…。活动负责人介绍 | 近日，…), so there the gap must show
    the join: Chinese sets no space after its full stop; no sentence goes on into a 本报讯 marker."""
    marker = bool(bl.LEAD.match(under))
    if not (marker or bl.DATED_LEAD.match(under)):
        return None
    ends = list(_END_OF_SENTENCE.finditer(text))
    if not ends:
        return None
    first, rest = text[:ends[-1].end()], text[ends[-1].end():].strip()
    gap = text[ends[-1].end():ends[-1].end() + 1].isspace()
    if (marker or gap) and len(rest) >= 4 and headline_shaped(rest) and not _CLAUSE_MARK.search(rest) \
            and _balanced(rest) and not rest.endswith(_TAKES_A_DATE) and rest[0] not in NO_START \
            and _fits(first, rest, width) and not word_across(rest, under):
        return len(text) - len(text[ends[-1].end():].lstrip())
    return None


def _printed_size(line: str) -> int:
    """How many characters a line prints, whitespace aside (an indent, a word space an engine put in)."""
    return sum(1 for ch in line if not ch.isspace())


def _set_by_characters(lines: list[str], width: int) -> bool:
    """Is the column set a character to a place, figures and letters too (full lines holding them print ``width``
    characters), rather than in ems (they print more, half an em each)?  Only on such a page does a line a
    character past the column, with no mark hung at its end, show it holds more than one printed line."""
    mixed = [line for line in lines if line.strip() and any(ch.isascii() and ch.isalnum() for ch in line)]
    by_chars = sum(1 for line in mixed if _printed_size(line) == width and _ems(line) < width)
    by_ems = sum(1 for line in mixed if _printed_size(line) > width and width - 0.5 <= _ems(line) <= width)
    return by_chars >= 2 and by_chars > by_ems
