"""axe-core finds no serious or critical accessibility violations on the pages readers use most."""
from __future__ import annotations

import json

import pytest

from conftest import ROOT

pytestmark = pytest.mark.browser
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


def first_link(site, page_url: str, selector_prefix: str) -> str:
    import re
    html = (site / page_url).read_text(encoding="utf-8")
    return re.search(rf'href="?((?:\.\./)*{selector_prefix}[^"\s>]*\.html)[\s">]', html).group(1)


@pytest.fixture(scope="module")
def urls(shipped_site):
    import posixpath
    issue = first_link(shipped_site, "index.html", r"[a-z]+/\d{4}/\d{4}-\d{2}-\d{2}(?=\.html)")
    article = posixpath.normpath(posixpath.join(posixpath.dirname(issue), first_link(shipped_site, issue, "article/")))
    person = posixpath.normpath(posixpath.join(posixpath.dirname(article), first_link(shipped_site, article, "people/")))
    month = next(p.relative_to(shipped_site).as_posix() for p in sorted((shipped_site / "date").glob("*/[0-9]*.html")))
    # every page type (issue 19): the term indexes and pages of each taxonomy, a year, the papers, a paper
    year = next(p.relative_to(shipped_site).as_posix() for p in sorted((shipped_site / "date").glob("[0-9]*/index.html")))
    terms = [f"{t}/index.html" for t in ("people", "figures", "places", "tags", "columns")]
    term_pages = [next(shipped_site.glob(f"{t}/*/*.html")).relative_to(shipped_site).as_posix()
                  for t in ("figures", "places", "tags", "columns")]
    paper = next(shipped_site.glob("*/index.html")).relative_to(shipped_site).as_posix()
    return ["index.html", issue, article, person, month, "search.html", "date/index.html", year, *terms,
            *term_pages, "paper/index.html", paper, "search.html?q=工匠", "search.html?q=鑫鑫鑫鑫"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_or_critical_violations(chromium, shipped_site, urls, serve_subpath, scheme):
    if not AXE.exists():
        pytest.skip("axe-core is not installed (python3 build.py test installs it with npm)")
    base = serve_subpath(shipped_site)
    context = chromium.new_context(bypass_csp=True, color_scheme=scheme)  # axe is injected inline; the CSP forbids that
    page = context.new_page()
    found = {}
    for url in urls:
        page.goto(base + url)
        if "?q=" in url:
            page.wait_for_function("() => ['done', 'error'].includes(document.querySelector('#search-app').dataset.state)")
            page.wait_for_timeout(200)
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        bad = [f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
               for v in result["violations"] if v["impact"] in ("serious", "critical")]
        if bad:
            found[url] = bad
    context.close()
    assert found == {}, json.dumps(found, ensure_ascii=False, indent=1)
