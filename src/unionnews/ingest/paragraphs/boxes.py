"""Printed lines a box-based engine (PaddleOCR …: one line per text box) cut in two.

Two short lines in a row of a column page that together fill it, within a
paragraph's text, are one printed line: every rule of the column reading would
take the first for a paragraph's end and the rest for a paragraph of its own.
Read so only on a page where such pairs are a habit (a box detector cuts all
over a page; two lines filling a column by chance are a few); the lines are put
back together, read, and the paragraphs given the file's line numbers again.
"""
from __future__ import annotations

import re

from unionnews.ingest import byline as bl
from unionnews.ingest.continuity import cut_off, tagged, word_across
from unionnews.ingest.normalize import SUBHEAD_LENGTH, is_terminal, open_brackets
from unionnews.ingest.paragraphs.lines import (CLOSING_QUOTES, NO_END, NO_START, Paragraph, _INDENT,
                                               _LABEL, _MARKUP, _REFERS_BACK, _SENTENCE_MARK, _closes,
                                               _completed_across, _content,
                                               _count_cut, headline_shaped, _join, _measure, _opens,
                                               _quotes_closed, _starts_item, _whole_line_item)
from unionnews.ingest.paragraphs.model import Paragraphs, renumber


def _box_cuts(lines: list[str], width: int) -> list[int]:
    """Lines a box-based engine (PaddleOCR …: one line per text box) cut off the start of a printed
    line, the line's rest on the next file line: two short lines in a row of a column page that
    together fill it (the column's width, or one or two more for marks hung at its end), the first
    neither ending a sentence nor opening an item, the second opening none, and the line after them
    going on the text (not a lead, byline or credit: two headline lines over a story may fill a line
    by chance).  Only on a page where such pairs are a habit (:data:`_BOXED_SHARE`).

    Why: every rule of the column reading takes a short line for a paragraph's end (or a cut column
    piece, or a headline), and the rest of a printed line for a paragraph of its own.  Two lines that
    add up to exactly one column line, within a paragraph's text, are one printed line."""
    printed = [i for i, t in enumerate(lines) if t.strip()]
    leads = _lead_texts(lines, printed)
    out: list[int] = []
    short: list[int] = []  # pairs that make a short line (a headline, a paragraph's last line) with a word across
    runs_on: set[int] = set()  # pairs read on the line under the second alone (:func:`_runs_on_below`)
    for n, (i, j) in enumerate(zip(printed, printed[1:])):
        if j != i + 1 or (out and out[-1] == i - 1):
            continue
        after_short = bool(short) and short[-1] == i - 1  # this line is the second of a short pair's
        a, b = lines[i].strip(), lines[j].strip()
        ca, cb = _content(a), _content(b)
        size_a, size_b = _measure(lines[i]), _measure(lines[j])
        # a clause mark hung at the end of the second piece takes no place in the column (…人民政府主办，): the
        # sentence goes on, so the piece is no paragraph's last line that happens to be one short of it
        if (not ca or not cb or size_a > width - 1 or (size_a == width - 1 and not _last_glyph(cb)
                                                       and not _glyph_after_clause(ca, cb))
                or size_b - (cb[-1:] in "，、；：,;:") >= width - 1):
            continue
        after = lines[printed[n + 2]] if n + 2 < len(printed) and printed[n + 2] == j + 1 else ""
        nxt = _content(after)
        # a sentence end in the first piece ends no printed line when the second begins with a mark no line
        # begins with (电玩… | …深受, 大突破。 | ”李…): the mark stands on the printed line the box cut
        carried = cb[:1] in NO_START or (cb[:1] in "”\"" and _quote_closed(_run_above(lines, printed, n, width) + ca,
                                                                            cb))
        ended = is_terminal(ca) and not carried
        up = _content(lines[printed[n - 1]]) if n and printed[n - 1] == i - 1 else ""
        if up and bl.is_credit(up + ca) and not bl.is_credit(ca):
            continue  # 本报记者 任洁 彭程 摄 | 影报道: the piece ends the credit above it, and its paragraph
        if _name_cut(up, ca, cb):  # 本报通讯员 | 蓝 | 秀楠 刘露: a name is never printed across two lines
            (out if _fills(size_a + size_b, width, cb) else short).append(i)
            continue
        if _value_after_label(ca, cb) or _subtitle_cut(lines, printed, n, width):  # whatever their lengths add
            short.append(i)  # up to: 登报咨询电话： | 63522410; …巡演活动 | 融合音乐、…形式， | 深入11个市巡演
            continue
        if (_MARKUP.match(b) or _LABEL.search(a) or _LABEL.search(b) or _INDENT.match(lines[j])
                or _starts_item(b) or _whole_line_item(ca) or _names_alone(ca, cb) or bl.BYLINE_START.match(cb)
                or (_starts_item(a) and not _completed_across(ca, cb) and not _credit_goes_on(ca, cb, nxt)
                    and not bl.lead_clause_open(ca))
                or (_closes(ca) and not is_terminal(ca))):
            continue
        below = ended and not _goes_on_as_text(cb, nxt)  # the second piece alone does not say it goes on
        if ended and ((below and not _runs_on_below(cb, after, width))
                      or _headline_block(lines, printed, n + 1, width)):
            continue  # a paragraph's last line, then a line that may stand alone (a subhead, a headline)
        if (not ended and ca[-1:] in _CLAUSE_GOES_ON and len(cb) >= 5 and headline_shaped(cb)
                and _lead_cut_into(leads, nxt)):
            continue  # a column piece cut on a comma, then a headline over a far lead's rest (…牵线搭桥， | 果洛州搭建…平台
            # | 洛藏族…, with …近日，青海省果 read far below): the two fill a line by chance.  (A headline is a phrase of
            # five characters or more, as claims._run_over_claimed reads one: a glyph or two is a line's rest, 全 | 市…)
        paired = bool(out) and out[-1] == i - 2  # the line above is the rest of a pair that fills the column
        if (not ended and _text_goes_on(lines, printed, n, width, paired) and word_across(ca, cb) is None
                and _quotes_closed(ca) and _headline_block(lines, printed, n + 1, width)):
            continue  # a cut column piece's end, then the next item's headline (…团西铁工 | 操场上的“工匠 | 课”)
        # full: the column's width, one or two more (marks hung at its end), one less before an opening mark
        full = _fills(size_a + size_b, width, cb) or (size_a + size_b == width - 1 and nxt[:1] in NO_END)
        if ended and full:  # and no more: after a sentence's end, only marks hung at the line's end go past it
            full = _fills(size_a + size_b, width, cb)
            # nor where the second piece and the next line fill the column too (…阵地。 | 全面推行新时 | 代“枫桥经验”):
            # the line that ends a sentence is then a paragraph's last, the two after it one printed line
            full = full and not (nxt and _measure(after) < width - 1 and _fills(size_b + _measure(after), width, nxt))
        if not full:
            if after_short:
                continue
            above_full = bool(up) and (_measure(lines[i - 1]) >= width or bool(out and out[-1] == i - 2))
            if not ended and size_a + size_b < width and (word_across(ca, cb) is not None or _quote_closed(ca, cb)
                                                          or _count_cut(ca, cb) or _quote_goes_on(ca, cb, nxt)
                                                          or _second_goes_on(ca, cb, after, width)
                                                          or _last_line_cut(ca, cb, above_full)
                                                          or _rest_after_clause(lines, printed, n, width)):
                short.append(i)  # 充分展现工 | 匠风采: a word the cut falls in; 暖“新 | ”祝福: the quote it closes
            elif not ended and _subhead_cut(lines, printed, n, width):
                short.append(i)  # 带动更多创新 | 成果涌现: one subhead in two boxes
            continue
        if headline_shaped(ca) and bl.DATED_LEAD.match(cb + nxt):
            continue  # 工会送上暖“新”祝福 | 9月25 | 日，…: a headline over its lead on its date (no line of text goes on so)
        if (not nxt or _starts_item(after) or (_whole_line_item(nxt) and not bl.BYLINE_START.match(ca + cb))
                or bl.BYLINE_START.match(nxt) or (bl.DATED_LEAD.match(nxt) and not _number_across(cb, nxt))
                or _MARKUP.match(after.strip())):
            continue
        if after_short:  # a pair that fills the column outweighs one that makes a short line (”成果路 | 演。 |
            short.pop()  # 高凤林、…王曙: the paragraph's own last line, then one printed line cut in two)
        out.append(i)
        if below:
            runs_on.add(i)
    # an engine that finds two boxes in a printed line does so all over the page (a box detector's
    # habit): a few such pairs on a page (two short lines that fill a column by chance: a cut
    # column piece's end and a headline) are no sign of it.  On such a page, a short printed line
    # (a headline, a paragraph's last line) cut inside a word is one line too.  The short pairs count
    # towards the habit: a short line stopping inside a word the next short line ends is a box cut as
    # much as a pair that fills the column (a page printed whole has neither but by chance).
    # Pairs read on the line under them alone are read only where the others show the habit: a paragraph's last
    # line and a short heading over running text fill a column by chance on a page printed whole.
    sure = len(out) - len(runs_on)
    if sure < 4 or sure + len(short) < _BOXED_SHARE * len(printed):
        return []
    return sorted(out + short)


