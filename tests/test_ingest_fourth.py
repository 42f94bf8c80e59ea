"""What PDF text extraction and other engines print that the other variant tables do not (tests/variants.py
``HELD_OUT_4``): common characters as Kangxi radicals or compatibility ideographs, zero-width characters
inside lines, an item's marks in their vertical presentation forms, a story's first character set as a drop
capital on a line of its own, two columns printed side by side (``pdftotext -layout``).  Made-up pages; each
case lost printed characters, made sentences the page does not print, lost stories or mixed two stories
without a review reason before the rule it names."""
from __future__ import annotations

from test_ingest_heldout import STORIES
from test_ingest_helpers import PAPERS, read_md
from test_ingest_third import _page, _same_articles
from test_ingest_tiny import PLACES, _import, _mixed_without_review
from unionnews.ingest import run_import
from unionnews.ingest.decode import unify, unletterspace
from unionnews.ingest.paragraphs import drop_caps
from variants import display_width, printed_column


def test_kangxi_radicals_and_compatibility_ideographs_are_read_as_the_characters_they_stand_for(tmp_path):
    """A PDF whose font maps 工, 人, 日 and 不 to the Kangxi radicals ⼯ ⼈ ⽇ and the compatibility ideograph
    U+F967: the files held ⼯会, which no search, dictionary or place list reads as 工会, and the paper
    printed 工.  Read as the unified ideographs at the door, with one warning for the page."""
    plain = "\n".join(_page(STORIES)) + "\n"
    page = plain.translate(str.maketrans({"工": "\u2f2f", "人": "\u2f08", "日": "\u2f47", "不": "\uf967"}))
    assert page != plain
    _same_articles(page, plain, tmp_path)


def test_zero_width_characters_inside_lines_are_taken_off(tmp_path):
    """Text copied from a web page or a PDF: zero-width spaces, a word joiner, byte-order marks and soft
    hyphens inside lines.  They print nothing; left in, the files held sentences the page does not print
    (工\u200b会) and no story came out whole."""
    lines = _page(STORIES)
    marks = ["\u200b", "\ufeff", "\u00ad", "\u2060"]
    page = "\n".join(line[:3] + marks[k % 4] + line[3:] if line else line for k, line in enumerate(lines)) + "\n"
    _same_articles(page, "\n".join(lines) + "\n", tmp_path)


def test_unify_says_what_it_read_and_leaves_other_text_alone():
    assert unify(["⼯会\u200b组织", "第二段︒"])[0] == ["工会组织", "第二段。"]
    assert unify(["⼯会\u200b组织"])[1] == {"⼯": 1, "\u200b": 1}
    lines = ["工会组织“好”，﹁好﹂。", "emoji 👨\u200d👩"]  # the quotes' vertical forms: marks.read_forms; a joiner
    assert unify(lines) == (lines, {})


