"""A short item boxed inside another story's column, read into the middle of that column.

Why: an engine reading a column from top to bottom meets a framed brief (a headline, a few lines of text, a
photo credit) set inside it and prints it between two of the host story's lines.  Read as it stands, the host's
sentence that stops at the box's top runs on into the box's headline, and its rest into the box's story: one
file mixing two stories, a sentence no page printed.  What singles a box out is the host's sentence going on
*under* it: the line above the box stops mid-sentence in running text, the box opens on a headline's shape and
ends on a sentence's end or a credit, and the line under it cannot open a paragraph or an item but reads on from
the line above the box (:func:`_goes_on`), or, where nothing across the box ties the two lines (a full column
line ending at a word's boundary: …董事、党委 | box | 副书记、…), the box closes on its credit, the last thing a
story prints, and the line under it reads on as a sentence's rest (:func:`_credited`, :func:`_reads_on`).  The
paragraph stage then reads the page with the box's lines after
the page's last line, so the host reads on across it and the box is an item of its own, and says so in review.

A box set right under the host's headline leaves that headline with no lead under it and the host's lead with no
headline over it (:func:`_lead_under_box`); a box whose lead was printed elsewhere has a headline over running text
only, taken in a printed column where what a line break cuts runs across it (a number, a word, a quote the host's
line leaves open), and anywhere between a headline and its lead.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from unionnews.ingest import byline as bl
from unionnews.ingest.continuity import (BOUND, OPENERS, LineRuns, bound_end, closes_list, cut_off, frame_closed,
                                         list_cut, open_list, page_runs, run_across, starts_bound, word_across)
from unionnews.ingest.normalize import STAFF_CREDITS, STAFF_OPENS, folio_lines, is_terminal
from unionnews.ingest.paragraphs.boxes import _fills
from unionnews.ingest.paragraphs.lines import (CLOSING_QUOTES, HEADLINE_BLOCK, NO_START, _REFERS_BACK,
                                             _completed_across, _content, _join, _measure, _opens, _starts_item,
                                             _whole_line_item, headline_shaped)

# a boxed brief is short: a headline and a few lines of text (a framed item of a few hundred characters at most;
# a longer piece is set in columns of its own, never inside another story's)
_BOX_MOST = 320
_BOX_LINES = 40  # the most printed lines a box may take (a short item in the narrowest column)
_CLAUSE = re.compile(r"[，,；;：:]|[。！？](?=.)")  # running text's marks (a headline may print 、)
# the columns a newspaper sets its text in, in characters (11 to two dozen): on a page-wide measure a paragraph has
# few lines and a line's width says little of where it goes on, and in a narrower column credits, names and
# headlines are cut over full lines as running text is, so the width alone is no evidence there
_NEWS_COLUMN = (11, 24)
_BY_WIDTH = "where the column goes on"  # the evidence of the column's width alone (:func:`_goes_on`)
_END = re.compile(r"[。！？!?][”’\"）)]*")
_CLAUSES = re.compile(r"[，,；;：:]")  # the marks parting a sentence's clauses
_ENDS_LINE = re.compile(_END.pattern + r"$")  # a line whose last sentence ends with it
_SENTENCE_END = re.compile(r"[。！？!?；;]")
_RUN_CUT = "printed whole elsewhere on the page"  # a name a line break cut (:func:`_run_cut`)
# the evidence of a box fenced by blank lines under a headline with nothing under it (:func:`_lead_under_box`)
_FENCED = "a blank line under the item's last sentence"
# the evidence of a box fenced by blank lines inside a sentence that nothing else ties across it (:func:`_set_in`)
_SET_IN = "a blank line sets it off on both sides"


@dataclass(frozen=True)
class PageRuns:
    """A page's text for the runs a line break may cut (:func:`_run_cut`): its lines joined, and how many lines
    print each run of four and of three Chinese characters."""

    text: str
    four: LineRuns
    three: LineRuns

    @classmethod
    def of(cls, lines: list[str]) -> PageRuns:
        return _page_runs(tuple(lines))

    def across(self, a: str, b: str) -> str | None:
        """A run of four Chinese characters, else of three, across ``a`` | ``b`` that the page prints whole on
        another line (:func:`continuity.run_across`), or None."""
        return run_across(a, b, self.four) or run_across(a, b, self.three, 3)


@lru_cache(maxsize=2)
def _page_runs(lines: tuple[str, ...]) -> PageRuns:
    """:meth:`PageRuns.of`, made once for the stages that ask of one page's lines (boxed items, headlines read into,
    cut leads): what it answers depends on the lines' text alone, the key."""
    texts = [_content(t) for t in lines]
    return PageRuns("\n".join(texts), page_runs(texts), page_runs(texts, 3))


@dataclass(frozen=True)
class Box:
    """A boxed item's file lines (0-based, first and last) between the host's lines ``above`` and ``below``,
    and the evidence that the host's sentence goes on across it.  ``moved``: the item is taken out of the host's
    column; False where the evidence is the page's blank lines alone (:data:`_FENCED`): the same lines read as a
    kicker over a story's headline, so they are left as printed and the doubt is said."""

    above: int
    first: int
    last: int
    below: int
    why: str
    moved: bool = True


def _open(lines: list[str], i: int) -> bool:
    """Does line ``i`` stop mid-sentence: no sentence end at its end, no credit (a photo's, a byline, the page's
    editors), no item's opening alone?"""
    a = _content(lines[i])
    return bool(a) and not is_terminal(a) and not _credit_line(a) and not (_starts_item(lines[i])
                                                                           and not _CLAUSE.search(a)
                                                                           and not _lead_goes_on(a))


def _lead_goes_on(text: str) -> bool:
    """Does ``text`` open a lead and go on past its credit (本报讯（记者 马超）记者近日): the lead's sentence begun?"""
    m = bl.LEAD.match(text)
    return bool(m) and bool(text[m.end():].strip())


