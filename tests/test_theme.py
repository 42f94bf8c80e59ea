"""The built-in theme: static/search.js joined from theme/search/ with the Python side's constants,
and a project's own static/search.js still replacing it whole."""
from __future__ import annotations

import re
import shutil

from conftest import ROOT, build_project, make_project
from unionnews import theme
from unionnews.content import KINDS
from unionnews.theme import script


def _one_article_project(tmp_path):
    content = tmp_path / "content"
    first = sorted((ROOT / "content").rglob("*.md"))[0]
    target = content / first.relative_to(ROOT / "content")
    target.parent.mkdir(parents=True)
    shutil.copy(first, target)
    return make_project(tmp_path, content)


def test_search_js_is_every_part_in_order():
    text = script.search_script().decode("utf-8")
    at = -1
    for name in script.PARTS:
        first = next(line for line in script.part(name).splitlines() if line.strip())
        found = text.find("  " + first + "\n", at + 1)
        assert found > at, f"part {name} is missing or out of order"
        at = found
    assert text.startswith("/* unionnews search:") and text.rstrip().endswith("})();")
    assert not (theme.STATIC / "search.js").exists(), "a second, hand-kept search.js beside the parts would drift"


def test_constants_come_from_python_only():
    constants = script.constants()
    assert all(f'"{kind}":' in constants for kind in KINDS)
    for name in ("HEAD", "META", "BODY", "CAP", "CHEAP", "LISTED", "KIND_LABELS"):
        assert re.search(rf"\b{name} = ", constants), name
        for part in script.PARTS:
            if part != "constants":
                assert not re.search(rf"\b(var|,)\s*{name}\s*=", script.part(part)), f"{part}.js sets {name} again"


def test_build_ships_the_joined_search_js(tmp_path):
    project = _one_article_project(tmp_path)
    build_project(project)
    static = project / "site" / "static"
    assert (static / "search.js").read_bytes() == script.search_script()
    assert (static / "style.css").read_bytes() == (theme.STATIC / "style.css").read_bytes()


def test_project_search_js_still_wins(tmp_path):
    project = _one_article_project(tmp_path)
    (project / "static").mkdir()
    (project / "static" / "search.js").write_text("/* this project's own search */\n", encoding="utf-8")
    build_project(project)
    static = project / "site" / "static"
    assert (static / "search.js").read_text(encoding="utf-8") == "/* this project's own search */\n"
    assert (static / "style.css").read_bytes() == (theme.STATIC / "style.css").read_bytes()
