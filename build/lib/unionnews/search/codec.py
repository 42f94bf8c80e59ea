"""Posting lists as short ASCII strings that a classic script can carry and search.js can decode.

All digits are base 64 (B64).  A number is written as VLQ: low 5 bits first, bit 6 (32)
set on every digit but the last.  The encoders work on whole numpy arrays because the
index holds about two thousand postings per article: a Python loop per posting would
take minutes at 100k articles.

An entry (the value stored under a gram, phrase or facet key) is

    <mode><docs>[~<info mode><info>]

mode `g`: doc ids as VLQ gaps (doc − previous doc − 1, the first from −1);
mode `b`: a bitmap over all N articles, six per digit (bit k of digit i is doc 6i+k);
mode `c`: the articles NOT in the list, as gaps (for lists holding most articles).
Info, one value per posting in doc order, is `zone << 4 | min(count, 15)`:
`d` one digit per posting; `x` only the postings whose info is not 1 (body, once), as
VLQ(index gap) + digit.  Facet lists carry no info.  The shortest mode is chosen per
entry, so an entry depends on its own postings and N only: an edit to one article
changes only the entries of the grams it gains or loses.  decode_list reads an entry
back (patch.py edits entries in place with it).
"""
from __future__ import annotations

import numpy as np

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_BYTES = np.frombuffer(B64.encode("ascii"), dtype=np.uint8)
_DIGIT = np.full(256, 255, dtype=np.uint8)
_DIGIT[_B64_BYTES] = np.arange(64, dtype=np.uint8)
DEFAULT_INFO = 1  # body zone, one occurrence: most postings of 2- and 3-grams


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


def vlq_lengths(values: np.ndarray) -> np.ndarray:
    """How many digits each value takes."""
    v = np.asarray(values, dtype=np.int64)
    n = np.ones(len(v), dtype=np.int64)
    top = int(v.max()) if len(v) else 0
    for bits in range(5, 64, 5):
        if top < (1 << bits):
            break
        n += v >= (1 << bits)
    return n


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


def gaps(docs: np.ndarray) -> np.ndarray:
    """Ascending doc ids → the values VLQ stores (doc − previous − 1, from −1)."""
    return np.diff(docs.astype(np.int64), prepend=-1) - 1


