"""What a reader is told about how far to trust an article's text.

Three things, all from the article file: its proofreading state (`proofread`, or a machine
import that nobody has checked), the importer's doubts (`review`) in plain Chinese, and where
the text came from (`provenance`: the page's raw text, published in the site, and the lines).
A reason this module cannot word in Chinese is shown as written: nothing is dropped.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

from unionnews.content import Article

PROOFREAD = "已校对"
MACHINE = "机器识别，未校对"
UNKNOWN = "未注明是否校对"


def proofread_state(article: Article) -> str:
    """已校对 when a person says so (`proofread: true`); a machine import nobody has checked says so too."""
    if article.proofread:
        return PROOFREAD
    if article.proofread is False or dict(article.provenance).get("importer"):
        return MACHINE
    return UNKNOWN


def unproofread(article: Article) -> bool:
    return proofread_state(article) != PROOFREAD


def all_unproofread(articles: Iterable[Article]) -> bool:
    """True when a listing's articles are all unproofread (and there is one): the listing then says so once
    instead of marking every line, and marks lines only where they differ (templates/partials/listing.html)."""
    seen = False
    for article in articles:
        if not unproofread(article):
            return False
        seen = True
    return seen


def _runs(text: str) -> str:
    """'3-25' → 3–25; '12-20, 31' → 12–20、31 (an en dash: a hyphen reads as a minus in Chinese text)."""
    return "、".join(p.strip().replace("-", "–") for p in re.split(r"\s*,\s*", text.strip()) if p.strip())


_JOIN = re.compile(r"\d+ ?(?:→|\|) ?\d+")
_QUOTED = re.compile("'([^']*)'|\"([^\"]*)\"")
_FIELDS = {"paper": "报名", "issue date": "出版日期", "page number": "版次", "page name": "版名"}

# (pattern, Chinese): each importer reason (ingest/) in words a reader understands.  Groups are
# copied into the Chinese as they are (names, numbers, quoted OCR text), so no fact is altered.
_RULES: tuple[tuple[re.Pattern, object], ...] = tuple((re.compile(p), z) for p, z in (
    (r"^(paper|issue date|page number|page name) (.+?) is inferred from the text, not printed on the page",
     lambda m: f"{_FIELDS[m[1]]}“{m[2]}”是从文字推断的，版面上没有印出。"),
    (r"^headline lines read as kicker \+ title",
     "引题和主题是按行的长短分开的，请对照版面核对。"),
    (r"^headline lines read as title \+ subtitle",
     "主题和副题是按行的长短分开的，请对照版面核对。"),
    (r"^(\d+)-line headline split as kicker/title/subtitle by position",
     lambda m: f"{m[1]}行标题是按位置分成引题、主题、副题的，请对照版面核对。"),
    (r"^paragraph ending at line (\d+) stops mid-sentence",
     lambda m: f"第{m[1]}行结束的段落在句子中间断开：可能缺字，或接在版面别处。"),
    (r"^assembled from lines the OCR read apart or out of order.*?: ([\d ,\-]+?) —",
     lambda m: f"这篇文字由识别时分散或顺序错乱的行拼接而成（第{_runs(m[1])}行），拼接处可能有误。"),
    (r"^no headline is printed with this continuation.*?第(\d+)版",
     lambda m: f"这是转版续文，本版没有印标题；标题取自第{m[1]}版。"),
    (r"^line (\d+) (.+) is unreadable OCR output, kept as printed",
     lambda m: f"第{m[1]}行{m[2]}无法识别，按原样保留。"),
    (r"^lines? ([\d ,\-]+?): a second OCR read of the lead paragraph",
     lambda m: f"第{_runs(m[1])}行是导语的重复识别，原样保留在这里。"),
    (r"^lines? ([\d ,\-]+?) had no text of their own and were joined to the next item",
     lambda m: f"第{_runs(m[1])}行没有正文，并入了下一篇。"),
    (r"^byline word (.+?) is not a name", lambda m: f"署名中的{m[1]}不像人名，请核对署名。"),
    (r"^byline word (.+?) read as 通讯员", lambda m: f"署名中的{m[1]}被当作“通讯员”，可能是识别错误，请核对署名。"),
    (r"^line (\d+) .*?is read as a subhead", lambda m: f"第{m[1]}行被当作小标题，请核对。"),
    (r"^lines ([\d\-]+) \((.+?)\) are read as this item's headline block",
     lambda m: f"第{_runs(m[1])}行（{m[2]}）被当作这篇的标题；也可能是上一篇的小标题和正文，请对照版面核对。"),
    (r"^no article text found under this headline", "这个标题下没有找到正文。"),
    (r"^the OCR read this lead twice", "识别软件把导语读了两遍，另一遍另存。"),
    (r"^the column label (.+?) \(line (\d+)\) was read after this story",
     lambda m: f"栏目名{m[1]}（第{m[2]}行）在这篇之后才读到。"),
    (r"^reading order from the text", lambda m: "阅读顺序是程序按文字推断的（A→B：B 接着 A 的句子；A | B：B 另起一段）："
     + "、".join(_JOIN.findall(m.string)) + "。"),
    (r"^guessed, the text does not settle it", lambda m: "以下接续只是猜测，文字不能确定，请对照版面核对："
     + "、".join(_JOIN.findall(m.string)) + "。"),
    (r"^removed|control character", "版面文字里的控制字符已去掉。"),
))


def plain_notes(review: tuple[str, ...]) -> list[str]:
    """The review reasons in plain Chinese, in their order; a reason no rule knows is kept as written."""
    out = []
    for reason in review:
        for pattern, chinese in _RULES:
            m = pattern.search(reason)
            if m:
                text = chinese(m) if callable(chinese) else chinese
                out.append(_QUOTED.sub(lambda q: f"“{q[1] if q[1] is not None else q[2]}”", text))
                break
        else:
            out.append(reason)
    return list(dict.fromkeys(out))


def source_lines(article: Article) -> str:
    """第3–25行, from provenance.lines ('' when the import did not say)."""
    lines = dict(article.provenance).get("lines", "")
    return f"第{_runs(lines)}行" if lines else ""


def source_url(file: str, sha256: str, year: int) -> str:
    """Where the page's raw text is published: source/<year>/<name>-<8 hex of its SHA-256>.txt.

    The hash in the name ties the link to those exact bytes: a re-imported page with other
    text gets another URL, and an article keeps pointing at the text it was made from.
    """
    stem = Path(file).stem
    safe = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")[:60] or "page"
    return f"source/{year}/{safe}-{sha256[:8]}.txt"


def published_sources(articles: list[Article], root: Path) -> dict[str, tuple[str, Path]]:
    """provenance file → (site URL, path) for each source text that still holds the bytes its articles name.

    Only a file inside the project whose SHA-256 is the one the importer recorded is published;
    an edited, moved or missing file is not (the 来源 line then names it without a link).
    """
    root = root.resolve()
    wanted: dict[tuple[str, str], int] = {}
    for a in articles:
        prov = dict(a.provenance)
        if prov.get("file") and prov.get("sha256"):
            key = (prov["file"], prov["sha256"].lower())
            wanted[key] = min(wanted.get(key, a.date.year), a.date.year)
    out: dict[str, tuple[str, Path]] = {}
    for (file, sha), year in sorted(wanted.items()):
        path = (root / file).resolve()
        if not path.is_relative_to(root) or not path.is_file():
            continue
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            continue
        if digest == sha:
            out[f"{file}\0{sha}"] = (source_url(file, sha, year), path)
    return out


def source_key(article: Article) -> str:
    prov = dict(article.provenance)
    return f"{prov.get('file', '')}\0{prov.get('sha256', '').lower()}"


def source_name(article: Article) -> str:
    file = dict(article.provenance).get("file", "")
    return Path(file).name if file else ""

