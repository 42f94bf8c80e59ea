"""The offline edition in one file: site/ as a ZIM archive (openZIM) that Kiwix reads.

A stage after the build: it takes site/ as the build left it and never builds, so
what Kiwix shows is byte for byte what the web shows.  It walks site/ without
knowing its layout: the home page (index.html) is the main entry, and a page is an
*article* when its schema.org JSON-LD says it is one (`"@type": "NewsArticle"` or
another `…Article` type).  Articles go into Kiwix's title index (their headline)
and libzim's full-text index (the text of their `<article>` element); listing
pages (issues, 版面, dates, people, tags…) are in the file and linked, but are
not search results of their own, so a search lands on the story, not on every
list that names it.

Left out, because they make no sense inside a ZIM: dot-files, and the files a web
host serves at the root for browsers and crawlers (the service worker, the web app
manifest, robots.txt, sitemap.xml).  Without sw.js the 保存本期 button stays
absent (static/offline.js makes it only once the worker has registered).

Entries are added in sorted path order with fixed metadata, so the same site/
gives the same entries with the same bytes.  The file itself is written to a
temporary name beside OUT and renamed, so an interrupted run never leaves a
half-written ZIM under OUT's name.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import html
import json
import mimetypes
import os
import re
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import resvg_py
from libzim.writer import ContentProvider, Creator, FileProvider, Hint, IndexData, Item

from unionnews import __version__
from unionnews.config import Config
from unionnews.errors import Problem, UnionnewsError, display_path
from unionnews.sources import build_folder_holding

MAIN_PAGE = "index.html"
# Served at a web host's root for browsers and crawlers only; inside a ZIM the reader is Kiwix.
WEB_HOST_ONLY = frozenset({"sw.js", "manifest.webmanifest", "robots.txt", "sitemap.xml"})
ILLUSTRATION_SIZE = 48
CLUSTER_SIZE = 2 << 20  # libzim's default; bench/RESULTS.md has the trade-off measured
ZIM_MAGIC = b"ZIM\x04"
TITLE_MAX, DESCRIPTION_MAX = 30, 80  # openZIM metadata limits, in characters
# ISO 639-1 → 639-3 for the languages a Chinese archive is likely to carry (ZIM's Language is 639-3).
ISO639_3 = {"zh": "zho", "en": "eng", "bo": "bod", "ug": "uig", "mn": "mon", "ii": "iii", "za": "zha",
            "ko": "kor", "ja": "jpn", "ru": "rus", "kk": "kaz"}
# Python's built-in table only (not /etc/mime.types), so the same file gets the same type on any machine.
_MIME = mimetypes.MimeTypes(filenames=())
_MIME_OVERRIDES = {".js": "text/javascript", ".webmanifest": "application/manifest+json",
                   ".xml": "application/xml", ".woff2": "font/woff2"}
_COMPRESSIBLE = ("text/", "application/javascript", "application/json", "application/xml",
                 "application/atom+xml", "application/manifest+json", "image/svg+xml")
_LD_JSON = re.compile(r"<script\b[^>]*\btype\s*=\s*[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script\s*>",
                      re.IGNORECASE | re.DOTALL)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_ICON = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")


@dataclass(frozen=True)
class ArticleText:
    """What Kiwix's search knows about one article page."""

    title: str
    text: str
    keywords: str
    date: str  # datePublished, YYYY-MM-DD, or ""


@dataclass(frozen=True)
class Entry:
    """One file of site/ as a ZIM entry."""

    path: str  # path inside the ZIM: the file's path under site/, "/"-separated
    source: Path
    mimetype: str
    title: str
    article: ArticleText | None = None


@dataclass(frozen=True)
class ZimReport:
    out: Path
    entries: int
    articles: int
    site_bytes: int
    zim_bytes: int

    def summary(self, root: Path) -> str:
        ratio = self.zim_bytes / self.site_bytes if self.site_bytes else 0.0
        return (f"wrote {display_path(self.out, root)}: {self.entries} entries ({self.articles} articles "
                f"in the title and full-text index), {self.zim_bytes / 1e6:.1f} MB, "
                f"{ratio:.0%} of site/'s {self.site_bytes / 1e6:.1f} MB")


# ---------------------------------------------------------------- reading site/

def mimetype_of(path: str) -> str:
    suffix = os.path.splitext(path)[1].lower()
    if suffix in _MIME_OVERRIDES:
        return _MIME_OVERRIDES[suffix]
    guessed, _ = _MIME.guess_type(path, strict=False)
    return guessed or "application/octet-stream"


