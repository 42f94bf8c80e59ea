"""Rules for a page re-wrapped at any width with no blank line between paragraphs, read a line a paragraph
for the reading-order stage (``paragraphs(each_line=True)``, :attr:`unionnews.ingest.pageview.Page.pieces`).

A re-wrap breaks a paragraph's text wherever its width runs out: between two words or inside a word.  So a
line's shape (short, no comma) and a dictionary word across its edge say less than on a printed column, and the
rules that read them are checked here on made-up text, each against the same lines elsewhere.
"""
from __future__ import annotations

from unionnews.ingest.pageview import Page
from unionnews.ingest.reorder import sentence_joins
from unionnews.ingest.scores import Scorer
from unionnews.ingest.segment import make_units

HEADLINE = "it may be a headline, which does not run on"


def _scorer(lines: list[str], pieces: bool = True) -> Scorer:
    return Scorer(Page(make_units(lines, None), pieces=pieces))


def test_a_line_beginning_with_the_rest_of_a_word_the_line_above_cut_is_no_headline():
    # …纪念世界反法西 | 斯战争胜利80周年专门创作编排 | 一台晚会…: the second line has a headline's shape, but it
    # begins with 斯, the rest of 反法西斯 the line above cut; no headline begins inside a word
    lines = ["本报讯（记者任远）近日，为纪念世界反法西", "斯战争胜利80周年专门创作编排", "一台文艺晚会在甲城上演。"]
    scorer = _scorer(lines)
    assert not scorer._headline(2)
    assert HEADLINE not in scorer.score(2, 3).reasons
    # after a finished sentence, over a sentence's start, it may be one: nothing runs into it
    ended = _scorer(["本报讯（记者任远）近日，甲城举办职工文艺汇演。", lines[1], "甲城职工踊跃参加。"])
    assert ended._headline(2)


def test_a_headline_after_text_that_ends_on_a_whole_word_stays_a_headline():
    # …两百余名职工参加 | 甲城举办职工技能大赛: the line above ends on a whole word, the line begins on one
    lines = ["本报讯（记者任远）近日，乙城总工会举办读书会，两百余名职工参加", "甲城举办职工技能大赛",
             "本报讯（记者周洁）近日，甲城总工会举办职工技能大赛。"]
    assert _scorer(lines)._headline(2)


def test_a_far_word_across_is_no_evidence_where_the_files_own_join_reads_a_word_too():
    # …全市汽车企业生产 | 线覆盖率… (生产线) and, lines away, …生产 | 型企业职工书屋… (生产型): on a re-wrapped page
    # either reading of the edge comes as easily; the far one does not move the line
    lines = ["甲城总工会负责人介绍，全市汽车企业生产", "线覆盖率超过五成。", "乙城总工会今年新建",
             "型企业职工书屋三十家。"]
    word = "the word 生产型 spans the join"
    assert word not in _scorer(lines).score(1, 4).reasons
    assert word in _scorer(lines, pieces=False).score(1, 4).reasons


OBJECT = "first clause reads as the object of 针对"


def test_a_line_stopping_on_a_preposition_goes_on_at_the_one_line_whose_first_clause_is_its_object():
    # …例如，针对 | (the object, a noun phrase closed by 的特点 and a comma): no word spans the cut after 针对, the
    # object's shape is what ties the two; a clause that ends its sentence, or holds a verb, is no object
    lines = ["本报讯（记者任远）今年以来，甲城总工会着力打造服务品牌。例如，针对",
             "近年来，乙城总工会新建驿站十家。",
             "外卖骑手工作时间不固定的特点，甲城总工会将十家驿站改为全天开放。",
             "造了触手可及的服务圈。",
             "技能课堂等特色功能区，满足职工需求。"]
    scorer = _scorer(lines)
    assert any(OBJECT in r for r in scorer.score(1, 3).reasons)
    assert not any(OBJECT in r for n in (2, 4, 5) for r in scorer.score(1, n).reasons)
    assert not any(OBJECT in r for r in _scorer(lines, pieces=False).score(1, 3).reasons)


