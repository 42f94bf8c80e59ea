"""Continuations get a real title (issue 19, item 3): never "（上接第1版）" alone in a list, <title>, h1, feed or citation."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from conftest import build_project, make_project
from unionnews.continuations import MARK, MARKER, first_sentence, page_number


def _write(folder: Path, id_: str, page: int, title: str, body: str, extra: str = "") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{id_}.md").write_text(f"---\nid: {id_}\ntitle: \"{title}\"\ndate: {folder.parts[-3]}-{folder.parts[-2]}-"
                                      f"{folder.parts[-1]}\npaper: 工人日报\npage: {page}\n{extra}---\n{body}\n",
                                      encoding="utf-8")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    project = make_project(tmp_path_factory.mktemp("cont"))
    one = project / "content/2024/05/06"  # page 1 holds the story, page 3 its continuation
    _write(one, "grrb-20240506-01-01", 1, "产业工人队伍建设改革再深化", "各地工会积极推进改革。（下转第3版）")
    _write(one, "grrb-20240506-01-02", 1, "另一篇要闻", "没有转版的一篇。")
    _write(one, "grrb-20240506-03-01", 3, "（上接第1版）", "改革举措落地见效，职工获得感增强。\n\n第二段。",
           "kind: continuation\ncontinued_from: 第1版\n")
    two = project / "content/2024/05/07"  # page 1 is not in the archive: the first sentence
    _write(two, "grrb-20240507-02-01", 2, "（上接第一版）", "图：一张照片\n\n此次大会涵盖展览和论坛活动，展览面积18834平方米，设置6大展示交流区，共展出成果。",
           "kind: continuation\ncontinued_from: 第1版\n")
    three = project / "content/2024/05/08"  # two stories turn to page 2: which one is not known, so no guess
    _write(three, "grrb-20240508-01-01", 1, "甲", "甲文（下转第2版）")
    _write(three, "grrb-20240508-01-02", 1, "乙", "乙文（下转第2版）")
    _write(three, "grrb-20240508-02-01", 2, "（上接第1版）", "短句。", "continued_from: 第1版\n")
    build_project(project)
    return project / "site"


def _read(site: Path, url: str) -> str:
    return (site / url).read_text(encoding="utf-8")


def test_headline_of_the_continued_story_when_the_archive_has_it(site):
    html = _read(site, "article/2024/grrb-20240506-03-01.html")
    assert "<h1>产业工人队伍建设改革再深化（续）</h1>" in html
    assert "<title>产业工人队伍建设改革再深化（续） - " in html
    assert "产业工人队伍建设改革再深化（续）[N]" in html
    assert '<p class=continued>（上接第1版）</p>' in html  # the printed marker stays on the page
    issue = _read(site, "grrb/2024/2024-05-06.html")
    assert ">产业工人队伍建设改革再深化（续）</a>" in issue


def test_first_sentence_when_the_story_is_not_in_the_archive_or_not_known(site):
    assert "<h1>此次大会涵盖展览和论坛活动……（续）</h1>" in _read(site, "article/2024/grrb-20240507-02-01.html")
    assert "<h1>短句（续）</h1>" in _read(site, "article/2024/grrb-20240508-02-01.html")


def test_no_marker_alone_as_a_title_anywhere(site):
    for path in site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        for title in re.findall(r"<title>(.*?)</title>|<h1>(.*?)</h1>|<a [^>]*>([^<]*)</a>", html):
            for text in title:
                assert not MARKER.fullmatch(text.strip()), (path, text)
    feed = _read(site, "atom.xml")
    assert not re.search(r"<title>[（(]上接", feed)


@pytest.mark.parametrize("text, number", [("第1版", 1), ("1版", 1), ("第十二版", 12), ("第三版", 3), ("第20版", 20), ("", None)])
def test_page_number(text, number):
    assert page_number(text) == number


@pytest.mark.parametrize("seed", range(5))
def test_first_sentence_never_cuts_inside_a_word_when_there_is_a_pause(seed):
    rng = random.Random(seed)
    clauses = ["".join(rng.choice("工会职工劳模工匠创新技能大会改革") for _ in range(rng.randint(3, 12)))
               for _ in range(rng.randint(2, 6))]
    body = "，".join(clauses) + "。后面一句。"
    shown = first_sentence(body)
    if shown.endswith("……"):
        assert "，".join(clauses).startswith(shown[:-2]) and shown[:-2] in {"，".join(clauses[:i]) for i in range(1, 7)} \
            or len(shown) == 26
    else:
        assert shown == "，".join(clauses)


@pytest.mark.parametrize("title", ["（上接第1版）", "(上接第3版)", "上接第一版", "（接上页）", "（续第2版）"])
def test_markers_are_recognised(title):
    assert MARKER.fullmatch(title)
    assert not MARKER.fullmatch("续写工匠精神新篇章")
    assert MARK == "（续）"


def test_editing_the_continued_headline_retitles_the_continuation_in_an_incremental_build(tmp_path):
    project = make_project(tmp_path)
    one = project / "content/2024/05/06"
    _write(one, "grrb-20240506-01-01", 1, "旧的标题", "各地工会积极推进改革。（下转第3版）")
    _write(one, "grrb-20240506-03-01", 3, "（上接第1版）", "改革举措落地见效。", "continued_from: 第1版\n")
    build_project(project)
    page = project / "site/article/2024/grrb-20240506-03-01.html"
    assert "<h1>旧的标题（续）</h1>" in page.read_text(encoding="utf-8")
    story = one / "grrb-20240506-01-01.md"
    story.write_text(story.read_text(encoding="utf-8").replace("旧的标题", "新的标题"), encoding="utf-8")
    report = build_project(project)  # a text edit: without care, the quick path would leave the old title
    assert "<h1>新的标题（续）</h1>" in page.read_text(encoding="utf-8")
    assert not report.quick
