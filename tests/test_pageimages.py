"""pageimages.py on its own: which printed pages get images, their URLs and sizes, the problems a missing
or damaged page file gives, and the images written (WebP, both widths, kept in the cache by the file's bytes).

Small hand-made page files (a PNG and a one-page PDF) stand in for imported pages; test_epaper.py
builds whole e-paper sites."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import pytest
from PIL import Image

from unionnews.errors import UnionnewsError
from unionnews.pageimages import FULL_WIDTH, THUMB_WIDTH, PageImage, image_url, plan_images, write_images

DAY = dt.date(2025, 11, 14)
REGION = ((0.1, 0.1, 0.5, 0.3),)


def _article(path: str, provenance: dict[str, str], regions=REGION, line: int = 7):
    return SimpleNamespace(path=path, regions=regions, provenance=tuple(provenance.items()),
                           line_of=lambda key: line if key == "provenance" else 2)


def _site(*pages: tuple[int | None, list]):
    """One issue of grrb on DAY with the given (page number, articles)."""
    issue = SimpleNamespace(code="grrb", date=DAY,
                            pages=[SimpleNamespace(number=n, articles=tuple(arts)) for n, arts in pages])
    return SimpleNamespace(issues=[issue])


def _config(root: Path, mode: str):
    return SimpleNamespace(root=root, page_images=mode)


def _png(path: Path, size: tuple[int, int]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    image = Image.new("RGB", size, "white")
    for x in range(0, size[0], 7):  # some ink, so the image is not one colour
        image.putpixel((x, x * size[1] // size[0]), (0, 0, 0))
    image.save(path)
    return path


def _pdf(path: Path, width_pt: float, height_pt: float) -> Path:
    from fpdf import FPDF
    pdf = FPDF(unit="pt", format=(width_pt, height_pt))
    pdf.add_page()
    pdf.rect(20, 20, width_pt / 2, height_pt / 3, style="F")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


class _Writer:
    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}

    def write(self, url: str, data: bytes) -> None:
        assert url not in self.files, f"{url} written twice"
        self.files[url] = data


def test_image_urls_name_paper_date_and_page():
    assert image_url("grrb", DAY, 3) == "img/grrb/2025/2025-11-14-p03.webp"
    assert image_url("grrb", DAY, 12, thumb=True) == "img/grrb/2025/2025-11-14-p12-t.webp"
    assert image_url("ldwb", dt.date(1999, 1, 2), None) == "img/ldwb/1999/1999-01-02-p00.webp"


def test_no_images_by_default(tmp_path):
    _png(tmp_path / "raw" / "p1.png", (800, 1200))
    site = _site((1, [_article("content/a.md", {"image": "raw/p1.png"})]))
    assert plan_images(site, _config(tmp_path, "none")) == {}


def test_full_plans_a_page_image_and_thumbnail_sized_by_the_page(tmp_path):
    source = _png(tmp_path / "raw" / "p1.png", (800, 1200))
    site = _site((1, [_article("content/a.md", {"image": "raw/p1.png"})]))
    plan = plan_images(site, _config(tmp_path, "full"))
    assert plan == {("grrb", DAY, 1): PageImage("img/grrb/2025/2025-11-14-p01.webp",
                                                "img/grrb/2025/2025-11-14-p01-t.webp", FULL_WIDTH, 1500, source)}
    assert plan[("grrb", DAY, 1)].ratio == pytest.approx(800 / 1200)


def test_thumbnails_plans_no_full_image(tmp_path):
    _png(tmp_path / "raw" / "p1.png", (800, 1200))
    site = _site((1, [_article("content/a.md", {"image": "raw/p1.png"})]))
    image = plan_images(site, _config(tmp_path, "thumbnails"))[("grrb", DAY, 1)]
    assert image.url == "" and image.thumb.endswith("-p01-t.webp")


def test_a_pdf_page_is_sized_from_the_pdf(tmp_path):
    source = _pdf(tmp_path / "raw" / "page.pdf", 300, 450)
    site = _site((2, [_article("content/a.md", {"file": "raw/page.pdf"})]))
    image = plan_images(site, _config(tmp_path, "full"))[("grrb", DAY, 2)]
    assert (image.width, image.height, image.source) == (FULL_WIDTH, 1500, source)


def test_only_placed_articles_with_a_page_file_count(tmp_path):
    """No regions, or OCR text without its page image (an hOCR file): no image for that page."""
    _png(tmp_path / "raw" / "p1.png", (800, 1200))
    absolute = _png(tmp_path / "elsewhere" / "p3.png", (1000, 500))
    site = _site((1, [_article("content/a.md", {"image": "raw/p1.png"}, regions=())]),
                 (2, [_article("content/b.md", {"file": "raw/p2.hocr"})]),
                 (3, [_article("content/c.md", {}), _article("content/d.md", {"image": str(absolute)})]))
    plan = plan_images(site, _config(tmp_path, "full"))
    assert list(plan) == [("grrb", DAY, 3)]
    assert plan[("grrb", DAY, 3)].source == absolute and plan[("grrb", DAY, 3)].height == 500


def test_missing_and_damaged_page_files_are_named_with_their_articles(tmp_path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "broken.png").write_bytes(b"not an image at all")
    site = _site((1, [_article("content/a.md", {"image": "raw/gone.png"}, line=9)]),
                 (2, [_article("content/b.md", {"file": "raw/broken.pdf"})]),
                 (3, [_article("content/c.md", {"image": "raw/broken.png"})]))
    (tmp_path / "raw" / "broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    with pytest.raises(UnionnewsError) as caught:
        plan_images(site, _config(tmp_path, "full"))
    problems = {p.path: p for p in caught.value.problems}
    assert set(problems) == {"content/a.md", "content/b.md", "content/c.md"}
    assert problems["content/a.md"].line == 9 and "gone.png" in problems["content/a.md"].message
    assert "is missing" in problems["content/a.md"].message
    for path in ("content/b.md", "content/c.md"):
        assert "cannot be read" in problems[path].message
    assert all('page_images = "none"' in p.fix for p in problems.values())


def test_write_images_makes_webp_of_both_widths_and_counts_their_bytes(tmp_path):
    source = _png(tmp_path / "raw" / "p1.png", (800, 1200))
    pdf = _pdf(tmp_path / "raw" / "p2.pdf", 300, 450)
    plan = {("grrb", DAY, 1): PageImage("img/a.webp", "img/a-t.webp", FULL_WIDTH, 1500, source),
            ("grrb", DAY, 2): PageImage("", "img/b-t.webp", FULL_WIDTH, 1500, pdf)}
    writer = _Writer()
    total = write_images(plan, writer, tmp_path / "cache")
    assert set(writer.files) == {"img/a.webp", "img/a-t.webp", "img/b-t.webp"}
    assert total == sum(len(data) for data in writer.files.values())
    widths = {}
    for url, data in writer.files.items():
        assert data[:4] == b"RIFF" and data[8:12] == b"WEBP"
        (tmp_path / "out.webp").write_bytes(data)
        with Image.open(tmp_path / "out.webp") as image:
            widths[url] = image.size
    assert widths["img/a.webp"] == (FULL_WIDTH, 1500)
    assert widths["img/a-t.webp"] == (THUMB_WIDTH, 240)
    assert widths["img/b-t.webp"] == (THUMB_WIDTH, 240)


def test_write_images_reuses_the_cache_until_the_page_file_changes(tmp_path):
    source = _png(tmp_path / "raw" / "p1.png", (400, 600))
    plan = {("grrb", DAY, 1): PageImage("img/a.webp", "img/a-t.webp", FULL_WIDTH, 1500, source)}
    cache = tmp_path / "cache"
    write_images(plan, _Writer(), cache)
    kept = sorted(cache.iterdir())
    assert len(kept) == 2
    for path in kept:  # a build that finds these in the cache must not render the page again
        path.write_bytes(b"cached:" + path.name.encode())
    again = _Writer()
    assert write_images(plan, again, cache) == sum(len(d) for d in again.files.values())
    assert all(data.startswith(b"cached:") for data in again.files.values())
    _png(source, (400, 700))  # new bytes: new images
    changed = _Writer()
    write_images(plan, changed, cache)
    assert not any(data.startswith(b"cached:") for data in changed.files.values())
    assert len(list(cache.iterdir())) == 4


def test_write_images_without_a_usable_cache_still_writes(tmp_path):
    source = _png(tmp_path / "raw" / "p1.png", (400, 600))
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the cache folder would go")
    writer = _Writer()
    write_images({("grrb", DAY, 1): PageImage("", "img/a-t.webp", FULL_WIDTH, 1500, source)}, writer, blocked)
    assert list(writer.files) == ["img/a-t.webp"] and writer.files["img/a-t.webp"][8:12] == b"WEBP"


def test_nothing_planned_writes_nothing(tmp_path):
    writer = _Writer()
    assert write_images({}, writer, tmp_path / "cache") == 0
    assert writer.files == {} and not (tmp_path / "cache").exists()
