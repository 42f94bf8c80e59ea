"""The command line: one way to print problems, one `--strict` rule, exit codes."""
from __future__ import annotations

import shutil

from conftest import tree
from test_check import FIXTURES, make_project, run
from unionnews.errors import Problem, report_lines


def test_problems_are_numbered_errors_first():
    lines = report_lines([Problem("a.md", 3, "odd", "fix it", "warning"), Problem("b.md", None, "bad", "mend")])
    assert lines == ["error 1/1: b.md: bad — mend", "warning 1/1: a.md:3: odd — fix it"]


def test_a_strict_build_with_warnings_leaves_the_site_as_it_was(tmp_path, capsys):
    project = make_project(tmp_path, FIXTURES / "three" / "content")
    code, _ = run(capsys, "--root", str(project), "build", "--no-progress")
    assert code == 0
    before = tree(project / "site")
    # A change the site would show, together with a warning (an unknown key): nothing may be published.
    article = sorted((project / "content").rglob("*.md"))[0]
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("\ntitle: ", "\nreportrs: [马超]\ntitle: 严格模式", 1), encoding="utf-8")
    code, lines = run(capsys, "--root", str(project), "--strict", "build", "--no-progress")
    assert code == 1
    assert any(line.startswith("error 1/1: ") and "unknown key 'reportrs'" in line for line in lines), lines
    assert tree(project / "site") == before
    code, lines = run(capsys, "--root", str(project), "build", "--no-progress")  # not strict: a warning
    assert code == 0 and any(line.startswith("warning 1/1: ") for line in lines)
    assert any("严格模式" in page.decode("utf-8", "replace") for page in tree(project / "site").values())


def test_strict_check_fails_with_the_warnings_as_errors(tmp_path, capsys):
    project = make_project(tmp_path, FIXTURES / "three" / "content")
    shutil.copy(FIXTURES / "check/content/2025/09/26/notes.txt", project / "content/2025/09/26/notes.txt")
    code, lines = run(capsys, "--root", str(project), "--strict", "check")
    assert code == 1 and any(line.startswith("error 1/1: ") and "notes.txt" in line for line in lines)
