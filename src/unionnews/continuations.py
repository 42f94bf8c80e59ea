"""Continued stories (上接第1版) get a real title in every place a title is shown.

The importer keeps a continuation's title as printed, and a continuation usually has none: its
title is then the 上接 marker, which is no title for a list, a search result, a <title> or a
citation.  The model shows instead the headline of the story it continues when the archive holds
it (the article on that page which says 下转第N版, N this article's page), else its first sentence,
and marks either with （续）.  The file is not changed; the article page still shows the marker.
"""
from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import defaultdict

from unionnews.content import Article

MARK = "（续）"
MARKER = re.compile(r"[（(【〔]?\s*(?:上接|接上|续)\s*(?:第?\s*[\d〇一二三四五六七八九十]+\s*版|页)\s*[）)】〕]?")
_NUMERALS = {c: i for i, c in enumerate("〇一二三四五六七八九十", 0)}
FIRST_WORDS = 24  # characters of a first sentence shown as a title before it is cut at a pause


def page_number(text: str) -> int | None:
    """第1版 / 1版 / 第十二版 → the number (None when it names none)."""
    m = re.search(r"(\d+)|([〇一二三四五六七八九十]+)", text or "")
    if not m:
        return None
    if m[1]:
        return int(m[1])
    digits = m[2]
    if "十" in digits:
        tens, _, units = digits.partition("十")
        return (_NUMERALS.get(tens, 1) if tens else 1) * 10 + (_NUMERALS.get(units, 0) if units else 0)
    return int("".join(str(_NUMERALS[c]) for c in digits))


def is_continuation(article: Article) -> bool:
    return article.kind == "continuation" or bool(article.continued_from)


def first_sentence(body: str) -> str:
    """The body's first sentence, cut at a pause (，、；：) after a few words when it is long."""
    text = ""
    for para in body.split("\n\n"):
        para = re.sub(r"[#*_>`\[\]]|!\[[^\]]*\]\([^)]*\)|\([^)]*\)", "", para).strip()
        if para and not para.startswith("图："):
            text = " ".join(para.split())
            break
    sentence = re.split(r"(?<=[。！？!?])", text, maxsplit=1)[0]
    if len(sentence) <= FIRST_WORDS:
        return sentence.rstrip("。")
    pauses = [m.start() for m in re.finditer(r"[，、；：,;:]", sentence[:2 * FIRST_WORDS]) if m.start() >= 6]
    early = [p for p in pauses if p <= FIRST_WORDS]
    cut = early[-1] if early else pauses[0] if pauses else FIRST_WORDS  # a pause, not the middle of a word
    return sentence[:cut] + "……"


def titled(articles: list[Article]) -> list[Article]:
    """The articles, each continuation with its shown title (a new Article: the model's, not the file's)."""
    pages: dict[tuple[str, object, int | None], list[Article]] = defaultdict(list)
    for a in articles:
        pages[(a.paper, a.date, a.page)].append(a)
    out = []
    for a in articles:
        if not is_continuation(a) or a.title.endswith(MARK):
            out.append(a)
            continue
        title = a.title
        if MARKER.fullmatch(title.strip()):
            title = _headline(a, pages) or first_sentence(a.body) or title
        title += MARK
        digest = hashlib.blake2b((a.digest + "\0" + title).encode("utf-8"), digest_size=16).hexdigest()
        out.append(dataclasses.replace(a, title=title, digest=digest))
    return out


def _headline(article: Article, pages) -> str:
    """The headline of the story this one continues: on the page it names, the one article saying 下转第N版."""
    number = page_number(article.continued_from) or page_number(article.title)
    if number is None or article.page is None:
        return ""
    turn = re.compile(rf"(?:下转|转第|转)\s*第?\s*{article.page}\s*版")
    found = [a for a in pages.get((article.paper, article.date, number), ())
             if a is not article and turn.search(a.body) and not MARKER.fullmatch(a.title.strip())]
    return found[0].title if len(found) == 1 else ""


def continued_pages(articles: list[Article]) -> set[tuple[str, object, int | None]]:
    """(paper, date, page) of every page a continuation continues from: an edit there may retitle it."""
    return {(a.paper, a.date, page_number(a.continued_from)) for a in articles if is_continuation(a)}


def retitles(article: Article, turned: set) -> bool:
    """Whether editing `article` can change a title this module gives (its own or a continuation's):
    such an edit takes the full build path, which titles every continuation afresh."""
    return is_continuation(article) or (article.paper, article.date, article.page) in turned
