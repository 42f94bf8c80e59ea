#!/usr/bin/env python3
"""ZIM benchmark (issue 21): size and time of `unionnews zim` against the site it packs.

    .venv/bin/python bench/zim_bench.py -n 10000 [100000] [--work /tmp/unionnews-zim-bench] [--runs 1]

For each N: make the benchmark corpus once (../shared/bench/make_corpus.py, cached in WORK), lay out
a project (site.toml and a copy of content/), then, as whole processes timed with os.wait4, a clean
build (`unionnews build --clean`, from no site/ and no .cache/) and `unionnews zim` of that site.
Prints site/'s files and bytes, the ZIM's bytes, and the ratios the issue sets targets for:
ZIM bytes / site bytes (target ≤ 0.30) and ZIM time / clean build time (target ≤ 0.5), with
user+system CPU seconds beside each wall time, since the machine may be shared.  Not part of the
test suite: it measures, it never judges.
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = next((p for p in (ROOT.parent / "shared" / "bench", Path("/work/shared/bench")) if p.is_dir()),
              ROOT.parent / "shared" / "bench")


@dataclass
class Timed:
    wall: float
    cpu: float
    peak_mib: float


def timed(*command, cwd: Path) -> Timed:
    """Run a command as a child process; its wall time, CPU time (user+sys) and peak RSS."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(map(str, command))}\n{process.stderr.read().decode()}")
    return Timed(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def site_size(site: Path) -> tuple[int, int]:
    files = total = 0
    for folder, _, names in os.walk(site):
        for name in names:
            files += 1
            total += os.lstat(os.path.join(folder, name)).st_size
    return files, total


def project(work: Path, n: int) -> Path:
    corpus = work / f"corpus-{n}"
    if not (corpus / "content").is_dir():
        tmp = work / f"corpus-{n}.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        subprocess.run([sys.executable, str(SHARED / "make_corpus.py"), str(tmp), "-n", str(n)], check=True)
        tmp.rename(corpus)
    root = work / f"project-{n}"
    if not (root / "content").is_dir():
        root.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / "site.toml", root / "site.toml")
        shutil.copytree(corpus / "content", root / "content")
    return root


def settle() -> None:
    os.sync()
    time.sleep(5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, nargs="+", default=[10000])
    parser.add_argument("--work", type=Path, default=Path("/tmp/unionnews-zim-bench"))
    parser.add_argument("--runs", type=int, default=1, help="build + zim pairs per N (medians are reported)")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"{time.strftime('%Y-%m-%d')} · {os.cpu_count()} cores · python {platform.python_version()} · "
          f"load average at start {os.getloadavg()[0]:.1f}")
    print("| N | site files | site MB | ZIM MB | ZIM/site (≤ 0.30) | build wall s (cpu) | zim wall s (cpu) "
          "| zim/build wall (≤ 0.5) | zim/build cpu | zim peak MiB |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for n in args.n:
        root = project(args.work, n)
        py = sys.executable
        builds, zims = [], []
        for _ in range(args.runs):
            for name in ("site", ".cache"):
                shutil.rmtree(root / name, ignore_errors=True)
            out = args.work / f"bench-{n}.zim"
            out.unlink(missing_ok=True)
            settle()
            builds.append(timed(py, "-m", "unionnews", "build", "--clean", "--no-progress", cwd=root))
            settle()
            zims.append(timed(py, "-m", "unionnews", "zim", str(out), cwd=root))
        files, site_bytes = site_size(root / "site")
        zim_bytes = out.stat().st_size
        build_wall = statistics.median(b.wall for b in builds)
        build_cpu = statistics.median(b.cpu for b in builds)
        zim_wall = statistics.median(z.wall for z in zims)
        zim_cpu = statistics.median(z.cpu for z in zims)
        print(f"| {n:,} | {files:,} | {site_bytes / 1e6:.1f} | {zim_bytes / 1e6:.1f} | "
              f"{zim_bytes / site_bytes:.3f} | {build_wall:.1f} ({build_cpu:.1f}) | {zim_wall:.1f} ({zim_cpu:.1f}) | "
              f"{zim_wall / build_wall:.2f} | {zim_cpu / build_cpu:.2f} | {max(z.peak_mib for z in zims):.0f} |",
              flush=True)
    print(f"load average at end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
