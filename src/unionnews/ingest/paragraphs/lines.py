"""What a line of page text is, whatever its layout: the Chinese line-breaking rules
(marks no line begins or ends with), OCR markup and column labels, a line's
printed width, whether it opens an item or has a headline's shape, and how two
lines join into one paragraph.  Shared by the layouts' modules.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from unionnews.ingest import byline as bl
from unionnews.ingest.continuity import OPENERS
from unionnews.ingest.normalize import STAFF_CREDITS, is_terminal, open_brackets, undecorated


# Chinese line-breaking rules (GB/T 15834, JIS X 4051 kinsoku): marks no line may begin or end with
NO_START = set("，。、；：？！）」』》〉】…％,.;:?!)")
NO_END = set("（「『《〈【“‘(")
# closing quotes: no line begins with one either (GB/T 15834), kept apart from NO_START because a closing
# quote at a full column line's start is weighed on its own there (it may close a quote a cut line opened)
CLOSING_QUOTES = set("”’")
_MARKUP = re.compile(r"^(#{1,6})\s+")
_LABEL = re.compile(r"^>>|<<$")  # a column label (>> 北京经验 <<), or a piece of one: never joined
_INDENT = re.compile(r"^(?:\u3000|\t|\s{2,})")  # a tab is an indent of its own
_PAIRS = (("《", "》"), ("（", "）"), ("(", ")"), ("“", "”"), ("「", "」"), ("『", "』"), (">>", "<<"))
_SENTENCE_MARK = re.compile(r"[，。；！？,;!?]")

_CLAUSE_MARK = re.compile(r"[，。、；：！？,;:!?]")

SOFT = "soft"  # a paragraph break the text does not settle: the reading-order stage decides
# words that open a sentence by pointing back at the text before it (此次活动是…, 对此…): never a headline's
# first words, since a headline stands on its own
_REFERS_BACK = ("此次", "这次", "此前", "对此", "为此", "由此") + OPENERS


@dataclass(frozen=True)
class Paragraph:
    """One paragraph: its text (lines joined, OCR markup kept on the first) and its file lines."""

    text: str
    lines: tuple[int, ...]
    blanks: int  # blank lines before it in the file (0: none)


# a number and the measure word that counts what follows it (1438名 | 职工…, 11家 | 企业…); 人, 次, 元, 岁 and
# the like are counts complete in themselves (超3万人次, 95元), and 第… is a rank (获得第8名)
_COUNT_END = re.compile(r"(?<!第)(?<![\d.])\d+(?:\.\d+)?[万亿千百]?[名个家项位条台件座所批支]$")


def _count_cut(ca: str, cb: str) -> bool:
    """Does ``ca`` stop on a number and its measure word (…1438名), ``cb`` beginning with Chinese text?  A
    measure word counts the noun after it: what was counted is the next line's first words, so the two
    are one printed run wherever the line was cut."""
    return bool(_COUNT_END.search(ca)) and re.match(r"[\u4e00-\u9fff]", cb) is not None


@lru_cache(maxsize=65536)  # asked of the same lines again for every break weighed
def _measure(line: str) -> int:
    """How much of the column a line fills: its characters after any markup, indent included.

    A single space the OCR printed at either end of the line (the word space of 广东 当韶关
    falling on the break) took a place in the column and counts; a run of spaces (an indent,
    padding) does not.
    """
    text = _MARKUP.sub("", line.lstrip(" \t"))
    core = text.rstrip()
    size = len(core)
    if text[len(core):] == " " and core:
        size += 1
    if line[:1] == " " and line[1:2].strip() and not _MARKUP.match(line.lstrip()):
        size += 1
    return size


def pushed_down(a: str, size: int, width: int, b: str) -> bool:
    """Is line ``a``, ``size`` wide in a column ``width`` wide and one or two short of it, a full line whose last
    characters went down to the next line ``b`` with the mark no line may start with that followed them?

    Why: Word and WPS with punctuation overflow off (推出, the default in many templates) never hang a mark past
    the column's edge: a line that would start on ，。、）… ends a character early instead, and that character
    opens the next line, the mark after it (…同 | 时，…).  The short line is a full one, not a paragraph's end.
    The signature is exact: the mark stands where the next line would have begun had the line been full
    (``b[k]``, ``k`` the characters missing), after a character that is no mark; two short only where a second
    character had to go too: an opening mark that may not end a line before it (“她”), or a mark before the
    mark (…X。）).  Not after a finished sentence: a paragraph's last line that happens to be one short, then a
    paragraph opening on a word and a comma (是，…), is the one case that looks alike, and a pushed character
    seldom follows a full stop."""
    k = width - size
    text = _content(b)
    if k not in (1, 2) or len(text) <= k or is_terminal(_content(a)):
        return False
    marks = NO_START | CLOSING_QUOTES
    if text[k] not in marks or text[0] in marks or text[0] in NO_END and k == 1:
        return False
    return k == 1 or text[0] in NO_END or text[1] in marks


@lru_cache(maxsize=65536)  # asked of the same lines again for every break weighed
def _content(line: str) -> str:
    """The printed text of a line: no markup, no indent, no trailing space."""
    return _MARKUP.sub("", line.strip()).strip()


def _words(line: str) -> str:
    """The line's words, as its role is read from them: its text without a decoration printed before them
    (■ 优秀成果集中亮相 is a subhead's phrase, ★转自《中工网》 a source line); :func:`_content` keeps the mark."""
    return undecorated(_content(line))


def _balanced(text: str) -> bool:
    """No quote left open: headlines close what they quote (straight quotes counted in pairs, and paired with a
    curly one on a page that prints both forms: :func:`_quotes_closed`)."""
    return _quotes_closed(text)


def _opens(text: str) -> bool:
    """Does the line stop on an opening mark, or leave a bracket or title mark open?"""
    text = text.rstrip()
    if not text:
        return False
    if text[-1] in NO_END or text.endswith(("——", "、")):
        return True
    # a round bracket of either width closes its pair: an OCR engine or a typist sets each full- or half-width on
    # its own ((上接第1版）, 本报讯（记者李明)), and counted by width such a pair reads as one left open
    return open_brackets(text) > 0 or any(text.count(a) > text.count(b) for a, b in _PAIRS[:1] + _PAIRS[6:])


def _starts_item(text: str) -> bool:
    """A line that opens an item whatever precedes it: OCR markup, a column label, a lead
    (本报讯（…）, 本报重庆9月25日电), a 上接 marker, a dateline or a source line."""
    t = undecorated(text.strip())
    return bool(_MARKUP.match(t) or _LABEL.search(t) or bl.LEAD.match(t) or t.startswith(("（本报", "(本报"))
                or bl.CONTINUED.match(t) or bl.SOURCE.match(t))


def _whole_line_item(text: str) -> bool:
    """A line that is a photo credit or a byline of names as it stands."""
    t = _words(text)
    return bl.is_credit(t) or (bl.is_byline(t) and not bl.parse_names(t).doubts)


def _per_line(lines: list[str], share: float = 0.5) -> bool:
    """One paragraph per line: lines followed by another line mostly end a sentence or are short.

    ``share``: how many must.  Half on a page with blank lines; on a page without any, a third: the
    column pieces of a page printed out of order (one piece a line, cut mid-sentence) pull the share
    down there, while lines re-broken at random widths end on a sentence's end only where the cut
    falls on one by chance (about one line in five) and stay well below it."""
    ends = [_content(lines[i]) for i in range(len(lines) - 1) if lines[i].strip() and lines[i + 1].strip()]
    if not ends:
        return True
    done = sum(1 for t in ends if is_terminal(t) or _whole_line_item(t))
    return done >= share * len(ends)



def rewrapped(lines: list[str], share: float = 1 / 3) -> bool:
    """Were the page's paragraphs re-broken at a width: does at least a third of its printed lines (``share``) run
    on into the next line, no blank between?

    Why: a page that parts its paragraphs by blank lines may print each paragraph on one line, and then only a
    headline set in two or three lines runs on (a tenth of the lines or fewer); a page re-wrapped at any width runs
    on most lines of each paragraph (two in five even where stray blanks cut it often).  Only on the second are the
    lines a blank sets apart pieces cut at any width; a whole paragraph is no piece, and reading it as one joins it
    on a chance word across its ends."""
    printed = sum(1 for line in lines if line.strip())
    runs = sum(1 for a, b in zip(lines, lines[1:]) if a.strip() and b.strip())
    return printed > 0 and runs >= share * printed


_ROLES = ("本报特约通讯员", "本报特约记者", "本报通讯员", "本报记者", "通讯员", "记者")


def _role_alone(text: str) -> bool:
    """Is the paragraph a role word and nothing else (本报记者, 通讯员)?  A byline names who wrote it: a role with no
    name after it is no byline yet, and no paragraph ends on one."""
    return _content(text) in _ROLES


def _name_ends_before_role(so_far: str, b: str) -> bool:
    """Is ``b`` the rest of a byline a stray blank line cut inside a name (本报记者 李昱 | (blank) | 霖 本报通讯员
    方淑琴): a byline paragraph so far, and a line opening on one to three characters, a space and a role word
    (or its first characters, 本报通讯, the line cut again)?  A byline fills a narrow column's line, so the
    column cuts its names as it cuts words; no line of text opens on a name's end and a reporter's role."""
    return bool(bl.BYLINE_START.match(_content(so_far))) and names_end_then_role(_content(b))


def names_end_then_role(text: str) -> bool:
    """Does ``text`` open on one to three characters, a space and a role word (or its first characters): the rest
    of a byline a line break cut inside a name (霖 本报通讯员 方淑琴), whose space parts a name from a role?"""
    m = re.match(r"[\u4e00-\u9fff]{1,3}[ \u3000]+(\S+)", text)
    return bool(m) and len(m.group(1)) >= 2 and any(role.startswith(m.group(1)[:len(role)]) for role in _ROLES)


@lru_cache(maxsize=65536)  # asked of the same lines again for every break weighed
def _byline_goes_on(a: str, b: str, names: bool = True) -> bool:
    """Is line ``b`` the rest of the byline line ``a`` began: a role word spanning the break
    (本报记者 李明 本报通 | 讯员 王芳), or names after it that still make one byline?"""
    ca, cb = _content(a), _content(b)
    if any(ca.endswith(role[:k]) and cb.startswith(role[k:]) for role in _ROLES for k in range(1, len(role))):
        return True
    return names and bool(bl.BYLINE_START.match(ca)) and _whole_line_item(_join(ca, a, b))


def _split_dash(ca: str, cb: str) -> bool:
    """Is a dash (——, two characters wide, printed as one mark) cut in two between the lines?  No
    line may end on half of it (GB/T 15834), so only a break inside it, such as a stray blank line,
    puts one half on each side."""
    tail = len(ca) - len(ca.rstrip("—"))
    return tail % 2 == 1 and cb.startswith("—")


REPEAT_MIN = 4  # characters: a shorter run may be said twice on purpose (研究 | 研究, 一步 | 一步)


def repeated_across(ca: str, cb: str) -> bool:
    """Does ``cb`` open on the very words ``ca`` ends on, four characters or more (…为辖区11家企事业单位1438名职工 |
    1438名职工获赠医疗互助保障)?  Running text never says a phrase twice in a row: the next line is a new paragraph
    that names it again (a subtitle under a lead the OCR read twice, a headline restating the text's last words)."""
    a, b = ca.replace(" ", ""), cb.replace(" ", "")
    return any(a.endswith(b[:n]) for n in range(REPEAT_MIN, min(len(a), len(b)) + 1)
               if re.search(r"[\u4e00-\u9fff]", b[:n]))


def _credit_cut(so_far: str, raw_a: str, raw_b: str) -> bool:
    """Do the paragraph so far and the next line make a photo credit (本报记者 陈艺 | 摄) that the
    paragraph alone is not, or a longer one (本报记者 陈艺 摄 | 影报道)?  A credit is one short line: a blank line
    inside it is a stray one, and its 摄 (or 影报道) left alone would be read as the first word of the next item.
    A single name counts only before a lone 摄 (赵思远 | 摄): no paragraph is that one character."""
    text, rest = _content(so_far), _content(raw_b)
    if rest and bl.is_credit(text) and text.endswith("摄") and "影报道".startswith(rest):
        return True  # …金宇 摄 | 影报道: the credit's 摄影报道 cut after 摄; no line of text begins with its rest
    lone = bool(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", text)) and _content(raw_b) == "摄"
    if bl.is_credit(text) or not (bl.BYLINE_START.match(text) or bl.is_names_only(text) or lone):
        return False
    # a credit's role mark (刘欣欣 | /文 陈艺/摄): no line of text begins with /文 or /摄, so the credit goes on
    return bl.is_credit(_join(text, raw_a, raw_b)) or bool(re.match(r"/[文摄]", _content(raw_b)))


# a measure word or unit after a number (近500 | 名职工, 5 | 万元): a number and what it counts are one word
# to a typesetter, never parted at a line's end
_COUNTED = r"(?:名|个|位|人|家|项|次|件|余|多|万|亿|千|百|元|岁|届|批|场|条|种|所|台|辆|吨|倍|%|％)[\u4e00-\u9fff，、]"


def _completed_across(ca: str, cb: str, so_far: str = "") -> bool:
    """Do the two lines make a lead (本报厦门9月25日电), a lead's credit (本报讯（记者 | 白莹）), a title in
    《》 (转自《中工 | 网》), a jump line (【下转第 | 5版】) or a date (9月 | 25日) that neither holds whole?
    ``so_far``: the paragraph up to ``ca`` (markup removed), for a credit that more than one blank line cut
    (本报讯（记 | 者李明 通讯员王 | 芳）…):
    the paragraph is then a lead whose bracket is still open, and ``cb`` closes it."""
    if bl.LEAD.match(ca + cb) and not bl.LEAD.match(ca):
        return True
    lead = bl.LEAD.fullmatch(ca)
    if lead and not lead.group("inner") and re.match(r"[（(][^（()）]{1,60}[）)]", cb) and bl.LEAD.match(ca + cb).group("inner"):
        return True  # 本报讯 | （记者 白莹）近日…: the lead's credit, in brackets right after it, is one printed run
    if bl.CONTINUED.match(ca + cb) and not bl.CONTINUED.match(ca):
        return True  # （上接第1 | 版）: the marker is one printed line
    m = bl.DATELINE.search(ca + cb)
    if m and m.start() < len(ca) < m.end() and not bl.DATELINE.search(ca):
        return True  # …说。（本报福 | 州11月13日电）: a dateline is one printed run
    m = bl.JUMP_END.search(ca + cb)
    if m and m.start() < len(ca) < m.end() and not bl.JUMP_END.search(ca):
        return True  # 【下转第 | 5版】: so is a jump line
    if ca.count("《") > ca.count("》") and re.match(r"[^《》]{0,12}》", cb):
        return True  # 转自《中工 | 网》: a title the line opened, closed at the next (no title mark is a line's end)
    if _credit_open(ca, so_far):
        return bool(re.match(r"[^（(]*[）)]", cb))  # 本报讯（记者 | 白莹）7月28日…: the credit closes
    # a date (9月 | 25日), an anniversary or age (成立100 | 周年), or a number a blank line cut (电话：635224 | 10):
    # typesetters never break a number across lines, so no printed line, and no column the OCR cut, ends inside one
    return bool(re.search(r"\d$", ca) and re.match(r"\d*(?:[年月日号]|周年|周岁)|\d|" + _COUNTED, cb)) or bool(
        re.search(r"\d+[年月]$", ca) and re.match(r"\d", cb))


def _credit_open(ca: str, so_far: str = "") -> bool:
    """Is the paragraph that ends with line ``ca`` (``so_far``: the paragraph up to it) a lead whose credit
    bracket is still open (本报讯（记者 | …)?"""
    lead = so_far if bl.LEAD.match(so_far) and so_far.endswith(ca) else ca
    return bool(bl.LEAD.match(lead)) and open_brackets(lead) > 0


def _credit_closes_below(lines: list[str], i: int, j: int, so_far: str = "") -> bool:
    """Does a lead's credit that line i leaves open (本报讯（记者) close in the run of lines from line j on, before
    any blank line and within 30 characters, with no bracket opened first (本报讯（记者 | (blank) | 田国垒 通讯 |
    员燕飞）“深夜…)?  A credit is one printed run: the narrow column that broke it twice is no paragraph's end,
    and left apart, the lead's first words stand alone as a headline line."""
    return _credit_open(_content(lines[i]), so_far) and bool(re.match(r"[^（()）]{1,30}[）)]", _run_from(lines, j)))


def _credit_follows(lines: list[str], i: int, j: int) -> bool:
    """Is line i a lead's marker alone (本报讯), and does the credit that line j opens close in the run of lines
    from j on, within 30 characters and before any blank line (本报讯 | （记者叶小钟 通讯 | 员李治文 陈玮立）近日…)?
    The credit is printed right after its marker: a wrap that cut the two apart leaves the marker a line that
    no paragraph is, and the credit's pieces a byline's shape of their own."""
    lead = bl.LEAD.fullmatch(_content(lines[i]))
    if lead is None or lead.group("inner") or _content(lines[j])[:1] not in "（(":
        return False
    return bool(re.match(r"[（(][^（()）]{1,30}[）)]", _run_from(lines, j, 3, items=False)))


def _run_from(lines: list[str], j: int, most: int | None = None, items: bool = True) -> str:
    """The text of the printed run from line ``j`` on (``most`` lines at most): up to a blank line, or with
    ``items``, to a line that starts an item."""
    run = ""
    for line in lines[j:None if most is None else j + most]:
        if not line.strip() or items and _starts_item(line):
            break
        run += _content(line)
    return run


def _printed_across(ca: str, cb: str, text: str, right: int = 1) -> bool:
    """Do two characters or more of ``ca``'s end and ``right`` or more of ``cb``'s start read, together, as
    four or more characters printed in ``text`` (中铁五局工匠学院由中铁五 | 局与…: 中铁五局 is printed at the
    line's start)?  A name the text gives again is one printed word however rare: a line break inside it
    cut the word, as a dictionary word across would show for a common one."""
    return any(ca[-k:] + cb[:m] in text for k in range(2, min(len(ca), 6) + 1)
               for m in range(right, min(len(cb), 6) + 1) if k + m >= 4)


def _join(left: str, raw_left: str, raw_right: str) -> str:
    """Two printed lines of one paragraph: nothing between them, except a space the OCR printed
    at the break (between names in a byline) and one between Latin letters."""
    right = _content(raw_right)
    spaced = raw_left[-1:] in (" ", "\t") or (raw_right[:1] in (" ", "\t") and not _INDENT.match(raw_right))
    if spaced or (re.search(r"[A-Za-z]$", left) and re.match(r"[A-Za-z]", right)):
        return left + " " + right
    return left + right


# the most characters of a headline block read as one paragraph: a headline and its subtitle (or kicker) run
# together, two headline lines (as the segmenter reads a headline line: at most 50 characters)
HEADLINE_BLOCK = 50


def headline_shaped(text: str, limit: int = 30) -> bool:
    """Short, without sentence punctuation, no quote or bracket left open: a headline's shape.  ``limit``: the
    most characters (a headline line's; :data:`HEADLINE_BLOCK` for a headline and its subtitle run together)."""
    t = _words(text)
    return (0 < len(t) <= limit and not _SENTENCE_MARK.search(t) and not _starts_item(text)
            and not _whole_line_item(t) and not t.endswith(("。", "！", "？")) and not _opens(t)
            and _quotes_closed(t))


def _quotes_closed(t: str) -> bool:
    """Are the double quotes of ``t`` closed: as many closing as opening, a straight one either (a page
    that prints both forms, 暖"新”祝福, pairs a straight quote with a curly one)?"""
    n = t.count("“") + t.count("”") + t.count('"')
    return n % 2 == 0 and t.count("“") <= n // 2 and t.count("”") <= n // 2


def _closes(text: str) -> bool:
    """Does a paragraph finish what it says (a sentence end, a photo credit, a dateline, a source, the editors'
    credits a page prints under an item: 本版责编 周立　美编：刘洋)?"""
    t = _words(text)
    return (is_terminal(t) or bl.is_credit(t) or bool(bl.DATELINE.search(t)) or bool(bl.SOURCE.match(t))
            or bool(STAFF_CREDITS.match(t)))


def reads_on_across_blank(paras: list[Paragraph], k: int, file_lines: list[str]) -> bool:
    """Does paragraph k stop at a blank line with text under it that reads on: the paragraph after the blank
    opens no item (markup, lead, byline, credit, 上接 marker) and has no headline's shape (…作为天和齿轮加工机床打 |
    (blank) | 交道的一线工人，我最大的收获…)?  On a page with stray blank lines the paragraph stage parts every
    paragraph at one until the reading order is known, so an end there has text of its own kind right under it
    and says nothing of a column the OCR cut: a chance word elsewhere finishing it is no evidence that the page
    is out of order (read so, its lines are each a paragraph and any short piece may pass for a headline).  An
    end over a headline or an item's start stays evidence: no stray blank explains it."""
    if k + 1 >= len(paras) or not paras[k + 1].blanks:
        return False
    below = paras[k + 1].text
    first = file_lines[paras[k + 1].lines[0] - 1]
    return not (headline_shaped(below) or _starts_item(first) or _whole_line_item(_content(first)))
