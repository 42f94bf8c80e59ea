"""Which articles contain each 1-, 2- and 3-character string (and each known phrase), with rank info.

Exact substring search without word segmentation: a query of one to three characters is
answered by its own list.  Longer queries intersect the lists of all their overlapping
trigrams in the browser (and verify against the article text, see search.js), except the
"phrases" (names of people, places, tags and columns of four or more characters), which
get lists of their own because readers search for them most and trigram intersection is
least exact on them.

Texts are folded UTF-16 code units (what JavaScript indexes).  Articles come in chunks
of CHUNK.  In a chunk, the grams of each length are put in order by radix passes over
16-bit units (_orders), each a stable numpy argsort of one unit, and the chunk keeps its
lists as they come out: its distinct grams in order, and one 16-bit posting (the article's
place in the chunk, its info) a posting, so memory holds two bytes a posting and no Python
object per posting or per list.  entries() takes the grams of all chunks in order, a batch
of lists at a time (each chunk's part of a batch is one slice of it), and encodes them into
their final Rice-coded entries many at once (codec.encode_flat).
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from unionnews.search.codec import encode_flat, encode_lists

HEAD, META, BODY = 2, 1, 0  # zones in rank order: headline fields > byline/tags > body
COUNT_CAP = 15
INFO_BITS = 6  # info = zone << 4 | count (at most COUNT_CAP): below 64
CHUNK = 1024  # articles per numpy batch: an article's place in its chunk (10 bits) and its info fit 16 bits
SEPARATORS = (0, 10)  # NUL ends a zone, newline splits fields and paragraphs: no gram spans them
BATCH = 1 << 21  # postings encoded at once by entries(): enough to make per-list overhead small


@dataclass(frozen=True)
class _Lists:
    """One chunk's lists of one gram length: its distinct grams (ascending), where each one's postings end,
    and the postings (place of the article in the chunk << INFO_BITS | info), by gram, then article."""

    first_doc: int
    keys: np.ndarray
    ends: np.ndarray
    postings: np.ndarray


class GramIndex:
    """Feed chunks of folded articles in doc order with add_chunk(); then entries()."""

    def __init__(self, phrases: list[str]) -> None:
        self.lists: dict[int, list[_Lists]] = {1: [], 2: [], 3: []}
        self.phrases = sorted({p for p in phrases if len(p) >= 4 and not any(ord(c) in SEPARATORS for c in p)})
        self._phrase_units = [np.array([ord(c) for c in p], dtype=np.int64) for p in self.phrases]
        self._phrase_key = np.array([_key3(u) for u in self._phrase_units], dtype=np.int64)
        self._phrase_hits: list[list[np.ndarray]] = [[] for _ in self.phrases]

    def add_chunk(self, first_doc: int, codes: np.ndarray, zones: np.ndarray, docs: np.ndarray) -> None:
        """One chunk: codes (folded units, zones ended by NUL), zone and local doc of each unit."""
        codes = codes.astype(np.uint16)
        docs = docs.astype(np.int64)
        for size, starts in _orders(codes):
            key = codes[starts].astype(np.int64)
            for k in range(1, size):
                key <<= 16
                key |= codes[starts + k]
            if size == 3:
                for n, pos in self._phrase_starts(codes, starts, key):
                    self._take_phrase(n, (docs[pos] + first_doc) * 4 + zones[pos])
            self._take_grams(size, first_doc, *_postings(key, docs[starts], zones[starts]))

    def _take_phrase(self, n: int, hits: np.ndarray) -> None:
        """Occurrences (doc * 4 + zone) of phrase n in this chunk."""
        self._phrase_hits[n].append(hits)

    def _take_grams(self, size: int, first_doc: int, grams: np.ndarray, docs: np.ndarray, info: np.ndarray) -> None:
        """This chunk's postings of grams of one size: gram, local doc and info of each, by gram, then doc."""
        if not len(grams):
            return
        first = np.flatnonzero(np.concatenate(([True], grams[1:] != grams[:-1])))
        ends = np.concatenate((first[1:], [len(grams)]))
        postings = (docs.astype(np.uint16) << INFO_BITS) | info.astype(np.uint16)
        self.lists[size].append(_Lists(first_doc, grams[first], ends, postings))

    def _phrase_starts(self, codes, starts, key) -> Iterator[tuple[int, np.ndarray]]:
        """(phrase number, start of each occurrence) for the phrases found in a chunk (key: the trigrams at
        starts, ascending)."""
        if not self.phrases:
            return
        low = np.searchsorted(key, self._phrase_key, side="left")
        high = np.searchsorted(key, self._phrase_key, side="right")
        for n in np.flatnonzero(high > low).tolist():  # only phrases whose first trigram occurs
            units = self._phrase_units[n]
            pos = starts[low[n]:high[n]]
            pos = pos[pos + len(units) <= len(codes)]
            for k in range(3, len(units)):
                pos = pos[codes[pos + k] == units[k]]
            if len(pos):
                yield n, pos

    def entries(self, n_docs: int) -> Iterator[tuple[str, str]]:
        """(key, entry) for every gram and phrase; keys are strings of UTF-16 units.

        Lists are encoded BATCH postings at a time; each gram length's chunks are dropped once encoded.
        """
        for size in (1, 2, 3):
            chunks, self.lists[size] = self.lists[size], []
            if not chunks:
                continue
            keys, where = np.unique(np.concatenate([c.keys for c in chunks]), return_inverse=True)
            sizes = np.concatenate([np.diff(c.ends, prepend=0) for c in chunks])
            counts = np.bincount(where, weights=sizes, minlength=len(keys)).astype(np.int64)
            offsets = np.cumsum([0] + [len(c.keys) for c in chunks])
            ends = np.cumsum(counts)
            at = 0
            while at < len(keys):
                end = min(int(np.searchsorted(ends, (ends[at - 1] if at else 0) + BATCH)) + 1, len(keys))
                docs, info = _gather(chunks, offsets, where, keys[at], keys[end - 1], at, counts[at:end])
                yield from zip(_unkeys(keys[at:end], size), encode_flat(n_docs, counts[at:end], docs, info))
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

    def _take_grams(self, size: int, first_doc: int, grams: np.ndarray, docs: np.ndarray, info: np.ndarray) -> None:
        for gram, doc, value in zip(_unkeys(grams, size), (docs + first_doc).tolist(), info.tolist()):
            self.found.setdefault(gram, {})[doc] = value


