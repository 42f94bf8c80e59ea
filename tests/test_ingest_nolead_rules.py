"""Pages printed without 本报讯 markers (a wire story, a reprint, a feature: ``nolead`` in tests/variants.py):
the headline stands directly on plain text, and nothing but the text's form says where an item's lead
begins.  Made-up pages, each failing before the rule it names."""
from __future__ import annotations

from test_ingest_tiny import _import, _mixed_without_review
from unionnews.ingest.segment import make_units

ABOVE = ["甲城举办职工技能大赛", "", "", "9月2日，甲城总工会举办职工技能大赛，两百余名职工参加比赛。", "",
         "比赛设焊工、电工等多个项目，甲城职工在赛场上比拼技能。", "", "", ""]


def _under_above(tmp_path, lines: list[str]) -> dict:
    """The article of ``lines`` imported under the finished 甲城 story (:data:`ABOVE`), no file mixing stories."""
    articles = _import("\n".join(ABOVE + lines) + "\n", tmp_path)
    assert _mixed_without_review(articles) == []
    return next(a for a in articles if not a["head"].startswith("甲城"))


def test_a_cut_first_line_of_a_lead_under_a_title_and_subtitle_leaves_them_one_headline_block(tmp_path):
    """A title and its subtitle (乙城工会建成职工健身驿站 | 十家驿站全天开放服务周边职工) after a finished story,
    over a lead that opens on a quote and whose first printed line the OCR set apart (“下班后来这里锻炼一会儿，能有 |
    个放松的地方…).  The cut line is short and ends on no mark, a headline's length, so the block was refused
    (the text under a block must begin a sentence as text does); the title stood alone and the subtitle became
    the story's first paragraph.  A short line with a comma inside that runs on into a character no sentence
    begins with is text: the block is the item's headline."""
    second = _under_above(tmp_path, [
        "乙城工会建成职工健身驿站", "", "十家驿站全天开放服务周边职工", "", "“下班后来这里锻炼一会儿，能有", "",
        "个放松的地方，感觉特别好。”乙城职工李明说。近日，乙城总工会在城区建成十家职工健身驿站。", "", "驿站配备健身器材和饮水机等设施。"])
    assert second["head"] == "乙城工会建成职工健身驿站十家驿站全天开放服务周边职工"
    assert second["body"].startswith("“下班后来这里锻炼一会儿，能有个放松的地方")


def test_a_lead_without_a_marker_read_twice_around_its_subtitle_is_set_aside_once(tmp_path):
    """The OCR read a lead's first line, then the headline's subtitle, then the whole lead again (乙县总工会… |
    近日，乙县总工会为十家企业五百名职工 | 五百名职工获赠健康体检 | 近日，乙县总工会为十家企业五百名职工赠送…), with no 本报讯
    marker to tell the two reads.  The subtitle was read as text and ran on with both reads into one sentence
    the page never printed (…五百名职工五百名职工获赠健康体检近日，…).  A line opening as a lead on its date
    or 近日 under the title, and a line opening so under the subtitle whose words are mostly the same, are two
    reads of one lead: the first is set aside (unplaced, said in the review), the subtitle is the headline's."""
    second = _under_above(tmp_path, [
        "乙县总工会关爱一线职工健康", "", "近日，乙县总工会为十家企业五百名职工", "", "五百名职工获赠健康体检", "",
        "近日，乙县总工会为十家企业五百名职工赠送健康体检服务，覆盖环卫、快递等行业。", "", "乙县总工会还为职工建立了健康档案。"])
    assert second["head"] == "乙县总工会关爱一线职工健康五百名职工获赠健康体检"
    assert second["body"].startswith("近日，乙县总工会为十家企业五百名职工赠送")
    assert any("read this lead twice" in r for r in second["review"])
    unplaced = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "content").rglob("*.md")
                       if "_unplaced" in p.parts)
    assert "近日，乙县总工会为十家企业五百名职工" in unplaced


def test_a_dated_lead_line_read_inside_another_storys_open_text_is_a_displaced_lead():
    """On a page without markers the first line of a lead (近日，乙省果) stands right under another story's open
    text (本次活动以“跨区域联动、聚工会合力、), its sentence going on under its headline (洛州总工会举办…).  Read as
    that text going on, it took the open quote above as its own (so it "closed" the quote far away and its own
    join was its quotes "not pairing"), and nothing let it jump to its headline.  A line opening as a lead on
    its date or 近日 begins its story's quotes, and, stopping mid-sentence after open text, is a displaced lead."""
    from unionnews.ingest.pageview import Page
    from unionnews.ingest.scores import Scorer

    lines = ["果洛州搭建跨区域工会交流平台", "", "洛州总工会举办“红心向党，建新功", "", "工会联谊谱新篇”座谈交流活动。", "", "", "",
             "本次活动以“跨区域联动、聚工会合力、", "", "近日，乙省果", "", "加强与驻京装备制造企业协作。"]
    page = Page(make_units(lines, None))
    assert page.unmarked_lead(11)
    assert not page.unmarked_lead(9)
    ev = Scorer(page).score(11, 3)
    assert ev.score >= 5 and "against" not in ev.kinds, ev.reasons


