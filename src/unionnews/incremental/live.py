"""`serve`'s rebuilds from memory: a corrected article is live in a fraction of a second.

A command-line build must first load what the last one left (the cache, the model,
the list of pages) and check site/ file by file, work that grows with the archive.
`serve` already holds all of it from its first build, so when a watched
article file changes and the edit qualifies for the quick path (quick.py: same
pages, only text changed), it patches the article in place in the model, renders
the pages the dependency map names, patches the search index and moves the changed
files into site/.  Anything else (a new or deleted article, a changed date or tag, a
template) runs the ordinary incremental build, which also refreshes this state.

site/ is trusted without the per-file survey as long as no other process has built:
builds take the project's lock (cache.build_lock), and a `build` run meanwhile
changes the saved cache, the journal or site/'s inode (cache.disk_state), after
which the next change runs the ordinary incremental build from what it left.  The
cache on disk is saved when the server is idle; until then the commit journal
stays, so a command-line build after a crash starts clean.
"""
from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass
from pathlib import Path

import jinja2

from unionnews import feeds
from unionnews.incremental import textedit as quick
from unionnews.continuations import continued_pages, retitles
from unionnews.incremental.cache import build_lock, disk_state, stat_key
from unionnews.config import Config
from unionnews.content import Article, parse_article
from unionnews.errors import UnionnewsError
from unionnews.incremental.fingerprint import Fingerprinter
from unionnews.incremental.tables import Parsed
from unionnews.linkcheck import check_targets
from unionnews.incremental.writers import OverlayWriter, clean_stale
from unionnews.pipeline import BuildReport, Built, build_live, note_rendered, patch_search, search_key, source_folders
from unionnews.render import Renderer, template_problem


@dataclass
class _Pages:
    renderer: Renderer
    pages: list[tuple[str, str, dict]]
    index: dict[str, int]


