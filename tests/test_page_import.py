"""Page PDFs, hOCR and ALTO → articles from geometry (issue 20).

The pages are laid out here from the articles in content/ (tests/layout_pages.py, fixed seeds,
varied columns, widths and type sizes), so what each article's text and region should be is
known exactly.
"""
from __future__ import annotations

import inspect
import re
import shutil
from pathlib import Path

import frontmatter
import pytest

import layout_pages
from conftest import PAGE_LIBRARIES, cached_output, file_digest, program_identity, versions
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
        out.append((folder, layout_pages.lay_out(stories, folder, seed, 150, font)))
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


def _refused(tmp_path, pdf) -> list:
    """Import the PDF as page 1 of an issue; the problems it is refused with."""
    target = tmp_path / "raw" / "grrb" / "2025-09-26" / "01.pdf"
    target.parent.mkdir(parents=True)
    pdf.output(str(target))
    with pytest.raises(UnionnewsError) as caught:
        run_import([target], tmp_path / "content", tmp_path, PAPERS, config=Config(root=tmp_path, papers=dict(PAPERS)))
    return caught.value.problems


def test_a_scan_saved_as_pdf_says_to_use_ocr(tmp_path):
    from fpdf import FPDF
    from PIL import Image
    image = tmp_path / "scan.png"
    Image.new("L", (200, 300), 255).save(image)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(str(image), x=10, y=10, w=100)
    assert any("no text layer" in p.message and "--ocr" in p.fix for p in _refused(tmp_path, pdf))


# ---------------------------------------------------------------- step 3: hOCR and ALTO from Tesseract

OCR_DPI = 220  # about what a page scanned for OCR has; at 150 Tesseract runs words across gutters
OCR_ARTICLES = 12  # pages with least text per article, until this many articles: Tesseract is slow


def _tesseract() -> str:
    import shutil as sh
    from unionnews.ingest.ocr import LANGUAGE
    program = sh.which("tesseract")
    if program is None:
        pytest.skip("OCR tests skipped: tesseract is missing (`python build.py test` installs Debian's "
                    "tesseract-ocr tesseract-ocr-chi-sim when run as root)")
    import subprocess
    langs = subprocess.run([program, "--list-langs"], capture_output=True, text=True)
    if LANGUAGE not in (langs.stdout + langs.stderr).split():
        pytest.skip(f"OCR tests skipped: Tesseract has no {LANGUAGE} (install tesseract-ocr-chi-sim)")
    return program


@pytest.fixture(scope="session")
def ocr_pages(laid_out, tmp_path_factory) -> tuple[Path, list[dict]]:
    """hOCR, ALTO and TSV made by Tesseract (chi_sim) from the PNGs of a few laid-out pages, one run a page."""
    import os
    import subprocess
    program = _tesseract()
    folder, record = laid_out[0]
    pages = []
    for page in sorted(record["pages"], key=lambda p: sum(len(printed(a)) for a in p["articles"]) / len(p["articles"])):
        if sum(len(p["articles"]) for p in pages) < OCR_ARTICLES:
            pages.append(page)

    def run(out: Path) -> None:
        for page in pages:
            png = out / page["png"]
            png.parent.mkdir(parents=True, exist_ok=True)
            layout_pages.render_png(folder / page["pdf"], png, OCR_DPI)
            base = png.with_suffix("")
            subprocess.run([program, str(png), str(base), "-l", "chi_sim", "hocr", "alto", "tsv"], check=True,
                           capture_output=True, env=dict(os.environ, OMP_THREAD_LIMIT="1"))
            base.with_suffix(".xml").rename(base.with_suffix(".alto"))

    out = tmp_path_factory.mktemp("ocr")
    key = [(page["png"], file_digest(folder / page["pdf"])) for page in pages]
    cached_output("tesseract", (key, OCR_DPI, inspect.getsource(run),
                                *program_identity(program, "chi_sim", ("hocr", "alto", "tsv")),
                                file_digest(Path(layout_pages.__file__)), versions(*PAGE_LIBRARIES)), out, run)
    return out, pages


