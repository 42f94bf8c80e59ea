"""Read a page-text file into clean Unicode lines.

Why a module of its own: OCR dumps arrive as UTF-8 (with or without BOM),
GB18030/GBK or Big5, with CRLF or LF.  Everything downstream works on ``str``
lines with LF only, and provenance needs the SHA-256 of the *bytes* as read, so
this is the one place that touches raw bytes.  Undecodable input is a user
error: it raises :class:`UnionnewsError` naming the file and the byte offset,
never a traceback.
"""
from __future__ import annotations

import ast
import codecs
import hashlib
import html
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from unionnews.errors import Problem, UnionnewsError
from unionnews.ingest import byline as bl
from unionnews.ingest.boxjson import item_shape
from unionnews.ingest.continuity import word_across
from unionnews.ingest.normalize import CJK, FW_PUNCT, SUBHEAD_LENGTH, close_marker_words, is_terminal
from unionnews.ingest.sidebyside import display_width, read_columns, rows_across, wide_gaps
from unionnews.ingest.tsv import tsv_columns
from unionnews.text import strip_controls

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
    # two columns printed side by side (:mod:`~unionnews.ingest.sidebyside`): the file's line count N and the
    # display column the right one began at; the lines are the left column's N, then the right column's N
    columns: tuple[int, int] | None = None
    # lines with text on both sides of a wide gap, on a page not read as two columns (:func:`~unionnews.ingest.
    # sidebyside.wide_gaps`): two columns' halves perhaps, kept as one line
    gapped: tuple[int, ...] = ()
    # an engine's result file read as its text (:func:`untsv`, :func:`unresult`): (what, how many text lines)
    results: tuple[str, int] | None = None
    # lines of a page read as two columns across each row whose column is a guess (:func:`~unionnews.ingest.
    # sidebyside.rows_across`)
    across: tuple[int, ...] = ()


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


# a run of whitespace between two printed characters of a line (tabs, NBSP, ideographic spaces, several
# spaces): one word space, as the later stages read it (they look for " " between a kicker's phrases,
# between names in a byline)
_WORD_SPACE = re.compile(r"(?<=\S)\s+(?=\S)")
_SENTENCE = re.compile(r"[，。；！？,;!?]")
_GAP = re.compile(f"(?<=[{CJK}]) (?=[{CJK}])")


def close_word_gaps(line: str) -> str:
    """``line`` without the spaces the OCR put inside a word (转 型, 网络安 全, 优秀成 果).

    Why: a justified column line's wider gaps come out of OCR as spaces between Chinese characters,
    anywhere in the line.  The later stages read a space as a word space (two phrases of a headline,
    a kicker over its title), and a printed word space never falls inside a word, so a space that
    the dictionary puts inside one (:func:`~unionnews.ingest.continuity.word_across`) is noise.
    Only in lines without sentence marks (headlines, headline pieces of a column): in running text
    the body's normaliser drops such spaces anyway, and the reading-order stage weighs the OCR's
    spaces there as they were printed.  A byline or credit keeps its spaces: they part names, which
    no dictionary knows.
    """
    if (" " not in line or _SENTENCE.search(line) or bl.BYLINE_START.match(line.strip())
            or bl.is_credit(line.strip())):
        return line
    out, pos = "", 0
    for m in _GAP.finditer(line):
        out += line[pos:m.start()]
        pos = m.end()
        if not word_across(out, line[pos:]):
            out += " "
    return out + line[pos:]


# a printed glyph set full width: a Chinese character or a full-width mark
_GLYPH = f"[{CJK}{re.escape(FW_PUNCT)}]"
_TIGHT = re.compile(f"{_GLYPH}(?={_GLYPH})")
# one space, or one tab, between two glyphs: a page's letter spacing is the one of them that parts most pairs
_LETTER_GAPS = {gap: re.compile(f"(?<={_GLYPH}){gap}(?={_GLYPH})") for gap in (" ", "\t")}


def close_subhead_gaps(lines: list[str]) -> list[str]:
    """The lines with the one space of a two-phrase line closed where it stands as a subhead (充分展现
    工匠风采) or a paragraph's first line, on a page whose running text has justified-line gaps inside words.

    Why: a line of two phrases parted by a space is read as a headline (公交驾驶员 赛场展技能: a kicker's
    phrases), and opens an item.  But where the OCR leaves a justified line's gaps as spaces all over
    the page (人 才, 制 造 in running text, :func:`_noisy`), a gap in a short line says nothing: a subhead
    gets one as often as a body line.  What tells them apart is where the line stands: a subhead comes
    after a sentence's end and over more of the story's text; a headline over its item's lead (本报讯,
    a dated lead 近日，…), byline or title.  Only there, on such a page, and in a line of two Chinese runs
    parted by one space: a subhead is then read as one (the item stage flags a short subhead for
    review), and a column line that begins a paragraph (为深入贯彻落实习近平 总书记 | 在深入推进…) as the
    paragraph's first line.  Only a space goes, never a printed character, and no line.
    """
    if not _noisy(lines):
        return lines
    printed = [k for k, line in enumerate(lines) if line.strip()]
    column = _column_width(lines)
    out = list(lines)
    for n, k in enumerate(printed[1:-1], start=1):
        t = lines[k].strip()
        before, after = lines[printed[n - 1]].strip(), lines[printed[n + 1]].strip()
        # a subhead's length, short of any column; or a column line still full without the space: a
        # space that took a place in a line short of the column was printed, and the line must keep it.
        # Short of the column even with its space: two short of it, or one when the next line opens with no
        # mark (a full line ends one short of the column only before an opening mark it could not end with)
        short = column is None or len(t) < column - 1 or (len(t) == column - 1 and after[:1] not in _OPENING)
        if not _SUBHEAD_GAP.fullmatch(t) or not (
                (len(t) - 1 <= SUBHEAD_LENGTH and short) or (column and len(t) - 1 >= column)):
            continue
        if n > 1 and not before.strip("”’」』）)\"'"):  # a closing quote on a line of its own ends the line before
            before = lines[printed[n - 2]].strip() + before
        further = lines[printed[n + 2]].strip() if n + 2 < len(printed) else ""
        if not is_terminal(before) or bl.is_credit(before) or not (
                _goes_on_as_text(after, further) or _full_text_below(t, after, further, column)):
            continue
        out[k] = lines[k].replace(" ", "", 1)
    return out


