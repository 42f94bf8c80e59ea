"""What layout-aware converters, PDF text and engines print of a page's furniture that the other variant tables
do not (tests/variants.py ``HELD_OUT_5``): a column rule read as a character at the lines' edges, converters'
Markdown (image blocks, rules, bold headings, one blank line between any two blocks), editors' lines between
items and at the page's foot.  Made-up pages; each case lost stories, mixed two stories without a review reason
or made sentences the page does not print before the rule it names."""
from __future__ import annotations

from test_ingest_heldout import STORIES
from test_ingest_helpers import PAPERS
from test_ingest_third import _same_articles
from test_ingest_tiny import PLACES, _import, _mixed_without_review
from unionnews.ingest import run_import
from variants import printed_column


def _ruled(lines: list[str], rule: str, start: bool, every: int = 1) -> list[str]:
    """``lines`` with ``rule`` at the start (or end) of every ``every``-th text line."""
    return [(rule + line if start else line + rule) if line.strip() and k % every == 0 else line
            for k, line in enumerate(lines)]


def test_a_column_rule_read_as_a_character_is_taken_off(tmp_path):
    """A printed column with its rule read as 丨, |, l or I at the start or the end of most lines (Tesseract beside
    a vertical rule): every sentence held the rule, none read as printed, and no story came out whole."""
    lines = printed_column([p for story in STORIES for p in story], 13)
    plain = "\n".join(lines) + "\n"
    for n, (rule, start) in enumerate((("丨", True), ("|", False), ("l", False), ("I", True), (" │", False))):
        page = "\n".join(_ruled(lines, rule, start, every=1 + n % 4)) + "\n"
        (tmp_path / str(n)).mkdir()
        got = _same_articles(page, plain, tmp_path / str(n))
        assert sorted(a["text"][:2] for a in got) == sorted(PLACES[:3])


