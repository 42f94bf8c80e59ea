"""Page lines → paragraphs, whatever the line layout the OCR engine printed.

Why a stage of its own, before segmentation: engines print the same page in
different layouts, and everything downstream (segment, reorder, assemble) reads
*paragraphs*.  This stage only decides where paragraphs end; it never changes,
moves or drops a printed character, and a page that already has one paragraph
per line comes out exactly as it went in.

The layouts it tells apart, from the page's own line statistics:

* **columnar** (Tesseract, PaddleOCR …: one printed line per line): most lines
  have the column's width (:mod:`.widths`: one width, two parts, or a width per
  item); :mod:`.columns` reads where their paragraphs end, and :mod:`.boxes`
  puts back together printed lines a box-based engine cut in two.
* **wrapped** (long lines re-broken at any width, paragraphs parted by blank
  lines), with or without blank lines: :mod:`.wrapped`.
* **one paragraph per line** (the seed pages): most lines that another line
  follows end a sentence or are credits; every line is its own paragraph.

A blank line always parts paragraphs, except where the text says it cannot
(:mod:`.wrapped` and :mod:`.columns` say when a blank line is a stray one).
Blank lines that are line or paragraph spacing are read once, for the whole page
(:mod:`.spacing`).  A page printed without blank lines gets its item gaps back
(:mod:`.items`).  What every layout reads of a line (marks, markup, width, item
openings) is in :mod:`.lines`; what the stage returns, in :mod:`.model`.
"""
from __future__ import annotations

import re
from collections import Counter

from unionnews.ingest import byline as bl
from unionnews.ingest.continuity import cut_off, word_across
from unionnews.ingest.normalize import STAFF_CREDITS, STAFF_OPENS, folio_lines, is_cjk, is_terminal
from unionnews.ingest.paragraphs.boxes import _box_cuts, _inside_sentence, _rebox, _sure_cuts, _unboxed
from unionnews.ingest.paragraphs.gaps import gap_runs, joined_runs, regapped, sure_runs
from unionnews.ingest.paragraphs.columns import _breaks_columnar, _cut_lines, _lead_cut_lines
from unionnews.ingest.paragraphs.items import (_blanks_part_items, _dated_lead_under, _item_gaps, _unspaced_items,
                                              _wide_paragraph_gaps)
from unionnews.ingest.paragraphs.lines import (HEADLINE_BLOCK, NO_START, Paragraph, SOFT, _closes, _content,
                                             headline_shaped, _join, _per_line)
from unionnews.ingest.paragraphs.model import (SUBHEAD_DOUBT, Paragraphs, _laid_out, renumber,
                                              subhead_doubt_only)
from unionnews.ingest.paragraphs.sidebar import _SET_IN, Box, boxed_items, heads_read_into
from unionnews.ingest.paragraphs.spacing import (_blank_ends_paragraph, _few_even_runs, _line_spacing, _stray_blanks_only,
                                                _unspaced)
from unionnews.ingest.paragraphs.widths import (_item_widths, _two_widths, _width, _widths_by_line, _ems, drifting,
                                                merged_lines, merged_width, narrowed, ungapped)
from unionnews.ingest.paragraphs.wrapped import _breaks_wrapped, line_runs
from unionnews.ingest.paragraphs.lines import _measure  # noqa: I001 (_other_column: a line against its column)


def _other_column(line: str, width: int, run: int | None, own: int = 0, finished: bool = False) -> bool:
    """On a page whose items are each set in a column of their own width: is ``line`` printed in another column
    than the run of ``width`` before it?  Its own run is another width, or, standing in no run (a headline of
    one line, set in its own measure), it is longer than that column holds, even with a mark hung past its end:
    no column's next line is wider than the column.  Measured as the runs are (:func:`_measure`, characters),
    so a line and the column it is set against count in one unit.  After a line that ends a sentence
    (``finished``), also a line read as full in a narrower column of its own (``own``, its width: the first
    line of a paragraph of two, :func:`widths._first_of_two`): in that run's column it would be a short line,
    a paragraph's last, never one going on at the next."""
    if run:
        return abs(width - run) > 1
    return _measure(line) > width + 1 or (finished and own == _measure(line) < width - 1)


def paragraphs(lines: list[str], bridge: bool = False, soft: bool = False, each_line: bool = False) -> Paragraphs:
    """The page's paragraphs (the rules: this package's docstring and each layout's module), each running
    head or foot and page number (:func:`~unionnews.ingest.normalize.folio_lines`) a paragraph of its own.

    Why: a page break the engine printed inside the page text puts the paper's name line or the page
    number between two lines of a paragraph, often of a sentence.  The paragraphs are read without those
    lines (:func:`_without_folios`), and each comes back as a paragraph of its own after the page's last
    one, for the segmenter to set aside as furniture: the story reads on across it, and not a character
    of it is lost.  A paragraph read on across one says so in its review."""
    width = _width(lines)
    boxes = boxed_items(lines, width)
    moved = [box for box in boxes if box.moved]
    if moved:  # a short item boxed inside another story's column: read after the page's last line
        found = _boxes_after(lines, moved, bridge, soft, each_line)
    else:
        found = _unboxed_paragraphs(lines, bridge, soft, each_line)
    found = _boxes_said(found, lines, [box for box in boxes if not box.moved])
    return _said_at(found, heads_read_into(lines, found.origin, width))  # a box no text placed, read into


def _unboxed_paragraphs(lines: list[str], bridge: bool, soft: bool, each_line: bool) -> Paragraphs:
    """The paragraphs of a page with no boxed item taken out of a column (:func:`paragraphs`)."""
    lines = ungapped(lines)  # a column page's justified-line gaps, where they hide its column
    merged = merged_lines(lines)
    whole = [i for i, at in merged.items() if at is None]
    if whole:  # two printed lines, maybe, with nothing to cut at: read as they are, and said
        width = merged_width(lines) or 0
        return _said_whole(_read_cut(lines, {i: at for i, at in merged.items() if at is not None}, bridge, soft,
                                     each_line), {i: _WHOLE if _ems(lines[i]) > width + 2 else _PAST for i in whole})
    return _read_cut(lines, merged, bridge, soft, each_line)


