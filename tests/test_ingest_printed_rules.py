"""Printed-line pages (one printed line of a column per line), made up: where a headline stands between cut
column pieces in a narrow column (its dated lead's date alone on a line too), a box-cut piece over the next item's
headline, a column label the OCR printed with a space in it, lines a picture set into the column cut short (a word's
rest at a line's start, a word's last character alone), a phrase said twice across a break, and a quotation's
piece over its closing straight quote."""
from __future__ import annotations

from pathlib import Path

from test_ingest_helpers import PAPERS, articles, output_chars, printed_chars
from test_ingest_whitespace import BOX_HABIT, BOX_PAGE, _box_cut
from unionnews.ingest import run_import
from unionnews.ingest.decode import unpad
from unionnews.ingest.pageview import Page
from unionnews.ingest.paragraphs import paragraphs
from unionnews.ingest.paragraphs.column_heads import _heading_run
from unionnews.ingest.scores import Scorer
from unionnews.ingest.segment import make_units
from variants import printed_column

# A page whose column the OCR cut: a piece stopping mid-word (…集团第一分 | 公司…), the next item's headline and
# its lead on its date, itself cut (…建设工会在); a story in order; and a piece a column cut left mid-word
# (…为奋 | 力谱写…), whose next line a place name opens that a cut line's 在 may claim.
NARROW = [
    "# 某市举办职工运动会",
    "本报讯（记者王林）10月8日，某市第三届职工运动会在市体育中心开幕，来自全市各行业的两千余名职工参加。",
    "本次运动会设田径、游泳、拔河等十二个项目，赛期为一周。开幕式结束后，某市建筑安装集团第一分",
    "操场上的“急救课”",
    "10月9日下午，市建设工会在",
    "公司安全员李华为职工讲解急救知识，职工们认真听讲。",
    "## 某县举办《匠心筑梦》巡演",
    "本报讯（记者张明）10月6日，某县总工会主办的文艺晚会首场演出在县工人文化宫举行。",
    "《匠心筑梦》是为庆祝某县机械冶金工会和某县职工学校成立七十周年，专门创作的一台文艺晚会。",
    "晚会团结引导全县职工勇毅前行，为奋",
    "力谱写中国式现代化浙江篇章贡献智慧力量。",
    "浙江体育职业学院举行职工急救技能培训。",
]


def _narrow_texts() -> list[str]:
    lines = printed_column(NARROW, 9)
    assert lines[11:14] == ["建筑安装集团第一分", "操场上的“急救课”", "10月9日下午，市"]  # all three fill the column
    texts = [p.text for p in paragraphs(unpad(lines)).paragraphs]
    assert "".join(texts) == "".join(NARROW)  # nothing lost
    return texts


def test_a_headline_filling_its_line_over_a_dated_lead_after_a_cut_column_stands_apart():
    """…开幕式结束后，某市建筑安装集团第一分 | 操场上的“急救课” | 10月9日下午，市…: in a column of nine characters the
    piece's last line, the next item's headline and its dated lead's first line each fill the column.  The
    headline is a paragraph of its own (the piece's sentence goes on elsewhere: 分 | 公司), and the lead on
    its date begins the next: read as a headline whatever the line above it (a finished paragraph, or a
    column the OCR cut mid-sentence)."""
    texts = _narrow_texts()
    assert "操场上的“急救课”" in texts
    assert "10月9日下午，市建设工会在" in texts


def test_a_sentence_of_full_lines_going_on_at_a_conjunction_is_no_headline_block():
    """《匠心筑梦》是为庆祝某县 | 机械冶金工会 … | 和某县职工学校…: two full lines with no mark after a finished
    paragraph, then 和, which no sentence begins with.  A conjunction joins the noun the lines end on to more,
    so the text reads on from them as well as from any cut line nearby: they are no headline block."""
    assert NARROW[8] in _narrow_texts()


