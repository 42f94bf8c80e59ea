"""Pages as a layout-aware converter writes them (MinerU, Marker): one blank line between every two paragraphs,
items too, so no blank run says where an item ends; the title set in heading type and marked, its kicker in
smaller type and not; a lead whose credit the line's end cut when each line the OCR read is a paragraph."""
from __future__ import annotations

from unionnews.ingest.segment import make_units, segment

KICKER_PAGE = ["## 某市举办职工运动会", "", "近日，某市总工会举办职工运动会，三百名职工参加。", "",
               "某省发布职工技能提升三年行动方案", "", "## 每年组织千名劳模工匠入企解难题", "",
               "9月24日上午，某省总工会召开发布会，介绍行动方案。", "", "方案提出，各级工会将组建技术服务队。", ""]


def test_an_unmarked_kicker_over_a_marked_title_opens_the_next_item():
    """…参加。 | 某省发布…方案 | ## 每年组织…解难题 | 9月24日上午，…: the converter marked the title alone.  The
    unmarked line over it, after a finished story, is its kicker: read as the story above's last paragraph, the
    next item's headline would stand in that story's file with nothing said."""
    drafts, _ = segment(make_units(KICKER_PAGE, None))
    assert [[u.text for u in d.head] for d in drafts] == [
        ["某市举办职工运动会"], ["某省发布职工技能提升三年行动方案", "每年组织千名劳模工匠入企解难题"]]
    assert all("方案" not in p.text for p in drafts[0].paras)


def test_an_unmarked_line_over_a_marked_subhead_inside_a_story_stays_text():
    """…参加。 | 活动现场气氛热烈。 | ## 赛场内外 | …: a sentence's end over a marked subhead is the story's text, not a
    kicker (a kicker has a headline's shape)."""
    lines = KICKER_PAGE[:4] + ["活动现场气氛热烈，职工们踊跃参赛。", "", "## 赛场内外", "", "比赛间隙，职工们交流心得。", ""]
    drafts, _ = segment(make_units(lines, None))
    assert len(drafts) == 1


def test_a_lead_whose_credit_the_line_end_cut_opens_a_paragraph():
    """## 某市举办职工技能大赛 | 闭幕 | 本报讯（记者刘明 | 李华）9月24日，…: each line the OCR read is a paragraph of its
    own.  The lead's start, its credit cut, is a lead: it never goes on the sentence above, and the lines over it
    are the next item's headline, not text of the story above."""
    lines = ["## 某市举办职工运动会", "", "本报讯（记者王林）近日，某市总工会举办职工运动会，三百名职工参加。", "",
             "## 第三届某省职工技能", "", "大赛闭幕", "", "本报讯（记者刘明", "", "李华）9月24日，第三届某省职工技能大赛在某市闭幕。", ""]
    drafts, _ = segment(make_units(lines, None))
    assert [[u.text for u in d.head] for d in drafts] == [["某市举办职工运动会"], ["第三届某省职工技能", "大赛闭幕"]]
    assert drafts[1].paras[0].text.startswith("本报讯（记者刘明李华）9月24日")


def test_a_marked_heading_kept_a_subhead_on_a_flat_page_says_it_may_be_another_items_headline():
    """# 某城举办… | 近日，… | # 乙城开展职工健康体检 | 家企业。: every heading marked alike, every paragraph one blank
    line apart, and the text under the second heading no lead (the rest of one the OCR read elsewhere).  Nothing in
    the layout says whether the heading is a subhead or the next item's headline: kept a subhead, it is said."""
    lines = ["# 某城举办职工运动会", "", "近日，某城总工会举办职工运动会，三百名职工参加。", "",
             "# 乙城开展职工健康体检", "", "家企业。", "", "# 丙城新建十家工会驿站", "", "驿站为户外劳动者提供服务。", ""]
    drafts, _ = segment(make_units(lines, None))
    said = [d for draft in drafts for d in draft.doubts if "乙城开展职工健康体检" in d]
    assert said and "may be the headline of another item" in said[0]
    items = lines[:4] + ["", ""] + lines[4:]  # the same with an item's blank run before each headline: no doubt
    items[10:10] = ["", ""]
    drafts, _ = segment(make_units(items, None))
    assert not any("may be the headline" in d for draft in drafts for d in draft.doubts)
