"""A column page a text detector (PaddleOCR's DB, EasyOCR's CRAFT) cut at the blank half-em a full-width mark leaves
(tests/variants.py ``markcut``): the pieces that no rule of two lines filling the column finds, read as the one
printed line they are.  Made-up pages, each printed line cut by hand where the detector would."""
from __future__ import annotations

from unionnews.ingest.paragraphs import paragraphs

WIDTH = 16


def _column(text: str, width: int = WIDTH) -> list[str]:
    """``text`` set in a column ``width`` characters wide, a line a printed line."""
    return [text[k:k + width] for k in range(0, len(text), width)]


def _cut(lines: list[str], mark: str = "，") -> list[str]:
    """One line in three holding ``mark`` before its last character parted after the first such mark: the detector's
    habit, all over the page."""
    out, k = [], 0
    for line in lines:
        at = line.find(mark)
        if 0 <= at < len(line) - 1:
            k += 1
        if 0 <= at < len(line) - 1 and k % 3 == 1:
            out += [line[:at + 1], line[at + 1:]]
        else:
            out.append(line)
    return out


# running text of one story, its sentences parted by commas at varying places so that most printed lines hold one
_TEXT = ("甲城总工会近日举办第三届职工技能大赛，来自全市各企业的两百余名职工参加焊接、电工和数控车床等八个项目的"
         "比赛，经过两天激烈角逐，共有二十四名选手获得一等奖，他们将代表甲城参加全省职工技能大赛。市总工会负责人"
         "表示，将继续为职工搭建展示技能的平台，让更多技术能手脱颖而出，为企业发展贡献力量。比赛期间，市总工会"
         "还组织选手参观先进企业，交流技能经验，选手们纷纷表示收获很大。")


def _page(last: list[str], under: list[str]) -> list[str]:
    """A story whose lines the detector cut at commas, ``last`` its last printed lines (cut by hand), then the lines
    ``under`` it."""
    story = _cut(_column(_TEXT))
    return (["## 丙城举办职工运动会", "本报讯（记者吴昊）"] + story + ["## 丁城举办读书活动", "本报讯（记者王芳）"] + story
            + ["## 甲城举办职工技能大赛", "本报讯（记者周洁）"] + story + last + under)


def _holding(lines: list[str], piece: str) -> str:
    found = paragraphs(lines)
    return next(p.text for p in found.paragraphs if piece in p.text)


def test_the_rest_of_a_line_cut_at_a_comma_before_a_closing_dateline_stays_in_its_paragraph():
    """…通讯员燕 | 飞）“深夜跑单结束， | 能有 | （本报福州11月13日电）: a paragraph's last printed line, short, cut
    at its comma (its first piece the rest of a full line above, whose credit it closes); the rest is no headline (a
    story's closing dateline stands under it, and no paragraph ends on a comma)."""
    last = ["职工们表示收获很大。", "本报讯（记者周洁 李明 通讯员王", "芳）“深夜跑单结束，", "能有"]
    lines = _page(last, ["（本报甲城9月25日电）", "## 乙城开展职工健康体检"])
    assert _holding(lines, "能有").endswith("跑单结束，能有")


def test_a_number_under_a_label_stopping_on_a_colon_is_the_labels_line():
    """广告 | 登报咨询电话： | 63522410: a telephone number alone is no paragraph; the label's colon opens it."""
    lines = _page(["职工们表示收获很大。"], ["广告", "登报咨询电话：", "63522410"])
    assert "登报咨询电话：63522410" in _holding(lines, "63522410")


def test_a_subtitle_cut_at_its_comma_stays_one_line():
    """## 乙城开展职工健康体检 | 覆盖三十家企业， | 两千职工受益 | 本报讯…: the subtitle's clause goes on past its
    mark; read apart, the first piece (ending on a comma) is taken for text and the rest for a headline."""
    second = ["## 乙城开展职工健康体检", "覆盖三十家企业，", "两千职工受益", "本报讯（记者吴昊）近日，乙城总工会为一线",
              "职工开展免费健康体检。"]
    lines = _page(["职工们表示收获很大。"], second)
    assert _holding(lines, "两千职工受益") == "覆盖三十家企业，两千职工受益"


