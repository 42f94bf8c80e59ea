"""Two columns read straight across each row (Tesseract ``--psm 6``, phone scanner apps; ``rowjoin`` in
tests/variants.py): where the gap between the two lines of a row is, which column a line alone on its row goes
with, and pages of a few rows.  Made-up pages; each case read a row wrong, or was not read as rows at all (two
stories run into one sentence), before the rule it names."""
from __future__ import annotations

import pytest
from test_ingest_property import _mixed_without_review, assert_import_loses_nothing
from test_ingest_third import _same_articles
from unionnews.ingest.rowsacross import rows_across
from variants import article_texts, invented, relayout

# a right column of full lines (twelve characters), running text
RIGHT = ["乙城总工会为一线职工开展免", "费健康体检，覆盖乙城三十余", "家企业的职工，体检项目包括", "血常规、心电图等多个项目。",
         "乙城总工会负责人表示，将把", "体检作为一项长期工作，每年", "为一线职工开展免费体检，让", "职工切实感受到工会的温暖。",
         "据了解，乙城今年已累计投入", "专项资金两百万元，惠及职工"]


def _rows(left: list[str], right: list[str], gap: str = " ") -> list[str]:
    """Each row the left line, the gap and the right line; a line alone where the other side is blank."""
    return [a + gap + b if a and b else a or b for a, b in zip(left, right)]


def test_a_word_space_near_the_column_edge_is_no_gap():
    """An OCR'd word space one character short of the column's edge (推动建 立): counted in display width the left
    half before it is as near the column as the row's true gap, so the row was cut there and 立 went to the other
    column.  The left half of a full line fills the column counted a character a cell; the gap after 立 does."""
    left = ["甲城总工会近日举办职工技能", "大赛，两百余名职工参加比赛", "。甲城总工会近日推动建 立", "职工创新工作室联盟，集智攻",
            "关技术难题，为企业发展服务", "。甲城总工会负责人表示，将", "持续开展技能竞赛，为职工搭", "建展示技能的舞台，让更多职",
            "工在岗位上成长成才，建功立", "业，推动企业高质量发展。"]
    lines, column, _guessed = rows_across(_rows(left, RIGHT))
    assert column is not None and lines == left + RIGHT


def test_a_credit_alone_on_its_row_keeps_its_word_spaces():
    """The left column ended; the right one's last lines stand alone on their rows, its credit among them
    (本报记者 张三 摄): its word space was read as the row's gap and the credit cut in two.  A line that fits one
    column inside a run of lines alone is one column's line."""
    left = ["甲城总工会近日举办职工技能", "大赛，两百余名职工参加比赛", "，比赛设焊工、电工等项目，", "职工在赛场上比拼技能。",
            "甲城总工会负责人表示，将持", "续开展技能竞赛活动。", "", "", "", ""]
    right = RIGHT[:8] + ["活动现场气氛热烈。", "本报记者 张三 摄"]
    left, right = left + ["", ""], right + ["", ""]
    right[10:] = ["", ""]
    lines, column, _guessed = rows_across(_rows(left, right))
    assert column is not None and lines[len(left):] == right
    assert "本报记者 张三 摄" in lines and "张三 摄" not in lines


def test_a_run_alone_after_a_headline_goes_with_the_headline():
    """The left column ends on a paragraph's short last line, the right one on a headline's (short, on no mark):
    the lines alone below were put with the left column, the headline parted from its story.  A headline goes on
    into its lead; a paragraph that ended on a sentence's end need not: the run goes with the headline."""
    left = ["甲城总工会近日举办职工技能", "大赛，两百余名职工参加比赛", "，比赛设焊工、电工等项目，", "职工在赛场上比拼技能，现场",
            "气氛热烈，观众纷纷叫好。甲", "城总工会负责人表示，将持续", "开展技能竞赛活动，为职工搭", "建展示技能的舞台。",
            "", "", "", ""]
    right = RIGHT[:6] + ["为一线职工开展体检。", "丙城开展送清凉活动", "本报讯 近日，丙城总工会为", "户外劳动者送去防暑降温用品",
                         "，受到职工欢迎。", "本报记者 张三"]
    lines, column, _guessed = rows_across(_rows(left, right, "\t"))
    assert column is not None and lines == left + right


