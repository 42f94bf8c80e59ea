"""incremental/append.py on its own: when a rebuild may take the append path, which pages it redoes (and
which of them certainly changed), and the dependency map it carries over.

Models are built from a few hand-made articles; test_incremental.py checks the append path against a
clean build byte for byte."""
from __future__ import annotations

import dataclasses
import datetime as dt
from array import array
from pathlib import Path

import numpy as np
import pytest

from unionnews import pages as P
from unionnews.config import Config
from unionnews.content import Article
from unionnews.incremental import append
from unionnews.incremental.tables import Dependencies, PageEntry
from unionnews.pages import build_site

ROOT = Path("/nonexistent/project")
CONFIG = Config(root=ROOT, per_page=2)
OLD_DAY, NEW_DAY = dt.date(2025, 9, 24), dt.date(2025, 10, 2)


def article(id_: str, date: dt.date, page: int = 1, **fields) -> Article:
    return Article(id=id_, title=f"标题{id_}", date=date, paper="工人日报", body=f"正文{id_}",
                   path=f"content/{id_}.md", page=page, digest=id_, **fields)


OLD = [article("grrb-20250923-01-01", OLD_DAY - dt.timedelta(days=1), tags=("工会",)),
       article("grrb-20250923-01-02", OLD_DAY - dt.timedelta(days=1), tags=("工会", "劳模")),
       article("grrb-20250924-01-01", OLD_DAY, tags=("工会",), reporters=("李娜",)),
       article("grrb-20250924-02-01", OLD_DAY, page=2, tags=("安全",)),
       article("grrb-20250924-02-02", OLD_DAY, page=2, tags=("工会",), places=("北京",))]
NEW = [article("grrb-20251002-01-01", NEW_DAY, tags=("工会",), reporters=("李娜",)),
       article("grrb-20251002-01-02", NEW_DAY, tags=("新词",), column="评论")]


def _site(articles):
    return build_site(list(articles), CONFIG)


def _deps(site) -> Dependencies:
    """A dependency map of the old site: each article page shows its article, the home page the newest two."""
    urls = [P.article_url(a) for a in site.articles] + ["index.html"]
    shown = [array("i", [i]) for i in range(len(site.articles))] + [array("i", [0, 1])]
    return Dependencies.collect(urls, shown)


def _previous(deps: Dependencies) -> dict[str, PageEntry]:
    return {url: PageEntry(b"f", b"d", 1) for url in deps.urls}


def _changes(articles) -> dict[str, Article | None]:
    return {str(ROOT / a.path): None for a in articles}


def _plan(new=NEW, old=OLD, **overrides):
    deps = _deps(_site(old))
    arguments = dict(deps=deps, same_salt=True, previous=_previous(deps), changes=_changes(new), removed=False,
                     site=_site([*old, *new]))
    arguments.update(overrides)
    return append.plan(**arguments)


def test_new_articles_after_every_other_take_the_append_path():
    plan = _plan()
    assert plan is not None and plan.added == len(NEW)
    new_issue = P.issue_url("grrb", NEW_DAY)
    site = _site([*OLD, *NEW])
    certain = {"index.html", "date/index.html", "paper/index.html", new_issue, P.year_url(2025),
               P.month_url(2025, 10), P.paper_url("grrb"), "tags/index.html", "people/index.html",
               site.term_of[("tags", "工会")].url, site.term_of[("tags", "新词")].url,
               site.term_of[("people", "李娜")].url, "columns/index.html", site.term_of[("columns", "评论")].url}
    assert plan.changed == certain
    also = {P.article_url(a) for a in NEW} | {P.issue_url("grrb", OLD_DAY)}  # its "next issue" link
    assert certain | also <= plan.pages
    # 工会 had 4 articles (2 a page: numbered page 1 and the first page); its 5th makes numbered page 2, and
    # page 1, the last numbered one before, is redone with it (pages.pages_of); there is no page 3
    tag = site.term_of[("tags", "工会")].url
    assert {P.paginated(tag, 1), P.paginated(tag, 2)} <= plan.pages
    assert P.paginated(tag, 3) not in plan.pages
    untouched = {site.term_of[("tags", "安全")].url, site.term_of[("places", "北京")].url, "places/index.html",
                 P.month_url(2025, 9), P.issue_url("grrb", OLD_DAY - dt.timedelta(days=1))}
    assert not untouched & plan.pages, "terms, months and issues the new articles do not touch are kept"


