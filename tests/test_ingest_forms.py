"""Variant classes of issue 17 no earlier layout made (tests/variants.py's PROBE_MARKS and LINE_NOISE),
on made-up pages: other punctuation forms, other blank-line noise, other line layouts.

Each class: the same page in that form gives the same articles as in the house forms, nothing lost,
nothing made up, and every article keeps the forms printed.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from test_ingest_helpers import import_page, written_text, output_chars, printed_chars, read_md
from unionnews.ingest.marks import read_forms
from variants import article_texts, compare, invented, relayout

# Two made-up stories, one paragraph a line, in the house forms: a lead with a bracketed credit, a
# dateline with one, quotes of both kinds, a continuation marker.
PAGE = """## 林场职工学会了无人机巡护

本报讯（记者 高远 通讯员 钟岚）入冬以来，北坡林场的护林员们背上了新装备。“过去巡一遍山要三天，现在半天就够了。”护林员老周说。

林场工会今年请来技术人员，为四十多名职工开办无人机培训班，内容有飞行操作、影像判读和‘火点’识别……不少职工第一次摸到了无人机。

“学会这门手艺，巡山更有底气。”老周说，他已经拿到了操作证书。（本报龙江12月1日电）



## 港区工会开办码头驿站

本报海州11月30日电（记者 林晓）在海州港区的码头边，一座新建的职工驿站开门迎客——这是港区的第一座驿站。驿站里有热水、微波炉和药箱，货车司机和装卸工人都能进来歇脚。

港区工会主席说：“驿站是大家的，谁累了都可以来坐坐。”下一步，港区将在另外两个作业区各建一座驿站。
"""


def _import(tmp: Path, text: str) -> Path:
    return import_page(tmp, text, "ldwb/2024-12-02/03.txt")


@pytest.fixture(scope="module")
def house(tmp_path_factory):
    return article_texts(_import(tmp_path_factory.mktemp("house"), PAGE))


# --- reading the forms ------------------------------------------------------------------------------

def test_tortoise_shell_and_lenticular_brackets_read_as_round_ones_on_a_page_without_them():
    lines = ["本报讯〔记者 高远〕入冬以来，林场很忙。", "〔本报龙江12月1日电〕", "〔上接第2版〕"]
    forms = read_forms(lines)
    assert forms.lines == ["本报讯（记者 高远）入冬以来，林场很忙。", "（本报龙江12月1日电）", "（上接第2版）"]
    front = {"title": "（上接第2版）", "review": ["（我们的话）"]}
    assert forms.restore(front, "本报讯（记者 高远）入冬以来") == "本报讯〔记者 高远〕入冬以来"
    assert front == {"title": "〔上接第2版〕", "review": ["（我们的话）"]}
    assert read_forms(["【本报龙江12月1日电】"]).lines == ["（本报龙江12月1日电）"]
    both = ["本报讯〔记者 高远〕入冬以来，", "【上接第2版】"]  # two forms of one mark: each read as printed
    assert read_forms(both).lines == both


def test_a_page_printing_round_brackets_keeps_its_other_brackets_as_they_are():
    lines = ["【关注】林场职工学技术", "本报讯（记者 高远）入冬以来，林场很忙。"]
    assert read_forms(lines).lines == lines
    half = ["【关注】林场职工学技术", "本报讯(记者 高远)入冬以来，林场很忙。"]  # ( is made into （ later
    assert read_forms(half).lines == half


def test_full_width_straight_quotes_read_as_straight_quotes_and_come_back():
    forms = read_forms(["老周说：＂巡山更有底气。＂又说＇火点＇很难找。"])
    assert forms.lines == ["老周说：\"巡山更有底气。\"又说'火点'很难找。"]
    assert forms.back("老周说：“巡山更有底气。”又说‘火点’很难找。\"") == "老周说：＂巡山更有底气。＂又说＇火点＇很难找。＂"
    assert read_forms(["他说：＂好。＂", "她说：“好。”"]).lines == ["他说：＂好。＂", "她说：“好。”"]  # two forms: as printed


def test_corner_quotes_beside_full_width_straight_quotes_keep_each_form(tmp_path):
    """「」 and ＂＂ on one page are two forms of the double quote: both would go back from “”, so neither is read
    as it and every quote of the page comes out as printed."""
    page = ("林场职工学会了无人机巡护\n\n本报讯（记者高远）入冬以来，老周说：「巡山更有底气。」\n\n"
            "护林员又说：＂火点很难找。＂\n\n\n牧区职工夜校开课\n\n本报讯（记者李明）近日，夜校开课，学员说：「很实用。」\n")
    assert read_forms(page.split("\n")).lines == page.split("\n")
    content = import_page(tmp_path, page, "ldwb/2024-12-02/03.txt")
    assert output_chars(content) == printed_chars(page.splitlines())


# --- a whole page in other forms ---------------------------------------------------------------------

@pytest.mark.parametrize("layout,seed,mark", [("printed+brackets", 4, "〔"), ("rewrap+brackets+straight", 3, "【"),
                                              ("printed+fwquote+stops", 0, "＂")])
def test_a_page_in_other_mark_forms_gives_the_same_articles_and_keeps_its_forms(tmp_path, house, layout, seed, mark):
    page = relayout(PAGE, layout, seed)
    assert mark in page
    content = _import(tmp_path, page)
    got = article_texts(content)
    result = compare(house, got)
    assert result["whole"] == result["of"] == 2, result["missing"]
    assert not [r for a in got for r in a["review"] if "mid-sentence" in r]
    assert invented(got, page) == [] and printed_chars(page.splitlines()) == output_chars(content)
    written = written_text(content)
    if mark in "〔【":  # a form of its own: written as printed, never as the house form
        assert mark in written and "（" not in written
    if mark == "＂":
        assert mark in written and not {"“", "”", '"'} & set(written)


# --- blank-line noise ----------------------------------------------------------------------------------

# one paragraph a line, every two parted by one blank line, an item's edge no wider; the second item's
# headline is short and its lead opens on its date (no 本报讯 to say an item begins)
EVEN = """## 林场职工学会了无人机巡护

