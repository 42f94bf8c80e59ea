"""Drafts → article records: headline, credits, kind, dateline, places, tags, review.

Why separate from segmentation: deciding *where* an article is and deciding
*what its front matter says* are different jobs with different tests.  Here
every printed character of a draft lands either in the headline fields
(title, kicker, subtitle, column) or in the body, exactly once; metadata
(reporters, dateline, source …) is extracted *from* that text, never instead
of it.  Doubts collected on the way become ``review`` reasons.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from unionnews.content import article_path
from unionnews.ingest import byline as bl
from unionnews.ingest.headline import HeadLine, resolve
from unionnews.ingest.manifest import PageMeta
from unionnews.ingest.normalize import body_text, cjk_count, is_terminal, line_text, undecorated
from unionnews.ingest.places import find_places
from unionnews.ingest.segment import (BYLINE, CONT, CREDIT, DATELINE, JUNK, LEAD, SOURCE, TEXT, Draft, Loose,
                                      Para, Unit)
from unionnews.ingest.tags import TAGS_BY, suggest


@dataclass
class Record:
    """One output file before serialisation: ordered front matter + Markdown body + source lines."""

    rel: str
    front: dict
    body: str
    lines: list[int] = field(default_factory=list)

    def say(self, note: str) -> None:
        """Add ``note`` to the file's review, once: page-wide passes may reach one file from several lines."""
        review = self.front.setdefault("review", [])
        if note not in review:
            review.append(note)


def line_ranges(numbers: list[int], lines: list[str]) -> str:
    """"3-25" for lines 3…25 (blank lines between do not break a range); "12-20,31-33" otherwise."""
    nums = sorted(set(numbers))
    ranges: list[list[int]] = []
    for n in nums:
        if ranges and not any(lines[k - 1].strip() for k in range(ranges[-1][1] + 1, n)):
            ranges[-1][1] = n
        else:
            ranges.append([n, n])
    return ",".join(f"{a}-{b}" if a != b else str(a) for a, b in ranges)


def _para_text(p: Para) -> str:
    if p.kind == "sub":
        return "## " + line_text(p.text)
    if p.kind in (BYLINE, CREDIT):
        return line_text(p.text)
    if p.kind == JUNK:
        return p.text
    return body_text(p.text)


def _credits(draft: Draft) -> bl.Credits:
    credits = bl.Credits()
    for p in draft.paras:
        raw = undecorated(p.text)  # the line's words, as segment.classify read them
        if p.kind == LEAD:
            m = bl.LEAD.match(raw)
            if m and m.group("inner"):
                credits.merge(bl.parse_names(m.group("inner")))
        elif p.kind == BYLINE:
            credits.merge(bl.parse_names(raw))
        elif p.kind == CREDIT:
            credits.merge(bl.parse_credit(raw))
    return credits


def _kind(draft: Draft, subtitle: str, kicker: str = "") -> str:
    """continuation, photo (caption + credit), feature (stand-alone byline, 侧记 …), brief, else news."""
    kinds = [p.kind for p in draft.paras]
    texts = [p for p in draft.paras if p.kind in (TEXT, LEAD)]
    if draft.continued:
        return "continuation"
    top_byline = BYLINE in kinds and kinds.index(BYLINE) < (kinds.index(TEXT) if TEXT in kinds else len(kinds))
    if CREDIT in kinds and LEAD not in kinds and not top_byline and len(texts) <= 2:
        return "photo"
    if top_byline or re.search("侧记|特写|纪实|调查|访谈", subtitle):
        return "feature"
    if LEAD in kinds and not (subtitle or kicker) and sum(cjk_count(p.text) for p in texts) < 350:
        return "brief"
    return "news"


def _review_lines(units: list[Unit], order_used: bool, manifest: str | None, automatic: bool = False) -> str:
    nos = [u.no for u in units]
    where = (" (reading order worked out automatically from the text)" if automatic else
             f" (reading order from {manifest})" if order_used and manifest else "")
    runs: list[list[int]] = []
    for n in nos:
        if runs and n == runs[-1][1] + 1 or (runs and n > runs[-1][1] and n - runs[-1][1] == 2):
            runs[-1][1] = n
        else:
            runs.append([n, n])
    shown = ", ".join(f"{a}-{b}" if a != b else str(a) for a, b in runs)
    return (f"assembled from lines the OCR read apart or out of order{where}: {shown} "
            "— check the joins and that nothing belongs to a neighbouring item")


def sequence(n: int) -> str:
    """The article number in an id: two digits up to 99, then ``99`` + digit count + digits
    (100 → 993100), so ids keep sorting as text past 99 (see docs/ARTICLE_FORMAT.md)."""
    return f"{n:02d}" if n <= 99 else f"99{len(str(n))}{n}"


GUESSED_MARK = "is inferred from the text, not printed on the page"


def _meta_review(meta: PageMeta) -> list[str]:
    out = []
    values = {"paper": meta.paper, "date": meta.date, "page": meta.page, "page_name": meta.page_name}
    labels = {"paper": "paper", "date": "issue date", "page": "page number", "page_name": "page name"}
    for name in meta.guessed:
        if name in values and values[name] is not None:
            out.append(f"{labels[name]} {values[name]} {GUESSED_MARK} — see {meta.manifest or 'the manifest'}")
    return out