def test_an_object_read_on_across_a_headline_shaped_piece_makes_it_text():
    # …针对 | 外卖骑手工作时间不固定 | 的特点，…: the object runs through a line of a headline's shape to its comma
    lines = ["本报讯（记者任远）今年以来，甲城总工会着力打造服务品牌。例如，针对",
             "近年来，乙城总工会新建驿站十家。",
             "外卖骑手工作时间不固定",
             "的特点，甲城总工会将十家驿站改为全天开放。"]
    scorer = _scorer(lines)
    assert any(OBJECT in r for r in scorer.score(1, 3).reasons)
    assert HEADLINE not in scorer.score(3, 4).reasons
    assert any("the object of 针对 reads on to its comma" in r for r in scorer.score(3, 4).reasons)


def test_two_lines_that_read_as_the_object_tell_nothing_between_them():
    lines = ["本报讯（记者任远）今年以来，甲城总工会着力打造服务品牌。例如，针对",
             "外卖骑手工作时间不固定的特点，甲城总工会将十家驿站改为全天开放。",
             "货车司机长途驾驶的问题，乙城总工会开设了服务站。"]
    scorer = _scorer(lines)
    assert not any(OBJECT in r for n in (2, 3) for r in scorer.score(1, n).reasons)


def test_the_classifier_ge_cannot_follow_a_noun_or_a_preposition():
    # 个 counts what a numeral, a demonstrative or a verb names: …能有 | 个亮灯… reads, …生产中的痛点 | 个亮灯… does not
    lines = ["本报讯（记者任远）“深夜下班后，能有", "技术工人直指生产中的痛点",
             "个亮灯、暖和的地方歇歇脚，真暖心。”"]
    scorer = _scorer(lines)
    assert "against" in scorer.score(2, 3).kinds
    assert "against" not in scorer.score(1, 3).kinds


def test_a_list_left_open_does_not_end_on_a_bare_verb():
    # …心理舒缓室、 | 展开。…: after 、 comes the next item; a list's last item may end the sentence (…水果、 | 茶叶。)
    lines = ["驿站还设有法律援助咨询室、心理舒缓室、", "展开。甲城总工会还将继续推进。", "茶叶。甲城总工会还将继续推进。"]
    scorer = _scorer(lines)
    assert "against" in scorer.score(1, 2).kinds
    assert "against" not in scorer.score(1, 3).kinds


def _table(lines: list[str], pieces: bool = True):
    from unionnews.ingest import continuity as ct
    from unionnews.ingest.readings import Join

    page = Page(make_units(lines, None), pieces=pieces)
    scorer, table = Scorer(page), {}
    for a in page.by_no:
        for b in page.by_no:
            if a != b and page.is_open(a) and page.is_text(b):
                ev = scorer.score(a, b)
                table[a, b] = Join(a, b, ev.score, ev.reasons, ev.kinds, ct.needs_more(page.by_no[a].text))
    return page, table


def test_a_line_end_that_makes_words_with_several_far_lines_shows_no_cut_word():
    # …深夜跑单 | 程公司… (单程) and …深夜跑单 | 级驿站… (单级): a character standing alone at a re-wrapped line's end
    # that makes a word with two far lines' first characters makes them by chance; one such word may be a cut word
    from unionnews.ingest.reorder import _cut_many

    lines = ["本报讯（记者任远）“深夜跑单", "结束，能有个地方歇脚真好。”", "甲城举办职工技能大赛", "程公司十名职工参加。",
             "乙城工会在", "级驿站开展活动。"]
    assert _cut_many(*_table(lines)) == {1}
    assert _cut_many(*_table(lines[:4])) == set()
    assert _cut_many(*_table(lines, pieces=False)) == set()
    # …新建、升 | 级覆盖… (升级) and …新建、升 | 力打造… (升力): the word a thousand times as common is the cut one
    common = ["本报讯（记者任远）近年来，甲城总工会新建、升", "结束了驿站少的局面。", "甲城举办职工技能大赛",
              "级覆盖城区的驿站十家。", "乙城工会在", "力打造服务品牌。"]
    assert _cut_many(*_table(common)) == set()


