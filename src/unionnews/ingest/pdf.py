"""Page PDFs (born-digital, with a text layer) → :class:`~unionnews.ingest.geometry.PageLayout`.

pdfplumber gives every character with its box and type size, and the page's lines and
rectangles (the rules between stories, photo frames); it is read here and nowhere else.
Characters become lines by baseline and type size, and a line is broken where the space to the
next character is wider than a column gutter could be narrow (about an em): two columns'
lines that share a baseline stay two lines.
"""
from __future__ import annotations

from pathlib import Path

from unionnews.errors import Problem, UnionnewsError
from unionnews.ingest.geometry import Box, PageLayout, TextLine

__all__ = ["read_pdf"]


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
        chars = [c for c in page.chars if c.get("text")]
        rules, figures = [], []
        for obj in list(page.lines) + list(page.rects):
            box = Box(float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"]))
            if min(box.width, box.height) <= 3:
                rules.append(box)
            else:
                figures.append(box)
        lines = _lines(chars, [r for r in rules if r.height > r.width])
        if not lines and page.images:
            raise UnionnewsError(Problem(shown, None, "has no text layer (a scan saved as PDF)",
                                         "render it to an image and import that with --ocr, or import the "
                                         "scanner's hOCR or ALTO"))
        return PageLayout(width=float(page.width), height=float(page.height), lines=tuple(lines),
                          rules=tuple(rules), figures=tuple(figures))


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
                and -size * 0.5 <= gap <= min(size * 0.9, body * 0.8)
                and not any(float(row[-1]["x1"]) - 1 <= v.x0 <= float(ch["x0"]) + 1
                            and v.y0 <= float(ch["bottom"]) and v.y1 >= float(ch["top"]) for v in verticals)):
            row.append(ch)
        else:
            rows.append([ch])
    out = []
    for row in rows:
        text = "".join(c["text"] for c in row)
        if not text.strip():
            continue
        # a leading or trailing space is not part of the line's extent (a gutter may hold one)
        inked = [c for c in row if not c["text"].isspace()]
        size = max(float(c["size"]) for c in inked)
        box = Box(min(float(c["x0"]) for c in inked), min(float(c["top"]) for c in inked),
                  max(float(c["x1"]) for c in inked), max(float(c["bottom"]) for c in inked))
        out.append(TextLine(text=text, box=box, size=round(size, 2)))
    return out
