"""Converter markup, HTML source and line breaking that the other variant tables do not make (tests/variants.py
``HELD_OUT_10``, ``--tenth`` in the bench scripts).  First what each part claims to do, on the seed pages and on
made-up lines; the page as printed (its markup taken off) keeps what :func:`variants.canon` compares.  Then the
rules the table asked for, each on a made-up page."""
from __future__ import annotations

import html
import re

import pytest

from test_ingest_heldout import STORIES
from test_ingest_helpers import RAW, SEEDS
from test_ingest_third import _page, _same_articles
from variants import HELD_OUT_10, NO_START, canon, printed_column, relayout


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return {name: (RAW / name).read_text(encoding="utf-8") for name in SEEDS}


@pytest.mark.parametrize("layout", HELD_OUT_10)
def test_every_layout_of_the_table_prints_the_page_once_its_markup_is_off(pages, layout):
    """Each layout re-lays the text out, or writes markup the page as printed has not: that page is the seed's."""
    for text in pages.values():
        for seed in (0, 1):
            page = relayout(text, layout, seed)
            assert not re.search("[\x10-\x14]", page)  # every mark a part left is written as its markup
            assert canon(relayout(text, layout, seed, printed_only=True)) == canon(text)


def test_inlinebold_sets_each_leads_marker_bold():
    text = "## 甲城举办大赛\n本报讯（记者周洁）近日，甲城总工会举办大赛。\n本报通讯员 李明 摄"
    lines = relayout(text, "inlinebold", 0).split("\n")
    assert re.match(r"(\*\*|__)本报讯(（记者周洁）)?\1", lines[1]) and lines[2] == "本报通讯员 李明 摄"
    assert relayout(text, "inlinebold", 0, printed_only=True) == text + "\n"


def test_mdescape_puts_a_backslash_before_the_texts_ascii_marks():
    page = relayout("实现“1+1>2”的效应，AI*技术。", "mdescape", 0)
    assert "1\\>2" in page and "AI\\*技术" in page


@pytest.mark.parametrize("layout", ["printed+hardbreak", "rewrap+hardbreak"])
def test_hardbreak_ends_each_line_of_a_paragraph_but_its_last_in_a_breaks_mark(layout):
    page = relayout("甲" * 60 + "。\n" + "乙" * 40 + "。", layout, 1)
    lines = [line for line in page.split("\n") if line]
    marked = [line for line in lines if re.search(r"(\\|<br ?/?>)$", line)]
    assert len(marked) == len(lines) - 2 and lines[-1].endswith("。") and "甲。" in page


def test_entities_write_marks_as_references_that_read_back_as_the_page(pages):
    text = pages[SEEDS[0]]
    page = relayout(text, "entities", 0)
    assert re.search(r"&(?:[a-z]+|#\d+|#x[0-9a-f]+);", page)
    assert canon(html.unescape(page)) == canon(text)


def test_ptags_set_each_text_paragraph_in_a_p_element():
    page = relayout("## 甲城举办大赛\n本报讯（记者周洁）近日，甲城总工会举办大赛。", "ptags", 0)
    assert re.fullmatch(r'<p( style="text-indent:2em")?>本报讯.*。</p>', page.split("\n")[1])


def test_nokinsoku_lets_a_line_start_on_a_mark(pages):
    lines = relayout(pages[SEEDS[0]], "printed+nokinsoku", 0).split("\n")
    assert any(line[:1] in NO_START for line in lines)


def test_splitmarks_cut_a_dash_or_an_ellipsis_between_its_halves():
    page = relayout(("甲" * 13 + "——" + "乙" * 7 + "……") * 12 + "。", "printed+splitmarks", 0)
    lines = page.split("\n")
    assert any(a.endswith(("甲—", "乙…")) and b.startswith(("—", "…")) for a, b in zip(lines, lines[1:]))


def test_mergedlines_reads_two_lines_of_a_column_as_one_now_and_then():
    lines = relayout("\n".join(["甲" * 40 + "。"] * 40), "printed+mergedlines", 0).split("\n")
    width = max(set(map(len, lines)), key=[len(line) for line in lines].count)
    assert any(len(line) > width + 2 for line in lines)


def test_the_tables_parts_leave_other_columns_as_they_were():
    paras = ["甲" * 40 + "。", "## 乙城", "丙" * 25 + "。"]
    assert printed_column(paras, 12) == printed_column(paras, 12, kinsoku=True, hard="")


# -- the rules the table asked for ------------------------------------------------------------------------------

def _plain() -> list[str]:
    return _page(STORIES)


