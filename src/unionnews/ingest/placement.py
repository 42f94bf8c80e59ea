"""Lay joined lines out as a page: paragraph order, leads under headlines.

Why a second step: sentence joins (:mod:`unionnews.ingest.reorder`) say which
line carries on at which; they do not say in what order the resulting pieces of
text (*chains*) are read.  Here they are laid out the way a person reads the
OCR dump against the page:

* In the file's order, each chain is followed by the chain read right after its
  column text (its longest run of consecutive lines, which the OCR kept where
  the column was) or right after its last line: the OCR keeps columns together
  and loses only some of their first and last lines.  When another story begins
  right below the column text, the chain goes on after its last line instead.
* A headline is followed by the chain holding the line printed right under it
  (its lead may have been read forty lines further down); a headline whose own
  text went elsewhere takes the nearest lead that stands under no headline (a
  guess).  No chain runs on into the headline of another story (one above a
  lead or byline, one whose lead was found elsewhere, or one the OCR reached
  from the middle of a sentence); other headline-like lines are subheads.
* A lead the OCR read twice goes just before its second read (the segmenter
  keeps one and sets the other aside).  Datelines and paragraphs read in
  another story's place are moved by :mod:`unionnews.ingest.strays`.

Every place where the reading order jumps gets a note for the article's review.
"""
from __future__ import annotations

import re

from unionnews.ingest.continuity import cut_off
from unionnews.ingest.manifest import BREAK
from unionnews.ingest.normalize import is_terminal
from unionnews.ingest.pageview import Page, headline_like
from unionnews.ingest.readings import Chain, Join, Note, Reading
from unionnews.ingest.scores import NEAR, Scorer
from unionnews.ingest.segment import BYLINE, CONT, DATELINE as DATELINE_LINE, JUNK, LEAD, TEXT
from unionnews.ingest.strays import move_strays, place_datelines


_SENTENCE_END = re.compile("[。！？!?]")


