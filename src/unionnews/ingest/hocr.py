"""hOCR (Tesseract, OCRopus, Kraken, eScriptorium …) → :class:`~unionnews.ingest.geometry.PageLayout`.

hOCR is HTML whose elements carry their role in ``class`` (``ocr_page``, ``ocr_line``,
``ocrx_word``, ``ocr_separator``, ``ocr_photo`` …) and their box in ``title`` (``bbox x0 y0 x1
y1``).  Read with the standard library's forgiving HTML parser, so XHTML and plain HTML from
any engine both work.  Words, not the engine's lines, are what the page is built from: an engine
may run one line across a narrow gutter into the next column, so lines are re-made from words
(:func:`unionnews.ingest.geometry.words_to_lines`).
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from unionnews.errors import Problem, UnionnewsError
from unionnews.ingest.geometry import Box, PageLayout, Word, from_words

__all__ = ["parse_hocr"]

_BBOX = re.compile(r"bbox\s+(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)")
_CONF = re.compile(r"x_wconf\s+(-?\d+(?:\.\d+)?)")
_LINES = ("ocr_line", "ocrx_line", "ocr_caption", "ocr_textfloat", "ocr_header", "ocr_footer")
_PICTURES = ("ocr_photo", "ocr_image", "ocr_graphic")


def _bbox(title: str) -> Box | None:
    m = _BBOX.search(title or "")
    return Box(*(float(v) for v in m.groups())) if m else None


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page: Box | None = None
        self.words: list[Word] = []
        self.rules: list[Box] = []
        self.figures: list[Box] = []
        self.stack: list[tuple[str, str]] = []  # (tag, role) of open elements
        self.line = 0
        self.word: list[str] | None = None
        self.word_box: Box | None = None
        self.word_conf: float | None = None
        self.line_box: Box | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        role = next((c for c in classes if c.startswith("ocr")), "")
        box = _bbox(attrs.get("title", ""))
        if role == "ocr_page" and box and self.page is None:
            self.page = box
        elif role in _LINES:
            self.line += 1
            self.line_box = box
        elif role == "ocrx_word" and box:
            self.word, self.word_box = [], box
            conf = _CONF.search(attrs.get("title") or "")
            self.word_conf = float(conf.group(1)) / 100 if conf else None
        elif role == "ocr_separator" and box:
            self.rules.append(box)
        elif role in _PICTURES and box:
            self.figures.append(box)
        if tag not in ("br", "meta", "img", "link", "hr", "input"):
            self.stack.append((tag, role))

    def handle_endtag(self, tag):
        while self.stack:
            open_tag, role = self.stack.pop()
            if role == "ocrx_word" and self.word is not None:
                text = "".join(self.word).strip()
                if text:
                    self.words.append(Word(text, self.word_box, self.line, self.line_box, self.word_conf))
                self.word = None
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self.word is not None:
            self.word.append(data)


def parse_hocr(data: bytes | str, shown: str, image: Path | None = None) -> PageLayout:
    """The page's words (re-made into lines), separators and pictures, in the page's pixels."""
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    reader = _Reader()
    reader.feed(text)
    reader.close()
    if reader.page is None and not reader.words:
        raise UnionnewsError(Problem(shown, None, "holds no hOCR page (no element with class ocr_page)",
                                     "give the hOCR file the OCR engine wrote (tesseract IMAGE OUT hocr)"))
    page = reader.page or Box(0, 0, max(w.box.x1 for w in reader.words), max(w.box.y1 for w in reader.words))
    if (page.width <= 0 or page.height <= 0) and image is not None:
        from PIL import Image
        with Image.open(image) as im:
            page = Box(0, 0, *im.size)
    return from_words(page.width, page.height, reader.words, reader.rules, reader.figures, image)
