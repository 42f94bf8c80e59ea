"""Character folding shared by the index and the browser: 工會 → 工会, Ａ → a.

Folding is one character to one character (one UTF-16 unit to one), so an
offset in folded text is the same offset in the original: the browser can
highlight the reader's own text at positions found in folded text.  The table
comes from OpenCC's traditional→simplified character list, with the Taiwan
and Hong Kong variant forms first mapped to the standard traditional form.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
import opencc

_DICTIONARY = Path(opencc.__file__).resolve().parent / "dictionary"


def _read(name: str) -> dict[str, str]:
    table: dict[str, str] = {}
    path = _DICTIONARY / name
    if not path.exists():
        return table
    for line in path.read_text(encoding="utf-8").splitlines():
        source, _, targets = line.partition("\t")
        target = targets.split(" ")[0] if targets else ""
        if len(source) == 1 and len(target) == 1 and source != target \
                and ord(source) < 0x10000 and ord(target) < 0x10000:
            table.setdefault(source, target)
    return table


@lru_cache(maxsize=1)
def fold_pairs() -> tuple[str, str]:
    """(sources, targets): two equal-length strings; sources sorted, each maps to the target at its index."""
    table = _read("TSCharacters.txt")
    for variants in ("TWVariantsRev.txt", "HKVariantsRev.txt"):
        for source, standard in _read(variants).items():
            table.setdefault(source, table.get(standard, standard))
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII → ASCII
        table[chr(code)] = chr(code - 0xFEE0)
    for code in range(ord("A"), ord("Z") + 1):
        table[chr(code)] = chr(code + 32)
    for space in "\t\r\u00a0\u3000\u2002\u2003\u2009\u200b":
        table[space] = " "
    for source in list(table):  # resolve chains so folding is idempotent
        seen = {source}
        target = table[source]
        while target in table and table[target] not in seen and table[target] != target:
            seen.add(target)
            target = table[target]
        table[source] = target
    table = {s: t for s, t in table.items() if s != t}
    sources = "".join(sorted(table))
    return sources, "".join(table[s] for s in sources)


@lru_cache(maxsize=1)
def _translation() -> dict[int, int]:
    sources, targets = fold_pairs()
    return {ord(s): ord(t) for s, t in zip(sources, targets)}


def fold(text: str) -> str:
    """The text as the index sees it (same length as the input)."""
    return text.translate(_translation())


@lru_cache(maxsize=1)
def fold_units() -> np.ndarray:
    """The fold as a table over all UTF-16 code units, for folding whole arrays of text at once."""
    table = np.arange(65536, dtype=np.uint16)
    sources, targets = fold_pairs()
    table[[ord(c) for c in sources]] = [ord(c) for c in targets]
    return table


def to_units(text: str) -> str:
    """The text as UTF-16 code units, one Python character per unit (as JavaScript indexes it)."""
    if not text or max(text) <= "\uffff":
        return text
    data = text.encode("utf-16-le")
    return "".join(chr(data[i] | data[i + 1] << 8) for i in range(0, len(data), 2))
