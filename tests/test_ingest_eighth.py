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
    assert said, drafts[0].doubts
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
