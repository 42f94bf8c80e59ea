"""Engines' result formats, column reading and line breaking that the other variant tables do not make
(tests/variants.py ``HELD_OUT_11``, ``--eleventh`` in the bench scripts).  First what each part claims to do, on
the seed pages and on made-up lines; the page as printed keeps what :func:`variants.canon` compares.  Then the
rules the table asked for, each on a made-up page."""
from __future__ import annotations

import ast
import re

import pytest

from test_ingest_helpers import RAW, SEEDS
from variants import HELD_OUT_11, NO_START, canon, relayout


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return {name: (RAW / name).read_text(encoding="utf-8") for name in SEEDS}


@pytest.mark.parametrize("layout", HELD_OUT_11)
def test_every_layout_of_the_table_prints_the_page_once_its_furniture_is_off(pages, layout):
    """Each layout re-lays the text out or writes furniture the page as printed has not: that page is the seed's."""
    for text in pages.values():
        for seed in (0, 1):
            page = relayout(text, layout, seed)
            assert not re.search("[\x01-\x08\x0e-\x1f]", page.replace("\t", ""))  # no mark a part left
            assert canon(relayout(text, layout, seed, printed_only=True)) == canon(text)


def test_rowjoin_reads_two_columns_across_each_row():
    text = "\n".join(f"甲{i:02d}" + "甲" * 9 + "，" for i in range(10)) + "\n\n" + \
        "\n".join(f"乙{i:02d}" + "乙" * 9 + "，" for i in range(10))
    lines = relayout(text, "rowjoin", 3).split("\n")
    assert re.fullmatch(r"甲00甲{9}，(?: {1,2}|\t)乙00乙{9}，", lines[0])
    assert relayout(text, "rowjoin", 3, printed_only=True) == text + "\n"


def test_sidebar_sets_a_short_item_between_two_lines_of_another_story():
    host = "## 甲城举办大赛\n" + "本报讯（记者周洁）近日，" + "甲城总工会举办职工技能大赛，" * 20 + "比赛圆满结束。"
    side = "## 乙城开展体检\n本报讯 乙城总工会近日为两百名一线职工免费开展健康体检，受到职工欢迎。"
    text = host + "\n\n\n" + side + "\n\n\n" + host.replace("甲", "丙")
    page = relayout(text, "printed+sidebar", 0)
    lines = page.split("\n")
    at = lines.index("## 乙城开展体检")
    above = next(line for line in reversed(lines[:at]) if line.strip())
    assert above[-1] not in "。" and sorted(canon(page)) == sorted(canon(relayout(text, "printed", 0)))
    assert canon(relayout(text, "printed+sidebar", 0, printed_only=True)) == canon(text)


def test_pushout_carries_a_character_down_with_a_mark():
    text = ("甲" * 13 + "，") * 20 + "。"
    lines = relayout(text, "printed+pushout", 0).split("\n")
    assert not any(line[:1] in NO_START for line in lines)
    assert any(line.endswith("甲") and len(line) < max(map(len, lines)) for line in lines)


def test_markcut_cuts_a_line_after_a_mark():
    lines = relayout(("甲" * 5 + "，") * 80 + "。", "printed+markcut", 0).split("\n")
    assert any(len(line) < 8 and line.endswith("，") for line in lines[:-1])


def test_tsv_writes_tesseracts_rows_and_the_words_read_back_as_the_lines():
    page = relayout("甲城举办大赛\n\n本报讯（记者 周洁）近日，甲城总工会举办职工技能大赛。", "tsv", 0)
    rows = [row.split("\t") for row in page.strip("\n").split("\n")]
    assert rows[0][0] == "level" and all(len(row) == 12 for row in rows)
    words = [row for row in rows[1:] if row[0] == "5"]
    assert "".join(row[11] for row in words) == "甲城举办大赛本报讯（记者周洁）近日，甲城总工会举办职工技能大赛。"
    assert {row[3] for row in words} == {"1"} and {row[2] for row in words} == {"1", "2"} or \
        {row[3] for row in words} == {"1", "2"}


def test_pyresult_prints_each_line_as_a_python_result():
    page = relayout("甲城举办大赛\n本报讯（记者 周洁）近日，甲城总工会举办职工技能大赛。", "pyresult", 0)
    texts = []
    for line in page.strip("\n").split("\n"):
        value = ast.literal_eval(line)
        texts.append(value[1][0] if isinstance(value, list) else value[1])
    assert texts == ["甲城举办大赛", "本报讯（记者 周洁）近日，甲城总工会举办职工技能大赛。"]


# The rules the table asked for, each on a made-up page.

from test_ingest_heldout import STORIES  # noqa: E402
from test_ingest_third import _page, _same_articles  # noqa: E402


