"""Whose sentence goes on at a line: the claims the cut lines of a column page have on the lines after them.

Why a module of its own: where the OCR cut a column, a line is read on from the line above it only when no
other open line nearby has a stronger claim on it (a word it began, a quote or list it left open, a lead whose
last word goes on under its headline).  How far a claim reaches is counted in printed lines of a common column
(:func:`_reach`): the same text takes more lines in a narrower one.
"""
from __future__ import annotations

import bisect
import re

from unionnews.ingest import byline as bl
from unionnews.ingest.continuity import (BOUND, LONE_CLAUSE, after_place_word, cut_end, cut_off, cut_start, frequency,
                                         list_cut, needs_more, quote_fit, quote_state, starts_bound, tokenizer,
                                         word_across)
from unionnews.ingest.normalize import is_terminal
from unionnews.ingest.paragraphs.lines import (_CLAUSE_MARK, _PAIRS, _balanced, _content, _measure, _starts_item,
                                               _whole_line_item, headline_shaped)


_NEAR = 60  # printed lines: how far a cut column's sentence may go on (as the reading-order stage looks)
_NUMERALS = "〇零一二三四五六七八九十百千万亿两"
_NEAR_WIDTH = 12  # the column width (characters) _NEAR's lines are counted in: a common newspaper column