def test_a_page_of_few_rows_is_read_as_two_columns(tmp_path):
    """Two short stories side by side, four rows: too few for the eight rows a page must have to be read across,
    so each row ran the two stories' sentences into one.  Three rows or more at one column (two where every line
    with a gap holds one), half the lines holding a gap and running text on both sides: two columns."""
    text = ("甲城开展职工健康体检\n\n本报讯（记者周洁）近日，甲城总工会为一线职工免费体检，覆盖全市120家企业。\n\n\n"
            "乙城开展职工健康体检\n\n本报讯（记者周洁）近日，乙城总工会为一线职工免费体检，覆盖全市120家企业。\n\n\n")
    for layout, seed in (("printed+rowjoin", 0), ("printed+nomarkup+rowjoin", 336)):
        page, plain = relayout(text, layout, seed), relayout(text, layout, seed, printed_only=True)
        assert len([line for line in page.split("\n") if line.strip()]) < 8
        (tmp_path / f"{seed}").mkdir()
        _same_articles(page, plain, tmp_path / f"{seed}")


def test_a_short_page_of_word_spaced_lines_is_not_read_as_rows():
    """A single column whose lines hold a name list's word spaces: no running text on both sides, one column."""
    lines = ["本报记者 张三", "本报记者 李四", "本报记者 王五", "通讯员 赵六"]
    assert rows_across(lines)[1] is None


def test_a_credit_beside_a_full_line_is_not_cut_between_its_parts():
    """A photo credit, the left column's last line, beside the right one's short last line (本报记者 陈艺 摄 |
    惠及职工。): each of its word spaces leaves a right half no wider than a line, and the one leaving it nearest the
    column's width was taken (本报记者 | 陈艺 摄 惠及职工。).  A credit's word and its name, or a name and 摄, are
    set on one line."""
    left = ["甲城总工会近日举办职工技能", "大赛，两百余名职工参加比赛", "，比赛设焊工、电工等项目，", "职工在赛场上比拼技能，现场",
            "气氛热烈，观众纷纷叫好。甲", "城总工会负责人表示，将持续", "开展技能竞赛活动，为职工搭", "建展示技能的舞台。",
            "甲城职工书屋开放，职工可以", "本报记者 陈艺 摄"]
    right = RIGHT[:9] + ["惠及职工。"]
    lines, column, _guessed = rows_across(_rows(left, right))
    assert column is not None and lines == left + right


def test_an_items_opening_words_begin_a_line():
    """A headline's last line beside the right column's lead (行动方案 | 本报讯（记者张三 通讯员李四）…): the word
    space inside the lead's credit left a left half that fills the column, and the row was cut there (行动方案 本报讯（记者
    张三 | 通讯员李四…).  A dateline, a staff credit, a column label or heading markup begins its printed line: a half
    holding one after a word space is no column's line."""
    left = ["甲城总工会近日举办职工技能", "大赛，两百余名职工参加比赛", "，比赛设焊工、电工等项目，", "职工在赛场上比拼技能。",
            "甲城发布职工技能提升三年", "行动方案", "本报讯（记者王五）近日，甲", "城总工会发布职工技能提升三",
            "年行动方案，将持续开展技能", "竞赛活动。"]
    right = RIGHT[:3] + ["血常规、心电图等多个项目。", "丙城开展送清凉活动", "本报讯（记者张三 通讯员李", "四）近日，丙城总工会为户外",
                         "劳动者送去防暑降温用品，受", "到职工欢迎。", ""]
    lines, column, _guessed = rows_across(_rows(left, right))
    assert column is not None and lines == left + right


# a left column opening on a credit of two lines (本报记者 王五 本报通讯员 | 赵六 钱七), then running text
CREDITED = ["本报记者 王五 本报通讯员", "赵六 钱七", "甲城总工会近日举办职工技能", "大赛，两百余名职工参加比赛",
            "，比赛设焊工、电工等项目，", "职工在赛场上比拼技能，现场", "气氛热烈，观众纷纷叫好。甲", "城总工会负责人表示，将持续",
            "开展技能竞赛活动。", ""]


def test_a_credit_word_ending_a_full_line_leaves_its_name_to_the_next():
    """A credit's word at the end of its line (本报记者 王五 本报通讯员 | 十余家企业，…): no name fits after it, so the
    name went to the next line; parting the row there was taken for cutting the credit from its name, and the row
    was cut inside the credit instead (本报记者 王五 | 本报通讯员 十余家企业，…).  A credit's word is set with its name
    only where the line has room."""
    left = CREDITED
    right = ["十余家企业，", "职工纷纷表示欢迎。"] + RIGHT[:8]
    lines, column, _guessed = rows_across(_rows(left, right))
    assert column is not None and lines == left + right


