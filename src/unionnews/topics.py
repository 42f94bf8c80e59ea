"""Tags that mean something: the importer's machine-suggested tags, cleaned when the site is built.

A tag a person chose is kept exactly.  A machine suggestion (the article's provenance has
`tags_by`) is kept only if it names a topic: not a word of every story (a stop list: 有限公司,
中心, 负责同志 …), not a verb or an adjective (打造, 学习: jieba's dictionary says which), not a
place (those are the 地点 index), not a person.  The union vocabulary (大国工匠, 创新工作室, 职代会 …,
ingest/tags.DOMAIN_TERMS) that the headline names or the text repeats comes first.  The tags
index lists only tags that more than one article shares (see render.py), and article pages say
which tags are machine suggestions.
"""
from __future__ import annotations

import re

MAX_TAGS = 5
# Words that fit any story, so tell a reader nothing about this one.
STOP = frozenset("""
有限公司 公司 集团 中心 企业 单位 部门 机构 组织 社区 街道 区域 地区 城市 时代 成果 产业 代表 大会 会议 学院 负责同志 同志
心愿 两地 三地 多地 站点 连队 车间 平台 全总 监委 工作 活动 服务 交流 交友 论坛 大赛 比赛 繁星 爱心 民主 生态 城投 师市
数智 实操 送上 赋能 顶尖 全面推行 联盟 联动 工程 项目 情况 方面 问题 方式 领域 阶段 水平 能力 作用 意义 任务 目标 措施
举措 机制 体系 模式 理念 精神 力量 平台 载体 氛围 基础 全国 全市 全省 地方 基层 一线 群众 职工 工会 总工会 记者 通讯员 本报
""".split())
# Parts of speech (jieba's dictionary) that are no topic: verbs, adjectives, adverbs, numbers, places, people, time words.
NOT_TOPICS = frozenset("v vn vd vg a ad an ag d m mq q t tg s f p c r u ns nr nrfg x".split())
_PLACE_END = re.compile(r"[\u4e00-\u9fff]{2,}(?:省|市|区|县|镇|乡|村|州|旗)$")


def is_machine(provenance: tuple[tuple[str, str], ...]) -> bool:
    return bool(dict(provenance).get("tags_by"))


def clean(tags: tuple[str, ...], text: str, head: str, not_tags: frozenset[str]) -> tuple[str, ...]:
    """The machine tags worth showing: union vocabulary named in `head` or repeated in `text` first, then
    the suggestions that are topics.  `not_tags`: the article's places and people."""
    from unionnews.people import word_tags  # jieba's word table, loaded once per process
    # Here, not at the top: importing from unionnews.ingest loads the whole importer, which a build that
    # cleans no machine tag (the renderer imports this module) does not need.
    from unionnews.ingest.places import find_places
    from unionnews.ingest.tags import DOMAIN_TERMS
    pos = word_tags()
    vocabulary = [t for t in DOMAIN_TERMS if t in head or text.count(t) >= 2]
    vocabulary.sort(key=lambda t: (head.find(t) if t in head else len(head) + text.find(t)))
    out: dict[str, None] = dict.fromkeys(vocabulary)
    for tag in tags:
        if tag in DOMAIN_TERMS:
            out.setdefault(tag, None)
            continue
        if (tag in STOP or tag in not_tags or pos.get(tag) in NOT_TOPICS or _PLACE_END.match(tag)
                or find_places(tag) == [tag] or len(tag) < 2):
            continue
        out.setdefault(tag, None)
    # a tag inside a longer one (工匠 in 大国工匠) says less than it: the longer one stays
    kept = [t for t in out if not any(t != o and t in o for o in out)]
    return tuple(kept[:MAX_TAGS])