def _credit_line(text: str) -> bool:
    """Is ``text`` a credit line: a photo credit, a byline, or the page's editors (本版编辑：李丹 美术编辑 王娜)?"""
    return _whole_line_item(text) or bool(STAFF_CREDITS.match(text) or STAFF_OPENS.match(text))


def _running(lines: list[str], i: int) -> bool:
    """Is line ``i`` running text, not a headline's line: a clause mark in it, a particle or a word's end opening
    it, or a line of text right above it going on (a clause mark or 、 in it, or no headline's, credit's or item's
    shape)?"""
    a = _content(lines[i])
    if _CLAUSE.search(a.rstrip("，,；;：:")) or starts_bound(a, strict=True) or a.startswith(_REFERS_BACK):
        return True  # (a headline never opens on a word's end or a particle: …激发职 | 的摇篮、展现…; nor on words
        # that refer back to text above it: 此次活动是来宾市总工会与… is a paragraph's first line)
    if not i or not lines[i - 1].strip():
        return False
    up = _content(lines[i - 1])
    if is_terminal(up):
        return False
    return bool(_CLAUSE.search(up) or "、" in up) or not (headline_shaped(up) or _whole_line_item(up)
                                                          or _starts_item(lines[i - 1]))


def _item_text(lines: list[str], first: int, last: int) -> str:
    """The box's lines joined as one paragraph stage would join them."""
    text, prev = _content(lines[first]), lines[first]
    for k in range(first + 1, last + 1):
        if lines[k].strip():
            text, prev = _join(text, prev, lines[k]), lines[k]
    return text


def _closed_item(lines: list[str], first: int, last: int) -> bool:
    """Do the lines ``first``..``last`` (a headline, :func:`_headed`) read as a whole short item: text with a
    sentence end under the headline, the whole ending on a sentence end or a credit (本报通讯员 朱华南 摄), a few
    hundred characters at most?"""
    if _whole_line_item(_content(lines[first])):
        return False
    body = _item_text(lines, first + 1, last) if last > first else ""
    if not body or len(body) + len(_content(lines[first])) > _BOX_MOST or not _END.search(body):
        return False
    ends = list(_END.finditer(body))
    tail = body[ends[-1].end():].strip()
    return not tail or bl.is_credit(tail) or _whole_line_item(tail)


_PAIRS = ("“”", "（）", "()", "「」", "『』", "《》", "【】", "‘’")
_CLOSERS = {close for _, close in _PAIRS}


def _closes_left_open(a: str, under: str) -> str | None:
    """The closing mark in ``under`` (…心坎上。”…) of a quote or bracket that ``a`` leaves open (“这样的活动…我们),
    ``under`` opening none of its kind before it: ``under`` is inside that quote, so it goes on from ``a``."""
    for opener, closer in _PAIRS:
        at = under.find(closer)
        if a.count(opener) > a.count(closer) and at > 0 and opener not in under[:at]:
            return closer
    return None


def _open_marks(text: str) -> int:
    """How many quotes and brackets ``text`` leaves open."""
    return sum(max(0, text.count(o) - text.count(c)) for o, c in _PAIRS)


def _goes_on(lines: list[str], i: int, h: int, j: int, b: int, width: int | None, cut: bool = False,
             runs: PageRuns | None = None, fenced: bool = False) -> str | None:
    """The evidence that line ``b`` goes on with line ``i``'s sentence across the box ``h``..``j``, or None.  By the
    text: ``b`` opens on a mark no line opens on (，、。…), which follows no sentence's end; ``b`` closes a quote or
    bracket ``i`` opened and the box did not; ``i`` and ``b`` make a lead's credit, a date or a number whole; a
    dictionary word across ``i``'s end and ``b``'s start that the break cut (both ends stand alone where printed),
    or across into a line of no headline's shape.  By the column (:data:`_BY_WIDTH`, in a newspaper's column only):
    ``i`` fills the column or stops on a clause mark, so its paragraph goes on, and ``b`` is a line of running
    text (a clause mark, or full).  Never where a word, a date or a number runs across ``i`` and the box's
    headline, or the headline opens on a word's end: the headline's line then reads on from the host's.  Evidence
    past the marks needs ``i`` to be running text (:func:`_running`): a headline's line says nothing of a sentence.
    ``cut``: a box whose headline has no lead under it, where neither the column's width nor a quote is evidence:
    its "headline" may be the quoted words themselves, one printed line a box detector cut in two (“…及时 | 转化运用 |
    并推广开来”。).  ``fenced``: a blank line sets such a box off on both sides (on a page whose blank lines part
    nothing else) and none stands inside it: then no piece of a printed line stands between the blanks, and the
    column's width is evidence again, as for a box with its own lead (the quote still is not).  ``runs``: the
    page's runs of three and four characters (:func:`_run_cut`).  An enumeration ``i`` leaves open on a short
    item (…休息、饮水、充电) that ``b`` closes (等服务。) and the box's headline does not is text evidence as a
    quote is, even on a line of a headline's shape, under a box with its own lead only: a "headline" with none
    may be the list's next item itself (…人社厅、省 | 总工会 | 和产教…)."""
    a, head, under = _content(lines[i]), _content(lines[h]), _content(lines[b])
    if not under or _starts_item(lines[b]) or _credit_line(under):
        return None
    run = _run_cut(a, under, runs) if runs is not None else None
    if run and not _printed_into_head(a, head, runs):
        return f"the run {run} across {a[-1]} | {under[0]}, a line break cut, is {_RUN_CUT}"
    if _into_head(a, head):
        return None  # (a word across the host's line and the headline, or a word's end opening it: it reads on)
    if under[0] in NO_START - _CLOSERS - {"…"}:
        return f"line {b + 1} opens on {under[0]}, which no line opens on"
    box = _item_text(lines, h, j)
    if not cut and under[0] in _CLOSERS | CLOSING_QUOTES and _open_marks(a) and not _open_marks(box):
        return f"line {b + 1} closes the {under[0]} line {i + 1} opens"
    closer = None if cut else _closes_left_open(a, under)
    if closer and not _open_marks(box):
        return f"line {b + 1} closes with {closer} the quote or bracket line {i + 1} leaves open"
    if _completed_across(a, under):
        return f"{a[-2:]} | {under[:2]} is one printed run"
    if not cut and open_list(a) and list_cut(a) and closes_list(under) and not closes_list(head) \
            and not (runs is not None and _printed_into_head(a, head, runs)):
        return f"line {b + 1} closes with {under[0]} the enumeration line {i + 1} leaves open (…{a[-6:]})"
    word = word_across(a, under)
    full = width and width - 1 <= _measure(lines[i]) <= width + 1
    if not (_running(lines, i) or not headline_shaped(a) or full and word and cut_off(a, under)):
        return None  # (a headline's line: the evidence below is no evidence that a sentence goes on, unless it
        # fills the column and stops inside a word, as no headline's line is set)
    if word and cut_off(a, under):
        return f"the word {word} across {a[-1]} | {under[0]}, cut by the line break"
    if word and not headline_shaped(under):
        return f"the word {word} across {a[-1]} | {under[0]}"
    if cut and not fenced:
        return None
    if width and _NEWS_COLUMN[0] <= width <= _NEWS_COLUMN[1] and (full or a[-1] in "，,、；;：:") \
            and _measure(lines[b]) <= width + 1 and (_CLAUSE.search(under) or _measure(lines[b]) >= width - 1) \
            and not under.startswith(OPENERS):  # (此外，…: a paragraph's opening, no sentence's rest)
        return f"line {i + 1} stops mid-sentence {_BY_WIDTH} and line {b + 1} reads on in it"
    return None


