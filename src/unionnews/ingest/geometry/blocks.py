"""Step 1, blocks, by cutting the page (recursive XY-cut): first along rules that cross the whole
region, else along white gaps that cross it (a band of white at least a line high, or a column
gutter), or where the type changes.  The order of the cuts is the reading order: bands top to
bottom, columns left to right."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from unionnews.ingest.box import Box
from unionnews.ingest.geometry.model import HEADLINE_RATIO, TextLine, _CONTINUED, _is_head


@dataclass
class _Region:
    box: Box
    lines: list[TextLine] = field(default_factory=list)


def _gaps(spans: list[tuple[float, float]], lo: float, hi: float, least: float) -> list[float]:
    """Middles of the white gaps at least ``least`` wide between the spans, inside (lo, hi)."""
    cuts = []
    spans = sorted(spans)
    reach = None
    for a, b in spans:
        if reach is not None and a - reach >= least:
            cuts.append((reach + a) / 2)
        reach = b if reach is None else max(reach, b)
    return [c for c in cuts if lo < c < hi]


def _rule_cuts(lines: list[TextLine], rules: tuple[Box, ...], horizontal: bool, body: float) -> list[float]:
    """Positions of rules that cross every line's extent across and cut no line."""
    if not lines:
        return []
    lo = min(l.box.x0 if horizontal else l.box.y0 for l in lines)
    hi = max(l.box.x1 if horizontal else l.box.y1 for l in lines)
    cuts = []
    for r in rules:
        thin = r.height if horizontal else r.width
        long_ = r.width if horizontal else r.height
        if thin > body * 0.6 or long_ < body * 3:
            continue
        a, b = (r.x0, r.x1) if horizontal else (r.y0, r.y1)
        pos = (r.y0 + r.y1) / 2 if horizontal else (r.x0 + r.x1) / 2
        if a > lo + body or b < hi - body:
            continue  # does not cross the whole region
        # a line is on one side of the rule when it stays there to within a fifth of an em, or
        # (an engine's box for a word of large type or a stray mark often overhangs a rule by a
        # little) its middle is there and it reaches past the rule by under a third of its height
        def side(l: TextLine) -> int:
            a, b = (l.box.y0, l.box.y1) if horizontal else (l.box.x0, l.box.x1)
            over = max(body * 0.2, 0.3 * (b - a))
            if b <= pos + over and (a + b) / 2 < pos:
                return -1
            if a >= pos - over and (a + b) / 2 > pos:
                return 1
            return 0
        sides = [side(l) for l in lines]
        if -1 in sides and 1 in sides and 0 not in sides:
            cuts.append(pos)
    return sorted(set(round(c, 1) for c in cuts))


def _split(lines: list[TextLine], cuts: list[float], horizontal: bool) -> list[list[TextLine]]:
    parts: list[list[TextLine]] = [[] for _ in range(len(cuts) + 1)]
    for line in lines:
        middle = (line.box.y0 + line.box.y1) / 2 if horizontal else (line.box.x0 + line.box.x1) / 2
        parts[sum(middle > c for c in cuts)].append(line)
    return [p for p in parts if p]


def _blocks(lines: list[TextLine], rules: tuple[Box, ...], body: float, depth: int = 0) -> list[list[TextLine]]:
    """Recursive XY-cut: rules first, then white gaps; bands top to bottom, columns left to right."""
    if len(lines) <= 1 or depth > 40:
        return [_rows(lines)] if lines else []
    for horizontal in (True, False):
        cuts = _rule_cuts(lines, rules, horizontal, body)
        if cuts:
            return [b for part in _split(lines, cuts, horizontal) for b in _blocks(part, rules, body, depth + 1)]
    x0, x1 = min(l.box.x0 for l in lines), max(l.box.x1 for l in lines)
    y0, y1 = min(l.box.y0 for l in lines), max(l.box.y1 for l in lines)
    # a band of white taller than the line spacing, or a column gutter
    cuts = _gaps([(l.box.y0, l.box.y1) for l in lines], y0, y1, body * 1.1)
    if cuts:
        cuts = _dropped_lines(lines, cuts, body)
    if cuts:
        return [b for part in _split(lines, cuts, True) for b in _blocks(part, rules, body, depth + 1)]
    cuts = _gutters(lines, _gaps([(l.box.x0, l.box.x1) for l in lines], x0, x1, body * 0.7))
    if cuts:
        return [b for part in _split(lines, cuts, False) for b in _blocks(part, rules, body, depth + 1)]
    cuts = _type_cuts(lines, body)
    if cuts:
        return [b for part in _split(lines, cuts, True) for b in _blocks(part, rules, body, depth + 1)]
    return [_rows(lines)]