def test_a_line_finishing_the_cut_word_above_it_is_no_headline():
    """…勇毅前行，为奋 | 力谱写中国式现代化 | 浙江篇章…: a full line with no mark after a cut line, whose first
    character finishes the word the cut line stops in (奋力), goes on that line's sentence: it is no headline
    standing apart from the text under it, though a cut line's 在 elsewhere may take a place name (浙江)."""
    assert NARROW[10] in _narrow_texts()


def test_a_headline_block_over_a_cut_words_end_is_no_rest_of_a_box_cut_line():
    """…吸引了近百名职工参加， | 某区职工之家举行揭牌 | 仪式 | 前，某区职工之家…: on a page a box detector cut, a
    piece stopping on a comma and the next item's headline fill a column line by chance.  The text under the
    headline opens on a word's end (日 | 前，: its lead's last character is elsewhere on the page), which no
    printed line of running text goes on to from a short line with no mark: the block is a headline, not the
    rest of the piece's line."""
    piece = "园区工会还组织了读书沙龙和征文活动，吸引了近百名职工参加，"
    lines = _box_cut(BOX_PAGE[:-1] + [piece], BOX_HABIT) + [
        "某区职工之家举行揭牌", "仪式", "前，某区职工之家揭牌仪式在", "园区举行，百余名职工参加。", "本报讯（记者李明）日"]
    assert len(lines[28] + lines[29]) == 13  # the piece's end and the headline's first box fill the column
    texts = [p.text for p in paragraphs(unpad(lines)).paragraphs]
    assert piece in texts
    assert not any("参加，某区" in t for t in texts)


def test_a_column_label_printed_with_an_ocr_space_goes_to_the_story_it_names(tmp_path: Path):
    """### 关注 书画展: a column label the OCR marked as a heading, with a space between two of its characters,
    read after the story it names.  Two words of two and three characters parted by a space, one opening on a
    surname (关), read as a byline of bare names: the label ended the story's text and its words were taken for
    reporters.  A heading the OCR marked is in headline type, no byline, and the space hides no word of it."""
    text = "\n\n".join([
        "# 市工人文化宫举办职工书画展",
        "本报讯（记者任远）近日，市工人文化宫举办职工书画展，展出一线职工创作的书法、国画作品二百余幅。",
        "展览将持续至本月底，市民可免费参观。",
        "### 关注 书画展",
        "## 青石街道开展职工读书月活动",
        "本报讯（记者林晓）10月8日，青石街道工会启动职工读书月活动，为辖区职工书屋添置新书五百余册。"]) + "\n"
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    run_import([page], tmp_path / "content", tmp_path, PAPERS, paper="工人日报", date="2025-05-06", page=2)
    assert output_chars(tmp_path / "content") == printed_chars(text.splitlines())
    found = articles(tmp_path / "content")
    assert [f["title"] for _, f, _ in found] == ["市工人文化宫举办职工书画展", "青石街道开展职工读书月活动"]
    assert found[0][1].get("reporters") == ["任远"]
    heads = [" ".join(str(f.get(k, "")) for k in ("kicker", "column", "title", "subtitle")) for _, f, _ in found]
    assert "关注" in heads[0] and "关注" not in heads[1] and "关注" not in found[0][2]