def _lead_texts(lines: list[str], printed: list[int]) -> list[str]:
    """Each lead's first printed line of text (本报讯（记者邢生祥）近日，青海省果), read on into the next printed line
    where a text detector cut it after a clause mark (本报讯（记者邢生祥）近日， | 青海省果: :func:`bl.lead_clause_open`)."""
    out = []
    for n, k in enumerate(printed):
        text = _content(lines[k])
        if not bl.LEAD.match(text):
            continue
        if bl.lead_clause_open(text) and n + 1 < len(printed):
            text += _content(lines[printed[n + 1]])
        out.append(text)
    return out


def _lead_cut_into(leads: list[str], nxt: str) -> bool:
    """Does a lead's text (:func:`_lead_texts`) stop inside a word that ``nxt`` finishes, each side's character
    standing alone where it was printed (…青海省果 | 洛藏族…: :func:`cut_off`)?  Then ``nxt`` is that lead's rest,
    read apart from it, and the line over ``nxt`` its story's headline: a story's text under its headline begins
    on a whole word, never on the rest of one."""
    return bool(nxt) and any(word_across(t, nxt) and cut_off(t, nxt) for t in leads)


# the share of a page's printed lines that must be cut in two boxes before any pair is read as one line
_BOXED_SHARE = 0.035


