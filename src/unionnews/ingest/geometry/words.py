"""OCR words → printed lines: an engine's words grouped into lines by where they sit, with the
word spaces, ghosts (the same word read twice) and rules drawn through a line taken out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from unionnews.ingest.box import Box
from unionnews.ingest.geometry.model import HEADLINE_RATIO, PageLayout, TextLine, Word, _inside, body_size

if TYPE_CHECKING:
    from unionnews.ingest.scan import Gutters


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