def _boundaries(pages: list[dict], by_page: dict[str, list], suffix: str) -> tuple[int, int, list[str]]:
    """Articles whose boundaries the import got right, of all, and the character error per page.

    Right: one imported article covers the laid-out region (intersection over union ≥ 0.8 of the
    boxes) and no other article of the page starts inside it."""
    import difflib

    def iou(a, b):
        ax1, ay1, bx1, by1 = a[0] + a[2], a[1] + a[3], b[0] + b[2], b[1] + b[3]
        w, h = min(ax1, bx1) - max(a[0], b[0]), min(ay1, by1) - max(a[1], b[1])
        inter = max(0, w) * max(0, h)
        return inter / (a[2] * a[3] + b[2] * b[3] - inter)

    def hull(regions):
        x0, y0 = min(r[0] for r in regions), min(r[1] for r in regions)
        return [x0, y0, max(r[0] + r[2] for r in regions) - x0, max(r[1] + r[3] for r in regions) - y0]

    right = total = 0
    errors = []
    for page in pages:
        key = Path(page["png"]).with_suffix(suffix).as_posix()
        got = [p for p in by_page.get(key, []) if not p["id"].endswith("-unplaced")]
        for want in page["articles"]:
            total += 1
            covering = [p for p in got if iou(hull(p["regions"]), want["region"]) >= 0.8]
            x, y, w, h = want["region"]
            inside = [p for p in got if any(x < r[0] + 0.01 < x + w and y < r[1] + 0.01 < y + h for r in p["regions"])]
            right += len(covering) == 1 and len(inside) == 1
        drawn = "".join(printed(a) for a in page["articles"])
        read = "".join(imported_text(p) for p in got)
        ratio = difflib.SequenceMatcher(None, drawn, read, autojunk=False).ratio()
        errors.append(f"{page['png']}: {1 - ratio:.1%} characters differ ({len(drawn)} printed, {len(read)} read)")
    return right, total, errors


@pytest.mark.parametrize("suffix", [".hocr", ".alto"])
def test_ocr_with_coordinates_finds_article_boundaries(ocr_pages, tmp_path, suffix, capsys):
    folder, pages = ocr_pages
    files = [folder / Path(p["png"]).with_suffix(suffix) for p in pages]
    by_page = import_pages(folder, files, tmp_path)
    right, total, errors = _boundaries(pages, by_page, suffix)
    with capsys.disabled():  # OCR character errors are reported, not failed
        print(f"\n{suffix}: article boundaries right on {right}/{total}; " + "; ".join(errors))
    assert total >= 8 and right >= 0.9 * total
    for posts in by_page.values():  # the page image beside the OCR file is recorded for the 版面
        assert all(p["provenance"]["image"].endswith(".png") for p in posts)


def test_tesseract_tsv_gives_the_articles_its_hocr_gives(ocr_pages, tmp_path):
    """The TSV Tesseract writes in the same run as its hOCR holds the same words and boxes: the same
    headlines on every page, and the same text up to what the two formats keep apart (hOCR's
    separators and line kinds)."""
    import difflib
    folder, pages = ocr_pages
    from_tsv = import_pages(folder, [folder / Path(p["png"]).with_suffix(".tsv") for p in pages], tmp_path / "t")
    from_hocr = import_pages(folder, [folder / Path(p["png"]).with_suffix(".hocr") for p in pages], tmp_path / "h")
    right, total, _ = _boundaries(pages, from_tsv, ".tsv")
    assert total >= 8 and right >= 0.9 * total
    for page in pages:
        tsv = from_tsv[Path(page["png"]).with_suffix(".tsv").as_posix()]
        hocr = from_hocr[Path(page["png"]).with_suffix(".hocr").as_posix()]
        assert [p["title"] for p in tsv] == [p["title"] for p in hocr], page["png"]
        for a, b in zip(tsv, hocr):
            ratio = difflib.SequenceMatcher(None, imported_text(a), imported_text(b), autojunk=False).ratio()
            assert ratio >= 0.98, (page["png"], a["title"], ratio)


