"""Rules for a page re-wrapped at any width with no blank line between paragraphs, read a line a paragraph
for the reading-order stage (``paragraphs(each_line=True)``, :attr:`unionnews.ingest.pageview.Page.pieces`).

A re-wrap breaks a paragraph's text wherever its width runs out: between two words or inside a word.  So a
line's shape (short, no comma) and a dictionary word across its edge say less than on a printed column, and the
rules that read them are checked here on made-up text, each against the same lines elsewhere.
"""
from __future__ import annotations

from unionnews.ingest.pageview import Page, Scorer
from unionnews.ingest.segment import make_units

HEADLINE = "it may be a headline, which does not run on"


def _scorer(lines: list[str], pieces: bool = True) -> Scorer:
    return Scorer(Page(make_units(lines, None), pieces=pieces))


def test_a_line_beginning_with_the_rest_of_a_word_the_line_above_cut_is_no_headline():
    # …纪念世界反法西 | 斯战争胜利80周年专门创作编排 | 一台晚会…: the second line has a headline's shape, but it
    # begins with 斯, the rest of 反法西斯 the line above cut; no headline begins inside a word
    lines = ["本报讯（记者任远）近日，为纪念世界反法西", "斯战争胜利80周年专门创作编排", "一台文艺晚会在甲城上演。"]
    scorer = _scorer(lines)
    assert not scorer._headline(2)
    assert HEADLINE not in scorer.score(2, 3).reasons
    # after a finished sentence, over a sentence's start, it may be one: nothing runs into it
    ended = _scorer(["本报讯（记者任远）近日，甲城举办职工文艺汇演。", lines[1], "甲城职工踊跃参加。"])
    assert ended._headline(2)


def test_a_headline_after_text_that_ends_on_a_whole_word_stays_a_headline():
    # …两百余名职工参加 | 甲城举办职工技能大赛: the line above ends on a whole word, the line begins on one
    lines = ["本报讯（记者任远）近日，乙城总工会举办读书会，两百余名职工参加", "甲城举办职工技能大赛",
             "本报讯（记者周洁）近日，甲城总工会举办职工技能大赛。"]
    assert _scorer(lines)._headline(2)


def test_a_far_word_across_is_no_evidence_where_the_files_own_join_reads_a_word_too():
    # …全市汽车企业生产 | 线覆盖率… (生产线) and, lines away, …生产 | 型企业职工书屋… (生产型): on a re-wrapped page
    # either reading of the edge comes as easily; the far one does not move the line
    lines = ["甲城总工会负责人介绍，全市汽车企业生产", "线覆盖率超过五成。", "乙城总工会今年新建",
             "型企业职工书屋三十家。"]
    word = "the word 生产型 spans the join"
    assert word not in _scorer(lines).score(1, 4).reasons
    assert word in _scorer(lines, pieces=False).score(1, 4).reasons