def test_a_page_of_tesseracts_tsv_reads_as_its_lines(tmp_path):
    """Tesseract's TSV: the word rows of each line read as the line, the header, the other levels' rows, the boxes
    and the scores taken off; the same articles as the page in plain text."""
    text = "\n".join(_page(STORIES))
    page, plain = relayout(text, "printed+tsv", 5), relayout(text, "printed+tsv", 5, printed_only=True)
    assert page.startswith("level\tpage_num") and plain.split("\n")[0] not in page.split("\n")
    _same_articles(page, plain, tmp_path)


def test_a_page_of_an_engines_python_results_reads_as_their_texts(tmp_path):
    """PaddleOCR's and EasyOCR's printed results, one a line: each line's text, out of its quotes."""
    text = "\n".join(_page(STORIES))
    for seed in (5, 6):
        page, plain = relayout(text, "printed+pyresult", seed), relayout(text, "printed+pyresult", seed, True)
        assert page.startswith(("[[[", "([[")) and plain.split("\n")[0] not in page.split("\n")
        (tmp_path / str(seed)).mkdir()
        _same_articles(page, plain, tmp_path / str(seed))


def test_a_line_that_looks_like_a_python_result_alone_is_text():
    """One such line on a page of text is no result dump: kept as it is."""
    from unionnews.ingest.decode import unresult
    lines = ["本报讯 近日，甲城举办大赛。", "([[1, 2], [3, 4], [5, 6], [7, 8]], '甲', 0.9)", "比赛圆满结束。"]
    assert unresult(lines) == (lines, 0, ())


def test_two_columns_read_across_each_row_read_as_the_left_column_then_the_right():
    """Tesseract's --psm 6 on a page of two columns: each line a row, the left column's line, a space, the right
    one's; read as the left column, then the right one (a short last line of a paragraph parts at the gap that leaves
    a right half as wide as the column)."""
    from unionnews.ingest.rowsacross import rows_across
    left = ["甲城总工会近日举办职工技", "能大赛，两百余名职工参加", "比赛。", "比赛设焊工、电工等多个项",
            "目，职工在赛场上比拼技能", "。甲城总工会负责人表示，", "将持续开展技能竞赛活动。", "甲城职工书屋开放，职工可",
            "以在书屋借阅图书、参加读"]
    right = ["乙城总工会为一线职工开展", "免费健康体检，覆盖乙城三", "十余家企业的职工，体检项", "目包括血常规、心电图等。",
             "乙城总工会负责人表示，将", "把体检作为一项长期工作，", "每年为一线职工开展体检。", "丙城总工会开展送清凉活动",
             "，为户外劳动者送去防暑降"]
    rows = [f"{a} {b}" for a, b in zip(left, right)]
    lines, column, guessed = rows_across(rows)
    assert column is not None and lines == left + right and guessed == []


def test_a_column_page_with_word_spaces_is_not_read_as_rows():
    from unionnews.ingest.rowsacross import rows_across
    text = "\n".join(_page(STORIES))
    for layout in ("printed+wordspace", "printed+boxrow", "printed+spaced", "printed+halfspace"):
        lines = relayout(text, layout, 7).split("\n")
        assert rows_across(lines)[1] is None


def test_a_page_read_across_two_columns_invents_no_sentence(tmp_path):
    """A made-up page of two columns read across each row: the stories come back whole, nothing run together."""
    text = "\n".join(_page(STORIES))
    page, plain = relayout(text, "printed+rowjoin", 3), relayout(text, "printed+rowjoin", 3, printed_only=True)
    assert any(" " in line.strip() or "\t" in line for line in page.split("\n"))
    _same_articles(page, plain, tmp_path)


def _paddle_dump(rows: list[str | None], pitch: int = 34, cell: int = 15) -> str:
    """A page as PaddleOCR's demo loop prints it, one ``[[corners], ('text', score)]`` a line: each text of
    ``rows`` a line ``pitch`` below the one before, a None a line's worth of vertical space that holds no text."""
    out, y = [], 120
    for row in rows:
        if row is not None:
            x1 = 60 + len(row) * cell
            corners = ", ".join(f"[{x:.1f}, {yy:.1f}]" for x, yy in ((60, y), (x1, y), (x1, y + pitch - 6),
                                                                    (60, y + pitch - 6)))
            out.append(f"[[{corners}], ({row!r}, 0.97)]")
        y += pitch
    return "\n".join(out) + "\n"


