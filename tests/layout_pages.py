"""Lay article files out on newspaper pages: PDF, PNG and a record of where each article is.

Test pages no one has to scan.  Each page gets its own fixed random seed, which picks the
page size, the number and width of columns, the body type size and leading, the headline sizes,
and how stories are stacked (one story across several columns, or two side by side with a
vertical rule between them).  Stories are separated by rules; a story whose text has a photo
caption (图：…, or a short line ending in 摄) gets a grey photo box above it, the caption set
smaller; a page header (paper, date, page) sits above a rule, as page furniture.

    python tests/layout_pages.py content/ OUT/ [--seed 7] [--dpi 110]

writes OUT/<code>/<YYYY-MM-DD>/<NN>.pdf and .png (the importer's path convention) and
OUT/layout.json: for every page its files and size, and for every article its id, headline
parts, paragraphs and its region ``[x, y, w, h]`` in page fractions.

Needs fpdf2 and a TrueType CJK font (Debian's fonts-wqy-zenhei: fpdf2 embeds TrueType
outlines; fonts-noto-cjk is CFF-based OpenType, which fpdf2 cannot subset), and pypdfium2 for
the PNG.
"""
from __future__ import annotations

import argparse
import json
import logging
import math
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import frontmatter

logging.getLogger("fontTools").setLevel(logging.ERROR)  # "BDF NOT subset": the font's bitmaps, not needed

FONTS = (Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
         Path("/usr/share/fonts/truetype/arphic/uming.ttc"))
DEBIAN_FONTS = "fonts-wqy-zenhei"
_CAPTION = re.compile(r"^图[：:]|摄$|摄）$|摄\)$")


def font_path() -> Path | None:
    return next((p for p in FONTS if p.exists()), None)


@dataclass
class Story:
    """One article as printed: headline parts and paragraphs (kind: body, sub, caption)."""

    id: str
    paper: str
    date: str
    title: str
    kicker: str = ""
    subtitle: str = ""
    paragraphs: list[tuple[str, str]] = field(default_factory=list)


def load_stories(content: Path) -> list[Story]:
    """Every published article under ``content`` (not _unplaced), in id order."""
    stories = []
    for path in sorted(content.rglob("*.md")):
        if any(part.startswith(("_", ".")) for part in path.relative_to(content).parts):
            continue
        post = frontmatter.load(path)
        paras = []
        for block in re.split(r"\n\s*\n", post.content.strip()):
            block = block.strip()
            if not block:
                continue
            if block.startswith("## "):
                paras.append(("sub", block[3:].strip()))
            elif len(block) <= 80 and _CAPTION.search(block):
                paras.append(("caption", block))
            else:
                paras.append(("body", block))
        stories.append(Story(id=str(post["id"]), paper=str(post["paper"]), date=str(post["date"]),
                             title=str(post["title"]), kicker=str(post.get("kicker") or ""),
                             subtitle=str(post.get("subtitle") or ""), paragraphs=paras))
    return stories


@dataclass
class Style:
    """One page's typography and grid, drawn from its seed."""

    width: float
    height: float
    margin: float
    columns: int
    gutter: float
    body: float
    leading: float
    title: float
    deck: float  # kicker and subtitle

    @property
    def column_width(self) -> float:
        return (self.width - 2 * self.margin - (self.columns - 1) * self.gutter) / self.columns


def page_style(rng: random.Random) -> Style:
    width = rng.choice([720.0, 780.0, 842.0])
    body = rng.uniform(9.0, 11.0)
    margin = rng.uniform(24, 36)
    columns = rng.choice([3, 4, 5])
    while columns > 2 and (width - 2 * margin) / columns < 11 * body:
        columns -= 1
    return Style(width=width, height=round(width * rng.uniform(1.35, 1.45), 1), margin=margin, columns=columns,
                 gutter=rng.uniform(1.2, 1.8) * body, body=body, leading=body * rng.uniform(1.45, 1.7),
                 title=body * rng.uniform(1.9, 2.8), deck=body * rng.uniform(1.35, 1.6))


@dataclass
class Item:
    """Something stacked in a column: a line of text, or a photo box."""

    height: float
    text: str = ""
    size: float = 0.0
    indent: float = 0.0
    centred: bool = False
    photo: bool = False


