"""Archive export and fixity checking: the whole archive as a BagIt bag (RFC 8493).

`export` first builds site/ from content/ (the same validation and atomic
build as `unionnews build`), so the bag's site/ is always the rendering of
the bag's content/: a bag never pairs a stale site with newer articles.  It
then copies site/, content/ and raw/ (raw/ only when the project has one) into
a staging folder beside OUT, makes the bag there with SHA-256 and SHA-512
manifests, and renames it to OUT, so an interrupted export never leaves a
half-made bag under OUT's name.  An existing, non-empty OUT is never touched.

`verify` re-hashes every file listed in the bag's manifests (payload and tag
files) with every algorithm the bag uses, and reports each changed, missing
or extra file by name, all in one run.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import re
import shutil
import stat
import tempfile
from pathlib import Path

import bagit

from unionnews import __version__
from unionnews.config import Config
from unionnews.errors import Problem, UnionnewsError, display_path
from unionnews.sources import build_folder_holding, outside_links

ALGORITHMS = ("sha256", "sha512")
PARTS = ("site", "content", "raw")  # folders of the project copied into the bag's data/
CHUNK = 1 << 20


# ---------------------------------------------------------------- export

def export(config: Config, out: Path) -> str:
    """Build site/, then write site/, content/ and raw/ as a BagIt bag at OUT; return a summary line."""
    from unionnews.content import load_content
    from unionnews.pipeline import build

    out = Path(os.path.abspath(out))
    shown = display_path(out, config.root)
    _check_out(config, out, shown)
    articles, _ = load_content(config)  # raises with every content problem before anything is written
    build(config, progress=False)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.bagging-", dir=out.parent))
    try:
        copied = 0
        for name in PARTS:
            source = config.output_dir if name == "site" else (
                config.content_dir if name == "content" else config.root / name)
            if source.is_dir():
                copied += _copy_tree(source, staging / name)
        info = _bag_info(config, articles)
        previous = logging.getLogger("bagit").level
        logging.getLogger("bagit").setLevel(logging.WARNING)
        try:
            bag = bagit.make_bag(str(staging), info, processes=1, checksums=list(ALGORITHMS))
        finally:
            logging.getLogger("bagit").setLevel(previous)
        os.chmod(staging, 0o755)
        if out.is_dir():
            out.rmdir()  # _check_out made sure it is empty
        os.replace(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    first, last = _date_range(articles)
    size = int(bag.info["Payload-Oxum"].split(".")[0])
    return (f"archived {len(articles)} articles ({first} to {last}) as a BagIt bag: {copied} files, "
            f"{size / 1048576:.1f} MB, SHA-256 and SHA-512 in {shown}; check it any time with "
            f"`python build.py verify {shown}`")


def _check_out(config: Config, out: Path, shown: str) -> None:
    if out.exists() and not out.is_dir():
        raise UnionnewsError(Problem(shown, None, "exists and is a file, not a folder",
                                     "name a new folder for the bag"))
    if out.is_dir() and any(out.iterdir()):
        raise UnionnewsError(Problem(shown, None, "already exists and is not empty; a bag is never overwritten",
                                     "name a new folder, e.g. archive-" + dt.date.today().isoformat()))
    inside = build_folder_holding(out, config)
    if inside is not None:
        raise UnionnewsError(Problem(shown, None, f"is inside {display_path(inside, config.root)}/, "
                                     "which the build reads or publishes or the bag holds",
                                     "put the bag outside site/, content/, raw/, templates/ and static/, "
                                     "e.g. beside the project"))
    escaped = outside_links([config.root / "raw"], config.root)  # content/, templates/, static/: the build
    if escaped:
        raise UnionnewsError(escaped)


def _copy_tree(source: Path, target: Path) -> int:
    """Copy every regular file under source (following symlinks, each real folder once); return the count."""
    count = 0
    seen: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(source, followlinks=True):
        try:
            st = os.stat(dirpath)
        except OSError:
            dirnames[:] = []
            continue
        if (st.st_dev, st.st_ino) in seen:  # a symlink loop
            dirnames[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        dirnames.sort()
        relative = Path(dirpath).relative_to(source)
        for name in sorted(filenames):
            path = Path(dirpath) / name
            try:
                if not stat.S_ISREG(os.stat(path).st_mode):
                    continue
            except OSError:  # a broken or looping link: nothing to keep (check reports it)
                continue
            destination = target / relative / name
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, destination)
            count += 1
    return count


def _date_range(articles) -> tuple[str, str]:
    dates = sorted(a.date for a in articles)
    return (dates[0].isoformat(), dates[-1].isoformat()) if dates else ("none", "none")


def _bagging_date(config: Config) -> str:
    """Today where the paper is published, or the day of SOURCE_DATE_EPOCH when it is set (reproducible exports)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdecimal():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date().isoformat()
    return config.today().isoformat()


def _bag_info(config: Config, articles) -> dict[str, str]:
    first, last = _date_range(articles)
    papers = sorted({a.paper for a in articles}, key=list(config.papers).index)
    issues = {(a.paper, a.date) for a in articles}
    return {
        "Source-Organization": config.publisher,
        "External-Description": f"{config.title}: {config.description}. data/site is the static site built "
                                f"from data/content (one Markdown file per article); data/raw holds the page "
                                f"texts the articles were imported from.",
        "External-Identifier": config.base_url,
        "Bagging-Date": _bagging_date(config),
        "Bag-Software-Agent": f"unionnews {__version__} with bagit.py {bagit.VERSION}",
        "Date-Range": f"{first}/{last}",
        "Article-Count": str(len(articles)),
        "Issue-Count": str(len(issues)),
        "Newspapers": ", ".join(papers) if papers else "none",
    }


