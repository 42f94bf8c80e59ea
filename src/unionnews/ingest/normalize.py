"""Character-level clean-up of OCR text, without changing what was printed.

Why these rules and no more: the archive keeps the printed text, so OCR
misreadings stay.  What we do fix is typesetting noise the OCR introduced:

* half-width punctuation next to Chinese becomes the full-width form the paper
  printed (``,`` → ``，``, ``(…)`` → ``（…）``, ``"…"`` → ``“…”`` when the quotes
  pair up unambiguously);
* spaces between Chinese characters that come from justified column lines are
  removed, while spaces inside short slogans (“匠心铸梦 智领未来”) and between
  names in bylines are kept;
* lines broken mid-word are joined by :func:`join_pieces` with nothing between.

Every function maps printed characters one-to-one (a half-width mark to its
full-width twin) or drops whitespace, which is what the "nothing lost" tests check.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
FW_PUNCT = "，。、；：？！“”‘’（）《》〈〉【】—…·「」『』％"
_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
_HALF_MARK = re.compile("[,;:?!]")  # a key of _HALF_TO_FULL
# a sentence's end, a dateline's 电） and a jump line's 下转第3版 (（下转第3版）, 转第2版): a story's part on the
# page ends at its jump line, which nothing of its sentence follows
_TERMINAL = re.compile(r"(?:[。！？!?…]|电[）)]|转第? ?[\d一二三四五六七八九十]{1,3} ?版[）)】〕]?)[”’」』）)》]*$")
_CJK_RE = re.compile(f"[{CJK}]")


# The paper's own marker words (本报讯, 本报记者, 通讯员, a dateline 本报重庆9月25日电, 上接第…版, a source
# line's 转自《…》): one
# word each, that no printed space parts, so a space the OCR put inside one (本 报讯, 本报重 庆9月25日电:
# a justified line's wider gap) is noise.  Closed at the door, so every later stage knows the marker.
_MARKER_WORDS = re.compile(
    r"本 ?报 ?(?:特 ?约 ?)?(?:记 ?者|通 ?讯 ?员|讯)|本 ?报 ?(?:[\u4e00-\u9fff] ?){1,8}?\d{1,2} ?月 ?\d{1,2} ?日 ?电"
    r"|记 者|通 ?讯 ?员|[上下] ?[接转] ?第|摄 ?影 ?报 ?道|转 自(?= ?《)")


# 本报 opening a line (or a bracketed dateline) before more Chinese: a lead or dateline whose date a
# line break cut off (本报 重庆9月 | 25日电…), which :data:`_MARKER_WORDS` cannot see whole on one line
_LINE_LEAD = re.compile(r"^(\s*[（(]?)本 ?报 ?(?=[\u4e00-\u9fff])")


# spaces around a date's or a page number's figures (9 月 25 日, 2025 年, 第 3 版, 本报重庆 9 月 25 日电), as text set
# with a space between Chinese and ASCII characters (web editors, "pangu" spacing) prints them
_SPACED_FIGURE = re.compile(r"(?<=\d) +(?=[年月日号版期])|(?<=[年月第]) +(?=\d)"
                            r"|(?<=[\u4e00-\u9fff]) +(?=\d{1,2} *月 *\d{1,2} *日)")


def close_figure_spaces(text: str) -> str:
    """``text`` without spaces inside a date or a page number (9 月 25 日 → 9月25日, 第 3 版 → 第3版).

    Why: a date is one word however it was spaced, and every rule that finds a lead (本报重庆9月25日电), a
    dateline, a lead on its date (9月24日，…) or a jump line reads it unspaced; set with spaces between the
    figures and the Chinese around them, none was found, and a story's lead ran on into the story above.
    Only spaces go."""
    return _SPACED_FIGURE.sub("", text) if " " in text else text


def close_marker_words(line: str) -> str:
    """``line`` with the spaces inside the paper's marker words (:data:`_MARKER_WORDS`) dropped."""
    if " " not in line:
        return line
    return _MARKER_WORDS.sub(lambda m: m.group().replace(" ", ""), _LINE_LEAD.sub(r"\1本报", line))