def test_import_ocr_runs_tesseract_on_an_image(ocr_pages, tmp_path):
    folder, pages = ocr_pages
    png = folder / pages[0]["png"]
    target = tmp_path / "raw" / Path(pages[0]["png"])
    target.parent.mkdir(parents=True)
    shutil.copy(png, target)
    with_ocr = import_pages(tmp_path / "raw", [tmp_path / "raw"], tmp_path / "a", ocr=True)
    from_hocr = import_pages(folder, [png.with_suffix(".hocr")], tmp_path / "b")
    titles = lambda posts: [p["title"] for p in posts]  # noqa: E731
    assert titles(with_ocr[pages[0]["png"]]) == titles(from_hocr[Path(pages[0]["png"]).with_suffix(".hocr").as_posix()])
    # without --ocr an image is not a page to import
    with pytest.raises(UnionnewsError) as caught:
        run_import([tmp_path / "raw"], tmp_path / "c", tmp_path, PAPERS, config=Config(root=tmp_path, papers=dict(PAPERS)))
    assert any("images with --ocr" in p.message for p in caught.value.problems)


def test_ocr_without_tesseract_names_the_debian_packages(tmp_path, monkeypatch):
    from PIL import Image
    page = tmp_path / "raw" / "grrb" / "2025-09-26" / "01.png"
    page.parent.mkdir(parents=True)
    Image.new("L", (100, 100), 255).save(page)
    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))
    with pytest.raises(UnionnewsError) as caught:
        run_import([page], tmp_path / "content", tmp_path, PAPERS, config=Config(root=tmp_path, papers=dict(PAPERS)),
                   ocr=True)
    problem = caught.value.problems[0]
    assert "01.png" in problem.path and "tesseract" in problem.message
    assert "tesseract-ocr tesseract-ocr-chi-sim" in problem.fix


@pytest.mark.parametrize("name, data, wanted", [
    ("01.hocr", b"<html><body><p>no page</p></body></html>", "no hOCR page"),
    ("01.alto", b"<alto><Layout><Page", "not well-formed XML"),
    ("01.alto", b"<mets/>", "not ALTO"),
])
def test_broken_ocr_files_are_named_with_a_fix(tmp_path, name, data, wanted):
    page = tmp_path / "raw" / "grrb" / "2025-09-26" / name
    page.parent.mkdir(parents=True)
    page.write_bytes(data)
    with pytest.raises(UnionnewsError) as caught:
        run_import([page], tmp_path / "content", tmp_path, PAPERS, config=Config(root=tmp_path, papers=dict(PAPERS)))
    assert any(wanted in p.message and name in p.path for p in caught.value.problems)


def test_a_pdf_of_several_pages_is_refused_not_cut_short(tmp_path):
    from fpdf import FPDF
    pdf = FPDF()
    pdf.add_font("cjk", "", str(_font()))
    for text in ("第一版的标题", "第二版的标题"):
        pdf.add_page()
        pdf.set_font("cjk", size=20)
        pdf.text(20, 30, text)
    assert any("has 2 pages" in p.message and "split" in p.fix for p in _refused(tmp_path, pdf))


def test_a_pdf_in_one_type_size_falls_back_to_the_text_importer(tmp_path):
    """No headline type to go by: the wording decides (the text importer), in the layout's reading
    order, said in review; nothing is lost.  The eight paragraphs are one story (kicker, title, lead and body,
    as the seed page itself imports them), printed in reading order: one article.  The lead's credit is cut
    where the PDF's line ends (本报讯（记者 | 白莹）…): it is still read as the lead under the headline."""
    from fpdf import FPDF
    seed = (ROOT / "raw" / "ldwb-2025-09-24-seed000.txt").read_text(encoding="utf-8")
    paras = [p.strip() for p in seed.split("\n") if p.strip()][:8]
    pdf = FPDF(unit="pt", format=(595, 2000))
    pdf.set_auto_page_break(False)
    pdf.add_font("cjk", "", str(_font()))
    pdf.add_page()
    pdf.set_font("cjk", size=10)
    y = 40.0
    for para in paras:
        pdf.set_xy(40, y)
        pdf.multi_cell(300, 15, para)
        y = pdf.get_y() + 15
    target = tmp_path / "raw" / "ldwb" / "2025-09-24" / "02.pdf"
    target.parent.mkdir(parents=True)
    pdf.output(str(target))
    run_import([target], tmp_path / "content", tmp_path, PAPERS, config=Config(root=tmp_path, papers=dict(PAPERS)))
    posts = [frontmatter.load(p) for p in sorted((tmp_path / "content").rglob("*.md"))]
    articles = [p for p in posts if not p["id"].endswith("-unplaced")]
    assert len(articles) == 1 and (articles[0]["kicker"], articles[0]["title"]) == (paras[0], paras[1])
    assert all(any("no headline type" in r for r in p["review"]) for p in posts)
    every = "".join(imported_text(p) for p in articles) + "".join(squash(p.content) for p in posts
                                                                 if p["id"].endswith("-unplaced"))
    assert sorted(every) == sorted(squash("".join(paras)))


