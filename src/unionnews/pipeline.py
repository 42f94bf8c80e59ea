"""The build, as named stages in a fixed order (STYLE.md §5):

load_config → discover/parse/validate (content) → model (pages) → render →
search/feeds → link check → commit.  Nothing touches site/ until every page
has rendered and every link resolves.
"""
from __future__ import annotations

import contextlib
import gc
import resource
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from unionnews import feeds, hosts, pageimages, theme
from unionnews.incremental import append, textedit
from unionnews import pages as P
from unionnews.theme import script
from unionnews.config import Config
from unionnews.incremental.cache import BuildCache, build_lock, open_cache
from unionnews.content import Article, Found, find, load_content, parse_article, source_digest
from unionnews.errors import Problem, UnionnewsError, display_path, os_problem, refuse_if_strict
from unionnews.incremental.fingerprint import salt_for
from unionnews.linkcheck import check_targets
from unionnews.incremental.tables import Parsed, StatKey
from unionnews.incremental.writers import MARKER, SiteWriter, clean_stale, file_sizes, writer_for
from unionnews.incremental.rebuild import (apply_text_edit, render_pages, search_files, search_intact, search_key,
                                           start_search)
from unionnews.pages import Site, build_site
from unionnews.sources import outside_links
from unionnews.text import fold_name
from unionnews.render import make_environment, template_problem
from unionnews.workers import BESIDE_LONGEST, Background, default_jobs, map_chunks


@dataclass
class BuildReport:
    articles: int = 0
    issues: int = 0
    files: int = 0
    bytes: int = 0
    seconds: float = 0.0
    warnings: list[Problem] = field(default_factory=list)
    changed: int = 0  # files staged: all of them in a clean build, only changed bytes in an incremental one
    stages: dict[str, float] = field(default_factory=dict)  # seconds per stage
    peaks: dict[str, float] = field(default_factory=dict)  # the build process's peak RSS (MiB) after each stage
    quick: bool = False  # the text-edit plan (incremental/textedit.py) was carried out
    budget: str = ""  # the site against its host's limits (hosts.summary)
    appended: bool = False  # the append plan (incremental/append.py) was carried out
    image_bytes: int = 0  # of the page images (page_images in site.toml), within `bytes`

    def summary(self) -> str:
        images = f" ({self.image_bytes / 1048576:.1f} MB of it page images)" if self.image_bytes else ""
        return (f"built {self.articles} articles in {self.issues} issues: {self.files} files "
                f"({self.changed} written), {self.bytes / 1048576:.1f} MB{images}, in {self.seconds:.1f} s")


def build(config: Config, progress: bool | None = None, check_internal_links: bool = True,
          jobs: int | None = None, clean: bool = False, strict: bool = False) -> BuildReport:
    """Build site/ from content/; raises UnionnewsError (site/ untouched) on any error.

    With a cache from the last build (incremental/cache.py), only changed files are parsed,
    only pages whose inputs changed are rendered, and only files whose bytes
    changed are written; `clean` ignores the cache.  The result is the same bytes either way.
    `strict`: every warning (content, model, a site that nears its host's limits) is an error,
    raised before the commit, so site/ is left as it was.
    """
    with build_lock(config.root), _no_cyclic_gc():
        return _build(config, progress, check_internal_links, jobs, clean, strict)[0]


@dataclass(frozen=True)
class Built:
    """What a build leaves in memory, for `serve` to update from (incremental/live.py) instead of starting over."""

    site: Site
    env: jinja2.Environment
    cache: BuildCache
    salt: bytes


def build_live(config: Config, jobs: int | None = None) -> tuple[BuildReport, Built]:
    """build(), also returning the model, environment and cache it made (the cache is saved as usual)."""
    with build_lock(config.root), _no_cyclic_gc():
        return _build(config, False, True, jobs, False)


