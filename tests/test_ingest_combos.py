"""Layout parts in combination, made up: a converter's marked headings between rules, a block quote's lone > on
an engine's scored lines, a column rule after a block quote's >, two columns side by side padded by a tool that
counts a tab as one column, a date a text box's gap cut under a headline on a page without blank lines, a bold span's
half cut to the next line's start, and a column rule's letter before an engine's score."""
from __future__ import annotations

from test_ingest_helpers import read_md
from test_ingest_property import assert_import_loses_nothing
from unionnews.ingest.decode import unmarkdown, unrule, unscore
from unionnews.ingest.sidebyside import read_columns


def _titles(content) -> list[str]:
    return [read_md(path)[0]["title"] for path in sorted(content.rglob("*.md"))]


def _bodies(content) -> list[str]:
    return [read_md(path)[1] for path in sorted(content.rglob("*.md"))]


# MinerU-like Markdown: each item a marked heading, its paragraphs one a line with a blank line between, a rule
# (---) between items.  The first item's text goes on from its lead, read elsewhere; the third's headline is cut
# over two lines and its lead's marker set apart.
RULED_ITEMS = """# 某县举办职工书画展 开幕

展，展出作品两百余件。

---

# 某镇开展职工健康体检

本报讯（记者王林）近日，某镇总工会为一线职工免费体检，覆盖全镇四十家企业。

---

# 某区职工

篮球赛开幕

本报讯（

记者张明）近日，某区总工会举办第五届职工篮球赛，来自三十家单位的球队参赛。

据了解，某区今年已投入专项资金五十万元。
"""

RULED_PRINTED = RULED_ITEMS.replace("---", "")


def test_a_marked_heading_after_a_rule_heads_its_own_item(tmp_path):
    """A converter's marked headings (# …) with a rule between items: the wider run of blank lines over each
    heading is an item's edge, not noise in the paragraphs' gaps, so 某区职工 heads an item of its own and is no
    subhead of the story above (某镇 and 某区 in one file, nothing said)."""
    content = assert_import_loses_nothing(RULED_ITEMS, tmp_path, RULED_PRINTED)
    titles = _titles(content)
    assert "某区职工" in titles
    assert not [b for b in _bodies(content) if "某镇" in b and "某区" in b]


SCORED_QUOTE = [
    "某县举办职工书画展\t0.912",
    "本报讯（记者王林）近日，某县总工会举办职工书画展。\t0.876",
    "> 某镇开展职工健康体检\t0.954",
    ">",
    "> 本报讯（记者张明）近日，某镇总工会为一线职工免费体检。\t0.931",
]


def test_a_block_quotes_lone_mark_is_no_unscored_line():
    """On a short page of an engine's scored lines (every line's score is needed to read it so), a block quote's
    > alone on a line is the quote's blank line, which no engine scores: the page's scores still come off."""
    lines, scores = unscore(SCORED_QUOTE)
    assert len(scores) == 4
    assert not any("0.9" in line or "0.8" in line for line in lines)


RULED_QUOTE = [
    "│ 某县举办职工书画展",
    "本报讯（记者王林）近日，某县总工会举办职工书",
    "画展，展出作品两百余件。",
    "> 某镇开展职工健康体检",
    "> │ 本报讯（记者张明）近日，某镇总工会为一线",
    "> 职工免费体检，覆盖全镇四十家企业。",
    "> │ 据了解，某镇今年已投入专项资金五十万元。",
]


def test_a_column_rule_after_a_block_quotes_mark_comes_off():
    """A box's side read as │ stands at the printed line's start, after the > a converter writes for a block
    quote: it comes off there as after a heading's #, and the quote's mark stays."""
    lines, found, _, _ = unrule(RULED_QUOTE)
    assert found and found[0][0] == "│"
    assert not any("│" in line for line in lines)
    assert lines[4] == "> 本报讯（记者张明）近日，某镇总工会为一线"