def _boxes_after(lines: list[str], boxes: list[Box], bridge: bool, soft: bool, each_line: bool) -> Paragraphs:
    """The paragraphs read with each boxed item (:func:`sidebar.boxed_items`) taken out of the host's column, the
    blank lines around it too, so the host's lines above and under it meet, and set after the page's last line
    behind the page's item gap (its longest run of blank lines, none on a page without any), as an item of its
    own.  The file's line numbers are kept; the host's paragraph and the item's first say so in review, with the
    evidence that the host's sentence goes on under the item."""
    gone = {k for box in boxes for k in range(box.above + 1, box.below)}
    kept = [k for k in range(len(lines)) if k not in gone]
    while kept and not lines[kept[-1]].strip():
        kept.pop()
    relaid = [lines[k] for k in kept]
    gap = max((len(m.group(0)) for m in re.finditer(r"0+", "".join("1" if t.strip() else "0" for t in relaid))),
              default=0)
    for box in boxes:
        relaid += [""] * gap + lines[box.first:box.last + 1]
        kept += [box.first] * gap + list(range(box.first, box.last + 1))
    inner = paragraphs(relaid, bridge, soft, each_line)
    found = _on_file_lines(inner, kept)
    file_no = {n: (k + 1,) for n, k in enumerate(kept, start=1)}
    found = Paragraphs(found.paragraphs, found.lines, found.origin, found.layout, found.width, found.doubts,
                       found.soft, None if inner.in_order_doubts is None else
                       {no: renumber(why, file_no) for no, why in inner.in_order_doubts.items()})
    said: list[tuple[int, str]] = []
    for box in boxes:
        head = lines[box.first].strip()
        said += [(box.above + 1, f"lines {box.first + 1}-{box.last + 1} ({head}) are a short item boxed inside this "
                                 f"story's column: its sentence at line {box.above + 1} goes on at line "
                                 f"{box.below + 1} ({box.why}), read on across the item, which is set after the "
                                 "page's last story — check"),
                 (box.first + 1, f"lines {box.first + 1}-{box.last + 1} ({head}) were read inside another story's "
                                 f"column, between its line {box.above + 1} and line {box.below + 1}, whose sentence "
                                 f"goes on across them ({box.why}): read as an item of its own after the page's last "
                                 "story — check")]
    return _said_at(found, said)


def _boxes_said(found: Paragraphs, lines: list[str], boxes: list[Box]) -> Paragraphs:
    """``found`` with each box left in place (``Box.moved`` False) said in the review of the paragraphs holding its
    headline and the text under it: which story that text belongs to, the headline's over the box or the box's, is
    a guess only blank lines make."""
    said: list[tuple[int, str]] = []
    for box in boxes:
        if _SET_IN in box.why:
            why = (f"lines {box.first + 1}-{box.last + 1} ({lines[box.first].strip()}), a short item's opening and "
                   f"text, stand inside the sentence of line {box.above + 1}, which may go on at line {box.below + 1} "
                   f"({box.why}): read as printed, that sentence runs on into the item; it may be an item boxed "
                   "inside this story's column — check")
            said += [(box.above + 1, why), (box.first + 1, why), (box.below + 1, why)]
            continue
        why = (f"lines {box.first + 1}-{box.last + 1} ({lines[box.first].strip()}) stand between the headline at line "
               f"{box.above + 1} and text at line {box.below + 1} with no headline over it ({box.why}): a short item "
               f"boxed inside that headline's story, or that headline a kicker over theirs; read as printed, which "
               f"story line {box.below + 1} belongs to is a guess — check")
        said += [(box.first + 1, why), (box.below + 1, why)]
    return _said_at(found, said)


def _said_at(found: Paragraphs, said: list[tuple[int, str]]) -> Paragraphs:
    """``found`` with each ``(file line, why)`` of ``said`` added to the review of the paragraph holding that line
    (in :attr:`Paragraphs.in_order_doubts` too, where the page has them); a reason is said once per paragraph."""
    if not said:
        return found
    doubts = dict(found.doubts)
    in_order = None if found.in_order_doubts is None else dict(found.in_order_doubts)
    for at, why in said:
        no = next((no for no, nos in found.origin.items() if at in nos), None)
        if no is None:
            continue
        for into in (doubts,) if in_order is None else (doubts, in_order):
            if why not in into.get(no, ""):
                into[no] = f"{into[no]}; {why}" if no in into else why
    return Paragraphs(found.paragraphs, found.lines, found.origin, found.layout, found.width, doubts, found.soft,
                      in_order)


def _read_cut(lines: list[str], merged: dict[int, int], bridge: bool, soft: bool, each_line: bool) -> Paragraphs:
    """The paragraphs of ``lines`` (:func:`paragraphs`), each line two printed lines were read as cut where
    ``merged`` says."""
    if merged:
        return _read_apart(lines, merged, bridge, soft, each_line)
    spaced_runs = gap_runs(lines, _width(lines))
    if spaced_runs:  # printed lines cut at their word spaces: read as one line each, then the file's numbers again
        joined, behind = joined_runs(lines, spaced_runs)
        return regapped(paragraphs(joined, bridge, soft, each_line), behind, sure_runs(lines, spaced_runs))
    caps = drop_caps(lines)
    if caps:
        return _with_drop_caps(lines, caps, bridge, soft, each_line)
    folios = folio_lines(lines)
    if not folios:
        return _spaced_paragraphs(lines, bridge, soft, each_line)
    found = _without_folios(lines, folios, bridge, soft, each_line)
    starts = list(found.origin)
    paras = list(found.paragraphs)
    doubts = {k: found.doubts[no] for k, no in enumerate(starts) if no in found.doubts}
    uncertain = {paras[k].lines[0] for k, no in enumerate(starts) if no in found.soft}
    for i in sorted(folios):
        at = next((k for k, p in enumerate(paras) if p.lines[0] > i + 1), len(paras))
        if at and paras[at - 1].lines[-1] > i + 1:  # inside a paragraph: its text is joined across the line
            why = (f"line {i + 1} ({lines[i].strip()}) is a running head or page number inside this paragraph, "
                   "set aside as page furniture: the text is read on across it — check")
        elif at and at < len(paras) and paras[at - 1].text.rstrip()[-1:] not in "。！？!?":
            # a headline, a sentence cut there, a quotation closed after its full stop: what follows reads on
            why = (f"line {i + 1} ({lines[i].strip()}) is a running head or page number after this paragraph, "
                   "set aside as page furniture: the text is read on across it — check")
        else:
            continue
        doubts[at - 1] = f"{doubts[at - 1]}; {why}" if at - 1 in doubts else why
    # after the page's last paragraph, each on its own, so no story is cut by one (a headline from its lead)
    paras += [Paragraph(lines[i].strip(), (i + 1,), 3 if k == 0 else 1) for k, i in enumerate(sorted(folios))]
    return _laid_out(paras, found.layout, found.width, doubts, uncertain)


_CLAUSE = re.compile("[，,；;：:、]")  # clause marks of running text: a headline seldom prints one