def test_the_import_warns_once_a_page_about_what_it_read(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("\n".join(_page(STORIES)).replace("工", "\u2f2f").replace("。", "。\u200b") + "\n",
                    encoding="utf-8")
    report = run_import([page], tmp_path / "content", tmp_path, PAPERS, paper="工人日报", date="2025-09-26", page=4)
    said = [w for w in report.warnings if "stand for" in w]
    assert len(said) == 1 and "⼯ as 工" in said[0] and "zero-width" in said[0]


def test_an_item_in_vertical_forms_reads_as_its_marks(tmp_path):
    """One item's marks in the vertical presentation forms (︐︒︵︶), as a PDF gives a box set top to bottom,
    beside items printed across: its sentences never ended (︒ is no 。 to any stage) and its last paragraph
    ran on into the next item, a file mixing two stories with no review reason."""
    vertical = str.maketrans({"，": "︐", "。": "︒", "（": "︵", "）": "︶", "、": "︑"})
    stories = [STORIES[0], [p.translate(vertical) for p in STORIES[1]], STORIES[2]]
    page = "\n".join(printed_column([p for story in stories for p in story], 13)) + "\n"
    articles = _import(page, tmp_path)
    assert _mixed_without_review(articles) == []
    assert sorted(a["text"][:2] for a in articles) == sorted(PLACES[:3])


def test_a_drop_capital_on_a_line_of_its_own_opens_its_paragraph(tmp_path):
    """Each story's first character set as a drop capital, found as a box of its own and printed on a line
    of its own (本 | 报讯（记者…）…): read as a one-character headline or the tail of the headline above,
    the lead was no lead and the stories ran together."""
    stories = [[s[0], s[1][0], s[1][1:]] + s[2:] for s in STORIES]
    page = "\n".join(line for line in printed_column([p for story in stories for p in story], 14)) + "\n"
    got = _import(page, tmp_path)
    assert _mixed_without_review(got) == []
    assert sorted(a["text"][:2] for a in got) == sorted(PLACES[:3])
    assert all("本报讯" in a["text"] for a in got)


def test_a_drop_capital_over_its_paragraph_on_a_page_of_one_paragraph_a_line(tmp_path):
    """The same on a page of one paragraph a line: the page gave no article at all (every item a run of
    headline-like lines with no lead)."""
    lines = _page(STORIES)
    page = "\n".join(line[0] + "\n" + line[1:] if line.startswith("本报讯") else line for line in lines) + "\n"
    got = _same_articles(page, "\n".join(lines) + "\n", tmp_path)
    assert len(got) == 3


def test_a_headlines_or_paragraphs_last_character_on_a_line_of_its_own_is_no_drop_capital():
    """A headline or paragraph whose last character falls on a line of its own (…论坛举 | 办) makes a word
    with the line it was cut from: it stays that line's; a one-character line after a finished sentence that
    makes a word with the next line (近 | 日，…) is a drop capital."""
    assert drop_caps(["第三届大国工匠论坛举", "办", "本报讯（记者白莹）近日，论坛举办。"]) == {}
    assert drop_caps(["甲城举办职工技能大赛", "本", "报讯（记者周洁）近日，甲城总工会举办比赛。"]) == {1: 2}
    assert drop_caps(["比赛圆满结束。", "", "近", "", "日，乙城总工会开展体检。"]) == {2: 4}
    assert drop_caps(["甲", "乙", "丙城职工可以借阅图书。"]) == {}  # a headline set one character a line
    # a column's line of one character under running text (no clause mark on the line above, one further up)
    assert drop_caps(["职工们在比赛中，", "此次一对一创新工作室创建", "座", "谈会。辖区建会单位"]) == {}
    assert drop_caps(["本报讯（记者田国垒", "通", "讯员燕飞）近日，甲城举办比赛。"]) == {}  # inside a bracket
    # a headline's last character a wrap cut onto a line of its own, a blank line, then the drop capital
    assert drop_caps(["甲城公交驾驶员赛场展技", "能", "", "近", "日，甲城公交公司工会举办了驾驶员比赛。"]) == {3: 4}


def _alto(lines: list[tuple[str, int]]) -> str:
    """A one-column ALTO page: each (text, type height) a TextLine with one String, top to bottom."""
    out, top = [], 40
    for n, (text, size) in enumerate(lines, 1):
        box = f'HPOS="40" VPOS="{top}" WIDTH="{size * len(text)}" HEIGHT="{size}"'
        out.append(f'<TextBlock ID="b{n}" {box}><TextLine ID="l{n}" {box}><String ID="s{n}" {box} CONTENT="{text}"/>'
                   "</TextLine></TextBlock>")
        top += size + 12
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout>'
            f'<Page ID="p1" WIDTH="1000" HEIGHT="{top + 40}"><PrintSpace>' + "".join(out)
            + "</PrintSpace></Page></Layout></alto>")


