"""writers.py: SiteWriter stages beside site/ and swaps it in whole; IncrementalWriter moves in only changed files;
all or nothing."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import tree
from unionnews.errors import UnionnewsError
from unionnews.incremental.writers import MARKER, SiteWriter, check_output_dir, clean_stale, writer_for


def leftovers(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if p.name.startswith(".site."))


def publish(out: Path, files: dict[str, bytes]) -> SiteWriter:
    writer = SiteWriter(out)
    for url, data in files.items():
        writer.write(url, data)
    writer.commit()
    return writer


FIRST = {"index.html": b"home", "article/2025/a.html": b"A", "article/2025/b.html": b"B",
         "tags/x/x-1.html": b"X"}


def test_a_clean_build_appears_only_at_commit_with_its_marker(tmp_path):
    out = tmp_path / "site"
    writer = SiteWriter(out)
    writer.write("index.html", "首页")
    writer.write("article/2025/a.html", b"A")
    assert not out.exists(), "nothing is published before commit"
    assert writer.staging.parent == tmp_path, "staged beside site/: the swap is a rename on one file system"
    writer.commit()
    assert tree(out) == {"index.html": "首页".encode(), "article/2025/a.html": b"A",
                         MARKER: (out / MARKER).read_bytes()}
    assert (out / MARKER).read_bytes()
    assert leftovers(tmp_path) == []


def test_abort_leaves_the_previous_site_exactly_as_it_was(tmp_path):
    out = tmp_path / "site"
    publish(out, FIRST)
    before = tree(out)
    writer = SiteWriter(out)
    writer.write("index.html", b"new home")
    writer.write("other.html", b"other")
    writer.abort()
    assert tree(out) == before
    assert leftovers(tmp_path) == []


def test_a_full_commit_replaces_the_site_whole(tmp_path):
    out = tmp_path / "site"
    publish(out, FIRST)
    publish(out, {"index.html": b"v2"})
    assert set(tree(out)) == {"index.html", MARKER}, "files the new build did not make are gone"
    assert leftovers(tmp_path) == []


def test_incremental_commit_moves_in_only_changed_files(tmp_path):
    out = tmp_path / "site"
    first = publish(out, FIRST)
    site_inode = out.stat().st_ino
    kept_inode = (out / "article/2025/a.html").stat().st_ino
    (out / "stray.html").write_bytes(b"dropped in by hand")
    second = writer_for(out, None, (), first.table)
    assert second.incremental and second.strays == ["stray.html"]
    second.write("index.html", b"home")  # same bytes: not staged
    second.write("article/2025/a.html", b"A")
    second.write("article/2025/b.html", b"B, corrected")
    second.write("article/2025/c.html", b"C")  # new; tags/x/x-1.html is no longer made
    assert second.changed == {"article/2025/b.html", "article/2025/c.html"}
    second.commit()
    assert out.stat().st_ino == site_inode, "moved in file by file, not swapped"
    assert (out / "article/2025/a.html").stat().st_ino == kept_inode, "an unchanged file is not rewritten"
    assert tree(out) == {"index.html": b"home", "article/2025/a.html": b"A", "article/2025/b.html": b"B, corrected",
                         "article/2025/c.html": b"C", MARKER: (out / MARKER).read_bytes()}
    assert not (out / "tags").exists(), "a folder emptied by removals goes too"
    assert leftovers(tmp_path) == []


def test_a_file_changed_on_disk_is_written_again(tmp_path):
    out = tmp_path / "site"
    first = publish(out, FIRST)
    (out / "article/2025/a.html").write_bytes(b"truncated or edited by hand")
    second = writer_for(out, None, (), first.table)
    for url, data in FIRST.items():
        second.write(url, data)
    assert second.changed == {"article/2025/a.html"}
    second.commit()
    assert (out / "article/2025/a.html").read_bytes() == b"A"


def test_incremental_commit_is_all_or_nothing(tmp_path, monkeypatch):
    out = tmp_path / "site"
    first = publish(out, FIRST)
    before = tree(out)
    journal = tmp_path / "cache" / "commit-in-progress"
    second = writer_for(out, None, (), first.table)
    second.write("index.html", b"home v2")
    second.write("article/2025/a.html", b"A v2")
    second.write("new/deep/page.html", b"N")
    second.keep("article/2025/b.html")  # unchanged files: the commit moves only the changed ones in
    second.keep("tags/x/x-1.html")
    real = os.replace
    moved = []

    def flaky(src, dst):
        if str(dst).startswith(str(out)) and ".site.previous" not in str(src):
            moved.append(dst)
            if len(moved) == 3:
                raise OSError(28, "No space left on device")
        return real(src, dst)

    monkeypatch.setattr(os, "replace", flaky)
    with pytest.raises(OSError):
        second.commit(journal=journal)
    monkeypatch.undo()
    assert len(moved) == 3, "the failure struck after two files were already in site/"
    assert tree(out) == before, "every file put back, every new folder removed"
    assert not journal.exists(), "site/ is what the cache says again"
    second.abort()
    assert leftovers(tmp_path) == []


def test_the_same_file_twice_is_an_error(tmp_path):
    writer = SiteWriter(tmp_path / "site")
    writer.write("article/2025/a.html", b"1")
    with pytest.raises(UnionnewsError, match="same file"):
        writer.write("article/2025/a.html", b"2")
    writer.abort()


@pytest.mark.parametrize("url", ["../outside.html", "/etc/passwd", "a/../../b.html", "a//b.html", "a/./b.html",
                                 "a\\..\\b.html", "a\x00b.html", "line\nbreak.html", "folder/", ""])
def test_no_path_leaves_the_staging_folder(tmp_path, url):
    writer = SiteWriter(tmp_path / "site")
    with pytest.raises(UnionnewsError):
        writer.write(url, b"x")
    writer.abort()
    assert sorted(p.name for p in tmp_path.iterdir()) == [], "nothing written anywhere"


def test_unicode_urls_that_stay_inside_are_allowed(tmp_path):
    out = tmp_path / "site"
    publish(out, {"people/z/张三 x.html": b"p"})
    assert (out / "people/z/张三 x.html").read_bytes() == b"p"


def test_the_build_replaces_only_a_folder_it_made(tmp_path):
    project = tmp_path / "project"
    (project / "content").mkdir(parents=True)
    (project / "docs").mkdir()
    (project / "docs" / "handbook.md").write_text("mine", encoding="utf-8")
    sources = [project / "content"]
    for bad in (project, project / "content", project / "content" / "site", tmp_path, project / "docs"):
        with pytest.raises(UnionnewsError):
            check_output_dir(bad, project, sources)
    check_output_dir(project / "site", project, sources)  # not there yet
    (project / "empty").mkdir()
    check_output_dir(project / "empty", project, sources)
    (project / "link").symlink_to(project / "empty")
    with pytest.raises(UnionnewsError):
        check_output_dir(project / "link", project, sources)
    with pytest.raises(UnionnewsError, match=MARKER):
        SiteWriter(project / "docs", project, sources)
    assert (project / "docs" / "handbook.md").read_text(encoding="utf-8") == "mine"
    publish(project / "site", {"index.html": b"1"})
    check_output_dir(project / "site", project, sources)  # it carries the marker now


def test_clean_stale_puts_back_a_site_lost_between_two_renames(tmp_path):
    out = tmp_path / "site"
    publish(out, FIRST)
    before = tree(out)
    os.replace(out, tmp_path / ".site.old-4242")
    clean_stale(out)
    assert tree(out) == before
    assert leftovers(tmp_path) == []


def test_clean_stale_removes_dead_builds_staging_and_keeps_a_running_ones(tmp_path):
    out = tmp_path / "site"
    publish(out, FIRST)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True).stdout.strip()
    for name in (f".site.building-{dead}-abc", f".site.previous-{dead}-abc", ".site.old-1"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "x.html").write_bytes(b"x")
    running = SiteWriter(out)  # e.g. serve rebuilding while `build` starts
    clean_stale(out)
    assert leftovers(tmp_path) == [running.staging.name]
    assert tree(out) == {**FIRST, MARKER: (out / MARKER).read_bytes()}
    running.abort()