def drop_caps(lines: list[str]) -> dict[int, int]:
    """Drop capitals: each line (0-based) holding one Chinese character alone that opens the paragraph of the
    next line of text (at most one blank line between, or any run of them before the rest of a lead: 本 | 报讯…,
    近 | 日，…, as on a page whose blank runs are any length), and that next line.

    Why: a story's first character set large over two or three lines is found as a box of its own, and
    printed on a line of its own before the rest of its paragraph (本 | 报讯（记者…）…): read as a line, it
    is a headline of one character, or the tail of the headline above, and the lead is no lead.  It is a drop
    capital when a dictionary word runs from it into the next line (本报, 近日), and the line above ended a
    sentence or is a headline (no clause mark) that makes no word with it: a headline's last character cut
    onto a line of its own (…主论坛举 | 办) makes a word with the line it was cut from, and a paragraph's
    line of one character (a narrow column's, a box's) stands under text that has not ended; a blank line
    above parts it from such a line (公交驾驶员赛场展技 | 能 | (blank) | 近 | 日，…: the headline's last character a
    wrap cut), and the headline block above decides as for any line.  Not under a
    上接 marker: a story continued from another page goes on mid-text, and is never set with one."""
    printed = [i for i, line in enumerate(lines) if line.strip()]
    found = {}
    for n, i in enumerate(printed[:-1]):
        cap, j = lines[i].strip(), printed[n + 1]
        rest = lines[j].strip()
        if len(cap) != 1 or not is_cjk(cap) or len(rest) < 2 or not is_cjk(rest[0]) or not word_across(cap, rest) \
                or j > i + 2 and not _opens_lead(cap + rest, dated=True):
            continue
        above = lines[printed[n - 1]].strip() if n else ""
        opened = sum(above.count(m) for m in "（(") > sum(above.count(m) for m in "）)")  # a bracket goes on
        alone = len(above) == 1 and printed[n - 1] == i - 1  # a column's line of one character right above it
        if above and not is_terminal(above) and (alone or opened or word_across(above, cap + rest)
                                                 or not _headline_above(lines, printed[:n])) \
                or bl.CONTINUED.match(above):  # a continued story opens mid-text, never on a drop capital
            continue
        found[i] = j
    return found


def _headline_above(lines: list[str], printed: list[int]) -> bool:
    """Are the last lines ``printed`` (indices of printed lines) a headline block: lines with no clause mark
    up to a blank line, the page's start or a finished sentence?  A column's lines of running text, short
    ones too, reach a line with a clause mark that goes on first."""
    for k in range(len(printed) - 1, -1, -1):
        line = lines[printed[k]].strip()
        if is_terminal(line):
            return True
        if _CLAUSE.search(line):
            return False
        if k == 0 or printed[k - 1] < printed[k] - 1:
            return True
    return True


def _with_drop_caps(lines: list[str], caps: dict[int, int], bridge: bool, soft: bool, each_line: bool) -> Paragraphs:
    """The paragraphs read with each drop capital (:func:`drop_caps`) set before the rest of its line, and the
    lines between taken out; the drop capital's file line stands first in its paragraph's lines."""
    gone = set(caps) | {k for i, j in caps.items() for k in range(i + 1, j)}
    kept = [i for i in range(len(lines)) if i not in gone]
    opens = {j: i for i, j in caps.items()}
    found = paragraphs([lines[i][:len(lines[i]) - len(lines[i].lstrip())] + lines[opens[i]].strip() + lines[i].lstrip()
                        if i in opens else lines[i] for i in kept], bridge, soft, each_line)
    return _on_file_lines(found, kept, {j + 1: i + 1 for i, j in caps.items()})


def _without_folios(lines: list[str], folios: set[int], bridge: bool, soft: bool, each_line: bool) -> Paragraphs:
    """The paragraphs read without the furniture lines, as if the page had never printed them, and without
    the blank line after one that stands inside a run of blank lines: the furniture is no part of the text's
    flow, and its blank lines are what the spacing and item readings go by (a page number between two
    paragraphs of a page with a blank line after every paragraph would make a run of three; read as a blank
    line inside a paragraph, it would end it there).  Not where a finished sentence stands above the run and a
    headline's shape below it: that run may be an item gap the furniture was set into, and shortened it
    would read as a paragraph's gap and run two stories together.  The file's line numbers are kept (as
    :func:`_spaced_paragraphs` keeps them), and review reasons are given in them."""
    inside = {i for i in folios if 0 < i < len(lines) - 1 and not lines[i - 1].strip() and not lines[i + 1].strip()
              and not (is_terminal(_text_near(lines, i, folios, -1))
                       and headline_shaped(_text_near(lines, i, folios, 1)))}
    gone = folios | {i + 1 for i in inside}
    kept = [i for i in range(len(lines)) if i not in gone]
    return _on_file_lines(_spaced_paragraphs([lines[i] for i in kept], bridge, soft, each_line), kept)


def _read_apart(lines: list[str], merged: dict[int, int], bridge: bool, soft: bool, each_line: bool) -> Paragraphs:
    """The paragraphs read with each line two printed lines were read as (:func:`widths.merged_lines`) cut in two
    where the second begins, both pieces on the file's line; the review of a paragraph holding a piece says so.
    A paragraph opening on such a line is no soft break's (rejoined from the file line's text, it would not be
    the piece read)."""
    kept, pieces = [], []
    for i, line in enumerate(lines):
        if i in merged:
            kept += [i, i]
            pieces += [line[:merged[i]], line[merged[i]:]]
        else:
            kept.append(i)
            pieces.append(line)
    found = _on_file_lines(paragraphs(pieces, bridge, soft, each_line), kept)
    cut = {i + 1 for i in merged}
    width = merged_width(lines) or 0
    paras = [Paragraph(p.text, tuple(dict.fromkeys(p.lines)), p.blanks) for p in found.paragraphs]
    origin = {no: tuple(dict.fromkeys(nos)) for no, nos in found.origin.items()}
    doubts = dict(found.doubts)
    for no, nos in origin.items():
        for n in sorted(cut & set(nos)):
            why = (f"line {n} is about twice the column's width, read as two printed lines where a sentence or a "
                   "headline ends, or, with nothing else to show it, where a full line of the column does — check"
                   if not width or _ems(lines[n - 1]) > width + 2 else
                   f"line {n} runs a line's end into what only opens a printed line (a lead, a credit, a headline over "
                   "its lead, a source or the page's furniture), read as two printed lines there — check")
            doubts[no] = f"{doubts[no]}; {why}" if no in doubts else why
    soft_nos = frozenset(no for no in found.soft if origin.get(no, (0,))[0] not in cut)
    return Paragraphs(paras, found.lines, origin, found.layout, found.width, doubts, soft_nos, found.in_order_doubts)


_PAST = "is a character past the column's width with no mark hung at its end, and holds a sentence's end and a " \
        "headline's shape after it: it may be a paragraph's last line and the next headline read as one line, read " \
        "as it stands — check"
_WHOLE = "is about twice the column's width and may be two printed lines read as one, with no gap or sentence end " \
         "to part them: read as it stands — check"


