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
SEARCH_SOURCES = HOME / "search"  # the parts static/search.js is joined from (theme.script)
