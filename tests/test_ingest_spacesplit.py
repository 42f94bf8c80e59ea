"""A column page printed line by line by an engine that cuts each line at its word spaces (PaddleOCR, EasyOCR:
one text box a line, a wide gap's two sides two boxes): a headline's phrases, a byline's names, a lead's credit
and a space the OCR read inside running text each come out on lines of their own.  Made-up pages."""
from __future__ import annotations

import re

import pytest

from variants import printed_column

from unionnews.ingest.paragraphs import paragraphs
from unionnews.ingest.paragraphs.widths import _width

BODY = ("某区总工会今年以来持续推进职工书屋建设，在全区新建和改建职工书屋二十余家，配备图书两万余册，"
        "并组织读书分享、名家讲座等活动五十余场，参与职工超过一万人次，受到广大职工的欢迎和好评。")
PAGE = [
    "书香满园 悦读同行 某区职工书屋焕新开放",
    "本报讯（记者 李明） 7月28日上午，某区总工会职工书屋焕新开放，新添图书三千余册。",
    BODY, BODY,
    "书屋还开通了线上借阅平台，职工在手机上就能预约图书，由工会志愿者送到车间和班组。",
    "郑明 郝亮 朱文静",
    "本报记者 陈辉 摄",
    "技能比武 擂台竞技 三百名青工同台比拼",
    "本报讯（记者 孙丽）7月28日，某市总工会举办青年职工技能比武，三百名青工参加了六个项目的比拼。",
    BODY, BODY,
    "据悉，这些选手曾面临三 大难题：技术信息交流不畅，培训 资源不足，激励措施不到位。",
    BODY,
    "本报记者 吴红 通讯员 郭涛 摄影报道",
]


def _cut(lines: list[str]) -> list[str]:
    """Each printed line cut at every run of spaces, a piece a line."""
    return [piece for line in lines for piece in re.split(r" +", line.strip()) if piece]


def _texts(width: int) -> list[str]:
    return [p.text for p in paragraphs(_cut(printed_column(PAGE, width))).paragraphs]


@pytest.mark.parametrize("width", [12, 13, 14])
def test_a_headline_whose_phrases_an_engine_cut_apart_is_read_as_its_printed_lines(width):
    """书香满园 | 悦读同行 | 某区…: two phrases of four characters, each too short to stand as a headline line, and
    the pieces fill the column with a place for each space the engine took out: one printed line, not a
    headline of four characters over a story opening 悦读同行."""
    assert _texts(width)[0].startswith("书香满园 悦读同行 某区")


@pytest.mark.parametrize("width", [12, 13, 14])
def test_a_line_of_names_cut_at_its_spaces_is_one_line(width):
    """郑明 | 郝亮 | 朱文静: no paragraph, headline or credit is a name alone; the names line stays one."""
    texts = _texts(width)
    assert any(t.startswith("郑明 郝亮 朱文静") for t in texts)
    assert not {"郑明", "郝亮", "朱文静"} & set(texts)


def test_a_leads_credit_cut_at_its_spaces_keeps_its_date():
    """本报讯（记者 | 李明） | 7 | 月28日上午，…: the credit's pieces and the date's first digit fill the column; the
    digit alone is no page number, and the lead stays one paragraph with its date."""
    texts = _texts(12)
    assert any(t.startswith("本报讯（记者 李明） 7月28日上午") for t in texts)
    assert "7" not in texts


@pytest.mark.parametrize("width", [13, 14])
def test_a_space_the_ocr_read_inside_running_text_ends_no_paragraph(width):
    """…曾面临三 | 大难题：…: a short piece whose rest fills the column with it goes on its sentence."""
    texts = _texts(width)
    assert any("曾面临三 大难" in t for t in texts)
    assert not any(t.startswith(("大难", "大")) for t in texts)


def test_a_page_that_kept_its_spaces_has_no_cut_lines():
    """The same page printed with its spaces inside the lines: no short lines fill the column together."""
    from unionnews.ingest.paragraphs.gaps import gap_runs
    lines = printed_column(PAGE, 13)
    assert gap_runs(lines, _width(lines)) == []


def test_a_paragraphs_last_line_over_a_subhead_that_fills_the_column_stays_apart():
    """…常来这里看书。 | 书香浸润: a finished sentence, then a subhead, the two filling the column with a space's
    place by chance on a page cut at its spaces; the line after opens a paragraph of its own, not the rest of the
    subhead's sentence (it opens on no particle, no word's end): two lines."""
    tail = ["职工们都说，书屋成了下班后最爱去", "的地方，常来这里看书。", "书香浸润", "书屋还将开设夜校，请技术骨干讲授",
            "焊接、电工等课程，帮助职工提升技能。"]
    lines = _cut(printed_column(PAGE, 16)) + tail
    texts = [p.text for p in paragraphs(lines).paragraphs]
    assert "书香浸润" in texts
