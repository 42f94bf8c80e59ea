"""Whitespace the OCR adds is not printed: padded line ends, lines of spaces, tabs, NBSP and
ideographic spaces, spaces between Chinese characters.  The importer reads a page with any of them
as it reads the page without: not one printed character or article lost, the same articles."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from test_ingest_helpers import PAPERS, articles, output_chars, printed_chars
from unionnews.ingest import run_import
from unionnews.ingest.byline import parse_names
from unionnews.ingest.decode import unpad
from unionnews.ingest.paragraphs import paragraphs

FLAGS = dict(paper="工人日报", date="2026-03-03", page=4)

# A made-up page printed in a column of twelve characters, one printed line per line, no blank lines.
# The byline's break falls inside 本报通讯员 (本报通讯 | 员), with no word space at the break.
PAGE = """# 社区食堂开进产业园
本报记者 周明 本报通讯
员 孙立新 何佳
近日，某市产业园区的职工食
堂正式开餐，园区内两千余名
职工从此吃上了热乎的午饭。
食堂由区总工会联合企业共同
建设，菜品价格比周边餐馆低
三成。
菜品丰富多样
“以前午饭只能点外卖，现在
走几步就到。”职工陈小华说
。区总工会相关负责人表示，
下一步将在更多园区推广这一
做法。
（本报杭州3月2日电）
# 技能竞赛点燃学技热情
本报讯（记者吴海涛）日前，
某区第五届职工职业技能竞赛
落下帷幕，来自全区四十余家
企业的三百多名选手参加了电
工、焊工等六个工种的比拼。
据介绍，竞赛前三名的选手将
获得区级技术能手称号。
园区书屋 开门迎客
本报讯 日前，某产业园区职工
书屋正式开放，藏书三千余册
，职工下班后可免费借阅。
"""


def _import(tmp: Path, text: str):
    tmp.mkdir(parents=True, exist_ok=True)
    page = tmp / "page.txt"
    page.write_text(text, encoding="utf-8")
    content = tmp / "content"
    run_import([page], content, tmp, PAPERS, **FLAGS)
    return content


def _bodies(content: Path) -> list[tuple[str, str, list, list]]:
    return [(f["title"], body, f.get("reporters", []), f.get("correspondents", []))
            for _, f, body in articles(content)]


def _padded(text: str, pad: str) -> str:
    return "\n".join(line + pad if line else line for line in text.split("\n"))


@pytest.mark.parametrize("pad", [" ", "   ", "\t", " \t", "\u3000"])
def test_padded_line_ends_read_as_the_page_without(tmp_path, pad):
    """Every line padded: no break is a word space, so the byline's title is whole again and the page
    is not left out (on the old code the padding made a name 本报通讯 that check refuses, and the
    whole page was dropped)."""
    plain = _bodies(_import(tmp_path / "plain", PAGE))
    text = _padded(PAGE, pad)
    content = _import(tmp_path / "padded", text)
    assert not printed_chars(text.splitlines()) - output_chars(content)
    assert _bodies(content) == plain
    assert plain[0][3] == ["孙立新", "何佳"]


def test_a_word_space_at_a_break_survives_the_padding():
    """One pad throughout: a line ending in more than the pad had a word space at its break."""
    lines = ["本报记者 周明    ", "本报通讯员 孙立新   ", "何佳   ", "", "  ", "\u3000", "近日，某市产业园   ",
             "区的职工食堂正式开   ", "餐。   "]
    assert unpad(lines) == ["本报记者 周明 ", "本报通讯员 孙立新", "何佳", "", "", "", "近日，某市产业园",
                            "区的职工食堂正式开", "餐。"]


def test_a_page_that_does_not_pad_keeps_its_word_spaces():
    lines = ["本报记者 周明 ", "本报通讯员 孙立新", "何佳", "近日，某市产业园区的职工食"]
    assert unpad(lines) == lines


def test_padding_of_varying_length_goes_entirely():
    lines = ["近日，某市产业园区的 ", "职工食堂正式开餐，园   ", "区内两千余名职工  ", "从此吃上了午饭。 "]
    assert unpad(lines) == [line.rstrip() for line in lines]


def test_a_title_split_by_a_space_is_no_name():
    """Whatever the whitespace, a byline word holding a title is never given as a name (check would
    refuse the article, and with it the page)."""
    credits = parse_names("本报记者 周明 本报通讯 员 孙立新")
    assert "本报通讯" not in credits.reporters + credits.correspondents
    assert any("本报通讯" in d for d in credits.doubts)


# the same page as other engines print its whitespace
SPACINGS = {
    # word spaces as tabs, NBSP or ideographic spaces (between names, in the byline)
    "tabs": lambda page: page.replace(" ", "\t"),
    "nbsp": lambda page: page.replace(" ", "\u00a0"),
    "ideographic": lambda page: page.replace(" ", "\u3000"),
    # a justified line's wider gap read as a space inside the paper's marker words
    "markers": lambda page: page.replace("本报讯", "本 报讯").replace("本报杭州", "本报杭 州").replace("记者吴", "记 者吴"),
    # a left margin on every line (not a word space at each break, nor an indent)
    "margin": lambda page: "\n".join(" " + line if line else line for line in page.split("\n")),
    # …and inside a word of a subhead (丰 富): not two phrases of a headline
    "word gap": lambda page: page.replace("菜品丰富多样", "菜品丰 富多样"),
}


@pytest.mark.parametrize("spacing", sorted(SPACINGS))
def test_whitespace_forms_read_as_the_page_with_spaces(tmp_path, spacing):
    plain = _bodies(_import(tmp_path / "plain", PAGE))
    assert [title for title, *_ in plain] == ["社区食堂开进产业园", "技能竞赛点燃学技热情", "园区书屋 开门迎客"]
    text = SPACINGS[spacing](PAGE)
    content = _import(tmp_path / "spaced", text)
    assert not printed_chars(text.splitlines()) - output_chars(content)
    assert _bodies(content) == plain
    datelines = [f.get("dateline") for _, f, _ in articles(content)]
    assert datelines[0] and datelines[0]["place"] == "杭州"


def test_a_tab_is_an_indent():
    """A paragraph's first line indented by one tab begins a paragraph, as an ideographic indent does."""
    lines = ["近日，某市产业园区的职工食", "堂正式开餐，园区内两千余名", "职工吃上了午饭。食堂由区总", "工会联合企业共同建设成的。",
             "\t据介绍，食堂菜品价格比周边", "餐馆低三成，职工都很满意。", "区总工会相关负责人表示，下", "一步将在更多园区推广做法。"]
    by_tab = paragraphs(unpad(lines))
    by_ideographic = paragraphs([line.replace("\t", "\u3000\u3000") for line in lines])
    assert [p.lines for p in by_tab.paragraphs] == [p.lines for p in by_ideographic.paragraphs]
    assert len(by_tab.paragraphs) == 2


