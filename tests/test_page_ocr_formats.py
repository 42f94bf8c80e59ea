"""Tesseract's TSV and PaddleOCR/EasyOCR JSON results read as pages with geometry (issue 17: OCR output
with coordinates as more engines write it), and hostile files of those kinds named with a fix, never a
traceback, the rest of the folder imported.  The pages are small and made up (ocr_formats_pages.py);
the same files as each producer writes them from a laid-out page are in test_page_designs.py, and
Tesseract's own TSV against its hOCR in test_page_import.py."""
from __future__ import annotations

from pathlib import Path

import frontmatter
import pytest

import ocr_formats_pages as pages
from unionnews.config import Config
from unionnews.errors import UnionnewsError
from unionnews.ingest import run_import

PAPERS = {"工人日报": "grrb"}
FOLDER = Path("raw/grrb/2025-09-26")


def _import(tmp_path: Path, files: dict[str, str | bytes], given: list[str] | None = None):
    folder = tmp_path / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    paths = [folder / name for name in given] if given is not None else [tmp_path / "raw"]
    return run_import(paths, tmp_path / "content", tmp_path, PAPERS, config=Config(root=tmp_path, papers=dict(PAPERS)))


def _articles(tmp_path: Path) -> dict[str, list]:
    """The imported articles by the page file they came from (its name)."""
    out: dict[str, list] = {}
    for path in sorted((tmp_path / "content").rglob("*.md")):
        post = frontmatter.load(path)
        if not post["id"].endswith("-unplaced"):
            out.setdefault(Path(post["provenance"]["file"]).name, []).append(post)
    return out


def _text(post) -> str:
    return "".join((post["title"] + post.content).split())


@pytest.mark.parametrize("name, data", [
    ("01.tsv", pages.tsv()),
    ("10.tsv", "\n".join(row for row in pages.tsv().split("\n") if not row.startswith("1\t"))),
    ("02.json", pages.dumps(pages.paddle3())),
    ("03.json", pages.dumps(pages.paddle3(res=True))),
    ("04.json", pages.dumps([pages.paddle3()])),
    ("05.json", pages.dumps(pages.paddle2())),
    ("06.json", pages.dumps(pages.paddle2()[0])),
    ("07.json", pages.dumps(pages.easyocr())),
    ("08.json", pages.dumps([{"boxes": q, "text": t, "confident": 0.9} for q, t in pages.quads()])),
])
def test_each_engines_result_gives_the_article(tmp_path, name, data):
    report = _import(tmp_path, {name: data})
    assert not report.problems
    [post] = _articles(tmp_path)[name]
    assert post["title"] == pages.HEADLINE
    assert _text(post) == pages.HEADLINE + pages.BODY
    assert all(0 <= v <= 1 for region in post["regions"] for v in region)


def test_tsv_words_with_no_text_print_nothing_and_columns_are_found_by_name(tmp_path):
    blank = ["5\t1\t1\t1\t1\t9\t700\t100\t20\t60\t95\t", "5\t1\t1\t1\t1\t9\t720\t100\t20\t60\t95\t \t"]
    text = pages.tsv(blank)
    # pandas' to_csv(sep="\t") puts its index first: the columns are read by their names
    indexed = "\n".join(f"{k}\t{row}" if k else f"\t{row}" for k, row in enumerate(text.splitlines())) + "\n"
    _import(tmp_path, {"01.tsv": text, "02.tsv": indexed})
    got = _articles(tmp_path)
    assert [_text(p) for p in got["01.tsv"]] == [_text(p) for p in got["02.tsv"]] == [pages.HEADLINE + pages.BODY]


def _ghost_line(y: int, conf: str) -> list[str]:
    """A second reading of the first body line's ink (two characters), at the confidence given."""
    return [f"5\t1\t99\t1\t1\t{k}\t{160 + k * 30}\t{y}\t30\t30\t{conf}\t丁" for k in range(3)]


@pytest.mark.parametrize("conf, kept", [("20", False), ("96", True)])
def test_tsv_confidence_tells_a_second_reading_from_the_first(tmp_path, conf, kept):
    """As hOCR's x_wconf: a word the engine doubts lying on a surer one is a second reading, not text."""
    _import(tmp_path, {"01.tsv": pages.tsv(_ghost_line(220, conf))})
    text = "".join(_text(p) for p in _articles(tmp_path)["01.tsv"])
    unplaced = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "content").rglob("*unplaced*.md"))
    assert ("丁" in text + unplaced) == kept


