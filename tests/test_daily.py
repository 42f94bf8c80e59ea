"""Publishing today's issue to a large archive: the per-build work over the whole archive, cut at its source.

What each piece must keep doing (the pages themselves: test_incremental.py compares with a clean build).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import os
import random
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

from unionnews.incremental import cache as C
from unionnews.incremental.cache import open_cache, stat_key
from unionnews.incremental.tables import PageEntry, Parsed
from unionnews.config import Config, load_config
from unionnews.content import Article
from unionnews.incremental.writers import MARKER, file_sizes, survey
from unionnews.pages import RELATED_WINDOW, Site

ROOT = Path(__file__).resolve().parent.parent


def _article(n: int, day: dt.date) -> Article:
    return Article(id=f"grrb-{day:%Y%m%d}-01-{n:02d}", title=f"标题{n}", date=day, paper="工人日报", body="正文" * n,
                   path=f"content/{day:%Y/%m/%d}/grrb-{day:%Y%m%d}-01-{n:02d}.md", reporters=(f"记者{n % 3}",),
                   tags=("劳模", "工匠"), digest=f"d{n}")


def _parsed(root: Path, days: list[dt.date], per_day: int = 3) -> dict[str, Parsed]:
    parsed = {}
    for day in days:
        for n in range(1, per_day + 1):
            a = _article(n, day)
            parsed[str(root / a.path)] = Parsed((100 + n, day.toordinal(), n), a, [])
    return parsed


def _saved(root: Path, parsed: dict) -> C.BuildCache:
    (root / "site").mkdir(parents=True, exist_ok=True)
    (root / "site" / MARKER).write_text("made by unionnews build\ncontents: 1\n", encoding="utf-8")
    cache = open_cache(root, Config(root=root))
    cache.parsed = parsed
    cache.save(root / "site")
    return cache


def _shard_files(root: Path) -> dict[str, int]:
    folder = root / ".cache" / "unionnews" / C.SHARDS
    return {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}


def test_the_parsed_table_is_saved_by_month_and_only_changed_months_are_written(tmp_path):
    days = [dt.date(2024, m, d) for m in (1, 2, 3) for d in (5, 20)]
    parsed = _parsed(tmp_path, days)
    cache = _saved(tmp_path, parsed)
    first = _shard_files(tmp_path)
    assert len(first) == 3, "one shard a month (content/YYYY/MM)"

    loaded = open_cache(tmp_path, Config(root=tmp_path))
    assert loaded.parsed == parsed
    assert all(loaded.parsed[p][1].__dict__ == parsed[p][1].__dict__ for p in parsed), "every field, digest too"
    # today's issue: new files in a new month; every older entry is the object the cache loaded
    today = _parsed(tmp_path, [dt.date(2024, 4, 1)])
    loaded.parsed = {**loaded.parsed, **today}
    loaded.save(tmp_path / "site")
    second = _shard_files(tmp_path)
    assert {n: t for n, t in second.items() if n in first} == first, "the old months' files are not rewritten"
    assert len(second) == 4
    assert open_cache(tmp_path, Config(root=tmp_path)).parsed == {**parsed, **today}

    # an edit (a new stat key and article) in February rewrites February only; its old file goes
    again = open_cache(tmp_path, Config(root=tmp_path))
    path = next(p for p in again.parsed if "/2024/02/" in p)
    key, article, problems = again.parsed[path]
    again.parsed[path] = Parsed((key[0] + 1, *key[1:]), dataclasses.replace(article, title="改"), problems)
    again.save(tmp_path / "site")
    third = _shard_files(tmp_path)
    assert len(third) == 4 and len(set(third) - set(second)) == 1 and len(set(second) - set(third)) == 1
    assert open_cache(tmp_path, Config(root=tmp_path)).parsed[path][1].title == "改"
    assert cache is not None


def test_a_missing_shard_is_a_cold_cache(tmp_path):
    _saved(tmp_path, _parsed(tmp_path, [dt.date(2024, 1, 5), dt.date(2024, 2, 5)]))
    next((tmp_path / ".cache" / "unionnews" / C.SHARDS).iterdir()).unlink()
    loaded = open_cache(tmp_path, Config(root=tmp_path))
    assert loaded.parsed == {} and loaded.pages == {} and loaded.site_key is None


def test_file_sizes_lists_every_file_of_the_site_by_url(tmp_path):
    site = tmp_path / "site"
    rng = random.Random(16)
    expected = {}
    for n in range(60):
        url = "/".join(rng.choice("abc") for _ in range(rng.randrange(4))) + f"{'/' if rng.random() < .7 else ''}f{n}.html"
        url = url.lstrip("/")
        target = site.joinpath(*url.split("/"))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(b"x" * rng.randrange(100))
        expected[url] = target.stat().st_size
    (site / "a").mkdir(exist_ok=True)
    os.symlink(tmp_path, site / "a" / "loop")  # a link is a file of the site (a stray), never followed
    expected["a/loop"] = os.lstat(site / "a" / "loop").st_size
    assert file_sizes(site) == expected
    assert file_sizes(tmp_path / "nowhere") == {}
    # the survey takes the walk made elsewhere just as its own
    previous = {url: PageEntry(b"f" * 16, b"d" * 16, size) for url, size in expected.items() if url != "a/loop"}
    (site / MARKER).write_text("x", encoding="utf-8")
    assert survey(site, previous) == survey(site, previous, file_sizes(site))


def test_the_background_walk_takes_the_stat_keys_the_build_would(tmp_path):
    from unionnews import pipeline
    project = tmp_path / "p"
    for n, day in enumerate([dt.date(2024, 1, 5), dt.date(2024, 3, 9)]):
        a = _article(n + 1, day)
        (project / a.path).parent.mkdir(parents=True, exist_ok=True)
        (project / a.path).write_text("---\n---\n", encoding="utf-8")
    (project / "content" / "_unplaced").mkdir()
    (project / "content" / "_unplaced" / "x.md").write_text("", encoding="utf-8")
    (project / "site.toml").write_text("", encoding="utf-8")
    config = load_config(project)[0]
    walks = pipeline._Walks(config, survey=False, jobs=2)
    found, sizes = walks.found(), walks.sizes()
    walks.close()
    paths = sorted(project / _article(n + 1, day).path for n, day in enumerate([dt.date(2024, 1, 5), dt.date(2024, 3, 9)]))
    assert found.paths == [str(p) for p in paths], "the two articles, in order, without _unplaced/"
    assert found.keys == [stat_key(p) for p in paths]
    assert found.strays == [] and sizes is None


def test_a_build_turns_the_collector_back_on_without_walking_its_heap(tmp_path):
    """Everything a build allocates is young to the collector (it is off during the build); turning it on must
    not start a collection over all of it then and there (pipeline._no_cyclic_gc)."""
    from unionnews import pipeline
    events: list = []

    def seen(phase, info):
        if phase == "start":
            events.append(info["generation"])

    gc.collect()  # counts at zero: no collection is due before the build turns the collector off
    gc.callbacks.append(seen)
    try:
        with pipeline._no_cyclic_gc():
            made = [[n] for n in range(50_000)]  # what a build leaves: far past the collector's thresholds
    finally:
        gc.callbacks.remove(seen)
    assert gc.isenabled() and events == [], events
    assert len(made) == 50_000


def test_the_tag_table_is_jiebas_without_loading_its_segmenter():
    """people._dictionary is jieba's word → part-of-speech table for every word shaped like a name (the only
    words it is asked about), read without initialising jieba (its prefix dictionary, a second or more per
    process that parses a file)."""
    code = ("import re, jieba, jieba.posseg\n"
            "from unionnews.people import _NAME, _dictionary, _name_words, recognise\n"
            "table = _name_words()\n"
            "assert recognise('主席刘雪荣说，大国工匠王曙群表示') == ('刘雪荣', '王曙群'), recognise('主席刘雪荣说')\n"
            "assert not jieba.dt.initialized, 'the segmenter was loaded'\n"
            "shaped = {w: t for w, t in jieba.posseg.dt.word_tag_tab.items() if re.fullmatch(_NAME, w)}\n"
            "assert len(shaped) > 10000 and table == shaped\n"
            "assert _dictionary() == jieba.posseg.dt.word_tag_tab\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr


def test_related_touched_needs_no_ranking_of_the_archive():
    """Site.related_touched (the older articles whose related list a new article may enter) is found from the
    ends of the terms' lists: the same articles as the definition (no earlier article in any term), and the
    archive's ranking (a sort of every article) is not made for it."""
    rng = random.Random(16)
    pick = lambda k: tuple(sorted({f"n{rng.randrange(30)}" for _ in range(rng.randrange(k + 1))}))
    articles = sorted((SimpleNamespace(id=f"a-{n:04d}", date=dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(90)),
                                       people=pick(2), tags=pick(2), places=pick(1), column=rng.choice(["", "c"]))
                       for n in range(200)), key=lambda a: (-a.date.toordinal(), a.id))
    terms: dict = {}
    for a in articles:
        for taxonomy, names in (("people", a.people), ("tags", a.tags), ("places", a.places),
                                ("columns", (a.column,) if a.column else ())):
            for name in names:
                terms.setdefault((taxonomy, name), []).append(a)
    site = Site(config=None, articles=articles, issues=[], by_id={a.id: a for a in articles},
                term_of={key: SimpleNamespace(articles=tuple(items)) for key, items in terms.items()})
    touched = {key: site.related_touched(key, 2) for key in terms}
    assert site._rank == {}, "no ranking of the archive"
    assert any(touched.values())
    for key, found in touched.items():
        assert list(found) == [a for a in terms[key][2:2 + 2 * RELATED_WINDOW] if not site._pool(a, True)], key


