"""What converters and engines print that the other variant tables do not (tests/variants.py ``HELD_OUT_6``):
marks in their small form variants, a converter's page markers, a story's jump line (下转第3版), justified-line
gaps between Chinese characters in a printed column, dates set with spaces around their figures.  Made-up pages;
each case lost stories, mixed two stories without a review reason or made sentences the page does not print
before the rule it names."""
from __future__ import annotations

import re

import pytest

from test_ingest_heldout import STORIES
from test_ingest_helpers import PAPERS
from test_ingest_third import _same_articles
from test_ingest_tiny import PLACES, _import, _mixed_without_review
from unionnews.ingest import run_import
from variants import printed_column

_SMALL = str.maketrans(dict(zip("，、。；：？！（）", "﹐﹑﹒﹔﹕﹖﹗﹙﹚")))


def _page(stories: list[list[str]]) -> list[str]:
    """One paragraph a line, a blank line between paragraphs, two between stories."""
    out: list[str] = []
    for story in stories:
        for p in story:
            out += [p, ""]
        out.append("")
    return out


def test_small_form_marks_are_read_as_the_marks(tmp_path):
    """A page whose marks came out as small form variants (﹐﹒﹙﹚, as some PDF fonts give them): no sentence
    ended, no lead's credit closed, and the stories ran together.  They are the marks the paper set."""
    from unionnews.ingest.decode import unify
    assert unify(["甲城举办大赛﹐职工参加﹒"])[0] == ["甲城举办大赛，职工参加。"]
    plain = "\n".join(_page(STORIES)) + "\n"
    got = _same_articles(plain.translate(_SMALL), plain, tmp_path)
    assert sorted(a["text"][:2] for a in got) == sorted(PLACES[:3])


def test_a_converters_page_markers_are_taken_off(tmp_path):
    """Page markers a converter writes on lines of their own (--- Page 2 ---, <!-- PageBreak -->), one inside a
    story: read as headlines or sentences, they were text no page prints, unflagged.  They come off at the
    door, with one warning a page."""
    lines = _page(STORIES)
    marked = ["--- Page 1 ---"] + lines[:3] + ["<!-- PageBreak -->"] + lines[3:9] + ["{2}" + "-" * 48] + lines[9:]
    got = _same_articles("\n".join(marked) + "\n", "\n".join(lines) + "\n", tmp_path)
    assert sorted(a["text"][:2] for a in got) == sorted(PLACES[:3])
    page = tmp_path / "page.txt"
    page.write_text("\n".join(marked) + "\n", encoding="utf-8")
    report = run_import([page], tmp_path / "again", tmp_path, PAPERS, paper="工人日报", date="2025-09-26", page=4)
    said = [w for w in report.warnings if "page markers" in w]
    assert len(said) == 1 and "3 page markers" in said[0]


def test_page_markers_between_an_engines_scored_lines_leave_the_scores_found(tmp_path):
    """A script that dumps an engine's (text, score) lines and marks where each page began: the markers hold no
    score, so too few lines ended in one and every score was kept as text.  Markers go first."""
    from unionnews.ingest.decode import read_page
    lines = _page(STORIES)
    scored = [f"{line}\t0.9{k % 10}" if line.strip() else line for k, line in enumerate(lines)]
    page = tmp_path / "page.txt"
    page.write_text("\n".join(["[第1页]"] + scored[:4] + ["=== 第2页 ==="] + scored[4:7] + ["[第3页]"] + scored[7:]) + "\n",
                    encoding="utf-8")
    read = read_page(page, "page.txt")
    assert [line for line in read.lines if line.strip()] == [line for line in lines if line.strip()]
    assert len(read.pagemarks) == 3 and len(read.scores) == sum(1 for line in lines if line.strip())


def test_text_and_rules_that_look_like_markers_stay():
    from unionnews.ingest.decode import unpaginate
    lines = ["第 2 页", "- 3 -", "---", "甲城 --- Page 3 ---", "本版共4页。"]
    assert unpaginate(lines) == (lines, [])


def test_a_jump_line_ends_its_storys_part_on_the_page(tmp_path):
    """A story whose part on the page ends on its jump line (…活动。（下转第3版）, 下转第3版 after the full stop, or
    【下转第3版】 on a line of its own), over a photo story with no lead marker: the jump line ended no sentence, or
    closed nothing, so the photo story's headline was read on into the story above (one file, nothing said, or
    a subhead over a photo caption).  The story's part on the page ends at its jump line."""
    photo = ["乙城职工健康跑", "近日，乙城总工会组织职工参加健康跑活动，两百余名职工参加。", "本报记者 吴昊 摄"]
    for n, (jump, alone) in enumerate((("（下转第3版）", False), ("下转第3版", False), ("【下转第3版】", True))):
        first = STORIES[0] + [jump] if alone else STORIES[0][:-1] + [STORIES[0][-1] + jump]
        lines = _page([first, photo])
        if alone:  # straight under the paragraph it ends
            lines.pop(lines.index(jump) - 1)
        (tmp_path / str(n)).mkdir()
        articles = _import("\n".join(lines) + "\n", tmp_path / str(n))
        assert _mixed_without_review(articles) == []
        assert sorted(a["text"][:2] for a in articles) == ["乙城", "甲城"], [a["text"][:12] for a in articles]


