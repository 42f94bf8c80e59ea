"""Pages with geometry (PDF, hOCR, ALTO, Tesseract TSV, PaddleOCR/EasyOCR JSON, an image run through OCR) →
article records.

The geometry path (:mod:`unionnews.ingest.geometry`) decides where each article is and what its
headline is; this module turns its articles into the same records the text importer writes, with
the same front matter rules (:func:`unionnews.ingest.assemble.build_article`: credits, dateline,
kind, places, tags, review), plus ``regions`` (where the article is printed, in page fractions)
and the page file in ``provenance``.  Text no headline owns goes to the page's unplaced file.

Which reader a file takes is decided by its name: ``.pdf``; ``.hocr`` (or ``.html`` holding
hOCR); ``.xml``/``.alto`` holding ALTO; ``.tsv`` holding Tesseract's TSV; ``.json`` holding a PaddleOCR
or EasyOCR result (:mod:`~unionnews.ingest.boxjson`).  A ``.tsv`` or ``.json`` of another kind is no page
in a folder, and refused by name when given on its own (it is never page text).  An image (``.png``,
``.jpg``, ``.tif``…) is read by Tesseract when ``--ocr`` is given.  A page image beside an OCR file
(same stem) is recorded as the page file, so the 版面 can show it.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

from unionnews.errors import Problem, UnionnewsError
from unionnews.ingest.decode import unify
from unionnews.ingest.assemble import Record, build_article, build_unplaced
from unionnews.ingest.geometry import GeoArticle, GeoPage, PageLayout, read_layout
from unionnews.ingest.manifest import PageMeta
from unionnews.ingest.segment import CONT, Draft, Loose, Para, Unit, classify
from unionnews.text import strip_controls

__all__ = ["GEOMETRY_SUFFIXES", "IMAGE_SUFFIXES", "is_geometry_file", "never_text", "one_ocr_file_a_page",
           "page_layout", "layout_records", "unify_layout"]

PDF_SUFFIXES = (".pdf",)
HOCR_SUFFIXES = (".hocr",)
ALTO_SUFFIXES = (".alto",)
XMLISH = (".xml", ".html", ".htm", ".xhtml")
TSV_SUFFIXES = (".tsv",)
JSON_SUFFIXES = (".json",)
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".webp")
GEOMETRY_SUFFIXES = PDF_SUFFIXES + HOCR_SUFFIXES + ALTO_SUFFIXES + XMLISH + TSV_SUFFIXES + JSON_SUFFIXES


def is_geometry_file(path: Path, ocr: bool = False) -> bool:
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES + HOCR_SUFFIXES + ALTO_SUFFIXES:
        return True
    if suffix in XMLISH + TSV_SUFFIXES + JSON_SUFFIXES:
        return _sniff(path) is not None
    return ocr and suffix in IMAGE_SUFFIXES


# a page's OCR in several files of one stem (tesseract IMAGE OUT hocr alto tsv): the one read, in this order
OCR_PREFERENCE = HOCR_SUFFIXES + (".html", ".htm", ".xhtml") + ALTO_SUFFIXES + (".xml",) + TSV_SUFFIXES + JSON_SUFFIXES


def one_ocr_file_a_page(files: list[Path]) -> tuple[list[Path], list[tuple[Path, Path]]]:
    """A folder's page files with one OCR file a page: an engine asked for several outputs writes the
    same page as hOCR, ALTO and TSV beside each other, and each read would be the same page imported
    twice (refused as two pages giving one article's file).  The first in :data:`OCR_PREFERENCE` is
    kept; the others are returned with the file kept in their place."""
    kept: dict[Path, Path] = {}
    for path in sorted((p for p in files if p.suffix.lower() in OCR_PREFERENCE),
                       key=lambda p: OCR_PREFERENCE.index(p.suffix.lower())):
        kept.setdefault(path.with_suffix(""), path)
    passed = [(p, kept[p.with_suffix("")]) for p in files
              if p.suffix.lower() in OCR_PREFERENCE and kept[p.with_suffix("")] != p]
    return [p for p in files if p not in {q for q, _ in passed}], passed


def never_text(path: Path) -> bool:
    """A file given by name whose suffix says it is a table or JSON: whatever it holds, it is not page
    text, so one that is no OCR result the importer reads is refused by name, not read as lines."""
    return path.suffix.lower() in TSV_SUFFIXES + JSON_SUFFIXES


def _sniff(path: Path) -> str | None:
    """hocr or alto, from the file's first bytes (an .xml or .html may be either, or neither); tsv from a
    ``.tsv``'s header row; json when a ``.json`` holds an OCR result the importer reads."""
    suffix = path.suffix.lower()
    if suffix in JSON_SUFFIXES:
        from unionnews.ingest.boxjson import looks_like_box_json
        return "json" if looks_like_box_json(path) else None
    try:
        head = path.read_bytes()[:4096].decode("utf-8", "replace")
    except OSError:
        return None
    if suffix in TSV_SUFFIXES:
        from unionnews.ingest.tsv import is_tsv_header
        return "tsv" if is_tsv_header(head.split("\n", 1)[0]) else None
    if re.search(r"ocr_page|ocr-system|ocrx_word|ocr_line", head):
        return "hocr"
    if re.search(r"<(\w+:)?alto[\s>]", head):
        return "alto"
    return None


def page_image(path: Path) -> Path | None:
    """The page image that goes with a page file: itself, or a file beside it with the same stem."""
    if path.suffix.lower() in IMAGE_SUFFIXES:
        return path
    for suffix in IMAGE_SUFFIXES:
        for candidate in (path.with_suffix(suffix), path.with_suffix(suffix.upper())):
            if candidate.exists():
                return candidate
    return None


def unify_layout(layout: PageLayout) -> tuple[PageLayout, Counter]:
    """The page's lines with stand-in characters read as the ones they stand for and zero-width ones taken
    off (:func:`~unionnews.ingest.decode.unify`), and how many of each.  A PDF's text layer is where Kangxi
    radicals for common characters (⼯ for 工) come from most: its font maps the glyph so, and the text
    extracted from it reads as the paper printed only once read back.  Control characters go too, as the text
    path takes them off at the door (:func:`~unionnews.text.strip_controls`): an hOCR file or a text layer can
    hold one, it prints nothing, and an article file holding one would be refused.  A line left with nothing
    is dropped."""
    texts, found = unify([line.text for line in layout.lines])
    for k, text in enumerate(texts):
        texts[k], removed = strip_controls(text)
        found.update(removed)
    if not found:
        return layout, found
    lines = tuple(replace(line, text=text) for line, text in zip(layout.lines, texts) if text.strip())
    return replace(layout, lines=lines), found


def page_layout(path: Path, shown: str, ocr: bool = False) -> tuple[PageLayout, bytes]:
    """The page's geometry and the bytes it was read from (for the hash in provenance)."""
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES:
        from unionnews.ingest.pdf import NoTextLayer, read_pdf, render_page
        try:
            return read_pdf(path, shown), path.read_bytes()
        except NoTextLayer:
            if not ocr:
                raise
        # a scan saved as PDF, or a text layer without Unicode: read the page as it is shown
        import tempfile
        from unionnews.ingest.hocr import parse_hocr
        from unionnews.ingest.ocr import run_tesseract
        with tempfile.TemporaryDirectory() as tmp:
            image = render_page(path, Path(tmp) / "page.png")
            return parse_hocr(run_tesseract(image, shown), shown, image=image), path.read_bytes()
    if suffix in IMAGE_SUFFIXES:
        from unionnews.ingest.ocr import run_tesseract
        from unionnews.ingest.hocr import parse_hocr
        hocr = run_tesseract(path, shown)
        return parse_hocr(hocr, shown, image=path), path.read_bytes()
    kind = "hocr" if suffix in HOCR_SUFFIXES else "alto" if suffix in ALTO_SUFFIXES else \
        "tsv" if suffix in TSV_SUFFIXES else "json" if suffix in JSON_SUFFIXES else _sniff(path)
    data = path.read_bytes()
    if kind == "tsv":
        from unionnews.ingest.tsv import parse_tsv
        return parse_tsv(data, shown, image=page_image(path)), data
    if kind == "json":  # the reader says which engine's result it is, or that it is none
        from unionnews.ingest.boxjson import parse_box_json
        return parse_box_json(data, shown, image=page_image(path)), data
    if kind == "hocr":
        from unionnews.ingest.hocr import parse_hocr
        return parse_hocr(data, shown, image=page_image(path)), data
    if kind == "alto":
        from unionnews.ingest.alto import parse_alto
        return parse_alto(data, shown, image=page_image(path)), data
    raise UnionnewsError(Problem(shown, None, "is neither hOCR nor ALTO XML",
                                 "import page text (.txt), a page PDF, hOCR, ALTO, Tesseract TSV or a PaddleOCR or "
                                 "EasyOCR result (.json)"))


def _unit(no: int, text: str) -> Unit:
    u = Unit(no=no, text=text)
    u.cls = classify(u)
    return u


def _draft(article: GeoArticle, counter: list[int]) -> tuple[Draft, list[str]]:
    """A text-importer draft for one geometric article: the title is the head, each paragraph one unit."""
    lines: list[str] = []

    def take(text: str) -> Unit:
        counter[0] += 1
        lines.append(text)
        return _unit(counter[0], text)

    head = [take(article.title)] if article.title else []  # a continuation may have no headline
    if head:
        head[0].hashes = 1
    paras = []
    for n, para in enumerate(article.paras):
        unit = take(para.text)
        if n == 0 and article.continued and not article.title:
            unit.cls = CONT  # its 上接 marker, as the geometry read it (an engine may misread 接)
        paras.append(Para("sub" if para.kind == "sub" else unit.cls, [unit]))
    return Draft(head=head, paras=paras, doubts=list(article.doubts), continued=article.continued or None), lines


def layout_records(page: PageLayout, data: bytes, meta: PageMeta, importer: str,
                   image: str | None = None) -> tuple[list[Record], Record | None, GeoPage]:
    """Records for one page's articles (and its unplaced text), in reading order."""
    geo = read_layout(page)
    sha = hashlib.sha256(data).hexdigest()
    counter = [0]
    text_lines: list[str] = []
    records = []
    for seq, article in enumerate(geo.articles, start=1):
        draft, lines = _draft(article, counter)
        text_lines += lines
        record = build_article(draft, meta, text_lines, seq, source_file=meta.shown, sha256=sha,
                               importer=importer, order_used=False, interleaved=False)
        _finish(record, article, image, text_lines)
        records.append(record)
    unplaced = None
    if geo.loose:
        units = []
        for para in geo.loose:
            counter[0] += 1
            text_lines.append(para.text)
            units.append(_unit(counter[0], para.text))
        reason = ("page furniture or text above the first headline (where the page puts no article): "
                  "kept here")
        unplaced = build_unplaced([Loose(units, reason)], meta, text_lines, source_file=meta.shown,
                                  sha256=sha, importer=importer)
        unplaced.front["review"] = [r if not r.startswith("lines ") else reason
                                    for r in unplaced.front["review"]]
        del unplaced.front["provenance"]["lines"]
        if image:
            unplaced.front["provenance"]["image"] = image
    return records, unplaced, geo


def _finish(record: Record, article: GeoArticle, image: str | None, lines: list[str]) -> None:
    """Kicker and subtitle from type size (not from wording), regions, and a provenance without
    line numbers (a page file has none): the page file, its hash, and the page image if any."""
    front = record.front
    front.pop("kicker", None)
    front.pop("subtitle", None)
    order = list(front.items())
    out: dict = {}
    for key, value in order:
        out[key] = value
        if key == "title":
            if article.kicker:
                out["kicker"] = article.kicker
            if article.subtitle:
                out["subtitle"] = article.subtitle
        if key == "kind" and value == "news" and re.search("侧记|特写|纪实|调查|访谈", article.subtitle):
            out[key] = "feature"
    provenance = out.pop("provenance")
    review = out.pop("review", None)
    out["regions"] = [list(r) for r in article.regions]
    if review:  # a page file has no line numbers: name the paragraph by its last words
        out["review"] = [re.sub(r"paragraph ending at line (\d+)",
                                lambda m: f"paragraph ending “…{lines[int(m.group(1)) - 1][-12:]}”", r)
                         for r in review]
    provenance.pop("lines", None)
    if image:
        provenance["image"] = image
    out["provenance"] = provenance
    front.clear()
    front.update(out)
