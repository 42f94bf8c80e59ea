"""Page lines → paragraphs, whatever the line layout the OCR engine printed.

Why a stage of its own, before segmentation: engines print the same page in
different layouts, and everything downstream (segment, reorder, assemble) reads
*paragraphs*.  This stage only decides where paragraphs end; it never changes,
moves or drops a printed character, and a page that already has one paragraph
per line comes out exactly as it went in.

The layouts it tells apart, from the page's own line statistics:

* **columnar** (Tesseract, PaddleOCR …: one printed line per line): most lines
  have the column's width, found as the commonest line length.  A line as wide
  as the column goes on at the next line; a shorter line ends its paragraph
  (one character short counts as full only when an opening mark went to the
  next line).  A full line still ends its paragraph before a lead (本报讯…), a
  dateline, OCR markup or an indented line, after a credit or byline that is
  whole, before a headline (a short unpunctuated run after a sentence's end;
  two phrases parted by a space), and between two headline lines that together
  pass 40 characters.  A 上接 marker, a dateline or a source line (转自《…》) is a
  paragraph of its own, and so is a headline over a lead that opens on its date
  (…祝福 | 9月25日，…), even where they fill their line (in a narrow column they often
  do).  A page printed in two column widths, one part after the other, is read in two
  parts, each against its own width; a page whose items are each set in a column of their
  own width (no width most lines' length) line by line, against the run of equal lines each
  stands in, a new item beginning where one run gives way to another after a finished line.
  Lines re-broken at random widths a few apart (6–10) are no column: a column's full lines
  far outnumber the lines one shorter or longer.  A short line ends its paragraph unless the next line cannot
  begin a line (Chinese line-breaking rules: no line starts with ，。、；：？！）」』》 …).
  Where the OCR cut a column (a short line stopping mid-sentence), the text around
  it is read with evidence only: a line no sentence begins with (和…) after a
  sentence's end, a dateline line, a headline over a lead or byline, or a
  headline or opening quote that fills its line while another cut line's sentence
  goes on at the next line (a dictionary word across), and a headline-shaped run
  after a full line stopping mid-sentence when the text under the run goes on another
  cut line's sentence (…牵线搭桥， | 果洛州搭建… | 洛藏族…, read after …青海省果), all end
  the paragraph, so the reading-order stage gets the pieces apart.  A run that stops
  right after an item of an enumeration (…、省总工会) is never taken for a headline:
  the list goes on at its closer (等…) elsewhere.  On a page that stage found out of
  order, a full line ending a sentence, then more text, is a *soft* break
  (``soft``): the pieces are left apart, and the reading-order stage joins them
  again unless another line's sentence goes on at the second.  So is a full line
  stopping mid-sentence before words a cut line nearby has a claim on: a quote it
  left open that they close while nothing printed since the last full stop opened
  one, an enumeration it stops in that their 等 closes, or a word it began that they
  end while the full line stops on 在 and a place name begins a line elsewhere (a
  cut column piece that happens to fill the line, common in wide columns).
  A "column" that half as many lines pass as fill is none (a small page of one paragraph a line, a few
  of its lines sharing a length); on a small page of short items whose full lines miss the share, they
  are still a column when they are its longest lines, several and none longer.  A whole headline filling
  its line after a finished paragraph stands apart from a next line another line's sentence goes on
  (a cut line's word, a lead left hanging at the page's end or before another lead).
* **wrapped** (long lines re-broken at any width, paragraphs parted by blank
  lines): lines with no blank between belong to one paragraph unless the next
  one opens a new item (markup, lead, byline, credit, dateline, 上接 marker).
* **one paragraph per line** (the seed pages): most lines that another line
  follows end a sentence or are credits; every line is its own paragraph.

A blank line always parts paragraphs, except where the text says it cannot
(the next line starts with ，。…; in a column, also when the line before stops
on （“《): a stray blank line inside a sentence is then bridged.  A blank line
after a full column line that stops mid-sentence is a stray one as well, and so,
in wrapped pages, is one that cuts a lead, its credit or a date in two, a lead's
first sentence mid-word (a dictionary word across) or after a preposition
(…总工会为 | 辖区…), a photo credit (本报记者 … | 摄,
赵思远 | 摄), a byline's last name (乔 | 俏), a title in 《》 (转自《中工 | 网》) or a name the
headline above gives (红塔区 | 总工会 under …红塔区总工会…): each is one printed line or sentence.  So is a
blank line that cuts a word in two (…一组国 | 产化工业…: each side's edge character stands alone where it
was printed, and the two make a dictionary word), on any wrapped page: where the OCR cut a column, the
line it read next begins another column's piece, and that piece's first character finishing a word the
cut line began is a chance; a word cut so across the file's next line is that line's rest (in the seed
pages, every pair of lines with such a word is one sentence going on).  On a
wrapped page whose file order is its reading order (``bridge``, asked for by the
importer once the reading-order stage found nothing to move), a blank line inside
a sentence is bridged where the text says the sentence goes on.

Blank lines that are spacing are read once, for the whole page.  Line spacing (a blank line, or t, after
every line the page prints, its own blank lines included: double-spaced exports) is taken out before
anything else, keeping the file's line numbers (:func:`_line_spacing`).  Paragraph spacing (one blank line
after every paragraph of a column and nowhere else: Tesseract's text output) makes each blank line a
paragraph's end, and says nothing of where items end (:func:`_blank_ends_paragraph`).

A page printed without blank lines loses the wider gap that parts items; it is
put back before headline-shaped paragraphs that follow a finished one and read
as headlines (:func:`_item_gaps`), and the short ones left as subheads are
flagged in the article's ``review``.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from unionnews.ingest import byline as bl
from unionnews.ingest.assemble import Record, line_ranges
from unionnews.ingest.continuity import (BOUND, OPENERS, after_place_word, bound_start, cut_off, list_cut,
                                         needs_more, quote_fit, quote_state, starts_bound, word_across)
from unionnews.ingest.normalize import is_terminal
from unionnews.ingest.segment import _SENTENCE_START

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
# phrases parted by single spaces on a line of their own: a headline (公交驾驶员 赛场展技能; 会聚巾帼 匠心筑梦
# 第二届…论坛在京举办: a kicker's phrases, then the title); column text has marks, and the OCR's join spaces
# fall anywhere (三 大发展困境)
_PARALLEL = re.compile(r"[\u4e00-\u9fff“”]{3,12}(?: [\u4e00-\u9fff“”]{3,12}){1,2}|"
                       r"[\u4e00-\u9fff“”]{3,6} [\u4e00-\u9fff“”]{3,6} [\u4e00-\u9fff“”]{3,16}")
_CLAUSE_MARK = re.compile(r"[，。、；：！？,;:!?]")
# a lead that opens on its date or 近日, with the comma after that phrase (9月25日，…, 9月3日上午，…, 近日，…):
# how a lead without 本报讯 begins, and text rarely begins a printed line so mid-sentence
_DATED_LEAD = re.compile(_SENTENCE_START.pattern + r"[^，,。；;：:]{0,4}[，,]")
_NEAR = 60  # printed lines: how far a cut column's sentence may go on (as the reading-order stage looks)
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


@dataclass(frozen=True)
class Paragraphs:
    """The page as paragraphs, and the same laid out one paragraph per line for the later stages.

    ``lines`` is that layout (paragraphs parted by blank lines); ``origin`` maps each of its
    line numbers to the file lines the paragraph came from.  ``layout`` names what was found.
    """

    paragraphs: list[Paragraph]
    lines: list[str]
    origin: dict[int, tuple[int, ...]]
    layout: str
    width: int | None = None
    doubts: dict[int, str] = field(default_factory=dict)  # review reasons, by line of :attr:`lines`
    soft: frozenset[int] = frozenset()  # lines of :attr:`lines` after a soft break (``paragraphs(soft=True)``)

    @cached_property
    def identity(self) -> bool:
        """True when every paragraph is one file line in its own place (nothing re-laid out).
        Cached: asked once per article, and a page's paragraphs do not change."""
        return all(no == lines[0] and len(lines) == 1 for no, lines in self.origin.items())

    def file_lines(self, nos: list[int]) -> list[int]:
        """The file's line numbers behind lines ``nos`` of :attr:`lines`."""
        return [n for no in nos for n in self.origin.get(no, (no,))]

    def file_line(self, no: int) -> int:
        """The file line a paragraph starts on."""
        return self.origin.get(no, (no,))[0]

    def merged(self, keep: set[int], file_lines: list[str]) -> tuple[Paragraphs, dict[int, int]]:
        """The paragraphs with the soft breaks before lines ``keep`` (of :attr:`lines`) joined again,
        as the paragraph stage joins a column's lines; and the new line of each line of :attr:`lines`."""
        starts = list(self.origin)
        groups: list[list[int]] = []
        for k, no in enumerate(starts):
            if no in keep and no in self.soft and groups:
                groups[-1].append(k)
            else:
                groups.append([k])
        paras, doubts, uncertain = [], {}, set()
        for g, members in enumerate(groups):
            first = self.paragraphs[members[0]]
            text, nos = first.text, list(first.lines)
            for k in members[1:]:
                p, raw = self.paragraphs[k], file_lines[self.paragraphs[k].lines[0] - 1]
                text = _join(text, file_lines[nos[-1] - 1], raw) + p.text[len(raw.strip()):]
                nos += p.lines
            paras.append(Paragraph(text, tuple(nos), first.blanks))
            doubts.update((g, self.doubts[starts[k]]) for k in members if starts[k] in self.doubts)
            if starts[members[0]] in self.soft:
                uncertain.add(first.lines[0])
        out = _laid_out(paras, self.layout, self.width, doubts, uncertain)
        new = list(out.origin)
        return out, {starts[k]: new[g] for g, members in enumerate(groups) for k in members}


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


@lru_cache(maxsize=65536)  # asked of the same lines again for every break weighed
def _content(line: str) -> str:
    """The printed text of a line: no markup, no indent, no trailing space."""
    return _MARKUP.sub("", line.strip()).strip()


def _width(lines: list[str]) -> int | None:
    """The column width of a page printed line by line, or None.

    A column is the commonest line length, shared (with one less, one or two more:
    marks hung at a line's end, indented first lines) by 40% of the lines; at most 40 characters, so a page of long paragraphs
    is never taken for one; and its lines follow each other (a page whose lines are
    all parted by blank lines has a paragraph on each).
    """
    sizes = [_measure(t) for t in lines if t.strip() and not _LABEL.search(t.strip())]
    runs = sum(1 for a, b in zip(lines, lines[1:]) if a.strip() and b.strip())
    if len(sizes) < 8 or runs < 0.3 * len(sizes):  # lines parted by blank lines are paragraphs
        return None
    counts = Counter(sizes)
    best = max(range(4, 41), key=lambda w: (counts[w], w))  # the commonest length: a full line
    explained = sum(counts[w] for w in range(best - 1, best + 3))  # ±1, and indented first lines
    # a column's full lines are at least twice the lines one shorter and one longer together (only a
    # paragraph's end, a mark carried over or one hung makes those); lines re-broken at random widths a
    # few apart (6–10) spread about evenly over neighbouring lengths, and that window would pass for a column
    peak = counts[best] >= 2 * (counts[best - 1] + counts[best + 1])
    # no line of a column is longer than the column (but for a hung mark or an indent), only a headline set
    # across columns now and then: a "width" that half as many lines pass as fill it is a length some lines
    # share by chance (a few headlines and cut pieces on a small page of one paragraph a line), and reading
    # the page as a column would run each sentence's end on into the next line, a headline included
    longer = sum(n for w, n in counts.items() if w > best + 2)
    if explained >= 0.4 * len(sizes) and 2 * longer < explained and peak:
        return best
    # a small page of short items (a headline, a few lines of lead, a dateline each) ends a paragraph on
    # a short line about as often as it fills one, so the full lines fall short of the share; they are
    # still the page's longest, none longer, and several: one paragraph a line never gives that, and lines
    # re-broken at random widths seldom do.  Only on a small page (a few dozen lines): a longer one has
    # the paragraphs of several lines that make the share, and one that misses it is no column
    if len(sizes) < 40 and max(sizes) <= best + 2 and counts[best] >= max(3, len(sizes) / 4):
        return best
    return None


