"""Page designs and producers not tuned on: PDF articles whole and hOCR/ALTO boundaries on fresh seeds.

Usage: python3 bench/page_designs_bench.py --seeds 201 202 203 [--design dense] [--dpi 150]
       [--producers plain glyphs ...] [--dialects tesseract-hocr abbyy-hocr ...]

For each seed it lays content/'s articles out (tests/layout_pages.py) in the design, writes the
PDF as each producer would, and imports it: articles whole (title, kicker, subtitle, body equal),
regions within 2%, characters lost (of the articles and of the page furniture: 版头, folio).  Then
it writes each OCR dialect's file (hOCR, ALTO, Tesseract TSV, PaddleOCR/EasyOCR JSON) from the layout
(no OCR: every character right) and imports it: articles whole, boundaries right (one article's region
covers the laid-out one, IoU ≥ 0.8, and no other starts inside it) and characters lost.
Run with PYTHONPATH=<old src> to measure an older importer.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

import layout_pages  # noqa: E402
from page_import_bench import boundary_right, imported, printed, squash, wanted_regions  # noqa: E402


def _text(post) -> str:
    if post["id"].endswith("-unplaced"):
        return squash(post.content)
    return squash((post.get("kicker") or "") + post["title"] + (post.get("subtitle") or "") + post.content)


def _lost(page: dict, posts: list) -> int:
    drawn = Counter("".join(printed(a) for a in page["articles"]) + squash("".join(page.get("furniture", [])))
                    + squash("".join(t for ad in page.get("ads", []) for t in ad["texts"])))
    return sum((drawn - Counter("".join(_text(p) for p in posts))).values())


def within(got: list, want: list, tolerance: float = 0.02) -> bool:
    """The imported regions are the drawn ones, each coordinate within ``tolerance``."""
    order = lambda rs: sorted(rs, key=lambda r: (round(r[1], 2), r[0]))  # noqa: E731
    return len(got) == len(want) and all(max(abs(a - b) for a, b in zip(g, w)) <= tolerance
                                         for g, w in zip(order(got), order(want)))


def pdf_figures(folder: Path, record: dict, tmp: Path) -> str:
    try:
        by_page = imported(folder, [folder / p["pdf"] for p in record["pages"]], tmp)
    except Exception as exc:  # noqa: BLE001 - a refused import is a result here
        return f"refused: {str(exc).splitlines()[0][:120]}"
    whole = total = lost = placed = jumps = jumped = stray = 0
    for page in record["pages"]:
        posts = by_page.get(page["pdf"], [])
        got = [p for p in posts if not p["id"].endswith("-unplaced")]
        for want in page["articles"]:
            total += 1
            match = [p for p in got if p["title"] == want["title"]]
            whole += bool(match) and _text(match[0]) == printed(want)
            placed += bool(match) and within(match[0]["regions"], wanted_regions(want))
            if want.get("continued_from"):
                jumps += 1
                jumped += bool(match) and match[0].get("continued_from") == want["continued_from"]
        lost += _lost(page, posts)
        titles = {want["title"] for want in page["articles"]}
        stray += sum(p["title"] not in titles for p in got)
    extra = f", continuations marked {jumped}/{jumps}" if jumps else ""
    return (f"whole {whole}/{total}, regions ≤2% {placed}/{total}, characters lost {lost}{extra}, "
            f"articles not drawn as one {stray}")


def ocr_figures(folder: Path, record: dict, dialect: str, dpi: int, tmp: Path) -> str:
    ocr = layout_pages.write_ocr(record, folder, dialect, dpi)
    suffix = layout_pages.ocr_suffix(dialect)
    try:
        by_page = imported(ocr, [ocr / Path(p["png"]).with_suffix(suffix) for p in record["pages"]], tmp)
    except Exception as exc:  # noqa: BLE001
        return f"refused: {str(exc).splitlines()[0][:120]}"
    right = count = lost = stray = whole = 0
    for page in record["pages"]:
        posts = by_page.get(Path(page["png"]).with_suffix(suffix).as_posix(), [])
        got = [p for p in posts if not p["id"].endswith("-unplaced")]
        for want in page["articles"]:
            count += 1
            right += boundary_right(want, got)
            match = [p for p in got if p["title"] == want["title"]]
            whole += bool(match) and _text(match[0]) == printed(want)
        drawn = [wanted_regions(want) for want in page["articles"]]
        stray += sum(not any(boundary_right({"region": r[0], "regions": r}, [p]) for r in drawn) for p in got)
        lost += _lost(page, posts)
    return (f"whole {whole}/{count}, boundaries right {right}/{count}, characters lost {lost}, "
            f"articles not drawn as one {stray}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[201, 202, 203])
    parser.add_argument("--design", choices=layout_pages.DESIGNS, default="dense")
    parser.add_argument("--dpi", type=int, default=150)
    parser.add_argument("--producers", nargs="*", default=["plain", "glyphs", "reverse", "rotated", "cropped"])
    parser.add_argument("--dialects", nargs="*", default=list(layout_pages.OCR_DIALECTS))
    args = parser.parse_args()
    stories = layout_pages.load_stories(ROOT / "content")
    font = layout_pages.font_path()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for seed in args.seeds:
            for n, producer in enumerate(args.producers):
                folder = tmp / f"{seed}-{producer}"
                record = layout_pages.lay_out(stories, folder, seed, args.dpi, font, args.design, producer)
                print(f"seed {seed} {args.design} PDF {producer}: {pdf_figures(folder, record, tmp / f'i-{seed}-{producer}')}",
                      flush=True)
                if n == 0:
                    for dialect in args.dialects:
                        print(f"seed {seed} {args.design} {dialect}: "
                              f"{ocr_figures(folder, record, dialect, args.dpi, tmp / f'o-{seed}-{dialect}')}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
