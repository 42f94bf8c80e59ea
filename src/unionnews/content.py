"""Load and validate article files (the contract in ARTICLE_FORMAT.md).

Each front-matter key has one small validator.  Every file is checked in full
and every problem is collected, so one run tells a desk editor everything
that needs fixing, each as `file:line: what is wrong — how to fix`.
"""
from __future__ import annotations

import datetime as dt
import difflib
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import frontmatter
import yaml

from unionnews.config import Config
from unionnews.errors import Problem, UnionnewsError, display_path

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
KINDS = ("news", "feature", "brief", "photo", "continuation", "notice", "commentary")
NAME_TITLES = ("本报记者", "本报通讯员", "记者", "通讯员", "摄影", "本报")
MAX_BYTES = 10 * 1024 * 1024
KNOWN_KEYS = ("id", "title", "kicker", "subtitle", "date", "paper", "page", "page_name", "column", "kind",
              "reporters", "correspondents", "photographers", "dateline", "places", "tags", "source",
              "continued_from", "review", "provenance")


@dataclass(frozen=True)
class Dateline:
    place: str
    date: dt.date | None


@dataclass(frozen=True)
class Article:
    """One article as the builder sees it: validated, immutable."""

    id: str
    title: str
    date: dt.date
    paper: str
    body: str
    path: str  # as shown in messages, relative to the project
    kicker: str = ""
    subtitle: str = ""
    page: int | None = None
    page_name: str = ""
    column: str = ""
    kind: str = "news"
    reporters: tuple[str, ...] = ()
    correspondents: tuple[str, ...] = ()
    photographers: tuple[str, ...] = ()
    dateline: Dateline | None = None
    places: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    source: str = ""
    continued_from: str = ""
    review: tuple[str, ...] = ()
    provenance: tuple[tuple[str, str], ...] = ()

    @property
    def people(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for name in (*self.reporters, *self.correspondents, *self.photographers):
            seen.setdefault(name, None)
        return tuple(seen)


# ---------------------------------------------------------------- discovery

def discover(content_dir: Path) -> Iterator[Path]:
    """Every *.md under content/, sorted, skipping folders that start with _ or . (importer's _unplaced)."""
    seen_dirs: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(content_dir, followlinks=True):
        try:
            st = os.stat(dirpath)
        except OSError:
            dirnames[:] = []
            continue
        if (st.st_dev, st.st_ino) in seen_dirs:  # a symlink loop: walk each real folder once
            dirnames[:] = []
            continue
        seen_dirs.add((st.st_dev, st.st_ino))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(("_", ".")))
        for name in sorted(filenames):
            if name.endswith(".md") and not name.startswith("."):
                yield Path(dirpath) / name


# ---------------------------------------------------------------- validators
# Each takes the raw value and returns (clean value, message, fix) — message empty when fine.

Check = Callable[[Any, Config], tuple[Any, str, str]]


def _text(required: bool) -> Check:
    def check(value: Any, config: Config) -> tuple[Any, str, str]:
        if value is None:
            return "", ("is missing" if required else ""), "add it as a line of text"
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            return "", f"should be text, got {type(value).__name__}", "write it as one line of text in quotes"
        value = value.strip()
        if required and not value:
            return "", "is empty", "write the text as printed"
        if "\n" in value:
            return value, "spans several lines", "join it into one line"
        return value, "", ""
    return check


def _check_id(value: Any, config: Config) -> tuple[Any, str, str]:
    if value is None:
        return "", "id is missing", "add id: <paper code>-<YYYYMMDD>-<page>-<seq>, e.g. grrb-20250926-03-01"
    value = str(value)
    if not ID_RE.match(value) or len(value) > 120:
        safe = re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-") or "grrb-20250926-03-01"
        return "", f"id {value!r} may only use a-z, 0-9 and single hyphens (it becomes a file name)", f"write id: {safe}"
    return value, "", ""


