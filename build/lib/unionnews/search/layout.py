"""Laying the index out as files under search/, each a classic script.

The articles (oldest first) are cut into segments by count alone (`segments`): the main
segment, every whole block of MAIN articles there is; then whole blocks of LEVEL·FANOUT^k
articles below MAIN, the largest first; then a tail of fewer than LEVEL.  Like Lucene's
tiered merging, a new day's articles go into the small tail; when the tail fills it becomes
a segment of LEVEL, FANOUT of those merge into one of the next size, and a block of MAIN
merges into the main segment.  The cut depends on the article count only, so a clean build
and an incremental one agree, and publishing one more issue rewrites the tail and the few
global files, not the archive.  One main segment rather than many blocks of MAIN: a common
string has a list in every segment, and its own file in each large one.

Global files:
- manifest.js: article count, segments [start, count, shards, phrases known], BIG_FOLDERS, years → doc
  ranges, facet labels, phrases (in the order they first appear as a facet value).
- fold.js: the traditional→simplified (and full-width, case) table; the same for every site.
- r/<b // 1000>/<b>.js: the display records and text of articles RECORDS_PER_FILE·b to
  RECORDS_PER_FILE·b + RECORDS_PER_FILE - 1, as a list in doc order (the last file may hold
  fewer), zlib-compressed and in base 64 (search.js inflates them with DecompressionStream);
  loaded only for results on screen.
- attrs.js: paper and kind of every article (filters and counts on every query).
- f/<facet>.js: every column/person/place/tag with its articles (counts, when the panel opens).
- dates.js: articles per day, for from/to ranges finer than a year.

Files of the segment starting at doc `start` (doc ids inside are counted from `start`):
- <start>/s/<n>.js: small entries hashed (FNV-1a over UTF-16 units) into shard_count(count)
  shards; an entry longer than BIG characters gets its own file
  <start>/g/<hash % BIG_FOLDERS>/<key as hex>.js and its shard holds "!" instead.

Nothing in a segment's files depends on other segments, nor on other articles' positions or
sizes except through its article count; a records file holds the records of its
RECORDS_PER_FILE articles and nothing else.  So an edit to one article rewrites its records
file and the entries of the grams it gained or lost in its segment, and little else.
"""
from __future__ import annotations

import base64
import datetime as dt
import json
import re
import zlib
from collections import Counter, defaultdict

import numpy as np

from unionnews.search.codec import encode_list, vlq
from unionnews.search.fold import fold_pairs

FORMAT = 4            # 4: segments, packed records (3: one index; 2: one records file per article)
BIG = 1024            # characters: a longer entry gets a file of its own
DOCS_PER_SHARD = 1    # a segment's shard count ≈ its articles / this (shard_count), at most MAX_SHARDS:
                      # a query loads one shard per segment for each string, so shards stay small
MAX_SHARDS = 4096
RECORDS_PER_FILE = 4  # ~75% fewer files than one per article, for ~4× the bytes of one record per result
LEVEL = 512           # articles in the smallest full segment (a multiple of RECORDS_PER_FILE)
FANOUT = 8            # segments of one size that make one of the next
MAIN_LEVELS = 2       # blocks of LEVEL·FANOUT^MAIN_LEVELS (32,768) articles go into the main segment
BIG_FOLDERS = 16      # a large segment's own-file lists spread over this many folders (no folder near 10,000 files)
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


def segments(n_docs: int) -> list[tuple[int, int]]:
    """(start, count) of each segment, oldest first: a function of the article count only."""
    main = LEVEL * FANOUT ** MAIN_LEVELS
    out, start = [], 0
    if n_docs >= main:
        start = n_docs // main * main
        out.append((0, start))
    size = main // FANOUT
    while size >= LEVEL:
        while n_docs - start >= size:
            out.append((start, size))
            start += size
        size //= FANOUT
    if start < n_docs:
        out.append((start, n_docs - start))
    return out


def in_segment(url: str, start: int, count: int) -> bool:
    """Whether a search file (URL under search/) belongs to the segment: its lists or its articles' records."""
    parts = url.split("/")
    if len(parts) == 4 and parts[1] == "r":
        first = int(parts[3][:-3]) * RECORDS_PER_FILE
        return start <= first < start + count
    return len(parts) >= 3 and parts[1] == str(start)


def packed(name: str, data) -> str:
    """A part whose data is JSON, zlib-compressed, in base 64: for records, which are mostly article text."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)  # a lone surrogate has no UTF-8
    return script(name, base64.b64encode(zlib.compress(text.encode("utf-8"), 9)).decode("ascii"))


def unpacked(text: str):
    """Inverse of packed's data (the string handed to unionnewsSearch.part)."""
    return json.loads(zlib.decompress(base64.b64decode(text)).decode("utf-8"))


def records_file(doc: int) -> int:
    """The number of the records file holding a doc's display record (at index doc % RECORDS_PER_FILE)."""
    return doc // RECORDS_PER_FILE


def records_name(number: int) -> str:
    """The part name of records file `number`: r/<number // 1000>/<number>."""
    return f"r/{number // 1000}/{number}"


def shard_count(n_docs: int) -> int:
    """A power of two that depends on the article count only, so edits never reshuffle shards.

    A whole block (n_docs a multiple of LEVEL) gets twice the shards of the tail: it is written
    once, when it forms, and every query reads one of its shards per string, while the tail is
    written again with every issue, so more shards there would mean more files changed a day.
    """
    per_doc = 2 if n_docs % LEVEL == 0 else 1
    count = 1
    while count * DOCS_PER_SHARD < n_docs * per_doc and count < MAX_SHARDS:
        count *= 2
    return count


def big_name(start: int, key: str) -> str:
    """The part name of the own file of key's entry in the segment at start."""
    return f"{start}/g/{fnv1a(key) % BIG_FOLDERS}/" + "".join(f"{ord(unit):04x}" for unit in key)


def shard_name(start: int, number: int) -> str:
    return f"{start}/s/{number}"


def write_entries(entries, start: int, n_docs: int, writer) -> int:
    """Every (key, entry) of the segment at `start`: big ones to files of their own, the rest into hashed shards."""
    count = shard_count(n_docs)
    shards: dict[int, dict[str, str]] = defaultdict(dict)
    for key, value in entries:
        if len(value) > BIG:
            name = big_name(start, key)
            writer.write(f"search/{name}.js", script(name, value))
            value = "!"
        shards[fnv1a(key) % count][key] = value
    for number in range(count):
        name = shard_name(start, number)
        writer.write(f"search/{name}.js", script(name, dict(sorted(shards[number].items()))))
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
