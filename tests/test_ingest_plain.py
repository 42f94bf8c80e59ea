"""Pages as plain-text OCR prints them (tests/variants.py's PLAIN_LAYOUTS): no ``## `` heading markup,
no blank lines at all.  Made-up text for each rule, and a few seed cases at seeds nothing was tuned on."""
from __future__ import annotations

from pathlib import Path

import pytest

from test_ingest_helpers import import_pages, PAPERS, RAW, SEEDS, articles, output_chars, printed_chars
from unionnews.ingest import byline as bl
from unionnews.ingest import run_import
from unionnews.ingest.manifest import BREAK
from unionnews.ingest.pageview import Page
from unionnews.ingest.readings import Join
from unionnews.ingest.paragraphs import paragraphs
from unionnews.ingest.paragraphs.columns import _cut_lines, _headline_over_claimed
from unionnews.ingest.placement import place
from unionnews.ingest.segment import make_units, segment
from variants import article_texts, compare, invented, printed_column, relayout


def _import_text(tmp_path: Path, text: str) -> list[tuple[Path, dict, str]]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    run_import([page], tmp_path / "content", tmp_path, PAPERS, paper="工人日报", date="2025-05-06", page=2)
    assert output_chars(tmp_path / "content") == printed_chars(text.splitlines())
    return articles(tmp_path / "content")


# one paragraph per line, two items, and not one blank line
PER_LINE = """河湾镇工会举办秋季职工运动会
本报讯（记者任远）近日，河湾镇工会在镇中心操场举办秋季职工运动会，三百余名职工参赛。
运动会设拔河、跳绳、接力跑等八个项目，各参赛队伍你追我赶。
镇工会负责人表示，将把运动会办成职工的节日。
职工书屋迎来新书架
10月8日，青石街道工会为辖区职工书屋添置了两排新书架和五百余册新书。
本报通讯员 林晓 摄
"""

# the same two items re-broken at random widths, still without a blank line
REWRAPPED = """河湾镇工会举办秋季
职工运动会
本报讯（记者任远）近日，河湾镇工会在镇中心操场举办秋季职工运
动会，三百余名职工参赛。
运动会设拔河、跳绳、接
力跑等八个项目，各参赛队伍你追我赶。镇工会负责人表示，将把运动会办成职工
的节日。
职工书屋迎来新书
架
10月8日，青石街道工会为辖区职工书屋添置了两排新书架和五百
余册新书。
本报通讯员 林晓 摄
"""


@pytest.mark.parametrize("text", [PER_LINE, REWRAPPED], ids=["per-line", "rewrapped"])
def test_a_page_without_blank_lines_still_parts_its_items(tmp_path, text):
    # no blank line says where the photo item begins: its headline after a finished story, over a
    # caption closed by a credit, is the next item's, not a subhead of the story above
    found = _import_text(tmp_path, text)
    assert [f["title"] for _, f, _ in found] == ["河湾镇工会举办秋季职工运动会", "职工书屋迎来新书架"]
    assert "职工书屋" not in found[0][2] and found[1][2].startswith("10月8日")


def test_re_wrapped_lines_without_blank_lines_end_paragraphs_where_the_text_does():
    found = paragraphs(REWRAPPED.split("\n"))
    assert found.layout == "wrapped without blank lines"
    assert [p.text for p in found.paragraphs] == [
        "河湾镇工会举办秋季职工运动会",
        "本报讯（记者任远）近日，河湾镇工会在镇中心操场举办秋季职工运动会，三百余名职工参赛。",
        "运动会设拔河、跳绳、接力跑等八个项目，各参赛队伍你追我赶。镇工会负责人表示，将把运动会办成职工的节日。",
        "职工书屋迎来新书架",  # a headline's shape after a finished paragraph, a date under it
        "10月8日，青石街道工会为辖区职工书屋添置了两排新书架和五百余册新书。",
        "本报通讯员 林晓 摄"]


def test_a_headline_ends_where_the_story_under_it_names_its_subject_again():
    lines = ["镇工会负责人表示，将把运动会办成职工的节日。", "石桥镇总工会建起户外", "劳动者驿站",
             "江南石桥镇总工会联合镇卫生院，在集", "市旁建起驿站，供环卫工人歇脚。"]
    found = paragraphs(lines)
    assert [p.text for p in found.paragraphs] == [
        lines[0], "石桥镇总工会建起户外劳动者驿站", "江南石桥镇总工会联合镇卫生院，在集市旁建起驿站，供环卫工人歇脚。"]


def test_a_credit_and_a_continuation_marker_the_wrap_cut_in_two_each_end_their_paragraph():
    lines = ["镇工会负责人表示，将把运动会办成职工的", "节日。", "本报记者 林晓/文 陈艺/", "摄", "（上接第",
             "2版）", "会议强调，各级工会要把服务职工落到实处，", "让职工得实惠。"]
    found = paragraphs(lines)
    assert [p.text for p in found.paragraphs] == [
        "镇工会负责人表示，将把运动会办成职工的节日。", "本报记者 林晓/文 陈艺/摄", "（上接第2版）",
        "会议强调，各级工会要把服务职工落到实处，让职工得实惠。"]


def test_a_kicker_and_title_run_together_over_a_lead_are_still_a_headline():
    # without blank lines the kicker and the title make one paragraph of more than 50 characters;
    # the lead under it says a headline stands above it, and it is not the story above's last paragraph
    head = "全面推行新型工作方法暨职工权益保障工作推进会在北湖市召开" + "职工权益保障协作机制实现市县两级全面覆盖并取得初步成效"
    assert len(head) > 50
    lines = ["北湖区举办职工读书月活动", "", "本报讯（记者吴昊）近日，北湖区总工会举办职工读书月活动。", "",
             "活动持续一个月，共有两千余名职工参加。", "", head, "",
             "本报北湖5月5日电（记者周洁）近日，北湖市总工会召开推进会。", ""]
    drafts, loose = segment(make_units(lines, None))
    assert [[u.text for u in d.head] for d in drafts] == [["北湖区举办职工读书月活动"], [head]]
    assert not loose


def test_leads_read_at_the_end_of_a_page_without_blank_lines(tmp_path):
    # two short items whose leads the OCR read at the end of the column, and no blank line anywhere:
    # most lines stop mid-sentence (column pieces), yet each line is a paragraph of its own, for the
    # reading-order stage to put each lead back under its headline
    text = ("南湖区新建十家工会驿站\n建10家工会驿站，为快递员、外卖骑手等户外劳动者提供\n休息、饮水、充电等服务，受到劳动者欢迎。\n"
            "北山区举办职工技能竞赛\n赛，来自全区80家企业的300余名职工参加比赛。\n本报讯（记者李明）近日，北山区总工会举办职工技能大\n"
            "本报讯（记者张华）近日，南湖区总工会在城区新\n")
    assert paragraphs(text.split("\n")).layout == "one paragraph per line"
    found = _import_text(tmp_path, text)
    assert [(f["title"], body.strip()) for _, f, body in found] == [
        ("南湖区新建十家工会驿站", "本报讯（记者张华）近日，南湖区总工会在城区新建10家工会驿站，为快递员、外卖骑手等户外劳动者提供"
                            "休息、饮水、充电等服务，受到劳动者欢迎。"),
        ("北山区举办职工技能竞赛", "本报讯（记者李明）近日，北山区总工会举办职工技能大赛，来自全区80家企业的300余名职工参加比赛。")]


# --- the seed pages in the plain layouts, at seeds nothing was tuned on ------------------------------

@pytest.fixture(scope="module")
def originals(tmp_path_factory):
    pages = {name: (RAW / name).read_text(encoding="utf-8") for name in SEEDS}
    return pages, article_texts(import_pages(tmp_path_factory.mktemp("orig"), pages))