def test_a_line_of_names_alone_ends_a_credit():
    """A credit's last line, its names alone (赵六 钱七), beside a short right line (求，): each half short, so the
    row was cut between the two names, the nearer the right column's width (赵六 | 钱七 求，).  A line of names alone
    is a credit's last: it ends its item, as a sentence's end does."""
    left = CREDITED
    right = ["为职工办实事，满足职工的需", "求，"] + RIGHT[:8]
    lines, column, _guessed = rows_across(_rows(left, right))
    assert column is not None and lines == left + right


def test_a_short_page_with_short_left_lines_is_read_across():
    """Six rows of two short stories, half of whose left lines are headlines or paragraphs' last lines (乙城举办读书
    分享会 | 据了解，…): only three rows parted at the column, one of whose right halves a page-end fragment (温), so
    the page was read as one column and the stories ran into each other.  A row whose right half alone fills a line
    the column wide is a row too (a single column's line holds no word space and then a full line)."""
    page = ["乙城举办读书分享会 据了解，东港镇今年已累计投入", "本报讯（记者张华）近日，乙城 专项资金200万元。",
            "总工会举办职工读书分享会，近 本报讯（记者张华）近日，东港", "200名职工参加。 镇总工会为环卫工人送去防暑降",
            "东港镇开展夏季送清凉活动 温", "用品，价值5万余元。"]
    lines, column, _guessed = rows_across(page)
    assert column is not None
    assert [line for line in lines if line] == [
        "乙城举办读书分享会", "本报讯（记者张华）近日，乙城", "总工会举办职工读书分享会，近", "200名职工参加。",
        "东港镇开展夏季送清凉活动", "用品，价值5万余元。", "据了解，东港镇今年已累计投入", "专项资金200万元。",
        "本报讯（记者张华）近日，东港", "镇总工会为环卫工人送去防暑降", "温"]


def test_a_row_beside_a_right_line_going_on_mid_sentence_is_parted():
    """A half-width page's last rows: a headline beside the right column's next line (东港镇开展夏季送清凉活动 | 人送去
    防暑降温), then a line alone.  The row fits one column, so it was taken for one column's line with a word space;
    but the right column's last line stopped mid-sentence where the left one's ended a paragraph, and a left half of a
    word longer than a name is no credit's: the row's right half is the right column's next line."""
    page = ["乙城举办读书分享会 据了解,东港镇今年已累计投入专项资金200万", "本报讯(记者张华)近日,乙城总工会举办职工读 元。",
            "书分享会,近200名职工参加。 本报讯(记者张华)近日,东港镇总工会为环卫工", "东港镇开展夏季送清凉活动 人送去防暑降温",
            "用品,价值5万余元。"]
    lines, column, _guessed = rows_across(page)
    assert column is not None
    assert [line for line in lines if line] == [
        "乙城举办读书分享会", "本报讯(记者张华)近日,乙城总工会举办职工读", "书分享会,近200名职工参加。", "东港镇开展夏季送清凉活动",
        "用品,价值5万余元。", "据了解,东港镇今年已累计投入专项资金200万", "元。", "本报讯(记者张华)近日,东港镇总工会为环卫工",
        "人送去防暑降温"]


