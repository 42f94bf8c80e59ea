"""Which articles contain each 1-, 2- and 3-character string (and each known phrase), with rank info.

Exact substring search without word segmentation: a query of one to three characters is
answered by its own list.  Longer queries intersect the lists of all their overlapping
trigrams in the browser (and verify against the article text, see search.js), except the
"phrases" (names of people, places, tags and columns of four or more characters), which
get lists of their own because readers search for them most and trigram intersection is
least exact on them.

Texts are folded UTF-16 code units (what JavaScript indexes).  Articles come in chunks
of CHUNK; each chunk is turned into (gram, article, zone) keys and sorted with numpy,
and its part of every list is appended as compact text (a varint gap and an info byte a
posting, codec.pairs; gaps continue from the previous chunk), so memory holds about two
bytes a posting, never a Python object per posting.  entries() turns the lists into their
final Rice-coded entries many at a time (codec.encode_flat).
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np

from unionnews.search.codec import decode_pairs, encode_flat, encode_lists, pairs

HEAD, META, BODY = 2, 1, 0  # zones in rank order: headline fields > byline/tags > body
COUNT_CAP = 15
CHUNK = 2048  # articles per numpy batch (at most 4096: 12 bits of the sort key); small batches stay in cache
SEPARATORS = (0, 10)  # NUL ends a zone, newline splits fields and paragraphs: no gram spans them
BATCH = 1 << 21  # postings encoded at once by entries(): enough to make per-list overhead small


@dataclass
class _Lists:
    """Lists of one gram length, growing chunk by chunk: per list, its pieces of codec.pairs text."""

    ids: dict[int, int] = field(default_factory=dict)
    pieces: list[list[bytes]] = field(default_factory=list)
    last_doc: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    count: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))

    def ids_of(self, keys: list[int]) -> np.ndarray:
        for key in keys:
            if key not in self.ids:
                self.ids[key] = len(self.ids)
                self.pieces.append([])
        grow = len(self.ids) - len(self.last_doc)
        if grow > 0:
            self.last_doc = np.concatenate((self.last_doc, np.full(grow, -1, dtype=np.int64)))
            self.count = np.concatenate((self.count, np.zeros(grow, dtype=np.int64)))
        return np.fromiter((self.ids[k] for k in keys), dtype=np.int64, count=len(keys))


class GramIndex:
    """Feed chunks of folded articles in doc order with add_chunk(); then entries()."""

    def __init__(self, phrases: list[str]) -> None:
        self.lists = {1: _Lists(), 2: _Lists(), 3: _Lists()}
        self.phrases = sorted({p for p in phrases if len(p) >= 4 and not any(ord(c) in SEPARATORS for c in p)})
        self._phrase_units = [np.array([ord(c) for c in p], dtype=np.int64) for p in self.phrases]
        self._phrase_key = np.array([_key3(u) for u in self._phrase_units], dtype=np.int64)
        self._phrase_first = np.unique(self._phrase_key)
        self._phrase_hits: list[list[np.ndarray]] = [[] for _ in self.phrases]

    def add_chunk(self, first_doc: int, codes: np.ndarray, zones: np.ndarray, docs: np.ndarray) -> None:
        """One chunk: codes (folded units, zones ended by NUL), zone and local doc of each unit."""
        codes = codes.astype(np.int64)
        tail = (docs.astype(np.int64) << 2) | zones
        for size, starts, key in _grams(codes):
            if size == 3:
                for n, pos in self._phrase_starts(codes, starts, key):
                    self._take_phrase(n, (docs[pos].astype(np.int64) + first_doc) * 4 + zones[pos])
            key <<= 14
            key |= tail[starts]
            key.sort()
            self._take_grams(size, first_doc, key)

    def _take_phrase(self, n: int, hits: np.ndarray) -> None:
        """Occurrences (doc * 4 + zone) of phrase n in this chunk."""
        self._phrase_hits[n].append(hits)

    def _take_grams(self, size: int, first_doc: int, keys: np.ndarray) -> None:
        """This chunk's sorted gram << 14 | doc << 2 | zone keys for grams of one size."""
        self._add(self.lists[size], first_doc, keys)

    def _add(self, lists: _Lists, first_doc: int, keys: np.ndarray) -> None:
        """Append this chunk's postings (sorted gram << 14 | doc << 2 | zone keys, one per unit)."""
        if not len(keys):
            return
        pair, info = _postings(keys)
        doc = (pair & (CHUNK - 1)) + first_doc
        gram = pair >> 12
        g_first = np.concatenate(([0], np.flatnonzero(gram[1:] != gram[:-1]) + 1))
        g_end = np.concatenate((g_first[1:], [len(gram)]))
        ids = lists.ids_of(gram[g_first].tolist())
        gap = np.empty_like(doc)
        gap[1:] = doc[1:] - doc[:-1] - 1
        gap[g_first] = doc[g_first] - lists.last_doc[ids] - 1
        coded, ends = pairs(gap, info)
        text = coded.tobytes()
        ends = np.concatenate(([0], ends))
        lists.last_doc[ids] = doc[g_end - 1]
        lists.count[ids] += g_end - g_first
        for i, a, b in zip(ids.tolist(), ends[g_first].tolist(), ends[g_end].tolist()):
            lists.pieces[i].append(text[a:b])

    def _phrase_starts(self, codes, starts, key) -> Iterator[tuple[int, np.ndarray]]:
        """(phrase number, start of each occurrence) for the phrases found in a chunk."""
        if not self.phrases:
            return
        hit = np.isin(key, self._phrase_first)
        at, first_key = starts[hit], key[hit]
        for n in np.flatnonzero(np.isin(self._phrase_key, first_key)).tolist():  # only phrases that may occur
            units = self._phrase_units[n]
            pos = at[first_key == self._phrase_key[n]]
            pos = pos[pos + len(units) <= len(codes)]
            for k in range(3, len(units)):
                pos = pos[codes[pos + k] == units[k]]
            if len(pos):
                yield n, pos

    def entries(self, n_docs: int) -> Iterator[tuple[str, str]]:
        """(key, entry) for every gram and phrase; keys are strings of UTF-16 units.

        Lists are encoded BATCH postings at a time; each list's pieces are dropped once encoded.
        """
        for size, lists in self.lists.items():
            keys = list(lists.ids)
            at = 0
            while at < len(keys):
                end, total = at, 0
                while end < len(keys) and (total < BATCH or end == at):
                    total += int(lists.count[lists.ids[keys[end]]])
                    end += 1
                numbers = [lists.ids[k] for k in keys[at:end]]
                blob = b"".join(b"".join(lists.pieces[i]) for i in numbers)
                for i in numbers:
                    lists.pieces[i] = []
                steps, info = decode_pairs(np.frombuffer(blob, dtype=np.uint8))
                counts = lists.count[numbers]
                if len(steps) != int(counts.sum()):
                    raise ValueError("corrupt gram lists")
                sums = np.cumsum(steps + 1)
                before = np.concatenate(([0], sums))[np.concatenate(([0], np.cumsum(counts)[:-1]))]
                docs = sums - np.repeat(before, counts) - 1
                for key, entry in zip(keys[at:end], encode_flat(n_docs, counts, docs, info)):
                    yield _unkey(key, size), entry
                at = end
        found = [(phrase, _phrase_postings(np.concatenate(hits)))
                 for phrase, hits in zip(self.phrases, self._phrase_hits) if hits]
        entries = encode_lists([docs for _, (docs, _) in found], n_docs, [info for _, (_, info) in found])
        yield from zip([phrase for phrase, _ in found], entries)


