"""Screenshots of the built site for the README: home, an issue and an article, desktop and phone.

    .venv/bin/python tools/screenshots.py [SITE_DIR] [OUT_DIR]

Uses Debian's Chromium through Playwright, opening the pages from disk (file://), as a reader with a
USB stick would.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
SIZES = {"desktop": (1280, 900), "phone": (375, 812)}


def first(html: str, pattern: str) -> str:
    return re.search(pattern, html).group(1)


def main(site: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    home = site / "index.html"
    issue = (home.parent / first(home.read_text(encoding="utf-8"), r'<h2 id="[^"]+"><a href="([^"]+)"')).resolve()
    article = (issue.parent / first(issue.read_text(encoding="utf-8"), r'<ul class="listing"><li>(?:<span[^>]*>[^<]*</span>)?<a href="([^"]+)"')).resolve()
    pages = {"home": home, "issue": issue, "article": article}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
        for size, (width, height) in SIZES.items():
            context = browser.new_context(viewport={"width": width, "height": height}, device_scale_factor=1,
                                          color_scheme="light")
            tab = context.new_page()
            for name, path in pages.items():
                tab.goto(path.as_uri())
                target = out / f"{name}-{size}.png"
                tab.screenshot(path=str(target), full_page=False)
                print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)
            context.close()
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "site",
         Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "docs" / "screenshots")