def _orders(codes: np.ndarray) -> Iterator[tuple[int, np.ndarray]]:
    """(size, start of every gram of that size) for sizes 1-3, the starts in order of the gram, then of the start;
    no gram spans a separator.

    Least significant unit first, as a radix sort: the unigram order, shifted back one place, is the order of the
    bigram starts by their second unit; one stable pass by the first unit then orders them by both (and the
    bigram order, shifted back, does the same for trigrams).  A stable argsort of 16-bit values is numpy's radix
    sort, so each length costs one linear pass instead of a comparison sort of 64-bit keys."""
    ok = (codes != SEPARATORS[0]) & (codes != SEPARATORS[1])
    order = np.argsort(codes, kind="stable")
    order = order[ok[order]]
    yield 1, order
    for size in (2, 3):
        ok = ok[:-1] & ok[1:]  # ok[s]: a gram of this size starts at s
        starts = order - 1
        starts = starts[starts >= 0]
        starts = starts[ok[starts]]
        order = starts[np.argsort(codes[starts], kind="stable")]
        yield size, order


def _postings(grams: np.ndarray, docs: np.ndarray, zones: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Occurrences by gram, then doc, in text order (gram, doc, zone of each) → (gram, doc, info) per posting.

    Info is the highest zone the gram occurs in and its count, capped: a doc's zones come head first
    (index._ZONE_ORDER), so its first occurrence is in its highest zone."""
    if not len(grams):
        return grams, docs, zones
    new = np.empty(len(grams), dtype=bool)
    new[0] = True
    np.not_equal(grams[1:], grams[:-1], out=new[1:])
    new[1:] |= docs[1:] != docs[:-1]
    first = np.flatnonzero(new)
    runs = np.diff(first, append=len(grams))
    info = (zones[first].astype(np.int64) << 4) | np.minimum(runs, COUNT_CAP)
    return grams[first], docs[first], info


def _gather(chunks: list[_Lists], offsets: np.ndarray, where: np.ndarray, low: int, high: int, at: int,
            counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The postings of the lists at..at + len(counts) (grams low..high) from every chunk, as (docs, info) list
    after list, each list's chunks in doc order: a chunk's part is a slice of it; the slices are put in place
    by their runs (one per list and chunk), not posting by posting."""
    parts, lists, runs, firsts = [], [], [], []
    for c, chunk in enumerate(chunks):
        a, b = np.searchsorted(chunk.keys, [low, high + 1]).tolist()  # keys are below 2^48: + 1 is safe
        if a == b:
            continue
        start = int(chunk.ends[a - 1]) if a else 0
        parts.append(chunk.postings[start:int(chunk.ends[b - 1])])
        lists.append(where[offsets[c] + a:offsets[c] + b] - at)
        runs.append(np.diff(chunk.ends[a:b], prepend=start))
        firsts.append(np.full(len(parts[-1]), chunk.first_doc, dtype=np.int64))
    postings = np.concatenate(parts)
    run_list, run_size = np.concatenate(lists), np.concatenate(runs)
    order = np.argsort(run_list, kind="stable")  # runs list after list, chunks in order within a list
    placed = np.empty(len(order), dtype=np.int64)
    placed[order] = np.cumsum(run_size[order]) - run_size[order]
    source = np.cumsum(run_size) - run_size
    target = np.repeat(placed - source, run_size) + np.arange(len(postings))
    docs = np.empty(len(postings), dtype=np.int64)
    info = np.empty(len(postings), dtype=np.int64)
    docs[target] = (postings >> INFO_BITS).astype(np.int64) + np.concatenate(firsts)
    info[target] = postings & ((1 << INFO_BITS) - 1)
    if len(postings) != int(counts.sum()):
        raise ValueError("corrupt gram lists")
    return docs, info


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


def _unkeys(keys: np.ndarray, size: int) -> list[str]:
    """_unkey of every key: their units decoded as one string (UTF-32, so that a lone surrogate is a unit of its
    own, as chr gives it) and cut into keys."""
    units = (keys[:, None] >> np.arange(16 * (size - 1), -1, -16, dtype=np.int64)) & 0xFFFF
    text = units.astype("<u4").tobytes().decode("utf-32-le", "surrogatepass")
    return [text[at:at + size] for at in range(0, len(text), size)]
