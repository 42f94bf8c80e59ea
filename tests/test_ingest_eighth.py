"""Line widths, line layouts and blank-line noise that the other variant tables do not make (tests/variants.py
``HELD_OUT_8``): a column set narrower for a stretch of lines (text run around a photo).  Made-up pages; each
case lost stories, ran two together or cut paragraphs apart before the rule it names."""
from __future__ import annotations

from test_ingest_heldout import STORIES
from test_ingest_third import _same_articles
from test_ingest_tiny import PLACES
from unionnews.ingest.paragraphs import paragraphs
from variants import printed_column


def _texts(lines: list[str]) -> list[str]:
    return [p.text for p in paragraphs(lines).paragraphs]


def test_a_column_set_narrower_for_a_stretch_reads_on_across_its_lines(tmp_path):
    """A column of 14 set 10 wide for six lines (a photo beside it): each of those lines was a short line
    stopping mid-sentence, a paragraph's end (or a column the OCR cut, whose sentence the reading order looked
    for elsewhere).  A run of three or more lines of one shorter length, of text, is the column's narrower
    measure there: the paragraphs are the ones the column prints without the photo."""
    paras = [p for story in STORIES for p in story]
    narrow = printed_column(paras, 0, widths=iter([14] * 5 + [10] * 6 + [14] * 1000))
    plain = printed_column(paras, 14)
    assert narrow != plain and _texts(narrow) == _texts(plain)
    got = _same_articles("\n".join(narrow) + "\n", "\n".join(plain) + "\n", tmp_path)
    assert sorted(a["text"][:2] for a in got) == sorted(PLACES[:3])


def test_three_short_paragraphs_of_one_length_are_no_narrower_stretch():
    """Lines of one shorter length that end their sentences (one-line paragraphs, a list) stay paragraphs of
    their own: only text going on across the stretch's lines reads as a narrower measure."""
    lines = printed_column([p for story in STORIES for p in story], 14)
    lines[5:5] = ["甲城职工参赛。", "乙城职工参观。", "丙城职工读书。"]
    assert [t for t in _texts(lines) if t.endswith(("参赛。", "参观。", "读书。"))] == ["甲城职工参赛。", "乙城职工参观。",
                                                                                  "丙城职工读书。"]


def test_a_headline_a_stray_blank_cut_at_its_closing_quote_over_a_dated_lead_is_said_in_review():
    """A headline with no 本报讯 lead under it, cut by a stray blank line before its closing quote (工会送上暖“新 |
    (blank) | ”祝福): the two pieces are one line, a headline's shape over a lead opening on its date.  Before,
    only a headline of one piece was seen so, and this one ran on into the story above with its lead, one
    file mixing two stories with no review reason."""
    from unionnews.ingest.segment import make_units, segment
    story = ["甲城开展职工健康体检", "本报讯（记者周洁）近日，甲城总工会为一线职工免费体检，覆盖全市120家企业。",
             "据了解，甲城今年已累计投入专项资金200万元，惠及职工三千余人。", "活动结束后，甲城总工会还向职工发放了问卷。"]
    lines = (printed_column(story, 12) + ["", "", "乙城工会送上暖“新", "", "”祝福"]
             + printed_column(["9月25日，乙城总工会为新就业形态劳动者送上慰问金和暖心大礼包。"], 12))
    drafts, _ = segment(make_units(paragraphs(lines).lines, None))
    said = [d for d in drafts[0].doubts if "may be the headline of another item" in d and "乙城工会送上暖“新”祝福" in d]
    # (or better: the closing quote, which no line begins with, closes the piece above it, and the headline whole
    # heads an item of its own)
    heads = ["".join(u.text for u in d.head) for d in drafts]
    assert said or heads == ["甲城开展职工健康体检", "乙城工会送上暖“新”祝福"], (drafts[0].doubts, heads)
    assert not any("乙城" in p.text and "甲城" in p.text for d in drafts for p in d.paras)