@pytest.mark.parametrize("layout,seed,least", [("noblank", 0, 33), ("nomarkup", 0, 31), ("rewrap+noblank", 123, 24)])
def test_plain_layouts_keep_stories_apart(tmp_path, originals, layout, seed, least):
    pages, base = originals
    relaid = {name: relayout(text, layout, seed) for name, text in pages.items()}
    content = import_pages(tmp_path, relaid)
    got = article_texts(content)
    assert output_chars(content) == sum((printed_chars(t.splitlines()) for t in relaid.values()),
                                        start=printed_chars([]))
    result = compare(base, got)
    assert result["mixed_unflagged"] == [] and invented(got, "\n".join(relaid.values())) == []
    assert result["whole"] >= least, result["missing"]


def test_a_column_label_without_markup_goes_to_the_story_it_names():
    # the OCR read the label printed over the story above after its text; without ### on it, its
    # shape (a short line of Chinese alone) and its words, shared with the headline above and none
    # below, still say whose it is
    lines = ["南湖区读书节启幕", "", "本报讯（记者张华）近日，南湖区第三届职工读书节启幕，首批藏书五千册。", "",
             "聚焦读书节", "", "西城区举办职工运动会", "", "本报讯（记者王芳）7月20日，西城区职工运动会开幕，八百余名职工参赛。", ""]
    drafts, _ = segment(make_units(lines, None))
    assert [[u.text for u in d.head] for d in drafts] == [["聚焦读书节", "南湖区读书节启幕"], ["西城区举办职工运动会"]]
    assert "聚焦读书节" in drafts[0].doubts[-1]


def test_a_byline_ends_its_paragraph_and_a_sentence_that_begins_with_a_date_is_no_headline():
    # a page without blank lines: the byline line is whole and ends its paragraph; a sentence cut
    # after its first words names a thing again on the next line (全镇职工), but a date opens it, and
    # no headline begins with one
    lines = ["镇工会负责人表示，将把运动会办成职工", "的节日。", "本报记者 林晓 陈艺", "“我们盼这一天盼了很久。”职",
             "工老周说，这次比赛让大家", "聚在了一起。", "9月20日举行的全镇职工技能", "大赛暨全镇职工技能创新成果展上，三十名选手",
             "同台竞", "技，各展所长，比赛持续了整整一天，场边", "加油声", "不断。"]
    found = paragraphs(lines)
    assert found.layout == "wrapped without blank lines"
    assert [p.text for p in found.paragraphs] == [
        "镇工会负责人表示，将把运动会办成职工的节日。", "本报记者 林晓 陈艺", "“我们盼这一天盼了很久。”职工老周说，这次比赛让大家聚在了一起。",
        "9月20日举行的全镇职工技能大赛暨全镇职工技能创新成果展上，三十名选手同台竞技，各展所长，比赛持续了整整一天，场边加油声不断。"]


def test_each_line_is_a_paragraph_on_a_page_of_one_paragraph_per_line_without_blank_lines():
    # a kicker ending on its dash over the title, a column piece cut after an enumeration's 、 over a
    # lead: with blank lines between, each would stand apart; without any, they still do
    lines = ["## 河湾镇打造职工之家——", "# 让职工在家门口歇歇脚", "本报讯（记者任远）近日，河湾镇工会建成职工之家。",
             "职工之家设有阅览室、休息室、", "本报讯（记者王芳）7月20日，西城区工会为环卫工人送去防暑用品。",
             "活动持续一周。", "此外，区工会还开通了服务热线。"]
    found = paragraphs(lines)
    assert found.layout == "one paragraph per line"
    assert [p.text for p in found.paragraphs] == lines


def test_a_lead_the_wrap_cut_before_its_dateline_still_opens_its_item():
    lines = ["镇工会负责人表示，将把运动会办成职工", "的节日。", "北湖市召开职工权益保障工作推进会暨", "服务职工协作机制座谈会", "本报北湖5月5",
             "日电（记者周洁）近日，北湖市总工会召开", "推进会，会上发布了职工权益保障协", "作机制，二十家单位签约。"]
    found = paragraphs(lines)
    assert found.layout == "wrapped without blank lines"
    assert [p.text for p in found.paragraphs] == [
        "镇工会负责人表示，将把运动会办成职工的节日。", "北湖市召开职工权益保障工作推进会暨服务职工协作机制座谈会",
        "本报北湖5月5日电（记者周洁）近日，北湖市总工会召开推进会，会上发布了职工权益保障协作机制，二十家单位签约。"]


def test_a_re_wrapped_page_without_blank_lines_read_again_line_by_line_says_its_edges_are_guesses():
    # what the importer asks for when the reading-order stage found such a page out of order: every
    # line apart, for that stage to join, and every story from it flagged, since a short piece of any
    # line may now pass for a headline
    lines = REWRAPPED.split("\n")
    found = paragraphs(lines, each_line=True)
    assert found.layout == "one paragraph per line"
    # every line apart but where the wrap cut a word in two (…秋季职工运 | 动会，…, 接 | 力跑…) or left a
    # tail of a character under a line that stops mid-sentence (…迎来新书 | 架): no column the OCR cut ends
    # inside a word, and no column line is one character, so that line's rest is the next line wherever
    # the page was read; and where it cut a run the page prints whole on another line (举办秋季 | 职工运动会, as
    # the lead prints it)
    joined = {1: 2, 3: 4, 5: 6, 8: 9}
    assert [p.lines for p in found.paragraphs] == [
        (n, joined[n]) if n in joined else (n,) for n in range(1, len(lines)) if lines[n - 1] and n - 1 not in joined]
    assert set(found.doubts) == set(found.origin)
    assert all("no blank lines" in r and r.endswith("check") for r in found.doubts.values())
    assert not paragraphs(lines).doubts  # read in order, the text parts its paragraphs


def test_a_lead_the_wrap_cut_right_after_its_place_still_opens_its_item():
    lines = ["镇工会负责人表示，将把运动会办成职工", "的节日。", "北湖市召开职工权益保障工作推进会暨", "服务职工协作机制座谈会", "本报北湖",
             "5月5日电（记者周洁）近日，北湖市总工会召开", "推进会，会上发布了职工权益保障协", "作机制，二十家单位签约。"]
    found = paragraphs(lines)
    assert [p.text for p in found.paragraphs] == [
        "镇工会负责人表示，将把运动会办成职工的节日。", "北湖市召开职工权益保障工作推进会暨服务职工协作机制座谈会",
        "本报北湖5月5日电（记者周洁）近日，北湖市总工会召开推进会，会上发布了职工权益保障协作机制，二十家单位签约。"]


# --- a small page of pieces without blank lines is no column ------------------------------------------

def _stories(found: list[tuple[Path, dict, str]], stories: dict[str, str]) -> None:
    """Each made-up story (headline → a phrase only its text has) in one file, and no file holding two
    stories' phrases without a review reason."""
    for _, front, body in found:
        text = str(front.get("title")) + body
        held = [head for head, phrase in stories.items() if phrase in text or head in text]
        assert len(held) <= 1 or front.get("review"), (front.get("title"), body)


