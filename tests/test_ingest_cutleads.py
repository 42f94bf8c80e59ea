"""A lead left with no headline and stopping mid-sentence (the OCR read its column's first lines at the page's end),
whose sentence goes on inside another story's text: the file holding that line says so.  Made-up pages."""
from __future__ import annotations

from test_ingest_helpers import articles, import_page

# Two short items in one narrow column, read without blank lines; both leads cut where their printed line ends and
# read at the page's end.  Two printed lines read as one (…参 | 赛。丁城开展职工健康体检) put the second item's
# headline inside the first item's paragraph, so no headline parts the two stories.
MERGED = ["甲城职工运动会开幕", "十届职工运动会，来自60", "家单位的800名运动员参", "赛。丁城开展职工健康体检",
          "费体检，覆盖全市120家企业。", "丁城总工会负责人表示，将", "把这项工作办成职工身边的", "实事。",
          "活动结束后，丁城总工会还", "向职工发放了问卷。", "本报讯（记者郑凯）近日，", "甲城总工会举办第",
          "本报讯（记者周洁）近日，", "丁城总工会为一线职工免"]


def test_a_cut_lead_going_on_inside_another_storys_paragraph_is_said(tmp_path):
    """The lead …丁城总工会为一线职工免 is left with no headline; its sentence goes on at 费体检，… (免费, a word the
    break cut), a line inside the 甲城 story's paragraph: that file holds the 丁城 story's lines, and says so.
    Before, it said nothing."""
    content = import_page(tmp_path, "\n".join(MERGED) + "\n", "grrb/2025-09-26/04.txt")
    holder = next(front for _, front, body in articles(content) if "费体检" in body)
    assert any("line 5 " in why and "免费" in why and "line 13" in why for why in holder.get("review", []))


def test_open_leads_are_the_unplaced_leads_stopping_mid_sentence():
    """Each lead runs from its 本报讯 line over the lines right under it; a lead ending its sentence is whole."""
    from unionnews.ingest.cutleads import open_leads
    lines = ["本报讯（记者郑凯）近日，", "甲城总工会举办第", "本报讯（记者周洁）近日，丁城总工会为职工体检。", "",
             "活动结束后，丁城总工会还"]
    assert open_leads(lines, [1, 2, 3, 5]) == [(1, 2, "甲城总工会举办第")]


def test_only_a_word_the_break_cut_ties_a_cut_lead_to_a_line():
    """免 | 费体检 (免费, both ends alone where printed) ties; 职工 | 服务阵地 (职工服务, two whole words, a paper's
    own wording across any two of its lines) and 职工 | 参加 do not."""
    from unionnews.ingest.cutleads import goes_on_at
    assert goes_on_at("丁城总工会为一线职工免", "费体检，覆盖全市120家企业。") == "免费"
    assert goes_on_at("辖区11家企事业单位1438名职工", "服务阵地布局，新建") is None
    assert goes_on_at("甲城总工会组织一线职工", "参加比赛。") is None


# A short item boxed inside another story's column (…举办职工技能大赛，来自 | 丙城新建十家工会驿站 | 户外劳动者…), its
# lead cut where its printed line ends and read at the page's end with another lead; no text places the box.
BOXED = ["丁城举办职工技能竞赛", "本报讯（记者周洁）近日，丁城", "总工会举办职工技能大赛，来自", "丙城新建十家工会驿站",
         "户外劳动者提供休息、饮水、充", "电等服务。", "活动结束后，丙城总工会还向职", "工发放了问卷。", "80家企业的300余名职工参",
         "加比赛。", "活动结束后，丁城总工会还向职", "工发放了问卷。", "南湖区新建十家工会驿站", "水、充电等服务。",
         "据了解，南湖区今年已累计投入", "专项资金200万元。", "本报讯（记者张华）近日，丙城", "总工会在城区新建10家工会驿",
         "站，为快递员、外卖骑手等", "本报讯（记者王芳）近日，南湖", "区总工会在城区新建10家工会", "驿站，为快递员、外卖骑手等户",
         "外劳动者提供休息、饮"]


def test_a_box_headline_naming_what_a_cut_lead_names_read_on_from_an_open_sentence_is_said(tmp_path):
    """The box's headline 丙城新建十家工会驿站 is read on from the host's …来自 with nothing across, over text with no
    lead, and the lead at line 17, left with no headline, names what it names (工会驿站): it may be that lead's
    item's headline, boxed in the host's column.  Said in the host's file; before, nothing was."""
    content = import_page(tmp_path, "\n".join(BOXED) + "\n", "grrb/2025-09-26/04.txt")
    holder = next(front for _, front, body in articles(content) if "来自丙城" in body.replace("\n", ""))
    assert any("line 4 (丙城新建十家工会驿站)" in why and "line 17 (" in why for why in holder.get("review", []))


