"""Page PDFs (born-digital, with a text layer) → :class:`~unionnews.ingest.geometry.PageLayout`.

pdfplumber gives every character with its box and type size, and the page's lines and
rectangles (the rules between stories, photo frames); it is read here and nowhere else.
Characters become lines by baseline and type size, and a line is broken where the space to the
next character is wider than a column gutter could be narrow (about an em): two columns'
lines that share a baseline stay two lines.

What the page shows is what counts: coordinates are taken inside the page's crop box (a layout
system often exports on a larger media box with printer's marks outside the crop), and
pdfplumber turns a page stored sideways (``/Rotate``) upright.  A text layer whose characters have
no Unicode mapping (a font embedded without ToUnicode) would import as the wrong characters;
pdfium, which knows when a character's mapping is missing, is asked, and such a page is refused
like a scan without text (:class:`NoTextLayer`): ``import --ocr`` reads the rendered page instead.
"""
from __future__ import annotations

from pathlib import Path

from unionnews.errors import Problem, UnionnewsError
from unionnews.ingest.geometry import Box, PageLayout, TextLine

__all__ = ["read_pdf", "NoTextLayer", "render_page"]

UNMAPPED_SHARE = 0.02  # more characters than this without a Unicode mapping: the text layer is not the text


class NoTextLayer(UnionnewsError):
    """A page PDF whose text cannot be read from the file: a scan, or fonts without Unicode maps."""


def unmapped(path: Path) -> tuple[int, int]:
    """(characters without a Unicode mapping, characters) of the PDF's first page, by pdfium."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw
    document = pdfium.PdfDocument(str(path))
    try:
        text = document[0].get_textpage()
        n = text.count_chars()
        return sum(raw.FPDFText_HasUnicodeMapError(text.raw, i) == 1 for i in range(n)), n
    finally:
        document.close()


def render_page(path: Path, out: Path, dpi: int = 300) -> Path:
    """The PDF's page as a greyscale PNG (for OCR), upright and cropped as it is shown."""
    import pypdfium2 as pdfium
    document = pdfium.PdfDocument(str(path))
    try:
        document[0].render(scale=dpi / 72, grayscale=True).to_pil().save(out)
    finally:
        document.close()
    return out


def _open(path: Path, shown: str):
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError
    try:
        return pdfplumber.open(path)
    except (PDFSyntaxError, Exception) as exc:  # noqa: BLE001 - pdfminer raises many kinds for a bad file
        raise UnionnewsError(Problem(shown, None, f"is not a readable PDF ({type(exc).__name__}: {exc})",
                                     "export the page again as PDF, or import its text or OCR instead")) from None