# A page's running head or foot, printed on every page of a paper and carried into the page text where
# an engine prints several pages in one file: a page number set off by rules or as 第5版 (- 5 -, — 5 —),
# or the paper's name line with the date and the page or weekday (工人日报 2025年11月14日 星期五 第3版).
_FOLIO = re.compile(r"^(?:[-—–－─]+ ?\d{1,3} ?[-—–－─]+|第 ?\d{1,3} ?[版页])$")
_NUMBER = re.compile(r"^\d{1,3}$")
_RUNNING_HEAD = re.compile(r"^[^，。；！？,;!?]{0,20}\d{4}年\d{1,2}月\d{1,2}日[^，。；！？,;!?]{0,12}"
                           r"(?:第 ?\d{1,3} ?版|星期[一二三四五六日天])[^，。；！？,;!?]{0,12}$")


# The other boxes of a page's header strip, which box-based engines print a line each beside the folio:
# the paper's name alone (a Chinese paper's name ends in 日报, 晚报, 周报, 生活报 …: 工人日报, 劳动午报) and the page's
# editor credits (责任编辑：王娜, 本版编辑：李丹 陈晓, 责编：张宇, 美术编辑…), printed on every page.
_PAPER_NAME = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:日报|晚报|早报|午报|周报|时报|商报|导报|生活报|青年报|法治报|法制报)$")
_EDITORS = re.compile(r"^(?:责任编辑|本版编辑|美术编辑|版式设计|责任校对|责编|美编|校对)[：:]\s*[\u4e00-\u9fff]{2,4}"
                      r"(?:[ \u3000、，,]+[\u4e00-\u9fff]{2,4}){0,3}$")
# A page's staff credits, at its foot or under an item (a section's own editor): one to four roles, each with
# one to three names, on one line, now and then in brackets (责任编辑：王娜　版式设计：刘洋　校对：赵敏,
# （本版编辑 张宇 美编：吴昊）).  A role, a colon or a space, and names, with no verb nor mark of running text:
# no sentence is so.
_ROLE = r"(?:责任编辑|本版编辑|本版责编|美术编辑|版式设计|版面设计|责任校对|责编|美编|编辑|校对|版式|制图|组版)"
_NAMES = r"[\u4e00-\u9fff]{2,4}(?:[ \u3000、，,]{1,2}[\u4e00-\u9fff]{2,4}){0,2}"
_CREDIT = rf"{_ROLE}(?:[：:][ \u3000]*|[ \u3000]+){_NAMES}"  # the role parted from the name (编辑说明 is a heading)
STAFF_CREDITS = re.compile(rf"^(?:[（(]?{_CREDIT}[）)]?[ \u3000、，,；;]*){{1,4}}$")
# a page's furniture line: an advertisement's label or contact, a subscription's (登报咨询电话：63522410, 广告)
FURNITURE = re.compile(r"^(广告|广\s*告|登报咨询电话|广告热线|广告咨询|订阅热线|邮发代号|本版责编|责任编辑)")
# such a line whole, nothing but the label and its number (read after a sentence a line runs it on to)
FURNITURE_LINE = re.compile(r"(?:广\s*告|(?:登报咨询电话|广告热线|广告咨询|订阅热线|邮发代号)[:：]?[\d\-－ ]*)")
# a credit's start: a role and its colon, or a role, a name and a space before more (本版编辑　王娜 美编 王 | 娜…: a
# credit line the wrap cut inside its last name, which no line of running text opens so)
STAFF_OPENS = re.compile(rf"^[（(]?(?:{_ROLE}[：:][ \u3000]*[\u4e00-\u9fff]"
                         rf"|{_ROLE}[ \u3000]+[\u4e00-\u9fff]{{2,4}}[ \u3000、，,])")
_DATE_LINE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日(?: ?星期[一二三四五六日天])?$")