def test_a_build_does_not_load_the_importer():
    """The importer (unionnews.ingest: geometry, OCR layouts, numpy tables) is a second program; a build that
    cleans no machine tags must not pay for importing it (topics.py imports from it where it needs it)."""
    code = ("import sys, unionnews.cli, unionnews.pipeline\n"
            "loaded = [m for m in sys.modules if m.startswith('unionnews.ingest')]\n"
            "assert not loaded, loaded\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr


def test_related_at_either_end_of_a_long_term_does_not_rank_the_term():
    """A new article stands at the head of its terms' lists, and the older articles related_touched names at
    the tail: their related() lists are the same as with every term ranked, without ranking a long term."""
    from unionnews import pages
    rng = random.Random(18)
    n = 6 * pages.HEAD
    articles = sorted((SimpleNamespace(id=f"a-{k:04d}", date=dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(400)),
                                       people=(f"p{rng.randrange(3)}",), tags=("long", f"t{rng.randrange(40)}"),
                                       places=(), column="") for k in range(n)),
                      key=lambda a: (-a.date.toordinal(), a.id))
    terms: dict = {}
    for a in articles:
        for key in (*(("people", p) for p in a.people), *(("tags", t) for t in a.tags)):
            terms.setdefault(key, []).append(a)

    def site() -> Site:
        return Site(config=None, articles=articles, issues=[], by_id={a.id: a for a in articles},
                    term_of={key: SimpleNamespace(articles=tuple(items)) for key, items in terms.items()})
    ranked = site()
    ranked.prepare_related()
    ends = [*articles[:pages.HEAD], *articles[-pages.HEAD:]]
    fresh = site()
    assert [fresh.related(a) for a in ends] == [ranked.related(a) for a in ends]
    assert ("tags", "long") not in fresh._windows, "the long term was not ranked whole"
    middle = articles[n // 2]
    assert fresh.related(middle) == ranked.related(middle) and ("tags", "long") in fresh._windows


def test_the_pages_named_are_the_only_views_made(tmp_path):
    """Renderer.all_pages(only) gives exactly the pages of all_pages() that `only` names, with the same views,
    and makes nothing for the others: no issue outside `only` is outlined (the paper pages list every
    issue of the archive, as links without outlines), whatever taxonomy, numbered page or slug ending in digits is named."""
    from unionnews import pages as P
    from unionnews.pages import build_site
    from unionnews.render import Renderer, make_environment
    from unionnews import theme
    days = [dt.date(2023, 12, 30) + dt.timedelta(days=n) for n in range(6)]
    articles = [_article(n, day) for day in days for n in range(1, 4)]
    articles = [dataclasses.replace(a, places=(f"地{a.date.day}",), column="0123" if a.date.day % 2 else "")
                for a in articles]
    config = dataclasses.replace(Config(root=tmp_path), per_page=2, templates_dir=tmp_path / "templates")

    def site_and_pages(only=None):
        site = build_site(list(articles), config)
        renderer = Renderer(site, make_environment(theme.TEMPLATES))
        made = {url: (template, view) for url, template, view in renderer.all_pages(only)}
        return site, {url: lambda url=url: renderer.render(*made[url][0:1], url, made[url][1]) for url in made}

    site, every = site_and_pages()
    newest, oldest = site.issues[0], site.issues[-1]
    digits = site.term_of[("columns", "0123")]
    assert digits.url.endswith("-0123.html") or digits.url[:-5][-1].isdigit()
    tag = site.term_of[("tags", "劳模")]
    only = {P.article_url(newest.pages[0].articles[0]), newest.url, P.year_url(2024), P.month_url(2024, 1),
            "date/index.html", tag.url, P.paginated(tag.url, 3), digits.url, "people/index.html"}
    assert only <= every.keys()
    site, named = site_and_pages(only)
    assert named.keys() == only
    assert all(named[url]() == every[url]() for url in only), "the same pages, byte for byte"
    outlined = {i.url for i in site.issues if "outline" in i.__dict__}
    assert oldest.url not in outlined and outlined <= {i.url for i in site.issues if i.date.year == 2024}
    # the paper pages, named, list every issue as a link, and outline none (a publish renders them)
    site, named = site_and_pages({"paper/index.html", P.paper_url(newest.code)})
    assert named.keys() == {"paper/index.html", P.paper_url(newest.code)}
    assert all("link" in i.__dict__ for i in site.issues) and not any("outline" in i.__dict__ for i in site.issues)
