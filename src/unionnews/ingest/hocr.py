"""hOCR (Tesseract, OCRopus, Kraken, eScriptorium …) → :class:`~unionnews.ingest.geometry.PageLayout`.

hOCR is HTML whose elements carry their role in ``class`` (``ocr_page``, ``ocr_line``,
``ocrx_word``, ``ocr_separator``, ``ocr_photo`` …) and their box in ``title`` (``bbox x0 y0 x1
y1``).  Read with the standard library's forgiving HTML parser, so XHTML and plain HTML from
any engine both work.  Words, not the engine's lines, are what the page is built from: an engine
may run one line across a narrow gutter into the next column, so lines are re-made from words
(:func:`unionnews.ingest.geometry.words_to_lines`).

Producers differ in what they nest: Tesseract writes ``ocr_line`` > ``ocrx_word``; ABBYY's and
ocrmypdf's hOCR may have words in an ``ocr_par`` or straight in the page with no line element
(lines are then made from where the words stand); Kraken writes a line's text straight into
``ocr_line`` with a box a character in ``x_bboxes`` and no word elements (each character is then a
word).  ``bbox`` is found anywhere among a title's properties.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from unionnews.errors import Problem, UnionnewsError
from unionnews.ingest.geometry import Box, PageLayout, Word, from_words

__all__ = ["parse_hocr"]

_BBOX = re.compile(r"bbox\s+(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)")
_XBOXES = re.compile(r"x_bboxes\s+([-\d.\s]+)")
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
        self.in_line = False  # inside an element with a line role
        self.line_text: list[str] = []  # text straight in the line, outside any word
        self.line_words = 0  # word elements seen in the open line
        self.line_title = ""

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
            self.in_line, self.line_text, self.line_words, self.line_title = True, [], 0, attrs.get("title") or ""
        elif role == "ocrx_word" and box:
            self.line_words += 1
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
                text = squeeze_cjk_spaces("".join(self.word))
                if text:
                    # a word in no line element: its line is found from where it stands (line 0)
                    self.words.append(Word(text, self.word_box, self.line if self.in_line else 0,
                                           self.line_box if self.in_line else None, self.word_conf))
                self.word = None
            if role in _LINES:
                if not self.line_words and self.line_box is not None:
                    self.words += _line_words(squeeze_cjk_spaces("".join(self.line_text)), self.line_title,
                                              self.line_box, self.line)
                self.in_line = False
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self.word is not None:
            self.word.append(data)
        elif self.in_line:
            self.line_text.append(data)


_CJK_CLASS = "\u2e80-\u9fff\uff00-\uffef\u3000-\u303f\u2018\u2019\u201c\u201d"
_CJK_SPACE = re.compile(rf"(?<=[{_CJK_CLASS}])\s+(?=[{_CJK_CLASS}])")


def squeeze_cjk_spaces(text: str) -> str:
    """A word's text without the spaces some producers put between its characters: between two
    Chinese characters or marks (quotes included), and between all characters of a word that is
    every character apart (a producer spacing each character spaces the digits of 500 too; a
    word is one word, so white inside it is the producer's)."""
    text = _CJK_SPACE.sub("", text.strip())
    parts = text.split()
    if len(parts) > 1 and all(len(p) == 1 for p in parts):
        return "".join(parts)
    return text


def _line_words(text: str, title: str, box: Box, line: int) -> list[Word]:
    """A line given as text with no word elements: a word a character when the producer gives a box
    a character (``x_bboxes``), else the whole line as one word."""
    if not text:
        return []
    m = _XBOXES.search(title)
    values = [float(v) for v in m.group(1).split()] if m else []
    chars = [c for c in text if not c.isspace()]
    if len(values) == 4 * len(text) or len(values) == 4 * len(chars):
        boxes = [Box(*values[i:i + 4]) for i in range(0, len(values), 4)]
        pairs = zip(text if len(values) == 4 * len(text) else chars, boxes)
        return [Word(c, b, line, box) for c, b in pairs if not c.isspace() and b.width > 0]
    return [Word(text, box, line, box)]


def _rows(words: list[Word], first: int) -> list[Word]:
    """Words with no line element given lines by where they stand: left to right, a word joins the
    line whose last word ends just before it (less than most of an em of white) on its row (its
    middle within that word's height, about as tall); otherwise it starts a line.  Lines so made
    stop at a column gutter, as printed lines do."""
    lines: list[list[Word]] = []
    open_: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.box.x0, w.box.y0)):
        h = max(w.box.height, 1e-6)
        mid = (w.box.y0 + w.box.y1) / 2
        open_ = [line for line in open_ if line[-1].box.x1 >= w.box.x0 - 2 * h]
        best, near = None, 0.0
        for line in open_:
            last = line[-1].box
            if (last.y0 <= mid <= last.y1 and 0.7 <= h / max(last.height, 1e-6) <= 1.4
                    and last.x1 - 0.3 * h <= w.box.x0 <= last.x1 + 0.8 * h):
                off = abs(mid - (last.y0 + last.y1) / 2)
                if best is None or off < near:
                    best, near = line, off
        if best is None:
            best = []
            lines.append(best)
            open_.append(best)
        best.append(w)
    out: list[Word] = []
    lines.sort(key=lambda line: (min(o.box.y0 for o in line), line[0].box.x0))
    for n, line in enumerate(lines, start=first):
        box = Box(min(o.box.x0 for o in line), min(o.box.y0 for o in line),
                  max(o.box.x1 for o in line), max(o.box.y1 for o in line))
        out += [Word(o.text, o.box, n, box, o.conf) for o in line]
    return out


def parse_hocr(data: bytes | str, shown: str, image: Path | None = None) -> PageLayout:
    """The page's words (re-made into lines), separators and pictures, in the page's pixels."""
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    reader = _Reader()
    reader.feed(text)
    reader.close()
    if reader.page is None and not reader.words:
        raise UnionnewsError(Problem(shown, None, "holds no hOCR page (no element with class ocr_page)",
                                     "give the hOCR file the OCR engine wrote (tesseract IMAGE OUT hocr)"))
    loose = [w for w in reader.words if w.line == 0]
    if loose:
        reader.words = [w for w in reader.words if w.line != 0] + _rows(loose, reader.line + 1)
    if reader.page is None and image is not None:  # no page box: the page image's size is the page
        from PIL import Image
        with Image.open(image) as im:
            reader.page = Box(0, 0, *im.size)
    page = reader.page or Box(0, 0, max(w.box.x1 for w in reader.words), max(w.box.y1 for w in reader.words))
    if (page.width <= 0 or page.height <= 0) and image is not None:
        from PIL import Image
        with Image.open(image) as im:
            page = Box(0, 0, *im.size)
    return from_words(page.width, page.height, reader.words, reader.rules, reader.figures, image)
