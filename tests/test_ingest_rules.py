"""Small rules of the importer, one line at a time: punctuation, spaces, bylines,
datelines and headline blocks."""
from __future__ import annotations

import datetime as dt

import pytest

from unionnews.ingest.byline import find_dateline, parse_credit, parse_names
from unionnews.ingest.headline import HeadLine, resolve
from unionnews.ingest.normalize import body_text, is_terminal, line_text
from unionnews.ingest.places import find_places
from unionnews.ingest.tags import suggest


@pytest.mark.parametrize("raw, want", [
    ('保定市总打造"创新工作室联盟+工匠学院"合作模式,实现"1+1>2"的聚合效应',
     "保定市总打造“创新工作室联盟+工匠学院”合作模式，实现“1+1>2”的聚合效应"),
    ("据悉,保定高端装备制造产业曾面临三 大发展困境:跨区域", "据悉，保定高端装备制造产业曾面临三大发展困境：跨区域"),
    ("依托中德(保定)工业 4.0 智能制造", "依托中德（保定）工业 4.0 智能制造"),
    ("一尊1:1复刻的大足石刻", "一尊1:1复刻的大足石刻"),
    ("以“匠心铸梦 智领未来”等主题", "以“匠心铸梦 智领未来”等主题"),
    ("领取到微波炉、电压力锅、饮水机 etc 等爱心物品", "领取到微波炉、电压力锅、饮水机 etc 等爱心物品"),
    ("本报讯 (记者李丰 通讯员袁蓉生)日前,中铁五局", "本报讯（记者李丰 通讯员袁蓉生）日前，中铁五局"),
    ("力量。 这台文艺晚会", "力量。这台文艺晚会"),
    ("更要'随时享''贴心享'。\"邹城市", "更要‘随时享’‘贴心享’。\"邹城市"),
])
def test_body_text(raw, want):
    assert body_text(raw) == want


def test_headline_spaces_kept():
    assert line_text("公交驾驶员 赛场展技能") == "公交驾驶员 赛场展技能"


@pytest.mark.parametrize("text, terminal", [("……生态圈。", True), ("暖心。”", True), ("制造", False),
                                            ("（本报重庆9月25日电）", True), ("牵线搭桥,", False)])
def test_terminal(text, terminal):
    assert is_terminal(text) is terminal


def test_bylines():
    c = parse_names("本报记者 李昱霖 本报通讯员 邱恩宇 方淑琴")
    assert (c.reporters, c.correspondents) == (["李昱霖"], ["邱恩宇", "方淑琴"])
    c = parse_names("记者鹿慧敏 通讯员陆庆葵 林余丽")
    assert (c.reporters, c.correspondents) == (["鹿慧敏"], ["陆庆葵", "林余丽"])
    c = parse_names("记者叶小钟 通讯页季治文 陈玮立")
    assert c.correspondents == ["季治文", "陈玮立"] and c.doubts


def test_credits():
    assert parse_credit("本报记者 王辰阳 摄").photographers == ["王辰阳"]
    c = parse_credit("本报记者 刘欣欣/文 陈艺/摄")
    assert (c.reporters, c.photographers) == (["刘欣欣"], ["陈艺"])
    c = parse_credit("本报记者 盛丽 通讯员 金宇 摄影报道")
    assert (c.reporters, c.correspondents, c.photographers) == (["盛丽"], ["金宇"], ["盛丽", "金宇"])
    assert parse_credit("本报通讯员 朱华南 顾笑摄").photographers == ["朱华南", "顾笑"]


def test_datelines():
    issue = dt.date(2025, 9, 26)
    assert find_dateline("本报重庆9月25日电（记者李国 黄仕强）今天", issue) == {"place": "重庆", "date": dt.date(2025, 9, 25)}
    assert find_dateline("学生吴彤说。（本报重庆9月25日电）", issue)["place"] == "重庆"
    assert find_dateline("（本报福州11月13日电）", dt.date(2025, 11, 14))["date"] == dt.date(2025, 11, 13)
    assert find_dateline("本报讯（记者 白莹）", issue) is None


