"""Rules for re-wrapped pages (tests/variants.py's rewrap layouts), on made-up text.

Punctuation: OCR engines print ，；：？！（）“” as , ; : ? ! ( ) " about as often as not (the
``halfwidth`` layouts), and the same page must give the same articles either way, so each rule that
looks for a mark is run on both forms and must give the same answer.  Pieces: stray blank lines cut
paragraphs into pieces of any length, which no rule may read as a column's lines.
"""
from __future__ import annotations

import random

import pytest

from test_ingest_heldout import STORIES, _rewrapped
from test_ingest_third import _same_articles
from unionnews.ingest.continuity import first_role
from unionnews.ingest.segment import make_units, segment
from unionnews.ingest.strays import _STATEMENT


@pytest.mark.parametrize("text", ["小组商定，“先易后难", '小组商定,"先易后难',
                                  "主题是：“向新而行", '主题是:"向新而行', "分三步；“一看二问", '分三步;"一看二问'])
def test_a_quote_after_a_clause_mark_opens_in_either_form(text):
    i = next(k for k, ch in enumerate(text) if ch in "“\"")
    assert first_role(text, i) == "open"


def _paragraphs(lines: list[str]) -> list[str]:
    drafts, _ = segment(make_units(lines, None))
    return [p.kind for d in drafts for p in d.paras]


@pytest.mark.parametrize("opener", ["同时，", "同时,", "目前，", "目前,"])
def test_an_opener_with_a_half_width_comma_begins_a_paragraph(opener):
    # the lead stops mid-sentence (a lost full stop): the next line joins it, unless it plainly opens
    # a sentence of its own
    lines = ["## 河湾镇举办秋季果蔬展销会", "", "本报讯（记者任远）近日，河湾镇在集市广场办起果蔬展销会，二十余家合作社参展",
             "", f"{opener}镇工会为参展农户送去遮阳棚和饮用水。", ""]
    assert _paragraphs(lines) == ["lead", "text"]


@pytest.mark.parametrize("full, half, statement", [
    ("“今年的收成比去年好得多。”他高兴地说。", '"今年的收成比去年好得多。"他高兴地说。', True),
    # a comma after the quote: the speaker tag is a clause of its own, not the statement's
    ("“今年的收成比去年好得多”，种植户老周在地头说。", '"今年的收成比去年好得多",种植户老周在地头说。', False),
])
def test_a_quoted_statement_and_its_speaker_in_either_form(full, half, statement):
    assert bool(_STATEMENT.match(full)) is statement
    assert bool(_STATEMENT.match(half)) is statement


# --- not a punctuation rule: where a short paragraph may have been printed ---------------------------

def _status(pieces: list[str], b: int) -> str:
    from unionnews.ingest.pageview import Page
    from unionnews.ingest.scores import Scorer

    lines = [x for p in pieces for x in (p, "")]
    return Scorer(Page(make_units(lines, None))).status[2 * b + 1]


def test_a_short_paragraph_among_pieces_of_any_length_stands_where_it_was_printed():
    # pieces of paragraphs that stray blank lines cut, of any length, then a short paragraph after a
    # finished one: it begins a paragraph where it stands (it is no column's last line printed apart)
    pieces = ["春耕时节，河湾镇的田间地头处处是忙碌的身影，合作社的农机手",
              "驾驶着拖拉机来回翻耕土地，技术员蹲在田埂上为农户讲解新品种的种植要点、病虫害防治方法和科学施肥的",
              "注意事项，农户们",
              "听得认真。",
              "镇农业服务中心的干部也来到了现场。",
              "今年全镇计划种植优质水稻两万亩，比去年增加三成，还将"]
    assert _status(pieces, 4) == "in place"


