"""Search (issue 4): the shipped search.js run in Chromium against brute force over the same articles.

The index side is checked by its results: every query's article set from the real engine
(static/search.js on file://) must equal a plain substring scan of the folded texts.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest

from conftest import MAKE_CORPUS, build_project, make_project
from unionnews.config import load_config
from unionnews.content import load_content
from unionnews.markdown import plain_text
from unionnews.pages import article_url, build_site
from unionnews.search import codec, layout
from unionnews.search.fold import fold
from unionnews.search.codec import B64, vlq
from unionnews.search.records import FACETS, zones


HAND = {
    "grrb-20251230-01-01": """---
id: grrb-20251230-01-01
title: 工會幹部<script>window.pwned=1</script>&amp; "引号" 测试
kicker: 臺灣同胞 & 朋友
date: 2025-12-30
paper: 工人日报
page: 1
kind: news
reporters: [白莹]
places: [重庆]
tags: [职工之家]
---
正文里有 <b>粗体</b> & "引号"，还有<img src=x onerror="window.pwned=2">。枫桥经验在重庆推广。
""",
    "ldwb-20251229-02-01": """---
id: ldwb-20251229-02-01
title: 职工之家建设见成效
date: 2025-12-29
paper: 劳动午报
page: 2
column: 基层传真
kind: feature
reporters: [李昱霖]
places: [河北, 保定]
tags: [职工之家]
---
工会组织推动职工之家建设，职工之家成为职工温暖的家。職工之家在保定。
""",
}


def _write_hand(content: Path) -> None:
    for art_id, text in HAND.items():
        date = art_id.split("-")[1]
        folder = content / date[:4] / date[4:6] / date[6:]
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{art_id}.md").write_text(text, encoding="utf-8")


class Corpus:
    """A built site plus the brute-force view of its articles, in the engine's doc order (oldest first)."""

    def __init__(self, project: Path):
        self.project = project
        self.site = project / "site"
        config, _ = load_config(project)
        articles, _ = load_content(config)
        self.articles = build_site(articles, config).articles[::-1]
        self.texts = []
        for a in self.articles:
            z = zones(a, plain_text(a.body))
            self.texts.append((z[2], z[1], z[0]))  # head, meta, body

    def expected(self, term: str) -> list[int]:
        t = fold(term)
        return [d for d, zs in enumerate(self.texts) if any(t in z for z in zs)]

    def score(self, doc: int, terms: list[str]) -> int:
        total = 0
        for term in terms:
            t = fold(term)
            found = [(2 - k, _count(z, t)) for k, z in enumerate(self.texts[doc]) if t in z]
            total += max(z for z, _ in found) * 1000 + min(sum(c for _, c in found), 15)
        return total


def _count(text: str, t: str) -> int:
    n, at = 0, text.find(t)
    while at >= 0:
        n, at = n + 1, text.find(t, at + 1)
    return n


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Corpus:
    tmp = tmp_path_factory.mktemp("searchcorpus")
    subprocess.run([sys.executable, str(MAKE_CORPUS), str(tmp / "gen"), "-n", "400", "--seed", "7"],
                   check=True, capture_output=True)
    _write_hand(tmp / "gen" / "content")
    project = make_project(tmp, tmp / "gen" / "content")
    with pytest.MonkeyPatch.context() as small:  # several segments (256 + 128 + a tail of 18), as in a big archive,
        small.setattr(layout, "LEVEL", 64)      # and entries in shards, in packs and in files of their own
        small.setattr(layout, "FANOUT", 2)
        small.setattr(layout, "BIG", 48)
        small.setattr(layout, "PACKED", 192)
        small.setattr(layout, "PACKED_FROM", 256)
        build_project(project)
    search = project / "site" / "search"
    assert list(search.glob("0/p/*/*.js")) and list(search.glob("0/g/*/*.js")) and list(search.glob("0/s/*.js"))
    shards = "".join(f.read_text(encoding="utf-8") for f in search.glob("*/s/*.js"))
    # and markers (layout.same_as) of both kinds, each ending in the place of the list it stands for
    assert re.search(r'":"<+(!|#\d)"', shards) and re.search(r'":"[<>]*>[<>]*(!|#\d)"', shards)
    assert len(_part(project / "site" / "search" / "manifest.js", "manifest")["segments"]) == 3
    return Corpus(project)