def test_a_page_with_geometry_reads_stand_in_characters_too(tmp_path):
    """An ALTO (or hOCR, or a PDF's text layer) page whose text holds Kangxi radicals and a zero-width space:
    the geometry path reads its lines as the text path does, one warning for the page."""
    body = ["本报讯（记者 方舟）近日，甲城总\u2f2f会为一线职\u2f2f免费体检，覆盖全市120家企业。",
            "体检项目包括血常规、心电图等十余项，职\u200b工可在线预约。",
            "甲城总工会负责人表示，将把这项工作办成职工身边的实事。"]
    raw = tmp_path / "raw" / "grrb" / "2025-09-26"
    raw.mkdir(parents=True)
    (raw / "03.alto").write_text(_alto([("甲城\u2f2f会为职\u2f2f免费体检", 40)] + [(line, 20) for line in body]),
                                 encoding="utf-8")
    report = run_import([tmp_path / "raw"], tmp_path / "content", tmp_path, PAPERS)
    text = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "content").rglob("*.md"))
    assert "甲城工会为职工免费体检" in text and "总工会为一线职工" in text and "职工可在线预约" in text
    assert not any(ch in text for ch in "\u2f2f\u200b")
    assert sum("radicals" in w for w in report.warnings) == 1


def test_a_page_with_geometry_takes_control_characters_off_as_the_text_path_does(tmp_path):
    """An hOCR page (HTML, which can hold what XML cannot) with an escape character inside a word: the
    article is written without it, not refused for holding it, and the page's warning names it."""
    lines = [("甲城工会为职工免费体检", 40), ("本报讯（记者 方舟）近日，甲城总工会为一线职工免费体检。", 20),
             ("体检项目包括血常规、心电图等十余项，职\x1b工可在线预约。", 20)]
    out, top = [], 40
    for text, size in lines:
        box = f"bbox 40 {top} {40 + size * len(text)} {top + size}"
        out.append(f"<div class='ocr_carea' title='{box}'><p class='ocr_par'><span class='ocr_line' title='{box}; "
                   f"x_size {size}'><span class='ocrx_word' title='{box}; x_wconf 95'>{text}</span></span></p></div>")
        top += size + 12
    raw = tmp_path / "raw" / "grrb" / "2025-09-26"
    raw.mkdir(parents=True)
    (raw / "03.hocr").write_text(f"<html><body><div class='ocr_page' title='bbox 0 0 1000 {top + 40}'>"
                                 + "".join(out) + "</div></body></html>", encoding="utf-8")
    report = run_import([tmp_path / "raw"], tmp_path / "content", tmp_path, PAPERS)
    text = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "content").rglob("*.md"))
    assert "职工可在线预约" in text and "\x1b" not in text
    assert sum("U+001B" in w for w in report.warnings) == 1


def _side_by_side(left: list[str], right: list[str], gutter: int = 4) -> list[str]:
    """Two columns' lines laid side by side as ``pdftotext -layout`` prints them: each left line padded with
    spaces to the left column's widest (a full-width character two columns), a gutter, the right line."""
    widest = max(display_width(line) for line in left)
    rows = []
    for k in range(max(len(left), len(right))):
        a = left[k] if k < len(left) else ""
        b = right[k] if k < len(right) else ""
        rows.append(a + " " * (widest - display_width(a) + gutter) + b if b else a)
    return rows


def _two_columns() -> tuple[list[str], list[str]]:
    """Two columns of 12 characters: the first two stories in the left one, the third in the right one."""
    left = printed_column([p for story in STORIES[:2] for p in story], 12)
    right = printed_column(STORIES[2], 12)
    return left, right


def test_two_columns_printed_side_by_side_are_read_one_after_the_other(tmp_path):
    """``pdftotext -layout`` text of a two-column page: each line a line of the left column, a gutter of
    spaces, then the line of the right column.  Read line by line, each paragraph joined halves of two
    stories (files mixing two stories, sentences the page does not print).  A gutter ending at one
    display column down the page, with running text on both sides: read as the left column, then the right."""
    left, right = _two_columns()
    page = "\n".join(_side_by_side(left, right)) + "\n"
    got = _same_articles(page, "\n".join(left + right) + "\n", tmp_path)
    assert sorted(a["text"][:2] for a in got) == sorted(PLACES[:3])


