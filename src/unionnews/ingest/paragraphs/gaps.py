"""Printed lines an engine cut at their word spaces (PaddleOCR, EasyOCR: one text box a line).

A text detector finds the two sides of a wide gap as two boxes and prints each box on a line of its own: a
column line holding a word space (a credit's names, a headline's two halves, a slogan's phrases, a space the
OCR read inside running text) comes out as two or more short lines, the space gone.  Every rule of the column
reading takes a short line for a paragraph's end, a headline or a byline of its own, so a lead's credit
(本报讯（记者 | 白莹）7月28日) stands apart from its lead and a headline's first half is read as the whole.

The pieces of one printed line fill the column together once each lost space is given back its place (a word
space takes a character's place in a justified line, as :func:`.lines._measure` counts one at a line's end).
Short lines that do so exactly, in a row, starting where a printed line starts, are one printed line.  Read so
only on a page where such runs are a habit (an engine that cuts at spaces does so wherever the page prints
one), and never where the text says the pieces are lines of their own: a sentence's end before more text, an
item's opening, a credit's end, a headline block over its story.
"""
from __future__ import annotations

import re

from unionnews.ingest import byline as bl
from unionnews.ingest.continuity import word_across
from unionnews.ingest.normalize import is_terminal
from unionnews.ingest.paragraphs.lines import (NO_START, CLOSING_QUOTES, _LABEL, _MARKUP, _content, _measure, _role_alone,
                                               _opens, _quotes_closed, _starts_item, headline_shaped)
from unionnews.ingest.paragraphs.boxes import _fills
from unionnews.ingest.paragraphs.model import Paragraphs, renumber
from unionnews.ingest.paragraphs.lines import Paragraph

# the fewest runs on a page before any is read as one printed line: two short lines filling a column with a
# space's place between them happen by chance (a paragraph's last line over a short headline) once or twice
_HABIT = 3


def gap_runs(lines: list[str], width: int | None) -> list[tuple[int, ...]]:
    """The runs of lines (0-based file lines, two or more each) that are one printed line cut at its word spaces
    (this module's docstring), on a column page ``width`` wide where they are a habit (:data:`_HABIT`); else
    none."""
    if not width:
        return []
    printed = [i for i, t in enumerate(lines) if t.strip()]
    runs: list[tuple[int, ...]] = []
    ends: set[int] = set()  # the last lines of the runs found
    filled = 0  # the runs read on the column's width (a byline's, read on its words, counts for no habit)
    n = 0
    while n < len(printed):
        run = _run_at(lines, printed, n, width, ends)
        filled += run is not None
        run = run or _byline_at(lines, printed, n, width, ends)
        if run:
            runs.append(run)
            ends.add(run[-1])
            n += len(run)
        else:
            n += 1
    return runs if filled >= _HABIT else []


def _starts_line(lines: list[str], printed: list[int], n: int, width: int, ends: set[int]) -> bool:
    """Can the n-th printed line be the first piece of a printed line: the page's or a paragraph's first line
    (after a blank line, a full column line, markup, a finished sentence or credit, a run just read as one
    line, or a short line under one of those: a paragraph's last line), or an item's opening?  A piece after
    a short line that ends nothing is that line's rest."""
    i = printed[n]
    if n == 0 or printed[n - 1] != i - 1 or i - 1 in ends or _starts_item(lines[i]):
        return True
    if _ends_line(lines[i - 1], width):
        return True
    return n > 1 and printed[n - 2] == i - 2 and (i - 2 in ends or _measure(lines[i - 2]) >= width - 1)


def _ends_line(up: str, width: int) -> bool:
    """Does the line ``up`` end a printed line whatever comes after it: a full column line, markup, a column
    label, a finished sentence or credit?"""
    cu = _content(up)
    return (_measure(up) >= width - 1 or bool(_MARKUP.match(up.strip())) or bool(_LABEL.search(cu))
            or is_terminal(cu) or bl.is_credit(cu))


def _run_at(lines: list[str], printed: list[int], n: int, width: int, ends: set[int]) -> tuple[int, ...] | None:
    """The run of pieces from the n-th printed line that fills the column exactly with a place for each lost
    space, or None.  Every piece is short (two at least make a line); a piece after the first opens no item
    and follows no finished credit; a finished sentence ends the run unless the run's rest goes on into the
    next line's word (…贡献力量。 | 这台文艺晚 | 会以…, the OCR's space after a full stop)."""
    if not _starts_line(lines, printed, n, width, ends):
        return None
    run: list[int] = []
    total = -1
    for k in range(n, len(printed)):
        i = printed[k]
        if run and i != run[-1] + 1:
            return None
        line = lines[i]
        text = _content(line)
        if (not text or _MARKUP.match(line.strip()) or _LABEL.search(text) or _measure(line) > width - 2
                or run and (_starts_item(line) or bl.is_credit(_content(lines[run[-1]]))
                            or bl.BYLINE_START.match(text) and not bl.BYLINE_START.match(_content(lines[run[0]])))):
            return None
        run.append(i)
        total += len(text) + 1
        if total >= width:
            break
    if len(run) < 2 or not _fills(total, width, _content(lines[run[-1]])):
        return None
    return run_checked(lines, tuple(run), width, ends)


