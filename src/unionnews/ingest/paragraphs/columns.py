"""Where paragraphs end on a page printed one line per printed line of a column.

Columnar pages (Tesseract, PaddleOCR …: one printed line per line): most lines
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
"""
from __future__ import annotations

import bisect
import re

from unionnews.ingest import byline as bl
from unionnews.ingest.continuity import (BOUND, OPENERS, after_place_word, bound_end, bound_start, closes_list, cut_off,
                                         list_cut, needs_more, quote_fit, quote_state, starts_bound, tokenizer,
                                         word_across)
from unionnews.ingest.normalize import is_terminal
from unionnews.ingest.paragraphs.lines import (CLOSING_QUOTES, HEADLINE_BLOCK, NO_END, NO_START, SOFT, _CLAUSE_MARK,
                                               _INDENT, _LABEL, _MARKUP, _PAIRS, _REFERS_BACK, _ROLES, _SENTENCE_MARK,
                                               _balanced, _byline_goes_on, _closes, _completed_across, _content,
                                               _credit_cut, headline_shaped, _join, _measure, _opens, _printed_across,
                                               _split_dash, _starts_item, _whole_line_item, pushed_down)


# phrases parted by single spaces on a line of their own: a headline (公交驾驶员 赛场展技能; 会聚巾帼 匠心筑梦
# 第二届…论坛在京举办: a kicker's phrases, then the title); column text has marks, and the OCR's join spaces
# fall anywhere (三 大发展困境)
_PARALLEL = re.compile(r"[\u4e00-\u9fff“”]{3,12}(?: [\u4e00-\u9fff“”]{3,12}){1,2}|"
                       r"[\u4e00-\u9fff“”]{3,6} [\u4e00-\u9fff“”]{3,6} [\u4e00-\u9fff“”]{3,16}")

_NEAR = 60  # printed lines: how far a cut column's sentence may go on (as the reading-order stage looks)
_CLAUSE_END = "，,；;"  # marks that end a clause, where a column piece the OCR cut may stop
_NUMERALS = "〇零一二三四五六七八九十百千万亿两"
_NEAR_WIDTH = 12  # the column width (characters) _NEAR's lines are counted in: a common newspaper column


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
    """Do lines j… (up to the first line shorter than the column, or before one wider than it: set in another
    column, as a subhead under a headline its own item's width filled, it begins another item) read as a
    headline: at most 40 characters with no sentence punctuation but a final ？ or ！?  With ``lead``, the printed
    line after the run must also open an item (a lead, a byline, markup, or a lead on its date under a run
    :func:`_over_dated_lead` reads as a headline: 操场上的“工匠课” | 11月13日下午，…): a headline's other side."""
    run, k, lines_in = "", j, 0
    while k < len(lines):
        if not lines[k].strip():
            k += 1
            continue
        if lines_in and _measure(lines[k]) > width + 2:
            break  # wider than the column, even with marks hung past its end: set in another, another item
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
        return (_starts_item(after) or bl.is_byline(_content(after))
                or _over_dated_lead(run, _content(lines[k - 1]), _content(after)))
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
        if pushed_down(line, _measure(line), at[i], after):
            continue  # a character or two carried down with a mark no line starts with (推出): a full line
        if (t and not _MARKUP.match(line.strip()) and (_measure(line) < at[i] or _full_before_lead(t, after))
                and not is_terminal(t)
                and (tail or _SENTENCE_MARK.search(t) or _stops_open(t) or _ends_lead_begun(lines, i))
                and not _whole_line_item(t)
                and not _LABEL.search(t)):
            out.append(i)
    return out


def _full_before_lead(t: str, after: str) -> bool:
    """Does a line as wide as the column stop mid-clause (on no mark) right above a lead (本报讯（记者…）)?
    A lead begins a paragraph whatever the line above it, so that line ends its paragraph's text in the
    file though it fills the column: a cut column piece that happens to fill its last line (…贵州省人社厅、省总
    工会 over 本报讯…), whose sentence goes on somewhere else, as a short line's would."""
    return t[-1:] not in NO_END and not _SENTENCE_MARK.search(t[-1:]) and bool(bl.LEAD.match(_content(after)))


def _stops_open(t: str) -> bool:
    """Does a line stop where no headline or paragraph stops: after a lead's credit (本报讯（记者…）日),
    on an enumeration's 、, or with a quote or bracket left open?  Its sentence has begun."""
    m = bl.LEAD.match(t)
    return bool(m and t[m.end():].strip()) or _opens(t) or any(quote_state(t) or ())