def _fills(size: int, width: int, last: str) -> bool:
    """Do two pieces ``size`` long together, the second ``last``, make one full column line: the column's
    width, or more by the marks hung at the second's end (…形成工作合力，), at most two.  Why: a typesetter
    lets a line run past the column only by the marks no line may begin with; two pieces longer than the
    column by more (…工作合力， | 中铁五局成立工匠学院 in a column of 14) are two printed lines (the column
    reading of widths.py weighs a long line so too)."""
    hung = min(2, len(last) - len(last.rstrip("".join(NO_START | CLOSING_QUOTES))))
    return width <= size <= width + hung


def _names_alone(ca: str, cb: str) -> bool:
    """Is ``cb`` a line of names alone, or a credit, that the line before does not run into?  A byline
    of bare names stands on a line of its own; but not one that begins with the rest of a word the line
    before began (会聚巾帼 匠 | 心筑梦 第二届: 匠心, not the names 心筑梦 and 第二届).  After a byline's
    first line, names go on as names: the byline reading joins those."""
    if not _whole_line_item(cb):
        return False
    return bl.is_credit(cb) or bool(bl.BYLINE_START.match(ca)) or word_across(ca, cb) is None


def _last_glyph(cb: str) -> bool:
    """Is ``cb`` one glyph and the clause mark hung after it (…综合执法大 | 队、)?  Then a first piece one short of
    the column is a cut line's start, not a full line: the pair fills the column with the mark hung past it,
    and a line that is one glyph and a clause mark ends no paragraph (the sentence goes on after it)."""
    return len(cb) == 2 and cb[-1] in "，、；：,;:" and "\u4e00" <= cb[0] <= "\u9fff"


def _glyph_after_clause(ca: str, cb: str) -> bool:
    """Is ``cb`` one glyph alone after a piece ``ca`` that stops on a clause mark (…发布仪式， | 与)?  Then a first
    piece one short of the column is a line a text detector parted at the blank half-em the mark leaves, the
    glyph the line's last: no paragraph is one glyph long, and no paragraph ends on a clause mark, so the two
    read as neither a paragraph's last line nor a paragraph of their own."""
    return len(cb) == 1 and "\u4e00" <= cb <= "\u9fff" and ca[-1:] in "，、；：,;:"


def _name_cut(up: str, ca: str, cb: str) -> bool:
    """Does a byline's name run across the cut: ``ca`` ends on a name's first glyph alone (本报通讯员 | 蓝, or
    郑莉 郝赫 朱), ``cb`` begins with its rest and is a line of names or a credit (秀楠 刘露; 欣文 本报记者 陈艺
    摄) or the name's rest alone (郑莉 郝赫 朱 | 欣文), under a byline's start or within a line of names?  A
    Chinese name has two glyphs or more, and a typesetter never breaks one across lines (nor a byline's names
    line, set on one line of its own); a box detector cuts anywhere.  Not a credit's role glyph (王辰阳 摄):
    that is a word of its own."""
    last = re.search(r"(?:^|\s)([\u4e00-\u9fff])$", ca)
    if last is None:
        return False
    before = ca[:last.start(1)].strip()  # the names before the cut one (郑莉 郝赫), if any
    whole = bool(before) and bl.is_names_only(ca + cb)  # a line of names cut inside one (郑莉 郝 | 赫 朱欣文)
    names = (bl.BYLINE_START.match(up) or bl.is_byline(up) or bl.BYLINE_START.match(ca)
             or (before and bl.is_byline(before)) or whole)
    return (bool(names) and last.group(1) not in "摄文图" and not bl.is_credit(ca)
            and bool(re.match(r"[\u4e00-\u9fff]{1,3}(?:\s|$)", cb))
            and (bl.is_byline(cb) or bl.is_credit(cb) or bool(re.fullmatch(r"[\u4e00-\u9fff]{1,3}", cb)) or whole))


def _goes_on_as_text(cb: str, nxt: str) -> bool:
    """After a line that ends a sentence, is ``cb`` (short) the start of the next sentence, cut off
    its printed line, rather than a line that stands alone (a subhead, a headline)?  So when it holds a
    clause mark (…，…; 高凤林、巨晓林、…: no subhead lists), or ends with one that only parts a sentence's
    clauses (…品牌。 | 例如， | 针对…: no headline ends so), or stops inside a word the next line ends
    (中国科 | 学院院士: no headline ends mid-word)."""
    if is_terminal(cb) or _whole_line_item(cb) or not nxt:
        return False
    return (bool(_CLAUSE_INSIDE.search(cb[:-1])) or cb[-1:] in _CLAUSE_GOES_ON
            or word_across(cb, nxt) is not None or _unlike_heading(cb))