def test_a_headline_shaped_piece_between_a_line_held_open_and_a_particle_is_text():
    # …电工证、焊工证、 | 叉车操作证等资格证书 | 的培训与考核工作。: the line above asks for the list's next item, the
    # line below cannot begin a sentence; no headline stands between, and the line after the piece is not cut
    # loose from it (contested, not an orphan), so its sentence goes on at the file's own next line
    lines = ["本报讯（记者任远）近日，甲城总工会为职工开设技能课堂，承担电工证、焊工证、", "叉车操作证等资格证书",
             "的培训与考核工作。", "乙城职工运动会开幕", "本报讯（记者周洁）近日，乙城职工运动会开幕。"]
    scorer = _scorer(lines)
    assert not scorer._headline(2)
    assert HEADLINE not in scorer.score(2, 3).reasons
    assert scorer.status[3] == "contested"
    # held open on a particle (…企事业单位的) or a preposition (…，将) as well
    for above in ("本报讯（记者任远）近日，甲城总工会推动企事业单位的", "本报讯（记者任远）近日，这份手册如同一张施工图，将"):
        assert not _scorer([above, lines[1], lines[2]])._headline(2)
    # a comma is not enough: a column's piece read out of order ends on one before another story's headline
    comma = ["本报讯（记者任远）近日，甲城总工会推动各级工会互学互鉴，形成工作合力，", "乙城成立工匠学院",
             "和产教融合创新平台。"]
    assert _scorer(comma)._headline(2)


def test_a_headline_shaped_piece_after_a_comma_over_a_particle_that_runs_on_is_text():
    # …培育模式，同时， | 邀请两名焊接行业 | 的资深工匠结对指导青年职工，每季度考核一次。: a re-wrap cuts a sentence after
    # any word, a comma as well, and the line below begins on a particle standing alone and runs on past its first
    # clause: no story's text under a headline begins so, so the short line is a piece, and the line after it goes
    # on from it (contested, not an orphan a far line may take on its form alone)
    lines = ["本报讯（记者任远）近日，甲城总工会试行“一带二”培育模式，同时，", "邀请两名焊接行业",
             "的资深工匠结对指导青年职工，每季度考核一次。", "乙城职工运动会开幕", "本报讯（记者周洁）近日，乙城职工运动会开幕。"]
    scorer = _scorer(lines)
    assert not scorer._headline(2)
    assert scorer.status[3] == "contested"
    assert HEADLINE not in scorer.score(2, 3).reasons
    assert "a headline-like line" not in scorer.score(1, 2).reasons
    # over a one-clause tail that ends the sentence (…的资深工匠。) the short line may be a headline over a piece the
    # OCR set apart, as after the column piece above: read as before
    tail = _scorer(lines[:2] + ["的资深工匠。"])
    assert tail._headline(2) and tail.status[3] == "orphan"
    # on a printed column the line keeps its headline's shape
    assert _scorer(lines, pieces=False)._headline(2)


def test_a_word_the_ocr_spread_with_a_space_is_whole_at_a_join():
    # …文艺晚会在全 市 | 级覆盖…: the OCR printed 全市 with a space in it (a justified line); 市 is no word of its own
    # there, so no word 市级 is made across the join, while …新建、升 | 级覆盖… still reads 升级 (升 stands alone)
    from unionnews.ingest import continuity as ct

    assert ct.word_across("本报讯 近日，甲城文艺晚会在全 市", "级覆盖城区的驿站") is None
    assert not ct.cut_off("本报讯 近日，甲城文艺晚会在全 市", "级覆盖城区的驿站")
    assert ct.word_across("近年来，甲城总工会新建、升", "级覆盖城区的驿站") == "升级"


def test_a_quote_opened_on_the_line_before_is_read_for_its_kind():
    # “我们想改进 | 职工服务方式，却因缺乏场地和跨企业 | …: someone's words, opened after 说： on the line before A;
    # 促职工共赢”为核心 closes a quoted term inside its sentence, so it is no evidence that A goes on there
    lines = ["本报讯（记者任远）甲城总工会副主席王某说：“我们想改进", "职工服务方式，却因缺乏场地和跨企业",
             "交流机会，难以开展。”", "本次活动以“跨区域联动、聚工会合力、", "乙城职工运动会开幕",
             "促职工共赢”为核心，打破区域壁垒。"]
    scorer = _scorer(lines)
    assert "closes the quote line 2 leaves open" not in scorer.score(2, 6).reasons
    assert "closes the quote line 4 leaves open" in scorer.score(4, 6).reasons