# Letter spacing (pdftotext draws justified or letter-spaced CJK lines one glyph at a time): a space
# between every two Chinese characters or full-width marks.  A word space printed as one space cannot
# be told from it and is lost with it; one printed wider (two spaces) stays, as one word space.
PER_LINE = """# 社区食堂开进产业园

本报讯（记者周明）近日，某市产业园区的职工食堂正式开餐，园区内两千余名职工从此吃上了热乎的午饭。

食堂由区总工会联合企业共同建设，菜品价格比周边餐馆低三成。“以前午饭只能点外卖，现在走几步就到。”职工陈小华说。

区总工会相关负责人表示，下一步将在更多园区推广这一做法。


# 园区书屋  开门迎客

本报讯（记者吴海涛）日前，某产业园区职工书屋正式开放，藏书三千余册，职工下班后可免费借阅。

据介绍，书屋每周开放六天，周末还将举办读书分享会。
"""


def _letterspaced(text: str) -> str:
    glyph = r"[\u4e00-\u9fff，。、；：？！“”‘’（）《》—…]"
    return re.sub(f"(?<={glyph})(?={glyph})", " ", text)


def test_letter_spacing_is_taken_out_at_the_door():
    lines = _letterspaced(PER_LINE).split("\n")
    assert lines[2].startswith("本 报 讯 （ 记 者 周 明 ） 近 日 ，")
    assert unpad(lines) == [line.replace("  ", " ") for line in PER_LINE.split("\n")]


def test_a_page_set_solid_keeps_its_spaces():
    """Spaces between some Chinese characters (names in a byline, a justified line's gap) are no letter
    spacing: the page keeps them."""
    lines = ["本报记者 周明 本报通讯员 孙立新 何佳", "近日，某市产业园区的职工食堂正式开 餐。", "三 大发展困境"]
    assert unpad(lines) == lines


def test_a_letter_spaced_page_reads_as_the_page(tmp_path):
    plain = _bodies(_import(tmp_path / "plain", PER_LINE))
    assert [title for title, *_ in plain] == ["社区食堂开进产业园", "园区书屋 开门迎客"]
    text = _letterspaced(PER_LINE)
    content = _import(tmp_path / "spaced", text)
    assert not printed_chars(text.splitlines()) - output_chars(content)
    assert _bodies(content) == plain


def test_a_headline_spaced_all_through_on_a_solid_page_loses_its_spacing():
    """A headline's big type read one character at a time, on a page whose text is set solid: the line is one
    run of words, its figures and signs included; its markup keeps its space, and a line of names, which has a
    pair set solid or too few glyphs, keeps its spaces."""
    body = "本报讯（记者周明）近日，某市产业园区的职工食堂正式开餐，园区内两千余名职工从此吃上了热乎的午饭。"
    lines = ["# 社 区 食 堂 开 进 产 业 园", "实 现 “ 1 + 1 > 2 ” 的 聚 合 效 应", "记者 王 华", body]
    assert unpad(lines) == ["# 社区食堂开进产业园", "实现“1+1>2”的聚合效应", "记者 王 华", body]


def test_a_page_with_letter_spaced_headlines_reads_as_the_page(tmp_path):
    plain = _bodies(_import(tmp_path / "plain", PER_LINE))
    spaced = "\n".join(line[:2] + " ".join(line[2:].replace("  ", "")) if line.startswith("# ") else line
                       for line in PER_LINE.split("\n"))
    assert "# 园 区 书 屋 开 门 迎 客" in spaced
    got = _bodies(_import(tmp_path / "spaced", spaced))
    assert [title for title, *_ in got] == ["社区食堂开进产业园", "园区书屋开门迎客"]
    assert [body for _, body, *_ in got] == [body for _, body, *_ in plain]


# Box-based engines (PaddleOCR …) print one line per text box, and now and then find two boxes in one
# printed line: the line comes out cut in two.  A made-up column twelve characters wide.
BOXED = ["某区第五届职工职业技能竞赛落", "下帷幕，三百多名选手参加了", "比拼。（本报杭", "州3月2日电）",
         "（上接第2", "版）", "区总工会相关负责人表示，下一", "步将在更多园区推广这一做法。"]


def test_a_printed_run_cut_in_two_boxes_is_one_paragraph():
    """A 上接 marker or a dateline the engine cut in two lines is one printed run: the next line
    completes it, so the short line before the cut does not end a paragraph there."""
    texts = [p.text for p in paragraphs(unpad(BOXED)).paragraphs]
    assert "（上接第2版）" in texts
    assert any(t.endswith("（本报杭州3月2日电）") for t in texts)
    assert "".join(texts) == "".join(BOXED)


BOX_CUTS = {"堂正式开餐，园区内两千余名": "堂正式开\n餐，园区内两千余名", "建设，菜品价格比周边餐馆低": "建设，菜品价\n格比周边餐馆低",
            "某区第五届职工职业技能竞赛": "某区第五\n届职工职业技能竞赛", "企业的三百多名选手参加了电": "企业的三百多\n名选手参加了电",
            "落下帷幕，来自全区四十余家": "落下帷幕，来\n自全区四十余家"}


def test_a_page_of_lines_cut_in_two_boxes_reads_as_the_page(tmp_path):
    """Printed lines cut in two all over a column page (a box detector's habit): each pair that
    fills the column is one printed line again, and the page gives the same articles."""
    plain = _bodies(_import(tmp_path / "plain", PAGE))
    text = PAGE
    for line, cut in BOX_CUTS.items():
        assert line in text
        text = text.replace(line, cut)
    content = _import(tmp_path / "boxed", text)
    assert not printed_chars(text.splitlines()) - output_chars(content)
    assert _bodies(content) == plain