def _said_whole(found: Paragraphs, whole: dict[int, str]) -> Paragraphs:
    """``found`` with a review reason on each paragraph holding a line of ``whole`` (0-based, with what to say of
    it): a line as wide as two of the column that :func:`widths.merged_lines` found nowhere to cut, or one a
    character past it that may be two.  Where a headline and the line under
    it were read as one, the story above may run on into the next one's headline, and the review must say so.  (An
    inner reading of the page may have said it already, on its own lines: said once.)"""
    doubts = dict(found.doubts)
    in_order = None if found.in_order_doubts is None else dict(found.in_order_doubts)
    for i, said_of in whole.items():
        no = next((no for no, nos in found.origin.items() if i + 1 in nos), None)
        if no is None:
            continue
        why = f"line {i + 1} {said_of}"
        for said in (doubts,) if in_order is None else (doubts, in_order):
            if why not in said.get(no, ""):
                said[no] = f"{said[no]}; {why}" if no in said else why
    return Paragraphs(found.paragraphs, found.lines, found.origin, found.layout, found.width, doubts, found.soft,
                      in_order)


def _on_file_lines(found: Paragraphs, kept: list[int], before: dict[int, int] | None = None) -> Paragraphs:
    """``found``, read on the file's lines ``kept`` (0-based) alone, with its line numbers made the file's:
    paragraphs, origins and the lines review reasons name (a doubt read on the shorter page names that
    page's lines).  ``before``: a file line (1-based) whose text was read on another's, put before it."""
    file_no = {n: i + 1 for n, i in enumerate(kept, start=1)}
    before = before or {}

    def mapped(nos) -> tuple[int, ...]:
        return tuple(f for n in nos for f in ((before[file_no[n]],) if file_no[n] in before else ()) + (file_no[n],))
    paras = [Paragraph(p.text, mapped(p.lines), p.blanks) for p in found.paragraphs]
    origin = {no: mapped(nos) for no, nos in found.origin.items()}
    doubts = {no: renumber(why, {n: (f,) for n, f in file_no.items()}) for no, why in found.doubts.items()}
    return Paragraphs(paras, found.lines, origin, found.layout, found.width, doubts, found.soft)


def _text_near(lines: list[str], i: int, folios: set[int], step: int) -> str:
    """The nearest line of text above (``step`` -1) or below (1) line ``i``, blank lines and furniture
    passed over."""
    j = i + step
    while 0 <= j < len(lines) and (j in folios or not lines[j].strip()):
        j += step
    return lines[j] if 0 <= j < len(lines) else ""


def _spaced_paragraphs(lines: list[str], bridge: bool = False, soft: bool = False,
                       each_line: bool = False) -> Paragraphs:
    """The page's paragraphs, read on the page as it was set
    where it was exported or OCR'd with line spacing (:func:`_line_spacing`): the blank lines the
    spacing added part nothing, and the paragraphs' line numbers stay the file's."""
    t = _line_spacing(lines)
    if not t:
        return _paragraphs(lines, bridge, soft, each_line)
    kept = _unspaced(lines, t)
    return _on_file_lines(_paragraphs([lines[i] for i in kept], bridge, soft, each_line), kept)