def _ends_lead_begun(lines: list[str], i: int) -> bool:
    """Is line i a lead's first line of text, its credit closed on the lines above (本报讯 (记者李丰 通讯员袁蓉 |
    生)日: the credit filled the line above, and 日 is all its text so far), with no sentence's end?  As a lead on
    one line (:func:`_stops_open`), its sentence has begun."""
    rest = _lead_rest(lines, i)[1].strip()
    return bool(rest) and len(rest) <= len(_content(lines[i])) and not re.search(r"[。！？!?]", rest)


def _after_cut(lines: list[str], cuts: list[int], i: int) -> bool:
    """Does the printed line before line i end a column the OCR cut (one of ``cuts``)?"""
    k = i - 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    pos = bisect.bisect_left(cuts, k)
    return k >= 0 and pos < len(cuts) and cuts[pos] == k


def _ends_word_above(lines: list[str], i: int) -> bool:
    """Does line i's first character finish the word the printed line above it stops in, each standing alone
    where it was printed (…勇毅前行，为奋 | 力谱写中国式现代化: 奋力)?  Line i then goes on that line's sentence, a
    short line only because the OCR cut the column there: it is no headline, however headline-shaped."""
    k = next((m for m in range(i - 1, -1, -1) if lines[m].strip()), None)
    if k is None:
        return False
    above, line = _content(lines[k]), _content(lines[i])
    return word_across(above, line) is not None and cut_off(above, line)


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


def _lead_cut_lines(lines: list[str], width: int | list[int]) -> list[int]:
    """Full lines that end a lead's text so far (本报讯（记者邢生祥）近日，青海省果 filling its line; in a
    narrow column 本报讯 (记 | 者李丰 通讯 | 员袁蓉生)日, the credit filling the lines above): its credit
    closed, a line or two of text after it at most, no sentence's end there, stopping on a character, no
    quote open and no word running on into the next printed line; the first such line of each lead.  The
    OCR may have cut the column there though the line fills it (a lead's first line of text is rarely its
    paragraph's end), so its last word may claim a line elsewhere as a short cut line's does
    (:func:`_lead_end_claim`).  ``width``: the column's, or each line's."""
    at = width if isinstance(width, list) else [width] * len(lines)
    printed = [k for k, t in enumerate(lines) if t.strip()]
    out, lead_at = [], -1
    for pos, k in enumerate(printed[:-1]):
        if _measure(lines[k]) < at[k]:
            continue
        first, rest = _lead_rest(lines, k)
        rest = rest.strip()
        if (first >= 0 and first != lead_at and rest and rest[:1] not in "（(" and len(rest) <= 2 * at[k]
                and not re.search(r"[。！？；!?;]", rest) and re.search(r"[\u4e00-\u9fff]$", rest)
                and not any(quote_state(rest) or ())
                and word_across(_content(lines[k]), _content(lines[printed[pos + 1]])) is None):
            out.append(k)
            lead_at = first
    return out


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


