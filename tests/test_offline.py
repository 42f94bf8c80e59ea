"""Offline reading over http(s): the service worker keeps visited pages and a saved issue."""
from __future__ import annotations

import random
import re
import subprocess
import sys
from urllib.parse import quote, urljoin

import pytest
from conftest import MAKE_CORPUS, build_project, make_project

pytestmark = pytest.mark.browser


def test_visited_article_and_saved_issue_open_offline(chromium, shipped_site, serve_subpath):
    base = serve_subpath(shipped_site)
    context = chromium.new_context()
    page = context.new_page()
    page.goto(base + "index.html")
    page.evaluate("() => navigator.serviceWorker.ready")
    issue_href = page.locator(".issue-card h2 a").first.get_attribute("href")
    page.goto(base + issue_href)
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")
    article_links = page.locator("main > h2[id] ~ ul > li > a")
    first_title = article_links.first.inner_text()
    last_href = article_links.last.get_attribute("href")
    last_title = article_links.last.inner_text()
    article_links.first.click()
    assert page.locator("article h1").inner_text() == first_title
    article_url = page.url

    page.go_back()
    button = page.locator("[data-save-issue]")
    button.click()
    page.wait_for_function("() => document.querySelector('[data-save-issue]').dataset.saved")
    issue_url = page.url

    context.set_offline(True)
    page.goto(article_url)  # visited: kept
    assert page.locator("article h1").inner_text() == first_title
    page.goto(issue_url)
    page.goto(re.sub(r"[^/]+/[^/]+/[^/]+\.html$", "", issue_url.split("#")[0]) + last_href.replace("../", ""))
    assert page.locator("article h1").inner_text() == last_title  # never visited, saved with the issue
    page.goto(base + "never-built.html")
    # offline fallback: not a browser error page, and not the 404 text either
    assert page.locator("h1:visible").inner_text() == "离线：这个页面还没有保存"
    assert not page.get_by_text("链接可能有误").is_visible()
    context.close()


def test_a_saved_article_reads_styled_offline_after_the_browser_cache_is_cleared(chromium, shipped_site, serve_subpath):
    """The first page visited is an issue; 保存本期; no network, no HTTP cache: an article of it opens styled."""
    base = serve_subpath(shipped_site)
    context = chromium.new_context(viewport={"width": 375, "height": 812})
    page = context.new_page()
    issue = next(shipped_site.glob("*/20*/20??-??-??.html")).relative_to(shipped_site).as_posix()
    page.goto(base + issue)
    page.evaluate("() => navigator.serviceWorker.ready")
    page.locator("[data-save-issue]").click()
    page.wait_for_function("() => document.querySelector('[data-save-issue]').dataset.saved")
    href = page.locator("main > h2[id] ~ ul > li > a").last.get_attribute("href")
    title = page.locator("main > h2[id] ~ ul > li > a").last.inner_text()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.clearBrowserCache")
    context.set_offline(True)
    page.goto(urljoin(base + issue, href))
    assert page.locator("article h1").inner_text() == title
    styled = page.evaluate("() => getComputedStyle(document.querySelector('article > header')).textAlign")
    assert styled == "center"  # the stylesheet came from the worker's cache: unstyled text would be "start"
    page.goto(base + "search.html?q=" + title[:2])  # the search page and its global files were kept at install:
    page.wait_for_function("() => ['done', 'error'].includes(document.querySelector('#search-app').dataset.state)")
    status = page.locator("#search-status").inner_text()  # results, or a plain word that this needs the network
    assert page.locator("#search-results li").count() > 0 or status.startswith("现在离线，或检索文件不全"), status
    context.close()


def test_no_service_worker_from_disk(page, shipped_site):
    page.goto((shipped_site / "index.html").as_uri())
    assert page.evaluate("() => document.querySelector('link[rel=manifest]') === null")
    assert page.errors == []


def _body_text(article_html: str) -> str:
    body = re.search(r'</dl>(.*?)<footer>', article_html, re.S).group(1)  # the text: after the byline, before the footer
    body = re.sub(r'<details class=review>.*?</details>', "", body, flags=re.S)
    return re.sub(r"<[^>]+>", "", body)


def _phrases(text: str, rng: random.Random, avoid: str = "") -> list[str]:
    """Runs of 6–10 Chinese characters of text (no quotes or spaces to parse), none found in avoid."""
    runs = [r for r in re.findall(r"[\u4e00-\u9fff]{6,}", text)]
    out = []
    for run in rng.sample(runs, len(runs)):
        size = rng.randint(6, min(10, len(run)))
        at = rng.randint(0, len(run) - size)
        phrase = run[at:at + size]
        if phrase not in avoid:
            out.append(phrase)
    return out


def _search_offline(page, base: str, q: str) -> tuple[list[str], str]:
    page.goto(base + "search.html?q=" + quote(q))
    page.wait_for_function("q => { const b = document.querySelector('#search-app');"
                           " return ['done', 'error'].includes(b.dataset.state) && b.dataset.q === q }", arg=q)
    hrefs = page.eval_on_selector_all("#search-results a.headline", "links => links.map(a => a.href)")
    return hrefs, page.locator("#search-status").inner_text()