def _run_cut(a: str, b: str, runs: PageRuns) -> str | None:
    """A run of four or three Chinese characters across ``a`` | ``b`` that the page prints whole on another line
    (:func:`continuity.run_across`: a name the text gives again), with ``a``'s last and ``b``'s first character
    each standing alone where printed (:func:`continuity.cut_off`): one name a line break cut (…近日，甲 | 城总工会…
    with 甲城总工会 printed on), not two whole words that meet again elsewhere by chance, nor a run holding a
    particle or a joining word (:data:`continuity.BOUND`: …成为理论的 | 创新…, 的创新 printed elsewhere too)."""
    if not cut_off(a, b):
        return None
    for run in (run_across(a, b, runs.four), run_across(a, b, runs.three, 3)):
        if run and not BOUND.intersection(run):
            return run
    return None  # (a run holding a particle, 的 | 创新: any text prints such runs again, no name holds one)


def _printed_into_head(a: str, head: str, runs: PageRuns) -> bool:
    """Does the host's line ``a`` read on into the box's headline ``head`` by what the page prints: a run of three
    or four characters across the two printed whole on another line (…人社厅、省 | 总工会: 省总工会), a word across
    them (:func:`_into_head`) printed whole on the page, a lead's credit, a date or a number made whole, or the
    headline opening on a word's end?  A dictionary word across the two that the page prints nowhere (近日，甲 |
    丁城举办…: 甲丁) says less than a name the page prints again across the host's line and the line under the box
    (:func:`_run_cut`)."""
    word = word_across(a, head)
    return starts_bound(head) or _completed_across(a, head) or bool(word) and word in runs.text \
        or bool(runs.across(a, head))


def _into_head(a: str, head: str) -> bool:
    """Does the host's line ``a`` read on into the box's headline ``head``: a word, a date or a number across the
    two, or a word's end opening the headline?  Then the headline's line is the host's text going on."""
    return bool(word_across(a, head) or starts_bound(head) or _completed_across(a, head))


def _credited(lines: list[str], h: int, j: int) -> bool:
    """Does the item ``h``..``j`` close on a credit (本报记者 盛丽 通讯员 金宇 摄影报道, 本报通讯员 朱华南 摄): its
    text after its last sentence end a photo credit or a byline?  A credit is the last thing a story prints."""
    ended = [k for k in range(h + 1, j + 1) if _ENDS_LINE.search(_content(lines[k]))]
    if not ended or ended[-1] == j:
        return False
    # the credit on lines of its own, under the line its last sentence ends (a paragraph of its own, as printed): a
    # sentence's end inside a line, then two words a space parts (…准则。赠送 单位), is text, not names
    tail = _item_text(lines, ended[-1] + 1, j).strip()
    return bool(tail) and _whole_line_item(tail)


_READS_ON = 8  # printed lines a host's sentence under a box may take to its end (a sentence of a column)


def _reads_on(lines: list[str], printed: list[int], m: int, width: int | None, host: str = "") -> bool:
    """Does the text from printed line ``m`` read on as a sentence's rest: no item's opening, credit or lead, no
    headline's shape (unless it fills the page's column or a word runs across it), and text to a sentence or
    clause end (。；) within a few lines (in a printed column, or full lines for as many), with no blank line, item's
    opening or (in a printed column) short line that ends nothing before it?  A kicker or a headline of the next item stops on no such mark before its headline or
    byline."""
    b = printed[m]
    first = _content(lines[b])
    if not first or _starts_item(lines[b]) or _credit_line(first) or _lead_at(lines, b):
        return False
    if headline_shaped(first) and not (width and _measure(lines[b]) >= width - 1) and not _cut_below(lines, printed, m) \
            and not (host and word_across(host, first)):
        return False  # (a headline's line, unless a word runs into it from the host's line or on from it below)
    for k in range(m, min(len(printed), m + _READS_ON)):
        t = _content(lines[printed[k]])
        if k > m and (printed[k] - printed[k - 1] > 1 or _starts_item(lines[printed[k]]) or _lead_at(lines, printed[k])
                      or _credit_line(t)):
            return False
        if _SENTENCE_END.search(t):
            return True
        if width and _measure(lines[printed[k]]) < width - 1 and not _cut_short(lines, printed, k):
            return False  # (a short line that ends nothing: a headline's, or a kicker's last)
    return bool(width)  # (full column lines all through: a paragraph's; with no column to tell, a kicker or a
    # headline block re-wrapped at any width runs as long without a sentence end)