def test_a_short_page_whose_headlines_outnumber_its_full_lines():
    """Fourteen rows whose right column holds three headlines as wide as one another: the right column's width,
    taken as the width its lines most often take, was a headline's, and each row whose right half was a full line
    was left whole (乙城新建十家工会驿站 “这样的活动…”).  On a page of few rows the right column is as wide as the
    widest width two of its lines reach."""
    page = ["乙城新建十家工会驿站 “这样的活动办到了我们心坎上。”",
            "0家工会驿站，为快递员、外卖骑手 北山区一名职工说。",
            "等户外劳动者提供休息、饮水、充电 甲城举办职工技能竞赛",
            "等服务。 本报讯（记者李明）近日，甲城总工",
            "据了解，乙城今年已累计投入专项资 会举办职工技能大赛，来自80家企",
            "金200万元。 业的300余名职工参加比赛。",
            "北山区新建十家工会驿站 活动结束后，甲城总工会还向职工发",
            "本报讯（记者吴昊）近日，北山区总 放了问卷。",
            "工会在城区新建10家工会驿站，为 南湖区职工运动会开幕",
            "快递员、外卖骑手等户外劳动者提供 本报讯（记者周洁）近日，南湖区总",
            "休息、饮水、充电等服务。 工会举办第十届职工运动会，来自6",
            "据了解，北山区今年已累计投入专项 0家单位的800名运动员参赛。",
            "资金200万元。 本报讯（记者周洁）近日，乙城总工",
            "会在城区新建1"]
    lines, column, _guessed = rows_across(page)
    n = len(page)
    assert column is not None
    assert lines[0] == "乙城新建十家工会驿站" and lines[n] == "“这样的活动办到了我们心坎上。”"
    assert lines[3] == "等服务。" and lines[n + 3] == "本报讯（记者李明）近日，甲城总工"
    assert lines[12] == "资金200万元。" and lines[n + 12] == "本报讯（记者周洁）近日，乙城总工"


def test_a_page_of_four_lines_two_parted_at_a_wide_gap_is_read_across():
    """Two stories' headlines and first lines side by side, the other column's lead lines alone below (a half-width
    page, two spaces between the halves): two rows, neither left half at the column's edge, so no column was found
    and each row ran the two stories into one line.  On a page of four lines or fewer, two lines parted at one gap no
    word space is (two spaces, a tab) are two rows; the lines alone are a guess, said in review."""
    page = ["东港镇举办读书分享会  丁城举办读书分享会", "办职工读书分享会,近200名职工参加。  工读书分享会,近200名职工参加。",
            "本报讯(记者李明)近日,东港镇总工会举", "本报讯(记者郑凯)近日,丁城总工会举办职"]
    lines, column, guessed = rows_across(page)
    assert column is not None and guessed == [3, 4]
    assert lines[:2] == ["东港镇举办读书分享会", "办职工读书分享会,近200名职工参加。"]
    assert lines[4:6] == ["丁城举办读书分享会", "工读书分享会,近200名职工参加。"]


def test_a_line_alone_with_a_word_space_near_its_end_stays_whole():
    """The right column ended; the left one's lines stand alone on their rows, one of them holding an OCR'd word space
    before its last character (工会将城区核心区域的十 家): its left part came within the four columns a full line may fall
    short by, so it was taken for a full left line and the row parted, 家 sent to the other column.  A line that fits
    one column whole is no full left line and a right one: only a left part filling the column exactly parts it."""
    left = ["甲城总工会近日举办职工技能", "大赛，两百余名职工参加比赛", "，比赛设焊工、电工等项目，", "职工在赛场上比拼技能，现场",
            "气氛热烈，观众纷纷叫好。甲", "城总工会负责人表示，将持续", "开展技能竞赛活动，为职工搭", "建展示技能的舞台。甲城总",
            "工会将城区核心区域的十 家", "工会驿站升级打造为全天候的", "智能化驿站。"]
    right = RIGHT[:8] + ["", "", ""]
    lines, column, _guessed = rows_across(_rows(left, right))
    assert column is not None and lines == left + right


def test_a_short_left_line_parted_from_its_right_line_by_a_tab_is_two_columns():
    """A row written as its left line, a tab and its right line, no padding: where the left line is a paragraph's
    short last line its tab stops short of the gutter every other row's tab reaches, and the row was read as a
    left-column line, the right column's last words (举办) run on after the left one's full stop."""
    from unionnews.ingest.sidebyside import read_columns
    left = ["甲城开展职工", "健康体检", "本报讯（记者", "李明）近日，", "甲城总工会为", "一线职工免费", "体检，覆盖全",
            "市一百家企", "业。"]
    right = ["乙城举办读", "书分享会", "职工读书分享", "会，近两百", "名职工参加。", "本报讯（记者", "李明）近日，",
             "乙城总工会", "举办"]
    lines, column = read_columns(_rows(left, right, gap="\t"))
    assert column is not None
    assert [line for line in lines if line] == left + right


