"""From the site model to what the search files hold: folded zones, facets, display records."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from unionnews.markdown import plain_text
from unionnews.search.fold import fold
from unionnews.search.grams import BODY, HEAD, META, GramIndex, to_units

# Facets: code used in URLs and keys → (label, how to read the values of an article)
FACETS = {
    "paper": ("报纸", lambda a: (a.paper,)),
    "kind": ("体裁", lambda a: (a.kind,)),
    "column": ("栏目", lambda a: (a.column,) if a.column else ()),
    "people": ("人物", lambda a: a.people),
    "places": ("地点", lambda a: a.places),
    "tags": ("标签", lambda a: a.tags),
}


@dataclass
class Collected:
    """Everything write_files needs; doc ids are positions in site.articles (newest first)."""

    index: GramIndex
    records: list[list] = field(default_factory=list)   # one display record per article
    facets: dict[str, dict[str, list[int]]] = field(default_factory=dict)
    dates: list[str] = field(default_factory=list)       # ISO date of each article (non-increasing)


def zones(article, body: str) -> dict[int, str]:
    """The article's searchable text by zone, folded and as UTF-16 units."""
    head = "\n".join(x for x in (article.kicker, article.title, article.subtitle) if x)
    meta = "\n".join((article.column, *article.people, *article.places, *article.tags))
    return {HEAD: to_units(fold(head)), META: to_units(fold(meta)), BODY: to_units(fold(body))}


def collect(site) -> Collected:
    out = Collected(GramIndex())
    out.facets = {code: defaultdict(list) for code in FACETS}
    for doc, article in enumerate(site.articles):
        body = plain_text(article.body)
        out.index.add(doc, zones(article, body))
        out.records.append([article.id, article.title, article.kicker, article.subtitle, article.paper,
                            article.date.isoformat(), article.page or 0, article.page_name, article.column,
                            article.kind, body])
        out.dates.append(article.date.isoformat())
        for code, (_, values) in FACETS.items():
            for value in dict.fromkeys(values(article)):
                out.facets[code][value].append(doc)
    return out
