"""Tesseract's TSV (``tesseract page.png out -l chi_sim tsv``, pytesseract's ``image_to_data``) →
:class:`~unionnews.ingest.geometry.PageLayout`.

A header row names the columns (``level page_num block_num par_num line_num word_num left top width
height conf text``), then a row for each page, block, paragraph and line (levels 1–4, ``conf`` -1, no
text) and for each word (level 5).  Columns are found by their names, so a table a script wrote with
an extra index column (pandas) reads the same.  As for hOCR, words are what the page is built from and
:func:`~unionnews.ingest.geometry.from_words` makes the lines again (an engine runs a line across a
narrow gutter); the engine's line (its block, paragraph and line numbers) and that line's box are
kept with each word, as hOCR's ``ocr_line`` is.  A word's ``conf`` (0–100) is kept as hOCR's
``x_wconf`` is: it tells a second reading of the same ink from the first.  A word whose text is empty
or white prints nothing and is left out.

The file is split at tabs, not read as CSV: Tesseract quotes nothing, and a word that is a double
quote (“"”) is a printed character, not the start of a quoted field.
"""
from __future__ import annotations

from pathlib import Path

from unionnews.errors import Problem, UnionnewsError
from unionnews.ingest.box import Box, on_page, page_size
from unionnews.ingest.geometry import PageLayout, Word, from_words
from unionnews.ingest.hocr import squeeze_cjk_spaces

__all__ = ["parse_tsv", "is_tsv_header", "tsv_columns"]

_NEEDED = ("level", "page_num", "block_num", "par_num", "line_num", "left", "top", "width", "height", "conf", "text")
_FIX = "give the TSV as Tesseract wrote it (tesseract IMAGE OUT -l chi_sim tsv), one page a file"


def tsv_columns(line: str) -> dict[str, int] | None:
    """Where each column Tesseract's TSV needs stands, by name, when this first line names them all; else None."""
    names = [name.strip().lower() for name in line.lstrip("\ufeff").rstrip("\r\n").split("\t")]
    return {name: names.index(name) for name in _NEEDED} if all(name in names for name in _NEEDED) else None


def is_tsv_header(line: str) -> bool:
    """Does this first line name the columns of Tesseract's TSV?"""
    return tsv_columns(line) is not None


def _row(cells: list[str], column: dict[str, int], named: int, shown: str,
         number: int) -> tuple[tuple[int, ...], Box, float, str]:
    """One row as (level, page, block, par, line), its box, its confidence and its text; a row whose
    numbers are not numbers is named with the fix."""
    if len(cells) <= max(v for k, v in column.items() if k != "text"):  # the text may be left off, no other
        raise UnionnewsError(Problem(shown, number, f"row {number} has {len(cells)} columns where the header "
                                     f"names {named}: the table is cut or its tabs were changed", _FIX))
    try:
        keys = tuple(int(cells[column[k]]) for k in ("level", "page_num", "block_num", "par_num", "line_num"))
        left, top, width, height = (float(cells[column[k]]) for k in ("left", "top", "width", "height"))
        conf = float(cells[column["conf"]])
    except ValueError:
        raise UnionnewsError(Problem(shown, number, f"row {number} holds a value that is not a number where the "
                                     "header names a number (level, page/block/par/line numbers, left, top, width, "
                                     "height, conf)", _FIX)) from None
    text = cells[column["text"]] if column["text"] < len(cells) else ""
    if not all(abs(v) < 1e9 for v in (left, top, width, height)):  # inf, nan: no place on any page
        raise UnionnewsError(Problem(shown, number, f"row {number} gives a box that is no place on a page", _FIX))
    return keys, Box(left, top, left + width, top + height), conf, text


def parse_tsv(data: bytes | str, shown: str, image: Path | None = None) -> PageLayout:
    """The page's words (re-made into lines) in the page's pixels."""
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    rows = text.split("\n")
    column = tsv_columns(rows[0])
    if column is None:
        raise UnionnewsError(Problem(shown, 1, "is not Tesseract's TSV (its first row does not name the columns "
                                     "level, page_num, …, conf, text)", _FIX))
    named = len(rows[0].split("\t"))
    page: Box | None = None
    lines: dict[tuple[int, ...], int] = {}
    line_boxes: dict[tuple[int, ...], Box] = {}
    found: list[tuple[int, tuple[int, ...], Box, float, str]] = []
    pages: set[int] = set()
    for number, raw in enumerate(rows[1:], start=2):
        raw = raw.rstrip("\r")
        if not raw.strip():
            continue
        keys, box, conf, word = _row(raw.split("\t"), column, named, shown, number)
        level, at = keys[0], keys[1:]
        pages.add(at[0])
        if level == 1 and page is None:
            page = box
        elif level == 4:
            line_boxes[at] = box
        elif level == 5 and word.strip():
            lines.setdefault(at, len(lines) + 1)
            found.append((number, at, box, conf, word))
    if len(pages) > 1:  # which printed page each is cannot be told from the file: never guessed
        raise UnionnewsError(Problem(shown, None, f"holds {len(pages)} pages (page_num {min(pages)}–{max(pages)}); "
                                     "a page file holds one printed page",
                                     "run Tesseract on each page image apart, one TSV a page"))
    if page is not None and page.width > 0 and page.height > 0:  # the page row's box
        width, height = page.x1, page.y1
    else:
        width, height = page_size(image, [box for _, _, box, _, _ in found])
    words = []
    for number, at, box, conf, word in found:
        placed = on_page(box, width, height)
        if placed is None:
            raise UnionnewsError(Problem(shown, number, f"row {number}: the word {word.strip()[:20]!r} has a box "
                                         f"with no area on the {width:g}×{height:g} page (left {box.x0:g}, top "
                                         f"{box.y0:g}, width {box.width:g}, height {box.height:g})", _FIX))
        line_box = line_boxes.get(at)
        words.append(Word(squeeze_cjk_spaces(word), placed, lines[at],
                          on_page(line_box, width, height) if line_box else None,
                          min(conf, 100.0) / 100 if conf >= 0 else None))
    return from_words(width, height, words, [], [], image)
