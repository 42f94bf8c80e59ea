#!/usr/bin/env python3
"""Where an article page's bytes go: the average size of each part over every page of site/article/.

    .venv/bin/python bench/page_parts.py SITE [SITE …]

A part runs from its marker to the next part's marker found after it (markers missing from a page
give that part 0 bytes), so the parts add up to the page.  Markers are the elements the theme has
written (old and new spellings alike), so two builds of different theme versions compare.  Also
prints the shared chrome of one page of each kind (article, issue, term listing, month, …): its
bytes less the title, description, canonical link, JSON-LD and <main> (so the head's other
elements, the site header, the footer and the scripts).  Not part of the
test suite: it measures, it never judges.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

# (part, marker regex); each searched after the previous part's start
PARTS = (
    ("head start (doctype … CSP)", r"^"),
    ("title", r"<title>"),
    ("description", r'<meta name="?description'),
    ("canonical", r'<link rel="?canonical'),
    ("JSON-LD", r'<script type="?application/ld\+json'),
    ("head end (icon, stylesheet, feed)", r"(?<=</script>)"),
    ("site header (skip link, nav, search)", r"<body>|<a class=\"skip\"|<header"),
    ("article header", r"<main"),
    ("byline", r'<dl class="byline"|<dl>'),
    ("review, clipping", r'<details class="?review|<figure class="?clipping|<p class="?continued'),
    # the text: its wrapper, or (without one) its first block after the byline, review and clipping
    ("body", r'<div class="body">|<(?:p|h[2-6]|blockquote|table)>'),
    ("article footer (terms, citation)", r"<footer"),
    ("related", r'<aside class="related"|<aside>'),
    ("neighbours", r'<nav class="neighbours"|<nav aria-label="?前后文章'),
    ("tail (footer, scripts)", r"(?<=</nav>)"),
)
_COMPILED = tuple((name, re.compile(marker)) for name, marker in PARTS)
_BODY = dict(_COMPILED)["body"]


def parts(html: str) -> dict[str, int]:
    """Bytes of each part of one article page (UTF-8)."""
    starts: list[tuple[str, int]] = []
    at = 0
    for name, marker in _COMPILED:
        m = marker.search(html, at)
        body = _BODY.search(html, at) if name.startswith("review") else None
        if m is None or (body is not None and m.start() > body.start()):
            starts.append((name, -1))
            continue
        starts.append((name, m.start()))
        at = m.start() + (0 if name.startswith(("head end", "tail")) else 1)
    found = [(n, s) for n, s in starts if s >= 0]
    sizes = {name: 0 for name, _ in PARTS}
    for (name, start), (_, end) in zip(found, [*found[1:], ("end", len(html))]):
        sizes[name] = len(html[start:end].encode("utf-8"))
    return sizes


_OWN = re.compile(r'<title>.*?</title>\n?|<meta name="?description[^>]*>\n?|<link rel="?canonical[^>]*>\n?'
                  r'|<script type="?application/ld\+json"?>.*?</script>\n?|<main[ >].*</main>', re.S)


def chrome(html: str) -> int:
    """Bytes of a page's shared chrome: everything but its title, description, canonical link, JSON-LD and <main>."""
    return len(_OWN.sub("", html).encode("utf-8"))


def report(site: Path) -> None:
    pages = sorted((site / "article").rglob("*.html"))
    totals = {name: 0 for name, _ in PARTS}
    for path in pages:
        for name, size in parts(path.read_text(encoding="utf-8")).items():
            totals[name] += size
    n = len(pages) or 1
    print(f"{site}: {len(pages)} article pages, {sum(totals.values()) / n:,.0f} B a page on average")
    for name, total in totals.items():
        print(f"  {name:40} {total / n:8,.0f}")
    samples = {"article": pages[len(pages) // 2] if pages else None,
               "issue": next(iter(sorted(site.glob("grrb/*/*.html"))), None),
               "term listing": next(iter(sorted(site.glob("tags/*/*.html"))), None),
               "month": next(iter(sorted(site.glob("date/*/[01]*.html"))), None),
               "year": next(iter(sorted(site.glob("date/*/index.html"))), None),
               "paper": site / "grrb" / "index.html", "index (people)": site / "people" / "index.html",
               "home": site / "index.html", "search": site / "search.html", "404": site / "404.html"}
    for kind, path in samples.items():
        if path is not None and path.is_file():
            print(f"  chrome of a {kind} page ({path.relative_to(site)}): {chrome(path.read_text(encoding='utf-8'))} B")


if __name__ == "__main__":
    for arg in sys.argv[1:] or ["site"]:
        report(Path(arg))
