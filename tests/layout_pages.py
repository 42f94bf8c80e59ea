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
    runon: bool = False  # the first paragraph runs on from another page: its first line is not indented


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
    order: str = "line"  # how text is written into the PDF (Pages.put)

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
    right: bool = False  # set flush right (a 下转 line)
    para: int = -1  # which paragraph of the story a body line is from (for splitting a story)


class Pages:
    """fpdf2 document plus the measurements the layout needs."""

    def __init__(self, font: Path):
        from fpdf import FPDF
        self.pdf = FPDF(unit="pt")
        self.pdf.set_auto_page_break(False)
        self.pdf.set_margin(0)
        self.pdf.add_font("cjk", "", str(font))
        self.drawn: list[list] = []  # [text, x0, top, x1, bottom, size, [x of each character]]

    def put(self, text: str, x: float, top: float, size: float, order: str = "line") -> float:
        """Draw one line of type with its top at ``top``; record it; return its width.  ``order``
        is how the producer writes it: one string (``line``), a glyph at a time (``glyphs``), or a
        glyph at a time from the line's end back (``reverse``): the text layer a layout system writes
        need not follow the reading order."""
        self.pdf.set_font("cjk", size=size)
        xs = [x + self.pdf.get_string_width(text[:i]) for i in range(len(text) + 1)]
        baseline = top + size * 0.88
        if order == "line":
            self.pdf.text(x, baseline, text)
        else:
            steps = list(range(len(text)))
            for i in reversed(steps) if order == "reverse" else steps:
                if not text[i].isspace():
                    self.pdf.text(xs[i], baseline, text[i])
        self.drawn.append([text, round(x, 2), round(top, 2), round(xs[-1], 2), round(top + size, 2), round(size, 2),
                           [round(v, 2) for v in xs]])
        return xs[-1] - x

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
            items += [Item(height=style.leading * 1.2, text=line, size=size, centred=True, para=n)
                      for line in pages.wrap(text, size, cw)]
        else:
            indent = 0.0 if n == 0 and story.runon else 2 * pages.width("　", style.body)
            for i, line in enumerate(pages.wrap(text, style.body, cw, indent)):
                items.append(Item(height=style.leading, text=line, size=style.body, indent=indent if i == 0 else 0,
                                  para=n))
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
        w = pages.width(item.text, item.size)
        tx = left + (room - w) / 2 if item.centred else left + room - w if item.right else left + item.indent
        pages.put(item.text, tx, top, item.size, style.order)
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


DESIGNS = ("classic", "dense", "broadsheet")
PRODUCERS = ("plain", "glyphs", "reverse", "rotated", "cropped", "no-tounicode")
_EDITORS = ("王晓燕", "李建国", "张丽", "陈卫东", "刘芳")
_SECTIONS = ("要闻", "工会新闻", "职工生活", "综合新闻", "评论", "权益")
_WEEKDAYS = "一二三四五六日"


def dense_style(rng: random.Random) -> Style:
    """Many narrow columns (5–7), small type: a broadsheet news page."""
    width = rng.choice([842.0, 900.0, 960.0])
    body = rng.uniform(8.0, 9.5)
    margin = rng.uniform(20, 30)
    columns = rng.choice([5, 6, 7])
    while columns > 4 and (width - 2 * margin) / columns < 9 * body:
        columns -= 1
    return Style(width=width, height=round(width * rng.uniform(1.38, 1.45), 1), margin=margin, columns=columns,
                 gutter=rng.uniform(1.0, 1.5) * body, body=body, leading=body * rng.uniform(1.4, 1.6),
                 title=body * rng.uniform(2.0, 3.2), deck=body * rng.uniform(1.3, 1.55))


def masthead(pages: Pages, style: Style, paper: str, date: str, number: int, rng: random.Random) -> tuple[float, list[str]]:
    """The 版头 of a dense page: the paper's name large at the left, the page's name (版名) in the
    middle, date and page number at the right, over a heavy rule.  Returns where stories may start
    and the texts printed."""
    year, month, day = (int(v) for v in date.split("-"))
    import datetime
    weekday = _WEEKDAYS[datetime.date(year, month, day).weekday()]
    name, section = paper, rng.choice(_SECTIONS)
    right = f"{year}年{month}月{day}日　星期{weekday}　第{number}版"
    big, mid = style.body * 2.0, style.body * 1.5
    top = style.margin
    pages.put(name, style.margin, top, big)
    pages.put(section, (style.width - pages.width(section, mid)) / 2, top + (big - mid) / 2, mid)
    pages.put(right, style.width - style.margin - pages.width(right, style.body), top + big - style.body, style.body)
    y = top + big + style.body * 0.6
    pages.pdf.set_line_width(1.6)
    pages.pdf.line(style.margin, y, style.width - style.margin, y)
    return y + style.body, [name, section, right]


