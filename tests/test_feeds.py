"""feeds.py: the Atom feed, sitemaps, robots.txt and the web manifest, parsed as their readers parse them."""
from __future__ import annotations

import datetime as dt
import json
import random
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from unionnews import feeds
from unionnews.config import Config
from unionnews.content import Article
from unionnews.pages import article_url, build_site

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
BASE = "https://example.org/repo/"


def site_of(count: int, **settings):
    rng = random.Random(count)
    articles = []
    for n in range(count):
        day = dt.date(2024, 1, 1) + dt.timedelta(days=n // 3)
        articles.append(Article(
            id=f"grrb-{day:%Y%m%d}-01-{n % 3 + 1:02d}", title=f"标题 <{n}> & “引号”", date=day, paper="工人日报",
            body=f"第{n}篇的正文，含 <b>标记</b> 与 & 符号。" * rng.randrange(1, 40), path=f"content/{n}.md", page=1,
            kicker="引题" if n % 2 else "", reporters=("张三",) if n % 4 else (), tags=("劳模", "工匠")[: n % 3]))
    rng.shuffle(articles)
    return build_site(articles, Config(root=Path("/nonexistent"), base_url=BASE, **settings))


def test_atom_feed_is_well_formed_atom_newest_first():
    site = site_of(20, feed_size=8)
    root = ET.fromstring(feeds.atom_feed(site))
    assert root.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated", "author"):
        assert root.find(f"{ATOM}{required}") is not None, required
    links = {link.get("rel"): link.get("href") for link in root.findall(f"{ATOM}link")}
    assert links == {"alternate": BASE, "self": BASE + "atom.xml"}
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 8
    newest = site.articles[:8]
    assert [e.findtext(f"{ATOM}id") for e in entries] == [BASE + article_url(a) for a in newest]
    assert root.findtext(f"{ATOM}updated") == f"{newest[0].date.isoformat()}T00:00:00+08:00"
    ids = set()
    for entry, article in zip(entries, newest):
        for required in ("id", "title", "updated", "published", "summary"):
            assert entry.findtext(f"{ATOM}{required}"), required
        assert entry.find(f"{ATOM}link").get("href") == entry.findtext(f"{ATOM}id")
        assert article.title in entry.findtext(f"{ATOM}title"), "text is escaped, not mangled"
        assert entry.findtext(f"{ATOM}updated").startswith(article.date.isoformat())
        assert [c.get("term") for c in entry.findall(f"{ATOM}category")] == list(article.tags)
        ids.add(entry.findtext(f"{ATOM}id"))
    assert len(ids) == len(entries)


def test_atom_feed_is_the_same_bytes_every_build():
    assert feeds.atom_feed(site_of(12)) == feeds.atom_feed(site_of(12))


def test_atom_feed_of_an_empty_archive_is_still_a_valid_feed():
    root = ET.fromstring(feeds.atom_feed(site_of(0)))
    assert root.tag == f"{ATOM}feed" and root.findall(f"{ATOM}entry") == []
    assert root.findtext(f"{ATOM}updated")


def test_sitemap_lists_every_html_page_once_absolute():
    site = site_of(3)
    urls = ["index.html", "article/2024/b.html", "404.html", "atom.xml", "static/style.css", "article/2024/a.html",
            "search/manifest.js"]
    files = feeds.sitemaps(site, urls)
    assert list(files) == ["sitemap.xml"]
    root = ET.fromstring(files["sitemap.xml"])
    assert root.tag == f"{SITEMAP}urlset"
    assert [u.findtext(f"{SITEMAP}loc") for u in root] == [
        BASE + "article/2024/a.html", BASE + "article/2024/b.html", BASE + "index.html"]


def test_a_large_sitemap_becomes_an_index_of_files_under_the_limit(monkeypatch):
    monkeypatch.setattr(feeds, "SITEMAP_LIMIT", 3)
    urls = [f"article/2024/{n:03d}&x.html" for n in range(8)]
    files = feeds.sitemaps(site_of(1), urls)
    assert sorted(files) == ["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"]
    index = ET.fromstring(files["sitemap.xml"])
    assert index.tag == f"{SITEMAP}sitemapindex"
    assert [s.findtext(f"{SITEMAP}loc") for s in index] == [BASE + f"sitemap-{n}.xml" for n in (1, 2, 3)]
    listed = []
    for n in (1, 2, 3):
        chunk = [u.findtext(f"{SITEMAP}loc") for u in ET.fromstring(files[f"sitemap-{n}.xml"])]
        assert 0 < len(chunk) <= 3
        listed += chunk
    assert listed == [BASE + u for u in sorted(urls)], "every page once, & escaped and read back"


def test_robots_points_at_the_sitemap():
    text = feeds.robots(site_of(1))
    lines = text.splitlines()
    assert lines[0] == "User-agent: *" and f"Sitemap: {BASE}sitemap.xml" in lines
    assert not any(line.startswith("Disallow: /") and line != "Disallow: " for line in lines)


@pytest.mark.parametrize("title", ["工会报刊数字档案", "A \"quoted\" title\\ with 引号"])
def test_web_manifest_is_json_with_relative_urls(title):
    data = json.loads(feeds.web_manifest(site_of(1, title=title)))
    assert data["name"] == title and data["lang"] == "zh-CN"
    assert len(data["short_name"]) <= 12
    for url in [data["start_url"], data["scope"], *(icon["src"] for icon in data["icons"])]:
        assert not url.startswith(("/", "http")), f"{url}: must work under any sub-path"
