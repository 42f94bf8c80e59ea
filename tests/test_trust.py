"""An article's trust on its page: 校对 state, the importer's doubts in Chinese, and the 来源 line (issue 19)."""
from __future__ import annotations

import hashlib
import random
import re
from pathlib import Path

import pytest

from conftest import build_project, make_project
from unionnews import trust
from unionnews.content import Article

import datetime as dt


def _article(path: Path, id_: str, title: str, extra: str = "", body: str = "正文第一段。") -> None:
    path.mkdir(parents=True, exist_ok=True)
    (path / f"{id_}.md").write_text(f"---\nid: {id_}\ntitle: {title}\ndate: 2025-03-0{id_[-1]}\npaper: 工人日报\n"
                                    f"page: 2\n{extra}---\n{body}\n", encoding="utf-8")


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    project = make_project(tmp_path_factory.mktemp("trust"))
    raw = project / "raw"
    raw.mkdir()
    text = "".join(f"第{i}行：版面文字。\n" for i in range(1, 40)).encode("utf-8")
    (raw / "页面 A.txt").write_bytes(text)
    good = hashlib.sha256(text).hexdigest()
    day = project / "content/2025/03"
    machine = (f"review:\n- page number 2 is inferred from the text, not printed on the page — see raw/manifest.yaml\n"
               f"- paragraph ending at line 12 stops mid-sentence — text may be missing or continue elsewhere\n"
               f"- something no rule knows\n"
               f"provenance:\n  file: raw/页面 A.txt\n  sha256: {good}\n  lines: 3-9,12-14\n  importer: unionnews-ingest 0.1.0\n")
    _article(day / "01", "grrb-20250301-02-01", "机器识别的一篇", machine + "tags:\n- 校对混合\n")
    _article(day / "02", "grrb-20250302-02-02", "有人校对过的一篇", "proofread: true\ntags:\n- 校对混合\n"
             f"provenance:\n  file: raw/页面 A.txt\n  sha256: {good}\n  lines: 20-30\n  importer: x\n")
    _article(day / "03", "grrb-20250303-02-03", "原文已被改动的一篇",
             "tags:\n- 都未校对\n"
             f"provenance:\n  file: raw/页面 A.txt\n  sha256: {'0' * 64}\n  lines: 31-39\n  importer: x\n")
    _article(day / "04", "grrb-20250304-02-04", "手工录入的一篇", "tags:\n- 都未校对\n")
    _article(day / "05", "grrb-20250305-02-05", "指向项目以外的一篇",
             f"provenance:\n  file: ../outside.txt\n  sha256: {good}\n  lines: 1-2\n  importer: x\n")
    (project.parent / "outside.txt").write_bytes(text)
    build_project(project)
    return project


def page(project: Path, n: int) -> str:
    found = next((project / "site/article/2025").glob(f"grrb-2025030{n}-*.html"))
    return found.read_text(encoding="utf-8")


def test_state_line_says_who_checked_the_text(project):
    assert "<dt>校对<dd>机器识别，未校对<" in page(project, 1)
    assert "<dt>校对<dd>已校对<" in page(project, 2)
    assert "<dt>校对<dd>未注明是否校对<" in page(project, 4)


def test_review_notes_in_chinese_behind_a_disclosure_and_unknown_ones_kept(project):
    html = page(project, 1)
    notes = re.search(r'<details class=review><summary>校对提示（(\d)条）</summary><ul>(.*?)</ul></details>', html)
    assert notes and notes.group(1) == "3"
    assert "版次“2”是从文字推断的" in notes.group(2) and "第12行结束的段落在句子中间断开" in notes.group(2)
    assert "something no rule knows" in notes.group(2)  # shown as written, never dropped
    assert "<details" not in page(project, 4)


def test_source_line_links_the_published_raw_text_byte_for_byte(project):
    html = page(project, 1)
    m = re.search(r'<dt>来源<dd><a href="\.\./\.\./(source/2025/[a-z0-9-]+\.txt)">页面 A\.txt</a> 第3–9、12–14行</dl>', html)
    assert m, html
    assert (project / "site" / m.group(1)).read_bytes() == (project / "raw/页面 A.txt").read_bytes()
    assert m.group(1).isascii()


def test_changed_or_outside_source_text_is_named_but_not_published(project):
    for n in (3, 5):
        html = page(project, n)
        assert re.search(r"<dt>来源<dd>[^<]*\.txt 第[\d–]+行</dl>", html), html
        assert "source/" not in html
    published = list((project / "site/source").rglob("*.txt"))
    assert len(published) == 1  # one file, cited by two articles; never the edited or outside one


