"""The rectangle every page source with coordinates shares (PDF text layer, hOCR, ALTO, page images).

Its own module so that the page-image reader (scan) need not import the geometry path that calls
it: the imports run one way, geometry → scan → box.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = ["Box", "on_page", "page_size"]


@dataclass(frozen=True)
class Box:
    """A rectangle in page units, origin at the top left, y downwards."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    def union(self, other: Box) -> Box:
        return Box(min(self.x0, other.x0), min(self.y0, other.y0), max(self.x1, other.x1), max(self.y1, other.y1))


def on_page(box: Box, width: float, height: float) -> Box | None:
    """``box`` as a place on a page ``width`` × ``height``: its corners in order (a producer that
    writes them the other way round still means the rectangle between them) and cut to the page
    (a detector's box of a line at the page's edge reaches a few pixels past it, and a region past
    the page would be refused by ``check``).  None when nothing of it is on the page."""
    x0, x1 = sorted((box.x0, box.x1))
    y0, y1 = sorted((box.y0, box.y1))
    x0, y0, x1, y1 = max(x0, 0.0), max(y0, 0.0), min(x1, width), min(y1, height)
    return Box(x0, y0, x1, y1) if x1 > x0 and y1 > y0 else None


def page_size(image: Path | None, boxes: list[Box]) -> tuple[float, float]:
    """The size of a page whose OCR file gives none: the page image's beside it (the engine's pixels),
    else as far as the boxes reach."""
    if image is not None:
        from PIL import Image  # only for a page that has an image beside it
        with Image.open(image) as im:
            return float(im.size[0]), float(im.size[1])
    return (max((max(b.x0, b.x1) for b in boxes), default=1.0) or 1.0,
            max((max(b.y0, b.y1) for b in boxes), default=1.0) or 1.0)