def test_lines_read_as_one_printed_line_cut_in_two_are_said_in_review():
    """Two short lines are one box-cut printed line by their lengths alone, and a cut column piece's
    end over a headline can fill the column by chance: each pair read as one line is named in the
    paragraph's review doubt, by its file lines."""
    text = PAGE
    for line, cut in BOX_CUTS.items():
        text = text.replace(line, cut)
    lines = text.split("\n")
    paras = paragraphs(unpad(lines))
    said = " ".join(paras.doubts.values())
    for cut in BOX_CUTS.values():
        first, rest = cut.split("\n")
        no = next(i for i, line in enumerate(lines, start=1) if line.strip() == first and lines[i].strip() == rest)
        assert f"{no} and {no + 1}" in said and "cut in two" in said
    assert "cut in two" not in " ".join(paragraphs(unpad(PAGE.split("\n"))).doubts.values())  # as printed: none


def test_two_short_lines_filling_a_column_by_chance_are_left_alone():
    """One pair of short lines that happens to fill the column (a paragraph's cut end, then a headline)
    on a page with no other such pair is no box cut: the two stay apart."""
    lines = ["近日，某市产业园区的职工食", "堂正式开餐，园区内两千余名", "职工吃上了热乎的", "新书屋开张",
             "某区第五届职工职业技能竞赛", "落下帷幕，来自全区四十余家", "企业的三百多名选手参加了电", "工、焊工等六个工种的比拼。",
             "据介绍，竞赛前三名的选手将", "获得区级技术能手称号。"]
    texts = [p.text for p in paragraphs(unpad(lines)).paragraphs]
    assert len("职工吃上了热乎的" + "新书屋开张") == 13
    assert "职工吃上了热乎的" in texts[0] and "新书屋开张" not in texts[0]


def _column(paras: list[str], width: int) -> str:
    """Paragraphs printed one column line per line, ``width`` characters (a word space counts)."""
    out = []
    for p in paras:
        out += [p] if p.startswith("#") else [p[k:k + width] for k in range(0, len(p), width)]
    return "\n".join(out) + "\n"


COLUMN_PARAS = ["# 技能竞赛点燃学技热情", "本报讯（记者吴海涛）日前，某区第五届职工职业技能竞赛落下帷幕。",
                "竞赛以“匠心筑梦 巧手创新”为主题，吸引了全区四十余家企业的三百多名选手参加，比赛分电工、焊工等六个工种进行。",
                "据介绍，竞赛前三名的选手将获得区级技术能手称号。",
                "# 园区书屋开门迎客", "本报讯（记者周明）日前，某产业园区职工书屋正式开放，藏书三千余册。",
                "书屋由园区工会和“书香园区”读书会共同建设，职工下班后可免费借阅，周末还将举办读书分享会。"]


def test_a_letter_spaced_column_keeps_its_lines_widths(tmp_path):
    """A word space printed as one space is lost with the letter spacing, but the column line that held
    it stays full: its paragraph goes on at the next line (the slogan's line would end it)."""
    page = _column(COLUMN_PARAS, 13)
    assert "匠心筑梦 巧手创新" not in page.split("\n") and any(len(line) == 13 and " " in line for line in page.split("\n"))
    plain = [(title, body.replace(" ", "")) for title, body, *_ in _bodies(_import(tmp_path / "plain", page))]
    assert [title for title, _ in plain] == ["技能竞赛点燃学技热情", "园区书屋开门迎客"]
    text = _letterspaced(page)
    content = _import(tmp_path / "spaced", text)
    assert not printed_chars(text.splitlines()) - output_chars(content)
    assert [(title, body.replace(" ", "")) for title, body, *_ in _bodies(content)] == plain  # the slogans' spaces lost


def test_a_gap_inside_a_source_marker_is_noise():
    """转自《…》 is the paper's source marker: a space inside it is a justified line's gap, and the
    source line is known again."""
    assert unpad(["转 自《中工网》"]) == ["转自《中工网》"]


def test_a_gap_before_a_particle_makes_no_headline():
    """A full column line after a finished paragraph, parted by a space before a particle standing alone
    (设置 了“…”): no phrase of a headline begins so, so it is no headline of two phrases but the
    paragraph's first line (a space inside a column line counts in its width, so it stays)."""
    lines = _column(["近日，某区第五届职工职业技能竞赛落下帷幕，来自全区四十余家企业的三百多名选手参加了电工、焊工等六个工种的比拼。",
                     "此次竞赛设置 了“工匠擂台”等环节，吸引了众多职工到场观摩，现场气氛十分热烈，选手们纷纷表示收获很大。"],
                    14).splitlines()
    assert "此次竞赛设置 了“工匠擂台”" in lines
    texts = [p.text for p in paragraphs(unpad(lines)).paragraphs]
    assert len(texts) == 2 and texts[1].startswith("此次竞赛设置 了“工匠擂台”等环节")


def test_a_gap_in_a_lead_whose_date_the_line_break_cut_off_is_noise():
    """本报 opening a line is the lead's marker even when the line ends before its date (本报 杭州3月 |
    2日电…): the space is closed, so the lead is known across the break."""
    assert unpad(["本报 杭州3月", "2日电（记者周明）近日，"])[0] == "本报杭州3月"
    assert unpad(["（本 报杭州3月", "2日电）"])[0] == "（本报杭州3月"
    assert unpad(["他说本报 杭州站"]) == ["他说本报 杭州站"]


def test_a_photo_credit_cut_in_two_boxes_is_one_paragraph():
    """A photo credit's names, then its 摄 on the next line (a box cut, or the column's end): one credit."""
    lines = ["某区第五届职工职业技能竞赛落", "下帷幕，三百多名选手参加了", "比拼。", "本报记者 周明/文", " 孙立新",
             "/摄", "区总工会相关负责人表示，下一", "步将在更多园区推广这一做法。"]
    texts = [p.text for p in paragraphs(unpad(lines)).paragraphs]
    assert "本报记者 周明/文 孙立新/摄" in texts