class Layout:
    """One page's chains and the walk that orders them (see the module docstring)."""

    def __init__(self, page: Page, joins: dict[int, Join]):
        self.page, self.joins = page, joins
        self.junk_after: dict[int | None, list[int]] = {}
        last = None
        for u in page.units:  # unreadable lines stay after the line read before them (None: the page's top)
            if u.cls == JUNK:
                self.junk_after.setdefault(last, []).append(u.no)
            else:
                last = u.no
        targets = {j.b for j in joins.values()}
        self.chains: list[Chain] = []
        self.chain_of: dict[int, Chain] = {}
        for u in page.units:
            if u.no in targets or u.cls == JUNK:
                continue
            chain = Chain([u.no])
            while chain.lines[-1] in joins:
                chain.lines.append(joins[chain.lines[-1]].b)
            self.chains.append(chain)
            self.chain_of.update((no, chain) for no in chain.lines)
        self.held = set(page.repeats) | {u.no for u in page.units if u.cls == DATELINE_LINE and self._misplaced(u.no)}
        self.reserved: dict[int, Chain] = {}
        for chain in self.chains:  # a headline keeps the chain printed right below it, unless that
            target = self.chain_of.get(self._next(chain.lines[-1]))  # chain stands under a headline itself
            under = self.chain_of.get(page.prv.get(target.head)) if target else None
            if (self._headline(chain) and target not in (None, chain) and not self._headline(target)
                    and (under is None or not self._headline(under) or under is chain)):
                self.reserved[id(target)] = chain
        self.starts = self._story_starts()
        self.continued: dict[int, int] = {}  # a chain's first line → the open end it was laid after (_continue_open)

    def _next(self, no: int) -> int | None:
        nxt = self.page.nxt.get(no)
        while nxt in self.held:
            nxt = self.page.nxt.get(nxt)
        return nxt

    def _headline(self, chain: Chain) -> bool:
        """A headline, or a headline's shape, unless its lines run on into a finished sentence (网约车司机等夜间工 |
        作的劳动者休憩。: a piece of text a blank line cut short, no headline holds a full stop), or a line after
        its first holds one (an unmarked subhead joined to the paragraph under it, which ends away from it)."""
        page = self.page
        return chain.head in page.heads or (headline_like(page.by_no[chain.head]) and not (
            len(chain.lines) > 1 and (is_terminal(page.by_no[chain.lines[-1]].text)
                                      or any(_SENTENCE_END.search(page.by_no[n].text) for n in chain.lines[1:]))))

    def _misplaced(self, no: int) -> bool:
        """A dateline ends a finished text; after an open line or a headline it was read out of place."""
        prev = self.page.prv.get(no)
        return prev is not None and (self.page.is_open(prev) or prev in self.page.heads)

    def _story_starts(self) -> set[int]:
        """Headline blocks that begin a story (see the module docstring), by the id of their first chain."""
        page, out, block = self.page, set(), []
        firsts = [self.chain_of[u.no] for u in page.units if u.no in self.chain_of and self.chain_of[u.no].head == u.no]
        for chain in firsts + [None]:
            if chain is not None and self._headline(chain) and (
                    not block or page.nxt.get(block[-1].lines[-1]) == chain.head):
                block.append(chain)
                continue
            if block:
                prev = page.prv.get(block[0].head)
                below = [self.chain_of.get(self._next(c.lines[-1])) for c in block]
                if (any(c.head in page.barriers for c in block)
                        or any(t is not None and self.reserved.get(id(t)) in block and page.by_no[t.head].cls != TEXT
                               for t in below)
                        or (prev in self.joins and self.joins[prev].b != block[0].head)):
                    out.add(id(block[0]))
            block = [chain] if chain is not None and self._headline(chain) else []
        return out

    def _starts_story(self, chain: Chain) -> bool:
        return self.page.by_no[chain.head].cls in (LEAD, BYLINE, CONT)

    def _follower(self, chain: Chain, placed: set[int]) -> Chain | None:
        for rule, line in (("column", chain.column_end(self.page.nxt)), ("last line", chain.lines[-1])):
            nxt = self._next(line)
            other = self.chain_of.get(nxt)
            if other is None or other is chain or id(other) in placed or other.head in self.held or (
                    self._starts_story(other) and not self._headline(chain)):
                continue
            if rule == "last line" and nxt != other.head:
                continue
            if id(other) in self.starts and not self._headline(chain):
                if rule == "column":
                    continue  # another story begins below the column: what was read after the last line, if anything
                return None
            owner = self.reserved.get(id(other))
            if owner is not None and owner is not chain:
                continue
            if owner is chain and other.head != nxt:
                other.why = (f"the lead read at line {other.head} goes under the headline at line {line}: "
                             f"its text goes on at line {nxt}, printed right below the headline")
            elif nxt != other.head:
                other.why = f"the paragraph starting at line {other.head} was read beside line {line}'s column"
            return other
        if self._headline(chain) and not self._headline(self.chain_of.get(self._next(chain.lines[-1]), chain)):
            return self._orphan_lead(chain, placed)
        return None

    def _orphan_lead(self, headline: Chain, placed: set[int]) -> Chain | None:
        """For a headline whose own text went elsewhere: the first lead after it that stands
        under no headline and is claimed by none (a guess the review reports)."""
        for u in self.page.units:
            other = self.chain_of.get(u.no)
            if (headline.head < u.no <= headline.head + NEAR and other is not None and other.head == u.no
                    and id(other) not in placed
                    and self.page.by_no[u.no].cls == LEAD and id(other) not in self.reserved
                    and u.no not in self.held and self.page.prv.get(u.no) not in self.page.heads):
                other.why = (f"the lead read at line {u.no} goes under the headline at line {headline.lines[-1]}, "
                             "the nearest one whose own text the OCR read elsewhere")
                other.guessed = True
                return other
        return None

    def walk(self) -> list[Chain]:
        """The chains in reading order (held lines are placed by :func:`place`)."""
        placed: set[int] = set()
        out: list[Chain] = []
        # A chain reserved for a headline waits for it; one whose headline went on elsewhere is placed in
        # file order on a second pass, so no line is left out of the reading.
        for waits in (True, False):
            for u in self.page.units:
                chain = self.chain_of.get(u.no)
                if chain is None or id(chain) in placed or chain.head in self.held:
                    continue
                owner = self.reserved.get(id(chain))
                if waits and owner is not None and id(owner) not in placed:
                    continue
                while chain is not None:
                    placed.add(id(chain))
                    out.append(chain)
                    chain = self._follower(chain, placed)
        return out


OPEN_MARGIN = 1.0  # how much better than every other candidate the chain an open end goes on at must fit