def _full_range(counts: Counter, w: int) -> int:
    """How many lines of ``counts`` (line lengths) a column ``w`` wide explains: full lines, one less
    (an opening mark carried over), one or two more (marks hung at the end, an indented first line)."""
    return sum(counts[k] for k in range(w - 1, w + 3))


def _two_widths(lines: list[str]) -> tuple[int, int, int] | None:
    """A page printed in two column widths (a story set in a wider or narrower column than the rest,
    one after the other in the file): the file line where the second width begins, and the two
    widths; or None.

    The page is cut where the commonest length before and the commonest length after, each with
    the lines it explains (:func:`_full_range`), explain the most lines, at least an eighth of the
    page and eight lines more than one width does; each part must read as a column of its own
    (:func:`_width`) and the two widths must differ by more than a hung mark (the lines between
    the parts: :func:`_widths_by_line`).
    """
    printed = [i for i, t in enumerate(lines) if t.strip() and not _LABEL.search(t.strip())]
    if len(printed) < 16:
        return None
    sizes = [_measure(lines[i]) for i in printed]
    before, after = Counter(), Counter(sizes)
    whole = max(_full_range(after, w) for w in range(4, 41))
    best, at = None, []
    for s in range(1, len(sizes)):
        before[sizes[s - 1]] += 1
        after[sizes[s - 1]] -= 1
        if s < 8 or len(sizes) - s < 8:
            continue
        w1 = max(range(4, 41), key=lambda w: (before[w], w))
        w2 = max(range(4, 41), key=lambda w: (after[w], w))
        if abs(w1 - w2) <= 3:
            continue
        score = (_full_range(before, w1) + _full_range(after, w2), w1, w2)
        if best is None or score[0] > best[0]:
            best, at = score, [s]
        elif score == best:
            at.append(s)
    if best is None or best[0] - whole < max(8, len(sizes) / 8):
        return None
    cut = printed[at[0]]
    w1, w2 = _width(lines[:cut]), _width(lines[cut:])
    return (cut, w1, w2) if w1 and w2 else None


def _widths_by_line(lines: list[str], cut: int, w1: int, w2: int) -> list[int]:
    """The column width of each line of a page in two widths (:func:`_two_widths`): ``w1`` up to the
    last full line of the first part, ``w2`` from the first two full lines in a row of the second, and
    between them (paragraph ends, headlines, a credit) the wider of the two, so that a short line is
    never taken for a full one and run on into the next story, except for a line that fills the second
    column (a headline's first line there) after the first part's last paragraph ended."""
    def fills(k: int, w: int) -> bool:
        return w - 1 <= _measure(lines[k]) <= w + 2

    printed = [k for k, t in enumerate(lines) if t.strip()]
    last_full = next((k for k in reversed(printed) if k < cut and fills(k, w1)), -1)
    rest = [k for k in printed if k > last_full]
    start = next((a for a, b in zip(rest, rest[1:]) if fills(a, w2) and fills(b, w2)), cut)
    # the first part's last paragraph goes on to here (its full line stops mid-sentence), whatever its length
    ends = rest[0] if rest and last_full >= 0 and not is_terminal(_content(lines[last_full])) else -1
    return [w1 if k <= last_full else w2 if k >= start or (k > ends and fills(k, w2)) else max(w1, w2)
            for k in range(len(lines))]


def _runs_of_width(lines: list[str]) -> list[int | None]:
    """The width of the column run each line is in, or None: a run is two or more printed lines in a
    row (blank lines between skipped) as long as each other, a line one or two longer where it ends
    on marks hung past the column's end (or is indented), one shorter where the next line begins on an
    opening mark carried over."""
    printed = [k for k, t in enumerate(lines) if t.strip() and not _LABEL.search(t.strip())]
    out: list[int | None] = [None] * len(lines)
    size = {k: _measure(lines[k]) for k in printed}

    def fits(k: int, nxt: int | None, w: int) -> bool:
        m, t = size[k], _content(lines[k])
        if m == w:
            return True
        if m in (w + 1, w + 2):  # marks hung at the end, or an indent
            return all(ch in NO_START or ch in CLOSING_QUOTES for ch in t[w - m:]) or bool(_INDENT.match(lines[k]))
        return m == w - 1 and nxt is not None and _content(lines[nxt])[:1] in NO_END

    start = 0
    while start < len(printed):
        w = size[printed[start]]
        end = start + 1
        if end < len(printed) and fits(printed[start], printed[end], size[printed[end]]):
            w = size[printed[end]]  # the first line had marks hung at its end, or its last carried over
        while end < len(printed):
            nxt = printed[end + 1] if end + 1 < len(printed) else None
            if not fits(printed[end], nxt, w):
                break
            end += 1
        if end - start >= 2 and w >= 4:
            for k in printed[start:end]:
                out[k] = w
        start = end
    return out


def _first_of_two(a: str, b: str) -> bool:
    """Is line ``a``, in no run, over a shorter line ``b`` in none either, the full first line of a
    paragraph of two lines?  Only where the text says so: a heading the OCR marked over a headline-shaped
    rest, two headline-shaped pieces (a headline of two lines), or a sentence begun and not ended (a
    clause mark in it, or a mark or bracket left open) over text that ends it or goes on with marks.  A
    headline-shaped line under a sentence is a headline or subhead (…中铁七局集团西铁工 | 操场上的“工匠
    课”: a cut column, then the next story), and a line with no mark over text is one over its story's
    first lines, never their beginning."""
    ca, cb = _content(a), _content(b)
    if is_terminal(ca) or _starts_item(b) or _whole_line_item(ca):
        return False
    if cb[:1] in NO_START or (re.fullmatch(r"[0-9A-Za-z]", ca[-1:]) and re.match(r"[0-9A-Za-z]", cb)):
        return True  # a mark no line begins with, or a number or Latin word going on (电话:635224 | 10)
    both = ca + cb  # a headline of two lines: no sentence mark (an enumeration's 、 may stand), quotes closed
    heads = (len(both) <= 44 and not _SENTENCE_MARK.search(both) and not both.endswith(("。", "！", "？"))
             and _balanced(both) and not _opens(both) and not _whole_line_item(cb))
    if _MARKUP.match(a.strip()) or heads:
        return heads or (_MARKUP.match(a.strip()) is not None and _headline_shaped(cb))
    return bool((_CLAUSE_MARK.search(ca) or _opens(ca)) and (is_terminal(cb) or _CLAUSE_MARK.search(cb)))


def _item_widths(lines: list[str]) -> tuple[list[int], list[int | None]] | None:
    """The column width of each line of a page whose items are each set in a column of their own
    width (a page of several widths, none of them most lines' length), and the width of the run each
    line is in (None: in none); or None.

    Such a page is found by its runs (:func:`_runs_of_width`): most printed lines stand in a run of
    three or more lines of one length, the runs of more than one width.  A line in a run is read
    against the run's width; a line in none (a paragraph's last line, a one-line headline, the first
    line of a paragraph of two lines) is short, except a line stopping mid-sentence over a shorter
    line that is in no run either (a paragraph of two lines: the first is full)."""
    printed = [k for k, t in enumerate(lines) if t.strip() and not _LABEL.search(t.strip())]
    follow = sum(1 for a, b in zip(lines, lines[1:]) if a.strip() and b.strip())
    if len(printed) < 16 or follow < 0.3 * len(printed):  # lines parted by blank lines: as :func:`_width`
        return None
    runs = _runs_of_width(lines)
    long_runs = 0
    k = 0
    while k < len(printed):  # lines in runs of three or more
        e = k
        while e + 1 < len(printed) and runs[printed[e + 1]] is not None and runs[printed[e + 1]] == runs[printed[k]]:
            e += 1
        if runs[printed[k]] is not None and e - k + 1 >= 3:
            long_runs += e - k + 1
        k = e + 1
    widths = {w for w in runs if w is not None}
    if long_runs < 0.5 * len(printed) or len(widths) < 2:
        return None
    for p, k in zip(printed, printed[1:]):
        if runs[p] and runs[k] and abs(runs[p] - runs[k]) > 1 and not is_terminal(_content(lines[p])) \
                and not _headline_shaped(lines[p]) and not _whole_line_item(_content(lines[p])):
            # a full line stopping mid-sentence goes on at the next: a run's first line that follows
            # one is that paragraph's last line, as long as the next item's lines by chance
            runs[k] = None
    out = []
    for pos, k in enumerate(printed):
        nxt = printed[pos + 1] if pos + 1 < len(printed) else None
        if runs[k] is not None:
            out.append((k, runs[k]))
        elif nxt is not None and runs[nxt] is None and _measure(lines[nxt]) < _measure(lines[k]) \
                and _first_of_two(lines[k], lines[nxt]):
            out.append((k, _measure(lines[k])))
        else:
            out.append((k, _measure(lines[k]) + 2))  # short: no rule reads it as full or one short of full
    by_line = dict(out)
    last = 0
    result = []
    for k in range(len(lines)):
        last = by_line.get(k, last)
        result.append(last or 1)
    return result, runs


def _balanced(text: str) -> bool:
    """No quote left open: headlines close what they quote (straight quotes counted in pairs)."""
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0


def _opens(text: str) -> bool:
    """Does the line stop on an opening mark, or leave a bracket or title mark open?"""
    text = text.rstrip()
    if not text:
        return False
    if text[-1] in NO_END or text.endswith(("——", "、")):
        return True
    return any(text.count(a) > text.count(b) for a, b in _PAIRS[:3] + _PAIRS[6:])


def _starts_item(text: str) -> bool:
    """A line that opens an item whatever precedes it: OCR markup, a column label, a lead
    (本报讯（…）, 本报重庆9月25日电), a 上接 marker, a dateline or a source line."""
    t = text.strip()
    return bool(_MARKUP.match(t) or _LABEL.search(t) or bl.LEAD.match(t) or t.startswith(("（本报", "(本报"))
                or bl.CONTINUED.match(t) or bl.SOURCE.match(t))


def _whole_line_item(text: str) -> bool:
    """A line that is a photo credit or a byline of names as it stands."""
    t = text.strip()
    return bl.is_credit(t) or (bl.is_byline(t) and not bl.parse_names(t).doubts)


def _run(lines: list[str], j: int, width: int) -> tuple[str, int]:
    """The text of lines j… up to the first line shorter than the column (blank lines skipped), and
    the index of that line (len(lines) when every line after j is full)."""
    run, k = "", j
    while k < len(lines):
        if lines[k].strip():
            run += _content(lines[k])
            if _measure(lines[k]) < width:
                break
        k += 1
    return run, k


def _heading_run(lines: list[str], j: int, width: int, lead: bool = False) -> bool:
    """Do lines j… (up to the first line shorter than the column) read as a headline: at most
    40 characters with no sentence punctuation but a final ？ or ！?  With ``lead``, the printed
    line after the run must also open an item (a lead, a byline, markup): a headline's other side."""
    run, k, lines_in = "", j, 0
    while k < len(lines):
        if not lines[k].strip():
            k += 1
            continue
        run += _content(lines[k])
        lines_in += 1
        full = _measure(lines[k]) >= width
        k += 1
        if not full:
            break
    run = run.rstrip("？！?!")  # a headline may ask or exclaim (这场“宝藏盛会”为何人气爆棚？)
    if not run or len(run) > 40 or _SENTENCE_MARK.search(run) or not _balanced(run) or list_cut(run):
        return False  # a headline closes the quotes it opens, and the lists
    if lead:
        if lines_in > 1 and _heading_run(lines, j + 1, width, lead=True):
            return False  # the headline is the shorter run: break later, before its first line
        if len(run) < 5 or _CLAUSE_MARK.search(run) or not _balanced(run) or run.endswith("—"):
            return False
        after = next((lines[m] for m in range(k, len(lines)) if lines[m].strip()), "")
        return _starts_item(after) or bl.is_byline(_content(after))
    return True


