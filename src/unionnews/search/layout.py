"""Laying the index out as files under search/, each a classic script.

The articles (oldest first) are cut into segments by count alone (`segments`): the main
segment, every whole block of MAIN articles there is; then, for each block size LEVEL·FANOUT^k
below MAIN, the largest first, one segment of all the whole blocks of that size there are (fewer
than FANOUT); then a tail of fewer than LEVEL.  Like Lucene's tiered merging, a new day's
articles go into the small tail; when the tail fills it joins the segment of LEVEL-blocks,
FANOUT of those make a block of the next size, and a block of MAIN merges into the main segment.
The cut depends on the article count only, so a clean build and an incremental one agree, and
publishing one more issue rewrites the tail and the few global files, not the archive.  One
segment a size rather than one a block: a query loads one shard of every segment for each
string, and the keys and lists of the blocks of one size together take about what one block's
did in as many files as one block had, where separate blocks took a file set each (a common
string has a list in every segment, and its own file in each large one).

Global files:
- manifest.js: article count, segments [start, count, shards, phrases known, packs of a size class],
  BIG_FOLDERS, years → doc
  ranges, facet labels, phrases (in the order they first appear as a facet value).
- fold.js: the traditional→simplified (and full-width, case) table as VLQ digits (write_fold); the same
  for every site.
- r/<b // 1000>/<b>.js: the display records and text of articles RECORDS_PER_FILE·b to
  RECORDS_PER_FILE·b + RECORDS_PER_FILE - 1, as a list in doc order (the last file may hold
  fewer): JSON in the records encoding (Dictionary: GB2312's part of GB18030, two bytes a Chinese
  character where UTF-8 takes three, and the sample's commonest characters in one), raw-deflated
  against the records dictionary (d.js) and as dense text (codec.dense_encode: 13 bits in two ASCII
  characters; search.js inflates them with DecompressionStream and reads them with recordsText);
  loaded only for results on screen.  search.js recordsPart maps a doc to its file.
- d.js: the records dictionary (`Dictionary`): the sentences that recur in the sampled articles of the
  archive's first LEVEL (trained_text), deflated, and the single-byte characters; every records file is
  compressed against it, as with zstd's trained dictionaries.  A file of a few records compresses
  poorly on its own (a short Chinese text has little to refer back to); against the dictionary it can
  refer to the paper's recurring sentences, names and phrases.  Loaded once, with the first records
  file.  The first articles stay the first as the archive grows, so the dictionary, and every records
  file, stays as it is.
- attrs.js: paper and kind of every article (filters and counts on every query), Huffman-coded (attrs_data).
- f/<facet>.js: every column/person/place/tag with its articles (counts, when the panel opens).
- dates.js: articles per day, for from/to ranges finer than a year.

Files of the segment starting at doc `start` (doc ids inside are counted from `start`):
- <start>/s/<n>.js: small entries hashed (FNV-1a over UTF-16 units) into shard_count(count)
  shards; an entry longer than BIG characters leaves its shard (big_place), which holds a
  marker instead:
- <start>/p/<c>/<hash % pack_count(count)>.js ("#c" in the shard): in a segment of at least
  PACKED_FROM articles, an entry of at most PACKED characters, in the pack of its size class c (lengths in (BIG·2^c, BIG·2^(c+1)]) with other
  entries of about its size: a key → entry object.  Packs keep the many mid-sized lists of a
  large segment from each taking a file, and a lookup loads a few lists of its own size.
- <start>/g/<hash % BIG_FOLDERS>/<key as hex>.js ("!" in the shard): a longer entry, alone.
- "<" or ">" in the shard instead of an entry longer than BIG (same_as): a key of two or three units whose
  entry is exactly that of the key without its last ("<") or first (">") unit, stored there once.  Where a
  string occurs only inside one longer word (枫桥 only in 枫桥经验), the lists of 枫桥 and 枫桥经 are the
  same, postings, zones and counts.  The marker is followed by what the shorter key's shard holds (its place,
  "!" or "#c", or its own marker: 枫桥经 "<<!" when 枫桥 is "<!"), so search.js goes straight to the list's
  file or pack without loading the shorter key's shard (marker_text).

Nothing in a segment's files depends on other segments, nor on other articles' positions or
sizes except through its article count; a records file holds the records of its
RECORDS_PER_FILE articles, deflated against the dictionary of the archive's first articles.
So an edit to one article rewrites its records file and the entries of the grams it gained or
lost in its segment, and little else (an edit to one of the articles the dictionary samples,
dictionary_docs, that changes the sentences recurring there or the commonest characters rewrites
the dictionary and every records file).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import json
import re
import zlib
from collections import Counter, defaultdict
from functools import lru_cache

import numpy as np

from unionnews.search.codec import B64, dense_bytes, dense_encode, dense_runs, encode_lists, vlq
from unionnews.search.fold import fold_pairs

FORMAT = 11           # 11: records with the commonest characters in one byte (Dictionary); 10: a marker names its
                      # list's place, fewer shards, attrs.js as Huffman codes; 9: an entry equal to its prefix's or
                      # suffix's is a marker (same_as); 8: one segment for the whole blocks of each size below the
                      # main one; 7: Rice-coded postings (codec.py); 6: records eight a file in GB18030, fold.js as
                      # gaps (5: records deflated against a dictionary; 4: segments; 3: one index)
BIG = 2048            # characters: a longer entry leaves its shard for a pack or a file of its own (a shorter one
                      # costs a shard less than a file of its own costs the folder)
PACKED = 8192         # characters: a longer entry gets a file of its own (a list this long is a string common
                      # enough for queries to ask for it, and a Rice-coded list gains nothing from gzip, so
                      # a neighbour in its pack would cost about as much as the list itself)
PACK_DOCS = 96        # a segment has a pack of each size class per PACK_DOCS articles (pack_count), at most
MAX_PACKS = 4096      # MAX_PACKS: the lists a marker (same_as) stands for take no room in packs, so fewer packs
                      # hold a few lists each, as more did before markers
PACKED_FROM = 32768   # articles: only a segment this large packs its lists (the main one, LEVEL·FANOUT^MAIN_LEVELS)
DOCS_PER_SHARD = 2    # a segment's shard count ≈ its articles / this (shard_count), at most MAX_SHARDS:
                      # a query loads one shard per segment for each string, so shards stay small; every shard
                      # is a file, and the small segments' shards are the smallest files of the index
MAX_SHARDS = 4096
MAIN_SHARDS = 512     # the main segment's shards: only its lists up to BIG characters stay in them (the longer ones
                      # are in packs and files of their own), so they are smaller than a block segment's
RECORDS_PER_FILE = 8  # a query's first page loads up to ten records files, so they stay small
DICTIONARY_BYTES = 32768  # deflate's window: a records file can refer back this far, into the dictionary
DICTIONARY_STEP = 4       # every 4th of the archive's first LEVEL articles is sampled for the dictionary
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
    """(start, count) of each segment, oldest first: a function of the article count only.

    The main segment holds every whole block of LEVEL·FANOUT^MAIN_LEVELS articles; below it each block
    size, the largest first, has one segment of all its whole blocks (fewer than FANOUT of them, or
    FANOUT would have made a block of the next size); the rest is the tail."""
    out, start = [], 0
    size = LEVEL * FANOUT ** MAIN_LEVELS
    while size >= LEVEL:
        whole = (n_docs - start) // size * size
        if whole:
            out.append((start, whole))
            start += whole
        size //= FANOUT
    if start < n_docs:
        out.append((start, n_docs - start))
    return out


def block_size(n_docs: int) -> int:
    """The block size of a segment of n_docs articles (segments): the largest LEVEL·FANOUT^k (k at most
    MAIN_LEVELS) dividing it; 0 for the tail (not a multiple of LEVEL)."""
    if not n_docs or n_docs % LEVEL:
        return 0
    size, top = LEVEL, LEVEL * FANOUT ** MAIN_LEVELS
    while size < top and n_docs % (size * FANOUT) == 0:
        size *= FANOUT
    return size


def in_segment(url: str, start: int, count: int) -> bool:
    """Whether a search file (URL under search/) belongs to the segment: its lists or its articles' records."""
    parts = url.split("/")
    if len(parts) == 4 and parts[1] == "r":
        first = int(parts[3][:-3]) * RECORDS_PER_FILE
        return start <= first < start + count
    return len(parts) >= 3 and parts[1] == str(start)


