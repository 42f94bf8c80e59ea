"""What real engines' plain text does that the other variant tables do not (tests/variants.py ``HELD_OUT_3``):
recognition scores after each line, a full stop printed now as 。 now as a dot, one quote of a pair straight
and the other curly, a page's header strip read a box a line.  Made-up pages; each case lost stories, or
printed characters, or mixed two stories without a review reason before the rule it names."""
from __future__ import annotations

import pytest

from test_ingest_heldout import STORIES
from test_ingest_property import assert_import_loses_nothing
from test_ingest_tiny import PLACES, _import, _mixed_without_review
from unionnews.ingest.decode import unscore
from unionnews.ingest.marks import read_forms
from unionnews.ingest.normalize import folio_lines, pair_mixed_quotes
from variants import article_texts, invented, printed_column


def _page(stories: list[list[str]]) -> list[str]:
    """One paragraph a line, a blank line between paragraphs, three between items, no markup."""
    lines: list[str] = []
    for story in stories:
        for para in story:
            lines += [para, ""]
        lines += ["", ""]
    return lines


def _same_articles(page: str, plain: str, tmp_path) -> list[dict]:
    """Import ``page`` (``plain`` as printed): every printed character of ``plain`` kept, no sentence it
    does not print, and the same article files as ``plain`` gives."""
    (tmp_path / "page").mkdir()
    got = article_texts(assert_import_loses_nothing(page, tmp_path / "page", plain))
    assert invented(got, plain) == []
    (tmp_path / "plain").mkdir()
    want = _import(plain, tmp_path / "plain")
    assert sorted(a["text"] for a in got) == sorted(a["text"] for a in want)
    return got


def test_recognition_scores_after_each_line_are_taken_off(tmp_path):
    """A recognition result dumped a line at a time (text, a tab or two spaces, the engine's confidence):
    every line ended in 0.9…, no headline was read as one and no story came out whole.  Nine printed lines
    in ten ending in a score from 0 to 1: the scores are taken off at the door."""
    lines = _page(STORIES)
    scores = iter(f"0.{9876 - 37 * k}" for k in range(len(lines)))
    scored = "\n".join(f"{line}\t{next(scores)}" if line else line for line in lines) + "\n"
    assert len(_same_articles(scored, "\n".join(lines) + "\n", tmp_path)) == 3


def test_a_score_on_a_line_of_its_own_comes_off_a_scored_page(tmp_path):
    """An engine that scores its empty boxes too: the blank lines between paragraphs hold a score alone.  They
    were printed lines without a score after text, so the page did not read as scored, and every score stayed
    in the articles as if printed."""
    lines = _page(STORIES)
    scored = "\n".join(f"{line}\t0.{97 - k % 9}" if line else f"\t0.{88 + k % 7}" for k, line in enumerate(lines))
    _same_articles(scored + "\n", "\n".join(lines) + "\n", tmp_path)


@pytest.mark.parametrize("stop", [".", "．", "｡"])
def test_scores_come_off_a_page_whose_full_stop_the_engine_reads_in_another_form(stop):
    """One paragraph a line, every paragraph ending on a full stop the engine read as a dot: no line ends on
    。 or a comma, yet the numbers stand after a sentence's end all the same, as no table's figures do."""
    lines = [line.replace("。", stop) for line in _page(STORIES)]
    scored = [f"{line}\t0.{97 - k % 9}" if line else line for k, line in enumerate(lines)]
    assert not any(line.rstrip().endswith(("。", "，")) for line in lines if line)
    assert unscore(scored)[0] == lines


def test_a_number_at_a_few_line_ends_is_no_score():
    """Running text that ends a line on a number now and then keeps it: a score is on nine lines in ten."""
    lines = ["职工人数增长到 0.5", "万人。"] * 2 + ["甲城总工会举办比赛。"] * 8
    assert unscore(lines) == (lines, [])


def test_a_full_stop_printed_now_as_a_dot_ends_its_sentence_and_keeps_its_form(tmp_path):
    """An engine that reads the small circle now as 。, now as a dot: a story's last paragraph ending in a
    dot (…活动.) ran on into the next item, a file mixing two stories with no review reason.  Read as 。
    on such a page too, and printed as a dot again in the file."""
    stories = [[p.replace("。", ".") if k % 2 else p for k, p in enumerate(story)] for story in STORIES]
    stories[0][-1] = stories[0][-1].replace("。", ".")
    text = "\n".join(_page(stories)) + "\n"
    assert "。" in text and "." in text
    articles = _import(text, tmp_path)
    assert _mixed_without_review(articles) == []
    assert sorted(a["text"][:2] for a in articles) == sorted(PLACES[:3])
    body = (tmp_path / "content").rglob("*.md")
    assert "活动." in "".join(p.read_text(encoding="utf-8") for p in body)


def test_full_stops_a_page_prints_twice_give_each_form_back_once(tmp_path):
    """Two items print the same sentence, one ending in 。, one in a dot, and a lead cut from its paragraph
    joins the wrong one's words: the text around each full stop matches both places, or the wrong one.
    Shared out a place each, the page's dots all come back (none lost, none made)."""
    page = ("北山区举办读书分享会\n\n工会举办职工读书分享会,近200名职工参加。\n\n\n南湖区举办读书分享会\n\n"
            "分享会，近200名职工参加.\n\n\n丁城举办读书分享会\n\n本报讯（记者李明）近日，丁城总工会举办职工读书分享会，"
            "近200名职工参加。\n\n丁城总工会负责人表示,将把这项工作办成职工身边的实事。\n\n\n本报讯（记者吴昊）近日，"
            "北山区总\n\n本报讯（记者吴昊）近日，南湖区总工会举办职工读书\n\n")
    _import(page, tmp_path)  # every printed character in exactly one file


