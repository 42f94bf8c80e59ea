"""The site model: which pages exist, what each lists, and its URL.

Computed from the articles alone, before any template is touched (MkDocs'
nav/pages split).  URLs are site-relative paths that name a file
(…/index.html), ASCII only, and derive from permanent ids or stable slugs, so
the same site/ works from disk, at a domain root and under a sub-path.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import attrgetter


from unionnews import continuations, trust
from unionnews.config import Config
from unionnews.content import Article
from unionnews.errors import Problem
from unionnews.pageimages import PageImage
from unionnews.text import fold_name

WEEKDAYS = "一二三四五六日"


# ---------------------------------------------------------------- URLs
# The URL scheme (README, "URLs") is permanent.  No folder grows with the archive beyond a year's
# worth of one kind of page, so at 100k articles no folder holds more than a few thousand entries
# (a FAT32 stick refuses a folder at about 21,000 long names; Windows Explorer and rsync slow down
# long before that).

def article_url(article: Article) -> str:
    """article/<year>/<id>.html: the id is permanent, and so is the date it was printed."""
    return f"article/{article.date.year}/{article.id}.html"


# An issue sits beside the same year's issues of its paper (grrb/2025/2025-09-24.html).  Its printed
# pages (版面) are sections of the issue page (…/2025-09-24.html#p3), not files of their own: a 版面
# page listed the same articles as its issue, and was most of the site's files.
def issue_url(code: str, date: dt.date) -> str:
    return f"{code}/{date.year}/{date.isoformat()}.html"  # YYYY-MM-DD (isoformat: no strftime per page)


def page_anchor(number: int | None) -> str:
    return f"p{number or 0}"


def page_url(code: str, date: dt.date, number: int | None) -> str:
    return page_in(issue_url(code, date), number)


def page_in(issue: str, number: int | None) -> str:
    """A printed page's URL from its issue's (page_url, when the issue's URL is made already)."""
    return f"{issue}#{page_anchor(number)}"


def paper_url(code: str) -> str:
    return f"{code}/index.html"


def year_url(year: int) -> str:
    return f"date/{year}/index.html"


def month_url(year: int, month: int) -> str:
    return f"date/{year}/{month:02d}.html"


def day_url(date: dt.date) -> str:
    """A day is a row of its month's page (the issues of the day, each linked): no page of its own."""
    return f"{month_url(date.year, date.month)}#{day_anchor(date)}"


def day_anchor(date: dt.date) -> str:
    return f"d{date.day}"


# slug() of every name seen.  A name's slug never changes, so the build cache keeps this table
# between builds (pipeline.py): a rebuild then converts only new names, and when there are none it
# never imports pypinyin, whose dictionaries are slow to load.
SLUGS: dict[tuple[str, int], str] = {}


def slug(name: str, digits: int = 4) -> str:
    """ASCII, stable: pinyin for reading plus 4 hex digits of the name's hash.

    The hash part means a slug almost never depends on which other names exist, so a
    person's URL does not change when a namesake in pinyin appears; in the rare case
    two names share all of it, the later one takes more digits (_distinct_slugs).
    """
    made = SLUGS.get((name, digits))
    if made is None:
        made = SLUGS[(name, digits)] = _slug(name, digits)
    return made


def _slug(name: str, digits: int) -> str:
    from pypinyin import Style, lazy_pinyin  # here, not at the top: see SLUGS
    words = lazy_pinyin(name, style=Style.NORMAL, errors=lambda s: [s])  # Latin runs stay whole: "AI" → ai
    text = "-".join(w.lower() for w in words)
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:60].strip("-")
    digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:digits]
    return f"{text}-{digest}" if text else f"t-{digest}"


def term_url(taxonomy: str, slug_: str) -> str:
    """people/b/bai-ying-47d0.html: a folder per first letter keeps each folder small however many names there are."""
    return f"{taxonomy}/{slug_[0]}/{slug_}.html"


def paginated(base: str, number: int | None) -> str:
    """A listing's pages: the newest articles at `base` (None), older ones at base-1.html, base-2.html …

    Numbered from the oldest, so page N keeps its articles when new ones arrive (as a paper's
    bound volumes do): publishing today's issue changes the first page and adds, now and then,
    one numbered page; it never renumbers the rest.
    """
    return base if number is None else base.replace(".html", f"-{number}.html")


