"""Laying the index out as files under search/, each a classic script.

- search/manifest.js: sizes, the fold table, papers, years → doc ranges.
- search/s/<n>.js: index entries hashed (FNV-1a over UTF-16 units) into shards of
  about SHARD_BYTES; an entry larger than BIG_BYTES gets its own file
  search/b/<n>.js and the shard holds "!<n>" in its place.  A query loads the
  manifest plus one file per term (two per trigram of a long term).
- search/d/<n>.js: display records of DOCS_PER_SHARD consecutive articles.
- search/f/<facet>.js: every value's article list, for the filter counts.
- search/dates.js: the date of each article, as runs, for date ranges.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict

from unionnews.search.fold import fold_pairs
from unionnews.search.grams import vlq
from unionnews.search.records import FACETS, Collected

FORMAT = 1
SHARD_BYTES = 24 * 1024
BIG_BYTES = 8 * 1024
DOCS_PER_SHARD = 8
FACET_PREFIX = "@@"
_SURROGATE = re.compile("[\ud800-\udfff]")


def fnv1a(key: str) -> int:
    """32-bit FNV-1a over UTF-16 code units; search.js computes the same."""
    h = 0x811C9DC5
    for unit in key:  # keys are already UTF-16 units (see grams.to_units)
        h = ((h ^ ord(unit)) * 0x01000193) & 0xFFFFFFFF
    return h


def script(name: str, data) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"unionnewsSearch.part({json.dumps(name)},{text});\n"


def doc_list(docs: list[int]) -> str:
    """Ascending doc ids as VLQ deltas (delta − 1)."""
    out, last = [], -1
    for doc in docs:
        out.append(vlq(doc - last - 1))
        last = doc
    return "".join(out)


def write_files(data: Collected, writer) -> None:
    entries = data.index.encode()
    for code, values in data.facets.items():
        for value, docs in values.items():
            entries[FACET_PREFIX + code + value] = doc_list(docs)
    shards = _write_entries(entries, writer)
    _write_docs(data.records, writer)
    facets = _write_facets(data, writer)
    _write_dates(data.dates, writer)
    sources, targets = fold_pairs()
    writer.write("search/manifest.js", script("manifest", {
        "format": FORMAT, "docs": len(data.records), "shards": shards, "docsPerShard": DOCS_PER_SHARD,
        "facetPrefix": FACET_PREFIX, "facets": facets, "years": _years(data.dates),
        "fold": [sources, targets],
    }))


def _write_entries(entries: dict[str, str], writer) -> int:
    small = {k: v for k, v in entries.items() if len(v) <= BIG_BYTES}
    total = sum(len(k) + len(v) * 1 + 6 for k, v in small.items())
    count = max(1, -(-total // SHARD_BYTES))
    buckets: dict[int, dict[str, str]] = defaultdict(dict)
    big = sorted(k for k in entries if len(entries[k]) > BIG_BYTES)
    for number, key in enumerate(big):
        writer.write(f"search/b/{number}.js", script(f"b/{number}", entries[key]))
        buckets[fnv1a(key) % count][key] = f"!{number}"
    for key in sorted(small):
        buckets[fnv1a(key) % count][key] = small[key]
    for number in range(count):
        writer.write(f"search/s/{number}.js", script(f"s/{number}", dict(sorted(buckets[number].items()))))
    return count


def _write_docs(records: list[list], writer) -> None:
    for start in range(0, len(records), DOCS_PER_SHARD):
        number = start // DOCS_PER_SHARD
        writer.write(f"search/d/{number}.js", script(f"d/{number}", records[start:start + DOCS_PER_SHARD]))


def _write_facets(data: Collected, writer) -> list[dict]:
    described = []
    for code, (label, _) in FACETS.items():
        values = sorted(data.facets[code].items(), key=lambda kv: (-len(kv[1]), kv[0]))
        writer.write(f"search/f/{code}.js", script(f"f/{code}", [[v, doc_list(d)] for v, d in values]))
        described.append({"code": code, "label": label, "values": len(values)})
    return described


def _write_dates(dates: list[str], writer) -> None:
    runs: list[list] = []
    for date in dates:
        if runs and runs[-1][0] == date:
            runs[-1][1] += 1
        else:
            runs.append([date, 1])
    writer.write("search/dates.js", script("dates", runs))


def _years(dates: list[str]) -> list[list[int]]:
    """[[year, first doc, count], …] newest first (articles are sorted newest first)."""
    years: list[list[int]] = []
    for doc, date in enumerate(dates):
        year = int(date[:4])
        if years and years[-1][0] == year:
            years[-1][2] += 1
        else:
            years.append([year, doc, 1])
    return years