class Pages:
    """fpdf2 document plus the measurements the layout needs."""

    def __init__(self, font: Path):
        from fpdf import FPDF
        self.pdf = FPDF(unit="pt")
        self.pdf.set_auto_page_break(False)
        self.pdf.set_margin(0)
        self.pdf.add_font("cjk", "", str(font))

    def width(self, text: str, size: float) -> float:
        self.pdf.set_font("cjk", size=size)
        return self.pdf.get_string_width(text)

    def wrap(self, text: str, size: float, width: float, first_indent: float = 0.0) -> list[str]:
        """Break text into lines no wider than ``width``, character by character (CJK has no spaces
        to break at); a space at a break is kept on the line before it."""
        lines, current, room = [], "", width - first_indent
        for ch in text:
            if current and self.width(current + ch, size) > room and not ch.isspace():
                lines.append(current)
                current, room = "", width
            current += ch
        if current:
            lines.append(current)
        return lines


def headline_items(pages: Pages, story: Story, style: Style, width: float) -> list[Item]:
    items = []
    for text, size in ((story.kicker, style.deck), (story.title, style.title), (story.subtitle, style.deck)):
        if text:
            for line in pages.wrap(text, size, width * 0.96):
                items.append(Item(height=size * 1.3, text=line, size=size, centred=True))
    items[-1].height += style.body * 0.8
    return items


def body_items(pages: Pages, story: Story, style: Style, rng: random.Random, photo_anyway: bool) -> list[Item]:
    items: list[Item] = []
    cw = style.column_width
    has_caption = any(kind == "caption" for kind, _ in story.paragraphs)
    photo_at = None if has_caption or not photo_anyway else rng.randrange(len(story.paragraphs))
    for n, (kind, text) in enumerate(story.paragraphs):
        if kind == "caption" or n == photo_at:
            items.append(Item(height=cw * rng.uniform(0.55, 0.8), photo=True))
        if kind == "caption":
            size = style.body * 0.85
            items += [Item(height=size * 1.45, text=line, size=size) for line in pages.wrap(text, size, cw)]
            items[-1].height += style.body * 0.4
        elif kind == "sub":
            size = style.body * 1.1
            items += [Item(height=style.leading * 1.2, text=line, size=size, centred=True)
                      for line in pages.wrap(text, size, cw)]
        else:
            indent = 2 * pages.width("　", style.body)
            for i, line in enumerate(pages.wrap(text, style.body, cw, indent)):
                items.append(Item(height=style.leading, text=line, size=style.body, indent=indent if i == 0 else 0))
    return items


def balance(items: list[Item], columns: int) -> list[list[Item]]:
    """Split the column items into ``columns`` runs of about equal height (a photo is never split)."""
    total = sum(i.height for i in items)
    target = total / columns
    runs: list[list[Item]] = [[]]
    height = 0.0
    for item in items:
        if runs[-1] and len(runs) < columns and height + item.height > target + 0.5 * item.height:
            runs.append([])
            height = 0.0
        runs[-1].append(item)
        height += item.height
    return runs


@dataclass
class Placed:
    story: Story
    span: int
    head: list[Item]
    runs: list[list[Item]]

    @property
    def height(self) -> float:
        return sum(i.height for i in self.head) + max(sum(i.height for i in run) for run in self.runs)


def plan(pages: Pages, story: Story, style: Style, span: int, rng: random.Random, photo: bool) -> Placed:
    width = span * style.column_width + (span - 1) * style.gutter
    state = rng.getstate()
    body = body_items(pages, story, style, rng, photo)
    rng.setstate(state)
    return Placed(story, span, headline_items(pages, story, style, width), balance(body, span))


def draw(pages: Pages, placed: Placed, style: Style, x: float, y: float) -> list[float]:
    """Draw one story with its top-left corner at (x, y); return its drawn box [x0, y0, x1, y1]."""
    pdf = pages.pdf
    width = placed.span * style.column_width + (placed.span - 1) * style.gutter
    box = [math.inf, math.inf, -math.inf, -math.inf]

    def text(item: Item, left: float, top: float, room: float) -> None:
        pdf.set_font("cjk", size=item.size)
        w = pages.width(item.text, item.size)
        tx = left + (room - w) / 2 if item.centred else left + item.indent
        baseline = top + item.size * 0.88
        pdf.text(tx, baseline, item.text)
        box[0], box[1] = min(box[0], tx), min(box[1], top)
        box[2], box[3] = max(box[2], tx + w), max(box[3], top + item.size)

    top = y
    for item in placed.head:
        text(item, x, top, width)
        top += item.height
    for col, run in enumerate(placed.runs):
        left = x + col * (style.column_width + style.gutter)
        cy = top
        for item in run:
            if item.photo:
                pdf.set_fill_color(200, 200, 200)
                pdf.set_draw_color(90, 90, 90)
                pdf.rect(left, cy + 2, style.column_width, item.height - 6, style="DF")
                box[0], box[1] = min(box[0], left), min(box[1], cy + 2)
                box[2], box[3] = max(box[2], left + style.column_width), max(box[3], cy + item.height - 4)
            else:
                text(item, left, cy, style.column_width)
            cy += item.height
    return box


