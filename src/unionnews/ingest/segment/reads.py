"""Evidence the walk weighs at a line it may read on into: a headline over a lead, a paragraph cut on a
function word, a line read again by the OCR.  Plain functions of lines and paragraphs, no walk state.
"""
from __future__ import annotations

import re
from typing import Callable

from unionnews.ingest import byline as bl
from unionnews.ingest.continuity import (OPENERS, bound_end, bound_first, cut_end, cut_off, function_first, open_list,
                                         read_across, tagged, word_across)
from unionnews.ingest.normalize import STAFF_CREDITS, is_terminal, undecorated
from unionnews.ingest.paragraphs.columns import _closed_by_credit
from unionnews.ingest.paragraphs.lines import _completed_across, headline_shaped
from unionnews.ingest.paragraphs.sidebar import PageRuns, read_into_head, running_paragraph, spanned
from unionnews.ingest.segment.drafts import Para

_ONE_CHARACTER_CLAUSE = re.compile("[\u4e00-\u9fff][，,；;]")
from unionnews.ingest.segment.units import JOINABLE, LEAD, NO_LINE_START, TEXT, Unit, is_candidate


# a paragraph's end that says its sentence goes on in a clause or is closed: a clause mark, or a sentence end
# inside a closing quote or bracket of either width
CLOSED_OR_CLAUSE = re.compile(r"(?:[，,、；;：:]|[。！？!?…][”’\"'）)」』]+)$")


def head_over_lead_read_on(last: Para, u: Unit, nxt: Unit | None, runs: Callable[[], PageRuns]) -> str | None:
    """The doubt to say where ``u``, a line of a headline's shape right over a lead (``nxt``: 本报讯…, a date or 近日
    and a comma), is read on from the paragraph ``last``, running text (:func:`sidebar.running_paragraph`) that
    stops mid-sentence, with nothing in the text running across the two (:func:`sidebar.spanned`: no word a break
    cut, name printed whole elsewhere, number, date, quote or list).  A story's running text never goes on into a
    headline over a lead: an engine reading a column top to bottom met a short item boxed inside it (…常务副主席 |
    公交驾驶员 赛场展技能 | 近日，…), and read on, the host's sentence and the item's headline make one sentence no
    page printed.  The join is kept, and said."""
    if nxt is None or not (nxt.cls == LEAD or bl.DATED_LEAD.match(nxt.text)) or not headline_shaped(u.text) \
            or u.text.endswith("…") or is_terminal(last.text) or not running_paragraph(last.text, last.kind == LEAD) \
            or spanned(last.units[-1].text, u.text, runs()):
        return None
    return read_into_head(u.no, u.text, nxt.no, last.units[-1].no, last.text)


def headline_read_on(last: Para, u: Unit, nxt: Unit | None) -> str | None:
    """The doubt to say where ``u``, a line of a headline's shape that blank lines set apart (over it and under
    it, text under it: ``nxt``), is read on from the paragraph ``last``, which stops mid-sentence, with nothing
    running across the two: no word, number or date across the break, no mark no line begins with opening ``u``.
    A boxed item set inside a story's column stands so (…近日，北山区 | 东港镇举办职工技能竞赛 | 职工技能大赛…):
    read on, its headline and text make one sentence with the host's that no page printed.  The join is kept (a
    paragraph broken before a headline-looking fragment is as common), and said.  Not where ``last`` stops on a
    clause mark or inside an enumeration or ``u`` holds one (a clause or a list goes on: the text's own next
    piece), nor after a sentence closed inside a quote.  Never where ``u`` stops inside a word ``nxt`` finishes (a
    dictionary word across, both ends standing alone where printed): a headline's line never ends inside a word."""
    if not (u.gap and nxt is not None and nxt.gap and nxt.cls == TEXT) or not is_candidate(u) \
            or not headline_shaped(u.text) or u.text[:1] in NO_LINE_START or word_across(last.text, u.text) \
            or bound_first(u.text) or _completed_across(last.text, u.text):
        return None
    if CLOSED_OR_CLAUSE.search(last.text) or open_list(last.text) or "、" in u.text:
        return None  # (a sentence closed inside a quote, 。", a clause or a list going on: …贵州省 | 人社厅、省总工会)
    if nxt is not None and word_across(u.text, nxt.text) and cut_off(u.text, nxt.text):
        return None  # (a word a line break cut, 用算法描 | 绘…: a piece)
    return (f"line {u.no} ({u.text}), a line of a headline's shape blank lines set apart, is read on from the "
            f"paragraph above, which stops mid-sentence at line {last.units[-1].no} (…{last.text[-8:]}); nothing "
            "runs across the two, so it may be the headline of an item boxed inside this story — check")


def reread_reason(at: int) -> str:
    """Why a lead's other OCR read stands in the page's unplaced file: the article at line ``at`` has the kept read."""
    return f"a second OCR read of the lead paragraph of the article at line {at} (duplicate text, kept here)"