def test_a_marker_word_cut_in_two_boxes_is_one_paragraph():
    """A credit's 摄影报道 cut after 摄 (…孙立新 摄 | 影报道): one credit, not 影报道 on its own."""
    lines = ["某区第五届职工职业技能竞赛落", "下帷幕，三百多名选手参加了", "比拼。", "本报记者 周明 通讯", "员 孙立新 摄",
             "影报道", "区总工会相关负责人表示，下一", "步将在更多园区推广这一做法。"]
    texts = [p.text for p in paragraphs(unpad(lines)).paragraphs]
    assert "本报记者 周明 通讯员 孙立新 摄影报道" in texts


# A made-up column page, thirteen characters wide, whose printed lines a box detector cut in two here
# and there (the habit, :data:`BOX_HABIT`: five pairs that each fill the column), and one more cut
# in each test: the place the column reading alone gets wrong.
BOX_PAGE = ["# 园区职工书屋开门迎客",
            "本报讯（记者周明）日前，某产业园区职工书屋正式开放，藏书三千余册，职工下班后可免费借阅，周末还将举办读书分享会。"
            "书屋由园区工会和读书会共同建设，书架上既有技术手册，也有文学名著和儿童绘本，不少职工带着孩子一起来看书。",
            "书香浸润职工心田",
            "“以前下了班只能刷手机，现在走几步就能读上好书。”职工陈小华说，她每周都会来书屋借两本书，读完再和同事交流心得。",
            "区总工会相关负责人表示，全区计划每年投入资金力争到2026年末，实现每个园区都有职工书屋，让职工享受阅读的乐趣。",
            "（本报杭州3月2日电）"]
BOX_HABIT = {2: 4, 3: 6, 7: 5, 14: 3, 19: 7}  # column line → where the engine cut it


def _box_cut(paras: list[str], at: dict[int, int]) -> list[str]:
    lines = _column(paras, 13).splitlines()
    assert all(len(line) == 13 for k, line in enumerate(lines) if k in BOX_HABIT)  # full lines, cut in two
    out: list[str] = []
    for k, line in enumerate(lines):
        out += [line[:at[k]], line[at[k]:]] if k in at else [line]
    return out


def _box_texts(paras: list[str], at: dict[int, int]) -> list[str]:
    texts = [p.text for p in paragraphs(unpad(_box_cut(paras, at))).paragraphs]
    assert "".join(texts).replace(" ", "") == "".join(paras).replace(" ", "")  # nothing lost
    return texts


def test_the_box_page_reads_as_printed():
    assert _box_texts(BOX_PAGE, BOX_HABIT) == BOX_PAGE


def test_a_line_cut_after_a_sentence_end_is_one_printed_line():
    """分享会。 | 书屋由园区工会和读: the first piece ends a sentence, the second stops inside a word the
    next line ends (读 | 书会): no subhead or headline does, so the two are one printed line of the
    paragraph, not a paragraph's end and a line of its own."""
    assert _box_texts(BOX_PAGE, {**BOX_HABIT, 5: 4}) == BOX_PAGE


def test_a_subhead_in_two_boxes_is_one_subhead():
    """书香浸润 | 职工心田: two headline-shaped pieces as long as a subhead together, between a finished
    paragraph and text that goes on, are one subhead, not a two-line headline that opens an item."""
    assert _box_texts(BOX_PAGE, {**BOX_HABIT, 10: 4}) == BOX_PAGE


def test_a_number_cut_across_two_boxes_opens_no_dated_lead():
    """区计划每年 | 投入资金力争到2 | 026年末，…: the line after the pair goes on with the number the pair
    stopped in, so it is no lead opening on its date under a headline: the pair is one printed line."""
    assert _box_texts(BOX_PAGE, {**BOX_HABIT, 17: 5}) == BOX_PAGE


def test_a_word_cut_before_a_names_shaped_piece_is_one_line():
    """读书会聚 书 | 香筑梦 第三届: the second piece looks like a line of bare names (香筑梦, 第三届), but it
    begins with the rest of the word the first piece stopped in (书香): one printed line."""
    kicker = "读书会聚 书香筑梦 第三届"
    paras = BOX_PAGE[:2] + [kicker] + BOX_PAGE[3:]
    assert _box_texts(paras, {**BOX_HABIT, 10: 6}) == paras


def test_a_quote_closed_at_the_next_box_is_one_line():
    """园区送上暖“心 | ”礼包: no line of text begins by closing a quote the line before opened."""
    paras = BOX_PAGE[:2] + ["园区送上暖“心”礼包"] + BOX_PAGE[3:]
    assert _box_texts(paras, {**BOX_HABIT, 10: 7}) == paras


def test_a_credit_cut_before_its_role_mark_is_one_credit():
    """本报特约记者 周明 | /文 孙 | 立/摄: no line begins with a credit's /文 or /摄, so the credit goes on."""
    paras = BOX_PAGE + ["本报特约记者 周明/文 孙立/摄"]
    lines = _box_cut(paras, {**BOX_HABIT, 22: 9})
    assert lines[-3:] == ["本报特约记者 周明", "/文 孙", "立/摄"]
    assert _box_texts(paras, {**BOX_HABIT, 22: 9}) == paras


def test_a_lead_cut_before_its_credit_is_one_paragraph():
    """本报讯 | （记者周明）日前，某: the lead's bracketed credit is one printed run with it."""
    cuts = {k: at for k, at in BOX_HABIT.items() if k != 2}
    assert _box_texts(BOX_PAGE, {**cuts, 1: 3}) == BOX_PAGE


def test_only_box_pairs_read_on_their_lengths_are_said_in_review():
    """A pair whose second piece begins with a mark no line begins with (术手册 | ，也有…) is one printed line
    by its text: its paragraph's review does not name it.  A pair read on lengths and shape alone (the
    subhead 书香浸润 | 职工心田) still is."""
    lines = _box_cut(BOX_PAGE, {**BOX_HABIT, 7: 3, 10: 4})
    k = lines.index("术手册")
    assert lines[k + 1].startswith("，")
    said = " ".join(paragraphs(unpad(lines)).doubts.values())
    assert f"{k + 1} and {k + 2}" not in said
    s = lines.index("书香浸润") + 1
    assert f"{s} and {s + 1}" in said


