"""Page PDFs, hOCR and ALTO → articles from geometry (issue 20).

The pages are laid out here from the articles in content/ (tests/layout_pages.py, fixed seeds,
varied columns, widths and type sizes), so what each article's text and region should be is
known exactly.
"""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import frontmatter
import pytest

import layout_pages
from unionnews.config import Config
from unionnews.content import parse_bytes
from unionnews.errors import UnionnewsError
from unionnews.ingest import run_import

ROOT = Path(__file__).resolve().parents[1]
PAPERS = {"工人日报": "grrb", "劳动午报": "ldwb"}
SEEDS = (7, 2024)  # two whole layouts of every article: different grids, sizes and stackings


def _font() -> Path:
    font = layout_pages.font_path()
    if font is None:
        pytest.skip(f"page tests skipped: no TrueType CJK font (`python build.py test` installs Debian's "
                    f"{layout_pages.DEBIAN_FONTS} when run as root)")
    return font


@pytest.fixture(scope="session")
def laid_out(tmp_path_factory) -> list[tuple[Path, dict]]:
    """Every article of content/ laid out on pages, once per seed: (folder, layout record)."""
    font = _font()
    stories = layout_pages.load_stories(ROOT / "content")
    out = []
    for seed in SEEDS:
        folder = tmp_path_factory.mktemp(f"pages-{seed}")
        out.append((folder, layout_pages.lay_out(stories, folder, seed, 110, font)))
    return out


def squash(text: str) -> str:
    """The printed characters of a text: no white space, no Markdown subhead marks."""
    return re.sub(r"\s+", "", re.sub(r"^## ", "", text, flags=re.M))


def printed(article: dict) -> str:
    return squash(article["kicker"] + article["title"] + article["subtitle"] + "".join(article["paragraphs"]))


def imported_text(post) -> str:
    return squash((post.get("kicker") or "") + post["title"] + (post.get("subtitle") or "") + post.content)


def import_pages(folder: Path, paths: list[Path], tmp: Path, **flags) -> dict[str, list]:
    """Import into tmp/content; the articles (and unplaced files) by page file, relative to folder."""
    content = tmp / "content"
    run_import(paths, content, tmp, PAPERS, config=Config(root=tmp, papers=dict(PAPERS)), **flags)
    by_page: dict[str, list] = {}
    for path in sorted(content.rglob("*.md")):
        post = frontmatter.load(path)
        key = Path(post["provenance"]["file"]).resolve().relative_to(folder.resolve()).as_posix()
        by_page.setdefault(key, []).append(post)
    return by_page


# ---------------------------------------------------------------- step 1: the test pages

def test_every_article_is_laid_out_once_on_varied_pages(laid_out):
    stories = layout_pages.load_stories(ROOT / "content")
    for folder, record in laid_out:
        ids = [a["id"] for page in record["pages"] for a in page["articles"]]
        assert sorted(ids) == sorted(s.id for s in stories)
        for page in record["pages"]:
            assert (folder / page["pdf"]).stat().st_size > 0 and (folder / page["png"]).stat().st_size > 0
            boxes = [a["region"] for a in page["articles"]]
            for x, y, w, h in boxes:
                assert 0 <= x and 0 <= y and x + w <= 1 and y + h <= 1 and w > 0.1 and h > 0.02
            for i, a in enumerate(boxes):  # stories never overlap on the page
                for b in boxes[i + 1:]:
                    assert a[0] + a[2] <= b[0] + 1e-3 or b[0] + b[2] <= a[0] + 1e-3 or \
                        a[1] + a[3] <= b[1] + 1e-3 or b[1] + b[3] <= a[1] + 1e-3
    pages = [p for _, record in laid_out for p in record["pages"]]
    assert len({p["columns"] for p in pages}) >= 2
    assert len({round(p["title_size"] / p["body_size"], 1) for p in pages}) >= 3
    assert len({p["width"] for p in pages}) >= 2


# ---------------------------------------------------------------- step 2: PDF import