# the opening marks no printed line ends with (GB/T 15834): a line before one may end one short of the column
_OPENING = "（「『《〈【“‘("
# a short line of two runs of Chinese characters (quotes allowed) parted by one space
_SUBHEAD_GAP = re.compile(r"[\u4e00-\u9fff“”]{2,} [\u4e00-\u9fff“”]{2,}")
# a lead on its date (近日，…; 9月10日，…)
_ON_ITS_DATE = r"(?:\d{1,2}月\d{1,2}日|日前|近日|近期)[^，。]{0,4}，"
# what only an item's first lines open with: markup, a column label, a lead (本报讯, 本报…电), a byline,
# a lead on its date, the year given or not
_ITEM_OPENING = re.compile(rf"#|>>|本报|(?:\d{{1,4}}年)?{_ON_ITS_DATE}")


def _goes_on_as_text(line: str, further: str) -> bool:
    """Is ``line`` (the line after a short one) a story's running text, not an item's opening: no lead,
    dated lead, byline, markup or label, and text by its form (a sentence mark, a quote or bracket left
    open, or a word it stops in that ``further`` ends)?"""
    if not line or _ITEM_OPENING.match(line) or bl.BYLINE_START.match(line) or bl.is_byline(line):
        return False
    return bool(_SENTENCE.search(line) or line.count("“") != line.count("”") or line.count("（") != line.count("）")
                or (further and word_across(line, further)))


def _full_text_below(line: str, after: str, further: str, column: int | None) -> bool:
    """Is ``line`` a column line still full without its space, over another full column line (``after``) and
    a line of running text (``further``: a sentence mark, no item's opening)?  Then the three are a paragraph's
    first lines, whatever word the dictionary finds across the break (…协同发展座 | 谈会上的…: it reads 座谈 |
    会上 and puts no word across): a headline block is not two full column lines over running text, and a
    headline's last line stands over its item's opening (a lead, a dated lead, a byline)."""
    if not column or len(line) - 1 < column or len(after) < column or not _SENTENCE.search(further):
        return False
    return not any(_ITEM_OPENING.match(t) or bl.BYLINE_START.match(t) or bl.is_byline(t) for t in (after, further))


def _noisy(lines: list[str]) -> bool:
    """Does the page's running text carry justified-line gaps: a space between two Chinese characters
    that the dictionary puts inside one word (人 才), in three lines of running text or more?"""
    found = 0
    for line in lines:
        if not _SENTENCE.search(line):
            continue
        for m in _GAP.finditer(line):
            if word_across(line[:m.start()], line[m.end():]):
                found += 1
                break
        if found >= 3:
            return True
    return False


def unletterspace(lines: list[str]) -> list[str]:
    """The lines of a letter-spaced page without its letter spacing: one space between every two
    Chinese characters or marks (text drawn one glyph at a time, as pdftotext prints justified or
    letter-spaced CJK lines).

    Why at the door: every later stage reads a space between two Chinese characters as a word space
    (a kicker's phrases, names in a byline) or as a justified line's noise it weighs, and a line
    whose every glyph is parted so is neither: its width, its words, its marks at the line's ends are
    those of the line without the spaces.  A page is letter-spaced when most pairs of adjacent glyphs
    on it are parted by one space (a page set solid has them parted at one pair in fifty or fewer);
    then each line where they mostly are loses the single spaces between two glyphs.  A word space
    printed there as one space cannot be told from the letter spacing, and is lost with it (names in
    a byline then run together); one printed wider (two spaces or more, a tab, an ideographic space)
    is kept, as one word space.  An extraction that parts its glyphs with one tab each instead is read so
    too, the tab being then the letter spacing (whichever of the two parts more pairs on the page).  On a page
    set solid, a line spaced all through (:func:`_spaced_through`) loses its spacing alone.  Only spaces go,
    never a printed character, and no line.
    """
    parted = {gap: [len(rx.findall(line)) for line in lines] for gap, rx in _LETTER_GAPS.items()}
    gap = max(parted, key=lambda g: sum(parted[g]))
    solid = [len(_TIGHT.findall(line)) for line in lines]
    if sum(parted[gap]) <= sum(solid):
        return [_unspace(line) if _spaced_through(line, n) else line for line, n in zip(lines, parted[" "])]
    spaced = [bool(n) and n >= tight for n, tight in zip(parted[gap], solid)]  # lines whose glyphs are mostly parted
    unspaced = [_LETTER_GAPS[gap].sub("", line) if letter else line for line, letter in zip(lines, spaced)]
    return _word_space_kept(unspaced, spaced)