def _paragraphs(lines: list[str], bridge: bool = False, soft: bool = False, each_line: bool = False) -> Paragraphs:
    """The page's paragraphs (the rules: this package's docstring and each layout's module).

    ``bridge``: in a page of wrapped paragraphs, also bridge a blank line where the text says the
    sentence goes on (:func:`_stray_blank`).  Only for a page whose file order is its reading
    order: on a page the OCR read out of order a sentence cut by a blank line may go on elsewhere,
    and the reading-order stage needs the pieces apart.

    ``each_line``: read a page that is not in columns as one paragraph per line, whatever its lines'
    ends say (for a page without blank lines that the reading-order stage found out of order: its
    pieces must stay apart for that stage to join them in order).

    ``soft``: in a column page, leave apart the lines joined on nothing but the column's width where
    the first ends a sentence (a full line, then more text), and list each such break in
    :attr:`Paragraphs.soft`.  For a page the reading-order stage found out of order: a cut column
    piece whose last line happens to fill the column would otherwise run on into the next piece,
    and the reading order can join paragraphs, never take one apart.  That stage joins each soft
    break again unless another line's sentence goes on there (:meth:`Paragraphs.merged`).
    """
    printed = [i for i, t in enumerate(lines) if t.strip()]
    width = _width(lines) or drifting(lines)
    boxes = _box_cuts(lines, width) if width else []
    if boxes:  # printed lines cut in two text boxes: read as one line each, then the file's line numbers again
        joined, behind = _unboxed(lines, boxes)
        sure = _sure_cuts(lines, boxes, width)
        found = _rebox(paragraphs(joined, bridge, soft, each_line), behind, sure, _inside_sentence(lines, boxes))
        return _soft_pairs(found, lines, _wanted_pairs(found, lines, [k for k in boxes if k + 1 not in sure])) \
            if soft else found
    cuts = _cut_lines(lines, width) if width else []
    widths = [width] * len(lines)  # the column each line was printed in
    two = _two_widths(lines)
    if two:
        cut, w1, w2 = two
        widths = _widths_by_line(lines, cut, w1, w2)
        width = w1 if cut >= len(lines) - cut else w2  # reported as the page's: the larger part's
        cuts = _cut_lines(lines[:cut], w1) + [cut + k for k in _cut_lines(lines[cut:], w2)]
    stretches = narrowed(lines, width) if width and not two else None
    if stretches:  # a column set narrower for a stretch here and there: those lines read against their measure
        widths, cuts = stretches, _cut_lines(lines, stretches)
    runs: list[int | None] = []  # on a page of several widths, the width of the run each line is in
    if width is None and not two:
        each = _item_widths(lines)
        if each:  # each item in a column of its own width: each line read against its own
            widths, runs = each
            width = Counter(w for w in runs if w).most_common(1)[0][0]  # reported: the commonest
            cuts = _cut_lines(lines, widths)
    leads = _lead_cut_lines(lines, widths) if width else []
    zone = _paragraph_zone(lines, width) if width and not two and not runs and not stretches else None
    zone_per_line = _per_line(lines[zone[0]:zone[1]]) if zone else False
    block = _column_block(lines) if width is None and not two and not runs and not each_line else None
    if block:  # a part of the page printed line by line: its lines read against its column, as on a column page
        start, end, w = block
        widths = [w] * len(lines)
        cuts = [start + k for k in _cut_lines(lines[start:end], w)]
        leads = [start + k for k in _lead_cut_lines(lines[start:end], w)]
    few = _few_even_runs(lines)  # too few blank runs, all one length, to say whether they part items
    # blank lines after every paragraph; or too few to tell, each after a line that may end a paragraph:
    # reading them so can only cut a sentence where reading them as strays may run a headline that fills
    # its line on into another story's text
    spaced = bool(width) and _blank_ends_paragraph(lines, widths, few)
    blankless = bool(printed) and printed[-1] - printed[0] + 1 == len(printed)
    # blank lines at random only, none where paragraphs end: the text says where each paragraph ends, as
    # on a page without blank lines, and the items are found so too (below)
    strays_only = width is None and not two and not runs and not blankless and _stray_blanks_only(lines)
    unparted = blankless or strays_only
    per_line_found = width is None and _per_line(lines, 0.3 if unparted else 0.5)
    per_line = per_line_found or (width is None and each_line)
    layout = ("columnar" if width else "one paragraph per line" if per_line
              else "wrapped without blank lines" if unparted else "wrapped")
    read_apart = each_line and unparted and not per_line_found
    wording = line_runs(lines) if read_apart and not width else None
    paras: list[Paragraph] = []
    pieces: dict[int, list[tuple[int, int]]] = {}  # by paragraph: where a soft break cuts its text, its file line
    text, nos, blanks = "", [], 0
    prev = None
    for i in printed:
        if prev is None:
            text, nos, blanks = lines[i].strip(), [i + 1], i
        else:
            staff = _staff_break(text, lines[prev], lines[i])
            ends = staff if staff is not None else (
                    True if runs and runs[prev] and _other_column(lines[i], runs[prev], runs[i], widths[i],
                                                                 is_terminal(_content(lines[prev])))
                    and _content(lines[i])[:1] not in NO_START  # one run ends, another begins: a new item
                    else _breaks_columnar(lines, prev, i, widths[prev], text, paras[-1].text if paras else "", cuts,
                                          soft, widths[i], spaced, leads)
                    if (width or block and block[0] <= prev < i < block[1])
                    and not (zone and (zone[0] <= prev < zone[1] or zone[0] <= i < zone[1]))
                    else _breaks_wrapped(lines, prev, i, zone_per_line if zone else per_line, bridge, text,
                                         paras[-1].text if paras else "", unparted, cut=read_apart, runs=wording))
            if ends == SOFT:  # joined for every rule here, and cut apart below
                pieces.setdefault(len(paras), []).append((len(text), i + 1))
            if ends and ends != SOFT:
                paras.append(Paragraph(text, tuple(nos), blanks))
                text, nos, blanks = lines[i].strip(), [i + 1], i - prev - 1
            else:
                text = _join(text, lines[prev], lines[i])
                nos.append(i + 1)
        prev = i
    if nos:
        paras.append(Paragraph(text, tuple(nos), blanks))
    parted = sum(1 for p in paras[1:] if p.blanks) >= 0.3 * len(paras)
    # every two paragraphs parted by a run of blank lines, and the runs all of one length (one blank line
    # between every two paragraphs, an item's edge no wider) or of many lengths none of which holds half
    # of them (1–6 blank lines by chance): the blank lines part paragraphs and say nothing of where items
    # end, which are found as on a page without blank lines
    gaps = Counter(p.blanks for p in paras[1:])
    even = len(paras) >= 8 and 0 not in gaps and (
        len(gaps) == 1 or len(gaps) >= 3 and gaps.most_common(1)[0][1] < 0.5 * (len(paras) - 1)) \
        or _wide_paragraph_gaps(paras)
    if all(len(p.lines) == 1 for p in paras) and parted and not even and not few and not strays_only:
        # nothing joined and blank lines part the paragraphs: the file's own lines and numbers.  A page
        # of one paragraph per line without blank lines (or with a stray run or two, which part no
        # items) has lost what parts its items, and is laid out with the item gaps put back, as a
        # joined page is.
        return Paragraphs(paras, list(lines), {p.lines[0]: p.lines for p in paras}, layout, width,
                          {paras[k].lines[0]: why for k, why in _over_dated_leads(paras).items()})
    unsure: set[int] = set()
    gapped = not parted or (width and not _blanks_part_items(paras)) or spaced or even or few or strays_only
    if gapped:
        # (blank lines after every paragraph say nothing of where items end)
        # read a line a paragraph, with no blank line or strays only (a blank line between two items, too rare
        # to part paragraphs): the pieces are the wrap's, weighed alike whether a stray blank line is left or not
        paras, unsure = _item_gaps(paras, pieces=read_apart)
    doubts = {k: (f"line {paras[k].lines[0]} ({_content(paras[k].text)}) {SUBHEAD_DOUBT}; the page has no "
                  "blank lines between items, so it may be the headline of another item — check") for k in unsure}
    if not gapped:
        paras = _unspaced_items(paras)
    if width and not gapped:
        doubts.update(_narrow_gaps(paras))
    elif not gapped:
        doubts.update(_over_dated_leads(paras))
    if layout in ("wrapped without blank lines", "columnar", "wrapped") and len(printed) < _FEW_LINES:
        doubts.update(_run_on_headlines(lines, paras, doubts, "on a page too small for its line lengths to settle that",
                                        inside=True))
    elif _hanging_lead(paras, dated=True) is not None:
        doubts.update(_run_on_headlines(lines, paras, doubts, "on a page the OCR read out of order (a lead stops "
                                                              "mid-sentence before another lead, or no sentence "
                                                              "ends after it on the page)",
                                        inside=True))
    for k, why in _leads_inside(lines, paras).items():
        doubts[k] = f"{doubts[k]}; {why}" if k in doubts else why
    if layout in ("wrapped without blank lines", "columnar"):
        for k, why in _restated_run_ons(lines, paras).items():
            doubts.setdefault(k, why)
    if each_line and unparted and not per_line_found:
        # lines re-broken at any width, no blank line anywhere and the page out of order: each line was
        # made a paragraph for the reading-order stage, so any short piece may pass for a headline and
        # where one story ends is the text's guess alone
        for k in range(len(paras)):
            doubts.setdefault(k, "the page has no blank lines and was read out of order, one paragraph a line: "
                                 "where this story begins and ends is a guess from the text alone — check")
    if pieces:
        paras, doubts, uncertain = _cut_soft(paras, pieces, doubts)
        return _laid_out(paras, layout, width, doubts, uncertain)
    return _laid_out(paras, layout, width, doubts, set())


