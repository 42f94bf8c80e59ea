"""Split a headline block into 引题 (kicker), 主题 (title), 副题 (subtitle) and 栏目 (column).

Why rules and not a model: the OCR sometimes marks headline lines with ``#``
(fewest ``#`` = the main headline; the levels are not consistent between
pages, so only their order matters) and sometimes not at all.  When nothing
marks the lines, a ``——`` lead or tail, a pair of parallel phrases, or
relative length decide, and the guess is reported so the article is flagged
for review.  Short unpunctuated labels (工会创新实践调研行, 关注服贸会) are columns.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from unionnews.ingest.normalize import line_text, undecorated

_PARALLEL = re.compile(r"[\u4e00-\u9fff“”]{3,12} [\u4e00-\u9fff“”]{3,12}")


@dataclass
class HeadLine:
    """One line of a headline block as the segmenter saw it."""

    text: str
    hashes: int = 0
    label: bool = False


@dataclass
class Headline:
    """The resolved parts; ``doubts`` are review reasons."""

    title: str = ""
    kicker: str = ""
    subtitle: str = ""
    column: str = ""
    doubts: list[str] = field(default_factory=list)


def is_column_like(text: str) -> bool:
    """A short label without punctuation or spaces, e.g. 工会重点工作创新案例 (or ★关注服贸会: a decoration
    printed before it is no word of it)."""
    text = undecorated(text)
    return len(text) <= 10 and bool(re.fullmatch(r"[\u4e00-\u9fff]+", text))


def _split_unmarked(lines: list[str], out: Headline) -> None:
    if not lines:
        return
    if len(lines) == 1:
        out.title = lines[0]
        return
    for i, text in enumerate(lines):
        if text.startswith("——") and i > 0:
            out.title, out.subtitle = lines[i - 1], "".join(lines[i:])
            out.kicker = " ".join(lines[:i - 1])
            return
    for i, text in enumerate(lines[:-1]):
        if text.endswith("——"):
            out.kicker, out.title = " ".join(lines[:i + 1]), lines[i + 1]
            out.subtitle = " ".join(lines[i + 2:])
            return
    if len(lines) == 2:
        first, second = lines
        if _PARALLEL.fullmatch(first):
            out.kicker, out.title = first, second
            return
        if len(second) < 0.8 * len(first):
            out.kicker, out.title = first, second
            out.doubts.append("headline lines read as kicker + title by their length (no OCR marks) — check against the page")
        else:
            out.title, out.subtitle = first, second
            out.doubts.append("headline lines read as title + subtitle by their length (no OCR marks) — check against the page")
        return
    out.kicker, out.title, out.subtitle = lines[0], lines[1], " ".join(lines[2:])
    out.doubts.append(f"{len(lines)}-line headline split as kicker/title/subtitle by position — check against the page")


def resolve(block: list[HeadLine]) -> Headline:
    """Resolve a headline block (labels and lines, in reading order)."""
    out = Headline()
    columns: list[str] = []
    lines: list[HeadLine] = []
    for h in block:  # labels above the headline are columns, in reading order
        if h.label and not lines:
            columns.append(line_text(h.text))
        elif h.label:
            lines.append(h)
        else:
            lines.append(h)
    while lines and lines[0].label:
        columns.append(line_text(lines.pop(0).text))
    # leading short labels (工会重点工作创新案例, ### 关注服贸会) are columns, not kickers
    while len(lines) > 1 and (lines[0].label or is_column_like(lines[0].text)):
        rest = [h.hashes for h in lines[1:] if h.hashes]
        if not lines[0].label and lines[0].hashes and (not rest or lines[0].hashes <= min(rest)):
            break
        columns.append(line_text(lines.pop(0).text))
    trailing = [h for h in lines if h.label]
    lines = [h for h in lines if not h.label]
    marked = [h for h in lines if h.hashes]
    if marked:
        top = min(marked, key=lambda h: h.hashes)
        idx = lines.index(top)
        out.title = line_text(top.text)
        before = [line_text(h.text) for h in lines[:idx]]
        after = []
        for h in lines[idx + 1:]:
            text = line_text(h.text)
            if is_column_like(text) and not text.startswith("——"):
                columns.append(text)
            else:
                after.append(text)
        out.kicker, out.subtitle = " ".join(before), " ".join(after)
    else:
        _split_unmarked([line_text(h.text) for h in lines], out)
    out.column = " ".join(columns + [line_text(h.text) for h in trailing])
    return out
