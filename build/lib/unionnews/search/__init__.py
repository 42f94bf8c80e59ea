"""Full-text search that runs in the browser with no server (issue 4).

`write_index(site, writer)` writes site/search/ (see layout.py for the files).  Every
file is a classic script that hands its data to `unionnewsSearch.part(name, data)`, so
the search page works from file:// (no fetch, no modules) and under any sub-path.
Output is a pure function of the articles: the same articles give the same bytes.
"""
from __future__ import annotations

from unionnews.search.index import write_index

__all__ = ["write_index"]
