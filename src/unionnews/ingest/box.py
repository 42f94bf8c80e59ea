"""The rectangle every page source with coordinates shares (PDF text layer, hOCR, ALTO, page images).

Its own module so that the page-image reader (scan) need not import the geometry path that calls
it: the imports run one way, geometry → scan → box.
"""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Box"]


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
