"""`serve`'s rebuilds from memory: a corrected article is live in a fraction of a second.

A command-line build must first load what the last one left (the cache, the model,
the list of pages) and check site/ file by file, work that grows with the archive.
`serve` already holds all of it from its first build, so when a watched article file
changes and the edit is a text edit (textedit.py: same pages, only text changed), it
makes a new model with the edited articles (Site.replace_articles), and carries out the
text-edit plan as a build would (rebuild.apply_text_edit) with a writer that starts from
the site/ in memory (writers.OverlayWriter).  The model it held is never changed, so a
failed rebuild leaves it showing what site/ shows.  Anything else (a new or deleted
article, a changed date or tag, a template) runs the ordinary incremental build, which
also refreshes this state.

site/ is trusted without the per-file survey as long as no other process has built:
builds take the project's lock (cache.build_lock), and a `build` run meanwhile
changes the saved cache, the journal or site/'s inode (cache.disk_state), after
which the next change runs the ordinary incremental build from what it left.  The
cache on disk is saved when the server is idle; until then the commit journal
stays, so a command-line build after a crash starts clean.
"""
from __future__ import annotations

import time
from pathlib import Path

import jinja2

from unionnews import feeds, trust
from unionnews.config import Config
from unionnews.content import Article, parse_article
from unionnews.continuations import continued_pages, retitles
from unionnews.errors import Problem, UnionnewsError
from unionnews.incremental import textedit
from unionnews.incremental.cache import build_lock, disk_state, stat_key
from unionnews.incremental.rebuild import apply_text_edit, search_files, search_key
from unionnews.incremental.tables import Parsed
from unionnews.incremental.writers import OverlayWriter, clean_stale
from unionnews.linkcheck import check_targets
from unionnews.pages import Site
from unionnews.pipeline import BuildReport, Built, build_live, source_folders
from unionnews.render import Renderer, template_problem


class LiveSite:
    """The state of the last build, kept in memory; `update` replaces it with the next one's."""

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
        # What the first edit would otherwise make on the spot, delaying it; the workers
        # of the build made them, but in their own memory.
        renderer = Renderer(site, built.env)
        renderer.load_templates({template for _, template, _ in renderer.all_pages()})
        site.prepare_related()
        self._index(site)
        self.turned = continued_pages(site.articles)  # an edit there retitles a continuation: not a text edit
        self.search_files = search_files(built.cache)

    def _index(self, site: Site) -> None:
        self.position = {a.id: i for i, a in enumerate(site.articles)}
        self.by_path = {a.path: a for a in site.articles}

    def update(self, paths: set[Path]) -> BuildReport:
        """Bring site/ up to date after `paths` changed; raises UnionnewsError (site/ untouched) on bad input.

        A `build` run from the command line meanwhile (another process: it changed the saved
        cache, the journal or site/ itself) makes what this process holds stale: then the
        ordinary incremental build runs from what that build left, never the text-edit plan.
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
            self.report = self._apply(edits)
            self._left = self._disk()
            return self.report

    def _text_edits(self, paths: set[Path]) -> list[tuple[Path, Article, Article, list[Problem]]] | None:
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
            if old is None or textedit.shape(old) != textedit.shape(new) or retitles(old, self.turned) \
                    or retitles(new, self.turned) or trust.source_key(old) != trust.source_key(new):
                return None  # a published source text is written by the full build (pipeline._write_extras)
            edits.append((path, old, new, problems))
        return edits

    def _apply(self, edits: list[tuple[Path, Article, Article, list[Problem]]]) -> BuildReport:
        """Carry out the text-edit plan of `edits` into site/; the new model is taken only once it is committed."""
        started = time.perf_counter()
        config, built = self.config, self.built
        cache = built.cache
        assert cache.deps is not None  # a build that left no dependency map leaves no parsed entries either
        site = built.site.replace_articles(new for _path, old, new, _problems in edits if old.digest != new.digest)
        n = len(site.articles)
        changed = {n - 1 - self.position[old.id]: (old, new)  # search doc → (as site/ shows it, as it is now)
                   for _path, old, new, _problems in edits if old.digest != new.digest}
        plan = textedit.Plan(cache.deps.pages_showing(n - 1 - doc for doc in changed), changed)
        clean_stale(config.output_dir)
        writer = OverlayWriter(config.output_dir, config.root, source_folders(config), cache.pages)
        try:
            try:
                links = apply_text_edit(site, built.env, built.salt, plan, writer, cache, self.search_files)
            except jinja2.TemplateError as exc:
                raise UnionnewsError(template_problem(exc, config)) from None
            writer.write("atom.xml", feeds.atom_feed(site))
            broken = check_targets(links, writer.table, writer.path_of)
            if broken:
                raise UnionnewsError(broken)
            writer.commit(journal=cache.journal)  # the journal stays until save(): the disk cache is behind
        except BaseException:
            writer.abort()
            raise
        for path, old, new, problems in edits:
            key = stat_key(path)
            if key is not None:
                cache.parsed[str(path)] = Parsed(key, new if old.digest != new.digest else old, problems)
        cache.pages = writer.table
        known = set(self.search_files)
        if any(url not in writer.table for url in known) or \
                any(url.startswith("search/") and url not in known for url in writer.changed):
            self.search_files = search_files(cache)
        self.built = Built(site, built.env, cache, built.salt)
        self._index(site)
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
