"""Re-lay a page of OCR text out as other OCR tools print it, and measure what an import keeps.

The seed pages put one printed paragraph on a line and part items with runs of
blank lines.  Other engines print one line per printed line of a column, or
re-wrap long lines, with stray blank lines, with half-width punctuation.  The
importer must give the same articles from any of these, so the tests (and
bench/ingest_variants.py) re-lay the seeds out with :func:`relayout` under a
fixed random seed per case and compare article texts with
:func:`article_texts`.

Layouts (combine with ``+``: ``printed+strays+halfwidth``):

``printed``    one printed line per line, a column of 11–16 characters, no blank
               lines at all; Chinese line-breaking rules (no line starts with ，。
               、；：？！）」』》 etc., none ends with （“《), as a typesetter breaks;
``rewrap``     every paragraph re-broken at random widths (4–60 characters), the
               page's blank lines kept;
``strays``     blank lines added at random inside paragraphs;
``indent``     printed paragraphs begin with two ideographic spaces (as many engines keep);
``halfwidth``  ，；：？！（）“” printed as , ; : ? ! ( ) " (half-width forms);
``wide``       with ``printed``: a wider column, 17–24 characters;
``heavy``      with ``strays``: three times as many stray blank lines.

Other mark forms, widths, whitespace, plain text and line spacing are tables of their own
below (``MARK_FORMS``, ``COLUMN_WIDTHS``, ``WHITESPACE_NOISE``, ``PLAIN_FORMS``, ``SPACING``), as are
the probes of classes none of those made (``PROBE_MARKS``: straight, full-width and mixed quotes, other
brackets, 。。。 and -; ``LINE_NOISE``: blank runs of any length, blank lines around the page, running
heads, page numbers, line numbers, CR LF).

``LAYOUTS`` are the ones the tests run at every seed; ``MORE_LAYOUTS`` add other widths and
noise for bench/ingest_variants.py and for a few test cases at seeds nothing was tuned on.
"""
from __future__ import annotations

import functools
import random
import re
from collections import Counter
from pathlib import Path
from typing import Callable

import yaml

NO_START = set("，。、；：？！）」』》〉】…％,.;:?!)")
NO_END = set("（「『《〈【“‘(")
_HALF = str.maketrans({"，": ",", "；": ";", "：": ":", "？": "?", "！": "!", "（": "(", "）": ")",
                       "“": '"', "”": '"'})
# half-width marks and their full-width forms are the same printed character, as are the two quotes
CANON = str.maketrans({",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）",
                       '"': "“", "”": "“", "'": "‘", "’": "‘",
                       # Forms of one mark that print the same thing (not two marks, so 、 stays apart from
                       # ，, ‘ from “ and 〈 from 《).  Width forms, which Unicode's compatibility mapping
                       # makes one character: ０-９ Ａ-Ｚ ａ-ｚ ％ ､ ｡ ．.  The full stop (句号) as 。, or as
                       # a dot (GB/T 15834 prints it ． in science texts; OCR reads the small circle as .);
                       # the ellipsis as its three dots (… is ... in Unicode's compatibility mapping, so a
                       # dot is a full stop here too) or the midline ⋯.  Quotes as corner brackets
                       # (「」 for “”, 『』 for ‘’: the same marks in Hong Kong, Taiwan and vertical setting,
                       # ﹁﹂﹃﹄ and 〝〞〟 their vertical forms).  The dash — as ― (GB 2312's dash in older
                       # Unicode mappings), ─ (a box-drawing rule), － or -, one such character per em.
                       # Middle dots (间隔号) as ・ ‧ •.
                       **{chr(0xFF10 + i): str(i) for i in range(10)},
                       **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
                       **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
                       "％": "%", "､": "、", "｡": "。", "．": "。", ".": "。", "…": "。。。", "⋯": "。。。",
                       "「": "“", "」": "“", "﹁": "“", "﹂": "“", "〝": "“", "〞": "“", "〟": "“",
                       "『": "‘", "』": "‘", "﹃": "‘", "﹄": "‘",
                       "―": "—", "─": "—", "－": "—", "-": "—", "・": "·", "‧": "·", "•": "·",
                       # the full-width straight quotes; round brackets as tortoise-shell or lenticular ones
                       "＂": "“", "＇": "‘", "〔": "（", "〕": "）", "【": "（", "】": "）"})
LAYOUTS = ("printed", "printed+strays", "printed+halfwidth", "printed+indent", "rewrap", "rewrap+strays",
           "rewrap+halfwidth", "halfwidth")

# Layout parts beyond the ones relayout spells out, each group in its own table: other forms of
# the marks (applied to the page before its lines are laid out), other printed column widths
# (lo, hi characters), and whitespace noise (applied after).  Each group names the layouts it
# adds for bench/ingest_variants.py.


def _period(text: str, rng: random.Random) -> str:
    """。 printed as an ASCII dot (the OCR read the small circle as a dot)."""
    return text.replace("。", ".")


def _stop(text: str, rng: random.Random) -> str:
    """。 printed as the full-width dot ． (science texts, GB/T 15834) or the half-width ｡, one per page."""
    return text.replace("。", rng.choice("．｡"))


def _paired(line: str, straight: str, opening: str, closing: str) -> str:
    if line.count(straight) % 2:
        return line  # unpaired on the line: which is which is not known
    out, open_ = [], True
    for ch in line:
        if ch == straight:
            ch, open_ = (opening if open_ else closing), not open_
        out.append(ch)
    return "".join(out)


def _corner(text: str, rng: random.Random) -> str:
    """Quotes as corner brackets: “” as 「」, ‘’ as 『』, straight quotes that pair up on their line too."""
    text = text.translate(str.maketrans({"“": "「", "”": "」", "‘": "『", "’": "』"}))
    return "\n".join(_paired(_paired(line, '"', "「", "」"), "'", "『", "』") for line in text.split("\n"))


def _dash(text: str, rng: random.Random) -> str:
    """The dash — (—— a two-em dash) as one of ― ─ － -, one form per page."""
    return text.replace("—", rng.choice("―─－-"))


def _dots(text: str, rng: random.Random) -> str:
    """The ellipsis … as three dots (…… as six)."""
    return text.replace("…", "...")


def _fullwidth(text: str, rng: random.Random) -> str:
    """Digits and Latin letters in their full-width forms (０-９ Ａ-Ｚ ａ-ｚ), with ％ and a decimal point ．."""
    text = re.sub(r"(?<=\d)\.(?=\d)", "．", text)
    return re.sub(r"[0-9A-Za-z%]", lambda m: chr(ord(m.group()) + 0xFEE0), text)


def _mixhalf(text: str, rng: random.Random) -> str:
    """Each ，；：？！（） printed half-width or not by chance (one mark in two): an engine that reads the
    same mark both ways on one page."""
    return "".join(ch.translate(_HALF) if ch in "，；：？！（）" and rng.random() < 0.5 else ch for ch in text)


MARK_FORMS: dict[str, Callable[[str, random.Random], str]] = {
    "mixhalf": _mixhalf, "period": _period, "stop": _stop, "corner": _corner, "dash": _dash, "dots": _dots, "fullwidth": _fullwidth}
MARK_LAYOUTS: tuple[str, ...] = ("printed+period", "rewrap+period", "printed+halfwidth+period", "printed+stop",
                                 "printed+corner", "rewrap+corner+strays", "printed+dash+dots",
                                 "printed+fullwidth", "rewrap+corner+period+dash+dots+fullwidth")

# ``narrow``: a column of 6–10 characters (a short headline, a 上接 marker or a dateline fills a line
# often); ``xwide``: 25–40 characters (a cut column piece fills a line often)
COLUMN_WIDTHS: dict[str, tuple[int, int]] = {"narrow": (6, 10), "xwide": (25, 40)}
WIDTH_LAYOUTS: tuple[str, ...] = ("printed+narrow", "printed+xwide")

_BLANKS = (" ", "  ", "\t", "\u3000", "\u00a0", " \t ")  # what an engine leaves on a line of no text


def _trailing(page: str, rng: random.Random) -> str:
    """Every line padded with one run of whitespace, the same throughout the page (one to three
    spaces, a tab, an ideographic space), as engines that pad their lines print."""
    pad = rng.choice((" ", "  ", "   ", "\t", "\u3000"))
    return "\n".join(line + pad if line else line for line in page.split("\n"))


def _ragged(page: str, rng: random.Random) -> str:
    """Most lines end in whitespace of a length of their own (nothing, one to four spaces, a tab)."""
    return "\n".join(line + rng.choice(("", " ", "  ", "   ", "    ", "\t")) if line else line
                     for line in page.split("\n"))


def _margin(page: str, rng: random.Random) -> str:
    """Every printed line begins with the same run of spaces (one or two, or a tab): the page's left margin."""
    margin = rng.choice((" ", "  ", "\t"))
    return "\n".join(margin + line if line else line for line in page.split("\n"))


def _blankspace(page: str, rng: random.Random) -> str:
    """Blank lines holding spaces, tabs, NBSP or ideographic spaces."""
    return "\n".join(line or rng.choice(_BLANKS) for line in page.split("\n"))


def _spaced(page: str, rng: random.Random) -> str:
    """A space (now and then an NBSP or an ideographic space) between two Chinese characters of a line
    here and there, as justified column lines come out of OCR (三 大发展困境): one pair in fifty, twice
    the share on seed 002, the page that has the most."""
    def gap(m: re.Match) -> str:
        return m.group() + (rng.choice((" ", " ", " ", "\u00a0", "\u3000")) if rng.random() < 0.02 else "")
    return re.sub(r"[\u4e00-\u9fff](?=[\u4e00-\u9fff])", gap, page)


def _tabs(page: str, rng: random.Random) -> str:
    """Indents and word spaces printed as tabs."""
    return page.replace("\u3000\u3000", "\t").replace(" ", "\t")


def _formfeed(page: str, rng: random.Random) -> str:
    """A form feed (the engine's page break) on a line of its own now and then, and at the end."""
    lines = page.split("\n")
    for _ in range(rng.randint(1, 3)):
        lines.insert(rng.randrange(1, len(lines)), "\f")
    return "\n".join(lines) + "\f"


def _cr(page: str, rng: random.Random) -> str:
    """Old Mac line ends (CR only)."""
    return page.replace("\n", "\r")


WHITESPACE_NOISE: dict[str, Callable[[str, random.Random], str]] = {
    "trailing": _trailing, "ragged": _ragged, "margin": _margin, "blankspace": _blankspace, "spaced": _spaced, "tabs": _tabs,
    "formfeed": _formfeed, "cr": _cr}
WHITESPACE_LAYOUTS: tuple[str, ...] = ("printed+trailing", "printed+ragged", "rewrap+trailing",
                                       "printed+strays+blankspace", "printed+spaced", "rewrap+spaced",
                                       "printed+indent+tabs", "printed+indent+margin", "rewrap+margin",
                                       "printed+formfeed", "rewrap+cr")


def _no_markup(text: str, rng: random.Random) -> str:
    """The page as plain-text OCR prints it (Tesseract's text output, for one): no ``## `` heading markup."""
    return re.sub(r"(?m)^[ \t]*#{1,6}[ \t]+", "", text)


def _no_blank(text: str, rng: random.Random) -> str:
    """The page with no blank line at all: one paragraph per line, items no longer parted by blank runs."""
    return "\n".join(line for line in text.split("\n") if line.strip()) + "\n"


# Plain-text pages (applied to the page before its lines are laid out): no heading markup, no blank lines.
PLAIN_FORMS: dict[str, Callable[[str, random.Random], str]] = {"nomarkup": _no_markup, "noblank": _no_blank}
PLAIN_LAYOUTS: tuple[str, ...] = ("nomarkup", "printed+nomarkup", "rewrap+nomarkup", "noblank", "rewrap+noblank",
                                  "noblank+nomarkup", "rewrap+noblank+nomarkup")


def _doubled(page: str, rng: random.Random) -> str:
    """Double-spaced text: a blank line after every line, so a run of k blank lines becomes 2k + 1
    (text exported with paragraph spacing, or OCR of a double-spaced typescript)."""
    return page.replace("\n", "\n\n")


def _boxes(page: str, rng: random.Random) -> str:
    """A printed line now and then cut in two lines (one line in ten), where a detector found two text
    boxes in one line (PaddleOCR and other box-based engines print one line per box)."""
    out = []
    for line in page.split("\n"):
        prefix, body = _markup(line)
        if not prefix and not line.startswith(">>") and len(body) > 6 and rng.random() < 0.1:
            cut = rng.randint(2, len(body) - 2)
            out += [body[:cut], body[cut:]]
        else:
            out.append(line)
    return "\n".join(out)


def _letterspaced(page: str, rng: random.Random) -> str:
    """A space between every two Chinese characters or marks (text drawn one glyph at a time, as
    pdftotext prints justified or letter-spaced CJK lines)."""
    cjk = r"[\u4e00-\u9fff，。、；：？！“”‘’（）《》—…]"
    return re.sub(f"(?<={cjk})(?={cjk})", " ", page)


# Layout parts a table of its own handles: ``parablank`` and ``itemwidths`` change how ``printed``
# lays a page out (relayout reads them), the others are applied to the laid-out page.
SPACING: dict[str, Callable[[str, random.Random], str]] = {
    "doubled": _doubled, "boxes": _boxes, "letterspaced": _letterspaced}
SPACING_PARTS = ("parablank", "itemwidths")
SPACING_LAYOUTS: tuple[str, ...] = ("doubled", "printed+doubled", "printed+parablank", "printed+wide+parablank",
                                    "printed+itemwidths", "printed+boxes", "letterspaced", "printed+letterspaced",
                                    "rewrap+narrow", "printed+mixhalf")



# The probes: forms the tables above do not make.  Other punctuation forms (applied to the page
# before its lines are laid out, as MARK_FORMS), other blank-line noise and other line layouts (applied
# to the laid-out page, in the order of LINE_NOISE's keys, after the whitespace noise).

def _straight(text: str, rng: random.Random) -> str:
    """Every quote printed straight: “” as " and ‘’ as ' (ASCII quotes, the other marks full width)."""
    return text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))


def _mixquote(text: str, rng: random.Random) -> str:
    """Each quote straight or curly by chance (one in two): one page with both forms."""
    straight = {"“": '"', "”": '"', "‘": "'", "’": "'"}
    return "".join(straight[ch] if ch in straight and rng.random() < 0.5 else ch for ch in text)


def _fwquote(text: str, rng: random.Random) -> str:
    """Quotes as the full-width straight quotes ＂ and ＇ (an engine that reads every quote so)."""
    text = re.sub(r'"', "＂", text)
    return text.translate(str.maketrans({"“": "＂", "”": "＂", "‘": "＇", "’": "＇", "'": "＇"}))


def _brackets(text: str, rng: random.Random) -> str:
    """Round brackets （） (and ( )) as tortoise-shell 〔〕 or lenticular 【】 brackets, one form per page."""
    opening, closing = rng.choice(("〔〕", "【】"))
    return text.translate(str.maketrans({"（": opening, "(": opening, "）": closing, ")": closing}))


def _stops(text: str, rng: random.Random) -> str:
    """The ellipsis … as three full stops (…… as 。。。。。。), the dash — as a hyphen (—— as --)."""
    return text.replace("…", "。。。").replace("—", "-")