def _cut_lines(lines: list[str], width: int | list[int]) -> list[int]:
    """Lines where the OCR cut a column: shorter than the column, stopping mid-sentence, and the end
    of a paragraph's text (not a headline or byline line).  Their sentences go on somewhere else.
    ``width``: the column's, or each line's (a page of several widths)."""
    at = width if isinstance(width, list) else [width] * len(lines)
    out = []
    above = -1  # the printed line before (stray blank lines between do not part a paragraph's lines)
    for i, line in enumerate(lines):
        t = _content(line)
        tail = (above >= 0 and _measure(lines[above]) >= at[above]  # a text paragraph's last line
                and _SENTENCE_MARK.search(lines[above]))
        if t:
            above = i
        after = next((lines[k] for k in range(i + 1, min(len(lines), i + 4)) if lines[k].strip()), "")
        if _measure(line) == at[i] - 1 and _content(after)[:1] in NO_END:
            continue  # one short of the column, its opening mark carried to the next line: a full line
        if (t and not _MARKUP.match(line.strip()) and _measure(line) < at[i] and not is_terminal(t)
                and (tail or _SENTENCE_MARK.search(t) or _stops_open(t)) and not _whole_line_item(t)
                and not _LABEL.search(t)):
            out.append(i)
    return out


def _stops_open(t: str) -> bool:
    """Does a line stop where no headline or paragraph stops: after a lead's credit (本报讯（记者…）日),
    on an enumeration's 、, or with a quote or bracket left open?  Its sentence has begun."""
    m = bl.LEAD.match(t)
    return bool(m and t[m.end():].strip()) or _opens(t) or any(quote_state(t) or ())


def _after_cut(lines: list[str], cuts: list[int], i: int) -> bool:
    """Does the printed line before line i end a column the OCR cut (one of ``cuts``)?"""
    k = i - 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    pos = bisect.bisect_left(cuts, k)
    return k >= 0 and pos < len(cuts) and cuts[pos] == k


def _near(lines: list[str], cuts: list[int], j: int) -> tuple[int, int]:
    """The slice of ``cuts`` within :data:`_NEAR` printed lines of line j.  Blank lines do not count:
    stray ones the OCR scattered would push a cut line out of reach, and the reading-order stage,
    which reads the page without them, still looks that far."""
    lo, hi, seen = j, j, 0
    while lo > 0 and seen < _NEAR:
        lo -= 1
        seen += bool(lines[lo].strip())
    seen = 0
    while hi < len(lines) - 1 and seen < _NEAR:
        hi += 1
        seen += bool(lines[hi].strip())
    return bisect.bisect_left(cuts, lo), bisect.bisect_right(cuts, hi)


def _claimed_elsewhere(lines: list[str], cuts: list[int], i: int, j: int) -> str | None:
    """A cut line near line j whose sentence the text of line j goes on (a word across the join, a
    place after 在): evidence that j was read after the wrong line.  The word, or None."""
    cb = _content(lines[j])
    lo, hi = _near(lines, cuts, j)
    for k in cuts[lo:hi]:
        if k in (i, j):
            continue
        ck = _content(lines[k])
        word = word_across(ck, cb) or after_place_word(ck, cb)
        if word:
            return word
    return None


def _claimed_heading(lines: list[str], j: int, width: int) -> bool:
    """After a sentence's end: is line j a headline that fills its line (a whole one, no mark but 、, not
    opening on a word no sentence begins with), the line after it, text, going on a lead left hanging
    (:func:`_left_hanging`) and on none of line j's words?  Then the headline begins a paragraph here and
    stands apart from that line (the rule at the next line, with the paragraph before now finished)."""
    k = next((m for m in range(j + 1, len(lines)) if lines[m].strip()), None)
    cj = _content(lines[j])
    if k is None or _measure(lines[j]) < width or not _headline_shaped(cj) or _CLAUSE_MARK.search(cj):
        return False
    ck = _content(lines[k])
    return (cj[-1:] not in BOUND and _whole_heading(cj) and word_across(cj, ck) is None
            and not _MARKUP.match(lines[j].strip()) and bool(_SENTENCE_MARK.search(ck))
            and ck[:1] not in NO_START and ck[:1] not in CLOSING_QUOTES
            and not starts_bound(cj) and not cj.startswith(_REFERS_BACK) and _left_hanging(lines, j, k))


def _whole_heading(text: str) -> bool:
    """A line that could be a whole headline: every quote, bracket and title mark it opens closed on it
    (「以『匠心所能』助力『数智 is a sentence's start), and no number at its end that a measure word or a
    unit on the next line would finish (…成立100 | 周年)."""
    return all(text.count(a) == text.count(b) for a, b in _PAIRS[:6]) and not text[-1:].isdigit()


def _left_hanging(lines: list[str], i: int, j: int) -> bool:
    """Does a lead's text stop mid-sentence at a full line right before another lead or at the page's
    end (a column piece the OCR read last, its rest elsewhere), and line j's first word finish the word
    that line begins (…为环卫工人送 | 去防暑降温…: 送 and 去 each stand alone where they were printed)?
    Then line j may be that rest, not the next line of the headline-shaped line i above it."""
    cb = _content(lines[j])
    printed = [k for k, t in enumerate(lines) if t.strip()]
    for at, k in enumerate(printed):
        if k in (i, j):
            continue
        nxt = _content(lines[printed[at + 1]]) if at + 1 < len(printed) else ""
        ck = _content(lines[k])
        if nxt and not bl.LEAD.match(nxt):
            continue
        start = next((m for m in reversed(printed[:at + 1]) if bl.LEAD.match(_content(lines[m]))), None)
        if (start is None or printed.index(start) < at - 3 or is_terminal(ck) or ck[-1:] in NO_END
                or _SENTENCE_MARK.search(ck[-1:])):
            continue  # a lead's last line, a few lines from its start, stopping mid-word
        if cut_off(ck, cb) and not cut_off(_content(lines[i]), cb):
            return True
    return False


def _since_sentence_end(lines: list[str], j: int, limit: int = 12) -> str:
    """The text printed before line j since the last sentence end (。！？), over at most ``limit``
    printed lines: on a page cut into pieces, what a quote closed at line j could have been opened in."""
    parts: list[str] = []
    for k in range(j - 1, -1, -1):
        t = _content(lines[k])
        if not t:
            continue
        m = re.search(r"[。！？!?][”’\"']*(?=[^。！？!?]*$)", t)
        parts.insert(0, t[m.end():] if m else t)
        if m or len(parts) >= limit:
            break
    return "".join(parts)


def _rival_claim(lines: list[str], cuts: list[int], i: int, j: int) -> bool:
    """Does a cut line near line j (other than line i) have a claim on j's first words that only the
    text of another column could have: a quote it leaves open that j's first sentence closes, while the
    text printed before j since the last sentence end opened none (…探索出新 | 促职工共赢”为核心…, the
    quote opened at 本次活动以“跨区域联动、), or an enumeration it stops in (…、省总工会) that j's 等 closes
    (…培育摇篮 | 等相关部门…), or a word it began that j's first characters end while line i stops on 在
    and a place name begins a line elsewhere (:func:`_place_elsewhere`)?  The reading-order stage weighs
    the same evidence."""
    cb = _content(lines[j])
    unopened = quote_fit((False, False), cb) < 0 and quote_state(_since_sentence_end(lines, j)) == (False, False)
    closer = cb.startswith("等")
    place = _place_elsewhere(lines, i, j)  # then a word across from a cut line is the other side's evidence
    if not (unopened or closer or place):
        return False
    lo, hi = _near(lines, cuts, j)
    for k in cuts[lo:hi]:
        if k in (i, j):
            continue
        ck = _content(lines[k])
        if (unopened and quote_fit(quote_state(ck), cb) > 0) or (closer and list_cut(ck)) \
                or (place and word_across(ck, cb)):
            return True  # the last: …西铁工 | 程公司… spans a word, and …建设工会在 goes on at 西安…
    return False


def _place_elsewhere(lines: list[str], i: int, j: int) -> bool:
    """Does line i stop on 在/于/到/赴 with a place name beginning a printed line within reach other than
    line j (…陕西省建设工会在 and 西安建筑工程技师学院，…)?"""
    ca = _content(lines[i])
    if not ca.endswith(("在", "于", "到", "赴")):
        return False
    printed = [k for k in range(max(0, i - 2 * _NEAR), min(len(lines), i + 2 * _NEAR)) if lines[k].strip()]
    return any(k not in (i, j) and after_place_word(ca, _content(lines[k])) for k in printed)


def _bound_claimed(lines: list[str], cuts: list[int], i: int, j: int) -> bool:
    """Is there a cut line near line j that stops on a character, not a mark (…能有), so that the
    text of line j, which no sentence begins with, may go on its sentence?"""
    lo, hi = _near(lines, cuts, j)
    return any(k not in (i, j) and re.search(r"[\u4e00-\u9fff]$", _content(lines[k]))
               and not _goes_on_below(lines, k) for k in cuts[lo:hi])


def _goes_on_below(lines: list[str], k: int) -> bool:
    """Does the printed line after line k go on k's last word (…王开库，一 | 直在台下…: a dictionary word
    across)?  Then k's sentence has its rest, and claims no other line's words."""
    m = next((m for m in range(k + 1, len(lines)) if lines[m].strip()), None)
    return m is not None and word_across(_content(lines[k]), _content(lines[m])) is not None


def _runs_on(lines: list[str], j: int, width: int) -> bool:
    """Does line j fill the column and go on mid-word (…募捐活 | 动，…: a dictionary word across, or
    one character and a mark, 动，) or at a mark no line begins with, into a printed line that holds
    a clause mark?  Then line j begins a sentence, not a headline line."""
    if _measure(lines[j]) < width:
        return False
    k = next((m for m in range(j + 1, len(lines)) if lines[m].strip()), None)
    if k is None:
        return False
    ck = _content(lines[k])
    if not _CLAUSE_MARK.search(ck):
        return False  # a headline's lines run on into each other too (…协作机制实 | 现省级层面全覆盖)
    return ck[:1] in NO_START or starts_bound(ck) or word_across(_content(lines[j]), ck) is not None


def _lead_goes_on_elsewhere(lines: list[str], i: int, j: int, width: int) -> bool:
    """Is line i the first line of a lead (本报讯（记者…）近日，青海省果: its text begun, stopping on a
    character) whose last word goes on at a printed line within reach, other than line j, that begins
    a paragraph where it stands (the printed line before it is shorter than the column and ends a
    sentence, or has a headline's shape: no clause mark, not stopping on 在, 的 …)?"""
    ca = _content(lines[i])
    m = bl.LEAD.match(ca)
    if not m or not ca[m.end():].strip() or not re.search(r"[\u4e00-\u9fff]$", ca) or any(quote_state(ca) or ()):
        return False  # a quote the lead opened goes on at its next line (…“深夜跑单 | 结束，能有…)
    printed = [k for k in range(max(0, i - 3 * _NEAR), min(len(lines), i + 3 * _NEAR)) if lines[k].strip()]
    at = printed.index(i)
    for pos in range(max(1, at - _NEAR), min(len(printed), at + _NEAR + 1)):
        k, above = printed[pos], printed[pos - 1]
        if k in (i, j) or above == i or _measure(lines[above]) >= width:
            continue
        ck, cabove = _content(lines[k]), _content(lines[above])
        ends = is_terminal(cabove) or (_headline_shaped(lines[above]) and not _CLAUSE_MARK.search(cabove)
                                       and not needs_more(cabove) and cabove[-1:] not in BOUND)
        if ends and word_across(ca, ck):
            return True
    return False