# two stories side by side, each column's lines after a margin's tab, padded by a tool that counts the tab as one
# column (and a wide character as two): a row of the right column alone lines up with the others only so
SIDE_BY_SIDE = [
    "\t某县举办职工书画展    \t某镇开展职工健康体检",
    "\t本报讯（记者王林）近  \t本报讯（记者张明）近",
    "\t日，某县总工会举办职  \t日，某镇总工会为一线",
    "\t工书画展，展出作品两  \t职工免费体检，覆盖全",
    "\t百余件。              \t镇四十家企业。",
    "                       \t据了解，某镇今年已投",
    "                       \t入专项资金五十万元。",
]


def test_columns_padded_counting_a_tab_as_one_column_are_read_apart():
    """Read at a tab of eight, the rows of the right column alone stand off the gutter and the page was one
    column, the two stories' halves run together a line at a time; at one column a tab, every row lines up."""
    lines, column = read_columns(SIDE_BY_SIDE)
    assert column is not None
    left, right = lines[:len(SIDE_BY_SIDE)], lines[len(SIDE_BY_SIDE):]
    assert "".join(t.strip() for t in left) == "某县举办职工书画展本报讯（记者王林）近日，某县总工会举办职工书画展，展出作品两百余件。"
    assert "".join(t.strip() for t in right).startswith("某镇开展职工健康体检本报讯（记者张明）")


# lines re-broken at random widths, no blank line, each line ending in two spaces (an engine's trailing pad)
GAPPED_DATE = "".join(line + "  \n" for line in [
    "某县举办职工书画展",
    "本报讯（记者王林）近日，某县总工会举办职工书画展，展出作品两百余件，吸引了一千多名职工前来观展",
    "。",
    "某镇工会送上暖 “新”祝福",
    "9月25   日，某镇总工会开展中秋慰问活动，为二十名外卖送餐员、快递员送上慰问金和月饼，",
    "让他们感受到来自工会组织的关心",
    "和温暖。",
    "本报通讯员 王林 摄",
])


def test_a_gap_inside_a_date_under_a_headline_still_opens_a_lead(tmp_path):
    """On a page without blank lines, a headline over a lead opening on its date ends there; a text box's gap
    inside the date (9月25   日，…) is still the date, and the headline is not run on into the lead."""
    content = assert_import_loses_nothing(GAPPED_DATE, tmp_path)
    assert any(t.replace(" ", "") == "某镇工会送上暖“新”祝福" for t in _titles(content))
    assert not [b for b in _bodies(content) if "某县" in b and "某镇" in b]


# wrapped paragraphs with blank lines between them, a 上接 marker over its story's text, whose first character a
# line break left alone on a line (会 | 议强调…: no drop capital under a marker)
CONTINUED_CHARACTER = """某县举办职工书画展

本报讯（记者王林）近日，某县总工会举办职工书画展，展出作品两百余件，吸引
了一千多名职工前来观展。

〔上接第1版〕

会

议强调，各级工会要紧密结合新时代工会组织使命任务，把学习成果转化为推动工会
工作高质量发展的实际成效。
"""


def test_a_continued_marker_is_a_line_of_its_own_over_a_character_alone(tmp_path):
    """A 上接 marker is a paragraph of its own: the character alone under it (会), which a line that does not
    finish would take, goes with the text under it, and the marker heads the continued story in a file of its
    own, not the end of the story above."""
    content = assert_import_loses_nothing(CONTINUED_CHARACTER, tmp_path)
    assert not [b for b in _bodies(content) if "某县" in b and "议强调" in b]
    assert any(b.lstrip().startswith("〔上接第1版〕") or "会议强调" in b.lstrip()[:12] for b in _bodies(content))


# a small page whose first item is printed line by line (too few lines to measure its column) and whose second item's
# headline, cut by that column, ends the block: 某镇开展冬季送温暖活 | 动, then a blank run and the text of that item,
# whose lead the OCR read at the page's foot
TAIL_HEADLINE = (
    "某县举办职工篮球比赛\n本报讯(记者王林)近日,\n某县总工会举办职工篮球\n比赛,来自80家企业的\n300余名职工参加比赛。\n"
    "据了解,某县今年已累计\n投入专项资金200万元。\n活动结束后,某县总工会\n还向职工发放了问卷。\n某镇开展冬季送温暖活\n动\n\n\n"
    '为一线职工送去清凉物品,价值5万余元。\n\n"这样的活动办到了我们心坎上。"某镇一名职工说。\n\n'
    "据了解,某镇今年已累计投入专项资金200万元。\n\n\n本报讯(记者赵凯)近日,某镇总工会\n\n"
)


