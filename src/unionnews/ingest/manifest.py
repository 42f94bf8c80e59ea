"""Issue metadata for each page file: paper, date, page number, page name.

Why three sources: metadata is rarely printed in OCR text.  It comes, in
increasing priority, from the path (``raw/工人日报/2025-09-26/03.txt``), from a
``manifest.yaml`` beside the pages, and from command-line flags.  The manifest
can also say which values are only *guessed* (``guessed: [date, page]``) and
why; every article from that page then carries a ``review`` reason.  When the
OCR read a page's columns out of order the importer works the reading order out
itself (:mod:`unionnews.ingest.reorder`); ``reading_order`` is an optional
manual override: the line numbers in the order a person worked out (ranges
``3-17``; ``|`` forces a paragraph break where text is missing).

Manifest format::

    pages:
      grrb-2025-11-14-seed002.txt:
        paper: 工人日报
        date: 2025-11-14
        page: 3
        page_name: 工会
        guessed: [page]
        why: dateline 本报福州11月13日电 …
        reading_order: "1-17, 65, |, 67-89, 19, 63, …"   # optional
"""
from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from unionnews.config import Config
from unionnews.errors import Problem, UnionnewsError
from unionnews.text import describe, forbidden

MANIFEST = "manifest.yaml"
BREAK = "|"
MAX_MANIFEST = 4 * 1024 * 1024  # a manifest line per page: decades of a daily paper fit many times over


@dataclass
class PageMeta:
    """Everything known about one page file before its text is read."""

    path: Path
    shown: str
    paper: str | None = None
    code: str | None = None
    date: dt.date | None = None
    page: int | None = None
    page_name: str | None = None
    guessed: list[str] = field(default_factory=list)
    why: str = ""
    reading_order: str | None = None
    manifest: str | None = None


def _parse_date(value: object) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


class _NoAliases(yaml.SafeLoader):
    """SafeLoader that refuses aliases (*name): a "billion laughs" manifest expands nothing.

    It keeps impossible dates (2019-02-30) as text, so the date check names the value and the
    fix instead of PyYAML failing inside the parse.
    """

    def construct_yaml_timestamp(self, node):
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            return self.construct_scalar(node)

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(None, None, "an alias (*name) repeats another entry; write each "
                                              "value out in full", event.start_mark)
        return super().compose_node(parent, index)


_NoAliases.add_constructor("tag:yaml.org,2002:timestamp", _NoAliases.construct_yaml_timestamp)


def _load_manifest(path: Path, shown: str, cache: dict) -> dict:
    """The manifest's pages table; UnionnewsError (one per manifest, cached) when it cannot be used."""
    if path not in cache:
        try:
            if path.stat().st_size > MAX_MANIFEST:
                raise UnionnewsError(Problem(shown, None, f"manifest is over {MAX_MANIFEST // 1048576} MB",
                                             "split it: a manifest.yaml in each paper's or year's folder"))
            text = path.read_text(encoding="utf-8")
            problems = [Problem(shown, line, f"column {column}: {describe(ch)} is a control character",
                                "delete it") for line, column, ch in forbidden(text)]
            if problems:
                raise UnionnewsError(problems)
            data = yaml.load(text, Loader=_NoAliases) or {}
        except UnionnewsError as exc:
            cache[path] = exc
        except (OSError, UnicodeDecodeError, yaml.YAMLError, RecursionError) as exc:
            mark = getattr(exc, "problem_mark", None)
            reason = getattr(exc, "problem", None) or str(exc).split("\n")[0]
            cache[path] = UnionnewsError(Problem(shown, mark.line + 1 if mark is not None else None,
                                                 f"cannot read manifest: {reason}",
                                                 "fix the YAML (plain `key: value` lines, no aliases)"))
        else:
            pages = data.get("pages") if isinstance(data, dict) else None
            cache[path] = pages if isinstance(pages, dict) else {}
    if isinstance(cache[path], UnionnewsError):
        raise cache[path]
    return cache[path]


