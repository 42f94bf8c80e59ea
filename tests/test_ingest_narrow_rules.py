"""Narrow columns (6–10 characters a line), made up: a headline that exactly fills one line of the column between
cut column pieces, a photo credit cut before its 摄 with stray blank lines between, and a one-line piece the OCR
set apart before a soft break."""
from __future__ import annotations

from unionnews.ingest.decode import unpad
from unionnews.ingest.pageview import Page
from unionnews.ingest.paragraphs import paragraphs
from unionnews.ingest.reorder import sentence_joins
from unionnews.ingest.segment import make_units
from variants import printed_column

# A cut piece whose last line fills the column and stops on a comma (…形成合力，), the next item's headline, as
# long as the column (某县成立劳模工匠学院), then its lead's rest (前，…), whose first words the lead's cut first
# line claims (…通讯员李华）日 | 前: the word 日前), read further down.
HEADLINE_PAGE = [
    "# 某市举办职工技能大赛",
    "本报讯（记者王林）10月8日，某市第三届职工技能大赛开幕，来自全市各行业的五百名职工参加。",
    "大赛设焊接、电工、数控等十个项目，推动各级工会互学互鉴，强化系统联动，形成合力，",
    "某县成立劳模工匠学院",
    "前，某县劳模工匠学院揭牌仪式在县职业技术学院举行，标志着学院正式运营。",
    "该学院将开设焊接、电工等课程，培养技能人才。",
    "本报讯（记者张明 通讯员李华）日",
    "提升职工的技能水平。",
]

CREDIT_PAGE = [
    "某市职工技能大赛开幕",
    "本报讯（记者王林）10月8日，某市第三届职工技能大赛开幕，来自全市的五百名职工参加。",
    "本报记者 张明远 摄",
    "某县举办劳模事迹报告会",
    "本报讯（记者李华）10月9日，某县劳模事迹报告会在县工人文化宫举行。",
]


def test_a_headline_exactly_filling_one_narrow_line_ends_where_a_lead_claims_the_next_line():
    """…形成合力， | 某县成立劳模工匠学院 | 前，某县劳模工匠学院揭牌…: in a column of ten characters the headline fills its
    one line, and the line under it opens on a cut word's end that a lead's cut line claims (…李华）日 | 前).  The
    headline is read as one (the text under it goes on another line's sentence), so it ends there too, as a
    headline of two or more full lines does: its one line is no sentence going on at 前，."""
    lines = printed_column(HEADLINE_PAGE, 10)
    assert lines[9:12] == ["系统联动，形成合力，", "某县成立劳模工匠学院", "前，某县劳模工匠学院"]  # all fill the column
    texts = [p.text for p in paragraphs(unpad(lines)).paragraphs]
    assert "".join(texts) == "".join(HEADLINE_PAGE)  # nothing lost
    assert "某县成立劳模工匠学院" in texts
    assert "前，某县劳模工匠学院揭牌仪式在县职业技术学院举行，标志着学院正式运营。" in texts


def test_a_photo_credit_cut_before_its_she_across_stray_blanks_in_a_column_is_one_line():
    """本报记者 张明远 | (blank) | (blank) | 摄: in a column of eight characters the credit's name fills the line and its
    摄 goes to the next, with stray blank lines between.  A credit is one short printed run: the 摄 is its end, not
    the first word of the next item (its headline 某县举办…)."""
    lines = printed_column(CREDIT_PAGE, 8)
    at = lines.index("本报记者 张明远")
    lines[at + 1:at + 1] = ["", ""]
    texts = [p.text for p in paragraphs(unpad(lines)).paragraphs]
    assert "本报记者 张明远 摄" in texts
    assert "某县举办劳模事迹报告会" in texts



def test_a_photo_report_credit_cut_after_its_she_keeps_its_rest():
    """本报记者 张明远 摄 | (blank) | 影报道: a column that the credit's 摄 filled put 影报道 on the next line, a stray
    blank between.  The credit alone is whole (…摄), so the line under it was read as the next item's first words,
    and 影报道 headed a story of its own.  No line of text begins with the rest of 摄影报道."""
    page = [line.replace("张明远 摄", "张明远 摄影报道") for line in CREDIT_PAGE]
    for width, blanks in ((10, 1), (10, 0), (10, 2)):
        lines = printed_column(page, width)
        at = lines.index("本报记者 张明远 摄")
        assert lines[at + 1] == "影报道"
        lines[at + 1:at + 1] = [""] * blanks
        texts = [p.text for p in paragraphs(unpad(lines)).paragraphs]
        assert "本报记者 张明远 摄影报道" in texts and "某县举办劳模事迹报告会" in texts