def _check_date(value: Any, config: Config) -> tuple[Any, str, str]:
    if value is None:
        return None, "date is missing", "add date: YYYY-MM-DD, the issue's publication date"
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        if value > dt.date.today():
            return None, f"date {value} is in the future", "write the issue's real publication date"
        return value, "", ""
    text = str(value)
    match = re.match(r"^\s*(\d{4})\D(\d{1,2})\D(\d{1,2})\D?\s*$", text)
    if match:
        y, m, d = map(int, match.groups())
        try:
            good = dt.date(y, m, d)
            return None, f'date "{text}" is not YYYY-MM-DD', f"write {good.isoformat()}"
        except ValueError:
            return None, f'date "{text}" does not exist', "write a real date as YYYY-MM-DD"
    return None, f'date "{text}" is not a date', "write it as YYYY-MM-DD, e.g. 2025-09-26"


def _check_paper(value: Any, config: Config) -> tuple[Any, str, str]:
    value, message, fix = _text(True)(value, config)
    if message:
        return value, f"paper {message}", "write the newspaper's name, e.g. 工人日报"
    if value not in config.papers:
        guess = difflib.get_close_matches(value, config.papers, n=1)
        hint = f"did you mean {guess[0]}? " if guess else ""
        return value, f"paper {value!r} is not listed in site.toml [papers]", \
            f'{hint}or add a line "{value}" = "<code>" under [papers] in site.toml'
    return value, "", ""


def _check_page(value: Any, config: Config) -> tuple[Any, str, str]:
    if value is None:
        return None, "", ""
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 999:
        return None, f"page {value!r} is not a page number", "write page: 3 (a whole number, 1–999)"
    return value, "", ""


def _check_kind(value: Any, config: Config) -> tuple[Any, str, str]:
    if value is None:
        return "news", "", ""
    if value not in KINDS:
        guess = difflib.get_close_matches(str(value), KINDS, n=1)
        return "news", f"kind {value!r} is not one of {', '.join(KINDS)}", \
            f"write kind: {guess[0] if guess else 'news'}"
    return value, "", ""


def _list_of_text(what: str) -> Check:
    def check(value: Any, config: Config) -> tuple[Any, str, str]:
        if value is None:
            return (), "", ""
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            return (), f"should be a list of {what}", f"write e.g. [{what}1, {what}2]"
        clean: list[str] = []
        for item in value:
            if isinstance(item, (int, float)) and not isinstance(item, bool):
                item = str(item)
            if not isinstance(item, str) or not item.strip():
                return (), f"has an entry {item!r} that is not a {what}", f"write each {what} as text"
            item = item.strip()
            if item not in clean:
                clean.append(item)
        return tuple(clean), "", ""
    return check


def _names(value: Any, config: Config) -> tuple[Any, str, str]:
    names, message, fix = _list_of_text("name")(value, config)
    if message:
        return names, message, fix
    for name in names:
        if re.search(r"\s", name):
            parts = " ".join(f"{p}," for p in name.split())
            return names, f"name {name!r} contains a space", f"list each person separately: [{parts.rstrip(',')}]"
        for title in NAME_TITLES:
            if name.startswith(title) and len(name) > len(title):
                return names, f"name {name!r} includes the title {title!r}", f"write just {name[len(title):]!r}"
    return names, "", ""


def _check_dateline(value: Any, config: Config) -> tuple[Any, str, str]:
    if value is None:
        return None, "", ""
    if not isinstance(value, dict) or not isinstance(value.get("place"), str):
        return None, "dateline should be {place: …, date: …}", "write e.g. dateline: {place: 重庆, date: 2025-09-25}"
    when = value.get("date")
    if when is not None:
        when, message, fix = _check_date(when, config)
        if message:
            return None, f"dateline {message}", fix
    return Dateline(value["place"].strip(), when), "", ""