PROBE_MARKS: dict[str, Callable[[str, random.Random], str]] = {
    "straight": _straight, "mixquote": _mixquote, "fwquote": _fwquote, "brackets": _brackets, "stops": _stops}
MARK_FORMS.update(PROBE_MARKS)


def _gaps(page: str, rng: random.Random) -> str:
    """Every run of blank lines 1–6 lines long by chance (a blank run no longer tells an item's end
    from a paragraph's)."""
    return re.sub(r"\n(?:[ \t]*\n)+", lambda m: "\n" * (1 + rng.randint(1, 6)), page)


def _leadblank(page: str, rng: random.Random) -> str:
    """A run of 1–6 blank or whitespace-only lines (of mixed widths) before the first line and after the last."""
    def run() -> str:
        return "".join(rng.choice(("",) + _BLANKS) + "\n" for _ in range(rng.randint(1, 6)))
    return run() + page.lstrip("\n") + run()


_HEADS = ("劳动周报", "职工生活报", "工会信息报")


def _runhead(page: str, rng: random.Random) -> str:
    """A running head (paper, date, page) before the first line and again every 30–60 lines, a page
    foot (— 5 —) before each repeat: a multi-page OCR dump of one page's text in a made-up paper."""
    no = rng.randint(2, 8)
    head = f"{rng.choice(_HEADS)} {rng.randint(2019, 2025)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日 第{no}版"
    lines, out, next_at = page.split("\n"), [head], rng.randint(30, 60)
    for i, line in enumerate(lines):
        if i == next_at and i < len(lines) - 5:
            out += [f"— {no} —", head]
            next_at += rng.randint(30, 60)
        out.append(line)
    return "\n".join(out)


def _pageno(page: str, rng: random.Random) -> str:
    """A lone page number (3, - 3 -, 第3版) on a line of its own, two to four times on the page."""
    lines, no = page.split("\n"), rng.randint(1, 12)
    form = rng.choice((str(no), f"- {no} -", f"第{no}版", f"{no}"))
    for _ in range(rng.randint(2, 4)):
        lines.insert(rng.randrange(1, len(lines)), form)
    return "\n".join(lines)


def _lineno(page: str, rng: random.Random) -> str:
    """Lines numbered as a text viewer or an export prints them, one style a page: every line of the
    file (``cat -n``: the number right-aligned, a tab) or every printed line (``nl``: blank lines
    unnumbered)."""
    out, n, every = [], 0, rng.random() < 0.5
    for line in page.split("\n"):
        if every:
            n += 1
            line = f"{n:>6}\t{line}"
        elif line.strip():
            n += 1
            line = f"{n:>6}  {line}"
        out.append(line)
    return "\n".join(out)


def _crlf(page: str, rng: random.Random) -> str:
    """DOS line ends (CR LF)."""
    return page.replace("\n", "\r\n")


LINE_NOISE: dict[str, Callable[[str, random.Random], str]] = {
    "gaps": _gaps, "leadblank": _leadblank, "runhead": _runhead, "pageno": _pageno, "lineno": _lineno, "crlf": _crlf}
# noise that is not the page's printed text: the importer takes it off (and says so in review), so the
# printed characters to keep are counted on the page without it
UNPRINTED = {"lineno"}
# parts that lay the printed text out in another order without adding or taking any (``layoutcols``: two
# columns side by side): the page as printed, which an import must keep and must not add to, reads its
# columns one after the other, as the paper prints them
REARRANGED: set[str] = set()

MORE_LAYOUTS = ("printed+wide", "printed+wide+strays", "printed+strays+heavy", "rewrap+strays+heavy",
                "printed+indent+halfwidth", "rewrap+halfwidth+strays") + MARK_LAYOUTS + WIDTH_LAYOUTS + WHITESPACE_LAYOUTS
MORE_LAYOUTS += PLAIN_LAYOUTS + SPACING_LAYOUTS
# The probes, a few classes to a layout to keep the suite's time: round brackets as 〔〕 or 【】 with ASCII
# quotes; quotes as ＂＇ with … as 。。。 and — as -, blank runs 1–6 long by chance; running heads and lone
# page numbers.  PROBE_MORE are run by name (bench/ingest_variants.py), not by the suite: quotes straight or
# curly by chance with blank lines before and after the page, CR LF and form feeds (whole on main already); a
# column of 25–40 with stray blank lines and other brackets, page numbers in a printed column, and lines
# numbered on a page of one paragraph a line.  In the suite as well: lines numbered on printed columns
# (``printed+lineno``; the numbers are ``UNPRINTED``, so the characters to keep are counted without them),
# and page numbers on a page with a blank line after every paragraph (``printed+pageno+parablank``).
PROBE_LAYOUTS: tuple[str, ...] = ("printed+brackets+straight", "rewrap+fwquote+stops+gaps", "pageno+runhead", "printed+lineno",
                                 "printed+pageno+parablank")
PROBE_MORE: tuple[str, ...] = ("mixquote+leadblank+crlf+formfeed", "printed+xwide+strays+brackets", "printed+pageno", "printed+runhead", "lineno")
MORE_LAYOUTS += PROBE_LAYOUTS


# Held out: layouts no helper tuned on, for bench/ingest_variants.py and bench/ingest_hunt.py (run by name:
# ``--held-out``), new combinations of the parts above and a few parts of their own.  Widths outside the
# ones above (``xxwide``: a printed column of 41–60, ``fold``: every paragraph hard-wrapped at one width a
# page, 18–40, with no line-breaking rules, as ``fold -w`` or an editor's hard wrap), and noise the tables
# above do not make (``itemblank``: blank lines between items only; ``spaceindent``, ``headspaced``, ``mixeol``).

def _fold(text: str, rng: random.Random) -> str:
    """Every paragraph hard-wrapped at one width (18–40 characters a page) with no line-breaking rules:
    a line may begin with ，。 or end with （“, the markup prefix kept on the first piece."""
    width, out = rng.randint(18, 40), []
    for line in text.split("\n"):
        prefix, body = _markup(line)
        if not body.strip() or line.strip().startswith(">>"):
            out.append(line)
            continue
        pieces = _breaks(body, iter(lambda: width, None), kinsoku=False)
        out += [prefix + pieces[0]] + pieces[1:]
    return "\n".join(out)


def _spaceindent(page: str, rng: random.Random) -> str:
    """With ``indent``: the paragraph indent printed as two or four ASCII spaces (one form a page)."""
    return page.replace("\u3000\u3000", rng.choice(("  ", "    ")))


def _headspaced(page: str, rng: random.Random) -> str:
    """Marked headlines (``## ``) letter-spaced, a space between every two characters (a big headline
    type read one glyph at a time), the body left as it is."""
    def spaced(line: str) -> str:
        prefix, body = _markup(line)
        return prefix + " ".join(body) if prefix else line
    return "\n".join(spaced(line) for line in page.split("\n"))


def _mixeol(page: str, rng: random.Random) -> str:
    """Line ends of three kinds on one page (LF, CR LF, CR by chance), a form feed on a line of its own
    now and then: pages pasted together from several tools.  A blank line after a line ending in CR
    never ends in LF alone (CR, then an empty line's LF, is one CR LF line end: the blank line would be
    gone from the page, a change to its layout that no reader could see)."""
    out, after_cr = [], False
    for line in page.split("\n"):
        end = rng.choice(("\r\n", "\r") if after_cr and not line else ("\n", "\n", "\r\n", "\r"))
        out.append(line + end)
        after_cr = end == "\r"
        if rng.random() < 0.02:
            out.append("\f" + rng.choice(("\n", "\r\n")))
            after_cr = False
    return "".join(out)


def _itemblank(text: str, rng: random.Random) -> str:
    """Blank lines between items only: a single blank line (between two paragraphs of the seed pages)
    taken out, a longer run (an item's edge) kept as one blank line."""
    return re.sub(r"\n(?:[ \t]*\n)+", lambda m: "\n\n" if m.group().count("\n") > 2 else "\n", text)


def _nolead(text: str, rng: random.Random) -> str:
    """Leads with no marker: 本报讯（记者…） and 本报某地某日电（记者…） taken off the front of a paragraph
    (a wire story, a reprint, a feature: the headline stands directly on plain running text)."""
    return re.sub(r"(?m)^(#{1,6}\s+)?本报[^\s（(，,。\n]{0,12}?(?:讯|电)[ \u3000]*(?:[（(][^）)\n]*[）)])?[ \u3000]*", r"\1", text)


def _runs(page: str, rng: random.Random) -> str:
    """Every run of blank lines 1–4 lines long by chance, between paragraphs and between items alike."""
    return re.sub(r"\n(?:[ \t]*\n)+", lambda m: "\n" * (1 + rng.randint(1, 4)), page)


HELD_OUT_FORMS: dict[str, Callable[[str, random.Random], str]] = {"fold": _fold, "itemblank": _itemblank, "nolead": _nolead}
MARK_FORMS.update(HELD_OUT_FORMS)
COLUMN_WIDTHS["xxwide"] = (41, 60)
# the mark forms that take printed words off the page (not only re-lay it out or change a mark's form): a
# variant printed so cannot give the seed articles' text, and is compared with the seed pages so printed
TEXT_FORMS: frozenset[str] = frozenset({"nolead"})
HELD_OUT_NOISE: dict[str, Callable[[str, random.Random], str]] = {
    "spaceindent": _spaceindent, "headspaced": _headspaced}
WHITESPACE_NOISE.update(HELD_OUT_NOISE)
LINE_NOISE["runs"] = _runs
LINE_NOISE["mixeol"] = _mixeol  # last: after every other part has split the page on LF
HELD_OUT: tuple[str, ...] = (
    "printed+indent+halfwidth+strays+trailing", "printed+wide+corner+mixhalf+formfeed", "rewrap+narrow+strays+halfwidth",
    "rewrap+xwide+strays+period", "printed+xwide+indent+dash+dots", "printed+wide+parablank+pageno+crlf",
    "rewrap+gaps+leadblank+straight", "printed+doubled+halfwidth+fullwidth", "nomarkup+gaps+crlf+brackets",
    "printed+nomarkup+strays+stop", "rewrap+mixquote+ragged+margin", "printed+fullwidth+margin+runhead",
    "noblank+halfwidth+period+tabs", "printed+parablank+tabs+indent+corner", "rewrap+doubled+fwquote+dash",
    "printed+spaced+halfwidth+strays", "printed+wide+lineno+straight", "rewrap+blankspace+strays+heavy+corner",
    # the parts of their own
    "printed+xxwide", "printed+xxwide+strays+halfwidth", "fold", "fold+strays", "fold+halfwidth+nomarkup",
    "fold+noblank", "printed+indent+spaceindent", "rewrap+headspaced", "printed+headspaced+halfwidth",
    "printed+mixeol+strays", "rewrap+mixeol+gaps", "fold+mixeol+straight",
    # blank lines at random only, on pages whose paragraphs and items no blank line parts
    "noblank+strays", "noblank+strays+heavy", "rewrap+noblank+strays", "rewrap+xwide+noblank+strays",
    "printed+xxwide+strays",
    # blank lines between items only (none between paragraphs)
    "itemblank", "rewrap+itemblank", "rewrap+nomarkup+itemblank", "rewrap+itemblank+strays",
    # leads with no 本报讯 marker, blank runs of 1–4 lines anywhere: a headline stands directly on plain text
    "rewrap+nolead+runs", "rewrap+nolead+runs+nomarkup", "nolead+runs", "printed+nolead+runs")


# Held out, a third table (``--new`` in the bench scripts): OCR output classes none of the parts above
# make.  ``headmark``: headlines and column labels printed with a decoration (■ ◆ ● ▲ ★ before them, one
# style a page), as many papers print a column label and OCR keeps it;
# ``paraindent``: every paragraph's first line opens on an indent (two ideographic spaces, or two or four
# ASCII spaces, one form a page) on any layout, re-wrapped and one-paragraph-a-line pages included;
# ``zones``: with ``printed``, only part of the page is printed one line per printed line (the top or the
# bottom, cut at a paragraph between a third and two thirds of the way), the rest one paragraph a line
# with its blank lines, as when the OCR engine read the page's zones with two settings.

_DECORATIONS = ("■", "◆", "●", "▲", "★")


def _headline_like(line: str) -> bool:
    """A marked headline, or a short line with no sentence mark, no bracket and no byline word (a
    headline or a label on a page with no markup)."""
    prefix, body = _markup(line)
    if prefix:
        return bool(body.strip())
    body = line.strip()
    return 0 < len(body) <= 24 and not body.startswith(">>") and not re.search(r"[，。,.；;：:（(）)“”\"!！?？/]|本报|记者|通讯员|摄", body)


def _headmark(text: str, rng: random.Random) -> str:
    """Headlines and column labels decorated, one style a page: a mark before them (■ 标题, ◆标题).  Not
    【标题】: the compare could not tell those from round brackets printed 【】 (``brackets``)."""
    style, space = rng.choice(_DECORATIONS), rng.choice(("", " ", "\u3000"))
    marked = re.search(r"(?m)^#{1,6}\s", text) is not None  # on a marked page, only its marked lines

    def decorate(line: str) -> str:
        if not _headline_like(line) or marked and not _markup(line)[0]:
            return line
        prefix, body = _markup(line)
        body = body.strip()
        return prefix + style + space + body
    return "\n".join(decorate(line) for line in text.split("\n"))


def _paraindent(text: str, rng: random.Random) -> str:
    """Every paragraph but a headline opens on an indent, one form a page (two ideographic spaces, two or
    four ASCII spaces), whatever the page's layout; a line going on from a line with no sentence end (a
    paragraph the page's columns cut) is no paragraph's start and opens on none."""
    indent, out, ended = rng.choice(("\u3000\u3000", "  ", "    ")), [], True
    for line in text.split("\n"):
        if not line.strip():
            out.append(line)
            continue
        starts = ended and not _headline_like(line) and not line.startswith(">>")
        out.append(indent + line if starts else line)
        ended = _headline_like(line) or line.rstrip()[-1] in "。！？!?”…）"
    return "\n".join(out)


HELD_OUT_NEW_FORMS: dict[str, Callable[[str, random.Random], str]] = {"headmark": _headmark, "paraindent": _paraindent}
MARK_FORMS.update(HELD_OUT_NEW_FORMS)
HELD_OUT_NEW: tuple[str, ...] = (
    "printed+headmark", "rewrap+headmark", "printed+headmark+halfwidth+strays", "nomarkup+headmark",
    "rewrap+headmark+nomarkup+strays", "noblank+headmark",
    "rewrap+paraindent", "rewrap+paraindent+strays", "rewrap+paraindent+blankspace", "noblank+paraindent",
    "rewrap+noblank+paraindent", "nomarkup+paraindent+itemblank", "rewrap+paraindent+headmark+halfwidth",
    "printed+zones", "printed+zones+strays", "printed+indent+zones+halfwidth", "printed+narrow+zones",
    "printed+xwide+zones", "printed+zones+nomarkup", "printed+zones+parablank",
    "printed+narrow+strays", "printed+narrow+indent+halfwidth", "printed+narrow+headmark", "rewrap+narrow+paraindent",
    "printed+xwide+headmark+corner", "rewrap+xwide+paraindent+strays")