def test_a_letter_spaced_headline_one_short_of_the_column_stays_a_headline():
    """A headline line one glyph short of the column over a lead that opens on its date (园区职工书屋正式开门迎客
    | 3月2日，…): no word space was lost at its end, so it is not counted full and run into its story."""
    paras = ["园区职工书屋正式开门迎客", "3月2日，某产业园区职工书屋正式开放，藏书三千余册，职工下班后可免费借阅。",
             "据介绍，书屋每周开放六天，周末还将举办读书分享会，让职工在家门口就能享受阅读的乐趣。"]
    page = _column(paras, 13)
    assert len(page.split("\n")[0]) == 12
    lines = unpad(_letterspaced(page).split("\n"))
    assert lines[0] == "园区职工书屋正式开门迎客"
    texts = [p.text for p in paragraphs(lines).paragraphs]
    assert texts[0] == "园区职工书屋正式开门迎客" and texts[1].startswith("3月2日，")


# A made-up column page whose running text carries a justified line's gaps inside words (人 才, 举 办,
# 制 造): the OCR's spaces fall anywhere, so a space in a short line is no sign of a kicker's two phrases.
NOISY = ["区总工会举办职工技能竞赛，", "培养高技能人 才，推动先进", "制 造业发展。竞赛于近日举", "办，吸引了众多职工参加。",
         "书香浸润 职工心田", "园区职工书屋正式开放，藏书", "三千余册，职工可免费借阅。",
         "公交驾驶员 赛场展技能", "近日，某公交公司举 办了驾驶", "员技能比赛，二十余名选手同", "场竞技。"]


def test_a_gap_in_a_subhead_on_a_noisy_page_is_noise():
    """书香浸润 职工心田: after a sentence's end and over running text, on a page with gaps all over its
    text, the one space is a justified line's gap: closed (the line reads as a subhead, not as a
    headline of two phrases opening an item).  公交驾驶员 赛场展技能 over a lead on its date (近日，…) is
    a headline: its space stays."""
    lines = unpad(NOISY)
    assert lines[4] == "书香浸润职工心田"
    assert lines[7] == "公交驾驶员 赛场展技能"
    assert "".join(lines).replace(" ", "") == "".join(NOISY).replace(" ", "")


def test_a_gap_in_a_subhead_on_a_page_without_noise_stays():
    """Without gaps in the running text, a space in a short line may be a word space: kept."""
    solid = [line.replace("人 才", "人才").replace("制 造", "制造").replace("举 办", "举办") for line in NOISY]
    assert unpad(solid)[4] == "书香浸润 职工心田"


def test_a_printed_word_space_in_a_column_line_stays():
    """A line of two runs that is a column line (坛以“会聚巾帼 匠心筑梦”, 13 with its space): the space took
    a place in the line, and without it the line would read one short of the column: kept."""
    lines = NOISY[:4] + ["坛以“会聚巾帼 匠心筑梦”", "为主题，邀请巾帼工匠、专家学"]
    assert len(lines[4]) == 13 and len(lines[0]) == 13
    assert unpad(lines)[4] == "坛以“会聚巾帼 匠心筑梦”"


# The box page with two more items after it (a headline over a lead on its date; a headline over a lead
# whose credit holds two names), column lines 22–35: the places a box cut falls between two items.
BOX_ITEMS = BOX_PAGE + ["职工书屋 周末开讲", "3月5日，某产业园区职工书屋举办首场周末读书分享会，四十余名职工和家属参加了活动。",
                        "分享会上，几位职工讲述了自己和书的故事，现场的气氛十分热烈，不少职工说下周末还会带着家人再来参加。",
                        "社区篮球赛鸣哨开赛",
                        "本报讯（记者周明 通讯员孙立新）日前，某街道总工会联合辖区企业举办篮球联赛，二十支球队参加比赛。"]


def test_a_headline_over_a_lead_cut_at_its_date_is_no_printed_line():
    """职工书屋 周末开讲 | 3月5日 | ，某产业园区…: the headline and the piece of the lead's first line fill the
    column by chance; a piece that opens a lead on its date is the item's start, not the headline's rest."""
    lines = _box_cut(BOX_ITEMS, {**BOX_HABIT, 23: 4})
    assert lines[lines.index("职工书屋 周末开讲") + 1] == "3月5日"
    assert _box_texts(BOX_ITEMS, {**BOX_HABIT, 23: 4}) == BOX_ITEMS


def test_a_headline_piece_after_a_sentence_end_stays_over_its_item():
    """…再来参加。 | 社区篮 | 球赛鸣哨开赛 | 本报讯…: the story's last line and the headline's first piece fill the
    column, and a word runs across the cut (篮球), but the piece and the short line after it are a headline
    block over a lead: no sentence of the story goes on there."""
    lines = _box_cut(BOX_ITEMS, {**BOX_HABIT, 31: 3})
    k = lines.index("社区篮")
    assert len(lines[k - 1]) + 3 == 13 and lines[k - 1].endswith("。")
    assert _box_texts(BOX_ITEMS, {**BOX_HABIT, 31: 3}) == BOX_ITEMS


@pytest.mark.parametrize("at", [3, 7])
def test_a_lead_credit_cut_among_its_names_is_one_line(at):
    """本报讯（记者周 | 明 通讯员孙 | 立新）日前…, and 本报讯 | （记者周明 通讯员孙 | 立新）…: a credit in brackets is
    one printed run with its lead; the line after the pair closes the bracket the pair left open."""
    lines = _box_cut(BOX_ITEMS, {**BOX_HABIT, 32: at})
    k = lines.index("本报讯（记者周明 通讯员孙"[:at])
    assert lines[k + 2].startswith("立新）")
    assert _box_texts(BOX_ITEMS, {**BOX_HABIT, 32: at}) == BOX_ITEMS