def test_an_image_given_without_ocr_says_to_add_it(tmp_path):
    from PIL import Image
    page = tmp_path / "raw" / "grrb" / "2025-09-26" / "01.png"
    page.parent.mkdir(parents=True)
    Image.new("L", (50, 50), 255).save(page)
    with pytest.raises(UnionnewsError) as caught:
        run_import([page], tmp_path / "content", tmp_path, PAPERS, config=Config(root=tmp_path, papers=dict(PAPERS)))
    assert any("page image" in p.message and "--ocr" in p.fix for p in caught.value.problems)


def test_rules_read_from_a_page_image_stay_apart(tmp_path):
    """Two rules of about the same length far apart are two rules, whatever order their runs come in."""
    import numpy as np
    from PIL import Image
    from unionnews.ingest.scan import rules_and_pictures
    pixels = np.full((400, 600), 255, dtype=np.uint8)
    pixels[300, 10:500] = 0   # the lower rule sorts first (shorter by a pixel or so)
    pixels[20, 10:504] = 0
    pixels[100:180, 50:80] = 0  # a block of ink: not a rule
    image = tmp_path / "page.png"
    Image.fromarray(pixels).save(image)
    rules, _ = rules_and_pictures(image, body=10.0)
    flat = sorted((r.y0, r.y1) for r in rules if r.width > r.height)
    assert flat == [(20, 21), (300, 301)]


# ---------------------------------------------------------------- OCR words → lines, word by word

def _words(line: int, text: str, x0: float, y0: float, em: float, conf: float = 0.95, line_box=None, step=None):
    """One word per character, set on a square grid from x0, as an engine reports them."""
    from unionnews.ingest.geometry import Box, Word
    step = step or em * 1.05
    return [Word(ch, Box(x0 + i * step, y0, x0 + i * step + em, y0 + em), line, line_box, conf)
            for i, ch in enumerate(text)]


def test_a_line_run_across_a_rule_is_cut_there_and_the_rule_is_not_text():
    """An engine runs a line across the rule between two stories and reads the rule as |."""
    from unionnews.ingest.geometry import Box, Word, words_to_lines
    line_box = Box(0, 100, 400, 120)
    words = _words(1, "左边的正文", 0, 100, 20, line_box=line_box)
    words.append(Word("|", Box(108, 96, 112, 124), 1, line_box, 0.9))
    words += _words(1, "右边的正文", 118, 100, 20, line_box=line_box)
    words.append(Word("文|右", Box(300, 100, 362, 120), 1, line_box, 0.9))  # one box over a second rule
    rules = [Box(109.5, 0, 110.5, 400), Box(330.5, 0, 331.5, 400)]
    texts = [l.text for l in words_to_lines(words, rules)]
    assert texts == ["左边的正文", "右边的正文", "文", "右"]


def test_a_second_reading_of_the_same_ink_is_dropped_not_the_first():
    """Where layout analysis fails an engine reads a headline twice: a line of doubted words
    lying on the sure ones is not printed text; words lying on nothing are kept."""
    from unionnews.ingest.geometry import words_to_lines
    sure = _words(1, "标题文字在此", 0, 0, 60)
    again = _words(2, "示题立字", 10, 20, 60, conf=0.3)
    alone = _words(2, "另", 1000, 20, 60, conf=0.3)
    texts = [l.text for l in words_to_lines(sure + again + alone)]
    assert "标题文字在此" in texts and "另" in texts
    assert not any(t in "".join(texts) for t in "示立")