@contextlib.contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """The cyclic garbage collector off in this process for the length of a build.

    A build allocates millions of long-lived objects (articles, terms, index lists) and
    almost no reference cycles; the collector's repeated passes over that growing heap
    took a fifth of the parse stage at 100k articles.  Workers collect as usual, but only
    their own new objects (workers.py freezes the inherited heap).  Nor does turning it back
    on walk the build's heap at once: see the `finally` below.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            # Everything the build made is young to the collector (it never ran), so the first allocation
            # after enabling it would walk the whole heap.  Frozen while enabling, then handed back to the
            # oldest generation: collected later like any long-lived object, not now (see also __main__.py).
            gc.freeze()
            gc.enable()
            gc.unfreeze()


def _build(config: Config, progress: bool | None, check_internal_links: bool, jobs: int | None,
           clean: bool, strict: bool = False) -> tuple[BuildReport, Built]:
    started = time.perf_counter()
    lap = _Laps()
    jobs = jobs or default_jobs()
    escaped = outside_links([config.templates_dir, config.static_dir], config.root)  # content/: load_content
    if escaped:
        raise UnionnewsError(escaped)
    clean_stale(config.output_dir)  # before the walk below: it may put back the site/ a killed build moved
    walks = _start_walks(config, clean, jobs)
    try:
        return _build_with(config, progress, check_internal_links, jobs, clean, strict, started, lap, walks)
    finally:
        if walks is not None:
            walks.close()


def _build_with(config: Config, progress: bool | None, check_internal_links: bool, jobs: int, clean: bool,
                strict: bool, started: float, lap: "_Laps", walks: "_Walks | None") -> tuple[BuildReport, Built]:
    cache = open_cache(config.root, config, clean)
    P.SLUGS.update(cache.slugs)
    lap("cache")
    reread = _Reread()
    found = walks.found() if walks else find(config.content_dir, config.root, stat=True)
    articles, warnings = load_content(config, read=lambda paths: _read(paths, found.keys, config, cache, jobs, reread),
                                      found=found)
    lap("content")
    site = build_site(articles, config)
    warnings = warnings + site.warnings
    env = make_environment(config.templates_dir)
    images = pageimages.plan_images(site, config)  # before rendering: the 版面 and clippings link to them
    site.images = images  # in the views of the issue and article pages (render.py), so in their fingerprints
    salt = salt_for(cache.settings, [config.templates_dir, theme.TEMPLATES, config.static_dir, theme.STATIC,
                                       theme.SEARCH_SOURCES])
    lap("model")
    writer = writer_for(config.output_dir, config.root, source_folders(config),
                        cache.trusted_pages(config.output_dir), sizes=walks.sizes() if walks else None)
    plan = textedit.plan(cache.deps, cache.salt == salt, writer.previous, reread.changes, reread.removed,
                         site.articles, search_intact(cache, writer))
    appending = None if plan is not None else \
        append.plan(cache.deps, cache.salt == salt, writer.previous, reread.changes, reread.removed, site)
    try:
        if plan is not None:
            links = apply_text_edit(site, env, salt, plan, writer, cache, search_files(cache))
            lap("pages")
            cache.search_key = search_key(site, cache)
            lap("search")
        else:
            searching = start_search(site, writer, cache, jobs)  # forked before the pool, while no thread runs
            try:
                # The search process is the build's longest single task: the renderers yield it its core.
                links = render_pages(site, env, writer, jobs, cache, salt, progress, appending,
                                     nice=BESIDE_LONGEST if searching.forked else 0)
            except BaseException:
                searching.cancel()  # before the staging folder goes: it must not write there afterwards
                raise
            lap("pages")
            for url, made in searching.result():
                writer.note(url, b"", made)
            lap("search")
        image_bytes = pageimages.write_images(images, writer, config.root / ".cache" / "unionnews" / "page-images")
        _write_extras(site, env, writer)
        lap("feeds")
        for name, text in feeds.sitemaps(site, sorted(writer.written)).items():
            writer.write(name, text)
        if check_internal_links:
            broken = check_targets(links, set(writer.written), writer.path_of)
            if broken:
                raise UnionnewsError(broken)
        lap("links")
        writer.seal()
        usage = hosts.measure({url: entry.size for url, entry in writer.table.items()})
        over = hosts.check(usage, config.host)
        refuse_if_strict(warnings + over, strict)  # content, model and host warnings alike
        writer.commit(journal=cache.journal)
    except jinja2.TemplateError as exc:
        writer.abort()
        raise UnionnewsError(template_problem(exc, config)) from None
    except BaseException:
        writer.abort()
        raise
    lap("commit")
    cache.pages = writer.table
    cache.salt = salt
    cache.slugs = known_slugs(site)
    try:
        cache.save(config.output_dir)
    except OSError as exc:  # site/ is built and committed: a cache that cannot be saved only costs time
        problem = os_problem(exc, config.root)
        warnings.append(Problem(problem.path, None, f"the build cache could not be saved ({problem.message}): "
                                "site/ is built; the next build will be a full one", problem.fix, "warning"))
    lap("save cache")
    return BuildReport(len(articles), len(site.issues), len(writer.written), writer.bytes,
                       time.perf_counter() - started, warnings + over, len(writer.changed), lap.times, lap.peak,
                       quick=plan is not None, budget=hosts.summary(usage, config.host),
                       appended=appending is not None, image_bytes=image_bytes), Built(site, env, cache, salt)


def source_folders(config: Config) -> tuple[Path, ...]:
    """The folders the output folder may never be, hold or sit in (writers.check_output_dir)."""
    return (config.content_dir, config.templates_dir, config.static_dir, config.root / "raw")


def known_slugs(site) -> dict[tuple[str, int], str]:
    """The slugs (pages.SLUGS) of the names the site has now: the cache keeps them, and no more."""
    names = {fold_name(term.name) for terms in site.terms.values() for term in terms}
    return {key: value for key, value in P.SLUGS.items() if key[0] in names}


class _Laps:
    """Seconds per stage, for `build --timings` and the benchmark."""

    def __init__(self) -> None:
        self.times: dict[str, float] = {}
        self.peak: dict[str, float] = {}
        self._last = time.perf_counter()

    def __call__(self, stage: str) -> None:
        now = time.perf_counter()
        self.times[stage] = now - self._last
        self.peak[stage] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # MiB on Linux
        self._last = now


class _Walks:
    """The walks over content/ and site/ that every build makes, each in a process of its own
    (workers.Background), forked before the cache loads: on a second core they cost the build
    nothing but the wait for the result.  content/'s is wanted first (the content stage), while
    loading the cache usually covers it; site/'s, the larger, only once the model is made
    (writers.survey), so its walk goes on while the build parses and makes the model.
    """

    def __init__(self, config: Config, survey: bool, jobs: int):
        self._content = Background(lambda: find(config.content_dir, config.root, stat=True), jobs)
        self._site = Background(lambda: file_sizes(config.output_dir), jobs) if survey else None
        self._found: Found | None = None
        self._sizes: dict[str, int] | None = None
        self._waited = False

    def found(self) -> Found:
        """content.find, with stat keys."""
        if self._found is None:
            self._found = self._content.result()
        return self._found

    def sizes(self) -> dict[str, int] | None:
        """writers.file_sizes; None when there is no site/ a cache could vouch for."""
        if not self._waited and self._site is not None:
            self._sizes = self._site.result()
        self._waited = True
        return self._sizes

    def close(self) -> None:
        """The build failed before it needed a result: the processes must not wait to hand it over."""
        if self._found is None:
            self._content.cancel()
        if self._site is not None and not self._waited:
            self._site.cancel()


def _start_walks(config: Config, clean: bool, jobs: int) -> _Walks | None:
    """The walks in the background, or None with one job (the build then stats each file as it goes)."""
    if jobs <= 1:
        return None
    return _Walks(config, not clean and (config.output_dir / MARKER).is_file(), jobs)


@dataclass
class _Reread:
    """What changed among the article files since the last build (for textedit.plan)."""

    # path parsed anew → the last build's article, or None
    changes: dict[str, Article | None] = field(default_factory=dict)
    removed: bool = False  # a file the last build read is gone


def _read(paths: list[str], keys: list[StatKey | None], config: Config, cache: BuildCache, jobs: int,
          reread: _Reread) -> list[tuple[Article | None, list[Problem]]]:
    """Parse the files the cache has no current entry for, on every core; reuse the rest.

    A file whose stat key changed but whose bytes are those the cache parsed (a fresh checkout,
    a restored backup, `touch`) is read and compared, not parsed, and does not count as changed:
    a daily job on a fresh clone then sees only the day's new files as new.  `keys`: each path's
    stat key (content.find), taken before any file is read here, so a key is never newer than the bytes parsed.
    """
    results: list[tuple[Article | None, list[Problem]]] = [(None, [])] * len(paths)
    kept: list[Parsed | None] = [None] * len(paths)  # the cache's record of each file not read again
    todo = []
    parsed = cache.parsed
    for i, (path, key) in enumerate(zip(paths, keys)):
        hit = parsed.get(path)
        if key is not None and hit is not None and hit.key == key:
            results[i] = (hit.article, hit.problems)
            kept[i] = hit
        else:
            todo.append(i)
    old = [parsed.get(paths[i]) for i in todo]
    known = [hit.article.digest if hit is not None and hit.article is not None else None for hit in old]
    chunks = map_chunks(lambda part: [_parse_if_changed(Path(paths[todo[j]]), known[j], config) for j in part],
                        range(len(todo)), jobs, chunk=500)
    for j, result in enumerate(r for chunk in chunks for r in chunk):
        i = todo[j]
        before = old[j]
        if result is None:  # the same bytes as parsed before (so there was an entry)
            assert before is not None
            results[i] = (before.article, before.problems)
        else:
            results[i] = result
            reread.changes[paths[i]] = before.article if before is not None else None
    current = set(paths)
    reread.removed = any(p not in current for p in parsed)
    # a file left as it was keeps its very record: no new one per file of the archive
    cache.parsed = {p: kept[i] or Parsed(k, *results[i]) for i, (p, k) in enumerate(zip(paths, keys)) if k is not None}
    return results


def _parse_if_changed(path: Path, known: str | None, config: Config) -> tuple[Article | None, list[Problem]] | None:
    """parse_article(path), or None when the file's bytes have the digest `known` (nothing to parse)."""
    if known is not None:
        try:
            if source_digest(path.read_bytes(), display_path(path, config.root)) == known:
                return None
        except OSError:
            pass  # parse_article says what is wrong with the file
    return parse_article(path, config)