def test_a_short_page_whose_column_is_counted_a_character_a_cell_imports(tmp_path):
    """A short page of rows (half-width marks, digits) whose left column is found counting a character a cell: no
    gap ends at that column in display width, and the page failed with an internal error, imported not at all.
    The commonest gap parts its rows, and every printed character is kept."""
    from test_ingest_property import assert_import_loses_nothing

    page = ("甲城职工运动会开幕  丁城总工会负责人表示,将把这项工作办成职工身\n"
            "十届职工运动会,来自60家单位的800名运动  边的实事。\n"
            "员参赛。  活动结束后,丁城总工会还向职工发放了问卷。\n"
            "丁城开展职工健康体检  本报讯(记者郑凯)近日,甲城总工会举办第\n"
            "费体检,覆盖全市120家企业。  本报讯(记者周洁)近日,丁城总工会为一线职工\n免\n")
    assert rows_across(page.splitlines())[1] is not None
    assert_import_loses_nothing(page, tmp_path)


# short stories, each a headline and a lead: two set side by side, a third below one column
LONG = ["乙城举办职工书法作品展", "本报讯（记者王五）近日，乙城总工会举办职工书法作品展，展出一线职工作品一百二十幅。"]
SHORT = ["乙城举办职工书法作品展", "乙城总工会举办职工书法作品展，展出作品八十幅。"]
BESIDE = ["丙城开展安全生产月活动", "丙城总工会组织五十家企业开展安全知识竞赛，三千余名职工参加。"]
BELOW = ["丁城表彰劳动模范", "据悉，丁城总工会日前表彰了四十名劳动模范和先进工作者，号召职工向他们学习。"]


@pytest.mark.parametrize("first, width, gap, side", [(LONG, 10, " ", "left"), (LONG, 12, "\t", "left"),
                                                     (LONG, 16, "  ", "left"), (SHORT, 12, " ", "right"),
                                                     (SHORT, 14, "\t", "right"), (SHORT, 18, "  ", "left")],
                         ids=["long-10-space", "long-12-tab", "long-16-two", "short-12-space", "short-14-tab",
                              "short-18-two"])
def test_a_short_page_whose_row_is_too_wide_for_one_column_is_read_across(tmp_path, first, width, gap, side):
    """A short page, two stories side by side for a few rows (a headline row, then their leads), then one column's
    lines alone where the other ended.  Too few rows part at one column for the column to be found, so each row
    ran the two stories into one sentence.  A line whose halves are each as wide as the widest line the column's
    edge broke (running text stopping mid-sentence, a line below it), each stopping mid-sentence with a row below,
    is no line of one column: the page is two columns read across."""
    stories = [first, BESIDE, BELOW]
    one, two, three = ([text[k:k + width] for text in story for k in range(0, len(text), width)] for story in stories)
    left, right = (one, two + three) if side == "right" else (one + three, two)
    page = _rows(left + [""] * (len(right) - len(left)), right + [""] * (len(left) - len(right)), gap)
    assert len(page) < 16
    lines, column, _guessed = rows_across(page)
    assert column is not None
    assert [line for line in lines if line] == left + right
    plain = "".join(f"{head}\n\n{lead}\n\n\n" for head, lead in stories)
    content = assert_import_loses_nothing("\n".join(page) + "\n", tmp_path, plain)
    assert _mixed_without_review(content) == [] and invented(article_texts(content), plain) == []


def test_a_short_single_column_page_of_word_spaced_lines_is_not_read_across():
    """A single column whose lines hold word spaces: its lines are no wider than the one the column's edge broke
    (本报讯…乙城总工会), so no line holds two halves each that wide."""
    page = ["乙城举办职工书法作品展", "本报讯（记者王五）近日，乙城总工会", "举办职工书法 作品展，展出一线职工", "作品一百二十幅。",
            "丙城开展安全生产月活动", "丙城总工会组织五十家 企业开展安全知", "识竞赛，三千余名职 工参加。"]
    assert rows_across(page)[1] is None


