"""linkcheck.py on its own: where a link points, which links a page notes, which ones pool workers
settle, and the problems check_targets and check_links report (file, line, folder or missing file).

The built sites' links are checked in test_links.py; these tests use hand-written pages only."""
from __future__ import annotations

from pathlib import Path

import pytest

from unionnews.linkcheck import (_plain_target, check_links, check_targets, internal_target, links_of,
                                 merge_links, unresolved)


@pytest.mark.parametrize(("page", "link", "target"), [
    ("article/2015/a.html", "../../index.html", "index.html"),
    ("article/2015/a.html", "b.html", "article/2015/b.html"),
    ("article/2015/a.html", "./b.html#p2", "article/2015/b.html"),
    ("article/2015/a.html", "../../search.html?q=工会", "search.html"),
    ("article/2015/a.html", "../../people/%E5%BC%A0.html", "people/张.html"),
    ("index.html", "static/style.css", "static/style.css"),
    ("index.html", "../outside.html", "../outside.html"),  # outside the site: check_targets refuses it
])
def test_internal_target_resolves_against_the_pages_folder(page, link, target):
    assert internal_target(page, link) == target


@pytest.mark.parametrize("link", ["", "#top", "mailto:a@example.org", "data:image/png;base64,AA",
                                  "https://example.org/x.html", "//example.org/x.html", "?q=1"])
def test_external_and_fragment_links_are_not_internal(link):
    assert internal_target("article/2015/a.html", link) is None


def test_links_of_notes_each_link_once_per_folder_with_the_first_page():
    links: dict[str, dict[str, str]] = {}
    links_of("grrb/2015/a.html", '<a href="x.html">x</a><img SRC=\'y.png\'><a href = "x.html">again</a>', links)
    links_of("grrb/2015/b.html", '<a href="x.html">x</a><a href="z.html">z</a>', links)
    links_of("grrb/c.html", '<a href="x.html">x</a>', links)
    assert links == {"grrb/2015": {'"x.html"': "grrb/2015/a.html", "'y.png'": "grrb/2015/a.html",
                                   '"z.html"': "grrb/2015/b.html"},
                     "grrb": {'"x.html"': "grrb/c.html"}}


def test_links_of_reads_unquoted_links_in_tags_and_not_the_same_words_in_text():
    """The theme writes the build's URLs without quotes; escaped markup in an article's words is not a link."""
    links: dict[str, dict[str, str]] = {}
    html = ('<a href=x.html>x</a><link rel=icon href=../s.svg><p>&lt;img src=gone onerror=alert(1)&gt; href=nope'
            '<a href=y.html#p2>y</a> src=y.html')
    links_of("grrb/2015/a.html", html, links)
    assert links == {"grrb/2015": {'"x.html"': "grrb/2015/a.html", '"../s.svg"': "grrb/2015/a.html",
                                   '"y.html#p2"': "grrb/2015/a.html"}}


def test_links_of_skips_404_and_files_that_are_not_pages():
    links: dict[str, dict[str, str]] = {}
    links_of("404.html", '<a href="/repo/nowhere.html">x</a>', links)  # base_url paths: GitHub serves it anywhere
    links_of("feed.xml", '<link href="nowhere.html"/>', links)
    assert links == {}


def test_links_of_settles_links_to_known_pages_and_keeps_the_rest():
    """With `known`, root + URL and shortened links to pages of the build are settled on the spot;
    unknown targets, static files and links that are not plain paths are kept for later."""
    known = {"index.html", "article/2015/b.html", "people/x.html"}
    html = ('<a href="../../index.html">home</a>'          # root + known URL
            '<a href="b.html#p2">sibling</a>'               # shortened, with a fragment
            '<a href="../../people/x.html">term</a>'
            '<a href="../../people/y.html">unknown</a>'
            '<a href="../../static/style.css">css</a>'
            '<a href="./b.html">dot</a>')                   # not plain: resolved later, in full
    links: dict[str, dict[str, str]] = {}
    links_of("article/2015/a.html", html, links, known)
    assert set(links["article/2015"]) == {'"../../people/y.html"', '"../../static/style.css"', '"./b.html"'}


