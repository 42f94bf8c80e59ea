"""Writing site/ atomically and only inside itself.

The build writes into a staging folder beside site/ and swaps it in at the
very end, so a build that fails or is killed leaves the previous site/
complete.  On Linux the swap is one atomic renameat2(RENAME_EXCHANGE); where
that is missing it is two renames, and a build killed between them is
repaired by the next build (`clean_stale` puts the old tree back).  Every
path is checked to stay inside the staging folder, and the output folder may
never be, hold or sit inside the project's sources (content/, templates/…):
the swap replaces it wholesale.

An incremental build (the cache vouches for site/, see cache.py) stages only
the files whose bytes changed and moves them into site/ one rename each,
after every page has rendered and every link resolved; a journal in the
cache marks that short window, and a build killed inside it makes the next
build a clean one.
"""
from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from unionnews.errors import Problem, UnionnewsError, display_path
from unionnews.incremental.tables import PageEntry, Staged

_CREATE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
_UNSAFE = re.compile(r"[\x00-\x1f\x7f\\]")
# What the build's own URLs look like (ids, slugs, dates): taken without the general checks of target().
_PLAIN = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*(?:/[A-Za-z0-9_][A-Za-z0-9_.-]*)*")
# Written into every site the build makes.  The build replaces its output folder wholesale, so it
# only ever replaces a folder that carries this file (or an empty one): output_dir = "docs" or
# ".git" by mistake must fail, never delete what the build did not make.
MARKER = ".unionnews-site"
_MARKER_TEXT = ("This folder was made by `unionnews build`, which replaces it whole on every build.\n"
                "Keep nothing else here: files you add are removed by the next build.\n")