def test_a_headline_run_on_in_a_printed_zone_of_a_page_of_one_paragraph_a_line_is_said_in_review(tmp_path):
    """A page whose top the OCR printed line by line and whose rest one paragraph a line, its leads left at
    the end mid-sentence (…近200名职): a headline as wide as the column (南湖区开展夏季送清凉活动) is run on into
    the text under it in the printed part.  The page reads as one paragraph a line by most of its lines, but
    the lead left hanging says it was read out of order, and the run-on headline must be said in review (its
    file mixed two stories without a review reason)."""
    from test_ingest_tiny import _import, _mixed_without_review
    page = ("北山区举办读书分享会\n工参加。\n“这样的活动办到了我们心\n坎上。”北山区一名职工说。\n北山区总工会负责人表示，\n"
            "将把这项工作办成职工身边\n的实事。\n南湖区开展夏季送清凉活动\n降温用品，价值5万余元。\n南湖区总工会负责人表示，\n"
            "将把这项工作办成职工身边\n的实事。\n乙城开展职工健康体检\n\n\n本报讯（记者王芳）近日，乙城总工会为一线职工免费体检，"
            "覆盖全市120家企业。\n\n乙城总工会负责人表示，将把这项工作办成职工身边的实事。\n\n活动结束后，乙城总工会还向职工发放了问卷。"
            "\n\n\n本报讯（记者张华）近日，北山区总工会举办职工读书分享会，近200名职\n\n本报讯（记者周洁）近日，南湖区总工会为环卫工人送去防暑\n\n")
    (tmp_path / "t").mkdir()
    assert _mixed_without_review(_import(page, tmp_path / "t")) == []


# The same class in a column where the lead's date fills a line alone (digits and spaces set apart, as a
# converter that spaces Latin and digits from Chinese prints them: 10 月 19 日 | 下午，…): the lead on its date
# is told by the date and the comma on the next line together.
SPACED = [
    "# 某市举办职工运动会",
    "本报讯（记者王林）10 月 8 日，某市第三届职工运动会在市体育中心开幕，来自全市各行业的两千余名职工参加。",
    "本次运动会设田径、游泳、拔河等十二个项目。开幕式结束后，某市建筑安装集团第",
    "操场上的“急救课”",
    "10 月 19 日下午，市建设工会在",
    "一分公司安全员李华为职工讲解急救知识，职工们认真听讲。",
]


def test_a_headline_over_a_lead_whose_date_fills_a_line_alone_stands_apart():
    """…某市建筑安装集团第 | 操场上的“急救课” | 10 月 19 日 | 下午，市建设工会在: the lead's first line is its date
    alone, filling the column, its comma on the next line.  The headline still stands over a lead on its date: a
    paragraph of its own, not the rest of the cut piece's sentence above it."""
    lines = printed_column(SPACED, 9)
    at = lines.index("操场上的“急救课”")
    assert lines[at + 1] == "10 月 19 日" and lines[at - 1].endswith("第")
    texts = [p.text for p in paragraphs(unpad(lines)).paragraphs]
    assert "".join(texts).replace(" ", "") == "".join(SPACED).replace(" ", "")  # nothing lost
    assert "操场上的“急救课”" in texts
    assert any(t.startswith("10 月 19 日下午") for t in texts)


def test_a_printed_line_beginning_with_the_rest_of_a_word_the_line_above_cut_is_no_headline():
    """…开幕式结束后，某市建筑安装集 | 团第一分 | 操场上的“急救课”: a picture set into the column cut its lines short,
    and the short line 团第一分 has a headline's shape; but it begins with 团, the rest of 集团 the open line above
    it cut, and no headline begins inside a word.  After a finished sentence it may be one."""
    lines = ["本报讯（记者王林）开幕式结束后，某市建筑安装集", "团第一分", "操场上的“急救课”",
             "10月9日下午，市建设工会在体育中心举办急救培训。"]
    scorer = Scorer(Page(make_units(lines, None)))
    assert not scorer._headline(2)
    ended = Scorer(Page(make_units(["本报讯（记者王林）近日，某市举办职工运动会。", *lines[1:]], None)))
    assert ended._headline(2)


