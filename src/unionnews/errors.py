"""Problems and the one exception that carries them.

Every stage collects :class:`Problem` objects instead of raising on the first
one, so a person fixing content sees every mistake in one run.  Only the CLI
prints them; the library never does.
"""
from __future__ import annotations

import errno
import os
from dataclasses import dataclass, replace
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one input file, and how to put it right."""

    path: str
    line: int | None
    message: str
    fix: str = ""
    level: str = "error"  # "error" stops the build; "warning" is reported only

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        text = f"{where}: {self.message}"
        if self.fix:
            text += f" — {self.fix}"
        return text


class UnionnewsError(Exception):
    """A failure the user can act on: carries one or more problems, never a traceback."""

    def __init__(self, problems: list[Problem] | Problem | str):
        if isinstance(problems, str):
            problems = [Problem("unionnews", None, problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = sorted(set(problems), key=lambda p: (p.path, p.line or 0, p.message))
        super().__init__("\n".join(str(p) for p in self.problems))


def report_lines(problems: list[Problem]) -> list[str]:
    """Problems as every command shows them: errors first, each numbered within its kind,
    `error 2/5: file:line: what — fix`."""
    lines = []
    for level in ("error", "warning"):
        items = [p for p in problems if (p.level == "error") == (level == "error")]
        lines += [f"{level} {n}/{len(items)}: {problem}" for n, problem in enumerate(items, start=1)]
    return lines


def refuse_if_strict(warnings: list[Problem], strict: bool) -> None:
    """`--strict`, the one rule: every warning becomes an error, raised before anything is written
    (a strict build that finds warnings leaves site/ as it was)."""
    if strict and warnings:
        raise UnionnewsError([replace(w, level="error") for w in warnings])


def display_path(path: Path, root: Path | None = None) -> str:
    """A path as the user typed it: relative to the project where possible."""
    # Symlinks are not followed: a file is shown where the user put it, and a
    # symlink loop (which makes resolve() raise) is still named, not a crash.
    text = os.path.abspath(path)
    if root is not None:  # the common case, as plain string work: this runs once per article on every build
        prefix = os.path.abspath(root).rstrip("/") + "/"
        if text.startswith(prefix) and len(text) > len(prefix):
            return text[len(prefix):]
    path = Path(path)
    absolute = Path(text)
    for base in (root, Path.cwd()):
        if base is None:
            continue
        for candidate in (Path(os.path.abspath(base)), _resolved(Path(base))):
            if candidate is None:
                continue
            try:
                return absolute.relative_to(candidate).as_posix()
            except ValueError:
                continue
    return path.as_posix()


def _resolved(path: Path) -> Path | None:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return None


_FIXES = {
    errno.ENOSPC: "free some space on the disk that holds it, then run the command again",
    errno.EDQUOT: "free some space within your disk quota, then run the command again",
    errno.EACCES: "make it writable for this user (or run as its owner), then run the command again",
    errno.EPERM: "make it writable for this user (or run as its owner), then run the command again",
    errno.EROFS: "the disk is read-only: work on a copy on a writable disk",
    errno.ENOTDIR: "a file stands where a folder is needed: move the file away",
    errno.EEXIST: "a file stands where a folder is needed: move the file away",
    errno.EISDIR: "a folder stands where a file is needed: move the folder away",
    errno.EMFILE: "raise the open-files limit (ulimit -n), then run the command again",
}


def os_problem(exc: OSError, root: Path | None = None) -> Problem:
    """A file-system failure (disk full, permissions, a folder vanished) as the path, the reason and the fix."""
    where = display_path(Path(exc.filename), root) if exc.filename else (str(root) if root else "unionnews")
    return Problem(where, None, exc.strerror or str(exc),
                   _FIXES.get(exc.errno or 0, "check the path and its permissions"))