def test_a_line_naming_nothing_a_cut_lead_names_is_not_said():
    """The tie between a headline-shaped line and an open lead: the headline opens on the lead's subject (丙城…
    over 近日，丙城总工会…).  A run both merely print somewhere (企事业 in a line of text and in the lead) is no tie:
    a paper's wording repeats across its stories."""
    from unionnews.ingest.cutleads import _shared_run
    assert _shared_run("丙城新建十家工会驿站", "近日，丙城总工会在城区新建10家工会驿站，为快递员") == "丙城"
    assert _shared_run("会企事业单位的职工代表大会", "近日，广东韶关市新丰县总工会为辖区11家企事业单位") is None


def test_a_number_a_break_cut_ties_a_cut_lead_to_a_line_and_a_word_many_lines_finish_ties_none():
    """…来自60家单位的80 | 0名运动员参赛。: one number, 800, cut by the break.  A word the paper prints often
    (…工 | 匠学院 at three lines) points at no one line: nothing is said."""
    from unionnews.ingest.cutleads import goes_on_at
    assert goes_on_at("运动会，来自60家单位的80", "0名运动员参赛。") == "800"
    from unionnews.ingest.assemble import Record
    from unionnews.ingest.cutleads import note_cut_leads
    lines = ["甲城举办职工技能竞赛", "匠学院则承担特种作业培训，", "匠学院劳模工匠兼职教师授课。", "本报讯（记者周洁）近日，甲城总",
             "工"]
    record = Record("a.md", {}, "", [1, 2, 3])
    note_cut_leads(lines, [record], Record("u.md", {}, "", [4, 5]))
    assert "review" not in record.front
    record = Record("a.md", {}, "", [1, 2])
    note_cut_leads(lines, [record], Record("u.md", {}, "", [4, 5]))
    assert "工匠学院" in record.front["review"][0]


# A box set off by a blank line above and below inside another story's column of 11, its headline as wide as the
# column, its lead cut where its printed line ends and read at the page's end.
SET_OFF = ["北山区职工运动会开幕", "本报讯（记者郑凯）近日，", "北山区总工会举办第十届", "职工运动会，来自60家",
           "单位的800名运动员参", "赛。", "北山区总工会负责人表示，", "", "南湖区开展职工健康体检", "体检，覆盖全市120家",
           "企业。", "据了解，南湖区今年已累", "计投入专项资金200万", "元。", "", "将把这项工作办成职工身", "边的实事。",
           "“这样的活动办到了我们", "心坎上。”北山区一名职", "工说。", "本报讯（记者周洁）近日，", "南湖区总工会为一线职工",
           "免费"]


def test_a_box_headline_as_wide_as_the_column_set_off_by_a_blank_line_is_said(tmp_path):
    """The box's headline 南湖区开展职工健康体检 fills the column of 11 as a line of text would, so its width tells
    nothing; but a blank line sets it off from the host's …负责人表示，, and the lead at line 21, left with no
    headline, opens on what it names (南湖): the host's file says the line may be that item's headline.  Before,
    a line as wide as the column was taken for text whatever stood above it, and the file said nothing of the
    sentence …表示，南湖区开展职工健康体检体检，… it held."""
    content = import_page(tmp_path, "\n".join(SET_OFF) + "\n", "grrb/2025-09-26/04.txt")
    holder = next(front for _, front, body in articles(content) if "负责人表示" in body)
    assert any("line 9 (南湖区开展职工健康体检)" in why and "line 21 (" in why for why in holder.get("review", []))


# A narrow column (11 characters) with a box set off by a blank line inside the host's cut sentence; the box's lead
# was cut after its subject and read at the page's foot, and the line under the box's headline holds no mark.
BOX_UNDER_NO_MARK = ["丁城职工运动会开幕", "本报讯（记者李明）近日，", "丁城总工会举办第十届职", "工运动会，来自60家单",
                     "位的800名运动员参赛。", "丁城总工会负责人表示，", "将把这项工作办成职工身", "",
                     "乙城开展夏季送清凉活动", "总工会为环卫工人送去防", "暑降温用品，价值5万余", "元。", "",
                     "边的实事。", "北山区开展职工健康体检", "本报讯（记者吴昊）近日，", "北山区总工会为一线职工",
                     "免费体检，覆盖全市12", "0家企业。", "本报讯（记者王芳）近日，", "乙城"]


def test_a_box_headline_over_a_line_cut_inside_a_word_is_said(tmp_path):
    """The box's headline is read on from the host's …办成职工身 across the blank line, over 总工会为环卫工人送去防, a
    line with no mark that a narrow column filled; the cut lead 本报讯（记者王芳）近日，乙城 names what the headline
    names.  The line under the headline stops inside a word the next line finishes (防 | 暑降温): a column's line of
    running text, as a line with a mark is, since a headline's lines are set whole: the host's file says so."""
    content = import_page(tmp_path, "\n".join(BOX_UNDER_NO_MARK) + "\n", "grrb/2025-09-26/04.txt")
    holder = next(front for _, front, body in articles(content) if "乙城开展夏季送清凉活动" in body)
    assert any("line 9 " in why and "line 20" in why and "may be the headline" in why
               for why in holder.get("review", [])), holder.get("review")
