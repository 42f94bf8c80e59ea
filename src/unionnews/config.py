"""Site configuration: a typed schema for site.toml, validated all at once.

Like MkDocs' config_options, every key is declared once, as a field of Config:
its type, default, meaning and check (`option(...)`); loading, the error
messages and the docs table all read that one declaration.  Unknown keys get a
"did you mean" warning instead of being ignored.
A project with no site.toml at all builds with the defaults.
"""
from __future__ import annotations

import datetime as dt
import difflib
import re
import tomllib
import zoneinfo
import typing
from collections.abc import Callable
from dataclasses import MISSING, dataclass, field, fields
from pathlib import Path
from urllib.parse import urlsplit

from unionnews.errors import Problem, UnionnewsError, display_path, refuse_if_strict
from unionnews.text import describe, forbidden

DEFAULT_PAPERS = {"工人日报": "grrb", "劳动午报": "ldwb"}


PAGE_IMAGES = ("full", "thumbnails", "none")


CODE_RE = re.compile(r"^[a-z][a-z0-9]{1,15}$")


class Invalid(Exception):
    """A check's verdict on one value: what is wrong and how to write it instead."""

    def __init__(self, message: str, fix: str, key: str | None = None):
        super().__init__(message)
        self.message, self.fix, self.key = message, fix, key  # key: the line to point at, if not the option's


def option(default, meaning: str, check: Callable | None = None):
    """One setting, declared once: its type is the field's annotation, then default, meaning, check.

    `check(value)` returns the value to use (base_url gets its final slash) or raises Invalid, or
    an ExceptionGroup of them when one value has several problems (one per paper).  A callable
    default is a factory (for mutable values).
    """
    kwargs = {"default_factory": default} if callable(default) else {"default": default}
    return field(**kwargs, metadata={"meaning": meaning, "check": check})


def _base_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise Invalid(f"base_url {url!r} is not an absolute http(s) URL",
                      'write e.g. base_url = "https://user.github.io/repo/"')
    if any(c.isspace() or c in "\"'<>`=" for c in url):  # its path is written into pages' links without quotes
        raise Invalid(f"base_url {url!r} holds a space, quote, = or angle bracket",
                      "percent-encode it (a space is %20)")
    return url if url.endswith("/") else url + "/"


def _at_least_one(key: str) -> Callable[[int], int]:
    def check(value: int) -> int:
        if value < 1:
            raise Invalid(f"'{key}' must be at least 1", f"write {key} = 50")
        return value
    return check


def _host(name: str) -> str:
    from unionnews.hosts import HOSTS
    if name not in HOSTS:
        guess = difflib.get_close_matches(name, HOSTS, n=1)
        raise Invalid(f"unknown host {name!r}",
                      (f"did you mean {guess[0]!r}? " if guess else "") + "write one of " + ", ".join(HOSTS))
    return name


def _timezone(name: str) -> str:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise Invalid(f"timezone {name!r} is not an IANA time zone", 'write e.g. timezone = "Asia/Shanghai"') from None
    return name


def _page_images(value: str) -> str:
    if value not in PAGE_IMAGES:
        raise Invalid(f"page_images {value!r} is not one of " + ", ".join(PAGE_IMAGES),
                      'write page_images = "full", "thumbnails" or "none"')
    return value


def _papers(papers: dict) -> dict[str, str]:
    problems, seen = [], {}
    for name, code in papers.items():
        if not isinstance(code, str) or not CODE_RE.match(code):
            problems.append(Invalid(f"paper code {code!r} for {name} is not 2–16 lowercase letters/digits",
                                    f'write "{name}" = "grrb" (a short ASCII code)', key=name))
        elif code in seen:
            problems.append(Invalid(f"papers {seen[code]} and {name} share the code {code!r}",
                                    "give each paper its own code", key=name))
        else:
            seen[code] = name
    if problems:
        raise ExceptionGroup("papers", problems)
    return papers


@dataclass(frozen=True)
class Config:
    """The validated settings; paths are absolute.  Every field but root is a site.toml key."""

    root: Path
    title: str = option("工会报刊数字档案", "the archive's name, shown on every page")
    description: str = option("工会报纸版面文字的可检索静态档案", "one sentence for the home page and the feed")
    base_url: str = option("http://127.0.0.1:8000/", "absolute URL the site is published at, ending in /", _base_url)
    language: str = option("zh-CN", "BCP 47 language of the pages")
    publisher: str = option("工会报刊数字档案", "organisation named as publisher in feeds and JSON-LD")
    papers: dict[str, str] = option(lambda: dict(DEFAULT_PAPERS),
                                    "newspaper name → short ASCII code used in ids and URLs", _papers)
    per_page: int = option(500, "articles per page of a listing", _at_least_one("per_page"))
    feed_size: int = option(50, "entries in the Atom feed", _at_least_one("feed_size"))
    home_issues: int = option(10, "issues shown on the home page", _at_least_one("home_issues"))
    host: str = option("github-pages", "where the site is published, for its limits: github-pages, "
                       "gitlab-pages, cloudflare-pages, netlify or none", _host)
    timezone: str = option("Asia/Shanghai", "IANA time zone the papers are published in; dates after "
                           "today there are refused", _timezone)
    page_images: str = option("none", 'the printed pages as images: "full" (page image with clickable articles, '
                              '版面 strip, clippings), "thumbnails" (the 版面 strip only) or "none"', _page_images)
    content_dir: Path = option(Path("content"), "folder of article files")
    output_dir: Path = option(Path("site"), "folder the site is written to")
    templates_dir: Path = option(Path("templates"), "folder of Jinja templates that override the built-in theme's")
    static_dir: Path = option(Path("static"), "folder of CSS/JS that override or add to the built-in theme's")

    @property
    def base_path(self) -> str:
        """The URL path the site is served under, e.g. "/repo/" on a GitHub project site."""
        return urlsplit(self.base_url).path or "/"

    @property
    def published(self) -> bool:
        """Whether base_url names a real address: not the default 127.0.0.1 one (or localhost).

        Pages never invent an absolute URL from a placeholder: a site copied to a USB stick or
        opened from disk would otherwise cite and declare as canonical an address nobody can reach.
        """
        host = (urlsplit(self.base_url).hostname or "").lower()
        return bool(host) and host != "localhost" and not host.startswith("127.") and host not in ("::1", "0.0.0.0")

    def absolute(self, url: str) -> str:
        """An absolute URL for a site path, for feeds and sitemaps (never for in-page links)."""
        return self.base_url + url

    def today(self) -> dt.date:
        """Today where the paper is published: the one clock every "in the future" judgement uses.

        A CI runner on UTC must accept today's Beijing issue at 07:00 Beijing time.
        """
        return dt.datetime.now(zoneinfo.ZoneInfo(self.timezone)).date()


