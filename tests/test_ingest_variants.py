"""The seed pages re-laid out as other OCR engines print them (tests/variants.py) give the
same articles: nothing lost, nothing made up and no two stories in one file without a review
reason, and, where the layout keeps paragraphs apart, every article whole."""
from __future__ import annotations

import copy
import re

import pytest

from test_ingest_helpers import import_pages, RAW, SEEDS, output_chars, printed_chars
from unionnews.ingest.continuity import (after_place_word, completes_line, list_cut, quote_fit, quote_state,
                                         short_last_line, word_across)
from unionnews.ingest.pageview import Page
from unionnews.ingest.scores import Scorer
from unionnews.ingest.paragraphs import paragraphs
from unionnews.ingest.paragraphs.columns import _cut_lines
from unionnews.ingest.reorder import find_order
from unionnews.ingest.segment import make_units
from variants import LAYOUTS, MORE_LAYOUTS, _breaks, article_texts, compare, invented, relayout

CASES = [(layout, seed) for layout in LAYOUTS for seed in (0, 1)]
# layouts whose paragraphs are parted by blank lines: every seed article comes out whole
WHOLE = {"rewrap", "rewrap+halfwidth", "halfwidth"}


@pytest.fixture(scope="module")
def originals(tmp_path_factory):
    pages = {name: (RAW / name).read_text(encoding="utf-8") for name in SEEDS}
    return pages, article_texts(import_pages(tmp_path_factory.mktemp("orig"), pages))


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_pages_pass_the_paragraph_stage_unchanged(seed):
    lines = (RAW / seed).read_text(encoding="utf-8").split("\n")
    found = paragraphs(lines)
    assert found.identity and found.lines == lines


# (layout, seed, pages) → what _import_relaid found: several tests check the same relaid pages
_IMPORTED: dict[tuple, tuple[dict[str, str], dict, int, int]] = {}


def _import_relaid(tmp_path, pages: dict[str, str], layout: str, seed: int):
    """The pages re-laid out, and the articles imported from them; not one printed character lost or added.

    An import is a pure function of the pages and the layout's seed, so the pages a test has already
    imported (several tests check the same case for other things) are imported once a module: each test
    still makes its own assertions, this count included, on the articles that import gave.
    """
    key = (layout, seed, tuple(sorted(pages.items())))
    if key not in _IMPORTED:
        relaid = {name: relayout(text, layout, seed) for name, text in pages.items()}
        content = import_pages(tmp_path, relaid)
        unnumbered = [relayout(text, layout, seed, printed_only=True) for text in pages.values()]
        _IMPORTED[key] = (relaid, article_texts(content), output_chars(content),
                          sum((printed_chars(t.splitlines()) for t in unnumbered), start=printed_chars([])))
    relaid, got, written, printed = copy.deepcopy(_IMPORTED[key])
    assert written == printed, "a printed character was lost or added"
    return relaid, got


@pytest.mark.parametrize("layout,seed", CASES)
def test_variant_gives_the_same_articles(tmp_path, originals, layout, seed):
    pages, base = originals
    relaid, got = _import_relaid(tmp_path, pages, layout, seed)
    result = compare(base, got)
    assert invented(got, "\n".join(relaid.values())) == []
    assert result["mixed_unflagged"] == []
    if layout in WHOLE:
        assert result["whole"] == result["of"], result["missing"]


@pytest.mark.parametrize("layout,seed", [("printed", 1), ("printed", 4), ("printed", 13), ("printed+strays", 15)])
def test_cut_column_pieces_a_full_line_ran_together_are_taken_apart(tmp_path, originals, layout, seed):
    """Seed 002 read out of order, printed in columns: a cut piece whose last line fills the column
    and ends a sentence ran on into the next piece (the paragraph stage cannot tell), and the reading
    order could not take them apart; with soft breaks it can (30/30/30/29 of 33 whole before)."""
    pages, base = originals
    relaid, got = _import_relaid(tmp_path, pages, layout, seed)
    result = compare(base, got)
    assert result["whole"] >= 31, result["missing"]
    assert result["mixed_unflagged"] == [] and invented(got, "\n".join(relaid.values())) == []


def test_printed_column_is_joined_into_paragraphs():
    text = ("# 首届大国工匠论坛在长沙\n举办\n本报讯（记者 白莹）近日，\n首届大国工匠论坛在湖南\n省长沙市举行。此次论坛\n"
            "旨在深入学习贯彻习近平\n总书记重要论述。\n全国人大常委会副委员长\n、中华全国总工会主席王\n东明向论坛书面致辞。\n"
            "此次论坛由中华全国总工\n会主办。\n")
    found = paragraphs(text.split("\n"))
    assert found.layout == "columnar" and found.width == 11
    assert [p.text for p in found.paragraphs] == [
        "# 首届大国工匠论坛在长沙举办", "本报讯（记者 白莹）近日，首届大国工匠论坛在湖南省长沙市举行。此次论坛旨在深入学习贯彻习近平总书记重要论述。",
        "全国人大常委会副委员长、中华全国总工会主席王东明向论坛书面致辞。", "此次论坛由中华全国总工会主办。"]
    assert found.paragraphs[1].lines == (3, 4, 5, 6, 7)