@pytest.mark.parametrize("jump", ["【下转第3版】", "（下转第3版）", "转第3版"])
def test_a_jump_line_set_on_a_photo_credit_ends_its_storys_part_on_the_page(tmp_path, jump):
    """A story whose part on the page ends on its picture's credit, the jump line printed on the credit's line
    (本报记者 吴昊 摄【下转第3版】), over a photo story with no lead marker, on a page without blank lines: the line
    was neither a credit (it did not end on 摄) nor a jump line alone, so nothing closed the story, and the
    next story's headline and caption were read on into it.  The credit's words are read without the jump."""
    first = STORIES[0] + ["本报记者 吴昊 摄" + jump]
    photo = ["乙城职工健康跑", "近日，乙城总工会组织职工参加健康跑活动，两百余名职工参加。", "本报记者 周洁 摄"]
    articles = _import("\n".join(first + photo) + "\n", tmp_path)
    assert _mixed_without_review(articles) == []
    assert sorted(a["text"][:2] for a in articles) == ["乙城", "甲城"], [a["text"][:12] for a in articles]


def test_a_photo_credit_whose_name_is_set_spaced_closes_its_story(tmp_path):
    """A photo credit with the photographer's name set letter-spaced (赵 思 远 摄, as a short line is spread to the
    column's width): with no two glyphs together it was no credit, and it ran into the next item's headline as a
    kicker.  A credit's name is read without the spaces set between its glyphs."""
    second = ["### 乙城“健康跑” 职工齐参与", "## 乙城职工健康跑活动举行"] + STORIES[1][1:]
    articles = _import("\n".join(_page([STORIES[0] + ["赵 思 远 摄"], second])) + "\n", tmp_path)
    assert _mixed_without_review(articles) == []
    assert not any("赵" in a["head"] for a in articles), [a["head"] for a in articles]


def _gapped(lines: list[str], every: int) -> list[str]:
    """A space after every ``every``-th Chinese character that another follows (justified-line gaps)."""
    out, k = [], 0
    for line in lines:
        chars = []
        for i, ch in enumerate(line):
            chars.append(ch)
            if re.match(r"[\u4e00-\u9fff]", ch) and re.match(r"[\u4e00-\u9fff]", line[i + 1:i + 2]):
                k += 1
                if k % every == 0:
                    chars.append(" ")
        out.append("".join(chars))
    return out


def test_a_column_whose_ocr_gaps_hide_its_width_is_read_as_a_column(tmp_path):
    """A printed column whose OCR left a justified line's gaps as spaces, one in seven pairs: the full lines
    were 13, 14 and 15 characters long, no column width was found, and the stories' lines were read as
    paragraphs one by one (a headline run on into a story, a story cut).  Without the gaps the lines share
    the column's width."""
    other = str.maketrans({"甲": "丁"})
    stories = STORIES + [[p.translate(other).replace("乙城", "东港镇").replace("丙城", "西城区") for p in story]
                         for story in STORIES]
    lines = printed_column([p for story in stories for p in story], 13)
    got = _same_articles("\n".join(_gapped(lines, 7)) + "\n", "\n".join(lines) + "\n", tmp_path)
    assert len(got) == 6 and _mixed_without_review(got) == []


def test_a_gapped_column_written_a_printed_line_a_paragraph_is_read_as_a_column(tmp_path):
    """The same gapped column as a converter writes it, each printed line a paragraph of its own (a blank line after
    every line): the gaps hid the width there too, every line was read as a paragraph, and the stories came out in
    pieces.  The column is its printed lines' one, whatever stands between them."""
    other = str.maketrans({"甲": "丁"})
    stories = STORIES + [[p.translate(other).replace("乙城", "东港镇").replace("丙城", "西城区") for p in story]
                         for story in STORIES]
    lines = printed_column([p for story in stories for p in story], 13)
    spaced = [x for line in _gapped(lines, 7) for x in (line, "")]
    got = _same_articles("\n".join(spaced) + "\n", "\n".join(lines) + "\n", tmp_path)
    assert len(got) == 6 and _mixed_without_review(got) == []