def _claimed_heading(lines: list[str], j: int, width: int) -> bool:
    """After a sentence's end: is line j a headline that fills its line (a whole one, no mark but 、, not
    opening on a word no sentence begins with), the line after it, text, going on a lead left hanging
    (:func:`_left_hanging`) and on none of line j's words?  Then the headline begins a paragraph here and
    stands apart from that line (the rule at the next line, with the paragraph before now finished)."""
    k = next((m for m in range(j + 1, len(lines)) if lines[m].strip()), None)
    cj = _content(lines[j])
    if k is None or _measure(lines[j]) < width or not headline_shaped(cj) or _CLAUSE_MARK.search(cj):
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
    the same evidence.  Where line i stops on 在 so, j's first character standing alone in its line (a
    broken word's end, :func:`cut_off`: …建设工会在 | 程公司…, no place) and a short line near that began the
    word (:func:`_broken_word_begun`) are claim enough, though that line is not found as a cut line
    (…结束后， | 中铁七局集团西铁 | 工: no mark on the line above it)."""
    cb = _content(lines[j])
    unopened = quote_fit((False, False), cb) < 0 and quote_state(_since_sentence_end(lines, j)) == (False, False)
    closer = cb.startswith("等") and not _short_list_open(_content(lines[i]))
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
        if (unopened and quote_fit(quote_state(ck), cb) > 0) or (closer and list_cut(ck)) \
                or (place and word_across(ck, cb)):
            return True  # the last: …西铁工 | 程公司… spans a word, and …建设工会在 goes on at 西安…
    return False


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


def _lead_goes_on_elsewhere(lines: list[str], i: int, j: int, width: int, text: str | None = None) -> bool:
    """Is line i the first line of a lead (本报讯（记者…）近日，青海省果: its text begun, stopping on a
    character) whose last word goes on at a printed line within :func:`_reach` (the narrower the column, the
    more lines the same text takes), other than line j, that begins
    a paragraph where it stands (the printed line before it is shorter than the column and ends a
    sentence, or has a headline's shape: no clause mark, not stopping on 在, 的 …)?  ``text``: the lead
    as far as line i where it began on a line above (:func:`_lead_so_far`), else line i's own."""
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


def _lead_cut_above(lines: list[str], i: int, width: int, plain: str) -> bool:
    """Is the lead ``plain`` (its text up to line i) already one whose last word goes on elsewhere at the
    printed line above line i (:func:`_lead_goes_on_elsewhere`: 本报讯 (记者邢生 | 祥)近日，青海省果, then
    加强与驻京装备制造)?  The OCR cut the lead's column there or nowhere: the line under it is another
    piece's, or the lead's own going on, and its end is no lead's first line, whose last word a chance
    word across (制造 | 业…) would send elsewhere again."""
    k = next((m for m in range(i - 1, -1, -1) if lines[m].strip()), None)
    if k is None:
        return False
    ck, ca = _content(lines[k]), _content(lines[i])
    above = plain[:len(plain) - len(ca)].rstrip()
    if not above or word_across(ck, ca) is not None or not (above == ck or _lead_so_far(above, width)):
        return False
    return _lead_goes_on_elsewhere(lines, k, i, width, None if above == ck else above)


def _lead_so_far(plain: str, width: int) -> bool:
    """Is ``plain`` (a paragraph's text up to a full line) a lead whose credit filled the lines above
    (本报讯（记者… 通讯员…）日 in a column of 6–10 characters: 本报讯 and its credit longer than a line,
    so the bracket opens on one line and closes on another), with no more of its text after the credit than a
    line or two of the column, and no sentence's end there (its first sentence still open)?  Such a run of full lines is, to the column, what
    a lead's first line is in a wider one: the last of them may be where the OCR cut the column, and
    its last word may go on elsewhere (:func:`_lead_goes_on_elsewhere`).  A comma may stand there (the
    dateline's: 近日，青海省果), a sentence's end may not."""
    m = bl.LEAD.match(plain)
    if not m or not m.group("inner") or m.end() <= width:
        return False  # (a credit the column holds on one line: its lead's first line is a line of its own)
    rest = plain[m.end():]
    return bool(rest.strip()) and len(rest) <= 2 * width and not re.search(r"[。！？；!?;]", rest)


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
            and not _whole_line_item(run) and bool(bl.DATED_LEAD.match(nxt))
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


def _shortest_dated_heading(lines: list[str], j: int, width: int) -> bool:
    """Do full lines j… read as a headline over a dated lead (:func:`_dated_heading`), and not lines from the next
    printed line on as well?  After a column the OCR cut mid-sentence the piece's own full lines may run on
    into the headline (…结束后，某市 | 建筑安装集团第一分 | 操场上的“急救课” | 10月9日下午，…): the headline is the
    shortest run over the lead, as a headline over a lead is (:func:`_heading_run`)."""
    k = next((m for m in range(j + 1, len(lines)) if lines[m].strip()), None)
    return _dated_heading(lines, j, width) and not (k is not None and _dated_heading(lines, k, width))


def _headline_over_claimed(lines: list[str], cuts: list[int], j: int, width: int, leads: list[int] = ()) -> str | None:
    """Do lines j… (up to the first line shorter than the column) read as a headline (5–40
    characters, no clause mark, quotes closed, not ending on 的/等/和 …) over text that goes on
    another cut line's sentence (a dictionary word across, a place after 在)?  Then that text is a
    displaced lead's rest under its headline, as the OCR read it.  The word, or None.

    A headline that exactly fills its lines (14 characters in a column of 7) runs on into the text under
    it with no short line to end it, so a run of full lines is also tried up to each of its full lines
    (…牵线搭桥， | 果洛州搭建跨区 | 域工会交流平台 | 洛藏族自治州总 | …, read after …青海省果): the text after
    that line must still go on a cut line's sentence, and no word may run across into it.  As no short line
    shows where such a headline ends, only in a narrow column (under :data:`_NEAR_WIDTH`: a headline
    fills its lines exactly one time in a few there, while in a wider one a run of full lines read so is
    text far more often than a headline), after a line that stops on a clause's end (，；): a full line
    stopping mid-clause goes on at its next line as a rule (…市总工会、密云区 | 总工会相关负责人 | 和…,
    whose 和 a chance 共 elsewhere would claim)."""
    run, k = _run(lines, j, width)
    word = _run_over_claimed(lines, cuts, j, run, k, width, leads=leads)
    above = next((m for m in range(j - 1, -1, -1) if lines[m].strip()), None)
    if word or k >= len(lines) or above is None or not _ends_clause(lines[above]) or width >= _NEAR_WIDTH:
        return word
    text = ""
    for m in range(j, k):
        if not lines[m].strip():
            continue
        text += _content(lines[m])
        if len(text) > 40:
            break
        word = _run_over_claimed(lines, cuts, j, text, m, width, sole=True, leads=leads)
        if word:
            return word
    return None


def _ends_opening_straight_quote(text: str) -> bool:
    """Does ``text`` (a paragraph so far) stop on a straight quote that opens a quotation (…更要' : an odd
    count of that mark so far)?  As a curly opening quote (:data:`NO_END`), it never ends a printed line,
    so the quotation goes on at the next line; the straight form does not say which way it faces, its
    count does."""
    end = text.rstrip()[-1:]
    return end in ("'", '"') and text.count(end) % 2 == 1


def _next_printed(lines: list[str], j: int) -> str:
    """The printed line after line j ("" at the page's end)."""
    return next((line for line in lines[j + 1:] if line.strip()), "")


def _names_again(head: str, text: str) -> bool:
    """Does ``text`` name, in its first words, what the headline ``head`` opens with (its first four
    characters within the first eight: 玉溪红塔区总工会打造… over 云南玉溪红塔区总工会联合…)?  A lead names
    the headline's subject again, often after a place or a date; a headline's own next line does not."""
    return len(head) >= 4 and head[:4] in text[:8]


def _text_from(lines: list[str], j: int, size: int) -> str:
    """The text of the printed lines from line j on, as many as it takes to give ``size`` characters (a narrow
    column's line holds fewer than a lead's first words)."""
    text = ""
    for line in lines[j:]:
        if len(text) >= size:
            break
        text += _content(line) if line.strip() else ""
    return text


def _names_to_follow(so_far: str) -> bool:
    """Does the paragraph so far stop on a byline's role word (本报记者; 本报记者 李昱霖 本报通讯员), so that the names
    it gives are still to come?  No byline ends on a role; a column of a few characters holds a role alone on a
    line, one short of the column (a space after it took the last place), and read as a short line it ends the
    byline before the names."""
    t = _content(so_far).rstrip()
    return t in _ROLES or (bool(bl.BYLINE_START.match(t)) and t.endswith(tuple(" " + r for r in _ROLES)))


# a 上接 marker at a text's start, whatever follows it (:data:`~unionnews.ingest.byline.CONTINUED` is a whole line)
_CONTINUED_START = re.compile(bl.CONTINUED.pattern.rstrip("$"))


def _lead_across(lines: list[str], j: int) -> bool:
    """Does a lead's dateline marker begin at line j and run on over the next lines (本报重庆 | 9月25 | 日电（记)?
    A column of a few characters cuts the marker, which no sentence prints mid-text, so it opens a paragraph
    as it does on one line; read on its first line alone (本报重庆) it is no marker, and the headline above runs
    on into it."""
    return _content(lines[j]).startswith("本报") and bool(bl.LEAD.match(_text_from(lines, j, 16)))


def _label_headline_goes_on(lines: list[str], j: int, first: str, width: int) -> bool:
    """Under a column label, does the headline whose first full line is ``first`` go on at line j: full lines
    of a headline's shape from line j, after which the text names the headline's subject again
    (:func:`_names_again`: 玉溪红塔 | 区总工会 | … | 时休息圈 | 云南玉溪 | 红塔区…)?  A headline under a label may fill
    any number of a narrow column's lines, and its lead restates it; a headline's own next line does not."""
    head, k = first, j
    while k < len(lines) and len(head) <= HEADLINE_BLOCK:
        if not lines[k].strip():
            k += 1
            continue
        t = _content(lines[k])
        if _measure(lines[k]) < width or _CLAUSE_MARK.search(t) or not headline_shaped(head + t, HEADLINE_BLOCK):
            return False
        head += t
        k += 1
        if _names_again(head, _text_from(lines, k, 8)):
            return True
    return False


def _ends_clause(text: str) -> bool:
    """Does ``text`` stop on a clause's end (:data:`_CLAUSE_END`)?"""
    end = _content(text)[-1:]
    return bool(end) and end in _CLAUSE_END


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
    return _claimed_elsewhere(lines, cuts, k, m) or _lead_end_claim(lines, leads, k, m, width)


def _heading_cut(so_far: str, before: str, ca: str, below: str, ahead: int) -> bool:
    """Are a short line and the short line under it one headline or subhead its column cut (带动更多创 | 新成果涌现,
    a ten-character subhead in a column of nine or a big headline's type): both a headline's shape, the first
    alone in its paragraph under a finished one (or the page's first line), and a dictionary word across the
    two?  Each short line would end its paragraph, and the subhead's pieces read as a headline block of two
    lines, an item of its own cut off its story.  A headline and its subtitle, each whole, make no word across
    the break but by chance, and joined they are still the same headline's words."""
    cb = _content(below)
    return (_content(so_far) == ca and (not before or _closes(before)) and headline_shaped(ca)
            and headline_shaped(cb) and _measure(below) < ahead and word_across(ca, cb) is not None)


def _word_space_tab(above: str, line: str, width: int) -> bool:
    """Does ``line`` open on a tab that is a word space, not an indent: the line above it fills the column and ends
    no sentence (本报讯（记者刘建林 | (tab)李彦斌）…, the credit's word space)?  An engine prints indents and word spaces
    alike as a tab, and in a narrow column a word space falls at a line's start often.  A paragraph that the line
    above ends would leave it short or stop on a sentence's end; a full line going on mid-sentence goes on at the
    tab, which the other rules then read as a word space at the line's start."""
    return line[:1] == "\t" and _measure(above) >= width and not is_terminal(_content(above))


def _breaks_columnar(lines: list[str], i: int, j: int, width: int, so_far: str, before: str,
                     cuts: list[int] = (), soft: bool = False, ahead: int | None = None,
                     parted: bool = False, leads: list[int] = ()) -> bool | str:
    """In a column page: does the paragraph end between line i and line j (the next printed line)?
    ``so_far`` is the paragraph up to line i, ``before`` the paragraph before it, ``cuts`` the page's
    :func:`_cut_lines`; with ``soft``, :data:`SOFT` where the two would be joined on no evidence but
    the column's width (see :func:`paragraphs`); ``ahead`` the width of the column line j is printed in,
    where it differs from line i's (a page in two widths), for the rules that read on from line j;
    ``parted``: the page's blank lines are its paragraph ends (:func:`_blank_ends_paragraph`); ``leads`` the
    page's :func:`_lead_cut_lines`."""
    ahead = ahead or width
    a, b = lines[i].strip(), lines[j].strip()
    ca, cb = _content(a), _content(b)
    if _LABEL.search(a) or _LABEL.search(b) or _MARKUP.match(b):
        return True
    if cb[:1] in NO_START or _split_dash(ca, cb):
        return False
    if _INDENT.match(lines[j]) and not _word_space_tab(lines[i], lines[j], width):
        return True
    if j - i == 1 and _byline_goes_on(lines[i], lines[j]):
        return False
    if _names_to_follow(so_far) and re.match(r"[\u4e00-\u9fff]", cb) and not _starts_item(b):
        return False  # 本报记者 | 李昱霖 本…: a role names who follows it; a narrow column's line may hold the role alone
    if _credit_cut(so_far, lines[i], lines[j]):
        return False  # a photo credit cut before its 摄 (本报记者 王辰阳 | 摄), even where the name fills the column or
        # a stray blank stands between: one short printed run, whose 摄 alone would open the next item
    size = _measure(lines[i])
    # one short of the column when an opening mark was carried to the next line; else a line one
    # short of it is a paragraph's end (the next character would have fitted)
    full = size >= width or (size == width - 1 and cb[:1] in NO_END) or pushed_down(a, size, width, b)
    if (bl.LEAD.match(cb) or _lead_across(lines, j)) and ca[-1:] not in NO_END:
        return True  # 本报讯（…） begins a paragraph, even after a line the OCR cut on a comma or 、
    if _CONTINUED_START.match(_text_from(lines, j, 8)) and not _CONTINUED_START.match(cb):
        return True  # a 上接 marker cut over narrow lines ((上接 | 第1版）) is a paragraph of its own, as it is whole
    opens = ca[-1:] in NO_END if j - i > 1 else _opens(ca)
    if not full:
        # a short line ends its paragraph.  One that stops on an opening mark or leaves a quote or
        # bracket open was cut by the OCR (a typesetter never ends a line so, and the column had
        # room): where it goes on is for the reading order to find, on evidence.  But not inside
        # one printed run the next line completes (（上接第1 | 版）, 本报福 | 州11月13日电, 9月 | 25日): a
        # box-based engine cut the printed line in two there, and the run is whole only joined (a photo
        # credit the next line ends, 本报记者 刘欣欣/文 陈艺 | /摄: above)
        return not ((j - i == 1 and (_completed_across(ca, cb, _content(so_far)) or _marker_across(ca, cb)
                                     or _heading_cut(so_far, before, ca, lines[j], ahead)))
                    or _dash_alone_ends(lines, i, j) or (_MARKUP.match(so_far) and bound_end(ca)))
    plain = _content(so_far)
    if cb[:1] in "”’":
        return False  # a closing quote at a line's start closes a quote the line before opened
    if _closed_by_dateline(plain):
        return True  # …学生吴彤说。（本报重庆 | 9月25日电）: the story's last line, even where it fills the column
    if _closed_by_credit(plain) and not _marker_across(ca, cb):
        return True  # …开幕式。郑莉 郝赫 朱欣文 | 本报记 | 者 陈 | 艺 摄: a photo credit closes what it credits
    if not is_terminal(ca) and bl.DATELINE.fullmatch(_run(lines, j, ahead)[0]):
        return True  # a dateline (on its full lines: (本报福州11 | 月13日电)) never goes on an unfinished sentence
        # (…深夜跑 | 单结束，能有): the OCR cut the column there, and the dateline closes another story
    if ((ca[-1:] in "“‘" or (
            plain == ca and headline_shaped(ca) and not _CLAUSE_MARK.search(ca) and ca[-1:] not in BOUND
            and ((_after_cut(lines, cuts, i) and not _ends_word_above(lines, i))
                 or (before and _closes(before) and _whole_heading(ca) and not _MARKUP.match(so_far)
                     and (_SENTENCE_MARK.search(cb) or _number_claimed(lines, cuts, i, j))
                     and not starts_bound(ca) and not ca.startswith(_REFERS_BACK)))))
            and word_across(ca, cb) is None and not _printed_across(ca, cb, plain)
            and (_claimed_elsewhere(lines, cuts, i, j) or (plain == ca and _left_hanging(lines, i, j))
                 or _number_claimed(lines, cuts, i, j))):
        # a full line that leaves a quote open, or a headline filling its line after a cut column or a
        # finished paragraph, and another cut line nearby whose sentence this next line goes on (乙城工会举办
        # 读书分享会 | 享会，… with …读书分 cut below): leave the two apart.  Not across a name the line
        # gives again (中铁五局工匠学院由中铁五 | 局与…): the line is text going on, however rare the name
        return True
    if plain == ca and word_across(ca, cb) is None and _lead_goes_on_elsewhere(lines, i, j, width):
        # a lead's first line, as wide as the column, stopping mid-word (本报讯（记者…）近日，青海省果), and a
        # word across into a line that begins a paragraph where the OCR read it (洛藏族…, under a
        # headline), none into the next line: maybe a cut column piece that happens to fill the line.
        # Soft: the reading-order stage weighs that word against the next line and the other claims
        # on both (…深夜跑单 | 结束，能有 stays, though 单个 runs into 个亮灯…, which …能有 goes on at)
        return SOFT if soft else False
    if (plain != ca and _lead_so_far(plain, width) and word_across(ca, cb) is None
            and _lead_goes_on_elsewhere(lines, i, j, width, plain) and not _lead_cut_above(lines, i, width, plain)):
        # the same, where the lead's credit filled the column's lines above (本报讯 (记 | 者李丰 通讯 |
        # 员袁蓉生)日, then 提升…): the lead as far as here is its first line, read across them
        return SOFT if soft else False
    if (soft and not is_terminal(ca) and not opens and not starts_bound(plain) and word_across(ca, cb) is None
            and not (starts_bound(cb) and not starts_bound(cb, strict=True)) and _rival_claim(lines, cuts, i, j)):
        # a full line stopping mid-sentence (its paragraph begun where one may begin), then words a cut
        # line nearby has a claim on (:func:`_rival_claim`): maybe a cut column piece that happens to fill
        # the line.  Not before the end of a broken word (…特别暖 | 心。”): that goes on the line before.
        # Soft: the reading-order stage weighs the claims and joins the two again unless one wins
        return SOFT
    if (not is_terminal(ca) and ca[-1:] not in NO_END and not _ends_opening_straight_quote(plain)
            and word_across(ca, cb) is None and _headline_over_claimed(lines, cuts, j, ahead, leads)):
        # a full line stopping mid-sentence, then a headline-shaped run over text that goes on another
        # cut line's sentence: the run is a headline the OCR read after a cut column, not this line's rest
        return True
    if (width < _NEAR_WIDTH and (_ends_clause(before) or (plain == ca and _closes(before)))
            and word_across(ca, cb) is None
            and _run_over_claimed(lines, cuts, i, plain, i, width, sole=True, leads=leads)):
        # such a headline, begun after a full line stopping mid-sentence, that exactly filled its lines: it
        # ends here, where the text under it goes on another cut line's sentence; also a headline of one
        # line (某县成立劳模工匠学院 | 前，…, with …李华）日 cut elsewhere): the rule above read it as one, and
        # its one line is no sentence going on at the claimed line; and a headline of one line after a finished
        # paragraph (…参加。 | 西城区新建十家工会驿站 | 递员、…, with …为快 a lead's cut end): a lead's claim is evidence
        # enough that the line under it is not the headline's
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
    if _MARKUP.match(so_far) and ("。" in _run(lines, j, ahead)[0] or _quote_left_open(plain, _run(lines, j, ahead)[0])):
        return True  # a heading the OCR marked, then text that ends a sentence or opens a quotation: the heading
        # filled its line
    if (plain == ca and before and _LABEL.search(before) and headline_shaped(ca) and not _CLAUSE_MARK.search(ca)
            and word_across(ca, cb) is None and "。" in _run(lines, j, ahead)[0]
            and not _label_headline_goes_on(lines, j, ca, ahead)):
        return True  # the line under a column label is its headline, which filled its line (…临时休息圈 | 云南…)
    if (plain != ca and before and _LABEL.search(before) and headline_shaped(plain) and not _CLAUSE_MARK.search(plain)
            and _balanced(plain) and _names_again(plain, _text_from(lines, j, 8))
            and _SENTENCE_MARK.search(_run(lines, j, ahead)[0])):
        # a headline under a column label that filled two lines or more (玉溪红塔区总工会打造 | 户外劳动者临时
        # 休息圈), then text that names the headline's subject again (云南玉溪红塔区总工会…): the text's lead
        return True
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
            and cb[:1] in BOUND and not closes_list(cb) and word_across(ca, cb) is None
            and _bound_claimed(lines, cuts, i, j)):
        # a headline block of full lines, then text no sentence begins with (个亮灯…): the rest of a
        # cut line's sentence the OCR read under the headline, not the headline's last words.  Not a
        # conjunction or 等 (和山西省总工会…): it joins the noun the block ends on to more, as text goes on
        # (…中华全国总工会 | 和山西省总工会成立…), so it reads on from the block as well as from a cut line
        return True
    if _starts_item(b) and (is_terminal(ca) or not _SENTENCE_MARK.search(ca)):
        return True
    if is_terminal(ca) and starts_bound(cb, strict=True):
        return True  # a sentence ended and the next line cannot begin one (和…, 等…): the OCR cut the column here
    if is_terminal(ca) and cb.startswith(OPENERS) and _balanced(plain):
        return True  # a sentence ended and the next opens a paragraph by its first words (据介绍，…, 此外，…)
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
    if ((not _MARKUP.match(so_far) and (not before or _closes(before) or _cut_mid_sentence(before))
         or _title_above(before))
            and not _starts_item(so_far) and _over_dated_lead(plain, ca, cb)):
        return True  # …and it ends there: the dated lead is the next paragraph (工会送上暖“新”祝福 | 9月25日，…),
        # also under a title, whose subtitle it is (某市发布…方案 | 每年组织…难题 | 9月24日上午，…)
    if (_SENTENCE_MARK.search(plain) and not _CLAUSE_MARK.search(ca[-1:])
            and (_heading_run(lines, j, ahead, lead=True) or _shortest_dated_heading(lines, j, ahead))
            and word_across(ca, cb) is None):
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


