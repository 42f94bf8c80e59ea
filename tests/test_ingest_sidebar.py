"""A short item boxed inside another story's column (``sidebar``): an engine reading the column top to bottom prints
the box between two of the host's lines.  Where the host's sentence goes on under the box, the host is read on across
it and the box is an item of its own, both said in review; made-up pages."""
from __future__ import annotations

from test_ingest_heldout import STORIES
from test_ingest_helpers import articles, import_page
from variants import printed_column

from unionnews.ingest.paragraphs import paragraphs
from unionnews.ingest.paragraphs.sidebar import boxed_items
from unionnews.ingest.paragraphs.widths import _width

HOST = ["甲城举办职工技能大赛",
        "本报讯（记者周洁）近日，甲城总工会举办职工技能大赛，来自甲城各企业的两百余名职工参加比赛，比赛设焊工、电工、"
        "钳工等多个项目，甲城职工在赛场上比拼技能，展示了新时代产业工人的风采。",
        "甲城总工会负责人表示，将持续开展技能竞赛活动，为职工成长成才搭建平台，推动形成崇尚技能的良好氛围。"]
BOX = ["丁区开展送清凉活动", "本报讯（记者王芳）近日，丁区总工会为一线环卫工人送去防暑降温用品，受到职工欢迎。活动共发放防暑用品三百余份，"
       "覆盖全区二十个环卫站点。", "本报记者 王芳 摄"]
OTHER = STORIES[1]


def _page(host_lines: list[str], at: int, box_lines: list[str], blank: bool) -> list[str]:
    """The host's printed lines with the box's set in before line ``at``, a blank line around it or none, and
    another story after the host."""
    gap = [""] if blank else []
    other = printed_column(STORIES[1], 12) + ["", ""] + printed_column(STORIES[2], 12)
    return host_lines[:at] + gap + box_lines + gap + host_lines[at:] + ["", ""] + other


def _bodies(tmp_path, lines: list[str]) -> dict[str, tuple[str, list[str]]]:
    content = import_page(tmp_path, "\n".join(lines) + "\n", "grrb/2025-09-26/04.txt")
    return {front["title"]: (body, front.get("review", [])) for _, front, body in articles(content)}


def test_a_box_between_two_full_lines_of_a_sentence_is_its_own_item_and_the_host_reads_on(tmp_path):
    """A blank line around the box, the line above it filling the column mid-sentence, the line under it going
    on (a clause mark, a full line): read as printed, the host's sentence ran on into the box's headline and its
    rest into the box's story.  The host is read on across the box, the box after the page's last story."""
    host = printed_column(HOST, 12)
    at = next(k for k in range(3, len(host)) if len(host[k - 1]) == 12 and host[k - 1][-1] not in "。，、"
              and "，" in host[k])
    got = _bodies(tmp_path, _page(host, at, printed_column(BOX, 12), blank=True))
    body, review = got["甲城举办职工技能大赛"]
    assert "".join(HOST[1:]) in body.replace("\n", "")
    assert any("boxed inside this story's column" in why for why in review)
    body, review = got["丁区开展送清凉活动"]
    assert "环卫工人" in body and "甲城" not in body and "乙城" not in body
    assert any("read inside another story's column" in why for why in review)


def test_a_box_with_no_blank_line_around_it_is_found_by_a_word_the_break_cut(tmp_path):
    """No blank line: the box's end is where the host's next line finishes a word its line above began
    (…比拼技 | box | 能，展示…: 技能), the box ending on its credit."""
    host = ["甲城举办职工技能大赛", "本报讯（记者周洁）近日，甲城总", "工会举办职工技能大赛，来自甲城", "各企业的两百余名职工参加比赛，",
            "甲城职工在赛场上纷纷比拼技", "能，展示了新时代产业工人的风", "采，赢得现场观众阵阵掌声。",
            "甲城总工会负责人表示，将持续", "开展技能竞赛活动，为职工成长", "成才搭建平台。"]
    page = _page(host, 5, printed_column(BOX, 14), blank=False)
    boxes = boxed_items(page, _width(page))
    assert len(boxes) == 1 and "技能" in boxes[0].why
    got = _bodies(tmp_path, page)
    assert "纷纷比拼技能，展示" in got["甲城举办职工技能大赛"][0].replace("\n", "")
    assert "甲城" not in got["丁区开展送清凉活动"][0]


def test_a_box_in_rewrapped_lines_is_found_by_a_mark_no_line_opens_on():
    """Lines re-wrapped at any width (no column): the line under the box opens on a comma, which follows no
    sentence end, so it goes on with the line above the box."""
    lines = ["甲城举办职工技能大赛", "", "本报讯（记者周洁）近日，甲城总工会举办职工技能大赛",
             "丁区开展送清凉活动", "本报讯（记者王芳）近日，丁区总工会为一线环卫工人送去防暑降温用品，受到职工欢迎。", "本报记者 王芳 摄",
             "，来自甲城各企业的两百余名职工参加比赛。", "", "", "乙城开展职工健康体检", "",
             "本报讯（记者吴昊）近日，乙城总工会为一线职工开展免费健康体检。"]
    boxes = boxed_items(lines, None)
    assert [(b.above, b.first, b.last, b.below) for b in boxes] == [(2, 3, 5, 6)]
    texts = [p.text for p in paragraphs(lines).paragraphs]
    assert "本报讯（记者周洁）近日，甲城总工会举办职工技能大赛，来自甲城各企业的两百余名职工参加比赛。" in texts
    assert texts.index("丁区开展送清凉活动") > texts.index("本报讯（记者吴昊）近日，乙城总工会为一线职工开展免费健康体检。")


def test_a_headline_set_on_two_lines_over_its_lead_is_no_box():
    """A headline on two lines under a finished story, its lead and text under it: nothing goes on under it from
    a line above, so no box, and the page reads as it did."""
    page = printed_column(HOST + ["乙城总工会开展一线职工夏季", "健康体检"] + OTHER[1:], 12)
    assert boxed_items(page, 12) == []
    assert not any("boxed" in why for why in paragraphs(page).doubts.values())