def test_dates_set_with_spaces_around_their_figures_are_read_as_dates(tmp_path):
    """Leads and datelines set with a space between Chinese and figures (本报乙城 9 月 25 日电, （本报甲城 9 月 24
    日电）), as web editors print them: no lead nor dateline was found, and a story ran on into the one above."""
    stories = [[STORIES[0][0], STORIES[0][1].replace("本报讯（记者周洁）近日，", "本报甲城 9 月 24 日电（记者周洁）"),
                STORIES[0][2], "（本报甲城 9 月 24 日电）"],
               ["乙城职工运动会开幕", "本报乙城 9 月 25 日电（记者吴昊）今天，乙城第 3 届职工运动会开幕，来自 30 余家企业的"
                "职工参加。", "乙城总工会还为职工建立健康档案。"]]
    lines = printed_column([p for story in stories for p in story], 12)
    articles = _import("\n".join(lines) + "\n", tmp_path)
    assert _mixed_without_review(articles) == []
    assert sorted(a["text"][:2] for a in articles) == ["乙城", "甲城"], [a["text"][:12] for a in articles]


def test_a_lead_on_its_date_set_with_spaces_opens_its_item_in_a_narrow_column(tmp_path):
    """A headline over a lead that opens on its date (9 月 25 日，…) set with spaces around the figures, in a
    column of eight: the headline filled its line, and with no lead on its date under it, it was read on into
    the story above."""
    stories = [STORIES[0], ["乙城工会送上暖心祝福", "9 月 25 日，乙城总工会为 22 名快递员送上慰问金和暖心礼包，邀请他们参加法律"
                            "知识讲座。", "乙城总工会还为职工建立健康档案。"]]
    lines = printed_column([p for story in stories for p in story], 8)
    articles = _import("\n".join(lines) + "\n", tmp_path)
    assert _mixed_without_review(articles) == []
    assert sorted(a["text"][:2] for a in articles) == ["乙城", "甲城"], [a["text"][:12] for a in articles]


def test_a_gap_inside_a_quotation_is_kept_with_the_column_gaps_closed():
    """A slogan's phrases are set apart with a printed space (“产改有我 创新向未来”), which took its place in the
    column: closed with the OCR's gaps, the line was one short of the column and ended a paragraph mid-sentence."""
    from unionnews.ingest.paragraphs.widths import _gaps_closed
    assert _gaps_closed("大赛以“产改有我 创新向未来”为主 题，") == "大赛以“产改有我 创新向未来”为主题，"
    assert _gaps_closed("学习《工会 法》后 感") == "学习《工会 法》后感"


def test_a_jump_line_the_column_cut_is_no_page_number(tmp_path):
    """A jump line cut by a column of ten (…活动将持续开展。下转 | 第3版): 第3版 alone on its line was set aside as a
    page number, the jump line left as 下转, and the photo story under it read on into the story above."""
    first = STORIES[0][:-1] + ["甲城总工会负责人表示，活动将持续开展。下转第3版"]
    photo = ["乙城职工健康跑", "近日，乙城总工会组织职工参加健康跑活动，两百余名职工参加。", "本报记者 吴昊 摄"]
    lines = printed_column(first + photo, 10)
    assert "第3版" in lines
    articles = _import("\n".join(lines) + "\n", tmp_path)
    assert _mixed_without_review(articles) == []
    assert sorted(a["text"][:2] for a in articles) == ["乙城", "甲城"], [a["text"][:12] for a in articles]
    from unionnews.ingest.normalize import folio_lines
    assert folio_lines(["职工运转良好，设备对接", "第3版", "乙城"]) == {1}  # a word ending in 转, 接: still a folio


def test_a_jump_line_set_on_a_photo_credit_and_cut_by_the_column_ends_its_storys_part_on_the_page(tmp_path):
    """本报记者 吴昊 摄【下转第 | 5版】 in a printed column, then the next story's headline and a lead on its date:
    the credit read apart from its jump line, the jump's two pieces stood as text, and its first went on into the
    next headline (【下转第5版】乙城…).  A jump line the column cut is one printed run, as a dateline is."""
    from variants import printed_column
    head = "乙城职工健康跑活动举行"
    second = [head, "9月25日，乙城总工会组织职工参加健康跑活动，两百余名职工参加。"] + STORIES[1][2:]
    plain = "\n\n\n".join(["\n".join(STORIES[0] + ["本报记者 吴昊 摄【下转第5版】"]), "\n".join(second)]) + "\n"
    lines = printed_column(STORIES[0], 13) + ["本报记者 吴昊 摄【下转第", "5版】"] + printed_column(second, 13)
    articles = _import("\n".join(lines) + "\n", tmp_path)
    assert _mixed_without_review(articles) == []
    assert sorted(a["head"] for a in articles) == sorted([head, STORIES[0][0]]), [a["head"] for a in articles]
