"""Datelines and paragraphs the OCR read in another story's place.

Why apart from the walk in :mod:`unionnews.ingest.placement`: the walk puts
each chain of text next to what the OCR read it beside; these two kinds of
text were read beside the *wrong* story, and only their wording tells where they
belong.  Both are placed after the walk, on the stories the segmenter makes of
its order:

* a dateline (（本报福州11月13日电）) read after an open line or a headline goes
  to the end of the one story that names its place;
* a paragraph read right after another story's finished text, sharing no
  distinctive wording with it (three characters without 的, 了 …) but naming a
  place (邹城市) that exactly one other story names (or, when text of one story
  was read into another, the one of them whose headline names it: 邹城), moves to that story: before
  its closing statement (a quotation attributed with 表示/介绍/说, the usual last
  paragraph of a news story), else at its end.  Where it goes is a guess, and
  the article's review says so.
"""
from __future__ import annotations

from functools import lru_cache

import re
from unionnews.ingest.byline import DATELINE
from unionnews.ingest.continuity import distinctive, tokenizer, trigrams
from unionnews.ingest.normalize import cjk_count, is_terminal
from unionnews.ingest.pageview import Page
from unionnews.ingest.readings import Chain
from unionnews.ingest.segment import Draft, make_units, segment

STRAY_MIN_CHARS = 40
_STATEMENT = re.compile(r"^[\"“][^\"”]{4,}[\"”]。?[^，,。]{0,30}?(表示|介绍|说|指出|认为)")


def _lines(page: Page) -> list[str]:
    text = {u.no: ("#" * u.hashes + " " if u.hashes else "") + (f">> {u.text} <<" if u.label else u.text)
            for u in page.units}
    return [text.get(n, "") for n in range(1, max(page.by_no) + 1)]


def _stories(page: Page, chains: list[Chain], drafts: list[Draft] | None = None) -> dict[int, list[Chain]]:
    """Chains grouped by the article the segmenter makes of them (``drafts``, made here when not
    given), in reading order."""
    if drafts is None:
        drafts = _drafts(page, chains)
    owner = {u.no: i for i, d in enumerate(drafts) for u in d.units}
    out: dict[int, list[Chain]] = {}
    for chain in chains:
        if chain.head in owner:
            out.setdefault(owner[chain.head], []).append(chain)
    return out


def _drafts(page: Page, chains: list[Chain]) -> list[Draft]:
    """The articles the segmenter makes of the chains in their order."""
    return segment(make_units(_lines(page), [n for c in chains for n in c.lines]))[0]


def _text(page: Page, chains: list[Chain]) -> str:
    return "".join(page.by_no[n].text for c in chains for n in c.lines)


@lru_cache(maxsize=4096)
def place_names(text: str) -> frozenset[str]:
    """Administrative place names jieba tags in ``text`` (邹城市, 石河子市, 新丰县 …).

    Read run by run: jieba's tagger cuts each run of Chinese (with letters and digits) apart from
    the others and tags whatever lies between them as no word (x, m, eng), so the names of a text are
    those of its runs.  A story's text is asked for once for every paragraph weighed as a stray, each
    time with another paragraph left out; its runs are mostly the same sentences again."""
    tokenizer()
    import jieba.posseg

    runs = getattr(jieba.posseg, "re_han_internal", None)  # the tagger's own pattern (a jieba without it: whole)
    return frozenset().union(*map(_run_place_names, runs.findall(text) if runs else [text]))


@lru_cache(maxsize=65536)
def _run_place_names(run: str) -> frozenset[str]:
    import jieba.posseg

    return frozenset(w.word for w in jieba.posseg.cut(run)
                     if w.flag == "ns" and len(w.word) >= 3 and w.word[-1] in "市县省州区盟旗")


def _distinctive(text: str) -> set[str]:
    return distinctive(trigrams(text))


def _stray_home(page: Page, stories: dict[int, list[Chain]], story: int, para: list[Chain],
                heads: dict[int, str] | None = None) -> tuple[int, str] | None:
    """The other story a paragraph (its chains, ``para``) belongs to, and the place name that says so (see the
    module docstring)."""
    rest = [c for c in stories[story] if c not in para]
    if _distinctive(_text(page, para)) & trigrams(_text(page, rest)):  # distinctive wording shared: one
        return None  # side filtered is enough (the filter keeps or drops a trigram whatever text holds it)
    named = sorted(place_names(_text(page, para)))
    if not named:
        return None  # (the other stories' names are read only for a paragraph that names a place)
    names = {s: place_names(_text(page, [c for c in members if c not in para])) for s, members in stories.items()}
    for name in named:
        having = [s for s, found in names.items() if name in found]
        if len(having) > 1 and heads:  # text of one story read into another: the story whose headline names it
            having = [s for s in having if name[:-1] in heads.get(s, "")]
        if len(having) == 1 and having[0] != story:
            return having[0], name
    return None