def folio(pages: Pages, style: Style, paper: str, number: int, rng: random.Random) -> tuple[float, list[str]]:
    """The foot of a dense page: a rule, then the page number and the editors (page furniture, and
    provenance: who edited the page).  Returns the lowest y stories may reach and the texts."""
    size = style.body * 0.85
    top = style.height - style.margin - size
    left = f"第{number}版　{paper}"
    right = f"责任编辑：{rng.choice(_EDITORS)}　美术编辑：{rng.choice(_EDITORS)}"
    pages.put(left, style.margin, top, size)
    pages.put(right, style.width - style.margin - pages.width(right, size), top, size)
    y = top - style.body * 0.7
    pages.pdf.set_line_width(0.6)
    pages.pdf.line(style.margin, y, style.width - style.margin, y)
    return y - style.body * 0.6, [left, right]


def _finish_pdf(path: Path, producer: str, style: Style) -> None:
    """What other producers do to the same page: a crop box inside a larger media box (printer's
    marks outside it), the page stored sideways with /Rotate, no ToUnicode map for the font."""
    if producer == "no-tounicode":
        data = path.read_bytes()
        path.write_bytes(data.replace(b"/ToUnicode", b"/ToUnicodX"))  # same length: offsets hold
        return
    if producer not in ("rotated", "cropped"):
        return
    import pypdfium2 as pdfium
    document = pdfium.PdfDocument(str(path))
    page = document[0]
    if producer == "rotated":
        page.set_rotation(90)
    else:
        left, bottom, right, top = page.get_mediabox()
        page.set_mediabox(left - 36, bottom - 48, right + 30, top + 42)
        page.set_cropbox(left, bottom, right, top)
    temporary = path.with_suffix(".tmp")
    document.save(str(temporary))
    document.close()
    temporary.replace(path)