def test_a_short_paragraph_among_a_columns_lines_is_a_last_line_printed_apart():
    pieces = ["春耕时节，河湾镇的田间地头处处是忙碌", "的身影，合作社的农机手驾驶着拖拉机来",
              "镇农业服务中心的干部也来到了现场。", "听得认真。", "回翻耕土地，技术员蹲在田埂上为农户讲",
              "解新品种的种植要点、病虫害防治方法和"]
    assert _status(pieces, 3) == "orphan"


@pytest.mark.parametrize("open_, close", [("“", "”"), ('"', '"')])
def test_a_heading_cut_after_an_opening_quote_keeps_its_rest(open_, close):
    """A heading the OCR marked that a stray blank cut right after an opening quote: the heading-shaped
    line that closes the quote is its rest, on a page read out of order too (no ``bridge``)."""
    from unionnews.ingest.paragraphs import paragraphs

    text = (f"#### 合作社亮出{open_}\n\n\n特色招牌{close}\n\n如何让农户在家门口\n卖出好价钱？\n\n第二段。\n")
    got = [p.text for p in paragraphs(text.split("\n")).paragraphs]
    assert got[:2] == [f"#### 合作社亮出{open_}特色招牌{close}", "如何让农户在家门口卖出好价钱？"]


# --- stray blank lines the line-breaking rules and the dictionary bridge, on a page read out of order too ---

def _paras(text: str, **kw) -> list[str]:
    from unionnews.ingest.paragraphs import paragraphs

    return [p.text for p in paragraphs(text.split("\n"), **kw).paragraphs]


# a paragraph wrapped mid-sentence, so that the made-up page reads as wrapped lines (not one paragraph a line)
_PAGE_END = ("\n\n春耕时节，河湾镇的田间地头处处是忙碌的\n身影，合作社的农机手驾驶着新购置的播种机\n来回穿梭，镇工会的志愿者"
             "们也来到田间为\n农机手们送去茶水和点心。\n")


def test_a_straight_quote_that_opens_ends_no_line_across_a_stray_blank():
    """## 甲市总工会打造" | (blank) | 职工书屋+工匠驿站"模式…: a straight quote with an odd count so far opens a quotation,
    and no printed line ends on an opening mark, so the blank under it is a stray one."""
    text = '## 甲市总工会打造"\n\n职工书屋+工匠驿站"服务模式，实现"1+1>2"的效应——\n\n# 在服务中"抱团作战"' + _PAGE_END
    assert _paras(text)[0] == '## 甲市总工会打造"职工书屋+工匠驿站"服务模式，实现"1+1>2"的效应——'
    # a quote right after a sentence's end closes that sentence, whatever the count: the blank parts as before
    closed = '"今年的收成比去年好！"\n\n10月8日，河湾镇在集市广场办起果蔬展销会。' + _PAGE_END
    assert _paras(closed)[:2] == ['"今年的收成比去年好！"', "10月8日，河湾镇在集市广场办起果蔬展销会。"]


def test_a_straight_quote_that_closes_begins_no_line_across_a_stray_blank():
    """…构建"职工书屋+工匠驿站 | (blank) | "服务模式，…: the straight quote at the line's start closes the one the
    paragraph left open (its own line leaves its quotes unpaired), and no printed line begins with a closing mark."""
    text = ('对此，甲市总工会推动成立服务联盟，构建"职工书屋+工匠驿站\n\n"服务模式，在培育人才等方面实现突破。'
            + _PAGE_END)
    assert _paras(text)[0] == '对此，甲市总工会推动成立服务联盟，构建"职工书屋+工匠驿站"服务模式，在培育人才等方面实现突破。'


def test_a_words_last_character_before_a_mark_goes_back_across_a_stray_blank():
    """…服务设施分布不均 | (blank) | 衡、开放时间短…: one character and a mark, which jieba knows less as a word of its
    own than as the end of 均衡 read across, finishes the word the line above began; jieba's own reading across
    breaks 不均, so the word-across test alone misses it."""
    text = "针对部分社区服务设施分布不均\n\n衡、开放时间短等问题，街道工会新建了三处职工驿站。" + _PAGE_END
    assert _paras(text)[0] == "针对部分社区服务设施分布不均衡、开放时间短等问题，街道工会新建了三处职工驿站。"

