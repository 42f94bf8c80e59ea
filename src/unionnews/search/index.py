"""The index, segment by segment, oldest first, streaming: records out, grams into numpy chunks.

Doc ids run oldest → newest (a new issue appends, leaving earlier ids and files alone),
so a year or a date range is a range of doc ids, and "newest first" is descending ids.
Segments (layout.segments) are indexed independently; a segment the previous build made
from the same articles can be kept as it is (`keep`), which is how publishing one more
issue re-indexes only the newest articles.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Container

import numpy as np

from unionnews.markdown import plain_text
from unionnews.search import layout
from unionnews.search.codec import encode_lists
from unionnews.search.fold import fold_units, to_units
from unionnews.search.grams import CHUNK, SEPARATORS, GramIndex
from unionnews.search.records import FACETS, LISTED, phrases, record, zone_texts

_ZONE_ORDER = np.array([2, 1, 0], dtype=np.uint8)  # head, meta, body: the order zones are written in


def write_index(site, writer, keep: Container[tuple[int, int]] = ()) -> None:
    """Index every article of the site and write the search files under search/.

    keep: segments (start, count) whose files the previous build wrote from the same articles;
    they are not written again (the caller keeps their files, layout.in_segment).
    """
    articles = site.articles[::-1]
    n_docs = len(articles)
    facets = _facets(articles)
    known = [(p, doc) for p, doc in phrases(facets) if not any(ord(c) in SEPARATORS for c in p)]
    dictionary = records_dictionary(articles)
    writer.write(f"search/{layout.DICTIONARY_NAME}.js", dictionary.part())
    segments = []
    for start, count in layout.segments(n_docs):
        end = start + count
        names = sum(1 for _, doc in known if doc < end)
        segments.append([start, count, layout.shard_count(count), names, layout.pack_count(count)])
        if (start, count) not in keep:
            _write_segment(articles[start:end], start, [p for p, _ in known[:names]], dictionary, writer)
    layout.write_facets(facets, n_docs, writer)
    dates = [a.date for a in articles]
    layout.write_attrs([a.paper for a in articles], [a.kind for a in articles], writer)
    layout.write_dates(dates, writer)
    layout.write_fold(writer)
    writer.write("search/manifest.js", layout.script("manifest", {
        "format": layout.FORMAT, "docs": n_docs, "segments": segments, "recordsPerFile": layout.RECORDS_PER_FILE,
        "bigFolders": layout.BIG_FOLDERS, "facetPrefix": layout.FACET_PREFIX,
        "facets": [{"code": code, "label": label} for code, (label, _) in FACETS.items()],
        "years": layout.years(dates), "phrases": [p for p, _ in known],
    }))


def _facets(articles: list) -> dict[str, dict[str, list[int]]]:
    """Each listed facet's values, each with the docs that have it (ascending), values in the order they first
    appear: a facet at a time, since this reads every article of the archive on every build."""
    facets: dict[str, dict[str, list[int]]] = {}
    for code in LISTED:
        lists: dict[str, list[int]] = defaultdict(list)
        for doc, values in enumerate(map(FACETS[code][1], articles)):
            for value in (dict.fromkeys(values) if len(values) > 1 else values):
                lists[value].append(doc)
        facets[code] = lists
    return facets


def _write_segment(articles: list, start: int, known: list[str], dictionary: layout.Dictionary, writer) -> None:
    """Records and lists of one segment (articles oldest first; start: the first one's doc id)."""
    n_docs = len(articles)
    grams = GramIndex(known)
    facets: dict[str, dict[str, list[int]]] = {code: defaultdict(list) for code in LISTED}
    buffer: list[str] = []
    records: list[list] = []  # the display records of the records file being filled
    first = 0
    for local, article in enumerate(articles):
        doc = start + local
        body = plain_text(article.body)
        records.append(record(article, body))
        if len(records) == layout.RECORDS_PER_FILE or local == n_docs - 1:
            name = layout.records_name(layout.records_file(doc))
            writer.write(f"search/{name}.js", layout.packed(name, records, dictionary))
            records = []
        head, meta, text = zone_texts(article, body)
        buffer.append(f"{head}\0{meta}\0{text}\0")
        for code in LISTED:
            for value in dict.fromkeys(FACETS[code][1](article)):
                facets[code][value].append(local)
        if len(buffer) == CHUNK:
            _flush(grams, first, buffer)
            first += len(buffer)
            buffer = []
    if buffer:
        _flush(grams, first, buffer)
    layout.write_entries(_with_facets(grams.entries(n_docs), facets, n_docs), start, n_docs, writer)


def records_dictionary(articles: list) -> layout.Dictionary:
    """The records dictionary of the archive (articles oldest first), from the records it samples."""
    sample = [articles[local] for local in layout.dictionary_docs(len(articles))]
    return layout.Dictionary([record(a, plain_text(a.body)) for a in sample])


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
        keys = [to_units(layout.FACET_PREFIX + code + value) for value in values]
        yield from zip(keys, encode_lists(list(values.values()), n_docs))