def _check_provenance(value: Any, config: Config) -> tuple[Any, str, str]:
    if value is None:
        return (), "", ""
    if not isinstance(value, dict):
        return (), "provenance should be {file, sha256, lines, importer}", "let the importer write it, or remove it"
    return tuple(sorted((str(k), str(v)) for k, v in value.items())), "", ""


VALIDATORS: dict[str, Check] = {
    "id": _check_id,
    "title": _text(True),
    "kicker": _text(False),
    "subtitle": _text(False),
    "date": _check_date,
    "paper": _check_paper,
    "page": _check_page,
    "page_name": _text(False),
    "column": _text(False),
    "kind": _check_kind,
    "reporters": _names,
    "correspondents": _names,
    "photographers": _names,
    "dateline": _check_dateline,
    "places": _list_of_text("place"),
    "tags": _list_of_text("tag"),
    "source": _text(False),
    "continued_from": _text(False),
    "review": _list_of_text("reason"),
    "provenance": _check_provenance,
}


# ---------------------------------------------------------------- parsing

def _key_lines(front: str) -> dict[str, int]:
    """Top-level key → line number in the file (front matter starts on line 2)."""
    lines: dict[str, int] = {}
    for number, line in enumerate(front.split("\n"), start=2):
        match = re.match(r"^([A-Za-z_][\w-]*)\s*:", line)
        if match:
            lines.setdefault(match.group(1), number)
    return lines


def _decode(raw: bytes, shown: str) -> tuple[str, list[Problem]]:
    if not raw.strip():
        return "", [Problem(shown, 1, "file is empty", "write front matter and the article, or delete the file")]
    if b"\0" in raw[:8192]:
        return "", [Problem(shown, None, "is a binary file, not an article", "move it out of content/")]
    if len(raw) > MAX_BYTES:
        return "", [Problem(shown, None, f"is {len(raw) / 1048576:.1f} MB; an article may be at most "
                            f"{MAX_BYTES // 1048576} MB", "split it into several articles")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        return "", [Problem(shown, line, f"is not UTF-8 (byte {exc.start} is 0x{raw[exc.start]:02x})",
                            "re-save it as UTF-8, e.g. iconv -f GB18030 -t UTF-8")]
    return text.replace("\r\n", "\n").replace("\r", "\n"), []


class _Loader(yaml.SafeLoader):
    """SafeLoader whose impossible dates (2025-02-30) stay text, so the date validator can name them."""


def _timestamp(loader: yaml.SafeLoader, node: yaml.Node):
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)
_HANDLER = frontmatter.YAMLHandler()
_HANDLER.load = lambda fm, **kw: yaml.load(fm, Loader=_Loader)  # noqa: E731