def test_related_lists_that_may_take_a_new_article_in_are_redone():
    plan = _plan()
    site = _site([*OLD, *NEW])
    touched = {P.article_url(a) for a in site.related_touched(("tags", "工会"), 1)}
    assert touched and touched <= plan.pages


def test_a_page_missing_from_site_is_made_again():
    deps = _deps(_site(OLD))
    previous = _previous(deps)
    gone = P.article_url(OLD[3])  # 安全: no new article names it
    del previous[gone]
    plan = _plan(previous=previous)
    assert gone in plan.pages and gone not in plan.changed


@pytest.mark.parametrize("case", ["no map", "new salt", "no previous site", "a file removed", "nothing new",
                                  "an edited file", "an older day", "a day already published", "too many pages"])
def test_anything_but_new_days_takes_another_path(case, monkeypatch):
    deps = _deps(_site(OLD))
    kwargs: dict = {}
    new = NEW
    if case == "no map":
        kwargs["deps"] = None
    elif case == "new salt":
        kwargs["same_salt"] = False
    elif case == "no previous site":
        kwargs["previous"] = {}
    elif case == "a file removed":
        kwargs["removed"] = True
    elif case == "nothing new":
        kwargs["changes"] = {}
    elif case == "an edited file":
        kwargs["changes"] = {**_changes(NEW), str(ROOT / OLD[0].path): OLD[0]}
    elif case == "an older day":
        new = [article("grrb-20250901-01-01", dt.date(2025, 9, 1))]
    elif case == "a day already published":
        new = [article("grrb-20250924-01-00", OLD_DAY)]  # first of its day: only its date gives it away
    else:
        monkeypatch.setattr(append, "MAX_PAGES", 5)
    assert _plan(new=new, **kwargs) is None
    assert deps.urls  # the map itself is fine: the case alone decides


def test_the_control_case_of_the_refusals_takes_the_append_path(monkeypatch):
    """The same arguments as above with nothing wrong do give a plan (so each refusal is the case's doing)."""
    monkeypatch.setattr(append, "MAX_PAGES", 10_000)
    assert _plan() is not None
    assert _plan(new=[article("grrb-20250925-01-01", OLD_DAY + dt.timedelta(days=1))]) is not None


def test_carry_shifts_kept_pages_and_takes_redone_ones_as_shown_now():
    urls = ["a.html", "b.html", "c.html", "index.html"]
    deps = Dependencies.collect(urls, [array("i", [0]), array("i", [1, 2]), array("i", [3]), array("i", [0, 1])])
    carried = append.carry(deps, {"b.html", "index.html"}, 2,
                           ["index.html", "b.html", "n.html"], [array("i", [0, 1]), array("i", [3, 4]),
                                                                array("i", [0])])
    assert carried.urls == ["a.html", "c.html", "index.html", "b.html", "n.html"]
    expected = Dependencies.collect(carried.urls, [array("i", [2]), array("i", [5]), array("i", [0, 1]),
                                                   array("i", [3, 4]), array("i", [0])])
    assert carried.articles.dtype == np.int32 and carried.owners.dtype == np.int32
    assert carried.articles.tolist() == expected.articles.tolist()
    assert carried.owners.tolist() == expected.owners.tolist()
    assert carried.pages_showing([2]) == {"a.html"} and carried.pages_showing([3]) == {"b.html"}
    assert carried.pages_showing([5]) == {"c.html"}


def test_carry_matches_the_map_of_a_full_render():
    """Old articles move down by the number of new ones: carry's map equals collecting everything anew."""
    old, new = _site(OLD), _site([*OLD, *NEW])
    deps = _deps(old)
    redone = ["index.html", *(P.article_url(a) for a in NEW)]
    position = {a.id: i for i, a in enumerate(new.articles)}
    shown = [array("i", [0, 1]), *(array("i", [position[a.id]]) for a in NEW)]
    carried = append.carry(deps, set(redone), len(NEW), redone, shown)
    full = {url: sorted(carried.articles[carried.owners == i].tolist()) for i, url in enumerate(carried.urls)}
    want = {P.article_url(a): [position[a.id]] for a in new.articles}
    want["index.html"] = [0, 1]
    assert full == want
    assert dataclasses.is_dataclass(append.Plan) and append.Plan.__dataclass_params__.frozen
