"""Load and validate article files (the contract in ARTICLE_FORMAT.md).

Each front-matter key has one small validator.  Every file is checked in full
and every problem is collected, so one run tells a desk editor everything
that needs fixing, each as `file:line: what is wrong — how to fix`.
"""
from __future__ import annotations

import datetime as dt
import difflib
import errno
import hashlib
import os
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import frontmatter
import yaml

from unionnews.config import Config
from unionnews.errors import Problem, UnionnewsError, display_path
from unionnews.sources import escape_problems, walk_entries
from unionnews.text import FORBIDDEN, describe, fold_name, forbidden, visible

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Article kinds and what a reader sees for each (search.js shows them on the kind filter).
KIND_LABELS = {"news": "消息", "feature": "通讯", "brief": "简讯", "photo": "图片", "continuation": "转版",
               "notice": "公告", "commentary": "评论"}
KINDS = tuple(KIND_LABELS)
NAME_TITLES = ("本报记者", "本报通讯员", "记者", "通讯员", "摄影", "本报")
MAX_BYTES = 10 * 1024 * 1024  # a whole printed page is ~20 KB of text: anything this big is not an article
KNOWN_KEYS = ("id", "title", "kicker", "subtitle", "date", "paper", "page", "page_name", "column", "kind",
              "reporters", "correspondents", "photographers", "dateline", "places", "tags", "source",
              "continued_from", "regions", "review", "proofread", "provenance", "mentioned")


@dataclass(frozen=True)
class Dateline:
    place: str
    date: dt.date | None


# The key, in the __dict__ of an article made without its body, of what reads the body when it is first asked for
LATER_BODY = "_body_later"


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
    mentioned: tuple[str, ...] = ()  # 新闻人物: the file's `mentioned`, else recognised in the text (people.py)
    proofread: bool | None = None  # None: nobody said (trust.proofread_state words each case)
    regions: tuple[tuple[float, float, float, float], ...] = ()  # where it is printed, page fractions x, y, w, h
    provenance: tuple[tuple[str, str], ...] = ()
    lines: str = field(default="", compare=False, repr=False)  # "key line" per line, for messages (compact at 100k)
    digest: str = field(default="", compare=False, repr=False)  # of the source file and its path: see incremental/fingerprint.py

    def __getstate__(self) -> dict[str, Any]:
        """Pickled (sent to or from a worker) with its body, never with what would read it later."""
        if LATER_BODY in self.__dict__:
            self.body  # noqa: B018 - read now (_LaterBody)
        return self.__dict__

    def line_of(self, key: str) -> int:
        """The line of a front-matter key in the file (2, the first key line, when unknown)."""
        for entry in self.lines.split("\n"):
            name, _, number = entry.partition(" ")
            if name == key:
                return int(number)
        return 2

    @property
    def people(self) -> tuple[str, ...]:
        """Reporters, correspondents and photographers, each name once, in that order.

        Read for every article by the model and the search index on every build: most articles have
        only reporters, all different, and those are the answer as they are.
        """
        reporters = self.reporters
        if not self.correspondents and not self.photographers and (len(reporters) < 2 or
                                                                   len(set(reporters)) == len(reporters)):
            return reporters
        return tuple(dict.fromkeys((*reporters, *self.correspondents, *self.photographers)))


class _LaterBody:
    """Article.body for an article the build cache made without it: read then, with its shard's other bodies.

    The cache keeps the bodies of a shard apart from its other fields (incremental/cache.py) and reads
    them the first time one is asked for: a build that renders a day's pages needs a few thousand of a
    hundred thousand bodies, and they are most of the cache's bytes.  A descriptor without __set__ on the
    class: an article that has its body (every article made by __init__) answers from its own __dict__,
    so only the cache's articles without one come here (a __getattr__ would also slow every hasattr
    that misses, which templates and markupsafe ask of every value).
    """

    def __get__(self, article: "Article | None", owner: type | None = None) -> Any:
        if article is None:
            return self
        later = article.__dict__.get(LATER_BODY)
        if later is None:
            raise AttributeError("body")
        later.load()
        return article.__dict__["body"]