def test_a_small_page_of_pieces_without_blank_lines_is_no_column(tmp_path):
    # THREE_ITEMS (two leads the OCR read below a third story) with its blank lines gone: a few of its
    # lines share a length (a headline, a dateline), but as many lines are longer than that "column"
    # as fill it, which no column allows.  Read as one, 企业。 ran on into the next item's headline and a
    # file held two stories with no review reason; read a line a paragraph, the reading-order stage puts
    # each lead back under its headline, as on the page with its blank lines
    from test_ingest_reorder import THREE_ITEMS
    lines = [line for line in THREE_ITEMS.split("\n") if line.strip()]
    assert paragraphs(lines).layout != "columnar"
    found = _import_text(tmp_path, "\n".join(lines) + "\n")
    _stories(found, {"甲城开展职工健康体检": "覆盖全市120家企业", "乙城工会举办读书分享会": "近200名职工参加",
                     "丙城职工运动会开幕": "800名运动员参赛"})
    assert {f["title"]: body.strip() for _, f, body in found if f["title"] != "丙城职工运动会开幕"} == {
        "甲城开展职工健康体检": "本报讯（记者周洁）近日，甲城总工会为一线职工免费体检，覆盖全市120家企业。",
        "乙城工会举办读书分享会": "本报讯（记者吴昊）近日，乙城总工会举办读书分享会，近200名职工参加。"}


def test_a_column_whose_lines_are_seldom_longer_than_it_is_still_a_column():
    # the other side: a real column (14 characters) with a headline set wider over it is read as one
    lines = ["河湾镇工会举办秋季职工运动会暨职工技能展示活动", "本报讯（记者任远）近日，河湾", "镇工会在镇中心操场举办秋季职",
             "工运动会，三百余名职工参赛。", "运动会设拔河、跳绳、接力跑等", "八个项目，各参赛队伍你追我赶", "，场边加油声不断。",
             "镇工会负责人表示，将把运动会", "办成职工的节日。"]
    found = paragraphs(lines)
    assert found.layout == "columnar" and found.width == 14
    assert [p.lines for p in found.paragraphs] == [(1,), (2, 3, 4, 5, 6, 7), (8, 9)]


THREE_STORIES = {"甲城开展职工健康体检": "覆盖全市120家企业", "乙城工会举办读书分享会": "近200名职工参加",
                 "丙城职工运动会开幕": "800名运动员参赛"}


def test_a_small_column_page_of_short_items_is_a_column(tmp_path):
    # THREE_ITEMS printed in a 15-character column: paragraphs of a line or two end on short lines as
    # often as they fill one, so the full lines are a third of the page, short of a column's share; but
    # they are its longest lines, five of them and none longer.  Read as wrapped paragraphs, 业。 ran on
    # into 乙城工会举办读书分享会 and that into the other story's 享会，…: one file, two stories, no review reason
    text = ("甲城开展职工健康体检\n\n工免费体检，覆盖全市120家企\n业。\n乙城工会举办读书分享会\n享会，近200名职工参加。\n"
            "丙城职工运动会开幕\n本报记者 郑凯\n5月5日，丙城第十届职工运动会\n开幕，来自全市60家单位的80\n0名运动员参赛。\n"
            "本报讯（记者周洁）近日，甲城总\n工会为一线职\n（本报丙城5月5日电）\n本报讯（记者吴昊）近日，乙城总\n工会举办读书分\n")
    assert paragraphs(text.split("\n")).width == 15
    found = _import_text(tmp_path, text)
    _stories(found, THREE_STORIES)
    assert any(body.strip() == "本报讯（记者吴昊）近日，乙城总工会举办读书分享会，近200名职工参加。" for _, _, body in found)


def test_a_headline_filling_its_line_after_a_finished_paragraph_leaves_a_cut_lines_rest_apart(tmp_path):
    # in an 11-character column the headline 乙城工会举办读书分享会 fills its line, after 加。 ended a
    # paragraph; the next line 享会，… goes on the lead cut at the page's end (…读书分 | 享会): it is not
    # the headline's rest, as after a cut column
    text = ("甲城开展职工健康体检\n工免费体检，覆盖全市1\n20家企业。\n乙城工会举办读书分享会\n享会，近200名职工参\n加。\n"
            "丙城职工运动会开幕\n本报记者 郑凯\n5月5日，丙城第十届职\n工运动会开幕，来自全市\n60家单位的800名运\n动员参赛。\n"
            "本报讯（记者周洁）近日，\n甲城总工会为一线职\n（本报丙城5月5日电）\n\n本报讯（记者吴昊）近日，\n乙城总工会举办读书分\n")
    found = paragraphs(text.split("\n"))
    assert found.width == 11 and "乙城工会举办读书分享会" in [p.text for p in found.paragraphs]
    _stories(_import_text(tmp_path, text), THREE_STORIES)


def test_a_stray_blank_run_on_a_page_of_one_paragraph_a_line_parts_no_items(tmp_path):
    # lines re-broken, no blank line between paragraphs or items but two stray runs (one inside a paragraph):
    # the page is still laid out with its item gaps put back, so the photo item's headline after a
    # finished story (over a caption closed by a credit) opens an item and is no subhead of the story above
    text = ("河湾镇工会举办秋季职工运动会\n本报讯(记者任远)近日,河湾镇工会在镇中心操场举办秋季职工运动会,三百余名职工参赛。\n"
            "运动会设拔河、跳绳、接力跑等八\n个项目,各参赛队伍你追我赶。\n\n\n镇工会负责人表示,将把运动会办成职\n工的节日。\n"
            "职工书屋迎来新书架\n\n10月8日,青石街道工会为辖区职工书屋添置了两排新书架和五百余册新书。\n本报通讯员 林晓 摄\n")
    found = _import_text(tmp_path, text)
    _stories(found, {"河湾镇工会举办秋季职工运动会": "三百", "职工书屋迎来新书架": "青石街道"})
    assert "职工书屋迎来新书架" in [f["title"] for _, f, _ in found]


def test_a_page_without_blank_lines_whose_joins_hide_a_cut_column_is_read_a_line_a_paragraph(tmp_path):
    # LEADS_AT_THE_END re-wrapped without a blank line: joined on the text, 北山区举办职工技能竞赛 took the
    # line under it (赛，来自…), which goes on the lead cut at the page's end (…职工技能 | 大 | 赛), and the
    # joined page read in order, so the headline's file held the other story's text with no review reason
    text = ("南湖区新\n建十家工会驿站\n建10家工会驿站，为快递员、外卖骑手等户外劳动者提供\n休息、饮水、充电等\n服务，受到劳动者欢迎。\n"
            "北山区举办职工技能竞赛\n赛，来自全区80家企业的300余名职工参加比赛。\n本报讯（记者李明）近日，北山区总工会举办职工技能\n大\n"
            "本报讯（记者张华）近日，南湖区总工会在城区新\n")
    found = _import_text(tmp_path, text)
    _stories(found, {"南湖区新建十家工会驿站": "受到劳动者欢迎", "北山区举办职工技能竞赛": "300余名职工参加比赛"})
    assert any(body.strip().endswith("300余名职工参加比赛。") and body.strip().startswith("本报讯（记者李明）")
               for _, _, body in found)


def test_a_headline_filling_its_line_over_a_hanging_leads_rest_is_flagged_or_apart(tmp_path):
    # an 11-character column: 甲城开展夏季送清凉活动 fills its line after a full line ending a sentence, and
    # the line under it (去防暑降温用品，…) goes on the lead left hanging at the page's end (…为环卫工人送 |
    # 去: each character stands alone where it was printed).  Run on as the column's width says, the
    # headline and its text were a paragraph of the story above, with no review reason
    text = ("西城区职工运动会开幕\n本报讯（记者郑凯）近日，\n西城区总工会举办第十届\n职工运动会，来自60家\n单位的800名运动员参\n赛。\n"
            "活动结束后，西城区总工\n会还向职工发放了问卷。\n甲城开展夏季送清凉活动\n去防暑降温用品，价值5\n万余元。\n"
            "本报讯（记者张华）近日，\n甲城总工会为环卫工人送\n")
    assert "甲城开展夏季送清凉活动" in [p.text for p in paragraphs(text.split("\n")).paragraphs]
    _stories(_import_text(tmp_path, text), {"西城区职工运动会开幕": "西城区", "甲城开展夏季送清凉活动": "价值5万余元"})


