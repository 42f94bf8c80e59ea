"""The page as the reorderer sees it: what each line is in file order (headline, open line, repeated lead,
a piece a re-wrap cut, …), the facts :mod:`unionnews.ingest.scores` weighs at every possible join."""
from __future__ import annotations

import bisect
import difflib
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import chain

from unionnews.ingest import continuity as ct
from unionnews.ingest.normalize import is_terminal
from unionnews.ingest import byline as bl
from unionnews.ingest.segment import BYLINE, CONT, JUNK, LEAD, TEXT, Unit, is_candidate, marked_head_piece


def _same_lead(a: str, b: str) -> bool:
    """Two reads of one lead: the text after 本报讯（…） mostly the same (not just the formula), and the same
    people credited (:func:`~unionnews.ingest.byline.other_credits`)."""
    rest_a, rest_b = bl.LEAD.sub("", a, count=1), bl.LEAD.sub("", b, count=1)
    return (difflib.SequenceMatcher(None, rest_a[:40], rest_b[:40]).ratio() >= 0.7
            and not bl.other_credits(a, b))


def list_piece(before: Unit | None, u: Unit) -> bool:
    """Does line ``u`` finish a list the line before it left open on 、 (贵州省人社厅、 | 省总工会: lines
    re-broken at any width cut the list after its mark)?  Such a line is the list's last item, however
    much it looks like a headline."""
    return (before is not None and before.cls == TEXT and before.text.rstrip().endswith("、")
            and ct.list_cut(before.text.rstrip() + u.text))


_IN_STEP = 4  # a run of characters two reads share in step, and how far apart they may stand
_NOT_WORDING = re.compile(r"[^\w]|_")


def wording(text: str) -> str:
    """The characters of ``text`` without punctuation and spaces (what repeated wording is compared on)."""
    return _NOT_WORDING.sub("", text)


# a kicker and its title printed as one line (no markup parts them): a clause or two, the kicker's dash,
# then the title, no sentence end or semicolon anywhere (全国大赛后，“…”走出赛场、走进车间——以“…”助力“…”)
_KICKER_AND_TITLE = re.compile(r"[^。！？!?；;]{4,}——[^。！？!?；;，,、—]{4,30}")


def headline_like(u: Unit) -> bool:
    """Short, with no punctuation inside: a headline's shape (a column line has commas)."""
    return (is_candidate(u) and len(u.text) <= 30 and not re.search(r"[，,、；;：:。]", u.text)
            and u.text.count('"') % 2 == 0 and u.text.count("'") % 2 == 0)