def _ld_nodes(data):
    """Every object of a JSON-LD document: at the top, in lists and in @graph."""
    if isinstance(data, list):
        for item in data:
            yield from _ld_nodes(item)
    elif isinstance(data, dict):
        yield data
        yield from _ld_nodes(data.get("@graph", []))


def _article_ld(page: str) -> dict | None:
    """The page's schema.org Article JSON-LD object (NewsArticle, ReportageNewsArticle…), if it has one."""
    for match in _LD_JSON.finditer(page):
        try:
            data = json.loads(match.group(1))
        except ValueError:
            continue
        for node in _ld_nodes(data):
            kinds = node.get("@type", [])
            kinds = [kinds] if isinstance(kinds, str) else kinds if isinstance(kinds, list) else []
            if any(isinstance(kind, str) and kind.endswith("Article") for kind in kinds):
                return node
    return None


class _TextOf(HTMLParser):
    """The readable text of the first <article> element (else <main>, else <body>), without
    navigation, asides, scripts or styles.  Only the container's own tags and the skipped ones
    (which always have end tags) are counted, so unclosed <p> or <li> cannot lead it astray."""

    SKIP = frozenset({"script", "style", "nav", "aside", "template", "noscript", "button", "form"})
    BLOCK = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "br", "tr",
                       "blockquote", "figcaption", "header", "footer", "section", "pre"})

    def __init__(self, container: str):
        super().__init__(convert_charrefs=True)
        self.container = container
        self.depth = 0  # open container elements
        self.skipping = 0  # open skipped elements inside it
        self.done = False
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if self.done:
            return
        if tag == self.container:
            self.depth += 1
        if not self.depth:
            return
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCK and not self.skipping:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if self.done or not self.depth:
            return
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self.BLOCK and not self.skipping:
            self.parts.append("\n")
        if tag == self.container:
            self.depth -= 1
            self.done = self.depth == 0

    def handle_data(self, data):
        if self.depth and not self.skipping and not self.done:
            self.parts.append(data)

    def text(self) -> str:
        lines = (" ".join(line.split()) for line in "".join(self.parts).splitlines())
        return "\n".join(line for line in lines if line)


def article_text(page: str) -> str:
    """What libzim indexes for an article page: the story itself, not the page's chrome."""
    for container in ("article", "main", "body"):
        if f"<{container}" in page:
            parser = _TextOf(container)
            parser.feed(page[page.index(f"<{container}"):])
            parser.close()
            text = parser.text()
            if text:
                return text
    return ""


def _names(values) -> list[str]:
    values = values if isinstance(values, list) else [values]
    out = []
    for value in values:
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, str) and value.strip():
            out.append(value.strip())
    return out


def _classify(path: str, page: str) -> tuple[str, ArticleText | None]:
    """(title, article text or None) of one HTML page."""
    match = _TITLE.search(page)
    title = " ".join(html.unescape(match.group(1)).split()) if match else ""
    ld = _article_ld(page)
    if ld is None:
        return title or path, None
    headline = " ".join(str(ld.get("headline") or ld.get("name") or "").split()) or title or path
    keywords = _names(ld.get("keywords", [])) + _names(ld.get("author", [])) + _names(ld.get("contentLocation", []))
    date = str(ld.get("datePublished") or "")[:10]
    return headline, ArticleText(headline, article_text(page), " ".join(dict.fromkeys(keywords)), date)


def read_site(site: Path) -> list[Entry]:
    """Every file of site/ that belongs in the ZIM, in sorted path order."""
    entries = []
    for folder, dirs, files in os.walk(site):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        base = Path(folder)
        rel_folder = base.relative_to(site).as_posix()
        for name in sorted(files):
            path = name if rel_folder == "." else f"{rel_folder}/{name}"
            if name.startswith(".") or path in WEB_HOST_ONLY:
                continue
            source = base / name
            mimetype = mimetype_of(name)
            if mimetype == "text/html":
                # Read here to classify, and again by libzim from the (cached) file: holding every page
                # in memory until libzim takes it would cost gigabytes at 100k articles.
                title, article = _classify(path, source.read_bytes().decode("utf-8", errors="replace"))
                entries.append(Entry(path, source, mimetype, title, article))
            else:
                entries.append(Entry(path, source, mimetype, path))
    entries.sort(key=lambda e: e.path)
    return entries


