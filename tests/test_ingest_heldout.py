"""Layouts held out of the rules' tuning (tests/variants.py ``HELD_OUT``): combinations of the variant
parts no rule was written for, other widths and other blank-line noise.  Each case here failed a hard
target, or lost most of a page's stories, before the rule it names."""
from __future__ import annotations

import itertools

import pytest

from test_ingest_tiny import PLACES, _assert_named, _import, _mixed_without_review
from test_ingest_variants import _import_relaid, originals  # noqa: F401 (a fixture)
from unionnews.ingest.paragraphs import _hanging_lead, paragraphs
from variants import article_texts, compare, invented, printed_column, relayout

STORIES = [
    ["甲城举办职工技能大赛", "本报讯（记者周洁）近日，甲城总工会举办职工技能大赛，来自甲城各企业的两百余名职工参加比赛。",
     "比赛设焊工、电工等多个项目，甲城职工在赛场上比拼技能。", "甲城总工会负责人表示，将持续开展技能竞赛活动。"],
    ["乙城开展职工健康体检", "本报讯（记者吴昊）近日，乙城总工会为一线职工开展免费健康体检，覆盖乙城三十余家企业。",
     "乙城总工会还为职工建立健康档案，跟踪体检结果。"],
    ["丙城建设职工书屋", "本报讯（通讯员李明）丙城总工会近日在丙城十个社区建成职工书屋，藏书两万余册。",
     "丙城职工可以在书屋借阅图书、参加读书活动。"],
]


def _rewrapped(paragraphs: list[str]) -> list[str]:
    """Each paragraph re-broken at widths that change from line to line (no column width to read)."""
    widths, out = itertools.cycle((9, 23, 14, 31, 18, 27, 12, 35)), []
    for text in paragraphs:
        pos = 0
        while pos < len(text):
            step = next(widths)
            out.append(text[pos:pos + step])
            pos += step
    return out


def test_stray_blank_lines_on_a_page_without_paragraph_gaps_part_no_stories(tmp_path):
    """Lines re-wrapped at any width, no blank line between paragraphs or items, and three blank lines
    the OCR put inside sentences: read as parting paragraphs, the blank lines were the page's only
    paragraph ends, and its three stories came out as one file.  More sentence ends at a line's end with
    no blank line after them than blank runs: the blank lines are strays, and the text says where
    paragraphs and items end, as on a page without blank lines (one file a story)."""
    lines = _rewrapped([p for story in STORIES for p in story])
    for at in (5, 13, 21):
        lines.insert(at, "")
    articles = _import("\n".join(lines) + "\n", tmp_path)
    assert _mixed_without_review(articles) == []
    assert sorted(a["text"][:2] for a in articles) == sorted(PLACES[:3])


@pytest.mark.parametrize("layout,seed", [("rewrap+noblank+strays", 90), ("printed+xxwide+strays", 91),
                                         ("noblank+strays+heavy", 91), ("rewrap+itemblank", 90)])
def test_seed_pages_with_only_stray_blank_lines_mix_no_stories_unflagged(tmp_path, originals, layout, seed):  # noqa: F811
    """The seed pages without their blank lines, wrapped at any width, printed in a column of 41–60
    characters, or one paragraph a line, with stray blank lines: 4 or 5 of 33 came out whole (19 one
    paragraph a line with many strays: read as item gaps), and files mixed two stories with no review
    reason.  So did wrapped pages with a blank line between items only (5 of 33 whole): paragraphs run
    on from one blank line to the next, a headline into the text under it."""
    pages, base = originals
    relaid, got = _import_relaid(tmp_path, pages, layout, seed)
    result = compare(base, got)
    assert invented(got, "\n".join(relaid.values())) == [] and result["mixed_unflagged"] == []
    assert result["whole"] >= 24, result["missing"]


def test_every_headline_run_on_in_one_paragraph_is_named(tmp_path):
    """A 10-character column without blank lines read out of order (its leads' starts at the page's end):
    two headlines, 丙城开展职工健康体检 and 西城区举办读书分享会, each filling its line under a line that
    ends a sentence, are run on into one paragraph.  The review named the first only; the second may
    open an item as well, and the reason names both."""
    page = ("南湖区开展夏季送清凉\n活动\n温用品，价值5万余元。\n丙城开展职工健康体检\n一线职工免费体检，覆\n盖全市120家企业。\n"
            "西城区举办读书分享会\n享会，近200名职工\n参加。\n活动结束后，西城区总\n工会还向职工发放了问\n卷。\n乙城新建十家工会驿站\n"
            "本报讯（记者郑凯）近\n日，乙城总工会在城区\n新建10家工会驿站，\n为快递员、外卖骑手等\n户外劳动者提供休息、\n"
            "饮水、充电等服务。\n本报讯（记者吴昊）近\n日，南湖区总工会为环\n卫工人送去防暑降\n本报讯（记者李明）近\n"
            "日，丙城总工会为\n本报讯（记者张华）近\n日，西城区总工会举办\n职工读书分\n")
    _assert_named(_import(page, tmp_path), "南湖区", "line 4 (丙城开展职工健康体检)", "line 7 (西城区举办读书分享会)")


def test_a_printed_column_wider_than_forty_characters_is_read_as_a_column():
    """A column of 48 characters, one printed line a line, no blank lines (a page of a report or a book set
    so wide): read as lines re-wrapped at any width, the text alone parted its paragraphs and headlines
    ran on (28–31 of the 33 seed articles whole in 41–60-character columns, 33 read as a column)."""
    text = "".join(p for story in STORIES for p in story[1:]) * 3
    lines = [text[i:i + 48] for i in range(0, len(text), 48)]
    assert paragraphs(lines).layout == "columnar"


@pytest.mark.parametrize("seed", [92, 93])
def test_seed_pages_in_a_column_of_41_to_60_characters_come_out_whole(tmp_path, originals, seed):  # noqa: F811
    pages, base = originals
    relaid, got = _import_relaid(tmp_path, pages, "printed+xxwide", seed)
    result = compare(base, got)
    assert invented(got, "\n".join(relaid.values())) == [] and result["mixed_unflagged"] == []
    assert result["whole"] >= 31, result["missing"]


@pytest.mark.parametrize("layout,seed", [("rewrap+noblank+strays", 92), ("rewrap+noblank+strays", 94),
                                         ("rewrap+itemblank+strays", 94)])