def test_a_headline_at_the_left_columns_foot_is_said_in_review(tmp_path):
    """A short page read across whose left column ends on a headline (甲城开展职工健康体检), its lead among the right
    column's last lines: read on into the right column's top, it headed the story printed there, a file mixing two
    stories with no review reason.  A paper sets no headline at a column's foot: which story it heads is a guess,
    said in review."""
    page = ("北山区举办读书分享会 南湖区开展职工健康体检\n本报讯（记者王芳）近日，北山区 本报讯（记者吴昊）近日，南湖区\n"
            "总工会举办职工读书分享会，近2 总工会为一线职工免费体检，覆盖\n00名职工参加。 全市120家企业。\n"
            "“这样的活动办到了我们心坎上。 据了解，南湖区今年已累计投入专\n”北山区一名职工说。 项资金200万元。\n"
            "据了解，北山区今年已累计投入专 南湖区总工会负责人表示，将把这\n项资金200万元。 项工作办成职工身边的实事。\n"
            "乙城举办读书分享会 本报讯（记者郑凯）近日，乙城总\n00名职工参加。 工会举办职工读书分享会，近2\n"
            "甲城开展职工健康体检 本报讯（记者郑凯）近日，甲\n城总工会为一线职工免费体检，覆\n盖全市120家企业。\n")
    assert rows_across(page.splitlines())[1] is not None
    content = assert_import_loses_nothing(page, tmp_path)
    assert _mixed_without_review(content) == []
    assert any("reads as a headline" in note for a in article_texts(content) for note in a["review"])


@pytest.mark.parametrize("gap", ["\t", "  "])
def test_a_short_page_whose_right_column_is_cut_off_is_read_across(gap):
    """Four rows parted by a tab or two spaces, the right column cut off mid-sentence where the page ends (知识): a
    right half short of the column on no sentence's end was taken for a half cut at a word space, one row in four too
    many for the page to read as rows, and each row ran two stories into one sentence.  No word space parts these
    rows: a column's text cut off stops anywhere."""
    left = ["乙城举办职工书法作品展", "本报讯（记者王五）近日，乙城", "总工会举办职工书法作品展，展", "出一线职工作品一百二十幅，号",
            "召职工踊跃参观。", "丁城表彰劳动模范", "丁城总工会表彰了四十名劳模。"]
    right = ["丙城开展安全生产月活动", "本报讯（记者李四）近日，丙城", "总工会组织五十家企业开展安全", "知识", "", "", ""]
    lines, column, _guessed = rows_across(_rows(left, right, gap))
    assert column is not None and lines == left + right


@pytest.mark.parametrize("page", [
    "北山区举办读书分享会 乙城举办读书分享会\n本报讯(记者周洁)近日,北山区总工会举办职工读 本报讯(记者周洁)近日,乙城总工会举办职工读书\n"
    "书分享会,近200名职工参加。 分享会,近200名职工参加。\n",
    "南湖区职工运动会开幕 据了解，甲城今年已累计投入专项\n800名运动员参赛。 资金200万元。\n甲城开展夏季送清凉活动 本报讯（记者李明）近日，南湖区\n"
    "本报讯（记者王芳）近日，甲城总 总工会举办第十届职工运动会，来\n工会为环卫工人送去防暑降温用品， 自60家单位的\n价值5万余元。\n"],
    ids=["halfwidth", "one-space"])
def test_a_short_page_not_read_across_says_which_lines_may_hold_two_columns(tmp_path, page):
    """Short pages of two stories side by side whose rows part at one space, with no line alone the column's edge
    broke to tell the column's width: not read as two columns, each row ran the two stories into one sentence, in a
    file with no review reason.  A space after a full-width mark (参加。 分享会) or before a dateline (读 本报讯) is
    no column's: the lines holding one are kept and said in review."""
    content = assert_import_loses_nothing(page, tmp_path)
    assert _mixed_without_review(content) == []
    assert any("a gap no line of one column holds" in note for a in article_texts(content) for note in a["review"])


def test_a_short_pages_right_column_is_as_wide_as_its_left_one():
    """A short page whose right halves at the column (a short last line, a headline, a line of half-width digits)
    agree on no width: the widest of them (23 columns) was taken for the right column's, so a full right line with a
    hung comma (区总工会…运动会，, 30) was too wide for it and its row was kept whole, two stories in one line.  Where no
    two right halves agree, the right column is taken as wide as the left one (columns side by side are one width)."""
    page = ["丙城职工运动会开幕 据了解，丙城今年已累计投入专", "本报讯（记者张华）近日，丙城 项资金200万元。",
            "总工会举办第十届职工运动会， 西城区职工运动会开幕", "来自60家单位的800名运动 本报讯（记者张华）近日，西城",
            "员参赛。 区总工会举办第十届职工运动会，", "丙城总工会负责人表示，将把这 来自60家单位的800名运动",
            "项工作办成职工身边的实事。 员参赛。"]
    lines, column, _guessed = rows_across(page)
    assert column is not None and lines[4] == "员参赛。" and lines[7 + 4] == "区总工会举办第十届职工运动会，"


