"""pages.py: the permanent URL scheme, listing numbering from the oldest, and the site model build_site makes."""
from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

import pytest

from unionnews import pages as P
from unionnews.config import Config
from unionnews.content import Article
from unionnews.pages import build_site, pages_of, paginated, slug

DAY = dt.date(2025, 9, 24)
ASCII_URL = re.compile(r"[a-z0-9][a-z0-9_./-]*\.html(#[a-z0-9]+)?")


def article(id_: str, date: dt.date = DAY, page: int | None = 1, **fields) -> Article:
    return Article(id=id_, title=f"标题{id_}", date=date, paper=fields.pop("paper", "工人日报"),
                   body=f"正文{id_}", path=f"content/{id_}.md", page=page, digest=id_, **fields)


CONFIG = Config(root=Path("/nonexistent"))


# ---------------------------------------------------------------- URLs

def test_url_scheme_is_the_documented_one():
    """These URLs are published and cited: a change here breaks every link into the archive."""
    a = article("grrb-20250924-03-02", page=3)
    assert P.article_url(a) == "article/2025/grrb-20250924-03-02.html"
    assert P.issue_url("grrb", DAY) == "grrb/2025/2025-09-24.html"
    assert P.page_url("grrb", DAY, 3) == "grrb/2025/2025-09-24.html#p3"
    assert P.page_url("grrb", DAY, None) == "grrb/2025/2025-09-24.html#p0"
    assert P.paper_url("ldwb") == "ldwb/index.html"
    assert P.year_url(1999) == "date/1999/index.html"
    assert P.month_url(2025, 3) == "date/2025/03.html"
    assert P.day_url(dt.date(2025, 3, 7)) == "date/2025/03.html#d7"
    assert P.term_url("people", "bai-ying-47d0") == "people/b/bai-ying-47d0.html"


def test_every_url_is_relative_ascii_and_names_a_file():
    rng = random.Random(18)
    for _ in range(200):
        day = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(30_000))
        a = article(f"grrb-{day:%Y%m%d}-{rng.randrange(1, 20):02d}-{rng.randrange(1, 30):02d}", day)
        urls = [P.article_url(a), P.issue_url("grrb", day), P.page_url("grrb", day, rng.randrange(1, 20)),
                P.day_url(day), P.year_url(day.year), P.month_url(day.year, day.month),
                P.term_url("tags", slug(chr(0x4E00 + rng.randrange(20_000))))]
        for url in urls:
            assert ASCII_URL.fullmatch(url), url


def test_slug_is_ascii_stable_and_keeps_latin_words_whole():
    assert slug("白莹") == "bai-ying-47d0"  # the README's example URL: slugs never change between versions
    assert slug("AI").startswith("ai-")
    assert slug("★").startswith("t-")  # no letters to read: still a usable, stable slug
    long = slug("中华全国总工会" * 20)
    assert len(long) <= 60 + 5 and not long.startswith("-")
    rng = random.Random(5)
    names = {"".join(chr(0x4E00 + rng.randrange(20_000)) for _ in range(rng.randrange(1, 5))) for _ in range(500)}
    slugs = {slug(n) for n in names}
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", s) for s in slugs)
    assert len(slugs) == len(names), "the hash part keeps distinct names apart"


# ---------------------------------------------------------------- numbering

def test_paginated_names_the_newest_page_by_the_base_and_others_by_number():
    assert paginated("tags/g/gong-hui-1a2b.html", None) == "tags/g/gong-hui-1a2b.html"
    assert paginated("tags/g/gong-hui-1a2b.html", 1) == "tags/g/gong-hui-1a2b-1.html"
    assert paginated("tags/g/gong-hui-1a2b.html", 12) == "tags/g/gong-hui-1a2b-12.html"


@pytest.mark.parametrize("count,per_page,expected", [
    (0, 10, (0, 0)), (1, 10, (0, 1)), (10, 10, (0, 10)), (11, 10, (1, 1)), (20, 10, (1, 10)),
    (21, 10, (2, 1)), (1, 1, (0, 1)), (2, 1, (1, 1)),
])
def test_pages_of_boundaries(count, per_page, expected):
    assert pages_of(count, per_page) == expected


def test_numbered_pages_never_shift_as_the_archive_grows():
    """Page N holds the same articles however many newer ones arrive: numbered from the oldest."""
    rng = random.Random(11)
    for per_page in (1, 3, 7, 100):
        oldest_first = list(range(rng.randrange(1, 400)))
        def layout(items: list[int]) -> tuple[dict[int, list[int]], list[int]]:
            numbered, first = pages_of(len(items), per_page)
            newest_first = items[::-1]
            assert 1 <= first <= per_page and numbered * per_page + first == len(items)
            numbered_pages = {}
            for n in range(1, numbered + 1):
                end = len(items) - (n - 1) * per_page  # as render.term_pages slices a newest-first list
                numbered_pages[n] = newest_first[end - per_page:end]
            return numbered_pages, newest_first[:first]
        before, _ = layout(oldest_first)
        for _ in range(5):
            oldest_first += list(range(len(oldest_first), len(oldest_first) + rng.randrange(1, 2 * per_page + 2)))
            after, first = layout(oldest_first)
            assert {n: after[n] for n in before} == before, f"per_page={per_page}: an old page moved"
            shown = [x for n in sorted(after) for x in after[n]] + first
            assert sorted(shown) == oldest_first, "every article on exactly one page"
            before = after


