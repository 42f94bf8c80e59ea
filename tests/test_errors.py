"""errors.py: problems carry file, line and fix; every command lists them the same way; --strict is one rule."""
from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from unionnews.errors import Problem, UnionnewsError, display_path, os_problem, refuse_if_strict, report_lines


def test_a_problem_reads_file_line_what_and_fix():
    assert str(Problem("content/a.md", 3, "bad date", "write YYYY-MM-DD")) == "content/a.md:3: bad date — write YYYY-MM-DD"
    assert str(Problem("site.toml", None, "unknown key")) == "site.toml: unknown key"


def test_the_error_lists_each_problem_once_in_file_order():
    a = Problem("content/b.md", 9, "x")
    b = Problem("content/a.md", 12, "y")
    c = Problem("content/a.md", 2, "z")
    error = UnionnewsError([a, b, c, a])
    assert error.problems == [c, b, a]
    assert str(error).splitlines() == [str(c), str(b), str(a)]
    assert UnionnewsError("plain text").problems[0].message == "plain text"
    assert UnionnewsError(a).problems == [a]


def test_report_lines_number_errors_then_warnings():
    problems = [Problem("a", 1, "w1", level="warning"), Problem("b", 2, "e1"), Problem("c", 3, "e2"),
                Problem("d", None, "w2", level="warning")]
    assert report_lines(problems) == ["error 1/2: b:2: e1", "error 2/2: c:3: e2",
                                      "warning 1/2: a:1: w1", "warning 2/2: d: w2"]
    assert report_lines([]) == []


def test_strict_turns_every_warning_into_an_error():
    warnings = [Problem("a", 1, "w", level="warning"), Problem("b", 2, "v", level="warning")]
    refuse_if_strict(warnings, strict=False)
    refuse_if_strict([], strict=True)
    with pytest.raises(UnionnewsError) as caught:
        refuse_if_strict(warnings, strict=True)
    assert [(p.path, p.level) for p in caught.value.problems] == [("a", "error"), ("b", "error")]


def test_display_path_is_relative_to_the_project(tmp_path):
    root = tmp_path / "project"
    (root / "content").mkdir(parents=True)
    assert display_path(root / "content" / "a.md", root) == "content/a.md"
    assert display_path(Path(str(root) + "/") / "site.toml", Path(str(root) + "/")) == "site.toml"
    outside = tmp_path / "elsewhere.md"
    shown = display_path(outside, root)
    assert Path(shown).name == "elsewhere.md" and not shown.startswith("project")
    loop = root / "content" / "loop"
    loop.symlink_to(loop)
    assert display_path(loop / "x.md", root) == "content/loop/x.md", "a symlink loop is named, not a crash"


@pytest.mark.parametrize("code,word", [(errno.ENOSPC, "space"), (errno.EACCES, "writable"), (errno.EROFS, "read-only"),
                                       (errno.EISDIR, "folder"), (errno.ELOOP, "check the path")])
def test_os_problem_names_the_path_and_the_fix(tmp_path, code, word):
    exc = OSError(code, os.strerror(code), str(tmp_path / "site" / "index.html"))
    problem = os_problem(exc, tmp_path)
    assert problem.path == "site/index.html" and problem.message == os.strerror(code)
    assert word in problem.fix
    assert os_problem(OSError(code, os.strerror(code)), tmp_path).path == str(tmp_path)