def test_stray_blank_inside_a_sentence_is_no_evidence_of_a_page_out_of_order(tmp_path, originals, layout, seed):  # noqa: F811
    """The seed pages printed in reading order, wrapped at any width, with no blank line between paragraphs and
    stray blank lines inside sentences: a paragraph stopped at a stray blank (…加工机床打 | (blank) | 交道的…)
    and a chance word elsewhere finishing it read as a column the OCR cut, so the page was read a line a
    paragraph for the reading-order stage, and body lines after a sentence's end passed for headlines
    (来自重庆秋田齿轮有限责任公司的质量工程师陈): 3 or 4 stories of those pages cut in two.  An end with text
    of its own kind under the blank is no such evidence; every story of the pages in order comes out whole."""
    pages, base = originals
    relaid, got = _import_relaid(tmp_path, pages, layout, seed)
    result = compare(base, got)
    assert invented(got, "\n".join(relaid.values())) == [] and result["mixed_unflagged"] == []
    assert [m for m in result["missing"] if not m.startswith("grrb-20251114")] == []


# Headlines standing directly on leads with no 本报讯 marker (近日，…), blank runs 1–4 lines long by chance:
# the blank lines above a headline may be fewer than those above a paragraph of text.
NO_MARKER = [("甲城开展送清凉活动", "近日，甲城总工会为环卫工人送去防暑降温用品，价值5万余元。"),
             ("乙城开展送清凉活动", "近日，乙城总工会为环卫工人送去防暑降温用品，价值5万余元。"),
             ("丙城开展送清凉活动", "近日，丙城总工会为环卫工人送去防暑降温用品，价值5万余元。")]


def test_blank_runs_of_any_length_over_leads_without_a_marker_part_the_stories(tmp_path):
    """Blank runs of 3, 3, 1, 1, 2 lines: a lead stands three blank lines under its headline, the next
    headline one blank line under a lead.  Read as they are, the blank lines made the third headline a
    subhead of the second story, unflagged: a headline-shaped line one blank line under a finished paragraph,
    over a lead that opens on 近日, may be another item's headline, and is said in review."""
    page = "".join(line + "\n" * (1 + n) for line, n in zip(
        [line for item in NO_MARKER for line in item], (3, 3, 1, 1, 2, 4)))
    articles = _import(page, tmp_path)
    assert _mixed_without_review(articles) == []


def test_a_headline_one_blank_line_over_a_lead_without_a_marker_is_said_in_review(tmp_path):
    """A story's lead two blank lines under its headline, its other paragraphs and the next headline one
    blank line apart: the blank runs read as they are, the second headline is a subhead by its gap, but a
    lead opening on 近日 under it says it may be another item's headline: said in review."""
    page = "\n".join(["甲城开展送清凉活动", "", "", "近日，甲城总工会为环卫工人送去防暑降温用品，价值5万余元。", "",
                      "“这样的活动办到了我们心坎上。”甲城一名职工说。", "", "甲城总工会负责人表示，将把这项工作办成职工身边的实事。",
                      "", "乙城举办读书分享会", "", "近日，乙城总工会举办职工读书分享会，近200名职工参加。", "", ""])
    _assert_named(_import(page, tmp_path), "甲城开展送清凉活动", "line 10", "乙城举办读书分享会", "headline of another item")


MARKED_BLOCK = ("甲城举办职工技能大赛\n\n本报讯（记者周洁）近日，甲城总工会举办职工技能大赛，来自甲城各企业的两百余名职工参加比赛。\n\n"
                "比赛设焊工、电工等多个项目，甲城职工在赛场上比拼技能。\n\n甲城总工会负责人表示，将持续开展技能竞赛活动。\n\n\n"
                "### 乙城职工服务中心与社区工会联合举办主题宣讲活动\n\n## 6名职工讲述建设家乡的故事\n\n"
                "本报讯（记者吴昊）9月2日，乙城职工服务中心与社区工会联合举办主题宣讲活动，近百名职工参加。\n\n"
                "活动中，乙城6名职工代表讲述了建设家乡的动人故事。\n\n乙城总工会负责人表示，将继续开展宣讲活动。\n")


@pytest.mark.parametrize("seed", [1, 4, 10])
def test_a_marked_headline_block_over_a_lead_without_a_marker_is_not_run_on_unflagged(tmp_path, seed):
    """A headline block the OCR marked (### …活动 | ## …故事) over a lead with no 本报讯 marker (9月2日，…), lines
    re-wrapped, blank runs 1–4 lines long: the block's lines were joined on into the story above and the lead
    after them, a file of two stories with nothing said.  A marked headline-shaped line run on into a
    paragraph of text is said in review."""
    articles = _import(relayout(MARKED_BLOCK, "rewrap+nolead+runs", seed), tmp_path)
    assert _mixed_without_review(articles) == []


# A lead without a marker cut by a column the OCR read out of order: its first part (近日，…) stands at the
# page's end, stopping mid-sentence, and its rest stands under its headline, which one blank line parts from
# the finished paragraph above (blank runs of any length: each paragraph, then the blank lines after it).
HANGING = [("甲城举办职工技能大赛", 2), ("近日，甲城总工会举办职工技能大赛，两百余名职工参加比赛。", 1),
           ("乙城新建职工书屋", 2), ("藏书两万余册，职工可以借阅图书。", 3), ("丙城开展职工健康体检", 1),
           ("近日，丙城总工会为一线职工开展免费健康体检。", 3), ("近日，乙城总工会在十个社区建成职工书屋，", 1)]


@pytest.mark.parametrize("wrapped", [False, True])
def test_a_headline_over_the_rest_of_a_lead_left_hanging_without_a_marker_is_said_in_review(tmp_path, wrapped):
    """乙城新建职工书屋 stands one blank line under a finished paragraph, over 藏书两万余册…, the rest of a lead
    whose first part (近日，乙城…建成职工书屋，) the OCR read at the page's end.  With no 本报讯 marker nothing
    says an item begins there: the line was a subhead of the 甲城 story, two stories in one file unflagged.
    A paragraph opening as a lead on its date or 近日 that stops mid-sentence with no sentence finished
    after it is a lead left hanging, as one with the marker is: the headline-shaped line one blank line
    under a finished paragraph may be its item's headline, and is said in review.  The same with the
    paragraphs' lines re-broken at any width."""
    page = "".join("\n".join(_rewrapped([text]) if wrapped and len(text) > 12 else [text]) + "\n" * (1 + blanks)
                   for text, blanks in HANGING)
    _assert_named(_import(page, tmp_path), "甲城举办职工技能大赛", "乙城新建职工书屋")