def _from_path(meta: PageMeta, papers: dict[str, str]) -> None:
    """raw/<paper>/<YYYY-MM-DD>/<NN>.txt, the paper by its name (工人日报) or its code (grrb)."""
    parts = meta.path.parts
    codes = {code: name for name, code in papers.items()}
    if len(parts) >= 3 and _parse_date(parts[-2]) and meta.path.stem.isdecimal():
        name = parts[-3] if parts[-3] in papers else codes.get(parts[-3])
        if name:
            meta.paper, meta.date, meta.page = name, _parse_date(parts[-2]), int(meta.path.stem)


def _find_manifest(path: Path, root: Path) -> Path | None:
    here = path.parent.resolve()
    stop = root.resolve()
    while True:
        candidate = here / MANIFEST
        if candidate.is_file():
            return candidate
        if here == stop or here.parent == here:
            return None
        here = here.parent


def _check(key: str, value: object, config: Config) -> tuple[object, str, str]:
    """The article files' own validator for this key (content.VALIDATORS): import refuses what check would."""
    from unionnews.content import VALIDATORS
    value, message, fix = VALIDATORS[key](value, config)
    if message and not message.startswith(key.split("_")[0]):
        message = f"{key} {message}"
    return value, message, fix


def _check_date(value: object, config: Config) -> tuple[dt.date | None, str, str]:
    when = _parse_date(value)
    if when is None:
        return None, f"date {value!r} is not YYYY-MM-DD", "write e.g. 2025-09-26"
    if when > config.today():
        return None, f"date {when} is in the future (today is {config.today()} where the paper is published)", \
            "write the issue's real date"
    return when, "", ""


def resolve_meta(files: list[tuple[Path, str]], root: Path, papers: dict[str, str], *,
                 paper: str | None, date: str | None, page: int | None,
                 page_name: str | None, config: Config | None = None) -> tuple[list[PageMeta], list[Problem]]:
    """Metadata for each page file, and the problems of the pages left out (each page on its own).

    Values are checked with the article files' rules (paper listed, page 1–999, a page name on
    one line, no date after today); a bad flag stops the whole import (UnionnewsError).
    """
    config = config or Config(root=Path(root), papers=dict(papers))
    problems: list[Problem] = []
    flag_date = None
    if date is not None:
        flag_date, message, fix = _check_date(date, config)
        if message:
            problems.append(Problem("--date", None, message, fix))
    if paper is not None and paper not in papers:
        problems.append(Problem("--paper", None, f"unknown paper {paper!r}",
                                f"use one of {', '.join(papers)} or add it to the config's papers"))
    for flag, key, value in (("--page", "page", page), ("--page-name", "page_name", page_name)):
        if value is not None:
            _, message, fix = _check(key, value, config)
            if message:
                problems.append(Problem(flag, None, message, fix))
    if problems:
        raise UnionnewsError(problems)
    cache: dict = {}
    metas = []
    for path, shown in files:
        found: list[Problem] = []
        meta = _page_meta(path, shown, root, papers, config, cache, found)
        refused = bool(found)  # a bad manifest value: "no date for this page" would only repeat it
        for name, value in (("paper", paper), ("date", flag_date), ("page", page), ("page_name", page_name)):
            if value is not None:
                setattr(meta, name, value)
                if name in meta.guessed:
                    meta.guessed.remove(name)
        where = f"{meta.manifest or 'a manifest.yaml beside the page'} (pages: {path.name}: …)"
        if meta.paper is None and not refused:
            named = ", ".join(f"{n} ({c})" for n, c in papers.items())
            found.append(Problem(shown, None, "no paper for this page",
                                 f"pass --paper, add paper: to {where}, or put the page at "
                                 f"raw/<paper>/<YYYY-MM-DD>/<NN>.txt with <paper> one of {named}"))
        elif meta.paper not in papers:
            found.append(Problem(shown, None, f"unknown paper {meta.paper!r}",
                                 f"use one of {', '.join(papers)} or add it to the config's papers"))
        else:
            meta.code = papers[meta.paper]
        if meta.date is None and not refused:
            found.append(Problem(shown, None, "no issue date for this page",
                                 f"pass --date YYYY-MM-DD or add date: to {where}"))
        if meta.page is None and not refused:
            found.append(Problem(shown, None, "no page number for this page",
                                 f"pass --page N or add page: to {where}"))
        if found:
            problems += found
        else:
            metas.append(meta)
    return metas, problems