def test_a_piece_that_ends_a_credit_is_no_printed_lines_first_half():
    """本报记者 周明 孙立新 摄 | 影报道 | 社区职工篮球联赛 今 | 日鸣哨: 影报道 ends the credit above it (…摄影报道);
    with the headline's first piece after it, it fills the column by chance."""
    paras = BOX_PAGE + ["本报记者 周明 孙立新 摄影报道", "社区职工篮球联赛 今日鸣哨"] + BOX_ITEMS[-1:]
    lines = _box_cut(paras, BOX_HABIT)
    k = lines.index("影报道")
    assert lines[k - 1] == "本报记者 周明 孙立新 摄"
    lines = lines[:k + 1] + ["社区职工篮球联赛 今", "日鸣哨"] + lines[k + 2:]  # the headline cut too: 3 + 10 = 13
    texts = [p.text for p in paragraphs(unpad(lines)).paragraphs]
    assert "本报记者 周明 孙立新 摄影报道" in texts


def test_a_full_column_line_over_running_text_loses_its_gap():
    """为丰富园区职工 文化生活推进 after a sentence's end, over a full column line and a line of text: a paragraph's
    first line, still full without its gap, whatever word the dictionary finds (or not) across the break."""
    lines = NOISY[:4] + ["为丰富园区职工 文化生活推进", "职工书屋建设园区总工会将在", "各园区开展读书月活 动，职工", "踊跃参加。"]
    assert len(lines[4]) == 14 and len(lines[5]) == 13
    assert unpad(lines)[4] == "为丰富园区职工文化生活推进"


def test_a_subhead_one_short_of_the_column_with_its_gap_loses_it():
    """书香浸润职工 心田暖意浓 is one short of the column only with its gap: the gap took no place a full line
    had, and over running text the line is a subhead.  Before a line that opens with a quote, a line one
    short of the column may be a full one (the quote moved down): the space stays."""
    lines = NOISY[:4] + ["书香浸润职工 心田暖意浓", "园区职工书屋正式开 放，藏书", "三千余册，职工可免费借阅。"]
    assert len(lines[4]) == 12 and len(lines[0]) == 13
    assert unpad(lines)[4] == "书香浸润职工心田暖意浓"
    quoted = NOISY[:4] + ["书香浸润职工 心田暖意浓", "“园区职工书屋正式开 放，藏", "书三千余册，职工可免费借阅。"]
    assert unpad(quoted)[4] == "书香浸润职工 心田暖意浓"


def test_a_letter_spaced_line_closing_a_quoted_phrase_goes_on():
    """读书月以“书香满园 悦读” | 为主题，…: the slogan's word space went with the letter spacing, leaving the line
    one short of the column; it closes a quote but no sentence, and the next line goes on with a clause."""
    paras = ["# 园区读书月启动", "本报讯（记者周明）日前，某产业园区职工读书月活动正式启动。",
             "读书月以“书香满园 悦读”为主题，组织职工共读好书，交流读书心得，评选“读书之星”。",
             "# 社区篮球赛鸣哨开赛", "本报讯（记者孙立新）日前，某街道总工会举办职工篮球联赛，二十支球队参加比赛。"]
    page = _column(paras, 13)
    assert "读书月以“书香满园 悦读”" in page.split("\n")
    texts = [p.text.replace(" ", "") for p in paragraphs(unpad(_letterspaced(page).split("\n"))).paragraphs]
    assert texts == [p.replace(" ", "") for p in paras]


def test_a_count_cut_from_what_it_counts_is_one_line():
    """…共计2380名 | 职工 | 2380名职工领到慰问金: a short printed line cut after a number and its measure word; a
    count never ends a line without what it counts, so the two pieces are one line, not a paragraph's end
    and a headline's first piece."""
    paras = BOX_PAGE + ["区总工会今年走访慰问困难职工家庭，送去了慰问金和慰问品，共计2380名职工", "2380名职工领到慰问金",
                        BOX_ITEMS[-1]]
    assert _column(paras, 13).splitlines()[24] == "品，共计2380名职工"
    assert _box_texts(paras, {**BOX_HABIT, 24: 9}) == paras


def test_a_word_space_at_a_cut_lines_end_is_kept():
    """本报讯（记者周明 孙 | 立新 ⎵| 何佳）…: the printed line ended with a word space (the break fell between two
    names); put back together, the line keeps it, so the names stay parted and the line counts full."""
    paras = BOX_PAGE + ["# 社区篮球赛鸣哨开赛", "本报讯（记者周明 孙立新 何佳）近日，某街道总工会联合辖区企业举办职工篮球联赛，二十支球队参加比赛。"]
    k = _column(paras, 13).splitlines().index("本报讯（记者周明 孙立新 ")
    assert _box_cut(paras, {**BOX_HABIT, k: 10})[k + 5:k + 7] == ["本报讯（记者周明 孙", "立新 "]
    assert _box_texts(paras, {**BOX_HABIT, k: 10}) == paras


def test_short_pairs_count_towards_the_box_habit():
    """A long page (the box page eight times, 183 printed lines) with five pairs that fill the column and two
    short lines cut inside a word (书香浸润职 | 工心田): seven cuts, a box detector's habit; five alone would be
    under the share a page printed whole reaches by chance."""
    paras = BOX_PAGE * 8
    subs = [k for k, line in enumerate(_column(paras, 13).splitlines()) if line == "书香浸润职工心田"]
    assert _box_texts(paras, {**BOX_HABIT, subs[2]: 5, subs[4]: 5}) == paras


@pytest.mark.parametrize("k, at", [(11, 2), (1, 3)])
def test_box_pairs_whose_text_settles_them_are_not_said(k, at):
    """“以 | 前下了班只能刷手机，现: the first piece leaves a quote open (no headline does), a word runs across
    (以前) and the second holds a clause mark; 本报讯 | （记者周明）日前，某: a lead and its credit, completed
    across the cut.  Their text settles that each is one printed line: the review does not name them."""
    cuts = {**{a: b for a, b in BOX_HABIT.items() if k != 1 or a != 2}, k: at}
    lines = _box_cut(BOX_PAGE, cuts)
    j = lines.index(_column(BOX_PAGE, 13).splitlines()[k][:at])
    said = " ".join(paragraphs(unpad(lines)).doubts.values())
    assert "are each read as one printed line" in said and f"{j + 1} and {j + 2}" not in said