def test_a_gutter_in_the_page_image_cuts_a_line_whose_word_box_reaches_over_it(tmp_path):
    """Two columns of body type with a gutter: the engine's word box runs over the gutter, the
    page image shows it; the comma's white inside a column is not a gutter."""
    import numpy as np
    from PIL import Image
    from unionnews.ingest.geometry import Box, Word, words_to_lines
    from unionnews.ingest.scan import Gutters
    em, lead = 20, 32
    pixels = np.full((300, 600), 255, dtype=np.uint8)
    for row in range(5):
        y = 20 + row * lead
        for x in list(range(10, 250, 22)) + list(range(290, 590, 22)):
            if row == 2 and x == 76:  # a comma: ink low at the left, white after it
                pixels[y + 14:y + em, x:x + 4] = 0
            else:
                pixels[y:y + em, x:x + em - 4] = 0
    image = tmp_path / "page.png"
    Image.fromarray(pixels).save(image)
    y = 20 + 2 * lead
    line_box = Box(10, y, 586, y + em)
    words = [Word("正文正", Box(10, y, 76, y + em), 1, line_box), Word("，", Box(76, y + 14, 80, y + em), 1, line_box),
             Word("正文正文正文", Box(98, y, 320, y + em), 1, line_box),  # over the gutter at 250–290
             Word("正文正文正文正文正文", Box(322, y, 586, y + em), 1, line_box)]
    texts = [l.text for l in words_to_lines(words, (), Gutters(image))]
    assert texts == ["正文正，正文正文正", "文正文正文正文正文正文"]


def test_a_wrapped_credit_line_under_its_indent_is_one_column_not_two():
    """A credit line set in from the column's edge wraps its last character to the edge: the white
    under the indent is not a gutter (nothing stands beside across it), so the line reads in order."""
    from unionnews.ingest.geometry import Box, PageLayout, TextLine, read_layout
    lines = (TextLine("标题在这里", Box(100, 10, 300, 40), 28.0),
             TextLine("　　正文第一行写在这", Box(0, 60, 200, 70), 10.0),
             TextLine("里，接着第二行的正文", Box(0, 75, 200, 85), 10.0),
             TextLine("结束。", Box(0, 90, 30, 100), 10.0),
             TextLine("本报记者 盛丽 摄影报", Box(241, 60, 400, 70), 10.0),
             TextLine("道", Box(220, 75, 230, 85), 10.0))
    page = read_layout(PageLayout(420.0, 200.0, lines))
    assert [a.title for a in page.articles] == ["标题在这里"]
    assert "".join(p.text for p in page.articles[0].paras).endswith("本报记者 盛丽 摄影报道")


def test_a_headline_read_in_pieces_with_a_scrap_misread_small_stays_one_headline():
    """An engine reads a headline line in pieces and one piece small (第二 read as 钮一 in body
    size): the scrap in the headline's row, with no rule between, is part of the headline."""
    from unionnews.ingest.geometry import Box, PageLayout, TextLine, read_layout
    lines = [TextLine("会聚巾帼匠心筑梦", Box(40, 10, 264, 38), 28.0),
             TextLine("钮一", Box(280, 12, 300, 30), 9.0),
             TextLine("届巾帼工匠论坛在京举办", Box(320, 10, 628, 38), 28.0)]
    lines += [TextLine("正文" * 14, Box(40, 60 + 15 * i, 320, 70 + 15 * i), 10.0) for i in range(6)]
    page = read_layout(PageLayout(700.0, 200.0, tuple(lines)))
    assert len(page.articles) == 1
    assert page.articles[0].title == "会聚巾帼匠心筑梦 钮一 届巾帼工匠论坛在京举办".replace(" ", "")


def test_an_engine_line_across_a_rule_into_smaller_type_is_measured_each_side():
    """One engine line runs a headline (55 px type) across the rule into the next story's deck
    (37 px): each side is its own type size, not one size for both."""
    from unionnews.ingest.geometry import Box, words_to_lines
    line_box = Box(0, 100, 1500, 156)
    words = _words(1, "首届大国工匠论坛举办", 0, 100, 55, step=57, line_box=line_box)
    words += _words(1, "市总工会职工服务中心与密云区总工会联合举办", 700, 119, 37, step=39, line_box=line_box)
    rules = [Box(650, 0, 651, 400)]
    lines = words_to_lines(words, rules)
    assert [l.text for l in lines] == ["首届大国工匠论坛举办", "市总工会职工服务中心与密云区总工会联合举办"]
    assert lines[0].size > 50 and 30 < lines[1].size < 40