def test_pdf_import_gives_every_article_whole_with_its_region(laid_out, tmp_path):
    for n, (folder, record) in enumerate(laid_out):
        project = tmp_path / str(n)
        by_page = import_pages(folder, [folder], project)
        lost = 0
        for page in record["pages"]:
            got = by_page.get(page["pdf"], [])
            articles = [p for p in got if not p["id"].endswith("-unplaced")]
            unplaced = [p for p in got if p["id"].endswith("-unplaced")]
            assert len(articles) == len(page["articles"]), (page["pdf"], [a["title"] for a in articles])
            for want, have in zip(page["articles"], articles):  # reading order is the laid-out order
                assert have["title"] == want["title"]
                assert have.get("kicker", "") == want["kicker"] and have.get("subtitle", "") == want["subtitle"]
                assert imported_text(have) == printed(want), page["pdf"]
                assert len(have["regions"]) == 1
                assert max(abs(a - b) for a, b in zip(have["regions"][0], want["region"])) <= 0.02, \
                    (want["id"], have["regions"], want["region"])
                assert have["provenance"]["file"].endswith(page["pdf"])
            # the page header is page furniture: kept in the page's unplaced file, not lost
            assert [squash(u.content) for u in unplaced] == [squash(page["header"])]
            every = "".join(imported_text(a) for a in articles) + "".join(squash(u.content) for u in unplaced)
            drawn = "".join(printed(a) for a in page["articles"]) + squash(page["header"])
            lost += abs(len(drawn) - len(every))
            assert sorted(every) == sorted(drawn)
        assert lost == 0


def test_pdf_import_is_checked_like_any_article(laid_out, tmp_path):
    folder, record = laid_out[0]
    page = folder / record["pages"][0]["pdf"]
    by_page = import_pages(folder, [page], tmp_path)
    for post in by_page[record["pages"][0]["pdf"]]:
        text = frontmatter.dumps(post)
        article, problems = parse_bytes(text.encode(), "x.md", Config(root=tmp_path, papers=dict(PAPERS)))
        assert article is not None and not [p for p in problems if p.level == "error"], problems
        if not post["id"].endswith("-unplaced"):
            assert article.regions and all(0 <= v <= 1 for box in article.regions for v in box)


@pytest.mark.parametrize("regions, wanted", [
    ("[[0.1, 0.2, 0.3]]", "box 1 should be four numbers"),
    ("[[0.8, 0.2, 0.3, 0.1]]", "is not inside the page"),
    ("[[0.1, 0.2, 0, 0.1]]", "is not inside the page"),
    ("0.5", "should be a list"),
    ("[[0.1, 0.2, true, 0.1]]", "four numbers"),
])
def test_check_refuses_regions_outside_the_page(tmp_path, regions, wanted):
    text = f"---\nid: grrb-20250926-03-01\ntitle: 标题\ndate: 2025-09-26\npaper: 工人日报\nregions: {regions}\n---\n正文。\n"
    article, problems = parse_bytes(text.encode(), "a.md", Config(root=tmp_path, papers=dict(PAPERS)))
    assert article is None
    assert any(wanted in p.message and p.line == 6 for p in problems), problems


def test_a_pdf_that_is_not_a_pdf_is_named_and_the_other_pages_still_import(laid_out, tmp_path):
    folder, record = laid_out[0]
    pages = tmp_path / "raw" / "grrb" / "2025-09-26"
    pages.mkdir(parents=True)
    (pages / "09.pdf").write_bytes(b"%PDF-1.4\nthis is not a PDF\n")
    good = folder / record["pages"][0]["pdf"]
    shutil.copy(good, tmp_path / "raw" / "good.pdf")
    report = run_import([pages / "09.pdf", good], tmp_path / "content", tmp_path, PAPERS,
                        config=Config(root=tmp_path, papers=dict(PAPERS)))
    assert any("09.pdf" in p.path and "not a readable PDF" in p.message for p in report.problems)
    assert report.written


def test_a_scan_saved_as_pdf_says_to_use_ocr(tmp_path):
    from fpdf import FPDF
    from PIL import Image
    image = tmp_path / "scan.png"
    Image.new("L", (200, 300), 255).save(image)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(str(image), x=10, y=10, w=100)
    target = tmp_path / "raw" / "grrb" / "2025-09-26" / "01.pdf"
    target.parent.mkdir(parents=True)
    pdf.output(str(target))
    with pytest.raises(UnionnewsError) as caught:
        run_import([target], tmp_path / "content", tmp_path, PAPERS, config=Config(root=tmp_path, papers=dict(PAPERS)))
    assert any("no text layer" in p.message and "--ocr" in p.fix for p in caught.value.problems)