def _over_dated_lead(run: str, last: str, nxt: str) -> bool:
    """Is ``run`` (the text of full column lines, ``last`` the last of them) a headline over a lead that
    opens on its date (``nxt``, the next printed line: 9月25日，…)?  In a narrow column a headline
    fills its line often (a 10-character headline in a 10-character column), as in a wide one a
    headline may fill a line of its own; then only the text tells it: headline-shaped (5–40
    characters, no mark but the 、 of an enumeration, quotes closed, not ending on 的/等/和 or a
    preposition, not an opener pointing back), no lead, byline or credit in it, and no word (nor a
    number) running on into the dated line."""
    return (5 <= len(run) <= 40 and not re.search(r"[，。；：！？,;:!?…]", run) and _balanced(run)
            and run.count("‘") == run.count("’") and run[-1:] not in BOUND and not needs_more(run)
            and not run.startswith(_REFERS_BACK) and not starts_bound(run) and "本报" not in run
            and not _whole_line_item(run) and bool(_DATED_LEAD.match(nxt))
            and not (run[-1:].isdigit() and nxt[:1].isdigit()) and word_across(last, nxt) is None)


def _dated_heading(lines: list[str], j: int, width: int) -> bool:
    """Do full lines j… (one or more, at most 40 characters) read as a headline over a dated lead
    (:func:`_over_dated_lead`)?"""
    run, k = "", j
    while k < len(lines) and len(run) <= 40:
        if not lines[k].strip():
            k += 1
            continue
        if _measure(lines[k]) < width or _starts_item(lines[k]) or (k > j and _INDENT.match(lines[k])):
            return False  # a short line ends the run where it stands: the rules for short lines see to it
        ck = _content(lines[k])
        run += ck
        m = next((m for m in range(k + 1, len(lines)) if lines[m].strip()), None)
        if m is None:
            return False
        if _over_dated_lead(run, ck, _content(lines[m])):
            return True
        k = m
    return False


def _headline_over_claimed(lines: list[str], cuts: list[int], j: int, width: int) -> str | None:
    """Do lines j… (up to the first line shorter than the column) read as a headline (5–40
    characters, no clause mark, quotes closed, not ending on 的/等/和 …) over text that goes on
    another cut line's sentence (a dictionary word across, a place after 在)?  Then that text is a
    displaced lead's rest under its headline, as the OCR read it.  The word, or None."""
    run, k = _run(lines, j, width)
    if not 5 <= len(run) <= 40 or _CLAUSE_MARK.search(run) or not _balanced(run) or run[-1:] in BOUND \
            or needs_more(run) or _starts_item(lines[j]) or _whole_line_item(run) or is_terminal(run) \
            or run.count("'") % 2 or run.count("‘") != run.count("’") or starts_bound(run):
        return None
    m = next((m for m in range(k + 1, len(lines)) if lines[m].strip()), None)
    if m is None or _starts_item(lines[m]) or _whole_line_item(_content(lines[m])) or word_across(run, _content(lines[m])):
        return None  # a word running on into the next line: the run is text, not a headline
    return _claimed_elsewhere(lines, cuts, k, m)


def _breaks_columnar(lines: list[str], i: int, j: int, width: int, so_far: str, before: str,
                     cuts: list[int] = (), soft: bool = False, ahead: int | None = None,
                     parted: bool = False) -> bool | str:
    """In a column page: does the paragraph end between line i and line j (the next printed line)?
    ``so_far`` is the paragraph up to line i, ``before`` the paragraph before it, ``cuts`` the page's
    :func:`_cut_lines`; with ``soft``, :data:`SOFT` where the two would be joined on no evidence but
    the column's width (see :func:`paragraphs`); ``ahead`` the width of the column line j is printed in,
    where it differs from line i's (a page in two widths), for the rules that read on from line j;
    ``parted``: the page's blank lines are its paragraph ends (:func:`_blank_ends_paragraph`)."""
    ahead = ahead or width
    a, b = lines[i].strip(), lines[j].strip()
    ca, cb = _content(a), _content(b)
    if _LABEL.search(a) or _LABEL.search(b) or _MARKUP.match(b):
        return True
    if cb[:1] in NO_START or _split_dash(ca, cb):
        return False
    if _INDENT.match(lines[j]):
        return True
    if j - i == 1 and _byline_goes_on(lines[i], lines[j]):
        return False
    size = _measure(lines[i])
    # one short of the column when an opening mark was carried to the next line; else a line one
    # short of it is a paragraph's end (the next character would have fitted)
    full = size >= width or (size == width - 1 and cb[:1] in NO_END)
    if bl.LEAD.match(cb) and ca[-1:] not in NO_END:
        return True  # 本报讯（…） begins a paragraph, even after a line the OCR cut on a comma or 、
    opens = ca[-1:] in NO_END if j - i > 1 else _opens(ca)
    if not full:
        # a short line ends its paragraph.  One that stops on an opening mark or leaves a quote or
        # bracket open was cut by the OCR (a typesetter never ends a line so, and the column had
        # room): where it goes on is for the reading order to find, on evidence.  But not inside
        # one printed run the next line completes (（上接第1 | 版）, 本报福 | 州11月13日电, 9月 | 25日): a
        # box-based engine cut the printed line in two there, and the run is whole only joined; nor
        # inside a photo credit the next line ends (本报记者 刘欣欣/文 陈艺 | /摄)
        return not (j - i == 1 and (_completed_across(ca, cb, _content(so_far)) or _marker_across(ca, cb)
                                    or _credit_cut(so_far, lines[i], lines[j])))
    plain = _content(so_far)
    if cb[:1] in "”’":
        return False  # a closing quote at a line's start closes a quote the line before opened
    if ((ca[-1:] in "“‘" or (
            plain == ca and _headline_shaped(ca) and not _CLAUSE_MARK.search(ca) and ca[-1:] not in BOUND
            and (_after_cut(lines, cuts, i) or (before and _closes(before) and _whole_heading(ca)
                                                and not _MARKUP.match(so_far) and _SENTENCE_MARK.search(cb)
                                                and not starts_bound(ca) and not ca.startswith(_REFERS_BACK)))))
            and word_across(ca, cb) is None
            and (_claimed_elsewhere(lines, cuts, i, j) or (plain == ca and _left_hanging(lines, i, j)))):
        # a full line that leaves a quote open, or a headline filling its line after a cut column or a
        # finished paragraph, and another cut line nearby whose sentence this next line goes on (乙城工会举办
        # 读书分享会 | 享会，… with …读书分 cut below): leave the two apart
        return True
    if plain == ca and word_across(ca, cb) is None and _lead_goes_on_elsewhere(lines, i, j, width):
        # a lead's first line, as wide as the column, stopping mid-word (本报讯（记者…）近日，青海省果), and a
        # word across into a line that begins a paragraph where the OCR read it (洛藏族…, under a
        # headline), none into the next line: maybe a cut column piece that happens to fill the line.
        # Soft: the reading-order stage weighs that word against the next line and the other claims
        # on both (…深夜跑单 | 结束，能有 stays, though 单个 runs into 个亮灯…, which …能有 goes on at)
        return SOFT if soft else False
    if (soft and not is_terminal(ca) and not opens and not starts_bound(plain) and word_across(ca, cb) is None
            and not (starts_bound(cb) and not starts_bound(cb, strict=True)) and _rival_claim(lines, cuts, i, j)):
        # a full line stopping mid-sentence (its paragraph begun where one may begin), then words a cut
        # line nearby has a claim on (:func:`_rival_claim`): maybe a cut column piece that happens to fill
        # the line.  Not before the end of a broken word (…特别暖 | 心。”): that goes on the line before.
        # Soft: the reading-order stage weighs the claims and joins the two again unless one wins
        return SOFT
    if (not is_terminal(ca) and ca[-1:] not in NO_END and word_across(ca, cb) is None
            and _headline_over_claimed(lines, cuts, j, ahead)):
        # a full line stopping mid-sentence, then a headline-shaped run over text that goes on another
        # cut line's sentence: the run is a headline the OCR read after a cut column, not this line's rest
        return True
    if (ca[-1:] in "、，,；;" and starts_bound(cb) and not starts_bound(cb, strict=True)
            and quote_fit((False, False), cb) < 0 and quote_state(plain) == (False, False)
            and _bound_claimed(lines, cuts, i, j)):
        # this line stops on a mark, and the next begins with a broken word's end (one character and a
        # mark) closing a quote this paragraph never opened (…舒缓室、 | 享’。”…): the rest of a cut line's
        # sentence, though a line stopping on 、 or a comma goes on at the next as a rule
        return True
    if opens:
        return False
    if _MARKUP.match(so_far) and "。" in _run(lines, j, ahead)[0]:
        return True  # a heading the OCR marked, then text that ends a sentence: the heading filled its line
    if (plain == ca and before and _LABEL.search(before) and _headline_shaped(ca) and not _CLAUSE_MARK.search(ca)
            and word_across(ca, cb) is None and "。" in _run(lines, j, ahead)[0]):
        return True  # the line under a column label is its headline, which filled its line (…临时休息圈 | 云南…)
    if _whole_line_item(_content(so_far)) and not _whole_line_item(_join(_content(so_far), a, b)):
        return True
    if bl.CONTINUED.match(plain) or bl.DATELINE.fullmatch(plain) or (bl.SOURCE.match(plain) and plain[-1:] == "》"):
        return True  # a 上接 marker, a dateline, a source (转自《中工网》): items of their own, even filling the line
    if (plain == ca and _PARALLEL.fullmatch(ca) and (not before or _closes(before)) and not word_across(ca, cb)
            and not any(_particle(phrase) for phrase in ca.split(" ")[1:])):
        # two phrases parted by a space on a line of their own: a headline (公交驾驶员 赛场展技能); not where
        # one begins with a particle standing alone (设置 了“…”), as no phrase does: a justified line's gap
        return True
    if (not _CLAUSE_MARK.search(plain + cb) and len(plain) + len(cb) > 40 and _balanced(plain)
            and not plain.startswith(_REFERS_BACK)
            and (not before or _closes(before)) and not word_across(ca, cb) and not _runs_on(lines, j, ahead)):
        return True  # a headline line is shorter: two lines of a headline block (kicker, title)
    if (plain != ca and not _CLAUSE_MARK.search(plain) and _balanced(plain) and (not before or _closes(before))
            and cb[:1] in BOUND and word_across(ca, cb) is None and _bound_claimed(lines, cuts, i, j)):
        # a headline block of full lines, then text no sentence begins with (个亮灯…): the rest of a
        # cut line's sentence the OCR read under the headline, not the headline's last words
        return True
    if _starts_item(b) and (is_terminal(ca) or not _SENTENCE_MARK.search(ca)):
        return True
    if is_terminal(ca) and starts_bound(cb, strict=True):
        return True  # a sentence ended and the next line cannot begin one (和…, 等…): the OCR cut the column here
    if bl.BYLINE_START.match(cb) and not _SENTENCE_MARK.search(plain) and _balanced(plain):
        return True  # a headline, then its byline (本报记者 …)
    if bl.DATELINE.fullmatch(cb):
        return True  # a dateline on a line of its own closes an item; it never goes on mid-sentence
    if is_terminal(ca) and (_heading_run(lines, j, ahead) or _whole_line_item(b)):
        return True
    if is_terminal(ca) and _claimed_heading(lines, j, ahead):
        return True  # a headline filling its line, whose next line goes on another line's sentence
    if is_terminal(ca) and _dated_heading(lines, j, ahead):
        return True  # a headline filling its line (or lines) over a dated lead: it begins a paragraph here
    if (not _MARKUP.match(so_far) and (not before or _closes(before)) and not _starts_item(so_far)
            and _over_dated_lead(plain, ca, cb)):
        return True  # …and it ends there: the dated lead is the next paragraph (工会送上暖“新”祝福 | 9月25日，…)
    if (_SENTENCE_MARK.search(plain) and not _CLAUSE_MARK.search(ca[-1:])
            and _heading_run(lines, j, ahead, lead=True) and word_across(ca, cb) is None):
        return True  # a headline over a lead or byline, after a column the OCR cut mid-sentence
    gap = j - i - 1
    if gap > 0 and (is_terminal(ca) or parted):
        return True
    # a full line that ends a sentence may end its paragraph too: the column gives no sign either
    # way.  With ``soft`` the two are left apart and the break marked as uncertain, for the
    # reading order stage to join again unless another line's sentence goes on there (never inside
    # a quotation, nor before a straight quote, which may close one the line before left open)
    if not soft:
        return False
    if is_terminal(ca):
        return SOFT if _balanced(plain) and cb[:1] not in "\"'" else False
    return False


