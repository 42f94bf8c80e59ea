"""patch_index: after a text edit, the patched search files are byte for byte a clean write_index of the new site."""
from __future__ import annotations

import dataclasses
import subprocess
import sys
import types
from collections import OrderedDict

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import MAKE_CORPUS, make_project
from unionnews.config import load_config
from unionnews.content import load_content
from unionnews.markdown import plain_text
from unionnews.pages import build_site
from unionnews.search import codec, grams, index, layout, write_index
from unionnews.search.codec import decode_list, encode_list
from unionnews.search.fold import fold, to_units
from unionnews.search.patch import PatchError, _load, patch_index
from unionnews.search.records import zone_texts


class Files(dict):
    """A fake writer: url → text; remembers which urls were written."""

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.written: list[str] = []

    def write(self, url: str, data: str) -> None:
        self[url] = data
        self.written.append(url)


@pytest.fixture(autouse=True)
def _packs_in_small_segments(monkeypatch):
    """These sites are small: let their segments pack lists as the main segment of a large archive does."""
    monkeypatch.setattr(layout, "PACKED_FROM", 1)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A generated 240-article site: common characters are in most articles (lists of the articles they lack)."""
    tmp = tmp_path_factory.mktemp("patch")
    subprocess.run([sys.executable, str(MAKE_CORPUS), str(tmp / "gen"), "-n", "240", "--seed", "11"],
                   check=True, capture_output=True)
    config, _ = load_config(make_project(tmp, tmp / "gen" / "content"))
    articles, _ = load_content(config)
    return build_site(articles, config)


def _model(articles) -> types.SimpleNamespace:
    return types.SimpleNamespace(articles=list(articles))  # all write_index and patch_index read


def _settings() -> tuple:
    """What a clean write_index depends on besides the articles: the layout, gram, index and codec constants
    (the tests monkeypatch them)."""
    return tuple((module.__name__, name, value) for module in (layout, grams, index, codec)
                 for name, value in sorted(vars(module).items())
                 if name.isupper() and isinstance(value, (int, str)))


_BASES: dict[tuple, Files] = {}  # the clean builds patches start from: every one is met again
_RECENT: OrderedDict[tuple, Files] = OrderedDict()  # other clean builds: an edit undone meets one in the same test
_RECENT_KEPT = 8


def _built(model, base: bool = False) -> Files:
    """A clean write_index of the model, made once for the same articles (equal in every field) and settings.

    Cases compare with the same clean build more than once: the unedited base that every case of a test
    patches, and an edit undone (its previous files are the clean build of the edited site an earlier
    check made).  write_index reads only the articles and the module constants, so an equal key is the
    same files; each caller gets a copy of its own.
    """
    key = (tuple((a, a.lines, a.digest) for a in model.articles), _settings())
    kept = _BASES.get(key, _RECENT.get(key))
    if kept is None:
        kept = Files()
        write_index(model, kept)
    if base:
        _BASES[key] = kept
    else:
        _RECENT[key] = kept
        _RECENT.move_to_end(key)
        if len(_RECENT) > _RECENT_KEPT:
            _RECENT.popitem(last=False)
    files = Files(kept)
    files.written = list(kept.written)
    return files


def _base(model) -> Files:
    """The clean build of an unedited model, the files a patch starts from (kept for the whole run)."""
    return _built(model, base=True)


def check(base, edits: dict[int, object], previous: Files | None = None) -> tuple[Files, Files, set[str]]:
    """Edit base.articles[position] for each position, patch base's files, compare with a clean build.

    Returns (previous files, clean files of the edited site, urls the patch deleted).
    """
    previous = previous if previous is not None else _base(base)
    articles = list(base.articles)
    changed = {}
    for position, edit in edits.items():
        old = articles[position]
        articles[position] = edit(old) if callable(edit) else edit
        changed[len(articles) - 1 - position] = (old, articles[position])
    new = _model(articles)
    patched = Files(previous)
    deleted = patch_index(new, patched, changed, previous.get)
    fresh = _built(new)
    assert deleted == previous.keys() - fresh.keys()
    for url in deleted:
        del patched[url]
    assert patched.keys() == fresh.keys()
    assert [url for url in fresh if patched[url] != fresh[url]] == []
    assert sorted(patched.written) == sorted(url for url in fresh if previous.get(url) != fresh[url])
    return previous, fresh, deleted


def _entry(files: Files, key: str, n_docs: int) -> str | None:
    """A key's entry in a set of search files of one segment (following "!" to its own file, "#c" to its pack,
    a marker to the key it repeats)."""
    assert layout.segments(n_docs) == [(0, n_docs)]
    value = _load(files.get, layout.shard_name(0, layout.fnv1a(key) % layout.shard_count(n_docs))).get(key)
    if layout.is_marker(value):
        return _entry(files, layout.marked_part(key, value), n_docs)
    if value == "!":
        return _load(files.get, layout.big_name(0, key))
    if value and value.startswith("#"):
        return _load(files.get, _pack(key, n_docs, int(value[1:])))[key]
    return value


def _pack(key: str, n_docs: int, size: int) -> str:
    return layout.pack_name(0, size, layout.fnv1a(key) % layout.pack_count(n_docs))


# (BIG, PACKED): the shipped sizes; every entry past BIG in a file of its own; packs and own files both
PLACES = [(layout.BIG, layout.PACKED), (48, 48), (24, 240)]


def _body(article, text: str):
    return dataclasses.replace(article, body=text)


def _phrase(site) -> str:
    return _load(_built(_model(site.articles[:20])).get, "manifest")["phrases"][0]


EDITS = {
    "append": lambda a: _body(a, a.body + "\n\n补记：职工代表大会顺利闭幕。"),
    "delete": lambda a: _body(a, a.body[: len(a.body) // 3]),
    "empty_body": lambda a: _body(a, ""),
    "count_past_15": lambda a: _body(a, a.body + "\n\n" + "劳动" * 40),
    "traditional_and_full_width": lambda a: _body(a, a.body + "\n\n工會職工ＡＢＣ，ｕｎｉｏｎ，臺灣。"),
    "astral": lambda a: _body(a, "𠀀😀工会" + a.body + "\n\n𠀀𠀁😀😁。"),
    "title": lambda a: dataclasses.replace(a, title=a.title + "新"),
    "head_fields": lambda a: dataclasses.replace(a, title="的的的", kicker="工會", subtitle="😀副题"),
    "brand_new_grams": lambda a: _body(a, a.body + "\n\n䶵䶶䶷𪚥"),
    "markdown_and_separators": lambda a: _body(a, a.body + "\n\n**粗体** [链接](x)\n\n# 标题\0零\u2028行"),
}


@pytest.mark.parametrize("big,packed", PLACES)
@pytest.mark.parametrize("name", EDITS)
def test_edit_equals_clean_build(site, name, big, packed, monkeypatch):
    monkeypatch.setattr(layout, "BIG", big)
    monkeypatch.setattr(layout, "PACKED", packed)
    base = _model(site.articles[:60])
    check(base, {7: EDITS[name]})


@pytest.mark.parametrize("docs", [[1], [2], [7], [9], [9, 15], [17, 18, 19, 23], [55], [53], [57], [55, 57], [3, 57]])
def test_records_file_is_rewritten_whole(site, docs):
    """An edit rewrites the records file holding it, neighbours included, wherever it sits in the file.

    58 articles: whole records files and a short last one; none of these docs is one the records
    dictionary samples (every DICTIONARY_STEP-th: 0, 4, 8, …).
    """
    base = _model(site.articles[:58])
    assert not set(docs) & set(layout.dictionary_docs(58))
    previous, fresh, _ = check(base, {57 - d: EDITS["title"] for d in docs})
    rewritten = {url for url in fresh if url.startswith("search/r/") and previous[url] != fresh[url]}
    assert rewritten == {f"search/{layout.records_name(layout.records_file(d))}.js" for d in docs}
    assert sum(url.startswith("search/r/") for url in fresh) == -(-58 // layout.RECORDS_PER_FILE)


@pytest.mark.parametrize("doc", [0, 16, 52])
def test_edit_to_a_dictionary_article_repacks_every_records_file(site, doc):
    """An edit to an article the records dictionary samples that changes what recurs in the sample (a
    sentence now there three times) changes the dictionary: the patch writes it and every records file
    (deflated against it), and the lists of the edited article only."""
    base = _model(site.articles[:58])
    assert doc in layout.dictionary_docs(58)
    recurring = lambda a: _body(a, a.body + "\n\n" + "补记：职工代表大会顺利闭幕。" * 3)  # noqa: E731
    previous, fresh, _ = check(base, {57 - doc: recurring})
    rewritten = {url for url in fresh if previous.get(url) != fresh[url]}
    records = {url for url in fresh if url.startswith("search/r/")}
    assert records <= rewritten and "search/d.js" in rewritten
    assert rewritten - records - {"search/d.js"}, "the edited article's lists changed too"
    assert all(url.startswith(("search/r/", "search/d.js", "search/0/")) for url in rewritten)


@pytest.mark.parametrize("per_file", [1, 3])
def test_other_file_sizes(site, per_file, monkeypatch):
    """The patch follows RECORDS_PER_FILE, and refuses files written with another one."""
    base = _model(site.articles[:58])
    previous = _base(base)
    monkeypatch.setattr(layout, "RECORDS_PER_FILE", per_file)
    with pytest.raises(PatchError):
        patch_index(base, Files(), {0: (base.articles[57], base.articles[57])}, previous.get)
    _, fresh, _ = check(base, {0: EDITS["title"], 1: EDITS["append"], 20: EDITS["delete"]})
    assert sum(url.startswith("search/r/") for url in fresh) == -(-58 // per_file)


def test_phrase_gained_in_body_and_head(site):
    phrase = _phrase(site)
    base = _model(site.articles[:60])
    without = next(p for p, a in enumerate(base.articles)
                   if phrase not in fold("".join(zone_texts(a, plain_text(a.body)))))
    previous, fresh, _ = check(base, {
        without: lambda a: _body(a, a.body + f"\n\n{phrase}，{phrase}。"),
        without + 1: lambda a: dataclasses.replace(a, title=phrase * 20),
    })
    assert _entry(previous, phrase, 60) != _entry(fresh, phrase, 60)


def test_only_occurrence_removed_and_gram_added(site, monkeypatch):
    """A gram no other article has: it appears as a new shard key, then leaves it (and its own file)."""
    unique = lambda a: _body(a, a.body + "\n\n䶵䶶䶷")  # noqa: E731
    base = _model(site.articles[:60])
    for big, packed in ((layout.BIG, layout.PACKED), (4, 4), (4, 64)):
        monkeypatch.setattr(layout, "BIG", big)
        monkeypatch.setattr(layout, "PACKED", packed)
        _, fresh, _ = check(base, {5: unique})
        assert _entry(fresh, "䶵䶶䶷", 60) is not None
        with_gram = _model(base.articles[:5] + [unique(base.articles[5])] + base.articles[6:])
        previous, fresh, deleted = check(with_gram, {5: base.articles[5]})
        assert _entry(fresh, "䶵䶶䶷", 60) is None and _entry(previous, "䶵䶶䶷", 60) is not None
        # 䶵䶶 and 䶵䶶䶷 have 䶵's list: markers (layout.same_as), so 䶵 alone had a file of its own
        assert (f"search/{layout.big_name(0, '䶵')}.js" in deleted) == (packed == 4)
        assert not {f"search/{layout.big_name(0, g)}.js" for g in ("䶵䶶", "䶵䶶䶷")} & (deleted | previous.keys())


def _shard_value(files: Files, key: str, n_docs: int) -> str | None:
    return _load(files.get, layout.shard_name(0, layout.fnv1a(key) % layout.shard_count(n_docs))).get(key)


@pytest.mark.parametrize("big, packed", [(4, 4), (4, 64)])
def test_markers_follow_edits(site, big, packed, monkeypatch):
    """A gram whose list is its prefix's is a marker; an edit that gives one article the prefix alone makes it
    a list again (and the reverse edit a marker), as a clean build of the new text has it; markers chain, and a
    marker names the place of the list at the end of its chain, so it changes when a key it passes through does."""
    monkeypatch.setattr(layout, "BIG", big)
    monkeypatch.setattr(layout, "PACKED", packed)
    whole = lambda a: _body(a, a.body + "\n\n䶵䶶䶷")  # noqa: E731
    part = lambda a: _body(a, a.body + "\n\n䶵䶶。䶶䶷")  # noqa: E731
    base = _model(site.articles[:60])
    with_gram = _model(base.articles[:5] + [whole(base.articles[5])] + base.articles[6:])
    previous, fresh, _ = check(with_gram, {9: part})
    place = _shard_value(previous, "䶵", 60)  # "!" or "#c": where the list of all three is
    assert place in ("!", "#0") and _shard_value(previous, "䶵䶶", 60) == "<" + place
    assert _shard_value(previous, "䶵䶶䶷", 60) == "<<" + place
    assert not layout.is_marker(_shard_value(fresh, "䶵䶶䶷", 60))  # 䶵䶶 and 䶶䶷 are in two articles now
    assert _shard_value(fresh, "䶵䶶", 60) == "<" + _shard_value(fresh, "䶵", 60)  # as 䶵
    assert _shard_value(fresh, "䶶䶷", 60) == ">" + _shard_value(fresh, "䶷", 60)  # as 䶷
    both = _model(with_gram.articles[:9] + [part(with_gram.articles[9])] + with_gram.articles[10:])
    previous, fresh, _ = check(both, {9: with_gram.articles[9]})
    assert not layout.is_marker(_shard_value(previous, "䶵䶶䶷", 60))
    assert _shard_value(fresh, "䶵䶶䶷", 60) == "<<" + place
    # 䶵 alone in another article: 䶵䶶 has 䶶's list now, and 䶵䶶䶷 (not edited) goes that way too
    previous, fresh, _ = check(with_gram, {9: lambda a: _body(a, a.body + "\n\n䶵")})
    place = _shard_value(fresh, "䶶", 60)
    assert _shard_value(previous, "䶵䶶䶷", 60) == "<<" + _shard_value(previous, "䶵", 60)
    assert _shard_value(fresh, "䶵䶶", 60) == ">" + place and _shard_value(fresh, "䶵䶶䶷", 60) == "<>" + place


def _body_gram(article, previous: Files, n_docs: int, mode: str, size: int, own: bool = False) -> str:
    """A gram of the article's body (not its head or meta) whose entry has the given doc mode (own: and is not
    its prefix's or suffix's entry, so that it is no marker however long, layout.same_as)."""
    head, meta, body = (fold(z) for z in zone_texts(article, plain_text(article.body)))
    for at in range(len(body) - size):
        gram = body[at:at + size]
        entry = _entry(previous, to_units(gram), n_docs)
        if "\n" not in gram and gram not in head + meta and gram in article.body \
                and (entry or " ")[0] == mode and not (own and entry in (_entry(previous, to_units(gram[:-1]), n_docs),
                                                                      _entry(previous, to_units(gram[1:]), n_docs))):
            return gram
    raise AssertionError(f"no {mode} gram")


@pytest.mark.parametrize("mode,size", [("R", 1), ("C", 1), ("R", 2), ("R", 3)])
def test_big_lists_in_every_mode(site, mode, size, monkeypatch):
    """Removing a gram from an article changes a list of docs / of the docs it lacks, in its own file or not."""
    base = _model(site.articles)
    n = len(base.articles)
    for big, packed in ((layout.BIG, layout.PACKED), (16, 16), (16, 400)):
        monkeypatch.setattr(layout, "BIG", big)
        monkeypatch.setattr(layout, "PACKED", packed)
        previous = _base(base)
        gram = _body_gram(base.articles[9], previous, n, mode, size)
        _, fresh, _ = check(base, {9: lambda a: _body(a, a.body.replace(gram, ""))}, previous)
        assert _entry(fresh, gram, n) != _entry(previous, gram, n)


@pytest.mark.parametrize("place", ["own", "pack"])
@pytest.mark.parametrize("direction", ["grows", "shrinks"])
def test_entry_crosses_big(site, direction, place, monkeypatch):
    """An entry that outgrows BIG moves to its own file or a pack; one that shrinks back returns to its shard."""
    base = _model(site.articles[:60])
    previous = _base(base)
    article = base.articles[9]
    gram = _body_gram(article, previous, 60, "R", 3, own=True)
    length = len(_entry(previous, gram, 60))
    big = length if direction == "grows" else length - 1
    monkeypatch.setattr(layout, "BIG", big)
    monkeypatch.setattr(layout, "PACKED", big if place == "own" else 4 * big)
    own = f"search/{layout.big_name(0, gram)}.js"

    def holds(files: Files) -> bool:
        if place == "own":
            return own in files
        value = _load(files.get, layout.shard_name(0, layout.fnv1a(gram) % layout.shard_count(60)))[gram]
        return value.startswith("#") and gram in _load(files.get, _pack(gram, 60, int(value[1:])))

    if direction == "grows":  # another article gains the gram
        target = next(p for p, a in enumerate(base.articles)
                      if gram not in fold("".join(zone_texts(a, plain_text(a.body)))))
        # its parts once more each, so that its list stays unlike theirs (no marker)
        previous, fresh, _ = check(base, {target: lambda a: _body(a, a.body + f"\n\n{gram}{gram}\n\n{gram[:2]}。{gram[1:]}")})
        assert not holds(previous) and holds(fresh)
    else:
        previous, fresh, deleted = check(base, {9: lambda a: _body(a, a.body.replace(gram, ""))})
        assert holds(previous) and not holds(fresh)
        assert (own in deleted) == (place == "own")


def test_chunks_continue_lists(site, monkeypatch):
    """The clean build writes lists chunk by chunk; a patched (whole-list) entry matches at any chunk size."""
    base = _model(site.articles)
    whole = _built(base)
    monkeypatch.setattr(grams, "CHUNK", 8)
    monkeypatch.setattr(index, "CHUNK", 8)
    assert _built(base) == whole
    check(base, {3: EDITS["count_past_15"], 100: EDITS["delete"]}, whole)


def test_stale_files_are_refused(site):
    base = _model(site.articles[:30])
    previous = _base(base)
    old = base.articles[4]
    new = _body(old, old.body + "工会")
    not_old = _body(old, "完全不同的正文。")
    articles = list(base.articles)
    articles[4] = new
    writer = Files()
    with pytest.raises(PatchError):
        patch_index(_model(articles), writer, {25: (not_old, new)}, previous.get)
    with pytest.raises(PatchError):  # doc number of another article
        patch_index(_model(articles), writer, {24: (old, new)}, previous.get)
    with pytest.raises(PatchError):
        patch_index(_model(articles[:-1]), writer, {24: (old, new)}, previous.get)
    assert writer.written == []


PIECES = ["的", "工会", "职工", "。", "，", "\n", "\n\n", "劳动", "工會", "職", "ＡＢ", "ab", "😀", "𠀀", "䶵",
          "**", "# ", "新就业形态劳动者", "职工之家", "枫桥经验", " ", "的的的的的的的的的的的的的的的的的"]
TEXT = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)
EDIT = st.one_of(
    st.tuples(st.just("append"), TEXT),
    st.tuples(st.just("insert"), st.integers(0, 4000), TEXT),
    st.tuples(st.just("cut"), st.integers(0, 4000), st.integers(0, 2000)),
    st.tuples(st.sampled_from(["title", "kicker", "subtitle"]), TEXT),
)


def _apply(article, edits):
    for op, *args in edits:
        if op == "append":
            article = _body(article, article.body + args[0])
        elif op == "insert":
            at = args[0] % (len(article.body) + 1)
            article = _body(article, article.body[:at] + args[1] + article.body[at:])
        elif op == "cut":
            at = args[0] % (len(article.body) + 1)
            article = _body(article, article.body[:at] + article.body[at + args[1]:])
        else:
            article = dataclasses.replace(article, **{op: args[0]})
    return article


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.dictionaries(st.integers(0, 39), st.lists(EDIT, min_size=1, max_size=4), min_size=1, max_size=3),
       places=st.sampled_from([(layout.BIG, layout.PACKED), (40, 40), (20, 400)]))
def test_random_edits(site, edits, places):
    """Random edits to one to three of 40 articles, with entries in shards or (BIG=40) mostly in files of their
    own, or (BIG=20) mostly in packs."""
    base = _model(site.articles[:40])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(layout, "BIG", places[0])
        patch.setattr(layout, "PACKED", places[1])
        check(base, {p: (lambda a, e=e: _apply(a, e)) for p, e in edits.items()})


@settings(deadline=None)  # no wall-clock limit: a shared, loaded machine runs examples slowly
@given(n_docs=st.integers(1, 300), data=st.data())
def test_decode_inverts_encode(n_docs, data):
    docs = np.array(sorted(data.draw(st.sets(st.integers(0, n_docs - 1), max_size=n_docs))), dtype=np.int64)
    info = np.array(data.draw(st.lists(st.sampled_from([1, 1, 1, 2, 15, 17, 31, 33, 47]),
                                       min_size=len(docs), max_size=len(docs))), dtype=np.int64)
    entry = encode_list(docs, n_docs, info)
    got_docs, got_info = decode_list(entry, n_docs)
    assert got_docs.tolist() == docs.tolist() and got_info.tolist() == info.tolist()
    assert decode_list(encode_list(docs, n_docs), n_docs)[0].tolist() == docs.tolist()


@settings(deadline=None)
@given(n_docs=st.integers(1, 600), data=st.data())
def test_short_lists_are_coded_as_in_a_batch(n_docs, data):
    """encode_short (a short list in plain Python) writes the very entry encode_flat writes for that list
    among others, and _decode_short reads any text, sound or damaged, as decode_list's numpy path does."""
    docs = sorted(data.draw(st.sets(st.integers(0, n_docs - 1), max_size=min(n_docs, codec.SHORT))))
    info = data.draw(st.none() | st.lists(st.integers(0, 63) | st.sampled_from([1, 17, 33]),
                                          min_size=len(docs), max_size=len(docs)))
    other = [d for d in range(0, n_docs, 3)]  # a neighbour in the batch: entries depend on their own list only
    batch = codec.encode_flat(n_docs, np.array([len(other), len(docs)]), np.array(other + docs, dtype=np.int64),
                              None if info is None else np.array([1] * len(other) + info, dtype=np.int64))
    assert codec.encode_short(docs, n_docs, info) == batch[1]
    entry = batch[1]
    if data.draw(st.booleans()):  # damaged: characters changed, cut or added
        at = data.draw(st.integers(0, len(entry)))
        entry = entry[:at] + data.draw(st.text(codec.DENSE, max_size=3)) + entry[at + data.draw(st.integers(0, 3)):]
    read = []
    for limit in (len(entry), -1):  # the plain-Python path, then numpy's
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(codec, "SHORT_TEXT", limit)
            try:
                got, got_info = codec.decode_list(entry, n_docs)
                read.append((got.dtype, got.tolist(), None if got_info is None else (got_info.dtype, got_info.tolist())))
            except (ValueError, IndexError) as error:
                read.append((type(error), str(error)))
    assert read[0] == read[1]


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # a loaded machine draws slowly
@given(n_docs=st.integers(1, 80), data=st.data())
def test_many_lists_are_coded_as_one_by_one(n_docs, data):
    """encode_flat over a batch of lists, several of them holding most articles (their complements are found for
    a block of lists at a time, blocks as small as one list here), writes for each list the entry encode_short
    writes for it alone."""
    lists = data.draw(st.lists(st.sets(st.integers(0, n_docs - 1)).map(sorted)
                               | st.sets(st.integers(0, n_docs - 1)).map(lambda lacks: [d for d in range(n_docs)
                                                                                         if d not in lacks]),
                               min_size=1, max_size=12))
    infos = [data.draw(st.lists(st.sampled_from([1, 2, 15, 17, 33, 47, 63]), min_size=len(d), max_size=len(d)))
             for d in lists]
    counts = np.array([len(d) for d in lists], dtype=np.int64)
    docs = np.array([d for docs in lists for d in docs], dtype=np.int64)
    info = np.array([i for values in infos for i in values], dtype=np.int64)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(codec, "_ABSENT_CELLS", data.draw(st.sampled_from([1, 2 * n_docs, 1 << 22])))
        assert codec.encode_flat(n_docs, counts, docs, None) == [codec.encode_short(d, n_docs) for d in lists]
        assert codec.encode_flat(n_docs, counts, docs, info) == [codec.encode_short(d, n_docs, i)
                                                                 for d, i in zip(lists, infos)]