def read_pdf(path: Path, shown: str) -> PageLayout:
    """One page of a PDF as lines, rules and photo boxes, in PDF points from the top left."""
    with _open(path, shown) as pdf:
        if not pdf.pages:
            raise UnionnewsError(Problem(shown, None, "has no pages", "export the page again as PDF"))
        if len(pdf.pages) > 1:  # which printed page each is cannot be told from the file: never guessed
            raise UnionnewsError(Problem(shown, None, f"has {len(pdf.pages)} pages; a page PDF holds one printed "
                                         "page (its number comes from the path or manifest)",
                                         "split it into one file per page (e.g. qpdf --split-pages IN.pdf "
                                         "OUT-%d.pdf) named raw/<paper>/<YYYY-MM-DD>/<NN>.pdf"))
        page = pdf.pages[0]
        # the crop box is the page as shown: coordinates from its top left, nothing outside it
        cx0, ctop, cx1, cbottom = (float(v) for v in page.cropbox)
        inside = lambda o: cx0 <= (float(o["x0"]) + float(o["x1"])) / 2 <= cx1 and \
            ctop <= (float(o["top"]) + float(o["bottom"])) / 2 <= cbottom  # noqa: E731
        chars = [_shifted(c, cx0, ctop) for c in page.chars if c.get("text") and inside(c)]
        holds_text = _CentreGrid(chars)
        rules, figures = [], []
        for obj in list(page.lines) + list(page.rects):
            if not inside(obj):
                continue
            obj = _shifted(obj, cx0, ctop)
            box = Box(float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"]))
            if min(box.width, box.height) <= 3:
                rules.append(box)
            elif holds_text(box):
                rules += _edges(box)  # a box round text (a sidebar, a 评论) rules it off: not a photo
            else:
                figures.append(box)
        lines = _lines(chars, [r for r in rules if r.height > r.width])
        if not lines and page.images:
            raise NoTextLayer(Problem(shown, None, "has no text layer (a scan saved as PDF)",
                                      "import it with --ocr (the page is rendered and read by Tesseract), "
                                      "or import the scanner's hOCR or ALTO"))
        if lines:
            bad, total = unmapped(path)
            if bad > UNMAPPED_SHARE * total:
                raise NoTextLayer(Problem(shown, None, f"has a text layer that cannot be read: {bad} of {total} "
                                          "characters have no Unicode mapping (a font embedded without ToUnicode), "
                                          "so the text would come out as the wrong characters",
                                          "import it with --ocr (the page is rendered and read by Tesseract), or "
                                          "export the PDF again with fonts that keep their Unicode (ToUnicode) maps"))
        return PageLayout(width=cx1 - cx0, height=cbottom - ctop, lines=tuple(lines),
                          rules=tuple(rules), figures=tuple(figures))


class _CentreGrid:
    """Is a character's centre inside a box?  The centres are kept in square cells, so a box looks
    only at the cells it overlaps: a page of many rectangles (photo frames, boxes, tables' cells)
    costs about the characters near each, not every character on the page for each."""

    CELL = 36.0  # points: half an inch

    def __init__(self, chars: list[dict]) -> None:
        self.cells: dict[tuple[int, int], list[tuple[float, float]]] = {}
        for c in chars:
            x, y = (float(c["x0"]) + float(c["x1"])) / 2, (float(c["top"]) + float(c["bottom"])) / 2
            self.cells.setdefault((int(x // self.CELL), int(y // self.CELL)), []).append((x, y))

    def __call__(self, box: Box) -> bool:
        for gx in range(int(box.x0 // self.CELL), int(box.x1 // self.CELL) + 1):
            for gy in range(int(box.y0 // self.CELL), int(box.y1 // self.CELL) + 1):
                if any(box.x0 < x < box.x1 and box.y0 < y < box.y1 for x, y in self.cells.get((gx, gy), ())):
                    return True
        return False


def _shifted(obj: dict, dx: float, dy: float) -> dict:
    """A pdfplumber object's box moved to coordinates from the crop box's top left."""
    if not dx and not dy:
        return obj
    return dict(obj, x0=float(obj["x0"]) - dx, x1=float(obj["x1"]) - dx,
                top=float(obj["top"]) - dy, bottom=float(obj["bottom"]) - dy)


def _edges(box: Box) -> list[Box]:
    """The four sides of a frame, as rules."""
    return [Box(box.x0, box.y0, box.x1, box.y0), Box(box.x0, box.y1, box.x1, box.y1),
            Box(box.x0, box.y0, box.x0, box.y1), Box(box.x1, box.y0, box.x1, box.y1)]


def _lines(chars: list[dict], verticals: list[Box]) -> list[TextLine]:
    """Characters → lines: same baseline band and size, no white wider than a narrow column gutter
    (most of the body type's em) between them, and no vertical rule between them: two columns' or
    two stories' lines that share a baseline stay apart."""
    sizes = sorted(float(c["size"]) for c in chars if not c["text"].isspace())
    body = sizes[len(sizes) // 2] if sizes else 10.0
    rows: list[list[dict]] = []
    for ch in sorted(chars, key=lambda c: (round(float(c["bottom"]), 1), float(c["x0"]))):
        size = float(ch["size"]) or float(ch["bottom"]) - float(ch["top"])
        row = rows[-1] if rows else None
        gap = float(ch["x0"]) - float(row[-1]["x1"]) if row else 0.0
        if (row and abs(float(row[-1]["bottom"]) - float(ch["bottom"])) <= size * 0.25
                and abs(float(row[-1]["size"]) - float(ch["size"])) <= size * 0.08
                # white up to a word space (a third of an em) stays inside a line of large type:
                # a producer placing each glyph writes the space as white, not as a character
                and -size * 0.5 <= gap <= max(min(size * 0.9, body * 0.8), size * 0.34)
                and not any(float(row[-1]["x1"]) - 1 <= v.x0 <= float(ch["x0"]) + 1
                            and v.y0 <= float(ch["bottom"]) and v.y1 >= float(ch["top"]) for v in verticals)):
            row.append(ch)
        else:
            rows.append([ch])
    out = []
    for row in rows:
        # white between two glyphs as wide as a space is one: a producer that places each glyph
        # itself writes no space character
        text = row[0]["text"]
        for prev, ch in zip(row, row[1:]):
            if (not prev["text"].isspace() and not ch["text"].isspace()
                    and float(ch["x0"]) - float(prev["x1"]) >= 0.2 * float(ch["size"])):
                text += " "
            text += ch["text"]
        if not text.strip():
            continue
        # a leading or trailing space is not part of the line's extent (a gutter may hold one)
        inked = [c for c in row if not c["text"].isspace()]
        size = max(float(c["size"]) for c in inked)
        box = Box(min(float(c["x0"]) for c in inked), min(float(c["top"]) for c in inked),
                  max(float(c["x1"]) for c in inked), max(float(c["bottom"]) for c in inked))
        out.append(TextLine(text=text, box=box, size=round(size, 2)))
    return out