def _cut_short(lines: list[str], printed: list[int], k: int) -> bool:
    """Is printed line ``k``, short of the column, a line a text detector cut inside a word: a dictionary word runs
    across it into the next printed line (…创建座 | 谈会。)?  A headline's or a kicker's last line ends on a word."""
    return k + 1 < len(printed) and printed[k + 1] - printed[k] == 1 \
        and bool(word_across(_content(lines[printed[k]]), _content(lines[printed[k + 1]])))


def _after_credit(lines: list[str], printed: list[int], n: int, m: int, width: int | None) -> str | None:
    """The evidence that the host's line (printed line ``n``) goes on at printed line ``m``, under a box that closes
    on its credit there: running text over the box reads on under it (:func:`_reads_on`), a word across the host's
    line and the headline then no evidence against it where another runs across into the line under the box
    (…大赛总 | 工会送上… | 决赛在…); or the host's line is a headline's first, and the line under the box the rest
    of that headline, over its lead (:func:`_headline_rest`)."""
    i, h, b = printed[n], printed[n + 1], printed[m]
    a, under = _content(lines[i]), _content(lines[b])
    if word_across(_content(lines[printed[m - 1]]), under):
        return None  # the credit's own rest, its line cut by a narrow column (金宇 摄 | 影报道)
    if _reads_on(lines, printed, m, width, a) and (_host_goes_on(lines, i, h, width) or word_across(a, under)
                                                   and _running(lines, i) and not starts_bound(_content(lines[h]))):
        return f"the item closes on its credit at line {printed[m - 1] + 1} and line {b + 1} reads on to a sentence's end"
    if _headline_rest(lines, printed, n, m):
        return (f"the item closes on its credit at line {printed[m - 1] + 1}, and line {i + 1}, a headline's line "
                f"with no lead under it, goes on at line {b + 1}, over its lead")
    return None


def _headline_rest(lines: list[str], printed: list[int], n: int, m: int) -> bool:
    """Is the host's line (printed line ``n``) a headline's first line, which nothing under it but the box's own
    headline continues, and printed line ``m`` (under the box) its rest, right over its lead?  The host's
    line opens a headline block (the page's top, a blank line, a closed story, a column label or a source line
    above it), so the box stands between the two lines of one headline."""
    i, b = printed[n], printed[m]
    a, under = _content(lines[i]), _content(lines[b])
    if not (headline_shaped(a) and headline_shaped(under)) or m + 1 >= len(printed) or printed[m + 1] - b > 1 \
            or _into_head(a, _content(lines[printed[n + 1]])):
        return False  # (a word across the host's line and the box's headline: one headline the wrap cut)
    if not (_starts_item(lines[printed[m + 1]]) or _lead_at(lines, printed[m + 1])):
        return False  # (a credit's or byline's pieces under the box are the box's own)
    return _opens_block(lines, printed, n)


def _headline_cut(lines: list[str], printed: list[int], n: int, m: int) -> str | None:
    """The evidence that the host's line (printed line ``n``) is a headline's first line and printed line ``m``,
    under a box with its own headline and lead, that headline's rest over its lead, or None: a dictionary word a
    line break cut runs across the two (乙城职工运动会开 | box | 幕: 开幕, each end a word of nothing where printed),
    none across the host's line and the box's headline, both of a headline's shape, the host's line opening a
    headline block and the line under the box right over a lead (a blank line between, on a page whose blank lines
    part paragraphs).  Read as printed, the headline's first piece stands over the box's headline as a kicker, and
    its rest heads the host's story alone: a word cut in two, and two stories under one label."""
    i, b = printed[n], printed[m]
    a, under = _content(lines[i]), _content(lines[b])
    if m + 1 >= len(printed) or printed[m + 1] - b > 2 or not _lead_at(lines, printed[m + 1]):
        return None
    if not (headline_shaped(a) and headline_shaped(under)) or _into_head(a, _content(lines[printed[n + 1]])) \
            or _starts_item(lines[b]) or not _opens_block(lines, printed, n):
        return None
    word = word_across(a, under)
    if not word or not cut_off(a, under):
        return None
    return (f"line {i + 1}, a headline's line, and line {b + 1}, over a lead, make the word {word} a line break cut: "
            "one headline the item stands inside")


def _opens_block(lines: list[str], printed: list[int], n: int, blank: bool = True) -> bool:
    """Does printed line ``n`` open a headline block: the page's top, a blank line (``blank``; else an item's gap,
    two or more), a closed story, a credit, a column label or a source line above it?"""
    i = printed[n]
    if n == 0 or printed[n - 1] < i - (1 if blank else 2):
        return True
    up = lines[printed[n - 1]]
    return is_terminal(_content(up)) or _credit_line(_content(up)) or _starts_item(up) and not _lead_at(lines,
                                                                                                     printed[n - 1])