class SiteWriter:
    """A clean build: every file is staged beside site/, and `commit()` swaps the staging folder in whole.

    The writers of the other two modes (IncrementalWriter, OverlayWriter) start from the table of
    the site/ they update; `writer_for` picks a build's writer.
    """

    incremental = False  # whether this writer starts from a previous site/ (the subclasses)

    def __init__(self, output_dir: Path, root: Path | None = None, sources: Iterable[Path] = ()):
        self.output_dir = Path(os.path.abspath(output_dir))
        check_output_dir(self.output_dir, root, sources)
        self.output_dir.parent.mkdir(parents=True, exist_ok=True)
        self.staging = Path(tempfile.mkdtemp(prefix=f".{self.output_dir.name}.building-{os.getpid()}-",
                                             dir=self.output_dir.parent))
        # the files of site/ this build may keep as they are: none for a clean build
        self.previous: dict[str, PageEntry] = {}
        self.strays: list[str] = []  # files of site/ the previous build did not make
        self.table: dict[str, PageEntry] = {}  # the site being built
        self.changed: set[str] = set()  # files staged (all of them in a clean build)
        self.bytes = 0
        self._dirs: set[str] = set()
        self._staging = str(self.staging)
        self.distrusted: set[str] = set()  # files of site/ written again even if the table says they hold these bytes
        self._notes, self._sealed = 0, -1  # files noted so far; how many when the marker was written (seal)

    @property
    def written(self) -> set[str]:
        """Every file of the new site, staged or kept from the previous one."""
        return self.table.keys()  # type: ignore[return-value]

    def target(self, url: str) -> Path:
        """The staging path for a site-relative URL; refuses anything that would land outside site/."""
        path = PurePosixPath(url)
        if (path.is_absolute() or not path.parts or _UNSAFE.search(url)
                or any(part in ("..", ".") for part in url.split("/")) or "//" in url or url.endswith("/")):
            raise UnionnewsError(Problem(repr(url), None, "output path would leave the site folder "
                                         "(absolute, .. or a control character)",
                                         "ids and slugs may only use a-z, 0-9 and hyphens"))
        return self.staging.joinpath(*path.parts)

    def write(self, url: str, data: str | bytes, fingerprint: bytes = b"") -> None:
        self.note(url, fingerprint, self.put(url, data))

    def put(self, url: str, data: str | bytes) -> Staged:
        """Stage one file unless site/ already holds these bytes.

        Touches nothing but the file system, so pool workers call it on their copy of the writer.
        """
        payload = data.encode("utf-8") if isinstance(data, str) else data
        digest = hashlib.blake2b(payload, digest_size=16).digest()
        old = self.previous.get(url)
        if old is not None and old.digest == digest and url not in self.distrusted:
            return Staged(digest, len(payload), False)
        # Plain strings, not Path objects: this runs once per file of the site (hundreds of thousands).
        target = f"{self._staging}/{url}" if _PLAIN.fullmatch(url) else str(self.target(url))
        folder = target.rpartition("/")[0]
        if folder not in self._dirs:
            os.makedirs(folder, exist_ok=True)
            self._dirs.add(folder)
        # os.open/os.write: no buffered file object, no fstat or isatty call, for every one of many small files
        try:
            fd = os.open(target, _CREATE, 0o644)
            try:
                view = memoryview(payload)
                while view:
                    view = view[os.write(fd, view):]
            finally:
                os.close(fd)
        except OSError as exc:  # disk full: os.write names no file, and the message must
            exc.filename = exc.filename or target
            raise
        return Staged(digest, len(payload), True)

    def note(self, url: str, fingerprint: bytes, file: Staged) -> None:
        """Record a file of the new site (staged now, or kept as it is in site/)."""
        if url in self.table:
            raise _same_file(url)
        self._enter(url, fingerprint, file)

    def _enter(self, url: str, fingerprint: bytes, file: Staged) -> None:
        self.table[url] = PageEntry(fingerprint, file.digest, file.size)
        self.bytes += file.size
        self._notes += 1
        if file.staged:
            self.changed.add(url)

    def noted(self, url: str) -> bool:
        """Whether this build has noted the file (written or kept)."""
        return url in self.table

    def keep(self, url: str) -> None:
        """A page whose inputs are unchanged: site/ already holds it."""
        old = self.previous[url]
        self.note(url, old.fingerprint, Staged(old.digest, old.size, False))

    def carry(self, urls: Iterable[str]) -> None:
        """Files of the previous site that this build neither made nor removed: they stay as they are.

        keep() for each, in bulk: publishing a day carries every other page of the archive this way.
        """
        table, previous = self.table, self.previous
        kept = [url for url in dict.fromkeys(urls) if url not in table]
        entries = [previous[url] for url in kept]  # the previous entry itself: keep() would make its twin
        table.update(zip(kept, entries))
        self.bytes += sum(entry.size for entry in entries)
        self._notes += len(kept)

    def drop(self, url: str) -> None:
        """A file that the new site does not have after all."""
        entry = self.table.pop(url, None)
        if entry is not None:
            self.bytes -= entry.size
            if url in self.changed:
                self.changed.discard(url)
                os.unlink(self.target(url))
            self._notes += 1  # the marker must be written again (seal)

    def seal(self) -> None:
        """Write the marker file with a digest of every other file (contents_seal), replacing any earlier one.

        The build cache trusts a site/ whose marker it recorded (cache.py), wherever that folder came
        from.  The build seals before it measures the site against its host's limits, so the marker counts.
        """
        old = self.table.pop(MARKER, None)
        if old is not None:
            self.bytes -= old.size
            self.changed.discard(MARKER)
            self._unnote(MARKER)
        self.write(MARKER, _MARKER_TEXT + f"contents: {contents_seal(self.table)}\n")
        self._sealed = self._notes

    def _unnote(self, url: str) -> None:
        """Forget that this build noted the file (seal writes the marker again)."""

    def path_of(self, url: str) -> Path:
        """Where a file of the new site is now: staged, or still in site/."""
        return self.target(url) if url in self.changed else self.output_dir.joinpath(*url.split("/"))

    def copy_tree(self, source: Path, prefix: str, skip: Path | None = None) -> None:
        """Copy a folder of static files (CSS, JS) under prefix/; files also in `skip` are left to it."""
        if not source.is_dir():
            return
        for path in sorted(source.rglob("*")):
            relative = path.relative_to(source)
            if skip is not None and (skip / relative).exists():
                continue
            if path.is_file() and not path.name.startswith("."):
                self.write(f"{prefix}/{relative.as_posix()}", path.read_bytes())

    def commit(self, journal: Path | None = None) -> None:
        """Make the new site live: swap the staging folder in (the marker file is written last: seal)."""
        if self._sealed != self._notes:
            self.seal()
        self._swap()

    def _swap(self) -> None:
        """Staging holds the whole site: swap it in."""
        os.chmod(self.staging, 0o755)
        if self.output_dir.is_dir() and not self.output_dir.is_symlink() and _exchange(self.staging, self.output_dir):
            shutil.rmtree(self.staging, ignore_errors=True)  # now holds the previous site
            return
        old = None
        if self.output_dir.exists() or self.output_dir.is_symlink():
            old = self.output_dir.with_name(f".{self.output_dir.name}.old-{os.getpid()}")
            os.replace(self.output_dir, old)
        os.replace(self.staging, self.output_dir)
        if old is not None:
            if old.is_dir() and not old.is_symlink():
                shutil.rmtree(old, ignore_errors=True)
            else:
                old.unlink()

    def abort(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)