def test_a_run_the_page_prints_whole_elsewhere_stays_one_paragraph_where_the_wrap_cut_it():
    # re-wrapped, no blank line, read a line a paragraph (the page out of order): the name 青禾精工, which no
    # dictionary knows, is cut …由青禾 | 精工与…; the page prints it whole in the headline and the lead, so the
    # two lines are one printed run.  镇工会 | 负责人…, wording printed nowhere else, stays apart for the
    # reading-order stage.
    from unionnews.ingest.paragraphs import paragraphs
    lines = ["青禾精工学院揭牌", "本报讯（记者王芳）近日，青禾精工学院在河湾镇", "揭牌。该学院由青禾", "精工与河湾镇技工学校共建，",
             "将聚焦数控加工等特色工种开展培训。镇工会", "负责人介绍，学院首批招收学员六十名，", "每名学员都配有一名师傅。",
             "职工们表示要把技术学到", "手，在岗位上建功立业。"]
    found = [p.text for p in paragraphs(lines, each_line=True).paragraphs]
    assert "揭牌。该学院由青禾精工与河湾镇技工学校共建，" in found
    assert "将聚焦数控加工等特色工种开展培训。镇工会" in found
    # half-width marks: the same
    half = [t.replace("，", ",").replace("（", "(").replace("）", ")") for t in lines]
    assert "揭牌。该学院由青禾精工与河湾镇技工学校共建," in [p.text for p in paragraphs(half, each_line=True).paragraphs]


def test_a_short_headline_right_over_a_lead_on_a_page_of_pieces_opens_an_item():
    # a page re-wrapped without blank lines, read a line a paragraph: 北湖区读书月 is as short as a subhead, but a
    # lead (本报讯…) follows it, and no subhead stands over a lead: it is the next item's headline, not a doubt
    from unionnews.ingest.paragraphs import paragraphs
    lines = ["河湾镇职工书屋添置新书架", "本报讯（记者任远）近日，河湾镇工会为辖区", "职工书屋添置了两排新书架和五百余册新书，职工们纷纷",
             "前来借阅。书屋成为职工学习的好去处。", "北湖区读书月", "本报讯（记者吴昊）近日，北湖区总工会举办职工读书",
             "月活动，两千余名职工参加。"]
    found = paragraphs(lines, each_line=True)
    gaps = {p.lines[0]: p.blanks for p in found.paragraphs}
    assert gaps[5] == 2
    assert not any("(北湖区读书月) is read as a subhead" in doubt for doubt in found.doubts.values())


def test_a_next_line_join_cutting_a_run_the_page_prints_whole_elsewhere_has_text_behind_it():
    # …该学院由青禾 | 精工与…: 青禾精工, a name no dictionary knows, is printed whole in the headline and the lead,
    # so the file's own join holds the page's wording (evidence for it when a loop of joins must break
    # somewhere); …镇工会 | 负责人…, wording printed nowhere else, has the layout alone
    from unionnews.ingest.pageview import Page
    from unionnews.ingest.scores import Scorer

    lines = ["青禾精工学院揭牌", "", "本报讯（记者王芳）近日，青禾精工学院在河湾镇揭牌。该学院由青禾", "精工与河湾镇技工学校共建，",
             "将聚焦数控加工等特色工种开展培训。镇工会", "负责人介绍，学院首批招收学员六十名。"]
    page = Page(make_units(lines, None))
    nos = {u.text[:4]: u.no for u in page.units}
    scorer = Scorer(page)
    cut = scorer.score(nos["本报讯（"], nos["精工与河"])
    assert any("青禾精工 across the join" in reason for reason in cut.reasons)
    plain = scorer.score(nos["将聚焦数"], nos["负责人介"])
    assert not any("across the join" in reason for reason in plain.reasons)