def lay_out(stories: list[Story], out: Path, seed: int, dpi: int, font: Path, design: str = "classic",
            producer: str = "plain") -> dict:
    """Put every story on a page (pages follow the stories' papers and dates); write PDF and PNG.

    ``design`` ``classic``: 3–5 columns, a one-line page header.  ``dense``: 5–7 narrow columns, a
    版头 (paper name in large type, the page's name, date and 版次) and a folio line at the foot,
    both ruled off; some stories in a ruled box (sidebars, 评论).  ``producer`` changes only how
    the PDF is written (see :data:`PRODUCERS`), never where anything is on the page.
    ``broadsheet``: the dense page with L-shaped stories, advertisements and 转版 (see
    layout_broadsheet.py)."""
    if design == "broadsheet":
        from layout_broadsheet import lay_out_broadsheet
        return lay_out_broadsheet(stories, out, seed, dpi, font, producer)
    by_issue: dict[tuple[str, str], list[Story]] = {}
    for story in stories:
        by_issue.setdefault((story.paper, story.date), []).append(story)
    record: dict = {"seed": seed, "design": design, "producer": producer, "pages": []}
    codes = {}
    for (paper, date), issue in by_issue.items():
        code = issue[0].id.split("-")[0]
        codes[paper] = code
        queue = list(issue)
        number = 0
        while queue:
            number += 1
            rng = random.Random(f"{seed}-{code}-{date}-{number}" + ("" if design == "classic" else f"-{design}"))
            pages = Pages(font)
            style = page_style(rng) if design == "classic" else dense_style(rng)
            if producer in ("glyphs", "reverse"):
                style.order = "glyphs" if producer == "glyphs" else "reverse"
            rotated = producer == "rotated"
            pages.pdf.add_page(format=(style.height, style.width) if rotated else (style.width, style.height))
            turn = pages.pdf.rotation(90, style.width / 2, style.width / 2) if rotated else None
            if turn is not None:  # drawn a quarter turn anticlockwise; /Rotate 90 shows it upright
                turn.__enter__()
            if design == "classic":
                header = f"{paper}　{date}　第{number}版"
                pages.put(header, style.margin, style.margin, style.body)
                furniture = [header]
                y = style.margin + style.body * 1.8
                pages.pdf.set_line_width(1.2)
                pages.pdf.line(style.margin, y, style.width - style.margin, y)
                y += style.body
                bottom = style.height - style.margin
            else:
                y, furniture = masthead(pages, style, paper, date, number, rng)
                bottom, foot = folio(pages, style, paper, number, rng)
                furniture += foot
                header = "".join(furniture[:3])
            placed_page = []
            photo_done = False
            while queue:
                # a row: one story across several columns, or two side by side
                pair = len(queue) > 1 and style.columns >= 4 and rng.random() < 0.5
                spans = [rng.randint(2, style.columns - 2)] if pair else [rng.randint(max(2, style.columns - 1), style.columns)]
                if pair:
                    spans.append(style.columns - spans[0])
                # dense pages box the narrower story of a pair (a sidebar, a 评论)
                boxed = -1
                if design == "dense" and pair and rng.random() < 0.5:
                    boxed = 0 if spans[0] < spans[1] else 1
                row = [plan(pages, story, style, span, rng, not photo_done and i == 0)
                       for i, (story, span) in enumerate(zip(queue, spans))]
                if y + max(p.height for p in row) > bottom and row:
                    row, boxed = row[:1], -1
                    if y + row[0].height > bottom:
                        wide = plan(pages, queue[0], style, style.columns, rng, not photo_done)
                        if y + wide.height > bottom:
                            if not placed_page:
                                raise SystemExit(f"{queue[0].id} does not fit on an empty page")
                            break
                        row = [wide]
                x = style.margin
                for n, p in enumerate(row):
                    box = draw(pages, p, style, x, y)
                    if n == boxed:
                        pad = min(style.gutter * 0.35, style.body * 0.5)
                        pages.pdf.set_line_width(0.8)
                        pages.pdf.set_draw_color(0, 0, 0)
                        pages.pdf.rect(box[0] - pad, box[1] - pad, box[2] - box[0] + 2 * pad,
                                       box[3] - box[1] + 2 * pad, style="D")
                    photo_done = photo_done or any(i.photo for run in p.runs for i in run)
                    placed_page.append((p, box, n == boxed))
                    queue.remove(p.story)
                    x += p.span * (style.column_width + style.gutter)
                    if p is not row[-1] and boxed < 0:
                        rule_x = x - style.gutter / 2
                        pages.pdf.set_line_width(0.6)
                        pages.pdf.line(rule_x, y, rule_x, y + max(q.height for q in row))
                y += max(p.height for p in row) + style.body * 0.6
                pages.pdf.set_line_width(0.6)
                pages.pdf.line(style.margin, y, style.width - style.margin, y)
                y += style.body * 0.8
            if turn is not None:
                turn.__exit__(None, None, None)
            folder = out / code / date
            folder.mkdir(parents=True, exist_ok=True)
            pdf_path = folder / f"{number:02d}.pdf"
            pages.pdf.output(str(pdf_path))
            _finish_pdf(pdf_path, producer, style)
            png_path = folder / f"{number:02d}.png"
            render_png(pdf_path, png_path, dpi)
            record["pages"].append({
                "pdf": pdf_path.relative_to(out).as_posix(), "png": png_path.relative_to(out).as_posix(),
                "paper": paper, "date": date, "page": number, "header": header, "furniture": furniture,
                "width": style.width, "height": style.height, "columns": style.columns,
                "body_size": round(style.body, 2), "title_size": round(style.title, 2),
                "lines": pages.drawn,
                "articles": [{
                    "id": p.story.id, "title": p.story.title, "kicker": p.story.kicker, "boxed": boxed,
                    "subtitle": p.story.subtitle, "paragraphs": [text for _, text in p.story.paragraphs],
                    "region": [round(box[0] / style.width, 5), round(box[1] / style.height, 5),
                               round((box[2] - box[0]) / style.width, 5), round((box[3] - box[1]) / style.height, 5)],
                } for p, box, boxed in placed_page]})
    (out / "layout.json").write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
    return record


OCR_DIALECTS = ("tesseract-hocr", "abbyy-hocr", "words-hocr", "kraken-hocr",
                "alto-v2", "alto-v3-mm10", "alto-v4-lines", "alto-chars",
                "tesseract-tsv", "paddle3-json", "paddle2-json", "easyocr-json")


