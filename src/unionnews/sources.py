"""The project's input folders, walked so that nothing from outside the project gets in.

Why: a symbolic link such as ``static/passwd.css -> /etc/passwd`` or
``raw/x.txt -> ~/secret.txt`` would otherwise be read, published in site/ and
sealed into a BagIt bag as if it were the archive's own.  Every folder the
build or the importer reads (content/, templates/, static/, raw/) is walked
here; a link whose target lies outside the project folder is reported with its
target and never followed.  Links that stay inside the project are followed
(each real folder once, so a link loop ends).
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING
from pathlib import Path

from unionnews.errors import Problem, display_path

if TYPE_CHECKING:
    from unionnews.config import Config


def walk(folder: Path, root: Path, escapes: list[tuple[Path, str]],
         keep_dir: Callable[[str], bool] = lambda name: True) -> Iterator[Path]:
    """Every file under folder, sorted, folder by folder (a folder's files before its subfolders).

    Links leaving `root` go to `escapes` as (link, target) instead.  Names starting
    with "." are skipped, and folders `keep_dir` refuses.
    """
    folder_of, here = None, None
    for entry in walk_entries(folder, root, escapes, keep_dir):
        parent = entry.path[:-len(entry.name) - 1]
        if parent != folder_of:  # a file's Path is made from its folder's: no parse of each whole path
            folder_of, here = parent, Path(parent)
        yield here / entry.name


def walk_entries(folder: Path, root: Path, escapes: list[tuple[Path, str]],
                 keep_dir: Callable[[str], bool] = lambda name: True) -> Iterator[os.DirEntry]:
    """walk(), as the os.DirEntry of each file: its path as a string, and a stat that needs no path lookup."""
    inside = os.path.realpath(root).rstrip(os.sep) + os.sep
    seen: set[tuple[int, int]] = set()

    def visit(path: str) -> Iterator[os.DirEntry]:
        try:
            st = os.stat(path)
            if (st.st_dev, st.st_ino) in seen:  # a symlink loop: each real folder once
                return
            seen.add((st.st_dev, st.st_ino))
            entries = sorted(os.scandir(path), key=lambda e: e.name)
        except OSError:
            return
        folders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_symlink():  # only links cost a resolve: d_type says the rest
                target = os.path.realpath(entry.path)
                if not (target + os.sep).startswith(inside):
                    escapes.append((Path(entry.path), target))
                    continue
            try:
                is_dir = entry.is_dir()
            except OSError:  # a looping link: a file, for the caller to report
                is_dir = False
            if is_dir:
                if keep_dir(entry.name):
                    folders.append(entry.path)
            else:
                yield entry
        for sub in folders:
            yield from visit(sub)

    top = os.path.abspath(folder)
    target = os.path.realpath(top)
    if not (target + os.sep).startswith(inside):  # content/ itself linked to a folder elsewhere
        escapes.append((Path(top), target))
        return
    yield from visit(top)


def escape_problems(escapes: list[tuple[Path, str]], root: Path) -> list[Problem]:
    """One error per link leaving the project, naming the link and its target."""
    return [Problem(display_path(link, root), None, f"is a symbolic link to {target}, outside the project: "
                    "nothing from outside the project is read, published or archived",
                    "copy the file into the project, or delete the link") for link, target in escapes]


def outside_links(folders: list[Path], root: Path) -> list[Problem]:
    """The links leaving the project anywhere under the given folders (those that exist)."""
    escapes: list[tuple[Path, str]] = []
    for folder in folders:
        if os.path.isdir(folder):
            for _ in walk(folder, root, escapes):
                pass
    return escape_problems(escapes, root)


def build_folder_holding(path: Path, config: Config) -> Path | None:
    """The folder the build reads or publishes (site/, content/, raw/, templates/, static/) holding `path`.

    An export (a bag, a ZIM) may never be written there: in site/ the next build deletes it, in
    static/ the next build publishes it (raw page text and all), in a source folder the next export
    would hold the last one.
    """
    target = path.resolve()
    for folder in (config.output_dir, config.content_dir, config.root / "raw", config.templates_dir,
                   config.static_dir):
        if target.is_relative_to(folder.resolve()):
            return folder
    return None
