"""Importer input handling: encodings, line ends, metadata sources and clear errors."""
from __future__ import annotations

from pathlib import Path

import pytest

from test_ingest_helpers import PAPERS, RAW, articles, output_chars, printed_chars
from unionnews.errors import UnionnewsError
from unionnews.ingest import run_import

SEED = (RAW / "ldwb-2023-07-29-seed003.txt").read_text(encoding="utf-8")
FLAGS = dict(paper="劳动午报", date="2023-07-29", page=2)
# A traditional-Chinese page (Big5 cannot encode simplified characters).
BIG5_PAGE = """會聚巾幗 匠心築夢 第二屆巾幗工匠論壇在京舉辦

7月28日，第二屆大國工匠創新交流大會暨大國工匠論壇在北京開幕。巾幗工匠論壇作為其中一大亮點，當天在北京展覽館同步舉辦。論壇以“會聚巾幗 匠心築夢”為主題，邀請巾幗工匠、專家學者、企業家等優秀女性代表，聚焦巾幗工匠更好發揮示範引領作用，助力高質量發展。

本報記者 劉欣欣/文 陳藝/攝
"""


def _import(tmp: Path, data: bytes, name: str = "page.txt", **flags):
    page = tmp / name
    page.write_bytes(data)
    content = tmp / "content"
    report = run_import([page], content, tmp, PAPERS, **{**FLAGS, **flags})
    return content, report


def _first_title(content: Path) -> str:
    return articles(content)[0][1]["title"]


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-8-sig", "utf-16"])
def test_detects_encoding(tmp_path, encoding):
    content, _ = _import(tmp_path, SEED.encode(encoding))
    assert _first_title(content) == "会聚巾帼 匠心筑梦 第二届巾帼工匠论坛在京举办"
    assert output_chars(content) == printed_chars(SEED.splitlines())


def test_detects_big5(tmp_path):
    content, _ = _import(tmp_path, BIG5_PAGE.encode("big5"))
    front = articles(content)[0][1]
    assert front["title"] == "會聚巾幗 匠心築夢 第二屆巾幗工匠論壇在京舉辦"


def test_crlf_is_read_as_lf(tmp_path):
    content, _ = _import(tmp_path, SEED.replace("\n", "\r\n").encode("utf-8"))
    (tmp_path / "lf").mkdir()
    lf_content, _ = _import(tmp_path / "lf", SEED.encode("utf-8"))
    crlf = {p.name: p.read_text(encoding="utf-8") for p in content.rglob("*.md")}
    lf = {p.name: p.read_text(encoding="utf-8") for p in lf_content.rglob("*.md")}
    strip = lambda t: "\n".join(l for l in t.splitlines() if not l.strip().startswith(("sha256:", "file:")))  # noqa: E731
    assert {k: strip(v) for k, v in crlf.items()} == {k: strip(v) for k, v in lf.items()}
    assert all("\r" not in v for v in crlf.values())


def test_forced_encoding(tmp_path):
    content, _ = _import(tmp_path, BIG5_PAGE.encode("big5"), encoding="big5")
    assert _first_title(content).startswith("會聚巾幗")


def test_undecodable_input_names_file_and_byte_offset(tmp_path):
    data = "本报讯（记者 白莹）".encode("utf-8") + b"\n\xff\xfe\xfa\xfb\x80"
    with pytest.raises(UnionnewsError) as err:
        _import(tmp_path, data, encoding="utf-8")
    message = str(err.value)
    assert "page.txt:2" in message and "byte offset 29" in message and "--encoding" in message


def test_wrong_forced_encoding_is_a_clear_error(tmp_path):
    with pytest.raises(UnionnewsError) as err:
        _import(tmp_path, SEED.encode("gb18030"), encoding="utf-8")
    assert "cannot decode byte offset" in str(err.value)


def test_unknown_encoding_name(tmp_path):
    with pytest.raises(UnionnewsError, match="unknown encoding"):
        _import(tmp_path, SEED.encode("utf-8"), encoding="klingon")


def test_unknown_paper(tmp_path):
    with pytest.raises(UnionnewsError, match="unknown paper '北京日报'"):
        _import(tmp_path, SEED.encode("utf-8"), paper="北京日报")