def _save_then_search_offline(chromium, site, base: str, saved: str, unsaved: str, rng: random.Random) -> None:
    """Open issue `saved` (a path under site/), 保存本期, cut the network: a phrase of each of its articles,
    whose lists were never loaded, finds that article, saying only the saved issue was searched; a phrase
    found only in issue `unsaved` gets that notice, not a bare "no results"."""
    context = chromium.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(base + saved)
    page.evaluate("() => navigator.serviceWorker.ready")
    hrefs = list(dict.fromkeys(page.eval_on_selector_all("main > h2[id] ~ ul > li > a", "links => links.map(a => a.href)")))
    page.locator("[data-save-issue]").click()
    page.wait_for_function("() => document.querySelector('[data-save-issue]').dataset.saved")
    assert "可离线阅读和搜索" in page.locator("[data-save-issue]").inner_text()
    assert page.locator("[data-save-issue]").get_attribute("data-searchable") == str(len(hrefs))

    def text_of(url: str) -> str:
        return _body_text((site / url[len(base):]).read_text(encoding="utf-8"))

    saved_text = "\n".join(text_of(h) for h in hrefs)
    unsaved_page = (site / unsaved).read_text(encoding="utf-8")
    listings = "".join(re.findall(r'</h2>\n<ul>.*?</ul>', unsaved_page, re.S))
    unsaved_hrefs = [urljoin(base + unsaved, h) for h in dict.fromkeys(re.findall(r'<a href=([^ >]+)>', listings))]
    context.set_offline(True)
    kept = page.evaluate("async () => { const out = []; for (const n of await caches.keys())"
                         " for (const r of await (await caches.open(n)).keys()) out.push(r.url); return out; }")
    assert not [u for u in kept if re.search(r"/search/\d+/", u)], "a list file was kept: the test needs none"
    for href in hrefs:
        phrase = _phrases(text_of(href), rng)[0]
        found, status = _search_offline(page, base, phrase)
        assert href in found, (phrase, status)
        assert status.startswith("离线：只在已保存的 1 期中搜索"), status
    elsewhere = [p for h in unsaved_hrefs for p in _phrases(text_of(h), rng, avoid=saved_text)]
    assert elsewhere, "the unsaved issue has no phrase of its own"
    found, status = _search_offline(page, base, elsewhere[0])
    assert found == []
    assert status.startswith("离线：只在已保存的 1 期中搜索，其中没有“" + elsewhere[0] + "”"), status
    assert page.locator(".search-none").count() == 0  # no "没有找到" page with its hints
    page.evaluate("async () => { for (const n of await caches.keys()) { const c = await caches.open(n);"
                  " for (const r of await c.keys()) if (/[/]search[/]r[/]/.test(r.url)) await c.delete(r); } }")
    # The records also sit in Chromium's HTTP cache, which may still count them fresh offline; a browser
    # that dropped the saved files has dropped those too.
    context.new_cdp_session(page).send("Network.clearBrowserCache")
    found, status = _search_offline(page, base, phrase)  # the browser has dropped the saved records
    assert found == [] and "这次搜索要用的文件不在本机，保存的各期也读不出来" in status, status
    assert errors == []
    context.close()


def test_a_saved_issue_is_searched_offline(chromium, shipped_site, serve_subpath):
    rng = random.Random(19)
    issues = sorted(p.relative_to(shipped_site).as_posix() for p in shipped_site.glob("*/20*/20??-??-??.html"))
    saved, unsaved = rng.sample(issues, 2)
    _save_then_search_offline(chromium, shipped_site, serve_subpath(shipped_site), saved, unsaved, rng)


def test_a_saved_issue_is_found_among_papers_of_the_same_day(chromium, serve_subpath, tmp_path):
    """Two papers publish on one day: saving one's issue keeps that paper's records, and offline the other's
    articles are not found (they were not saved), with the notice saying so."""
    subprocess.run([sys.executable, str(MAKE_CORPUS), str(tmp_path / "gen"), "-n", "400", "--seed", "19",
                    "--from-year", "2024", "--to-year", "2024"], check=True, capture_output=True)
    project = make_project(tmp_path, tmp_path / "gen" / "content")
    build_project(project)
    site = project / "site"
    by_day: dict[str, list[str]] = {}
    for issue in sorted(site.glob("*/20*/20??-??-??.html")):
        by_day.setdefault(issue.stem, []).append(issue.relative_to(site).as_posix())
    rng = random.Random(1919)
    shared = [day for day, issues in sorted(by_day.items()) if len(issues) > 1]
    assert shared, "the corpus has no day with two papers"
    saved, unsaved = rng.sample(by_day[rng.choice(shared)], 2)
    _save_then_search_offline(chromium, site, serve_subpath(site), saved, unsaved, rng)


def test_from_disk_there_is_nothing_to_save_and_search_needs_no_network(page, shipped_site):
    """file:// has no service worker, so no 保存本期; the whole index is on disk, so search finds a phrase
    of any issue with no network and no offline notice."""
    issue = sorted(shipped_site.glob("*/20*/20??-??-??.html"))[-1]
    page.goto(issue.as_uri())
    assert page.locator("[data-save-issue]").is_hidden()
    article = re.search(r'</h2>\n<ul>.*?<a href=([^ >]+)>', issue.read_text(encoding="utf-8"), re.S).group(1)
    target = (issue.parent / article).resolve()
    phrase = _phrases(_body_text(target.read_text(encoding="utf-8")), random.Random(5))[0]
    page.goto((shipped_site / "search.html").as_uri() + "?q=" + quote(phrase))
    page.wait_for_function("() => document.querySelector('#search-app').dataset.state === 'done'")
    found = page.eval_on_selector_all("#search-results a.headline", "links => links.map(a => a.href)")
    assert target.as_uri() in found
    assert not page.locator("#search-status").inner_text().startswith("离线")
    assert page.errors == []