@pytest.mark.parametrize("score, kept", [(0.2, False), (0.99, True)])
def test_json_scores_tell_a_second_reading_from_the_first(tmp_path, score, kept):
    result = pages.easyocr() + [[[[160, 220], [250, 220], [250, 250], [160, 250]], "丁丁丁", score]]
    for line in result[:-1]:
        line[2] = 0.95
    _import(tmp_path, {"01.json": pages.dumps(result)})
    text = "".join(_text(p) for p in _articles(tmp_path)["01.json"])
    unplaced = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "content").rglob("*unplaced*.md"))
    assert ("丁" in text + unplaced) == kept


def test_a_turned_scan_gives_the_same_article(tmp_path):
    """Quads of a page scanned half a degree crooked: the characters follow the slope, the type size is
    the quads' height, not their bounding rectangles' (taller on the long lines)."""
    import math
    turn = math.radians(0.5)
    result = []
    for quad, text in pages.quads():
        result.append([[[round(x * math.cos(turn) - y * math.sin(turn), 1),
                         round(x * math.sin(turn) + y * math.cos(turn), 1)] for x, y in quad], text, 0.97])
    _import(tmp_path, {"01.json": pages.dumps(result)})
    [post] = _articles(tmp_path)["01.json"]
    assert post["title"] == pages.HEADLINE and _text(post) == pages.HEADLINE + pages.BODY


# ---------------------------------------------------------------- hostile files

GOOD = {"09.tsv": pages.tsv()}


@pytest.mark.parametrize("name, data, wanted, line", [
    ("01.tsv", pages.tsv(["5\t1\t1\t1\t1\t1\t1O0\t1\t1\t1\t95\t工"]), "row 3 holds a value that is not a number", 3),
    ("01.tsv", pages.tsv(["5\t1\t1\t1\t1"]), "row 3 has 5 columns where the header names 12", 3),
    ("01.tsv", pages.tsv(["5\t1\t1\t1\t1\t1\t5000\t100\t30\t30\t95\t工"]), "row 3: the word '工' has a box with no "
     "area on the 1000×1400 page", 3),
    ("01.tsv", pages.tsv(["5\t1\t1\t1\t1\t1\tnan\t100\t30\t30\t95\t工"]), "row 3 gives a box that is no place", 3),
    ("01.tsv", pages.tsv() + "5\t2\t1\t1\t1\t1\t100\t100\t30\t30\t95\t工\n", "holds 2 pages", None),
    ("01.json", '{"rec_texts": ["工会"], "rec_scores": [0.9', "is not valid JSON", 1),
    ("01.json", pages.dumps({"rec_texts": ["工会", "职工"], "rec_scores": [0.9], "rec_boxes": [[1, 1, 5, 5]]}),
     "whose lists do not match: 2 rec_texts, 1 rec_boxes/rec_polys, 1 rec_scores", None),
    ("01.json", pages.dumps(pages.easyocr() + [[1, 2, 3]]), f"item {len(pages.quads()) + 1} of an "
     "EasyOCR result: its box is not four corners", None),
    ("01.json", pages.dumps(pages.easyocr() + [[[[1, 1], [2, 1], [2, "x"], [1, 2]], "工", 0.9]]),
     f"item {len(pages.quads()) + 1} of an EasyOCR result: its box is not", None),
    ("01.json", pages.dumps([[[[1, 1], [5, 1], [5, 5], [1, 5]], ["工", "high"]]]), "item 1 of a PaddleOCR 2 result: "
     "its score is not a number", None),
    ("01.json", pages.dumps([[[[-90, -90], [-50, -90], [-50, -50], [-90, -50]], "工会", 0.9]]),
     "item 1 ('工会') has a box with no area on the", None),
    ("01.json", pages.dumps(pages.paddle2() * 2), "is a PaddleOCR 2 result of 2 pages", None),
    ("01.json", pages.dumps(pages.easyocr() + [[[[1, 1], [10 ** 400, 1], [5, 5], [1, 5]], "工", 0.9]]),
     "its box is not four corners", None),
    ("01.json", pages.dumps(pages.easyocr()).replace("0.97", "NaN", 1), "its score is not a number", None),
])
def test_a_broken_result_is_named_with_the_row_or_item_and_the_rest_of_the_folder_imports(tmp_path, name, data,
                                                                                         wanted, line):
    report = _import(tmp_path, {name: data, **GOOD})
    [problem] = [p for p in report.problems if p.path.endswith(name)]
    assert wanted in problem.message and problem.fix and problem.line == line, problem
    assert "09.tsv" in _articles(tmp_path)


