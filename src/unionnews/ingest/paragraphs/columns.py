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
end while the full line stops on 在 and a place name begins a line elsewhere, or a word a line
break cut at either end of the join: the full line stops one character into a clause whose word a far line's
first character ends, or the next line's first character ends such a word (a cut column piece that happens
to fill the line, common in wide columns).
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
from unionnews.ingest.continuity import (BOUND, OPENERS, bound_end, bound_start, closes_list, cut_end, cut_off,
                                         list_cut, opens_on_time, quote_fit, quote_state, quote_states, starts_bound,
                                         word_across)
from unionnews.ingest.normalize import is_terminal, undecorated
from unionnews.ingest.paragraphs.lines import (NO_END, NO_START, SOFT, _CLAUSE_MARK, _INDENT, _LABEL, _MARKUP,
                                               _REFERS_BACK, _SENTENCE_MARK, _balanced, _byline_goes_on, _closes,
                                               _completed_across, _content, _credit_cut, _join, _measure, _opens,
                                               _printed_across, _split_dash, _starts_item, _whole_line_item,
                                               headline_shaped, pushed_down, repeated_across)
from unionnews.ingest.paragraphs.claims import (_NEAR_WIDTH, _bound_claimed, _claimed_elsewhere, _cut_word_elsewhere,
                                                _lead_goes_on_elsewhere, _lead_rest, _next_printed, _number_claimed,
                                                _rival_claim, _run_over_claimed, _whole_heading)
from unionnews.ingest.paragraphs.column_heads import (_claimed_heading, _dated_heading, _heading_cut, _heading_run,
                                                      _label_headline_goes_on, _lead_across, _left_hanging,
                                                      _names_again, _names_to_follow, _over_dated_lead, _word_end_alone,
                                                      opening, _shortest_dated_heading, _text_from, _title_above)


# phrases parted by single spaces on a line of their own: a headline (公交驾驶员 赛场展技能; 会聚巾帼 匠心筑梦
# 第二届…论坛在京举办: a kicker's phrases, then the title); column text has marks, and the OCR's join spaces
# fall anywhere (三 大发展困境)
_PARALLEL = re.compile(r"[\u4e00-\u9fff“”]{3,12}(?: [\u4e00-\u9fff“”]{3,12}){1,2}|"
                       r"[\u4e00-\u9fff“”]{3,6} [\u4e00-\u9fff“”]{3,6} [\u4e00-\u9fff“”]{3,16}")
_HAN_END = re.compile(r"[\u4e00-\u9fff]$")  # a line stopping on a Chinese character, not a mark
# a quote a line may open on, by its kind as quote_state reads it (0 double, 1 single), either width
_QUOTE_KIND = {"”": 0, '"': 0, "＂": 0, "’": 1, "'": 1}
_CLAUSE_END = "，,；;"  # marks that end a clause, where a column piece the OCR cut may stop


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


