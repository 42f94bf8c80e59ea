"""Rules for a page re-wrapped at any width with no blank line between paragraphs, read a line a paragraph
for the reading-order stage (``paragraphs(each_line=True)``, :attr:`unionnews.ingest.pageview.Page.pieces`).

A re-wrap breaks a paragraph's text wherever its width runs out: between two words, inside a word, right
after a printed line's join space.  So a line's shape (short, no comma), the length of its last part after
a join space and a dictionary word across its edge say less than on a printed column, and the rules that
read them are checked here on made-up text, each against the same lines on a page of whole paragraphs.
"""
from __future__ import annotations

from unionnews.ingest import continuity as ct
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


def test_a_short_last_part_after_a_join_space_is_no_paragraph_end_where_a_rewrap_cut_the_line():
    # the OCR joined printed lines with a space; a re-wrap cut this line right after a short part (行业职工),
    # which on a printed column would be a paragraph's short last line
    lines = ["甲城总工会今年共举办各类技 能竞赛三十余场覆盖全市各 行业职工", "两万余人次参加，技能水平普遍提升。"]
    short = "the paragraph's last printed line is short (it ended there)"
    assert short not in _scorer(lines).score(1, 2).reasons
    assert short in _scorer(lines, pieces=False).score(1, 2).reasons  # a printed column keeps the rule


def test_a_far_word_across_is_no_evidence_where_the_files_own_join_reads_a_word_too():
    # …全市汽车企业生产 | 线覆盖率… (生产线) and, lines away, …生产 | 型企业职工书屋… (生产型): on a re-wrapped page
    # either reading of the edge comes as easily; the far one does not move the line
    lines = ["甲城总工会负责人介绍，全市汽车企业生产", "线覆盖率超过五成。", "乙城总工会今年新建",
             "型企业职工书屋三十家。"]
    word = "the word 生产型 spans the join"
    assert word not in _scorer(lines).score(1, 4).reasons
    assert word in _scorer(lines, pieces=False).score(1, 4).reasons


def test_a_line_ending_on_a_bare_preposition_is_no_headline():
    # …两项基本制度的建制率 | 动态保持在 | 九成以上。: 在 alone leaves its phrase open, which no headline does
    lines = ["甲城总工会要求，已建会企业职代会和厂务公开两项基本制度的建制率", "动态保持在", "九成以上。"]
    scorer = _scorer(lines)
    assert not scorer._headline(2)
    assert HEADLINE not in scorer.score(2, 3).reasons
    assert _scorer(lines[:1] + ["职工书屋建设情况"] + lines[2:])._headline(2)  # a whole word's end: may be one
    assert ct.open_end("动态保持在") and not ct.open_end("问题依然存在")  # 存在 is whole: no bare 在


def test_a_line_ending_on_a_bare_negation_is_no_headline():
    lines = ["例如，针对新", "就业形态劳动者工作时间不", "固定的特点，市总开设夜间驿站。"]
    assert not _scorer(lines)._headline(2)


def test_a_line_stopping_on_a_one_character_clause_its_next_line_does_not_finish_is_stuck():
    # …一体化服务模式，打 | 技能微课堂…: 打 alone is no clause; the next line makes no word with it, so the line may go
    # on at a line standing where a sentence could begin (造了触手可及…: 打造), with the word across as evidence
    lines = ["甲城总工会形成线上线下融合的一体化服务模式，打", "技能微课堂等特色功能区，满足职工多元化需求。",
             "造了触手可及、精准高效的工会服务生态圈。"]
    assert _scorer(lines).stuck(1)
    assert not _scorer(lines, pieces=False).stuck(1)  # whole paragraphs: the rule of a printed page
    assert not _scorer(["甲城总工会形成线上线下融合的一体化服务模式，打", "造了触手可及的工会服务生态圈。"]).stuck(1)
    assert ct.one_character_clause("服务模式，打") and not ct.one_character_clause("智能化驿站，方便")