def test_a_line_that_opens_on_the_words_the_line_above_ends_on_begins_a_paragraph():
    """…为辖区11家企事业单位1438名职工 | 1438名职工获赠医疗互助保障: running text never says a phrase twice in a row,
    so the line that says it again is a new paragraph (here a subtitle under a lead the OCR read twice), in a
    printed column and in lines re-broken at any width.  A word said twice on purpose (研究 | 研究) is shorter."""
    lead = "本报讯（记者王林）近日，某县总工会为辖区12家企业2046名职工"
    subtitle = "2046名职工获赠医疗互助保障"
    again = "本报讯（记者王林）近日，某县总工会为辖区12家企业2046名职工赠送医疗互助保障，筑牢职工健康防护网。"
    for lines in (printed_column([lead, subtitle, again], 14), [lead, subtitle, again]):
        texts = [p.text for p in paragraphs(unpad(lines)).paragraphs]
        assert subtitle in texts, texts
    kept = ["甲城总工会负责人说，这件事我们还要再研究", "研究，尽快拿出方案。"]
    assert len(paragraphs(kept).paragraphs) == 1


def test_a_character_alone_that_finishes_the_word_a_short_line_stops_inside_goes_on_it():
    """…实现市级层面全覆 | 盖 | 本报讯（…）: a column narrowed beside a picture cuts a line short where the picture ends,
    and the next line holds one character, the rest of 覆盖.  No paragraph is one character: it is the short line's
    last.  A drop cap (本 | 报讯…) begins a word with the line after it and stays with that line."""
    story = ["本报讯（记者王林）近日，某市总工会举办职工技能大赛，来自全市各行业的两千余名职工参加了比赛。",
             "此外，围绕该市对口支援需求，各级工会将加强平台联网，打造一体化数智服务阵地。"]
    block = ["某市推行工会劳动法律监", "督工作座谈会召开劳动法", "律监督协作机制实现市级", "层面全覆", "盖"]
    lead = ["本报讯（记者李明）近日，某市总工会召开工会劳动法律监督工作座谈会，会议总结了一年来的工作。"]
    texts = [p.text for p in paragraphs(printed_column(story, 11) + block + printed_column(lead, 11)).paragraphs]
    assert "".join(block) in texts, texts
    assert "盖" not in texts


def test_a_full_line_that_prints_no_quote_goes_on_at_the_closing_straight_quote_under_it():
    """…探索出新 (short) | 促职工共赢 | "为核心，…: in a column of five characters the paragraph begun at 促职工共赢 fills
    its line and prints no quote, and the next line opens on a straight quote only a closing one can be.  The line
    is a piece of that quotation and goes on at the mark, though a cut line nearby (本次活动以"合力、) leaves a
    quote open: where that line goes on is for the reading order, with the two read as one."""
    head = ["某州搭建工会交流平台", "本报讯（记", "者王林）近", "日，某州总", "工会举办座", "谈交流活动，", "为全州工会",
            "系统发展探", "索出新"]
    piece = ["促职工共赢", "\"为核心，", "打破区域壁", "垒，提供跨", "区域交流平", "台。"]
    cut = ["本次活动以", "\"合力、"]
    item = printed_column(["某市成立工匠学院", "本报讯（记者李丰）日前，某市工匠学院揭牌。"], 5)
    texts = [p.text for p in paragraphs(head + piece + cut + item, soft=True).paragraphs]
    assert "".join(piece) in texts, texts


def test_a_headline_block_whose_last_character_a_picture_cut_off_is_still_read_over_the_lead_under_it():
    """…服务阵地。 | 某市推行… (four lines of a title and its subtitle) | 层面全覆 | 盖 | 本报厦门9月2 | 5日电…: the block's
    last character stands alone on a line the picture cut short, and the lead under it opens on a dateline marker
    cut over two lines.  The block is still a headline run (and its subtitle) over a lead: it begins a paragraph
    after the finished sentence above it, whatever its length."""
    block = ["某市推行工会劳动法律监", "督工作座谈会召开劳动法", "律监督协作机制实现市级", "层面全覆", "盖"]
    lead = printed_column(["本报厦门9月25日电（记者李明）近日，某市总工会召开座谈会，总结了一年来的工作。"], 7)
    lines = ["台联网，打造一体化数智", "服务阵地和职工小家园。", *block, *lead]
    assert lead[:2] == ["本报厦门9月2", "5日电（记者李"]
    assert _heading_run(lines, 2, 11, block=True)