def pages_of(count: int, per_page: int) -> tuple[int, int]:
    """(full numbered pages, articles on the first page) for a listing of `count` articles, newest first.

    The first page holds the newest 1…per_page articles (all of them when there are at most
    per_page); numbered pages hold per_page each, the oldest on page 1.
    """
    numbered = max(0, count - 1) // per_page
    return numbered, count - numbered * per_page


# ---------------------------------------------------------------- model

class once:
    """functools.cached_property without its lock (Python < 3.12 takes one on every first access).

    The model is made in one thread, and a build touches these values hundreds of thousands of times
    (every issue's and page's URL and outline): the lock was most of their cost.  Like cached_property it
    stores the value in the instance's __dict__, which then answers every later access (also on the
    frozen dataclasses below: their __setattr__ is not used).
    """

    def __init__(self, func):
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value


@dataclass(frozen=True)
class PageOutline:
    """A printed page shown only as a link: where it is, its label and how many articles it holds.

    Plain values, no route to the articles: its fingerprint (incremental/fingerprint.py) is these fields, so
    correcting an article does not re-render the archive pages that merely link to its page, and a
    template cannot show what the fingerprint would miss.  A template gets full Issue and Page
    objects where it lists articles.
    """

    code: str
    paper: str
    date: dt.date
    number: int | None
    name: str
    url: str
    anchor: str
    label: str
    article_count: int


@dataclass(frozen=True)
class IssueOutline:
    """An issue shown only as a link (date archives, paper pages, prev/next): as PageOutline, for an issue."""

    code: str
    paper: str
    date: dt.date
    url: str
    label: str
    pages: tuple[PageOutline, ...]
    article_count: int


@dataclass(frozen=True)
class IssueLink:
    """An issue in a list of every issue (paper pages): what a link to it shows, not its printed pages.

    The paper pages list each paper's issues, all of them, and are made again whenever an issue is
    published; outlining every issue's pages for them (IssueOutline) was most of their cost.  Plain
    values like an outline, so its fingerprint is these fields.
    """

    code: str
    paper: str
    date: dt.date
    url: str
    label: str


def outlines(values) -> list[IssueOutline]:
    return [v.outline for v in values]


def issue_links(values) -> list[IssueLink]:
    return [v.link for v in values]


@dataclass(frozen=True)
class Page:
    """One printed page (版面) of one issue."""

    code: str
    paper: str
    date: dt.date
    number: int | None
    name: str
    articles: tuple[Article, ...]

    @once
    def url(self) -> str:
        return page_url(self.code, self.date, self.number)

    @property
    def anchor(self) -> str:
        return page_anchor(self.number)

    @once
    def label(self) -> str:
        number = f"第{self.number}版" if self.number else "未标版次"
        return f"{number} · {self.name}" if self.name else number

    @once
    def outline(self) -> PageOutline:
        return PageOutline(self.code, self.paper, self.date, self.number, self.name, self.url, self.anchor,
                           self.label, len(self.articles))


@dataclass(frozen=True)
class Issue:
    """One day's edition of one paper."""

    code: str
    paper: str
    date: dt.date
    pages: tuple[Page, ...]

    @once
    def url(self) -> str:
        return issue_url(self.code, self.date)

    @once
    def label(self) -> str:
        return f"{self.paper} {format_date(self.date)}"

    @once
    def outline(self) -> IssueOutline:
        """One per issue, shared by every page that links to it.

        Its pages' URLs are made from the issue's, once: the paper pages outline every issue of the archive.
        """
        url = self.url
        for page in self.pages:
            if "url" not in page.__dict__:
                page.__dict__["url"] = page_in(url, page.number)
        return IssueOutline(self.code, self.paper, self.date, url, self.label,
                            tuple(p.outline for p in self.pages), self.article_count)

    @once
    def link(self) -> IssueLink:
        return IssueLink(self.code, self.paper, self.date, self.url, self.label)

    @property
    def article_count(self) -> int:
        return sum(len(p.articles) for p in self.pages)


