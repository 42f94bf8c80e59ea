"""People in the news (issue 19, item 4): names the text marks as people, a 新闻人物 index beside 作者."""
from __future__ import annotations

import random
import re
from pathlib import Path

import frontmatter
import pytest

from conftest import ROOT, build_project, make_project
from unionnews.people import ROLES, recognise

# Every name the five seed pages' articles give, checked by hand against the text: all are real people
# (officials, 大国工匠, engineers, workers quoted).  None of the paper's own staff (bylines) is here.
SEED_PEOPLE = set("""
王东明 陈刚 张庆伟 易冉 黄宇红 王晓君 何光华 黄红 周时莹 顾春燕 陆建华 王杜鹃 刘书杰 王曙群 张嘉 刘雪荣 赵超凡 李克强
高凤林 贾立山 温文星 彭刚 董天义 王星 艾敏 李颖凡 巨晓林 李万君 竺士杰 李志强 金国平 孟祥志 王开库 陈艳玲 潘玉华
刘辉 韩世海 彭祥华 夏元友 陈卉丽 王海峰 周玉娟 杨会敏 刘芳 林俊杰 赵锋 李国强 曾凡明
""".split())
NAMED_IN_ISSUE = {"李颖凡", "巨晓林", "王曙群", "竺士杰"}


def _seed_articles():
    for path in sorted((ROOT / "content").glob("20*/*/*/*.md")):
        post = frontmatter.load(path)
        staff = {*post.get("reporters", []), *post.get("correspondents", []), *post.get("photographers", [])}
        yield post.content, staff, set(post.get("places", []))


def test_seed_pages_give_real_people_only_and_the_ones_the_issue_names():
    found: set[str] = set()
    staff_all: set[str] = set()
    for body, staff, places in _seed_articles():
        names = recognise(body, frozenset(staff | places))
        assert not set(names) & staff
        found.update(names)
        staff_all |= staff
    real = found & SEED_PEOPLE
    assert len(real) / len(found) >= 0.9, sorted(found - SEED_PEOPLE)
    assert NAMED_IN_ISSUE <= found
    assert len(found & SEED_PEOPLE) >= 0.8 * len(SEED_PEOPLE), sorted(SEED_PEOPLE - found)
    assert not found & staff_all


SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗郑梁谢宋唐"
GIVEN = "国建华明志强伟芳军丽敏静红海平立文杰玉春凤晓俊"
# Phrases shaped like a role followed by something that is not a name: none may be listed.
DISTRACTORS = ["主任委员会召开会议，", "代表大会开幕，", "大国工匠精神代代相传。", "专家学者齐聚一堂，", "职工之家建成。",
               "劳模工匠助企行活动，", "技师学院招生，", "工人日报报道，", "党员干部带头，", "先生们女士们，",
               "代表全体职工，", "主席团会议，", "院士专家工作站，", "工程师队伍建设，", "负责人表示，"]


@pytest.mark.parametrize("seed", range(6))
def test_generated_text_precision_first(seed):
    rng = random.Random(seed)
    people = {rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2))) for _ in range(8)}
    parts = []
    for name in people:
        shape = rng.randint(0, 2)
        if shape == 0:
            parts.append(f"某公司{rng.choice(['首席技师', '总经理', '工会主席', '大国工匠'])}{name}，")
        elif shape == 1:
            parts.append(f"“这是大家的成果。”{name}说，")
        else:
            parts.append(f"全国劳模{name}在会上发言。")
    parts += rng.sample(DISTRACTORS, 6)
    rng.shuffle(parts)
    text = "".join(parts)
    found = set(recognise(text))
    wrong = found - people
    assert len(wrong) <= 0.1 * max(1, len(found)), (wrong, text)
    assert len(found & people) >= 0.75 * len(people), (people - found, text)


def test_bylines_and_places_are_never_news_people():
    text = "本报记者王辰阳报道。大国工匠王辰阳说，……全国劳模李成都表示"
    assert recognise(text, frozenset({"王辰阳", "李成都"})) == ()


def test_roles_are_longest_first():
    assert ROLES.index("副总经理") < ROLES.index("经理")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    project = make_project(tmp_path_factory.mktemp("people"))
    day = project / "content/2024/06/01"
    day.mkdir(parents=True)
    (day / "grrb-20240601-01-01.md").write_text(
        "---\nid: grrb-20240601-01-01\ntitle: 工匠论坛举办\ndate: 2024-06-01\npaper: 工人日报\npage: 1\nreporters: [白莹]\n"
        "---\n本报讯（记者 白莹）大国工匠巨晓林、首席技师孟祥志出席。“创新无止境。”竺士杰说。\n", encoding="utf-8")
    (day / "grrb-20240601-01-02.md").write_text(  # a person's list is kept exactly, even empty
        "---\nid: grrb-20240601-01-02\ntitle: 另一篇\ndate: 2024-06-01\npaper: 工人日报\npage: 1\nmentioned: [王曙群]\n"
        "---\n大国工匠巨晓林说，工匠精神要传承。\n", encoding="utf-8")
    build_project(project)
    return project / "site"


def test_figures_index_beside_authors(site):
    index = (site / "figures/index.html").read_text(encoding="utf-8")
    names = re.findall(r'<a href=[^ >]+>([^<]+)</a> <span class=count>', index)
    assert set(names) == {"巨晓林", "孟祥志", "竺士杰", "王曙群"}
    assert "白莹" not in index
    assert "<h1>新闻人物</h1>" in index and "<h1>作者</h1>" in (site / "people/index.html").read_text(encoding="utf-8")
    article = (site / "article/2024/grrb-20240601-01-01.html").read_text(encoding="utf-8")
    assert re.search(r'<p>新闻人物：<a href=[^ >]+figures/[^ >]+>巨晓林</a>、', article)
    masthead = re.search(r'<header>(.*?)</header>', article).group(1)  # every page: 索引, the home page's list
    assert 'href=../../index.html#idx>索引</a>' in masthead
    hub = re.search(r'<section id="idx"[^>]*>(.*?)</section>', (site / "index.html").read_text(encoding="utf-8")).group(1)
    assert '<a href="people/index.html">作者</a>' in hub and '<a href="figures/index.html">新闻人物</a>' in hub
