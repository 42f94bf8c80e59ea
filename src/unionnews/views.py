"""What each template is given: one frozen dataclass per page template (docs/TEMPLATES.md lists them).

A view holds only model objects whose fingerprint covers everything reachable from them
(incremental/fingerprint.py): articles (their source digest), full issues and printed pages (their
articles), and plain-value outlines, term summaries and term links.  So a template can show
nothing that an incremental build would fail to notice changing.  The renderer passes a view's
fields as the template's variables, beside `config`, `root` and `url`; Jinja's StrictUndefined
turns a read of anything else into an error naming the template and line.

Article pages also get the values of ARTICLE_EXTRAS, derived from the article and its issue
(which the fingerprint covers) and made only when the page is really rendered (render.py).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from unionnews.content import Article
from unionnews.pageimages import PageImage
from unionnews.pages import Issue, IssueLink, IssueOutline, PageOutline, TermLink, TermSummary

# Every page template gets these besides its view's fields (and the environment's globals).
COMMON = ("config", "root", "url")

# An article page's values made at render time from the article and its issue (render.Renderer.render).
ARTICLE_EXTRAS = ("body_html", "json_ld", "description", "proofread", "notes", "source_name", "source_lines",
                  "cite", "machine_tags")


@dataclass(frozen=True)
class Pager:
    """The links of one page of a listing numbered from its oldest page (pages.paginated).

    On the newest page (number None) only `older` and `archive` are set; on a numbered page
    `first`/`last` are the positions of its articles counted from the oldest, and `archive` is empty.
    """

    number: int | None
    newest: str | None
    newer: str | None
    older: str | None
    oldest: str | None
    archive: tuple[tuple[int, str], ...]
    first: int | None = None
    last: int | None = None


@dataclass(frozen=True)
class ArticlePage:
    """article.html: one article, where it was printed, its neighbours and its terms as links."""

    article: Article
    issue: IssueOutline
    page: PageOutline
    prev_on_page: Article | None
    next_on_page: Article | None
    prev_in_issue: Article | None
    next_in_issue: Article | None
    people: tuple[tuple[str, tuple[TermLink, ...]], ...]  # (role label, the people in that role)
    column_term: TermLink | None
    place_terms: tuple[TermLink, ...]
    figure_terms: tuple[TermLink, ...]
    tag_terms: tuple[TermLink, ...]
    related: Sequence[Article]  # a fingerprint.Lazy until the page is fingerprinted or rendered
    source_url: str  # the published raw page text, "" when it is not published
    page_image: PageImage | None  # its printed page's image (page_images in site.toml), for the clipping


@dataclass(frozen=True)
class IssuePage:
    """issue.html: one issue with its printed pages and their articles; the older and newer issue as links."""

    issue: Issue
    newer: IssueOutline | None
    older: IssueOutline | None
    page_images: tuple[PageImage | None, ...]  # the image of each of issue.pages, in order (none without one)


@dataclass(frozen=True)
class DatesPage:
    """dates.html: every year, newest first: (year, [(month, [days with an issue])])."""

    years: tuple[tuple[int, tuple[tuple[int, tuple[dt.date, ...]], ...]], ...]


@dataclass(frozen=True)
class YearPage:
    """year.html: a year's calendars. months: (month, weeks of dates, days with an issue); days: date → issues."""

    year: int
    months: tuple[tuple[int, tuple[tuple[dt.date, ...], ...], frozenset[dt.date]], ...]
    days: dict[dt.date, tuple[IssueOutline, ...]]


@dataclass(frozen=True)
class MonthPage:
    """month.html: a month's calendar and its days, newest first, each with its issues as links."""

    year: int
    month: int
    weeks: tuple[tuple[dt.date, ...], ...]
    days: dict[dt.date, tuple[IssueOutline, ...]]
    listed: tuple[tuple[dt.date, tuple[IssueOutline, ...]], ...]


@dataclass(frozen=True)
class TermsPage:
    """terms.html: the index of one taxonomy (people, figures, places, tags, columns), most used first."""

    taxonomy: str
    label: str
    terms: tuple[TermSummary, ...]
    hidden: int  # terms left out of the index (tags of a single article)


@dataclass(frozen=True)
class TermPage:
    """term.html: one page of a term's listing.

    The newest page (paging.number None) has the term as a TermSummary (with its count and roles);
    a numbered page has it as a TermLink, so it stays the same as the archive grows.
    """

    taxonomy: str
    label: str
    term: TermSummary | TermLink
    articles: tuple[Article, ...]
    paging: Pager


@dataclass(frozen=True)
class PapersPage:
    """papers.html: every paper: (name, code, its issues newest first as links)."""

    papers: tuple[tuple[str, str, tuple[IssueLink, ...]], ...]


@dataclass(frozen=True)
class PaperPage:
    """paper.html: one paper's issues, newest first, and the same grouped by year."""

    name: str
    code: str
    issues: tuple[IssueLink, ...]
    years: tuple[tuple[int, tuple[IssueLink, ...]], ...]


@dataclass(frozen=True)
class HomePage:
    """home.html: the newest issues in full and the archive's totals."""

    issues: tuple[Issue, ...]
    total_articles: int
    total_issues: int


@dataclass(frozen=True)
class SearchPage:
    """search.html: nothing of its own (the page's script loads the index)."""


@dataclass(frozen=True)
class NotFoundPage:
    """404.html: nothing of its own; rendered with root = the site's base path, so it works at any URL."""


# The view of each page template: what docs/TEMPLATES.md documents and tests/test_views.py checks.
TEMPLATES: dict[str, type] = {
    "article.html": ArticlePage, "issue.html": IssuePage, "dates.html": DatesPage, "year.html": YearPage,
    "month.html": MonthPage, "terms.html": TermsPage, "term.html": TermPage, "papers.html": PapersPage,
    "paper.html": PaperPage, "home.html": HomePage, "search.html": SearchPage, "404.html": NotFoundPage,
}

VIEWS: tuple[type, ...] = (*TEMPLATES.values(), Pager)

_NAMES: dict[type, tuple[str, ...]] = {view: tuple(f.name for f in dataclasses.fields(view)) for view in VIEWS}


def names(view: type) -> tuple[str, ...]:
    """A view's variables, in declaration order (ARTICLE_EXTRAS not included)."""
    return _NAMES[view]


def variables(view: Any) -> dict[str, Any]:
    """A view's fields as template variables."""
    return {name: getattr(view, name) for name in _NAMES[type(view)]}