# ---------------------------------------------------------------- verify

def verify(bag_path: Path) -> list[Problem]:
    """Every way the bag differs from its manifests: changed, missing and extra files, by name."""
    bag_path = Path(bag_path)
    shown = bag_path.as_posix().rstrip("/")
    if not bag_path.is_dir():
        return [Problem(shown, None, "does not exist or is not a folder", "give the folder `archive` wrote")]
    try:
        bag = bagit.Bag(str(bag_path))
    except (bagit.BagError, OSError, UnicodeDecodeError, ValueError) as exc:
        return [Problem(shown, None, f"is not a readable BagIt bag ({exc})",
                        "give the folder `archive` wrote (it holds bagit.txt and data/)")]
    problems: list[Problem] = []
    algorithms = [a for a in bag.algorithms if a in hashlib.algorithms_available]
    if not algorithms:
        return [Problem(f"{shown}/bagit.txt", None, "the bag has no manifest this tool can check",
                        "make the bag again with `python build.py archive OUT`")]
    try:
        only_in_manifest, only_on_disk = bag.compare_manifests_with_fs()
    except (bagit.BagError, OSError) as exc:
        return [Problem(shown, None, f"cannot be read: {exc}", "check the folder's permissions")]
    for rel in sorted(only_in_manifest):
        problems.append(Problem(f"{shown}/{rel}", None, "is missing (listed in the manifest, not in the bag)",
                                "restore it from another copy of the archive"))
    for rel in sorted(only_on_disk):
        problems.append(Problem(f"{shown}/{rel}", None, "is extra (in the bag, not in any manifest)",
                                "remove it, or make a new bag with `python build.py archive OUT`"))
    missing = set(only_in_manifest)
    for rel, stored in sorted(bag.entries.items()):
        if rel in missing:
            continue
        path = bag_path / bag.normalized_filesystem_names.get(rel, rel)
        wanted = {alg: stored[alg].lower() for alg in algorithms if alg in stored}
        if not wanted:
            continue
        try:
            mode = os.lstat(path).st_mode
        except OSError:
            mode = None
        if mode is None:
            if rel.startswith("data/"):
                continue  # already reported as missing
            problems.append(Problem(f"{shown}/{rel}", None, "is missing (listed in the tag manifest)",
                                    "restore it from another copy of the archive"))
            continue
        if not stat.S_ISREG(mode):  # never opened: a FIFO would block, a link would read another file
            problems.append(Problem(f"{shown}/{rel}", None, f"is not a regular file ({_kind(mode)}), so its "
                                    "bytes are not in the bag", "restore the file from another copy of the archive"))
            continue
        found = _hash(path, wanted)
        changed = sorted(alg for alg in wanted if found[alg] != wanted[alg])
        if changed:
            names = " and ".join(_label(a) for a in changed)
            problems.append(Problem(f"{shown}/{rel}", None,
                                    f"has changed since the bag was made ({names} "
                                    f"{'differ' if len(changed) > 1 else 'differs'}: {_label(changed[0])} expected "
                                    f"{wanted[changed[0]][:16]}…, found {found[changed[0]][:16]}…)",
                                    "restore it from another copy of the archive"))
    return problems + _check_bag_info(bag, bag_path, shown, payload_intact=not problems)


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISLNK, "a symbolic link"), (stat.S_ISDIR, "a folder"),
                       (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device")):
        if test(mode):
            return name
    return "not a file"


def _check_bag_info(bag, bag_path: Path, shown: str, payload_intact: bool) -> list[Problem]:
    """bag-info.txt against the payload itself, so an edit is caught even with the tag manifests gone.

    Its counts are compared only when every payload file matches the manifests: otherwise the
    changed, missing or extra files already say what is wrong.
    """
    problems = []
    if not list(bag_path.glob("tagmanifest-*.txt")):
        problems.append(Problem(f"{shown}/bag-info.txt", None, "the bag has no tag manifest "
                                "(tagmanifest-sha256.txt), so changes to bag-info.txt and the manifests "
                                "cannot be proven absent", "restore tagmanifest-*.txt from another copy of the "
                                "archive"))
    if not payload_intact:
        return problems
    files, size = 0, 0
    articles = 0
    for path in sorted((bag_path / "data").rglob("*")):
        try:
            st = os.lstat(path)
        except OSError:
            continue
        if stat.S_ISDIR(st.st_mode):
            continue
        files += 1
        size += st.st_size
        parts = path.relative_to(bag_path / "data").parts
        if parts[0] == "content" and path.suffix == ".md" and not any(p.startswith(("_", ".")) for p in parts[1:]):
            articles += 1
    stated = {"Payload-Oxum": f"{size}.{files}", "Article-Count": str(articles)}
    for key, found in stated.items():
        claimed = bag.info.get(key)
        if isinstance(claimed, list):
            claimed = claimed[0]
        if claimed is not None and str(claimed).strip() != found:
            problems.append(Problem(f"{shown}/bag-info.txt", None, f"{key} says {claimed}, but the payload has "
                                    f"{found}", "restore bag-info.txt from another copy of the archive"))
    return problems


def _label(algorithm: str) -> str:
    """sha256 → SHA-256, as RFC 8493 and people write it."""
    match = re.fullmatch(r"(sha|md)(\d+)", algorithm)
    return f"{match.group(1).upper()}-{match.group(2)}" if match else algorithm.upper()


def _hash(path: Path, algorithms) -> dict[str, str]:
    hashers = {alg: hashlib.new(alg) for alg in algorithms}
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            for hasher in hashers.values():
                hasher.update(chunk)
    return {alg: h.hexdigest() for alg, h in hashers.items()}
