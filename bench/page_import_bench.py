"""Page import from geometry: lay content/'s articles out on pages, import the PDFs, OCR some PNGs.

Usage: python3 bench/page_import_bench.py [--seeds 7 2024 ...] [--ocr-articles 12 | 0] [--dpi 220]
       [--cache DIR] [--no-pdf]

For each seed (a whole set of page layouts, tests/layout_pages.py) it prints: PDF import time
(wall and CPU), articles whole (title, kicker, subtitle, body equal), characters lost, the worst
region error; then, on the pages with least text per article until --ocr-articles articles (0:
every page), the hOCR and ALTO that one Tesseract (chi_sim) run makes of each PNG: article
boundaries right (one imported article's region covers the laid-out one, intersection over
union ≥ 0.8, and no other starts inside it) and the OCR character difference (1 − difflib's
ratio between the page's printed and imported characters; reported, not a target).  With
--cache, laid-out pages and Tesseract's output are kept in DIR/seed-N and reused (Tesseract is
the slow part).  Needs fonts-wqy-zenhei and, for the OCR part, tesseract-ocr tesseract-ocr-chi-sim.
"""
from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import layout_pages  # noqa: E402

from unionnews.config import Config  # noqa: E402
from unionnews.ingest import run_import  # noqa: E402

PAPERS = {"工人日报": "grrb", "劳动午报": "ldwb"}


def squash(text: str) -> str:
    return re.sub(r"\s+", "", re.sub(r"^## ", "", text, flags=re.M))


def printed(a: dict) -> str:
    return squash(a["kicker"] + a["title"] + a["subtitle"] + "".join(a["paragraphs"]))


def imported(folder: Path, paths: list[Path], project: Path) -> dict[str, list]:
    import frontmatter
    run_import(paths, project / "content", project, PAPERS, config=Config(root=project, papers=dict(PAPERS)))
    by_page: dict[str, list] = {}
    for path in sorted((project / "content").rglob("*.md")):
        post = frontmatter.load(path)
        key = Path(post["provenance"]["file"]).resolve().relative_to(folder.resolve()).as_posix()
        by_page.setdefault(key, []).append(post)
    return by_page


def iou(a, b) -> float:
    w = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    h = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    inter = max(0, w) * max(0, h)
    return inter / (a[2] * a[3] + b[2] * b[3] - inter)


def hull(regions):
    x0, y0 = min(r[0] for r in regions), min(r[1] for r in regions)
    return [x0, y0, max(r[0] + r[2] for r in regions) - x0, max(r[1] + r[3] for r in regions) - y0]


def wanted_regions(want: dict) -> list:
    """Where an article was drawn: one rectangle, or one a part (an L-shaped story)."""
    return want.get("regions") or [want["region"]]


def boundary_right(want: dict, got: list) -> bool:
    """One imported article covers the drawn one (hull IoU ≥ 0.8) and no other starts inside it."""
    rects = wanted_regions(want)
    covering = [p for p in got if iou(hull(p["regions"]), hull(rects)) >= 0.8]
    inside = [p for p in got if any(x < r[0] + 0.01 < x + w and y < r[1] + 0.01 < y + h
                                    for r in p["regions"] for x, y, w, h in rects)]
    return len(covering) == 1 and len(inside) == 1 and covering == inside


def cpu() -> float:
    self, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return self.ru_utime + self.ru_stime + children.ru_utime + children.ru_stime