class LiveSite:
    """The state of the last build, kept in memory and updated in place by `update`."""

    def __init__(self, config: Config, jobs: int | None = None):
        self.config = config
        self.jobs = jobs
        self.dirty = False  # the cache on disk is behind site/ (see save)
        self.report = self._full()

    def _full(self) -> BuildReport:
        with build_lock(self.config.root):
            report, built = build_live(self.config, self.jobs)
            self._take(built)
            self.dirty = False
            self._left = self._disk()
        return report

    def _disk(self) -> tuple:
        return disk_state(self.config.root, self.config.output_dir)

    def _take(self, built: Built) -> None:
        self.built = built
        site = built.site
        renderer = Renderer(site, built.env)
        pages = list(renderer.all_pages())
        self.pages = _Pages(renderer, pages, {url: i for i, (url, _, _) in enumerate(pages)})
        # What the first edit would otherwise make on the spot, delaying it; the workers
        # of the build made them, but in their own memory.
        renderer.load_templates({template for _, template, _ in pages})
        site.prepare_related()
        self.position = {id(a): i for i, a in enumerate(site.articles)}
        self.by_path = {a.path: a for a in site.articles}
        self.turned = continued_pages(site.articles)  # an edit there retitles a continuation: not a quick edit
        self.search_files = {url for url in built.cache.pages if url.startswith("search/")}

    def update(self, paths: set[Path]) -> BuildReport:
        """Bring site/ up to date after `paths` changed; raises UnionnewsError (site/ untouched) on bad input.

        A `build` run from the command line meanwhile (another process: it changed the saved
        cache, the journal or site/ itself) makes what this process holds stale: then the
        ordinary incremental build runs from what that build left, never the quick path.
        """
        with build_lock(self.config.root):
            if self._disk() != self._left:
                self.report = self._full()
                return self.report
            edits = self._text_edits(paths)
            if edits is None:
                self.save()
                self.report = self._full()
                return self.report
            self.report = self._quick(edits)
            self._left = self._disk()
            return self.report

    def _text_edits(self, paths: set[Path]) -> list[tuple[Path, Article, Article, list]] | None:
        """(path, article in the model, article as the file now says, problems) for each changed file,
        or None when some change is not a text edit of a known article (then a full build runs)."""
        config = self.config
        cache = self.built.cache
        content = str(Path(config.content_dir).resolve())
        edits = []
        for path in sorted(paths):
            entry = cache.parsed.get(str(path))
            if entry is None or not str(Path(path).resolve()).startswith(content) or not path.is_file():
                return None
            new, problems = parse_article(path, config)
            if new is None:
                raise UnionnewsError(problems)
            old = self.by_path.get(new.path)
            if old is None or quick.shape(old) != quick.shape(new) or retitles(old, self.turned):
                return None
            edits.append((path, old, new, problems))
        return edits

    def _quick(self, edits: list[tuple[Path, Article, Article, list]]) -> BuildReport:
        started = time.perf_counter()
        n = len(self.built.site.articles)
        changed: dict[int, tuple[Article, Article]] = {}  # search doc → (how it was, the model's article)
        undo: list[tuple[Article, Article]] = []
        for _path, old, new, _problems in edits:
            if old.digest == new.digest:
                continue
            before = dataclasses.replace(old)
            for name in quick.CONTENT_FIELDS:  # the model's article takes the new text: every context sees it
                object.__setattr__(old, name, getattr(new, name))
            undo.append((old, before))
            changed[n - 1 - self.position[id(old)]] = (before, old)
        try:
            return self._write(changed, started, edits)
        except BaseException:
            for old, before in undo:  # the build failed: the model goes back to what site/ shows
                for name in quick.CONTENT_FIELDS:
                    object.__setattr__(old, name, getattr(before, name))
            raise

    def _write(self, changed: dict[int, tuple[Article, Article]], started: float, edits) -> BuildReport:
        config, built = self.config, self.built
        site, cache = built.site, built.cache
        live = self.pages
        live.renderer._items.clear()  # listing lines memoised with the old text
        wanted = cache.deps.pages_showing(len(site.articles) - 1 - doc for doc in changed)
        chosen = [live.pages[live.index[url]] for url in sorted(wanted)]
        clean_stale(config.output_dir)
        writer = OverlayWriter(config.output_dir, config.root, source_folders(config), cache.pages)
        try:
            printer = Fingerprinter(built.salt, self.position)
            try:
                results, links = live.renderer.render_batch(chosen, printer, writer, range(len(chosen)))
            except jinja2.TemplateError as exc:
                raise UnionnewsError(template_problem(exc, config)) from None
            note_rendered(writer, chosen, results)
            dropped = patch_search(site, writer, cache, changed, self.search_files)
            for url in dropped:
                writer.drop(url)
            writer.write("atom.xml", feeds.atom_feed(site))
            broken = check_targets(links, writer.table, writer.path_of)
            if broken:
                raise UnionnewsError(broken)
            writer.commit(journal=cache.journal)  # the journal stays until save(): the disk cache is behind
        except BaseException:
            writer.abort()
            raise
        for path, old, _new, problems in edits:
            key = stat_key(path)
            if key is not None:
                cache.parsed[str(path)] = Parsed(key, old, problems)
        cache.pages = writer.table
        if dropped or any(url.startswith("search/") and url not in self.search_files for url in writer.changed):
            self.search_files = {url for url in cache.pages if url.startswith("search/")}
        self.dirty = True
        return BuildReport(len(site.articles), len(site.issues), len(writer.table), writer.bytes,
                           time.perf_counter() - started, [p for e in edits for p in e[3]], len(writer.changed),
                           quick=True)

    def save(self) -> None:
        """Write the cache to disk (when idle): the next command-line build can then start from it."""
        with build_lock(self.config.root):
            if not self.dirty or self._disk() != self._left:  # another build saved its own cache: keep it
                return
            cache = self.built.cache
            cache.search_key = search_key(self.built.site, cache)  # left out of each update: it hashes every article
            cache.save(self.config.output_dir)
            self.dirty = False
            self._left = self._disk()