Article.body = _LaterBody()  # type: ignore[assignment,misc]  # after @dataclass made its fields and __init__


# ---------------------------------------------------------------- discovery

@dataclass(frozen=True)
class Found:
    """What one walk of content/ found (find): the article files, each with its stat key when asked for."""

    paths: list[str]  # every *.md, sorted folder by folder, each path a plain string
    keys: list[tuple[int, int, int] | None] | None  # (size, mtime_ns, inode) of each (cache.StatKey), or None
    strays: list[str]  # other files
    escapes: list[tuple[Path, str]]  # symbolic links leaving the project (sources.walk)


def find(content_dir: Path, root: Path, stat: bool = False) -> Found:
    """Every *.md under content/, sorted, skipping folders that start with _ or . (the importer's _unplaced),
    as strings, in one pass that also takes each file's stat key (`stat`) from its directory entry: a build
    looks at every file of a large archive this way, without a Path per file.  Other files (a stray photo, an
    article saved as .txt) go to `strays`; symbolic links leaving the project to `escapes`, never followed."""
    paths: list[str] = []
    keys: list[tuple[int, int, int] | None] = []
    strays: list[str] = []
    escapes: list[tuple[Path, str]] = []
    for entry in walk_entries(content_dir, root, escapes, keep_dir=lambda name: not name.startswith("_")):
        if not entry.name.endswith(".md"):
            strays.append(entry.path)
            continue
        paths.append(entry.path)
        if stat:
            try:
                st = entry.stat()  # follows a link, as Path.stat (cache.stat_key) does
                keys.append((st.st_size, st.st_mtime_ns, st.st_ino))
            except OSError:
                keys.append(None)
    return Found(paths, keys if stat else None, strays, escapes)


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
        if value and not visible(value):
            return value, "shows nothing (only invisible characters)", "write the text as printed"
        return value, "", ""
    return check


def _check_id(value: Any, config: Config) -> tuple[Any, str, str]:
    if value is None:
        return "", "id is missing", "add id: <paper code>-<YYYYMMDD>-<page>-<seq>, e.g. grrb-20250926-03-01"
    value = str(value)
    if not ID_RE.fullmatch(value) or len(value) > 120:
        safe = re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-") or "grrb-20250926-03-01"
        return "", f"id {value!r} may only use a-z, 0-9 and single hyphens (it becomes a file name)", f"write id: {safe}"
    return value, "", ""


def _check_date(value: Any, config: Config) -> tuple[Any, str, str]:
    if value is None:
        return None, "date is missing", "add date: YYYY-MM-DD, the issue's publication date"
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):  # "in the future" is judged on every build, cached or not (future_dates)
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
    if isinstance(value, str) and value.strip().isdecimal():  # what int() reads: not ² or ①
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
            return (), f"should be a list of {what}s, got {type(value).__name__}", f"write e.g. [{what}1, {what}2]"
        clean: list[str] = []
        folded: set[str] = set()
        for item in value:
            if isinstance(item, (int, float)) and not isinstance(item, bool):
                item = str(item)
            if not isinstance(item, str) or not item.strip():
                return (), f"has an entry {item!r} that is not a {what}", f"write each {what} as text"
            item = item.strip()
            if not visible(item):
                return (), f"has an entry {item!r} that shows nothing (only invisible characters)", \
                    f"write the {what} as printed, or remove the entry"
            if fold_name(item) not in folded:  # 李娜 and 李\u200d娜 are one person: listed once
                folded.add(fold_name(item))
                clean.append(item)
        return tuple(clean), "", ""
    return check


def _names(value: Any, config: Config) -> tuple[Any, str, str]:
    names, message, fix = _list_of_text("name")(value, config)
    if message:
        return names, message, fix
    for name in names:
        if re.search(r"\s", name):
            parts = name.split()
            if all(len(p) == 1 for p in parts):  # 李 娜: one name spaced out to the width of three characters
                return names, f"name {name!r} contains a space", f"write {''.join(parts)!r} (one person, no space)"
            return names, f"name {name!r} contains a space", f"list each person separately: [{', '.join(parts)}]"
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