def test_a_headline_ending_an_unfinished_block_on_a_small_page_is_said(tmp_path):
    """A headline that ends a block of printed lines the page was too small to measure runs on into the paragraph
    above and, unfinished, into the text after the blank run: the file holding both stories says so."""
    content = assert_import_loses_nothing(TAIL_HEADLINE, tmp_path)
    mixed = [path for path in sorted(content.rglob("*.md"))
             if "某县总工会" in read_md(path)[1] and "一线职工" in read_md(path)[1]]
    for path in mixed:
        assert any("某镇开展冬季送温暖活动" in why for why in read_md(path)[0].get("review", []))
    assert mixed or any(title.startswith("某镇开展冬季送温暖活") for title in _titles(content))


# a converter's Setext heading over a line the engine read with the column rule beside it (丨 on most lines):
# the underline is as wide as the line with the rule's letter, two columns wider than its text
RULED_SETEXT = (
    "某 市 举 办 职 工 运 动 会  丨\n"
    "=============================\n"
    "本报讯（记者王林）近日，某市第三届职工运动会开幕，丨\n"
    "来自全市的五百名职工参加了比赛。丨\n"
    "\n"
    "据了解，运动会设田径、球类等十个项目。丨\n"
)


def test_a_setext_underline_measured_with_a_column_rule_is_markup(tmp_path):
    """The underline a converter measured on the line as the engine read it, rule and all, is still the heading's
    underline once the rule comes off: no run of = is read into the text under it as a sentence."""
    content = assert_import_loses_nothing(RULED_SETEXT, tmp_path, "某市举办职工运动会\n" + RULED_SETEXT
                                          .replace("丨", "").split("\n", 2)[2])
    assert "=" not in "".join(_bodies(content))
    assert "某市举办职工运动会" in [title.replace(" ", "") for title in _titles(content)]


# a detection tool's box file (x1,y1,…,y4,text: ICDAR 2015) as a viewer prints it, each line numbered
NUMBERED_BOXES = "".join(
    f"{n:6d}\t{20 + n},{30 * n},{300 + n},{30 * n},{300 + n},{30 * n + 25},{20 + n},{30 * n + 25},{text}\n"
    for n, text in enumerate(("某县开展职工健康体检", "本报讯（记者周洁）近日，某县", "总工会为一线职工免费体检，覆",
                              "盖全县80家企业。", "某镇举办职工书画展", "本报讯（记者李明）近日，某镇", "职工书画展开幕，展出作品",
                              "两百余件。"), start=1))


def test_box_corners_after_a_viewers_line_numbers_come_off(tmp_path):
    """The numbers come off first; the corners then stand at each line's start and come off too, so both items
    are found and no corner figure is read into a story."""
    texts = [line.split(",")[-1] for line in NUMBERED_BOXES.splitlines()]
    content = assert_import_loses_nothing(NUMBERED_BOXES, tmp_path, "\n".join(texts) + "\n")
    assert _titles(content) == ["某县开展职工健康体检", "某镇举办职工书画展"]


# two columns of three to five characters a line side by side, each line padded with spaces to the right one
TINY_SIDE_BY_SIDE = [
    "某县举      某镇举办",
    "办职工      书画展",
    "书法展",
    "本报讯      本报讯（",
    "（记者      记者李",
    "王林）      明）近日，",
    "近日，      某镇职工",
    "某县职      书画展开",
    "工书法      幕，展出",
    "展开幕      作品两百",
    "，展出      余件。",
    "作品百",
    "余件。",
]


def test_two_tiny_columns_padded_with_spaces_are_read_apart():
    """A sidebar's narrow columns side by side, padded with spaces alone: read as the left column, then the right
    one, not line by line into one text."""
    lines, column = read_columns(TINY_SIDE_BY_SIDE)
    assert column is not None
    text = "".join(lines)
    assert "某县举办职工书法展" in text and "某镇举办书画展" in text


