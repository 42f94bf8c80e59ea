"""What a viewer or an engine writes around each line's text that the paper never printed: line numbers,
recognition scores, a column rule read as a letter, a detection tool's box corners.

Why a module of its own: each is a furniture of the tool, not of the page, found by how it stands on most lines
(the same place, the same form), and taken off before any stage reads a line's first or last character.  What is
taken off is returned by line, so the import can say so and provenance keeps the file's line numbers.
"""
from __future__ import annotations

import re
from collections import Counter


# a number, then whitespace or a viewer's mark (: or |) with the whitespace around it, or the line's end
_NUMBERED = re.compile(r"^[ \t]*(\d{1,6})(?:[ \t]*([:|])[ \t]*|[ \t]+|$)")
# a viewer's number field: padded, right-aligned, then a tab or two spaces
_FIELD = re.compile(r"^( +\d{1,6})(?:\t|  )")


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


def _at_a_break(line: str, ch: str, side: str) -> bool:
    """Does the rule ``ch`` stand after a sentence's end at the line's end (…参加比赛。 I, …企业。l, …企业。 |), or
    before a lead's 本报 at its start (l 本报讯…, l本报讯…)?  No Latin word of one letter, and no bar, follows a
    Chinese full stop at a line's end or opens a lead."""
    inner = _edge(line, side)[1].strip()
    beside = inner[-1:] in "。！？!?" if side == "end" else inner.startswith("本报")
    return beside and _ruled(line, ch, side) > 0


def _latin_word_cut(lines: list[str], i: int, side: str, alone: bool = True) -> bool:
    """Does a Latin word the line's break cut go on in the rule letter at ``side`` of line ``i``: the printed line
    before it ends on one Latin letter after other text (…电池健康A | I大模型), or the line after begins so?  A
    line's end cuts a Latin word as it cuts any other, and its letter at the next line's start is then the word's,
    which no reading of the line alone tells from the rule.  One letter alone is the mark of the cut: Chinese text
    sets no one-letter word, while an acronym or a model the line ends whole (…让AI | I技术, …会5G | I网络, the I
    the rule) has two characters or more.  A letter a space sets apart from the text (…通过3 I | D打印) is the
    rule: a cut word's letters stand together.  ``alone`` False: any Latin letter there (…Exce | l可以), which only
    the page's words can tell (:func:`_settle`)."""
    there = _printed_next(lines, i, -1 if side == "start" else 1)
    text = there.rstrip() if side == "start" else _HEADING.sub("", there.lstrip())[::-1]
    return bool(_LATIN.match(text[-1:])) and not (alone and re.match(r"[A-Za-z0-9]", text[-2:-1]))


def unrule(lines: list[str]) -> tuple[list[str], list[tuple[str, str, int]], list[int], list[tuple[int, str, str]]]:
    """The lines without the column rule an engine read as a character at their start or end, which rule it
    was (character, side, lines), the lines (1-based) where the rule's letter stands beside a Latin
    letter, or where a Latin word the line's break cut may go on in it (:func:`_latin_word_cut`), and is kept (the
    word's letter or the rule: the articles holding them say so in review), and the lines where such a letter was
    taken off all the same, as the word it stands beside reads without it (:func:`_rule_by_word`): (line, the word
    read, why).  A letter beside Chinese text after a Latin word the break cut (…Exce | l可以) is kept and said
    where the page prints the word with it and never without it (:func:`_settle`).

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
    found, doubtful, taken = [], set(), []
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
        # too few lines to tell from text, but one where it stands as no character of text could: the page is
        # ruled, and the engine found the rule on a few of its lines only
        ruled = ruled or any(_at_a_break(line, ch, side) for line in printed)
        if ruled:
            out, alone, unsure, gaps, across = [], 0, [], Counter(), []
            for number, line in enumerate(lines, start=1):
                cut = _ruled(line, ch, side)
                gaps[cut] += 1
                word_cut = cut == 1 and ch in "lI" and _latin_word_cut(lines, number - 1, side, alone=False)
                if line.strip() == ch:  # the rule beside a blank line of the column: nothing else printed there
                    line, alone = "", alone + 1
                elif cut < 0 or word_cut and _latin_word_cut(lines, number - 1, side):
                    unsure.append(number - 1)
                elif cut:
                    if word_cut:  # taken off, but put back where the page's words show it is text (_settle)
                        across.append(number - 1)
                    line = _take_off(line, cut, side)
                out.append(line)
            out, unsure, read = _settle(out, lines, unsure, across, ch, side, spaced=gaps[2] > gaps[1])
            doubtful.update(unsure)
            taken += read
            lines = out
            found.append((ch, side, n + alone))
    return lines, found, sorted(doubtful), sorted(taken)


def _take_off(line: str, cut: int, side: str) -> str:
    """``line`` without its first ``cut`` characters at ``side`` (the rule and its space): at the start after a
    converter's markup, at the end before the line's trailing whitespace."""
    if side == "end":
        core = line.rstrip()
        return core[:len(core) - cut] + line[len(core):]
    lead = len(line) - len(_HEADING.sub("", line.lstrip()))
    return line[:lead] + line[lead + cut:]


_LATIN_RUN = re.compile(r"[A-Za-z0-9]+")


def _settle(lines: list[str], read: list[str], unsure: list[int], across: list[int], ch: str, side: str,
            spaced: bool) -> tuple[list[str], list[int], list[tuple[int, str, str]]]:
    """The ``unsure`` lines (0-based) of a page ruled with ``ch`` at ``side`` whose rule letter the Latin word
    beside it shows to be the rule taken off (:func:`_rule_by_word`), and the rule letters taken off ``across`` a
    Latin word's break put back where the word with the letter is printed elsewhere on the page and without it
    nowhere (…Exce | l可以, Excel printed elsewhere); the lines (1-based) still unsure, the ones put back among
    them; and what was taken, by line: (line, the word read, why).  ``read``: the lines as read, with every rule.
    ``spaced``: the page's rule mostly stands a space from the text."""
    cuts = {i + (side == "end") for i in across}  # the breaks beside them: the word there is in question
    words, out, left, taken = _latin_words(lines, set(unsure), cuts), list(lines), [], []
    for i in across:
        seen = _readings(out[:i] + [read[i]] + out[i + 1:], i, ch, side)
        if seen and not seen[2] and words[seen[0]] and not words[seen[1]]:
            out[i] = read[i]
            left.append(i + 1)
    for i in unsure:
        seen = _readings(out, i, ch, side)
        why = _rule_by_word(seen[0], seen[1], words, spaced and seen[2]) if seen else None
        if why is None:
            left.append(i + 1)
            continue
        out[i] = _take_off(out[i], 2 if seen[2] else 1, side)  # the letter, and the rule's one space
        taken.append((i + 1, seen[1], why))
    return out, sorted(left), taken


