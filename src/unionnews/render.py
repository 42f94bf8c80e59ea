"""Render the site model through Jinja templates into a SiteWriter.

One method builds each template's view (views.py: a frozen dataclass of
read-only model objects); templates only lay them out.  Every in-page link is written
as `{{ root }}` + a site-relative URL, so it resolves from any depth, from
disk and under any sub-path.
"""
from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path

import jinja2

from unionnews import __version__, cite, pages as P, topics, trust, views
from unionnews.content import Article
from unionnews.errors import Problem, UnionnewsError, display_path
from unionnews.config import Config
from unionnews.incremental.fingerprint import UNKNOWN, Fingerprinter, Lazy
from unionnews.incremental.tables import Rendered
from unionnews.linkcheck import links_of, unresolved
from unionnews.markdown import page_html, plain_text
from unionnews.incremental.writers import SiteWriter
from unionnews import theme
from unionnews.pages import Issue, IssueLink, IssueOutline, Site, issue_links, outlines
from unionnews.views import (ArticlePage, DatesPage, HomePage, IssuePage, MonthPage, PaperPage, PapersPage, Pager,
                             SearchPage, TermPage, TermsPage, YearPage)

_NUMBERED = re.compile(r"-\d+\.html$")  # a listing's numbered pages (pages.paginated)


# Characters of the body in an article's meta description at most: about what a search engine's
# result shows of a Chinese description (each character counts double against its width).  The
# description is on every article page, so what would never be shown is not written.
DESCRIPTION = 60
# Where a clause ends: the description stops after the last of these within its length (ASCII
# "." is not one: 4.67万).  Sentence ends and closing quotes and brackets are kept, the others
# (commas, colons, a space) dropped with what follows them.
KEPT_ENDS = "。！？!?”’」』）》)"
CLAUSE_ENDS = KEPT_ENDS + "；，、：;, "

BUILTIN_TEMPLATES = theme.TEMPLATES


def make_environment(templates_dir: Path) -> jinja2.Environment:
    """Project templates first, then the built-in ones: override one file, keep the rest (like a Hugo theme)."""
    folders = [str(d) for d in dict.fromkeys((templates_dir, BUILTIN_TEMPLATES)) if d.is_dir()]
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folders),
        autoescape=jinja2.select_autoescape(["html", "xml"]),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # one environment per build (serve makes a new one when a template changes):
    )                       # no stat of every extended or imported template on every page
    env.filters["cn_date"] = P.format_date
    env.filters["weekday"] = P.weekday
    env.filters["slug"] = P.slug
    env.filters["tojson_ld"] = _json_ld
    env.filters["body_html"] = _body_html
    # Functions of their arguments alone (so of what the page's fingerprint covers), never a module:
    # a template reaches data only through its view (views.py).
    env.globals.update(version=__version__, taxonomies=P.TAXONOMIES, unproofread=trust.unproofread,
                       all_unproofread=trust.all_unproofread,
                       article_url=P.article_url, paper_url=P.paper_url, year_url=P.year_url,
                       month_url=P.month_url, day_url=P.day_url, day_anchor=P.day_anchor,
                       dated_groups=P.dated_groups)
    return env


# Every name the environment gives templates besides their view's fields (docs/TEMPLATES.md):
# make_environment's and Renderer's.
GLOBALS = ("version", "taxonomies", "unproofread", "all_unproofread", "article_url", "paper_url", "year_url",
           "month_url", "day_url", "day_anchor", "dated_groups", "item", "chrome")


def _body_html(article: Article) -> jinja2.utils.markupsafe.Markup:
    """An article's text as HTML, for any template that shows an article (article pages also get `body_html`)."""
    return jinja2.utils.markupsafe.Markup(page_html(article.body))