# an unmarked subhead over a paragraph that stops mid-sentence; the rest of that story was read after the
# next story's column (a made-up page, one line a paragraph, no markup)
SUBHEAD_OVER_A_CUT_PARAGRAPH = [
    "南湖区总工会搭建职工创新平台",
    "本报讯（记者李明）近日，南湖区总工会推动成立职工创新联盟，二十项成果集中亮相。",
    "攻关技术难题",
    "“以前遇到技术难题只能自己摸索。”一名技术骨干说。为此，区总工会牵线搭桥，",
    "北山区举办职工技能竞赛",
    "本报讯（记者张华）近日，北山区总工会举办职工技能大赛，300余名职工参加比赛。",
    "推动职工创新联盟与驻地高校协作，共同攻关生产难题",
    "联盟成立后，已解决企业技术难题12项。",
    "区总工会相关负责人表示，将继续扩大联盟范围。"]


def test_an_unmarked_subhead_joined_to_its_text_is_no_headline_that_lets_another_story_follow():
    # 3 → 4 → 7: the subhead runs on into a paragraph holding full stops, so the chain is text, not a
    # headline: what follows it is the line after its last line (8, the story's rest), not the next
    # story's headline below its column (5), which would hand 8 and 9 to 北山区's story
    page = Page(make_units(SUBHEAD_OVER_A_CUT_PARAGRAPH, None))
    joins = {3: Join(3, 4, 1.0, ["next line in the file"]), 4: Join(4, 7, 1.0, ["made up"])}
    assert [n for n in place(page, joins).order if n != BREAK] == [1, 2, 3, 4, 7, 8, 9, 5, 6]


# re-wrapped, no blank line, no markup: a column label alone between two stories, naming the one above
LABEL_BETWEEN = """市工人文化宫举办职工
书画展
本报讯（记者任远）近日，市工人文化宫举办职工书画展，展出
一线职工创作的书法、国画作品二百余幅。展览将持续至本月底，市
民可免费参观。
{label}
青石街道开展职工读书月活动
本报讯（记者林晓）10月8日，青石街道工会启动职工读书月活
动，为辖区职工书屋添置新书五百余册。
"""


def test_a_column_label_alone_on_a_re_wrapped_page_without_blank_lines_goes_to_the_story_it_names(tmp_path):
    found = _import_text(tmp_path, LABEL_BETWEEN.format(label="聚焦书画展"))
    assert [(f["title"], f.get("column")) for _, f, _ in found] == [
        ("市工人文化宫举办职工书画展", "聚焦书画展"), ("青石街道开展职工读书月活动", None)]
    assert any("聚焦书画展" in r for r in found[0][1]["review"])


def test_a_short_line_naming_nothing_above_stays_with_the_headline_under_it():
    # 秋季 | 青石街道…: a headline's first words the wrap cut short name nothing above: one paragraph
    lines = paragraphs(LABEL_BETWEEN.format(label="秋季").split("\n")).lines
    assert any(line.startswith("秋季青石街道") for line in lines)


def test_a_full_column_line_ending_a_sentence_then_a_paragraph_opener_ends_the_paragraph():
    # …赛场气氛热烈。 fills its printed line, and 此外，… opens the next: the column gives no sign, the
    # opener does (a paragraph read out of place under another story can only be moved if it is one)
    items = ["河湾镇工会举办秋季职工运动会",
             "本报讯（记者任远）近日，河湾镇工会在镇中心操场举办秋季职工运动会，三百余名职工参赛。",
             "运动会设拔河、跳绳、接力跑等八个项目，各参赛队伍你追我赶，赛场气氛热烈。",
             "此外，镇工会还为参赛职工准备了运动饮料和纪念品。",
             "镇工会负责人表示，将把运动会办成职工的节日。"]
    found = paragraphs(printed_column(items, 12))
    assert found.layout == "columnar"
    assert "运动会设拔河、跳绳、接力跑等八个项目，各参赛队伍你追我赶，赛场气氛热烈。" in found.lines


def test_a_kickers_last_line_on_its_dash_is_no_headline_over_another_lines_text():
    # 新成果转化—— | 在创新攻坚中抱团作战: the dash leads to the title; that 存 | 在 makes a word is chance,
    # no reason to part the kicker from the lines before it (printed, no markup)
    lines = ["南湖区总工会推动职工创", "新成果转化——", "在创新攻坚中抱团作战", "本报记者 李明",
             "近日，南湖区多家企业的职", "工创新团队联合攻关，一批", "难题得到解决，仍存", "北山区举办职工技能竞赛"]
    assert _headline_over_claimed(lines, _cut_lines(lines, 12), 1, 12) is None


def test_a_kicker_and_title_run_together_over_a_byline_are_a_headline():
    # no markup parted them, and the kicker's commas keep the line from looking like a headline; its dash
    # and the byline under it say what it is (else the reading order may leave it over another story)
    page = Page(make_units(["河湾镇工会为参赛职工准备了运动饮料和纪念品。",
                            "全国大赛落幕，冠军们走出赛场、走进车间——以匠心助力企业发展",
                            "本报记者 李明 本报通讯员 王芳",
                            "近日，全国职工技能大赛的获奖选手走进河湾镇多家企业车间，为职工答疑解惑。"], None))
    assert page.heads == {2}


def test_a_headline_ends_where_the_first_sentence_names_it_again_across_a_short_wrapped_line():
    # 北山区总工会开展… | 山东北山 | 区总工会联合…: the lead restates the headline's name, but the wrap cut it
    # after four characters; read on into the next line, it still says where the headline ends
    page = LABEL_BETWEEN.split("{label}")[0] + "北山区总工会开展职工健康义诊活动\n山东北山\n" \
        "区总工会联合区人民医院，为一线职工免费义诊，三百余名职工受益。\n"
    lines = [line for line in paragraphs(page.split("\n")).lines if line.strip()]
    assert lines[-2:] == ["北山区总工会开展职工健康义诊活动", "山东北山区总工会联合区人民医院，为一线职工免费义诊，三百余名职工受益。"]


# A re-wrapped page without blank lines read a line a paragraph (the reading-order stage found it out of
# order): what no column the OCR cut can end inside stays in one paragraph.
CUT_RUNS = ["河湾镇工会举办秋季", "职工运动会", "本报讯（记者任远 通讯员李", "明）10月1", "2日，河湾镇工会在镇中心操",
            "场举办秋季职工运动会，三百余名职工参赛。", "运动会设拔河、跳绳等八个项目。"]


def test_a_page_read_a_line_a_paragraph_keeps_what_the_wrap_cut_inside_a_word_a_credit_or_a_date():
    found = paragraphs(CUT_RUNS, each_line=True)
    assert [p.text for p in found.paragraphs] == [
        # two whole words either side, but the lead prints 举办秋季职工运动会 as one run: the wrap cut the headline
        "河湾镇工会举办秋季职工运动会",
        "本报讯（记者任远 通讯员李明）10月12日，河湾镇工会在镇中心操场举办秋季职工运动会，三百余名职工参赛。",
        "运动会设拔河、跳绳等八个项目。"]


