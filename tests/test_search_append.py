"""Publishing a new issue: the search index keeps its older segments and re-indexes only the newest articles.

Small segments (LEVEL 16, FANOUT 2, so the main segment takes blocks of 128) stand in for
the real sizes; the build runs as people run it, and its output must equal a clean build.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import MAKE_CORPUS, make_project, tree
from test_incremental import clean_copy_matches, rebuild
from unionnews.search import layout


@pytest.fixture
def small_segments(monkeypatch):
    monkeypatch.setattr(layout, "LEVEL", 16)
    monkeypatch.setattr(layout, "FANOUT", 2)


def _newest(content: Path, count: int) -> list[Path]:
    """The article files of the newest `count` articles (paths hold the date; ids order within a day)."""
    return sorted(content.rglob("*.md"), key=lambda p: (p.parent.relative_to(content).parts, p.name))[-count:]


@pytest.mark.parametrize("total,held", [(160, 8), (100, 10), (129, 1), (160, 40)])
def test_publishing_an_issue_keeps_old_segments(tmp_path, small_segments, total, held):
    """(160, 40): 120 articles are blocks of 64, 32, 16 and 8, which all merge into the main segment of 128."""
    gen = tmp_path / "gen"
    subprocess.run([sys.executable, str(MAKE_CORPUS), str(gen), "-n", str(total), "--from-year", "2024"],
                   check=True, capture_output=True)
    later = tmp_path / "later"
    for path in _newest(gen / "content", held):  # today's issue, held back from the first build
        target = later / path.relative_to(gen / "content")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(path, target)
    project = make_project(tmp_path / "a", gen / "content")
    rebuild(project)
    before = {url: data for url, data in tree(project / "site").items() if url.startswith("search/")}
    shutil.copytree(later, project / "content", dirs_exist_ok=True)
    rebuild(project)
    after = {url: data for url, data in tree(project / "site").items() if url.startswith("search/")}
    clean_copy_matches(project, tmp_path / "b")

    kept = set(layout.segments(total - held)) & set(layout.segments(total))
    assert bool(kept) == (held != 40)
    changed = {url for url in after if before.get(url) != after[url]} | (before.keys() - after.keys())
    assert not [url for url in changed if any(layout.in_segment(url, *s) for s in kept)]
    assert any(layout.in_segment(url, *s) for url in after for s in kept) or not kept


@pytest.mark.parametrize("field,value", [("tags", "[职代会, 新加的标签]"), ("title", '"改过的标题"')])
def test_editing_an_article_the_records_dictionary_samples(tmp_path, small_segments, field, value):
    """The oldest article is in the records dictionary (layout.dictionary_docs), which every records file
    is deflated against: editing it (a facet: re-indexed; a title: patched) rewrites the records of the
    segments kept, and the site equals a clean build."""
    gen = tmp_path / "gen"
    subprocess.run([sys.executable, str(MAKE_CORPUS), str(gen), "-n", "100", "--from-year", "2024"],
                   check=True, capture_output=True)
    project = make_project(tmp_path / "a", gen / "content")
    rebuild(project)
    assert 0 in layout.dictionary_docs(100) and len(layout.segments(100)) > 1
    before = {url: data for url, data in tree(project / "site").items() if url.startswith("search/")}
    oldest = sorted((project / "content").rglob("*.md"), key=lambda p: (p.parent.relative_to(project / "content").parts, p.name))[0]
    lines = oldest.read_text(encoding="utf-8").split("\n")
    at = next(k for k, line in enumerate(lines) if line.startswith(field + ":"))
    lines[at] = f"{field}: {value}"
    oldest.write_text("\n".join(lines), encoding="utf-8")
    rebuild(project)
    after = {url: data for url, data in tree(project / "site").items() if url.startswith("search/")}
    clean_copy_matches(project, tmp_path / "b")
    assert before["search/d.js"] != after["search/d.js"]
    last = max(start for start, _ in layout.segments(100))
    assert before[f"search/{layout.records_name(layout.records_file(last))}.js"] != \
        after[f"search/{layout.records_name(layout.records_file(last))}.js"]