本报讯（记者 高远）入冬以来，北坡林场的护林员们背上了新装备。

“过去巡一遍山要三天，现在半天就够了。”护林员老周说。

林场工会今年请来技术人员，为四十多名职工开办无人机培训班。

学会这门手艺的职工，已经在秋季防火中派上了用场。

码头驿站开门迎客

11月30日，海州港区的码头边，一座新建的职工驿站开门迎客。

驿站里有热水、微波炉和药箱，货车司机和装卸工人都能进来歇脚。

港区工会主席说，下一步将在另外两个作业区各建一座驿站。
"""


def test_a_page_whose_items_are_parted_as_its_paragraphs_are_gets_its_items_apart(tmp_path):
    content = _import(tmp_path, EVEN)
    got = article_texts(content)
    assert [a["head"] for a in got] == ["林场职工学会了无人机巡护", "码头驿站开门迎客"]
    assert got[1]["body"].startswith("11月30日，海州港区") and got[0]["body"].endswith("派上了用场。")
    assert printed_chars(EVEN.splitlines()) == output_chars(content)


def test_a_page_whose_blank_runs_have_lengths_by_chance_gets_its_items_apart(tmp_path):
    """1–6 blank lines between any two paragraphs, none of the lengths holding half the runs: one blank
    line before the second item's headline, five under it.  The runs say nothing of where items end."""
    paras = [p for p in EVEN.split("\n") if p.strip()]
    runs = [3, 2, 6, 2, 1, 5, 4, 2]  # one blank line before the second headline, five under it
    page = paras[0] + "".join("\n" * (n + 1) + p for n, p in zip(runs, paras[1:])) + "\n"
    content = _import(tmp_path, page)
    got = article_texts(content)
    assert [a["head"] for a in got] == ["林场职工学会了无人机巡护", "码头驿站开门迎客"]
    assert got[1]["body"].startswith("11月30日，海州港区") and got[0]["body"].endswith("派上了用场。")
    assert got[1]["body"].endswith("各建一座驿站。") and printed_chars(page.splitlines()) == output_chars(content)


# --- other line layouts ------------------------------------------------------------------------------