def _lead_under_box(lines: list[str], printed: list[int], n: int, m: int, unparted: bool,
                    fenced: bool = False, width: int | None = None) -> str | None:
    """The evidence that the box under the host's line (printed line ``n``) was set between a headline and its
    lead: the host's line a headline (opening a headline block, no running text) with nothing under it but the
    box, and printed line ``m``, under the box's last sentence, a lead's opening (本报讯…, not a date: a section's
    paragraph may open on one) with no headline over it.  A lead opens its story under that story's headline; a
    headline stands over its own lead.  The host's headline may take two lines (北山区开展夏季送清凉活 | 动), read
    together as one.  ``unparted``: the page's blank lines do not part its paragraphs (or it is set in a column);
    where they do, a headline is a paragraph of its own, a blank line under it.  ``fenced``: a blank line sets the
    box off from the host's headline and from the line under it, on a page whose blank lines part no paragraphs;
    then text under it that reads on as a sentence's rest (:func:`_reads_on`, not a lead) with no headline over it
    may be the host's: the box's item ended at the blank line, and no other headline stands over that text.  Only
    may: a kicker over a story's headline stands so too, a stray blank line under it and one under the lead, and
    blank lines are all the evidence; such a box is left in place and said (``Box.moved``)."""
    i, b = printed[n], printed[m]
    if not unparted and printed[n + 1] - i < 2:
        return None  # (a paragraph's piece on a page re-wrapped at any width: 网约车司机等 | 夜间工作的劳动者)
    a = _content(lines[i])
    under = _content(lines[b])
    bare = fenced and not bl.LEAD.match(under) and _reads_on(lines, printed, m, width)
    if not headline_shaped(a) or _running(lines, i) or not (bl.LEAD.match(under) or bare) \
            or not is_terminal(_content(lines[printed[m - 1]])) or _into_head(a, _content(lines[printed[n + 1]])):
        return None  # (a word across the host's line and the item's first: one run of text, …可及、精 | 准高效…)
    if not _opens_block(lines, printed, n, False) and not (
            n and printed[n - 1] == i - 1 and _opens_block(lines, printed, n - 1, False)
            and headline_shaped(_content(lines[i - 1]) + a)):
        return None  # (one blank line above opens nothing on a page that prints stray ones or parts every piece)
    if bare:
        return (f"line {i + 1}, a headline, has no text under it but the item a blank line sets off, and line {b + 1}, "
                f"{_FENCED}, is running text with no headline over it")
    return (f"line {i + 1}, a headline, has no lead under it but the item's, and line {b + 1}, under the item's "
            "last sentence, opens a lead with no headline over it")


def _cut_below(lines: list[str], printed: list[int], m: int) -> bool:
    """Does printed line ``m + 1`` go on with line ``m``'s word (家政服务有限公 | 司“量身定制”…: a dictionary word
    across, or a word's end opening it), right under it?  A headline never ends inside a word the text goes on with."""
    if m + 1 >= len(printed) or printed[m + 1] - printed[m] > 1:
        return False
    a, b = _content(lines[printed[m]]), _content(lines[printed[m + 1]])
    return bool(b) and bool(word_across(a, b) or starts_bound(b, strict=True))


def _host_goes_on(lines: list[str], i: int, h: int, width: int | None) -> bool:
    """Is the host's line ``i`` running text that stops mid-sentence over the box's headline ``h`` without reading
    on into it (:func:`_into_head`): running text by its marks (:func:`_running`), or in a printed column a line
    that fills it, or the rest of one that did (…创建 | 座 | box | 谈会。…)?"""
    a = _content(lines[i])
    if _into_head(a, _content(lines[h])):
        return False
    if _running(lines, i) or not headline_shaped(a):
        return True

    def full(k: int) -> bool:
        return bool(width) and _measure(lines[k]) >= width - 1 and not is_terminal(_content(lines[k]))
    return full(i) or (i > 0 and bool(lines[i - 1].strip()) and full(i - 1))


def _blanks_part(lines: list[str], printed: list[int]) -> bool:
    """Does a blank line follow half or more of the page's sentence ends that have text after them?  Then blank
    lines are its paragraph gaps (Tesseract's blocks, a converter's paragraphs), and one around a box sets it off
    from nothing."""
    ends = [(i, j) for i, j in zip(printed, printed[1:]) if is_terminal(_content(lines[i]))]
    return bool(ends) and sum(1 for i, j in ends if j > i + 1) >= 0.5 * len(ends)


def _singles_closed(head: str) -> bool:
    """Does ``head`` close the single quotes it opens (‘…’, or straight ones in pairs)?  A headline closes what it
    quotes (:func:`~.lines._balanced` counts the double quotes); a line leaving one open is text going on."""
    return head.count("‘") == head.count("’") and head.count("'") % 2 == 0


def _set_in(lines: list[str], printed: list[int], n: int, width: int | None, runs: PageRuns) -> Box | None:
    """A short item a blank line sets off on both sides inside the host's sentence, which nothing but the blank
    lines and the column ties across it (``Box.moved`` False: left as printed and said), or None.  The host's line
    (printed line ``n``) fills a news column mid-sentence or stops on a clause mark, a blank line under it, then an
    item's opening the host's line does not read into (nothing across the two, :func:`spanned`, no 在… phrase it
    closes): a line of a headline's shape ending on no word or number the next line finishes (…五连第九届 职代会第一
    次会 | 议…: the host's own text between stray blank lines) nor on a particle (…促发展的), longer than a word's
    rest, or a lead (a brief printed with none); lines to a sentence's end or a
    credit (a whole short item, :func:`_closed_item`), or to a line short of the column that ends nothing (a
    column's line goes on at its next only where it fills the column, so the text under it is not this run's), no
    other item's opening among them but a lead (right under the headline, or the next brief's in a box of briefs
    opening on a lead: no markup heading, label or source line); one blank line, and a line that reads on in the
    column (a clause mark in it, or full), opening no paragraph (此外，…).  Why said and not moved: a headline
    with no lead that fills the column, or over a line with no mark, is a line of running text by its shape, and two
    stray blank lines fence a run of text as well; but read on, the host's sentence runs into the item, one
    sentence no page printed, and a page whose blank lines part nothing else sets a box off so.  Only on such a page
    (the caller's)."""
    i, h = printed[n], printed[n + 1]
    if not width or not _NEWS_COLUMN[0] <= width <= _NEWS_COLUMN[1] or h - i != 2:
        return None
    a, head = _content(lines[i]), _content(lines[h])
    lead = _lead_at(lines, h)
    if not (width - 1 <= _measure(lines[i]) or a[-1:] in "，,、；;：:") \
            or not (lead or headline_shaped(head) and not _starts_item(lines[h])) \
            or _measure(lines[h]) > width + 1 or _into_head(a, head) or spanned(a, head, runs) \
            or frame_closed(a, head):
        return None
    if not lead and (len(head) <= 2 or bound_end(head) or _cut_below(lines, printed, n + 1)
                     or _completed_across(head, _content(lines[printed[n + 2]]))):
        return None  # (a word or a number the next line finishes, a particle: the host's text between strays)
    if not lead and not _singles_closed(head):
        return None  # (a single quote left open, …‘贴心: a headline closes what it quotes; the host's text)
    for m in range(n + 2, min(len(printed), n + 2 + _BOX_LINES)):
        j, b = printed[m - 1], printed[m]
        if b - j == 1:
            if _starts_item(lines[b]) and not ((b == h + 1 or lead) and _lead_at(lines, b)):
                return None  # (another item's opening: a headline's or a label's, the run a story of its own)
            continue
        under = _content(lines[b])
        short = _measure(lines[j]) < width - 1 and not is_terminal(_content(lines[j])) \
            and len(_item_text(lines, h, j)) <= _BOX_MOST
        if b - j != 2 or not (_closed_item(lines, h, j) or short) or _starts_item(lines[b]) or _credit_line(under) \
                or _lead_at(lines, b) or _measure(lines[b]) > width + 1 \
                or not (_CLAUSE.search(under) or _measure(lines[b]) >= width - 1) or under.startswith(OPENERS):
            return None
        return Box(i, h, j, b, f"{_SET_IN}, line {i + 1} stops mid-sentence {_BY_WIDTH} and line {b + 1} reads on "
                               "in it", moved=False)
    return None