class IncrementalWriter(SiteWriter):
    """A build over the site/ the last one left (the cache vouches for it): only files whose bytes changed
    are staged, and `commit()` moves them into site/ (and removes the files the new site lacks).

    previous: url → PageEntry of each file of that site/ still there as the cache describes it, and
    strays: the files there that it did not make (survey() finds both).
    """

    incremental = True

    def __init__(self, output_dir: Path, root: Path | None, sources: Iterable[Path],
                 previous: dict[str, PageEntry], strays: Iterable[str] = ()):
        super().__init__(output_dir, root, sources)
        self.previous = previous
        self.strays = list(strays)

    def commit(self, journal: Path | None = None) -> None:
        """Make the new site live: move the changed files in, or swap staging in when every file changed."""
        if self._sealed != self._notes:
            self.seal()
        if len(self.changed) < len(self.table):
            self._commit_changes(journal)
        else:
            self._swap()

    def _removed(self) -> set[str]:
        """Files of the previous site that the new one does not have."""
        return set(self.previous) - set(self.table)

    def _commit_changes(self, journal: Path | None) -> None:
        """Move the changed files in, all or nothing: every file replaced or removed is first set aside
        (a rename within the file system), and put back if any step fails."""
        journaled = journal is not None and journal.exists()  # serve's earlier commits, not yet in the cache
        if journal is not None:
            journal.parent.mkdir(parents=True, exist_ok=True)
            journal.write_text("an incremental commit into site/ started and did not finish\n", encoding="utf-8")
        aside = Path(tempfile.mkdtemp(prefix=f".{self.output_dir.name}.previous-{os.getpid()}-",
                                      dir=self.output_dir.parent))
        undo: list[tuple[Path, Path | None]] = []  # (path in site/, its previous file set aside or None)
        made: set[Path] = set()
        created: list[Path] = []  # folders of site/ this commit made
        removed = self._removed()
        try:
            for n, url in enumerate(sorted(self.changed)):
                target = self.output_dir.joinpath(*url.split("/"))
                if target.parent not in made:
                    new = [f for f in (target.parent, *target.parent.parents) if not f.exists()]
                    target.parent.mkdir(parents=True, exist_ok=True)
                    made.add(target.parent)
                    created += new
                undo.append((target, self._set_aside(target, aside, n)))
                os.chmod(self.target(url), 0o644)
                os.replace(self.target(url), target)
            for n, url in enumerate(sorted(removed | set(self.strays)), start=len(self.changed)):
                gone = self.output_dir.joinpath(*url.split("/"))
                kept = self._set_aside(gone, aside, n)
                if kept is not None:
                    undo.append((gone, kept))
        except BaseException:
            for target, previous in reversed(undo):  # site/ back to the previous build, file by file
                if previous is not None:
                    os.replace(previous, target)
                else:
                    with contextlib.suppress(OSError):
                        target.unlink()
            for folder in sorted(created, key=lambda f: len(f.parts), reverse=True):  # deepest first
                with contextlib.suppress(OSError):
                    folder.rmdir()
            shutil.rmtree(aside, ignore_errors=True)
            if journal is not None and not journaled:
                journal.unlink(missing_ok=True)  # site/ is what the cache says again
            raise
        for url in sorted(removed | set(self.strays)):
            for folder in self.output_dir.joinpath(*url.split("/")).parents:  # folders the removal emptied
                if folder == self.output_dir or not folder.is_dir() or any(folder.iterdir()):
                    break
                folder.rmdir()
        shutil.rmtree(aside, ignore_errors=True)
        shutil.rmtree(self.staging, ignore_errors=True)  # the journal stays until the cache describes site/

    @staticmethod
    def _set_aside(path: Path, aside: Path, n: int) -> Path | None:
        """Move a file of site/ out of the way (same file system: a rename); None if there was none."""
        kept = aside / str(n)
        try:
            os.replace(path, kept)
        except FileNotFoundError:
            return None
        return kept