@pytest.mark.parametrize("style", ["file", "printed"])
def test_a_page_whose_lines_are_numbered_gives_the_same_articles_without_the_numbers(tmp_path, style):
    """``cat -n`` numbers every line of the file, ``nl`` the printed ones: the numbers are not printed
    on the page, and go (each file says so in review); every printed character is still written."""
    lines, n = [], 0
    for line in EVEN.split("\n"):
        if style == "file" or line.strip():
            n += 1
            line = f"{n:>6}\t{line}" if style == "file" else f"{n:>6}  {line}"
        lines.append(line)
    content = _import(tmp_path, "\n".join(lines))
    got = article_texts(content)
    assert [a["head"] for a in got] == ["林场职工学会了无人机巡护", "码头驿站开门迎客"]
    assert got[1]["body"].startswith("11月30日，海州港区") and got[0]["body"].startswith("本报讯（记者高远）入冬")
    assert printed_chars(EVEN.splitlines()) == output_chars(content)  # the page as printed, no number
    assert all(any("line numbers" in r for r in a["review"]) for a in got)


def test_numbers_that_do_not_count_the_lines_stay():
    from unionnews.ingest.decode import unnumber
    listed = ["据介绍，今年的工作有三项：", "1 加强技能培训", "2 开展劳动竞赛", "3 做好服务保障"]
    assert unnumber(listed) == (listed, [])
    column = [f"{2020 + k} 年的职工人数为{k}万" for k in range(10)]  # numbers, but no count of the lines
    assert unnumber(column) == (column, [])
    cut = [f"{k + 1} 第{k + 1}行文字" for k in range(10)]
    cut[4] = "5第5行文字"  # one line in ten without its space: still a count of the lines
    assert unnumber(cut)[1] == [(k + 1, str(k + 1)) for k in range(10) if k != 4]


def test_a_numbered_lines_own_colon_or_bar_is_kept_and_a_viewers_mark_goes():
    """``cat -n`` numbers with a tab or spaces after them: a line whose text opens on a colon or a bar (a
    half-width mark, a column rule) keeps it; only a page whose numbers most carry the mark (``1: …``,
    ``1 | …``) loses the mark with them, one a line, so a text's own colon after it stays."""
    from unionnews.ingest.decode import unnumber
    text = [f"第{k + 1}行文字，职工技能比赛。" for k in range(12)]
    text[3], text[7] = ":跨区域信息交流不畅", "|联盟成立后"
    for sep in ("\t", "   "):
        numbered = [f"{k + 1:>6}{sep}{line}" for k, line in enumerate(text)]
        assert unnumber(numbered)[0] == text
    for mark in (": ", " | ", ":"):
        numbered = [f"{k + 1}{mark}{line}" for k, line in enumerate(text)]
        assert unnumber(numbered)[0] == text


def test_running_heads_and_page_numbers_are_set_aside_and_the_stories_read_on_across_them(tmp_path):
    """A multi-page dump: the paper's name line and a page foot between two lines of a sentence, a page
    number between a headline and its lead.  Both stories whole, the furniture in the unplaced file."""
    lines = relayout(EVEN, "printed", 2).split("\n")
    assert len(lines) > 20
    page = "\n".join(lines[:5] + ["— 3 —", "劳动周报 2024年12月2日 星期一 第3版"] + lines[5:16] + ["第3版"]
                     + lines[16:]) + "\n"
    content = _import(tmp_path, page)
    got = article_texts(content)
    assert [a["head"] for a in got] == ["林场职工学会了无人机巡护", "码头驿站开门迎客"]
    assert got[0]["body"] == article_texts(_import(tmp_path / "plain", EVEN))[0]["body"]
    assert printed_chars(page.splitlines()) == output_chars(content)
    unplaced = "".join(read_md(p)[1] for p in content.rglob("*.md") if "_unplaced" in p.parts)
    assert "劳动周报 2024年12月2日 星期一 第3版" in unplaced and "— 3 —" in unplaced
    assert any("running head or page number" in r for r in got[0]["review"])


def test_what_is_not_a_running_head_or_page_number_stays_text():
    from unionnews.ingest.normalize import folio_lines
    lines = ["## 林场职工学技术", "本报讯 12月2日，林场举办培训。", "120", "名职工参加。", "2024年12月2日星期一，林场举办培训。"]
    assert folio_lines(lines) == set()
    assert folio_lines(["3", "## 林场职工学技术", "第3版", "- 3 -", "本报讯 林场举办培训。", "3"]) == {0, 2, 3, 5}