def run_checked(lines: list[str], run: tuple[int, ...], width: int, ends: set[int]) -> tuple[int, ...] | None:
    """``run`` if its text allows one printed line: no piece but the last ends a sentence, unless the last
    goes on into the line after it; and a run of headline-shaped pieces is left as it is unless it goes on
    a sentence the line above left open or into the line after it (a headline's last line over its subtitle
    fills the column by chance; no headline stands under an open sentence)."""
    pieces = [_content(lines[i]) for i in run]
    after = _content(lines[run[-1] + 1]) if run[-1] + 1 < len(lines) else ""
    # the last piece ends on a clause mark the sentence goes on after: no paragraph's first line is short
    goes_on = bool(after) and _goes_on(pieces[-1], after) or pieces[-1][-1:] in _GOES_ON
    if any(is_terminal(p) for p in pieces[:-1]) and not goes_on:
        return None
    if (all(headline_shaped(p) for p in pieces) and not goes_on and not _sentence_above(lines, run[0], width, ends)
            and not any(word_across(a, b) for a, b in zip(pieces, pieces[1:]))):
        return None
    return run


def _sentence_above(lines: list[str], i: int, width: int, ends: set[int]) -> bool:
    """Does line i stand under a full column line (or a run read as one) of running text whose sentence goes
    on: it holds a clause or sentence mark and ends no sentence?"""
    if i == 0 or not lines[i - 1].strip() or _MARKUP.match(lines[i - 1].strip()):
        return False
    up = _content(lines[i - 1])
    return ((_measure(lines[i - 1]) >= width - 1 or i - 1 in ends) and not is_terminal(up)
            and (bool(_CLAUSE.search(up)) or word_across(up, _content(lines[i])) is not None))


_CLAUSE = re.compile(r"[，。、；：！？,;:!?]")
_GOES_ON = frozenset("，、；,;")  # clause marks a sentence goes on after (a colon may end a kicker)


def _goes_on(last: str, after: str) -> bool:
    """Does the line ``after`` go on the piece ``last`` ends: it begins with a mark no line begins with, or
    ``last`` leaves a quote or bracket open, or a dictionary word runs across?"""
    return (after[:1] in NO_START or after[:1] in CLOSING_QUOTES or _opens(last) or not _quotes_closed(last)
            or word_across(last, after) is not None)


_CREDIT_PIECE = re.compile(r"[\u4e00-\u9fff·]{1,7}(?:/[文摄])?|/[文摄]")


def _byline_at(lines: list[str], printed: list[int], n: int, width: int, ends: set[int]) -> tuple[int, ...] | None:
    """The run of pieces from the n-th printed line that is a byline or a photo credit cut at its spaces
    (本报记者 | 任洁 | 彭程 | 摄影报道; 郑莉 | 郝赫 | 朱欣文), or None.  A byline or credit is one short printed line
    of names, roles and the credit's 摄 or /文, its words parted by spaces; a role word or a bare name alone is
    no line of any kind (no headline, paragraph or credit is a name).  The run goes on while the pieces read
    together are still a byline or credit, and ends at a credit's 摄; a role word after a line of bare names
    opens the next line (郑莉 郝赫 朱欣文 | 本报记者 陈艺 摄: a names line, then the photo's credit)."""
    if not _starts_line(lines, printed, n, width, ends):
        return None
    run: list[int] = []
    text = ""
    for k in range(n, len(printed)):
        i = printed[k]
        piece = _content(lines[i])
        if run and (i != run[-1] + 1 or bl.is_credit(text)
                    or (_role_alone(piece) and not bl.BYLINE_START.match(text))):
            break
        joined = f"{text} {piece}".strip()
        if (not _CREDIT_PIECE.fullmatch(piece) or _MARKUP.match(lines[i].strip()) or len(joined) > 40
                or run and not (bl.is_byline(joined) or bl.is_credit(joined))):
            break
        run.append(i)
        text = joined
    if len(run) < 2 or not (bl.is_byline(text) or bl.is_credit(text)):
        return None
    return tuple(run)


def ungapped(lines: list[str], runs: list[tuple[int, ...]]) -> tuple[list[str], list[tuple[int, ...]]]:
    """The page with each run (:func:`gap_runs`) one line again, its pieces parted by the space the OCR lost,
    and the file lines (1-based) behind each of its lines."""
    first = {run[0]: run for run in runs}
    inside = {i for run in runs for i in run[1:]}
    out: list[str] = []
    behind: list[tuple[int, ...]] = []
    for i, line in enumerate(lines):
        if i in inside:
            continue
        if i in first:
            run = first[i]
            line = line.rstrip() + "".join(" " + _content(lines[k]) for k in run[1:])
            behind.append(tuple(k + 1 for k in run))
        else:
            behind.append((i + 1,))
        out.append(line)
    return out, behind


def regapped(paras: Paragraphs, behind: list[tuple[int, ...]]) -> Paragraphs:
    """``paras`` read from :func:`ungapped` lines, with the file's line numbers again."""
    def back(nos: tuple[int, ...]) -> tuple[int, ...]:
        return tuple(n for no in nos for n in behind[no - 1])

    origin = {no: back(nos) for no, nos in paras.origin.items()}
    by_line = {no: behind[no - 1] for no in range(1, len(behind) + 1)}
    doubts = {no: renumber(d, by_line) for no, d in paras.doubts.items()}
    in_order = None if paras.in_order_doubts is None else {
        no: renumber(d, by_line) for no, d in paras.in_order_doubts.items()}
    return Paragraphs([Paragraph(p.text, back(p.lines), p.blanks) for p in paras.paragraphs], paras.lines, origin,
                      paras.layout, paras.width, doubts, paras.soft, in_order)
