"""Topic tags suggested by jieba's TF-IDF keyword extractor.

Why jieba.analyse: it is maintained, offline and deterministic for a given
text (same dictionary, same IDF table, stable sort), so re-imports give the
same tags.  They are machine suggestions a person may edit; the article's
provenance says so (``tags_by``).  Words every union story contains (工会,
职工 …), numbers and bylined names are left out, because they tell a reader
nothing about the article.
"""
from __future__ import annotations

import logging
import marshal
import re
from functools import lru_cache
from typing import BinaryIO

TAGS_BY = "jieba.analyse.extract_tags (TF-IDF), machine suggestions"
_COMMON = frozenset("""工会 职工 总工会 全国总工会 本报讯 本报 记者 通讯员 近日 日前 活动 工作 开展 相关 负责人 表示
进一步 推动 通过 我们 他们 今年 目前 据悉 据了解 同时 其中 一个 一批 以及 更加 实现 提升 持续 加强 组织""".split())


# Union vocabulary jieba's general dictionary splits (大国工匠 → 大国 / 工匠): kept whole so a tag names the topic.
DOMAIN_TERMS = """大国工匠 巾帼工匠 劳模工匠 北京大工匠 工匠精神 劳模精神 劳动精神 工匠学院 创新工作室 劳模创新工作室
智能制造 数字化转型 高技能人才 产业工人 产业工人队伍建设改革 产教融合 职工之家 工会驿站 爱心驿站 户外劳动者
新就业形态劳动者 快递员 外卖骑手 劳动竞赛 技能竞赛 技能大赛 劳动和技能竞赛 职代会 职工代表大会 厂务公开 女职工
困难职工 困难职工帮扶 职工互助保障 劳动法律监督 枫桥经验 集体协商 安全生产 职工书屋 职工服务 工会组织 建会
劳模工匠助企行 职业技能 技能人才 班组长 一线职工 劳动模范 五一劳动奖章 服贸会 乡村振兴 京津冀协同发展""".split()


class _WholeFileMarshal:
    """``marshal`` for jieba's cache of its prefix dictionary, with the file read whole before it is unmarshalled:
    ``marshal.load`` reads a file object a few bytes at a time, so the 9 MB cache would be many small reads; read
    whole, it is one.  The same object comes back (bytes after it are left unread either way); writing is
    marshal's own."""

    dump = staticmethod(marshal.dump)

    @staticmethod
    def load(file: BinaryIO) -> object:
        return marshal.loads(file.read())


@lru_cache(maxsize=1)
def _jieba():
    import jieba
    import jieba.analyse

    jieba.setLogLevel(logging.WARNING)
    logging.getLogger("jieba").setLevel(logging.WARNING)
    if getattr(jieba, "marshal", None) is marshal:  # (the module jieba's initialize reads its cache with)
        jieba.marshal = _WholeFileMarshal
    jieba.initialize()
    for term in DOMAIN_TERMS:
        jieba.add_word(term, freq=200000, tag="n")
    return jieba.analyse


class _BlockCut:
    """jieba's segmenter (``jieba.dt.cut``, with its HMM) with each block's words kept.

    jieba cuts a text block by block (runs of Chinese, letters and digits, and what lies between
    them), each on its own, so the words of a text are its blocks' words in turn.  An import puts the
    same sentences in many articles' texts (a page re-read, a story's text with a paragraph more or
    less), and the keyword extractor segments each text whole; here each block is segmented once."""

    def cut(self, sentence: str):
        import jieba

        blocks = getattr(jieba, "re_han_default", None)  # the segmenter's own pattern (a jieba without it: whole)
        for block in blocks.split(sentence) if blocks else [sentence]:
            if block:
                yield from _block_words(block)


@lru_cache(maxsize=65536)
def _block_words(block: str) -> tuple[str, ...]:
    import jieba

    return tuple(jieba.dt.cut(block))


@lru_cache(maxsize=1)
def _extractor():
    """jieba's TF-IDF keyword extractor (its IDF table and stop words, shared) segmenting with :class:`_BlockCut`."""
    import copy

    extractor = copy.copy(_jieba().default_tfidf)
    extractor.tokenizer = _BlockCut()
    return extractor


@lru_cache(maxsize=4096)
def _keywords(text: str, top: int) -> tuple[str, ...]:
    """jieba's ``top`` keywords for ``text``, most characteristic first (the same for the same text: a
    page imported again, a story that comes out the same from another reading of its page)."""
    return tuple(_extractor().extract_tags(text, topK=top))


def suggest(text: str, exclude: set[str] | frozenset[str] = frozenset(), count: int = 5) -> list[str]:
    """Up to ``count`` keywords for ``text``, most characteristic first."""
    out: list[str] = []
    for word in _keywords(text, count * 4):
        if (len(word) < 2 or word in _COMMON or word in exclude or not re.search(r"[\u4e00-\u9fff]", word)
                or re.search(r"\d", word)):
            continue
        out.append(word)
        if len(out) == count:
            break
    return out
