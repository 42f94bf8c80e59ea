"""Every internal href/src on every page of the built shipped archive names a file in site/."""
from __future__ import annotations

import posixpath
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import MAKE_CORPUS, ROOT, make_project
from unionnews import theme
from unionnews.config import load_config
from unionnews.errors import UnionnewsError
from unionnews.linkcheck import LINK_RE, check_links
from unionnews.pipeline import build


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.links.append(value)


def broken_links(site: Path) -> list[str]:
    files = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
    broken = []
    for url in sorted(f for f in files if f.endswith(".html") and f != "404.html"):
        parser = Links()
        parser.feed((site / url).read_text(encoding="utf-8"))
        for link in parser.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or not parts.path:
                continue
            target = posixpath.normpath(posixpath.join(posixpath.dirname(url), unquote(parts.path)))
            if target not in files:
                broken.append(f"{url}: {link}")
    return broken


def test_shipped_archive_has_no_broken_internal_links(shipped_site):
    pages = list(shipped_site.rglob("*.html"))
    assert len(pages) > 50
    assert broken_links(shipped_site) == []


def test_shipped_archive_shows_every_article(shipped_site):
    sources = sorted((ROOT / "content").glob("[0-9]*/*/*/*.md"))
    assert sources
    for source in sources:
        assert (shipped_site / "article" / source.parts[-4] / (source.stem + ".html")).is_file(), source


def test_link_checker_finds_a_broken_link(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.html").write_text('<a href="../b/index.html">b</a><a href="../a/x.html">ok</a><a href="../c/">dir</a>')
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "index.html").write_text("")
    problems = [str(p) for p in check_links(tmp_path)]
    assert any("'../b/index.html' points to a missing file" in p for p in problems)
    assert any("'../c/' names a folder" in p for p in problems)
    assert len(problems) == 2


def test_build_refuses_a_broken_link_found_in_a_worker(tmp_path):
    """Workers settle links to pages themselves (linkcheck.unresolved); the rest must still be judged."""
    subprocess.run([sys.executable, str(MAKE_CORPUS), str(tmp_path / "corpus"), "-n", "300"], check=True,
                   capture_output=True)
    project = make_project(tmp_path, tmp_path / "corpus" / "content")
    (project / "templates").mkdir()
    article = (theme.TEMPLATES / "article.html").read_text(encoding="utf-8")
    (project / "templates" / "article.html").write_text(article.replace(
        "{% block main %}", '{% block main %}<a href="{{ root }}static/style.css">ok</a>'
        '<a href="{{ root }}tags/index.html">ok</a><a href="{{ root }}nowhere/{{ article.id }}.html">x</a>', 1),
        encoding="utf-8")
    config, _ = load_config(project)
    with pytest.raises(UnionnewsError) as caught:
        build(config, progress=False, jobs=2)
    problems = caught.value.problems
    assert len(problems) == 300, "each article page has one broken link; the good ones pass"
    assert all("points to a missing file" in p.message and p.path.startswith("site/article/") and p.line
               for p in problems)
    assert not (project / "site").exists()


PLAIN_LINK_RE = re.compile(r"""\b(?:href|src)\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+)""", re.IGNORECASE | re.ASCII)


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(["href", "HREF", "hRef", "src", "SRC", "sref", "hrc", "xhref", "_src", "data-src",
                                 "=", " = ", "\"a\"", "'b'", "\"", "'", " ", "<a ", ">", "中文", "h", "s", "\n",
                                 "ref", "rc", "é", "-", "`", "a.html", "../x"]), max_size=30).map("".join))
def test_link_pattern_finds_exactly_what_the_plain_spelling_finds(text):
    assert LINK_RE.findall(text) == PLAIN_LINK_RE.findall(text)


def test_shortened_links_name_the_same_files():
    """render.shorten_links rewrites root + URL relative to the page's folder; linkcheck reads it back.

    Random page and target URLs (fixed seed) at every depth, sharing any number of leading folders:
    each shortened link must resolve from the page to the very target, be no longer than before, and be
    settled by linkcheck's plain reading (_plain_target) as that target."""
    import random
    from unionnews.linkcheck import _plain_target
    from unionnews.render import root_of, shorten_links
    rng = random.Random(16)
    names = ["article", "2015", "2014", "grrb", "people", "c", "x", "date"]
    for _ in range(3000):
        page = "/".join(rng.choice(names) for _ in range(rng.randrange(0, 4))) + ("/" if rng.random() < .8 else "")
        page = (page if page != "/" else "") + "p.html"
        target = "/".join(rng.choice(names) for _ in range(rng.randrange(0, 4)))
        target = (target + "/" if target else "") + rng.choice(["t.html", "index.html", "p.html"])
        fragment = rng.choice(["", "#p2"])
        for attr, quote in (("href", '"'), ("src", '"'), ("href", ""), ("src", "")):  # the theme writes no quotes
            written = f'<a {attr}={quote}{root_of(page)}{target}{fragment}{quote}>'
            short = shorten_links(written, page)
            link = short[len(f"<a {attr}={quote}"):-1 - len(quote)]
            assert len(short) <= len(written)
            assert posixpath.normpath(posixpath.join(posixpath.dirname(page), link.partition("#")[0])) == target, \
                (page, target, link)
            assert _plain_target(page, f'"{link}"') == target, (page, link)
    assert shorten_links('<a href="https://example.org/article/x.html">', "article/2015/a.html") == \
        '<a href="https://example.org/article/x.html">', "links that are not root + URL stay as written"