@dataclass(frozen=True)
class Term:
    """A person, place, tag or column, with its articles newest first."""

    taxonomy: str
    name: str
    slug: str
    articles: tuple[Article, ...]
    roles: tuple[tuple[str, int], ...] = ()

    @once
    def url(self) -> str:
        return term_url(self.taxonomy, self.slug)

    @once
    def link(self) -> TermLink:
        return TermLink(self.taxonomy, self.name, self.url)

    @once
    def summary(self) -> TermSummary:
        return TermSummary(self.taxonomy, self.name, self.url, len(self.articles), self.roles)


@dataclass(frozen=True)
class TermSummary:
    """A term as an index or its own listing shows it: name, URL, article count and roles, not its articles.

    The index of a taxonomy lists every term: were the articles reachable from it, the index's
    fingerprint would have to cover every article of the archive, or serve stale pages.
    """

    taxonomy: str
    name: str
    url: str
    count: int
    roles: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class TermLink:
    """A term shown only as a link (an article's people, places, tags): name and URL, not its count.

    An article page's fingerprint then does not change when another article joins the tag.
    """

    taxonomy: str
    name: str
    url: str


RELATED_WINDOW = 25
# Related articles an article page lists: three fit a phone's screen below the article and keep the list
# a small share of a page the archive repeats a hundred thousand times (bench/RESULTS.md).
RELATED = 3
HEAD = 64  # Site._near_end: how far from either end of a term's list an article is looked for before the term is ranked whole
_RANKS = (1 << 32) - 1  # related() packs a rank into the low 32 bits
# people: the bylines (作者, exact); figures: people named in the text (新闻人物, people.py)
TAXONOMIES = {"people": "作者", "figures": "新闻人物", "places": "地点", "tags": "标签", "columns": "栏目"}
ROLES = (("reporters", "记者"), ("correspondents", "通讯员"), ("photographers", "摄影"))