def _lead_cut_above(lines: list[str], i: int, width: int, plain: str) -> bool:
    """Is the lead ``plain`` (its text up to line i) already one whose last word goes on elsewhere at the
    printed line above line i (:func:`~.claims._lead_goes_on_elsewhere`: 本报讯 (记者邢生 | 祥)近日，
    青海省果, then 加强与驻京装备制造)?  The OCR cut the lead's column there or nowhere: the line under it
    is another piece's, or the lead's own going on, and its end is no lead's first line, whose last word a
    chance word across (制造 | 业…) would send elsewhere again."""
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
    its last word may go on elsewhere (:func:`~.claims._lead_goes_on_elsewhere`).  A comma may stand there (the
    dateline's: 近日，青海省果), a sentence's end may not."""
    m = bl.LEAD.match(plain)
    if not m or not m.group("inner") or m.end() <= width:
        return False  # (a credit the column holds on one line: its lead's first line is a line of its own)
    rest = plain[m.end():]
    return bool(rest.strip()) and len(rest) <= 2 * width and not re.search(r"[。！？；!?;]", rest)


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


# a 上接 marker at a text's start, whatever follows it (:data:`~unionnews.ingest.byline.CONTINUED` is a whole line)
_CONTINUED_START = re.compile(bl.CONTINUED.pattern.rstrip("$"))


def _heading_begun(plain: str, before: str) -> bool:
    """Is the paragraph so far (``plain``) the first lines of a headline this stage parted from a column piece cut on a
    clause's end (…牵线搭桥， | 甘孜州搭建跨 | 区域工会交 | 流平台 | 孜藏族…): no clause mark in it, the paragraph
    before stopping on one?  Each tail of that headline is a headline-shaped run over the same claimed text too, so
    :func:`_headline_over_claimed` would part the headline again inside itself (甘孜州搭建跨区域 | 工会交流平台), a
    kicker and a title; in a column of a few characters a headline takes several lines, and every break between
    them is asked.  The run goes on in the headline begun."""
    return bool(plain) and not _CLAUSE_MARK.search(plain) and bool(before) and _ends_clause(before)


def _ends_clause(text: str) -> bool:
    """Does ``text`` stop on a clause's end (:data:`_CLAUSE_END`)?"""
    end = _content(text)[-1:]
    return bool(end) and end in _CLAUSE_END


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
    if repeated_across(ca, cb):
        return True  # …1438名职工 | 1438名职工获赠…: a phrase said again opens a new paragraph
    kind = _QUOTE_KIND.get(cb[:1])  # the quote the next line opens on: double (0), single (1), or none
    if kind is not None and (((state := quote_state(ca)) and state[kind])
                             or (not cb.strip("”’\"＂'") and quote_states(_content(so_far), False, False)[kind])):
        return False  # a closing quote opens no line (GB/T 15834): it closes the quote the line above left open,
        # however short that line (a stretch set narrower around a picture: …面对面“牵手脱单 | ”); a quote alone on
        # its line closes the one its paragraph left open, on an earlier line (…“我要 | …争取更多突破。 | ”)
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
    if (full and _content(so_far) == ca and cb[:1] in "\"＂" and not re.search("[“”\"＂]", ca)
            and not _MARKUP.match(so_far) and not is_terminal(ca) and quote_fit((False, False), cb) < 0):
        return False  # …聚工会合力、 | 促职工共赢 | "为核心，…: a paragraph begun on a full line that prints no quote, then a
        # straight quote only a closing one can be: the line is a piece of the quotation, which goes on at the mark
    if full and _content(so_far) == ca and _PARALLEL.fullmatch(ca) and _parallel_completed(ca, cb):
        return False  # 手把手指导申报流程 实打实解决 | 企业困惑: a headline's parallel phrase the column cut
    if (bl.LEAD.match(cb) or _lead_across(lines, j)) and ca[-1:] not in NO_END:
        return True  # 本报讯（…） begins a paragraph, even after a line the OCR cut on a comma or 、
    if _CONTINUED_START.match(_text_from(lines, j, 8)) and not _CONTINUED_START.match(cb):
        return True  # a 上接 marker cut over narrow lines ((上接 | 第1版）) is a paragraph of its own, as it is whole
    opens = ca[-1:] in NO_END if j - i > 1 else _opens(ca)
    if is_terminal(ca) and _balanced(_content(so_far)) and _list_left_hanging(lines, j, ahead):
        # a sentence ended, then a piece's last line that stops on a list's item with no closer (…共建。 |
        # 贵州省人社厅、省总工会, the closer 等相关部门… read elsewhere): the line is text where the OCR read it,
        # under the sentence above, whether the line above is full, cut short or parted from it by a stray blank.
        # Soft, as after any full line ending a sentence: the reading-order stage joins the two again unless the
        # text gives the line to another sentence
        return SOFT if soft else False
    if not full:
        # a short line ends its paragraph.  One that stops on an opening mark or leaves a quote or
        # bracket open was cut by the OCR (a typesetter never ends a line so, and the column had
        # room): where it goes on is for the reading order to find, on evidence.  But not inside
        # one printed run the next line completes (（上接第1 | 版）, 本报福 | 州11月13日电, 9月 | 25日): a
        # box-based engine cut the printed line in two there, and the run is whole only joined (a photo
        # credit the next line ends, 本报记者 刘欣欣/文 陈艺 | /摄: above)
        return not ((j - i == 1 and (_completed_across(ca, cb, _content(so_far)) or _marker_across(ca, cb)
                                     or _heading_cut(so_far, before, ca, lines[j], ahead)
                                     or _word_end_alone(lines, i, j)))
                    or _dash_alone_ends(lines, i, j) or (_MARKUP.match(so_far) and bound_end(ca)))
    plain = _content(so_far)
    if cb[:1] in "”’":
        return False  # a closing quote at a line's start closes a quote the line before opened
    if _closed_by_dateline(plain):
        return True  # …学生吴彤说。（本报重庆 | 9月25日电）: the story's last line, even where it fills the column
    if _closed_by_credit(plain) and not _marker_across(ca, cb):
        return True  # …开幕式。郑莉 郝赫 朱欣文 | 本报记 | 者 陈 | 艺 摄: a photo credit closes what it credits
    if _byline_run(lines, j, ahead) and not _byline_run(lines, i, width):
        return True  # …路演侧记 | 本报记 | 者 赵 | 欢 郑 | 莉: a byline is a paragraph of its own, even cut over lines
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
            and not (starts_bound(cb) and not starts_bound(cb, strict=True))
            and (_rival_claim(lines, cuts, i, j) or _cut_word_elsewhere(lines, i, j)
                 or (_HAN_END.search(ca) and not cut_end(ca) and opens_on_time(cb)))):
        # a full line stopping mid-sentence (its paragraph begun where one may begin), then words a cut
        # line nearby has a claim on (:func:`_rival_claim`), or either side of the join a word a line break
        # cut elsewhere (…歇脚，特 | 新建… with 别是在… far: :func:`_cut_word_elsewhere`): maybe a cut column
        # piece that happens to fill the line; or the next line opens on a time word and its comma after a line
        # stopping on a whole word (…例如，针对 | 近年来，…: :func:`opens_on_time`), a sentence of its own (not
        # after a mark: a lead's credit closes on its bracket before 近日，…).  Not
        # before the end of a broken word (…特别暖 | 心。”): that goes on the line before.
        # Soft: the reading-order stage weighs the claims and joins the two again unless one wins
        return SOFT
    if (not is_terminal(ca) and ca[-1:] not in NO_END and not _ends_opening_straight_quote(plain)
            and word_across(ca, cb) is None and not _heading_begun(plain, before)
            and _headline_over_claimed(lines, cuts, j, ahead, leads)):
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
    bare = undecorated(plain)  # (■转自《中工网》: a decoration printed before it is no word of it)
    if bl.CONTINUED.match(bare) or bl.DATELINE.fullmatch(bare) or (bl.SOURCE.match(bare) and bare[-1:] == "》"):
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
    if bl.BYLINE_START.match(undecorated(cb)) and not _SENTENCE_MARK.search(plain) and _balanced(plain):
        return True  # a headline, then its byline (本报记者 …)
    if bl.DATELINE.fullmatch(cb):
        return True  # a dateline on a line of its own closes an item; it never goes on mid-sentence
    if is_terminal(ca) and (_heading_run(lines, j, ahead) or _heading_run(lines, j, ahead, block=True)
                            or _whole_line_item(b)):
        return True
    if is_terminal(ca) and _claimed_heading(lines, j, ahead):
        return True  # a headline filling its line, whose next line goes on another line's sentence
    if is_terminal(ca) and _dated_heading(lines, j, ahead):
        return True  # a headline filling its line (or lines) over a dated lead: it begins a paragraph here
    if ((not _MARKUP.match(so_far) and (not before or _closes(before) or _cut_mid_sentence(before))
         or _title_above(before))
            and not _starts_item(so_far) and _over_dated_lead(plain, ca, opening(lines, j, ahead))):
        return True  # …and it ends there: the dated lead is the next paragraph (工会送上暖“新”祝福 | 9月25日，…),
        # also under a title, whose subtitle it is (某市发布…方案 | 每年组织…难题 | 9月24日上午，…)
    if (_SENTENCE_MARK.search(plain) and not _CLAUSE_MARK.search(ca[-1:])
            and (_heading_run(lines, j, ahead, lead=True) or _shortest_dated_heading(lines, j, ahead))
            and word_across(ca, cb) is None):
        return True  # a headline over a lead or byline, after a column the OCR cut mid-sentence
    gap = j - i - 1
    if gap > 0 and (is_terminal(ca) or parted or size > width + 3):
        # (a line wider than its column is no line of it, past a hung mark and the two characters a drifting
        # column's full lines may pass its narrowest by (:func:`drifting`): a headline set across columns, or
        # a paragraph an engine wrote whole on one line; a blank line under it ends it, as on a page of
        # paragraphs)
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


