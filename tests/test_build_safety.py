"""Builds are atomic (a failed or killed build leaves the previous site/ byte for byte),
reproducible (same input, same bytes), and confined to site/."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import MAKE_CORPUS, build_project, make_project, tree
from unionnews import theme
from unionnews.cli import main
from unionnews.errors import UnionnewsError
from unionnews.incremental.writers import SiteWriter, clean_stale

FIXTURES = Path(__file__).parent / "fixtures"
SRC = Path(__import__("unionnews").__file__).resolve().parents[1]


def leftovers(project: Path) -> list[str]:
    return sorted(p.name for p in project.iterdir() if p.name.startswith(".site."))


@pytest.fixture
def built(tmp_path: Path) -> Path:
    project = make_project(tmp_path, FIXTURES / "three" / "content")
    build_project(project)
    return project


def run_cli(project: Path, capsys, *args: str) -> tuple[int, str]:
    code = main(["--root", str(project), *args])
    return code, capsys.readouterr().err


# ---------------------------------------------------------------- atomic

def test_content_error_leaves_site_unchanged(built, capsys):
    before = tree(built / "site")
    (built / "content/2025/09/26/grrb-20250926-03-02.md").write_text("---\nid: [\n---\n正文\n", encoding="utf-8")
    code, err = run_cli(built, capsys, "build", "--no-progress")
    assert code == 1 and "front matter is not valid YAML" in err
    assert tree(built / "site") == before
    assert leftovers(built) == []


def test_failure_mid_render_leaves_site_unchanged(built, capsys):
    """A template that fails on one article, after many pages were already rendered into staging."""
    before = tree(built / "site")
    templates = built / "templates"
    templates.mkdir()
    article = (theme.TEMPLATES / "article.html").read_text(encoding="utf-8")
    templates.joinpath("article.html").write_text(
        article.replace("{% block main %}", "{% block main %}{% if article.id.endswith('03-02') %}"
                        "{{ article.no_such_field }}{% endif %}", 1), encoding="utf-8")
    code, err = run_cli(built, capsys, "build", "--no-progress")
    assert code == 1 and "template failed" in err and "Traceback" not in err
    assert tree(built / "site") == before
    assert leftovers(built) == []


def test_a_template_including_itself_is_a_clear_error(built, capsys):
    """A theme loop (a template that includes itself) is the author's mistake: said, not a crash."""
    before = tree(built / "site")
    (built / "templates").mkdir()
    (built / "templates/article.html").write_text("{% include 'article.html' %}", encoding="utf-8")
    code, err = run_cli(built, capsys, "build", "--no-progress")
    assert code == 1 and "templates/article.html" in err and "itself" in err
    assert "internal error" not in err and "Traceback" not in err
    assert tree(built / "site") == before
    assert leftovers(built) == []


def test_search_index_failure_leaves_site_unchanged(built, capsys, monkeypatch):
    """The index is made in a forked process (workers.Background): its error must reach the build as one."""
    from unionnews import search
    from unionnews.errors import Problem

    def fail(site, writer, keep=()):
        writer.write("search/manifest.js", "half written")
        raise UnionnewsError(Problem("content/x.md", 3, "search index refused this article", "fix it"))

    before = tree(built / "site")
    (built / "content/2025/09/26/grrb-20250926-03-02.md").write_text(
        (built / "content/2025/09/26/grrb-20250926-03-02.md").read_text(encoding="utf-8") + "\n更正。\n",
        encoding="utf-8")
    monkeypatch.setattr(search, "write_index", fail)
    code, err = run_cli(built, capsys, "build", "--no-progress", "--clean", "--jobs", "2")
    assert code == 1 and "content/x.md:3" in err and "search index refused" in err and "Traceback" not in err
    assert tree(built / "site") == before
    assert leftovers(built) == []


def test_search_process_dying_is_a_clear_error(built, capsys, monkeypatch):
    from unionnews import search
    monkeypatch.setattr(search, "write_index", lambda site, writer, keep=(): os._exit(9))
    before = tree(built / "site")
    code, err = run_cli(built, capsys, "build", "--no-progress", "--clean", "--jobs", "2")
    assert code == 1 and "stopped without finishing (exit code 9)" in err and "--jobs 1" in err
    assert "Traceback" not in err
    assert tree(built / "site") == before
    assert leftovers(built) == []


def test_second_build_replaces_site_completely(built):
    (built / "site" / "stale.html").write_text("old", encoding="utf-8")
    os.remove(built / "content/2025/09/26/grrb-20250926-03-02.md")
    build_project(built)
    assert not (built / "site/stale.html").exists()
    assert not (built / "site/article/2025/grrb-20250926-03-02.html").exists()
    assert leftovers(built) == []


