"""Who wrote it, where and when: bylines, credits, datelines and other markers.

Why separate from segmentation: these are small, testable grammars over one
line each (本报讯（记者 X 通讯员 Y）, 本报记者 X Y, X/文 Y/摄, （本报福州11月13日电）,
（上接第1版）, 转自《中工网》).  The segmenter only asks "what is this line?";
this module answers and pulls out names without titles or spaces.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from unionnews.content import NAME_TITLES
from unionnews.people import COMPOUND, SURNAMES

_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")
# dates here may be set with spaces around their figures (本报重庆 9 月 25 日电), as text with a space between
# Chinese and ASCII characters prints them: the paragraph stage reads the lines so
LEAD = re.compile(r"^本报(?:讯|(?P<place>[^\s（(]{1,8}?) ?(?P<m>\d{1,2}) ?月 ?(?P<d>\d{1,2}) ?日 ?电)\s*"
                  r"(?:[（(](?P<inner>[^（()）]{1,60})[）)])?")
# the words of a lead's credit that name no one (本报讯（记者吴昊 通讯员张华）: 记者 and 通讯员 are roles)
_CREDIT_WORDS = re.compile(r"本报|特约|见习|实习生|记者|通讯员|摄影|[\s、，,/]")


def other_credits(a: str, b: str) -> bool:
    """Do leads ``a`` and ``b`` credit different people (本报讯（记者吴昊） against 本报讯（记者张华））?  Then they
    open two stories, however alike their wording: a desk's briefs often share one formula (近日，某地总工会在城区
    新建10家工会驿站), but one story's lead read twice by the OCR credits the same reporters, a misread
    character of a name aside.  True only when both credits name someone and their names share no character."""
    ma, mb = LEAD.match(a.strip()), LEAD.match(b.strip())
    if not (ma and mb and ma["inner"] and mb["inner"]):
        return False
    names_a, names_b = set(_CREDIT_WORDS.sub("", ma["inner"])), set(_CREDIT_WORDS.sub("", mb["inner"]))
    return bool(names_a and names_b) and not names_a & names_b


# a lead's first clause when it is only the time (本报讯（…）近日，): the sentence has no subject yet
LEAD_TIME = re.compile(r"(?:近日|日前|近期|今天|今日|昨天|昨日|\d{1,4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日)"
                       r"(?:上午|下午|晚上|晚间|早上)?\s*[，,]")
# a sentence's first words by their form: a date or time (7月28日下午，…, 2024年以来…)
DATED_START = re.compile(r"^(?:\d{1,4} ?年|\d{1,2} ?月 ?\d{1,2} ?日|日前|近日|近期|今年|去年)")
# a lead that opens on its date or 近日, with the comma after that phrase (9月25日，…, 9月3日上午，…, 近日，…):
# how a lead without 本报讯 begins, and text rarely begins a printed line so mid-sentence.  Here, beside the
# lead's other forms, because the paragraph stage and the segmenter both read it.
DATED_LEAD = re.compile(DATED_START.pattern + r"[^，,。；;：:]{0,4}[，,]")
DATELINE = re.compile(r"[（(]\s*本报(?P<place>[^\s（()）]{1,8}?) ?(?P<m>\d{1,2}) ?月 ?(?P<d>\d{1,2}) ?日 ?电\s*[）)]$")
# the marker in round brackets, or in the lenticular or tortoise-shell ones some papers set it in (【上接第1版】)
CONTINUED = re.compile(r"^[（(【〔]\s*上接第\s*(?P<page>[\d一二三四五六七八九十]+)\s*版\s*[）)】〕]$")
# a jump line: where a story's part on the page ends, the page it goes on on (（下转第3版）, 转第2版, 【下转第3版】)
_JUMP = r"[（(【〔]?\s*下?\s*转\s*第?\s*(?P<page>[\d一二三四五六七八九十]{1,3})\s*版\s*[）)】〕]?$"
JUMP, JUMP_END = re.compile("^" + _JUMP), re.compile(_JUMP)  # a line of its own; a paragraph's end
SOURCE = re.compile(r"^(?:转自|转载自|来源[:：])\s*《?(?P<src>[^《》]+?)》?$")
CREDIT = re.compile(r"(摄影报道|/摄|摄)$")
BYLINE_START = re.compile(r"^(本报记者|本报通讯员|本报特约记者|本报特约通讯员)")
_ROLE = (("本报特约通讯员", "correspondents"), ("本报特约记者", "reporters"),
         ("本报通讯员", "correspondents"), ("本报记者", "reporters"),
         ("特约记者", "reporters"), ("摄影记者", "photographers"), ("记者", "reporters"),
         ("通讯员", "correspondents"), ("摄影", "photographers"))


@dataclass
class Credits:
    """Names found in one byline or credit line, by role, plus anything not understood."""

    reporters: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    doubts: list[str] = field(default_factory=list)

    def add(self, role: str, name: str) -> None:
        names = getattr(self, role)
        if name not in names:
            names.append(name)

    def merge(self, other: "Credits") -> None:
        for role in ("reporters", "correspondents", "photographers"):
            for name in getattr(other, role):
                self.add(role, name)
        self.doubts.extend(other.doubts)


def is_names_only(text: str) -> bool:
    """"郑莉 郝赫 朱欣文": two to four bare names separated by spaces, one at least opening on a common
    surname.  Words none of which opens so (报流程 实打: a headline's …申报流程 实打实… with its OCR
    space, cut by a line break) are no byline."""
    tokens = text.split()
    return (2 <= len(tokens) <= 4 and all(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", t) for t in tokens)
            and any(t[0] in SURNAMES or t.startswith(COMPOUND) for t in tokens))


def is_credit(text: str) -> bool:
    """A photo credit such as 本报记者 王辰阳 摄 or 本报记者 刘欣欣/文 陈艺/摄, also with a jump line set on after it
    (本报记者 陈艺 摄【下转第3版】): the story's part on the page ends on its picture's credit, and the jump is
    printed on the credit's line."""
    text = credit_words(text)
    return (len(text) <= 40 and bool(CREDIT.search(text)) and not re.search(r"[，。；！？,;]", text)
            and bool(re.search(r"[\u4e00-\u9fff]{2}", re.sub(r"\s", "", text[:-1]))))  # (a name set spaced: 赵 思 远 摄)