class Postings(GramIndex):
    """Fed like a GramIndex (same chunks, same rules), but keeps {key: {doc: info}} instead of encoded lists.

    For patching the index after a text edit (patch.py): the old and the new text of an article,
    fed as a one-article chunk, give exactly the postings a full build gives that article.
    Meant for a few articles: it holds a Python dict entry per posting.
    """

    def __init__(self, phrases: list[str]) -> None:
        super().__init__(phrases)
        self.found: dict[str, dict[int, int]] = {}

    def _take_phrase(self, n: int, hits: np.ndarray) -> None:
        docs, info = _phrase_postings(hits)
        self.found.setdefault(self.phrases[n], {}).update(zip(docs.tolist(), info.tolist()))

    def _take_grams(self, size: int, first_doc: int, keys: np.ndarray) -> None:
        if not len(keys):
            return
        pair, info = _postings(keys)
        for gram, doc, value in zip((pair >> 12).tolist(), ((pair & (CHUNK - 1)) + first_doc).tolist(),
                                    info.tolist()):
            self.found.setdefault(_unkey(gram, size), {})[doc] = value


def _grams(codes: np.ndarray) -> Iterator[tuple[int, np.ndarray, np.ndarray]]:
    """(size, start of each gram, gram as an integer of its 16-bit units) for sizes 1-3; none spans a separator."""
    sep = np.zeros(len(codes) + 1, dtype=np.int32)
    np.cumsum((codes == 0) | (codes == 10), out=sep[1:])
    for size in (1, 2, 3):
        starts = np.flatnonzero(sep[size:] == sep[:len(sep) - size])
        key = codes[starts]
        for k in range(1, size):
            key <<= 16
            key |= codes[starts + k]
        yield size, starts, key


def _postings(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sorted gram << 14 | doc << 2 | zone keys (one per occurrence) → (gram << 12 | doc, info) per posting.

    Info is the highest zone the gram occurs in (keys sort by zone last) and its count, capped.
    """
    pair = keys >> 2                                     # gram, doc
    cut = np.flatnonzero(pair[1:] != pair[:-1]) + 1
    first = np.concatenate(([0], cut))
    last = np.concatenate((cut, [len(pair)])) - 1
    info = ((keys[last] & 3) << 4) | np.minimum(last - first + 1, COUNT_CAP)
    return pair[first], info


def _phrase_postings(hits: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Occurrences as doc * 4 + zone → (ascending docs, info of each)."""
    values, runs = np.unique(hits, return_counts=True)
    doc = values // 4
    first = np.concatenate(([0], np.flatnonzero(doc[1:] != doc[:-1]) + 1))
    last = np.concatenate((first[1:], [len(doc)])) - 1
    info = ((values[last] % 4) << 4) | np.minimum(np.add.reduceat(runs, first), COUNT_CAP)
    return doc[first], info


def _key3(units: np.ndarray) -> int:
    return int(units[0]) << 32 | int(units[1]) << 16 | int(units[2])


def _unkey(key: int, size: int) -> str:
    return "".join(chr((key >> (16 * (size - 1 - k))) & 0xFFFF) for k in range(size))