def _json_ld(data: dict) -> str:
    """JSON for a <script type="application/ld+json"> block: '<' escaped so text can never close the tag."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))  # C encoder: no indent
    return jinja2.utils.markupsafe.Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def description(text: str, limit: int = DESCRIPTION) -> str:
    """The start of an article's text for its meta description: at most `limit` characters, cut at a clause end.

    The cut is at the last clause end (CLAUSE_ENDS) that leaves at most `limit` characters, when one
    falls in their second half (an earlier one would leave a few words, less than the hard cut
    says); else at `limit`.
    """
    text = text.strip()
    if len(text) <= limit:
        return text
    for cut in range(limit, limit // 2 - 1, -1):  # `cut` characters kept
        if text[cut] in CLAUSE_ENDS and text[cut] not in KEPT_ENDS:  # a comma or space: dropped
            return text[:cut]
        if text[cut - 1] in KEPT_ENDS:  # a full stop or closing quote: kept
            return text[:cut]
    return text[:limit]


def root_of(url: str) -> str:
    return "../" * url.count("/")


def shorten_links(html: str, url: str) -> str:
    """Links written as root + URL (`../../article/2015/x.html`) made relative to the page's own folder.

    Templates write every link from the site root, which resolves from any depth; but an article
    page links mostly to articles of its own year (neighbours, related, its permalink) and an issue
    page to issues of its paper's year, so `x.html` or `../2014/x.html` says the same in fewer bytes,
    on every one of a hundred thousand pages.  Only attribute values that start with the page's root
    followed by one of its own folders change, quoted or not (the theme writes the build's URLs
    without quotes); every other link is left as written.
    """
    folders = url.split("/")[:-1]
    root = "../" * len(folders)
    for depth in range(len(folders), 0, -1):  # the deepest shared folder first
        long = root + "/".join(folders[:depth]) + "/"
        short = "../" * (len(folders) - depth)
        for attr in ("href=", "src=", 'href="', 'src="'):
            html = html.replace(attr + long, attr + short)
    return html


# A quote Jinja escaped (&#34; &#39;) where the next angle bracket opens a tag: it stands in text, where
# HTML needs no escape for it.  In an attribute value the next bracket is its tag's closing ">" (Jinja
# escapes "<" and ">" there, and the sanitised text escapes quotes in attributes as &quot;), so those stay.
_TEXT_QUOTE = re.compile(r"&#3([49]);(?=[^<>]*<)")


def text_quotes(html: str) -> str:
    """`"` and `'` in a page's text as themselves, not as the five-byte escapes Jinja writes everywhere."""
    if "&#3" not in html:
        return html
    return _TEXT_QUOTE.sub(lambda m: '"' if m.group(1) == "4" else "'", html)