_CREDITED_HOST = ["甲城举办职工技能大赛", "本报讯（记者周洁）近日，甲城总", "工会举办职工技能大赛，集团董事、",
                  "党委副书记、工会主席张明和甲城", "各企业的两百余名职工参加比赛，",
                  "甲城职工在赛场上比拼技能，展示", "了新时代产业工人的风采。"]


def test_a_box_closing_on_its_credit_with_the_host_reading_on_under_it_is_its_own_item(tmp_path):
    """No blank line, no mark, word or cut number across the box: the host's line fills the column at a word's
    boundary (…董事、 | 党委副书记…).  The box closes on its credit, and the line under it reads on as running
    text to a clause's end: the credit is the last a story prints, so the host goes on there."""
    page = _page(_CREDITED_HOST, 3, printed_column(BOX, 14), blank=False)
    boxes = boxed_items(page, _width(page))
    assert [(b.above, b.below) for b in boxes] == [(2, 3 + len(printed_column(BOX, 14)))]
    assert "credit" in boxes[0].why
    got = _bodies(tmp_path, page)
    body, review = got["甲城举办职工技能大赛"]
    assert "集团董事、党委副书记、工会主席张明" in body.replace("\n", "")
    assert any("boxed inside this story's column" in why for why in review)
    assert "甲城" not in got["丁区开展送清凉活动"][0]


def test_a_short_host_line_a_detector_cut_inside_a_word_under_a_credited_box_still_reads_on(tmp_path):
    """The host's text under a box that closes on its credit holds a line short of the column that ends nothing: a
    text detector cut it inside a word (…参加座 | 谈会。).  A word runs across it, so it is no headline's or
    kicker's last line, and the host still reads on to a sentence's end there."""
    host = _CREDITED_HOST[:3] + ["党委副书记、工会主席张明和甲城", "各企业职工代表参加座", "谈会。甲城职工在赛场上比拼技能，",
                                 "展示了新时代产业工人的风采。"]
    page = _page(host, 3, printed_column(BOX, 14), blank=False)
    boxes = boxed_items(page, _width(page))
    assert [(b.above, b.below) for b in boxes] == [(2, 3 + len(printed_column(BOX, 14)))]
    got = _bodies(tmp_path, page)
    body, review = got["甲城举办职工技能大赛"]
    assert "集团董事、党委副书记、工会主席张明" in body.replace("\n", "")
    assert "甲城" not in got["丁区开展送清凉活动"][0]


def test_a_lead_whose_sentence_began_stops_over_a_box():
    """The host's line is its lead's first, its sentence begun after the credit (本报讯（记者周洁）记者近日 | box |
    获悉，…): it stops mid-sentence as any text line does."""
    host = ["甲城举办职工技能大赛", "本报讯（记者周洁）记者近日", "获悉，甲城总工会举办职工技能", "大赛，来自甲城各企业的两百余",
            "名职工参加比赛。"]
    page = _page(host, 2, printed_column(BOX, 14), blank=False)
    boxes = boxed_items(page, _width(page))
    assert [(b.above, b.below) for b in boxes] == [(1, 2 + len(printed_column(BOX, 14)))]


def test_an_item_closing_on_its_credit_over_a_kicker_is_no_box():
    """A column the OCR read out of order stops mid-sentence over another item, which closes on its credit, and
    a third item's kicker stands under it (no sentence end before its headline and byline): the line under the
    credit is no sentence's rest, so nothing is moved."""
    page = (_CREDITED_HOST[:3] + printed_column(BOX, 14)
            + ["乙城第八师总工会以规范化建", "设为抓手，推动民主管理工作", "基层职代会有了实操手册", "本报记者 吴昊 通讯员 张舒",
               "“没想到我们提的建议，今天通", "过职代会表决变成了一号工程。”"])
    assert boxed_items(page, _width(page)) == []


def test_a_box_between_a_headlines_two_lines_is_moved_and_the_headline_read_whole():
    """The box is set between a headline's lines (甲城举办职工 | box | 技能大赛 | 本报讯…): the host's line opens a
    headline block under a closed story, and the line under the box's credit is a headline's line right over its
    lead.  Read as printed, the host's first headline line ran into the box's headline; the box closes on its
    credit, so the two host lines are one headline."""
    page = (printed_column(STORIES[1], 14) + ["", "", "甲城举办职工"] + printed_column(BOX, 14)
            + ["技能大赛"] + printed_column(HOST[1:], 14))
    boxes = boxed_items(page, _width(page))
    assert len(boxes) == 1 and page[boxes[0].above] == "甲城举办职工" and page[boxes[0].below] == "技能大赛"


def test_a_photo_credit_a_narrow_column_cuts_inside_its_word_closes_no_box():
    """A column of four characters cuts a headline (甲城职工 | 赛场 展 | 技能) and a photo credit inside 摄影 (李明 摄 |
    影报道): the headline's first line was read as a host, the rest as a box closing on the credit's line, and 影报道
    as the host's sentence going on under it, so the story's credit end was moved into its headline.  The line
    under a credit that makes a word with it is the credit's own rest."""
    first = printed_column(STORIES[1], 4)
    story = ["甲城职工", "赛场 展", "技能"] + printed_column(["近日，甲城总工会举办职工技能大赛，来自甲城各企业的两百余名职工参加比赛。"
                                                    "比赛设焊工、电工等多个项目。"], 4)
    page = first + story + ["本报记者", " 周洁 ", "通讯员 ", "李明 摄", "影报道", ""]
    assert boxed_items(page, _width(page)) == []


def test_two_words_a_space_parts_after_a_sentence_end_inside_a_line_are_no_credit():
    """OCR word spaces in running text (…准则。赠送 单位 | 包括…) looked like a byline of two names closing an item, so a
    cut column of one story read as a box inside another.  A credit is a paragraph of its own: it stands on lines
    of its own under the line its item's last sentence ends."""
    from unionnews.ingest.paragraphs.sidebar import _credited
    text = ["甲城开展送清凉活动", "本报讯（记者周洁）近日，甲城总", "工会为环卫工人送去防暑降温用", "品，严格遵循规定准则。赠送 单位"]
    assert not _credited(text, 0, 3)
    assert _credited(text[:3] + ["品，受到职工欢迎。", "本报记者 周洁 摄"], 0, 4)


