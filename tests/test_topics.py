"""Tags that mean something (issue 19, item 5): machine suggestions cleaned, single-use tags off the index."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from conftest import build_project, make_project
from unionnews.topics import MAX_TAGS, STOP, clean

PROV = "provenance:\n  file: raw/x.txt\n  sha256: '00'\n  lines: 1-2\n  importer: unionnews-ingest\n  tags_by: jieba, machine suggestions\n"


@pytest.mark.parametrize("seed", range(5))
def test_machine_tags_drop_stop_words_verbs_places_and_people(seed):
    rng = random.Random(seed)
    noise = rng.sample(sorted(STOP), 3) + rng.sample(["打造", "学习", "建设", "传承", "搭建"], 2) \
        + rng.sample(["湖南省", "韶关市", "通州区", "石河子市", "陕西省"], 2) + ["李国强"]
    topics = rng.sample(["机器人", "文艺晚会", "知识讲座", "防护网", "人工智能"], 2)
    tags = noise + topics
    rng.shuffle(tags)
    head = "大国工匠进校园"
    text = "职代会召开。职代会通过了方案。" + "".join(tags)
    got = clean(tuple(tags), text, head, frozenset({"李国强"}))
    assert got[0] == "大国工匠" and "职代会" in got  # the union vocabulary first: headline, then repeated in the text
    assert not set(got) & set(noise)
    assert set(topics) & set(got)
    assert len(got) <= MAX_TAGS


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    project = make_project(tmp_path_factory.mktemp("topics"))
    day = project / "content/2024/07/01"
    day.mkdir(parents=True)
    for n, (tags, prov) in enumerate([("[机器人, 打造, 有限公司]", PROV), ("[机器人, 中心]", PROV),
                                      ("[打造, 有限公司, 湖南省]", ""), ("[投壶]", PROV)], 1):
        (day / f"grrb-20240701-01-0{n}.md").write_text(
            f"---\nid: grrb-20240701-01-0{n}\ntitle: 第{n}篇\ndate: 2024-07-01\npaper: 工人日报\npage: 1\ntags: {tags}\n"
            f"{prov}---\n正文。\n", encoding="utf-8")
    build_project(project)
    return project / "site"


def test_tags_index_lists_shared_tags_and_says_how_many_are_left_out(site):
    index = (site / "tags/index.html").read_text(encoding="utf-8")
    listed = re.findall(r'<a href=[^ >]+>([^<]+)</a> <span class=count>(\d+)', index)
    assert listed == [("机器人", "2")]
    assert "另有 4 个只用于一篇文章的标签未列出" in index  # 打造, 有限公司, 湖南省 (chosen by a person) and 投壶


def test_article_page_says_which_tags_are_machine_suggestions(site):
    machine = (site / "article/2024/grrb-20240701-01-01.html").read_text(encoding="utf-8")
    assert re.search(r'<p>标签（机器建议）：<a [^>]+>机器人</a><p>引用：', machine)
    chosen = (site / "article/2024/grrb-20240701-01-03.html").read_text(encoding="utf-8")
    assert re.search(r'<p>标签：<a [^>]+>打造</a>、<a [^>]+>有限公司</a>、<a [^>]+>湖南省</a><p>引用：', chosen)