def test_a_lead_whose_first_sentence_the_wrap_cut_after_a_preposition_stays_one_paragraph():
    lines = ["河湾镇总工会", "送清凉到一线", "本报讯（记者任远）近日，河湾镇总工会为", "辖区三十家企业的职工送去防暑用品，",
             "活动持续", "一周。"]
    assert [p.text for p in paragraphs(lines, each_line=True).paragraphs] == lines[:2] + [lines[2] + lines[3]] + lines[4:]


def test_a_page_read_a_line_a_paragraph_keeps_a_tail_of_a_few_characters_with_the_line_above():
    # …强身健体的 | 乐园: no column line and no headline is one word without a mark, so it is the rest of
    # the line above that the wrap left over; a tail after a sentence's end stays apart
    lines = ["河湾镇工会举办秋季", "职工运动会", "本报讯（记者任远）近日，河湾镇工会在镇中心操场举办秋季职工运动会，三百余名职工参赛。",
             "镇工会负责人介绍，这片操场已成为全镇职工强身健体的", "乐园", "运动会持续三天。", "共有", "八个项目。"]
    found = [p.text for p in paragraphs(lines, each_line=True).paragraphs]
    # (the headline the wrap cut, 举办秋季 | 职工运动会, is printed as one run in the lead: one paragraph)
    assert found == [lines[0] + lines[1], lines[2], lines[3] + lines[4]] + lines[5:]


@pytest.mark.parametrize("mark", ["### ", ""], ids=["marked", "plain"])
def test_a_page_read_a_line_a_paragraph_keeps_a_kickers_dash_left_alone_with_the_kicker(mark):
    # …走进车间 | ——: no line is a dash alone; left apart, the kicker is cut off from its headline
    lines = ["镇工会负责人说，运动会持续", "三天，全镇职工", "踊跃参加。", mark + "秋季运动会后，“健身达人”走出操场、走进车间", "——",
             "## 河湾镇职工乐享运动", "本报记者 任远", "河湾镇工会在镇中心操场举办秋季", "职工运动会，三百余名职工参赛。"]
    found = [p.text for p in paragraphs(lines, each_line=True).paragraphs]
    assert found == lines[:3] + [lines[3] + lines[4]] + lines[5:]


def test_a_page_read_a_line_a_paragraph_keeps_a_straight_quote_its_line_leaves_unpaired_and_a_count_whole():
    # 12个"健身 | "班组参加，"拔河"…: the quote above is open and this line's own quotes leave its first one
    # unpaired, so it closes; 320名 | 职工: a measure word waits for what it counts (第8名 is a rank, whole)
    lines = ["河湾镇工会举办秋季", "职工运动会", "本报讯（记者任远）近日，河湾镇工会在镇中心操场举办秋季职工运动会，",
             '全镇12个"健身', '"班组参加，"拔河"和"跳绳"最受欢迎。', "共有320名", "职工参赛。", "他获得第8名", "奖品是一套运动服。"]
    found = [p.text for p in paragraphs(lines, each_line=True).paragraphs]
    assert found == [lines[0] + lines[1], lines[2], lines[3] + lines[4], lines[5] + lines[6]] + lines[7:]


def test_words_parted_by_an_ocr_space_none_opening_on_a_surname_are_no_byline():
    # 报流程 实打 (…申报流程 实打实…, a headline's OCR space, cut by the wrap): two short words parted by a
    # space, but neither opens on a surname, so no names; a byline of bare names still is one
    lines = ["运动会持续三天。", "转自《河湾日报》", "手把手帮职工申", "报流程 实打", "实办好身边小事", "河湾镇总工会推动服务下沉",
             "本报讯（记者任远）近日，河湾镇总工会为辖区职工举办座谈会，", "聚焦职工关心的难题。"]
    found = [p.text for p in paragraphs(lines).paragraphs]
    assert "报流程 实打" not in found and any(t.startswith("手把手帮职工申报流程 实打实办好身边小事") for t in found)
    assert bl.is_byline("任远 李明 赵思远")


def test_a_kicker_cut_after_its_comma_under_a_closed_story_opens_the_next_headline():
    # 本报记者 任远 摄 closes the story above, so 河湾镇总工会以赛事为抓手， is no sentence of it: it is the
    # kicker's first clause, over the kicker's rest, the title and a byline
    lines = ["河湾镇职工运动会闭幕", "本报讯（记者任远）近日，河湾镇职工运动会闭幕。", "本报记者 任远 摄",
             "河湾镇总工会以赛事为抓手，", "推动职工体育活动常态化——", "## 职工运动会办到了家门口", "本报记者 李明",
             "河湾镇总工会今年举办运动会十余场。"]
    drafts, loose = segment(make_units(lines, None))
    assert [[u.text for u in d.head] for d in drafts] == [lines[:1], lines[3:5] + ["职工运动会办到了家门口"]]
    assert not loose


@pytest.mark.parametrize("open_,close", [("“", "”"), ('"', '"')], ids=["curly", "straight"])
def test_a_page_read_a_line_a_paragraph_keeps_a_line_that_begins_by_closing_a_quote_with_the_one_before(open_, close):
    # no printed line begins with a closing quote: …一堂生动的{open}思政课 | {close}——…; a straight quote then
    # a mark closes (an opening one is followed by the words it quotes)
    lines = ["河湾镇工会举办", "秋季职工运动会", f"镇工会负责人表示，这是一堂生动的{open_}思政课", f"{close}——运动会持续",
             f"三天，{open_}团结{close}是", "主题。"]
    found = [p.text for p in paragraphs(lines, each_line=True).paragraphs]
    assert found == lines[:2] + [lines[2] + lines[3]] + lines[4:]


def _scorer(lines: list[str]):
    from unionnews.ingest.scores import Scorer
    page = Page(make_units(lines, None))
    return page, Scorer(page)


def test_a_wrap_piece_ending_on_a_lone_particle_or_running_into_a_cut_word_is_no_headline():
    # 提升职工的 | 能力…: no headline ends on a lone 的; 加强与驻村企 | 业、高校…: the next line begins
    # with the rest of a word this one cut (业、): both are pieces of a sentence, whatever their shape
    lines = ["镇工会将持续", "提升职工的", "能力与素质，", "加强与驻村企", "业、高校协作，推动成果转化。"]
    page, scorer = _scorer(lines)
    for a, b in ((2, 3), (4, 5)):
        assert "it may be a headline, which does not run on" not in scorer.score(a, b).reasons
    assert scorer._headline(1)  # a short line ending on a whole word still may be one


def test_a_wrap_piece_inside_a_quotation_the_lines_around_it_open_and_close_is_no_headline():
    # 河湾镇工会举办“职工心向 | 党建新功 | 青春谱新篇”联谊活动: a quotation open before it and closed after it
    lines = ["镇工会负责人表示，河湾镇工会举办“职工心向", "党建新功", "青春谱新篇”联谊活动，三百余名职工参加。"]
    page, scorer = _scorer(lines)
    assert not scorer._headline(2)
    assert "it may be a headline, which does not run on" not in scorer.score(2, 3).reasons
    page, scorer = _scorer(lines[:2] + ["青春谱新篇联谊活动，三百余名职工参加。"])  # nothing closes it: may be one
    assert scorer._headline(2)


def test_a_line_finishing_a_list_the_line_before_left_open_is_no_headline_over_a_lead():
    # 区人社局、 | 区总工会 | 本报讯…: the list's last item, not a headline over the lead below it
    lines = ["河湾学院由区政府与北湖技师学院共建。区人社局、", "区总工会", "本报讯（记者王芳）近日，西城区工会为环卫工人送去防暑用品。"]
    page, scorer = _scorer(lines)
    assert 2 not in page.heads and not scorer._headline(2)
    page, _ = _scorer(["镇工会负责人表示，将把运动会办成职工的节日。"] + lines[1:])
    assert page.heads == {2}  # after a finished sentence it is a headline