def _reach(width: int) -> int:
    """How many printed lines a cut column's sentence may go on within: :data:`_NEAR`, or in a column
    narrower than :data:`_NEAR_WIDTH` the lines that hold as much text (the same page printed 7
    characters wide takes nearly twice the lines, and its pieces stand that many lines apart)."""
    return max(_NEAR, _NEAR * _NEAR_WIDTH // width) if width else _NEAR


def _near(lines: list[str], cuts: list[int], j: int, width: int = 0) -> tuple[int, int]:
    """The slice of ``cuts`` within :func:`_reach` printed lines of line j.  Blank lines do not count:
    stray ones the OCR scattered would push a cut line out of reach, and the reading-order stage,
    which reads the page without them, still looks that far."""
    reach = _reach(width)
    lo, hi, seen = j, j, 0
    while lo > 0 and seen < reach:
        lo -= 1
        seen += bool(lines[lo].strip())
    seen = 0
    while hi < len(lines) - 1 and seen < reach:
        hi += 1
        seen += bool(lines[hi].strip())
    return bisect.bisect_left(cuts, lo), bisect.bisect_right(cuts, hi)


def _claimed_elsewhere(lines: list[str], cuts: list[int], i: int, j: int, width: int = 0) -> str | None:
    """A cut line near line j whose sentence the text of line j goes on (a word across the join, a
    place after 在): evidence that j was read after the wrong line.  The word, or None."""
    return next((word for _, word in _claims(lines, cuts, i, j, width)), None)


def _number_claimed(lines: list[str], cuts: list[int], i: int, j: int, width: int = 0) -> bool:
    """Does line j begin with a digit, or 余 (300 | 余名), that goes on a number a cut line near it ends
    with (来自8 | 0家企业…: the column was cut inside the number 80)?  A headline over it may end on a whole
    word, and the digit then reads on from neither side's words: the number is the cut line's, as a word
    across would be."""
    cb = _content(lines[j])
    if not (cb[:1].isdigit() or cb[:1] == "余"):
        return False
    lo, hi = _near(lines, cuts, j, width)
    return any(k not in (i, j) and _content(lines[k])[-1:].isdigit() for k in cuts[lo:hi])


def _claims(lines: list[str], cuts: list[int], i: int, j: int, width: int = 0):
    """Each cut line near line j (not i or j) that goes on at line j (:func:`_claimed_elsewhere`), and the word."""
    cb = _content(lines[j])
    lo, hi = _near(lines, cuts, j, width)
    for k in cuts[lo:hi]:
        if k in (i, j):
            continue
        ck = _content(lines[k])
        word = word_across(ck, cb) or after_place_word(ck, cb)
        if word and not _goes_on_in_place(lines, k):
            yield k, word


def _goes_on_in_place(lines: list[str], k: int) -> bool:
    """Does cut line k's own next printed line go on its broken word (…座谈交 | 流暨联谊…: 交流)?  Its sentence
    then reads on where it stands, and a word it makes with a line further off (…座谈交 | 与效率: 交与) is
    chance, no claim on that line."""
    return word_across(_content(lines[k]), _content(_next_printed(lines, k))) is not None


def _in_lead(lines: list[str], k: int) -> bool:
    """Is line k a lead's first line of text (本报讯（记者…）近日，青海省果), its credit on it or on the full
    lines right above it (本报讯 (记者邢生祥) | 近日，青海省果: in a narrow column the credit fills a line)?"""
    return bool(_lead_rest(lines, k)[1].strip())


def _lead_rest(lines: list[str], k: int) -> tuple[int, str]:
    """The line a lead begins on, line k or one of the three printed lines above, and its text after the credit
    up to the end of line k (本报讯 (记者李丰 通讯员袁蓉 | 生)日: 日); (-1, "") where no lead begins there."""
    text, m, seen = _content(lines[k]), k, 0
    while True:
        lead = bl.LEAD.match(text)
        if lead:
            return m, text[lead.end():]
        m -= 1
        while m >= 0 and not lines[m].strip():
            m -= 1
        if m < 0 or seen >= 3:
            return -1, ""
        text, seen = _content(lines[m]) + text, seen + 1


def _lead_end_claim(lines: list[str], leads: list[int], i: int, j: int, width: int) -> str | None:
    """A lead's full last line near line j (one of ``leads``: :func:`_lead_cut_lines`), not line i, whose last
    word goes on at line j, the two characters each cut off where they were printed (:func:`cut_off`: …袁蓉生)日
    | 前，中铁五局…; …青海省果 | 洛藏族…).  The word, or None."""
    cb = _content(lines[j])
    lo, hi = _near(lines, leads, j, width)
    for k in leads[lo:hi]:
        ck = _content(lines[k])
        word = word_across(ck, cb)
        if k not in (i, j) and word and cut_off(ck, cb):
            return word
    return None


def _whole_heading(text: str) -> bool:
    """A line that could be a whole headline: every quote, bracket and title mark it opens closed on it
    (「以『匠心所能』助力『数智 is a sentence's start), and no number at its end that a measure word or a
    unit on the next line would finish (…成立100 | 周年)."""
    return all(text.count(a) == text.count(b) for a, b in _PAIRS[:6]) and not text[-1:].isdigit()


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
    (…培育摇篮 | 等相关部门…), or whose 、 awaits j's one short item and its 等 (…心理舒缓室、 and …打 |
    技能微课堂等…: :func:`_item_closed`), or a word it began that j's first characters end while line i stops on 在
    and a place name begins a line elsewhere (:func:`_place_elsewhere`)?  The reading-order stage weighs
    the same evidence.  Where line i stops on 在 so, j's first character standing alone in its line (a
    broken word's end, :func:`cut_off`: …建设工会在 | 程公司…, no place) and a short line near that began the
    word (:func:`_broken_word_begun`) are claim enough, though that line is not found as a cut line
    (…结束后， | 中铁七局集团西铁 | 工: no mark on the line above it)."""
    cb = _content(lines[j])
    unopened = quote_fit((False, False), cb) < 0 and quote_state(_since_sentence_end(lines, j)) == (False, False)
    closer = (cb.startswith("等") or _item_closed(cb)) and not _short_list_open(_content(lines[i]))
    place = _place_elsewhere(lines, i, j)  # then a word across from a cut line is the other side's evidence
    if not (unopened or closer or place):
        return False
    if place and cut_off(_content(lines[i]), cb) and not after_place_word(_content(lines[i]), cb) \
            and _broken_word_begun(lines, i, j):
        return True  # j's first character stands alone, a broken word's end (程 | 公司…), and no place follows 在
    lo, hi = _near(lines, cuts, j)
    for k in cuts[lo:hi]:
        if k in (i, j):
            continue
        ck = _content(lines[k])
        if (unopened and quote_fit(quote_state(ck), cb) > 0) or (closer and _list_waits(ck, cb)) \
                or (place and word_across(ck, cb)):
            return True  # the last: …西铁工 | 程公司… spans a word, and …建设工会在 goes on at 西安…
    return False


_ITEM_CLOSED = re.compile(r"[\u4e00-\u9fff]{2,6}(?=等)")


def _item_closed(cb: str) -> bool:
    """Does ``cb`` begin with one short item and the 等 that closes its enumeration, standing alone as a word in
    the line's segmentation (技能微课堂等特色功能区…; not 平等…, 等级…)?"""
    m = _ITEM_CLOSED.match(cb)
    if m is None:
        return False
    at = 0
    for token in tokenizer().cut(cb[:m.end() + 4], HMM=False):
        if at == m.end():
            return token == "等"
        at += len(token)
    return False


