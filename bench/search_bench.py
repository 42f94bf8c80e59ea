#!/usr/bin/env python3
"""Search benchmark (issue 4): our index vs Pagefind on the same built site.

    .venv/bin/python bench/search_bench.py WORK_DIR [-n 10000 -n 100000] [--no-pagefind]

For each size: make the corpus (../shared/bench/make_corpus.py), build the site, then time the
search index alone in a fresh process (time, peak RSS over the loaded site), count its files
and bytes, and run bench/queries.txt in Chromium: bytes loaded by a cold first query and a
warm next one (raw and gzip -6, as GitHub Pages would send them), time to first results on
file:// and over HTTP, and the result counts.  Pagefind (pip install 'pagefind[extended]')
indexes the same site/ and answers the same queries over HTTP; ratios are printed.
Not a test: it takes minutes and its timings depend on the machine.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MAKE_CORPUS = Path(os.environ.get("MAKE_CORPUS", ROOT.parent / "shared" / "bench" / "make_corpus.py"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "src"))

INDEX_ONLY = r"""
import json, resource, sys, time
from pathlib import Path
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


def queries() -> list[tuple[str, str]]:
    out = []
    for line in (HERE / "queries.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            q, _, params = line.partition("\t")
            out.append((q, params))
    return out


def sizes(site: Path, names: list[str]) -> tuple[int, int]:
    raw = packed = 0
    for name in names:
        data = (site / "search" / f"{name}.js").read_bytes()
        raw += len(data)
        packed += len(gzip.compress(data, 6, mtime=0))
    return raw, packed


def our_queries(site: Path, base: str, browser) -> list[dict]:
    from urllib.parse import quote
    rows = []
    qs = queries()
    for k, (q, params) in enumerate(qs):
        page = browser.new_page()
        url = base + "search.html?q=" + quote(q) + ("&" + params if params else "")
        started = time.perf_counter()
        page.goto(url)
        page.wait_for_selector("#search-app[data-state=done]", timeout=120000)
        cold_ms = (time.perf_counter() - started) * 1000
        cold = page.evaluate("unionnewsSearch.loaded.slice(0, +document.querySelector('#search-app').dataset.parts)")
        total = page.inner_text("#search-status")
        engine_ms = float(page.get_attribute("#search-app", "data-ms"))
        page.wait_for_timeout(200)
        seen = set(page.evaluate("unionnewsSearch.loaded.slice()"))  # facets included
        facets_raw, _ = sizes(site, sorted(seen - set(cold)))
        nq = qs[(k + 1) % len(qs)][0]  # warm: type the next query into the same page
        page.fill("#q", "")
        page.type("#q", nq)
        typed = time.perf_counter()
        page.wait_for_function("q => document.querySelector('#search-app').dataset.q === q"
                               " && document.querySelector('#search-app').dataset.state === 'done'",
                               arg=nq, timeout=120000)
        warm_ms = (time.perf_counter() - typed) * 1000
        warm = sorted(set(page.evaluate("unionnewsSearch.loaded.slice()")) - seen)
        raw, packed = sizes(site, cold)
        wraw, wpacked = sizes(site, warm)
        rows.append({"query": q + (" [" + params + "]" if params else ""), "results": total,
                     "cold_files": len(cold), "cold_kib": raw / 1024, "cold_gz_kib": packed / 1024,
                     "facets_kib": facets_raw / 1024, "warm_next": nq, "warm_kib": wraw / 1024,
                     "warm_gz_kib": wpacked / 1024, "engine_ms": engine_ms, "page_load_ms": cold_ms,
                     "keystroke_to_results_ms": warm_ms})
        page.close()
    return rows


def pagefind_queries(site: Path, base: str, browser) -> list[dict]:
    rows = []
    for q, params in queries():
        page = browser.new_page()
        got = []
        page.on("requestfinished", lambda req: got.append(req) if "/pagefind/" in req.url else None)
        page.goto(base + "index.html")
        page.wait_for_load_state("load")
        started = time.perf_counter()
        result = page.evaluate("""async (q) => {
            const t0 = performance.now();
            const pf = await import(new URL('pagefind/pagefind.js', document.baseURI).href);
            await pf.options({});
            const r = await pf.search(q);
            const first = await Promise.all(r.results.slice(0, 10).map(x => x.data()));
            const entries = performance.getEntriesByType('resource').filter(e => e.name.includes('/pagefind/'));
            return {count: r.results.length, ms: performance.now() - t0, requests: entries.length,
                    bytes: entries.reduce((s, e) => s + (e.transferSize || e.encodedBodySize || 0), 0),
                    first: first.length};
        }""", q)
        result["wall_ms"] = (time.perf_counter() - started) * 1000
        result["requests"] = len(got)
        # Pagefind's files are stored gzip-compressed, so their size on disk is what a server sends
        files = [site / r.url.split("/repo/", 1)[1].split("?")[0] for r in got]
        result["bytes"] = sum(f.stat().st_size for f in files if f.is_file())
        result["query"] = q
        rows.append(result)
        page.close()
    return rows


def run_size(work: Path, n: int, pagefind: bool) -> None:
    from conftest import CHROMIUM_ARGS, build_project, make_project, _SubPathHandler  # noqa: F401
    import functools
    import http.server
    import threading
    from playwright.sync_api import sync_playwright

    corpus = work / f"corpus-{n}"
    if not (corpus / "content").is_dir():
        subprocess.run([sys.executable, str(MAKE_CORPUS), str(corpus), "-n", str(n)], check=True)
    project_dir = work / f"site-{n}"
    site = project_dir / "project" / "site"
    if not site.is_dir():
        started = time.perf_counter()
        project = make_project(project_dir, corpus / "content")
        report = build_project(project)
        print(f"[{n}] whole build: {report.summary()} (wall {time.perf_counter() - started:.1f} s)")
    index = json.loads(subprocess.run(
        [sys.executable, "-c", INDEX_ONLY, str(project_dir / "project"), str(work / f"index-only-{n}")],
        check=True, capture_output=True, text=True).stdout)
    shutil.rmtree(work / f"index-only-{n}", ignore_errors=True)
    print(f"[{n}] search index: {index['seconds']:.1f} s, peak RSS {index['peak_mb']:.0f} MB "
          f"(site model alone {index['rss_before_mb']:.0f} MB), {index['files']} files, "
          f"{index['bytes'] / 1048576:.1f} MiB")

    handler = functools.partial(_SubPathHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    http_base = f"http://127.0.0.1:{server.server_address[1]}/repo/"
    pf_rows = []
    if pagefind:
        started = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-v", sys.executable, "-m", "pagefind", "--site", str(site), "--glob", "article/*.html"],
                              capture_output=True, text=True)
        pf_seconds = time.perf_counter() - started
        rss = next((int(line.split()[-1]) for line in proc.stderr.splitlines() if "Maximum resident" in line), 0)
        pf_files = list((site / "pagefind").rglob("*"))
        pf_bytes = sum(f.stat().st_size for f in pf_files if f.is_file())
        print(f"[{n}] pagefind index: {pf_seconds:.1f} s, peak RSS {rss / 1024:.0f} MB, "
              f"{len(pf_files)} files, {pf_bytes / 1048576:.1f} MiB  → ours/pagefind: time "
              f"{index['seconds'] / pf_seconds:.2f}, bytes {index['bytes'] / max(pf_bytes, 1):.2f}")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS)
        for label, base in (("file://", site.as_uri() + "/"), ("http /repo/", http_base)):
            rows = our_queries(site, base, browser)
            print(f"[{n}] ours over {label}")
            print(f"  {'query':<22}{'results':>14}{'cold KiB':>10}{'gz':>8}{'files':>6}{'facets':>8}"
                  f"{'warm KiB':>10}{'engine ms':>10}{'key→res ms':>11}")
            for r in rows:
                print(f"  {r['query']:<22}{r['results']:>14}{r['cold_kib']:>10.0f}{r['cold_gz_kib']:>8.0f}"
                      f"{r['cold_files']:>6}{r['facets_kib']:>8.0f}{r['warm_kib']:>10.0f}{r['engine_ms']:>10.0f}"
                      f"{r['keystroke_to_results_ms']:>11.0f}")
        if pagefind:
            pf_rows = pagefind_queries(site, http_base, browser)
            print(f"[{n}] pagefind over http /repo/ (cold; bytes of the files it requested)")
            for r, o in zip(pf_rows, rows):
                ratio = o["cold_kib"] * 1024 / r["bytes"] if r["bytes"] else float("nan")
                print(f"  {r['query']:<22}{r['count']:>8} results {r['bytes'] / 1024:>8.0f} KiB in "
                      f"{r['requests']:>3} requests, {r['ms']:>7.0f} ms  → ours/pagefind bytes {ratio:.2f}")
        browser.close()
    server.shutdown()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("work", type=Path)
    ap.add_argument("-n", type=int, action="append")
    ap.add_argument("--no-pagefind", action="store_true")
    args = ap.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    for n in args.n or [10000]:
        run_size(args.work.resolve(), n, not args.no_pagefind)
    return 0


if __name__ == "__main__":
    sys.exit(main())