def test_a_piece_whose_sentence_began_elsewhere_leaves_open_what_that_line_left_open():
    # a lead read at the page's foot opens a quotation (…“每天送完件，能有) that goes on at a piece under the
    # headline (个温馨的地方坐一坐，) and closes one wrap line further on (…特别踏实。”甲城): the piece prints no quote
    # mark and begins where no sentence begins, so what it leaves open is what the lead left open, not "none";
    # read as none, the line below it that closes the quote could not go on from it, and the lead took that line
    lines = ["甲城工会驿站暖了快递员的心", "个温馨的地方坐一坐，喝杯热", "茶，心里特别踏实。”甲城",
             "的快递员王强说。", "本报讯（记者任远）“每天送完件，能有"]
    scorer = _scorer(lines)
    ev = scorer.score(2, 3)
    assert "against" not in ev.kinds and ev.score >= 3.0
    assert scorer.score(5, 2).score > scorer.score(5, 3).score  # the lead goes on at the piece its words finish
    # a piece that may begin a sentence (甲城…) is read from its own text, as before: it opens no quote
    own = _scorer(["甲城工会驿站暖了快递员的心", "甲城快递员在驿站坐一坐，喝杯热", "茶，心里特别踏实。”甲城",
                   "的快递员王强说。"])
    assert "against" in own.score(2, 3).kinds


# a made-up story re-wrapped with no blank lines: the OCR read its column pieces out of order, and the re-wrap cut
# the piece 快递配送员等夜间工作的劳动者休憩。 before 的, so its first line has a headline's shape
TAIL_PAGE = ["本报讯（记者任远）近日，甲城总工会着力打造职工服务品牌。",
             "针对快递配送员等新就业形态劳动者工作时间不固定的特点，甲城总工会将十家驿站改为全天开放，方便",
             "近年来，乙城总工会新建职工书屋十家。",
             "书屋藏书丰富，深受职工欢迎。",
             "快递配送员等夜间工作",
             "的劳动者休憩。"]


def test_a_piece_whose_next_line_is_its_sentences_one_clause_tail_is_no_headline():
    # …夜间工作 | 的劳动者休憩。: the line under it begins with a particle standing alone and ends the sentence in
    # one clause; the two are one sentence's end, cut between two words
    assert not _scorer(TAIL_PAGE)._headline(5)
    # a headline over a piece read out of place that runs on past its first clause stays a headline
    head = ["甲城职工踊跃参加。", "甲城工会服务站点增设特色功能区", "个暖和的地方歇歇脚，喝口热水，感觉特别暖心。"]
    assert _scorer(head)._headline(2)
    # and on a page whose lines are no wrap pieces the rule says nothing
    assert _scorer(TAIL_PAGE, pieces=False)._headline(5)


def test_a_line_stopped_short_goes_on_at_the_piece_whose_tail_repeats_its_wording():
    # …全天开放，方便 goes on at 快递配送员等夜间工作 (its wording, read on across the tail 的劳动者休憩。, repeats
    # the text before A), not at the tail itself, which would read 方便的劳动者休憩。
    joins = sentence_joins(Page(make_units(TAIL_PAGE, None), pieces=True))
    assert joins[5].b == 6
    assert joins[2].b == 5 and joins[2].weak


NO_PAIR = "its quotes would not pair"


def test_a_straight_mark_beginning_a_piece_closes_the_quote_the_line_before_left_open_between_two_words():
    # …建立"成果联评+激励保障 | "机制，让…: a page printed with straight quotes, re-wrapped right before the mark
    # that closes the term.  Read as it stands in the sentence (障"机, between two words) the mark may close the
    # quote; read as a line's first mark it opened one more, the file's own join "would not pair" and a far line
    # whose mark after 以 was taken to close the term (本次活动以"跨区域…) took the line's place
    lines = ['为激发职工创新积极性，甲城总工会建立"成果联评+激励保障', '"机制，让职工创新成果既能"评得出"。',
             '乙城总工会举办座谈交流活动。本次活动以"跨区域联动、聚工会合力、', '促职工共赢"为核心。']
    scorer = _scorer(lines)
    own = scorer.score(1, 2)
    assert NO_PAIR not in own.reasons, own.reasons
    assert own.score > scorer.score(1, 3).score
    # a quotation that begins its own paragraph (…老带新 | "人才培养…) fits as well, but is no evidence either
    quoted = _scorer(['甲城总工会聚焦"人才梯队建设""老带新', '"人才培养不仅要靠师傅领头带新，也要给年轻人空间。"'])
    assert not any("closes the quote" in r for r in quoted.score(1, 2).reasons)


def test_a_straight_mark_after_a_comma_still_opens_a_quotation():
    # after a clause mark the mark opens (…他说， | "我们…): a quote open on the line before cannot take it
    from unionnews.ingest import continuity as ct
    assert ct.quote_fit((True, False), '"以前招个懂技术的工人很难，', False, "，") < 0
    assert ct.quote_fit((True, False), '"机制，让职工创新成果既能"评得出"', True, "障") >= 0