# one space between two printed characters, of any kind
_SINGLE_SPACE = re.compile(r"(?<=\S) (?=\S)")


def _spaced_through(line: str, gaps: int) -> bool:
    """Is a line on a page set solid letter-spaced all through: no two printed characters side by side, five
    Chinese glyphs or more parted by one space (关 注 服 贸 会, 实 现 “ 1 + 1 > 2 ” 的 …: a headline's big type read
    one character at a time)?  Such a line is one run of words however it was spaced, its figures and signs
    included; a line of names (记者 王 华, 张 三 李 四) has fewer glyphs or a pair set solid, and keeps its spaces."""
    return gaps >= 4 and not re.search(r"\S\S", _LEAD_MARKUP.sub("", line))


# a line's markup (## , >> ): its space is no letter spacing
_LEAD_MARKUP = re.compile(r"^\s*(?:#{1,6}|>>)\s+")


def _unspace(line: str) -> str:
    """``line`` without the single spaces between its printed characters, its markup and the space after it
    kept."""
    m = _LEAD_MARKUP.match(line)
    head = m.group(0) if m else ""
    return head + _SINGLE_SPACE.sub("", line[len(head):])


# what only an item's first paragraph opens with: a lead (本报讯, 本报厦门9月25日电), a lead on its date
# (7月28日，…; 近日，…), markup; the line before it is a headline's last, not a line it goes on
_OPENS_ITEM = re.compile(rf"#|本报|{_ON_ITS_DATE}")


def _column_width(lines: list[str]) -> int | None:
    """The page's column width, if it is a column: the commonest printed line length, when three lines in
    ten or more have it and it is 6 or more.  The door's own estimate (the paragraph stage, which reads
    widths fully, runs after it), for the space rules that must know a full line from a short one."""
    sizes = Counter(len(line.strip()) for line in lines if line.strip())
    if not sizes:
        return None
    width, count = sizes.most_common(1)[0]
    return width if count * 10 >= sum(sizes.values()) * 3 and width >= 6 else None


# a line that goes on with a clause: a clause mark before any sentence's end (为主题，…): after a line that
# closes a quote or title without a sentence's end (大赛以“产改有我 创新向未来”), the sentence goes on there
_CLAUSE_GOES_ON = re.compile(r"[^。！？!?]{1,12}[，、；：,;:]")


def _word_space_kept(lines: list[str], spaced: list[bool]) -> list[str]:
    """The lines of a letter-spaced page (``spaced``: the lines that were) with a word space at the end
    of each printed column line one glyph short of the column that goes on at the next line.

    Why: a word space printed as one space went with the letter spacing, but it took a place in
    its column line: without it the line is one short of the column, and the paragraph stage reads
    a short line as a paragraph's end (in a byline, a slogan in quotes, a headline of two phrases,
    the text then breaks in the middle of a sentence).  Not before a line that opens an item
    (:data:`_OPENS_ITEM`): a headline one short of the column would run into its story.  Where the
    space stood in the line is lost; at the line's end the paragraph stage counts it in the line's
    width and joins the next line after it (a space between two Chinese characters of a body paragraph is dropped there).  Only where the
    page is a column (three lines in ten or more share one length), the line does not end a
    sentence, nor a quotation or a bracket unless the next line goes on with a clause (大赛以“产改有我 创新向未来”
    | 为主题，…: the quote was a phrase of the sentence), and is no byline (names would be parted where they were
    not); a line ending a paragraph without a mark one short of the column by chance is rare.  Nor under a
    piece's end (:func:`_piece_end`): the line is then no column line's whole width, which alone says a space
    was lost.
    """
    width = _column_width(lines)
    if width is None:
        return lines
    out = []
    for k, line in enumerate(lines):
        t = line.strip()
        nxt = lines[k + 1].strip() if k + 1 < len(lines) else ""
        if (spaced[k] and len(t) == width - 1 and nxt and not is_terminal(t)
                and (t[-1:] not in "”’）》" or _CLAUSE_GOES_ON.match(nxt))
                and " " not in line[-1:] and not bl.is_byline(t) and not _OPENS_ITEM.match(nxt)
                and not (k and _piece_end(lines[k - 1].strip(), width))):
            line = line + " "
        out.append(line)
    return out


def _piece_end(above: str, width: int) -> bool:
    """Is ``above`` (a line of a letter-spaced column page ``width`` wide, its spacing gone) a piece's end: two
    or more short of the column and stopping on a clause mark (…形成工作合力，)?  No paragraph ends on a clause
    mark, and a line two short has lost more than one word space (rare in running text): the line was cut
    there (a column piece the OCR printed out of order, a box cut).  The line under it starts no column line
    where the one above ended, so its length says nothing of a word space lost in it."""
    return bool(above) and len(above) <= width - 2 and above[-1:] in "，、；,;"


def _unindent(lines: list[str]) -> list[str]:
    """The lines without a left margin of spaces or tabs that three printed lines in four or more
    begin with.  Why: the paragraph stage reads a space at a line's start as a word space at the
    break, and two or more as an indent (a paragraph begins); a margin on every line is neither.
    An indent after the margin stays (the margin is what the lines share)."""
    leads = [line[:len(line) - len(line.lstrip(" \t"))] for line in lines if line.strip()]
    if not leads:
        return lines
    margin = Counter(leads).most_common(1)[0][0]
    if not margin or sum(1 for lead in leads if lead.startswith(margin)) * 4 < len(leads) * 3:
        return lines
    return [line[len(margin):] if line.startswith(margin) and line.strip() else line for line in lines]