def _strip_neighbours(lines: list[str], printed: list[int], found: set[int]) -> set[int]:
    """The lines of the header strips the ``found`` folio lines stand in: the printed lines next to one
    (and next to those; blank lines between do not count), while each is the paper's name, an editor
    credit or a bare date.  A date without its weekday joins only a strip that holds the paper's name:
    a letter or a notice ends on a bare date too (…甲市总工会 / 2025年9月26日 / 第3版), and that date is
    the article's last line, while a masthead prints the date beside the paper's name or with 星期."""
    def grow(bare_dates: bool) -> set[int]:
        strip, todo = set(found), sorted(found)
        while todo:
            k = pos[todo.pop()]
            for j in (k - 1, k + 1):
                if 0 <= j < len(printed) and (i := printed[j]) not in strip and (
                        _PAPER_NAME.match(t := lines[i].strip()) or _EDITORS.match(t)
                        or _DATE_LINE.match(t) and (bare_dates or "星期" in t)):
                    strip.add(i)
                    todo.append(i)
        return strip

    pos = {i: k for k, i in enumerate(printed)}
    strip = grow(bare_dates=True)
    return strip if any(_PAPER_NAME.match(lines[i].strip()) for i in strip) else grow(bare_dates=False)


def folio_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines that are a page's running head or foot (:data:`_FOLIO`, :data:`_RUNNING_HEAD`),
    and of bare page numbers (1–3 digits alone on a line) where one opens or closes the page or the
    same number stands alone on two lines or more: not an article's text, wherever they fall (between
    two lines of a sentence where a page break cut it).  With them, the lines of the same header strip
    read a box a line (:func:`_strip_neighbours`): the paper's name, the editors, the date, each a line
    right above or below a folio line."""
    printed = [i for i, line in enumerate(lines) if line.strip()]
    bare = [i for k, i in enumerate(printed) if _NUMBER.match(lines[i].strip()) and not _number_cut(lines, printed, k)]
    twice = {lines[i].strip() for i in bare if sum(1 for j in bare if lines[j].strip() == lines[i].strip()) > 1}
    found = {i for i in printed if _FOLIO.match(t := lines[i].strip()) or len(t) <= 40 and _RUNNING_HEAD.match(t)
             or i in bare and (t in twice or i in (printed[0], printed[-1]))}
    found -= _jump_ends(lines, printed, found)
    return _strip_neighbours(lines, printed, found) if found else found


def _number_cut(lines: list[str], printed: list[int], k: int) -> bool:
    """Is the bare number on printed line ``k`` the first part of a longer one a narrow column cut (力争到 | 202 |
    5年末): as long as the line above it (a full line of the column, not a number set apart), or a character or two
    shorter under a line whose sentence goes on (每年组织 | 100 | 0人次: a column of three to five characters,
    whose lines differ by as much), and over a line that opens on a digit?  A page number is set apart, and the
    text after it does not go on its digits; a column of three characters cuts every year (2025) so, and the
    same 202 stands alone many times."""
    if k == 0 or k + 1 >= len(printed):
        return False
    above, t, below = (lines[printed[m]].strip() for m in (k - 1, k, k + 1))
    # (a run of page numbers, 3 | 7 | 10, set after the page's text: numbers each, none a column line)
    return ((len(above) == len(t) or len(t) < len(above) <= len(t) + 2 and not is_terminal(above))
            and not above.isdigit() and below[:1].isdigit() and not _NUMBER.match(below))


# a line ending on a jump or continuation line's first words after a sentence's end or a bracket (…思想动力。下转,
# （上接): the column cut that line there (not 运转, 对接: words a sentence ends a line on)
_JUMP_CUT = re.compile(r"(?:(?:^|[。！？!?”’」』）)])[（(【〔]?下?转|[（(【〔][下上]?[转接]?)$")


def _jump_ends(lines: list[str], printed: list[int], found: set[int]) -> set[int]:
    """The 第5版 lines among ``found`` that end a jump line (下转 | 第5版) or a continuation line the column
    cut: the rest of printed text the line above began, not a page's folio."""
    above = dict(zip(printed[1:], printed))
    return {i for i in found if i in above and re.match(r"第 ?\d", lines[i].strip())
            and _JUMP_CUT.search(lines[above[i]].rstrip())}


# A subhead's length at most, in characters: a subhead over a story's text is a phrase or two; a longer
# headline-shaped line over text heads an item of its own.
SUBHEAD_LENGTH = 12


# The Unicode blocks of the shapes papers print before a headline, a column label or a source line as
# decoration (■ 标题, ◆标题, ●, ▲, ★, ☆, ▶, ►, →, ✦, ⬛): Arrows, Geometric Shapes, Miscellaneous Symbols,
# Dingbats, Miscellaneous Symbols and Arrows.  A block, not a list of glyphs: any shape an OCR engine keeps
# there is a mark, none of them a word of the line.
_DECORATION_BLOCKS = ((0x2190, 0x21FF), (0x25A0, 0x25FF), (0x2600, 0x26FF), (0x2700, 0x27BF), (0x2B00, 0x2BFF))
_SPACES = " \t\u3000"