# a made-up page re-wrapped with no blank lines: story X's sentence …集团检修工 | 程公司安全员… was read apart by the
# OCR, and story Y's headline (工地上的安全课) and dated lead stand between its two pieces; the re-wrap cut 工程 so
# that the piece after the cut has a headline's shape
CUT_HEAD_PAGE = ["本报讯（记者任远）近日，乙市建设集团举办安全培训。",
                 "培训结束后，集团检修工",
                 "工地上的安全课",
                 "11月5日上午，甲城总工会在",
                 "程公司安全员",
                 "张强现场讲解操作规范，职工们认真听讲。",
                 "成都市职工培训中心举行安全生产月启动仪式。"]
HEADLINE_LIKE = "a headline-like line"


def test_a_headline_shaped_piece_beginning_on_the_rest_of_a_word_a_far_line_cut_is_no_headline():
    # 程公司安全员 begins on 程, a word of nothing where it is printed, that 检修工's last character makes 工程 with:
    # a headline begins on a whole word of its own, so the far line's sentence goes on there, and Y's headline
    # stays out of X's text
    scorer = _scorer(CUT_HEAD_PAGE)
    ev = scorer.score(2, 5)
    assert HEADLINE_LIKE not in ev.reasons and ev.score > scorer.score(2, 3).score
    joins = sentence_joins(Page(make_units(CUT_HEAD_PAGE, None), pieces=True))
    assert joins[2].b == 5 and joins[4].b == 7
    # a word that adds a character to a word whole at A's end (保障 | 型: 保障型), or one after a number's measure
    # (3大 | 为: 大为), puts back no cut word: the line keeps its headline's shape
    whole = _scorer(["培训结束后，集团建立全方位保障", "工地上的安全课", "11月5日上午，甲城总工会在", "型服务站点",
                     "张强现场讲解操作规范，职工们认真听讲。"])
    assert HEADLINE_LIKE in whole.score(1, 4).reasons
    measure = _scorer(["培训结束后，集团开设安全等3大", "工地上的安全课", "11月5日上午，甲城总工会在", "为提升职工技能",
                       "张强现场讲解操作规范，职工们认真听讲。"])
    assert HEADLINE_LIKE in measure.score(1, 4).reasons
    # and on a page whose lines are no wrap pieces the rule says nothing
    assert HEADLINE_LIKE in _scorer(CUT_HEAD_PAGE, pieces=False).score(2, 5).reasons


def test_a_one_character_clause_goes_on_at_the_rest_of_its_word_after_a_full_stop():
    # …形成一体化服务模式，打 | 造了温馨便捷…: no clause is one character long, so 打's word was cut and its rest,
    # 造 standing alone, begins no sentence though it follows a full stop; the file's next line (职工书屋…) has
    # nothing but the layout for it
    lines = ["甲城总工会整合驿站资源，服务职工。", "甲城总工会持续优化服务，形成一体化服务模式，打",
             "职工书屋等特色功能区，满足职工阅读需求。", "造了温馨便捷的职工服务阵地。", "乙城总工会举办职工运动会。"]
    assert sentence_joins(Page(make_units(lines, None), pieces=True))[2].b == 4
    # not on a page whose lines are no wrap pieces, nor after a clause of its own (…王强在画 | 师市…: 画师 by chance)
    assert sentence_joins(Page(make_units(lines, None), pieces=False))[2].b == 3
    chance = ["甲城总工会整合驿站资源，服务职工。", "甲城职工代表王强在画", "展板，满足职工阅读需求。", "师市各级工会积极响应。"]
    assert sentence_joins(Page(make_units(chance, None), pieces=True))[2].b == 3
    # nor where B opens on a preposition (为落实好…): it may begin its sentence after that full stop (更为 by chance)
    opens = ["甲城总工会整合驿站资源，服务职工。", "甲城总工会持续优化服务，形成工作合力，更",
             "展板摆满了会场，满足职工阅读需求。", "为落实好服务举措，乙城总工会举办培训。", "乙城总工会举办职工运动会。"]
    assert sentence_joins(Page(make_units(opens, None), pieces=True))[2].b == 3


