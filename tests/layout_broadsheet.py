"""The ``broadsheet`` design of tests/layout_pages.py: a dense news page with what the other
designs lack, each drawn from the page's own fixed random seed.

- **L-shaped stories**: a story's columns on the left, another story beside it at the top right,
  and the first story's text going on in the columns under that one (its headline over its own
  columns, or across the whole row with the other story under it).  The record gives such a
  story several ``regions``: one rectangle for each part that can be drawn without covering the
  other story.
- **Advertisements**: a heavy frame at the page's foot holding an advertiser's name in large
  type, a line or two of copy, an address and a telephone number, and the mark 广告 (China's
  advertising law has an advertisement in a newspaper marked as one).  Not an article: its texts
  are recorded under ``ads``.
- **转版**: a story that does not fit at a page's foot is cut at a line, ends with （下转第N版）,
  and goes on at the top of the next page, under its headline repeated and （上接第M版）, or under
  （上接第M版） alone.  The continuation is recorded as an article of its own with
  ``continued_from`` (第M版); its ``title`` is the headline printed over it, or the 上接 line
  when none is.
"""
from __future__ import annotations

import random
import re
from dataclasses import replace
from pathlib import Path

from layout_pages import (Item, Pages, Placed, Story, Style, _finish_pdf, balance, body_items, dense_style, draw,
                          folio, headline_items, masthead, plan, render_png)

_ADS = (
    ("京运河温泉度假村", ["职工疗休养定点单位", "工会会员凭证入住享八折"], "地址：北京市通州区运河东大街12号",
     "预订电话：010-6552 3187"),
    ("华工职业技能培训学校", ["电工 焊工 数控车工 养老护理员", "常年招生 推荐就业"], "地址：北京市丰台区南四环西路188号",
     "咨询电话：010-8372 5510"),
    ("安康职工互助保险", ["住院医疗 意外伤害 重大疾病", "会员自愿参加"], "办理地点：各区总工会职工服务中心",
     "服务热线：400-810 6677"),
    ("金秋家电以旧换新", ["空调 冰箱 洗衣机 厨卫电器", "劳模工匠凭证另享优惠"], "门店：朝阳区建国路甲88号",
     "热线：010-5901 2266"),
)


def _box(items: list[tuple[float, float, float, float]]) -> list[float]:
    return [min(b[0] for b in items), min(b[1] for b in items), max(b[2] for b in items), max(b[3] for b in items)]


def _fraction(box: list[float], style: Style) -> list[float]:
    return [round(box[0] / style.width, 5), round(box[1] / style.height, 5),
            round((box[2] - box[0]) / style.width, 5), round((box[3] - box[1]) / style.height, 5)]


def _entry(story: Story, boxes: list[list[float]], style: Style, **extra) -> dict:
    """An article as the record gives it: printed headline parts, paragraphs, and its region(s)."""
    out = {"id": story.id, "title": story.title, "kicker": story.kicker, "subtitle": story.subtitle, "boxed": -1,
           "paragraphs": [text for _, text in story.paragraphs], "region": _fraction(boxes[0], style)}
    if len(boxes) > 1:
        out["regions"] = [_fraction(b, style) for b in boxes]
    marker = re.match(r"^（上接(第\d+版)）$", story.paragraphs[0][1]) if story.paragraphs else None
    if marker:  # an article file that is itself a continuation, printed under its 上接 line
        out["continued_from"] = marker.group(1)
    out.update(extra)
    return out


def _pack(items: list[Item], capacities: list[float]) -> list[list[Item]] | None:
    """Items into columns in order, each filled to its capacity (a column may run over by less
    than half its last item); None when they do not all fit."""
    runs: list[list[Item]] = [[] for _ in capacities]
    col, height = 0, 0.0
    for item in items:
        while col < len(capacities) and runs[col] and height + item.height > capacities[col] + 0.5 * item.height:
            col, height = col + 1, 0.0
        if col == len(capacities):
            return None
        runs[col].append(item)
        height += item.height
    return runs if all(runs) else None