def ocr_suffix(dialect: str) -> str:
    """The suffix of the file a dialect is written to, as its producer names it."""
    return {"hocr": ".hocr", "tsv": ".tsv", "json": ".json"}.get(dialect.rsplit("-", 1)[-1], ".alto")
_ALTO_NS = {"alto-v2": "http://www.loc.gov/standards/alto/ns-v2#",
            "alto-v3-mm10": "http://www.loc.gov/standards/alto/ns-v3#",
            "alto-v4-lines": "http://www.loc.gov/standards/alto/ns-v4#",
            "alto-chars": "http://www.loc.gov/standards/alto/ns-v4#"}
_ALTO_UNIT = {"alto-v2": ("pixel", None), "alto-v3-mm10": ("mm10", 254 / 72), "alto-v4-lines": ("inch1200", 1200 / 72),
              "alto-chars": ("pixel", None)}


def _words(line: list, rng: random.Random, most: int) -> list[tuple[str, float, float]]:
    """A drawn line cut into words of 1..most characters: (text, x0, x1) in points; spaces end a word."""
    text, xs = line[0], line[6]
    out, i = [], 0
    while i < len(text):
        if text[i].isspace():
            i += 1
            continue
        j = i + 1
        while j < len(text) and j - i < rng.randint(1, most) and not text[j].isspace():
            j += 1
        out.append((text[i:j], xs[i], xs[j]))
        i = j
    return out


def _tsv(page: dict, rng: random.Random, px: float) -> str:
    """Tesseract's TSV of a page: a row for the page, then for each line its block, paragraph and line
    rows and a row a word (1–3 characters); now and then a word row with no text, as Tesseract writes
    for a speck it found no character in."""
    def at(x0: float, y0: float, x1: float, y1: float) -> str:
        return f"{round(x0 * px)}\t{round(y0 * px)}\t{round((x1 - x0) * px)}\t{round((y1 - y0) * px)}"

    rows = ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
            f"1\t1\t0\t0\t0\t0\t{at(0, 0, page['width'], page['height'])}\t-1\t"]
    for n, line in enumerate(page["lines"], 1):
        rows += [f"2\t1\t{n}\t0\t0\t0\t{at(*line[1:5])}\t-1\t", f"3\t1\t{n}\t1\t0\t0\t{at(*line[1:5])}\t-1\t",
                 f"4\t1\t{n}\t1\t1\t0\t{at(*line[1:5])}\t-1\t"]
        words = _words(line, rng, 3)
        if rng.random() < 0.2:
            words.insert(rng.randint(0, len(words)), (rng.choice(["", " "]), line[1], line[1] + line[5] * 0.3))
        rows += [f"5\t1\t{n}\t1\t1\t{k}\t{at(a, line[2], b, line[4])}\t{rng.uniform(80, 97):.6f}\t{t}"
                 for k, (t, a, b) in enumerate(words, 1)]
    return "\n".join(rows) + "\n"


def _detected(page: dict, rng: random.Random, px: float, split: bool) -> list[tuple[list, str, float]]:
    """A detector's lines of a page (PaddleOCR, EasyOCR): a quad a line, padded a little and turned by
    the page's skew (up to 0.4°, as a scan fed a little crooked); with ``split`` a line is cut at its
    white (PaddleOCR boxes the pieces of a 版头 line apart)."""
    out = []
    turn = math.radians(rng.uniform(-0.4, 0.4))
    cos, sin = math.cos(turn), math.sin(turn)
    for line in page["lines"]:
        text, xs, pad = line[0], line[6], 0.1 * line[5]
        pieces = [(m.start(), m.end()) for m in re.finditer(r"\S+" if split else r"\S(.*\S)?", text)]
        for i, j in pieces:
            x0, y0, x1, y1 = (xs[i] - pad / 2) * px, (line[2] - pad) * px, (xs[j] + pad / 2) * px, (line[4] + pad) * px
            mx, my = (x0 + x1) / 2, (y0 + y1) / 2
            quad = [[round(mx + (x - mx) * cos - (y - my) * sin), round(my + (x - mx) * sin + (y - my) * cos)]
                    for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1))]
            out.append((quad, text[i:j], round(rng.uniform(0.85, 0.999), 6)))
    return out