def _dropped_lines(lines: list[TextLine], cuts: list[float], body: float) -> list[float]:
    """The white gaps that are not a line an OCR engine dropped: in one column of body type (no
    gutter through it), white under two and a half lines between body lines that start at the same
    left edge or indent is where the engine lost a line (a lone 。 wrapped onto a line of its own, a
    short last line), and the column goes on; cut there, a story's column would come apart and its
    pieces go to two stories.  A headline, a 上接 marker, a picture, or type of another size after the
    white still starts a block there."""
    if _gutters(lines, _gaps([(l.box.x0, l.box.x1) for l in lines], min(l.box.x0 for l in lines),
                             max(l.box.x1 for l in lines), body * 0.7)):
        return cuts

    def plain(l: TextLine) -> bool:
        return bool(l.text.strip()) and 0.8 * body <= l.size < body * HEADLINE_RATIO and not _CONTINUED.match(l.text.strip())

    keep = []
    for c in cuts:
        above = [l for l in lines if l.box.y1 <= c]
        below = [l for l in lines if l.box.y0 >= c]
        if not above or not below:
            keep.append(c)
            continue
        a = max(above, key=lambda l: l.box.y1)
        b = min(below, key=lambda l: l.box.y0)
        if not (plain(a) and plain(b) and b.box.y0 - a.box.y1 < 2.5 * body
                and abs(min(l.box.x0 for l in above) - min(l.box.x0 for l in below)) <= 1.5 * body):
            keep.append(c)
    return keep


def _gutters(lines: list[TextLine], cuts: list[float]) -> list[float]:
    """The white runs down the region that are column gutters: text each side of one stands beside
    text on the other.  A short last line under an indented one (a credit line's last character
    wrapped to the column's left edge) leaves white at the indent too, but there the two stand one
    above the other, and the two are one column."""
    while True:
        edges = [float("-inf")] + cuts + [float("inf")]
        parts = [[l for l in lines if a < (l.box.x0 + l.box.x1) / 2 < b] for a, b in zip(edges, edges[1:])]
        keep = [c for k, c in enumerate(cuts) if _beside(parts[k], parts[k + 1])
                and not _word_space(parts[k], parts[k + 1])]
        if keep == cuts:
            return cuts
        cuts = keep


def _word_space(left: list[TextLine], right: list[TextLine]) -> bool:
    """Is the white between the two parts, somewhere, a word space inside one printed line: two
    pieces of a row in one type with less than half an em between them (a headline's space, where
    the producer wrote no space character), not a gutter?"""
    for a in left:
        for b in right:
            size = min(a.size, b.size)
            if (abs(a.size - b.size) <= 0.08 * size and 0 <= b.box.x0 - a.box.x1 < 0.45 * size
                    and min(a.box.y1, b.box.y1) - max(a.box.y0, b.box.y0) > 0.5 * min(a.box.height, b.box.height)):
                return True
    return False


def _beside(left_lines: list[TextLine], right_lines: list[TextLine]) -> bool:
    """Does some line of one part share rows with some line of the other?"""
    left = sorted((l.box.y0, l.box.y1) for l in left_lines)
    right = [(l.box.y0, l.box.y1) for l in right_lines]
    merged: list[list[float]] = []
    for a, b in left:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    starts = [m[0] for m in merged]
    for a, b in right:
        i = bisect.bisect_right(starts, b) - 1  # the last left run starting above this line's foot
        while i >= 0 and merged[i][1] > a:
            if min(b, merged[i][1]) - max(a, merged[i][0]) > 0.3 * (b - a):
                return True
            i -= 1
    return False


def _rows(lines: list[TextLine]) -> list[TextLine]:
    """Top to bottom, and left to right within a row: pieces of one printed line (an engine splits
    a headline where it lost a character) stand a little higher or lower than each other."""
    rows: list[list[TextLine]] = []
    for line in sorted(lines, key=lambda l: l.box.y0):
        row = rows[-1] if rows else None
        if row and line.box.y0 < min(l.box.y1 for l in row) - 0.5 * line.box.height:
            row.append(line)
        else:
            rows.append([line])
    return [l for row in rows for l in sorted(row, key=lambda l: l.box.x0)]


def _type_cuts(lines: list[TextLine], body: float) -> list[float]:
    """Where headline type gives way to body type (or back) with no line across the change: a
    headline set close above its columns still comes off them."""
    ordered = sorted(lines, key=lambda l: l.box.y0)
    cuts = []
    reach = ordered[0].box.y1
    for n, (before, after) in enumerate(zip(ordered, ordered[1:])):
        if after.box.y0 >= reach - body * 0.1 and _is_head(before, body) != _is_head(after, body):
            # the lines ending right above the change are all of one type: a headline with body
            # text beside it (a story's headline over its own columns, the story beside it going
            # on) ends at no line across the page, and a cut there would cut the story beside it
            last = [l for l in ordered[:n + 1] if l.box.y1 >= reach - body]
            if len({_is_head(l, body) for l in last}) == 1:
                cuts.append((reach + after.box.y0) / 2)
        reach = max(reach, after.box.y1)
    return cuts
