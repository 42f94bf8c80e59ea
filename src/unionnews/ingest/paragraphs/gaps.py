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
from unionnews.ingest.normalize import is_terminal, open_brackets
from unionnews.ingest.paragraphs.boxes import _fills, _headline_block, _word_end_first
from unionnews.ingest.paragraphs.columns import _particle
from unionnews.ingest.paragraphs.lines import (CLOSING_QUOTES, NO_START, _INDENT, _LABEL, _MARKUP, Paragraph,
                                               _completed_across, _content, _count_cut, _measure, _opens,
                                               _quotes_closed, _role_alone, _starts_item, headline_shaped)
from unionnews.ingest.paragraphs.model import Paragraphs, renumber
from unionnews.ingest.paragraphs.widths import narrowed

# the fewest runs on a page before any is read as one printed line: two short lines filling a column with a
# space's place between them happen by chance (a paragraph's last line over a short headline) a few times a page
_HABIT = 4
# and the least share of the page's pairs of short lines in a row they must be: by chance a pair fills the column
# so about once in as many pairs as the column holds characters (nine or more); a page cut at its spaces has a
# short line wherever it printed a space, and most of those pairs are one line
_HABIT_SHARE = 1 / 6


def gap_runs(lines: list[str], width: int | None) -> list[tuple[int, ...]]:
    """The runs of lines (0-based file lines, two or more each) that are one printed line cut at its word spaces
    (this module's docstring), on a column page ``width`` wide where they are a habit (:data:`_HABIT`); else
    none."""
    if not width:
        return []
    printed = [i for i, t in enumerate(lines) if t.strip()]
    stretches = narrowed(lines, width)  # lines set narrower around a photo: their own measure's full lines
    ends: set[int] = {i for i, w in enumerate(stretches or ()) if w != width}  # (lines no run may take)
    runs: list[tuple[int, ...]] = []
    filled = 0  # the runs read on the column's width (a byline's, read on its words, counts for no habit)
    n = 0
    while n < len(printed):
        run = None if printed[n] in ends else _run_at(lines, printed, n, width, ends)
        filled += run is not None
        run = run or _byline_at(lines, printed, n, width, ends)
        if run:
            runs.append(run)
            ends.add(run[-1])
            n += len(run)
        else:
            n += 1
    boxed, short = _short_pairs(lines, printed, width)
    return runs if filled >= max(_HABIT, _HABIT_SHARE * short) and filled > boxed else []


def _short_pairs(lines: list[str], printed: list[int], width: int) -> tuple[int, int]:
    """How many pairs of short lines in a row fill the column with no space's place between them (a printed
    line a box detector cut at random, :mod:`.boxes`), and how many pairs of short lines in a row there are.
    Where box cuts outnumber the runs that fill the column with a space's place, those runs are lines one
    short by chance."""
    boxed = short = 0
    for i, j in zip(printed, printed[1:]):
        a, b = lines[i], lines[j]
        if j != i + 1 or max(_measure(a), _measure(b)) > width - 2 or _MARKUP.match(a.strip()):
            continue
        short += 1
        boxed += _fills(_measure(a) + _measure(b), width, _content(b))
    return boxed, short


