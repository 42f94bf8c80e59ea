"""Find the reading order of a page whose columns the OCR read out of order.

Why: on busy pages the OCR reads the narrow columns of short items in the wrong
order and drops a paragraph's first and last printed lines to the end of the
column (seed page 002: the lead 本报讯（记者邢生祥）近日，青海省果 forty lines below
its headline, its sentence going on at 洛藏族自治州…).  Imported as read,
sentences are cut and items run into each other.  A person puts such a page
back together from bylines, datelines and sentence continuity; this module does
the same from the text alone, so no hand-worked ``reading_order`` is needed (a
manifest may still give one, and then it wins).  Nothing is merged or split
silently: every article whose lines were put back together says so in its
``review``, with each join, its evidence, and which joins are only guesses.

Step 1, sentence joins (here).  An *open* line ends mid-sentence (no 。！？…).
Any open line A may go on at any text line B; :mod:`unionnews.ingest.scores`
scores each pair from the text (:mod:`unionnews.ingest.continuity`: a word
across the join, quotes, lists, punctuation, wording) and the layout (+3 for
the next line of the file, +1 for a line within 60 lines).  Then, in rounds:

1. next-line joins with textual support and nothing against them are kept;
2. the best set of joins (each line goes on at most once and is continued at
   most once) is found as an optimal assignment, the Hungarian method, so that
   fragments competing for one continuation are settled together rather than
   first come, first served (…培育摇篮 | 和…平台 and …省总工会 | 等相关部门, not the
   file's …摇篮 | 等相关部门, which would put 将 twice in one clause).  A join to a
   line further away needs a score of 3 and textual evidence, or an A that cannot
   go on at its own next line; a line that starts a paragraph where it stands
   needs both;
3. lines that must go on (a comma, 在, a cut lead) and lines left without the
   beginning of their sentence are matched on weaker evidence (nearby, same
   wording); such joins are marked weak.  A join away from the file's order that wins only once
   these weak joins are added, undoing a file's join round 2 chose (``undoes``), does not show
   the page out of order on its own.
4. a line still open that stops on a bare word after a comma (…驿站，方便) goes on at the free
   line its wording ties it to best, by a margin (``_stopped_short``); the join is weak.

In every round, a next-line join that only the layout supports weighs as a nearby one where a far
join puts back together a word a line break cut, at either end of it (…新建、升 | "我们… and …方便 |
级覆盖… when 升 | 级 is 升级): the page cannot be in order at both places (``_contradicted``).

A *soft* break (a full column line ending a sentence, then more text: the
paragraph stage could not tell whether the paragraph ends there, see
``paragraphs(soft=True)``) is a candidate join too, the paragraph running on
across it, weighed as a next-line join (SOFT_RUN) against every other line whose
sentence might go on at its second piece in the same assignment: the piece stays
where it is unless the text gives another line a better claim.

Joins that would close a loop are dropped, weakest first (between equally weak ones, a join only the
layout supports before one the text supports, and among those first the join into a line whose first
sentence is whole where it stands: ``_best``).  A second pass runs
when a lead was found far away: the headline-like line above where its text
goes on is then a headline, not the end of a sentence.  If every join keeps the
file's order, or every join away from it is a guess (weak, contested or short of
SURE) or undoes a file's join only with weak ones, the file's order is consistent
and the page is left alone: reordering needs at least one join the text itself
vouches for, and more than one when that join rests on a dictionary word across it
alone while the file's order reads on where B stands (``_chance_word``).

Step 2, paragraph order (:mod:`unionnews.ingest.placement`): the joined lines
form chains, laid out in the file's order next to the column text they were
read beside, leads under their headlines, out-of-place datelines and stray
paragraphs moved to the story that names their place.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter

import numpy as np

from unionnews.ingest import byline as bl
from unionnews.ingest import continuity as ct
from unionnews.ingest.manifest import BREAK
from unionnews.ingest.normalize import is_terminal
from unionnews.ingest.pageview import Page, headline_like
from unionnews.ingest.readings import SURE, Join, Note, Reading
from unionnews.ingest.scores import (ACCEPT_NEXT, ACCEPT_OTHER, ACCEPT_WEAK, NEAR, NEARBY, NEXT_LINE, ORPHAN,
                                     OTHER_TEXT, TOPIC_MAX, WORD, Scorer)
from unionnews.ingest.placement import place
from unionnews.ingest.segment import LEAD, TEXT, make_units

__all__ = ["Note", "Reading", "find_order", "sentence_joins"]

_BIG = 1e6
# In the joins made (round 3): between two sets of joins the text weighs the same, the one that keeps more of the
# file's own joins: a tie is no evidence, and moving text needs evidence that outweighs the file's order.  Weights
# are multiples of a quarter, so a set gains this on every line of a page and never outweighs a real difference.
_KEEP = 1e-5
SOFT_RUN = 3.0  # the weight of a paragraph running on across a soft break (a next-line join's)


def _assign(cost: list[list[float]] | np.ndarray) -> list[int]:
    """Hungarian method (rows ≤ columns): the column of each row in a least-cost assignment.

    Each step works on whole rows with numpy; ties go to the lowest column, as a scan would.
    """
    n, m = len(cost), len(cost[0])
    c = np.full((n, m + 1), np.inf)  # a column 0 like the dummy's in u, v: a row is one subtraction
    c[:, 1:] = np.asarray(cost, dtype=float)  # (column 0 is never free, so its value is never read)
    u, v = np.zeros(n + 1), np.zeros(m + 1)
    match, way = np.zeros(m + 1, dtype=np.intp), np.zeros(m + 1, dtype=np.intp)
    for i in range(1, n + 1):
        match[0], j0 = i, 0
        minv, used = np.full(m + 1, np.inf), np.zeros(m + 1, dtype=bool)
        while True:
            used[j0] = True
            i0 = match[j0]
            free = ~used
            free[0] = False
            cur = c[i0 - 1] - u[i0] - v
            better = free & (cur < minv)
            minv[better] = cur[better]
            way[better] = j0
            j1 = int(np.argmin(np.where(free, minv, np.inf)))
            delta = minv[j1]
            u[match[used]] += delta
            v[used] -= delta
            minv[~used] -= delta
            j0 = j1
            if match[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            match[j0], j0 = match[j1], j1
    out = [-1] * n
    for j in range(1, m + 1):
        if match[j]:
            out[match[j] - 1] = j - 1
    return out


def _cycles(joins: dict[int, Join]) -> list[list[Join]]:
    """Loops among the joins (a line reached again by following them)."""
    seen: set[int] = set()
    out = []
    for start in sorted(joins):
        path, cur = [], start
        while cur in joins and cur not in seen and cur not in path:
            path.append(cur)
            cur = joins[cur].b
        if cur in path:
            out.append([joins[n] for n in path[path.index(cur):]])
        seen.update(path)
    return out


def _best(table: dict[tuple[int, int], Join], fixed: dict[int, Join],
          opens: frozenset[int] = frozenset(), keep: float = 0.0,
          placed: frozenset[int] = frozenset()) -> dict[int, Join]:
    """The heaviest set of joins in ``table`` with no line used twice and, with ``fixed``, no loop.  ``keep``:
    added to each of the file's next-line joins, so that between sets of one weight the one keeping more of
    them wins (:data:`_KEEP`, for the joins that are made; 0 for round 2, which only finds the lines a weak
    join may take).

    A loop is broken at its weakest join.  Between equally weak ones, a bare next-line join (only the
    layout supports it) goes before one the text supports, and among bare ones, first the join into a
    line of ``opens`` (a line whose text runs a whole clause to a full stop, :func:`ct.opens_sentence`):
    a loop means the text ran on past a paragraph's end into a beginning read out of place, and a line
    whose first sentence is whole where it stands is where a paragraph can begin, while one whose first
    full stop comes after a word or two (…给予学校 | 重点支持。) ends a sentence begun before it.

    ``placed``: lines that begin a paragraph where the file has them (after a finished sentence).  Between sets
    of one weight, the one that takes fewer of them away from there wins (by :data:`_KEEP` a line): two far lines
    that go on from one open end equally well (…光顾的地方，尤 | 其在寒冷… and …尤 | 为提升…: 尤其, 尤为) are no tie
    when only one of them has a sentence's end before it, and the column order (ties go to the lowest column) is no
    evidence for either."""
    table = dict(table)
    while table:
        rows = sorted({a for a, _ in table})
        cols = sorted({b for _, b in table})
        row, col = {a: i for i, a in enumerate(rows)}, {b: j for j, b in enumerate(cols)}
        cost = np.full((len(rows), len(cols) + len(rows)), _BIG)  # filled from the table: it is sparse
        cost[:, len(cols):] = 0.0
        for (a, b), j in table.items():
            cost[row[a], col[b]] = -j.weight - (keep if j.adjacent else 0.0) + (
                _KEEP if not j.adjacent and b in placed else 0.0)
        chosen = _assign(cost)
        joins = {rows[i]: table[rows[i], cols[j]] for i, j in enumerate(chosen)
                 if j < len(cols) and (rows[i], cols[j]) in table}
        loops = _cycles({**fixed, **joins})
        if not loops:
            return joins
        for loop in loops:
            weakest = min((j for j in loop if j.a not in fixed),
                          key=lambda j: (j.weight, not _bare(j), not (_bare(j) and j.b in opens), j.a))
            del table[weakest.a, weakest.b]
    return {}


def _need_yields(table: dict[tuple[int, int], Join]) -> None:
    """Weigh without A's need (a comma or 、 that cannot end a text) each far join that rests on no textual evidence
    (B cannot begin where it stands, wording nearby) into a line that another line goes on at on textual
    evidence (a word across) scoring higher, where the need is what could take B from that word: A's join with its
    need and the word's line's best join elsewhere together weigh as much as the word's join.

    Why: a need says A goes on somewhere, not where; added to a join on B's form alone, it outweighed a word the
    line break cut across another join into B (…心理舒缓室、 taking 造了… from …服务模式，打: 打造), and the
    assignment gave the word's line its file's next line instead.  Where the word's join outweighs A's and all
    the word's line could do instead (a lead's cut 日 | 前，… at 10.5 against …牵线搭桥， | 前，… at 2.5 + 2), the
    need decides nothing about B; taken off there it only shifted the assignment's choice between equal joins
    elsewhere on the page (two lines that each end a paragraph whose full stop the page lost, …探索出新 and
    …近3000万元, bidding 4.5 each for 等相关部门… on its form), a coin toss the rule has no evidence for."""
    claims: dict[int, Join] = {}
    for (_, b), j in table.items():
        if "word" in j.kinds and not j.against and (b not in claims or j.score > claims[b].score):
            claims[b] = j
    others: dict[int, list[float]] = {}  # each claimer's two best weights: its best join elsewhere than its claim
    for (a, _), j in table.items():
        others.setdefault(a, []).append(j.weight)
    for a in others:
        others[a] = sorted(others[a], reverse=True)[:2]
    for (_, b), j in table.items():
        claim = claims.get(b)
        if claim is None or not j.need or j.adjacent or "text" in j.kinds or claim.score <= j.score:
            continue
        best = others[claim.a]
        elsewhere = max(best[1] if len(best) > 1 and best[0] == claim.weight else best[0], 0.0)
        if j.weight + elsewhere >= claim.weight:
            j.discount += j.need


def _contradicted(page: Page, table: dict[tuple[int, int], Join]) -> set[tuple[int, int]]:
    """Weigh as a nearby join each next-line join of the file that nothing but the layout supports, where a
    far join puts back together a word a line break cut at both of its ends (…方便 | 级覆盖… and …新建、升 |
    "我们…, while 升 | 级 makes 升级 and each of 升, 级 stands alone where it was printed: ``ct.cut_off``).

    Why: the file's adjacency is evidence that the OCR kept the order there, but a cut word shows the
    order broken at exactly those two places: the page cannot be in order both at …升 | "我们 and at
    …方便 | 级覆盖 if 升 | 级 is one word.  Counted at full weight, two such joins (3 + 3) outweigh the word
    (5) in the assignment however well the text places the lines they leave.  A word that adds a
    character to a word already whole on one side (…建设 | 网约车: 建设网) shows nothing of the kind, nor
    does a join the text itself supports, nor a paragraph running on at a soft break.

    Where B stands under a headline-shaped line and cannot begin there (…（记者…）日 | 前，某局工匠学院…
    printed under 某局成立工匠学院), the file's order is broken at B already and the headline needs no
    continuation, so only A's end is in question: A's next-line join is discounted without asking where
    the line above B could go instead.

    On a page re-wrapped at any width (:attr:`Page.pieces`), where B follows a full stop (no file's join into it)
    and A's last clause is one character (…一体化服务模式，打 | 造了触手可及…: 打造), A's own text says its word was
    cut: no clause is one character long, so A's end is out of order, and B, whose first character stands alone,
    begins no sentence where it stands after that full stop.  A's next-line join is discounted as above, and the
    far join is returned: it may move B although B starts a paragraph where the OCR read it (``_solve``).  Not on a
    chance word after a clause of its own (…职工代表某某在画 | 师市各级工会…: 画师), which this leaves alone,
    nor where B opens on a preposition or a conjunction (…，更 | 为落实好…: ``ct.function_first``), which may begin
    a sentence after that full stop.

    Where A is a lead's text (its paragraph so far opens on 本报讯…) and B stands under a headline-shaped line where
    it may begin (…近日，青海省果 | 洛藏族自治州… under 果洛州搭建…平台): a lead's text line stops on a character standing
    alone only where the column, or a text detector, cut it, and a story's first line under its headline begins on a
    whole word or the lead, never on the rest of a word; so B is that lead's text read under its headline apart from
    the lead, the far join is returned (it may move B), and the headline is that story's top: the file's bare join
    into it from the line before (…牵线搭桥， | 果洛州…, a column piece cut on a comma) is dropped.
    """
    moved: set[tuple[int, int]] = set()
    tops: set[tuple[int, int]] = set()
    elsewhere = {a for (a, b), j in table.items() if not j.adjacent and j.score >= ACCEPT_OTHER and not j.against
                 and j.kinds & {"word", "topic"}}  # wording of both sides, not B's first character alone
    many = _cut_many(page, table)
    cut = {(a, b) for (a, b), j in table.items() if not j.adjacent and "word" in j.kinds and not j.against
           and ct.cut_off(page.by_no[a].text, page.by_no[b].text)}
    rivals = Counter(b for _, b in cut)  # how many far lines put back a cut word with each B
    for (a, b), j in table.items():
        if (a, b) not in cut or a in many:
            continue
        own, other = table.get((a, page.nxt.get(a))), table.get((page.prv.get(b), b))
        above = page.prv.get(b)
        if own is other or (own is not None and not _bare(own)):
            continue
        if page.pieces and own is not None and other is None and above is not None \
                and is_terminal(page.by_no[above].text.strip()) \
                and ct.LONE_CLAUSE.search(page.by_no[a].text.rstrip()) and not ct.function_first(page.by_no[b].text):
            own.discount = NEXT_LINE - NEARBY  # …模式，打 | 造了…: a clause of one character is a word cut short
            moved.add((a, b))
            continue
        if above is not None and (above in page.heads or headline_like(page.by_no[above])):
            if "orphan" not in j.kinds:
                if not _lead_opening(page, a) or rivals[b] > 1:
                    continue  # (two lines each making a cut word with B, …思政课 | 程公司… and …西铁工 | 程…: 课程
                    # and 工程, name neither)
                moved.add((a, b))  # a lead's text cut mid-word (…近日，青海省果 | 洛藏族…): B is its rest, and
                into = (page.prv.get(above), above)  # the headline over B is that lead's story's top: no text
                if into in table and _bare(table[into]) and headline_like(page.by_no[above]):
                    tops.add(into)  # read before it goes on into it (…牵线搭桥， | 果洛州搭建…)
        elif other is None or not _bare(other) or other.a not in elsewhere:
            continue  # the line the word leaves without its next line has nowhere else to go: as likely by chance
        for r in (own, other):
            if r is not None:
                r.discount = NEXT_LINE - NEARBY
    for key in tops:
        del table[key]
    return moved


def _lead_opening(page: Page, a: int) -> bool:
    """Is A's paragraph so far a lead's opening: its credit (本报讯…), then at most its time or place and one clause
    (近日，青海省果), no other mark, no quote?  That is the lead's first printed line, which the OCR reads apart from
    the lead's text under the headline; a lead read on past it (…主办的一场穿越百年、生动感人的“大思政课) is a
    paragraph whose end a re-wrap or a column cut anywhere, and a character standing alone there shows no more."""
    run = page.run_back(a)
    text = page.text(run).strip()
    m = bl.LEAD.match(text)
    if page.by_no[run[0]].cls != LEAD or not m:
        return False
    rest = text[m.end():]
    return not re.search(r"[，,、；;：:。！？!?“”\"‘’'《》]", rest.split("，", 1)[-1].split(",", 1)[-1])


def _cut_many(page: Page, table: dict[tuple[int, int], Join]) -> set[int]:
    """On a page re-wrapped at any width (:attr:`Page.pieces`): the lines whose end a dictionary word puts back
    together with the first character of more than one far line, each standing alone where it was printed, with
    no one of those words ten times as common as every other (…深夜跑单 | 程公司…, | 级覆盖…: 单程, 单级; not
    …新建、升 | 级覆盖…, | 力打造…: 升级 against 升力).

    Why: a re-wrap leaves a character standing alone at most line edges, and one that makes words of about one
    frequency with several of them shows no cut word at any: the words come by chance, so none of them shows the
    file's order broken at A's end (``_contradicted``).  A word far commoner than the others is the cut word, as
    :func:`~unionnews.ingest.continuity.word_across` weighs a word against the words it breaks.  The joins keep
    their own score; only the discount of A's next-line join is not given."""
    if not page.pieces:
        return set()
    words: dict[int, list[int]] = {}
    for (a, b), j in table.items():
        if not j.adjacent and "word" in j.kinds and not j.against and \
                ct.cut_off(page.by_no[a].text, page.by_no[b].text):
            word = ct.word_across(page.by_no[a].text, page.by_no[b].text, rest=True)
            words.setdefault(a, []).append(ct.frequency(word) if word else 0)
    return {a for a, counts in words.items()
            if len(counts) > 1 and sorted(counts)[-1] < 10 * max(sorted(counts)[-2], 1)}


def _runs_on(first: dict[int, Join], a: int | None, b: int) -> bool:
    """Did round 2 run the paragraph at A on across the soft break before B (the file's join, the column going
    on)?  A soft break is a full column line that ends a sentence: its paragraph runs on there unless another
    line's sentence goes on at B on the text's evidence, and a weak join of round 3 has none (a line that
    needs more and a B that cannot begin where it stands only by its form), so it does not take B from its
    column: it would put a piece from anywhere on the page inside a paragraph the column prints whole."""
    j = first.get(a) if a is not None else None
    return j is not None and j.b == b and "soft" in j.kinds


def _bare(j: Join) -> bool:
    """A next-line join only the layout supports."""
    return j.adjacent and not j.kinds & {"text", "soft"}


SHORT_MARGIN = 0.5  # how much better than any other free line the one a stopped-short line goes on at must fit


def _stopped_short(page: Page, table: dict[tuple[int, int], Join], joins: dict[int, Join]) -> dict[int, Join]:
    """Round 4: a line the rounds left without a join that stops on a bare word after a comma
    (``ct.stops_short``: …智能化驿站，方便) goes on at the free line (nothing joins to it) whose wording ties
    it to the text before A as closely as the scorer tells (``TOPIC_MAX``), by a margin over every other
    free line, its own next line included; the join is weak.  On a page of wrap pieces, where free lines tie on
    that wording, the one the OCR printed right after a piece the order lifts out of place wins the tie if it is
    the only such one.

    Why: such a line cannot end a paragraph whose full stop the OCR lost (that leaves a whole clause:
    …为企业创效近3000万元), so it is a sentence a stray blank or a misread column cut, and where the text
    gives no word across the cut, the wording around it is the only evidence left.  Lines that end on
    a whole clause are left where they stand: wording alone ties them to a wrong paragraph as often.
    A line after a lifted piece (…尤 → 其在寒冷的冬夜…的地方。 read elsewhere, then 网约车司机…休憩。) stands where
    the OCR dropped a column's pieces one after another, so its place says nothing of where its sentence began;
    a rival standing after text of its own place may begin a paragraph there.
    """
    into = {j.b for j in joins.values()}
    lifted = {j.b for j in joins.values() if not j.adjacent} if page.pieces else set()
    out: dict[int, Join] = {}
    for a in sorted(n for n in page.by_no if page.is_open(n) and n not in joins):
        if not ct.stops_short(page.by_no[a].text):
            continue
        rivals = sorted((j for (x, b), j in table.items() if x == a and b not in into and not j.against),
                        key=lambda j: j.score, reverse=True)
        tied = [j for j in rivals if rivals[0].score - j.score < SHORT_MARGIN]
        after = [j for j in tied if page.prv.get(j.b) in lifted]
        if not rivals or rivals[0].adjacent or rivals[0].score < NEARBY + TOPIC_MAX or (
                len(tied) > 1 and not (len(after) == 1 and not after[0].adjacent)):
            continue
        best = rivals[0] if len(tied) == 1 else after[0]
        if _cycles({**joins, **out, a: best}):
            continue
        best.weak = True
        out[a] = best
        into.add(best.b)
    return out


def _set_apart(scorer: Scorer, a: int) -> bool:
    """Is line a a piece the OCR set apart from its column (和产教融合创新平台。): its sentence cannot begin where it
    stands (a word no sentence begins with, or a quote closed that nothing opened), and the line before it in the
    file is finished, so its sentence began elsewhere?  Such a piece that ends a sentence at a full line does not run
    on across the soft break after it: the OCR dropped the pieces of its columns one after another there.  A line
    read as an orphan for being short alone is no such piece (「以『匠心所能』助力『数智所向』！」 | 福州市总工会…: a
    quotation that happens to end a full line, its paragraph going on)."""
    text = scorer.page.by_no[a].text
    return scorer.status.get(a) == "orphan" and (ct.bound_first(text) or ct.quote_fit((False, False), text) < 0)


def _after_sentence(page: Page, b: int) -> bool:
    """Does line ``b`` stand after text that finishes its sentence (not a headline, not a line that stops mid-way)?
    Then it begins a paragraph where the file has it.  A line right under a headline is where a lead read away
    from it goes on (…青海省果 | 洛藏族…), so it is left out."""
    above = page.prv.get(b)
    return above is not None and above not in page.heads and page.by_no[above].cls in (TEXT, LEAD) \
        and is_terminal(page.by_no[above].text)


def _solve(page: Page, scorer: Scorer) -> dict[int, Join]:
    """The four rounds of the module docstring; marks weak and contested joins."""
    ends = [n for n in page.by_no if page.is_open(n)]
    starts = [u.no for u in page.units if page.is_text(u.no)]
    table: dict[tuple[int, int], Join] = {}
    for a in ends:  # B within NEAR lines of A, or A's next line, in file order (starts is sorted)
        near = starts[bisect.bisect_left(starts, a - NEAR):bisect.bisect_right(starts, a + NEAR)]
        nxt = page.nxt.get(a)
        if nxt is not None and abs(a - nxt) > NEAR and page.is_text(nxt):
            bisect.insort(near, nxt)
        lead, need = page.by_no[a].cls == LEAD and not page.lead_in_place(a), ct.needs_more(page.by_no[a].text)
        low, high = page.reach(a)
        for b in near:
            adjacent = nxt == b
            if a == b or (not adjacent and (abs(a - b) > NEAR or (not lead and not low <= b <= high))):
                continue  # text is not continued across another story's headline; a displaced lead may be (one
                # right under its headline is in place: its text goes on in its own item)
            ev = scorer.score(a, b)
            if not adjacent and not lead and "word" in ev.kinds and page.enters(a, b):
                continue  # a word into a column from above its headline is a chance one (Page.enters)
            table[a, b] = Join(a, b, ev.score, ev.reasons, ev.kinds, need)
    for b in page.soft:  # a paragraph that may run on across a soft break: the file's join, unless
        a = page.prv.get(b)  # another line's sentence goes on at b (settled with the others below)
        if a is not None and b in page.by_no and page.is_text(b) and (a, b) not in table and \
                page.by_no[a].cls in (TEXT, LEAD) and a not in page.heads and a not in page.repeats and \
                not _set_apart(scorer, a):  # (the file's next line is then the next such piece, not a column)
            table[a, b] = Join(a, b, SOFT_RUN, ["next line in the file", "the column runs on"], {"soft"})
    moved = _contradicted(page, table)
    _need_yields(table)
    best_a: dict[int, float] = {}
    best_b: dict[int, float] = {}
    for (a, b), j in table.items():  # the strongest textual claim on each line from elsewhere
        if not j.adjacent and "text" in j.kinds and not j.against:
            best_a[a] = max(best_a.get(a, 0.0), j.score)
            best_b[b] = max(best_b.get(b, 0.0), j.score)
    fixed = {a: j for (a, b), j in table.items() if j.adjacent and j.score >= SURE and "text" in j.kinds
             and not j.against and not headline_like(page.by_no[a])
             and max(best_a.get(a, 0.0), best_b.get(b, 0.0)) <= j.score}  # else settled with its rivals
    used = {j.b for j in fixed.values()}
    free = {(a, b): j for (a, b), j in table.items() if a not in fixed and b not in used}
    wanted = {b for (a, b), j in free.items() if not j.adjacent and "text" in j.kinds and j.score >= ACCEPT_OTHER}
    stuck = {a for a in ends if scorer.stuck(a) or page.nxt.get(a) in wanted or page.nxt.get(a) in used}

    def allowed(j: Join) -> bool:
        """A line further away needs textual evidence or an A stuck at its next line; both, to move a
        line that starts a paragraph where it stands."""
        if j.adjacent:
            return True
        if scorer.status[j.b] == "in place":
            return "text" in j.kinds and (j.a in stuck or (j.a, j.b) in moved)
        return "text" in j.kinds or j.a in stuck

    strong = {k: j for k, j in free.items() if j.score >= (ACCEPT_NEXT if j.adjacent else ACCEPT_OTHER) and allowed(j)}
    opens = frozenset(b for b in starts if ct.opens_sentence(page.by_no[b].text))
    placed = frozenset(b for b in starts if scorer.status[b] == "in place" and _after_sentence(page, b))
    first = {**fixed, **_best(strong, fixed, opens, placed=placed)}
    needy = {a for a in ends if ct.needs_more(page.by_no[a].text) == 2 or page.by_no[a].cls == LEAD}
    loose = {b for b in starts if (scorer.status[b] == "orphan" and not _runs_on(first, page.prv.get(b), b)) or (
        page.prv.get(b) in first and first[page.prv[b]].b != b)}
    weak = {(a, b): j for (a, b), j in free.items() if a in needy and b in loose and not j.adjacent
            and ACCEPT_WEAK <= j.score < ACCEPT_OTHER and not j.against}
    for j in weak.values():
        j.weak = True
    joins = {**fixed, **_best({**strong, **weak}, fixed, opens, _KEEP, placed)}
    joins.update(_stopped_short(page, table, joins))
    # the file's own joins that round 2 chose and only the weak joins of round 3 undid
    undone = {a for a, j in first.items() if j.adjacent and joins.get(a) is not j}
    for j in joins.values():  # the file's own join at either end had textual support too: a close call
        rivals = (table.get((j.a, page.nxt.get(j.a))), table.get((page.prv.get(j.b), j.b)))
        j.contested = not j.adjacent and any(r is not None and r is not j and "text" in r.kinds for r in rivals)
        j.undoes = not j.adjacent and (j.a in undone or page.prv.get(j.b) in undone)
    return joins


def sentence_joins(page: Page) -> dict[int, Join]:
    """The best set of joins A → B for the page, keyed by A.

    A second pass follows when a lead was found far from its headline: the line
    the lead's text goes on at sat right under that headline, so the
    headline-like line above it is a headline, not a sentence's end; and where the
    lead was read below that headline, the lines between are its story's column,
    which no sentence from above the headline goes on into on a word across alone
    (:meth:`Page.enters`).
    """
    scorer = Scorer(page)
    joins = _solve(page, scorer)
    found = {page.prv[j.b]: j.a for j in joins.values() if not j.adjacent
             and (page.by_no[j.a].cls == LEAD or page.unmarked_lead(j.a, j.b))
             and j.score >= SURE and j.b in page.prv and headline_like(page.by_no[page.prv[j.b]])}
    new = set(found) - page.heads
    page.add_heads(new)
    columns = {(page.block_top(head), lead) for head, lead in found.items() if head < lead}
    if new or columns - page.columns:
        page.columns |= columns
        scorer.refresh()
        joins = _solve(page, scorer)
    if scorer.follow(joins):  # a line read out of place opens no quote of the line the file puts before it
        joins = _solve(page, scorer)
    return joins


SECTION = 400  # non-blank lines: a bigger page is put in order a section at a time


def _chance_word(page: Page, j: Join) -> bool:
    """Far join ``j``, the only one the text vouches for, rests on a dictionary word across it
    alone (…单位以 | 为构建…: 以为; …重点企业 | 界创新…: 企业界) while B's place in the file reads on:
    the line before B ends a sentence, so B begins one where it stands, or goes on at B with nothing
    against it and the word is not one a line break cut (``ct.cut_off``: then the file's order is
    broken at both of its ends, see ``_contradicted``).

    Why: any two lines of a page give some dictionary word across them by chance, and a line cut
    short by a stray blank leaves the file's own next-line join without textual support, so one such
    word is no evidence that the page was read out of order; reordering it then keeps its stray
    blanks from being bridged and breaks its articles.  A page really read out of order shows it at
    more than one join, or with more than the word at one (a list closed, a sentence that cannot
    start, a place, a quote closed).
    """
    if "word" not in j.kinds:
        return False
    rest = j.score - NEARBY - WORD - (ORPHAN if "orphan" in j.kinds else 0.0) \
        - (TOPIC_MAX if "topic" in j.kinds else 0.0)
    if rest >= OTHER_TEXT:
        return False  # more than the word: a second piece of textual evidence
    before = page.prv.get(j.b)
    if before is None or not page.is_open(before):
        return True  # B starts a sentence after one that ended: in its place
    if ct.cut_off(page.by_no[j.a].text, page.by_no[j.b].text):
        return False  # a word a line break cut (…升 | 级…): the file's order is broken at B's end (_contradicted)
    return "against" not in Scorer(page).score(before, j.b).kinds


def _sections(lines: list[str]) -> list[tuple[int, int]]:
    """Cut a big page at item edges (two or more blank lines before a line) into sections of
    at least SECTION/2 printed lines: ``(first, end)`` line indexes, end exclusive.

    Why: reading order is a local matter (a line goes on within 60 lines, never across an
    item's edge unless it is a lead), and the best set of joins costs more than linear time
    in the number of candidates, so one OCR dump holding a month of pages is put in order
    item group by item group.
    """
    cuts, printed, blanks = [0], 0, 0
    if sum(1 for line in lines if line.strip()) <= SECTION:
        return [(0, len(lines))]
    for i, line in enumerate(lines):
        if not line.strip():
            blanks += 1
            continue
        if blanks >= 2 and printed >= SECTION // 2:
            cuts.append(i)
            printed = 0
        printed += 1
        blanks = 0
    cuts.append(len(lines))
    return list(zip(cuts, cuts[1:]))


def find_order(lines: list[str], soft: frozenset[int] = frozenset(), pieces: bool = False,
               blanks: bool = False) -> Reading | None:
    """The page's reading order, or None when the OCR read it in order.  ``soft``: lines after a
    paragraph break the paragraph stage was unsure of; ``pieces``: the page's lines are pieces of
    re-wrapped paragraphs (see :class:`~unionnews.ingest.pageview.Page`); ``blanks``: pieces of a page
    that keeps blank lines, each cut where a blank line fell (:attr:`Page.blanks`)."""
    sections = _sections(lines)
    if len(sections) == 1:
        return _find_order(lines, soft, pieces, blanks)
    order: list[int | str] = []
    merged = Reading(order)
    found = False
    for first, end in sections:
        part = [""] * first + lines[first:end]
        reading = _find_order(part, soft, pieces, blanks)
        if reading is None:
            order += [n for n in range(first + 1, end + 1) if lines[n - 1].strip()]
            continue
        found = True
        order += reading.order
        merged.notes.update(reading.notes)
        merged.joins.update(reading.joins)
    return merged if found else None


def _find_order(lines: list[str], soft: frozenset[int] = frozenset(), pieces: bool = False,
                blanks: bool = False) -> Reading | None:
    """:func:`find_order` for one page or section (lines before it blank)."""
    units = make_units(lines, None)
    page = Page(units, soft=frozenset(soft) & {u.no for u in units}, pieces=pieces, blanks=blanks)
    joins = sentence_joins(page)
    vouched = [j for j in joins.values() if not (j.adjacent or j.guessed or j.undoes)]
    if not vouched:
        return None  # the file's order is consistent: no join away from it rests on the text itself
    if len(vouched) == 1 and _chance_word(page, vouched[0]):
        return None  # one chance word against a file order that reads on where it would cut in
    reading = place(page, joins)
    if sorted(n for n in reading.order if n != BREAK) != sorted(page.by_no):
        return None  # never lose or repeat a line: the file's own order is better than that
    return reading