# Characters a records file carries as two bytes: those of GB2312's rows in GB18030 (lead bytes A1–A9 and
# B0–F7, trail bytes A1–FE), the common Chinese characters and punctuation, in the ranges below.  These encode
# to the same bytes in every GB18030 edition, and browsers' TextDecoder("gb18030") (the WHATWG index) reads
# them back as Python writes them; any other character is written as a JSON \u escape (plain ASCII).
_GB_SAFE = re.compile("[^\u0020-\u007e\u00a0-\u00ff\u2000-\u206f\u2100-\u21ff\u2460-\u24ff\u2e80-\u2ffb"
                      "\u3000-\u33ff\u3400-\u4db5\u4e00-\u9fa5\ufe30-\ufe4f\uff00-\uffef]")
RECORDS_ENCODING = "gb18030"
GB_LEADS = (*range(0xA1, 0xAA), *range(0xB0, 0xF8))  # GB2312's rows: a byte of these starts a two-byte character
SINGLES = bytes(b for b in range(0x80, 0x100) if b not in GB_LEADS)  # the 47 other high bytes: one character each


def _carried() -> dict[str, bytes]:
    """Every character a records file carries as two bytes → its GB18030 bytes."""
    out: dict[str, bytes] = {}
    for lead in GB_LEADS:
        for trail in range(0xA1, 0xFF):
            try:
                char = bytes((lead, trail)).decode(RECORDS_ENCODING)
            except UnicodeDecodeError:
                continue
            if len(char) == 1 and ord(char) >= 0x80 and not _GB_SAFE.match(char) and char not in out:
                out[char] = bytes((lead, trail))
    return out


