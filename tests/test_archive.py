"""`unionnews archive OUT` writes a BagIt bag (RFC 8493); `unionnews verify BAG` names every changed,
missing or extra file."""
from __future__ import annotations

import shutil
from pathlib import Path

import bagit
import pytest

from conftest import make_project
from unionnews.archive import verify
from unionnews.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
LEFT = "unionnews verify: failed with"


@pytest.fixture(scope="module")
def made_bag(tmp_path_factory) -> tuple[Path, Path]:
    """A project with content/ and raw/ (not built yet: export builds first), exported once."""
    project = make_project(tmp_path_factory.mktemp("archive"), FIXTURES / "three" / "content")
    raw = project / "raw/工人日报/2025-09-26"
    raw.mkdir(parents=True)
    (raw / "03.txt").write_text("在创新攻坚中“抱团作战”\n\n日前，在河北省保定市……\n", encoding="utf-8")
    bag = project.parent / "bags" / "archive-1"
    code = main(["--root", str(project), "archive", str(bag)])
    assert code == 0
    return project, bag


@pytest.fixture
def bag(made_bag, tmp_path) -> Path:
    """A fresh copy of the bag each test may damage."""
    copy = tmp_path / "bag"
    shutil.copytree(made_bag[1], copy)
    return copy


def run(capsys, *argv) -> tuple[int, list[str]]:
    code = main(list(argv))
    return code, capsys.readouterr().err.splitlines()


def test_bag_holds_site_content_and_raw(made_bag):
    project, bag = made_bag
    assert (bag / "bagit.txt").read_text(encoding="utf-8").startswith("BagIt-Version: ")
    for name in ("manifest-sha256.txt", "manifest-sha512.txt", "tagmanifest-sha256.txt", "tagmanifest-sha512.txt"):
        assert (bag / name).is_file()
    for part in ("site", "content", "raw"):
        source = project / part
        files = sorted(p.relative_to(source).as_posix() for p in source.rglob("*") if p.is_file())
        copied = sorted(p.relative_to(bag / "data" / part).as_posix() for p in (bag / "data" / part).rglob("*")
                        if p.is_file())
        assert files and files == copied, part
    assert (bag / "data/site/.nojekyll").exists()
    assert (bag / "data/raw/工人日报/2025-09-26/03.txt").read_text(encoding="utf-8").startswith("在创新攻坚中")
    assert bagit.Bag(str(bag)).is_valid()
    assert not list(bag.parent.glob(".archive-1.bagging-*"))


def test_bag_info(made_bag):
    info = bagit.Bag(str(made_bag[1])).info
    assert info["Source-Organization"] == "工会报刊数字档案"
    assert info["Date-Range"] == "2025-09-25/2025-09-26"
    assert info["Article-Count"] == "3"
    assert info["Issue-Count"] == "2"
    assert info["Newspapers"] == "工人日报"
    assert info["External-Identifier"] == "http://127.0.0.1:8000/"
    assert info["Bag-Software-Agent"].startswith("unionnews ")
    assert "Payload-Oxum" in info and "Bagging-Date" in info


def test_verify_ok(bag, capsys):
    assert verify(bag) == []
    code, lines = run(capsys, "verify", str(bag))
    assert code == 0 and lines == [f"{bag}: every file matches its checksums"]


def test_one_changed_byte_is_named(bag, capsys):
    target = bag / "data/content/2025/09/26/grrb-20250926-03-01.md"
    data = bytearray(target.read_bytes())
    data[-5] ^= 0x01
    target.write_bytes(bytes(data))
    code, lines = run(capsys, "verify", str(bag))
    assert code == 1
    assert lines[0] == (f"error 1/1: {bag}/data/content/2025/09/26/grrb-20250926-03-01.md: has changed since the bag "
                        "was made" + lines[0].split("was made", 1)[1])
    assert "SHA-256" in lines[0] and "SHA-512" in lines[0] and "restore it from another copy" in lines[0]
    assert lines[-1].startswith(LEFT)


def test_deleted_file_is_named(bag, capsys):
    (bag / "data/site/index.html").unlink()
    code, lines = run(capsys, "verify", str(bag))
    assert code == 1
    assert lines[:-1] == [f"error 1/1: {bag}/data/site/index.html: is missing (listed in the manifest, not in the bag) "
                          "— restore it from another copy of the archive"]


def test_added_file_is_named(bag, capsys):
    (bag / "data/raw/新增.txt").write_text("多出来的文件", encoding="utf-8")
    code, lines = run(capsys, "verify", str(bag))
    assert code == 1
    assert lines[0].startswith(f"error 1/1: {bag}/data/raw/新增.txt: is extra (in the bag, not in any manifest) — ")


def test_every_problem_in_one_run(bag, capsys):
    (bag / "data/site/index.html").write_text("changed", encoding="utf-8")
    (bag / "data/site/atom.xml").unlink()
    (bag / "data/site/extra.html").write_text("extra", encoding="utf-8")
    info = bag / "bag-info.txt"
    info.write_text(info.read_text(encoding="utf-8").replace("Article-Count: 3", "Article-Count: 4"), encoding="utf-8")
    code, lines = run(capsys, "verify", str(bag))
    assert code == 1
    named = {line.split(": ", 1)[1].split(": ", 1)[0]: line for line in lines[:-1]}
    assert set(named) == {f"{bag}/data/site/index.html", f"{bag}/data/site/atom.xml", f"{bag}/data/site/extra.html",
                          f"{bag}/bag-info.txt"}
    assert "has changed" in named[f"{bag}/data/site/index.html"]
    assert "is missing" in named[f"{bag}/data/site/atom.xml"]
    assert "is extra" in named[f"{bag}/data/site/extra.html"]
    assert "has changed" in named[f"{bag}/bag-info.txt"]