def _staff_break(so_far: str, above: str, line: str) -> bool | None:
    """Does a paragraph end before ``line`` because of staff credits (责任编辑：王娜　校对：赵敏), and None when
    they say nothing: a credit is a paragraph of its own, whatever the layout.  It goes on while the next line
    completes it (a credit the line width cut: 责任编辑：王 | 娜), and ends at the first line that does not; a line
    that is a whole credit, or opens on a role under a finished sentence, begins one.  Why: a page prints its
    editors under its last item or a section's, a line with no sentence mark, so every layout's rules join it
    to the item's last paragraph (a bracketed credit reads as an aside) or run the next item's headline on
    into it."""
    if STAFF_CREDITS.match(so_far):
        return not STAFF_CREDITS.match(_join(so_far, above, line))
    if STAFF_OPENS.match(so_far) and STAFF_CREDITS.match(_join(so_far, above, line)):
        return False  # a credit the width cut inside its last name (（责编：孙琳 版式 周 | 立）): whole only joined
    t = line.strip()
    if STAFF_CREDITS.match(t) or STAFF_OPENS.match(t) and is_terminal(so_far):
        return True
    return None


def _short_lines_end(block: list[str], width: int) -> bool:
    """Do two or more of the lines of ``block`` shorter than the column ``width`` (its last line aside), and
    one in five at least, end a sentence?  In a printed column a line stops short only where its paragraph
    ends (a sentence's end most often; a headline, a byline, a cut the OCR made); in a paragraph re-wrapped
    at random widths, short lines stop anywhere, after a sentence's end about once in thirty."""
    short = [t for t in block[:-1] if _measure(t) < width - 1]
    ends = sum(1 for t in short if is_terminal(_content(t)))
    return ends >= 2 and ends >= 0.2 * len(short)


# fewer printed lines than twice the eight a column's width is read from: too few for the lines' lengths to
# say whether the page was printed in a column or re-wrapped, and where a paragraph ends is the text's guess
_FEW_LINES = 16
_COLUMN_LINES = 8  # the fewest lines :func:`_width` reads a column's width from


def _column_block(lines: list[str]) -> tuple[int, int, int] | None:
    """On a page of paragraphs (no column width found for the whole page): the longest run of lines with
    no blank line between them, of at least :data:`_COLUMN_LINES` lines and at most nine in ten of the page's
    printed lines, that is printed line by line in a column of its own (:func:`_width`), as (first line,
    line after its last, the column's width); or None.

    Why: an engine that reads a page's zones with two settings prints one zone one paragraph a line, parted
    by blank lines, and another one line per printed line with no blank line at all.  Read as a paragraph
    of wrapped lines, such a zone is one paragraph from its first line to its last, headlines, leads and
    every story in it run together; read against its column, a short line ends a paragraph there as on a
    column page.  A paragraph re-wrapped at widths a few apart (6–10) may pass for a column by its lengths,
    never by its ends (:func:`_short_lines_end`)."""
    printed = sum(1 for t in lines if t.strip())
    best: tuple[int, int, int] | None = None
    start = 0
    for end in range(len(lines) + 1):
        if end < len(lines) and lines[end].strip():
            continue
        size = end - start
        if _COLUMN_LINES <= size <= 0.9 * printed and (best is None or size > best[1] - best[0]):
            w = _width(lines[start:end])
            if w and _short_lines_end(lines[start:end], w):
                best = (start, end, w)
        start = end + 1
    return best


def _paragraph_zone(lines: list[str], width: int) -> tuple[int, int] | None:
    """On a column page (``width``, the column's): the longest run of lines printed one paragraph a line, as
    (its first line, the line after its last), or None: at least :data:`_COLUMN_LINES` printed lines, each
    parted from the next by a blank line, from a line wider than the column to the last such line, and half
    of them or more wider than the column (past a hung mark: more than ``width`` + 2).

    Why: an engine that reads a page's zones with two settings prints one zone line by line in its column and
    another one paragraph a line, parted by blank lines (:func:`_column_block` finds the first on a page of
    paragraphs).  No printed line is wider than its column, and no column prints a blank line after each of
    its lines: read against the column, each of the zone's lines looks full and runs on into the next, column
    pieces the OCR put out of order, headlines and leads of other stories too, into one paragraph; read as
    the zone was written, one paragraph a line, the reading-order stage gets its pieces apart."""
    printed = [i for i, t in enumerate(lines) if t.strip()]
    runs: list[list[int]] = []  # the printed lines, in runs each parted from the next by a blank line
    for i in printed:
        if runs and i - runs[-1][-1] > 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    best: tuple[int, int] | None = None
    for run in runs:
        wide = [k for k in run if _measure(lines[k]) > width + 2]
        inner = [k for k in run if wide and wide[0] <= k <= wide[-1]]
        if len(inner) >= _COLUMN_LINES and 2 * len(wide) >= len(inner) \
                and (best is None or inner[-1] + 1 - inner[0] > best[1] - best[0]):
            best = (inner[0], inner[-1] + 1)
    return best


def _narrow_gaps(paras: list[Paragraph]) -> dict[int, str]:
    """On a column page whose blank lines part its items (read as they are): the headline-shaped
    paragraphs after a finished one with a single blank line above them, or none (a stretch of the page
    the engine found as one block).  A column prints no blank line between its paragraphs, so an item's
    edge may have no more; but one blank line is what the segmenter reads as a paragraph's, and such a
    line is kept as a subhead unless a lead under it says otherwise: the review says it may be another
    item's headline."""
    return {k: (f"line {p.lines[0]} ({_content(p.text)}) {SUBHEAD_DOUBT} (at most one blank line above it); "
                "it may be the headline of another item — check")
            for k, p in enumerate(paras) if k and p.blanks <= 1 and headline_shaped(p.text)
            and _closes(paras[k - 1].text) and not headline_shaped(paras[k - 1].text)
            and not (k + 1 < len(paras) and bl.LEAD.match(_content(paras[k + 1].text)))}


def _leads_inside(lines: list[str], paras: list[Paragraph]) -> dict[int, str]:
    """The paragraphs with a lead marker and its credit (本报讯（记者…）, 本报厦门9月25日电（记者…）) opening one
    of their lines after the first.  A story's lead opens its first paragraph, and a printed paragraph its
    own line: joined under other text, the lead's item ran on into the paragraph above, and the lines over
    it, a headline set to fill its line among them, may be that item's headline.  Whatever layout joined the
    lines (a column line ending a sentence looks full, a headline as wide as the column does too), the
    file then mixes two items; the review says where."""
    found = {}
    for k, p in enumerate(paras):
        texts = [_content(lines[no - 1].strip()) for no in p.lines]
        # the lead read on over the next lines: a narrow column breaks it (本报厦门9月25 | 日电（记者…）)
        inner = next(((j, m) for j in range(1, len(texts)) if (m := bl.LEAD.match("".join(texts[j:j + 4])))
                      and m["inner"]), None)
        if inner:
            j, m = inner
            found[k] = (f"line {p.lines[j]} opens a lead ({m.group(0)}) inside a paragraph: another item, and its "
                        "headline above it, may have run on into this one — check")
            continue
        # a lead on its date (11月13日下午，…) under a headline-shaped line inside the paragraph: no sentence of
        # running text goes on into a date phrase after a line without a mark
        dated = next((j for j in range(2, len(texts))
                      if bl.DATED_LEAD.match(texts[j]) and headline_shaped(texts[j - 1])), None)
        if dated:
            found[k] = (f"line {p.lines[dated - 1]} ({texts[dated - 1]}) stands over a lead on its date inside a "
                        "paragraph: it may be another item's headline, run on into this one — check")
    return found