@dataclass
class Site:
    """Everything the renderer needs, computed once."""

    config: Config
    articles: list[Article]  # newest first, then paper, page, id
    issues: list[Issue]  # newest first
    by_id: dict[str, Article] = field(default_factory=dict)
    page_of: dict[str, Page] = field(default_factory=dict)
    issue_of: dict[tuple[str, dt.date], Issue] = field(default_factory=dict)
    terms: dict[str, list[Term]] = field(default_factory=dict)
    term_of: dict[tuple[str, str], Term] = field(default_factory=dict)
    papers: list[tuple[str, str, list[Issue]]] = field(default_factory=list)  # (name, code, issues newest first)
    warnings: list[Problem] = field(default_factory=list)  # names spelled two ways (check and build report them)
    sources: dict[str, tuple[str, object]] = field(default_factory=dict)  # trust.published_sources: raw page texts
    # the printed pages' images by (code, date, page number): pageimages.plan_images, set before rendering
    images: dict[tuple[str, dt.date, int | None], PageImage] = field(default_factory=dict)
    _rank: dict[str, int] = field(default_factory=dict)  # for related(): see _ranks and _window
    _order: list[Article] = field(default_factory=list)
    _windows: dict[tuple[str, str], tuple[tuple[int, ...], dict[int, int]]] = field(default_factory=dict)

    def replace_articles(self, new: Iterable[Article]) -> "Site":
        """A new Site with these articles in place of those with the same ids; this one is left as it is.

        For an edit to what articles say (serve: incremental/live.py), not to where they stand: each
        keeps its paper, date, page and names (ValueError otherwise), so no list changes order and no
        page, issue or term appears or goes; only the pages, issues and terms that hold an edited
        article are new objects, the rest is shared.  Continuation titles (continuations.titled) are
        not made again: an edit that would retitle one is no such edit.
        """
        swap = {a.id: a for a in new}
        for id_, article in swap.items():
            if _placement(self.by_id[id_]) != _placement(article):
                raise ValueError(f"{article.path}: replace_articles takes text edits only, not a move to "
                                 "another page, date or name")
        if not swap:
            return self

        def fresh(items: tuple[Article, ...]) -> tuple[Article, ...]:
            return tuple(swap.get(a.id, a) for a in items)

        issues: dict[int, Issue] = {}  # id(old issue) → its new one
        page_of = dict(self.page_of)
        for key in {(a.paper, a.date) for a in swap.values()}:
            issue = self.issue_of[key]
            pages = []
            for page in issue.pages:
                if any(a.id in swap for a in page.articles):
                    page = dataclasses.replace(page, articles=fresh(page.articles))
                    page_of.update((a.id, page) for a in page.articles)
                pages.append(page)
            issues[id(issue)] = dataclasses.replace(issue, pages=tuple(pages))
        terms: dict[int, Term] = {}  # id(old term) → its new one
        for article in swap.values():
            for taxonomy in TAXONOMIES:
                for name in _names_of(article, taxonomy):
                    if name:
                        term = self.term_of[(taxonomy, fold_name(name))]
                        if id(term) not in terms:
                            terms[id(term)] = dataclasses.replace(term, articles=fresh(term.articles))
        articles = [swap.get(a.id, a) for a in self.articles]
        new_issues = [issues.get(id(i), i) for i in self.issues]
        return dataclasses.replace(
            self, articles=articles, issues=new_issues, by_id={**self.by_id, **swap}, page_of=page_of,
            issue_of={(i.paper, i.date): i for i in new_issues},
            terms={t: [terms.get(id(term), term) for term in listed] for t, listed in self.terms.items()},
            term_of={key: terms.get(id(term), term) for key, term in self.term_of.items()},
            papers=[(name, code, [issues.get(id(i), i) for i in listed]) for name, code, listed in self.papers],
            warnings=list(self.warnings), sources=dict(self.sources), images=dict(self.images),
            _rank=dict(self._rank), _order=[swap.get(a.id, a) for a in self._order], _windows=dict(self._windows))

    def related(self, article: Article, limit: int = RELATED) -> list[Article]:
        """Earlier articles sharing people, tags, places or the column, best first.

        An archive grows at its newest end, so related articles are drawn from what was printed
        before this one: in each of its terms' lists (newest first), the 2 × RELATED_WINDOW
        articles that follow it.  Publishing new articles then never changes an older article's
        page.  Only an article that shares no term with any earlier one (the first appearance of
        all its names) looks at the nearest later ones instead.  Bounded work per article, so the
        whole site stays O(n), never O(n²), however popular a tag is.  Scores are people 3, tags 2,
        places and column 1 per shared term; ties go to the newer article, then the smaller id.
        """
        ranks = self._ranks()
        counts = self._pool(article, True) or self._pool(article, False)
        counts.pop(ranks[article.id], None)
        # score above rank in one int, so the heap compares plain ints: higher score, then lower rank
        best = heapq.nlargest(limit, [score << 32 | (_RANKS - rank) for rank, score in counts.items()])
        order = self._order
        return [order[_RANKS - (value & _RANKS)] for value in best]

    def _pool(self, article: Article, earlier: bool) -> Counter:
        """Candidates (by tie-break rank) with their scores, from the earlier or the later side of each term."""
        self._ranks()
        pool: list[int] = []  # each candidate repeated by its weight: counted in C below
        for name in article.people:
            pool += self._window(("people", name), article, earlier) * 3
        for name in article.tags:
            pool += self._window(("tags", name), article, earlier) * 2
        for name in article.places:
            pool += self._window(("places", name), article, earlier)
        if article.column:
            pool += self._window(("columns", article.column), article, earlier)
        return Counter(pool)

    def related_touched(self, key: tuple[str, str], added: int) -> tuple[Article, ...]:
        """The older articles of a term whose related() may change when its `added` newest articles are new.

        related() draws on earlier articles only, so new ones change an older article's list only
        when it has no earlier article in any of its terms and looks at later ones: among the
        2 × RELATED_WINDOW articles after which the new ones now stand.
        """
        older = self.term_of[key].articles[added:added + 2 * RELATED_WINDOW]
        return tuple(a for a in older if self._oldest_in_its_terms(a))

    def _oldest_in_its_terms(self, article: Article) -> bool:
        """Whether no earlier article shares a term with it (`_pool(article, True)` is empty), found from
        the ends of its terms' lists: no ranking of the archive, which publishing a day must not pay for."""
        keys = [*(("people", n) for n in article.people), *(("tags", n) for n in article.tags),
                *(("places", n) for n in article.places), *((("columns", article.column),) if article.column else ())]
        return all(self.term_of[key].articles[-1] is article for key in keys)

    def prepare_related(self) -> None:
        """Make every term's ranked list now, not at the first related() call (serve: before the first edit)."""
        self._ranks()
        for key in self.term_of:
            self._term_ranks(key)

    def _ranks(self) -> dict[str, int]:
        """Each article's tie-break rank (newest first, then id), made on first use."""
        if not self._rank:
            self._order = sorted(self.articles, key=lambda a: (-a.date.toordinal(), a.id))
            self._rank.update((a.id, r) for r, a in enumerate(self._order))
        return self._rank

    def _term_ranks(self, key: tuple[str, str]) -> tuple[tuple[int, ...], dict[int, int]]:
        """A term's articles as ranks (its order: newest first), and each rank's place in that list; made once.

        Needs the ranks made (`_ranks`, which related() calls first)."""
        found = self._windows.get(key)
        if found is None:
            rank = self._rank
            items = tuple(rank[a.id] for a in self.term_of[key].articles)
            found = self._windows[key] = (items, {r: i for i, r in enumerate(items)})
        return found

    def _window(self, key: tuple[str, str], article: Article, earlier: bool) -> tuple[int, ...]:
        """The ranks of the 2 × RELATED_WINDOW articles just after (earlier) or just before `article` in a term's list."""
        if key not in self._windows:  # today's articles sit at the head of their terms' lists, and the older ones
            near = self._near_end(key, article, earlier)  # related_touched names at the tail: no ranking of a whole
            if near is not None:                          # long term for those
                return near
        items, where = self._term_ranks(key)
        i = where[self._rank[article.id]]
        return items[i + 1:i + 1 + 2 * RELATED_WINDOW] if earlier else items[max(0, i - 2 * RELATED_WINDOW):i]

    def _near_end(self, key: tuple[str, str], article: Article, earlier: bool) -> tuple[int, ...] | None:
        """_window for an article among the first or last HEAD of a term's list, found by identity; else None."""
        articles = self.term_of[key].articles
        n = len(articles)
        if n <= 4 * HEAD:  # a short term is ranked whole at once: cheap, and then kept for its other articles
            return None
        for j in range(HEAD):
            for i in (j, n - 1 - j):
                if articles[i] is article:
                    rank = self._rank
                    part = articles[i + 1:i + 1 + 2 * RELATED_WINDOW] if earlier else \
                        articles[max(0, i - 2 * RELATED_WINDOW):i]
                    return tuple(rank[a.id] for a in part)
        return None