class OverlayWriter(IncrementalWriter):
    """serve's rebuild from memory (live.py): the new site starts as the previous one, whole, taken as it
    is (serve wrote site/ itself a moment ago: no survey); `note` replaces an entry, `drop` removes one.

    An edit then costs the files it touches, not a pass over every file of the site.
    """

    def __init__(self, output_dir: Path, root: Path | None, sources: Iterable[Path],
                 previous: dict[str, PageEntry]):
        super().__init__(output_dir, root, sources, previous)
        self.table = dict(previous)
        self.bytes = sum(entry.size for entry in self.table.values())
        self._noted: set[str] = set()  # the files this build has noted (the others are inherited)
        self._dropped: set[str] = set()  # files of the previous site that go

    def note(self, url: str, fingerprint: bytes, file: Staged) -> None:
        if url in self._noted:
            raise _same_file(url)
        self._noted.add(url)
        self._dropped.discard(url)
        old = self.table.get(url)
        if old is not None:
            self.bytes -= old.size
        self._enter(url, fingerprint, file)

    def noted(self, url: str) -> bool:
        """Whether this build has noted the file, not merely inherited it."""
        return url in self._noted

    def carry(self, urls: Iterable[str]) -> None:
        """Every file of the previous site is carried already."""

    def drop(self, url: str) -> None:
        if url in self.table:
            self._dropped.add(url)
            self._noted.discard(url)
        super().drop(url)

    def _unnote(self, url: str) -> None:
        self._noted.discard(url)

    def _removed(self) -> set[str]:
        return self._dropped


def writer_for(output_dir: Path, root: Path | None, sources: Iterable[Path], trusted: dict[str, PageEntry],
               sizes: dict[str, int] | None = None) -> SiteWriter:
    """A build's writer: incremental over what of `trusted` (the last build's table, cache.trusted_pages)
    site/ still holds (survey), else clean.  `sizes`: file_sizes(output_dir), when walked already."""
    if trusted:
        check_output_dir(Path(os.path.abspath(output_dir)), root, sources)  # before site/ is walked
        previous, strays = survey(Path(os.path.abspath(output_dir)), trusted, sizes)
        if previous:
            return IncrementalWriter(output_dir, root, sources, previous, strays)
    return SiteWriter(output_dir, root, sources)


def _same_file(url: str) -> UnionnewsError:
    return UnionnewsError(Problem(url, None, "two pages would be written to the same file",
                                  "check for duplicate ids or slugs"))


def contents_seal(table: dict[str, PageEntry]) -> str:
    """A digest of a site's files (each URL and the digest of its bytes), the marker left out: the same for
    the same site however it was built, so a clean and an incremental build write the same marker."""
    h = hashlib.blake2b(digest_size=16)
    h.update("\n".join(f"{url} {table[url].digest.hex()}" for url in sorted(table) if url != MARKER).encode("utf-8"))
    return h.hexdigest()