# a half-width mark with an English word space after it (before an opening bracket), between two printed
# characters that are not Latin letters: 参赛, 乙城 | 职工 (一线) 参赛
_MARK_SPACE = re.compile(r"(?<=[^\sA-Za-z])([,;:?!)]) (?=[^\sA-Za-z])|(?<=[^\sA-Za-z]) (\()(?=[^\sA-Za-z])")


def unspace_marks(lines: list[str]) -> list[str]:
    """The lines without the English word spaces set after half-width marks, on a page that sets one after most.

    Why: an engine trained mostly on English text (Tesseract with ``eng`` before ``chi_sim``, Google Cloud
    Vision) prints a Chinese line's marks half width and sets an English word space after each (before an
    opening bracket).  The paper printed no such space: in a printed column it takes no place, and counted it
    makes each line as much longer as it holds marks, so no length is the column's.  Only on a page that sets a
    space after most of its half-width marks inside a line (a page of full-width text with a few half-width
    marks, or a seed's one 机会, 屡屡, keeps its spaces), and not beside a Latin letter (English text keeps
    its word spaces).  Only spaces go, never a printed character.
    """
    marks = sum(len(re.findall(r"[,;:?!)](?=\S)", line)) for line in lines)
    spaced = sum(len(_MARK_SPACE.findall(line)) for line in lines)
    if spaced < 5 or 2 * spaced < marks + spaced:
        return lines
    return [_MARK_SPACE.sub(lambda m: m.group(1) or m.group(2), line) for line in lines]


def unpad(lines: list[str]) -> list[str]:
    """The lines without the whitespace an OCR engine pads them with (at their ends, and a left margin,
    :func:`_unindent`) or parts every glyph with (letter spacing, :func:`unletterspace`); a line
    holding only whitespace is blank; whitespace between printed
    characters one word space (:data:`_WORD_SPACE`), none inside the paper's marker words or inside
    a word of a headline (:func:`close_word_gaps`).

    Why: a space at a line's end is not printed, but the paragraph stage reads a single one as the
    word space that fell on the break (本报记者 李昱霖 | 本报通讯员 …), joining the two lines with a
    space and counting it in the column's width.  An engine that pads every line (one space, three,
    a tab) would make every break a word space: names run into titles (本报通讯 员), columns are
    mismeasured.  So when most printed lines end with whitespace, that is padding.  Where one run
    pads three lines in four or more, a line ending in it with more whitespace before it still held a
    word space at its break (one is kept); any other run, and any run of a page padded unevenly, is
    padding too and goes.  A page whose lines mostly end bare keeps its runs, each as one space: the
    OCR's word space at a break, as on a page without padding.  Only whitespace is removed (or, on a
    letter-spaced column page, a lost word space kept at a line's end: :func:`_word_space_kept`), never
    a printed character, and no line: line numbers stay the file's.
    """
    lines = _unindent(close_subhead_gaps([close_word_gaps(close_marker_words(_WORD_SPACE.sub(" ", line)))
                                          for line in unletterspace(unspace_marks(lines))]))
    runs = [line[len(line.rstrip()):] for line in lines]
    printed = [run for line, run in zip(lines, runs) if line.strip()]
    padded = [run for run in printed if run]
    if not padded or len(padded) * 2 < len(printed):  # each run a word space at the break
        return [line.rstrip() + " " if run and line.strip() else line.rstrip() for line, run in zip(lines, runs)]
    pad, count = Counter(padded).most_common(1)[0]
    steady = count * 4 >= len(printed) * 3  # one pad throughout: more than it is a word space before it
    out = []
    for line, run in zip(lines, runs):
        core = line.rstrip()
        spaced = steady and len(run) > len(pad) and run.endswith(pad) and run[0] in " \t"
        out.append(core + " " if spaced and core else core)
    return out


# a number, then whitespace or a viewer's mark (: or |) with the whitespace around it, or the line's end
_NUMBERED = re.compile(r"^[ \t]*(\d{1,6})(?:[ \t]*([:|])[ \t]*|[ \t]+|$)")
_FIELD = re.compile(r"^( +\d{1,6})(?:\t|  )")  # a viewer's number field: padded, right-aligned, then a tab or two spaces