def _scorer(lines: list[str]):
    """The reading-order scorer of a made-up page, and its lines' numbers by their first four characters."""
    from unionnews.ingest.pageview import Page
    from unionnews.ingest.scores import Scorer

    page = Page(make_units(lines, None))
    return Scorer(page), {u.text[:4]: u.no for u in page.units}


def _heads_and_first(lines: list[str]) -> tuple[list[list[str]], list[str]]:
    """The segmenter's drafts of a made-up page: each draft's headline lines, and the first draft's lines."""
    drafts, _ = segment(make_units(lines, None))
    return [[u.text for u in d.head] for d in drafts], [u.text for u in drafts[0].units]


def test_a_next_line_join_cutting_three_characters_the_page_prints_whole_elsewhere_has_text_behind_it():
    # …由镇工会与禾 | 川镇…: 禾川镇, a place no dictionary knows, is printed whole in the lead, so the file's own join
    # holds the page's wording even where the break leaves only one character of it on a side (no run of four
    # across: 会与禾川, 与禾川镇 are printed nowhere); …开幕式后 | 选手们… holds wording printed nowhere else
    lines = ["禾川镇举办职工技能赛", "", "本报讯（记者王芳）近日，禾川镇职工技能赛开幕。赛事由镇工会与禾",
             "川镇技工学校共同承办，开幕式后", "选手们分组进入赛场，比拼数控加工技艺。"]
    scorer, nos = _scorer(lines)
    cut = scorer.score(nos["本报讯（"], nos["川镇技工"])
    assert any("禾川镇 across the join" in reason for reason in cut.reasons)
    assert "text" in cut.kinds
    plain = scorer.score(nos["川镇技工"], nos["选手们分"])
    assert not any("across the join" in reason for reason in plain.reasons)


def test_a_word_across_a_lines_first_character_leaves_it_no_particle_standing_alone():
    # 等 opening 等相关部门… is a particle closing a list only where it stands alone: a join that reads it into
    # a word with the line before (…获奖后，三 | 等…: 三等) cannot count it as a particle as well; the list left open
    # by …镇人社局、镇总工会 does read 等 standing alone
    lines = ["河湾镇技能赛闭幕", "", "本报讯（记者王芳）近日，河湾镇技能赛闭幕，镇技工学校代表队获奖后，三", "", "",
             "据了解，赛事由镇人社局、镇总工会", "", "", "等相关部门共同主办。"]
    scorer, nos = _scorer(lines)
    word = scorer.score(nos["本报讯（"], nos["等相关部"])
    assert any("三等" in reason for reason in word.reasons)
    assert not any("cannot start a sentence" in reason for reason in word.reasons)
    particle = scorer.score(nos["据了解，"], nos["等相关部"])
    assert any("等相… cannot start a sentence" in reason for reason in particle.reasons)


def test_a_headline_shaped_line_cut_inside_a_name_the_page_prints_whole_is_no_free_headline():
    # a paragraph begins with a line of a headline's shape after a finished one and a wide gap (the wrap cut
    # 青禾 | 精工 in the name the headline and the lead print whole): a headline ends on a whole name, so it is
    # the paragraph's first line, and the page one story
    lines = ["青禾精工学院揭牌", "", "本报讯（记者王芳）近日，青禾精工学院在河湾镇揭牌。", "", "",
             "青禾精工学院由青禾", "精工与河湾镇技工学校共建。镇工会负责人介绍，学院首批招收学员六十名。"]
    heads, first = _heads_and_first(lines)
    assert heads == [["青禾精工学院揭牌"]] and "青禾精工学院由青禾" in first