def _over_dated_leads(paras: list[Paragraph]) -> dict[int, str]:
    """On a page not in columns whose blank lines are read as they are: the headline-shaped paragraphs
    with a single blank line above them (:func:`_narrow_gaps`) over a paragraph that opens as a news item's
    lead on its date or 近日 (:func:`~unionnews.ingest.paragraphs.items._dated_lead_under`).  Blank runs of
    uneven lengths may give an item's edge no more than a paragraph's one blank line, and a lead with no
    本报讯 marker does not start an item by its form: the line stays a subhead, and the review says it may
    be another item's headline.  On a page with a lead left hanging, marker or none (:func:`_hanging_lead`),
    every such line, and the review names the lead: its rest is elsewhere on the page, under its headline,
    and opens on no date (…来自60家 at the page's end, 单位的800名… under the headline)."""
    hanging = _hanging_lead(paras, dated=True)
    found = {}
    for k, why in _narrow_gaps(paras).items():
        if _dated_lead_under(paras, k):
            found[k] = why
        elif hanging is not None:
            found[k] = (f"line {paras[k].lines[0]} ({_content(paras[k].text)}) {SUBHEAD_DOUBT} (at most one blank "
                        f"line above it), but the lead at line {paras[hanging].lines[0]} stops mid-sentence with its "
                        "rest elsewhere on the page: this line may be that item's headline — check")
    return found


def _hanging_lead(paras: list[Paragraph], dated: bool = False) -> int | None:
    """The first lead (本报讯（…）…) that stops mid-sentence right before another lead, or with no sentence
    finished after it to the page's end (…丙城总工会 | 举办职工技能 | 大赛，来自80家企 | 业的300余名职工, and the
    page ends), if any.  Its rest is elsewhere on the page: the OCR read the column out of order, and a headline
    filling its line may stand over that rest.  With ``dated``, a lead with no marker counts too: a paragraph
    opening on its date or 近日 (:func:`_opens_lead`); but not a marker and its credit alone (本报讯（记者…） |
    (blank) | 近日，…): its first sentence is the next paragraph, which opens on its date.  A paragraph on its
    date is another lead only after a lead that has no marker either: a marked lead's first sentence may go
    on in one (本报讯（记者马超）记者 | 近日获悉，…, a letter-spaced line parted as a paragraph), so only a
    marker under a marked lead says its rest is elsewhere."""
    return next((k for k, p in enumerate(paras) if _opens_lead(p.text, dated) and not _closes(p.text)
                 and not (dated and _marker_alone(p.text))
                 and ((k + 1 < len(paras) and _opens_lead(paras[k + 1].text, dated and not _opens_lead(p.text)))
                      or not any(_closes(q.text) for q in paras[k + 1:]))), None)


def _marker_alone(text: str) -> bool:
    """Is a paragraph a lead's marker and credit with nothing after them (本报讯（记者鹿慧敏 通讯员…）)?"""
    t = _content(text)
    m = bl.LEAD.match(t)
    return bool(m) and not t[m.end():].strip()


def _opens_lead(text: str, dated: bool = False) -> bool:
    """Does a paragraph open as a lead: 本报讯（…）, or with ``dated`` also on its date or 近日 with no marker
    (9月2日，…; 近日，…: how a wire story, a reprint or a page printed without the marker begins)?"""
    t = _content(text)
    return bool(bl.LEAD.match(t) or (dated and bl.DATED_LEAD.match(t)))


def _run_on_headlines(lines: list[str], paras: list[Paragraph], doubts: dict[int, str], why: str,
                      inside: bool = False) -> dict[int, str]:
    """On a small page without blank lines or in a column (:data:`_FEW_LINES`), or a page of joined lines
    with a lead left hanging (:func:`_hanging_lead`): the paragraphs whose first line has a headline's shape,
    after a finished paragraph, and was run on into text under it with no word across the two (in a column, on
    the width alone); a headline set on several lines (西城区开展夏 | 季送清凉活动 | 品，…) at any of its breaks,
    as the word across one break inside it says nothing of the next.  Such a line may be the next item's headline
    over the rest of a lead the OCR read elsewhere (乙城开展职工健康体检 | 总工会为…, 本报讯…乙城 at the
    page's end); joined, its story runs on in the item above, and the review must say so.  With ``inside``,
    also such a line inside a paragraph, after a line that ends a sentence: a column line ending a sentence
    may look full, and the headline under it is then run on into the paragraph above as well; and such a piece
    that ends a paragraph left unfinished before the next one (…问卷。 | 东港镇开展夏季送清凉活 | 动, a blank run, 为环卫
    工人…), which the reading stages may join to what follows.  A small page is read as wrapped when its column
    cannot be measured, so its wrapped paragraphs are read so too."""
    found: dict[int, str] = {}
    for k, p in enumerate(paras):
        if k in doubts or len(p.lines) < 2 or headline_shaped(p.text):
            continue  # (a paragraph of a headline's shape throughout is a headline set on two lines)
        starts = [0] if k and _closes(paras[k - 1].text) else []
        if inside:
            starts += [j for j in range(1, len(p.lines) - 1) if _closes(lines[p.lines[j - 1] - 1].strip())]
        text = [lines[no - 1].strip() for no in p.lines]
        named: list[str] = []  # every such line of the paragraph: each may open an item of its own
        for j in starts:
            end = j  # a headline set on several lines: any of its breaks may be the one run on
            while end + 2 < len(text) and headline_shaped("".join(text[j:end + 2])):
                end += 1
            if not headline_shaped(text[j]):
                continue
            # a word across the break is evidence of a join only where it puts back a word the break cut
            # (:func:`~unionnews.ingest.continuity.cut_off`), read on the headline so far: 北山区开展夏季送清凉活动 |
            # 区总工会… gives 活动区, and 西城区举办职工技能竞 | 赛 | 会举办… 赛会, but 活动 and 竞赛 are whole, and
            # 区, 会 end the words of a lead cut off elsewhere
            cut = next((i for i in range(j, end + 1) if text[i + 1][:1] not in NO_START
                        and (word_across(_content(text[i]), _content(text[i + 1])) is None
                             or not cut_off(_content("".join(text[j:i + 1])), _content(text[i + 1])))), None)
            if cut is None and inside and j and k + 1 < len(paras) and not _closes(p.text) \
                    and headline_shaped("".join(text[j:])):
                cut = len(text) - 1  # the paragraph ends on it, unfinished: run on into the next one, if anything
            if cut is not None:
                named.append(f"line {p.lines[j]} ({_content(''.join(text[j:cut + 1]))})")
        if named:
            found[k] = (f"{', '.join(named)} may{' each' if len(named) > 1 else ''} be the headline of another item, "
                        f"read on into the line under it {why} — check")
    return found