def test_a_box_between_a_headline_and_its_lead_is_moved_and_the_headline_read_over_its_lead(tmp_path):
    """The box is set right under the host's headline (甲城举办职工技能大赛 | box | 本报讯…): the host's headline has
    no lead under it but the box's own, and under the box's last sentence a lead opens (本报讯…) with no headline
    over it.  Read as printed, the host's headline was the box's column label, and its lead text with no headline."""
    box = printed_column(BOX[:2], 14)
    page = printed_column(STORIES[1], 14) + ["", "", HOST[0]] + box + printed_column(HOST[1:], 14)
    boxes = boxed_items(page, _width(page))
    assert [(page[b.above], page[b.first]) for b in boxes] == [(HOST[0], BOX[0])] and "lead" in boxes[0].why
    got = _bodies(tmp_path, page)
    body, review = got[HOST[0]]
    assert "甲城总工会举办职工技能大赛" in body.replace("\n", "") and "丁区" not in body
    assert "丁区" not in body and any("boxed inside this story's column" in why for why in review)
    assert "环卫工人" in got[BOX[0]][0] and "甲城" not in got[BOX[0]][0]


def test_a_headline_over_a_subsection_and_a_dated_paragraph_is_no_box():
    """A subhead over its section's paragraphs, the next opening on a date (10月29日，…): a date opens a section's
    paragraph as often as a lead, so no box is read between the subhead and it."""
    page = printed_column(HOST[:2], 12) + ["打造可复制标准样板", "如何将纸面上", "的制度转化为基层生动的实践？甲城总工会通过试点先行，",
                                             "打造一批标杆。", "10月29日，甲城五连职代会率先打造样板。会议全程严格遵循规范议程。"]
    assert boxed_items(page, None) == [] and boxed_items(page, 12) == []


def test_a_quote_the_host_leaves_open_closed_under_the_box_ties_the_two():
    """The host's line opens a quote (“这样的活动办到了我们) and the line under the box closes it (心坎上。”…), no quote
    left open in the box: the line under the box is inside the host's quote, so it goes on from the host's line."""
    host = ["甲城举办职工技能大赛", "本报讯（记者周洁）近日，甲城总", "工会举办职工技能大赛，来自甲城", "各企业的两百余名职工参加比赛。",
            "“这样的活动办到了我们每个职工", "心坎上。”甲城一名职工说。"]
    page = _page(host, 5, printed_column(BOX[:2], 14), blank=False)
    boxes = boxed_items(page, _width(page))
    assert [(b.above, b.below) for b in boxes] == [(4, 5 + len(printed_column(BOX[:2], 14)))]
    assert "closes with ”" in boxes[0].why


def test_a_headline_with_no_lead_is_a_box_where_a_number_runs_across_it():
    """The box's lead was printed elsewhere (its headline over running text, no 本报讯), and the host's number runs
    across it (…近两百 | box | 200 名…: 近200 | 名职工): what a line break cuts ties the host's lines, as a lead would
    tie the box's headline to its text.  The box's headline is short of the column, no running line's width."""
    host = ["甲城举办读书分享会", "本报讯（记者周洁）近日，甲城总", "工会举办职工读书分享会，近200", "名职工参加。甲城总工会负责人表",
            "示，将持续开展读书活动。"]
    box = ["丁区开展送清凉活动", "为环卫工人送去防暑降温用品，受", "到职工欢迎。"]
    page = _page(host, 3, box, blank=False)
    boxes = boxed_items(page, _width(page))
    assert [(b.above, b.first, b.below) for b in boxes] == [(2, 3, 6)] and "one printed run" in boxes[0].why


def test_a_full_line_under_a_headline_cut_inside_a_word_goes_on_under_the_box():
    """The host's first text line fills the column and stops inside a word the line under the box finishes (…职工读
    | box | 书分享会，…: 读书): no headline's line ends inside a word, so the host's text goes on there."""
    host = ["甲城举办读书分享会", "甲城总工会举办职工读", "书分享会，近两百名职工参加。"]
    page = printed_column(STORIES[1], 10) + ["", ""] + _page(host, 2, printed_column(BOX[:2], 10), blank=True)
    boxes = boxed_items(page, _width(page))
    assert len(boxes) == 1 and page[boxes[0].above] == "甲城总工会举办职工读" and "读书" in boxes[0].why


def test_a_headline_on_two_lines_over_a_box_and_its_lead_under_it():
    """The host's headline takes two lines (甲城开展夏季送清凉活 | 动), the box under it has no lead of its own, and the
    host's lead opens under the box's last sentence: the box stands between a headline and its lead."""
    page = (printed_column(STORIES[1], 11) + ["甲城开展夏季送清凉活", "动", "丁区举办职工技能竞赛", "职工技能大赛，来自八十",
                                             "家企业的职工参加比赛。"] + printed_column(HOST[1:], 11))
    boxes = boxed_items(page, _width(page))
    assert len(boxes) == 1 and page[boxes[0].above] == "动" and page[boxes[0].first] == "丁区举办职工技能竞赛"


def test_a_quote_closed_under_pieces_with_no_lead_ties_no_box():
    """A box detector cut one printed line in two (转化运用 | 并推广开来”。), under a line opening a quote a later line
    closes: the first piece passed for a box's bare headline and the quote for the evidence tying the host across
    it, and the story's middle went out as a box.  Under a headline with no lead the pieces may be the quoted words
    themselves: a quote is no evidence there."""
    page = ["甲城举办职工技能大赛", "本报讯（记者周洁）近日，甲城总工", "会举办职工技能大赛，两百余名职工",
            "参加比赛，给评委们留下深刻印象，", "“希望这些技能成果在岗位上及时", "转化运用", "并推广开来”。",
            "甲城总工会负责人表示，将持续开展", "技能竞赛，为职工搭建展示的舞台。", "“每个人有五分钟时间，要在短时间",
            "内把成果讲清楚并不容易。", "”甲城一名选手说，为了此次比赛，", "他多次修改讲稿。"]
    assert boxed_items(page, _width(page)) == []


