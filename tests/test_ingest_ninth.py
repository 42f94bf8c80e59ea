"""Punctuation forms, line widths, line layouts and blank-line noise that the other variant tables do not make
(tests/variants.py ``HELD_OUT_9``, ``--ninth`` in the bench scripts).  First what each part claims to do, on the
seed pages and on made-up lines; the page's printed characters stay what :func:`variants.canon` compares."""
from __future__ import annotations

import random
import re
import unicodedata

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
        ems = sum(1 if unicodedata.east_asian_width(ch) in "WFA" else 0.5 for ch in line)
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
