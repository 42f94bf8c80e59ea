"""The n-gram index: which articles contain each 1-, 2- and 3-character string, and where.

Exact substring search without word segmentation: a query of one to three
characters is answered by its own posting list; a longer query by the
positions of the trigrams that tile it (offsets 0, 3, 6 … and len−3), which
must sit at the same distance apart in one article as in the query.  So every
article that contains the query is found and every result contains it.

Texts are strings of UTF-16 code units (what JavaScript sees), already folded.
The per-character work runs inside C (`map`, `Counter`, `array.append` via
`deque(maxlen=0)`), so 100k articles index in seconds, not minutes.
"""
from __future__ import annotations

from array import array
from bisect import bisect_right
from collections import Counter, defaultdict, deque
from functools import partial
from itertools import chain, repeat
from operator import add, and_, or_, rshift, sub

# Zones of an article, in rank order: a match in the headline fields outranks one in the byline/tags,
# which outranks one in the body.  Each zone's text is placed at a fixed base within the article so a
# position says which zone it is in; the headline and metadata zones are cut at ZONE_CAP units.
HEAD, META, BODY = 2, 1, 0
ZONE_BASE = {HEAD: 0, META: 1024, BODY: 2048}
ZONE_CAP = 1000
COUNT_CAP = 15
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def vlq(value: int) -> str:
    """A non-negative integer as base-64 digits, low 5 bits first; bit 6 (32) means 'more follows'."""
    out = []
    while True:
        digit = value & 31
        value >>= 5
        if value:
            out.append(B64[digit | 32])
        else:
            out.append(B64[digit])
            return "".join(out)


class VlqTable:
    """vlq() precomputed for 0..n-1, grown on demand, so encoding is a C-level `map(table.__getitem__, …)`."""

    def __init__(self) -> None:
        self.table: list[str] = []

    def upto(self, n: int) -> list[str]:
        if n > len(self.table):
            self.table.extend(vlq(i) for i in range(len(self.table), max(n, 2 * len(self.table))))
        return self.table


def to_units(text: str) -> str:
    """The text as UTF-16 code units, one Python character per unit (matches JavaScript string indexing)."""
    if not text or max(text) <= "\uffff":
        return text
    units = array("H", text.encode("utf-16-le"))
    return "".join(map(chr, units))


class GramIndex:
    """Accumulates postings article by article (in doc-id order), then encodes them."""

    def __init__(self) -> None:
        # gram (1–3 units) → array of doc << 6 | zone << 4 | min(count, 15)
        self.postings: defaultdict[str, array] = defaultdict(partial(array, "I"))
        # trigram → global positions (article base + zone base + offset), ascending
        self.positions: defaultdict[str, array] = defaultdict(partial(array, "I"))
        self.starts = array("Q")  # global base of each article
        self._next_base = 0

    def add(self, doc: int, zones: dict[int, str]) -> None:
        """Index one article's folded zones (HEAD, META, BODY → text)."""
        base = self._next_base
        self.starts.append(base)
        texts = {zone: (zones.get(zone, "") if zone == BODY else zones.get(zone, "")[:ZONE_CAP])
                 for zone in (HEAD, META, BODY)}
        infos: dict[str, int] = {}
        for zone in (BODY, META, HEAD):  # the body, by far the biggest, goes through C only
            text = texts[zone]
            counts = Counter(text)
            counts.update(map(add, text, text[1:]))
            if zone == BODY:
                infos = dict(zip(counts, map(min, counts.values(), repeat(COUNT_CAP))))
                continue
            flag = zone << 4
            for gram, n in counts.items():
                old = infos.get(gram, 0)
                infos[gram] = min((old & 15) + n, COUNT_CAP) | max(old & 48, flag)
        infos.pop("\n", None)
        deque(map(array.append, map(self.postings.__getitem__, infos), map(or_, repeat(doc << 6), infos.values())), 0)
        for zone in (HEAD, META, BODY):  # ascending positions
            text = texts[zone]
            at = base + ZONE_BASE[zone]
            trigrams = map(add, map(add, text, text[1:]), text[2:])
            deque(map(array.append, map(self.positions.__getitem__, trigrams), range(at, at + len(text) - 2)), 0)
        self._next_base = base + ZONE_BASE[BODY] + len(texts[BODY]) + 1

    def encode(self) -> dict[str, str]:
        """Every entry as text: 1–2 unit gram → doc list with rank info; '#'+trigram → docs and positions.

        Doc list: per article VLQ(doc − previous doc − 1) then one B64 digit (zone << 4 | count).
        Positions: per occurrence VLQ(step << 1 | first); `first` starts an article and is followed by
        VLQ(doc − previous doc − 1); step is the offset in the article for a first, else the distance
        from the previous occurrence.  Offsets include the zone base (ZONE_BASE).
        """
        table = VlqTable()
        out: dict[str, str] = {}
        for gram, values in self.postings.items():
            docs = list(map(rshift, values, repeat(6)))
            deltas = list(map(sub, docs, chain((-1,), docs)))  # ≥ 1; stored as delta − 1
            tab = table.upto(max(deltas) + 1)
            out[gram] = "".join(map(add, map(tab.__getitem__, map(sub, deltas, repeat(1))),
                                    map(B64.__getitem__, map(and_, values, repeat(63)))))
        starts = self.starts
        for gram, positions in self.positions.items():
            if "\n" in gram:
                continue
            owners = list(map(bisect_right, repeat(starts), positions))  # doc + 1
            begin = list(map(starts.__getitem__, map(sub, owners, repeat(1))))
            previous = list(chain((-1,), positions))
            first = map((0).__gt__, map(sub, previous, begin))
            steps = map(sub, positions, map(max, previous, begin))
            codes = list(map(or_, map(int.__lshift__, steps, repeat(1)), first))
            jumps = list(map(sub, owners, chain((0,), owners)))  # 0 inside an article
            tab = table.upto(max(max(codes), max(jumps)) + 1)
            doc_tokens = [""] + tab[:max(jumps)]  # jump k → vlq(k − 1); 0 → nothing
            out["#" + gram] = "".join(map(add, map(tab.__getitem__, codes), map(doc_tokens.__getitem__, jumps)))
        return out
