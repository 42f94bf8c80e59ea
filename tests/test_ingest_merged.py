"""Two printed lines of a column an engine read as one (``mergedlines``): where the text shows the second begins."""
from __future__ import annotations

from test_ingest_heldout import STORIES
from variants import printed_column

from unionnews.ingest.paragraphs import paragraphs
from unionnews.ingest.paragraphs.widths import merged_lines


def _merged(lines: list[str], at: int) -> list[str]:
    """``lines`` with line ``at`` and the next read as one."""
    return lines[:at] + [lines[at] + lines[at + 1]] + lines[at + 2:]


def _column(width: int = 12) -> list[str]:
    return printed_column([p for story in STORIES for p in story], width)


def test_a_headline_read_with_its_leads_first_line_is_cut_before_the_marker():
    """丙城建设职工书屋本报讯（通讯员李明）丙城总工会: a headline and its lead's first line as one line.  The line
    is a headline's shape (no clause mark), so it was read as a headline set across columns, and the lead's marker
    and first words went into the headline.  A lead's marker only ever opens a line of a column: cut there, and
    said."""
    lines = _column()
    head = lines.index("丙城建设职工书屋")
    merged = _merged(lines, head)
    found = paragraphs(merged)
    texts = [p.text for p in found.paragraphs]
    assert "丙城建设职工书屋" in texts and any(t.startswith("本报讯（通讯员李明）") for t in texts)
    assert any(f"line {head + 1} " in why and "read as two printed lines" in why for why in found.doubts.values())
    assert texts == [p.text for p in paragraphs(lines).paragraphs]


def test_a_short_last_line_read_with_the_next_leads_marker_is_cut_though_no_wider_than_the_column():
    """…很 | 好。本报讯（记者吴昊）近日， (a paragraph's last line of two characters and a lead's first line, no wider than
    a full line): nothing in its width says it is two lines, but a lead's marker after text is one."""
    lines = printed_column(["甲城总工会负责人表示，将持续开展技能竞赛活动，很好。",
                            "本报讯（记者吴昊）近日，乙城总工会为一线职工开展免费体检。"] * 6, 12)
    at = lines.index("好。")
    merged = _merged(lines, at)
    assert len(merged[at]) <= 12 + 2  # no wider than a full line with a hung mark or two
    assert merged_lines(merged) == {at: merged[at].index("本报讯")}


def test_a_credit_after_a_paragraphs_end_is_cut_off_but_not_a_credits_second_role():
    """…热烈掌声。本报记者 周洁 摄: a story's last line and its photo credit as one line; a byline's two roles
    (本报记者 李昱霖 本报通讯员 邱恩宇) read as one line stay one credit."""
    paras = ["甲城总工会负责人表示，将持续开展竞赛活动，赢得热烈掌声。", "本报记者 周洁 摄"] * 6
    lines = printed_column(paras, 12)
    at = next(i for i, line in enumerate(lines) if line.endswith("掌声。"))
    merged = _merged(lines, at)
    assert merged_lines(merged) == {at: merged[at].index("本报记者")}
    byline = printed_column(["本报记者 李昱霖", "本报通讯员 邱恩宇"] + [p for story in STORIES for p in story], 12)
    assert merged_lines(_merged(byline, 0)) == {}


def test_a_dateline_closing_a_story_is_not_cut_off():
    """…吴彤说。（本报重庆9月25日电）: some papers close a story on its dateline in brackets, inside the text's last
    line: no opening of a line."""
    paras = ["甲城总工会负责人表示，将持续开展竞赛活动，吴彤说。（本报重庆9月25日电）"] * 8
    assert merged_lines(printed_column(paras, 12)) == {}