def _list_left_hanging(lines: list[str], j: int, width: int) -> bool:
    """Does line j, shorter than its column (``width``: a full line's list goes on at the next line as any text
    does, 有市总工会、乙区 | 总工会相关负责人…), stop on an enumeration's item with no closer yet (:func:`list_cut`:
    贵州省人社厅、省总工会), and the next printed line not go on with the list (no closer 等…, 和…:
    :func:`closes_list`; no more items, no word across, no character that cannot begin a sentence)?  Then the list
    goes on at a line the OCR read elsewhere: line j is the last line of a column piece, and the lines above it in
    the file are that piece's own.

    Why: such a line is short and has a headline's shape, so after a finished sentence it was read as a paragraph
    of its own (a subhead, then a headline over its list's closer), and the sentence above it lost its only tie to
    it: the reading order then ran that sentence on from some other cut line.  A headline never stops on an open
    list (its list is followed by what it is about), so the line is text, in the file's order with the line above:
    a soft break (:data:`SOFT`), which the reading-order stage joins again unless the text says otherwise."""
    cj = _content(lines[j])
    if _measure(lines[j]) >= width or not list_cut(cj) or _starts_item(lines[j]) or not _balanced(cj):
        return False
    ck = _content(_next_printed(lines, j))
    if not ck:
        return True
    return not closes_list(ck) and not starts_bound(ck) and not ck.startswith("、") and word_across(cj, ck) is None


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