def format_date(date: dt.date, year: int | None = None) -> str:
    """2025年9月24日; 9月24日 when `year` is the date's own year (beside a date of that year, it says the rest)."""
    return f"{date.month}月{date.day}日" if date.year == year else f"{date.year}年{date.month}月{date.day}日"


def dated_groups(articles: Iterable[Article]) -> list[tuple[str, bool | str, list[Article]]]:
    """A term page's lines (newest first) as (heading, line form, lines), in the form that takes fewest bytes.

    Four forms (term.html, partials/listing.html's `item`): one list, every line with paper and full date
    (heading "", form True: `工人日报 2025-09-24 3版`); a list under each year (`2025年`, form "day":
    `工人日报 09-24 3版`); a list under each year and paper (`2025年 工人日报`, form "md": `09-24 3版`);
    a list under each paper (`工人日报`, form "ymd": `2025-09-24 3版`).  Groups keep the lines newest
    first, and a year's or the page's papers come in the order of their newest line.  A heading and its
    list's tags cost about what the paper's name costs on three lines or the year on eight, so a page of a
    few articles in one paper is one list under its name, and one of a few articles in several papers
    over many years (so one or two under each heading) keeps paper and date on each line.  The byte
    counts below are those of the markup; a tie goes to the form listed first.
    """
    lines = list(articles)
    if not lines:
        return []
    years: dict[int, list[Article]] = {}
    year_paper: dict[tuple[int, str], list[Article]] = {}
    papers: dict[str, list[Article]] = {}
    for a in lines:
        years.setdefault(a.date.year, []).append(a)
        year_paper.setdefault((a.date.year, a.paper), []).append(a)
        papers.setdefault(a.paper, []).append(a)
    paper_bytes = sum(len(a.paper.encode()) + 1 for a in lines)  # " 工人日报" on each line
    ul, h2, year = len("<ul class=dated></ul>\n"), len("<h2></h2>\n"), len("2025年".encode())
    full, short = len(" 2025-09-24"), len(" 09-24")
    costs = [
        (ul + paper_bytes + len(lines) * full, ""),
        (len(years) * (h2 + year + ul) + paper_bytes + len(lines) * short, "day"),
        (sum(h2 + year + 1 + len(p.encode()) + ul for _, p in year_paper) + len(lines) * short, "md"),
        (sum(h2 + len(p.encode()) + ul for p in papers) + len(lines) * full, "ymd"),
    ]
    form = min(costs, key=lambda c: c[0])[1]  # min keeps the first of equal costs
    if form == "day":
        return [(f"{y}年", "day", group) for y, group in years.items()]
    if form == "md":
        return [(f"{y}年 {p}", "md", group) for (y, p), group in year_paper.items()]
    if form == "ymd":
        return [(p, "ymd", group) for p, group in papers.items()]
    return [("", True, lines)]