def test_a_numbers_rest_under_a_furniture_line_cut_on_its_digits_is_furniture_too():
    """广告 | 登报咨询电话:63 | (stray blanks) | 522410: a narrow column cut the telephone number, and stray blank
    lines part its rest from the label's line.  Alone, the digits are no text of the story above; they are the
    rest of the furniture's number, and go with it."""
    from unionnews.ingest.segment import FURN, make_units, segment
    lines = ["## 甲城举办职工技能大赛", "本报讯（记者周洁）近日，甲城总工会举办职工技能大赛。", "职工们表示收获很大。", "广告",
             "登报咨询电话:63", "", "", "522410"]
    units = make_units(lines, None)
    assert [u.cls for u in units][-3:] == [FURN, FURN, FURN]
    drafts, _loose = segment(units)
    assert all("522410" not in u.text for d in drafts for u in d.units)


def test_a_furniture_label_an_engine_spaced_inside_is_furniture():
    """广告 | 登报 咨询电话:63522410: an engine's word space inside the label is no word of it; read as text, the line
    ran on in the story above."""
    from unionnews.ingest.segment import FURN, make_units
    units = make_units(["## 甲城举办职工技能大赛", "本报讯（记者周洁）近日，甲城总工会举办职工技能大赛。", "广告",
                        "登报 咨询电话:63522410"], None)
    assert [u.cls for u in units][-2:] == [FURN, FURN]


def test_a_noun_a_detector_cut_off_its_locative_and_comma_is_no_headline():
    """论坛 | 上，全国劳动模范…: a text detector cut the noun off a paragraph's first printed line, and alone on its
    line under a finished paragraph, an item's gap above it (the paragraph stage read it as a photo item's
    headline: a short story closed by its credit follows), it passed for a headline over 上，…  No sentence opens
    on a clause of one character: the noun is the sentence's first word, and the story goes on."""
    from unionnews.ingest.segment import make_units, segment
    lines = ["## 甲城举办职工技能大赛", "本报讯（记者周洁）近日，甲城总工会举办职工技能大赛，两百余名职工参加比赛。", "", "",
             "论坛", "上，全国劳动模范、甲城机械厂高级技师王明等嘉宾先后发言，分享成长经历。", "本报记者 王芳 摄"]
    drafts, _loose = segment(make_units(lines, None))
    assert len(drafts) == 1 and any(u.text == "论坛" for u in drafts[0].units)


def test_two_common_words_parted_by_a_space_are_no_byline_of_names():
    """上海发布“劳模工匠助企行”三年 | 行动 方案: a headline's last words, letter-spaced and cut off by the wrap, read as a
    line of two bare names (方 is a surname), a byline, under which the headline's first line stood alone over
    the story above.  Names are rare words or none in the dictionary; 行动 and 方案 are common words."""
    from unionnews.ingest.segment import BYLINE, TEXT, make_units
    units = make_units(["上海发布“劳模工匠助企行”三年", "行动 方案", "郑莉 郝赫 朱欣文", "王芳 李明"], None)
    assert [u.cls for u in units] == [TEXT, TEXT, BYLINE, BYLINE]


def test_a_piece_cut_on_a_comma_and_a_headline_over_a_far_leads_rest_are_two_lines():
    """…为改变现状， | 市总工会牵线搭桥， | 甘孜州搭建平台 | 孜藏族自治州…: a column piece cut on a comma and the next
    story's headline fill a line together by chance, on a page whose detector cuts lines in two all over; the text
    under the headline begins on the rest of the word a lead far below stops in (本报讯（记者邢生）近日， | 四川省甘:
    甘孜), so it is that lead's rest and the short line over it that story's headline, not a box's second piece (a
    story's text under its headline begins on a whole word).  On be2a1ad the two were read as one printed line."""
    last = ["职工们表示收获很大。为改变现状，", "市总工会牵线搭桥，", "甘孜州搭建平台",
            "孜藏族自治州总工会举办联谊活动，", "推动各级工会互学互鉴，形成合力。"]
    under = ["## 丙州工会搭建交流平台", "本报讯（记者邢生）近日，", "四川省甘", "加强与驻地企业协作，推动平台建设。"]
    assert all(len(line) == WIDTH for line in (last[0], last[3], last[4]))
    assert len(last[1] + last[2]) == WIDTH
    assert "甘孜州搭建平台" not in _holding(_page(last, under), "牵线搭桥")
    # a lead that stops on a whole word (四川省总工会) claims no line: the pair stays one printed line
    whole = under[:2] + ["四川省总工会"] + under[3:]
    assert "甘孜州搭建平台" in _holding(_page(last, whole), "牵线搭桥")
