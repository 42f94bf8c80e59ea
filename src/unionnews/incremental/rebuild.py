"""Carrying out a rebuild: render the pages a plan names, note them in the writer, bring the search index along.

A build (pipeline.py) renders with one of three plans, made from what the cache kept:

- no plan: every page is fingerprinted, and rendered where its inputs changed (render_pages);
- an append plan (append.py, a new day's issue): only the pages it names are fingerprinted (render_pages);
- a text-edit plan (textedit.py): only the pages showing the edited articles are rendered, and the
  search index is patched (apply_text_edit).

`serve` (live.py) carries out text-edit plans from memory with the same apply_text_edit: the writer
decides what becomes of the files no page rendered, an IncrementalWriter for `build` keeping them
one by one, an OverlayWriter for `serve` having them already (writers.py).
"""
from __future__ import annotations

import hashlib
import sys
from array import array
from collections.abc import Iterable

import jinja2
from tqdm import tqdm

from unionnews import search
from unionnews.content import Article
from unionnews.incremental import append, textedit
from unionnews.incremental.cache import BuildCache
from unionnews.incremental.fingerprint import Fingerprinter
from unionnews.incremental.tables import Dependencies, Rendered, SearchKey, Staged
from unionnews.incremental.writers import SiteWriter
from unionnews.linkcheck import merge_links
from unionnews.pages import Site
from unionnews.render import Renderer
from unionnews.search import layout as search_layout
from unionnews.search.patch import PatchError, patch_index
from unionnews.workers import Background, map_chunks

Links = dict[str, dict[str, str]]  # linkcheck: the internal links of the rendered pages


def render_pages(site: Site, env: jinja2.Environment, writer: SiteWriter, jobs: int, cache: BuildCache, salt: bytes,
                 progress: bool | None, appending: append.Plan | None = None, nice: int = 0) -> Links:
    """Fingerprint every page, render the ones whose inputs changed (on every core); return their links.

    With an append plan, only the pages it names are fingerprinted and the others kept as they are.
    Also records, for the text-edit plan, which articles each page shows (cache.deps).
    nice: the render workers' niceness (workers.map_chunks), e.g. while the search index is made beside them.
    """
    renderer = Renderer(site, env)
    pages = list(renderer.all_pages(appending.pages if appending is not None else None))
    urls = [url for url, _, _ in pages]
    if appending is not None:  # nothing was removed: the last build's pages and the new ones
        assert cache.deps is not None  # append.plan made no plan without it
        urls = [url for url in cache.deps.urls if url not in appending.pages] + urls
    renderer.known = set(urls)
    printer = Fingerprinter(salt, dict(zip(map(id, site.articles), range(len(site.articles)))),
                            appending.changed if appending is not None else frozenset())
    show = sys.stderr.isatty() if progress is None else progress
    links: Links = {}
    shown: list[array] = [array("i")] * len(pages)
    with tqdm(total=len(pages), unit="页", desc="rendering", disable=not show, leave=False) as bar:
        def done(result: tuple[list[Rendered], Links]) -> None:
            bar.update(len(result[0]))
        for results, seen in map_chunks(lambda part: renderer.render_batch(pages, printer, writer, part),
                                        range(len(pages)), jobs, chunk=250, on_result=done, nice=nice):
            note_rendered(writer, pages, results)
            for result in results:
                shown[result.index] = result.articles
            merge_links(links, seen)
    if appending is None:
        cache.deps = Dependencies.collect(urls, shown)
        return links
    assert cache.deps is not None
    redone = [url for url, _, _ in pages]
    writer.carry(urls)
    cache.deps = append.carry(cache.deps, set(redone), appending.added, redone, shown)
    return links


def apply_text_edit(site: Site, env: jinja2.Environment, salt: bytes, plan: textedit.Plan, writer: SiteWriter,
                    cache: BuildCache, search_files: Iterable[str]) -> Links:
    """Carry out a text-edit plan: render the pages it names (in this process: a handful), keep every
    other page as it is, patch the search index; return the rendered pages' links.

    search_files: the last build's search files.  cache.search_key is left to the caller (it hashes
    every article: `build` sets it at once, `serve` when it saves the cache).
    """
    assert cache.deps is not None  # textedit.plan made no plan without it
    renderer = Renderer(site, env)
    pages = list(renderer.all_pages(plan.pages))
    results, links = renderer.render_batch(pages, Fingerprinter(salt), writer, range(len(pages)))
    note_rendered(writer, pages, results)
    writer.carry(cache.deps.urls)
    patch_search(site, writer, cache, plan.changed, list(search_files))
    return links


