"""Citations that work anywhere (issue 19, item 2): no URL made from the placeholder base_url;
GB/T 7714-2015 [N] references with a copy button; dates that never break inside."""
from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

import pytest

from conftest import ROOT, build_project, make_project
from unionnews import cite
from unionnews.config import load_config
from unionnews.content import Article

FIXTURE = ROOT / "tests" / "fixtures" / "site" / "content"
ARTICLE = "article/2025/grrb-20250924-03-01.html"


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> dict[str, Path]:
    out = {}
    for name, base in (("default", None), ("published", "https://example.org/archive/")):
        project = make_project(tmp_path_factory.mktemp(name), FIXTURE)
        build_project(project, base_url=base)
        out[name] = project / "site"
    return out


def _ld(html: str) -> dict:
    return json.loads(re.search(r'<script type=application/ld\+json>(.*?)</script>', html).group(1))


def test_default_base_url_invents_no_absolute_url_on_any_page(sites):
    pages = sorted(sites["default"].rglob("*.html"))
    assert len(pages) > 20
    for path in pages:
        html = path.read_text(encoding="utf-8")
        assert "127.0.0.1" not in html, path
        assert 'rel=canonical' not in html, path
    data = _ld((sites["default"] / ARTICLE).read_text(encoding="utf-8"))
    assert "url" not in data and "url" not in data["isPartOf"]


def test_real_base_url_gives_canonical_json_ld_and_permanent_link(sites):
    html = (sites["published"] / ARTICLE).read_text(encoding="utf-8")
    url = "https://example.org/archive/" + ARTICLE
    assert f'<link rel=canonical href="{url}">' in html
    assert "url" not in _ld(html), "the page's URL is its canonical link, not repeated in the JSON-LD"
    assert re.search(rf'永久链接：<a href=(?:\.\./\.\./article/2025/)?grrb-20250924-03-01\.html>{re.escape(url)}</a>', html)


def test_citation_is_gb_t_7714_newspaper_form(sites):
    html = (sites["default"] / ARTICLE).read_text(encoding="utf-8")
    # the footer's last paragraph: 引用： and the reference up to the <br> (no wrapper: offline.js finds it), then the id
    ref = re.sub(r"<[^>]+>", "", re.search(r'<p>引用：(.*?)<br>档案号：', html).group(1))
    assert ref == "李昱霖, 邱恩宇, 方淑琴. 在创新攻坚中“抱团作战”[N]. 工人日报, 2025-09-24(3)."
    assert re.search(r'档案号：<a href=(?:\.\./\.\./article/2025/)?grrb-20250924-03-01\.html>grrb-20250924-03-01</a></footer>', html)


@pytest.mark.parametrize("seed", range(4))
def test_reference_lists_at_most_three_writers_and_no_photographer(seed):
    rng = random.Random(seed)
    names = [f"姓{rng.randint(10, 99)}名{i}" for i in range(rng.randint(0, 6))]
    cut = rng.randint(0, len(names))
    page = rng.choice([None, rng.randint(1, 24)])
    article = Article(id="a", title="题名", date=dt.date(2020, rng.randint(1, 12), rng.randint(1, 28)), paper="工人日报",
                      body="b", path="x", page=page, reporters=tuple(names[:cut]), correspondents=tuple(names[cut:]),
                      photographers=("摄影者",))
    head, tail = cite.reference(article)
    text = head + tail
    assert "摄影者" not in text
    shown = names[:3]
    assert text.startswith((", ".join(shown) + (", 等" if len(names) > 3 else "") + ". ") if names else "题名")
    assert tail == (f"{article.date.isoformat()}({page})." if page else f"{article.date.isoformat()}.")
    assert "[N]. 工人日报, " in head


@pytest.mark.parametrize("base, published", [("http://127.0.0.1:8000/", False), ("http://localhost:8000/x/", False),
                                             ("https://user.github.io/repo/", True), ("http://archive.example/", True)])
def test_published_means_a_real_host(tmp_path, base, published):
    config, _ = load_config(make_project(tmp_path), overrides={"base_url": base})
    assert config.published is published


@pytest.mark.browser
def test_at_375px_the_date_stays_whole_and_copy_puts_the_reference_on_the_clipboard(sites, chromium, serve_subpath):
    base = serve_subpath(sites["default"])
    context = chromium.new_context(viewport={"width": 375, "height": 812}, permissions=["clipboard-read", "clipboard-write"])
    tab = context.new_page()
    try:
        tab.goto(base + ARTICLE)
        lines = tab.evaluate("() => document.querySelector('article > footer span').getClientRects().length")
        assert lines == 1
        assert tab.evaluate("() => getComputedStyle(document.querySelector('article > footer span')).whiteSpace") == "nowrap"
        for box in tab.evaluate("() => [...document.querySelectorAll('time')].map(t => t.getClientRects().length)"):
            assert box == 1
        tab.get_by_role("button", name="复制").click()
        tab.wait_for_function("() => document.querySelector('article > footer .copy').textContent === '已复制'")
        copied = tab.evaluate("() => navigator.clipboard.readText()")
        assert copied == "李昱霖, 邱恩宇, 方淑琴. 在创新攻坚中“抱团作战”[N]. 工人日报, 2025-09-24(3)."
    finally:
        context.close()