_CARRIED = _carried()
_ESCAPED = re.compile("[^\u0000-\u007f" + "".join(sorted(_CARRIED)) + "]")


def _json_text(data) -> str:
    """data as JSON, every non-ASCII character that is not carried (_CARRIED) as \\u escapes (lone surrogates too)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return _ESCAPED.sub(lambda m: "".join(f"\\u{unit:04x}" for unit in _units(m.group())), text)


def _units(char: str) -> list[int]:
    """UTF-16 code units of one character (a lone surrogate is its own unit)."""
    code = ord(char)
    if code < 0x10000:
        return [code]
    code -= 0x10000
    return [0xD800 | code >> 10, 0xDC00 | code & 0x3FF]


@lru_cache(maxsize=1)
def _carried_tables() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """_code_tables without singles: ASCII as one byte, every carried character as its two (the same for every
    dictionary, so made once a process; callers copy them)."""
    size = np.zeros(65536, dtype=np.int64)
    first = np.zeros(65536, dtype=np.uint8)
    second = np.zeros(65536, dtype=np.uint8)
    size[:128] = 1
    first[:128] = np.arange(128)
    units = np.array([ord(char) for char in _CARRIED], dtype=np.int64)
    codes = np.frombuffer(b"".join(_CARRIED.values()), dtype=np.uint8).reshape(-1, 2)
    size[units], first[units], second[units] = 2, codes[:, 0], codes[:, 1]
    return size, first, second


def _code_tables(singles: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(bytes, first byte, second byte) of every UTF-16 unit in the records encoding with these singles."""
    size, first, second = (table.copy() for table in _carried_tables())
    for byte, char in zip(SINGLES, singles):
        size[ord(char)], first[ord(char)] = 1, byte
    return size, first, second


def single_chars(text: str) -> str:
    """The characters that get a byte of their own (SINGLES, in order): the commonest carried ones of text,
    by count (then by code point)."""
    counts = Counter(char for char in text if char in _CARRIED)
    return "".join(sorted(counts, key=lambda c: (-counts[c], c))[:len(SINGLES)])