def test_a_character_alone_under_a_list_left_open_is_no_rest_of_it():
    """Lines re-broken at any width with stray blank lines: a character alone after a line that stops
    mid-sentence is that line's rest (…能 | 有), but not under a list left open that it neither closes nor
    finishes a word with (…乙省人社厅、省总工会 | 日): the list goes on at its closer (等相关部门…), and the
    character is what a lead keeps of its date when the page prints no 本报讯 credit."""
    from unionnews.ingest.paragraphs import paragraphs

    lines = ["甲局工匠学院由甲局与乙市技师学院", "共建。乙省人社厅、省总工会", "", "", "日", "", "", "前，甲局工匠学院揭牌",
             "仪式在乙市技师学院举行。"]
    texts = [p.text for p in paragraphs(lines).paragraphs]
    assert texts[0].endswith("乙省人社厅、省总工会"), texts
    assert not any("省总工会日" in t for t in texts), texts


def test_a_subtitle_naming_the_headlines_subject_stays_apart_from_a_lead_opening_on_its_time():
    """A page read in order, lines re-broken at any width, blank lines at random: the subtitle names the title's
    subject again (《甲乙工匠助企行合作倡议书》发布 | 甲乙工匠携手传“匠艺”), which is how a story's first sentence,
    cut by a stray blank line, reads under its headline; so the blank under it was bridged and the subtitle ran
    into the lead with no marker (…传“匠艺”今天，在甲城…: a sentence the page never printed).  A line whose first
    clause is only its time (今天，) begins a sentence: the line above it is no piece of that sentence."""
    from unionnews.ingest.paragraphs import paragraphs

    lines = ["（本报甲城9月25日电）", "", "", "", "《甲乙工匠助企行合作倡议书》发布", "", "", "甲乙工匠携手传“匠艺”", "",
             "今天，在甲城举办的工匠论坛上，甲乙两地工会", "发布《倡议书》，推出系统性合作方案。"]
    texts = [p.text for p in paragraphs(lines, bridge=True).paragraphs]
    assert "甲乙工匠携手传“匠艺”" in texts, texts


def test_a_lead_keeping_only_its_times_first_character_goes_under_its_headline(tmp_path):
    """With no 本报讯 credit, a lead's first printed line may hold only its time's first character (日), and the
    OCR read it at the foot of the column, after the story's own line left open (…乙省人社厅、省总工会 | 日), the
    lead's rest (前，甲局工匠学院…) right under its headline.  A character alone has a headline's shape, so the
    join 日 | 前 weighed as a headline running on, lost, and 日 was read into the next story's headline
    (日丙市总工会为职工送温暖) while the story began 前，….  A line keeping only a lead's time's first characters
    that the line under a headline finishes as a lead's opening (日 | 前，: 日前) is that lead's line, and no
    other line's sentence goes on at it."""
    articles = _import("\n".join(ABOVE + [
        "甲局与乙市技师学院共建的工匠学院揭牌成立", "", "前，甲局工匠学院揭牌仪式在乙市技师学院举行，标志着学院正式进入", "",
        "实质性建设阶段。", "", "等相关部门将在技能认定、培训开展等方面给予学院重点支持。", "",
        "甲局工匠学院由甲局与乙市技师学院共建。乙省人社厅、省总工会", "", "日", "", "", "",
        "丙市总工会为职工送温暖", "", "近日，丙市总工会走访慰问一线职工两百余人，送去慰问品。", "",
        "丙市总工会还为职工建立了困难档案。"]) + "\n", tmp_path)
    assert _mixed_without_review(articles) == []
    heads = {a["head"]: a["body"] for a in articles}
    assert heads["丙市总工会为职工送温暖"].startswith("近日，丙市总工会"), heads
    body = heads["甲局与乙市技师学院共建的工匠学院揭牌成立"]
    assert body.startswith("日前，甲局工匠学院揭牌仪式"), body
    assert "省总工会等相关部门" in body