def is_byline(text: str) -> bool:
    """A stand-alone byline line (本报记者 X 本报通讯员 Y Z) or a line of bare names."""
    if len(text) > 40 or re.search(r"[，。；！？,;“”\"]", text):
        return False
    return bool(BYLINE_START.match(text)) or is_names_only(text)


def parse_names(text: str, default_role: str = "reporters") -> Credits:
    """Assign each name in a byline to the role named before it (记者, 通讯员, …)."""
    credits = Credits()
    role = default_role
    for token in text.replace("/", " / ").split():
        if token == "/":
            continue
        matched = False
        for prefix, name in _ROLE:
            if token.startswith(prefix):
                role, token, matched = name, token[len(prefix):], True
                break
        if not matched and len(token) >= 4 and token.startswith("通讯"):
            credits.doubts.append(f"byline word {token[:3]!r} read as 通讯员 (OCR?)")
            role, token = "correspondents", token[3:]
        if not token:
            continue
        if token in ("文", "摄", "摄影报道"):
            continue
        if _NAME.match(token) and not token.startswith(NAME_TITLES):
            # a title the OCR split at a space (本报通讯 员) is no name: check refuses a name holding
            # a title, and the page's articles would all be left out for it
            credits.add(role, token)
        else:
            credits.doubts.append(f"byline word {token!r} is not a name")
    return credits


def credit_words(text: str) -> str:
    """A credit line's words, without a jump line set on after them (:func:`is_credit`)."""
    return JUMP_END.sub("", text).rstrip() if "版" in text else text


def parse_credit(text: str) -> Credits:
    """Credits of a photo: 摄 marks photographers, 摄影报道 marks both roles, /文 /摄 split them."""
    text = credit_words(text)
    if "/文" in text or "/摄" in text:
        credits = Credits()
        for part in re.findall(r"(\S+?)/(文|摄)", text.replace(" /", "/")):
            name = re.sub(r"^(本报记者|本报通讯员|记者|通讯员)", "", part[0])
            if _NAME.match(name):
                credits.add("reporters" if part[1] == "文" else "photographers", name)
        return credits
    both = text.endswith("摄影报道")
    core = CREDIT.sub("", text).strip()
    named = parse_names(core, default_role="photographers" if not both else "reporters")
    if both:
        for name in named.reporters + named.correspondents + named.photographers:
            named.add("photographers", name)
        return named
    credits = Credits(doubts=named.doubts)
    for name in named.reporters + named.correspondents + named.photographers:
        credits.add("photographers", name)
    return credits


def dateline_date(month: int, day: int, issue: dt.date) -> dt.date | None:
    """The 电 date, taking the issue's year (or the year before for a December story in January)."""
    year = issue.year - 1 if month > issue.month + 1 else issue.year
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dateline(text: str, issue: dt.date) -> dict | None:
    """本报重庆9月25日电 at the start, or （本报福州11月13日电） at the end, of a paragraph."""
    m = LEAD.match(text)
    if m and m.group("place"):
        when = dateline_date(int(m.group("m")), int(m.group("d")), issue)
        return {"place": m.group("place"), "date": when} if when else None
    m = DATELINE.search(text.rstrip())
    if m:
        when = dateline_date(int(m.group("m")), int(m.group("d")), issue)
        return {"place": m.group("place"), "date": when} if when else None
    return None


def lead_clause_open(text: str) -> bool:
    """Is ``text`` a lead (本报讯（记者 白莹）近日，) whose text has begun and stops on a clause mark (，、；)?  Its
    sentence goes on at the next line: a text detector parts a printed line at the blank half-em the mark
    leaves, and the piece is no lead standing alone."""
    text = text.strip()
    m = LEAD.match(text)
    return bool(m) and bool(text[m.end():].strip()) and text[-1:] in "，、；,;"


def lead_time_across(lead: str, b: str) -> str | None:
    """The time a lead's first clause opens with (日前，, 近日，, 11月13日，), begun after the lead's credit at
    the end of its line and finished, up to its comma, at the start of B (本报讯（记者…）日 | 前，某局…): what
    the lead's line leaves of its first clause is only the time's first characters, and B's first characters
    finish exactly that time.  Evidence from both sides, the lead's structure, not a dictionary word that any
    line ending on 日 or 向 may make with 前 by chance."""
    lead = lead.strip()
    m = LEAD.match(lead)
    return time_across(lead[m.end():].strip() if m else "", b)


def time_across(rest: str, b: str) -> str | None:
    """The lead's time that ``rest`` (what a line keeps of a lead's first clause, after its credit or with the
    credit gone: 日) begins and B's first characters finish up to its comma (日 | 前，某局…: 日前), as
    :func:`lead_time_across` reads it."""
    b = b.lstrip()
    if not rest or len(rest) > 8 or re.search(r"[，,。；;]", rest):
        return None
    for k in range(1, 7):
        if LEAD_TIME.fullmatch(rest + b[:k]):
            return (rest + b[:k]).rstrip("，, ")
    return None