def test_the_import_warns_once_about_a_column_rule(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("\n".join(_ruled(printed_column([p for s in STORIES for p in s], 13), "丨", False)) + "\n",
                    encoding="utf-8")
    report = run_import([page], tmp_path / "content", tmp_path, PAPERS, paper="工人日报", date="2025-09-26", page=4)
    said = [w for w in report.warnings if "column rule" in w]
    assert len(said) == 1 and "'丨' at the end" in said[0]


def test_a_rule_letter_beside_a_latin_letter_is_kept_and_said_in_review():
    """On a page ruled with I, a line beginning IT or ending AI may hold the word's letter or the rule: kept as
    printed text, its line named (the article says so in review, so no unflagged sentence holds a guess)."""
    from unionnews.ingest.decode import unrule
    lines = ["I甲城总工会举办职工技能大赛，", "I来自各企业的两百余名职工参加", "I比赛。比赛设焊工、电工等多个",
             "ITV直播了比赛。", "I甲城总工会负责人表示，将持续", "开展技能竞赛活动。"]
    out, rules, doubtful, _ = unrule(lines)
    assert rules == [("I", "start", 4)] and doubtful == [4]
    assert out[0] == "甲城总工会举办职工技能大赛，" and out[3] == "ITV直播了比赛。"


def test_a_rule_letter_where_a_latin_word_the_line_break_cut_goes_on_is_kept_and_said():
    """On a page ruled with I at the lines' starts, a line ending on A over a line beginning I大 may be the word AI
    cut at the line's end, the I its last letter: taken for the rule, a printed letter was lost.  Kept and named;
    the same I after a Chinese line end is the rule and comes off."""
    from unionnews.ingest.decode import unrule
    lines = ["I甲城总工会举办职工技能大赛，", "", "I来自各企业的两百余名职工聚焦A", "", "I大模型等领域开展比赛。",
             "I甲城总工会负责人表示，将持续", "I开展技能竞赛活动。", "I乙城总工会也将用AI", "I技术办比赛。"]
    out, rules, doubtful, _ = unrule(lines)
    assert rules == [("I", "start", 7)] and doubtful == [5] and out[-1] == "技术办比赛。"  # AI ended whole
    assert out[4] == "I大模型等领域开展比赛。" and out[5] == "甲城总工会负责人表示，将持续"
    ends = ["甲城总工会举办职工技能大赛I", "来自各企业的两百余名职工用I", "T技术开展比赛。", "甲城总工会负责人表示I",
            "开展技能竞赛活动。I"]
    out, rules, doubtful, _ = unrule(ends)
    assert rules == [("I", "end", 4)] and doubtful == [2] and out[1].endswith("用I") and out[0].endswith("大赛")


def test_a_rule_letter_beside_a_latin_word_comes_off_where_the_word_reads_without_it():
    """A ruled page's letter beside a Latin word is the rule when the word without it is printed so elsewhere on
    the page and with it nowhere (…使用AII | +培训: AI is the page's word), or written as words are only without it
    (lS弯: a small letter before a capital; …Fine | I点).  Kept, the page printed AII and lS, which it never did.
    A word the letter may belong to (3ID or 3D, a word printed nowhere else) stays flagged and kept."""
    from unionnews.ingest.decode import unrule
    ends = ["甲城总工会推进AI+制造、I", "AI+服务等项目，职工使用AII", "+培训平台学习新技能。I", "乙城职工用手机APP报名I",
            "参加比赛，职工之家AI", "PP累计使用两千余次，I", "大足石刻通过3I", "D打印技术呈现。"]
    out, rules, doubtful, taken = unrule(ends)
    assert rules == [("I", "end", 5)] and out[1] == "AI+服务等项目，职工使用AI" and out[4].endswith("职工之家A")
    assert [(n, word) for n, word, _ in taken] == [(2, "AI"), (5, "APP")] and doubtful == [7]
    assert out[6] == "大足石刻通过3I" and "printed so elsewhere" in taken[0][2]
    out, _, doubtful, taken = unrule(["甲城推进AI+制造、I", "AI+服务、AI", "", "I+培训等项目。I", "乙城推进AI+文旅。I"])
    assert out[1] == "AI+服务、A" and out[3] == "I+培训等项目。" and doubtful == []  # read on past a stray blank line
    starts = ["l甲城总工会举办驾驶比赛，", "l设置", "lS弯、倒车入库等项目。", "l技术人员用Fine", "l点改为Zone点。"]
    out, rules, doubtful, taken = unrule(starts)
    assert out[2] == "S弯、倒车入库等项目。" and [(n, word) for n, word, _ in taken] == [(3, "S")]
    assert out[4] == "点改为Zone点。" and doubtful == []
    out, rules, doubtful, taken = unrule(["I甲城总工会举办比赛，", "I设备采用", "Intel芯片。", "I比赛设多个项目。"])
    assert out[2] == "Intel芯片。" and doubtful == [3] and taken == []  # Intel and ntel: both written as words are
    cut = ["l甲城职工学习Excel表格，", "l乙城职工使用Exce", "l制作报表。", "l丙城职工参加比赛。"]
    out, rules, doubtful, taken = unrule(cut)  # Excel cut before its l: the page prints Excel, never Exce
    assert out[2] == "l制作报表。" and doubtful == [3] and out[3] == "丙城职工参加比赛。"
    spaced = ["甲城总工会举办比赛， I", "技术人员将Fine点改为Z I", "one点，提升效率。 I", "乙城职工使用V11VL I", "作为教学平台。 I"]
    out, rules, doubtful, taken = unrule(spaced)  # the rule a space from the text, as on most of the page's lines
    assert out[1] == "技术人员将Fine点改为Z" and out[3] == "乙城职工使用V11VL" and doubtful == []
    assert [(n, word) for n, word, _ in taken] == [(2, "Zone"), (4, "V11VL")]
    tight = [line.replace(" I", "I") if n % 2 == 0 else line for n, line in enumerate(spaced)]
    out, rules, doubtful, taken = unrule(tight)  # the rule right by the text: a letter a space apart may be a word
    assert out[1] == "技术人员将Fine点改为Z I" and doubtful == [2, 4] and taken == []


def test_a_ruled_column_whose_line_break_cut_a_latin_word_reads_as_printed_and_says_so(tmp_path):
    """Printed lines ruled with I at the end, a line cut inside APP (…表示，AP | P累计): the rule makes it API | P,
    and the headline's APP reads APPI.  The page prints APP whole elsewhere, so both come off as the rule: the
    articles read as the unruled page's, and each says in review which letter was taken off and why."""
    stories = [["甲城推广职工之家APP", "本报讯（记者周洁）近日，甲城职工之家APP上线法律服务模块，职工可在线咨询。",
                "甲城总工会负责人表示，APP累计使用两千余次。"],
               ["乙城开展职工健康体检", "本报讯（记者吴昊）近日，乙城总工会为一线职工开展免费健康体检，覆盖乙城三十余家企业。"]]
    lines = printed_column([p for story in stories for p in story], 13)
    assert any(a.endswith("AP") and b.startswith("P") for a, b in zip(lines, lines[1:]))  # the cut this is about
    got = _same_articles("\n".join(_ruled(lines, "I", False)) + "\n", "\n".join(lines) + "\n", tmp_path)
    first = next(a for a in got if a["text"].startswith("甲城推广"))
    assert sum("taken off as the rule, the word read as APP" in r for r in first["review"]) == 2, first["review"]


_LATIN_WORDS = ("AI", "APP", "IT", "IP", "ID", "IPO", "VR", "5G", "3D", "GDP", "MIPI", "LED", "Intel", "Excel",
                 "Zone", "Fine", "Wi", "etc", "html", "lab", "ml", "kW", "PhD", "iPhone", "eSIM", "IIoT", "LoRa",
                 "Linux", "all", "ill", "BI", "AIGC", "KPI", "OLED", "ISO9001", "3Q", "Il")


def test_no_letter_taken_off_on_a_words_evidence_was_printed():
    """Made-up ruled columns (fixed seeds): Chinese text with Latin words of every shape (capitals, small letters,
    a capital then small ones, digits, words that begin or end in l or I, which a break may cut anywhere), the rule
    l, I, | or 丨 at either side, right by the text or a space from it, on a share of the lines.  Every letter
    taken off on a word's evidence was the rule's, never a printed one; and many are taken."""
    import random
    from unionnews.ingest.decode import unrule
    han = "的是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产"
    taken_in_all = 0
    for seed in range(150):
        rng = random.Random(seed)
        paragraphs = []
        for _ in range(rng.randint(6, 14)):
            text = ""
            while len(text) < rng.randint(30, 80):
                text += "".join(rng.choice(han) for _ in range(rng.randint(2, 8)))
                text += rng.choice(_LATIN_WORDS) + rng.choice(("", "", "+", "，", "。")) if rng.random() < 0.5 else ""
            paragraphs.append(text + "。")
        lines = printed_column(paragraphs, rng.randint(8, 18))
        ch, start, gap = rng.choice("lI|丨"), rng.random() < 0.5, rng.choice(("", "", " "))
        share = rng.uniform(0.4, 0.9)
        ruled = [(ch + gap + line if start else line + gap + ch) if line.strip() and rng.random() < share else line
                 for line in lines]
        out, _, _, taken = unrule(ruled)
        assert [(n, out[n - 1]) for n, _, _ in taken] == [(n, lines[n - 1]) for n, _, _ in taken], seed
        taken_in_all += len(taken)
    assert taken_in_all > 100


def test_a_rule_found_on_a_few_lines_comes_off_where_one_stands_as_no_character_of_text_could():
    """A short page whose rule the engine read on one or two lines only, too few to tell from text: a letter or a
    bar after a sentence's end at a line's end (…参加比赛。 I, …企业。l, …体检。 |) or before a lead's 本报
    (l 本报讯…, l本报讯…) is no word, so the page is ruled and the rule's other lines come off too.  Kept, each
    was a character the paper never printed."""
    from unionnews.ingest.decode import unrule
    out, rules, _, _ = unrule(["南湖区举办职工技能竞赛", "", "名职工参加比赛。 I", "", "甲城职工运动会开幕"])
    assert out[2] == "名职工参加比赛。" and rules == [("I", "end", 1)]
    out, rules, _, _ = unrule(["乙城体检", "", "本报讯（记者吴昊）近日，乙城总工会为职工体检。l", "", "本报讯（记者张华）近日，南湖区总l"])
    assert out[2].endswith("体检。") and out[4].endswith("南湖区总") and rules == [("l", "end", 2)]
    out, rules, _, _ = unrule(["l甲城开展职工健康体检", "", "l本报讯（记者周洁）近日，甲城总工会送去防暑用品。", "", "乙城开展体检"])
    assert out[0] == "甲城开展职工健康体检" and out[2].startswith("本报讯") and rules == [("l", "start", 2)]
    out, rules, _, _ = unrule(["甲城开展职工健康体检", "", "本报讯（记者周洁）近日，甲城总工会为职工体检。 |", "北京 | 上海"])
    assert out[2].endswith("体检。") and out[3] == "北京 | 上海" and rules == [("|", "end", 1)]
    assert unrule(["甲城职工使用 I", "乙城职工说 l"])[1] == []  # a letter apart from other text: not enough
    assert unrule(["甲城职工使用I", "", "乙城职工参加比赛。"])[1] == []


def test_a_box_drawing_bar_at_a_lines_edge_is_a_rule_on_any_number_of_lines():
    """A short page whose rule the engine read (as │) on two of its eight lines: too few for a letter or a bar
    to tell from text, but no printed text is set in a box-drawing character, so both come off."""
    from unionnews.ingest.decode import unrule
    lines = ["│南湖区开展职工健康体检", "本报讯（记者张华）近日，南", "湖区总工会为一线职工免费体", "检，覆盖全市120家企业。",
             "甲城开展职工健康体检", "│本报讯（记者张华）近日，甲", "城总工会为一线职工免费体检，", "覆盖全市120家企业。"]
    out, rules, doubtful, _ = unrule(lines)
    assert rules == [("│", "start", 2)] and doubtful == []
    assert out == [line.lstrip("│") for line in lines]


def test_a_bar_on_two_lines_of_a_short_page_and_a_rule_alone_on_a_line_come_off():
    """A short page whose rule the engine read as 丨 or | on two of its nine lines (a letter could end two
    sentences, a bar hardly ever), and on a ruled page a line holding the rule alone (the rule beside a blank
    line of the column): all the rule's, none of it printed text.  Before, the two were kept as text."""
    from unionnews.ingest.decode import unrule
    for bar in "丨|":
        lines = ["北山区职工运动会开幕", "", "单位的800名运动员参赛。", "活动结束后，北山区" + bar, "总工会还向职工发放了问卷。",
                 "甲城开展职工健康体检" + bar, "家企业。", "据了解，甲城今年已累计投入", "专项资金200万元。", bar]
        out, rules, doubtful, _ = unrule(lines)
        assert rules == [(bar, "end", 3)] and doubtful == []
        assert out == [line.rstrip(bar) for line in lines]


def test_a_rule_far_right_of_its_lines_text_is_the_rule_too():
    """A rule (a bar or a letter) read after a run of spaces longer than three (the engine printed the way to
    the column's edge, or the lines were padded before it): a bar or a lone letter so far from the text is no
    word of it.  Before, only the rules after a gap of three or less came off and the others were kept."""
    from unionnews.ingest.decode import unrule
    lines = ["东港镇举办职工技能竞赛    丨", "", "本报讯（记者吴昊）近日，东港镇总工会举办职工技", "职工参加比赛。\t丨", "",
             "丁城举办职工技能竞赛", "本报讯（记者吴昊）近日，丁城总工会举办职工技能", "丁城总工会负责\t丨",
             "人表示，将把这项工作办成职工身边的实事。      丨"]
    for rule in "丨I":
        ruled = [line.replace("丨", rule) for line in lines]
        out, rules, doubtful, _ = unrule(ruled)
        assert rules == [(rule, "end", 4)] and doubtful == []
        assert [line.rstrip(" \t" + rule) for line in out] == [line.rstrip(" \t" + rule) for line in ruled]
        assert rule not in "".join(out)


def test_letters_bars_and_tables_that_are_text_are_not_a_rule():
    """What else stands at lines' edges: a table's cells between bars (the bar inside the line too), English
    text (I and l beside Latin letters), a few lines ending on one character by chance."""
    from unionnews.ingest.decode import unrule
    table = ["| 单位 | 人数 |", "| 甲城总工会 | 215 |", "| 乙城总工会 | 180 |", "| 丙城总工会 | 96 |"]
    english = ["I think the union did well.", "I was there in 2025.", "It was a good year.", "I agree with all."]
    chance = ["甲城总工会举办比赛丨", "来自各企业的两百余名职工参加", "比赛设焊工、电工等多个项目，",
              "职工在赛场上比拼技能。", "甲城总工会负责人表示", "将持续开展技能竞赛活动。", "乙城开展职工健康体检",
              "乙城总工会为职工建立健康档案"]
    for lines in (table, english, chance):
        assert unrule(lines) == (lines, [], [], [])


def _markdown(stories: list[list[str]], heading: str, image: str, rule: str) -> tuple[str, str]:
    """The stories as a converter's Markdown (each headline as ``heading`` makes it, one blank line between any
    two blocks, an image block and a rule between stories) and as printed (one paragraph a line)."""
    page, plain = [], []
    for k, story in enumerate(stories):
        if k:
            page += [image, "", rule, ""]
            plain += ["", ""]
        page += [heading.format(story[0]), ""] + [line for p in story[1:] for line in (p, "")]
        plain += [story[0], ""] + [line for p in story[1:] for line in (p, "")]
    return "\n".join(page) + "\n", "\n".join(plain) + "\n"


def test_a_converters_markdown_reads_as_the_page_it_printed(tmp_path):
    """MinerU's, Marker's and olmOCR's Markdown: image blocks where a photo stood, a rule between items, headlines
    as ``# `` or as bold lines.  The image block ran into the next story's text (sentences the page does not
    print: ``！[]（images/…jpg）``), the rule read as dashes, the bold headline kept its asterisks."""
    forms = (("# {}", "![](images/3f9a0c1d2e4b5a6978f0e1d2c3b4a5968778695a.jpg)", "---"),
             ("**{}**", "![](_page_0_Picture_2.jpeg)", "***"), ("### {}", "![图片](images/a1.png)", "___"))
    for n, (heading, image, rule) in enumerate(forms):
        page, plain = _markdown(STORIES, heading, image, rule)
        (tmp_path / str(n)).mkdir()
        got = _same_articles(page, plain, tmp_path / str(n))
        assert sorted(a["text"][:2] for a in got) == sorted(PLACES[:3])


def test_bold_spans_and_bold_sentences_lose_only_their_asterisks():
    from unionnews.ingest.decode import unmarkdown
    lines = ["**本报讯**（记者周洁）近日，甲城举办比赛。", "**职工们纷纷表示，收获很大。**", "**甲城举办职工技能大赛**",
             "![](images/a.jpg) ![](images/b.jpg)", "- - -", "甲城总工会 * 乙城总工会", "———"]
    out, found = unmarkdown(lines)
    assert out == ["本报讯（记者周洁）近日，甲城举办比赛。", "职工们纷纷表示，收获很大。", "## 甲城举办职工技能大赛", "", "",
                   "甲城总工会 * 乙城总工会", "———"]
    assert found == {"bold spans": 2, "bold lines read as headings": 1, "image blocks": 1, "rules": 1}
    plain = ["甲城举办职工技能大赛", "本报讯（记者周洁）近日，甲城举办比赛。"]
    assert unmarkdown(plain) == (plain, {})


_PHOTO = ["丁城职工健康跑", "近日，丁城总工会组织两百余名职工参加健康跑活动，职工们沿湖畔奔跑。", "本报记者 盛丽 摄"]


def _with_credits(credits: list[str]) -> tuple[list[str], list[str]]:
    """The first two stories, the staff ``credits`` under the second, then a photo story with no 本报讯 lead:
    the page as one paragraph a line (blank runs of three between items), and as its paragraphs."""
    stories = [STORIES[0], STORIES[1], _PHOTO]
    page: list[str] = []
    for k, story in enumerate(stories):
        page += [line for p in story for line in (p, "")]
        if k == 1:
            page = page[:-1] + credits + [""]
        page += ["", ""]
    return page, [p for story in stories for p in story] + credits


def test_staff_credits_under_an_item_are_page_furniture_and_end_it(tmp_path):
    """The editors' lines under an item (（责任编辑　赵敏）, 版式设计：吴昊, 校对：李丹): the paragraph stage joined them
    to the item's last paragraph (a bracketed line reads as an aside) and the photo story under them, whose
    headline has no lead, ran on into that item: one file mixing two stories with no review reason.  Each form:
    one paragraph a line, the same lines in a printed column, and a credit the line width cut in two."""
    for n, credits in enumerate((["（责任编辑　赵敏）", "（版式设计　吴昊）", "（校对：李丹）"],
                                 ["责任编辑：王娜　版式设计：刘洋　校对：赵敏"], ["本版编辑 张宇 美编：吴昊"])):
        lines, paras = _with_credits(credits)
        for m, page in enumerate(("\n".join(lines) + "\n", "\n".join(printed_column(paras, 12)) + "\n")):
            (tmp_path / f"{n}{m}").mkdir()
            got = _import(page, tmp_path / f"{n}{m}")
            assert _mixed_without_review(got) == []
            assert sorted(a["text"][:2] for a in got) == ["丁城", "乙城", "甲城"], (n, m)
            assert not any("编辑" in a["text"] for a in got)


def test_a_headline_filling_its_line_under_the_editors_credit_heads_the_story_under_it(tmp_path):
    """Printed lines, the editors' credit straight under an item (本版责编 周立　美编：| 刘洋), then a headline that
    fills its line over a lead with no 本报讯 (近日，…): the credit finishes what stands above as a full stop does,
    so the full line under it is the headline a finished paragraph leaves apart.  Read as a paragraph going on, the
    headline ran into the lead and the story had no headline."""
    from unionnews.ingest.paragraphs import paragraphs
    paras = ["甲城举办职工技能大赛", "本报讯（记者周洁）近日，甲城总工会举办职工技能大赛，来自甲城各企业的两百余名职工参加比赛。",
             "甲城总工会负责人表示，将持续开展技能竞赛活动，为职工成长搭建平台。", "本版责编 周立\u3000美编：刘洋",
             "公交驾驶员比赛展技能", "近日，乙城公交集团工会举办了第三届技能大赛驾驶员比赛决赛，实操考试设置多个项目。"]
    lines = printed_column(paras, 10)
    assert "公交驾驶员比赛展技能" in lines  # the headline fills its line
    got = [p.text for p in paragraphs(lines).paragraphs]
    assert "公交驾驶员比赛展技能" in got and got[-1].startswith("近日，乙城")
    articles = _import("\n".join(lines) + "\n", tmp_path)
    assert [a["text"][:12] for a in articles] == ["甲城举办职工技能大赛本报", "公交驾驶员比赛展技能近日"]


def test_a_credit_line_the_wrap_cut_inside_its_last_name_is_furniture_and_ends_its_item(tmp_path):
    """Re-wrapped paragraphs parted by blank lines; the editors' line printed right under an item's last sentence
    (no blank line) and cut by the wrap inside its last name (本版编辑　李明 美编 王 | 芳 校对：张宇); then, after blank
    lines, an item with no lead marker (a headline over 9月25日，…).  The cut credit read as the item's text going on,
    neither piece being a whole credit, and the next item's headline ran on into it: one file for two stories, with
    no review reason.  A role, a name and a space open a credit under a finished sentence, as a role and colon do."""
    page = ("甲城举办职工技能大赛\n\n本报讯（记者周洁）近日，甲城总工会举办职工技能大赛，来自甲城各企\n业的两百余名职工参加比赛。\n\n"
            "甲城总工会负责人表示，将持续\n开展技能竞赛活动。\n本版编辑\u3000李明 美编 王\n芳 校对：张宇\n\n\n\n"
            "乙城表彰百名优秀职工\n\n9月25日，乙城总工会召开大会，表彰一百名\n优秀职工和十个先进集体。\n")
    got = _import(page, tmp_path)
    assert _mixed_without_review(got) == []
    assert sorted(a["text"][:2] for a in got) == ["乙城", "甲城"]
    assert not any("编辑" in a["text"] for a in got)


def test_a_bracketed_credit_the_column_cut_inside_a_role_word_is_one_credit(tmp_path):
    """A printed column of 11; the editors' line in brackets cut inside 美术编辑 (（本版编辑：陈晓　美 | 术编辑：孙琳）)
    right under an item's last sentence, and the next item's headline right under it.  The first piece opened a
    paragraph of its own, read as a subhead; the second, no credit alone, ran on into the next headline and its
    text: one file for two stories with no review reason.  A credit goes on where the next line makes it whole."""
    page = ("甲城新建十家工会驿站\n本报讯（记者李明）近日，\n甲城总工会在城区新建1\n0家工会驿站，为快递员、\n外卖骑手等户外劳动者提\n"
            "供休息、饮水等服务。\n（本版编辑：陈晓\u3000美\n术编辑：孙琳）\n乙城职工运动会开幕\n本报讯（记者张华）近日，\n"
            "乙城总工会举办第十届\n职工运动会，来自60家\n单位的800名运动员参\n赛。\n")
    got = _import(page, tmp_path)
    assert _mixed_without_review(got) == []
    assert sorted(a["text"][:2] for a in got) == ["乙城", "甲城"]
    assert not any("编辑" in a["text"] for a in got)


def test_a_line_that_names_a_role_in_a_sentence_is_no_staff_credit():
    from unionnews.ingest.normalize import STAFF_CREDITS
    assert STAFF_CREDITS.match("（责任编辑　赵敏）（版式设计　吴昊）") and STAFF_CREDITS.match("责编：张宇")
    for text in ("编辑部召开会议", "校对工作很重要。", "责任编辑王娜表示，版面将改版。", "编辑说明"):
        assert not STAFF_CREDITS.match(text)


def test_a_heading_over_a_dated_lead_on_a_page_of_one_heading_level_opens_an_item(tmp_path):
    """MinerU's Markdown marks every heading ``# `` and parts every two blocks with one blank line: a photo story's
    headline over 近日，… (no 本报讯 lead) under a finished paragraph was read as a subhead of the story above,
    one file mixing two stories with no review reason.  On a page of one heading level the level tells no subhead
    from a headline, and one marked line over a lead on its date opens an item, as two do on any page."""
    stories = [STORIES[0], STORIES[1], _PHOTO]
    page = "\n".join(line for story in stories for p in [f"# {story[0]}"] + story[1:] for line in (p, "")) + "\n"
    got = _import(page, tmp_path)
    assert _mixed_without_review(got) == []
    assert sorted(a["text"][:2] for a in got) == ["丁城", "乙城", "甲城"]


def test_a_headline_over_three_lines_with_no_lead_marker_stays_whole(tmp_path):
    """A headline longer than its column set over three lines (a big headline in a narrow column), over a story
    opening on its date with no 本报讯 marker: the headline took its first line only, and the other two began
    the story's body, run on into its first sentence."""
    bodies = [["近日，甲城总工会举办职工技能大赛，来自甲城各企业的两百余名职工参加比赛。", "比赛设焊工、电工等多个项目。"],
              ["9月3日，乙城总工会为一线职工开展免费健康体检，覆盖乙城三十余家企业。", "乙城总工会还为职工建立健康档案。"]]
    heads = [["甲城职工 技能", "筑梦 第三届职", "工技能大赛举办"], ["乙城职工 健康", "护航 一线职工", "免费体检启动"]]
    page = "\n".join(line for head, body in zip(heads, bodies) for line in head + printed_column(body, 12)) + "\n"
    got = _import(page, tmp_path)
    assert sorted(a["head"] for a in got) == ["乙城职工健康护航一线职工免费体检启动", "甲城职工技能筑梦第三届职工技能大赛举办"]
    assert sorted(a["body"][:3] for a in got) == ["9月3", "近日，"]


def test_a_subhead_its_column_cut_in_two_stays_in_its_story(tmp_path):
    """A ten-character subhead in a column of nine (职工技能比 | 赛圆满结束: 比赛 across the break): two short lines of a
    headline's shape read as a headline block, an item of its own, cut off the story it stands in."""
    first = printed_column(["本报讯（记者周洁）近日，甲城总工会举办职工技能大赛，来自甲城各企业的两百余名职工参加比赛。",
                            "比赛设焊工、电工等多个项目。"], 12)
    rest = printed_column(["比赛结束后，甲城总工会为获奖职工颁发证书。", "甲城总工会负责人表示，将持续开展技能竞赛活动。"], 12)
    other = printed_column(STORIES[1][1:], 12)
    page = "\n".join(["甲城举办职工技能大赛", *first, "职工技能比", "赛圆满结束", *rest, STORIES[1][0], *other]) + "\n"
    got = _import(page, tmp_path)
    assert sorted(a["text"][:2] for a in got) == ["乙城", "甲城"]
    assert "职工技能比赛圆满结束比赛结束后" in next(a["text"] for a in got if a["text"].startswith("甲城"))


def test_a_rule_found_on_two_lines_of_a_short_page_comes_off_when_it_stands_as_no_text_does():
    """An engine found the column's rule on two lines only: …降温用 l and …专项资金200万元。 l (a letter a space sets
    apart from the Chinese text), or | before two lines' text on a page of sixteen.  Too few for a fifth of the
    lines, but no sentence ends on a letter after a space, or begins on a bar, twice: the rule comes off.  A letter
    right beside the text on two lines (l总工会…, which an engine may have read from a 1) stays, as before."""
    from unionnews.ingest.decode import unrule

    spaced = ["某区开展夏季送清凉活动", "本报讯（记者周洁）近日，某区", "总工会为环卫工人送去防暑降温用 l", "品，价值5万余元。",
              "某城开展职工健康体检", "本报讯（记者周洁）近日，某城总", "工会为一线职工免费体检，覆盖全", "市120家企业。",
              "据了解，某城今年已累计投入专项", "资金200万元。 l", "“这样的活动办到了我们心坎上。", "”某城一名职工说。"]
    out, rules, _, _ = unrule(spaced)
    assert rules == [("l", "end", 2)] and out[2].endswith("降温用") and out[9] == "资金200万元。"
    barred = [f"第{k}行的文字在这里" for k in range(16)]
    barred[4], barred[11] = "|" + barred[4], "|" + barred[11]
    out, rules, _, _ = unrule(barred)
    assert rules == [("|", "start", 2)] and "|" not in "".join(out)
    beside = ["某区开展职工健康体检", "本报讯（记者郑凯）近日，某区", "l总工会为一线职工免费体检，覆盖", "全市120家企业。",
              "某城开展职工健康体检", "本报讯（记者张华）近日，某城总", "l工会为一线职工免费体检，覆盖全", "市120家企业。"]
    assert unrule(beside)[0] == beside
    indented = ["某区开展职工健康体检", "I \u3000本报讯（记者郑凯）近日，某区总工会为一线职工免费体检。", "某城开展职工健康体检",
                "I \u3000本报讯（记者张华）近日，某城总工会为一线职工免费体检。", "\u3000据了解，某城今年已投入资金。"]
    out, rules, _, _ = unrule(indented)  # the letter, a space, then the paragraph's own ideographic indent
    assert rules == [("I", "start", 2)] and out[1].startswith("\u3000本报讯") and out[3].startswith("\u3000本报讯")


def test_a_kicker_and_a_title_each_wrapped_in_three_marked_lines_head_the_story_under_them(tmp_path):
    """A converter marks every piece of a wrapped heading with its level: a kicker and a title, each in three
    lines of a narrow column, are six marked lines over the lead.  The block was read as five lines at most, and
    the kicker's first piece was left over as a subhead closing the story above."""
    kicker, title = ["### 甲城总工会职工", "### 服务中心联合举", "### 办主题宣讲活动"], ["## 六名职工深情讲", "## 述建水库保水源", "## 促发展的故事"]
    first = [f"# {STORIES[1][0]}", *printed_column(STORIES[1][1:], 12)]
    second = [*kicker, *title, *printed_column(STORIES[0][1:], 12)]
    got = _import("\n".join(first + second) + "\n", tmp_path)
    assert _mixed_without_review(got) == []
    heads = {a["text"][:2]: a["head"] for a in got}
    assert sorted(heads) == ["乙城", "甲城"]
    assert all(line.lstrip("# ") in heads["甲城"] for line in kicker + title)
    assert "服务中心" not in next(a["text"] for a in got if a["text"].startswith("乙城"))