def _blank_ends_paragraph(lines: list[str], widths: list[int]) -> bool:
    """In a column page: is a blank line the end of a paragraph, wherever it falls?  So on a page that
    prints one blank line after every paragraph and none elsewhere (Tesseract's text output): every
    run as long as the others, six in seven after a line that may end a paragraph by its own form
    (shorter than the column, a sentence's end, a credit, a heading or a headline-shaped line).  Then the
    few after a full line stopping mid-sentence end a paragraph the OCR cut there, not a stray blank
    inside one: stray blank lines fall between any two lines, mostly full ones mid-sentence, and a page
    with them fails the count.  And since an item's edge has the same blank line as a paragraph's,
    the blank lines say nothing of where items end: they are found as on a page without blank lines
    (:func:`_item_gaps`)."""
    runs = _runs(lines)
    gaps = [(start, n) for start, n in runs if n]
    if len(gaps) < 8 or len({n for _, n in gaps}) > 1:
        return False
    ends = 0
    for start, _ in gaps:
        last = start - 1
        ca = _content(lines[last])
        ends += (_measure(lines[last]) < widths[last] - 1 or _closes(ca) or _headline_shaped(ca)
                 or bool(_MARKUP.match(lines[last].strip())))
    return ends >= 0.85 * len(gaps)


# particles that end the word before them (设置了, 丰富的, 伙伴们): no phrase of a headline begins with one
_PARTICLES = "的了着过们得"


def _particle(text: str) -> bool:
    """Does ``text`` begin with a particle standing alone (:data:`_PARTICLES`; jieba's reading: not 的确, 过程)?"""
    return text[:1] in _PARTICLES and bound_start(text)


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


_ROLES = ("本报特约通讯员", "本报特约记者", "本报通讯员", "本报记者", "通讯员", "记者")


@lru_cache(maxsize=65536)  # asked of the same lines again for every break weighed
def _byline_goes_on(a: str, b: str, names: bool = True) -> bool:
    """Is line ``b`` the rest of the byline line ``a`` began: a role word spanning the break
    (本报记者 李明 本报通 | 讯员 王芳), or names after it that still make one byline?"""
    ca, cb = _content(a), _content(b)
    if any(ca.endswith(role[:k]) and cb.startswith(role[k:]) for role in _ROLES for k in range(1, len(role))):
        return True
    return names and bool(bl.BYLINE_START.match(ca)) and _whole_line_item(_join(ca, a, b))


def _breaks_wrapped(lines: list[str], i: int, j: int, per_line: bool, bridge: bool = False,
                    so_far: str = "", before: str = "", blankless: bool = False) -> bool:
    """In a page of paragraphs: does the paragraph end between line i and line j?  ``so_far``: the
    paragraph's text up to line i, as the OCR printed its first line (markup kept); ``before``: the
    paragraph before it; ``blankless``: the page has no blank line at all, so no blank line says
    where a paragraph ends and the text alone must."""
    a, b = lines[i].strip(), lines[j].strip()
    ca, cb = _content(a), _content(b)
    if _LABEL.search(a) or _LABEL.search(b):
        return True
    if j - i == 1 and _byline_goes_on(lines[i], lines[j], names=not per_line):
        return False
    if j - i > 1 and not per_line and _byline_goes_on(lines[i], lines[j], names=False):
        return False  # 本报通 | (stray blank lines) | 讯员: a role word no blank line can part
    if cb[:1] in NO_START or _split_dash(ca, cb):
        return False
    if j - i > 1 and not per_line and (cb[:1] in CLOSING_QUOTES or ca[-1:] in NO_END) and not _starts_item(b):
        # …赋能高质量发展？ | (blank) | ”“人工智能…, …将把“ | (blank) | 劳模工匠助…: no printed line begins
        # with a closing quote or ends on an opening mark, so no column the OCR cut ends or begins there
        # either (it cuts at a printed line's end): the blank is a stray one, on a page read out of order too
        return False
    if j - i > 1 and not per_line and re.fullmatch(r"[\u4e00-\u9fff]", cb) and not _closes(ca) \
            and not _LABEL.search(b) and not _MARKUP.match(b):
        return False  # …深夜跑单结束，能 | (blank) | 有: no paragraph, and no column line the OCR cut, is one
        # character without a mark; after a line that stops mid-sentence it is that line's rest
    if j - i > 1 and not per_line and _completed_across(ca, cb, _content(so_far)):
        return False  # 本报厦门9月25 | 日电（…）: a lead or date the blank line cut in two
    if j - i > 1 and not per_line and _name_cut(so_far, cb):
        return False  # 本报通讯员 张舒建 乔 | (blank) | 俏: a byline's last name the blank line cut in two
    if j - i > 1 and not per_line and _credit_cut(so_far, lines[i], lines[j]):
        return False  # 本报记者 陈艺 | (blank) | 摄: a photo credit the blank line cut in two
    if j - i > 1 and not per_line and _headline_name_cut(before, so_far, ca, cb, b):
        return False  # 玉溪红塔区总工会打造… | 云南玉溪红塔区 | (blank) | 总工会联合…: the headline's name, cut
    if j - i > 1 and not per_line and _lead_cut_mid_word(so_far, ca, cb, b):
        return False  # 本报讯（…）近日，…为辖区11家企事 | (blank) | 业单位…: a lead's first sentence cut mid-word
    if j - i > 1 and not per_line and _marked_sentence(so_far) and _stray_blank(ca, cb, b, so_far):
        return False  # ## 据介绍，…“职工需求直通 | (blank) | 车”机制…: a heading never stops mid-sentence
    if j - i > 1 and not per_line and _heading_cut_mid_word(so_far, cb, b):
        return False  # #### 打造可复 | (blank) | 制“标准样板”: a heading the OCR marked is one line
    if j - i > 1 and not per_line and _word_cut(_content(so_far) or ca, cb, b):
        return False  # …一组国 | (blank) | 产化工业…: a word the blank line cut in two, on any page
    if j - i > 1:  # a blank line between: only a line that cannot begin a line is bridged, or with
        return per_line or not (bridge and _stray_blank(ca, cb, b, so_far))  # ``bridge``, a sentence going on
    if blankless and per_line:  # one paragraph per line and no blank line anywhere: each line break parts
        return True  # paragraphs as a blank line would (a line on 、 or —— is a column piece the OCR cut)
    if _opens(ca):
        return False
    if per_line:
        return True
    if _starts_item(b) or _INDENT.match(lines[j]):
        return True
    if blankless and (bl.CONTINUED.match(_content(so_far)) or _headline_ends(before, so_far, cb)
                      or _LEAD_START.match(cb) or _lead_cut_at_place(lines, j)):
        # （上接第1版） | 会议强调…: the marker is a line of its own, as a headline over its text is; and
        # a lead the wrap cut before its 电 (本报厦门9月25日 | 电…) still opens its item
        return True
    if blankless and (_closes(so_far) or _whole_line_item(_content(so_far))):
        # lines re-broken at any width with no blank line anywhere: a line that finishes what it
        # says (a sentence's end, a credit, a dateline, a byline of names) ends its paragraph.  A line break falling
        # right after a sentence's end inside a paragraph only parts the paragraph in two; run on,
        # a page without blank lines would be one paragraph from its first headline to its last line.
        return True
    # names parted by spaces make a byline, but not inside a quotation the paragraph opened
    # (论坛以“会聚 | 巾帼 匠心筑 | 梦”为主题: a quoted phrase with an OCR space, cut by the wrap)
    return _whole_line_item(b) and not _quote_open(_content(so_far))


# a lead's first words, however soon the wrap cut its line: 本报讯, 本报厦门9…
_LEAD_START = re.compile(r"^本报(?:讯|[\u4e00-\u9fff]{1,8}?\d)")
def _lead_cut_at_place(lines: list[str], j: int) -> bool:
    """Is line j a lead's 本报 and place alone, its date and 电 opening the next line (本报厦门 | 9月25日电…)?"""
    nxt = next((_content(t) for t in lines[j + 1:] if t.strip()), "")
    return bool(re.fullmatch(r"本报[\u4e00-\u9fff]{1,8}", _content(lines[j])) and re.match(r"\d{1,2}月\d{1,2}日电", nxt))


# a sentence's first words by their form: a date or time (9月25日，…, 2024年以来…, 9月25 | 日 cut by the
# wrap), 近日, 日前 …
_DATED_START = re.compile(r"^(?:\d{1,4}年|\d{1,2}月(?:\d{1,2}日|\d{0,2}$)|日前|近日|近期|今年|去年|昨天|今天)")


def _headline_ends(before: str, so_far: str, cb: str) -> bool:
    """On a page without blank lines: does a headline end at this line break?  The paragraph so far
    has a headline's shape and stands after a finished paragraph, a column label or the page's top,
    and the next line opens a sentence by its form (a date, 近日, an opener: 工会送上暖“新”祝福 |
    9月25日，…) or names again, near its start, what the headline names (…红塔区总工会打造… | 云南
    玉溪红塔区总工会联合…: a story's first sentence restates its headline's subject), with no
    dictionary word across the break.  Otherwise the headline runs on into the first sentence."""
    t = _content(so_far)
    if (not _headline_shaped(so_far) or len(t) < 4 or word_across(t, cb) is not None
            or _DATED_START.match(t) or t.startswith(_REFERS_BACK)):
        return False  # 9月25日举办的… | …: a sentence's own first words, never a headline's
    if before and not (_closes(before) or _LABEL.search(before.strip())):
        return False
    if _DATED_START.match(cb) or cb.startswith(OPENERS):
        return True
    head = cb[:8]  # the name right at the start (云南玉溪红塔区…), not a word the sentence repeats later on
    return any(t[k:k + 4] in head for k in range(len(t) - 3) if re.fullmatch(r"[\u4e00-\u9fff]{4}", t[k:k + 4]))


def _quote_open(text: str) -> bool:
    """Does the text leave a double quote open (curly quotes unpaired, or an odd count of straight ones)?"""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _marked_sentence(so_far: str) -> bool:
    """Is the paragraph so far text the OCR marked as a heading (``## 据介绍，邹城市总…``) that reads
    as a sentence: a clause mark inside, and no sentence end?  A heading does not stop mid-sentence
    after a comma, so where a blank line cuts such a paragraph and the text says the sentence goes on
    (:func:`_stray_blank`), the blank is a stray one, on a page read out of order as well: the
    heading's words are the OCR's, not a column fragment's."""
    m = _MARKUP.match(so_far)
    body = so_far[m.end():].strip() if m else ""
    return bool(body) and bool(re.search(r"[，,；;]", body)) and not is_terminal(body)