def _continuation(layout: Layout, chains: list[Chain], k: int, scorers: list[Scorer]) -> tuple[int, str] | None:
    """Where in ``chains`` the text goes on that chain ``k`` leaves open, if anywhere but the next chain, and the
    evidence the review gives for it.

    Why: a chain that ends mid-sentence (no join after its last line, no sentence end) and is laid right
    before a headline would run a sentence of one story into the top of another.  A chain laid after a
    finished sentence is a paragraph the walk placed by the file's order alone; when the text ties one
    such chain's first line to the open end (textual evidence the scorer finds across the join: a word,
    a quote closed, a list closed; nothing against it) better than any other by OPEN_MARGIN, the sentence
    goes on there.  Without such evidence the open end stays where it is: an item whose last words or full
    stop the OCR lost ends open before the next headline more often than it goes on elsewhere.
    """
    page = layout.page
    last = chains[k].lines[-1]
    follows = chains[k + 1] if k + 1 < len(chains) else None
    if (not page.is_open(last) or last in layout.joins or follows is None
            or not (id(follows) in layout.starts or layout._headline(follows))):
        return None
    lifted = _lifted(layout, chains, k)
    if lifted is not None:
        gap = chains[lifted].lines[1]
        return lifted, (f"the OCR lifted it out of the place after line {last}, the line before line {gap} in the "
                        f"file, where its sentence goes on ({layout.joins[chains[lifted].head].evidence()})")
    if not scorers:  # built once a page needs one: most pages have no open end before a headline
        scorers.append(Scorer(page))
    scored = []
    for i, other in enumerate(chains):
        before = chains[i - 1].lines[-1] if i else None
        if (i in (k, k + 1) or before is None or page.is_open(before) or layout._headline(chains[i - 1])
                or page.by_no[other.head].cls != TEXT or layout._headline(other) or id(other) in layout.starts):
            continue
        ev = scorers[0].score(last, other.head)
        if "against" not in ev.kinds:
            scored.append((ev.score, "text" in ev.kinds, i))
    scored.sort(reverse=True)
    if not scored or not scored[0][1] or (len(scored) > 1 and scored[0][0] - scored[1][0] < OPEN_MARGIN):
        return None
    return scored[0][2], "the text ties them and no other paragraph fits as well"


def _lifted(layout: Layout, chains: list[Chain], k: int) -> int | None:
    """The chain in ``chains`` the OCR lifted out of the place right after chain ``k``'s open end, if one: its
    sentence goes on at the line the file reads right after that end (…探索出新 | 促职工共赢"为核心… in the file,
    本次活动以"跨区域联动、聚工会合力、 read at the column's foot going on at 促职工共赢).

    Why: an OCR that drops a column's line to the column's foot leaves a gap where it was printed; the line
    whose sentence goes on right after the gap came from it, and the open end before the gap is where the
    text ran before it (a paragraph whose last words or full stop the OCR lost, the lifted line opening the
    next).  Only a chain of running text that no story starts at, laid nowhere next to the gap already, and
    only when the text says the line came from the gap: its join to the gap's line rests on evidence of the
    two lines together (a word across, a quote or list closed: "text") and the file's own join into the gap
    had none (the join is not contested).  Evidence about the gap's line alone (it cannot start a sentence,
    or begin where the OCR read it) holds for any line before it and tells nothing of which one was lifted;
    a word across counts only where the line break cut it at both ends (…新建、升 | 级覆盖:
    :func:`~unionnews.ingest.continuity.cut_off`), not where it takes a character from a word whole where
    printed (…深入11个市巡演 | 出的…: 演出 out of 巡演).  And only a chain that finishes its text: one left open
    would stand open before the headline in turn.
    """
    page = layout.page
    gap = page.nxt.get(chains[k].lines[-1])
    if gap is None or (page.is_open(gap) and page.nxt.get(gap) == chains[k + 1].head):
        return None  # the headline's shape (区域交流互动) the file reads right after the gap's open line is its rest
    for i, other in enumerate(chains):
        if (i != k + 1 and len(other.lines) > 1 and other.lines[1] == gap and page.by_no[other.head].cls == TEXT
                and not layout._headline(other) and id(other) not in layout.starts
                and not page.is_open(other.lines[-1]) and _lifted_join(layout, other.head, gap)):
            return i
    return None


