"""The importer on the five seed pages: hand-written expectations, nothing lost,
provenance, the output contract, idempotence and protection of edited files."""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

import pytest
import yaml

from test_ingest_helpers import RAW, SEEDS, articles, import_seed, output_chars, printed_chars, read_md

EXPECTED = yaml.safe_load((Path(__file__).parent / "fixtures" / "ingest" / "expected.yaml").read_text("utf-8"))
KEY_ORDER = ["id", "title", "kicker", "subtitle", "date", "paper", "page", "page_name", "column", "kind",
             "reporters", "correspondents", "photographers", "dateline", "places", "tags", "source",
             "continued_from", "review", "provenance"]
KINDS = {"news", "feature", "brief", "photo", "continuation", "notice", "commentary"}


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    """All seeds imported once into a temporary project."""
    project, report = import_seed(tmp_path_factory.mktemp("seeds"))
    return project, report


def _seed_articles(project: Path, seed: str):
    return [a for a in articles(project / "content") if a[1]["provenance"]["file"] == f"raw/{seed}"]


def test_every_seed_has_expectations():
    assert sorted(EXPECTED) == SEEDS


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_matches_hand_written_expectations(imported, seed):
    project, _ = imported
    got = _seed_articles(project, seed)
    want = EXPECTED[seed]["articles"]
    assert [a[1]["title"] for a in got] == [w["title"] for w in want]
    for (path, front, body), w in zip(got, want):
        label = f"{seed} {front['id']} {w['title']}"
        for key in ("kicker", "subtitle", "column", "source", "continued_from"):
            assert front.get(key) == w.get(key), f"{label}: {key}"
        for key in ("reporters", "correspondents", "photographers"):
            assert front.get(key, []) == w.get(key, []), f"{label}: {key}"
        if "dateline" in w:
            assert front["dateline"] == w["dateline"], label
        else:
            assert "dateline" not in front, label
        assert front["kind"] == w.get("kind", "news"), label
        for place in w.get("places", []):
            assert place in front.get("places", []), label
        assert body.startswith(w["first"]), f"{label}: body starts {body[:40]!r}"
        assert body.rstrip("\n").endswith(w["last"]), f"{label}: body ends {body.rstrip()[-40:]!r}"
        for snippet in w.get("contains", []):
            assert snippet in body, f"{label}: {snippet!r} missing (joined lines?)"
        subheads = re.findall(r"(?m)^## (.+)$", body)
        assert subheads == w.get("subheads", []), label
        reasons = " ".join(r for r in front.get("review", []) if "inferred" not in r)
        for needle in w.get("review", []):
            assert needle in reasons, f"{label}: review should mention {needle!r}: {reasons}"


@pytest.mark.parametrize("seed", SEEDS)
def test_unplaced_text_kept_apart(imported, seed):
    project, _ = imported
    want = EXPECTED[seed]["unplaced"]
    files = [p for p in (project / "content" / "_unplaced").rglob("*.md")
             if read_md(p)[0]["provenance"]["file"] == f"raw/{seed}"] \
        if (project / "content" / "_unplaced").exists() else []
    if not want:
        assert files == []
        return
    assert len(files) == 1
    front, body = read_md(files[0])
    assert front["review"], "unplaced text is always flagged"
    for snippet in want:
        assert snippet in body
    for _, a_front, a_body in _seed_articles(project, seed):
        for snippet in want:
            assert snippet not in a_body


@pytest.mark.parametrize("seed", SEEDS)
def test_nothing_lost(tmp_path, seed):
    """Every printed character of the page is in exactly one output file."""
    project, _ = import_seed(tmp_path, seed)
    lines = (RAW / seed).read_text(encoding="utf-8").splitlines()
    assert output_chars(project / "content") == printed_chars(lines)