def _starts_line(lines: list[str], printed: list[int], n: int, width: int, ends: set[int]) -> bool:
    """Can the n-th printed line be the first piece of a printed line: the page's or a paragraph's first line
    (after a blank line, a full column line, markup, a finished sentence or credit, a run just read as one
    line, or a short line under one of those: a paragraph's last line), or an item's opening?  A piece after
    a short line that ends nothing is that line's rest.  ``ends``: the last lines of the runs found, and the
    lines of a narrower stretch (each a printed line of its own)."""
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
    space, or None.  Every piece is short (two at least make a line) and holds no space (the engine cut at
    each); a piece after the first opens no item
    and follows no finished credit; a finished sentence ends the run unless the run's rest goes on into the
    next line's word (…贡献力量。 | 这台文艺晚 | 会以…, the OCR's space after a full stop)."""
    if not _starts_line(lines, printed, n, width, ends) or _finishes_credit(lines, printed, n):
        return None
    run: list[int] = []
    total = -1
    for k in range(n, len(printed)):
        i = printed[k]
        if run and i != run[-1] + 1:
            return None
        line = lines[i]
        text = _content(line)
        if (not text or " " in text or "\u3000" in text or _INDENT.match(line) or _MARKUP.match(line.strip())
                or _LABEL.search(text) or _measure(line) > width - 2
                or run and (_starts_item(line) or bl.is_credit(" ".join(_content(lines[k]) for k in run))
                            or bl.BYLINE_START.match(text) and not bl.BYLINE_START.match(_content(lines[run[0]])))):
            return None
        run.append(i)
        total += len(text) + 1
        if total >= width or k + 1 == len(printed) or total + len(_content(lines[printed[k + 1]])) >= width + 2:
            break  # full, or the next piece would take the line past any mark hung at its end
    # a lead's first line, or one inside its credit, may end on the credit's word space (本报讯（记者 白莹） | 7月28日…):
    # one short, the space at the line's end; a lead's first line is never a paragraph's last
    # (or where the next line opens on a character and a mark no line may open with: the typesetter carried the
    # character down with its mark, 结束 | 后，…)
    after = lines[run[-1] + 1].strip() if run[-1] + 1 < len(lines) else ""
    lead_line = total == width - 1 and (bool(bl.LEAD.match(_content(lines[run[0]]))) or _in_credit(lines, run[0])
                                        or after[1:2] in NO_START and after[:1] not in NO_START)
    if (len(run) < 2 or ends.intersection(run) or _one_measure(lines, run)
            or not (lead_line or _fills(total, width, _content(lines[run[-1]])))):
        return None
    first, second = _content(lines[run[0]]), _content(lines[run[1]])
    if (_sentence_above(lines, run[0], width, ends) and not is_terminal(first) and word_across(first, second) is None
            and _headline_block(lines, printed, n + 1, width)):
        return None  # a cut column piece's end, then the next item's headline (…团西铁工 | 操场上的“工匠课”)
    return run_checked(lines, tuple(run), width, ends)


def _in_credit(lines: list[str], i: int) -> bool:
    """Does line i stand inside a lead's credit the lines right above it opened and left open (本报讯 (记者叶小钟
    通讯员 | 李治文 陈玮立)近日…)?"""
    above = ""
    for k in range(i - 1, max(-1, i - 5), -1):
        if not lines[k].strip():
            return False
        above = _content(lines[k]) + above
        if bl.LEAD.match(above):
            return open_brackets(above) > 0
    return False


def _finishes_credit(lines: list[str], printed: list[int], n: int) -> bool:
    """Does the n-th printed line finish the credit the line above left unfinished (本报记者 任洁 彭程 摄影报 |
    道)?  Then it ends its printed line, the credit's last, and opens no run of pieces."""
    if n == 0 or printed[n - 1] != printed[n] - 1:
        return False
    up, piece = _content(lines[printed[n - 1]]), _content(lines[printed[n]])
    return bl.is_credit(up + piece) and not bl.is_credit(up)


def _one_measure(lines: list[str], run: list[int]) -> bool:
    """Are the run's pieces, and the line under it, all of one length: full lines of a narrower measure (a
    column set around a photo, its stretch broken by markup), not the pieces of one line cut at its spaces?"""
    sizes = {_measure(lines[i]) for i in run}
    below = run[-1] + 1
    return len(sizes) == 1 and below < len(lines) and _measure(lines[below]) in sizes


def run_checked(lines: list[str], run: tuple[int, ...], width: int, ends: set[int]) -> tuple[int, ...] | None:
    """``run`` if its text allows one printed line: no piece but the last ends a sentence, unless the last
    goes on into the line after it or the line after goes on its sentence (…贡献力量。 | 这台文艺晚会以宏大 |
    的叙事结构、…: the OCR's space after a full stop; a paragraph's first printed line is full, so a short piece
    whose sentence goes on below is no paragraph of its own, nor a subhead); and a run of headline-shaped pieces
    is left as it is unless it goes on a sentence the line above left open or into the line after it (a headline's last line over its subtitle
    fills the column by chance; no headline stands under an open sentence), or its first piece is too short to
    stand as a headline line (会聚巾帼 | 匠心筑梦 | 第二届…: a headline's phrases set apart by a space)."""
    pieces = [_content(lines[i]) for i in run]
    after = _content(lines[run[-1] + 1]) if run[-1] + 1 < len(lines) else ""
    # the last piece ends on a clause mark the sentence goes on after: no paragraph's first line is short
    goes_on = bool(after) and _goes_on(pieces[-1], after) or pieces[-1][-1:] in _GOES_ON
    if any(is_terminal(p) for p in pieces[:-1]) and not goes_on and not _text_under(lines, run):
        return None
    if (all(headline_shaped(p) for p in pieces) and not goes_on and not _sentence_above(lines, run[0], width, ends)
            and not any(word_across(a, b) for a, b in zip(pieces, pieces[1:])) and len(pieces[0]) > _HALF):
        return None
    return run


