"""Pages printed line by line in columns narrower (6–10 characters) or wider (25–40) than the
usual ones: the paragraph stage tells items apart where a short item fills its line exactly, and
an import keeps every story in a file of its own (or says why not)."""
from __future__ import annotations


import pytest

from test_ingest_helpers import import_pages, RAW, SEEDS
from unionnews.ingest.paragraphs import paragraphs
from unionnews.ingest.paragraphs.widths import _item_widths
from variants import _breaks, article_texts, compare, invented, printed_column

PREV = "比赛设置了电工、焊工、钳工等十个项目，选手们在赛场上比拼技能，展示了新时代产业工人的风采。"
# a story ending on a full line of a 10-character column (its 。 hung at the line's end)
FULL_END = "选手们在赛场上比拼技能，展示了新时代产业工人的风采和良好风貌。"
BODY = "会议要求，各级工会要把职工技能提升摆在突出位置，让更多职工成长为技术能手。"


def _column(text: str, width: int) -> list[str]:
    """``text`` printed in a column ``width`` characters wide (Chinese line-breaking rules)."""
    return _breaks(text, iter(lambda: width, None), kinsoku=True)


def _texts(lines: list[str]) -> list[str]:
    return [p.text for p in paragraphs(lines + [""]).paragraphs]


def test_a_continued_marker_filling_a_narrow_column_is_a_paragraph_of_its_own():
    """（上接第2版） is seven characters: in a seven-character column it fills its line, and the
    continued text under it is a paragraph of its own, not the marker's rest."""
    marker = "（上接第2版）"
    lines = _column(PREV, 7) + [marker] + _column(BODY, 7)
    assert len(marker) == 7 and len(lines[-2]) == 7
    assert _texts(lines) == [PREV, marker, BODY]


def test_a_dateline_filling_the_column_ends_its_item():
    dateline = "（本报广州9月3日电）"
    width = len(dateline)
    lines = _column(PREV, width) + [dateline] + _column(BODY, width)
    assert _texts(lines) == [PREV, dateline, BODY]


def test_a_source_line_filling_the_column_ends_its_item():
    """转自《中工网》 fills a seven-character column (its 》 hung at the end in a six-character one): the
    headline under it is the next item's, not the source's rest."""
    source = "转自《某某网》"
    for width in (6, 7):
        lines = _column(PREV, width) + _column(source, width) + _column("社区工会办起暖心食堂", width) + _column(BODY, width)
        assert _texts(lines) == [PREV, source, "社区工会办起暖心食堂", BODY]


def test_a_line_one_short_of_the_column_before_an_opening_mark_is_no_cut():
    """是一次难得的 | “练兵”…: the opening quote went to the next line, so the line is full, not a column
    the OCR cut (whose sentence would go on somewhere else)."""
    from unionnews.ingest.paragraphs.columns import _cut_lines
    lines = _column("记者了解到，这是一次难得的“练兵”机会，选手们都很珍惜。", 7)
    assert lines[1] == "是一次难得的"
    assert _cut_lines(lines + _column(BODY, 7), 7) == []


def test_a_cut_line_whose_next_line_goes_on_its_word_claims_no_other_line():
    """…项目经理王明，始 | 终在台下…: the cut line's word (始终) goes on at the next line, so the 的… under a
    headline-shaped block of full lines (来自某市机械制 | 造集团有限公司 | 的质量工程师…) is that
    block's own text, not the rest of the cut line's sentence."""
    story = "来自某市机械制造集团有限公司的质量工程师王芳一边听讲一边记录。"
    lines = (_column("会上，来自各地的工匠代表轮流上台发言，分享了各自的创新经验。", 7)
             + ["某建筑工程公司", "项目经理王明，", "始", "终在台下认真听", "讲。"] + _column(story, 7))
    assert _texts(lines)[-1] == story


@pytest.mark.parametrize("lead", ["9月3日，某市总工会联合社区工会开展了送清凉活动，为一线职工送去防暑用品。",
                                  "近日，某市总工会联合社区工会开展了送清凉活动，为一线职工送去防暑用品。",
                                  "9月3日上午，某市总工会联合社区工会开展了送清凉活动，为一线职工送去防暑用品。"])
@pytest.mark.parametrize("headline", ["社区工会办起暖心食堂", "社区工会办起暖心食堂一线职工吃上热乎饭菜"])
def test_a_headline_filling_narrow_lines_over_a_dated_lead_stands_apart(headline, lead):
    """A ten-character headline in a ten-character column (or two full lines of one) after a full line
    that ends a sentence: the lead opening on its date (9月3日，…, 近日，…) begins the next item.  So
    does a headline holding an enumeration's 、 that fills a wide column's line."""
    head = _column(headline, 10)
    assert all(len(line) == 10 for line in head)
    prev = _column(FULL_END, 10)
    assert len(prev[-1]) >= 10  # the story before ends on a full line too: no short line parts them
    assert _texts(prev + head + _column(lead, 10)) == [FULL_END, headline, lead]
    assert _texts(_column(PREV, 10) + head + _column(lead, 10)) == [PREV, headline, lead]
    wide = "工匠、劳模、技术能手走进社区 " + headline  # 25 characters: one full line of a 25-character column
    lines = _column(PREV, 25) + [wide] + _column(lead, 25) + _column(BODY, 25) + _column(PREV, 25)
    assert _texts(lines) == [PREV, wide, lead, BODY, PREV]


def test_text_running_on_into_a_dated_phrase_is_not_a_headline():
    """A full line of text with no mark, then a date that the sentence goes on with (…将于 | 9月3日，…;
    …持续到2 | 025年，…): one paragraph."""
    for text in ("市总工会有关负责人介绍将于9月3日，在全市启动职工技能大赛。",
                 "市总工会有关负责人介绍活动持续到2025年，覆盖全市职工。"):
        lines = _column(PREV, 10) + _column(text, 10)
        assert _texts(lines) == [PREV, text]


STORY_A = ["某市职工技能竞赛落幕", "本报讯（记者王小明）近日，某市总工会举办职工技能竞赛，吸引了来自全市的一千多名职工参加比赛。",
           PREV, BODY,
           "竞赛期间，主办方还组织了技能展示、专家讲座和岗位练兵等活动，帮助职工在比赛之外学到更多实用本领，不少选手表示收获很大。",
           "据了解，获得各项目第一名的选手将被推荐参加全省职工技能大赛，并按规定享受相关奖励政策。"]