def test_edited_manifest_is_caught(bag, capsys):
    manifest = bag / "manifest-sha256.txt"
    lines = manifest.read_text(encoding="utf-8").splitlines()
    digest, name = lines[0].split(" ", 1)
    lines[0] = ("0" * len(digest)) + " " + name
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out = run(capsys, "verify", str(bag))
    assert code == 1
    assert any(f"{bag}/manifest-sha256.txt: has changed" in line for line in out)
    assert any(f"{bag}/{name.strip()}: has changed" in line and "SHA-256" in line for line in out)


def test_not_a_bag(tmp_path, capsys):
    code, lines = run(capsys, "verify", str(tmp_path / "nothing"))
    assert code == 1 and "does not exist or is not a folder" in lines[0]
    (tmp_path / "empty").mkdir()
    code, lines = run(capsys, "verify", str(tmp_path / "empty"))
    assert code == 1 and "is not a readable BagIt bag" in lines[0]


def test_never_overwrites(made_bag, capsys):
    project, bag = made_bag
    before = sorted(p.relative_to(bag) for p in bag.rglob("*"))
    code, lines = run(capsys, "--root", str(project), "archive", str(bag))
    assert code == 1
    assert lines[0] == (f"error 1/1: {bag}: already exists and is not empty; a bag is never overwritten — "
                        + lines[0].split(" — ", 1)[1])
    assert sorted(p.relative_to(bag) for p in bag.rglob("*")) == before


def test_empty_out_folder_is_used(tmp_path, capsys):
    project = make_project(tmp_path, FIXTURES / "three" / "content")  # no raw/: the bag simply has none
    out = tmp_path / "out"
    out.mkdir()
    code, lines = run(capsys, "--root", str(project), "archive", str(out))
    assert code == 0, lines
    assert lines[-1].startswith("archived 3 articles (2025-09-25 to 2025-09-26) as a BagIt bag")
    assert sorted(p.name for p in (out / "data").iterdir()) == ["content", "site"]
    assert verify(out) == []


def test_bad_content_makes_no_bag(tmp_path, capsys):
    project = make_project(tmp_path, FIXTURES / "three" / "content")
    (project / "content/2025/09/26/grrb-20250926-03-02.md").write_text("", encoding="utf-8")
    code, lines = run(capsys, "--root", str(project), "archive", str(tmp_path / "out"))
    assert code == 1 and "file is empty" in lines[0]
    assert not (tmp_path / "out").exists() and not list(tmp_path.glob(".out.*"))


def test_bag_inside_a_source_folder_is_refused(tmp_path, capsys):
    project = make_project(tmp_path, FIXTURES / "three" / "content")
    code, lines = run(capsys, "--root", str(project), "archive", str(project / "content" / "bag"))
    assert code == 1 and "is inside content/, which the build reads or publishes" in lines[0]


def test_bagging_date_honours_source_date_epoch(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1758844800")  # 2025-09-26T00:00:00Z
    project = make_project(tmp_path, FIXTURES / "three" / "content")
    code, _ = run(capsys, "--root", str(project), "archive", str(tmp_path / "out"))
    assert code == 0
    assert bagit.Bag(str(tmp_path / "out")).info["Bagging-Date"] == "2025-09-26"


# ---------------------------------------------------------------- citable pages

def test_article_pages_carry_news_article_json_ld_and_citation(made_bag):
    import json
    import re
    site = made_bag[0] / "site"
    html = (site / "article/2025/grrb-20250926-03-01.html").read_text(encoding="utf-8")
    block = re.search(r'<script type="?application/ld\+json"?>(.*?)</script>', html, re.DOTALL).group(1)
    data = json.loads(block)
    assert data["@context"] == "https://schema.org" and data["@type"] == "NewsArticle"
    assert data["headline"] == "在创新攻坚中“抱团作战”"
    # the kicker, subtitle, places and tags are on the page, shown and linked: not repeated here
    assert not {"alternativeHeadline", "contentLocation", "keywords"} & set(data) and "name" not in data["isPartOf"]
    assert data["datePublished"] == "2025-09-26"
    assert [a["name"] for a in data["author"]] == ["李昱霖", "邱恩宇", "方淑琴"]
    assert data["publisher"]["name"] == "工人日报"
    assert data["isPartOf"] == {"@type": "PublicationIssue"}  # its date is the article's datePublished
    assert data["pageStart"] == 3
    assert "url" not in data  # the placeholder base_url: no absolute URL invented (tests/test_cite.py)
    citation = re.search(r'<p>引用：(.*?)</footer>', html, re.DOTALL).group(1)  # the footer's last paragraph
    assert "在创新攻坚中“抱团作战”[N]. 工人日报, " in citation and "2025-09-26(3)." in citation
    assert "grrb-20250926-03-01" in citation
    for path in sorted((site / "article").glob("*/*.html")):
        assert '"@type":"NewsArticle"' in path.read_text(encoding="utf-8"), path