def unnumber(lines: list[str]) -> tuple[list[str], list[tuple[int, str]]]:
    """The lines without the line numbers a text viewer or an export put before each (``cat -n``
    numbers every line, ``nl`` the printed ones), and the numbers taken off, by line (1-based).

    Why at the door: a number before every line is not printed on the page, and every later stage
    reads a line's first characters (a heading's ``## ``, a lead's 本报讯, an indent, a headline's
    shape): with the numbers there no item is found.  A page is numbered when nine printed lines in
    ten or more begin with a number and a space, a tab or a colon, and the numbers count the file's
    lines or its printed lines one by one from 1: a count no page text keeps by chance (a list's 1. 2. 3.
    is a few lines, and its numbers are followed by a mark).  Only the numbers and the whitespace after
    them go; they are listed for the review of the articles
    whose lines they numbered.

    A page of fewer than eight printed lines is too short for that count: it is numbered only when every
    printed line's number stands in the viewer's own field, right-aligned after padding to one width
    (``     1\t``, ``     1  ``) and parted from the text by a tab or two spaces: no page text is set so."""
    printed = [i for i, line in enumerate(lines) if line.strip()]
    found = {i: int(m.group(1)) for i in printed if (m := _NUMBERED.match(lines[i]))}
    if not printed:
        return lines, []
    counts = {  # the lines whose numbers count the file's lines from 1; its printed lines from 1
        "file": {i for i, n in found.items() if n == i + 1},
        "printed": {i for k, i in enumerate(printed) if found.get(i) == k + 1}}
    numbered = max(counts.values(), key=len)
    if len(printed) < 8:
        fields = [m for i in printed if (m := _FIELD.match(lines[i]))]
        if len(numbered) < len(printed) or len(fields) < len(printed) or len({len(m.group(1)) for m in fields}) != 1:
            return lines, []
    if len(numbered) * 10 < len(printed) * 9:
        return lines, []
    # the page's own mark after its numbers, if most have one: a mark on a line of another style is the
    # text's own first character (``     9   :跨区域…`` on a ``cat -n`` page keeps its colon)
    marks = Counter(_NUMBERED.match(lines[i]).group(2) for i in numbered)
    mark = max(marks, key=lambda m: marks[m])
    out, numbers = list(lines), []
    for i in sorted(numbered):
        m = _NUMBERED.match(lines[i])
        end = m.end() if m.group(2) == mark else len(lines[i]) - len(lines[i][m.end(1):].lstrip(" \t"))
        out[i] = lines[i][end:]
        numbers.append((i + 1, m.group(1)))
    return out, numbers


# a recognition score after a line's text: whitespace, then a number from 0 to 1 written with a decimal point
# (after any space the text line ended on too: an ideographic one where the engine cut after a byline's full-width
# gap, a thin or em space a PDF's text kept)
_SCORE = re.compile(r"(?<=\S)\s*[ \t]((?:0|1)\.\d{1,6})[ \t]*$")
_SCORE_ALONE = re.compile(r"^[ \t\u3000]*((?:0|1)\.\d{1,6})[ \t]*$")  # an empty text box's score, on a line alone
# marks of running text that no figure of a table stands after: a sentence's or clause's end in any printed
# form (。 read as a dot, ．or ｡ too: an engine that prints scores may read the small circle so), a closing quote
_RUNNING_END = set("。，；！？、”,;!?.．｡")


def unscore(lines: list[str]) -> tuple[list[str], list[tuple[int, str]]]:
    """The lines without the recognition score an engine's result, dumped a line at a time, puts after
    each text line (``text\t0.9876``, ``text  0.98``: PaddleOCR's and EasyOCR's (text, confidence) pairs),
    and the scores taken off, by line (1-based).

    Why at the door: the score is not printed, and every later stage reads a line's last characters
    (a sentence's end, an open bracket, a column's width).  A page is scored when nine printed lines in
    ten end in whitespace and a number from 0 to 1 with a decimal point (0.xx to 0.xxxxxx, or 1.0),
    every one of them on a page of fewer than eight: no page text ends its lines so (a number in running
    text is followed by its unit or a mark, and sits at a line's end by chance a few times a page).
    A table of figures, a price list or a short page of a few such lines does (北京 0.92, 白菜 0.85), so
    some of the numbers, one in twenty and at least one, must also stand after a sentence or clause mark
    (…召开。\t0.98): the score follows whatever the line ends on, and no table prints a figure so.  On a page so
    scored, a line holding a score alone (an empty text box the engine scored, a blank line) loses it too.
    A block quote's > alone on a line is a quote's blank line, no text box: no engine scores it, and on a
    small page, counted as an unscored line, it left every score in the text."""
    alone = {i: m for i, line in enumerate(lines) if (m := _SCORE_ALONE.match(line)) and float(m.group(1)) <= 1}
    printed = [i for i, line in enumerate(lines) if line.strip() and line.strip() != ">" and i not in alone]
    found = {i: m for i in printed if (m := _SCORE.search(lines[i])) and float(m.group(1)) <= 1}
    if not printed or len(found) < (len(printed) if len(printed) < 8 else len(printed) * 0.9):
        return lines, []
    after_mark = sum(1 for i, m in found.items() if _text_end(lines[i][:m.start()]) in _RUNNING_END)
    if after_mark < max(1, len(found) / 20):
        return lines, []
    found.update(alone)  # a blank line the engine scored too: on a scored page, printed text has its score after it
    out = list(lines)
    for i, m in found.items():
        out[i] = lines[i][:m.start()]
    return out, [(i + 1, m.group(1)) for i, m in sorted(found.items())]


def _text_end(text: str) -> str:
    """The last printed mark of a scored line's text: before a column rule the engine read at the line's end, with
    or without a space before it (…企业。 l\t0.81, …参赛。l  0.87: the score is the whole line's, the rule's letter
    included); a Latin letter before an l or I is a word's (…AI\t0.9)."""
    text = text.rstrip()
    if len(text) > 2 and text[-1] in _RULE_LIKE and not _LATIN.match(text[-2]):
        text = text[:-1].rstrip(" \t\u3000")
    return text[-1:]


# characters an engine reads a vertical rule or a box's side as: the ASCII bar, the full-width bar, the box
# drawing verticals, the ideograph 丨 (a stroke), and the Latin l and I
_RULE_LIKE = "|｜│┃丨lI"
_BOX_BARS = "│┃"  # box-drawing verticals: no printed text holds one, so even one at a line's edge is a rule
_LATIN = re.compile(r"[A-Za-z]")
# a converter's markup before a line's text (a heading's #, a block quote's >), which the rule is read with: the
# rule is the printed line's first character, and the converter writes its mark before whatever the line holds
_HEADING = re.compile(r"^(?:#{1,6}|>)[ \t]+")


