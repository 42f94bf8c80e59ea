"""The score of every possible join: for "line A goes on at line B", the text evidence of
:mod:`unionnews.ingest.continuity` added up with what the layout says.

Why a module of its own: the scores are where the judgement lives.

=============  =====  ========================================================
next line      +3     B is the next line of the file: the OCR is mostly right
nearby         +1     B lies elsewhere within 60 lines (the OCR displaces lines
                      locally); only a lead's text jumps a headline above a lead
orphan         +1.5   B cannot stand where the OCR put it: it starts mid-word
                      (个…, 前，), closes a quote nothing opened, or is a short
                      last line after a finished paragraph
headline       −1.5   B has a headline's shape (short, no punctuation inside);
                      such a line joins only the line next to it in the file
                      (not a piece beginning with a lone 和/等/的…, nor one a
                      dictionary word runs on into a finished sentence)
=============  =====  ========================================================

``Scorer.status`` also tells which lines start a paragraph right where they
stand (after a finished one or a headline): :mod:`unionnews.ingest.reorder`
moves those only on textual evidence.
"""
from __future__ import annotations

import bisect
import re

from unionnews.ingest import continuity as ct
from unionnews.ingest.normalize import CJK, is_terminal
from unionnews.ingest import byline as bl
from unionnews.ingest.segment import BYLINE, LEAD, TEXT, Unit
from unionnews.ingest.pageview import Page, headline_like, list_piece, wording
from unionnews.ingest.readings import Join


NEXT_LINE, NEARBY, NEAR, TOPIC_MAX = 3.0, 1.0, 60, 1.0
ACCEPT_NEXT, ACCEPT_OTHER, ACCEPT_WEAK = 1.0, 3.0, 1.5
WORD = 4.0  # a dictionary word spans the join
ORPHAN = 1.5  # B cannot begin where the OCR read it
OTHER_TEXT = 2.0  # any other textual evidence: a list closed, a place, a bound start, wording printed elsewhere
UNDER_HEADLINE = 2.0  # a displaced lead going on at the line under a headline whose story begins mid-sentence
HEAD = 4  # characters opening a line that the page prints elsewhere as one run (Scorer._head_printed)
SPAN = 5  # characters of wording across a join that the page prints elsewhere (Scorer._printed_across)


_TAIL_CLAUSE = re.compile(r"[^，,；;：:。！？!?]+[。！？!?][”’\"']?")


def _word_cut_into(before: Unit | None, u: Unit) -> bool:
    """Does line ``u`` begin with the rest of a word the line of text before it leaves cut (…世界反法西 |
    斯战争胜利…: 反法西斯战争, 斯 a word of nothing where it is printed)?  A headline begins on a whole word of its
    own; lines re-broken at any width cut words anywhere, and the piece after the cut has a headline's shape as
    often as not, as does a printed column's line a picture set into the column cut short (…中铁七局集 | 团西铁工).
    The line before must be open running text (not itself headline-shaped), and the word across no two whole words
    read together (高级 | 会议)."""
    if before is None or before.cls not in (TEXT, LEAD) or headline_like(before) or is_terminal(before.text.strip()):
        return False
    first = ct.first_word(u.text)
    return (len(first) == 1 and ct.word_across(before.text, u.text) is not None
            and not ct.whole_words(before.text, u.text))


def _cut_word_head(a: str, b: str) -> str | None:
    """The word a line break cut between ``a``'s last character and headline-shaped ``b``'s first, when ``b`` begins
    on that word's rest (…中铁七局集团西铁工 | 程公司精测队: 工程, 程 a word of nothing where it is printed).

    Why: a headline begins on a whole word of its own (as :func:`_word_cut_into` reads the line above B); a page
    re-broken at any width cuts a phrase anywhere, and the piece after the cut (程公司精测队) has a headline's shape
    as often as not, wherever the OCR read it.  The word must take A's last character alone, so that it puts back
    one character each side rather than adding one to a word already whole at A (…一体化保障 | 型职工…: 保障型),
    and that character must not be a number's measure (…等3大 | 为提升…: 3大 goes with its number)."""
    word, end = ct.word_across(a, b), a.rstrip()
    if word is None or len(end) < 2 or end[-2].isdigit() or not ct.cut_start(b) or ct.whole_words(a, b):
        return None
    return word if word[0] == end[-1] and b.lstrip().startswith(word[1:]) else None


def _opener_cut(text: str, after: str) -> bool:
    """Does headline-shaped ``text`` open a paragraph by its first word (作为构建某省, 据悉今年以来: a paragraph
    opener, :data:`~unionnews.ingest.continuity.OPENERS`) and the file's next line go on with its sentence
    (总“大思政”格局的…: a character no sentence begins with, or one and a mark)?  A paragraph's first words
    the wrap cut short, not a headline: the opener says a paragraph begins there, and the next line says
    the sentence runs on into it."""
    return text.lstrip().startswith(ct.OPENERS) and ct.starts_bound(after)


def _held_open(before: Unit | None) -> bool:
    """Does running text ``before`` end on what a sentence cannot stop at and a headline cannot follow: the 、 of a
    list still open (…特种设备作业人员证、), a particle standing alone (…企事业单位的) or a preposition (…，将)?  Not
    a comma alone: a column piece read out of order ends on one right before another story's headline
    (:meth:`Scorer._held` reads the line after the piece for that)."""
    if before is None or before.cls not in (TEXT, LEAD) or headline_like(before):
        return False
    text = before.text.rstrip()
    return text.endswith("、") or ct.bound_end(text) or (ct.needs_more(text) > 0 and text[-1:] not in ct.OPENING_MARKS)


_QUOTE_MARK = re.compile("[\"“”＂'‘’]")


