"""Columns of three to five characters a line (a sidebar beside a photo, a narrow box an engine reads as a block of its
own), made up: a headline under a column label that fills several lines, a lead's dateline marker cut over lines, a
byline whose role fills a line alone."""
from __future__ import annotations

from unionnews.ingest.decode import unpad
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
    lines = printed_column(page, width)
    texts = [p.text for p in paragraphs(unpad(lines)).paragraphs]
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
