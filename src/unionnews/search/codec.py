"""Posting lists as short ASCII strings that a classic script can carry and search.js can decode.

Header digits are base 64 (B64).  Header numbers are VLQ: low 5 bits first, bit 6 (32) set on
every digit but the last.  The postings themselves are Rice codes bit-packed thirteen bits in two
characters of DENSE (93 printable ASCII characters; dense_runs), most significant bit first, where
base 64 would carry twelve: a value v with parameter k is v >> k as that many 0 bits and a 1
(its unary part), and the k low bits of v.  The unary parts of a stream come first, then all
its low bits, so a stream of n values is read as "the first n one-bits, then n·k bits": numpy
decodes it without a loop and search.js in one pass.  A list of gaps whose mean is m costs
about log2(m) + 1.5 bits a posting, near the entropy of a random list of its length.

An entry (the value stored under a gram, phrase or facet key) is

    <mode> VLQ(n) <k> [<d> VLQ(e) [<k2> <t> <t values> [<k3>]]] <bits>

mode `r` (no info, facet lists) or `R` (with info): the n docs as gaps (doc − previous doc − 1,
the first from −1) with Rice parameter k; `c` / `C`: the docs NOT in the list instead (for lists
holding most articles), whichever is shorter.  Info, one value per posting in doc order, is
`zone << 4 | min(count, 15)`: d is the list's commonest value; the e postings whose info is
not d follow as a stream of index gaps (k2), then, when they hold t ≥ 2 distinct values, a stream
of each one's rank (k3) among the t values listed commonest first.  The bits are the docs stream,
then the exceptions' index gaps, then their ranks.  Every choice (k, complement, d, ranks)
depends on the entry's own postings and N only, so an edit to one article changes only the
entries of the grams it gains or loses; encode_flat encodes many lists at once (the index holds
about two thousand postings an article: a Python loop per posting would take minutes) and
encode_list one, the same way.  decode_list reads an entry back (patch.py edits entries in place
with it).
"""
from __future__ import annotations

import math

import numpy as np

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_BYTES = np.frombuffer(B64.encode("ascii"), dtype=np.uint8)
_DIGIT = np.full(256, 255, dtype=np.uint8)
_DIGIT[_B64_BYTES] = np.arange(64, dtype=np.uint8)

# Bits as text: every printable ASCII character but the two a JSON string escapes (" and \), 93 in all,
# so two of them carry 13 bits (93² ≥ 2¹³), where two base-64 digits carry 12.
DENSE = "".join(chr(c) for c in range(32, 127) if chr(c) not in '"\\')
_DENSE_BYTES = np.frombuffer(DENSE.encode("ascii"), dtype=np.uint8)
_DENSE_DIGIT = np.full(256, 255, dtype=np.int64)
_DENSE_DIGIT[_DENSE_BYTES] = np.arange(len(DENSE))


def dense_size(bits: int) -> int:
    """Characters that carry `bits` bits: two for every 13, and one (6 bits) or two for the rest."""
    rest = bits % 13
    return bits // 13 * 2 + (0 if not rest else 1 if rest <= 6 else 2)


