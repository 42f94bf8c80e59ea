"""The built-in theme: Jinja templates and static files shipped inside the package.

A wheel install carries them (package data), so `unionnews build` works in any folder.  A
project's own templates/ and static/ override them file by file, like a Hugo theme: copy one
file from here into the project and edit it; everything else keeps following the package.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path

# Installed as plain files (never zipped: setuptools' default for a package with data), so a Path.
HOME = Path(str(resources.files(__name__)))
TEMPLATES = HOME / "templates"
STATIC = HOME / "static"
SEARCH_SOURCES = HOME / "search"

# static/search.js is joined from these files of SEARCH_SOURCES, in this order, inside frame.js (at
# its "// parts" line): one classic script, so the search page works from file:// with no modules.
SEARCH_PARTS = ("prelude", "codec", "load", "query", "saved", "ui")
_PARTS_LINE = "  // parts\n"


def search_script() -> bytes:
    """The built-in static/search.js: the parts of SEARCH_SOURCES joined into one classic script.

    The parts are written at the top level (each reads as the body of the script's one function);
    here each is indented into frame.js's function, so the shipped file reads as one script.
    """
    frame = (SEARCH_SOURCES / "frame.js").read_text(encoding="utf-8")
    head, tail = frame.split(_PARTS_LINE)
    body = "\n".join(_indent((SEARCH_SOURCES / f"{name}.js").read_text(encoding="utf-8")) for name in SEARCH_PARTS)
    return (head + body + tail).encode("utf-8")


def _indent(text: str) -> str:
    return "".join(f"  {line}" if line.strip() else line for line in text.splitlines(keepends=True))