# a short page of two stories side by side (pdftotext -layout): the right one a headline and a lead, two rows, the
# headline's row padded far past the left one's short headline, the lead's by two spaces
SHORT_RIGHT = [
    "\t某区举办职工篮球赛" + " " * 68 + "\t某镇开展职工书画展",  # the right column at display column 96
    "\t本报讯（记者王林）近日，某区总工会举办第五届职工篮球赛，来自三十家单位的球队都来参赛。  本报讯（记者李明）近日，"
    "某镇职工书画展开幕，展出作品两百余件。",
    "\t据了解，某区今年已投入专项资金五十万元。",
    "\t比赛结束后，某区总工会还为获奖球队颁了奖。",
]


def test_a_right_column_of_two_rows_padded_to_its_gutter_is_read_apart(tmp_path):
    """Two rows of a right column, one padded to the gutter by far more than any word space: two columns side by
    side, each story whole, the two never run together."""
    lines, column = read_columns(SHORT_RIGHT)
    assert column is not None
    content = assert_import_loses_nothing("\n".join(SHORT_RIGHT) + "\n", tmp_path)
    assert sorted(_titles(content)) == sorted(["某区举办职工篮球赛", "某镇开展职工书画展"])
    assert not [b for b in _bodies(content) if "某区" in b and "某镇" in b]


# drop capitals on a re-wrapped page whose blank runs are any length (1–6 lines by chance): each lead's first
# character on a line of its own, four or five blank lines above the rest of its line
GAPPED_CAPS = (
    "某区举办职工运动会\n\n\n\n\n本\n\n\n\n报讯（记者 王林）近日，某区第三届职工运动会在区体育中心\n"
    "开幕，来自全区各行业的五百名职工参加了开幕式和首日比赛\n。\n\n"
    "据了解，运动会设田径、球类、棋牌等十个项目，\n比赛将持续一周。\n\n\n\n\n\n某镇开展送清凉活动\n\n\n\n近\n\n\n\n\n"
    "日，某镇总工会为一线职工送去防暑物品，\n价值三万余元。\n\n\n\n“这样的活动很贴心。”一名职工说。\n"
)


def test_a_drop_capital_over_a_run_of_blank_lines_still_opens_its_lead(tmp_path):
    """本 | (blank lines) | 报讯…, 近 | (blank lines) | 日，…: the character and the rest of its line make the lead's
    opening words, so it is the story's drop capital however many blank lines the page put between."""
    content = assert_import_loses_nothing(GAPPED_CAPS, tmp_path)
    bodies = _bodies(content)
    assert any(b.replace(" ", "").lstrip().startswith("本报讯（记者王林）近日") for b in bodies)
    assert any(b.lstrip().startswith("近日，某镇总工会") for b in bodies)
    assert _titles(content)[:2] == ["某区举办职工运动会", "某镇开展送清凉活动"]



CUT_HEAD_OVER_CAP = (
    "某区举办职工运动会\n\n本报讯（记者 王林）近日，某区第三届职工运动会在区体育中心开幕，来\n自全区各行业的五百名"
    "职工参加了开幕式和首日比赛。\n\n据了解，运动会设田径、球类、棋牌等十个项目，比赛将持续一\n周。\n\n\n"
    "某镇公交驾驶员赛场展技\n能\n\n近\n日，某镇公交公司工会举办了第三届驾驶员技能比赛，设置S弯、平稳驾\n驶等项目。\n\n"
    "本报记者 李明 摄影报道\n"
)


def test_a_drop_capital_under_a_headlines_last_character_alone_opens_its_story(tmp_path):
    """A headline whose last character a wrap cut onto a line of its own (…展技 | 能), a blank line, then the next
    story's drop capital (近 | 日，…): the lone character above was taken for a column's line, the capital for
    that line's rest, and the headline ran into the story under it, which went into the story above."""
    content = assert_import_loses_nothing(CUT_HEAD_OVER_CAP, tmp_path)
    assert "某镇公交驾驶员赛场展技能" in _titles(content)
    assert any(b.lstrip().startswith("近日，某镇公交公司") for b in _bodies(content))