class Renderer:
    """Holds the environment and the model; each `*_pages` method yields (url, template, view)."""

    def __init__(self, site: Site, env: jinja2.Environment):
        self.site = site
        self.env = env
        self.config = site.config
        self._templates: dict[str, jinja2.Template] = {}
        self._items: dict[tuple[str, str, bool | str, bool], str] = {}
        self._item_macro = None
        self._chrome: dict[tuple[str, str, bool], str] = {}
        env.globals["item"] = self.item
        env.globals["chrome"] = self.chrome
        self.base = {"config": self.config}  # page views carry the rest, so fingerprints see it
        self.known: set[str] | None = None  # every page URL of the build: links to them are settled in the worker

    def item(self, article: Article, root: str, show_issue: bool | str = True, mark: bool = True) -> str:
        """An article as a line of a listing (partials/listing.html), made once per article and depth.

        The same line appears on the article's issue, page, day, term and related
        lists; the macro call is the dearest part of a listing page, so it is memoised.
        """
        key = (article.id, root, show_issue, mark)
        html = self._items.get(key)
        if html is None:
            if self._item_macro is None:
                self._item_macro = self.env.get_template("partials/listing.html").module.item
            if len(self._items) > 200_000:  # bounded: at 100k articles a build sees ~3 depths each
                self._items.clear()
            # a project's own listing.html from before `mark` existed marks every line itself
            extra = (mark,) if "mark" in self._item_macro.arguments else ()
            html = self._items[key] = self._item_macro(article, root, show_issue, *extra)
        return html

    @jinja2.pass_context
    def chrome(self, context, name: str, home: bool = False) -> str:
        """A partial that is the same on every page at one folder depth, rendered once per depth.

        The head links, masthead and footer are a large share of every page's escapes and
        yields; they see only `root`, `home` (the page is the home page: base.html), the config and
        the globals, which the salt of every fingerprint covers, so one rendering per
        (partial, depth, home) serves the whole build.
        """
        root = context["root"]
        key = (name, root, bool(home))
        html = self._chrome.get(key)
        if html is None:
            rendered = self.env.get_template(name).render(self.base, root=root, home=bool(home))
            # without the partial file's own last line break: it would be a byte of every page
            html = self._chrome[key] = jinja2.utils.markupsafe.Markup(rendered.rstrip("\n"))
        return html

    def load_templates(self, names: set[str]) -> None:
        """Compile the templates (and the listing macro) now, not at first use (serve: before the first edit)."""
        for name in sorted(names):
            self._templates[name] = self.env.get_template(name)
        self._item_macro = self.env.get_template("partials/listing.html").module.item

    def render(self, template: str, url: str, view: object = None) -> str:
        """One page: the view's fields (views.py), `config`, `root` and `url` are the template's variables."""
        if template not in self._templates:
            self._templates[template] = self.env.get_template(template)
        context = views.variables(view) if view is not None else {}
        for key, value in context.items():
            if isinstance(value, Lazy):
                context[key] = value.get()
        if isinstance(view, ArticlePage):  # whatever template shows it
            context.update(self._article_derived(view.article, view.issue))
        html = self._templates[template].render(self.base, root=root_of(url), url=url, **context)
        return text_quotes(shorten_links(html, url))

    def _article_derived(self, article: Article, issue: IssueOutline) -> dict:
        """The costly parts of an article page (views.ARTICLE_EXTRAS), made only when the page is really rendered.

        They are functions of the article and its issue alone, which the page's
        fingerprint already covers (incremental/fingerprint.py), so they stay out of the view until now.
        """
        return {"body_html": page_html(article.body), "json_ld": self._article_ld(article),
                "description": description(plain_text(article.body)), "proofread": trust.proofread_state(article),
                "notes": trust.plain_notes(article.review), "source_name": trust.source_name(article),
                "source_lines": trust.source_lines(article), "cite": cite.reference(article),
                "machine_tags": topics.is_machine(article.provenance)}

    def render_batch(self, pages: list[tuple[str, str, object]], printer: Fingerprinter, writer: SiteWriter,
                     indices: Sequence[int]) -> tuple[list[Rendered], dict[str, dict[str, str]]]:
        """In a pool worker: fingerprint pages[i] for i in indices, render and stage those whose inputs changed.

        Returns a Rendered record for each page (with no file for a page site/ already holds), and the
        internal links the rendered pages contain (less those naming a page in `known`).
        """
        done: list[Rendered] = []
        links: dict[str, dict[str, str]] = {}
        for i in indices:
            url, template, view = pages[i]
            fingerprint, articles = printer.page_and_articles(url, template, view)
            old = writer.previous.get(url)
            if old is not None and old.fingerprint == fingerprint and fingerprint != UNKNOWN:  # UNKNOWN: always rendered
                done.append(Rendered(i, fingerprint, articles, None))
                continue
            try:
                html = self.render(template, url, view)
            except (jinja2.TemplateError, RecursionError) as exc:  # said here: a pool worker's traceback does not travel
                raise UnionnewsError(template_problem(exc, self.config)) from None
            done.append(Rendered(i, fingerprint, articles, writer.put(url, html)))
            links_of(url, html, links, self.known)
        return done, (links if self.known is None else unresolved(links, self.known))

    def all_pages(self, only: set[str] | None = None) -> Iterator[tuple[str, str, object]]:
        """Every page; with `only`, just the pages of those URLs (append.py), without making the others' contexts.

        With `only`, the work is that of the pages named, not of the archive: publishing a day names a
        few hundred pages of a site of a hundred thousand.
        """
        yield from self.article_pages(only)
        for pages in (self.issue_pages(only), self.date_pages(only), self.paper_pages(only), self.home_pages()):
            yield from (page for page in pages if only is None or page[0] in only)  # a few per issue, cheap
        yield from self.term_pages(only)

    # ---------------------------------------------------------- articles
    def _issues_showing(self, only: set[str]) -> set[int]:
        """id() of each issue that holds an article whose page is in `only`."""
        site, found = self.site, set()
        for url in only:
            if url.startswith("article/") and url.endswith(".html"):
                article = site.by_id.get(url.rpartition("/")[2][:-5])
                if article is not None and P.article_url(article) == url:
                    found.add(id(site.issue_of[(article.paper, article.date)]))
        return found

    def article_pages(self, only: set[str] | None = None) -> Iterator[tuple[str, str, object]]:
        wanted = self._issues_showing(only) if only is not None else None
        for issue in self.site.issues:
            if wanted is not None and id(issue) not in wanted:
                continue
            flat = [(page, pos, a) for page in issue.pages for pos, a in enumerate(page.articles)]
            for i, (page, position, article) in enumerate(flat):
                url = P.article_url(article)
                if only is not None and url not in only:
                    continue
                term_of = self.site.term_of
                yield url, "article.html", ArticlePage(
                    article=article,
                    issue=issue.outline,  # shown as links: the neighbours' text comes through the fields below
                    page=page.outline,
                    prev_on_page=page.articles[position - 1] if position else None,
                    next_on_page=page.articles[position + 1] if position + 1 < len(page.articles) else None,
                    prev_in_issue=flat[i - 1][2] if i else None,
                    next_in_issue=flat[i + 1][2] if i + 1 < len(flat) else None,
                    # terms as links (name and URL): another article joining a tag leaves this page as it is
                    people=self._people(article),
                    column_term=term_of[("columns", article.column)].link if article.column else None,
                    place_terms=tuple(term_of[("places", n)].link for n in article.places),
                    figure_terms=tuple(term_of[("figures", n)].link for n in article.mentioned),
                    tag_terms=tuple(term_of[("tags", n)].link for n in article.tags),
                    related=Lazy(self.site.related, article),  # computed in the worker that needs it
                    # the page's raw text, when published (it is on disk, not in the article: so in the fingerprint)
                    source_url=self.site.sources.get(trust.source_key(article), ("",))[0],
                    page_image=self.site.images.get((issue.code, article.date, article.page)),
                )

    def _people(self, article: Article) -> tuple[tuple[str, tuple[P.TermLink, ...]], ...]:
        return tuple((label, tuple(self.site.term_of[("people", n)].link for n in getattr(article, attr)))
                     for attr, label in P.ROLES if getattr(article, attr))

    def _article_ld(self, article: Article) -> dict:
        """schema.org NewsArticle: what a search engine or the ZIM (zim.py) reads from the page and does not
        find in its links.  The kicker and subtitle, places, tags and the issue's name are shown and linked
        on the page itself, the page's own URL is its canonical link and the issue's is linked from the byline,
        so they are not repeated here: the block is on every article page.  The issue is named by type alone:
        its date is the article's datePublished (an article is dated by the issue that printed it)."""
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "identifier": article.id,
            "headline": article.title,
            "datePublished": article.date.isoformat(),
            "author": [{"@type": "Person", "name": n} for n in (*article.reporters, *article.correspondents)],
            "publisher": {"@type": "Organization", "name": article.paper},
            "isPartOf": {"@type": "PublicationIssue"},
        }
        if article.page:
            data["pageStart"] = article.page
        if article.photographers:
            data["contributor"] = [{"@type": "Person", "name": n} for n in article.photographers]
        return data

    # ---------------------------------------------------------- issues and pages
    def issue_pages(self, only: set[str] | None = None) -> Iterator[tuple[str, str, object]]:
        by_paper: dict[str, list[Issue]] = defaultdict(list)
        for issue in self.site.issues:
            by_paper[issue.code].append(issue)
        for issues in by_paper.values():
            for n, issue in enumerate(issues):  # newest first: "next" issue is the newer one
                if only is not None and issue.url not in only:
                    continue
                newer = issues[n - 1] if n else None
                older = issues[n + 1] if n + 1 < len(issues) else None
                images = tuple(self.site.images.get((issue.code, issue.date, p.number)) for p in issue.pages)
                yield issue.url, "issue.html", IssuePage(issue, newer.outline if newer else None,
                                                         older.outline if older else None, images)

    # ---------------------------------------------------------- date archive
    def date_pages(self, only: set[str] | None = None) -> Iterator[tuple[str, str, object]]:
        """The date index, and a page per year and month; with `only`, the year and month pages it names."""
        days: dict[dt.date, list[Issue]] = defaultdict(list)
        for issue in self.site.issues:
            days[issue.date].append(issue)
        years: dict[int, dict[int, list[dt.date]]] = defaultdict(lambda: defaultdict(list))
        for day in sorted(days, reverse=True):
            years[day.year][day.month].append(day)
        year_list = sorted(years, reverse=True)
        yield "date/index.html", "dates.html", DatesPage(tuple(
            (y, tuple((m, tuple(ds)) for m, ds in sorted(years[y].items(), reverse=True))) for y in year_list))
        cal = calendar.Calendar(firstweekday=0)
        for y in year_list:
            wanted = [P.year_url(y), *(P.month_url(y, m) for m in years[y])]
            if only is not None and not any(url in only for url in wanted):
                continue
            months = []
            for m in sorted(years[y], reverse=True):
                weeks = tuple(tuple(week) for week in cal.monthdatescalendar(y, m))
                months.append((m, weeks, frozenset(years[y][m])))
            if only is None or P.year_url(y) in only:
                in_year = {d: tuple(outlines(days[d])) for m in years[y] for d in years[y][m]}
                yield P.year_url(y), "year.html", YearPage(y, tuple(months), in_year)
            for m, weeks, _ in months:
                if only is not None and P.month_url(y, m) not in only:
                    continue
                listed = tuple((d, tuple(outlines(days[d]))) for d in sorted(years[y][m], reverse=True))
                yield P.month_url(y, m), "month.html", MonthPage(y, m, weeks, dict(listed), listed)

    # ---------------------------------------------------------- people, places, tags, columns
    def term_pages(self, only: set[str] | None = None) -> Iterator[tuple[str, str, object]]:
        """Each term's listing: its newest articles at term.url, older ones on pages numbered from the oldest.

        A numbered page's view has the term as a link (no count) and a pager that names no
        total, so publishing new articles leaves every full numbered page as it is (pages.paginated).
        """
        per_page = self.config.per_page
        # the listings `only` names, each as its first page's URL (a numbered page base-N.html as base.html)
        bases = None if only is None else only | {_NUMBERED.sub(".html", url) for url in only}
        for taxonomy, label in P.TAXONOMIES.items():
            terms = self.site.terms.get(taxonomy, [])
            if only is None or f"{taxonomy}/index.html" in only:
                # a tag of one article is no way into the archive: its page stays, the index leaves it out
                listed = tuple(t.summary for t in terms if len(t.articles) > 1 or taxonomy != "tags")
                yield f"{taxonomy}/index.html", "terms.html", TermsPage(taxonomy, label, listed,
                                                                        len(terms) - len(listed))
            for term in terms:
                if bases is not None and term.url not in bases:
                    continue
                articles = term.articles  # newest first
                numbered, newest = P.pages_of(len(articles), per_page)
                if only is None or term.url in only:
                    yield term.url, "term.html", TermPage(taxonomy, label, term.summary, articles[:newest],
                                                          _pager(term.url, None, numbered))
                for number in range(numbered, 0, -1):
                    if only is not None and P.paginated(term.url, number) not in only:
                        continue
                    end = len(articles) - (number - 1) * per_page
                    yield P.paginated(term.url, number), "term.html", TermPage(
                        taxonomy, label, term.link, articles[end - per_page:end],
                        _pager(term.url, number, numbered, per_page))

    def paper_pages(self, only: set[str] | None = None) -> Iterator[tuple[str, str, object]]:
        """The paper index and a page per paper (with `only`, those it names: each lists every issue)."""
        # Issues as links (pages.IssueLink): these pages show each issue's date, never its printed pages or
        # articles, so an edited article does not re-render them, nor does publishing an issue outline
        # every issue of the archive for them.
        if only is None or "paper/index.html" in only:
            yield "paper/index.html", "papers.html", PapersPage(tuple((name, code, tuple(issue_links(issues)))
                                                                      for name, code, issues in self.site.papers))
        for name, code, issues in self.site.papers:
            if only is not None and P.paper_url(code) not in only:
                continue
            listed = issue_links(issues)
            years: dict[int, list[IssueLink]] = defaultdict(list)
            for link in listed:
                years[link.date.year].append(link)
            yield P.paper_url(code), "paper.html", PaperPage(
                name, code, tuple(listed), tuple((y, tuple(o)) for y, o in sorted(years.items(), reverse=True)))

    def home_pages(self) -> Iterator[tuple[str, str, object]]:
        config = self.config
        yield "index.html", "home.html", HomePage(tuple(self.site.issues[:config.home_issues]),
                                                  len(self.site.articles), len(self.site.issues))
        yield "search.html", "search.html", SearchPage()


