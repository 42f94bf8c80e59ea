"""Headline type, set apart before the page is cut: a scrap an OCR engine read inside or beside a
headline's box is part of that headline; a "large" line that is two lines of body type run
together is not a headline."""

from __future__ import annotations

from typing import TYPE_CHECKING

from unionnews.ingest.box import Box
from unionnews.ingest.geometry.model import HEADLINE_RATIO, TextLine, _inside, _is_head

if TYPE_CHECKING:
    from collections.abc import Callable


def _settle_heads(lines: list[TextLine], body: float, rules: tuple[Box, ...] = ()) -> list[TextLine]:
    """Headline type is set apart: a scrap read inside a headline's box belongs to it; a "large"
    line that overlaps most of another line it is not part of, or that sits in a column with no white
    above or below it, is lines an OCR engine ran together (its box spans two lines of body
    type), not a headline."""
    heads = [l for l in lines if _is_head(l, body)]
    out = []
    for line in lines:
        if not _is_head(line, body):
            host = next((h for h in heads if _inside(line.box, h.box)), None) or _beside_head(line, heads, rules) \
                or _row_scrap(line, heads, lines, rules, body)
            if host is not None:
                line = TextLine(line.text, line.box, host.size)
        out.append(line)
    settled = []
    for line in out:
        # (two pieces of headline type that overlap are one headline the engine read twice, in
        # part, not lines of body type run together)
        if _is_head(line, body) and any(
                other is not line and not _is_head(other, body)
                and not _inside(other.box, line.box) and not _inside(line.box, other.box)
                and min(line.box.x1, other.box.x1) > max(line.box.x0, other.box.x0)
                and min(line.box.y1, other.box.y1) - max(line.box.y0, other.box.y0)
                > max(0.3 * line.box.height, 0.5 * other.box.height) for other in out):
            line = TextLine(line.text, line.box, body)
        settled.append(line)
    # and it has white about it: more than a line of body type between it and the text or rule
    # above or below it (a run-together scrap in a column sits at the column's own spacing);
    # type plainly larger is headline type however close an engine's box puts it (its boxes for
    # large type are loose), as a scrap's characters are as narrow as the column's
    # (:func:`_measure`)
    barriers = [l.box for l in settled if not _is_head(l, body)] + [r for r in rules if r.width > r.height]
    final = []
    for line in settled:
        if _is_head(line, body):
            over = [o for o in barriers if min(line.box.x1, o.x1) > max(line.box.x0, o.x0)]
            above = min((line.box.y0 - o.y1 for o in over if o.y1 <= line.box.y0 + 1), default=1e9)
            below = min((o.y0 - line.box.y1 for o in over if o.y0 >= line.box.y1 - 1), default=1e9)
            if max(above, below) < 1.2 * body and line.size < 1.6 * body:
                line = TextLine(line.text, line.box, body)
        final.append(line)
    return final


def _row_scrap(line: TextLine, heads: list[TextLine], lines: list[TextLine], rules: tuple[Box, ...],
               body: float) -> TextLine | None:
    """The headline a scrap read smaller than body type stands in the row of, however far from it:
    where an engine loses most of a headline line (a kicker's end read as a few dots and strokes)
    its scraps are measured small, and as text they would cut the headline from its title.  Body
    text is never read that small and stands in a column (a line of body type just above or below
    it); a scrap in a headline's row, with no rule and no line of body type between, is part of
    the headline."""
    if line.size >= 0.8 * body:
        return None
    cy = (line.box.y0 + line.box.y1) / 2

    def body_type(o: TextLine) -> bool:
        return o is not line and 0.8 * body <= o.size < body * HEADLINE_RATIO

    if any(body_type(o) and min(o.box.x1, line.box.x1) > max(o.box.x0, line.box.x0)
           and (0 <= line.box.y0 - o.box.y1 <= 1.5 * body or 0 <= o.box.y0 - line.box.y1 <= 1.5 * body
                or min(o.box.y1, line.box.y1) > max(o.box.y0, line.box.y0)) for o in lines):
        return None  # a line of a column
    return _nearest_in_row(line, heads, lambda head, a, b: _ruled_between(a, b, head, rules) or any(
        body_type(o) and a < (o.box.x0 + o.box.x1) / 2 < b and o.box.y0 <= cy <= o.box.y1 for o in lines))


def _beside_head(line: TextLine, heads: list[TextLine], rules: tuple[Box, ...]) -> TextLine | None:
    """The headline line a short scrap stands in the row of: engines read a headline line in
    pieces and misread a piece or two small (a word's box shrunk to a dot, two characters read
    as one, strokes read as a line of small characters over it), which would cut the headline in
    two.  A scrap no wider than a few of the headline's characters, its middle in the headline's
    row (to a quarter of a character) and no more than a character's width beside it (beyond the
    room its own characters would take at the headline's size: the engine's box for a misread
    scrap is often far narrower), with no rule between (side-by-side stories' headlines are ruled
    apart), is part of it; so is such a scrap standing between two pieces of headline type in its
    row with no rule between them, however far apart (the engine lost the characters between)."""
    cy = (line.box.y0 + line.box.y1) / 2
    in_row = [h for h in heads if h.box.y0 - h.size / 4 <= cy <= h.box.y1 + h.size / 4
              and line.box.height <= 1.25 * h.box.height]
    left = [h for h in in_row if h.box.x1 <= line.box.x0 + h.size / 4]
    right = [h for h in in_row if h.box.x0 >= line.box.x1 - h.size / 4]
    if left and right:
        a, b = max(left, key=lambda h: h.box.x1), min(right, key=lambda h: h.box.x0)
        if not any(r.height > r.width and a.box.x1 - 1 <= (r.x0 + r.x1) / 2 <= b.box.x0 + 1
                   and r.y0 <= line.box.y1 and r.y1 >= line.box.y0 for r in rules):
            return a
    chars = len(line.text.strip())

    def too_far(head: TextLine, a: float, b: float) -> bool:
        gap, s = max(0.0, b - a), head.size
        return gap > s + max(0.0, chars * s - line.box.width) or gap > 0 and _ruled_between(a, b, head, rules)

    return _nearest_in_row(line, heads, too_far)


def _nearest_in_row(line: TextLine, heads: list[TextLine],
                    refuse: Callable[[TextLine, float, float], bool]) -> TextLine | None:
    """The headline line nearest beside a scrap no wider than three of its characters whose middle
    stands in its row (to a quarter of a character), leaving out those `refuse(head, a, b)` is true of;
    a..b is the horizontal gap between them (b < a when they overlap)."""
    cy = (line.box.y0 + line.box.y1) / 2
    best, near = None, 0.0
    for head in heads:
        s = head.size
        if line.box.width > 3 * s or not head.box.y0 - s / 4 <= cy <= head.box.y1 + s / 4:
            continue
        a, b = (head.box.x1, line.box.x0) if line.box.x0 >= head.box.x1 else (line.box.x1, head.box.x0)
        if refuse(head, a, b):
            continue
        gap = max(0.0, b - a)
        if best is None or gap < near:
            best, near = head, gap
    return best


def _ruled_between(a: float, b: float, head: TextLine, rules: tuple[Box, ...]) -> bool:
    """A vertical rule in the gap a..b (to a point) beside a headline line: side-by-side stories are ruled apart."""
    return any(r.height > r.width and a - 1 <= (r.x0 + r.x1) / 2 <= b + 1 and r.y0 <= head.box.y1
               and r.y1 >= head.box.y0 for r in rules)