# two columns side by side on a short page: the right story's headline beside the page's running head, its lead on a
# row of its own indented to the gutter, the left story's headline and lead under the running head
HEAD_BESIDE = [
    "劳动周报 2024年5月10日 第3版" + " " * 50 + "某镇举办职工书画展",
    "某区开展职工健康体检",
    " " * 78 + "本报讯（记者李明）近日，某镇职工书画展开幕，展出作品两百余件。",
    "本报讯（记者王林）近日，某区总工会为一线职工免费体检，覆盖全区八十家企业。",
]


def test_a_right_column_of_a_padded_row_and_an_indented_one_is_read_apart(tmp_path):
    """One row with text on both sides of a pad, one row of the right column alone indented to the same gutter:
    two columns, so the right story's lead does not run into the left story."""
    assert read_columns(HEAD_BESIDE)[1] is not None
    content = assert_import_loses_nothing("\n".join(HEAD_BESIDE) + "\n", tmp_path)
    assert not [b for b in _bodies(content) if "某区" in b and "某镇" in b]
    assert {"某镇举办职工书画展", "某区开展职工健康体检"} <= set(_titles(content))


def test_a_score_after_a_line_ending_on_a_unicode_space_comes_off():
    """An engine's scored lines where the text ends on a thin or em space before the tab (…精神\u2009\t0.899): the
    score is still the engine's, not a figure of the text (read on, 0.899 became 精神0。899 in the story)."""
    lines = ["某市举办职工书画展\t0.991", "本报讯（记者王林）近日，传承守护精神\u2009\t0.899",
             "的书画展在某市开幕。\u3000\t0.915", "展出作品两百余件。\u2003\t0.902"] * 3
    out, scores = unscore(lines)
    assert len(scores) == len(lines)
    assert not [line for line in out if "0." in line]


def test_a_bold_half_at_a_lines_start_with_a_space_after_it_comes_off():
    """A bold lead marker a box's cut parted from its closing half, the half written with a space before the next
    text (``**本报讯（记者白莹）`` | ``** 7月28日上午…``): the asterisks are a type weight on either line, and left
    in they were a sentence no page printed."""
    lines, found = unmarkdown(["**本报讯（记者白莹）", "** 7月28日上午，某市开幕。", "一是加强 **", "二是推进。"])
    assert not [line for line in lines if "*" in line]
    assert lines[1].strip().startswith("7月28日") and lines[2].rstrip() == "一是加强"
    assert found["bold marks a line's end parted from their span"] == 3


def test_a_bold_mark_standing_apart_inside_a_line_is_text():
    """Asterisks with spaces on both sides inside a line are not a span's edge: they stay as printed."""
    lines, _ = unmarkdown(["**某市开幕**", "甲 ** 乙"])
    assert lines[1] == "甲 ** 乙"


def test_scores_after_a_column_rules_letter_come_off():
    """An engine that read the column rule as a letter at each line's end scores the whole line, so the score
    follows the letter (…服务。 l\t0.99, …参赛。l  0.87): the page is still scored (the marks before the letter
    are the text's ends), and the letter then comes off as a rule."""
    for gap in (" ", "\u3000", ""):
        lines = [f"某市新建十家工会驿站{gap}l\t0.908", f"本报讯（记者郑凯）近日，某市总工会{gap}l\t0.989",
                 f"为快递员提供休息服务。{gap}l\t0.837", f"某市职工说。{gap}l\t0.805"] * 3
        out, scores = unscore(lines)
        assert len(scores) == len(lines), gap
        unruled, rules, _, _ = unrule(out)
        assert not [line for line in unruled if "l" in line or "0." in line], (gap, unruled)


def test_a_latin_words_last_letter_before_scores_is_no_rule():
    """…AI\t0.9: the I is the word's, so it is no mark the scored text ends on (the other lines decide)."""
    lines = ["某市推广AI\t0.91", "某市推广AI\t0.92", "某市推广AI\t0.93"]
    assert unscore(lines)[1] == []
