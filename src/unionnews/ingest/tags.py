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
import re
from functools import lru_cache

TAGS_BY = "jieba.analyse.extract_tags (TF-IDF), machine suggestions"
_COMMON = frozenset("""工会 职工 总工会 全国总工会 本报讯 本报 记者 通讯员 近日 日前 活动 工作 开展 相关 负责人 表示
进一步 推动 通过 我们 他们 今年 目前 据悉 据了解 同时 其中 一个 一批 以及 更加 实现 提升 持续 加强 组织""".split())


@lru_cache(maxsize=1)
def _jieba():
    import jieba
    import jieba.analyse

    jieba.setLogLevel(logging.WARNING)
    logging.getLogger("jieba").setLevel(logging.WARNING)
    jieba.initialize()
    return jieba.analyse


def suggest(text: str, exclude: set[str] | frozenset[str] = frozenset(), count: int = 5) -> list[str]:
    """Up to ``count`` keywords for ``text``, most characteristic first."""
    analyse = _jieba()
    out: list[str] = []
    for word in analyse.extract_tags(text, topK=count * 4):
        if (len(word) < 2 or word in _COMMON or word in exclude or not re.search(r"[\u4e00-\u9fff]", word)
                or re.search(r"\d", word)):
            continue
        out.append(word)
        if len(out) == count:
            break
    return out
