"""The build cache in .cache/unionnews/: what the last build read and wrote, so the next one can do less.

Two tables, saved only after a build has committed site/:

- `parsed`: each article file's stat key (size, mtime, inode) → its parsed
  article and problems.  A file whose key is unchanged is not read again;
  like make or Hugo, an edit that keeps size and mtime is not seen
  (`build --clean` rebuilds everything).  It is saved in shards, one per
  folder two levels above the files (content/YYYY/MM), and only the shards
  whose entries changed are written again: publishing today's issue rewrites
  one month, not the archive.
- `pages`: each output file's URL → its PageEntry (fingerprint of its inputs,
  digest of its bytes, size).  A page whose fingerprint is unchanged is not
  rendered; a file whose bytes are unchanged is not written.

The tables trust site/ only if it holds the very marker file the last build
committed (writers.MARKER, which carries a digest of every file of that site) and
no commit was interrupted; otherwise the build starts clean.  The marker, not
the folder's inode, is what is compared, so a site/ restored elsewhere (a CI job's
cache, a copy) is trusted as long as it is what the last build made; the files
are then checked for presence and size (writers.survey).  Deleting .cache/ is
always safe.

A file whose stat key changed (a fresh checkout gives every file a new mtime and
inode) is read and compared with the digest of what was parsed before; only a
file whose bytes changed is parsed again (unionnews.pipeline._read).

The rows are the records of tables.py.  On disk `pages` is four columns (URLs, fingerprints,
digests, sizes) rather than a record per row: a pickle without a memo would name the record's
class again in every row.
"""
from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import hashlib
import logging
import os
import pickle
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from unionnews import __version__
from unionnews.content import LATER_BODY, Article
from unionnews.errors import Problem, UnionnewsError, display_path
from unionnews.incremental.tables import Dependencies, PageEntry, Parsed, SearchKey, StatKey
from unionnews.incremental.writers import MARKER

FORMAT = 9  # paths relative to the project; a shard's bodies in a pickle of their own after its rows