def _runs_on_below(cb: str, after: str, width: int) -> bool:
    """After a piece that ends a sentence, is ``cb`` (short, no mark in it) the next sentence's start, cut off
    its printed line, with the sentence running on in ``after``: a full column line of running text that ends no
    sentence before a clause mark, or holds no mark at all (…多处补给站。 | 参赛人员 | 完成赛程后凭车贴在活动终点领
    | 取…)?  A text detector parts a line at the blank a full stop leaves as readily as at a comma's; the two
    pieces fill the column, and the line under the rest goes on its sentence.  Not over a line that opens an item
    (a lead, a dated lead, a byline, markup, an indent), nor a credit or names line: a headline stands over those."""
    nxt = _content(after)
    if (not nxt or _measure(after) < width - 1 or _SENTENCE_MARK.search(cb) or _whole_line_item(cb)
            or bl.is_credit(cb) or _starts_item(after) or _MARKUP.match(after.strip()) or _INDENT.match(after)
            or bl.BYLINE_START.match(nxt) or bl.BYLINE_START.match(cb + nxt)
            or ((bl.DATED_LEAD.match(nxt) or bl.DATED_LEAD.match(cb + nxt)) and not _number_across(cb, nxt))):
        return False
    first = _SENTENCE_MARK.search(nxt)
    return first is None or first.group() in "，；,;"


# words that open a sentence by pointing back at the text before it (此次论坛旨在…, 本次活动…): no headline or
# subhead opens on them, as it stands on its own
_POINTS_BACK = _REFERS_BACK + ("本次",)


def _unlike_heading(cb: str) -> bool:
    """Is ``cb`` a sentence's first words that no heading could be: it opens on words that point back at the text
    before (此次…, 本次活动, or 该 before a noun: 该学院将聚焦…, 该市…), or stops on a one-glyph adverb, preposition
    or conjunction its sentence must go on after (现场还 | 设置…, …将 | …)?  A text detector parts a line at the
    blank a full stop leaves as readily as at a comma's; a heading is a phrase whole in itself, and names its
    subject rather than pointing back at one the text before named (该 as a verb, 该出手时…, is no pointer)."""
    if cb.startswith(_POINTS_BACK):
        return True
    pointer, glyph_end = cb.startswith("该"), re.search(r"[\u4e00-\u9fff]$", cb)
    words = tagged(cb) if pointer or glyph_end else []  # (most pieces neither: no tagging)
    if (pointer and len(words) > 1 and words[0].word.startswith("该") and words[0].flag == "r"
            and (len(words[0].word) > 1 or words[1].flag[:1] == "n")):
        return True
    return bool(glyph_end and words) and len(words[-1].word) == 1 and words[-1].flag[:1] in ("d", "p", "c")


_CLAUSE_INSIDE = re.compile(r"[，、；：,;:]")
# a clause mark a line may end with only inside a sentence (例如， | 针对…): no headline or subhead ends so (a
# kicker or label may end with a colon: 专家解读：)
_CLAUSE_GOES_ON = frozenset("，、；,;")


def _credit_goes_on(ca: str, cb: str, nxt: str) -> bool:
    """Is ``ca`` a lead whose credit's bracket is open (本报讯（记者刘), or opens at ``cb`` (本报讯 | （记者鹿慧敏
    通讯员), ``cb`` more of the credit's names, closing no bracket (建林 李), and ``nxt`` the line that closes
    it (彦斌）9月24日，…)?  Then the two are one printed line of the lead: a credit in brackets is one printed
    run, and a box detector cut it among the names, where no word the dictionary knows runs across the cut."""
    t = ca + cb
    opened = open_brackets(t)
    return (bool(bl.LEAD.match(ca)) and opened == 1 and not re.search(r"[）)]", cb)
            and bool(re.match(r"[^（(]*[）)]", nxt)))


def _headline_block(lines: list[str], printed: list[int], m: int, width: int) -> bool:
    """Is the m-th printed line, with the short lines after it, a headline block over an item's opening
    (公交驾驶员 赛 | 场展技能 | 近日，…)?  Each line short of the column with no sentence mark, the block a
    headline's shape read whole (a box may cut a headline inside its quote: 操场上的“工匠 | 课”) and no longer
    than a headline, and the line after it a lead, a dated lead (its date maybe cut by a box too: 11月1 |
    3日下午，…), a byline or markup.  After a sentence's end, such a piece is the next item's headline, whatever
    its length adds up to with the line before: no sentence of running text ends before an item opens without
    a mark; and so it is after a line stopping mid-sentence, the end of a column piece the OCR cut."""
    block = ""
    for n in range(m, len(printed)):
        line = lines[printed[n]]
        t = _content(line)
        if (block and (_opens_item(lines, printed, n) or (_word_end_first(t) and word_across(block, t) is None))
                and not _number_across(block, t)):
            return headline_shaped(block)  # (not a number the block stopped in going on: 力争到2 | 026年末，…)
        if (_SENTENCE_MARK.search(t) or is_terminal(t) or _starts_item(line) or _whole_line_item(t)
                or _measure(line) >= width - 1 or len(block + t) > 30):
            return False
        block += t
    return False


