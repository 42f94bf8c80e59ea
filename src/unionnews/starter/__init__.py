"""`unionnews new`: a folder ready to become another paper's archive, like `hugo new site`.

The files beside this module are copied with the paper's name, code and the unionnews version
filled in.  Nothing is ever overwritten: the folder must be new or empty.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path

from unionnews import __version__
from unionnews.config import CODE_RE
from unionnews.errors import Problem, UnionnewsError
from unionnews.text import describe, forbidden

# file in this package → where it goes in the new project
FILES = {"site.toml": "site.toml", "README.md": "README.md", "gitignore": ".gitignore",
         "pages.yml": ".github/workflows/pages.yml"}
FOLDERS = ("content", "raw", "templates", "static")


def new_project(dest: Path, paper: str, code: str) -> list[Path]:
    """Make the project folder; return the files written.  Raises UnionnewsError on bad input."""
    problems = _check(dest, paper, code)
    if problems:
        raise UnionnewsError(problems)
    values = {"__PAPER__": paper, "__CODE__": code, "__TITLE__": f"{paper}数字档案", "__VERSION__": __version__}
    written = []
    for folder in FOLDERS:
        (dest / folder).mkdir(parents=True, exist_ok=True)
    (dest / "raw" / code).mkdir(exist_ok=True)
    here = resources.files(__name__)
    for source, target in FILES.items():
        text = here.joinpath(source).read_text(encoding="utf-8")
        for key, value in values.items():
            text = text.replace(key, value)
        path = dest / target
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def _check(dest: Path, paper: str, code: str) -> list[Problem]:
    problems = []
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        problems.append(Problem(str(dest), None, "already exists and is not an empty folder",
                                "name a new folder: unionnews new never writes over files"))
    name = paper.strip()
    if not name or name != paper or any(c in paper for c in '"\\\n'):
        problems.append(Problem("--paper", None, f"{paper!r} is not a newspaper name",
                                "write the name as printed on the masthead, e.g. --paper 工人日报"))
    for _, _, ch in forbidden(paper):
        problems.append(Problem("--paper", None, f"holds {describe(ch)}", "delete it"))
    if not CODE_RE.match(code):
        problems.append(Problem("--code", None, f"{code!r} is not 2–16 lowercase letters or digits starting "
                                "with a letter", "write a short ASCII code, e.g. --code grrb"))
    return problems
