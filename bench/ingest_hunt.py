"""Hunt for hard-target failures on made-up pages in every layout.

For each layout of tests/variants.py LAYOUTS + MORE_LAYOUTS, draw pages from tests/test_ingest_property.py's
``made_up_pages`` strategy (hypothesis under a fixed seed, generation only, no shrinking), re-lay each out with
a drawn random seed, import it, and stop the layout at its first failure: a printed character lost or
duplicated, a file mixing two made-up stories without a review reason, or an unflagged sentence not in the
page.  Prints each failing layout, the page, and what failed; then the count of failing layouts.

Usage: PYTHONPATH=src .venv/bin/python bench/ingest_hunt.py [layout ...] [--seed 7] [--examples 20] [--held-out]
(--held-out: the layouts of variants.HELD_OUT instead of every one; --new: those of variants.HELD_OUT_NEW;
--third: those of variants.HELD_OUT_3; --fourth: those of variants.HELD_OUT_4;
--fifth: those of variants.HELD_OUT_5; --sixth: those of variants.HELD_OUT_6;
--seventh: those of variants.HELD_OUT_7; --eighth: those of variants.HELD_OUT_8;
--ninth: those of variants.HELD_OUT_9; --tenth: those of variants.HELD_OUT_10;
--eleventh: those of variants.HELD_OUT_11)
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from test_ingest_property import _mixed_without_review, assert_import_loses_nothing, made_up_pages  # noqa: E402
from variants import (HELD_OUT, HELD_OUT_3, HELD_OUT_4, HELD_OUT_5, HELD_OUT_6, HELD_OUT_7, HELD_OUT_8,  # noqa: E402
                      HELD_OUT_9, HELD_OUT_10, HELD_OUT_11, HELD_OUT_NEW,
                      LAYOUTS, MORE_LAYOUTS,
                      article_texts, invented, page_bytes, relayout)


def failure(text: str, layout: str, at: int) -> str | None:
    """What fails on the made-up page ``text`` laid out in ``layout`` at seed ``at`` (None: nothing)."""
    page = relayout(text, layout, at)
    with tempfile.TemporaryDirectory() as tmp:
        try:
            content = assert_import_loses_nothing(page, Path(tmp), relayout(text, layout, at, printed_only=True),
                                                  data=page_bytes(page, layout))
        except AssertionError:
            return "printed characters lost or doubled"
        except Exception:  # noqa: BLE001 - a crash is a failure to report, not to stop the hunt
            return "crash: " + traceback.format_exc(limit=3)
        mixed = _mixed_without_review(content)
        made = invented(article_texts(content), relayout(text, layout, at, printed_only=True))
    return (f"mixed without review: {mixed}" if mixed else "") + (f" invented: {made}" if made else "") or None


def hunt(layout: str, hypothesis_seed: int, examples: int) -> tuple[str, int, str, str] | None:
    """The first failing (text, relayout seed, page, what failed) of ``examples`` drawn pages, or None."""
    found: list[tuple[str, int, str, str]] = []

    @seed(hypothesis_seed)
    @settings(max_examples=examples, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(made_up_pages(), st.integers(0, 10_000))
    def run(text: str, at: int) -> None:
        if found:
            return
        what = failure(text, layout, at)
        if what:
            found.append((text, at, relayout(text, layout, at), what))

    run()
    return found[0] if found else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("layouts", nargs="*", help="layouts to hunt in (default: every one)")
    parser.add_argument("--seed", type=int, default=7, help="hypothesis seed")
    parser.add_argument("--examples", type=int, default=20, help="pages drawn per layout")
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
    layouts = args.layouts or (HELD_OUT_11 if args.eleventh else HELD_OUT_10 if args.tenth else
                               HELD_OUT_9 if args.ninth else
                               HELD_OUT_8 if args.eighth else
                               HELD_OUT_7 if args.seventh else
                               HELD_OUT_6 if args.sixth else
                               HELD_OUT_5 if args.fifth else
                               HELD_OUT_4 if args.fourth else
                               HELD_OUT_3 if args.third else
                               HELD_OUT_NEW if args.new else
                               HELD_OUT if args.held_out else LAYOUTS + MORE_LAYOUTS)
    failing = 0
    for layout in layouts:
        hit = hunt(layout, args.seed, args.examples)
        if hit:
            failing += 1
            text, at, page, what = hit
            print(f"FAIL {layout} seed {at}: {what}\n  text = {text!r}\n  page = {page!r}", flush=True)
    print(f"hypothesis seed {args.seed}: {failing} of {len(layouts)} layouts failing")


if __name__ == "__main__":
    main()
