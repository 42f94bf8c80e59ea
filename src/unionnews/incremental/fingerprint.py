"""A digest of everything a page is rendered from, so a rebuild can skip pages whose inputs did not change.

Each page's fingerprint hashes its template name, its URL, a `salt` (the
unionnews version, every template's and static file's bytes, the settings)
and the page's view (views.py), walked value by value.  Articles contribute the
digest of their source file; a printed page or issue the digests of its
articles.  Outlines, term summaries and term links are plain values, taken
whole (every field), and views are walked field by field: nothing a template
can reach is left out.  A term's own listing pages get their articles explicitly in their view.

The walk refuses types it does not know rather than guessing, so a new kind
of view value cannot silently escape the fingerprint and leave a stale page
after an incremental build.  It refuses a full Term too: a Term reaches all its
articles, which no page's fingerprint covers (templates get Term.summary or
Term.link).
"""
from __future__ import annotations

import datetime as dt
import hashlib
from array import array
from collections.abc import Iterable
from pathlib import Path

from unionnews.content import Article, Dateline
from unionnews import views
from unionnews.pageimages import PageImage
from unionnews.pages import Issue, IssueLink, IssueOutline, Page, PageOutline, Term, TermLink, TermSummary


class Lazy:
    """A context value computed on first use, so the parent can list pages cheaply and workers do the work."""

    __slots__ = ("_func", "_args", "_value", "_done")

    def __init__(self, func, *args):
        self._func, self._args, self._value, self._done = func, args, None, False

    def get(self):
        if not self._done:
            self._value, self._done = self._func(*self._args), True
        return self._value