class Dictionary:
    """The records dictionary, and the records encoding it defines.

    Records are JSON in GB2312's part of GB18030 (two bytes a Chinese character where UTF-8 takes three,
    so deflate's window holds half again as much text), except that the commonest characters of the
    sample (`singles`) take one byte each: the 47 high bytes that start no GB2312 character (SINGLES).
    Deflate codes literals byte by byte, so a common character as one byte of its own costs about its
    entropy, where its two bytes, mixed with every other character's, cost more.  Any other character is
    a JSON \\u escape.

    Raw deflate has a preset dictionary only in zlib's API, and DecompressionStream takes none,
    so the dictionary travels as the start of the stream: `prefix` is the dictionary deflated
    and ended with a sync flush (a byte boundary), and each records file is the rest of a stream
    that began with it.  search.js joins the prefix and a file, inflates them, and drops the
    dictionary's `size` bytes from the front.  The prefix is the same for every file, since
    deflate's output up to a flush depends only on what came before it.
    """

    def __init__(self, sample: list) -> None:
        text = _json_text(sample)
        self.singles = single_chars(text)
        self._tables = _code_tables(self.singles)
        self.text = self.encode(trained_text([_json_text(record) for record in sample], self.encode))[-DICTIONARY_BYTES:]
        self._base = zlib.compressobj(9, zlib.DEFLATED, -15, 9)
        self.prefix = self._base.compress(self.text) + self._base.flush(zlib.Z_SYNC_FLUSH)

    def encode(self, text: str) -> bytes:
        """Text whose non-ASCII characters are all carried (_json_text) in the records encoding."""
        size, first, second = self._tables
        units = np.frombuffer(text.encode("utf-16-le"), dtype=np.uint16)
        sizes = size[units]
        ends = np.cumsum(sizes)
        out = np.empty(int(ends[-1]) if len(ends) else 0, dtype=np.uint8)
        starts = ends - sizes
        out[starts] = first[units]
        two = sizes == 2
        out[starts[two] + 1] = second[units[two]]
        return out.tobytes()

    def pack(self, data) -> str:
        """data as JSON, deflated after the dictionary, as dense text (the part's data)."""
        stream = self._base.copy()
        return dense_encode(stream.compress(self.encode(_json_text(data))) + stream.flush())

    def part(self) -> str:
        """d.js: [dictionary size in bytes, prefix as dense text, the single-byte characters]."""
        return script(DICTIONARY_NAME, [len(self.text), dense_encode(self.prefix), self.singles])


_SENTENCE_END = re.compile("(?<=[。！？；])")


def trained_text(texts: list[str], encode) -> str:
    """The dictionary's text: the sentences that recur in the sampled records (texts: each one's JSON), the
    ones that cover most bytes last (nearest to the records, deflate's shortest distances), as many as fill
    DICTIONARY_BYTES in the records encoding (encode); the sample's last records' JSON when none recurs.

    As zstd trains its dictionaries, a sentence earns its place by how much of the sample it covers: a
    paper's stock phrases, datelines, names and slogans recur across its articles, and a records file
    refers to them instead of spelling them out."""
    counts = Counter(piece for text in texts for piece in _SENTENCE_END.split(text) if len(piece) >= 4)
    chosen, size = [], 0
    for piece in sorted((p for p, n in counts.items() if n >= 2), key=lambda p: (-counts[p] * len(p), p)):
        length = len(encode(piece))
        if size + length <= DICTIONARY_BYTES:
            chosen.append(piece)
            size += length
    return "".join(reversed(chosen)) if chosen else "".join(texts)


def decode_records(data: bytes, singles: str) -> str:
    """Inverse of Dictionary.encode (as search.js recordsText reads it)."""
    out, at = [], 0
    while at < len(data):
        byte = data[at]
        if byte < 0x80:
            out.append(chr(byte))
            at += 1
        elif byte in GB_LEADS:
            out.append(data[at:at + 2].decode(RECORDS_ENCODING))
            at += 2
        else:
            out.append(singles[SINGLES.index(byte)])
            at += 1
    return "".join(out)


