"""A page image's rules and pictures, for OCR output whose own are missing or unreliable.

OCR engines report text well and page furniture badly: Tesseract's ``ocr_separator`` boxes are
as often strokes of large characters as the rules between stories, and it reports no photos.
When the page image is beside the hOCR/ALTO file, rules and pictures are read from its pixels:

* a rule is a straight run of dark pixels at least six body-type ems long (no run of strokes in
  Chinese text is that long: ——, the longest, is two ems);
* a picture is a large area of cells of about half an em with hardly any white in them
  (text is mostly white paper between strokes; photographs and tint boxes are not).

Its word boxes are rough too, so the image also answers, line by line, where the white between
columns is (:class:`Gutters`) and how tall a line's ink really is (large type against body
lines the engine ran into one box).
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from unionnews.ingest.box import Box

__all__ = ["rules_and_pictures", "Gutters"]


def _runs(dark: np.ndarray, least: int) -> list[tuple[int, int, int]]:
    """(row, start, end) of every run of True at least ``least`` long, row by row."""
    padded = np.zeros((dark.shape[0], dark.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = dark
    change = np.diff(padded, axis=1)
    starts = np.argwhere(change == 1)
    ends = np.argwhere(change == -1)
    keep = (ends[:, 1] - starts[:, 1]) >= least
    return [(int(r), int(s), int(e)) for (r, s), (_, e) in zip(starts[keep], ends[keep])]


def _merge(runs: list[tuple[int, int, int]], horizontal: bool) -> list[Box]:
    """Runs on neighbouring rows with about the same ends are one rule."""
    boxes: list[list[int]] = []  # [first row, last row, start, end]
    for row, start, end in sorted(runs, key=lambda r: (r[1] // 4, r[2] // 4, r[0])):
        for b in boxes:
            if b[0] - 2 <= row <= b[1] + 2 and abs(start - b[2]) <= 4 and abs(end - b[3]) <= 4:
                b[0], b[1], b[2], b[3] = min(row, b[0]), max(row, b[1]), min(start, b[2]), max(end, b[3])
                break
        else:
            boxes.append([row, row, start, end])
    if horizontal:
        return [Box(s, r0, e, r1 + 1) for r0, r1, s, e in boxes]
    return [Box(r0, s, r1 + 1, e) for r0, r1, s, e in boxes]


def rules_and_pictures(image: Path, body: float, scale: float = 1.0) -> tuple[list[Box], list[Box]]:
    """Rules and picture boxes of a page image, in the OCR file's units (image pixels × ``scale``)."""
    from PIL import Image
    with Image.open(image) as im:
        grey = np.asarray(im.convert("L"))
    dark = grey < 176  # a hairline rule on a page scanned or rendered at 150 dpi is grey, not black
    least = int(max(6 * body / scale, 20))
    rules = _merge(_runs(dark, least), True) + _merge(_runs(dark.T.copy(), least), False)
    rules = [b for b in rules if min(b.width, b.height) <= max(4, body / scale / 3)]
    # pictures: cells with under a tenth of white
    cell = max(4, int(body / scale / 2))
    h, w = grey.shape[0] // cell, grey.shape[1] // cell
    cells = (grey[:h * cell, :w * cell] > 235).reshape(h, cell, w, cell).mean(axis=(1, 3)) < 0.1
    pictures = []
    seen = np.zeros_like(cells)
    for y, x in zip(*np.nonzero(cells)):
        if seen[y, x]:
            continue
        stack, members = [(y, x)], []
        seen[y, x] = True
        while stack:
            cy, cx = stack.pop()
            members.append((cy, cx))
            for ny, nx in ((cy + 1, cx), (cy - 1, cx), (cy, cx + 1), (cy, cx - 1)):
                if 0 <= ny < h and 0 <= nx < w and cells[ny, nx] and not seen[ny, nx]:
                    seen[ny, nx] = True
                    stack.append((ny, nx))
        ys = [m[0] for m in members]
        xs = [m[1] for m in members]
        if len(members) >= 36 and max(ys) - min(ys) >= 5 and max(xs) - min(xs) >= 5:
            pictures.append(Box(float(min(xs) * cell), float(min(ys) * cell),
                                float((max(xs) + 1) * cell), float((max(ys) + 1) * cell)))
    s = scale
    return ([Box(b.x0 * s, b.y0 * s, b.x1 * s, b.y1 * s) for b in rules],
            [Box(b.x0 * s, b.y0 * s, b.x1 * s, b.y1 * s) for b in pictures])


class Gutters:
    """The white columns of a page image, asked for one line at a time.

    OCR engines run a line on across the white between two columns, and their word boxes for
    Chinese are too rough to show the gap (one box often reaches over it).  The page image does
    not lie: a column of paper with no ink through the line, going on up to the line above or
    down to the line below, is a gutter, not the white after a comma (which the next line's
    characters fill).
    """

    def __init__(self, image: Path, scale: float = 1.0):
        from PIL import Image
        with Image.open(image) as im:
            self.dark = np.asarray(im.convert("L")) < 160
        self.scale = scale

    def _white(self, y0: float, y1: float) -> np.ndarray:
        s = self.scale
        a, b = max(0, int(y0 / s)), min(self.dark.shape[0], int(np.ceil(y1 / s)))
        if b <= a:
            return np.ones(self.dark.shape[1], dtype=bool)
        return ~self.dark[a:b].any(axis=0)

    def at(self, y0: float, y1: float, reach: float, least: float) -> list[tuple[float, float]]:
        """White runs at least ``least`` wide through the band (y0, y1) that stay white ``reach``
        above it or below it: ``(x0, x1)`` in the OCR file's units."""
        band = self._white(y0, y1)
        white = band & (self._white(y0 - reach, y0) | self._white(y1, y1 + reach))
        padded = np.concatenate(([False], white, [False])).astype(np.int8)
        change = np.diff(padded)
        starts, ends = np.flatnonzero(change == 1), np.flatnonzero(change == -1)
        s = self.scale
        return [(float(a * s), float(b * s)) for a, b in zip(starts, ends) if (b - a) * s >= least]

    def ink_height(self, box: Box) -> float:
        """The tallest run of rows with ink inside ``box`` (OCR units): a line of large type
        is inked from the top of its characters to the bottom; lines of body type an engine
        ran into one box are two short runs with the white of the leading between them."""
        s = self.scale
        a, b = max(0, int(box.y0 / s)), min(self.dark.shape[0], int(np.ceil(box.y1 / s)))
        c, d = max(0, int(box.x0 / s)), min(self.dark.shape[1], int(np.ceil(box.x1 / s)))
        if b <= a or d <= c:
            return 0.0
        rows = self.dark[a:b, c:d].any(axis=1).astype(np.int8)
        padded = np.concatenate(([0], rows, [0]))
        change = np.diff(padded)
        starts, ends = np.flatnonzero(change == 1), np.flatnonzero(change == -1)
        return float((ends - starts).max() * s) if len(starts) else 0.0