_NEXT = ["", "", "乙城开展职工健康体检", "", "本报讯（记者吴昊）近日，乙城总工会为一线职工开展免费健康体检，覆盖全市一百二十家企业。"]


def test_a_name_a_line_break_cut_printed_whole_elsewhere_ties_the_host_across_a_box_with_no_lead(tmp_path):
    """Lines re-wrapped at any width, a box with no lead (its headline over running text) under the host's lead
    stopping on a name's first character (…近日，岚 | box | 溪镇总工会…): the name 岚溪镇 is printed whole in the
    host's headline and text, so the line break cut it there, and the host reads on under the box.  Read as it
    stood, the lead ran on into the box's headline and story: one sentence no page printed."""
    page = ["岚溪镇开展职工技能比武", "", "本报讯（记者李明）近日，岚", "", "南湖区举办读书分享会", "",
            "活动吸引近百名职工参加，现场气氛热烈。", "", "“读书让我们眼界更宽。”一名职工说。", "",
            "溪镇总工会在全镇企业中开展职工技能比武，吸引三百余名职工参赛。", "",
            "岚溪镇总工会负责人表示，将持续开展此类活动。"] + _NEXT
    boxes = boxed_items(page, None)
    assert [(b.above, b.first, b.below) for b in boxes] == [(2, 4, 10)] and "岚溪镇" in boxes[0].why
    got = _bodies(tmp_path, page)
    body, review = got["岚溪镇开展职工技能比武"]
    assert "近日，岚溪镇总工会在全镇企业中开展职工技能比武" in body.replace("\n", "")
    assert "读书" not in body and any("boxed inside this story's column" in why for why in review)


def test_a_run_printed_nowhere_else_ties_no_box():
    """The same page with the name printed only where the line break cut it: nothing on the page says the host's
    line goes on under the box rather than into it, so no box is read (the paragraph stage's own evidence holds)."""
    page = ["岚溪镇开展职工技能比武", "", "本报讯（记者李明）近日，岚", "", "南湖区举办读书分享会", "",
            "活动吸引近百名职工参加，现场气氛热烈。", "", "溪镇总工会在全镇企业中开展职工技能比武。"] + _NEXT
    page = [t.replace("岚溪镇开展", "本镇开展") for t in page]
    assert boxed_items(page, None) == []


def test_a_run_holding_a_particle_ties_no_box():
    """A run across the break printed elsewhere that holds a particle (…成为 职 工 的 | 创 新园 地…, word-spaced
    lines, with 的创新 printed on) is no name a line break cut: any text prints such runs again, so it ties nothing
    across a box."""
    page = ["本镇开展职工技能比武", "", "本报讯（记者李明）近日，本镇工会驿站成为 职 工 的", "", "南湖区举办读书分享会", "",
            "活动吸引近百名职工参加，现场 气氛热烈。", "", "“读书让我们眼界更宽。”一名 职工说。", "",
            "创 新园 地，吸引三百余名职工 参与。", "", "本镇总工会负责人表示，将持续推进 工作的创新。"] + _NEXT
    assert boxed_items(page, None) == []


def test_an_enumeration_the_line_under_the_box_closes_ties_the_host_across_it(tmp_path):
    """A printed column with no blank lines: the host's first line fills the column and stops inside an
    enumeration (…配备图书、期刊), the box (a headline over its lead) under it, and the line under the box closes
    the enumeration (等阅读资料…), as the box's headline does not.  Read as printed, the host's line and the box's
    headline passed for one headline on two lines, over the box's story and the host's rest."""
    page = (["西山区新建职工书屋", "总工会为职工书屋配备图书、期刊"] + printed_column(BOX[:2], 15)
            + ["等阅读资料，受到职工欢迎。"] + printed_column(STORIES[1], 15) + printed_column(STORIES[2], 15))
    boxes = boxed_items(page, _width(page))
    assert len(boxes) == 1 and page[boxes[0].above] == "总工会为职工书屋配备图书、期刊" and "等" in boxes[0].why
    got = _bodies(tmp_path, page)
    body, review = got["西山区新建职工书屋"]
    assert "配备图书、期刊等阅读资料" in body.replace("\n", "") and "环卫" not in body
    assert "丁区开展送清凉活动" in got and "期刊" not in got["丁区开展送清凉活动"][0]


def test_an_enumeration_the_box_headline_closes_ties_no_box():
    """The box's headline itself opening on 等 would close the host's enumeration as well: no evidence either way."""
    page = (printed_column(STORIES[1], 15) + ["西山区新建职工书屋", "总工会为职工书屋配备图书、期刊"]
            + ["等地开展送清凉活动"] + printed_column(BOX[1:2], 15) + ["等阅读资料，受到职工欢迎。"]
            + printed_column(STORIES[2], 15))
    assert not any(page[b.above] == "总工会为职工书屋配备图书、期刊" for b in boxed_items(page, _width(page)))


def test_a_box_a_blank_line_sets_off_under_a_headline_is_left_in_place_and_said(tmp_path):
    """A printed column whose blank lines part no paragraphs: a headline, a blank line, a box (a headline over its
    lead), a blank line, and running text with no headline over it (no lead: a feature's text).  The text under the
    box may be the host's (the box's item ended at its blank line), or the top headline a kicker over the box's and
    the text the box's next paragraph: only blank lines tell, so the lines stay as printed and the story holding the
    text says so.  Before, that story said nothing: two stories mixed with no review."""
    host = ["北湖区举办职工篮球赛", "", *printed_column(BOX[:2], 14), "", "比赛为期三天，共有十二支代表",
            "队参加，北湖区各企业职工踊跃", "报名。"]
    page = host + printed_column(STORIES[1], 14) + printed_column(STORIES[2], 14)
    boxes = boxed_items(page, _width(page))
    assert [(b.above, b.first, b.moved) for b in boxes] == [(0, 2, False)] and "blank line" in boxes[0].why
    got = _bodies(tmp_path, page)
    holder = next(title for title, (body, _) in got.items() if "比赛为期三天" in body)
    assert any("kicker" in why and "line 10" in why for why in got[holder][1])