def _word_end_first(t: str) -> bool:
    """Does a line begin with one Chinese character and a clause mark (前，中铁五局…): the end of a word a line
    break cut, its first characters on another line?  Under a headline-shaped block that is the text of an
    item whose lead the OCR read elsewhere (…袁蓉生）日 | 前，…): no printed line of running text stops with no
    mark on a short line and goes on so, and the block is that item's headline, not a line's rest (unless the
    word the line ends is one the block began: …重要工运人 | 物、…)."""
    return bool(re.match(r"[\u4e00-\u9fff][，；：,;:]", t))  # (not 、: 产、学、研, a one-character item is whole)


def _opens_item(lines: list[str], printed: list[int], n: int) -> bool:
    """Does the n-th printed line open an item: a lead, markup, a byline, or a lead on its date, read across
    the next printed line where the line is a short piece a box detector cut from it (11月1 | 3日下午，…)?"""
    line = lines[printed[n]]
    t = _content(line)
    if _starts_item(line) or bl.DATED_LEAD.match(t) or bl.BYLINE_START.match(t) or _MARKUP.match(line.strip()):
        return True
    nxt = _content(lines[printed[n + 1]]) if n + 1 < len(printed) else ""
    return bool(bl.DATED_LEAD.match(t + nxt))


def _text_goes_on(lines: list[str], printed: list[int], n: int, width: int, paired: bool = False) -> bool:
    """Is the n-th printed line the last of a paragraph of running text, that paragraph's sentence still open:
    the printed line right above it is a full column line holding a clause or sentence mark and ending none
    (…仪式结束后，中铁七局集 | 团西铁工)?  Not a headline's line (a headline's lines hold no such mark).

    ``paired``: the two file lines above are one printed line a box cut in two, found to fill the column
    (…强化系统联动， | 形成 | 工作合力，): that pair is the full line above, read whole.  A detector cuts any
    line, the one over a column piece's last as readily as another."""
    if n == 0 or printed[n - 1] != printed[n] - 1:
        return False
    up = lines[printed[n - 1]]
    if paired and n > 1 and printed[n - 2] == printed[n] - 2:
        up, full = lines[printed[n - 2]].rstrip() + _content(up), True  # the pair was found to fill the column
    else:
        full = _measure(up) >= width - 1
    return (full and bool(_SENTENCE_MARK.search(_content(up))) and not is_terminal(_content(up))
            and not _MARKUP.match(up.strip()))


def _second_goes_on(ca: str, cb: str, after: str, width: int) -> bool:
    """Is ``cb`` (short) the rest of a printed line cut in two, ``ca`` (short, stopping on no mark) its first
    piece: ``cb`` stops inside a word that ``after``, a full column line, ends (聚同心“4大 | 模块的有 | 机融合，…)?
    A short line ends a paragraph, a headline or a column piece, and none of those stops mid-word with the
    word's rest on the full line below; nor is ``cb`` a line of its own cut in two (the line after would be
    short).  So ``cb`` is the second piece of a cut line, and ``ca``, stopping where no mark ends a
    clause, the first; unless ``cb`` opens an item (a lead, a dated lead, a byline) the box cut."""
    if not after or _measure(after) < width - 1:
        return False
    rest = cb + _content(after)  # 本报 | 讯（记者…）: a lead the box cut, under a headline's last line, goes on so too
    return (bool(ca) and ca[-1:] not in NO_START and ca[-1:] not in CLOSING_QUOTES and not _whole_line_item(ca)
            and not _starts_item(rest) and not bl.DATED_LEAD.match(rest) and not bl.BYLINE_START.match(rest)
            and word_across(cb, _content(after)) is not None)


def _last_line_cut(ca: str, cb: str, above_full: bool) -> bool:
    """Is ``ca`` (short, under a full line: ``above_full``) a paragraph's last printed line cut in two, ``cb`` its rest
    finishing the sentence (…电炉炼钢智能 | 监控 | 关键技术。)?  Under a full line, ``ca`` goes on the paragraph, and
    stopping on no mark it cannot end it; ``cb`` ends a sentence with no other mark in it (a lone clause of the
    sentence's end, no headline, byline or lead) and is no credit or names line.  A box detector's cut, not a
    paragraph's end over a paragraph of a few characters."""
    return (above_full and bool(ca) and not _CLAUSE_INSIDE.search(ca[-1:]) and ca[-1:] not in NO_START
            and ca[-1:] not in CLOSING_QUOTES and is_terminal(cb) and not _SENTENCE_MARK.search(cb[:-1])
            and not _whole_line_item(cb) and not _starts_item(cb))


