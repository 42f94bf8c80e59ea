"""Article ids that survive re-import: an existing story keeps its id and file.

Why a stage of its own: an id is a permanent link, but the importer numbers the
articles of a page in reading order, so a story added at the top of a page, or a
page read in another layout, would shift every number after it: the site would
show an edited story twice (under its old and its new id) and the new story only
as a ``.md.new``.  So before writing, each article of a page is matched with the
files already in content/ for the same paper, date and page:

* by text: the share of its four-character strings that an existing file's
  headline and body have (at least half), best pairs first, one file per
  article; a file edited by hand still matches (it is then kept and the new
  version written beside it, as before), so a story is never written twice;
* matched articles take the file's id; the others take new numbers after the
  highest one the page has used, so an id is never given to another story.

A page imported for the first time is numbered 01, 02 … in reading order.
Numbers past 99 keep sorting as text: :func:`sequence` writes 100 as ``993100``
(``99``, the count of digits, the digits), so …-99 < …-993100 < …-993101 < …-994100.
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from unionnews.ingest.assemble import Record, sequence

_GRAMS = 4
MATCH = 0.5


def sequence_number(text: str) -> int | None:
    """The number :func:`sequence` wrote as ``text`` (None when it is not one)."""
    if re.fullmatch(r"\d{2}", text) and not (text.startswith("99") and len(text) > 2):
        return int(text)
    m = re.fullmatch(r"99(\d)(\d+)", text)
    if m and int(m.group(1)) == len(m.group(2)):
        return int(m.group(2))
    return None


def _grams(text: str) -> set[str]:
    text = re.sub(r"\s+", "", text)
    return {text[i:i + _GRAMS] for i in range(max(1, len(text) - _GRAMS + 1))}


def _existing(folder: Path, stem: str) -> list[tuple[str, int, set[str]]]:
    """(id, number, text grams) of the article files in ``folder`` for the page ``stem``."""
    out = []
    if not folder.is_dir():
        return out
    for path in sorted(folder.glob(f"{stem}-*.md")):
        number = sequence_number(path.stem[len(stem) + 1:])
        if number is None:
            continue
        try:
            _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
            data = yaml.safe_load(front)
        except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError):
            data, body = {}, ""
        head = "".join(str(data.get(k) or "") for k in ("kicker", "title", "subtitle")) if isinstance(data, dict) else ""
        out.append((path.stem, number, _grams(head + body)))
    return out


def keep_ids(records: list[Record], stem: str, content_dir: Path) -> None:
    """Give ``records`` (one page's articles, numbered in reading order) the ids of the stories
    already in content/ (see the module docstring); the others get fresh numbers."""
    if not records:
        return
    folder = (content_dir / records[0].rel).parent
    existing = _existing(folder, stem)
    if not existing:
        return
    mine = [_grams("".join(str(r.front.get(k) or "") for k in ("kicker", "title", "subtitle")) + r.body)
            for r in records]
    pairs = []
    for i, grams in enumerate(mine):
        for art_id, _, theirs in existing:
            share = len(grams & theirs) / max(1, min(len(grams), len(theirs)))
            if share >= MATCH:
                pairs.append((share, i, art_id))
    given: dict[int, str] = {}
    taken: set[str] = set()
    for share, i, art_id in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if i not in given and art_id not in taken:
            given[i] = art_id
            taken.add(art_id)
    following = max(n for _, n, _ in existing)
    for i, record in enumerate(records):
        if i in given:
            art_id = given[i]
        else:
            following += 1
            art_id = f"{stem}-{sequence(following)}"
        _rename(record, art_id)


def _rename(record: Record, art_id: str) -> None:
    record.front["id"] = art_id
    record.rel = f"{record.rel.rsplit('/', 1)[0]}/{art_id}.md"