def test_a_kicker_over_a_headline_with_stray_blank_lines_keeps_its_story(tmp_path):
    """A kicker, a stray blank line, the headline and its lead, a stray blank line, the story's next paragraph: the
    same shape as a box fenced under a headline, and the story stays one (the paragraph is not moved away)."""
    page = (["聚焦产业发展 共话职工未来", "", "丁区开展送清凉活动",
             *printed_column(["本报讯（记者王芳）近日，丁区总工会为一线环卫工人送去防暑降温用品，受到职工欢迎。"], 14), "",
             *printed_column(["活动共发放防暑用品三百余份，覆盖全区二十个环卫站点，环卫工人纷纷点赞。"], 14)]
            + printed_column(STORIES[1], 14) + printed_column(STORIES[2], 14))
    got = _bodies(tmp_path, page)
    body = next(body for body, _ in got.values() if "本报讯（记者王芳）" in body)
    assert "活动共发放防暑用品" in body


def test_a_paragraph_under_a_box_with_no_blank_line_after_it_stays_the_boxs():
    """The same page with no blank line under the box: the text under its last sentence may be its next
    paragraph as well, so nothing is moved."""
    page = (["北湖区举办职工篮球赛", "", *printed_column(BOX[:2], 14), "比赛为期三天，共有十二支代表",
             "队参加，北湖区各企业职工踊跃", "报名。"] + printed_column(STORIES[1], 14) + printed_column(STORIES[2], 14))
    assert boxed_items(page, _width(page)) == []


def test_a_headline_shaped_line_read_on_from_a_sentence_with_nothing_across_is_said(tmp_path):
    """Lines re-wrapped at any width: the host's lead stops on a whole word (…近日，河东区), a blank line, a line of a
    headline's shape (a box's, its lead printed elsewhere), a blank line, the box's text, then the host's rest.
    Nothing on the page ties the host's line to the box's headline or to its rest (河东区 | 总工会 are whole words
    and 河东区总 is not a name a break cut), so the paragraph reading on into the headline is kept, but said: read on
    silently, the file mixed two stories in a sentence no page printed."""
    page = ["河东区开展夏季送清凉活动", "", "本报讯（记者郑凯）近日，河东区", "", "西岭镇举办职工书法比赛", "",
            "书法比赛吸引了40家企业的职工参加。", "", "总工会为环卫工人送去防暑降温用品。", "",
            "河东区总工会负责人表示，这项活动将长期开展。"] + _NEXT
    got = _bodies(tmp_path, page)
    (body, review), = [got[t] for t in got if "河东区" in t or "西岭镇" in t]
    assert any("headline's shape" in why and "西岭镇举办职工书法比赛" in why for why in review)


def test_a_line_read_on_with_a_word_across_is_not_said(tmp_path):
    """A paragraph a stray blank line cut inside a word (…职工技能 | (blank) | 大赛圆满落幕): the word 技能大赛 runs
    across, so nothing is said."""
    page = ["河东区举办职工技能大赛", "", "本报讯（记者郑凯）近日，河东区总工会举办职工技能", "", "大赛圆满落幕",
            "", "来自40家企业的职工参加了比赛。"] + _NEXT
    got = _bodies(tmp_path, page)
    assert not any("headline's shape" in why for why in got["河东区举办职工技能大赛"][1])


_BOARD = printed_column(["甲城举办劳模座谈会", "本报讯（记者周洁）近日，甲城总工会举办劳模座谈会，甲城机械有限公司董事、党委副书记、"
                         "工会主席李明，甲城纺织集团技术员张华等五位劳模代表参加座谈。", "与会代表表示，将立足岗位建功立业。"], 14)
_BRIEF = printed_column(["丁区开展送清凉活动", "本报讯（记者王芳）近日，丁区总工会为一线环卫工人送去防暑降温用品，受到职工欢迎。"],
                        14)


def test_a_box_no_text_places_read_on_from_an_open_sentence_into_its_headline_is_said(tmp_path):
    """A box with no blank line around it and no credit, set under the host's line …董事、党委副书记、 and over its
    rest 工会主席李明，…: nothing ties the host's line to the line under the box (two whole words meet), so no box
    is taken, and the host's sentence reads on into the box's headline (…党委副书记、丁区开展送清凉活动), a sentence
    no page printed.  A headline over a lead never goes on a story's running text: the join is kept and said.
    Before, the file said nothing."""
    at = next(k for k in range(1, len(_BOARD)) if _BOARD[k - 1].endswith("、"))
    page = _BOARD[:at] + _BRIEF + _BOARD[at:] + ["", ""] + printed_column(STORIES[1], 14) + ["", ""] \
        + printed_column(STORIES[2], 14)
    assert boxed_items(page, _width(page)) == []
    holder = next(review for body, review in _bodies(tmp_path, page).values() if "党委副书记、" in body)
    assert any("丁区开展送清凉活动" in why and "boxed inside this story's column" in why for why in holder)


def test_a_headline_over_its_lead_under_a_finished_story_is_not_said():
    """The same two stories one after the other, the first finished (…参加座谈。): a headline over a lead under a
    closed sentence opens a story, and nothing is said."""
    page = _BOARD + _BRIEF + ["", ""] + printed_column(STORIES[1], 14)
    found = paragraphs(page)
    assert not any("boxed inside" in why for why in found.doubts.values())


def test_a_headline_read_on_with_a_word_a_break_cut_is_not_said():
    """A headline-shaped line over a lead, under a line stopping inside a word it finishes (…甲城职工技 | 能大赛…),
    a word the page prints whole elsewhere (丁区技能大赛): the word runs across the break, so the join is backed by
    the text and nothing is said of it."""
    from unionnews.ingest.paragraphs.sidebar import heads_read_into
    lines = ["本报讯（记者周洁）近日，甲城", "总工会为参加比赛的甲城职工技", "能大赛选手送去慰问品", "本报讯（记者王芳）近日，丁区",
             "总工会为一线环卫工人送去防暑", "降温用品，丁区技能大赛同日开", "幕。"]
    assert heads_read_into(lines, {1: (1, 2, 3), 2: (4, 5, 6, 7)}, 14) == []
    lines[2] = "丁区开展送清凉活动"
    assert len(heads_read_into(lines, {1: (1, 2, 3), 2: (4, 5, 6, 7)}, 14)) == 1


