"""Does line B continue line A?  The text evidence the reorderer adds up.

Why a module of its own: whether one OCR line carries on the sentence another
line broke off is a question about Chinese text only (words, quotes, lists,
punctuation), answerable and testable one pair at a time; which of several
candidates wins is :mod:`unionnews.ingest.reorder`'s job.  Every feature is a
clue a person uses when putting a page back together by hand, and each comes
with a short reason so an article's ``review`` can say why a join was made.
The scores are added up in :mod:`unionnews.ingest.scores`:

=========  =====  ===========================================================
feature    score  evidence
=========  =====  ===========================================================
word       +4     a dictionary word spans the join: jieba's segmentation of the
                  characters around it puts a word across (青海省果 | 洛藏族 → 果洛);
                  +2 across a far join when both sides are whole words where they
                  were printed (高级 | 会议 → 高级会议: two words read together, by chance
                  as often as not)
quote      +3/+2  B closes a quote A's line left open (+2 when the mark could as
                  well open one); −3 when B's quotes cannot fit; nothing when B closes
                  it as the other kind (a quotation after its full stop, a term inside
                  its sentence: quote_kinds_differ)
list       +2     A's clause is an open 、-list and B starts with 以及, or 和/与/及/等
                  standing alone as a word (not 与会…, 等级…)
bound      +2     B starts with what cannot begin a sentence (等, 的, 个, 前，…;
                  not a word beginning so: 与会, 之后) after a character; −3 after
                  punctuation (，等 is never printed)
place      +2     A ends on 在/于/到 and B starts with a place name (在 | 西安…)
frame      +4     A's last clause leaves a phrase 在… open and B opens on the
                  localizer that closes it, a verb or a mark after it (…刚刚在
                  大赛 | 中取得佳绩: 在大赛中; frame_closed)
topic      0…1    B's first sentence repeats rare wording of the text before A
needs      +2     A cannot end there: a comma or a preposition (在, 针对 …); this
                  weighs against leaving A without a continuation
opener     −5     B starts a paragraph (据悉, 此外 …)
overload   −4     the clause across the join would carry 将/把/被 twice
ends       −6     A's last printed line is short: a justified column's paragraph end
                  (not when B's first printed line makes it whole: a stray blank cut it,
                  nor when a dictionary word spans the join: …在保守基 | 地)
=========  =====  ===========================================================
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from unionnews.ingest.normalize import CJK, is_terminal
from unionnews.ingest.places import gazetteer
from unionnews.ingest.tags import _jieba

# paragraph openers: a line opening on one begins a paragraph (here and in the segmenter's walk)
OPENERS = ("据悉", "据了解", "据介绍", "此外", "与此同时", "同时，", "同时,", "近年来", "目前，", "目前,", "作为")
BOUND = frozenset("等和与及的地得了着过们之个")  # no sentence begins with these, and no headline ends with them
_BOUND = BOUND
_PUNCT = set("，。、；：？！）》,.;:?!)'\"’”")
OPENING_MARKS = "，、；：“‘（《,;:("
LIST_CLOSERS = ("以及", "和", "与", "及", "等")
_PREPOSITIONS = ("针对", "通过", "围绕", "按照", "根据", "关于", "对于", "在", "对", "向", "为", "把", "将", "被",
                 "从", "以", "由", "给", "让", "使", "与", "和", "及", "的")
_ONCE = ("将", "把", "被")  # one per simple clause: twice means two clauses glued together
_ONCE_CHAR = re.compile("[将把被]")  # any of _ONCE (each one character) in a text
_CLAUSE_END = re.compile(r"[，。；！？：,;!?:]")
_CLAUSE_MARK = re.compile(r"[，。、；：！？,;:!?]")  # what parts a quoted term from the text around it
_DOUBLE, _SINGLE = set("\"“”＂"), set("'‘’")
_CJK_RUN, _CJK_END, _CJK_START = re.compile(f"[{CJK}]+"), re.compile(f"[{CJK}]$"), re.compile(f"[{CJK}]")


@dataclass
class Evidence:
    """A join's score and the reasons behind it (positive and negative)."""

    score: float = 0.0
    reasons: list[str] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)

    def add(self, points: float, reason: str, kind: str = "") -> None:
        self.score += points
        self.reasons.append(reason)
        if kind:
            self.kinds.add(kind)


@lru_cache(maxsize=1)
def tokenizer():
    """jieba, with the importer's union vocabulary always loaded (tags.py adds it to the
    shared dictionary), so words found across a join never depend on what ran before."""
    import jieba

    _jieba()
    return jieba


def frequency(word: str) -> int:
    """How often the dictionary the joins are read with counts ``word`` (0 for a word it does not know): the one
    place the importer's rules read a word's weight, so they weigh words alike."""
    return tokenizer().dt.FREQ.get(word, 0)


_COMMON = 1000  # a dictionary word this frequent is a word of the language, not a person's name


def common_words(text: str) -> bool:
    """Is every space-parted piece of ``text`` a common word of the dictionary (行动 方案), none a person's name?
    Names are rare in jieba's dictionary or absent (郑莉, 王芳: 0); words two characters long that a letter-spaced
    or wrapped headline leaves apart are not (行动 9066, 方案 7097)."""
    freq = tokenizer().dt.FREQ
    return all(freq.get(t, 0) >= _COMMON for t in text.split())


def tagged(text: str) -> list:
    """jieba's part-of-speech reading of ``text`` (``pair.word``, ``pair.flag``), over the same dictionary as
    :func:`tokenizer` (the tagger cuts with jieba's shared one, so the union vocabulary is loaded first).
    The tagger is imported here, not at the top: its tables load only for the few lines that ask."""
    tokenizer()
    import jieba.posseg

    return list(jieba.posseg.cut(text))


# a line whose last clause is one Chinese character after a clause mark (…快递员常来这歇脚，特): no clause is one
# character long, so the line's last word was cut
LONE_CLAUSE = re.compile(r"[，、；：,;:][\u4e00-\u9fff]$")
_TIME_CLAUSE = re.compile(r"([\u4e00-\u9fff]{2,4})[，,]")


@lru_cache(maxsize=4096)
def opens_on_time(b: str) -> bool:
    """Does B begin with a clause that is one time word and its comma (近年来，… 目前，…: the tagger's ``t``)?

    Why: a time word set off by a comma is an adverbial that opens its sentence; a sentence begun on the line
    before does not take it as its next words with the comma after it (…针对 | 近年来，… is two sentences, where
    …针对 | 青年职工，… may be one, an object the comma ends)."""
    m = _TIME_CLAUSE.match(b.lstrip())
    if not m:
        return False
    words = tagged(m.group(1))
    return len(words) == 1 and words[0].flag == "t"