def _list_waits(ck: str, cb: str) -> bool:
    """Does cut line ``ck`` stop in an enumeration ``cb``'s 等 closes: after an item (…、省总工会 | 等相关部门…), or
    on the 、 before one, its items short (…法律援助咨询台、心理舒缓室、 | 技能微课堂等…)?"""
    if cb.startswith("等"):
        return list_cut(ck)
    return ck.endswith("、") and _short_list_open(ck[:-1] + "、" + cb[:_ITEM_CLOSED.match(cb).end()])


def _broken_word_begun(lines: list[str], i: int, j: int) -> bool:
    """Is there a printed line near line j (not i or j), shorter than line i (a full line) and not ending a
    sentence, whose last character begins the word j's first character ends, each standing alone where it
    was printed (…中铁七局集团西铁 | 工 and 程公司…: :func:`cut_off`)?  A cut line, though :func:`_cut_lines` may
    not know it for one (no sentence mark on the line above it)."""
    cb, full = _content(lines[j]), _measure(lines[i])
    printed = [k for k in range(max(0, j - 2 * _NEAR), min(len(lines), j + 2 * _NEAR)) if lines[k].strip()]
    at = printed.index(j)
    for k in printed[max(0, at - _NEAR):at + _NEAR + 1]:
        ck = _content(lines[k])
        if k not in (i, j) and _measure(lines[k]) < full and not is_terminal(ck) and word_across(ck, cb) \
                and cut_off(ck, cb):
            return True
    return False


_DOMINANT = 10  # how many times commoner than any other the word with one far line must be to name that line


def _printed_near(lines: list[str], k: int) -> list[int]:
    """The printed lines within :data:`_NEAR` printed lines of line k (k among them)."""
    printed = [n for n in range(max(0, k - 2 * _NEAR), min(len(lines), k + 2 * _NEAR)) if lines[n].strip()]
    at = printed.index(k)
    return printed[max(0, at - _NEAR):at + _NEAR + 1]