def test_the_import_warns_once_about_a_page_read_as_two_columns(tmp_path):
    """One warning a page, saying how its line numbers count; each file's provenance gives the file's lines
    (the right column's story at the lines it shares with the left column's), as the published page text
    numbers them."""
    left, right = _two_columns()
    rows = _side_by_side(left, right, gutter=2)
    page = tmp_path / "page.txt"
    page.write_text("\n".join(rows) + "\n", encoding="utf-8")
    report = run_import([page], tmp_path / "content", tmp_path, PAPERS, paper="工人日报", date="2025-09-26", page=4)
    said = [w for w in report.warnings if "two columns side by side" in w]
    assert len(said) == 1 and f"right half of file line k (1–{len(rows) + 1})" in said[0]
    provenance = {}
    for path in (tmp_path / "content").rglob("*.md"):
        front, _ = read_md(path)
        provenance[front["title"][:2]] = front["provenance"]["lines"]
    assert provenance["丙城"] == f"1-{len(right)}"
    assert provenance["甲城"].startswith("1-") and provenance["乙城"].endswith(f"-{len(left)}")


def test_a_table_wide_word_gaps_or_a_letter_spaced_headline_are_not_read_as_two_columns():
    """What else puts runs of spaces inside lines: a table of two columns (its cells line up at one column,
    but hold names and figures, not running text), bylines and slogans with wide word gaps, a headline
    letter-spaced across the page (gaps at columns of their own, and text running across the column most
    share).  None is two columns side by side, and its lines stay as they are."""
    from unionnews.ingest.sidebyside import read_columns
    table = ["单位            人数", "甲城总工会      215", "乙城总工会      180", "丙城总工会      96",
             "丁城总工会      120", "戊城总工会      88"]
    names = ["项目名称          负责单位", "职工技能大赛      甲城总工会", "职工健康体检      乙城总工会",
             "职工书屋建设      丙城总工会", "劳模创新工作室    丁城总工会"]
    gaps = ["本报记者  周洁  本报通讯员  李明", "甲城总工会近日举办职工技能大赛，两百余名职工参加。",
            "劳动最光荣    劳动最崇高    劳动最伟大", "比赛设焊工、电工等多个项目，职工在赛场上比拼技能。",
            "通讯员  吴昊", "乙城总工会为一线职工开展免费健康体检，覆盖三十余家企业。"]
    headline = ["甲  城  举  办  职  工  技  能  大  赛", "", *printed_column(STORIES[0][1:], 20)]
    spread = ["甲城    举办    职工    技能    大赛", "乙城    开展    职工    健康    体检",
              "丙城    建设    职工    书屋    活动", "丁城    表彰    劳动    模范    先进"] + printed_column(STORIES[1], 20)
    for lines in (table, names, gaps, headline, spread, table + [""] + printed_column(STORIES[0], 16)):
        assert read_columns(lines) == (lines, None)


def test_a_short_page_of_two_stories_side_by_side_is_read_as_two_columns(tmp_path):
    """Two short stories side by side, one paragraph a line: two rows with text on both sides and nothing
    else, too few for four rows of the right column but every row of the page at one gutter."""
    plain = [STORIES[1][0], "", STORIES[1][1], "", "", STORIES[2][0], "", STORIES[2][1]]
    left, right = plain[:2] + plain[2:3], plain[5:]
    page = "\n".join(_side_by_side(left, right, gutter=6)) + "\n"
    got = _same_articles(page, "\n".join(plain) + "\n", tmp_path)
    assert sorted(a["text"][:2] for a in got) == ["丙城", "乙城"]