def test_a_marked_lead_stopping_over_a_paragraph_on_its_date_is_no_lead_left_hanging():
    """A marked lead whose first sentence a blank line cuts (本报讯（记者马超）记者 | (blank) | 近日获悉，…: a
    letter-spaced line the OCR parted as a paragraph) stands right before a paragraph opening on 近日.  Read as
    a lead hanging before another lead, the page was taken as read out of order and body lines after a
    sentence's end were named as possible headlines.  A paragraph on its date is another lead only after a
    lead with no marker either; two marker-less leads, the first stopping mid-sentence, still count."""
    marked = ["甲城新建职工驿站", "", "", "本报讯（记者马超）记者", "", "近日获悉，甲城总工会在城区新建10家工会驿站。", "",
              "驿站配备饮水机和微波炉等设施。", "", "", "乙城举办读书分享会", "", "",
              "本报讯（记者吴昊）近日，乙城总工会举办职工读书分享会。"]
    assert _hanging_lead(paragraphs(marked).paragraphs, dated=True) is None
    plain = [line.replace("本报讯（记者马超）", "近日，").replace("本报讯（记者吴昊）", "") for line in marked]
    assert _hanging_lead(paragraphs(plain).paragraphs, dated=True) is not None

# Three items without blank lines or lead markers: the second's headline (16 characters) and subtitle over a
# lead that opens on its date.
BLOCKS = [["甲城举办职工技能大赛"],
          ["9月2日，甲城总工会举办职工技能大赛，来自甲城各企业的两百余名职工参加比赛。",
           "比赛设焊工、电工等多个项目，甲城职工在赛场上比拼技能，优胜者将获得奖励。"],
          ["乙城总工会启动“职工书屋进社区”", "力争年底前在全城建成一百家职工书屋"],
          ["9月3日，乙城总工会启动“职工书屋进社区”行动，首批十家书屋已经开放。", "乙城职工可以在书屋借阅图书、参加读书活动。"],
          ["丙城开展职工健康体检"], ["9月4日，丙城总工会为一线职工开展免费健康体检，覆盖丙城三十余家企业。"]]


def _laid_out(layout: str) -> str:
    """BLOCKS in a column of 16 characters (the headline fills its line, the subtitle a line and one character);
    re-wrapped at any width; or one paragraph a line with the headline and subtitle printed on one line."""
    if layout == "column":
        return "".join(t[i:i + 16] + "\n" for block in BLOCKS for t in block for i in range(0, len(t), 16))
    if layout == "wrapped":
        return "".join(line + "\n" for block in BLOCKS for t in block
                       for line in (_rewrapped([t]) if len(t) > 12 else [t]))
    return "".join("".join(block) + "\n" if k == 2 else "".join(t + "\n" for t in block)
                   for k, block in enumerate(BLOCKS))


@pytest.mark.parametrize("layout", ["column", "wrapped", "one line"])
def test_a_headline_and_subtitle_run_together_over_a_dated_lead_open_an_item(tmp_path, layout):
    """The headline and its subtitle read as one paragraph (33 characters, longer than one headline line: the
    column joins a full line on its width, the wrap on no mark), with no 本报讯 marker under it: the lead
    (9月3日，…) opens no item by its form, and the block, read as text that stops mid-sentence, ran on into the
    lead, the 乙城 story inside the 甲城 file, unflagged.  A block of a headline's shape but for its length
    (two headline lines) over a lead on its date ends there and is a headline, as a one-line one is: three
    files, one a story."""
    articles = _import(_laid_out(layout), tmp_path)
    assert _mixed_without_review(articles) == []
    assert sorted(a["text"][:2] for a in articles) == ["丙城", "乙城", "甲城"]


def test_a_headline_block_left_over_a_dated_lead_is_not_joined_to_it(tmp_path):
    """One paragraph a line, blank runs of uneven lengths read as they are: the headline and subtitle on one
    line one blank line under a finished paragraph stay in the 甲城 story, and the segmenter joined the line,
    which stops with no mark, to the lead under it (…职工书屋9月3日，…: a sentence never printed, the next
    item inside the story, nothing said).  Left apart: the line is longer than a subhead, so it opens an item
    of its own (:meth:`~unionnews.ingest.segment.walk.Segmenter._long_over_dated`)."""
    items = [("甲城举办职工技能大赛", 2), (BLOCKS[1][0], 1), (BLOCKS[1][1], 1), ("".join(BLOCKS[2]), 1),
             (BLOCKS[3][0], 1), (BLOCKS[3][1], 3), (BLOCKS[4][0], 2), (BLOCKS[5][0], 1)]
    articles = _import("".join(text + "\n" * (1 + blanks) for text, blanks in items), tmp_path)
    assert _mixed_without_review(articles) == []
    assert [(a["head"][:6], a["body"][:5]) for a in articles] == [
        ("甲城举办职工", "9月2日，"), ("乙城总工会启", "9月3日，"), ("丙城开展职工", "9月4日，")]
    assert not any("书屋9月3日" in path.read_text(encoding="utf-8") for path in (tmp_path / "content").rglob("*.md"))


def test_a_headline_run_on_into_the_rest_of_a_lead_left_hanging_without_a_marker_is_named(tmp_path):
    """A column of 10 characters without blank lines or lead markers, read out of order: 乙城开展职工健康体检 fills
    its line under a finished paragraph and is joined to 覆盖三十余家企业。, the rest of a lead whose start
    (近日，乙城…体检，) the OCR read at the page's end.  With the 本报讯 marker that hanging lead says the page was
    read out of order and the run-on headline is named; without it nothing did, and the 乙城 story ran on in the
    甲城 file unflagged.  A lead opening on its date or 近日 left hanging counts as one with the marker."""
    paras = ["甲城举办读书分享会", "近日，甲城总工会举办职工读书分享会，近两百名职工参加。", "活动结束后，甲城总工会向职工发放了问卷。",
             "乙城开展职工健康体检", "覆盖三十余家企业。", "丙城新建十家工会驿站",
             "近日，丙城总工会在城区新建十家工会驿站，为户外劳动者提供休息服务。", "近日，乙城总工会为一线职工开展免费健康体检，"]
    page = "".join(text[i:i + 10] + "\n" for text in paras for i in range(0, len(text), 10))
    _assert_named(_import(page, tmp_path), "甲城举办读书分享会", "line 7 (乙城开展职工健康体检)")


