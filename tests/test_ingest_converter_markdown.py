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


# a converter's page of wrapped lines: every line it found a block of its own, one blank line between any two
WRAPPED_PAGE = ["# 某市举办职工运动会", "", "本报讯（记者王林）近日，某市总工会举办职工运动会，三百名职工参加。", "",
                "# 运动会设置跳绳、拔河等项", "", "目，吸引了全市各行业职工踊跃报名参赛。", "",
                "# 赛场内外", "", "比赛间隙，职工们交流心得。", ""]


def test_a_marked_heading_that_ends_inside_a_word_is_the_first_words_of_its_paragraph():
    """…参加。 | # 运动会设置跳绳、拔河等项 | 目，吸引了…: the converter marked a paragraph's first line, cut off it by the
    wrap, as a heading.  项目 reads across the break and the line under it is running text: the heading is the
    paragraph's first words, joined to it and said in review; a true subhead over text that begins its own
    sentence (# 赛场内外 | 比赛间隙，…) stays a subhead."""
    drafts, _ = segment(make_units(WRAPPED_PAGE, None))
    assert len(drafts) == 1
    texts = [(p.kind, p.text) for p in drafts[0].paras]
    assert ("text", "运动会设置跳绳、拔河等项目，吸引了全市各行业职工踊跃报名参赛。") in texts
    assert ("sub", "赛场内外") in texts
    said = [d for d in drafts[0].doubts if "运动会设置跳绳、拔河等项" in d]
    assert said and "项目" in said[0] and "first words of that paragraph" in said[0]


def test_a_marked_heading_that_ends_on_a_preposition_is_the_first_words_of_its_paragraph():
    """# 某社区职工之家以 | “暖”为桥梁，…: no heading ends on a preposition that needs its object after it."""
    lines = WRAPPED_PAGE[:4] + ["# 某社区职工之家以", "", "“暖”为桥梁，营造温馨和谐的氛围。", ""] + WRAPPED_PAGE[8:]
    drafts, _ = segment(make_units(lines, None))
    texts = [(p.kind, p.text) for p in drafts[0].paras]
    assert ("text", "某社区职工之家以“暖”为桥梁，营造温馨和谐的氛围。") in texts


def test_a_marked_headline_over_the_unmarked_rest_the_wrap_cut_heads_the_item_over_its_dated_lead():
    """…参加。 | # 公交驾驶员 赛场展 | 技能 | 近日，某公交集团…: the converter marked the headline's first line only;
    its rest and the lead with no 本报讯 marker under it are the next item, not a subhead and text of the story
    above."""
    lines = WRAPPED_PAGE[:4] + ["# 公交驾驶员 赛场展", "", "技能", "", "近日，某公交集团分公司工会举办了", "",
                                "驾驶员技能大赛决赛，五十名驾驶员参赛。", ""]
    drafts, _ = segment(make_units(lines, None))
    assert [[u.text for u in d.head] for d in drafts] == [["某市举办职工运动会"], ["公交驾驶员 赛场展", "技能"]]
    assert drafts[1].paras[0].text.startswith("近日，某公交集团")


def test_a_photo_credit_the_wrap_cut_before_its_she_closes_the_story():
    """…参赛。 | 本报记者 陈明 | 摄 | # 某区新建十家工会驿站 | 本报讯…: read apart, the lone 摄 opened the next item's
    headline block; it ends the credit above it."""
    lines = WRAPPED_PAGE[:4] + ["本报记者 陈明", "", " 摄", "", "# 某区新建十家工会驿站", "",
                                "本报讯（记者李华）近日，某区新建十家工会驿站。", ""]
    drafts, _ = segment(make_units(lines, None))
    assert [[u.text for u in d.head] for d in drafts] == [["某市举办职工运动会"], ["某区新建十家工会驿站"]]
    assert [p.kind for p in drafts[0].paras][-1] == "credit" and drafts[0].paras[-1].text == "本报记者 陈明摄"


def test_an_unmarked_subtitle_under_a_lone_marked_headline_is_the_subtitle():
    """# 聚焦产业发展 共话工匠未来 | 第三届某论坛在某市举办 | “如何…？”…: on a page that marks every heading at one
    level, the converter left the subtitle, set smaller, unmarked; read as text, it ran on into the lead."""
    lines = ["# 聚焦产业发展 共话工匠未来", "", "第三届某省工匠论坛在某市举办", "",
             "“如何培育更多高技能人才？”9月23日，第三届某省工匠论坛在某市举办。", "", "# 某区新建十家工会驿站", "",
             "本报讯（记者李华）近日，某区新建十家工会驿站。", ""]
    drafts, _ = segment(make_units(lines, None))
    assert [u.text for u in drafts[0].head] == ["聚焦产业发展 共话工匠未来", "第三届某省工匠论坛在某市举办"]
    assert drafts[0].paras[0].text.startswith("“如何培育")


def test_a_continuation_marker_the_wrap_cut_opens_a_headless_continuation():
    """…良好风貌。 | （上接第 | 1版） | 会议强调，…: neither piece is a marker alone; read as text, the continued story ran on
    in the story above, two stories in one file.  Together they are the marker, and the continuation begins there."""
    lines = WRAPPED_PAGE[:4] + ["（上接第", "", "1版）", "", "会议强调，各级工会要紧密结合新时代使命任务。", ""]
    drafts, _ = segment(make_units(lines, None))
    assert len(drafts) == 2 and drafts[1].continued == "1" and not drafts[1].head
    assert drafts[1].paras[1].text.startswith("会议强调")
    assert all("会议强调" not in p.text for p in drafts[0].paras)


def test_a_marked_last_line_of_a_labelled_block_that_reads_on_is_the_texts_first_words():
    """>> 他山之石 << | # 某区总工会打造户外劳动者休息圈 | # 云南某市某区总 | 工会联合区住建局，…。: the block's last marked
    line ends inside 总工会, which the running text under it finishes: the text's first words, not a headline line."""
    lines = WRAPPED_PAGE[:4] + [">> 他山之石 <<", "", "# 某区总工会打造户外劳动者休息圈", "", "# 云南某市某区总", "",
                                "工会联合区住建局工会，针对施工项目的特点建设流动工会驿站。", ""]
    drafts, _ = segment(make_units(lines, None))
    assert [u.text for u in drafts[1].head] == ["他山之石", "某区总工会打造户外劳动者休息圈"]
    assert drafts[1].paras[0].text.startswith("云南某市某区总工会联合")
    assert any("总工会 reads across" in d for d in drafts[1].doubts)
