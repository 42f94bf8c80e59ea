"""An engine's result file pasted as page text (Tesseract's TSV, PaddleOCR's and EasyOCR's printed Python
results), read as the text lines it holds.

Why a module of its own: the rows and tuples are where the engine found each word or line, not printed text; no
later stage could read them as lines.  The same formats as files of their own go through the geometry path
(:mod:`~unionnews.ingest.tsv`, :mod:`~unionnews.ingest.boxjson`); these readers are for a ``.txt`` page that holds
one.
"""
from __future__ import annotations

import ast

from unionnews.ingest.boxjson import item_shape
from unionnews.ingest.tsv import tsv_columns


Box = tuple[float, float, float, float]  # left, top, right, bottom


def _tsv_line(words: list[tuple[int, int, int, str]], left: int) -> str:
    """A TSV line's words as one line of text: a gap of a quarter of the line's height or more between two words
    is a space (three quarters and more an ideographic space a height), the line's start that far right of its
    block's left edge an indent."""
    def gap(width: int, height: int) -> str:
        if width >= 0.75 * height:
            return "\u3000" * max(1, round(width / height))
        return " " if width >= 0.25 * height else ""
    out = gap(words[0][0] - left, words[0][2]) + words[0][3]
    for (x0, w0, _, _), (x1, _, h1, text) in zip(words, words[1:]):
        out += gap(x1 - x0 - w0, h1) + text
    return out


