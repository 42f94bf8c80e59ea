"""Line boxes with text and score, as PaddleOCR and EasyOCR results are saved as JSON →
:class:`~unionnews.ingest.geometry.PageLayout`.

Three shapes are read, told apart by their content (a ``.json`` file may hold anything):

- PaddleOCR 3.x ``save_to_json``: ``{"rec_texts": [...], "rec_scores": [...], "rec_polys": [[[x, y]×4], …],
  "rec_boxes": [[x0, y0, x1, y1], …]}``, the same under ``"res"`` (what ``print`` shows), or a list of one;
- PaddleOCR 2.x ``ocr.ocr(...)`` dumped with json: ``[[[[x, y]×4], ["text", 0.99]], …]``, in a list a page;
- EasyOCR ``readtext`` dumped with json: ``[[[[x, y]×4], "text", 0.98], …]`` (or ``output_format="dict"``'s
  ``{"boxes", "text", "confident"}``).

These engines give a box a line and no word boxes, so a line's characters are spread over its box by
their advance (:func:`_ems`), each a word (Chinese type is set on a square grid), as
:mod:`~unionnews.ingest.hocr` does for Kraken's lines: :func:`~unionnews.ingest.geometry.from_words` can
then cut a line an engine ran across a gutter.  A quad (a line detected on a scan turned a little) gives
its characters boxes along its slope and its line the height of its sides, less the detector's padding
(:func:`_characters`); any other polygon is taken by its bounding rectangle.
A line's score (0–1) goes with each of its characters as hOCR's ``x_wconf`` does.  Coordinates are
the image's pixels; the page is the image beside the file when there is one, else as far as the boxes
reach.  The files have no page size, rules or pictures: the page image, when beside, gives those.
"""
from __future__ import annotations

import json
import math
import re
from pathlib import Path

from unionnews.errors import Problem, UnionnewsError
from unionnews.ingest.box import Box, on_page, page_size
from unionnews.ingest.geometry import PageLayout, Word, from_words
from unionnews.ingest.hocr import _rows

__all__ = ["parse_box_json", "json_shape", "looks_like_box_json", "item_shape"]

_FIX = ("give the result file PaddleOCR (save_to_json) or EasyOCR (readtext, dumped with json) wrote for one page "
        "image")
_SHAPES = {"paddle3": "a PaddleOCR 3 result", "paddle2": "a PaddleOCR 2 result", "easyocr": "an EasyOCR result",
           "empty": "an empty result list"}


def _is_number(value) -> bool:
    """A number that can be a place on a page (or a score): not a boolean, not infinite, not past a billion."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and -1e9 < value < 1e9


def _is_point(value) -> bool:
    return isinstance(value, (list, tuple)) and len(value) == 2 and all(_is_number(v) for v in value)


def _is_quad(value) -> bool:
    """A polygon of points ([[x, y], …], PaddleOCR's and EasyOCR's) or a rectangle [x0, y0, x1, y1]."""
    return isinstance(value, (list, tuple)) and (
        (len(value) >= 3 and all(_is_point(p) for p in value)) or (len(value) == 4 and all(map(_is_number, value))))


def _paddle3(value) -> dict | None:
    """The result dict of a PaddleOCR 3 file: itself, under ``res``, or the one item of a list."""
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if isinstance(value, dict) and isinstance(value.get("res"), dict):
        value = value["res"]
    return value if isinstance(value, dict) and isinstance(value.get("rec_texts"), list) else None


def item_shape(item) -> str | None:
    """Which engine's line result ``item`` is (a box, then its text and score): "paddle2", "easyocr" or None."""
    if isinstance(item, dict) and "boxes" in item and "text" in item:
        return "easyocr"
    if not isinstance(item, (list, tuple)) or not item or not _is_quad(item[0]):
        return None
    if len(item) == 2 and isinstance(item[1], (list, tuple)) and item[1] and isinstance(item[1][0], str):
        return "paddle2"
    if len(item) in (2, 3) and isinstance(item[1], str):
        return "easyocr"
    return None