def boxed_items(lines: list[str], width: int | None) -> list[Box]:
    """The boxed items of the page (the module's docstring), none overlapping; ``width``: the page's column, if
    printed in one.  A box ends at the first line whose next line the host's sentence goes on at
    (:func:`_goes_on`): by the text anywhere; by the column's width alone only where a blank line sets the box off
    on both sides and none stands inside it (on a page whose blank lines do not part paragraphs).  Inside a box any
    line ending a sentence may have a paragraph's opening under it, so the width alone never ends one there; nor
    where the box ends on a credit: a column the OCR read out of order stops mid-sentence over another item's
    headline and goes on under its credit with a third story's text as often.  A box closing on its credit is
    taken where the line under it reads on to a sentence's or clause's end with no item's opening, headline or
    short line that ends nothing before it (:func:`_reads_on`: a third story's kicker stops on no mark before its
    headline), under a host's line of running text (:func:`_host_goes_on`).  Where a host's line passes for
    the first piece of a headline over two or three lines, the box under the next line is taken."""
    folios = folio_lines(lines)
    printed = [i for i, t in enumerate(lines) if t.strip() and i not in folios]
    set_off = not _blanks_part(lines, printed)
    runs = PageRuns.of(lines)
    found: list[Box] = []
    n = 0
    while n < len(printed) - 3:
        i, h = printed[n], printed[n + 1]
        box = None
        if h - i <= 2 and (not found or i > found[-1].below) and _open(lines, i) and not _starts_item(lines[h]):
            box = _box_under(lines, printed, n, width, set_off, runs)
        for later in (n + 1, n + 2):  # a host's line that passes for the headline's first piece is the host's
            inner = _box_under(lines, printed, later, width, set_off, runs) \
                if box and _open(lines, printed[later]) else None
            if inner is None or inner.below != box.below:
                break
            box = inner
        if box is None and set_off and h - i == 2 and (not found or i > found[-1].below) and _open(lines, i) \
                and (_running(lines, i) or _lead_goes_on(_content(lines[i]))):
            box = _set_in(lines, printed, n, width, runs)
        if box:
            found.append(box)
            n = printed.index(box.below)
            continue
        n += 1
    return found


def _lead_at(lines: list[str], k: int) -> bool:
    """Does line ``k`` open a lead (本报讯…, 本报某地某日电, a date or 近日 and a comma)?"""
    t = _content(lines[k])
    return bool(bl.LEAD.match(t) or bl.DATED_LEAD.match(t))


def _headed(lines: list[str], printed: list[int], n: int, width: int | None) -> int:
    """How many lines the box's headline at printed line ``n + 1`` takes (0: none): the headline over its lead, a
    lead's opening (本报讯…, a date, 近日…) on the next line.  A brief opens on its lead.  In a printed column the
    headline is one line no wider than the column (set on two, its first line may as well be the host's text
    going on); on a page re-wrapped at any width, up to three pieces that read together as a headline."""
    if width:
        h, nxt = printed[n + 1], printed[n + 2:n + 3]
        return 1 if nxt and _lead_at(lines, nxt[0]) and _measure(lines[h]) <= width and headline_shaped(lines[h]) \
            else 0
    if len(_content(lines[printed[n + 1]])) <= 2:
        return 0  # (one or two characters under a line that stops mid-sentence: the rest of its last word)
    text = ""
    for k in range(1, 4):
        if n + k + 1 >= len(printed) or printed[n + k] - printed[n + k - 1] > 2:
            return 0
        text += _content(lines[printed[n + k]])
        if not headline_shaped(text) and not (k < 3 and _opens(text)):
            return 0  # (a piece may stop inside the headline's quote: 工会送上暖“ | 新”祝福)
        if _lead_at(lines, printed[n + k + 1]):
            return k if headline_shaped(text) else 0
    return 0