def _markup(line: str) -> tuple[str, str]:
    """Split OCR markup (``## ``) from the text of a line; a ``>> label <<`` is kept whole."""
    m = re.match(r"^(#{1,6}\s+)(.*)$", line)
    return (m.group(1), m.group(2)) if m else ("", line)


def _breaks(text: str, widths, kinsoku: bool, past=None, no_start=NO_START) -> list[str]:
    """Cut ``text`` into lines of the widths ``widths`` yields, keeping the line-breaking rules (``past``: where
    a line of a width ends, :func:`_past` unless given; ``no_start``: the marks no line may start with)."""
    out, pos = [], 0
    while pos < len(text):
        end = (past or _past)(text, pos, next(widths))
        if kinsoku:
            while end < len(text) and (text[end] in no_start or text[end] in _MARKUP_MARKS and end > pos):
                end += 1  # hang the mark at the end of the line, as typesetters do
            while end - 1 > pos and text[end - 1] in NO_END:
                end -= 1
        out.append(text[pos:end])
        pos = end
    return out


def _past(text: str, pos: int, width: int) -> int:
    """Where a line of ``width`` characters from ``pos`` ends, the marks a part left to find a paragraph by once
    the lines are laid out (:data:`_PARA_MARKS`) taking no place (a mark right after the line's end goes with it)."""
    if not any(ch in text for ch in _PARA_MARKS):
        return min(len(text), pos + width)
    end, n = pos, 0
    while end < len(text) and (n < width or text[end] in _PARA_MARKS):
        n += text[end] not in _PARA_MARKS
        end += 1
    return end


def printed_column(lines: list[str], width: int, indent: str = "", parted: bool = False, widths=None,
                   past=None, joined: str = "", kinsoku: bool = True, no_start=NO_START, hard: str = "") -> list[str]:
    """``lines`` (one paragraph per line) printed one line per printed line of a column ``width``
    characters wide, blank lines dropped, each paragraph but a marked heading opening on ``indent``;
    ``parted``: one blank line after every paragraph (Tesseract's text output parts its blocks so); ``widths``:
    each line's width drawn from it instead (a column whose width changes down the page); ``past``: where a
    line of a width ends (:func:`_breaks`); ``joined``: a paragraph's printed lines parted by it, not by line ends;
    ``kinsoku``, ``no_start``: the line-breaking rules kept (:func:`_breaks`); ``hard``: put at the end of each of a
    paragraph's printed lines but its last (a hard line break's mark)."""
    out: list[str] = []
    for line in lines:
        if not line.strip():
            continue
        prefix, body = _markup(line.strip())
        if prefix == "" and line.strip().startswith(">>"):
            out.append(line.strip())
        else:
            pieces = _breaks(body, widths or iter(lambda: width, None), kinsoku=kinsoku, past=past, no_start=no_start)
            pieces[0] = prefix + ("" if prefix else indent) + pieces[0]
            pieces = [piece + hard for piece in pieces[:-1]] + pieces[-1:]
            out += [joined.join(pieces)] if joined else pieces
        if parted:
            out.append("")
    return out


def _items(lines: list[str]) -> list[list[str]]:
    """The page's items: its lines between runs of blank lines."""
    items: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            items[-1].append(line)
        elif items[-1]:
            items.append([])
    return [item for item in items if item]


