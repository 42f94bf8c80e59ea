"""Steps 2–4: headlines by type size, articles from headline blocks, paragraphs inside blocks
(:func:`read_layout`): which story a block ruled off from the one above goes on from, and a
paragraph running on from the foot of one column to the head of the next."""

from __future__ import annotations

from unionnews.ingest.box import Box
from unionnews.ingest.geometry.blocks import _blocks
from unionnews.ingest.geometry.furniture import _advertisements, _furniture, _page_number
from unionnews.ingest.geometry.heads import _settle_heads
from unionnews.ingest.geometry.model import (GeoArticle, GeoPage, GeoPara, PageLayout, SUBHEAD_RATIO, TextLine,
                                             _CONTINUED, _box, _is_head, body_size)


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