def _headed_bare(lines: list[str], printed: list[int], n: int, width: int | None) -> int:
    """How many lines the box's headline at printed line ``n + 1`` takes over running text with no lead (0: none):
    one line of a headline's shape no wider than the column, or on a page re-wrapped at any width up to three
    pieces that read together as one, and under it a line of running text (a clause mark or a sentence end, no
    headline's shape) that does not finish a word of the headline's last line and, in a column, fills it or ends
    its paragraph; in a column, never a line that fits beside the host's ending on a mark (…不可移动文物， |
    只有通过数字化手段让: a printed line a detector cut after its mark)."""
    if starts_bound(_content(lines[printed[n + 1]]), strict=True):
        return 0  # (a word's end or a mark opening it: the host's text going on)
    if width and _content(lines[printed[n]])[-1:] in "，,。；;：:！？!?" \
            and _measure(lines[printed[n]]) + _measure(lines[printed[n + 1]]) <= width + 1:
        return 0  # (the host's line, ending on a mark, and it fit in one line of the column: one cut after the mark)
    for k in range(1, 2 if width else 4):
        if n + k + 1 >= len(printed) or printed[n + k] - printed[n + k - 1] > (2 if k == 1 else 1):
            return 0
        text = "".join(_content(lines[printed[n + q]]) for q in range(1, k + 1))
        if not headline_shaped(text) or (width and _measure(lines[printed[n + 1]]) > width) \
                or _starts_item(lines[printed[n + k]]):
            return 0
        nxt = printed[n + k + 1]
        under = _content(lines[nxt])
        if starts_bound(under) or word_across(text, under) and cut_off(text, under):
            return 0  # (a word the line under it finishes: one run of text, a stray break cut)
        if width and _measure(lines[nxt]) < width - 1 and not _ENDS_LINE.search(under):
            return 0  # (a column's line fills it but a paragraph's last: a short piece is a line cut in two)
        if under and (_CLAUSE.search(under) or _END.search(under)) and not headline_shaped(under) \
                and not _starts_item(lines[nxt]):
            return k
    return 0


def _box_under(lines: list[str], printed: list[int], n: int, width: int | None, set_off: bool,
               runs: PageRuns | None = None) -> Box | None:
    """The box whose headline is printed line ``n + 1``, under host line ``n`` (:func:`boxed_items`; ``set_off``: a
    blank line around a box sets it off on this page).  It runs to no item gap (two blank lines) and holds one lead.
    A headline over running text with no lead (:func:`_headed_bare`) is a box only where what a line break cuts
    runs across it (``cut`` in :func:`_goes_on`) or it stands between a headline and its lead
    (:func:`_lead_under_box`): a feature's or a subhead's text opens on no lead either.  Never in a column narrower
    or wider than a newspaper's: there every short line passes for a headline."""
    i, h = printed[n], printed[n + 1]
    heads = _headed(lines, printed, n, width)
    bare = not heads
    if bare and (not width or _NEWS_COLUMN[0] <= width <= _NEWS_COLUMN[1]):
        heads = _headed_bare(lines, printed, n, width)
    if not heads:
        return None
    # a line of a column's running text with no mark fills the column and passes for a headline, so does a piece
    # that fits beside the host's line (one printed line a detector cut in two), and on a page re-wrapped at any
    # width any piece of a paragraph (stray blank lines set one apart as often): such a bare headline is taken
    # between a headline and its lead only (:func:`_lead_under_box`), or where a name a line break cut runs across
    # it (:func:`_run_cut`)
    filled = bare and (not width or _measure(lines[h]) >= width - 1
                       or _measure(lines[i]) + _measure(lines[h]) <= width + 1)
    blank, inside = h - i - 1, False
    for m in range(n + 1 + heads + 1, min(len(printed), n + 2 + _BOX_LINES)):
        j, b = printed[m - 1], printed[m]
        gap = b - j - 1
        if gap > 1:
            return None  # an item's gap: no box runs past it
        if m > n + 2 + heads and _lead_at(lines, j):
            return None  # a second lead: a brief has one, and this run holds another item's too
        closed = _closed_item(lines, h, j)
        # (a "headline" ending on a particle or leaving a quote open is none: the host's text between stray blanks)
        fenced = set_off and blank == gap == 1 and not inside and not bound_end(_content(lines[h])) \
            and _singles_closed(_content(lines[h]))
        why = _goes_on(lines, i, h, j, b, width, cut=bare, runs=runs, fenced=fenced) if closed else None
        if why and filled and _RUN_CUT not in why:
            why = None  # (only a name a line break cut, printed whole elsewhere, ties lines across such a one)
        if closed and not why:
            why = _lead_under_box(lines, printed, n, m, bool(width) or set_off,
                                  set_off and blank == gap == 1 and not inside, width)
        if (not why or _BY_WIDTH in why) and closed and not bare and _credited(lines, h, j):
            why = _after_credit(lines, printed, n, m, width) or why
        if not why and closed and not bare:
            why = _headline_cut(lines, printed, n, m)
        if why and (_BY_WIDTH not in why or set_off and blank and gap == blank and not inside):
            return Box(i, h, j, b, why, moved=_FENCED not in why)
        inside = inside or bool(gap)
    return None


def spanned(a: str, head: str, runs: PageRuns) -> str | None:
    """What the text says runs across the host's line ``a`` and the line ``head`` read on from it, or None: a mark
    no line opens on, a word's end or a particle opening ``head``, a lead's credit, a date or a number made whole,
    a quote or bracket ``a`` leaves open that ``head`` closes, a word a line break cut (both its ends standing alone
    where printed) that the page prints whole elsewhere, a run of three or four characters it prints whole on another
    line (a name: …人社厅、省 | 总工会), an enumeration ``a`` leaves open on a short item that ``head`` closes.  A
    dictionary word across that the page prints nowhere else (…代表：甲 | 丁区开展…: 甲丁) is no evidence: any two
    lines give one by chance."""
    if head[:1] in NO_START or starts_bound(head, strict=True):
        return f"{head[:1]} opens it"
    if _completed_across(a, head):
        return f"{a[-2:]} | {head[:2]} is one printed run"
    if _closes_left_open(a, head):
        return "it closes the quote or bracket the line above leaves open"
    word = word_across(a, head)
    if word and cut_off(a, head) and word in runs.text:
        return f"the word {word} across the break, printed whole elsewhere"
    run = runs.across(a, head)
    if run:
        return f"the run {run} across the break, printed whole elsewhere"
    if open_list(a) and list_cut(a) and closes_list(head):
        return "it closes the enumeration the line above leaves open"
    return None


