"""search.js without a browser: `node --test` over entries, records and a small index written by the Python side.

Each test here writes fixtures with the Python encoder (search/codec.py, layout.py, a built site) and
the answers brute force gives, then runs one file of tests/js/ under Node (tests/js/harness.mjs loads
the shipped static/search.js).  So the decoder, the query engine and the constants are checked on a
machine with no Chromium; tests/test_search.py and test_search_ui.py still run the same script in
Chromium for what only a page shows.
"""
from __future__ import annotations

import json
import math
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from conftest import MAKE_CORPUS, ROOT, build_project, make_project
from unionnews.config import load_config
from unionnews.content import KIND_LABELS, load_content
from unionnews.markdown import plain_text
from unionnews.pages import article_url, build_site
from unionnews.search import codec, layout
from unionnews.search.fold import fold, fold_units, to_units
from unionnews.search.grams import COUNT_CAP
from unionnews.search.records import BODY, CHEAP, FACETS, HEAD, LISTED, META, zones
from unionnews.theme import script

JS = ROOT / "tests" / "js"
NODE_MAJOR = 20  # DecompressionStream("deflate-raw") and TextDecoder("gb18030"), as in the browsers search.js needs


def node() -> str:
    """The node binary, or the test is skipped saying what to install."""
    found = shutil.which("node")
    if found is None:
        pytest.skip("search.js unit tests skipped: `node` (Node.js 20 or later) is missing "
                    "(`python build.py test` installs it when run as root; else: sudo apt-get install nodejs)")
    version = subprocess.run([found, "--version"], capture_output=True, text=True).stdout.strip()
    major = re.match(r"v(\d+)", version)
    if not major or int(major.group(1)) < NODE_MAJOR:
        pytest.skip(f"search.js unit tests skipped: they need Node.js {NODE_MAJOR} or later, not {version or 'unknown'}")
    return found


def run_node(test_file: str, fixtures: Path) -> None:
    """Run one file of tests/js/ with node --test; fail with its report when any of its tests fails."""
    (fixtures / "search.js").write_bytes(script.search_script())
    result = subprocess.run([node(), "--test", "--test-reporter=spec", str(JS / test_file)],
                            capture_output=True, text=True, cwd=ROOT, timeout=300,
                            env={"PATH": "/usr/bin:/bin", "UNIONNEWS_JS_FIXTURES": str(fixtures)})
    assert result.returncode == 0, f"node --test {test_file} failed:\n{result.stdout[-6000:]}\n{result.stderr[-3000:]}"
    assert re.search(r"ℹ pass [1-9]", result.stdout), f"node ran no test:\n{result.stdout[-3000:]}"


def write(folder: Path, name: str, data) -> None:
    (folder / name).write_text(json.dumps(data, ensure_ascii=True), encoding="utf-8")


# ---------------------------------------------------------------- the codec: entries written by codec.py

def _lists(rng: random.Random) -> list[dict]:
    """Entries of every mode (docs or the docs a list lacks; with info, one or many exception values, or none)."""
    cases = []
    for count in (1, 5, 6, 7, 64, 300):
        for share in (0.0, 0.01, 0.2, 0.5, 0.9, 0.99, 1.0):
            docs = sorted(rng.sample(range(count), round(count * share)))
            start = rng.choice((0, 6, 37, 4096))
            for mode in ("many", "one", "none", None):  # None: a facet list, no info
                values = {"many": (1, 1, 1, 2, 3, 15, 17, 33, 47), "one": (1, 1, 1, 33), "none": (2,)}.get(mode, (1,))
                zone_count = [rng.choice(values) for _ in docs]
                info = None if mode is None else np.array(zone_count)
                text = codec.encode_list(np.array(docs, dtype=np.int64), count, info)
                cases.append({"text": text, "start": start, "count": count, "docs": [start + d for d in docs],
                              "info": zone_count if mode is not None else [1] * len(docs)})
    return cases


