#!/usr/bin/env python3
"""Search benchmark (issue 4): our index, checked against brute force, and compared with Pagefind.

    .venv/bin/python bench/search_bench.py WORK_DIR [-n 10000 -n 100000] [--pagefind] [--corpus DIR]
                                           [--append 64] [--index-only]

For each size: the corpus (--corpus DIR/c<n> when it exists, else ../shared/bench/make_corpus.py),
the search index alone in a fresh process (time, peak RSS, files, bytes), publishing the newest
--append articles onto the others (search files new, changed or gone; time), then a shell site
(search.html + static/ + search/, enough for the search page) on file:// and over HTTP under
/repo/, where bench/queries.txt is typed into the search box of a fresh browser context:
bytes of every part the page loaded (raw and gzip -6, as GitHub Pages sends .js) up to the
first results, then with the paper/year/kind counts, then with the filter panel opened; the
time from the input event to results on screen; a warm next query typed into the same page;
and recall/precision of the engine's result list against a brute-force scan of the folded
texts.  --pagefind builds the whole site (slow at 100k) and runs Pagefind on it for the same
queries.  Not a test: it takes minutes and its timings depend on the machine.
"""
from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import parse_qsl

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))
from conftest import MAKE_CORPUS as _FOUND  # noqa: E402  (the generator the tests use)

MAKE_CORPUS = Path(os.environ.get("MAKE_CORPUS", _FOUND))
sys.path.insert(0, str(ROOT / "src"))

INDEX_ONLY = r"""
import json, resource, sys, time
from pathlib import Path
from unionnews import theme
from unionnews.config import load_config
from unionnews.content import load_content
from unionnews.pages import build_site
from unionnews.search import write_index
class Writer:
    def __init__(self, d): self.d, self.files, self.bytes = Path(d), 0, 0
    def write(self, url, data):
        p = self.d / url; p.parent.mkdir(parents=True, exist_ok=True)
        b = data.encode() if isinstance(data, str) else data
        p.write_bytes(b); self.files += 1; self.bytes += len(b)
config, _ = load_config(Path(sys.argv[1]))
site = build_site(load_content(config)[0], config)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t = time.perf_counter(); w = Writer(sys.argv[2]); write_index(site, w); took = time.perf_counter() - t
print(json.dumps({"seconds": took, "files": w.files, "bytes": w.bytes, "rss_before_mb": before / 1024,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

# Publishing today's issue: the index of all but the newest DAY articles, then all of them with the
# segments both share kept (as the build keeps them); files new, changed or gone, and the time.
APPEND = r"""
import hashlib, json, sys, time, types
from pathlib import Path
from unionnews.config import load_config
from unionnews.content import load_content
from unionnews.pages import build_site
from unionnews.search import layout, write_index
class Files(dict):
    def write(self, url, data): self[url] = hashlib.blake2b(data.encode() if isinstance(data, str) else data).digest()