def illustration(site: Path, home: bytes) -> bytes:
    """A 48×48 PNG of the icon the home page names (<link rel="icon">), for Kiwix's library."""
    for tag in _ICON.findall(home.decode("utf-8", errors="replace")):
        attrs = {m.group(1).lower(): next(g for g in m.groups()[1:] if g is not None) for m in _ATTR.finditer(tag)}
        if "icon" not in attrs.get("rel", "").lower().split() or not attrs.get("href"):
            continue
        href = unquote(urlsplit(html.unescape(attrs["href"])).path)
        source = (site / href).resolve()
        if source.is_relative_to(site.resolve()) and source.is_file() and source.suffix.lower() == ".svg":
            # No system fonts: an icon's text, if any, renders the same on every machine.
            return bytes(resvg_py.svg_to_bytes(svg_string=source.read_text(encoding="utf-8"),
                                               width=ILLUSTRATION_SIZE, height=ILLUSTRATION_SIZE,
                                               skip_system_fonts=True))
    raise UnionnewsError(Problem(display_path(site / MAIN_PAGE), None,
                                 "the home page names no SVG icon (<link rel=\"icon\" href=\"….svg\">) in site/",
                                 "Kiwix needs a 48×48 illustration: keep static/favicon.svg and the icon link in the page head"))


def metadata(config: Config, entries: list[Entry]) -> dict[str, str]:
    """The metadata Kiwix shows in its library, from site.toml; Date is the newest article's date
    (else SOURCE_DATE_EPOCH, else 1970-01-01), never the clock, so the same site gives the same ZIM."""
    primary = config.language.split("-")[0].lower()
    language = ISO639_3.get(primary, primary if len(primary) == 3 else "")
    if not language:
        raise UnionnewsError(Problem("site.toml", None, f'language "{config.language}": unionnews zim knows no '
                                     "ISO 639-3 code for it, which a ZIM's Language must be",
                                     'give its three-letter code, e.g. language = "yue-HK" for Cantonese'))
    dates = [e.article.date for e in entries if e.article and re.fullmatch(r"\d{4}-\d{2}-\d{2}", e.article.date)]
    if dates:
        date = max(dates)
    else:
        epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "0") or 0)
        date = dt.datetime.fromtimestamp(epoch, dt.timezone.utc).strftime("%Y-%m-%d")
    codes = sorted(set(config.papers.values())) or ["all"]
    meta = {
        "Name": f"unionnews_{primary}_{'-'.join(codes)}",
        "Title": _clip(config.title, TITLE_MAX),
        "Description": _clip(config.description, DESCRIPTION_MAX),
        "Language": language,
        "Creator": "、".join(config.papers) or config.publisher,
        "Publisher": config.publisher,
        "Date": date,
        "Tags": "_ftindex:yes;_pictures:no;_videos:no;_details:yes;news;newspaper;trade union;工会",
        "Source": config.base_url,
        "Scraper": f"unionnews {__version__}",
    }
    if len(config.description) > DESCRIPTION_MAX:  # the whole of it, where Kiwix shows more
        meta["LongDescription"] = config.description
    return meta


def _clip(text: str, limit: int) -> str:
    """openZIM's metadata limits count characters; Kiwix cuts longer values itself, less tidily."""
    return text if len(text) <= limit else text[:limit - 1] + "…"


def default_out(config: Config, meta: dict[str, str]) -> Path:
    """Kiwix's naming convention: <Name>_<YYYY-MM>.zim in the project folder."""
    return config.root / f"{meta['Name']}_{meta['Date'][:7]}.zim"


# ---------------------------------------------------------------- writing

def _check_site(config: Config) -> Path:
    site = config.output_dir
    shown = display_path(site, config.root)
    if not (site / MAIN_PAGE).is_file():
        raise UnionnewsError(Problem(shown, None, f"there is no built site here ({shown}/{MAIN_PAGE} is missing)",
                                     "build it first: python3 build.py, then python3 build.py zim"))
    return site


class OutError(UnionnewsError):
    """OUT cannot be written: the CLI exits 2 for it (1 is for a site that cannot be packed)."""

    exit_code = 2


