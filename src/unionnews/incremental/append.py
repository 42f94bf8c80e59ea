"""The append path: publishing today's issue without looking at the rest of the archive.

A daily paper's archive grows at one end.  When the only change since the last build is new
article files, all dated after every article already built, the pages that can change are
known from the new articles alone:

- the new articles' own pages and their (new) issues, and the newest older issue of each
  of their papers (its "next issue" link);
- the date pages of their months and years, the date and paper indexes, the home page;
- for every person, place, tag and column they name: its first listing page, the numbered
  page or pages its new articles fill (pages.paginated: older pages never move), and the
  index of its taxonomy (counts and order);
- the articles whose related list may take a new article in (Site.related_touched).

Every other page's inputs are unchanged, so its fingerprint (and the file) would be too; the
append path fingerprints and renders only the pages above, keeps the rest, and carries the
dependency map (tables.Dependencies) over with the old articles' positions shifted by the
number of new ones (they all sort before them: newest first).  Anything else takes the full
incremental path; tests/test_incremental.py compares both with a clean build byte for byte.
"""
from __future__ import annotations

from array import array
from dataclasses import dataclass

import numpy as np

from unionnews import pages as P
from unionnews.content import Article
from unionnews.errors import display_path
from unionnews.pages import Site
from unionnews.incremental.tables import Dependencies, PageEntry

MAX_PAGES = 20_000  # past this many pages to redo, the parallel full path is as quick


@dataclass(frozen=True)
class Plan:
    """What an append rebuild must redo."""

    pages: set[str]  # URLs of the pages to fingerprint (and render if their inputs changed)
    added: int       # new articles: every old article's position in site.articles moves by this much
    # those of `pages` whose inputs certainly changed (they list the new issues, or count the new articles):
    # rendered without a fingerprint (fingerprint.UNKNOWN), which for the indexes would walk the whole archive
    changed: frozenset[str] = frozenset()


def plan(deps: Dependencies | None, same_salt: bool, previous: dict[str, PageEntry],
         changes: dict[str, Article | None],
         removed: bool, site: Site) -> Plan | None:
    """A Plan when the only change is new articles dated after every other one (see the module docstring).

    changes: path of each file parsed anew → the article the last build had for it (None if it had none).
    previous: the last build's output table, as far as site/ still holds it (writers.SiteWriter.previous).
    """
    if deps is None or not same_salt or not previous or removed or not changes:
        return None
    if any(old is not None for old in changes.values()):
        return None  # an edited file: the quick path or the full one
    new_paths = {display_path(path, site.config.root) for path in changes}  # as Article.path has it
    count = len(changes)
    added = site.articles[:count]  # newest first: the new articles, if they are all newer than the rest
    if count >= len(site.articles) or any(a.path not in new_paths for a in added):
        return None  # an older day's paper came in, or a file that is not an article
    if added[-1].date <= site.articles[count].date:
        return None  # a new article on a day already published (its issue and listings reorder)
    changed: set[str] = set()
    pages = _touched(site, added, changed)
    pages.update(url for url in deps.urls if url not in previous)  # a page someone deleted or edited: make it again
    if len(pages) > MAX_PAGES:
        return None
    return Plan(pages, len(added), frozenset(changed))


def _touched(site: Site, added: list[Article], changed: set[str]) -> set[str]:
    """The pages that may change; those that certainly do (new issues listed, new articles counted) also go
    to `changed`."""
    config = site.config
    pages = {"index.html", "date/index.html", "paper/index.html"}
    changed.update(pages)
    # the issues of the new articles, found from them (not by looking through every issue of the archive)
    issue_of = site.issue_of
    new_issues = list({id(issue): issue for issue in (issue_of[(a.paper, a.date)] for a in added)}.values())
    new_ids = {id(i) for i in new_issues}
    papers = {i.code for i in new_issues}
    for issue in new_issues:
        listed = (issue.url, P.year_url(issue.date.year), P.month_url(issue.date.year, issue.date.month))
        pages.update(listed)
        changed.update(listed)
    for _name, code, issues in site.papers:  # each paper's issues, newest first
        if code in papers:
            pages.add(P.paper_url(code))
            changed.add(P.paper_url(code))
            older = next((i for i in issues if id(i) not in new_ids), None)
            if older is not None:
                pages.add(older.url)  # its "next issue" link now names a new one
    for article in added:
        pages.add(P.article_url(article))
    per_page = config.per_page
    counts: dict[tuple[str, str], int] = {}
    for article in added:
        for key in _terms_of(article):
            counts[key] = counts.get(key, 0) + 1
    for (taxonomy, name), new in counts.items():
        term = site.term_of[(taxonomy, name)]
        pages.update((f"{taxonomy}/index.html", term.url))
        changed.update((f"{taxonomy}/index.html", term.url))  # its count, and the articles of its first page
        before, _ = P.pages_of(len(term.articles) - new, per_page)
        after, _ = P.pages_of(len(term.articles), per_page)
        pages.update(P.paginated(term.url, n) for n in range(max(before, 1), after + 1))
        pages.update(P.article_url(a) for a in site.related_touched((taxonomy, name), new))
    return pages


def _terms_of(article: Article):
    for name in article.people:
        yield ("people", name)
    for name in article.mentioned:
        yield ("figures", name)
    for name in article.places:
        yield ("places", name)
    for name in article.tags:
        yield ("tags", name)
    if article.column:
        yield ("columns", article.column)


def carry(deps: Dependencies, redone: set[str], added: int, urls: list[str], shown: list[array]) -> Dependencies:
    """The dependency map after an append: kept pages' articles shifted by `added`, redone pages' as shown now."""
    keep = np.fromiter((url not in redone for url in deps.urls), dtype=bool, count=len(deps.urls))
    mask = keep[deps.owners]
    renumber = np.cumsum(keep, dtype=np.int64) - 1
    kept_urls = [url for url, k in zip(deps.urls, keep) if k]
    fresh = Dependencies.collect(urls, shown)
    return Dependencies(kept_urls + fresh.urls,
                        np.concatenate([deps.articles[mask] + np.int32(added), fresh.articles]).astype(np.int32),
                        np.concatenate([renumber[deps.owners[mask]], fresh.owners + len(kept_urls)]).astype(np.int32))
