"""Line breaking as word processors and text detectors do it: a mark that carries a character down with it (Word's
and WPS's 推出, ``pushout``), and a printed line parted at the blank half-em a full-width mark leaves (PaddleOCR's
DB, EasyOCR's CRAFT, ``markcut``).  Each rule on a made-up page."""
from __future__ import annotations

from unionnews.ingest.paragraphs import paragraphs

# a made-up story whose marks fall where a column of 12 carries a character down with them (推出)
STORY = ["甲城举办职工技能大赛",
         "本报讯（记者周洁）近日，甲城总工会举办职工技能大赛，来自甲城各企业的两百余名职工参加比赛。",
         "比赛设焊工、电工、钳工等多个项目，甲城职工在赛场上比拼技能，同台竞技，互学互鉴。",
         "甲城总工会负责人表示，将持续开展技能竞赛活动，培养更多高技能人才。",
         "甲城总工会今年共举办职工技能大赛十二场次参赛职工累计超过五千人次技能大赛覆盖全城三百余家企业创下历年新高。"]


def _pushed(paragraphs_: list[str], width: int) -> list[str]:
    """``paragraphs_`` printed in a column ``width`` wide where a line that would start on a mark no line starts with
    ends a character early, that character going down with the mark (and an opening mark before it too)."""
    no_start, no_end = set("，。、；：？！）」』》…"), set("（“《")
    out = []
    for text in paragraphs_:
        pos = 0
        while pos < len(text):
            end = min(len(text), pos + width)
            while pos + 1 < end < len(text) and text[end] in no_start:
                end -= 1
            while pos + 1 < end < len(text) and text[end - 1] in no_end:
                end -= 1
            out.append(text[pos:end])
            pos = end
    return out


def test_a_line_one_short_whose_character_went_down_with_a_mark_goes_on():
    """…来自甲城各企业的两百余名职工参加比 | 赛。: the line is one short of the column because 赛 could not stay on
    it without the full stop hanging past the edge.  Read as a paragraph's end, the story came apart at every such
    line; it is a full line."""
    story = [p.replace("甲", city) for city in "甲乙丙" for p in STORY]
    lines = _pushed(story, 11)
    assert sum(len(line) == 10 and lines[k + 1][1:2] in "，、。" for k, line in enumerate(lines[:-1])) >= 6
    assert [p.text for p in paragraphs(lines).paragraphs] == story


def test_a_paragraphs_last_line_one_short_before_a_finished_sentence_is_not_pushed():
    """A line one short that ends a sentence is a paragraph's last line, whatever the next opens on (是，…)."""
    from unionnews.ingest.paragraphs.lines import pushed_down
    assert not pushed_down("甲城职工参加了比赛。", 10, 11, "是，乙城职工也参加了")
    assert pushed_down("甲城职工参加了比赛并", 10, 11, "获，乙城职工也参加了")
    assert pushed_down("甲城职工参加了比赛", 9, 11, "“优”字当头的职工")  # an opening mark went down too
    assert not pushed_down("甲城职工参加了比赛", 9, 11, "近日，乙城职工也参加")  # a two-glyph word before a comma


def _markcut(lines: list[str], at: dict[int, int]) -> list[str]:
    """``lines`` with line k cut after its character ``at[k]``, the rest on a line of its own."""
    out = []
    for k, line in enumerate(lines):
        out += [line[:at[k]], line[at[k]:]] if k in at else [line]
    return out


def _column(width: int = 14) -> list[str]:
    text = ["乙城开展职工健康体检",
            "本报讯（记者吴昊）近日，乙城总工会为一线职工开展免费健康体检，覆盖乙城三十余家企业。"
            "乙城总工会还为职工建立健康档案，跟踪体检结果，与医院合作开设绿色通道。此次体检由乙城总工会"
            "主办，各区工会承办，全市两千余名职工参加。"] * 4
    out = []
    for para in text:
        out += [para[k:k + width] for k in range(0, len(para), width)]
    return out