def test_a_lead_marker_alone_over_its_dated_first_sentence_is_no_lead_left_hanging(tmp_path):
    """本报讯（记者周洁） set apart from its first sentence (近日，…) by a blank line stops with no sentence end, over a
    paragraph that opens on its date: that is the lead going on, not a lead left hanging before another one, and
    the story's subhead one blank line under a finished paragraph is not named as another item's headline."""
    items = [("甲城举办职工技能大赛", 2), ("本报讯（记者周洁）", 1), ("近日，甲城总工会举办职工技能大赛，两百余名职工参加比赛。", 1),
             ("赛场亮点纷呈", 1), ("比赛设焊工、电工等多个项目，甲城职工在赛场上比拼技能。", 3),
             ("乙城开展职工健康体检", 2), ("近日，乙城总工会为一线职工开展免费健康体检。", 1)]
    articles = _import("".join(text + "\n" * (1 + blanks) for text, blanks in items), tmp_path)
    assert _mixed_without_review(articles) == []
    assert not any("stops mid-sentence with its rest elsewhere" in r for a in articles for r in a["review"])


DING = ["丁城新建十家职工驿站", "本报讯（记者李明）近日，丁城总工会在丁城主要街道新建十家职工驿站，为户外劳动者提供饮水、休息等服务。",
        "丁城驿站配备冰箱、微波炉和药箱，每天早七点开放到晚九点。", "丁城总工会负责人表示，年内还将再建二十家驿站。"]


@pytest.mark.parametrize("width", [14, 18, 26])
def test_a_zone_printed_line_by_line_under_one_paragraph_a_line_parts_its_stories(tmp_path, width):
    """The top of a page one paragraph a line with blank lines between, the bottom printed line by line in
    a column with no blank line at all (an engine that read the page's zones with two settings): the
    bottom zone was read as one wrapped paragraph, two stories in one file (on the seed pages, with nothing
    said in review).  A blank-free run of lines printed in a column of its own is read against its column
    (丙城 and 丁城 apart, whole)."""
    top = [line for story in STORIES[:2] for p in story for line in (p, "")] + [""]
    bottom = printed_column([p for story in (STORIES[2], DING) for p in story], width)
    articles = _import("\n".join(top + bottom) + "\n", tmp_path)
    assert _mixed_without_review(articles) == []
    assert sorted(a["text"][:2] for a in articles) == sorted(PLACES[:4])


def test_a_short_zone_printed_line_by_line_ending_on_the_next_headline_joins_no_story_silently(tmp_path):
    """A zone printed line by line too short to read a column from (four lines: a headline, a lead in two
    lines, the next story's headline), the rest one paragraph a line: the headline at the zone's foot ran on
    into the lead above it as one wrapped paragraph, and the story under it joined the first one with
    nothing said in review.  A headline-shaped last line under a finished sentence is a paragraph of its
    own, and the file that keeps it as a subhead says so."""
    page = ("丙城开展职工健康体检\n本报讯（记者吴昊）近日，丙城总工会为一线职工免费体检，\n覆盖全市120家企业。\n"
            "丁城新建十家工会驿站\n\n\n新建10家工会驿站，为快递员、外卖骑手等户外劳动者提供休息、饮水、充电等服务。\n\n"
            "活动结束后，丁城总工会还向职工发放了问卷。\n\n\n本报讯（记者周洁）近日，丁城总工会在城区\n")
    assert _mixed_without_review(_import(page, tmp_path)) == []


@pytest.mark.parametrize("width", [5, 6])
def test_a_headline_wider_than_the_column_ends_at_a_blank_line_in_a_zone_too_short_to_read_apart(tmp_path, width):
    """The top of a page one paragraph a line with blank lines between, too few lines to read as a zone of its
    own, the bottom printed line by line in a column: 甲城's headline stands in the top zone over the last words
    of its lead (参加比赛。), whose first lines the OCR read at the page's foot.  Read against the column, the
    headline, wider than it, was a full line that ran on across the blank line into those words, and both went
    into 丁城's story with nothing said in review.  No column line is wider than its column: a blank line under
    such a line ends it, whatever the text says."""
    jia = STORIES[0]
    cut = jia[1].index("参加比赛")
    top = [line for p in DING[:3] for line in (p, "")] + ["", jia[0], "", jia[1][cut:], "", ""]
    bottom = printed_column([*STORIES[1], *STORIES[2], jia[1][:cut]], width)
    lines = top + bottom
    found = paragraphs(lines)
    assert found.layout == "columnar" and found.width == width
    assert (lines.index(jia[0]) + 1,) in [p.lines for p in found.paragraphs]
    articles = _import("\n".join(lines) + "\n", tmp_path)
    assert _mixed_without_review(articles) == []
    assert not any(jia[0] in a["body"] for a in articles)


BRIEF = ["丁城表彰百名优秀职工", "9月25日，丁城总工会召开大会，表彰一百名优秀职工和十个先进集体。",
         "丁城总工会负责人表示，将推动更多职工走技能成才之路。"]


@pytest.mark.parametrize("width", [12, 16, 22])
def test_a_headline_over_a_dated_lead_in_a_zone_printed_without_blank_lines_opens_an_item(tmp_path, width):
    """The top of a page one paragraph a line with blank lines between items, the bottom printed line by line
    with no blank line at all; in the bottom zone a short headline stands under a finished paragraph, over a
    lead with no 本报讯 marker that opens on its date.  The page's blank lines part its items, so the zone's
    headline was kept a subhead (flagged) and the brief ran on in the story above; with no blank line above
    it, it is read as on a page printed without any: the headline of its own item."""
    top = [line for story in STORIES[:2] for p in story for line in (p, "")] + [""]
    bottom = printed_column([p for story in (STORIES[2], BRIEF) for p in story], width)
    articles = _import("\n".join(top + bottom) + "\n", tmp_path)
    assert _mixed_without_review(articles) == []
    brief = [a for a in articles if a["head"].startswith("丁城表彰")]
    assert len(brief) == 1 and brief[0]["body"].startswith("9月25日"), [a["head"] for a in articles]


