"""Punctuation forms, line widths, line layouts and blank-line noise that the other variant tables do not make
(tests/variants.py ``HELD_OUT_9``, ``--ninth`` in the bench scripts).  First what each part claims to do, on the
seed pages and on made-up lines; the page's printed characters stay what :func:`variants.canon` compares."""
from __future__ import annotations

import random
import re

import pytest

from test_ingest_helpers import RAW, SEEDS
from variants import HELD_OUT_9, canon, printed_column, relayout


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return {name: (RAW / name).read_text(encoding="utf-8") for name in SEEDS}


@pytest.mark.parametrize("layout", HELD_OUT_9)
def test_every_layout_of_the_table_keeps_the_printed_characters(pages, layout):
    """Each layout only re-lays the text out, adds whitespace or writes a mark in a form the compare reads as it."""
    for text in pages.values():
        for seed in (0, 1):
            assert canon(relayout(text, layout, seed)) == canon(text)


def test_digitmix_sets_some_runs_full_width_and_some_not(pages):
    page = relayout(pages[SEEDS[1]], "digitmix", 0)
    assert re.search("[０-９]", page) and re.search("[0-9]", page)
    assert not re.search("[0-9][０-９]|[０-９][0-9]", page)  # a run is one form


def test_twoem_and_midline_write_the_dashes_and_the_ellipsis_in_other_characters(pages):
    text = "".join(pages.values())
    page = relayout(text, "twoem+midline", 0)
    assert "——" in text and "——" not in page and "\u2e3a" in page
    assert "…" in text and "…" not in page and ("\u22ef" in page or "．．．" in page)


def test_halfspace_prints_the_marks_half_width_with_a_space_after():
    page = relayout("## 标题：甲乙\n甲城职工（一线）参赛，乙城参观；好吗？好！", "halfspace", 0)
    assert page.split("\n")[:2] == ["## 标题: 甲乙", "甲城职工 (一线) 参赛, 乙城参观; 好吗? 好!"]


def test_drift_sets_lines_one_longer_or_shorter_than_the_column():
    paragraph = "甲" * 400 + "。"
    lengths = {len(line) for line in relayout(paragraph, "printed+drift", 3).split("\n")[:-2]}
    assert len(lengths) >= 2 and max(lengths) - min(lengths) <= 2


def test_ems_counts_a_digit_or_a_latin_letter_half_an_em():
    lines = relayout("甲" * 60 + "2025" * 10 + "乙" * 60 + "。", "printed+ems", 5).split("\n")
    width = len(lines[0])
    for line in lines[:-2]:
        ems = sum(0.5 if ch.isascii() and ch not in ",;:?!()\"'" else 1 for ch in line)
        assert width - 0.5 <= ems <= width
    assert any(len(line) > width for line in lines)


def test_spacesplit_puts_each_piece_of_a_line_cut_at_its_spaces_on_a_line_of_its_own():
    page = relayout("## 甲城 乙城\n本报记者 张三 李四\n甲城职工参赛。", "spacesplit", 0)
    assert page.split("\n")[:5] == ["## 甲城 乙城", "本报记者", "张三", "李四", "甲城职工参赛。"]


@pytest.mark.parametrize("layout", ["printed+lsep", "rewrap+lsep"])
def test_lsep_parts_a_paragraphs_lines_by_a_line_separator_or_a_vertical_tab(layout):
    paragraphs = ["甲" * 50 + "。", "乙" * 40 + "。"]
    page = relayout("\n".join(paragraphs), layout, 2)
    lines = [line for line in page.split("\n") if line]
    assert len(lines) == 2 and all(re.search("[\u2028\u000b]", line) for line in lines)
    assert [re.sub("[\u2028\u000b]", "", line) for line in lines] == paragraphs


def test_photogap_leaves_runs_of_three_to_eight_blank_lines_between_text_lines():
    page = relayout("\n".join(["甲" * 30 + "。"] * 80), "printed+photogap", 1)
    runs = [len(m.group()) - 1 for m in re.finditer(r"\n\n+", page)]
    assert runs and all(3 <= n <= 8 for n in runs)


def test_headgap_sets_blank_lines_around_a_headline_cut_into_pieces_but_not_between_them():
    text = "## 甲城职工技能大赛圆满落幕了\n本报讯 甲城职工参赛。\n\n\n乙城开展职工健康体检\n乙城职工体检。"
    page = relayout(text, "printed+headgap", 0)
    assert "\x0e" not in page and "\x0f" not in page
    blocks = [block.split("\n") for block in re.split(r"\n\n+", page.strip("\n"))]
    assert blocks[0][0].startswith("## ") and len(blocks[0]) == 2 and blocks[0][1].endswith("了")
    assert "乙城开展职工健康体检" in blocks[1]  # on a marked page only its marked lines are headlines
    page = relayout(text.replace("## ", ""), "printed+headgap", 0)  # on a page with none, its headline-like lines
    blocks = [block.split("\n") for block in re.split(r"\n\n+", page.strip("\n"))]
    assert "".join(blocks[0]) == "甲城职工技能大赛圆满落幕了" and len(blocks[0]) == 2 and ["乙城开展职工健康体检"] in blocks


