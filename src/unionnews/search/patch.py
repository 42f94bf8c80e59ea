"""Patch the previous build's search files after text edits, instead of re-indexing every article.

A full index pass reads every article; an edit to one article's text changes only
its records file and the entries of the grams and phrases whose info for it changed (layout.py).
Those entries are read back from the previous files, decoded, given the article's new
posting, and re-encoded by the clean build's own encoders, so the result is byte-for-byte
what write_index would write.  The article's old and new postings come from feeding its old
and new text through the build's own chunk path (index._flush into grams.Postings).

Valid only while everything else in the index stays put: the same articles in the same order
(doc ids, the article count, so the segments and their shard counts) and the same facet values
(facet lists, phrases, attrs, dates, manifest).  The caller checks that; patch_index checks
what it reads and raises PatchError when the files do not match, and then the caller must
rebuild the index from scratch.
"""
from __future__ import annotations

import heapq
import json
from collections.abc import Callable

import numpy as np

from unionnews.content import Article
from unionnews.markdown import plain_text
from unionnews.search import layout
from unionnews.search.codec import decode_list, encode_list
from unionnews.search.fold import to_units
from unionnews.search.grams import Postings
from unionnews.search.index import _flush, records_dictionary
from unionnews.search.records import record, zone_texts


class PatchError(ValueError):
    """The previous search files do not match the old articles: rebuild the index instead."""


