"""Offline reading over http(s): the service worker keeps visited pages and a saved issue."""
from __future__ import annotations

import re

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
    assert page.locator("h1").inner_text() == "找不到这个页面"  # offline fallback: not a browser error page
    context.close()


def test_no_service_worker_from_disk(page, shipped_site):
    page.goto((shipped_site / "index.html").as_uri())
    assert page.evaluate("() => document.querySelector('link[rel=manifest]') === null")
    assert page.errors == []