def unpacked(text: str, dictionary: list):
    """Inverse of packed's data, given the data of d.js (as search.js reads them)."""
    size, prefix, singles = dictionary
    inflated = zlib.decompress(dense_bytes(prefix) + dense_bytes(text), -15)
    return json.loads(decode_records(inflated[size:], singles))


def dictionary_docs(n_docs: int) -> range:
    """Which articles (doc ids, oldest first) the records dictionary samples: of the first LEVEL only,
    so that it stays the same as the archive grows."""
    return range(0, min(n_docs, LEVEL), DICTIONARY_STEP)


DICTIONARY_NAME = "d"


def packed(name: str, data, dictionary: Dictionary) -> str:
    """A records part: its data JSON, deflated against the records dictionary, as dense text."""
    return script(name, dictionary.pack(data))


def records_file(doc: int) -> int:
    """The number of the records file holding a doc's display record (at index doc % RECORDS_PER_FILE)."""
    return doc // RECORDS_PER_FILE


def records_name(number: int) -> str:
    """The part name of records file `number`: r/<number // 1000>/<number>."""
    return f"r/{number // 1000}/{number}"


def shard_count(n_docs: int) -> int:
    """A power of two that depends on the article count only, so edits never reshuffle shards.

    A segment of whole blocks gets one shard an article of one of its blocks (at most MAX_SHARDS),
    however many blocks it holds (fewer than FANOUT): it is written when a block joins it, and
    every query reads one of its shards per string, which then holds about what the blocks'
    shards together held.  The main segment has MAIN_SHARDS.  The tail gets one shard per
    DOCS_PER_SHARD articles: it is written again with every issue, so more shards there would mean
    more files changed a day.
    """
    size = block_size(n_docs)
    if size == LEVEL * FANOUT ** MAIN_LEVELS:
        return MAIN_SHARDS
    wanted = DOCS_PER_SHARD * size if size else n_docs
    count = 1
    while count * DOCS_PER_SHARD < wanted and count < MAX_SHARDS:
        count *= 2
    return count


def big_name(start: int, key: str) -> str:
    """The part name of the own file of key's entry in the segment at start."""
    return f"{start}/g/{fnv1a(key) % BIG_FOLDERS}/" + "".join(f"{ord(unit):04x}" for unit in key)


def shard_name(start: int, number: int) -> str:
    return f"{start}/s/{number}"