def _check_proofread(value: Any, config: Config) -> tuple[Any, str, str]:
    """true (or the date it was done) when a person has checked the text against the printed page."""
    if value is None or isinstance(value, bool):
        return value, "", ""
    if isinstance(value, dt.date):
        return True, "", ""
    return None, f"proofread {value!r} is not true or false", \
        "write proofread: true once the text is checked against the page (or the date it was, YYYY-MM-DD)"


def _check_regions(value: Any, config: Config) -> tuple[Any, str, str]:
    """[[x, y, w, h], …] in fractions of the page: each box inside the page and not empty."""
    if value is None:
        return (), "", ""
    fix = "write regions: [[x, y, w, h], …] with each number a fraction of the page (0–1), e.g. [[0.05, 0.1, 0.4, 0.3]]"
    if not isinstance(value, list) or not value:
        return (), "should be a list of [x, y, w, h] boxes", fix
    boxes = []
    for n, box in enumerate(value, start=1):
        if (not isinstance(box, list) or len(box) != 4
                or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in box)):
            return (), f"box {n} should be four numbers [x, y, w, h]", fix
        x, y, w, h = (float(v) for v in box)
        if not (0 <= x <= 1 and 0 <= y <= 1 and 0 < w and 0 < h and x + w <= 1.0001 and y + h <= 1.0001):
            return (), f"box {n} {box} is not inside the page (fractions 0–1, width and height above 0)", fix
        boxes.append((x, y, w, h))
    return tuple(boxes), "", ""


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
    "regions": _check_regions,
    "review": _list_of_text("reason"),
    "proofread": _check_proofread,
    "provenance": _check_provenance,
    "mentioned": _names,
}


# ---------------------------------------------------------------- parsing

class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml's C parser when present (PyYAML's own is pure Python)
    """SafeLoader that refuses duplicate keys (one would silently be lost) and keeps impossible dates as text.

    It also notes the line of each top-level key (`key_lines`), for problems to name.
    """

    def __init__(self, stream):
        super().__init__(stream)
        self.key_lines: dict[str, int] = {}

    def construct_mapping(self, node, deep=False):
        seen: dict = {}
        for key_node, _ in node.value:
            # Plain scalar keys (all real front matter) compare by tag and text, without building them twice.
            key = ((key_node.tag, key_node.value) if isinstance(key_node, yaml.ScalarNode)
                   else self.construct_object(key_node, deep=True))
            try:
                first = seen.setdefault(key, key_node.start_mark.line)
            except TypeError:
                continue  # unhashable key: the base class reports it
            if first != key_node.start_mark.line:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key {(key[1] if isinstance(key_node, yaml.ScalarNode) else key)!r} appears twice "
                    f"(first on line {first + 2}), so one value would be lost",
                    key_node.start_mark)
        return super().construct_mapping(node, deep=deep)

    def construct_yaml_timestamp(self, node):
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:  # 2025-02-30 looks like a date but is none: let the date check say so
            return self.construct_scalar(node)

    def get_single_data(self):
        """The document, built by `_plain` when it is plain, else by PyYAML's general constructor.

        Front matter is a mapping of scalars and lists, and PyYAML's generic machinery
        (generators, state, a dispatch per node) is much of the cost of parsing an article
        (bench/RESULTS.md has the figures).  Anything `_plain` does not
        handle exactly (anchors, merge keys, a repeated key, unusual tags) goes the general
        way, which also words the errors; the result is the same either way (tested).
        """
        node = self.get_single_node()
        if node is None:
            return None
        if type(node) is yaml.MappingNode:  # front matter starts on line 2 of the file
            for key_node, _ in node.value:
                if type(key_node) is yaml.ScalarNode:
                    self.key_lines.setdefault(key_node.value, key_node.start_mark.line + 2)
        try:
            return self._plain(node, set())
        except _NotPlain:
            return self.construct_document(node)

    def _plain(self, node, seen: set[int]):
        kind = type(node)
        if kind is yaml.ScalarNode:
            if node.tag == _STR:
                return node.value
            if node.tag in _PLAIN_SCALARS:
                return self.yaml_constructors[node.tag](self, node)
            raise _NotPlain
        if id(node) in seen:  # an alias: the same list or mapping twice, which only the general way keeps shared
            raise _NotPlain
        seen.add(id(node))
        if kind is yaml.SequenceNode and node.tag == _SEQ:
            return [self._plain(item, seen) for item in node.value]
        if kind is yaml.MappingNode and node.tag == _MAP:
            mapping = {}
            for key_node, value_node in node.value:
                if type(key_node) is not yaml.ScalarNode or key_node.tag == _MERGE:
                    raise _NotPlain
                key = self._plain(key_node, seen)
                if key in mapping:  # a repeated key: the general way refuses it with its line
                    raise _NotPlain
                mapping[key] = self._plain(value_node, seen)
            return mapping
        raise _NotPlain