def _box_json(page: dict, dialect: str, rng: random.Random, px: float) -> str:
    """A page's result as PaddleOCR 3 saves it (save_to_json), or PaddleOCR 2's or EasyOCR's dumped with json."""
    lines = _detected(page, rng, px, split=dialect != "easyocr-json")
    if dialect == "paddle3-json":
        polys = [quad for quad, _, _ in lines]
        boxes = [[min(p[0] for p in q), min(p[1] for p in q), max(p[0] for p in q), max(p[1] for p in q)]
                 for q in polys]
        value: object = {"input_path": Path(page["png"]).name, "page_index": None,
                         "model_settings": {"use_doc_preprocessor": False, "use_textline_orientation": False},
                         "dt_polys": polys, "text_det_params": {"limit_side_len": 64, "thresh": 0.3},
                         "text_type": "general", "textline_orientation_angles": [-1] * len(lines),
                         "text_rec_score_thresh": 0.0, "rec_texts": [t for _, t, _ in lines],
                         "rec_scores": [c for _, _, c in lines], "rec_polys": polys, "rec_boxes": boxes}
    elif dialect == "paddle2-json":
        value = [[[quad, [text, conf]] for quad, text, conf in lines]]
    else:
        value = [[quad, text, conf] for quad, text, conf in lines]
    return json.dumps(value, ensure_ascii=False, indent=1 if dialect == "paddle3-json" else None)


