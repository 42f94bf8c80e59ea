"""What the geometry path reads: printed lines and words with their boxes and type size, a page's
layout, and the paragraphs, articles and page it decides; what "headline type" is, in units of the
page's own body type size."""

from __future__ import annotations

import re
from dataclasses import dataclass

from unionnews.ingest.box import Box


HEADLINE_RATIO = 1.22  # a line this much larger than body type is headline type
SUBHEAD_RATIO = 1.06   # between this and HEADLINE_RATIO, a centred line is an in-article subhead


@dataclass(frozen=True)
class TextLine:
    """One printed line: its text, box and type size (in page units)."""

    text: str
    box: Box
    size: float


@dataclass(frozen=True)
class Word:
    """A word as an OCR engine gives it, with the engine's line number."""

    text: str
    box: Box
    line: int
    line_box: Box | None = None  # the engine's box of the whole line, when it gives one
    conf: float | None = None  # the engine's confidence in the word, 0–1, when it gives one


@dataclass(frozen=True)
class PageLayout:
    """A page as a geometry source gives it: size, lines, rules, photo boxes, and which file."""

    width: float
    height: float
    lines: tuple[TextLine, ...]
    rules: tuple[Box, ...] = ()
    figures: tuple[Box, ...] = ()


@dataclass(frozen=True)
class GeoPara:
    """A paragraph: ``kind`` is ``text``, ``sub`` (an in-article subhead) or ``small`` (set smaller:
    captions, credits)."""

    text: str
    kind: str
    lines: tuple[TextLine, ...]


@dataclass(frozen=True)
class GeoArticle:
    """An article found on the page; ``regions`` are page fractions ``[x, y, w, h]``."""

    kicker: str
    title: str
    subtitle: str
    paras: tuple[GeoPara, ...]
    regions: tuple[tuple[float, float, float, float], ...]
    doubts: tuple[str, ...] = ()
    continued: str = ""  # the page a continuation goes on from (its 上接第N版 line), else ""


@dataclass(frozen=True)
class GeoPage:
    """What :func:`read_layout` found: the articles in reading order and the text no article took."""

    articles: tuple[GeoArticle, ...]
    loose: tuple[GeoPara, ...]
    body: float


def body_size(lines: tuple[TextLine, ...] | list[TextLine]) -> float:
    """The type size most characters are set in (the median over characters, not lines)."""
    sizes = sorted((line.size, max(1, len(line.text.strip()))) for line in lines)
    total = sum(n for _, n in sizes)
    seen = 0
    for size, n in sizes:
        seen += n
        if seen * 2 >= total:
            return size
    return 10.0


def _inside(box: Box, outer: Box) -> bool:
    cx, cy = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
    return outer.x0 <= cx <= outer.x1 and outer.y0 <= cy <= outer.y1


def _is_head(line: TextLine, body: float) -> bool:
    return line.size >= body * HEADLINE_RATIO


def _box(lines: list[TextLine]) -> Box:
    return Box(min(l.box.x0 for l in lines), min(l.box.y0 for l in lines),
               max(l.box.x1 for l in lines), max(l.box.y1 for l in lines))


# 上接 as printed, or with 接 misread (an OCR engine reads the small bracketed marker worst): a
# bracketed 上…第N版 opening a block is nothing but a 转版 marker
_CONTINUED = re.compile(r"^[（(]\s*上\s*\S?\s*第\s*(?P<page>[0-9一二三四五六七八九十]+)\s*版\s*[）)]$")