def test_output_contract(imported):
    project, _ = imported
    seen = set()
    for path in sorted((project / "content").rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        assert "\r" not in text and text.endswith("\n")
        front, body = read_md(path)
        keys = list(front)
        assert keys == [k for k in KEY_ORDER if k in front], path
        assert re.fullmatch(r"[a-z0-9-]+", front["id"]) and front["id"] not in seen
        seen.add(front["id"])
        assert isinstance(front["date"], dt.date) and isinstance(front["page"], int)
        assert front["kind"] in KINDS
        for key in ("reporters", "correspondents", "photographers", "places", "tags", "review"):
            if key in front:
                assert front[key] and all(isinstance(v, str) and " " not in v or key == "review" for v in front[key])
        if "_unplaced" not in path.parts:
            assert path.relative_to(project / "content").as_posix() == \
                f"{front['date']:%Y/%m/%d}/{front['id']}.md"
            m = re.fullmatch(r"([a-z]+)-(\d{8})-(\d{2})-(\d{2})", front["id"])
            assert m and m.group(2) == f"{front['date']:%Y%m%d}" and int(m.group(3)) == front["page"]
        assert "\n\n\n" not in body


def test_provenance_recorded(imported):
    project, _ = imported
    for path, front, _ in articles(project / "content"):
        prov = front["provenance"]
        source = project / prov["file"]
        assert prov["sha256"] == hashlib.sha256(source.read_bytes()).hexdigest()
        assert prov["importer"].startswith("unionnews-ingest ")
        assert re.fullmatch(r"\d+(-\d+)?(,\d+(-\d+)?)*", prov["lines"])
        lines = source.read_text(encoding="utf-8").splitlines()
        first = int(re.match(r"\d+", prov["lines"]).group())
        assert lines[first - 1].strip(), "a range starts on a printed line"


def test_guessed_metadata_is_flagged(imported):
    project, _ = imported
    for _, front, _ in articles(project / "content"):
        assert any("inferred from the text" in r for r in front["review"])


def test_report_lines(imported):
    _, report = imported
    text = "\n".join(report.lines)
    assert "raw/grrb-2025-11-14-seed002.txt: 9 articles, 9 flagged for review (8 for more" in text
    assert "_unplaced/2022/09/05/ldwb-20220905-02.md" in text
    assert re.search(r"\d+ written, 0 updated, 0 unchanged, 0 kept", text)


def test_reimport_is_byte_identical(tmp_path):
    project, _ = import_seed(tmp_path)
    content = project / "content"
    before = {p: p.read_bytes() for p in sorted(content.rglob("*")) if p.is_file()}
    _, report = import_seed(tmp_path)
    after = {p: p.read_bytes() for p in sorted(content.rglob("*")) if p.is_file()}
    assert before == after
    assert not report.written and not report.updated and not report.kept
    assert len(report.unchanged) == len([p for p in before if p.suffix == ".md"])


def test_edited_file_is_kept_and_new_version_written_beside_it(tmp_path):
    project, _ = import_seed(tmp_path, "grrb-2025-09-26-seed001.txt")
    target = project / "content" / "2025/09/26/grrb-20250926-03-02.md"
    edited = target.read_text(encoding="utf-8").replace("川渝工匠携手传", "川渝工匠携手传承")
    target.write_text(edited, encoding="utf-8")
    _, report = import_seed(tmp_path, "grrb-2025-09-26-seed001.txt")
    assert target.read_text(encoding="utf-8") == edited
    beside = target.with_name(target.name + ".new")
    assert beside.exists() and "川渝工匠携手传“匠艺”" in beside.read_text(encoding="utf-8")
    assert any("kept" in line and "grrb-20250926-03-02.md.new" in line for line in report.lines)
    assert report.kept == [("2025/09/26/grrb-20250926-03-02.md", "2025/09/26/grrb-20250926-03-02.md.new")]
    # untouched files are still recognised as the importer's own
    assert "2025/09/26/grrb-20250926-03-01.md" in report.unchanged


def test_changed_input_updates_unedited_files(tmp_path):
    project, _ = import_seed(tmp_path, "ldwb-2023-07-29-seed003.txt")
    page = project / "raw" / "ldwb-2023-07-29-seed003.txt"
    page.write_text(page.read_text(encoding="utf-8").replace("逐步推进。", "逐步推进！"), encoding="utf-8")
    _, report = import_seed(tmp_path, "ldwb-2023-07-29-seed003.txt")
    assert report.updated and not report.kept  # every file's provenance hash changed


def test_shipped_content_is_the_importers_output(tmp_path):
    """content/ in the repo is exactly what importing raw/ gives."""
    shipped = RAW.parent / "content"
    project, _ = import_seed(tmp_path)
    made = {p.relative_to(project / "content").as_posix(): p.read_bytes()
            for p in (project / "content").rglob("*.md")}
    have = {p.relative_to(shipped).as_posix(): p.read_bytes() for p in shipped.rglob("*.md")
            if not p.name.endswith(".new")} if shipped.exists() else {}
    assert have == made


def test_yaml_round_trips_awkward_strings(tmp_path):
    from unionnews.ingest.assemble import Record
    from unionnews.ingest.write import render

    front = {"id": "x-1", "title": "实现“1+1>2”: 效应", "kicker": "——第三届", "subtitle": "- 列表?",
             "date": dt.date(2025, 9, 26), "tags": ["a: b", "#号", "yes"]}
    data = render(Record(rel="x.md", front=front, body="正文\n"))
    parsed = yaml.safe_load(data.decode("utf-8").split("---\n")[1])
    assert parsed == front