def _title_above(before: str) -> bool:
    """Is the paragraph ``before`` a headline line (its shape, no clause mark), so that a headline-shaped paragraph
    under it is its subtitle?  A subtitle that fills its last column line runs on into a lead with no 本报讯
    marker (…每年组织…入企解难题 | 9月24日上午，…) unless the dated lead ends it as it ends a headline under a
    finished story: neither a headline nor its subtitle goes on into a sentence opening on its date."""
    return headline_shaped(before, HEADLINE_BLOCK) and not _CLAUSE_MARK.search(_content(before))


def _cut_mid_sentence(text: str) -> bool:
    """Does a paragraph stop mid-sentence on a character, not a mark, after a sentence it began (…聘任仪式结束后，
    中铁七局集团西铁工)?  A column the OCR cut: what it read next may be another item's headline, as after a
    finished paragraph."""
    t = _content(text)
    return bool(_SENTENCE_MARK.search(t)) and not _CLAUSE_MARK.search(t[-1:]) and not is_terminal(t)


def _dash_alone_ends(lines: list[str], i: int, j: int) -> bool:
    """Is line j a dash alone (——), a paragraph of its own under it (markup, a lead, a byline), and line i a
    line that ends no sentence?  A dash is never a printed line of its own: it leads on to what follows it on
    its line, and nothing does here, so it ends line i's printed line, which the OCR or a box detector cut
    before it (a kicker's …走进车间 | —— | ## 以“匠心所能”…: the kicker ends on the dash that leads to the title)."""
    cb = _content(lines[j])
    if not cb or cb.strip("—") or len(cb) % 2 or is_terminal(_content(lines[i])):
        return False
    below = next((line for line in lines[j + 1:] if line.strip()), "")
    return bool(_MARKUP.match(below.strip()) or _starts_item(below) or bl.BYLINE_START.match(_content(below)))