def weekday(date: dt.date) -> str:
    return "星期" + WEEKDAYS[date.weekday()]


def _sequence(article: Article) -> tuple:
    tail = article.id.rsplit("-", 1)[-1]
    return (int(tail) if tail.isdecimal() else 10**6, article.id)


def build_site(articles: list[Article], config: Config) -> Site:
    """Group articles into issues and pages, and collect the indexes. O(n log n).

    Continuations are shown with a real title (continuations.titled) everywhere a title appears.
    """
    articles = continuations.titled(articles)
    grouped: dict[tuple[str, dt.date], dict[int | None, list[Article]]] = defaultdict(lambda: defaultdict(list))
    for a in articles:
        grouped[(a.paper, a.date)][a.page].append(a)
    issues: list[Issue] = []
    page_of: dict[str, Page] = {}
    for (paper, date), pages in grouped.items():
        code = config.papers[paper]
        built = []
        for number in sorted(pages, key=lambda n: (n is None, n or 0)):
            listed = pages[number]
            items = tuple(sorted(listed, key=_sequence)) if len(listed) > 1 else tuple(listed)
            name = next((a.page_name for a in items if a.page_name), "")
            page = Page(code, paper, date, number, name, items)
            built.append(page)
            for a in items:
                page_of[a.id] = page
        issues.append(Issue(code, paper, date, tuple(built)))
    issues.sort(key=lambda i: (-i.date.toordinal(), i.code))
    ordered = [a for issue in issues for page in issue.pages for a in page.articles]
    site = Site(config, ordered, issues, {a.id: a for a in ordered}, page_of,
                {(i.paper, i.date): i for i in issues})
    _collect_terms(site)
    site.sources = trust.published_sources(ordered, config.root)
    by_paper: dict[str, list[Issue]] = defaultdict(list)
    for issue in issues:
        by_paper[issue.paper].append(issue)
    site.papers = [(name, code, by_paper[name]) for name, code in config.papers.items() if by_paper.get(name)]
    return site


