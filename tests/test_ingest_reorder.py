"""The automatic reading order: short interleaved pages are put back together and
flagged, pages read in order are left alone, and seed 002 comes out in the order a
person worked out by hand (the manifest's former ``reading_order``)."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from test_ingest_helpers import PAPERS, RAW, SEEDS, articles, import_page, import_seed, read_md
from unionnews.ingest import continuity as ct
from unionnews.ingest import run_import
from unionnews.ingest.manifest import BREAK, parse_order
from unionnews.ingest.pageview import Page, headline_like
from unionnews.ingest.scores import Scorer
from unionnews.ingest.placement import place
from unionnews.ingest.reorder import find_order, sentence_joins
from unionnews.ingest.segment import make_units, segment

SEED002 = "grrb-2025-11-14-seed002.txt"
# The order worked out by hand before the importer could find it (raw/manifest.yaml, issue 3).
HAND_ORDER = """1-17, 65, |, 67-89, 19, 63, 21-27, |, 61, 29-35, 57, 37, 55, 39-43, 59, |, 53, 45-51,
    91-115, 155, 117-119, 153, 121-125, 149, 143, 127, 151, 145, 129-131, 139, 223-225, 147, 133-137, 141,
    157-171, 177-179, 175, 181-183, 185-221, 227, 231, 229, 233-237"""

# Two short items whose leads the OCR read at the end of the column.
LEADS_AT_THE_END = """南湖区新建十家工会驿站

建10家工会驿站，为快递员、外卖骑手等户外劳动者提供

休息、饮水、充电等服务，受到劳动者欢迎。

北山区举办职工技能竞赛

赛，来自全区80家企业的300余名职工参加比赛。

本报讯（记者李明）近日，北山区总工会举办职工技能大

本报讯（记者张华）近日，南湖区总工会在城区新
"""

# Two items read across their columns, line by line.
READ_ACROSS = """南湖区工会驿站暖心开放

本报讯（记者张华）近日，南湖区总工会在城区新

西城区开展夏季送清凉活动

建10家工会驿站，为快递员、外卖骑手等户外劳动者提

本报讯（记者王芳）7月20日，西城区总工会为全区环卫工

供休息、饮水、充电等服务，受到劳动者欢迎。

人送去防暑降温用品，价值5万余元。
"""

# Three items: two leads read below a third story, whose dateline the OCR read between them.
THREE_ITEMS = """甲城开展职工健康体检

工免费体检，覆盖全市120家企业。

乙城工会举办读书分享会

享会，近200名职工参加。

丙城职工运动会开幕

本报记者 郑凯

5月5日，丙城第十届职工运动会开幕，来自全市60家单位的800名运动员参赛。

本报讯（记者周洁）近日，甲城总工会为一线职

（本报丙城5月5日电）

本报讯（记者吴昊）近日，乙城总工会举办读书分
"""


def _lines_only(order: list[int | str]) -> list[int]:
    return [n for n in order if n != BREAK]


def _import_text(tmp_path: Path, text: str) -> list[tuple[Path, dict, str]]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    run_import([page], tmp_path / "content", tmp_path, PAPERS, paper="工人日报", date="2025-05-06", page=2)
    return articles(tmp_path / "content")


def _reasons(front: dict) -> str:
    return " ".join(r for r in front.get("review", []) if "inferred" not in r)


@pytest.mark.parametrize("text, order", [
    (LEADS_AT_THE_END, [1, 13, 3, 5, 7, 11, 9]),
    (READ_ACROSS, [1, 3, 7, 11, 5, 9, 13]),
    (THREE_ITEMS, [1, 15, 3, 5, 19, 7, 9, 11, 13, 17]),
])
def test_interleaved_items_are_put_back_in_order(text, order):
    reading = find_order(text.split("\n"))
    assert reading is not None and _lines_only(reading.order) == order


@pytest.mark.parametrize("text, want", [
    (LEADS_AT_THE_END, {
        "南湖区新建十家工会驿站": "本报讯（记者张华）近日，南湖区总工会在城区新建10家工会驿站，为快递员、外卖骑手等户外劳动者"
                                 "提供休息、饮水、充电等服务，受到劳动者欢迎。",
        "北山区举办职工技能竞赛": "本报讯（记者李明）近日，北山区总工会举办职工技能大赛，来自全区80家企业的300余名职工参加比赛。"}),
    (READ_ACROSS, {
        "南湖区工会驿站暖心开放": "本报讯（记者张华）近日，南湖区总工会在城区新建10家工会驿站，为快递员、外卖骑手等户外劳动者"
                                 "提供休息、饮水、充电等服务，受到劳动者欢迎。",
        "西城区开展夏季送清凉活动": "本报讯（记者王芳）7月20日，西城区总工会为全区环卫工人送去防暑降温用品，价值5万余元。"}),
    (THREE_ITEMS, {
        "甲城开展职工健康体检": "本报讯（记者周洁）近日，甲城总工会为一线职工免费体检，覆盖全市120家企业。",
        "乙城工会举办读书分享会": "本报讯（记者吴昊）近日，乙城总工会举办读书分享会，近200名职工参加。",
        "丙城职工运动会开幕": "本报记者 郑凯\n\n5月5日，丙城第十届职工运动会开幕，来自全市60家单位的800名运动员参赛。"
                             "\n\n（本报丙城5月5日电）"}),
])
def test_reassembled_articles_are_whole_and_flagged(tmp_path, text, want):
    got = _import_text(tmp_path, text)
    assert {front["title"]: body.strip() for _, front, body in got} == want
    for _, front, _ in got:
        reasons = _reasons(front)
        assert "reading order worked out automatically" in reasons, front["title"]
        assert "reading order from the text" in reasons, front["title"]
    assert not (tmp_path / "content" / "_unplaced").exists()


def test_a_guessed_placement_is_flagged_as_a_guess(tmp_path):
    got = {front["title"]: front for _, front, _ in _import_text(tmp_path, READ_ACROSS)}
    reasons = _reasons(got["西城区开展夏季送清凉活动"])
    assert "guessed, the text does not settle it" in reasons and "5 | 9" in reasons
    assert "guessed" not in _reasons(got["南湖区工会驿站暖心开放"])


def test_the_dateline_goes_to_the_story_that_names_its_place(tmp_path):
    got = {front["title"]: front for _, front, _ in _import_text(tmp_path, THREE_ITEMS)}
    front = got["丙城职工运动会开幕"]
    assert front["dateline"]["place"] == "丙城" and "dateline was read out of place" in _reasons(front)


@pytest.mark.parametrize("seed", [s for s in SEEDS if s != SEED002])
def test_pages_read_in_order_are_left_alone(seed):
    """Seeds 000, 001, 003 and 004 are read in order: no reading order is made for them."""
    assert find_order((RAW / seed).read_text(encoding="utf-8").split("\n")) is None


def test_lines_broken_mid_word_in_order_are_left_alone():
    page = ("公交驾驶员 赛场展技能\n\n本报讯（记者 盛丽）近日，北京公交集团客四分公司工会举办了第三届“工匠杯”技能大\n\n"
            "赛驾驶员比赛决赛。其中，实操考试设置了多个项目，全面考察驾驶员的综合素\n\n质和应急处置能力。\n")
    assert find_order(page.split("\n")) is None


@pytest.fixture(scope="module")
def seed002():
    lines = (RAW / SEED002).read_text(encoding="utf-8").split("\n")
    return lines, find_order(lines)


def test_seed002_gets_the_hand_worked_order(seed002):
    lines, reading = seed002
    hand = parse_order(HAND_ORDER, lines, "hand")
    assert reading is not None
    assert _lines_only(reading.order) == _lines_only(hand)
    # the breaks may differ only where they change nothing: the same articles, paragraph by paragraph
    ours, _ = segment(make_units(lines, reading.order))
    theirs, _ = segment(make_units(lines, hand))
    assert [[(p.kind, p.text) for p in d.paras] for d in ours] == [[(p.kind, p.text) for p in d.paras] for d in theirs]


def test_seed002_output_matches_the_hand_worked_order_but_for_review(tmp_path):
    auto, _ = import_seed(tmp_path / "auto", SEED002)
    manual = _with_reading_order(tmp_path / "manual", HAND_ORDER)
    import_seed(tmp_path / "manual", SEED002)
    a = {p.relative_to(auto).as_posix(): read_md(p) for p in (auto / "content").rglob("*.md")}
    m = {p.relative_to(manual).as_posix(): read_md(p) for p in (manual / "content").rglob("*.md")}
    assert a.keys() == m.keys()
    for key in a:
        (fa, ba), (fm, bm) = a[key], m[key]
        assert ba == bm, key
        assert {k: v for k, v in fa.items() if k != "review"} == {k: v for k, v in fm.items() if k != "review"}, key
        if "_unplaced" in key:
            continue
        moved = [r for r in fa["review"] if "out of order" in r]
        assert bool(moved) == bool([r for r in fm["review"] if "out of order" in r]), key
        if moved:  # the manual order is named as such, the automatic one says so and lists its joins
            assert "worked out automatically" in moved[0] and "reading order from raw/manifest.yaml" in \
                " ".join(fm["review"])


def test_seed002_flags_every_reassembled_article_and_its_guesses(tmp_path):
    project, _ = import_seed(tmp_path, SEED002)
    by_title = {front["title"]: _reasons(front) for _, front, _ in articles(project / "content")}
    reassembled = {"在创新攻坚中“抱团作战”", "果洛州搭建跨区域工会交流平台", "中铁五局成立工匠学院",
                   "以“匠心所能”助力“数智所向”", "山东邹城工会构建“全时空零距离”服务圈", "操场上的“工匠课”",
                   "广东新丰县总筑牢职工健康防护网"}
    for title, reasons in by_title.items():
        assert ("worked out automatically" in reasons) == (title in reassembled), title
    guesses = {title: re.findall(r"(\d+(?:→| \| )\d+) \(", reasons.split("guessed, the text does not settle it")[-1])
               for title, reasons in by_title.items() if "guessed, the text does not settle it" in reasons}
    assert guesses == {
        "在创新攻坚中“抱团作战”": ["17→65"],
        "果洛州搭建跨区域工会交流平台": ["61→29", "35→57"],
        "中铁五局成立工匠学院": ["43→59", "53→45"],
        "山东邹城工会构建“全时空零距离”服务圈": ["143→127", "127→151", "131→139", "139 | 223"],
        "操场上的“工匠课”": ["179→175"],
    }


def _with_reading_order(tmp_path: Path, spec: str) -> Path:
    """A project whose manifest gives seed 002 a hand-written reading order."""
    project = tmp_path / "project"
    shutil.copytree(RAW, project / "raw")
    manifest = project / "raw" / "manifest.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        "  ldwb-2023-07-29-seed003.txt:", f"    reading_order: '{' '.join(spec.split())}'\n"
                                          "  ldwb-2023-07-29-seed003.txt:"), encoding="utf-8")
    return project


def test_a_manual_reading_order_still_wins(tmp_path):
    project = _with_reading_order(tmp_path, "1-237")  # the file's own order: the automatic one must not be used
    import_seed(tmp_path, SEED002)
    reasons = " ".join(_reasons(front) for _, front, _ in articles(project / "content"))
    assert "worked out automatically" not in reasons and "reading order from the text" not in reasons


@pytest.mark.parametrize("a, b, word", [
    ("本报讯 (记者邢生祥)近日,青海省果", "洛藏族自治州总工会举办", "果洛"),
    ("全天候的智能化工会驿站是他经常光顾的地方,尤", "其在寒冷的冬夜", "尤其"),
    ("本报讯 (记者李丰 通讯员袁蓉生)日", "本次活动以", None),  # 日本 would break 本次
    ("构建集技能培训、技艺传承与技术攻关于一体", "现优势互补", None),  # 体现 would break 一体
])
def test_word_across_the_join(a, b, word):
    assert ct.word_across(a, b) == word


def test_text_evidence():
    assert ct.starts_bound("等相关部门将在") and ct.starts_bound("前,中铁五局") and not ct.starts_bound("据悉,保定")
    assert ct.open_list("未来,该学院将成为工匠精神传承阵地、高技能人才培育摇篮")
    assert not ct.open_list("构建集技能培训、技艺传承与技术攻关于一体")
    assert ct.overloaded("未来,该学院将成为工匠精神传承阵地、高技能人才培育摇篮", "等相关部门将在技能等级认定")
    assert not ct.overloaded("贵州省人社厅、省总工会", "等相关部门将在技能等级认定")
    assert ct.short_last_line("加强与驻京装备制造企业、驻津高校协作,推 动数智化焊接与检测技术创新协作平台联盟 在保守基地")
    assert not ct.short_last_line("技师学院举行,标志着学院正式进入实质性 建设与规范化运营阶段。未来,该学院将成")
    assert ct.needs_more("保定市总牵线搭桥,") == 2 and ct.needs_more("陕西省建设工会在") == 2
    assert ct.after_place_word("11月13日下午,陕西省建设工会在", "西安建筑工程技师学院") == "西安"
    # an engine's spaces between a word's characters (西 安建筑…) hide no place name
    assert ct.after_place_word("11月13日下午,陕 西省建设工会在", "西 安建筑工程 技师 学院") == "西安"


@pytest.mark.parametrize("a, b, fit", [
    ('本次活动以"跨区域联动、聚工会合力、', '促职工共赢"为核心,打破区域壁垒', 1),
    ('"我们打造的服务不仅要\'在身边\',更要\'随时享\'\'贴心', '享\'。"邹城市总工会党组书记', 1),
    ("现优势互补,强化系统联动,形成工作合力,", '享\'。"邹城市总工会党组书记', -1),
    ('本次活动以"跨区域联动、聚工会合力、', '洛藏族自治州总工会举办"红心向党建新功', -1),
])
def test_quotes_across_the_join(a, b, fit):
    assert (ct.quote_fit(ct.quote_state(a), b) > 0) if fit > 0 else ct.quote_fit(ct.quote_state(a), b) == fit


SEED002_LINES = [line for line in (RAW / SEED002).read_text(encoding="utf-8").splitlines() if line.strip()]
NOISE = ["V11VL", "《", "（本报福州11月13日电）", "本报讯（记者叶小钟）近日，广东省韶关市新丰县总工会为辖区11家",
         "本报讯（记者叶小钟）近日，厂东省韶关市新丰县总工会为辖区11家企事业"]


@st.composite
def shuffled_pages(draw) -> str:
    """Runs of seed 002's lines in random order, with unreadable lines, datelines and repeated leads."""
    lines: list[str] = []
    for _ in range(draw(st.integers(1, 6))):
        start = draw(st.integers(0, len(SEED002_LINES) - 1))
        lines += SEED002_LINES[start:start + draw(st.integers(1, 12))]
        if draw(st.booleans()):
            lines.append(draw(st.sampled_from(NOISE)))
    return "\n\n".join(lines) + "\n"


