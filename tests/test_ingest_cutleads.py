"""A lead left with no headline and stopping mid-sentence (the OCR read its column's first lines at the page's end),
whose sentence goes on inside another story's text: the file holding that line says so.  Made-up pages."""
from __future__ import annotations

from test_ingest_helpers import articles, import_page

# Two short items in one narrow column, read without blank lines; both leads cut where their printed line ends and
# read at the page's end.  Two printed lines read as one (…参 | 赛。丁城开展职工健康体检) put the second item's
# headline inside the first item's paragraph, so no headline parts the two stories.
MERGED = ["甲城职工运动会开幕", "十届职工运动会，来自60", "家单位的800名运动员参", "赛。丁城开展职工健康体检",
          "费体检，覆盖全市120家企业。", "丁城总工会负责人表示，将", "把这项工作办成职工身边的", "实事。",
          "活动结束后，丁城总工会还", "向职工发放了问卷。", "本报讯（记者郑凯）近日，", "甲城总工会举办第",
          "本报讯（记者周洁）近日，", "丁城总工会为一线职工免"]


def test_a_cut_lead_going_on_inside_another_storys_paragraph_is_said(tmp_path):
    """The lead …丁城总工会为一线职工免 is left with no headline; its sentence goes on at 费体检，… (免费, a word the
    break cut), a line inside the 甲城 story's paragraph: that file holds the 丁城 story's lines, and says so.
    Before, it said nothing."""
    content = import_page(tmp_path, "\n".join(MERGED) + "\n", "grrb/2025-09-26/04.txt")
    holder = next(front for _, front, body in articles(content) if "费体检" in body)
    assert any("line 5 " in why and "免费" in why and "line 13" in why for why in holder.get("review", []))


def test_open_leads_are_the_unplaced_leads_stopping_mid_sentence():
    """Each lead runs from its 本报讯 line over the lines right under it; a lead ending its sentence is whole."""
    from unionnews.ingest.cutleads import open_leads
    lines = ["本报讯（记者郑凯）近日，", "甲城总工会举办第", "本报讯（记者周洁）近日，丁城总工会为职工体检。", "",
             "活动结束后，丁城总工会还"]
    assert open_leads(lines, [1, 2, 3, 5]) == [(1, 2, "甲城总工会举办第")]


def test_only_a_word_the_break_cut_or_a_set_phrase_ties_a_cut_lead_to_a_line():
    """免 | 费体检 (免费, both ends alone where printed) and 防暑 | 降温用品 (防暑降温, a set phrase of two whole words)
    tie; 职工 | 参加 (two whole words, no set phrase) does not."""
    from unionnews.ingest.cutleads import goes_on_at
    assert goes_on_at("丁城总工会为一线职工免", "费体检，覆盖全市120家企业。") == "免费"
    assert goes_on_at("甲城总工会为环卫工人送去防暑", "降温用品，价值5万余元。") == "防暑降温"
    assert goes_on_at("甲城总工会组织一线职工", "参加比赛。") is None