def _items(value) -> tuple[str, list, int] | None:
    """The shape of a list result, its lines and how many pages it holds.  PaddleOCR 2 gives a list a page
    (``None`` for a page with no text): the lines are then the one page's (of the first, if several)."""
    if not isinstance(value, list):
        return None
    if not value or all(v is None or v == [] for v in value):
        return "empty", [], 1
    first = next(v for v in value if v is not None and v != [])
    shape = item_shape(first)
    if shape is not None:
        return shape, value, 1
    if isinstance(first, list) and item_shape(first[0]) == "paddle2":  # a list a page
        return "paddle2", first, sum(1 for page in value if page)
    return None


def json_shape(value) -> str | None:
    """Which engine's result a parsed JSON value is (``paddle3``, ``paddle2``, ``easyocr``, ``empty``), or None."""
    if _paddle3(value) is not None:
        return "paddle3"
    found = _items(value)
    return found[0] if found else None


def looks_like_box_json(path: Path) -> bool:
    """Is this ``.json`` file an OCR result the importer reads?  A file PaddleOCR 3 wrote but cut short
    counts (its keys show in its first bytes), so that it is named as broken rather than passed over."""
    try:
        data = path.read_bytes()
    except OSError:
        return False
    try:
        return json_shape(json.loads(data.decode("utf-8-sig"))) is not None
    except (UnicodeDecodeError, ValueError, RecursionError):
        return bool(re.search(rb'"(rec_texts|rec_polys|dt_polys)"', data[:4096]))


def _lines(value, shape: str, shown: str) -> list[tuple[int, object, object, object]]:
    """(item number, box, text, score) for each line of the result, as the file gives them."""
    if shape == "paddle3":
        res = _paddle3(value)
        texts = res["rec_texts"]
        # the quads rather than their bounding rectangles: on a scan turned a little these are taller than the type
        boxes = res.get("rec_polys") if isinstance(res.get("rec_polys"), list) else res.get("rec_boxes")
        scores = res.get("rec_scores") if isinstance(res.get("rec_scores"), list) else [None] * len(texts)
        if not isinstance(boxes, list) or len(boxes) != len(texts) or len(scores) != len(texts):
            raise UnionnewsError(Problem(shown, None, f"is a PaddleOCR 3 result whose lists do not match: "
                                         f"{len(texts)} rec_texts, "
                                         f"{len(boxes) if isinstance(boxes, list) else 'no'} rec_boxes/rec_polys, "
                                         f"{len(scores)} rec_scores (a line each)", _FIX))
        return [(n, b, t, s) for n, (b, t, s) in enumerate(zip(boxes, texts, scores), start=1)]
    _, items, pages = _items(value)
    if pages > 1:  # which printed page each is cannot be told from the file: never guessed
        raise UnionnewsError(Problem(shown, None, f"is a PaddleOCR 2 result of {pages} pages; a page file holds one "
                                     "printed page", "save each page's result in a file of its own"))
    out = []
    for n, item in enumerate(items, start=1):
        if isinstance(item, dict):
            out.append((n, item.get("boxes"), item.get("text"), item.get("confident")))
        elif shape == "paddle2" and isinstance(item, (list, tuple)) and len(item) == 2 \
                and isinstance(item[1], (list, tuple)) and len(item[1]) in (1, 2):
            out.append((n, item[0], item[1][0], item[1][1] if len(item[1]) == 2 else None))
        elif shape == "easyocr" and isinstance(item, (list, tuple)) and len(item) in (2, 3):
            out.append((n, item[0], item[1], item[2] if len(item) == 3 else None))
        else:
            raise UnionnewsError(Problem(shown, None, f"item {n} is not a line of {_SHAPES[shape]} "
                                         f"(found {json.dumps(item, ensure_ascii=False)[:60]})", _FIX))
    return out


Quad = tuple[tuple[float, float], tuple[float, float], tuple[float, float], tuple[float, float]]


def _rect(x0: float, y0: float, x1: float, y1: float) -> Quad:
    x0, x1 = sorted((x0, x1))
    y0, y1 = sorted((y0, y1))
    return (x0, y0), (x1, y0), (x1, y1), (x0, y1)


