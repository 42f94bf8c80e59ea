"""Printed-page geometry → articles: reading order and boundaries from where the text sits.

Every page source with coordinates (a PDF's text layer, hOCR, ALTO) is read into one
:class:`PageLayout`: lines of text with their boxes and type size, the rules drawn on the page,
and photo boxes.  From there one path decides the articles:

1. **Blocks, by cutting the page** (recursive XY-cut): first along rules that cross the whole
   region (newspapers rule stories off from each other), else along white gaps that cross it
   (a band of white at least a line high, or a column gutter).  The order of the cuts is the
   reading order: bands top to bottom, columns left to right.
2. **Headlines, by type size**: a line set clearly larger than the page's body type (the size
   most of its characters are set in) is headline type; the largest run in a headline block is
   the title, a smaller run above it the kicker (引题), below it the subtitle (副题).
3. **Articles**: a headline block after text starts a new article; text before the first
   headline is page furniture or stray text for the page's unplaced file.
4. **Paragraphs**: inside a block, a line set in from the block's left edge (the indent of
   Chinese paragraphs), a change of type size, or a line after one that stops well short of the
   right edge starts a paragraph; lines of a paragraph are joined with nothing between them.

Nothing here knows about any one page's design: thresholds are in units of the page's own body
type size.
"""
from __future__ import annotations

import bisect
import re
import statistics
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from unionnews.ingest.box import Box

if TYPE_CHECKING:
    from collections.abc import Callable

    from unionnews.ingest.scan import Gutters

__all__ = ["Box", "TextLine", "Word", "PageLayout", "GeoArticle", "GeoPara", "read_layout", "body_size",
           "words_to_lines", "from_words"]

HEADLINE_RATIO = 1.22  # a line this much larger than body type is headline type
SUBHEAD_RATIO = 1.06   # between this and HEADLINE_RATIO, a centred line is an in-article subhead


@dataclass(frozen=True)
class TextLine:
    """One printed line: its text, box and type size (in page units)."""

    text: str
    box: Box
    size: float


@dataclass(frozen=True)
class Word:
    """A word as an OCR engine gives it, with the engine's line number."""

    text: str
    box: Box
    line: int
    line_box: Box | None = None  # the engine's box of the whole line, when it gives one
    conf: float | None = None  # the engine's confidence in the word, 0–1, when it gives one


@dataclass(frozen=True)
class PageLayout:
    """A page as a geometry source gives it: size, lines, rules, photo boxes, and which file."""

    width: float
    height: float
    lines: tuple[TextLine, ...]
    rules: tuple[Box, ...] = ()
    figures: tuple[Box, ...] = ()


@dataclass(frozen=True)
class GeoPara:
    """A paragraph: ``kind`` is ``text``, ``sub`` (an in-article subhead) or ``small`` (set smaller:
    captions, credits)."""

    text: str
    kind: str
    lines: tuple[TextLine, ...]


@dataclass(frozen=True)
class GeoArticle:
    """An article found on the page; ``regions`` are page fractions ``[x, y, w, h]``."""

    kicker: str
    title: str
    subtitle: str
    paras: tuple[GeoPara, ...]
    regions: tuple[tuple[float, float, float, float], ...]
    doubts: tuple[str, ...] = ()
    continued: str = ""  # the page a continuation goes on from (its 上接第N版 line), else ""


@dataclass(frozen=True)
class GeoPage:
    """What :func:`read_layout` found: the articles in reading order and the text no article took."""

    articles: tuple[GeoArticle, ...]
    loose: tuple[GeoPara, ...]
    body: float


def body_size(lines: tuple[TextLine, ...] | list[TextLine]) -> float:
    """The type size most characters are set in (the median over characters, not lines)."""
    sizes = sorted((line.size, max(1, len(line.text.strip()))) for line in lines)
    total = sum(n for _, n in sizes)
    seen = 0
    for size, n in sizes:
        seen += n
        if seen * 2 >= total:
            return size
    return 10.0


# --- OCR words → lines --------------------------------------------------------------------------

def _cjk(ch: str) -> bool:
    return "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\uff00" <= ch <= "\uffef" or \
        "\u3000" <= ch <= "\u303f" or ch in "“”‘’"