def _collect_terms(site: Site) -> dict[str, list[Term]]:
    """People, places, tags and columns, each one term per name as text.fold_name compares them.

    José composed and decomposed, 李娜 with a compatibility ideograph or a zero-width joiner:
    one term, shown in its most used spelling (the folded one on a tie), with a warning
    naming the file that spells it otherwise.
    """
    buckets: dict[str, dict[str, list[Article]]] = {}
    # spellings other than the folded one (rare): (taxonomy, folded) → spelling → [uses, first article]
    variants: dict[tuple[str, str], dict[str, list]] = defaultdict(dict)
    roles: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    articles = site.articles  # already newest first
    fold = fold_name
    # A taxonomy at a time, each a tight loop: the archive's names are most of a publish's model (800k at 100k
    # articles).  Each bucket and each term's spellings still fill in article order, as one pass would.
    for taxonomy in TAXONOMIES:
        items_of: dict[str, list[Article]] = {}
        buckets[taxonomy] = items_of
        if taxonomy == "columns":
            named = ((a, (a.column,)) for a in articles if a.column)
        else:
            named = zip(articles, map(attrgetter(_NAMES[taxonomy]), articles))
        for a, names in named:
            for name in names:
                key = fold(name)
                items = items_of.get(key)
                if items is None:
                    items_of[key] = [a]
                elif items[-1] is not a:  # two spellings in one article: listed once
                    items.append(a)
                if name != key:
                    seen = variants[(taxonomy, key)].setdefault(name, [0, a])
                    seen[0] += 1
    for a in articles:
        for attr, label in ROLES:
            for name in getattr(a, attr):
                roles[fold(name)][label] += 1
    for taxonomy, names in buckets.items():
        terms = []
        for key, items in names.items():
            shown = key
            spelled = variants.get((taxonomy, key))
            if spelled:
                uses = {key: len(items) - sum(n for n, _ in spelled.values())} | {v: n for v, (n, _) in spelled.items()}
                shown = max(uses, key=lambda v: uses[v])  # max keeps the first (the folded one) on a tie
                first = {v: a for v, (_, a) in spelled.items()}
                if uses[key] > 0:
                    first[key] = next(a for a in items if key in _names_of(a, taxonomy))
                for other in first:
                    if other != shown:
                        site.warnings.append(_spelling_warning(taxonomy, other, shown, first[other], first[shown]))
            terms.append(Term(taxonomy, shown, slug(key), tuple(items),
                              tuple(roles[key].items()) if taxonomy == "people" else ()))
        terms = _distinct_slugs(terms)
        terms.sort(key=lambda t: (-len(t.articles), t.slug))
        site.terms[taxonomy] = terms
        for term in terms:
            key = fold_name(term.name)
            site.term_of[(taxonomy, key)] = term
            for spelling in variants.get((taxonomy, key), ()):
                site.term_of[(taxonomy, spelling)] = term
    return site.terms


_NAMES = {"people": "people", "figures": "mentioned", "places": "places", "tags": "tags"}  # Article's field


def _names_of(article: Article, taxonomy: str) -> tuple[str, ...]:
    return {"people": article.people, "figures": article.mentioned, "places": article.places, "tags": article.tags,
            "columns": (article.column,)}[taxonomy]


def _placement(article: Article) -> tuple:
    """What of an article decides where the site lists it (Site.replace_articles keeps it)."""
    return (article.paper, article.date, article.page, article.page_name, article.kind,
            *(_names_of(article, taxonomy) for taxonomy in TAXONOMIES))


def _spelling_warning(taxonomy: str, spelling: str, shown: str, article: Article, model: Article) -> Problem:
    key = {"columns": "column", "places": "places", "tags": "tags", "figures": "mentioned"}.get(taxonomy) or next(
        (attr for attr, _ in ROLES if spelling in getattr(article, attr)), "reporters")
    points = " ".join(f"U+{ord(ch):04X}" for ch in spelling)
    return Problem(article.path, article.line_of(key),
                   f"{TAXONOMIES[taxonomy]} {spelling!r} ({points}) is {shown!r} written with other Unicode "
                   f"characters (or invisible ones): both are listed as one",
                   f"write it as in {model.path} so every file spells it the same", "warning")


def _distinct_slugs(terms: list[Term]) -> list[Term]:
    """No two distinct names share a URL, and nobody is renamed: a later name gets a longer hash.

    Names that share a slug (e.g. 何信 and 何心, both he-xin-b72e) are ordered by the date they
    first appear in the archive (then by name): the first keeps its short slug, so a URL already
    published does not move when a namesake arrives; each later one takes as many hex digits of
    its hash as make it unique.
    """
    by_slug: dict[str, list[Term]] = defaultdict(list)
    for term in terms:
        by_slug[term.slug].append(term)
    if all(len(group) == 1 for group in by_slug.values()):
        return terms
    taken = set(by_slug)
    out = []
    for group in by_slug.values():
        group.sort(key=lambda t: (t.articles[-1].date, fold_name(t.name)))
        out.append(group[0])
        for term in group[1:]:
            digits = 8
            while (longer := slug(fold_name(term.name), digits)) in taken:
                digits += 4
            taken.add(longer)
            out.append(dataclasses.replace(term, slug=longer))
    return out
