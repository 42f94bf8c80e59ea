"""Search index (placeholder until the search issue lands): writes nothing yet."""
from __future__ import annotations


def write_index(site, writer) -> None:
    return None