# a page whose repeated lead was reserved for a headline that went on elsewhere: its last lines were left out
LEFT_RESERVED = "\n\n".join((
    '10月29日,石总场泉水地五连第九届 职代会第一次会议率先打造样板。会议 全程严格遵循规范议程,与会'
    '代表听取了 单位行政工作报告及各项需经职代会审 议审查的事项报告。会议的核心环节在 于围绕职工最关心'
    '的6项具体议题进行的 集中讨论。',
    '10月30日,149团七连第五届职代会第二次会议召开。此次会议在议程设置、表决程序等方面的实践,为全'
    '团其他连队提供一套行之有效的工作模板。作为另一个示范单位,133团11连工会召开第六届职代会第二次会'
    '议,将标准化要求贯穿始终。这次会议的成功举办,为其他连队工会提供规范化、科学化、标准化的全流程指导,'
    '促进职代会制度在团场各级工会有效落实。',
    '3个"标准样板"连队,共同完成兵团和师市两级工会"规范"与"实效"两大任务,将《通知》精神和操作手册'
    '转化为看得见、摸得着的实践成果,形成辐射效应。',
    '### 构建多层次民主管理格局',
    '《通知》提出,要丰富班组民主管理、协商 恳谈、民主议事等补充形式,意味着师市工会 民主管理从依赖职代'
    '会这"一条腿走路"向构 建多层次民主管理体系迈进。',
    '天业集团摸索出"3+X"民主管理工作模式,即在职代会、厂务公开、职工董事3项制度的基础上,每年开展"'
    '1+8党员联系群众"、领导干部谈心谈话、职工座谈会、基层书记(主席)接待日、党团组织进宿舍等活动超千'
    '次,推行"三必知""四必谈""五必访"的"345"职工家访工作法,每年走访职工家庭千余户。这些形式多'
    '样的民主管理方法与3项主要民主管理制度有效衔接、相互促进,形成推进企业民主管理工作的合力。',
    '此外,天富集团建立覆盖全员的技能等级评定与晋升通道,通过班组建设助力职工成长成才,根据技能水平和工作'
    '业绩认定等级,培育企业级工匠、班组技术骨干,实现技能与岗位匹配、贡献与薪酬挂钩。这种"主干+分支"相'
    '结合的体系设计,构建起全方位民主管理格局。',
    '## 据介绍,邹城市总还建立了多项"职工需求直通车"机制,通过工会干部常态化走访调研、开展"工会主席'
    '恳谈日"活动、微信留言等多种渠道,快速收集、研判、响应职工的服务需求,',
    '推动服务供给与需求精准匹配,并链接社会专业资源实现"精准滴灌"。该机制运行以来,普惠服务惠及职工超3'
    '万人次。',
    '广东新丰县总筑牢职工健康防护网',
    '本报讯 (记者叶小钟 通讯员李治文 陈玮立)近日,广东 当韶关市新主具总工会为辖区11家企事业单位1'
    '438名职工',
    '1438名职工获赠医疗互助保障',
    '本报讯 (记者叶小钟 通讯员李治文 陈玮立)近日,广东 当韶关市新主具总工会为辖区11家企事业单位1'
    '438名职工',
    '1438名职工获赠医疗互助保障\n',
))


