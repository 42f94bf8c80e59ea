"""What real OCR (Tesseract on dense broadsheet pages) gets wrong, and the geometry path's answer to each
(issue 20): small synthetic pages, one fault each, so every rule is checked without running an engine.
bench/RESULTS.md has the figures on laid-out pages read by Tesseract."""
from __future__ import annotations

from unionnews.ingest.geometry import Box, PageLayout, TextLine, Word, from_words, read_layout


def _column(x: float, y: float, rows: int, size: float = 10.0, width: float = 200.0, pitch: float = 15.0,
            skip: tuple[int, ...] = ()) -> list[TextLine]:
    return [TextLine("正文" * int(width // (2 * size)), Box(x, y + pitch * i, x + width, y + pitch * i + size), size)
            for i in range(rows) if i not in skip]


def _frame(x0: float, y0: float, x1: float, y1: float) -> list[Box]:
    return [Box(x0, y0 - 1, x1, y0 + 1), Box(x0, y1 - 1, x1, y1 + 1), Box(x0 - 1, y0, x0 + 1, y1), Box(x1 - 1, y0, x1 + 1, y1)]


def test_a_frame_of_display_copy_is_an_advertisement_when_its_mark_was_not_read():
    """The engine dropped the small 广告 in the frame's corner: a frame holding a few centred lines
    (name, slogan, telephone) and no picture is still not an article; its text goes to the unplaced
    file.  A story set in a ruled box (its frame full of body type) stays an article."""
    lines = [TextLine("职工书屋添新书", Box(40, 10, 320, 38), 28.0)] + _column(40, 50, 10)
    lines += [TextLine("边栏故事的标题", Box(300, 200, 500, 225), 25.0)] + _column(290, 232, 8, width=220)
    lines += [TextLine("安康职工互助保险", Box(350, 420, 650, 450), 30.0),
              TextLine("会员自愿参加", Box(440, 460, 560, 472), 12.0),
              TextLine("服务热线：400-810 6677", Box(420, 480, 580, 490), 10.0)]
    rules = _frame(280, 195, 520, 360) + _frame(30, 410, 970, 500)
    page = read_layout(PageLayout(1000.0, 600.0, tuple(lines), tuple(rules)))
    assert [a.title for a in page.articles] == ["职工书屋添新书", "边栏故事的标题"]
    loose = [p.text for p in page.loose]
    assert "安康职工互助保险" in loose and "服务热线：400-810 6677" in loose


def test_a_framed_photo_is_not_an_advertisement():
    """A frame round a picture, its caption under it inside the frame, stays with its story."""
    lines = [TextLine("职工书屋添新书", Box(40, 10, 320, 38), 28.0)] + _column(40, 50, 6)
    lines += [TextLine("图为职工在书屋读书。", Box(260, 200, 400, 210), 9.0),
              TextLine("本报记者 王伟 摄", Box(260, 214, 360, 224), 9.0)]
    rules = _frame(250, 50, 480, 230)
    page = read_layout(PageLayout(500.0, 300.0, tuple(lines), tuple(rules), (Box(255, 55, 475, 195),)))
    assert [a.title for a in page.articles] == ["职工书屋添新书"]
    assert "图为职工在书屋读书。" in "".join(p.text for p in page.articles[0].paras)


def test_a_word_box_reaching_over_the_rule_under_the_page_header_is_cut_there():
    """The engine's box for the 版头's date reaches down over the rule under it to the 上接 line; cut at
    the rule, the 版头 is page furniture and the rest of the story opens the page as a continuation."""
    words = [Word("工人日报", Box(50, 20, 210, 60), 0), Word("2025年9月26日", Box(700, 30, 900, 95), 0),
             Word("（上接第1版）", Box(50, 100, 170, 112), 1)]
    words += [Word("这是正文的一行文字内容", Box(50, 118 + 16 * i, 270, 130 + 16 * i), 2 + i) for i in range(8)]
    words += [Word("另一篇报道的标题", Box(50, 300, 330, 335), 20)]
    words += [Word("另一篇报道的正文内容", Box(50, 345 + 16 * i, 250, 357 + 16 * i), 21 + i) for i in range(5)]
    rules = [Box(40, 79, 960, 81), Box(40, 285, 960, 287)]
    page = read_layout(from_words(1000.0, 1000.0, words, rules, []))
    assert [(a.title, a.continued) for a in page.articles] == [("", "1"), ("另一篇报道的标题", "")]
    assert [p.text for p in page.loose] == ["工人日报", "2025年9月26日"]


def test_a_continuation_marker_with_its_second_character_misread_still_opens_a_continuation():
    """（上接第1版） read as （上搂第1版） opening a block with no headline over it."""
    lines = [TextLine("（上搂第1版）", Box(40, 50, 130, 60), 10.0)] + _column(40, 65, 6)
    lines += [TextLine("另一篇报道的标题", Box(40, 200, 320, 228), 28.0)] + _column(40, 240, 5)
    page = read_layout(PageLayout(500.0, 400.0, tuple(lines), (Box(30, 185, 480, 187),)))
    assert [a.continued for a in page.articles] == ["1", ""]
    assert page.articles[0].paras[0].text == "（上搂第1版）"


def test_scraps_of_a_headline_between_and_after_its_pieces_join_it():
    """The engine read a headline line as two pieces of headline type with a scrap of body size between
    them (far from both: the characters between were lost), and a kicker's end as tiny scraps: all one
    headline, over one story."""
    lines = [TextLine("保定市总打造创新联盟", Box(200, 10, 420, 24), 14.0),
             TextLine("3", Box(520, 12, 526, 18), 5.0), TextLine("口", Box(540, 12, 546, 18), 5.0),
             TextLine("在创新攻坚", Box(100, 30, 250, 58), 28.0),
             TextLine("中", Box(330, 35, 345, 50), 10.0),
             TextLine("抱团作战", Box(420, 30, 540, 58), 28.0)]
    lines += _column(40, 70, 8) + _column(260, 70, 8) + _column(480, 70, 8)
    page = read_layout(PageLayout(800.0, 300.0, tuple(lines)))
    assert len(page.articles) == 1
    article = page.articles[0]
    assert article.title == "在创新攻坚中抱团作战" and article.kicker.startswith("保定市总打造创新联盟")


def test_two_pieces_of_a_headline_read_twice_over_each_other_stay_headline_type():
    """Overlapping pieces of headline type are one headline read twice in part, not two body lines run
    together: the story is not cut in two at them."""
    lines = [TextLine("顶尖科学家", Box(100, 10, 240, 38), 28.0),
             TextLine("工程师大国工匠", Box(230, 10, 430, 38), 28.0),
             TextLine("工程", Box(225, 12, 280, 38), 28.0)]
    lines += _column(40, 60, 6) + _column(260, 60, 6)
    page = read_layout(PageLayout(500.0, 200.0, tuple(lines)))
    assert len(page.articles) == 1


def test_white_where_the_engine_dropped_a_line_does_not_split_a_column():
    """A lone 。 wrapped onto a line of its own and dropped by the engine leaves two lines of white
    in the column: the L-shaped story's column under its neighbour stays one block and goes on from the
    story's columns at the left (level with them at the foot), not to the next story."""
    lines = [TextLine("这场宝藏盛会为何人气爆棚", Box(20, 10, 360, 38), 28.0)]
    lines += _column(20, 50, 20) + _column(240, 50, 20)
    lines += [TextLine("（上接第1版）", Box(470, 50, 560, 60), 10.0)] + _column(470, 65, 5)
    lines += _column(470, 170, 13, skip=(4,))
    lines += [TextLine("来宾市总探索协作帮扶模式", Box(20, 380, 360, 408), 28.0)] + _column(20, 420, 4)
    rules = [Box(455, 45, 457, 360), Box(456, 160, 700, 162), Box(10, 368, 700, 370)]
    page = read_layout(PageLayout(720.0, 500.0, tuple(lines), tuple(rules)))
    first = page.articles[0]
    assert first.title == "这场宝藏盛会为何人气爆棚"
    assert any(r[0] > 0.6 and r[1] > 0.3 for r in first.regions)  # the column under the continuation
    assert len(page.articles[2].regions) == 1 and page.articles[2].regions[0][1] > 0.7