_STORY = ["甲城总工会在全市开展职工技能", "比武活动吸引了一线职工踊跃参"]
_MORE = ["据了解，甲城今年已累计投入专", "项资金二百万元，惠及全市职工", "三千余人，覆盖一百二十家企业", "，下一步还将扩大活动覆盖面。"]


def test_a_stretch_whose_first_lines_hang_a_mark_is_read_at_its_measure():
    """A column of 14 set 8 wide for five lines, the first two ending on a comma hung past the measure (…身手，):
    read from its first two lines the stretch looked 9 wide, its three lines flush to 8 fell out of it, and each
    was a short line stopping mid-sentence (three paragraphs' ends, or column pieces the OCR cut).  A run's
    measure is the one the most lines in a row fill, a hung mark counted as hung: the paragraph is one."""
    lines = _STORY + ["加赛选手各显身手，", "比拼焊接钳工电工，", "现场观众纷纷叫好", "为选手们加油鼓劲", "活动持续整整三天",
                      "时间吸引了众多市民前来观看比", "赛，大家纷纷表示受益匪浅。", "活动结束后，甲城总工会为获奖",
                      "职工颁发了证书和奖金，并邀请", "他们到各企业开展技能交流。"]
    assert _texts(lines) == ["".join(lines[:9]), "".join(lines[9:])]


def test_a_headline_set_in_a_narrower_stretch_leaves_the_stretch_whole():
    """A stretch 9 wide (a photo beside the column) holding a story's end, the next story's marked headline set
    to the same measure (## 乙城职工书屋开放迎 | 来首批读者) and its lead's first lines: the headline's lines are
    the stretch's lines like the text's, so the stretch is read at its measure across them.  Before, a stretch
    holding a markup line was none, and the story's end over it was cut at each of its lines."""
    lines = _STORY + ["加赛场上选手们各显身手，比拼", "焊接、钳工等项目，活动结束后", "甲城总工会为获奖职工颁发了证", "书和奖金，并特别邀请全体获奖", "职工到各企业开展技",
                      "能交流，带动更多职", "工学技术、比技能。", "## 乙城职工书屋开放迎", "来首批读者", "本报讯（记者周洁）",
                      "近日，乙城总工会职", "工书屋正式开放，首", "批读者二百余人走进书屋，借阅", "图书三百余册，现场气氛热烈。"]
    assert _texts(lines) == ["".join(lines[:9]), "## 乙城职工书屋开放迎来首批读者", "".join(lines[11:])]


def test_a_line_filling_the_narrow_measure_a_paragraph_end_from_the_stretch_is_in_it():
    """A column of 14 set 8 wide from a line before a paragraph's end (…现场气氛 | 热烈。) for four lines: the
    line over the end fills the measure as the stretch's lines do, but it is in no run of two, and read against
    the column's width it was a short line stopping mid-sentence (a paragraph's end, or a column the OCR cut).
    A line stopping mid-sentence at exactly the measure of a run one paragraph's end away is that run's."""
    lines = _STORY + ["加比赛，现场气氛", "热烈。", "活动结束后，甲城", "总工会为获奖职工", "颁发了证书和奖金",
                      "并邀请他们到各企业开展技能交", "流，带动更多职工学技术。"] + _MORE
    assert _texts(lines)[:2] == ["".join(lines[:4]), "".join(lines[4:9])]


# A photo story's end and the next item: a headline with no 本报讯 lead under it, its lead opening on a date.
_CREDITED = ["甲城举办职工书画展", "近日，甲城总工会举办职工书画展，展出作品两百余幅。", "甲城各企业职工代表参加开幕式。",
             "本报记者 陈艺 摄"]
_DATED = ["乙城职工技能交流论坛在京举行", "7月28日下午，乙城职工技能交流论坛在北京举行，五位职工代表作了发言。",
          "论坛由乙城总工会主办。"]


