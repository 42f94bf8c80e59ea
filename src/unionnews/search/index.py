"""One pass over the articles, oldest first, streaming: records out, grams into numpy chunks.

Doc ids run oldest → newest (a new issue appends, leaving earlier ids and files alone),
so a year or a date range is a range of doc ids, and "newest first" is descending ids.
"""
from __future__ import annotations

from collections import defaultdict

import numpy as np

from unionnews.markdown import plain_text
from unionnews.search import layout
from unionnews.search.fold import fold_units, to_units
from unionnews.search.grams import CHUNK, GramIndex
from unionnews.search.records import FACETS, LISTED, phrases, record, zone_texts

_ZONE_ORDER = np.array([2, 1, 0], dtype=np.uint8)  # head, meta, body: the order zones are written in


def write_index(site, writer) -> None:
    """Index every article of the site and write the search files under search/."""
    articles = site.articles[::-1]
    n_docs = len(articles)
    grams = GramIndex(phrases(articles))
    facets: dict[str, dict[str, list[int]]] = {code: defaultdict(list) for code in LISTED}
    buffer: list[str] = []
    records: list[list] = []  # the display records of the records file being filled
    first = 0
    for doc, article in enumerate(articles):
        body = plain_text(article.body)
        records.append(record(article, body))
        if len(records) == layout.RECORDS_PER_FILE or doc == n_docs - 1:
            name = layout.records_name(layout.records_file(doc))
            writer.write(f"search/{name}.js", layout.script(name, records))
            records = []
        head, meta, text = zone_texts(article, body)
        buffer.append(f"{head}\0{meta}\0{text}\0")
        for code in LISTED:
            for value in dict.fromkeys(FACETS[code][1](article)):
                facets[code][value].append(doc)
        if len(buffer) == CHUNK:
            _flush(grams, first, buffer)
            first += len(buffer)
            buffer = []
    if buffer:
        _flush(grams, first, buffer)
    shards = layout.write_entries(_with_facets(grams.entries(n_docs), facets, n_docs), n_docs, writer)
    layout.write_facets(facets, n_docs, writer)
    dates = [a.date for a in articles]
    layout.write_attrs([a.paper for a in articles], [a.kind for a in articles], writer)
    layout.write_dates(dates, writer)
    layout.write_fold(writer)
    writer.write("search/manifest.js", layout.script("manifest", {
        "format": layout.FORMAT, "docs": n_docs, "shards": shards, "recordsPerFile": layout.RECORDS_PER_FILE,
        "facetPrefix": layout.FACET_PREFIX,
        "facets": [{"code": code, "label": label} for code, (label, _) in FACETS.items()],
        "years": layout.years(dates), "phrases": grams.phrases,
    }))


def _flush(grams: GramIndex, first: int, buffer: list[str]) -> None:
    units = np.frombuffer("".join(buffer).encode("utf-16-le"), dtype=np.uint16)
    ends = np.flatnonzero(units == 0) + 1
    lengths = np.diff(ends, prepend=0)
    zones = np.repeat(np.tile(_ZONE_ORDER, len(buffer)), lengths)
    docs = np.repeat(np.arange(len(buffer), dtype=np.uint16), lengths.reshape(-1, 3).sum(axis=1))
    grams.add_chunk(first, fold_units()[units], zones, docs)


def _with_facets(entries, facets: dict[str, dict[str, list[int]]], n_docs: int):
    yield from entries
    for code, values in facets.items():
        for value, docs in values.items():
            yield to_units(layout.FACET_PREFIX + code + value), layout.encode_list(np.array(docs), n_docs)
