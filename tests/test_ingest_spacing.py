"""Pages whose blank lines are spacing: line spacing (a blank line after every line the page
prints, its own blank lines included: double-spaced exports, OCR of a double-spaced typescript)
and paragraph spacing (one blank line after every paragraph, items parted the same way:
Tesseract's text output).  Such a page reads as the same page without them; its line numbers
stay the file's.  Made-up text only."""
from __future__ import annotations

import random

import pytest

from test_ingest_helpers import articles
from unionnews.ingest import run_import
from unionnews.ingest.paragraphs import paragraphs
from unionnews.ingest.paragraphs.spacing import _line_spacing
from variants import _breaks, article_texts, compare, invented, printed_column

PAPERS = {"工人日报": "grrb"}

# one paragraph per line; a blank line between paragraphs, three between items (the seed pages' form)
ITEMS = [
    ["东湖区工会驿站全面开放",
     "本报讯（记者林峰）近日，东湖区总工会在城区新建12家工会驿站，为快递员、外卖骑手等户外劳动者提供休息、饮水、充电等服务。",
     "据介绍，每家驿站都配备了冰箱、微波炉和急救药箱，全天向劳动者开放。",
     "快递员小陈说，夏天有了歇脚的地方，送件路上心里踏实多了。"],
    ["南山区举办第三届职工技能大赛",
     "本报讯（记者许静）9月12日，南山区总工会举办职工技能大赛，来自全区70家企业的260余名职工参加比赛。",
     "比赛设置了电工、焊工、钳工等八个项目，选手们在赛场上比拼技能，展示了产业工人的风采。",
     "区总工会负责人表示，将继续搭建平台，让更多职工在竞赛中成长为技术能手。"],
    ["西岭镇工会为农民工送清凉",
     "本报讯（记者罗明）连日来，西岭镇工会走进建筑工地，为一线农民工送去绿豆汤、毛巾和防暑药品。",
     "镇工会还组织医生为工人测量血压，讲解防暑降温知识，共服务农民工500余人次。"],
    ["社区工会办起暖心食堂",
     "9月10日，北湖社区工会联合辖区企业开办职工暖心食堂，为环卫工人、保安员提供平价午餐。",
     "饭菜天天换样",
     "食堂每天供应三荤三素，职工凭工会卡就餐，一份午餐只要8元。",
     "环卫工人老周说，中午能吃上一口热饭，干活更有劲了。"],
]


def _page(items: list[list[str]]) -> str:
    return "\n\n\n\n".join("\n\n".join(item) for item in items) + "\n"


PAGE = _page(ITEMS)
PARAGRAPHS = [p for item in ITEMS for p in item]


def _spaced(page: str, t: int) -> str:
    """``page`` with ``t`` blank lines after every line (a run of k blank lines becomes t + k(t + 1))."""
    return page.replace("\n", "\n" * (t + 1))


def _printed(width: int, parted: bool = False) -> str:
    return "\n".join(printed_column(PAGE.split("\n"), width, parted=parted)) + "\n"


def _read(text: str):
    return paragraphs(text.split("\n"))


def test_the_seed_form_is_read_as_it_is():
    """A blank line between paragraphs and three between items: those blank lines part paragraphs
    and items, they are no spacing (the page is passed through, line for line)."""
    assert _line_spacing(PAGE.split("\n")) == 0
    paras = _read(PAGE)
    assert paras.identity and [p.text for p in paras.paragraphs] == PARAGRAPHS


@pytest.mark.parametrize("t", [1, 2])
def test_a_double_spaced_page_of_one_paragraph_per_line_is_the_page_as_set(t):
    """Spaced, the page's paragraphs are parted by 2t + 1 blank lines and its items by 4t + 3: read as
    set, a paragraph break is one blank line again and an item's edge three, at the file's lines."""
    spaced = _spaced(PAGE, t)
    lines = spaced.split("\n")
    assert _line_spacing(lines) == t
    want, got = _read(PAGE), _read(spaced)
    assert [(p.text, p.blanks) for p in got.paragraphs] == [(p.text, p.blanks) for p in want.paragraphs]
    assert "\n".join(got.lines).strip() == "\n".join(want.lines).strip()  # blank lines after the page's end aside
    for p in got.paragraphs:
        assert [lines[n - 1] for n in p.lines] == [p.text]  # the file's own line numbers