def test_json_of_another_kind_is_passed_over_in_a_folder_and_refused_by_name(tmp_path):
    other = {"01.json": pages.dumps({"name": "unionnews", "version": 1}), "02.json": "[1, 2, 3]",
             "03.tsv": "a\tb\n1\t2\n", **GOOD}
    report = _import(tmp_path, other)
    assert not report.problems and list(_articles(tmp_path)) == ["09.tsv"]
    for name in ("01.json", "02.json", "03.tsv"):
        with pytest.raises(UnionnewsError) as caught:
            _import(tmp_path / name, other, given=[name])
        [problem] = caught.value.problems
        assert problem.path.endswith(name) and "not" in problem.message and problem.fix, problem
    assert "not an OCR result the importer reads" in str(caught.value) or "not Tesseract's TSV" in str(caught.value)


def test_json_nested_too_deep_is_refused_by_name_not_a_crash(tmp_path):
    with pytest.raises(UnionnewsError) as caught:
        _import(tmp_path, {"01.json": "[" * 100000 + "]" * 100000}, given=["01.json"])
    assert "is JSON nested too deep to be an OCR result" in caught.value.problems[0].message


@pytest.mark.parametrize("data", ["[]", "[null]", "[[]]", pages.dumps({"rec_texts": [], "rec_scores": [],
                                                                       "rec_polys": []})])
def test_an_empty_result_says_the_page_has_no_text(tmp_path, data):
    report = _import(tmp_path, {"01.json": data, **GOOD})
    assert not report.problems
    assert any("01.json" in w and "no printed text on this page" in w for w in report.warnings)
    assert list(_articles(tmp_path)) == ["09.tsv"]


def test_swapped_and_negative_coordinates_are_read_as_the_rectangle_on_the_page(tmp_path):
    """A corner pair given the other way round still means the rectangle between them; a box reaching past
    the page's edge (a detector pads lines at the edge) is cut to the page, so regions stay on it."""
    value = pages.paddle3()
    value["rec_boxes"] = [[x1, y1, x0, y0] for x0, y0, x1, y1 in value["rec_boxes"]]
    del value["rec_polys"]
    value["rec_texts"].insert(0, "第3版")
    value["rec_scores"].insert(0, 0.9)
    value["rec_boxes"].insert(0, [-12, -8, 60, 25])
    report = _import(tmp_path, {"01.json": pages.dumps(value)})
    assert not report.problems
    [post] = _articles(tmp_path)["01.json"]
    assert _text(post) == pages.HEADLINE + pages.BODY
    assert all(0 <= v <= 1 for region in post["regions"] for v in region)


def test_control_characters_in_the_text_are_taken_off_and_said(tmp_path):
    tsv = pages.tsv(word=lambda ch: ch + "\x00" if ch == "区" else ch)
    easy = pages.easyocr()
    easy[1][1] = easy[1][1][:3] + "\x07\x1b" + easy[1][1][3:]
    report = _import(tmp_path, {"01.tsv": tsv, "02.json": pages.dumps(easy)})
    assert not report.problems
    for name in ("01.tsv", "02.json"):
        [post] = _articles(tmp_path)[name]
        assert _text(post) == pages.HEADLINE + pages.BODY
        assert any(name in w and "control characters" in w for w in report.warnings), report.warnings


def test_a_pages_ocr_in_several_formats_in_a_folder_is_read_once(tmp_path):
    """tesseract IMAGE OUT hocr tsv writes the page twice beside itself: read once (hOCR first), the other
    file named in a warning, not refused as two pages giving one article's file."""
    hocr = ('<html><body><div class="ocr_page" title="bbox 0 0 1000 1400">'
            + "".join(f'<span class="ocr_line" title="bbox {x0} {y0} {x0 + em * len(t)} {y0 + em}">'
                      + "".join(f'<span class="ocrx_word" title="bbox {x0 + k * em} {y0} {x0 + (k + 1) * em} '
                                f'{y0 + em}; x_wconf 95">{ch}</span>' for k, ch in enumerate(t)) + "</span>"
                      for t, x0, y0, em in pages.page_lines()) + "</div></body></html>")
    report = _import(tmp_path, {"01.tsv": pages.tsv(), "01.hocr": hocr, "01.json": pages.dumps(pages.easyocr())})
    assert not report.problems
    assert list(_articles(tmp_path)) == ["01.hocr"]
    assert sorted(w.split(":")[0].rsplit("/", 1)[-1] for w in report.warnings if "passed over" in w) == \
        ["01.json", "01.tsv"]
