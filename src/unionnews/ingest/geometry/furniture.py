"""What on a page is not a story: the 版头 and the folio (rows a rule across the text cuts off at
the top or the foot of the page) with the 版次 printed there, and advertisements (公益广告, and
frames of display copy whose text covers little of them)."""

from __future__ import annotations

import re

from unionnews.ingest.box import Box
from unionnews.ingest.geometry.model import PageLayout, TextLine, _is_head


_AD_MARK = re.compile(r"^[（(【\[]?\s*(?:公益)?广\s*告\s*[）)】\]]?$")
_NUMERALS = {c: n for n, c in enumerate("一二三四五六七八九", start=1)}


def _page_number(text: str) -> str:
    """A 版次 as digits (第三版, 第十二版 are printed too)."""
    if text.isdecimal():
        return str(int(text))
    if text == "十":
        return "10"
    tens, _, ones = text.partition("十") if "十" in text else ("", "", text)
    if "十" in text:
        return str(_NUMERALS.get(tens, 1) * 10 + _NUMERALS.get(ones, 0))
    return str(_NUMERALS.get(ones, 0) or ones)


AD_COVER = 0.25  # a frame whose text covers less of it than this is display copy, not a story


def _advertisements(lines: list[TextLine], rules: tuple[Box, ...], body: float, figures: tuple[Box, ...] = ()
                    ) -> tuple[list[list[TextLine]], list[TextLine]]:
    """Advertisements: a frame (four rules) holding the mark 广告, which the advertising law has a
    newspaper print on every advertisement, inside it or just above it.  An advertisement is not
    an article: its lines, top to bottom, go to the page's unplaced file.  Returns (the lines of
    each advertisement, the other lines).

    OCR engines drop the small mark more often than not (it is set smaller than body type, in a
    corner of the frame), so a frame is also taken for an advertisement by what is in it: a few
    lines of display copy (a name in large type, a slogan, an address, a telephone number, set
    centred with white about them) cover a small share of the frame, where a story set in a ruled
    box fills its frame with columns of body type; a frame round a picture holds the picture.  A
    frame with no picture whose lines cover under :data:`AD_COVER` of it is taken as an
    advertisement (bench/RESULTS.md has the shares measured on advertisements and boxed
    stories)."""
    out: list[list[TextLine]] = []
    taken: set[int] = set()
    flat = [r for r in rules if r.width > 4 * max(r.height, 1.0)]
    upright = [r for r in rules if r.height > 4 * max(r.width, 1.0)]

    def side(x: float, y0: float, y1: float) -> bool:
        return any(abs((v.x0 + v.x1) / 2 - x) <= body and v.y0 <= y0 + body and v.y1 >= y1 - body for v in upright)

    def frame_from(top: Box) -> Box | None:
        """The frame whose top edge is ``top``: a rule below of the same extent, sides joining them."""
        y = (top.y0 + top.y1) / 2
        for bottom in sorted((r for r in flat if (r.y0 + r.y1) / 2 > y + 2 * body), key=lambda r: r.y0):
            if abs(bottom.x0 - top.x0) <= body and abs(bottom.x1 - top.x1) <= body:
                y1 = (bottom.y0 + bottom.y1) / 2
                if side(top.x0, y, y1) and side(top.x1, y, y1):
                    return Box(top.x0, y, top.x1, y1)
        return None

    for mark in lines:
        if not _AD_MARK.match(mark.text.strip()):
            continue
        over = [r for r in flat if r.x0 <= mark.box.x0 + 1 and r.x1 >= mark.box.x1 - 1]
        above = sorted((r for r in over if r.y1 <= mark.box.y0 + 1), key=lambda r: -r.y0)
        below = sorted((r for r in over if r.y0 >= mark.box.y1 - 1 and r.y0 - mark.box.y1 <= 2 * body),
                       key=lambda r: r.y0)
        frame = next((f for f in map(frame_from, above[:1] + below[:1]) if f is not None), None)
        if frame is None:
            continue
        inside = [i for i, l in enumerate(lines) if i not in taken and (
            l is mark or (frame.x0 <= (l.box.x0 + l.box.x1) / 2 <= frame.x1
                          and frame.y0 <= (l.box.y0 + l.box.y1) / 2 <= frame.y1))]
        taken |= set(inside)
        out.append(sorted((lines[i] for i in inside), key=lambda l: ((l.box.y0 + l.box.y1) / 2, l.box.x0)))
    # frames whose 广告 the engine did not read: display copy in a frame of its own
    for top in sorted(flat, key=lambda r: (r.y0, r.x0)):
        frame = frame_from(top)
        if frame is None or any(frame.x0 - body <= f.x0 and f.x1 <= frame.x1 + body and frame.y0 - body <= f.y0
                                and f.y1 <= frame.y1 + body for f in figures):
            continue
        inside = [i for i, l in enumerate(lines) if i not in taken and frame.x0 <= (l.box.x0 + l.box.x1) / 2 <= frame.x1
                  and frame.y0 <= (l.box.y0 + l.box.y1) / 2 <= frame.y1]
        cover = sum(lines[i].box.width * lines[i].box.height for i in inside) / max(frame.width * frame.height, 1.0)
        if len(inside) >= 2 and cover < AD_COVER:
            taken |= set(inside)
            out.append(sorted((lines[i] for i in inside), key=lambda l: ((l.box.y0 + l.box.y1) / 2, l.box.x0)))
    return out, [l for i, l in enumerate(lines) if i not in taken]