def _lone_clause_goes_on(lines: list[str], k: int) -> int | None:
    """The printed line whose first character ends the word line k's last clause began, where line k stops one
    character into a clause (…常来这歇脚，特) and that character stands alone where it was printed: the one line
    near whose first character, standing alone too (:func:`cut_off`), makes a dictionary word with it (特 | 别是在…:
    特别), that word :data:`_DOMINANT` times commoner than any other such line's; else None.  A line whose first
    character a word across its own line break takes (…他们当 | 作家人…: 当作) is no candidate, unless that break
    is line k's own (…标准化、科 | 学化…: the word is the same); and a clause whose own next line makes a word with
    it (…名额，参 | 保费用…: 参保) goes on where it is printed, whatever words it makes elsewhere.

    Why: a clause of one character that is no word of its own is a word a line break cut, and its rest begins a
    line; a character makes words with the first characters of several lines by chance, each about as common, so
    only a word far commoner than every rival's names the line the sentence goes on at, and only one commoner than
    the character is as a word of its own (特别 outweighs 特; …结束，能 | 级… does not: 能 alone far outweighs
    能级, so 能 is the clause's first word and its rest the next line's).  A word is weighed at least as its two
    characters across the join are (特 | 别是在…: 特别, though the segmentation reads 特别是在)."""
    ck = _content(lines[k])
    if not LONE_CLAUSE.search(ck) or not cut_end(ck):
        return None
    below = next((_content(line) for line in lines[k + 1:k + 4] if line.strip()), "")
    if word_across(ck, below) or frequency(ck[-1] + below[:1]):
        return None
    found, above = [], None
    for n in _printed_near(lines, k):
        cn = _content(lines[n])
        if n != k and cut_start(cn) and (word := word_across(ck, cn)) and \
                not (above not in (None, k) and word_across(_content(lines[above]), cn)):
            found.append((max(frequency(word), frequency(ck[-1] + cn[:1])), n))
        above = n
    found.sort(reverse=True)
    if not found or (len(found) > 1 and found[0][0] < _DOMINANT * max(found[1][0], 1)) or \
            found[0][0] <= frequency(ck[-1]):
        return None
    return found[0][1]


def _cut_word_elsewhere(lines: list[str], i: int, j: int) -> bool:
    """Is the file's join of line i and line j (no word across it) parted by a word a line break cut, at either of
    its ends: line i stops one character into a clause whose word another line's first character ends
    (…常来这歇脚，特 | 新建驿站… with 别是在寒冷的冬天… printed elsewhere), or line j's first character ends the word
    another line's lone last clause began (…随时能歇 | 别是在… with …歇脚，特 printed elsewhere)?
    (:func:`_lone_clause_goes_on`.)  Not where the two characters across the file's join are a dictionary word
    after all (…保障为主 | 要内容…: 主要, which the segmentation reads apart).

    Why: a column piece the OCR read apart whose last line happens to fill the column, stopping mid-sentence, is
    joined to the piece read after it on the column's width alone; the word its last clause began, ended at the
    start of a far line, is the text's evidence that the piece ends there."""
    ca, cb = _content(lines[i]), _content(lines[j])
    if frequency(ca[-1:] + cb[:1]):
        return False
    if _lone_clause_goes_on(lines, i) not in (None, j):
        return True
    if not cut_start(cb):
        return False
    return any(_lone_clause_goes_on(lines, k) == j for k in _printed_near(lines, j)
               if k not in (i, j) and LONE_CLAUSE.search(_content(lines[k])))


def _short_list_open(text: str) -> bool:
    """Does ``text`` stop inside an enumeration of short items in its last clause (朗诵、情景剧、音画与合唱:
    items after the first of at most six characters)?  Then a 等 on the next line closes that list, on
    this line's own evidence, and a rival cut line's open list is no better claim on it."""
    items = re.split(r"[，。；：！？,;:!?]", text)[-1].split("、")
    return len(items) >= 2 and all(0 < len(item) <= 6 for item in items[1:])


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


