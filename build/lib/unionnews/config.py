"""Site configuration: a typed schema for site.toml, validated all at once.

Like MkDocs' config, every key is declared once with its type, default and
meaning; unknown keys get a "did you mean" warning instead of being ignored.
A project with no site.toml at all builds with the defaults.
"""
from __future__ import annotations

import datetime as dt
import difflib
import re
import tomllib
import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from unionnews.errors import Problem, UnionnewsError, display_path
from unionnews.text import describe, forbidden

DEFAULT_PAPERS = {"工人日报": "grrb", "劳动午报": "ldwb"}


@dataclass(frozen=True)
class Config:
    """The validated settings; paths are absolute."""

    root: Path
    title: str = "工会报刊数字档案"
    description: str = "工会报纸版面文字的可检索静态档案"
    base_url: str = "http://127.0.0.1:8000/"
    language: str = "zh-CN"
    publisher: str = "工会报刊数字档案"
    papers: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_PAPERS))
    per_page: int = 100
    feed_size: int = 50
    home_issues: int = 10
    host: str = "github-pages"
    timezone: str = "Asia/Shanghai"
    content_dir: Path = Path("content")
    output_dir: Path = Path("site")
    templates_dir: Path = Path("templates")
    static_dir: Path = Path("static")

    @property
    def base_path(self) -> str:
        """The URL path the site is served under, e.g. "/repo/" on a GitHub project site."""
        return urlsplit(self.base_url).path or "/"

    def absolute(self, url: str) -> str:
        """An absolute URL for a site path, for feeds and sitemaps (never for in-page links)."""
        return self.base_url + url

    def today(self) -> dt.date:
        """Today where the paper is published: the one clock every "in the future" judgement uses.

        A CI runner on UTC must accept today's Beijing issue at 07:00 Beijing time.
        """
        return dt.datetime.now(zoneinfo.ZoneInfo(self.timezone)).date()


# key: (type, meaning) — the single place settings are declared.
SCHEMA: dict[str, tuple[type, str]] = {
    "title": (str, "the archive's name, shown on every page"),
    "description": (str, "one sentence for the home page and the feed"),
    "base_url": (str, "absolute URL the site is published at, ending in /"),
    "language": (str, "BCP 47 language of the pages"),
    "publisher": (str, "organisation named as publisher in feeds and JSON-LD"),
    "papers": (dict, "newspaper name → short ASCII code used in ids and URLs"),
    "per_page": (int, "articles per page of a listing"),
    "feed_size": (int, "entries in the Atom feed"),
    "home_issues": (int, "issues shown on the home page"),
    "host": (str, "where the site is published, for its limits: github-pages, gitlab-pages, cloudflare-pages, netlify or none"),
    "timezone": (str, "IANA time zone the papers are published in; dates after today there are refused"),
    "content_dir": (str, "folder of article files"),
    "output_dir": (str, "folder the site is written to"),
    "templates_dir": (str, "folder of Jinja templates"),
    "static_dir": (str, "folder of CSS/JS copied into the site"),
}

CODE_RE = re.compile(r"^[a-z][a-z0-9]{1,15}$")


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
    for key, value in data.items():
        if key not in SCHEMA:
            guess = difflib.get_close_matches(key, SCHEMA, n=1)
            hint = f"did you mean '{guess[0]}'?" if guess else f"known keys: {', '.join(SCHEMA)}"
            warnings.append(Problem(shown, _line_of(text, key), f"unknown setting '{key}'", hint, "warning"))
            continue
        kind, meaning = SCHEMA[key]
        if not isinstance(value, kind) or isinstance(value, bool):
            errors.append(Problem(shown, _line_of(text, key),
                                  f"'{key}' should be {_KIND_NAMES[kind]} ({meaning}), got {value!r}",
                                  f"write e.g. {key} = {_example(kind)}"))
            continue
        values[key] = value
    if "base_url" in values:
        url = values["base_url"]
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            errors.append(Problem(shown, _line_of(text, "base_url"), f"base_url {url!r} is not an absolute http(s) URL",
                                  'write e.g. base_url = "https://user.github.io/repo/"'))
        elif not url.endswith("/"):
            values["base_url"] = url + "/"
    for key in ("per_page", "feed_size", "home_issues"):
        if key in values and values[key] < 1:
            errors.append(Problem(shown, _line_of(text, key), f"'{key}' must be at least 1", f"write {key} = 50"))
    if "host" in values:
        from unionnews.hosts import HOSTS
        if values["host"] not in HOSTS:
            guess = difflib.get_close_matches(values["host"], HOSTS, n=1)
            errors.append(Problem(shown, _line_of(text, "host"), f"unknown host {values['host']!r}",
                                  (f"did you mean {guess[0]!r}? " if guess else "") + "write one of " + ", ".join(HOSTS)))
    if "timezone" in values:
        try:
            zoneinfo.ZoneInfo(values["timezone"])
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            errors.append(Problem(shown, _line_of(text, "timezone"), f"timezone {values['timezone']!r} is not an "
                                  "IANA time zone", 'write e.g. timezone = "Asia/Shanghai"'))
    for key, value in values.items():
        for line, column, ch in (forbidden(value) if isinstance(value, str) else ()):
            errors.append(Problem(shown, _line_of(text, key), f"'{key}' holds {describe(ch)}, a control "
                                  "character a web page or feed cannot hold", "delete it"))
    if "papers" in values:
        seen: dict[str, str] = {}
        for name, code in values["papers"].items():
            if not isinstance(code, str) or not CODE_RE.match(code):
                errors.append(Problem(shown, _line_of(text, name), f"paper code {code!r} for {name} is not 2–16 lowercase letters/digits",
                                      f'write "{name}" = "grrb" (a short ASCII code)'))
            elif code in seen:
                errors.append(Problem(shown, _line_of(text, name), f"papers {seen[code]} and {name} share the code {code!r}",
                                      "give each paper its own code"))
            else:
                seen[code] = name
    if errors:
        raise UnionnewsError(errors + warnings)
    if strict and warnings:
        raise UnionnewsError([Problem(w.path, w.line, w.message, w.fix) for w in warnings])
    for key in ("content_dir", "output_dir", "templates_dir", "static_dir"):
        if key in values:
            values[key] = Path(values[key])
    config = Config(root=root, **values)
    config = _resolve_dirs(config)
    return config, warnings


def _resolve_dirs(config: Config) -> Config:
    from dataclasses import replace
    return replace(config, **{k: (config.root / getattr(config, k)).resolve()
                              for k in ("content_dir", "output_dir", "templates_dir", "static_dir")})


_KIND_NAMES = {str: "text in quotes", int: "a whole number", dict: "a table"}


def _example(kind: type) -> str:
    return {str: '"…"', int: "50", dict: '{ "工人日报" = "grrb" }'}.get(kind, "…")