def test_listings_mark_unproofread_articles_only(project):
    issue = next((project / "site/grrb/2025").glob("2025-03-02.html")).read_text(encoding="utf-8")
    assert "有人校对过的一篇" in issue and "未校对" not in issue
    # every article of the issue unproofread: said once for the page, not on each line
    issue = next((project / "site/grrb/2025").glob("2025-03-01.html")).read_text(encoding="utf-8")
    assert "本期文章均未校对。" in issue and "机器识别的一篇</a><ul>" not in issue
    assert "<em>未校对</em>" not in issue and "机器识别的一篇</a>" in issue
    mixed, unproofread = (_term(project, "tags", name) for name in ("校对混合", "都未校对"))
    assert re.search(r"机器识别的一篇</a><em>未校对</em> 03-0\d \d+版", mixed)  # the line that differs is marked (under 2025年 工人日报)
    assert re.search(r"有人校对过的一篇</a> 03-0\d \d+版", mixed) and "均未校对" not in mixed
    assert "本页文章均未校对。" in unproofread and "<em>未校对</em>" not in unproofread
    assert "原文已被改动的一篇</a> " in unproofread and "手工录入的一篇</a> " in unproofread


def test_all_unproofread_needs_every_article_unproofread_and_one_at_least():
    base = dict(id="a", title="t", date=dt.date(2025, 1, 1), paper="p", body="b", path="x")
    unknown, machine, checked = Article(**base), Article(**base, proofread=False), Article(**base, proofread=True)
    assert trust.all_unproofread([unknown, machine]) and trust.all_unproofread(iter([machine]))
    assert not trust.all_unproofread([machine, checked]) and not trust.all_unproofread([checked])
    assert not trust.all_unproofread([])  # nothing listed: nothing to say


def _term(project: Path, taxonomy: str, name: str) -> str:
    for path in (project / "site" / taxonomy).rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        if f"<h1>{name}</h1>" in html:
            return html
    raise AssertionError(f"no {taxonomy} page for {name}")


def test_proofread_must_be_true_false_or_a_date(tmp_path):
    from unionnews.content import parse_bytes
    from unionnews.config import load_config
    config, _ = load_config(make_project(tmp_path))
    head = "---\nid: grrb-20250301-02-01\ntitle: t\ndate: 2025-03-01\npaper: 工人日报\n"
    ok, _ = parse_bytes((head + "proofread: 2025-04-01\n---\n正文。\n").encode(), "a.md", config)
    assert ok.proofread is True
    bad, problems = parse_bytes((head + "proofread: maybe\n---\n正文。\n").encode(), "a.md", config)
    assert bad is None and "proofread" in problems[0].message and problems[0].line == 6


@pytest.mark.parametrize("seed", range(3))
def test_every_importer_reason_shape_gets_chinese_and_keeps_its_numbers(seed):
    rng = random.Random(seed)
    n, m = rng.randint(1, 999), rng.randint(1, 999)
    reasons = [
        f"issue date 2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} is inferred from the text, not printed on the page — see x",
        f"paragraph ending at line {n} stops mid-sentence — text may be missing or continue elsewhere on the page",
        f"assembled from lines the OCR read apart or out of order: {n}-{n + 3}, {m} — check the joins",
        f"line {n} 'Q{m}Z' is unreadable OCR output, kept as printed",
        f"no headline is printed with this continuation; the title is its 上接 marker — add the headline from 第{m % 9 + 1}版",
        "headline lines read as title + subtitle by their length (no OCR marks) — check against the page",
        f"reading order from the text (A→B: B goes on with A's sentence; A | B: a paragraph starts at B): {n} | {m} (why)",
        f"lines {n}-{n + 1} (甲城聚焦技能提升 | 甲城第{m}届职工大会举办) are read as this item's headline block (lines of a "
        "headline's shape after a finished story, over text with no lead marker: 记者获悉…) — check that they are not a "
        "subhead and text of the story above",
    ]
    notes = trust.plain_notes(tuple(reasons))
    assert len(notes) == len(reasons)
    for note in notes:
        assert not re.search(r"[a-z]{4,}", note), note  # plain Chinese: no English words left
    assert str(n) in notes[1] and f"{n}–{n + 3}、{m}" in notes[2] and f"“Q{m}Z”" in notes[3]
    assert f"第{n}–{n + 1}行（甲城聚焦技能提升 | 甲城第{m}届职工大会举办）" in notes[7]


def test_state_of_an_article_object():
    base = dict(id="a", title="t", date=dt.date(2025, 1, 1), paper="p", body="b", path="x")
    assert trust.proofread_state(Article(**base)) == trust.UNKNOWN
    assert trust.proofread_state(Article(**base, proofread=False)) == trust.MACHINE
    assert trust.proofread_state(Article(**base, provenance=(("importer", "i"),))) == trust.MACHINE
    assert trust.proofread_state(Article(**base, proofread=True, provenance=(("importer", "i"),))) == trust.PROOFREAD


@pytest.mark.browser
def test_notes_open_on_a_tap_and_the_source_link_opens_the_raw_text(project, page_tab):
    tab = page_tab
    tab.set_viewport_size({"width": 375, "height": 812})
    tab.goto((project / "site/article/2025").joinpath(
        next((project / "site/article/2025").glob("grrb-20250301-*.html")).name).as_uri())
    note = tab.get_by_text("版次“2”是从文字推断的")
    assert not note.is_visible()
    tab.get_by_text("校对提示（3条）").click()
    assert note.is_visible()
    tab.get_by_role("link", name="页面 A.txt").click()
    assert "第3行：版面文字。" in tab.content()


@pytest.fixture
def page_tab(page):
    return page
