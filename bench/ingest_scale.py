"""Import time against page size: seed page 002 (columns read out of order) repeated.

Usage: python3 bench/ingest_scale.py [MB ...]   (default: 0.1 0.5 1; the issue's targets are
1 MB in under 10 s and 20 MB, a month of pages in one folder, in under 3 minutes)

Each size is one page file of seed 002's text repeated until it reaches the size, imported
into a scratch project with the paper, date and page given on the command line, as a
person importing a big OCR dump would.  Prints wall and CPU seconds (the machine is shared:
CPU time shows the work when other jobs slow the wall clock), MB/s and the ratio to the target.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "raw" / "grrb-2025-11-14-seed002.txt"
TARGETS = {1.0: 10.0, 20.0: 180.0}


def main() -> None:
    from unionnews.ingest import run_import

    sizes = [float(a) for a in sys.argv[1:]] or [0.1, 0.5, 1.0]
    text = SEED.read_text(encoding="utf-8").rstrip("\n") + "\n\n\n"
    for mb in sizes:
        want = int(mb * 1_000_000)
        body = text * max(1, -(-want // len(text.encode("utf-8"))))
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            page = root / "page.txt"
            page.write_text(body, encoding="utf-8")
            start, cpu = time.perf_counter(), time.process_time()
            run_import([page], root / "content", root, {"工人日报": "grrb"}, paper="工人日报",
                       date="2025-11-14", page=3)
            took, cpu = time.perf_counter() - start, time.process_time() - cpu
        size = len(body.encode("utf-8")) / 1e6
        target = TARGETS.get(mb)
        verdict = f", target {target:.0f} s: {'met' if took < target else 'NOT met'} ({took / target:.2f})" \
            if target else ""
        print(f"{size:6.2f} MB  {took:7.1f} s wall  {cpu:7.1f} s CPU  {size / took:5.2f} MB/s{verdict}", flush=True)


if __name__ == "__main__":
    main()
