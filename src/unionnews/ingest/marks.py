"""Other printed forms of the punctuation marks: read in the forms the importer knows, written as printed.

OCR engines and typesetting traditions print one mark in several forms: the full stop 。 as ．
(GB/T 15834's form for science texts), as ｡ (its half-width form) or as an ASCII dot where the
engine took the small circle for one; the quotes “” ‘’ as corner brackets 「」 『』 (Hong Kong,
Taiwan, vertical setting; ﹁﹂﹃﹄ are their vertical forms, 〝〞〟 the double-prime quotes); the
dash —— as ―― (GB 2312's dash in older Unicode mappings), ──, －－ or --; the ellipsis …… as
...... or ⋯⋯; the enumeration comma 、 as ､.  The later stages (sentence ends, the line-breaking
rules, quote pairing, headline, byline and dateline patterns) are written for one form of each
mark, the *house* form.  Rather than teach every character class of every stage every form, the
page is read in its house forms, one character for one (every position and line length stays),
and the records get the printed forms back at the end (:meth:`Forms.restore`).

The archive keeps the printed text, so the way back has to be exact.  A house character stands
in for another form on a page only when that form is the one thing on the page that reads as it:
the page prints no 。 of its own where its dots are read as 。, no “ (nor a straight " that
:func:`~unionnews.ingest.normalize.punctuate` pairs into one) where its 「 is read as “.  Then
every such house character in a record came from that form and goes back to it.  A page printing
two forms of one mark is read as printed for that mark (the stages know 「」 and ． only where
they say so).  Nothing else is rewritten: no form becomes another in the archive, and
:func:`~unionnews.ingest.normalize.punctuate` keeps its own one-to-one rules (half-width , ; : ? !
( ) and straight quotes next to Chinese to their full-width twins), applied to the printed form.

Which forms are "the same mark" is a typographic fact, not a guess made per page: a single dot
reads as a full stop only after Chinese, a closing mark or a number that follows Chinese (not in
3.5, www.x.cn, 工会.中国, AI. or an item's 1.), two or
more dots together as an ellipsis, a lone hyphen stays a hyphen (Wi-Fi, 2023年-2025年) while two
together are the dash.  Digits and Latin letters in their full-width forms (０-９ Ａ-Ｚ) need no
reading: the stages read digits as Unicode digits (``\\d``, ``int``), whatever their width.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from unionnews.ingest.normalize import is_cjk, pair_mixed_quotes

# forms that are always the mark they stand for, whatever is around them
_ALWAYS = {"｡": "。", "､": "、", "「": "“", "」": "”", "『": "‘", "』": "’", "﹁": "“", "﹂": "”", "﹃": "‘",
           "﹄": "’", "〝": "“", "〞": "”", "〟": "”", "―": "—", "─": "—", "－": "—", "⋯": "…",
           # The round brackets as the tortoise-shell 〔〕 or the lenticular 【】 (an engine that reads every
           # （） so): read as （） only on a page that prints no round bracket of its own, so a page that
           # sets 【】 beside its （） (a label, a source) keeps them apart.
           "〔": "（", "〕": "）", "【": "（", "】": "）",
           # the full-width straight quotes: read as the ASCII ones, which punctuate pairs into “” and ‘’
           "＂": '"', "＇": "'"}
_DOTS = ".．"  # a full stop after Chinese, an ellipsis two or more together
_HYPHEN = "-"  # the dash two together (——, two ems), a hyphen alone
# What punctuate makes each house form from (a straight quote pairs into “ or ”, ‘ or ’): a page
# printing it has that house form of its own.
_MADE_FROM = {"“": '"', "”": '"', "‘": "'", "’": "'", "（": "(", "）": ")"}
_PAIRS = (("“", "”"), ("‘", "’"), ("（", "）"))
# What punctuate may make of a straight quote read from another form: on a page with none of them, each
# came from that form (its own quotes, paired or not, go back to it).
_PAIRED_INTO = {'"': "“”", "'": "‘’"}
# what a sentence's full stop follows besides a Chinese character: a closing quote or bracket
_BEFORE_STOP = set("”’」』）》〉】)\"'")
_MARKUP = re.compile(r"^\s*#{1,6}(?=\s)")
# Top-level domains in Chinese script (IANA's root zone): a dot between Chinese and one of them, with no
# Chinese after it, is a web address's (总工会.中国), not a full stop.
_CHINESE_TLDS = ("中国", "中國", "公司", "网络", "网址", "网店", "在线", "中文网", "政务", "公益", "商城", "商店",
                 "集团", "企业", "娱乐", "游戏", "手机", "信息", "时尚", "我爱你", "八卦", "慈善", "健康", "香港", "台湾")


# what the later stages may turn a mark into (punctuate: half-width to full-width, straight quotes paired):
# the house text and the text of a record are compared through it
_SAME = str.maketrans({",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）",
                       '"': "“", "”": "“", "'": "‘", "’": "‘"})
_CONTEXT = 24  # printed characters either side that tell one full stop of a page from another


@dataclass
class Mixed:
    """Full stops a page prints in two forms (。 and an ASCII dot after Chinese, one engine reading the
    small circle both ways), all read as 。: which of them was printed as a dot, by place on the page.

    A record's text is the page's text cut, joined and re-ordered, never rewritten, so a full stop in it
    is told apart by the printed characters around it: the ones before it (and after), as far as they
    match places on the page.  Each place gives its form back once (:meth:`claim`, over every record of
    the page): where places the text around cannot tell apart are of both forms (a sentence printed
    twice), they are the same text, and sharing them out gives each form back as many times as the page
    printed it.  Not frozen: :meth:`claim` records, for :meth:`back`, which form each full stop gets."""

    stream: str  # the page's printed characters in house forms, through _SAME
    sites: tuple[int, ...]  # the places of 。 in the stream
    dots: dict[int, str]  # the places read as 。 from another form, and that form
    claimed: dict[str, list[list[str | None]]] = field(default_factory=dict)  # text → its full stops' forms
    index: dict[str, list[int]] = field(default_factory=dict)  # the places by the three characters before them

    def __post_init__(self) -> None:
        for p in self.sites:  # so a full stop is looked for among a few places, not all a long page has
            self.index.setdefault(self.stream[max(0, p - 3):p], []).append(p)

    def _places(self, before: str, after: str) -> list[int]:
        """The places of the page the full stop between ``before`` and ``after`` (house text through _SAME)
        may be: those whose printed characters around match the most of it."""
        cands = self.index.get(before[-3:], []) if len(before) >= 3 else []
        cands = cands or list(self.sites)
        for side, text in ((-1, before[-_CONTEXT:]), (1, after[:_CONTEXT])):
            if len({self.dots.get(p) for p in cands}) == 1:
                break  # one form: which of them changes nothing the record prints
            whole = [p for p in cands if self._around(p, side, len(text)) == text]
            if whole:  # the usual case, at once: the text matches places all its length
                cands = whole
                continue
            for n in range(1, len(text) + 1):  # else as far as it matches: a join the record made
                part = text[-n:] if side < 0 else text[:n]
                kept = [p for p in cands if self._around(p, side, n) == part]
                if not kept:
                    break
                cands = kept
        return cands

    def _kept(self, flat: str, k: int) -> list[int]:
        """The dot places the unread dot at ``k`` of ``flat`` may be: read as 。, its three characters before
        match places the page printed as a dot (none: a decimal point, a dot of a number or a web address)."""
        if k < 3 or not self.index.get(flat[k - 3:k]):
            return []
        house = flat[:k] + "。" + flat[k + 1:]
        return [p for p in self._places(house[max(0, k - _CONTEXT):k], house[k + 1:k + 1 + _CONTEXT])
                if p in self.dots]

    def _around(self, p: int, side: int, n: int) -> str:
        """The ``n`` characters of the stream before (``side`` -1) or after (1) place ``p``."""
        return self.stream[max(0, p - n):p] if side < 0 else self.stream[p + 1:p + 1 + n]

    def claim(self, texts: list[str]) -> None:
        """Give every full stop of ``texts`` (all a page's records make, in house forms) a place of its own on
        the page: one of the places its text matches where they can be shared out so (a matching, by
        augmenting paths), any place left free where not (the text around it ran past a join the record
        made).  Each place so gives its form back once: as many dots as the page printed.

        A dot a record kept unread (a stage that read the page as printed, not in house forms) is printed as
        it stands, and takes the place of a dot its text matches, so no other full stop takes that form."""
        stops = []  # (places, text number, full stop number: None for a dot kept as it stands)
        for t, text in enumerate(texts):
            flat = "".join(ch for ch in text if not ch.isspace()).translate(_SAME)
            n = 0
            for k, ch in enumerate(flat):
                if ch == "。":
                    stops.append((self._places(flat[max(0, k - _CONTEXT):k], flat[k + 1:k + 1 + _CONTEXT]), t, n))
                    n += 1
                elif ch in _DOTS and (kept := self._kept(flat, k)):
                    stops.append((kept, t, None))
        owner: dict[int, int] = {}  # place → the stop it is given to

        def give(s: int, seen: set[int]) -> bool:
            free = next((p for p in stops[s][0] if p not in owner), None)
            if free is not None:  # a free place first: a sentence printed many times needs no path
                owner[free] = s
                return True
            for p in stops[s][0]:
                if p not in seen:
                    seen.add(p)
                    if p not in owner or give(owner[p], seen):
                        owner[p] = s
                        return True
            return False

        for s in sorted(range(len(stops)), key=lambda s: len(stops[s][0])):
            give(s, set())
        place = {s: p for p, s in owner.items()}
        free = iter(p for p in self.sites if p not in owner)
        forms: list[list[str | None]] = [[None] * text.count("。") for text in texts]
        for s, (_, t, n) in enumerate(stops):
            p = place[s] if s in place else next(free, None)
            if n is not None:
                forms[t][n] = self.dots.get(p) if p is not None else None
        for text, got in zip(texts, forms):
            self.claimed.setdefault(text, []).append(got)

    def back(self, text: str) -> str:
        """``text`` (claimed) with each full stop printed as a dot given its dot back."""
        if "。" not in text or not self.claimed.get(text):
            return text
        forms = iter(self.claimed[text].pop(0))
        return "".join((next(forms) or ch) if ch == "。" else ch for ch in text)


@dataclass(frozen=True)
class Forms:
    """A page's lines read in the house forms, and the printed form of each house character read so."""

    lines: list[str]
    printed: dict[str, str] = field(default_factory=dict)  # house character → the form the page prints
    mixed: Mixed | None = None  # the full stops read so on a page that prints 。 as well

    def back(self, text: str) -> str:
        """``text`` (made from :attr:`lines`) with the page's printed forms."""
        if self.mixed:
            text = self.mixed.back(text)
        return text.translate(str.maketrans(self.printed)) if self.printed else text

    @staticmethod
    def _keys(headline: bool) -> tuple[str, ...]:
        """The fields of an article's front matter that hold printed text (headline fields only when
        ``headline``: an unplaced file's title is ours)."""
        return (("title", "kicker", "subtitle", "column") if headline else ()) + (
            "reporters", "correspondents", "photographers", "places", "tags", "source")

    def claim(self, records: list[tuple[dict, str, bool]]) -> None:
        """Before :meth:`restore`: every (front, body, headline) the page gives, so the full stops read as 。
        on a page printing two forms (:class:`Mixed`) get their places together."""
        if not self.mixed:
            return
        texts = []
        for front, body, headline in records:
            for key in self._keys(headline):
                value = front.get(key)
                if isinstance(value, str):
                    texts.append(value)
                elif isinstance(value, list):
                    texts += [v for v in value if isinstance(v, str)]
            if isinstance(front.get("dateline"), dict) and isinstance(front["dateline"].get("place"), str):
                texts.append(front["dateline"]["place"])
            texts.append(body)
        self.mixed.claim(texts)

    def restore(self, front: dict, body: str, headline: bool = True) -> str:
        """Give the printed forms back to the fields of ``front`` that hold printed text (the headline
        fields only when ``headline``: an unplaced file's title is ours) and return ``body`` so.
        Review reasons, ids and provenance are the importer's own words and numbers and stay."""
        if not self.printed and not self.mixed:
            return body
        keys = self._keys(headline)
        for key in keys:
            value = front.get(key)
            if isinstance(value, str):
                front[key] = self.back(value)
            elif isinstance(value, list):
                front[key] = [self.back(v) if isinstance(v, str) else v for v in value]
        if isinstance(front.get("dateline"), dict) and isinstance(front["dateline"].get("place"), str):
            front["dateline"] = {**front["dateline"], "place": self.back(front["dateline"]["place"])}
        return self.back(body)


def _printed_positions(lines: list[str]) -> list[tuple[int, int]]:
    """(line, column) of every printed character of the page, in file order: no whitespace, no
    heading markup (``## ``) the OCR added."""
    out = []
    for i, line in enumerate(lines):
        m = _MARKUP.match(line)
        start = m.end() if m else 0
        out += [(i, j) for j in range(start, len(line)) if not line[j].isspace()]
    return out


def _run(chars: str, k: int, members: str) -> int:
    """Length of the run of ``members`` characters through position ``k``."""
    a = k
    while a > 0 and chars[a - 1] in members:
        a -= 1
    b = k
    while b + 1 < len(chars) and chars[b + 1] in members:
        b += 1
    return b - a + 1


_NUMERALS = "一二三四五六七八九十"
_ITEM_BEFORE = "。！？；：，、.!?;:,"  # what an item's number follows: a sentence or clause end


def _item_numeral(chars: str, k: int) -> bool:
    """Is the dot at ``k`` an item's number's, one Chinese numeral opening the text or a new sentence
    (一.加强…, 。二.完善…), as 1. is: a numbered list's dot, not a sentence that ends on a numeral."""
    return k >= 1 and chars[k - 1] in _NUMERALS and (k == 1 or chars[k - 2] in _ITEM_BEFORE)


def _chinese_tld(chars: str | list[str], k: int) -> bool:
    """Does a Chinese top-level domain follow the dot at ``k`` and end the address (工会.中国。, 工会.中国/)?"""
    for tld in _CHINESE_TLDS:
        end = k + 1 + len(tld)
        if "".join(chars[k + 1:end]) == tld and not (end < len(chars) and is_cjk(chars[end])):
            return True
    return False


def _house(chars: str, k: int) -> str:
    """The house form of printed character ``k`` (itself when it is one, or not a mark's other form)."""
    ch = chars[k]
    if ch in _ALWAYS:
        return _ALWAYS[ch]
    if ch in _DOTS:
        if _run(chars, k, _DOTS) >= 2:
            return "…"
        before = chars[k - 1] if k else ""
        after = chars[k + 1] if k + 1 < len(chars) else ""  # across a line break too: 3. | 8万元 is 3.8
        if after.isascii() and after.islower() or _item_numeral(chars, k) or _chinese_tld(chars, k):
            return ch  # a file name's or web address's dot (通知.pdf, 工会.中国), an item's number (。一.加强…)
        if before and (is_cjk(before) or before in _BEFORE_STOP):
            return "。"
        if (before.isdigit() or before in "%％") and not (after.isdigit() or after.isalpha() and not is_cjk(after)):
            # a number ending a sentence (…达到300. …增长95.7%.), not a decimal point (3.5) nor an
            # item's number at a paragraph's start (1.加强…, ；2.加强…): the number follows Chinese
            a = k - 1
            while a > 0 and (chars[a - 1].isdigit() or chars[a - 1] in "%％" or (
                    chars[a - 1] in _DOTS and a > 1 and chars[a - 2].isdigit() and chars[a].isdigit())):
                a -= 1
            return "。" if a > 0 and is_cjk(chars[a - 1]) else ch
        return ch
    if ch in _HYPHEN and _run(chars, k, _HYPHEN) >= 2:
        return "—"
    return ch


_SPACE = re.compile(r"\s")  # the characters str.isspace() is true of
_OTHER_FORM = re.compile("[" + re.escape("".join(_ALWAYS) + _DOTS + _HYPHEN) + "]")  # all that _house may change


def read_forms(lines: list[str]) -> Forms:
    """The page's lines with each other form of a mark read as its house form, where the page
    prints that mark in that one form only (see the module docstring).

    The printed characters are read as one string, and only those :func:`_house` may read as another
    character are looked at: a page holds thousands of characters and a few such marks.

    The full stop is read as 。 on a page that prints it both ways as well (an engine that reads the small
    circle now as 。, now as a dot): every later stage ends a sentence on 。, and a paragraph's last
    sentence ending in a dot ran on into the next item.  Which 。 were dots is kept by place
    (:class:`Mixed`).  Straight quotes beside curly ones on their line are paired first
    (:func:`~unionnews.ingest.normalize.pair_mixed_quotes`)."""
    lines = pair_mixed_quotes(lines)
    parts = []
    for line in lines:
        m = _MARKUP.match(line)
        parts.append(_SPACE.sub("", line[m.end() if m else 0:]))
    chars = "".join(parts)  # the printed characters of the page, in file order (as _printed_positions)
    house = {k: h for k in (m.start() for m in _OTHER_FORM.finditer(chars)) if (h := _house(chars, k)) != chars[k]}
    forms: dict[str, set[str]] = {}
    for k, h in house.items():
        forms.setdefault(h, set()).add(chars[k])
    if not forms:
        return Forms(list(lines))
    present = set(chars)
    printed = {h: next(iter(f)) for h, f in forms.items()
               if len(f) == 1 and h not in present and _MADE_FROM.get(h, "") not in present
               and not present & set(_PAIRED_INTO.get(h, ""))}
    for a, b in _PAIRS:  # a quote's two halves are read together or not at all: 「 read as “ with 」 left unread
        if (a in printed) != (b in printed) and (a in forms or b in forms):  # would open quotes no mark closes
            printed.pop(a, None)
            printed.pop(b, None)
    for h, quotes in _PAIRED_INTO.items():  # a straight quote's form and another form of the curly ones (＂ and
        # 「」): both would go back from “”, so the page prints two forms of the mark and neither is read
        if h in printed and any(printed.get(q, printed[h]) != printed[h] for q in quotes):
            for key in (h, *quotes):
                printed.pop(key, None)
    dots = {k: chars[k] for k, h in house.items() if h == "。" and printed.get(h) != chars[k]} if "。" in present else {}
    if not printed and not dots:
        return Forms(list(lines))
    out = [list(line) for line in lines]
    where = _printed_positions(lines)
    for k, h in house.items():
        if printed.get(h) == chars[k] or k in dots:
            i, j = where[k]
            out[i][j] = h
    mixed = None
    if dots:
        read = {k: h for k, h in house.items() if k in dots or printed.get(h) == chars[k]}
        stream = "".join(read.get(k, ch) for k, ch in enumerate(chars)).translate(_SAME)
        mixed = Mixed(stream, tuple(k for k, ch in enumerate(stream) if ch == "。"), dots)
    for h, quotes in _PAIRED_INTO.items():  # punctuate turns the read quote into “ or ”: both go back too
        if h in printed:
            printed.update({q: printed[h] for q in quotes})
    return Forms(["".join(line) for line in out], printed, mixed)