def test_a_headline_shaped_line_over_a_verb_of_saying_and_its_comma_is_no_free_headline():
    # a paragraph's first line stands apart after a finished one and a wide gap, of a headline's shape
    # (据该公司工会相关负责人), and the line under it opens on a verb of saying and its comma (介绍，…): that
    # sentence has its subject above it, so the line is its first words, not a headline, as under a block
    lines = ["青禾精工学院揭牌", "", "本报讯（记者王芳）近日，青禾精工学院在河湾镇揭牌。", "", "",
             "据该校工会相关负责人", "介绍，学院首批招收学员六十名，设焊接、电工等八个专业。"]
    heads, first = _heads_and_first(lines)
    assert heads == [["青禾精工学院揭牌"]] and "据该校工会相关负责人" in first


def test_a_short_headline_over_a_photo_report_one_blank_line_under_a_credited_story_heads_an_item():
    # one blank line parts every paragraph and item (a page or a zone of it printed so): a photo report's short
    # headline (乙城职工健康跑) over a lead on its date and a credit for its text and pictures both (摄影报道), under
    # a story whose lead already credits its text, was read as the story's last subhead; a story credits its
    # text once, so the report is an item of its own
    report = ["乙城职工健康跑", "近日，乙城总工会组织职工参加健康跑活动，两百余名职工参加。", "本报记者 吴昊 通讯员 李明 摄影报道"]
    lines = [line for p in STORIES[0] + report for line in (p, "")]
    assert _heads_and_first(lines)[0] == [[STORIES[0][0]], [report[0]]]


def test_a_line_of_a_headlines_shape_under_a_story_that_is_only_its_opening_quotation_is_its_text():
    # a feature opens on a quotation, its paragraph going on with who said it; re-wrapped with stray blank lines,
    # the speaker's organisation stood alone between blanks (甲城电子集团公司第十研究所), of a headline's shape, after
    # a finished sentence, and began an item of its own; no story is one quoted sentence under its headline
    lines = ["“创新离我并不远”", "本报记者 王芳", "", "“我的工作就如同给芯片盖宿舍，很有意思！”", "", "",
             "甲城电子集团公司第十研究所", "", "工艺师李华站在台上，讲述着微波组件的需求场景。",
             "台下的听众是来自各行各业的工匠人才。"]
    heads, first = _heads_and_first(lines)
    assert heads == [["“创新离我并不远”"]] and "甲城电子集团公司第十研究所" in first


def test_a_headline_run_on_into_a_story_that_restates_it_is_flagged_on_a_page_without_blank_lines():
    # re-wrapped, no blank line, no 本报讯 marker: the second item's headline and subtitle stand right on a lead that
    # opens on a quotation, and are read on into it (and into the story above); the lead gives the headline's first
    # words again (…召开的河湾镇职工技能比武总结会上), so the paragraph's review must say it may be another item's headline
    from unionnews.ingest.paragraphs import paragraphs
    lines = ["河湾镇职工书屋添置新书架", "9月3日，河湾镇工会为辖区职工书屋添置", "了两排新书架和五百余册新书，职工们",
             "纷纷前来借阅。书屋管理员介绍，开放以来", "借阅量比去年同期增长了三成，周末", "的读者尤其多。", "河湾镇职工技能比武总结会召开",
             "三百余名职工获评技术能手", "“今年的比武项目比去年多了一倍，参赛", "职工也多了一倍。”昨天，在河湾镇召开的",
             "河湾镇职工技能比武总结会上，镇工会", "负责人说。比武共设焊接、电工等八个", "项目，历时两个月。",
             "北湖区开展职工健康体检", "9月4日，北湖区总工会组织医护人员走进", "园区企业，为一线职工免费体检，", "并现场解读体检报告。",
             "区总工会负责人表示，今年将为", "五千名职工送去体检服务。"]
    found = paragraphs(lines)
    assert found.layout == "wrapped without blank lines"
    assert any(why.startswith("line 7 (河湾镇职工技能比武总结会召开) may be the headline")
               for why in found.doubts.values())
    # a paragraph that does not give its first words again (a sentence's long first clause) is not doubted
    plain = lines[:6] + ["全镇一百二十家企业的职工代表", "在会上交流了经验，并提出了", "不少改进生产", "的建议。"] + lines[13:]
    assert not paragraphs(plain).doubts