class _NotPlain(Exception):
    """Front matter `_Loader._plain` leaves to PyYAML's general constructor."""


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)
_STR, _SEQ, _MAP, _MERGE = (f"tag:yaml.org,2002:{name}" for name in ("str", "seq", "map", "merge"))
_PLAIN_SCALARS = frozenset(f"tag:yaml.org,2002:{name}" for name in ("null", "bool", "int", "float", "timestamp"))


def _decode(raw: bytes, shown: str) -> tuple[str, list[Problem]]:
    if not raw.strip():
        return "", [Problem(shown, 1, "file is empty", "write front matter and the article, or delete the file")]
    if b"\0" in raw[:8192]:
        return "", [Problem(shown, 1, "is a binary file, not an article", "move it out of content/")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        hint = "it looks like GBK/GB18030: " if _is_gb(raw) else ""
        return "", [Problem(shown, line, f"is not UTF-8 (byte {exc.start} is 0x{raw[exc.start]:02x})",
                            f"{hint}re-save it as UTF-8, e.g. iconv -f GB18030 -t UTF-8")]
    return text.replace("\r\n", "\n").replace("\r", "\n"), []


def _is_gb(raw: bytes) -> bool:
    try:
        raw.decode("gb18030")
        return True
    except UnicodeDecodeError:
        return False


_HANDLER = frontmatter.YAMLHandler()


def split_front_matter(text: str) -> tuple[str, str, int] | None:
    """(front matter, body, line the body starts on) or None when there is no closing --- line.

    python-frontmatter finds the --- boundaries; the YAML itself goes through our own
    loader (duplicate keys, impossible dates) so every problem can name its line.
    """
    try:
        front, body = _HANDLER.split(text)
    except ValueError:  # fewer than two boundaries
        return None
    front = front[1:] if front.startswith("\n") else front  # the newline that ends the opening ---
    body = body[1:] if body.startswith("\n") else body
    return front, body, front.count("\n") + 3


def _yaml_problem(exc: Exception, shown: str) -> Problem:
    """The line a person should look at: where an unclosed [ { or quote opened, else where YAML gave up."""
    mark = getattr(exc, "problem_mark", None)
    context = getattr(exc, "context_mark", None)
    what = getattr(exc, "context", None) or ""
    line = mark.line + 2 if mark is not None else 2
    reason = getattr(exc, "problem", None) or str(exc).split("\n")[0]
    if context is not None and ("flow" in what or "quoted" in what) and context.line + 2 < line:
        opened = what.replace("while parsing a ", "").replace("while scanning a ", "")
        reason += f"; the {opened} that starts here is not closed (noticed on line {line})"
        line = context.line + 2
    return Problem(shown, line, f"front matter is not valid YAML ({reason})",
                   "check indentation and colons; quote text that contains ': ' or starts with [ { > | * & ! \" '")


def parse_article(path: Path, config: Config) -> tuple[Article | None, list[Problem]]:
    """Read one file; return the article (None if unusable) and its problems."""
    shown = display_path(path, config.root)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return None, [Problem(shown, 1, f"is {size / 1048576:.1f} MB; an article may be at most "
                                  f"{MAX_BYTES // 1048576} MB", "split it into several articles, or move it out of content/")]
        raw = path.read_bytes()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return None, [Problem(shown, 1, "is a symbolic link that points to itself (a loop)",
                                  "delete the link, or point it at a real article file")]
        if exc.errno == errno.ENOENT:
            return None, [Problem(shown, 1, "is a symbolic link to a file that does not exist",
                                  "delete the link, or point it at a real article file")]
        return None, [Problem(shown, 1, f"cannot be read: {exc.strerror}", "check the file's permissions")]
    return parse_bytes(raw, shown, config)


MAX_REPORTED = 10  # control characters reported per file; the count says if there are more


def control_problems(text: str, shown: str, first_line: int = 1) -> list[Problem]:
    """One problem per character XML 1.0 forbids (text.py), with its line and column."""
    found = forbidden(text, first_line)
    problems = [Problem(shown, line, f"column {column}: {describe(ch)} is a control character a web page or "
                        "feed cannot hold", "delete it (for a page break, a form feed or a vertical tab: "
                        "use a line break)") for line, column, ch in found[:MAX_REPORTED]]
    if len(found) > MAX_REPORTED:
        problems.append(Problem(shown, found[MAX_REPORTED][0], f"and {len(found) - MAX_REPORTED} more control "
                                "characters", "delete them all"))
    return problems


def _strings(*values: Any) -> Iterator[str]:
    """Every string in front-matter values (keys included), however nested."""
    for value in values:
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            yield from _strings(*value.keys(), *value.values())
        elif isinstance(value, (list, tuple)):
            yield from _strings(*value)


def parse_bytes(raw: bytes, shown: str, config: Config) -> tuple[Article | None, list[Problem]]:
    """Parse and validate one article file's bytes (shown: its path in messages)."""
    text, problems = _decode(raw, shown)
    if problems:
        return None, problems
    problems = control_problems(text, shown)
    if problems:  # before YAML: it would stop at the first one, at no useful line
        return None, problems
    if not text.startswith("---\n"):
        return None, [Problem(shown, 1, "has no front matter", "start the file with a line '---', the keys "
                              "(id, title, date, paper…), another '---', then the article")]
    parts = split_front_matter(text)
    if parts is None:
        return None, [Problem(shown, 1, "front matter has no closing '---' line",
                              "add a line '---' after the last key, before the article text")]
    front, body, body_line = parts
    loader = _Loader(front)
    try:
        meta = loader.get_single_data()
    except yaml.YAMLError as exc:
        return None, [_yaml_problem(exc, shown)]
    except RecursionError:
        return None, [Problem(shown, 2, "front matter is nested too deeply to read", "write plain key: value lines")]
    finally:
        loader.dispose()
    if not isinstance(meta, dict) or not meta:
        return None, [Problem(shown, 1, "front matter is empty or not a set of keys",
                              "write key: value lines between the --- lines")]
    lines = loader.key_lines
    # The text holds no control character (control_problems), but a YAML escape in double quotes
    # ("\x1b", "\f") makes one the text did not hold; only a front matter with a backslash can.
    for key, value in meta.items() if "\\" in front else ():
        try:
            found = sorted({ch for text in _strings(key, value) for ch in FORBIDDEN.findall(text)})
        except RecursionError:
            return None, [Problem(shown, 2, "front matter is nested too deeply to read", "write plain key: value lines")]
        for ch in found:
            problems.append(Problem(shown, lines.get(str(key), 2), f"{key} holds {describe(ch)}, written as an "
                                    "escape in quotes: a control character a web page or feed cannot hold",
                                    "remove the escape (\\x…, \\u…, \\f, \\e…) from the value"))
    if problems:
        return None, problems
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
            problems.append(Problem(shown, lines.get(str(key), 2), f"unknown key {key!r}",
                                    f"did you mean {guess[0]!r}?" if guess else "remove it, or see ARTICLE_FORMAT.md",
                                    "warning"))
    body = body.strip("\n")
    if not body.strip():
        problems.append(Problem(shown, body_line, "body is empty",
                                "write the article's text below the closing ---"))
    if any(p.level == "error" for p in problems):
        return None, problems
    if "mentioned" not in meta:  # nobody listed them: the names the text itself marks as people
        from unionnews.people import recognise
        staff = {*values["reporters"], *values["correspondents"], *values["photographers"], *values["places"]}
        values["mentioned"] = recognise(body, frozenset(staff))
    if values["tags"] and values["provenance"] and dict(values["provenance"]).get("tags_by"):
        from unionnews.topics import clean  # machine suggestions: only those that name a topic
        head = " ".join((values["kicker"], values["title"], values["subtitle"]))
        values["tags"] = clean(values["tags"], body, head,
                               frozenset((*values["places"], *values["mentioned"], *values["reporters"])))
    for key in ("paper", "page_name", "column", "kind", "reporters", "correspondents", "photographers",
                "places", "tags", "mentioned"):  # the same names recur in thousands of articles: keep one copy of each
        value = values[key]
        values[key] = tuple(map(sys.intern, value)) if isinstance(value, tuple) else \
            sys.intern(value) if isinstance(value, str) else value
    known_lines = "\n".join(f"{k} {n}" for k, n in sorted(lines.items()) if k in VALIDATORS)  # what line_of asks
    article = Article(body=body, path=shown, lines=known_lines, digest=source_digest(raw, shown), **values)
    return article, problems


def source_digest(raw: bytes, shown: str) -> str:
    """Article.digest: the file's bytes and the path it is shown by (the build cache compares it too)."""
    digest = hashlib.blake2b(raw, digest_size=16, person=b"unionnews-art")
    digest.update(shown.encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def article_path(date: dt.date, article_id: str) -> str:
    """Where an article's file lives under content/: YYYY/MM/DD/<id>.md (the importer writes it there,
    the build requires it there)."""
    return f"{date.year}/{date.month:02d}/{date.day:02d}/{article_id}.md"  # as %Y/%m/%d, without strftime per file


def _check_layout(article: Article, path: str, config: Config, content_dir: str) -> list[Problem]:
    """content/YYYY/MM/DD/<id>.md, compared without following a symlinked file (its link is what sits here).

    path: as find() gives it (absolute, normalised); content_dir: os.path.abspath(config.content_dir)."""
    expected = f"{content_dir}/{article_path(article.date, article.id)}"  # strings: no Path per file
    if path != expected:
        return [Problem(article.path, article.line_of("id"), "is not where its id and date say it belongs",
                        f"move it to {display_path(expected, config.root)} (content/YYYY/MM/DD/<id>.md)")]
    return []


def load_content(config: Config, read: Callable[[list[str]], list[tuple[Article | None, list[Problem]]]] | None = None,
                 found: Found | None = None) -> tuple[list[Article], list[Problem]]:
    """Load every article; raise UnionnewsError with all errors, return warnings otherwise.

    `read` parses a list of files (the build passes one that uses the cache and every core);
    `found`: find()'s walk of content/, when the caller made it already (the build: beside loading its cache).
    """
    if not config.content_dir.is_dir():
        raise UnionnewsError(Problem(display_path(config.content_dir, config.root), None,
                                     "content folder does not exist",
                                     "create it, or run `python build.py import raw/` to fill it"))
    articles: list[Article] = []
    problems: list[Problem] = []
    by_id: dict[str, Article] = {}
    if found is None:
        found = find(config.content_dir, config.root)
    paths, strays = found.paths, found.strays
    problems.extend(escape_problems(found.escapes, config.root))
    parsed = read(paths) if read is not None else [parse_article(Path(path), config) for path in paths]
    content_dir = os.path.abspath(config.content_dir)
    today = config.today()  # judged on every build, never cached: tomorrow's issue becomes valid at midnight
    for path, (article, found) in zip(paths, parsed):
        if found:
            problems.extend(found)
        if article is None:
            continue
        date = article.date
        # _check_layout's and future_dates' conditions tested here first: this loop runs over every article on
        # every build, and both make their message only for the few that fail
        if path != f"{content_dir}/{article_path(date, article.id)}":
            problems.extend(_check_layout(article, path, config, content_dir))
        dateline = article.dateline
        if date > today or (dateline is not None and dateline.date is not None and dateline.date > today):
            problems.extend(future_dates(article, today))
            continue
        if article.id in by_id:
            problems.append(_duplicate(article, by_id[article.id], config))
            continue
        by_id[article.id] = article
        articles.append(article)
    for path in strays:
        problems.append(Problem(display_path(path, config.root), 1, "is not an article file (*.md) and is ignored",
                                "move it out of content/, or rename it to <id>.md if it is an article", "warning"))
    problems.extend(_check_references(articles))
    errors = [p for p in problems if p.level == "error"]
    if errors:
        raise UnionnewsError(problems)
    return articles, [p for p in problems if p.level != "error"]


def future_dates(article: Article, today: dt.date) -> list[Problem]:
    """An issue date or dateline after today in the paper's time zone (Config.today)."""
    problems = []
    if article.date > today:
        problems.append(Problem(article.path, article.line_of("date"), f"date {article.date} is in the future "
                                f"(today is {today} where the paper is published)",
                                "write the issue's real publication date, or set timezone in site.toml"))
    if article.dateline is not None and article.dateline.date is not None and article.dateline.date > today:
        problems.append(Problem(article.path, article.line_of("dateline"), f"dateline date {article.dateline.date} "
                                f"is in the future (today is {today} where the paper is published)",
                                "write the date the dateline printed"))
    return problems


def _duplicate(article: Article, other: Article, config: Config) -> Problem:
    """Two files with one id: the problem and its fix name the file that should change.

    Ids are permanent, so the one to change is the copy that is not content/YYYY/MM/DD/<id>.md
    (a file copied under another name keeps the id it was copied with); when both are (or
    neither), the later file, named explicitly.
    """
    def own(a: Article) -> bool:  # the file named for the id, where the id's date puts it
        return a.path.endswith("/" + article_path(a.date, a.id))
    wrong, right = (other, article) if own(article) and not own(other) else (article, other)
    return Problem(wrong.path, wrong.line_of("id"), f"id {wrong.id!r} is already used by {right.path}:"
                   f"{right.line_of('id')}", f"give {wrong.path} a new id (ids are permanent: keep "
                   f"{right.path}'s)")


def _check_references(articles: list[Article]) -> list[Problem]:
    """continued_from must name a page the issue has; a missing page is only a warning (it may not be imported yet)."""
    continued = [a for a in articles if a.continued_from]
    if not continued:
        return []
    pages: dict[tuple[str, dt.date], set[int]] = {(a.paper, a.date): set() for a in continued}  # only issues asked about
    for a in articles:
        if a.page is not None:
            issue = pages.get((a.paper, a.date))
            if issue is not None:
                issue.add(a.page)
    problems = []
    for a in continued:
        match = re.search(r"(\d+)", a.continued_from)
        if not match:
            problems.append(Problem(a.path, a.line_of("continued_from"), f"continued_from {a.continued_from!r} names no page",
                                    "write continued_from: 第1版"))
        elif int(match.group(1)) not in pages.get((a.paper, a.date), set()):
            problems.append(Problem(a.path, a.line_of("continued_from"), f"continued_from {a.continued_from}, but the archive has no page "
                                    f"{match.group(1)} of {a.paper} {a.date}", "import that page when you have it",
                                    "warning"))
    return problems