# a left column of full lines (twelve characters) above the rows a test makes: a page of twenty rows, as long as a
# page's column is
LEFT = ["甲城总工会近日组织职工开展", "读书活动，全市三百余名职工", "参加了活动，现场交流读书心", "得，气氛十分热烈，职工们纷",
        "纷表示收获很大。甲城总工会", "负责人表示，将持续开展职工", "读书活动，丰富职工的精神文", "化生活，为职工成长搭建平台",
        "，让更多职工爱上读书，在读", "书中提升素质，增长见识才干"]


# a second left column of full lines under LEFT, its fourth line the row a test is about
SECOND = ["甲城总工会近日举办职工技能", "大赛，两百余名职工参加比赛", "，比赛设焊工、电工等项目，", "",
          "职工创新工作室联盟，集智攻", "关技术难题，为企业发展服务", "，甲城总工会负责人表示，将", "持续开展技能竞赛，为职工搭",
          "建展示技能的舞台，让更多职", "工在岗位上成长成才，建功立"]


def _parts_as_printed(left: list[str], right: list[str]) -> None:
    """The rows of LEFT + ``left`` beside RIGHT + ``right`` are read back as the two columns printed."""
    lines, column, _guessed = rows_across(_rows(LEFT + left, RIGHT + right))
    assert column is not None and lines == LEFT + left + RIGHT + right


def test_a_left_half_wider_than_its_column_holds_the_right_columns_first_word():
    """The left line ends a character short of the column (the OCR kept its word space: 推动建立 ), the right one
    holds a word space after its first character (工 会): the row's last gap left a left half as near the column as
    the true one, and 工 went to the left column, one character wider than any line of it.  No printed line is wider
    than its column but by marks hung past the edge: the gap before 工 parts the row."""
    _parts_as_printed(SECOND[:3] + ["甲城总工会近日大力推动建"] + SECOND[4:], RIGHT[:3] + ["工 会服务一线职工，体检项"] + RIGHT[4:])


def test_a_space_after_a_full_width_mark_is_the_rows_gap():
    """The left line is a paragraph's last, two characters short (…服务。), the right one holds a word space after its
    first character (审 议): the gap after 审 left a left half at the column's edge, nearer it than the short last
    line, and 审 went to the left column.  A Chinese column sets no space after a full-width mark (。，：): the gap
    after 。 parts the row."""
    _parts_as_printed(SECOND[:3] + ["为企业和职工发展服务。"] + SECOND[4:], RIGHT[:3] + ["审 议通过职工代表的提案，"] + RIGHT[4:])


def test_a_word_holding_a_mark_beside_a_right_line_going_on_is_no_name():
    """The right column's line stops mid-sentence (…少跑) and the next row holds a short left line beginning on a
    quote (“山东), a space and the word that ends the right one's sentence (腿”。), then lines alone: the row fit one
    column and was taken for one line alone, a credit's name after a word space, and the run after it went with the
    right column.  A name is Han characters alone: a word holding a mark is none, and the row parts."""
    left = ["甲城总工会近日举办职工技能", "大赛，两百余名职工参加比赛", "，比赛设焊工、电工等项目，", "职工在赛场上比拼技能。",
            "甲城总工会负责人表示，将持", "续开展技能竞赛活动。", "“山东", "省的职工也来参加比赛，现场", "气氛热烈，观众纷纷叫好。"]
    _parts_as_printed(left, RIGHT[:5] + ["现“数据多跑路、职工少跑", "腿”。", "", ""])


def test_a_space_after_an_ascii_mark_an_engine_read_after_a_han_character_is_the_rows_gap():
    """The same where the engine read the page's full-width marks as ASCII ones (，as ,): the left line a short one
    ending on a clause mark (…合力,), the right one a paragraph's last holding a space after its 。 (the OCR's): each
    cut holds one space after a mark, and the one leaving a left half at the column's edge took the right column's
    words (合力, 聘为…教师。).  An ASCII mark after a Han character stands for a full-width one: no space follows it
    in a column, so the gap after 合力, parts the row."""
    left = ["甲城总工会近日举办职工技能", "大赛,两百余名职工参加比赛", "比赛设焊工、电工等项目,现", "形成合力,",
            "职工创新工作室联盟,集智攻", "关技术难题,为企业发展服务", "甲城总工会负责人表示,将持", "续开展技能竞赛,为职工搭建",
            "展示技能的舞台,让更多职工", "在岗位上成长成才,建功立业"]
    right = ["乙城总工会为一线职工开展免", "费健康体检,覆盖乙城三十余", "家企业的职工,体检项目包括", "体检项目多。 检查范围广",
             "乙城总工会负责人表示,将把", "体检作为一项长期工作,每年", "为一线职工开展免费体检,让", "职工切实感受到工会的温暖。",
             "据了解,乙城今年已累计投入", "专项资金两百万元,惠及职工"]
    _parts_as_printed(left, right)