def _rest_after_clause(lines: list[str], printed: list[int], n: int, width: int) -> bool:
    """Is the (n+1)-th printed line (short) the rest of a printed line a text detector parted at the blank half-em
    a clause mark leaves, the n-th (short) its first piece, stopping on that mark (…“深夜跑单结束， | 能有)?  No
    paragraph ends on a clause mark (，、；): its sentence goes on, and a short line under it that opens no item
    (a lead, a byline, a credit, markup, a dated lead) and is no headline over one is that sentence's rest, the
    printed line's last words before the paragraph ends or the column piece breaks off.  A story's closing
    dateline (（本报福州11月13日电）) opens nothing: the line over it is the story's last text, never a headline.
    The n-th line runs text: it holds a mark before its last, or goes on the open sentence of a full line above.
    Not where the short line and the one under it, short too, read as one headline (a cut column piece's end, then
    the next story's headline in two boxes)."""
    i, j = printed[n], printed[n + 1]
    a, b = lines[i], lines[j]
    ca, cb = _content(a), _content(b)
    if ca[-1:] not in _CLAUSE_GOES_ON or not cb or _SENTENCE_MARK.search(cb) or _MARKUP.match(b.strip()):
        return False
    if (_starts_item(b) or _whole_line_item(cb) or bl.BYLINE_START.match(cb) or _INDENT.match(b)
            or _LABEL.search(b) or bl.LEAD.match(ca)):
        return False
    up = lines[printed[n - 1]] if n and printed[n - 1] == i - 1 else ""
    running = bool(_CLAUSE_INSIDE.search(ca[:-1])) or bool(
        up and _measure(up) >= width - 1 and not is_terminal(_content(up)) and not _MARKUP.match(up.strip()))
    if not running:
        return False
    after = lines[printed[n + 2]] if n + 2 < len(printed) and printed[n + 2] == j + 1 else ""
    nxt = _content(after)
    if nxt and bl.DATELINE.fullmatch(nxt):
        return True
    if nxt and _measure(after) < width - 1 and not _SENTENCE_MARK.search(nxt) and headline_shaped(cb + nxt):
        return False  # …牵线搭桥， | 果洛州搭建跨区域工 | 会交流平台: the rest opens a block of short lines, a headline's
    if nxt and bl.DATED_LEAD.match(cb + nxt) and not _number_across(cb, nxt):
        return False
    return not _headline_block(lines, printed, n + 1, width)


def _subtitle_cut(lines: list[str], printed: list[int], n: int, width: int) -> bool:
    """Are the n-th printed line and the next one line of a headline a text detector parted at the blank half-em
    of a clause mark inside it (## …下基层巡演活动 | 融合音乐、情景剧等多种形式， | 深入11个市巡演 | 本报讯…)?  The
    first stops on the mark under a headline's line (marked as a heading, or short with no mark at all), both
    have a headline's shape, together they are no wider than a line of the column, and the line under them opens
    the item (a lead, a dated lead, a byline, markup).  A subtitle's clause goes on past its mark; read apart, the
    first piece ends on a clause mark, which no headline line does, and is taken for text (the story's
    headline then loses its subtitle's rest to a headline of its own).  Under running text a piece stopping so is
    a cut column's end, and a headline over the next story may follow it: not read so there."""
    i, j = printed[n], printed[n + 1]
    if n == 0 or n + 2 >= len(printed) or printed[n + 2] != j + 1:
        return False
    a, b, up = lines[i], lines[j], lines[printed[n - 1]]
    ca, cb, cup = _content(a), _content(b), _content(up)
    if (ca[-1:] not in _CLAUSE_GOES_ON or not headline_shaped(ca[:-1]) or not headline_shaped(cb)
            or _MARKUP.match(a.strip()) or _MARKUP.match(b.strip()) or _measure(a) + _measure(b) > width + 1):
        return False
    heading = bool(_MARKUP.match(up.strip())) or (
        headline_shaped(cup) and not _CLAUSE_INSIDE.search(cup) and _measure(up) < width - 1)
    return heading and _opens_item(lines, printed, n + 2)


def _value_after_label(ca: str, cb: str) -> bool:
    """Is ``cb`` a number or code alone (a telephone number, a postcode, an address on the web) and ``ca`` the label
    it is printed after, stopping on a colon (登报咨询电话： | 63522410)?  A label's colon opens what it labels:
    a text detector parts the line at the blank the full-width colon leaves, and the value, read alone, is no
    paragraph (no words) nor anything an item opens with."""
    return (ca[-1:] in "：:" and len(ca) > 1 and bool(re.search(r"[\u4e00-\u9fff]", ca))
            and bool(re.fullmatch(r"[0-9A-Za-z][0-9A-Za-z\-－/.@_]*", cb)))


def _number_across(cb: str, nxt: str) -> bool:
    """Does ``nxt`` go on with a number ``cb`` stopped in (力争到2 | 025年末，…)?  Then it is no dated lead
    opening an item under a headline: typesetters never break a number across lines."""
    return bool(re.search(r"\d$", cb)) and nxt[:1].isdigit()


def _quote_goes_on(ca: str, cb: str, nxt: str) -> bool:
    """Does ``ca`` leave a quote open that ``cb`` or the line after it closes (举办“红心 | 向党建新功 |
    工会联谊谱新篇”座谈…)?  A quotation goes on until it closes: a piece that leaves one open ends no
    paragraph, and no headline does."""
    return not _quotes_closed(ca) and (_quotes_closed(ca + cb) or _quotes_closed(ca + cb + nxt))


def _run_above(lines: list[str], printed: list[int], n: int, width: int) -> str:
    """The text of the full column lines right above the n-th printed line (its paragraph's lines so far, as
    far as the column tells: a short line or markup ends a paragraph)."""
    text, m = "", n
    while m > 0 and printed[m - 1] == printed[m] - 1:
        up = lines[printed[m - 1]]
        if _measure(up) < width - 1 or _MARKUP.match(up.strip()):
            break
        text, m = _content(up) + text, m - 1
    return text


