"""A lead left with no headline, stopping mid-sentence, whose sentence goes on inside another story's text.

Why: on a page whose narrow columns the OCR read out of order, a story's lead (本报讯（记者…）近日，…) is cut
where its printed line ends and read at the page's end, while the rest of its sentence stays where it was
printed, under its headline.  Where that rest stands at a paragraph's start, the reading-order stage joins the
two; where the OCR ran it into the line above (two printed lines read as one, a short item boxed in another
story's column, a headline read as a kicker), it is inside another story's text, and that file holds two
stories' lines.  A story's lead is its first sentence, and a sentence cut by a line break goes on at a line's
start, so a file line whose start finishes a word the lead's cut begins (…为一线职工免 | 费体检，…: 免费) is
where that story's text may go on.  Nothing is moved (the text gives no headline to part the stories at): the
file holding that line says so, naming both lines and the word.

The same lead tells of its headline: a line of a headline's shape that opens on the lead's subject, read on from
a sentence stopping mid-way with nothing in the text across, may be that item's headline, boxed inside another
story's column (:func:`note_heads_of_cut_leads`).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from unionnews.ingest import byline as bl
from unionnews.ingest.assemble import Record
from unionnews.ingest.continuity import cut_end, cut_off, cut_start, frequency, tokenizer, word_across
from unionnews.ingest.normalize import is_cjk, is_terminal
from unionnews.ingest.paragraphs.lines import _content, _measure, headline_shaped
from unionnews.ingest.paragraphs.sidebar import PageRuns, spanned
from unionnews.ingest.paragraphs.widths import _width

_CLAUSE = re.compile("[，,；;：:、]")  # a clause mark or 、: running text's, which a headline seldom prints
_TEXT = re.compile("[，,；;：:、。！？!?]")  # a line of running text holds one, or a sentence end

__all__ = ["goes_on_at", "note_cut_leads", "note_heads_of_cut_leads", "open_leads"]


def open_leads(lines: list[str], numbers: list[int]) -> list[tuple[int, int, str]]:
    """The leads among the file lines ``numbers`` (1-based, an unplaced record's) that stop mid-sentence: each
    as (its first line, its last line, that line's text).  A lead runs from a line opening one (本报讯…, 本报某地
    某日电) over the lines right under it, up to a blank line or the next lead."""
    found: list[list[int]] = []
    for no in sorted(numbers):
        text = _content(lines[no - 1])
        if not text:
            continue
        if bl.LEAD.match(text):
            found.append([no, no])
        elif found and found[-1][1] == no - 1:
            found[-1][1] = no
        else:
            found.append([0, 0])  # text that is no lead's: ends the lead above
    return [(first, last, _content(lines[last - 1])) for first, last in found
            if first and not is_terminal("".join(_content(lines[k - 1]) for k in range(first, last + 1)))]


def goes_on_at(tail: str, line: str) -> str | None:
    """The word a line break cut that ``tail``, a lead's last line, and ``line`` put back together, or None: a
    dictionary word across whose two ends each stand alone where printed (:func:`~.continuity.cut_off`: …职工免 |
    费体检).  A word made of two words whole on either side (…1438名职工 | 服务阵地…: 职工服务) is no evidence: a
    paper's wording gives one across any two of its lines."""
    if tail[-1:].isdigit() and line[:1].isdigit():  # a number a line break cut (…来自60家单位的80 | 0名…)
        return re.match(r"\d+", tail[::-1]).group(0)[::-1] + re.match(r"\d+", line).group(0)
    word = word_across(tail, line)
    return word if word and cut_off(tail, line) else None


def _carried_on(tail: str, firsts: Iterable[str]) -> list[str]:
    """The characters of ``firsts`` that a line may open on for :func:`goes_on_at` to find a word across ``tail``
    and it: a digit after a digit; else, where ``tail``'s last character stands alone (:func:`~.continuity.cut_end`),
    a character that carries an end of ``tail``'s last four characters on as a dictionary word's start (jieba's
    FREQ holds every prefix of its words): :func:`~.continuity.word_across` finds no word across a line opening on
    any other.  So a big page's lines are not each read against each lead."""
    if tail[-1:].isdigit():
        return [ch for ch in firsts if ch.isdigit()]
    if not cut_end(tail):
        return []
    left, freq = tail.rstrip()[-4:], tokenizer().dt.FREQ
    ends = [left[i:] for i in range(len(left))]
    return [ch for ch in firsts if any(end + ch in freq for end in ends)]


def note_cut_leads(lines: list[str], records: list[Record], unplaced: Record | None) -> None:
    """In the review of each article holding a line, not its first, where a lead left unplaced and stopping
    mid-sentence goes on (:func:`goes_on_at`): that lead's story may run on inside this one from that line (the
    module's docstring says why).  Where the lead's cut reads on at more than one line, only at the one whose word
    is the commonest: a rare word across (…为一 | 业。: 一业) is a line break's chance, beside 一线 elsewhere; and
    nowhere where two or more lines tie for it.
    ``lines``: the page's file lines, which the records' ``lines`` number."""
    if unplaced is None:
        return
    leads = open_leads(lines, unplaced.lines)
    if not leads:
        return
    held = [(record, no, text) for record in records for no in sorted(record.lines)[1:]
            for text in [_content(lines[no - 1]) if 0 < no <= len(lines) else ""] if text]
    opening: dict[str, list[int]] = {}  # each first character, the held lines opening on it that a word may
    for k, (_, _, text) in enumerate(held):  # go on at: a digit, or one standing alone (cut_start), in order
        if text[0].isdigit() or cut_start(text):
            opening.setdefault(text[0], []).append(k)
    for first, last, tail in leads:
        asked = sorted(k for ch in _carried_on(tail, opening) for k in opening[ch])
        found = [(*held[k], word) for k in asked for word in [goes_on_at(tail, held[k][2])] if word]
        best = max((frequency(word) for *_, word in found), default=0)
        found = [hit for hit in found if frequency(hit[3]) == best]
        if len(found) != 1:
            continue  # (a word a paper prints often, 工 | 匠学院 at three lines: the text points at no one place)
        for record, no, text, word in found:
            note = (f"line {no} ({text[:10]}…) may be where the lead at line {first}, left with no headline and "
                    f"stopping mid-sentence at line {last} (…{tail[-6:]}), goes on ({word} across the break): "
                    "that lead's story may run on inside this one from that line — check")
            record.say(note)


def _lead_opening(text: str) -> bool:
    """Is ``text`` a lead's opening and no more: its marker and credit, then at most its time and a comma
    (本报讯（记者郑凯）近日，)?  The lead's subject comes next, whatever the line under it holds."""
    lead = bl.LEAD.match(text)
    rest = text[lead.end():] if lead else text
    return bool(lead) and (not rest or bool(bl.LEAD_TIME.fullmatch(rest))) or bool(bl.DATED_LEAD.fullmatch(text))


def _lead_words(lines: list[str], first: int, last: int) -> str:
    """The words of the lead on file lines ``first`` to ``last``, after its marker and credit (本报讯（记者…）)."""
    text = "".join(_content(lines[k - 1]) for k in range(first, last + 1))
    lead = bl.LEAD.match(text)
    return text[lead.end():] if lead else text


def _running(line: str, below: str) -> bool:
    """Is ``line`` running text: it holds a clause mark or a sentence's end, or it stops inside a word the line
    ``below`` finishes, which holds one (…送去防 | 暑降温用品，…)?  A narrow column's line may hold no mark, but a
    line break inside a word is a column's, never a headline's: a headline's lines are set whole, word by word."""
    return bool(_TEXT.search(line) or _TEXT.search(below) and cut_off(line, below))


def _shared_run(head: str, words: str) -> str | None:
    """The two characters ``head`` opens on, where the lead's ``words`` open on them after its time (丙城举办读书分享会
    over 近日，丙城总工会…), or None: a news headline opens on its subject, as its lead's first clause does.  A run
    both merely print somewhere (企事业, 职工代表) is no tie: a paper's wording repeats across its stories."""
    time = bl.LEAD_TIME.match(words)
    subject = words[time.end():] if time else words
    return head[:2] if len(head) > 2 and all(is_cjk(c) for c in head[:2]) and subject.startswith(head[:2]) else None


def note_heads_of_cut_leads(lines: list[str], records: list[Record], unplaced: Record | None) -> None:
    """On a page with a lead left unplaced and stopping mid-sentence (:func:`open_leads`): in the review of each
    article holding a line of a headline's shape read on from a line of running text that stops mid-sentence, with
    nothing in the text running across the two (:func:`~.paragraphs.sidebar.spanned`), over a line of text that
    opens no lead.  That lead's item has a headline and the rest of its text somewhere on the page, and a short
    item boxed inside another story's column, its lead cut away, stands so (…总工会举办职工技能大赛，来自 | 丙城新建
    十家工会驿站 | 户外劳动者提供…): read on, the host's sentence runs into the item's headline and text.  A line as
    wide as the column's full lines is its text, not a headline, unless a blank line sets it off from the host's line
    above (a box set off, its headline as wide as the column: …负责人表示， | (blank) | 南湖区开展职工健康体检)."""
    if unplaced is None:
        return
    leads = open_leads(lines, unplaced.lines)
    if not leads:
        return
    runs, width = PageRuns.of(lines), _width(lines)
    texts = {first: _lead_words(lines, first, last) for first, last, _ in leads}
    for record in records:
        nos = sorted(n for n in record.lines if 0 < n <= len(lines) and _content(lines[n - 1]))
        for up, i, h, u in zip([0] + nos, nos, nos[1:], nos[2:]):
            host, head, under = (_content(lines[k - 1]) for k in (i, h, u))
            above = _content(lines[up - 1]) if up and i - up <= 2 else ""
            if h - i > 2 or u - h > 2 or is_terminal(host) or not headline_shaped(head) or head.endswith("…") \
                    or not _running(under, _content(lines[u]) if u < len(lines) else "") \
                    or bl.LEAD.match(under) or bl.DATED_LEAD.match(under) \
                    or not (_CLAUSE.search(host) or _CLAUSE.search(above) and not is_terminal(above)) \
                    or _lead_opening(host) or width and _measure(head) >= width and h - i < 2 \
                    or spanned(host, head, runs):
                continue  # (a lead's opening line goes on at its subject; a full line not set off is its text)
            tied = [(first, run) for first, words in texts.items() for run in [_shared_run(head, words)] if run]
            if not tied:
                continue  # (no lead on the page names what this line names: a line of its story's own text)
            shown = ", ".join(f"{first} ({run})" for first, run in tied)
            note = (f"line {h} ({head}), a headline's shape, is read on from line {i}, which stops mid-sentence "
                    f"(…{host[-8:]}), with nothing running across the two, and the lead at line {shown}, "
                    "naming what it names, stops mid-sentence with no headline of its own: it may be the headline of "
                    "that lead's item, boxed inside this story's column — check")
            record.say(note)