def _page_meta(path: Path, shown: str, root: Path, papers: dict[str, str], config: Config, cache: dict,
               problems: list[Problem]) -> PageMeta:
    """What the path and the manifest say about one page; problems of its manifest entry go to `problems`."""
    meta = PageMeta(path=path, shown=shown)
    _from_path(meta, papers)
    manifest = _find_manifest(path, root)
    if manifest is None:
        return meta
    meta.manifest = manifest.resolve().relative_to(root.resolve()).as_posix() \
        if manifest.resolve().is_relative_to(root.resolve()) else manifest.as_posix()
    try:
        pages = _load_manifest(manifest, meta.manifest, cache)
    except UnionnewsError as exc:
        problems += exc.problems
        return meta
    # the page's folder resolved, not the file: a linked page file is named where it sits
    rel = Path(os.path.relpath(path.parent.resolve() / path.name, manifest.parent)).as_posix()
    entry = pages.get(rel)
    if not isinstance(entry, dict):
        return meta
    where = meta.manifest
    for key in ("paper", "page", "page_name"):
        if entry.get(key) is not None:
            value, message, fix = _check(key, entry[key], config)
            if message:
                problems.append(Problem(where, None, f"{rel}: {message}", fix))
            else:
                setattr(meta, key, value or None)
    if entry.get("date") is not None:
        meta.date, message, fix = _check_date(entry["date"], config)
        if message:
            problems.append(Problem(where, None, f"{rel}: {message}", fix))
    guessed = entry.get("guessed") or []
    if not isinstance(guessed, list) or not all(isinstance(g, str) for g in guessed):
        problems.append(Problem(where, None, f"{rel}: guessed should be a list of keys", "write e.g. guessed: [page]"))
    else:
        meta.guessed = list(guessed)
    meta.why = " ".join(str(entry.get("why") or "").split())
    if entry.get("reading_order"):
        meta.reading_order = str(entry["reading_order"])
    return meta


def parse_order(spec: str, lines: list[str], where: str) -> list[int | str]:
    """Turn ``"1-17, 65-89, |, 19"`` into line numbers (1-based) and break marks.

    Every non-blank line must appear exactly once, so nothing can be lost.
    """
    out: list[int | str] = []
    problems = []
    for token in (t.strip() for t in spec.split(",")):
        if not token:
            continue
        if token == BREAK:
            out.append(BREAK)
            continue
        m = re.fullmatch(r"(\d+)(?:\s*-\s*(\d+))?", token)
        if not m:
            problems.append(Problem(where, None, f"reading_order item {token!r} is not N, N-M or |",
                                    "write line numbers like 3-17, 65"))
            continue
        start, end = int(m.group(1)), int(m.group(2) or m.group(1))
        if not 1 <= start <= end <= len(lines):  # checked before the range is made: "1-99999999999" is no loop
            problems.append(Problem(where, None, f"reading_order item {token!r} is not within the page's lines "
                                    f"1-{len(lines)}", "write line numbers of this page, the smaller first"))
            continue
        out.extend(n for n in range(start, end + 1) if lines[n - 1].strip())
    seen: dict[int, int] = {}
    for n in out:
        if n != BREAK:
            seen[n] = seen.get(n, 0) + 1
    for n, count in sorted(seen.items()):
        if count > 1:
            problems.append(Problem(where, None, f"reading_order lists line {n} {count} times", "list each line once"))
    missing = [n for n in range(1, len(lines) + 1) if lines[n - 1].strip() and n not in seen]
    if missing:
        problems.append(Problem(where, None, f"reading_order leaves out lines {', '.join(map(str, missing[:20]))}",
                                "add them so no text is lost"))
    if problems:
        raise UnionnewsError(problems)
    return out