def patch_index(site, writer, changed: dict[int, tuple[Article, Article]],
                read: Callable[[str], str | None]) -> set[str]:
    """Update the previous build's search files for articles whose text changed but whose place in the index did not.

    site: the new model (unionnews.pages.Site; site.articles newest first, as write_index uses).
    changed: doc number -> (old article, new article). The caller guarantees the two have the same
        id, date, paper, kind, column, reporters/correspondents/photographers, places and tags, and that
        the article list (ids, order) is the same as in the previous build; only text fields such as
        title, kicker, subtitle, body (and other display fields) may differ.
    read(url): the text of a search file the previous build wrote (e.g. "search/0/s/12.js",
        "search/0/g/3/4e0a.js"), or None if the previous build did not write that file.
    Writes via writer.write(url, text) every search file whose content changes: the records files
    holding changed articles (their other records are taken from site), and every shard, pack and
    big-list file holding an entry that changed; if the records dictionary changed (an edit to an article it
    samples, layout.dictionary_docs, that changes what recurs there), the dictionary and every records file.
    Returns the set of URLs of previous search files that must be deleted (e.g. a big list that
    shrank to fit back into its shard or a pack, a pack left empty, or a gram that no article contains any more).
    Raises PatchError if the previous files do not fit the old articles (nothing is written then).
    """
    n_docs = len(site.articles)
    manifest = _load(read, "manifest")
    segments = layout.segments(n_docs)
    if (manifest.get("format") != layout.FORMAT or manifest.get("docs") != n_docs
            or manifest.get("recordsPerFile") != layout.RECORDS_PER_FILE
            or [tuple(s[:2]) for s in manifest.get("segments", [])] != segments):
        raise PatchError("the index format or the article count changed")
    bodies: dict[int, str] = {}
    for doc, (old, new) in sorted(changed.items()):
        if not (0 <= doc < n_docs and old.id == new.id == site.articles[n_docs - 1 - doc].id):
            raise PatchError(f"doc {doc} is not article {new.id}")
        bodies[doc] = plain_text(new.body)
    per_file = layout.RECORDS_PER_FILE
    dictionary = records_dictionary(site.articles[::-1])
    records: dict[str, str] = {}  # each records file holding a changed article, whole, as write_index makes it
    numbers = sorted({layout.records_file(doc) for doc in changed})
    if read(f"search/{layout.DICTIONARY_NAME}.js") != dictionary.part():
        # an article the dictionary samples changed what it holds: every records file is deflated against the new one
        records[f"search/{layout.DICTIONARY_NAME}.js"] = dictionary.part()
        numbers = range(-(-n_docs // per_file))
    for number in numbers:
        items = []
        for doc in range(number * per_file, min((number + 1) * per_file, n_docs)):
            if doc in changed:
                items.append(record(changed[doc][1], bodies[doc]))
            else:
                article = site.articles[n_docs - 1 - doc]
                items.append(record(article, plain_text(article.body)))
        name = layout.records_name(number)
        records[f"search/{name}.js"] = layout.packed(name, items, dictionary)

    files: dict[str, str] = {}
    deleted: set[str] = set()
    for start, count, _, names, _ in manifest["segments"]:
        mine = {doc - start: pair for doc, pair in changed.items() if start <= doc < start + count}
        if mine:
            phrases = [to_units(p) for p in manifest["phrases"][:names]]  # facet values are unchanged, so are these
            _patch_segment(start, count, phrases, mine, read, files, deleted)
    for url, text in records.items():
        if read(url) != text:  # the edit may touch no field of the record (e.g. markup only)
            writer.write(url, text)
    for url, text in files.items():  # all differ: each holds an entry whose postings changed
        writer.write(url, text)
    return deleted


def _patch_segment(start: int, n_docs: int, phrases: list[str], changed: dict[int, tuple[Article, Article]],
                   read: Callable[[str], str | None], files: dict[str, str], deleted: set[str]) -> None:
    """The shard and big-list files of one segment that the edits change (doc numbers local to the segment)."""
    before, after = Postings(phrases), Postings(phrases)
    for doc, (old, new) in sorted(changed.items()):
        _feed(before, doc, old, plain_text(old.body))
        _feed(after, doc, new, plain_text(new.body))
    edits: dict[str, dict[int, tuple[int | None, int | None]]] = {}  # key → doc → (old info, new info)
    for key in before.found.keys() | after.found.keys():
        was, now = before.found.get(key, {}), after.found.get(key, {})
        for doc in was.keys() | now.keys():
            if was.get(doc) != now.get(doc):
                edits.setdefault(key, {})[doc] = (was.get(doc), now.get(doc))

    count = layout.shard_count(n_docs)
    shards = {number: _units_keys(_load(read, layout.shard_name(start, number)))
              for number in range(count)}  # all of them: a marker may refer to an edited key from any shard
    # key → the keys one unit longer that may mark it (layout.same_as).  Only keys whose shard holds more than an
    # entry of at most BIG characters: such a key not edited keeps its entry, so it neither is nor can become a
    # marker, and going over it again changes nothing (an edited one is on the list anyway).
    children: dict[str, list[str]] = {}
    for shard in shards.values():
        for key, value in shard.items():
            if len(key) in (2, 3) and not (isinstance(value, str) and len(value) <= layout.BIG
                                           and not value.startswith(("!", "#")) and not layout.is_marker(value)):
                children.setdefault(key[:-1], []).append(key)
                if key[1:] != key[:-1]:
                    children.setdefault(key[1:], []).append(key)
    originals: dict[str, dict[str, str]] = {}  # packs as the previous build wrote them
    packs: dict[str, dict[str, str]] = {}  # pack name → its entries, as patched (a pack no one had yet: empty)
    dirty: set[int] = set()
    dirty_packs: set[str] = set()

    def original(name: str) -> dict[str, str]:
        if name not in originals:
            originals[name] = {} if read(f"search/{name}.js") is None else _units_keys(_load(read, name))
        return originals[name]

    def pack(name: str) -> dict[str, str]:
        if name not in packs:
            packs[name] = dict(original(name))
        return packs[name]

    def pack_of(key: str, marker: str) -> str:
        try:
            size = int(marker[1:])
            return layout.pack_name(start, size, layout.fnv1a(key) % layout.pack_count(n_docs))
        except (ValueError, IndexError, ZeroDivisionError):
            raise PatchError(f"unknown pack {marker!r} for {key!r}") from None

    old_real: dict[str, str | None] = {}

    def real(key: str, depth: int = 0) -> str | None:
        """key's entry as the previous build stored it, following markers (None: no such key)."""
        if key not in old_real:
            marker = shards[layout.fnv1a(key) % count].get(key)
            if layout.is_marker(marker) and depth < 3:
                value = real(layout.marked_part(key, marker), depth + 1)
                if value is None:
                    raise PatchError(f"{key!r} refers to a missing entry")
            elif layout.is_marker(marker):
                raise PatchError(f"markers of {key!r} go round")
            elif marker == "!":
                value = _load(read, layout.big_name(start, key))
            elif marker is not None and marker.startswith("#"):
                place = pack_of(key, marker)
                if key not in original(place):
                    raise PatchError(f"search/{place}.js does not hold {key!r}")
                value = original(place)[key]
            else:
                value = marker
            old_real[key] = value
        return old_real[key]

    new_real: dict[str, str | None] = {key: _patched(key, real(key), postings, n_docs)
                                       for key, postings in sorted(edits.items())}
    affected = set(edits)
    for key in edits:
        affected.update(children.get(key, ()))

    def now(key: str) -> str | None:
        return new_real[key] if key in new_real else real(key)

    def digest(key: str) -> bytes | None:
        value = now(key)
        return layout.entry_digest(value) if value is not None and len(value) > layout.BIG else None

    # shortest keys first: a marker carries what its part's shard holds (layout.marker_text), so a key whose
    # shard value changes puts the keys one unit longer that may mark it back on the list
    todo = [(len(key), key) for key in affected]
    heapq.heapify(todo)
    seen: set[str] = set()
    while todo:
        _, key = heapq.heappop(todo)
        if key in seen:
            continue
        seen.add(key)
        value = now(key)
        number = layout.fnv1a(key) % count
        shard = shards[number]
        marker = shard.get(key)
        old_place = None
        if marker == "!":
            old_place = layout.big_name(start, key)
        elif marker is not None and marker.startswith("#"):
            old_place = pack_of(key, marker)
            pack(old_place).pop(key)
            dirty_packs.add(old_place)
        same = layout.same_as(key, value, digest) if value is not None else None
        new_marker, new_place = value, None
        if same:
            part = layout.marked_part(key, same)
            target = shards[layout.fnv1a(part) % count].get(part)
            if target is None:
                raise PatchError(f"{key!r} repeats {part!r}, which its shard lacks")
            new_marker = layout.marker_text(same, target)
        if not same and value is not None and len(value) > layout.BIG:
            new_marker, new_place = layout.big_place(start, n_docs, key, len(value))
            if new_marker == "!":
                if marker != "!" or key in edits:
                    files[f"search/{new_place}.js"] = layout.script(new_place, value)
            else:
                pack(new_place)[key] = value
                dirty_packs.add(new_place)
        if marker == "!" and new_marker != "!":
            deleted.add(f"search/{old_place}.js")
        if new_marker != marker:
            dirty.add(number)
            if new_marker is None:
                del shard[key]
            else:
                shard[key] = new_marker
            for child in children.get(key, ()):
                heapq.heappush(todo, (len(child), child))
    for number in dirty:
        name = layout.shard_name(start, number)
        files[f"search/{name}.js"] = layout.script(name, dict(sorted(shards[number].items())))
    for name in dirty_packs:
        if packs[name] == original(name):
            continue
        if packs[name]:
            files[f"search/{name}.js"] = layout.script(name, dict(sorted(packs[name].items())))
        elif read(f"search/{name}.js") is not None:  # its last entry left it
            deleted.add(f"search/{name}.js")


def _units_keys(data: dict[str, str]) -> dict[str, str]:
    """A loaded shard or pack with its keys as UTF-16 units (to_units, as the index keys them): the dict itself
    when no key has a character past U+FFFF (JSON gives a surrogate pair back as one character)."""
    if max("".join(data), default="") <= "\uffff":
        return data
    return {to_units(k): v for k, v in data.items()}


def _feed(postings: Postings, doc: int, article: Article, body: str) -> None:
    """One article as a one-article chunk, exactly as write_index feeds it."""
    head, meta, text = zone_texts(article, body)
    _flush(postings, doc, [f"{head}\0{meta}\0{text}\0"])


def _patched(key: str, entry: str | None, postings: dict[int, tuple[int | None, int | None]],
             n_docs: int) -> str | None:
    """The entry with the given docs' postings replaced (None: the list became empty).

    Checks first that the entry holds each doc's old posting, so stale files are caught.
    """
    docs, info = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    if entry is not None:
        try:
            docs, info = decode_list(entry, n_docs)
        except (ValueError, IndexError, UnicodeEncodeError) as error:
            raise PatchError(f"unreadable entry for {key!r}: {error}") from None
        if info is None:
            raise PatchError(f"entry for {key!r} has no info")
    touched = np.array(sorted(postings), dtype=np.int64)
    at = np.searchsorted(docs, touched)
    present = at < len(docs)
    present[present] = docs[at[present]] == touched[present]
    found = np.zeros(len(touched), dtype=np.int64)  # 0: no posting (real info is at least 1)
    found[present] = info[at[present]]
    if found.tolist() != [postings[d][0] or 0 for d in touched.tolist()]:
        raise PatchError(f"entry for {key!r} does not match the old text")
    keep = np.ones(len(docs), dtype=bool)
    keep[at[present]] = False
    docs, info = docs[keep], info[keep]
    added = [(d, postings[d][1]) for d in touched.tolist() if postings[d][1] is not None]
    if added:
        new_docs = np.array([d for d, _ in added], dtype=np.int64)
        where = np.searchsorted(docs, new_docs)
        docs = np.insert(docs, where, new_docs)
        info = np.insert(info, where, np.array([i for _, i in added], dtype=np.int64))
    if not len(docs):
        return None
    return encode_list(docs, n_docs, info)


def _load(read: Callable[[str], str | None], name: str):
    """The data of a search file written by layout.script."""
    text = read(f"search/{name}.js")
    head = f"unionnewsSearch.part({json.dumps(name)},"
    if text is None or not text.startswith(head) or not text.endswith(");\n"):
        raise PatchError(f"search/{name}.js is missing or not a search file")
    try:
        return json.loads(text[len(head):-3])
    except ValueError as error:
        raise PatchError(f"search/{name}.js: {error}") from None