def _draw_runs(pages: Pages, runs: list[list[Item]], style: Style, x: float, top: float) -> list[float] | None:
    """Text columns side by side from (x, top); their inked box, or None when empty."""
    boxes = []
    for col, run in enumerate(runs):
        left, cy = x + col * (style.column_width + style.gutter), top
        for item in run:
            w = pages.width(item.text, item.size)
            tx = left + style.column_width - w if item.right else left + item.indent
            pages.put(item.text, tx, cy, item.size, style.order)
            boxes.append((tx, cy, tx + w, cy + item.size))
            cy += item.height
    return _box(boxes) if boxes else None


def _rule(pages: Pages, x0: float, y0: float, x1: float, y1: float, width: float = 0.6) -> None:
    pages.pdf.set_line_width(width)
    pages.pdf.set_draw_color(0, 0, 0)
    pages.pdf.line(x0, y0, x1, y1)


def _l_shape(pages: Pages, style: Style, a: Story, b: Story, y: float, bottom: float, rng: random.Random
             ) -> tuple[float, list[dict]] | None:
    """Story ``a`` in the left columns, ``b`` at the top right, ``a`` going on under ``b``.  Returns
    the row's foot and the two records, or None when the stories do not make an L here."""
    n = style.columns
    left = rng.randint(2, n - 3)
    right = n - left
    across = rng.random() < 0.4  # a's headline across the whole row, b under it
    cw, g = style.column_width, style.gutter
    wide = lambda k: k * cw + (k - 1) * g  # noqa: E731
    head = headline_items(pages, a, style, wide(n) if across else wide(left))
    head_h = sum(i.height for i in head)
    body = [i for i in body_items(pages, replace(a, paragraphs=[p for p in a.paragraphs if p[0] != "caption"]),
                                  style, rng, False) if not i.photo]
    if any(kind == "caption" for kind, _ in a.paragraphs):
        return None
    beside = plan(pages, b, style, right, rng, False)
    if any(i.photo for run in beside.runs for i in run):
        return None
    cols_top = y + head_h
    right_top = cols_top if across else y
    tail_top = right_top + beside.height + style.body * 1.4
    total = sum(i.height for i in body)
    foot = (total + left * cols_top + right * tail_top) / n
    if foot - tail_top < 4 * style.leading or foot - cols_top < beside.height:
        return None
    for _ in range(40):
        runs = _pack(body, [foot - cols_top] * left + [foot - tail_top] * right)
        if runs is not None:
            break
        foot += style.leading
    else:
        return None
    if foot > bottom:
        return None
    x0, xr = style.margin, style.margin + left * (cw + g)
    head_boxes = []
    top = y
    for item in head:
        w = pages.width(item.text, item.size)
        room = wide(n) if across else wide(left)
        tx = x0 + (room - w) / 2
        pages.put(item.text, tx, top, item.size, style.order)
        head_boxes.append((tx, top, tx + w, top + item.size))
        top += item.height
    main = _draw_runs(pages, runs[:left], style, x0, cols_top)
    tail = _draw_runs(pages, runs[left:], style, xr, tail_top)
    b_box = draw(pages, beside, style, xr, right_top)
    row_foot = max(foot, right_top + beside.height)
    _rule(pages, xr - g / 2, right_top, xr - g / 2, row_foot)
    _rule(pages, xr - g / 2, tail_top - style.body * 0.8, style.width - style.margin, tail_top - style.body * 0.8)
    hb = _box(head_boxes)
    boxes = [hb, main, tail] if across else [_box([tuple(hb), tuple(main)]), tail]
    return row_foot, [_entry(a, boxes, style, shape="L"), _entry(b, [b_box], style)]