def test_a_credit_a_narrow_wrap_cut_inside_its_word_is_no_headline_at_a_blocks_end(tmp_path):
    """A photo credit closing a story, re-wrapped narrow so that its 摄影报道 is cut (…周洁 摄 | 影报道 | blank):
    the piece under the credit is headline-shaped and stands under a line that closes (a credit ends as a
    sentence does), but it finishes the word the line above cut, so it is that line's rest, not a headline."""
    page = ("甲城举办职工技能大赛\n\n本报讯（记者周洁）近日，甲城总工会举办\n职工技能大赛，两百余名职工参加。\n\n"
            "比赛现场气氛热烈。本报记者\n周洁 摄\n影报道\n\n\n乙城开展职工健康体检\n\n"
            "本报讯（记者吴昊）近日，乙城总工会为\n一线职工开展免费健康体检。\n")
    articles = _import(page, tmp_path)
    assert len(articles) == 2
    assert "周洁摄影报道" in next(a for a in articles if "甲城总工会" in a["body"])["body"]


def test_an_indented_line_under_a_blank_opens_a_paragraph_the_headline_above_does_not_run_into(tmp_path):
    """Paragraphs opening on an indent, lines re-wrapped so that a lead's marker is cut after its first
    character (    本 | 报讯（…）…), under a headline one blank line above: the one character was bridged to
    the headline as its rest, the lead was no lead, and the story ran into the one above with nothing said.
    An indent where the line above has none opens a paragraph across a blank as it does without one."""
    page = ("甲城举办职工技能大赛\n\n    本报讯（记者周洁）近日，甲城总工会举办职工技能大赛。\n\n\n"
            "乙城开展职工健康体检\n\n    本\n报讯（记者吴昊）近日，乙城总工会为一线职工开展免费健康体检。\n")
    articles = _import(page, tmp_path)
    assert _mixed_without_review(articles) == []
    assert [a["head"] for a in articles] == ["甲城举办职工技能大赛", "乙城开展职工健康体检"]


def test_a_layout_that_takes_the_lead_markers_off_is_compared_with_the_articles_so_printed(tmp_path):
    """A page whose leads lose their 本报讯（…） (the held-out nolead form) can give no seed article's text:
    compared with the articles as the seed page prints them, none came out whole, and the bench's whole
    counts for those layouts measured the markers, not the import.  The seed articles with the layout's
    words taken off, and nothing else, are what a variant can give whole: every story here."""
    page = "\n\n\n".join("\n\n".join(story) for story in STORIES) + "\n"
    (tmp_path / "seed").mkdir()
    (tmp_path / "variant").mkdir()
    base = _import(page, tmp_path / "seed")
    got = _import(relayout(page, "nolead", 0), tmp_path / "variant")
    assert compare(base, got)["whole"] == 0
    result = compare(base, got, article_texts(tmp_path / "seed" / "content", "nolead"))
    assert result["whole"] == result["of"] == 3 and result["mixed_unflagged"] == []


MARKED_NO_LEAD = ("# 甲城举办职工技能大赛\n\n## 两百余名职工同台比拼技能\n\n"
                  "近日，甲城总工会举办职工技能大赛，来自甲城各企业的两百余名职工参加比赛。\n\n"
                  "比赛设焊工、电工等多个项目，甲城职工在赛场上比拼技能。\n\n"
                  "### 乙城总工会联合社区开展主题宣讲活动\n\n## 6名职工讲述建设家乡的故事\n\n"
                  "9月2日，乙城总工会联合社区工会举办主题宣讲活动，近百名职工参加。\n\n"
                  "活动中，乙城6名职工代表讲述了建设家乡的故事。\n")


def test_a_headline_block_the_ocr_marked_over_a_lead_without_a_marker_opens_an_item(tmp_path):
    """Headline and subtitle marked by the OCR (# … | ## …, ### … | ## …) over leads with no 本报讯 marker,
    one blank line between every paragraph: the subtitle was read as the first story's first paragraph,
    and the second block as subheads of the first story (one file for two stories).  Two or more marked
    heading lines over a paragraph opening on its date or 近日 open an item, as they do over a lead."""
    articles = _import(MARKED_NO_LEAD, tmp_path)
    assert [(a["heads"], a["body"][:4]) for a in articles] == [
        (["甲城举办职工技能大赛", "两百余名职工同台比拼技能"], "近日，甲"),
        (["乙城总工会联合社区开展主题宣讲活动", "6名职工讲述建设家乡的故事"], "9月2日")]


@pytest.mark.parametrize("blank", [True, False])
@pytest.mark.parametrize("mark", ["■ ", "◇", "☆\u3000", "▶", "→ ", "✦"])
def test_a_decoration_before_a_line_hides_none_of_its_words(tmp_path, mark, blank):
    """Headlines, a column label, a photo credit and a source line printed with a shape before them (■ 标题,
    ◇标题, ☆　, ▶, an arrow, a dingbat; one style a page), one paragraph a line with or without blank
    lines.  Read as printed, the marked 转自 line was taken for a headline and opened an item with the
    column label and the next story's headline under it, and the label read after the story it names
    stayed over the next one.  Every classifier reads the line without its decoration; the mark stays
    where it was printed (the headline fields, the source and credit lines)."""
    paras = [mark + STORIES[0][0]] + STORIES[0][1:] + [mark + "转自《甲城日报》", mark + "关注技能大赛"]
    paras += [mark + STORIES[1][0]] + STORIES[1][1:] + [mark + "记者 吴昊 摄", mark + STORIES[2][0]] + STORIES[2][1:]
    lines = [x for p in paras for x in ((p, "") if blank else (p,))]
    articles = _import("\n".join(lines) + "\n", tmp_path)
    assert _mixed_without_review(articles) == []
    assert len(articles) == 3
    first = next(a for a in articles if "甲城总工会举办" in a["body"])
    assert first["body"].endswith(mark.strip() + "转自《甲城日报》")
    assert "关注技能大赛" in first["head"]
    second = next(a for a in articles if "乙城总工会为" in a["body"])
    assert second["head"] == mark.strip() + STORIES[1][0]
    assert second["body"].endswith(mark.strip() + "记者吴昊摄")