def _ruled(line: str, ch: str, side: str) -> int:
    """How many characters (the rule and one ASCII space on the text's side; at the end, a longer gap, as an
    engine prints the way to the column's edge, is the line's whitespace) make ``ch`` a rule at ``side`` of
    ``line`` (0: it stands there as no rule could): a bar or stroke printed once on the line, a Latin letter
    with no Latin letter beside it; -1: a Latin letter beside another, as in a word (Excel, AI) or as the rule
    read beside a word's letter (the rule I before 5G's G), which no reading of the line alone tells apart."""
    text, inner = _edge(line, side)
    if len(text) < 2 or (text[-1] if side == "end" else text[0]) != ch:
        return 0
    gap = len(text) - 1 - len(inner)
    if gap > 3 and side == "start" or not inner:  # spaces after a rule at the start may be the text's indent
        return 0
    gap = min(gap, 1)
    beside = inner[-1] if side == "end" else inner[0]
    if ch in "lI":
        return -1 if _LATIN.match(beside) else 1 + gap
    return 0 if ch in inner else 1 + gap


def _edge(line: str, side: str) -> tuple[str, str]:
    """``line``'s text as a rule at ``side`` would stand in it (markup before a line's start set aside), and that
    text without its character at ``side`` and the spaces between."""
    text = line.rstrip() if side == "end" else _HEADING.sub("", line.lstrip())
    return text, text[:-1].rstrip(" ") if side == "end" else text[1:].lstrip(" ")


# what a letter a space sets apart from it stands beside when it is a rule: Chinese text or a mark that ends it
_CJK_BESIDE = re.compile(r"[\u4e00-\u9fff，。、；：？！）》”]")


def _apart_from_text(line: str, ch: str, side: str) -> bool:
    """Does the rule ``ch`` stand at ``side`` of ``line`` one space from the Chinese text beside it (…降温用 l), an
    ideographic space of the text's own indent between them or not (I 　本报讯…)?"""
    inner = _edge(line, side)[1].strip()
    return _ruled(line, ch, side) == 2 and bool(_CJK_BESIDE.match(inner[-1:] if side == "end" else inner[:1]))


def _word_across(lines: list[str], i: int, side: str) -> bool:
    """Does a Latin word the line's break cut go on in the rule letter at ``side`` of line ``i``: the printed line
    before it ends on one Latin letter after other text (…电池健康A | I大模型), or the line after begins so?  A
    line's end cuts a Latin word as it cuts any other, and its letter at the next line's start is then the word's,
    which no reading of the line alone tells from the rule.  One letter alone is the mark of the cut: Chinese text
    sets no one-letter word, while an acronym or a model the line ends whole (…让AI | I技术, …会5G | I网络, the I
    the rule) has two characters or more.  A letter a space sets apart from the text (…通过3 I | D打印) is the
    rule: a cut word's letters stand together."""
    step = -1 if side == "start" else 1
    k = i + step
    while 0 <= k < len(lines) and not lines[k].strip():
        k += step
    if not 0 <= k < len(lines):
        return False
    text = lines[k].rstrip() if side == "start" else _HEADING.sub("", lines[k].lstrip())[::-1]
    return bool(_LATIN.match(text[-1:])) and not re.match(r"[A-Za-z0-9]", text[-2:-1])


def unrule(lines: list[str]) -> tuple[list[str], list[tuple[str, str, int]], list[int]]:
    """The lines without the column rule an engine read as a character at their start or end, which rule it
    was (character, side, lines), and the lines (1-based) where the rule's letter stands beside a Latin
    letter, or where a Latin word the line's break cut may go on in it (:func:`_word_across`), and is kept (the
    word's letter or the rule: the articles holding them say so in review).

    Why at the door: a vertical rule beside a column, or a box's side, is a printed line, not a letter, but
    Tesseract and other engines read it as ``|``, ``丨``, ``l`` or ``I`` on most of the column's lines.  Left in,
    no sentence reads as printed and the first and last characters every later stage reads (a sentence's end,
    a heading's start, a column's width) are the rule's.  A page is ruled at one side when a fifth of its
    printed lines or more, and at least three, have one such letter there, standing as no text does, or two
    lines a letter set apart by a space from the Chinese text beside it (…降温用 l); or two lines or more a bar
    (an engine finds the rule on some of the column's lines only, and a short page's share of them varies; a
    sentence may end on an l or I twice, but not after a space, and on a bar hardly ever); a box-drawing bar
    (│ ┃) on any line, as no text is set in one.  A bar that also stands inside the line (a table's cells) or a
    letter beside a Latin letter (a word) is kept; on a ruled page, a line holding the rule's character alone is
    the rule beside a blank line of the column and goes too."""
    printed = [line for line in lines if line.strip()]
    found, doubtful = [], set()
    for side in ("start", "end"):
        counts = Counter(ch for line in printed for ch in _RULE_LIKE if _ruled(line, ch, side) > 0)
        if not counts:
            continue
        ch, n = counts.most_common(1)[0]
        if ch in "lI":  # a fifth of the lines; or two where the letter stands a space apart from Chinese text,
            # as no sentence ends or begins twice on a page (an engine found the rule on a few lines only)
            ruled = n >= 3 and n * 5 >= len(printed) or sum(_apart_from_text(line, ch, side) for line in printed) >= 2
        else:  # a bar, set apart from the text or not: no sentence begins or ends on one twice (a box's side once)
            ruled = n >= 2 or ch in _BOX_BARS
        if ruled:
            out, alone = [], 0
            for number, line in enumerate(lines, start=1):
                cut = _ruled(line, ch, side)
                if line.strip() == ch:  # the rule beside a blank line of the column: nothing else printed there
                    line, alone = "", alone + 1
                elif cut < 0 or cut == 1 and ch in "lI" and _word_across(lines, number - 1, side):
                    doubtful.add(number)
                elif cut and side == "end":
                    core = line.rstrip()
                    line = core[:len(core) - cut] + line[len(core):]
                elif cut:
                    lead = len(line) - len(_HEADING.sub("", line.lstrip()))
                    line = line[:lead] + line[lead + cut:]
                out.append(line)
            lines = out
            found.append((ch, side, n + alone))
    return lines, found, sorted(doubtful)