def test_a_headline_quoting_with_a_straight_and_a_curly_quote_is_a_headline(tmp_path):
    """暖"新”祝福: an engine that reads one quote of a pair straight and the other curly; the headline's
    quotes are closed, so it heads the next item (before, it ran on from the story above it)."""
    page = relayout(EVEN.replace("码头驿站开门迎客", '码头"驿站”开门迎客').replace("入冬以来，", '入冬以来，"无人机”'),
                    "printed", 1)
    got = article_texts(_import(tmp_path, page))
    assert [a["head"] for a in got] == ["林场职工学会了无人机巡护", "码头“驿站“开门迎客"]


def test_page_numbers_on_a_page_with_a_blank_line_after_every_paragraph_leave_its_spacing_alone(tmp_path):
    """Tesseract's text parts every printed paragraph by one blank line, so every blank line there ends a
    paragraph: a page number printed between two lines of a paragraph must not read as one (it would cut
    the paragraph), nor one between two paragraphs make a longer blank run.  The furniture is read as no
    lines at all, and both stories come out as from the page without it."""
    lines = relayout(EVEN, "printed+parablank", 2).split("\n")
    text_at = [i for i in range(1, len(lines) - 1) if lines[i].strip() and lines[i - 1].strip() and not lines[i].startswith("#")]
    blank_at = [i for i in range(1, len(lines) - 1) if not lines[i].strip()]
    inside, between = text_at[len(text_at) // 2], blank_at[len(blank_at) // 3]
    assert between < inside
    page = "\n".join(lines[:between] + ["", "- 3 -"] + lines[between:inside] + ["第3版"] + lines[inside:]) + "\n"
    content = _import(tmp_path, page)
    got = article_texts(content)
    plain = article_texts(_import(tmp_path / "plain", "\n".join(lines)))
    assert [(a["head"], a["body"]) for a in got] == [(a["head"], a["body"]) for a in plain]
    assert printed_chars(page.splitlines()) == output_chars(content)


def test_a_page_number_set_into_an_item_gap_leaves_the_gap(tmp_path):
    """A page number (printed twice, so furniture) standing in the middle of the two blank lines between two
    items, on a page whose paragraphs are parted by one: read without it and one of its blank lines, the gap
    would be a paragraph's, and the third story (its lead's start read at the page's end) would run on under
    the second's headline with no word in review."""
    page = ("7\n甲城开展夏季送清凉活动\n\n本报讯（记者郑凯）近日，甲城总工会为环卫工人送去防暑降温用品。\n\n"
            "据了解，甲城今年已累计投入专项资金200万元。\n\n\n"
            "乙城开展职工健康体检\n\n本报讯（记者王芳）近日，乙城总工会为一线职工免费体检。\n\n"
            "“这样的活动办到了我们心坎上。”乙城一名职工说。\n\n7\n\n"
            "丙城开展职工读书活动\n\n读书分享会，近百名职工参加。\n\n\n本报讯（记者吴昊）近日，丙城总工会举办职工\n")
    content = _import(tmp_path, page)
    got = article_texts(content)
    assert [a["head"] for a in got] == ["甲城开展夏季送清凉活动", "乙城开展职工健康体检", "丙城开展职工读书活动"]
    assert printed_chars(page.splitlines()) == output_chars(content)


def test_a_number_a_column_of_a_few_characters_cut_is_no_page_number_though_it_stands_twice():
    # 每年组织 | 100 | 0人次: a column of three to five characters cuts 1000 after its third digit, under a line a
    # character longer whose sentence goes on; 100 stands alone twice on the page, as page numbers do, but the line
    # under it goes on its digits.  A page number under a finished sentence stays one.
    from unionnews.ingest.normalize import folio_lines
    lines = ["海将聚焦", "企业需求，", "每年组织", "100", "0人次", "以上工匠", "深入企业。", "全年服务", "100", "0家企", "业。"]
    assert folio_lines(lines) == set()
    assert folio_lines(["深入企业。", "100", "0家企业", "年底完成。", "100"]) == {1, 4}