def _attrs(rng: random.Random) -> list[dict]:
    """attrs.js data (layout.attrs_data) of paper/kind sequences of every shape, and each doc's combination."""
    cases = []
    shapes = [(["工人日报"], ["news"]), (["工人日报"] * 5, ["news"] * 5), (["工人日报", "劳动午报"], ["news", "news"])]
    for n in (1, 2, 50, 3000):
        for papers, kinds, run in ((2, 5, 30), (1, 3, 1), (3, 1, 4), (4, 12, 1)):
            paper, seq_p, seq_k = 0, [], []
            for _ in range(n):  # papers in runs of about `run`, kinds skewed
                if rng.random() < 1 / run:
                    paper = rng.randrange(papers)
                seq_p.append(f"报{paper}")
                seq_k.append(f"k{min(int(rng.expovariate(0.7)), kinds - 1)}")
            shapes.append((seq_p, seq_k))
    for papers, kinds in shapes:
        data = layout.attrs_data(papers, kinds)
        combo = [[data["papers"][p], data["kinds"][k]] for p, k in data["combos"]]
        cases.append({"data": data, "combo": [combo.index([p, k]) for p, k in zip(papers, kinds)]})
    return cases


def test_codec_against_the_python_encoder(tmp_path):
    """decode, vlqList, foldTable, fnv1a, bigName, recordsPart, inflateRecords and attrCodes read what Python writes."""
    rng = random.Random(18)
    values = [0, 1, 31, 32, 33, 1023, 1024, 32767, 32768, 10**6, 2**31 - 1] + [rng.randrange(10**7) for _ in range(200)]
    keys = [to_units(k) for k in ("工", "工会", "职工之家", "𠮷野家", "ab", layout.FACET_PREFIX + "people白莹", "臺灣")]
    sample = [["2025/12/30/grrb-20251230-01-01.html", "工会干部", "", "", "工人日报", "2025-12-30", 1, "要闻", "",
               "news", ["白莹"], ["重庆"], ["职工之家"], "正文" * 40]]
    dictionary = layout.Dictionary(sample)
    carried = "".join(sorted(layout._CARRIED)) + "ab{}"  # every character in two bytes, the singles in one
    files = []
    for n in range(3):  # records with characters GB18030 writes in four bytes, and every field shape
        data = [[f"2025/01/0{n + 1}/x-{k}.html", f"标题{n}{k}𠮷", "", "副题", "劳动午报", f"2025-01-0{n + 1}", k, "",
                 "栏目" if k % 2 else "", "brief", ["张三", "李四"][:k], [], ["标签"], "正文：職工之家🙂\u2028" * (k + n)]
                for k in range(layout.RECORDS_PER_FILE)]
        files.append({"packed": dictionary.pack(data), "data": data})
    write(tmp_path, "codec.json", {
        "lists": _lists(rng),
        "vlq": {"text": "".join(codec.vlq(v) for v in values), "values": values},
        "fold": {"data": layout.fold_codes(), "table": fold_units().tolist()},
        "keys": [{"key": k, "fnv": layout.fnv1a(k), "big": {str(s): layout.big_name(s, k) for s in (0, 512)}}
                 for k in keys],
        "bigFolders": layout.BIG_FOLDERS,
        "recordsPerFile": layout.RECORDS_PER_FILE,
        "recordsParts": [{"doc": d, "name": layout.records_name(layout.records_file(d)),
                          "index": d % layout.RECORDS_PER_FILE} for d in (0, 1, 7, 8, 9, 999, 8000, 123456)],
        "dictionary": [len(dictionary.text), codec.dense_encode(dictionary.prefix), dictionary.singles],
        "carried": {"text": carried, "singles": dictionary.singles, "bytes": dictionary.encode(carried).hex()},
        "attrs": _attrs(rng),
        "records": files,
        "constants": {"HEAD": HEAD, "META": META, "BODY": BODY, "CAP": COUNT_CAP, "CHEAP": list(CHEAP),
                      "LISTED": list(LISTED), "KIND_LABELS": KIND_LABELS},
    })
    run_node("codec.test.mjs", tmp_path)


# ---------------------------------------------------------------- queries: a small built index against brute force

HAND = {
    "grrb-20251230-01-01": """---
id: grrb-20251230-01-01
title: 工會幹部走訪𠮷祥村
kicker: 臺灣同胞
date: 2025-12-30
paper: 工人日报
page: 1
kind: news
reporters: [白莹]
places: [重庆]
tags: [职工之家]
---
正文里有 "引号"，枫桥经验在重庆推广。职工之家、职工之家、职工之家。
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
工会组织推动职工之家建设，職工之家在保定。
""",
}