def _check_out(config: Config, out: Path) -> None:
    shown = display_path(out, config.root)
    inside = build_folder_holding(out, config)
    if inside == config.output_dir:
        raise OutError(Problem(shown, None, "is inside the site folder, which the next build replaces",
                               "write the ZIM outside it, e.g. python3 build.py zim archive.zim"))
    if inside is not None:
        raise OutError(Problem(shown, None, f"is inside {display_path(inside, config.root)}/, which the build "
                               "reads or publishes", "write the ZIM outside it, e.g. python3 build.py zim archive.zim"))
    if out.is_dir():
        raise OutError(Problem(shown, None, "OUT is a folder", "name a file, e.g. archive.zim"))
    if out.exists():
        with open(out, "rb") as handle:
            if handle.read(4) != ZIM_MAGIC:
                raise OutError(Problem(shown, None, "exists and is not a ZIM file, so it is not replaced",
                                       "name another file, or move this one away"))
    parent = out.parent
    if not parent.is_dir():
        raise OutError(Problem(shown, None, f"its folder {display_path(parent, config.root)} does not exist",
                               "create the folder or name another file"))
    if not os.access(parent, os.W_OK | os.X_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise OutError(Problem(shown, None, "cannot be written here (permission denied)",
                               "name a file in a folder you can write to"))


@contextlib.contextmanager
def _quiet_stdout():
    """libzim prints its progress ("Resolve redirect", "set index") to standard output, even when not
    verbose; the CLI's output is its own summary only."""
    sys.stdout.flush()
    saved = os.dup(1)
    try:
        with open(os.devnull, "wb") as devnull:
            os.dup2(devnull.fileno(), 1)
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)


def write_zim(config: Config, out: Path | None = None, *, workers: int | None = None) -> ZimReport:
    """Write site/ as a ZIM at OUT (default: <Name>_<YYYY-MM>.zim in the project folder)."""
    site = _check_site(config)
    entries = read_site(site)
    meta = metadata(config, entries)
    out = Path(os.path.abspath(out if out is not None else default_out(config, meta)))
    _check_out(config, out)
    png = illustration(site, (site / MAIN_PAGE).read_bytes())
    partial = out.with_name(f".{out.name}.{os.getpid()}.partial")
    # Xapian 1.4 (inside libzim) splits Chinese only at spaces and punctuation, so a whole clause
    # would be one search term; this switch makes it index every character and every pair of
    # characters instead.  Xapian reads it once per process, at its first use.
    os.environ["XAPIAN_CJK_NGRAM"] = "1"
    try:
        creator = (Creator(partial)
                   .config_indexing(True, meta["Language"])
                   .config_clustersize(CLUSTER_SIZE)
                   .config_nbworkers(workers or os.cpu_count() or 2))
        with _quiet_stdout(), creator:
            creator.set_mainpath(MAIN_PAGE)
            creator.add_illustration(ILLUSTRATION_SIZE, png)
            for name, value in meta.items():
                creator.add_metadata(name, value)
            for entry in entries:
                creator.add_item(_Item(entry))
        os.replace(partial, out)
    except OSError as exc:
        raise OutError(Problem(display_path(out, config.root), None, f"could not be written: {exc.strerror or exc}",
                               "check the folder's free space and permissions")) from None
    except RuntimeError as exc:  # libzim reports a file it cannot create or write as a RuntimeError
        raise OutError(Problem(display_path(out, config.root), None, f"libzim could not write it: {exc}",
                               "check the folder's free space and permissions")) from None
    finally:
        for leftover in (partial, partial.with_name(partial.name + ".tmp")):
            if leftover.exists():
                leftover.unlink()
    site_bytes = sum(e.source.stat().st_size for e in entries)
    return ZimReport(out, len(entries), sum(e.article is not None for e in entries), site_bytes, out.stat().st_size)


class _Index(IndexData):
    """An article's headline, text and names for libzim's Xapian index; nothing for other pages."""

    def __init__(self, article: ArticleText | None):
        super().__init__()
        self.article = article

    def has_indexdata(self) -> bool:
        return self.article is not None

    def get_title(self) -> str:
        return self.article.title if self.article else ""

    def get_content(self) -> str:
        return self.article.text if self.article else ""

    def get_keywords(self) -> str:
        return self.article.keywords if self.article else ""

    def get_wordcount(self) -> int:
        # Chinese has no spaces between words: count characters (字数), as a Chinese reader would.
        return sum(not ch.isspace() for ch in self.article.text) if self.article else 0

    def get_geoposition(self):
        return None


class _Item(Item):
    def __init__(self, entry: Entry):
        super().__init__()
        self.entry = entry

    def get_path(self) -> str:
        return self.entry.path

    def get_title(self) -> str:
        return self.entry.title

    def get_mimetype(self) -> str:
        return self.entry.mimetype

    def get_contentprovider(self) -> ContentProvider:
        return FileProvider(str(self.entry.source))

    def get_hints(self) -> dict:
        # FRONT_ARTICLE puts a page in Kiwix's title index and random-article pool: articles only.
        return {Hint.FRONT_ARTICLE: self.entry.article is not None,
                Hint.COMPRESS: self.entry.mimetype.startswith(_COMPRESSIBLE)}

    def get_indexdata(self) -> IndexData:
        return _Index(self.entry.article)