def _ideograph(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _height(word: Word) -> float:
    return word.line_box.height if word.line_box else word.box.height


_RULE_GLYPHS = set("|｜丨│┃!！lI1")


def _median(values: list[float]) -> float:
    values = sorted(values)
    return values[len(values) // 2] if values else 0.0


def _body(words: list[Word]) -> float:
    """The body type's line height: the median height of the engine's line boxes, over the words
    of lines that hold one line of type.  An engine that runs a headline and the body beside it,
    or two lines of a column, into one line box makes that box two lines tall, and on a page where
    it does so often the plain median is a line and a half; the characters' own boxes (their
    median, over ideographs) show how tall one line of type is."""
    em = _median([w.box.height for w in words if _ideograph(w.text)])
    heights = [_height(w) for w in words]
    single = [h for h in heights if not em or h <= 1.5 * em]
    return _median(single or heights) or 10.0


def _ghosts(words: list[Word], body: float) -> set[int]:
    """Words an engine read twice: where Tesseract's layout analysis fails (large type beside
    text, headlines over several columns) it reads the same ink again as a second, overlapping
    line of unsure words.  A word the engine doubts, lying mostly on a surer word of another line,
    is that second reading, not printed text; so is every word of a line made mostly of such
    words (or, when the engine doubts most of the line, a third of them) that lies partly on
    another line's words."""
    cell = max(body * 4, 1.0)
    grid: dict[tuple[int, int], list[int]] = {}

    def cells(b: Box):
        return [(gx, gy) for gx in range(int(b.x0 // cell), int(b.x1 // cell) + 1)
                for gy in range(int(b.y0 // cell), int(b.y1 // cell) + 1)]

    for i, w in enumerate(words):
        for c in cells(w.box):
            grid.setdefault(c, []).append(i)

    def covered(i: int, surer: bool) -> float:
        """The largest share of word i's box that one word of another line covers."""
        w = words[i]
        area = max(w.box.width * w.box.height, 1.0)
        best = 0.0
        for j in {j for c in cells(w.box) for j in grid.get(c, ())}:
            o = words[j]
            if o.line == w.line or (surer and (o.conf or 0.0) <= (w.conf or 0.0)):
                continue
            inter = max(0.0, min(w.box.x1, o.box.x1) - max(w.box.x0, o.box.x0)) * \
                max(0.0, min(w.box.y1, o.box.y1) - max(w.box.y0, o.box.y0))
            best = max(best, inter / area)
        return best

    out = {i for i, w in enumerate(words) if w.conf is not None and w.conf < 0.6 and covered(i, True) >= 0.5}
    by_line: dict[int, list[int]] = {}
    for i, w in enumerate(words):
        by_line.setdefault(w.line, []).append(i)
    for members in by_line.values():
        twice = sum(i in out for i in members)
        unsure = _median([words[i].conf if words[i].conf is not None else 1.0 for i in members]) < 0.5
        if twice * 2 >= len(members) or (unsure and twice * 3 >= len(members)):
            out |= {i for i in members if covered(i, False) >= 0.2}
    return out


def _cut_word(word: Word, x: float) -> tuple[Word, Word] | None:
    """A word the engine ran across ``x`` (a rule or gutter), as the characters either side of it
    (Chinese type is set on a square grid, so characters are spread evenly over the box)."""
    n = len(word.text)
    k = round(n * (x - word.box.x0) / max(word.box.width, 1e-6))
    if n < 2 or not 0 < k < n:
        return None
    b = word.box
    return (Word(word.text[:k], Box(b.x0, b.y0, min(x, b.x1), b.y1), word.line, word.line_box, word.conf),
            Word(word.text[k:], Box(max(x, b.x0), b.y0, b.x1, b.y1), word.line, word.line_box, word.conf))


def _split_at(word: Word, x: float, rule: bool) -> tuple[Word | None, Word | None]:
    """The characters of a word left and right of ``x``; at a rule, the character the rule
    stands in (the engine read the rule as | or 丨) is not printed text and goes."""
    n, b = len(word.text), word.box
    slot = min(n - 1, max(0, int(n * (x - b.x0) / max(b.width, 1e-6))))
    if rule and word.text[slot] in _RULE_GLYPHS:
        left, right = word.text[:slot], word.text[slot + 1:]
    else:
        cut = _cut_word(word, x)
        if cut is None:  # one character: it goes to the side its middle is on
            return (word, None) if (b.x0 + b.x1) / 2 < x else (None, word)
        left, right = cut[0].text, cut[1].text
    return (Word(left, Box(b.x0, b.y0, min(x, b.x1), b.y1), word.line, word.line_box, word.conf) if left else None,
            Word(right, Box(max(x, b.x0), b.y0, b.x1, b.y1), word.line, word.line_box, word.conf) if right else None)


def words_to_lines(words: list[Word], rules: list[Box] | tuple[Box, ...] = (),
                   gutters: "Gutters | None" = None) -> list[TextLine]:
    """The engine's lines, broken where a vertical rule, white wider than a narrow gutter, or
    (with the page image) a gutter the image shows lies between or runs through words: engines
    run a line on across a gutter into the next column and across the rule between two stories
    set side by side, sometimes reading the rule as a character, and their word boxes for Chinese
    often reach over the gap.  Words the engine read twice are dropped (:func:`_ghosts`).  A
    line's type size is the height of the engine's line box: engines' word boxes for Chinese are
    often taller than the line (one takes in a neighbouring line) or flat (一), their line boxes
    are not; but a line box much taller than the characters in it spans lines of different type
    the engine ran together (a headline and the body text beside it), so there each piece is
    measured by its own words."""
    body = _body(words)
    verticals = [r for r in rules if r.height > 2 * r.width and r.height > body]
    ghosts = _ghosts(words, body)
    by_line: dict[int, list[Word]] = {}
    for i, word in enumerate(words):
        if i not in ghosts:
            by_line.setdefault(word.line, []).append(word)
    out = []
    for _, group in sorted(by_line.items()):
        group.sort(key=lambda w: w.box.x0)
        lb = group[0].line_box
        # a line box much taller than the characters in it holds lines of different type the
        # engine ran together (a headline and the body text beside it): measure by words there
        merged = lb is not None and lb.height > 1.5 * max(body, _median(
            [w.box.height for w in group if _ideograph(w.text)]) or body)
        # where the page image shows a gutter through this line (see scan.Gutters)
        channels: list[float] = []
        if gutters is not None:
            em = _median([w.box.height for w in group if _ideograph(w.text)]) or body
            y0 = lb.y0 if lb is not None else min(w.box.y0 for w in group)
            y1 = lb.y1 if lb is not None else max(w.box.y1 for w in group)
            channels = [(a + b) / 2 for a, b in gutters.at(y0, y1, 1.2 * max(em, body), 0.9 * max(em, body))]
        # words cut where a rule or gutter runs through them; the rule itself read as a character goes
        pieces: list[Word | None] = []  # None: a break
        for word in group:
            crossing = [(v.x0 + v.x1) / 2 for v in verticals if v.y0 <= word.box.y1 and v.y1 >= word.box.y0
                        and word.box.x0 - 1 <= (v.x0 + v.x1) / 2 <= word.box.x1 + 1]
            if word.box.width <= body * 0.8 and all(c in _RULE_GLYPHS for c in word.text) and any(
                    v.y0 <= word.box.y1 and v.y1 >= word.box.y0
                    and word.box.x0 - body / 3 <= (v.x0 + v.x1) / 2 <= word.box.x1 + body / 3 for v in verticals):
                pieces.append(None)  # the rule read as a character (its box a little off the rule)
                continue
            ruled = set(crossing)
            crossing += [x for x in channels if word.box.x0 < x < word.box.x1]
            for x in sorted(crossing):
                left, word = _split_at(word, x, x in ruled)
                if left is not None:
                    pieces.append(left)
                pieces.append(None)
                if word is None:
                    break
            if word is not None:
                pieces.append(word)
        runs: list[list[Word]] = [[]]
        for word in pieces:
            if word is None:
                if runs[-1]:
                    runs.append([])
                continue
            prev = runs[-1][-1] if runs[-1] else None
            if prev is not None:
                gap = word.box.x0 - prev.box.x1
                # the type size here: of the two words' characters (a quote or comma's box is
                # the mark's, not the type's), the line's own when its box is not much taller
                if merged:
                    ems = [w.box.height for w in (prev, word) if _ideograph(w.text)]
                    em = max(body, min(ems) if ems else body)
                else:
                    em = max(body, _height(prev))
                centre_p, centre_w = (prev.box.x0 + prev.box.x1) / 2, (word.box.x0 + word.box.x1) / 2
                ruled = any(centre_p < (v.x0 + v.x1) / 2 < centre_w and v.y0 <= word.box.y1 and v.y1 >= word.box.y0
                            for v in verticals) or any(centre_p < x < centre_w for x in channels)
                if gap > em * 0.9 or ruled:
                    runs.append([])
            runs[-1].append(word)
        runs = [r for r in runs if r]
        # one line of one type, unless the engine ran it across a rule or gutter into type of
        # another size (a headline beside the next story's deck): each side is then its own
        whole = not merged and not _types_differ(runs)
        texts = []
        for run in runs:
            text = run[0].text
            for prev, word in zip(run, run[1:]):
                # a space between Latin words or numbers where there is white, not between the
                # characters of one number a producer gives a word each
                spaced = not (_cjk(prev.text[-1]) or _cjk(word.text[0])) and \
                    word.box.x0 - prev.box.x1 >= 0.2 * min(prev.box.height, word.box.height)
                text += (" " if spaced else "") + word.text
            texts.append(text)
        if whole:  # one line of one type: measured over all its pieces (a piece of one word is
            # as wide as the engine's box for it, which is often far off)
            measured = [_measure([w for r in runs for w in r], "".join(texts), body, whole,
                                 sum(max(w.box.x1 for w in r) - min(w.box.x0 for w in r) for r in runs))] * len(runs)
        else:
            measured = [_measure(run, text, body, whole) for run, text in zip(runs, texts)]
        for run, text, size in zip(runs, texts, measured):
            if whole and lb is not None:
                y0, y1 = lb.y0, lb.y1
            else:
                y0, y1 = _median([w.box.y0 for w in run]), _median([w.box.y1 for w in run])
            box = Box(min(w.box.x0 for w in run), y0, max(w.box.x1 for w in run), y1)
            out.append(TextLine(text=text, box=box, size=size))
    return out


def _types_differ(runs: list[list[Word]]) -> bool:
    """Are runs of one engine line set in different type: characters both taller (by a quarter)
    and set wider apart than on another run?  Heights are the median over characters (an
    engine's box for a word of one character is often taller than one for several); the
    pitch is the run's width over its characters."""
    seen = []
    for run in runs:
        heights = [w.box.height for w in run if _ideograph(w.text) for _ in range(len(w.text))]
        if len(heights) < 3:
            continue
        ems = sum(1.0 if _cjk(c) else 0.5 for w in run for c in w.text if not c.isspace())
        seen.append((_median(heights), (max(w.box.x1 for w in run) - min(w.box.x0 for w in run)) / ems))
    return any(h1 > 1.25 * h2 and p1 > 1.15 * p2 for h1, p1 in seen for h2, p2 in seen)


def _measure(run: list[Word], text: str, body: float, whole: bool, width: float | None = None) -> float:
    """The type size of a run of words: the height of the engine's line box (of the words' own
    boxes for a piece of a line the engine ran together), unless the characters are much
    narrower than that."""
    sizes = sorted(_height(w) if whole else w.box.height for w in run)
    ems = sum(1.0 if _cjk(c) else 0.5 for c in text if not c.isspace()) or 1.0
    if width is None:
        width = max(w.box.x1 for w in run) - min(w.box.x0 for w in run)
    per_em = width / ems
    # marks (quotes, commas) are set narrower than an em in many fonts: where the run has words of
    # ideographs alone, their pitch is the type's too
    pure = [w for w in run if all("\u4e00" <= c <= "\u9fff" for c in w.text)]
    if sum(len(w.text) for w in pure) >= 3:
        per_em = max(per_em, sum(w.box.width for w in pure) / sum(len(w.text) for w in pure))
    # Chinese type is square: a line taller than its characters are wide holds lines the
    # engine ran together (or characters it stacked), not large type
    height = sizes[len(sizes) // 2]
    if height <= per_em * 1.15:
        return height
    # the box is not the type's: believe the width only for plainly large type
    return per_em if per_em >= 1.6 * body else min(per_em, body)


def from_words(width: float, height: float, words: list[Word], rules: list[Box], figures: list[Box],
               image=None) -> PageLayout:
    """An OCR page: lines from words; rules and pictures from the page image when there is one
    (:mod:`unionnews.ingest.scan`), else the engine's own (rules only when long and thin)."""
    body = _body(words)
    if image is not None:
        # Pillow and numpy load only for a page that has an image beside it.
        from PIL import Image

        from unionnews.ingest.scan import Gutters, rules_and_pictures
        with Image.open(image) as im:
            scale = width / im.size[0]
        rules, figures = rules_and_pictures(image, body, scale)
        gutters = Gutters(image, scale)
    else:
        rules = [r for r in rules if max(r.width, r.height) >= 6 * body]
        gutters = None
    lines = words_to_lines(_clip_at_rules(words, rules), rules, gutters)
    if gutters is not None:  # large type is inked as tall as it is (see scan.Gutters.ink_height);
        # "large" against the body size the articles are read with (read_layout's)
        large = HEADLINE_RATIO * min(body, body_size(lines))
        lines = [TextLine(l.text, l.box, min(l.size, gutters.ink_height(l.box) / 0.9))
                 if l.size >= large else l for l in lines]
    lines = _marks_alone(lines)
    # what an engine reads inside a picture is texture more often than type: never a headline there
    lines = [TextLine(l.text, l.box, min(l.size, body)) if any(_inside(l.box, f) for f in figures) else l
             for l in lines]
    return PageLayout(width=width, height=height, lines=tuple(lines), rules=tuple(rules), figures=tuple(figures))


def _clip_at_rules(words: list[Word], rules: list[Box] | tuple[Box, ...]) -> list[Word]:
    """Word boxes kept to their side of a rule across the page: an engine's box for a word (and its
    line's box) now and then reaches down or up over the rule under a 版头 or between two stories
    (a date's box taken to the text under the rule), which joins what the rule parts.  Ink does
    not cross a rule printed through it, so a box the rule runs through is cut at the rule, keeping
    the side with more of the box."""
    flat = [r for r in rules if r.width > 4 * max(r.height, 1.0)]
    if not flat:
        return words

    def clip(box: Box, cx: float, keep_above: bool | None = None) -> tuple[Box, bool | None]:
        for r in flat:
            y = (r.y0 + r.y1) / 2
            if not (r.x0 <= cx <= r.x1 and box.y0 + 0.15 * box.height < y < box.y1 - 0.15 * box.height):
                continue
            above = (y - box.y0) >= (box.y1 - y) if keep_above is None else keep_above
            return (Box(box.x0, box.y0, box.x1, r.y0) if above else Box(box.x0, r.y1, box.x1, box.y1)), above
        return box, None

    out = []
    for w in words:
        cx = (w.box.x0 + w.box.x1) / 2
        box, above = clip(w.box, cx)
        line_box = w.line_box
        if above is not None and line_box is not None:
            line_box, _ = clip(line_box, cx, above)
        out.append(w if box is w.box else Word(w.text, box, w.line, line_box, w.conf))
    return out


_CLOSING = set("”’」』）》】〉!！?？…")


def _marks_alone(lines: list[TextLine]) -> list[TextLine]:
    """A line of closing marks only (a quote wrapped onto a line of its own) cannot be
    measured from its box (the mark's, not the type's): it is set in the type of the line it ends,
    the nearest line above it that it stands under."""
    out = []
    for line in lines:
        if line.text.strip() and all(ch in _CLOSING or ch.isspace() for ch in line.text):
            above = [o for o in lines if o is not line and any(ch.isalnum() for ch in o.text)
                     and o.box.y1 <= line.box.y0 + 0.5 * line.box.height
                     and line.box.y0 - o.box.y1 <= 0.6 * o.size
                     and o.box.x0 - o.size <= line.box.x0 and line.box.x1 <= o.box.x1 + o.size]
            if above:
                line = TextLine(line.text, line.box, max(above, key=lambda o: o.box.y1).size)
        out.append(line)
    return out


def _inside(box: Box, outer: Box) -> bool:
    cx, cy = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
    return outer.x0 <= cx <= outer.x1 and outer.y0 <= cy <= outer.y1


# --- 1. blocks --------------------------------------------------------------------------------

@dataclass
class _Region:
    box: Box
    lines: list[TextLine] = field(default_factory=list)


def _gaps(spans: list[tuple[float, float]], lo: float, hi: float, least: float) -> list[float]:
    """Middles of the white gaps at least ``least`` wide between the spans, inside (lo, hi)."""
    cuts = []
    spans = sorted(spans)
    reach = None
    for a, b in spans:
        if reach is not None and a - reach >= least:
            cuts.append((reach + a) / 2)
        reach = b if reach is None else max(reach, b)
    return [c for c in cuts if lo < c < hi]


def _rule_cuts(lines: list[TextLine], rules: tuple[Box, ...], horizontal: bool, body: float) -> list[float]:
    """Positions of rules that cross every line's extent across and cut no line."""
    if not lines:
        return []
    lo = min(l.box.x0 if horizontal else l.box.y0 for l in lines)
    hi = max(l.box.x1 if horizontal else l.box.y1 for l in lines)
    cuts = []
    for r in rules:
        thin = r.height if horizontal else r.width
        long_ = r.width if horizontal else r.height
        if thin > body * 0.6 or long_ < body * 3:
            continue
        a, b = (r.x0, r.x1) if horizontal else (r.y0, r.y1)
        pos = (r.y0 + r.y1) / 2 if horizontal else (r.x0 + r.x1) / 2
        if a > lo + body or b < hi - body:
            continue  # does not cross the whole region
        # a line is on one side of the rule when it stays there to within a fifth of an em, or
        # (an engine's box for a word of large type or a stray mark often overhangs a rule by a
        # little) its middle is there and it reaches past the rule by under a third of its height
        def side(l: TextLine) -> int:
            a, b = (l.box.y0, l.box.y1) if horizontal else (l.box.x0, l.box.x1)
            over = max(body * 0.2, 0.3 * (b - a))
            if b <= pos + over and (a + b) / 2 < pos:
                return -1
            if a >= pos - over and (a + b) / 2 > pos:
                return 1
            return 0
        sides = [side(l) for l in lines]
        if -1 in sides and 1 in sides and 0 not in sides:
            cuts.append(pos)
    return sorted(set(round(c, 1) for c in cuts))


def _split(lines: list[TextLine], cuts: list[float], horizontal: bool) -> list[list[TextLine]]:
    parts: list[list[TextLine]] = [[] for _ in range(len(cuts) + 1)]
    for line in lines:
        middle = (line.box.y0 + line.box.y1) / 2 if horizontal else (line.box.x0 + line.box.x1) / 2
        parts[sum(middle > c for c in cuts)].append(line)
    return [p for p in parts if p]


def _blocks(lines: list[TextLine], rules: tuple[Box, ...], body: float, depth: int = 0) -> list[list[TextLine]]:
    """Recursive XY-cut: rules first, then white gaps; bands top to bottom, columns left to right."""
    if len(lines) <= 1 or depth > 40:
        return [_rows(lines)] if lines else []
    for horizontal in (True, False):
        cuts = _rule_cuts(lines, rules, horizontal, body)
        if cuts:
            return [b for part in _split(lines, cuts, horizontal) for b in _blocks(part, rules, body, depth + 1)]
    x0, x1 = min(l.box.x0 for l in lines), max(l.box.x1 for l in lines)
    y0, y1 = min(l.box.y0 for l in lines), max(l.box.y1 for l in lines)
    # a band of white taller than the line spacing, or a column gutter
    cuts = _gaps([(l.box.y0, l.box.y1) for l in lines], y0, y1, body * 1.1)
    if cuts:
        cuts = _dropped_lines(lines, cuts, body)
    if cuts:
        return [b for part in _split(lines, cuts, True) for b in _blocks(part, rules, body, depth + 1)]
    cuts = _gutters(lines, _gaps([(l.box.x0, l.box.x1) for l in lines], x0, x1, body * 0.7))
    if cuts:
        return [b for part in _split(lines, cuts, False) for b in _blocks(part, rules, body, depth + 1)]
    cuts = _type_cuts(lines, body)
    if cuts:
        return [b for part in _split(lines, cuts, True) for b in _blocks(part, rules, body, depth + 1)]
    return [_rows(lines)]


def _dropped_lines(lines: list[TextLine], cuts: list[float], body: float) -> list[float]:
    """The white gaps that are not a line an OCR engine dropped: in one column of body type (no
    gutter through it), white under two and a half lines between body lines that start at the same
    left edge or indent is where the engine lost a line (a lone 。 wrapped onto a line of its own, a
    short last line), and the column goes on; cut there, a story's column would come apart and its
    pieces go to two stories.  A headline, a 上接 marker, a picture, or type of another size after the
    white still starts a block there."""
    if _gutters(lines, _gaps([(l.box.x0, l.box.x1) for l in lines], min(l.box.x0 for l in lines),
                             max(l.box.x1 for l in lines), body * 0.7)):
        return cuts

    def plain(l: TextLine) -> bool:
        return bool(l.text.strip()) and 0.8 * body <= l.size < body * HEADLINE_RATIO and not _CONTINUED.match(l.text.strip())

    keep = []
    for c in cuts:
        above = [l for l in lines if l.box.y1 <= c]
        below = [l for l in lines if l.box.y0 >= c]
        if not above or not below:
            keep.append(c)
            continue
        a = max(above, key=lambda l: l.box.y1)
        b = min(below, key=lambda l: l.box.y0)
        if not (plain(a) and plain(b) and b.box.y0 - a.box.y1 < 2.5 * body
                and abs(min(l.box.x0 for l in above) - min(l.box.x0 for l in below)) <= 1.5 * body):
            keep.append(c)
    return keep


def _gutters(lines: list[TextLine], cuts: list[float]) -> list[float]:
    """The white runs down the region that are column gutters: text each side of one stands beside
    text on the other.  A short last line under an indented one (a credit line's last character
    wrapped to the column's left edge) leaves white at the indent too, but there the two stand one
    above the other, and the two are one column."""
    while True:
        edges = [float("-inf")] + cuts + [float("inf")]
        parts = [[l for l in lines if a < (l.box.x0 + l.box.x1) / 2 < b] for a, b in zip(edges, edges[1:])]
        keep = [c for k, c in enumerate(cuts) if _beside(parts[k], parts[k + 1])
                and not _word_space(parts[k], parts[k + 1])]
        if keep == cuts:
            return cuts
        cuts = keep


def _word_space(left: list[TextLine], right: list[TextLine]) -> bool:
    """Is the white between the two parts, somewhere, a word space inside one printed line: two
    pieces of a row in one type with less than half an em between them (a headline's space, where
    the producer wrote no space character), not a gutter?"""
    for a in left:
        for b in right:
            size = min(a.size, b.size)
            if (abs(a.size - b.size) <= 0.08 * size and 0 <= b.box.x0 - a.box.x1 < 0.45 * size
                    and min(a.box.y1, b.box.y1) - max(a.box.y0, b.box.y0) > 0.5 * min(a.box.height, b.box.height)):
                return True
    return False


def _beside(left_lines: list[TextLine], right_lines: list[TextLine]) -> bool:
    """Does some line of one part share rows with some line of the other?"""
    left = sorted((l.box.y0, l.box.y1) for l in left_lines)
    right = [(l.box.y0, l.box.y1) for l in right_lines]
    merged: list[list[float]] = []
    for a, b in left:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    starts = [m[0] for m in merged]
    for a, b in right:
        i = bisect.bisect_right(starts, b) - 1  # the last left run starting above this line's foot
        while i >= 0 and merged[i][1] > a:
            if min(b, merged[i][1]) - max(a, merged[i][0]) > 0.3 * (b - a):
                return True
            i -= 1
    return False


def _rows(lines: list[TextLine]) -> list[TextLine]:
    """Top to bottom, and left to right within a row: pieces of one printed line (an engine splits
    a headline where it lost a character) stand a little higher or lower than each other."""
    rows: list[list[TextLine]] = []
    for line in sorted(lines, key=lambda l: l.box.y0):
        row = rows[-1] if rows else None
        if row and line.box.y0 < min(l.box.y1 for l in row) - 0.5 * line.box.height:
            row.append(line)
        else:
            rows.append([line])
    return [l for row in rows for l in sorted(row, key=lambda l: l.box.x0)]


def _type_cuts(lines: list[TextLine], body: float) -> list[float]:
    """Where headline type gives way to body type (or back) with no line across the change: a
    headline set close above its columns still comes off them."""
    ordered = sorted(lines, key=lambda l: l.box.y0)
    cuts = []
    reach = ordered[0].box.y1
    for n, (before, after) in enumerate(zip(ordered, ordered[1:])):
        if after.box.y0 >= reach - body * 0.1 and _is_head(before, body) != _is_head(after, body):
            # the lines ending right above the change are all of one type: a headline with body
            # text beside it (a story's headline over its own columns, the story beside it going
            # on) ends at no line across the page, and a cut there would cut the story beside it
            last = [l for l in ordered[:n + 1] if l.box.y1 >= reach - body]
            if len({_is_head(l, body) for l in last}) == 1:
                cuts.append((reach + after.box.y0) / 2)
        reach = max(reach, after.box.y1)
    return cuts


# --- 2-4. headlines, articles, paragraphs -----------------------------------------------------

def _is_head(line: TextLine, body: float) -> bool:
    return line.size >= body * HEADLINE_RATIO


def _paragraphs(block: list[TextLine], body: float) -> list[GeoPara]:
    left = min(l.box.x0 for l in block)
    right = max(l.box.x1 for l in block)
    paras: list[list[TextLine]] = []
    kinds: list[str] = []
    for line in block:
        ratio = line.size / body
        kind = "sub" if ratio >= SUBHEAD_RATIO else "small" if ratio <= 0.94 else "text"
        centred = line.box.x0 - left > line.size * 1.2 and right - line.box.x1 > line.size * 1.2
        if kind == "sub" and not centred and len(block) > 1:
            kind = "text"
        prev = paras[-1][-1] if paras else None
        starts = (prev is None or kind != kinds[-1] or kind == "sub"
                  or line.box.x0 - left > line.size * 1.2
                  or right - prev.box.x1 > prev.size * 2.5)
        if starts:
            paras.append([line])
            kinds.append(kind)
        else:
            paras[-1].append(line)
    # a space printed at a line's end (between two words) is text; the break itself adds nothing
    return [GeoPara("".join(l.text for l in p).strip(), k, tuple(p)) for p, k in zip(paras, kinds)]


def _headline(lines: list[TextLine]) -> tuple[str, str, str, list[str]]:
    """Kicker, title, subtitle of a headline block: runs of one type size; the largest is the title."""
    runs: list[list[TextLine]] = []
    for line in lines:
        if runs and abs(line.size - runs[-1][-1].size) <= 0.08 * line.size:
            runs[-1].append(line)
        else:
            runs.append([line])
    if not runs:  # a continuation printed without a headline
        return "", "", "", []
    big = max(range(len(runs)), key=lambda i: (runs[i][0].size, -i))
    join = lambda rs: " ".join("".join(l.text for l in run).strip() for run in rs)  # noqa: E731
    doubts = []
    if len(runs) > 3:
        doubts.append(f"headline block of {len(runs)} type sizes read as kicker / title / subtitle around "
                      "the largest — check against the page")
    return join(runs[:big]), join([runs[big]]), join(runs[big + 1:]), doubts


def _regions(boxes: list[Box], others: list[Box], page: PageLayout) -> tuple[tuple[float, float, float, float], ...]:
    """One rectangle for the article when it covers no other article's text, else one per block
    (neighbouring blocks merged while they stay clear of the others)."""
    merged: list[Box] = []
    for box in boxes:
        for i, m in enumerate(merged):
            u = m.union(box)
            if not any(_overlaps(u, o) for o in others):
                merged[i] = u
                break
        else:
            merged.append(box)
    return tuple((round(b.x0 / page.width, 4), round(b.y0 / page.height, 4),
                  round(b.width / page.width, 4), round(b.height / page.height, 4)) for b in merged)


def _overlaps(a: Box, b: Box) -> bool:
    cx, cy = (b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2
    return a.x0 < cx < a.x1 and a.y0 < cy < a.y1


def _box(lines: list[TextLine]) -> Box:
    return Box(min(l.box.x0 for l in lines), min(l.box.y0 for l in lines),
               max(l.box.x1 for l in lines), max(l.box.y1 for l in lines))


def read_layout(page: PageLayout) -> GeoPage:
    """Articles in reading order, with their regions, and the text no headline owns."""
    lines = [l for l in page.lines if l.text.strip()]
    if not lines:
        return GeoPage((), (), 10.0)
    body = body_size(lines)
    lines = _settle_heads(lines, body, page.rules)
    head_band, lines, foot_band = _furniture(lines, page, body)
    ads, lines = _advertisements(lines, page.rules, body, page.figures)
    # photo boxes go through the cut with the text, as lines without text: the article whose
    # blocks they fall among owns them (their region includes the photo)
    pictures = [TextLine("", f, 0.0) for f in page.figures
                if f.width < page.width * 0.95 and f.height < page.height * 0.95]
    blocks = _blocks(lines + pictures, page.rules, body)
    groups: list[dict] = []  # {"head": [lines], "blocks": [[lines]]}
    loose: list[GeoPara] = []
    pending: list[list[TextLine]] = []  # text after a rule, waiting to see whether a headline follows
    for block in blocks:
        pics = [l for l in block if not l.text]
        block = [l for l in block if l.text]
        if pics:
            if groups:
                groups[-1]["pictures"] += pics
            if not block:
                continue
        i = 0
        while i < len(block):
            if _is_head(block[i], body):
                j = i
                while j < len(block) and _is_head(block[j], body):
                    j += 1
                head = block[i:j]
                if groups and not groups[-1]["blocks"]:
                    groups[-1]["head"] += head  # a headline cut in two by a gap
                else:
                    groups.append({"head": list(head), "blocks": list(pending), "pictures": []})
                    pending = []
                i = j
            else:
                j = i
                while j < len(block) and not _is_head(block[j], body):
                    j += 1
                text = block[i:j]
                # （上接第N版） with no headline over it: a story's rest, from another page
                if _CONTINUED.match(text[0].text.strip()) and (not groups or groups[-1]["blocks"]):
                    groups.append({"head": [], "blocks": [text], "pictures": []})
                    i = j
                    continue
                closed = bool(groups) and (bool(pending) or _ruled_off(groups[-1], text, page.rules, page.figures, body))
                flows = _flows_on(groups, text, body) if closed else None
                if flows is not None:  # the columns of an L-shaped story, under the story beside it
                    flows["blocks"].append(text)
                elif closed:
                    pending.append(text)  # below a rule that closes the story above: the next story's
                elif groups:
                    groups[-1]["blocks"].append(text)
                else:
                    loose += _paragraphs(text, body)
                i = j
    if pending and groups:  # no headline came after the rule: the text goes on the story above
        groups[-1]["blocks"] += pending
    # each piece of a 版头 or folio row its own paragraph: paper, 版名, date are separate items
    loose = ([GeoPara(l.text.strip(), "text", (l,)) for row in head_band for l in row] + loose
             + [GeoPara(l.text.strip(), "text", (l,)) for ad in ads for l in ad]
             + [GeoPara(l.text.strip(), "text", (l,)) for row in foot_band for l in row])
    owned = [([_box(g["head"])] if g["head"] else []) + [_box(b) for b in g["blocks"]] + [p.box for p in g["pictures"]]
             for g in groups]
    articles = []
    for n, group in enumerate(groups):
        kicker, title, subtitle, doubts = _headline(group["head"])
        paras = [p for b in group["blocks"] for p in _paragraphs(b, body)]
        paras = _join_across(paras, group["blocks"], body)
        others = [line.box for m, g in enumerate(groups) if m != n
                  for line in g["head"] + [l for b in g["blocks"] for l in b]]
        first = next((b[0].text.strip() for b in group["blocks"] if b), "")
        marker = _CONTINUED.match(first)
        articles.append(GeoArticle(kicker=kicker, title=title, subtitle=subtitle, paras=tuple(paras),
                                   regions=_regions(owned[n], others, page), doubts=tuple(doubts),
                                   continued=_page_number(marker.group("page")) if marker else ""))
    return GeoPage(tuple(articles), tuple(loose), body)


# 上接 as printed, or with 接 misread (an OCR engine reads the small bracketed marker worst): a
# bracketed 上…第N版 opening a block is nothing but a 转版 marker
_CONTINUED = re.compile(r"^[（(]\s*上\s*\S?\s*第\s*(?P<page>[0-9一二三四五六七八九十]+)\s*版\s*[）)]$")
_AD_MARK = re.compile(r"^[（(【\[]?\s*(?:公益)?广\s*告\s*[）)】\]]?$")
_NUMERALS = {c: n for n, c in enumerate("一二三四五六七八九", start=1)}


def _page_number(text: str) -> str:
    """A 版次 as digits (第三版, 第十二版 are printed too)."""
    if text.isdigit():
        return str(int(text))
    if text == "十":
        return "10"
    tens, _, ones = text.partition("十") if "十" in text else ("", "", text)
    if "十" in text:
        return str(_NUMERALS.get(tens, 1) * 10 + _NUMERALS.get(ones, 0))
    return str(_NUMERALS.get(ones, 0) or ones)


AD_COVER = 0.25  # a frame whose text covers less of it than this is display copy, not a story


def _advertisements(lines: list[TextLine], rules: tuple[Box, ...], body: float, figures: tuple[Box, ...] = ()
                    ) -> tuple[list[list[TextLine]], list[TextLine]]:
    """Advertisements: a frame (four rules) holding the mark 广告, which the advertising law has a
    newspaper print on every advertisement, inside it or just above it.  An advertisement is not
    an article: its lines, top to bottom, go to the page's unplaced file.  Returns (the lines of
    each advertisement, the other lines).

    OCR engines drop the small mark more often than not (it is set smaller than body type, in a
    corner of the frame), so a frame is also taken for an advertisement by what is in it: a few
    lines of display copy (a name in large type, a slogan, an address, a telephone number, set
    centred with white about them) cover a small share of the frame, where a story set in a ruled
    box fills its frame with columns of body type; a frame round a picture holds the picture.  A
    frame with no picture whose lines cover under :data:`AD_COVER` of it is taken as an
    advertisement (bench/RESULTS.md has the shares measured on advertisements and boxed
    stories)."""
    out: list[list[TextLine]] = []
    taken: set[int] = set()
    flat = [r for r in rules if r.width > 4 * max(r.height, 1.0)]
    upright = [r for r in rules if r.height > 4 * max(r.width, 1.0)]

    def side(x: float, y0: float, y1: float) -> bool:
        return any(abs((v.x0 + v.x1) / 2 - x) <= body and v.y0 <= y0 + body and v.y1 >= y1 - body for v in upright)

    def frame_from(top: Box) -> Box | None:
        """The frame whose top edge is ``top``: a rule below of the same extent, sides joining them."""
        y = (top.y0 + top.y1) / 2
        for bottom in sorted((r for r in flat if (r.y0 + r.y1) / 2 > y + 2 * body), key=lambda r: r.y0):
            if abs(bottom.x0 - top.x0) <= body and abs(bottom.x1 - top.x1) <= body:
                y1 = (bottom.y0 + bottom.y1) / 2
                if side(top.x0, y, y1) and side(top.x1, y, y1):
                    return Box(top.x0, y, top.x1, y1)
        return None

    for mark in lines:
        if not _AD_MARK.match(mark.text.strip()):
            continue
        over = [r for r in flat if r.x0 <= mark.box.x0 + 1 and r.x1 >= mark.box.x1 - 1]
        above = sorted((r for r in over if r.y1 <= mark.box.y0 + 1), key=lambda r: -r.y0)
        below = sorted((r for r in over if r.y0 >= mark.box.y1 - 1 and r.y0 - mark.box.y1 <= 2 * body),
                       key=lambda r: r.y0)
        frame = next((f for f in map(frame_from, above[:1] + below[:1]) if f is not None), None)
        if frame is None:
            continue
        inside = [i for i, l in enumerate(lines) if i not in taken and (
            l is mark or (frame.x0 <= (l.box.x0 + l.box.x1) / 2 <= frame.x1
                          and frame.y0 <= (l.box.y0 + l.box.y1) / 2 <= frame.y1))]
        taken |= set(inside)
        out.append(sorted((lines[i] for i in inside), key=lambda l: ((l.box.y0 + l.box.y1) / 2, l.box.x0)))
    # frames whose 广告 the engine did not read: display copy in a frame of its own
    for top in sorted(flat, key=lambda r: (r.y0, r.x0)):
        frame = frame_from(top)
        if frame is None or any(frame.x0 - body <= f.x0 and f.x1 <= frame.x1 + body and frame.y0 - body <= f.y0
                                and f.y1 <= frame.y1 + body for f in figures):
            continue
        inside = [i for i, l in enumerate(lines) if i not in taken and frame.x0 <= (l.box.x0 + l.box.x1) / 2 <= frame.x1
                  and frame.y0 <= (l.box.y0 + l.box.y1) / 2 <= frame.y1]
        cover = sum(lines[i].box.width * lines[i].box.height for i in inside) / max(frame.width * frame.height, 1.0)
        if len(inside) >= 2 and cover < AD_COVER:
            taken |= set(inside)
            out.append(sorted((lines[i] for i in inside), key=lambda l: ((l.box.y0 + l.box.y1) / 2, l.box.x0)))
    return out, [l for i, l in enumerate(lines) if i not in taken]


def _flows_on(groups: list[dict], text: list[TextLine], body: float) -> dict | None:
    """The story a column of text ruled off from the story above it goes on from: an L-shaped
    story's text runs down its own columns and on into the columns beside them, under another
    story.  Columns read left to right, so it is the story whose last block stands just left of
    this one (no more than a gutter and a rule between), beside it (their rows overlap), and
    level with it at the top (the next column of a run) or at the foot (a run of columns ending
    together)."""
    box = _box(text)
    best, near = None, 0.0
    for group in groups:
        if not group["blocks"]:
            continue
        last = _box(group["blocks"][-1])
        gap = box.x0 - last.x1
        if not -0.5 * body <= gap <= 3 * body:
            continue
        if min(box.y1, last.y1) <= max(box.y0, last.y0):
            continue  # not beside it (a run's last column may be a line or two)
        if abs(box.y0 - last.y0) <= 2.5 * body or abs(box.y1 - last.y1) <= 2.5 * body:
            if best is None or gap < near:
                best, near = group, gap
    return best


HEAD_BAND = 0.15  # a 版头 ruled off within this share of the page height from the top
FOOT_BAND = 0.12  # a folio line ruled off within this share from the foot


def _furniture(lines: list[TextLine], page: PageLayout, body: float
               ) -> tuple[list[list[TextLine]], list[TextLine], list[list[TextLine]]]:
    """The 版头 and the folio: a row or two of text (paper, date, 版次, 版名; page number, editors)
    that a rule across the whole text width cuts off at the top or the foot of the page.  Set in
    whatever type (the paper's name is large), never an article: page furniture, kept as such.
    Returns (header rows, the other lines, footer rows)."""
    x0, x1 = min(l.box.x0 for l in lines), max(l.box.x1 for l in lines)
    across = sorted(((r.y0 + r.y1) / 2 for r in page.rules
                     if r.width > 4 * max(r.height, 1) and r.x0 <= x0 + 2 * body and r.x1 >= x1 - 2 * body))
    head: list[list[TextLine]] = []
    foot: list[list[TextLine]] = []
    top = [y for y in across if y <= page.height * HEAD_BAND]
    if top:
        cut = top[0]
        above = [l for l in lines if l.box.y1 <= cut + body * 0.2]
        rows = _row_groups(above)
        if above and len(rows) <= 2 and len(above) < len(lines):
            head, lines = rows, [l for l in lines if l not in above]
    bottom = [y for y in across if y >= page.height * (1 - FOOT_BAND)]
    if bottom:
        cut = bottom[-1]
        below = [l for l in lines if l.box.y0 >= cut - body * 0.2]
        rows = _row_groups(below)
        if below and len(rows) <= 2 and len(below) < len(lines) and not any(_is_head(l, body) for l in below):
            foot, lines = rows, [l for l in lines if l not in below]
    return head, lines, foot


def _row_groups(lines: list[TextLine]) -> list[list[TextLine]]:
    """Lines in rows (a line whose middle is within another's height shares its row), top to bottom."""
    rows: list[list[TextLine]] = []
    for line in sorted(lines, key=lambda l: (l.box.y0 + l.box.y1) / 2):
        mid = (line.box.y0 + line.box.y1) / 2
        if rows and any(o.box.y0 <= mid <= o.box.y1 for o in rows[-1]):
            rows[-1].append(line)
        else:
            rows.append([line])
    return [sorted(r, key=lambda l: l.box.x0) for r in rows]


def _ruled_off(group: dict, text: list[TextLine], rules: tuple[Box, ...], figures: tuple[Box, ...],
               body: float) -> bool:
    """Is there a rule across ``text`` between it and everything of the story above?  (A photo's
    frame is not a rule between stories.)"""
    above = [l.box for l in group["head"]] + [l.box for b in group["blocks"] for l in b] + \
        [p.box for p in group["pictures"]]
    box = _box(text)
    framed = [Box(f.x0 - body, f.y0 - body, f.x1 + body, f.y1 + body) for f in figures]
    # an OCR engine's boxes are loose by a little: a rule is between when its middle is, and it
    # crosses the text when it reaches to within a fraction of a character of its ends; a box
    # may overhang the rule by under a third of its height (as in _rule_cuts)
    slack = body * 0.3
    bottom = max(b.y1 - max(0.0, 0.3 * b.height - slack) for b in above)
    return any(r.width > r.height and bottom - slack <= (r.y0 + r.y1) / 2 <= box.y0 + slack
               and r.x0 <= box.x0 + slack and r.x1 >= box.x1 - slack
               and not any(f.x0 <= r.x0 and r.x1 <= f.x1 and f.y0 <= r.y0 and r.y1 <= f.y1 for f in framed)
               for r in rules)


def _settle_heads(lines: list[TextLine], body: float, rules: tuple[Box, ...] = ()) -> list[TextLine]:
    """Headline type is set apart: a scrap read inside a headline's box belongs to it; a "large"
    line that overlaps most of another line it is not part of, or that sits in a column with no white
    above or below it, is lines an OCR engine ran together (its box spans two lines of body
    type), not a headline."""
    heads = [l for l in lines if _is_head(l, body)]
    out = []
    for line in lines:
        if not _is_head(line, body):
            host = next((h for h in heads if _inside(line.box, h.box)), None) or _beside_head(line, heads, rules) \
                or _row_scrap(line, heads, lines, rules, body)
            if host is not None:
                line = TextLine(line.text, line.box, host.size)
        out.append(line)
    settled = []
    for line in out:
        # (two pieces of headline type that overlap are one headline the engine read twice, in
        # part, not lines of body type run together)
        if _is_head(line, body) and any(
                other is not line and not _is_head(other, body)
                and not _inside(other.box, line.box) and not _inside(line.box, other.box)
                and min(line.box.x1, other.box.x1) > max(line.box.x0, other.box.x0)
                and min(line.box.y1, other.box.y1) - max(line.box.y0, other.box.y0)
                > max(0.3 * line.box.height, 0.5 * other.box.height) for other in out):
            line = TextLine(line.text, line.box, body)
        settled.append(line)
    # and it has white about it: more than a line of body type between it and the text or rule
    # above or below it (a run-together scrap in a column sits at the column's own spacing);
    # type plainly larger is headline type however close an engine's box puts it (its boxes for
    # large type are loose), as a scrap's characters are as narrow as the column's
    # (:func:`_measure`)
    barriers = [l.box for l in settled if not _is_head(l, body)] + [r for r in rules if r.width > r.height]
    final = []
    for line in settled:
        if _is_head(line, body):
            over = [o for o in barriers if min(line.box.x1, o.x1) > max(line.box.x0, o.x0)]
            above = min((line.box.y0 - o.y1 for o in over if o.y1 <= line.box.y0 + 1), default=1e9)
            below = min((o.y0 - line.box.y1 for o in over if o.y0 >= line.box.y1 - 1), default=1e9)
            if max(above, below) < 1.2 * body and line.size < 1.6 * body:
                line = TextLine(line.text, line.box, body)
        final.append(line)
    return final


def _row_scrap(line: TextLine, heads: list[TextLine], lines: list[TextLine], rules: tuple[Box, ...],
               body: float) -> TextLine | None:
    """The headline a scrap read smaller than body type stands in the row of, however far from it:
    where an engine loses most of a headline line (a kicker's end read as a few dots and strokes)
    its scraps are measured small, and as text they would cut the headline from its title.  Body
    text is never read that small and stands in a column (a line of body type just above or below
    it); a scrap in a headline's row, with no rule and no line of body type between, is part of
    the headline."""
    if line.size >= 0.8 * body:
        return None
    cy = (line.box.y0 + line.box.y1) / 2

    def body_type(o: TextLine) -> bool:
        return o is not line and 0.8 * body <= o.size < body * HEADLINE_RATIO

    if any(body_type(o) and min(o.box.x1, line.box.x1) > max(o.box.x0, line.box.x0)
           and (0 <= line.box.y0 - o.box.y1 <= 1.5 * body or 0 <= o.box.y0 - line.box.y1 <= 1.5 * body
                or min(o.box.y1, line.box.y1) > max(o.box.y0, line.box.y0)) for o in lines):
        return None  # a line of a column
    return _nearest_in_row(line, heads, lambda head, a, b: _ruled_between(a, b, head, rules) or any(
        body_type(o) and a < (o.box.x0 + o.box.x1) / 2 < b and o.box.y0 <= cy <= o.box.y1 for o in lines))


def _beside_head(line: TextLine, heads: list[TextLine], rules: tuple[Box, ...]) -> TextLine | None:
    """The headline line a short scrap stands in the row of: engines read a headline line in
    pieces and misread a piece or two small (a word's box shrunk to a dot, two characters read
    as one, strokes read as a line of small characters over it), which would cut the headline in
    two.  A scrap no wider than a few of the headline's characters, its middle in the headline's
    row (to a quarter of a character) and no more than a character's width beside it (beyond the
    room its own characters would take at the headline's size: the engine's box for a misread
    scrap is often far narrower), with no rule between (side-by-side stories' headlines are ruled
    apart), is part of it; so is such a scrap standing between two pieces of headline type in its
    row with no rule between them, however far apart (the engine lost the characters between)."""
    cy = (line.box.y0 + line.box.y1) / 2
    in_row = [h for h in heads if h.box.y0 - h.size / 4 <= cy <= h.box.y1 + h.size / 4
              and line.box.height <= 1.25 * h.box.height]
    left = [h for h in in_row if h.box.x1 <= line.box.x0 + h.size / 4]
    right = [h for h in in_row if h.box.x0 >= line.box.x1 - h.size / 4]
    if left and right:
        a, b = max(left, key=lambda h: h.box.x1), min(right, key=lambda h: h.box.x0)
        if not any(r.height > r.width and a.box.x1 - 1 <= (r.x0 + r.x1) / 2 <= b.box.x0 + 1
                   and r.y0 <= line.box.y1 and r.y1 >= line.box.y0 for r in rules):
            return a
    chars = len(line.text.strip())

    def too_far(head: TextLine, a: float, b: float) -> bool:
        gap, s = max(0.0, b - a), head.size
        return gap > s + max(0.0, chars * s - line.box.width) or gap > 0 and _ruled_between(a, b, head, rules)

    return _nearest_in_row(line, heads, too_far)


def _nearest_in_row(line: TextLine, heads: list[TextLine],
                    refuse: Callable[[TextLine, float, float], bool]) -> TextLine | None:
    """The headline line nearest beside a scrap no wider than three of its characters whose middle
    stands in its row (to a quarter of a character), leaving out those `refuse(head, a, b)` is true of;
    a..b is the horizontal gap between them (b < a when they overlap)."""
    cy = (line.box.y0 + line.box.y1) / 2
    best, near = None, 0.0
    for head in heads:
        s = head.size
        if line.box.width > 3 * s or not head.box.y0 - s / 4 <= cy <= head.box.y1 + s / 4:
            continue
        a, b = (head.box.x1, line.box.x0) if line.box.x0 >= head.box.x1 else (line.box.x1, head.box.x0)
        if refuse(head, a, b):
            continue
        gap = max(0.0, b - a)
        if best is None or gap < near:
            best, near = head, gap
    return best


def _ruled_between(a: float, b: float, head: TextLine, rules: tuple[Box, ...]) -> bool:
    """A vertical rule in the gap a..b (to a point) beside a headline line: side-by-side stories are ruled apart."""
    return any(r.height > r.width and a - 1 <= (r.x0 + r.x1) / 2 <= b + 1 and r.y0 <= head.box.y1
               and r.y1 >= head.box.y0 for r in rules)


def _join_across(paras: list[GeoPara], blocks: list[list[TextLine]], body: float) -> list[GeoPara]:
    """A paragraph that runs on from the foot of one column to the head of the next: the next
    block's first line is not indented, so it continues the paragraph before it."""
    out: list[GeoPara] = []
    firsts = {id(b[0]) for b in blocks[1:]}
    for para in paras:
        first = para.lines[0]
        if (out and id(first) in firsts and para.kind == "text" and out[-1].kind == "text"):
            block = next(b for b in blocks if b[0] is first)
            left = min(l.box.x0 for l in block)
            if first.box.x0 - left <= first.size * 1.2:
                prev = out.pop()
                out.append(GeoPara(prev.text + para.text, "text", prev.lines + para.lines))
                continue
        out.append(para)
    return out
