"""Column pieces the OCR read out of order on a page printed one line per column line, made up: a piece whose last
line happens to fill the column and stops one character into a clause (…常来这歇脚，特), that character a word's
first half whose rest begins a line elsewhere (别是在寒冷的冬天…).  Nothing but the text says the piece ends there,
so on a page read out of order (``soft``) the paragraph stage leaves both ends of the cut word's join open for the
reading-order stage to weigh; a character that makes words of about one weight with several lines names none;
a full line stopping on a whole word before a line that opens on a time word and its comma (…针对 | 近年来，…),
or before a line whose one short item and 等 close a list a cut line nearby left on its 、, is left open too."""
from __future__ import annotations

from test_ingest_widths import _column
from unionnews.ingest.paragraphs import paragraphs

W = 12
FILL = _column("会议要求，各级工会要把职工技能提升摆在突出位置，让更多职工成长为技术能手。", W)
HEAD = "某市建成二十座户外劳动者驿站"
# a lead whose last line fills the column, stopping one character into a clause (特 | 别是…)
LEAD = ["本报讯（记者王明）近日，", "某市总工会在城区建成二十", "座户外劳动者驿站，环卫工", "人和快递员常来这歇脚，特"]
# the piece the OCR read right after the lead: another part of the story
OTHER = ["新建驿站统一配备急救药箱", "和应急充电设备，方便夜间", "作业的劳动者使用。"]
# a piece whose last line fills the column too, mid-sentence, read right before the lead's rest
QUOTE = ["“我们要让驿站成为劳动者", "身边的家，让他们随时能歇"]
REST = ["别是在寒冷的冬天，驿站里", "的热水派上了大用场。"]


def _fine(lines: list[str]) -> list[str]:
    return [p.text for p in paragraphs(lines + [""], soft=True).paragraphs]


def test_a_full_line_stopping_one_character_into_a_clause_whose_word_goes_on_elsewhere_is_left_apart():
    """…常来这歇脚，特 | 新建驿站… and …随时能歇 | 别是在…: each file join filled the column and has no word across,
    and 特别 puts the cut word together across the far join: on a page read out of order both breaks are left
    open (the file's order joined 特新建 and 歇别是 into one paragraph each)."""
    assert all(len(line) == W for line in LEAD + QUOTE + OTHER[:2] + REST[:1])
    lines = [HEAD] + LEAD + OTHER + FILL + QUOTE + REST + FILL
    texts = _fine(lines)
    assert "".join(LEAD) in texts and "".join(OTHER) in texts
    assert "".join(QUOTE) in texts and "".join(REST) in texts
    # in the first reading (no ``soft``) the column's width still joins them
    plain = [p.text for p in paragraphs(lines + [""]).paragraphs]
    assert "".join(LEAD + OTHER) in plain


def test_a_character_making_words_of_one_weight_with_several_lines_names_none():
    """特 | 别是… and 特 | 殊的…: 特别 and 特殊 are about as common, so neither names where the lead goes on; the
    column's width joins the lead to the next line as printed."""
    other = ["殊的岗位，驿站还为他们延", "长开放时间。"]
    lines = [HEAD] + LEAD + OTHER + FILL + QUOTE + REST + FILL + other + FILL
    texts = _fine(lines)
    assert "".join(LEAD + OTHER) in texts
    assert "".join(QUOTE + REST) in texts



# a piece whose last line fills the column and stops on a whole word (…专门针对), read right before a paragraph
# that opens on a time word and its comma; the piece's sentence goes on at a line printed elsewhere
TIMED = ["据了解，今年以来，某区总", "工会推出暖心举措。例如，", "总工会的服务举措专门针对"]
OPENS = ["近年来，某区总工会新建了", "十二家职工书屋。"]


def test_a_full_line_stopping_on_a_whole_word_before_a_line_opening_on_a_time_word_is_left_apart():
    """…服务举措专门针对 | 近年来，…: the file's join filled the column and has no word across, but a time word set
    off by its comma opens a sentence of its own, so on a page read out of order the break is left open for the
    reading-order stage (the file's order joined 针对近年来 into one paragraph)."""
    assert all(len(line) == W for line in TIMED + OPENS[:1])
    lines = [HEAD] + LEAD[:1] + ["某市总工会在城区建成二十", "座户外劳动者驿站。"] + FILL + TIMED + OPENS + FILL
    texts = _fine(lines)
    assert "".join(TIMED) in texts and "".join(OPENS) in texts
    plain = [p.text for p in paragraphs(lines + [""]).paragraphs]
    assert "".join(TIMED + OPENS) in plain