def test_a_short_piece_leaving_a_quote_open_goes_on():
    """…举办 | “书香 | 悦读 | 职工读书月”活动…: a short piece that leaves a quote open, the line after the next
    closing it, ends no paragraph: the two pieces are one line, not a line and a headline-shaped 悦读."""
    lines = _box_cut(BOX_PAGE, BOX_HABIT) + ["社区书屋焕新开放", "本报讯 日前，某区总工会举办", "“书香", "悦读",
                                             "职工读书月”活动，全区两千", "余名职工参加。"]
    texts = [p.text for p in paragraphs(unpad(lines)).paragraphs]
    assert "悦读" not in texts and any(t.endswith("举办“书香悦读") for t in texts)


def test_two_pieces_longer_than_the_column_by_more_than_hung_marks_are_two_lines():
    """…形成工作 | 合力， | 园区工会联合市读书协会: the two short lines make 14 in a column of 13, and the longer
    line would end on no mark hung past the column (a typesetter lets a line run over only by those): two
    printed lines (a column piece's end over another piece or a headline), not one the engine cut in two."""
    tail = ["园区还将开设职工夜校，请技", "术骨干讲授焊接、电工等课程，", "帮助职工提升技能，形成工作", "合力，",
            "园区工会联合市读书协会", "开展读书分享活动，三百余名", "职工参加。"]
    lines = _box_cut(BOX_PAGE, BOX_HABIT) + tail
    texts = [p.text for p in paragraphs(unpad(lines)).paragraphs]
    assert any(t.endswith("形成工作合力，") for t in texts)
    assert not any("合力，园区" in t for t in texts)


def test_a_clause_opener_cut_after_a_sentence_end_is_one_line():
    """夜校开设八门技能课。 | 例如， (a full column line cut in two after a sentence's end): the second piece
    ends with a comma, as no headline or subhead does, so it goes on the text; the pair fills the column
    exactly (its comma inside the column, not hung past it): one printed line, the paragraph goes on."""
    tail = ["园区还将开设职工夜校，请技", "术骨干讲授焊接、电工等课程。", "夜校开设八门技能课。", "例如，",
            "针对一线职工的需要，开设了", "焊接实操课。"]
    texts = [p.text for p in paragraphs(unpad(_box_cut(BOX_PAGE, BOX_HABIT) + tail)).paragraphs]
    assert texts[-1] == "".join(tail)


def test_a_piece_and_a_short_line_longer_than_the_column_do_not_unseat_a_pair():
    """技能 | 课程。 | 夜校期间举办了职工书 | 画摄影展。: the pair after the sentence's end fills the column
    exactly; the second piece and the short line after it make two more than the column with one mark
    hung, no printed line's length, so they do not make the pair the paragraph's end: one paragraph."""
    tail = ["园区还将开设职工夜校，请技", "术骨干讲授焊接、电工等技能", "课程。", "夜校期间举办了职工书", "画摄影展。"]
    texts = [p.text for p in paragraphs(unpad(_box_cut(BOX_PAGE, BOX_HABIT) + tail)).paragraphs]
    assert texts[-1] == "".join(tail)


def test_a_short_piece_that_goes_on_mid_word_into_a_full_line_ends_a_cut_line():
    """开设3大 | 模块的有 | 机结合的课程，…: the second short piece stops inside a word (有机) that the full line
    below ends; no paragraph, headline or column piece ends so, so it is the rest of a printed line cut in
    two, and the first piece (stopping on no mark) its start: one line again (the line, short, then stops
    mid-word as a column piece does: the paragraph stage leaves that to the reading-order stage)."""
    tail = ["园区还将开设职工夜校，请技", "术骨干讲授焊接、电工等课程，", "开设3大", "模块的有", "机结合的课程，帮助职工提升",
            "操作技能。"]
    texts = [p.text for p in paragraphs(unpad(_box_cut(BOX_PAGE, BOX_HABIT) + tail)).paragraphs]
    assert any(t.endswith("开设3大模块的有") for t in texts)


def test_box_pairs_inside_a_sentence_of_a_page_read_in_order_are_not_said_in_review(tmp_path):
    """On a page read in order, a pair whose first piece goes on a sentence the line above left open
    (近日，某市产业园区的职工食 | 堂正式开 | 餐，…), or the sentence of the line above that one (日前， |
    某区第五届职工职业技能竞赛, itself a pair | 落下帷幕，来 | …), is the sentence's rest, however the two are
    cut: nothing else stands there, so its file does not name it for review.  A pair under a line that
    follows a sentence's end (…午饭。 | 食堂由区总工会联合企业共同 | 建设，菜品价 | …: that line may be a
    subhead) is named as before."""
    text = PAGE
    for line, cut in BOX_CUTS.items():
        text = text.replace(line, cut)
    lines = text.split("\n")
    content = _import(tmp_path / "boxed", text)
    said = " ".join(r for _, f, _ in articles(content) for r in f.get("review", []))
    def pair(first: str) -> str:
        no = next(i for i, line in enumerate(lines, start=1) if line == first)
        return f"{no} and {no + 1}"

    assert pair("堂正式开") not in said and pair("落下帷幕，来") not in said
    assert pair("建设，菜品价") in said


def test_a_name_cut_in_two_boxes_is_one_byline():
    """本报记者 周明 本报通讯员 | 孙 | 立新 何佳: the engine cut the byline's second line inside a name.  No
    name has one glyph, and a typesetter never breaks one across lines: the two pieces are one line, and
    the byline names 孙立新 (not 孙 and 立新)."""
    paras = [BOX_PAGE[0], "本报记者 周明 本报通讯员 孙立新 何佳"] + BOX_PAGE[1:]
    lines = _column(paras, 13).splitlines()
    at = {**{k + 2: cut for k, cut in BOX_HABIT.items()}, 2: 2}  # the byline takes two column lines
    cut = [piece for k, line in enumerate(lines) for piece in ([line[:at[k]], line[at[k]:]] if k in at else [line])]
    assert cut[2:4] == [" 孙", "立新 何佳"]
    texts = [p.text for p in paragraphs(unpad(cut)).paragraphs]
    assert texts[1] == "本报记者 周明 本报通讯员 孙立新 何佳"