def test_a_paragraph_read_on_into_a_headline_over_a_lead_at_the_segmenter_is_said():
    """The segmenter reads a line of a headline's shape on from a paragraph of running text that stops mid-sentence
    (…常务副主席 | 丁区环卫工 乐享送清凉), a lead under it (近日，…): a box's headline the paragraph stage left a
    paragraph of its own.  Nothing runs across, so the join is said; not where a run the page prints whole elsewhere
    does (…甲城 | 总工会… with 甲城总工会 printed on)."""
    from unionnews.ingest.paragraphs.sidebar import PageRuns
    from unionnews.ingest.segment import LEAD, TEXT, Para, Unit
    from unionnews.ingest.segment.reads import head_over_lead_read_on
    host = Para(TEXT, [Unit(1, "座谈会上，5位代表发言：甲城总工会党组书记、常务副主席")])
    head, lead = Unit(2, "丁区环卫工 乐享送清凉"), Unit(3, "近日，丁区总工会为一线环卫工人送去防暑降温用品。", cls=LEAD)
    runs = PageRuns.of([u.text for u in (*host.units, head, lead)] + ["甲城总工会负责人表示，将持续开展活动。"])
    assert "丁区环卫工 乐享送清凉" in head_over_lead_read_on(host, head, lead, lambda: runs)
    host = Para(TEXT, [Unit(1, "座谈会上，5位代表发言：党组书记、常务副主席，甲城")])
    assert head_over_lead_read_on(host, Unit(2, "总工会干部 乐享送清凉"), lead, lambda: runs) is None


def test_a_paragraph_opening_on_words_tying_it_to_the_one_before_is_running_text():
    """A paragraph's first line opening on 据了解， (words tying it to the paragraph before: no headline opens on
    them), stopping mid-sentence and read on into a headline over a lead (…今年已累计 | 南湖区开展职工健康体检 |
    本报讯…): a box's headline read into the host's sentence, said.  Before, a line this short with one clause mark
    passed for a headline's first line, and nothing was said."""
    from unionnews.ingest.paragraphs.sidebar import heads_read_into, running_paragraph
    assert running_paragraph("据了解，丁城今年已累计") and not running_paragraph("丁城今年已累计")
    lines = ["赛。", "据了解，丁城今年已累计", "南湖区开展职工健康体检", "本报讯（记者张华）近日，", "南湖区总工会为一线职工",
             "免费体检。"]
    assert len(heads_read_into(lines, {1: (1,), 2: (2, 3), 3: (4, 5, 6)}, 11)) == 1


def test_a_full_line_of_the_column_cut_at_a_comma_is_running_text():
    """A paragraph's first line that fills the column, its comma hung past it (总工会为一线职工免费体检，, 12
    characters and the comma in a column of 12), read on into a headline over a lead: the host's text read into a
    box's headline, said.  A headline is set in larger type than the text, so no headline's line holds as many
    characters as the text's full lines; before, the line passed for a headline's first piece (short, one clause
    mark), and the file held 总工会为一线职工免费体检，西城区举办读书分享会 with nothing said.  A line short of the
    column with the same wording is still no evidence."""
    from unionnews.ingest.paragraphs.sidebar import heads_read_into
    lines = ["丙城开展职工健康体检", "总工会为一线职工免费体检，", "西城区举办读书分享会", "本报讯（记者吴昊）近日，",
             "西城区总工会举办职工读书", "分享会，近200名职工参", "加。"]
    origin = {1: (1,), 2: (2, 3), 3: (4, 5, 6, 7)}
    said = heads_read_into(lines, origin, 12)
    assert len(said) == 1 and "西城区举办读书分享会" in said[0][1] and said[0][0] == 2
    lines[1] = "总工会为职工体检，"
    assert heads_read_into(lines, origin, 12) == []


def test_a_box_under_the_hosts_headline_with_its_lead_at_the_foot_says_the_label_may_be_a_headline(tmp_path):
    """A box set under the host's headline, printed without blank lines: the box's headline, then the last words
    of its lead, whose first lines the OCR read at the page's foot; then the host's lead under the box.  Both
    headlines are short lines of Chinese alone, so the host's reads as the box's column label, and the box's file
    held both stories' headlines with nothing said.  The host's lead stands with no headline: the label's file
    says the label may be a headline."""
    box_lead = BOX[1]
    cut = box_lead.index("一线环卫工人")
    lines = ([HOST[0], BOX[0]] + printed_column([box_lead[cut:], BOX[2]], 12) + printed_column(HOST[1:], 12)
             + printed_column([box_lead[:cut]], 12))
    bodies = _bodies(tmp_path, lines)
    box = bodies[BOX[0]]
    assert any(HOST[0] in why and "may be a headline" in why for why in box[1]), box[1]


def test_a_headline_with_no_lead_fenced_by_blank_lines_between_full_lines_of_a_sentence_is_a_box(tmp_path):
    """The box's lead was printed elsewhere (its headline over running text, no 本报讯), a blank line sets it off on
    both sides on a page whose blank lines part nothing else, the host's line above it fills the column and stops on
    a comma, and the line under it fills the column too: the column's width is the evidence it is for a box with its
    own lead, the blank lines saying the headline is no piece of the host's line.  Read as printed, the host's
    sentence ran on into the box's headline (…负责人表示，丁区开展送清凉活动总工会…)."""
    host = ["甲城举办读书分享会", "本报讯（记者周洁）近日，", "甲城总工会举办职工读书分", "享会，近两百名职工参加。",
            "甲城总工会负责人还表示，", "将持续开展读书活动，推动", "形成崇尚阅读的良好氛围。", "据了解，甲城今年已举办读",
            "书活动二十余场。"]
    box = printed_column(["丁区开展送清凉活动", "总工会送去防暑降温用品，受到职工欢迎。"], 12)
    page = host[:5] + [""] + box + [""] + host[5:]
    boxes = boxed_items(page, _width(page))
    assert [(b.above, b.first, b.below) for b in boxes] == [(4, 6, 6 + len(box) + 1)]
    got = _bodies(tmp_path, page)
    body, review = got["甲城举办读书分享会"]
    assert "甲城总工会负责人还表示，将持续开展读书活动" in body.replace("\n", "") and "表示，丁区" not in body
    assert any("boxed inside this story's column" in why for why in review)