def test_a_line_opening_on_an_object_and_its_comma_goes_on_the_full_line_before():
    """…服务举措专门针对 | 外卖骑手，…: a noun the comma ends is the sentence's object, not a time word: the column's
    width joins the two lines as printed."""
    objects = ["外卖骑手，开设了夜间驿站。"]
    lines = [HEAD] + LEAD[:1] + ["某市总工会在城区建成二十", "座户外劳动者驿站。"] + FILL + TIMED + objects + FILL
    assert "".join(TIMED + objects) in _fine(lines)


# a cut line stopping on the 、 of a list of short items, and elsewhere a full line whose next line opens on one
# item and the 等 that closes a list: the list's last item, read after a piece that happens to fill the column
LISTED = ["驿站除了提供休息服务，还", "增设了咨询室、舒缓室、"]
SERVES = ["通过将工作内容服务化，现", "已形成一体化服务模式，打"]
CLOSES = ["技能微课堂等特色功能区，", "满足职工多元化需求。"]


def test_a_line_opening_on_an_item_and_its_closer_is_claimed_by_a_cut_list_nearby():
    """…一体化服务模式，打 | 技能微课堂等…: the file's join filled the column, and a cut line nearby stops on the 、
    of a list of short items (…增设了咨询室、舒缓室、) that 技能微课堂等 closes: on a page read out of order the
    break is left open for the reading-order stage (the file's order ran 打技能微课堂 on as one paragraph)."""
    assert all(len(line) == W for line in LISTED[:1] + SERVES + CLOSES[:1]) and len(LISTED[1]) < W
    lines = [HEAD] + LEAD[:1] + ["某市总工会在城区建成二十", "座户外劳动者驿站。"] + LISTED + SERVES + CLOSES + FILL
    texts = _fine(lines)
    assert "".join(SERVES) in texts and "".join(CLOSES) in texts
    plain = [p.text for p in paragraphs(lines + [""]).paragraphs]
    assert "".join(SERVES + CLOSES) in plain


# a column piece that ends a sentence, then its last line: a list's items with no closer (…共建。 | 乙城人社局、市教育局),
# the closer 等相关部门… read elsewhere; the OCR read the next item's lead right under it
SHARED = ["乙城技能学院由乙城总工会", "与乙城技师学院共建。"]
LISTED_END = "乙城人社局、市教育局"
NEXT_LEAD = ["本报讯（记者张明）近日，", "某县总工会在县工人文化宫", "举办职工书画展。"]


def test_a_pieces_last_line_stopping_on_a_lists_item_after_a_sentences_end_goes_on_it():
    """…与乙城技师学院共建。 | 乙城人社局、市教育局 | 本报讯…: the line above is cut short (a text detector's box, two
    lines read as one and cut, or a stray blank between), and the piece's last line stops on a list's item with no
    closer: no headline stops so, so the line is text in the file's order, run on from the sentence above (soft on
    a page read out of order, for the reading-order stage to weigh).  Read as a paragraph of its own it became a
    subhead and then the headline of its list's closer, and the sentence above lost its place."""
    assert len(SHARED[1]) < W and len(LISTED_END) < W
    for gap in ([], [""]):  # the line above short, or a stray blank line between
        lines = FILL + SHARED + gap + [LISTED_END] + NEXT_LEAD + FILL
        plain = [p.text for p in paragraphs(lines + [""]).paragraphs]
        assert any(text.endswith("".join(SHARED) + LISTED_END) for text in plain)
        found = paragraphs(lines + [""], soft=True)
        assert LISTED_END in [p.text for p in found.paragraphs]
        assert [found.lines[no - 1].strip() for no in found.soft].count(LISTED_END) == 1


