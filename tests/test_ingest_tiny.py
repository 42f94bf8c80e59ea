"""Hard targets on tiny made-up pages: a page of one or two short items, a headline alone, a byline
alone, in the layouts whose blank lines are too few to read a spacing from.  However little the page
gives to go by, no file mixes two stories without a review reason, no sentence is made up, and no
printed character is lost.

The pages are made up (places 甲城, 乙城 …, each story naming its own place in every line), small,
and imported once each: the checks are cheap.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from test_ingest_helpers import PAPERS, output_chars, printed_chars
from unionnews.ingest import run_import
from variants import article_texts, invented

PLACES = ("甲城", "乙城", "丙城", "丁城", "南湖区", "北山区", "西城区", "东港镇")


def _import(text: str, root: Path) -> list[dict]:
    page = root / "page.txt"
    page.write_text(text, encoding="utf-8")
    run_import([page], root / "content", root, PAPERS, paper="工人日报", date="2025-09-26", page=4)
    assert output_chars(root / "content") == printed_chars(text.splitlines())
    articles = article_texts(root / "content")
    assert invented(articles, text) == []
    return articles


def _mixed_without_review(articles: list[dict]) -> list[str]:
    return [a["id"] for a in articles if len(set(re.findall("|".join(PLACES), a["text"]))) > 1
            and not [r for r in a["review"] if "inferred from the text" not in r]]


def _assert_named(articles: list[dict], start: str, *words: str) -> None:
    """No file mixes two stories unflagged, and the file that begins with ``start`` names, in one review
    reason, the doubtful line (``words``: what the reason must hold)."""
    assert _mixed_without_review(articles) == []
    first = next(a for a in articles if a["text"].startswith(start))
    assert any(all(w in r for w in words) for r in first["review"]), first["review"]


def _spaced(lines: list[str], after_every_line: bool) -> str:
    """``lines`` (a column's printed lines, "" between paragraphs) with a blank line after every line
    (double spacing) or, with ``after_every_line`` False, after every paragraph (paragraph spacing)."""
    if after_every_line:
        return "".join(line + "\n\n" for line in lines if line)
    return "".join((line + "\n") if line else "\n" for line in lines) + "\n"


def test_a_tiny_double_spaced_page_mixes_no_stories_unflagged(tmp_path):
    """Two short items in a 13-character column, printed double-spaced, the second item's lead cut
    after its first line, which the OCR read at the page's end: too few lines to read the spacing
    from, so the page is read one paragraph a line, and its blank lines (all one length) were read as
    item gaps: the second headline, over the rest of a lead, was taken for a subhead and both stories
    ran on in one file with no review reason."""
    lines = ["甲城举办读书分享会", "本报讯（记者周洁）近日，甲", "城总工会举办读书分享会。",
             "乙城开展职工健康体检", "总工会为一线职工免费体检，", "覆盖全市企业。", "本报讯（记者吴昊）近日，乙城"]
    articles = _import(_spaced(lines, after_every_line=True), tmp_path)
    assert _mixed_without_review(articles) == []


def test_a_subhead_doubt_is_said_on_a_page_left_line_for_line(tmp_path):
    """A double-spaced page of eleven lines, still too few full lines to read a spacing from: read one
    paragraph a line with one blank line between every two, its items are found from the text, which
    names the headline-shaped line it leaves as a subhead (乙城开展职工健康体检, over the rest of a
    lead read at the page's end).  The page's paragraphs are its file lines in their places, and the
    doubt was dropped with the re-layout it goes with."""
    lines = ["甲城举办读书分享会", "本报讯（记者周洁）近日，甲", "城总工会举办读书分享会。", "据了解，甲城已投入资金。",
             "乙城开展职工健康体检", "总工会为一线职工免费体检，", "覆盖全市企业。",
             "丙城职工运动会开幕", "本报讯（记者张华）近日，丙", "城举办职工运动会。", "本报讯（记者吴昊）近日，乙城"]
    articles = _import(_spaced(lines, after_every_line=True), tmp_path)
    assert _mixed_without_review(articles) == []
    first = next(a for a in articles if a["text"].startswith("甲城"))
    assert any("乙城开展职工健康体检" in r and "subhead" in r for r in first["review"])


def test_a_headline_filling_the_column_keeps_its_blank_line(tmp_path):
    """A paragraph-spaced column page of a few paragraphs: a headline exactly as wide as the column,
    then a blank line, then the rest of another story's lead.  Bridged as a stray blank, the headline
    ran into that text in one paragraph no later rule could name."""
    lines = ["丁城举办职工技能竞赛", "",
             "本报讯（记者周洁）近日，", "丁城总工会举办职工技", "能大赛，300余名职工", "参加比赛。", "",
             "据了解，丁城今年已累计", "投入专项资金200万", "元。", "",
             "乙城开展职工健康体检", "",
             "城总工会为一线职工免", "费体检，覆盖全市企业。", "",
             "本报讯（记者李明）近日，", "乙"]
    articles = _import(_spaced(lines, after_every_line=False), tmp_path)
    assert _mixed_without_review(articles) == []


def test_a_headline_is_not_bridged_to_another_lead_on_a_word_it_adds_to(tmp_path):
    """A re-wrapped page read in order: 丁城职工运动会开幕, a blank line, then 会，来自… (the rest of a
    lead whose start, …职工运动, the OCR read at the page's end).  开幕会 is a word across the blank, but
    开幕 is whole: bridged as a stray blank, the headline opened that text in one paragraph, and the
    second item ran on into the first with no review reason."""
    page = ("甲城举办读书分享会\n\n本报讯（记者王芳）近日，甲城总工会举办职工读书分享会，近200名职工参加。\n\n"
            "活动结束后，甲城总\n工会还向职工发放了问卷。\n\n\n丁城职工运动会开幕\n\n会，来自60家单位的800名运动员参赛。\n\n"
            "丁城总工会负\n责人表示，将把这项工作办成职工身边的实事。\n\n\n本报讯（记者郑凯）近日，丁城总工会举办第十届职工运动\n")
    articles = _import(page, tmp_path)
    assert _mixed_without_review(articles) == []


def test_a_headline_filling_the_column_over_a_cut_number_ends_there(tmp_path):
    """An 11-character column without blank lines: 东港镇举办职工技能竞赛 fills its line, and the line
    under it, 0家企业…, goes on the number a lead read at the page's end stops on (…来自8).  Joined on the
    column's width, the headline ran into that text, and its story into the one above, unflagged."""
    page = ("乙城职工运动会开幕\n职工运动会，来自60家\n单位的800名运动员参\n赛。\n东港镇举办职工技能竞赛\n"
            "0家企业的300余名职\n工参加比赛。\n活动结束后，东港镇总工\n会还向职工发放了问卷。\n"
            "“这样的活动办到了我们\n心坎上。”东港镇一名职\n工说。\n本报讯（记者郑凯）近日，\n乙城总工会举办第十届\n"
            "本报讯（记者张华）近日，\n东港镇总工会举办职工技\n能大赛，来自8\n")
    assert _mixed_without_review(_import(page, tmp_path)) == []


def test_a_two_line_headline_is_not_bridged_to_another_lead_on_a_word_it_adds_to(tmp_path):
    """The same with a headline the page re-wrapped over two lines (西城区开展职工健康 | 体检, a blank,
    费体检，…: 体检费 is a word, but 体检 is whole and 费 ends a word of the lead cut off at the page's
    end, …一线职工免)."""
    page = ("丁城开展职工健康体\n检\n\n本报讯（记者周洁）\n近日，丁城总工\n会为一线职工\n免费体检，覆盖全市1\n20家企业。\n\n\n"
            "西城区开展职工健康\n体检\n\n费体检，覆盖全\n市120家企业。\n\n\n"
            "本报讯（记者周\n洁）近日，西城\n区总工会为一线\n职工免\n")
    assert _mixed_without_review(_import(page, tmp_path)) == []


def test_two_headlines_after_stray_blanks_part_no_items_by_themselves(tmp_path):
    """A 14-character column with stray blank lines (inside paragraphs as often as not): both headlines
    after a finished paragraph happen to follow a blank line, so the blank lines were taken for item
    gaps, and 丁城新建十家工会驿站 (one blank line, as inside a paragraph) for a subhead, silently."""
    page = ("西城区职工运动会开幕\n\n举办第十届职工运动会，来自6\n0家单位的800名运动员参赛。\n西城区总工会负责人表示，将把\n"
            "这项工作办成职工身边的实事。\n“这样的活动办到了我们心坎上。\n”西城区一名职工说。\n\n丁城新建十家工会驿站\n"
            "新建10家工会驿站，为快递员、\n外卖骑手等户外劳动者提供休息、\n饮水、充电等服务。\n\n\n北山区开展职工健康体检\n"
            "本报讯（记者周洁）近日，北山\n\n区总工会为一线职工免费体检，\n\n\n覆盖全市120家企业。\n本报讯（记者王芳）近日，西城\n"
            "区总工会\n本报讯（记者周洁）近日，丁城\n\n\n总工会在城区\n")
    assert _mixed_without_review(_import(page, tmp_path)) == []


def test_one_form_feed_inside_a_sentence_is_no_paragraph_end():
    """Too few blank lines to read a spacing from are read as paragraph ends only where each follows a
    line that may end one: a form feed after a full line of text going on mid-sentence (its shape a
    headline's, as any full line without a mark) is bridged, and the paragraph stays whole."""
    from unionnews.ingest.paragraphs import paragraphs
    lines = ["甲城举办职工读书分享会", "本报讯（记者周洁）近日，", "甲城总工会举办职工读书", "分享会，近200名职工参", "加。",
             "自去年甲城总工会开展职工", "\f", "读书活动以来，已累计举办", "分享会30余场。"]
    found = paragraphs(lines)
    assert found.layout == "columnar"
    assert [p.text for p in found.paragraphs if p.text.startswith("自去年")] == \
        ["自去年甲城总工会开展职工读书活动以来，已累计举办分享会30余场。"]


def test_a_tiny_page_numbered_by_a_viewer_loses_its_numbers_only():
    """A page of four printed lines numbered by ``nl`` (padded, right-aligned, two spaces) or ``cat -n``
    (a tab): too short for the count of nine lines in ten, the numbers stood in the headlines and text.
    A short list numbered in the text (1. …, 2 …, unpadded) keeps its numbers."""
    from unionnews.ingest.decode import unnumber
    page = ["     1  甲城开展职工健康体检", "", "     2  本报讯（记者周洁）近日，甲城总工会为职工体检。", "", "",
            "     3  乙城开展职工", "     4  健康体检"]
    assert unnumber(page)[0] == ["甲城开展职工健康体检", "", "本报讯（记者周洁）近日，甲城总工会为职工体检。", "", "",
                                 "乙城开展职工", "健康体检"]
    tabbed = [f"{n:>6}\t{t}" for n, t in enumerate(["甲城开展职工健康体检", "本报讯（记者周洁）近日，甲城总工会为职工体检。"], 1)]
    assert unnumber(tabbed)[0] == ["甲城开展职工健康体检", "本报讯（记者周洁）近日，甲城总工会为职工体检。"]
    assert unnumber(["     1  甲城举办读书分享会"])[0] == ["甲城举办读书分享会"]  # a headline alone
    listed = ["甲城工会今年办了三件事：", "1 建成职工书屋", "2 开展健康体检", "3 举办技能竞赛"]
    assert unnumber(listed)[0] == listed
    counted = ["1  甲城开展职工健康体检", "2  本报讯（记者周洁）近日，甲城总工会为职工体检。"]
    assert unnumber(counted)[0] == counted


def test_a_headline_filling_the_column_over_the_rest_of_a_number_ends_there(tmp_path):
    """A 10-character column: 甲城举办职工技能竞赛 fills its line, and 余名职工… under it finishes the
    number a lead read at the page's end stops on (…的300)."""
    page = ("南湖区举办职工技能竞\n赛\n家企业的300余名职\n工参加比赛。\n甲城举办职工技能竞赛\n余名职工参加比赛。\n"
            "本报讯（记者吴昊）近\n日，南湖区总工会举办\n职工技能大赛，来自8\n0\n本报讯（记者张华）近\n日，甲城总工会举办职\n"
            "工技能大赛，来自80\n家企业的300\n")
    assert _mixed_without_review(_import(page, tmp_path)) == []


def test_a_headline_run_on_into_text_on_a_small_page_without_blank_lines_is_flagged(tmp_path):
    """Eight lines, no blank line, no column width to read: 乙城开展夏季送清凉活动, after a finished
    paragraph, was run on into 城总工会为… (the rest of a lead the OCR read at the page's end) with nothing
    said.  The join is a guess the review must name."""
    page = ("甲城开展夏季送清凉活动\n本报讯（记者周洁）近日，甲城总\n工会为环卫工人送去防暑降温用品，\n价值5万余元。\n"
            "乙城开展夏季送清凉活动\n城总工会为环卫工人送去防暑降温\n用品，价值5万余元。\n本报讯（记者周洁）近日，乙\n")
    articles = _import(page, tmp_path)
    assert _mixed_without_review(articles) == []
    assert any("乙城开展夏季送清凉活动" in r for a in articles for r in a["review"])


def test_a_headline_filling_a_small_column_run_on_into_text_is_flagged(tmp_path):
    """Eleven lines of a 10-character column: 乙城开展职工健康体检 fills its line and is joined to the line
    under it on the width alone; no word and no number says that line is the rest of 本报讯…乙城 at the
    page's end, so the join is named in review."""
    page = ("甲城举办读书分享会\n本报讯（记者周洁）近\n日，甲城总工会举办职\n工读书分享会，近20\n0名职工参加。\n"
            "乙城开展职工健康体检\n总工会为一线职工免费\n体检，覆盖全市120\n家企业。\n本报讯（记者吴昊）近\n日，乙城\n")
    articles = _import(page, tmp_path)
    assert _mixed_without_review(articles) == []


# four items whose headlines fill an 11-character column, each over the rest of a lead the OCR read at the
# page's end (the leads stop mid-sentence, one before the next)
HANGING = ("丁城开展职工健康体检\n家企业。\n据了解，丁城今年已累计\n投入专项资金200万元。\n丁城总工会负责人表示，\n"
           "将把这项工作办成职工身\n边的实事。\n北山区新建十家工会驿站\n骑手等户外劳动者提供休\n息、饮水、充电等服务。\n"
           "活动结束后，北山区总工\n会还向职工发放了问卷。\n南湖区新建十家工会驿站\n外劳动者提供休息、饮水、\n充电等服务。\n"
           "乙城开展夏季送清凉活动\n环卫工人送去防暑降温用\n品，价值5万余元。\n乙城总工会负责人表示，\n将把这项工作办成职工身\n"
           "边的实事。\n本报讯（记者郑凯）近日，\n丁城总工会为一线职工免\n费体检，覆盖全市120\n本报讯（记者王芳）近日，\n"
           "北山区总工会在城区新建\n10家工会驿站，为快递\n员、外卖\n本报讯（记者李明）近日，\n南湖区总工会在城区新建\n"
           "10家工会驿站，为快递\n员、外卖骑手等户\n本报讯（记者张华）近日，\n乙城总工会为\n")


@pytest.mark.parametrize("after_every_line", [False, True], ids=["printed", "double-spaced"])
def test_headlines_run_on_into_text_on_a_page_with_leads_left_hanging_are_flagged(tmp_path, after_every_line):
    """A column page whose leads stop mid-sentence one before the next (read out of order): a headline
    filling its line, joined to the line under it on the width alone, is named in review with its file
    line (on the double-spaced page too, whose doubts were read on the page without its spacing)."""
    page = _spaced(HANGING.splitlines(), True) if after_every_line else HANGING
    articles = _import(page, tmp_path)
    assert _mixed_without_review(articles) == []
    no = page.splitlines().index("北山区新建十家工会驿站") + 1
    assert any(f"line {no} (北山区新建十家工会驿站)" in r for a in articles for r in a["review"])


def test_a_headline_after_one_blank_line_on_a_column_page_is_flagged(tmp_path):
    """A 12-character column whose only blank lines stand before items: 东港镇新建十家工会驿站, after one
    blank line (what the segmenter reads as a paragraph's gap) and over the rest of a lead read at the
    page's end (…新建1 | 0家…, the cut at a full line, where no cut line claims it), was kept as a subhead
    of the story above, silently."""
    page = ("北山区开展职工健康体检\n\n\n本报讯（记者郑凯）近日，\n北山区总工会为一线职工免\n费体检，覆盖全市120家\n企业。\n\n"
            "东港镇新建十家工会驿站\n0家工会驿站，为快递员、\n外卖骑手等户外劳动者提供\n休息、饮水、充电等服务。\n"
            "东港镇总工会负责人表示，\n将把这项工作办成职工身边\n的实事。\n“这样的活动办到了我们心\n坎上。”东港镇一名职工说。\n"
            "本报讯（记者李明）近日，\n东港镇总工会在城区新建1\n")
    assert _mixed_without_review(_import(page, tmp_path)) == []


# A narrow column (6 characters) whose second item's headline is set on two lines over the rest of a lead
# the OCR read at the page's end: the word across its own break (夏 | 季) said nothing of the break under it.
NARROW_TWO_LINE_HEAD = (
    "乙城开展职工\n健康体检\n本报讯（记者\n郑凯）近日，\n乙城总工会为\n一线职工免费\n体检，覆盖全\n市120家企\n业。\n活动结束后，\n乙城总工会还\n向职工发放了\n"
    "问卷。\n据了解，乙城\n今年已累计投\n入专项资金2\n00万元。\n西城区开展夏\n季送清凉活动\n品，价值5万\n余元。\n活动结束后，\n西城区总工会\n还向职工发放\n"
    "了问卷。\n据了解，西城\n区今年已累计\n投入专项资金\n200万元。\n本报讯（记者\n吴昊）近日，\n西城区总工会\n为环卫工人送\n去防暑降温用\n")

# Fifteen letter-spaced lines of a 12-character column: a headline one short of the column keeps a word space
# at its end and so reads as full, after a line ending a sentence; it runs on into the rest of a number the
# lead at the page's end stops on (来 自8 | 0家…).
LETTERSPACED_SMALL = (
    "乙 城 职 工 运 动 会 开 幕\n职 工 运 动 会 ， 来 自60家 单\n位 的800名 运 动 员 参 赛 。\n东 港 镇 举 办 职 工 技 能 竞 赛\n"
    "0家 企 业 的300余 名 职 工\n参 加 比 赛 。\n活 动 结 束 后 ， 东 港 镇 总 工 会\n还 向 职 工 发 放 了 问 卷 。\n"
    "“ 这 样 的 活 动 办 到 了 我 们 心\n坎 上 。 ” 东 港 镇 一 名 职 工 说 。\n本 报 讯 （ 记 者 郑 凯 ） 近 日 ，\n"
    "乙 城 总 工 会 举 办 第 十 届\n本 报 讯 （ 记 者 张 华 ） 近 日 ，\n东 港 镇 总 工 会 举 办 职 工 技 能\n大 赛 ， 来 自8\n")


@pytest.mark.parametrize("page", [NARROW_TWO_LINE_HEAD, LETTERSPACED_SMALL], ids=["narrow", "letterspaced"])
def test_a_headline_run_on_after_a_finished_sentence_or_over_two_lines_is_flagged(tmp_path, page):
    """Both were joined into the story above with no review reason; the join is a guess the review names."""
    articles = _import(page, tmp_path)
    assert _mixed_without_review(articles) == []


def test_a_subhead_on_a_page_with_a_headless_lead_says_so(tmp_path):
    """One paragraph a line, the second item's headline one blank line under a finished paragraph (as a
    subhead stands) over the rest of its lead, whose start 本报讯…乙城 the OCR read at the page's end with no
    headline over it.  The blank lines cannot say where the item ends; the headless lead says a headline is
    missing somewhere, and the subhead that may be it must be named in review, not run on silently."""
    page = ("甲城举办读书分享会\n\n\n本报讯（记者周洁）近日，甲城总工会举办职工读书分享会，近200名职工参加。\n\n"
            "乙城开展职工健康体检\n\n\n总工会为一线职工免费体检，覆盖全市120家企业。\n\n\n本报讯（记者吴昊）近日，乙城\n")
    _assert_named(_import(page, tmp_path), "甲城", "line 6 (乙城开展职工健康体检)", "line 12")


def test_a_headline_run_on_into_a_cut_lead_on_a_page_without_blank_lines_says_so(tmp_path):
    """Lines re-wrapped at any width, no blank line anywhere, too many lines for a small page: the headline
    东港镇开展夏季送清凉活动 is joined to the line under it, 价值5万余元。, the rest of a lead whose start the
    OCR read at the page's end (…防暑降温用品，, stopping mid-sentence).  The lead left hanging says the page
    was read out of order, as on a column page, so the headline run on into that text must be named."""
    page = ("西城区职工运动会开幕\n本报讯（记者王芳）近日，西城区总工会举办第十届职工运动会，来自60家\n单位的800名运动员参赛。\n"
            "东港镇开展夏季送清凉活动\n价值5万余元。\n北山区举办职\n工技能竞\n赛\n本报讯（记者郑凯）近日，北山区\n"
            "总工会举办职工技能大赛，来自80家企业的30\n0余名职工参加比赛。\n南湖区新建十家工会驿站\n本报讯（记者\n"
            "李明）近日，南湖区总工会在城区新建10家\n工会驿站，为快递员、外卖骑手等户外劳动者提供休息、饮水、充电等服务。\n"
            "活动结束后，南湖区总工会还\n向职工发放了问卷。\n本报讯（记者周洁）近日，东港镇总工会为环卫工人送去\n防暑降温用品，\n")
    _assert_named(_import(page, tmp_path), "西城区", "东港镇开展夏季送清凉活动")


def test_a_full_headline_inside_a_column_paragraph_on_a_page_read_out_of_order_says_so(tmp_path):
    """A 10-character column without blank lines, its leads' starts read at the page's end (each stopping
    mid-sentence): the headline 丙城开展职工健康体检 fills its line under a line that ends a sentence and
    fills its own (温用品，价值5万余元。), so the column's width ran both into one paragraph with the text
    under it.  A headline inside a paragraph is named on a small page; on a page read out of order it
    may be another item's as well."""
    page = ("南湖区开展夏季送清凉\n活动\n温用品，价值5万余元。\n丙城开展职工健康体检\n一线职工免费体检，覆\n盖全市120家企业。\n"
            "西城区举办读书分享会\n享会，近200名职工\n参加。\n活动结束后，西城区总\n工会还向职工发放了问\n卷。\n乙城新建十家工会驿站\n"
            "本报讯（记者郑凯）近\n日，乙城总工会在城区\n新建10家工会驿站，\n为快递员、外卖骑手等\n户外劳动者提供休息、\n"
            "饮水、充电等服务。\n本报讯（记者吴昊）近\n日，南湖区总工会为环\n卫工人送去防暑降\n本报讯（记者李明）近\n"
            "日，丙城总工会为\n本报讯（记者张华）近\n日，西城区总工会举办\n职工读书分\n")
    _assert_named(_import(page, tmp_path), "南湖区", "丙城开展职工健康体检")


def test_a_headline_run_on_on_a_word_it_adds_to_says_so(tmp_path):
    """A 12-character column of 14 lines: 南湖区开展夏季送清凉活动 fills its line and runs on into 区总工会为…,
    the rest of a lead whose start (…近日，南湖) the OCR read at the page's end.  活动区 is a word across the
    break, but 活动 is whole and 区 ends the place name cut off elsewhere: no evidence of a join, so the
    headline run on into that text is named in review."""
    page = ("东港镇举办职工技能竞赛\n自80家企业的300余名\n职工参加比赛。\n南湖区开展夏季送清凉活动\n区总工会为环卫工人送去防\n"
            "暑降温用品，价值5万余元。\n南湖区总工会负责人表示，\n将把这项工作办成职工身边\n的实事。\n本报讯（记者王芳）近日，\n"
            "东港镇总工会举办职工技能\n大赛，来\n本报讯（记者李明）近日，\n南湖\n")
    _assert_named(_import(page, tmp_path), "东港镇", "南湖区开展夏季送清凉活动")


def test_a_headline_inside_a_wrapped_paragraph_on_a_page_read_out_of_order_says_so(tmp_path):
    """Lines re-wrapped at any width with a stray blank line, a lead's start (…近日，丁城) read at the page's
    end: the headline 丁城开展夏季送清凉活动, under a line ending a sentence, was joined with the lines
    around it into one paragraph, and its item ran on in the story above with nothing said."""
    page = ("丙城开展职工健康体检\n本报讯（记者王芳）近日，丙城总工\n会为一线职工免费体检，覆盖全市1\n20家企业。\n"
            "丁城开展夏季送清凉活动\n总工会为环卫工人送去防暑降温用品，\n\n价值5万余元。\n本报讯（记者郑凯）近日，丁城\n")
    _assert_named(_import(page, tmp_path), "丙城", "丁城开展夏季送清凉活动")


def test_a_headline_run_on_over_a_lead_whose_rest_runs_to_the_page_end_says_so(tmp_path):
    """A 10-character column with stray blank lines: the lead of the second item (本报讯…丙城总工会) stands at the
    page's end, its rest cut into short pieces that finish no sentence (举办职工技能 | 大赛，来自80家企 | 业的…), so
    its first paragraph is not the page's last.  Its headline fills the column and was run on into the line
    under it (参加比赛。, the lead's last words), into the story above: the review must name it."""
    page = ("乙城举办读书分享会\n\n本报讯（记者王芳）近\n日，乙城总工会举办职\n工读书分享会，近20\n0名职工参加。\n\n"
            "据了解，乙城今\n年已累计投入\n专项资金200万元。\n\n“这样的活动\n办到了我们心坎上。\n”乙城一名职工\n\n说。\n\n\n"
            "丙城举办职工技能竞赛\n\n参加比赛。\n\n“这样的活动办到了我\n们心坎上。”丙\n\n\n城一名职工说。\n\n"
            "据了解，丙城今年\n已累计投入专项资金2\n00万元。\n\n\n本报讯（记者张华）近\n日，丙城总工会\n举办职工技能\n\n\n"
            "大赛，来自80家企\n业的300余名职工\n\n")
    _assert_named(_import(page, tmp_path), "乙城", "丙城举办职工技能竞赛")


def test_a_subhead_over_the_rest_of_a_lead_taken_for_another_read_says_so(tmp_path):
    """Two items of one wording (…总工会在城区新建10家工会驿站，为快…): the lead of the second, cut, was read at
    the page's end and taken for another read of the first's lead, so it stands under that headline; its
    rest (递员、外卖骑手…) stands one blank line under its own headline, read as a subhead of the story
    above.  A lead stopping mid-sentence with nothing under it says the subhead may be its headline."""
    page = ("西城区举办职工技能竞赛\n本报讯（记者周洁）近日，西城\n区总工会举办职工技能大赛，来自80家企业的300余名职工参加比赛。\n\n"
            "东港镇举办职工技能竞赛\n本报讯（记者李明）近日，东港镇总工会举办职工技能大赛，来自80家企业的300余名职工参加比赛。\n\n"
            "南湖区新建十家工会驿站\n\n\n递员、外卖骑手等户外劳动者提供休息、饮水、充电等服务。\n"
            "南湖区总工会负责人表示，将把这项工作办成职工身边的实事。\n据了解，南湖区今年已累计投入专项资金200万元。\n\n"
            "乙城新建十家工会驿站\n本报讯（记者李明）近日，乙城总工会\n在城区新建10家工会驿站，为快递员、\n"
            "外卖骑手等户外劳动者提供休息、饮水、充电等服务。\n\n本报讯（记者郑凯）近日，南湖区总工会在城区新建10家工会驿站，为快\n")
    _assert_named(_import(page, tmp_path), "东港镇", "line 8 (南湖区新建十家工会驿站)")


def test_a_column_label_over_a_story_with_no_headline_titles_it_and_the_page_is_imported(tmp_path):
    """A brief under a column label (>> 北京经验 <<) with no headline of its own: the article had an empty
    title, which check refuses, so the whole page was refused and none of its stories imported.  The label
    titles the story, and its review says so."""
    text = ("甲城举办职工技能大赛\n\n本报讯（记者周洁）近日，甲城总工会举办职工技能大赛，两百余名职工参加。\n\n\n"
            ">> 北京经验 <<\n\n本报讯（记者马超）记者近日获悉，乙城社区职工之家建成开放，占地七百多平方米。\n\n"
            "据了解，职工之家配置阅读室、健身房等功能空间。\n")
    got = _import(text, tmp_path)
    assert [a["head"] for a in got] == ["甲城举办职工技能大赛", "北京经验"]  # the label once, as the title
    assert got[1]["body"].startswith("本报讯（记者马超）") and "健身房" in got[1]["body"]
    assert any("no headline found under the label '北京经验'" in r for r in got[1]["review"])


def test_a_line_of_names_the_wrap_cut_at_a_space_goes_on():
    """郑莉␣ | 郝赫 朱欣 | 文 on a page re-wrapped at a few characters: the first name alone, ending on the space the
    wrap cut at, was a paragraph of its own and passed for the next item's headline.  No line of text ends on a
    space: the names go on, as one byline of names (a line that is no byline yet, joined, is one)."""
    from unionnews.ingest.paragraphs.wrapped import _breaks_wrapped
    lines = ["北京市职工创新工作室代表等参加开幕式。", "", "郑莉 ", "郝赫 朱欣", "文", "本报记者 陈艺 摄"]
    assert not _breaks_wrapped(lines, 2, 3, False, so_far="郑莉", before=lines[0])
    lines[2] = "郑莉"  # (no space: the line ended there as printed)
    assert _breaks_wrapped(lines, 2, 3, False, so_far="郑莉", before=lines[0])