# A page read out of order, a paragraph a line: two headlines each over their lead's rest, the leads read below; a
# piece the OCR set apart (和产教融合创新平台。: no sentence begins with 和, and the line before it in the file is
# finished), then, after a soft break (a full column line ending a sentence), a line of another story.
PIECE_PAGE = [
    "某市搭建工会交流平台",
    "宁市总工会举办职工联谊活动，在全市率先搭建工会交流平台，为全市工会系统联动发展探索出新",
    "促职工共赢”为核心，打破区域壁垒，推动各级工会在服务职工等方面互学互鉴。",
    "某市成立工匠学院",
    "前，某市工匠学院揭牌仪式在市技师学院举行。未来，该学院将成为工匠精神传承阵地、技能人才培育摇篮",
    "该学院由某市总工会与市技师学院共建，将开设焊接、电工等课程。",
    "和产教融合创新平台。",
    "本次活动以“跨区域联动、聚工会合力、",
    "本报讯（记者张明）日",
    "本报讯（记者王林）近日，青海省西",
]


def test_a_piece_that_cannot_begin_where_it_stands_does_not_run_on_across_a_soft_break():
    """和产教融合创新平台。 | 本次活动以…: the piece fills its column line and ends a sentence, so the paragraph stage
    could not tell whether its paragraph ends there (a soft break).  But the piece cannot begin where the OCR read
    it: its sentence began elsewhere, and the OCR set it apart from its column; the file's next line is the next
    such piece, not its column running on.  The run-on across the soft break is no candidate join for it."""
    lines = [line for text in PIECE_PAGE for line in (text, "")]
    units = make_units(lines, None)
    piece, after = lines.index("和产教融合创新平台。") + 1, lines.index("本次活动以“跨区域联动、聚工会合力、") + 1
    page = Page(units, soft=frozenset({after}))
    joins = sentence_joins(page)
    assert piece not in joins or joins[piece].b != after


TAB_PAGE = [
    "某市举办职工技能大赛",
    "本报讯（记者张明远 李华）10月8日，某市第三届职工技能大赛开幕，来自全市的五百名职工参加。",
    "大赛设焊接、电工、数控等十个项目。",
    "某县举办劳模事迹报告会",
    "本报讯（记者王林）10月9日，某县劳模事迹报告会在县工人文化宫举行。",
]


def test_a_tab_under_a_full_line_going_on_mid_sentence_is_a_word_space_not_an_indent():
    """本报讯（记者张明远 | \\t李华）10月8日，…: an engine that prints indents and word spaces alike as a tab, in a column
    of nine characters where the credit's word space falls at a line's start.  The line above fills the column and
    ends no sentence (its bracket is even open), so no paragraph ends there: the tab is the word space, and the lead
    is one paragraph.  Each paragraph's own indent (a tab under a finished line) still opens it."""
    lines = [line.replace(" ", "\t") for line in printed_column(TAB_PAGE, 9, indent="\t")]
    assert "\t李华）10月8日，" in lines
    texts = [p.text for p in paragraphs(lines).paragraphs]
    assert [t.replace("\t", "").replace(" ", "") for t in texts] == [t.replace(" ", "") for t in TAB_PAGE]


# a story's last paragraph, then another story's rest from page 2 under its 上接 marker, whose brackets the engine
# set one half-width and one full-width
MIXED_BRACKET_PAGE = [
    "某市举办职工技能大赛",
    "本报讯（记者王林）10月8日，某市第三届职工技能大赛开幕，来自全市的五百名职工参加。",
    "选手们展现了良好风貌。",
    "(上接第2版）",
    "会议强调，各级工会要结合实际，做好服务职工工作。",
]


def test_a_continuation_marker_with_brackets_of_two_widths_is_a_line_of_its_own():
    """…良好风 | 貌。 | (上接第2版） | 会议强调，各 | …: in a column of six characters the marker fills its line.  Its
    brackets are one half-width and one full-width, as an engine sets each bracket on its own; counted by width it
    left a bracket open and ran on into the continued story's text, which then read as the end of the story above
    with no 上接 marker to part them.  Either width is the same round bracket: the marker is closed, and a line of
    its own."""
    lines = printed_column(MIXED_BRACKET_PAGE, 6)
    assert "(上接第2版）" in lines
    texts = [p.text for p in paragraphs(lines).paragraphs]
    assert "(上接第2版）" in texts
    assert any(t.startswith("会议强调") for t in texts)