@dataclass(frozen=True)
class Option:
    """A site.toml key as Config declares it: TOML type, default, meaning, check."""

    name: str
    kind: type
    default: object
    meaning: str
    check: Callable | None


def options() -> dict[str, Option]:
    """Every site.toml key, read from Config's fields (the one declaration)."""
    hints = typing.get_type_hints(Config)
    table = {}
    for f in fields(Config):
        if f.name == "root":
            continue
        kind = typing.get_origin(hints[f.name]) or hints[f.name]
        default = f.default_factory() if f.default_factory is not MISSING else f.default
        table[f.name] = Option(f.name, str if kind is Path else kind, default, f.metadata["meaning"],
                               f.metadata["check"])
    return table


def _line_of(text: str, key: str) -> int | None:
    match = re.search(rf"^\s*\"?{re.escape(key)}\"?\s*=", text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else None


def load_config(root: Path, path: Path | None = None, overrides: dict | None = None,
                strict: bool = False) -> tuple[Config, list[Problem]]:
    """Read site.toml (if any) under root; return the config and its warnings.

    Raises UnionnewsError listing every error at once.
    """
    root = Path(root).resolve()
    path = path or root / "site.toml"
    shown = display_path(path, root)
    text, data = "", {}
    if path.exists():
        try:
            text = path.read_text(encoding="utf-8")
            data = tomllib.loads(text)
        except UnicodeDecodeError as exc:
            raise UnionnewsError(Problem(shown, None, f"not UTF-8 (byte {exc.start})",
                                         "save the file as UTF-8")) from None
        except tomllib.TOMLDecodeError as exc:
            line = re.search(r"line (\d+)", str(exc))
            raise UnionnewsError(Problem(shown, int(line.group(1)) if line else None,
                                         f"not valid TOML: {exc}",
                                         "check quotes and = signs; strings need double quotes")) from None
    data.update({k: v for k, v in (overrides or {}).items() if v is not None})
    errors: list[Problem] = []
    warnings: list[Problem] = []
    values: dict = {}
    table = options()
    for key, value in data.items():
        if key not in table:
            guess = difflib.get_close_matches(key, table, n=1)
            hint = f"did you mean '{guess[0]}'?" if guess else f"known keys: {', '.join(table)}"
            warnings.append(Problem(shown, _line_of(text, key), f"unknown setting '{key}'", hint, "warning"))
            continue
        spec = table[key]
        if not isinstance(value, spec.kind) or isinstance(value, bool):
            errors.append(Problem(shown, _line_of(text, key),
                                  f"'{key}' should be {_KIND_NAMES[spec.kind]} ({spec.meaning}), got {value!r}",
                                  f"write e.g. {key} = {_example(spec.kind)}"))
            continue
        controls = list(forbidden(value)) if isinstance(value, str) else []
        for _line, _column, ch in controls:
            errors.append(Problem(shown, _line_of(text, key), f"'{key}' holds {describe(ch)}, a control "
                                  "character a web page or feed cannot hold", "delete it"))
        if controls:
            continue
        try:
            values[key] = spec.check(value) if spec.check else value
        except* Invalid as group:
            errors.extend(Problem(shown, _line_of(text, bad.key or key), bad.message, bad.fix)
                          for bad in group.exceptions)
    if errors:
        raise UnionnewsError(errors + warnings)
    refuse_if_strict(warnings, strict)
    paths = {name for name, spec in table.items() if isinstance(spec.default, Path)}
    config = Config(root=root, **{k: Path(v) if k in paths else v for k, v in values.items()})
    config = _resolve_dirs(config)
    return config, warnings


def _resolve_dirs(config: Config) -> Config:
    from dataclasses import replace
    return replace(config, **{name: (config.root / getattr(config, name)).resolve()
                              for name, spec in options().items() if isinstance(spec.default, Path)})


_KIND_NAMES = {str: "text in quotes", int: "a whole number", dict: "a table"}


def _example(kind: type) -> str:
    return {str: '"…"', int: "50", dict: '{ "工人日报" = "grrb" }'}.get(kind, "…")


def options_table() -> str:
    """The settings as a Markdown table for the README (a test keeps the README's copy in step)."""
    rows = ["| key | type | default | meaning |", "|---|---|---|---|"]
    for spec in options().values():
        default = spec.default.as_posix() if isinstance(spec.default, Path) else spec.default
        shown = ", ".join(f"{k} = {v}" for k, v in default.items()) if isinstance(default, dict) else default
        rows.append(f"| `{spec.name}` | {_KIND_NAMES[spec.kind]} | `{shown}` | {spec.meaning} |")
    return "\n".join(rows)