def write_ocr(record: dict, out: Path, dialect: str, dpi: int) -> Path:
    """hOCR, ALTO, Tesseract's TSV or a PaddleOCR/EasyOCR result of every page, as one producer writes
    it, from where the text was drawn (no OCR: every character right, so only the file's shape is under
    test), with the page's PNG beside each file.  Written under ``out/ocr-<dialect>/`` (the same tree
    as the PDFs)."""
    import html
    import shutil
    folder = out / f"ocr-{dialect}"
    for page in record["pages"]:
        rng = random.Random(f"{record['seed']}-{dialect}-{page['pdf']}")
        px = dpi / 72
        target = folder / Path(page["png"]).parent
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(out / page["png"], target / Path(page["png"]).name)
        stem = target / Path(page["png"]).stem
        W, H = round(page["width"] * px), round(page["height"] * px)

        if dialect == "tesseract-tsv":
            stem.with_suffix(".tsv").write_text(_tsv(page, rng, px), encoding="utf-8")
            continue
        if dialect.endswith("-json"):
            stem.with_suffix(".json").write_text(_box_json(page, dialect, rng, px), encoding="utf-8")
            continue

        def bb(x0: float, y0: float, x1: float, y1: float) -> str:
            return f"bbox {round(x0 * px)} {round(y0 * px)} {round(x1 * px)} {round(y1 * px)}"

        if dialect.endswith("hocr"):
            body = []
            lines = page["lines"]
            if dialect == "tesseract-hocr":
                for n, line in enumerate(lines, 1):
                    words = "".join(f'<span class="ocrx_word" id="word_{n}_{k}" title="{bb(a, line[2], b, line[4])}; '
                                    f'x_wconf {rng.randint(88, 99)}">{html.escape(t)}</span> '
                                    for k, (t, a, b) in enumerate(_words(line, rng, 3), 1))
                    body.append(f'<div class="ocr_carea" title="{bb(*line[1:5])}"><p class="ocr_par" lang="chi_sim">'
                                f'<span class="ocr_line" id="line_{n}" title="{bb(*line[1:5])}; baseline 0 -3; '
                                f'x_size {round(line[5] * px)}; x_descenders 4; x_ascenders 4">{words}</span></p></div>')
            elif dialect == "abbyy-hocr":  # paragraphs of words, no line elements; a word a character
                for start in range(0, len(lines), 4):
                    group = lines[start:start + 4]
                    words = "".join(f'<span class="ocrx_word" title="x_wconf 97; {bb(a, line[2], b, line[4])}">'
                                    f'{html.escape(t)}</span>' for line in group for t, a, b in _words(line, rng, 1))
                    x0, y0 = min(l[1] for l in group), min(l[2] for l in group)
                    x1, y1 = max(l[3] for l in group), max(l[4] for l in group)
                    body.append(f'<p class="ocr_par" title="{bb(x0, y0, x1, y1)}">{words}</p>')
            elif dialect == "words-hocr":  # words only, in no container but the page
                body = [f'<span class="ocrx_word" title="{bb(a, line[2], b, line[4])}">{html.escape(t)}</span>'
                        for line in lines for t, a, b in _words(line, rng, 2)]
            else:  # kraken: the line's text with a box a character, no word elements
                for line in lines:
                    chars = [(c, line[6][k], line[6][k + 1]) for k, c in enumerate(line[0])]
                    boxes = ", ".join(bb(a, line[2], b, line[4])[5:] for _, a, b in chars)
                    body.append(f'<span class="ocr_line" title="{bb(*line[1:5])}; x_bboxes {boxes}">'
                                f'{html.escape(line[0])}</span><br/>')
            meta = {"tesseract-hocr": "tesseract 5.3.0", "abbyy-hocr": "ABBYY FineReader Engine 12",
                    "words-hocr": "ocrmypdf hocrtransform", "kraken-hocr": "kraken 4.3"}[dialect]
            page_title = (f'image "{Path(page["png"]).name}"; {bb(0, 0, page["width"], page["height"])}; ppageno 0'
                          if dialect != "words-hocr" else f'{bb(0, 0, page["width"], page["height"])}')
            doc = (f'<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'
                   f'<meta name="ocr-system" content="{meta}"/></head><body>'
                   f'<div class="ocr_page" id="page_1" title=\'{page_title}\'>' + "\n".join(body) + "</div></body></html>")
            stem.with_suffix(".hocr").write_text(doc, encoding="utf-8")
            continue
        unit, factor = _ALTO_UNIT[dialect]
        k = px if factor is None else factor

        def pos(x0: float, y0: float, x1: float, y1: float) -> str:
            return (f'HPOS="{round(x0 * k)}" VPOS="{round(y0 * k)}" WIDTH="{round((x1 - x0) * k)}" '
                    f'HEIGHT="{round((y1 - y0) * k)}"')

        lines_xml = []
        for n, line in enumerate(page["lines"], 1):
            if dialect == "alto-chars":
                words = _words(line, rng, 1)
            else:
                words = _words(line, rng, 4)
            parts = []
            for m, (t, a, b) in enumerate(words):
                shown = " ".join(t) if dialect == "alto-v4-lines" else t  # a space between characters
                if m:
                    parts.append(f'<SP {pos(words[m - 1][2], line[2], a, line[4])}/>')
                parts.append(f'<String ID="s{n}_{m}" {pos(a, line[2], b, line[4])} CONTENT="{html.escape(shown)}" WC="0.95"/>')
            lines_xml.append(f'<TextLine ID="l{n}" {pos(*line[1:5])}>' + "".join(parts) + "</TextLine>")
        if dialect == "alto-v4-lines":
            inner = "\n".join(lines_xml)
        else:
            inner = "\n".join(f'<TextBlock ID="b{n}" {pos(*line[1:5])}>{xml}</TextBlock>'
                              for n, (line, xml) in enumerate(zip(page["lines"], lines_xml), 1))
        w, h = (W, H) if factor is None else (round(page["width"] * k), round(page["height"] * k))
        doc = (f'<?xml version="1.0" encoding="UTF-8"?>\n<alto xmlns="{_ALTO_NS[dialect]}"><Description>'
               f'<MeasurementUnit>{unit}</MeasurementUnit><sourceImageInformation><fileName>'
               f'{Path(page["png"]).name}</fileName></sourceImageInformation></Description><Layout>'
               f'<Page ID="p1" WIDTH="{w}" HEIGHT="{h}" PHYSICAL_IMG_NR="1"><PrintSpace {pos(0, 0, page["width"], page["height"])}>'
               + inner + "</PrintSpace></Page></Layout></alto>")
        stem.with_suffix(".alto").write_text(doc, encoding="utf-8")
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("content", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--dpi", type=int, default=110)
    parser.add_argument("--design", choices=DESIGNS, default="classic")
    parser.add_argument("--producer", choices=PRODUCERS, default="plain")
    parser.add_argument("--ocr-files", choices=OCR_DIALECTS, nargs="*", default=[],
                        help="also write hOCR/ALTO/TSV/JSON of each page as these producers write it (from the layout)")
    args = parser.parse_args(argv)
    font = font_path()
    if font is None:
        print(f"no TrueType CJK font: install Debian's {DEBIAN_FONTS}", file=sys.stderr)
        return 1
    record = lay_out(load_stories(args.content), args.out, args.seed, args.dpi, font, args.design, args.producer)
    for dialect in args.ocr_files:
        write_ocr(record, args.out, dialect, args.dpi)
    print(f"{len(record['pages'])} pages, {sum(len(p['articles']) for p in record['pages'])} articles → {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