def test_a_subtitle_with_a_comma_between_a_marked_headline_and_its_lead_is_a_headline_on_a_page_of_pieces():
    lines = ["## 北湖区举办职工读书月活动", "线上线下同步开展，两千余名职工参加",
             "本报讯（记者吴昊）近日，北湖区总工会举办职工读书月活动。"]
    units = make_units(lines, None)
    assert Page(units, pieces=True).heads == {1, 2}
    assert Page(units).heads == {1}  # a page of whole paragraphs keeps its rules (a comma: maybe text)
    assert 2 not in Page(make_units(["北湖区举办职工读书月活动"] + lines[1:], None), pieces=True).heads  # no markup


def test_a_marked_headline_over_a_subtitle_and_its_lead_is_a_story_edge_no_join_crosses():
    # ## 北湖区举办职工读书月活动 | 线上线下同步开展，两千余名职工参加 | 本报讯…: with the subtitle between them, the
    # headline is still a story's start, so no sentence before it goes on after it (in a narrow column a word is cut
    # on almost every line: …走进全省11个市 | 级覆盖… across the headline is a chance word, 市级)
    lines = ["镇工会表示，将把读书活动办到全省11个市", "## 北湖区举办职工读书月活动", "线上线下同步开展，两千余名职工参加",
             "本报讯（记者吴昊）近日，北湖区总工会举办职工读书月活动。", "级覆盖城区的职工书屋三十家。"]
    page = Page(make_units(lines, None))
    assert 2 in page.barriers and page.crosses(1, 5)
    assert 3 not in page.heads  # the subtitle is no headline of its own on a page of whole paragraphs
    unmarked = Page(make_units(lines[:1] + ["北湖区举办职工读书月活动"] + lines[2:], None))
    assert not unmarked.crosses(1, 5)  # no markup: the line may be text
    ended = Page(make_units(lines[:2] + ["线上线下同步开展，两千余名职工参加。"] + lines[3:], None))
    assert not ended.crosses(1, 5)  # a finished sentence between is text, not a subtitle


def test_a_lead_read_twice_is_found_when_the_wrap_cut_its_first_read_in_pieces():
    # the OCR read the lead, then the subtitle, then the lead again; the wrap cut the first read
    # (…河湾镇总工会为辖 | 区三十家企业的职工送去防暑用品), so its first line alone matches too little of the second
    lines = ["河湾镇总工会送清凉", "本报讯（记者任远）近日，河湾镇总工会为辖", "区三十家企业的职工送去防暑用品",
             "三十家企业职工受益", "本报讯（记者任远）近日，河湾镇总工会为辖区三十家企业的职工送去防暑用品和慰问金。"]
    page, _ = _scorer(lines)
    assert page.repeats == {2: 5, 3: 5}  # the subtitle between the reads is no part of the first


def test_a_wrap_piece_of_a_leads_first_read_that_the_ocr_read_differently_is_found_in_step_with_the_second():
    # …河湾 | 镇总公会为辖区三十家 | 企业的职工…: one character read otherwise (公 for 工) leaves the short piece's
    # longest run with the second read short of most of it, but that run stands where the first read has come
    lines = ["河湾镇总工会送清凉", "本报讯（记者任远）近日，河湾", "镇总公会为辖区三十家", "企业的职工送去防暑用品",
             "三十家企业职工受益", "本报讯（记者任远）近日，河湾镇总工会为辖区三十家企业的职工送去防暑用品和慰问金。"]
    page, _ = _scorer(lines)
    assert page.repeats == {2: 6, 3: 6, 4: 6}  # the subtitle restates words the first read has given: not in step


def test_a_second_read_of_a_lead_the_wrap_cut_short_is_compared_read_on_into_its_text():
    # the second read stops after a few words (…近日，河弯 | 镇总工会…): compared alone, its length
    # only makes it unlike the first read, which then took the story's place and the second went unplaced
    first = "本报讯（记者任远 通讯员李明）近日，河湾镇总工会为辖区三十家企业的职工送去防暑用品和慰问金"
    lines = ["## 河湾镇总工会送清凉", "", first, "", "本报讯（记者任远 通讯页李明）近日，河弯", "",
             "镇总工会为辖区三十家企业的职工送去防暑用品和慰问金，共计二百余份。", ""]
    drafts, loose = segment(make_units(lines, None))
    assert [u.no for chunk in loose for u in chunk.units] == [3]
    assert [[u.no for u in p.units] for p in drafts[0].paras] == [[5, 7]]


def test_two_leads_of_one_formula_crediting_other_people_are_two_stories(tmp_path):
    """A desk's briefs share a formula (近日，某地总工会在城区新建10家工会驿站…): two such leads read out of order,
    alike in wording but crediting other reporters, are two stories, not one lead the OCR read twice.  Before,
    the first was set aside as a second read, and its headline with the text under it stayed in the story
    above as a subhead: one file mixing two stories with no review reason."""
    lines = ["# 甲城开展夏季送清凉活动", "", "本报讯（记者王芳）近日，甲城总工会为环卫工人送去防暑降温用品，价值5万余元。", "",
             "活动结束后，甲城总工会还向职工发放了问卷。", "", "# 西城区新建十家工会驿站", "", "动者提供休息、饮水、充电等服务。", "",
             "# 东港镇新建十家工会驿站", "", "等户外劳动者提供休息、饮水、充电等服务。", "",
             "据了解，东港镇今年已累计投入专项资金200万元。", "",
             "本报讯（记者吴昊）近日，西城区总工会在城区新建10家工会驿站，为快递员、外卖骑手等户外劳", "",
             "本报讯（记者张华）近日，东港镇总工会在城区新建10家工会驿站，为快递员、外卖骑手", ""]
    got = {front["title"]: body for _, front, body in _import_text(tmp_path, "\n".join(lines))}
    assert sorted(got) == ["东港镇新建十家工会驿站", "甲城开展夏季送清凉活动", "西城区新建十家工会驿站"]
    assert "西城区" not in got["甲城开展夏季送清凉活动"]
    assert got["西城区新建十家工会驿站"].startswith("本报讯（记者吴昊）") and "户外劳动者提供" in got["西城区新建十家工会驿站"]
    assert bl.other_credits(lines[16], lines[18]) and not bl.other_credits(lines[16], "本报讯（记者吴吴）近日")
    assert not bl.other_credits("本报讯（记者任远 通讯员李明）近日", "本报讯（记者任远 通讯页李明）近日")  # a misread role


def test_a_headlines_last_character_the_wrap_cut_off_is_no_start_of_the_story_under_it():
    # 石桥镇总工会建起户外劳动者歇脚 | 圈 | 江南石桥镇总工会联合…: the lead restates the headline's name, but
    # on the line after 圈, which begins nothing: the headline runs on to its last character
    lines = ["镇工会负责人表示，将把运动会办成职工的节日。", "石桥镇总工会建起户外劳动者歇脚", "圈",
             "江南石桥镇总工会联合镇卫生院，在集", "市旁建起驿站，供环卫工人歇脚。"]
    assert [p.text for p in paragraphs(lines).paragraphs] == [lines[0], lines[1] + lines[2], lines[3] + lines[4]]


@pytest.mark.parametrize("cut", [["本报讯 ", "（记者任远 通讯", "员李明）近日，河湾镇工会在镇中心"],
                                 ["本报讯（记者任远 通讯员李", "明 王", "芳）近日，河湾镇工会在镇中心"],
                                 ["本报讯 ", "(记者任远 通讯", "员李明)近日,河湾镇工会在镇中心"]])