# a text box's four corners before its text, as the ICDAR 2015 format writes a detection tool's results:
# x1,y1,x2,y2,x3,y3,x4,y4,text (integers, or numbers with a decimal point; spaces after the commas allowed)
_NUMBER = r"[ \t]*-?\d+(?:\.\d+)?[ \t]*"
_CORNERS = re.compile(rf"^(?:{_NUMBER},){{8}}")


def uncorner(lines: list[str]) -> tuple[list[str], list[tuple[int, str]]]:
    """The lines without the box corners a detection tool's ICDAR-format results put before each line's
    text (``69,198,399,198,399,223,69,223,来自…``: PaddleOCR's, MMOCR's and other tools' result files), and
    the corners taken off, by line (1-based).

    Why at the door: the corners are where the engine found the line, not printed text, and every later
    stage reads a line's first characters (a headline's markup, an indent, a byline).  A page is so written
    when most of its text lines (more than half, and at least two) open on eight numbers each followed by a
    comma: no printed line opens so (a figure in running text has its unit or a mark after it, and a list of
    eight numbers would stand at one line's start by chance, not at every line's)."""
    found = {i: m for i, line in enumerate(lines) if (m := _CORNERS.match(line))}
    printed = sum(1 for line in lines if line.strip())
    if len(found) < 2 or len(found) * 2 <= printed:
        return lines, []
    out = [line[found[i].end():] if i in found else line for i, line in enumerate(lines)]
    return out, [(i + 1, m.group().rstrip(", \t")) for i, m in sorted(found.items())]


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


def untsv(lines: list[str]) -> tuple[list[str], int]:
    """The text of a page that is Tesseract's TSV output (``tesseract IMG out tsv``: a header row, then a row per
    page, block, paragraph, line and word, the word rows' last field the text), and how many text lines it held;
    a page of another form as it is, and 0.

    Why at the door: the rows are where the engine found each word, not printed text, and no later stage could
    read a line's words as a line.  A page is so written when its first line is TSV's header
    (:func:`~unionnews.ingest.tsv.tsv_columns`: the columns found by name, as the file reader finds them), which
    no printed page opens on.  Lines are the word rows of one (block, paragraph, line), words parted by a space
    where the engine's boxes leave a gap (:func:`_tsv_line`); a blank line parts paragraphs and two part blocks, as
    the engine's own text output parts them.  The header names where each column stands; the word's text is the
    rest of its row."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    column = tsv_columns(lines[first]) if first is not None else None
    if column is None:
        return lines, 0
    numbers = [at for name, at in column.items() if name not in ("conf", "text")]  # conf may be 96.5
    level_at, left_at, width_at, height_at, text_at = (column[k] for k in ("level", "left", "width", "height", "text"))
    out: list[str] = []
    words: list[tuple[int, int, int, str]] = []
    left, count = 0, 0

    def flush() -> None:
        nonlocal count
        if words:
            out.append(_tsv_line(words, left))
            count += 1
            words.clear()
    for line in lines[first + 1:]:
        fields = line.split("\t")
        if len(fields) <= max(column.values()) or not all(fields[at].strip().lstrip("-").isdigit() for at in numbers):
            flush()
            out.append(line)  # not a row of the format: kept as text
            continue
        level, text = int(fields[level_at]), "\t".join(fields[text_at:]).strip()
        if level < 5:
            flush()
        if level == 2:
            left = int(fields[left_at])
            out += ["", ""] if out else []
        elif level == 3 and out and out[-1]:
            out.append("")
        elif level == 5 and text:
            words.append((int(fields[left_at]), int(fields[width_at]), max(1, int(fields[height_at])), text))
    flush()
    return out, count


def _result_text(line: str) -> str | None:
    """The text of one line of an engine's Python result, PaddleOCR's ``[[[x, y], …], ('text', 0.98)]`` or
    EasyOCR's ``([[x, y], …], 'text', 0.98)``; None for a line of another form."""
    body = line.strip()
    if not body.startswith(("[[", "([")) or len(body) > 4000:
        return None
    try:
        value = ast.literal_eval(body)  # literals only: nothing in the line is run
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return None
    shape = item_shape(value)  # the shapes the JSON reader knows; here with the score the printed result holds
    if shape == "paddle2" and len(value[1]) == 2 and isinstance(value[1][1], (int, float)):
        return value[1][0].replace("\n", " ")
    if shape == "easyocr" and len(value) == 3 and isinstance(value[2], (int, float)):
        return value[1].replace("\n", " ")
    return None