STORY_B = ["社区工会办起暖心食堂",
           "近日，某区总工会联合社区工会开办职工暖心食堂，为快递员、外卖送餐员等新就业形态劳动者提供平价热餐。",
           "食堂每天供应早中晚三餐，劳动者凭工会会员卡可享受优惠，开业以来已接待就餐职工五千多人次。",
           "区总工会有关负责人介绍，下一步将在更多街道推广这一做法，让劳动者在家门口就能吃上热乎饭，感受到工会组织的温暖。",
           "不少前来就餐的外卖送餐员说，过去午饭常常在路边凑合，现在有了固定的地方吃饭歇脚，干活也更有劲了。"]


@pytest.mark.parametrize("wide,narrow", [(18, 9), (24, 13), (28, 14), (12, 7)])
@pytest.mark.parametrize("wide_first", [True, False])
def test_a_page_in_two_column_widths_reads_each_part_in_its_own(wide, narrow, wide_first):
    """Two stories set in a wide column, two in a narrow one (or the other way round): each part's
    lines are measured against its own column, so the page reads as its two parts would read alone
    (not the narrow part's full lines taken for paragraph ends, nor the wide part's short lines
    for full ones, running on into the next paragraph)."""
    first, second = (wide, narrow) if wide_first else (narrow, wide)
    part_a = [line for p in STORY_A + STORY_B for line in _column(p, first)]
    part_b = [line for p in STORY_B + STORY_A for line in _column(p, second)]
    alone = _texts(part_a) + _texts(part_b)
    assert "".join(alone) == "".join(STORY_A + STORY_B + STORY_B + STORY_A) and len(alone) >= 16
    assert _texts(part_a + part_b) == alone


def test_the_last_line_of_the_first_part_is_not_read_against_the_second_column():
    """The wide part's last paragraph ends on a line as long as the narrow column (荐参加全省大赛。, 8
    characters after a full 18-character line that stops mid-sentence), and the narrow part begins
    with a headline: that line ends its paragraph, it does not fill the narrow column and run on
    into the next story's headline."""
    last = "据了解，获得各项目第一名的选手将被推荐参加全省大赛。"
    part_a = [line for p in STORY_A[:-1] + STORY_B[1:] + [last] for line in _column(p, 18)]
    part_b = [line for p in STORY_B + STORY_A for line in _column(p, 9)]
    assert part_a[-1] == "荐参加全省大赛。"
    assert _texts(part_a + part_b) == _texts(part_a) + _texts(part_b)


def _printed(text: str, width: int) -> str:
    """A page printed line by line in a column ``width`` characters wide (as tests/variants.py's
    ``printed``, at one width)."""
    return "\n".join(printed_column(text.split("\n"), width)) + "\n"


@pytest.fixture(scope="module")
def originals(tmp_path_factory):
    pages = {name: (RAW / name).read_text(encoding="utf-8") for name in SEEDS}
    return pages, article_texts(import_pages(tmp_path_factory.mktemp("orig"), pages))


@pytest.mark.parametrize("width", [7, 10])
def test_narrow_columns_keep_stories_apart(tmp_path, originals, width):
    """The seed pages in a 7- and a 10-character column: no file mixes two stories without a review
    reason, no sentence is made up (at 7 a 上接 marker, at 10 a headline over a dated lead fills its
    line; both ran two stories together before)."""
    pages, base = originals
    relaid = {name: _printed(text, width) for name, text in pages.items()}
    got = article_texts(import_pages(tmp_path, relaid))
    assert compare(base, got)["mixed_unflagged"] == []
    assert invented(got, "\n".join(relaid.values())) == []


@pytest.mark.parametrize("seed", range(6))
def test_lines_rewrapped_at_random_narrow_widths_are_no_column(seed):
    """Paragraphs re-broken at random widths a few apart (6–10 characters a line, a blank line between
    paragraphs, as an engine re-wrapping to a narrow window prints them): the lengths spread about evenly
    over five neighbouring values, so a window of four of them holds most lines, yet there is no column.
    Read as one, a line as long as the shortest width is 'full' and runs on into the next paragraph (a
    headline's last piece ran on into the lead under it); read as wrapped, every paragraph comes out as
    it went in."""
    import random
    rng = random.Random(seed)
    paras = STORY_A + STORY_B + STORY_A[1:]
    lines: list[str] = []
    for p in paras:
        lines += _breaks(p, iter(lambda: rng.randint(6, 10), None), kinsoku=False) + [""]
    result = paragraphs(lines)
    assert result.layout != "columnar" and result.width is None
    assert [p.text for p in result.paragraphs] == paras


HEAD_B2 = "社区工会办起暖心食堂一线职工吃上热乎饭菜"  # 20 characters: two full lines of a 10-character column


def _itemwise(paras: list[str], widths: list[int]) -> list[str]:
    """Each paragraph printed in a column of its own width (as an engine prints a page whose items are
    set in columns of different widths), no blank lines anywhere."""
    return [line for p, w in zip(paras, widths) for line in _column(p, w)]


def _stories_apart(paras: list[str], stories: list[list[str]], got: list[str]) -> None:
    """Every paragraph of ``got`` lies within one story, every headline stands alone, and every
    paragraph of ``paras`` is whole in one of ``got`` (alone, or run on with its own story's)."""
    assert "".join(got) == "".join(paras)
    assert all(story[0] in got for story in stories)
    assert all(any(g in "".join(story) for story in stories) for g in got), got
    for p in paras:
        assert any(p in g for g in got), p


@pytest.mark.parametrize("widths", [[14, 19, 12, 17, 21, 13, 10, 16, 20, 11, 18],
                                    [20, 13, 17, 11, 15, 22, 10, 12, 19, 14, 16],
                                    [11, 16, 21, 14, 19, 12, 10, 22, 13, 17, 15]])
def test_a_page_whose_items_are_each_in_a_column_of_their_own_width(widths):
    """No width is most lines' length, so the page is no column of one width (nor of two parts); each
    line is read against the run of equal lines it stands in.  The headlines stand apart (the second
    fills two lines of its 10-character column exactly: where the next item's wider run begins, a new
    paragraph begins), no paragraph runs on from one story into the other, and every paragraph of
    several lines is joined whole."""
    paras = STORY_A + [HEAD_B2] + STORY_B[1:]
    assert len(paras) == len(widths) and widths[len(STORY_A)] == 10
    _stories_apart(paras, [STORY_A, [HEAD_B2] + STORY_B[1:]], _texts(_itemwise(paras, widths)))