def test_html_tags_and_character_references_of_a_pages_source_are_read_as_its_text(tmp_path):
    """A page copied from a CMS article's source: each paragraph in ``<p>``, marks as &ldquo; &#12290; &#x3001;,
    a space as &nbsp;.  The references stayed in the text as letters (a quote, a full stop no stage found) and
    every printed mark they stood for was lost.  Tags are taken off and references read at the door."""
    plain = _plain()
    refs = {"，": "&#65292;", "。": "&#x3002;", "（": "&#xff08;", "）": "&#65289;"}
    source = ["<p>" + "".join(refs.get(ch, ch) for ch in line) + "</p>" if line else line for line in plain]
    source[0] = source[0].replace("甲城", "&ldquo;甲城&rdquo;")
    plain[0] = plain[0].replace("甲城", "“甲城”")
    got = _same_articles("\n".join(source) + "\n", "\n".join(plain) + "\n", tmp_path)
    assert len(got) == 3


def test_a_reference_to_a_tag_is_printed_text():
    from unionnews.ingest.decode import unhtml
    lines, found = unhtml(["<p>他说&lt;p&gt;是标签&amp;符号<br/></p>", "AT&T 与 &unknown; 不变"])
    assert lines == ["他说<p>是标签&符号", "AT&T 与 &unknown; 不变"]
    assert found == {"HTML tags": 3, "character references": 3}


def test_a_reference_a_zero_width_character_parts_is_read_as_its_character():
    """A web copy puts zero-width characters between any two characters of its source, a reference's too: the
    digits of ``&#82<ZWSP>21;`` stayed in the text as letters and the quote they stand for was lost.  Only a
    reference's own characters are read through; an unknown name stays as it is."""
    from unionnews.ingest.decode import unhtml
    lines, found = unhtml(["他说&#82\u200b20;好&r\u200cdquo;，&#x300\u20602;", "&un\u200bknown; 与 &\u200b 不变"])
    assert lines == ["他说“好”，。", "&un\u200bknown; 与 &\u200b 不变"]
    assert found == {"character references": 3}


def test_markdown_escapes_and_backslash_line_breaks_are_taken_off(tmp_path):
    """Pandoc's Markdown of a Word file whose printed lines are manual line breaks: a backslash ends each line
    of a paragraph but its last, and ``+`` ``>`` ``(`` are escaped.  The backslashes were printed characters no
    page holds, in sentences no page holds.  A backslash before an ASCII mark or at a line's end comes off."""
    plain = printed_column([p for story in STORIES for p in story] + ["丁城实现“1+1>2”的效应。"], 14)
    plain = [line.replace("丙城建设职工书屋", "\n\n丙城建设职工书屋") for line in plain]
    text = "\n".join(plain).split("\n")
    escaped = [re.sub(r"([+>])", r"\\\1", line) + ("\\" if line and not re.search(r"[。屋检赛]$", line) else "")
               for line in text]
    assert "1\\+1\\>2" in "".join(escaped)
    _same_articles("\n".join(escaped) + "\n", "\n".join(text) + "\n", tmp_path)


def test_bold_spans_cut_by_a_lines_end_and_underscore_bold_lose_their_marks():
    from unionnews.ingest.decode import unmarkdown
    lines, found = unmarkdown(["**本报讯（记者周洁", "李明）**近日，__一是__加强。", "AI\\*\\*技术"])
    assert lines == ["本报讯（记者周洁", "李明）近日，一是加强。", "AI\\*\\*技术"]
    assert found["bold spans"] == 1


def test_a_line_two_printed_lines_were_read_as_is_cut_where_a_sentence_ends():
    """A column whose engine read a story's last line and the next story's headline as one line (…技能竞赛活动。
    乙城开展职工健康体检, twice the column): the two stories ran together in one paragraph and one file, no review
    reason said so.  A line longer than its column by more than a hung mark, between lines that are not, is two
    lines: cut after the sentence's end, it reads as the page printed it, and the review says so."""
    from unionnews.ingest.paragraphs import paragraphs
    paras = [p for story in STORIES for p in story]
    lines = printed_column(paras, 12)
    last = next(i for i, line in enumerate(lines) if line.endswith("活动。"))
    assert lines[last + 1] == "乙城开展职工健康体检"
    merged = lines[:last] + [lines[last] + lines[last + 1]] + lines[last + 2:]
    found = paragraphs(merged)
    texts = [p.text for p in found.paragraphs]
    assert "乙城开展职工健康体检" in texts and any(t.endswith("技能竞赛活动。") for t in texts)
    assert any("twice the column" in why for why in found.doubts.values())
    assert [p.text for p in paragraphs(lines).paragraphs] == texts