def dense_runs(bits: np.ndarray, used: np.ndarray) -> list[str]:
    """Runs of bits (0/1 values, concatenated, each padded with zeros to a multiple of 13; run i holds used[i]
    bits) as text, dense_size(used[i]) characters a run: each 13 bits, most significant first, as two
    characters (v // 93, v % 93), except a run's last group when it holds at most 6 used bits: then its top
    6 bits (v >> 7) in one character."""
    used = np.asarray(used, dtype=np.int64)
    if not len(bits):
        return ["" for _ in used.tolist()]
    two = np.packbits(bits.reshape(-1, 13), axis=1)  # each group's 13 bits, most significant first, in 2 bytes
    groups = (two[:, 0].astype(np.int64) << 5) | (two[:, 1] >> 3)
    chars = np.empty((len(groups), 2), dtype=np.int64)
    chars[:, 0] = groups // 93
    chars[:, 1] = groups % 93
    keep = np.ones((len(groups), 2), dtype=bool)
    n_groups = -(-used // 13)
    last = np.cumsum(n_groups) - 1
    short = (used % 13 > 0) & (used % 13 <= 6)
    chars[last[short], 0] = groups[last[short]] >> 7
    keep[last[short], 1] = False
    text = _DENSE_BYTES[chars[keep]].tobytes().decode("ascii")
    sizes = n_groups * 2 - short
    ends = np.cumsum(sizes).tolist()
    return [text[e - n:e] for e, n in zip(ends, sizes.tolist())]


def dense_bits(text: bytes) -> np.ndarray:
    """Inverse of dense text: its bits (0/1 values), 13 for every two characters, 6 for a last lone one."""
    d = _DENSE_DIGIT[np.frombuffer(text, dtype=np.uint8)]
    if (d > 92).any():
        raise ValueError("not a dense digit")
    pairs_ = d[:len(d) // 2 * 2].reshape(-1, 2)
    value = pairs_[:, 0] * 93 + pairs_[:, 1]
    if (value >= 1 << 13).any():
        raise ValueError("not a 13-bit group")
    bits = ((value[:, None] >> np.arange(12, -1, -1)) & 1).ravel()
    if len(d) % 2:
        if d[-1] >= 64:
            raise ValueError("not a 6-bit digit")
        bits = np.concatenate((bits, (d[-1] >> np.arange(5, -1, -1)) & 1))
    return bits.astype(np.uint8)


def dense_encode(data: bytes) -> str:
    """Bytes as dense text (dense_bytes reads them back: the padding is under 8 bits)."""
    bits = np.unpackbits(np.frombuffer(data, dtype=np.uint8))
    padded = np.zeros(-(-len(bits) // 13) * 13, dtype=np.uint8)
    padded[:len(bits)] = bits
    return dense_runs(padded, np.array([len(bits)]))[0]


def dense_bytes(text: str) -> bytes:
    bits = dense_bits(text.encode("ascii"))
    return np.packbits(bits[:len(bits) // 8 * 8]).tobytes()


def vlq(value: int) -> str:
    """One non-negative integer as VLQ digits (the scalar twin of vlq_bytes)."""
    out = []
    while True:
        digit = value & 31
        value >>= 5
        if value:
            out.append(B64[digit | 32])
        else:
            out.append(B64[digit])
            return "".join(out)


def _digit_counts(values: np.ndarray, width: int) -> np.ndarray:
    """How many digits of `width` bits each non-negative value takes (at least one)."""
    n = np.ones(len(values), dtype=np.int64)
    top = int(values.max()) if len(values) else 0
    for bits in range(width, 64, width):
        if top < (1 << bits):
            break
        n += values >= (1 << bits)
    return n


def vlq_lengths(values: np.ndarray) -> np.ndarray:
    """How many digits each value takes."""
    return _digit_counts(np.asarray(values, dtype=np.int64), 5)


def vlq_bytes(values: np.ndarray, lengths: np.ndarray | None = None) -> np.ndarray:
    """VLQ digits of every value, concatenated, as an array of ASCII codes."""
    v = np.asarray(values, dtype=np.int64)
    n = vlq_lengths(v) if lengths is None else lengths
    if len(n) and int(n.max()) == 1:
        return _B64_BYTES[v]
    ends = np.cumsum(n)
    out = np.empty(int(ends[-1]) if len(ends) else 0, dtype=np.uint8)
    start = ends - n
    at = np.arange(len(v))
    level = 0
    while len(at):
        digits = (v[at] >> (5 * level)) & 31
        more = n[at] > level + 1
        out[start[at] + level] = _B64_BYTES[digits | (more.astype(np.int64) << 5)]
        at = at[more]
        level += 1
    return out


def decode_vlq(text: bytes) -> np.ndarray:
    """Inverse of vlq_bytes: every value in a run of VLQ digits."""
    d = _DIGIT[np.frombuffer(text, dtype=np.uint8)].astype(np.uint64)
    if not len(d):
        return np.zeros(0, dtype=np.int64)
    ends = np.flatnonzero((d & np.uint64(32)) == 0)
    starts = np.concatenate(([0], ends[:-1] + 1))
    index = np.arange(len(d)) - np.repeat(starts, ends - starts + 1)
    parts = (d & np.uint64(31)) << (np.uint64(5) * index.astype(np.uint64))
    return np.add.reduceat(parts, starts).astype(np.int64)


# ---------------------------------------------------------------- Rice-coded entries

def _firsts(counts: np.ndarray) -> np.ndarray:
    return np.concatenate(([0], np.cumsum(counts)[:-1])).astype(np.int64) if len(counts) else np.zeros(0, np.int64)


def _sums(values: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Each list's sum of its values (lists one after another in values, counts[i] each; a list may be empty)."""
    out = np.zeros(len(counts), dtype=np.int64)
    full = counts > 0
    if len(values):
        out[full] = np.add.reduceat(values, _firsts(counts)[full])
    return out


def _rice(values: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rice parameter, bits of the unary parts and bits of the low parts of each list (values one list after
    another, counts[i] each): k is the cheapest of three around log2 of the list's mean.

    Integer sums over each list's slice (np.add.reduceat): exact, and no index of its list per value."""
    nl = len(counts)
    mean = _sums(values, counts) / np.maximum(counts, 1)
    k0 = np.floor(np.log2(mean + 1)).astype(np.int64)
    best_k = np.zeros(nl, dtype=np.int64)
    best = np.full(nl, np.iinfo(np.int64).max)
    best_shifted = np.zeros(nl, dtype=np.int64)  # sum of values >> k for the best k: the unary parts less one each
    for shift in (-1, 0, 1):
        k = np.clip(k0 + shift, 0, 40)
        shifted = _sums(values >> np.repeat(k, counts), counts)
        cost = counts * (k + 1) + shifted
        better = cost < best
        best[better], best_k[better], best_shifted[better] = cost[better], k[better], shifted[better]
    return best_k, best_shifted + counts, counts * best_k


def _write_rice(bits: np.ndarray, values: np.ndarray, counts: np.ndarray, k: np.ndarray,
                at: np.ndarray, unary: np.ndarray) -> None:
    """Write each list's stream at bit `at` of its list: unary parts, then the low bits.

    The low bits are written for all lists of one k at a time, as a matrix of a row of k bits a value (in
    16 bits a value while k allows), so the work per bit is a few passes over small integers."""
    if not len(values):
        return
    firsts = _firsts(counts)
    kk = np.repeat(k, counts)
    ends = np.cumsum((values >> kk) + 1)
    before = np.concatenate(([0], ends))[firsts]
    bits[np.repeat(at - before, counts) + ends - 1] = 1
    if not int(k.max()):
        return
    low_start = at + unary
    for size in np.unique(k[counts > 0]).tolist():
        if not size:
            continue
        lists = np.flatnonzero((k == size) & (counts > 0))
        sizes = counts[lists]
        local = np.arange(int(sizes.sum())) - np.repeat(_firsts(sizes), sizes)
        chosen = values[np.repeat(firsts[lists], sizes) + local] & ((1 << size) - 1)
        width = np.uint16 if size <= 16 else np.uint64
        planes = np.arange(size - 1, -1, -1, dtype=width)
        row = ((chosen.astype(width)[:, None] >> planes) & width(1)).astype(np.uint8)
        place = np.repeat(low_start[lists], sizes) + local * size
        bits[(place[:, None] + np.arange(size)).ravel()] = row.ravel()


def _vlq_text(value: int) -> str:
    return vlq(value)


def encode_flat(n_docs: int, counts: np.ndarray, docs: np.ndarray, info: np.ndarray | None) -> list[str]:
    """Entries of many lists at once: counts[i] ascending doc ids each, concatenated in docs, and (unless None)
    the info of every posting in info, in the same order."""
    counts = np.asarray(counts, dtype=np.int64)
    docs = np.asarray(docs, dtype=np.int64)
    nl = len(counts)
    if not nl:
        return []
    firsts = _firsts(counts)
    owner = np.repeat(np.arange(nl), counts)
    gaps = docs - np.concatenate(([-1], docs[:-1]))
    gaps[firsts[counts > 0]] = docs[firsts[counts > 0]] + 1
    gaps -= 1
    complement = np.zeros(nl, dtype=bool)
    coded_counts, coded = counts, gaps
    wide = np.flatnonzero(counts > n_docs // 2)
    k, d_unary, d_low = _rice(gaps, counts)
    if len(wide):  # lists holding most articles may be shorter as the articles they lack
        other, other_counts = _absent_gaps(docs, counts, firsts, wide, n_docs)
        ko, uo, lo = _rice(other, other_counts)
        shorter = uo + lo + 6 * vlq_lengths(other_counts) < d_unary[wide] + d_low[wide] + 6 * vlq_lengths(counts[wide])
        if shorter.any():  # a list's parameter and sizes depend on its own values alone: the others' stand
            chosen = wide[shorter]
            complement[chosen] = True
            coded_counts = counts.copy()
            coded_counts[chosen] = other_counts[shorter]
            coded = _replace_lists(gaps, counts, firsts, chosen, other[np.repeat(shorter, other_counts)],
                                   coded_counts)
            k, d_unary, d_low = k.copy(), d_unary.copy(), d_low.copy()
            k[chosen], d_unary[chosen], d_low[chosen] = ko[shorter], uo[shorter], lo[shorter]
    total = d_unary + d_low
    if info is not None:
        info = np.asarray(info, dtype=np.int64)
        table = np.bincount(owner * 64 + info, minlength=nl * 64).reshape(nl, 64)
        default = table.argmax(axis=1)
        table[np.arange(nl), default] = 0
        # each list's other values, commonest first, then by value: only the (list, value) cells that occur
        cell = np.flatnonzero(table)
        cell = cell[np.lexsort((cell % 64, -table.ravel()[cell], cell // 64))]
        kinds = np.bincount(cell // 64, minlength=nl).astype(np.int64)
        rank_of = np.zeros(nl * 64, dtype=np.int8)  # (list, value) cell → the value's rank in its list (< 64)
        rank_of[cell] = np.arange(len(cell)) - np.repeat(_firsts(kinds), kinds)
        odd = info != default[owner]
        x_owner = owner[odd]
        x_counts = np.bincount(x_owner, minlength=nl).astype(np.int64)
        index = (np.arange(len(info)) - firsts[owner])[odd]
        x_first = _firsts(x_counts)
        steps = index - np.concatenate(([-1], index[:-1]))
        steps[x_first[x_counts > 0]] = index[x_first[x_counts > 0]] + 1
        steps -= 1
        k2, x_unary, x_low = _rice(steps, x_counts)
        ranks = rank_of[x_owner * 64 + info[odd]].astype(np.int64)
        ranked = kinds[x_owner] >= 2
        r_counts = np.where(kinds >= 2, x_counts, 0)
        r_values = ranks[ranked]
        k3, r_unary, r_low = _rice(r_values, r_counts)
        total = total + x_unary + x_low + r_unary + r_low
    size = -(-total // 13) * 13
    start = _firsts(size)
    bits = np.zeros(int(size.sum()), dtype=np.uint8)
    _write_rice(bits, coded, coded_counts, k, start, d_unary)
    if info is not None:
        at = start + d_unary + d_low
        _write_rice(bits, steps, x_counts, k2, at, x_unary)
        _write_rice(bits, r_values, r_counts, k3, at + x_unary + x_low, r_unary)
    runs = dense_runs(bits, total)
    modes = ("rc", "RC")[info is not None]
    heads = [modes[c] + n + B64[kk] for c, n, kk in zip(complement.tolist(), _vlqs(coded_counts.tolist()), k.tolist())]
    if info is None:
        return [head + run for head, run in zip(heads, runs)]
    listed = _B64_BYTES[cell % 64].tobytes().decode("ascii")  # each list's other values, commonest first
    out = []
    for head, d, e, e_text, kx, t, at, kr, run in zip(
            heads, default.tolist(), x_counts.tolist(), _vlqs(x_counts.tolist()), k2.tolist(), kinds.tolist(),
            _firsts(kinds).tolist(), k3.tolist(), runs):
        head += B64[d] + e_text
        if e:
            head += B64[kx] + B64[t] + listed[at:at + t]
            if t >= 2:
                head += B64[kr]
        out.append(head + run)
    return out


def _absent_gaps(docs: np.ndarray, counts: np.ndarray, firsts: np.ndarray, lists: np.ndarray,
                 n_docs: int) -> tuple[np.ndarray, np.ndarray]:
    """For each of `lists` (indices into counts): the docs below n_docs it lacks, as gaps (doc − previous − 1,
    the first from −1), concatenated list after list, and how many each list lacks.

    A block of lists at a time as rows of a boolean matrix of n_docs columns, so memory stays bounded
    however many wide lists a large segment has."""
    parts, sizes = [], []
    rows = max(1, _ABSENT_CELLS // max(n_docs, 1))
    for at in range(0, len(lists), rows):
        block = lists[at:at + rows]
        held = counts[block]
        absent = np.ones((len(block), n_docs), dtype=bool)
        local = np.arange(int(held.sum())) - np.repeat(_firsts(held), held)
        absent[np.repeat(np.arange(len(block)), held), docs[np.repeat(firsts[block], held) + local]] = False
        row, missing = np.nonzero(absent)  # row by row, each row's docs ascending
        size = np.bincount(row, minlength=len(block)).astype(np.int64)
        gaps = missing - np.concatenate(([-1], missing[:-1]))
        starts = _firsts(size)[size > 0]
        gaps[starts] = missing[starts] + 1
        parts.append(gaps - 1)
        sizes.append(size)
    return np.concatenate(parts), np.concatenate(sizes)


_ABSENT_CELLS = 1 << 22  # booleans in one block of _absent_gaps


def _replace_lists(values: np.ndarray, counts: np.ndarray, firsts: np.ndarray, chosen: np.ndarray,
                   new: np.ndarray, new_counts: np.ndarray) -> np.ndarray:
    """values (lists of counts[i] each, starting at firsts) with the lists `chosen` (ascending) replaced by the
    lists in new (one after another); new_counts: every list's count afterwards."""
    out = np.empty(int(new_counts.sum()), dtype=values.dtype)
    new_firsts = _firsts(new_counts)
    replaced = np.zeros(len(counts), dtype=bool)
    replaced[chosen] = True
    kept = ~np.repeat(replaced, counts)
    out[(np.arange(len(values)) + np.repeat(new_firsts - firsts, counts))[kept]] = values[kept]
    sizes = new_counts[chosen]
    out[np.repeat(new_firsts[chosen], sizes) + np.arange(len(new)) - np.repeat(_firsts(sizes), sizes)] = new
    return out


_VLQ_TEXTS = [vlq(value) for value in range(1 << 10)]  # every one- and two-digit VLQ


def _vlqs(values: list[int]) -> list[str]:
    """vlq of each value."""
    return [_VLQ_TEXTS[v] if v < 1024 else vlq(v) for v in values]


def encode_lists(lists: list, n_docs: int, infos: list | None = None, batch: int = 1 << 21) -> list[str]:
    """encode_list of each of many lists (ascending docs; infos: the info of each list's postings, or None),
    encode_flat over about `batch` postings at a time: the same entries, without numpy's cost per call for
    every list (the facet values and phrases of an archive are tens of thousands of short lists)."""
    out: list[str] = []
    at = 0
    while at < len(lists):
        end, total = at, 0
        while end < len(lists) and (total < batch or end == at):
            total += len(lists[end])
            end += 1
        part = [np.asarray(d, dtype=np.int64) for d in lists[at:end]]
        counts = np.fromiter(map(len, part), dtype=np.int64, count=len(part))
        info = None if infos is None else np.concatenate([np.asarray(i, dtype=np.int64) for i in infos[at:end]])
        out += encode_flat(n_docs, counts, np.concatenate(part), info)
        at = end
    return out


def encode_list(docs: np.ndarray, n_docs: int, info: np.ndarray | None = None) -> str:
    """One entry from ascending docs and (optionally) their info values: as encode_flat writes it in a batch.

    A short list takes encode_short, the same rules in plain Python: encode_flat's fixed cost of some
    eighty numpy calls is most of the work for one list of a few postings, which is what an edit's
    patch (patch.py) and a facet or phrase list mostly are.
    """
    docs = np.asarray(docs, dtype=np.int64)
    if len(docs) <= SHORT:
        return encode_short(docs.tolist(), n_docs, None if info is None else np.asarray(info, dtype=np.int64).tolist())
    return encode_flat(n_docs, np.array([len(docs)]), docs, None if info is None else np.asarray(info))[0]


SHORT = 256  # lists of at most this many postings are encoded by encode_short


def encode_short(docs: list[int], n_docs: int, info: list[int] | None = None) -> str:
    """encode_flat's entry for one list, in plain Python: the same choices (k, complement, d, ranks), the same text."""
    count = len(docs)
    coded = gaps = _gaps_short(docs)
    complement = False
    if count > n_docs // 2:  # as encode_flat: the articles the list lacks, when that is shorter
        k = _rice_k_short(gaps)
        present = set(docs)
        other = _gaps_short([d for d in range(n_docs) if d not in present])
        ko = _rice_k_short(other)
        if sum(g >> ko for g in other) + len(other) * (ko + 1) + 6 * len(vlq(len(other))) < \
                sum(g >> k for g in gaps) + count * (k + 1) + 6 * len(vlq(count)):
            complement, coded = True, other
    k = _rice_k_short(coded)
    bits = [_rice_bits_short(coded, k)]
    head = ("rc", "RC")[info is not None][complement] + vlq(len(coded)) + B64[k]
    if info is not None:
        table = [0] * 64
        for value in info:
            table[value] += 1
        default = table.index(max(table))  # the commonest, the smallest on a tie (argmax)
        table[default] = 0
        listed = sorted((v for v in range(64) if table[v]), key=lambda v: -table[v])  # stable: ties by value
        index = [i for i, value in enumerate(info) if value != default]
        steps = _gaps_short(index)
        k2 = _rice_k_short(steps)
        head += B64[default] + vlq(len(index))
        bits.append(_rice_bits_short(steps, k2))
        if index:
            head += B64[k2] + B64[len(listed)] + "".join(B64[v] for v in listed)
            if len(listed) >= 2:
                rank = {v: r for r, v in enumerate(listed)}
                ranks = [rank[info[i]] for i in index]
                k3 = _rice_k_short(ranks)
                head += B64[k3]
                bits.append(_rice_bits_short(ranks, k3))
    stream = "".join(bits)
    used = len(stream)
    stream += "0" * (-used % 13)
    groups = [int(stream[at:at + 13], 2) for at in range(0, len(stream), 13)]
    text = [DENSE[v // 93] + DENSE[v % 93] for v in groups]
    if 0 < used % 13 <= 6:  # dense_runs: a last group of at most 6 used bits is one character
        text[-1] = DENSE[groups[-1] >> 7]
    return head + "".join(text)


def _gaps_short(values: list[int]) -> list[int]:
    """Ascending values as gaps (value − previous value − 1, the first from −1), as encode_flat takes them."""
    gaps, before = [], -1
    for value in values:
        gaps.append(value - before - 1)
        before = value
    return gaps


def _rice_k_short(values: list[int]) -> int:
    """_rice's k for one list: the cheapest of three parameters around log2 of the mean (the first on a tie)."""
    k0 = math.floor(math.log2(sum(values) / max(len(values), 1) + 1))
    best_k, best = 0, math.inf
    for shift in (-1, 0, 1):
        k = min(max(k0 + shift, 0), 40)
        cost = len(values) * (k + 1) + sum(v >> k for v in values)
        if cost < best:
            best, best_k = cost, k
    return best_k


def _rice_bits_short(values: list[int], k: int) -> str:
    """A Rice stream as "0"/"1" characters: every value's unary part (v >> k zeros, a one), then the k low bits of each."""
    unary = "".join("0" * (v >> k) + "1" for v in values)
    if not k:
        return unary
    mask, width = (1 << k) - 1, f"0{k}b"
    return unary + "".join(format(v & mask, width) for v in values)


class _Reader:
    """Header fields of an entry, left to right."""

    def __init__(self, text: bytes) -> None:
        self.text, self.at = text, 1

    def digit(self) -> int:
        if self.at >= len(self.text):
            raise ValueError("entry ends early")
        value = int(_DIGIT[self.text[self.at]])
        if value > 63:
            raise ValueError("not a base-64 digit")
        self.at += 1
        return value

    def number(self) -> int:
        value, shift = 0, 0
        while True:
            d = self.digit()
            value |= (d & 31) << shift
            shift += 5
            if not d & 32:
                return value


def _read_rice(bits: np.ndarray, at: int, n: int, k: int) -> tuple[np.ndarray, int]:
    """n Rice values from bit `at` → (values, bit after them)."""
    if not n:
        return np.zeros(0, dtype=np.int64), at
    ones = np.flatnonzero(bits[at:])[:n]
    if len(ones) < n:
        raise ValueError("entry ends early")
    high = np.diff(ones, prepend=-1) - 1
    at += int(ones[-1]) + 1
    low = bits[at:at + n * k]
    if len(low) < n * k:
        raise ValueError("entry ends early")
    if k:
        low = low.reshape(n, k).astype(np.int64) @ (1 << np.arange(k - 1, -1, -1, dtype=np.int64))
    else:
        low = np.zeros(n, dtype=np.int64)
    return (high.astype(np.int64) << k) | low, at + n * k


def decode_list(entry: str, n_docs: int) -> tuple[np.ndarray, np.ndarray | None]:
    """Inverse of the encoders: an entry → (ascending docs, info of each or None for a facet list)."""
    text = entry.encode("ascii")
    mode = text[:1]
    if mode not in (b"r", b"R", b"c", b"C"):
        raise ValueError(f"unknown mode {mode!r}")
    read = _Reader(text)
    n, k = read.number(), read.digit()
    fields = None
    if mode in (b"R", b"C"):
        d, e = read.digit(), read.number()
        kx = t = kr = 0
        values: list[int] = []
        if e:
            kx, t = read.digit(), read.digit()
            values = [read.digit() for _ in range(t)]
            if t >= 2:
                kr = read.digit()
        fields = d, e, kx, t, values, kr
    if len(text) - read.at <= SHORT_TEXT and (mode in (b"r", b"R") or n_docs <= 4 * SHORT):
        return _decode_short(text[read.at:], n_docs, mode in (b"c", b"C"), n, k, fields)
    bits = dense_bits(text[read.at:])
    gaps, at = _read_rice(bits, 0, n, k)
    docs = np.cumsum(gaps + 1) - 1
    if len(docs) and docs[-1] >= n_docs:
        raise ValueError("doc beyond the segment")
    if mode in (b"c", b"C"):
        keep = np.ones(n_docs, dtype=bool)
        keep[docs] = False
        docs = np.flatnonzero(keep)
    if fields is None:
        return docs, None
    d, e, kx, t, values, kr = fields
    info = np.full(len(docs), d, dtype=np.int64)
    steps, at = _read_rice(bits, at, e, kx)
    where = np.cumsum(steps + 1) - 1
    if len(where) and where[-1] >= len(docs):
        raise ValueError("info beyond the list")
    if t >= 2:
        ranks, at = _read_rice(bits, at, e, kr)
        if len(ranks) and ranks.max() >= t:
            raise ValueError("unknown info rank")
        info[where] = np.array(values, dtype=np.int64)[ranks]
    elif e:
        info[where] = values[0]
    return docs, info


SHORT_TEXT = 200  # entries whose postings take at most this many characters are read by _decode_short


def _decode_short(text: bytes, n_docs: int, complement: bool, n: int, k: int,
                  fields: tuple | None) -> tuple[np.ndarray, np.ndarray | None]:
    """decode_list after the header, in plain Python (its numpy calls cost more than a short entry's work):
    the same checks in the same order, the same errors, the same arrays."""
    digits = [_DENSE_DIGIT_LIST[c] for c in text]
    if any(digit > 92 for digit in digits):
        raise ValueError("not a dense digit")
    groups = [digits[i] * 93 + digits[i + 1] for i in range(0, len(digits) - 1, 2)]
    if any(group >= 1 << 13 for group in groups):
        raise ValueError("not a 13-bit group")
    parts = [format(group, "013b") for group in groups]
    if len(digits) % 2:
        if digits[-1] >= 64:
            raise ValueError("not a 6-bit digit")
        parts.append(format(digits[-1], "06b"))
    bits = "".join(parts)
    gaps, at = _read_rice_short(bits, 0, n, k)
    docs, doc = [], -1
    for gap in gaps:
        doc += gap + 1
        docs.append(doc)
    if docs and docs[-1] >= n_docs:
        raise ValueError("doc beyond the segment")
    if complement:
        absent = set(docs)
        docs = [d for d in range(n_docs) if d not in absent]
    if fields is None:
        return np.array(docs, dtype=np.int64), None
    d, e, kx, t, values, kr = fields
    info = [d] * len(docs)
    steps, at = _read_rice_short(bits, at, e, kx)
    where, place = [], -1
    for step in steps:
        place += step + 1
        where.append(place)
    if where and where[-1] >= len(docs):
        raise ValueError("info beyond the list")
    if t >= 2:
        ranks, at = _read_rice_short(bits, at, e, kr)
        if ranks and max(ranks) >= t:
            raise ValueError("unknown info rank")
        for place, rank in zip(where, ranks):
            info[place] = values[rank]
    elif e:
        for place in where:
            info[place] = values[0]
    return np.array(docs, dtype=np.int64), np.array(info, dtype=np.int64)


_DENSE_DIGIT_LIST = _DENSE_DIGIT.tolist()


def _read_rice_short(bits: str, at: int, n: int, k: int) -> tuple[list[int], int]:
    """_read_rice over "0"/"1" characters: n Rice values from `at` → (values, the position after them)."""
    highs = []
    for _ in range(n):
        one = bits.find("1", at)
        if one < 0:
            raise ValueError("entry ends early")
        highs.append(one - at)
        at = one + 1
    if len(bits) - at < n * k:
        raise ValueError("entry ends early")
    if not k:
        return highs, at
    return [high << k | int(bits[at + i * k:at + i * k + k], 2) for i, high in enumerate(highs)], at + n * k
