"""sources.py: input folders are walked in a stable order, and nothing outside the project gets in."""
from __future__ import annotations

import os
from pathlib import Path

from unionnews.config import Config
from unionnews.sources import build_folder_holding, outside_links, walk


def files(folder: Path, root: Path, **kw) -> tuple[list[str], list[tuple[str, str]]]:
    escapes: list = []
    found = [p.relative_to(folder).as_posix() for p in walk(folder, root, escapes, **kw)]
    return found, [(link.name, target) for link, target in escapes]


def make(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(name, encoding="utf-8")


def test_walk_is_sorted_files_before_subfolders_and_skips_dot_names(tmp_path):
    content = tmp_path / "content"
    make(content, "b.md", "a.md", "2025/09/x.md", "2025/01.md", ".git/config", "2025/.hidden.md", "_unplaced/u.md")
    found, escapes = files(content, tmp_path)
    assert found == ["a.md", "b.md", "2025/01.md", "2025/09/x.md", "_unplaced/u.md"]
    assert escapes == []
    kept, _ = files(content, tmp_path, keep_dir=lambda name: not name.startswith("_"))
    assert kept == ["a.md", "b.md", "2025/01.md", "2025/09/x.md"]


def test_links_leaving_the_project_are_reported_never_followed(tmp_path):
    root = tmp_path / "project"
    secret = tmp_path / "secret"
    make(secret, "passwd.txt", "deep/key.txt")
    static = root / "static"
    make(static, "style.css")
    (static / "passwd.css").symlink_to(secret / "passwd.txt")
    (static / "keys").symlink_to(secret / "deep")
    (static / "inside.css").symlink_to(static / "style.css")  # stays inside: followed
    found, escapes = files(static, root)
    assert found == ["inside.css", "style.css"]
    assert sorted(escapes) == [("keys", str(secret / "deep")), ("passwd.css", str(secret / "passwd.txt"))]
    problems = outside_links([static, root / "templates"], root)
    assert sorted(p.path for p in problems) == ["static/keys", "static/passwd.css"]
    assert all("outside the project" in p.message and p.fix for p in problems)


def test_a_source_folder_that_is_itself_a_link_out_is_refused(tmp_path):
    root = tmp_path / "project"
    root.mkdir()
    make(tmp_path / "elsewhere", "a.md")
    (root / "content").symlink_to(tmp_path / "elsewhere")
    found, escapes = files(root / "content", root)
    assert found == [] and escapes == [("content", str(tmp_path / "elsewhere"))]


def test_a_link_loop_ends(tmp_path):
    content = tmp_path / "content"
    make(content, "a/x.md")
    (content / "a" / "again").symlink_to(content)
    (content / "self").symlink_to(content / "self")
    found, escapes = files(content, tmp_path)
    assert found == ["self", "a/x.md"], "each real folder once; a looping link is a file, for the caller to report"
    assert escapes == []


def test_build_folder_holding_names_the_folder_an_export_must_not_go_to(tmp_path):
    config = Config(root=tmp_path, content_dir=tmp_path / "content", output_dir=tmp_path / "site",
                    templates_dir=tmp_path / "templates", static_dir=tmp_path / "static")
    for name in ("site", "content", "raw", "templates", "static"):
        assert build_folder_holding(tmp_path / name / "archive.zim", config) == (
            tmp_path / "raw" if name == "raw" else getattr(config, {"site": "output_dir"}.get(name, f"{name}_dir")))
    assert build_folder_holding(tmp_path / "exports" / "archive.zim", config) is None
    assert build_folder_holding(tmp_path / "archive.zim", config) is None
    os.symlink(tmp_path / "site", tmp_path / "out")
    (tmp_path / "site").mkdir()
    assert build_folder_holding(tmp_path / "out" / "a.zim", config) == config.output_dir, "resolved, links and all"
