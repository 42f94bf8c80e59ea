"""Internal link checking: every href/src in every page must name a file of the site.

Runs on every build, before the staging folder is swapped in, so a site with a
broken internal link is never published.  Pool workers settle the links to pages
of the build as they render (`links_of` with `known`, then `unresolved`); only the
rest (search, static and feed files, and mistakes) reach `check_targets`.  External links are
not followed (the site must never need another host anyway).
"""
from __future__ import annotations

import posixpath
import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from unionnews.errors import Problem

# href= or src=, any case, as a whole word, with its value quoted or not (the theme writes the build's
# URLs without quotes, as HTML allows: no space, quote, =, <, > or backtick in them).  Spelt so the
# pattern starts with a character set: re then skips to the next h or s in C instead of trying every
# position; re.ASCII keeps \b and \s off the Unicode tables, which CJK pages would otherwise consult at
# every character.  tests/test_links.py holds it to the plain spelling.
LINK_RE = re.compile(r"""[hHsS](?<=\b[hHsS])(?:(?<=[hH])(?i:ref)|(?<=[sS])(?i:rc))\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+)""",
                     re.ASCII)


@lru_cache(maxsize=200_000)
def _resolve(folder: str, path: str) -> str:
    return posixpath.normpath(posixpath.join(folder, unquote(path)))


def internal_target(page_url: str, link: str) -> str | None:
    """The site-relative file a link points at, or None for external/fragment links."""
    return _target(posixpath.dirname(page_url), link)


def _target(folder: str, link: str) -> str | None:
    """internal_target, for a link on a page in `folder`."""
    if link.startswith(("#", "mailto:", "data:")) or not link:
        return None
    if "://" not in link and "?" not in link and "#" not in link and not link.startswith("//"):
        return _resolve(folder, link)  # the common case, without urlsplit
    parts = urlsplit(link)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    return _resolve(folder, parts.path)


def links_of(url: str, html: str, into: dict[str, dict[str, str]], known: set[str] | None = None) -> None:
    """Note each link of `html` (the page at url) by the folder it is relative to: folder → link → first page.

    Pool workers run this on the pages they render.  Most links repeat from page to page of a
    folder (the masthead, the listings), so each distinct (folder, link) is resolved only once, later.
    Links are kept as written, quotes included (an unquoted one is noted in double quotes; they are
    stripped when resolved).  Given `known`
    (every page URL of the build), a link written the way templates write one, the page's root
    and then a known URL (`../../article/x.html`), or one made relative to the page's folder
    (`../2014/x.html`), is settled on the spot without being noted.
    """
    if not url.endswith(".html") or url == "404.html":  # 404.html uses base_url paths: GitHub serves it anywhere
        return
    raw = set(LINK_RE.findall(html))
    bare = {q for q in raw if q[0] not in "\"'"}  # written without quotes
    found = (raw - bare) | {f'"{q}"' for q in bare} if bare else raw
    if known is not None:  # `root + url` names url exactly when url is a plain normalised path, as known ones are
        root = '"' + "../" * url.count("/")
        skip = len(root)
        found = {q for q in found if not (q.startswith(root) and q[skip:-1].partition("#")[0] in known)}
        found = {q for q in found if _plain_target(url, q) not in known}  # shortened ones (render.shorten_links)
    if bare:  # text may say src=x too (escaped markup in an article): only a link inside a tag counts
        found = {q for q in found if q in raw or q[1:-1] not in bare or _in_a_tag(html, q[1:-1])}
    links = into.setdefault(posixpath.dirname(url), {})
    for link in found.difference(links):  # in C: only links new to the folder
        links[link] = url


def _in_a_tag(html: str, value: str) -> bool:
    """Whether `=value`, unquoted, stands inside a tag somewhere in html (a `<` nearer before it than a `>`).

    Text never holds a raw `<` (it is escaped), so `src=x` in an article's words is not a link."""
    at = html.find("=" + value)
    while at >= 0:
        end = at + 1 + len(value)
        if (end == len(html) or html[end] in " \t\n\r\f>") and html.rfind("<", 0, at) > html.rfind(">", 0, at):
            return True
        at = html.find("=" + value, at + 1)
    return False


def _plain_target(page_url: str, quoted: str) -> str | None:
    """The site-relative URL a link names when it is plain: leading `../` steps, then a path with none
    (render.shorten_links writes links so); None for any other link, which is then resolved in full."""
    link = quoted[1:-1].partition("#")[0]
    ups = 0
    while link.startswith("../", 3 * ups):
        ups += 1
    rest = link[3 * ups:]
    folders = page_url.split("/")[:-1]
    if ups > len(folders) or not rest or "./" in rest or ":" in rest or rest.startswith("/"):
        return None
    return "/".join(folders[:len(folders) - ups] + [rest])


def merge_links(into: dict[str, dict[str, str]], more: dict[str, dict[str, str]]) -> None:
    for folder, links in more.items():
        mine = into.setdefault(folder, {})
        for link, url in links.items():
            mine.setdefault(link, url)


def _resolves(folder: str, quoted: str, files) -> bool:
    """Whether a link (as written, quotes included, on a page in folder) names a file in `files`, or is not internal."""
    target = _target(folder, quoted[1:-1].replace("&amp;", "&"))
    return target is None or (not target.startswith("..") and target in files)


def unresolved(links: dict[str, dict[str, str]], files) -> dict[str, dict[str, str]]:
    """The links that do not name one of `files`: what is left for check_targets to judge.

    Pool workers call it with every page URL of the build, so most links are settled in
    parallel and only the rest (search files, static files, mistakes) travel back.
    """
    rest: dict[str, dict[str, str]] = {}
    for folder, found in links.items():
        left = {quoted: url for quoted, url in found.items() if not _resolves(folder, quoted, files)}
        if left:
            rest[folder] = left
    return rest


def check_targets(links: dict[str, dict[str, str]], files: set[str], path_of) -> list[Problem]:
    """Problems for every link that names no file of the site; path_of(url) finds the page to quote a line."""
    problems = []
    for folder in sorted(links):
        for quoted, url in sorted(links[folder].items()):
            if _resolves(folder, quoted, files):
                continue
            written = quoted[1:-1]
            link = written.replace("&amp;", "&")
            target = _target(folder, link)
            text = path_of(url).read_text(encoding="utf-8")
            line = text.count("\n", 0, max(text.find(written), 0)) + 1
            if target + "/index.html" in files or target.endswith("/"):
                problems.append(Problem(f"site/{url}", line, f"link {link!r} names a folder",
                                        "link to …/index.html so it works from disk"))
            else:
                problems.append(Problem(f"site/{url}", line, f"link {link!r} points to a missing file",
                                        "fix the template or the content"))
    return problems


def check_links(root: Path, urls: set[str] | None = None) -> list[Problem]:
    """All broken internal links under root (a built site folder)."""
    root = Path(root)
    files = urls if urls is not None else {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}
    links: dict[str, dict[str, str]] = {}
    for url in sorted(files):
        if url.endswith(".html"):
            links_of(url, (root / url).read_text(encoding="utf-8"), links)
    return check_targets(links, set(files), lambda url: root / url)
