"""The site is whole on its own: no page asks another host for a script, style, image or font, and every
page carries a Content-Security-Policy that lets only the site's own scripts run.

Scanned on the three-article site plus the hostile articles (which try hard to pull in remote
resources), and on a small generated corpus.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import html5lib
import pytest

from conftest import MAKE_CORPUS, build_project, make_project

FIXTURES = Path(__file__).parent / "fixtures"
NS = "{http://www.w3.org/1999/xhtml}"
# link rels that make the browser fetch something; canonical/alternate only name a URL
FETCHING_RELS = {"stylesheet", "icon", "shortcut", "apple-touch-icon", "preload", "prefetch", "modulepreload",
                 "manifest", "preconnect", "dns-prefetch", "mask-icon", "import"}
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]+)|@import\s+['"]([^'"]+)""", re.IGNORECASE)
JS_FETCH = re.compile(r"""(?:fetch|importScripts|import|register)\s*\(\s*['"`]((?:https?:)?//[^'"`]+)""")


def external(url: str) -> bool:
    url = url.strip()
    parts = urlsplit(url)
    return bool(parts.netloc) or url.startswith("//") or parts.scheme not in ("", "data") and parts.scheme != "mailto"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("selfcontained")
    subprocess.run([sys.executable, str(MAKE_CORPUS), str(tmp / "corpus"), "-n", "60"], check=True,
                   capture_output=True)
    project = make_project(tmp, tmp / "corpus" / "content")
    for case in ("three", "hostile"):
        shutil.copytree(FIXTURES / case / "content", project / "content", dirs_exist_ok=True)
    build_project(project, base_url="https://example.org/archive/")
    return project / "site"


def pages(site: Path) -> list[Path]:
    found = sorted(site.rglob("*.html"))
    assert len(found) > 100
    return found


def resource_urls(document) -> list[tuple[str, str]]:
    """(what, url) for everything a browser would fetch while showing the page."""
    urls = []
    for element in document.iter():
        tag = element.tag.replace(NS, "") if isinstance(element.tag, str) else ""
        get = element.get
        if tag == "script" and get("src"):
            urls.append(("script", get("src")))
        elif tag == "link" and set((get("rel") or "").lower().split()) & FETCHING_RELS:
            urls.append((f"link rel={get('rel')}", get("href") or ""))
        elif tag in ("img", "source", "video", "audio", "track", "input", "embed", "iframe", "frame") and get("src"):
            urls.append((tag, get("src")))
        elif tag == "object" and get("data"):
            urls.append(("object", get("data")))
        if get("srcset"):
            urls += [(f"{tag} srcset", part.split()[0]) for part in get("srcset").split(",") if part.strip()]
        if get("poster"):
            urls.append((f"{tag} poster", get("poster")))
        if get("style"):
            urls += [(f"{tag} style", a or b) for a, b in CSS_URL.findall(get("style"))]
        if tag == "style":
            urls += [("style", a or b) for a, b in CSS_URL.findall(element.text or "")]
    return urls


def test_no_page_requests_another_host(site):
    parser = html5lib.HTMLParser(namespaceHTMLElements=True)
    offenders = []
    for path in pages(site):
        document = parser.parse(path.read_bytes(), transport_encoding="utf-8")
        for what, url in resource_urls(document):
            if external(url):
                offenders.append(f"{path.relative_to(site)}: {what} {url}")
    assert offenders == []


def test_styles_and_scripts_fetch_nothing_remote(site):
    offenders = []
    for path in sorted(site.rglob("*.css")):
        for a, b in CSS_URL.findall(path.read_text(encoding="utf-8")):  # fonts, images, @import
            if external(a or b):
                offenders.append(f"{path.relative_to(site)}: {a or b}")
    for path in sorted(site.rglob("*.js")):
        offenders += [f"{path.relative_to(site)}: {url}" for url in JS_FETCH.findall(path.read_text(encoding="utf-8"))]
    assert offenders == []


def csp_of(html: str) -> dict[str, list[str]]:
    match = re.search(r"""<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content=(?:"([^"]*)"|'([^']*)')""",
                      html, re.IGNORECASE)
    assert match, "no Content-Security-Policy meta"
    policy = {}
    for directive in (match.group(1) or match.group(2)).split(";"):
        words = directive.split()
        if words:
            policy[words[0].lower()] = words[1:]
    return policy


def test_every_page_has_a_strict_csp(site):
    for path in pages(site):
        html = path.read_text(encoding="utf-8")
        head = html.split("</head>", 1)[0]
        policy = csp_of(head)
        assert policy.get("default-src") == ["'self'"], path
        scripts = policy.get("script-src", policy["default-src"])
        assert scripts == ["'self'"], (path, scripts)  # no 'unsafe-inline', no 'unsafe-eval', no other host
        for directive, sources in policy.items():
            assert not any(s in ("*", "http:", "https:") or "//" in s for s in sources), (path, directive)
        assert policy.get("object-src") == ["'none'"] and policy.get("base-uri") == ["'none'"], path
        # the meta must come before anything it governs
        assert head.index("Content-Security-Policy") < min(
            [head.find(t) for t in ("<script", "<link", "<style") if t in head] or [len(head)]), path


def test_only_the_sites_own_scripts(site):
    """The one inline script allowed is JSON-LD data, which no browser executes."""
    for path in pages(site):
        for tag in re.findall(r"<script\b[^>]*>", path.read_text(encoding="utf-8"), re.IGNORECASE):
            if "src=" in tag:
                src = re.search(r"""src=["']?([^"'\s>]+)""", tag).group(1)
                assert not external(src) and "static/" in src, (path, tag)
            else:
                assert tag == '<script type=application/ld+json>', (path, tag)


def test_the_scan_finds_remote_resources():
    """The scanner itself: each way a page can fetch from another host is caught."""
    html = """<!DOCTYPE html><html><head><link rel="stylesheet" href="https://cdn.example/x.css">
    <link rel="preconnect" href="//fonts.example"><link rel="canonical" href="https://example.org/a.html">
    <style>@font-face { src: url(https://fonts.example/f.woff2) } @import "http://cdn.example/y.css";</style>
    <script src="https://analytics.example/a.js"></script></head><body>
    <img src="http://img.example/p.png" srcset="a.png 1x, https://img.example/p2.png 2x">
    <div style="background:url('//img.example/bg.png')"></div><a href="https://example.org/">ok: a link</a>
    <img src="static/local.png"></body></html>"""
    document = html5lib.HTMLParser(namespaceHTMLElements=True).parse(html)
    found = sorted(url for _, url in resource_urls(document) if external(url))
    assert found == sorted(["https://cdn.example/x.css", "//fonts.example", "https://fonts.example/f.woff2",
                            "http://cdn.example/y.css", "https://analytics.example/a.js", "http://img.example/p.png",
                            "https://img.example/p2.png", "//img.example/bg.png"])
