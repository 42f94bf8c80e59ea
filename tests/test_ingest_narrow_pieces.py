"""Column pieces the OCR read out of order, printed in narrow columns (7–9 characters), made up: where a piece's
last line fills the column, nothing but the text says the piece ends there, and the paragraph stage leaves such a
break open (``soft``) for the reading-order stage to weigh.  The same page takes more lines the narrower its
column, so the pieces stand further apart in lines; a lead the OCR cut is cut once; and a piece left apart after a cut
lead that no line's sentence goes on into is joined to it again."""
from __future__ import annotations

import pytest

from test_ingest_widths import FULL_END, PREV, _column
from test_ingest_helpers import articles, import_page, written_text
from unionnews.ingest.paragraphs import paragraphs

W = 9
# a lead whose credit fills its first line and whose text fills the second, stopping mid-word (甘肃省天 | 水市…)
LEAD = "本报讯（记者丁海生祥）近日，甘肃省天"
# the piece of another story the OCR read right after it
PIECE = "加强与驻京装备制造企业、驻津高校协作，推动数智化焊接与检测技术创新协作平台联盟成立。"
CUT = "据了解，当地企业长期缺少技术交流渠道，为破解这一难题，市总工会牵线搭桥，"
HEAD = "乙州搭建跨区域职工服务新网络"
REST = "水市总工会举办职工技能交流活动，吸引各地职工参加。"
FILLER = "各级工会组织开展劳动竞赛，职工参与热情高涨。"  # three lines at width 9


def _page(between: list[str]) -> list[str]:
    """A piece cut on a comma, a headline over the rest of the cut lead, ``between``, then the lead and the piece
    the OCR read after it, in a column :data:`W` wide."""
    return (_column(PREV, W) + _column(CUT, W) + _column(HEAD, W) + _column(REST, W) + between
            + _column(LEAD, W) + _column(PIECE, W) + _column(FULL_END, W))


def _soft_texts(lines: list[str]) -> list[str]:
    return [p.text for p in paragraphs(lines + [""], soft=True).paragraphs]


@pytest.mark.parametrize("items", [0, 20])
def test_a_cut_leads_word_is_looked_for_as_far_as_the_narrow_column_takes_the_page(items):
    """The lead's last word (天水) goes on under a headline the OCR read above it; ``items`` of three lines each
    put that line 70 printed lines away, further than 60 but as far as the same text stands in a column of 12.
    The lead is left apart from the piece after it either way, for the reading-order stage to weigh."""
    assert _column(LEAD, W) == ["本报讯（记者丁海生", "祥）近日，甘肃省天"]
    between = [line for _ in range(items) for line in _column(FILLER, W)]
    texts = _soft_texts(_page(between))
    assert LEAD in texts and PIECE in texts


def test_a_cut_lead_is_cut_once():
    """Once the lead is left apart at its text's first line (…甘肃省天), the piece after it is no lead's text:
    its first line's end (…装备制造) is not left apart again for a chance word with a line elsewhere that
    begins a paragraph (制造业: 业单位… after a finished sentence)."""
    other = "乙县开展培训。"
    chance = "业单位职工踊跃报名参赛，现场气氛热烈。"
    lines = _page(_column(other, W) + _column(chance, W))
    assert _column(PIECE, W)[0] == "加强与驻京装备制造"
    texts = _soft_texts(lines)
    assert LEAD in texts and PIECE in texts


def test_read_in_file_order_the_lead_and_piece_stay_joined():
    """Without ``soft`` (a page read in order) the column's width still joins the lead and the piece."""
    texts = [p.text for p in paragraphs(_page([]) + [""]).paragraphs]
    assert LEAD + PIECE in texts


# another story's headline and a cut-off end (…技术攻关于一体), and a lead's rest under its headline read above the lead
# (日 | 前，…): the page is read out of order, and the piece after the cut lead (PIECE) has no line whose sentence
# goes on into it: nothing on the page ends where it begins.
OTHER_HEAD = "丙局成立工匠学院"
OTHER_OPEN = "丙局工匠学院揭牌仪式日前举行。该学院将开发工学一体化课程体系，构建集技能培训、技艺传承与技术攻关于一体"
DATED_HEAD = "某县成立劳模工匠学院"
DATED_REST = "前，某县劳模工匠学院揭牌仪式在县职业技术学院举行，标志着学院正式运营。"
DATED_LEAD = "本报讯（记者张明 通讯员李华）日"


def _orphan_page(items: int) -> list[str]:
    """The cut lead :data:`items` three-line items under its headline's rest, with the piece after it that
    nothing goes on into, read after 丙局's cut-off end."""
    between = [line for _ in range(items) for line in _column(FILLER, W)]
    return (_column(PREV, W) + _column(DATED_HEAD, W) + _column(DATED_REST, W) + _column(HEAD, W) + _column(REST, W)
            + between + _column(OTHER_HEAD, W) + _column(OTHER_OPEN, W) + _column(LEAD, W) + _column(PIECE, W)
            + _column(FULL_END, W) + _column(DATED_LEAD, W))


def test_a_far_cut_lead_whose_piece_nothing_goes_on_into_is_joined_again(tmp_path):
    """The cut lead (…甘肃省天) goes on under its headline (天 | 水市…) 70 printed lines above, further than a column
    of common width sets it: only the narrow column's reach finds the word, and the paragraph stage leaves the lead
    apart from the piece under it (a soft break).  Nothing on the page goes on into that piece, so the reading
    order has no evidence where it goes: laid out by the layout alone it would run on under 丙局's cut-off end,
    in that story's file.  The cut is not corroborated, and the break is joined again: the piece stays after the
    lead where the OCR read it, and no story's file holds it."""
    content = import_page(tmp_path, "\n".join(_orphan_page(20)) + "\n", "grrb/2025-05-06/02.txt")
    bodies = {front["title"]: body for _, front, body in articles(content)}
    assert OTHER_OPEN in bodies[HEAD]  # 丙局's item, read as a subhead of the story above it (no blank lines)
    assert not any(PIECE in body for body in bodies.values())
    assert LEAD + PIECE in written_text(content)