@pytest.mark.parametrize("t", [1, 2])
@pytest.mark.parametrize("width", [9, 13, 20])
def test_a_double_spaced_column_is_joined_into_paragraphs(width, t):
    """A column printed line by line, a blank line (or two) after each line: the lines of a paragraph
    join as in the column without the spacing, never one paragraph a line."""
    spaced = _spaced(_printed(width), t)
    assert _line_spacing(spaced.split("\n")) == t
    got = _read(spaced)
    assert [p.text for p in got.paragraphs] == [p.text for p in _read(_printed(width)).paragraphs]
    assert got.layout == "columnar" and len(got.paragraphs) < len(ITEMS) * 5
    lines = spaced.split("\n")
    for p in got.paragraphs:  # every printed line of the paragraph, in the file's numbers
        assert "".join(lines[n - 1].strip() for n in p.lines) == p.text


@pytest.mark.parametrize("width", [9, 13, 20])
def test_paragraph_spacing_in_a_column_leaves_the_items_to_be_found(width):
    """One blank line after every paragraph, headlines included: the blank lines say where paragraphs
    end and nothing about items, so each headline is given an item's gap as on a page without blank
    lines (an item's edge is not the same as a paragraph's)."""
    text = _printed(width, parted=True)
    assert _line_spacing(text.split("\n")) == 0
    got = _read(text)
    assert [p.text for p in got.paragraphs] == PARAGRAPHS
    heads = [item[0] for item in ITEMS]
    doubted = {got.lines[n - 1] for n in got.doubts}
    gaps = {p.text: p.blanks for p in got.paragraphs[1:]}
    assert gaps[heads[1]] == 2  # a long headline: an item's gap
    assert all(gaps[h] == 2 or h in doubted for h in heads[2:])  # short ones: subheads, in doubt
    assert all(gaps[p] == 1 for p in PARAGRAPHS[1:] if p not in heads + ["饭菜天天换样"])


def _import(tmp_path, name: str, text: str):
    page = tmp_path / name / "page.txt"
    page.parent.mkdir()
    page.write_text(text, encoding="utf-8")
    content = tmp_path / name / "content"
    run_import([page], content, tmp_path / name, PAPERS, paper="工人日报", date="2025-09-13", page=3)
    return content


@pytest.mark.parametrize("layout", ["doubled", "printed+doubled", "printed+parablank", "printed+tripled"])
def test_a_spaced_page_imports_as_the_page_as_set(tmp_path, layout):
    """The same articles as the page without spacing: every story whole in a file of its own, no file
    mixing two, nothing made up; each article's provenance names the file lines its text is on."""
    text = {"doubled": _spaced(PAGE, 1), "printed+doubled": _spaced(_printed(13), 1),
            "printed+parablank": _printed(13, parted=True), "printed+tripled": _spaced(_printed(11), 2)}[layout]
    base = article_texts(_import(tmp_path, "base", PAGE))
    content = _import(tmp_path, "spaced", text)
    got = article_texts(content)
    assert len(base) == len(ITEMS)
    result = compare(base, got)
    assert result["mixed_unflagged"] == [] and len(got) == len(ITEMS)
    assert sorted(a["text"] for a in got) == sorted(a["text"] for a in base)
    assert invented(got, text) == []
    lines = text.split("\n")
    for path, front, body in articles(content):
        first, last = (int(n) for n in str(front["provenance"]["lines"]).split("-"))
        held = "".join(lines[n - 1].strip() for n in range(first, last + 1))
        assert front["title"] in held and body.strip().split("\n")[-1][-10:] in held