def _pager(base: str, number: int | None, numbered: int, per_page: int = 0) -> Pager:
    """Links of one page of a listing (pages.paginated).  A numbered page's links and text depend only
    on its number and on whether it is the newest numbered page, never on how many pages there are."""
    if number is None:
        return Pager(number=None, newest=None, newer=None, oldest=None,
                     older=P.paginated(base, numbered) if numbered else None,
                     archive=tuple((n, P.paginated(base, n)) for n in range(numbered, 0, -1)) if numbered > 1 else ())
    return Pager(number=number, first=(number - 1) * per_page + 1, last=number * per_page,
                 newest=base, newer=P.paginated(base, number + 1) if number < numbered else None,
                 older=P.paginated(base, number - 1) if number > 1 else None,
                 oldest=P.paginated(base, 1) if number > 2 else None, archive=())


def template_problem(exc: jinja2.TemplateError | RecursionError, config: Config) -> Problem:
    """The problem a template error is, at the template file and line where it happened.

    RecursionError: a project template that includes, extends or calls itself (directly or through
    others) never ends; it is the theme author's mistake, not the program's, so it is said as one.
    """
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return Problem(display_path(exc.filename or exc.name or "templates", config.root), exc.lineno,
                       f"template syntax error: {exc.message}", "fix the template tag on that line")
    if isinstance(exc, jinja2.TemplateNotFound):
        return Problem("templates", None, f"template {exc.name!r} not found", f"restore it from {theme.TEMPLATES}, or delete your copy to use the built-in one")
    where, line = "templates", None
    tb = exc.__traceback__
    while tb is not None:  # Jinja rewrites tracebacks so template frames carry the template's file and line
        if tb.tb_frame.f_code.co_filename.endswith((".html", ".xml")):
            where, line = display_path(tb.tb_frame.f_code.co_filename, config.root), tb.tb_lineno
        tb = tb.tb_next
    if isinstance(exc, RecursionError):
        return Problem(where, line, "template never ends: it includes, extends or calls itself",
                       "break the loop of include/extends/macro calls that leads back to this template")
    return Problem(where, line, f"template failed: {exc}", "check the variables the template uses")
