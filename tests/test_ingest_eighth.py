"""Line widths, line layouts and blank-line noise that the other variant tables do not make (tests/variants.py
``HELD_OUT_8``): a column set narrower for a stretch of lines (text run around a photo).  Made-up pages; each
case lost stories, ran two together or cut paragraphs apart before the rule it names."""
from __future__ import annotations

from test_ingest_heldout import STORIES
from test_ingest_third import _same_articles
from test_ingest_tiny import PLACES
from unionnews.ingest.paragraphs import paragraphs
from variants import printed_column


def _texts(lines: list[str]) -> list[str]:
    return [p.text for p in paragraphs(lines).paragraphs]


def test_a_column_set_narrower_for_a_stretch_reads_on_across_its_lines(tmp_path):
    """A column of 14 set 10 wide for six lines (a photo beside it): each of those lines was a short line
    stopping mid-sentence, a paragraph's end (or a column the OCR cut, whose sentence the reading order looked
    for elsewhere).  A run of three or more lines of one shorter length, of text, is the column's narrower
    measure there: the paragraphs are the ones the column prints without the photo."""
    paras = [p for story in STORIES for p in story]
    narrow = printed_column(paras, 0, widths=iter([14] * 5 + [10] * 6 + [14] * 1000))
    plain = printed_column(paras, 14)
    assert narrow != plain and _texts(narrow) == _texts(plain)
    got = _same_articles("\n".join(narrow) + "\n", "\n".join(plain) + "\n", tmp_path)
    assert sorted(a["text"][:2] for a in got) == sorted(PLACES[:3])


def test_three_short_paragraphs_of_one_length_are_no_narrower_stretch():
    """Lines of one shorter length that end their sentences (one-line paragraphs, a list) stay paragraphs of
    their own: only text going on across the stretch's lines reads as a narrower measure."""
    lines = printed_column([p for story in STORIES for p in story], 14)
    lines[5:5] = ["甲城职工参赛。", "乙城职工参观。", "丙城职工读书。"]
    assert [t for t in _texts(lines) if t.endswith(("参赛。", "参观。", "读书。"))] == ["甲城职工参赛。", "乙城职工参观。",
                                                                                  "丙城职工读书。"]