def _closed_by_dateline(plain: str) -> bool:
    """Does ``plain`` (a paragraph so far) end on a dateline after a finished sentence (…说。（本报重庆9月25日电）)?
    A dateline closes its story: nothing of the paragraph, nor of the story, follows it."""
    m = bl.DATELINE.search(plain)
    return bool(m and m.start() > 0 and is_terminal(plain[:m.start()].rstrip()))


def _closed_by_credit(plain: str) -> bool:
    """Does ``plain`` (a paragraph so far) end on a photo credit, after a finished sentence or alone, the credit set
    as one (names or a role parted by spaces or a slash: …开幕式。郑莉 郝赫 朱欣文本报记者 陈艺 摄)?  A credit closes its
    picture's story, and nothing of the paragraph follows it; a narrow column fills the credit's last line as
    often as not, and read as a full line it would run on into the next item's headline."""
    ends = [m.end() for m in re.finditer(r"[。！？!?][”’」』\"']*", plain)]
    tail = plain[ends[-1] if ends else 0:].strip()
    return bool(tail) and bl.is_credit(tail) and bool(re.search(r"[ \u3000/]", tail))


def _quote_left_open(heading: str, run: str) -> bool:
    """Does ``run`` (the full lines under a heading the OCR marked) open a quote it does not close, under a
    heading that closes what it quotes?  A headline closes what it quotes (:func:`_balanced`), so such a run
    is no rest of it: it is a paragraph opening on a quotation (“没想到我们改进的…), cut by the OCR where the
    run stops, and the heading filled its line exactly."""
    return _balanced(heading) and not _balanced(run)


# particles that end the word before them (设置了, 丰富的, 伙伴们): no phrase of a headline begins with one
_PARTICLES = "的了着过们得"


def _particle(text: str) -> bool:
    """Does ``text`` begin with a particle standing alone (:data:`_PARTICLES`; jieba's reading: not 的确, 过程)?"""
    return text[:1] in _PARTICLES and bound_start(text)


# the paper's marker words: a credit's 摄影报道, a lead's 本报讯, a byline's titles, 上接第…版, 转自《…》
_MARKERS = ("摄影报道", "本报讯", "本报记者", "本报通讯员", "通讯员", "上接第", "转自《")


def _marker_across(ca: str, cb: str) -> bool:
    """Does a marker word of the paper (:data:`_MARKERS`) run from the end of ``ca`` into ``cb``
    (…金宇 摄 | 影报道)?  One word to the typesetter, so the break inside it is the OCR's cut."""
    return any(ca.endswith(w[:k]) and cb.startswith(w[k:]) for w in _MARKERS for k in range(1, len(w)))