def test_a_story_ending_on_a_photo_credit_run_on_with_its_text_is_closed(tmp_path):
    """In a column of three characters, a photo credit under a story's last sentence (…开幕式。 | 本报记 | 者 陈 |
    艺 摄) fills its last line, so the paragraph stage reads it on with the text above it (…参加开幕式。本报记者 陈艺
    摄), and the story's last paragraph stopped on 摄, mid-sentence by its marks: the next headline, over a lead
    opening on its date, was read on into it, and the next story lost its headline.  A paragraph ending on a
    photo credit after a finished sentence closes its story, as a credit line alone does."""
    stories = _CREDITED[:2] + [_CREDITED[2] + _CREDITED[3]] + _DATED
    assert printed_column(_CREDITED, 3)[-3:] == ["本报记", "者 陈", "艺 摄"]
    got = _same_articles("\n\n".join(stories) + "\n", "\n\n".join(_CREDITED + _DATED) + "\n", tmp_path)
    assert sorted(a["head"] for a in got) == ["乙城职工技能交流论坛在京举行", "甲城举办职工书画展"]


def test_a_byline_cut_over_full_lines_of_a_narrow_column_is_a_paragraph_of_its_own():
    """A headline and its byline in a column of three (…交流大会路演侧记 | 本报记 | 者 赵 | 欢 郑 | 莉): every line of
    the byline but its last fills the column, so it ran on from the headline, and the headline took the byline
    in.  The lines from a role word to the paragraph's end that make one byline (names only, no mark of a
    sentence) are a paragraph of their own."""
    story = ["甲城职工创新成果路演侧记", "本报记者 赵欢 郑莉", "“我的工作很有意思！”甲城职工李颖站在台上讲述着她的创新成果。",
             "台下的听众是来自各行各业的职工。"]
    texts = _texts(printed_column(story, 3))
    assert "本报记者 赵欢 郑莉" in texts and "甲城职工创新成果路演侧记" in texts


def test_a_headline_and_subtitle_filling_their_lines_over_a_lead_after_a_finished_sentence_are_a_block():
    """After a full line ending a sentence (…新阵地。), a headline that fills its last line exactly and its subtitle
    (53 characters in all, longer than one headline line) ran on into the story above: no short line parts them
    from it, and read as one run they were too long for a headline.  Over a lead, a headline and its subtitle run
    together are read as a block twice a headline line's length."""
    story = ["甲城总工会将加强平台联网，联动各园区综合服务平台等数字化载体，打造一体化数智服务新阵地。"]
    head = ["全面推行新时代“枫桥经验”工会实践暨工会劳动法律监督工作座谈会召开", "劳动法律监督协作机制实现省级层面全覆盖"]
    lead = ["本报厦门9月25日电（记者李润剑）乙城各级工会累计发出提示函一万余份，为劳动者挽回经济损失三亿余元。"]
    lines = printed_column(STORIES[0] + story + head + lead, 11)
    assert "一体化数智服务新阵地。" in lines and "法律监督工作座谈会召开" in lines
    texts = _texts(lines)
    assert texts[-4].endswith("新阵地。") and "".join(texts[-3:-1]) == "".join(head) and texts[-1] == lead[0]


def _two_stories(last: str) -> list[str]:
    """The first made-up story and the second's headline and lead, then ``last``, printed in a column of 14."""
    return printed_column([p for p in STORIES[0]] + STORIES[1][:2] + [last], 14)


def test_a_question_headline_filling_its_line_over_a_continued_marker_is_its_own_paragraph():
    """A headline that asks (…为何人气爆棚？) fills its line, its ？ hung, over the 上接 marker of the story it heads,
    under a paragraph whose last line fills the column and ends a sentence: read as a run with the marker, it held
    a sentence mark inside, so it was no headline's run, and it ran on into the paragraph above.  A headline's
    run stops before a line that opens an item by its form."""
    lines = _two_stories("乙城总工会还为职工建立健康档案，跟踪体检结果，每年回访。")
    assert lines[-1] == "案，跟踪体检结果，每年回访。"
    lines += ["这场“宝藏盛会”为何人气爆棚？", "（上接第1版）"] + printed_column(["一个个“吸睛”的创新成果背后，是劳模工匠创新"
                                                                   "引领带来的产业升级深度赋能。"], 14)
    texts = _texts(lines)
    assert texts[-4].endswith("每年回访。") and texts[-3:-1] == ["这场“宝藏盛会”为何人气爆棚？", "（上接第1版）"]


