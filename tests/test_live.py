"""live.py: serve's in-memory rebuild of a text edit gives the same bytes as a clean build, and a failed
one leaves both site/ and the model as they were.  On the three-article fixture, one process."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, build_project, make_project, tree
from unionnews.incremental import live as live_module
from unionnews.config import load_config
from unionnews.errors import UnionnewsError
from unionnews.incremental.live import LiveSite

FIXTURE = ROOT / "tests" / "fixtures" / "three" / "content"


def clean_tree(project: Path, scratch: Path) -> dict[str, bytes]:
    """The same sources built from nothing in another folder."""
    other = make_project(scratch, project / "content")
    shutil.copy(project / "site.toml", other / "site.toml")
    build_project(other, jobs=None)
    return tree(other / "site")


@pytest.fixture
def served(tmp_path):
    project = make_project(tmp_path / "a", FIXTURE)
    config, _ = load_config(project)
    return project, LiveSite(config, jobs=1)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def first_article(project: Path) -> Path:
    return sorted((project / "content").rglob("*.md"))[-1]


def test_a_text_edit_from_memory_gives_the_clean_builds_bytes(served, tmp_path):
    project, live = served
    path = first_article(project)
    body_line = path.read_text(encoding="utf-8").split("---\n", 2)[2].splitlines()[0]
    edit(path, body_line, body_line + "（本报更正：补记一句。）")
    title = re.search(r"^title: (.*)$", path.read_text(encoding="utf-8"), re.M).group(1)
    edit(path, f"title: {title}", "title: 更正后的标题")
    before = tree(project / "site")
    report = live.update({path})
    assert report.quick, "a text edit takes the quick path"
    after = tree(project / "site")
    changed = {url for url in after if before.get(url) != after[url]}
    assert changed and len(changed) < len(after) // 2, "only the pages that show the article"
    assert any(url.startswith("article/") for url in changed)
    assert after == clean_tree(project, tmp_path / "b")
    assert report.changed == len(changed)


def test_an_edit_that_changes_structure_falls_back_to_a_build_with_the_same_result(served, tmp_path):
    project, live = served
    path = first_article(project)
    edit(path, "tags: [", "tags: [新标签, ")
    report = live.update({path})
    assert not report.quick
    assert tree(project / "site") == clean_tree(project, tmp_path / "b")
    assert any(url.startswith("tags/x/xin-biao-qian-") for url in tree(project / "site")), "the new tag has its page"


def test_a_failed_quick_update_leaves_site_and_model_as_they_were(served, tmp_path, monkeypatch):
    project, live = served
    path = first_article(project)
    article = next(a for a in live.built.site.articles if project / a.path == path)
    before_site, before_body = tree(project / "site"), article.body
    text = path.read_text(encoding="utf-8")
    edit(path, "\n---\n", "\n---\n新加的一段。\n\n")

    def refuse(self, journal=None):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(live_module.OverlayWriter, "commit", refuse)
    with pytest.raises(OSError):
        live.update({path})
    monkeypatch.undo()
    assert tree(project / "site") == before_site
    assert article.body == before_body, "the model went back to what site/ shows"
    assert live.update({path}).quick, "the next attempt succeeds from the same state"
    assert tree(project / "site") == clean_tree(project, tmp_path / "b")
    path.write_text(text, encoding="utf-8")
    assert live.update({path}).quick
    assert tree(project / "site") == before_site, "undoing the edit restores the original bytes"


def test_bad_input_is_refused_and_site_is_untouched(served):
    project, live = served
    path = first_article(project)
    before = tree(project / "site")
    edit(path, "\ntitle:", "\ntitle: [unclosed")
    with pytest.raises(UnionnewsError):
        live.update({path})
    assert tree(project / "site") == before


def test_save_leaves_a_cache_the_next_command_line_build_trusts(served):
    project, live = served
    path = first_article(project)
    edit(path, "\n---\n", "\n---\n又一段。\n\n")
    assert live.update({path}).quick
    live.save()
    report = build_project(project)
    assert report.changed == 0, "the saved cache describes site/ exactly: nothing to write"
