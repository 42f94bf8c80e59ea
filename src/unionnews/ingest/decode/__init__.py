"""Read a page-text file into clean Unicode lines: the importer's door.

Why a package of its own: OCR dumps arrive as UTF-8 (with or without BOM),
GB18030/GBK or Big5, with CRLF or LF.  Everything downstream works on ``str``
lines with LF only, and provenance needs the SHA-256 of the *bytes* as read, so
this is the one place that touches raw bytes.  Undecodable input is a user
error: it raises :class:`UnionnewsError` naming the file and the byte offset,
never a traceback.

What a tool wrote around or inside the printed text is read off here too, before
any stage reads a line, each kind in a module of its own, in the order
:func:`read_page` applies them: :mod:`.results` (an engine's result file pasted as
text), :mod:`.markup` (a converter's HTML, Markdown and page markers),
:mod:`.characters` (stand-in and zero-width characters), :mod:`.furniture` (box
corners, line numbers, scores, a column rule read as a letter) and
:mod:`.spacing` (whitespace the paper never printed).  Each returns what it took
off, so the import can say so.
"""

from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass
from pathlib import Path

from unionnews.errors import Problem, UnionnewsError
from unionnews.ingest.decode.characters import STAND_INS, ZERO_WIDTH, unify
from unionnews.ingest.decode.furniture import uncorner, unnumber, unrule, unscore
from unionnews.ingest.decode.markup import unescape, unhtml, unmarkdown, unpaginate
from unionnews.ingest.decode.results import set_off, unresult, untsv
from unionnews.ingest.decode.spacing import unletterspace, unpad, unspace_marks
from unionnews.ingest.rowsacross import headline_foot, parted_lines, rows_across
from unionnews.ingest.sidebyside import read_columns, wide_gaps
from unionnews.text import strip_controls

# the door's steps, each a module of this package, named here as the one interface the importer and its tests use
__all__ = ["STAND_INS", "ZERO_WIDTH", "PageText", "read_page", "uncorner", "unescape", "unhtml", "unify",
           "set_off", "unletterspace", "unmarkdown", "unnumber", "unpad", "unpaginate", "unresult", "unrule",
           "unscore", "unspace_marks", "untsv"]


# Detected legacy encodings are decoded with their widest superset, so a
# GB2312 guess does not fail on a GBK-only character further down the file.
_SUPERSET = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "hz": "gb18030",
             "big5": "big5hkscs", "cp950": "big5hkscs"}
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


@dataclass(frozen=True)
class PageText:
    """A decoded page: its lines (LF-split, trailing blanks kept), encoding and hash."""

    lines: list[str]  # the whitespace noise of OCR taken out (:func:`unpad`)
    encoding: str
    sha256: str
    controls: tuple[tuple[int, str], ...] = ()  # (line, character) of each control character removed
    numbers: tuple[tuple[int, str], ...] = ()  # (line, number) of each line number taken off (:func:`unnumber`)
    scores: tuple[tuple[int, str], ...] = ()  # (line, score) of each recognition score taken off (:func:`unscore`)
    corners: tuple[tuple[int, str], ...] = ()  # (line, corners) of each text box's corners taken off (:func:`uncorner`)
    # characters read as the ones they stand for, and zero-width ones taken off (:func:`unify`), with counts
    unified: tuple[tuple[str, int], ...] = ()
    # a column rule read as a character at one edge of the lines, taken off (:func:`unrule`): (character, side,
    # how many lines), side "start" or "end"
    rules: tuple[tuple[str, str, int], ...] = ()
    # a converter's Markdown taken off, what and how many (:func:`unmarkdown`)
    markdown: tuple[tuple[str, int], ...] = ()
    pagemarks: tuple[tuple[int, str], ...] = ()  # (line, marker) of each converter's page marker (:func:`unpaginate`)
    ruled_letters: tuple[int, ...] = ()  # lines whose rule letter stands beside a Latin letter, kept (:func:`unrule`)
    # lines whose rule letter beside a Latin letter was taken off as the word reads without it (:func:`unrule`):
    # (line, the word read, why)
    ruled_words: tuple[tuple[int, str, str], ...] = ()
    # two columns printed side by side (:mod:`~unionnews.ingest.sidebyside`): the file's line count N and the
    # display column the right one began at; the lines are the left column's N, then the right column's N
    columns: tuple[int, int] | None = None
    # lines with text on both sides of a wide gap, on a page not read as two columns (:func:`~unionnews.ingest.
    # sidebyside.wide_gaps`): two columns' halves perhaps, kept as one line
    gapped: tuple[int, ...] = ()
    # an engine's result file read as its text (:func:`untsv`, :func:`unresult`): (what, how many text lines)
    results: tuple[str, int] | None = None
    # lines of a page read as two columns across each row whose column is a guess (:func:`~unionnews.ingest.
    # rowsacross.rows_across`)
    across: tuple[int, ...] = ()
    # the left column's last line of such a page when it reads as a headline (:func:`~unionnews.ingest.rowsacross.
    # headline_foot`): which story it heads is a guess
    foot: tuple[int, ...] = ()
    # lines of a short page not read as two columns holding a gap no line of one column holds (:func:`~unionnews.
    # ingest.rowsacross.parted_lines`): two columns' lines read across perhaps, kept as one line
    parted: tuple[int, ...] = ()
    # the file lines each line stands for, where decoding made lines that are not the file's one for one (a TSV
    # line from its rows, :func:`untsv`; a blank line where an engine's boxes show vertical space, :func:`set_off`);
    # empty when line k is the file's line k.  Every other line number here is of :attr:`lines`; the import cites
    # the file's (:meth:`file_lines`)
    origin: tuple[tuple[int, ...], ...] = ()

    def file_lines(self, no: int) -> tuple[int, ...]:
        """The file's line numbers behind line ``no`` of :attr:`lines`."""
        return self.origin[no - 1] if self.origin and 0 < no <= len(self.origin) else (no,)