def _lifted_join(layout: Layout, head: int, gap: int) -> bool:
    """Whether the join of line ``head`` to line ``gap`` ties the two lines by their text, over a file's join
    into ``gap`` the text did not support."""
    join = layout.joins.get(head)
    if join is None or join.b != gap or "text" not in join.kinds or join.contested:
        return False
    page = layout.page
    return "word" not in join.kinds or cut_off(page.by_no[head].text, page.by_no[gap].text)


def _continue_open(layout: Layout, chains: list[Chain]) -> list[Chain]:
    """The walk with each open end that stands before a headline followed by the chain its sentence goes
    on at (:func:`_continuation`), moved there as a guess the review reports."""
    scorers: list[Scorer] = []
    k = 0
    while k < len(chains):
        found = _continuation(layout, chains, k, scorers)
        if found is not None:
            i, evidence = found
            end = chains[k].lines[-1]
            moved = chains.pop(i)
            k -= i < k
            chains.insert(k + 1, moved)
            moved.why = (f"line {moved.head} goes on with the sentence line {end} leaves open before another story's "
                         f"headline, a guess: {evidence}")
            moved.guessed = True
            layout.continued[moved.head] = end
        k += 1
    return chains


def _sequence(layout: Layout, chains: list[Chain]) -> list[int | str]:
    """Line numbers, with ``|`` where a sentence stops and the next line must not be joined to it."""
    page, joins = layout.page, layout.joins
    reads: dict[int, list[int]] = {}  # a lead → the earlier reads of it, in file order
    for rep in sorted(page.repeats):
        twin = page.repeats[rep]
        reads.setdefault(twin, []).extend(reads.pop(rep, []) + [rep])
    lines: list[int] = list(layout.junk_after.get(None, []))
    for chain in chains:
        for no in chain.lines:
            for n in reads.get(no, []) + [no]:
                lines += [n] + layout.junk_after.get(n, [])
    out: list[int | str] = []
    for prev, no in zip([None] + lines, lines):  # nor into a headline the OCR did not mark (a marked one stops it)
        if (prev is not None and page.is_open(prev) and prev not in joins and page.by_no[no].cls == TEXT
                and (page.nxt.get(prev) != no or page.short_last_line(prev)
                     or (no in page.heads and not page.by_no[no].hashes))):
            out.append(BREAK)
        out.append(no)
    return out


def _notes(layout: Layout, order: list[int | str], moved: dict[int, tuple]) -> dict:
    """A note for every place the reading order leaves the file's order (or breaks a sentence)."""
    page, joins = layout.page, layout.joins
    seq = [n for n in order if n != BREAK and page.by_no[n].cls != JUNK]
    notes: dict[int, Note] = {}
    for prev, no in zip(seq, seq[1:]):
        stop = page.is_open(prev) and prev not in joins and prev not in page.repeats \
            and layout.continued.get(no) != prev
        label = f"{prev} | {no}"
        if no in moved:
            notes[no] = Note(prev, label, *moved[no])
        elif prev in joins and joins[prev].b == no and not joins[prev].adjacent:
            j = joins[prev]
            notes[no] = Note(prev, f"{prev}→{no}", ("weak: " if j.weak else "") + j.evidence(), j.guessed)
        elif no in page.repeats or prev in page.repeats:
            rep = no if no in page.repeats else prev
            notes[no] = Note(prev, label, f"line {rep} is a second OCR read of the lead at line {page.repeats[rep]}, "
                                          "read just before it")
        elif layout._next(prev) != no or (stop and page.short_last_line(prev)):
            why = [f"the sentence at line {prev} stops: printed text or its full stop is missing"] if stop else []
            if stop and layout._next(prev) == no:
                why.append("its last printed line is short, so the paragraph ended there")
            chain = layout.chain_of[no]
            why += [chain.why] if chain.head == no and chain.why else []
            notes[no] = Note(prev, label, "; ".join(why) or "the next text in reading order",
                             chain.head == no and chain.guessed)
    return notes


def place(page: Page, joins: dict[int, Join]):
    """The page's :class:`~unionnews.ingest.readings.Reading` from its sentence joins."""
    layout = Layout(page, joins)
    chains = _continue_open(layout, layout.walk())
    moved: dict[int, tuple[str, bool]] = {}
    drafts = move_strays(page, chains, moved)
    place_datelines(page, layout.held, chains, moved, drafts)
    order = _sequence(layout, chains)
    return Reading(order=order, notes=_notes(layout, order, moved), joins=joins)