# --- not a punctuation rule: a line the OCR lifted out of a column ----------------------------------------------

_LIFTED_PAGE = ["本次活动以“跨区域联动、聚工会合力、", "甲市总工会搭建职工交流平台", "本报讯（记者王某）近日，甲市总工会举办工会",
                "联谊活动，为全市工会系统联动发展探索出新", "促职工共赢”为核心，打破区域壁垒，提供跨",
                "区域交流互动平台，推动各级工会互学互鉴。", "乙县举办职工运动会", "本报讯（记者李某）日前，乙县总工会举办第五",
                "届职工运动会，共有800名职工参加。"]


def _lifted_joins(kinds: set[str], contested: bool) -> dict:
    from unionnews.ingest.readings import Join

    here = ["next line in the file"]
    joins = {3: Join(3, 4, 3.0, here), 5: Join(5, 6, 3.0, here), 8: Join(8, 9, 3.0, here),
             1: Join(1, 5, 4.0, ["nearby on the page", "closes the quote line 1 leaves open"], kinds)}
    joins[1].contested = contested
    return joins


def test_a_line_lifted_out_of_a_column_goes_back_after_the_open_line_before_the_gap():
    """The OCR read 本次活动以“… at the page's top, out of 甲市's column: its quote closes at 促职工共赢”…, the file's
    next line after …探索出新 (a paragraph whose last words were lost, open before 乙县's headline).  The text ties
    the lifted line to the gap (a quote closed) and the file's own join into the gap had no support: the lifted
    line goes back after the open line, as a guess the review explains.  A join the file's own join rivalled
    (contested), or one resting on nothing of the two lines together, moves nothing."""
    from unionnews.ingest.manifest import BREAK
    from unionnews.ingest.pageview import Page
    from unionnews.ingest.placement import place

    page = Page(make_units(_LIFTED_PAGE, None))
    reading = place(page, _lifted_joins({"text"}, contested=False))
    assert reading.order == [2, 3, 4, BREAK, 1, 5, 6, 7, 8, 9], reading.order
    assert reading.notes[1].guessed and "lifted it out of the place after line 4" in reading.notes[1].why
    # a word across that no line break cut (、 | 促…: nothing cut at the join) is no such tie either
    for kinds, contested in (({"text"}, True), ({"orphan"}, False), ({"text", "word"}, False)):
        assert place(page, _lifted_joins(kinds, contested)).order[:4] == [1, 5, 6, 2]

def test_a_piece_between_stray_blank_runs_goes_on_at_the_piece_no_sentence_opens_with(tmp_path):
    """A page re-wrapped at any width with no blank line but stray ones, read in order, where a paragraph's first
    piece stands alone between stray blank runs (…跟踪体检结果。 | (blank) | 职工健康档案作为…能力 | (blank) | 的舞台，
    …): the piece, a headline's shape, headed a story of its own, the rest of the paragraph its text.  No
    sentence opens on 的, so the blank under the piece is a stray inside its sentence: bridged as on a page whose
    blank lines part paragraphs."""
    rng = random.Random(4319)
    para = "乙城总工会还为职工建立健康档案，跟踪体检结果。职工健康档案作为职工健康管理的基础、展现服务职工能力的舞台，深受职工欢迎。"
    stories = [STORIES[0], STORIES[1][:2] + [para], STORIES[2]]
    plain = "\n\n\n".join("\n".join(s) for s in stories) + "\n"
    end, at = para.index("。") + 1, para.index("的舞台")
    for n in range(4):
        gaps = [[""] * rng.randint(1, 2) for _ in range(3)]
        lines = _rewrapped([p for s in stories[:1] for p in s]) + gaps[0] + _rewrapped(STORIES[1][:2]) \
            + [para[:end]] + gaps[1] + [para[end:at]] + gaps[2] + [para[at:]] + _rewrapped(STORIES[2])
        (tmp_path / str(n)).mkdir()
        assert len(_same_articles("\n".join(lines) + "\n", plain, tmp_path / str(n))) == 3