def test_the_files_next_line_that_runs_a_list_left_open_on_to_its_closer_keeps_its_join_in_a_loop():
    # …技能等级认定、培训 | 开展、赛事承办、人才就业等方面…: the re-wrap cut a list between two items; the file's next
    # line runs its items on to 等, so the file's join is the text's.  The piece read after the column's cut end
    # (甲城工匠学院由…、市总工会, whose list 等相关部门… closes) makes a loop with the file's joins, which is broken at
    # the join with nothing but the layout for it (…攻关于一体 | 甲城工匠学院由…), not inside the list
    lines = ["本报讯（记者任远）近日，甲城工匠学院揭牌，学院将成为技能人才培育摇篮", "和产教融合创新平台。",
             "等相关部门将在技能等级认定、培训", "开展、赛事承办、人才就业等方面给予学院重点支持。该学院将聚焦焊接操作、电网施工",
             "等特色工种，开发课程体系；构建集技能培训、技艺传承与技术攻关于一体",
             "甲城工匠学院由甲城电力公司与甲城技师学院共建。甲城人社局、市总工会"]
    joins = sentence_joins(Page(make_units(lines, None), pieces=True))
    assert joins[3].b == 4 and joins[6].b == 3 and 5 not in joins
    assert "the list (、) left open goes on to its 等" in _scorer(lines).score(3, 4).reasons
    # only the file's own join, and only on a page of wrap pieces
    assert "the list (、) left open goes on to its 等" not in _scorer(lines, pieces=False).score(3, 4).reasons
    far = ["甲城总工会开展技能认定、培训", "乙城职工运动会开幕", "开展、赛事承办、人才就业等方面给予支持。"]
    assert "text" not in _scorer(far).score(1, 3).kinds


def test_a_list_closed_on_needs_short_items_and_the_closer_standing_alone():
    from unionnews.ingest import continuity as ct

    assert ct.list_closed_on("开展、赛事承办、人才就业等方面给予学院重点支持。")
    assert ct.list_closed_on("就业等方面给予学院重点支持。")
    assert not ct.list_closed_on("技能等级认定工作全面展开。")  # 等级: no closer
    assert not ct.list_closed_on("推动男女平等，保障职工权益。")
    assert not ct.list_closed_on("甲城总工会联合市人社局开展技能培训等活动。")  # a clause of its own, no list's tail
    assert not ct.list_closed_on("，开展、赛事承办等。")  # nothing before the first clause mark


_DISPLACED_RUN = ["本报讯（记者任远）近日，甲城总工会为快递员、外卖骑手等户外劳动者开设暖心驿站。",
                  "快递员王林经常晚上送件，驿站是他常去的地方，尤",
                  "针对户外劳动者工作时间不固定的特点，市总将城区的8家驿站升级为全天候驿站，方便",
                  "近年来，甲城总工会持续优化服务阵地布局，新建驿站20家。",
                  "这些驿站还为快递员、外卖骑手等户外劳动者提供法律咨询。",
                  "其在寒冷的冬夜，这里是他眼中的“家”。",
                  "快递员、外卖骑手等户外劳动者休憩。",
                  "乙城举办职工运动会",
                  "本报讯（记者周洁）近日，乙城总工会举办职工运动会。"]


def test_a_clause_stopped_on_a_bare_word_takes_the_piece_read_after_one_lifted_out_of_place():
    # …全天候驿站，方便 stops on one bare word, its own next line (近年来…) begins a paragraph.  Two free lines tie on
    # the wording before it: 这些驿站还为… stands after a finished paragraph where the OCR read it, while 快递员…休憩。
    # stands right after 其在寒冷的冬夜…, a piece the order lifts out to go on at …尤 (尤其): the OCR read a run of
    # displaced pieces there, so where 快递员…休憩。 stands says nothing, and the stopped clause goes on there (weakly)
    joins = sentence_joins(Page(make_units(_DISPLACED_RUN, None), pieces=True))
    assert joins[2].b == 6
    assert joins[3].b == 7 and joins[3].weak


def test_a_clause_stopped_on_a_bare_word_takes_no_line_whose_place_is_not_a_displaced_run():
    # the same page with 其在寒冷的冬夜… read in place under …尤: no piece was lifted, the tie stays unsettled
    lines = [_DISPLACED_RUN[i] for i in (0, 1, 5, 2, 3, 4, 6, 7, 8)]
    joins = sentence_joins(Page(make_units(lines, None), pieces=True))
    assert 4 not in joins or not joins[4].weak
    # not on a page of printed lines: there a line's place is its column's
    printed = sentence_joins(Page(make_units(_DISPLACED_RUN, None), pieces=False))
    assert 3 not in printed or printed[3].b != 7