_RESTATED = 8  # the opening characters a story's text gives again after its headline: a subject, not a chance pair


def _restated_run_ons(lines: list[str], paras: list[Paragraph]) -> dict[int, str]:
    """On a page of wrapped or column lines without blank lines: the paragraphs after a finished one whose first lines, up
    to a line break with no dictionary word across it, have a headline's shape (a headline and its subtitle run
    together: :data:`HEADLINE_BLOCK`), and whose opening eight characters the paragraph's text then gives again
    (全面推行…座谈会召开 | 劳动法律…全覆盖 | “2024年…”……今天，在福建厦门召开的全面推行…座谈会上), or whose next line
    opens on a phrase of them (:func:`_said_again`: a headline as wide as its column read as a paragraph's first line).

    Why: with no blank line, no 本报讯 marker and a story that opens on a quotation (or anything else that is no
    date or opener), nothing parts a headline from the text under it, and the next item runs on into the story
    above with no review reason.  A story's first sentences restate its headline's subject; a sentence does not
    give its own first words again.  The item is left where it is (its headline's end is not known), but the
    review says it may be another item's headline."""
    found: dict[int, str] = {}
    for k in range(1, len(paras)):
        p = paras[k]
        if not _closes(paras[k - 1].text) or len(p.lines) < 2:
            continue
        text = [_content(lines[no - 1].strip()) for no in p.lines]
        for m in range(1, len(text)):
            head = "".join(text[:m])
            if not headline_shaped(head, limit=HEADLINE_BLOCK):
                break
            if len(head) >= _RESTATED and word_across(head, text[m]) is None and (
                    head[:_RESTATED] in "".join(text[m:]) or _said_again(head, text[m])):
                found[k] = (f"line {p.lines[0]} ({head}) may be the headline of another item, read on into the text "
                            "under it, which restates it, on a page without blank lines — check")
                break
    return found


_SAID_AGAIN = 4  # characters of a headline the line under it opens on again: a subject, not a chance pair


def _said_again(head: str, line: str) -> bool:
    """Does ``line`` open on a run of :data:`_SAID_AGAIN` Chinese characters or more that ``head`` holds
    (北山区职工运动会开幕 | 职工运动会，来自…)?  A sentence does not give a phrase again right after it; a lead under its
    headline does."""
    run = line[:_SAID_AGAIN]
    return len(run) == _SAID_AGAIN and all(is_cjk(ch) for ch in run) and run in head


def _wanted_pairs(paras: Paragraphs, lines: list[str], cuts: list[int]) -> set[int]:
    """The file lines (1-based) before which to cut softly: for each pair of ``cuts`` (0-based first lines) whose
    line after it finishes the time a lead left open at its end (本报讯（…）日 | … | 前，…:
    :func:`~unionnews.ingest.byline.lead_time_across`) and goes on no word of the pair's second piece, the pair's
    second piece and that line.  Why: the pair was read as one line on its lengths alone, and the line after it
    joined on the pair's full width; the lead's own structure says its sentence goes on there, so the second piece
    is a line of its own (a headline over that piece), and the reading-order stage must be free to read it so."""
    leads = [p.text for p in paras.paragraphs if bl.LEAD.match(_content(p.text)) and not _closes(p.text)]
    return {n for k in cuts if k + 2 < len(lines)
            and _finishes_time(leads, _content(lines[k + 1]), _content(lines[k + 2])) for n in (k + 2, k + 3)}


def _finishes_time(leads: list[str], piece: str, line: str) -> bool:
    """Does ``line`` finish the time one of ``leads`` left open at its end, and no word run across into it from
    ``piece``, the line above it (截至目 | 前，…: 目前, the piece's own sentence going on)?"""
    return word_across(piece, line) is None and any(bl.lead_time_across(lead, line) for lead in leads)


def _soft_pairs(paras: Paragraphs, lines: list[str], breaks: set[int]) -> Paragraphs:
    """``paras`` (read with ``soft``) cut again before each file line of ``breaks`` (:func:`_wanted_pairs`), each
    such break a soft one.  Why: on a page read out of order, a cut column piece's end and the next item's
    headline may fill the column by chance (…形成工作合力， | 中铁五局成立工匠学院, in a column of 15); joined, the
    headline runs into the text, and the reading order can join paragraphs, never take one apart.  The
    reading-order stage joins each such break again unless another line's sentence goes on there, as it does
    the column's other soft breaks."""
    starts = list(paras.origin)
    doubts = {k: paras.doubts[no] for k, no in enumerate(starts) if no in paras.doubts}
    pieces: dict[int, list[tuple[int, int]]] = {}
    for k, p in enumerate(paras.paragraphs):
        text = _content(lines[p.lines[0] - 1])
        for above, no in zip(p.lines, p.lines[1:]):
            if no in breaks and p.text.startswith(text):
                pieces.setdefault(k, []).append((len(text), no))
            text = _join(text, lines[above - 1], lines[no - 1])
    if not pieces:
        return paras
    uncertain = {paras.origin[no][0] for no in paras.soft}
    cut, doubts, more = _cut_soft(paras.paragraphs, pieces, doubts)
    return _laid_out(cut, paras.layout, paras.width, doubts, uncertain | more)


def _cut_soft(paras: list[Paragraph], pieces: dict[int, list[tuple[int, int]]],
              doubts: dict[int, str]) -> tuple[list[Paragraph], dict[int, str], set[int]]:
    """The paragraphs cut at their soft breaks (after every other rule, item gaps included, so
    that the pieces joined again are the paragraphs found without ``soft``); the doubts by new
    index, and the file lines a soft break comes before."""
    out: list[Paragraph] = []
    moved: dict[int, str] = {}
    uncertain: set[int] = set()
    for k, p in enumerate(paras):
        if k in doubts:
            moved[len(out)] = doubts[k]
        start, first, blanks = 0, 0, p.blanks
        for pos, no in pieces.get(k, []) + [(len(p.text), None)]:
            upto = p.lines.index(no) if no is not None else len(p.lines)
            out.append(Paragraph(p.text[start:pos], p.lines[first:upto], blanks))
            start, first, blanks = pos, upto, 1
            if no is not None:
                uncertain.add(no)
                while p.text[start:start + 1] == " ":  # a space the join put at the break
                    start += 1
    return out, moved, uncertain
