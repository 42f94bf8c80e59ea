"""The tables an incremental build keeps and passes around, each row a named, typed record.

- Parsed: an article file's entry in the parse cache (BuildCache.parsed);
- PageEntry: a file of the site in an output table (SiteWriter.table, BuildCache.pages);
- Staged: what staging one file gave (SiteWriter.put);
- Rendered: one page of a render batch (Renderer.render_batch), its file None when site/ already holds it;
- Dependencies: which articles each page shows (the dependency map the text-edit plan reads).

NamedTuples where a table holds hundreds of thousands of rows: as small as plain tuples, and
what the cache pickles (a plain tuple per row: cache.py) comes back as the same record.
"""
from __future__ import annotations

from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from unionnews.content import Article
from unionnews.errors import Problem

StatKey = tuple[int, int, int]  # (size, mtime_ns, inode) of an article file
SearchKey = dict[tuple[int, int], bytes]  # (start, count) of each search segment → digest of its articles


class Parsed(NamedTuple):
    """An article file as the last build parsed it."""

    key: StatKey  # the file's stat key when it was read
    article: Article | None  # None: the file has problems that stop it being an article
    problems: list[Problem]


class PageEntry(NamedTuple):
    """A file of the site: what it was made from and what it holds."""

    fingerprint: bytes  # of the page's inputs (fingerprint.py); b"" for a file made without one
    digest: bytes  # blake2b-16 of its bytes
    size: int


class Staged(NamedTuple):
    """One file given to a writer: its digest and size, and whether it was staged (its bytes are new)."""

    digest: bytes
    size: int
    staged: bool


class Rendered(NamedTuple):
    """One page of a render batch."""

    index: int  # in the batch's page list
    fingerprint: bytes
    articles: array  # positions (in site.articles) of the articles its fingerprint covered, sorted, unique
    file: Staged | None  # None: its inputs are unchanged and site/ holds it


@dataclass(frozen=True)
class Dependencies:
    """Which articles each page of the last build showed, as two flat arrays (compact in the cache at 100k)."""

    urls: list[str]          # every rendered page, in render order
    articles: np.ndarray     # int32: article positions (in site.articles), page after page
    owners: np.ndarray       # int32: for each entry of `articles`, its page's index in `urls`

    @classmethod
    def collect(cls, urls: list[str], shown: list[array]) -> "Dependencies":
        lengths = np.fromiter((len(s) for s in shown), dtype=np.int64, count=len(shown))
        flat = np.frombuffer(b"".join(s.tobytes() for s in shown), dtype=np.int32) if shown else \
            np.zeros(0, dtype=np.int32)
        owners = np.repeat(np.arange(len(urls), dtype=np.int32), lengths)
        return cls(list(urls), flat.copy(), owners)

    def pages_showing(self, positions: Iterable[int]) -> set[str]:
        wanted = np.fromiter(positions, dtype=np.int32)
        if not len(wanted):
            return set()
        hit = np.unique(self.owners[np.isin(self.articles, wanted)])
        return {self.urls[i] for i in hit.tolist()}