@pytest.mark.parametrize("blank", [True, False])
@pytest.mark.parametrize("mark", ["■ ", "▲\u3000", "◆"])
def test_a_subhead_printed_with_a_decoration_stays_in_its_story(tmp_path, mark, blank):
    """A subhead (甲城技能人才亮相, a phrase of eight characters) printed with a decoration and a space before
    it, as the page's headlines are: the space read as two phrases parted by a space and the mark as two more
    characters made it a headline, and the text under it a story of its own.  Its words are the phrase alone."""
    st = STORIES[0]
    paras = [mark + st[0], st[1], st[2], mark + "甲城技能人才亮相",
             "“小技能，大本领。”甲城总工会负责人这样评价比赛，并表示将持续开展技能竞赛活动。"]
    paras += [mark + DING[0]] + DING[1:]
    lines = [x for p in paras for x in ((p, "") if blank else (p,))]
    articles = _import("\n".join(lines) + "\n", tmp_path)
    assert _mixed_without_review(articles) == []
    assert len(articles) == 2
    first = next(a for a in articles if "甲城总工会举办" in a["body"])
    assert mark.strip() + "甲城技能人才亮相" in first["body"]


# A page printed without 本报讯 markers (a wire story, a reprint), one paragraph a line, one blank line between
# every paragraph and every item: headline blocks stand directly on leads that open on a quote or plain words.
UNMARKED_BLOCKS = ("甲城聚焦技能提升\n\n甲城第二届职工技能交流大会主论坛举办\n\n"
                   "“如何让更多职工走上技能成才之路？”论坛上，甲城总工会负责人与职工代表展开交流。\n\n"
                   "甲城总工会负责人表示，将持续开展技能竞赛活动。\n\n"
                   "乙城发布职工服务三年行动方案\n\n每年为一千名以上职工解决难题\n\n"
                   "记者获悉，乙城总工会联合乙城人社局发布职工服务三年行动方案，聚焦技能、健康、权益三方面。\n\n"
                   "方案提出，各级工会将组建服务小分队深入企业。\n\n"
                   "丙城职工服务创新案例\n\n>> 丙城经验 <<\n\n丙城社区职工之家赋能职工高品质生活\n\n"
                   "红娘牵线、读书分享、健康讲座……丙城社区职工之家一年举办活动两百余场。\n\n"
                   "丙城总工会还将在十个社区建成职工之家。\n")


def test_a_headline_block_over_a_lead_with_no_marker_opens_an_item(tmp_path):
    """Headline and subtitle (and a kicker over a column label and its headline), no OCR marks, over leads
    with no 本报讯 marker that open on a quote, on 记者获悉 and on plain words, one blank line between every
    paragraph.  The first line was read as a lone headline and the subtitle as the first paragraph, run on into
    the lead (…主论坛举办“如何让…: a sentence the page never printed); the second block read as subheads of the
    first story; the kicker over the label went to the page's unplaced file.  Two or three lines of a
    headline's shape after a finished story over a paragraph of text open an item; where only the shape says
    so (the story above was not closed, the text under opens no lead by its form), the review says it."""
    articles = _import(UNMARKED_BLOCKS, tmp_path)
    assert [(a["heads"], a["body"][:4]) for a in articles] == [
        (["甲城聚焦技能提升", "甲城第二届职工技能交流大会主论坛举办"], "“如何让"),
        (["乙城发布职工服务三年行动方案", "每年为一千名以上职工解决难题"], "记者获悉"),
        (["丙城职工服务创新案例", "丙城经验", "丙城社区职工之家赋能职工高品质生活"], "红娘牵线")]
    assert any("headline block" in r for r in articles[1]["review"])
    assert any("headline block" in r for r in articles[2]["review"])


def test_a_headline_blocks_review_names_its_first_and_last_file_lines_on_a_wrapped_page(tmp_path):
    """The same page with each paragraph wrapped in lines of eighteen characters, so the importer's paragraphs
    are not the file's lines: the review of a headline block names the file lines of its first and last line
    (written as a range the paragraph stage renumbers; with another dash its end kept a paragraph's number)."""
    lines = []
    for para in UNMARKED_BLOCKS.split("\n\n"):
        text = para.strip()
        lines += [text[i:i + 18] for i in range(0, len(text), 18)] + [""]
    articles = _import("\n".join(lines) + "\n", tmp_path)
    said = [r for a in articles[1:] for r in a["review"] if "headline block" in r]
    first = [lines.index("乙城发布职工服务三年行动方案") + 1, lines.index("丙城职工服务创新案例") + 1]
    last = [lines.index("每年为一千名以上职工解决难题") + 1, lines.index("丙城社区职工之家赋能职工高品质生活") + 1]
    assert [r.split(" (")[0] for r in said] == [f"lines {a}-{b}" for a, b in zip(first, last)]


def test_a_subhead_over_a_paragraph_the_ocr_cut_is_no_headline_block(tmp_path):
    """Inside a story: a subhead over a paragraph whose first line the OCR cut without punctuation (甲城职工在
    赛场上比拼 | 技能，…, a word across the cut), and a subhead over a line leaving a quote open: each is one
    line of a headline over text, and the story stays one file."""
    st = STORIES[0]
    first = st[:2] + ["技能比拼亮点纷呈", "比赛设焊工电工等多个项目甲城职工在赛场上比", "拼技能，成绩喜人。", st[2],
                      "职工风采充分展现", "“甲城职工的技能水平", "又上了一个台阶。”甲城总工会负责人说。"]
    text = "\n\n\n".join("\n\n".join(story) for story in [first] + STORIES[1:]) + "\n"
    articles = _import(text, tmp_path)
    assert [a["heads"] for a in articles] == [[story[0]] for story in STORIES]


def test_a_long_headline_one_blank_line_over_a_dated_lead_opens_an_item(tmp_path):
    """A headline longer than a subhead (a phrase of twelve characters at most), one blank line under a finished
    story, over a lead with no marker opening on its date: it was read as a subhead and its story as the rest
    of the story above (flagged, one file for two stories).  A short line there stays a subhead."""
    text = "\n\n".join(["甲城举办职工技能大赛", "近日，甲城总工会举办职工技能大赛，两百余名职工参加比赛。",
                        "技能比拼", "9月3日，比赛进入决赛阶段，甲城职工在赛场上比拼技能。",
                        "第三届乙城产业职工数字技能创新大赛在乙城闭幕", "9月24日，由乙城总工会主办的职工数字技能创新大赛落下帷幕。",
                        "大赛共有三百余名职工参赛。\n\n", STORIES[2][0], "近日，丙城总工会在丙城十个社区建成职工书屋。"]) + "\n"
    articles = _import(text, tmp_path)
    assert [(a["heads"], a["body"][:4]) for a in articles] == [
        (["甲城举办职工技能大赛"], "近日，甲"), (["第三届乙城产业职工数字技能创新大赛在乙城闭幕"], "9月24"),
        ([STORIES[2][0]], "近日，丙")]
    assert "技能比拼" in articles[0]["body"]