@pytest.mark.parametrize("width", [11, 13, 16])
def test_on_a_paragraph_spaced_column_a_blank_after_a_full_line_ends_the_paragraph(width):
    """A paragraph the OCR cut mid-sentence on a full line (the rest of its sentence printed elsewhere)
    and the page's one blank line after it: on a page that prints a blank line after every paragraph
    and nowhere else, that blank line is the paragraph's end, not a stray blank inside a sentence, so
    the next paragraph is not run on to it (that would make up a sentence)."""
    lines = printed_column(PAGE.split("\n"), width, parted=True)
    cut = next(k for k, line in enumerate(lines)
               if len(line) == width and line[-1] not in "，。、；：？！”）》" and lines[k + 1]
               and lines[k + 1][0] not in "，。、；：？！”）》" and k > len(lines) // 3)
    tail = []
    while lines[cut + 1 + len(tail)]:
        tail.append(lines[cut + 1 + len(tail)])
    page = lines[:cut + 1] + lines[cut + 1 + len(tail):]  # the paragraph's rest is left out: the OCR cut it
    got = [p.text for p in _read("\n".join(page) + "\n").paragraphs]
    assert page[cut + 1] == "" and page[cut + 2]
    assert len([p for p in got if p.endswith(lines[cut])]) == 1
    assert not any(lines[cut] + page[cut + 2][:2] in p for p in got)


def _rewrapped(widths: list[int]) -> str:
    """PAGE with each paragraph re-broken at the widths ``widths`` gives in turn (blank lines kept)."""
    cycle = iter(widths * 100)
    out = []
    for line in PAGE.split("\n"):
        out += _breaks(line, cycle, kinsoku=False) if line else [line]
    return "\n".join(out)


@pytest.mark.parametrize("widths", [[7, 15, 22, 9], [12, 5, 18], [25, 30, 11, 16]])
def test_a_double_spaced_page_of_wrapped_lines_is_the_page_as_set(widths):
    """Lines re-broken at any width, paragraphs parted by a blank line, then double-spaced: a blank line
    after every line.  Read as set, the lines of a paragraph join again."""
    wrapped = _rewrapped(widths)
    spaced = _spaced(wrapped, 1)
    assert _line_spacing(spaced.split("\n")) == 1
    got = _read(spaced)
    assert [p.text for p in got.paragraphs] == [p.text for p in _read(wrapped).paragraphs] == PARAGRAPHS


@pytest.mark.parametrize("seed", range(4))
def test_a_double_spaced_page_of_narrow_wrapped_lines_is_the_page_as_set(seed):
    """Paragraphs cut into narrow lines (6–10 characters), a blank line between paragraphs, then
    double-spaced.  A paragraph spans ten lines or more, so the page's own blank lines are few beside the
    spacing's, and half its pieces hold no mark, as a headline holds none: each piece that the next line
    goes on from (a word across the break, a mark opening the line) is text cut all the same."""
    rng = random.Random(seed)
    cycle = iter(lambda: rng.randint(6, 10), None)
    wrapped = "\n\n".join("\n".join(_breaks(p, cycle, kinsoku=False)) for p in PARAGRAPHS) + "\n"
    spaced = _spaced(wrapped, 1)
    assert _line_spacing(spaced.split("\n")) == 1
    assert [p.text for p in _read(spaced).paragraphs] == [p.text for p in _read(wrapped).paragraphs]


def test_short_items_in_the_seed_form_are_not_read_as_spacing():
    """Items of a headline and one paragraph, a blank line between the two and three between items: half
    the runs are an item's edge, and the page without spacing would put each headline on its text's
    line; the blank lines are read as they are."""
    text = _page([item[:2] for item in ITEMS] * 3)
    assert _line_spacing(text.split("\n")) == 0
    assert [p.text for p in _read(text).paragraphs] == [p for item in ITEMS for p in item[:2]] * 3


@pytest.mark.parametrize("width", [9, 13, 20])
def test_a_short_headline_over_a_dated_lead_is_an_items_headline(width):
    """A column without blank lines: a short headline-shaped line after a finished paragraph is a subhead
    or the next item's headline; over a lead that opens on its date (9月10日，…) it is a headline, and
    gets an item's gap (a subhead under it, 饭菜天天换样, stays a subhead, in doubt)."""
    got = _read(_printed(width))
    gaps = {p.text: p.blanks for p in got.paragraphs[1:]}
    doubted = {got.lines[n - 1] for n in got.doubts}
    assert gaps["社区工会办起暖心食堂"] == 2 and "社区工会办起暖心食堂" not in doubted
    assert gaps["饭菜天天换样"] == 1 and "饭菜天天换样" in doubted


def test_a_short_page_of_one_paragraph_per_line_a_blank_after_each_is_read_as_it_is():
    """Ten short lines, one paragraph each and a blank line after every one: a few of about one length
    make no column, so the blank lines are paragraph breaks, not spacing over a column."""
    lines = ["甲镇开展职工义诊活动", "", "工会请来医生为职工体检。", "", "乙镇工会举办读书交流会", "", "近百名职工参加了活动。", "",
             "丙镇职工篮球赛开幕", "", "本报记者 马骁", "", "9月8日，丙镇第五届职工篮球赛开幕，来自全镇20家单位的球队参赛。", "",
             "本报讯（记者孙悦）近日，甲镇总工会为一线职", "", "（本报丙镇9月8日电）", "", "本报讯（记者钱进）近日，乙镇总工会举办读书交", ""]
    assert _line_spacing(lines) == 0
    assert _read("\n".join(lines)).identity


# A word gap the OCR printed after a paragraph's first character (与 此同时), on a page where another
# item's lead breaks off mid-sentence at a stray blank line (…帮助解决 | | 500个…).  Made-up text.
GAP_ITEMS = [
    ["东湖区工会驿站全面开放",
     "本报讯（记者林峰）近日，东湖区总工会在城区新建12家工会驿站，为快递员、外卖骑手等户外劳动者提供休息、饮水、充电等服务。",
     "据介绍，每家驿站都配备了冰箱、微波炉和急救药箱，全天向劳动者开放。"],
    ["两区工会结对开展技能帮扶",
     "本报讯（记者许静）9月12日，南山区总工会与北湖区总工会签订技能帮扶协议。",
     "协议提出，两区将组织技术能手深入车间，开展跨区域的技能培训和师徒结对。",
     "与 此同时，两区还将组织技术能手深入中小企业，参与工艺改进，推动技术能手深入企业解决难题。",
     "为让协作长期开展，两区工会将建立线上对接平台。"],
    ["西岭镇启动技术能手进企业行动",
     "本报讯（记者罗明）9月10日，西岭镇总工会启动技术能手进企业行动。今后三年，西岭镇每年组织200名技术能手"
     "深入企业，服务超过300家企业，帮助解决",
     "",
     "500个以上生产难题，让2000名职工技能水平得到提升。",
     "镇工会负责人表示，行动将聚焦企业和职工的实际需求。"],
]


@pytest.mark.parametrize("line", ["与 此同时，两区还将组织技术能手深入中小企业。", "等\u3000级评定工作将在年底前完成。",
                                  "之 后，镇工会又走访了三家企业。", "和\u00a0谐劳动关系创建活动持续开展。"],
                         ids=["yucitongshi", "dengji-ideographic", "zhihou", "hexie-nbsp"])
def test_a_word_gap_after_a_lines_first_character_does_not_cut_its_first_word(line):
    """与此同时, 等级, 之后, 和谐 begin a sentence; the OCR's gap inside the word (与 此同时) leaves them so:
    the line may begin a sentence and closes no list (a gap says nothing of where a word ends)."""
    from unionnews.ingest import continuity as ct
    assert not ct.bound_first(line) and not ct.closes_list(line)
    assert ct.opens_sentence(line)
    assert ct.bound_first("等 相关部门将联合检查。")  # 等 alone stays bound, gap or not


def test_a_paragraph_with_a_word_gap_after_its_first_character_stays_where_it_is_printed(tmp_path):
    """The paragraph 与 此同时，… is not read as the rest of another item's broken-off sentence
    (…帮助解决与此同时，…: a sentence not in the input); the page imports as without the gap."""
    text = "\n\n\n\n".join("\n\n".join(item) for item in GAP_ITEMS) + "\n"
    base = article_texts(_import(tmp_path, "base", text.replace("与 此同时", "与此同时")))
    got = article_texts(_import(tmp_path, "gap", text))
    assert len(got) == len(GAP_ITEMS)
    assert sorted(a["text"] for a in got) == sorted(a["text"] for a in base)
    assert not any("解决与此同时" in a["text"] for a in got)
