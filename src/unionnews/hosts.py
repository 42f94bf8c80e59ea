"""Static hosts' published limits, and the built site measured against them (site.toml `host`).

Every build prints the site's size and file count against the chosen host's limits and
warns when any of them is 85% used, so a daily archive learns of the limit months before a
deploy fails; `--strict` makes the warning an error that stops the build (site/ left as it
was).  The limits are the hosts' own published figures, the smaller reading where a unit is
unclear (a gigabyte as 10^9 bytes), so a warning is never late.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from unionnews.errors import Problem

GB = 1000**3
MiB = 1024**2
WARN_AT = 0.85  # warn once this share of a limit is used


@dataclass(frozen=True)
class Limits:
    """A host's limits on one published site; None where it publishes none."""

    site_bytes: int | None = None
    files: int | None = None
    file_bytes: int | None = None
    folder_entries: int | None = None
    source: str = ""  # where the host states them


HOSTS: dict[str, Limits] = {
    "github-pages": Limits(site_bytes=1 * GB,
                           source="docs.github.com: GitHub Pages limits (published sites may be no larger than 1 GB)"),
    "gitlab-pages": Limits(site_bytes=1 * GB, files=200_000,
                           source="docs.gitlab.com: GitLab.com settings (Pages: 1 GB artifacts, 200,000 files)"),
    "cloudflare-pages": Limits(files=20_000, file_bytes=25 * MiB,
                               source="developers.cloudflare.com: Pages limits (20,000 files, 25 MiB a file)"),
    "netlify": Limits(folder_entries=54_000,
                      source="docs.netlify.com: Site deploys (no limit on files; 54,000 files per directory)"),
    "none": Limits(),
}


@dataclass(frozen=True)
class Usage:
    """What a host counts of a site: bytes, files, the largest file and the fullest folder."""

    bytes: int
    files: int
    largest: tuple[int, str]  # (bytes, url)
    fullest: tuple[int, str]  # (entries: files and subfolders, folder)


def measure(sizes: Mapping[str, int]) -> Usage:
    """Usage of a site given each file's size by its site-relative URL."""
    # each file is an entry of its folder (a URL's folder: what precedes its last "/"; URLs never hold "//")
    entries: Counter[str] = Counter(url.rpartition("/")[0] for url in sizes)
    folders: set[str] = set()
    for folder in list(entries):
        while folder and folder not in folders:  # each folder is an entry of its parent, once
            folders.add(folder)
            parent = folder.rpartition("/")[0]
            entries[parent] += 1
            folder = parent
    largest = max(((size, url) for url, size in sizes.items()), default=(0, ""))
    fullest = max(((n, folder) for folder, n in entries.items()), default=(0, ""))
    return Usage(sum(sizes.values()), len(sizes), largest, fullest)


def _share(used: int, limit: int | None) -> str:
    return "" if limit is None else f" of {_amount(limit)} ({used / limit:.0%})"


def _amount(n: int) -> str:
    return f"{n / 1e6:,.1f} MB" if n >= 1e6 else f"{n:,}"


def summary(usage: Usage, host: str) -> str:
    """One line for the build's output: the site against the host's limits."""
    limits = HOSTS[host]
    size, url = usage.largest
    entries, folder = usage.fullest
    return (f"{host}: {usage.bytes / 1e6:,.1f} MB{_share(usage.bytes, limits.site_bytes)}, "
            f"{usage.files:,} files{_share(usage.files, limits.files)}; largest file {size / 1e6:,.1f} MB"
            f"{_share(size, limits.file_bytes)} ({url}); fullest folder {entries:,} entries"
            f"{_share(entries, limits.folder_entries)} ({folder or '.'}/)")


def check(usage: Usage, host: str) -> list[Problem]:
    """A warning for each of the host's limits the site uses WARN_AT or more of."""
    limits = HOSTS[host]
    checks = [
        (usage.bytes, limits.site_bytes, "the site is {used} bytes", "site/"),
        (usage.files, limits.files, "the site has {used} files", "site/"),
        (usage.largest[0], limits.file_bytes, "the largest file is {used} bytes", f"site/{usage.largest[1]}"),
        (usage.fullest[0], limits.folder_entries, "the fullest folder has {used} entries", f"site/{usage.fullest[1]}"),
    ]
    problems = []
    for used, limit, what, where in checks:
        if limit is None or used < WARN_AT * limit:
            continue
        state = "over" if used > limit else f"{used / limit:.0%} of"
        problems.append(Problem(where, None, f"{what.format(used=f'{used:,}')}: {state} {host}'s limit of {limit:,} "
                                             f"({limits.source})",
                                "raise per_page in site.toml, split the archive into several sites, or choose a host "
                                "with room (site.toml host = …)", "warning"))
    return problems
