"""Import the seed pages in other line layouts and print how many articles come out whole.

Usage: python3 bench/ingest_variants.py [layout ...] [--seeds N] [--first K] [--table] [--diagnose] [--held-out]
(default: every layout of LAYOUTS and MORE_LAYOUTS; --held-out: those of HELD_OUT instead; --new: those of HELD_OUT_NEW;
--third: those of HELD_OUT_3; --fourth: those of HELD_OUT_4; --fifth: those of HELD_OUT_5; --sixth: those of HELD_OUT_6;
--seventh: those of HELD_OUT_7; --eighth: those of HELD_OUT_8; --ninth: those of HELD_OUT_9; --tenth: those of HELD_OUT_10;
--eleventh: those of HELD_OUT_11;
named layouts may be any;
seeds 0..N-1 with N = 3; --first shifts the seeds to K..K+N-1; --table prints one Markdown row per layout for bench/RESULTS.md;
--diagnose prints, for each seed article not whole, where its text first goes wrong in the
file that holds its start: the text before, what should follow and what does)

For each layout of tests/variants.py and each random seed, the five pages in raw/ are
re-laid out, imported into a scratch project, and compared with the import of the
pages as they are (for a layout that takes printed words off, its articles as the layout prints
them: variants.printed_words): articles whole in one file (of 33), files mixing two stories without
a review reason, sentences not printed in the input in files without a review reason,
printed characters lost (in the pages, in no output file, unplaced files included), and files
flagged for review.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from test_ingest_helpers import output_chars, printed_chars  # noqa: E402
from variants import (HELD_OUT, HELD_OUT_3, HELD_OUT_4, HELD_OUT_5, HELD_OUT_6, HELD_OUT_7, HELD_OUT_8,  # noqa: E402
                      HELD_OUT_9, HELD_OUT_10, HELD_OUT_11, HELD_OUT_NEW,
                      LAYOUTS, MORE_LAYOUTS,
                      article_texts, compare, invented, page_bytes, relayout, takes_words)

from unionnews.ingest import run_import  # noqa: E402

PAPERS = {"工人日报": "grrb", "劳动午报": "ldwb"}


def import_pages(pages: dict[str, str], tmp: Path, layout: str = "") -> Path:
    """The pages imported into a scratch project under ``tmp``, each file in the encoding ``layout`` writes."""
    project = tmp / "project"
    shutil.copytree(ROOT / "raw", project / "raw")
    for name, text in pages.items():
        (project / "raw" / name).write_bytes(page_bytes(text, layout))
    run_import([project / "raw"], project / "content", project, PAPERS)
    return project / "content"


def _first_diff(a: str, b: str) -> int:
    n = min(len(a), len(b))
    return next((i for i in range(n) if a[i] != b[i]), n)


def diagnose(base: list[dict], got: list[dict], missing: list[str]) -> list[str]:
    """For each missing article: the variant file holding its body's start (the one agreeing longest),
    and the first place the text differs, or the headline when the body is whole."""
    out = []
    texts = {a["id"]: a for a in base}
    for mid in missing:
        body = texts[mid]["body"]
        found = []
        for v in got:
            at = v["text"].find(body[:12]) if body[:12] else -1
            if at >= 0:
                rest = v["text"][at:]
                found.append((_first_diff(body, rest), v, rest))
        if not found:
            out.append(f"{mid}: its body's start ({body[:16]}…) is in no article file")
            continue
        i, v, rest = max(found, key=lambda f: f[0])
        head = "" if sorted(texts[mid]["head"]) == sorted(v["head"]) else \
            f"; headline {texts[mid]['head']!r}, file has {v['head']!r}"
        if i >= len(body):
            out.append(f"{mid} → {v['id']}: body whole, then {rest[i:i + 20]!r}{head}")
        else:
            out.append(f"{mid} → {v['id']}: after …{body[max(0, i - 15):i]} wants {body[i:i + 15]!r}, "
                       f"has {rest[i:i + 15]!r}{head}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("layouts", nargs="*")
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--first", type=int, default=0)
    parser.add_argument("--table", action="store_true")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--diagnose", action="store_true")
    parser.add_argument("--held-out", action="store_true", help="the layouts of variants.HELD_OUT instead")
    parser.add_argument("--new", action="store_true", help="the layouts of variants.HELD_OUT_NEW instead")
    parser.add_argument("--third", action="store_true", help="the layouts of variants.HELD_OUT_3 instead")
    parser.add_argument("--fourth", action="store_true", help="the layouts of variants.HELD_OUT_4 instead")
    parser.add_argument("--fifth", action="store_true", help="the layouts of variants.HELD_OUT_5 instead")
    parser.add_argument("--sixth", action="store_true", help="the layouts of variants.HELD_OUT_6 instead")
    parser.add_argument("--seventh", action="store_true", help="the layouts of variants.HELD_OUT_7 instead")
    parser.add_argument("--eighth", action="store_true", help="the layouts of variants.HELD_OUT_8 instead")
    parser.add_argument("--ninth", action="store_true", help="the layouts of variants.HELD_OUT_9 instead")
    parser.add_argument("--tenth", action="store_true", help="the layouts of variants.HELD_OUT_10 instead")
    parser.add_argument("--eleventh", action="store_true", help="the layouts of variants.HELD_OUT_11 instead")
    args = parser.parse_args()
    args.layouts = args.layouts or list(HELD_OUT_11 if args.eleventh else HELD_OUT_10 if args.tenth else
                                        HELD_OUT_9 if args.ninth else
                                        HELD_OUT_8 if args.eighth else
                                        HELD_OUT_7 if args.seventh else
                                        HELD_OUT_6 if args.sixth else
                                        HELD_OUT_5 if args.fifth else
                                        HELD_OUT_4 if args.fourth else
                                        HELD_OUT_3 if args.third else
                                        HELD_OUT_NEW if args.new else
                                        HELD_OUT if args.held_out else LAYOUTS + MORE_LAYOUTS)
    originals = {p.name: p.read_text(encoding="utf-8") for p in sorted((ROOT / "raw").glob("*.txt"))}
    with tempfile.TemporaryDirectory() as tmp:
        content = import_pages(originals, Path(tmp) / "orig")
        base = article_texts(content)
        # a layout that takes printed words off (本报讯 markers) is compared with the articles so printed
        printed_base = {layout: article_texts(content, layout) for layout in args.layouts if takes_words(layout)}
    print(f"original pages: {len(base)} articles")
    rows = []
    for layout in args.layouts:
        row = {"whole": [], "joins": 0, "guessed": 0, "mixed": 0, "invented": 0, "flagged": 0, "lost": 0}
        rows.append((layout, row))
        for seed in range(args.first, args.first + args.seeds):
            pages = {name: relayout(text, layout, seed) for name, text in originals.items()}
            with tempfile.TemporaryDirectory() as tmp:
                start = time.perf_counter()
                content = import_pages(pages, Path(tmp), layout)
                took = time.perf_counter() - start
                got = article_texts(content)
                as_printed = [relayout(text, layout, seed, printed_only=True) for text in originals.values()]
                printed = printed_chars([line for text in as_printed for line in text.splitlines()])
                lost = sum((printed - output_chars(content)).values())
            result = compare(base, got, printed_base.get(layout))
            made_up = invented(got, "\n".join(as_printed))  # the page as printed: no line numbers nor scores
            print(f"{layout:22} seed {seed}: {result['whole']}/{result['of']} whole, {result['files']} files, "
                  f"{len(result['mixed_unflagged'])} mixed without review, {len(made_up)} unflagged sentences "
                  f"not in the input, {lost} printed characters lost, {result['flagged']} files flagged, "
                  f"{result['joins']} reading-order joins in review ({result['guessed']} as guesses) ({took:.1f} s)")
            if args.verbose:
                print("   missing:", result["missing"], "mixed:", result["mixed_unflagged"], made_up[:5])
            if args.diagnose:
                for line in diagnose(printed_base.get(layout) or base, got, result["missing"]):
                    print("   ", line)
            row["whole"].append(result["whole"])
            row["mixed"] += len(result["mixed_unflagged"])
            row["invented"] += len(made_up)
            row["lost"] += lost
            for key in ("joins", "guessed", "flagged"):
                row[key] += result[key]
    if args.table:
        seeds = f"{args.first}–{args.first + args.seeds - 1}"
        print(f"\n| layout (seeds {seeds}) | whole of 33, per seed | lowest | seeds ≥ 31 | reading-order joins in review "
              "(as guesses) | files flagged | mixed without review | unflagged sentences not in input "
              "| printed characters lost |")
        print("|---|---|---|---|---|---|---|---|---|")
        for layout, row in rows:
            whole = row["whole"]
            print(f"| {layout} | {' '.join(map(str, whole))} | {min(whole)} | {sum(w >= 31 for w in whole)}/{len(whole)} "
                  f"| {row['joins']} ({row['guessed']}) | {row['flagged']} | {row['mixed']} | {row['invented']} "
                  f"| {row['lost']} |")


if __name__ == "__main__":
    main()