def _quote_closed(ca: str, cb: str) -> bool:
    """Does ``cb`` begin by closing a quote ``ca`` left open (工会送上暖“新 | ”祝福; with straight quotes,
    "以前下了班…读到好书。 | "陈…: ``ca``'s last straight quote opens, at its start or after a clause mark,
    with text after it; ``ca`` may be read with its paragraph's lines above it)?  No line of text begins with
    a closing quote of its own (GB/T 15834)."""
    if cb[:1] == "”":
        return ca.count("“") > ca.count("”")
    if cb[:1] != '"' or ca.count('"') % 2 == 0:
        return False
    at = ca.rindex('"')
    return at < len(ca) - 1 and (at == 0 or ca[at - 1] in "：:，,；;、 （(")


def _subhead_cut(lines: list[str], printed: list[int], n: int, width: int) -> bool:
    """Are the n-th printed line and the next one subhead a box detector found in two boxes
    (带动更多创新 | 成果涌现)?  Two headline-shaped pieces that make at most a subhead's length together,
    between a paragraph that ended and text that goes on (not an item's lead, byline or markup).
    A headline block over a story is longer: a kicker or subtitle of a few characters is rare, and
    the pair read as one short line is a subhead the item stage flags for review."""
    i, j = printed[n], printed[n + 1]
    if n == 0 or n + 2 >= len(printed):
        return False
    before, after = lines[printed[n - 1]], lines[printed[n + 2]]
    ca, cb, nxt = _content(lines[i]), _content(lines[j]), _content(after)
    ended = _content(before)
    if n > 1 and ended and not ended.strip("”’」』）)\"'"):  # a closing quote on a line of its own ends the line before
        ended = _content(lines[printed[n - 2]]) + ended
    return (len(ca) + len(cb) <= min(SUBHEAD_LENGTH, width - 1) and headline_shaped(ca) and headline_shaped(cb)
            and headline_shaped(ca + cb) and not _CLAUSE_INSIDE.search(ca + cb) and _closes(ended)
            and not _MARKUP.match(before.strip()) and not _starts_item(after) and not _whole_line_item(nxt)
            and not bl.BYLINE_START.match(nxt) and not bl.DATED_LEAD.match(nxt) and not is_terminal(nxt)
            and (not headline_shaped(nxt) or _text_pair(lines, printed, n + 2, width)))


def _text_pair(lines: list[str], printed: list[int], m: int, width: int) -> bool:
    """Are the m-th printed line and the next a printed line of text a box detector cut in two (路演活动 | 中，一些项目
    聚焦…): they fill the column together and the second holds a sentence mark?  A headline-shaped first piece is
    then no headline's line but the start of the text under it."""
    if m + 1 >= len(printed) or printed[m + 1] != printed[m] + 1:
        return False
    first, second = lines[printed[m]], lines[printed[m + 1]]
    return (_fills(_measure(first) + _measure(second), width, _content(second))
            and bool(_SENTENCE_MARK.search(_content(second))))


def _unboxed(lines: list[str], cuts: list[int]) -> tuple[list[str], list[tuple[int, ...]]]:
    """The page with each line of ``cuts`` (:func:`_box_cuts`) and the next made one line again, as
    printed, and the file lines (1-based) behind each of its lines."""
    out: list[str] = []
    behind: list[tuple[int, ...]] = []
    skip = set(k + 1 for k in cuts)
    for i, line in enumerate(lines):
        if i in skip:
            continue
        if i in cuts:
            head = _content(line)
            line = line.rstrip() + _join(head, line, lines[i + 1])[len(head):]
            if lines[i + 1][-1:] == " " and lines[i + 1][-2:-1].strip():
                line += " "  # the word space at the printed line's end (…广东 | 当韶关), counted in its width
            behind.append((i + 1, i + 2))
        else:
            behind.append((i + 1,))
        out.append(line)
    return out, behind


