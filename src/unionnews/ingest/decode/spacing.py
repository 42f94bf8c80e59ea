"""Whitespace an engine or a converter put inside a page's lines, read as the paper set it.

Why a module of its own: OCR and PDF text part a line's characters with spaces the paper never printed (letter
spacing, a gap between every two characters, spaces after half-width marks, a column padded to its width) and
keep the ones it did (a byline's names, a kicker's phrases).  Every later stage measures lines and reads words, so
the page's whitespace is settled once, here, before any of them sees it.
"""
from __future__ import annotations

import re
from collections import Counter

from unionnews.ingest import byline as bl
from unionnews.ingest.continuity import word_across
from unionnews.ingest.normalize import CJK, FW_PUNCT, SUBHEAD_LENGTH, close_marker_words, is_terminal


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
    width and joins the next line after it (a space between two Chinese characters of a body paragraph is
    dropped there).  Only where the
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
