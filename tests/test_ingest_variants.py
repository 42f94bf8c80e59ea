"""The seed pages re-laid out as other OCR engines print them (tests/variants.py) give the
same articles: nothing lost, nothing made up and no two stories in one file without a review
reason, and, where the layout keeps paragraphs apart, every article whole."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from test_ingest_helpers import PAPERS, RAW, SEEDS, output_chars, printed_chars
from unionnews.ingest import run_import
from unionnews.ingest.paragraphs import paragraphs
from variants import LAYOUTS, article_texts, compare, invented, relayout

CASES = [(layout, seed) for layout in LAYOUTS for seed in (0, 1)]
# layouts whose paragraphs are parted by blank lines: every seed article comes out whole
WHOLE = {"rewrap", "rewrap+halfwidth", "halfwidth"}


def _import(tmp: Path, pages: dict[str, str]) -> Path:
    project = tmp / "project"
    shutil.copytree(RAW, project / "raw")
    for name, text in pages.items():
        (project / "raw" / name).write_text(text, encoding="utf-8")
    run_import([project / "raw"], project / "content", project, PAPERS)
    return project / "content"


@pytest.fixture(scope="module")
def originals(tmp_path_factory):
    pages = {name: (RAW / name).read_text(encoding="utf-8") for name in SEEDS}
    return pages, article_texts(_import(tmp_path_factory.mktemp("orig"), pages))


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_pages_pass_the_paragraph_stage_unchanged(seed):
    lines = (RAW / seed).read_text(encoding="utf-8").split("\n")
    found = paragraphs(lines)
    assert found.identity and found.lines == lines


@pytest.mark.parametrize("layout,seed", CASES)
def test_variant_gives_the_same_articles(tmp_path, originals, layout, seed):
    pages, base = originals
    relaid = {name: relayout(text, layout, seed) for name, text in pages.items()}
    content = _import(tmp_path, relaid)
    assert output_chars(content) == sum((printed_chars(t.splitlines()) for t in relaid.values()),
                                        start=printed_chars([])), "a printed character was lost or added"
    got = article_texts(content)
    result = compare(base, got)
    assert invented(got, "\n".join(relaid.values())) == []
    assert result["mixed_unflagged"] == []
    if layout in WHOLE:
        assert result["whole"] == result["of"], result["missing"]


def test_printed_column_is_joined_into_paragraphs():
    text = ("# 首届大国工匠论坛在长沙\n举办\n本报讯（记者 白莹）近日，\n首届大国工匠论坛在湖南\n省长沙市举行。此次论坛\n"
            "旨在深入学习贯彻习近平\n总书记重要论述。\n全国人大常委会副委员长\n、中华全国总工会主席王\n东明向论坛书面致辞。\n"
            "此次论坛由中华全国总工\n会主办。\n")
    found = paragraphs(text.split("\n"))
    assert found.layout == "columnar" and found.width == 11
    assert [p.text for p in found.paragraphs] == [
        "# 首届大国工匠论坛在长沙举办", "本报讯（记者 白莹）近日，首届大国工匠论坛在湖南省长沙市举行。此次论坛旨在深入学习贯彻习近平总书记重要论述。",
        "全国人大常委会副委员长、中华全国总工会主席王东明向论坛书面致辞。", "此次论坛由中华全国总工会主办。"]
    assert found.paragraphs[1].lines == (3, 4, 5, 6, 7)


def test_wrapped_lines_and_a_stray_blank_before_punctuation():
    text = "标题在这里\n\n第一段的文字被随意\n折成几行，直到句号。\n\n，这一行不能开头所以接上。\n\n第二段。\n"
    found = paragraphs(text.split("\n"))
    assert [p.text for p in found.paragraphs] == [
        "标题在这里", "第一段的文字被随意折成几行，直到句号。，这一行不能开头所以接上。", "第二段。"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_pages_read_in_order_are_never_reordered_in_any_layout(layout):
    """Seeds 000, 001, 003 and 004 are in reading order: whatever their layout, no join moves text."""
    from unionnews.ingest.reorder import find_order

    for name in SEEDS:
        if "seed002" in name:
            continue
        for seed in range(3):
            lines = paragraphs(relayout((RAW / name).read_text(encoding="utf-8"), layout, seed).split("\n")).lines
            assert find_order(lines) is None, (name, seed)
