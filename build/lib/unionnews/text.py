"""Text at the door: the character rules `check`, `import` and the build share.

Why one module: a character the feed's XML cannot hold, or a name spelled with
invisible characters, must be caught once, where text enters (an article file,
site.toml, a manifest, an imported page), with its file, line and column, and
never deep inside a later stage as a crash or as two people pages that look the
same.

- XML 1.0 (§2.2) forbids C0 controls other than tab, LF and CR, lone surrogates,
  U+FFFE and U+FFFF.  Article files holding one are refused (`forbidden`);
  imported OCR text has them removed, each one noted (`strip_controls`): a
  control character prints nothing, so nothing printed is lost.
- Names (people, places, tags, columns) are compared by `fold_name`: NFKC
  (compatibility ideographs, full-width Latin, composed and decomposed accents
  become one spelling) without zero-width and bidirectional controls.  The
  printed spelling is kept for display.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Controls that end a line in Unicode's sense (str.splitlines) besides LF and CR.
LINE_BREAKING = frozenset("\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
# Zero-width and bidirectional formatting characters: invisible, so never part of a name's identity.
_INVISIBLE = ("\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e"
              "\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0")
INVISIBLE = re.compile(f"[{_INVISIBLE}]")
# A character that shows: not a space, not invisible, not a control (one regex: runs per name and title).
_SHOWS = re.compile(f"[^\\s\x00-\x1f\x7f-\x9f{_INVISIBLE}\ufff0-\uffff]")
_NAMES = {"\x00": "NUL", "\x07": "BEL (bell)", "\x08": "BS (backspace)", "\x0b": "VT (vertical tab)",
          "\x0c": "FF (form feed)", "\x1b": "ESC (escape)", "\ufffe": "a non-character",
          "\uffff": "a non-character"}


def describe(ch: str) -> str:
    """U+000C FF (form feed): how a message names an invisible character."""
    name = _NAMES.get(ch) or unicodedata.name(ch, "a control character")
    return f"U+{ord(ch):04X} {name}"


def forbidden(text: str, first_line: int = 1) -> list[tuple[int, int, str]]:
    """(line, column, character) of every character XML 1.0 forbids; lines counted from first_line."""
    found = []
    for match in FORBIDDEN.finditer(text):
        start = match.start()
        line_start = text.rfind("\n", 0, start) + 1
        found.append((first_line + text.count("\n", 0, start), start - line_start + 1, match.group()))
    return found


def strip_controls(line: str) -> tuple[str, list[str]]:
    """A line of imported text without forbidden or line-breaking controls, and the ones removed.

    A line-breaking control inside a line becomes a space (the normaliser drops a space
    between Chinese characters and keeps one between words); every other one is dropped.
    """
    if not (FORBIDDEN.search(line) or any(ch in LINE_BREAKING for ch in line)):
        return line, []
    removed: list[str] = []
    out = []
    last = len(line) - 1
    for i, ch in enumerate(line):
        if ch in LINE_BREAKING:
            removed.append(ch)
            if 0 < i < last:
                out.append(" ")
        elif FORBIDDEN.match(ch):
            removed.append(ch)
        else:
            out.append(ch)
    return "".join(out), removed


@lru_cache(maxsize=None)  # names recur in thousands of articles
def fold_name(name: str) -> str:
    """The identity of a name: NFKC, invisible formatting characters removed, spaces trimmed."""
    return unicodedata.normalize("NFKC", INVISIBLE.sub("", name)).strip()


def visible(text: str) -> bool:
    """Whether text shows anything at all (not only spaces, zero-width or control characters)."""
    return _SHOWS.search(text) is not None