def _byline_run(lines: list[str], j: int, width: int) -> bool:
    """Do the lines from line j to its paragraph's end (the first line shorter than the column) make one byline
    (本报记者 赵欢 郑莉: a role word first, then names only, no mark of a sentence)?  A column of a few characters
    cuts a byline over several full lines, and read as full lines its role word and names run on from the
    headline above (…路演侧记本报记者 赵欢 郑莉) or into the text.  Running text that opens on a role word (本报记者
    了解到，…) reaches a sentence mark before its paragraph ends."""
    if not _content(lines[j]).startswith("本"):
        return False  # (every role word opens so: the run is read only then, once a line, never a paragraph a line)
    run, _ = _run(lines, j, width)
    return bool(bl.BYLINE_START.match(run)) and _whole_line_item(run)


def _closed_by_credit(plain: str) -> bool:
    """Does ``plain`` (a paragraph so far) end on a photo credit, after a finished sentence or alone, the credit set
    as one (names or a role parted by spaces or a slash: …开幕式。郑莉 郝赫 朱欣文本报记者 陈艺 摄)?  A credit closes its
    picture's story, and nothing of the paragraph follows it; a narrow column fills the credit's last line as
    often as not, and read as a full line it would run on into the next item's headline."""
    ends = [m.end() for m in re.finditer(r"[。！？!?][”’」』\"']*", plain)]
    tail = plain[ends[-1] if ends else 0:].strip()
    return bool(tail) and bl.is_credit(tail) and bool(re.search(r"[ \u3000/]", tail))


def _parallel_completed(line: str, nxt: str) -> bool:
    """Does ``nxt``, a phrase alone, complete the last of ``line``'s parallel phrases to the first one's length
    (手把手指导申报流程 实打实解决 | 企业困惑)?  A headline's parallel phrases match in length (对仗); where the line
    fills the column and its last phrase falls short by what the next line holds, the column cut the phrase,
    and the headline goes on there."""
    phrases = line.split(" ")
    return (bool(re.fullmatch(r"[\u4e00-\u9fff“”]{1,12}", nxt)) and len(phrases[-1]) < len(phrases[0])
            and abs(len(phrases[-1]) + len(nxt) - len(phrases[0])) <= 1)


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
