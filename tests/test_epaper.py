"""The 版面 as an e-paper (issue 20): page images, clickable article regions, the 版面 strip,
上一版/下一版 and the clipping, in Chromium from file:// and under a sub-path; and a site
without page images exactly as before."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import frontmatter
import pytest

import layout_pages
from conftest import build_project, make_project, nu_checker, tree
from unionnews.config import Config, load_config
from unionnews.errors import UnionnewsError
from unionnews.ingest import run_import

ROOT = Path(__file__).resolve().parents[1]
PAPERS = {"工人日报": "grrb", "劳动午报": "ldwb"}


def _set(project: Path, line: str) -> None:
    """Set a top-level key of the project's site.toml (replacing it where the file has it)."""
    path = project / "site.toml"
    key = line.split("=")[0].strip()
    text = re.sub(rf"^{key}\s*=.*\n", "", path.read_text(encoding="utf-8"), flags=re.M)
    path.write_text(line + "\n" + text, encoding="utf-8")


@pytest.fixture(scope="session")
def paper_project(tmp_path_factory) -> Path:
    """content/'s articles laid out on pages (seed 31), imported from the PDFs into a new project."""
    font = layout_pages.font_path()
    if font is None:
        pytest.skip(f"e-paper tests skipped: no TrueType CJK font (install Debian's {layout_pages.DEBIAN_FONTS})")
    tmp = tmp_path_factory.mktemp("epaper")
    project = make_project(tmp)
    raw = project / "raw"
    layout_pages.lay_out(layout_pages.load_stories(ROOT / "content"), raw, 31, 72, font)
    for png in raw.rglob("*.png"):
        png.unlink()
    run_import([raw], project / "content", project, PAPERS, config=Config(root=project, papers=dict(PAPERS)))
    return project


@pytest.fixture(scope="session")
def epaper_site(paper_project, tmp_path_factory) -> tuple[Path, object]:
    project = tmp_path_factory.mktemp("full") / "project"
    shutil.copytree(paper_project, project)
    _set(project, 'page_images = "full"')
    report = build_project(project)
    return project / "site", report


def test_page_images_are_counted_apart_in_the_size_report(epaper_site):
    site, report = epaper_site
    images = sorted((site / "img").rglob("*.webp"))
    assert images and all(p.read_bytes()[8:12] == b"WEBP" for p in images)
    assert report.image_bytes == sum(p.stat().st_size for p in images)
    assert "of it page images" in report.summary()
    from PIL import Image
    full = [p for p in images if not p.stem.endswith("-t")]
    thumbs = [p for p in images if p.stem.endswith("-t")]
    assert len(full) == len(thumbs)
    assert {Image.open(p).width for p in full} == {1000} and {Image.open(p).width for p in thumbs} == {160}


def test_without_page_images_the_site_is_as_before(paper_project, tmp_path):
    """page_images = "none" (the default) builds the same bytes as the same articles with no regions."""
    plain = tmp_path / "a" / "project"
    shutil.copytree(paper_project, plain)
    stripped = tmp_path / "b" / "project"
    shutil.copytree(paper_project, stripped)
    for path in (stripped / "content").rglob("*.md"):
        post = frontmatter.load(path)
        if "regions" in post.metadata:
            text = path.read_text(encoding="utf-8")
            path.write_text(re.sub(r"^regions: .*\n", "", text, flags=re.M), encoding="utf-8")
    report = build_project(plain)
    build_project(stripped)
    assert not (plain / "site" / "img").exists()
    # the size report counts no image bytes then, and says nothing of page images (issue 20 item 4)
    assert report.image_bytes == 0 and "page images" not in report.summary()
    a, b = tree(plain / "site"), tree(stripped / "site")
    assert a.keys() == b.keys()
    assert [k for k in a if a[k] != b[k]] == []
    assert all(b"<svg" not in data and b"page-nav" not in data for k, data in a.items() if k.endswith(".html"))


def test_thumbnails_only_gives_the_strip_and_no_page_view(paper_project, tmp_path):
    project = tmp_path / "project"
    shutil.copytree(paper_project, project)
    _set(project, 'page_images = "thumbnails"')
    build_project(project)
    images = list((project / "site" / "img").rglob("*.webp"))
    assert images and all(p.stem.endswith("-t") for p in images)
    issue = next((project / "site" / "grrb").rglob("2025-11-14.html")).read_text(encoding="utf-8")
    assert '<ol aria-label=版面>' in issue and "-t.webp" in issue and 'class="epaper"' not in issue


def test_a_bad_page_images_setting_is_named(tmp_path):
    project = make_project(tmp_path)
    _set(project, 'page_images = "some"')
    with pytest.raises(UnionnewsError) as caught:
        load_config(project)
    problem = caught.value.problems[0]
    assert problem.line == 1 and "page_images" in problem.message and '"full"' in problem.fix


