"""views.py: every template reads only what its view declares, docs/TEMPLATES.md lists all of it, and a theme
cannot reach data its page's fingerprint leaves out (it gets an error, never a stale page)."""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import jinja2
import pytest
from jinja2 import meta

from conftest import ROOT, make_project
from unionnews import theme, views
from unionnews.config import Config, load_config
from unionnews.errors import UnionnewsError
from unionnews.pageimages import PageImage
from unionnews.pages import IssueLink, IssueOutline, PageOutline, TermLink, TermSummary, build_site
from unionnews.pipeline import build
from unionnews.render import GLOBALS, Renderer, make_environment

JINJA_DEFAULTS = set(jinja2.Environment().globals)  # range, dict, namespace, …
DOCS = ROOT / "docs" / "TEMPLATES.md"
# Partials rendered once per folder depth (render.Renderer.chrome): they see no page's view.
CHROME = {"partials/head.html", "partials/masthead.html", "partials/footer.html"}


def declared(template: str) -> set[str]:
    """The variables a built-in template may read: its view's fields, the common ones and the globals."""
    names = set(GLOBALS) | JINJA_DEFAULTS
    if template in views.TEMPLATES:
        view = views.TEMPLATES[template]
        names |= set(views.names(view)) | set(views.COMMON)
        if view is views.ArticlePage:
            names |= set(views.ARTICLE_EXTRAS)
    elif template == "base.html":
        names |= set(views.COMMON)
    elif template in CHROME:
        names |= {"config", "root", "home"}
    return names  # other partials are macros: they read their arguments and the globals


def undeclared(env: jinja2.Environment, template: str) -> set[str]:
    source = env.loader.get_source(env, template)[0]
    tree = env.parse(source)
    imported = {name if isinstance(name, str) else name[1] for node in tree.find_all(jinja2.nodes.FromImport)
                for name in node.names}  # macros from a partial: Jinja scopes them outside the blocks that call them
    return meta.find_undeclared_variables(tree) - imported - declared(template)


def theme_templates() -> list[str]:
    return sorted(p.relative_to(theme.TEMPLATES).as_posix() for p in theme.TEMPLATES.rglob("*.html"))


def test_every_page_template_has_a_view_and_every_view_a_template():
    pages = {name for name in theme_templates() if "/" not in name and name != "base.html"}
    assert pages == set(views.TEMPLATES)


@pytest.mark.parametrize("template", theme_templates())
def test_a_builtin_template_reads_only_what_its_view_declares(template, tmp_path):
    env = make_environment(tmp_path / "templates")
    assert not undeclared(env, template), f"{template} reads variables its view does not declare"


def test_the_check_catches_a_template_reading_an_undeclared_name(tmp_path):
    """The check above can fail: a term index reading the pages module or a made-up total is caught."""
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "terms.html").write_text("{% for t in terms %}{{ P.article_url(t) }}{{ grand_total }}{% endfor %}",
                                       encoding="utf-8")
    assert undeclared(make_environment(folder), "terms.html") == {"P", "grand_total"}


def test_the_environment_gives_only_the_documented_globals(tmp_path):
    env = make_environment(tmp_path / "templates")
    Renderer(build_site([], Config(root=tmp_path)), env)  # adds item() and chrome()
    assert set(env.globals) - JINJA_DEFAULTS <= set(GLOBALS)
    assert "P" not in env.globals


def test_views_hold_only_values_whose_fingerprint_covers_what_they_reach():
    """No view field is typed with a model object that reaches data its fingerprint leaves out (a Term)."""
    for view in views.VIEWS:
        for f in dataclasses.fields(view):
            assert not re.search(r"\bTerm\b", str(f.type)), f"{view.__name__}.{f.name}: {f.type}"


def test_docs_list_every_variable_a_theme_may_use():
    text = DOCS.read_text(encoding="utf-8")
    missing = [f"{template}: {name}" for template, view in views.TEMPLATES.items()
               for name in (*views.names(view), *(views.ARTICLE_EXTRAS if view is views.ArticlePage else ()))
               if f"`{name}`" not in text]
    missing += [f"type {kind.__name__}.{f.name}" for kind in (views.Pager, IssueOutline, IssueLink, PageOutline, TermSummary,
                                                             TermLink, PageImage) for f in dataclasses.fields(kind)
                if f"`{f.name}`" not in text]
    missing += [f"global {name}" for name in (*GLOBALS, *views.COMMON) if not re.search(f"`{name}[`(]", text)]
    missing += [f"template {name}" for name in views.TEMPLATES if f"`{name}`" not in text]
    missing += [f"filter {name}" for name in make_environment(Path("/nonexistent")).filters
                if name not in jinja2.Environment().filters and f"`{name}`" not in text]
    assert not missing, missing