def build_article(draft: Draft, meta: PageMeta, lines: list[str], seq: int, *, source_file: str,
                  sha256: str, importer: str, order_used: bool, interleaved: bool, automatic: bool = False,
                  order_notes: list[str] | None = None) -> Record:
    """Front matter and body for one draft that has a headline (or is a continuation)."""
    head = resolve([HeadLine(u.text, u.hashes, u.label) for u in draft.head])
    review = _meta_review(meta) + head.doubts + list(draft.doubts)
    paras = list(draft.paras)
    title = head.title
    if not title and draft.continued:
        marker = next(p for p in paras if p.kind == CONT)
        paras.remove(marker)
        title = body_text(marker.text)
        review.append(f"no headline is printed with this continuation; the title is its 上接 marker "
                      f"— add the headline from 第{draft.continued}版")
    column = head.column
    if not title and column:  # a column label over text with no headline of its own (a brief, or one read elsewhere)
        title, column = column, ""  # the label printed once: the title, not the column too
        review.append(f"no headline found under the label {title!r}; the title is the label "
                      "— add the headline if the page prints one")
    body = "\n\n".join(_para_text(p) for p in paras) + "\n"
    credits = _credits(draft)
    review += [f"{d} — check the names" for d in credits.doubts]
    for p in paras:
        if p.kind in (TEXT, LEAD) and not is_terminal(p.text):
            review.append(f"paragraph ending at line {p.units[-1].no} stops mid-sentence "
                          "— text may be missing or continue elsewhere on the page")
    if interleaved:
        review.append(_review_lines(draft.units, order_used, meta.manifest, automatic))
    review += order_notes or []
    if not any(p.kind in (TEXT, LEAD) for p in paras):
        review.append("no article text found under this headline")
    dateline = None
    for p in paras:
        if p.kind == LEAD or (p.kind in (DATELINE, TEXT) and p is paras[-1]) or p.kind == DATELINE:
            dateline = bl.find_dateline(body_text(p.text), meta.date) or dateline
            if dateline and p.kind == LEAD:
                break
    source = next((bl.SOURCE.match(undecorated(p.text)).group("src") for p in paras if p.kind == SOURCE), None)
    lead = next((body_text(p.text) for p in paras if p.kind in (TEXT, LEAD)), "")
    # The lead paragraph says what the article is about; its first sentence alone is often a quoted question.
    about = " ".join([title, head.kicker, head.subtitle, lead, (dateline or {}).get("place", "")])
    names = set(credits.reporters + credits.correspondents + credits.photographers)
    plain = re.sub(r"^## ", "", body, flags=re.M)
    kind = _kind(draft, head.subtitle, head.kicker)
    art_id = f"{meta.code}-{meta.date:%Y%m%d}-{meta.page:02d}-{sequence(seq)}"
    front: dict = {"id": art_id, "title": title}
    if head.kicker:
        front["kicker"] = head.kicker
    if head.subtitle:
        front["subtitle"] = head.subtitle
    front.update({"date": meta.date, "paper": meta.paper, "page": meta.page})
    if meta.page_name:
        front["page_name"] = meta.page_name
    if column:
        front["column"] = column
    front["kind"] = kind
    for role in ("reporters", "correspondents", "photographers"):
        if getattr(credits, role):
            front[role] = getattr(credits, role)
    if dateline:
        front["dateline"] = dateline
    places = find_places(about)
    if places:
        front["places"] = places
    tags = suggest(f"{title}\n{head.kicker}\n{head.subtitle}\n{plain}", exclude=names | set(places))
    if tags:
        front["tags"] = tags
    if source:
        front["source"] = source
    if draft.continued:
        front["continued_from"] = f"第{draft.continued}版"
    if review:
        front["review"] = list(dict.fromkeys(review))
    front["provenance"] = {"file": source_file, "sha256": sha256,
                           "lines": line_ranges([u.no for u in draft.units], lines),
                           "importer": importer, "tags_by": TAGS_BY}
    rel = article_path(meta.date, art_id)
    return Record(rel=rel, front=front, body=body, lines=[u.no for u in draft.units])



def build_unplaced(chunks: list[Loose], meta: PageMeta, lines: list[str], *, source_file: str,
                   sha256: str, importer: str) -> Record:
    """The page's file for furniture and anything no article could take."""
    review = []
    parts = []
    for chunk in chunks:
        where = line_ranges([u.no for u in chunk.units], lines)
        review.append(f"lines {where}: {chunk.reason}")
        parts.append("\n\n".join(line_text(u.text) if chunk.reason.startswith("page furniture") else
                                 body_text(u.text) for u in chunk.units))
    review = _meta_review(meta) + review
    stem = f"{meta.code}-{meta.date:%Y%m%d}-{meta.page:02d}"
    front = {"id": f"{stem}-unplaced", "title": f"第{meta.page}版未归入文章的文字", "date": meta.date,
             "paper": meta.paper, "page": meta.page, "kind": "notice", "review": review,
             "provenance": {"file": source_file, "sha256": sha256,
                            "lines": line_ranges([u.no for c in chunks for u in c.units], lines),
                            "importer": importer}}
    return Record(rel="_unplaced/" + article_path(meta.date, stem), front=front,
                  body="\n\n".join(parts) + "\n", lines=[u.no for c in chunks for u in c.units])


def loose_from_draft(draft: Draft) -> Loose:
    """A headless, non-continuation draft is kept whole but unplaced."""
    return Loose(draft.units, "article text with no headline found for it (kept together here)")