def test_headline_marked_levels():
    h = resolve([HeadLine("保定市总打造…效应——", 2), HeadLine("在创新攻坚中“抱团作战”", 1),
                 HeadLine("工会创新实践调研行", 3)])
    assert (h.kicker, h.title, h.column) == ("保定市总打造…效应——", "在创新攻坚中“抱团作战”", "工会创新实践调研行")
    h = resolve([HeadLine("首届大国工匠论坛举办", 1), HeadLine("《匠心逐梦 强国有我 大国工匠风采录》发布", 2)])
    assert (h.title, h.subtitle) == ("首届大国工匠论坛举办", "《匠心逐梦 强国有我 大国工匠风采录》发布")


def test_headline_unmarked():
    h = resolve([HeadLine("来自第三届工匠大会的报道"), HeadLine("“创新离我并不远”"), HeadLine("——第三届…侧记")])
    assert (h.kicker, h.title, h.subtitle, h.doubts) == ("来自第三届工匠大会的报道", "“创新离我并不远”", "——第三届…侧记", [])
    h = resolve([HeadLine("工会重点工作创新案例"), HeadLine("北京经验", label=True), HeadLine("首创新城繁星社区职工之家")])
    assert (h.column, h.title) == ("工会重点工作创新案例 北京经验", "首创新城繁星社区职工之家")
    h = resolve([HeadLine("上海发布“劳模工匠助企行”三年行动方案"), HeadLine("每年组织1000人次以上劳模工匠入企解难题")])
    assert h.subtitle and h.doubts  # a guess by length is flagged


def test_places():
    assert find_places("日前，在河北省保定市的张宏伟") == ["河北", "保定"]
    assert find_places("来宾们和朝阳区八里庄街道") == []
    assert find_places("广西壮族自治区来宾市总工会") == ["广西", "来宾"]


def test_tags_are_deterministic_and_skip_names():
    text = "保定市总推动联盟与保定工匠学院共建智能焊接实训基地，焊接人才结构性短缺，李昱霖报道焊接联盟。"
    first = suggest(text, exclude={"李昱霖"})
    assert first == suggest(text, exclude={"李昱霖"}) and "焊接" in first and "李昱霖" not in first


def test_a_lead_opening_a_line_inside_a_paragraph_is_said_in_review():
    """A lead marker with its credit opens a line after a paragraph's first (a narrow column may break it:
    本报乙城9月25 | 日电（…）): the paragraph stage joined another item, headline and all, into the paragraph
    above, and says so; a paragraph that only mentions the paper's report (据本报讯) is no such line."""
    from unionnews.ingest.paragraphs import _leads_inside
    from unionnews.ingest.paragraphs.lines import Paragraph
    lines = ["比赛设焊工、电工等多个项目。", "乙城开展职工健康体检", "本报乙城9月25", "日电（记者吴昊）乙城总工", "会近日为职工体检。",
             "本报讯（记者周洁）近日，甲城", "总工会举办比赛，据本报讯（记", "者周洁）报道。"]
    paras = [Paragraph("".join(lines[:5]), (1, 2, 3, 4, 5), 0), Paragraph("".join(lines[5:]), (6, 7, 8), 0)]
    found = _leads_inside(lines, paras)
    assert list(found) == [0] and "line 3" in found[0] and "本报乙城9月25日电（记者吴昊）" in found[0]
    # a headline-shaped line over a lead on its date, inside a paragraph whose column the OCR cut (…西铁工)
    lines = ["比赛设焊工、电工等多个", "项目，某市建筑安装集团第", "操场上的“急救课”", "10月9日下午，", "市建设工会在",
             "比赛于本月举行，定于", "10月9日举行。"]
    paras = [Paragraph("".join(lines[:5]), (1, 2, 3, 4, 5), 0), Paragraph("".join(lines[5:]), (6, 7), 0)]
    found = _leads_inside(lines, paras)
    assert list(found) == [0] and "line 3 (操场上的“急救课”)" in found[0]
