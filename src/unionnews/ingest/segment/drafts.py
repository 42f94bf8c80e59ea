"""What the walk builds: paragraphs, article drafts, text that fits no article; and the passes over
finished drafts (column labels given to their story, a headline with nothing under it joined to the next).
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from unionnews.ingest import byline as bl
from unionnews.ingest.continuity import WORD_GAP
from unionnews.ingest.normalize import cjk_count, cjk_pairs, undecorated
from unionnews.ingest.segment.units import CONT, JOINABLE, TEXT, Unit


@dataclass
class Para:
    """A paragraph being assembled from one or more units."""

    kind: str
    units: list[Unit]

    @property
    def text(self) -> str:
        return "".join(u.text for u in self.units)


@dataclass
class Draft:
    """An article in the making."""

    head: list[Unit]
    paras: list[Para] = field(default_factory=list)
    closed: bool = False
    continued: str | None = None
    doubts: list[str] = field(default_factory=list)

    @property
    def units(self) -> list[Unit]:
        return self.head + [u for p in self.paras for u in p.units]

    def body_paras(self) -> list[Para]:
        return [p for p in self.paras if p.kind in JOINABLE]


@dataclass
class Loose:
    """Text that is not (or not surely) part of an article, and why."""

    units: list[Unit]
    reason: str


LEAD_READ = 60  # characters of two leads compared (:func:`similar_leads`)


def similar_leads(a: str, b: str) -> bool:
    """Two reads of one lead: mostly the same wording, the same people credited."""
    return difflib.SequenceMatcher(None, a[:LEAD_READ], b[:LEAD_READ]).ratio() >= 0.6 and not bl.other_credits(a, b)


def give_labels(drafts: list[Draft]) -> None:
    """A column label read between two stories goes to the one its wording names.

    The OCR reads a label printed above a story after that story's text when the
    label sits in the column's head (### 关注服贸会 after 北京建工…亮相服贸会, before
    通州区…骑游大运河; plain-text OCR prints it without the ###).  The segmenter puts it over the story below; when the label
    shares words with the headline of the story above and none with the story below,
    it goes to the story above, and that story's review says so.
    """
    for above, below in zip(drafts, drafts[1:]):
        if len(below.head) < 2 or not above.head or above.continued:
            continue
        label = below.head[0]
        # a label the OCR marked (>> <<, or # levels), or a short line of Chinese alone over a headline
        # without markup (plain-text OCR prints none): a column label's shape either way
        words = WORD_GAP.sub("", undecorated(label.text))  # ★关注服贸会: a label's shape is its words' (关注 服贸会:
        # the OCR's space between two characters of a line says nothing of its words)
        if not (label.label or (len(words) <= 10 and cjk_count(words) == len(words))):
            continue
        if above.units[-1].no > label.no:
            continue
        words = cjk_pairs(label.text)
        over = words & cjk_pairs("".join(u.text for u in above.head))
        under = words & cjk_pairs("".join(u.text for u in below.head[1:]) + "".join(p.text for p in below.paras[:2]))
        if len(over) >= 2 and not under:
            below.head.pop(0)
            above.head.insert(0, label)
            above.doubts.append(f"the column label {label.text!r} (line {label.no}) was read after this story and "
                                f"is given to it: it shares the words {'、'.join(sorted(over))} with this headline "
                                "and none with the story below — check against the page")


def join_textless(drafts: list[Draft]) -> tuple[list[Draft], list[Draft]]:
    """Drafts that got a headline (or a 上接 marker) but no text of their own, joined to the next item.

    An article file must have a body, and a headline with nothing under it is, on a real page,
    the top of the next item (a continuation marker over the text it continues, a headline line
    the OCR set apart).  The joined draft says so in its review; the last such draft, with nothing
    after it, is returned as loose text for the page's _unplaced file.  Nothing printed is dropped.
    """
    out: list[Draft] = []
    pending: Draft | None = None
    for draft in drafts:
        if pending is not None:
            nos = [str(u.no) for u in pending.units]
            note = (f"line{'s' if len(nos) > 1 else ''} {', '.join(nos)} had no text of their own and were joined to "
                    "the next item — check that they belong together")
            if pending.continued:  # the text under the marker continues the earlier story
                paras = pending.paras + ([Para(TEXT, draft.head)] if draft.head else []) + draft.paras
                draft = Draft(head=pending.head, paras=paras, closed=draft.closed, continued=pending.continued,
                              doubts=pending.doubts + draft.doubts + [note])
            else:  # a headline line set apart from the rest of its headline
                draft = Draft(head=pending.head + draft.head, paras=draft.paras, closed=draft.closed,
                              continued=draft.continued, doubts=pending.doubts + draft.doubts + [note])
            pending = None
        if not any(p.kind != CONT for p in draft.paras):
            pending = draft
            continue
        out.append(draft)
    return out, [pending] if pending is not None else []