def test_a_continued_marker_or_a_photo_credit_read_with_the_next_line_is_cut_after_it():
    """（上接第1版）此次大会涵盖展览 and 本报记者 陈艺 摄丙城建设职工书屋: a marker or a credit, always a line of
    its own, read with the next line; read whole, the continued text or the next story's headline is inside a
    paragraph that opens on the marker or the credit.  Not inside a credit's last word (摄影报道)."""
    paras = ["（上接第1版）", "此次大会涵盖展览和论坛活动，展览面积一万余平方米，设置六大展示交流区。",
             "甲城总工会负责人表示，将持续开展技能竞赛活动。", "本报记者 陈艺 摄", "丙城建设职工书屋",
             "本报讯（通讯员李明）丙城总工会近日在丙城十个社区建成职工书屋，藏书两万余册。"] * 2
    lines = printed_column(paras, 12)
    marker, credit = lines.index("（上接第1版）"), lines.index("本报记者 陈艺 摄")
    assert merged_lines(_merged(lines, marker)) == {marker: len("（上接第1版）")}
    assert merged_lines(_merged(lines, credit)) == {credit: len("本报记者 陈艺 摄")}
    whole = printed_column(["本报记者 盛丽 通讯员 金宇 摄影报道"] + paras, 12)
    assert merged_lines(whole) == {}


def test_a_headline_read_with_its_leads_dated_first_line_is_cut_before_the_date():
    """操场上的“工匠课”11月13日下午，陕西省建设工会: a headline over a lead with no 本报讯 marker, as one line
    wider than the column.  No sentence end, no gap: the lead's date and its comma show where it begins.  Not
    after a word a date reads on from (大会将于9月3日，…)."""
    paras = ["甲城总工会负责人表示，将持续开展技能竞赛活动。", "操场上的“工匠课”",
             "11月13日下午，甲城建设工会在甲城技师学院举行职工技能竞赛，两百余名职工参加。"] * 3
    lines = printed_column(paras, 12)
    head = lines.index("操场上的“工匠课”")
    assert merged_lines(_merged(lines, head)) == {head: len("操场上的“工匠课”")}
    from unionnews.ingest.paragraphs.widths import _dated_lead_at
    assert _dated_lead_at("甲城职工技能大赛将于9月3日，在甲城举", 12) is None


def test_a_short_last_line_read_with_the_next_headline_a_character_past_the_column_is_said():
    """金200万元。西城区开展职工健康体检 in a column of 16 set a character to a place: a paragraph's last line
    (figures in it) and the next story's headline as one line no wider than a full line in ems.  Nothing shows where
    to cut, and the next story's text runs on in the paragraph: the review says the line may be two."""
    lines = ["丁城开展职工健康体检", "本报讯（记者张华）近日，丁城总工", "会为一线职工免费体检，覆盖全市1", "20家企业。",
             "据了解，丁城今年已累计投入专项资", "金200万元。西城区开展职工健康体检", "职工免费体检，覆盖全市120家企",
             "业。", "活动结束后，西城区总工会还向职工", "发放了问卷。", "西城区总工会负责人表示，将把这项",
             "工作办成职工身边的实事。", "本报讯（记者周洁）近日，西城区总", "工会为一线"]
    found = paragraphs(lines)
    holder = next(no for no, nos in found.origin.items() if 6 in nos)
    assert "a character past the column" in found.doubts.get(holder, "")
    ems_set = list(lines)  # the same column set in ems: a full line with figures holds more characters
    ems_set[2], ems_set[3] = "会为一线职工免费体检，覆盖全市12", "0家企业。"
    ems_set[6] = "职工免费体检，覆盖全市120家企业"
    assert not merged_lines(ems_set)


def test_an_editors_credit_read_with_a_storys_last_line_is_cut_off_on_any_page():
    """…办成职工身边的实事。 责任编辑：陈晓: a story's last line and the editors' credit under it read as one line, on
    re-wrapped text whose column no width tells.  The credit closes the story where it stands a line of its own;
    inside the last paragraph the story did not end, and the next item (a headline over text with no lead) was read
    as its subhead, two stories in one file.  Cut off after the sentence; a credit inside running text is no cut."""
    lines = ["甲城新建十家工会驿站", "", "本报讯（记者周洁）近日，甲城总工会在城区新建10家工会驿站，为快递员、外卖骑手",
             "等户外劳动者提供休息、饮水、充电等服务。", "", "甲城总工会负责人表示，将把这项工作办成职工身边的实事。 责任编辑：陈晓",
             "", "", "丁城职工运动会开幕", "", "来自60家单位的800名运动员参赛。", ""]
    texts = [p.text for p in paragraphs(lines).paragraphs]
    assert "甲城总工会负责人表示，将把这项工作办成职工身边的实事。" in texts and "责任编辑：陈晓" in texts
    assert merged_lines(["他说，责任编辑：陈晓 的意见很好。"]) == {}