@dataclass
class BuildCache:
    folder: Path
    settings: str  # a digest of everything parsing depends on (version, site.toml)
    parsed: dict[str, Parsed] = field(default_factory=dict)  # article file's path → its entry
    pages: dict[str, PageEntry] = field(default_factory=dict)  # each file of site/ by URL
    site_key: str | None = None  # the marker file (writers.MARKER) of the site/ these pages describe
    search_key: SearchKey = field(default_factory=dict)  # each search segment → digest of its articles
    salt: bytes = b""  # what every page depended on (fingerprint.salt_for) when `deps` was made
    deps: Dependencies | None = None  # which articles each page shows
    slugs: dict[tuple[str, int], str] = field(default_factory=dict)  # pages.SLUGS (the code digest keys the cache)
    # shard of `parsed` (_shard_of) → (its file in shards/, its entries as that file holds them)
    shards: dict[str, tuple[str, dict[str, Parsed]]] = field(default_factory=dict, repr=False)

    @property
    def journal(self) -> Path:
        return self.folder / "commit-in-progress"

    def trusted_pages(self, output_dir: Path) -> dict[str, PageEntry]:
        """The previous build's output table, if site/ is still exactly what that build left."""
        if self.site_key is None or self.journal.exists():
            return {}
        return self.pages if _marker(output_dir) == self.site_key else {}

    def save(self, output_dir: Path) -> None:
        self.site_key = _marker(output_dir)
        self.folder.mkdir(parents=True, exist_ok=True)
        files = self._save_shards()
        temporary = self.folder / f"build.pickle.{os.getpid()}"
        with open(temporary, "wb") as handle:
            pickler = pickle.Pickler(handle, protocol=pickle.HIGHEST_PROTOCOL)
            # No memo: it would hold an entry for each of the hundreds of thousands of objects pickled,
            # and set the build's peak memory.  The tables have no cycles and share few objects.
            pickler.fast = True
            inside = _inside(self.folder)
            pickler.dump((FORMAT, self.settings, {_relative(shard, inside): name for shard, name in files.items()},
                          _columns(self.pages), self.site_key, self.search_key, self.salt, self.deps, self.slugs))
        os.replace(temporary, self.folder / "build.pickle")  # names the shards it was saved with
        self.journal.unlink(missing_ok=True)  # site/ was just committed whole: it is consistent again
        for stale in (self.folder / SHARDS).iterdir():  # shards no saved cache names any more
            if stale.name not in files.values():
                stale.unlink(missing_ok=True)

    def _save_shards(self) -> dict[str, str]:
        """Write the shards of `parsed` whose entries changed since they were loaded or saved; shard → file.

        A changed shard goes to a new file, so the cache saved last (build.pickle) names a complete
        set of shards until the moment it is replaced.  Within a shard the pickle keeps its memo:
        names, places and field names repeat across a month's articles, and are then stored and
        loaded once.
        """
        groups: dict[str, dict[str, Parsed]] = {}
        shard_of: dict[str, str] = {}  # a file's folder → its shard: _shard_of once per folder, not per file
        for path, entry in self.parsed.items():
            folder = path.rpartition("/")[0]
            shard = shard_of.get(folder)
            if shard is None:
                shard = shard_of[folder] = _shard_of(path)
            groups.setdefault(shard, {})[path] = entry
        (self.folder / SHARDS).mkdir(exist_ok=True)
        inside = _inside(self.folder)
        files: dict[str, str] = {}
        for shard, entries in groups.items():
            known = self.shards.get(shard)
            if known is None or not _same_entries(known[1], entries):
                name = f"{hashlib.blake2b(shard.encode('utf-8', 'surrogateescape'), digest_size=8).hexdigest()}" \
                       f"-{os.urandom(6).hex()}.pickle"
                temporary = self.folder / SHARDS / f"{name}.{os.getpid()}"
                rows, bodies = _rows(entries, inside)
                with open(temporary, "wb") as handle:
                    pickle.dump(rows, handle, protocol=pickle.HIGHEST_PROTOCOL)
                    pickle.dump(bodies, handle, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(temporary, self.folder / SHARDS / name)
                known = (name, entries)
            self.shards[shard] = (known[0], entries)
            files[shard] = known[0]
        for shard in set(self.shards) - set(groups):
            del self.shards[shard]
        return files


SHARDS = "parsed"  # the folder of the shards of BuildCache.parsed


def _shard_of(path: str) -> str:
    """The shard of an article file's entry: the folder two levels above it (content/YYYY/MM for content/YYYY/MM/DD/x.md)."""
    return os.path.dirname(os.path.dirname(path))


# An article is stored as the tuple of its fields' values (the code digest keys the cache, so the fields are
# those of the code that reads it back): no dict of field names per article to write, read and discard.
# The body is not among them: a shard's bodies follow its rows as a list of their own (_LaterBodies).
_FIELDS = tuple(f.name for f in dataclasses.fields(Article) if f.name != "body")


def _columns(pages: dict[str, PageEntry]) -> tuple[list[str], list[bytes], list[bytes], list[int]]:
    """The pages table as four columns: URLs, fingerprints, digests, sizes."""
    entries = pages.values()
    return list(pages), [e.fingerprint for e in entries], [e.digest for e in entries], [e.size for e in entries]


def _pages(columns: tuple[list[str], list[bytes], list[bytes], list[int]]) -> dict[str, PageEntry]:
    urls, fingerprints, digests, sizes = columns
    return dict(zip(urls, map(PageEntry._make, zip(fingerprints, digests, sizes))))


def _inside(folder: Path) -> str:
    """The start of every path inside the project whose cache is in folder (.cache/unionnews/): its root and a slash.

    On disk the files and shards of `parsed` are named relative to the project (_relative, _absolute), so a
    project moved or copied elsewhere keeps its parse cache; in memory they are the paths content.find gives.
    """
    return os.path.join(str(folder.parent.parent), "")


def _relative(path: str, inside: str) -> str:
    return path[len(inside):] if path.startswith(inside) else path


def _absolute(path: str, inside: str) -> str:
    return path if path.startswith(os.sep) else inside + path


def _rows(entries: dict[str, Parsed], inside: str) -> tuple[list[tuple], list[str]]:
    """A shard's entries as rows (path relative to the project, stat key, the article's field values but its body,
    or None; problems), and the bodies of its articles in the order of their rows."""
    cut = len(inside)
    rows: list[tuple] = []
    bodies: list[str] = []
    for path, (key, article, problems) in entries.items():
        where = path[cut:] if path.startswith(inside) else path
        if article is None:
            rows.append((where, key, None, problems))
            continue
        values = article.__dict__
        rows.append((where, key, tuple(values[name] for name in _FIELDS), problems))
        bodies.append(article.body)  # read now if it was not yet: the shard's file is about to be replaced
    return rows, bodies


def _entries(rows: list[tuple], inside: str, bodies: "_LaterBodies") -> dict[str, Parsed]:
    """The entries again, each article made as pickle would make it (no __init__: its values were checked),
    without its body: `bodies` reads them when one is first asked for (content._LaterBody)."""
    make, fields = object.__new__, _FIELDS
    entries: dict[str, Parsed] = {}
    articles = bodies.articles
    for path, key, values, problems in rows:
        article = None
        if values is not None:
            article = make(Article)
            state = article.__dict__
            state.update(zip(fields, values))
            state[LATER_BODY] = bodies
            articles.append(article)
        entries[path if path.startswith(os.sep) else inside + path] = Parsed(key, article, problems)
    return entries


class _LaterBodies:
    """The bodies of one shard's articles, read from its file when the first of them is asked for.

    A publish renders and indexes a few thousand articles of an archive of a hundred thousand, and
    the bodies are most of the cache's bytes.  The file stays until a save replaces it, and a save
    reads the bodies of a shard before it writes the shard again (_rows).
    """

    def __init__(self, path: Path, offset: int):
        self.path, self.offset = path, offset
        self.articles: list[Article] = []  # in the order of the shard's rows, as the bodies are stored

    def load(self) -> None:
        articles, self.articles = self.articles, []
        if not articles:
            return
        try:
            with open(self.path, "rb") as handle:
                handle.seek(self.offset)
                bodies = pickle.load(handle)
            if not isinstance(bodies, list) or len(bodies) != len(articles):
                raise ValueError("not the bodies of this shard")
        except Exception as exc:  # the cache was removed or replaced under a build that had read it
            self.articles = articles
            raise UnionnewsError(Problem(display_path(self.path, self.path.parents[3]), None,
                                         f"the build cache changed while a build was using it ({exc})",
                                         "run the build again; `build --clean` if it happens again")) from None
        for article, body in zip(articles, bodies):
            state = article.__dict__
            state["body"] = body
            del state[LATER_BODY]


def _same_entries(old: dict[str, Parsed], new: dict[str, Parsed]) -> bool:
    """Whether a shard's entries are those it was saved with: the same stat keys, the very same parsed articles."""
    if len(old) != len(new):
        return False
    for path, entry in new.items():
        before = old.get(path)
        if before is None or before.key != entry.key or before.article is not entry.article \
                or before.problems is not entry.problems:
            return False
    return True


_in_process = threading.RLock()
_depth = 0


@contextlib.contextmanager
def build_lock(root: Path) -> Iterator[None]:
    """One build at a time per project: `build` and `serve`'s rebuilds take .cache/unionnews/lock.

    Two processes moving files into site/ and saving the cache at once would leave a
    cache describing neither's site/.  Re-entrant within a process (serve's update runs a
    build).  A project whose .cache/ cannot be written builds without the lock.
    """
    global _depth
    with _in_process:
        if _depth:
            _depth += 1
            try:
                yield
            finally:
                _depth -= 1
            return
        folder = root / ".cache" / "unionnews"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd = os.open(folder / "lock", os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        except OSError:
            fd = None
        try:
            if fd is not None:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    logging.getLogger("unionnews").warning(
                        "waiting for another build of this project to finish (%s)", folder / "lock")
                    fcntl.flock(fd, fcntl.LOCK_EX)
            _depth = 1
            try:
                yield
            finally:
                _depth = 0
        finally:
            if fd is not None:
                fcntl.flock(fd, fcntl.LOCK_UN)  # for forked workers' copies of the descriptor too
                os.close(fd)


def disk_state(root: Path, output_dir: Path) -> tuple:
    """What another process changes when it builds: the saved cache, the commit journal, site/'s inode.

    serve compares it with what it left, to notice a `build` run meanwhile (live.py).
    """
    folder = root / ".cache" / "unionnews"
    state = []
    for path in (folder / "build.pickle", folder / "commit-in-progress", output_dir):
        try:
            st = os.stat(path)
            state.append((st.st_dev, st.st_ino, st.st_size if path != output_dir else 0, st.st_mtime_ns
                          if path != output_dir else 0))
        except OSError:
            state.append(None)
    return tuple(state)


def _marker(output_dir: Path) -> str | None:
    try:
        return (output_dir / MARKER).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


@lru_cache(maxsize=None)
def code_digest() -> str:
    """unionnews's own source: a changed parser or renderer must not reuse what the old one produced."""
    h = hashlib.blake2b(__version__.encode(), digest_size=16)
    package = Path(__file__).resolve().parents[1]  # unionnews/, not this subpackage
    for path in sorted(package.rglob("*.py")):
        h.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def settings_digest(config) -> str:
    """Parsing depends on the code and the configuration (e.g. the paper names), so both key the cache.

    The project's folder is not part of it, and a folder inside the project is keyed by its path there:
    a project moved or copied elsewhere (a CI runner's workspace, a restored backup) keeps its cache.
    """
    settings = sorted((name, _portable(value, config.root)) for name, value in vars(config).items() if name != "root")
    return hashlib.blake2b(f"{code_digest()}\0{settings!r}".encode("utf-8"), digest_size=16).hexdigest()


def _portable(value: object, root: Path) -> object:
    """A setting as the cache is keyed by it: a path inside the project relative to it, any other as it is."""
    if isinstance(value, Path):
        return ("project", value.relative_to(root).as_posix()) if value.is_relative_to(root) else str(value)
    return value


def open_cache(root: Path, config, clean: bool = False) -> BuildCache:
    """The project's cache, or an empty one when cleaning, unreadable, or written by another version/settings."""
    folder = root / ".cache" / "unionnews"
    cache = BuildCache(folder, settings_digest(config))
    path = folder / "build.pickle"
    if clean or not path.is_file():
        return cache
    try:
        with open(path, "rb") as handle:
            fmt, settings, files, columns, site_key, search_key, salt, deps, slugs = pickle.load(handle)
        if fmt != FORMAT or settings != cache.settings:
            return cache
        pages = _pages(columns)
        parsed: dict[str, Parsed] = {}
        shards: dict[str, tuple[str, dict[str, Parsed]]] = {}
        inside = _inside(folder)
        for shard, name in files.items():
            with open(folder / SHARDS / name, "rb") as handle:
                rows = pickle.load(handle)
                later = _LaterBodies(folder / SHARDS / name, handle.tell())  # the bodies follow the rows
            entries = _entries(rows, inside, later)
            parsed.update(entries)
            shards[_absolute(shard, inside)] = (name, entries)
    except Exception:  # a truncated, missing or foreign file is just a cold cache
        return cache
    cache.parsed, cache.pages, cache.site_key, cache.search_key = parsed, pages, site_key, search_key
    cache.salt, cache.deps, cache.slugs, cache.shards = salt, deps, slugs, shards
    return cache


def stat_key(path: Path) -> StatKey | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ino)
