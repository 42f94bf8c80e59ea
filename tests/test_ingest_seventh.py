"""What converters and detection tools write that the other variant tables do not (tests/variants.py
``HELD_OUT_7``): a text box's corners before each line (ICDAR-format results), a boxed item set as a Markdown
block quote (``> ``), headings written Setext style (a line of = or - under the title).  Made-up pages; each case
lost stories, mixed two stories without a review reason or made sentences the page does not print before the
rule it names."""
from __future__ import annotations

from collections import Counter

from test_ingest_heldout import STORIES
from test_ingest_helpers import PAPERS
from test_ingest_sixth import _page
from test_ingest_third import _same_articles
from test_ingest_tiny import PLACES
from unionnews.ingest import run_import
from unionnews.ingest.decode import uncorner, unmarkdown
from variants import display_width, printed_column


def _cornered(lines: list[str]) -> list[str]:
    """Each text line after a made-up box's corners (one line's height a row down), blank lines dropped."""
    out = []
    for row, line in enumerate(line for line in lines if line.strip()):
        x2, y1 = 40 + 15 * display_width(line), 100 + 30 * row
        out.append(f"40,{y1},{x2},{y1},{x2},{y1 + 24},40,{y1 + 24},{line}")
    return out


def test_a_text_boxs_corners_before_each_line_are_taken_off(tmp_path):
    """A detection tool's results in the ICDAR format (x1,y1,…,y4,text, one box a line): the corners opened
    every line, so no headline, lead or indent was found and every story went to the unplaced text.  Eight
    numbers each after a comma, at the start of most lines: they come off at the door, said once a page."""
    column = printed_column([p for story in STORIES for p in story], 14)
    got = _same_articles("\n".join(_cornered(column)) + "\n", "\n".join(column) + "\n", tmp_path)
    assert sorted(a["text"][:2] for a in got) == sorted(PLACES[:3])
    page = tmp_path / "page.txt"
    page.write_text("\n".join(_cornered(column)) + "\n", encoding="utf-8")
    report = run_import([page], tmp_path / "again", tmp_path, PAPERS, paper="工人日报", date="2025-09-26", page=4)
    assert [w for w in report.warnings if "text box's corners" in w]


def test_numbers_at_a_few_lines_start_stay():
    """Eight numbers and commas at the start of one line in four are printed text (a list, a table's row): only
    most of a page's lines opening so are a detection tool's box corners."""
    lines = ["1,2,3,4,5,6,7,8,九个数字", "甲城举办大赛，职工参加。", "乙城开展体检。", "丙城建设书屋。"]
    assert uncorner(lines) == (lines, [])


def test_a_boxed_item_set_as_a_block_quote_is_read_as_text(tmp_path):
    """A converter's Markdown of a page whose second item was boxed: every line of it after ``> ``, its blank
    lines ``>``.  The marks were read as text: the quoted headline was no headline, the stories ran together
    and every quoted sentence was one the page does not print, unflagged.  A > then a space (or nothing) at a
    line's start is the quote's mark; >> of a column label is not."""
    lines = _page(STORIES)
    first = len(_page(STORIES[:1]))
    box = len(_page(STORIES[1:2])) - 2  # the second story's lines, not the blank run after it
    quoted = lines[:first] + [f"> {line}" if line else ">" for line in lines[first:first + box]] + lines[first + box:]
    got = _same_articles("\n".join(quoted) + "\n", "\n".join(lines) + "\n", tmp_path)
    assert sorted(a["text"][:2] for a in got) == sorted(PLACES[:3])


def test_a_column_label_and_a_figure_after_a_bracket_stay():
    """A column label's >> and a > with no space after it (a figure's bracket: >2) are printed text, no block
    quote's mark: the lines stay as they are and nothing is said taken off."""
    lines = [">> 北京经验 <<", ">2的聚合效应。", "甲城举办大赛。"]
    assert unmarkdown(lines) == (lines, Counter())


def test_setext_headings_are_headings(tmp_path):
    """Headings written as pandoc writes Markdown (the title over a line of = or - as wide as it): the - line
    was read as a rule and the = line as text, so the title was a plain line.  An underline as long as the
    line above (in characters or display columns) makes it a heading; a rule of another length does not."""
    got, found = unmarkdown(["甲城举办职工技能大赛", "=" * 20, "", "乙城开展职工健康体检", "-" * 10, "",
                             "本报记者 张三", "-" * 40])
    assert got[:6] == ["# 甲城举办职工技能大赛", "", "", "## 乙城开展职工健康体检", "", ""]
    assert got[6] == "本报记者 张三" and found["Setext underlines read as headings"] == 2
    marked = [line for story in STORIES
              for line in ["## " + story[0], ""] + [x for p in story[1:] for x in (p, "")] + [""]]
    setext = []
    for line in marked:
        setext += [line[3:], "-" * display_width(line[3:])] if line.startswith("## ") else [line]
    _same_articles("\n".join(setext) + "\n", "\n".join(marked) + "\n", tmp_path)


def test_a_setext_heading_cut_in_lines_is_marked_at_its_first():
    """A heading a wrap cut in pieces, its underline after the last (as CommonMark reads a heading's lines): the
    mark goes before its first line, as an ATX heading cut so has it; a rule under a long run of text is no
    underline (its first line stays as it is)."""
    got, _ = unmarkdown(["", "甲城举办职工", "技能大赛", "-" * 12, "正文。"])
    assert got[:4] == ["", "## 甲城举办职工", "技能大赛", ""]
    run = ["第一行文字", "第二行文字", "第三行文字", "第四行文字", "第五行文字", "第六行文字", "第七行文字"]
    assert unmarkdown(run + ["-" * 30])[0][:7] == run


def test_a_column_labels_pieces_are_no_block_quote():
    """A column label a line break cut (``>`` over ``> 他山之石 <<``) holds printed marks: with no quoted line of
    text on the page, a > at a line's start stays; a one-line boxed notice is quoted text."""
    lines = [">", "", "> 他山之石 <<", "", "甲城举办职工技能大赛", "本报讯（记者周洁）近日，甲城总工会举办大赛。"]
    assert unmarkdown(lines)[0] == lines
    quoted = ["> 甲城举办职工技能大赛", ">", "> 本报讯（记者周洁）近日，甲城总工会举办大赛。", "> >> 他山之石 <<"]
    assert unmarkdown(quoted)[0] == ["甲城举办职工技能大赛", "", "本报讯（记者周洁）近日，甲城总工会举办大赛。", ">> 他山之石 <<"]
    assert unmarkdown(["甲城举办大赛。", "", "> 登报咨询电话：63522410"])[0] == ["甲城举办大赛。", "", "登报咨询电话：63522410"]