class PageWording:
    """Where a page prints a run of its wording (:func:`wording` of each line): the lines' wording joined
    with line breaks (no wording holds one), searched when asked.

    Why a search, not a table of every run: the scorer asks where a few dozen runs across its line
    breaks are printed, and a page prints thousands.  Past :data:`~unionnews.ingest.continuity.SEARCHES`
    runs asked, every run of the length asked is tabled once, as a big page needs."""

    def __init__(self, units: list[Unit]):
        self.nos = [u.no for u in units]
        self._lines = ct.JoinedLines([wording(u.text) for u in units])
        self._found: dict[str, list[tuple[int, str, str]]] = {}
        self._tables: dict[int, dict[str, list[tuple[int, str, str]]]] = {}

    def places(self, run: str) -> list[tuple[int, str, str]]:
        """Each place ``run`` is printed, in file order: the line, and the characters just before and just
        after it there ("" at the line's edge)."""
        if len(run) in self._tables:
            return self._tables[len(run)].get(run, [])
        if run not in self._found:
            if len(self._found) >= ct.SEARCHES:
                return self._table(len(run)).get(run, [])
            self._found[run] = self._search(run)
        return self._found[run]

    def lines(self, run: str) -> list[int]:
        """The lines printing ``run``, in file order, each once."""
        return list(dict.fromkeys(no for no, _, _ in self.places(run)))

    def _search(self, run: str) -> list[tuple[int, str, str]]:
        texts = self._lines.texts
        return [(self.nos[k], texts[k][i - 1:i] if i else "", texts[k][i + len(run):i + len(run) + 1])
                for k, i in self._lines.find(run)]

    def _table(self, size: int) -> dict[str, list[tuple[int, str, str]]]:
        """Every run of ``size`` characters with its places."""
        table: dict[str, list[tuple[int, str, str]]] = {}
        for no, text in zip(self.nos, self._lines.texts):
            for i in range(len(text) - size + 1):
                table.setdefault(text[i:i + size], []).append((no, text[i - 1:i], text[i + size:i + size + 1]))
        self._tables[size] = table
        return table


