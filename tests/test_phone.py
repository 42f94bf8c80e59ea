"""A phone (375 × 812 CSS px) in Chromium (issue 19, item 6): a compact header with the search box in reach,
44 px main navigation, every other tap target at least 24 × 24 px (WCAG 2.2 2.5.8), no date or weekday
broken across lines, nothing wider than the screen, the search filters above the results."""
from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 812}
# Links inside running text are exempt from the target size (WCAG 2.5.8 "inline"): article bodies (the
# article's own blocks), the citation sentence (its footer's last paragraph) and the help text.
INLINE = ("article > p, article > h2, article > ul, article > ol, article > blockquote, article > table, "
          "article > footer > p:last-child, .search-help, noscript, .lede, .review li")

TARGETS_JS = """(inline) => [...document.querySelectorAll('a[href], button, input, select, summary')]
  .filter(e => e.offsetParent !== null && !e.closest(inline) && !e.classList.contains('skip'))
  .map(e => { const r = e.getBoundingClientRect();
              return {w: r.width, h: r.height, what: e.outerHTML.slice(0, 80)}; })
  .filter(t => t.w < 23.5 || t.h < 23.5)"""

# Every date, weekday and ISO date in the page's text: each must sit on one line.
BROKEN_DATES_JS = r"""() => {
  const re = /\d{4}年\d{1,2}月\d{1,2}日|星期[一二三四五六日]|\d{4}-\d{2}-\d{2}/g, out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement || n.parentElement.offsetParent === null) continue;
    for (const m of n.data.matchAll(re)) {
      const r = document.createRange(); r.setStart(n, m.index); r.setEnd(n, m.index + m[0].length);
      const tops = new Set([...r.getClientRects()].map(b => Math.round(b.top)));
      if (tops.size > 1) out.push(m[0]);
    }
  }
  return out;
}"""


@pytest.fixture(scope="module")
def phone(chromium):
    context = chromium.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)
    tab = context.new_page()
    yield tab
    context.close()


def _pages(site):
    issue = next(site.glob("*/20*/20??-??-??.html")).relative_to(site).as_posix()
    articles = sorted(site.glob("article/*/*.html"))
    person = next(site.glob("people/*/*.html")).relative_to(site).as_posix()
    month = next(site.glob("date/*/[0-9]*.html")).relative_to(site).as_posix()
    year = next(site.glob("date/[0-9]*/index.html")).relative_to(site).as_posix()
    return ["index.html", issue, *[a.relative_to(site).as_posix() for a in articles[::6]], person, month, year,
            "date/index.html", "people/index.html", "figures/index.html", "tags/index.html", "paper/index.html",
            "search.html"]


def test_every_page_type_fits_a_phone(phone, shipped_site):
    problems = {}
    for url in _pages(shipped_site):
        phone.goto((shipped_site / url).as_uri())
        found = []
        header = phone.evaluate("() => document.querySelector('body > header').getBoundingClientRect().height")
        if header > 112:
            found.append(f"header {header:.0f} px tall")
        search = phone.evaluate("() => { const r = document.querySelector('#q').getBoundingClientRect(); "
                                "return r.bottom <= innerHeight && r.width >= 100 && r.height >= 44; }")
        if not search:
            found.append("search box not in reach at the top")
        nav = phone.evaluate("() => [...document.querySelectorAll('body > header nav a')].map(a => a.getBoundingClientRect().height)")
        if min(nav) < 44:
            found.append(f"main navigation {min(nav):.0f} px tall")
        small = phone.evaluate(TARGETS_JS, INLINE)
        if small:
            found.append(f"{len(small)} small targets, e.g. {small[:3]}")
        broken = phone.evaluate(BROKEN_DATES_JS)
        if broken:
            found.append(f"dates broken across lines: {broken[:3]}")
        labels = phone.evaluate("() => [...document.querySelectorAll('dt, th, body > header nav a')].filter(e => "
                                "e.getBoundingClientRect().height > 1.6 * parseFloat(getComputedStyle(e).lineHeight))"
                                ".map(e => e.textContent)")
        if labels:
            found.append(f"labels broken across lines: {labels[:3]}")
        wide = phone.evaluate("() => document.documentElement.scrollWidth")
        if wide > PHONE["width"]:
            found.append(f"page {wide} px wide")
        if found:
            problems[url] = found
    assert problems == {}, json.dumps(problems, ensure_ascii=False, indent=1)


def test_article_text_starts_high_on_a_phone(phone, shipped_site):
    article = sorted(shipped_site.glob("article/*/*.html"))[0]
    phone.goto(article.as_uri())
    top = phone.evaluate("() => document.querySelector('main > article h1').getBoundingClientRect().top")
    assert top < 200


def test_search_filters_come_before_the_results_on_a_phone(phone, shipped_site):
    phone.goto((shipped_site / "search.html").as_uri() + "?q=工匠")
    phone.wait_for_selector("#search-results li")
    phone.wait_for_selector("#search-facets h2")
    facets, results = phone.evaluate("() => ['#search-facets', '#search-results'].map("
                                     "s => document.querySelector(s).getBoundingClientRect().top)")
    assert facets < results


def test_print_leaves_out_related_lists_and_controls(chromium, shipped_site):
    """An article printed: its text and citation, not the related list, navigation or buttons."""
    article = next(p for p in sorted(shipped_site.glob("article/*/*.html")) if '</article><aside>' in p.read_text(encoding="utf-8"))
    context = chromium.new_context()
    tab = context.new_page()
    try:
        tab.goto(article.as_uri())
        tab.emulate_media(media="print")
        hidden = tab.evaluate("() => ['article + aside', 'body > header nav', 'article ~ nav', 'article > footer .copy']"
                              ".map(s => document.querySelector(s)).filter(Boolean)"
                              ".map(e => getComputedStyle(e).display)")
        assert hidden and set(hidden) == {"none"}
        assert tab.evaluate("() => getComputedStyle(document.querySelector('article > footer > p:last-child')).display") != "none"
    finally:
        context.close()