# ---------------------------------------------------------------- the model

def test_build_site_groups_issues_and_pages_in_reading_order():
    older = dt.date(2025, 7, 29)
    items = [article("grrb-20250924-03-10", page=3), article("grrb-20250924-03-02", page=3, page_name="工会"),
             article("grrb-20250924-01-01", page=1), article("grrb-20250924-00-01", page=None),
             article("ldwb-20250924-01-01", page=1, paper="劳动午报"),
             article("grrb-20250729-01-01", older, page=1)]
    rng = random.Random(3)
    rng.shuffle(items)
    site = build_site(items, CONFIG)
    assert [(i.code, i.date) for i in site.issues] == [("grrb", DAY), ("ldwb", DAY), ("grrb", older)]
    grrb = site.issue_of[("工人日报", DAY)]
    assert [p.number for p in grrb.pages] == [1, 3, None], "pages by number, the unnumbered last"
    assert [a.id for a in grrb.pages[1].articles] == ["grrb-20250924-03-02", "grrb-20250924-03-10"], \
        "by sequence number, not as text (10 after 02)"
    assert grrb.pages[1].name == "工会" and grrb.pages[1].label == "第3版 · 工会"
    assert grrb.pages[2].label == "未标版次"
    assert grrb.article_count == 4
    assert [a.id for a in site.articles] == [a.id for i in site.issues for p in i.pages for a in p.articles]
    assert site.page_of["grrb-20250924-03-10"] is grrb.pages[1]
    assert [(name, code, [i.date for i in issues]) for name, code, issues in site.papers] == \
        [("工人日报", "grrb", [DAY, older]), ("劳动午报", "ldwb", [DAY])]


def test_terms_collect_every_taxonomy_newest_first_most_used_first():
    items = [article("grrb-20250924-01-01", reporters=("张三",), tags=("劳模", "工匠"), places=("北京",), column="一线"),
             article("grrb-20250801-01-01", dt.date(2025, 8, 1), correspondents=("张三", "李四"), tags=("劳模",)),
             article("grrb-20250701-01-01", dt.date(2025, 7, 1), photographers=("王五",), tags=("劳模",))]
    site = build_site(items, CONFIG)
    people = {t.name: t for t in site.terms["people"]}
    assert [a.id for a in people["张三"].articles] == ["grrb-20250924-01-01", "grrb-20250801-01-01"]
    assert dict(people["张三"].roles) == {"记者": 1, "通讯员": 1}
    assert set(people) == {"张三", "李四", "王五"}, "reporters, correspondents and photographers are people"
    assert [t.name for t in site.terms["tags"]] == ["劳模", "工匠"], "the most used first"
    assert [t.name for t in site.terms["columns"]] == ["一线"] and [t.name for t in site.terms["places"]] == ["北京"]
    assert site.term_of[("tags", "劳模")].url == P.term_url("tags", slug("劳模"))
    assert site.warnings == []


def test_one_name_spelled_two_ways_is_one_term_with_a_warning():
    composed, decomposed = "Jos\u00e9", "Jose\u0301"
    items = [article("grrb-20250924-01-01", reporters=(decomposed,)),
             article("grrb-20250924-01-02", reporters=(composed,)),
             article("grrb-20250924-01-03", reporters=(composed,))]
    site = build_site(items, CONFIG)
    assert len(site.terms["people"]) == 1
    term = site.terms["people"][0]
    assert term.name == composed and len(term.articles) == 3
    assert site.term_of[("people", decomposed)] is term
    assert [w.path for w in site.warnings] == ["content/grrb-20250924-01-01.md"]


def test_names_sharing_a_slug_get_distinct_urls_and_the_first_keeps_its_own(monkeypatch):
    real = P.slug
    monkeypatch.setattr(P, "slug", lambda name, digits=4: "he-xin-0000" if digits == 4 else real(name, digits))
    items = [article("grrb-20250924-01-01", reporters=("何信",)),  # 信 sorts before 心: the date must decide
             article("grrb-20200101-01-01", dt.date(2020, 1, 1), reporters=("何心",))]
    site = build_site(items, CONFIG)
    by_name = {t.name: t.slug for t in site.terms["people"]}
    assert by_name["何心"] == "he-xin-0000", "the name in the archive first keeps the published URL"
    assert by_name["何信"] == real("何信", 8)


def test_related_draws_on_earlier_articles_so_new_ones_leave_old_pages_alone():
    rng = random.Random(21)
    names = [f"人{n}" for n in range(6)]
    items = [article(f"grrb-2025{m:02d}{d:02d}-01-01", dt.date(2025, m, d),
                     reporters=tuple(rng.sample(names, 2)), tags=(rng.choice("甲乙丙"),))
             for m in range(1, 4) for d in range(1, 28, 3)]
    before = build_site(items, CONFIG)
    newer = [article(f"grrb-202506{d:02d}-01-01", dt.date(2025, 6, d), reporters=tuple(names[:3]), tags=("甲",))
             for d in range(1, 8)]
    after = build_site(items + newer, CONFIG)
    for a in before.articles:
        old = [r.id for r in before.related(a)]
        if any(r.date > a.date for r in before.related(a)):
            continue  # an article with no earlier neighbour looks forward: allowed to change
        assert [r.id for r in after.related(after.by_id[a.id])] == old, a.id
        assert all(r.date <= a.date for r in before.related(a))
    assert any(before.related(a) for a in before.articles), "the case must exercise related()"
