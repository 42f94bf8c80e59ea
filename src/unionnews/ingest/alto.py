"""ALTO XML (v2–v4: Tesseract, ABBYY, Transkribus, eScriptorium, library digitisation) →
:class:`~unionnews.ingest.geometry.PageLayout`.

``Page`` gives the size, ``TextLine``/``String`` the words with ``HPOS VPOS WIDTH HEIGHT`` and
``CONTENT``, ``GraphicalElement`` and ``Illustration`` the rules and pictures.  Elements are
matched by local name, so every ALTO namespace version reads the same; coordinates stay in the
file's own unit (pixels, mm10, inch1200): regions are page fractions, so the unit cancels out.
A String's CONTENT may hold spaces between Chinese characters (some producers space every
character): they are not printed text and go.  Python's XML parser (expat) refuses external entities and limits entity expansion.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from unionnews.errors import Problem, UnionnewsError
from unionnews.ingest.geometry import Box, PageLayout, Word, from_words
from unionnews.ingest.hocr import squeeze_cjk_spaces

__all__ = ["parse_alto"]


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _box(el: ET.Element) -> Box | None:
    try:
        x, y = float(el.get("HPOS", "")), float(el.get("VPOS", ""))
        w, h = float(el.get("WIDTH", "")), float(el.get("HEIGHT", ""))
    except ValueError:
        return None
    return Box(x, y, x + w, y + h)


def _confidence(el: ET.Element) -> float | None:
    try:
        return float(el.get("WC", ""))
    except ValueError:
        return None


def parse_alto(data: bytes, shown: str, image: Path | None = None) -> PageLayout:
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise UnionnewsError(Problem(shown, exc.position[0] if exc.position else None,
                                     f"is not well-formed XML ({exc})",
                                     "give the ALTO file as the OCR engine wrote it")) from None
    if _local(root.tag).lower() != "alto":
        raise UnionnewsError(Problem(shown, None, f"is XML but not ALTO (its root is <{_local(root.tag)}>)",
                                     "import ALTO, hOCR, a page PDF or page text"))
    page_el = next((el for el in root.iter() if _local(el.tag) == "Page"), None)
    words: list[Word] = []
    rules: list[Box] = []
    figures: list[Box] = []
    line_no = 0
    for el in root.iter():
        name = _local(el.tag)
        if name == "TextLine":
            line_no += 1
            line_box = _box(el)
            for child in el:
                if _local(child.tag) == "String":
                    box = _box(child)
                    text = squeeze_cjk_spaces(child.get("CONTENT") or "")
                    if box and text:
                        words.append(Word(text, box, line_no, line_box, _confidence(child)))
        elif name in ("GraphicalElement", "Illustration"):
            box = _box(el)
            if box:
                (rules if name == "GraphicalElement" else figures).append(box)
    if page_el is not None and page_el.get("WIDTH") and page_el.get("HEIGHT"):
        width, height = float(page_el.get("WIDTH")), float(page_el.get("HEIGHT"))
    elif words:
        width, height = max(w.box.x1 for w in words), max(w.box.y1 for w in words)
    else:
        raise UnionnewsError(Problem(shown, None, "has no Page size and no text", "give the ALTO file of a page"))
    thin = max(3.0, width / 300)
    # a graphical element is a rule when thin, a picture when large both ways, else a mark (ignored)
    return from_words(width, height, words, [r for r in rules if min(r.width, r.height) <= thin],
                      figures + [r for r in rules if min(r.width, r.height) > width / 30], image)