def _split(pages: Pages, story: Story, style: Style, span: int, room: float, to_page: int
           ) -> tuple[Placed, Story, Story] | None:
    """The part of ``story`` that fits in ``room`` (its body cut at a line, ending （下转第N版）) and
    the rest as a story of its own; None when too little of it would fit."""
    if any(kind == "caption" for kind, _ in story.paragraphs):
        return None
    width = span * style.column_width + (span - 1) * style.gutter
    head = headline_items(pages, story, style, width)
    body = body_items(pages, story, style, random.Random(0), False)
    jump = Item(height=style.leading, text=f"（下转第{to_page}版）", size=style.body, right=True)
    depth = room - sum(i.height for i in head)
    keep = span * int(depth // style.leading) - 1  # lines that fit, less the 下转 line
    if keep >= len(body) - 3:
        return None
    while keep >= 2 * span:
        runs = balance(body[:keep] + [jump], span)
        if len(runs) == span and max(sum(i.height for i in run) for run in runs) <= depth:
            break
        keep -= 1
    else:
        return None
    part = body[:keep]
    last = part[-1].para
    cut_text = "".join(i.text for i in part if i.para == last)
    whole_text = story.paragraphs[last][1]
    first = [(kind, text) for kind, text in story.paragraphs[:last]] + [(story.paragraphs[last][0], cut_text)]
    rest_first = whole_text[len(cut_text):]
    rest = ([(story.paragraphs[last][0], rest_first)] if rest_first.strip() else []) + story.paragraphs[last + 1:]
    shown = replace(story, paragraphs=first + [("body", jump.text)])
    later = replace(story, paragraphs=rest, runon=bool(rest_first.strip()))
    return Placed(shown, span, head, runs), shown, later


def _continuation(pages: Pages, story: Story, style: Style, from_page: int, rng: random.Random
                  ) -> tuple[Placed, dict]:
    """The rest of a story at the top of its next page: under its headline repeated and （上接第N版）,
    or under （上接第N版） alone.  The record's title is what is printed as the headline."""
    marker = f"（上接第{from_page}版）"
    span = rng.randint(max(2, style.columns - 2), style.columns)
    width = span * style.column_width + (span - 1) * style.gutter
    repeated = rng.random() < 0.5
    head = headline_items(pages, Story(story.id, story.paper, story.date, story.title), style, width) if repeated else []
    body = [Item(height=style.leading, text=marker, size=style.body)] + body_items(pages, story, style, rng, False)
    placed = Placed(story, span, head, balance(body, span))
    texts = [text for _, text in story.paragraphs]
    entry = {"id": story.id, "kicker": "", "subtitle": "", "boxed": -1, "continued_from": f"第{from_page}版",
             "title": story.title if repeated else marker, "paragraphs": ([marker] if repeated else []) + texts}
    return placed, entry


def _ad(pages: Pages, style: Style, bottom: float, rng: random.Random) -> tuple[float, dict]:
    """An advertisement boxed at the foot (full width or most of it, at the left or right): returns
    the new lowest y for stories and the ad's record."""
    name, copy, address, phone = rng.choice(_ADS)
    big = style.body * rng.uniform(2.2, 3.0)
    span = rng.choice([style.columns, style.columns - 1, style.columns - 2])
    width = span * style.column_width + (span - 1) * style.gutter
    x0 = style.margin if rng.random() < 0.5 else style.width - style.margin - width
    lines = [(name, big)] + [(c, style.body * 1.25) for c in copy] + [(address, style.body), (phone, style.body)]
    height = sum(size * 1.5 for _, size in lines) + style.body * 2.5
    top = bottom - height
    pages.pdf.set_line_width(rng.uniform(1.2, 2.0))
    pages.pdf.set_draw_color(0, 0, 0)
    pages.pdf.rect(x0, top, width, height, style="D")
    mark = "广告"
    pages.put(mark, x0 + width - pages.width(mark, style.body * 0.85) - style.body * 0.5, top + style.body * 0.4,
              style.body * 0.85)
    y = top + style.body * 1.4
    for text, size in lines:
        pages.put(text, x0 + (width - pages.width(text, size)) / 2, y, size)
        y += size * 1.5
    texts = [mark] + [text for text, _ in lines]
    return top - style.body * 1.2, {"texts": texts, "region": _fraction([x0, top, x0 + width, top + height], style)}


def lay_out_broadsheet(stories: list[Story], out: Path, seed: int, dpi: int, font: Path,
                       producer: str = "plain") -> dict:
    """Every story on broadsheet pages (see the module's docstring); the record as lay_out's, with
    ``ads`` on each page and, for L-shaped stories, ``regions``."""
    by_issue: dict[tuple[str, str], list[Story]] = {}
    for story in stories:
        by_issue.setdefault((story.paper, story.date), []).append(story)
    record: dict = {"seed": seed, "design": "broadsheet", "producer": producer, "pages": []}
    for (paper, date), issue in by_issue.items():
        code = issue[0].id.split("-")[0]
        queue = list(issue)
        carry: tuple[Story, int] | None = None
        number = 0
        while queue or carry:
            number += 1
            rng = random.Random(f"{seed}-{code}-{date}-{number}-broadsheet")
            pages = Pages(font)
            style = dense_style(rng)
            if producer in ("glyphs", "reverse"):
                style.order = producer if producer == "reverse" else "glyphs"
            rotated = producer == "rotated"
            pages.pdf.add_page(format=(style.height, style.width) if rotated else (style.width, style.height))
            turn = pages.pdf.rotation(90, style.width / 2, style.width / 2) if rotated else None
            if turn is not None:
                turn.__enter__()
            y, furniture = masthead(pages, style, paper, date, number, rng)
            bottom, foot = folio(pages, style, paper, number, rng)
            furniture += foot
            ads = []
            if rng.random() < 0.6:
                bottom, ad = _ad(pages, style, bottom, rng)
                ads.append(ad)
            entries: list[dict] = []

            def close_row(foot_y: float) -> float:
                foot_y += style.body * 0.6
                _rule(pages, style.margin, foot_y, style.width - style.margin, foot_y)
                return foot_y + style.body * 0.8

            if carry is not None:
                story, from_page = carry
                placed, entry = _continuation(pages, story, style, from_page, rng)
                box = draw(pages, placed, style, style.margin, y)
                entry["region"] = _fraction(box, style)
                entries.append(entry)
                y = close_row(y + placed.height)
                carry = None
            # a front page opens more stories than it holds: one of them jumps to the next page
            opens = rng.randint(2, 4) if number == 1 and len(queue) > 2 else 0
            while queue:
                if len(queue) > 1 and style.columns >= 5 and rng.random() < 0.5:
                    # the longer story takes the L (a short one could not go on under the other)
                    a, b = sorted(queue[:2], key=lambda s: -sum(len(t) for _, t in s.paragraphs))
                    made = _l_shape(pages, style, a, b, y, bottom, rng)
                    if made is not None:
                        foot_y, pair = made
                        entries += pair
                        queue[:2] = []
                        y = close_row(foot_y)
                        continue
                span = rng.randint(max(2, style.columns - 2), style.columns)
                p = plan(pages, queue[0], style, span, rng, False)
                if y + p.height > bottom:
                    p = plan(pages, queue[0], style, style.columns, rng, False)
                jump = opens and len(entries) + 1 >= opens and len(queue) > 1
                if y + p.height > bottom or jump:
                    room = min(bottom - y, p.height * rng.uniform(0.45, 0.75)) if jump else bottom - y
                    cut = _split(pages, queue[0], style, p.span if jump else style.columns, room, number + 1) \
                        if rng.random() < 0.9 else None
                    if cut is not None:
                        placed, shown, later = cut
                        box = draw(pages, placed, style, style.margin, y)
                        entries.append(_entry(shown, [box], style, jumps_to=f"第{number + 1}版"))
                        carry = (later, number)
                        queue.pop(0)
                        close_row(y + placed.height)
                        break
                    if y + p.height <= bottom:  # it would not jump: it stands whole
                        opens = 0
                    elif not entries:
                        raise SystemExit(f"{queue[0].id} does not fit on an empty page")
                    else:
                        break
                box = draw(pages, p, style, style.margin, y)
                entries.append(_entry(p.story, [box], style))
                queue.pop(0)
                y = close_row(y + p.height)
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
                "paper": paper, "date": date, "page": number, "header": "".join(furniture[:3]),
                "furniture": furniture, "ads": ads, "width": style.width, "height": style.height,
                "columns": style.columns, "body_size": round(style.body, 2), "title_size": round(style.title, 2),
                "lines": pages.drawn, "articles": entries})
    import json
    (out / "layout.json").write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
    return record