def _write_extras(site, env, writer: SiteWriter) -> None:
    config = site.config
    builtin = theme.STATIC
    if builtin.resolve() != config.static_dir.resolve():
        writer.copy_tree(builtin, "static", skip=config.static_dir)
    writer.copy_tree(config.static_dir, "static")
    if not (config.static_dir / "search.js").exists():  # the built-in one is joined from its sources
        writer.write("static/search.js", script.search_script())
    # The service worker must sit at the site root for its scope to cover every page.
    worker = config.static_dir / "sw.js"
    writer.write("sw.js", _precaching((worker if worker.exists() else builtin / "sw.js").read_bytes(), writer))
    for url, path in site.sources.values():  # the raw page texts articles cite (trust.published_sources)
        writer.write(url, path.read_bytes())
    writer.write("manifest.webmanifest", feeds.web_manifest(site))
    writer.write("atom.xml", feeds.atom_feed(site))
    writer.write("robots.txt", feeds.robots(site))
    writer.write(".nojekyll", b"")
    not_found = env.get_template("404.html").render(config=config, root=config.base_path,
                                                    url="404.html")
    writer.write("404.html", not_found)


def _precaching(worker: bytes, writer: SiteWriter) -> bytes:
    """The service worker with its install-time list filled in: the static files, the search page and the
    search files every query loads (those at the top of search/; the postings under it load as needed)."""
    import json
    keep = sorted(u for u in writer.table if u.startswith("static/") or u == "search.html"
                  or (u.startswith("search/") and u.count("/") == 1))
    return worker.replace(b"[/* filled in by the build */]", json.dumps(keep).encode())