def reread_doubt(first: int, text: str) -> str:
    """The review reason of an article whose lead the OCR read twice, the other read ``text`` at line ``first``."""
    return (f"the OCR read this lead twice; the other read (line {first}, in the page's unplaced file) differs: "
            f"{text[:40]}…")


def function_word_end(text: str) -> str | None:
    """The word ``text`` ends on when that is a preposition, a conjunction or a lone 的/和/等… (…职工之家以, …企业和):
    a heading is a whole phrase and ends on its head word, never on a word that needs one after it."""
    if bound_end(text):
        return text.rstrip()[-1]
    words = tagged(text.rstrip())
    return words[-1].word if words and words[-1].flag in ("p", "c") else None


def run_cut_across(a: str, b: str) -> bool:
    """Does a run of Latin letters or digits go on from the end of ``a`` into ``b`` (…V | R、…, …100 | 0人…)?  The
    wrap cut one printed run there; two lines of a headline block each stand whole."""
    return bool(a.rstrip()[-1:].isascii() and a.rstrip()[-1:].isalnum() and b.lstrip()[:1].isascii()
                and b.lstrip()[:1].isalnum())


def word_cut_under(a: str, b: str) -> bool:
    """Does the break between ``a`` and the line ``b`` under it cut a word: ``a``'s last character a word of nothing
    in its own segmentation, and either ``b``'s first one too (…摸索出“3+X”民 | 主管理工作…; …针对当前师 | 市企事业…,
    a word the dictionary may not hold) or a dictionary word across the two (…如何将纸 | 面上的制度…: 纸面)?  Not
    where ``b`` opens on a preposition or a conjunction, which begins a clause by itself (…走 | 在全省…).  A
    headline line ends on a whole word; a line re-wrapped at any width ends wherever the width fell, and a short
    piece of a paragraph's first line has a headline's shape as often as not."""
    if not cut_end(a) or function_first(b):
        return False
    return cut_off(a, b) or read_across(a, b) is not None


def predicate_first(text: str) -> bool:
    """Does ``text`` open on a verb and a clause mark (提出，要丰富…), not an opener (据悉，…)?  A verb of saying or
    deciding before its comma has its subject above it (《通知》 | 提出，…): the text goes on with the line over it,
    which is a piece of its sentence, not a headline line."""
    words = tagged(text[:8])
    return (len(words) > 1 and words[0].flag == "v" and words[1].word in "，,：:" and not text.startswith(OPENERS))


def one_character_clause_first(text: str) -> bool:
    """Does ``text`` open on a clause of one Chinese character (上，全国…; 中，…)?  No sentence opens so: the
    character ends a phrase begun on the line above (论坛 | 上，…: a locative a text detector cut off its noun),
    so that line is a piece of the sentence, not a headline over it."""
    return bool(_ONE_CHARACTER_CLAUSE.match(text))


def ends_item(u: Unit, last: Para) -> bool:
    """Does the furniture line ``u`` close the article above it: staff credits (责任编辑：…, 版式设计：…) under a
    paragraph that ends its sentence?  A page or a section prints its editors under its last item, so the
    line under them starts an item of its own (a photo story's headline with no 本报讯 lead, which would
    otherwise read as a subhead of the story above).  Not under a paragraph stopping mid-sentence: the
    engine's reading order put the credit inside a story that goes on."""
    return bool(STAFF_CREDITS.match(undecorated(u.text))) and (last.kind not in JOINABLE or is_terminal(last.text))


def closes_story(text: str) -> bool:
    """Does the paragraph close its story on this page?  It ends on a jump line (…活动。（下转第3版）): the story's
    part on this page ends there and goes on on the page the line names, so the text under it is another item's
    (a photo story's headline with no lead marker would otherwise read as a subhead of the story above), as under
    a jump line alone.  Or it ends on a photo credit after a finished sentence (…参加开幕式。郑莉 郝赫 朱欣文本报记者
    陈艺 摄: a narrow column fills the credit's last line as often as not, and the paragraph stage reads it on with
    the text above it): a credit closes its picture's story as a credit line alone does, and the line under it,
    which the text stopping on 摄 would otherwise read on into, begins another item."""
    plain = undecorated(text).rstrip()
    return bool(bl.JUMP_END.search(plain)) or _closed_by_credit(plain)


def ends_on_dateline(text: str) -> bool:
    """Does the paragraph end on a dateline (…说。（本报重庆9月25日电））?  The wire line closes its story;
    text after it under no new headline is either the story's afterthought or a next item whose
    headline and lead the OCR garbled, so it is never taken as the same story's without a word in review."""
    text = text.rstrip()  # the ends first: the pattern search is asked of every paragraph
    return text[-1:] in ("）", ")") and text[:-1].rstrip().endswith("电") and bool(bl.DATELINE.search(text))
