"""The offline edition as one ZIM file: its entries, metadata and indexes, reproducibility,
clear errors, and the real readers (zimcheck; kiwix-serve with Debian's Chromium)."""
from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import re
import shutil
import socket
import struct
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from libzim.reader import Archive
from libzim.search import Query, Searcher
from libzim.suggestion import SuggestionSearcher

from unionnews.cli import main
from unionnews.config import load_config
from unionnews.errors import UnionnewsError
from unionnews.zim import WEB_HOST_ONLY, article_text, metadata, read_site, write_zim

HEADLINE = "创新离我并不远"  # the headline of a shipped article (grrb-20250926-03-01)
BODY_WORD = "芯片"  # a word of that article's body, in no other shipped article's text


@pytest.fixture(scope="session")
def shipped_zim(shipped_site, tmp_path_factory) -> Path:
    config, _ = load_config(shipped_site.parent)
    return write_zim(config, tmp_path_factory.mktemp("zim") / "shipped.zim").out


def _entries(path: Path) -> dict[str, tuple[str, str, bytes]]:
    """Every user entry (path → title, mimetype, bytes), following no redirects."""
    archive = Archive(path)
    out = {}
    for index in range(archive.entry_count):
        entry = archive._get_entry_by_id(index)
        item = entry.get_item()
        out[entry.path] = (entry.title, item.mimetype, bytes(item.content))
    return out


def _is_article(page: bytes) -> bool:
    return re.search(rb'"@type"\s*:\s*"NewsArticle"', page) is not None


# ---------------------------------------------------------------- contents


def test_every_site_file_is_an_entry_with_its_type(shipped_site, shipped_zim):
    archive = Archive(shipped_zim)
    on_disk = {p.relative_to(shipped_site).as_posix() for p in shipped_site.rglob("*") if p.is_file()}
    expected = {p for p in on_disk if not p.startswith(".") and "/." not in p and p not in WEB_HOST_ONLY}
    entries = _entries(shipped_zim)
    assert set(entries) >= expected
    assert not set(entries) & WEB_HOST_ONLY  # the service worker, manifest, robots.txt, sitemap.xml stay out
    for path in expected:
        assert entries[path][2] == (shipped_site / path).read_bytes(), path
    types = {path: entries[path][1] for path in expected}
    assert types["index.html"] == "text/html"
    assert {t for p, t in types.items() if p.endswith(".js")} == {"text/javascript"}
    assert {t for p, t in types.items() if p.endswith(".css")} == {"text/css"}
    assert {t for p, t in types.items() if p.endswith(".svg")} == {"image/svg+xml"}
    assert archive.main_entry.get_item().path == "index.html"


def test_metadata_and_illustration(shipped_zim):
    archive = Archive(shipped_zim)
    meta = {key: archive.get_metadata(key).decode() for key in archive.metadata_keys
            if not key.startswith("Illustration")}
    assert meta["Language"] == "zho"
    assert meta["Title"] == "工会报刊数字档案"
    assert meta["Publisher"] == "工会报刊数字档案"
    assert "工人日报" in meta["Creator"]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["Date"])
    assert re.fullmatch(r"[a-z0-9_-]+", meta["Name"])
    for key in ("Description", "Tags", "Source"):
        assert meta[key]
    assert archive.get_illustration_sizes() == {48}
    png = bytes(archive.get_illustration_item(48).content)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (48, 48)


def test_title_and_fulltext_index_hold_articles_only(shipped_site, shipped_zim):
    archive = Archive(shipped_zim)
    articles = {p.relative_to(shipped_site).as_posix() for p in shipped_site.rglob("*.html")
                if _is_article(p.read_bytes())}
    assert archive.article_count == len(articles) > 0
    assert archive.has_fulltext_index and archive.has_title_index

    results = Searcher(archive).search(Query().set_query("工会"))
    found = set(results.getResults(0, 1000))
    assert found and found <= articles  # listing pages name 工会 too, but are not results
    assert len(found) == results.getEstimatedMatches()

    suggestions = set(SuggestionSearcher(archive).suggest("创新").getResults(0, 100))
    assert suggestions and suggestions <= articles
    assert any(HEADLINE in archive.get_entry_by_path(p).title for p in suggestions)

    body_hits = list(Searcher(archive).search(Query().set_query(BODY_WORD)).getResults(0, 10))
    assert [archive.get_entry_by_path(p).title for p in body_hits] == ["“创新离我并不远”"]