class Corpus:
    """A built site and its articles in the engine's doc order (oldest first), with brute-force answers."""

    def __init__(self, project: Path):
        self.site = project / "site"
        config, _ = load_config(project)
        articles, _ = load_content(config)
        self.articles = build_site(articles, config).articles[::-1]
        self.bodies = [plain_text(a.body) for a in self.articles]
        self.zones = []
        for a, body in zip(self.articles, self.bodies):
            z = zones(a, body)
            self.zones.append((z[HEAD], z[META], z[BODY]))

    def docs(self, term: str) -> list[int]:
        t = fold(term)
        return [d for d, zs in enumerate(self.zones) if any(t in z for z in zs)]

    def info(self, doc: int, term: str) -> int:
        """zone << 4 | min(count, CAP) of a term in a doc, as the index means it."""
        t = fold(term)
        found = [(zone, _count(z, t)) for zone, z in zip((HEAD, META, BODY), self.zones[doc]) if t in z]
        return max(z for z, _ in found) << 4 | min(sum(c for _, c in found), COUNT_CAP)


def _count(text: str, t: str) -> int:
    n, at = 0, text.find(t)
    while at >= 0:
        n, at = n + 1, text.find(t, at + 1)
    return n


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Corpus:
    tmp = tmp_path_factory.mktemp("searchjs")
    subprocess.run([sys.executable, str(MAKE_CORPUS), str(tmp / "gen"), "-n", "150", "--seed", "18"],
                   check=True, capture_output=True)
    for art_id, text in HAND.items():
        date = art_id.split("-")[1]
        folder = tmp / "gen" / "content" / date[:4] / date[4:6] / date[6:]
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{art_id}.md").write_text(text, encoding="utf-8")
    project = make_project(tmp, tmp / "gen" / "content")
    with pytest.MonkeyPatch.context() as small:  # several segments, entries in shards, packs and files of their own
        small.setattr(layout, "LEVEL", 32)
        small.setattr(layout, "FANOUT", 2)
        small.setattr(layout, "BIG", 24)
        small.setattr(layout, "PACKED", 64)
        small.setattr(layout, "PACKED_FROM", 128)
        build_project(project)
    search = project / "site" / "search"
    assert list(search.glob("0/p/*/*.js")) and list(search.glob("0/g/*/*.js")) and list(search.glob("0/s/*.js"))
    shards = "".join(f.read_text(encoding="utf-8") for f in search.glob("*/s/*.js"))
    # and markers (layout.same_as) of both kinds, each ending in the place of the list it stands for
    assert re.search(r'":"<+(!|#\d)"', shards) and re.search(r'":"[<>]*>[<>]*(!|#\d)"', shards)
    return Corpus(project)


def _plain(term: str) -> bool:
    return (bool(term) and not any(c.isspace() for c in term) and not any(q in term for q in '"“”「」『』')
            and not term.startswith("-"))


def _idf(n_docs: int, df: int) -> int:
    return max(1, math.floor(100 * math.log(1 + n_docs / (1 + df)) + 0.5))


def _ranked(corpus: Corpus, terms: list[str], docs: list[int]) -> list[int]:
    """docs by score (Σ idf × (zone·1000 + count) over the terms), then newer first."""
    n = len(corpus.articles)
    weights = [_idf(n, len(corpus.docs(t))) for t in terms]
    def score(d: int) -> int:
        return sum(w * ((corpus.info(d, t) >> 4) * 1000 + (corpus.info(d, t) & 15)) for w, t in zip(weights, terms))
    return sorted(docs, key=lambda d: (-score(d), -d))


