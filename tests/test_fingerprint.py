"""fingerprint.py: the same inputs give the same fingerprint; any change to what a page shows changes it."""
from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from unionnews.config import Config
from unionnews.content import Article, Dateline
from unionnews.incremental.fingerprint import Fingerprinter, Lazy, salt_for
from unionnews.pages import TermLink, build_site

DAY = dt.date(2025, 9, 24)
SALT = b"s" * 32


def article(id_: str, **fields) -> Article:
    values = dict(id=id_, title="标题", date=DAY, paper="工人日报", body="正文", path=f"content/{id_}.md", page=1,
                  digest=f"digest-{id_}", tags=("劳模",))
    values.update(fields)
    return Article(**values)


def site_of(*articles: Article):
    return build_site(list(articles), Config(root=Path("/nonexistent")))


def context() -> dict:
    site = site_of(article("grrb-20250924-01-01"), article("grrb-20250924-01-02"))
    issue = site.issues[0]
    return {"title": "标题", "count": 3, "ratio": 0.5, "flag": True, "none": None, "day": DAY,
            "items": ["a", "b"], "pair": ("x", 1), "nested": {"k": [1, {"deep": "v"}]}, "set": {"p", "q"},
            "article": site.articles[0], "issue": issue, "page": issue.pages[0].outline,
            "term": site.terms["tags"][0].summary, "link": site.terms["tags"][0].link,
            "dateline": Dateline(place="北京", date=dt.date(2025, 9, 23))}


def fp(ctx: dict, url: str = "a/b.html", template: str = "t.html", salt: bytes = SALT) -> bytes:
    return Fingerprinter(salt).page(url, template, ctx)


def test_same_inputs_same_fingerprint_across_printers_and_dict_order():
    a, b = context(), context()
    assert fp(a) == fp(b)
    assert fp(dict(reversed(list(a.items())))) == fp(a), "key order of a context is not an input"
    assert len(fp(a)) == 16


@pytest.mark.parametrize("key,value", [
    ("title", "标题 "), ("title", None), ("count", 4), ("count", "3"), ("ratio", 0.25), ("flag", False),
    ("none", ""), ("day", DAY + dt.timedelta(days=1)), ("items", ["b", "a"]), ("items", ["a", "b", ""]),
    ("pair", ["x", 1, None]), ("nested", {"k": [1, {"deep": "w"}]}), ("nested", {"k": [1, {"deeper": "v"}]}),
    ("set", {"p"}), ("link", TermLink("tags", "劳模", "tags/x/other.html")),
    ("dateline", Dateline(place="上海", date=dt.date(2025, 9, 23))),
])
def test_any_changed_value_changes_the_fingerprint(key, value):
    base = context()
    changed = dict(base, **{key: value})
    assert fp(changed) != fp(base)


def test_url_template_salt_and_an_added_key_are_inputs():
    ctx = context()
    assert len({fp(ctx), fp(ctx, url="a/c.html"), fp(ctx, template="u.html"), fp(ctx, salt=b"t" * 32),
                fp(dict(ctx, extra=None))}) == 5


def test_an_articles_source_digest_reaches_every_page_that_shows_it():
    before = site_of(article("grrb-20250924-01-01"), article("grrb-20250924-01-02"))
    after = site_of(article("grrb-20250924-01-01"), article("grrb-20250924-01-02", digest="edited"))
    for make in (lambda s: {"article": s.articles[1]}, lambda s: {"issue": s.issues[0]},
                 lambda s: {"page": s.issues[0].pages[0]}, lambda s: {"articles": list(s.articles)}):
        assert fp(make(before)) != fp(make(after))


def test_an_outline_shows_shape_not_text():
    """Archive pages link to issues through outlines: a corrected article leaves them as they are,
    but a page that gains an article or a name changes them."""
    one = site_of(article("grrb-20250924-01-01"))
    edited = site_of(article("grrb-20250924-01-01", digest="edited", body="改过的正文"))
    grown = site_of(article("grrb-20250924-01-01"), article("grrb-20250924-01-02"))
    renamed = site_of(article("grrb-20250924-01-01", page_name="要闻"))
    outline = lambda s: {"issue": s.issues[0].outline}
    assert fp(outline(one)) == fp(outline(edited))
    assert fp(outline(one)) != fp(outline(grown))
    assert fp(outline(one)) != fp(outline(renamed))


def test_a_term_contributes_its_name_and_count():
    one = site_of(article("grrb-20250924-01-01"))
    two = site_of(article("grrb-20250924-01-01"), article("grrb-20250924-01-02"))
    renamed = site_of(article("grrb-20250924-01-01", tags=("工匠",)))
    term = lambda s: {"term": s.terms["tags"][0].summary}
    assert fp(term(one)) != fp(term(two))
    assert fp(term(one)) != fp(term(renamed))


def test_a_full_term_is_refused_it_reaches_articles_no_fingerprint_covers():
    """A Term reaches every one of its articles; an index page showing their titles would go stale."""
    site = site_of(article("grrb-20250924-01-01"))
    with pytest.raises(TypeError, match="summary or term.link"):
        fp({"terms": [site.terms["tags"][0]]})


