"""cache.py: what a build saves comes back as it was; anything else (corrupt, foreign, stale) is a cold cache."""
from __future__ import annotations

import dataclasses
import fcntl
import os
import pickle
import shutil
import signal
import threading
from pathlib import Path

import numpy as np
import pytest

from unionnews.incremental import cache as C
from unionnews.incremental.cache import BuildCache, build_lock, open_cache, stat_key
from unionnews.config import Config
from unionnews.content import Article
from unionnews.incremental.writers import MARKER
from unionnews.incremental.tables import Dependencies, PageEntry, Parsed


def config_for(root: Path, **overrides) -> Config:
    return Config(root=root, **overrides)


def saved_cache(root: Path) -> tuple[BuildCache, Path]:
    """A cache holding a value of every kind a build stores, saved for the site/ under root."""
    output = root / "site"
    output.mkdir(parents=True, exist_ok=True)
    (output / MARKER).write_text("made by unionnews build\ncontents: 1234\n", encoding="utf-8")
    cache = open_cache(root, config_for(root))
    import datetime as dt
    article = Article(id="grrb-20250924-01-01", title="标题", date=dt.date(2025, 9, 24), paper="工人日报",
                      body="正文", path="content/a.md", digest="d1")
    cache.parsed = {str(root / "content/a.md"): Parsed((10, 123456789, 42), article, [])}
    cache.pages = {"index.html": PageEntry(b"f" * 16, b"d" * 16, 7),
                   "article/2025/a.html": PageEntry(b"g" * 16, b"e" * 16, 9)}
    cache.search_key = {(0, 100): b"k" * 16}
    cache.salt = b"s" * 32
    from array import array
    cache.deps = Dependencies.collect(["index.html", "article/2025/a.html"], [array("i", [0]), array("i", [0])])
    cache.save(output)
    return cache, output


def test_save_then_open_gives_back_every_table(tmp_path):
    saved, output = saved_cache(tmp_path)
    loaded = open_cache(tmp_path, config_for(tmp_path))
    assert loaded.parsed == saved.parsed
    assert loaded.pages == saved.pages
    assert loaded.search_key == saved.search_key and loaded.salt == saved.salt
    assert loaded.deps.urls == saved.deps.urls and np.array_equal(loaded.deps.articles, saved.deps.articles)
    assert loaded.trusted_pages(output) == saved.pages
    assert all(type(entry) is PageEntry for entry in loaded.pages.values()), "the rows come back as their records"
    assert all(type(entry) is Parsed for entry in loaded.parsed.values())
    assert not list(loaded.folder.glob("build.pickle.*")), "written through a temporary file, then renamed"


def test_pages_are_trusted_only_for_the_site_its_marker_names(tmp_path):
    """Trusted by the marker the build sealed (a digest of site/'s files), wherever the folder came
    from: a CI job restores site/ as a new folder, and it must still count as the last build's."""
    saved, output = saved_cache(tmp_path)
    loaded = open_cache(tmp_path, config_for(tmp_path))
    marker = (output / MARKER).read_text(encoding="utf-8")
    os.rename(output, tmp_path / "elsewhere")
    output.mkdir()  # another folder at the same path, without the marker
    assert loaded.trusted_pages(output) == {}
    shutil.copytree(tmp_path / "elsewhere", output, dirs_exist_ok=True)  # a restored copy: a new inode
    assert loaded.trusted_pages(output) == saved.pages
    (output / MARKER).write_text(marker.replace("1234", "5678"), encoding="utf-8")  # another build's site
    assert loaded.trusted_pages(output) == {}
    (output / MARKER).write_text(marker, encoding="utf-8")
    loaded.journal.write_text("interrupted", encoding="utf-8")
    assert loaded.trusted_pages(output) == {}, "an interrupted incremental commit: site/ is unknown"
    assert loaded.trusted_pages(tmp_path / "missing") == {}