def _lead_goes_on_elsewhere(lines: list[str], i: int, j: int, width: int, text: str | None = None) -> bool:
    """Is line i the first line of a lead (本报讯（记者…）近日，青海省果: its text begun, stopping on a
    character) whose last word goes on at a printed line within :func:`_reach` (the narrower the column, the
    more lines the same text takes), other than line j, that begins a paragraph where it stands (the printed
    line before it is shorter than the column and ends a sentence, or has a headline's shape: no clause mark,
    not stopping on 在, 的 …)?  ``text``: the lead as far as line i where it began on a line above
    (:func:`~unionnews.ingest.paragraphs.columns._lead_so_far`), else line i's own."""
    ca = _content(lines[i]) if text is None else text
    m = bl.LEAD.match(ca)
    rest = ca[m.end():].strip() if m else ""
    if not rest or rest[:1] in "（(" or not re.search(r"[\u4e00-\u9fff]$", ca) or any(quote_state(ca) or ()):
        return False  # a quote the lead opened goes on at its next line (…“深夜跑单 | 结束，能有…); a credit
        # whose bracket is still open (本报讯 (记者邢生 | 祥)…) is no text begun: its name goes on at the next line
    reach = _reach(width)
    printed = [k for k in range(max(0, i - 3 * reach), min(len(lines), i + 3 * reach)) if lines[k].strip()]
    at = printed.index(i)
    for pos in range(max(1, at - reach), min(len(printed), at + reach + 1)):
        k, above = printed[pos], printed[pos - 1]
        if k in (i, j) or above == i or _measure(lines[above]) >= width:
            continue
        ck, cabove = _content(lines[k]), _content(lines[above])
        ends = is_terminal(cabove) or (headline_shaped(lines[above]) and not _CLAUSE_MARK.search(cabove)
                                       and not needs_more(cabove) and cabove[-1:] not in BOUND)
        if ends and word_across(ca, ck):
            return True
    return False


def _next_printed(lines: list[str], j: int) -> str:
    """The printed line after line j ("" at the page's end)."""
    return next((line for line in lines[j + 1:] if line.strip()), "")


def _run_over_claimed(lines: list[str], cuts: list[int], j: int, run: str, k: int, width: int,
                      sole: bool = False, leads: list[int] = ()) -> str | None:
    """:func:`_headline_over_claimed` for the run ``run`` of lines j…k.  ``sole``: for a run of full lines,
    where no short line says the headline ends there, only where a single cut line has a claim on the
    text after the run (a character that begins many words, 子 after …圈, …果 and …推, claims nothing), that
    line a lead's first line of text (the text is a displaced lead's rest: any cut line of text ending on a
    character claims the next line's first one by chance, …多少 | 项成果 by 一项) whose last character and
    the text's first each stand alone where they were printed (:func:`cut_off`), and only where the run
    ends on a word of two characters or more, not a number, with its quotes closed."""
    if not 5 <= len(run) <= 40 or _CLAUSE_MARK.search(run) or not _balanced(run) or run[-1:] in BOUND \
            or needs_more(run) or _starts_item(lines[j]) or _whole_line_item(run) or is_terminal(run) \
            or run.count("'") % 2 or run.count("‘") != run.count("’") or starts_bound(run) \
            or run.endswith(("—", "-")):
        return None  # (a run ending on a dash is a kicker: what its dash leads to is the title, not text)
    m = next((m for m in range(k + 1, len(lines)) if lines[m].strip()), None)
    if m is None or _starts_item(lines[m]) or _whole_line_item(_content(lines[m])) or word_across(run, _content(lines[m])):
        return None  # a word running on into the next line: the run is text, not a headline
    if sole:
        if len(list(tokenizer().cut(run[-8:], HMM=False))[-1]) < 2 or not _whole_heading(run) \
                or run[-1:] in _NUMERALS:
            return None  # a headline ends on a whole word, not on a character standing alone (…技术指导张 | 子娟…),
            # nor on a number a measure word on the next line would finish (…党的二十 | 届四中全会…)
        claims = list(_claims(lines, cuts, k, m, width))
        if not claims:
            return _lead_end_claim(lines, leads, k, m, width)
        if len({word for _, word in claims}) != 1 \
                or not any(_in_lead(lines, k) and cut_off(_content(lines[k]), _content(lines[m])) for k, _ in claims):
            return None  # one claim, by a lead cut mid-word (…青海省果 | 洛藏族…), or none; or one word claimed by more
            # cut lines, one of them such a lead's (two briefs of one formula, …为快 twice over 递员…): the text under
            # the run goes on one of them, not on the run
        return claims[0][1]
    return _claimed_elsewhere(lines, cuts, k, m, width) or _lead_end_claim(lines, leads, k, m, width)
