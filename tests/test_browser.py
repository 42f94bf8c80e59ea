"""A reader's path through the shipped archive in Debian's Chromium: from disk and from a sub-path."""
from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser


def walk_archive(page, start: str) -> None:
    """Home → issue → 版面 (a section of the issue page) → article → person, checking what each shows."""
    page.goto(start)
    assert page.locator("html").get_attribute("lang") == "zh-CN"
    assert page.title().startswith("工会报刊数字档案")
    issue_link = page.locator(".issue-card h2 a").first
    issue_label = issue_link.inner_text()
    issue_link.click()
    assert re.search(r"/[a-z]+/\d{4}/\d{4}-\d\d-\d\d\.html$", page.url)  # the issue: <paper>/<YYYY>/<YYYY-MM-DD>.html
    assert page.locator("h1").inner_text().startswith(issue_label.split(" · ")[0])

    page_link = page.locator("ol[aria-label=版面] a").first
    page_label = page_link.inner_text()
    page_link.click()
    anchor = page.url.rsplit("#", 1)[1]  # a 版面: <issue URL>#p<N>
    assert page.locator(f"h2#{anchor}").inner_text().startswith(page_label)

    article_link = page.locator(f"h2#{anchor} ~ ul > li > a").first
    headline = article_link.inner_text()
    article_link.click()
    assert "/article/" in page.url
    printed = page.locator("article > dl a[href*='#p']")  # the 出处 row names the 版面 the article is on
    assert printed.inner_text() == page_label
    printed.click()  # back to that 版面
    assert page.url.endswith("#" + anchor)

    page.locator(f"h2#{anchor} ~ ul > li > a").first.click()
    assert "/article/" in page.url
    assert page.locator("article h1").inner_text() == headline
    body = "".join(page.locator("article > p").all_inner_texts())  # the text: the article's own paragraphs
    assert len(body) > 20 and any("\u4e00" <= ch <= "\u9fff" for ch in body)
    # the stylesheet loaded: the headline block is centred
    assert page.locator("article > header").evaluate("e => getComputedStyle(e).textAlign") == "center"

    person = page.locator("article > dl a[href*='people/']").first
    name = person.inner_text()
    person.click()
    assert "/people/" in page.url
    assert page.locator("h1").inner_text() == name
    assert page.locator(".dated > li > a", has_text=headline).count() == 1  # a term page's list

    page.go_back()
    assert page.locator("article h1").inner_text() == headline
    assert page.errors == []


def test_reader_walks_the_archive_from_disk(page, shipped_site):
    walk_archive(page, (shipped_site / "index.html").as_uri())


def test_reader_walks_the_archive_under_a_github_pages_subpath(page, shipped_site, serve_subpath):
    base = serve_subpath(shipped_site)
    walk_archive(page, base + "index.html")
    assert page.url.startswith(base)


def test_missing_page_gets_the_404_page_with_working_links(page, shipped_site, tmp_path, serve_subpath):
    from conftest import build_project, make_project, ROOT
    project = make_project(tmp_path, ROOT / "content")
    build_project(project, base_url="http://127.0.0.1/repo/")
    base = serve_subpath(project / "site")
    response = page.goto(base + "no/such/page.html")
    assert response.status == 404
    assert page.locator("h1").inner_text() == "找不到这个页面"
    page.locator("main a", has_text="首页").click()
    page.wait_for_url(base + "index.html")  # and its load event: count() below does not wait
    assert page.locator(".issue-card").count() >= 1