def test_the_right_columns_rows_beside_the_left_ones_blank_lines_count_for_two_columns(tmp_path):
    """Two columns of paragraphs parted by blank lines, whose rows rarely both hold text: the right column's
    lines mostly stand beside the left one's blank lines, indented to the gutter.  One row with text on both
    sides and rows of the right column alone at that column are two columns; read line by line, the right
    column's headlines and leads ran into the left column's story."""
    a, b, c = STORIES
    left = [a[0], "", a[1], "", a[2], "", a[3], "", "", b[0]]
    right = [b[1], "", "", c[0], "", c[1], "", "", "", "", c[2]]
    rows = _side_by_side(left, right)
    assert sum(1 for x, y in zip(left, right) if x.strip() and y.strip()) == 1
    got = _same_articles("\n".join(rows) + "\n", "\n".join(left + [""] + right) + "\n", tmp_path)
    assert sorted(a["text"][:2] for a in got) == sorted(PLACES[:3])


def test_a_page_whose_glyphs_are_each_parted_by_a_tab_reads_as_the_page_set_solid(tmp_path):
    """An extraction that draws each glyph on its own and parts them with a tab, not a space: the tab is the
    page's letter spacing and goes, as a space would (decode.unletterspace).  Its glyphs then put a "gutter"
    at every tab stop, so the page is no two columns side by side either: left so, the lines were cut after
    their first glyphs and read as a left column, and sentences no page printed came out unflagged."""
    plain = _page(STORIES)
    spaced = ["\t".join(line) for line in plain]
    spaced[4] = "7月28日，" + spaced[4]  # a clause mark in the part a tab stop would cut off as a left column
    plain[4] = "7月28日，" + plain[4]
    _same_articles("\n".join(spaced) + "\n", "\n".join(plain) + "\n", tmp_path)


def test_a_tab_between_every_two_glyphs_is_letter_spacing_and_a_space_among_them_a_word_space():
    """Tab letter spacing goes as space letter spacing does; a wider gap (a space among tabs) stays a word space."""
    lines = ["\t".join("甲城总工会举办职工技能大赛"), "\t".join("本报讯（记者周洁）") + " " + "\t".join("近日，比赛举行。")]
    assert unletterspace(lines) == ["甲城总工会举办职工技能大赛", "本报讯（记者周洁） 近日，比赛举行。"]


def test_a_short_page_whose_right_column_has_three_rows_two_beside_text_is_two_columns(tmp_path):
    """Six printed lines: the right column's headline, lead and last paragraph on three rows, two of them
    beside the left column's text, one beside its blank line: fewer rows than four, and one short of all but
    one.  Read line by line, the right column's story ran into the left one's."""
    a, b = STORIES[0], STORIES[1]
    left = [a[0], "", a[1], "", "", a[2], a[3]]
    right = [b[0], "", b[1], "", b[2]]
    rows = _side_by_side(left, right, gutter=2)
    got = _same_articles("\n".join(rows) + "\n", "\n".join(left + [""] + right) + "\n", tmp_path)
    assert sorted(a["text"][:2] for a in got) == sorted(PLACES[:2])


def test_a_row_of_two_columns_on_a_page_too_short_to_read_as_columns_is_said_in_review(tmp_path):
    """Two stories side by side, one paragraph a line: only the headlines' row holds text on both sides, the right
    lead the engine read after the left column, at the left margin: one row at the gutter, too few for two
    columns.  Read line by line, the right headline ran into the left one's unsaid.  The row with text on both sides of a wide gap is kept as it is and said in the review of
    the article holding it; no single column's line pads a gap so (a table's cells, box cuts and word spaces stay
    unsaid)."""
    from unionnews.ingest.sidebyside import wide_gaps
    a, b = STORIES[0], STORIES[1]
    left = [a[0], "", a[1], "", a[2], "", b[1]]
    rows = _side_by_side(left, [b[0]], gutter=2)
    got = _import("\n".join(rows) + "\n", tmp_path)
    assert _mixed_without_review(got) == []
    holder = next(x for x in got if b[0][:4] in x["text"] + x.get("title", ""))
    assert any(r.startswith("line 1 of the page text holds text on both sides of a wide gap") for r in holder["review"])
    assert wide_gaps(["甲城总工会  215", "劳动最光荣    劳动最崇高", "本报记者  周洁", "代会审   议审查的事项"]) == []
    assert wide_gaps(["甲城" + " " * 8 + "乙城", "7\t\t本报讯"]) == [1, 2]