def test_a_page_read_a_line_a_paragraph_keeps_a_leads_credit_the_wrap_cut_twice_whole(cut):
    # the credit closes two lines on (本报讯 | （记者… | …）, …李 | 明 王 | 芳）…): left apart, the marker alone and
    # the credit's pieces are no lead, and the bare names read as a byline
    lines = ["镇工会负责人表示，将把运动会办成", "职工的节日。", "河湾镇工会举办秋季职工运动会"] + cut + \
        ["操场举办秋季职工运动会，三百余名职", "工参加了拔河、跳绳等项目。"]
    found = [p.text for p in paragraphs(lines, each_line=True).paragraphs]
    lead = next(text for text in found if text.startswith("本报讯")).replace(" ", "")
    assert lead.startswith("".join(cut).replace(" ", ""))


def test_a_photo_credit_the_wrap_cut_before_its_last_word_stays_one_paragraph_on_a_page_without_blank_lines():
    # 本报记者 | 任远/文 李明/ | 摄: the names make a byline's shape, but the credit ends on 摄; read apart, 摄 alone
    # became the first word of the next item (here a 上接 marker's)
    lines = ["河湾镇举办职工技能大赛", "本报讯（记者任远）近日，河湾镇总工会在镇文化广场举办职工技能大", "赛，三百余名职工参赛，比赛设焊接、电",
             "工等六个项目，决出一等奖六名。图为比赛现场。", "本报记者", " 任远/文 李明/", "摄", "（上接第1版）",
             "此次大会涵盖展览和论坛活动，展览面积一万平方米，设置六大展示", "交流区，吸引了众多职工前来参观。"]
    found = [p.text for p in paragraphs(lines).paragraphs]
    assert "本报记者 任远/文 李明/摄" in found and "摄" not in found


def test_a_page_read_a_line_a_paragraph_keeps_an_anniversary_the_wrap_cut_after_its_number_whole():
    # 成立70 | 周年: a number and the 周年 it counts are one printed run (as 9月 | 25日 is); left apart, the
    # line above has a headline's shape and became a title
    lines = ["河湾镇工会举办秋季", "职工运动会", "本报讯（记者任远）近日，河湾镇工会在镇中心操场举办秋季职工运动会。",
             "本次运动会为庆祝河湾镇总工会成立70", "周年而举办，三百余名职工参赛。"]
    found = [p.text for p in paragraphs(lines, each_line=True).paragraphs]
    assert found == [lines[0] + lines[1], lines[2], lines[3] + lines[4]]


def test_a_wrap_piece_opening_a_paragraph_whose_sentence_runs_on_at_the_next_line_is_no_headline():
    # 作为推动河湾镇 | 总"职工之家"建设的举措，…: 作为 opens a paragraph, and the next line begins with a character
    # and a mark, the rest of a word: a paragraph's first words the wrap cut short, not a headline
    lines = ["镇工会负责人表示，将把运动会办成职工的节日。", "作为推动河湾镇", '总"职工之家"建设的举措，运动会每年举办一次。']
    page, scorer = _scorer(lines)
    assert not scorer._headline(2)
    page, scorer = _scorer(lines[:2] + ["运动会每年举办一次。"])  # the next line begins a sentence: may be one
    assert scorer._headline(2)


def test_a_subhead_over_its_texts_first_piece_on_a_page_of_pieces_opens_no_item():
    # a page re-wrapped without blank lines and read a line a paragraph: the subhead 扎实推动全覆盖 over the first
    # piece of its text (针对当前部分企业职工书屋, headline-shaped too) is no two-line headline block, so no item gap
    # goes before it (it stays a subhead, flagged); a headline the wrap cut in two over a lead still opens an item
    lines = ["河湾镇职工书屋", "迎来新书架", "本报讯（记者任远）近日，河湾镇工会为辖区",
             "职工书屋添置了两排新书架和五百余册新书，职工们纷纷", "前来借阅。书屋成为职工学习的好去处。", "扎实推动全覆盖",
             "针对当前部分企业职工书屋", "藏书偏少、更新不及时等问题，镇工会统一采购图书，分批", "送到各企业书屋。", "北湖区举办职工",
             "读书月活动", "本报讯（记者吴昊）近日，北湖区总工会举办职工读书月活动，两千余名职工参加。"]
    found = paragraphs(lines, each_line=True)
    gaps = {p.lines[0]: p.blanks for p in found.paragraphs}
    assert gaps[6] == 1 and gaps[10] == 2
    assert any("(扎实推动全覆盖) is read as a subhead" in doubt for doubt in found.doubts.values())


def test_a_long_piece_that_reads_on_into_the_next_on_a_page_of_pieces_opens_no_item():
    # a page re-wrapped without blank lines and read a line a paragraph: a headline-shaped piece longer than a
    # subhead after a finished paragraph is no headline when the next piece goes on with its sentence, here a
    # prepositional phrase with no verb of its own (针对…提出的书屋藏书 | 偏少…) and a piece the next one finishes a
    # word of (…读书分享交流 | 会、…): no item gap before either; a long headline over its lead still opens an item
    lines = ["河湾镇职工书屋添置新书架", "本报讯（记者任远）近日，河湾镇工会为辖区", "职工书屋添置了两排新书架和五百余册新书，职工们纷纷",
             "前来借阅。书屋成为职工学习的好去处。", "针对部分企业职工提出的书屋藏书", "偏少、更新不及时等问题，镇工会统一采购图书，分批",
             "送到各企业书屋。", "镇工会还组织职工开展读书分享交流", "会、好书推荐等活动，职工反响", "热烈。",
             "北湖区总工会举办职工读书月活动", "本报讯（记者吴昊）近日，北湖区总工会举办职工读书", "月活动，两千余名职工参加。"]
    gaps = {p.lines[0]: p.blanks for p in paragraphs(lines, each_line=True).paragraphs}
    assert gaps[5] == 1 and gaps[8] == 1 and gaps[11] == 2


def test_a_byline_the_wrap_cut_before_its_last_name_is_a_paragraph_of_its_own_on_a_page_without_blank_lines():
    # re-wrapped, no markup, no blank line: the byline 本报记者 王晓 李明 cut before its last name (…李 | 明) is no
    # whole byline on either line; it still parts the headline above it from the story's first sentence
    lines = ["河湾镇职工", "书屋迎来新书架", "本报记者 王晓 李", "明", "“以前想借本新书得跑到", "城里，现在在厂里就能借。”河湾镇某厂",
             "职工张华说。近日，河湾镇工会为辖区职工书屋", "添置了两排新书架和五百余册新书。", "书屋管理员介绍，新书上架以来，",
             "每天都有几十名职工前来借阅。"]
    found = [p.text for p in paragraphs(lines).paragraphs]
    assert "本报记者 王晓 李明" in found
    assert any(t.startswith("“以前想借本新书") for t in found)


def test_a_word_across_a_far_join_that_takes_the_first_character_of_wording_the_page_repeats_is_no_evidence():
    # …记在心 | 中山机械学院由…: 心中 reads across, but 中山机械 is printed twice more on the page, each time after
    # another character: the line's first character goes with the name, and 心中 is a chance reading
    lines = ["中山机械学院成立工匠班", "本报讯（记者王芳）近日，中山机械学院举行工匠班开班仪式。", "职工们表示要把技术记在心",
             "里，在岗位上建功立业。", "镇工会负责人说，中山机械的学员将分批到企业实习。", "中山机械学院由市总工会与本地企业共建。"]
    page, scorer = _scorer(lines)
    assert not any("心中" in reason for reason in scorer.score(3, 6).reasons)
    # the same at A's end: …来自河湾职工之 | 家的…: 河湾职工之 is printed twice more, each time before 友
    page, scorer = _scorer(["河湾职工之友协会成立", "本报讯（记者王芳）近日，河湾职工之友协会举行成立大会。",
                            "镇工会负责人说，会员们都来自河湾职工之", "友协会的各个分会。", "职工们表示要把技术记在心",
                            "家的每个角落都有书。"])
    assert not any("职工之家" in reason for reason in scorer.score(3, 6).reasons)
    # a line opening with wording the page prints nowhere else: the word across counts as before
    page, scorer = _scorer(lines[:5] + ["中北机械厂的职工带头学技术。"])
    assert any("心中" in reason for reason in scorer.score(3, 6).reasons)