def test_a_missing_page_file_is_named_with_the_article(paper_project, tmp_path):
    project = tmp_path / "project"
    shutil.copytree(paper_project, project)
    _set(project, 'page_images = "full"')
    gone = next((project / "raw").rglob("*.pdf"))
    gone.unlink()
    with pytest.raises(UnionnewsError) as caught:
        build_project(project)
    assert any("is missing" in p.message and gone.name in p.message and 'page_images = "none"' in p.fix
               for p in caught.value.problems)


def _check_epaper(page, start: str) -> None:
    """Every region on every 版面 of the issue links to the article it covers; keyboard reaches them."""
    page.goto(start)
    regions = page.locator(".epaper svg a")
    count = regions.count()
    assert count >= 3
    targets = [(regions.nth(i).get_attribute("aria-label"), regions.nth(i).get_attribute("href")) for i in range(count)]
    thumbs = page.locator("ol[aria-label=版面] img")
    assert thumbs.count() >= 2
    # the strip's thumbnails are loading="lazy": they are not part of the load event, so wait for
    # each one (brought into view) to finish rather than reading it mid-download
    for i in range(thumbs.count()):
        thumbs.nth(i).scroll_into_view_if_needed()
        page.wait_for_function("(img) => img.complete && img.naturalWidth > 0", arg=thumbs.nth(i).element_handle(),
                               timeout=15_000)
    assert page.locator(".page-nav a", has_text="下一版").count() >= 1
    # the accessible name is the headline of the article the region links to
    for label, href in targets:
        assert label
        page.goto(start)
        page.locator(f'.epaper svg a[href="{href}"]').first.click()
        assert page.locator("h1").inner_text().strip() == label
        clipping = page.locator(".clipping svg image")
        assert clipping.count() >= 1  # the clipping beside the text
    # keyboard: Tab reaches a region, Enter opens its article
    page.goto(start)
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('.epaper') !== null"):
            break
    else:
        pytest.fail("no 版面 region is reachable with Tab")
    label = page.evaluate("document.activeElement.getAttribute('aria-label')")
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    assert page.locator("h1").inner_text().strip() == label


@pytest.mark.browser
def test_epaper_regions_link_to_their_articles_from_disk(epaper_site, page):
    site, _ = epaper_site
    issue = sorted((site / "grrb").rglob("2025-11-14.html"))[0]
    _check_epaper(page, issue.as_uri())
    # the page image itself loads from disk
    image = site / "img" / "grrb" / "2025" / "2025-11-14-p01.webp"
    page.goto(image.as_uri())
    assert page.evaluate("document.images[0].naturalWidth") == 1000
    assert not page.errors


@pytest.mark.browser
def test_epaper_works_under_a_sub_path(epaper_site, page, serve_subpath):
    site, _ = epaper_site
    base = serve_subpath(site)
    failed: list[str] = []
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    issue = sorted((site / "grrb").rglob("2025-11-14.html"))[0].relative_to(site).as_posix()
    _check_epaper(page, base + issue)
    assert not failed and not page.errors


def _epaper_pages(site: Path) -> list[Path]:
    issue = sorted((site / "grrb").rglob("2025-11-14.html"))[0]
    article = next(p for p in sorted((site / "article").rglob("*.html")) if 'class=clipping' in p.read_text("utf-8"))
    return [issue, article]


def test_epaper_pages_pass_the_nu_html_checker(epaper_site, tmp_path):
    import subprocess
    validator, env = nu_checker(tmp_path / "bin")
    if validator is None:
        pytest.skip("the Nu HTML Checker needs Java: apt-get install default-jre-headless")
    site, _ = epaper_site
    pages = tmp_path / "pages"
    pages.mkdir()
    for n, path in enumerate(_epaper_pages(site)):
        shutil.copy(path, pages / f"{n}.html")
    result = subprocess.run([validator, "--root", str(pages), "--format", "text"],
                            capture_output=True, text=True, timeout=600, env=env)
    output = (result.stdout + result.stderr).strip()
    assert result.returncode == 0 and "Error" not in output, output


@pytest.mark.browser
def test_epaper_pages_have_no_serious_accessibility_violations(epaper_site, chromium, serve_subpath):
    axe = ROOT / "node_modules" / "axe-core" / "axe.min.js"
    if not axe.exists():
        pytest.skip("axe-core is not installed (python3 build.py test installs it with npm)")
    site, _ = epaper_site
    base = serve_subpath(site)
    context = chromium.new_context(bypass_csp=True)  # axe is injected inline; the site's CSP forbids that
    tab = context.new_page()
    found = {}
    for path in _epaper_pages(site):
        tab.goto(base + path.relative_to(site).as_posix())
        tab.add_script_tag(path=str(axe))
        result = tab.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        bad = [f"{v['id']}: {v['help']}" for v in result["violations"] if v["impact"] in ("serious", "critical")]
        if bad:
            found[path.name] = bad
    context.close()
    assert found == {}