def test_a_fenced_run_whose_first_line_ends_on_a_particle_is_the_hosts_own_text():
    """The same fence around the host's own text (…负责人还表示，不仅 | (blank) | 要让职工读好书的 | 习惯养成… |
    (blank) | 将持续…): its first line ends on 的, and no headline ends on a particle, so the run is no box (one
    engine's blank lines around a stretch set narrower beside a picture had it moved out of its own story)."""
    host = ["甲城举办读书分享会", "本报讯（记者周洁）近日，", "甲城总工会举办职工读书分", "享会，近两百名职工参加。",
            "甲城总工会负责人还表示，", "将持续开展读书活动，推动", "形成崇尚阅读的良好氛围。", "据了解，甲城今年已举办读",
            "书活动二十余场。"]
    run = ["更是对职工读书成果的", "一次检验和推广。"]
    page = host[:5] + [""] + run + [""] + host[5:]
    assert boxed_items(page, _width(page)) == []


def test_a_fenced_run_whose_first_line_leaves_a_single_quote_open_is_the_hosts_own_text():
    """The same fence around the host's text whose first line leaves a single quote open (…负责人还表示， |
    (blank) | 更要‘随时享’‘贴心 | 服务’，… | (blank) | 将持续…): a headline closes what it quotes, so the run is no box
    (moved out, it was read as an item of its own after the page's last story)."""
    host = ["甲城举办读书分享会", "本报讯（记者周洁）近日，", "甲城总工会举办职工读书分", "享会，近两百名职工参加。",
            "甲城总工会负责人还表示，", "将持续开展读书活动，推动", "形成崇尚阅读的良好氛围。", "据了解，甲城今年已举办读",
            "书活动二十余场。"]
    for run in (["更要‘随时享’‘贴心", "服务’，让职工倍感温暖。"], ["更要'随时享''贴心", "服务'，让职工倍感温暖。"]):
        page = host[:5] + [""] + run + [""] + host[5:]
        assert boxed_items(page, _width(page)) == []

def test_a_headline_filling_the_column_fenced_by_blank_lines_inside_a_lead_is_said(tmp_path):
    """The same box with a headline filling the column and no mark on the line under it (丁区开展夏季送清凉活动 |
    总工会为环卫工人送去防暑…), under the host's lead stopping on its comma: by its shape the headline is a line of
    running text, and only the blank lines set the run off.  It is left as printed, and the host's paragraph, read
    on into the headline, says so: read on unsaid it was one sentence no page printed, two stories in one file."""
    host = ["甲城举办读书分享会", "本报讯（记者周洁）近日，", "甲城总工会举办职工读书分", "享会，近两百名职工参加。",
            "据了解，甲城今年已举办读", "书活动二十余场。", "甲城总工会负责人表示，将把", "这项工作办成职工身边的实事。"]
    box = ["丁区开展夏季送清凉活动", "总工会为环卫工人送去防暑", "降温用品，价值五万余元。"]
    page = host[:2] + [""] + box + [""] + host[2:]
    boxes = boxed_items(page, _width(page))
    assert [(b.above, b.first, b.below, b.moved) for b in boxes] == [(1, 3, 7, False)]
    got = _bodies(tmp_path, page)
    body, review = got["甲城举办读书分享会"]
    assert "近日，丁区开展夏季送清凉活动总工会" in body.replace("\n", "")  # (read as printed)
    assert any("inside the sentence of line 2" in why for why in review)


def test_a_box_between_a_headlines_two_pieces_a_word_ties_is_moved_on_a_rewrapped_page(tmp_path):
    """A page re-wrapped at any width, blank lines parting its paragraphs: the box, with its own headline and
    lead, stands between a headline's two pieces (乙城职工运动会开 | box | 幕), the rest right over its lead.  Read
    as printed, the first piece was a kicker over the box's headline (two stories under one label) and 幕 the
    host's headline; the word a line break cut (开幕) ties the two pieces, so the box is taken out."""
    page = ["乙城职工运动会开", "", "丁区开展送清凉活动", "", "本报讯（记者王芳）近日，丁区总工会为一线环",
            "卫工人送去防暑降温用品，受到职工欢迎。", "", "幕", "",
            "本报讯（记者吴昊）近日，乙城总工会举办第十届职工运动会，来自60家单位的800名运动员参赛。", "", "",
            "甲城举办读书分享会", "", "本报讯（记者周洁）近日，甲城总工会举办职工读书分享会，近两百名职工参加。"]
    boxes = boxed_items(page, _width(page))
    assert [(b.above, b.first, b.below) for b in boxes] == [(0, 2, 7)] and "开幕" in boxes[0].why
    got = _bodies(tmp_path, page)
    assert "乙城" in got["乙城职工运动会开幕"][0]
    body, review = got["丁区开展送清凉活动"]
    assert "乙城" not in body and any("read inside another story's column" in why for why in review)


def test_a_lead_with_no_headline_fenced_by_blank_lines_ending_on_a_short_line_is_said(tmp_path):
    """A brief printed with no headline (its lead first), a blank line around it, inside the host's sentence (…来自
    60 | box | 家单位的…), its last line short of the column and ending nothing: a column's line goes on at its next
    only where it fills the column, so the line under the box is not the brief's, and read on, the brief's open
    sentence and the host's rest made one sentence no page printed.  Nothing in the text ties the host across it
    (a number and a classifier), so it is left as printed and said at the host's rest."""
    host = ["甲城职工运动会开幕", "本报讯（记者周洁）近日，甲城", "总工会举办第十届运动会，来自60", "家单位的800名运动员参赛。",
            "甲城总工会负责人表示，将把", "这项工作办成职工身边的实事。"]
    box = ["本报讯（记者郑凯）近日，丙城", "总工会在城区新建10家工会驿", "站，为快递员、外卖骑手等"]
    page = host[:3] + [""] + box + [""] + host[3:]
    boxes = boxed_items(page, _width(page))
    assert [(b.above, b.first, b.below, b.moved) for b in boxes] == [(2, 4, 8, False)]
    got = _bodies(tmp_path, page)
    said = [why for _, review in got.values() for why in review if "inside the sentence of line 3" in why]
    assert said and all(any("inside the sentence of line 3" in why for why in review)
                        for body, review in got.values() if "家单位的800名" in body)


