"""incremental/: Site.replace_articles gives the model a full build would make, without changing the old
one; the writer of each mode; and `build` and `serve` carrying out a text edit through the same function."""
from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, build_project, make_project, tree
from unionnews.config import Config, load_config
from unionnews.content import Article
from unionnews.incremental import live as live_module, rebuild
from unionnews.incremental.live import LiveSite
from unionnews.incremental.writers import IncrementalWriter, OverlayWriter, SiteWriter, writer_for
from unionnews.pages import Site, build_site
from unionnews import pipeline

DAY = dt.date(2025, 9, 24)
CONFIG = Config(root=Path("/nonexistent"))
FIXTURE = ROOT / "tests" / "fixtures" / "three" / "content"


def article(id_: str, page: int = 1, date: dt.date = DAY, **fields) -> Article:
    return Article(id=id_, title=f"标题{id_}", date=date, paper="工人日报", body=f"正文{id_}",
                   path=f"content/{id_}.md", page=page, digest=id_, **fields)


def shape_of(site: Site) -> list:
    """Every list of the model as the articles (by identity) it holds."""
    ids = lambda items: [id(a) for a in items]
    return [ids(site.articles), [ids(p.articles) for i in site.issues for p in i.pages],
            {t: [(term.name, ids(term.articles)) for term in terms] for t, terms in site.terms.items()},
            {key: ids(term.articles) for key, term in site.term_of.items()},
            {a: ids(page.articles) for a, page in site.page_of.items()},
            [(code, [ids(p.articles) for i in issues for p in i.pages]) for _, code, issues in site.papers],
            ids(site.by_id.values())]


def test_replace_articles_gives_the_model_of_the_edited_articles_and_leaves_the_old_one():
    articles = [article("grrb-20250924-01-01", tags=("工会", "劳模"), reporters=("李娜",)),
                article("grrb-20250924-01-02", tags=("工会",)),
                article("grrb-20250923-02-01", date=DAY - dt.timedelta(days=1), page=2, tags=("劳模",),
                        reporters=("李娜",))]
    site = build_site(articles, CONFIG)
    before = shape_of(site)
    edited = dataclasses.replace(articles[0], title="更正后的标题", body="更正后的正文", digest="new")
    new = site.replace_articles([edited])
    assert shape_of(site) == before, "the old model is left as it was"
    assert new.by_id[edited.id] is edited
    clean = build_site([edited, *articles[1:]], CONFIG)
    by_id = {a.id: a for a in clean.articles}
    # the same lists as a full model of the edited articles, article for article
    same = lambda one, other: [a.id for a in one] == [a.id for a in other] and \
        all(a is new.by_id[a.id] for a in one) and all(by_id[a.id] == a for a in one)
    assert same(new.articles, clean.articles)
    assert all(same(p.articles, q.articles) for i, j in zip(new.issues, clean.issues) for p, q in zip(i.pages, j.pages))
    assert all(same(new.term_of[key].articles, term.articles) for key, term in clean.term_of.items())
    assert edited in new.term_of[("tags", "劳模")].articles and edited in new.page_of[edited.id].articles
    assert new.issue_of[("工人日报", DAY)].pages[0].articles[0] is edited
    assert site.by_id[edited.id] is articles[0] and articles[0] in site.term_of[("tags", "劳模")].articles
    yesterday = ("工人日报", DAY - dt.timedelta(days=1))
    assert new.issue_of[yesterday] is site.issue_of[yesterday], "what holds no edited article is shared"


def test_replace_articles_refuses_a_move():
    site = build_site([article("grrb-20250924-01-01", tags=("工会",))], CONFIG)
    with pytest.raises(ValueError):
        site.replace_articles([article("grrb-20250924-01-01", tags=("别的",))])
    with pytest.raises(ValueError):
        site.replace_articles([article("grrb-20250924-01-01", page=2)])


def test_a_writer_per_mode(tmp_path):
    out = tmp_path / "site"
    first = SiteWriter(out)
    for url, text in {"a.html": "一", "b/c.html": "二"}.items():
        first.write(url, text)
    first.commit()
    assert type(writer_for(out, None, (), {})) is SiteWriter, "no trusted table: a clean build"
    second = writer_for(out, None, (), first.table)
    assert type(second) is IncrementalWriter and second.previous == first.table
    second.write("a.html", "一")
    second.carry(["b/c.html"])
    assert second.changed == set() and set(second.table) == {"a.html", "b/c.html"}
    second.abort()
    (out / "b" / "c.html").write_text("长了一点", encoding="utf-8")
    assert "b/c.html" not in writer_for(out, None, (), first.table).previous, "a resized file is written again"
    overlay = OverlayWriter(out, None, (), first.table)
    assert set(overlay.table) == set(first.table), "serve's writer starts as the site it updates"
    overlay.write("a.html", "改")
    overlay.drop("b/c.html")
    overlay.commit()
    assert set(tree(out)) == {"a.html", ".unionnews-site"} and (out / "a.html").read_text(encoding="utf-8") == "改"


def test_build_and_serve_carry_out_a_text_edit_through_one_function(tmp_path, monkeypatch):
    project = make_project(tmp_path / "a", FIXTURE)
    config, _ = load_config(project)
    calls = []
    real = rebuild.apply_text_edit
    spy = lambda *args: calls.append(type(args[4])) or real(*args)
    monkeypatch.setattr(pipeline, "apply_text_edit", spy)
    monkeypatch.setattr(live_module, "apply_text_edit", spy)
    live = LiveSite(config, jobs=1)
    path = sorted((project / "content").rglob("*.md"))[-1]
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\n---\n", "\n---\n新加的一段。\n\n", 1), encoding="utf-8")
    assert live.update({path}).quick
    live.save()
    path.write_text(text, encoding="utf-8")
    assert build_project(project).quick
    assert calls == [OverlayWriter, IncrementalWriter]
    other = make_project(tmp_path / "b", project / "content")
    shutil.copy(project / "site.toml", other / "site.toml")
    build_project(other)
    assert tree(project / "site") == tree(other / "site")