@pytest.mark.parametrize("seed", range(12))
def test_items_in_random_column_widths_keep_their_paragraphs(seed):
    """Four stories, each paragraph in a column of its own width drawn from 10–22 (as tests/variants.py's
    ``itemwidths`` draws them, here on made-up text): the same as above at widths no one chose (a
    paragraph's last line as long as the next item's column is that paragraph's end, not the next
    item's first line)."""
    import random
    rng = random.Random(seed)
    stories = [STORY_A, [HEAD_B2] + STORY_B[1:], STORY_B, STORY_A]
    paras = [p for story in stories for p in story]
    widths = [rng.randint(10, 22) for _ in paras]
    _stories_apart(paras, stories, _texts(_itemwise(paras, widths)))


@pytest.mark.parametrize("layout,seed", [("printed+itemwidths", 31), ("rewrap+narrow", 31)])
def test_item_widths_and_narrow_rewrapping_keep_stories_apart(tmp_path, originals, layout, seed):
    """The seed pages with each item in its own column width, and re-wrapped at 6–10 characters (seeds
    no rule was tuned on): no file mixes two stories without a review reason, nothing made up, nothing
    lost."""
    from test_ingest_helpers import output_chars, printed_chars
    from variants import relayout
    pages, base = originals
    relaid = {name: relayout(text, layout, seed) for name, text in pages.items()}
    content = import_pages(tmp_path, relaid)
    got = article_texts(content)
    assert compare(base, got)["mixed_unflagged"] == []
    assert invented(got, "\n".join(relaid.values())) == []
    printed = printed_chars([line for text in relaid.values() for line in text.splitlines()])
    assert sum((printed - output_chars(content)).values()) == 0


# column pieces the OCR cut mid-sentence (made-up): each stops where its column did, its rest elsewhere
CUT_ONE = "本报讯（记者林小东）近日，江南省红"  # …江南省 | 红: the last line holds one character
CUT_LIST = "通过“学、练、赛、评”四个环节的有"  # …四个环节 | 的有: two characters, an enumeration above
CUT_WORD = "东山区总工会举办“职工节"  # …总工会举 | 办“职工节: a word (举办) across the break
CUT_HALF = "某区建成户外劳动者服务站点八十多个，方便快递员等临时歇脚"  # …，方便 | 快递员等…: not half as long


@pytest.mark.parametrize("piece,width", [(CUT_ONE, len(CUT_ONE) - 1), (CUT_LIST, len(CUT_LIST) - 2),
                                         (CUT_WORD, 7), (CUT_HALF, 20)])
@pytest.mark.parametrize("seed", range(3))
def test_a_cut_piece_of_two_lines_in_its_own_width_stays_whole(piece, width, seed):
    """A column piece the OCR cut mid-sentence, set in a column of its own width on a page whose items
    each have their own: its two lines are in no run of equal lines, and its second is far shorter.
    One or two characters under a sentence begun (a clause mark above) are no paragraph of their own
    (none is so short), a dictionary word across the break joins the two, and so does a sentence begun
    and not ended over a line not half as long (a piece ends where its column did; that it ends just
    after a full line by chance is far rarer than a paragraph's last line so short); the piece stays one
    paragraph, for the reading-order stage to place whole (it was cut in two, its last characters a
    paragraph alone)."""
    import random
    rng = random.Random(seed)
    paras = STORY_A + STORY_B + [piece] + STORY_B + STORY_A
    widths = [rng.randint(10, 14) for _ in paras]  # paragraphs of several lines: runs of equal lines
    widths[len(STORY_A) + len(STORY_B)] = width
    lines = _itemwise(paras, widths)
    assert len(_column(piece, width)) == 2
    assert _item_widths(lines) is not None
    got = _texts(lines)
    assert piece in got
    assert all(p in got for p in STORY_B[:1] + STORY_A[:1])  # the headlines after it stand apart


CUT_FULL = "本报讯（记者林小东）近日，江南省总工会在全省开展送清凉活动，为一线职工送去"  # three full lines of 12


@pytest.mark.parametrize("seed", range(3))
def test_a_cut_piece_filling_its_last_line_ends_before_a_wider_column(seed):
    """A cut column piece whose last line fills its column (stopping mid-sentence, its rest elsewhere),
    then a paragraph in a wider column: that paragraph's first line is longer than the piece's column,
    so it is no last line of the piece's paragraph (no line of a column is longer than the column but
    for hung marks); both paragraphs stay whole (the wider paragraph's first line ran on into the
    piece)."""
    import random
    rng = random.Random(seed)
    paras = STORY_A + [CUT_FULL] + STORY_B[1:] + STORY_A
    widths = [rng.randint(10, 14) for _ in paras]
    widths[len(STORY_A)], widths[len(STORY_A) + 1] = 12, 20
    lines = _itemwise(paras, widths)
    assert [len(t) for t in _column(CUT_FULL, 12)] == [13, 12, 12]
    assert _item_widths(lines) is not None
    got = _texts(lines)
    assert CUT_FULL in got and STORY_B[1] in got


SUBTITLE = "走访慰问一线职工、发放防暑物资，惠及全区两千余名职工"  # at 16: …防暑物资， | 惠及全区两千余名职工


@pytest.mark.parametrize("seed", range(3))
def test_a_subtitle_of_two_lines_under_its_headline_stays_whole(seed):
    """A subtitle set in a column of its own width under its headline, its first line stopping on a
    clause mark over a line more than half as long: one paragraph (its last line was read as a
    headline of its own).  Under text, a line stopping on a comma over a shorter line is as often a
    cut column piece over the next story's headline, and is left to the other rules."""
    import random
    rng = random.Random(seed)
    story = ["东城区总工会开展送清凉活动", SUBTITLE] + STORY_B[1:]
    paras = STORY_A + story + STORY_A
    widths = [rng.randint(10, 14) for _ in paras]
    widths[len(STORY_A)], widths[len(STORY_A) + 1] = 20, 16
    lines = _itemwise(paras, widths)
    assert _column(SUBTITLE, 16) == ["走访慰问一线职工、发放防暑物资，", "惠及全区两千余名职工"]
    assert _item_widths(lines) is not None
    got = _texts(lines)
    assert SUBTITLE in got and story[0] in got


@pytest.mark.parametrize("cut", [["本报讯 (记者林小东 通讯页王", "大明 李小红", ")近日,某区总"],
                                 ["本报讯 (记者林", "小东 通讯页王", "大明 李小红", ")近日,某区总"]])