@dataclass
class Page:
    """The page's lines in file order, with what step 1 needs about each.

    ``soft`` are lines the paragraph stage left apart from the line before on no evidence (a full
    column line ending a sentence, then more text): the paragraph may run on there.

    ``heads`` are headline lines: lines the OCR marked (# or >> <<), short lines
    without a comma right above a lead, byline or 上接 marker, kickers above those, and
    (second pass) those above a line whose displaced lead was found.  Short lines
    of a narrow column look like headlines too, so shape alone does not decide.

    ``pieces``: lines re-broken at any width and read a line a paragraph (``paragraphs(each_line=True)``), or
    (``blanks``) paragraphs of a re-wrapped page that keeps its blank lines, read out of order: the paragraph
    stage bridges no blank line there before the order is known, so wherever a stray blank fell inside a
    sentence its pieces stand apart, cut at any width, and the rules for wrap pieces read them.
    """

    units: list[Unit]
    heads: set[int] = field(default_factory=set)
    by_no: dict[int, Unit] = field(default_factory=dict)
    nxt: dict[int, int] = field(default_factory=dict)
    prv: dict[int, int] = field(default_factory=dict)
    repeats: dict[int, int] = field(default_factory=dict)
    barriers: set[int] = field(default_factory=set)
    soft: frozenset[int] = frozenset()  # lines after a break the paragraph stage was unsure of
    columns: set[tuple[int, int]] = field(default_factory=set)  # (headline block's top, its lead read below it)
    pieces: bool = False  # lines re-broken at any width: pieces of paragraphs (see above)
    blanks: bool = False  # those pieces are a page's that keeps blank lines, each cut where a blank fell
    _barrier_list: list[int] = field(default_factory=list, repr=False)  # barriers sorted, for reach()
    _rare: set[str] | None = field(default=None, repr=False)  # rare_wording(), once asked
    _joined: bool | None = field(default=None, repr=False)  # joined_by_spaces(), once asked

    def __post_init__(self) -> None:
        self.by_no = {u.no: u for u in self.units}
        real = [u.no for u in self.units if u.cls != JUNK]
        self.nxt = dict(zip(real, real[1:]))
        self.prv = {b: a for a, b in self.nxt.items()}
        for no in reversed(real):
            u, after = self.by_no[no], self.by_no.get(self.nxt.get(no, -1))
            before = self.by_no.get(self.prv.get(no, -1))
            # …、省总工会 | 本报讯: a cut list, whether its last item is printed on the line holding the others
            # or (lines re-broken at any width) the list's mark ends the line before it: 贵州省人社厅、 | 省总工会
            listed = ct.list_cut(u.text) or list_piece(before, u)
            above = after is not None and ((after.cls in (LEAD, BYLINE, CONT) and not re.search("[，,；;]", u.text)
                                            and not listed)
                                           or after.no in self.heads
                                           or (after.cls == BYLINE and _KICKER_AND_TITLE.fullmatch(u.text) is not None))
            # on a page of wrap pieces, a subtitle with a comma (融合音乐、情景剧等多种形式，深入11个市巡演) right
            # between the headline the OCR marked and its story's lead or byline: a piece of text has no place
            # there, and read as text its chance words elsewhere pull it away from its headline
            between = (self.pieces and after is not None and after.cls in (LEAD, BYLINE) and before is not None
                       and before.cls == TEXT and (before.hashes > 0 or self._head_after_end(before)))
            if u.label or (is_candidate(u) and (u.hashes or above or between)) or (
                    marked_head_piece(u, after) and after.no in self.heads):  # ## 某市…实现“1+1>2”的 | 聚合效应——
                self.heads.add(no)
        self.barriers = {n for n in self.heads if self._above_start(n)}
        self._barrier_list = sorted(self.barriers)
        leads = [n for n in real if self.by_no[n].cls == LEAD]
        for i, no in enumerate(leads):  # the OCR read a lead twice: the first read is set aside
            twin = next((m for m in leads[i + 1:i + 3] if m - no <= 8 and _same_lead(self._read(no), self._read(m))),
                        None)
            if twin:
                self.repeats[no] = twin
                self._repeat_rest(no, twin)

    def _head_after_end(self, u: Unit) -> bool:
        """Is ``u`` a headline's shape (:func:`headline_like`) standing where a story has ended: after a finished
        sentence or a line that is no text (a dateline, a credit, a source…; not at the page's top: nothing there
        says a story ended)?  On a page with no markup the headline over a subtitle is marked by nothing but that
        (…（本报福州11月13日电） | 某省总举办巡演活动 | 融合音乐、情景剧等多种形式，深入11个市巡演 | 本报讯…): a piece
        of running text after an end is a sentence's start, and has a comma or runs on past its line far more
        often than it stands whole over a line of text and a lead."""
        if not headline_like(u):
            return False
        prev = self.by_no.get(self.prv.get(u.no, -1))
        return prev is not None and (prev.cls not in (TEXT, LEAD) or is_terminal(prev.text))

    def _read(self, lead: int) -> str:
        """A lead's text as far as :func:`_same_lead` compares it: the lead's line, and when the line holds
        less than that (lines re-broken at any width), the text lines after it read on."""
        text, cur = self.by_no[lead].text, self.nxt.get(lead)
        for _ in range(3):
            if len(bl.LEAD.sub("", text, count=1)) >= 40 or cur is None or self.by_no[cur].cls != TEXT:
                break
            text += self.by_no[cur].text
            cur = self.nxt.get(cur)
        return text

    def _repeat_rest(self, rep: int, twin: int) -> None:
        """The lines after a lead's first read that are the rest of that read, printed again after the second
        (lines re-broken at any width cut a read in pieces: 本报讯（…）近日，广东当韶关市新主 | 具总工会为辖区11家
        企事业单位1438名职工, then the second read): each is part of the first read, set aside with it.

        A piece is the read's rest when nearly all of it (all but a fifth) is one run of the second read's
        text, looked for no further into it than the first read has come: a subtitle printed between the two
        reads (1438名职工获赠医疗互助保障) shares a few words with the lead, never most of its wording in one run.
        Or when its longest run with the second read (four characters, half the piece) stands in step with the
        first read: the piece, counted back from that run, begins within a few characters of where the read has
        come.  Two reads of one printed line differ in a character here and there (新主具 for 新丰县, 广东 for 厂东省),
        and a short wrap piece may hold as much of what differs as of what agrees (当韶关市新主具); a subtitle
        restates the lead's words from further back than the read has come, and is never in step with it."""
        rest = wording("".join(self.by_no[n].text for n in [twin] + self._following(twin, 4)))
        done = len(wording(self.by_no[rep].text))
        cur = self.nxt.get(rep)
        while cur is not None and cur < twin and self.by_no[cur].cls == TEXT:
            piece = wording(self.by_no[cur].text)
            window = rest[:done + len(piece) + 40]
            match = difflib.SequenceMatcher(None, piece, window, autojunk=False).find_longest_match(
                0, len(piece), 0, len(window))
            start = match.b - match.a  # where the piece begins in the second read, by its longest run
            in_step = match.size >= max(_IN_STEP, len(piece) / 2) and abs(start - done) <= _IN_STEP - 1
            if len(piece) < 4 or (match.size < 0.8 * len(piece) and not in_step):
                break
            self.repeats[cur] = twin
            done = (start if in_step else done) + len(piece)
            cur = self.nxt.get(cur)

    def _following(self, no: int, k: int) -> list[int]:
        out: list[int] = []
        while len(out) < k and self.nxt.get(no) is not None:
            no = self.nxt[no]
            out.append(no)
        return out

    def _above_start(self, no: int) -> bool:
        """Is ``no`` in the headline block right above a lead, byline or 上接 marker (a story's start)?
        A headline the OCR marked may have a subtitle between it and the start (## 某省总举办巡演活动 |
        融合音乐、情景剧等多种形式，深入11个市巡演 | 本报讯…): a line of text that ends no sentence.  The headline
        still parts two stories, so no join crosses it; left out, a chance word in a narrow column (…全省11个市 |
        级覆盖…, 市级) joined a sentence below it to a line of the story above."""
        marked = False
        while no in self.heads:
            marked = self.by_no[no].hashes > 0
            no = self.nxt.get(no, -1)
        if marked and no in self.by_no and self.by_no[no].cls == TEXT and not is_terminal(self.by_no[no].text):
            no = self.nxt.get(no, -1)
        return no in self.by_no and self.by_no[no].cls in (LEAD, BYLINE, CONT)

    def add_heads(self, nos: set[int]) -> None:
        """Mark lines as headlines, with the headline-like lines right above them."""
        for no in sorted(nos, reverse=True):
            while no is not None and no not in self.heads and headline_like(self.by_no[no]):
                self.heads.add(no)
                no = self.prv.get(no)

    def rare_wording(self) -> set[str]:
        """The trigrams (:func:`~unionnews.ingest.continuity.trigrams`) printed on at most three of the page's
        lines: wording that tells one passage from another.  Worked out once a page: its lines' text does not
        change, and every scorer of the page asks."""
        if self._rare is None:
            counts = Counter(chain.from_iterable(ct.trigrams(u.text) for u in self.units))
            self._rare = {g for g, count in counts.items() if count <= 3}
        return self._rare

    def joined_by_spaces(self) -> bool:
        """Are the spaces in the page's text an engine's joins of a column's printed lines (…协作平台联盟 在保守基地):
        in paragraphs of three parts or more, the parts before the last are, as a rule, 12 characters or longer?
        Spaces an engine puts between words (西 安建筑工程 技师 学院) part a text into short pieces of any length,
        and a short last piece then says nothing of where a printed line ended."""
        if self._joined is None:
            inner = sorted(len(part) for u in self.units if u.cls in (TEXT, LEAD)
                           for part in [p for p in u.text.strip().split(" ") if p][:-1]
                           if u.text.strip().count(" ") >= 2)
            self._joined = bool(inner) and inner[len(inner) // 2] >= 12
        return self._joined

    def short_last_line(self, no: int) -> bool:
        """:func:`~unionnews.ingest.continuity.short_last_line` of line ``no``, on a page whose spaces are line joins
        (:meth:`joined_by_spaces`)."""
        return ct.short_last_line(self.by_no[no].text) and self.joined_by_spaces()

    def is_open(self, no: int) -> bool:
        """Text (or a lead) that stops mid-sentence: not a headline, not a repeated lead."""
        u = self.by_no[no]
        return (u.cls in (TEXT, LEAD) and no not in self.heads and no not in self.repeats
                and not is_terminal(u.text))

    def lead_in_place(self, no: int) -> bool:
        """Is lead ``no`` printed right under a headline (one the OCR marked, or a headline line the page found)?
        Then the OCR read it where it stands, under its own headline, and its text goes on in its own item; a
        lead read away from its headline stands after another story's text (…劳动者休憩。 | 本报讯（记者…）…)."""
        above = self.prv.get(no)
        return above is not None and (above in self.heads or bool(self.by_no[above].hashes))

    def unmarked_lead(self, no: int, then: int | None = None) -> bool:
        """Is line ``no``, on a page printed without 本报讯 markers, a lead's first line the OCR read inside another
        story's text: it opens as a lead on its date or 近日 (read on into line ``then``, the line it goes on at,
        when given: 日 | 前，某局…) and stops mid-sentence, right after a line of text left open (…聚工会合力、 |
        近日，某省果)?  No sentence goes on with a lead's opening."""
        u, prev = self.by_no[no], self.prv.get(no)
        text = u.text + (self.by_no[then].text if then is not None else "")
        return (u.cls == TEXT and not u.hashes and bl.DATED_LEAD.match(text) is not None and self.is_open(no)
                and prev is not None and self.is_open(prev))

    def is_text(self, no: int) -> bool:
        return self.by_no[no].cls == TEXT and no not in self.heads

    def run_back(self, no: int, limit: int = 6) -> list[int]:
        """``no`` and the open lines read just before it: the paragraph so far.  A headline-shaped line
        stops it, unless it is a piece of a sentence a stray blank line cut: it follows an open line and a
        dictionary word spans from it into the line after (…未来，该 | 学院将成 | 为工匠精神…: 成为)."""
        out = [no]
        while len(out) < limit and self.by_no[out[0]].cls != LEAD:
            prev = self.prv.get(out[0])
            if prev is None or not self.is_open(prev):
                break
            if headline_like(self.by_no[prev]) and not (
                    self.prv.get(prev) is not None and self.is_open(self.prv[prev])
                    and ct.word_across(self.by_no[prev].text, self.by_no[out[0]].text) is not None):
                break
            out.insert(0, prev)
        return out

    def text(self, nos: list[int]) -> str:
        return "".join(self.by_no[n].text for n in nos)

    def before(self, no: int, chars: int = 300) -> list[int]:
        """Lines read before ``no`` (about ``chars`` characters, back to its lead or byline): its wording."""
        out, size, cur = [no], len(self.by_no[no].text), no
        while size < chars and cur in self.prv and self.by_no[cur].cls not in (LEAD, BYLINE):
            cur = self.prv[cur]
            if cur in self.barriers:
                break
            out.insert(0, cur)
            size += len(self.by_no[cur].text)
            if self.prv.get(cur) not in self.heads and self._heads_cut_text(cur):
                break  # the top of the story's own headline block, over another story's text
        return out

    def _heads_cut_text(self, no: int) -> bool:
        """Is ``no`` a line of a headline block the file prints right after text left open (…保定市总牵线搭桥， |
        乙州搭建交流平台)?  No subhead stops a sentence, so the text above is a column piece the OCR read before
        another story's headline: the wording above the block is no wording of the story under it (the block's own
        is: a subtitle names what its story tells, 某站点增设特色功能区 over …等特色功能区)."""
        if no not in self.heads:
            return False
        above = self.prv.get(self.block_top(no))
        return above is not None and self.is_open(above)

    def block_top(self, no: int) -> int:
        """The first line of the headline block ``no`` is in."""
        while self.prv.get(no) in self.heads:
            no = self.prv[no]
        return no

    def enters(self, a: int, b: int) -> bool:
        """Does a join from ``a`` go on at ``b`` inside a story's column that ``a`` is printed above: between
        the headline block whose text its lead (read below the column) goes on at, and that lead?  Such a
        join is not made on a dictionary word across it alone (``reorder._solve``).

        Why: the OCR that drops a lead to the foot of its column reads that column's lines between the
        headline and the lead; a sentence printed above the headline does not go on among them, and in a
        narrow column, where a word is cut on almost every line, a word across such a join is a chance
        (…河北、湖南两 | 造了… under 某地工会构建服务圈, where 打 | 造了 is the column's own join).  Other
        evidence (a list closed, a sentence that cannot start) is left to weigh as before: taking those
        joins away too moves the lines they held to worse places on seed-like pages."""
        return any(a < top < b < lead for top, lead in self.columns)

    def crosses(self, a: int, b: int) -> bool:
        """Does a join from ``a`` to ``b`` jump over a marked headline or one above a lead?"""
        low, high = self.reach(a)
        return not low <= b <= high

    def reach(self, a: int) -> tuple[float, float]:
        """The lines a join from ``a`` may go on at without jumping over a marked headline or one above a lead
        (:attr:`barriers`): ``b`` with ``low <= b <= high``, from the last barrier before ``a`` to the first after
        it (a join to a barrier itself jumps none).  One look-up for ``a``, not one for each line near it."""
        bars = self._barrier_list
        before, after = bisect.bisect_left(bars, a), bisect.bisect_right(bars, a)
        return (bars[before - 1] if before else -math.inf), (bars[after] if after < len(bars) else math.inf)