def test_a_line_cut_after_a_clause_mark_before_its_last_glyph_is_one_line():
    """…建立健康档案， | 跟: a text detector parted the line at the comma's blank half-em, the first piece one short of
    the column and the second one glyph.  No paragraph is one glyph long, none ends on a comma: one printed line."""
    lines = _column()
    cuts = {k: len(line) - 1 for k, line in enumerate(lines) if len(line) == 14 and line[-2:-1] == "，"}
    cuts.update({k: line.index("，") + 1 for k, line in enumerate(lines)
                 if k not in cuts and "，" in line[:-1] and k % 3 == 1})
    assert any(lines[k][-2:-1] == "，" for k in cuts)
    assert [p.text for p in paragraphs(_markcut(lines, cuts)).paragraphs] == \
        [p.text for p in paragraphs(lines).paragraphs]


def test_a_lead_cut_after_its_first_comma_goes_on():
    """本报讯（记者吴昊）近日， | 乙城总工: a lead whose text has begun and stops on a comma goes on at the next line;
    read as an item's opening standing alone, its printed line stayed cut."""
    lines = _column()
    cuts = {k: line.index("，") + 1 for k, line in enumerate(lines) if line.startswith("本报讯")}
    cuts.update({k: line.index("，") + 1 for k, line in enumerate(lines)
                 if k not in cuts and "，" in line[:-1] and k % 3 == 2})
    found = [p.text for p in paragraphs(_markcut(lines, cuts)).paragraphs]
    assert found == [p.text for p in paragraphs(lines).paragraphs]


def test_a_sentence_cut_after_its_full_stop_before_words_that_point_back_goes_on():
    """…跟踪体检结果，与医院合作开设绿色通道。 | 此次体检由乙城总工会: the piece after the full stop opens on 此次,
    which points back at the text before it: no heading opens so, and the two pieces are one printed line."""
    lines = _column(20)
    cuts = {k: line.index("。") + 1 for k, line in enumerate(lines) if "。此次" in line}
    cuts.update({k: line.index("，") + 1 for k, line in enumerate(lines)
                 if k not in cuts and "，" in line[:-1] and k % 3 == 2})
    assert cuts
    found = [p.text for p in paragraphs(_markcut(lines, cuts)).paragraphs]
    assert found == [p.text for p in paragraphs(lines).paragraphs]


def test_a_sentence_cut_after_its_full_stop_goes_on_in_the_full_line_under_it():
    """…开设绿色通道。 | 参加体检的职工 | 来自全市各行各业，各区工会承 | 办，…: a text detector parted the line at the
    blank the full stop leaves; the rest, a sentence's first words with no mark, stands short over a full line whose
    first mark is a comma, the same sentence running on.  Read as a heading, it ended the story above it."""
    text = ["乙城开展职工健康体检",
            "本报讯（记者吴昊）近日，乙城总工会为一线职工开展免费健康体检，覆盖乙城三十余家企业。乙城总工会还为"
            "职工建立健康档案，跟踪体检结果，与医院合作开设绿色通道。参加体检的职工来自全市各行各业，各区工会承办，"
            "全市两千余名职工参加。今年乙城总工会共为职工开展体检四次，受检职工累计超过八千人次。"] * 4
    lines = _pushed(text, 14)

    def goes_on(k: int) -> bool:  # the line's rest after its full stop has no mark, the full line under it a comma
        rest, below = lines[k][lines[k].index("。") + 1:], lines[k + 1] if k + 1 < len(lines) else ""
        first = below.split("。")[0]
        return len(rest) > 1 and not set(rest) & set("，。") and len(below) >= 13 and "，" in first
    cuts = {k: line.index("。") + 1 for k, line in enumerate(lines) if "。" in line[:-1] and goes_on(k)}
    assert len(cuts) >= 4
    cuts.update({k: line.index("，") + 1 for k, line in enumerate(lines)
                 if k not in cuts and "，" in line[:-1] and k % 3 == 2})
    found = [p.text for p in paragraphs(_markcut(lines, cuts)).paragraphs]
    assert [p.text for p in paragraphs(lines).paragraphs] == text
    assert found == text