def test_a_box_an_engines_results_set_off_by_space_stays_apart(tmp_path):
    """A framed item set into another story's column, between two of its lines, space above and below it: the
    engine's results keep where each line stood but write no blank line, so the box read on inside the host's
    sentence.  A gap of over one and a half line pitches between two lines of one column is the blank line the
    page's plain text shows there: the box is its own article, the host's sentence runs on across it, and each
    file's provenance names the file's lines (the blank lines read from the space are none of them)."""
    from test_ingest_helpers import articles, import_page
    host = ["甲城举办职工技能大赛", "本报讯（记者 周洁）近日，甲城", "总工会在市体育中心举办第三届", "职工技能大赛，来自全市",
            "的二百余名职工参加焊接、电工", "和数控车床等八个项目的比", "赛。经过两天激烈角逐，共有", "二十四名选手获得一等奖，",
            "他们将代表甲城参加全省职工", "技能大赛。市总工会负责人表", "示，将继续为职工搭建展示", "技能的平台。"]
    box = ["乙城开展职工健康体检", "本报讯 乙城总工会近日为两百", "名一线职工免费开展健康体检，", "受到职工欢迎。"]
    other = ["丙城建成职工书屋", "本报讯（通讯员 李明）日前，丙", "城总工会在十个社区建成职工书", "屋，为职工提供阅读场所。"]
    rows: list[str | None] = host[:6] + [None, None] + box + [None, None] + host[6:] + [None, None] + other
    page = _paddle_dump(rows)
    content = import_page(tmp_path, page, "ldwb/2025-09-24/03.txt")
    found = {front["title"]: (body, front) for _, front, body in articles(content)}
    assert set(found) == {host[0], box[0], other[0]}
    body, front = found[host[0]]
    assert "比赛。经过两天" in body.replace("\n", "") and "乙城" not in body
    assert box[1][-4:] + box[2] in found[box[0]][0].replace("\n", "")
    # the file's lines: the host's 1-6 and 11-16, the box's 7-10, the third story's 17-20
    assert front["provenance"]["lines"] == "1-6,11-16"
    assert any("6→11" in reason for reason in front["review"])  # the join named by the file's lines too
    assert found[box[0]][1]["provenance"]["lines"] == "7-10"
    assert found[other[0]][1]["provenance"]["lines"] == "17-20"


def test_space_under_a_taller_line_is_no_gap():
    """A headline in larger type stands taller, so its next line's top is further down: the space is measured
    from the box's foot, and only space beyond the page's usual leading sets a block off.  A line of one low mark
    (。) has a short box: read as tall as the page's lines, its glyph's height is no gap."""
    from unionnews.ingest.decode import set_off, unresult

    def line(text: str, top: int, height: int) -> str:
        return f"([[60, {top}], [400, {top}], [400, {top + height}], [60, {top + height}]], {text!r}, 0.95)"
    tops = [(100, 60), (168, 28), (202, 28), (236, 28), (270, 28), (372, 28), (406, 28), (458, 10),
            (474, 28)]  # two lines of space before the sixth; a low, short box for the eighth
    texts = ["甲城举办大赛", "本报讯 近日，甲城总工会举办", "职工技能大赛，来自全市的二百", "余名职工参加", "比赛。",
             "乙城开展体检", "本报讯 乙城总工会近日为职工体检", "。", "体检覆盖全市职工。"]
    file_lines = [line(text, top, height) for text, (top, height) in zip(texts, tops)]
    lines, count, boxes = unresult(file_lines)
    assert count == 9
    spaced, origin = set_off(lines, boxes)
    assert spaced == texts[:5] + ["", ""] + texts[5:]
    assert origin == ((1,), (2,), (3,), (4,), (5,), (6,), (6,), (6,), (7,), (8,), (9,))


def test_a_tsv_pages_articles_cite_the_rows_their_words_stand_in(tmp_path):
    """Tesseract's TSV: a text line is read from many rows, so the decoded lines are not the file's; each
    article's provenance names the file lines (rows) its words stand in, the line rows and word rows of its lines,
    not the decoded line numbers (which pointed at the first story's rows for every story)."""
    from collections import Counter

    from test_ingest_helpers import articles, import_page
    text = "\n".join(_page(STORIES))
    page = relayout(text, "printed+tsv", 5)
    rows = page.split("\n")
    content = import_page(tmp_path, page, "ldwb/2025-09-24/03.txt")
    found = articles(content)
    assert len(found) == 3
    for _, front, body in found:
        cited: list[str] = []
        for part in front["provenance"]["lines"].split(","):
            first, _, last = part.partition("-")
            cited += rows[int(first) - 1:int(last or first)]
        words = Counter("".join(row.split("\t")[11] for row in cited if row.startswith("5\t")))
        printed = Counter(re.sub(r"\s|^## ", "", body, flags=re.M))
        assert words and not printed - words, front["provenance"]["lines"]
