"""What the paragraph stage returns: the page's paragraphs with the file lines
behind each, the page laid out one paragraph a line for the later stages, and
the way back from those lines to the file's (line numbers in review reasons
included).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from unionnews.ingest.paragraphs.lines import Paragraph, _join
from unionnews.ingest.paragraphs.widths import ungapped

# how a doubt of this stage says that a headline-shaped line was kept a subhead (and may be another item's headline):
# the segmenter may read that line as a headline after all, and then the doubt says nothing true of it
SUBHEAD_DOUBT = "is read as a subhead"


def subhead_doubt_only(reason: str) -> bool:
    """Does a doubt say only that its line was kept a subhead?  Doubts of one line are joined with "; " into one
    reason, each ending "— check"; one joined with another (a lead inside the paragraph, a running head) still
    says something true when the line is read as a headline, and is kept whole."""
    return SUBHEAD_DOUBT in reason and reason.count("— check") == 1


@dataclass(frozen=True)
class Paragraphs:
    """The page as paragraphs, and the same laid out one paragraph per line for the later stages.

    ``lines`` is that layout (paragraphs parted by blank lines); ``origin`` maps each of its
    line numbers to the file lines the paragraph came from.  ``layout`` names what was found.
    """

    paragraphs: list[Paragraph]
    lines: list[str]
    origin: dict[int, tuple[int, ...]]
    layout: str
    width: int | None = None
    doubts: dict[int, str] = field(default_factory=dict)  # review reasons, by line of :attr:`lines`
    soft: frozenset[int] = frozenset()  # lines of :attr:`lines` after a soft break (``paragraphs(soft=True)``)
    # the review reasons for a page the reading-order stage reads in order, where they differ from :attr:`doubts`
    # (a box-cut pair inside a sentence has nothing else to be there: :func:`boxes._inside_sentence`)
    in_order_doubts: dict[int, str] | None = None

    @cached_property
    def identity(self) -> bool:
        """True when every paragraph is one file line in its own place (nothing re-laid out).
        Cached: asked once per article, and a page's paragraphs do not change."""
        return all(no == lines[0] and len(lines) == 1 for no, lines in self.origin.items())

    def file_lines(self, nos: list[int]) -> list[int]:
        """The file's line numbers behind lines ``nos`` of :attr:`lines`."""
        return [n for no in nos for n in self.origin.get(no, (no,))]

    def file_line(self, no: int) -> int:
        """The file line a paragraph starts on."""
        return self.origin.get(no, (no,))[0]

    def merged(self, keep: set[int], file_lines: list[str]) -> tuple[Paragraphs, dict[int, int]]:
        """The paragraphs with the soft breaks before lines ``keep`` (of :attr:`lines`) joined again,
        as the paragraph stage joins a column's lines; and the new line of each line of :attr:`lines`.
        ``file_lines`` are the page's lines as :func:`~unionnews.ingest.paragraphs.paragraphs` was given them:
        their word gaps are closed as it closed them, so a paragraph's text and its file line agree."""
        file_lines = ungapped(file_lines)
        starts = list(self.origin)
        groups: list[list[int]] = []
        for k, no in enumerate(starts):
            if no in keep and no in self.soft and groups:
                groups[-1].append(k)
            else:
                groups.append([k])
        paras, doubts, uncertain = [], {}, set()
        for g, members in enumerate(groups):
            first = self.paragraphs[members[0]]
            text, nos = first.text, list(first.lines)
            for k in members[1:]:
                p, raw = self.paragraphs[k], file_lines[self.paragraphs[k].lines[0] - 1]
                text = _join(text, file_lines[nos[-1] - 1], raw) + p.text[len(raw.strip()):]
                nos += p.lines
            paras.append(Paragraph(text, tuple(nos), first.blanks))
            doubts.update((g, self.doubts[starts[k]]) for k in members if starts[k] in self.doubts)
            if starts[members[0]] in self.soft:
                uncertain.add(first.lines[0])
        out = _laid_out(paras, self.layout, self.width, doubts, uncertain)
        new = list(out.origin)
        return out, {starts[k]: new[g] for g, members in enumerate(groups) for k in members}


def _laid_out(paras: list[Paragraph], layout: str, width: int | None, doubts: dict[int, str],
              uncertain: set[int]) -> Paragraphs:
    """:class:`Paragraphs` from the paragraph list: one line each, parted by their blank lines.
    ``doubts`` by paragraph index; ``uncertain``: file lines a soft break comes before."""
    out: list[str] = []
    origin: dict[int, tuple[int, ...]] = {}
    by_line: dict[int, str] = {}
    soft: set[int] = set()
    for k, p in enumerate(paras):
        out += [""] * (max(1, p.blanks) if out else p.blanks)
        out.append(p.text)
        origin[len(out)] = p.lines
        if k in doubts:
            by_line[len(out)] = doubts[k]
        if p.lines[0] in uncertain:
            soft.add(len(out))
    return Paragraphs(paras, out + [""], origin, layout, width, by_line, frozenset(soft))


def renumber(reason: str, origin: dict[int, tuple[int, ...]]) -> str:
    """Line numbers in a review reason written by the later stages: ``line 12``, ``lines 3-5, 9``,
    ``12→40``, ``12 | 40`` (numbers elsewhere, such as 3000万元 in quoted text, are left alone),
    each made the first (or, ending a range, last) of the lines ``origin`` gives for it."""
    def one(no: str, last: bool = False) -> str:
        lines = origin.get(int(no))
        return str((lines[-1] if last else lines[0]) if lines else no)

    def ranges(m: re.Match) -> str:
        return re.sub(r"(\d+)(?:-(\d+))?", lambda r: one(r.group(1)) + (
            "-" + one(r.group(2), True) if r.group(2) else ("-" + one(r.group(1), True)
                                                            if len(origin.get(int(r.group(1)), ())) > 1
                                                            else "")), m.group(0))

    reason = re.sub(r"(?<=lines )\d+(?:-\d+)?(?:, ?\d+(?:-\d+)?)*", ranges, reason)
    reason = re.sub(r"(?:out of order|from the text\)): [\d, \-]+", ranges, reason)
    reason = re.sub(r"(?<=line )\d+", lambda m: one(m.group(0)), reason)
    reason = re.sub(r"\b(\d+)(→| \| )(\d+)\b", lambda m: one(m.group(1), True) + m.group(2) + one(m.group(3)), reason)
    return reason
