"""`unionnews check`: every class of content problem, all reported in one run, as `file:line: problem — fix`.

tests/fixtures/check/content holds one small real file per failure (its first
front-matter line, a YAML comment, names the case); it is checked together
with the good three-article site in tests/fixtures/three.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import make_project
from unionnews.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
LINE = re.compile(r"^(error|warning) (\d+)/(\d+): (\S+):(\d+): (.+) — (.+)$")

# (file under content/, line, words the message must contain, level)
EXPECTED = [
    ("2025/09/26/grrb-20250926-04-01.md", 2, "title is missing", "error"),
    ("2025/09/26/grrb-20250926-04-01.md", 2, "paper is missing", "error"),
    ("2025/09/26/grrb-20250926-04-01.md", 5, "page '第四版' is not a page number", "error"),
    ("2025/09/26/grrb-20250926-04-02.md", 5, 'date "2025-02-30" does not exist', "error"),
    ("2025/09/26/grrb-20250926-04-02.md", 8, "tags should be a list", "error"),
    ("2999/01/01/grrb-29990101-01-01.md", 5, "date 2999-01-01 is in the future", "error"),
    ("2025/09/26/grrb-20250926-04-03.md", 8, "kind 'interview' is not one of", "error"),
    ("2025/09/26/grrb-20250926-04-03.md", 9, "includes the title '本报记者'", "error"),
    ("2025/09/26/grrb-20250926-04-03.md", 10, "name '李 娜' contains a space — write '李娜'", "error"),
    ("2025/09/26/grrb-20250926-04-04.md", 9, "body is empty", "error"),
    ("2025/09/26/duplicate-id.md", 3,  # the copy changes its id, never the file named for it (issue 15)
     "id 'grrb-20250926-03-01' is already used by content/2025/09/26/grrb-20250926-03-01.md:2 — give "
     "content/2025/09/26/duplicate-id.md a new id", "error"),
    ("2025/09/26/duplicate-id.md", 3, "is not where its id and date say it belongs", "error"),
    ("misc/grrb-20250925-02-01.md", 3, "is not where its id and date say it belongs", "error"),
    ("2025/09/26/grrb-20250926-04-05.md", 9, "continued_from 第2版, but the archive has no page 2", "warning"),
    ("2025/09/26/notes.txt", 1, "is not an article file", "warning"),
]


@pytest.fixture
def broken_project(tmp_path: Path) -> Path:
    project = make_project(tmp_path, FIXTURES / "three" / "content")
    shutil.copytree(FIXTURES / "check" / "content", project / "content", dirs_exist_ok=True)
    return project


def run(capsys, *argv: str) -> tuple[int, list[str]]:
    code = main(list(argv))
    err = capsys.readouterr().err
    return code, err.splitlines()


def test_good_site_checks_clean(tmp_path, capsys):
    project = make_project(tmp_path, FIXTURES / "three" / "content")
    code, lines = run(capsys, "--root", str(project), "check")
    assert code == 0
    assert lines == ["checked 3 articles: no errors, 0 warning(s)"]
    assert not (project / "site").exists(), "check must not build"


def test_every_problem_in_one_run(broken_project, capsys):
    code, lines = run(capsys, "--root", str(broken_project), "check")
    assert code == 1
    reported = [LINE.match(line) for line in lines[:-1]]
    assert all(reported), "every problem line is `level n/N: file:line: problem — fix`:\n" + "\n".join(lines)
    found = [(m.group(4), int(m.group(5)), m.group(1), f"{m.group(6)} — {m.group(7)}") for m in reported]
    for path, line, words, level in EXPECTED:
        assert any(p == f"content/{path}" and n == line and lv == level and words in msg
                   for p, n, lv, msg in found), f"missing {level} {path}:{line}: {words}\n" + "\n".join(lines)
    errors = [m for m in reported if m.group(1) == "error"]
    assert len(errors) == sum(1 for e in EXPECTED if e[3] == "error")
    assert lines[-1].startswith("unionnews check: failed with 13 problem(s)")
    assert not (broken_project / "site").exists()


def test_every_message_says_how_to_fix(broken_project, capsys):
    _, lines = run(capsys, "--root", str(broken_project), "check")
    for line in lines[:-1]:
        fix = line.rsplit(" — ", 1)[1]
        assert len(fix) > 8, line


def test_warnings_alone_pass_unless_strict(tmp_path, capsys):
    project = make_project(tmp_path, FIXTURES / "three" / "content")
    shutil.copy(FIXTURES / "check/content/2025/09/26/notes.txt", project / "content/2025/09/26/notes.txt")
    code, lines = run(capsys, "--root", str(project), "check")
    assert code == 0 and any("notes.txt:1: is not an article file" in line for line in lines)
    code, lines = run(capsys, "--root", str(project), "--strict", "check")
    assert code == 1


def test_build_runs_the_same_validation(broken_project, capsys):
    _, check_lines = run(capsys, "--root", str(broken_project), "check")
    code, build_lines = run(capsys, "--root", str(broken_project), "build", "--no-progress")
    assert code == 1
    assert build_lines[:-1] == check_lines[:-1]
    assert not (broken_project / "site").exists()


def test_missing_content_folder(tmp_path, capsys):
    project = make_project(tmp_path)
    shutil.rmtree(project / "content")
    code, lines = run(capsys, "--root", str(project), "check")
    assert code == 1
    assert lines[0].startswith("error 1/1: content: content folder does not exist — ")
