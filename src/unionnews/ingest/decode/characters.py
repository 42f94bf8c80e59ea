"""Characters that stand in for others (Kangxi radicals, compatibility ideographs, vertical and small forms of
the marks) read as the ones the paper set, and zero-width characters taken off.

Why a module of its own: PDF fonts and vertical setting give these code points for ordinary characters; left in,
no dictionary, name or search reads the word they stand in.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter


def _stand_ins() -> dict[int, str | None]:
    """What :func:`unify` reads each stand-in character as (None: taken off)."""
    table: dict[int, str | None] = {}
    for cp in (*range(0x2E80, 0x2FD6), *range(0xF900, 0xFB00), *range(0x2F800, 0x2FA20)):
        unified = unicodedata.normalize("NFKC", chr(cp))
        if unified != chr(cp) and len(unified) == 1 and unicodedata.name(unified, "").startswith("CJK UNIFIED"):
            table[cp] = unified  # a Kangxi radical, a radical supplement's or a compatibility ideograph
    table.update({ord(v): h for v, h in zip("︐︑︒︓︔︕︖︗︘︙︰︱︲︵︶︷︸︹︺︻︼︽︾︿﹀﹇﹈",
                                            "，、。：；！？〖〗…‥—–（）｛｝〔〕【】《》〈〉［］")})
    # the marks' small form variants (CNS 11643's small marks, which some PDF fonts and engines give for the
    # full-width ones): the small full stop is the Chinese full stop here, as ， 、 ； beside it are full width
    table.update({ord(v): h for v, h in zip("﹐﹑﹒﹔﹕﹖﹗﹙﹚﹛﹜﹝﹞", "，、。；：？！（）｛｝〔〕")})
    table.update({ord(ch): None for ch in ZERO_WIDTH})
    return table


# Characters that print nothing, put in text by web pages (WeChat articles), word processors and PDF
# hyphenation: the zero-width space and non-joiner, the word joiner, a byte-order mark inside the text,
# the soft hyphen.  Not the zero-width joiner, which an emoji sequence needs.
ZERO_WIDTH = "\u00ad\u200b\u200c\u2060\ufeff"
STAND_INS = _stand_ins()
_STAND_IN = re.compile("[" + "".join(map(chr, STAND_INS)) + "]")
# the same characters as a set: whether a line holds any is asked of every line of every page, and a set
# answers it a character at a time where the pattern's class of over a thousand characters is slow to scan
_STAND_IN_CHARS = frozenset(map(chr, STAND_INS))


def unify(lines: list[str]) -> tuple[list[str], Counter]:
    """The lines with each character that stands in for another read as that one, and how many of each.

    Why at the door: a PDF whose font maps a common character's glyph to a Kangxi radical (⼯ U+2F2F for
    工, ⽇ for 日) or to a CJK compatibility ideograph (U+F967 for 不), as pdftotext and copy-paste give
    them, or text set vertically, whose marks come out as vertical presentation forms (︒ for 。, ︵︶ for
    （）), or small form variants (﹐ for ，, ﹙﹚ for （）), prints the one character the paper set: Unicode
    decomposes each to it (the marks' vertical and small forms are written here in their full-width
    horizontal form).  Left in, a word is not found (no
    dictionary, place, name or sentence end reads ⼯会 or 。 as ︒) and the article files hold characters
    no search finds.  Zero-width characters print nothing and part two characters of a word.  The
    quotes' vertical forms ﹁﹂﹃﹄ are not here: :mod:`~unionnews.ingest.marks` reads them and keeps them."""
    if all(_STAND_IN_CHARS.isdisjoint(line) for line in lines):
        return lines, Counter()
    found: Counter = Counter()
    out = []
    for line in lines:
        found.update(_STAND_IN.findall(line))
        out.append(line.translate(STAND_INS))
    return out, found
