"""The build cache in .cache/unionnews/: what the last build read and wrote, so the next one can do less.

Two tables, saved only after a build has committed site/:

- `parsed`: each article file's stat key (size, mtime, inode) → its parsed
  article and problems.  A file whose key is unchanged is not read again;
  like make or Hugo, an edit that keeps size and mtime is not seen
  (`build --clean` rebuilds everything).
- `pages`: each output file's URL → (fingerprint of its inputs, digest of its
  bytes).  A page whose fingerprint is unchanged is not rendered; a file
  whose bytes are unchanged is not written.

The tables trust site/ only if it is the very folder the last build
committed (same device and inode) and no commit was interrupted; otherwise
the build starts clean.  Deleting .cache/ is always safe.
"""
from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from unionnews import __version__

FORMAT = 3
# (size, mtime_ns, inode) of an article file
StatKey = tuple[int, int, int]


@dataclass
class BuildCache:
    folder: Path
    settings: str  # a digest of everything parsing depends on (version, site.toml)
    parsed: dict[str, tuple[StatKey, object, list]] = field(default_factory=dict)
    pages: dict[str, tuple[bytes, bytes]] = field(default_factory=dict)
    site_key: tuple[int, int] | None = None  # (st_dev, st_ino) of the site/ these pages describe
    search_key: dict = field(default_factory=dict)  # (start, count) of each search segment → digest of its articles
    salt: bytes = b""  # what every page depended on (fingerprint.salt_for) when `deps` was made
    deps: object = None  # quick.Dependencies: which articles each page shows

    @property
    def journal(self) -> Path:
        return self.folder / "commit-in-progress"

    def trusted_pages(self, output_dir: Path) -> dict[str, tuple[bytes, bytes]]:
        """The previous build's output table, if site/ is still exactly what that build left."""
        if self.site_key is None or self.journal.exists():
            return {}
        try:
            st = os.stat(output_dir)
        except OSError:
            return {}
        return self.pages if (st.st_dev, st.st_ino) == self.site_key else {}

    def save(self, output_dir: Path) -> None:
        st = os.stat(output_dir)
        self.site_key = (st.st_dev, st.st_ino)
        self.folder.mkdir(parents=True, exist_ok=True)
        temporary = self.folder / f"build.pickle.{os.getpid()}"
        with open(temporary, "wb") as handle:
            pickler = pickle.Pickler(handle, protocol=pickle.HIGHEST_PROTOCOL)
            # No memo: it would hold an entry for each of the millions of objects pickled (~390 MB at
            # 100k articles, the build's peak).  The cache has no cycles; shared strings are stored twice.
            pickler.fast = True
            pickler.dump((FORMAT, self.settings, self.parsed, self.pages, self.site_key, self.search_key,
                          self.salt, self.deps))
        os.replace(temporary, self.folder / "build.pickle")
        self.journal.unlink(missing_ok=True)  # site/ was just committed whole: it is consistent again


@lru_cache(maxsize=None)
def code_digest() -> str:
    """unionnews's own source: a changed parser or renderer must not reuse what the old one produced."""
    h = hashlib.blake2b(__version__.encode(), digest_size=16)
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        h.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def settings_digest(config) -> str:
    """Parsing depends on the code and the configuration (e.g. the paper names), so both key the cache."""
    return hashlib.blake2b(f"{code_digest()}\0{sorted(vars(config).items())!r}".encode("utf-8"),
                           digest_size=16).hexdigest()


def open_cache(root: Path, config, clean: bool = False) -> BuildCache:
    """The project's cache, or an empty one when cleaning, unreadable, or written by another version/settings."""
    folder = root / ".cache" / "unionnews"
    cache = BuildCache(folder, settings_digest(config))
    path = folder / "build.pickle"
    if clean or not path.is_file():
        return cache
    try:
        with open(path, "rb") as handle:
            fmt, settings, parsed, pages, site_key, search_key, salt, deps = pickle.load(handle)
    except Exception:  # a truncated or foreign file is just a cold cache
        return cache
    if fmt == FORMAT and settings == cache.settings:
        cache.parsed, cache.pages, cache.site_key, cache.search_key = parsed, pages, site_key, search_key
        cache.salt, cache.deps = salt, deps
    return cache


def stat_key(path: Path) -> StatKey | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ino)