def test_a_line_two_printed_lines_were_read_as_with_nothing_to_cut_at_is_said():
    """Two lines of a lead read as one (乙城总工会为一线职工开展免费健康体检，覆盖乙城三: no gap, no sentence end,
    twice the column): nothing but the column's width shows where the second begins, so the line is cut where a
    full line of the column ends (:func:`~unionnews.ingest.paragraphs.widths.merged_lines`), and the paragraph
    holding it says it was read as two lines (where they are a headline and the text under it, two stories meet
    there unsaid otherwise)."""
    from unionnews.ingest.paragraphs import paragraphs
    lines = printed_column([p for story in STORIES for p in story], 12)
    head = lines.index("乙城总工会为一线职工开展")
    merged = lines[:head] + [lines[head] + lines[head + 1]] + lines[head + 2:]
    found = paragraphs(merged)
    holder = next(no for no, nos in found.origin.items() if head + 1 in nos)
    assert "read as two printed lines" in found.doubts.get(holder, "")
    assert "".join(p.text for p in found.paragraphs) == "".join(p.text for p in paragraphs(lines).paragraphs)


def test_lines_of_an_item_set_wider_than_the_column_are_not_cut():
    """An item set in a wider column has its long lines in a run: no line of it is two of the page's column."""
    from unionnews.ingest.paragraphs.widths import merged_lines
    narrow = printed_column([p for story in STORIES[:2] for p in story] * 3, 12)
    wide = printed_column(STORIES[2], 20)
    assert merged_lines(narrow + wide) == {}


@pytest.mark.parametrize("gap, lead", [(" ", "9月2日，"), ("", "本报讯（记者吴昊）近日，")])
def test_a_short_last_line_and_the_next_headline_read_as_one_line_over_a_lead_are_cut(gap, lead):
    """A paragraph's short last line and the next story's headline read as one line (…成长进步。 乙城开展职工健康体检),
    no wider than the column: right over a line opening a lead, the headline's shape after the sentence's end is
    that story's headline, and the line is cut there: at the engine's gap over a lead on its date, with no gap too
    over a 本报讯 marker (no sentence goes on into one)."""
    from unionnews.ingest.paragraphs import paragraphs
    lines = printed_column(["甲城举办职工技能大赛", "本报讯（记者周洁）近日，甲城总工会举办职工技能大赛，来自甲城各企业的两百余名职工参加比赛。",
                            "甲城总工会负责人表示，将持续开展技能竞赛活动，推动职工在岗位上成长进步。"], 16)
    assert len(lines[-1]) <= 6
    lines[-1] += gap + "乙城开展职工健康体检"
    lines += printed_column([lead + "乙城总工会为一线职工开展免费健康体检，覆盖乙城三十余家企业。",
                             "乙城总工会还为职工建立健康档案，跟踪体检结果。"], 16)
    found = paragraphs(lines)
    texts = [p.text for p in found.paragraphs]
    assert "乙城开展职工健康体检" in texts and any(t.endswith("成长进步。") for t in texts)
    assert any("read as two printed lines" in why for why in found.doubts.values())
    # (a sentence going on after its full stop, over a line that is no lead's, is left as printed; so is one with
    # no gap over a lead on its date: a sentence may go on into a date)
    at = next(k for k, line in enumerate(lines) if line.endswith("乙城开展职工健康体检")) + 1
    for under in ("乙城总工会为一线职工开展免费健康",) + (() if gap else ("9月2日，乙城总工会为一线职工开",)):
        changed = lines[:at] + [under] + lines[at + 1:]
        assert all("乙城开展职工健康体检" != t for t in (p.text for p in paragraphs(changed).paragraphs)), under


@pytest.mark.parametrize("tail", [" 广告", " 登报咨询电话：63522410", "转自《中工网》", " 转自《中工网》"])
def test_a_storys_last_line_read_as_one_with_the_furniture_or_source_under_it_is_cut(tail):
    """A story's last line and the line under it read as one (…跟踪体检结果。 广告; …结果。转自《中工网》): a page's
    furniture and a source line are lines of their own, never a sentence's words, so the line is two, cut after
    the sentence's end (the gap or none), and the story ends there."""
    from unionnews.ingest.paragraphs import paragraphs
    lines = printed_column(["甲城举办职工技能大赛", "本报讯（记者周洁）近日，甲城总工会举办职工技能大赛，来自甲城各企业的两百余名职工参加比赛。",
                            "甲城总工会负责人表示，将持续开展技能竞赛活动。"], 16)
    lines[-1] += tail
    found = paragraphs(lines + printed_column(["乙城开展职工健康体检", "本报讯（记者吴昊）近日，乙城总工会为一线职工开展免费健康体检。"], 16))
    texts = [p.text for p in found.paragraphs]
    assert any(t.endswith("技能竞赛活动。") for t in texts) and tail.strip() in texts