@pytest.mark.parametrize(("page", "quoted", "target"), [
    ("article/2015/a.html", '"../../index.html"', "index.html"),
    ("article/2015/a.html", '"b.html#p2"', "article/2015/b.html"),
    ("article/2015/a.html", '"../c/d.html"', "article/c/d.html"),
    ("index.html", '"people/x.html"', "people/x.html"),
    ("index.html", '"../x.html"', None),            # above the site's root
    ("a/b.html", '"./c.html"', None),               # not plain
    ("a/b.html", '"c/../d.html"', None),
    ("a/b.html", '"https://example.org/"', None),
    ("a/b.html", '"/abs.html"', None),
    ("a/b.html", '"#top"', None),                   # no path
])
def test_plain_target_reads_only_plain_relative_links(page, quoted, target):
    assert _plain_target(page, quoted) == target


def test_merge_links_keeps_the_first_page_of_each_link():
    into = {"a": {'"x.html"': "a/1.html"}}
    merge_links(into, {"a": {'"x.html"': "a/2.html", '"y.html"': "a/2.html"}, "b": {'"z.html"': "b/1.html"}})
    assert into == {"a": {'"x.html"': "a/1.html", '"y.html"': "a/2.html"}, "b": {'"z.html"': "b/1.html"}}


def test_unresolved_leaves_only_links_to_no_file():
    files = {"index.html", "a/x.html", "search.html", "p&q.html"}
    links = {"a": {'"x.html"': "a/1.html", '"../index.html"': "a/1.html", '"y.html"': "a/1.html",
                   '"../search.html?q=1"': "a/2.html", '"../p&amp;q.html"': "a/2.html",
                   '"https://example.org/"': "a/1.html", '"../../up.html"': "a/1.html"},
             "b": {'"../index.html"': "b/1.html"}}
    assert unresolved(links, files) == {"a": {'"y.html"': "a/1.html", '"../../up.html"': "a/1.html"}}


def test_check_targets_names_the_page_line_and_kind_of_mistake(tmp_path):
    pages = {"a/1.html": '<p>one</p>\n<p>two</p>\n<a href="gone.html">x</a>\n<a href="../c/">folder</a>\n',
             "a/2.html": '<a href="../c">folder without slash</a>'}
    for url, text in pages.items():
        (tmp_path / url).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / url).write_text(text, encoding="utf-8")
    files = set(pages) | {"c/index.html"}
    links = {"a": {'"gone.html"': "a/1.html", '"../c/"': "a/1.html", '"../c"': "a/2.html",
                   '"1.html"': "a/2.html"}}
    problems = check_targets(links, files, lambda url: tmp_path / url)
    found = {(p.path, p.line, p.message) for p in problems}
    assert found == {("site/a/1.html", 3, "link 'gone.html' points to a missing file"),
                     ("site/a/1.html", 4, "link '../c/' names a folder"),
                     ("site/a/2.html", 1, "link '../c' names a folder")}
    assert all(p.fix for p in problems)
    assert all("index.html" in p.fix for p in problems if "folder" in p.message)


def test_check_links_over_a_site_folder(tmp_path):
    def page(url: str, text: str) -> None:
        (tmp_path / url).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / url).write_text(text, encoding="utf-8")
    page("index.html", '<link href="static/s.css"><a href="article/2015/a.html">a</a>')
    page("static/s.css", "")
    page("article/2015/a.html", '<a href="../../index.html">home</a><a href="../../people/%E5%BC%A0.html">张</a>'
                                '<a href="../../people/李.html">李</a>')
    page("people/张.html", '<a href="../index.html#top">home</a>')
    page("404.html", '<a href="/repo/whatever.html">kept as written</a>')
    problems = check_links(tmp_path)
    assert [(p.path, p.message) for p in problems] == [
        ("site/article/2015/a.html", "link '../../people/李.html' points to a missing file")]
    # given the URLs, check_links judges against them instead of the folder's files
    assert len(check_links(tmp_path, {"index.html", "static/s.css"})) == 1


def test_a_site_without_broken_links_has_no_problems(tmp_path: Path):
    (tmp_path / "index.html").write_text('<a href="index.html">me</a><a href="https://example.org/">out</a>',
                                         encoding="utf-8")
    assert check_links(tmp_path) == []