def _wrap(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


# a made-up story re-wrapped at several widths, blank lines kept between paragraphs, its column pieces read out of
# order: …例如，针对 | (its object two paragraphs on), …服务项 | 目… and …驿站功 | 能，… (cut words)
OBJECT = "外卖骑手工作时间不固定的特点，甲城总工会将十家驿站改为全天开放。"


def _object_page(stray: bool) -> str:
    obj = ["外卖骑手工作时间不固定", ""] + _wrap(OBJECT[11:], 11) if stray else _wrap(OBJECT, 11)
    lines = (["## 甲城工会驿站暖了骑手心", ""]
             + _wrap("本报讯（记者任远）今年以来，甲城总工会着力打造职工服务品牌，推出多项举措。例如，针对", 17) + [""]
             + _wrap("近年来，甲城总工会新建驿站十家，每家驿站都配有饮水机和充电设备，服务项", 13) + [""]
             + obj + [""]
             + _wrap("目涵盖法律咨询、心理疏导等。", 15) + [""]
             + _wrap("甲城总工会负责人表示，将继续完善驿站功", 12) + [""]
             + _wrap("据了解，驿站去年接待骑手三万人次。", 14) + [""]
             + _wrap("能，让骑手们更暖心。", 16) + [""])
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("stray", [False, True])
def test_a_wrapped_page_read_out_of_order_is_joined_as_wrap_pieces(tmp_path, stray):
    # the paragraph stage bridges no blank line on a page whose order is not yet known, so a stray blank leaves a
    # sentence's wrap pieces apart (外卖骑手工作时间不固定 | 的特点，…: a piece of a headline's shape): the reading
    # order reads them as it reads a page re-wrapped without blank lines, and …针对 goes on at the one line whose
    # first clause reads as its object
    from test_ingest_helpers import articles, import_page

    content = import_page(tmp_path, _object_page(stray), "grrb/2025-09-26/04.txt")
    (body,) = [body.replace("\n", "") for _, _, body in articles(content)]
    assert "例如，针对" + OBJECT in body
    assert "服务项目涵盖" in body and "驿站功能，让骑手" in body


def test_a_far_cut_word_makes_no_headline_shaped_piece_text_on_a_page_that_keeps_its_blank_lines():
    # (…服务模式，打 | 中的核小窟点: 打中 by chance) a short piece a blank line sets apart is a headline there as often
    from test_ingest_rewrap_pieces import CUT_HEAD_PAGE, HEADLINE_LIKE
    from unionnews.ingest.pageview import Page
    from unionnews.ingest.scores import Scorer

    def score(**kind: bool):
        return Scorer(Page(make_units(CUT_HEAD_PAGE, None), **kind)).score(2, 5)

    assert HEADLINE_LIKE not in score(pieces=True).reasons
    assert HEADLINE_LIKE in score(pieces=True, blanks=True).reasons


def test_only_a_page_re_broken_at_a_width_has_its_lines_read_as_wrap_pieces():
    # a page printing each paragraph on one line runs on only where a headline takes two lines; a re-wrapped one
    # runs on most lines of a paragraph, with a stray blank here and there
    from unionnews.ingest.paragraphs.lines import rewrapped

    rng = random.Random(4801)
    paragraph = "".join(rng.choice("工会驿站服务职工新就业形态劳动者休憩") for _ in range(120)) + "。"
    per_line = ["# 邹城工会构建", "# 全时空零距离服务圈", ""] + [paragraph, ""] * 12
    assert not rewrapped(per_line)
    assert rewrapped(_object_page(True).split("\n"))
    assert rewrapped(_wrap(paragraph, 17) + [""] + _wrap(paragraph, 23))


@pytest.mark.parametrize("seed", [93, 94])
def test_headlines_set_in_two_lines_over_whole_paragraphs_give_the_same_articles(tmp_path, seed):
    # the whole paragraphs a blank line parts are no wrap pieces: read as such, a paragraph ending …尤 went on at
    # another story's paragraph opening on 为 (尤为 by chance) and four stories of the page came apart
    from test_ingest_helpers import RAW, SEEDS, import_pages
    from variants import article_texts, compare, relayout

    pages = {name: (RAW / name).read_text(encoding="utf-8") for name in SEEDS}
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    base = article_texts(import_pages(tmp_path / "a", pages))
    got = article_texts(import_pages(tmp_path / "b", {n: relayout(t, "headwrap", seed) for n, t in pages.items()}))
    assert compare(base, got)["whole"] >= 31


# a story's column piece left open (…甲市总牵线搭桥，) over the next story's headline, which a sentence of that story
# (…形成工作合力，) reads back to: the page's wording of the story above is no wording of the story below
_TOPIC_PAGE = ["## 甲市总打造焊接协作联盟", "",
               "本报讯（记者甲乙）近日，甲市总工会推动成立数智化焊接检测协作平台联盟，服务装备制造企业。", "",
               "“过去我们想改进焊接装备，却屡屡卡在关键环节。”联盟成员说道。为改变这一现状，甲市总牵线搭桥，", "",
               "乙州搭建跨区域工会交流平台", "",
               "乙州总工会举办联谊活动，推动各级工会互学互鉴，实现优势互补，形成工作合力，", "",
               "本次活动以跨区域联动为核心。", "",
               "加强与驻京装备制造企业协作，推动数智化焊接检测协作平台联盟落地。", ""]


def test_wording_read_before_a_headline_over_text_left_open_is_no_wording_of_the_story_under_it():
    # once the line is known to be a headline (a lead read away from it found), the sentence under it no longer
    # counts the story above's wording (焊接检测协作平台) as its own, and the scores that did are scored again
    from unionnews.ingest.pageview import Page
    from unionnews.ingest.scores import Scorer

    page = Page(make_units(_TOPIC_PAGE, None), pieces=True, blanks=True)
    scorer = Scorer(page)
    assert "topic" in scorer.score(9, 13).kinds  # (the headline not known yet: one text runs on above)
    page.add_heads({7})
    scorer.refresh()
    assert "topic" in scorer.score(5, 13).kinds
    assert "topic" not in scorer.score(9, 13).kinds


def test_of_two_far_lines_an_open_end_goes_on_at_equally_well_the_one_after_a_finished_sentence_stays():
    # …光顾的地方，尤 | 为提升… (尤为) and …尤 | 其在寒冷… (尤其): a dictionary word either way; the line that begins
    # a paragraph after a finished sentence (…成为服务骨干。) stays there, and the one after a line left open goes on
    from unionnews.ingest.reorder import find_order

    lines = ["## 乙城工会构建全天候服务圈", "",
             "本报讯（记者丙丁）李师傅是一位网约车司机，经常晚上出来“跑单”。", "",
             "驿站还吸纳年轻志愿者加入服务队，成为服务骨干。", "",
             "为提升服务质量，队员们试点“夜间值守”模式。", "",
             "全天候的智能化工会驿站是他经常光顾的地方，尤", "",
             "新就业形态劳动者工作时间不固定的特点，驿站升级为全天候驿站。", "",
             "乙城市总工会负责人说，服务不仅要‘在身边’，更要‘随时享’‘贴心", "",
             "其在寒冷的冬夜，这里是他视为“家”的地方。", "",
             "享’。乙城市总工会推出多项服务举措。例如，针对", ""]
    reading = find_order(lines, pieces=True, blanks=True)
    assert reading is not None
    order = [n for n in reading.order if isinstance(n, int)]
    assert order[order.index(9) + 1] == 15
    assert order[order.index(5) + 1] == 7