config, _ = load_config(Path(sys.argv[1]))
articles = build_site(load_content(config)[0], config).articles  # newest first
day = int(sys.argv[2])
before = Files(); write_index(types.SimpleNamespace(articles=articles[day:]), before)
n = len(articles)
kept = set(layout.segments(n - day)) & set(layout.segments(n))
after = Files({u: d for u, d in before.items() if any(layout.in_segment(u, *s) for s in kept)})
t = time.perf_counter(); write_index(types.SimpleNamespace(articles=articles), after, kept); took = time.perf_counter() - t
changed = sum(1 for u in after if before.get(u) != after[u]) + sum(1 for u in before if u not in after)
print(json.dumps({"seconds": took, "changed": changed, "kept_segments": len(kept), "segments": len(layout.segments(n))}))
"""


def queries() -> list[tuple[str, dict]]:
    out = []
    for line in (HERE / "queries.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            q, _, params = line.partition("\t")
            out.append((q, dict(parse_qsl(params))))
    return out


def sizes(site: Path, names) -> tuple[int, int]:
    raw = packed = 0
    for name in names:
        data = (site / "search" / f"{name}.js").read_bytes()
        raw += len(data)
        packed += len(gzip.compress(data, 6, mtime=0))
    return raw, packed


def corpus_project(work: Path, n: int, corpus_dir: Path | None) -> Path:
    """A project folder (site.toml + content/) with n generated articles.

    The articles are moved into the project, not linked: the build reads nothing from outside it."""
    if corpus_dir and (corpus_dir / f"c{n}" / "content").is_dir():
        return corpus_dir / f"c{n}"
    from conftest import make_project
    project = work / f"project-{n}"
    content = project / "content"
    if content.is_symlink():
        content.unlink()
    if not (project / "site.toml").exists():
        shutil.copytree(make_project(work / f"tmp-{n}", None), project, dirs_exist_ok=True)
        shutil.rmtree(content, ignore_errors=True)
    if not content.is_dir():
        gen = work / f"corpus-{n}"
        if not (gen / "content").is_dir():
            subprocess.run([sys.executable, str(MAKE_CORPUS), str(gen), "-n", str(n)], check=True)
        (gen / "content").rename(content)
    return project


def search_page(work: Path) -> Path:
    """search.html as the build renders it (from a 20-article site), for the shell site."""
    small = work / "small" / "project"
    if not (small / "site" / "search.html").exists():
        from conftest import build_project, make_project
        subprocess.run([sys.executable, str(MAKE_CORPUS), str(work / "small-gen"), "-n", "20"], check=True,
                       capture_output=True)
        build_project(make_project(work / "small", work / "small-gen" / "content"))
    return small / "site" / "search.html"


def shell_site(work: Path, n: int, project: Path) -> tuple[Path, dict]:
    """search.html + static/ + search/ built by write_index alone, timed in a fresh process."""
    site = work / f"shell-{n}"
    shutil.rmtree(site, ignore_errors=True)
    stats = json.loads(subprocess.run([sys.executable, "-c", INDEX_ONLY, str(project), str(site)], check=True,
                                      capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")}).stdout)
    from unionnews import theme
    from unionnews.theme import script
    shutil.copytree(theme.STATIC, site / "static")
    (site / "static" / "search.js").write_bytes(script.search_script())
    shutil.copy(search_page(work), site / "search.html")
    return site, stats


def brute_force(project: Path) -> tuple[list, callable]:
    """Folded zones of every article in engine order, and expected(q, params) → set of docs."""
    from unionnews.config import load_config
    from unionnews.content import load_content
    from unionnews.markdown import plain_text
    from unionnews.pages import build_site
    from unionnews.search.fold import fold
    from unionnews.search.records import FACETS, zones
    config, _ = load_config(project)
    articles = build_site(load_content(config)[0], config).articles[::-1]
    texts = [tuple(zones(a, plain_text(a.body)).values()) for a in articles]

    def parse(q: str) -> tuple[list[str], list[str]]:
        import re
        terms, excluded = [], []
        for minus, quoted, word in re.findall(r'(-?)(?:"([^"]*)"?|(\S+))', q):
            text = " ".join(quoted.split()) if quoted else word
            if text and text != "-":
                (excluded if minus else terms).append(fold(text))
        return terms, excluded

    def expected(q: str, params: dict) -> set[int]:
        terms, excluded = parse(q)
        out = set()
        for d, (a, zs) in enumerate(zip(articles, texts)):
            if all(any(t in z for z in zs) for t in terms) and not any(any(t in z for z in zs) for t in excluded) \
                    and all(params[f] in FACETS[f][1](a) for f in FACETS if f in params) \
                    and ("year" not in params or str(a.date.year) == params["year"]):
                out.add(d)
        return out
    return articles, expected


def measure(site: Path, base: str, browser, expected) -> list[dict]:
    rows = []
    qs = queries()
    for k, (q, params) in enumerate(qs):
        context = browser.new_context()
        page = context.new_page()
        page.goto(base + "search.html")
        page.wait_for_selector("#search-app[data-state=idle]")
        page.evaluate("""(params) => { Object.assign(unionnewsSearch.app.state, params);
            document.getElementById('q').addEventListener('input', () => { window.inputAt = performance.now(); }, true); }""",
                      params)
        page.fill("#q", q)
        done = "q => { const b = document.querySelector('#search-app'); return b.dataset.q === q && b.dataset.state === 'done'; }"
        page.wait_for_function(done, arg=q, timeout=120000)
        ms = float(page.get_attribute("#search-app", "data-done-at")) - page.evaluate("window.inputAt")
        first_ms = float(page.get_attribute("#search-app", "data-first-at")) - page.evaluate("window.inputAt")
        first = page.evaluate("unionnewsSearch.loaded.slice(0, +document.querySelector('#search-app').dataset.parts)")
        page.wait_for_selector("#search-app[data-counts]")
        cold = page.evaluate("unionnewsSearch.loaded.slice()")
        got = set(page.evaluate("async (s) => Array.from((await unionnewsSearch.run(s)).docs)", {**params, "q": q}))
        want = expected(q, params)
        total = int(page.get_attribute("#search-app", "data-total"))
        page.click(".facet-more summary")
        page.wait_for_selector("#search-app[data-counts=all]", timeout=120000)
        panel = sorted(set(page.evaluate("unionnewsSearch.loaded.slice()")) - set(cold))
        nq = qs[(k + 1) % len(qs)][0]
        seen = set(page.evaluate("unionnewsSearch.loaded.slice()"))
        page.fill("#q", nq)
        page.wait_for_function(done, arg=nq, timeout=120000)
        warm_ms = float(page.get_attribute("#search-app", "data-done-at")) - page.evaluate("window.inputAt")
        warm = sorted(set(page.evaluate("unionnewsSearch.loaded.slice()")) - seen)
        hit = len(got & want)
        rows.append({
            "query": q + ("  [" + "&".join(f"{a}={b}" for a, b in params.items()) + "]" if params else ""),
            "results": len(want), "shown_total": total, "files": len(cold),
            "first": sizes(site, first), "cold": sizes(site, cold), "panel": sizes(site, panel),
            "warm": sizes(site, warm), "parts": {name: sizes(site, [name]) for name in cold}, "ms": ms, "first_ms": first_ms, "warm_ms": warm_ms, "warm_next": nq,
            "recall": hit / len(want) if want else 1.0, "precision": hit / len(got) if got else 1.0,
            "false_positives": page.evaluate("unionnewsSearch.falsePositives"),
        })
        context.close()
    return rows


def pagefind_queries(site: Path, base: str, browser) -> list[dict]:
    rows = []
    for q, _params in queries():
        context = browser.new_context()
        page = context.new_page()
        got = []
        page.on("requestfinished", lambda req: got.append(req) if "/pagefind/" in req.url else None)
        page.goto(base + "index.html")
        page.wait_for_load_state("load")
        result = page.evaluate("""async (q) => {
            const t0 = performance.now();
            const pf = await import(new URL('pagefind/pagefind.js', document.baseURI).href);
            await pf.options({});
            const r = await pf.search(q);
            await Promise.all(r.results.slice(0, 10).map(x => x.data()));
            return {count: r.results.length, ms: performance.now() - t0};
        }""", q)
        # Pagefind's files are stored gzip-compressed, so their size on disk is what a server sends
        files = [site / r.url.split("/repo/", 1)[1].split("?")[0] for r in got]
        result.update(query=q, requests=len(got), bytes=sum(f.stat().st_size for f in files if f.is_file()))
        rows.append(result)
        context.close()
    return rows


def serve(site: Path) -> tuple[str, object]:
    from conftest import _SubPathHandler
    handler = functools.partial(_SubPathHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/repo/", server


def kib(pair: tuple[int, int]) -> str:
    return f"{pair[0] / 1024:6.0f} /{pair[1] / 1024:4.0f}"


def run_size(work: Path, n: int, args) -> dict:
    from conftest import CHROMIUM_ARGS, build_project, make_project
    from playwright.sync_api import sync_playwright
    project = corpus_project(work, n, args.corpus)
    site, stats = shell_site(work, n, project)
    print(f"[{n}] search index: {stats['seconds']:.1f} s, peak RSS {stats['peak_mb']:.0f} MB (site model alone "
          f"{stats['rss_before_mb']:.0f} MB), {stats['files']} files, {stats['bytes'] / 1048576:.1f} MiB", flush=True)
    if args.append:
        append = json.loads(subprocess.run([sys.executable, "-c", APPEND, str(project), str(args.append)], check=True,
                                           capture_output=True, text=True,
                                           env={**os.environ, "PYTHONPATH": str(ROOT / "src")}).stdout)
        stats["append"] = append
        print(f"[{n}] publishing the newest {args.append} articles onto the {n - args.append} before them: "
              f"{append['changed']} search files new, changed or gone, index {append['seconds']:.1f} s "
              f"({append['kept_segments']} of {append['segments']} segments kept)", flush=True)
    if args.index_only:
        return {"n": n, "index": stats}
    _, expected = brute_force(project)
    report = {"n": n, "index": stats, "ours": {}, "pagefind": None}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS)
        http_base, server = serve(site)
        for label, base in (("file", site.as_uri() + "/"), ("http", http_base)):
            rows = report["ours"][label] = measure(site, base, browser, expected)
            print(f"[{n}] ours over {label}: KiB raw / gzip; ms from the input event to results on screen")
            print(f"  {'query':<24}{'results':>8}{'shown':>8}{'first':>12}{'cold':>12}{'files':>6}{'panel':>12}"
                  f"{'warm':>12}{'1st ms':>7}{'ms':>6}{'warm ms':>8}{'recall':>7}{'prec':>6}")
            for r in rows:
                print(f"  {r['query']:<24}{r['results']:>8}{r['shown_total']:>8}{kib(r['first']):>12}{kib(r['cold']):>12}"
                      f"{r['files']:>6}{kib(r['panel']):>12}{kib(r['warm']):>12}{r['first_ms']:>7.0f}{r['ms']:>6.0f}{r['warm_ms']:>8.0f}"
                      f"{r['recall']:>7.3f}{r['precision']:>6.3f}", flush=True)
        server.shutdown()
        if args.pagefind:
            full = work / f"site-{n}" / "project"
            if not (full / "site" / "index.html").exists():
                started = time.perf_counter()
                build_project(make_project(full.parent, project / "content"))
                print(f"[{n}] whole site built in {time.perf_counter() - started:.0f} s", flush=True)
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "pagefind", "--site", str(full / "site"), "--glob", "article/*.html"],
                           check=True, capture_output=True)
            print(f"[{n}] pagefind index: {time.perf_counter() - started:.1f} s")
            base, server = serve(full / "site")
            pf = report["pagefind"] = pagefind_queries(full / "site", base, browser)
            server.shutdown()
            print(f"[{n}] pagefind over http (cold; gzip bytes of the files it requested) vs ours (cold gzip, http)")
            for r, o in zip(pf, report["ours"]["http"]):
                print(f"  {r['query']:<24}{r['count']:>8} results {r['bytes'] / 1024:>7.0f} KiB in {r['requests']:>3} "
                      f"requests, {r['ms']:>6.0f} ms  → ours/pagefind {o['cold'][1] / max(r['bytes'], 1):.2f}", flush=True)
        browser.close()
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("work", type=Path)
    ap.add_argument("-n", type=int, action="append")
    ap.add_argument("--pagefind", action="store_true", help="build the whole site and compare with Pagefind")
    ap.add_argument("--corpus", type=Path, help="folder with ready corpora c<n>/ (site.toml + content/)")
    ap.add_argument("--json", type=Path, help="write every number here")
    ap.add_argument("--append", type=int, default=64, metavar="DAY",
                    help="also time publishing the newest DAY articles onto the rest (0: skip)")
    ap.add_argument("--index-only", action="store_true", help="the index figures only, no browser")
    args = ap.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    reports = [run_size(args.work.resolve(), n, args) for n in args.n or [10000]]
    if args.json:
        args.json.write_text(json.dumps(reports, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
