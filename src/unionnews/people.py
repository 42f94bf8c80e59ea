"""People in the news (新闻人物): names recognised in an article's text, precision first.

A name is taken only where the text itself says it is one: right after a title or role
(主席刘雪荣, 大国工匠王曙群, 特级技师艾敏) or right before a verb of speech (竺士杰说), written as
a Chinese surname and one or two more characters, and ended by punctuation or a small word
(等, 在, 向 …).  jieba's dictionary (already a dependency, for tags) then rules out ordinary
words that fit the shape (高水平, 温馨): a candidate jieba knows as a word that is not a person
(part of speech other than nr) is dropped.  jieba's own part-of-speech tagging (posseg) was
tried and not used: it tags many ordinary words nr (智慧, 卓越, 科学城) and splits unknown
names (赵 / 超凡), and it reads about 30,000 characters a second, a long wait at 100k articles.
The byline people (记者, 通讯员, 摄影) are the 作者 index and are never listed here.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

# The commonest Chinese surnames (single characters; compound ones below); a name must start with one.
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟"
    "谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安"
    "齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛"
    "靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧"
    "闵苟邬边卞姬仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝竺巨郁")
COMPOUND = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "令狐", "夏侯")

# Titles and roles printed right before a name.  Longest first in the pattern, so 副总经理 wins over 经理.
ROLES = sorted(set("""
主席 副主席 常务副主席 书记 副书记 第一书记 主任 副主任 常务副主任 院长 副院长 校长 副校长 教务长 部长 副部长 局长 副局长
司长 副司长 厅长 副厅长 处长 科长 厂长 社长 会长 副会长 秘书长 董事长 副董事长 董事 总经理 副总经理 经理 总裁 总监 行长
主席团 委员 常委 巡视员 一级巡视员 调研员 研究员 教授 副教授 院士 工程师 高级工程师 总工程师 总工艺师 总装师 技师 高级技师
特级技师 首席技师 技能大师 大师 工艺师 技术员 技术指导 成员 职工 工人 农民工 选手 冠军 首席专家 首席技能专家 专家 大国工匠 工匠 北京大工匠 劳模 全国劳模 劳动模范 代表 师傅 老师 教师 医生
护士 班长 组长 队长 站长 所长 馆长 主管 负责人 骑手 快递员 外卖员 司机 民警 村民 党员 先生 女士 同志 获得者 创始人
""".split()), key=len, reverse=True)
SPEECH = ("说", "表示", "介绍", "告诉记者", "认为", "指出", "强调", "坦言", "回忆")
_END = (r"[，、；。：:！？（）()“”‘’\s]|等|在|向|说|表示|介绍|告诉|指出|强调|认为|作|为|和|与|及|带领|出席|参加|分别|也|则|是"
        r"|站|带来|率先|一边|如此|正|已|曾|将|就|对|把|被|从|[\u4e00-\u9fff]{1,2}地说")
_SURNAME = "(?:" + "|".join(COMPOUND) + "|[" + "".join(sorted(SURNAMES)) + "])"
_NAME = rf"{_SURNAME}[\u4e00-\u9fff]{{1,2}}?"
AFTER_ROLE = re.compile(rf"(?:{'|'.join(ROLES)})(?:（[^）]{{1,4}}）)?({_NAME})(?={_END})")
BEFORE_SPEECH = re.compile(rf"(?:^|[，。；：、\s“”])({_NAME})(?:{'|'.join(SPEECH)})", re.MULTILINE)
# 潘玉华、刘辉、韩世海、彭祥华4名大国工匠: a list of names counted as people of a role
COUNTED = re.compile(rf"(?:^|[，。；：\s“”])((?:{_NAME}、)+{_NAME})(?:等)?(?:\d+|[两二三四五六七八九十]+)[名位]"
                     rf"(?:{'|'.join(ROLES)})", re.MULTILINE)
LISTED = re.compile(rf"(?:^|[，。；：\s“”])((?:{_NAME}、)+{_NAME})(?={_END})", re.MULTILINE)


@lru_cache(maxsize=1)
def _dictionary() -> dict[str, str]:
    """jieba's word → part of speech table (its bundled dict.txt, "word frequency tag" a line), read once per process.

    Read here, not through jieba.posseg: initialising that also loads jieba's segmenter (its prefix
    dictionary) and reads dict.txt twice, which a build that parses today's few files pays in full,
    for a table that is only this file's words and tags (topics.py reads it too).
    """
    table: dict[str, str] = {}
    for line in _dictionary_text().splitlines():
        if line.strip():
            word, _, tag = line.strip().split(" ")
            table[word] = tag
    return table


def word_tags() -> dict[str, str]:
    """jieba's word → part of speech table: jieba.posseg's own where the importer has loaded it (its tagger reads
    the same dict.txt, a line at a time as :func:`_dictionary` does, and adds only the importer's union vocabulary,
    which topics.py takes before it asks the table), else :func:`_dictionary`.  An import reads dict.txt once."""
    import sys

    posseg = sys.modules.get("jieba.posseg")
    return posseg.dt.word_tag_tab if posseg is not None else _dictionary()


@lru_cache(maxsize=1)
def _dictionary_text() -> str:
    """jieba's bundled dict.txt, read without importing its segmenter's state; once, for _dictionary
    (topics.py) and _name_words alike."""
    import jieba
    return (Path(jieba.__file__).parent / "dict.txt").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _name_words() -> dict[str, str]:
    """_dictionary's entries for the words shaped like a name (_NAME), the only ones _is_word is asked about:
    one pattern over dict.txt picks them without splitting the other 300,000 lines."""
    return {m.group(1): m.group(2) for m in _NAME_LINE.finditer(_dictionary_text())}


_NAME_LINE = re.compile(rf"^({_NAME}) \S+ (\S+)[ \t\r]*$", re.MULTILINE)


def _is_word(name: str) -> bool:
    """A dictionary word that is not a person's name (高水平, 卓越): no name.  `name` is shaped like _NAME."""
    tag = _name_words().get(name)
    return tag is not None and tag != "nr"


def recognise(text: str, exclude: set[str] | frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The people named in `text`, in order of first mention, without those in `exclude` (bylines, places)."""
    found: dict[str, None] = {}
    for pattern in (AFTER_ROLE, BEFORE_SPEECH):
        for m in pattern.finditer(text):
            found.setdefault(m.group(1), None)
    for m in COUNTED.finditer(text):
        found.update(dict.fromkeys(m.group(1).split("、")))
    for m in LISTED.finditer(text):  # 高凤林、巨晓林、李万君: a list with one known person lists people
        names = m.group(1).split("、")
        if any(n in found for n in names) and all(2 <= len(n) <= 3 for n in names):
            found.update(dict.fromkeys(names))
    order = sorted(found, key=text.find)
    return tuple(n for n in order if n not in exclude and not _is_word(n)
                 and not any(n != o and n in o and o in found for o in exclude))
