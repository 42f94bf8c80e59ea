"""render.py: a project's template wins over the built-in theme's, chrome is rendered once per folder depth,
listings keep their numbered pages, and template mistakes become messages naming the file and line."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import jinja2
import pytest

from unionnews import theme
from unionnews.config import Config
from unionnews.content import Article
from unionnews.incremental.fingerprint import Fingerprinter
from unionnews.pages import build_site, dated_groups, paginated
from unionnews.render import Renderer, description, make_environment, root_of, template_problem, text_quotes


def write(folder: Path, name: str, text: str) -> None:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def article(n: int, day: dt.date, **fields) -> Article:
    return Article(id=f"grrb-{day:%Y%m%d}-01-{n:02d}", title=f"标题{n}", date=day, paper="工人日报", body="正文",
                   path=f"content/{day}-{n}.md", page=1, digest=f"d{day}{n}", **fields)


def renderer_for(tmp_path: Path, articles=(), **settings) -> Renderer:
    config = Config(root=tmp_path, templates_dir=tmp_path / "templates", **settings)
    site = build_site(list(articles), config)
    return Renderer(site, make_environment(config.templates_dir))


def test_a_project_template_wins_and_the_rest_come_from_the_theme(tmp_path):
    templates = tmp_path / "templates"
    write(templates, "base.html", "PROJECT BASE[{% block main %}{% endblock %}]")
    env = make_environment(templates)
    assert Path(env.get_template("base.html").filename) == templates / "base.html"
    builtin = sorted(p.name for p in theme.TEMPLATES.glob("*.html") if p.name != "base.html")
    assert builtin, "the theme ships templates"
    for name in builtin:
        assert Path(env.get_template(name).filename).parent == theme.TEMPLATES, name
    page = env.get_template("search.html").render(config=Config(root=tmp_path), root="../", url="x/search.html")
    assert page.startswith("PROJECT BASE["), "a built-in page extends the project's base"


def test_without_project_templates_the_theme_is_used_whole(tmp_path):
    env = make_environment(tmp_path / "templates")  # the folder does not exist
    assert Path(env.get_template("base.html").filename).parent == theme.TEMPLATES
    with pytest.raises(jinja2.TemplateNotFound):
        env.get_template("nonexistent.html")


def test_a_project_partial_overrides_the_themes_one_by_its_path(tmp_path):
    templates = tmp_path / "templates"
    write(templates, "partials/listing.html", "{% macro item(a, root, show_issue) %}MINE {{ a.id }}{% endmacro %}")
    r = renderer_for(tmp_path, [article(1, dt.date(2025, 9, 24))])
    assert r.item(r.site.articles[0], "../") == "MINE grrb-20250924-01-01"


def test_chrome_is_rendered_once_per_folder_depth(tmp_path):
    templates = tmp_path / "templates"
    write(templates, "partials/bar.html", "{{ tick() }}<a href=\"{{ root }}index.html\">{{ config.title }}</a>")
    write(templates, "page.html", "{{ chrome('partials/bar.html') }}|{{ url }}")
    r = renderer_for(tmp_path, title="档案")
    calls = []
    r.env.globals["tick"] = lambda: calls.append(1) or ""
    urls = ["index.html", "search.html", "a/1.html", "b/2.html", "a/b/3.html", "c/d/4.html", "x/y/z/5.html"]
    out = {url: r.render("page.html", url) for url in urls}
    assert len(calls) == 4, "depths 0, 1, 2 and 3"
    for url, html in out.items():
        assert html == f'<a href="{root_of(url)}index.html">档案</a>|{url}', "each depth gets its own root"
    assert root_of("index.html") == "" and root_of("a/b/c.html") == "../../"


def test_json_ld_filter_cannot_close_its_script_tag(tmp_path):
    env = make_environment(tmp_path / "templates")
    text = str(env.filters["tojson_ld"]({"headline": "</script><script>alert(1)</script> & <!--"}))
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"headline": "</script><script>alert(1)</script> & <!--"}


def test_numbered_term_pages_keep_their_articles_and_fingerprints_as_the_archive_grows(tmp_path):
    """A tag's older pages are numbered from the oldest: publishing new issues leaves them as they are
    (only the newest numbered page gains a link to the next)."""
    tag = ("劳模",)
    old = [article(1, dt.date(2025, 1, 1) + dt.timedelta(days=d), tags=tag) for d in range(11)]
    new = [article(1, dt.date(2025, 3, 1) + dt.timedelta(days=d), tags=tag) for d in range(5)]
    printer = Fingerprinter(b"s" * 32)

    def numbered(articles) -> dict[str, tuple[list[str], bytes]]:
        r = renderer_for(tmp_path, articles, per_page=3)
        term = r.site.terms["tags"][0]
        pages = {}
        for url, template, view in r.term_pages():
            if url.startswith(term.url[:-len(".html")] + "-"):
                pages[url] = ([a.id for a in view.articles], printer.page(url, template, view))
        first = next(c for u, _, c in r.term_pages() if u == term.url)
        return pages, [a.id for a in first.articles], term.url

    before, first_before, base = numbered(old)
    assert sorted(before) == sorted(paginated(base, n) for n in (1, 2, 3))
    assert before[paginated(base, 1)][0] == [a.id for a in old[:3]][::-1], "page 1 holds the oldest, newest first"
    assert len(first_before) == 2
    after, first_after, _ = numbered(old + new)
    assert {url: after[url][0] for url in before} == {url: ids for url, (ids, _) in before.items()}, \
        "every numbered page keeps its articles"
    newest = paginated(base, 3)  # its pager gains a "newer" link; the others do not change at all
    assert {url: after[url] for url in before if url != newest} == {u: v for u, v in before.items() if u != newest}
    assert len(after) == 5 and 1 <= len(first_after) <= 3
    shown = [i for url in sorted(after, key=lambda u: int(u.rsplit("-", 1)[1][:-5])) for i in after[url][0][::-1]]
    assert shown + first_after[::-1] == [a.id for a in old + new], "each article on one page, in order"


def test_template_syntax_error_names_the_file_and_line(tmp_path):
    templates = tmp_path / "templates"
    write(templates, "broken.html", "<p>\n<p>\n{% if %}\n")
    env = make_environment(templates)
    with pytest.raises(jinja2.TemplateSyntaxError) as caught:
        env.get_template("broken.html")
    problem = template_problem(caught.value, Config(root=tmp_path))
    assert (problem.path, problem.line) == ("templates/broken.html", 3)
    assert "syntax" in problem.message and problem.fix


def test_a_missing_template_is_named(tmp_path):
    env = make_environment(tmp_path / "templates")
    with pytest.raises(jinja2.TemplateNotFound) as caught:
        env.get_template("partials/gone.html")
    problem = template_problem(caught.value, Config(root=tmp_path))
    assert "partials/gone.html" in problem.message and problem.fix


def test_a_template_that_includes_itself_is_named_not_a_crash(tmp_path):
    templates = tmp_path / "templates"
    write(templates, "loop.html", "a\n{% include 'again.html' %}\n")
    write(templates, "again.html", "b\n\n{% include 'loop.html' %}\n")
    r = renderer_for(tmp_path)
    with pytest.raises(RecursionError) as caught:
        r.render("loop.html", "x/loop.html")
    problem = template_problem(caught.value, r.config)
    assert problem.path in ("templates/loop.html", "templates/again.html") and problem.line in (2, 3)
    assert "itself" in problem.message and "include" in problem.fix


def test_a_template_failing_at_render_time_names_its_file_and_line(tmp_path):
    templates = tmp_path / "templates"
    write(templates, "outer.html", "a\n{% include 'inner.html' %}\n")
    write(templates, "inner.html", "ok\nok\n{{ nothing.here }}\n")
    r = renderer_for(tmp_path)
    with pytest.raises(jinja2.UndefinedError) as caught:
        r.render("outer.html", "x/outer.html")
    problem = template_problem(caught.value, r.config)
    assert (problem.path, problem.line) == ("templates/inner.html", 3)
    assert "nothing" in problem.message


def test_description_is_at_most_sixty_characters_cut_at_a_clause_end():
    long = "本报讯（记者 张晶）9月2日，市总工会职工服务中心、密云区总工会联合举办“传承水库建设守护精神 携手筑牢首都生态屏障”主题宣讲活动。据了解"
    assert description(long) == "本报讯（记者 张晶）9月2日，市总工会职工服务中心、密云区总工会联合举办“传承水库建设守护精神 携手筑牢首都生态屏障”"
    sentence = "此外，两地工会还发布川渝创新工作室名单，并颁授《川渝两地劳模和工匠人才创新工作室联盟任务书》。截至今年6月底，全国已建成“一体化”“一站式”"
    assert description(sentence) == "此外，两地工会还发布川渝创新工作室名单，并颁授《川渝两地劳模和工匠人才创新工作室联盟任务书》。截至今年6月底"
    assert description("短讯一则。") == "短讯一则。" and description("  有空白  ") == "有空白"
    assert description("甲" * 100) == "甲" * 60, "no clause end: the hard cut"
    assert description("甲，" + "乙" * 100) == "甲，" + "乙" * 58, "a clause end in the first half leaves too little"
    for text in (long, sentence, "，".join("工会" * n for n in range(1, 30))):
        assert len(description(text)) <= 60 and text.startswith(description(text))



def test_dated_groups_take_the_form_of_fewest_bytes():
    """Ten papers a year with one line each: a heading per paper costs more than the paper's name on each
    line, so the lines go under their year alone (form "day"); papers stay in order of their newest line."""
    papers = tuple(f"第{n}报" for n in range(10))
    lines = [dataclasses.replace(article(n, dt.date(2024 - n // 10, 12 - n % 10, 1)), paper=papers[n % 10])
             for n in range(30)]
    assert [(h, form, len(g)) for h, form, g in dated_groups(lines)] == [(f"{y}年", "day", 10) for y in (2024, 2023, 2022)]
    one_paper = [dataclasses.replace(a, paper="工人日报") for a in lines]
    assert [(h, form) for h, form, _ in dated_groups(one_paper)] == [(f"{y}年 工人日报", "md") for y in (2024, 2023, 2022)]
    two = [dataclasses.replace(a, paper=papers[n // 5 % 2]) for n, a in enumerate(lines[:10])]  # 5 + 5 in 2024
    assert [h for h, _, _ in dated_groups(two)] == ["2024年 第0报", "2024年 第1报"]
    sparse = [dataclasses.replace(article(n, dt.date(2000 + n, 1, 1)), paper=papers[n % 2]) for n in range(4)]
    assert dated_groups(sparse) == [("", True, sparse)]  # one line a year and paper: paper and date on each line
    one = [dataclasses.replace(a, paper="工人日报") for a in sparse]
    assert dated_groups(one) == [("工人日报", "ymd", one)]  # one paper: under its name, full dates
    assert dated_groups(lines[:1]) == [("", True, lines[:1])] and dated_groups([]) == []


def test_quotes_are_escaped_in_attribute_values_only(tmp_path):
    """A headline's " and ' are themselves in the page's text (title, h1, listing lines, citation) and stay
    escaped inside attribute values (the description), so no value can end early."""
    day = dt.date(2025, 9, 24)
    a = dataclasses.replace(article(1, day, tags=("劳模",)), body='说"好" \'的\'一句。', title='"五小"成果\'"><i>')
    r = renderer_for(tmp_path, [a])
    pages = {url: r.render(template, url, view) for url, template, view in r.all_pages()}
    page = pages[f"article/2025/{a.id}.html"]
    assert '<h1>"五小"成果\'"&gt;&lt;i&gt;</h1>' in page and '<title>"五小"成果\'"&gt;&lt;i&gt; - ' in page
    assert '<meta name=description content="说&#34;好&#34; &#39;的&#39;一句。">' in page
    term = next(html for url, html in pages.items() if url.startswith("tags/") and "index" not in url)
    assert '>"五小"成果\'"&gt;&lt;i&gt;</a>' in term and "&#34;" not in term
    html5lib = pytest.importorskip("html5lib")
    for html in (page, term):
        html5lib.HTMLParser(strict=True).parse(html)
    assert text_quotes('<a title="x &#34;>y" href=z>&#39;q&#39;</a>') == '<a title="x &#34;>y" href=z>\'q\'</a>'


def test_article_json_ld_keeps_what_the_page_does_not_show_or_link(tmp_path):
    day = dt.date(2025, 9, 24)
    a = article(1, day, kicker="引题", subtitle="副题", reporters=("李昱霖",), photographers=("陈艺",),
                places=("北京",), tags=("劳模",))
    for settings in ({}, {"base_url": "https://example.org/archive/"}):
        r = renderer_for(tmp_path, [a], **settings)
        html = r.render("article.html", "article/2025/grrb-20250924-01-01.html", next(r.article_pages())[2])
        data = json.loads(html.split('<script type=application/ld+json>', 1)[1].split("</script>", 1)[0])
        assert data == {"@context": "https://schema.org", "@type": "NewsArticle", "identifier": a.id, "headline": "标题1",
                        "datePublished": "2025-09-24", "author": [{"@type": "Person", "name": "李昱霖"}],
                        "publisher": {"@type": "Organization", "name": "工人日报"},
                        "isPartOf": {"@type": "PublicationIssue"}, "pageStart": 1,
                        "contributor": [{"@type": "Person", "name": "陈艺"}]}
        assert "引题" in html and "副题" in html and ">北京</a>" in html and ">劳模</a>" in html  # shown and linked


def test_only_the_home_page_links_the_feed_and_credits_the_generator(tmp_path):
    r = renderer_for(tmp_path, [article(1, dt.date(2025, 9, 24))])
    pages = {url: r.render(template, url, view) for url, template, view in r.all_pages()}
    pages["404.html"] = r.render("404.html", "404.html")
    assert len(pages) > 8
    for url, html in pages.items():
        home = url == "index.html"
        assert ("atom.xml" in html) is home and ("由 unionnews" in html) is home, url
        assert html.count("<script src=") == 1 and 'static/favicon.svg>' in html, url  # offline.js loads search.js
        assert not any(tag in html for tag in ("<head>", "</head>", "<body>", "</body>", "</html>")), url
        # every index two clicks away: the masthead's 索引 is the home page's list of them
        assert f'<a href={root_of(url)}index.html#idx>索引</a>' in html.split("</header>", 1)[0], url
    index = pages["index.html"].split('<section id="idx"', 1)[1].split("</section>", 1)[0]
    for folder in ("date", "paper", "people", "figures", "places", "tags", "columns"):
        assert f'<a href="{folder}/index.html">' in index


def test_term_lines_stand_under_their_year_and_paper_when_that_is_fewer_bytes(tmp_path):
    """term.html: a page of one paper's articles, 10 a year, puts them under <h2>YYYY年 工人日报</h2> and each
    line says only month, day and page; a page of a few articles of one paper spread over years puts them under
    the paper's name, each line with its full date (pages.dated_groups)."""
    busy = [article(n, dt.date(2024 - n // 10, 1 + n % 10, 5), tags=("劳模",)) for n in range(20)]  # 10 a year
    sparse = [article(n, dt.date(2000 + n, 3, 1), tags=("工匠",)) for n in range(5)]  # 1 a year
    r = renderer_for(tmp_path, busy + sparse)
    pages = {view.term.name: r.render(template, url, view) for url, template, view in r.term_pages()
             if template == "term.html"}
    grouped, sparse_page = pages["劳模"], pages["工匠"]
    assert grouped.count("<h2>") == 2
    assert grouped.index("<h2>2024年 工人日报</h2>") < grouped.index("<h2>2023年 工人日报</h2>")
    assert "> 10-05 1版<li>" in grouped and "2024-10-05" not in grouped.split("</h1>", 1)[1]
    assert "工人日报" not in grouped.split("<h2>2024年 工人日报</h2>", 1)[1].split("</ul>", 1)[0]
    assert sparse_page.count("<h2>") == 1 and "<h2>工人日报</h2>\n<ul class=dated><li>" in sparse_page
    assert "> 2004-03-01 1版<li>" in sparse_page and "> 工人日报 " not in sparse_page
    html5lib = pytest.importorskip("html5lib")
    for html in (grouped, sparse_page):
        html5lib.HTMLParser(strict=True).parse(html)