def _sure_cuts(lines: list[str], cuts: list[int], width: int) -> frozenset[int]:
    """The file lines (1-based) of the cuts (:func:`_box_cuts`) whose pieces say by their text, not only by
    their lengths, that they are one printed line: the second begins with a mark no line begins with
    (，。、…), or closes the quote the first left open, or goes on with the number the first stopped in, or is
    the number or code a label stopping on a colon prints (登报咨询电话： | 63522410), or
    the two complete a lead, its credit, a title or a date (本报讯 | （记者周明）…); or a dictionary word runs
    across the cut and neither piece can be a headline: the first holds a clause mark, leaves a quote or
    bracket open, or goes on the sentence of a full line above it, the second holds one, or has no
    headline's shape, or stops inside a word the next line ends (no headline stops mid-word).  A headline
    or another story's text run in takes none of these shapes, so these pairs need no review; a pair read
    on its lengths alone (or on a word across, which may be chance) does."""
    sure = set()
    printed = [k for k, t in enumerate(lines) if t.strip()]
    above = {k: printed[n - 1] for n, k in enumerate(printed) if n}
    for i in cuts:
        ca, cb = _content(lines[i]), _content(lines[i + 1])
        up = _content(lines[above[i]]) if i in above else ""
        # the first piece goes on a full line's sentence (no headline follows a line that stops mid-sentence),
        # or holds a clause mark itself; the second holds one (no headline does)
        # (or leaves a quote or bracket open, “这次路演不仅展: no headline does)
        text_a = (bool(_CLAUSE_INSIDE.search(ca)) or _opens(ca) or not _quotes_closed(ca) or bool(
            up and _measure(lines[above[i]]) >= width and not is_terminal(up) and _SENTENCE_MARK.search(up)))
        nxt = _content(lines[i + 2]) if i + 2 < len(lines) else ""
        # the second holds a clause mark, or is no headline's shape, or stops inside a word the next line ends
        text_b = (bool(_CLAUSE_INSIDE.search(cb)) or not headline_shaped(cb)
                  or (bool(nxt) and word_across(cb, nxt) is not None))
        if (cb[:1] in NO_START or _quote_closed(ca, cb) or (ca[-1:].isdigit() and cb[:1].isdigit())
                or _value_after_label(ca, cb)
                or _completed_across(ca, cb)
                or (text_a and text_b and word_across(ca, cb) is not None)):
            sure.add(i + 1)
    return frozenset(sure)


def _inside_sentence(lines: list[str], cuts: list[int]) -> frozenset[int]:
    """The file lines (1-based) of the cuts (:func:`_box_cuts`) whose first piece goes on a sentence of running
    text the printed line above left open (it holds a clause mark, ends none, or goes on such a line's
    sentence itself) and ends none itself.

    Why: on a page read in order, the text after an open sentence is that sentence's rest: no headline
    stands there (a headline follows a finished paragraph), and no other story's text (only a page read out
    of order puts a piece of another story after an open sentence).  Whether the two pieces were one printed
    line or two, they are read the same, so such a pair needs no review there."""
    joined, behind = _unboxed(lines, cuts)  # the page's printed lines, each pair one line again
    printed = [k for k, t in enumerate(joined) if t.strip()]
    above = {k: printed[n - 1] for n, k in enumerate(printed) if n}

    def running(k: int | None) -> bool:  # a line of running text whose sentence goes on after it
        return (k is not None and not _MARKUP.match(joined[k].strip()) and not is_terminal(_content(joined[k]))
                and bool(_SENTENCE_MARK.search(_content(joined[k]))))

    out = set()
    for k, nos in enumerate(behind):
        up = above.get(k)
        if len(nos) != 2 or up is None or _MARKUP.match(joined[up].strip()) or is_terminal(_content(joined[up])):
            continue
        # the line above holds a clause mark, or goes on the open sentence of the line above it (a full line of
        # running text without a mark: 特别是致首届大国工匠创新交流大会 | 贺信精 | 神，…)
        if (running(up) or running(above.get(up))) and not is_terminal(_content(lines[nos[0] - 1])):
            out.add(nos[0])
    return frozenset(out)


def _pair_doubts(paras: Paragraphs, behind: list[tuple[int, ...]], doubts: dict[int, str],
                 settled: frozenset[int]) -> dict[int, str]:
    """``doubts`` with, for each paragraph, the pairs read as one line that ``settled`` does not name."""
    out = dict(doubts)
    for no, nos in paras.origin.items():
        pairs = [behind[n - 1] for n in nos if len(behind[n - 1]) == 2 and behind[n - 1][0] not in settled]
        if pairs:
            said = ", ".join(f"{a} and {b}" for a, b in pairs)
            doubt = (f"lines {said} are each read as one printed line the OCR cut in two (two short lines that "
                     "fill the column together) — check that no headline or other story was run in")
            out[no] = f"{out[no]}; {doubt}" if no in out else doubt
    return out


def _rebox(paras: Paragraphs, behind: list[tuple[int, ...]], sure: frozenset[int] = frozenset(),
           inside: frozenset[int] = frozenset()) -> Paragraphs:
    """``paras`` read from :func:`_unboxed` lines, with the file's line numbers again; ``sure``: the pairs
    (by their first file line) whose text settles that they are one line (:func:`_sure_cuts`); ``inside``:
    those inside a sentence, which need no review on a page read in order (:func:`_inside_sentence`)."""
    def back(nos: tuple[int, ...]) -> tuple[int, ...]:
        return tuple(n for no in nos for n in behind[no - 1])

    origin = {no: back(nos) for no, nos in paras.origin.items()}
    by_line = {no: behind[no - 1] for no in range(1, len(behind) + 1)}
    doubts = {no: renumber(d, by_line) for no, d in paras.doubts.items()}
    # every pair read as one line is said in review: two short lines that fill the column together are a
    # box cut only by their lengths, and a cut column piece's end over a headline can fill one by chance
    # (the headline then runs into the text, and two stories into one file); not those whose text settles it
    said = _pair_doubts(paras, behind, doubts, sure)
    in_order = _pair_doubts(paras, behind, doubts, sure | inside)
    return Paragraphs([Paragraph(p.text, back(p.lines), p.blanks) for p in paras.paragraphs], paras.lines, origin,
                      paras.layout, paras.width, said, paras.soft, in_order if in_order != said else None)
