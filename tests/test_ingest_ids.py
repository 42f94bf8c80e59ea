"""Ids survive re-import: matched by text, not position; ids past 99 keep sorting."""
from __future__ import annotations

from test_ingest_helpers import PAPERS, articles, import_seed, read_md
from unionnews.ingest import run_import
from unionnews.ingest.assemble import sequence
from unionnews.ingest.ids import sequence_number
from variants import relayout

SEED = "ldwb-2025-09-24-seed000.txt"
NEW_ITEM = ("职工书屋开放\n\n本报讯（记者 张三）近日，某区总工会职工书屋正式开放，藏书三千余册，"
            "为职工提供阅读、交流的场所。\n\n\n")


def test_ids_past_99_sort_as_text():
    numbers = list(range(1, 2500))
    labels = [sequence(n) for n in numbers]
    assert sorted(labels) == labels
    assert [sequence_number(s) for s in labels] == numbers
    assert sequence(7) == "07" and sequence(99) == "99" and sequence(100) == "993100"


def test_edited_story_keeps_its_id_when_an_item_is_added_above_it(tmp_path):
    project, _ = import_seed(tmp_path, SEED)
    content = project / "content"
    before = {front["title"]: front["id"] for _, front, _ in articles(content)}
    edited = next(p for p, front, _ in articles(content) if front["title"].startswith("首创新城"))
    edited.write_text(edited.read_text(encoding="utf-8").replace("记者近日获悉", "记者近日从工会获悉"), encoding="utf-8")
    page = project / "raw" / SEED
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("\n", "\n" + NEW_ITEM, 2).replace(NEW_ITEM, "", 1), encoding="utf-8")
    report = run_import([page], content, project, PAPERS)
    after = {front["title"]: front["id"] for _, front, _ in articles(content)}
    for title, art_id in before.items():
        assert after[title] == art_id, title  # every story keeps its id
    assert after["职工书屋开放"] == "ldwb-20250924-02-06"  # the new story: the next free number
    assert [rel for rel, _ in report.kept] == [edited.relative_to(content).as_posix()]
    bodies = [body for _, _, body in articles(content)]
    assert sum("首创新城繁星社区公共区域职工之家" in b for b in bodies) == 1  # never written twice
    front, _ = read_md(edited.with_name(edited.name + ".new"))
    assert front["id"] == edited.stem


def test_reimporting_an_unchanged_page_in_another_layout_keeps_every_id(tmp_path):
    project, _ = import_seed(tmp_path, SEED)
    content = project / "content"
    before = {front["id"]: front["title"] for _, front, _ in articles(content)}
    page = project / "raw" / SEED
    page.write_text(relayout(page.read_text(encoding="utf-8"), "rewrap", 3), encoding="utf-8")
    run_import([page], content, project, PAPERS)
    assert {front["id"]: front["title"] for _, front, _ in articles(content)} == before