def untsv(lines: list[str]) -> tuple[list[str], int, tuple[tuple[int, ...], ...]]:
    """The text of a page that is Tesseract's TSV output (``tesseract IMG out tsv``: a header row, then a row per
    page, block, paragraph, line and word, the word rows' last field the text), how many text lines it held and
    the file lines (rows) each line stands for; a page of another form as it is, 0 and no rows.

    Why at the door: the rows are where the engine found each word, not printed text, and no later stage could
    read a line's words as a line.  A page is so written when its first line is TSV's header
    (:func:`~unionnews.ingest.tsv.tsv_columns`: the columns found by name, as the file reader finds them), which
    no printed page opens on.  Lines are the word rows of one (block, paragraph, line), words parted by a space
    where the engine's boxes leave a gap (:func:`_tsv_line`); a blank line parts paragraphs and two part blocks, as
    the engine's own text output parts them.  The header names where each column stands; the word's text is the
    rest of its row.  A line stands for its line row and its word rows, a blank line for the block's or
    paragraph's row that parts there: provenance cites the rows a reader finds the words in."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    column = tsv_columns(lines[first]) if first is not None else None
    if column is None:
        return lines, 0, ()
    numbers = [at for name, at in column.items() if name not in ("conf", "text")]  # conf may be 96.5
    level_at, left_at, width_at, height_at, text_at = (column[k] for k in ("level", "left", "width", "height", "text"))
    out: list[str] = []
    origin: list[tuple[int, ...]] = []
    words: list[tuple[int, int, int, str]] = []
    rows: list[int] = []  # the file lines of the line being read: its line row, its word rows
    left, count = 0, 0

    def flush() -> None:
        nonlocal count
        if words:
            out.append(_tsv_line(words, left))
            origin.append(tuple(rows))
            count += 1
            words.clear()
        rows.clear()
    for row, line in enumerate(lines[first + 1:], start=first + 2):
        fields = line.split("\t")
        if len(fields) <= max(column.values()) or not all(fields[at].strip().lstrip("-").isdigit() for at in numbers):
            flush()
            out.append(line)  # not a row of the format: kept as text
            origin.append((row,))
            continue
        level, text = int(fields[level_at]), "\t".join(fields[text_at:]).strip()
        if level < 5:
            flush()
        if level == 2:
            left = int(fields[left_at])
            parts = ["", ""] if out else []
            out += parts
            origin += [(row,)] * len(parts)
        elif level == 3 and out and out[-1]:
            out.append("")
            origin.append((row,))
        elif level == 4:
            rows.append(row)
        elif level == 5:
            rows.append(row)
            if text:
                words.append((int(fields[left_at]), int(fields[width_at]), max(1, int(fields[height_at])), text))
    flush()
    return out, count, tuple(origin)


def _result(line: str) -> tuple[str, Box] | None:
    """The text and box (left, top, right, bottom) of one line of an engine's Python result, PaddleOCR's
    ``[[[x, y], …], ('text', 0.98)]`` or EasyOCR's ``([[x, y], …], 'text', 0.98)``; None for a line of another
    form."""
    body = line.strip()
    if not body.startswith(("[[", "([")) or len(body) > 4000:
        return None
    try:
        value = ast.literal_eval(body)  # literals only: nothing in the line is run
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return None
    shape = item_shape(value)  # the shapes the JSON reader knows; here with the score the printed result holds
    if shape == "paddle2" and len(value[1]) == 2 and isinstance(value[1][1], (int, float)):
        text = value[1][0]
    elif shape == "easyocr" and len(value) == 3 and isinstance(value[2], (int, float)):
        text = value[1]
    else:
        return None
    quad = value[0]  # corner points, or a rectangle [x0, y0, x1, y1]
    xs, ys = ([p[0] for p in quad], [p[1] for p in quad]) if isinstance(quad[0], (list, tuple)) else \
        ([quad[0], quad[2]], [quad[1], quad[3]])
    return text.replace("\n", " "), (min(xs), min(ys), max(xs), max(ys))


def unresult(lines: list[str]) -> tuple[list[str], int, tuple[Box | None, ...]]:
    """The lines of an engine's Python result dump read as their texts (:func:`_result`), how many were, and each
    line's box (None for a line of another form; no boxes for a page that is no dump), for :func:`set_off`.

    Why at the door: the corners and the score are where and how sure the engine read the line, not printed text,
    and the text stands in Python's quoting (escapes, a quote of the other kind around it).  A page is so written
    when most of its text lines (more than half, and at least two) are such results: no printed line is a Python
    literal of a box, a string and a score."""
    found = {i: result for i, line in enumerate(lines) if (result := _result(line)) is not None}
    printed = sum(1 for line in lines if line.strip())
    if len(found) < 2 or len(found) * 2 <= printed:
        return lines, 0, ()
    return ([found[i][0] if i in found else line for i, line in enumerate(lines)], len(found),
            tuple(found[i][1] if i in found else None for i in range(len(lines))))


# a run of blank lines says no more than this many: a picture or an advertisement between two lines is no
# longer a run of space the page's text is parted by
_MOST_BLANKS = 3


def _one_column(above: Box | None, below: Box | None) -> bool:
    """Are two boxes one after the other in one column: the second below the first, the two overlapping across?"""
    return above is not None and below is not None and below[1] > above[1] and \
        min(above[2], below[2]) > max(above[0], below[0])


def _pitch(boxes: tuple[Box | None, ...]) -> tuple[float, float, float] | None:
    """The page's usual line pitch (top to top), the usual space between one line's box and the next's and the
    usual box height, as the medians over the pairs of boxes one after the other in one column (the second below
    the first, the two overlapping across); None when fewer than three such pairs say it."""
    steps, spaces, heights = [], [], []
    for a, b in zip(boxes, boxes[1:]):
        if _one_column(a, b):
            steps.append(b[1] - a[1])
            spaces.append(b[1] - a[3])
            heights.append(a[3] - a[1])
    if len(steps) < 3:
        return None
    return tuple(sorted(values)[len(values) // 2] for values in (steps, spaces, heights))


def set_off(lines: list[str], boxes: tuple[Box | None, ...]) -> tuple[list[str], tuple[tuple[int, ...], ...]]:
    """The lines of a page read from an engine's Python results (``lines`` and their ``boxes``, :func:`unresult`)
    with a blank line where the boxes show a block set off by vertical space, and the file line each line stands
    for.

    Why: a blank line in print is vertical space, and the engine keeps where each line stood but writes no blank
    line; the page's plain text keeps the space as a blank line, where a paragraph, an item or a framed box ends.
    Consecutive lines of one column (the second below the first, overlapping across) stand the page's usual pitch
    apart (:func:`_pitch`); a line whose top stands more than half a pitch further down than its line above's box
    and the usual space between lines put it (one and a half pitches, for lines of one type size) is set off, by
    as many blank lines as whole pitches the extra space holds (at most ``_MOST_BLANKS``).  The space is measured
    from the box above's foot, so a headline's taller type is no gap; a box less tall than the page's usual one
    (a line of marks or digits, whose glyphs stand low or short) is read as that tall, so its glyphs' height is no
    gap either.  Two lines parted by a line of the file (blank or not a result) are left as they are: the file
    parts them already.

    A blank line added stands for the file line after it, whose box shows the space: a review reason that cites
    it points to that line, and the file lines of an article stay in order."""
    usual = _pitch(boxes)
    if usual is None:
        return lines, ()
    pitch, space, height = usual
    out, origin = [], []
    for k, line in enumerate(lines):
        above, box = (boxes[k - 1] if k else None), boxes[k]
        if _one_column(above, box) and pitch > 0:
            extra = min(box[1], box[3] - height) - max(above[3], above[1] + height) - space
            if extra > 0.5 * pitch:
                blanks = min(_MOST_BLANKS, max(1, round(extra / pitch)))
                out += [""] * blanks
                origin += [(k + 1,)] * blanks
        out.append(line)
        origin.append((k + 1,))
    if len(out) == len(lines):
        return lines, ()
    return out, tuple(origin)
