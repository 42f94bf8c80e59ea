"""A converter's markup read off the page text: Markdown (headings, bold, images, rules, block quotes, Setext
underlines), HTML tags and character references, backslash escapes and page markers.

Why a module of its own: PDF and document converters (MinerU, Marker, pandoc, Azure Document Intelligence) write
the page's text with marks the paper never printed.  A heading's mark says what a line is, so it is read as markup,
not text; the rest prints nothing and goes.
"""
from __future__ import annotations

import html
import re
from collections import Counter

from unionnews.ingest.decode.characters import ZERO_WIDTH
from unionnews.ingest.sidebyside import display_width


# a converter's Markdown that prints nothing of the page's text: a line of image blocks (MinerU's
# ![](images/<hash>.jpg), Marker's ![](_page_0_Picture_1.jpeg)), a thematic break (--- *** ___), a bold span
_IMAGES = re.compile(r"^[ \t]*(?:!\[[^\]\n]*\]\([^)\s]*\)[ \t]*)+$")
_BREAK = re.compile(r"^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_BOLD = re.compile(r"(?<!\\)(\*\*|__)(?=\S)(.+?)(?<=[^\s\\])\1")
_BOLD_LINE = re.compile(r"^[ \t]*(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1[ \t]*$")
# a bold span's mark whose other half is on another line (a paragraph a wrap or a column cut inside the span)
_BOLD_HALF = re.compile(r"(?<![\\*_])(\*\*|__)(?=[^\s*_])|(?<=[^\s\\*_])(\*\*|__)(?![*_])")
# a half standing at a line's edge with a space between it and the text (``** 7月28日…`` under ``**本报讯（记者…）``):
# the span's other half is on the next or last line, and the space is the one the converter wrote beside it
_BOLD_EDGE = re.compile(r"^[ \t]*(?:\*\*|__)(?=[ \t]+[^\s*_])|(?<=[^\s\\*_])([ \t]+)(?:\*\*|__)[ \t]*$")
_SENTENCE_END = set("。！？!?…")
# a block quote's mark: > then a space or the line's end (not >> of a column label, >> 北京经验 <<)
_QUOTE = re.compile(r"^[ \t]{0,3}>(?:[ \t]|$)")
_UNDERLINE = re.compile(r"^[ \t]{0,3}(=+|-+)[ \t]*$")  # a Setext heading's underline: = for level 1, - for 2


def _underlined(text: list[str], underline: str, read: list[str] | None = None) -> bool:
    """Is ``underline`` (a run of = or -) a Setext heading's line under the lines ``text`` (the first neither an
    ATX heading nor a column label): at least as long as the shortest of them in characters (three will do) and
    at most one longer than the widest in display columns (a full-width character two, as pandoc counts; three at
    least)?  A rule an engine read as dashes, or an author's separator, has a length of its own.  ``read``: the
    same lines as the file has them, before a column rule the engine read on them came off: a converter that
    underlined such a line measured it with the rule's letter."""
    lines = [line.strip() for line in text]
    widest = max(map(display_width, lines + [line.strip() for line in read or []]))
    return bool(lines[0]) and not lines[0].startswith(("#", ">>")) and \
        min(min(len(line) for line in lines), 3) <= len(underline) <= max(widest, 3) + 1


_HEADING_LINES = 6  # a heading cut by a narrow column or a wrap: at most so many lines over its underline


def _heading_above(lines: list[str], i: int) -> int:
    """Where the heading over line ``i`` begins: the first line of the run of text lines above it when that run
    is a heading's few lines (:data:`_HEADING_LINES` at most), none but its last ending a sentence; else the line
    right above."""
    start = i - 1
    while start > 0 and lines[start - 1].strip() and i - start < _HEADING_LINES:
        start -= 1
    run = [line.strip() for line in lines[start:i]]
    if start > 0 and lines[start - 1].strip() or any(line[-1] in _SENTENCE_END for line in run[:-1]):
        return i - 1
    return start


def _quoted(lines: list[str]) -> set[int]:
    """The lines that open on a block quote's mark, on a page that holds a block quote: a line of a > and a space
    before text (a boxed notice may be one line).  A lone > or a > before a label's end (``> 他山之石 <<``, not a
    whole quoted label ``> >> 他山之石 <<``) is a piece of a column label a line break cut, not a quote; a > alone
    is a quote's blank line only next to a quoted line (other lone ones between)."""
    def label_piece(line: str) -> bool:
        rest = line[_QUOTE.match(line).end():].strip()
        return rest.endswith("<<") and not rest.startswith(">>")

    texts = {i for i, line in enumerate(lines) if _QUOTE.match(line) and line.strip() != ">" and not label_piece(line)}
    if not texts:
        return set()
    alone = {i for i, line in enumerate(lines) if line.strip() == ">"}
    marked = set(texts)
    for i in alone:
        up, down = i - 1, i + 1
        while up in alone:
            up -= 1
        while down in alone:
            down += 1
        if up in texts or down in texts:
            marked.add(i)
    return marked


def _setext(lines: list[str], found: Counter, read: list[str] | None = None) -> list[str]:
    """The lines with each Setext heading (a heading's lines over a line of = or - as long as one of them) as an
    ATX one (``# `` or ``## `` before its first line), the underline a blank line.  ``read``: the lines as the
    file has them (:func:`_underlined`)."""
    out = list(lines)
    for i in range(1, len(lines)):
        m = _UNDERLINE.match(lines[i])
        if not (m and lines[i - 1].strip()):
            continue
        start = _heading_above(lines, i)
        if _underlined(lines[start:i], m.group(1), read[start:i] if read else None):
            out[start] = ("# " if m.group(1)[0] == "=" else "## ") + lines[start].strip()
            out[i] = ""
            found["Setext underlines read as headings"] += 1
    return out


def unmarkdown(lines: list[str], read: list[str] | None = None) -> tuple[list[str], Counter]:
    """The lines without the Markdown a layout-aware converter (MinerU, Marker, olmOCR, PP-Structure) writes
    that is not the page's text, and what went: image blocks and thematic breaks become blank lines, a bold
    line that ends no sentence becomes a heading (``## ``), other bold spans lose their asterisks.

    Why at the door: an image block is a photo's place, a rule a printed line between items, the asterisks a
    type weight: none is printed text.  Left in, ``![](images/….jpg)`` ran into the paragraph above or the
    next story's body, ``---`` read as dashes in a story's text, and ``**标题**`` was a headline no stage
    knew as one (``##`` is what the page's other headings are marked with; a converter marks headlines it
    sees bold either way).  The forms are Markdown's own and no Chinese page prints them: a line of only
    image blocks, a line of three or more -, * or _ alone, asterisks in pairs around text.  A Setext heading's
    underline makes the lines over it a heading (:func:`_setext`), and a block quote's > marks come off a page
    that quotes a line of text (:func:`_quoted`): a converter's way of printing a box.  ``read``: the lines as the
    file has them, before a column rule came off (:func:`_underlined`)."""
    if not any("![" in line or "**" in line or "__" in line or _BREAK.match(line) or _QUOTE.match(line)
               or _UNDERLINE.match(line)
               for line in lines):
        return lines, Counter()
    found: Counter = Counter()
    out = []
    quoted = _quoted(lines)
    for i, line in enumerate(_setext(lines, found, read)):
        if i in quoted and (m := _QUOTE.match(line)):
            found["block quote marks"] += 1
            line = line[m.end():]
        if _IMAGES.match(line):
            found["image blocks"] += 1
            line = ""
        elif _BREAK.match(line):
            found["rules"] += 1
            line = ""
        elif (m := _BOLD_LINE.match(line)) and m.group(2).rstrip()[-1] not in _SENTENCE_END:
            found["bold lines read as headings"] += 1
            line = "## " + m.group(2)
        elif _BOLD.search(line):
            found["bold spans"] += len(_BOLD.findall(line))
            line = _BOLD.sub(r"\2", line)
        out.append(line)
    return _unbold_halves(out, found), found


def _unbold_halves(lines: list[str], found: Counter) -> list[str]:
    """The lines without the halves of bold spans a line's end cut (``**本报讯（记者张三`` | ``李四）**9月``): on a
    page of Markdown, ``**`` or ``__`` against text is a type weight's mark wherever its other half stands."""
    if not any("**" in line or "__" in line for line in lines):
        return lines
    out = []
    for line in lines:
        if "**" in line or "__" in line:
            found["bold marks a line's end parted from their span"] += len(_BOLD_HALF.findall(line)) \
                + len(_BOLD_EDGE.findall(line))
            line = _BOLD_EDGE.sub(r"\1", _BOLD_HALF.sub("", line))
        out.append(line)
    return out


# HTML a page's source holds around its text (a CMS article's source, an e-paper's HTML, a converter's Markdown of a
# broken line): paragraph, line-break, span and type-weight tags, and character references (&ldquo; &#12290; &#x3002;
# &nbsp; &amp;), a semicolon closing each; no paper prints either form
_TAGS = re.compile(r"</?(?:p|span|strong|b|em|i|font|div)(?:[ \t][^<>\n]*)?>|<br[ \t]*/?>", re.IGNORECASE)
_REFERENCE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
# a reference with zero-width characters inside it: a web copy's text puts them between any two characters,
# the source's references too (&#82<ZWSP>21;), and no page prints the digits of a reference as text
_SPLIT_REFERENCE = re.compile("&[#A-Za-z0-9" + ZERO_WIDTH + "]{2,48};")
_UNSEEN = {ord(ch): None for ch in ZERO_WIDTH}


def unhtml(lines: list[str]) -> tuple[list[str], Counter]:
    """The lines without HTML tags of text markup and with character references read as the characters they
    stand for, and how many of each went.

    Why at the door: text copied from a web page's source keeps its tags (``<p>``, ``<br>``, ``<strong>``) and
    its references (``&ldquo;`` for “, ``&#12290;`` for 。, ``&nbsp;`` for a space).  The paper printed the
    characters, not the references: left in, ``&ldquo;`` was seven letters in a story's text, no sentence end
    or quote was found where a reference stood, and a ``<br>`` ran into the next line's text.  A tag is its
    markup's place only (a line break is the line's end already; type weight is not text, as with Markdown's
    bold, :func:`unmarkdown`).  Tags first: a reference to ``<`` (``&lt;p&gt;``) is printed text."""
    if not any("<" in line or "&" in line for line in lines):
        return lines, Counter()
    found: Counter = Counter()
    out = []
    for line in lines:
        if "<" in line and (tags := _TAGS.findall(line)):
            found["HTML tags"] += len(tags)
            line = _TAGS.sub("", line)
        if "&" in line:
            line = _SPLIT_REFERENCE.sub(lambda m: _referred(m.group(), found), line)
        out.append(line)
    return out, found


def _referred(reference: str, found: Counter) -> str:
    """The character a reference stands for (an unknown name left as it is, zero-width characters and all),
    counted."""
    whole = reference.translate(_UNSEEN)
    character = html.unescape(whole) if _REFERENCE.fullmatch(whole) else whole
    if character == whole:
        return reference
    found["character references"] += 1
    return character


# a Markdown writer's backslash before an ASCII mark of the text (markdownify's \+ \> \*, pandoc's \[ \_, 1\.
# at a line's start), and pandoc's hard line break, a backslash ending a line: no Chinese page prints a backslash
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
_HARD_BREAK = re.compile(r"(?<!\\)\\[ \t]*$")


def unescape(lines: list[str]) -> tuple[list[str], Counter]:
    r"""The lines without a Markdown writer's backslashes: one before an ASCII mark (CommonMark's escape, which
    any ASCII mark may take) and one ending a line (a hard line break: the line ends there anyway), and how
    many went.

    Why at the door: pandoc and markdownify escape the text's own marks so that no Markdown reader takes them
    for markup (``AI\+数字``, ``1\+1\>2``, ``1\.``), and pandoc writes a Word file's manual line break as a
    backslash at the line's end.  Left in, the backslash was a printed character no page holds, and a
    backslash before a line's end kept the line from reading as a piece of its paragraph.  After
    :func:`unmarkdown`: an escaped asterisk is printed text, never bold."""
    if not any("\\" in line for line in lines):
        return lines, Counter()
    found: Counter = Counter()
    out = []
    for line in lines:
        if "\\" in line:
            found["hard line breaks"] += len(_HARD_BREAK.findall(line))
            line = _HARD_BREAK.sub("", line)
            found["backslash escapes"] += len(_ESCAPE.findall(line))
            line = _ESCAPE.sub("", line)
        out.append(line)
    return out, found


# a converter's page marker alone on a line: --- Page 3 --- (and === Page 3 ===, === 第3页 ===), an HTML
# comment (<!-- PageBreak -->, <!-- PageNumber="3" -->: Azure Document Intelligence's Markdown), Marker's
# paginated output ({3}------), [Page 3] or [第3页]; none is a form a paper prints
_PAGE_MARK = re.compile(r"^[ \t]*(?:(?:<!--.*?-->[ \t]*)+"
                        r"|([-=])\1{1,}[ \t]*(?:page[ \t]*\d+(?:[ \t]*(?:of|/)[ \t]*\d+)?|第[ \t]*\d+[ \t]*[页版])"
                        r"[ \t]*\1{2,}"
                        r"|\{\d+\}-{3,}"
                        r"|\[(?:page[ \t]*\d+|第[ \t]*\d+[ \t]*[页版])\])[ \t]*$", re.IGNORECASE)


def unpaginate(lines: list[str]) -> tuple[list[str], list[tuple[int, str]]]:
    """The lines with a converter's page markers made blank lines, and (line, marker) of each.

    Why at the door: PDF and document converters write where a page of the file ends or begins (``---
    Page 3 ---``, ``<!-- PageBreak -->``, Marker's ``{3}-----…``) on a line of its own, anywhere in the text,
    a paragraph's middle included.  The paper printed none of it.  Left in, the marker was read as a
    headline or as a sentence of the story around it (text no page holds, unflagged).  A blank line keeps
    the file's line numbers, which provenance gives."""
    found = [(n, line.strip()) for n, line in enumerate(lines, start=1) if _PAGE_MARK.match(line)]
    if not found:
        return lines, []
    marked = {n for n, _ in found}
    return ["" if n in marked else line for n, line in enumerate(lines, start=1)], found