def _corners(box) -> Quad:
    """A line's four corners, top left, top right, bottom right, bottom left (the order PaddleOCR and EasyOCR
    give them in).  A rectangle [x0, y0, x1, y1] (corners either way round), a polygon of more points (a
    curved line) or four points in another order (a line set upright) is taken by its bounding rectangle."""
    if all(_is_number(v) for v in box):
        return _rect(*(float(v) for v in box))
    points = [(float(p[0]), float(p[1])) for p in box]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    if len(points) == 4:
        (ax, ay), (bx, by), (cx, cy), (dx, dy) = points
        if bx - ax > abs(by - ay) and cx - dx > abs(cy - dy) and dy > ay and cy > by:  # a line, read left to right
            return tuple(points)
    return _rect(min(xs), min(ys), max(xs), max(ys))


def _bounds(quad: Quad) -> Box:
    return Box(min(p[0] for p in quad), min(p[1] for p in quad), max(p[0] for p in quad), max(p[1] for p in quad))


def _checked(n: int, box, text, score, shape: str, shown: str) -> tuple[Quad, str, float | None]:
    """A line's corners, text and score, or the item named with what is wrong with it."""
    what = None
    if not _is_quad(box):
        what = "its box is not four corners [[x, y], …] or [x0, y0, x1, y1] of numbers"
    elif not isinstance(text, str):
        what = "its text is not a string"
    elif score is not None and not _is_number(score):
        what = "its score is not a number"
    if what:
        raise UnionnewsError(Problem(shown, None, f"item {n} of {_SHAPES[shape]}: {what}", _FIX))
    return _corners(box), text, None if score is None else min(max(float(score), 0.0), 1.0)


def _ems(text: str) -> list[float]:
    """Each character's advance in ems: a Chinese character or a mark of the CJK blocks (，。、（）) one; a
    Latin letter, digit or space half; a curly quote (“”‘’) half as well, as fonts set it a full em or
    a narrow glyph, and counted half the ideographs' share is never too small: the geometry reads the
    type size from the ideographs' width, and a line read as narrower type than it is tall is taken for
    body type (a 引题 set among quotes would lose its headline type)."""
    return [1.0 if _wide(ch) else 0.5 for ch in text]


def _wide(ch: str) -> bool:
    return "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\uff00" <= ch <= "\uffef" or \
        "\u3000" <= ch <= "\u303f"


def _sides(quad: Quad) -> tuple[float, float]:
    """A quad's length along its line and its height across it (the means of its opposite sides)."""
    return ((math.dist(quad[0], quad[1]) + math.dist(quad[3], quad[2])) / 2,
            (math.dist(quad[0], quad[3]) + math.dist(quad[1], quad[2])) / 2)


