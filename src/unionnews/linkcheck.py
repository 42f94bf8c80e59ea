"""Internal link checking: every href/src in every page must name a file of the site.

Runs on every build over the staging folder, before it is swapped in, so a
site with a broken internal link is never published.  External links are
not followed (the site must never need another host anyway).
"""
from __future__ import annotations

import posixpath
import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from unionnews.errors import Problem

LINK_RE = re.compile(r"""\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)


@lru_cache(maxsize=200_000)
def _resolve(folder: str, path: str) -> str:
    return posixpath.normpath(posixpath.join(folder, unquote(path)))


def internal_target(page_url: str, link: str) -> str | None:
    """The site-relative file a link points at, or None for external/fragment links."""
    if link.startswith(("#", "mailto:", "data:")) or not link:
        return None
    if "://" not in link and "?" not in link and "#" not in link and not link.startswith("//"):
        return _resolve(posixpath.dirname(page_url), link)  # the common case, without urlsplit
    parts = urlsplit(link)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    return _resolve(posixpath.dirname(page_url), parts.path)


def check_links(root: Path, urls: set[str] | None = None) -> list[Problem]:
    """All broken internal links under root (a built or staging site folder)."""
    root = Path(root)
    files = urls if urls is not None else {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}
    problems = []
    for url in sorted(files):
        if not url.endswith(".html") or url == "404.html":  # 404.html uses base_url paths: GitHub serves it anywhere
            continue
        text = (root / url).read_text(encoding="utf-8")
        for match in LINK_RE.finditer(text):
            link = match.group(1) if match.group(1) is not None else match.group(2)
            target = internal_target(url, link.replace("&amp;", "&"))
            if target is None:
                continue
            if target.startswith("..") or target not in files:
                if target + "/index.html" in files or target.endswith("/"):
                    problems.append(Problem(f"site/{url}", text.count("\n", 0, match.start()) + 1,
                                            f"link {link!r} names a folder", "link to …/index.html so it works from disk"))
                else:
                    problems.append(Problem(f"site/{url}", text.count("\n", 0, match.start()) + 1,
                                            f"link {link!r} points to a missing file", "fix the template or the content"))
    return problems
