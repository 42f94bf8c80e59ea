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
"""
from __future__ import annotations

from unionnews.ingest import byline as bl
from unionnews.ingest.assemble import Record
from unionnews.ingest.continuity import cut_off, tokenizer, word_across
from unionnews.ingest.normalize import is_terminal
from unionnews.ingest.paragraphs.lines import _content

__all__ = ["note_cut_leads"]


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
    """The word across ``tail``, a lead's last line, and ``line``, or None: a word a line break cut, its two ends
    each standing alone where printed (:func:`~.continuity.cut_off`: …职工免 | 费体检), or a set phrase of four
    characters or more made of the two sides' whole words (…送去防暑 | 降温用品: 防暑降温).  A shorter word that merely
    adds a character to one already whole on either side is no evidence: any two lines give one."""
    word = word_across(tail, line)
    return word if word and (cut_off(tail, line) or len(word) >= 4) else None


def _count(word: str) -> int:
    """How common ``word`` is in the dictionary the joins are read with."""
    return tokenizer().dt.FREQ.get(word, 0)


def note_cut_leads(lines: list[str], records: list[Record], unplaced: Record | None) -> None:
    """In the review of each article holding a line, not its first, where a lead left unplaced and stopping
    mid-sentence goes on (:func:`goes_on_at`): that lead's story may run on inside this one from that line (the
    module's docstring says why).  Where the lead's cut reads on at more than one line, only at those whose word
    is the commonest: a rare word across (…为一 | 业。: 一业) is a line break's chance, beside 一线 elsewhere.
    ``lines``: the page's file lines, which the records' ``lines`` number."""
    if unplaced is None:
        return
    for first, last, tail in open_leads(lines, unplaced.lines):
        found = [(record, no, text, word) for record in records for no in sorted(record.lines)[1:]
                 for text in [_content(lines[no - 1]) if 0 < no <= len(lines) else ""] if text
                 for word in [goes_on_at(tail, text)] if word]
        best = max((_count(word) for *_, word in found), default=0)
        for record, no, text, word in found:
            if _count(word) < best:
                continue
            note = (f"line {no} ({text[:10]}…) may be where the lead at line {first}, left with no headline and "
                    f"stopping mid-sentence at line {last} (…{tail[-6:]}), goes on ({word} across the break): "
                    "that lead's story may run on inside this one from that line — check")
            review = record.front.setdefault("review", [])
            if note not in review:
                review.append(note)
