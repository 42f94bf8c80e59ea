"""Site.related(): the weighting, the tie-break and the bounded window, against a brute-force reference."""
from __future__ import annotations

import datetime as dt
import random
from types import SimpleNamespace

from unionnews.pages import RELATED_WINDOW, Site

WEIGHTS = {"people": 3, "tags": 2, "places": 1, "columns": 1}


def _site(articles) -> Site:
    terms: dict[tuple[str, str], list] = {}
    for a in articles:  # newest first, as build_site orders them
        for taxonomy, names in (("people", a.people), ("tags", a.tags), ("places", a.places),
                                ("columns", (a.column,) if a.column else ())):
            for name in names:
                terms.setdefault((taxonomy, name), []).append(a)
    term_of = {key: SimpleNamespace(articles=tuple(items)) for key, items in terms.items()}
    return Site(config=None, articles=list(articles), issues=[], by_id={a.id: a for a in articles}, term_of=term_of)


def _article(n: int, rng: random.Random, pool: int):
    pick = lambda k: tuple(sorted({f"n{rng.randrange(pool)}" for _ in range(rng.randrange(k + 1))}))
    return SimpleNamespace(id=f"a-{n:04d}", date=dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(60)),
                           people=pick(3), tags=pick(3), places=pick(2), column=rng.choice(["", "c1", "c2x"]))


def _reference(site: Site, article, limit: int = 5) -> list[str]:
    """Every earlier article sharing a term (after it in the term's list), scored by weight per shared term;
    only when there is none, every later one; ties newest first, then id."""
    def scores(earlier: bool) -> dict[str, int]:
        found: dict[str, int] = {}
        for (taxonomy, name), term in site.term_of.items():
            mine = name == article.column if taxonomy == "columns" else name in getattr(article, taxonomy)
            if mine:
                at = term.articles.index(article)
                for other in (term.articles[at + 1:] if earlier else term.articles[:at]):
                    found[other.id] = found.get(other.id, 0) + WEIGHTS[taxonomy]
        return found
    found = scores(True) or scores(False)
    order = sorted(found, key=lambda i: (-found[i], -site.by_id[i].date.toordinal(), i))
    return order[:limit]


def test_related_matches_brute_force_when_every_term_is_small():
    rng = random.Random(7)
    articles = sorted((_article(n, rng, 40) for n in range(120)), key=lambda a: (-a.date.toordinal(), a.id))
    site = _site(articles)
    assert all(len(t.articles) <= 2 * RELATED_WINDOW for t in site.term_of.values())
    for a in articles:
        assert [r.id for r in site.related(a, limit=5)] == _reference(site, a), a.id


def test_related_weights_people_over_tags_over_places_and_prefers_newer_on_ties():
    day = dt.date(2024, 5, 1)
    me = SimpleNamespace(id="me", date=day, people=("张三",), tags=("劳模",), places=("北京",), column="")
    by_person = SimpleNamespace(id="p", date=day - dt.timedelta(days=9), people=("张三",), tags=(), places=(), column="")
    by_tag_new = SimpleNamespace(id="t2", date=day, people=(), tags=("劳模",), places=(), column="")
    by_tag_old = SimpleNamespace(id="t1", date=day - dt.timedelta(days=1), people=(), tags=("劳模",), places=(), column="")
    by_place = SimpleNamespace(id="x", date=day, people=(), tags=(), places=("北京",), column="")
    articles = sorted([me, by_person, by_tag_new, by_tag_old, by_place], key=lambda a: (-a.date.toordinal(), a.id))
    assert [a.id for a in _site(articles).related(me, limit=5)] == ["p", "t2", "t1", "x"]


def test_related_looks_only_at_the_window_around_an_article_in_a_big_term():
    """A tag on 500 articles: only the WINDOW nearest on each side count, so work per article stays bounded."""
    start = dt.date(2020, 1, 1)
    articles = [SimpleNamespace(id=f"a-{n:03d}", date=start + dt.timedelta(days=500 - n), people=(), tags=("工会",),
                                places=(), column="") for n in range(500)]
    site = _site(articles)
    middle = articles[250]
    got = [a.id for a in site.related(middle, limit=100)]
    assert len(got) == 2 * RELATED_WINDOW
    assert set(got) == {a.id for a in articles[251:251 + 2 * RELATED_WINDOW]}, "the earlier ones only"
    assert got[:2] == ["a-251", "a-252"]  # equal scores: newest first
    first = articles[-1]  # nothing earlier: the nearest later ones
    assert [a.id for a in site.related(first, limit=100)] == [a.id for a in articles[-1 - 2 * RELATED_WINDOW:-1]]


def test_older_pages_keep_their_related_articles_when_new_ones_arrive():
    """Publishing new articles changes no older article's related list, except those with nothing earlier."""
    rng = random.Random(11)
    old = sorted((_article(n, rng, 30) for n in range(300)), key=lambda a: (-a.date.toordinal(), a.id))
    new = [SimpleNamespace(**{**vars(_article(1000 + n, rng, 30)), "date": dt.date(2021, 1, 1)}) for n in range(20)]
    before, after = _site(old), _site(sorted(new, key=lambda a: a.id) + old)
    for a in old:
        if before._pool(a, True):
            assert after.related(a) == before.related(a), a.id