@lru_cache(maxsize=65536)
def _bounds(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for token in tokenizer().cut(text, HMM=False):
        out.append((pos, pos + len(token), token))
        pos += len(token)
    return out


def _edges(a: str, b: str, width: int) -> tuple[str, str]:
    """``a``'s last and ``b``'s first ``width`` characters, without the spaces the OCR prints between two Chinese
    characters (:data:`WORD_GAP`: …文艺晚会全 省 is 全省, whole where it is printed; read with its gap, 省 would stand
    alone and make 省级 with a line that begins 级…).  Read on the ends alone: a gap is one character between two,
    so twice ``width`` and two more hold the ``width`` characters left once the gaps are out, and a line's far
    end never needs reading."""
    tail, head = a.rstrip()[-2 * width - 2:], b.lstrip()[:2 * width + 2]
    return _ungapped(tail)[-width:], _ungapped(head)[:width]


def _ungapped(text: str) -> str:
    """``text`` without :data:`WORD_GAP`'s spaces (most ends hold none, and are given back as they are)."""
    return WORD_GAP.sub("", text) if " " in text or "\u3000" in text or "\u00a0" in text else text


def word_across(a: str, b: str, width: int = 4, rest: bool = False) -> str | None:
    """The word jieba's segmentation puts across the join of ``a`` and ``b``, if any.

    A word that only appears by breaking a word either side would have on its
    own (日 | 本次 → 日本) counts only when it is ten times as common as that word.
    ``rest``: or when the joint reading goes on with a commoner word of its own (:func:`_rest_whole`);
    for scoring one join against others, not for deciding alone where a paragraph goes on.
    """
    left, right = _edges(a, b, width)
    if not left or not right or not _CJK_END.search(left) or not _CJK_START.match(right):
        return None
    return _word_across(left, right, rest)


def read_across(a: str, b: str, width: int = 4) -> str | None:
    """The dictionary word jieba's segmentation of ``a``'s end and ``b``'s start puts across the join, whether or
    not it breaks a word either side (…全总各部 | 门和…: 部门 over 各部).  Weaker than :func:`word_across`: for
    weighing two readings of one line's first character against each other, not as evidence alone."""
    left, right = _edges(a, b, width)
    if not left or not right or not _CJK_END.search(left) or not _CJK_START.match(right) \
            or not _spans(tokenizer().dt.FREQ, left, right):
        return None
    return next((t for s, e, t in _bounds(left + right) if s < len(left) < e), None)


def spans_word(a: str, b: str, width: int = 4) -> bool:
    """Does a dictionary word hold characters of both ``a``'s end and ``b``'s start, whatever the segmentation
    makes of them (…得到更 | 大范围…: 更大, though 大范围 is read whole)?  The weakest reading of a join: one
    way two lines may be read together, for weighing a word across another join against it, never as
    evidence alone."""
    left, right = _edges(a, b, width)
    if not left or not right or not _CJK_END.search(left) or not _CJK_START.match(right):
        return False
    return _spans(tokenizer().dt.FREQ, left, right)


def _spans(freq: dict[str, int], left: str, right: str) -> bool:
    """Does a dictionary word hold characters of both ``left`` and ``right``?  jieba's FREQ
    holds every prefix of its words (count 0), so a start whose text so far is not in it
    begins no word."""
    for i in range(len(left)):
        frag = left[i:]
        if frag not in freq:
            continue
        for ch in right:
            frag += ch
            if frag not in freq:
                break
            if freq[frag]:
                return True
    return False


@lru_cache(maxsize=65536)
def _word_across(left: str, right: str, rest: bool = False) -> str | None:
    cut = len(left)
    freq = tokenizer().dt.FREQ
    if not _spans(freq, left, right):
        return None  # segmentation only puts a dictionary word (count > 0) across a join
    word = next(((s, e, t) for s, e, t in _bounds(left + right) if s < cut < e), None)
    if word is None:
        return None
    start, end, token = word
    joint = _bounds(left + right) if rest else []
    broken = [t for s, e, t in _bounds(left) if s < start < e and not _rest_whole(joint, freq, start, s, t)] + \
             [t for s, e, t in _bounds(right) if s < end - cut < e and not _rest_whole(joint, freq, end, cut + e, t)]
    if any(freq.get(token, 0) < 10 * freq.get(t, 1) for t in broken):
        return None
    if len(token) == 2 and token[0] == token[1]:
        return None  # 等 | 等相关…: a doubled character across the join is a coincidence as often as a word (等等)
    return token


def _rest_whole(joint: list[tuple[int, int, str]], freq: dict[str, int], at: int, edge: int, broken: str) -> bool:
    """Does the joint reading go on from the word across the join (which ends, or begins, at ``at``) with a
    word of two characters or more that reaches past the broken word's far ``edge`` and is commoner than it
    (生 | 动感人: 生动 | 感人, and 感人, past 动感, is commoner)?  Then the side read alone is as well 动 | 感人 as
    动感 | 人, and the word across breaks no word to make one.  日 | 本次 → 日本 leaves 次 alone: 本次 stands; and
    …功能区 | 级覆盖 → 区级 leaves 功能, inside the 功能区 it breaks: 功能区 stands."""
    if at < edge:  # the word across ends at ``at``: the rest begins there
        rest = next(((e, t) for s, e, t in joint if s == at), None)
        past = rest is not None and rest[0] > edge
    else:  # the word across begins at ``at``: the rest ends there
        rest = next(((s, t) for s, e, t in joint if e == at), None)
        past = rest is not None and rest[0] < edge
    return past and len(rest[1]) > 1 and freq.get(rest[1], 0) > freq.get(broken, 0)


@lru_cache(maxsize=65536)
def starts_bound(b: str, strict: bool = False) -> bool:
    """B begins with a character no sentence begins with (等, 的, 个, punctuation), or,
    unless ``strict``, with one character and a mark (前，, 持。): the end of a broken word."""
    b = b.lstrip()
    if not b or b.startswith(OPENERS):
        return False
    bound = b[0] in _BOUND or b[0] in _PUNCT - _DOUBLE - _SINGLE
    return bound or (not strict and len(b) > 1 and b[1] in _PUNCT)


# A space between two Chinese characters: the OCR prints one wherever a justified line spread its glyphs
# (与 此同时, 三 大发展困境), and joins printed lines with one, which a line break cut anywhere, inside a word
# as often as between two: it says nothing of where a word ends.
WORD_GAP = re.compile(f"(?<=[{CJK}])[ \u00a0\u3000](?=[{CJK}])")


_RUN = re.compile(r"[\u4e00-\u9fff]{3,}")


# how many runs a page's lines are searched for before every run is tabled: a search is one pass of C code over
# the page, a table a pass of Python over each of its characters, worth it once a few hundred runs are asked (a
# big page, one OCR dump of many pages, asks about more runs the bigger it is)
SEARCHES = 256


class JoinedLines:
    """A page's lines joined with line breaks (no run searched for holds one), searched as one text: where a run
    is printed, as (line index, offset in the line) pairs in file order."""

    def __init__(self, texts: list[str]):
        self.texts = texts
        self._starts = list(accumulate((len(text) + 1 for text in texts[:-1]), initial=0))
        self.text = "\n".join(texts)

    def find(self, run: str) -> Iterator[tuple[int, int]]:
        """Each place ``run`` is printed: its line's index and its offset there."""
        at = self.text.find(run) if run else -1
        while at >= 0:
            k = bisect.bisect_right(self._starts, at) - 1
            yield k, at - self._starts[k]
            at = self.text.find(run, at + 1)


class LineRuns:
    """How many of a page's lines print a run of ``size`` Chinese characters (each line counted once; a space
    the OCR printed inside the run does not part it): ``runs[run]``, false when no line prints any such run.

    Why counted when asked, not a table of every run: a page asks about the few runs across its line breaks
    and prints thousands; one search of its lines joined (a line break parts them, and no run holds one)
    answers each, and a page that asks about none costs nothing.  Past :data:`SEARCHES` runs asked, every
    run is tabled once, as a big page needs."""

    def __init__(self, texts: list[str], size: int = 4):
        self.size = size
        self._run = re.compile(f"[\u4e00-\u9fff]{{{size}}}")
        self._lines = JoinedLines([WORD_GAP.sub("", text.strip()) for text in texts])
        self._counts: dict[str, int] = {}
        self._table: Counter[str] | None = None
        self._any: bool | None = None

    def __bool__(self) -> bool:
        if self._any is None:  # (asked before every line break of a page the paragraph stage weighs)
            self._any = self._run.search(self._lines.text) is not None
        return self._any

    def __getitem__(self, run: str) -> int:
        if self._table is not None:
            return self._table[run]
        if run not in self._counts:
            if len(self._counts) >= SEARCHES:
                self._table = self._tabled()
                return self._table[run]
            self._counts[run] = self._count(run) if self._run.fullmatch(run) else 0
        return self._counts[run]

    def _count(self, run: str) -> int:
        """How many lines print ``run``, by a search of the lines joined."""
        return len({k for k, _ in self._lines.find(run)})

    def _tabled(self) -> Counter[str]:
        """Every run of the page with the number of lines printing it."""
        runs: Counter[str] = Counter()
        for line in self._lines.texts:
            chunks = _RUN.findall(line)
            runs.update({chunk[k:k + self.size] for chunk in chunks for k in range(len(chunk) - self.size + 1)})
        return runs


def page_runs(texts: list[str], size: int = 4) -> LineRuns:
    """How many of ``texts`` (a page's lines) print each run of ``size`` Chinese characters (:class:`LineRuns`)."""
    return LineRuns(texts, size)


def run_across(a: str, b: str, runs: LineRuns, size: int = 4) -> str | None:
    """The run of ``size`` Chinese characters across the line break A | B that the page prints whole on a third line
    (…中铁五局工匠学院由中铁 | 五局与… with 中铁五局 in a headline and a lead): with four, three characters of A's end
    and B's first, or two and two; with three, two and one, or one and two.  A name or term the text gives again is
    one printed run wherever a line break cut it, and the dictionary knows few names.  Both edges must be Chinese
    characters: a mark at the break parts the wording.  Evidence for the break alone, not for a far join: a piece
    that begins with the very characters following A's end elsewhere on the page may be a chance."""
    if not runs or not re.search(r"[\u4e00-\u9fff]$", a.rstrip()) or not re.match(r"[\u4e00-\u9fff]", b.lstrip()):
        return None
    ta, tb = WORD_GAP.sub("", a.rstrip()), WORD_GAP.sub("", b.lstrip())
    for run in (ta[-(size - 1):] + tb[:1], ta[-(size - 2):] + tb[:2]):
        if re.fullmatch(f"[\u4e00-\u9fff]{{{size}}}", run) and runs[run] > (run in ta) + (run in tb):
            return run
    return None


@lru_cache(maxsize=16384)
def bound_start(text: str) -> bool:
    """Does ``text`` begin with a character of BOUND standing alone as a word (和 | 产教融合, 等 | 相关部门;
    not 和谐, 等级: jieba's segmentation keeps those whole)?  No sentence and no headline begins so."""
    text = text.lstrip()
    if not text or text[0] not in _BOUND:
        return False
    first = next(iter(tokenizer().cut(WORD_GAP.sub("", text[:9]), HMM=False)), "")
    return first == text[0]


@lru_cache(maxsize=16384)
def bound_end(text: str) -> bool:
    """Does ``text`` end on a character of :data:`BOUND` standing alone as a
    word (…提升整体服务职工的 | 能力…, …驻京装备制造企业和 | 高校…; not 目的, 人们: jieba's segmentation keeps
    those whole)?  No headline ends so: such a line is a piece of a sentence a line break cut, whatever its
    shape (the mirror of :func:`bound_start`)."""
    text = text.rstrip()
    if not text or text[-1] not in BOUND:
        return False
    return list(tokenizer().cut(text[-8:], HMM=False))[-1] == text[-1]


@lru_cache(maxsize=65536)
def bound_first(b: str, strict: bool = False) -> bool:
    """:func:`starts_bound`, unless B's first character of BOUND begins a word (与会工匠…, 等级…, 之后…, 个人…:
    jieba's segmentation keeps them whole, :func:`bound_start`): such a line may begin a sentence, and a
    list is closed only by a closer standing alone (…交流成果、碰撞 | 与会工匠纷纷表示 closes nothing)."""
    b = b.lstrip()
    if b[:1] in _BOUND and not bound_start(b):
        return False
    return starts_bound(b, strict)


@lru_cache(maxsize=16384)
def word_sentence_first(b: str) -> bool:
    """Does B begin with a sentence of one word, Chinese only, ended by a full stop (共建。贵州…, 持。该学院…)?
    A sentence of one word has no subject: it is the last word of a sentence begun on another line, never
    a paragraph's or a story's first."""
    m = re.match(f"([{CJK}]{{1,4}})。", b.strip())
    if not m:
        return False
    return len(list(tokenizer().cut(m.group(1), HMM=False))) == 1


# prepositions that open a clause (针对…, 围绕…): the phrase they head is no predicate, a verb must follow
CLAUSE_PREPOSITIONS = ("针对", "围绕", "按照", "根据", "对于", "关于", "为了")


@lru_cache(maxsize=4096)
def prepositional_phrase(clause: str, attributive: bool = False) -> bool:
    """Does ``clause`` open with a preposition of :data:`CLAUSE_PREPOSITIONS` and hold no verb (针对建筑类行业)?
    Such a phrase says nothing alone: its sentence goes on past it.  ``attributive``: a verb right before 的 does
    not count either (针对企业职工提出的机器人检测: 提出 says which 检测; the sentence's own verb is still to come), nor one
    before 、, an item of a list (针对…轨迹抖动、涂胶拐角堆胶)."""
    if not clause.startswith(CLAUSE_PREPOSITIONS):
        return False
    words = tagged(clause)
    return not any(w.flag.startswith("v") and w.flag != "vn"  # vn: a verb used as a noun
                   and not (attributive and k + 1 < len(words) and words[k + 1].word in ("的", "、"))
                   for k, w in enumerate(words) if k > 0)


@lru_cache(maxsize=16384)
def item_as_predicate(a: str, b: str) -> bool:
    """Does A stop after an enumeration comma (…心理舒缓室、) and B begin with a sentence of one word that is a
    verb (展开。…)?  After 、 comes the list's next item; a bare verb ending the sentence there has no item to
    be (a list's last item may end a sentence: …水果、 | 茶叶。)."""
    b = b.strip()
    if not a.rstrip().endswith("、") or not word_sentence_first(b):
        return False
    words = tagged(b[:b.index("。")])
    return len(words) == 1 and words[0].flag == "v"


@lru_cache(maxsize=16384)
def classifier_stranded(a: str, b: str) -> bool:
    """Does B begin with the classifier 个 standing alone (个亮灯、…) while A ends on a noun or a preposition
    (…生产中的核小窟点, …例如，针对)?  个 counts what a numeral, a demonstrative or a verb before it names (一个, 这个,
    能有个); after a noun or a preposition it cannot stand."""
    a, b = a.rstrip(), b.lstrip()
    if not b.startswith("个") or not bound_first(b) or not a or not re.search(f"[{CJK}]$", a):
        return False
    last = tagged(a[-8:])[-1]
    return last.flag[:1] in ("n", "p") and last.flag not in ("nr", "nrt") and last.word not in ("多", "几")


# the prepositions of CLAUSE_PREPOSITIONS whose object is a noun phrase (为了 takes a verb phrase)
OBJECT_PREPOSITIONS = tuple(p for p in CLAUSE_PREPOSITIONS if p != "为了")
_FIRST_CLAUSE = re.compile(r"[，,；;：:。！？!?]")


@lru_cache(maxsize=16384)
def object_clause(a: str, b: str) -> str | None:
    """The preposition A stops on when B's first clause reads as its object: A's last word is one of
    :data:`OBJECT_PREPOSITIONS` (…例如，针对), and B runs a noun phrase with no verb of its own up to a comma
    (新就业形态劳动者工作时间不固定的特点，…: :func:`prepositional_phrase`, read as an attribute where a verb
    stands before 的), beginning as such a phrase may: on a noun or a time word (not 的特点，…, a particle no object
    begins with, nor 在全总…, a second preposition, nor 不固定的特点，…, an adverb, nor an opener, 近年来，…).

    Why: a preposition that opens a clause heads a phrase that says nothing alone; its object follows it, and the
    sentence's own verb comes after a comma (针对…的特点，市总将…).  A line break right after the preposition leaves
    no word across the join to read, so the object's shape is what ties the two pieces: a line ending on 针对 goes
    on at a line whose first clause is a verbless phrase closed by a comma, not at one whose first clause ends the
    sentence (…劳动者休憩。) or holds a verb (造了…)."""
    a, b = a.rstrip(), b.strip()
    prep = next((p for p in OBJECT_PREPOSITIONS if a.endswith(p)), None)
    if prep is None or not b or b.startswith(OPENERS) or bound_first(b) or _edge_words(a[-8:], b[:8])[0] != prep:
        return None
    m = _FIRST_CLAUSE.search(b)
    if m is None or m.group() not in "，," or m.start() < 2 or not re.match(f"[{CJK}]", b):
        return None
    words = tagged(b[:m.start()])
    if not words or words[0].flag[:1] not in ("n", "t"):
        return None  # an object begins on a noun or a time word, not on a verb, a preposition or an adverb
    if len(words) < 3 or words[-2].word != "的" or words[-1].flag[:1] != "n":
        return None  # a head noun after its attribute (…不固定的特点): an object's shape, not a topic's (交流会上，)
    return prep if prepositional_phrase(prep + b[:m.start()], attributive=True) else None


@lru_cache(maxsize=65536)
def opens_sentence(b: str, least: int = 8) -> bool:
    """Does B run a clause of at least ``least`` characters from its start to a full stop (。！？) in its own
    text, beginning as a sentence may (某学院由某局共建。 — not 持。该学院…, the tail of a sentence begun before
    it, nor a line with no full stop, which may be any part of a sentence)?"""
    b = b.strip()
    stop = min((i for i in (b.find(m) for m in "。！？!?") if i >= 0), default=-1)
    return stop >= least and not bound_first(b)


@lru_cache(maxsize=16384)
def function_first(b: str) -> bool:
    """Does B begin with a preposition or a conjunction, as jieba's tagger reads its first word (为落实好…, 在全省…,
    从而…)?  Such a word opens a clause on its own, so B may begin a sentence where it stands, whatever the line
    above it cut: its first character is no proof of a word begun on another line (…更 | 为落实好…: 更为 by chance)."""
    words = tagged(WORD_GAP.sub("", b.strip()[:12]))
    return bool(words) and words[0].flag[:1] in ("p", "c")


def closes_list(b: str) -> bool:
    """Does B begin with a closer of an enumeration (以及, or 和/与/及/等 standing alone as a word)?"""
    b = b.lstrip()
    return b.startswith("以及") or (b[:1] in LIST_CLOSERS and bound_start(b))


@lru_cache(maxsize=65536)
def cut_off(a: str, b: str) -> bool:
    """Do ``a``'s last and ``b``'s first character each stand alone in their own line's segmentation
    (…新建、升 | 级覆盖城区: 升 and 级 are words of nothing where they were printed)?  Then a dictionary word
    across them (升级) puts back together a word a line break cut, rather than adding a character to a
    word already whole on one side (…人才梯队建设 | 网约车司机: 建设 and 网约车 are whole)."""
    return cut_end(a) and cut_start(b)


def cut_end(a: str) -> bool:
    """:func:`cut_off`'s side of ``a``: does its last character, Chinese, stand alone in its line's segmentation?
    (Each side is read on its own, so a line can be asked once, not once for every line it is read against.)"""
    a = _ungapped(a.rstrip()[-18:])[-8:]  # a word the OCR spread with a space is whole (全 省); the end alone
    if not a or not _CJK_END.search(a):
        return False
    if len(a) > 1 and a[-2].isdigit():
        return False  # …防呆3大 | 技术难题: a character after a number goes with the number (3大, 5个), cut off from nothing
    return _last_word(a) == a[-1]


def cut_start(b: str) -> bool:
    """:func:`cut_off`'s side of ``b``: does its first character, Chinese, stand alone in its line's segmentation?"""
    b = _ungapped(b.lstrip()[:18])[:8]
    if not b or not _CJK_START.match(b):
        return False
    if len(b) > 1 and b[1] == "、":
        return False  # …来自政、 | 产、学、研: a one-character item is whole where it stands
    return _first_word(b) == b[0]


def whole_words(a: str, b: str) -> bool:
    """Do ``a`` end and ``b`` begin with words of two characters or more in their own lines' segmentation
    (…设计院高级 | 会议强调…: 高级, 会议)?  A dictionary word across them (高级会议) is two whole words read
    together, which any two lines of a page may give; it shows no word a line break cut."""
    a, b = a.rstrip()[-8:], b.lstrip()[:8]
    if not a or not b:
        return False
    last, first = _edge_words(a, b)
    return len(last) > 1 and len(first) > 1


def _edge_words(a: str, b: str) -> tuple[str, str]:
    """The last word of ``a`` and the first of ``b``, each segmented on its own."""
    return _last_word(a), _first_word(b)


@lru_cache(maxsize=65536)
def _last_word(a: str) -> str:
    return list(tokenizer().cut(a, HMM=False))[-1]


@lru_cache(maxsize=65536)
def _first_word(b: str) -> str:
    return next(iter(tokenizer().cut(b, HMM=False)), "")


def first_word(b: str) -> str:
    """The first word of ``b`` in its own segmentation (of its first eight characters)."""
    b = b.lstrip()[:8]
    return next(iter(tokenizer().cut(b, HMM=False)), "") if b else ""


@lru_cache(maxsize=65536)
def needs_more(a: str) -> int:
    """2 when A ends on a preposition or a comma-like mark (its sentence must go on), else 0."""
    a = a.rstrip()
    return 2 if a.endswith(tuple(OPENING_MARKS)) or a.endswith(_PREPOSITIONS) else 0


@lru_cache(maxsize=65536)
def stops_short(a: str) -> bool:
    """Does A stop on a clause of one word of at most two characters after a comma (…智能化驿站，方便;
    …跑单结束，能有)?

    Why: a lost full stop leaves a whole clause before it (…为企业创效近3000万元, …生产中的核小窟点);
    a bare verb or modifier standing alone after a comma is the start of a clause a line break or a stray
    blank cut short (方便 | 网约车司机…), whatever its part of speech (jieba tags 方便 an adjective).  A
    particle (…，等等) may end a sentence, so it does not count.
    """
    a = a.rstrip()
    m = re.search(f"[，,；;：:]([{CJK}]{{1,2}})$", a)
    if not m:
        return False
    words = tagged(m.group(1))
    return len(words) == 1 and words[0].flag[:1] not in ("u", "y", "e", "x")


def _role(text: str, i: int, inside: bool, carried: bool = False) -> str:
    """open, close or toggle: what the quote mark at ``i`` does, from its neighbours.

    Curly marks say it; a straight mark closes before punctuation, an ellipsis
    (困境"……: a list of quoted questions trails off) or 的/为/是/等 (共赢"为核心)
    and after 。！？, opens at the start or after punctuation, and inside an open
    quote opens again only after a verb or preposition when text follows (举办"红心…:
    a second quote, so the first was never closed) and the open quote was not
    opened earlier in the same clause (采用"平滑轨迹+速度协同控制"解决: a quoted term
    ending on a verb, which the mark closes).  ``carried``: the open quote was opened on the line
    before, in the clause this text goes on (建立"成 | 果联评+激励保障"机制: the term a line break cut).
    """
    ch = text[i]
    if ch in "“‘":
        return "open"
    if ch in "”’":
        return "close"
    before, after = text[i - 1] if i else "", text[i + 1] if i + 1 < len(text) else ""
    if (before and before in "。！？!?…") or (after and after in "，。、；：！？,.;:!?)）…的为是等了着"):
        return "close"
    if not before or before in "，：；、（(《 ,:;":
        return "open"
    if inside and re.match(f"[{CJK}]", after) and _verb_or_preposition(text[max(0, i - 4):i]) \
            and not _short_quote(text, i, carried):
        return "open"
    return "toggle"


def first_role(text: str, i: int) -> str:
    """What the quote mark at ``i`` does when no quote is open before it (open, close or toggle)."""
    return _role(text, i, False)


def _short_quote(text: str, i: int, carried: bool = False) -> bool:
    """Did the quote open earlier in this text, with no clause mark since (“大思政”“大宣传”格局,
    采用“平滑轨迹+速度协同控制”解决: a quoted term, which the mark at ``i`` closes whatever word
    it follows; a quote does not open inside a double quote of the same kind in one clause)?
    ``carried``: it opened on the line before, in the clause this text goes on."""
    kind = _DOUBLE if text[i] in _DOUBLE else _SINGLE
    prev = max(text.rfind(ch, 0, i) for ch in kind)
    if prev < 0:
        return carried and not _CLAUSE_MARK.search(text, 0, i)
    return not _CLAUSE_MARK.search(text[prev + 1:i])


@lru_cache(maxsize=4096)
def _verb_or_preposition(text: str) -> bool:
    """Does ``text`` end with a verb or preposition (举办"红心…, 以"跨区域…: the quote opens)?"""
    if not re.search(f"[{CJK}]$", text):
        return False
    words = tagged(text)
    return bool(words) and words[-1].flag[:1] in ("v", "p")


def _quote_states(text: str, double: bool, single: bool, carried: bool = False) -> tuple[bool, bool, bool, bool]:
    """Scan quotes from the given open/closed states.

    Returns (double open, single open, misfit, sure): a misfit is a quote that
    closes nothing or opens one already open, or a double quote closing while a
    single one is open (single quotes nest inside double ones: “…‘…’…”);
    ``sure`` is False when the first mark closing an open quote could as well
    have opened one.  ``carried``: the quotes open at the start opened in the clause the text goes on.
    """
    misfit, sure, first = False, True, True
    state = {"d": double, "s": single}
    for i, ch in enumerate(text):
        kind = "d" if ch in _DOUBLE else "s" if ch in _SINGLE else ""
        if not kind:
            continue
        role = _role(text, i, state[kind], carried)
        if role == "toggle":
            role = "close" if state[kind] else "open"
            if first and state[kind]:
                sure = False
        first = False
        misfit = misfit or (role == "close") != state[kind] or (kind == "d" and role == "close" and state["s"])
        state[kind] = role == "open"
    return state["d"], state["s"], misfit, sure


def quote_state(line: str) -> tuple[bool, bool] | None:
    """Which quotes (double, single) A's own line leaves open; None when it cannot tell.

    Only A's own line counts: the lines read before it may not be the ones
    printed before it.  When its first quote plainly closes one, the quote was
    opened on an earlier line and the state is unknown.
    """
    m = re.search("[\"“”＂'‘’]", line)
    if m and _role(line, m.start(), False) == "close":
        return None
    double, single, _, _ = _quote_states(line, False, False)
    return double, single


def quote_state_after(line: str, state: tuple[bool, bool]) -> tuple[bool, bool] | None:
    """Which quotes (double, single) ``line`` leaves open when it begins with ``state`` open; None when its
    marks do not fit that start (a quote opened twice, or closed when none is open)."""
    double, single, misfit, _ = _quote_states(line, *state)
    return None if misfit else (double, single)


def quote_states(line: str, double: bool, single: bool) -> tuple[bool, bool]:
    """Which quotes (double, single) ``line`` leaves open when it begins with those open."""
    end_double, end_single, _, _ = _quote_states(line, double, single)
    return end_double, end_single


def sentence(text: str) -> str:
    """Text up to the first sentence end, with the closing quotes that follow it."""
    m = re.search(r"[。！？!?…][”’\"'」』）)]*", text)
    return text[:m.end()] if m else text


@lru_cache(maxsize=65536)
def quote_in_clause(line: str) -> bool:
    """Does the quote ``line`` leaves open stand in its last clause (no clause mark after the last quote
    mark: …保定市总建立"成, a quoted term a line break cut), and plainly open there: a curly mark, or a
    straight one after punctuation, a verb or a preposition (…聚同心"4大模块 may close a quote as well)?"""
    m = None
    for m in re.finditer("[\"“”＂'‘’]", line):
        pass
    if m is None or _CLAUSE_MARK.search(line, m.end()):
        return False
    i = m.start()
    return first_role(line, i) == "open" or _verb_or_preposition(line[max(0, i - 4):i])


def quote_fit(state: tuple[bool, bool] | None, right: str, carried: bool = False, left: str = "") -> float:
    """1 when B's sentence surely closes a quote A left open (0.5 when the mark
    could also open one), −1 when its quotes cannot fit, else 0.

    A quote B opens must close before its sentence ends; when B's line ends
    before its sentence does, the quote may close on a later line.  ``carried``: A's open quote stands
    in A's last clause (:func:`quote_in_clause`), so a mark in B's first clause closes it even after a verb.
    ``left``: the character A's text ends on.  A straight mark that begins B is read between that character
    and the next, as it stands in the joined sentence (…激励保障 | "机制，让…: between two words it may close the
    quote A left open), not as a mark at a line's start, which opens one: a re-wrap breaks lines anywhere,
    before a closing mark too, and read as opening, B's own quotes could never pair with A's.  Such a mark that
    may as well open a quotation B begins (…老带新 | "人才培养…) is no evidence for the join either: 0, not 0.5.
    (``left`` is passed on only where it is read, so that the cache keeps one entry for every A scored against B
    otherwise.)
    """
    straight = bool(left) and right[:1] in "\"'＂" and not (left in _DOUBLE or left in _SINGLE or left.isspace())
    return _quote_fit(state, right, carried, left if straight else "")


@lru_cache(maxsize=65536)
def _quote_fit(state: tuple[bool, bool] | None, right: str, carried: bool = False, left: str = "") -> float:
    """:func:`quote_fit`, cached; ``left`` given only before a straight mark that begins ``right``."""
    if state is None:
        return 0
    double, single = state
    text = sentence(right)
    joined = bool(left)  # (quote_fit passes it only before a straight mark that begins B)
    if joined:
        text = left + text  # (one character of A: it holds no quote mark, so it changes no state)
    end_double, end_single, misfit, sure = _quote_states(text, double, single, carried)
    if misfit or (is_terminal(text) and ((not double and end_double) or (not single and end_single))):
        return -1
    if (double and not end_double) or (single and not end_single) or _closes_first(text, double, single, carried):
        return 1 if sure else 0 if joined else 0.5
    return 0


def quote_closed_below(a: str, b: str) -> bool:
    """Does line ``b`` begin by closing a quote line ``a``'s own text leaves open, a clause mark right after it
    (“我们打造的服务不仅要‘在身边 | ’，更要…)?  No line begins with a closing mark (GB/T 15834), so ``b`` goes on
    with ``a``'s sentence; a headline cut inside its quote goes on with words (…构建“全时空 | 零距离”服务圈)."""
    return b[:1] in _DOUBLE | _SINGLE and bool(_CLAUSE_MARK.match(b, 1)) and quote_fit(quote_state(a), b) > 0


def quote_closed_after_end(a: str, b: str) -> bool:
    """Does line ``b`` begin with the double quote mark that closes the quote ``a`` (a paragraph's text so far)
    leaves open after its last sentence end (…奠定了坚实基础。 | "某公司工会负责人…)?  GB/T 15834 sets the closing
    mark after the full stop, and a re-wrapped line may begin with it, half-width as often as not; a headline
    that opens on a quote (“宝藏盛会”为何…) closes its own quote, which the rest of ``b`` would then have to open."""
    state = quote_state(a)
    return (b[:1] in _DOUBLE - {"“"} and is_terminal(a.rstrip()) and state is not None and state[0]
            and quote_fit((False, state[1]), b[1:]) >= 0)


_SPEECH_OPENS = "。！？!?）)：:"  # what a quotation of speech opens after (or at a line's start)
_TERM_LENGTH = 10  # the longest a quoted term's part on A's line is read as one (以赛选才、以才 of 以赛选才、以才助企)


def open_quote_kind(a: str) -> str | None:
    """What the double quote line ``a`` leaves open is, by where it opens and what it holds: ``speech`` when it
    opens at the line's start or after a sentence end, a bracket or a colon and runs past a comma (“深夜跑单
    结束，能有…: someone's words), ``term`` when it opens right after a character and holds no more than a short
    phrase with no clause mark but 、 (推动完善“以赛选才、以才…: a name, a slogan); None when its line does not
    say (no mark of its own, or neither shape)."""
    state = quote_state(a)
    marks = list(re.finditer("[\"“”＂]", a))
    if state is None or not state[0] or not marks:
        return None
    i = marks[-1].start()
    quoted, before = a[i + 1:], a[:i].rstrip()[-1:]
    if (not before or before in _SPEECH_OPENS) and re.search("[，,]", quoted):
        return "speech"
    if before and re.match(f"[{CJK}]", before) and len(quoted) <= _TERM_LENGTH \
            and not re.search("[，,。；;：:！？!?]", quoted):
        return "term"
    return None


def close_quote_kind(b: str) -> str | None:
    """What the first double quote mark of line ``b``'s sentence closes, by where it stands: ``speech`` right
    after a sentence end (…感觉特别暖心。”), ``term`` between two characters (…以企兴产”的匠心循环); None
    otherwise.  GB/T 15834 sets a quotation's closing mark after its own full stop, and a quoted term's inside
    the sentence that names it.  The mark is taken as a closing one whatever its form (an opening “ or a
    straight quote too): ``b`` is read as the rest of a sentence whose quote is open, and OCR and straight
    quotes print the two marks alike."""
    text = sentence(b)
    m = re.search("[\"“”＂]", text)
    if m is None or m.start() == 0:
        return None
    before, after = text[m.start() - 1], text[m.end():m.end() + 1]
    if before in "。！？!?…":
        return "speech"
    if re.match(f"[{CJK}]", before) and re.match(f"[{CJK}]", after):
        return "term"
    return None


def quote_kinds_differ(a: str, b: str) -> bool:
    """Would B close A's open double quote as the other kind of quote (:func:`open_quote_kind`,
    :func:`close_quote_kind`): someone's words closed as a term (“深夜跑单结束，能有 | 助企、以企兴产”的…) or a
    term closed as a quotation after its full stop (…完善“以赛选才、以才 | 个亮灯…暖心。”)?  Then a mark that
    closes there closes nothing A opened, and is no evidence for the join (a page's lines close quotes
    everywhere: on a page read out of order two such lines may be each other's chance fit)."""
    kind = open_quote_kind(a)
    return kind is not None and close_quote_kind(b) not in (None, kind)


def _closes_first(text: str, double: bool, single: bool, carried: bool) -> bool:
    """Does the first quote mark of B's sentence close the quote A left open, whatever B opens after it
    (…举办"红心向党建新功 | 工会联谊谱新篇"座谈交流…，通过"铸…: the name closes, then a new quote opens)?
    A straight mark that could as well open counts only alone in its clause: …试点"二对一"培育… is a quoted
    term of its own, opened and closed in one clause."""
    for i, ch in enumerate(text):
        kind = "d" if ch in _DOUBLE else "s" if ch in _SINGLE else ""
        if not kind:
            continue
        role = _role(text, i, double if kind == "d" else single, carried)
        if not (double if kind == "d" else single) or (kind == "d" and single) or role == "open":
            return False
        clause = _CLAUSE_MARKS.split(text[:i])[-1] + _CLAUSE_MARKS.split(text[i:])[0]
        return role == "close" or sum(c in (_DOUBLE if kind == "d" else _SINGLE) for c in clause) == 1
    return False


_CLAUSE_MARKS = re.compile("[，,；;：:。！？!?]")


def after_place_word(a: str, b: str) -> str | None:
    """A ends on 在/于/到/赴 and B starts with a place name: 在 | 西安… (a gazetteer name), read without the spaces
    an engine puts between the characters of a word (西 安建筑…)."""
    if not a.rstrip().endswith(("在", "于", "到", "赴", "来到", "位于")):
        return None
    return _place_at_start("".join(b[:16].split()))


@lru_cache(maxsize=65536)
def _place_at_start(b: str) -> str | None:
    """The first gazetteer name (full, then short, in gazetteer order) ``b`` starts with.  Cached:
    a line ending on 在 is tried against every line within reach, and each against the whole gazetteer."""
    return next((n for p in gazetteer() for n in (p.full, p.name) if n and b.startswith(n)), None)


# the localizers that close a phrase 在 opens (在大赛中, 在会上, 在车间内, 在活动期间)
LOCALIZERS = frozenset(("中", "上", "下", "里", "内", "之中", "当中", "期间"))


def frame_closed(a: str, b: str) -> str | None:
    """The phrase 在… that A's last clause leaves open and B's first word closes (…刚刚在大赛 | 中取得佳绩: 在大赛中),
    as "在大赛…中", or None.

    Why: the preposition 在 opens a place or time phrase that a localizer closes (在…中, 在…上, 在…期间);
    a clause stopping after 在 and a noun has its phrase open, and a line beginning on a localizer standing
    alone as a word (中, not 中国) begins inside such a phrase: no sentence begins on one.  Open, the phrase
    holds no localizer yet, no clause mark and no gap (在 于: 在于 read apart), and ends on a whole noun at most
    twelve characters after 在: a phrase ending on an open list (在议程设置、表决) goes on with its items, one
    ending on a single character (在激励保) on the rest of a word a line break cut."""
    clause = _last_clause(a.rstrip())
    if "在" not in clause[-13:] or first_word(b) not in LOCALIZERS or not _closes_adverbial(b.lstrip()[:8]):
        return None
    words = tagged(clause)
    at = max((i for i, w in enumerate(words) if w.word == "在" and w.flag == "p"), default=-1)
    tail = "".join(w.word for w in words[at + 1:])
    if (at < 0 or not tail or len(tail) > 12 or "、" in tail or " " in tail
            or any(w.flag == "f" for w in words[at + 1:])
            or len(words[-1].word) < 2 or not words[-1].flag.startswith(("n", "j"))):
        return None
    return f"在{tail}…{first_word(b)}"


@lru_cache(maxsize=65536)
def _closes_adverbial(b: str) -> bool:
    """Does ``b`` open on a localizer followed by what follows a phrase 在…中 (an adverbial, or a complement at
    its clause's end): a verb, an adverb, a preposition, 的, or a mark (中取得佳绩, 上发言, 中的表现, 期间，)?  A name
    the dictionary lacks may begin on a localizer's character (中铁五局: 中 | 铁五局), and is then followed by a noun,
    or by a gap where the OCR spaced its characters (中 铁五局)."""
    words = tagged(b)
    if len(words) < 2 or words[0].word not in LOCALIZERS:
        return False
    flag = words[1].flag
    return ((flag.startswith("v") and flag != "vn") or flag in ("d", "p", "uj")
            or _CLAUSE_END.match(words[1].word) is not None)


@lru_cache(maxsize=65536)
def _last_clause(text: str) -> str:
    return _CLAUSE_END.split(text)[-1]


@lru_cache(maxsize=65536)
def _first_clause(text: str) -> str:
    return _CLAUSE_END.split(text, maxsplit=1)[0]


@lru_cache(maxsize=65536)
def open_list(left: str) -> bool:
    """Is A's last clause an enumeration (、) not yet closed by 和/与/及/等?"""
    clause = _last_clause(left)
    if "、" not in clause:
        return False
    tail = clause.rsplit("、", 1)[1]
    return not any(c in tail for c in LIST_CLOSERS)


@lru_cache(maxsize=65536)
def list_closed_on(b: str) -> bool:
    """Does B's first clause run short items (at most eight characters each, parted by 、) to the closer 等 standing
    alone as a word (…就业等方面给予…, 开展、赛事承办、人才就业等方面…; not 等级 nor 平等), with nothing before them?

    Why: such a clause is the tail of an enumeration, whose items began before B; where A's last clause leaves one
    open (:func:`open_list`: …技能等级认定、培训), B's items and closer are that list's (…培训 | 开展、赛事承办、…等方面),
    evidence from both sides of the join as a closer at B's start is (:func:`closes_list`)."""
    clause = WORD_GAP.sub("", _first_clause(b.strip()))
    words = tokenizer().lcut(clause, HMM=False)
    if "等" not in words:
        return False
    before = "".join(words[:words.index("等")])
    items = before.split("、")
    return bool(before) and all(0 < len(item) <= 8 for item in items)


def list_cut(text: str) -> bool:
    """Does ``text`` stop right after an item of an enumeration (贵州省人社厅、省总工会): a last item no
    longer than the one before it, at most six characters, with no closer (等, 和 …) yet?  A list
    goes on to its closer or a verb (…、省总工会等相关部门); a headline's list is followed by what
    it is about (顶尖科学家、卓越工程师、大国工匠 交流论坛在京举行)."""
    items = text.split("、")
    if len(items) < 2 or " " in items[-1]:
        return False
    last = items[-1]
    return 0 < len(last) <= min(6, len(items[-2]) + 1) and not any(c in last for c in LIST_CLOSERS)


def list_goes_on(a: str, b: str) -> bool:
    """Does A stop on an enumeration's last item with no closer yet (…贵州省人社厅、省总工会: :func:`list_cut`,
    read without the engine's word spaces, nor a printed line's join space beside its 、) and B open with its
    closer standing alone (等相关部门…)?

    Why: a list of a few short items goes on to its closer or a verb, so a short last printed line that stops on
    one is no evidence that the paragraph ended there (:func:`short_last_line`): the column piece was cut, and
    wrapped anew at another width its last line is as short as any.  Evidence from both sides of the join, as a
    printed line B's first part completes is (:func:`completes_line`)."""
    return closes_list(b) and list_cut(_ungapped(re.sub(r"\s*、\s*", "、", a.strip())))


def overloaded(left: str, right: str) -> bool:
    """Would the clause across the join carry 将 (or 把, 被) twice?  (The clause ends of
    each line are cached: every line is tried against dozens of others.)"""
    before, after = _last_clause(left), _first_clause(right)
    if not _ONCE_CHAR.search(before) or not _ONCE_CHAR.search(after):
        return False
    clause = before + after
    if not any(clause.count(m) >= 2 for m in _ONCE):
        return False  # no mark printed twice, so no word of it found twice
    tokens = Counter(tokenizer().cut(clause, HMM=False))
    return any(tokens[m] >= 2 for m in _ONCE)


@lru_cache(maxsize=65536)
def short_last_line(a: str) -> bool:
    """A justified column prints every line full except a paragraph's last.

    The OCR joins printed lines with a space (``…协作平台联盟 在保守基地``); when
    the lines before are of one width and the last is under half of it, the
    paragraph ended there even though its full stop was lost.  Not when it stops
    where no paragraph stops (on a comma-like mark, an opening mark or a preposition,
    or with a quote its last line opened: …联 盟,构建" | 创新工作室…): a lost full stop
    leaves a character at the end, and a stray blank line cuts a line anywhere.
    """
    parts = [p for p in a.strip().split(" ") if p]
    if len(parts) < 3 or needs_more(a) or any(quote_state(parts[-1]) or ()):
        return False
    widths = sorted(len(p) for p in parts[:-1])
    median = widths[len(widths) // 2]
    return median >= 12 and all(abs(w - median) <= 3 for w in widths) and len(parts[-1]) * 2 <= median


def completes_line(a: str, b: str) -> bool:
    """Does B's first printed line finish A's short last one: a stray blank line cut one printed line in two?

    The OCR joins a paragraph's printed lines with a space, so the parts between spaces show the
    column's width.  When A's last part is short (:func:`short_last_line`) and B begins with a part
    that ends at such a join space (B has a second part) and the two together are as wide as A's
    other lines (…措施未能完全 适配职 | 工创新需求。对此，保定市总推动成 立数智化…: 3 + 16 = 19), the
    short part is no paragraph's last line: evidence from both sides, one printed line.
    """
    parts_a = [p for p in a.strip().split(" ") if p]
    parts_b = [p for p in b.strip().split(" ") if p]
    if len(parts_a) < 3 or len(parts_b) < 2:
        return False
    widths = sorted(len(p) for p in parts_a[:-1])
    joined = len(parts_a[-1]) + len(parts_b[0])
    return widths[0] <= joined <= widths[-1] and abs(joined - widths[len(widths) // 2]) <= 2


@lru_cache(maxsize=16384)
def trigrams(text: str) -> frozenset[str]:
    """Three-character strings of ``text`` that are all Chinese (spaces between columns ignored)."""
    return frozenset(run[i:i + 3] for run in _CJK_RUN.findall(text.replace(" ", "")) for i in range(len(run) - 2))


_FUNCTION_CHARS = frozenset("的了是在和与")


def distinctive(grams: set[str]) -> set[str]:
    """The trigrams without a function character (的, 了, 是 …): wording that tells texts apart."""
    return {g for g in grams if _FUNCTION_CHARS.isdisjoint(g)}
