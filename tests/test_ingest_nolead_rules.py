"""Pages printed without 本报讯 markers (a wire story, a reprint, a feature: ``nolead`` in tests/variants.py):
the headline stands directly on plain text, and nothing but the text's form says where an item's lead
begins.  Made-up pages, each failing before the rule it names."""
from __future__ import annotations

from test_ingest_tiny import _import, _mixed_without_review

ABOVE = ["甲城举办职工技能大赛", "", "", "9月2日，甲城总工会举办职工技能大赛，两百余名职工参加比赛。", "",
         "比赛设焊工、电工等多个项目，甲城职工在赛场上比拼技能。", "", "", ""]


def test_a_cut_first_line_of_a_lead_under_a_title_and_subtitle_leaves_them_one_headline_block(tmp_path):
    """A title and its subtitle (乙城工会建成职工健身驿站 | 十家驿站全天开放服务周边职工) after a finished story,
    over a lead that opens on a quote and whose first printed line the OCR set apart (“下班后来这里锻炼一会儿，能有 |
    个放松的地方…).  The cut line is short and ends on no mark, a headline's length, so the block was refused
    (the text under a block must begin a sentence as text does); the title stood alone and the subtitle became
    the story's first paragraph.  A short line with a comma inside that runs on into a character no sentence
    begins with is text: the block is the item's headline."""
    page = ABOVE + ["乙城工会建成职工健身驿站", "", "十家驿站全天开放服务周边职工", "", "“下班后来这里锻炼一会儿，能有", "",
                    "个放松的地方，感觉特别好。”乙城职工李明说。近日，乙城总工会在城区建成十家职工健身驿站。", "",
                    "驿站配备健身器材和饮水机等设施。"]
    articles = _import("\n".join(page) + "\n", tmp_path)
    assert _mixed_without_review(articles) == []
    second = next(a for a in articles if a["head"].startswith("乙城工会"))
    assert second["head"] == "乙城工会建成职工健身驿站十家驿站全天开放服务周边职工"
    assert second["body"].startswith("“下班后来这里锻炼一会儿，能有个放松的地方")


def test_a_lead_without_a_marker_read_twice_around_its_subtitle_is_set_aside_once(tmp_path):
    """The OCR read a lead's first line, then the headline's subtitle, then the whole lead again (乙县总工会… |
    近日，乙县总工会为十家企业五百名职工 | 五百名职工获赠健康体检 | 近日，乙县总工会为十家企业五百名职工赠送…), with no 本报讯
    marker to tell the two reads.  The subtitle was read as text and ran on with both reads into one sentence
    the page never printed (…五百名职工五百名职工获赠健康体检近日，…).  A line opening as a lead on its date
    or 近日 under the title, and a line opening so under the subtitle whose words are mostly the same, are two
    reads of one lead: the first is set aside (unplaced, said in the review), the subtitle is the headline's."""
    page = ABOVE + ["乙县总工会关爱一线职工健康", "", "近日，乙县总工会为十家企业五百名职工", "", "五百名职工获赠健康体检", "",
                    "近日，乙县总工会为十家企业五百名职工赠送健康体检服务，覆盖环卫、快递等行业。", "",
                    "乙县总工会还为职工建立了健康档案。"]
    articles = _import("\n".join(page) + "\n", tmp_path)
    assert _mixed_without_review(articles) == []
    second = next(a for a in articles if a["head"].startswith("乙县总工会"))
    assert second["head"] == "乙县总工会关爱一线职工健康五百名职工获赠健康体检"
    assert second["body"].startswith("近日，乙县总工会为十家企业五百名职工赠送")
    assert any("read this lead twice" in r for r in second["review"])
    unplaced = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "content").rglob("*.md")
                       if "_unplaced" in p.parts)
    assert "近日，乙县总工会为十家企业五百名职工" in unplaced
