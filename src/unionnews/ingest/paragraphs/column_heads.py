"""Headlines in a column's run of lines: a run of short unpunctuated lines over a lead or a dated lead, a
label over its headline, a headline cut by a narrow column, a run a cut line's sentence goes on into.

Why a module of its own: a headline is what ends a column's paragraph even where it fills its line, and
the columns stage asks these questions of a run without the rest of its state.
"""
from __future__ import annotations

import re

from unionnews.ingest import byline as bl
from unionnews.ingest.continuity import BOUND, cut_off, list_cut, needs_more, starts_bound, word_across
from unionnews.ingest.normalize import is_terminal, undecorated
from unionnews.ingest.paragraphs.lines import (CLOSING_QUOTES, HEADLINE_BLOCK, NO_END, NO_START, _CLAUSE_MARK, _INDENT,
                                               _MARKUP, _REFERS_BACK, _ROLES, _SENTENCE_MARK, _balanced, _closes,
                                               _content, _measure, _starts_item, _whole_line_item, headline_shaped)
from unionnews.ingest.paragraphs.claims import _whole_heading


_HEADING_MOST = 40  # the most characters of a headline line run over the column's lines


def _heading_run(lines: list[str], j: int, width: int, lead: bool = False, block: bool = False) -> bool:
    """Do lines j… (up to the first line shorter than the column, or before one wider than it: set in another
    column, as a subhead under a headline its own item's width filled, it begins another item; or before one
    opening an item by its form) read as a headline: at most 40 characters with no sentence punctuation but a
    final ？ or ！?  With ``lead``, the printed line after the run must also open an item (a lead, a byline, markup,
    or a lead on its date under a run :func:`_over_dated_lead` reads as a headline: 操场上的“工匠课” | 11月13日下午，…):
    a headline's other side.  With ``block`` (asked under a finished sentence), the run may be a headline and its
    subtitle run together, twice as long, where the line after it opens an item so: a title that fills its last
    line exactly leaves no short line before its subtitle (…座谈会召开 | 劳动法律监督…全覆盖 | 本报厦门9月25日电…), and
    the sentence above ends where the block begins, so no shorter run under it is asked for."""
    run, k, lines_in = "", j, 0
    while k < len(lines):
        if not lines[k].strip():
            k += 1
            continue
        if lines_in and (_measure(lines[k]) > width + 2 or _starts_item(lines[k])):
            break  # wider than the column, even with marks hung past its end: set in another, another item; or
            # opening one (a 上接 marker, a lead) under a headline that filled its line (…为何人气爆棚？ | （上接第1版）)
        run += _content(lines[k])
        lines_in += 1
        full = _measure(lines[k]) >= width
        k += 1
        if not full:
            break
    run = run.rstrip("？！?!")  # a headline may ask or exclaim (这场“宝藏盛会”为何人气爆棚？)
    if not run or len(run) > (2 if block else 1) * _HEADING_MOST or _SENTENCE_MARK.search(run) \
            or not _balanced(run) or list_cut(run):
        return False  # a headline closes the quotes it opens, and the lists
    if lead or block:
        if lead and lines_in > 1 and _heading_run(lines, j + 1, width, lead=True):
            return False  # the headline is the shorter run: break later, before its first line
        if len(run) < 5 or (_CLAUSE_MARK if lead else _SENTENCE_MARK).search(run) or not _balanced(run) \
                or run.endswith("—"):
            return False
        at = next((m for m in range(k, len(lines)) if lines[m].strip()), len(lines))
        if at < len(lines) and _word_end_alone(lines, k - 1, at):
            run += _content(lines[at])  # …全覆 | 盖: the run's last character, alone on a line a picture cut short
            at = next((m for m in range(at + 1, len(lines)) if lines[m].strip()), len(lines))
        after = lines[at] if at < len(lines) else ""
        return (_starts_item(after) or (at < len(lines) and _lead_across(lines, at)) or bl.is_byline(_content(after))
                or _over_dated_lead(run, _content(lines[k - 1]), opening(lines, at, width)))
    return True


def _word_end_alone(lines: list[str], i: int, j: int) -> bool:
    """Is line j one Chinese character alone that finishes a word line i stops inside (…实现省级层面全覆 | 盖, then
    the next item's lead), and no word with the line after it?  A column narrowed beside a picture cuts lines
    short where the picture ends, not where a paragraph does, and no paragraph is one character: the character
    is line i's last.  (A drop cap, 本 | 报讯…, begins a word with the line after it.)"""
    cb = _content(lines[j])
    if not re.fullmatch(r"[\u4e00-\u9fff]", cb) or word_across(_content(lines[i]), cb) is None:
        return False
    k = next((m for m in range(j + 1, len(lines)) if lines[m].strip()), None)
    return k is None or word_across(cb, _content(lines[k])) is None


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


def opening(lines: list[str], j: int, width: int, size: int = 12) -> str:
    """The first words of the paragraph that opens at line j: its text and, while a line fills the column,
    the next lines' (blank lines skipped), up to ``size`` characters.  A narrow column may cut a lead's date
    from the comma after it (11 月 13 日 | 下午，…), and a lead on its date is told by the two together."""
    text, k = "", j
    while k < len(lines) and len(text) < size:
        if lines[k].strip():
            text += _content(lines[k])
            if _measure(lines[k]) < width:
                break
        k += 1
    return text


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
        if _over_dated_lead(run, ck, opening(lines, m, width)):
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


def _names_again(head: str, text: str) -> bool:
    """Does ``text`` name, in its first words, what the headline ``head`` opens with (its first four
    characters within the first eight: 玉溪红塔区总工会打造… over 云南玉溪红塔区总工会联合…)?  A lead names
    the headline's subject again, often after a place or a date; a headline's own next line does not.  The
    headline's words, without a decoration printed before them (▲玉溪红塔区…)."""
    head = undecorated(head)
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


def _heading_cut(so_far: str, before: str, ca: str, below: str, ahead: int) -> bool:
    """Are a short line and the short line under it one headline or subhead its column cut (带动更多创 | 新成果涌现,
    a ten-character subhead in a column of nine or a big headline's type): both a headline's shape, the first
    alone in its paragraph under a finished one (or the page's first line; or the paragraph so far a headline's
    shape, its lines cut so before), and a dictionary word across the two, or the first ending on a list's 、 (a
    headline's list the column cut: 顶尖科学家、卓越工程师、 | 大国工匠交流论坛…; no headline ends on one)?  Each
    short line would end its paragraph, and the subhead's pieces read as a headline block of two lines, an item of
    its own cut off its story.  A headline and its subtitle, each whole, make no word across the break but by
    chance, and joined they are still the same headline's words."""
    cb = _content(below)
    listed = ca.endswith("、") and headline_shaped(ca[:-1])
    return ((_content(so_far) == ca or headline_shaped(_content(so_far))) and (not before or _closes(before))
            and (headline_shaped(ca) or listed) and headline_shaped(cb) and _measure(below) < ahead
            and (listed or word_across(ca, cb) is not None))


def _title_above(before: str) -> bool:
    """Is the paragraph ``before`` a headline line (its shape, no clause mark), so that a headline-shaped paragraph
    under it is its subtitle?  A subtitle that fills its last column line runs on into a lead with no 本报讯
    marker (…每年组织…入企解难题 | 9月24日上午，…) unless the dated lead ends it as it ends a headline under a
    finished story: neither a headline nor its subtitle goes on into a sentence opening on its date."""
    return headline_shaped(before, HEADLINE_BLOCK) and not _CLAUSE_MARK.search(_content(before))