def is_decoration(ch: str) -> bool:
    """A symbol (Unicode category S*) from a block of shapes, arrows and dingbats: a printed decoration."""
    return (len(ch) == 1 and any(lo <= ord(ch) <= hi for lo, hi in _DECORATION_BLOCKS)
            and unicodedata.category(ch).startswith("S"))


@lru_cache(maxsize=65536)
def decoration(text: str) -> str:
    """The decoration a line opens on (its leading shapes and the spaces after them), "" if none.

    Why one place: the line's role (headline, column label, 转自 source, byline, dateline, lead) is read
    from its first words, and a mark in front hides them; every classifier reads :func:`undecorated`,
    while the line itself, mark and all, is what the article keeps (the mark is printed).  Cached: every
    classifier asks it of the same lines."""
    i = len(text) - len(text.lstrip(_SPACES))
    start = i
    while i < len(text) and is_decoration(text[i]):
        i += 1
    if i == start:
        return ""
    while i < len(text) and text[i] in _SPACES:
        i += 1
    return text[:i]


def undecorated(text: str) -> str:
    """The line as its words read, without a leading decoration (:func:`decoration`)."""
    return text[len(decoration(text)):]


def is_cjk(ch: str) -> bool:
    """True for a Chinese character."""
    return bool(_CJK_RE.match(ch))


def cjk_pairs(text: str) -> set[str]:
    """The text's pairs of adjacent Chinese characters: the words two short texts share, roughly (a
    column label and the headline it names)."""
    return {text[i:i + 2] for i in range(len(text) - 1) if cjk_count(text[i:i + 2]) == 2}


def cjk_count(text: str) -> int:
    """Number of Chinese characters in ``text``."""
    return len(_CJK_RE.findall(text))


def _wide(ch: str) -> bool:
    return is_cjk(ch) or ch in FW_PUNCT


def open_brackets(text: str) -> int:
    """How many round brackets (full or half width) ``text`` opens and does not close (negative: closes more than
    it opens): a lead's credit in brackets is one printed run, however a wrap or a box cut it."""
    return text.count("（") + text.count("(") - text.count("）") - text.count(")")


@lru_cache(maxsize=65536)
def is_terminal(text: str) -> bool:
    """Does ``text`` end a sentence (。！？…, possibly followed by closing quotes)?  (Cached: every stage
    asks it of the same lines and paragraphs again and again.)"""
    return bool(_TERMINAL.search(text.rstrip()))


def _convert_quotes(text: str, straight: str, opening: str, closing: str) -> str:
    """Pair straight quotes as opening/closing when their count is even."""
    if straight not in text or text.count(straight) % 2 or not _CJK_RE.search(text):
        return text
    out, open_ = [], True
    for ch in text:
        if ch == straight:
            out.append(opening if open_ else closing)
            open_ = not open_
        else:
            out.append(ch)
    return "".join(out)


def _pair_on_line(line: str, straight: str, opening: str, closing: str) -> str:
    """``line`` with each ``straight`` quote that a curly quote beside it on the line pairs: the next
    quote on the line is a ``closing`` one (so this one opens), or the one before is an ``opening`` one
    (so this one closes)."""
    marks = [i for i, ch in enumerate(line) if ch in (straight, opening, closing)]
    out = list(line)
    for n, i in enumerate(marks):
        if out[i] != straight:
            continue
        after = out[marks[n + 1]] if n + 1 < len(marks) else ""
        before = out[marks[n - 1]] if n else ""
        if after == closing:
            out[i] = opening
        elif before == opening:
            out[i] = closing
    return "".join(out)