def _padding(lines: list[tuple[Quad, str]]) -> float:
    """How much taller than its type a line's box is on this page.  A detector (DB, CRAFT) pads its box
    around the ink by a share of the line's height; Chinese type is square, so a line of many
    ideographs is as tall as its length over its ems.  The median over such lines (a line's marks,
    set narrower in some fonts, make its own ratio off); 1 when the boxes are no taller than the type."""
    ratios = []
    for quad, text in lines:
        if sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff") >= 6:
            length, tall = _sides(quad)
            ratios.append(tall / max(length / sum(_ems(text)), 1e-6))
    ratios.sort()
    return max(1.0, ratios[len(ratios) // 2]) if ratios else 1.0


def _characters(text: str, quad: Quad, line: int, score: float | None, pad: float) -> list[Word]:
    """A line's characters, each a word with its share of the line (:func:`_ems`) along the quad, so
    that on a scan turned a little the characters follow the line's slope.  The line is as tall as the
    quad's sides over the page's padding (:func:`_padding`), not as its bounding rectangle (taller by a
    sixtieth of the line's length for each degree the scan is turned): a padded box read as the type makes the body
    type larger than it is, and a headline no larger than it."""
    (ax, ay), (bx, by), (cx, cy), (dx, dy) = quad
    weights = _ems(text)
    ems = sum(weights) or 1.0
    tall = _sides(quad)[1] / pad

    def middle(f: float) -> tuple[float, float]:  # the line's middle at fraction f of its length
        return (ax + (bx - ax) * f + dx + (cx - dx) * f) / 2, (ay + (by - ay) * f + dy + (cy - dy) * f) / 2

    (x0, y0), (x1, y1) = middle(0.0), middle(1.0)
    bounds = _bounds(quad)
    line_box = Box(bounds.x0, (y0 + y1) / 2 - tall / 2, bounds.x1, (y0 + y1) / 2 + tall / 2)
    words, done = [], 0.0
    for ch, weight in zip(text, weights):
        a, b = done / ems, (done + weight) / ems
        done += weight
        if ch.isspace():
            continue
        (xa, ya), (xb, yb) = middle(a), middle(b)
        words.append(Word(ch, Box(xa, (ya + yb) / 2 - tall / 2, xb, (ya + yb) / 2 + tall / 2), line, line_box,
                          score))
    return words


def parse_box_json(data: bytes | str, shown: str, image: Path | None = None) -> PageLayout:
    """The page's lines, each character a word, in the page image's pixels."""
    try:
        value = json.loads(data.decode("utf-8-sig") if isinstance(data, bytes) else data)
    except UnicodeDecodeError as exc:
        raise UnionnewsError(Problem(shown, None, f"is not UTF-8 JSON ({exc.reason} at byte {exc.start})",
                                     _FIX)) from None
    except ValueError as exc:
        raise UnionnewsError(Problem(shown, getattr(exc, "lineno", None), f"is not valid JSON ({exc})",
                                     _FIX + "; a file cut short must be written again")) from None
    except RecursionError:
        raise UnionnewsError(Problem(shown, None, "is JSON nested too deep to be an OCR result", _FIX)) from None
    shape = json_shape(value)
    if shape is None:
        raise UnionnewsError(Problem(shown, None, "is JSON but not an OCR result the importer reads (PaddleOCR 3's "
                                     "save_to_json, or PaddleOCR 2's or EasyOCR's result list dumped with json)",
                                     _FIX + ", or leave this file out of the import"))
    lines = [(n, *_checked(n, box, text, score, shape, shown)) for n, box, text, score in _lines(value, shape, shown)]
    width, height = page_size(image, [_bounds(quad) for _, quad, _, _ in lines])
    # a box the detector found and the recogniser read nothing in prints nothing
    lines = [(n, quad, text.strip(), score) for n, quad, text, score in lines if text.strip()]
    pad = _padding([(quad, text) for _, quad, text, _ in lines])
    words: list[Word] = []
    for n, quad, text, score in lines:
        box = _bounds(quad)
        placed = on_page(box, width, height)
        if placed is None:
            raise UnionnewsError(Problem(shown, None, f"item {n} ({text[:20]!r}) has a box with no area on the "
                                         f"{width:g}×{height:g} page ({box.x0:g}, {box.y0:g}, {box.x1:g}, "
                                         f"{box.y1:g})", _FIX))
        if placed != box:  # reaching past the page's edge: the part on the page, upright
            quad = _rect(placed.x0, placed.y0, placed.x1, placed.y1)
        words += _characters(text, quad, n, score, pad)
    return from_words(width, height, _joined(words), [], [], image)


def _joined(words: list[Word]) -> list[Word]:
    """A detector boxes the pieces of one printed line apart where white parts them (本报记者　赵欢　郑莉,
    a 版头's date and 版次): its lines are put in rows again by where they stand, as hOCR words in no line
    element are (:func:`~unionnews.ingest.hocr._rows`), each line as one word, and each character given
    its row's number and box."""
    texts: dict[int, list[str]] = {}
    boxes: dict[int, Box] = {}
    for w in words:
        texts.setdefault(w.line, []).append(w.text)
        boxes[w.line] = w.line_box
    row = {o.box: (o.line, o.line_box) for o in _rows([Word("".join(texts[n]), boxes[n], n) for n in texts], 1)}
    return [Word(w.text, w.box, *row[w.line_box], w.conf) for w in words]