def test_article_text_is_the_article_element_without_navigation():
    page = ("<html><body><nav>首页 往期</nav><main><article><h1>标题</h1><nav>上一篇</nav>"
            "<p>第一段<br>第二行</p><script>var x = 1;</script><aside>相关</aside><p>第三段</p></article>"
            "<aside>相关报道</aside></main></body></html>")
    assert article_text(page) == "标题\n第一段\n第二行\n第三段"
    unclosed = "<body><article><p>一<p>二<ul><li>三<li>四</ul></article><p>文章之外</body>"
    assert article_text(unclosed) == "一\n二\n三\n四"
    assert article_text("<body><main><p>没有 article 元素</main><footer>页脚</footer></body>") == "没有 article 元素"


def test_a_page_is_an_article_by_its_json_ld_not_its_path(tmp_path):
    site = tmp_path / "site"
    (site / "any" / "where").mkdir(parents=True)
    (site / "index.html").write_text("<title>首页</title>", encoding="utf-8")
    ld = {"@context": "https://schema.org", "@graph": [{"@type": ["ReportageNewsArticle"], "headline": "一篇报道",
                                                         "keywords": ["劳模"], "datePublished": "2024-05-01"}]}
    (site / "any" / "where" / "x.html").write_text(
        f'<title>页面</title><script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        "<article><p>正文</p></article>", encoding="utf-8")
    (site / "list.html").write_text('<title>列表</title><script type="application/ld+json">'
                                    '{"@type": "CollectionPage"}</script>', encoding="utf-8")
    (site / ".hidden").write_text("x")
    entries = {e.path: e for e in read_site(site)}
    assert set(entries) == {"index.html", "any/where/x.html", "list.html"}
    article = entries["any/where/x.html"].article
    assert article is not None and (article.title, article.text, article.keywords, article.date) == (
        "一篇报道", "正文", "劳模", "2024-05-01")
    assert entries["any/where/x.html"].title == "一篇报道"
    assert entries["list.html"].article is None and entries["list.html"].title == "列表"


# ---------------------------------------------------------------- reproducible


def test_same_site_gives_same_entries(shipped_site, shipped_zim, tmp_path):
    config, _ = load_config(shipped_site.parent)
    again = write_zim(config, tmp_path / "again.zim", workers=1).out
    assert _entries(again) == _entries(shipped_zim)
    first, second = Archive(shipped_zim), Archive(again)
    for key in first.metadata_keys:
        assert first.get_metadata(key) == second.get_metadata(key), key
    assert first.article_count == second.article_count


def test_file_bytes_differ_only_in_random_ids_with_one_worker(shipped_site, tmp_path):
    """What README's "Reproducible" says: with one worker, two runs differ only in libzim's UUID
    (header, offset 8), the two Xapian databases' UUIDs and the MD5 checksum at the end."""
    config, _ = load_config(shipped_site.parent)
    one, two = (write_zim(config, tmp_path / f"{n}.zim", workers=1).out.read_bytes() for n in "ab")
    assert len(one) == len(two)
    runs: list[list[int]] = []
    for offset in (i for i in range(len(one)) if one[i] != two[i]):
        if runs and offset - runs[-1][1] <= 16:
            runs[-1][1] = offset
        else:
            runs.append([offset, offset])
    assert len(runs) == 4 and all(end - start < 16 for start, end in runs), runs
    assert 8 <= runs[0][0] and runs[0][1] < 24  # the header's UUID
    for start, _ in runs[1:3]:  # each Xapian glass database's version record: magic, version, UUID
        assert one.rfind(b"Xapian Glass", start - 20, start) != -1
    assert runs[-1][0] >= len(one) - 16  # the MD5 checksum that ends the file


# ---------------------------------------------------------------- errors


def test_no_site_yet_says_build_first(tmp_path, capsys):
    (tmp_path / "site.toml").write_text("", encoding="utf-8")
    assert main(["--root", str(tmp_path), "zim"]) == 1
    err = capsys.readouterr().err
    assert "build it first" in err and "Traceback" not in err


@pytest.mark.parametrize("case", ["missing folder", "a folder", "not a zim", "read-only folder", "inside site",
                                  "a place no one can write"])
def test_unwritable_out_is_named(shipped_site, tmp_path, capsys, case):
    if case == "missing folder":
        out = tmp_path / "no" / "such" / "x.zim"
    elif case == "a folder":
        out = tmp_path
    elif case == "not a zim":
        out = tmp_path / "notes.zim"
        out.write_text("my notes", encoding="utf-8")
    elif case == "inside site":
        out = shipped_site / "archive.zim"
    elif case == "a place no one can write":
        if not Path("/proc/self").is_dir():
            pytest.skip("needs Linux's /proc")
        out = Path("/proc/unionnews-test.zim")  # passes every check before writing; libzim's open fails
    else:
        if os.geteuid() == 0:
            pytest.skip("root can write to a read-only folder")
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o555)
        out = locked / "x.zim"
    assert main(["--root", str(shipped_site.parent), "zim", str(out)]) == 2
    err = capsys.readouterr().err
    assert (out.name or str(out)) in err and "Traceback" not in err
    if case == "not a zim":
        assert out.read_text(encoding="utf-8") == "my notes"  # never replaced
    elif case != "a folder":
        assert not out.exists()
    if out.parent.exists() and out.parent != Path("/proc"):
        assert not list(out.parent.glob(".*.partial*"))