def test_missing_metadata_says_which_flag_or_manifest_entry(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(SEED, encoding="utf-8")
    with pytest.raises(UnionnewsError) as err:
        run_import([page], tmp_path / "content", tmp_path, PAPERS)
    message = str(err.value)
    for needle in ("no paper", "--paper", "no issue date", "--date", "no page number", "--page", "manifest.yaml"):
        assert needle in message


def test_a_page_file_named_by_a_digit_int_cannot_read_is_a_clear_problem(tmp_path):
    """² is a digit to str.isdigit(), but int() cannot read it: no traceback, the page number is asked for."""
    folder = tmp_path / "raw" / "grrb" / "2025-09-26"
    folder.mkdir(parents=True)
    page = folder / "².txt"
    page.write_text(SEED, encoding="utf-8")
    with pytest.raises(UnionnewsError, match="no page number"):
        run_import([page], tmp_path / "content", tmp_path / "raw", PAPERS)


def test_bad_date_flag(tmp_path):
    with pytest.raises(UnionnewsError, match="not YYYY-MM-DD"):
        _import(tmp_path, SEED.encode("utf-8"), date="2023-7-29")


def test_missing_path(tmp_path):
    with pytest.raises(UnionnewsError, match="no such file"):
        run_import([tmp_path / "nope.txt"], tmp_path / "content", tmp_path, PAPERS, **FLAGS)


def test_metadata_from_path_needs_no_review(tmp_path):
    page = tmp_path / "raw" / "劳动午报" / "2023-07-29" / "02.txt"
    page.parent.mkdir(parents=True)
    page.write_text(SEED, encoding="utf-8")
    run_import([tmp_path / "raw"], tmp_path / "content", tmp_path, PAPERS)
    got = articles(tmp_path / "content")
    assert [f["id"] for _, f, _ in got][0] == "ldwb-20230729-02-01"
    assert not any("inferred" in r for _, f, _ in got for r in f.get("review", []))


def test_manifest_reading_order_must_cover_every_line(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "p.txt").write_text(SEED, encoding="utf-8")
    (raw / "manifest.yaml").write_text(
        "pages:\n  p.txt: {paper: 劳动午报, date: 2023-07-29, page: 2, reading_order: '1-17, 3'}\n", encoding="utf-8")
    with pytest.raises(UnionnewsError) as err:
        run_import([raw], tmp_path / "content", tmp_path, PAPERS)
    assert "line 3 2 times" in str(err.value) and "leaves out lines 19" in str(err.value)


def test_duplicate_output_paths_are_errors(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(SEED, encoding="utf-8")
    with pytest.raises(UnionnewsError, match="also produced by"):
        run_import([tmp_path / "a.txt", tmp_path / "b.txt"], tmp_path / "content", tmp_path, PAPERS, **FLAGS)


def test_paper_code_as_folder_name(tmp_path):
    """raw/grrb/2025-09-26/03.txt: the paper's code names the folder as well as its name does."""
    page = tmp_path / "raw" / "ldwb" / "2023-07-29" / "02.txt"
    page.parent.mkdir(parents=True)
    page.write_text(SEED, encoding="utf-8")
    run_import([tmp_path / "raw"], tmp_path / "content", tmp_path, PAPERS)
    assert articles(tmp_path / "content")[0][1]["id"] == "ldwb-20230729-02-01"


def test_unknown_folder_name_says_what_is_expected(tmp_path):
    page = tmp_path / "raw" / "gongren" / "2025-09-26" / "03.txt"
    page.parent.mkdir(parents=True)
    page.write_text(SEED, encoding="utf-8")
    with pytest.raises(UnionnewsError) as err:
        run_import([tmp_path / "raw"], tmp_path / "content", tmp_path, PAPERS)
    message = str(err.value)
    assert "raw/<paper>/<YYYY-MM-DD>/<NN>.txt" in message and "工人日报 (grrb)" in message


@pytest.mark.parametrize("text", ["", "   \n\n\t\n", "\ufeff\n"])
def test_empty_page_warns(tmp_path, text):
    content, report = _import(tmp_path, text.encode("utf-8"))
    assert report.records == [] and len(report.warnings) == 1
    assert "page.txt: no printed text on this page" in "\n".join(report.lines)


@pytest.mark.parametrize("joiner", ["", " "])
def test_a_page_that_lost_its_line_breaks_says_so(tmp_path, joiner):
    """A page pasted from a web page or extracted as one line: no headline, lead or paragraph stands apart,
    nothing is an article and all its text is kept unplaced; the warning says why and what to do."""
    one_line = joiner.join(line for line in SEED.split("\n") if line.strip()) + "\n"
    content, report = _import(tmp_path, one_line.encode("utf-8"))
    assert [r.rel for r in report.records if "_unplaced" not in r.rel] == []
    said = "\n".join(report.lines)
    assert "no article found" in said and "lost its line breaks" in said


def test_one_undecodable_page_does_not_stop_the_others(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_text(SEED, encoding="utf-8")
    (raw / "bad.txt").write_bytes(SEED.encode("utf-8")[:60] + b"\n\xff\xfe\xfa\x80\n")
    (raw / "manifest.yaml").write_text("pages:\n  good.txt: {paper: 劳动午报, date: 2023-07-29, page: 2}\n"
                                       "  bad.txt: {paper: 劳动午报, date: 2023-07-29, page: 3}\n", encoding="utf-8")
    report = run_import([raw], tmp_path / "content", tmp_path, PAPERS)
    assert len(report.written) == 5 and all("-02-" in rel for rel in report.written)
    assert [p.path for p in report.problems] == ["raw/bad.txt"]
    assert "--encoding" in str(report.problems[0])

