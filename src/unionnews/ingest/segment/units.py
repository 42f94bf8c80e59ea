"""Page lines → units: each line stripped of OCR markup and classified on its own (headline candidate,
本报讯 lead, byline, photo credit, dateline, 上接 marker, column label, furniture, text).

Why on its own: the walk (:mod:`.walk`) decides where articles start from these kinds, and the paragraph and
reading-order stages ask the same questions of a line without a walk.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from unionnews.ingest import byline as bl
from unionnews.ingest.continuity import WORD_GAP, common_words, prepositional_phrase
from unionnews.ingest.manifest import BREAK
from unionnews.ingest.normalize import (FURNITURE, STAFF_CREDITS, cjk_count, close_figure_spaces, folio_lines,
                                        is_terminal, undecorated)
from unionnews.ingest.paragraphs.lines import CLOSING_QUOTES, NO_START


TEXT, LEAD, BYLINE, CREDIT, DATELINE, SOURCE, CONT, LABEL, FURN, JUNK, JUMP = (
    "text", "lead", "byline", "credit", "dateline", "source", "continued", "label", "furniture", "junk", "jump")
NO_LINE_START = NO_START | CLOSING_QUOTES  # marks no printed line begins with (GB/T 15834)
# a phrase cut mid-sentence: a comma inside, then a structural particle or preposition at the end
# (not 地: 基地, 高地, 阵地 end headlines)
_CUT_PHRASE = re.compile(r"[，,].*(?:的|在|对|向|为|把|将|被|与|和|及|从)$")
JOINABLE = (TEXT, LEAD)
_NUMBER_REST = re.compile(r"[\d\-－–]+")  # a number's rest, under the line a column's end cut it on


@lru_cache(maxsize=4096)
def _clause_without_predicate(text: str) -> bool:
    """Does the text's last clause (after a comma inside it) open with a preposition and hold no verb
    (…联合会，针对建筑类行业)?  A prepositional phrase alone says nothing: the sentence goes on past the
    line, so the line is a cut sentence, not a headline line (a headline's clauses are whole)."""
    clause = re.split(r"[，,]", text)[-1] if re.search(r"[，,].", text) else ""
    return prepositional_phrase(clause)


@dataclass
class Unit:
    """One non-blank input line in reading order."""

    no: int
    text: str
    hashes: int = 0
    label: bool = False
    gap: int = 1
    brk: bool = False
    cls: str = TEXT
    folio: bool = False  # a running head or foot, a page number (normalize.folio_lines)


def make_units(lines: list[str], order: list[int | str] | None) -> list[Unit]:
    """Strip OCR markup (# levels, >> label <<) and record the gap before each line."""
    sequence = order if order is not None else [n for n in range(1, len(lines) + 1) if lines[n - 1].strip()]
    units: list[Unit] = []
    prev, brk = None, False
    folios = folio_lines(lines)
    for item in sequence:
        if item == BREAK:
            brk = True
            continue
        no = int(item)
        text = close_figure_spaces(lines[no - 1].strip())
        hashes = 0
        m = re.match(r"^(#{1,6})\s+(.*)$", text)
        if m:
            hashes, text = len(m.group(1)), m.group(2).strip()
        m = re.fullmatch(r">>\s*(.+?)\s*<<", text)
        label = bool(m)
        if m:
            text = m.group(1)
        if prev is None:
            gap = 99
        elif no > prev and not any(lines[k].strip() for k in range(prev, no - 1)):
            gap = no - prev - 1
        else:
            gap = 2  # a jump in the reading order is a break in the layout
        units.append(Unit(no=no, text=text, hashes=hashes, label=label, gap=gap, brk=brk, folio=no - 1 in folios))
        prev, brk = no, False
    for k, u in enumerate(units):
        u.cls = classify(u)
        if u.cls == JUNK and k and units[k - 1].cls == FURN and _NUMBER_REST.fullmatch(u.text) \
                and units[k - 1].text[-1:].isdigit():
            u.cls = FURN  # (登报咨询电话:63 | 522410: the rest of the furniture's number, a narrow column cut it)
    return units


def continued_from(u: Unit) -> str:
    """The page a continuation marker names, read as :func:`classify` reads it: without a decoration
    printed before it (★ （上接第1版）)."""
    return bl.CONTINUED.match(undecorated(u.text)).group("page")


def classify(u: Unit) -> str:
    """What a line is, judged on its own: by its words, without a decoration printed before them
    (★转自《中工网》 is a source line, ■ 本报讯… a lead)."""
    t = undecorated(u.text)
    if u.label:
        return LABEL
    if FURNITURE.match(WORD_GAP.sub("", t)) and len(t) <= 30 or u.folio or len(t) <= 60 and STAFF_CREDITS.match(t):
        return FURN  # (an engine's word space inside the label, 登报 咨询电话, is no word of it)
    if bl.CONTINUED.match(t):
        return CONT
    if bl.JUMP.match(t):
        return JUMP
    if bl.DATELINE.fullmatch(t):
        return DATELINE
    if len(t) <= 30 and bl.SOURCE.match(t):
        return SOURCE
    m = bl.LEAD.match(t)
    if m and (m.group("inner") or m.group("place") or t[m.end():m.end() + 1] in "（("):
        return LEAD  # also a lead whose credit a line's end cut (本报讯（记者刘建林 | 李彦斌）9月24日…): it begins a
        # paragraph as a whole lead does, never a sentence's rest
    if bl.is_credit(t):
        return CREDIT
    if bl.is_byline(t) and not (u.hashes and not bl.BYLINE_START.match(t)) \
            and (bl.BYLINE_START.match(t) or not common_words(t)):
        return BYLINE  # a line the OCR marked as a heading is set in headline type: words parted by an OCR
        # space there (### 关注 服贸会, a column label) are no byline of bare names
    if len(t) <= 20 and cjk_count(t) == 0:
        return JUNK
    return TEXT


def is_candidate(u: Unit, question: bool = False, limit: int = 50) -> bool:
    """Could this line be part of a headline block (at most ``limit`` characters)?"""
    t = u.text
    if (u.cls != TEXT or len(t) > limit or "。" in t or re.search(r"[，、；：,;:]$", t) or _CUT_PHRASE.search(t)
            or _clause_without_predicate(t)):
        return False  # …联合会，针对建筑类行业施工项目的: a sentence a blank line cut, not a headline
    if is_terminal(t):
        return question and len(t) <= 30 and t[-1] in "？！?!"
    return True


def marked_head_piece(u: Unit, under: Unit | None) -> bool:
    """Is ``u`` the first piece of a headline line a re-wrap cut, the heading mark left on it alone: marked, no
    sentence in it (no full stop, no end mark), no longer than a headline line, stopping where no headline line
    stops (a 、 or a comma at its end, a comma and then a lone 的: :func:`is_candidate` refuses it for that), over
    an unmarked line of a headline's shape, its rest (## 某市总打造“…”模式，实现“1+1>2”的 | 聚合效应—— | # 在创新
    攻坚中… | 本报记者…)?  A page re-broken at any width cuts its headline lines as it cuts its text and keeps the
    mark on the first piece; the mark says headline type, and the callers ask the line under it to stand in a
    headline (a block over a lead or byline, a line the page reads as a headline)."""
    return (bool(u.hashes) and u.cls == TEXT and under is not None and not under.hashes and under.cls == TEXT
            and "。" not in u.text and not is_terminal(u.text) and len(u.text) <= 50 and not is_candidate(u)
            and is_candidate(under))