# a story's last lines in a column of thirteen, the section editor's credit the width cut inside its last name
# (周 | 立）), and the next item's headline, which the OCR read apart from its lead
CUT_CREDIT_LINES = [
    "某县开展夏季送清凉活动",
    "本报讯（记者王林）近日，某",
    "县总工会为环卫工人送去防暑",
    "降温用品，价值5万余元。",
    "据了解，某县今年已累计投入",
    "专项资金200万元。",
    "（责编：孙琳 版式 周",
    "立）",
    "某区开展职工",
    "健康体检",
    "覆盖全市120家企业。",
]


def test_a_staff_credit_the_width_cut_inside_its_last_name_is_one_paragraph():
    """…5万余元。 | （责编：孙琳 版式 周 | 立）| 某区开展职工 | …: the credit's first line opens on a role, but its last
    name (周立) is cut to one character, so neither line is a whole credit: read apart, the first was a subhead of
    the story above and the second (立）) ran on into the next item's headline, two stories in one file with no
    review reason.  A line opening on a role that the next line makes a whole credit is one credit."""
    texts = [p.text for p in paragraphs(CUT_CREDIT_LINES).paragraphs]
    assert "（责编：孙琳 版式 周立）" in texts
    assert not any(t.startswith("立）") for t in texts)


# Two briefs of one formula whose leads the OCR read at the page's foot, each cut on the same word (…为职 | 工提供…):
# the first brief's headline exactly fills its one line of the column, after a finished paragraph.
FORMULA_PAGE = [
    "某镇举办职工运动会",
    "本报讯（记者李明）近日，某镇总工会举办职工运动会，三百名职工参加。",
    "南湖新开十家职工书屋",
    "工提供阅读、学习、交流等服务。",
    "北湖区新开十家职工书屋",
    "工提供阅读、学习、交流等服务。",
    "本报讯（记者王红）近日，南湖区总工会新开十家职工书屋，为职",
    "本报讯（记者赵刚）近日，北湖区总工会新开十家职工书屋，为职",
]


def test_a_one_line_headline_after_a_finished_paragraph_ends_where_two_formula_leads_claim_the_text_under_it():
    """…参加。 | 南湖新开十家职工书屋 | 工提供阅读…: the headline fills its line of ten characters, and the line under
    it opens on the end of the word two leads' cut ends make (…为职 | 工: 职工).  One word claimed by two cut lines is
    one claim (either lead goes on there), and after a finished paragraph the headline is a paragraph of its own,
    not the first line of the text under it (joined, the brief's headline would run on into its text in the story
    above, with nothing in review)."""
    lines = printed_column(FORMULA_PAGE, 10)
    assert "南湖新开十家职工书屋" in lines
    texts = [p.text for p in paragraphs(unpad(lines)).paragraphs]
    assert "".join(texts) == "".join(FORMULA_PAGE)  # nothing lost
    assert "南湖新开十家职工书屋" in texts
    assert texts.count("工提供阅读、学习、交流等服务。") == 2


# A column read out of order: a full line ending a sentence (…好办法。) before a short one (他说，…), a soft break; under
# them a piece of another story the OCR put there, stopping on a preposition (…例如，针对), its rest nowhere near.
SOFT_PAGE = [
    "甲城举办职工技能大赛",
    "本报讯（记者周洁）近日，甲城总工会举办职工技能大",
    "赛，来自甲城各企业的两百余名职工参加了这次比",
    "赛。比赛设焊工、电工等多个项目，职工们比拼技能，",
    "甲城总工会负责人说，技能竞赛是培养人才的好办法。",
    "他说，这才是关键所在。",
    "今年以来，乙城总工会为职工建立健康档案。例如，针对",
    "乙城开展职工健康体检",
    "本报讯（记者吴昊）近日，乙城总工会为一线职工开",
    "展免费健康体检，覆盖乙城三十余家企业。乙城总工",
    "会还为职工建立健康档案，跟踪体检结果。",
]


def test_a_weak_guess_takes_no_line_its_column_runs_on_to_across_a_soft_break():
    """…好办法。 | 他说，这才是关键所在。: a soft break, and the short line under it cannot begin where it stands by its
    form alone (a paragraph's last line, shorter than the column).  The piece under it needs a continuation
    (…例如，针对), and nothing in the text ties the two: only a weak guess, which put the piece's sentence on into
    甲城's paragraph, taking its last line from the column that prints it.  The column runs on there."""
    lines = [line for text in SOFT_PAGE for line in (text, "")]
    before, after = lines.index(SOFT_PAGE[4]) + 1, lines.index(SOFT_PAGE[5]) + 1
    page = Page(make_units(lines, None), soft=frozenset({after}))
    joins = sentence_joins(page)
    assert before in joins and joins[before].b == after
    assert not any(j.b == after and j.a != before for j in joins.values())