def test_two_merged_lines_on_a_small_page_leave_its_column_found():
    """享会，近200名职工参加。东港镇开展夏季送清凉活动 and 据了解…投 | 入专项资金200万元。 on a page of nine lines:
    two lines each as long as two of the column are enough to fail the share of full lines a column is read from,
    and the next story's headline was read in the last paragraph.  A line as long as two of the commonest counts as
    two of them; the paragraph's last line is cut from the headline at its full stop, and said (the piece before
    it holds figures and fills the line in characters, so the paragraph may read on: the review says so)."""
    lines = ["乙城举办读书分享会", "本报讯（记者张华）近日，", "乙城总工会举办职工读书分",
             "享会，近200名职工参加。东港镇开展夏季送清凉活动", "用品，价值5万余元。",
             "据了解，东港镇今年已累计投入专项资金200万元。", "本报讯（记者张华）近日，", "东港镇总工会为环卫工人送",
             "去防暑降温"]
    at = lines[3].index("东港镇")
    assert merged_lines(lines).get(3) == at
    found = paragraphs(lines)
    holder = next(no for no, nos in found.origin.items() if 4 in nos)
    assert "line 4 is about twice the column's width" in found.doubts.get(holder, "")
    one_a_line = ["甲城总工会举办职工读书分享会，近200名职工参加。", "活动结束后，甲城总工会还向职工发放了问卷。",
                  "“这样的活动办到了我们心坎上。”", "甲城一名职工说。", "甲城总工会负责人表示，将把这项工作办成职工身边的实事。",
                  "丙城职工运动会开幕", "来自60家单位的800名运动员参赛。", "据了解，甲城今年已累计投入专项资金200万元。"]
    assert not merged_lines(one_a_line)  # paragraphs of their own length: no column, no cut


def test_a_headline_read_with_a_line_between_two_short_lines_is_cut():
    """乙城开展职工健康体检 线职工免费体检，覆盖全市120家 between a paragraph's short last line and the short last
    line of its own paragraph: no full line beside it, but one two lines off on each side (the column is there),
    and the gap parts a headline from a line of text holding a clause mark.  A headline with a word space between
    blank lines, with no full line beside it, stands alone: not cut (顶尖科学家、卓越工 | 程师…)."""
    lines = ["北山区举办读书分享会", "本报讯（记者吴昊）近日，北山区总", "工会举办职工读书分享会，近200", "名职工参加。",
             "“这样的活动办到了我们心坎上。”", "北山区一名职工说。", "北山区总工会负责人表示，将把这项",
             "工作办成职工身边的实事。", "甲城开展职工健康体检", "本报讯（记者周洁）近日，甲城总工",
             "会为一线职工免费体检，覆盖全市1", "20家企业。", "乙城开展职工健康体检 线职工免费体检，覆盖全市120家",
             "企业。", "据了解，乙城今年已累计投入专项资", "金200万元。", "本报讯（记者李明）近日，乙城总工", "会为一"]
    assert merged_lines(lines) == {12: lines[12].index("线职工")}
    texts = [p.text for p in paragraphs(lines).paragraphs]
    assert "乙城开展职工健康体检" in texts
    alone = lines[:12] + ["", "顶尖科学家、卓越工程师、大国工匠 交流论坛在京举行", "",
                         "7月28日下午，顶尖科学家、卓越工程师、大国工匠交流论坛在北京展览馆举行，赢得全场热烈掌声。"]
    assert 13 not in merged_lines(alone)  # between blank lines, no full line beside it: a headline standing alone