def test_a_closing_quote_carried_to_a_line_of_its_own_closes_the_short_line_above():
    """A headline set in a stretch narrower than the column (### 乙城“直播相亲” | 面对面“牵手脱单 | ”): its closing
    quote went to a line of its own, which no line begins with, and the short line over it was a paragraph's end,
    so the quote stood alone, read as unreadable OCR.  A closing quote closes the quote the line above leaves
    open, however short that line is."""
    lines = printed_column(STORIES[0] + ["甲城总工会负责人表示，将持续开展技能竞赛活动，推动职工技能提升。"], 15)
    lines += ["### 乙城“直播相亲”", " 面对面“牵手脱单", "”", "## 乙城职工线上线下交友", "本报讯（记者陈曦）近日，乙城总工会举办青年",
              "职工联谊活动，百余名职工参加，现场气氛热烈。"]
    texts = _texts(lines)
    assert "”" not in texts and "面对面“牵手脱单”" in texts


def test_a_straight_closing_quote_carried_to_a_line_of_its_own_closes_the_line_above():
    """The same in half-width forms, with no OCR marks (丙城总工会探索"工会+红会"协作模式 | 点亮困难职工"微心愿 | "):
    a straight quote is open or closing by the count, and the line above leaves one open, so the quote on a line
    of its own closes it; left alone it was read as unreadable OCR, the headline lost its end and ran on into
    the story above."""
    lines = printed_column(STORIES[0] + ["甲城总工会负责人表示，将持续开展技能竞赛活动，推动职工技能提升。"], 15)
    lines += ['丙城总工会探索"工会+红会"协作模式', '点亮困难职工"微心愿', '"', "本报讯（记者陈曦）近日，丙城总工会与市红十",
              '字会联合开展"点亮微心愿"活动，为30名', "困难职工送去爱心物品。"]
    texts = _texts(lines)
    assert '"' not in texts and any(t.endswith('点亮困难职工"微心愿"') for t in texts)


def test_a_closing_quote_alone_under_a_finished_sentence_closes_the_quote_its_paragraph_opened():
    """A quotation opened lines above (…带来了新启发，“我要 | 将路演中的…争取更多 | 突破。 | ”), its closing quote carried
    to a line of its own in a narrower stretch: the line above it opens no quote, so nothing closed, and the quote
    stood alone as unreadable OCR.  A quote alone on its line closes the one its paragraph leaves open."""
    lines = printed_column(STORIES[0], 12)
    lines += ["乙城工匠李华说，路演给他的工", "作带来了新启发，“我要将路演", "中的方法与实践相结合，争取更", "多突破。", "”",
              "乙城职工书屋开放", "本报讯（记者陈曦）近日，乙城职工", "书屋正式开放，藏书三千余册。"]
    texts = _texts(lines)
    assert "”" not in texts and any(t.endswith("争取更多突破。”") for t in texts)


def test_a_narrower_stretch_of_three_lines_a_word_runs_out_of_is_text():
    """A lead's first three lines set 9 wide (a photo beside the column) under its headline, then full lines of 14
    (云南玉溪红塔区总工 | 会联合区住房和城乡 | 建设局系统工会联合 | 会，针对…): three lines with no mark are also what a
    headline cut into three pieces looks like, so they were no stretch, and each was a paragraph's end, the first
    two read as the item's headline.  A word running from the stretch's last line into a line of text under it
    (联合会) says the stretch is text."""
    stretch = ["云南玉溪红塔区总工", "会联合区住房和城乡", "建设局系统工会联合"]
    rest = printed_column(["会，针对建筑类行业施工项目的特点建设流动工会驿站，打造户外劳动者的临时休息圈。"], 14)
    texts = _texts(_two_stories("乙城总工会还为职工建立健康档案。") + ["## 丙城打造户外劳动者休息圈"] + stretch + rest)
    assert texts[-2:] == ["## 丙城打造户外劳动者休息圈", "".join(stretch + rest)]