def parse_article(path: Path, config: Config) -> tuple[Article | None, list[Problem]]:
    """Read one file; return the article (None if unusable) and its problems."""
    shown = display_path(path, config.root)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [Problem(shown, None, f"cannot be read: {exc.strerror}", "check the file's permissions")]
    text, problems = _decode(raw, shown)
    if problems:
        return None, problems
    if not text.startswith("---\n"):
        return None, [Problem(shown, 1, "has no front matter", "start the file with a line '---', the keys "
                              "(id, title, date, paper…), another '---', then the article")]
    try:
        post = frontmatter.loads(text, handler=_HANDLER)
    except yaml.YAMLError as exc:
        # The context mark is where the unclosed construct began (the line to fix); the problem
        # mark is where the parser noticed. Name the first, mention the second.
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None  # python-frontmatter keeps the newline after ---
        reason = getattr(exc, "problem", None) or str(exc).split("\n")[0]
        noticed = getattr(exc, "problem_mark", None)
        if noticed is not None and noticed.line + 1 != line:
            reason += f", noticed at line {noticed.line + 1}"
        return None, [Problem(shown, line, f"front matter is not valid YAML ({reason})",
                              "check indentation and colons; quote text that contains ': ' or starts with [ { > | * & !")]
    except Exception as exc:  # python-frontmatter can raise on odd delimiters
        return None, [Problem(shown, 1, f"front matter cannot be read ({exc})", "check the --- lines")]
    meta = post.metadata
    if not isinstance(meta, dict) or not meta:
        return None, [Problem(shown, 1, "front matter is empty or not a set of keys",
                              "write key: value lines between the --- lines")]
    front = text.split("\n---", 2)[0] if text.count("\n---") else text
    lines = _key_lines(front[4:])
    values: dict[str, Any] = {}
    for key, check in VALIDATORS.items():
        value, message, fix = check(meta.get(key), config)
        if message:
            if not message.startswith(key.split("_")[0]):
                message = f"{key} {message}"
            problems.append(Problem(shown, lines.get(key, 2), message, fix))
        values[key] = value
    for key in meta:
        if key not in VALIDATORS:
            guess = difflib.get_close_matches(str(key), KNOWN_KEYS, n=1)
            problems.append(Problem(shown, lines.get(str(key)), f"unknown key {key!r}",
                                    f"did you mean {guess[0]!r}?" if guess else "remove it, or see ARTICLE_FORMAT.md",
                                    "warning"))
    body = post.content.strip("\n")
    if not body.strip():
        problems.append(Problem(shown, text.count("\n") + 1, "body is empty",
                                "write the article's text below the closing ---"))
    if any(p.level == "error" for p in problems):
        return None, problems
    article = Article(body=body, path=shown, **values)
    return article, problems


def _check_layout(article: Article, path: Path, config: Config) -> list[Problem]:
    expected = config.content_dir / f"{article.date:%Y/%m/%d}" / f"{article.id}.md"
    if path.resolve() != expected.resolve():
        return [Problem(article.path, None, f"is not where its id and date say it belongs",
                        f"move it to {display_path(expected, config.root)}")]
    return []


def load_content(config: Config) -> tuple[list[Article], list[Problem]]:
    """Load every article; raise UnionnewsError with all errors, return warnings otherwise."""
    if not config.content_dir.is_dir():
        raise UnionnewsError(Problem(display_path(config.content_dir, config.root), None,
                                     "content folder does not exist",
                                     "create it, or run `python build.py import raw/` to fill it"))
    articles: list[Article] = []
    problems: list[Problem] = []
    by_id: dict[str, Article] = {}
    for path in discover(config.content_dir):
        article, found = parse_article(path, config)
        problems.extend(found)
        if article is None:
            continue
        problems.extend(_check_layout(article, path, config))
        if article.id in by_id:
            other = by_id[article.id]
            problems.append(Problem(article.path, 2, f"id {article.id!r} is already used by {other.path}",
                                    "give one of them a new id (ids are permanent: change the newer one)"))
            continue
        by_id[article.id] = article
        articles.append(article)
    problems.extend(_check_references(articles))
    errors = [p for p in problems if p.level == "error"]
    if errors:
        raise UnionnewsError(problems)
    return articles, [p for p in problems if p.level != "error"]


def _check_references(articles: list[Article]) -> list[Problem]:
    """continued_from must name a page the issue has; a missing page is only a warning (it may not be imported yet)."""
    pages: dict[tuple[str, dt.date], set[int]] = {}
    for a in articles:
        if a.page is not None:
            pages.setdefault((a.paper, a.date), set()).add(a.page)
    problems = []
    for a in articles:
        if not a.continued_from:
            continue
        match = re.search(r"(\d+)", a.continued_from)
        if not match:
            problems.append(Problem(a.path, None, f"continued_from {a.continued_from!r} names no page",
                                    "write continued_from: 第1版"))
        elif int(match.group(1)) not in pages.get((a.paper, a.date), set()):
            problems.append(Problem(a.path, None, f"continued_from {a.continued_from}, but the archive has no page "
                                    f"{match.group(1)} of {a.paper} {a.date}", "import that page when you have it",
                                    "warning"))
    return problems