def unresult(lines: list[str]) -> tuple[list[str], int]:
    """The lines of an engine's Python result dump read as their texts (:func:`_result_text`), and how many were.

    Why at the door: the corners and the score are where and how sure the engine read the line, not printed text,
    and the text stands in Python's quoting (escapes, a quote of the other kind around it).  A page is so written
    when most of its text lines (more than half, and at least two) are such results: no printed line is a Python
    literal of a box, a string and a score."""
    found = {i: text for i, line in enumerate(lines) if (text := _result_text(line)) is not None}
    printed = sum(1 for line in lines if line.strip())
    if len(found) < 2 or len(found) * 2 <= printed:
        return lines, 0
    return [found.get(i, line) for i, line in enumerate(lines)], len(found)


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
            line = _REFERENCE.sub(lambda m: _referred(m.group(), found), line)
        out.append(line)
    return out, found


def _referred(reference: str, found: Counter) -> str:
    """The character a reference stands for (an unknown name left as it is), counted."""
    character = html.unescape(reference)
    if character != reference:
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


def _stand_ins() -> dict[int, str | None]:
    """What :func:`unify` reads each stand-in character as (None: taken off)."""
    table: dict[int, str | None] = {}
    for cp in (*range(0x2E80, 0x2FD6), *range(0xF900, 0xFB00), *range(0x2F800, 0x2FA20)):
        unified = unicodedata.normalize("NFKC", chr(cp))
        if unified != chr(cp) and len(unified) == 1 and unicodedata.name(unified, "").startswith("CJK UNIFIED"):
            table[cp] = unified  # a Kangxi radical, a radical supplement's or a compatibility ideograph
    table.update({ord(v): h for v, h in zip("︐︑︒︓︔︕︖︗︘︙︰︱︲︵︶︷︸︹︺︻︼︽︾︿﹀﹇﹈",
                                            "，、。：；！？〖〗…‥—–（）｛｝〔〕【】《》〈〉［］")})
    # the marks' small form variants (CNS 11643's small marks, which some PDF fonts and engines give for the
    # full-width ones): the small full stop is the Chinese full stop here, as ， 、 ； beside it are full width
    table.update({ord(v): h for v, h in zip("﹐﹑﹒﹔﹕﹖﹗﹙﹚﹛﹜﹝﹞", "，、。；：？！（）｛｝〔〕")})
    table.update({ord(ch): None for ch in ZERO_WIDTH})
    return table


# Characters that print nothing, put in text by web pages (WeChat articles), word processors and PDF
# hyphenation: the zero-width space and non-joiner, the word joiner, a byte-order mark inside the text,
# the soft hyphen.  Not the zero-width joiner, which an emoji sequence needs.
ZERO_WIDTH = "\u00ad\u200b\u200c\u2060\ufeff"
STAND_INS = _stand_ins()
_STAND_IN = re.compile("[" + "".join(map(chr, STAND_INS)) + "]")


def unify(lines: list[str]) -> tuple[list[str], Counter]:
    """The lines with each character that stands in for another read as that one, and how many of each.

    Why at the door: a PDF whose font maps a common character's glyph to a Kangxi radical (⼯ U+2F2F for
    工, ⽇ for 日) or to a CJK compatibility ideograph (U+F967 for 不), as pdftotext and copy-paste give
    them, or text set vertically, whose marks come out as vertical presentation forms (︒ for 。, ︵︶ for
    （）), or small form variants (﹐ for ，, ﹙﹚ for （）), prints the one character the paper set: Unicode
    decomposes each to it (the marks' vertical and small forms are written here in their full-width
    horizontal form).  Left in, a word is not found (no
    dictionary, place, name or sentence end reads ⼯会 or 。 as ︒) and the article files hold characters
    no search finds.  Zero-width characters print nothing and part two characters of a word.  The
    quotes' vertical forms ﹁﹂﹃﹄ are not here: :mod:`~unionnews.ingest.marks` reads them and keeps them."""
    if not any(_STAND_IN.search(line) for line in lines):
        return lines, Counter()
    found: Counter = Counter()
    out = []
    for line in lines:
        found.update(_STAND_IN.findall(line))
        out.append(line.translate(STAND_INS))
    return out, found


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
    lines, tsv = untsv(lines)  # first: the file's format, every other line a row of it
    lines, dumped = unresult(lines)
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
    lines, rules, ruled_letters = unrule(lines)
    lines, markdown = unmarkdown(lines, read if rules else None)
    lines, escapes = unescape(lines)
    markdown += markup + escapes
    rows = len(lines)
    lines, column = read_columns(lines)  # after the numbers and scores go: they stand outside the two columns
    across: list[int] = []
    if column is None:
        lines, column, across = rows_across(lines)
    gapped = wide_gaps(lines) if column is None else []
    return PageText(lines=unpad(lines), encoding=chosen, sha256=sha, controls=tuple(controls),
                    numbers=tuple(numbers), scores=tuple(scores), corners=tuple(corners),
                    unified=tuple(sorted(unified.items())),
                    rules=tuple(rules), markdown=tuple(markdown.items()),
                    pagemarks=tuple(pagemarks), ruled_letters=tuple(ruled_letters),
                    columns=(rows, column) if column is not None else None, gapped=tuple(gapped),
                    results=results, across=tuple(across))
