"""Columns of three to five characters a line (a sidebar beside a photo, a narrow box an engine reads as a block of its
own), made up: a headline under a column label that fills several lines, a lead's dateline marker cut over lines, a
byline whose role fills a line alone."""
from __future__ import annotations

import pytest

from unionnews.ingest.decode import unpad
from unionnews.ingest.normalize import folio_lines
from unionnews.ingest.paragraphs import paragraphs
from variants import printed_column

# a column label, then a headline of sixteen characters (four full lines of four) and a lead that names its subject
# again (甲城总工会…) with no 本报讯 marker
LABEL_PAGE = [
    "某区举办职工运动会",
    "本报讯（记者王林）10月8日，某区第三届职工运动会开幕，来自全区的五百名职工参加。",
    ">> 外地经验 <<",
    "甲城总工会打造户外劳动者爱心驿站",
    "某省甲城总工会联合住房和城乡建设局工会，在施工项目设立驿站，为户外劳动者提供休息场所。",
    "驿站配备桌椅、饮水机和微波炉，方便劳动者歇脚。",
]

# a headline whose last line (“技艺”) fills the column, over a lead whose dateline marker the column cuts (本报乙城 |
# 9月25 | 日电…)
LEAD_PAGE = [
    "乙城举办职工书画展",
    "本报讯（记者王林）10月8日，乙城职工书画展开幕，展出作品两百余件。",
    "乙城工匠携手传“技艺”",
    "本报乙城9月25日电（记者李华）今天，乙城两地工会签署工匠交流协议，共同培养技能人才。",
]

# a byline whose role and the space after it fill a line of five (本报记者 | 李明远 本 | 报通讯员 | 王芳)
BYLINE_PAGE = [
    "丙城开展送清凉活动",
    "本报记者 李明远 本报通讯员 王芳",
    "日前，丙城总工会开展夏季送清凉活动，为一线职工送去防暑物品。",
]


def _texts(page: list[str], width: int) -> list[str]:
    """The paragraphs of ``page`` printed in a column ``width`` wide, read as a column of that width."""
    lines = printed_column(page, width)
    found = paragraphs(unpad(lines))
    assert found.width == width
    texts = [p.text for p in found.paragraphs]
    assert "".join(texts).replace(" ", "") == "".join(page).replace(" ", "")  # nothing lost
    return texts


def test_a_headline_under_a_label_filling_several_tiny_lines_ends_where_its_lead_names_it_again():
    """>> 外地经验 << | 甲城总 | 工会打 | … | 爱心驿站 | 某省甲城 | 总工会…: in a column of four the headline fills four
    lines exactly, and the lead under it has no 本报讯.  The lead names the headline's subject again (甲城总工会) a
    line further on than a wide column's lead would: the headline ends there, not in the text."""
    texts = _texts(LABEL_PAGE, 4)
    assert "甲城总工会打造户外劳动者爱心驿站" in texts
    assert texts[texts.index("甲城总工会打造户外劳动者爱心驿站") + 1].startswith("某省甲城总工会联合")


def test_a_dateline_marker_cut_over_tiny_lines_opens_its_lead():
    """…携手传 | “技艺” | 本报乙城 | 9月25 | 日电（记…: the lead's marker is cut over three lines of four, and the line
    over it fills the column; no sentence prints 本报乙城9月25日电 mid-text, so the lead opens a paragraph there."""
    texts = _texts(LEAD_PAGE, 4)
    assert "乙城工匠携手传“技艺”" in texts
    assert any(t.startswith("本报乙城9月25日电") for t in texts)


def test_a_byline_role_alone_on_a_tiny_line_goes_on_to_its_names():
    """本报记者 | 李明远 本 | 报通讯员 | 王芳: the role and the space after it take a line of five; a byline never ends on
    its role, so the names under it are the same paragraph."""
    texts = _texts(BYLINE_PAGE, 5)
    assert "本报记者 李明远 本报通讯员 王芳" in texts


# a column of three characters: a headline asking a question whose last line fills the column, over a story continued
# from another page (its 上接 marker cut as （上接 | 第1版）), then the next item
MARKER_PAGE = [
    "壬城职工书画展开幕",
    "本报讯（记者王林）10月8日，壬城职工书画展开幕，展出作品两百余件，展现了职工勇于创新、敢为人先的良好风貌。",
    "这场“书画盛会”为何人气爆棚？",
    "（上接第1版）",
    "一个个“吸睛”的作品背后，是壬城职工多年的坚持。",
    "癸城举办职工运动会",
    "本报讯（记者李华）10月9日，癸城职工运动会开幕，五百名职工参加比赛。",
]

# a column of three characters: a story's names and its photo credit, the credit cut as 本报记 | 者 陈 | 艺 摄 (its last
# line full), over the next item's headline and a lead on its date
CREDIT_PAGE = [
    "寅城举办职工书画展",
    "本报讯（记者王林）10月8日，寅城职工书画展开幕，展出作品两百余件，职工踊跃参观。",
    "郑莉 郝赫",
    "本报记者 陈艺 摄",
    "卯城职工技能大赛开幕",
    "10月9日上午，卯城第三届职工技能大赛开幕，五百名职工参赛。",
]

