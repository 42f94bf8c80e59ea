"""The built-in static/search.js, joined at build time from the parts in theme/search/.

The parts are written at the top level, each reading as the body of the script's one function;
they are indented into frame.js's function (at its "// parts" line), so the site still ships one
classic script that works from file:// with no modules.  The constants the Python side decides
(zone ids, the count cap, the facet lists, the labels of article kinds) are not written in any part:
constants() writes them from the Python values, so the two sides cannot drift apart.
"""
from __future__ import annotations

import json

from unionnews.content import KIND_LABELS
from unionnews.search.grams import COUNT_CAP
from unionnews.search.records import BODY, CHEAP, HEAD, LISTED, META
from unionnews.theme import SEARCH_SOURCES

# The parts in order; "constants" is made by constants(), every other one is SEARCH_SOURCES/<name>.js.
PARTS = ("constants", "prelude", "codec", "load", "query", "saved", "ui")
_PARTS_LINE = "  // parts\n"


def constants() -> str:
    """The part of search.js holding the Python side's constants, as JavaScript."""
    def js(value) -> str:
        return json.dumps(value, ensure_ascii=False)
    return (f"/* Part of search.js, written by unionnews.theme.script.constants from the Python side of the\n"
            f" * contract (search/records.py, search/grams.py, content.py): edit those, not this. */\n\n"
            f"var HEAD = {HEAD}, META = {META}, BODY = {BODY};  // zones of an article's text, in rank order\n"
            f"var CAP = {COUNT_CAP};  // a posting counts a term's occurrences up to this many\n"
            f"var CHEAP = {js(list(CHEAP))};  // facets filtered through per-article codes (attrs.js)\n"
            f"var LISTED = {js(list(LISTED))};  // facets filtered through lists, counted on request\n"
            f"var KIND_LABELS = {js(KIND_LABELS)};\n")


def part(name: str) -> str:
    """One part's text as written (top level, not yet indented)."""
    if name == "constants":
        return constants()
    return (SEARCH_SOURCES / f"{name}.js").read_text(encoding="utf-8")


def search_script() -> bytes:
    """The built-in static/search.js: every part, indented into frame.js's function."""
    frame = (SEARCH_SOURCES / "frame.js").read_text(encoding="utf-8")
    head, tail = frame.split(_PARTS_LINE)
    body = "\n".join(_indent(part(name)) for name in PARTS)
    return (head + body + tail).encode("utf-8")


def _indent(text: str) -> str:
    return "".join(f"  {line}" if line.strip() else line for line in text.splitlines(keepends=True))
