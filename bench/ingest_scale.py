"""Import time against page size: seed page 002 (columns read out of order) repeated.

Usage: python3 bench/ingest_scale.py [--folder] [--copies] [SIZE ...]
(default: 0.1 0.5 1; the issue's targets are 1 MB in under 10 s and 20 MB, a month of pages
in one folder, in under 3 minutes)

Each size (MB) is one page file of seed 002's text repeated until it reaches the size, imported
into a scratch project with the paper, date and page given on the command line, as a
person importing a big OCR dump would.  ``--folder``: the same text as a folder of page files,
one copy of seed 002 each, laid out as raw/grrb/<date>/<NN>.txt (30 pages a day, from
2025-11-01 on), imported as one folder: a month of pages.  ``--copies``: each SIZE is a
number of copies of seed 002 in one page file (1 2 4 8 16: how time grows with a page).

Prints wall and CPU seconds (the machine is shared: CPU time shows the work when other jobs
slow the wall clock), MB/s, CPU seconds per MB and against the first size (near-linear
growth keeps that ratio near the ratio of the sizes), and the ratio to the target.  An import of
seed page 001 runs before the clock starts and is reported apart: it loads the dictionaries
(jieba's, the people index), which any import pays once whatever its size; the verdict against
a target adds it back.
"""
from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "raw" / "grrb-2025-11-14-seed002.txt"
WARM = ROOT / "raw" / "grrb-2025-09-26-seed001.txt"  # another page: nothing of seed 002 is cached before the clock
TARGETS = {1.0: 10.0, 20.0: 180.0}
PAGES_A_DAY = 30


def _folder(root: Path, text: str, copies: int) -> Path:
    """``copies`` page files of ``text`` as raw/grrb/<date>/<NN>.txt, PAGES_A_DAY a day."""
    raw = root / "raw"
    start = dt.date(2025, 11, 1)
    for k in range(copies):
        day, page = divmod(k, PAGES_A_DAY)
        path = raw / "grrb" / f"{start + dt.timedelta(days=day):%Y-%m-%d}" / f"{page + 1:02d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return raw


def main() -> None:
    from unionnews.ingest import run_import

    args = sys.argv[1:]
    folder, copies_mode = "--folder" in args, "--copies" in args
    sizes = [float(a) for a in args if not a.startswith("--")] or [0.1, 0.5, 1.0]
    text = SEED.read_text(encoding="utf-8").rstrip("\n") + "\n\n\n"
    one = len(text.encode("utf-8"))
    start, cpu = time.perf_counter(), time.process_time()
    with tempfile.TemporaryDirectory() as tmp:  # the dictionaries (jieba's, the people index) load once
        page = Path(tmp) / "page.txt"
        page.write_text(WARM.read_text(encoding="utf-8"), encoding="utf-8")
        run_import([page], Path(tmp) / "content", Path(tmp), {"工人日报": "grrb"}, paper="工人日报",
                   date="2025-09-26", page=3)
    load, load_cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"first import (seed 001: the dictionaries load) {load:.1f} s wall, {load_cpu:.1f} s CPU "
          "(not in the figures below; added for the targets)", flush=True)
    first = None
    for size in sizes:
        copies = int(size) if copies_mode else max(1, -(-int(size * 1_000_000) // one))
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            if folder:
                paths, kwargs = [_folder(root, text, copies)], {}
            else:
                page = root / "page.txt"
                page.write_text(text * copies, encoding="utf-8")
                paths, kwargs = [page], dict(paper="工人日报", date="2025-11-14", page=3)
            start, cpu = time.perf_counter(), time.process_time()
            report = run_import(paths, root / "content", root, {"工人日报": "grrb"}, **kwargs)
            took, cpu = time.perf_counter() - start, time.process_time() - cpu
        mb = copies * one / 1e6
        first = first or (mb, cpu)
        target = None if copies_mode else TARGETS.get(size)
        wall, used = took + load, cpu + load_cpu
        verdict = f", target {target:.0f} s: {'met' if wall < target else 'NOT met'} ({wall / target:.2f} wall, " \
                  f"{used / target:.2f} CPU)" if target else ""
        files = f" in {copies} page files" if folder else f" ({copies} copies)" if copies_mode else ""
        files += f", {len(report.written)} files written" + (f", {len(report.problems)} pages refused"
                                                           if report.problems else "")
        print(f"{mb:6.2f} MB{files}  {took:7.1f} s wall  {cpu:7.1f} s CPU  {mb / took:5.2f} MB/s  "
              f"{cpu / mb:5.2f} s CPU/MB  size ×{mb / first[0]:.1f} CPU ×{cpu / first[1]:.2f}{verdict}", flush=True)


if __name__ == "__main__":
    main()
