"""The walk over a page's units that decides where articles start and which lines join (see the package's
docstring); every doubt it meets becomes a review reason.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from unionnews.ingest import byline as bl
from unionnews.ingest.continuity import (OPENERS, WORD_GAP, LineRuns, bound_end, bound_first, page_runs,
                                         quote_closed_after_end, quote_closed_below, quote_state, run_across,
                                         word_across, word_sentence_first)
from unionnews.ingest.normalize import SUBHEAD_LENGTH, is_terminal, open_brackets, undecorated
from unionnews.ingest.paragraphs.model import SUBHEAD_DOUBT
from unionnews.ingest.paragraphs.sidebar import PageRuns
from unionnews.ingest.segment.drafts import LEAD_READ, Draft, Loose, Para, give_labels, similar_leads
from unionnews.ingest.segment.reads import (closes_story, ends_item, ends_on_dateline, function_word_end,
                                            head_over_lead_read_on, headline_read_on, one_character_clause_first,
                                            predicate_first, reread_doubt, reread_reason, run_cut_across,
                                            word_cut_under)
from unionnews.ingest.segment.units import (BYLINE, CONT, CREDIT, DATELINE, FURN, JOINABLE, JUMP, JUNK, LABEL, LEAD,
                                            NO_LINE_START, SOURCE, TEXT, Unit, continued_from, is_candidate,
                                            marked_head_piece)


# the most lines a headline block over a lead takes; more where the OCR or a converter marked every one as a
# heading: a kicker and a title, each wrapped in three lines by a narrow column, every piece marked with its level
# (unmarked, more short lines over a lead are as likely a cut column's pieces as a headline's)
_HEAD_LINES = 5
_MARKED_HEAD_LINES = 8
# how the segmenter says a line marked as a heading was read as text (:meth:`Segmenter._heading_reads_on`): the page
# import's own note on marked lines read as text then says nothing more
MARKED_READ_ON = "is marked as a heading, but"


class Segmenter:
    """Walks the units once, producing drafts and loose text."""

    def __init__(self, units: list[Unit]):
        self.units = units
        self.drafts: list[Draft] = []
        self.loose: list[Loose] = []
        self.cur: Draft | None = None
        self._file_order: list[int] | None = None
        self._runs: LineRuns | None = None  # four Chinese characters → how many units print them
        self._box_runs: PageRuns | None = None  # the page's runs a line break may cut (sidebar.spanned)
        # every heading marked at one level (MinerU's #, a converter's bold lines): the level tells nothing
        self._one_level = len({u.hashes for u in units if u.hashes}) == 1
        # …and most marked headings one blank line under the text above, as every paragraph is (a converter's
        # Markdown: MinerU's # throughout, one blank line between every two paragraphs): no blank run and no level
        # sets an item's headline apart from a subhead
        marked = [u for u in units if u.hashes and u.gap < 99]
        self._flat_marks = self._one_level and 2 * sum(1 for u in marked if u.gap >= 2) < len(marked)

    # -- where articles start -------------------------------------------------
    def _anchored_head(self, i: int) -> int | None:
        """units[i:j] are headline lines/labels and units[j] a lead, byline or 上接 marker, or a lead
        with no marker under a block the OCR marked as headings throughout (:meth:`_marked_over_dated`)."""
        j = i
        while j < len(self.units) and self._in_head(i, j) and (
                self.units[j].cls == LABEL or is_candidate(self.units[j], question=True, limit=self._limit(j))) \
                and not (j > i and bl.DATED_LEAD.match(self.units[j].text)):  # a lead's first piece, no headline's
            j += 1
        if j > i and j < len(self.units) and (self.units[j].cls in (LEAD, BYLINE, CONT)
                                              or self._marked_over_dated(i, j)):
            if any(self.units[k].cls != LABEL for k in range(i, j)) or self.units[j].cls != CONT:
                return j
        return None

    def _in_head(self, i: int, j: int) -> bool:
        """May unit ``j`` still belong to a headline block begun at unit ``i``: fewer lines than a headline takes
        (:data:`_HEAD_LINES`), or up to :data:`_MARKED_HEAD_LINES` where every line so far is marked as a heading?"""
        return j - i < _HEAD_LINES or j - i < _MARKED_HEAD_LINES and all(u.hashes for u in self.units[i:j + 1])

    def _marked_over_dated(self, i: int, j: int) -> bool:
        """Are units[i:j] two or more lines the OCR marked as headings (# …, ## …), over a paragraph opening
        as a lead on its date or 近日 (9月2日，…)?  A page printed without 本报讯 markers opens its items so
        (# 某城举办… | ## 副题 | 近日，…): a headline and its subtitle over the lead, where a subhead inside a
        story is one line.  Without the rule the subtitle was read as the story's first paragraph, or the
        block as subheads of the story above.  One marked line will do on a page that marks every heading at one
        level, under a finished paragraph: there no level sets a subhead apart from a headline, and a subhead
        over a sentence opening on its date is as rare as on an unmarked page (:func:`~unionnews.ingest.
        paragraphs.items._dated_lead_under`).  There, too, a marked line over one or two unmarked lines that stand
        whole (:meth:`_block_line`): a converter that marks a headline's first line only leaves the rest the wrap
        cut from it unmarked (# 公交驾驶员 赛场展 | 技能 | 近日，…)."""
        if not (self.units[j].cls == TEXT and bl.DATED_LEAD.match(self.units[j].text)):
            return False
        if self._one_level and self._finished() and j - i <= 3 and self.units[i].hashes \
                and all(not u.hashes and self._block_line(u) for u in self.units[i + 1:j]):
            return True  # a marked headline's first line over the rest the wrap cut from it (公交驾驶员 | 赛场展技能)
        return ((j - i >= 2 or j - i == 1 and self._one_level and self._finished())
                and all(self.units[k].hashes and self.units[k].cls != LABEL for k in range(i, j)))

    def _finished(self) -> bool:
        """Does the article being read end its last paragraph's sentence (or is there none)?"""
        last = self.cur.paras[-1] if self.cur is not None and self.cur.paras else None
        return last is None or last.kind not in JOINABLE or is_terminal(last.text)

    def _kicker_cut_at_comma(self, i: int) -> int | None:
        """Where the headline block ends when units[i] is a kicker's first clause, cut after its comma
        (新疆…以规范化建设为抓手， | 推动…工作转型—— | 基层职代会有了“实操手册” | 本报记者 …): the story
        before is closed (a credit, dateline or source ends it) or there is none, so the line is no
        sentence of it going on, and headline lines and a lead or byline follow.  A kicker is a clause or
        two, and lines re-broken at any width cut it after a comma as anywhere else; left out, the clause
        is text with no headline above it and the kicker loses its first words."""
        u, cur = self.units[i], self.cur
        if (cur is not None and not cur.closed) or u.cls != TEXT or not re.search(r"[，,]$", u.text) \
                or len(u.text) > 50 or not is_candidate(Unit(u.no, u.text[:-1])) or i + 1 >= len(self.units):
            return None
        nxt = self.units[i + 1]
        if nxt.cls != TEXT or not is_candidate(nxt):
            return None
        return self._anchored_head(i + 1)

    def _marked_cut_head(self, i: int) -> int | None:
        """Where the headline block ends when units[i] is a marked line a re-wrap cut off the rest of its headline
        line (:func:`~unionnews.ingest.segment.units.marked_head_piece`) and that rest, the next line, opens a
        headline block over a lead or byline (:meth:`_anchored_head`).  Read as the headline's first line, the
        rest left the marked start as text, run on into the story above or left before the page's first
        headline, and the headline lost its first words.  Not a marked sentence of text the line under it goes
        on with (:meth:`_heading_reads_on`)."""
        nxt = self.units[i + 1] if i + 1 < len(self.units) else None
        if not marked_head_piece(self.units[i], nxt) or nxt.gap > 1 or self._heading_reads_on(i):
            return None
        return self._anchored_head(i + 1)

    def _limit(self, j: int) -> int:
        """How long a headline line may be at unit j: 50 characters, or twice that right over a lead or
        byline, where a page printed without blank lines runs a kicker and its title (each up to 50)
        into one paragraph: nothing else parts them there, and the lead under them says a headline
        stands above it."""
        return 100 if j + 1 < len(self.units) and self.units[j + 1].cls in (LEAD, BYLINE) else 50

    def _labelled_head(self, i: int) -> int | None:
        j = i
        while j < len(self.units) and self._in_head(i, j) and (self.units[j].cls == LABEL or is_candidate(self.units[j])):
            j += 1
        j = self._text_cut_off(i, j)
        if j < len(self.units) and self.units[j].cls == TEXT and any(
                self.units[k].cls != LABEL for k in range(i, j)):
            return j
        return None

    def _text_cut_off(self, i: int, j: int) -> int:
        """Where a headline block units[i:j] over text ends: before its last line when that line is no OCR-marked
        headline, a headline line of the block stands above it, and a dictionary word runs from it into the text
        under it (他山之石 | 玉溪某区总工会打造… | 云南玉溪某区总工 | 会联合…): the text's first words, which a
        stray blank line cut from their sentence; no headline ends inside a word the text goes on with."""
        if not i < j - 1 < len(self.units) - 1 or self.units[j].cls != TEXT:
            return j
        above = [k for k in range(i, j - 1) if self.units[k].cls != LABEL]
        if not above:
            return j
        last = self.units[j - 1]
        if last.hashes:  # marked: only when it reads on into running text (:meth:`_heading_reads_on`)
            why = self._heading_reads_on(j - 1)
            if why:
                self._pending_doubt = (f"line {last.no} ({last.text}) {MARKED_READ_ON} {why} (line "
                                       f"{self.units[j].no}): it is read as the first words of the text under the "
                                       "headline — check")
            return j - 1 if why else j
        return j - 1 if word_across(last.text, self.units[j].text) else j

    def _free_head(self, i: int) -> bool:
        """A lone headline after a closed article or a wide gap (a long one over a dated lead at any gap:
        :meth:`_long_over_dated`), with text under it (not over the tail of its own sentence:
        :meth:`_over_tail`; not a line that ends on a lone 的/和/等…, which no headline ends on, nor one whose quote
        the line under it closes: :meth:`_quote_goes_on`, nor one that closes the quote the paragraph above leaves
        open: :meth:`_closes_quote_above`)."""
        u = self.units[i]
        if (not is_candidate(u) or re.search("[，,]", u.text) or i + 1 >= len(self.units)
                or self.units[i + 1].cls != TEXT or self._joins(u) or self._over_tail(i)
                or self._quote_goes_on(i) or bound_end(u.text) or self._closes_quote_above(u) or self._run_cut(i)
                or predicate_first(self.units[i + 1].text) or one_character_clause_first(self.units[i + 1].text)):
            return False  # (…负责人 | 介绍，…: text under a verb of saying has its subject above it, as under a block)
        cur = self.cur
        if cur is None or cur.closed:
            return True  # (a word read across into the text under it is said: :meth:`_word_under_head`)
        body = cur.body_paras()
        if cur.head and len(body) == 1 and _quotation_alone(body[0].text):
            return False  # a story that opens on a quotation goes on under it (who said it: 中国电子科技集团公司第十
            # 研究所 | 微组装工艺师李颖凡站在台上…); no story is one quoted sentence under its headline
        last = cur.paras[-1] if cur.paras else None
        return ((u.gap >= 2 or self._long_over_dated(i) or self._photo_report_under(i)) and last is not None
                and (last.kind not in JOINABLE or is_terminal(last.text)) and not self._heading_reads_on(i))

    def _photo_report_under(self, i: int) -> bool:
        """Is unit ``i`` over a photo report: one to three paragraphs of text, the first opening as a lead on its
        date or 近日 (no marker), closed by a credit that names its people for the text and the pictures both
        (…本报记者 盛丽 通讯员 金宇 摄影报道), under a story whose lead or byline already credits its text?  A story
        credits its text once; a credit for text and pictures together closes an item of its own, and a short
        headline over it, one blank line under the story above, is that item's, not a subhead."""
        units, cur = self.units, self.cur
        if i + 1 >= len(units) or not bl.DATED_LEAD.match(units[i + 1].text) or cur is None:
            return False
        k = i + 1
        while k < len(units) and k - i <= 3 and units[k].cls == TEXT:
            k += 1
        return (k < len(units) and units[k].cls == CREDIT and units[k].text.endswith("摄影报道")
                and any(p.kind in (LEAD, BYLINE) for p in cur.paras))

    def _long_over_dated(self, i: int) -> bool:
        """Is unit ``i`` longer than a subhead (:data:`~unionnews.ingest.normalize.SUBHEAD_LENGTH`) and over a
        paragraph opening as a lead on its date or 近日, with no word across the two (…闭幕 | 9月24日，由…主办的…)?
        A subhead inside a story is a phrase or two; a long headline-shaped line over a dated lead heads an item
        of its own even one blank line under the story above, as on a page where one blank line parts every
        paragraph and a lead has no 本报讯 marker to open the item.  Not a line with a clause mark inside
        (《通知》明确了总体目标：自 | 2025年起，…: a sentence stray blank lines cut, its date no lead's)."""
        u, nxt = self.units[i], self.units[i + 1]
        return (len(WORD_GAP.sub("", undecorated(u.text))) > SUBHEAD_LENGTH and nxt.cls == TEXT
                and not re.search(r"[；;：:、]", u.text)
                and bool(bl.DATED_LEAD.match(nxt.text)) and word_across(u.text, nxt.text) is None)

    def _block_head(self, i: int) -> int | None:
        """Where a headline block of its own ends when units[i] opens one: two or three lines of a headline's
        shape (a title and its subtitle, a kicker and its title; a column label among them), after a story that
        ends its sentence or is closed (or at the page's top), over a paragraph of text that begins a sentence
        by itself (《某市…倡议书》发布 | 两地工匠携手传“匠艺” | 今天，在…论坛上，…; 某某创新案例 | >> 某地经验 << |
        某社区职工之家赋能… | 记者近日获悉，…).  A page printed without 本报讯 markers (a wire story, a reprint)
        opens its items so, and a subhead inside a story is one line: read one line at a time, the subtitle
        was the story's first paragraph, run on into the lead (…论坛举办“如何加快…: a sentence the page never
        printed), or the block a subhead of the story above.  Not where a line of the block is a piece of a
        sentence (a quote left open, a lone 的/和 at its end, a dictionary word or a run the page prints whole
        across into the text under it, a last line ending inside a word the text under it finishes
        (:func:`~unionnews.ingest.segment.reads.word_cut_under`), a clause cut by the OCR), nor over text that
        cannot begin a sentence, nor where the lines are one phrase the wrap cut (a word across them, or a
        subhead's length in all): a title and its subtitle are two phrases, each whole on its line."""
        cur, units = self.cur, self.units
        if cur is not None and not cur.closed and (
                not cur.paras or cur.paras[-1].kind not in JOINABLE or not is_terminal(cur.paras[-1].text)):
            return None  # under a headline or a subhead, or inside a sentence: not an item's top
        j = i
        while j < len(units) and j - i < 4 and (units[j].cls == LABEL or self._block_line(units[j])):
            j += 1
        lines = [units[k] for k in range(i, j) if units[k].cls != LABEL]
        if (len(lines) < 2 or j - i > 3 or j >= len(units) or units[i].cls == LABEL
                or any(u.hashes for u in lines) and not (lines[-1].hashes and (lines[0].hashes or len(lines) == 2))):
            return None  # a lone line (a subhead, or a headline _free_head reads), or a marked line over an
            # unmarked one (a subhead over a paragraph the OCR cut); an unmarked line between two marked ones
            # is a piece of the headline above it the column cut (the OCR marks a headline's first line only).
            # An unmarked line over a marked one is a kicker over its title: a converter marks the title's type
            # alone (上海发布…三年行动方案 | ### 每年组织…入企解难题 | 9月24日上午，…)
        if (len(WORD_GAP.sub("", "".join(u.text for u in lines))) <= SUBHEAD_LENGTH
                or any(word_across(a.text, b.text) or run_cut_across(a.text, b.text) for a, b in zip(lines, lines[1:]))
                or any(bl.DATED_START.match(u.text) for u in lines[1:])):
            return None  # one phrase the wrap cut (高位推动绘 | 就“规划图”, 桌游、V | R、电玩): a subhead, or one headline
            # line; a line under the first opening on a date is the lead's start the wrap cut from it (… | 11月13日 |
            # 下午，…), no subtitle
        under, last = units[j], units[j - 1]
        if (under.cls != TEXT or (is_candidate(under) and not self._opens_cut_sentence(j))
                or under.text[:1] in "，。、；：？！）」』》,.;:?!)"
                or bound_first(under.text) or word_sentence_first(under.text) or predicate_first(under.text)
                or one_character_clause_first(under.text)
                or last.cls != LABEL and (word_across(last.text, under.text) or self._run_cut(j - 1)
                                          or quote_closed_below(last.text, under.text)
                                          or word_cut_under(last.text, under.text))):
            return None
        return j

    def _opens_cut_sentence(self, j: int) -> bool:
        """Is units[j], though short enough for a headline line, the start of a sentence the OCR cut: a comma
        inside (a headline line has none, :meth:`_block_line`) and the next unit going on with its sentence (a
        character no sentence begins with: “深夜跑单结束，能有 | 个亮灯、暖和的地方…)?  A lead's first printed
        line the OCR read apart from the rest of its paragraph; under a headline block it is the item's text."""
        u, nxt = self.units[j], self.units[j + 1] if j + 1 < len(self.units) else None
        return (nxt is not None and nxt.cls == TEXT and not nxt.hashes and bool(re.search("[，,]", u.text))
                and not is_terminal(u.text) and bound_first(nxt.text))

    @staticmethod
    def _block_line(u: Unit) -> bool:
        """Is ``u`` a line of a headline block standing whole: a headline's shape with no comma, no quote or round
        bracket left open and no lone 的/和/等… at its end (each says a sentence the OCR cut goes on past the
        line: 本报讯（记者某某 通讯员李 | 芳近日，… is a lead's credit cut, not a headline line)?"""
        t = u.text
        return (is_candidate(u) and not re.search("[，,]", t) and not any(quote_state(t) or ())
                and open_brackets(t) == 0 and not bound_end(t))

    def _run_cut(self, i: int) -> bool:
        """Does the break under unit ``i`` cut a run of four Chinese characters the page prints whole on a third
        line (…攻关于一体 | 某局工匠学院由某 | 局与某学院共建。… with 某局 a name the page gives again)?  A
        headline ends on a whole name, and a line cut inside one is a piece of the text under it
        (:func:`~unionnews.ingest.continuity.run_across`).  Not over a line of a headline's shape: a headline
        cut in two (…工匠论坛 | 在京举办) is printed whole in its lead's wording as often."""
        if is_candidate(self.units[i + 1]):
            return False
        if self._runs is None:
            self._runs = page_runs([u.text for u in self.units])
        return run_across(self.units[i].text, self.units[i + 1].text, self._runs) is not None

    def _head_rest(self, k: int) -> int:
        """Where a lone headline that starts at unit k-1 ends: it takes the next line too when that
        line has a headline's shape (short, no comma, not ending a sentence), stands after at most two
        blank lines, and the line under it begins a sentence by its form (a date, 近日, an opener …)
        with no word running into it (顶尖科学家、…大国工匠 交流 | 论坛在京举行 | 7月28日下午，…: a
        headline a stray blank line cut in two; without the rule its rest would begin the body and
        run on into the first sentence).  Two such lines as well, over the sentence's start: a headline longer
        than its column set over three lines (会聚巾帼 匠心筑 | 梦 第二届巾帼工 | 匠论坛在京举办 | 7月28日，…)."""
        if k + 1 >= len(self.units) or k < 1:
            return k
        j = k  # a headline set over three lines (a big headline in a narrow column) leaves two lines to take
        while j - k < 1 and j + 2 < len(self.units) and self._head_piece(j, k - 1) and self._head_piece(j + 1, k - 1):
            j += 1
        u, nxt = self.units[j], self.units[j + 1]
        if j == k and (self._deck(j) or self._unmarked_subtitle(j)):
            return j + 1
        if (not self._head_piece(j, k - 1) or nxt.cls != TEXT or is_candidate(nxt)
                or not (bl.DATED_START.match(nxt.text) or nxt.text.startswith(OPENERS))
                or word_across(u.text, nxt.text)):
            return k
        return j + 1

    def _deck(self, m: int) -> bool:
        """Is unit ``m``, right under a lone headline, its deck: a subtitle of clauses (融合音乐、情景剧等多种形式，深入
        11个市巡演), a headline's shape but for its commas, after at most two blank lines, over a lead opening on its
        date or 近日 with no word across the two?  A deck spells out its headline in a clause or two, as a lead's
        first sentence never stands alone on a line with no full stop: without a 本报讯 marker under it, the deck
        was the story's first paragraph, run on into the lead (…巡演11月10日，…: a sentence never printed)."""
        u, nxt = self.units[m], self.units[m + 1]
        return (u.gap <= 2 and is_candidate(u) and not bl.DATED_LEAD.match(u.text) and not bound_end(u.text)
                and not any(quote_state(u.text) or ()) and nxt.cls == TEXT and bool(bl.DATED_LEAD.match(nxt.text))
                and word_across(u.text, nxt.text) is None)

    def _unmarked_subtitle(self, m: int) -> bool:
        """Is unit ``m``, unmarked right under a lone marked headline on a page that marks every heading at one level,
        its subtitle: a headline line standing whole (:meth:`_block_line`) over running text that begins a sentence
        of its own (no word, no mark, no bound character across the break) and reaches its end?  A converter marks
        the lines it sees in headline type, and a subtitle set smaller, or too long for its rule, goes unmarked
        (# 聚焦产业发展 共话工匠未来 | 第三届…主论坛举办 | “如何加快…？”…); read as text, it ran on into the lead as
        one sentence the page never printed."""
        first, u, nxt = self.units[m - 1], self.units[m], self.units[m + 1]
        return (self._one_level and bool(first.hashes) and not u.hashes and u.gap <= 2 and self._block_line(u)
                and nxt.cls == TEXT and not nxt.hashes and not self._block_line(nxt)
                and nxt.text[:1] not in NO_LINE_START and not bound_first(nxt.text)
                and word_across(u.text, nxt.text) is None and not self._run_cut(m) and self._sentence_ends_below(m))

    def _head_piece(self, m: int, first: int) -> bool:
        """Can unit ``m`` be a line of the headline that starts at unit ``first``: a headline's shape (short, no
        comma, not ending a sentence), marked as that line is, after at most two blank lines?"""
        u = self.units[m]
        return (u.gap <= 2 and u.hashes == self.units[first].hashes and is_candidate(u) and len(u.text) <= 30
                and not re.search("[，,]", u.text))

    def _over_tail(self, i: int) -> bool:
        """Does unit ``i`` stand over a unit that begins with a sentence of one word (…于一体 | 某职业学院 |
        共建。某区…), as a piece of text?  That word ends a sentence begun on unit ``i``, never the first
        sentence under a headline or a subhead (:func:`~unionnews.ingest.continuity.word_sentence_first`), when
        unit ``i`` is read after text left open or was placed where it stands by the reading order.  Under a
        finished sentence in the file's own order the line may be a headline over the rest of a lead whose
        start was read elsewhere (…问卷。 | 某镇开展送清凉活动 | 万余元。): it is left a headline."""
        if not (0 < i < len(self.units) - 1 and word_sentence_first(self.units[i + 1].text)):
            return False
        before = self.units[i - 1]
        return not is_terminal(before.text) or before.no != self._file_before(self.units[i].no)

    def _quote_goes_on(self, i: int) -> bool:
        """Does unit ``i`` open a quote that the unit under it closes with its first character and then reads
        on past a clause mark (“我们打造的服务不仅要‘在身边 | ’，更要‘随时享’。”…)?  Then the two are one sentence
        stray blank lines cut: no story's text begins with a closing mark, and a headline cut inside its quote
        goes on with its words (…构建“全时空 | 零距离”服务圈), not with a comma."""
        return quote_closed_below(self.units[i].text, self.units[i + 1].text)

    def _closes_quote_above(self, u: Unit) -> bool:
        """Does ``u`` begin with the mark that closes the quote the current paragraph leaves open after its full
        stop (…奠定了坚实基础。 | "某公司工会)?  Then it goes on with that paragraph's text, whatever its shape."""
        cur = self.cur
        return (cur is not None and bool(cur.paras) and cur.paras[-1].kind in JOINABLE
                and quote_closed_after_end(cur.paras[-1].text, u.text))

    @staticmethod
    def _leaves_quote_open(u: Unit) -> bool:
        """Does ``u`` open a quote it does not close (…将形成“部门联动、活动)?  A subhead stands whole on its line, so
        such a line is a sentence a stray blank line cut, not a subhead; its rest comes after it."""
        return any(quote_state(u.text) or ())

    def _file_before(self, no: int) -> int | None:
        """The number of the unit printed just above line ``no`` in the file (the reading order may differ)."""
        if self._file_order is None:
            self._file_order = sorted(u.no for u in self.units)
        k = bisect.bisect_left(self._file_order, no)
        return self._file_order[k - 1] if k > 0 else None

    def _page_runs(self) -> PageRuns:
        """The page's runs a line break may cut (:class:`sidebar.PageRuns`), read once, when first asked."""
        if self._box_runs is None:
            self._box_runs = PageRuns.of([u.text for u in self.units])
        return self._box_runs

    def _joins(self, u: Unit) -> bool:
        """Would ``u`` continue the current paragraph (which stops mid-sentence)?

        Joining wins over a headline reading, except for lines the OCR marked
        with ``#``: an article rarely ends without punctuation, a paragraph broken
        before a headline-looking fragment often does.
        """
        cur = self.cur
        if cur is None or cur.closed or not cur.paras or u.cls != TEXT or u.hashes or u.brk:
            return False
        last = cur.paras[-1]
        return last.kind in JOINABLE and not is_terminal(last.text) and not u.text.startswith(OPENERS)

    @staticmethod
    def _headline_over_dated_lead(cur: Draft, u: Unit) -> bool:
        """Is the paragraph ``u`` would join one line of a headline's shape (no clause mark, at most 50
        characters) after a finished paragraph, and ``u`` a lead opening on its date or 近日 with no word across
        the two (…竞赛。 | 乙城总工会启动“…”力争… | 9月3日，…)?  Without a 本报讯 marker the lead opens no item by
        its form, and the line stops mid-sentence by its punctuation only because it is a headline: joined,
        the next item would run on in this story inside a sentence the page never printed.  The two are left
        apart, and the review says the line may be another item's headline.  A line a stray blank cut before a
        mark no line begins with (工会送上暖“新 | (blank) | ”祝福) is one line still."""
        if len(cur.paras) < 2 or any(v.text[:1] not in NO_LINE_START for v in cur.paras[-1].units[1:]):
            return False
        above, line = cur.paras[-2], replace(cur.paras[-1].units[0], text=cur.paras[-1].text)
        return (is_candidate(line) and not re.search(r"[，,；;：:、]", line.text) and bool(bl.DATED_LEAD.match(u.text))
                and (above.kind not in JOINABLE or is_terminal(above.text)) and word_across(line.text, u.text) is None)

    def _lead_read(self, i: int) -> str:
        """The lead at ``i`` as far as another read of it is compared (:func:`similar_leads`, 60 characters): its
        line, read on into the text lines after it when the line holds less.  Lines re-broken at any width cut
        a lead anywhere (本报讯（记者…）近日，厂东省 | 韶关市…), and a cut read compared alone looks unlike a
        whole one by its length only."""
        text = self.units[i].text
        for u in self.units[i + 1:i + 4]:
            if len(text) >= LEAD_READ or u.cls != TEXT:
                break
            text += u.text
        return text

    def _heading_reads_on(self, i: int) -> str | None:
        """How unit ``i``, a line the OCR or converter marked as a heading, reads on into the unit under it as one
        sentence, if it does: a dictionary word across the two (繁星社区公共区 | 域职工之家以…: 区域), or the unit
        under it opening on a mark no line begins with (提供关怀服务 | ，架起…), where the unit under it is running
        text (a sentence mark inside it or a clause cut off, :meth:`_block_line`), not a heading's shape.

        Why: a converter that marks every block it finds in large or bold type also marks a paragraph's first
        line when the block detector cut it off its paragraph (one blank line under every block, Markdown's
        break), and a marked line is never joined to the text under it.  A subhead or headline ends on a whole
        word and what follows it begins a sentence of its own; a line that ends inside a word the next line
        finishes, or before a comma, is the start of that paragraph.  The rest under it being a heading's shape
        too is a headline cut in two, left to the headline rules."""
        u = self.units[i]
        nxt = self.units[i + 1] if i + 1 < len(self.units) else None
        if (nxt is None or u.cls != TEXT or nxt.cls != TEXT or nxt.hashes or nxt.brk or is_terminal(u.text)
                or self._block_line(nxt) or not self._sentence_ends_below(i)):
            return None
        if nxt.text[:1] in NO_LINE_START:
            return f"the line under it opens on {nxt.text[0]}, which no line begins with"
        word = word_across(u.text, nxt.text)
        if word:
            return f"{word} reads across into the line under it"
        end = function_word_end(u.text)
        return f"it ends on {end}, a word no heading ends on" if end else None

    def _sentence_ends_below(self, i: int, most: int = 8) -> bool:
        """Does a sentence end (。！？) in the text lines under unit ``i`` (at most ``most``) before a heading, a
        lead, a byline or any other line that is no running text?  A paragraph's text reaches its full stop; a
        headline's rest the wrap cut (…石河子市总以 | 规范化、标准化建设为抓手，推动…转型—— | ## 基层职代会…) reaches
        the next heading or the lead first, with no full stop."""
        for v in self.units[i + 1:i + 1 + most]:
            if v.cls != TEXT or v.hashes or v.brk:
                return False
            if re.search("[。！？!?]", v.text):
                return True
        return False

    def _subhead(self, u: Unit, i: int, last: Para | None) -> bool:
        """Can text unit ``u`` (at ``i``), which joins no paragraph, be a subhead: a short line of a headline's shape
        after a finished paragraph, over text, and no piece of a sentence (a comma run on into the next line, a
        one-word sentence under it, a quote left open)?"""
        return (last is not None and last.kind != "sub" and is_candidate(u) and len(u.text) <= 20
                and not u.text.endswith("——") and u.text[0] not in "“\"‘'「" and not self._runs_into_next(u, i)
                and not self._over_tail(i) and not self._leaves_quote_open(u)
                and (last.kind not in JOINABLE or is_terminal(last.text))
                and i + 1 < len(self.units) and self.units[i + 1].cls == TEXT)

    def _runs_into_next(self, u: Unit, i: int) -> bool:
        """Does ``u`` read as the start of a sentence that goes on at the next unit: a comma inside (a
        subhead is a phrase, as a lone headline is), and a dictionary word across into the next unit
        (连日来，一场场…、议题聚 | 焦、富有实效…)?  Then it is text a blank line cut, not a subhead."""
        nxt = self.units[i + 1] if i + 1 < len(self.units) else None
        return (nxt is not None and nxt.cls == TEXT and not nxt.hashes and bool(re.search("[，,]", u.text))
                and word_across(u.text, nxt.text) is not None)

    def _start_block(self, i: int, j: int) -> None:
        """Start an item on the headline block units[i:j] (:meth:`_block_head`); its review says so when the story
        above only ended its sentence (no credit, dateline or source closed it) and the text under the block
        opens no lead by its form (a date, 近日, an opener): the block is then a guess from its shape alone."""
        cur, under = self.cur, self.units[j]
        self._start(self.units[i:j])
        if cur is not None and not cur.closed and not (
                bl.DATED_START.match(under.text) or under.text.startswith(OPENERS)):
            head = " | ".join(u.text for u in self.units[i:j])
            self.cur.doubts.append(f"lines {self.units[i].no}-{self.units[j - 1].no} ({head}) are read as this "
                                   "item's headline block (lines of a headline's shape after a finished story, "
                                   f"over text with no lead marker: {under.text[:12]}…) — check that they are "
                                   "not a subhead and text of the story above")

    def _word_under_head(self, j: int) -> None:
        """Say in review when a lone headline's last line and the text under it read as one word across the
        break (这台文艺晚 | 会以宏大的叙事结构…: 晚会): a line an engine cut at a wide gap inside it (each piece a box,
        a line of its own) or a short piece of a column the OCR cut ends mid-word and passes for a headline, and
        the text under it, which goes on the story above, opens an item of its own.  A headline never ends inside
        a word the line under it finishes, though by chance a dictionary word may read across a true one; so
        the item stays as read and its review names the word."""
        last = self.units[j - 1]
        under = self.units[j] if j < len(self.units) else None
        word = word_across(last.text, under.text) if under is not None and under.cls == TEXT else None
        if word:
            self.cur.doubts.append(f"line {last.no} ({last.text}) is read as this item's headline, but {word} reads "
                                   f"across into the text under it (line {under.no}): it may be a piece of a "
                                   "line cut from the story above — check")

    def _start(self, head: list[Unit]) -> None:
        self.cur = Draft(head=head)
        self.drafts.append(self.cur)

    # -- the walk ----------------------------------------------------------------
    def _unmarked_rereads(self) -> dict[int, list[Unit]]:
        """A lead with no 本报讯 marker the OCR read twice around its headline's last line: a text line opening on
        its date or 近日 (and the wrap pieces after it), one or two lines of a headline's shape, then a text line
        opening so whose words are mostly the same (广东某县总筑牢… | 近日，广东当某市新主具总工会… | 1438名职工获赠…
        | 近日，厂东省某市新丰县总工会…).  With the marker the second read is told by its form (the LEAD branch of
        :meth:`_place_inner`); without it the first read stood between the title and the subtitle, the subtitle
        ran on into it as text, and the two reads into one sentence the page never printed.  The first read is set
        aside (unplaced, the article's review says so); keyed by the second read's first unit.  The first read
        stops mid-sentence (the OCR lost the rest of the column line): two stories' whole leads alike in wording
        (甲城总工会为环卫工人… | 乙城开展… | 乙城总工会为环卫工人…) are two leads."""
        units, out = self.units, {}
        for i, u in enumerate(units):
            if i == 0 or u.cls != TEXT or u.hashes or not bl.DATED_LEAD.match(u.text) \
                    or not self._block_line(units[i - 1]):
                continue  # a lead's first read stands right under its title
            k = i + 1
            while k < len(units) and k - i < 4 and units[k].cls == TEXT and not self._block_line(units[k]):
                k += 1
            m = k
            while m < len(units) and m - k < 2 and units[m].cls == TEXT and self._block_line(units[m]):
                m += 1
            if m == k or m >= len(units) or units[m].cls != TEXT or not bl.DATED_LEAD.match(units[m].text):
                continue
            first = "".join(v.text for v in units[i:k])
            if not is_terminal(first) and similar_leads(first, self._lead_read(m)[:len(first)]):
                out[units[m].no] = units[i:k]
        return out

    def run(self) -> tuple[list[Draft], list[Loose]]:
        rereads = self._unmarked_rereads()
        for second, first in rereads.items():  # set aside first, so that no path of the walk can skip them
            self.loose.append(Loose(first, reread_reason(second)))
        dropped = {id(v) for vs in rereads.values() for v in vs}
        self.units = [v for v in self.units if id(v) not in dropped]
        i = 0
        while i < len(self.units):
            if self.units[i].no in rereads:
                first = rereads[self.units[i].no]
                self._pending_doubt = reread_doubt(first[0].no, "".join(v.text for v in first))
            u = self.units[i]
            page = self._marker_cut(i)
            if page is not None:
                self._continued(self.units[i:i + 2], page)
                i += 2
                continue
            cut = self._credit_cut(i)
            if cut is not None:
                self.cur.paras.append(Para(CREDIT, self.units[i:cut]))
                self.cur.closed = True
                i = cut
                continue
            j = None if self._joins(u) else (self._anchored_head(i) or self._kicker_cut_at_comma(i)
                                             or self._marked_cut_head(i))
            if j is None and u.cls == LABEL:
                j = self._labelled_head(i)
            if j is None:  # (a line that joins the paragraph above is under no finished story: no block)
                j = self._block_head(i)
                if j is not None:
                    self._start_block(i, j)
                    i = j
                    continue
            free = j is None and self._free_head(i)
            if free:
                j = self._head_rest(i + 1)
            if j is not None:
                self._start(self.units[i:j])
                if free:
                    self._word_under_head(j)
                i = j
                continue
            self._place(u, i)
            if self._pending_doubt and self.cur is not None:
                self.cur.doubts.append(self._pending_doubt)
                self._pending_doubt = ""
            i += 1
        return self.drafts, self.loose

    def _marker_cut(self, i: int) -> str | None:
        """The page a 上接 marker names when a line break cut it over units ``i`` and ``i + 1`` (（上接第 | 1版）).  Why:
        read apart, neither piece is a marker, the continued story runs on in the story above, and the two stories
        share a file with nothing said."""
        if i + 1 >= len(self.units):
            return None
        u, nxt = self.units[i], self.units[i + 1]
        if u.cls not in (TEXT, JUNK) or nxt.cls not in (TEXT, JUNK) or u.hashes or nxt.hashes or nxt.brk:
            return None
        m = bl.CONTINUED.match(undecorated(u.text) + nxt.text)
        return m.group("page") if m else None

    def _continued(self, units: list[Unit], page: str) -> None:
        """Place a 上接 marker (``units``, naming ``page``): under a headline that has no text yet, it is that story's;
        anywhere else it opens a headless continuation."""
        cur = self.cur
        if cur is not None and not cur.paras and cur.head and cur.continued is None:
            cur.paras.append(Para(CONT, units))
            cur.continued = page
        else:
            self.cur = Draft(head=[], continued=page)
            self.cur.paras.append(Para(CONT, units))
            self.drafts.append(self.cur)

    def _credit_cut(self, i: int) -> int | None:
        """Where a photo credit that line breaks cut over two or three lines ends, when units[i] opens one: a byline
        (本报记者 陈艺) that is no credit alone, and one or two short lines under it that make it one (摄; 艺/摄, under
        本报记者 刘欣欣/文 陈; 金宇 摄影报 | 道), in the story being read.

        Why: a converter's Markdown parts every line it found with a blank line, and a credit wrapped at the
        column's end leaves its 摄 on a line of its own; read apart, the byline stays in the story and the lone 摄
        opens the next item's headline block (摄 北京经验 as a column label).  A credit is the story's last line."""
        cur, u = self.cur, self.units[i]
        if cur is None or cur.closed or not cur.paras or u.hashes or u.cls != BYLINE or bl.is_credit(u.text):
            return None
        text = u.text
        for j in range(i + 1, min(i + 3, len(self.units))):
            v = self.units[j]
            if v.cls not in (TEXT, JUNK, CREDIT, BYLINE) or v.hashes or v.brk or len(v.text) > 8:
                return None
            text += v.text
            if bl.is_credit(text):
                return j + 1
        return None

    def _orphan(self, u: Unit, why: str) -> None:
        if self.loose and self.loose[-1].reason == why and self.loose[-1].units[-1] is self.prev_unit:
            self.loose[-1].units.append(u)
        else:
            self.loose.append(Loose([u], why))

    prev_unit: Unit | None = None
    _pending_doubt = ""  # said in the review of the article the next unit placed goes to (:meth:`run`)

    def _place(self, u: Unit, i: int) -> None:
        cur = self.cur
        try:
            self._place_inner(u, i, cur)
        finally:
            self.prev_unit = u

    def _place_inner(self, u: Unit, i: int, cur: Draft | None) -> None:
        c = u.cls
        if c == FURN:
            self._orphan(u, "page furniture (advertising, contact line or page header), not an article")
            if cur is not None and cur.paras and ends_item(u, cur.paras[-1]):
                cur.closed = True
            return
        if c == CONT:
            self._continued([u], continued_from(u))
            return
        if c == LABEL:
            self._orphan(u, "column label with no headline under it")
            return
        if cur is None or (cur.closed and c != DATELINE):
            if c == LEAD:  # a lead with no headline: keep it together, flagged, unplaced
                self.cur = Draft(head=[])
                self.cur.paras.append(Para(LEAD, [u]))
                self.drafts.append(self.cur)
                return
            self._orphan(u, "text with no headline above it (after the end of an article)"
                         if cur is not None else "text before the first headline on the page")
            return
        last = cur.paras[-1] if cur.paras else None
        if c == TEXT and last is not None and last.kind in JOINABLE and ends_on_dateline(last.text):
            cur.doubts.append(f"line {u.no} follows the dateline that ends the paragraph at line "
                              f"{last.units[0].no} ({last.text[-16:]}); a dateline closes a story, so this "
                              "may be the start of another item — check")
        if c == TEXT:
            joins = self._joins(u) or (last is not None and last.kind in JOINABLE and not is_terminal(last.text)
                                       and u.hashes and not u.brk and not u.text.startswith(OPENERS))
            if joins and self._headline_over_dated_lead(cur, u):
                cur.doubts.append(f"line {last.units[0].no} ({last.text}) stands after a finished paragraph, over "
                                  f"line {u.no}, which opens as a lead on its date ({u.text[:12]}…): it may be the "
                                  "headline of another item — check")
                cur.paras.append(Para(TEXT, [u]))
            elif joins:
                nxt = self.units[i + 1] if i + 1 < len(self.units) else None
                if why := headline_read_on(last, u, nxt) or head_over_lead_read_on(last, u, nxt, self._page_runs):
                    cur.doubts.append(why)
                last.units.append(u)
                cur.closed = cur.closed or closes_story(last.text)
            elif self._subhead(u, i, last) and (why := self._heading_reads_on(i)):
                shape = MARKED_READ_ON if u.hashes else "has a heading's shape, but"
                cur.doubts.append(f"line {u.no} ({u.text}) {shape} {why} (line {self.units[i + 1].no}): it "
                                  "is read as the first words of that paragraph, not as a subhead — check")
                cur.paras.append(Para(TEXT, [u]))
            elif self._subhead(u, i, last):
                cur.paras.append(Para("sub", [u]))
                if u.hashes and self._flat_marks:
                    cur.doubts.append(f"line {u.no} ({u.text}) {SUBHEAD_DOUBT}; the page marks every heading alike "
                                      "and parts every paragraph with one blank line, so it may be the headline of "
                                      "another item — check")
            else:
                cur.paras.append(Para(TEXT, [u]))
                cur.closed = closes_story(u.text)
        elif c == LEAD:
            if last is not None and last.kind == LEAD and len(cur.body_paras()) == 1 \
                    and similar_leads(last.text, self._lead_read(i)):
                cur.paras.remove(last)
                self.loose.append(Loose(last.units, reread_reason(u.no)))
                cur.doubts.append(reread_doubt(last.units[0].no, last.text))
                cur.paras.append(Para(LEAD, [u]))
            elif cur.body_paras():
                self.cur = Draft(head=[])
                self.cur.paras.append(Para(LEAD, [u]))
                self.drafts.append(self.cur)
            else:
                cur.paras.append(Para(LEAD, [u]))
        elif c == BYLINE:
            cur.paras.append(Para(BYLINE, [u]))
        elif c in (CREDIT, DATELINE, SOURCE, JUMP):
            cur.paras.append(Para(c, [u]))
            cur.closed = True
        elif c == JUNK:
            cur.paras.append(Para(JUNK, [u]))
            cur.doubts.append(f"line {u.no} {u.text!r} is unreadable OCR output, kept as printed")


def _quotation_alone(text: str) -> bool:
    """Is ``text`` one quotation and nothing else (“我的工作就如同…，很有意思！”): it opens on a quote and ends on its
    close after a sentence's end, and no quote closes before its end?"""
    text = text.strip()
    return (text[:1] in "“\"" and text[-1:] in "”\"" and text[-2:-1] in "。！？!?…"
            and not re.search("[”\"]", text[1:-1]))


def segment(units: list[Unit]) -> tuple[list[Draft], list[Loose]]:
    """Drafts in reading order, and loose (unplaced) text."""
    drafts, loose = Segmenter(units).run()
    give_labels(drafts)
    return drafts, loose