class Scorer:
    """Scores every (A, B) pair of one page; see the module and continuity docstrings.

    One scorer serves both passes over a page (the second only adds headlines, see
    :func:`unionnews.ingest.reorder.sentence_joins`): :meth:`refresh` recomputes what a
    headline changes, and a pair is scored again only when A's paragraph so far or B's
    status changed; the rest (wording, quotes, the lines before a line) stays.
    """

    def __init__(self, page: Page):
        self.page = page
        self._memo: dict[tuple[int, int, str, str | None], ct.Evidence] = {}
        self._nos = [u.no for u in page.units]  # in file order: the page is read as the file has it
        self._quote_memo: dict[int, tuple[bool, bool] | None] = {}
        self._elsewhere: set[int] = set()  # lines the reading order reads away from the file's (follow())
        self.quotes = {n: self._quote_state(n) for n in page.by_no if page.is_open(n)}
        self.rare = page.rare_wording()
        self._printed: PageWording | None = None  # where the page prints a run of wording (built once asked)
        self._runs: dict[int, ct.LineRuns] = {}  # runs of 4 (3) Chinese characters → how many lines print them
        self._contexts: dict[tuple[int, int], str] = {}
        self._wants: dict[int, set[str]] = {}
        self._befores: dict[int, tuple[list[tuple[int, str]], set[int]]] = {}  # page.before(a): texts, a set
        self._before_grams: dict[int, frozenset[str]] = {}  # trigrams of the text before a line, whole
        self._headlines: dict[int, bool] = {}
        self._time_pieces: dict[int, int | None] = {}
        self.refresh()

    def _quote_state(self, no: int) -> tuple[bool, bool] | None:
        """The quotes line ``no`` leaves open (:func:`continuity.quote_state`), or None when it cannot tell.

        Read on from the line before when that line is part of ``no``'s paragraph so far
        (:meth:`Page.run_back`, as a list left open is read): a line without a mark of its own leaves open
        what its paragraph left open (…通过"铸 | 工魂、聚良策、巧思路、聚: the quote 铸… opened is open still),
        and a straight mark then closes the quote open before it (聚同心"4大…).  Otherwise from its own line
        only: None when its first mark is a straight one that may open or close and the line read before it
        leaves a quote of that kind open, so what the line leaves open is unknown.  Not in a lead
        (本报讯（记者…）"下班后…), nor in a line opening as a lead on its date or 近日 (近日，某省果 after …聚工会合力、
        on a page printed without the marker): it begins its story, so its first quote opens one.  Nor in a line
        the reading order built so far reads elsewhere (:meth:`follow`): the file's line before is not its own.

        A line that begins where no sentence begins (个…, 等…: :func:`continuity.bound_first`) and prints no quote
        mark, read on from no line before it, leaves open what the line its sentence began on left open: unknown
        (None), not "none".  On a page re-wrapped at any width a lead's quotation (…“深夜跑单结束，能有) goes on at
        such a piece (个亮灯、…感觉) and closes a wrap line below it (特别暖心。”…); read as leaving nothing open,
        the piece could not go on at the line that closes the quote, and the lead took that line instead."""
        if no in self._quote_memo:
            return self._quote_memo[no]
        page, text = self.page, self.page.by_no[no].text
        out: tuple[bool, bool] | None = None
        run, prev = page.run_back(no), page.prv.get(no)
        if len(run) > 1 and run[-2] == prev and no not in self._elsewhere and page.by_no[no].cls != LEAD \
                and not bl.DATED_LEAD.match(text):
            before = self._quote_state(prev)
            out = ct.quote_state_after(text, before) if before is not None else None
        if out is None:
            out = self._own_quote_state(no)
        self._quote_memo[no] = out
        return out

    def follow(self, joins: dict[int, Join]) -> bool:
        """Read the open quotes of the lines ``joins`` reads away from the file's order from their own text, not
        on from the line the file puts before them.  True when a quote state changed (the joins are then scored
        again).

        Why: a printed sentence carries its open quotes into the next line of its own paragraph only; a line the
        OCR read out of place is no part of the paragraph the file puts it in.  …尤 | 其在寒冷的 (尤其), read after
        …更要'随时享''贴心, opens none of that line's quotes, and read as if it did, 享'。" would close them for it
        and take the quotation's rest from the line it belongs to.  Such a line (one whose sentence the text
        says goes on from another line than the file's line before) is read from its own text, not on from the
        line the join comes from: that line's state may rest on a straight mark read as opening where it closes
        (\"联盟成员说道。为…, a paragraph the cut read apart from the quote it closes), and the quotes across the
        join itself are weighed there already.
        Only joins the text vouches for and the stage does not call a guess (:attr:`Join.guessed`) say a line
        stands elsewhere: a guessed join may be the wrong one, and the line it takes from the file's order with
        it (…聚 | 工会合力、 is the file's own join, however well a far 促职工共赢"… closes the quote)."""
        elsewhere = {j.b for j in joins.values() if not (j.adjacent or j.guessed) and "text" in j.kinds}
        if elsewhere == self._elsewhere:
            return False
        self._elsewhere = elsewhere
        self._quote_memo = {}
        quotes = {n: self._quote_state(n) for n in self.quotes}
        changed = quotes != self.quotes
        self.quotes = quotes
        if changed:
            self._memo.clear()
        return changed

    def _own_quote_state(self, no: int) -> tuple[bool, bool] | None:
        """:meth:`_quote_state` from line ``no``'s own text (and the line before's own quotes): None when its
        first mark is a straight one that may open or close, the line before leaves a quote of that kind
        open, and the line ends differently as that mark opens or closes (谱新篇"座谈…通过"铸工魂…聚同心"4大…
        is closed either way, so what it leaves open does not depend on where it is read)."""
        text = self.page.by_no[no].text
        if self.page.by_no[no].cls != LEAD and not _QUOTE_MARK.search(text) and ct.bound_first(text):
            return None  # its sentence began on another line, whose quotes it carries (:meth:`_quote_state`)
        state = ct.quote_state(text)
        m = re.search("[\"＂']", text)
        if state is None or not m or self.page.by_no[no].cls == LEAD or ct.first_role(text, m.start()) != "toggle":
            return state
        prev = self.page.prv.get(no)
        before = ct.quote_state(self.page.by_no[prev].text) if prev is not None else None
        kind = 1 if text[m.start()] == "'" else 0
        if not (before and before[kind]):
            return state
        closed = ct.quote_states(text, kind == 0, kind == 1)  # the first mark closes the quote open before it
        return state if closed == state else None

    def refresh(self) -> None:
        """Recompute what depends on which lines are headlines (after :meth:`Page.add_heads`)."""
        # each line's length where it is open, else -1, in file order: the widths :meth:`_tail` compares
        self._open_widths = [len(u.text) if self.page.is_open(u.no) else -1 for u in self.page.units]
        self.status = {u.no: self._status(u.no) for u in self.page.units if self.page.is_text(u.no)}
        self._ons: dict[int, list[int]] = {}  # _sentence_on stops at a headline
        self._saids: dict[int, str] = {}  # read on along _sentence_on
        self._lefts: dict[int, str] = {}
        self._objects: dict[int, tuple[list[int], str]] | None = None  # built once asked (_objects_found)
        # the text before a line stops at a headline block over text left open (Page.before): with more headlines
        # found, wording read before may be another story's, and the scores that weighed it are scored again
        self._befores, self._contexts, self._before_grams = {}, {}, {}
        self._memo = {key: ev for key, ev in self._memo.items() if "topic" not in ev.kinds}

    def score(self, a: int, b: int) -> ct.Evidence:
        """The evidence that line ``a``'s sentence goes on at line ``b`` (shared, not to be changed)."""
        key = (a, b, self._left(a), self.status.get(b))
        ev = self._memo.get(key)
        if ev is None:
            ev = self._memo[key] = self._score(a, b)
        return ev

    def _score(self, a: int, b: int) -> ct.Evidence:
        page, ua, ub = self.page, self.page.by_no[a], self.page.by_no[b]
        ev = ct.Evidence()
        left = self._left(a)
        adjacent = page.nxt.get(a) == b
        if adjacent:
            ev.add(NEXT_LINE, "next line in the file")
        else:
            ev.add(NEARBY, "nearby on the page")
        word = ct.word_across(ua.text, ub.text, rest=True)
        if word and not adjacent and (self._head_printed(a, b) or self._read_in_place(a, b)
                                      or self._rewrap_reads_in_place(a, b)):
            word = None  # …快速上手 | 中铁五局…: 手中 takes the first character of wording the page prints as one
        if word and not adjacent and ct.whole_words(ua.text, ub.text):  # 高级 | 会议: two whole words (高级会议)
            ev.add(OTHER_TEXT, f"the words either side read together as {word}", "text")
        elif word:
            ev.add(WORD, f"the word {word} spans the join", "text")
            ev.kinds.add("word")
        elif adjacent:  # the file's own join only: across a jump, three to five characters match by chance
            printed = self._printed_across(a, b)  # (…省总工会 | 通过… and 总工会通过 forty lines on)
            run = None if printed else self._run_across(a, b)
            if printed:
                ev.add(OTHER_TEXT, f"{printed[0]} across the join is printed at line {printed[1]} as well", "text")
            elif run:
                ev.add(OTHER_TEXT, f"{run} across the join is printed whole on another line", "text")
        said = self._said(b)
        fit = ct.quote_fit(self.quotes[a], said, self.quotes[a] is not None and ct.quote_in_clause(ua.text),
                           ua.text.rstrip()[-1:])
        opened = ua.text if _QUOTE_MARK.search(ua.text) else left  # where A's open quote was opened
        if fit > 0 and not ct.quote_kinds_differ(opened, said):
            ev.add(1 + 2 * fit, f"closes the quote line {a} leaves open", "text")
        elif fit < 0:
            ev.add(-3, "its quotes would not pair", "against")
        if ua.text.rstrip()[-1:] in ct.OPENING_MARKS:
            if ct.bound_first(ub.text, strict=True):
                ev.add(-3, f"{ub.text[:2]}… cannot follow punctuation", "against")
        elif ct.bound_first(ub.text) and not (word and ct.bound_start(ub.text)):
            # (三 | 等相关…: a word across, 三等, reads 等 as a word's first character, not as the particle standing alone)
            ev.add(OTHER_TEXT, f"{ub.text[:2]}… cannot start a sentence", "text")
        if self.page.pieces and ct.item_as_predicate(ua.text, ub.text):
            ev.add(-3, f"{ub.text[:3]} is no item of the list left open", "against")
        if self.page.pieces and ct.classifier_stranded(ua.text, ub.text):
            ev.add(-3, f"{ub.text[0]} counts nothing after {ua.text.rstrip()[-2:]}", "against")
        prep = self._object_of(a, b)
        if prep:
            ev.add(OTHER_TEXT, f"line {b}'s first clause reads as the object of {prep}", "text")
        # a lead whose 本报讯 credit is gone may keep only its time's first characters on its line (日 | 前，某局…):
        # read on into B it opens as a lead after open text (Page.unmarked_lead), so it is the lead's line, no
        # headline, and its time across the join is the lead's structure, as for a marked lead
        unmarked = ua.cls == TEXT and self._time_piece(a) == b
        time = (bl.lead_time_across(ua.text, ub.text) if ua.cls == LEAD
                else bl.time_across(ua.text, ub.text) if unmarked else None)
        if time and time == word:  # the review names it already ("the word 日前 spans the join"): weight only
            ev.score += OTHER_TEXT
        elif time:
            ev.add(OTHER_TEXT, f"the lead's time {time} spans the join", "text")
        if ct.open_list(left) and ct.closes_list(ub.text):
            ev.add(OTHER_TEXT, f"{ub.text[0]} closes the list (、) left open", "text")
        elif adjacent and self.page.pieces and ct.open_list(left) and ct.list_closed_on(ub.text):
            # the file's next line runs the list left open on to its 等 (…认定、培训 | 开展、…就业等方面): only the
            # file's own join (a far line's list closed by 等 is any list's)
            ev.add(OTHER_TEXT, "the list (、) left open goes on to its 等", "text")
        frame = ct.frame_closed(ua.text, ub.text)
        if frame:
            ev.add(WORD, f"{frame} closes the phrase 在 opens", "text")
        place = ct.after_place_word(ua.text, ub.text)
        if place:
            ev.add(OTHER_TEXT, f"a place ({place}) after {ua.text.rstrip()[-1]}", "text")
        wanted = self._wanted(b)
        if wanted and not adjacent:
            shared = self._shared(a, b, wanted)
            if shared:
                ev.add(min(TOPIC_MAX, 0.25 * len(shared)), f"repeats wording from before line {a} "
                                                           f"({'、'.join(shared[:3])})", "topic")
        if not adjacent and self.status[b] == "orphan":
            ev.add(ORPHAN, f"line {b} cannot begin where the OCR read it", "orphan")
            if self._lead_end(a) and self._under_headline(b) is not None:
                # B, printed under a headline, begins its story mid-sentence: a lead read apart goes on there
                # (evidence from both sides; the review says it in the placement's note, "the lead read at
                # line A goes under the headline …: its text goes on at line B, printed right below")
                ev.score += UNDER_HEADLINE
                ev.kinds.add("text")
        piece = self._time_piece(b) if ub.cls == TEXT and not word else None
        if piece is not None and piece != a:
            time = bl.time_across(ub.text, page.by_no[piece].text)
            ev.add(-3, f"line {b} opens a lead ({time}, read on at line {piece}): no sentence goes on with one",
                   "against")
        if ub.text.startswith(ct.OPENERS):
            ev.add(-5, f"{ub.text[:2]}… opens a paragraph", "against")
        head_a = (self._headline(a) or self._subtitle(a)) and not unmarked
        head_b = self._headline(b) or self._subtitle(b)
        runs_on = self._object_runs_on(a, b) if adjacent else None
        if runs_on:
            head_a = False  # A holds a preposition's object that goes on to its comma at B: no headline
            ev.add(OTHER_TEXT, f"the object of {runs_on} reads on to its comma", "text")
        named = self._named_above(a, b, word) if head_b and not adjacent else None
        if named is not None:
            head_b = False  # the lead's words under the headline that names them: no headline of its own
            ev.add(UNDER_HEADLINE, f"the headline at line {named} prints {word} as well", "text")
        # (not on a page that keeps its blank lines: a short piece a blank line sets apart is a headline there as
        # often, and a far word across into it as often chance: …服务模式，打 | 中的核小窟点, 打中, not 打造)
        if head_b and word and not adjacent and self.page.pieces and not self.page.blanks and b not in page.heads \
                and _cut_word_head(ua.text, ub.text):
            head_b = False  # B begins on the rest of a word A's end cut (…西铁工 | 程公司…): a piece, no headline
        if head_b and prep and not adjacent:
            head_b = False  # B's words are the preposition's object, read on to a comma below: no headline
        if head_b:
            ev.add(-1.5, "a headline-like line", "against")
        if head_a:
            ev.add(-2, "it may be a headline, which does not run on")
        if ct.overloaded(left, ub.text):
            ev.add(-4, "将 twice in one clause", "against")
        if page.short_last_line(a) and not word and not ct.completes_line(ua.text, ub.text) \
                and not ct.list_goes_on(ua.text, ub.text):  # …在保守基 | 地
            ev.add(-6, "the paragraph's last printed line is short (it ended there)", "against")
        if not adjacent and (head_a or head_b):
            ev.score = min(ev.score, 0.0)  # a headline neither runs on into, nor goes on, text elsewhere
        return ev

    def _wording_at(self) -> PageWording:
        """The page's wording, to find where it prints a run (built once asked: most joins never ask)."""
        if self._printed is None:
            self._printed = PageWording(self.page.units)
        return self._printed

    def _page_runs(self, size: int = 4) -> ct.LineRuns:
        """:func:`continuity.page_runs` of the page's lines (built once asked)."""
        if size not in self._runs:
            self._runs[size] = ct.page_runs([u.text for u in self.page.units], size)
        return self._runs[size]

    def _run_across(self, a: int, b: int) -> str | None:
        """:func:`continuity.run_across` at the file's join A | B: a run of four Chinese characters the page prints
        whole on a third line, else one of three (…帮扶、全 | 时空… with 全时空 in the headline, …提供跨 | 区域…).

        Why three: a line break leaving one character of a word on one side (…，全 | 时空, …，三 | 地资源) gives
        four characters across it that are printed nowhere else, and the dictionary knows few such words, while a
        far line's first character makes a dictionary word with that one as often (全新, 三等).  The page printing
        the three characters across the file's own break elsewhere is the text's word for the file's order.  Only
        there: three characters across a jump follow one another elsewhere on a page by chance."""
        ua, ub = self.page.by_no[a], self.page.by_no[b]
        return ct.run_across(ua.text, ub.text, self._page_runs()) or \
            ct.run_across(ua.text, ub.text, self._page_runs(3), 3)

    def _printed_across(self, a: int, b: int) -> tuple[str, int] | None:
        """SPAN characters spanning the join A | B, with none of 的, 了, 是 …, that the page prints on a
        third line and on at most three lines (…构建"全时空零距离"服务 | 圈，聚力… and a headline …"全时空零距离"服务圈):
        the page's own wording, where the dictionary knows no word (服务圈); evidence from both sides, as a
        word across is.  Punctuation and spaces are left out of the wording, and the join itself must fall
        between two characters: a clause mark at it is no wording.  Fewer characters match by chance
        (…省总工会 | 联盟… and 工会联谊)."""
        ta, tb = wording(self.page.by_no[a].text), wording(self.page.by_no[b].text)
        raw_a, raw_b = self.page.by_no[a].text.rstrip(), self.page.by_no[b].text.lstrip()
        if not (ta and tb and raw_a[-1:] == ta[-1:] and raw_b[:1] == tb[:1]):
            return None
        for k in range(1, SPAN):
            quad = ta[-(SPAN - k):] + tb[:k]
            lines = self._wording_at().lines(quad) if len(quad) == SPAN else []
            other = [n for n in lines if n not in (a, b)]
            if other and len(lines) <= 3 and ct.distinctive({quad}):
                return quad, other[0]
        return None

    def _read_in_place(self, a: int, b: int) -> bool:
        """Does the line printed right above B (not A, its sentence open) read a word across into B's first
        character as well (…角逐出 | 门和直属… against …全总各部 | 门和直属…: 出门 and 部门)?  Then the far word is one
        reading of that character and the file's own order another, and the far one is no evidence for moving B.

        The same holds at A's end: A's last character read on into A's own next line of text (not B) makes a
        word too (…一组国 | 产化工业… against …一组国 | 人社厅…: 国产化 and 国人), a word the segmentation of the
        next line alone may hide (产 | 化工业), so :func:`~unionnews.ingest.continuity.word_across` keeps it
        from the file's own join; it is one reading of A's end as good as the far one.  Where the file's join has
        its word (…记在心 | 里，…: 心里), both joins count theirs and are weighed against each other as they are."""
        above = self.page.prv.get(b)
        if above is not None and above != a and self.page.is_text(above):
            text = self.page.by_no[above].text
            if not is_terminal(text.strip()) and ct.read_across(text, self.page.by_no[b].text) is not None:
                return True
        below = self.page.nxt.get(a)
        if below is None or below == b or not self.page.is_text(below):
            return False
        text_a, text_below = self.page.by_no[a].text, self.page.by_no[below].text
        return ct.read_across(text_a, text_below) is not None and ct.word_across(text_a, text_below, rest=True) is None

    def _rewrap_reads_in_place(self, a: int, b: int) -> bool:
        """On a page re-wrapped at any width (:attr:`Page.pieces`): does A's end make a dictionary word with the
        first characters of A's own next line as well (…智能生产 | 线覆盖率… against …智能生产 | 型职工…: 生产线 and
        生产型), whatever the segmentation makes of either?

        Why: a re-wrap cuts a line anywhere, so a line's last and the next line's first characters stand alone in
        their own segmentation (:func:`~unionnews.ingest.continuity.cut_off`) on most lines of the page, and among
        hundreds of such edges a dictionary word across two of them comes by chance.  Where the file's own join
        reads a word too, the far word is one reading of A's end no better than the file's order, and no evidence
        for moving B.  (Not asked of the line above B: an out-of-order page leaves a piece above B whose end makes
        some word with B's first character by chance as often, and a true far join would lose its evidence.)"""
        page = self.page
        below = page.nxt.get(a)
        return (page.pieces and below is not None and below != b and page.is_text(below)
                and ct.spans_word(page.by_no[a].text, page.by_no[below].text))

    def _object_of(self, a: int, b: int) -> str | None:
        """The preposition A's paragraph stops on when B is the line its object begins at (:meth:`_objects_found`)."""
        hit = self._objects_found().get(a)
        return hit[1] if hit is not None and hit[0][0] == b else None

    def _object_runs_on(self, a: int, b: int) -> str | None:
        """The preposition whose object (:meth:`_objects_found`) A holds and the file's next line B carries on
        to its comma (…例如，针对 | 新就业形态劳动者工作时间不固定 | 的特点，…: the second join)."""
        for lines, prep in self._objects_found().values():
            if a in lines[:-1] and lines[lines.index(a) + 1] == b:
                return prep
        return None

    def _objects_found(self) -> dict[int, tuple[list[int], str]]:
        """On a page re-wrapped at any width (:attr:`Page.pieces`): each line A whose paragraph stops on a
        preposition of :data:`~unionnews.ingest.continuity.OBJECT_PREPOSITIONS`, with the lines its object is
        printed on and the preposition, where exactly one line within A's reach begins a first clause that reads
        as that object up to a comma, read on across the file's lines that carry it on (…例如，针对 | 新就业形态劳
        动者工作时间不固定 | 的特点，…: :func:`~unionnews.ingest.continuity.object_clause`, :meth:`_clause_on`).

        Why only there: a re-wrap cuts a line after any word, a preposition as often as any, and leaves no word
        across the cut to read; on a page of printed column lines the paragraph stage has read such cuts already.
        Why one line only: a noun phrase up to a comma opens many clauses of a page, so where two lines read as
        the object, its shape tells nothing between them."""
        if self._objects is not None:
            return self._objects
        page, out = self.page, {}
        if page.pieces:
            for a in page.by_no:
                left = self._left(a) if page.is_open(a) else ""
                if not left.rstrip().endswith(ct.OBJECT_PREPOSITIONS):
                    continue
                found = []
                for u in page.units:
                    if abs(u.no - a) <= NEAR and u.no != a and page.is_text(u.no):
                        text, lines = self._clause_on(u.no)
                        prep = ct.object_clause(left, text)
                        if prep:
                            found.append((lines, prep))
                if len(found) == 1:
                    out[a] = found[0]
        self._objects = out
        return out

    def _clause_on(self, b: int) -> tuple[str, list[int]]:
        """B's text read on across the file's next lines until a clause mark, where each next line carries B's
        clause on: a dictionary word across, or a particle no sentence begins with (…工作时间不固定 | 的特点，…);
        and those lines."""
        page, said, lines = self.page, self.page.by_no[b].text, [b]
        for _ in range(3):
            nxt = page.nxt.get(lines[-1])
            if re.search("[，,；;：:。！？!?]", said) or nxt is None or not page.is_text(nxt):
                break
            text = page.by_no[nxt].text
            if ct.word_across(said, text) is None and not ct.bound_first(text):
                break
            said, lines = said + text, lines + [nxt]
        return said, lines

    def _head_printed(self, a: int, b: int) -> bool:
        """Does B open (or A end) with HEAD characters of Chinese the page prints on another line as well,
        after (before) some other character there and never after A's last (before B's first) one
        (某局工匠学院由… under …快速上手, with 某局工匠学院 printed in a headline and a lead)?  Then that edge
        character goes with the characters beside it, as the page prints them elsewhere, and a dictionary
        word across A | B (手中, 一中) is a chance reading of two lines; a word the line break cut (…某局工 |
        匠学院…) is printed elsewhere with A's last character before it, and counts as before."""
        ta, tb = wording(self.page.by_no[a].text), wording(self.page.by_no[b].text)
        if not ta or not tb or self.page.by_no[b].text.lstrip()[:1] != tb[:1] \
                or self.page.by_no[a].text.rstrip()[-1:] != ta[-1:]:
            return False
        head, tail = tb[:HEAD], ta[-HEAD:]
        places = self._wording_at().places
        before = [ch for no, ch, _ in (places(head) if len(head) == HEAD else []) if ch and no not in (a, b)]
        after = [ch for no, _, ch in (places(tail) if len(tail) == HEAD else []) if ch and no not in (a, b)]
        return any(len(run) == HEAD and re.fullmatch(f"[{CJK}]+", run) is not None and bool(edge) and cut not in edge
                   for run, edge, cut in ((head, before, ta[-1]), (tail, after, tb[0])))

    def _headline(self, no: int) -> bool:
        """:func:`headline_like` of line ``no`` (its text and class do not change while scoring), unless it
        is a piece of a sentence (:meth:`_piece`) and no headline the page marks."""
        if no not in self._headlines:
            self._headlines[no] = headline_like(self.page.by_no[no]) and (no in self.page.heads or not self._piece(no))
        return self._headlines[no]

    def _subtitle(self, no: int) -> bool:
        """Is line ``no`` a headline's subtitle: right under a headline the OCR marked, right over its item's lead
        (本报讯…), of a headline's length and whole at both ends (no sentence's end, not beginning mid-sentence
        nor stopping on a mark: 融合音乐、情景剧等多种形式，深入11个市巡演)?  A subtitle may hold a comma, which a
        headline's shape does not, but it is part of the headline block all the same: no far line's sentence goes
        on into it, and it goes on into none (…巡演 | 出的波澜… makes 演出 by chance)."""
        page, u = self.page, self.page.by_no[no]
        above, below = page.prv.get(no), page.nxt.get(no)
        if above is None or below is None or u.cls != TEXT:
            return False
        text = u.text.strip()
        return (bool(page.by_no[above].hashes) and page.by_no[below].cls == LEAD and len(text) <= 40
                and not is_terminal(text) and not ct.bound_start(text) and not ct.needs_more(text)
                and self.status.get(no) != "orphan")

    def _piece(self, no: int) -> bool:
        """Is headline-shaped line ``no`` a piece of a sentence a line break cut short?

        * a dictionary word spans into the file's next line, which finishes the sentence (技能微课 | 堂等特色
          功能区，满足…需求。: no headline holds a full stop, as
          :meth:`~unionnews.ingest.placement.Layout._headline` reads a chain) or begins with the rest of a
          cut word (加强与驻京装备制造企 | 业、驻津高校…);
        * it begins with a word no sentence and no headline begins with (和产教融合创新:
          :func:`~unionnews.ingest.continuity.bound_start`), or ends on one no headline ends on (提升整体服务
          职工的: :func:`~unionnews.ingest.continuity.bound_end`);
        * it finishes a list the line before left open (贵州省人社厅、 | 省总工会: :func:`list_piece`);
        * it stands between a line of text left open and a line that begins with a one-word sentence
          (…攻关于一体 | 某学院由某局与某技师学院 | 共建。贵州…: :func:`~unionnews.ingest.continuity.word_sentence_first`)
          or with a word no sentence begins with (…开设电工、数控 | 编程 | 等特色课程…: ``bound_start``): a
          headline stands after a finished text or an item's gap, and the text under it begins a sentence,
          never finishes one;
        * on a page read a line a paragraph, it stands between a line of text that must go on by its last word
          (an item list left open on 、, a particle or a preposition: …职业资格等级证书, …特种设备作业人员证、) and a
          line that begins with a particle standing alone (的培训与认定工作。…, 和厂务公开…): the text asks for more
          words at one side and cannot begin at the other, so no headline stands between; also after a comma or
          any open text where the line below runs on past its first clause (:meth:`_held`);
        * it stands inside a quotation: the line before leaves a double quote open, it prints no quote mark,
          and the line after closes the quote (…举办“红心向 | 党建新功 | 工会联谊谱新篇”座谈…).

        Also a line that begins with the rest of a word the open text line before it cut (…世界反法西 | 斯战争胜
        利…: :func:`_word_cut_into`): a headline begins on a whole word of its own.  On a page re-wrapped at any
        width and read a line a paragraph (:attr:`Page.pieces`), where most lines are pieces of some shape, also
        a line whose file's next line is its sentence's one-clause tail (…夜间工作 | 的劳动者休憩。: :meth:`_tail_of`).
        Not a line the file's next line goes on from with a particle alone (…基层生动 | 的 实践？…): the OCR
        reads any piece out of place under a headline (山东某地工会构建服务圈 | 个亮灯、暖和的地方…)."""
        page, u = self.page, self.page.by_no[no]
        nxt, prv = page.nxt.get(no), page.prv.get(no)
        after = page.by_no[nxt].text if nxt is not None and page.is_text(nxt) else None
        if ct.bound_start(u.text) or ct.bound_end(u.text) or list_piece(page.by_no.get(prv), u):
            return True
        if _word_cut_into(page.by_no.get(prv), u):
            return True
        if self._lead_cut_before(no):
            return True
        if after is not None and _opener_cut(u.text, after):
            return True
        if self._tail_of(no):
            return True
        if after is not None and (re.search("[。！？!?]", after) or ct.starts_bound(after)) \
                and ct.word_across(u.text, after) is not None:
            return True
        if after is not None and (ct.word_sentence_first(after) or (ct.bound_start(after) and not page.pieces)) \
                and prv is not None and page.is_text(prv) and page.is_open(prv) and not headline_like(page.by_no[prv]):
            # …于一体 | 某学院由某局与某学院 | 共建。…: text on both sides, no headline between.  Not the lone 等 on a
            # page read a line a paragraph: there every line stands between wrap pieces, a headline's last piece
            # over a list's closing piece read out of place as well
            return True
        if self._held(no):
            return True
        state = self.quotes.get(prv) if prv is not None else None
        return (after is not None and state is not None and state[0] and not re.search("[\"“”＂'‘’]", u.text)
                and ct.quote_fit(state, after) > 0)

    def _lead_cut_before(self, no: int) -> bool:
        """Is line ``no`` the rest of a lead's first printed line, cut off it after a clause mark (本报讯（记者…）近日，
        | 青海省果), stopping on a character that stands alone where it was printed (a word cut at the line's end)?
        A lead that stops on its comma goes on at the next line, and a text detector parts a line at the blank the
        mark leaves; a headline begins a story and ends on a whole word, never after a lead nor mid-word, so the
        short piece is the lead's text, whose cut word may go on at a line read far from it."""
        page = self.page
        prv = page.prv.get(no)
        return (prv is not None and page.by_no[prv].cls == LEAD and bl.lead_clause_open(page.by_no[prv].text)
                and ct.cut_end(page.by_no[no].text))

    def _tail_of(self, no: int) -> bool:
        """On a page read a line a paragraph, is the file's next line the rest of line ``no``'s sentence: one
        clause that begins with a particle standing alone and ends the sentence at the line's end (快递配送员等夜间
        工作 | 的劳动者休憩。)?

        Why: a re-wrap breaks a paragraph between two words as often as inside one, and a piece cut before 的 or 等
        has a headline's shape (no comma, no full stop); the clause after it can begin no sentence and adds none of
        its own, so the two lines are one sentence's end.  A headline over a piece the OCR read out of place (甲城工会
        服务站点增设特色功能区 | 个暖和的地方歇歇脚，喝口热水…) has a line under it that runs on past its first
        clause, or stops mid-sentence: it is no such tail.  Only under a line that leaves no sentence open: read as
        text there, the piece would take the open sentence as the file's next line (…形成工作合力， | 乙城成立工匠
        学院 | 和产教融合创新平台。), and a column's piece ends on a comma before another story's headline as often
        as not."""
        page = self.page
        nxt, prv = page.nxt.get(no), page.prv.get(no)
        if not page.pieces or nxt is None or not page.is_text(nxt) or is_terminal(page.by_no[no].text) \
                or (prv is not None and page.is_open(prv)):
            return False
        after = page.by_no[nxt].text.strip()
        return _TAIL_CLAUSE.fullmatch(after) is not None and ct.bound_start(after)

    def _held(self, no: int) -> bool:
        """On a page read a line a paragraph, does line ``no`` stand between running text left open and a file's next
        line that begins with a particle standing alone?  Then it is a sentence's piece whatever its shape
        (:meth:`_piece`), and the line after it may go on from it (contested, not an orphan: :meth:`_status`).  Only
        this reading of a piece frees the line after it: the other ones of :meth:`_piece` leave it an orphan, as
        before.

        The text before may stop on anything that leaves its sentence open: a re-wrap at any width cuts a sentence
        after any word, so a wrap piece of a headline's shape follows a comma as often as an open list (…培育模式，
        同时， | 邀请两名焊接行业 | 的资深工匠结对指导…).  No story's text under a headline begins on a lone particle, so
        the line below says the piece is text; read as a headline, it could neither go on there nor take its own
        sentence's start from a far line.  One exception, where the text before stops on a clause mark (a column
        piece the OCR read out of order ends on one before another story's headline) and the line below is one
        clause that ends its sentence (…形成工作合力， | 乙城成立工匠学院 | 和产教融合创新平台。): that is a piece the OCR
        set apart under a headline as often, and the line keeps its headline's shape.  A line held open
        (:func:`_held_open`: an open list, a particle, a preposition) asks for more whatever follows."""
        page = self.page
        nxt, prv = page.nxt.get(no), page.prv.get(no)
        if not (page.pieces and nxt is not None and page.is_text(nxt) and ct.bound_start(page.by_no[nxt].text)):
            return False
        before = page.by_no.get(prv)
        if _held_open(before):
            return True
        if before is None or before.cls not in (TEXT, LEAD) or not page.is_open(before.no) or headline_like(before):
            return False
        return not (before.text.rstrip()[-1:] in "，,；;：:" and _TAIL_CLAUSE.fullmatch(page.by_no[nxt].text.strip()))

    def _named_above(self, a: int, b: int, word: str | None) -> int | None:
        """The headline-like line right above B when it prints the word across A | B, A a lead read away from
        its headline and B a line of a headline's shape the page does not mark (…近日，青海省果 | 洛藏族自治州总
        工会 under 果洛州搭建跨区域工会交流平台).

        Why: a lead's first sentence names whom its headline names, and a re-wrap at any width cuts that name
        as often as any word; the piece right under the headline then holds a name's rest and nothing else, a
        headline's shape.  The word across printed in the headline right above is evidence from both sides that
        the lead goes on there, and that the piece is its text, not a second headline line."""
        if word is None or self.page.by_no[a].cls != LEAD or not self._displaced(a) or b in self.page.heads:
            return None
        top = self.page.prv.get(b)
        if top is None or not (top in self.page.heads or self._headline(top)) or word not in self.page.by_no[top].text:
            return None
        return top

    def _time_piece(self, no: int) -> int | None:
        """The line a lead's first characters at ``no`` go on at, when ``no`` keeps only its time's first
        characters (日, its 本报讯 credit gone) and a line printed right under a headline-shaped line finishes that
        time (前，某局…: 日前) as :meth:`Page.unmarked_lead` reads a lead: the rest of the lead's first line, read
        under its headline, the piece read apart inside another story's open text.  Looked for within NEAR lines."""
        if no not in self._time_pieces:
            page, text, found = self.page, self.page.by_no[no].text, None
            if len(text.strip()) <= 8:
                for b in self._nos[bisect.bisect_left(self._nos, no - NEAR):bisect.bisect_right(self._nos, no + NEAR)]:
                    top = page.prv.get(b)
                    if (b != no and top is not None and self._headline(top) and page.is_text(b)
                            and bl.time_across(text, page.by_no[b].text) and page.unmarked_lead(no, b)):
                        found = b
                        break
            self._time_pieces[no] = found
        return self._time_pieces[no]

    def _lead_end(self, a: int) -> bool:
        """Is A a displaced lead (:meth:`_displaced`), or the open end of one's paragraph read on below it
        (本报讯（记者…） | “深夜跑单结束，能有: a lead re-broken at any width)?  Its sentence goes on under the
        headline its story stands under, as the lead's own line would."""
        first = self.page.run_back(a)[0]
        return self.page.by_no[first].cls == LEAD and self._displaced(first)

    def _displaced(self, a: int) -> bool:
        """A lead read under no headline and no byline: its story's top is elsewhere on the page.  Or, on a page
        printed without 本报讯 markers, a line opening as a lead on its date or 近日 that stops mid-sentence right
        after a line of text left open (…聚工会合力、 | 近日，某省果): no sentence goes on with a lead's opening, so
        the OCR read that first line of a lead inside another story's text."""
        page, prev = self.page, self.page.prv.get(a)
        if page.unmarked_lead(a):
            return True
        return page.by_no[a].cls == LEAD and prev not in page.heads and (prev is None or page.by_no[prev].cls != BYLINE)

    def _under_headline(self, b: int) -> int | None:
        """The headline-like line right above ``b`` when it heads a block of such lines standing where a
        text had ended (after a finished sentence, or at the page's top): a story's top, under which its
        first printed line was read.  A short piece of a sentence cut by a blank line follows an open line."""
        page = self.page
        top = page.prv.get(b)
        if top is None or not (top in page.heads or self._headline(top)):
            return None
        first = top
        while page.prv.get(first) is not None and (page.prv[first] in page.heads or self._headline(page.prv[first])):
            first = page.prv[first]
        before = page.prv.get(first)
        return None if before is not None and page.is_open(before) else top

    def stuck(self, a: int) -> bool:
        """A cannot go on at its next line: a lead not under its headline, or the next line does not fit."""
        page, nxt = self.page, self.page.nxt.get(a)
        if self._displaced(a):
            return True
        if nxt is None or not page.is_text(nxt):
            return True
        ev = self.score(a, nxt)
        return ev.score < ACCEPT_NEXT or "against" in ev.kinds

    def _left(self, a: int) -> str:
        """A's paragraph so far (A and the open lines read just before it)."""
        if a not in self._lefts:
            self._lefts[a] = self.page.text(self.page.run_back(a))
        return self._lefts[a]

    def _wanted(self, b: int) -> set[str]:
        """Rare, distinctive wording of B's first sentence (no 的, 了, 是 … in it), read on across the
        file's next lines where the text says the sentence goes on there (:meth:`_sentence_on`)."""
        if b not in self._wants:
            grams: set[str] = set()
            for no in self._sentence_on(b):
                grams |= ct.trigrams(ct.sentence(self.page.by_no[no].text))
            self._wants[b] = ct.distinctive(grams & self.rare)
        return self._wants[b]

    def _sentence_on(self, b: int, limit: int = 3) -> list[int]:
        """``b`` and the lines after it in the file that carry on its first sentence on evidence from
        both sides: the sentence is open and a dictionary word spans the break (…协作，推 | 动数智化…).
        A stray blank line cuts a sentence anywhere; the piece before it holds only part of the
        sentence's wording, which is what tells where the piece was read from.  Cached: asked for
        every pair scored into ``b``."""
        if b in self._ons:
            return self._ons[b]
        out, cur = [b], b
        while len(out) <= limit:
            text = self.page.by_no[cur].text
            nxt = self.page.nxt.get(cur)
            if is_terminal(ct.sentence(text)) or nxt is None or not self.page.is_text(nxt) \
                    or (ct.word_across(text, self.page.by_no[nxt].text) is None and not self._tail_of(cur)):
                break
            out.append(nxt)
            cur = nxt
        self._ons[b] = out
        return out

    def _said(self, b: int) -> str:
        """B's first sentence as far as the page prints it, for the quotes it closes: B's line, read on across the
        file's next lines that carry the sentence on (:meth:`_sentence_on`) when B's line prints no quote mark.

        Why: on a page re-broken at any width a quotation's close often stands a line or two below the piece
        that begins the sentence (个亮灯、暖和的地方歇 | 歇脚，喝口热水，感觉特别暖心。" …).  Read on, the sentence
        says whose quote it closes: a line leaving a quote open goes on there, one leaving none cannot."""
        if b not in self._saids:
            text = self.page.by_no[b].text
            self._saids[b] = text if _QUOTE_MARK.search(text) else \
                "".join(self.page.by_no[n].text for n in self._sentence_on(b))
        return self._saids[b]

    def _shared(self, a: int, b: int, wanted: set[str]) -> list[str]:
        """B's wanted wording (:meth:`_wanted`: trigrams, all Chinese) that the text read before ``a`` prints
        (:meth:`_context`), sorted.

        The text before A whole is asked about by nearly every line within A's reach, so its trigrams are read
        into a set once; the text without B's own lines is asked about by one pair only, and searched.  Either
        way the answer is the same: a three-character Chinese string is one of a text's trigrams
        (:func:`~unionnews.ingest.continuity.trigrams`) exactly when it occurs in it."""
        key, context = self._context(a, b)
        if key[1]:
            return sorted(filter(context.__contains__, wanted))
        if a not in self._before_grams:
            self._before_grams[a] = ct.trigrams(context)
        return sorted(wanted & self._before_grams[a])

    def _context(self, a: int, b: int) -> tuple[tuple[int, int], str]:
        """The text read before ``a`` (without ``b`` and the lines its sentence is read on at: B's own
        wording is no evidence), lines joined, without spaces, and what it is cached by: ``(a, b)``, or
        ``(a, 0)`` when B's lines are not among those before A (the text before A whole)."""
        if a not in self._befores:  # each line's text without spaces: the text joined has none either way
            before = self.page.before(a)
            self._befores[a] = ([(n, self.page.by_no[n].text.replace(" ", "")) for n in before], set(before))
        before, among = self._befores[a]
        own = self._sentence_on(b)
        key = (a, b) if not among.isdisjoint(own) else (a, 0)
        if key not in self._contexts:
            self._contexts[key] = "".join(text for n, text in before if n not in own)
        return key, self._contexts[key]

    def _status(self, b: int) -> str:
        """contested (an open line stands before it), orphan (it cannot start anything), or in place."""
        page, ub = self.page, self.page.by_no[b]
        prev = page.prv.get(b)
        if prev is not None and page.is_open(prev) and (not headline_like(page.by_no[prev]) or self._held(prev)):
            return "contested"
        if ct.bound_first(ub.text) or ct.quote_fit((False, False), ub.text) < 0 or self._tail(b):
            return "orphan"
        return "in place"

    def _tail(self, b: int) -> bool:
        """A short last line of a paragraph (shorter than the column's lines around it).

        Only where the open lines around it are a column's: three or more of about one width.  Pieces
        of paragraphs that stray blank lines cut in re-wrapped text have any length, so a short
        paragraph among them says nothing about where it was printed."""
        text = self.page.by_no[b].text
        if not is_terminal(text):
            return False
        nos = self._nos
        window = self._open_widths[bisect.bisect_left(nos, b - 16):bisect.bisect_right(nos, b + 16)]
        near = sorted(width for width in window if width >= 0)
        if len(near) < 3:
            return False
        width = near[len(near) // 2]
        return sum(abs(n - width) <= 0.15 * width for n in near) >= 3 and len(text) <= 0.75 * width
