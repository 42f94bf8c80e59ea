"""Offline reading over http(s): the service worker keeps visited pages and a saved issue."""
from __future__ import annotations

import re
from urllib.parse import urljoin

import pytest

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
    article_links = page.locator(".listing > li > a")
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
    href = page.locator(".listing > li > a").last.get_attribute("href")
    title = page.locator(".listing > li > a").last.inner_text()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.clearBrowserCache")
    context.set_offline(True)
    page.goto(urljoin(base + issue, href))
    assert page.locator("article h1").inner_text() == title
    styled = page.evaluate("() => getComputedStyle(document.querySelector('.headline-block')).textAlign")
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