def _readings(lines: list[str], i: int, ch: str, side: str) -> tuple[str, str, bool] | None:
    """The Latin word at the rule letter ``ch`` at ``side`` of line ``i``, read with the letter and without it,
    and whether a space sets the letter apart from the line's text: the letters it stands right beside, and
    across the line's break the letters the next printed line begins on (or the last line ends on) when it follows
    with no blank line and no indent, as a word the break cut goes on.  A letter a space sets apart is read with
    the word across the break (C | I IM: CI, or CIM without it), or alone (…V11VL I: I, or V11VL).  None where no
    Latin word stands beside it.  A next line that begins indented begins a paragraph: no word goes on into it
    (its first letters are not matched), and none goes on from the last line into an indented one."""
    text, inner = _edge(lines[i], side)
    spaced = inner != (text[:-1] if side == "end" else text[1:])
    if side == "end":
        after = _printed_next(lines, i, 1)
        before, after = re.search(r"[A-Za-z0-9]*$", inner)[0], re.match(r"[A-Za-z0-9]*", after)[0]
    else:
        above = _printed_next(lines, i, -1).rstrip() if not lines[i].startswith((" ", "\t", "\u3000")) else ""
        before, after = re.search(r"[A-Za-z0-9]*$", above)[0], re.match(r"[A-Za-z0-9]*", inner)[0]
    if not before + after:
        return None
    if spaced:
        return (before + ch if side == "start" else ch + after), before + after, True
    return before + ch + after, before + after, False


def _printed_next(lines: list[str], i: int, step: int) -> str:
    """The next printed line after line ``i`` (``step`` 1) or before it (-1), past blank lines, which OCR leaves
    inside a paragraph as often as between two."""
    k = i + step
    while 0 <= k < len(lines) and not lines[k].strip():
        k += step
    return lines[k] if 0 <= k < len(lines) else ""


def _latin_words(lines: list[str], unsure: set[int], cuts: set[int] = frozenset()) -> Counter:
    """The Latin words of a ruled page's lines, but the ``unsure`` ones (which stand in question), a line's last
    word read on into the next line's first where the next line follows with no blank and no indent (a word the
    break cut, as printed-line OCR cuts them).  A word at a blank line, an unsure line or one of the ``cuts`` (the
    break before line k, whose reading is in question) is not counted: it may be a piece of one the break cut
    (al | ll。, the rule's l or the word's), and a piece read as a word is false evidence."""
    text = ""
    for i, line in enumerate(lines):
        if i in unsure or not line.strip():
            text += "\0"
        else:
            text += ("\0" if i in cuts else "\n" if line[:1].isspace() else "") + line.strip()
    runs = (m for m in _LATIN_RUN.finditer(text) if "\0" not in text[max(m.start() - 1, 0):m.end() + 1])
    return Counter(m.group() for m in runs)


def _latin_shape(word: str) -> bool:
    """Is ``word`` written as a Latin word or code is: its letters all capitals (CIM, 5G, V11VL), all small (etc),
    or one capital then small ones (Zone, Wi)?"""
    letters = re.sub("[^A-Za-z]", "", word)
    return not letters or letters.isupper() or letters.islower() or letters[0].isupper() and letters[1:].islower()


def _rule_by_word(kept: str, taken: str, words: Counter, spaced: bool = False) -> str | None:
    """Why the rule letter beside a Latin word is the rule (the word reads ``taken`` without it, ``kept`` with it),
    or None when nothing tells: the word without the letter is printed elsewhere on the page (two letters or more:
    one letter stands in many words) and with it nowhere; or it is written as words are and with the letter it is
    not (a capital among small letters, a small one after capitals: FineI, lS, CIl); or, ``spaced``, the letter
    stands a space from the text as the page's rule mostly does and the word it would make is printed nowhere else
    on the page.  A letter the word needs is kept: a word with it printed elsewhere, or one written as words are
    both ways, on a page whose rule stands right by the text (3ID or 3D: flagged, kept)."""
    if words[kept]:
        return None
    if len(taken) >= 2 and words[taken] and len(kept) > 1:  # the letter alone as a word: taken's word is no help
        return f"{taken} is printed so elsewhere on the page"
    if _latin_shape(taken) and not _latin_shape(kept):
        return f"{kept} is not written as a word is"
    if spaced:
        return f"it stands a space from the text as the page's rule does, and {kept} is printed nowhere else"
    return None


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