def _text_under(lines: list[str], run: tuple[int, ...]) -> bool:
    """Does the line under the run go on the run's last piece, which ends no sentence: it opens on a particle
    that ends the word before it (…以宏大 | 的叙事结构…) or on a word's last character and a clause mark (…结束 |
    后，…)?  No sentence, headline or subhead opens so."""
    below = run[-1] + 1
    if below >= len(lines) or not lines[below].strip() or is_terminal(_content(lines[run[-1]])):
        return False
    after = _content(lines[below])
    return _particle(after) or _word_end_first(after)


def _sentence_above(lines: list[str], i: int, width: int, ends: set[int]) -> bool:
    """Does line i stand under a full column line (or a run read as one) of running text whose sentence goes
    on: it holds a clause or sentence mark and ends no sentence?"""
    if i == 0 or not lines[i - 1].strip() or _MARKUP.match(lines[i - 1].strip()):
        return False
    up = _content(lines[i - 1])
    return ((_measure(lines[i - 1]) >= width - 1 or i - 1 in ends) and not is_terminal(up)
            and (bool(_CLAUSE.search(up)) or word_across(up, _content(lines[i])) is not None))


_HALF = 4  # the most characters of a headline's phrase set apart by a space (会聚巾帼): no headline line of its own
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


def joined_runs(lines: list[str], runs: list[tuple[int, ...]]) -> tuple[list[str], list[tuple[int, ...]]]:
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


def sure_runs(lines: list[str], runs: list[tuple[int, ...]]) -> frozenset[int]:
    """The first file lines (1-based) of the runs whose text, not only their lengths, says they are one printed
    line: a lead's line or one inside its credit, a byline or credit, or a run each of whose cuts the text
    carries across (a dictionary word, a mark no line opens with, a quote or bracket left open, a date, count or
    credit completed) or falls inside running text (the piece before ends no sentence and the one after holds a
    mark no headline does).  A headline or another story's text run in takes none of these shapes."""
    sure = set()
    for run in runs:
        pieces = [_content(lines[i]) for i in run]
        text = " ".join(pieces)
        if (bl.LEAD.match(pieces[0]) or _in_credit(lines, run[0]) or bl.is_byline(text) or bl.is_credit(text)
                or all(_carried(" ".join(pieces[:k + 1]), b) for k, b in enumerate(pieces[1:]))):
            sure.add(run[0] + 1)
    return frozenset(sure)


def _carried(so_far: str, b: str) -> bool:
    """Does the text carry across the cut between the run's pieces ``so_far`` and the next piece ``b``?"""
    a = so_far.rsplit(" ", 1)[-1]
    return (word_across(a, b) is not None or b[:1] in NO_START or b[:1] in CLOSING_QUOTES or _opens(so_far)
            or not _quotes_closed(so_far) or _completed_across(a, b) or _count_cut(a, b)
            or (not is_terminal(a) and bool(_CLAUSE.search(b)) and not headline_shaped(b)))


def regapped(paras: Paragraphs, behind: list[tuple[int, ...]], sure: frozenset[int] = frozenset()) -> Paragraphs:
    """``paras`` read from :func:`joined_runs` lines, with the file's line numbers again; each paragraph holding a
    run that ``sure`` (:func:`sure_runs`) does not name says so in review: read on its lengths alone, a run
    may be a paragraph's last line and the next item's headline that fill the column by chance."""
    def back(nos: tuple[int, ...]) -> tuple[int, ...]:
        return tuple(n for no in nos for n in behind[no - 1])

    origin = {no: back(nos) for no, nos in paras.origin.items()}
    by_line = {no: behind[no - 1] for no in range(1, len(behind) + 1)}
    doubts = _run_doubts(paras, behind, {no: renumber(d, by_line) for no, d in paras.doubts.items()}, sure)
    in_order = None if paras.in_order_doubts is None else _run_doubts(
        paras, behind, {no: renumber(d, by_line) for no, d in paras.in_order_doubts.items()}, sure)
    return Paragraphs([Paragraph(p.text, back(p.lines), p.blanks) for p in paras.paragraphs], paras.lines, origin,
                      paras.layout, paras.width, doubts, paras.soft, in_order)


def _run_doubts(paras: Paragraphs, behind: list[tuple[int, ...]], doubts: dict[int, str],
                sure: frozenset[int]) -> dict[int, str]:
    """``doubts`` with, for each paragraph, the runs read as one line that ``sure`` does not name."""
    out = dict(doubts)
    for no, nos in paras.origin.items():
        runs = [behind[n - 1] for n in nos if len(behind[n - 1]) > 1 and behind[n - 1][0] not in sure]
        if runs:
            said = "; ".join(", ".join(map(str, run)) for run in runs)
            doubt = (f"lines {said} are each read as one printed line the OCR cut at its word spaces (short lines "
                     "that fill the column with a space's place between them) — check that no headline or other "
                     "story was run in")
            out[no] = f"{out[no]}; {doubt}" if no in out else doubt
    return out