def test_names_inside_a_lead_credit_cut_by_narrow_rewrapping_stay_in_the_lead(cut):
    """A lead's credit re-wrapped at a few characters a line, its role word misread by the OCR (通讯页 for
    通讯员, so no role word runs on into the names): a line of names parted by a space reads as a byline
    of its own, but inside the bracket the lead opened it is the credit's rest, and the lead one paragraph
    (it was cut before the names)."""
    lines = ["某区总工会开展送清凉活动", ""] + cut + ["工会为辖区一线职", "工送去防暑降温", "物资。", "",
                                               "活动现场，工作人员还为职工", "测量血压。", ""]
    lead = "".join(cut) + "工会为辖区一线职工送去防暑降温物资。"
    got = [p.text.replace(" ", "") for p in paragraphs(lines).paragraphs]
    assert got == ["某区总工会开展送清凉活动", lead.replace(" ", ""), "活动现场，工作人员还为职工测量血压。"]


# A cut column piece stopping on a comma, whose last line fills a 7-character column by chance; a
# headline of exactly two lines; under it the rest of a lead cut elsewhere (…甘肃省天 | 水市…), which the
# OCR read later on the page, after another item.
_CUT_PIECE = "据了解，当地企业长期缺少技术交流渠道，为破解这一难题，市总工会牵线搭桥，"
_EXACT_HEADLINE = "乙州搭建跨区域职工服务新网络"
_LEAD_REST = "水市总工会举办职工技能交流活动，吸引各地职工参加。"
_CUT_LEAD = "本报讯（记者丁一）近日，甘肃省天"
_PIECE_REST = "推动企业与院校开展合作，共建实训基地。"
_FILLER = "各级工会组织开展劳动竞赛，职工参与热情高涨。"  # three lines at width 7 (its 。 hung)


@pytest.mark.parametrize("between", [0, 28])
def test_a_headline_exactly_filling_its_lines_ends_where_a_cut_lead_goes_on(between):
    """In a narrow column a headline of 14 characters fills two lines, so no short line ends it: after
    a piece cut on a comma it stands apart from the piece before and from the text under it, which goes
    on a lead cut elsewhere (天水, a word across).  ``between`` items of three lines each put the cut lead
    more than 60 printed lines away, as far as the same page takes in a column of 12."""
    lines = (_column(_CUT_PIECE, 7) + _column(_EXACT_HEADLINE, 7) + _column(_LEAD_REST, 7)
             + [line for _ in range(between) for line in _column(_FILLER, 7)]
             + _column(_CUT_LEAD, 7) + _column(_PIECE_REST, 7))
    assert [len(line) for line in _column(_EXACT_HEADLINE, 7)] == [7, 7] and len(_column(_CUT_PIECE, 7)[-1]) >= 7
    texts = _texts(lines)
    assert _CUT_PIECE in texts and _EXACT_HEADLINE in texts and _LEAD_REST in texts


def test_full_lines_after_a_line_stopping_mid_clause_are_not_read_as_a_headline():
    """A run of full lines after a full line stopping inside an enumeration (有市总工会、乙区 | 总工会相关负责人
    | 和…) goes on that line's sentence, though a chance word elsewhere (…凝聚职工力量共, cut: 共和) would
    claim the text under it: with no short line to end it, such a run is a headline only after a clause's end."""
    cut = "今后，市总工会将组织开展形式多样的志愿服务活动，凝聚职工力量共"
    text = "有市总工会、乙区总工会相关负责人和乙区水库执法大队职工代表等一同参加了活动。"
    lines = _column(cut, 8) + _column("同推进工作。", 8) + _column(text, 8)
    assert _column(text, 8)[:2] == ["有市总工会、乙区", "总工会相关负责人"] and len(_column(cut, 8)[-1]) < 8
    assert text in _texts(lines)


def test_sentence_text_filling_full_lines_is_no_headline_over_a_cut_lead():
    """At 13 characters a run of full lines of sentence text after a comma (…一线工人们， | 我最大的收获不是记
    住了多少 | 项成果…) is not read as a headline whose text a cut lead (…近日，某市举办的那一) claims by a chance
    word (一项): the exact-fill reading is for narrow columns."""
    text = "跟机床打交道的一线工人们，我最大的收获不是记住了多少项成果，而是让我意识到创新离我并不远。"
    lead = "本报讯（记者丁一）近日，本市举办的那一"
    lines = _column(text, 13) + _column(_FILLER, 13) + _column(lead, 13) + _column(_PIECE_REST, 13)
    assert _column(text, 13)[:3] == ["跟机床打交道的一线工人们，", "我最大的收获不是记住了多少", "项成果，而是让我意识到创新"]
    assert _column(lead, 13)[-1] == "市举办的那一"
    assert text in _texts(lines)


def test_a_lead_whose_credit_fills_a_narrow_columns_lines_is_left_apart_where_its_word_goes_on_elsewhere():
    """In a six-character column a lead's credit fills three lines (本报讯（记者… 通讯员…）日, the bracket
    opening on one and closing on another); the OCR cut the column there and printed another story's
    text next, while 日's word goes on at a line under a headline above (日前，…).  For a page read out of
    order (``soft``) the lead is left apart there, as a lead's first line is in a wider column, for the
    reading-order stage to weigh; read in file order, nothing changes."""
    lead = "本报讯（记者王小明 通讯员赵大山）日"
    rest = "前，乙城工匠学院揭牌仪式在乙城技师学院举行。"
    other = "丙县总工会开展送清凉活动，为一线职工送去防暑降温用品。"
    lines = (_column(PREV, 6) + ["乙城成立工匠", "学院"] + _column(rest, 6) + _column(BODY, 6)
             + _column(lead, 6) + _column(other, 6) + _column(FULL_END, 6))
    assert [len(t) for t in _column(lead, 6)] == [6, 6, 6]
    texts = [p.text for p in paragraphs(lines + [""], soft=True).paragraphs]
    assert lead in texts and other in texts
    assert lead + other in _texts(lines)  # without soft: joined on the column's width, as before


@pytest.mark.parametrize("quote", ['"', "“"])
def test_a_marked_heading_filling_its_line_ends_before_a_quotation_left_open(quote):
    """#### 激发职工创造热情 fills an eight-character column exactly; the full lines under it open a quotation
    that the piece of column they stop on never closes (the OCR cut it there).  A headline closes what it
    quotes, so those lines are a paragraph of their own, not the heading's rest."""
    heading = "#### 激发职工创造热情"
    quoted = quote + "没想到这个小小的改进能省下两成成本"
    lines = _column(PREV, 8) + [heading] + _column(quoted, 8) + _column(BODY, 8)
    assert [len(t) for t in _column(quoted, 8)] == [8, 8, 2]
    assert _texts(lines) == [PREV, heading, quoted, BODY]