def _fail(shown: str, data: bytes, encoding: str, exc: UnicodeDecodeError) -> UnionnewsError:
    line = data.count(b"\n", 0, exc.start) + 1
    snippet = data[exc.start:exc.start + 4].hex(" ")
    return UnionnewsError(Problem(
        shown, line,
        f"cannot decode byte offset {exc.start} (bytes {snippet}) as {encoding}",
        "check the file's encoding and pass it with --encoding (e.g. gb18030, big5, utf-8)"))


def _detect(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - dependency declared in pyproject
        return None
    best = from_bytes(data, cp_isolation=["gb18030", "gbk", "gb2312", "big5", "utf_8"]).best()
    if best is None:
        return None
    name = best.encoding.replace("_", "").lower()
    name = {"gb18030": "gb18030", "big5": "big5", "gbk": "gbk", "gb2312": "gb2312"}.get(name, best.encoding)
    return _SUPERSET.get(name, name)


def read_page(path: Path, shown: str, encoding: str | None = None) -> PageText:
    """Decode ``path`` (detecting the encoding unless one is forced) into LF lines."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise UnionnewsError(Problem(shown, None, f"cannot read page file: {exc.strerror}",
                                     "check the path")) from None
    sha = hashlib.sha256(data).hexdigest()
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise UnionnewsError(Problem(shown, None, f"unknown encoding {encoding!r}",
                                         "use e.g. utf-8, gb18030, gbk or big5")) from None
        chosen = encoding
    else:
        chosen = _detect(data) or ""
        if not chosen:
            try:
                data.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise _fail(shown, data, "UTF-8 (and no other encoding fits)", exc) from None
    try:
        text = data.decode(chosen)
    except UnicodeDecodeError as exc:
        raise _fail(shown, data, chosen, exc) from None
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines, controls = [], []
    for number, line in enumerate(text.split("\n"), start=1):
        line, removed = strip_controls(line)  # form feeds, ESC…: at the door, so no article carries one
        lines.append(line)
        controls += [(number, ch) for ch in removed]
    lines, tsv, origin = untsv(lines)  # first: the file's format, every other line a row of it
    lines, dumped, boxes = unresult(lines)
    if dumped and not tsv:
        lines, origin = set_off(lines, boxes)
    if origin:  # the control characters' lines as every other stage numbers them: the import cites the file's
        at = {no: k for k, nos in enumerate(origin, start=1) for no in nos}  # a file line's own: after its blanks
        controls = [(at.get(no, no), ch) for no, ch in controls]
    results = ("Tesseract's TSV", tsv) if tsv else ("an engine's Python results", dumped) if dumped else None
    lines, markup = unhtml(lines)  # before unify: a reference may stand for a zero-width character
    lines, unified = unify(lines)
    lines, corners = uncorner(lines)  # before the numbers and marks: the corners stand before all a line holds
    lines, numbers = unnumber(lines)
    if numbers and not corners:  # a box file's lines a viewer numbered (cat -n): the corners stand after the numbers
        lines, corners = uncorner(lines)
    lines, pagemarks = unpaginate(lines)  # before the scores: a script that dumps an engine's scored lines marks pages
    lines, scores = unscore(lines)
    read = lines
    lines, rules, ruled_letters, ruled_words = unrule(lines)
    lines, markdown = unmarkdown(lines, read if rules else None)
    lines, escapes = unescape(lines)
    markdown += markup + escapes
    rows = len(lines)
    lines, column = read_columns(lines)  # after the numbers and scores go: they stand outside the two columns
    across: list[int] = []
    foot: list[int] = []
    if column is None:
        lines, column, across = rows_across(lines)
        foot = headline_foot(lines, column) if column is not None else []
    gapped = wide_gaps(lines) if column is None else []
    parted = [n for n in parted_lines(lines) if n not in gapped] if column is None else []
    return PageText(lines=unpad(lines), encoding=chosen, sha256=sha, controls=tuple(controls),
                    numbers=tuple(numbers), scores=tuple(scores), corners=tuple(corners),
                    unified=tuple(sorted(unified.items())),
                    rules=tuple(rules), markdown=tuple(markdown.items()),
                    pagemarks=tuple(pagemarks), ruled_letters=tuple(ruled_letters), ruled_words=tuple(ruled_words),
                    columns=(rows, column) if column is not None else None, gapped=tuple(gapped),
                    results=results, across=tuple(across), foot=tuple(foot),
                    parted=tuple(parted), origin=origin)
