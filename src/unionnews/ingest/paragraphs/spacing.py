"""Blank lines that are spacing, read once for the whole page.

Blank lines that are spacing are read once, for the whole page.  Line spacing (a blank line, or t, after
every line the page prints, its own blank lines included: double-spaced exports) is taken out before
anything else, keeping the file's line numbers (:func:`_line_spacing`).  Paragraph spacing (one blank line
after every paragraph of a column and nowhere else: Tesseract's text output) makes each blank line a
paragraph's end, and says nothing of where items end (:func:`_blank_ends_paragraph`).
"""
from __future__ import annotations

from unionnews.ingest.continuity import word_across
from unionnews.ingest.paragraphs.lines import (NO_START, _LABEL, _MARKUP, _closes, _content, headline_shaped, _measure,
                                               _per_line)
from unionnews.ingest.paragraphs.widths import _width


def _blank_ends_paragraph(lines: list[str], widths: list[int], few: bool = False) -> bool:
    """In a column page: is a blank line the end of a paragraph, wherever it falls?  So on a page that
    prints one blank line after every paragraph and none elsewhere (Tesseract's text output): every
    run as long as the others, six in seven after a line that may end a paragraph by its own form
    (shorter than the column, a sentence's end, a credit, a heading or a headline-shaped line).  Then the
    few after a full line stopping mid-sentence end a paragraph the OCR cut there, not a stray blank
    inside one: stray blank lines fall between any two lines, mostly full ones mid-sentence, and a page
    with them fails the count.  And since an item's edge has the same blank line as a paragraph's,
    the blank lines say nothing of where items end: they are found as on a page without blank lines
    (:func:`_item_gaps`).

    ``few``: the page has too few blank runs to count so (:func:`_few_even_runs`); they are read as
    paragraph ends when every one follows a line that may end a paragraph by its form, a headline-shaped
    line filling the column only as a paragraph of its own (a blank line, or the page's start, above it
    too: any full line of text without a mark has a headline's shape).  A blank line after a full line
    going on mid-sentence (a form feed, a stray) is then bridged as before."""
    runs = _runs(lines)
    gaps = [(start, n) for start, n in runs if n]
    if (len(gaps) < 8 and not few) or not gaps or len({n for _, n in gaps}) > 1:
        return False
    small = len(gaps) < 8
    apart = {start + n for start, n in runs if n} | {min((i for i, t in enumerate(lines) if t.strip()), default=0)}
    ends = 0
    for start, _ in gaps:
        last = start - 1
        ca = _content(lines[last])
        ends += (_measure(lines[last]) < widths[last] - 1 or _closes(ca)
                 or (headline_shaped(ca) and (not small or last in apart))
                 or bool(_MARKUP.match(lines[last].strip())))
    return ends >= (len(gaps) if small else 0.85 * len(gaps))


def _few_even_runs(lines: list[str]) -> bool:
    """Too few blank runs, all of one length, to tell what they are: fewer than the eight that the
    readings of line spacing (:func:`_line_spacing`) and paragraph spacing (:func:`_blank_ends_paragraph`)
    need.  On a small page a blank line after every line or every paragraph looks the same as a blank
    line between every two items; read as item gaps, a headline over the rest of a lead cut off (its
    start read elsewhere on the page) is taken for a subhead, and two stories run on in one file with
    nothing said.  Such a page's items are found as on a page without blank lines (:func:`_item_gaps`),
    which says where a headline-shaped line may be a subhead or another item's headline."""
    gaps = [n for _, n in _runs(lines) if n]
    return len(set(gaps)) == 1 and len(gaps) < 8


def _runs(lines: list[str]) -> list[tuple[int, int]]:
    """The blank runs between printed lines: (file index of the run's first blank line, its length);
    a length 0 where two printed lines follow each other.  Blank lines before the first printed line
    or after the last part nothing and are left out."""
    printed = [i for i, t in enumerate(lines) if t.strip()]
    return [(a + 1, b - a - 1) for a, b in zip(printed, printed[1:])]