def test_a_line_stopping_on_an_opening_straight_quote_goes_on_at_the_next_line():
    """…更要' fills its line, and the straight quote it stops on opens a quotation (the third ' of the
    paragraph): the text goes on at the next line (随时享''贴心), though that short line looks like a
    headline over text (其在…) that a cut line elsewhere (…地方，尤) goes on."""
    other = _column(BODY, 10)
    quoted = ['"我们打造的服务不仅', "要'在身边',更要'", "随时享''贴心"]
    lines = (other + ["深夜跑单结束后，驿站", "是他常去的地方，尤"] + other + quoted
             + ["其在寒冷的冬夜，这里", "是他的家。"] + other)
    for soft in (False, True):
        texts = [p.text for p in paragraphs(lines + [""], soft=soft).paragraphs]
        assert "".join(quoted) in texts


def test_a_headline_under_a_column_label_may_fill_two_lines():
    """Under >> 他山之石 << a headline of sixteen characters fills two lines of an eight-character column;
    the text under it names the headline's subject again (江西红星区总工会…): that is the lead, and the
    headline's second line is no part of it."""
    headline = "红星区总工会打造环卫工人爱心驿站"
    lead = "江西红星区总工会联合区城管局，在辖区设立爱心驿站二十处。"
    lines = _column(PREV, 8) + [">> 他山之石 <<"] + _column(headline, 8) + _column(lead, 8)
    assert [len(t) for t in _column(headline, 8)] == [8, 8]
    assert _texts(lines)[-2:] == [headline, lead]


def test_a_full_line_inside_its_own_list_goes_on_at_a_closing_deng():
    """…朗诵、情景剧、音画与合唱 | 等多种形式…: the 等 closes the list of short items the line stops in, so a
    cut line nearby stopping in a list of its own (…人社厅、省总工会) is no reason to leave the break open
    for the reading-order stage (which may then give 等多种形式 to that other list)."""
    item = "这台晚会融合音乐、舞蹈、朗诵、情景剧、音画与合唱等多种形式，再现了职工风采。"
    other = _column(BODY, 12)
    lines = other + _column("这项工作由多个部门协同推进，人社厅、省总工会", 12) + _column(item, 12) + other
    assert _column(item, 12)[1] == "朗诵、情景剧、音画与合唱"
    assert item in [p.text for p in paragraphs(lines + [""], soft=True).paragraphs]
    from unionnews.ingest.paragraphs.claims import _short_list_open
    assert not _short_list_open("为工匠精神传承阵地、高技能人才培育摇篮")  # long items: a rival's list may claim 等


def test_a_leads_full_last_line_claims_the_text_under_a_headline_run_on_after_a_comma():
    """In a six-character column a lead's credit fills its lines and its last line stops on 日 (本报讯（记者…
    通讯员…）日), full, with no word into the next line: the OCR may have cut the column there, and 日 goes on at
    前，… under a headline the OCR read after a piece cut on a comma (…形成工作合力， | 乙城成立工匠 | 学院).  That
    claim ends the piece before the headline, as a short cut line's claim does."""
    piece = "推动各级工会互学互鉴，形成工作合力，"
    head = "乙城成立工匠学院"
    rest = "前，乙城工匠学院揭牌仪式在乙城技师学院举行。"
    lead = "本报讯（记者王小明 通讯员赵大山）日"
    other = "丙县总工会开展送清凉活动，为一线职工送去防暑降温用品。"
    lines = (_column(PREV, 6) + _column(piece, 6) + _column(head, 6) + _column(rest, 6) + _column(BODY, 6)
             + _column(lead, 6) + _column(other, 6) + _column(FULL_END, 6))
    assert _column(piece, 6)[-1] == "成工作合力，" and [len(t) for t in _column(lead, 6)] == [6, 6, 6]
    texts = _texts(lines)
    assert piece in texts and head in texts and rest in texts


def test_a_one_line_lead_filling_its_line_claims_the_text_under_a_headline_run_on_after_a_comma():
    """The same with a lead whose first line of text fills a 16-character column (本报讯（记者丁一）近日，甘肃省天):
    天 goes on at 水市… under the headline after …牵线搭桥，, a full line, so the headline stands apart."""
    piece = "据了解，当地企业长期缺少技术交流渠道，为破解这一难题，乙市总工会与丙市总工会一道积极主动牵线搭桥，"
    lines = (_column(PREV, 16) + _column(piece, 16) + _column(_EXACT_HEADLINE, 16) + _column(_LEAD_REST, 16)
             + _column(BODY, 16) + _column(_CUT_LEAD, 16) + _column(_PIECE_REST, 16) + _column(FULL_END, 16))
    assert len(_column(piece, 16)[-1]) == 17 and _column(_CUT_LEAD, 16) == [_CUT_LEAD]
    texts = _texts(lines)
    assert piece in texts and _EXACT_HEADLINE in texts and _LEAD_REST in texts


def test_a_lead_credit_whose_bracket_is_still_open_goes_on_at_the_next_line():
    """At nine characters 本报讯（记者丁海生 fills the line, its credit's bracket still open: the name goes on at the
    next line (祥）近日，…), whatever word its last character makes with a line elsewhere (生动, 动联动…).  The lead's
    text has not begun, so there is no lead's first line to leave apart for the reading-order stage."""
    lead = "本报讯（记者丁海生祥）近日，甲市总工会开展送清凉活动，为一线职工送去防暑降温用品。"
    other = "动联动，形成工作合力。"
    lines = (_column(PREV, 9) + ["乙区工会新闻"] + _column(other, 9) + _column(BODY, 9) + _column(lead, 9)
             + _column(FULL_END, 9))
    assert _column(lead, 9)[0] == "本报讯（记者丁海生"
    assert lead in [p.text for p in paragraphs(lines + [""], soft=True).paragraphs]