def pair_mixed_quotes(lines: list[str]) -> list[str]:
    """On a page that prints curly quotes, straight ones beside them paired by the curly quote next to them
    on their line (上海发布"劳模工匠助企行”三年: the straight one opens what ” closes).

    Why: an engine that reads a page's quotes now curly, now straight leaves a pair with one of each,
    which :func:`punctuate` (pairing straight quotes by their count) cannot pair: the later stages read an
    open quote there and run the headline on into the text below.  The straight and the curly quote are one
    printed mark (as :func:`punctuate` makes “” of a pair of straight ones); one with no curly quote beside
    it on its line is left to :func:`punctuate`."""
    page = "".join(lines)
    pairs = [(q, a, b) for q, a, b in (('"', "“", "”"), ("'", "‘", "’")) if q in page and (a in page or b in page)]
    if not pairs:
        return lines
    out = []
    for line in lines:
        for q, a, b in pairs:
            if q in line:
                line = _pair_on_line(line, q, a, b)
        out.append(line)
    return out


def _convert_parens(text: str) -> str:
    """Turn ``(…)`` into ``（…）`` when the bracketed text is Chinese."""
    if "(" not in text and "（" not in text:
        return text  # no bracket opened: nothing to turn
    chars = list(text)
    stack: list[int] = []
    for i, ch in enumerate(chars):
        if ch in "(（":
            stack.append(i)
        elif ch in ")）" and stack:
            start = stack.pop()
            inner = "".join(chars[start + 1:i])
            if _CJK_RE.search(inner) or chars[start] == "（" or ch == "）":
                chars[start], chars[i] = "（", "）"
    return "".join(chars)


def _neighbour(text: str, i: int, step: int) -> str:
    j = i + step
    while 0 <= j < len(text) and text[j] == " ":
        j += step
    return text[j] if 0 <= j < len(text) else ""


def _convert_marks(text: str) -> str:
    out = None
    for m in _HALF_MARK.finditer(text):  # only these change: the rest of the text is not looked at
        i, ch = m.start(), m.group()
        before, after = _neighbour(text, i, -1), _neighbour(text, i, 1)
        both_digits = before.isdigit() and after.isdigit()
        if (_wide(before) or _wide(after)) and not both_digits:
            out = out or list(text)
            out[i] = _HALF_TO_FULL[ch]
    return "".join(out) if out else text


def punctuate(text: str) -> str:
    """Half-width punctuation around Chinese → full-width; whitespace runs → one space."""
    text = re.sub(r"[ \t\u3000\u00a0]+", " ", text).strip()
    text = _convert_quotes(text, '"', "“", "”")
    text = _convert_quotes(text, "'", "‘", "’")
    text = _convert_parens(text)
    return _convert_marks(text)


def _protected_spans(text: str) -> list[tuple[int, int]]:
    """Short quoted slogans and titles without inner punctuation keep their spaces."""
    spans = []
    for m in re.finditer(r"“[^“”]{1,30}”|《[^《》]{1,30}》", text):
        inner = m.group()[1:-1]
        if not re.search(r"[，。、；：？！,.;:?!]", inner):
            spans.append((m.start(), m.end()))
    return spans


def squeeze_spaces(text: str) -> str:
    """Drop spaces between Chinese characters/punctuation, except in protected spans."""
    if " " not in text:
        return text  # only spaces are dropped
    spans = _protected_spans(text)
    out = []
    for i, ch in enumerate(text):
        if ch == " ":
            before, after = _neighbour(text, i, -1), _neighbour(text, i, 1)
            protected = any(a < i < b for a, b in spans)
            if before in FW_PUNCT or after in FW_PUNCT:
                continue
            if is_cjk(before) and is_cjk(after) and not protected:
                continue
        out.append(ch)
    return "".join(out)


_LEAD_PREFIX = re.compile(r"^(本报(?:讯|[^\s（(]{1,8}?\d{1,2}月\d{1,2}日电))\s*([（(][^（()）]{1,60}[）)])\s*")


def body_text(text: str) -> str:
    """Normalise a body paragraph; a leading 本报讯（…） keeps the spaces between names."""
    text = punctuate(text)
    m = _LEAD_PREFIX.match(text)
    if m:
        head = m.group(1) + m.group(2)
        return head + squeeze_spaces(text[m.end():])
    return squeeze_spaces(text)


def line_text(text: str) -> str:
    """Normalise a headline, byline or credit: punctuation yes, name/phrase spaces kept."""
    return punctuate(text)


def join_pieces(pieces: list[str]) -> str:
    """Join the parts of one paragraph broken across lines: nothing goes between them."""
    return "".join(p.strip() for p in pieces)