def render_png(pdf: Path, png: Path, dpi: int) -> None:
    """The page as a greyscale scan would show it."""
    import pypdfium2 as pdfium
    document = pdfium.PdfDocument(str(pdf))
    document[0].render(scale=dpi / 72, grayscale=True).to_pil().save(png)
    document.close()


def lay_out(stories: list[Story], out: Path, seed: int, dpi: int, font: Path) -> dict:
    """Put every story on a page (pages follow the stories' papers and dates); write PDF and PNG."""
    by_issue: dict[tuple[str, str], list[Story]] = {}
    for story in stories:
        by_issue.setdefault((story.paper, story.date), []).append(story)
    record: dict = {"seed": seed, "pages": []}
    codes = {}
    for (paper, date), issue in by_issue.items():
        code = issue[0].id.split("-")[0]
        codes[paper] = code
        queue = list(issue)
        number = 0
        while queue:
            number += 1
            rng = random.Random(f"{seed}-{code}-{date}-{number}")
            pages = Pages(font)
            style = page_style(rng)
            pages.pdf.add_page(format=(style.width, style.height))
            header = f"{paper}　{date}　第{number}版"
            pages.pdf.set_font("cjk", size=style.body)
            pages.pdf.text(style.margin, style.margin + style.body * 0.88, header)
            y = style.margin + style.body * 1.8
            pages.pdf.set_line_width(1.2)
            pages.pdf.line(style.margin, y, style.width - style.margin, y)
            y += style.body
            bottom = style.height - style.margin
            placed_page = []
            photo_done = False
            while queue:
                # a row: one story across several columns, or two side by side
                pair = len(queue) > 1 and style.columns >= 4 and rng.random() < 0.5
                spans = [rng.randint(2, style.columns - 2)] if pair else [rng.randint(max(2, style.columns - 1), style.columns)]
                if pair:
                    spans.append(style.columns - spans[0])
                row = [plan(pages, story, style, span, rng, not photo_done and i == 0)
                       for i, (story, span) in enumerate(zip(queue, spans))]
                if y + max(p.height for p in row) > bottom and row:
                    row = row[:1]
                    if y + row[0].height > bottom:
                        wide = plan(pages, queue[0], style, style.columns, rng, not photo_done)
                        if y + wide.height > bottom:
                            if not placed_page:
                                raise SystemExit(f"{queue[0].id} does not fit on an empty page")
                            break
                        row = [wide]
                x = style.margin
                for p in row:
                    box = draw(pages, p, style, x, y)
                    photo_done = photo_done or any(i.photo for run in p.runs for i in run)
                    placed_page.append((p, box))
                    queue.remove(p.story)
                    x += p.span * (style.column_width + style.gutter)
                    if p is not row[-1]:
                        rule_x = x - style.gutter / 2
                        pages.pdf.set_line_width(0.6)
                        pages.pdf.line(rule_x, y, rule_x, y + max(q.height for q in row))
                y += max(p.height for p in row) + style.body * 0.6
                pages.pdf.set_line_width(0.6)
                pages.pdf.line(style.margin, y, style.width - style.margin, y)
                y += style.body * 0.8
            folder = out / code / date
            folder.mkdir(parents=True, exist_ok=True)
            pdf_path = folder / f"{number:02d}.pdf"
            pages.pdf.output(str(pdf_path))
            png_path = folder / f"{number:02d}.png"
            render_png(pdf_path, png_path, dpi)
            record["pages"].append({
                "pdf": pdf_path.relative_to(out).as_posix(), "png": png_path.relative_to(out).as_posix(),
                "paper": paper, "date": date, "page": number, "header": header,
                "width": style.width, "height": style.height, "columns": style.columns,
                "body_size": round(style.body, 2), "title_size": round(style.title, 2),
                "articles": [{
                    "id": p.story.id, "title": p.story.title, "kicker": p.story.kicker,
                    "subtitle": p.story.subtitle, "paragraphs": [text for _, text in p.story.paragraphs],
                    "region": [round(box[0] / style.width, 5), round(box[1] / style.height, 5),
                               round((box[2] - box[0]) / style.width, 5), round((box[3] - box[1]) / style.height, 5)],
                } for p, box in placed_page]})
    (out / "layout.json").write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
    return record


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("content", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--dpi", type=int, default=110)
    args = parser.parse_args(argv)
    font = font_path()
    if font is None:
        print(f"no TrueType CJK font: install Debian's {DEBIAN_FONTS}", file=sys.stderr)
        return 1
    record = lay_out(load_stories(args.content), args.out, args.seed, args.dpi, font)
    print(f"{len(record['pages'])} pages, {sum(len(p['articles']) for p in record['pages'])} articles → {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