def test_a_story_ending_on_its_dateline_ends_its_paragraph_for_certain():
    """A story's last line (…职工王红说。（本报重 | 庆9月25日电）) fills a seven-character column: the break after it is
    no soft one for the reading-order stage to join again, since a dateline after the last sentence closes its
    story and nothing of it follows (the next headline went into the story's file)."""
    end = "“这里的服务很贴心。”职工王红说。（本报重庆9月25日电）"
    head = "乙市总工会探索协作帮扶新模式"
    lead = "本报讯（记者丁一）近日，乙市总工会开展帮扶活动。"
    lines = _column(PREV, 7) + _column(end, 7) + _column(head, 7) + _column(lead, 7) + _column(FULL_END, 7)
    assert _column(end, 7)[-1] == "庆9月25日电）"
    found = paragraphs(lines + [""], soft=True)
    assert end in [p.text for p in found.paragraphs] and not found.soft


def test_a_dateline_on_full_lines_does_not_go_on_an_unfinished_sentence():
    """A lead the OCR cut (…“深夜跑单 | 结束后，能有: one short of a seven-character column, before a line opening on
    a bracket, which reads as a full line whose bracket was carried over), then a dateline on two full lines
    ((本报甲城11 | 月13日电)): a dateline closes a story and never goes on an unfinished sentence."""
    lead = ["本报讯（记者丁", "一一 通讯员王", "二）“深夜跑单", "结束后，能有"]
    lines = (_column(PREV, 7) + ["乙城驿站暖人心"] + lead + ["（本报甲城11", "月13日电）"] + ["丙市举办技能赛"]
             + _column(BODY, 7))
    texts = _texts(lines)
    assert "".join(lead) in texts and "（本报甲城11月13日电）" in texts


def test_a_leads_text_begun_under_a_credit_filling_the_line_above_is_a_cut_line():
    """The lead's credit fills a line (本报讯（记者王小明 通讯员赵大) and its text begins on the next, which the OCR
    cut after one character (山）日): that short line stops a sentence begun, a cut line whose 日 goes on at 前，…
    under a headline the OCR read after a piece cut on a comma (…牵线搭桥，, a full line), so the headline stands
    apart there as under any other cut line's claim."""
    piece = "据了解，当地企业长期缺少技术交流渠道，为破解这一难题，乙市总工会一道积极主动为企业牵线搭桥，"
    head = "乙城成立工匠学院"
    rest = "前，乙城工匠学院揭牌仪式在乙城技师学院举行。"
    lead = ["本报讯（记者王小明 通讯员赵大", "山）日"]
    other = "丙县总工会开展送清凉活动，为一线职工送去防暑降温用品。"
    lines = (_column(PREV, 15) + _column(piece, 15) + [head] + _column(rest, 15) + _column(BODY, 15) + lead
             + _column(other, 15) + _column(FULL_END, 15))
    assert len(_column(piece, 15)[-1]) == 16
    texts = _texts(lines)
    assert piece in texts and head in texts and rest in texts


def test_a_full_line_stopping_on_zai_before_a_broken_word_is_a_soft_break_where_a_place_begins_a_line_elsewhere():
    """At eight characters …乙市建筑业工会在 fills its line and the next begins with a broken word's end standing
    alone (程 | 公司…), no place, while a place name begins a paragraph elsewhere (西安…) and a short line nearby
    began the word (…集团西铁 | 工, not found as a cut line: no mark on the full line above it): for a page read out
    of order (``soft``) the two are left apart for the reading-order stage to weigh 在 | 西安 against them."""
    a = "11月13日下午，乙市建筑业工会在"
    b = "程公司技术员王某作为受聘教师，来到学校操场授课。"
    place = "西安建筑技师学院，举行兼职教师聘任仪式。"
    cut = "聘任仪式结束后，中铁七局集团西铁工"
    lines = (_column(PREV, 8) + _column(place, 8) + _column(BODY, 8) + _column(cut, 8) + _column(a, 8) + _column(b, 8)
             + _column(FULL_END, 8))
    assert _column(a, 8)[-1] == "乙市建筑业工会在" and _column(cut, 8)[-2:] == ["中铁七局集团西铁", "工"]
    texts = [p.text for p in paragraphs(lines + [""], soft=True).paragraphs]
    assert a in texts and b in texts
    assert any(t.startswith(a + b) for t in _texts(lines))  # read in file order: joined, as before


def test_a_name_the_line_gives_again_goes_on_across_the_break_after_a_cut_line():
    """Items each in a column of its own width: after a cut line (…技术攻关于一体), a two-line item's first line
    (丙冶九局工匠学院由丙冶九) is headline-shaped and fills its column, and a cut line nearby (…培养铁路) claims the
    next line's first character by chance (铁路 | 局).  But 丙冶九 | 局 reads as 丙冶九局, the name the line opened
    with: the line goes on there, however rare the name, and is no headline after a cut column."""
    claim = "据介绍，该学院将联合当地企业开展培训，培养铁路"
    cut = "通过导师带徒等方式传承工匠精神；构建集技能培训、技艺传承与技术攻关于一体"
    named = "丙冶九局工匠学院由丙冶九局与乙市铁路技师学院共建。"
    lines = (_column(BODY + PREV, 11) + _column(PREV + BODY, 13) + _column(PREV, 14) + _column(claim, 15)
             + _column(BODY, 10) + _column(cut, 19) + _column(named, 12) + _column(FULL_END, 16))
    assert _item_widths(lines) is not None and _column(named, 12)[0] == "丙冶九局工匠学院由丙冶九"
    texts = [p.text for p in paragraphs(lines + [""], soft=True).paragraphs]
    assert named in texts and claim in texts


def test_a_one_line_item_as_long_as_the_next_items_first_line_ends_its_paragraph():
    """Items each in a column of their own width: a one-line item ending a sentence (和技能人才培养基地。, ten
    characters) over an item set ten wide makes a run of two lines by chance.  Such a run is no column: the
    line that ends a sentence ends its paragraph, and the next item is not read as its rest."""
    one = "和技能人才培养基地。"
    nxt = "本次活动以“交流互鉴、共同提高”为主题。"
    lines = (_column(BODY + PREV, 11) + _column(PREV + BODY, 13) + _column(PREV, 14) + _column(BODY, 16)
             + [one] + _column(nxt, 10) + _column(FULL_END, 15))
    assert _item_widths(lines) is not None and len(one) == 10 == len(_column(nxt, 10)[0]) - 1
    texts = _texts(lines)
    assert one in texts and nxt in texts


