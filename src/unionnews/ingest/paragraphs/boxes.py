"""Printed lines a box-based engine (PaddleOCR …: one line per text box) cut in two.

Two short lines in a row of a column page that together fill it, within a
paragraph's text, are one printed line: every rule of the column reading would
take the first for a paragraph's end and the rest for a paragraph of its own.
Read so only on a page where such pairs are a habit (a box detector cuts all
over a page; two lines filling a column by chance are a few); the lines are put
back together, read, and the paragraphs given the file's line numbers again.
"""
from __future__ import annotations

from unionnews.ingest import byline as bl
from unionnews.ingest.continuity import word_across
from unionnews.ingest.normalize import is_terminal
from unionnews.ingest.paragraphs.lines import (NO_END, Paragraph, _DATED_LEAD, _INDENT, _LABEL, _MARKUP, _closes,
                                               _content, _join, _measure, _starts_item, _whole_line_item)
from unionnews.ingest.paragraphs.model import Paragraphs, renumber


def _box_cuts(lines: list[str], width: int) -> list[int]:
    """Lines a box-based engine (PaddleOCR …: one line per text box) cut off the start of a printed
    line, the line's rest on the next file line: two short lines in a row of a column page that
    together fill it (the column's width, or one or two more for marks hung at its end), the first
    neither ending a sentence nor opening an item, the second opening none, and the line after them
    going on the text (not a lead, byline or credit: two headline lines over a story may fill a line
    by chance).  Only on a page where such pairs are a habit (:data:`_BOXED_SHARE`).

    Why: every rule of the column reading takes a short line for a paragraph's end (or a cut column
    piece, or a headline), and the rest of a printed line for a paragraph of its own.  Two lines that
    add up to exactly one column line, within a paragraph's text, are one printed line."""
    printed = [i for i, t in enumerate(lines) if t.strip()]
    out: list[int] = []
    short: list[int] = []  # pairs that make a short line (a headline, a paragraph's last line) with a word across
    for n, (i, j) in enumerate(zip(printed, printed[1:])):
        if j != i + 1 or (out and out[-1] == i - 1) or (short and short[-1] == i - 1):
            continue
        a, b = lines[i].strip(), lines[j].strip()
        ca, cb = _content(a), _content(b)
        size_a, size_b = _measure(lines[i]), _measure(lines[j])
        if not ca or not cb or size_a >= width - 1 or size_b >= width - 1:
            continue
        if (_MARKUP.match(b) or _LABEL.search(a) or _LABEL.search(b) or _INDENT.match(lines[j]) or is_terminal(ca)
                or _starts_item(b) or _whole_line_item(ca) or _whole_line_item(cb) or bl.BYLINE_START.match(cb)
                or _starts_item(a) or _closes(ca)):
            continue
        after = lines[printed[n + 2]] if n + 2 < len(printed) and printed[n + 2] == j + 1 else ""
        nxt = _content(after)
        # full: the column's width, one or two more (marks hung at its end), one less before an opening mark
        full = width <= size_a + size_b <= width + 2 or (size_a + size_b == width - 1 and nxt[:1] in NO_END)
        if not full:
            if size_a + size_b < width and word_across(ca, cb) is not None:
                short.append(i)  # 充分展现工 | 匠风采: a word the cut falls in
            continue
        if (not nxt or _starts_item(after) or (_whole_line_item(nxt) and not bl.BYLINE_START.match(ca + cb))
                or bl.BYLINE_START.match(nxt) or _DATED_LEAD.match(nxt) or _MARKUP.match(after.strip())):
            continue
        out.append(i)
    # an engine that finds two boxes in a printed line does so all over the page (a box detector's
    # habit): a few such pairs on a page (two short lines that fill a column by chance: a cut
    # column piece's end and a headline) are no sign of it.  On such a page, a short printed line
    # (a headline, a paragraph's last line) cut inside a word is one line too.
    if len(out) < max(4, _BOXED_SHARE * len(printed)):
        return []
    return sorted(out + short)


# the share of a page's printed lines that must be cut in two boxes before any pair is read as one line
_BOXED_SHARE = 0.035


def _unboxed(lines: list[str], cuts: list[int]) -> tuple[list[str], list[tuple[int, ...]]]:
    """The page with each line of ``cuts`` (:func:`_box_cuts`) and the next made one line again, as
    printed, and the file lines (1-based) behind each of its lines."""
    out: list[str] = []
    behind: list[tuple[int, ...]] = []
    skip = set(k + 1 for k in cuts)
    for i, line in enumerate(lines):
        if i in skip:
            continue
        if i in cuts:
            head = _content(line)
            line = line.rstrip() + _join(head, line, lines[i + 1])[len(head):]
            behind.append((i + 1, i + 2))
        else:
            behind.append((i + 1,))
        out.append(line)
    return out, behind


def _rebox(paras: Paragraphs, behind: list[tuple[int, ...]]) -> Paragraphs:
    """``paras`` read from :func:`_unboxed` lines, with the file's line numbers again."""
    def back(nos: tuple[int, ...]) -> tuple[int, ...]:
        return tuple(n for no in nos for n in behind[no - 1])

    origin = {no: back(nos) for no, nos in paras.origin.items()}
    by_line = {no: behind[no - 1] for no in range(1, len(behind) + 1)}
    doubts = {no: renumber(d, by_line) for no, d in paras.doubts.items()}
    # every pair read as one line is said in review: two short lines that fill the column together are a
    # box cut only by their lengths, and a cut column piece's end over a headline can fill one by chance
    # (the headline then runs into the text, and two stories into one file)
    for no, nos in paras.origin.items():
        pairs = [behind[n - 1] for n in nos if len(behind[n - 1]) == 2]
        if pairs:
            said = ", ".join(f"{a} and {b}" for a, b in pairs)
            doubt = (f"lines {said} are each read as one printed line the OCR cut in two (two short lines that "
                     "fill the column together) — check that no headline or other story was run in")
            doubts[no] = f"{doubts[no]}; {doubt}" if no in doubts else doubt
    return Paragraphs([Paragraph(p.text, back(p.lines), p.blanks) for p in paras.paragraphs], paras.lines, origin,
                      paras.layout, paras.width, doubts, paras.soft)
