"""Two columns read straight across each row (Tesseract ``--psm 6``, phone scanner apps; ``rowjoin`` in
tests/variants.py): where the gap between the two lines of a row is, which column a line alone on its row goes
with, and pages of a few rows.  Made-up pages; each case read a row wrong, or was not read as rows at all (two
stories run into one sentence), before the rule it names."""
from __future__ import annotations

from test_ingest_third import _same_articles
from unionnews.ingest.sidebyside import rows_across
from variants import relayout

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