def test_a_headline_filling_its_own_column_ends_before_a_wider_subhead():
    """Items each in a column of their own width: after a finished paragraph set ten wide (its last line full,
    its 。 hung), a headline set eleven wide fills three lines (no sentence mark), then a subhead on a line of
    its own, far wider than the headline's column, then the lead.  The wider line was set in another column,
    so the headline's run ends before it: 33 characters, a headline, not 52 of text run on from the
    paragraph above."""
    done = "各级工会将加强平台联网，联动职工之家和园区服务平台等载体，打造一体化数智服务阵地。"
    head = "全面推进东山区职工技能提升暨劳模工匠创新工作室建设经验交流会议召开"
    sub = "劳模工匠助企行实现全区规模企业全覆盖"
    lead = "本报东山9月25日电（记者林小东）东山区总工会日前召开会议，部署下一阶段职工技能提升工作。"
    lines = (_column(BODY + PREV, 13) + _column(PREV + BODY, 12) + _column(done, 10) + _column(head, 11) + [sub]
             + _column(lead, 21) + _column(FULL_END, 14))
    assert [len(t) for t in _column(head, 11)] == [11, 11, 11] and _column(done, 10)[-1] == "造一体化数智服务阵地。"
    assert _item_widths(lines) is not None
    texts = _texts(lines)
    assert head in texts and done in texts


def test_a_cut_line_going_on_its_word_at_its_own_next_line_claims_no_line_further_off():
    """A short line stopping mid-word (…座谈交) whose own next line goes on the word (流暨联谊…: 交流), and further
    down a lead's first line (…）日, a cut line) over a headline-shaped full line and that line's rest (与效率。).
    交 | 与 makes a word too (交与), by chance: the line whose sentence goes on where it stands has no claim on a
    line further off, so the full line under the lead is not read as a headline standing apart from its rest."""
    lines = (_column(PREV + BODY, 11)
             + ["近日，东山区总工会举办", "“书香”座谈交", "流暨联谊活动，在全区率", "先搭建职工交流平台。"]
             + _column(BODY, 11)
             + ["本报讯（记者林小东 通", "讯员王大明）日", "提升整体服务职工的能力", "与效率。"]
             + _column(FULL_END + PREV, 11))
    texts = [p.text for p in paragraphs(lines + [""], soft=True).paragraphs]
    assert "提升整体服务职工的能力与效率。" in texts


@pytest.mark.parametrize("seed", range(3))
def test_a_sentences_bare_end_under_a_full_line_with_no_mark_is_that_lines_rest(seed):
    """Items each in a column of their own width: a one-sentence item (a cut column piece, 提升…能力与效率。) fills
    its first line with no mark in it, and its second line is the sentence's end of a few characters with no
    other mark.  Neither line is in a run of equal lines; no paragraph is so short as that end, and no headline
    stands over one alone, so the two are one paragraph (the full line was read as a headline, its rest as a
    paragraph of its own)."""
    import random
    rng = random.Random(seed)
    piece = "提升全区服务职工的能力与效率。"
    paras = STORY_A + [piece] + STORY_B + STORY_A
    widths = [rng.randint(12, 16) for _ in paras]
    widths[len(STORY_A)] = 11
    lines = _itemwise(paras, widths)
    assert _column(piece, 11) == ["提升全区服务职工的能力", "与效率。"]
    assert _item_widths(lines) is not None
    got = _texts(lines)
    assert piece in got and STORY_B[0] in got


def test_a_full_line_stopping_mid_clause_over_a_lead_is_a_cut_column_end_with_a_claim_on_a_closer():
    """In a nine-character column a cut piece happens to fill its last line (…省人社厅、市总工会, then
    本报讯…): the lead parts it from what follows whatever its width, so it is a cut line as a short one
    would be, and its open enumeration has a claim on 等相关部门…, printed under another full line
    (…人才培育摇篮).  For a page read out of order (``soft``) the two full lines there are left apart, for
    the reading-order stage to weigh (before: the cut went unseen and 摇篮等相关部门 ran together); read in
    file order, nothing changes."""
    from unionnews.ingest.paragraphs.columns import _cut_lines
    first = "前，乙城工匠学院揭牌仪式在乙城技师学院举行。未来，该学院将成"
    mid, rest = "为技能传承阵地、青年技能人才培育摇篮", "等相关部门将在技能认定等方面给予学院重点支持。"
    cut = "乙城工匠学院由铁路局与技师学院共建。省人社厅、市总工会"
    lead = "本报讯（记者王小明）近日，丙县总工会开展送清凉活动，为一线职工送去防暑降温用品。"
    lines = (_column(PREV, 9) + ["乙城成立工匠学院"] + _column(first, 9) + _column(mid, 9) + _column(rest, 9)
             + _column(BODY, 9) + _column(cut, 9) + _column(lead, 9) + _column(FULL_END, 9))
    assert len(_column(mid, 9)[-1]) == len(_column(cut, 9)[-1]) == 9
    assert lines.index("省人社厅、市总工会") in _cut_lines(lines, 9)
    texts = [p.text for p in paragraphs(lines + [""], soft=True).paragraphs]
    assert mid in texts and rest in texts
    assert mid + rest in _texts(lines)  # without soft: joined on the column's width, as before


@pytest.mark.parametrize("open_, close", [("（", "）"), ("(", ")")])
def test_a_lead_credit_a_stray_blank_cut_before_its_second_line_stays_whole(open_, close):
    # 本报讯（记者 | (blank) | 任远 通讯 | 员张明）…: the credit closes two lines on, past the wrap's next break;
    # left apart, the lead's first words stood alone as one more headline line
    lines = ["## 河湾镇举办秋季", "果蔬展销会", "", f"本报讯{open_}记者", "", "任远 通讯", f"员张明{close}近日，河湾",
             "镇在集市广场办起", "果蔬展销会。", "", "## 石桥村修好", "村道", "", f"本报讯{open_}记者王", f"芳{close}日前，石桥村",
             "修好了村道。"]
    assert _texts(lines)[:2] == ["## 河湾镇举办秋季果蔬展销会", f"本报讯{open_}记者任远 通讯员张明{close}近日，河湾镇在集市广场办起果蔬展销会。"]


def test_a_lead_credit_left_open_past_a_blank_and_a_paragraph_is_not_bridged():
    # the bracket closes only after another blank line, or not within a credit's length: no evidence
    lines = ["## 河湾镇举办秋季", "果蔬展销会", "", "本报讯（记者", "", "任远 通讯", "", "员张明）近日，河湾镇在集市广场办起果蔬展销会。"]
    assert "任远 通讯员张明）近日，河湾镇在集市广场办起果蔬展销会。" not in "".join(_texts(lines)[1:2])