def test_a_right_half_wider_than_its_column_holds_the_left_columns_last_word():
    """The OCR kept a space after a mark of the left line (机会， 屡), the right line is full: cut after the mark, the
    right half would be a character wider than the right column, so the space after the mark is the left line's own and
    the row parts after 屡 (:func:`test_a_space_after_a_full_width_mark_is_the_rows_gap`'s rule yields to the column's
    width).  Read right on 332ef51 too; kept so the mark's rule does not take such rows down."""
    _parts_as_printed(SECOND[:3] + ["支持和跨企业交流机会， 屡"] + SECOND[4:], RIGHT[:3] + ["技能微课堂等特色功能区，满"] + RIGHT[4:])


def test_a_credits_role_and_a_names_first_glyph_alone_on_a_row_are_one_line():
    """本报通讯员 朱 | 华南 顾笑摄 at the foot of the left column, the right one ended: the row parts at no column (the
    space is the credit's, between its role and the name it set on the role's line as far as it fit), so it is read
    as one line of the left column, the name's first glyph kept with its role."""
    left = ["甲城总工会近日举办职工技", "能大赛，两百余名职工参加", "比赛，比赛设焊工、电工等", "多个项目，职工在赛场上比",
            "拼技能，甲城总工会负责人", "表示，将持续开展技能竞赛", "活动，甲城职工书屋开放，", "职工可以在书屋借阅图书、",
            "参加读书活动，感受来自工", "会组织的关心和温暖。", "本报通讯员 朱", "华南 顾笑摄"]
    right = ["乙城总工会为一线职工开展", "免费健康体检，覆盖乙城三", "十余家企业的职工，体检项", "目包括血常规、心电图等，",
             "乙城总工会负责人表示，将", "把体检作为一项长期工作，", "每年为一线职工开展体检，", "丙城总工会开展送清凉活动",
             "，为户外劳动者送去防暑降", "温用品。"]
    rows = [f"{a} {b}" for a, b in zip(left, right)] + left[len(right):]
    lines, column, _guessed = rows_across(rows)
    assert column is not None
    assert [line for line in lines if line.strip()] == left + right


def test_a_row_read_whole_into_one_column_is_said_in_the_other_columns_story_too(tmp_path):
    """Rows 4 and 6 hold no gap the page's rows part at (全市120家企业。工会举办…近20): each goes whole to the left
    column, a guess said in the left story's review.  The right story lost its line there, and its lead ran on over
    the gap into a sentence the page never printed (…近日，戊城总0名职工参加。) with no review reason.  A story whose
    rows run past a row read whole into the other column says so too."""
    text = ("西河镇开展职工健康体检\n\n本报讯（记者李明）近日，西河镇总工会为一线职工免费体检，覆盖全市120家企业。\n\n"
            "据了解，西河镇今年已累计投入专项资金200万元。\n\n“这样的活动办到了我们心坎上。”西河镇一名职工说。\n\n\n"
            "戊城举办读书分享会\n\n本报讯（记者李明）近日，戊城总工会举办职工读书分享会，近200名职工参加。\n\n"
            "“这样的活动办到了我们心坎上。”戊城一名职工说。\n\n\n")
    layout, at = "printed+nomarkup+rowjoin", 273
    page = relayout(text, layout, at)
    assert rows_across(page.splitlines())[2], "the made-up page no longer has a row whose column is a guess"
    content = assert_import_loses_nothing(page, tmp_path, relayout(text, layout, at, printed_only=True))
    assert invented(article_texts(content), relayout(text, layout, at, printed_only=True)) == []
    assert any("went whole to the other column" in note for a in article_texts(content) for note in a["review"])
