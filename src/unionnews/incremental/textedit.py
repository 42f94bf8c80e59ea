"""The quick path: an edit that changes what articles say, not which pages exist.

Most corrections a web desk makes touch an article's text: a typo in the body, a
better headline.  Such an edit changes no issue, page, date, person, place, tag or
column, so the site keeps exactly the same pages; only the pages that *show* the
edited article change.  A full build finds those by fingerprinting every page
(fingerprint.py); at 100k articles that is a quarter of a million contexts.  The
quick path instead looks them up in the dependency map the last full build left in
the cache: for every page, the articles its fingerprint covered.

An edit qualifies when every changed file was in the last build, none was added or
removed, and each changed article keeps its `shape`: every field except the ones in
CONTENT_FIELDS, which only templates and the search records read (pages.py, the
search facets and the URLs never do).  Anything else (a new article, a changed
date, tag or template) takes the full incremental path, so the quick path can be
conservative without ever being wrong; tests/test_incremental.py compares both with
a clean build byte for byte.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from unionnews.content import Article
from unionnews.continuations import continued_pages, retitles
from unionnews.incremental.tables import Dependencies, PageEntry

# What an article's own page, the listings showing it and its search record display,
# but nothing that decides which pages exist or what else they list.
CONTENT_FIELDS = frozenset({"title", "kicker", "subtitle", "body", "source", "review", "provenance", "dateline",
                            "continued_from", "lines", "digest"})
_SHAPE_FIELDS = tuple(f.name for f in dataclasses.fields(Article) if f.name not in CONTENT_FIELDS)
MAX_PAGES = 5000  # past this many pages to re-render, the parallel full path is faster
MAX_PATCHED = 25  # past this many changed articles, rewriting the search index beats patching it (search/patch.py)


def shape(article: Article) -> tuple:
    """Everything about an article that the site's structure (pages, listings, terms, URLs) depends on."""
    return tuple(getattr(article, name) for name in _SHAPE_FIELDS)


@dataclass(frozen=True)
class Plan:
    """What a quick rebuild must redo."""

    pages: set[str]                          # URLs of pages to render again
    changed: dict[int, tuple[Article, Article]]  # search doc number → (old, new) article


def plan(deps: Dependencies | None, same_salt: bool, previous: dict[str, PageEntry],
         changes: dict[str, Article | None],
         removed: bool, articles: list[Article], search_intact: bool) -> Plan | None:
    """A Plan when the edit qualifies for the quick path (see the module docstring), else None.

    changes: path of each file parsed anew → the article the last build had for it (None if it had none).
    previous: the last build's output table, as far as site/ still holds it (writers.SiteWriter.previous).
    """
    if deps is None or not same_salt or not previous or removed or not search_intact:
        return None
    if any(old is None for old in changes.values()):
        return None  # a new file (today's issue: the append path), before any look at the whole archive
    position = {id(a): i for i, a in enumerate(articles)}
    by_path = {a.path: a for a in articles} if changes else {}
    turned = continued_pages(articles) if changes else set()
    changed: dict[int, tuple[Article, Article]] = {}
    for path, old in changes.items():
        new = by_path.get(old.path) if old is not None else None
        if old is None or new is None or shape(old) != shape(new) or retitles(new, turned):
            return None
        if old.digest != new.digest:
            changed[len(articles) - 1 - position[id(new)]] = (old, new)
    pages = deps.pages_showing(len(articles) - 1 - doc for doc in changed)
    pages.update(url for url in deps.urls if url not in previous)  # a page someone deleted or edited: make it again
    if len(pages) > MAX_PAGES:
        return None
    return Plan(pages, changed)