def test_a_line_cut_before_its_last_glyph_and_hung_mark_is_one_line():
    """邀请区总工会和市消防救援 | 队、: the first piece is one short of the column, as a full line never is
    unless an opening mark went down to the next line; the second is one glyph and the clause mark hung past
    the column, which ends no paragraph: one printed line, and the sentence goes on."""
    tail = ["园区还将开设职工夜校，并且", "邀请区总工会和市消防救援", "队、", "企业职工代表等一同参加。"]
    texts = [p.text for p in paragraphs(unpad(_box_cut(BOX_PAGE, BOX_HABIT) + tail)).paragraphs]
    assert texts[-1] == "".join(tail)


def test_a_letter_spaced_line_under_a_piece_end_keeps_no_word_space():
    """…形成工作合力， | 某局成立职工技能学院 | 前，…: a column piece that stops on a clause mark two or more short of
    the column (a page whose OCR printed its column pieces out of order) is cut there; the line under it starts
    no column line, so its being one glyph short says no word space was lost in it, and it is not run on into
    the line after it (a headline over another piece).  The same line under a full line keeps the space."""
    column = ["区总工会举办职工技能竞赛，吸", "引了全区四十余家企业三百多名", "选手参加，强化系统联动，形成", "工作合力，"]
    column += ["某局成立职工技能学院新工匠", "前，某局职工技能学院揭牌仪式", "在某技师学院举行，标志着该院", "正式进入实质性建设运营阶段。"]
    assert [len(line) for line in column] == [14, 14, 14, 5, 13, 14, 14, 14]
    lines = unpad(_letterspaced("\n".join(column)).split("\n"))
    assert lines[4] == "某局成立职工技能学院新工匠"
    under_full = column[:3] + column[4:]
    assert unpad(_letterspaced("\n".join(under_full)).split("\n"))[3] == "某局成立职工技能学院新工匠 "


def test_a_paragraphs_last_line_cut_before_its_sentence_end_is_one_line():
    """…职工们对这套智能监 | 控系统 | 赞不绝口。: a short printed line under a full one goes on the paragraph and,
    stopping on no mark, cannot end it; the next short line ends the sentence with no other mark.  The two are the
    paragraph's last line a box detector cut in two, not a paragraph's end over a paragraph of four characters."""
    paras = BOX_PAGE[:-1] + ["新系统上线后，设备的故障率下降了三成，车间的能耗也随之降低，职工们对这套智能监控系统赞不绝口。",
                             BOX_PAGE[-1]]
    assert _column(paras, 13).splitlines()[24] == "控系统赞不绝口。"
    assert _box_texts(paras, {**BOX_HABIT, 24: 3}) == paras


def test_a_subhead_in_two_boxes_over_a_cut_first_line_is_one_line():
    """书香 | 浸润职工心田 | 分享会上 | 几位职工讲述，自己…: a subhead a box detector found in two boxes, over a paragraph
    whose first printed line it cut too.  The piece under the subhead has a headline's shape, but with the next line
    it fills the column and that holds a sentence mark: it is text, not a headline block going on."""
    paras = BOX_PAGE[:3] + ["分享会上几位职工讲述，自己和书的故事让现场的气氛十分热烈，不少职工说下周末还会带着家人和孩子一起再来书屋参加。"]
    paras += BOX_PAGE[4:]
    assert _column(paras, 13).splitlines()[10:12] == ["书香浸润职工心田", "分享会上几位职工讲述，自己"]
    assert _box_texts(paras, {**BOX_HABIT, 10: 2, 11: 4}) == paras


def test_a_box_cut_before_a_mark_no_line_begins_with_is_one_line_after_a_sentence_end():
    """分享会… | …书屋由园区工会和: the first piece ends on an ellipsis, as a sentence may, but the second begins with
    the ellipsis's other half, which no printed line begins with: one printed line of the paragraph, not a
    paragraph's end and a headline-shaped line of its own."""
    paras = list(BOX_PAGE)
    paras[1] = paras[1].replace("周末还将举办读书分享会。书屋由园区工会和读书会", "周末还将举办读书分享会……书屋由园区工会和职工读书会")
    assert _box_cut(paras, {**BOX_HABIT, 5: 4})[7:9] == ["分享会…", "…书屋由园区工会和"]
    assert _box_texts(paras, {**BOX_HABIT, 5: 4}) == paras


def test_a_box_cut_before_a_straight_quote_closing_the_one_its_paragraph_opened_is_one_line():
    """"以前…读到好书。 | "陈小华说…: with straight quotes, a quote the paragraph opened (at its start) closes at the
    second piece's start; no line begins with a closing quote, so the two are one printed line though the
    first piece ends a sentence."""
    paras = [p.replace("“", '"').replace("”", '"') for p in BOX_PAGE]
    paras[3] = paras[3].replace('"以前下了班只能刷手机，现在走几步就能读上好书。"职工陈小华说',
                                '"以前下了班只能刷手机，现在走几步就能读到好书。"陈小华说')
    lines = _column(paras, 13).splitlines()
    assert lines[12] == '在走几步就能读到好书。"陈'
    assert _box_texts(paras, {**BOX_HABIT, 12: 11}) == paras


def test_a_cut_pieces_end_and_the_next_headlines_first_box_filling_a_line_are_two_lines():
    """…征文活动，吸引了近百名职工 | 参加，某公司机 | 车间里的“读 | 书角” | 3月1日下午，…: a column piece the OCR cut
    mid-sentence, then the next item's headline, cut by a box inside its quote, over a lead on its date.  The
    piece's last line and the headline's first piece fill the column by chance; no story's text stops
    mid-sentence right over another item's opening, so they are two printed lines, and the headline one."""
    piece = "园区工会还组织了读书沙龙和征文活动，吸引了近百名职工参加，某公司机"
    paras = BOX_PAGE[:-1] + [piece, "车间里的“读书角”", "3月1日下午，某区总工会在园区举办职工读书分享会，二十余名职工代表参加。"]
    lines = _box_cut(paras, {**BOX_HABIT, 24: 6})
    assert lines[28:31] == ["参加，某公司机", "车间里的“读", "书角”"]
    assert _box_texts(paras, {**BOX_HABIT, 24: 6}) == paras

