"""Full-text search that runs in the browser with no server (issue 4).

`write_index(site, writer)` writes site/search/: a manifest, the n-gram index
in hashed shards (see grams.py), the article store the results are drawn
from, and per-facet lists for the filter counts.  Every file is a classic
script that hands its data to `unionnewsSearch.part(name, data)`, so the
search page works from file:// (no fetch, no modules) and under any sub-path.
Output is deterministic: the same articles give the same bytes.
"""
from __future__ import annotations

from unionnews.search.files import write_files
from unionnews.search.records import collect

__all__ = ["write_index"]


def write_index(site, writer) -> None:
    """Index every article of the site and write the search files under search/."""
    write_files(collect(site), writer)