@pytest.mark.parametrize("damage", [
    lambda raw: raw[: len(raw) // 2],  # truncated
    lambda raw: b"",
    lambda raw: b"\x80\x05garbage",
    lambda raw: pickle.dumps({"not": "a cache"}),
    lambda raw: pickle.dumps((C.FORMAT + 1, *pickle.loads(raw)[1:])),  # a later version's format
    lambda raw: pickle.dumps((C.FORMAT, "other settings", *pickle.loads(raw)[2:])),
    lambda raw: pickle.dumps(pickle.loads(raw)[:-1]),  # an earlier version's shorter tuple
], ids=["truncated", "empty", "garbage", "foreign", "format", "settings", "short"])
def test_a_corrupt_or_foreign_cache_is_a_cold_cache(tmp_path, damage):
    saved_cache(tmp_path)
    path = tmp_path / ".cache" / "unionnews" / "build.pickle"
    path.write_bytes(damage(path.read_bytes()))
    loaded = open_cache(tmp_path, config_for(tmp_path))
    assert (loaded.parsed, loaded.pages, loaded.site_key, loaded.deps, loaded.salt) == ({}, {}, None, None, b"")


def test_other_settings_or_clean_start_cold(tmp_path):
    saved_cache(tmp_path)
    assert open_cache(tmp_path, config_for(tmp_path, per_page=7)).pages == {}, "settings key the cache"
    assert open_cache(tmp_path, config_for(tmp_path, papers={"工人日报": "grrb"})).pages == {}
    assert open_cache(tmp_path, config_for(tmp_path), clean=True).pages == {}
    assert open_cache(tmp_path, config_for(tmp_path)).pages, "and the saved one is still there"


def test_settings_digest_follows_every_setting(tmp_path):
    base = C.settings_digest(config_for(tmp_path))
    assert C.settings_digest(config_for(tmp_path)) == base
    for change in ({"title": "另一个"}, {"base_url": "https://example.org/repo/"}, {"per_page": 99}):
        assert C.settings_digest(dataclasses.replace(config_for(tmp_path), **change)) != base, change


def test_stat_key_sees_size_and_mtime(tmp_path):
    path = tmp_path / "a.md"
    assert stat_key(path) is None
    path.write_bytes(b"one")
    first = stat_key(path)
    path.write_bytes(b"one!")
    assert stat_key(path) != first
    second = stat_key(path)
    os.utime(path, ns=(1, 1))
    assert stat_key(path) != second


def _locked_elsewhere(root: Path) -> bool:
    """Whether another open file description (as another process would have) finds the lock taken."""
    fd = os.open(root / ".cache" / "unionnews" / "lock", os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def test_build_lock_excludes_other_builds_and_is_reentrant(tmp_path):
    def stuck(signum, frame):
        raise AssertionError("the inner build_lock waited for the outer one: not re-entrant")

    previous = signal.signal(signal.SIGALRM, stuck)  # a deadlock fails the test instead of stalling the suite
    signal.alarm(10)
    try:
        with build_lock(tmp_path):
            assert _locked_elsewhere(tmp_path)
            with build_lock(tmp_path):  # serve's update runs a build
                assert _locked_elsewhere(tmp_path)
            assert _locked_elsewhere(tmp_path), "leaving the inner block keeps the outer lock"
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert not _locked_elsewhere(tmp_path)


def test_build_lock_waits_for_the_other_build(tmp_path):
    with build_lock(tmp_path):
        pass
    fd = os.open(tmp_path / ".cache" / "unionnews" / "lock", os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX)  # another process's build
    entered = threading.Event()

    def second():
        with build_lock(tmp_path):
            entered.set()

    thread = threading.Thread(target=second, daemon=True)
    thread.start()
    assert not entered.wait(0.3), "it must wait while the other build holds the lock"
    fcntl.flock(fd, fcntl.LOCK_UN)
    os.close(fd)
    assert entered.wait(10)
    thread.join(10)


def test_build_lock_released_when_the_build_fails(tmp_path):
    with pytest.raises(RuntimeError):
        with build_lock(tmp_path):
            raise RuntimeError("build failed")
    assert not _locked_elsewhere(tmp_path)
    with build_lock(tmp_path):
        assert _locked_elsewhere(tmp_path)


def test_build_lock_without_a_writable_cache_still_builds(tmp_path):
    (tmp_path / ".cache").write_text("a file where the folder would go", encoding="utf-8")
    with build_lock(tmp_path):
        ran = True
    assert ran


def test_bodies_are_read_from_the_shard_when_first_asked_for(tmp_path):
    """A shard's bodies stay on disk until one is asked for; then the shard's articles all get theirs, and a
    save writes them again with a changed shard (they are most of its bytes, and a publish needs few)."""
    import datetime as dt
    saved, output = saved_cache(tmp_path)
    other = Article(id="grrb-20250924-01-02", title="另一篇", date=dt.date(2025, 9, 24), paper="工人日报",
                    body="第二篇的正文", path="content/b.md", digest="d2")
    saved.parsed[str(tmp_path / "content/b.md")] = Parsed((11, 123456789, 43), other, [])
    saved.save(output)
    loaded = open_cache(tmp_path, config_for(tmp_path))
    first, second = (loaded.parsed[str(tmp_path / f"content/{n}.md")].article for n in ("a", "b"))
    assert "body" not in vars(first) and "body" not in vars(second)
    assert second.body == "第二篇的正文"
    assert vars(first)["body"] == "正文", "the shard's other articles came with it"
    assert loaded.parsed == saved.parsed
    loaded.parsed.pop(str(tmp_path / "content/a.md"))  # the shard changes: written anew, bodies and all
    loaded.save(output)
    again = open_cache(tmp_path, config_for(tmp_path))
    assert again.parsed == loaded.parsed and again.parsed[str(tmp_path / "content/b.md")].article.body == "第二篇的正文"


def test_a_shard_removed_under_a_build_is_a_message(tmp_path):
    from unionnews.errors import UnionnewsError
    saved_cache(tmp_path)
    loaded = open_cache(tmp_path, config_for(tmp_path))
    for shard in (loaded.folder / C.SHARDS).iterdir():
        shard.unlink()
    article = loaded.parsed[str(tmp_path / "content/a.md")].article
    with pytest.raises(UnionnewsError, match="build cache changed"):
        article.body