def _split_dash(ca: str, cb: str) -> bool:
    """Is a dash (——, two characters wide, printed as one mark) cut in two between the lines?  No
    line may end on half of it (GB/T 15834), so only a break inside it, such as a stray blank line,
    puts one half on each side."""
    tail = len(ca) - len(ca.rstrip("—"))
    return tail % 2 == 1 and cb.startswith("—")


def _heading_cut_mid_word(so_far: str, cb: str, raw_b: str) -> bool:
    """Is the paragraph so far a heading the OCR marked (#### 打造可复), short and without a clause
    mark, that a blank line cut mid-word: the next line has a heading's shape too (no clause mark,
    no sentence end, together at most 30 characters), opens no item, and a dictionary word spans
    the two (复制), or the heading leaves a quote open that the next line closes (### 高位推动绘就“ |
    规划图”, either form of the marks)?  The OCR marks a whole printed line as a heading, so its rest is
    this line."""
    m = _MARKUP.match(so_far)
    body = so_far[m.end():].strip() if m else ""
    if not body or _MARKUP.match(raw_b.strip()) or _starts_item(raw_b) or _whole_line_item(cb):
        return False
    return (not _CLAUSE_MARK.search(body + cb) and not is_terminal(body) and not is_terminal(cb)
            and len(body) + len(cb) <= 30
            and (word_across(body, cb) is not None or (_quote_open(body) and not _quote_open(body + cb))))


def _word_cut(ca: str, cb: str, raw_b: str) -> bool:
    """Does a blank line between ``ca`` (the paragraph so far: a line of it alone may hold less than the
    word's first part, 中铁五局成立工匠学 | 院 | (blank) | 前，…) and ``cb`` cut a word in two: each side's edge character stands
    alone in its own line's segmentation and the two make a dictionary word (…一组国 | 产化工业…: 国, 产;
    国产), ``ca`` ends no sentence and ``cb`` opens no item?  A typesetter breaks a line inside a word, and
    an OCR engine reads that line's rest next within a column piece; where it cut a column, the line it
    read next begins another piece, whose first character finishing the cut line's word is a chance.  So
    the blank is a stray one, on a page read out of order too (the reading-order stage would join the
    two lines on that word anyway: a blank left there only lets a chance word elsewhere take one side).
    A word already whole on one side (…建设 | 网约车司机) or two whole words read together (高级 | 会议)
    is no such cut: :func:`continuity.cut_off` tells them apart."""
    if not ca or not cb or is_terminal(ca) or _closes(ca) or _whole_line_item(ca) or _LABEL.search(ca):
        return False
    if _starts_item(raw_b) or _whole_line_item(cb) or bl.BYLINE_START.match(cb) or _MARKUP.match(raw_b.strip()):
        return False
    if word_across(ca, cb) is None:
        return False
    # …学院重点支 | 持。该学院…, …的地方。据 | 悉，今年…: a character and a clause mark after it end no clause of
    # their own, so the character finishes the word the line before began (a one-character item of a list,
    # …来自政、 | 产、学、研, is whole where it stands, as cut_off says)
    return cut_off(ca, cb) or (len(cb) > 1 and cb[1] in "，。；：！？,;:!?" and cut_off(ca, cb[0]))


def _name_cut(so_far: str, cb: str) -> bool:
    """Is the paragraph so far a byline (本报记者 …) whose last name a blank line cut: its last word one
    or two characters, the next line one or two characters with nothing else, the two a name of two or
    three?  No paragraph is one or two characters long; a name cut so is the byline's rest."""
    text = _content(so_far)
    if not bl.BYLINE_START.match(text) or not re.fullmatch(r"[\u4e00-\u9fff]{1,2}", cb):
        return False
    last = text.split()[-1]
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{1,2}", last)) and 2 <= len(last) + len(cb) <= 3 \
        and bl.is_byline(text + cb)