def run(seed: int, ocr_articles: int, dpi: int, tmp: Path, cache: Path | None, pdf: bool,
        design: str = "classic") -> dict[str, list[int]]:
    font = layout_pages.font_path()
    base = (cache or tmp) / (f"seed-{seed}" if design == "classic" else f"{design}-{seed}")
    folder = base / "pages"
    if (folder / "layout.json").exists():
        record = json.loads((folder / "layout.json").read_text(encoding="utf-8"))
    else:
        record = layout_pages.lay_out(layout_pages.load_stories(ROOT / "content"), folder, seed, 110, font, design)
    pages = record["pages"]
    if pdf:
        wall, used = time.perf_counter(), cpu()
        by_page = imported(folder, [folder / p["pdf"] for p in pages], tmp / f"pdf-{seed}")
        wall, used = time.perf_counter() - wall, cpu() - used
        whole = total = lost = 0
        worst = 0.0
        for page in pages:
            got = [p for p in by_page.get(page["pdf"], []) if not p["id"].endswith("-unplaced")]
            for want in page["articles"]:
                total += 1
                match = [p for p in got if p["title"] == want["title"]]
                text = squash((match[0].get("kicker") or "") + match[0]["title"] + (match[0].get("subtitle") or "")
                              + match[0].content) if match else ""
                whole += text == printed(want)
                lost += max(0, len(printed(want)) - len(text))
                if match and len(match[0]["regions"]) == 1:
                    worst = max(worst, max(abs(a - b) for a, b in zip(match[0]["regions"][0], want["region"])))
                else:
                    worst = max(worst, 1.0)
        print(f"seed {seed}: {len(pages)} pages, PDF import {wall:.1f} s wall, {used:.1f} s CPU; "
              f"whole {whole}/{total}; characters lost {lost}; worst region error {worst:.2%}")
    if ocr_articles < 0 or shutil.which("tesseract") is None:
        return {}
    chosen: list[dict] = []
    for page in sorted(pages, key=lambda p: sum(len(printed(a)) for a in p["articles"]) / len(p["articles"])):
        if ocr_articles == 0 or sum(len(p["articles"]) for p in chosen) < ocr_articles:
            chosen.append(page)
    wall, used = time.perf_counter(), cpu()
    ocr = base / f"ocr-{dpi}" if dpi != 220 else base / "ocr"
    made = 0
    for page in chosen:
        png = ocr / page["png"]
        stem = png.with_suffix("")
        if stem.with_suffix(".alto").exists() and stem.with_suffix(".hocr").exists():
            continue
        png.parent.mkdir(parents=True, exist_ok=True)
        layout_pages.render_png(folder / page["pdf"], png, dpi)
        subprocess.run(["tesseract", str(png), str(stem), "-l", "chi_sim", "hocr", "alto"], check=True,
                       capture_output=True, env=dict(os.environ, OMP_THREAD_LIMIT="1"))
        stem.with_suffix(".xml").rename(stem.with_suffix(".alto"))
        made += 1
    ocr_wall, ocr_cpu = time.perf_counter() - wall, cpu() - used
    if made:
        print(f"seed {seed}: Tesseract on {made} PNGs at {dpi} dpi: {ocr_wall:.1f} s wall, {ocr_cpu:.1f} s CPU")
    counts: dict[str, list[int]] = {}
    for suffix in (".hocr", ".alto"):
        by_page = imported(ocr, [ocr / Path(p["png"]).with_suffix(suffix) for p in chosen], tmp / f"{suffix[1:]}-{seed}")
        right = count = 0
        differ = []
        for page in chosen:
            got = [p for p in by_page.get(Path(page["png"]).with_suffix(suffix).as_posix(), [])
                   if not p["id"].endswith("-unplaced")]
            for want in page["articles"]:
                count += 1
                right += boundary_right(want, got)
            drawn = "".join(printed(a) for a in page["articles"])
            read = "".join(squash((p.get("kicker") or "") + p["title"] + (p.get("subtitle") or "") + p.content)
                           for p in got)
            differ.append(1 - difflib.SequenceMatcher(None, drawn, read, autojunk=False).ratio())
        counts[suffix] = [right, count]
        print(f"seed {seed} {suffix[1:]}: {len(chosen)} pages; article boundaries right {right}/{count} "
              f"({right / max(count, 1):.0%}); OCR characters differ {sum(differ) / len(differ):.1%} a page "
              f"(from {min(differ):.1%} to {max(differ):.1%})")
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[7, 2024])
    parser.add_argument("--ocr-articles", type=int, default=12)
    parser.add_argument("--dpi", type=int, default=220)
    parser.add_argument("--cache", type=Path, help="keep laid-out pages and OCR output here, and reuse them")
    parser.add_argument("--no-pdf", action="store_true", help="only the OCR part")
    parser.add_argument("--design", choices=layout_pages.DESIGNS, default="classic",
                        help="the page design of tests/layout_pages.py")
    args = parser.parse_args()
    if layout_pages.font_path() is None:
        print(f"install Debian's {layout_pages.DEBIAN_FONTS}", file=sys.stderr)
        return 1
    totals: dict[str, list[int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for seed in args.seeds:
            for suffix, (right, count) in run(seed, args.ocr_articles, args.dpi, Path(tmp), args.cache,
                                              not args.no_pdf, args.design).items():
                totals.setdefault(suffix, [0, 0])
                totals[suffix][0] += right
                totals[suffix][1] += count
    for suffix, (right, count) in totals.items():
        print(f"all seeds {suffix[1:]}: article boundaries right {right}/{count} ({right / max(count, 1):.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