@settings(deadline=None)
@given(size=st.integers(1, 3), data=st.data())
def test_keys_are_decoded_as_one_by_one(size, data):
    """grams._unkeys (a batch decoded as one string) gives every key as _unkey does, lone surrogates included."""
    units = st.integers(0, 0xFFFF) | st.integers(0xD800, 0xDFFF)
    keys = [data.draw(st.lists(units, min_size=size, max_size=size)) for _ in range(data.draw(st.integers(0, 20)))]
    packed = np.array([sum(u << 16 * (size - 1 - k) for k, u in enumerate(key)) for key in keys], dtype=np.int64)
    assert grams._unkeys(packed, size) == [grams._unkey(int(key), size) for key in packed]


# ---------------------------------------------------------------- segments

def test_segments_depend_on_the_count_and_append():
    """The main segment, then one segment of whole blocks for each smaller block size, largest first,
    then a tail; one more issue leaves the others alone."""
    assert layout.segments(0) == [] and layout.segments(5) == [(0, 5)]
    main = layout.LEVEL * layout.FANOUT ** layout.MAIN_LEVELS
    for n in (1, 511, 512, 513, 4095, 4096, 10000, main - 1, main, 100000, 100064, 262144, 300000):
        cut = layout.segments(n)
        assert [s for s, _ in cut] == [0] + list(np.cumsum([c for _, c in cut]))[:-1] and sum(c for _, c in cut) == n
        if n >= main:
            assert cut[0] == (0, n // main * main) and layout.block_size(cut[0][1]) == main
            cut = cut[1:]
        full = [c for _, c in cut if c >= layout.LEVEL]
        sizes = [layout.block_size(c) for c in full]
        assert sizes == sorted(set(sizes), reverse=True) and all(0 < z < main for z in sizes)
        assert all(c // z < layout.FANOUT for c, z in zip(full, sizes))
        assert all(layout.block_size(c) == 0 for _, c in cut if c < layout.LEVEL)
    assert layout.segments(10000) == [(0, 8192), (8192, 1536), (9728, 272)]
    before, after = layout.segments(100000), layout.segments(100064)
    assert before[:-1] == after[:-1]  # only the tail changes when a day's 64 articles arrive


def test_a_segment_of_blocks_has_the_shards_of_one():
    """However many blocks a segment holds, a query loads one of its shards per string: the segment has
    as many shards as one of its blocks would, not a set for each block."""
    assert layout.shard_count(512) == layout.shard_count(3 * 512) == layout.shard_count(7 * 512) == 512
    assert layout.shard_count(4096) == layout.shard_count(2 * 4096) == layout.MAX_SHARDS
    assert layout.shard_count(160) == 128 and layout.shard_count(272) == 256  # the tail: one shard for two articles
    main = layout.LEVEL * layout.FANOUT ** layout.MAIN_LEVELS  # its shards hold only the lists up to BIG
    assert layout.shard_count(main) == layout.shard_count(3 * main) == layout.MAIN_SHARDS < layout.MAX_SHARDS


def _small_segments(monkeypatch) -> None:
    monkeypatch.setattr(layout, "LEVEL", 8)
    monkeypatch.setattr(layout, "FANOUT", 2)


def test_edits_in_several_segments(site, monkeypatch):
    _small_segments(monkeypatch)
    base = _model(site.articles[:60])  # segments of 32, 16, 8 and a tail of 4
    assert [c for _, c in layout.segments(60)] == [32, 16, 8, 4]
    check(base, {0: EDITS["append"], 10: EDITS["astral"], 40: EDITS["title"], 59: EDITS["count_past_15"]})


@pytest.mark.parametrize("old,new", [(37, 45), (40, 41), (47, 48), (63, 64), (64, 100)])
def test_appending_keeps_old_segments(site, monkeypatch, old, new):
    """Newer articles appended: segments made from the same articles are kept, and the result is a clean build."""
    _small_segments(monkeypatch)
    oldest = site.articles[::-1]
    before, after = _model(oldest[:old][::-1]), _model(oldest[:new][::-1])
    previous = _built(before)
    kept = set(layout.segments(old)) & set(layout.segments(new))
    grown = Files({url: text for url, text in previous.items()
                   if any(layout.in_segment(url, *segment) for segment in kept)})
    write_index(after, grown, kept)
    fresh = _built(after)
    assert grown == fresh
    assert not any(layout.in_segment(url, *segment) for url in grown.written for segment in kept)


@pytest.mark.parametrize("old,new,grown", [(40, 45, (32, 12)), (44, 48, (0, 48)), (37, 41, (32, 8))])
def test_a_block_joining_its_size_segment(site, monkeypatch, old, new, grown):
    """With FANOUT 4 a size holds up to three blocks: when one more fills, the segment of that size is
    made again from its articles, the others are kept, and the result is a clean build."""
    monkeypatch.setattr(layout, "LEVEL", 4)
    monkeypatch.setattr(layout, "FANOUT", 4)  # main: blocks of 64
    assert grown in layout.segments(new) and grown not in layout.segments(old)
    oldest = site.articles[::-1]
    before, after = _model(oldest[:old][::-1]), _model(oldest[:new][::-1])
    previous = _built(before)
    kept = set(layout.segments(old)) & set(layout.segments(new))
    grown_files = Files({url: text for url, text in previous.items()
                         if any(layout.in_segment(url, *segment) for segment in kept)})
    write_index(after, grown_files, kept)
    assert grown_files == _built(after)
    assert any(url.startswith(f"search/{grown[0]}/s/") for url in grown_files.written)


def test_only_large_segments_pack(monkeypatch):
    """Packs are for the main segment's many mid-sized lists; a smaller segment keeps files of their own."""
    monkeypatch.setattr(layout, "PACKED_FROM", 32768)
    assert layout.pack_count(32767) == 0 and layout.pack_count(4096) == 0
    assert layout.big_place(0, 4096, "工会", layout.BIG + 1) == ("!", layout.big_name(0, "工会"))
    count = layout.pack_count(32768)
    assert count & (count - 1) == 0 and count * layout.PACK_DOCS >= 32768 > count * layout.PACK_DOCS // 2
    assert layout.pack_count(10 ** 7) == layout.MAX_PACKS
    marker, name = layout.big_place(0, 98304, "工会", 3 * layout.BIG)
    assert marker == "#1" and name.startswith("0/p/1/")
    assert layout.big_place(0, 98304, "工会", layout.PACKED + 1)[0] == "!"