def test_plain_values_show_every_field_in_their_share():
    """Outlines, term summaries and links are fingerprinted by their dataclass repr: no field may hide from it."""
    from unionnews.pageimages import PageImage
    from unionnews.pages import IssueLink, IssueOutline, PageOutline, TermSummary
    for kind in (IssueOutline, IssueLink, PageOutline, TermSummary, TermLink, PageImage):
        hidden = [f.name for f in dataclasses.fields(kind) if not f.repr]
        assert not hidden, f"{kind.__name__}: {hidden} left out of its fingerprint"


def test_page_and_articles_names_the_articles_a_page_covers():
    site = site_of(article("grrb-20250924-01-01"), article("grrb-20250924-02-01", page=2),
                   article("grrb-20250924-02-02", page=2))
    positions = {id(a): i for i, a in enumerate(site.articles)}
    printer = Fingerprinter(SALT, positions)
    _, shown = printer.page_and_articles("x.html", "t.html", {"page": site.issues[0].pages[1]})
    assert list(shown) == [1, 2]
    _, shown = printer.page_and_articles("y.html", "t.html", {"a": site.articles[2], "b": [site.articles[0]],
                                                              "o": site.issues[0].outline})
    assert list(shown) == [0, 2], "an outline covers no article"
    _, shown = printer.page_and_articles("z.html", "t.html", {"issue": site.issues[0]})
    assert list(shown) == [0, 1, 2]


def test_lazy_values_are_fingerprinted_by_value_and_computed_once():
    calls = []
    lazy = Lazy(lambda x: calls.append(x) or [x], "v")
    assert fp({"r": lazy}) == fp({"r": ["v"]})
    assert lazy.get() == ["v"] and calls == ["v"]


def test_an_unknown_type_is_refused_not_guessed():
    class Opaque:
        pass
    with pytest.raises(TypeError, match="Opaque"):
        fp({"x": Opaque()})
    with pytest.raises(TypeError):
        fp({"x": [1, {"y": object()}]})


def test_salt_covers_every_file_its_settings_and_nothing_else(tmp_path):
    theme = tmp_path / "theme"
    (theme / "partials").mkdir(parents=True)
    (theme / "base.html").write_text("<html>", encoding="utf-8")
    (theme / "partials" / "item.html").write_text("{{ x }}", encoding="utf-8")
    static = tmp_path / "static"
    static.mkdir()
    (static / "style.css").write_bytes(b"body{}")
    folders = [theme, tmp_path / "missing", static]
    salt = salt_for("settings", folders)
    assert salt == salt_for("settings", folders)
    assert salt_for("settings2", folders) != salt
    seen = {salt}

    def changed(step) -> bytes:
        step()
        value = salt_for("settings", folders)
        assert value not in seen, step
        seen.add(value)
        return value

    changed(lambda: (theme / "partials" / "item.html").write_text("{{ y }}", encoding="utf-8"))
    changed(lambda: (static / "style.css").write_bytes(b"body{ }"))
    changed(lambda: (theme / "partials" / "new.html").write_text("", encoding="utf-8"))
    changed(lambda: (theme / "partials" / "new.html").rename(theme / "partials" / "renamed.html"))
    changed(lambda: (tmp_path / "missing").mkdir() or (tmp_path / "missing" / "a.js").write_bytes(b""))
    assert salt_for("settings", [static, theme, tmp_path / "missing"]) != salt_for("settings", folders), \
        "which folder overrides which is an input"
    mtime_only = salt_for("settings", folders)
    (static / "style.css").touch()
    assert salt_for("settings", folders) == mtime_only, "bytes, not timestamps"


def test_article_fields_a_template_shows_reach_the_fingerprint_through_its_digest():
    """The fingerprint trusts Article.digest for the whole article: content.py must change it with any byte."""
    from unionnews.content import parse_bytes
    config = Config(root=Path("/nonexistent"))
    text = ("---\nid: grrb-20250924-01-01\ntitle: 标题\ndate: 2025-09-24\npaper: 工人日报\npage: 1\n---\n正文。\n")
    first, _ = parse_bytes(text.encode(), "content/2025/09/24/grrb-20250924-01-01.md", config)
    for edit in (text.replace("标题", "新标题"), text.replace("正文。", "正文！"), text + "\n",
                 text.replace("page: 1\n", "page: 1\nkicker: 引题\n")):
        other, _ = parse_bytes(edit.encode(), "content/2025/09/24/grrb-20250924-01-01.md", config)
        assert other.digest != first.digest
    assert dataclasses.replace(first).digest == first.digest


def test_a_views_fields_all_reach_its_fingerprint_page_images_too():
    """A page view is walked field by field: a 版面 image of another size re-renders the issue page."""
    from unionnews.pageimages import PageImage
    from unionnews.views import IssuePage
    site = site_of(article("grrb-20250924-01-01"))
    issue = site.issues[0]
    image = PageImage("img/a.webp", "img/a-t.webp", 1000, 1400, Path("raw/a.pdf"))
    base = IssuePage(issue, None, None, (image,))
    assert fp(base) == fp(IssuePage(issue, None, None, (dataclasses.replace(image),)))
    assert fp(base) != fp(IssuePage(issue, None, None, (dataclasses.replace(image, height=1500),)))
    assert fp(base) != fp(IssuePage(issue, None, None, (None,)))
    assert fp(base) != fp(IssuePage(issue, issue.outline, None, (image,)))