# ---------------------------------------------------------------- at build time

def small_project(tmp_path: Path) -> Path:
    return make_project(tmp_path, ROOT / "tests" / "fixtures" / "three" / "content")


def edit_title(project: Path) -> tuple[str, str]:
    """Retitle the newest article that has a person (so it is on a term's listing); (old, new) title."""
    for path in sorted((project / "content").rglob("*.md"), reverse=True):
        text = path.read_text(encoding="utf-8")
        match = re.search(r"^title: *(.+)$", text, re.M)
        if match and re.search(r"^reporters:", text, re.M):
            old = match.group(1).strip().strip("'\"")
            new = "改过的标题甲乙丙"
            path.write_text(text.replace(match.group(0), f"title: {new}", 1), encoding="utf-8")
            return old, new
    raise AssertionError("no article with a reporter in the fixture")


def project_with_template(tmp_path, name: str, text: str):
    """The small project with one theme template of its own (templates/<name>), and its config."""
    project = small_project(tmp_path)
    (project / "templates").mkdir()
    (project / "templates" / name).write_text(text, encoding="utf-8")
    return project, load_config(project)[0]


def test_a_theme_reading_a_terms_articles_on_the_index_is_never_served_stale(tmp_path):
    """terms.html showing each person's latest headline: the index's fingerprint does not cover the
    articles, so the build must refuse the template (naming it) rather than keep a stale index after an edit."""
    project, config = project_with_template(
        tmp_path, "terms.html", '{% extends "base.html" %}{% block main %}\n<ul>{% for t in terms %}\n'
        "<li>{{ t.name }}: {{ t.articles[0].title }}{% endfor %}</ul>{% endblock %}\n")
    try:
        build(config, progress=False)
    except UnionnewsError as exc:
        assert any(p.path == "templates/terms.html" and p.line == 3 and "articles" in p.message
                   for p in exc.problems), exc.problems
        return
    _, new = edit_title(project)
    build(config, progress=False)
    assert new in (project / "site" / "people" / "index.html").read_text(encoding="utf-8"), \
        "the index still shows the old headline after an incremental build"


def test_a_theme_reading_the_pages_module_gets_a_clear_error(tmp_path):
    _, config = project_with_template(tmp_path, "paper.html", "{{ P.paper_url(code) }}\n")
    with pytest.raises(UnionnewsError) as caught:
        build(config, progress=False)
    assert "templates/paper.html" in str(caught.value) and "'P' is undefined" in str(caught.value)


def test_body_html_serves_any_template_that_shows_an_article(tmp_path):
    """Not only article.html: an issue page may print its articles in full through the body_html filter."""
    project, config = project_with_template(
        tmp_path, "issue.html",
        "{% for page in issue.pages %}{% for a in page.articles %}<div>{{ a | body_html }}</div>{% endfor %}"
        "{% endfor %}\n")
    build(config, progress=False)
    site = project / "site"
    article = next(p for p in sorted(site.glob("article/*/*.html")))
    code, day = re.match(r"([a-z]+)-(\d{8})-", article.name).groups()
    issue = site / code / day[:4] / f"{day[:4]}-{day[4:6]}-{day[6:]}.html"
    page = article.read_text(encoding="utf-8")  # the text: the article's own blocks, after the byline, before its footer
    body = re.search(r'(<(?:p|h2)>.*?)<footer>', page[page.index("</dl>"):], re.S).group(1)
    assert body and f"<div>{body}</div>" in issue.read_text(encoding="utf-8"), \
        "the filter gives the article page's body, as HTML"


def test_an_article_pages_derived_values_are_the_declared_ones(tmp_path):
    import datetime as dt
    from unionnews.content import Article
    day = dt.date(2025, 9, 24)
    article = Article(id="grrb-20250924-01-01", title="标题", date=day, paper="工人日报", body="正文", page=1,
                      path="content/a.md", digest="d")
    renderer = Renderer(build_site([article], Config(root=tmp_path)), make_environment(tmp_path / "templates"))
    view = next(v for _, _, v in renderer.article_pages())
    assert isinstance(view, views.ArticlePage)
    assert set(renderer._article_derived(view.article, view.issue)) == set(views.ARTICLE_EXTRAS)