@pytest.mark.parametrize("tail", ["举办", "开幕", "召"])
def test_a_headline_word_alone_between_stray_blanks_finishes_the_headline(tail):
    # …论坛在县城 | (blank) | 举办 | (blank) | 9月12日…: a word alone between blank lines under a line that stops
    # mid-sentence is that line's rest, not a paragraph (nor the first word of the story's first sentence)
    lines = ["", "", "河湾镇 果蔬飘香", "第三届乡村振", "兴论坛在县城", "", "", tail, "", "", "", "9月12日，第三届",
             "乡村振兴大会在", "", "", "县城开幕。本次会议由县", "总工会主办，二十余家", "合作社参展。", "",
             "会上，县总工会为", "参展农户送去遮阳棚", "和饮用水。"]
    assert _texts(lines)[0] == f"河湾镇 果蔬飘香第三届乡村振兴论坛在县城{tail}"


def test_a_short_line_that_runs_on_is_no_tail():
    # 一面面条能拉 | 至多细？…: a short line the next line goes on from is a paragraph's first line, not a tail
    lines = ["", "", "河湾镇 果蔬飘香", "第三届乡村振", "兴论坛在县城", "", "", "举办", "", "", "", "9月12日，第三届",
             "乡村振兴大会在县城开幕。", "", "会上", "县总工会为参展农", "户送去遮阳棚。"]
    assert _texts(lines)[-1] == "会上县总工会为参展农户送去遮阳棚。"


def test_a_headline_shaped_line_with_no_blank_line_above_it_on_a_column_page_is_doubted():
    """A column page whose top items are parted by blank lines and whose last stretch has none at all (an
    engine that found the lower blocks as one zone): a short headline-shaped line after a finished paragraph
    in that stretch is kept a subhead, as under a single blank line, and the review says it may be another
    item's headline — it has less above it than one blank line, not more."""
    top = ["林场工会开设职工书屋", "", "本报讯（记者 方舟）近日，林场工会开设职工书屋，首批图书三千册。", "", "",
           "河口镇举办技能比武", ""]
    bottom = _column("来自二十家企业的一百名职工参加了比武，赛事持续两天。", 12) + ["湖滨区职工合唱节开幕"] + \
        _column("来自三十个单位的合唱队参加了比赛，现场气氛热烈。", 12)
    got = paragraphs(top + bottom + [""])
    subhead = next(k for k, p in enumerate(got.paragraphs) if p.text == "湖滨区职工合唱节开幕")
    assert got.paragraphs[subhead].blanks == 0
    line = next(n for n, text in enumerate(got.lines, 1) if text == "湖滨区职工合唱节开幕")
    assert "headline of another item" in got.doubts.get(line, "")


CUT_OPEN = "技能培训结束后，某公司第三工程局下属单位"  # at 12: …某公司第 | 三工程局下属单位 (stops mid-sentence)
HEAD_OVER_DATED = "车间里的“读书角”"  # as long as the piece's last line, in a column of its own
DATED = "3月1日下午，某区总工会在园区举办职工读书分享会，二十余名职工代表参加。"


@pytest.mark.parametrize("seed", range(3))
def test_a_cut_pieces_last_line_and_a_headline_as_long_over_a_dated_lead_are_no_run(seed):
    """On a page whose items are each in a column of their own width: a column piece the OCR cut mid-sentence,
    its last line as long as the next item's one-line headline, then that item's lead on its date.  The two
    lines make a run of two equal lines by chance; no story's text stops mid-sentence right over another
    item's opening, so the headline stands alone and the piece stays one paragraph."""
    import random
    rng = random.Random(seed)
    paras = STORY_A + [CUT_OPEN, HEAD_OVER_DATED, DATED] + STORY_B[2:] + STORY_A
    widths = [rng.randint(10, 14) for _ in paras]
    k = len(STORY_A)
    widths[k], widths[k + 1], widths[k + 2] = 12, 9, 16
    lines = _itemwise(paras, widths)
    assert _column(CUT_OPEN, 12) == ["技能培训结束后，某公司第", "三工程局下属单位"]
    assert _item_widths(lines) is not None
    got = _texts(lines)
    assert CUT_OPEN in got and HEAD_OVER_DATED in got and DATED in got


def _box_body() -> list[str]:
    from test_ingest_whitespace import BOX_PAGE, _column as _set
    return _set(BOX_PAGE[1:], 13).splitlines()


def test_a_dash_alone_over_a_marked_headline_ends_the_kicker_above_it():
    """### 全区职工技能比武落幕 | —— | ## 以赛促学…: a dash is never a printed line of its own (it leads on to what
    follows it on its line, and the next line opens a heading of its own), so the OCR or a box detector cut it
    from the kicker's line: it ends the kicker, and the headline block stays whole."""
    got = _texts(["### 全区职工技能比武落幕", "——", "## 以赛促学练就过硬本领"] + _box_body())
    assert got[:2] == ["### 全区职工技能比武落幕——", "## 以赛促学练就过硬本领"]


def test_a_marked_heading_stopping_on_a_bound_particle_goes_on_at_the_next_line():
    """## 某市打造“书屋+学堂”的 | 服务新模式: no heading ends on 的 (it binds the words before it to those after),
    so the short line is the heading's first, cut by the OCR, not the heading whole."""
    got = _texts(["## 某市打造“书屋+学堂”的", "服务新模式", "# 书香浸润职工心田"] + _box_body())
    assert got[:2] == ["## 某市打造“书屋+学堂”的服务新模式", "# 书香浸润职工心田"]


def test_a_byline_a_stray_blank_cut_inside_a_name_is_one_paragraph():
    # 本报记者 王晓 | (blank) | 明 本报通讯员…: a byline fills a narrow column's line and is cut as words are; a name's
    # end before a role word opens no paragraph
    cut, rest = "本报记者 王晓", "明 本报通讯员 赵丽"
    body = ["“今年的果子", "比往年甜。”9月", "12日，在河湾镇", "果蔬基地，农户", "笑着说。", "", "河湾镇今年种植",
            "果蔬三千余亩，", "", "", "带动两百余户", "农户增收。", "", "镇工会为农户", "送去遮阳棚和", "饮用水，并组织",
            "", "技术人员讲解", "种植技术。"]
    lines = ["", "", "河湾镇 果蔬飘香", "", cut, "", "", rest, ""] + body
    assert [t.replace(" ", "") for t in _texts(lines)][1] == (cut + rest).replace(" ", "")
    assert _texts(["", "", "河湾镇 果蔬飘香", "", cut, "", "", "河湾镇今年种", ""] + body)[1] == cut  # text opens one