HEAD_BAND = 0.15  # a 版头 ruled off within this share of the page height from the top
FOOT_BAND = 0.12  # a folio line ruled off within this share from the foot


def _furniture(lines: list[TextLine], page: PageLayout, body: float
               ) -> tuple[list[list[TextLine]], list[TextLine], list[list[TextLine]]]:
    """The 版头 and the folio: a row or two of text (paper, date, 版次, 版名; page number, editors)
    that a rule across the whole text width cuts off at the top or the foot of the page.  Set in
    whatever type (the paper's name is large), never an article: page furniture, kept as such.
    Returns (header rows, the other lines, footer rows)."""
    x0, x1 = min(l.box.x0 for l in lines), max(l.box.x1 for l in lines)
    across = sorted(((r.y0 + r.y1) / 2 for r in page.rules
                     if r.width > 4 * max(r.height, 1) and r.x0 <= x0 + 2 * body and r.x1 >= x1 - 2 * body))
    head: list[list[TextLine]] = []
    foot: list[list[TextLine]] = []
    top = [y for y in across if y <= page.height * HEAD_BAND]
    if top:
        cut = top[0]
        above = [l for l in lines if l.box.y1 <= cut + body * 0.2]
        rows = _row_groups(above)
        if above and len(rows) <= 2 and len(above) < len(lines):
            head, lines = rows, [l for l in lines if l not in above]
    bottom = [y for y in across if y >= page.height * (1 - FOOT_BAND)]
    if bottom:
        cut = bottom[-1]
        below = [l for l in lines if l.box.y0 >= cut - body * 0.2]
        rows = _row_groups(below)
        if below and len(rows) <= 2 and len(below) < len(lines) and not any(_is_head(l, body) for l in below):
            foot, lines = rows, [l for l in lines if l not in below]
    return head, lines, foot


def _row_groups(lines: list[TextLine]) -> list[list[TextLine]]:
    """Lines in rows (a line whose middle is within another's height shares its row), top to bottom."""
    rows: list[list[TextLine]] = []
    for line in sorted(lines, key=lambda l: (l.box.y0 + l.box.y1) / 2):
        mid = (line.box.y0 + line.box.y1) / 2
        if rows and any(o.box.y0 <= mid <= o.box.y1 for o in rows[-1]):
            rows[-1].append(line)
        else:
            rows.append([line])
    return [sorted(r, key=lambda l: l.box.x0) for r in rows]
