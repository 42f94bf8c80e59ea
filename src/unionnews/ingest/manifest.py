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
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from unionnews.errors import Problem, UnionnewsError

MANIFEST = "manifest.yaml"
BREAK = "|"


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


def _load_manifest(path: Path, shown: str, cache: dict) -> dict:
    if path not in cache:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise UnionnewsError(Problem(shown, getattr(getattr(exc, "problem_mark", None), "line", -1) + 1 or None,
                                         f"cannot read manifest: {exc}", "fix the YAML")) from None
        pages = data.get("pages") if isinstance(data, dict) else None
        cache[path] = pages if isinstance(pages, dict) else {}
    return cache[path]


def _from_path(meta: PageMeta, papers: dict[str, str]) -> None:
    """raw/<paper>/<YYYY-MM-DD>/<NN>.txt, the paper by its name (工人日报) or its code (grrb)."""
    parts = meta.path.parts
    codes = {code: name for name, code in papers.items()}
    if len(parts) >= 3 and _parse_date(parts[-2]) and meta.path.stem.isdigit():
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


def resolve_meta(files: list[tuple[Path, str]], root: Path, papers: dict[str, str], *,
                 paper: str | None, date: str | None, page: int | None,
                 page_name: str | None) -> list[PageMeta]:
    """Metadata for each page file; all missing or bad values are reported at once."""
    problems: list[Problem] = []
    cache: dict = {}
    flag_date = None
    if date is not None:
        flag_date = _parse_date(date)
        if flag_date is None:
            problems.append(Problem("--date", None, f"date {date!r} is not YYYY-MM-DD", "write e.g. 2025-09-26"))
    if paper is not None and paper not in papers:
        problems.append(Problem("--paper", None, f"unknown paper {paper!r}",
                                f"use one of {', '.join(papers)} or add it to the config's papers"))
    metas = []
    for path, shown in files:
        meta = PageMeta(path=path, shown=shown)
        _from_path(meta, papers)
        manifest = _find_manifest(path, root)
        entry = None
        if manifest is not None:
            pages = _load_manifest(manifest, shown, cache)
            rel = path.resolve().relative_to(manifest.parent).as_posix()
            entry = pages.get(rel)
            meta.manifest = manifest.resolve().relative_to(root.resolve()).as_posix() \
                if manifest.resolve().is_relative_to(root.resolve()) else manifest.as_posix()
        if isinstance(entry, dict):
            if entry.get("paper") is not None:
                meta.paper = str(entry["paper"])
            if entry.get("date") is not None:
                meta.date = _parse_date(entry["date"])
                if meta.date is None:
                    problems.append(Problem(meta.manifest or MANIFEST, None,
                                            f"{rel}: date {entry['date']!r} is not YYYY-MM-DD", "write e.g. 2025-09-26"))
            if entry.get("page") is not None:
                if isinstance(entry["page"], int) and entry["page"] > 0:
                    meta.page = entry["page"]
                else:
                    problems.append(Problem(meta.manifest or MANIFEST, None,
                                            f"{rel}: page {entry['page']!r} is not a positive number", "write e.g. page: 3"))
            if entry.get("page_name"):
                meta.page_name = str(entry["page_name"])
            meta.guessed = [str(g) for g in entry.get("guessed") or []]
            meta.why = " ".join(str(entry.get("why") or "").split())
            if entry.get("reading_order"):
                meta.reading_order = str(entry["reading_order"])
        for name, value in (("paper", paper), ("date", flag_date), ("page", page), ("page_name", page_name)):
            if value is not None:
                setattr(meta, name, value)
                if name in meta.guessed:
                    meta.guessed.remove(name)
        where = f"{meta.manifest or 'a manifest.yaml beside the page'} (pages: {path.name}: …)"
        if meta.paper is None:
            named = ", ".join(f"{n} ({c})" for n, c in papers.items())
            problems.append(Problem(shown, None, "no paper for this page",
                                    f"pass --paper, add paper: to {where}, or put the page at "
                                    f"raw/<paper>/<YYYY-MM-DD>/<NN>.txt with <paper> one of {named}"))
        elif meta.paper not in papers:
            problems.append(Problem(shown, None, f"unknown paper {meta.paper!r}",
                                    f"use one of {', '.join(papers)} or add it to the config's papers"))
        else:
            meta.code = papers[meta.paper]
        if meta.date is None:
            problems.append(Problem(shown, None, "no issue date for this page",
                                    f"pass --date YYYY-MM-DD or add date: to {where}"))
        if meta.page is None:
            problems.append(Problem(shown, None, "no page number for this page",
                                    f"pass --page N or add page: to {where}"))
        metas.append(meta)
    if problems:
        raise UnionnewsError(problems)
    return metas


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
        out.extend(n for n in range(start, end + 1) if 1 <= n <= len(lines) and lines[n - 1].strip())
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
