"""The printed pages as images (``page_images`` in site.toml): the e-paper view of a 版面.

Articles imported from a page PDF, hOCR or ALTO carry ``regions`` and, in ``provenance``, the
page file (a PDF) or the page image beside the OCR file.  With ``page_images = "full"`` each such
page gets a WebP image FULL_WIDTH pixels wide and a THUMB_WIDTH thumbnail: the issue page shows
the page image with every article's region a link, the 版面 strip of thumbnails and 上一版/下一版,
and the article page shows its clipping (the same image, cropped by CSS: no file per article).
``"thumbnails"`` makes only the thumbnails (the 版面 strip), ``"none"`` (the default) nothing:
the site is then exactly as it is without page files.

Images are made with pypdfium2 (PDF pages) and Pillow, kept in ``.cache/unionnews/page-images/``
by the source file's hash, so a build renders a page only when its file changed.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from unionnews.errors import Problem, UnionnewsError

__all__ = ["PageImage", "plan_images", "write_images", "FULL_WIDTH", "THUMB_WIDTH"]

FULL_WIDTH = 1000   # a broadsheet page legible on a laptop; zooming is the reader's, via the clipping
THUMB_WIDTH = 160   # the 版面 strip
QUALITY = 60        # WebP quality: greyscale newsprint compresses well at this level


@dataclass(frozen=True)
class PageImage:
    """One printed page's images, as the templates use them."""

    url: str          # full image ("" with page_images = "thumbnails")
    thumb: str
    width: int        # of the full image, in pixels
    height: int
    source: Path

    @property
    def ratio(self) -> float:
        return self.width / self.height


def image_url(code: str, date: dt.date, number: int | None, thumb: bool = False) -> str:
    return f"img/{code}/{date.year}/{date:%Y-%m-%d}-p{number or 0:02d}{'-t' if thumb else ''}.webp"


def _source(article, root: Path) -> Path | None:
    provenance = dict(article.provenance)
    name = provenance.get("image") or (provenance.get("file") if provenance.get("file", "").lower().endswith(".pdf")
                                       else None)
    if not name:
        return None
    path = Path(name)
    return path if path.is_absolute() else root / path


def _size(source: Path) -> tuple[float, float]:
    if source.suffix.lower() == ".pdf":
        import pypdfium2 as pdfium
        document = pdfium.PdfDocument(str(source))
        try:
            return document[0].get_size()
        finally:
            document.close()
    from PIL import Image
    with Image.open(source) as im:
        return im.size


def plan_images(site, config) -> dict[tuple[str, dt.date, int | None], PageImage]:
    """The page images the build will write, by (paper code, date, page number)."""
    if config.page_images == "none":
        return {}
    plan = {}
    problems = []
    for issue in site.issues:
        for page in issue.pages:
            placed = [a for a in page.articles if a.regions]
            sources = [s for s in (_source(a, config.root) for a in placed) if s is not None]
            if not sources:
                continue
            source = sources[0]
            if not source.is_file():
                article = placed[0]
                problems.append(Problem(article.path, article.line_of("provenance"),
                                        f"its page file {source} is missing, so the 版面 image cannot be made",
                                        "put the page file back, or set page_images = \"none\" in site.toml"))
                continue
            try:
                w, h = _size(source)
            except Exception as exc:  # noqa: BLE001 - a damaged page file, named with the article that cites it
                problems.append(Problem(placed[0].path, None, f"its page file {source} cannot be read as an image "
                                        f"or PDF ({type(exc).__name__})", "replace the page file, or set "
                                        "page_images = \"none\""))
                continue
            height = round(FULL_WIDTH * h / w)
            full = image_url(issue.code, issue.date, page.number) if config.page_images == "full" else ""
            plan[(issue.code, issue.date, page.number)] = PageImage(
                full, image_url(issue.code, issue.date, page.number, thumb=True), FULL_WIDTH, height, source)
    if problems:
        raise UnionnewsError(problems)
    return plan


def _render(source: Path, width: int) -> bytes:
    from PIL import Image
    if source.suffix.lower() == ".pdf":
        import pypdfium2 as pdfium
        document = pdfium.PdfDocument(str(source))
        try:
            page = document[0]
            image = page.render(scale=width / page.get_width(), grayscale=True).to_pil()
        finally:
            document.close()
    else:
        with Image.open(source) as opened:
            image = opened.convert("L")
    if image.width != width:
        image = image.resize((width, round(image.height * width / image.width)), Image.LANCZOS)
    out = io.BytesIO()
    image.save(out, "WEBP", quality=QUALITY, method=4)
    return out.getvalue()


def write_images(plan: dict, writer, cache_dir: Path) -> int:
    """Write every planned image into the site (rendered once per source file); their total bytes."""
    if not plan:
        return 0
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
    except OSError:  # the cache only saves time: without it every image is made anew
        cache_dir = None
    total = 0
    for image in plan.values():
        digest = hashlib.sha256(image.source.read_bytes()).hexdigest()[:32]
        for url, width in ((image.url, FULL_WIDTH), (image.thumb, THUMB_WIDTH)):
            if not url:
                continue
            kept = cache_dir / f"{digest}-{width}-{QUALITY}.webp" if cache_dir else None
            if kept is not None and kept.exists():
                data = kept.read_bytes()
            else:
                data = _render(image.source, width)
                if kept is not None:
                    try:
                        kept.write_bytes(data)
                    except OSError:
                        pass
            writer.write(url, data)
            total += len(data)
    return total