def survey(output_dir: Path, previous: dict[str, PageEntry], sizes: dict[str, int] | None = None
           ) -> tuple[dict[str, PageEntry], list[str]]:
    """What of the previous build is really in site/: entries whose file is there with its size, and strays.

    site/ must end up exactly as a clean build would make it, so a file someone
    dropped in is removed and a file someone truncated or edited (to another size) is written again.
    `sizes`: file_sizes(output_dir), when it was walked already.
    """
    if sizes is None:
        sizes = file_sizes(output_dir)
    kept = {url: entry for url, entry in previous.items() if sizes.get(url) == entry.size}
    return kept, sorted(url for url in sizes if url not in previous)


def file_sizes(output_dir: Path) -> dict[str, int]:
    """Every file under output_dir (URL → size), links not followed; {} when there is no such folder."""
    sizes: dict[str, int] = {}

    def visit(path: str, prefix: str) -> None:
        try:
            entries = list(os.scandir(path))
        except OSError:
            return
        for entry in entries:  # scandir's d_type says which are folders; one lstat per file for its size
            if entry.is_dir(follow_symlinks=False):
                visit(entry.path, prefix + entry.name + "/")
            else:
                try:
                    sizes[prefix + entry.name] = entry.stat(follow_symlinks=False).st_size
                except OSError:
                    continue

    visit(str(output_dir), "")
    return sizes


def check_output_dir(output_dir: Path, root: Path | None = None, sources: Iterable[Path] = ()) -> None:
    """Refuse an output folder whose wholesale replacement would delete sources (e.g. output_dir = "content").

    It may not be, or contain, the project folder or any source folder, nor sit inside a source folder.
    """
    out = Path(os.path.abspath(output_dir))
    fix = 'set output_dir = "site" in site.toml (a folder only the build writes to)'
    guarded = [(Path(os.path.abspath(root)), "the project folder")] if root is not None else []
    guarded += [(Path(os.path.abspath(s)), f"the source folder {Path(s).name}/") for s in sources]
    for path, what in guarded:
        if out == path or out in path.parents:
            raise UnionnewsError(Problem("site.toml", None, f"output_dir {display_path(out, root)} would replace "
                                         f"{what}: every build replaces the output folder wholesale", fix))
        if path in out.parents and what != "the project folder":
            raise UnionnewsError(Problem("site.toml", None, f"output_dir {display_path(out, root)} is inside "
                                         f"{what}", fix))
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise UnionnewsError(Problem("site.toml", None, f"output_dir {display_path(out, root)} is not a folder "
                                     "the build made (a file or a symbolic link)", fix))
    if out.is_dir() and not (out / MARKER).is_file() and any(out.iterdir()):
        raise UnionnewsError(Problem(
            "site.toml", None, f"output_dir {display_path(out, root)} already exists and was not made by "
            f"this build (it has no {MARKER} file): the build replaces its output folder whole and would "
            "delete what is there",
            f'{fix}, or empty or remove {display_path(out, root)} yourself if it is an old build\'s output'))


def clean_stale(output_dir: Path) -> None:
    """Remove staging folders left by killed builds; put site/ back if a build died mid-swap.

    A staging folder whose build process is still running (e.g. `serve` rebuilding) is left alone.
    """
    output_dir = Path(os.path.abspath(output_dir))
    olds = sorted(output_dir.parent.glob(f".{output_dir.name}.old-*"), key=lambda p: p.stat().st_mtime)
    if olds and not output_dir.exists():
        os.replace(olds.pop(), output_dir)  # killed between the two renames: the old tree is the site
    for stale in olds:
        shutil.rmtree(stale, ignore_errors=True)
    for stale in [*output_dir.parent.glob(f".{output_dir.name}.building-*"),
                  *output_dir.parent.glob(f".{output_dir.name}.previous-*")]:
        match = re.match(rf"\.{re.escape(output_dir.name)}\.(?:building|previous)-(\d+)-", stale.name)
        if match and _alive(int(match.group(1))):
            continue
        shutil.rmtree(stale, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths with Linux renameat2(RENAME_EXCHANGE); False where unsupported."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    renameat2.restype = ctypes.c_int
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    if ctypes.get_errno() in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP, errno.EXDEV, errno.EPERM):
        return False
    raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()), str(b))
