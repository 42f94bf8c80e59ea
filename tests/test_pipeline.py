"""pipeline.py on its own: the build's stages and report, the files every site gets besides its pages,
which article files a rebuild parses, and site/ left as it was when a stage fails.

A three-article project (tests/fixtures/three) keeps each build small; test_incremental.py and
test_build_safety.py hold the incremental and crash-safety behaviour to clean builds of larger sites."""
from __future__ import annotations

import gc
import json
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from conftest import ROOT, make_project, tree
from unionnews import pipeline, theme
from unionnews import pages as P
from unionnews.config import load_config
from unionnews.errors import UnionnewsError
from unionnews.pipeline import BuildReport, build

FIXTURE = ROOT / "tests" / "fixtures" / "three" / "content"
STAGES = ["cache", "content", "model", "pages", "search", "feeds", "links", "commit", "save cache"]


def _build(project: Path, **kw) -> BuildReport:
    config, _ = load_config(project)
    return build(config, progress=False, **kw)


@pytest.fixture
def project(tmp_path) -> Path:
    return make_project(tmp_path, FIXTURE)


def test_a_clean_build_reports_what_it_wrote(project):
    report = _build(project, jobs=2)
    files = tree(project / "site")
    sources = sorted(FIXTURE.rglob("*.md"))
    assert report.articles == len(sources) == 3
    assert report.issues == len({p.parent for p in sources})
    assert report.files == len(files) and report.changed == report.files
    assert report.bytes == sum(map(len, files.values()))
    assert list(report.stages) == STAGES and list(report.peaks) == STAGES
    assert all(seconds >= 0 for seconds in report.stages.values())
    assert not report.quick and not report.appended and report.image_bytes == 0
    assert report.summary().startswith(f"built 3 articles in {report.issues} issues: {report.files} files "
                                       f"({report.files} written)")
    for source in sources:
        assert f"article/{source.stem[5:9]}/{source.stem}.html" in files
    for extra in ("index.html", "404.html", "sw.js", "atom.xml", "robots.txt", "manifest.webmanifest", ".nojekyll",
                  "static/search.js", "search.html", "sitemap.xml"):
        assert extra in files, extra


def test_the_service_worker_precaches_static_files_and_the_top_of_the_search_index(project):
    _build(project, jobs=1)
    site = project / "site"
    worker = (site / "sw.js").read_text(encoding="utf-8")
    assert "filled in by the build" not in worker
    listed = set(json.loads(worker[worker.index("["):worker.index("]") + 1]))
    files = set(tree(site))
    want = {u for u in files if u.startswith("static/") or u == "search.html"
            or (u.startswith("search/") and u.count("/") == 1)}
    assert want and listed == want
    assert any(u.startswith("search/") and u.count("/") > 1 for u in files), "postings under search/ load as needed"


def test_a_rebuild_parses_only_files_whose_bytes_changed(project, monkeypatch):
    _build(project, jobs=1)
    parsed: list[str] = []
    real = pipeline.parse_article
    monkeypatch.setattr(pipeline, "parse_article", lambda path, config: parsed.append(Path(path).name)
                        or real(path, config))
    sources = sorted((project / "content").rglob("*.md"))
    again = _build(project, jobs=1)
    assert parsed == [] and again.changed == 0 and again.quick
    for path in sources:  # new stat keys, the same bytes: read and compared, not parsed
        path.write_bytes(path.read_bytes())
    assert _build(project, jobs=1).changed == 0 and parsed == []
    edited = sources[1]
    edited.write_text(edited.read_text(encoding="utf-8").rstrip("\n") + "\n\n补记一句。\n", encoding="utf-8")
    report = _build(project, jobs=1)
    assert parsed == [edited.name] and report.quick and 0 < report.changed < report.files
    assert "补记一句" in next((project / "site" / "article").rglob(f"{edited.stem}.html")).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["article.html", "404.html"])  # rendered in the pool; among the extras
def test_a_template_error_leaves_site_as_it_was(project, name):
    _build(project, jobs=1)
    before = tree(project / "site")
    (project / "templates").mkdir()
    (project / "templates" / name).write_text("{% extends \"base.html\" %}{% block main %}"
                                              "{{ url | no_such_filter }}{% endblock %}", encoding="utf-8")
    with pytest.raises(UnionnewsError) as caught:
        _build(project, jobs=1)
    assert any(name in p.path for p in caught.value.problems), caught.value.problems
    assert tree(project / "site") == before
    assert not [p for p in project.iterdir() if p.name not in ("site", "site.toml", "content", "templates", ".cache")]
    shutil.rmtree(project / "site")
    shutil.rmtree(project / ".cache")
    with pytest.raises(UnionnewsError):  # a first build: nothing of it is left behind either
        _build(project, jobs=1)
    assert sorted(p.name for p in project.iterdir() if p.name != ".cache") == ["content", "site.toml", "templates"]


def test_a_broken_link_is_refused_unless_link_checking_is_off(project):
    (project / "templates").mkdir()
    base = theme.TEMPLATES / "base.html"
    (project / "templates" / "base.html").write_text(base.read_text(encoding="utf-8").replace(
        "</main>", '</main><a href="{{ root }}nowhere.html">x</a>', 1), encoding="utf-8")
    with pytest.raises(UnionnewsError) as caught:
        _build(project, jobs=1)
    assert caught.value.problems and all("nowhere.html" in p.message for p in caught.value.problems)
    assert not (project / "site").exists()
    report = _build(project, jobs=1, check_internal_links=False)
    assert report.files and (project / "site" / "index.html").exists()


def test_strict_refuses_a_warning_before_the_commit(project):
    extra = next((project / "content").rglob("*.md"))
    text = extra.read_text(encoding="utf-8")
    extra.write_text(text.replace("\n---\n", "\nnot_a_known_key: 1\n---\n", 1), encoding="utf-8")
    report = _build(project, jobs=1)
    assert report.warnings, "an unknown front-matter key is a warning"
    before = tree(project / "site")
    extra.write_text(extra.read_text(encoding="utf-8").rstrip("\n") + "\n\n又一句。\n", encoding="utf-8")
    with pytest.raises(UnionnewsError) as caught:
        _build(project, jobs=1, strict=True)
    assert all(p.level == "error" for p in caught.value.problems)
    assert {p.message for p in caught.value.problems} >= {w.message for w in report.warnings}
    assert tree(project / "site") == before


def test_known_slugs_keeps_only_the_names_the_site_has(monkeypatch):
    term = SimpleNamespace(name="李娜")
    site = SimpleNamespace(terms={"people": [term]})
    monkeypatch.setattr(P, "SLUGS", {("李娜", 4): "li-na-5b23", ("王芳", 4): "wang-fang-0000"})
    assert pipeline.known_slugs(site) == {("李娜", 4): "li-na-5b23"}


@pytest.mark.parametrize("was_on", [True, False])
def test_the_cyclic_collector_is_off_during_a_build_and_as_before_after(was_on):
    (gc.enable if was_on else gc.disable)()
    try:
        with pytest.raises(RuntimeError):
            with pipeline._no_cyclic_gc():
                assert not gc.isenabled()
                raise RuntimeError("a failed build")
        assert gc.isenabled() == was_on
        with pipeline._no_cyclic_gc():
            assert not gc.isenabled()
        assert gc.isenabled() == was_on
    finally:
        gc.enable()
