"""Laying the index out as files under search/, each a classic script.

- manifest.js: article count, shard count, years → doc ranges, facet labels, phrases.
- fold.js: the traditional→simplified (and full-width, case) table; the same for every site.
- s/<n>.js: small entries hashed (FNV-1a over UTF-16 units) into SHARDS; an entry longer
  than BIG characters gets its own file g/<key as hex>.js and its shard holds "!" instead.
- r/<b // 1000>/<b>.js: the display records and text of articles RECORDS_PER_FILE·b to
  RECORDS_PER_FILE·b + RECORDS_PER_FILE - 1, as a list in doc order (the last file may hold
  fewer); loaded only for results on screen.
- attrs.js: paper and kind of every article (filters and counts on every query).
- f/<facet>.js: every column/person/place/tag with its articles (counts, when the panel opens).
- dates.js: articles per day, for from/to ranges finer than a year.

Nothing in a file depends on other articles' positions or sizes except through the
article count (which only adding or removing an article changes), and a records file holds
the records of its RECORDS_PER_FILE articles and nothing else, so an edit to one article
rewrites its records file and the entries of the grams it gained or lost, and little else.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter, defaultdict

import numpy as np

from unionnews.search.codec import encode_list, vlq
from unionnews.search.fold import fold_pairs

FORMAT = 3            # 3: records in files of RECORDS_PER_FILE (2: one file per article)
BIG = 1024            # characters: a longer entry gets a file of its own
DOCS_PER_SHARD = 6    # shard count = articles / this, rounded up to a power of two, at most MAX_SHARDS
MAX_SHARDS = 4096     # past ~25k articles most lists outgrow BIG and leave the shards
RECORDS_PER_FILE = 4  # ~75% fewer files than one per article, for ~4× the bytes of one record per result
FACET_PREFIX = "@@"
_SURROGATE = re.compile("[\ud800-\udfff]")


def fnv1a(key: str) -> int:
    """32-bit FNV-1a over UTF-16 code units; search.js computes the same."""
    h = 0x811C9DC5
    for unit in key:
        h = ((h ^ ord(unit)) * 0x01000193) & 0xFFFFFFFF
    return h


def script(name: str, data) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"unionnewsSearch.part({json.dumps(name)},{text});\n"


def records_file(doc: int) -> int:
    """The number of the records file holding a doc's display record (at index doc % RECORDS_PER_FILE)."""
    return doc // RECORDS_PER_FILE


def records_name(number: int) -> str:
    """The part name of records file `number`: r/<number // 1000>/<number>."""
    return f"r/{number // 1000}/{number}"


def shard_count(n_docs: int) -> int:
    """A power of two that depends on the article count only, so edits never reshuffle shards."""
    count = 1
    while count * DOCS_PER_SHARD < n_docs and count < MAX_SHARDS:
        count *= 2
    return count


def big_name(key: str) -> str:
    return "g/" + "".join(f"{ord(unit):04x}" for unit in key)


def write_entries(entries, n_docs: int, writer) -> int:
    """Every (key, entry): big ones to files of their own, the rest into hashed shards."""
    count = shard_count(n_docs)
    shards: dict[int, dict[str, str]] = defaultdict(dict)
    for key, value in entries:
        if len(value) > BIG:
            name = big_name(key)
            writer.write(f"search/{name}.js", script(name, value))
            value = "!"
        shards[fnv1a(key) % count][key] = value
    for number in range(count):
        writer.write(f"search/s/{number}.js", script(f"s/{number}", dict(sorted(shards[number].items()))))
    return count


def write_attrs(papers: list[str], kinds: list[str], writer) -> None:
    """Paper and kind of each article as one code each; commonest combinations get one digit."""
    combos = Counter(zip(papers, kinds))
    order = sorted(combos, key=lambda c: (-combos[c], c))
    paper_names = sorted(set(papers))
    kind_names = sorted(set(kinds))
    code = {c: vlq(i) for i, c in enumerate(order)}
    writer.write("search/attrs.js", script("attrs", {
        "papers": paper_names, "kinds": kind_names,
        "combos": [[paper_names.index(p), kind_names.index(k)] for p, k in order],
        "codes": "".join(code[c] for c in zip(papers, kinds)),
    }))


def write_facets(facets: dict[str, dict[str, list[int]]], n_docs: int, writer) -> None:
    for code, values in facets.items():
        rows = sorted(values.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        writer.write(f"search/f/{code}.js", script(f"f/{code}", [[v, encode_list(np.array(d), n_docs)] for v, d in rows]))


def write_dates(dates: list[dt.date], writer) -> None:
    """Articles per day from the first day to the last, as VLQ digits (articles are in date order)."""
    if not dates:
        writer.write("search/dates.js", script("dates", ["", ""]))
        return
    per_day = Counter(dates)
    first, last = dates[0], dates[-1]
    days = (last - first).days + 1
    text = "".join(vlq(per_day.get(first + dt.timedelta(days=k), 0)) for k in range(days))
    writer.write("search/dates.js", script("dates", [first.isoformat(), text]))


def years(dates: list[dt.date]) -> list[list[int]]:
    """[[year, first doc, count], …] oldest first."""
    out: list[list[int]] = []
    for doc, date in enumerate(dates):
        if out and out[-1][0] == date.year:
            out[-1][2] += 1
        else:
            out.append([date.year, doc, 1])
    return out


def write_fold(writer) -> None:
    sources, targets = fold_pairs()
    writer.write("search/fold.js", script("fold", [sources, targets]))
