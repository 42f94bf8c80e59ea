"""Writing site/ atomically and only inside itself.

The build writes into a staging folder beside site/ and swaps it in at the
very end, so a build that fails or is killed leaves the previous site/
complete.  Every path is checked to stay inside the staging folder.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path, PurePosixPath

from unionnews.errors import Problem, UnionnewsError


class SiteWriter:
    """Collects output files in a staging folder; `commit()` makes them the new site/."""

    def __init__(self, output_dir: Path):
        self.output_dir = Path(output_dir)
        self.output_dir.parent.mkdir(parents=True, exist_ok=True)
        self.staging = Path(tempfile.mkdtemp(prefix=f".{self.output_dir.name}.building-",
                                             dir=self.output_dir.parent))
        self.written: set[str] = set()
        self.bytes = 0
        self._dirs: set[Path] = set()

    def target(self, url: str) -> Path:
        """The staging path for a site-relative URL; refuses anything that would land outside site/."""
        path = PurePosixPath(url)
        if path.is_absolute() or ".." in path.parts or not path.parts or "\\" in url or "\0" in url:
            raise UnionnewsError(Problem(url, None, "output path leaves the site folder",
                                         "ids and slugs may only use a-z, 0-9 and hyphens"))
        return self.staging.joinpath(*path.parts)

    def write(self, url: str, data: str | bytes) -> None:
        if url in self.written:
            raise UnionnewsError(Problem(url, None, "two pages would be written to the same file",
                                         "check for duplicate ids or slugs"))
        target = self.target(url)
        if target.parent not in self._dirs:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._dirs.add(target.parent)
        payload = data.encode("utf-8") if isinstance(data, str) else data
        with open(target, "wb") as handle:
            handle.write(payload)
        self.written.add(url)
        self.bytes += len(payload)

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

    def commit(self) -> None:
        """Swap the staging folder in as site/: two renames, the old tree removed after."""
        old = None
        if self.output_dir.exists():
            old = self.output_dir.with_name(f".{self.output_dir.name}.old-{os.getpid()}")
            os.replace(self.output_dir, old)
        os.replace(self.staging, self.output_dir)
        os.chmod(self.output_dir, 0o755)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)

    def abort(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)


def clean_stale(output_dir: Path) -> None:
    """Remove staging folders left by builds that were killed."""
    for pattern in (f".{output_dir.name}.building-*", f".{output_dir.name}.old-*"):
        for stale in output_dir.parent.glob(pattern):
            shutil.rmtree(stale, ignore_errors=True)