def note_rendered(writer: SiteWriter, pages: list[tuple[str, str, object]], results: list[Rendered]) -> None:
    """Enter Renderer.render_batch's results in the writer's table."""
    for result in results:
        if result.file is not None:
            writer.note(pages[result.index][0], result.fingerprint, result.file)
        else:
            writer.keep(pages[result.index][0])


def patch_search(site: Site, writer: SiteWriter, cache: BuildCache, changed: dict[int, tuple[Article, Article]],
                 previous: list[str]) -> None:
    """Patch the last build's search files (`previous`) for text edits (search/patch.py); rewrite the
    index if it refuses.  The search files that no longer exist are dropped, the others carried."""
    try:
        if len(changed) > textedit.MAX_PATCHED:
            raise PatchError("too many articles changed to patch: rewriting is cheaper")
        dropped = patch_index(site, writer, changed, lambda url: _previous_text(writer, cache, url))
    except PatchError:  # site/'s search files are not what the cache says: make the index from scratch
        writer.distrusted.update(previous)
        search.write_index(site, writer)
        dropped = {url for url in previous if not writer.noted(url)}
    for url in dropped:
        writer.drop(url)
    writer.carry(url for url in previous if url not in dropped)


def _previous_text(writer: SiteWriter, cache: BuildCache, url: str) -> str | None:
    if url not in cache.pages:
        return None
    return writer.output_dir.joinpath(*url.split("/")).read_text(encoding="utf-8")


def search_files(cache: BuildCache) -> list[str]:
    """The last build's search files."""
    return [url for url in cache.pages if url.startswith("search/")]


def search_key(site: Site, cache: BuildCache) -> SearchKey:
    """A digest of the articles of each search segment (start, count), of the settings (the code among
    them) and of the articles the records dictionary samples, which every segment's records depend on."""
    oldest = site.articles[::-1]
    sampled = "".join(oldest[doc].digest for doc in search_layout.dictionary_docs(len(oldest)))
    return {(start, count): hashlib.blake2b((cache.settings + sampled + "".join(
                a.digest for a in oldest[start:start + count])).encode(), digest_size=16).digest()
            for start, count in search_layout.segments(len(oldest))}


def search_intact(cache: BuildCache, writer: SiteWriter) -> bool:
    """Whether site/ still holds every search file the last build wrote, unaltered in size."""
    made = search_files(cache)
    return bool(made) and all(url in writer.previous for url in made)


def start_search(site: Site, writer: SiteWriter, cache: BuildCache, jobs: int) -> Background:
    """The search index, made in a process of its own while the pages render (workers.Background).

    A segment (search/layout.py) made from the same articles by the last build is kept as it
    is; only the others read their articles (after a new issue: the newest segment), and the
    global files are written anew.  Its result is the (url, Staged) of each search file, for
    the build's writer to note.
    """
    key = search_key(site, cache)
    intact = search_intact(cache, writer)
    previous = cache.search_key if intact else {}
    cache.search_key = key
    keep = {segment for segment, digest in key.items() if previous.get(segment) == digest}
    made = search_files(cache)
    if intact and previous == key:
        kept = [(url, _unchanged(writer, url)) for url in made]
        return Background(lambda: kept, 1)
    kept = [(url, _unchanged(writer, url)) for url in made
            if any(search_layout.in_segment(url, *segment) for segment in keep)]
    return Background(lambda: kept + _index_files(site, writer, keep), jobs)


def _unchanged(writer: SiteWriter, url: str) -> Staged:
    """A file of the last build that site/ holds, given again as it is."""
    entry = writer.previous[url]
    return Staged(entry.digest, entry.size, False)


class _Staged:
    """Stands in for the SiteWriter in the search process: stages files, lists what it staged."""

    def __init__(self, writer: SiteWriter):
        self.writer = writer
        self.made: list[tuple[str, Staged]] = []

    def write(self, url: str, data: str | bytes) -> None:
        self.made.append((url, self.writer.put(url, data)))


def _index_files(site: Site, writer: SiteWriter, keep: set[tuple[int, int]]) -> list[tuple[str, Staged]]:
    staged = _Staged(writer)
    search.write_index(site, staged, keep)
    return staged.made