def bitmap(docs: np.ndarray, n_docs: int) -> bytes:
    """Docs as a bitmap over all n_docs, six per digit."""
    size = -(-n_docs // 6)
    bits = np.zeros(size * 6, dtype=np.uint8)
    bits[docs] = 1
    values = bits.reshape(size, 6) @ np.array([1, 2, 4, 8, 16, 32], dtype=np.uint8)
    return _B64_BYTES[values].tobytes()


def encode_docs(gap_text: bytes, count: int, n_docs: int, docs: np.ndarray | None = None) -> bytes:
    """The shortest of the three doc modes, given the list as VLQ gaps and its length (and the docs, if at hand)."""
    best = b"g" + gap_text
    size = -(-n_docs // 6)
    if len(gap_text) <= size and count <= n_docs // 2:
        return best
    if docs is None:
        docs = np.cumsum(decode_vlq(gap_text) + 1) - 1
    if len(docs) != count:
        raise ValueError("corrupt gap list")
    if count > n_docs // 2:
        absent = np.ones(n_docs, dtype=bool)
        absent[docs] = False
        missing = np.flatnonzero(absent)
        other = b"c" + vlq_bytes(gaps(missing)).tobytes()
        if len(other) < len(best):
            best = other
    if size + 1 < len(best):
        best = b"b" + bitmap(docs, n_docs)
    return best


def encode_list(docs: np.ndarray, n_docs: int, info: np.ndarray | None = None, info_mode: str = "") -> str:
    """A whole entry from ascending docs and (optionally) their info values (info_mode: see encode_info)."""
    docs = np.asarray(docs, dtype=np.int64)
    text = encode_docs(vlq_bytes(gaps(docs)).tobytes(), len(docs), n_docs, docs)
    if info is not None:
        text += b"~" + encode_info(np.asarray(info, dtype=np.int64), info_mode)
    return text.decode("ascii")


def encode_info(info: np.ndarray, mode: str = "") -> bytes:
    """Info of a whole list: dense or as exceptions, whichever is shorter, or the given mode ("d" or "x").

    Gram lists are written chunk by chunk before their length is known, so they use a fixed mode
    (1-grams "d", longer grams "x"); phrase lists are written whole and take the shorter.
    """
    if mode == "d":
        return b"d" + _B64_BYTES[info].tobytes()
    where = np.flatnonzero(info != DEFAULT_INFO)
    steps = np.diff(where, prepend=-1) - 1
    sparse = b"x" + exceptions(steps, info[where]).tobytes()
    if mode == "x":
        return sparse
    dense = b"d" + _B64_BYTES[info].tobytes()
    return sparse if len(sparse) < len(dense) else dense


def exceptions(steps: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Pairs VLQ(index gap) + one digit, interleaved, as ASCII codes."""
    n = vlq_lengths(steps) + 1
    out = np.empty(int(n.sum()), dtype=np.uint8)
    if not len(out):
        return out
    ends = np.cumsum(n)
    out[ends - 1] = _B64_BYTES[values.astype(np.int64)]
    keep = np.ones(len(out), dtype=bool)
    keep[ends - 1] = False
    out[keep] = vlq_bytes(steps, n - 1)
    return out


def decode_list(entry: str, n_docs: int) -> tuple[np.ndarray, np.ndarray | None]:
    """Inverse of the encoders: an entry → (ascending docs, info of each or None for a facet list)."""
    docs_text, _, info_text = entry.encode("ascii").partition(b"~")
    docs = decode_docs(docs_text, n_docs)
    return docs, (decode_info(info_text, len(docs)) if info_text else None)


def decode_docs(text: bytes, n_docs: int) -> np.ndarray:
    """Doc ids of the docs part of an entry, any mode (g, b, c)."""
    mode, body = text[:1], text[1:]
    if mode == b"g":
        return np.cumsum(decode_vlq(body) + 1) - 1
    if mode == b"c":
        keep = np.ones(n_docs, dtype=bool)
        keep[np.cumsum(decode_vlq(body) + 1) - 1] = False
        return np.flatnonzero(keep)
    if mode == b"b":
        digits = _DIGIT[np.frombuffer(body, dtype=np.uint8)]
        if len(digits) != -(-n_docs // 6) or digits.max(initial=0) > 63:
            raise ValueError("corrupt bitmap")
        bits = (digits[:, None] >> np.arange(6, dtype=np.uint8)) & 1
        return np.flatnonzero(bits.ravel()[:n_docs])
    raise ValueError(f"unknown doc mode {mode!r}")


def decode_info(text: bytes, count: int) -> np.ndarray:
    """Info values of a list of count postings from `d…` or `x…` (the part after "~")."""
    mode, body = text[:1], np.frombuffer(text[1:], dtype=np.uint8)
    if mode == b"d":
        info = _DIGIT[body].astype(np.int64)
    elif mode == b"x":
        info = np.full(count, DEFAULT_INFO, dtype=np.int64)
        steps, values = decode_exceptions(body)
        where = np.cumsum(steps + 1) - 1
        if len(where) and where[-1] >= count:
            raise ValueError("corrupt info exceptions")
        info[where] = values
    else:
        raise ValueError(f"unknown info mode {mode!r}")
    if len(info) != count or info.max(initial=0) > 63:
        raise ValueError("corrupt info")
    return info


def decode_exceptions(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Inverse of exceptions(): ASCII codes → (index gaps, values).

    A value digit may have bit 32 set like a VLQ continuation digit, so which digit is what
    depends on all before it.  Reading left to right, a digit with bit 32 always leaves the
    reader expecting VLQ (it continues one, or was a value), and a digit without it flips
    between "in a VLQ" and "expecting the value"; so a digit is a value exactly when an odd
    number of digits lie between it and the last digit with bit 32 before it (or the start).
    """
    digits = _DIGIT[codes]
    at = np.arange(len(digits))
    reset = np.maximum.accumulate(np.where(digits & 32, at, -1)) if len(at) else at
    since = at - np.concatenate(([-1], reset[:-1])) - 1
    value = (since & 1).astype(bool)
    if len(digits) and not value[-1]:
        raise ValueError("corrupt info exceptions")
    steps = decode_vlq(codes[~value].tobytes())
    if len(steps) != int(value.sum()):
        raise ValueError("corrupt info exceptions")
    return steps, digits[value].astype(np.int64)
