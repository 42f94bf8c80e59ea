"""Other printed forms of the marks (ingest/marks.py and tests/variants.py's MARK_FORMS), on made-up text.

The same page printed with 。 as a dot, quotes as corner brackets, the dash and the ellipsis in
other forms, or digits at full width gives the same articles as in the house forms, and every
article keeps the forms printed: no mark is rewritten into another.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from test_ingest_helpers import import_page, written_text, import_pages, RAW, SEEDS, output_chars, printed_chars, read_md
from unionnews.ingest.marks import read_forms
from variants import article_texts, compare, invented, relayout

# Two made-up stories, one paragraph a line as the seed pages are, in the house forms.
PAGE = """## 河湾镇职工技能比武落幕

本报讯（记者 任远）11月3日，河湾镇第二届职工技能比武在镇文化中心落幕。来自12家企业的86名职工参加了焊接、电工、叉车等5个项目的比拼。

“比赛就是最好的练兵场。”镇总工会负责人说，今年的比赛首次加入了数控加工项目……不少年轻职工第一次走上赛场。

获得焊接项目第一名的李师傅已在车间干了十五年——从学徒到班组长，他说：“手上的功夫是一天天练出来的。”

据了解，获奖职工将按规定晋升技能等级，镇总工会还为他们发放奖金3.5万元。



## 山城社区开办职工夜校

本报重庆11月2日电（记者 周敏）走进山城社区职工夜校，二十多名快递员正在听课。“下班以后能学点东西，心里踏实。”快递员小王说。

夜校每周开课三次，内容有法律常识、电脑操作和心理健康等。社区工会主席介绍，夜校开办半年来，已有300余人次参加学习。