def test_a_line_the_segmenter_reads_as_a_headline_is_not_said_to_be_read_as_a_subhead(tmp_path):
    """A page with no blank line at all: the paragraph stage keeps a short headline-shaped line under a finished
    paragraph a subhead and says so (丙城职工服务创新案例); the segmenter reads it as the kicker over a column label
    and the headline under it, the start of its own item.  That item's review must not say the line "is read as
    a subhead": it is not, and a reader checking the file would look for a subhead that is not there."""
    articles = _import(UNMARKED_BLOCKS.replace("\n\n", "\n"), tmp_path)
    last = next(a for a in articles if "丙城经验" in a["heads"])
    assert "丙城职工服务创新案例" in last["heads"]
    assert not any("is read as a subhead" in r for r in last["review"]), last["review"]


def test_a_deck_of_clauses_under_a_lone_headline_stays_out_of_the_lead(tmp_path):
    """A headline the OCR marked, a deck of two clauses under it (a comma inside, no full stop), over a lead with
    no marker opening on its date, after a story a dateline closed: the deck was read as the first paragraph and
    run on into the lead (…巡演11月10日，…: a sentence the page never printed).  It is the headline's second line."""
    text = "\n\n".join(["甲城举办职工技能大赛", "近日，甲城总工会举办职工技能大赛，两百余名职工参加比赛。",
                        "（本报甲城9月3日电）", "## 乙省总工会举办文艺下基层巡演活动", "融合音乐、情景剧等多种形式，深入十个市巡演",
                        "11月10日，乙省总工会主办的一场文艺晚会在乙城上演。", "晚会吸引了近千名职工观看。"]) + "\n"
    articles = _import(text, tmp_path)
    assert [(a["heads"], a["body"][:6]) for a in articles] == [
        (["甲城举办职工技能大赛"], "近日，甲城总"),
        (["乙省总工会举办文艺下基层巡演活动", "融合音乐、情景剧等多种形式，深入十个市巡演"], "11月10日")]


def test_a_marked_headline_the_column_cut_keeps_its_unmarked_piece_over_a_lead_with_no_marker(tmp_path):
    """A headline and its subtitle marked by the OCR (### … | ## …), printed in a column that cut the headline
    before a quote (### 屏对屏“直播相亲” 面对面 | “牵手脱单” | ## 乙城科学城…): the OCR marks a printed headline's
    first line only.  Over a lead with no marker, the unmarked piece and the subtitle were read as the first
    paragraph, run on into the lead (…“牵手脱单”乙城科学城…交友寻爱红娘牵线…).  A line between two marked lines,
    after a closed story, is a piece of the headline block."""
    paras = ["# 甲城举办职工技能大赛", "近日，甲城总工会举办职工技能大赛，来自甲城各企业的两百余名职工参加比赛。",
             "比赛设焊工、电工等多个项目，甲城职工在赛场上比拼技能。", "赵明 摄",
             "### 屏对屏“直播相亲” 面对面“牵手脱单”", "## 乙城科学城职工“线上线下一体化”交友寻爱",
             "红娘牵线、视频连麦、真人出镜……日前，乙城科学城总工会举办的联谊活动直播间内，一百余名职工大方展示自我。",
             "乙城科学城总工会负责人表示，将持续开展联谊活动。"]
    articles = _import("\n".join(printed_column(paras, 14)) + "\n", tmp_path)
    assert len(articles) == 2
    # (the kicker's two parallel phrases whole, as printed: the column's cut fell inside the second, 面对面 | “牵手脱单”)
    assert articles[1]["heads"][-3:] == ["屏对屏“直播相亲“", "面对面“牵手脱单“", "乙城科学城职工“线上线下一体化“交友寻爱"]
    assert articles[1]["body"].startswith("红娘牵线")


def test_a_subtitle_filling_its_column_lines_ends_before_a_dated_lead_with_no_marker(tmp_path):
    """A printed column seven characters wide: a title ending on a short line, its subtitle filling two lines
    exactly, then a lead with no 本报讯 marker opening on its date (每年为一千名以 | 上职工解决难题 | 9月24日上午，…).
    The full last line of the subtitle ran on into the lead (…解决难题9月24日上午，…), and the item into the story
    above.  Under a title a headline-shaped paragraph ends before a dated lead, as under a finished story."""
    paras = ["甲城举办职工技能大赛", "近日，甲城总工会举办职工技能大赛，来自甲城各企业的两百余名职工参加比赛。",
             "比赛设焊工、电工等多个项目，甲城职工在赛场上比拼技能。",
             "乙城发布职工服务三年方案", "每年为一千名以上职工解决难题",
             "9月24日上午，乙城总工会联合乙城人社局发布职工服务三年行动方案。", "方案提出，各级工会将组建服务小分队深入企业。"]
    articles = _import("\n".join(printed_column(paras, 7)) + "\n", tmp_path)
    assert [(a["heads"], a["body"][:4]) for a in articles] == [
        (["甲城举办职工技能大赛"], "近日，甲"), (["乙城发布职工服务三年方案", "每年为一千名以上职工解决难题"], "9月24")]


def test_pieces_of_a_sentence_the_wrap_cut_are_no_headline_block(tmp_path):
    """Two lines of a headline's shape that are pieces the wrap cut: a date cut from the lead under a headline
    (甲城举办职工技能大赛 | 11月13日 | 下午，…), and a Latin run cut across two lines (…V | R、电玩…深受年轻 |
    职工喜爱…).  The date is the lead's start, no subtitle; a headline block's lines each stand whole."""
    text = ("甲城举办职工技能大赛\n\n11月13日\n\n下午，甲城总工会举办职工技能大赛，两百余名职工参加比赛。\n\n"
            "比赛结束后，职工们参加了联谊活动。\n\n桌游、V\n\nR、电玩……深受年轻\n\n"
            "职工喜爱的活动为大家创造了交流的机会。\n\n甲城总工会负责人表示，将持续开展此类活动。\n")
    articles = _import(text, tmp_path)
    assert articles[0]["heads"] == ["甲城举办职工技能大赛"]
    assert articles[0]["body"].startswith("11月13日下午，")
    assert not any("R、电玩" in head for a in articles for head in a["heads"])


