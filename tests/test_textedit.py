"""incremental/textedit.py: which edits take the quick path (text only, same pages) and which must take the full one."""
from __future__ import annotations

import dataclasses
import datetime as dt
from array import array

import pytest

from unionnews.incremental import textedit as quick
from unionnews.content import Article
from unionnews.incremental.tables import Dependencies
from unionnews.incremental.textedit import CONTENT_FIELDS, plan, shape

DAY = dt.date(2025, 9, 24)


def article(n: int, **fields) -> Article:
    values = dict(id=f"grrb-20250924-01-{n:02d}", title=f"标题{n}", date=DAY, paper="工人日报", body=f"正文{n}",
                  path=f"content/{n}.md", page=1, tags=("劳模",), digest=f"d{n}")
    values.update(fields)
    return Article(**values)


ARTICLES = [article(n) for n in range(1, 6)]  # site.articles order: position 0 is search doc 4
# page → positions of the articles it shows
SHOWN = {"article/2025/grrb-20250924-01-01.html": [0], "article/2025/grrb-20250924-01-02.html": [1],
         "grrb/2025/2025-09-24.html": [0, 1, 2, 3, 4], "tags/l/lao-mo.html": [0, 1, 2, 3, 4],
         "date/2025/09.html": [], "index.html": [0, 1]}
DEPS = Dependencies.collect(list(SHOWN), [array("i", v) for v in SHOWN.values()])
PREVIOUS = {url: (b"f", b"d", 1) for url in SHOWN}


def edited(n: int, **fields) -> list[Article]:
    """The model after article n's file was edited: the same list, that one article replaced."""
    return [dataclasses.replace(a, **fields) if a.path == f"content/{n}.md" else a for a in ARTICLES]


def run(articles, changes=None, **overrides):
    changes = changes if changes is not None else {f"content/{n}.md": ARTICLES[n - 1] for n in (2,)}
    arguments = dict(deps=DEPS, same_salt=True, previous=PREVIOUS, changes=changes, removed=False,
                     articles=articles, search_intact=True)
    arguments.update(overrides)
    return plan(**arguments)


def test_pages_showing_reads_the_dependency_map():
    assert DEPS.pages_showing([1]) == {"article/2025/grrb-20250924-01-02.html", "grrb/2025/2025-09-24.html",
                                       "tags/l/lao-mo.html", "index.html"}
    assert DEPS.pages_showing([4]) == {"grrb/2025/2025-09-24.html", "tags/l/lao-mo.html"}
    assert DEPS.pages_showing([]) == set()
    assert DEPS.pages_showing([99]) == set()


@pytest.mark.parametrize("field,value", [("body", "改正后的正文"), ("title", "新标题"), ("kicker", "引题"),
                                         ("subtitle", "副题"), ("source", "来源"), ("review", ("待核",))])
def test_a_text_edit_takes_the_quick_path_to_the_pages_that_show_it(field, value):
    new = edited(2, **{field: value, "digest": "d2-edited"})
    result = run(new)
    assert result is not None
    assert result.pages == DEPS.pages_showing([1])
    assert list(result.changed) == [len(ARTICLES) - 1 - 1], "keyed by search doc number (oldest is 0)"
    old, now = result.changed[3]
    assert (old.digest, now.digest) == ("d2", "d2-edited") and now is new[1]


def test_a_file_saved_unchanged_renders_nothing():
    result = run(list(ARTICLES))
    assert result is not None and result.pages == set() and result.changed == {}


def test_a_page_missing_from_site_is_made_again():
    previous = {url: entry for url, entry in PREVIOUS.items() if url != "date/2025/09.html"}
    result = run(list(ARTICLES), previous=previous)
    assert result.pages == {"date/2025/09.html"}


@pytest.mark.parametrize("field,value", [
    ("tags", ("劳模", "工匠")), ("tags", ()), ("places", ("北京",)), ("reporters", ("张三",)), ("column", "一线"),
    ("date", dt.date(2025, 9, 25)), ("page", 2), ("page_name", "要闻"), ("paper", "劳动午报"), ("kind", "photo"),
    ("id", "grrb-20250924-01-09"),
])
def test_an_edit_that_changes_structure_takes_the_full_path(field, value):
    assert field not in CONTENT_FIELDS
    assert run(edited(2, **{field: value, "digest": "d2-edited"})) is None


@pytest.mark.parametrize("overrides", [
    {"deps": None}, {"same_salt": False}, {"previous": {}}, {"removed": True}, {"search_intact": False},
    {"changes": {"content/new.md": None}},
], ids=["no-map", "template-or-settings", "untrusted-site", "file-removed", "search-damaged", "new-file"])
def test_anything_the_last_build_cannot_vouch_for_takes_the_full_path(overrides):
    assert run(edited(2, body="改", digest="d2-edited"), **overrides) is None


def test_a_file_whose_article_went_takes_the_full_path():
    missing = [a for a in ARTICLES if a.path != "content/2.md"]
    assert run(missing) is None


def test_too_many_pages_take_the_parallel_full_path(monkeypatch):
    new = edited(2, body="改", digest="d2-edited")
    assert run(new) is not None
    monkeypatch.setattr(quick, "MAX_PAGES", 3)
    assert run(new) is None


def test_shape_is_every_field_but_the_text():
    base = article(1)
    for field in dataclasses.fields(Article):
        value = getattr(base, field.name)
        other = {str: lambda: value + "x", tuple: lambda: (*value, "x"), int: lambda: value + 1,
                 dt.date: lambda: value + dt.timedelta(days=1), type(None): lambda: "x"}
        changed = other[type(value)]()
        differs = shape(dataclasses.replace(base, **{field.name: changed})) != shape(base)
        assert differs == (field.name not in CONTENT_FIELDS), field.name