def test_a_straight_quote_beside_a_curly_one_is_paired():
    """One quote of a pair straight, the other curly: the straight one takes the side that pairs."""
    page = ['乙城发布"职工健康行”行动方案', "本报讯 “职工之家\"建设", '他说"好"，又说“行"']
    assert pair_mixed_quotes(page) == ["乙城发布“职工健康行”行动方案", "本报讯 “职工之家”建设", '他说"好"，又说“行”']
    assert pair_mixed_quotes(['他说"好"。']) == ['他说"好"。']  # no curly quote on the page: punctuate pairs them


def test_a_headline_with_one_curly_and_one_straight_quote_heads_its_own_item(tmp_path):
    """A photo item's headline whose quotes the engine read one curly, one straight (乙城送上暖“新"祝福),
    printed in a column it fills: read as opening a quote no mark closes, it ran on after the story above,
    its caption with it, a file mixing two stories with no review reason."""
    photo = ['乙城送上暖“新"祝福', "9月25日，乙城总工会联合社区工会，开展了“月满中秋·新”意暖情融佳节暖意添”活动，"
             "为22名外卖送餐员送上慰问金和暖心大礼包。", "本报通讯员 李明 摄"]
    stories = [STORIES[0], photo] + STORIES[1:]
    articles = _import("\n".join(printed_column([p for story in stories for p in story], 10)) + "\n", tmp_path)
    assert _mixed_without_review(articles) == []
    assert sorted(a["text"][:2] for a in articles) == sorted(PLACES[:3] + ("乙城",))


def test_a_header_strip_read_a_box_a_line_is_no_article_text(tmp_path):
    """The page's header strip, one box a line, at the top and again at the bottom (the page number, the
    date, the paper's name, the editors): the date and the page number were set aside, but the paper's
    name stood over the first story as its label and the strip's rest ran on at the end of the last."""
    strip = ["第4版", "2025年9月26日 星期五", "工人日报", "责任编辑：王娜"]
    lines = strip + _page(STORIES) + strip
    assert folio_lines(lines) >= {0, 1, 2, 3, len(lines) - 1}
    articles = _import("\n".join(lines) + "\n", tmp_path)
    assert sorted(a["text"][:2] for a in articles) == sorted(PLACES[:3])
    assert not [a["id"] for a in articles if "工人日报" in a["text"] or "王娜" in a["text"]]


def test_a_headline_ending_in_bao_beside_no_folio_stays_a_headline():
    """The strip's boxes are furniture only beside a folio line: a paper-like name elsewhere is text."""
    lines = ["甲城日报", "", "本报讯（记者周洁）近日，甲城总工会举办职工技能大赛。"]
    assert folio_lines(lines) == set()


def test_figures_ending_each_line_of_a_table_or_price_list_are_no_scores():
    """A table of figures, a price list, a one-line page: every line ends in whitespace and a number from 0
    to 1, and they are printed.  Only numbers standing after a sentence or clause mark now and then are an
    engine's scores; nothing here is taken off."""
    pages = [["北京 0.92", "上海 0.89", "广州 0.87", "深圳 0.91"],
             ["今日菜价（元/斤）"] + ["白菜 0.85", "土豆 0.65", "萝卜 0.45", "菠菜 0.75"] * 3,
             ["基尼系数 0.47"],
             ["今年增长了 0.5", "明年预计增长 0.5", "后年增长 0.5"]]
    for lines in pages:
        assert unscore(lines) == (lines, [])


def test_a_dot_of_a_number_a_file_name_or_an_item_is_no_full_stop_on_a_page_printing_both():
    """On a page printing full stops both as 。 and as a dot, a dot after Chinese is read as 。: not a
    decimal point, a web address's or file name's dot, nor a Chinese item number's (一.加强…)."""
    lines = ["职工收入增长3.5%，比上年高0.8个百分点。详情请登录www.acftu.org查看.",
             "美国U.S.Steel公司代表到场。文件见附件通知.pdf和网站工会.cn。",
             "一.加强组织建设。二.完善制度.",
             "网址为全国总工会.中国/xw。发展.中国工会事业.网站总工会.中国."]
    got = read_forms(lines).lines
    assert got[0] == lines[0][:-1] + "。"
    assert got[1] == lines[1]
    assert got[3] == "网址为全国总工会.中国/xw。发展。中国工会事业。网站总工会.中国。"
    assert got[2] == "一.加强组织建设。二.完善制度。"


def test_a_letters_closing_date_over_the_page_number_stays_in_the_letter():
    """An open letter ends on its sender and a bare date, and the page number follows: the date is the
    letter's last line.  A masthead prints its date beside the paper's name or with the weekday."""
    letter = ["致全市职工的一封信", "", "全市广大职工朋友们：新春佳节即将来临，向大家致以节日的问候。", "",
              "甲市总工会", "2025年9月26日", "第3版"]
    assert folio_lines(letter) == {6}
    masthead = ["第3版", "2025年9月26日", "工人日报"] + letter[:4]
    assert folio_lines(masthead) == {0, 1, 2}
    weekday = ["第3版", "2025年9月26日 星期五"] + letter[:4]
    assert folio_lines(weekday) == {0, 1}