@pytest.fixture(scope="module")
def shipped(shipped_site) -> Corpus:
    return Corpus(shipped_site.parent)


@pytest.fixture
def engine(page):
    """The search page opened from disk; `run(queries)` evaluates them in search.js."""
    def open_site(corpus: Corpus):
        page.goto((corpus.site / "search.html").as_uri())
        page.wait_for_function("() => !!(window.unionnewsSearch && window.unionnewsSearch.run)")

        def run(states: list[dict]) -> list[list[int]]:
            """Each state's docs, every long-query candidate verified against its text."""
            return page.evaluate("""async (states) => {
                const out = [];
                for (const s of states) out.push(Array.from((await unionnewsSearch.run(s, {exact: true})).docs));
                return out;
            }""", states)
        return run
    return open_site


# ---------------------------------------------------------------- units

def test_vlq_digits():
    assert vlq(0) == "A" and vlq(31) == B64[31] and len(vlq(32)) == 2
    for value in (0, 1, 31, 32, 1023, 1024, 10**6):
        digits, total, shift = vlq(value), 0, 0
        for ch in digits:
            d = B64.index(ch)
            total += (d & 31) << shift
            shift += 5
        assert total == value


def test_dense_text_carries_13_bits_in_two_characters():
    """codec.dense_encode: every byte string back whole, no character a JSON string escapes, and the size
    dense_size says (a lone last character when at most 6 bits are left)."""
    rng = random.Random(13)
    assert len(codec.DENSE) == 93 and '"' not in codec.DENSE and "\\" not in codec.DENSE
    for n in list(range(40)) + [1000, 4099]:
        data = bytes(rng.randrange(256) for _ in range(n))
        text = codec.dense_encode(data)
        assert codec.dense_bytes(text) == data
        assert len(text) == codec.dense_size(8 * n) == -(-8 * n // 13) * 2 - (0 < 8 * n % 13 <= 6)
        assert json.dumps(text) == f'"{text}"'


def test_fold_traditional_to_simplified_keeps_length():
    assert fold("工會幹部 臺灣 ＡＢＣ") == "工会干部 台湾 abc"
    sample = "職工之家，工會組織；Ｈｅｌｌｏ"
    assert len(fold(sample)) == len(sample)
    assert fold(fold(sample)) == fold(sample)


def test_index_is_deterministic(tmp_path):
    content = tmp_path / "content"
    _write_hand(content)
    digests = []
    for n in range(2):
        project = make_project(tmp_path / f"b{n}", content)
        build_project(project)
        files = sorted((project / "site" / "search").rglob("*.js"))
        digests.append([(f.relative_to(project / "site").as_posix(), hashlib.sha256(f.read_bytes()).hexdigest())
                        for f in files])
    assert digests[0] == digests[1] and digests[0]


# ---------------------------------------------------------------- exact substring, against brute force

def _plain(term: str) -> bool:
    # quote marks, ASCII and Chinese (“ ” 「 」 『 』), quote a phrase in a query: not a plain substring
    return (bool(term) and not any(c.isspace() for c in term) and not any(q in term for q in '"“”「」『』')
            and not term.startswith("-"))


def test_exhaustive_headline_substrings_on_seed_archive(shipped, engine):
    """Every substring of length 1–3 of every kicker/headline/subtitle, plus body samples."""
    rng = random.Random(4)
    queries = set()
    for a in shipped.articles:
        for text in (a.kicker, a.title, a.subtitle):
            for n in (1, 2, 3):
                queries.update(text[i:i + n] for i in range(len(text) - n + 1))
        body = plain_text(a.body)
        for _ in range(30):
            n = rng.randint(1, 12)
            i = rng.randrange(max(1, len(body) - n))
            queries.add(body[i:i + n])
    queries = sorted(q for q in queries if _plain(q))
    run = engine(shipped)
    got = run([{"q": q, "sort": "old"} for q in queries])
    wrong = [(q, g, shipped.expected(q)) for q, g in zip(queries, got) if g != shipped.expected(q)]
    assert not wrong[:5], f"{len(wrong)} of {len(queries)} queries differ"


def test_random_substrings_on_generated_corpus(corpus, engine):
    rng = random.Random(9)
    queries = set()
    while len(queries) < 400:
        a = rng.choice(corpus.articles)
        text = rng.choice([a.title, plain_text(a.body), plain_text(a.body)])
        n = rng.randint(1, 8)
        if len(text) > n:
            i = rng.randrange(len(text) - n)
            if _plain(text[i:i + n]):
                queries.add(text[i:i + n])
    queries = sorted(queries) + ["工匠", "劳模工匠助企行", "白莹", "重庆", "职工之家", "匠", "枫桥经验", "不存在的词语组合"]
    run = engine(corpus)
    got = run([{"q": q, "sort": "old"} for q in queries])
    wrong = [(q, len(g), len(corpus.expected(q))) for q, g in zip(queries, got) if g != corpus.expected(q)]
    assert not wrong, wrong[:5]


def test_traditional_query_finds_simplified_and_back(corpus, engine):
    run = engine(corpus)
    hand = {a.id: d for d, a in enumerate(corpus.articles)}
    simp, trad = run([{"q": "工会干部", "sort": "old"}, {"q": "工會幹部", "sort": "old"}])
    assert simp == trad and hand["grrb-20251230-01-01"] in simp
    assert hand["ldwb-20251229-02-01"] in run([{"q": "職工之家", "sort": "old"}])[0]


# ---------------------------------------------------------------- syntax, filters and sorting

def test_terms_phrases_exclusions_and_filters(corpus, engine):
    run = engine(corpus)
    people = corpus.articles[5].people[0]
    place = corpus.articles[9].places[0]
    year = corpus.articles[len(corpus.articles) // 2].date.year
    cases = [
        ({"q": "工会 职工", "sort": "old"}, lambda d, a: d in _all(corpus, ["工会", "职工"])),
        ({"q": "工会 -职工", "sort": "old"}, lambda d, a: d in _all(corpus, ["工会"]) and d not in _all(corpus, ["职工"])),
        ({"q": '"职工之家"', "sort": "old"}, lambda d, a: d in _all(corpus, ["职工之家"])),
        ({"q": "工会", "paper": "劳动午报", "sort": "old"}, lambda d, a: d in _all(corpus, ["工会"]) and a.paper == "劳动午报"),
        ({"q": "", "people": people, "sort": "old"}, lambda d, a: people in a.people),
        ({"q": "工", "places": place, "kind": "news", "sort": "old"},
         lambda d, a: d in _all(corpus, ["工"]) and place in a.places and a.kind == "news"),
        ({"q": "职工", "tags": "职工之家", "column": "基层传真", "sort": "old"},
         lambda d, a: d in _all(corpus, ["职工"]) and "职工之家" in a.tags and a.column == "基层传真"),
        ({"q": "工会", "year": str(year), "sort": "old"}, lambda d, a: d in _all(corpus, ["工会"]) and a.date.year == year),
        ({"q": "工会", "from": f"{year}-03", "to": f"{year + 2}-06-15", "sort": "old"},
         lambda d, a: d in _all(corpus, ["工会"]) and f"{year}-03-01" <= a.date.isoformat() <= f"{year + 2}-06-15"),
    ]
    got = run([state for state, _ in cases])
    for (state, keep), docs in zip(cases, got):
        expected = [d for d, a in enumerate(corpus.articles) if keep(d, a)]
        assert docs == expected, state
        assert expected or state.get("tags"), f"{state} matches nothing: weak test"


def _all(corpus: Corpus, terms: list[str]) -> set[int]:
    sets = [set(corpus.expected(t)) for t in terms]
    return set.intersection(*sets)


def test_sorting_by_relevance_and_date(corpus, engine):
    run = engine(corpus)
    for terms in (["工匠"], ["职工之家"], ["匠", "创新"], ["劳模工匠"]):
        q = " ".join(terms)
        rank, new, old = run([{"q": q}, {"q": q, "sort": "new"}, {"q": q, "sort": "old"}])
        docs = sorted(_all(corpus, terms))
        assert old == docs and new == docs[::-1]
        assert rank == sorted(docs, key=lambda d: (-corpus.score(d, terms), -d)), q
        dates = [corpus.articles[d].date for d in new]
        assert dates == sorted(dates, reverse=True)


def test_facet_counts_match_brute_force(corpus, page):
    page.goto((corpus.site / "search.html").as_uri())
    page.wait_for_function("() => !!(window.unionnewsSearch && window.unionnewsSearch.run)")
    counts = page.evaluate("""async () => {
        const r = await unionnewsSearch.run({q: '工会'});
        return await unionnewsSearch.facetCounts(r.manifest, r.docs);
    }""")
    docs = corpus.expected("工会")
    for code, (_, values) in FACETS.items():
        brute: dict[str, int] = {}
        for d in docs:
            for v in dict.fromkeys(values(corpus.articles[d])):
                brute[v] = brute.get(v, 0) + 1
        assert dict(counts[code]) == brute, code
    years: dict[str, int] = {}
    for d in docs:
        years[str(corpus.articles[d].date.year)] = years.get(str(corpus.articles[d].date.year), 0) + 1
    assert dict(counts["year"]) == years


# ---------------------------------------------------------------- the page in Chromium

def test_escaping_in_query_and_article(corpus, page):
    page.goto((corpus.site / "search.html").as_uri() + "?q=" + "%3Cscript%3E")
    page.wait_for_selector("#search-app[data-state=done]")
    first = page.locator("#search-results li").first
    assert "<script>window.pwned=1</script>" in first.locator("a.headline").inner_text()
    page.fill("#q", '"<img src=x onerror=window.pwned=3>" &')
    page.wait_for_timeout(400)
    page.fill("#q", '枫桥经验 & "引号"')
    page.wait_for_selector("#search-results li >> text=引号")
    assert page.evaluate("window.pwned") is None
    assert page.locator("#search-results script, #search-results img, #search-results b").count() == 0
    assert page.errors == []


@pytest.mark.parametrize("where", ["file", "http"])
def test_type_click_and_back(corpus, page, serve_subpath, where):
    base = corpus.site.as_uri() + "/" if where == "file" else serve_subpath(corpus.site)
    page.goto(base + "index.html")
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "q"
    page.keyboard.type("职工之家")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search.html?q=*")
    page.wait_for_selector("#search-app[data-state=done]")
    expected = min(corpus.expected("职工之家"), key=lambda d: (-corpus.score(d, ["职工之家"]), -d))
    article = corpus.articles[expected]
    first = page.locator("#search-results li").first
    assert first.locator("a.headline").inner_text() == article.title
    assert first.locator("mark").count() >= 1
    page.fill("#q", "")
    page.keyboard.type("粗体")  # results as you type, then arrows + Enter
    # Arrows act on the list shown; wait until it is the one for the whole query, not for 粗 alone
    # (which can hold the same first result and is replaced a moment later).
    page.wait_for_function("() => { const b = document.querySelector('#search-app');"
                           " const a = document.querySelector('#search-results li a.headline');"
                           " return b.dataset.q === '粗体' && b.dataset.state === 'done'"
                           " && !!a && a.textContent.includes('工會'); }")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url("**/article/2025/grrb-20251230-01-01.html")
    page.go_back()
    page.wait_for_selector("#search-app[data-state=done]")
    assert page.input_value("#q") == "粗体"
    assert "q=%E7%B2%97%E4%BD%93" in page.url
    assert page.errors == []


# ---------------------------------------------------------------- long queries, laziness, small edits

def test_long_query_candidates_are_verified_on_screen(corpus, page):
    """Without {exact: true} a long non-phrase query keeps unverified candidates; paging verifies each one."""
    page.goto((corpus.site / "search.html").as_uri())
    page.wait_for_function("() => !!(window.unionnewsSearch && window.unionnewsSearch.run)")
    for q in ("劳模工匠", "工会组织"):
        got = page.evaluate("""async (q) => {
            const r = await unionnewsSearch.run({q, sort: 'old'});
            const candidates = Array.from(r.docs), pending = r.pending, shown = [];
            for (let at = 0; at < r.docs.length; at += 10) {
                for (const rec of await unionnewsSearch.page(r, at, 10)) shown.push(rec.doc);
            }
            return {candidates, pending, shown, total: r.total};
        }""", q)
        expected = corpus.expected(q)
        assert got["pending"], f"{q}: too few candidates to exercise lazy verification"
        assert set(expected) <= set(got["candidates"])
        assert got["shown"] == expected and got["total"] == len(expected)


def test_people_counts_load_only_with_the_panel(corpus, page):
    page.goto((corpus.site / "search.html").as_uri() + "?q=" + "%E5%B7%A5%E4%BC%9A")
    page.wait_for_selector("#search-app[data-counts=cheap]")
    assert not [n for n in page.evaluate("unionnewsSearch.loaded") if n.startswith("f/")]
    assert page.locator(".search-facets h2", has_text="报纸").count() == 1
    page.click(".facet-more summary")
    page.wait_for_selector("#search-app[data-counts=all]")
    assert page.locator(".facet-more h2", has_text="作者").count() == 1
    assert page.errors == []


def test_editing_one_article_rewrites_few_index_files(corpus):
    """The build writes only files whose bytes changed: an edit must not shift every shard."""
    import dataclasses
    from unionnews.search import write_index

    class Files(dict):
        def write(self, url, data):
            self[url] = data

    config, _ = load_config(corpus.project)
    articles, _ = load_content(config)
    before, after = Files(), Files()
    write_index(build_site(articles, config), before)
    oldest = build_site(articles, config).articles[::-1]
    sampled = {article_url(oldest[doc]) for doc in layout.dictionary_docs(len(oldest))}  # edits repack records
    target = next(i for i, a in enumerate(articles) if len(plain_text(a.body)) > 200 and article_url(a) not in sampled)
    edited = list(articles)
    edited[target] = dataclasses.replace(articles[target], body=articles[target].body.replace("。", "，", 1) + "\n\n补记。")
    write_index(build_site(edited, config), after)
    changed = [url for url in after if before.get(url) != after[url]]
    assert set(before) - set(after) == set() and len(before) > 200
    assert len(changed) <= 30, changed
    assert "search/manifest.js" not in changed


# ---------------------------------------------------------------- records, RECORDS_PER_FILE to a file

MARKERS = ["甲子", "乙丑", "丙寅", "丁卯", "戊辰", "己巳", "庚午", "辛未", "壬申", "癸酉"]  # one per article
# Characters that GB18030's editions (Python's codec, the browsers' WHATWG index) map differently, or that
# it writes in four bytes: the records carry them as JSON escapes (layout._GB_SAFE), and they must come back.
RARE = "ḿ\ue5e5\ue78d𠀀ǹ€"


@pytest.fixture(scope="module")
def ten(tmp_path_factory) -> Corpus:
    """Ten articles, one a day: whole records files and a short last one."""
    tmp = tmp_path_factory.mktemp("ten")
    for k, marker in enumerate(MARKERS):
        day = f"2024-01-{k + 1:02d}"
        art_id = f"grrb-{day.replace('-', '')}-01-01"
        folder = tmp / "content" / "2024" / "01" / f"{k + 1:02d}"
        folder.mkdir(parents=True)
        (folder / f"{art_id}.md").write_text(
            f"---\nid: {art_id}\ntitle: 第{k}篇测试稿件\ndate: {day}\npaper: 工人日报\npage: 1\nkind: news\n---\n"
            f"这是第{k}篇测试正文，{marker}只出现在这一篇里{RARE if k == 3 else ''}。\n", encoding="utf-8")
    project = make_project(tmp, tmp / "content")
    build_project(project)
    return Corpus(project)


def _part(path: Path, name: str):
    text = path.read_text(encoding="utf-8")
    head = f"unionnewsSearch.part({json.dumps(name)},"
    assert text.startswith(head) and text.endswith(");\n")
    return json.loads(text[len(head):-3])


def test_records_come_several_to_a_file(ten):
    per = layout.RECORDS_PER_FILE
    assert 10 % per and 1 < per < 10  # the ten articles fill whole files and a short last one
    assert [a.date.day for a in ten.articles] == list(range(1, 11))  # docs oldest first
    files = sorted(p.relative_to(ten.site / "search").as_posix() for p in (ten.site / "search" / "r").rglob("*"))
    assert files == ["r/0"] + sorted(f"r/0/{k}.js" for k in range(-(-10 // per)))
    assert _part(ten.site / "search" / "manifest.js", "manifest")["recordsPerFile"] == per
    dictionary = _part(ten.site / "search" / "d.js", "d")
    for number in range(-(-10 // per)):
        records = layout.unpacked(_part(ten.site / "search" / "r" / "0" / f"{number}.js", f"r/0/{number}"), dictionary)
        assert len(records) == min(per, 10 - number * per)
        for k, r in enumerate(records):
            doc = number * per + k
            assert r[0] == article_url(ten.articles[doc]) and r[1] == f"第{doc}篇测试稿件" and MARKERS[doc] in r[13]
    assert layout.records_file(per * 1000 - 1) == 999 and layout.records_name(layout.records_file(per * 1000)) == "r/1/1000"


def test_records_dictionary_is_the_recurring_sentences_and_helps():
    """The dictionary holds the sentences that recur in the sample, and records deflate smaller against it;
    with nothing recurring it is the sample's text.

    Random sentences from a fixed vocabulary of made-up words (fixed seed), some of them stock sentences
    that recur: a file of records shares them with the sampled ones, as a paper's articles share names,
    datelines and phrases.
    """
    rng = random.Random(16)
    words = ["".join(chr(rng.randrange(0x4E00, 0x9FA5)) for _ in range(rng.randrange(2, 5))) for _ in range(300)]
    sentence = lambda: "".join(rng.choice(words) for _ in range(rng.randrange(3, 9))) + "。"  # noqa: E731
    stock = [sentence() for _ in range(60)]
    text = lambda: "".join(rng.choice(stock) if rng.random() < 0.5 else sentence() for _ in range(40))  # noqa: E731
    sample = [["article/2024/x.html", "题", text()] for _ in range(32)]
    dictionary = layout.Dictionary(sample)
    assert 0 < len(dictionary.text) <= layout.DICTIONARY_BYTES
    assert all(dictionary.encode(layout._json_text(s)[1:-1]) in dictionary.text for s in stock)
    assert dictionary.encode(layout._json_text(sentence())[1:-1]) not in dictionary.text  # not a recurring one
    records = [["article/2024/y.html", "题", text()] for _ in range(layout.RECORDS_PER_FILE)]
    data = dictionary.pack(records)
    part = json.loads(dictionary.part()[len('unionnewsSearch.part("d",'):-3])
    assert layout.unpacked(data, part) == records
    alone = layout.Dictionary([])
    assert layout.unpacked(alone.pack(records), json.loads(alone.part()[len('unionnewsSearch.part("d",'):-3])) == records
    assert len(data) < 0.8 * len(alone.pack(records))
    once = [["article/2024/z.html", "题", sentence() * 1]]
    assert layout.Dictionary(once).text == layout.Dictionary(once).encode(layout._json_text(once[0]))  # no recurring sentence
    step = layout.DICTIONARY_STEP
    assert list(layout.dictionary_docs(step + 1)) == [0, step]
    assert list(layout.dictionary_docs(10 ** 6)) == list(range(0, layout.LEVEL, step))


def test_records_keep_every_character():
    """What GB18030's editions disagree on, astral characters and lone surrogates are escaped, and come back."""
    records = [["article/2024/x.html", RARE + "\ud800" + "，中文\u2028", "", 1, [RARE]]]
    dictionary = layout.Dictionary(records)
    data = dictionary.pack(records)
    assert layout.unpacked(data, json.loads(dictionary.part()[len('unionnewsSearch.part("d",'):-3])) == records
    text = layout._json_text(records)
    assert "中文" in text and "，" in text  # Chinese stays as it is; only the rare ones are escaped
    assert "\\ue5e5" in text and "\\ud800" in text and "\\u2028" in text


def test_records_encoding_gives_common_characters_a_byte():
    """The sample's commonest characters take one byte each, other GB2312 ones two, the rest an escape."""
    sample = [["article/2024/x.html", "工会" * 50 + "职工" * 20 + "之家" * 5 + "臺" * 3]]
    dictionary = layout.Dictionary(sample)
    assert dictionary.singles.startswith("工会职") and len(dictionary.singles) == 5 and "臺" not in dictionary.singles
    assert dictionary.encode("工会") == bytes(layout.SINGLES[:2]) and dictionary.encode("中") == "中".encode("gb18030")
    assert len(layout.SINGLES) == 47 and not set(layout.SINGLES) & set(layout.GB_LEADS)
    assert "\\u81fa" in layout._json_text(["臺"])  # not in GB2312: escaped
    records = [["article/2024/y.html", "工会职工之家，中文"]]
    assert layout.unpacked(dictionary.pack(records), json.loads(dictionary.part()[len('unionnewsSearch.part("d",'):-3])) == records


def test_records_part_in_the_browser_matches_layout(ten, page):
    """search.js recordsPart (the one place mapping a doc to its records file) agrees with layout.py."""
    page.goto((ten.site / "search.html").as_uri())
    page.wait_for_function("() => !!(window.unionnewsSearch && window.unionnewsSearch.recordsPart)")
    docs = [0, 1, 7, 8, 9, 7999, 8000, 123456]
    got = page.evaluate("(docs) => docs.map(d => unionnewsSearch.recordsPart({recordsPerFile: %d}, d))"
                        % layout.RECORDS_PER_FILE, docs)
    assert got == [{"name": layout.records_name(layout.records_file(d)), "index": d % layout.RECORDS_PER_FILE}
                   for d in docs]


def test_results_from_every_place_in_a_records_file(ten, page):
    """Each article found by its own word, title and snippet right, then all ten loading each file once."""
    for doc, marker in enumerate(MARKERS):
        page.goto((ten.site / "search.html").as_uri() + "?q=" + quote(marker))
        page.wait_for_selector("#search-app[data-state=done]")
        items = page.locator("#search-results li")
        assert items.count() == 1, marker
        assert items.first.locator("a.headline").inner_text() == f"第{doc}篇测试稿件"
        assert items.first.locator("a.headline").get_attribute("href").endswith(article_url(ten.articles[doc]))
        assert items.first.locator(".snippet mark").inner_text() == marker
        assert page.evaluate("unionnewsSearch.loaded.filter(n => n.startsWith('r/'))") == [f"r/0/{doc // layout.RECORDS_PER_FILE}"]
        assert page.evaluate("unionnewsSearch.loaded.filter(n => n === 'd')") == ["d"]
    page.goto((ten.site / "search.html").as_uri() + "?q=" + quote("测试") + "&sort=old")
    page.wait_for_selector("#search-app[data-state=done]")
    page.wait_for_function("() => document.querySelectorAll('#search-results li').length === 10")
    assert page.locator("#search-results li a.headline").all_inner_texts() == [f"第{d}篇测试稿件" for d in range(10)]
    snippets = page.locator("#search-results li .snippet").all_inner_texts()
    assert all(MARKERS[d] in text for d, text in enumerate(snippets))
    assert RARE in snippets[3]
    per = layout.RECORDS_PER_FILE
    assert sorted(page.evaluate("unionnewsSearch.loaded.filter(n => n.startsWith('r/'))")) == sorted(f"r/0/{k}" for k in range(-(-10 // per)))
    assert page.errors == []