def test_a_page_of_pieces_with_a_blank_line_between_two_items_only_is_read_as_one_without_any():
    # re-wrapped, a blank line between items only (here one, over the last item), read a line a paragraph: the
    # blank line is too rare to part the page's paragraphs, which the text alone parts, as on a page without
    # any; so its pieces are weighed as that page's are (a long headline-shaped piece that reads on into the
    # next opens no item), and the page reads as it would with the blank line taken out
    lines = ["河湾镇职工书屋添置新书架", "本报讯（记者任远）近日，河湾镇工会为辖区", "职工书屋添置了两排新书架和五百余册新书，职工们纷纷",
             "前来借阅。书屋成为职工学习的好去处。", "针对部分企业职工提出的书屋藏书", "偏少、更新不及时等问题，镇工会统一采购图书，分批",
             "送到各企业书屋。", "镇工会还组织职工开展读书分享交流", "会、好书推荐等活动，职工反响", "热烈。", "",
             "北湖区总工会举办职工读书月活动", "本报讯（记者吴昊）近日，北湖区总工会举办职工读书", "月活动，两千余名职工参加。"]
    gaps = {p.lines[0]: p.blanks for p in paragraphs(lines, each_line=True).paragraphs}
    assert gaps[5] == 1 and gaps[8] == 1 and gaps[12] == 2
    without = [line for line in lines if line]
    assert [p.text for p in paragraphs(lines, each_line=True).paragraphs] == \
        [p.text for p in paragraphs(without, each_line=True).paragraphs]


def test_a_line_closing_a_quote_as_the_other_kind_of_quote_is_no_quote_evidence():
    # two quotes left open on a page read out of order: someone's words (“下班后想歇一歇，能有, opened at the
    # line's start and running past a comma) and a term (推动形成“以学促干、以干, opened after a character, a short
    # phrase); one line closes a quotation after its full stop (…很暖心。”), another a term inside its sentence
    # (…以学促用”的…): each close is evidence for the quote of its own kind only
    lines = ["河湾镇工会建成职工驿站", "本报讯（记者任远）", "“下班后想歇一歇，能有", "镇工会负责人表示，将推动形成“以学促干、以干",
             "个歇脚、喝水的地方，感觉很暖心。”快递员张华说。", "促学、以学促用”的良性循环。"]
    page, scorer = _scorer(lines)
    quoted = {(a, b): any("closes the quote" in r for r in scorer.score(a, b).reasons)
              for a in (3, 4) for b in (5, 6)}
    assert quoted == {(3, 5): True, (3, 6): False, (4, 5): False, (4, 6): True}


def test_an_unmarked_subtitle_with_a_comma_between_a_headline_after_a_storys_end_and_its_lead_is_a_headline_line():
    # a page of pieces without markup: the headline (no mark) stands after a dateline that ends the story above,
    # and the subtitle under it has a comma (展出作品百余幅，持续两周); right over the lead it is a headline line, not an
    # open end for a far paragraph to go on at; a line with a comma under a piece of running text stays text
    lines = ["工会负责人表示，将继续办好此类活动。", "（本报河湾10月8日电）", "河湾镇举办职工书法展", "展出作品百余幅，持续两周",
             "本报讯（记者任远）近日，河湾镇工会在镇文化中心举办职工书法展。", "据介绍，镇工会还将举办摄影展。"]
    page = Page(make_units(lines, None), pieces=True)
    assert {3, 4} <= page.heads and not page.is_open(4)
    lines[1] = "镇工会在各村设立"  # a piece of text, not a story's end: the line under it is no subtitle
    lines[2] = "展室"
    page = Page(make_units(lines, None), pieces=True)
    assert 4 not in page.heads


def test_a_space_in_a_short_line_is_no_headlines_evidence_on_a_page_whose_text_holds_join_spaces():
    # an OCR engine's join spaces fall anywhere on the line (…两百余 名职工…, 焊工 电工…), a subhead's too: there
    # a space parting a short line (技能成果 集中展示) is no sign of a headline's two parallel phrases, and the
    # line stays a subhead (flagged); on a page whose text holds no such spaces it heads an item, as before
    spaced = ["河湾镇举办职工技能大赛", "本报讯（记者任远）近日，河湾镇工会在镇中心举办职工技能大赛，来自全镇各企业的两百余 名职工参加比赛。",
              "比赛设焊工、电工等 多个项目，职工们在赛场上比拼技能，展示了新时代 产业工人的风采。", "技能成果 集中展示",
              "“这次比赛让我们看到了差距，也看到了方向。”参赛职工李明说，他将继续 钻研技术，争取明年取得更好的成绩。",
              "镇工会负责人表示，将持续开展技能竞赛活动，为职工成长成才 搭建平台，推动形成崇尚技能的良好氛围。",
              "北湖区总工会举办职工读书月活动", "本报讯（记者吴昊）近日，北湖区总工会举办职工读书月活动，两千余名职工参加。"]
    found = paragraphs(spaced)
    gaps = {p.lines[0]: p.blanks for p in found.paragraphs}
    assert gaps[4] == 1 and gaps[7] == 2
    assert any("(技能成果 集中展示) is read as a subhead" in doubt for doubt in found.doubts.values())
    clean = [line.replace(" 名", "名").replace("等 多", "等多").replace("代 产", "代产").replace("续 钻", "续钻")
             .replace("成才 搭", "成才搭") for line in spaced]
    found = paragraphs(clean)
    assert {p.lines[0]: p.blanks for p in found.paragraphs}[4] == 2


def test_two_headline_shaped_lines_of_a_subheads_length_in_all_are_no_headline_block():
    # 技能成果 | 集中展示 under a finished paragraph: one subhead's phrase that the wrap and a stray blank line
    # parted, not a title and its subtitle (two phrases, longer together); it gets no item's gap, and is flagged
    from unionnews.ingest.paragraphs.items import _item_gaps
    from unionnews.ingest.paragraphs.lines import Paragraph
    texts = ["甲城举办职工技能大赛", "本报讯（记者周洁）近日，甲城总工会举办职工技能大赛，两百余名职工参加比赛。", "技能成果", "集中展示",
             "“这次比赛让我们看到了差距，也看到了方向。”参赛职工李明说。"]
    paras = [Paragraph(t, (k + 1,), 1) for k, t in enumerate(texts)]
    out, unsure = _item_gaps(paras)
    assert out[2].blanks == 1 and 2 in unsure
    texts[2:4] = ["甲城总工会举办职工技能大赛", "两百余名职工同台竞技"]  # a title and its subtitle: a block
    out, unsure = _item_gaps([Paragraph(t, (k + 1,), 1) for k, t in enumerate(texts)])
    assert out[2].blanks == 2
    texts[2:5] = ["公交驾驶员", "赛场展技能", "近日，乙城公交集团工会举办驾驶员技能大赛。"]  # short, but over a dated lead
    out, unsure = _item_gaps([Paragraph(t, (k + 1,), 1) for k, t in enumerate(texts)])
    assert out[2].blanks == 2