def test_wrapped_lines_and_a_stray_blank_before_punctuation():
    text = "标题在这里\n\n第一段的文字被随意\n折成几行，直到句号。\n\n，这一行不能开头所以接上。\n\n第二段。\n"
    found = paragraphs(text.split("\n"))
    assert [p.text for p in found.paragraphs] == [
        "标题在这里", "第一段的文字被随意折成几行，直到句号。，这一行不能开头所以接上。", "第二段。"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_pages_read_in_order_are_never_reordered_in_any_layout(layout):
    """Seeds 000, 001, 003 and 004 are in reading order: whatever their layout, no join moves text."""
    for name in SEEDS:
        if "seed002" in name:
            continue
        for seed in range(3):
            lines = paragraphs(relayout((RAW / name).read_text(encoding="utf-8"), layout, seed).split("\n")).lines
            assert find_order(lines) is None, (name, seed)


# --- the paragraph rules, one class of input each (texts made up for the test, not from the seeds) ---

def _texts(text: str, **kw) -> list[str]:
    return [p.text for p in paragraphs(text.split("\n"), **kw).paragraphs]


def _column(text: str, width: int = 14) -> list[str]:
    """``text`` printed in a column ``width`` characters wide (Chinese line-breaking rules)."""
    return _breaks(text, iter(lambda: width, None), kinsoku=True)


LEAD = "本报讯（记者王小明）近日，某市总工会举办职工技能竞赛，吸引了来自全市的一千多名职工参加比赛。"
BODY = ("比赛设置了电工、焊工、钳工等十个项目，选手们在赛场上比拼技能，展示了新时代产业工人的风采。"
        "市总工会有关负责人表示，将以竞赛为契机，进一步完善职工技能提升体系，让更多职工成长为技术能手。")


def test_a_space_printed_at_a_line_end_fills_the_column():
    text = "本报讯（记者王小明）近日，某市总工会在大型体育中心举办 职工技能竞赛，吸引了一千多名职工参加。"
    lines = _column(text)
    assert any(line.endswith(" ") or line.startswith(" ") for line in lines)
    assert _texts("\n".join(lines + _column(BODY))) == [text, BODY]


def test_a_dateline_on_its_own_line_ends_the_paragraph_before_it():
    cut = _column(LEAD)[:2]  # the OCR cut the column after two full lines
    found = _texts("\n".join(cut + ["（本报广州9月3日电）"] + _column(BODY)))
    assert found == ["".join(cut), "（本报广州9月3日电）", BODY]


def test_a_headline_over_a_lead_after_a_column_cut_mid_sentence():
    """…参 | 两千名职工获赠医疗互助保 | 障 | 本报讯…: the OCR cut the column mid-sentence, and the
    two lines before the lead are the next item's headline, not the end of that sentence."""
    cut = _column(LEAD)[:3]
    found = _texts("\n".join(cut + _column("两千名职工获赠医疗互助保障") + _column(LEAD)))
    assert found == ["".join(cut), "两千名职工获赠医疗互助保障", LEAD]


def test_a_long_quoted_phrase_is_not_cut_as_a_headline_block():
    """Forty characters without a comma inside quotes are a sentence going on, not a headline block."""
    quoted = "“智能制造要如何打破人机不协同的困境”“工业机器人系统运维如何实现虚实融合”成为大家讨论的焦点。"
    assert _texts("\n".join(_column(LEAD) + _column(quoted))) == [LEAD, quoted]


def test_a_line_that_cannot_begin_a_sentence_after_a_sentence_end_is_a_cut():
    """…比赛。 | 和产教融合创新平台。: no sentence begins with 和; the OCR cut the column there."""
    text = "某市总工会举办职工技能竞赛，一千名职工参加比赛。"  # 24 characters: the second line ends the sentence
    found = _texts("\n".join(_column(text, 12) + ["和产教融合创新平台。"] + _column(BODY, 12)))
    assert found[:2] == [text, "和产教融合创新平台。"]


def test_a_full_line_ending_a_sentence_is_a_soft_break_the_reading_order_settles():
    """…参加比赛。 | 西安建筑…: a column piece whose last line fills the column runs on into the next line;
    with ``soft`` (a page read out of order) the two are left apart and the break listed as soft, and
    joining every soft break again gives the paragraphs found without ``soft``."""
    text = "某市总工会举办职工技能竞赛，一千名职工参加比赛。"  # two full lines at 12
    piece = "西安建筑工程技师学院举行聘任仪式，五名劳模受聘为兼职教师。"
    cut = "十一月十三日下午，陕西省建设工会在"  # a full line, then a short one stopping mid-sentence
    page = "\n".join(_column(text, 12) + _column(piece, 12) + _column(BODY, 12) + _column(cut, 12) + _column(BODY, 12))
    plain, fine = paragraphs(page.split("\n")), paragraphs(page.split("\n"), soft=True)
    assert [p.text for p in plain.paragraphs][0] == text + piece
    assert [p.text for p in fine.paragraphs][:2] == [text, piece]
    assert fine.lines[min(fine.soft) - 1] == piece
    again, where = fine.merged(set(fine.soft), page.split("\n"))
    assert again.lines == plain.lines and again.origin == plain.origin
    assert sorted(set(where.values())) == sorted(n for n in plain.origin)


def test_no_soft_break_inside_a_quotation_or_before_a_straight_quote():
    """A full line ending a sentence inside quotes, or before a line opening with a straight quote
    (which may close the quote), is not a soft break: the closing mark may start the next line."""
    def soft(first: str, second: str) -> bool:
        found = paragraphs(_column(BODY, 12) + ["这是一段文字的开头部分，", first, second] + _column(BODY, 12), soft=True)
        return any(found.lines[n - 1].startswith(second) for n in found.soft)

    assert soft("大家一起来学习了新规程。", "今天收获很大，他说。")  # 12 characters: a full line
    assert not soft("“大家一起来学习新规程。", "今天收获很大。”他说。")
    assert not soft("大家一起来学习了新规程。", '"今天收获很大。')


def test_a_blank_line_that_cuts_a_lead_is_bridged():
    text = "标题在这里\n\n本报厦门9月25\n\n日电（记者李明）近日，职工们\n来到车间学习。\n\n第二段。\n"
    assert _texts(text) == ["标题在这里", "本报厦门9月25日电（记者李明）近日，职工们来到车间学习。", "第二段。"]


def test_a_stray_blank_inside_a_sentence_is_bridged_only_when_asked():
    """A page in reading order (``bridge``) has a blank line inside a sentence bridged where the text says
    the sentence goes on (a comma, a word spanning it); without ``bridge`` (a page the OCR read out of
    order) the pieces stay apart, unless the blank cuts a word in two (学 | 习: see
    test_a_word_a_stray_blank_cut_is_bridged_without_bridge), which no column cut leaves behind."""
    text = "标题在这里\n\n职工们在车间里认真学\n\n习新的操作规程，\n大家都说\n收获很大。\n\n第二段。\n"
    assert _texts(text, bridge=True) == ["标题在这里", "职工们在车间里认真学习新的操作规程，大家都说收获很大。", "第二段。"]
    comma = text.replace("认真学\n\n习新的操作规程，", "认真学习，\n\n新的操作规程")
    assert _texts(comma, bridge=True) == ["标题在这里", "职工们在车间里认真学习，新的操作规程大家都说收获很大。", "第二段。"]
    assert "职工们在车间里认真学习，" in _texts(comma)


def test_a_first_sentence_naming_the_headline_again_is_bridged_across_a_stray_blank():
    """On a page in reading order, a line of a headline's shape under the headline that names its subject again
    near its start (江南石桥镇总工会… under 石桥镇总工会 | 建起户外劳动者驿站) is the story's first sentence: the stray
    blank under it is bridged, and it is read as no subtitle."""
    text = ("职工书屋迎来新书架\n\n10月8日，青石街道工会为辖区职工书屋添置了新书架。\n\n>> 他乡经验 <<\n\n"
            "石桥镇总工会\n\n\n建起户外劳动者驿站\n\n江南石桥镇总工会联合镇卫生院与街道环卫所\n\n\n"
            "工会小组，在集市旁\n建起驿站，供环卫工人歇脚。\n\n驿站配有饮水机和急救箱。\n")
    assert _texts(text, bridge=True)[5:] == ["江南石桥镇总工会联合镇卫生院与街道环卫所工会小组，在集市旁建起驿站，供环卫工人歇脚。",
                                             "驿站配有饮水机和急救箱。"]
    # wrapped narrow, the first sentence on two lines before the stray blank: one run of lines, bridged the same
    narrow = text.replace("江南石桥镇总工会联合镇卫生院与街道环卫所", "江南石桥镇\n总工会联合镇卫生院与街道环卫所")
    assert _texts(narrow, bridge=True)[5] == _texts(text, bridge=True)[5]
    # a subtitle that names no headline word is left a paragraph of its own
    other = text.replace("江南石桥镇总工会联合镇卫生院与街道环卫所", "职工歇脚有了好去处")
    assert _texts(other, bridge=True)[5] == "职工歇脚有了好去处"
    # a title naming the kicker's subject over a lead the wrap cut after 本报, and a subtitle sharing only later
    # words of the title, stay headline lines
    lead = text.replace("工会小组，在集市旁\n", "本报石桥\n5月6日电（记者林晓）近日，")
    assert _texts(lead, bridge=True)[5] == "江南石桥镇总工会联合镇卫生院与街道环卫所"
    later = text.replace("江南石桥镇总工会联合", "户外劳动者驿站联合")
    assert _texts(later, bridge=True)[5] == "户外劳动者驿站联合镇卫生院与街道环卫所"


def test_a_role_word_alone_is_joined_to_its_names_across_a_stray_blank():
    """本报记者 | (blank) | 林晓 本报通讯员 王芳: a role word with no name after it is no byline yet, so the blank under
    it is a stray one, on a page read in order or not (a role alone, read as a paragraph, and its names read as a
    headline, start a story of their own)."""
    text = ("职工书屋迎来新书架\n\n10月8日，青石街道工会为辖区职工书屋添置了新书架。\n\n石桥镇总工会\n建起户外劳动者驿站\n\n"
            "本报记者 \n\n\n林晓 本报通讯员 王芳\n\n江南石桥镇总工会联合镇卫生院与街道环卫所\n工会小组，在集市旁\n"
            "建起驿站，供环卫工人歇脚。\n\n驿站配有饮水机和急救箱。\n")
    assert _texts(text)[3] == "本报记者 林晓 本报通讯员 王芳"
    # a byline that names someone already ends there: the line under the blank is read as before
    named = text.replace("本报记者 \n\n\n林晓 本报通讯员 王芳", "本报记者 林晓\n\n\n王芳")
    assert _texts(named)[3:5] == ["本报记者 林晓", "王芳"]

# the first six of MORE_LAYOUTS at two seeds each; the layouts added after them (other mark forms, widths,
# whitespace, plain text) at one each, alternating, to keep the suite's time while every layout is run
UNTUNED = [(layout, seed) for i, layout in enumerate(MORE_LAYOUTS)
           for seed in ((23, 24) if i < 6 else (23 + i % 2,))]


@pytest.mark.parametrize("layout,seed", UNTUNED)
def test_other_widths_and_noise_at_untuned_seeds(tmp_path, originals, layout, seed):
    """Wider columns, heavier noise, layouts combined: nothing lost, nothing made up, no two stories in
    one file without a review reason (seeds no rule was tuned on)."""
    pages, base = originals
    relaid, got = _import_relaid(tmp_path, pages, layout, seed)
    assert invented(got, "\n".join(relaid.values())) == []
    assert compare(base, got)["mixed_unflagged"] == []


@pytest.mark.parametrize("cut", [5, 6, 10, 11, 12])
def test_a_byline_wrapped_inside_its_role_word_stays_one_line(cut):
    """本报记者 李明 本报通 | 讯员 王芳: the pieces are one byline, whatever the width (before, the
    first piece was read as a byline naming 本报通, and check refused the whole page)."""
    byline = "本报记者 李明 本报通讯员 王芳 张华"
    text = f"标题在这里\n\n{byline[:cut]}\n{byline[cut:]}\n\n第一段的文字被随意\n折成两行，直到句号。\n\n第二段也被\n折成两行。\n"
    assert _texts(text)[1] == byline


@pytest.mark.parametrize("blanks", [1, 2])
def test_a_byline_cut_inside_its_role_word_by_stray_blank_lines_stays_one_line(blanks):
    """本报通 | (blank lines) | 讯员: no blank line can part a role word (before, check refused the
    whole page: 本报通 read as a name)."""
    gap = "\n" * (blanks + 1)
    text = f"标题在这里\n\n本报记者 李明 本报通{gap}讯员 王芳 张华\n\n第一段的文字被随意\n折成两行，直到句号。\n\n第二段也被\n折成两行。\n"
    assert _texts(text)[1] == "本报记者 李明 本报通讯员 王芳 张华"


def test_a_blank_line_inside_a_leads_credit_is_bridged():
    text = "标题在这里\n\n本报讯(记者\n\n 白莹) \n7月28日，职工们\n来到车间学习。\n\n第二段也被\n折成两行。\n"
    assert _texts(text)[1] == "本报讯(记者 白莹) 7月28日，职工们来到车间学习。"


def test_a_cut_sentence_ending_on_de_is_not_made_a_headline():
    """…结构、丰富的 after a finished paragraph, on a page with no blank lines: a sentence the OCR
    cut (no headline ends on 的), left a subhead and flagged, never the headline of a new item."""
    cut = "这台文艺晚会以宏大的叙事结构、丰富的"
    found = paragraphs("\n".join(_column(LEAD) + _column(cut) + _column(BODY)).split("\n"))
    k = next(k for k, p in enumerate(found.paragraphs) if p.text == cut)
    line = next(no for no, lines in found.origin.items() if lines == found.paragraphs[k].lines)
    assert found.lines[line - 3] != "" and line in found.doubts


def _draft(paras: list[tuple[str, str]]):
    from unionnews.ingest.segment import Draft, Para, Unit
    units = [Unit(no=n, text=t.lstrip("#").strip(), hashes=len(t) - len(t.lstrip("#")))
             for n, (_, t) in enumerate(paras, start=1)]
    return Draft(head=[], paras=[Para(kind, [u]) for (kind, _), u in zip(paras, units)]), [t for _, t in paras]


def test_a_photo_caption_glued_under_a_subhead_is_flagged():
    from unionnews.ingest import _photo_item_at_end
    draft, _ = _draft([("text", "市总工会举办职工技能竞赛。"), ("sub", "公交驾驶员 赛场展技能"),
                       ("text", "近日，公交集团工会举办了驾驶员技能比赛。"), ("text", "本报记者 盛丽 摄影报道")])
    assert _photo_item_at_end(draft) and "line 2" in _photo_item_at_end(draft)[0]
    draft, _ = _draft([("text", "市总工会举办职工技能竞赛。"), ("text", "近日，公交集团工会举办了驾驶员技能比赛。"),
                       ("text", "本报记者 盛丽 摄影报道")])
    assert _photo_item_at_end(draft) == []


def test_text_the_ocr_marked_as_a_heading_is_flagged_unless_the_reading_order_placed_it():
    from unionnews.ingest import _marked_text_in_place
    draft, lines = _draft([("text", "市总工会举办职工技能竞赛。"), ("sub", "## 据介绍，邹城市总还建立了多项机制"),
                           ("sub", "## 携手打破技术壁垒")])
    assert len(_marked_text_in_place(draft, lines, {})) == 1
    assert _marked_text_in_place(draft, lines, {2: "a join placed it"}) == []


def test_a_headline_over_a_displaced_leads_rest_is_not_run_on_after_a_line_stopping_mid_sentence():
    """…牵线搭桥， | 某市搭建跨区域职工服务平 | 台 | 都市总工会…: a full line stopping on a comma, then a
    headline-shaped run over a line that goes on another cut line's sentence (…四川省成 | 都市: a
    dictionary word across).  The run is that lead's headline, read after a cut column; without
    the cut line elsewhere nothing says so, and the column's width joins the lines."""
    stop = "职工们在车间里认真学习新规程，工会为此牵线搭桥，"  # two full lines at 12, the second ends on a comma
    head, rest = "某市搭建跨区域职工服务平台", "都市总工会举办职工技能竞赛，吸引了一千多名职工参加比赛。"
    cut = "本报讯（记者王小明）近日，四川省成"

    def page(with_cut: bool) -> list[str]:
        lines = _column(BODY, 12) + _column(stop, 12) + _column(head, 12) + _column(rest, 12) + _column(BODY, 12)
        return "\n".join(lines + (_column(cut, 12) + _column(BODY, 12) if with_cut else [])).split("\n")

    assert _texts("\n".join(page(True)))[1:4] == [stop, head, rest]
    assert _texts("\n".join(page(False)))[1] == stop + head


def test_a_list_cut_after_an_item_is_not_a_headline():
    """…投入了使用。 | 市人社厅、市总工会 | 本报讯…: an enumeration stopping right after an item goes on
    at its closer (等相关部门…) elsewhere.  It is not a headline over the lead below: the paragraph
    stage does not end the paragraph before it, and the reading-order stage (which sees it apart
    after a soft break) does not take it for the lead's headline."""
    text = "某学院由两家单位共同建设并于今年正式投入了使用。"  # two full lines at 12, the second ends the sentence
    lines = _column(BODY, 12) + _column(text, 12) + ["市人社厅、市总工会"] + _column(LEAD, 12) + _column(BODY, 12)
    assert text + "市人社厅、市总工会" in _texts("\n".join(lines))
    fine = paragraphs(lines, soft=True)
    page = Page(make_units(fine.lines, None))
    at = fine.lines.index("市人社厅、市总工会") + 1
    assert page.by_no[page.nxt[at]].text.startswith("本报讯") and at not in page.heads
    assert list_cut("贵州省人社厅、省总工会") and list_cut("电工、焊工")
    assert not list_cut("顶尖科学家、卓越工程师、大国工匠 交流论坛在京举行")
    assert not list_cut("北京、天津联合开展职工技能竞赛") and not list_cut("电工、焊工等")


def test_two_lines_a_word_spans_are_not_a_headline_block():
    """Over forty characters without a comma, after a finished paragraph, read as two lines of a
    headline block, unless a dictionary word spans the two (…爱心筑梦行 | 动首次…: one sentence)."""
    first = "此次活动是市总工会与市红十字会及多家爱心企业共同参与的一场助力爱心筑梦行"  # no comma: three full lines at 12
    second = "动首次深度合作开展的公益募捐活动，筹集善款五十万元。"
    lines = _column(BODY, 12) + _column(first, 12) + _column(second, 12) + _column(BODY, 12)
    assert first + second in _texts("\n".join(lines))


def test_a_doubled_character_across_a_join_is_no_word():
    """培育专业人才等 | 等相关部门: 等等 across the join is a coincidence, not evidence; a real word is kept."""
    assert word_across("培育专业人才等", "等相关部门将在") is None
    assert word_across("是他经常光顾的地方，尤", "其在寒冷的冬夜") == "尤其"


def test_a_straight_quote_after_a_short_quoted_term_closes_it():
    """构建山西省总"大思政""大宣传"格局…: the fourth mark closes "大宣传" (a quoted term), though it
    follows a word that can be a verb (宣传); the line leaves no quote open."""
    assert quote_state('作为构建某省总"大思政""大宣传"格局的具体举措，这台晚会将深入') == (False, False)
    assert quote_state('某市总工会举办"红心向党') == (True, False)


@pytest.mark.parametrize("layout,seed", [("printed", 2), ("printed", 6), ("printed+wide", 0), ("rewrap+strays", 0),
                                         ("rewrap+strays", 1)])
def test_column_pages_read_out_of_order_keep_their_stories_whole(tmp_path, originals, layout, seed):
    """Cases the rules above settle (each lost three to six seed articles before): at least 31 of the
    33 come out whole, nothing lost, nothing made up, no two stories mixed without a reason."""
    pages, base = originals
    relaid, got = _import_relaid(tmp_path, pages, layout, seed)
    result = compare(base, got)
    assert result["whole"] >= 31, result["missing"]
    assert invented(got, "\n".join(relaid.values())) == [] and result["mixed_unflagged"] == []


def test_a_lead_begins_a_paragraph_after_a_line_cut_on_a_comma():
    """…各类活动、 | 本报讯（…: a full column line stopping on 、 or a comma, then a lead.  No sentence
    goes on into 本报讯: the OCR cut the column there, and the lead opens the next item."""
    lines = _column(BODY, 12) + ["职工们积极参加各类活动、"] + _column(LEAD, 12) + _column(BODY, 12)
    found = _texts("\n".join(lines))
    assert "职工们积极参加各类活动、" in found and LEAD in found


def test_a_short_line_after_stray_blank_lines_is_still_a_cut_column_end():
    """…近日， | (blank lines) | 某省果: the short line ends the paragraph the full line began, stopping
    mid-word; stray blank lines between the two do not make it a paragraph of its own."""
    lines = _column(BODY, 12) + ["本报讯（记者王小明）近日，", "", "", "某省果"] + _column(BODY, 12)
    assert lines.index("某省果") in _cut_lines(lines, 12)


@pytest.mark.parametrize("seed", [47, 55])
def test_a_heading_marked_sentence_cut_by_stray_blank_lines_is_flagged(tmp_path, originals, seed):
    """## 据介绍，…建立了 | (blank lines) | 多项…: text the OCR marked as a heading, cut short by stray
    blank lines, left at the end of another story: its file says so in review (before: a file
    mixing two stories without a reason, at these seeds nothing was tuned on)."""
    pages, base = originals
    relaid, got = _import_relaid(tmp_path, pages, "rewrap+strays", seed)
    assert compare(base, got)["mixed_unflagged"] == []
    assert invented(got, "\n".join(relaid.values())) == []


def test_a_headline_over_the_rest_of_a_lead_cut_after_its_credit_is_taken_apart():
    """…牵线搭桥， | 某市成立职工技能学院 | 前，某市… with 本报讯（记者李华）日 cut elsewhere: a lead that
    stops after its credit has begun its sentence (日 | 前: a dictionary word across), so it is a cut
    column end like a line stopping on a comma, and the headline over its rest is not run on into
    the full line above (before: the lead was no cut line, and the three ran together)."""
    stop = "职工们在车间里认真学习新规程，工会为此牵线搭桥，"  # two full lines at 12, the second ends on a comma
    head, rest, cut = "某市成立职工技能学院", "前，某市职工技能学院揭牌仪式在市体育中心举行。", "本报讯（记者李华）日"
    lines = _column(BODY, 12) + _column(stop, 12) + [head] + _column(rest, 12) + _column(BODY, 12) + [cut]
    assert lines.index(cut) in _cut_lines(lines + _column(BODY, 12), 12)
    assert _texts("\n".join(lines + _column(BODY, 12)))[1:4] == [stop, head, rest]


@pytest.mark.parametrize("line", ["活动以“跨区域联动、", "本报讯（记者李华）日", "“服务要‘在身边"])
def test_a_line_stopping_on_a_list_mark_an_open_quote_or_after_a_credit_is_a_cut_column_end(line):
    lines = _column(BODY, 12) + ["标题在这里", line] + _column(BODY, 12)
    assert lines.index(line) in _cut_lines(lines, 12)
    lines = _column(BODY, 12) + ["标题在这里", "某市总工会成立学院"] + _column(BODY, 12)
    assert lines.index("某市总工会成立学院") not in _cut_lines(lines, 12)


def test_a_headline_block_is_not_run_on_into_text_no_sentence_begins_with():
    """A finished paragraph, two full lines without a clause mark (a kicker and a title), then 个温暖
    的地方…, which no sentence begins with, and a cut line nearby stopping on a character (…能有): the
    text is the rest of that line's sentence, read under the headline.  Without such a cut line
    nothing says so, and the column's width joins the three."""
    h1, h2, after = "某市工会构建全天候服务圈", "工会驿站增设特色功能区域", "个温暖的地方歇歇脚，喝口热水，感觉特别暖心。"
    lines = _column(BODY, 12) + [h1, h2] + _column(after, 12) + _column(BODY, 12)
    assert _texts("\n".join(lines + ["深夜下班以后，能有"] + _column(BODY, 12)))[1:3] == [h1 + h2, after]
    assert _texts("\n".join(lines + _column(BODY, 12)))[1] == h1 + h2 + after


def test_two_full_lines_that_run_on_mid_word_are_not_a_headline_block():
    """此次活动是…共同助力 | “爱心筑梦”…公益募捐活 | 动，依托…: over forty characters without a clause
    mark after a finished paragraph, but the second line goes on mid-word (活 | 动，: one character and
    a mark), so the three lines are one sentence, not a kicker and a title over text."""
    first = "此次活动是某市总工会与市红十字会共同助力“爱心筑梦”行动首次深度合作开展公益募捐活"
    second = "动，依托公益项目借助互联网渠道发布认领清单筹措善款。"
    lines = _column(BODY * 2, 21) + _column(first, 21) + _column(second, 21) + _column(BODY * 2, 21)
    assert len(_column(first, 21)) == 2 and first + second in _texts("\n".join(lines))


@pytest.mark.parametrize("layout,seed,article", [("printed+wide", 2, "grrb-20250926-03-08"),
                                                 ("printed+wide", 17, "grrb-20251114-03-03"),
                                                 ("printed", 2, "grrb-20251114-03-05"),
                                                 ("printed+strays+heavy", 4, "grrb-20251114-03-02")])
def test_variant_cases_keep_the_stories_these_rules_settle(tmp_path, originals, layout, seed, article):
    """Wide columns (22 and 20 characters), a column of 14, heavy stray blank lines: the story the rules
    above keep whole (lost before), and nothing lost, made up or mixed without a reason."""
    pages, base = originals
    relaid, got = _import_relaid(tmp_path, pages, layout, seed)
    result = compare(base, got)
    assert article not in result["missing"], result["missing"]
    assert invented(got, "\n".join(relaid.values())) == [] and result["mixed_unflagged"] == []


def test_stray_blank_lines_do_not_put_a_cut_line_out_of_reach():
    """The cut line whose sentence goes on under a headline is looked for within 60 printed lines:
    stray blank lines between (three times the usual noise) do not count, as the reading-order stage
    reads the page without them (before: more than 60 file lines away, the headline ran on)."""
    stop = "职工们在车间里认真学习新规程，工会为此牵线搭桥，"
    head, rest = "某市搭建跨区域职工服务平台", "都市总工会举办职工技能竞赛，吸引了一千多名职工参加比赛。"
    middle = [x for line in _column(BODY * 2, 12) for x in (line, "", "", "")]
    lines = (_column(BODY, 12) + _column(stop, 12) + _column(head, 12) + _column(rest, 12) + middle
             + _column("本报讯（记者王小明）近日，四川省成", 12) + _column(BODY, 12))
    assert lines.index("四川省成") - lines.index("都市总工会举办职工技能竞") > 60
    assert _texts("\n".join(lines))[1:4] == [stop, head, rest]


def test_a_double_quote_does_not_close_over_an_open_single_one():
    """“…‘随时享’‘贴心 | 个亮灯…暖心。”: single quotes nest inside double ones, so a line closing only the
    double quote cannot go on a line that left a single one open; its own 享’。” can."""
    a = "“我们的服务不仅要‘在身边’，更要‘随时享’‘贴心"
    assert quote_state(a) == (True, True)
    assert quote_fit(quote_state(a), "个亮灯、暖和的地方，感觉特别暖心。”") == -1
    assert quote_fit(quote_state(a), "享’。”市总工会负责人介绍") == 1
    assert quote_fit((True, False), "个亮灯、暖和的地方，感觉特别暖心。”") == 1


def test_a_broken_words_end_closing_a_quote_is_not_run_on_after_a_line_stopping_on_a_mark():
    """…心理舒缓室、 | 享’。”市总工会…: a full line stopping on 、 goes on at the next as a rule, but one
    character and a mark (a broken word's end) closing a quote the paragraph never opened is the rest
    of a cut line's sentence (…‘贴心, stopping on a character), not this line's."""
    text = "还结合区域特点增设了职工法律援助站、心理舒缓室、"  # two full lines at 12, the second ends on 、
    rest = "享’。”市总工会负责人介绍，服务已覆盖全市。"
    lines = _column(BODY, 12) + _column(text, 12) + _column(rest, 12) + _column(BODY, 12)
    cut = ["“要‘随时享’‘贴心"]
    assert len(_column(text, 12)[-1]) == 12
    assert _texts("\n".join(lines + cut + _column(BODY, 12)))[1:3] == [text, rest]
    assert text + rest in _texts("\n".join(lines + _column(BODY, 12)))


def test_a_headline_and_its_subtitle_running_on_mid_word_stay_apart():
    """全面推行…座谈会召开 | 劳动法律监督协作机制实 | 现省级层面全覆盖: a title, then a subtitle whose
    lines run on mid-word (实现) without a clause mark: still two lines of a headline block."""
    title, sub = "全面推行新时代枫桥经验工会实践暨工会劳动法律监督工作座谈会在京召开", "劳动法律监督协作机制实现省级层面全覆盖"
    lines = _column(BODY, 11) + _column(title, 11) + _column(sub, 11) + _column(LEAD, 11) + _column(BODY, 11)
    assert len(title) == 33 and _column(sub, 11)[0] == "劳动法律监督协作机制实"
    found = _texts("\n".join(lines))
    assert title in found and sub in found


def test_a_heading_marked_sentence_cut_by_a_stray_blank_is_bridged_on_any_page():
    """## 据介绍，…“职工需求直通 | (blank) | 车”机制…: text the OCR marked as a heading that reads as a
    sentence (a comma inside, no sentence end) does not stop mid-sentence, so a blank line where a word
    spans the break is a stray one even without ``bridge`` (a page read out of order); a real heading
    cut the same way is left alone, and so is a sentence without the mark."""
    marked = "## 据介绍，该市总工会还建立了多项“职工需求直通\n\n车”机制，快速响应职工的需求。\n"
    page = "标题在这里\n\n本报讯（记者李明）近日，职工们\n来到车间学习，大家\n都说收获很大。\n\n" + marked + "\n第二段。\n"
    assert "## 据介绍，该市总工会还建立了多项“职工需求直通车”机制，快速响应职工的需求。" in _texts(page)
    plain = page.replace("## 据介绍，", "据介绍，")
    assert "据介绍，该市总工会还建立了多项“职工需求直通" in _texts(plain)
    heading = page.replace(marked, "## 职工需求直通\n\n车辆管理新规出台\n")
    assert "## 职工需求直通" in _texts(heading)


# an item of long paragraphs re-broken at random widths (a wrapped page), closed by a photo credit
_WRAPPED_ITEM = "\n".join(_breaks(LEAD + "\n" + BODY, iter([23, 7, 31, 12, 18, 40, 9, 27, 15, 33, 21, 11, 36] * 3),
                                   kinsoku=False)).replace("\n比赛", "\n\n比赛") + "\n\n本报记者 李明 摄\n\n\n\n"


def _heads(text: str) -> list[list[str]]:
    from unionnews.ingest.segment import segment
    paras = paragraphs(text.split("\n"))
    drafts, _ = segment(make_units(paras.lines, None))
    return [[u.text for u in d.head] for d in drafts]


def test_a_lone_headline_cut_in_two_by_a_stray_blank_keeps_its_rest():
    """顶尖科学家…交流 | (blank) | 论坛在京举行 | (blank) | 7月28日下午，…: the headline's rest has a
    headline's shape and the line under it begins a sentence by its form (a date), so it is the
    headline's second line, not the body's start (which ran on into 论坛在京举行7月28日下午…).  So it is over text
    that opens no lead by its form, after a closed story: two lines of a headline's shape there are a headline
    block (:meth:`~unionnews.ingest.segment.walk.Segmenter._block_head`; read as body text, the rest ran on into the
    text under it, 交流座谈在京举行职工们纷纷表示…, a sentence the page never printed)."""
    first = _WRAPPED_ITEM
    page = first + "青年科学家与大国工匠\n\n交流座谈在京举行\n\n7月28日下午，青年科学家与大国工匠交流座谈\n在北京举行。\n"
    assert ["青年科学家与大国工匠", "交流座谈在京举行"] in _heads(page)
    body = page.replace("7月28日下午，", "职工们纷纷表示，")
    assert ["青年科学家与大国工匠", "交流座谈在京举行"] in _heads(body)


def test_a_sentence_cut_after_a_comma_and_ending_on_de_is_not_a_headline_line():
    """>> 他山之石 << | 某区总工会打造户外休息圈 | 某区总工会联合住建局工会，针对建筑施工项目的 | (blank)
    | 特点…: a line with a comma inside ending on 的 is a sentence a blank line cut, not a headline line."""
    page = (_WRAPPED_ITEM + ">> 他山之石 <<\n\n某区总工会打造户外休息圈\n\n某区总工会联合住建局工会，针对建筑施工项目的\n\n"
            "特点，设立了休息点。\n")
    assert ["他山之石", "某区总工会打造户外休息圈"] in _heads(page)


def test_a_lead_line_filling_the_column_whose_word_goes_on_under_a_headline_is_a_soft_break():
    """本报讯（记者王明）近日，广西桂 (exactly the column's width) | 加强与高校…: a lead's first line stopping
    mid-word, no word into the next line, and 桂林 across into a line the OCR read under a headline
    (林市总工会…): maybe a cut column piece that fills its line, so on a page read out of order
    (``soft``) the two are left apart for the reading-order stage to weigh; in the first reading the
    paragraph runs on as the column says."""
    story = _column(BODY + "市总工会主动牵线搭桥，", 15)
    lead = "本报讯（记者王明）近日，广西桂"
    rest = _column("林市总工会举办职工技能大赛，吸引了一千多名职工参加比赛。", 15)
    other = _column("加强与高校的协作，推动技能人才培养，取得了明显成效。", 15)
    lines = story + ["桂林市搭建职工交流平台"] + rest + _column(BODY, 15) + [lead] + other + _column(BODY, 15)
    assert len(lead) == 15 and len(story[-1]) < 15
    assert any(lead + other[0] in t for t in _texts("\n".join(lines)))
    fine = paragraphs(lines, soft=True)
    k = [p.text for p in fine.paragraphs].index(lead)
    assert fine.lines.index(fine.paragraphs[k + 1].text) + 1 in fine.soft


def test_the_headline_under_a_column_label_ends_its_paragraph_when_it_fills_the_line():
    """>> 他山之石 << | 某区总工会打造户外劳动者休息圈 (exactly the column's width) | 某区总工会联合…: the
    line under a column label is its headline, as a heading the OCR marked is; it does not run on into
    the text under it (no word across, and that text ends a sentence).  One running on mid-word
    (…高品质生 | 活) stays one headline."""
    head = "某区总工会打造户外劳动者休息圈"
    text = _column("某区总工会联合住建局工会，针对施工项目的特点建设流动驿站。", 15)
    lines = _column(BODY, 15) + [">> 他山之石 <<", head] + text + _column(BODY, 15)
    assert len(head) == 15
    assert head in _texts("\n".join(lines))
    long_head = "某区社区职工之家赋能职工的高品质生活"
    lines = _column(BODY, 15) + [">> 他山之石 <<"] + _column(long_head, 15) + text + _column(BODY, 15)
    assert long_head in _texts("\n".join(lines))


def test_three_phrases_parted_by_spaces_on_a_full_line_are_a_headline():
    """会聚巾帼 匠心筑梦 第二届…论坛在京举办 at least as wide as the column, then 7月28日，…: phrases parted
    by single spaces (a kicker's, then the title) are a headline, as two such phrases are; it does not
    run on into the text under it."""
    head = "职工风采 技能比武 第三届职工技能大赛在京举行"
    lines = [head] + _column("7月28日，第三届职工技能大赛在北京开幕。" + BODY, 15) + _column(BODY, 15)
    found = _texts("\n".join(lines))
    assert found[0] == head and found[1].startswith("7月28日")


def test_a_sentence_pointing_back_is_not_a_headline_block():
    """…等爱心物品。 | 此次活动是市总工会与市红十字会共同 | “爱心圆梦”行动首次深度合作开展的公益 | 募捐活动，…:
    two full lines without a clause mark after a sentence's end, over 40 characters, but the first opens
    with words pointing back at the text before (此次, 对此 …): a sentence, not a kicker and title."""
    text = "此次活动是市总工会与市红十字会共同助力全市“爱心圆梦”行动首次深度合作开展的公益募捐活动，依托公益项目筹措善款。"
    lines = _column(BODY, 21) + _column(text, 21) + _column(BODY, 21)
    assert not re.search("[，。]", "".join(_column(text, 21)[:2])) and len("".join(_column(text, 21)[:2])) > 40
    assert text in _texts("\n".join(lines))


def test_a_lead_line_leaving_a_quote_open_goes_on_at_its_next_line():
    """本报讯（…）“深夜跑单 | 结束，能有…: a lead's full first line that opened a quote goes on at its next
    line even when its last character makes a word with a line under a headline elsewhere (单个 | 个亮灯):
    no soft break, since the next piece alone would not show the quote it is inside."""
    story = _column(BODY + "市总工会主动牵线搭桥，", 15)
    lead = "本报讯（记者王明）近日“广西桂"
    rest = _column("林市总工会举办职工技能大赛，吸引了一千多名职工参加比赛。", 15)
    other = _column("加强与高校的协作”，推动技能人才培养，取得了明显成效。", 15)
    lines = story + ["桂林市搭建职工交流平台"] + rest + _column(BODY, 15) + [lead] + other + _column(BODY, 15)
    assert len(lead) == 15
    fine = paragraphs(lines, soft=True)
    assert any(lead + other[0] in p.text for p in fine.paragraphs)


def test_a_short_last_printed_line_the_next_line_makes_whole_is_no_paragraph_end():
    """OCR text keeps a space where it joined printed lines, so a paragraph's parts show the column's
    width.  A stray blank line that cuts a printed line in two leaves a short last part (设 | 备维),
    which reads as a paragraph's end (its full stop lost) unless the next line's first part makes
    the printed line whole again (2 + 14 = 16): then the join is not scored as a paragraph end."""
    a = ("市总工会近日举办了一场职工技能培 训活动，来自全市各行业的两百多名 职工参加了为期三天的集中学习和实 "
         "操演练，培训内容涵盖安全生产、设 备维")
    b = "护和应急处置等多个方面。参训 职工纷纷表示收获很大，希望多办几期。"
    assert short_last_line(a) and completes_line(a, b)
    assert not completes_line(a, "护和应急处置等多个方面，参训的职工们都很满意 纷纷表示收获很大。")  # 2 + 22
    assert not completes_line(a, "护和应急处置等多个方面。")  # no join space: b's first part is not a printed line
    lines = ["## 全市职工技能培训开班", "", "本报讯（记者李明）近日，某市总工会在职工服务中心举办技能培训班。", "",
             a, "", "", b, ""]
    reasons = Scorer(Page(make_units(lines, None))).score(5, 8).reasons
    assert "the paragraph's last printed line is short (it ended there)" not in reasons


def test_a_dash_cut_in_two_by_a_stray_blank_is_bridged():
    """No line ends on half a dash (——): one half on each side of a blank line is a stray blank."""
    text = "### 一场比赛的台前幕后—\n\n—职工技能大赛侧记\n\n本报讯（记者李明）近日，职工们\n来到车间学习。\n\n第二段。\n"
    assert _texts(text) == ["### 一场比赛的台前幕后——职工技能大赛侧记", "本报讯（记者李明）近日，职工们来到车间学习。", "第二段。"]


def test_a_heading_cut_mid_word_by_stray_blanks_keeps_its_rest():
    """The OCR marks a whole printed line as a heading: a heading-shaped line after it that a word
    runs into (平 | 台) is its rest, on a page read out of order too (no ``bridge``)."""
    text = "#### 搭建交流平\n\n\n台“职工之家”\n\n如何让职工在家门口\n找到温暖？\n\n第二段。\n"
    assert _texts(text) == ["#### 搭建交流平台“职工之家”", "如何让职工在家门口找到温暖？", "第二段。"]
    # no word across: a heading, then a short line of its own
    assert _texts("#### 搭建交流平台\n\n\n职工之家\n\n如何让职工在家门口\n找到温暖？\n\n第二段。\n")[:2] == \
        ["#### 搭建交流平台", "职工之家"]


def test_a_weak_join_never_undoes_the_files_own_order():
    """A page in order with stray blank lines: a lead stopping on 角逐 goes on at its next line (出8个…),
    though a weak claim (a short line after a finished paragraph, nearby) would free that line for a
    word from further on (…各展 | 出: 展出).  A join that wins only once weak joins are added, undoing a
    file's join the text alone kept, is a guess; a page whose only moves are guesses is left in order."""
    text = ("## 职工服务热线开通\n\n本报讯（记者李丽）近日，某省总工会职工服务热线正式开通运行，热线累计服务职工14\n\n"
            "0万人次，其中法律咨询达12\n\n.5万人次。\n\n会上，有关负责同志出席并讲话。\n\n"
            "据悉，下一步，省总工会将继续加强热线品牌建设，持续推动服务扩面提质，让更多职工受益。\n\n\n"
            "## 全省职工技能大赛落幕\n\n本报讯（记者王明）9月24日，全省职工技能大赛在某市落下帷幕。来自各地的26支代表队参赛，角逐\n\n"
            "出8个项目的一二三等奖。\n\n自开幕以来，成果展示交流区始终热度不减，吸引了众多年轻职工专程观展。他们在各展\n\n"
            "台前流连忘返，纷纷表示深受启发。\n")
    assert find_order(paragraphs(text.split("\n")).lines) is None


def test_names_parted_by_a_space_inside_an_open_quotation_are_no_byline():
    """Two short words parted by the OCR's space read as a byline of names (李明 王芳), but not on a line
    inside a quotation the paragraph opened (活动以“奋斗 | 青春 建功 | 新时代”为主题): that is the quoted
    phrase, cut by the wrap."""
    text = "职工风采展示\n\n本报讯（记者李明）近日，市总工会举办职工风采展示活动。活动以“奋斗\n青春 建功\n\n新时代”为主题，\n吸引了众多职工参加。\n\n第二段。\n"
    assert _texts(text)[1] == "本报讯（记者李明）近日，市总工会举办职工风采展示活动。活动以“奋斗青春 建功"
    assert _texts(text)[2] == "新时代”为主题，吸引了众多职工参加。"  # after a blank line: for the reading order
    byline = "职工风采展示\n\n本报讯（记者李明）近日，市总工会举办职工风采展示活动。\n李明 王芳\n\n第二段。\n"
    assert _texts(byline)[2] == "李明 王芳"


def test_a_line_stopping_on_a_straight_quote_that_opens_goes_on_across_a_stray_blank():
    """No line ends on an opening quote; printed straight (half-width), a quote opens when the paragraph
    so far has an odd count of them.  Such a line's sentence goes on across a blank line (here in text the
    OCR marked as a heading, bridged on any page); a straight quote that closes (an even count) is no
    such evidence."""
    text = '标题在这里\n\n## 据了解,该市总工会还建立了"\n\n\n职工心声"机制,通过走访调研\n收集职工需求。\n\n第二段。\n'
    assert _texts(text)[1] == '## 据了解,该市总工会还建立了"职工心声"机制,通过走访调研收集职工需求。'
    closed = '标题在这里\n\n职工们说,这次培训的内容"很实用"\n\n\n大家都很满意,希望多办几期\n收获很大。\n\n第二段。\n'
    assert _texts(closed, bridge=True)[1] == '职工们说,这次培训的内容"很实用"'


def test_a_leads_first_sentence_cut_mid_word_by_a_stray_blank_goes_on_at_its_next_line():
    """本报讯（…）近日，…为辖区11家企事 | (blank) | 业单位…: a lead's first sentence, begun and stopping on a
    character, and a dictionary word across the blank (企事业) — the rest of the lead, on a page read out of
    order too (no ``bridge``).  So does one stopping on a preposition (…为 | 辖区…).  No word across, or a lead
    whose sentence ended before the preposition: the pieces stay apart.  (A word cut in two, 企事 | 业单位, is
    bridged after a finished sentence as well: test_a_word_a_stray_blank_cut_is_bridged_without_bridge.)"""
    text = ("标题在这里\n\n本报讯（记者李明）近日，某县总工会为辖区11家企事\n\n\n业单位职工赠送保障，\n受到职工欢迎。\n\n"
            "第二段也被\n折成两行。\n")
    assert _texts(text)[1] == "本报讯（记者李明）近日，某县总工会为辖区11家企事业单位职工赠送保障，受到职工欢迎。"
    apart = text.replace("业单位职工", "职工们")
    assert _texts(apart)[1] == "本报讯（记者李明）近日，某县总工会为辖区11家企事"
    prep = text.replace("11家企事\n", "为\n").replace("业单位职工赠送保障", "辖区的企业职工赠送保障")
    assert _texts(prep)[1] == "本报讯（记者李明）近日，某县总工会为辖区为辖区的企业职工赠送保障，受到职工欢迎。"
    ended = prep.replace("辖区为\n", "辖区职工送保障。近日又为\n")
    assert _texts(ended)[1] == "本报讯（记者李明）近日，某县总工会为辖区职工送保障。近日又为"


def test_a_photo_credit_cut_by_a_stray_blank_keeps_its_mark():
    """本报记者 陈明 | (blank) | 摄: a credit is one short line, so its 摄 is not the first word of the next item."""
    page = _WRAPPED_ITEM.replace("本报记者 李明 摄", "本报记者 李明 \n\n摄") + "## 下一篇的标题\n\n本报讯（记者王芳）近日，某市总工会\n开展培训。\n"
    assert "本报记者 李明 摄" in _texts(page)  # the space the OCR printed at the break is kept
    assert "摄" not in _texts(page)


def test_a_line_whose_last_clause_is_a_prepositional_phrase_is_no_headline_line():
    """>> 经验交流 << | 某区总工会打造职工休息点 | 某市某区总工会联合区建设局工会，针对建筑类行业 | (blank) | 施工项目的…:
    a clause that is only a prepositional phrase (针对…, no verb) says nothing yet, so the line is the body's
    first sentence cut by a blank line, not a headline line under the label."""
    from unionnews.ingest.segment.units import _clause_without_predicate

    page = _WRAPPED_ITEM + (">> 经验交流 <<\n\n东山区总工会打造职工休息点\n\n东山区总工会联合区建设局工会，针对建筑类行业\n\n\n"
                            "施工项目的特点建设流动驿站，让一线职工\n有了歇脚的地方。\n")
    assert ["经验交流", "东山区总工会打造职工休息点"] in _heads(page)
    assert _clause_without_predicate("东山区总工会联合区建设局工会，针对建筑类行业")
    assert not _clause_without_predicate("东山区总工会，针对职工需求开展服务")  # a verb: the clause is whole
    assert not _clause_without_predicate("以规范化建设为抓手，推动民主管理转型")


def test_a_bylines_last_name_cut_by_a_stray_blank_stays_in_the_byline():
    """本报记者 王小明 本报通讯员 李 | (blank) | 芳: a name cut in two; a paragraph of one character is none."""
    page = _WRAPPED_ITEM + "## 下一篇的标题\n\n本报记者 王小明 本报通讯员 李\n\n\n芳\n\n“没想到这次培训这么实用！”职工们\n纷纷表示。\n"
    assert "本报记者 王小明 本报通讯员 李芳" in _texts(page)
    assert "芳" not in _texts(page)


def test_a_short_line_with_a_comma_running_mid_word_into_the_next_is_no_subhead():
    """…之情。 | 连日来，一场场会议规范、议题聚 | (blank) | 焦、富有实效…: short and after a finished paragraph, but a
    comma inside and a dictionary word (聚焦) running into the next line: a sentence a blank line cut, not a subhead."""
    from unionnews.ingest.segment import segment

    lines = ["## 标题在这里", "", "本报讯（记者李明）近日，某市总工会召开会议。职工们纷纷表示收获很大，难掩激动之情。", "",
             "连日来，一场场会议规范、议题聚", "", "", "焦、富有实效的职工代表大会在各基层单位相继召开。", ""]
    drafts, _ = segment(make_units(lines, None))
    assert len(drafts) == 1
    assert [p.kind for p in drafts[0].paras] == ["lead", "text"]
    assert drafts[0].paras[1].text.startswith("连日来，一场场会议规范、议题聚焦、")


def test_a_leads_credit_cut_by_two_stray_blanks_is_bridged_while_its_bracket_is_open():
    """本报讯（记 | (blank) | 者王小明 通讯员李 | (blank) | 芳）近日…: the bracket the lead opened closes two
    pieces on, so both blanks are inside the lead's credit; the lead then reads as a lead (its credit whole)."""
    page = "## 某地探索协作帮扶模式 整合资源点亮职工心愿\n\n本报讯（记\n\n\n者王小明 通讯员李\n\n 芳）近日，某市总工会\n举办活动。\n\n第二段。\n"
    assert "本报讯（记者王小明 通讯员李 芳）近日，某市总工会举办活动。" in _texts(page)


def test_text_after_a_paragraph_ending_on_a_dateline_is_flagged_when_it_stays_in_the_story():
    """…学生说。（本报广州9月3日电） | 某地探索协作帮扶模式 | 本极讯（记者王小明 通讯员李: the dateline closes the
    story; the next item's headline and a lead the OCR garbled (本报 misread, its credit cut) are not recognised
    as a new item, so the text stays in the story, and the file says so.  A lead read right whose credit a line's
    end cut (本报讯（记者王小明 通讯员李) opens the next item, its headline with it."""
    from unionnews.ingest.segment import segment

    lines = ["## 第一篇的标题", "", "本报讯（记者李明）近日，某市总工会召开会议。", "",
             "“收获很大！”来自某技工学校的学生说。（本报广州9月3日电）", "", "某地探索协作帮扶模式 整合资源点亮职工心愿", "",
             "本极讯（记者王小明 通讯员李", "", "芳近日，某市总工会举办活动。", ""]
    drafts, _ = segment(make_units(lines, None))
    assert len(drafts) == 1
    assert any("dateline" in d and "line 7" in d for d in drafts[0].doubts)
    cut = lines[:8] + ["本报讯（记者王小明 通讯员李"] + lines[9:]
    drafts, _ = segment(make_units(cut, None))
    assert [d.head[0].text for d in drafts] == ["第一篇的标题", "某地探索协作帮扶模式 整合资源点亮职工心愿"]
    lines[6:8] = []  # no text after the dateline: nothing to say
    drafts, _ = segment(make_units(lines[:5], None))
    assert not drafts[0].doubts


def _noisy_column(paras: list[str], strays: list[set[int]], blank_before: dict[int, int]) -> list[str]:
    """Paragraphs printed in a column, a blank line after the lines ``strays[k]`` of paragraph k and
    ``blank_before[k]`` before paragraph k (the noise a scanner's OCR scatters)."""
    out: list[str] = []
    for k, text in enumerate(paras):
        out += [""] * blank_before.get(k, 0)
        lines = _column(text)
        for n, line in enumerate(lines):
            out.append(line)
            if n in strays[k] and n + 1 < len(lines):
                out.append("")
    return out


_BODY2 = "选手们各展所长，在规定时间内完成了全部操作，评委现场打分，比赛结果当场公布，职工们纷纷点赞。"
_BODY3 = "市总工会还将为获奖选手申报技术能手称号，并给予一定的奖励，让技能人才有干头、有奔头、有甜头。"


def test_stray_blanks_before_half_the_subheads_do_not_make_them_items_when_paragraphs_hold_as_many():
    """A column page with stray blank lines inside its paragraphs (one line break in six) and, by chance,
    before one of its two subheads: the blank before the subhead is noise like the others, not the edge
    of an item, so the subhead stays in its story."""
    from unionnews.ingest.segment import segment

    paras = ["某市总工会举办职工技能竞赛", LEAD, BODY, "赛场比拼展风采", _BODY2, "技能提升有保障", _BODY3]
    lines = _noisy_column(paras, [set(), {1}, {0, 3}, set(), {2}, set(), {1, 4}], {2: 1, 3: 2, 6: 1})
    drafts, _ = segment(make_units(paragraphs(lines).lines, None))
    assert [[u.text for u in d.head] for d in drafts] == [["某市总工会举办职工技能竞赛"]]
    assert [p.kind for p in drafts[0].paras] == ["lead", "text", "sub", "text", "sub", "text"]


def test_a_name_the_headline_gives_cut_by_a_stray_blank_under_it_is_no_headline_line():
    """玉溪某区总工会建起职工驿站 | 云南玉溪某区 | (blanks) | 总工会联合…: the text's first piece and the next
    read 某区总工会, four characters of the headline across the blank; the blank is a stray inside that name."""
    page = ("前一篇文章的最后一句话到此结束。\n\n玉溪某区总工会建起职工驿站\n\n云南玉溪某区\n\n\n总工会联合区住建局,针对施工项目"
            "的特点\n建设职工驿站。\n\n第二段也被\n折成两行。\n")
    found = _texts(page)
    assert "云南玉溪某区总工会联合区住建局,针对施工项目的特点建设职工驿站。" in found
    assert "云南玉溪某区" not in found


def test_a_lone_names_photo_credit_cut_by_a_stray_blank_keeps_its_mark():
    """王小明 | (blank) | 摄: a credit of one name; the 摄 alone is no paragraph (it would begin the next item)."""
    page = _WRAPPED_ITEM.replace("本报记者 李明 摄", "王小明\n\n摄") + "## 下一篇的标题\n\n第一段。\n"
    found = _texts(page)
    assert "王小明 摄" in found or "王小明摄" in found
    assert "摄" not in found


def test_a_title_in_book_marks_cut_by_a_stray_blank_is_one_line():
    """转自《某工 | (blank) | 网》: a title mark the line opened closes at the next; no line ends inside it."""
    page = _WRAPPED_ITEM.replace("本报记者 李明 摄", "转自《某工\n\n网》") + "## 下一篇的标题\n\n第一段。\n"
    assert "转自《某工网》" in _texts(page)


def _soft_pieces(lines: list[str]) -> list[str]:
    """The paragraphs after a soft break when the page is read with ``soft`` (out of order)."""
    found = paragraphs(lines, soft=True)
    return [found.lines[n - 1] for n in sorted(found.soft)]


def test_a_full_line_before_a_quote_a_cut_line_opened_is_a_soft_break():
    """…探索出新 | 促职工成长”为主线…: a full column line stopping mid-sentence, then a line whose first
    sentence closes a quote nothing printed since the last full stop opened, while a cut line nearby
    (本次竞赛以“以赛促学、) left one open: on a page read out of order the break is soft, for the
    reading order to weigh; with no such cut line the two run on as before."""
    text = "某市总工会举办技能竞赛，为全市职工技能提升探索新"  # two full lines at 12, stopping mid-sentence
    rest = "促职工成长”为主线，举办了多场培训。"
    cut = "本次竞赛以“以赛促学、"  # shorter than the column, a quote left open
    assert [len(line) for line in _column(text, 12)] == [12, 12] and len(cut) < 12
    page = _column(BODY, 12) + _column(text, 12) + _column(rest, 12) + _column(BODY, 12) + [cut] + _column(BODY, 12)
    assert text + rest in _texts("\n".join(page))
    assert _soft_pieces(page) == [rest]
    without = _column(BODY, 12) + _column(text, 12) + _column(rest, 12) + _column(BODY * 2, 12)
    assert rest not in _soft_pieces(without)
    opened = _column(BODY, 12) + _column("职工们说“" + text[5:], 12) + _column(rest, 12) + _column(BODY, 12) + [cut]
    assert rest not in _soft_pieces(opened)  # the quote was opened in the paragraph itself


def test_a_full_line_before_a_lists_closer_a_cut_line_needs_is_a_soft_break():
    """…阵地、人才培育摇篮 | 等相关部门…: a full line stopping mid-sentence, then 等, which may close the
    line's own list or the one a cut line nearby stops in right after an item (…人社厅、总工会): a soft
    break, for the reading order to weigh both."""
    text = "该学院将成为职工技能提升的阵地、青年人才培育基地"  # two full lines at 12, a list (、) open
    rest = "等相关部门将在技能认定等方面给予支持。"
    cut = ["该学院由市总工会与技师学", "院共建，人社厅、总工会"]  # the second shorter than the column
    assert [len(line) for line in _column(text, 12)] == [12, 12] and list_cut(cut[1])
    page = _column(BODY, 12) + _column(text, 12) + _column(rest, 12) + _column(BODY, 12) + cut + _column(BODY, 12)
    assert text + rest in _texts("\n".join(page))
    assert _soft_pieces(page) == [rest]
    assert rest not in _soft_pieces(_column(BODY, 12) + _column(text, 12) + _column(rest, 12) + _column(BODY * 2, 12))


def test_a_full_line_stopping_on_zai_before_words_a_cut_line_spans_is_a_soft_break():
    """…陕西省建设工会在 | 程公司…: a full line stopping on 在 while a place name (西安…) begins a printed
    line nearby, and the next line's first word is the end of one a cut line began (…集团西铁工 | 程):
    evidence on both sides, a soft break.  Either side alone is not."""
    text = "十三日下午，陕西省和甘肃省各地建设工会的代表们在"  # two full lines at 12
    rest = "程公司的队长作为受聘教师，来到操场授课。"
    place = "西安建筑工程技师学院，举行了聘任仪式。"
    cut = "结束后，某集团西铁工"
    assert [len(line) for line in _column(text, 12)] == [12, 12]
    assert after_place_word(text, place) and word_across(cut, rest)
    page = (_column(BODY, 12) + _column(text, 12) + _column(rest, 12) + _column(BODY, 12) + _column(place, 12)
            + _column(BODY, 12) + [cut] + _column(BODY, 12))
    assert text + rest in _texts("\n".join(page))
    assert rest in _soft_pieces(page)
    no_place = [line for line in page if line not in _column(place, 12)]
    assert rest not in _soft_pieces(no_place)
    assert rest not in _soft_pieces([line for line in page if line != cut])


def test_a_straight_quote_that_may_close_the_one_the_line_before_left_open_gives_no_quote_state():
    """…通过"铸 | 工魂、聚同心"四大模块…探索出新: the line's first straight mark, between two characters,
    may open a quote or close the one the line read before it left open; it must not be taken as opening
    (before, it was, and the next line's 共赢"为核心 closing it outweighed the cut line whose quote it really
    closes).  Read on from the line before, which is its paragraph so far (``Scorer._quote_state``), the
    mark closes that quote and the line leaves none open (it first gave "unknown", None).  After a line
    that leaves none open, the mark opens one as before."""
    def quotes(first: str) -> tuple[bool, bool] | None:
        lines = [first, "", '工魂、聚同心"四大模块的有机融合，为全市工会探索出新', "", '促共赢"为核心，打破区域壁垒。']
        page = Page(make_units(lines, None))
        return Scorer(page).quotes[3]

    assert quotes('青海某州总工会举办座谈活动，通过"铸') == (False, False)
    assert quotes("青海某州总工会举办座谈活动，通过四个") == (True, False)


def test_a_stray_blank_after_a_preposition_in_a_leads_first_sentence_is_bridged():
    """本报讯（…）近日，某市总工会为 | (blank) | 辖区十家企业…: a lead's first sentence stopping on a preposition
    goes on at the next line, as one cut mid-word does (the OCR printed the lead's first line as one
    piece), though no dictionary word spans the blank; one stopping between two words does not."""
    page = "标题在这里\n\n本报讯（记者李明）近日，某市总工会为\n\n辖区十家企业的职工\n送去慰问品。\n\n第二段。\n"
    assert _texts(page) == ["标题在这里", "本报讯（记者李明）近日，某市总工会为辖区十家企业的职工送去慰问品。", "第二段。"]
    between = page.replace("总工会为\n\n辖区", "总工会\n\n辖区")
    assert "本报讯（记者李明）近日，某市总工会" in _texts(between)


def test_a_stray_blank_before_a_closing_quote_or_after_an_opening_mark_is_bridged_without_bridge():
    """…要把“ | (blank) | 助企计划 | (blank) | ”列入…: no printed line ends on an opening mark or begins with a
    closing quote, so no column the OCR cut ends or begins there: the blanks are stray ones even on a
    page the reading-order stage has yet to read (``bridge`` off).  Without the marks the blanks part
    paragraphs, as before."""
    quoted = "会议决定，要把“\n\n\n助企计划\n\n”列入年度重点工作，每月通报进展。"
    page = _WRAPPED_ITEM.replace("本报记者 李明 摄", quoted)
    assert "会议决定，要把“助企计划”列入年度重点工作，每月通报进展。" in _texts(page)
    plain = _WRAPPED_ITEM.replace("本报记者 李明 摄", quoted.replace("“", "").replace("”", ""))
    assert "列入年度重点工作，每月通报进展。" in _texts(plain)


def test_a_continuation_marker_or_dateline_cut_by_a_stray_blank_is_one_line():
    """（上接第2 | (blank) | 版）and …完成。（本报某地3 | (blank) | 月5日电）: each is one printed run, as a lead is."""
    page = "（上接第2\n\n版）\n\n" + _WRAPPED_ITEM
    assert "（上接第2版）" in _texts(page)
    dated = _WRAPPED_ITEM.replace("本报记者 李明 摄", "工作顺利完成。（本报某地\n\n3月5日电）")
    assert "工作顺利完成。（本报某地3月5日电）" in _texts(dated)


def test_a_number_cut_by_a_stray_blank_is_one_word():
    """咨询电话：8765 | (blank) | 4321: no line is broken inside a number, so the blank is a stray one and
    the digits after it are no paragraph of their own (they would end the article above)."""
    page = _WRAPPED_ITEM.replace("本报记者 李明 摄", "本报记者 李明 摄\n\n广告\n\n咨询电话：8765\n\n4321")
    assert "咨询电话：87654321" in _texts(page)
    counted = _WRAPPED_ITEM.replace("本报记者 李明 摄", "共有十个单位和近300\n\n\n名职工参与。")
    assert "共有十个单位和近300名职工参与。" in _texts(counted)


def test_a_lone_character_after_a_stray_blank_is_the_rest_of_the_line_before():
    """…结束后，大家都 | (blank) | 说 | (blank) | （本报某地3月5日电）: no paragraph is one character without a
    mark, so it is the rest of the line before it, which stopped mid-sentence; after a finished
    sentence the character stays apart."""
    page = _WRAPPED_ITEM.replace("本报记者 李明 摄", "活动结束后，大家都\n\n说\n\n（本报某地3月5日电）")
    assert "活动结束后，大家都说" in _texts(page)
    done = _WRAPPED_ITEM.replace("本报记者 李明 摄", "活动结束了。\n\n说\n\n（本报某地3月5日电）")
    assert "说" in _texts(done)


def test_a_line_beginning_with_a_word_on_a_bound_character_is_no_lists_closer():
    """…参观了车间、展厅 | 与会代表纷纷表示…: 与会 is a word (jieba keeps it whole), so the line may begin a
    sentence and closes no list; …展厅 | 与企业代表… (与 alone) still may."""
    def reasons(b: str) -> list[str]:
        lines = ["## 某市职工代表参观新厂区", "", "本报讯（记者李明）近日，代表们参观了车间、展厅", "", b, ""]
        return Scorer(Page(make_units(lines, None))).score(3, 5).reasons
    word = reasons("与会代表纷纷表示，收获很大。")
    assert not [r for r in word if "closes the list" in r or "cannot start a sentence" in r]
    alone = reasons("与企业代表座谈交流。")
    assert [r for r in alone if "closes the list" in r] and [r for r in alone if "cannot start a sentence" in r]


def test_a_stray_blank_right_after_a_leads_time_is_bridged():
    """本报讯（…）近日， | (blank) | 某市总工会…: a lead's first clause that only gives the time has no subject
    yet, so its sentence goes on at the next line (the OCR printed the lead's first line as one piece);
    a blank after a clause with a subject still parts the lines."""
    page = "标题在这里\n\n本报讯（记者李明）近日，\n\n某市总工会为十家企业的职工\n送去慰问品。\n\n第二段。\n"
    assert _texts(page) == ["标题在这里", "本报讯（记者李明）近日，某市总工会为十家企业的职工送去慰问品。", "第二段。"]
    subject = page.replace("近日，\n\n某市总工会为", "近日，某市总工会\n\n为")
    assert "本报讯（记者李明）近日，某市总工会" in _texts(subject)


def test_a_word_a_stray_blank_cut_is_bridged_without_bridge():
    """…颁发了一批国 | (blank) | 产化工具套装…: 国 and 产 each stand alone where they were printed and make the
    word 国产 together, so the blank cuts a word; the OCR puts no blank line inside a word, and where it cut
    a column it read the word's rest right after, so the blank is a stray one even on a page the
    reading-order stage has yet to read (``bridge`` off); so is one before a character and a clause mark (…认真学 |
    习，…: no clause is one character).  Two words whole on each side (…技能培训 | 网约车司机…: 培训网 is a
    chance word across) and a finished sentence still part the lines."""
    def texts(tail: str) -> list[str]:  # a re-wrapped page (no column width), ``tail`` its last paragraph
        page = ("## 某市职工技能竞赛落幕\n\n" + _WRAPPED_ITEM.replace("本报记者 李明 摄", "").rstrip("\n")
                + "\n\n这次竞赛吸引了来自全市各行各业的职工报名，赛前组织了三轮集中培训。\n\n" + tail + "\n")
        found = paragraphs(page.split("\n"))
        assert found.layout == "wrapped"
        return [p.text for p in found.paragraphs]

    cut = texts("比赛结束后，工会向获奖选手颁发了一批国\n\n产化工具套装，鼓励他们继续钻研技术。")
    assert "比赛结束后，工会向获奖选手颁发了一批国产化工具套装，鼓励他们继续钻研技术。" in cut
    clause = texts("赛后大家都表示要向冠军认真学\n\n习，争当技术能手。")  # 学 | 习，: no clause is one character
    assert "赛后大家都表示要向冠军认真学习，争当技术能手。" in clause
    assert "网约车司机也来参加学习。" in texts("工会还为职工开展了技能培训\n\n网约车司机也来参加学习。")
    assert "国产化工具受到欢迎。" in texts("比赛圆满结束。\n\n国产化工具受到欢迎。")
    # the paragraph so far is what the word is read on, not its last line alone (学 | 院 | (blank) | 前，…: 学院)
    assert "前，该中心揭牌仪式在市里举行。" in texts("某区工会成立职工学\n院\n\n前，该中心揭牌仪式在市里举行。")


def test_a_line_that_ends_the_same_whether_its_first_straight_quote_opens_or_closes_has_a_quote_state():
    """…举办"红心向党 | 工会联谊"座谈活动，通过"铸工魂、聚同心"四大模块…探索出新: the line's first straight
    mark may close the quote the line before left open or open one, but the line's state at its end is
    the same both ways (none open), so the scorer knows what it leaves open wherever it is read, and a
    next line whose first mark would close a quote (促共赢"为核心…) does not pair with it.  Where the two
    readings end differently (工魂、聚同心"四大模块…), it still does not know."""
    def quotes(third: str, own: bool = False) -> tuple[bool, bool] | None:
        lines = ['青海某州总工会举办"红心向党', "", third, "", '促共赢"为核心，打破区域壁垒。']
        scorer = Scorer(Page(make_units(lines, None)))
        return scorer._own_quote_state(3) if own else scorer.quotes[3]

    assert quotes('工会联谊"座谈活动，通过"铸工魂、聚同心"四大模块的有机融合，为全市工会探索出新') == (False, False)
    # from its own line alone it cannot tell; read on from its paragraph so far (the quote 红心… opened is
    # open, so the mark closes it) it can
    assert quotes('工魂、聚同心"四大模块的有机融合，为全市工会探索出新', own=True) is None
    assert quotes('工魂、聚同心"四大模块的有机融合，为全市工会探索出新') == (False, False)


@pytest.mark.parametrize("layout,seed", [("printed+boxes", 70), ("printed+boxes+straight", 68), ("printed+boxes", 87)])
def test_a_pair_read_on_its_lengths_gives_way_to_a_lead_left_open_in_its_time(tmp_path, originals, layout, seed):
    """Seed 002 read out of order and box-cut, in a column of 15: a piece's end and the next item's headline fill
    the column by chance (…形成工作合力， | 中铁五局成立工匠学院) and were read as one line, and the line under
    them (前，中铁五局…) ran on after it on the pair's width, though the lead 本报讯（…）日 stops inside its time
    that 前， finishes.  The pair's two breaks are left soft for the reading order: both stories whole.  Not a
    pair whose second piece the line goes on with a word (…认定工作。 | 截至目 | 前，实训基地…: 目前; at 87 the lead
    took that 前， and lost its own)."""
    pages, base = originals
    relaid, got = _import_relaid(tmp_path, pages, layout, seed)
    result = compare(base, got)
    assert not {"grrb-20251114-03-02", "grrb-20251114-03-03"} & set(result["missing"]), result["missing"]
    assert result["mixed_unflagged"] == [] and invented(got, "\n".join(relaid.values())) == []


def test_a_headline_over_a_dated_lead_after_a_column_cut_mid_sentence():
    """…比赛设置了电工、焊工、钳工等十个 | 操场上的“工匠课” | 11月13日下午，…: the OCR cut the column after a full
    line stopping mid-sentence, and the short line under it, with no sentence mark, over a lead that opens on
    its date, is the next item's headline: as the paragraph's last line it would end the paragraph on no mark."""
    cut = _column(BODY)[:3]
    dated = "11月13日下午，某市建设工会在技师学院举行劳模工匠兼职教师聘任仪式，五名劳模工匠受聘为学院教师。"
    found = _texts("\n".join(cut + ["操场上的“工匠课”"] + _column(dated) + _column(BODY)))
    assert found[:3] == ["".join(cut), "操场上的“工匠课”", dated]