def test_a_run_stray_blank_lines_fence_is_no_box_where_it_holds_a_headline_or_a_paragraph_opens_under_it():
    """Two stray blank lines fence a run of the host's own text: no box where the run holds another item's headline,
    or where the line under it opens a paragraph (此外，…): a box's text is one short item, and the host's sentence
    does not go on so."""
    host = ["甲城举办读书分享会", "本报讯（记者周洁）近日，", "甲城总工会举办职工读书分", "享会，近两百名职工参加。",
            "甲城总工会负责人还表示，", "将持续开展读书活动，推动", "形成崇尚阅读的良好氛围。", "据了解，甲城今年已举办读",
            "书活动二十余场。"]
    box = ["丁区开展送清凉活动", "总工会送去防暑降温用品，", "受到职工欢迎。"]
    assert boxed_items(host[:5] + [""] + box + [""] + host[5:], 12)  # (the box, as a check on the page)
    assert not boxed_items(host[:5] + [""] + box[:1] + ["## 丙城开展读书活动"] + box[1:] + [""] + host[5:], 12)
    assert not boxed_items(host[:5] + [""] + box + [""] + ["此外，还将持续开展读书活"] + host[6:], 12)


def test_a_box_headline_over_its_lead_set_into_a_wrapped_sentence_is_no_part_of_it():
    """Re-wrapped paragraphs parted by blank lines, a box set into a sentence with no blank line above its headline
    (…办成职工身边 | 丁区开展送清凉活动 | (blank) | 本报讯（…）…站点。 | 的实事。): the sentence ran on into the box's
    headline (…职工身边丁区开展送清凉活动, a sentence the page never printed) and the box's lead on into the host's
    rest (…站点。的实事。).  A headline-shaped line over a lead with its credit is the box's headline, whatever the
    line above it leaves open; and a line no sentence begins with never follows a finished one."""
    lines = ["甲城举办职工技能大赛", "", "本报讯（记者周洁）近日，甲城总工会举办职工技能大赛，来自甲城各企业的两百余名职工参",
             "加比赛。", "", "甲城总工会负责人表示，将把这项工作办成职工身边", BOX[0], "", BOX[1][:44], BOX[1][44:],
             "的实事。", "", "“这样的", "活动办到了我们心坎", "上。”甲城一名职工说。", "", ""]
    lines += ["乙城举办读书分享会", "", "本报讯（记者吴昊）近日，乙城总工会举办职工读书分享", "会，近200名职工参加。", ""]
    found = paragraphs(lines)
    assert found.layout == "wrapped"
    texts = [p.text for p in found.paragraphs]
    assert "甲城总工会负责人表示，将把这项工作办成职工身边" in texts and BOX[0] in texts and "的实事。" in texts


def test_a_host_line_opening_on_words_that_refer_back_is_running_text_over_a_box():
    """A re-wrapped host paragraph whose first line, alone between blank lines, has a headline's shape (此次活动是甲城
    总工会与市红十字会), over a box closing on its credit, and the host's rest under it: a headline never opens on
    words that refer back to the text above (此次, 对此…), so the line is running text stopping mid-sentence, and
    the box is taken out of the sentence."""
    lines = ["甲城举办职工技能大赛", "", "本报讯（记者周洁）近日，甲城总工会举办职工技能大赛，来自甲城各企业的两百余名职工参",
             "加比赛。", "", "此次活动是甲城总工会与市红十字会", "", BOX[0], "", BOX[1][:40], BOX[1][40:], "", BOX[2], "",
             "共同开展的公益募捐活动，依托红十字会公益项目，借助互联网渠道发布认领清单筹措善款。", "", "",
             "乙城举办读书分享会", "", "本报讯（记者吴昊）近日，乙城总工会举办职工读书分享", "会，近200名职工参加。", ""]
    boxes = boxed_items(lines, None)
    assert [(b.above, b.below) for b in boxes] == [(5, 14)]
    assert "credit" in boxes[0].why


def test_a_list_cut_or_a_subtitle_cut_over_a_lead_is_no_box_headline_under_a_sentence():
    """The box rule above reads a headline-shaped line over a lead as a box's headline whatever the line above it
    leaves open, but not where the break cut a list's last item (据了解，协作单位包括市人社局、市 | 总工会和市红十字会等九家单位
    over a lead: the list goes on there), nor under a headline's own first piece (1438名职工 | 获赠医疗互助保障 over
    its lead: a subtitle the wrap cut).  Both stay one paragraph."""
    tail = ["", "本报讯（记者吴昊）近日，乙城总工会举办职工读书分享", "会，近200名职工参加。", ""]
    listed = ["甲城举办职工技能大赛", "", "本报讯（记者周洁）近日，甲城总工会举办职工技能大赛，来自甲城各企业的两百余名职工参",
              "加比赛。", "", "据了解，协作单位包括市人社局、市", "总工会和市红十字会等九家单位"] + tail
    texts = [p.text for p in paragraphs(listed).paragraphs]
    assert "据了解，协作单位包括市人社局、市总工会和市红十字会等九家单位" in texts
    subtitle = ["甲城举办职工技能大赛", "", "本报讯（记者周洁）近日，甲城总工会举办职工技能大赛，来自甲城各企业的两百余名职工参",
                "加比赛。", "", "", "乙城新丰县总工会筑牢职工健康防护网", "", "1438名职工", "获赠医疗互助保障"] + tail
    texts = [p.text for p in paragraphs(subtitle).paragraphs]
    assert "1438名职工获赠医疗互助保障" in texts