def test_a_heading_over_running_text_on_a_page_printed_whole_stays_apart():
    """…合作开设绿色通道。 | 体检服务 | 乙城总工会今年共为职工开展体检四次，…: a paragraph's last line and a subhead
    that fill the column by chance, over a full line of running text.  Without the cut pairs of a text detector
    elsewhere on the page, the subhead is no sentence's start cut off its line."""
    text = ["乙城开展职工健康体检",
            "本报讯（记者吴昊）近日，乙城总工会为一线职工开展免费健康体检，覆盖乙城三十余家企业，与医院开设绿色"
            "通道。",
            "体检服务",
            "乙城总工会今年共为职工开展体检四次，受检职工累计超过八千人次，各区工会承办，全市职工参加。"]
    lines = _pushed(text, 14)
    k = lines.index("体检服务")
    assert len(lines[k - 1]) + len(lines[k]) == 14 and len(lines[k + 1]) == 14
    assert [p.text for p in paragraphs(lines).paragraphs] == text


def test_a_sentence_cut_after_its_full_stop_before_a_pointer_and_its_noun_goes_on():
    """…与医院合作开设绿色通道。 | 该项目由乙城总工会: the piece after the full stop opens on 该 before a noun,
    pointing back at what the text before named (the determiner, not the verb 该出手…): no heading opens so, and the
    two pieces fill the column as one printed line."""
    text = ["乙城开展职工健康体检",
            "本报讯（记者吴昊）近日，乙城总工会为一线职工开展免费健康体检，覆盖乙城三十余家企业。乙城总工会还为"
            "职工建立健康档案，跟踪体检结果，与医院合作开设绿色通道。该项目由乙城总工会主办，各区工会承办，全市两千"
            "余名职工参加。"] * 4
    lines = [para[k:k + 20] for para in text for k in range(0, len(para), 20)]
    cuts = {k: line.index("。") + 1 for k, line in enumerate(lines) if "。该项目" in line}
    cuts.update({k: line.index("，") + 1 for k, line in enumerate(lines)
                 if k not in cuts and "，" in line[:-1] and k % 3 == 2})
    assert cuts
    found = [p.text for p in paragraphs(_markcut(lines, cuts)).paragraphs]
    assert found == [p.text for p in paragraphs(lines).paragraphs] == text


def test_a_piece_opening_on_a_pointer_is_unlike_a_heading_but_not_the_verb():
    """该学院将聚焦… points back (a determiner before its noun), 该出手时就出手 is the verb 该 (should)."""
    from unionnews.ingest.paragraphs.boxes import _unlike_heading
    assert _unlike_heading("该学院将聚焦盾构机")
    assert _unlike_heading("该市总工会")
    assert not _unlike_heading("该出手时就出手")
    assert not _unlike_heading("职工技能大赛开幕")


def test_a_column_pieces_end_under_a_cut_line_stays_apart_from_the_headline_under_it():
    """…强化系统间联动， | 形 | 成工作合力， | 乙城成立工匠学院 | 前，乙城工匠学院揭牌…: the line above the column
    piece's short last line is itself a printed line a detector cut in two (the pair fills the column), so the piece
    runs text to its end; the headline under it, over the rest of a word whose start stands elsewhere (日 | 前，),
    is the next item's, though the piece's last line and it fill the column together."""
    lines = _column()
    cuts = {k: line.index("，") + 1 for k, line in enumerate(lines) if "，" in line[:-1] and k % 3 == 2}
    piece = ["乙城各级工会在服务职工、深化", "改革、自身建设方面互学互鉴，", "实现互补，强化系统间联动，形", "成工作合力，",
             "乙城成立工匠学院", "前，乙城工匠学院揭牌仪式在乙", "城技师学院举行。"]
    assert all(len(line) == 14 for line in piece[:3]) and len(piece[3] + piece[4]) == 14
    cuts[len(lines) + 2] = piece[2].rindex("，") + 1
    found = [p.text for p in paragraphs(_markcut(lines + piece, cuts)).paragraphs]
    assert found[-3:] == ["".join(piece[:4]), "乙城成立工匠学院", "前，乙城工匠学院揭牌仪式在乙城技师学院举行。"]