# ---------------------------------------------------------------- the real readers


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is missing: `python3 build.py test` installs Debian's zim-tools and kiwix-tools "
                    "when run as root; else: sudo apt-get install zim-tools kiwix-tools")
    return path


def test_zimcheck_passes_with_every_check(shipped_zim):
    result = subprocess.run([_tool("zimcheck"), "-A", str(shipped_zim)], capture_output=True, text=True, timeout=300)
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    assert "Overall Test Status: Pass" in report, report
    assert "[ERROR]" not in report, report


@contextlib.contextmanager
def _kiwix_serve(zim: Path, env: dict[str, str] | None = None):
    """kiwix-serve on a free port of 127.0.0.1 → (base URL, the book's path)."""
    binary = _tool("kiwix-serve")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # --nosearchbar: kiwix-serve 3.3 (Debian bookworm) injects its own bar into every page, with inline
    # event handlers that the pages' Content-Security-Policy blocks; later versions show pages in a viewer
    # instead.  The site's own search box is what this test uses.
    process = subprocess.Popen([binary, "--address=127.0.0.1", f"--port={port}", "--nosearchbar", str(zim)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, **(env or {})})
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(base + "/", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    pytest.fail("kiwix-serve did not start")
                time.sleep(0.2)
        # The book's address: /<name> in kiwix-serve 3.3 (libkiwix 11), /content/<name> in later ones.
        catalog = _get(base + "/catalog/v2/entries")
        yield base, re.search(r'<link type="text/html" href="([^"]+)"', catalog).group(1).rstrip("/") + "/"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def kiwix(shipped_zim):
    with _kiwix_serve(shipped_zim) as served:
        yield served


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().decode("utf-8")


def test_kiwix_title_suggestions_find_the_headline(kiwix, shipped_zim):
    base, book = kiwix[0], shipped_zim.stem
    reply = _get(f"{base}/suggest?content={book}&term={urllib.parse.quote('创新')}")
    labels = [s.get("label", "") + s.get("value", "") for s in json.loads(reply)]
    assert any(HEADLINE in label for label in labels), reply


def test_kiwix_fulltext_search_finds_the_article_by_a_body_word(kiwix, shipped_zim):
    base, book = kiwix[0], shipped_zim.stem
    reply = _get(f"{base}/search?content={book}&pattern={urllib.parse.quote(BODY_WORD)}")
    assert HEADLINE in reply, reply[:2000]
    # 工会 is on nearly every listing page too, yet only article pages are results.
    listing = _get(f"{base}/search?content={book}&pattern={urllib.parse.quote('工会')}")
    archive = Archive(shipped_zim)
    hits = re.findall(r'<a href="/(?:content/)?' + re.escape(book) + r'/([^"]+)"', listing)
    assert hits
    assert all(_is_article(bytes(archive.get_entry_by_path(urllib.parse.unquote(h)).get_item().content))
               for h in hits)


def test_kiwix_finds_longer_words_where_xapian_splits_the_query_too(shipped_zim):
    """Debian's kiwix-serve (libzim 8) makes one term of a query's run of Chinese characters, so only
    one- and two-character words match the index's n-grams; with Xapian's CJK switch set (as libzim 9
    readers always do), any run of characters in an article is found."""
    word = "微组装工艺师"  # in that article's body
    with _kiwix_serve(shipped_zim, {"XAPIAN_CJK_NGRAM": "1"}) as (base, _):
        reply = _get(f"{base}/search?content={shipped_zim.stem}&pattern={urllib.parse.quote(word)}")
    assert HEADLINE in reply, reply[:2000]


@pytest.mark.browser
def test_site_inside_the_zim_works_through_kiwix_serve(kiwix, page):
    base, path = kiwix
    root = base + path
    outside: list[str] = []
    failed: set[str] = set()
    page.on("request", lambda r: None if r.url.startswith(base + "/") else outside.append(r.url))
    page.on("response", lambda r: failed.add(r.url.rsplit("/", 1)[-1]) if r.status >= 400 else None)

    page.goto(root + "index.html")
    page.locator(".issue-card h2 a").first.click()  # an issue
    page.wait_for_load_state()
    assert page.locator("[data-save-issue]").is_hidden()  # 保存本期 needs the service worker, left out
    strip = page.locator("ol[aria-label=版面] a").first  # a 版面: a section of the page
    label, anchor = strip.inner_text(), strip.get_attribute("href").lstrip("#")
    strip.click()
    assert page.locator(f"h2#{anchor}").inner_text().startswith(label) and "版" in label
    headline = page.locator(f"h2#{anchor} ~ ul > li > a").first
    title = headline.inner_text()
    headline.click()  # an article
    page.wait_for_load_state()
    assert page.locator("article h1").inner_text() == title

    page.locator("input[type=search]").first.fill("工会")
    page.locator("input[type=search]").first.press("Enter")
    page.wait_for_function("() => document.querySelectorAll('#search-results li').length > 0", timeout=30_000)
    assert page.locator("#search-results li").count() > 0
    assert "工会" in page.locator("#search-results").inner_text()
    assert outside == []
    assert failed == set()
    # The service worker is left out of the ZIM: registering it fails (Chromium logs the 404 of the
    # worker's script, a fetch no page event shows), and nothing else goes wrong.
    with pytest.raises(urllib.error.HTTPError, match="404"):
        _get(root + "sw.js")
    errors = [e for e in page.errors if "bad HTTP response code (404) was received when fetching the script" not in e]
    assert errors == [], "\n".join(errors)


def test_metadata_keeps_to_openzim_limits_and_loses_nothing(shipped_site, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    config, _ = load_config(shipped_site.parent)
    long = dataclasses.replace(config, title="工会报刊" * 10, description="一句很长的描述。" * 20)
    meta = metadata(long, read_site(shipped_site))
    assert len(meta["Title"]) == 30 and meta["Title"].endswith("…")
    assert len(meta["Description"]) == 80 and meta["LongDescription"] == long.description
    assert "LongDescription" not in metadata(config, [])
    assert metadata(config, [])["Date"] == "1970-01-01"  # no articles and no SOURCE_DATE_EPOCH: never the clock
    assert metadata(dataclasses.replace(config, language="yue-HK"), [])["Language"] == "yue"
    with pytest.raises(UnionnewsError, match="ISO 639-3"):
        metadata(dataclasses.replace(config, language="xx"), [])