def _queries(corpus: Corpus) -> list[dict]:
    rng = random.Random(7)
    cases: list[dict] = []
    singles: set[str] = set()
    while len(singles) < 250:
        d = rng.randrange(len(corpus.articles))
        a = corpus.articles[d]
        text = rng.choice([a.title, corpus.bodies[d], corpus.bodies[d], a.kicker or a.title])
        n = rng.randint(1, 9)
        if len(text) > n:
            i = rng.randrange(len(text) - n)
            if _plain(text[i:i + n]):
                singles.add(text[i:i + n])
    singles |= {"职工之家", "職工之家", "工會幹部", "𠮷", "𠮷祥", "枫桥经验", "不存在的词语组合", "匠", "x"}
    for q in sorted(singles):
        docs = corpus.docs(q)
        cases.append({"state": {"q": q, "sort": "old"}, "docs": docs})
        cases.append({"state": {"q": q}, "docs": _ranked(corpus, [q], docs)})
    every = lambda terms: sorted(set.intersection(*(set(corpus.docs(t)) for t in terms)))  # noqa: E731
    for terms in (["工会", "职工"], ["匠", "创新"], ["工", "会", "职"], ["劳模", "工匠"]):
        docs = every(terms)
        assert docs, terms
        cases.append({"state": {"q": " ".join(terms)}, "docs": _ranked(corpus, terms, docs)})
        cases.append({"state": {"q": " ".join(terms), "sort": "new"}, "docs": docs[::-1]})
    a5, a9 = corpus.articles[5], corpus.articles[9]
    year = corpus.articles[len(corpus.articles) // 2].date.year
    filtered = [
        ({"q": "工会 -职工"}, lambda d, a: d in set(corpus.docs("工会")) - set(corpus.docs("职工"))),
        ({"q": "工会 -职工之家"}, lambda d, a: d in set(corpus.docs("工会")) - set(corpus.docs("职工之家"))),
        ({"q": "“职工之家”"}, lambda d, a: d in set(corpus.docs("职工之家"))),
        ({"q": "工会", "paper": "劳动午报"}, lambda d, a: d in set(corpus.docs("工会")) and a.paper == "劳动午报"),
        ({"q": "", "people": a5.people[0]}, lambda d, a: a5.people[0] in a.people),
        ({"q": "工", "places": a9.places[0], "kind": "news"},
         lambda d, a: d in set(corpus.docs("工")) and a9.places[0] in a.places and a.kind == "news"),
        ({"q": "职工", "tags": "职工之家"}, lambda d, a: d in set(corpus.docs("职工")) and "职工之家" in a.tags),
        ({"q": "工会", "year": str(year)}, lambda d, a: d in set(corpus.docs("工会")) and a.date.year == year),
        ({"q": "工会", "from": f"{year}-03", "to": f"{year + 1}-06-15"},
         lambda d, a: d in set(corpus.docs("工会")) and f"{year}-03-01" <= a.date.isoformat() <= f"{year + 1}-06-15"),
    ]
    for state, keep in filtered:
        docs = [d for d, a in enumerate(corpus.articles) if keep(d, a)]
        assert docs, state
        cases.append({"state": {**state, "sort": "old"}, "docs": docs})
    return cases


def _records(corpus: Corpus) -> list[dict]:
    """What the page shows of each doc, from the articles themselves (not from records.record)."""
    return [{"doc": d, "url": article_url(a), "title": a.title, "kicker": a.kicker, "subtitle": a.subtitle,
             "paper": a.paper, "date": a.date.isoformat(), "page": a.page or 0, "pageName": a.page_name,
             "column": a.column, "kind": a.kind, "people": list(a.people), "places": list(a.places),
             "tags": list(a.tags), "body": body}
            for d, (a, body) in enumerate(zip(corpus.articles, corpus.bodies))]


def _facets(corpus: Corpus, term: str) -> dict:
    docs = corpus.docs(term)
    counts: dict[str, dict[str, int]] = {code: {} for code in FACETS}
    counts["year"] = {}
    for d in docs:
        a = corpus.articles[d]
        for code, (_, values) in FACETS.items():
            for v in dict.fromkeys(values(a)):
                counts[code][v] = counts[code].get(v, 0) + 1
        counts["year"][str(a.date.year)] = counts["year"].get(str(a.date.year), 0) + 1
    return {"q": term, "counts": counts}


def test_queries_against_brute_force(corpus, tmp_path):
    """run() (parsing, folding, n-grams, verification, filters, ranking), records and facet counts."""
    write(tmp_path, "queries.json", {"site": str(corpus.site), "docs": len(corpus.articles),
                                     "cases": _queries(corpus), "records": _records(corpus),
                                     "facets": [_facets(corpus, "工会"), _facets(corpus, "职工之家")],
                                     "kinds": KIND_LABELS})
    run_node("query.test.mjs", tmp_path)