def _credit_cut(so_far: str, raw_a: str, raw_b: str) -> bool:
    """Do the paragraph so far and the next line make a photo credit (本报记者 陈艺 | 摄) that the
    paragraph alone is not?  A credit is one short line: a blank line inside it is a stray one, and
    its 摄 left alone would be read as the first word of the next item.  A single name counts only
    before a lone 摄 (赵思远 | 摄): no paragraph is that one character."""
    text = _content(so_far)
    lone = bool(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", text)) and _content(raw_b) == "摄"
    if bl.is_credit(text) or not (bl.BYLINE_START.match(text) or bl.is_names_only(text) or lone):
        return False
    return bl.is_credit(_join(text, raw_a, raw_b))


def _headline_name_cut(before: str, so_far: str, ca: str, cb: str, raw_b: str) -> bool:
    """Is the paragraph so far the first words of the text under a headline (``before``, headline-shaped),
    cut by a blank line inside a name the headline gives: at least two characters on each side of the
    break read, together, as four or more characters of the headline (云南玉溪红塔区 | 总工会联合… under
    玉溪红塔区总工会打造…: 红塔区总工会)?  The name is one printed word: the blank is a stray one, and the
    piece before it is no headline line."""
    head = _content(before)
    if (not head or not _headline_shaped(before) or _content(so_far) != ca or _CLAUSE_MARK.search(ca)
            or is_terminal(ca) or _starts_item(raw_b) or _whole_line_item(cb) or _MARKUP.match(raw_b.strip())):
        return False
    return any(ca[-k:] + cb[:m] in head for k in range(2, min(len(ca), 6) + 1) for m in range(2, min(len(cb), 6) + 1)
               if k + m >= 4)


def _lead_cut_mid_word(so_far: str, ca: str, cb: str, raw_b: str) -> bool:
    """Is the paragraph so far a lead whose first sentence has begun (本报讯（记者…）近日，…) and a blank
    line cut it mid-word: it stops with no sentence end yet, either on a character a dictionary word
    spans the blank from into the next line (企事 | 业单位) or on a preposition (…新丰县总工会为 | 辖区…),
    or right after its time (本报讯（…）近日， | 某省…: the sentence has no subject yet), and the next
    line opens no item?  The OCR printed the lead's first line as one piece, so its rest,
    even on a page read out of order, is the next line."""
    m = bl.LEAD.match(_content(so_far))
    if not m or not _content(so_far)[m.end():].strip() or is_terminal(ca) or _starts_item(raw_b) \
            or _whole_line_item(cb):
        return False
    if _LEAD_TIME.fullmatch(_content(so_far)[m.end():].strip()):
        return bool(re.match(r"[\u4e00-\u9fff]", cb))  # 本报讯（…）近日， | (blank) | 某省…: only its time said yet
    if not re.search(r"[\u4e00-\u9fff]$", ca):
        return False
    return "。" not in _content(so_far)[m.end():] and (word_across(ca, cb) is not None or needs_more(ca) == 2)


# a lead's first clause when it is only the time (本报讯（…）近日，): the sentence has no subject yet
_LEAD_TIME = re.compile(r"(?:近日|日前|近期|今天|今日|昨天|昨日|\d{1,4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日)"
                        r"(?:上午|下午|晚上|晚间|早上)?\s*[，,]")


# a measure word or unit after a number (近500 | 名职工, 5 | 万元): a number and what it counts are one word
# to a typesetter, never parted at a line's end
_COUNTED = r"(?:名|个|位|人|家|项|次|件|余|多|万|亿|千|百|元|岁|届|批|场|条|种|所|台|辆|吨|倍|%|％)[\u4e00-\u9fff，、]"


def _completed_across(ca: str, cb: str, so_far: str = "") -> bool:
    """Do the two lines make a lead (本报厦门9月25日电), a lead's credit (本报讯（记者 | 白莹）), a title in
    《》 (转自《中工 | 网》) or a date (9月 | 25日) that neither holds whole?  ``so_far``: the paragraph up to ``ca`` (markup
    removed), for a credit that more than one blank line cut (本报讯（记 | 者李明 通讯员王 | 芳）…):
    the paragraph is then a lead whose bracket is still open, and ``cb`` closes it."""
    if bl.LEAD.match(ca + cb) and not bl.LEAD.match(ca):
        return True
    if bl.CONTINUED.match(ca + cb) and not bl.CONTINUED.match(ca):
        return True  # （上接第1 | 版）: the marker is one printed line
    m = bl.DATELINE.search(ca + cb)
    if m and m.start() < len(ca) < m.end() and not bl.DATELINE.search(ca):
        return True  # …说。（本报福 | 州11月13日电）: a dateline is one printed run
    if ca.count("《") > ca.count("》") and re.match(r"[^《》]{0,12}》", cb):
        return True  # 转自《中工 | 网》: a title the line opened, closed at the next (no title mark is a line's end)
    lead = so_far if bl.LEAD.match(so_far) and so_far.endswith(ca) else ca
    if bl.LEAD.match(lead) and lead.count("（") + lead.count("(") > lead.count("）") + lead.count(")"):
        return bool(re.match(r"[^（(]*[）)]", cb))  # 本报讯（记者 | 白莹）7月28日…: the credit closes
    # a date (9月 | 25日), or a number a blank line cut (电话：635224 | 10): typesetters never break a number
    # across lines, so no printed line, and no column the OCR cut, ends inside one
    return bool(re.search(r"\d$", ca) and re.match(r"\d*[年月日号]|\d|" + _COUNTED, cb)) or bool(
        re.search(r"\d+[年月]$", ca) and re.match(r"\d", cb))


# the paper's marker words: a credit's 摄影报道, a lead's 本报讯, a byline's titles, 上接第…版, 转自《…》
_MARKERS = ("摄影报道", "本报讯", "本报记者", "本报通讯员", "通讯员", "上接第", "转自《")


def _marker_across(ca: str, cb: str) -> bool:
    """Does a marker word of the paper (:data:`_MARKERS`) run from the end of ``ca`` into ``cb``
    (…金宇 摄 | 影报道)?  One word to the typesetter, so the break inside it is the OCR's cut."""
    return any(ca.endswith(w[:k]) and cb.startswith(w[k:]) for w in _MARKERS for k in range(1, len(w)))


def _stray_blank(ca: str, cb: str, raw_b: str, so_far: str = "") -> bool:
    """Is a blank line between ``ca`` and ``cb`` a stray one inside a sentence?  Only on evidence
    that the sentence goes on: ``ca`` stops on a comma-like or opening mark (a straight quote too,
    when it opens one: an odd count in the paragraph so far, ``so_far``), ``cb`` cannot begin a
    sentence (等…, 的…), or a dictionary word spans the two; never before a line that opens an item
    or after one that ends a sentence or is a credit, byline or dateline."""
    if not ca or not cb or is_terminal(ca) or _closes(ca) or _whole_line_item(ca) or _LABEL.search(ca):
        return False
    if _starts_item(raw_b) or _whole_line_item(cb) or bl.BYLINE_START.match(cb) or _MARKUP.match(raw_b.strip()):
        return False
    return bool(ca[-1:] in "，、；：,;:" or ca[-1:] in NO_END or starts_bound(cb, strict=True)
                or (ca.endswith('"') and _content(so_far or ca).count('"') % 2 == 1) or word_across(ca, cb))


def _join(left: str, raw_left: str, raw_right: str) -> str:
    """Two printed lines of one paragraph: nothing between them, except a space the OCR printed
    at the break (between names in a byline) and one between Latin letters."""
    right = _content(raw_right)
    spaced = raw_left[-1:] in (" ", "\t") or (raw_right[:1] in (" ", "\t") and not _INDENT.match(raw_right))
    if spaced or (re.search(r"[A-Za-z]$", left) and re.match(r"[A-Za-z]", right)):
        return left + " " + right
    return left + right


def _runs(lines: list[str]) -> list[tuple[int, int]]:
    """The blank runs between printed lines: (file index of the run's first blank line, its length);
    a length 0 where two printed lines follow each other.  Blank lines before the first printed line
    or after the last part nothing and are left out."""
    printed = [i for i, t in enumerate(lines) if t.strip()]
    return [(a + 1, b - a - 1) for a, b in zip(printed, printed[1:])]


def _line_spacing(lines: list[str]) -> int:
    """The blank lines the page puts after every line it prints (double spacing: 1), or 0.

    A page exported or OCR'd with line spacing has ``t`` blank lines after every line, its own blank
    lines included: a run of ``k`` blank lines of the page as set becomes ``t + k(t + 1)``.  Read so
    when nine runs in ten between printed lines have that form for one ``t`` (of several, the one that
    fits the most runs, then the widest), and the page without the spacing is a page whose blank lines
    still mean something: its lines are a printed column's (:func:`_set_in_column`), or three in four of them
    are still followed by a blank line (a page of one paragraph per line, paragraphs parted by a blank
    line), or it keeps blank lines of its own, after one line in seven or more (a paragraph is rarely
    longer), between paragraphs whose lines were wrapped (:func:`_wrapped`).

    A page of one paragraph per line whose paragraphs are parted by one blank line and its items by
    three (the seed pages' own form) has the same runs as a page without blank lines set double-spaced;
    it is read as it is, since reading its blank lines as paragraph breaks loses nothing, and reading
    them as spacing would lose the items' edges."""
    runs = [n for _, n in _runs(lines)]
    if len(runs) < 8:
        return 0
    fits = {t: sum(1 for n in runs if n >= t and (n - t) % (t + 1) == 0) for t in (1, 2, 3)}
    # the spacing that fits the most runs, and of those the widest: runs of 5 and 11 are 2 + 3k (k = 1, 3)
    # before 1 + 2k; runs of 3, 5 and 7 are 1 + 2k, though 3 + 4k fits all but the 5s
    for t in sorted((t for t in fits if fits[t] >= 0.9 * len(runs)), key=lambda t: (fits[t], t), reverse=True):
        own = sum(1 for n in runs if n >= t and (n - t) // (t + 1) > 0)
        page = [lines[i] for i in _unspaced(lines, t)]
        if own >= 0.75 * len(runs) or _set_in_column(page) or (own >= 0.15 * len(runs) and _wrapped(page)):
            return t
    return 0


def _set_in_column(lines: list[str]) -> bool:
    """A printed column (:func:`_width`) one line in two or more of which is exactly as wide as it (or
    one more: a mark hung at the end): more than half in a 40-character column of the seed pages, most
    in a narrow one.  A short page of one paragraph per line, a blank line after each, may have a few
    lines of about one length by chance (two in five, one in five), and is read as it is."""
    width = _width(lines)
    sizes = [_measure(t) for t in lines if t.strip() and not _LABEL.search(t.strip())]
    return width is not None and sum(1 for n in sizes if width <= n <= width + 1) >= 0.5 * len(sizes)


def _wrapped(lines: list[str]) -> bool:
    """Lines of paragraphs broken where they fill a line (not one paragraph per line), parted by blank lines:
    the lines that another follows mostly stop mid-sentence (:func:`_per_line`), and not on a headline (a
    page of short items, each a headline over one paragraph, has as many such lines as paragraphs)."""
    ends = [_content(lines[i]) for i in range(len(lines) - 1) if lines[i].strip() and lines[i + 1].strip()]
    return (len(ends) >= 8 and not _per_line(lines)
            and sum(1 for t in ends if _headline_shaped(t)) < 0.5 * len(ends))


def _unspaced(lines: list[str], t: int) -> list[int]:
    """The file indices of the lines a page spaced ``t`` (:func:`_line_spacing`) was set in: every printed
    line, and of each run of blank lines between two the first ``(n - t) // (t + 1)``."""
    drop: set[int] = set()
    for start, n in _runs(lines):
        keep = (n - t) // (t + 1) if n >= t else 0
        drop.update(range(start + keep, start + n))
    return [i for i in range(len(lines)) if i not in drop]


def _box_cuts(lines: list[str], width: int) -> list[int]:
    """Lines a box-based engine (PaddleOCR …: one line per text box) cut off the start of a printed
    line, the line's rest on the next file line: two short lines in a row of a column page that
    together fill it (the column's width, or one or two more for marks hung at its end), the first
    neither ending a sentence nor opening an item, the second opening none, and the line after them
    going on the text (not a lead, byline or credit: two headline lines over a story may fill a line
    by chance).  Only on a page where such pairs are a habit (:data:`_BOXED_SHARE`).

    Why: every rule of the column reading takes a short line for a paragraph's end (or a cut column
    piece, or a headline), and the rest of a printed line for a paragraph of its own.  Two lines that
    add up to exactly one column line, within a paragraph's text, are one printed line."""
    printed = [i for i, t in enumerate(lines) if t.strip()]
    out: list[int] = []
    short: list[int] = []  # pairs that make a short line (a headline, a paragraph's last line) with a word across
    for n, (i, j) in enumerate(zip(printed, printed[1:])):
        if j != i + 1 or (out and out[-1] == i - 1) or (short and short[-1] == i - 1):
            continue
        a, b = lines[i].strip(), lines[j].strip()
        ca, cb = _content(a), _content(b)
        size_a, size_b = _measure(lines[i]), _measure(lines[j])
        if not ca or not cb or size_a >= width - 1 or size_b >= width - 1:
            continue
        if (_MARKUP.match(b) or _LABEL.search(a) or _LABEL.search(b) or _INDENT.match(lines[j]) or is_terminal(ca)
                or _starts_item(b) or _whole_line_item(ca) or _whole_line_item(cb) or bl.BYLINE_START.match(cb)
                or _starts_item(a) or _closes(ca)):
            continue
        after = lines[printed[n + 2]] if n + 2 < len(printed) and printed[n + 2] == j + 1 else ""
        nxt = _content(after)
        # full: the column's width, one or two more (marks hung at its end), one less before an opening mark
        full = width <= size_a + size_b <= width + 2 or (size_a + size_b == width - 1 and nxt[:1] in NO_END)
        if not full:
            if size_a + size_b < width and word_across(ca, cb) is not None:
                short.append(i)  # 充分展现工 | 匠风采: a word the cut falls in
            continue
        if (not nxt or _starts_item(after) or (_whole_line_item(nxt) and not bl.BYLINE_START.match(ca + cb))
                or bl.BYLINE_START.match(nxt) or _DATED_LEAD.match(nxt) or _MARKUP.match(after.strip())):
            continue
        out.append(i)
    # an engine that finds two boxes in a printed line does so all over the page (a box detector's
    # habit): a few such pairs on a page (two short lines that fill a column by chance: a cut
    # column piece's end and a headline) are no sign of it.  On such a page, a short printed line
    # (a headline, a paragraph's last line) cut inside a word is one line too.
    if len(out) < max(4, _BOXED_SHARE * len(printed)):
        return []
    return sorted(out + short)


# the share of a page's printed lines that must be cut in two boxes before any pair is read as one line
_BOXED_SHARE = 0.035


def _unboxed(lines: list[str], cuts: list[int]) -> tuple[list[str], list[tuple[int, ...]]]:
    """The page with each line of ``cuts`` (:func:`_box_cuts`) and the next made one line again, as
    printed, and the file lines (1-based) behind each of its lines."""
    out: list[str] = []
    behind: list[tuple[int, ...]] = []
    skip = set(k + 1 for k in cuts)
    for i, line in enumerate(lines):
        if i in skip:
            continue
        if i in cuts:
            head = _content(line)
            line = line.rstrip() + _join(head, line, lines[i + 1])[len(head):]
            behind.append((i + 1, i + 2))
        else:
            behind.append((i + 1,))
        out.append(line)
    return out, behind


def _rebox(paras: Paragraphs, behind: list[tuple[int, ...]]) -> Paragraphs:
    """``paras`` read from :func:`_unboxed` lines, with the file's line numbers again."""
    def back(nos: tuple[int, ...]) -> tuple[int, ...]:
        return tuple(n for no in nos for n in behind[no - 1])

    origin = {no: back(nos) for no, nos in paras.origin.items()}
    by_line = {no: behind[no - 1] for no in range(1, len(behind) + 1)}
    return Paragraphs([Paragraph(p.text, back(p.lines), p.blanks) for p in paras.paragraphs], paras.lines, origin,
                      paras.layout, paras.width, {no: renumber(d, by_line) for no, d in paras.doubts.items()},
                      paras.soft)


def paragraphs(lines: list[str], bridge: bool = False, soft: bool = False, each_line: bool = False) -> Paragraphs:
    """The page's paragraphs (see the module docstring for the rules), read on the page as it was set
    where it was exported or OCR'd with line spacing (:func:`_line_spacing`): the blank lines the
    spacing added part nothing, and the paragraphs' line numbers stay the file's."""
    t = _line_spacing(lines)
    if not t:
        return _paragraphs(lines, bridge, soft, each_line)
    kept = _unspaced(lines, t)
    found = _paragraphs([lines[i] for i in kept], bridge, soft, each_line)
    file_no = {n: i + 1 for n, i in enumerate(kept, start=1)}
    paras = [Paragraph(p.text, tuple(file_no[n] for n in p.lines), p.blanks) for p in found.paragraphs]
    origin = {no: tuple(file_no[n] for n in nos) for no, nos in found.origin.items()}
    return Paragraphs(paras, found.lines, origin, found.layout, found.width, found.doubts, found.soft)


def _paragraphs(lines: list[str], bridge: bool = False, soft: bool = False, each_line: bool = False) -> Paragraphs:
    """The page's paragraphs (see the module docstring for the rules).

    ``bridge``: in a page of wrapped paragraphs, also bridge a blank line where the text says the
    sentence goes on (:func:`_stray_blank`).  Only for a page whose file order is its reading
    order: on a page the OCR read out of order a sentence cut by a blank line may go on elsewhere,
    and the reading-order stage needs the pieces apart.

    ``each_line``: read a page that is not in columns as one paragraph per line, whatever its lines'
    ends say (for a page without blank lines that the reading-order stage found out of order: its
    pieces must stay apart for that stage to join them in order).

    ``soft``: in a column page, leave apart the lines joined on nothing but the column's width where
    the first ends a sentence (a full line, then more text), and list each such break in
    :attr:`Paragraphs.soft`.  For a page the reading-order stage found out of order: a cut column
    piece whose last line happens to fill the column would otherwise run on into the next piece,
    and the reading order can join paragraphs, never take one apart.  That stage joins each soft
    break again unless another line's sentence goes on there (:meth:`Paragraphs.merged`).
    """
    printed = [i for i, t in enumerate(lines) if t.strip()]
    width = _width(lines)
    boxes = _box_cuts(lines, width) if width else []
    if boxes:  # printed lines cut in two text boxes: read as one line each, then the file's line numbers again
        joined, behind = _unboxed(lines, boxes)
        return _rebox(paragraphs(joined, bridge, soft, each_line), behind)
    cuts = _cut_lines(lines, width) if width else []
    widths = [width] * len(lines)  # the column each line was printed in
    two = _two_widths(lines)
    if two:
        cut, w1, w2 = two
        widths = _widths_by_line(lines, cut, w1, w2)
        width = w1 if cut >= len(lines) - cut else w2  # reported as the page's: the larger part's
        cuts = _cut_lines(lines[:cut], w1) + [cut + k for k in _cut_lines(lines[cut:], w2)]
    runs: list[int | None] = []  # on a page of several widths, the width of the run each line is in
    if width is None and not two:
        each = _item_widths(lines)
        if each:  # each item in a column of its own width: each line read against its own
            widths, runs = each
            width = Counter(w for w in runs if w).most_common(1)[0][0]  # reported: the commonest
            cuts = _cut_lines(lines, widths)
    spaced = bool(width) and _blank_ends_paragraph(lines, widths)  # blank lines after every paragraph
    blankless = bool(printed) and printed[-1] - printed[0] + 1 == len(printed)
    per_line_found = width is None and _per_line(lines, 0.3 if blankless else 0.5)
    per_line = per_line_found or (width is None and each_line)
    layout = ("columnar" if width else "one paragraph per line" if per_line
              else "wrapped without blank lines" if blankless else "wrapped")
    paras: list[Paragraph] = []
    pieces: dict[int, list[tuple[int, int]]] = {}  # by paragraph: where a soft break cuts its text, its file line
    text, nos, blanks = "", [], 0
    prev = None
    for i in printed:
        if prev is None:
            text, nos, blanks = lines[i].strip(), [i + 1], i
        else:
            ends = (True if runs and runs[prev] and runs[i] and abs(runs[prev] - runs[i]) > 1
                    and _content(lines[i])[:1] not in NO_START  # one run ends, another begins: a new item
                    else _breaks_columnar(lines, prev, i, widths[prev], text, paras[-1].text if paras else "", cuts,
                                          soft, widths[i], spaced) if width
                    else _breaks_wrapped(lines, prev, i, per_line, bridge, text, paras[-1].text if paras else "",
                                         blankless))
            if ends == SOFT:  # joined for every rule here, and cut apart below
                pieces.setdefault(len(paras), []).append((len(text), i + 1))
            if ends and ends != SOFT:
                paras.append(Paragraph(text, tuple(nos), blanks))
                text, nos, blanks = lines[i].strip(), [i + 1], i - prev - 1
            else:
                text = _join(text, lines[prev], lines[i])
                nos.append(i + 1)
        prev = i
    if nos:
        paras.append(Paragraph(text, tuple(nos), blanks))
    parted = sum(1 for p in paras[1:] if p.blanks) >= 0.3 * len(paras)
    if all(len(p.lines) == 1 for p in paras) and parted:
        # nothing joined and blank lines part the paragraphs: the file's own lines and numbers.  A page
        # of one paragraph per line without blank lines (or with a stray run or two, which part no
        # items) has lost what parts its items, and is laid out with the item gaps put back, as a
        # joined page is.
        return Paragraphs(paras, list(lines), {p.lines[0]: p.lines for p in paras}, layout, width)
    unsure: set[int] = set()
    if not parted or (width and not _blanks_part_items(paras)) or spaced:
        # (blank lines after every paragraph say nothing of where items end)
        paras, unsure = _item_gaps(paras)
    doubts = {k: (f"line {paras[k].lines[0]} ({_content(paras[k].text)}) is read as a subhead; the page has no "
                  "blank lines between items, so it may be the headline of another item — check") for k in unsure}
    if each_line and blankless and not per_line_found:
        # lines re-broken at any width, no blank line anywhere and the page out of order: each line was
        # made a paragraph for the reading-order stage, so any short piece may pass for a headline and
        # where one story ends is the text's guess alone
        for k in range(len(paras)):
            doubts.setdefault(k, "the page has no blank lines and was read out of order, one paragraph a line: "
                                 "where this story begins and ends is a guess from the text alone — check")
    if pieces:
        paras, doubts, uncertain = _cut_soft(paras, pieces, doubts)
        return _laid_out(paras, layout, width, doubts, uncertain)
    return _laid_out(paras, layout, width, doubts, set())


def _cut_soft(paras: list[Paragraph], pieces: dict[int, list[tuple[int, int]]],
              doubts: dict[int, str]) -> tuple[list[Paragraph], dict[int, str], set[int]]:
    """The paragraphs cut at their soft breaks (after every other rule, item gaps included, so
    that the pieces joined again are the paragraphs found without ``soft``); the doubts by new
    index, and the file lines a soft break comes before."""
    out: list[Paragraph] = []
    moved: dict[int, str] = {}
    uncertain: set[int] = set()
    for k, p in enumerate(paras):
        if k in doubts:
            moved[len(out)] = doubts[k]
        start, first, blanks = 0, 0, p.blanks
        for pos, no in pieces.get(k, []) + [(len(p.text), None)]:
            upto = p.lines.index(no) if no is not None else len(p.lines)
            out.append(Paragraph(p.text[start:pos], p.lines[first:upto], blanks))
            start, first, blanks = pos, upto, 1
            if no is not None:
                uncertain.add(no)
                while p.text[start:start + 1] == " ":  # a space the join put at the break
                    start += 1
    return out, moved, uncertain


def _laid_out(paras: list[Paragraph], layout: str, width: int | None, doubts: dict[int, str],
              uncertain: set[int]) -> Paragraphs:
    """:class:`Paragraphs` from the paragraph list: one line each, parted by their blank lines.
    ``doubts`` by paragraph index; ``uncertain``: file lines a soft break comes before."""
    out: list[str] = []
    origin: dict[int, tuple[int, ...]] = {}
    by_line: dict[int, str] = {}
    soft: set[int] = set()
    for k, p in enumerate(paras):
        out += [""] * (max(1, p.blanks) if out else p.blanks)
        out.append(p.text)
        origin[len(out)] = p.lines
        if k in doubts:
            by_line[len(out)] = doubts[k]
        if p.lines[0] in uncertain:
            soft.add(len(out))
    return Paragraphs(paras, out + [""], origin, layout, width, by_line, frozenset(soft))


def _headline_shaped(text: str) -> bool:
    """Short, without sentence punctuation, no quote or bracket left open: a headline's shape."""
    t = _content(text)
    return (0 < len(t) <= 30 and not _SENTENCE_MARK.search(t) and not _starts_item(text)
            and not _whole_line_item(t) and not t.endswith(("。", "！", "？")) and not _opens(t)
            and t.count("“") == t.count("”") and t.count('"') % 2 == 0)


def _closes(text: str) -> bool:
    """Does a paragraph finish what it says (a sentence end, a photo credit, a dateline, a source)?"""
    t = _content(text)
    return is_terminal(t) or bl.is_credit(t) or bool(bl.DATELINE.search(t)) or bool(bl.SOURCE.match(t))


def _blanks_part_items(paras: list[Paragraph]) -> bool:
    """Do the page's blank lines part its items?  Most headline-shaped paragraphs after a finished
    one then follow a blank line; where they mostly do not, the blank lines are noise (strays the
    OCR scattered) and the items are found as on a page without any.

    Stray blank lines fall inside paragraphs as often as before headlines, so the share of headline
    paragraphs after a blank must stand clear of the share of a paragraph's own line breaks that hold
    one (the noise on this page): by half of all headlines, or a few headlines that met stray blanks
    by chance would make every stray blank before a subhead the edge of an item."""
    heads = [k for k in range(1, len(paras)) if _headline_shaped(paras[k].text) and _closes(paras[k - 1].text)
             and not _headline_shaped(paras[k - 1].text)]
    breaks = [b - a for p in paras for a, b in zip(p.lines, p.lines[1:])]
    noise = sum(1 for d in breaks if d > 1) / len(breaks) if breaks else 0.0
    return not heads or sum(1 for k in heads if paras[k].blanks) >= (0.5 + noise) * len(heads)


def _photo_item(paras: list[Paragraph], k: int) -> bool:
    """Is paragraph k the headline of a photo item: a caption of at most three paragraphs closed
    by a photo credit, before the next headline-shaped line?"""
    for m in range(k + 1, min(k + 5, len(paras))):
        t = _content(paras[m].text)
        if bl.is_credit(t):
            return m > k + 1
        if _headline_shaped(paras[m].text) or _starts_item(paras[m].text):
            return False
    return False


def _dated_lead_under(paras: list[Paragraph], k: int) -> bool:
    """Does the paragraph after k open as a lead on its date or 近日 (9月10日，…; 近日，…)?  A news item's
    first sentence: under a short headline-shaped line after a finished paragraph, that line is the
    item's headline (in the seed pages, every such line is one; no subhead is)."""
    return k + 1 < len(paras) and bool(_DATED_LEAD.match(_content(paras[k + 1].text)))


def _item_gaps(paras: list[Paragraph]) -> tuple[list[Paragraph], set[int]]:
    """Blank lines between items, for a page printed without any (one blank line between paragraphs).

    A headline-shaped paragraph after a finished one is an in-article subhead or the headline of
    the next item.  Subheads are short phrases (优秀成果集中亮相); a line longer than twelve
    characters, two phrases parted by a space, a headline block of several lines, a line over
    a short caption closed by a photo credit, or a line over a lead that opens on its date
    (9月10日，…; 近日，…), is read as a headline, and gets the wider gap the segmenter reads as the edge of an item.  The others stay
    subheads and are returned as doubts for the article's review.
    """
    out: list[Paragraph] = []
    unsure: set[int] = set()
    for k, p in enumerate(paras):
        blanks = 1 if out else p.blanks
        if (k > 0 and _headline_shaped(p.text) and _closes(paras[k - 1].text)
                and not _headline_shaped(paras[k - 1].text) and not _MARKUP.match(p.text.strip())):
            t = _content(p.text)
            block = k + 1 < len(paras) and _headline_shaped(paras[k + 1].text)
            if t[-1:] in BOUND:
                unsure.add(k)  # …丰富的: a sentence the OCR cut, not a headline (no headline ends on 的, 等, 和)
            elif len(t) > 12 or " " in t or block or _photo_item(paras, k) or _dated_lead_under(paras, k):
                blanks = 2
            else:
                unsure.add(k)
        out.append(Paragraph(p.text, p.lines, blanks))
    return out, unsure


def to_file_lines(record: Record, paras: Paragraphs, file_lines: list[str]) -> None:
    """Make a record's line numbers (provenance, review reasons) the file's, not the paragraphs'."""
    record.lines = paras.file_lines(record.lines)
    prov = record.front.get("provenance")
    if prov is not None:
        prov["lines"] = line_ranges(record.lines, file_lines)
    if record.front.get("review"):
        record.front["review"] = [_renumber(r, paras) for r in record.front["review"]]


def _renumber(reason: str, paras: Paragraphs) -> str:
    return renumber(reason, paras.origin)


def renumber(reason: str, origin: dict[int, tuple[int, ...]]) -> str:
    """Line numbers in a review reason written by the later stages: ``line 12``, ``lines 3-5, 9``,
    ``12→40``, ``12 | 40`` (numbers elsewhere, such as 3000万元 in quoted text, are left alone),
    each made the first (or, ending a range, last) of the lines ``origin`` gives for it."""
    def one(no: str, last: bool = False) -> str:
        lines = origin.get(int(no))
        return str((lines[-1] if last else lines[0]) if lines else no)

    def ranges(m: re.Match) -> str:
        return re.sub(r"(\d+)(?:-(\d+))?", lambda r: one(r.group(1)) + (
            "-" + one(r.group(2), True) if r.group(2) else ("-" + one(r.group(1), True)
                                                            if len(origin.get(int(r.group(1)), ())) > 1
                                                            else "")), m.group(0))

    reason = re.sub(r"(?<=lines )\d+(?:-\d+)?(?:, ?\d+(?:-\d+)?)*", ranges, reason)
    reason = re.sub(r"(?:out of order|from the text\)): [\d, \-]+", ranges, reason)
    reason = re.sub(r"(?<=line )\d+", lambda m: one(m.group(0)), reason)
    reason = re.sub(r"\b(\d+)(→| \| )(\d+)\b", lambda m: one(m.group(1), True) + m.group(2) + one(m.group(3)), reason)
    return reason