def size_class(length: int) -> int:
    """The pack size class of an entry of `length` characters (BIG < length <= PACKED): c for (BIG·2^c, BIG·2^(c+1)]."""
    return ((length - 1) // BIG).bit_length() - 1


def pack_count(n_docs: int) -> int:
    """Packs of each size class in a segment of n_docs articles: a power of two from the count only (as
    shard_count), so an entry's pack depends on its key and length alone; 0 below PACKED_FROM.

    A list of a few KB in the main segment is a string in a few percent of the articles: there are tens
    of thousands of them, and a reader looks up few.  In a smaller segment a list that long is a common
    string, most queries load it, and there are a few hundred: those keep files of their own.
    """
    if n_docs < PACKED_FROM:
        return 0
    count = 1
    while count * PACK_DOCS < n_docs and count < MAX_PACKS:
        count *= 2
    return count


def pack_name(start: int, size: int, number: int) -> str:
    return f"{start}/p/{size}/{number}"


def big_place(start: int, n_docs: int, key: str, length: int) -> tuple[str, str]:
    """(marker its shard holds, part name) of an entry longer than BIG: a pack, or a file of its own."""
    if length > PACKED or not pack_count(n_docs):
        return "!", big_name(start, key)
    size = size_class(length)
    return f"#{size}", pack_name(start, size, fnv1a(key) % pack_count(n_docs))


def same_as(key: str, value: str, digest_of) -> str | None:
    """The marker ("<" or ">") of a key of two or three units whose entry is longer than BIG and equal to
    the entry of key[:-1] (preferred) or key[1:] in the same segment; None when it is neither.

    digest_of(part) gives the digest (entry_digest) of a part's entry, whether or not the part is itself
    a marker, or None.  Where every 枫桥 of the segment is followed by 经, 枫桥经 has 枫桥's list (postings,
    zones and counts): it is stored once, under the shorter key, and search.js follows the marker."""
    if len(key) not in (2, 3) or len(value) <= BIG:
        return None
    digest = entry_digest(value)
    if digest_of(key[:-1]) == digest:
        return "<"
    if digest_of(key[1:]) == digest:
        return ">"
    return None


def entry_digest(value: str) -> bytes:
    return hashlib.blake2b(value.encode("ascii"), digest_size=16).digest()


def marked_part(key: str, marker: str) -> str:
    """The key a marker (same_as, marker_text: "<…" / ">…") refers to directly."""
    return key[:-1] if marker[0] == "<" else key[1:]


def is_marker(value: str | None) -> bool:
    """Whether a shard value is a marker (same_as) rather than an entry or a place ("!", "#c")."""
    return bool(value) and value[0] in "<>"


def marker_text(same: str, target: str) -> str:
    """What the shard holds for a key whose entry is its part's (same: "<" or ">"): the direction, then what
    the part's shard holds (target: its place "!" / "#c", or its own marker text), so that the marker says
    the whole way, ending in the place of the key whose entry is stored: search.js loads that file or pack
    without the shards of the keys in between."""
    if not (target.startswith(("!", "#")) or is_marker(target)):
        raise ValueError(f"a marker must refer to a list stored outside its shard, not {target[:8]!r}")
    return same + target


def write_entries(entries, start: int, n_docs: int, writer) -> int:
    """Every (key, entry) of the segment at `start`: big ones to packs or files of their own, the rest into hashed
    shards; an entry that repeats its prefix's or suffix's (same_as) only as a marker in its shard.

    Entries come shortest keys first (grams.entries), so a key's parts are seen before it."""
    count = shard_count(n_docs)
    shards: dict[int, dict[str, str]] = defaultdict(dict)
    packs: dict[str, dict[str, str]] = defaultdict(dict)
    digests: dict[str, bytes] = {}  # entries longer than BIG of keys of one or two units
    held: dict[str, str] = {}  # what their shards hold (a place or a marker), for the markers that refer to them
    for key, value in entries:
        if len(value) > BIG:  # a shorter entry stays in its shard as it is (same_as: never a marker)
            long_part = len(key) <= 2
            if long_part:
                digests[key] = entry_digest(value)
            same = same_as(key, value, digests.get)
            if same:
                value = marker_text(same, held[marked_part(key, same)])
            else:
                marker, name = big_place(start, n_docs, key, len(value))
                if marker == "!":
                    writer.write(f"search/{name}.js", script(name, value))
                else:
                    packs[name][key] = value
                value = marker
            if long_part:
                held[key] = value
        shards[fnv1a(key) % count][key] = value
    for number in range(count):
        name = shard_name(start, number)
        writer.write(f"search/{name}.js", script(name, dict(sorted(shards[number].items()))))
    for name in sorted(packs):
        writer.write(f"search/{name}.js", script(name, dict(sorted(packs[name].items()))))
    return count


def write_attrs(papers: list[str], kinds: list[str], writer) -> None:
    writer.write("search/attrs.js", script("attrs", attrs_data(papers, kinds)))


def attrs_data(papers: list[str], kinds: list[str]) -> dict:
    """Paper and kind of each article (attrs.js) as one Huffman code a combination, in a table chosen by the
    paper of the article before it.

    Every query loads attrs.js, so it is coded near its entropy: a paper prints its issue's articles one
    after another, so the previous article's paper mostly tells this one's, and the kinds are a skewed choice
    of a few.  "tables": for each paper, then for the first article, a B64 digit per combination, its code
    length + 1 (0: not in that table; 1: the table's only combination, which takes no bits); "codes": the
    canonical codes (shorter first, then by combination number) of every article, as dense text
    (codec.dense_runs)."""
    combos = Counter(zip(papers, kinds))
    order = sorted(combos, key=lambda c: (-combos[c], c))
    paper_names = sorted(set(papers))
    kind_names = sorted(set(kinds))
    number = {c: i for i, c in enumerate(order)}
    paper_of = [paper_names.index(p) for p, _ in order]
    codes = [number[c] for c in zip(papers, kinds)]
    first = len(paper_names)  # the table of the first article, which has none before it
    counts = [[0] * len(order) for _ in range(first + 1)]
    context = first
    for code in codes:
        counts[context][code] += 1
        context = paper_of[code]
    lengths = [huffman_lengths(c) for c in counts]
    tables = [canonical_codes(ls) for ls in lengths]
    bits: list[str] = []
    context = first
    for code in codes:
        bits.append(tables[context][code])
        context = paper_of[code]
    text = "".join(bits)
    padded = np.zeros(-(-len(text) // 13) * 13, dtype=np.uint8)
    padded[:len(text)] = np.frombuffer(text.encode("ascii"), dtype=np.uint8) - 48
    return {"papers": paper_names, "kinds": kind_names,
            "combos": [[paper_names.index(p), kind_names.index(k)] for p, k in order],
            "tables": ["".join(B64[n + 1 if c else 0] for n, c in zip(ls, cs)) for ls, cs in zip(lengths, counts)],
            "codes": dense_runs(padded, np.array([len(text)]))[0]}


def huffman_lengths(counts: list[int]) -> list[int]:
    """Huffman code lengths of symbols with these counts (0 for a count of 0; 0 too when only one symbol is
    used, which then takes no bits); ties go to the lower symbol number, so the same counts give the same code."""
    used = [(c, (i,)) for i, c in enumerate(counts) if c]
    lengths = [0] * len(counts)
    if len(used) < 2:
        return lengths
    heap = [(c, members[0], members) for c, members in used]
    heapq.heapify(heap)
    while len(heap) > 1:
        c1, t1, m1 = heapq.heappop(heap)
        c2, t2, m2 = heapq.heappop(heap)
        for symbol in m1 + m2:
            lengths[symbol] += 1
        heapq.heappush(heap, (c1 + c2, min(t1, t2), m1 + m2))
    if max(lengths) >= len(B64) - 1:
        raise ValueError("a Huffman code longer than a digit can say")  # needs counts past 2^63
    return lengths


def canonical_codes(lengths: list[int]) -> list[str]:
    """The canonical Huffman code of each symbol as a string of 0/1 (search.js attrCodes reads them): by
    length, then by symbol number, each code the previous one plus one, shifted left at each longer length."""
    codes = [""] * len(lengths)
    code, previous = 0, 0
    for length, symbol in sorted((n, i) for i, n in enumerate(lengths) if n):
        code <<= length - previous
        codes[symbol] = format(code, f"0{length}b")
        code += 1
        previous = length
    return codes


def write_facets(facets: dict[str, dict[str, list[int]]], n_docs: int, writer) -> None:
    for code, values in facets.items():
        rows = sorted(values.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        entries = encode_lists([d for _, d in rows], n_docs)
        writer.write(f"search/f/{code}.js", script(f"f/{code}", [[v, e] for (v, _), e in zip(rows, entries)]))


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
    """fold.js: [sources, shifts], the pairs in code order; sources as VLQ gaps (code − previous code − 1, from −1),
    shifts as VLQ of the zigzagged target − source (2d, or −2d − 1 when negative).  A traditional character and
    its simplified form are often near each other, so this is about half the size of the two strings."""
    writer.write("search/fold.js", _fold_script())


@lru_cache(maxsize=1)
def _fold_script() -> str:
    """fold.js's text: the same for every site (the fold table is fixed), so made once a process."""
    return script("fold", fold_codes())


def fold_codes() -> list[str]:
    pairs = sorted(zip(*fold_pairs()))
    previous, gaps, shifts = -1, [], []
    for source, target in pairs:
        gaps.append(vlq(ord(source) - previous - 1))
        previous = ord(source)
        shift = ord(target) - ord(source)
        shifts.append(vlq(shift * 2 if shift >= 0 else -shift * 2 - 1))
    return ["".join(gaps), "".join(shifts)]