# a column of three characters cuts each year after 202 (力争到 | 202 | 5年末)
YEARS_PAGE = ["庚城总工会计划每年投入专项资金。力争到2025年末，庚城建成职工之家一百家，2023年已建成六十家。"]


def test_a_column_of_three_characters_is_read_as_a_column():
    """Nearly every line of a three-character column is three characters long: the page is a column, not text
    re-wrapped at random widths, and its short lines end paragraphs."""
    found = paragraphs(unpad(printed_column(MARKER_PAGE, 3)))
    assert (found.layout, found.width) == ("columnar", 3)


def test_a_continuation_marker_cut_over_three_character_lines_is_a_paragraph_of_its_own():
    """…为何人 | 气爆棚？ | （上接 | 第1版） | 一个个…: the headline's last line fills the column, and the marker is cut over two
    lines.  Read across them it is a whole 上接 marker, a paragraph of its own: the continued story does not run on
    into the headline above."""
    texts = _texts(MARKER_PAGE, 3)
    assert "这场“书画盛会”为何人气爆棚？" in texts
    assert "（上接第1版）" in texts
    assert "一个个“吸睛”的作品背后，是壬城职工多年的坚持。" in texts


def test_a_photo_credit_filling_its_last_three_character_line_closes_its_paragraph():
    """本报记 | 者 陈 | 艺 摄 | 卯城职 | …: the credit's last line is full, but a credit closes what it credits: the next
    item's headline is a paragraph of its own."""
    texts = _texts(CREDIT_PAGE, 3)
    assert "本报记者 陈艺 摄" in texts
    assert "卯城职工技能大赛开幕" in texts


def test_a_year_cut_after_its_first_three_digits_is_no_page_number():
    """力争到 | 202 | 5年末 … 百家， | 202 | 3年已: the same 202 alone on two lines is no page number printed twice; each
    is a full line of the column over a line that goes on its digits.  Nothing is set aside as furniture."""
    lines = unpad(printed_column(YEARS_PAGE, 3))
    assert lines.count("202") == 2
    assert folio_lines(lines) == set()
    assert [p.text for p in paragraphs(lines).paragraphs] == YEARS_PAGE


def test_a_run_of_page_numbers_after_the_text_stays_furniture():
    """…参加比赛。 | 3 | 7 | 10 | 7: page numbers set after the page's text, one under another (a guard of the rule
    above).  The first 7 is over a line opening on a digit, but it stands under another number, not under a line of
    text, and the 10 is a number itself: no year a narrow column cut, so the 7 printed twice is the page's number."""
    lines = ["乙城举办职工运动会", "本报讯（记者李华）10月9日，乙城职工运动会开幕，五百名职工参加比赛。", "3", "7", "10", "7"]
    assert {3, 5} <= folio_lines(lines)


# a column piece the OCR cut on a comma (…牵线搭桥，), then another story's headline and its lead's rest (孜藏族…), the
# lead itself (…近日，四川甘) read some hundred lines further on: in a column of four or five, farther than a common
# column's reach in lines, though as near in text
CUT_HEADLINE_PAGE = [
    "甲市工会建成技能人才实训联盟",
    "本报讯（记者王林）近日，甲市总工会推动成立技能人才实训联盟，为企业培养焊接人才。",
    "过去企业想改进焊接装备，却缺乏高校技术支持。为改变这一现状，甲市总工会牵线搭桥，",
    "甘孜州搭建跨区域工会交流平台",
    "孜藏族自治州总工会举办座谈交流活动，在全省率先搭建跨区域工会交流平台，通过交流研讨、结对帮扶、经验分享三大模块"
    "的有机融合，为全州工会系统联动发展探索出新路径。活动以跨区域联动、聚工会合力、促职工共赢为核心，打破区域壁垒，"
    "提供跨区域交流互动平台，推动各级工会在服务职工、深化改革、自身建设等方面互学互鉴，实现优势互补，强化系统联动，"
    "形成工作合力，提升整体服务职工的能力与效率。座谈会上，各县工会负责人围绕职工服务阵地建设、困难职工帮扶、劳模工匠"
    "培养等工作交流经验，并就下一步联合开展技能竞赛、职工疗休养等事项达成共识。大家表示，将以此次活动为契机，持续深化"
    "交流合作，推动全州工会工作高质量发展。",
    "本报讯（记者李华）近日，四川甘",
    "加强与驻地企业、高校协作，推动实训联盟在甲市挂牌。联盟成立后，企业提供生产场景，高校输出研发能力，创新工作室负责技术"
    "转化与实操验证。",
]


@pytest.mark.parametrize("width", [4, 5])
def test_a_headline_after_a_piece_cut_on_a_comma_stands_whole_over_a_far_leads_rest(width):
    """…牵线搭桥， | 甘孜州搭建跨区域工会交流平台 over 孜藏族…, whose 孜 finishes 甘 at the end of a lead read 75 lines
    of four further on: the claim reaches as far in text as a common column's, so the headline is parted from the
    comma's piece, and only once (not again inside itself, a kicker 甘孜州搭建跨区域 over a title 工会交流平台)."""
    texts = _texts(CUT_HEADLINE_PAGE, width)
    assert "甘孜州搭建跨区域工会交流平台" in texts
    assert texts[texts.index("甘孜州搭建跨区域工会交流平台") - 1].endswith("牵线搭桥，")
