"""Headlines and credits in a printed column that fill their lines, so that the column's width does not part them
from the text around them (:mod:`unionnews.ingest.paragraphs.column_heads`, the segmenter's closing credit): what
ends a headline's run, and what it heads.  Made-up pages in printed columns of several widths, beside the eighth
table's (tests/test_ingest_eighth.py); each case put two stories' text in one file on 907f244."""
from __future__ import annotations

import random

from test_ingest_heldout import STORIES
from test_ingest_third import _same_articles
from variants import printed_column


_TITLE = "乙城总工会举办新时代产业工人队伍建设改革推进会暨职工技能提升经验交流座谈会议"
_SUB = "乙城产业工人技能提升行动实现全覆盖"


def _title_flush(width: int, rng: random.Random) -> tuple[list[str], list[str]]:
    """Three stories (and their paragraphs) whose first ends on a paragraph exactly filling its last line of a
    ``width`` column, and whose second opens on a title filling two lines and a subtitle, each a headline's
    length and together more, over a lead on its dateline."""
    first = STORIES[0][:-1]
    end = STORIES[0][-1][:-1]
    pad = "，并将" + "持续推动职工技能提升工作走深走实" * 4
    last = (end + pad)[: (len(end) // width + 2) * width - 1] + "。"
    title = _TITLE[: 2 * width]
    sub = _SUB[: rng.randint(max(6, 41 - 2 * width), min(len(_SUB), 40))]
    lead = "本报乙城9月25日电（记者吴昊）" + STORIES[1][1].split("）", 1)[1]
    stories = [first + [last], [title, sub, lead] + STORIES[1][2:], STORIES[2]]
    return stories, [p for s in stories for p in s]


def test_a_title_and_subtitle_under_a_line_ending_flush_head_the_next_story(tmp_path):
    """A story's last line filled the column and ended its sentence, and the next item's title filled its last
    line too: title and subtitle ran on as one run, longer than one headline, and the columns stage read them
    into the story above (one file, two stories' text; the next story lost its headline).  Running text never
    stops unpunctuated right over a lead: a run of a title's and a subtitle's length there heads the next item."""
    rng = random.Random(4317)
    for width in (14, 16, 17, 19):
        stories, paras = _title_flush(width, rng)
        lines = printed_column(paras, width)
        k = next(i for i, line in enumerate(lines) if line.startswith(_TITLE[:width]))
        assert len(lines[k - 1]) == width and lines[k - 1].endswith("。") and len(lines[k + 1]) == width
        plain = "\n\n\n".join("\n".join(s) for s in stories) + "\n"
        (tmp_path / str(width)).mkdir()
        got = _same_articles("\n".join(lines) + "\n", plain, tmp_path / str(width))
        assert len(got) == 3


def test_a_photo_credit_whole_on_its_line_under_names_read_onto_the_texts_last_line_closes_the_story(tmp_path):
    """An engine read a story's credited names onto its last line (…活动。郑莉 郝赫 朱欣文), then the photo
    credit whole on its line: the credit ran on in the text's paragraph, which then stopped on no sentence end,
    and the next item's headline and dated lead were read on into it.  A photo credit whole on its line goes on
    no sentence: it stands apart and closes the story."""
    names, credit = "郑莉 郝赫 朱欣文", "本报记者 陈艺 摄"
    lead = "9月25日，" + STORIES[1][1].split("）", 1)[1][2:]
    stories = [STORIES[0] + [names, credit], [STORIES[1][0], lead] + STORIES[1][2:], STORIES[2]]
    plain = "\n\n\n".join("\n".join(s) for s in stories) + "\n"
    for width in (12, 13, 15):
        lines = printed_column([p for s in stories[:1] for p in s[:-2]], width)
        lines[-1] += names  # the engine read the credited names onto the text's last line
        lines += [credit] + printed_column([p for s in stories[1:] for p in s], width)
        (tmp_path / str(width)).mkdir()
        assert len(_same_articles("\n".join(lines) + "\n", plain, tmp_path / str(width))) == 3



def test_a_headline_filling_its_line_over_a_lead_or_a_continued_marker_heads_its_item(tmp_path):
    """A headline that filled its line exactly, after a paragraph that filled its last line too, over a lead or a
    上接 marker: the headline's run read on into the marker (（上接第1版）, a bracket and a sentence mark), was no
    headline, and the headline went on the story above, its own story left without one.  A run of headline lines
    ends where an item's opening begins."""
    rng = random.Random(4318)
    heads = ("这场“宝藏盛会”为何人气爆棚？", "乙城职工书屋建设为何受欢迎？", "乙城开展职工健康体检活动")
    for n, head in enumerate(heads * 2):
        opener = rng.choice(("（上接第1版）", ""))
        second = [head] + ([opener] if opener else []) + STORIES[1][1:]
        width = len(head)
        end = (STORIES[0][-1][:-1] + "，并将持续推动职工技能提升工作走深走实" * 3)
        stories = [STORIES[0][:-1] + [end[:(len(STORIES[0][-1]) // width + 1) * width - 1] + "。"], second, STORIES[2]]
        plain = "\n\n\n".join("\n".join(s) for s in stories) + "\n"
        lines = printed_column([p for s in stories for p in s], width)
        assert head in lines
        (tmp_path / str(n)).mkdir()
        assert len(_same_articles("\n".join(lines) + "\n", plain, tmp_path / str(n))) == 3, (head, opener)


def test_a_kickers_parallel_phrases_cut_by_the_column_go_on_at_the_next_line(tmp_path):
    """A kicker of two parallel phrases (一对一指导申报流程 面对面解决企业难题) that the column cut inside its second
    phrase, each paragraph set apart by a blank line: the line of two phrases parted by a space stood as a
    headline of its own, its last words (企业难题) read as a title and the real title as a subtitle.  A headline's
    parallel phrases match in length; a full line whose last phrase falls short by what the next line holds
    goes on there."""
    kicker = "一对一指导申报流程 面对面解决企业难题"
    stories = [STORIES[0], [kicker, "乙城总工会推动职工创新工作室建设"] + STORIES[1][1:], STORIES[2]]
    plain = "\n\n\n".join("\n".join(s) for s in stories) + "\n"
    for width in (13, 15, 17):
        lines: list[str] = []
        for story in stories:
            for para in story:
                lines += printed_column([para], width) + [""]
            lines.append("")
        assert lines.index(kicker[:width]) >= 0 and len(kicker[:width]) == width
        (tmp_path / str(width)).mkdir()
        got = _same_articles("\n".join(lines) + "\n", plain, tmp_path / str(width))
        heads = next(a["heads"] for a in got if a["body"].startswith("本报讯（记者吴昊）"))
        assert heads == ["一对一指导申报流程", "面对面解决企业难题", "乙城总工会推动职工创新工作室建设"], heads


def test_a_decorated_headline_filling_its_lines_under_a_column_label_ends_where_its_subject_is_named_again(tmp_path):
    """A headline under a column label, a decoration printed before it (▲丁区总工会…休息圈), filling its lines of a
    narrow column exactly, over a lead with no 本报讯 that names the headline's subject again (云南丁区总工会…):
    the headline's first words were read with the decoration, so they named nothing, and the headline ran on
    into the lead and the story into the one above.  The headline's words are read without the mark."""
    head = "▲丁区总工会打造户外劳动者临时休息圈"
    lead = "云南丁区总工会联合区住房和城乡建设局系统工会联合会，针对建筑类行业施工项目的特点建设职工驿站。"
    second = [head, lead, "驿站配备桌椅、饮水机、微波炉等设施，供户外劳动者免费使用。"]
    plain = "\n\n\n".join(["\n".join(STORIES[0]), ">> 他山之石 <<\n" + "\n".join(second), "\n".join(STORIES[2])]) + "\n"
    for width in (6, 9):
        assert len(head) % width == 0
        lines = (printed_column(STORIES[0], width) + [">> 他山之石 <<"] + printed_column(second, width)
                 + printed_column(STORIES[2], width))
        (tmp_path / str(width)).mkdir()
        got = _same_articles("\n".join(lines) + "\n", plain, tmp_path / str(width))
        assert len(got) == 3


def test_a_kicker_quoting_in_both_quote_forms_filling_its_lines_heads_the_next_story(tmp_path):
    """A kicker that opens its quote in the straight form and closes it in the curly one (an engine returning ASCII
    marks for some: 全面推行新时代" | 职工书屋”建设…), set over lines it fills after a finished paragraph that quotes so
    too (未来，"技能竞赛”还将…): counted form by form, both quotes stayed open, and the kicker ran on into the story
    above.  A straight quote pairs with a curly one, as the headline-shape test already reads them."""
    for width in (8, 9, 10):
        kicker = "全面推行新时代乙城区"[:width - 1] + '"职工书屋”建设暨职工阅读工作推进会召开'  # its quote ends a line
        second = [kicker, "乙城职工书屋实现社区全覆盖", "本报乙城9月25日电（记者吴昊）" + STORIES[1][1].split("）", 1)[1]]
        first = STORIES[0] + ['未来，"技能竞赛”还将与职工书屋建设相结合，聘请劳模工匠担任兼职教师，打造一体化服务阵地。']
        stories = [first, second + STORIES[1][2:], STORIES[2]]
        plain = "\n\n\n".join("\n".join(s) for s in stories) + "\n"
        lines = printed_column([p for s in stories for p in s], width)
        (tmp_path / str(width)).mkdir()
        got = _same_articles("\n".join(lines) + "\n", plain, tmp_path / str(width))
        assert len(got) == 3


def test_a_line_of_credited_names_a_box_detector_cut_inside_a_name_is_one_printed_line():
    """The names credited under a story (郑莉 郝赫 朱欣文), cut by a text detector inside the second name (郑莉 郝 | 赫
    朱欣文): neither piece was a byline (郑莉 alone names one person, 赫 朱欣文 opens on one glyph), so the two stood
    apart, the first read as a headline and the credit under them as its item.  A name is never printed across two
    lines: where the two pieces read together as a line of names, they are one."""
    from unionnews.ingest.paragraphs.boxes import _name_cut
    assert _name_cut("参加开幕式。", "郑莉 郝", "赫 朱欣文")
    assert not _name_cut("参加开幕式。", "郑莉 郝", "赫然出现在会场。")


def test_a_headline_listing_with_a_mark_set_on_short_lines_of_a_narrowed_column_is_one_headline(tmp_path):
    """A headline that lists its subjects with 、 printed over three short lines where the column narrows beside a
    picture (甲城劳模、乙城工匠、 | 丙城技师交流会在京举 | 行), under a photo credit: each short line ended its
    paragraph (its first is no headline's shape alone, it ends on 、), and the next story's headline came out
    as its last pieces.  No headline ends on 、: the short lines are one headline's, read on."""
    head = "甲城劳模、乙城工匠、丙城技师交流会在京举行"
    credit = "本报记者 王芳 摄"
    lead = "9月25日，" + STORIES[1][1].split("，", 1)[1]
    stories = [STORIES[0] + [credit], [head, lead] + STORIES[1][2:], STORIES[2]]
    plain = "\n\n\n".join("\n".join(s) for s in stories) + "\n"
    for width, cuts in ((16, (10, 20)), (15, (10, 19))):
        lines = printed_column(STORIES[0], width) + [credit]
        lines += [head[:cuts[0]], head[cuts[0]:cuts[1]], head[cuts[1]:]]
        lines += printed_column([lead] + STORIES[1][2:] + STORIES[2], width)
        assert lines[-len(printed_column([lead] + STORIES[1][2:] + STORIES[2], width)) - 3].endswith("、")
        (tmp_path / str(width)).mkdir()
        got = _same_articles("\n".join(lines) + "\n", plain, tmp_path / str(width))
        assert any(a["heads"] == [head] for a in got), [a["heads"] for a in got]


def test_a_decorated_source_line_wider_than_a_narrow_column_closes_its_story(tmp_path):
    """■转自《中工网》 under a story's last line, wider than a narrow column, then the next story's decorated
    headline: read with its mark, the source line was no source, and it ran on into the headline (■转自《中工网》
    ■乙城开展…), the story above losing its last line.  A source line is read without the decoration before it."""
    first = STORIES[0] + ["■转自《中工网》"]
    second = ["■乙城开展职工健康体检活动"] + STORIES[1][1:]
    plain = "\n\n\n".join("\n".join(s) for s in (first, second, STORIES[2])) + "\n"
    for width in (7, 8):
        lines = printed_column(STORIES[0], width) + ["■转自《中工网》"] + printed_column(second + STORIES[2], width)
        (tmp_path / str(width)).mkdir()
        got = _same_articles("\n".join(lines) + "\n", plain, tmp_path / str(width))
        assert len(got) == 3