def test_the_tables_other_parts_keep_every_other_layouts_pages():
    """The parts hook into ``printed_column`` by keywords of their own: without them a column prints as before."""
    paras = ["甲" * 40 + "。", "## 乙城", "丙" * 25 + "。"]
    assert printed_column(paras, 12) == printed_column(paras, 12, past=None, joined="")
    assert random.Random(1).random() == random.Random(1).random()


# -- the rules the table asked for ------------------------------------------------------------------------------

def _texts(lines: list[str]) -> list[str]:
    from unionnews.ingest.paragraphs import paragraphs
    return [p.text for p in paragraphs(lines).paragraphs]


def _drifting_column(paras: list[str], width: int, seed: int) -> list[str]:
    from variants import _drift_widths
    return printed_column(paras, 0, widths=_drift_widths(width, random.Random(seed)))


@pytest.mark.parametrize("width", [12, 15, 20])
def test_a_column_whose_full_lines_drift_a_character_either_way_reads_as_its_paragraphs(tmp_path, width):
    """A justified column whose lines hold one character more or fewer here and there (marks squeezed, a line set
    looser): no one length was twice its neighbours, the page was read as text re-wrapped at random, every line
    one short of the next a paragraph's end.  Three neighbouring lengths holding most lines, changing from line to
    line, are one column: the paragraphs are the ones the column prints in one width."""
    from test_ingest_heldout import STORIES
    from test_ingest_third import _same_articles
    paras = [p for story in STORIES for p in story] * 2
    from unionnews.ingest.paragraphs import paragraphs
    drift, plain = _drifting_column(paras, width, 3), printed_column(paras, width)
    assert len({len(line) for line in drift}) > len({len(line) for line in plain[:-1]})
    found = paragraphs(drift)
    assert (found.layout, found.width) == ("columnar", width - 1)
    _same_articles("\n".join(drift) + "\n", "\n".join(plain) + "\n", tmp_path)


def test_items_set_in_columns_a_character_apart_are_no_drifting_column():
    """Each item in a column of its own width (12, 13, 14: runs of one length each) keeps its lengths for runs of
    lines: not one column whose lines drift."""
    from test_ingest_heldout import STORIES
    from unionnews.ingest.paragraphs.widths import drifting
    lines = [line for k, story in enumerate(STORIES * 2) for line in printed_column(story, 12 + k % 3)]
    assert drifting(lines) is None
    assert drifting(_drifting_column([p for story in STORIES for p in story] * 2, 14, 1)) == 13


def test_english_word_spaces_after_half_width_marks_are_taken_off():
    """A page an English-trained engine read (参赛, 乙城; 职工 (一线)): each mark's space counted in the column, so
    no length was the column's and the page was read as re-wrapped text.  On a page that sets a space after most
    of its half-width marks, the spaces go (not beside a Latin letter); a page with a few keeps them."""
    from unionnews.ingest.decode import unspace_marks
    assert unspace_marks(["甲城职工 (一线) 参赛, 乙城参观; 好吗? 好! 甲, 乙, 丙: 丁", "Hello, world. 甲, 乙"]) == [
        "甲城职工(一线)参赛,乙城参观;好吗?好!甲,乙,丙:丁", "Hello, world. 甲,乙"]
    kept = ["交流机会, 屡屡卡在", "甲,乙,丙,丁,戊,己"]
    assert unspace_marks(kept) == kept


def test_a_printed_column_with_spaces_after_its_half_width_marks_reads_as_its_paragraphs(tmp_path):
    from test_ingest_heldout import STORIES
    from test_ingest_third import _same_articles
    from variants import _halfspace
    paras = [p for story in STORIES for p in story] * 2
    plain = printed_column(paras, 13)
    spaced = _halfspace("\n".join(plain), random.Random(0)).split("\n")
    from unionnews.ingest.decode import unspace_marks
    half = str.maketrans("，（）", ",()")
    assert spaced != plain and _texts(unspace_marks(spaced)) == [t.translate(half) for t in _texts(plain)]
    _same_articles("\n".join(spaced) + "\n", "\n".join(plain) + "\n", tmp_path)


def test_a_lone_headline_a_word_reads_across_into_the_text_under_is_said_in_review():
    """A piece of a line cut at a wide gap (甲城文艺晚 | 会以丰富的…: 晚会 across the break) after a closed story reads
    as a lone headline, and the text under it, which goes on the story above, opened an item with no review
    reason: a file of two stories' text.  The review names the word; a headline with no word across says nothing."""
    from unionnews.ingest.segment import make_units, segment
    lines = ["甲城举办职工技能大赛", "本报讯（记者周洁）近日，甲城总工会举办职工技能大赛。", "", "比赛设焊工、电工等多个项目。", "",
             "本报记者 周洁 摄", "", "", "甲城文艺晚", "会以丰富的艺术语言再现了甲城职工的风采。", "", "", "乙城开展职工健康体检",
             "本报讯（记者吴昊）近日，乙城总工会为一线职工开展免费健康体检。"]
    drafts, _ = segment(make_units(lines, None))
    said = [d for d in drafts if any("晚会 reads across into the text under it" in x for x in d.doubts)]
    assert [d.head[0].text for d in said] == ["甲城文艺晚"]
    lines[8] = "甲城文艺演出"
    drafts, _ = segment(make_units(lines, None))
    assert not any("reads across into the text under it" in x for d in drafts for x in d.doubts)