def move_strays(page: Page, chains: list[Chain], notes: dict[int, tuple[str, bool]]) -> list[Draft] | None:
    """Move stray paragraphs to their story (see the module docstring); note each move by its first line.
    Returns the articles the segmenter made of the chains when no paragraph moved (they are still the page's,
    for :func:`place_datelines`), else None."""
    drafts = _drafts(page, chains)
    stories = _stories(page, chains, drafts)
    heads = {i: "".join(u.text for u in d.head) for i, d in enumerate(drafts)}
    moved = False
    for story, members in list(stories.items()):
        for chain in members[2:]:
            if chain not in members:
                continue  # moved already, as a piece of the paragraph before it
            prev = members[members.index(chain) - 1]
            para = _paragraph(page, members, chain)
            if (page.prv.get(chain.head) != prev.lines[-1] or not is_terminal(page.by_no[prev.lines[-1]].text)
                    or cjk_count(_text(page, para)) < STRAY_MIN_CHARS):
                continue
            found = _stray_home(page, stories, story, para, heads)
            if found is None:
                continue
            target = stories[found[0]]
            where = len(target) - 1 if len(target) > 2 and _STATEMENT.match(_text(page, target[-1:])) else len(target)
            after = target[where - 1]
            for piece in para:
                chains.remove(piece)
                members.remove(piece)
            at = chains.index(after) + 1
            chains[at:at] = para
            target[where:where] = para
            last = para[-1].lines[-1]
            notes[chain.head] = (f"the paragraph at lines {chain.head}-{last} was read after another story "
                                 f"(line {prev.lines[-1]}), shares no wording with it and names {found[1]} as only "
                                 "this story does; where it goes in this story is a guess", True)
            moved = True
    return None if moved else drafts


def _paragraph(page: Page, members: list[Chain], chain: Chain) -> list[Chain]:
    """``chain`` and the chains after it in its story that go on in the file's order (each opening on the file's
    next line after the one before ends) up to the first that ends a sentence: one paragraph.  On a page of
    pieces (lines re-broken at any width, read a line a paragraph) a paragraph is several chains wherever no
    join was made across a break (…“职工需求直 | 通车”机制…), and its first piece alone is too short to weigh
    as a stray, or moved alone would leave its rest behind in the other story."""
    out = [chain]
    for nxt in members[members.index(chain) + 1:]:
        end = out[-1].lines[-1]
        if is_terminal(page.by_no[end].text) or page.nxt.get(end) != nxt.head:
            break
        out.append(nxt)
    return out


def place_datelines(page: Page, held: set[int], chains: list[Chain], notes: dict[int, tuple[str, bool]],
                    drafts: list[Draft] | None = None) -> None:
    """Put the datelines the layout held back (``held``) at the end of their story (see the module docstring).
    ``drafts``: the articles the segmenter makes of ``chains``, when known (:func:`move_strays` moved nothing)."""
    datelines = sorted(held - set(page.repeats))
    if not datelines:
        return  # (the stories are made by segmenting the page again: not for a page with no dateline to place)
    stories = _stories(page, chains, drafts)
    for no in datelines:
        m = DATELINE.search(page.by_no[no].text)
        homes = [members[-1] for members in stories.values()
                 if m and any(m.group("place") in _text(page, [c]) for c in members)]
        named = len(homes) == 1
        if len(homes) != 1:  # after the chain holding the line read before it (or the page's start)
            earlier = [n for n in sorted(page.by_no) if n < no]
            home = next((c for n in reversed(earlier) for c in chains if n in c.lines), None)
            homes = [home] if home is not None else []
        at = chains.index(homes[0]) + 1 if homes else 0
        chains.insert(at, Chain([no]))
        notes[no] = ("the dateline was read out of place; " + (
            "this is the one story that names its place" if named else
            "no single story names its place, so it stays after the line read before it"), not named)


