"""What the index knows of one article: its zones of searchable text, facets and display record.

The browser rebuilds the zones from the display record (search.js `zonesOf`) to verify
long-query candidates and to count matches exactly, so the two must agree: keep
`zone_texts` and `record` in step with search.js.
"""
from __future__ import annotations

from unionnews.pages import TAXONOMIES, article_url
from unionnews.search.fold import fold, to_units

HEAD, META, BODY = 2, 1, 0

# Facets: code used in URLs and keys → (label, how to read the values of an article).  The labels of
# the listed facets are the site's own index names (pages.TAXONOMIES), so a filter reads as the index it
# narrows to: the bylines are 作者 there, and 新闻人物 are the people named in the text, not a facet here.
FACETS = {
    "paper": ("报纸", lambda a: (a.paper,)),
    "kind": ("体裁", lambda a: (a.kind,)),
    "column": (TAXONOMIES["columns"], lambda a: (a.column,) if a.column else ()),
    "people": (TAXONOMIES["people"], lambda a: a.people),
    "places": (TAXONOMIES["places"], lambda a: a.places),
    "tags": (TAXONOMIES["tags"], lambda a: a.tags),
}
# Filtered through per-article codes (search/attrs.js), counted on every query.
CHEAP = ("paper", "kind")
# Filtered through lists in the shards; counted only when the reader opens the filter panel.
LISTED = ("column", "people", "places", "tags")


def _clean(text: str) -> str:
    return text.replace("\0", "\n")  # NUL ends a zone in the indexer


def zone_texts(article, body: str) -> tuple[str, str, str]:
    """(head, meta, body), unfolded: kicker/title/subtitle; column, people, places, tags; body."""
    head = "\n".join(x for x in (article.kicker, article.title, article.subtitle) if x)
    meta = "\n".join((article.column, *article.people, *article.places, *article.tags))
    return _clean(head), _clean(meta), _clean(body)


def zones(article, body: str) -> dict[int, str]:
    """The article's searchable text by zone, folded (what a query is matched against)."""
    head, meta, text = zone_texts(article, body)
    return {HEAD: fold(head), META: fold(meta), BODY: fold(text)}


def record(article, body: str) -> list:
    """The display record of one article: an item of search/r/…/<doc // RECORDS_PER_FILE>.js (layout.py).

    It carries the article's URL as the build makes it (pages.article_url), relative to the site root.
    """
    return [article_url(article), article.title, article.kicker, article.subtitle, article.paper,
            article.date.isoformat(), article.page or 0, article.page_name, article.column, article.kind,
            list(article.people), list(article.places), list(article.tags), body]


def phrases(facets: dict[str, dict[str, list[int]]]) -> list[tuple[str, int]]:
    """Folded facet values of four or more characters, which get exact lists of their own, each with
    the first doc that has it as a facet value; in that order (then by phrase).

    facets: code → value → the docs having it, ascending (as write_index collects them).
    A segment indexes the phrases that first appear before its end, so a new name in today's
    issue leaves the older segments as they are (search.js intersects trigrams there instead).
    """
    out: dict[str, int] = {}
    for values in facets.values():
        for value, docs in values.items():
            key = to_units(fold(value))
            if len(key) >= 4 and out.get(key, docs[0]) >= docs[0]:
                out[key] = docs[0]
    return sorted(out.items(), key=lambda kv: (kv[1], kv[0]))