def test_a_line_stopping_on_a_lists_item_that_the_next_line_closes_or_a_headline_is_left_as_it_was():
    """The rule asks for a list the next line does not go on with: under …、市教育局 | 等部门… the list goes on where
    the OCR read it, and the break above is read by the rules before it; and a headline after a finished sentence (no
    list left open) still stands apart."""
    closed = FILL + SHARED + [LISTED_END, "等部门将给予学院重点支持。"] + FILL
    found = paragraphs(closed + [""], soft=True)
    assert LISTED_END not in [found.lines[no - 1].strip() for no in found.soft]
    assert "".join(SHARED) in [p.text for p in paragraphs(closed + [""]).paragraphs][0]
    head = FILL + SHARED + ["某县举办职工书画展"] + NEXT_LEAD + FILL
    plain = [p.text for p in paragraphs(head + [""]).paragraphs]
    assert "某县举办职工书画展" in plain and any(text.endswith("".join(SHARED)) for text in plain)


# a made-up page as the paragraph stage hands it on: story X's column piece cut on a comma (…牵线搭桥，), story Y's
# headline and its lead's rest read after it, and Y's lead read far below, cut by a text detector after its time's
# comma (本报讯（记者李四）近日， | 四川省甘), its text stopping inside the place name its rest finishes (甘 | 孜)
CUT_LEAD_PAGE = ["甲市总工会推动职工技能提升，举办技能培训班。",
                 "为改变这一现状，甲市总工会牵线搭桥，",
                 "甘孜州搭建跨区域工会交流平台",
                 "孜藏族自治州总工会举办职工联谊活动，推动各级工会互学互鉴。",
                 "加强与驻地企业、高校协作，推动职工技能平台建设。",
                 "本报讯（记者李四）近日，",
                 "四川省甘",
                 "乙市总工会举办职工运动会。"]


def _joins(lines: list[str]) -> dict[int, int]:
    from unionnews.ingest.pageview import Page
    from unionnews.ingest.reorder import sentence_joins
    from unionnews.ingest.segment import make_units
    return {a: j.b for a, j in sentence_joins(Page(make_units(lines, None))).items()}


def test_a_leads_text_cut_after_its_comma_goes_on_at_its_words_rest_under_its_headline():
    """四川省甘 follows a lead that stops on its comma, and stops on a character standing alone: the lead's text,
    no headline (a headline ends on a whole word and stands over a lead, never under one), so its far join 甘孜
    into 孜藏族… is weighed; that line stands under Y's headline, but its first character is the rest of the word
    the lead's line cut, so it is moved to the lead, and the headline, the top of the lead's story, takes no text
    read before it (…牵线搭桥， | 甘孜州搭建…).  On be2a1ad 四川省甘 read as a headline and ran on nowhere."""
    joins = _joins(CUT_LEAD_PAGE)
    assert joins.get(7) == 4
    assert joins.get(2) != 3 and joins.get(3) != 4


def test_a_line_after_a_lead_ending_on_a_whole_word_or_after_plain_text_is_left_as_it_was():
    """No cut word, no move: a lead's text line stopping on a whole word (四川省总工会) makes no word into 孜藏族…,
    and the same short line after a line of text that is no lead is not read as a lead's text."""
    whole = CUT_LEAD_PAGE[:6] + ["四川省总工会"] + CUT_LEAD_PAGE[7:]
    assert _joins(whole).get(7) != 4
    plain = CUT_LEAD_PAGE[:5] + ["乙市总工会举办职工运动会，"] + CUT_LEAD_PAGE[6:]
    assert _joins(plain).get(7) != 4
    # a lead read on past its first clause (its text holds more marks) is a paragraph a cut may end anywhere: its
    # lone last character names no line under a headline
    from unionnews.ingest.pageview import Page
    from unionnews.ingest.reorder import _lead_opening
    from unionnews.ingest.segment import make_units
    long = CUT_LEAD_PAGE[:5] + ["本报讯（记者李四）近日，乙市总工会举办联谊、座谈活动，四川省甘"] + CUT_LEAD_PAGE[7:]
    assert _lead_opening(Page(make_units(CUT_LEAD_PAGE, None)), 7)
    assert not _lead_opening(Page(make_units(long, None)), 6)