@settings(max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(shuffled_pages())
@example(LEFT_RESERVED)
def test_an_automatic_order_never_loses_or_repeats_a_line(text):
    """The layout itself keeps every line (find_order's own check is only a safety net)."""
    lines = text.split("\n")
    page = Page(make_units(lines, None))
    reading = place(page, sentence_joins(page))
    assert sorted(_lines_only(reading.order)) == [n for n in range(1, len(lines) + 1) if lines[n - 1].strip()]
    assert all(a != BREAK or b != BREAK for a, b in zip(reading.order, reading.order[1:]))


def test_a_short_last_line_stopping_where_no_paragraph_stops_is_no_paragraph_end():
    """…联 盟,构建" | (a stray blank) | 创新工作室…: the OCR's line-join spaces show a short last line, but
    a paragraph whose full stop was lost ends on a character, never on a comma, an opening mark or a
    quote its last line opened; such a line was cut by a blank line and goes on."""
    full = "职工创新需求。对此，市总推动成 立数智化焊接与检测技术创新协 作平台联盟，在攻克技术壁垒等 "
    assert ct.short_last_line(full + "方面实现突破")
    assert not ct.short_last_line(full + "方面构建\"")
    assert not ct.short_last_line(full + "方面构建，")
    assert not ct.short_last_line(full + "方面通过")


def test_a_stray_paragraph_goes_to_the_story_whose_headline_names_its_place():
    """A paragraph read after another story names a place two stories name (one mentions it in passing,
    or text of one was read into the other): the story whose headline names it (昆山) takes it."""
    from unionnews.ingest import strays
    from unionnews.ingest.readings import Chain

    lines = ["## 昆山工会开展职工技能培训", "本报讯（记者李明）近日，昆山市总工会开展职工技能培训，共有三百余名一线职工参加。",
             "## 宜兴工会举办劳模宣讲", "本报讯（记者王芳）近日，宜兴市总工会举办劳模宣讲活动，昆山市的劳模代表应邀参加。",
             "## 某集团推进民主管理", "本报讯（记者赵强）近日，某集团召开第五届职代会，审议通过了多项管理制度。",
             "此外，集团还建立职工诉求快速响应机制，并在昆山市设立服务站点，方便外地职工就近反映诉求、办理业务。"]
    page = Page(make_units(lines, None))
    chains = [Chain([n]) for n in range(1, 8)]
    stories = {0: chains[0:2], 1: chains[2:4], 2: chains[4:7]}
    heads = {0: "昆山工会开展职工技能培训", 1: "宜兴工会举办劳模宣讲", 2: "某集团推进民主管理"}
    assert strays._stray_home(page, stories, 2, [chains[6]]) is None  # two stories name 昆山市
    assert strays._stray_home(page, stories, 2, [chains[6]], heads) == (0, "昆山市")


def test_a_stray_paragraph_in_two_chains_on_a_page_of_pieces_is_moved_whole():
    """On a page of pieces a stray paragraph may be two chains (no join made at …职工需 | 求直通车…): its first piece
    alone is too short to weigh as a stray, and its rest follows no finished sentence; read on in the file's
    order to its sentence's end, the paragraph names 昆山市 as only the first story does, and goes there whole."""
    from unionnews.ingest import strays
    from unionnews.ingest.readings import Chain

    lines = ["## 昆山工会建成职工驿站", "本报讯（记者李明）近日，昆山市总工会在市中心建成职工驿站，为户外劳动者提供休息场所。",
             "## 某集团推进民主管理", "本报讯（记者赵强）近日，某集团召开第五届职代会，审议通过了多项管理制度。",
             "据介绍，昆山市总工会还建立了职工需", "求直通车机制，每月走访辖区企业收集诉求，今年以来已解决问题一百余件。"]
    page = Page(make_units(lines, None))
    chains = [Chain([n]) for n in range(1, 7)]
    notes: dict = {}
    strays.move_strays(page, chains, notes)
    assert [c.head for c in chains] == [1, 2, 5, 6, 3, 4] and 5 in notes


def test_the_wording_of_a_sentence_a_stray_blank_cut_is_read_on_at_its_next_line():
    """加强与…协作，推 | (a stray blank) | 动数智化焊接联盟…: the piece before the blank holds only part of its
    sentence's wording; where a dictionary word spans the blank (推动), the rest is read as well, so that
    wording repeated from before a cut line (数智化焊接联盟) still points at where the piece goes on."""
    from unionnews.ingest.scores import Scorer

    lines = ["本报讯（记者李明）近日，东湖区总工会推动数智化焊接联盟建设，为打通校企合作渠道，区总牵线搭桥，", "",
             "西山区举办职工运动会", "",
             "加强与本地企业、外地高校协作，推", "", "动数智化焊接联盟落地见效。"]
    scorer = Scorer(Page(make_units(lines, None)))
    assert scorer._sentence_on(5) == [5, 7]
    ev = scorer.score(1, 5)
    assert "topic" in ev.kinds, ev.reasons
    assert scorer._sentence_on(3) == [3]  # a headline: no word runs on into the next line


def test_a_pieces_own_wording_read_on_is_no_evidence_for_a_line_after_it():
    """前，中铁五局学院揭 | 牌仪式在贵州铁路 …: the lines the piece's sentence is read on at stand before a
    line further down the file; their wording is the piece's own, never wording repeated from before that line."""
    from unionnews.ingest.scores import Scorer

    lines = ["前，东湖工匠学院揭", "", "牌仪式在南山铁路技师学院举行，", "", "学院将聚焦盾构机操作，构建技能培训与技术攻关于一体"]
    scorer = Scorer(Page(make_units(lines, None)))
    assert scorer._sentence_on(1) == [1, 3]
    assert "topic" not in scorer.score(5, 1).kinds, scorer.score(5, 1).reasons


def test_a_straight_quote_an_ellipsis_follows_closes_the_quote():
    """"甲厂如何提高效率""乙厂要如何降低成本 | (a stray blank) | "……5月5日，…: quoted questions trail off
    in an ellipsis; the straight mark before it closes the quote the line before left open, so the
    next line of the file fits (it was read as a second quote opening inside the first)."""
    a = '"甲厂如何提高效率""乙厂要如何降低成本'
    assert ct.quote_state(a) == (True, False)
    assert ct.quote_fit(ct.quote_state(a), '"……5月5日，南湖区总工会举办职工技能大赛') > 0


def test_a_quoted_term_ending_on_a_verb_is_closed_by_its_mark():
    """采用"分段施工+全程质量控制"解决…: the quote opened earlier in the same clause, so the mark after the
    verb 控制 closes it; a quote opening inside a double quote of one clause is no reading (the line's
    quotes were taken not to pair, and the line lost its own place in the file).  A quote the line
    before left open still opens again after a verb (举办"红心…: the first was never closed)."""
    b = '技术难题，他们采用"分段施工+全程质量控制"解决了堆料问题。'
    assert ct.quote_fit((False, False), b) == 0
    assert ct.quote_fit((True, False), '某市总工会举办"红心向党建新功') == -1


# A headline block standing after a finished story, the line printed under it cut from its lead, and
# two open lines that leave a quote open: the displaced lead and a line of the story above.
LEAD_UNDER_HEADLINE = """## 西城区举办读书活动

本报讯（记者王芳）近日，西城区总工会举办读书活动，近百名职工参加。

南城区工会驿站升级服务

个暖和的地方歇脚，喝口热水，真暖心。"南城区快递员张师傅说。

职工们说，"读书让我们更有力量""学习让工作更出彩

本报讯（记者张华）"下班后能有
"""


def test_a_displaced_lead_goes_on_under_the_headline_whose_story_begins_mid_sentence():
    """个暖和的地方… is printed right under a headline block that stands where a story ended, and cannot
    begin a sentence: its story's first line was read elsewhere.  A lead read under no headline goes on
    there (evidence from both sides), before a line of another story that leaves a quote open as well."""
    from unionnews.ingest.scores import Scorer

    lines = LEAD_UNDER_HEADLINE.split("\n")
    scorer = Scorer(Page(make_units(lines, None)))
    lead, rival = scorer.score(11, 7), scorer.score(9, 7)
    assert lead.score > rival.score and "text" in lead.kinds, (lead.reasons, rival.reasons)
    reading = find_order(lines)
    assert reading is not None and _lines_only(reading.order)[:5] == [1, 3, 5, 11, 7]


# The lead of 延边's story read at the column's foot; the wrap cut the place name its headline prints.
LEAD_NAMED_ABOVE = ["东城区举办技能大赛", "本报讯（记者李明）近日，东城区总工会举办技能大赛，区总牵线搭桥，",
                    "延边州搭建跨区域交流平台", "边朝鲜族自治州总工会", "举办职工交流活动，百余名职工参加。",
                    "推动各级工会互学互鉴。", "本报讯（记者王芳）近日，吉林省延"]


def test_a_displaced_leads_word_across_printed_in_the_headline_above_makes_the_piece_under_it_its_text():
    """…吉林省延 | 边朝鲜族自治州总工会: the piece right under the headline has a headline's shape, but it holds
    the rest of a name the lead's last character begins (延边) and the headline right above prints; a lead
    names whom its headline names, so the lead goes on there and the piece is its text, no headline line."""
    page = Page(make_units(LEAD_NAMED_ABOVE, None))
    scorer = Scorer(page)
    ev = scorer.score(7, 4)
    assert ev.score >= 5 and "text" in ev.kinds and any("延边" in r and "headline" in r for r in ev.reasons), ev.reasons
    assert sentence_joins(page)[7].b == 4


def test_a_displaced_leads_paragraph_cut_below_its_line_goes_on_under_the_headline():
    """本报讯（记者张华） | "下班后能有: the lead re-broken at any width, its open end one line below the lead's own
    line.  That end is the displaced lead's as much as the lead's line is: it goes on at 个暖和的地方…, printed
    under the headline whose story begins mid-sentence, with the same weight."""
    lines = LEAD_UNDER_HEADLINE.replace('本报讯（记者张华）"下班后能有', '本报讯（记者张华）\n\n"下班后能有').split("\n")
    page = Page(make_units(lines, None))
    end = next(u.no for u in page.units if u.text.startswith('"下班后'))
    lead, rival = Scorer(page).score(end, 7), Scorer(page).score(9, 7)
    assert lead.score - rival.score >= 2, (lead.reasons, rival.reasons)


def test_a_quote_closed_a_line_below_the_piece_that_begins_the_sentence_counts_for_the_join():
    """个暖和的地方歇 | 歇脚，喝口热水，真暖心。"…: the sentence under the headline closes its quote a line
    further down (a word across, 歇歇脚, carries it on).  A lead leaving a quote open goes on there; that is
    text evidence, as it is where the close stands on B's own line."""
    lines = LEAD_UNDER_HEADLINE.replace("个暖和的地方歇脚，", "个暖和的地方歇\n\n歇脚，").split("\n")
    page = Page(make_units(lines, None))
    lead = next(u.no for u in page.units if u.text.startswith("本报讯（记者张华）"))
    ev = Scorer(page).score(lead, 7)
    assert any("closes the quote" in r for r in ev.reasons), ev.reasons


def test_an_open_line_left_unjoined_does_not_run_on_into_a_headline():
    """…区总牵线搭桥， | 西山区举办职工运动会 | 本报讯…: the headline's lead was read elsewhere and found; the
    sentence before it has no continuation the text vouches for, so the order says it stops there
    (a break), and the segmenter does not read the headline as the rest of that sentence."""
    lines = ["## 东湖区打造技能联盟", "", "本报讯（记者李明）近日，东湖区总工会推动技能联盟建设，区总牵线搭桥，", "",
             "西山区职工运动会开幕", "", "动会开幕，来自全区60家单位的800名运动员参赛。", "",
             "## 南湖区建成职工书屋", "", "本报讯（记者王芳）近日，南湖区总工会建成职工书屋20家，受到职工欢迎。", "",
             "本报讯（记者吴昊）近日，西山区第十届职工运"]
    page = Page(make_units(lines, None))
    reading = place(page, sentence_joins(page))
    order = reading.order
    assert 5 in page.heads and 3 not in sentence_joins(page)
    assert order[order.index(5) - 1] == BREAK


def test_a_cut_piece_of_text_running_into_a_full_stop_is_no_headline_that_keeps_a_lead():
    """快递员外卖骑手等户外工 | 作者的休息点。: a piece a blank line cut short has a headline's shape, but
    its chain runs on into a finished sentence, and no headline holds a full stop.  The lead read right
    below it goes under the headline its text goes on under (南城区…), not under the piece."""
    lines = ["## 东城区举办技能大赛", "", "本报讯（记者李明）近日，东城区总工会举办技能大赛，百余名职工参赛。", "",
             "南城区工会驿站升级服务", "", "个暖和的地方歇脚，喝口热水，真暖心。\"南城区快递员张师傅说。", "",
             "驿站成为快递员外卖骑手等户外工", "", "作者的休息点。", "",
             "本报讯（记者张华）\"下班后能有"]
    reading = find_order(lines)
    assert reading is not None
    order = _lines_only(reading.order)
    assert order[order.index(5) + 1:order.index(5) + 3] == [13, 7], order


def test_wording_across_a_join_that_the_page_prints_elsewhere_is_evidence():
    """…构建"十分钟"服务 | (a stray blank) | 圈，为职工…: the dictionary knows no word across (服务圈), but the
    headline prints that wording (分钟服务圈, five characters, punctuation left out); it outweighs a
    dictionary word into a line further down (服务 | 网约车…: 服务网).  Only the file's own join is
    helped: across a jump such wording matches by chance (…省总工会 | 通过… and 总工会通过 elsewhere)."""
    from unionnews.ingest.scores import Scorer

    lines = ["## 某市工会构建\"十分钟\"服务圈", "", "本报讯（记者李明）近日，某市总工会着力构建\"十分钟\"服务", "",
             "圈，为职工提供休息、饮水等服务。", "", "市总还与交通部门协作，", "", "网约车司机等在夜间歇脚。"]
    scorer = Scorer(Page(make_units(lines, None)))
    right, far = scorer.score(3, 5), scorer.score(3, 9)
    assert any("分钟服务圈 across the join is printed at line 1" in r for r in right.reasons), right.reasons
    assert "text" in right.kinds and right.score > far.score, (right.reasons, far.reasons)


def test_bound_start_reads_a_lone_bound_character_not_a_word_beginning_with_it():
    assert ct.bound_start("和产教融合创新") and ct.bound_start("等相关部门") and not ct.bound_start("和谐社会建设")


@pytest.mark.parametrize("piece, rest, before", [
    # …阅览室、 | (lines) | 技能微课 | (a stray blank) | 堂等特色功能区，满足职工需求。: a dictionary word (课堂)
    # spans into its next line, which finishes the sentence; no headline holds a full stop
    ("技能微课", "堂等特色功能区，满足职工多元化需求。", "东湖区总工会在驿站增设职工书屋、心理阅览室、"),
    # …高技能人才培育摇篮 | (lines) | 和产教融合创新 | (a stray blank) | 平台。: it begins with 和 standing alone
    # as a word, which no sentence and no headline begins with
    ("和产教融合创新", "平台。", "东湖工匠学院揭牌，学院将成为技能传承阵地、人才培育摇篮"),
], ids=["runs-into-a-finished-sentence", "begins-with-a-lone-bound-character"])
def test_a_headline_shaped_piece_that_cannot_be_a_headline_is_none_to_the_scorer(piece: str, rest: str, before: str):
    """The piece has a headline's shape, but it cannot be one, so a line whose open list it closes may go on
    there (it was capped at 0 as a headline).  A headline-shaped line with neither stays a headline."""
    from unionnews.ingest.scores import Scorer

    lines = ["## 东湖区职工服务新举措", "", f"本报讯（记者李明）近日，{before}", "", "西山区职工运动会开幕", "", piece, "", rest]
    scorer = Scorer(Page(make_units(lines, None)))
    assert not scorer._headline(7) and scorer._headline(5)
    ev = scorer.score(3, 7)
    assert ev.score > 0 and "a headline-like line" not in ev.reasons, ev.reasons


def test_a_quoted_term_cut_by_a_line_break_is_closed_after_a_verb_on_the_next_line():
    """…市总建立"成 | (a stray blank) | 果联评+激励保障"机制，…: the quote opened in the clause the next line goes
    on, so the mark after 保障 (a verb) closes the term; it was read as a second quote opening inside the
    first, and the file's own join lost to a chance word elsewhere (成 | 为…: 成为).  A mark that may close
    a quote as well (…聚同心"4大模块的有) carries nothing."""
    from unionnews.ingest.scores import Scorer

    a, b = '职工说。为激发创新活力，某市总建立"成', '果联评+激励保障"机制，让成果既能"评得出"。'
    assert ct.quote_in_clause(a) and not ct.quote_in_clause('巧思路、聚同心"4大模块的有')
    assert ct.quote_fit(ct.quote_state(a), b, True) > 0 and ct.quote_fit(ct.quote_state(a), b) == -1
    lines = ["## 某市建立成果联评机制", "", "本报讯（记者李明）近日，某市总工会推动创新。", "", a, "", b]
    ev = Scorer(Page(make_units(lines, None))).score(5, 7)
    assert "against" not in ev.kinds and "text" in ev.kinds, ev.reasons


def test_a_short_last_part_ending_mid_word_is_no_paragraph_end():
    """…推 动数智化焊接协作平台联盟 在保守基 | (a stray blank) | 地: the OCR's last printed line is short, but a
    dictionary word spans the join (基地), so the paragraph did not end there (it lost its own next line)."""
    from unionnews.ingest.scores import Scorer

    a = "加强与本地企业、外地高校协作，推 动数智化焊接与检测技术协作平台联盟 建设一批青年创新人才培养基 在保守基"
    assert ct.short_last_line(a)
    lines = ["## 某市打造焊接联盟", "", "本报讯（记者李明）近日，某市总工会打造焊接联盟，", "", a, "", "地"]
    ev = Scorer(Page(make_units(lines, None))).score(5, 7)
    assert "against" not in ev.kinds and ev.score >= 5, ev.reasons


def test_cut_off_reads_characters_standing_alone_where_they_were_printed():
    assert ct.cut_off("今年以来，区总工会优化服务阵地布局，新建、升", "级改造社区职工书屋12家")
    assert not ct.cut_off("企业提出的人才梯队建设", "网约车司机等夜间工作")  # 建设, 网约车 whole: 建设网 adds a character
    assert not ct.cut_off("视觉引导防呆3大", "型职工阅读站点")  # 大 goes with its number
    assert not ct.cut_off("嘉宾来自政、", "产、学、研等领域")  # 产、: a one-character item, whole where it stands


# A story whose lines a stray blank cut: …开放，方便 | 级改造…, …新建、升 | "我们…: the file's own next lines
# are wrong at both places, and the word 升级 across the far join says so.  A list (…心理咨询室、, which must
# go on) claims the line 方便 goes on at, and its own continuation (职工活动室等…) has no textual support.
CUT_WORD_PAGE = ["## 南湖区驿站服务再升级", "",
                 "本报讯（记者李明）近日，南湖区总工会推出驿站暖心服务，为夜班的网约车司机提供热水和座椅。", "",
                 "驿站里配有充电柜、微波炉和药箱，全天候开放，方便", "",
                 "级改造社区职工书屋12家，让职工在家门口读书。", "",
                 "网约车司机等歇脚。", "",
                 "驿站里还设有阅览区、医疗箱、心理咨询室、", "",
                 "据介绍，驿站今年已接待职工3000余人次。", "",
                 "今年以来，区总工会优化服务阵地布局，新建、升", "",
                 "\"我们要让驿站找得到、用得上。\"区总工会负责人说。", "",
                 "职工活动室等功能区，满足职工的多样需求。"]


def test_a_word_a_line_break_cut_outweighs_the_two_next_line_joins_it_contradicts():
    """升 | 级 (升级, each character standing alone where it was printed) shows the file's order broken at both
    of its ends; the two next-line joins there, which only the layout supports, no longer add up to more
    than the word (3 + 3 against 5).  The reading order joins 升 to 级, and is no longer left as the file's."""
    page = Page(make_units(CUT_WORD_PAGE, None))
    joins = sentence_joins(page)
    assert joins.get(15) is not None and joins[15].b == 7, {a: j.b for a, j in joins.items()}
    assert 5 not in joins or joins[5].b != 7
    reading = find_order(CUT_WORD_PAGE)
    assert reading is not None
    order = _lines_only(reading.order)
    assert order[order.index(15) + 1] == 7, order


def test_a_line_beginning_with_a_word_neither_closes_a_list_nor_is_bound_to_a_line_before():
    """…交流经验、碰撞 | 与会代表纷纷表示…: 与 begins the word 与会 (jieba keeps it whole), so it closes no list and
    the line may begin a sentence where it stands; 与 standing alone (与产业工人…) still closes one."""
    from unionnews.ingest.scores import Scorer

    assert not ct.bound_first("与会代表纷纷表示") and ct.bound_first("等相关部门将在")
    assert not ct.closes_list("与会代表纷纷表示") and ct.closes_list("等相关部门将在") and ct.closes_list("以及社区")
    lines = ["## 某市举办工匠论坛", "", "本报讯（记者李明）近日，某市举办工匠论坛，工匠们在这里交流经验、碰撞", "",
             "思想火花，共话技能成才。", "", "论坛还设有成果展示区。", "", "与会代表纷纷表示，收获很大。"]
    scorer = Scorer(Page(make_units(lines, None)))
    ev = scorer.score(3, 9)
    assert not any("closes the list" in r or "cannot start" in r for r in ev.reasons), ev.reasons
    assert scorer.status[9] != "orphan" and ev.score < scorer.score(3, 5).score


def test_a_far_word_across_two_words_whole_where_printed_counts_less_than_a_cut_word():
    """…设计院高级 | 会议强调… (高级, 会议: whole words where printed; 高级会议 by chance) is weaker evidence than a
    word a line break cut (…青海省果 | 洛…): any two lines of a page may read together so."""
    from unionnews.ingest.scores import Scorer

    assert ct.whole_words("某省林业设计院高级", "会议强调，各级工会") and not ct.whole_words("青海省果", "洛藏族自治州")
    lines = ["## 某省表彰劳模", "", "本报讯（记者李明）近日，某省表彰劳模，获奖的有某省林业设计院高级", "",
             "工程师张某等人。", "", "据悉，表彰大会于昨日举行。", "", "会议强调，各级工会要做好服务。"]
    scorer = Scorer(Page(make_units(lines, None)))
    far = scorer.score(3, 9)
    assert "word" not in far.kinds and far.score <= 3.0, far.reasons


# A page in reading order: a stray blank cut …为 | 青年职工 | 成长成才… short (the piece looks like a headline), and
# a paragraph further up begins with 主论坛…, so …为 | 主论坛… gives the dictionary word 为主 by chance.
CHANCE_WORD_PAGE = ["## 某区举办青年职工技能交流会", "",
                    "本报讯（记者李明）近日，某区总工会举办青年职工技能交流会，来自全区30家企业的职工参加。", "",
                    "主论坛分为主旨发言和嘉宾对话两个环节，与会代表围绕技能成才展开交流。", "",
                    "活动现场，青年职工们展示了各自的技术成果，并就技术革新等话题进行了深入探讨。", "",
                    "区总工会负责人表示，下一步将继续搭建交流平台，为", "",
                    "青年职工", "",
                    "成长成才创造更好条件，推动全区技能人才队伍建设。"]


def test_one_chance_word_does_not_reorder_a_page_whose_file_order_reads_on():
    """…平台，为 | 主论坛分为… (为主) is the only far join the text vouches for, and line 5 begins a sentence
    where it stands, after one that ended: one dictionary word across two lines is no evidence that the page
    was read out of order, so the page is left as the file has it (its stray blanks then get bridged)."""
    joins = sentence_joins(Page(make_units(CHANCE_WORD_PAGE, None)))
    assert joins.get(9) is not None and joins[9].b == 5 and "word" in joins[9].kinds  # the chance word is there
    assert find_order(CHANCE_WORD_PAGE) is None


def test_a_word_with_more_textual_evidence_is_no_chance_word():
    """The word alone (with shared wording) is a chance word; a word with a second piece of textual evidence
    (here …cannot start a sentence, +2), or a join without a word, is not: such a join still reorders a page."""
    from unionnews.ingest.readings import Join
    from unionnews.ingest.reorder import _chance_word

    page = Page(make_units(CHANCE_WORD_PAGE, None))
    word = ["nearby on the page", "the word 为主 spans the join"]
    assert _chance_word(page, Join(9, 5, 5.0, word, {"word", "text"}))
    assert _chance_word(page, Join(9, 5, 6.0, word + ["repeats wording from before line 9 (主论坛)"],
                                   {"word", "text", "topic"}))
    assert not _chance_word(page, Join(9, 5, 7.0, word + ["主论… cannot start a sentence"], {"word", "text"}))
    assert not _chance_word(page, Join(9, 5, 5.0, ["nearby on the page", "closes the quote line 9 leaves open"],
                                       {"text"}))


def test_a_quote_b_closes_and_then_opens_again_is_closed():
    """…举办"匠心向党建新功 | 技能报国谱新篇"座谈交流活动，…，通过"铸: B's first mark closes the quote A left open
    (a name printed across the line break), and a new quote opens later in B; the file's next line closes the
    quote as surely as a far line …促发展共赢"为核心… does, so the far line no longer outweighs the file's.  A
    quoted term B opens and closes in one clause (…试点"二对一"培育…) closes nothing."""
    from unionnews.ingest.scores import Scorer

    assert ct.quote_fit((True, False), '技能报国谱新篇"座谈交流活动，在全省率先搭建交流平台，通过"铸') > 0
    assert ct.quote_fit((True, False), '为提升质量，联盟还试点"二对一"培育模式：邀请2名工匠') == 0
    lines = ["## 某州举办职工交流活动", "", '本报讯（记者李明）近日，某州总工会举办"匠心向党建新功', "",
             '技能报国谱新篇"座谈交流活动，在全省率先搭建交流平台，通过"铸', "", '工魂、聚良策"两大模块，为全州工会探索出新路。',
             "", "据了解，活动由多家单位联合主办，并以", "", '促发展共赢"为核心，打破区域壁垒。']
    scorer = Scorer(Page(make_units(lines, None)))
    near, far = scorer.score(3, 5), scorer.score(3, 11)
    assert any("closes the quote" in r for r in near.reasons), near.reasons
    assert near.score > far.score, (near.reasons, far.reasons)


def test_a_cut_word_into_a_story_begun_mid_word_under_its_headline_discounts_the_leads_next_line(monkeypatch):
    """A lead cut right after its credit, …（记者张三 通讯员李四）日, whose 日 | 前 (日前) goes on at 前，某局工匠学院…
    printed under the headline 某局成立工匠学院: B cannot begin where the OCR read it, and the headline above it
    needs no continuation, so the file's order is broken at B already and only the lead's own next-line join,
    which nothing but the layout supports, is in question: it weighs as a nearby join, as where a word a line
    break cut has an open line before B (``_contradicted``)."""
    from unionnews.ingest import reorder

    lines = ["## 某省举办技能大赛", "", "本报讯（记者王五）近日，某省举办技能大赛，进一步强化系统联动，形成工作合力，", "",
             "某局成立工匠学院", "", "前，某局工匠学院揭牌仪式在某技师学院举行，标志着学院正式投入运营。", "",
             "该学院由某局与某技师学院共建。某省人社厅、省总工会", "", "本报讯（记者张三 通讯员李四）日", "",
             "提升整体服务职工的能力与效率。", "", "等相关部门将在技能等级认定等方面给予学院支持。"]
    seen = {}
    real = reorder._contradicted

    def spy(page, table):
        real(page, table)
        seen.update(table)

    monkeypatch.setattr(reorder, "_contradicted", spy)
    page = Page(make_units(lines, None))
    joins = sentence_joins(page)
    assert seen[11, 7].kinds >= {"word", "orphan"} and ct.cut_off(lines[10], lines[6])
    assert seen[11, 13].adjacent and seen[11, 13].weight == 1.0, seen[11, 13]
    assert joins[11].b == 7, {a: j.b for a, j in joins.items()}


def test_a_line_without_quotes_leaves_open_what_its_paragraph_so_far_left_open():
    """…，通过"强 | 技能、促创新、聚 | 合力"三个环节…: the middle line has no mark of its own, but its paragraph so far
    opened a quote, so its sentence goes on where that quote closes (合力"…), not at a far line that closes its
    list (等相关部门…) and leaves the quote open.  A quote read on from the line before, as a list left open is."""
    from unionnews.ingest.scores import Scorer

    lines = ["## 某市举办职工论坛", "", '本报讯（记者李明）近日，某市总工会举办职工论坛，通过"强', "", "技能、促创新、聚", "",
             '合力"三个环节，推动工作开展。', "", "据了解，某市人社局、省总工会", "", "论坛由多家单位联合主办。", "",
             "等相关部门将在培训等方面给予支持。"]
    page = Page(make_units(lines, None))
    scorer = Scorer(page)
    assert scorer.quotes[5] == (True, False), scorer.quotes
    near = scorer.score(5, 7)
    assert any("closes the quote" in r for r in near.reasons), near.reasons
    joins = sentence_joins(page)
    assert joins[5].b == 7 and joins[9].b == 13, {a: j.b for a, j in joins.items()}


def test_a_headline_shaped_piece_a_word_runs_out_of_is_part_of_the_paragraph_so_far():
    """…未来，该 | 学院将成 | 为技能人才培育摇篮: a stray blank left a short piece with no mark, a headline's shape,
    but it follows an open line and 成为 spans from it into the next: a piece of the sentence, so the paragraph so
    far reads on through it and 将 there counts against a far …摇篮 | 等相关部门将在… (将 twice in one clause)."""
    from unionnews.ingest.scores import Scorer

    lines = ["## 某局成立技师学院", "", "本报讯（记者李明）近日，某局技师学院揭牌，标志着学院正式投入运营。未来，该", "",
             "学院将成", "", "为技能人才培育摇篮", "", "据了解，某省人社厅、省总工会", "",
             "等相关部门将在培训等方面给予学院支持。"]
    page = Page(make_units(lines, None))
    assert page.run_back(7) == [3, 5, 7], page.run_back(7)
    ev = Scorer(page).score(7, 11)
    assert any("将 twice" in r for r in ev.reasons), ev.reasons
    lines[2] = "本报讯（记者李明）近日，某局技师学院揭牌，标志着学院正式投入运营。"  # the piece follows a finished sentence
    assert Page(make_units(lines, None)).run_back(7) == [7]


def test_a_word_across_the_join_whose_rest_reads_as_a_commoner_word_is_no_broken_word():
    """…一场生 | 动感人的演出: 生动 breaks the 动感 that 动感人 gives read alone, but the rest, 感人, is a word
    commoner than 动感, so the side read alone is as well 动 | 感人: the word across breaks nothing.  日 | 本次
    still gives no 日本: its rest, 次, is no word of two characters; nor …功能区 | 级覆盖 区级.  Only where the
    reorderer scores a join against others (``rest=True``)."""
    assert ct.word_across("举办了一场生", "动感人的演出", rest=True) == "生动"
    assert ct.word_across("记者李丰）日", "本次活动", rest=True) is None
    assert ct.word_across("增设特色功能区", "级覆盖城区", rest=True) is None  # 区级 would break 功能区: its rest, 功能, is inside it
    assert ct.word_across("举办了一场生", "动感人的演出") is None  # the paragraph stage's reading is unchanged


# A paragraph whose first printed piece the OCR read after its end: 该学校由…区教育局 | 等单位… (等 closes the list)
# makes a loop with the file's own next-line joins; two of them only the layout supports (…给予学校 | 重点支持。 and
# …于一体 | 该学校由…), equally weak, and the loop must lose one.
LOOP_PAGE = ["## 某区成立职工学校", "", "本报讯（记者王五）近日，某区职工学校揭牌成立，首批学员已经入学。", "",
             "等单位将在课程建设、师资培训等方面给予学校", "",
             "重点支持。该学校将开设电工、焊工、", "",
             "等特色课程，并通过", "",
             "师徒结对等方式传承技艺，构建集培训与研发于一体", "",
             "该学校由某区总工会与某职业学院共建。某区人社局、区教育局"]


def test_a_loop_is_broken_before_a_line_whose_first_sentence_is_whole_where_it_stands():
    """Between two equally weak next-line joins of a loop, the one into a line that runs a whole clause to a full
    stop (该学校由…共建。) goes, not the one into a line whose first full stop ends a sentence begun before it
    (重点支持。): the paragraph begins at 该学校由…, and …给予学校 | 重点支持 stays joined."""
    reading = find_order(LOOP_PAGE)
    assert reading is not None
    order = _lines_only(reading.order)
    assert order[order.index(3):] == [3, 13, 5, 7, 9, 11], order
    assert ct.opens_sentence("该学校由某区总工会与某职业学院共建。某区人社局、区教育局")
    assert not ct.opens_sentence("重点支持。该学校将开设电工、焊工、")
    assert not ct.opens_sentence("等特色课程已经开设完成。") and not ct.opens_sentence("师徒结对等方式传承技艺")


def test_a_headline_of_one_line_wider_than_the_column_before_it_is_no_line_of_that_column():
    """On a page whose items are each set in a column of their own width, a column piece the OCR cut on a comma
    fills its last line (12 characters and the hung ，), and a headline set in its own measure, one line of 14
    characters standing in no run of equal lines, follows it: no column's next line is wider than the column, so
    the headline begins a paragraph of its own instead of running on the cut sentence (its rest is elsewhere,
    for the reading-order stage to find)."""
    from unionnews.ingest.paragraphs import paragraphs
    from variants import _breaks

    cut = "据了解，该市装备制造企业曾面临技术人才短缺等难题，一些企业多次招聘仍然招不到合适的人，为改变这一现状，市总工会积极牵线搭桥，"
    head = "东山区搭建跨区域职工交流平台"
    items = [("某市职工技能竞赛落幕", 12),
             ("本报讯（记者王小明）近日，某市总工会举办职工技能竞赛，吸引了来自全市的一千多名职工参加比赛。", 12),
             (cut, 12), (head, 16),
             ("区总工会举办职工交流座谈会，来自全区的五十多名工会干部参加，大家围绕服务职工畅所欲言，气氛热烈。", 16),
             ("座谈会上，与会代表还就基层工会建设、职工权益保障等话题进行了深入交流，提出了不少好的建议。", 16),
             ("社区工会办起暖心食堂", 20),
             ("近日，某区总工会联合社区工会开办职工暖心食堂，为快递员、外卖送餐员等新就业形态劳动者提供平价热餐。", 20)]
    lines = [line for text, width in items for line in _breaks(text, iter(lambda w=width: w, None), kinsoku=True)]
    assert lines[lines.index(head) - 1] == "状，市总工会积极牵线搭桥，"  # a full line: 12 and the hung mark
    got = [p.text for p in paragraphs(lines + [""]).paragraphs]
    assert cut in got and head in got, got


# A paragraph's first piece, headline-shaped (no mark in it), that the OCR read between another piece's open end
# (…于一体) and the rest of its own sentence (共建。), two stray blank lines below it; the paragraph's other pieces
# come first, their list closed by the 等 the last piece leaves open.
TAIL_PAGE = ["## 某区成立职工学校", "", "本报讯（记者王五）近日，某区职工学校揭牌成立，首批学员已经入学。", "",
             "等单位将在课程建设、师资培训等方面给予学校重点支", "",
             "持。该学校将开设电工、焊工、", "",
             "等特色课程，并通过", "",
             "师徒结对等方式传承技艺，构建集培训与研发于一体", "",
             "该学校由某区总工会与某职业学院", "", "",
             "共建。某区人社局、区教育局"]


def test_a_headline_shaped_piece_over_a_one_word_sentence_is_text(tmp_path):
    """该学校由某区总工会与某职业学院 has a headline's shape, but it stands after a line left open and over a line
    that begins with a sentence of one word (共建。): text on both sides, and no story's or subhead's first
    sentence is one word.  It is the paragraph's first piece, read on into 共建。…, not a headline or subhead."""
    content = import_page(tmp_path, "\n".join(TAIL_PAGE) + "\n", "grrb/2025-09-13/03.txt")
    got = articles(content)
    assert len(got) == 1, [front["title"] for _, front, _ in got]
    body = got[0][2]
    assert "\n该学校由某区总工会与某职业学院共建。某区人社局、区教育局等单位将在" in body, body
    assert "#" not in body
    assert ct.word_sentence_first("共建。某区人社局、区教育局") and ct.word_sentence_first("持。该学校将开设")
    assert not ct.word_sentence_first("前，某局工匠学院") and not ct.word_sentence_first("近日，某区总工会召开会议。")
    assert not ct.word_sentence_first("技师学院共建。某区") and not ct.word_sentence_first("“好。”他说")


# The same shape in the file's own order: a headline after a finished story and an item gap, over the rest of
# its lead (万余元。, one word) whose start the OCR read at the page's end.  It stays a headline: the story above
# must not take it and its lead's rest as a paragraph of its own.
HEADLESS_TAIL_PAGE = ["某城举办读书分享会", "", "本报讯（记者周洁）近日，某城总工会举办职工读书分享会，近200名职工参加。", "",
                      "活动结束后，某城总工会还向职工发放了问卷。", "", "",
                      "某镇开展夏季送清凉活动", "", "万余元。", "",
                      "据了解，某镇今年已累计投入专项资金200万元。", "", "",
                      "本报讯（记者吴昊）近日，某镇总工会为环卫工人送去防暑降温用品，价值5", ""]


def test_a_headline_in_file_order_over_its_leads_one_word_rest_stays_a_headline(tmp_path):
    content = import_page(tmp_path, "\n".join(HEADLESS_TAIL_PAGE) + "\n", "grrb/2025-09-13/03.txt")
    for _, front, body in articles(content):
        assert "某镇开展夏季送清凉活动" not in body, (front["title"], body)
        assert "某城" not in body or "某镇" not in body or front.get("review"), (front["title"], body)


# A lead whose line ends right after its credit on the first character of its time (本报讯（…）日), read below the
# other items; its text goes on at 前，… under its headline, which stands after another lead left open.  A line of
# the item above ends on 向 (…从技能培训向), and 向 | 前 reads as a dictionary word too, the 向 line needing more.
LEAD_TIME_PAGE = ["## 西城区搭建职工交流平台", "",
                  "本报讯（记者赵六）近日，西城区总工会举办职工交流座谈会，推动各级工会互学互鉴，形成工作合力，", "",
                  "东城区成立职工学校", "",
                  "前，东城区职工学校揭牌仪式在区职业技术学院举行，首批学员已经入学。", "",
                  "区总工会相关负责人表示，将进一步拓展学校的培训领域，从技能培训向", "",
                  "文化教育延伸，带动更多职工参与学习。", "",
                  "本报讯（记者王五）日", "",
                  "提升整体服务职工的能力与效率。"]


def test_a_lead_cut_inside_its_time_goes_on_where_the_time_is_finished():
    """本报讯（记者王五）日 | 前，东城区…: what the lead's line leaves of its first clause is the first character of its
    time, and 前， finishes exactly that time (日前，): the lead's structure on both sides of the join, more than the
    chance word 向前 a line ending on 向 makes with the same line.  The lead goes under its headline and on at 前，…;
    the 向 line goes on at its own next line."""
    reading = find_order(LEAD_TIME_PAGE)
    assert reading is not None
    order = _lines_only(reading.order)
    assert order[order.index(13) + 1] == 7 and order[order.index(9) + 1] == 11, order
    assert order.index(5) < order.index(13)


# A word of a list item alone on its line (编程, headline-shaped), between the item's first word left open (…数控) and
# the line that closes the list (等特色课程…), on a page read out of order.
BOUND_PAGE = ["## 某区成立职工学校", "", "本报讯（记者王五）近日，某区职工学校揭牌成立，首批学员已经入学。", "",
              "等单位将在课程建设、师资培训等方面给予学校重点支", "",
              "持。该学校将开设电工、数控", "",
              "编程", "",
              "等特色课程，并通过", "",
              "师徒结对等方式传承技艺，构建集培训与研发于一体", "",
              "该学校由某区总工会与某职业学院共建。某区人社局、区教育局"]


def test_a_headline_shaped_piece_over_a_line_no_sentence_begins_with_is_text(tmp_path):
    """编程 stands after a line left open (…开设电工、数控) and over a line that begins with a 等 standing alone
    (等特色课程…), which no sentence and no text under a headline begins with: it is a piece of the sentence, not
    the headline of a story holding the rest of the page."""
    content = import_page(tmp_path, "\n".join(BOUND_PAGE) + "\n", "grrb/2025-09-13/03.txt")
    got = articles(content)
    assert [front["title"] for _, front, _ in got] == ["某区成立职工学校"]
    assert "数控编程等特色课程" in got[0][2], got[0][2]


# A quotation that opens a paragraph, cut by stray blank lines right after its first words: the piece before the
# blanks is short, with no comma, after a finished sentence and a gap (a lone headline's place), but the piece after
# them begins by closing the quote the first one opened (’，更要…): no line and no story begins with a closing mark.
QUOTE_CUT_PAGE = ["## 某区打造职工服务站点", "",
                  "本报讯（记者王五）近日，某区总工会新建职工服务站点30个，覆盖全区各个街道。", "",
                  "据介绍，这些站点除了提供休息服务，还设有法律援助、心理疏导等功能区。", "", "",
                  "“我们打造的服务不仅要‘在身边", "", "",
                  "’，更要‘随时享’。”某区总工会主席张三介绍，下一步将继续完善站点功能。", ""]


def test_a_quote_cut_after_its_first_words_is_no_headline(tmp_path):
    """“我们打造的服务不仅要‘在身边 opens two quotes and the line under it closes the inner one with its first
    character and goes on after a comma: one sentence two stray blank lines cut, the last paragraph of the story
    above, not a lone headline over a story of its own."""
    content = import_page(tmp_path, "\n".join(QUOTE_CUT_PAGE) + "\n", "grrb/2025-09-13/03.txt")
    got = articles(content)
    assert [front["title"] for _, front, _ in got] == ["某区打造职工服务站点"], [front["title"] for _, front, _ in got]
    assert "“我们打造的服务不仅要‘在身边’，更要‘随时享’。”某区总工会主席张三介绍" in got[0][2], got[0][2]


# The same paragraph cut after 的: the piece before the blanks ends on a word no headline ends on.
BOUND_CUT_PAGE = QUOTE_CUT_PAGE[:7] + ["“我们打造的", "", "", "服务不仅要‘在身边’，更要‘随时享’。”某区总工会主席张三介绍，下一步将继续完善站点功能。", ""]


def test_a_piece_ending_on_a_lone_de_is_no_lone_headline(tmp_path):
    """“我们打造的 stands where a lone headline would (after a finished sentence and a gap), but it ends on a lone
    的, as no headline does (:func:`~unionnews.ingest.continuity.bound_end`): the start of a sentence stray blank lines
    cut from its rest, the story's last paragraph."""
    content = import_page(tmp_path, "\n".join(BOUND_CUT_PAGE) + "\n", "grrb/2025-09-13/03.txt")
    got = articles(content)
    assert [front["title"] for _, front, _ in got] == ["某区打造职工服务站点"], [front["title"] for _, front, _ in got]
    assert "“我们打造的服务不仅要‘在身边’，更要‘随时享’。”某区总工会主席张三介绍" in got[0][2], got[0][2]


# A quoted paragraph re-wrapped so that its closing mark, half-width, opens the next line (…坚实基础。 | "某公司工会):
# stray blank lines above and below leave a short line without a comma after a finished sentence, a lone headline's
# place.  The straight mark closes the quote the paragraph above leaves open (。” as GB/T 15834 sets it).
QUOTE_CLOSE_PAGE = ["## 某街道举办创新工作室座谈会", "",
                    '本报讯(记者王五)近日,某街道总工会组织了一次创新工作室座谈会。', "",
                    '"此次交流让团队收获颇丰,为后续创建工作', "打下了坚实基础。", "", "",
                    '"某家政服务有限公司工会', "", "",
                    "负责人对街道总工会的工作点赞。", ""]


def test_a_line_opening_on_the_mark_that_closes_the_quote_above_is_no_headline(tmp_path):
    """"某家政服务有限公司工会 stands where a lone headline would, but its first mark closes the quote the
    paragraph above opened and left open after its full stop: the rest of that paragraph, not a story of its own."""
    content = import_page(tmp_path, "\n".join(QUOTE_CLOSE_PAGE) + "\n", "grrb/2025-09-13/03.txt")
    got = articles(content)
    assert [front["title"] for _, front, _ in got] == ["某街道举办创新工作室座谈会"], [front["title"] for _, front, _ in got]
    assert "某家政服务有限公司工会负责人对街道总工会的工作点赞。" in got[0][2], got[0][2]


@pytest.mark.parametrize("a, b, closes", [
    ('"此次交流让团队收获颇丰,打下了坚实基础。', '"某家政服务有限公司工会', True),
    ("“此次交流让团队收获颇丰，打下了坚实基础。", "”某家政服务有限公司工会", True),
    ("此次交流让团队收获颇丰，打下了坚实基础。", '"某家政服务有限公司工会', False),
    ('"此次交流让团队收获颇丰,打下了坚实基础。', '"宝藏盛会"为何人气爆棚?', False),
    ('"此次交流让团队收获颇丰,打下了坚实', '"某家政服务有限公司工会', False),
])
def test_a_mark_closing_the_quote_after_a_sentence_end(a, b, closes):
    assert ct.quote_closed_after_end(a, b) is closes


# A labelled story re-wrapped narrow, a stray blank line after its lead's first line (…区总工 | 会联合…): the cut
# piece is short, with no comma, right under the headline, so it had a headline line's shape.
LABEL_CUT_PAGE = [">> 他山之石 <<", "", "某区总工会打造户外劳动者临时", "休息圈", "",
                  "某省某区总工", "", "会联合区住房和城乡建设局工会,针对建筑类项目的特点建设流动驿站,",
                  "为户外劳动者提供休息场所。", ""]


def test_a_line_cut_off_the_text_inside_a_word_closes_no_headline_block(tmp_path):
    """某省某区总工 | 会联合…: the word 工会 runs from the line into the text under it, so the line is the text's
    first words, not the headline's last line (a headline line stands above it already)."""
    content = import_page(tmp_path, "\n".join(LABEL_CUT_PAGE) + "\n", "grrb/2025-09-13/03.txt")
    got = articles(content)
    assert len(got) == 1 and "某省某区总工" not in "".join(str(got[0][1].get(k) or "") for k in ("kicker", "title")), got
    assert "某省某区总工会联合区住房" in got[0][2], got[0][2]


def test_a_far_word_on_a_first_character_the_line_above_reads_as_well_is_no_evidence():
    """…角逐出 | 门和直属… reads 出门 across a far join, but the line printed right above B (…各部 | 门和…) reads 部门 into
    the same character, its sentence open: two readings of one character, and the far one no reason to move B."""
    from unionnews.ingest.scores import Scorer

    lines = ["本报讯 比赛在某市落下帷幕。四十名选手经过两天比赛，角逐出", "", "8个项目的一二三等奖。", "",
             "某某报社负责同志，各驻会产业工会、各部", "", "门和直属单位负责同志参加学习。"]
    scorer = Scorer(Page(make_units(lines, None)))
    assert "word" not in scorer.score(1, 7).kinds, scorer.score(1, 7).reasons
    assert ct.read_across("各驻会产业工会、各部", "门和直属单位") == "部门"
    assert ct.word_across("各驻会产业工会、各部", "门和直属单位") is None  # 各部 alone is a word too


# A sentence cut by stray blank lines inside a quoted list (…将形成“部门联动、活动 | 联动、平台联网”5方面举措): the
# first piece is short, after a finished sentence and over text, a subhead's place.
QUOTED_LIST_CUT_PAGE = ["## 某市发布劳模助企行动方案", "",
                        "本报讯（记者王五）近日，某市总工会发布劳模助企行动方案，组织劳模深入企业开展服务。", "",
                        "在实施措施上，将形成“部门联动、活动", "", "",
                        "联动、平台联网”", "", "",
                        "5方面举措。各级工会将引导劳模工匠深入企业解决难题。", ""]


def test_a_line_leaving_its_quote_open_is_no_subhead(tmp_path):
    """在实施措施上，将形成“部门联动、活动 opens a quote it does not close: a sentence cut, not a subhead, and the
    piece that closes the quote goes on with it instead of heading a story of its own."""
    content = import_page(tmp_path, "\n".join(QUOTED_LIST_CUT_PAGE) + "\n", "grrb/2025-09-13/03.txt")
    got = articles(content)
    assert [front["title"] for _, front, _ in got] == ["某市发布劳模助企行动方案"], [front["title"] for _, front, _ in got]
    assert "将形成“部门联动、活动联动、平台联网”5方面举措。" in got[0][2], got[0][2]


def test_a_far_word_on_a_last_character_its_own_next_line_reads_as_well_is_no_evidence():
    """…一组国 | 人社厅… reads 国人 across a far join, but A's own next line reads 国产化 out of the same character
    (…一组国 | 产化工业…, a word the next line's segmentation alone hides: 产 | 化工业): two readings of A's end, and
    the far one no reason to take A from the file's order."""
    from unionnews.ingest.scores import Scorer

    lines = ["本报讯 在某厂的车间内，一组国", "", "产化工业零件完成测试。", "", "会议由某市总工会主办。", "",
             "人社厅、总工会等部门参加。"]
    scorer = Scorer(Page(make_units(lines, None)))
    assert "word" not in scorer.score(1, 7).kinds, scorer.score(1, 7).reasons
    assert ct.word_across("在某厂的车间内，一组国", "人社厅、总工会等部门参加。") == "国人"
    assert ct.read_across("在某厂的车间内，一组国", "产化工业零件完成测试。") == "国产化"


def _stopped_short_lines(end: str) -> list[str]:
    return ["本报讯 某市总工会近日推出一批服务举措。", "", "网约车司机等夜间工作的劳动者休憩。", "",
            "针对网约车司机等新就业形态劳动者工作时间不固定的特点，市总将驿站改为全天候的智能化驿站" + end, "",
            "据悉，该市还建立了职工需求直通车机制。"]


def test_a_line_stopping_on_a_bare_word_after_a_comma_goes_on_where_its_wording_fits():
    """…智能化驿站，方便 cannot end a paragraph (a bare word after a comma), its next line opens one (据悉…), and
    no word spans any join: it goes on, as a weak guess, at the free line whose wording fits it best by a
    margin (网约车司机…).  A line ending on a whole clause (…，服务职工近3000人次: a full stop lost) stays
    where it is, and a weak join alone never shows the page out of order."""
    page = Page(make_units(_stopped_short_lines("，方便"), None))
    joins = sentence_joins(page)
    assert 5 in joins and joins[5].b == 3 and joins[5].weak, {a: (j.b, j.reasons) for a, j in joins.items()}
    assert 5 not in sentence_joins(Page(make_units(_stopped_short_lines("，服务职工近3000人次"), None)))
    assert find_order(_stopped_short_lines("，方便")) is None
    assert ct.stops_short("智能化驿站，方便") and not ct.stops_short("生产中的核小窟点")
    assert not ct.stops_short("服务更加贴心，等等")  # a particle may end a sentence


def _open_before_headline(tail: str) -> list[str]:
    return ["甲市总工会推出驿站服务", "", "本报讯（记者王某）近日，甲市总工会在全市建成一批工会驿站，覆盖城区和镇街。", "",
            "\"我们打造的服务不仅要'在身边',更要'随时享''贴心", "",
            "乙县举办职工运动会", "", "设田径、拔河等项目，800名职工参加", "",
            "本报讯（记者李某）日前，乙县总工会举办第五届职工运动会。", "",
            "比赛设田径、拔河等项目，共有800名职工参加。", "", tail, ""]


def test_an_open_end_before_another_storys_headline_goes_on_at_the_paragraph_the_text_ties_to_it():
    """Placement with no sentence join at line 5 (…'随时享''贴心: the reorderer left it open): laid in the
    file's order it would stand right before 乙县's headline and end 甲市's story mid-sentence, while 享'。"…
    (it closes the quote line 5 leaves open) stands after a finished sentence of the other story.  That
    paragraph is laid after the open end, as a guess with a paragraph break (no text joined); a last
    paragraph nothing ties to line 5 stays where the file has it."""
    page = Page(make_units(_open_before_headline("享'。\"甲市总工会负责人介绍，驿站全天开放。"), None))
    reading = place(page, {})
    assert reading.order == [1, 3, 5, BREAK, 15, 7, 9, 11, 13], reading.order
    assert reading.notes[15].guessed and "goes on with the sentence line 5" in reading.notes[15].why
    page = Page(make_units(_open_before_headline("甲市总工会负责人介绍，驿站全天开放。"), None))
    assert place(page, {}).order == [1, 3, 5, 7, 9, 11, 13, 15]


def test_a_line_leaving_a_single_quote_open_is_no_headline():
    """A headline prints its quotes in pairs, single ones as double ones: '贴心 (the inner quote of a
    sentence a line break cut, …更要'随时享' | '贴心 | 享'。") is a piece of text, not a headline, so the
    line under it does not begin a paragraph where it stands (its status is not "in place")."""
    lines = ["本报讯 某市总工会近日推出驿站服务，经常光顾的地方，尤", "", "据悉，该市驿站全天开放。", "",
             "\"我们的服务不仅要'随时享'", "'贴心", "其在寒冷的冬夜，这里是他们的家。"]
    page = Page(make_units(lines, None))
    assert not headline_like(page.by_no[6]) and headline_like(page.by_no[3]) is False
    assert headline_like(make_units(["乙县'职工之家'挂牌"], None)[0])
    assert Scorer(page).status[7] != "in place"


@pytest.mark.parametrize("a1, b1, a2, b2", [(10, 11, 20, 21), (20, 21, 10, 11), (10, 21, 20, 11), (20, 11, 10, 21)])
def test_a_tie_between_two_sets_of_joins_keeps_the_files_own_joins(a1, b1, a2, b2):
    # A1 → B1 and A2 → B2 are the file's next-line joins (3 each); the text weighs A2 → B1 at 4 and A1 → B2 at 2:
    # both sets weigh 6, and a tie is no evidence for moving text, whatever the lines' numbers
    from unionnews.ingest.readings import Join
    from unionnews.ingest.reorder import _KEEP, _best

    def join(a: int, b: int, score: float, adjacent: bool) -> Join:
        return Join(a, b, score, ["next line in the file" if adjacent else "nearby on the page"],
                    set() if adjacent else {"text"})
    table = {(a1, b1): join(a1, b1, 3.0, True), (a2, b2): join(a2, b2, 3.0, True),
             (a1, b2): join(a1, b2, 2.0, False), (a2, b1): join(a2, b1, 4.0, False)}
    assert sorted((a, j.b) for a, j in _best(table, {}, keep=_KEEP).items()) == sorted([(a1, b1), (a2, b2)])


def test_no_sentence_from_above_a_headline_goes_on_inside_the_column_whose_lead_was_read_below_it():
    # the OCR read 石桥镇…'s column under its headline and its lead last; the lead goes on at 个亮灯… under the
    # headline, so the lines between the headline and the lead are that column's: …湖南两 above the headline
    # does not go on at 造了… among them (两造 is a chance word; in a narrow column a word is cut on almost
    # every line), while the column's own lines may (打 | 造了)
    lines = ["河湾区举办职工技能大赛", "本报讯（记者王芳）近日，河湾区总工会举办职工技能大赛，来自河北、湖南两",
             "省8名骨干工匠组成了服务队，走进车间开展指导。", "石桥镇工会构建服务圈",
             "个亮灯、暖和的地方歇歇脚，喝口热水，感觉特别暖心。”", "镇工会将服务模式化、品牌化，打",
             "技能微课堂等特色功能区，满足职工多元化需求。", "造了触手可及的工会服务生态圈。",
             "本报讯（记者李明）“深夜跑单结束，能有"]
    page = Page(make_units(lines, None))
    joins = sentence_joins(page)
    assert joins[9].b == 5  # the lead under its headline
    assert page.columns == {(4, 9)}
    assert page.enters(2, 8) and not page.enters(6, 8) and not page.enters(2, 3)


def test_a_line_read_out_of_place_opens_no_quote_of_the_line_the_file_puts_before_it():
    """…常来这里歇脚，尤 | 其在寒冷的 (尤其): the OCR read 其在寒冷的 under …更要'随时享''贴心, whose quotes it
    has no part in.  Read on from that line, it would leave both quotes open, 冬夜，这里是他视为"家"的地方。 would
    not pair with it and 享'。"… would close them for it, leaving …贴心 with nowhere to go on.  Once the reading
    order puts it after …尤, its quotes are its own: …贴心 goes on at 享'。", 其在寒冷的 at 冬夜…."""
    from unionnews.ingest.scores import Scorer

    lines = ["## 某市总工会打造职工服务圈", "", "本报讯（记者李明）近日，某市总工会升级一批职工驿站，网约车司机王强常来这里歇脚，尤", "",
             "据悉，驿站全天开放，配有热水和充电设施。", "", "\"我们的服务不仅要'在身边'，更要'随时享''贴心", "", "其在寒冷的", "",
             "冬夜，这里是他视为\"家\"的地方。", "", "享'。\"某市总工会负责人介绍。", ""]
    page = Page(make_units(lines, None))
    joins = sentence_joins(page)
    assert {a: j.b for a, j in joins.items()} == {3: 9, 7: 13, 9: 11}, {a: j.b for a, j in joins.items()}
    scorer = Scorer(page)
    assert scorer.quotes[9] == (True, True)  # the file's order alone reads it on from …贴心
    scorer.follow(joins)
    assert scorer.quotes[9] == (False, False)


@pytest.mark.parametrize("a, b, frame", [
    ("在省市两级工会的牵线下，刚刚在大赛", "中取得佳绩的8名工匠", "在大赛…中"),
    ("让实战经验在跨区域交流", "中得到更大范围的应用。", "在跨区域交流…中"),
    ("代表们在大会", "上发言。", "在大会…上"),
    ("揭牌仪式在贵州铁路", "中铁五局工匠学院由…", None),  # 中 | 铁五局: a name the dictionary lacks, a noun after it
    ("揭牌仪式在贵州铁路", "中 铁五局工匠学院由…", None),  # the same, the OCR spacing its characters
    ("会议在议程设置、表决", "上，每年开展", None),  # a list inside the phrase goes on with its items first
    ("在激励保", "中取得", None),  # 保 | 障: the rest of a word a line break cut comes first
    ("关键在 于围绕职工最关心", "上，每年开展", None),  # 在 于: 在于 read apart, no preposition
    ("直指生产中的核小窟点", "中取得佳绩", None),  # no 在 open
])
def test_a_localizer_closes_the_phrase_zai_left_open(a, b, frame):
    assert ct.frame_closed(a, b) == frame


def test_a_line_opening_on_the_localizer_of_a_phrase_zai_left_open_goes_on_there():
    """…刚刚在大赛 | 中取得佳绩…: 在 opens a phrase a localizer closes (在大赛中), and a line opening on 中 standing
    alone, a verb after it, begins inside such a phrase.  A far line stopping on an OCR-garbled word (…核小窟点,
    whose paragraph ended there, its full stop lost) gives the dictionary word 点中 across by chance; the phrase
    keeps 中取得… at the line the file puts it after."""
    lines = ["## 某市举办职工技能大赛", "", "本报讯（记者李明）近日，技术工人向大赛选手率先提问，直指生产中的核小窟点", "",
             "作为国家高新技术企业，该公司正聚焦储能领域开展技术研发。", "", "在省市两级工会的牵线下，刚刚在大赛", "",
             "中取得佳绩的8名工匠组成了服务队，走进车间开展指导。", ""]
    page = Page(make_units(lines, None), pieces=True)
    joins = sentence_joins(page)
    assert {a: j.b for a, j in joins.items()} == {7: 9}, {a: (j.b, j.reasons) for a, j in joins.items()}
    assert any("closes the phrase 在 opens" in r for r in joins[7].reasons)


def test_a_lines_need_yields_on_a_far_join_of_no_text_into_a_line_a_word_reaches():
    """…心理舒缓室、 (a 、 no text ends on: its need, +2) bids for 造了… on that line's form alone, far off; …服务模式，打
    reaches the same line on a dictionary word the break cut (打 | 造了: 打造), scoring higher.  The need says the
    line goes on somewhere, not there: it is weighed without it, so the word's line wins.  A join with textual
    evidence of its own, or the file's next line, keeps its need."""
    from unionnews.ingest.readings import Join
    from unionnews.ingest.reorder import _need_yields

    far = Join(3, 9, 4.5, ["nearby on the page", "造了… cannot start a sentence"], {"form"}, need=2)
    word = Join(7, 9, 5.0, ["nearby on the page", "the word 打造 spans the join"], {"word", "text"})
    texted = Join(5, 9, 4.5, ["nearby on the page", "closes the quote line 5 leaves open"], {"text"}, need=2)
    nxt = Join(8, 9, 4.5, ["next line in the file"], set(), need=2)
    _need_yields({(3, 9): far, (7, 9): word, (5, 9): texted, (8, 9): nxt})
    assert far.discount == 2 and texted.discount == 0 and nxt.discount == 0
    alone = Join(3, 9, 4.5, ["nearby on the page"], {"form"}, need=2)
    _need_yields({(3, 9): alone, (7, 9): Join(7, 9, 5.0, ["nearby on the page"], {"word", "text", "against"})})
    assert alone.discount == 0  # (a word the text speaks against reaches nothing)


def test_a_short_last_piece_ends_a_paragraph_only_where_the_pages_spaces_join_printed_lines():
    """…由某局 与某技师学院共建。某省人 社厅、省总工会: read by its spaces, three printed lines and a short last one, so
    the paragraph ended there.  On a page whose engine spaced words apart (某 市建筑 技师 学院), the spaces say
    nothing of printed lines: the last piece is no short line, and the text goes on (等相关部门…)."""
    text = "某学院由某市建筑工程局与 某市技师学院共建。某省人社 厅、省总工会"
    assert ct.short_last_line(text)
    spaced = ["某 市建筑 技师 学院,举行陕 西省建设 产业工匠学院 兼职教师 聘任仪 式。", text,
              "等相关部门将在技能等级认定等方面给予支持。"]
    page = Page(make_units(spaced, None))
    assert not page.short_last_line(2)
    joined = ["本报讯(记者李明)近日,某市总工会举办 职工技能大赛,来自全市各行业的两千 余名职工参加了比赛。", text,
              "等相关部门将在技能等级认定等方面给予支持。"]
    assert Page(make_units(joined, None)).short_last_line(2)


def test_a_subtitle_between_a_marked_headline_and_its_lead_goes_on_into_no_far_line():
    """## 某县举办《匠心筑梦》巡演 | 融合音乐、舞蹈等多种形式，深入全县巡演 | 本报讯…: the subtitle holds a comma, so it has
    no headline's shape, but it stands between the headline and its lead.  Far below, …全县职工谱写 | 出的精彩篇章。
    (演出 across 巡演 | 出的 by chance) is no place for it to go on: a headline block runs on into no text."""
    lines = ["## 某县举办《匠心筑梦》巡演", "融合音乐、舞蹈等多种形式，深入全县巡演",
             "本报讯（记者张明）10月6日，某县总工会主办的文艺晚会在县工人文化宫举行。",
             "晚会分为四个篇章，展现了全县职工谱写", "出的精彩篇章。"]
    scorer = Scorer(Page(make_units(lines, None)))
    assert "it may be a headline, which does not run on" in scorer.score(2, 5).reasons
    assert scorer.score(2, 5).score <= 0
    # a line that begins mid-sentence under a headline is the lead's rest, read before it: not a subtitle
    rest = ["## 某县举办《匠心筑梦》巡演", "个篇章，展现了全县职工的风采", "本报讯（记者张明）10月6日，某县总工会主办的文艺晚会分为四"]
    assert not Scorer(Page(make_units(rest, None)))._subtitle(2)


def test_a_lead_right_under_its_headline_goes_on_in_its_own_item():
    """某公司创新成果亮相服贸会 | 本报讯（…）…实时看到了城市网 | (blank lines) | 约车的运营状况…: the lead stands under its
    own headline, so the OCR read it in place and its text goes on below it, whatever a stray blank run cut.  A line
    of the story above its headline (易冉宣读…, 网易 across by chance) is no place for it to go on: only a lead read
    away from its headline, after another story's text, may go on across a headline."""
    lines = ["某市举办首届工匠论坛", "", "本报讯（记者白莹）近日，首届工匠论坛在某市举行。", "论坛上，“大国工匠”代表", "", "",
             "易冉宣读致全市工匠和技能人才倡议书。", "", "", "的工匠代表参与论坛研讨。", "", "", "",
             "某公司创新成果亮相服贸会", "",
             "本报讯（记者周美玉）服贸会上，一块屏幕吸引了观众的目光，大家实时看到了城市网", "", "",
             "约车的运营状况和区域的人流分布。", "这个功能是某公司职工创新工作室研发的。"]
    page = Page(make_units(lines, None))
    assert page.lead_in_place(16)
    assert sentence_joins(page)[16].b == 19


def test_a_short_last_line_stopping_on_a_lists_last_item_goes_on_at_the_lists_closer():
    """…市人社局、区总工会 | 等相关部门…: a column piece cut after an enumeration's last item, wrapped anew, ends
    on a short printed line; a list goes on to its closer, so that line is no paragraph's end when the line it
    may go on at opens with the closer standing alone.  Another open line (…发展探索出新) must not take that
    line for want of the list's claim."""

    a = "南湖工匠学院由某集团与南湖技师学 院共建。南湖区人社局、市人社局、 区总工会"
    b = "等相关部门将在技能认定、培训开展等方面给予学院重点支持。"
    lines = ["## 南湖区成立工匠学院", "", "本报讯（记者李明）近日，南湖区工匠学院揭牌成立。", "",
             "北山区总工会举办交流活动，为全区工会系统联动发展探索出新", "", a, "", "本次活动以交流为主题。", "", b]
    page = Page(make_units(lines, None))
    ev = Scorer(page).score(7, 11)
    assert "against" not in ev.kinds and ev.score >= 5, ev.reasons
    assert sentence_joins(page)[7].b == 11
    assert ct.short_last_line(a) and ct.list_goes_on(a, b)
    assert not ct.list_goes_on(a, "相关部门将在技能认定等方面给予支持。")  # no closer: the penalty stands


def test_a_need_is_kept_where_it_could_not_take_the_line_from_the_word():
    """…牵线搭桥， (its comma's need, +2) bids 2.5 for 前，… on that line's form, far off; a lead's cut time reaches
    the same line at 10.5 (日 | 前: 日前), and the lead's best join elsewhere is 4.5: 2.5 + 2 + 4.5 is still short of
    10.5, so the need decides nothing about B and is not taken off (taken off, it only moved the assignment's choice
    between equal joins elsewhere on the page).  Where the word's line has little else to do (打 | 造了 at 5.0, a
    join at 1.0 elsewhere) the need could take B from it, and is taken off."""
    from unionnews.ingest.readings import Join
    from unionnews.ingest.reorder import _need_yields

    far = Join(3, 9, 2.5, ["nearby on the page", "line 9 cannot begin where the OCR read it"], {"orphan"}, need=2)
    lead = Join(7, 9, 10.5, ["nearby on the page", "the word 日前 spans the join"], {"word", "text"})
    other = Join(7, 11, 4.5, ["nearby on the page", "等相… cannot start a sentence"], {"orphan", "text"})
    _need_yields({(3, 9): far, (7, 9): lead, (7, 11): other})
    assert far.discount == 0
    far = Join(3, 9, 3.0, ["nearby on the page", "line 9 cannot begin where the OCR read it"], {"orphan"}, need=2)
    word = Join(7, 9, 5.0, ["nearby on the page", "the word 打造 spans the join"], {"word", "text"})
    other = Join(7, 11, 1.0, ["nearby on the page"], set())
    _need_yields({(3, 9): far, (7, 9): word, (7, 11): other})
    assert far.discount == 2