def relayout(text: str, layout: str, seed: int, printed_only: bool = False) -> str:
    """``text`` (one paragraph per line) re-laid out as ``layout``, reproducibly for ``seed``;
    ``printed_only``: the same page without the noise that is no printed text (``UNPRINTED``: line
    numbers a viewer adds) and in its printed reading order (``REARRANGED``: columns one after the other),
    whose printed characters every import must keep."""
    parts = set(layout.split("+"))
    rng = random.Random(f"{layout}:{seed}")
    if "halfwidth" in parts:
        text = text.translate(_HALF)
    for part in sorted(parts & MARK_FORMS.keys()):
        text = MARK_FORMS[part](text, rng)
    for part in sorted(parts & PLAIN_FORMS.keys()):
        text = PLAIN_FORMS[part](text, rng)
    lines, kept = text.split("\n"), []
    if "zones" in parts:  # part of the page printed, the rest left as it is (cut where a paragraph ends)
        cuts = [i for i in range(len(lines) // 3, 2 * len(lines) // 3 + 1) if not lines[i - 1].startswith(">>")] or [len(lines)]
        cut, top = rng.choice(cuts), rng.random() < 0.5
        lines, kept = (lines[:cut], lines[cut:]) if top else (lines[cut:], lines[:cut])
    if "printed" in parts:
        lo, hi = next((COLUMN_WIDTHS[p] for p in sorted(parts & COLUMN_WIDTHS.keys())), (17, 24) if "wide" in parts else (11, 16))
        indent, parted = "\u3000\u3000" if "indent" in parts else "", "parablank" in parts
        if "itemwidths" in parts:  # each item set in a column of its own width, 10–22 characters
            out = [line for item in _items(lines) for line in printed_column(item, rng.randint(10, 22), indent, parted)]
        elif "photowrap" in parts:  # one column, narrower for stretches around pictures
            widths = _photowrap_widths(rng.randint(lo, hi), rng)
            out = printed_column(lines, 0, indent, parted, widths)
        elif "pushout" in parts:  # the twelfth table's column form: a mark carries a character down
            out = printed_column(lines, rng.randint(lo, hi), indent, parted, past=_past_pushing)
        elif parts & {"nokinsoku", "splitmarks", "hardbreak"}:  # the eleventh table's column forms
            hard = _HARD_BREAK if "hardbreak" in parts else ""
            out = printed_column(lines, rng.randint(lo, hi), indent, parted, past=_past_splitting if "splitmarks"
                                 in parts else None, kinsoku="nokinsoku" not in parts,
                                 no_start=NO_START - {"…"} if "splitmarks" in parts else NO_START, hard=hard)
        elif parts & {"drift", "ems", "lsep"}:  # the tenth table's column forms
            width = rng.randint(lo, hi)
            widths = _drift_widths(width, rng) if "drift" in parts else None
            joined = rng.choice(("\u2028", "\u000b")) if "lsep" in parts else ""
            out = printed_column(lines, width, indent, parted, widths, _past_ems if "ems" in parts else None, joined)
        else:
            out = printed_column(lines, rng.randint(lo, hi), indent, parted)
    elif "rewrap" in parts:
        lo, hi = next((COLUMN_WIDTHS[p] for p in sorted(parts & COLUMN_WIDTHS.keys())), (4, 60))
        out, joined = [], rng.choice(("\u2028", "\u000b")) if "lsep" in parts else ""
        for line in lines:
            prefix, body = _markup(line)
            if not body.strip() or line.strip().startswith(">>"):
                out.append(line)
                continue
            pieces = _breaks(body, iter(lambda: rng.randint(lo, hi), None), kinsoku=False)
            pieces[0] = prefix + pieces[0]
            if "hardbreak" in parts:
                pieces = [piece + _HARD_BREAK for piece in pieces[:-1]] + pieces[-1:]
            out += [joined.join(pieces)] if joined else pieces
    else:
        out = list(lines)
    if kept:
        out = out + [""] + kept if top else kept + [""] + out
    if "strays" in parts:
        noisy = []
        for i, line in enumerate(out):
            noisy.append(line)
            if line.strip() and i + 1 < len(out) and out[i + 1].strip() and rng.random() < (0.24 if "heavy" in parts else 0.08):
                noisy += [""] * rng.randint(1, 2)
        out = noisy
    page = "\n".join(out) + ("\n" if not out or out[-1] else "")
    for part in sorted(parts & SPACING.keys()):
        page = SPACING[part](page, rng)
    for part in sorted(parts & WHITESPACE_NOISE.keys() - {"cr"}):
        page = WHITESPACE_NOISE[part](page, rng)
    # line numbers after every part an engine or a converter makes (a viewer numbers the file as they left it),
    # then the line ends: mixeol splits the page on its own line ends, and CR LF rewrites them
    last = {"lineno": 1, "mixeol": 2, "crlf": 3}
    for part in sorted((part for part in LINE_NOISE if part in parts), key=lambda part: last.get(part, 0)):
        if printed_only and part in ("quoteblock", "setext") + MARKED:
            page = unboxed(page)
        elif not (printed_only and part in UNPRINTED | REARRANGED):
            page = LINE_NOISE[part](page, rng)
    if "cr" in parts:  # last, as CR LF is last of the line noise: every other part reads the page's lines
        page = WHITESPACE_NOISE["cr"](page, rng)
    return page


def printed_words(text: str, layout: str) -> str:
    """``text`` (a page, or an article file's body: one paragraph a line) with the mark forms of ``layout``
    that take printed words off (:data:`TEXT_FORMS`) applied and nothing else.  Applied to the seed
    articles, it gives the text a variant of the layout can give whole (a lead's 本报讯（…） taken off is
    in no variant file), with the seed articles' own parting into items; the forms use no randomness."""
    rng = random.Random(layout)
    for part in sorted(set(layout.split("+")) & TEXT_FORMS):
        text = MARK_FORMS[part](text, rng)
    return text


def takes_words(layout: str) -> bool:
    """Does ``layout`` print fewer words than the seed pages (:data:`TEXT_FORMS`)?"""
    return bool(set(layout.split("+")) & TEXT_FORMS)


def canon(text: str) -> str:
    """Printed characters only: no whitespace, no OCR markup, one form per punctuation mark."""
    text = re.sub(r"(?m)^#{1,6}\s+", "", text)
    return "".join(ch for ch in text.translate(CANON) if not ch.isspace())


_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's where PyYAML has it: the same objects


def _read(path: Path) -> tuple[dict, str]:
    _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
    return yaml.load(front, Loader=_SafeLoader), body


def undecorated(text: str) -> str:
    """``text`` without the decorations ``headmark`` prints before headlines (■ ◆ ● ▲ ★; the seed pages
    print none of them): the wording an article is whole by, wherever its headlines went (headline fields
    or body).  The decorations are printed characters all the same."""
    return re.sub("[■◆●▲★]", "", text)


def article_texts(content: Path, layout: str = "") -> list[dict]:
    """Every article file under ``content`` (not the unplaced ones): id, text (headline fields and
    body, canonical), review reasons; with ``layout``, each body as that layout prints its words
    (:func:`printed_words`: the seed articles a variant of it is compared with)."""
    out = []
    for path in sorted(content.rglob("*.md")):
        if "_unplaced" in path.parts:
            continue
        front, body = _read(path)
        body = printed_words(body, layout)
        head = "".join(str(front.get(k) or "") for k in ("column", "kicker", "title", "subtitle"))
        parts = [canon(w) for k in ("column", "kicker", "title", "subtitle") for w in str(front.get(k) or "").split()]
        out.append({"id": front["id"], "text": canon(head + body), "head": canon(head), "body": canon(body),
                    "plain": canon(undecorated(head)) + "|" + unjumped(canon(undecorated(body))),
                    "heads": [p for p in parts if p],
                    "review": front.get("review", [])})
    return out


def unplaced_text(content: Path) -> str:
    return "".join(canon(_read(p)[1]) for p in sorted(content.rglob("*.md")) if "_unplaced" in p.parts)


def invented(variant: list[dict], page_text: str) -> list[str]:
    """Sentences of article files without a review reason that are not in the page as printed."""
    printed = canon(page_text)
    out = []
    for v in variant:
        if [r for r in v["review"] if "inferred from the text" not in r]:
            continue
        for sentence in v["heads"] + re.findall(r"[^。！？]+[。！？]?", v["body"]):
            if sentence not in printed:
                out.append(f"{v['id']}: {sentence}")
    return out


@functools.lru_cache(maxsize=4)
def _owners(original: tuple[tuple[str, str], ...]) -> dict[str, frozenset[str]]:
    """Each 12-character run of the original articles' texts, and the articles it occurs in (kept: the
    same originals are compared with every variant)."""
    owners: dict[str, set[str]] = {}
    for id_, text in original:
        for i in range(0, max(1, len(text) - 12)):
            owners.setdefault(text[i:i + 12], set()).add(id_)
    return {run: frozenset(ids) for run, ids in owners.items()}


def compare(original: list[dict], variant: list[dict], printed: list[dict] | None = None) -> dict:
    """How many of the original articles came out whole (same characters in one file: headline
    fields and body), and how many variant files mix text of two original articles without a
    review reason.  ``printed``: the original articles as the variant's layout prints their words
    (:func:`article_texts` with its layout), if it takes words off: whole is counted against those,
    mixed stories still against the original articles."""
    def key(a: dict) -> str:  # headline parts may be split differently between kicker, title, column
        head, body = a["plain"].split("|", 1)
        return "".join(sorted(head)) + "|" + body

    got = Counter(key(a) for a in variant)
    whole = [a for a in printed or original if got[key(a)] > 0]
    owners = _owners(tuple((a["id"], a["text"]) for a in original))
    mixed = []
    for v in variant:  # wording only one original article has, from two articles in one file
        seen = Counter(next(iter(owners[g])) for g in {v["text"][i:i + 12] for i in range(max(1, len(v["text"]) - 12))}
                       if len(owners.get(g, ())) == 1)
        if len([n for n in seen.values() if n >= 4]) > 1 and not [r for r in v["review"]
                                                                  if "inferred from the text" not in r]:
            mixed.append(v["id"])
    return {"whole": len(whole), "of": len(printed or original), "files": len(variant), "mixed_unflagged": mixed,
            "missing": [a["id"] for a in printed or original if got[key(a)] == 0],
            "flagged": sum(1 for v in variant if [r for r in v["review"] if "inferred from the text" not in r]),
            "joins": sum(len(re.findall(r"\d+→\d+|\d+ \| \d+", r)) for v in variant for r in v["review"]
                         if r.startswith(("reading order from the text", "guessed"))),
            "guessed": sum(len(re.findall(r"\d+→\d+|\d+ \| \d+", r)) for v in variant for r in v["review"]
                           if r.startswith("guessed"))}


# Held out, a fourth table (``--third`` in the bench scripts): what real engines' plain text does that no
# part above makes.  ``boxrow``: box-based engines (PaddleOCR, EasyOCR) print one text box a line and join
# the boxes they read side by side on one row with a space, so a printed line the detector found as two
# boxes comes out with a gap of one to three spaces anywhere in it, beside a mark as well as between two
# characters; ``masthead``: the page's header strip read as boxes of its own (paper name, date and weekday,
# page number, now and then the page editor's line), at the top of the page text and again at the bottom;
# ``mixascii``: a page printed full width, read with an engine that returns ASCII punctuation for some
# marks (, . : ; ? ! and straight quotes) and full-width for others, one mark at a time;
# ``conf``: every text line followed by the engine's confidence score (a tab or spaces, then 0.xx…), as a
# recognition result dumped line by line prints it (not printed text: ``UNPRINTED``); ``ideospace``: the
# word spaces (bylines, slogans) printed as ideographic spaces U+3000 and every body paragraph opening on
# one U+3000, as engines that keep a full-width gap print them.

def _boxrow(page: str, rng: random.Random) -> str:
    """One line in four of a text line (not a markup line) cut at a random place and the two pieces
    joined by one to three spaces: two boxes of one printed line read side by side on one row."""
    out = []
    for line in page.split("\n"):
        prefix, body = _markup(line)
        if not prefix and not line.startswith(">>") and len(body.strip()) > 6 and rng.random() < 0.25:
            cut = rng.randint(2, len(body) - 2)
            line = body[:cut] + " " * rng.randint(1, 3) + body[cut:]
        out.append(line)
    return "\n".join(out)


_PAPERS = ("工人日报", "劳动午报", "劳动周报", "职工生活报")
_EDITORS = ("责任编辑：王娜", "本版编辑：李丹 陈晓", "责编：张宇")


def _masthead(page: str, rng: random.Random) -> str:
    """The page's header strip, one box a line in one order a page (第3版 / 2025年11月14日 星期五 / 工人日报,
    now and then an editor's line), before the first line and after the last."""
    date = f"{rng.randint(2019, 2025)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日 星期{rng.choice('一二三四五六日')}"
    strip = [rng.choice((f"第{rng.randint(1, 8)}版", f"{rng.randint(1, 8)}")), date, rng.choice(_PAPERS)]
    rng.shuffle(strip)
    if rng.random() < 0.5:
        strip.append(rng.choice(_EDITORS))
    body = page.strip("\n")
    return "\n".join(strip) + "\n" + body + "\n" + "\n".join(strip) + "\n"


_ASCII = {"，": ",", "。": ".", "：": ":", "；": ";", "？": "?", "！": "!", "“": '"', "”": '"', "‘": "'", "’": "'"}


def _mixascii(text: str, rng: random.Random) -> str:
    """Each ，。：；？！ and quote printed ASCII by chance (one mark in three): , . : ; ? ! " ' beside
    full-width marks of the same kind on one page."""
    return "".join(_ASCII[ch] if ch in _ASCII and rng.random() < 1 / 3 else ch for ch in text)


def _conf(page: str, rng: random.Random) -> str:
    """Every text line followed by a confidence score, one format a page (a tab, or two spaces, then
    0.xx to 0.xxxx, the score between 0.80 and 1.00); blank lines left blank."""
    sep, places = rng.choice(("\t", "  ")), rng.randint(2, 4)
    return "\n".join(f"{line}{sep}{rng.uniform(0.8, 0.9999):.{places}f}" if line.strip() else line
                     for line in page.split("\n"))


def _ideospace(text: str, rng: random.Random) -> str:
    """Word spaces as U+3000, and every paragraph but a headline opening on one U+3000."""
    out = []
    for line in text.split("\n"):
        prefix, body = _markup(line)
        body = body.replace(" ", "\u3000")
        if body.strip() and not prefix and not body.startswith(">>") and not _headline_like(body):
            body = "\u3000" + body
        out.append(prefix + body)
    return "\n".join(out)


MARK_FORMS.update({"mixascii": _mixascii, "ideospace": _ideospace})
SPACING["boxrow"] = _boxrow


def _add_line_noise(parts: dict[str, Callable[[str, random.Random], str]]) -> None:
    """Line-noise parts applied after the others but before ``conf`` and ``mixeol``, which stay last: an engine
    writes its score after all the text it read on a line (a column rule's glyph included), and ``mixeol`` splits
    the page on its own line ends where every other part splits it on LF."""
    last = {name: LINE_NOISE.pop(name) for name in ("conf", "mixeol") if name in LINE_NOISE}
    LINE_NOISE.update(parts)
    LINE_NOISE.update(last)


_add_line_noise({"masthead": _masthead, "conf": _conf})
UNPRINTED.add("conf")
HELD_OUT_3: tuple[str, ...] = (
    "printed+boxrow", "rewrap+boxrow", "printed+boxrow+strays", "printed+wide+boxrow+halfwidth",
    "printed+masthead", "rewrap+masthead", "nomarkup+masthead", "printed+masthead+strays+indent",
    "printed+mixascii", "rewrap+mixascii+strays", "nomarkup+mixascii", "printed+narrow+mixascii",
    "printed+conf", "rewrap+conf", "conf", "printed+indent+conf+strays",
    "ideospace", "rewrap+ideospace", "printed+ideospace+strays",
    "printed+boxrow+masthead+mixascii", "rewrap+conf+masthead+ideospace", "printed+xwide+boxrow+conf")


# Held out, a fifth table (``--fourth`` in the bench scripts): what PDF text extraction and other engines
# print that no part above makes.  ``radicals``: a PDF whose font maps some common characters' glyphs to a
# Kangxi radical (U+2F00–2FD5: ⼯⼈⽇) or a CJK compatibility ideograph (U+F900 block: 不 as U+F967), as
# pdftotext and copy-paste give them, on one page in two (not printed text: the paper printed 工, so the
# characters to keep are counted on the page without them, ``EXTRACTED``); ``zerowidth``: zero-width
# spaces, byte-order marks, word joiners and soft hyphens inside lines (text copied from web pages and
# WeChat articles, and PDF hyphenation points; ``EXTRACTED`` too); ``dropcap``: a story's first character
# set as a drop capital and found as a box of its own, on a line of its own before the rest of its
# paragraph; ``bullets``: ■ ● ◆ ▲ ★ before bylines (■本报记者 张三), photo credits and an article's
# subheads, as Chinese papers print them (the decorations ``undecorated`` takes off to compare);
# ``vertforms``: an item's punctuation in the vertical presentation forms (︐︑︒︓︔︕︖︵︶︽︾﹁﹂︙︱) that
# PDF extraction gives for vertically set text (a boxed item, a column set top to bottom).

def _extraction_rng(page: str, part: str, rng: random.Random) -> random.Random:
    """A random source of the page's own, seeded from the layout's (read, not drawn from): these parts are
    skipped on the page as printed, so they must not move the random sequence the other parts read."""
    return random.Random(f"{part}:{rng.getstate()[1][:8]}:{len(page)}:{page[:400]}")


def _radical_forms() -> dict[str, list[str]]:
    """Each unified ideograph and the Kangxi radicals and compatibility ideographs that stand for it (their
    Unicode decompositions)."""
    import unicodedata
    forms: dict[str, list[str]] = {}
    for cp in list(range(0x2F00, 0x2FD6)) + list(range(0xF900, 0xFADA)):
        unified = unicodedata.normalize("NFKC", chr(cp))
        if len(unified) == 1 and unified != chr(cp) and "\u4e00" <= unified <= "\u9fff":
            forms.setdefault(unified, []).append(chr(cp))
    return forms


_RADICALS = _radical_forms()


def _radicals(page: str, rng: random.Random) -> str:
    """On one page in two, each character a radical or compatibility ideograph stands for printed so by
    chance (one in two), everywhere on the page: a font's one glyph, mapped to one code point."""
    own = _extraction_rng(page, "radicals", rng)
    if own.random() < 0.5:
        return page
    chosen = {ch: own.choice(forms) for ch, forms in sorted(_RADICALS.items()) if own.random() < 0.5}
    return page.translate(str.maketrans(chosen))


_ZERO_WIDTH = ("\u200b", "\u200b", "\u200b", "\ufeff", "\u2060", "\u200c")


def _zerowidth(page: str, rng: random.Random) -> str:
    """One text line in six with a zero-width character between two of its characters, one in thirty
    opening on a byte-order mark, one in twenty ending in a soft hyphen (U+00AD); markup left whole."""
    own, out = _extraction_rng(page, "zerowidth", rng), []
    for line in page.split("\n"):
        end = "\r" if line.endswith("\r") else ""  # a CR LF page's line end stays its end
        prefix, body = _markup(line[:len(line) - len(end)])
        if body.strip() and not body.startswith(">>"):
            if own.random() < 1 / 6 and len(body) > 2:
                at = own.randint(1, len(body) - 1)
                body = body[:at] + own.choice(_ZERO_WIDTH) + body[at:]
            if own.random() < 1 / 30:
                body = "\ufeff" + body
            if own.random() < 1 / 20:
                body += "\u00ad"
        out.append(prefix + body + end)
    return "\n".join(out)


def _dropcap(text: str, rng: random.Random) -> str:
    """A story's first paragraph (the first text paragraph after a headline) opening on a Chinese character
    set as a drop capital by chance (one in two): that character on a line of its own, then the rest
    (straight after, or after a blank line: one form a page)."""
    blank, out, after_head = rng.random() < 0.5, [], False
    for line in text.split("\n"):
        if not line.strip():
            out.append(line)
            continue
        prefix, body = _markup(line)
        if (after_head and not prefix and not _headline_like(line) and len(body) > 20
                and re.match(r"[\u4e00-\u9fff]", body) and re.search("[，。]", body) and rng.random() < 0.5):
            out += [body[0]] + ([""] if blank else []) + [body[1:]]
        else:
            out.append(line)
        after_head = _headline_like(line) and not line.startswith(">>")
    return "\n".join(out)


_BYLINE = re.compile(r"^(本报记者|本报通讯员|记者|通讯员|文/|图/|文／|图／)|摄$")


def _bullets(text: str, rng: random.Random) -> str:
    """One decoration a page before bylines and photo credits (short lines naming 记者, 通讯员, 摄) and
    before an article's subheads (a headline-like line one blank line under a text paragraph)."""
    style, space = rng.choice(_DECORATIONS), rng.choice(("", " ", "\u3000"))
    lines, out = text.split("\n"), []
    for i, line in enumerate(lines):
        prefix, body = _markup(line)
        byline = not prefix and len(body.strip()) <= 30 and _BYLINE.search(body.strip()) \
            and not re.search(r"[，。；！？]", body)
        above = lines[i - 2] if i >= 2 and not lines[i - 1].strip() else ""
        subhead = _headline_like(line) and not line.startswith(">>") and above.strip() \
            and not _headline_like(above) and (i < 3 or lines[i - 3].strip())
        out.append(prefix + style + space + body.strip() if body.strip() and (byline or subhead) else line)
    return "\n".join(out)


_VERTICAL = str.maketrans({"，": "︐", "、": "︑", "。": "︒", "：": "︓", "；": "︔", "！": "︕", "？": "︖",
                           "（": "︵", "）": "︶", "《": "︽", "》": "︾", "“": "﹁", "”": "﹂", "‘": "﹃",
                           "’": "﹄", "…": "︙", "—": "︱"})


def _vertforms(text: str, rng: random.Random) -> str:
    """One item in three (its lines between runs of two or more blank lines) with its marks in their
    vertical presentation forms."""
    items = re.split(r"(\n(?:[ \t]*\n){2,})", text)
    return "".join(part if k % 2 or rng.random() >= 1 / 3 else part.translate(_VERTICAL)
                   for k, part in enumerate(items))


CANON.update({ord(k): v.translate(CANON) for k, v in {"︐": "，", "︑": "、", "︒": "。", "︓": "：", "︔": "；",
              "︕": "！", "︖": "？", "︵": "（", "︶": "）", "︽": "《", "︾": "》", "︙": "。。。", "︱": "—"}.items()})
MARK_FORMS.update({"dropcap": _dropcap, "bullets": _bullets, "vertforms": _vertforms})
_add_line_noise({"radicals": _radicals, "zerowidth": _zerowidth})
# text an extractor gives that the paper did not print (the radical for 工, a zero-width space): the
# characters to keep are the page's without them
UNPRINTED.update({"radicals", "zerowidth"})
# ``layoutcols`` (in the fifth table too): ``pdftotext -layout`` and engines' "keep layout" text print a page's
# two columns side by side, each output line a line of the left column, padded with spaces to that column's
# widest line (a full-width character two columns wide, as pdftotext counts), a gutter of spaces, then the
# right column's line at the same position: the page cut in two where a paragraph or item ends near its middle.

def display_width(text: str) -> int:
    """Columns ``text`` takes in a monospaced layout: wide and full-width characters two, others one."""
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


_PARA_END = set("。！？”…）」』")


def _layoutcols(page: str, rng: random.Random) -> str:
    """The page's lines cut in two halves where a paragraph or item ends nearest its middle (after a blank
    line, before a markup line, else after a line ending a sentence), laid side by side with a gutter of
    two to six spaces (one width a page); the shorter column's rows hold the other's lines alone."""
    halves = _rows(page)
    if halves is None:
        return page
    left, right, ends = halves
    widest, gutter = max(display_width(line) for line in left), rng.randint(2, 6)
    out = []
    for k in range(max(len(left), len(right))):
        a = left[k] if k < len(left) else ""
        b = right[k] if k < len(right) else ""
        out.append(a + " " * (widest - display_width(a) + gutter) + b if b.strip() else a)
    return "\n".join(out) + ("\n" if ends else "")


_add_line_noise({"layoutcols": _layoutcols})
REARRANGED.add("layoutcols")
HELD_OUT_4: tuple[str, ...] = (
    "printed+radicals", "rewrap+radicals+strays", "nomarkup+radicals", "printed+wide+radicals+halfwidth",
    "printed+zerowidth", "rewrap+zerowidth", "noblank+zerowidth", "printed+indent+zerowidth+strays",
    "printed+dropcap", "rewrap+dropcap", "nomarkup+dropcap", "printed+narrow+dropcap+strays",
    "printed+bullets", "rewrap+bullets+strays", "nomarkup+bullets", "printed+xwide+bullets+halfwidth",
    "printed+vertforms", "rewrap+vertforms+strays", "noblank+vertforms",
    "printed+radicals+zerowidth+bullets", "rewrap+dropcap+vertforms+masthead", "printed+boxrow+dropcap+zerowidth",
    "layoutcols", "printed+layoutcols", "printed+narrow+layoutcols", "printed+layoutcols+strays")


# Held out, a sixth table (``--fifth`` in the bench scripts): what layout-aware converters, PDF text and
# engines print of a page's furniture that no part above makes.
# ``headwrap``: a headline longer than its column set in two or three lines (a big headline in a narrow
# column; an engine's line detector finds each as a line of its own), with the ``## `` markup on the first
# piece or on every piece (MinerU and Marker make each line of a title block a title of its own), one form a
# page; ``mdmarkup``: Markdown from layout-aware converters (MinerU, Marker, olmOCR, PaddleOCR's PP-Structure
# markdown): one blank line between any two blocks (Markdown's block break, items no longer parted by longer
# runs), headings at ``#`` (MinerU's one level) or at levels of their own, or as ``**bold**`` lines, an image
# block ``![](images/….jpg)`` where a photo stood between items, a rule ``---`` between items (the markup is
# not printed text: ``UNPRINTED``); ``colrule``: a printed column's rule or box border read as a character
# (``|``, ``丨``, ``l``, ``I``, ``│``, one a page) at the start or the end of most of its lines, as Tesseract
# and other engines read a vertical rule beside a column (not printed text either); ``centered``: headlines
# centred with runs of ASCII spaces, as ``pdftotext -layout`` prints a one-column page; ``edfoot``: the page
# editor's and designer's lines (责任编辑：…, 本版编辑…, 版式设计：…, 校对：…, alone or on one line) at the
# page's foot and between two items (a section's own editor, or the engine's reading order), printed text.

def _headwrap(text: str, rng: random.Random) -> str:
    """Each headline of 10 to 40 characters (a marked line; on a page with no markup, a headline-like line)
    cut into two or three pieces of about equal length, keeping the line-breaking rules; the markup on the
    first piece only or on each (one form a page)."""
    every, out = rng.random() < 0.5, []
    marked = re.search(r"(?m)^#{1,6}\s", text) is not None
    for line in text.split("\n"):
        prefix, body = _markup(line)
        body = body.strip()
        if not _headline_like(line) or marked and not prefix or not 10 <= len(body) <= 40:
            out.append(line)
            continue
        k = rng.choice((2, 2, 3)) if len(body) >= 15 else 2
        pieces = _breaks(body, iter(lambda: -(-len(body) // k), None), kinsoku=True)
        out += [(prefix if every or n == 0 else "") + piece for n, piece in enumerate(pieces)]
    return "\n".join(out)


def _image_name(own: random.Random, n: int) -> str:
    """An image block's file name as a converter writes it (MinerU: a hash; Marker: page and picture number)."""
    if own.random() < 0.5:
        return f"images/{own.getrandbits(160):040x}.jpg"
    return f"_page_0_Picture_{n}.jpeg"


def _mdmarkup(page: str, rng: random.Random) -> str:
    """The page as a converter's Markdown: every blank run one blank line; a heading ``# `` (MinerU), at its
    level or one deeper (Marker), or ``**bold**`` (one style a page), and on a page with no markup its
    headline-like lines after a blank line so too; where an item ends, by chance an image block, and on one
    page in two a rule ``---`` (each with a blank line around it, as Markdown needs)."""
    own = _extraction_rng(page, "mdmarkup", rng)
    style, rules, deeper = own.choice(("mineru", "marker", "bold")), own.random() < 0.5, own.random() < 0.5
    ends = page.endswith("\n")
    lines = page.split("\n")[:-1] if ends else page.split("\n")
    marked = any(_markup(line)[0] for line in lines)
    out: list[str] = []
    blanks, pictures = 0, 0
    for line in lines:
        if not line.strip():
            blanks += 1
            continue
        if out:
            out.append("")
            if blanks >= 2:
                if own.random() < 0.3:
                    pictures += 1
                    out += [f"![]({_image_name(own, pictures)})", ""]
                if rules:
                    out += ["---", ""]
        head = blanks or not out
        blanks = 0
        prefix, body = _markup(line)
        if not prefix and not marked and head and _headline_like(line):
            prefix = "## "
        if prefix and body.strip():
            level = len(prefix.strip())
            line = ("# " + body if style == "mineru" else "**" + body.strip() + "**" if style == "bold"
                    else "#" * min(6, level + deeper) + " " + body)
        out.append(line)
    return "\n".join(out) + ("\n" if ends else "")


_RULES = ("|", "丨", "l", "I", "│")


def _colrule(page: str, rng: random.Random) -> str:
    """A column rule read as one character a page (``_RULES``), at the end of each text line or at its start
    (one side a page; after a heading's markup, which the engine's Markdown puts before the text it read),
    right by the text or after a space, on a share of the page's lines (0.4 to 0.9, one a page): the rule
    beside a column, found on most of its lines."""
    own = _extraction_rng(page, "colrule", rng)
    mark, start, gap, share = own.choice(_RULES), own.random() < 0.5, own.choice(("", "", " ")), own.uniform(0.4, 0.9)
    out = []
    for line in page.split("\n"):
        end = "\r" if line.endswith("\r") else ""
        core = line[:len(line) - len(end)]
        if core.strip() and not core.startswith(">>") and own.random() < share:
            prefix, body = _markup(core)
            core = prefix + mark + gap + body if start else core + gap + mark
        out.append(core + end)
    return "\n".join(out)


def _centered(page: str, rng: random.Random) -> str:
    """Each unmarked headline-like line after a blank line or a headline-like line (or the page's first) led
    by the ASCII spaces that centre it on the page's width (its widest line, or 40 to 80 display columns
    where its lines are paragraphs), a full-width character two columns, as ``pdftotext -layout`` prints a
    one-column page."""
    lines = page.split("\n")
    widest = min(max((display_width(line) for line in lines), default=0), rng.randint(40, 80))
    out, above = [], ""
    for line in lines:
        if (line.strip() and not _markup(line)[0] and _headline_like(line)
                and (not above.strip() or _headline_like(above) or not out)):
            out.append(" " * max(1, (widest - display_width(line.strip())) // 2) + line.strip())
        else:
            out.append(line)
        above = line
    return "\n".join(out)


_STAFF = (("责任编辑", "本版编辑", "本版责编", "责编"), ("版式设计", "美术编辑", "美编", "版式"), ("校对",))
_STAFF_NAMES = ("王娜", "李丹", "陈晓", "张宇", "刘洋", "孙琳", "赵敏", "周立", "吴昊")


def _staff_line(rng: random.Random) -> list[str]:
    """An editor's foot: one to three roles, on one line (parted by ideographic or ASCII spaces) or a line
    each, now and then in brackets."""
    roles = [rng.choice(group) + rng.choice(("：", "：", " ", "\u3000")) + rng.choice(_STAFF_NAMES)
             for group in _STAFF[:rng.randint(1, 3)]]
    if rng.random() < 0.5:
        roles = [rng.choice(("\u3000", "  ", " ")).join(roles)]
    return [f"（{r}）" for r in roles] if rng.random() < 0.2 else roles


def _edfoot(text: str, rng: random.Random) -> str:
    """An editor's foot after the page's last line, and after one or two items chosen by chance (where a blank
    run of two or more follows a sentence's end or a byline), straight under the item's last line or after
    a blank line."""
    lines = text.rstrip("\n").split("\n")
    ends = [i for i in range(1, len(lines) - 2) if not lines[i].strip() and not lines[i + 1].strip()
            and (lines[i - 1].rstrip()[-1:] in _PARA_END or _BYLINE.search(lines[i - 1].strip()))]
    chosen = set(rng.sample(ends, min(len(ends), rng.randint(1, 2))))
    out = []
    for i, line in enumerate(lines):
        if i in chosen:
            out += ([""] if rng.random() < 0.5 else []) + _staff_line(rng)
        out.append(line)
    return "\n".join(out + ["", ""] + _staff_line(rng)) + "\n"


MARK_FORMS.update({"headwrap": _headwrap, "edfoot": _edfoot})
WHITESPACE_NOISE["centered"] = _centered
_add_line_noise({"mdmarkup": _mdmarkup, "colrule": _colrule})
UNPRINTED.update({"mdmarkup", "colrule"})
HELD_OUT_5: tuple[str, ...] = (
    "headwrap", "printed+headwrap", "rewrap+headwrap+strays", "nomarkup+headwrap", "printed+narrow+headwrap",
    "mdmarkup", "mdmarkup+nomarkup", "mdmarkup+halfwidth+strays", "mdmarkup+headwrap", "mdmarkup+ideospace",
    "printed+colrule", "printed+colrule+strays", "printed+wide+colrule+halfwidth", "printed+nomarkup+colrule",
    "printed+narrow+colrule",
    "nomarkup+centered", "printed+nomarkup+centered", "nomarkup+centered+headwrap", "rewrap+nomarkup+centered",
    "edfoot", "printed+edfoot", "rewrap+edfoot+strays", "nomarkup+edfoot",
    "printed+colrule+edfoot+headwrap", "mdmarkup+edfoot+headwrap")


# Held out, a seventh table (``--sixth`` in the bench scripts): OCR and converter output classes no part above
# makes.  ``pangu``: a space between a Chinese character and an ASCII letter or digit, both ways (2025 年 11 月
# 13 日, AI 技术, 第 3 版), as web editors, pangu-style "spacing" tools and many converters print them;
# ``wordspace``: single spaces between two Chinese characters here and there, one gap in 6 to 20 (a rate a
# page), as Tesseract's chi_sim prints a justified line (``spaced`` is one in fifty, ``letterspaced`` every
# glyph); ``smallforms``: the marks ，、。；：？！（）〔〕 in their small form variants
# ﹐﹑﹒﹔﹕﹖﹗﹙﹚﹝﹞ (some PDF fonts and engines), on the whole page or one mark in two; ``jumps``: a jump line (（下转第3版）, 转第2版)
# where a story's part on the page ends, after its last line or on a line of its own (printed text, which
# must stay in the story or in the page's furniture; the compare reads a story whole with its jump line at
# its end or without it: :func:`unjumped`); ``pagemarks``: a converter's page marker on a line of its own
# (``--- Page 3 ---``, ``<!-- PageNumber="2" -->``, Marker's ``{2}-----…``, ``=== 第3页 ===``), at the top
# and at one or two lines anywhere, a paragraph's middle included (not printed text: ``UNPRINTED``).

def _pangu(text: str, rng: random.Random) -> str:
    """A space between a Chinese character and an ASCII letter or digit (or a % after one), both ways."""
    text = re.sub(r"(?<=[\u4e00-\u9fff])(?=[A-Za-z0-9])", " ", text)
    return re.sub(r"(?<=[A-Za-z0-9%])(?=[\u4e00-\u9fff])", " ", text)


def _wordspace(page: str, rng: random.Random) -> str:
    """A space between two Chinese characters of a line, one pair in 6 to 20 (one rate a page)."""
    rate = 1 / rng.randint(6, 20)
    return re.sub(r"[\u4e00-\u9fff](?=[\u4e00-\u9fff])", lambda m: m.group() + (" " if rng.random() < rate else ""),
                  page)


_SMALL = dict(zip("，、。；：？！（）〔〕", "﹐﹑﹒﹔﹕﹖﹗﹙﹚﹝﹞"))


def _smallforms(text: str, rng: random.Random) -> str:
    """The marks in their small form variants, on the whole page (one page in two) or one mark in two."""
    every = rng.random() < 0.5
    return "".join(_SMALL[ch] if ch in _SMALL and (every or rng.random() < 0.5) else ch for ch in text)


_JUMPS = ("（下转第{}版）", "（转第{}版）", "下转第{}版", "（下转{}版）", "【下转第{}版】")


def _jumps(text: str, rng: random.Random) -> str:
    """A jump line (one form a page) after the last line of one to three items chosen by chance (where a blank
    run of two or more follows a sentence's end or a byline), on that line or on a line of its own."""
    form = rng.choice(_JUMPS)
    lines = text.rstrip("\n").split("\n")
    ends = [i for i in range(1, len(lines) - 2) if not lines[i].strip() and not lines[i + 1].strip()
            and lines[i - 1].strip()
            and (lines[i - 1].rstrip()[-1:] in _PARA_END or _BYLINE.search(lines[i - 1].strip()))]
    chosen = set(rng.sample(ends, min(len(ends), rng.randint(1, 3))))
    out = []
    for i, line in enumerate(lines):
        if i in chosen:
            jump = form.format(rng.randint(2, 8))
            if rng.random() < 0.5:
                out[-1] = out[-1].rstrip() + jump
            else:
                out.append(jump)
        out.append(line)
    return "\n".join(out) + "\n"


_JUMP_END = re.compile(r"（?下?转第?\d{1,2}版）?$")


def unjumped(body: str) -> str:
    """A story's canonical body without the jump line at its end (the variant ``jumps`` prints): the story is
    whole with it or without it (kept in the page's furniture)."""
    return _JUMP_END.sub("", body)


_PAGE_MARKS = ("--- Page {} ---", "<!-- page {} -->", '<!-- PageNumber="{}" -->', "<!-- PageBreak -->",
               "{{{}}}" + "-" * 48, "=== 第{}页 ===", "[第{}页]", "==== Page {} ====")


def _pagemarks(page: str, rng: random.Random) -> str:
    """A converter's page marker (one form a page) as the first line (one page in two) and before one or two
    lines chosen by chance, a paragraph's middle included; with a blank line after it or not (one form a page)."""
    own = _extraction_rng(page, "pagemarks", rng)
    form, blank, no = own.choice(_PAGE_MARKS), own.random() < 0.5, own.randint(1, 6)
    ends = page.endswith("\n")
    lines = page.split("\n")[:-1] if ends else page.split("\n")
    at = set(own.sample(range(1, len(lines)), min(len(lines) - 1, own.randint(1, 2)))) if len(lines) > 1 else set()
    if own.random() < 0.5:
        at.add(0)
    out = []
    for i, line in enumerate(lines):
        if i in at:
            out += [form.format(no)] + ([""] if blank else [])
            no += 1
        out.append(line)
    return "\n".join(out) + ("\n" if ends else "")


CANON.update({ord(k): v.translate(CANON)
              for k, v in zip("﹐﹑﹒﹔﹕﹖﹗﹙﹚﹝﹞", "，、。；：？！（）（）")})
MARK_FORMS.update({"pangu": _pangu, "smallforms": _smallforms, "jumps": _jumps})
WHITESPACE_NOISE["wordspace"] = _wordspace
_add_line_noise({"pagemarks": _pagemarks})
UNPRINTED.add("pagemarks")
HELD_OUT_6: tuple[str, ...] = (
    "pangu", "printed+pangu", "rewrap+pangu+strays", "nomarkup+pangu", "printed+narrow+pangu",
    "wordspace", "printed+wordspace", "rewrap+wordspace+strays", "printed+wide+wordspace+halfwidth",
    "smallforms", "printed+smallforms", "rewrap+smallforms+strays", "noblank+smallforms",
    "jumps", "printed+jumps", "rewrap+jumps+strays", "noblank+jumps",
    "pagemarks", "printed+pagemarks", "rewrap+pagemarks+strays", "noblank+pagemarks+halfwidth",
    "printed+pangu+wordspace", "rewrap+smallforms+jumps+pagemarks", "printed+narrow+jumps+pagemarks",
    "nomarkup+pangu+smallforms+jumps")


# Held out, an eighth table (``--seventh`` in the bench scripts): what converters, web copy and Windows OCR tools
# write that no part above makes.  ``setext``: Markdown headings of levels 1 and 2 as Setext headings (the title,
# then a line of = or - as wide as it), as pandoc 2 writes Markdown by default and html2text and other converters
# do (levels 3 and deeper stay ATX, as pandoc writes them; the underline is not printed text: ``UNPRINTED``);
# ``unispace``: the page's word spaces as one Unicode space a page (no-break U+00A0, en, em, thin, six-per-em,
# narrow no-break U+202F), and on one page in two every text paragraph opening on an indent of two em spaces
# or four no-break spaces, as PDF extraction and copy from a web page's ``&nbsp;`` give them; ``gb18030`` and
# ``utf16``: the page file in GB18030 (what Chinese Windows OCR tools save as "ANSI": GBK's superset) or in
# UTF-16 LE with a BOM (Notepad's "Unicode", ABBYY's and other Windows tools' Unicode text export) — the file's
# bytes, not its text (:func:`page_bytes`); ``quoteblock``: one item in three set as a Markdown block quote,
# every line of it after ``> `` (blank lines inside it as ``>``), as converters write a boxed item (an editor's
# note, a sidebar) of an HTML page or a PDF (the ``>`` is not printed text); ``icdar``: every text line after
# its box's four corners, ``x1,y1,x2,y2,x3,y3,x4,y4,`` (the ICDAR 2015 text format that PaddleOCR's, MMOCR's and
# other detection tools write a page's results in, one box a line, no blank lines; not printed text).

_UNISPACES = ("\u00a0", "\u2002", "\u2003", "\u2009", "\u2006", "\u202f")


def _unispace(text: str, rng: random.Random) -> str:
    """Every ASCII space after a line's markup as one Unicode space (one a page); on one page in two, each
    text paragraph (not a headline, a label or a markup line) opening on two em spaces or four no-break spaces."""
    space, indent = rng.choice(_UNISPACES), rng.choice(("", "", "\u2003\u2003", "\u00a0" * 4))
    out = []
    for line in text.split("\n"):
        prefix, body = _markup(line)
        body = body.replace(" ", space)
        if indent and body.strip() and not prefix and not body.startswith(">>") and not _headline_like(body):
            body = indent + body
        out.append(prefix + body)
    return "\n".join(out)


_BOX_OPEN, _BOX_CLOSE = "\x01", "\x02"  # where a boxed item begins and ends, until the page is laid out


def _quotebox(text: str, rng: random.Random) -> str:
    """One item in three (lines between runs of two or more blank lines) marked as boxed, its first line's
    start and its last line's end: :func:`_quoteblock` sets it as a block quote once the lines are laid out."""
    items = re.split(r"(\n(?:[ \t]*\n){2,})", text)
    out = []
    for k, part in enumerate(items):
        if k % 2 == 0 and part.strip() and rng.random() < 1 / 3:
            lines = part.split("\n")
            first = next(i for i, line in enumerate(lines) if line.strip())
            last = max(i for i, line in enumerate(lines) if line.strip())
            prefix, body = _markup(lines[first])  # after a heading's markup, at a label's end: both stay whole
            lines[first] = lines[first] + _BOX_OPEN if body.startswith(">>") else prefix + _BOX_OPEN + body
            lines[last] += _BOX_CLOSE
            part = "\n".join(lines)
        out.append(part)
    return "".join(out)


def _marked(page: str, opening: str, closing: str) -> list[tuple[str, bool, bool]]:
    """Each line of ``page`` without the marks a part left to find a stretch of lines by once they are laid out,
    whether it is inside a stretch (from the line holding ``opening`` to the one holding ``closing``), and
    whether it is the stretch's last."""
    out, inside = [], False
    for line in page.split("\n"):
        opens, closes = opening in line, closing in line
        out.append((line.replace(opening, "").replace(closing, ""), inside or opens, closes))
        inside = (inside or opens) and not closes
    return out


def _quoteblock(page: str, rng: random.Random) -> str:
    """Every line from a boxed item's first to its last after ``> `` (a blank one as ``>``)."""
    return "\n".join(("> " + line if line.strip() else ">") if inside else line
                     for line, inside, _ in _marked(page, _BOX_OPEN, _BOX_CLOSE))


def unboxed(page: str) -> str:
    """The page without the marks :func:`_quotebox` and :func:`_setext_ends` left (the page as printed: no ``>``
    and no underline either)."""
    return re.sub(f"[{_BOX_OPEN}{_BOX_CLOSE}{''.join(_SETEXT_END)}{_MARKUP_MARKS}]", "", page)


_SETEXT_END = {"\x03": "=", "\x04": "-"}  # where a heading of level 1 or 2 ends, until the page is laid out


def _setext_ends(text: str, rng: random.Random) -> str:
    """Each ``# `` and ``## `` heading's end marked (its level): :func:`_setext` underlines it once the lines
    are laid out, after its last piece where a narrow column or a wrap cut it."""
    return re.sub(r"(?m)^(#{1,2})([ \t]+\S.*?)[ \t]*$",
                  lambda m: m.group(1) + m.group(2) + ("\x03" if len(m.group(1)) == 1 else "\x04"), text)


def _setext(page: str, rng: random.Random) -> str:
    """Each ``# `` and ``## `` heading as its text (its markup taken off) over a line of ``=`` or ``-`` as wide
    as its widest line (a full-width character two columns, as pandoc counts), after its last piece."""
    out, widest = [], 0
    for line in page.split("\n"):
        end = "\r" if line.endswith("\r") else ""
        line = line[:len(line) - len(end)]
        m = re.match(r"^#{1,2}[ \t]+(?=\S)", line)
        if m and not widest:
            line, widest = line[m.end():], 3
        mark = next((ch for ch in _SETEXT_END if ch in line), "")
        line = line.replace(mark, "") if mark else line
        widest = max(widest, display_width(line.strip())) if widest else 0
        out.append(line + end)
        if mark and widest:  # (a heading inside a block quote stays as it is)
            out.append(_SETEXT_END[mark] * widest + end)
        widest = 0 if mark else widest
    return "\n".join(out)


def _icdar(page: str, rng: random.Random) -> str:
    """Each text line after its box's corners (clockwise from the top left, integers, one line's height a row
    down the page), blank lines dropped: one box a line, as a detection tool's ICDAR-format results."""
    own = _extraction_rng(page, "icdar", rng)
    left, top, height, cell = own.randint(20, 120), own.randint(30, 200), own.randint(28, 44), own.randint(22, 34)
    out, row = [], 0
    for line in page.split("\n"):
        if not line.strip():
            continue
        x1, y1 = left + own.randint(-3, 3), top + row * height + own.randint(-2, 2)
        x2, y2 = x1 + display_width(line.strip()) * cell // 2, y1 + height - 6
        out.append(f"{x1},{y1},{x2},{y1},{x2},{y2},{x1},{y2},{line}")
        row += 1
    return "\n".join(out) + "\n"


def page_bytes(page: str, layout: str) -> bytes:
    """The page file's bytes: UTF-8 but for the parts that write another encoding (``gb18030``: no BOM, as
    GBK's "ANSI" files have none; ``utf16``: little-endian after a BOM)."""
    parts = set(layout.split("+"))
    if "gb18030" in parts:
        return page.encode("gb18030")
    if "utf16" in parts:  # (Python's "utf-16" writes the host's byte order)
        return "\ufeff".encode("utf-16-le") + page.encode("utf-16-le")
    return page.encode("utf-8")


MARK_FORMS.update({"unispace": _unispace, "quoteblock": _quotebox, "setext": _setext_ends})
_add_line_noise({"quoteblock": _quoteblock, "setext": _setext, "icdar": _icdar})
UNPRINTED.update({"setext", "icdar"})
HELD_OUT_7: tuple[str, ...] = (
    "setext", "rewrap+setext", "setext+strays", "setext+halfwidth+noblank",
    "unispace", "printed+unispace", "rewrap+unispace+strays", "nomarkup+unispace+halfwidth",
    "gb18030", "printed+gb18030", "rewrap+strays+gb18030", "utf16", "printed+narrow+utf16", "noblank+utf16",
    "quoteblock", "printed+quoteblock", "rewrap+quoteblock+strays", "nomarkup+quoteblock",
    "printed+icdar", "printed+wide+icdar+halfwidth", "printed+narrow+icdar",
    "setext+quoteblock+unispace", "printed+unispace+icdar+gb18030", "rewrap+setext+utf16+strays",
    "nomarkup+quoteblock+unispace+utf16")


# Held out, a ninth table (``--eighth`` in the bench scripts): punctuation forms, line widths, line layouts and
# blank-line noise no part above makes.  ``ratio``: the colon ： as the ratio sign ∶ (U+2236) and the middle
# dot · as ・ or ‧ (one a page), as pdftotext and PyMuPDF print a Chinese PDF whose fonts map those glyphs to
# the mathematical and katakana code points; ``quotemix``: each pair of double quotes “” printed as it is or
# (one pair in two) in one other form a page, the double-prime quotes 〝〞 (OCR of fonts that draw the quotes
# as primes) or the corner brackets 「」 (text pasted together from sources of two traditions): two forms of
# one mark on one page; ``tiny``: a printed column of 3–5 characters (a sidebar squeezed beside a photo, a
# narrow box read as a block of its own by a layout-aware engine); ``photowrap``: with ``printed``, the column
# narrowed by 3–6 characters for a stretch of 3–8 lines here and there, across paragraphs (text set around a
# photo or a pull quote; engines and pdftotext print the shorter lines as they are); ``paradouble``: one text
# paragraph in four with a blank line between every two of its lines (a paragraph set with more leading, read
# by Tesseract or pdftotext as lines a blank line apart); ``itemdouble``: one item in three with its blank
# runs doubled (copy from a web page whose boxed items space their paragraphs wider than the rest);
# ``wsblank``: blank lines that hold a character no blank line of the parts above holds (a zero-width space, a
# BOM: a WeChat or web page's empty paragraph; the line separator U+2028 of a web copy; a vertical tab, Word's
# manual line break in its plain text; NBSP with an ideographic space), one blank line in two, and a run of
# one to four such lines at the page's end (the zero-width characters are not printed text: ``UNPRINTED``).

def _ratio(text: str, rng: random.Random) -> str:
    """： as ∶, · as ・ or ‧ (one form a page)."""
    return text.replace("：", "∶").replace("·", rng.choice("・‧"))


def _quotemix(text: str, rng: random.Random) -> str:
    """Each “…” pair as printed or (one in two) in the page's other form, 〝〞 or 「」."""
    opening, closing = rng.choice(("〝〞", "「」"))
    out, stack = [], []
    for ch in text:
        if ch == "“":
            other = rng.random() < 0.5
            stack.append(other)
            ch = opening if other else ch
        elif ch == "”" and stack:
            ch = closing if stack.pop() else ch
        elif ch == "\n":
            stack = []
        out.append(ch)
    return "".join(out)


_PARA_OPEN, _PARA_CLOSE = "\x05", "\x06"  # a paragraph set with more leading, until the page is laid out
_PARA_MARKS = _PARA_OPEN + _PARA_CLOSE


def _paramark(text: str, rng: random.Random) -> str:
    """One text paragraph in four (not a headline, a label or a short line) marked at its start and end:
    :func:`_paradouble` spaces its lines once they are laid out."""
    out = []
    for line in text.split("\n"):
        prefix, body = _markup(line)
        if (body.strip() and not prefix and not body.startswith(">>") and not _headline_like(line)
                and len(body.strip()) > 20 and rng.random() < 0.25):
            lead = body[:len(body) - len(body.lstrip())]
            line = lead + _PARA_OPEN + body.strip() + _PARA_CLOSE
        out.append(line)
    return "\n".join(out)


def _paradouble(page: str, rng: random.Random) -> str:
    """A blank line after every line of a marked paragraph but its last, the marks taken off."""
    out = []
    for line, inside, closes in _marked(page, _PARA_OPEN, _PARA_CLOSE):
        out += [line, ""] if inside and not closes else [line]
    return "\n".join(out)


def _itemdouble(text: str, rng: random.Random) -> str:
    """One item in three (lines between runs of two or more blank lines) with each blank run inside it twice
    as long."""
    items = re.split(r"(\n(?:[ \t]*\n){2,})", text)
    return "".join(part if k % 2 or rng.random() >= 1 / 3
                   else re.sub(r"\n(?:[ \t]*\n)+", lambda m: m.group() + m.group()[1:], part)
                   for k, part in enumerate(items))


def _photowrap_widths(width: int, rng: random.Random):
    """Line widths of a column set around pictures: ``width``, and now and then (a stretch starting at one
    line in 25) 3–8 lines 3–6 characters narrower."""
    while True:
        if rng.random() < 1 / 25:
            narrow = max(4, width - rng.randint(3, 6))
            for _ in range(rng.randint(3, 8)):
                yield narrow
        yield width


_WS_BLANKS = ("\u200b", "\ufeff", "\u2028", "\u000b", "\u00a0\u3000", "\u200b\u3000")


def _wsblank(page: str, rng: random.Random) -> str:
    """One blank line in two holding one of ``_WS_BLANKS`` (one kind a page, or any, by chance), and one to four
    such lines after the page's last line."""
    own = _extraction_rng(page, "wsblank", rng)
    kinds = _WS_BLANKS if own.random() < 0.5 else (own.choice(_WS_BLANKS),)
    ends = page.endswith("\n")
    lines = page.split("\n")[:-1] if ends else page.split("\n")
    out = [line if line.strip() or own.random() < 0.5 else line + own.choice(kinds) for line in lines]
    out += [own.choice(kinds) for _ in range(own.randint(1, 4))]
    return "\n".join(out) + "\n"


CANON.update({ord("∶"): "："})
MARK_FORMS.update({"ratio": _ratio, "quotemix": _quotemix, "paradouble": _paramark, "itemdouble": _itemdouble})
COLUMN_WIDTHS["tiny"] = (3, 5)
_add_line_noise({"paradouble": _paradouble, "wsblank": _wsblank})
UNPRINTED.add("wsblank")
HELD_OUT_8: tuple[str, ...] = (
    "ratio", "printed+ratio", "rewrap+ratio+strays",
    "quotemix", "printed+quotemix", "rewrap+quotemix+strays", "noblank+quotemix",
    "printed+tiny", "printed+tiny+strays", "rewrap+tiny",
    "printed+photowrap", "printed+wide+photowrap", "printed+photowrap+strays",
    "printed+paradouble", "rewrap+paradouble", "printed+wide+paradouble+halfwidth",
    "itemdouble", "rewrap+itemdouble", "nomarkup+itemdouble",
    "wsblank", "printed+wsblank+strays", "rewrap+wsblank",
    "printed+photowrap+paradouble+quotemix", "rewrap+itemdouble+wsblank+ratio", "printed+tiny+quotemix+ratio")


# Held out, a tenth table (``--ninth`` in the bench scripts): punctuation forms, line widths, line layouts and
# blank-line noise no part above makes, each a named tool's output.
# Punctuation forms: ``digitmix``: each run of digits and Latin letters full width or half width by chance (one
# run in two), two forms on one page (``fullwidth`` sets every run one way), as Tesseract's chi_sim model, trained
# on text of both forms, reads one number ０８ and the next 08; ``twoem``: the two-em dash —— as the one character
# ⸺ (U+2E3A), as Word and InDesign documents set with the two-em dash glyph export it; ``midline``: the ellipsis
# … as the midline ⋯ (U+22EF: xeCJK and ctex set the Chinese ellipsis so, and pdftotext gives it from their
# PDFs) or as three full-width dots ．．． (ABBYY FineReader's reading of the six dots), one form a page;
# ``halfspace``: ，；：？！（） printed half width with an English word space after (before an opening bracket),
# as engines trained mostly on English text print a Chinese line (Tesseract with ``-l eng+chi_sim``, Google
# Cloud Vision's DOCUMENT_TEXT_DETECTION, which sets a space break after a mark).
# Line widths: ``drift``: with ``printed``, each line one character longer or shorter than the column by chance
# (a justified line whose marks the typesetter squeezed to half width, 标点挤压, holds one more; one set looser
# holds one fewer), as pdftotext and Tesseract print a real column; ``ems``: with ``printed``, the column
# measured in ems, a digit, Latin letter or ASCII sign half an em (as every typesetter sets them; the marks full
# width, whatever form the text gives them), so a line holding 2025 or APP holds more characters than one of
# Chinese alone.
# Line layouts: ``spacesplit``: a text line cut at each run of spaces inside it, the pieces on lines of their
# own (a byline's names, a justified line's wide gap), as PaddleOCR's and EasyOCR's detectors find a wide gap's
# two sides as two boxes and print one box a line (``boxes`` cuts at random places, ``boxrow`` keeps the row
# whole); ``lsep``: with ``printed`` or ``rewrap``, the lines of a paragraph parted by a line separator U+2028
# (macOS textutil and TextEdit's plain text of a Word file whose lines are manual line breaks) or by a vertical
# tab U+000B (Word's own text of a manual line break, as its object model and copy give it), one form a page,
# paragraphs by line ends.
# Blank-line noise: ``photogap``: a run of 3 to 8 blank lines between two text lines here and there (one place
# in 40), a paragraph's middle included, as ``pdftotext -layout`` prints the height of a picture set in the
# column; ``headgap``: one to three blank lines before and after each marked headline line, as ``pdftotext
# -layout`` prints the taller line a big headline type takes (the page's other lines as they were).

def _digitmix(text: str, rng: random.Random) -> str:
    """Each run of digits, Latin letters and % (a decimal point inside it) full width by chance, one run in two."""
    def run(m: re.Match) -> str:
        if rng.random() < 0.5:
            return m.group()
        return re.sub(r"[0-9A-Za-z%]", lambda c: chr(ord(c.group()) + 0xFEE0), m.group().replace(".", "．"))
    return re.sub(r"[0-9A-Za-z%]+(?:\.[0-9]+)?", run, text)


def _twoem(text: str, rng: random.Random) -> str:
    """—— as ⸺ (a lone — left as it is)."""
    return text.replace("——", "\u2e3a")


def _midline(text: str, rng: random.Random) -> str:
    """… as ⋯ or as ．．． (one form a page)."""
    return text.replace("…", rng.choice(("\u22ef", "．．．")))


_SPACED_MARKS = {"，": ", ", ",": ", ", "；": "; ", ";": "; ", "：": ": ", ":": ": ", "？": "? ", "?": "? ",
                 "！": "! ", "!": "! ", "（": " (", "(": " (", "）": ") ", ")": ") "}


def _halfspace(page: str, rng: random.Random) -> str:
    """Each mark of ``_SPACED_MARKS`` half width with its word space (none at a line's edge), markup left whole."""
    out = []
    for line in page.split("\n"):
        prefix, body = _markup(line)
        if body.strip() and not body.startswith(">>"):
            body = "".join(_SPACED_MARKS.get(ch, ch) for ch in body).strip(" ")
            body = re.sub(r" {2,}", " ", body)
        out.append(prefix + body)
    return "\n".join(out)


def _drift_widths(width: int, rng: random.Random):
    """Line widths of a justified column: ``width``, one more or one fewer by chance (one line in two)."""
    while True:
        yield width + rng.choice((-1, 0, 0, 1))


_ASCII_MARKS = set(",;:?!()\"'")  # ASCII forms of marks a Chinese page sets full width


def _past_ems(text: str, pos: int, width: int) -> int:
    """Where a line ``width`` ems wide from ``pos`` ends, an ASCII digit, letter or sign (2025, APP, %, +) half an
    em.  Not an ASCII mark standing for a Chinese one (, ; : ? ! ( ) " ': an OCR's or a converter's form of a mark
    the paper set full width, as every Chinese paper sets its marks), nor the marks of ambiguous width (“” — …)."""
    end, ems = pos, 0.0
    while end < len(text):
        em = 0.5 if text[end].isascii() and text[end] not in _ASCII_MARKS else 1.0
        if ems + em > width:
            break
        ems += em
        end += 1
    return max(end, pos + 1)


def _spacesplit(page: str, rng: random.Random) -> str:
    """Each unmarked text line cut at every run of spaces inside it, a piece a line."""
    out = []
    for line in page.split("\n"):
        if line.strip() and not _markup(line)[0] and not line.strip().startswith(">>"):
            out += re.split(r"[ \u3000\u00a0]+", line.strip())
        else:
            out.append(line)
    return "\n".join(out)


def _photogap(page: str, rng: random.Random) -> str:
    """3–8 blank lines between two text lines, one place in 40."""
    lines, out = page.split("\n"), []
    for i, line in enumerate(lines):
        out.append(line)
        if line.strip() and i + 1 < len(lines) and lines[i + 1].strip() and rng.random() < 1 / 40:
            out += [""] * rng.randint(3, 8)
    return "\n".join(out)


_HEAD_OPEN, _HEAD_CLOSE = "\x0e", "\x0f"  # a headline's start and end, until the page is laid out


def _headmarks(text: str, rng: random.Random) -> str:
    """Each headline (a marked line; on a page with no markup, a headline-like line) marked at its start and end:
    :func:`_headgap` sets blank lines around it once the lines are laid out, after its last piece where the
    column cut it."""
    marked = re.search(r"(?m)^#{1,6}\s", text) is not None
    out = []
    for line in text.split("\n"):
        prefix, body = _markup(line)
        if _headline_like(line) and (prefix or not marked) and body.strip():
            line = prefix + _HEAD_OPEN + body.strip() + _HEAD_CLOSE
        out.append(line)
    return "\n".join(out)


def _headgap(page: str, rng: random.Random) -> str:
    """One to three blank lines (one count a page) before a marked headline's first line and after its last, the
    marks taken off (between two headlines one over the other, and next to a blank line, the gap once)."""
    n, out, was, closed = rng.randint(1, 3), [], False, False
    for line, inside, closes in _marked(page, _HEAD_OPEN, _HEAD_CLOSE):
        if (inside and not was or closed) and out and out[-1].strip() and line.strip():
            out += [""] * n
        out.append(line)
        was, closed = inside and not closes, closes
    return "\n".join(out)


CANON.update({0x2E3A: "——"})  # the two-em dash is two em dashes (its compatibility mapping is none)
_PARA_MARKS += _HEAD_OPEN + _HEAD_CLOSE  # (they take no place in a printed line either: :func:`_past`)
MARK_FORMS.update({"digitmix": _digitmix, "twoem": _twoem, "midline": _midline, "headgap": _headmarks})
WHITESPACE_NOISE["halfspace"] = _halfspace
SPACING["spacesplit"] = _spacesplit
_add_line_noise({"photogap": _photogap, "headgap": _headgap})
HELD_OUT_9: tuple[str, ...] = (
    "printed+digitmix", "rewrap+digitmix+strays", "printed+twoem+midline", "rewrap+twoem+midline+strays",
    "halfspace", "printed+halfspace", "rewrap+halfspace+strays",
    "printed+drift", "printed+drift+strays", "printed+wide+drift",
    "printed+ems", "printed+narrow+ems", "printed+ems+drift+halfwidth",
    "spacesplit", "printed+spacesplit", "rewrap+spacesplit+strays",
    "printed+lsep", "rewrap+lsep", "printed+lsep+strays",
    "printed+photogap", "rewrap+photogap", "noblank+photogap",
    "printed+headgap", "noblank+headgap",
    "printed+drift+photogap+digitmix+twoem")


# Held out, an eleventh table (``--tenth`` in the bench scripts): converter markup, HTML source and line breaking
# no part above makes, each a named tool's output.  Markup (none of it printed text: the part's marks are taken
# off the page as printed, :data:`MARKED`):
# ``inlinebold``: a converter's inline strong emphasis where the paper set bold type: every lead's marker
# (``**本报讯**（记者…）``, or the marker with its credit, one form a page) and, one paragraph in six, a
# paragraph's short first sentence as a run-in subhead (``**一是……。**其余…``), as Marker, MinerU, Docling,
# pandoc and markdownify write bold type, ``**`` (``__`` on one page in four: markdownify's
# ``strong_em_symbol="_"``); a paragraph a later wrap cut keeps its span open across the cut;
# ``mdescape``: the backslash escapes a Markdown writer puts before ASCII marks of the text, one writer a page:
# markdownify's (``escape_misc``: ``\\+ \\> \\< \\& \\| \\= \\~ \\[``, ``\\*``, ``\\_``, and at a line's start
# ``\\-``, ``\\#``, ``1\\.``) or pandoc's (``\\* \\_ \\[ \\] \\< \\> \\| \\~ \\^``, ``1\\.`` at a line's start);
# ``hardbreak``: with ``printed`` or ``rewrap``, each of a paragraph's lines but its last ending in a hard line
# break's mark, one form a page: ``\\`` (pandoc's Markdown of a Word file whose lines are manual line breaks;
# markdownify's ``newline_style="backslash"``) or ``<br>``, ``<br/>``, ``<br />`` (an e-paper's HTML source,
# Docling's and MinerU's Markdown of a broken line);
# ``entities``: HTML character references left in text copied from a CMS page's source, one to three forms a
# page (named: &ldquo; &rdquo; &mdash; &hellip; &middot; &nbsp; &quot;; decimal &#12290;; hex &#x3002;), each mark
# so written by chance at a rate of the page's, and & < > as &amp; &lt; &gt; throughout;
# ``ptags``: each text paragraph inside ``<p>…</p>`` (``<p style="text-indent:2em">`` on one page in two), as a
# CMS's article source holds it.
# Line breaking: ``nokinsoku``: with ``printed``, the column broken at its count with no line-breaking rule (a line
# may start with ，。、）” and end with （“), as an e-paper's text export that wraps at a fixed count; ``splitmarks``:
# with ``printed``, —— and …… cut between their halves wherever a line's end falls within a character of one, as
# Word's line breaking sets the two-em dash and the six-dot ellipsis (two characters each, other marks kept to the
# rules); ``mergedlines``: two neighbouring text lines read as one line, one place in 15, straight on or after a
# space (one form a page), as Tesseract's and PaddleOCR's line finders join two lines of a tightly leaded column.

_BOLD_OPEN, _BOLD_CLOSE, _HARD_BREAK, _P_OPEN, _P_CLOSE = "\x10", "\x11", "\x12", "\x13", "\x14"
_MARKUP_MARKS = _BOLD_OPEN + _BOLD_CLOSE + _HARD_BREAK + _P_OPEN + _P_CLOSE
_LEAD_MARKER = re.compile(r"^(本报[^\s（(，,。\n]{0,12}?(?:(?<!通)讯|电))([ \u3000]*[（(][^）)\n]*[）)])?")


def _text_paragraph(line: str) -> bool:
    """A paragraph of running text: not a heading, a label, a headline-like line or a blank one."""
    prefix, body = _markup(line)
    return bool(body.strip()) and not prefix and not body.strip().startswith(">>") and not _headline_like(line)


def _boldmark(text: str, rng: random.Random) -> str:
    """Every lead's marker (with its credit on one page in two) and one text paragraph in six's first sentence, of
    at most 30 characters with 10 or more after it, between bold marks."""
    credit, out = rng.random() < 0.5, []
    for line in text.split("\n"):
        if _text_paragraph(line):
            lead, body = line[:len(line) - len(line.lstrip())], line.lstrip()
            m = _LEAD_MARKER.match(body)
            first = re.match(r"[^。！？：]{4,29}[。！？：][”\"]?", body)
            if m:
                end = m.end() if credit and m.group(2) else m.end(1)
                line = lead + _BOLD_OPEN + body[:end] + _BOLD_CLOSE + body[end:]
            elif first and len(body) - first.end() >= 10 and rng.random() < 1 / 6:
                line = lead + _BOLD_OPEN + first.group() + _BOLD_CLOSE + body[first.end():]
        out.append(line)
    return "\n".join(out)


def _inlinebold(page: str, rng: random.Random) -> str:
    """The bold marks as ``**`` (``__`` on one page in four)."""
    mark = "__" if _extraction_rng(page, "inlinebold", rng).random() < 0.25 else "**"
    return page.replace(_BOLD_OPEN, mark).replace(_BOLD_CLOSE, mark)


_MARKDOWNIFY = re.compile(r"([\\&<`\[>~=+|*_])")
_PANDOC = re.compile(r"([\\*_`\[\]<>|~^])")


def _mdescape(page: str, rng: random.Random) -> str:
    """ASCII marks of each text line (not a heading's markup, not a ``>>`` label) escaped as markdownify or pandoc
    (one a page) escape them."""
    pandoc, out = _extraction_rng(page, "mdescape", rng).random() < 0.5, []
    for line in page.split("\n"):
        prefix, body = _markup(line)
        if body.strip() and not body.strip().startswith(">>"):
            body = (_PANDOC if pandoc else _MARKDOWNIFY).sub(r"\\\1", body)
            body = re.sub(r"^(\s*\d{1,9})([.)])(?=\s|$)", r"\1\\\2", body)
            if not pandoc and not prefix:
                body = re.sub(r"^(\s*)(-+|#{1,6})(?=\s|$)", r"\1\\\2", body)
        out.append(prefix + body)
    return "\n".join(out)


def _hardbreak(page: str, rng: random.Random) -> str:
    """The hard line break marks as ``\\`` or ``<br>``, ``<br/>``, ``<br />`` (one form a page)."""
    form = _extraction_rng(page, "hardbreak", rng).choice(("\\", "\\", "<br>", "<br/>", "<br />"))
    return page.replace(_HARD_BREAK, form)


_NAMED = {"“": "&ldquo;", "”": "&rdquo;", "‘": "&lsquo;", "’": "&rsquo;", "—": "&mdash;", "…": "&hellip;",
          "·": "&middot;", " ": "&nbsp;", "\u3000": "&nbsp;&nbsp;", '"': "&quot;"}
_REFERRED = set("，。、；：？！（）《》“”‘’—…·\u3000")


def _entities(page: str, rng: random.Random) -> str:
    """Marks as character references, one to three forms a page (named, decimal, hex), each mark so written at a
    rate of the page's (0.3 to 1); & < > as &amp; &lt; &gt; in text lines (not a ``>>`` label)."""
    own = _extraction_rng(page, "entities", rng)
    forms = [f for f in ("named", "decimal", "hex") if own.random() < 0.5] or [own.choice(("named", "decimal"))]
    rate = own.uniform(0.3, 1.0)

    def ref(ch: str) -> str:
        if own.random() >= rate:
            return ch
        form = own.choice(forms)
        if form == "named":
            return _NAMED.get(ch, ch)
        return f"&#{ord(ch)};" if form == "decimal" else f"&#x{ord(ch):x};"

    out = []
    for line in page.split("\n"):
        prefix, body = _markup(line)
        if body.strip() and not body.strip().startswith(">>"):
            body = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            body = "".join(ref(ch) if ch in _REFERRED or ch in _NAMED else ch for ch in body)
        out.append(prefix + body)
    return "\n".join(out)


def _pmark(text: str, rng: random.Random) -> str:
    """Each text paragraph's start and end marked: :func:`_ptags` writes them once the lines are laid out."""
    return "\n".join(_P_OPEN + line.strip() + _P_CLOSE if _text_paragraph(line) else line for line in text.split("\n"))


def _ptags(page: str, rng: random.Random) -> str:
    """The paragraph marks as ``<p>`` (``<p style="text-indent:2em">`` on one page in two) and ``</p>``."""
    styled = _extraction_rng(page, "ptags", rng).random() < 0.5
    return page.replace(_P_OPEN, '<p style="text-indent:2em">' if styled else "<p>").replace(_P_CLOSE, "</p>")


_PAIRS = ("——", "……")


def _past_splitting(text: str, pos: int, width: int) -> int:
    """Where a line ``width`` wide from ``pos`` ends, cut through a —— or …… whose half the line's end falls
    within a character of."""
    end = _past(text, pos, width)
    if end - 1 > pos + 1 and text[end - 2:end] in _PAIRS and text[end - 3:end - 1] not in _PAIRS:
        return end - 1  # the pair ends the line: its second half to the next
    if text[end:end + 2] in _PAIRS and text[end - 1] != text[end]:
        return end + 1  # the pair opens the next line: its first half on this one
    return end


def _mergedlines(page: str, rng: random.Random) -> str:
    """Two neighbouring text lines (not a heading, not a label) as one, one place in 15, straight on or after a
    space (one form a page)."""
    space, out, merged = rng.choice(("", " ")), [], False
    for line in page.split("\n"):
        text = line.strip() and not _markup(line)[0] and not line.strip().startswith(">>")
        if text and not merged and out and out[-1].strip() and not out[-1].strip().startswith(">>") \
                and rng.random() < 1 / 15:
            out[-1], merged = out[-1] + space + line.strip(), True
            continue
        out.append(line)
        merged = False
    return "\n".join(out)


_PARA_MARKS += _MARKUP_MARKS  # (they take no place in a printed line either: :func:`_past`)
MARK_FORMS.update({"inlinebold": _boldmark, "ptags": _pmark})
SPACING["mergedlines"] = _mergedlines
_add_line_noise({"inlinebold": _inlinebold, "hardbreak": _hardbreak, "ptags": _ptags})
# escapes and references before every other line noise: a writer escapes the text's marks and refers to them, not
# to the markup it writes (``mdmarkup``'s ``**``, ``---``, ``![](…)``, the tags above)
_NOISE = dict(LINE_NOISE)
LINE_NOISE.clear()
LINE_NOISE.update({"mdescape": _mdescape, "entities": _entities}, **_NOISE)
# the parts that write markup where a mark of their own stood (the page as printed: the marks taken off)
MARKED: tuple[str, ...] = ("inlinebold", "hardbreak", "ptags")
UNPRINTED.update({"mdescape", "entities"} | set(MARKED))
HELD_OUT_10: tuple[str, ...] = (
    "inlinebold", "noblank+inlinebold", "rewrap+inlinebold+strays", "printed+inlinebold", "mdmarkup+inlinebold",
    "mdescape", "printed+mdescape", "rewrap+mdescape+halfwidth",
    "printed+hardbreak", "rewrap+hardbreak", "printed+hardbreak+strays", "printed+wide+hardbreak+halfwidth",
    "entities", "noblank+entities", "printed+entities", "rewrap+entities+strays",
    "ptags", "noblank+nomarkup+ptags+entities", "printed+ptags+hardbreak+entities",
    "printed+nokinsoku", "printed+narrow+nokinsoku+strays",
    "printed+splitmarks", "printed+wide+splitmarks+indent",
    "printed+mergedlines", "printed+nomarkup+mergedlines+strays",
    "printed+nokinsoku+splitmarks+mergedlines", "mdmarkup+mdescape+inlinebold")


# Held out, a twelfth table (``--eleventh`` in the bench scripts): engines' result formats, column reading and
# line breaking no part above makes, each a named engine's or typesetting practice's habit.
# Column reading: ``rowjoin``: a page of two columns read straight across, as Tesseract reads a page with ``--psm 6``
# (one uniform block) and phone scanner apps read a two-column page: each output line a row, the left column's
# printed line, then one or two spaces or a tab (one form a page), then the right column's line at the same height,
# no padding (``layoutcols`` pads to the left column's widest line as ``pdftotext -layout`` does); the page as
# printed reads the columns one after the other (``REARRANGED``); ``sidebar``: a short item (a framed sidebar, a
# brief) read into the middle of another story's column, between two of its lines (or two of its paragraphs where
# a line is a paragraph), with a blank line around it or not (one form a page), as an engine reading a column top
# to bottom meets a box set inside it (the page as printed: the item in its own place, ``REARRANGED``).
# Line breaking: ``pushout``: with ``printed``, a line that would start on a mark no line may start with (，。、）」
# etc.) ends a character early instead, the character going down with the mark (Word's and WPS's line breaking
# with "allow punctuation to overflow" off, 推出 as opposed to hanging the mark past the edge, which ``printed``
# does); ``markcut``: one text line in five cut after a ，。；：！？ inside it, the rest on a line of its own, as a
# text detector (PaddleOCR's DB, EasyOCR's CRAFT) parts a line at the blank half-em a full-width mark leaves.
# Result formats (none of the furniture printed text: ``UNPRINTED``): ``tsv``: Tesseract's TSV output (``tesseract
# IMG out tsv``): a header, then a row per page, block, paragraph and line (level 1–4, conf -1, no text) and per
# word (level 5: left, top, width, height, conf, text), a blank line parting paragraphs and a run of two parting
# blocks, a word a run of 1–6 characters or what a space parted; ``pyresult``: each text line as PaddleOCR's or
# EasyOCR's Python result prints it (``[[[x, y], …four corners…], ('text', 0.98)]``, PaddleOCR's demo loop;
# ``([[x, y], …], 'text', 0.98)``, EasyOCR's ``readtext``; one form a page), blank lines dropped.

def _rows(page: str) -> tuple[list[str], list[str], bool] | None:
    """The page's lines cut in two halves where a paragraph or item ends nearest its middle (``_layoutcols``'s
    cut), each half without blank lines at the cut; None for a page of fewer than four lines."""
    ends = page.endswith("\n")
    lines = page.split("\n")[:-1] if ends else page.split("\n")
    n = len(lines)
    if n < 4:
        return None

    def boundary(i: int) -> int:
        above, here = lines[i - 1].strip(), lines[i].strip()
        if not above or here.startswith(("#", ">>")):
            return 0
        return 1 if above[-1:] in _PARA_END else 2
    cuts = sorted(range(max(1, n // 4), n - max(1, n // 4) + 1), key=lambda i: (boundary(i), abs(2 * i - n)))
    cut = cuts[0] if cuts else n // 2
    left, right = lines[:cut], lines[cut:]
    while left and not left[-1].strip():
        left.pop()
    while right and not right[0].strip():
        right.pop(0)
    return left, right, ends


def _rowjoin(page: str, rng: random.Random) -> str:
    """The two halves side by side, each row the left line, the page's gap (one or two spaces, a tab) and the right
    line; a row with one side blank holds the other side's line alone (no padding)."""
    halves = _rows(page)
    if halves is None:
        return page
    left, right, ends = halves
    gap = _extraction_rng(page, "rowjoin", rng).choice((" ", " ", "  ", "\t"))
    out = []
    for k in range(max(len(left), len(right))):
        a = left[k] if k < len(left) else ""
        b = right[k] if k < len(right) else ""
        out.append(a.rstrip() + gap + b.strip() if a.strip() and b.strip() else a if a.strip() else b.strip())
    return "\n".join(out) + ("\n" if ends else "")


_SIDE_OPEN, _SIDE_CLOSE = "\x15", "\x16"  # a sidebar item's start and end, until the page is laid out


def _sidemark(text: str, rng: random.Random) -> str:
    """One short item (30 to 260 printed characters in two or more lines, between runs of two or more blank lines)
    marked at its first line's start and its last line's end: :func:`_sidebar` moves it once the lines are laid
    out."""
    items = re.split(r"(\n(?:[ \t]*\n){2,})", text)
    short = [k for k, part in enumerate(items) if k % 2 == 0 and 30 <= len(canon(part)) <= 260
             and len([line for line in part.split("\n") if line.strip()]) >= 2]
    if not short:
        return text
    k = rng.choice(short)
    lines = items[k].split("\n")
    first = next(i for i, line in enumerate(lines) if line.strip())
    last = max(i for i, line in enumerate(lines) if line.strip())
    prefix, body = _markup(lines[first])
    lines[first] = lines[first] + _SIDE_OPEN if body.startswith(">>") else prefix + _SIDE_OPEN + body
    lines[last] += _SIDE_CLOSE
    items[k] = "\n".join(lines)
    return "".join(items)


def _sidebar(page: str, rng: random.Random) -> str:
    """The marked item's lines taken out and set between two text lines of the page at least six lines away, the
    upper one ending inside a sentence (a column's lines the box cut in two), with a blank line around the item on
    one page in two; the marks taken off."""
    lines = page.split("\n")
    start = next((i for i, line in enumerate(lines) if _SIDE_OPEN in line), None)
    end = next((i for i, line in enumerate(lines) if _SIDE_CLOSE in line), None)
    lines = [line.replace(_SIDE_OPEN, "").replace(_SIDE_CLOSE, "") for line in lines]
    if start is None or end is None or end < start:
        return "\n".join(lines)
    own = _extraction_rng(page, "sidebar", rng)
    box, rest = lines[start:end + 1], lines[:start] + lines[end + 1:]

    def text(line: str) -> bool:
        return bool(line.strip()) and not _markup(line)[0] and not line.strip().startswith(">>")
    hosts = [k for k in range(1, len(rest)) if text(rest[k - 1]) and text(rest[k])
             and rest[k - 1].rstrip()[-1:] not in _PARA_END and (k <= start - 6 or k >= start + 6)]
    if not hosts:
        return "\n".join(lines)
    k = own.choice(hosts)
    blank = [""] if own.random() < 0.5 else []
    return "\n".join(rest[:k] + blank + box + blank + rest[k:])


def _past_pushing(text: str, pos: int, width: int) -> int:
    """Where a line ``width`` wide from ``pos`` ends when a mark may not hang past the edge: before the character a
    no-start mark follows (and before any mark before it), so it goes down with the mark."""
    end = _past(text, pos, width)
    while pos + 1 < end < len(text) and text[end] in NO_START:
        end -= 1
    return end


_CUT_MARKS = "，。；：！？,;:!?"


def _markcut(page: str, rng: random.Random) -> str:
    """One text line in five (not a heading, not a label) with a mark of ``_CUT_MARKS`` before its last character cut
    after one such mark (chosen by chance), the rest on the next line."""
    out = []
    for line in page.split("\n"):
        prefix, body = _markup(line)
        at = [i + 1 for i, ch in enumerate(body[:-1]) if ch in _CUT_MARKS and body[i + 1:].strip()]
        if not prefix and not body.strip().startswith(">>") and at and rng.random() < 0.2:
            cut = rng.choice(at)
            out += [body[:cut], body[cut:]]
        else:
            out.append(line)
    return "\n".join(out)


_TSV_HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"


def _tsv_words(line: str, own: random.Random) -> list[tuple[int, str]]:
    """A line's words as Tesseract finds them: (cells before the word, from the line's start, in half ems; text),
    a run of characters between spaces cut into pieces of 1 to 6 characters; a space one half em, an ideographic
    space two."""
    words, at, i = [], 0, 0
    while i < len(line):
        ch = line[i]
        if ch.isspace():
            at += 2 if display_width(ch) == 2 else 1
            i += 1
            continue
        n = own.randint(1, 6)
        piece = ""
        while i < len(line) and not line[i].isspace() and len(piece) < n:
            piece += line[i]
            i += 1
        words.append((at, piece))
        at += display_width(piece)
    return words


def _tsv(page: str, rng: random.Random) -> str:
    """The page as Tesseract's TSV: a paragraph at each blank line, a block at each run of two or more, a line per
    text line, its words (:func:`_tsv_words`) with boxes a half em ``cell`` wide."""
    own = _extraction_rng(page, "tsv", rng)
    cell, height, left0, top0 = own.randint(11, 17), own.randint(26, 36), own.randint(40, 160), own.randint(40, 200)
    rows = [_TSV_HEAD, f"1\t1\t0\t0\t0\t0\t0\t0\t{left0 * 2 + 80 * cell}\t{top0 * 2 + 200 * height}\t-1\t"]
    block = par = line_no = 0
    blanks, y = 2, top0
    for line in page.split("\n"):
        if not line.strip():
            blanks += 1
            y += height
            continue
        if blanks >= 2 or block == 0:
            block, par, line_no = block + 1, 0, 0
            rows.append(f"2\t1\t{block}\t0\t0\t0\t{left0}\t{y}\t{40 * cell}\t{height}\t-1\t")
        if blanks >= 1 or par == 0:
            par, line_no = par + 1, 0
            rows.append(f"3\t1\t{block}\t{par}\t0\t0\t{left0}\t{y}\t{40 * cell}\t{height}\t-1\t")
        blanks, line_no = 0, line_no + 1
        words = _tsv_words(line, own)
        width = (words[-1][0] + display_width(words[-1][1])) * cell if words else cell
        rows.append(f"4\t1\t{block}\t{par}\t{line_no}\t0\t{left0}\t{y}\t{width}\t{height}\t-1\t")
        for n, (at, word) in enumerate(words, 1):
            conf = own.uniform(30, 96.9)
            rows.append(f"5\t1\t{block}\t{par}\t{line_no}\t{n}\t{left0 + at * cell}\t{y + own.randint(-2, 2)}\t"
                        f"{display_width(word) * cell}\t{height - own.randint(0, 4)}\t{conf:.6f}\t{word}")
        y += height
    return "\n".join(rows) + "\n"


def _pyresult(page: str, rng: random.Random) -> str:
    """Each text line as PaddleOCR's ``[[[x, y], …], ('text', score)]`` or EasyOCR's ``([[x, y], …], 'text', score)``
    (one a page; the text as Python's repr writes it), blank lines dropped."""
    own = _extraction_rng(page, "pyresult", rng)
    easy, cell, height = own.random() < 0.5, own.randint(11, 17), own.randint(26, 36)
    left, y, out = own.randint(20, 120), own.randint(30, 200), []
    for line in page.split("\n"):
        if not line.strip():
            y += height
            continue
        text = line.strip()
        x1, x2, y2 = left + own.randint(-3, 3), left + display_width(text) * cell, y + height - 4
        score = own.uniform(0.8, 0.9999)
        if easy:
            out.append(f"([[{x1}, {y}], [{x2}, {y}], [{x2}, {y2}], [{x1}, {y2}]], {text!r}, {score!r})")
        else:
            corners = ", ".join(f"[{x:.1f}, {yy:.1f}]" for x, yy in ((x1, y), (x2, y), (x2, y2), (x1, y2)))
            out.append(f"[[{corners}], ({text!r}, {score!r})]")
        y += height
    return "\n".join(out) + "\n"


_MARKUP_MARKS += _SIDE_OPEN + _SIDE_CLOSE  # (taken off the page as printed: :func:`unboxed`)
_PARA_MARKS += _SIDE_OPEN + _SIDE_CLOSE  # (they take no place in a printed line either: :func:`_past`)
MARK_FORMS["sidebar"] = _sidemark
SPACING["markcut"] = _markcut
_add_line_noise({"sidebar": _sidebar, "rowjoin": _rowjoin, "tsv": _tsv, "pyresult": _pyresult})
REARRANGED.add("rowjoin")
UNPRINTED.update({"tsv", "pyresult"})
MARKED += ("sidebar",)  # the page as printed: the item where it stood, its marks taken off
HELD_OUT_11: tuple[str, ...] = (
    "printed+rowjoin", "printed+narrow+rowjoin", "printed+nomarkup+rowjoin", "printed+wide+rowjoin+halfwidth",
    "printed+sidebar", "rewrap+sidebar", "printed+nomarkup+sidebar", "noblank+sidebar",
    "printed+pushout", "printed+narrow+pushout", "printed+pushout+strays", "printed+wide+pushout+indent",
    "printed+markcut", "printed+wide+markcut", "rewrap+markcut", "printed+markcut+strays",
    "printed+tsv", "printed+nomarkup+tsv", "printed+wide+tsv+strays", "printed+narrow+tsv",
    "printed+pyresult", "printed+nomarkup+pyresult", "printed+wide+pyresult+halfwidth", "printed+narrow+pyresult",
    "printed+pushout+markcut+tsv", "printed+sidebar+pyresult", "printed+rowjoin+pushout")