def running_paragraph(text: str, lead: bool = False) -> bool:
    """Is ``text``, a paragraph so far, running text and no headline block: a lead (``lead``, or 本报讯… opening it),
    longer than a headline block run together (:data:`HEADLINE_BLOCK`: a headline and its kicker or subtitle), or
    holding a sentence end or two clause marks?  A headline's lines hold a comma at times (…等多种形式， | 深入11个市
    巡演) and print 、 and spaces (顶尖科学家、卓越工程师、 | 大国工匠 交流论坛在京 | 举行), but no headline block is
    as long, holds two clauses, or opens on a lead.  Nor does one open on the words that tie a paragraph of running
    text to the one before (:data:`~unionnews.ingest.continuity.OPENERS`: 据了解，…, 此外，…): a headline stands
    first, with nothing before it to go on from."""
    return lead or bool(bl.LEAD.match(text) or bl.DATED_LEAD.match(text)) or len(text) > HEADLINE_BLOCK \
        or bool(_END.search(text)) or len(_CLAUSES.findall(text)) >= 2 \
        or text.startswith(OPENERS) and bool(_CLAUSES.search(text))


def _text_line(line: str, width: int | None) -> bool:
    """Does ``line`` fill a news column (:data:`_NEWS_COLUMN`) as the text's own lines do, stopping on a clause
    mark: the column's width, or more by the marks hung at its end (…免费体检，)?  A headline is set in larger
    type than the text, so fewer of its characters fill a line, and a line with as many as the text's full lines,
    cut at a clause, is the text's.  (In a narrower column a headline is cut over full lines as the text is.)"""
    a = _content(line)
    return bool(width) and _NEWS_COLUMN[0] <= width <= _NEWS_COLUMN[1] and a[-1:] in "，,；;：:、" \
        and _fills(_measure(line), width, a)


def _sentence_open(lines: list[str], i: int, first: int, width: int | None = None) -> bool:
    """Is line ``i``, read in a paragraph from line ``first``, running text: a line of the text's type cut at a
    clause (:func:`_text_line`), or the paragraph so far running text (:func:`running_paragraph`) and line ``i``
    holding a clause mark or 、, opening on a word's end or a particle, or under a line of text stopping
    mid-sentence on one?"""
    if _text_line(lines[i], width):
        return True
    text = "".join(_content(lines[k]) for k in range(first, i + 1) if lines[k].strip())
    if not running_paragraph(text):
        return False
    a = _content(lines[i])
    if _CLAUSE.search(a.rstrip("，,；;：:")) or "、" in a or starts_bound(a, strict=True):
        return True
    up = _content(lines[i - 1]) if i > first and lines[i - 1].strip() else ""
    return bool(up) and not is_terminal(up) and bool(_CLAUSE.search(up) or "、" in up)


def _headline_over_lead(lines: list[str], printed: list[int], n: int, width: int | None) -> int:
    """How many lines the headline at printed line ``n + 1`` takes over a lead (:func:`_headed`, 0: none), where
    its last line is whole: no number, word or date the lead's line finishes (…成立于202 | 0年，…: one sentence)."""
    heads = _headed(lines, printed, n, width)
    if not heads:
        return 0
    last, lead = _content(lines[printed[n + heads]]), _content(lines[printed[n + heads + 1]])
    if (last[-1:].isdigit() and lead[:1].isdigit()) or _completed_across(last, lead) \
            or word_across(last, lead) and cut_off(last, lead):
        return 0
    return heads


def heads_read_into(lines: list[str], origin: dict[int, tuple[int, ...]], width: int | None) -> list[tuple[int, str]]:
    """The review reasons, each at a file line (1-based), of paragraphs that read a line of running text stopping
    mid-sentence on into a headline over a lead (:func:`_headed`: a headline's shape, then 本报讯…, a date or 近日
    and a comma) with nothing in the text running across the two (:func:`spanned`).

    Why: a story's running text never goes on into a headline over a lead; a headline over a lead opens a story
    of its own.  Where it stands right under a line that stops mid-sentence, an engine reading the column top to
    bottom met a short item boxed inside it (…清华大学党委常委、 | 公交驾驶员 赛场展技能 | 近日，…), and a box the
    page's text cannot place (:func:`boxed_items` finds none: the host's rest under it ties to nothing) is left
    where it stands: read on, the host's sentence and the item's headline make one sentence no page printed.  The
    lines stay as read, and the paragraph says so.  Not over a headline's own line (a headline set on two lines
    is read on so), only running text (:func:`_sentence_open`)."""
    folios = folio_lines(lines)
    printed = [i for i, t in enumerate(lines) if t.strip() and i not in folios]
    para = {k - 1: no for no, nos in origin.items() for k in nos}
    runs = PageRuns.of(lines)
    said: list[tuple[int, str]] = []
    for n in range(len(printed) - 2):
        i, h = printed[n], printed[n + 1]
        if h - i > 2 or para.get(i) is None or para.get(i) != para.get(h) or not _open(lines, i) \
                or not _sentence_open(lines, i, min(origin[para[i]]) - 1, width):
            continue
        heads = _headline_over_lead(lines, printed, n, width)
        a, head = _content(lines[i]), _content(lines[h])
        if head.endswith("…"):
            continue  # (an ellipsis ends a sentence, …真人出 | 镜、留言互动……: no headline ends so)
        if not heads or spanned(a, head, runs):
            continue
        said.append((i + 1, read_into_head(h + 1, head, printed[n + 1 + heads] + 1, i + 1, a)))
    return said


def read_into_head(head_no: int, head: str, lead_no: int, host_no: int, host: str) -> str:
    """The review reason of a paragraph whose line ``host_no`` (``host``), stopping mid-sentence, is read on into the
    headline at line ``head_no`` over a lead at ``lead_no`` with nothing across the two: one wording, whichever
    stage (this one or the segmenter) made the join."""
    return (f"line {head_no} ({head}), a headline's shape over a lead at line {lead_no}, is read on from line "
            f"{host_no}, which stops mid-sentence (…{host[-8:]}), with nothing running across the two (no word a "
            "break cut, number, date, quote or list): it may be the headline of an item boxed inside this story's "
            "column — check")