def test_a_cut_pieces_last_line_read_with_the_next_pieces_first_is_cut_where_the_full_line_begins():
    """…持续开展技能记者从乙城总工会获悉，今 (a column piece the OCR cut mid-sentence, its short last line read with
    the first line of the next piece): no gap, no sentence end to cut at, so the line was read whole, as a full
    line, and the two pieces ran on in one paragraph the reading order could not take apart.  Every line of a
    column is full but a paragraph's last, so of two lines read as one that do not end a sentence (the paragraph
    goes on under them) the second is a full line of the column: the second begins a column's width before the end.
    Where they end a sentence, the second is that paragraph's last line, and the first is the full one."""
    width = 12
    piece = ["甲城总工会负责人表示，将持续开展技能"]
    text = ["记者从乙城总工会获悉，今年以来，乙城总工会为一线职工开展免费健康体检，覆盖乙城三十余家企业。"]
    lines = printed_column([p for story in STORIES[:2] for p in story] + piece + text + STORIES[2], width)
    at = lines.index("持续开展技能")
    merged = _merged(lines, at)
    assert merged_lines(merged) == {at: len("持续开展技能")}
    found = paragraphs(merged)
    texts = [p.text for p in found.paragraphs]
    assert "甲城总工会负责人表示，将持续开展技能" in texts and any(t.startswith("记者从乙城总工会获悉") for t in texts)
    assert any(f"line {at + 1} " in why and "read as two printed lines" in why for why in found.doubts.values())
    last = next(i for i, line in enumerate(lines) if line.endswith("余家企业。") and i > at)
    merged = _merged(lines, last - 1)
    assert merged_lines(merged) == {last - 1: len(lines[last - 1])}


def test_a_headline_set_across_columns_listing_with_enumeration_commas_is_not_cut():
    """A photo story's headline set wider than the column, under the story above's credit (甲城技能大师、卓越工程师、
    优秀工匠交流会在京举行): headline-shaped up to the column's last width of characters, and the rest holding a 、,
    it was cut there as a headline over a line of text, and the headline's rest ran on into the caption.  Both
    pieces have a headline's shape: one headline, set across columns."""
    head = "甲城技能大师、卓越工程师、优秀工匠交流会在京举行"
    lines = _column(15)
    at = lines.index(STORIES[1][0])
    caption = printed_column(["9月3日下午，甲城技能大师、卓越工程师、优秀工匠交流会在京举行，三十余名工匠参加。"], 15)
    lines = lines[:at] + ["本报记者 陈艺 摄", head] + caption + ["本报记者 王芳 摄影报道"] + lines[at:]
    assert len(head) > 15
    assert lines.index(head) not in merged_lines(lines)


def test_a_glyph_or_two_read_with_the_next_full_line_at_a_gap_is_cut_though_little_past_the_column():
    """…乙城总工会与丙城工会联合 | 在 and 丙城技师学院举行职工技能 (a paragraph's last line of one glyph, then a full
    line, read as one at a space: 在 丙城技师学院…): one character past the column, too little for the width alone; but the
    gap is the engine's join and a full column line stands after it.  A line with two gaps is a word-spaced one,
    whose count says nothing: left whole."""
    paras = ["甲城总工会负责人表示，将持续开展技能竞赛活动，培养更多高技能人才，为企业发展贡献力量。"] * 4
    lines = printed_column(paras + ["本报讯（记者吴昊）近日，乙城总工会与丙城工会联合在", "丙城技师学院举行职工技能展示活动。"]
                           + paras, 12)
    at = lines.index("在")
    merged = lines[:at] + [lines[at] + " " + lines[at + 1]] + lines[at + 2:]
    assert len(lines[at + 1]) == 12 and merged[at].startswith("在 ")
    assert merged_lines(merged) == {at: 2}
    spaced = lines[:at] + ["在 丙城 技师学院举行职工技能"] + lines[at + 2:]
    assert merged_lines(spaced) == {}