@pytest.mark.parametrize("width", [11, 12, 13])
def test_a_zone_one_paragraph_a_line_on_a_column_page_is_read_as_written(width):
    """The top of a page one paragraph a line with blank lines between, its pieces out of order as the OCR read
    the columns (甲城's lead cut after its first clause, its rest under 乙城's story), the bottom, the larger part,
    printed line by line in a column with no blank line.  The page reads as a column, and the top's lines, each
    wider than the column, read as full lines: the cut lead ran on into 乙城's headline, one paragraph the
    reading-order stage could not take apart.  No column prints a line wider than itself or a blank line after
    each of its lines: the zone's lines are paragraphs of their own, as on the zone read alone."""
    jia = STORIES[0]
    cut = jia[1].index("来自")
    zone = [jia[0], jia[1][:cut], *STORIES[1], jia[1][cut:], *jia[2:], *STORIES[2]]
    top = [line for p in zone for line in (p, "")] + [""]
    bottom = printed_column([p for story in (DING, BRIEF, DING, BRIEF) for p in story], width)
    found = paragraphs(top + bottom)
    assert found.layout == "columnar" and found.width == width
    assert [p.lines for p in found.paragraphs[:len(zone)]] == [(2 * k + 1,) for k in range(len(zone))]


@pytest.mark.parametrize("pieces", [("乙城集团", "摸索出“3+1”民", "主管理工作模式，即在职代会的基础上开展谈心谈话。"),
                                    ("丙城推动绘就“路线图”", "针对当前甲城团场师", "市企业民主管理中存在的问题，工会下发通知。"),
                                    ("打造可复制“样板”", "如何将纸", "面上的制度转化为基层的实践？甲城总工会打造一批标杆。")])
def test_short_pieces_of_a_paragraph_ending_inside_a_word_are_no_headline_block(tmp_path, pieces):
    """A story ending its sentence, then two short lines of a headline's shape over text with no lead marker, the
    second ending inside a word the text under it finishes (…民 | 主管理…; …师 | 市企业…, no dictionary word; …纸 |
    面上…: 纸面): the short first pieces of a paragraph re-wrapped at any width, read as another item's headline
    block, so the story's rest became a file of its own.  A headline line ends on a whole word."""
    st = STORIES[0]
    text = "\n\n\n".join("\n\n".join(story) for story in [st[:2] + list(pieces) + st[2:]] + STORIES[1:]) + "\n"
    articles = _import(text, tmp_path)
    assert [a["heads"] for a in articles] == [[story[0]] for story in STORIES]


def test_a_long_headline_shaped_piece_on_a_page_read_a_line_a_paragraph_gets_no_items_gap():
    """A page re-wrapped at any width, no blank line anywhere, read a line a paragraph: the wrap cut a paragraph's
    first line before its first comma (作为甲城高端装备制造的标杆 | 企业，…), a headline's shape longer than a
    subhead, after a finished sentence.  Its length gave it the item's gap, and it opened an item of its own over
    its paragraph's rest: the story cut in two mid-text.  There a piece's length is the wrap's; it stays a
    subhead, named in review, and a headline over a lead still opens its item.  Whole paragraphs keep the rule."""
    from unionnews.ingest.paragraphs.items import _item_gaps
    from unionnews.ingest.paragraphs.lines import Paragraph
    texts = ["甲城举办职工技能大赛", "本报讯（记者周洁）近日，甲城总工会举办职工技能大赛，", "两百余名职工参加比赛。",
             "作为甲城高端装备制造的标杆", "企业，甲城重工派出三十名职工参赛，取得了好成绩。", "乙城总工会开展职工健康体检活动",
             "本报讯（记者吴昊）近日，乙城总工会为一线职工开展免费健康体检。"]
    paras = [Paragraph(t, (k + 1,), 1) for k, t in enumerate(texts)]
    out, unsure = _item_gaps(paras, pieces=True)
    assert out[3].blanks == 1 and 3 in unsure
    assert out[5].blanks == 2
    out, unsure = _item_gaps(paras)
    assert out[3].blanks == 2


# Two items with no blank line between, each headline's first line marked and cut by a re-wrap before its end (a
# comma and a lone 的; a 、), its rest unmarked under it, then the title marked again and a byline.
MARKED_CUT = ["## 甲城总工会打造“职工书屋+读书会”服务模式，实现“1+1>2”的", "聚合效应——", "# 在书香中“共同成长”", "本报记者 周洁",
              "近日，甲城总工会在城区十个社区建成职工书屋，藏书两万余册，", "职工可以在书屋借阅图书、参加读书活动。",
              "甲城总工会负责人表示，将持续开展读书活动。", "### 乙城总工会开展“健康体检进企业”活动，覆盖三十余家企业、",
              "惠及职工上万人——", "## 让职工“看得见”健康", "本报记者 吴昊", "近日，乙城总工会为一线职工开展免费健康体检。",
              "乙城总工会还为职工建立健康档案，跟踪体检结果。"]


def test_a_marked_headline_line_a_rewrap_cut_heads_the_block_its_rest_opens(tmp_path):
    """The mark stays on a headline line's first piece when a re-wrap cuts it, and the piece stops where no
    headline line stops (…实现“1+1>2”的; …覆盖三十余家企业、): read as text, the first item's kicker lost its
    start (left before the page's first headline) and the second's ran on into the first story, two stories in
    one file.  Over its unmarked rest, which opens a headline block over a byline, the piece is the block's
    first line: two files, each headline whole."""
    articles = _import("\n".join(MARKED_CUT) + "\n", tmp_path)
    assert [a["heads"][0][:4] for a in articles] == ["甲城总工", "乙城总工"]
    assert [a["body"][:4] for a in articles] == ["本报记者", "本报记者"]


def test_a_marked_headline_piece_over_its_unmarked_rest_is_a_headline_line_for_the_reading_order():
    """On a page of pieces the reading order must not take the marked piece (…覆盖三十余家企业、) for an open end of
    text: it is a headline line over its rest, which stands over the title and the byline; a marked line of
    text that ends a sentence, or over a line of running text, is no such piece."""
    from unionnews.ingest.pageview import Page
    from unionnews.ingest.segment import make_units
    lines = MARKED_CUT[4:]
    page = Page(make_units(lines, None), pieces=True)
    assert {4, 5, 6} <= page.heads and not page.is_open(4)
    lines = lines[:4] + ["惠及职工上万人，体检项目包括内科和外科等，"] + lines[5:]
    page = Page(make_units(lines, None), pieces=True)
    assert 4 not in page.heads