下一步，社区将和周边企业合作——把课堂开进车间和站点，让更多职工在“家门口”就能学习。
"""


def _import(tmp: Path, text: str) -> Path:
    return import_page(tmp, text, "ldwb/2024-11-04/02.txt")


# --- reading the forms ------------------------------------------------------------------------------

def test_a_dot_after_chinese_reads_as_a_full_stop_and_dots_together_as_an_ellipsis():
    forms = read_forms(["今年的收成好.价格每斤3.5元", "大家都说:\"好.\"天气晴......", "下雨了."])
    assert forms.lines == ["今年的收成好。价格每斤3.5元", "大家都说:\"好。\"天气晴" + "…" * 6, "下雨了。"]
    assert forms.printed == {"。": ".", "…": "."}


def test_a_dot_after_a_number_ends_a_sentence_only_where_the_number_follows_chinese():
    lines = ["全镇职工达到300.其中女职工增长了95.7%.", "一是加强学习；2.开展比武", "版本为V2.0.结束，拨款3.",
             "8万元"]  # 3. | 8万元: a decimal a line break cut
    assert read_forms(lines).lines == ["全镇职工达到300。其中女职工增长了95.7%。", "一是加强学习；2.开展比武",
                                       "版本为V2.0.结束，拨款3.", "8万元"]
    assert read_forms(["1.加强学习"]).lines == ["1.加强学习"]


def test_a_lone_hyphen_stays_a_hyphen_and_two_are_the_dash_even_across_a_line_break():
    forms = read_forms(["2023年-2025年的Wi-Fi改造-", "-从车间开始"])
    assert forms.lines == ["2023年-2025年的Wi-Fi改造—", "—从车间开始"] and forms.printed == {"—": "-"}
    lines = ["改造--", "-从车间开始――全员"]  # -- and ―― on one page: which — was which is lost, so both stay
    assert read_forms(lines).lines == lines


def test_corner_brackets_read_as_quotes_unless_the_page_prints_quotes_too():
    forms = read_forms(["他说：「这是『第一步』。」", "## 「家门口」的课堂"])
    assert forms.lines == ["他说：“这是‘第一步’。”", "## “家门口”的课堂"]
    assert read_forms(["他说：「这是第一步。」", "又说\"好\""]).lines == ["他说：「这是第一步。」", "又说\"好\""]
    assert read_forms(["他说：「这是第一步。」。", "又说“好”"]).lines[1] == "又说“好”"
    # a stray ” of the page's own: which ” was 」 would be lost, so neither half of 「」 is read
    lines = ["他说：「这是第一步」，又说「好」", "节暖意添”活动"]
    assert read_forms(lines).lines == lines


def test_a_page_with_a_full_stop_of_its_own_reads_its_dots_and_gives_them_back():
    """A page printing 。 and a dot after Chinese (one engine reading the small circle both ways): every stage
    reads 。, and each record gets its dots back by place (marks.Mixed)."""
    lines = ["收成好.价格高。", "下雨了."]
    forms = read_forms(lines)
    assert forms.lines == ["收成好。价格高。", "下雨了。"] and forms.printed == {}
    front = {"title": "收成好"}
    forms.claim([(front, "下雨了。", True), ({}, "收成好。价格高。", True)])
    assert forms.restore(front, "下雨了。") == "下雨了." and forms.restore({}, "收成好。价格高。") == "收成好.价格高。"


def test_the_printed_forms_come_back_exactly():
    lines = ["## 「家门口」的课堂", "本报讯 夜校开课了.大家说「好」......", "改造--从车间开始"]
    forms = read_forms(lines)
    front = {"title": "“家门口”的课堂", "review": ["line 2 stops mid-sentence — “…开课了。”"], "id": "x-01"}
    body = forms.restore(front, "本报讯 夜校开课了。大家说“好”" + "…" * 6 + "\n\n改造——从车间开始\n")
    assert front["title"] == "「家门口」的课堂" and body == "本报讯 夜校开课了.大家说「好」......\n\n改造--从车间开始\n"
    assert front["review"] == ["line 2 stops mid-sentence — “…开课了。”"] and front["id"] == "x-01"  # our words stay


# --- a whole page in other forms ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def house(tmp_path_factory):
    return article_texts(_import(tmp_path_factory.mktemp("house"), relayout(PAGE, "printed", 5)))


@pytest.mark.parametrize("layout", ["printed+period", "printed+stop", "printed+corner", "printed+dash+dots",
                                    "printed+fullwidth", "printed+halfwidth+period+corner+dash+dots",
                                    "rewrap+period+corner+dash+dots+fullwidth"])
def test_a_page_in_other_forms_gives_the_same_articles_and_keeps_its_forms(tmp_path, house, layout):
    page = relayout(PAGE, layout, 5)
    content = _import(tmp_path, page)
    got = article_texts(content)
    result = compare(house, got)
    assert result["whole"] == result["of"] == 2, result["missing"]
    assert not [r for a in got for r in a["review"] if "mid-sentence" in r]  # every sentence end was read
    assert invented(got, page) == [] and printed_chars(page.splitlines()) == output_chars(content)
    # nothing rewritten into another form: each mark the page prints only in another form is written so
    written = written_text(content)
    for house_mark, printed_mark in (("。", "."), ("。", "．"), ("。", "｡"), ("“", "「"), ("‘", "『"), ("——", "--"),
                                     ("——", "――"), ("——", "──"), ("——", "－－"), ("……", "......"),
                                     ("11月3日", "１１月３日")):
        if printed_mark in page and house_mark not in page:
            assert printed_mark in written and house_mark not in written, printed_mark


def test_a_paragraph_ending_on_dots_ends_there(tmp_path):
    # ...... is the ellipsis (……), which may end a sentence: the paragraph after it is not run on
    # into it, and no review reason says the paragraph stops mid-sentence
    page = ("## 河湾镇农机展开幕\n\n本报讯（记者 任远）近日，河湾镇农机展在镇文化广场开幕，展出了播种机、无人机、"
            "智能灌溉设备......\n\n前来参观的农户络绎不绝，不少人当场下了订单。\n")
    front, body = read_md(next((_import(tmp_path, page)).rglob("*.md")))
    assert body == ("本报讯（记者 任远）近日，河湾镇农机展在镇文化广场开幕，展出了播种机、无人机、智能灌溉设备......\n\n"
                    "前来参观的农户络绎不绝，不少人当场下了订单。\n")
    assert "review" not in front


def test_a_continuation_marker_with_a_full_width_page_number(tmp_path):
    page = PAGE.replace("## 山城社区开办职工夜校\n", "（上接第１版）\n")
    content = _import(tmp_path, page)
    fronts = [read_md(p)[0] for p in sorted(content.rglob("*.md")) if "_unplaced" not in p.parts]
    assert [f.get("continued_from") for f in fronts] == [None, "第１版"]


@pytest.mark.parametrize("marker", ["★ （上接第1版）", "■【上接第1版】", "◆ 〔上接第1版〕"])
def test_a_continuation_marker_with_a_decoration_before_it(tmp_path, marker):
    """A marker printed with the page's headline decoration, its brackets in another form: read as a
    continuation, not a crash that loses the page."""
    page = PAGE.replace("## 山城社区开办职工夜校\n", marker + "\n")
    content = _import(tmp_path, page)
    fronts = [read_md(p)[0] for p in sorted(content.rglob("*.md")) if "_unplaced" not in p.parts]
    assert [f.get("continued_from") for f in fronts] == [None, "第1版"]


# --- the seed pages in other forms, at seeds nothing was tuned on --------------------------------------

@pytest.fixture(scope="module")
def originals(tmp_path_factory):
    pages = {name: (RAW / name).read_text(encoding="utf-8") for name in SEEDS}
    return pages, article_texts(import_pages(tmp_path_factory.mktemp("orig"), pages))


@pytest.mark.parametrize("layout,seed", [("printed+period", 31), ("printed+halfwidth+period", 32),
                                         ("rewrap+corner+period+dash+dots+fullwidth", 33)])
def test_seed_pages_in_other_forms(tmp_path, originals, layout, seed):
    pages, base = originals
    relaid = {name: relayout(text, layout, seed) for name, text in pages.items()}
    content = import_pages(tmp_path, relaid)
    got = article_texts(content)
    result = compare(base, got)
    assert result["whole"] >= 31, result["missing"]
    assert result["mixed_unflagged"] == [] and invented(got, "\n".join(relaid.values())) == []
    assert sum((printed_chars(t.splitlines()) for t in relaid.values()), start=printed_chars([])) == \
        output_chars(content)
    assert "。" not in written_text(content)  # the pages print no 。: none is written