def test_two_rows_of_a_right_column_padded_to_its_gutter_are_two_columns(tmp_path):
    """Two stories side by side, one paragraph a line, a page number beside the right one's lead: two rows hold
    text on both sides, the headlines' row padded far past any word space.  Read as two columns, each story is
    whole and the page number is set aside."""
    a, b = STORIES[0], STORIES[1]
    left = [a[0], "", "7", a[1], "7"]
    right = [b[0], "", b[1]]
    got = _import("\n".join(_side_by_side(left, right, gutter=2)) + "\n", tmp_path)
    assert _mixed_without_review(got) == []
    opened = [s[0] for x in got for s in (a, b) if x["text"].startswith(s[0])]
    assert sorted(opened) == sorted([a[0], b[0]])


def test_a_byline_with_a_bullet_before_it_under_a_subtitle_filling_its_line_stands_apart():
    """A feature's subtitle filling its printed line, then its byline with a bullet printed before it (● 本报记者 …):
    the byline's role word was read with the bullet in front, so nothing said a byline began, and it ran on into
    the subtitle.  The line's role is read from its words, without the decoration."""
    from unionnews.ingest.paragraphs import paragraphs
    lines = ["“技能离我并不远”", "——甲城职工技能竞赛暨工匠", "论坛创新成果路演侧记", "● 本报记者 王芳 周洁"]
    lines += printed_column(["“我的工作就如同给芯片盖宿舍，很有意思！”甲城研究所工艺师李华站在台上，讲述着微波组件的需求场景。"], 10)
    texts = [p.text for p in paragraphs(lines).paragraphs]
    assert "● 本报记者 王芳 周洁" in texts and any(t.endswith("路演侧记") for t in texts)


def test_a_headline_as_wide_as_its_column_run_on_into_a_lead_that_says_it_again_is_said_in_review(tmp_path):
    """A made-up headline exactly as wide as the narrow column, with no mark, after a sentence's end
    (南湖区职工运动会开幕) is read as a paragraph's first printed line and runs on into the story above, into the line under it that opens on
    its words again (…开幕 | 职工运动会，来自…): a file mixing two stories with no review reason.  A sentence does not
    give a phrase again right after it; a lead under its headline does, so the review says it may be a headline."""
    from test_ingest_property import _mixed_without_review as mixed, assert_import_loses_nothing
    from variants import relayout
    text = ("东港镇开展职工健康体检\n\n本报讯（记者李明）近日，东港镇总工会为一线职工免费体检，覆盖全市120家企业。\n\n"
            "东港镇总工会负责人表示，将把这项工作办成职工身边的实事。\n\n活动结束后，东港镇总工会还向职工发放了问卷。\n\n\n"
            "西城区开展夏季送清凉活动\n\n本报讯（记者周洁）近日，西城区总工会为环卫工人送去防暑降温用品，价值5万余元。\n\n"
            "西城区总工会负责人表示，将把这项工作办成职工身边的实事。\n\n据了解，西城区今年已累计投入专项资金200万元。\n\n\n"
            "丙城举办职工技能竞赛\n\n本报讯（记者郑凯）近日，丙城总工会举办职工技能大赛，来自80家企业的300余名职工参加比赛。\n\n\n"
            "南湖区职工运动会开幕\n\n职工运动会，来自60家单位的800名运动员参赛。\n\n\n本报讯（记者张华）近日，南湖区总工会举办第十届\n\n")
    layout, at = "printed+narrow+dropcap+strays", 8632
    printed = relayout(text, layout, at, printed_only=True)
    content = assert_import_loses_nothing(relayout(text, layout, at), tmp_path, printed)
    assert mixed(content) == []
