"""Import the seed pages, as they are and re-laid out, into one folder per case, for comparing two
versions of the importer byte for byte.

Usage: python3 bench/ingest_same.py OUT [layout ...] [--seeds N] [--first K]
(default: every layout of LAYOUTS and MORE_LAYOUTS, seeds 60..61).  Writes OUT/seeds/content (the
five pages as they are) and OUT/<layout>/<seed>/content for each case, plus OUT/cpu.txt, the
process's CPU seconds (user + sys) spent importing.  Run it once with each importer first on the
path, e.g.

    PYTHONPATH=/tmp/old/src python3 bench/ingest_same.py /tmp/old-out
    PYTHONPATH=src python3 bench/ingest_same.py /tmp/new-out
    diff -r /tmp/old-out /tmp/new-out   # only cpu.txt may differ

The page texts come from this checkout's tests/variants.py in both runs, so only the importer
differs.  Any difference in a content/ tree is a change of output.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from variants import LAYOUTS, MORE_LAYOUTS, relayout  # noqa: E402

from unionnews.ingest import run_import  # noqa: E402

PAPERS = {"工人日报": "grrb", "劳动午报": "ldwb"}


def _cpu() -> float:
    t = os.times()
    return t.user + t.system


def import_into(pages: dict[str, str], project: Path) -> float:
    """Import ``pages`` (name → text, in place of the seeds') in a copy of raw/ under ``project``; CPU seconds."""
    shutil.copytree(ROOT / "raw", project / "raw")
    for name, text in pages.items():
        (project / "raw" / name).write_text(text, encoding="utf-8")
    start = _cpu()
    run_import([project / "raw"], project / "content", project, PAPERS)
    took = _cpu() - start
    shutil.rmtree(project / "raw")  # the pages are the same in both runs; only content/ is compared
    return took


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("layouts", nargs="*", default=list(LAYOUTS + MORE_LAYOUTS))
    parser.add_argument("--seeds", type=int, default=2)
    parser.add_argument("--first", type=int, default=60)
    args = parser.parse_args()
    if args.out.exists():
        shutil.rmtree(args.out)
    originals = {p.name: p.read_text(encoding="utf-8") for p in sorted((ROOT / "raw").glob("*.txt"))}
    total = import_into(originals, args.out / "seeds")
    for layout in args.layouts:
        for seed in range(args.first, args.first + args.seeds):
            pages = {name: relayout(text, layout, seed) for name, text in originals.items()}
            total += import_into(pages, args.out / layout / str(seed))
    (args.out / "cpu.txt").write_text(f"{total:.2f}\n", encoding="utf-8")
    print(f"{len(args.layouts)} layouts × {args.seeds} seeds + the seeds: {total:.2f} CPU s importing")


if __name__ == "__main__":
    main()