def test_killed_between_the_two_renames_is_repaired(built):
    """Where the atomic exchange is unavailable the swap is two renames; the next build puts site/ back first."""
    before = tree(built / "site")
    os.replace(built / "site", built / ".site.old-99999")  # the state a kill between the renames leaves
    clean_stale(built / "site")
    assert tree(built / "site") == before
    assert leftovers(built) == []


def test_staging_of_a_running_build_is_left_alone(built):
    writer = SiteWriter(built / "site")
    try:
        writer.write("index.html", "building")
        clean_stale(built / "site")  # e.g. `build` run while `serve` is rebuilding
        assert (writer.staging / "index.html").exists()
    finally:
        writer.abort()


@pytest.mark.slow
def test_sigkill_mid_build_leaves_previous_site(built, tmp_path):
    """Build 3,000 generated articles in a subprocess, SIGKILL it while it renders, check the old site/."""
    before = tree(built / "site")
    corpus = tmp_path / "corpus"
    subprocess.run([sys.executable, str(MAKE_CORPUS), str(corpus), "-n", "3000"], check=True,
                   capture_output=True)
    shutil.rmtree(built / "content")
    shutil.move(corpus / "content", built / "content")
    env = dict(os.environ, PYTHONPATH=str(SRC))
    process = subprocess.Popen([sys.executable, "-m", "unionnews", "--root", str(built), "build", "--no-progress"],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    rendered = 0
    try:
        while time.monotonic() < deadline and process.poll() is None:
            staging = [p for p in built.glob(".site.building-*")]
            if staging and (staging[0] / "article").is_dir():
                rendered = sum(len(files) for _, _, files in os.walk(staging[0] / "article"))
                if rendered >= 300:
                    break
            time.sleep(0.05)
        assert process.poll() is None, "the build ended before it could be killed: " + process.stderr.read().decode()
        os.kill(process.pid, signal.SIGKILL)
        process.wait(10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)
        process.stderr.close()
    assert 300 <= rendered < 3000
    assert process.returncode == -signal.SIGKILL
    assert tree(built / "site") == before, "the killed build changed site/"
    assert leftovers(built), "the killed build's staging folder should still be there"
    # the next build clears what the killed one left
    shutil.rmtree(built / "content")
    shutil.copytree(FIXTURES / "three" / "content", built / "content")
    build_project(built)
    assert leftovers(built) == []
    assert tree(built / "site") == before


# ---------------------------------------------------------------- reproducible

def _build_in_subprocess(project: Path, **env: str) -> None:
    environment = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    environment.update(PYTHONPATH=str(SRC), **env)
    result = subprocess.run([sys.executable, "-m", "unionnews", "--root", str(project), "build", "--no-progress"],
                            env=environment, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_two_builds_are_byte_identical(tmp_path):
    """Two projects in different folders, different hash seeds, time zones and SOURCE_DATE_EPOCH."""
    corpus = tmp_path / "corpus"
    subprocess.run([sys.executable, str(MAKE_CORPUS), str(corpus), "-n", "150", "--seed", "7"], check=True,
                   capture_output=True)
    projects = []
    for name in ("first", "second"):
        project = make_project(tmp_path / name, corpus / "content")
        shutil.copytree(FIXTURES / "three" / "content", project / "content", dirs_exist_ok=True)
        shutil.copytree(FIXTURES / "hostile" / "content", project / "content", dirs_exist_ok=True)
        projects.append(project)
    _build_in_subprocess(projects[0], PYTHONHASHSEED="1", TZ="UTC")
    time.sleep(1.1)  # a different second, in case anything reads the clock
    _build_in_subprocess(projects[1], PYTHONHASHSEED="2", TZ="Asia/Shanghai", SOURCE_DATE_EPOCH="1700000000")
    first, second = tree(projects[0] / "site"), tree(projects[1] / "site")
    assert sorted(first) == sorted(second)
    differing = [name for name in first if first[name] != second[name]]
    assert differing == []
    text = b"".join(first.values())
    today = time.gmtime()
    for stamp in (time.strftime("%Y-%m-%dT%H", today), f"{today.tm_year}年{today.tm_mon}月{today.tm_mday}日"):
        assert stamp.encode() not in text, f"the build time {stamp} leaked into site/"
    assert str(tmp_path).encode() not in text, "a local path leaked into site/"


# ---------------------------------------------------------------- confined to site/

@pytest.mark.parametrize("url", ["../x.html", "/etc/passwd", "article/../../x.html", "a\\..\\x.html", "a\0.html",
                                 "", "a//b.html", "./a.html", "article/\nx.html", "article/"])
def test_output_paths_stay_inside_site(tmp_path, url):
    writer = SiteWriter(tmp_path / "site")
    try:
        with pytest.raises(UnionnewsError) as caught:
            writer.write(url, "x")
        assert "output path would leave the site folder" in str(caught.value)
        assert "a-z, 0-9 and hyphens" in str(caught.value)
    finally:
        writer.abort()
    assert not (tmp_path / "x.html").exists()


@pytest.mark.parametrize("output_dir", [".", "..", "content", "content/site", "templates", "/"])
def test_output_dir_may_not_replace_sources(built, capsys, output_dir):
    before = tree(built / "content")
    text = (built / "site.toml").read_text(encoding="utf-8")
    (built / "site.toml").write_text(f'output_dir = "{output_dir}"\n' + text, encoding="utf-8")  # above [papers]
    code, err = run_cli(built, capsys, "build", "--no-progress")
    assert code == 1, err
    assert "site.toml: output_dir" in err and 'set output_dir = "site"' in err
    assert tree(built / "content") == before
    assert (built / "site.toml").exists()


@pytest.mark.parametrize("output_dir", ["docs", ".git", "src", "mine"])
def test_output_dir_the_build_did_not_make_is_refused(built, capsys, output_dir):
    """A folder that exists, holds files and has no marker is never replaced (docs/ for Pages, .git, code)."""
    folder = built / output_dir
    (folder / "sub").mkdir(parents=True, exist_ok=True)
    (folder / "keep.md").write_text("mine", encoding="utf-8")
    (folder / "sub" / "HEAD").write_text("ref", encoding="utf-8")
    before = tree(folder)
    text = (built / "site.toml").read_text(encoding="utf-8")
    (built / "site.toml").write_text(f'output_dir = "{output_dir}"\n' + text, encoding="utf-8")
    code, err = run_cli(built, capsys, "build", "--no-progress")
    assert code == 1, err
    assert f"output_dir {output_dir}" in err and "was not made by this build" in err, err
    assert tree(folder) == before
    assert not list(built.glob(f".{output_dir}.*"))  # no staging left beside it


def test_marked_and_empty_output_dirs_are_built(built, capsys):
    """The build's own site/ carries the marker; an empty folder may become a site."""
    assert (built / "site" / ".unionnews-site").is_file()
    (built / "public").mkdir()
    text = (built / "site.toml").read_text(encoding="utf-8")
    (built / "site.toml").write_text('output_dir = "public"\n' + text, encoding="utf-8")
    code, err = run_cli(built, capsys, "build", "--no-progress")
    assert code == 0, err
    assert (built / "public" / ".unionnews-site").is_file() and (built / "public" / "index.html").is_file()
    code, err = run_cli(built, capsys, "build", "--no-progress")  # and rebuilt, now that it is marked
    assert code == 0, err


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="renameat2 is Linux-only")
def test_swap_is_one_atomic_exchange_on_linux(tmp_path):
    """site/ never stops existing during the swap: renameat2(RENAME_EXCHANGE) trades the two folders at once."""
    from unionnews.incremental.writers import _exchange
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a/new.html").write_text("new")
    (tmp_path / "b/old.html").write_text("old")
    if not _exchange(tmp_path / "a", tmp_path / "b"):
        pytest.skip("this file system does not support RENAME_EXCHANGE (the two-rename fallback is tested above)")
    assert (tmp_path / "b/new.html").exists() and (tmp_path / "a/old.html").exists()


def test_build_processes_die_with_the_build():
    """workers.Background's process is killed with its parent (kill -9), not left writing into staging."""
    script = ("import sys, time\nfrom unionnews.workers import Background\n"
              "job = Background(lambda: time.sleep(120), 2)\n"
              "print(job._process.pid, flush=True)\ntime.sleep(120)\n")
    parent = subprocess.Popen([sys.executable, "-c", script], env=dict(os.environ, PYTHONPATH=str(SRC)),
                              stdout=subprocess.PIPE, text=True)
    try:
        child = int(parent.stdout.readline())
        os.kill(child, 0)  # alive while the parent is
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(10)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                os.kill(child, 0)
            except ProcessLookupError:
                break
            time.sleep(0.05)
        else:
            os.kill(child, signal.SIGKILL)
            pytest.fail("the background process outlived the build process")
    finally:
        if parent.poll() is None:
            parent.kill()
        parent.stdout.close()