def _line_spacing(lines: list[str]) -> int:
    """The blank lines the page puts after every line it prints (double spacing: 1), or 0.

    A page exported or OCR'd with line spacing has ``t`` blank lines after every line, its own blank
    lines included: a run of ``k`` blank lines of the page as set becomes ``t + k(t + 1)``.  Read so
    when nine runs in ten between printed lines have that form for one ``t`` (of several, the one that
    fits the most runs, then the widest), and the page without the spacing is a page whose blank lines
    still mean something: its lines are a printed column's (:func:`_set_in_column`), or three in four of them
    are still followed by a blank line (a page of one paragraph per line, paragraphs parted by a blank
    line), or it keeps blank lines of its own between paragraphs whose lines were wrapped (:func:`_wrapped`),
    at least one for every :data:`_LONGEST_PARAGRAPH` printed characters.  Counted in characters, not
    lines: a paragraph cut into narrow lines spans a dozen of them.  A page of one paragraph per line
    whose columns the OCR read out of order stops lines mid-sentence as wrapped ones do, but its own
    blank runs (three, between items) come a thousand characters apart or more.

    A page of one paragraph per line whose paragraphs are parted by one blank line and its items by
    three (the seed pages' own form) has the same runs as a page without blank lines set double-spaced;
    it is read as it is, since reading its blank lines as paragraph breaks loses nothing, and reading
    them as spacing would lose the items' edges."""
    runs = [n for _, n in _runs(lines)]
    if len(runs) < 8:
        return 0
    printed = sum(len(t.strip()) for t in lines)
    fits = {t: sum(1 for n in runs if n >= t and (n - t) % (t + 1) == 0) for t in (1, 2, 3)}
    # the spacing that fits the most runs, and of those the widest: runs of 5 and 11 are 2 + 3k (k = 1, 3)
    # before 1 + 2k; runs of 3, 5 and 7 are 1 + 2k, though 3 + 4k fits all but the 5s
    for t in sorted((t for t in fits if fits[t] >= 0.9 * len(runs)), key=lambda t: (fits[t], t), reverse=True):
        own = sum(1 for n in runs if n >= t and (n - t) // (t + 1) > 0)
        page = [lines[i] for i in _unspaced(lines, t)]
        if own >= 0.75 * len(runs) or _set_in_column(page) or (own * _LONGEST_PARAGRAPH >= printed and _wrapped(page)):
            return t
    return 0


# A news paragraph is a few sentences: one rarely runs past this many characters (:func:`_line_spacing`)
_LONGEST_PARAGRAPH = 400


def _set_in_column(lines: list[str]) -> bool:
    """A printed column (:func:`_width`) one line in two or more of which is exactly as wide as it (or
    one more: a mark hung at the end): more than half in a 40-character column of the seed pages, most
    in a narrow one.  A short page of one paragraph per line, a blank line after each, may have a few
    lines of about one length by chance (two in five, one in five), and is read as it is."""
    width = _width(lines)
    sizes = [_measure(t) for t in lines if t.strip() and not _LABEL.search(t.strip())]
    return width is not None and sum(1 for n in sizes if width <= n <= width + 1) >= 0.5 * len(sizes)


def _wrapped(lines: list[str]) -> bool:
    """Lines of paragraphs broken where they fill a line (not one paragraph per line), parted by blank lines:
    the lines that another follows mostly stop mid-sentence (:func:`_per_line`), and not on a headline (a
    page of short items, each a headline over one paragraph, has as many such lines as paragraphs).  A piece
    of a narrow line holds no mark as often as a headline does: one whose next line opens on a mark no line
    begins with (…深入 | ，探索…) or goes on with a word across the break (…主论 | 坛在…) is text cut, not a
    headline over its lead."""
    pairs = [(_content(lines[i]), _content(lines[i + 1])) for i in range(len(lines) - 1)
             if lines[i].strip() and lines[i + 1].strip()]
    heads = sum(1 for a, b in pairs if headline_shaped(a) and b[:1] not in NO_START and word_across(a, b) is None)
    return len(pairs) >= 8 and not _per_line(lines) and heads < 0.5 * len(pairs)


def _unspaced(lines: list[str], t: int) -> list[int]:
    """The file indices of the lines a page spaced ``t`` (:func:`_line_spacing`) was set in: every printed
    line, and of each run of blank lines between two the first ``(n - t) // (t + 1)``."""
    drop: set[int] = set()
    for start, n in _runs(lines):
        keep = (n - t) // (t + 1) if n >= t else 0
        drop.update(range(start + keep, start + n))
    return [i for i in range(len(lines)) if i not in drop]


def _stray_blanks_only(lines: list[str]) -> bool:
    """Do the page's blank lines fall anywhere but where its paragraphs end?  So on a page whose
    paragraphs follow each other with no blank line between (wrapped lines, one paragraph a line, or a
    printed column too wide to read as one, :func:`_width`) and a few blank lines the OCR put at random:
    of its lines that end a sentence, more are followed straight by the next line than by a blank run.
    On a page whose blank lines part its paragraphs nearly every such line has a blank run after it (a
    line broken right after a sentence's end inside a paragraph is rare).  Read as parting paragraphs, a
    stray run would end a story mid-sentence, or part two items where none ends, while the next
    paragraph break without one would run two stories on: the page's paragraphs and items are found
    from the text, as on a page without blank lines."""
    ends = [n for start, n in _runs(lines) if _closes(_content(lines[start - 1]))]
    return sum(1 for n in ends if n) < sum(1 for n in ends if not n)
