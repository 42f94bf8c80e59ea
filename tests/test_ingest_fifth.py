"""What layout-aware converters, PDF text and engines print of a page's furniture that the other variant tables
do not (tests/variants.py ``HELD_OUT_5``): a column rule read as a character at the lines' edges, converters'
Markdown (image blocks, rules, bold headings, one blank line between any two blocks), editors' lines between
items and at the page's foot.  Made-up pages; each case lost stories, mixed two stories without a review reason
or made sentences the page does not print before the rule it names."""
from __future__ import annotations

from test_ingest_fourth import _same_articles
from test_ingest_heldout import STORIES
from test_ingest_helpers import PAPERS
from test_ingest_third import _page
from test_ingest_tiny import PLACES, _import, _mixed_without_review
from unionnews.ingest import run_import
from unionnews.ingest.decode import unrule
from variants import article_texts, printed_column


def _ruled(lines: list[str], rule: str, start: bool, every: int = 1) -> list[str]:
    """``lines`` with ``rule`` at the start (or end) of every ``every``-th text line."""
    return [(rule + line if start else line + rule) if line.strip() and k % every == 0 else line
            for k, line in enumerate(lines)]


def test_a_column_rule_read_as_a_character_is_taken_off(tmp_path):
    """A printed column with its rule read as 丨, |, l or I at the start or the end of most lines (Tesseract beside
    a vertical rule): every sentence held the rule, none read as printed, and no story came out whole."""
    lines = printed_column([p for story in STORIES for p in story], 13)
    plain = "\n".join(lines) + "\n"
    for n, (rule, start) in enumerate((("丨", True), ("|", False), ("l", False), ("I", True), (" │", False))):
        page = "\n".join(_ruled(lines, rule, start, every=1 + n % 2)) + "\n"
        (tmp_path / str(n)).mkdir()
        got = _same_articles(page, plain, tmp_path / str(n))
        assert sorted(a["text"][:2] for a in got) == sorted(PLACES[:3])


def test_the_import_warns_once_about_a_column_rule(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("\n".join(_ruled(printed_column([p for s in STORIES for p in s], 13), "丨", False)) + "\n",
                    encoding="utf-8")
    report = run_import([page], tmp_path / "content", tmp_path, PAPERS, paper="工人日报", date="2025-09-26", page=4)
    said = [w for w in report.warnings if "column rule" in w]
    assert len(said) == 1 and "'丨' at the end" in said[0]


def test_a_rule_letter_beside_a_latin_letter_is_kept_and_said_in_review():
    """On a page ruled with I, a line beginning IT or ending AI may hold the word's letter or the rule: kept as
    printed text, its line named (the article says so in review, so no unflagged sentence holds a guess)."""
    lines = ["I甲城总工会举办职工技能大赛，", "I来自各企业的两百余名职工参加", "I比赛。比赛设焊工、电工等多个",
             "ITV直播了比赛。", "I甲城总工会负责人表示，将持续", "开展技能竞赛活动。"]
    out, rules, doubtful = unrule(lines)
    assert rules == [("I", "start", 4)] and doubtful == [4]
    assert out[0] == "甲城总工会举办职工技能大赛，" and out[3] == "ITV直播了比赛。"


def test_letters_bars_and_tables_that_are_text_are_not_a_rule():
    """What else stands at lines' edges: a table's cells between bars (the bar inside the line too), English
    text (I and l beside Latin letters), a few lines ending on one character by chance."""
    table = ["| 单位 | 人数 |", "| 甲城总工会 | 215 |", "| 乙城总工会 | 180 |", "| 丙城总工会 | 96 |"]
    english = ["I think the union did well.", "I was there in 2025.", "It was a good year.", "I agree with all."]
    chance = ["甲城总工会举办比赛丨", "来自各企业的两百余名职工参加", "比赛设焊工、电工等多个项目，",
              "职工在赛场上比拼技能。", "甲城总工会负责人表示", "将持续开展技能竞赛活动。", "乙城开展职工健康体检",
              "乙城总工会为职工建立健康档案"]
    for lines in (table, english, chance):
        assert unrule(lines) == (lines, [], [])
