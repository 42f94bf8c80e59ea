"""Atom feed, sitemap and robots.txt: the files that use absolute URLs from base_url.

feedgen writes the Atom XML; every timestamp comes from the articles'
publication dates (never the clock), so two builds give identical bytes.
"""
from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from feedgen.feed import FeedGenerator

from unionnews import __version__
from unionnews.markdown import plain_text
from unionnews.pages import Site, article_url

CHINA = dt.timezone(dt.timedelta(hours=8))
SITEMAP_LIMIT = 50_000  # URLs per sitemap file (sitemaps.org protocol)


def _stamp(date: dt.date) -> dt.datetime:
    return dt.datetime(date.year, date.month, date.day, tzinfo=CHINA)


def atom_feed(site: Site) -> bytes:
    """The newest `feed_size` articles of the whole archive."""
    config = site.config
    newest = site.articles[: config.feed_size]
    fg = FeedGenerator()
    fg.id(config.base_url)
    fg.title(config.title)
    fg.subtitle(config.description)
    fg.language(config.language)
    fg.link(href=config.base_url, rel="alternate")
    fg.link(href=config.absolute("atom.xml"), rel="self")
    fg.author({"name": config.publisher})
    fg.generator("unionnews", version=__version__)
    fg.updated(_stamp(newest[0].date) if newest else _stamp(dt.date(1970, 1, 1)))
    for article in reversed(newest):  # feedgen prepends: add oldest first to list newest first
        entry = fg.add_entry()
        url = config.absolute(article_url(article))
        entry.id(url)
        entry.link(href=url)
        entry.title(" ".join(x for x in (article.kicker, article.title) if x) if article.kicker else article.title)
        entry.updated(_stamp(article.date))
        entry.published(_stamp(article.date))
        for name in (*article.reporters, *article.correspondents):
            entry.author({"name": name})
        entry.summary(plain_text(article.body)[:200])
        for tag in article.tags:
            entry.category(term=tag)
    return fg.atom_str(pretty=True)


def sitemaps(site: Site, urls: list[str]) -> dict[str, str]:
    """sitemap.xml (an index when there are more than 50,000 pages) from the written HTML pages."""
    config = site.config
    pages = sorted(u for u in urls if u.endswith(".html") and u not in ("404.html",))
    chunks = [pages[i:i + SITEMAP_LIMIT] for i in range(0, len(pages), SITEMAP_LIMIT)] or [[]]

    def urlset(chunk: list[str]) -> str:
        rows = "".join(f"<url><loc>{escape(config.absolute(u))}</loc></url>\n" for u in chunk)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + rows + "</urlset>\n")

    if len(chunks) == 1:
        return {"sitemap.xml": urlset(chunks[0])}
    files = {f"sitemap-{n}.xml": urlset(chunk) for n, chunk in enumerate(chunks, start=1)}
    index = "".join(f"<sitemap><loc>{escape(config.absolute(name))}</loc></sitemap>\n" for name in files)
    files["sitemap.xml"] = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                            + index + "</sitemapindex>\n")
    return files


def web_manifest(site: Site) -> str:
    """The web app manifest (offline reading on http(s)); relative URLs so it works under any sub-path."""
    import json
    config = site.config
    data = {"name": config.title, "short_name": config.title[:12], "lang": config.language,
            "start_url": "./index.html", "scope": "./", "display": "standalone",
            "background_color": "#fdfcf8", "theme_color": "#9b1c1c",
            "icons": [{"src": "static/favicon.svg", "sizes": "any", "type": "image/svg+xml"}]}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def robots(site: Site) -> str:
    return f"User-agent: *\nAllow: /\nSitemap: {site.config.absolute('sitemap.xml')}\n"