class Fingerprinter:
    """Digests contexts; issue and page digests are memoised for the build (they are shared by many pages).

    Given `positions` (id(article) → its index in site.articles), it also notes which
    articles each page's fingerprint saw: the dependency map (textedit.py) that lets an
    edit to one article's text re-render only the pages that show it.
    """

    def __init__(self, salt: bytes, positions: dict[int, int] | None = None, changed: frozenset[str] = frozenset()):
        self.salt = salt
        self._memo: dict[int, tuple[str, tuple[int, ...]]] = {}
        self._plain: dict[int, str] = {}  # id(outline, term summary or link) → its share of a fingerprint
        self._positions = positions or {}
        self._seen: list[int] = []
        self._changed = changed
        self._hashing = True

    def page(self, url: str, template: str, view: object) -> bytes:
        return self.page_and_articles(url, template, view)[0]

    def page_and_articles(self, url: str, template: str, view: object) -> tuple[bytes, array]:
        """The fingerprint of a page's view (or of a dict of values), and the positions of the articles
        it covers (sorted, unique).

        For a page in `changed` (its inputs are known to differ from the last build's: append.Plan.changed)
        the fingerprint is UNKNOWN, which Renderer.render_batch never takes for a match (not even an
        UNKNOWN left by the last build), so the page is rendered now and by the next build; only its
        articles are collected.  The pages known to change are the indexes that list every issue or
        term, whose fingerprints would walk the whole archive.
        """
        parts: list[str] = [template, url]
        self._seen = []
        self._hashing = url not in self._changed
        try:
            self._walk(view, parts)
        finally:
            self._hashing = True
        seen = array("i", sorted(set(self._seen)))
        if url in self._changed:
            return UNKNOWN, seen
        return hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=16, key=self.salt).digest(), seen

    def _walk(self, value, out: list[str]) -> None:
        kind = type(value)  # the commonest exact types first (this runs ~20 times per page); then the general rules
        if kind is str:
            out.append(repr(value))
        elif kind is Article:
            self._article(value, out)
        elif kind is list or kind is tuple:
            out.append(f"[{len(value)}")
            positions, seen = self._positions, self._seen
            for item in value:
                if type(item) is Article:  # _article inline: a term page lists hundreds
                    out.append(item.digest)
                    position = positions.get(id(item))
                    if position is not None:
                        seen.append(position)
                else:
                    self._walk(item, out)
        elif kind in _PLAIN:
            if not self._hashing:  # plain values reach no article
                return
            text = self._plain.get(id(value))
            if text is None:  # one per issue, page or term, shared by every page that shows it: made once
                text = self._plain[id(value)] = repr(value)
            out.append(text)
        elif kind in _VIEW_FIELDS:
            out.append(f"V{kind.__name__}")
            for name in _VIEW_FIELDS[kind]:
                self._walk(getattr(value, name), out)
        elif value is None or isinstance(value, (str, int, float, bool, dt.date)):
            out.append(repr(value))
        elif isinstance(value, Article):
            self._article(value, out)
        elif isinstance(value, (list, tuple)):
            out.append(f"[{len(value)}")
            for item in value:
                self._walk(item, out)
        elif isinstance(value, dict):
            out.append(f"{{{len(value)}")
            for key in sorted(value, key=repr):
                out.append(repr(key))
                self._walk(value[key], out)
        elif isinstance(value, (set, frozenset)):
            out.append(f"<{len(value)}")
            out.extend(sorted(repr(v) for v in value))
        elif isinstance(value, Lazy):
            self._walk(value.get(), out)
        elif isinstance(value, (Issue, Page)):
            digest, articles = self._memoised(value)
            out.append(digest)
            self._seen.extend(articles)
        elif isinstance(value, Dateline):
            out.append(repr(value))
        elif isinstance(value, Term):
            raise TypeError(f"a page's view holds the Term {value.name!r}, which reaches every one of its articles: "
                            "give templates term.summary or term.link (views.py)")
        else:
            raise TypeError(f"cannot fingerprint a {type(value).__name__} in a page context; "
                            "teach unionnews.incremental.fingerprint about it")

    def _article(self, article: Article, out: list[str]) -> None:
        out.append(article.digest)
        position = self._positions.get(id(article))
        if position is not None:
            self._seen.append(position)

    def _memoised(self, value: Issue | Page) -> tuple[str, tuple[int, ...]]:
        key = id(value)
        memo = self._memo.get(key)
        if memo is None:
            parts: list[str] = []
            articles: list[int] = []
            if isinstance(value, Issue):
                parts += ["I", value.code, value.paper, repr(value.date)]
                for page in value.pages:
                    digest, seen = self._memoised(page)
                    parts.append(digest)
                    articles.extend(seen)
            else:
                parts += ["P", value.code, value.paper, repr(value.date), repr(value.number), value.name]
                parts += [a.digest for a in value.articles]
                articles += [p for p in map(self._positions.get, map(id, value.articles)) if p is not None]
            digest = hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=16).hexdigest()
            memo = self._memo[key] = (digest, tuple(articles))
        return memo


UNKNOWN = b""  # the fingerprint of a page rendered without one (Fingerprinter.page_and_articles): never a match

# The fields of each view, in order (a view's type fixes its fields, so their names need not be hashed).
_VIEW_FIELDS: dict[type, tuple[str, ...]] = {view: views.names(view) for view in views.VIEWS}

# Frozen dataclasses of plain values (str, int, date, tuples of them and of each other): the dataclass
# repr names every field (tests/test_fingerprint.py checks none is left out of it), so it is their share.
_PLAIN = frozenset((IssueOutline, IssueLink, PageOutline, TermSummary, TermLink, PageImage))


def salt_for(settings: str, folders: Iterable[Path]) -> bytes:
    """What every page depends on: the code and settings (cache.settings_digest), every template and static file."""
    h = hashlib.blake2b(digest_size=32)
    h.update(settings.encode("utf-8") + b"\0")
    for place, folder in enumerate(folders):  # by its place in the list, not its path: a moved project keeps its salt
        if not folder.is_dir():
            continue
        h.update(f"{place}\0".encode())
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            h.update(path.relative_to(folder).as_posix().encode("utf-8", "surrogateescape") + b"\0")
            h.update(hashlib.blake2b(path.read_bytes(), digest_size=16).digest())
    return h.digest()
