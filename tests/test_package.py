"""The package as a user installs it: a wheel that carries its theme, and `unionnews new`.

The wheel test builds the wheel as pip does (setuptools from the package index, isolated),
installs it into a fresh venv (its dependencies borrowed from the project's .venv by a .pth line
rather than downloaded again) and then works in a folder that has nothing of this repository:
new project, one imported page, a build.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from unionnews import theme
from unionnews.theme import script
from unionnews.cli import main
from unionnews.starter import new_project
from unionnews.errors import UnionnewsError

PAGE = ROOT / "raw" / "grrb-2025-09-26-seed001.txt"


def test_theme_is_inside_the_package():
    assert theme.TEMPLATES.is_relative_to(Path(sys.modules["unionnews"].__file__).parent)
    assert (theme.TEMPLATES / "base.html").is_file() and (theme.STATIC / "style.css").is_file()
    assert all((theme.SEARCH_SOURCES / f"{name}.js").is_file() for name in ("frame", *script.PARTS) if name != "constants")
    # The repository itself keeps no second copy that could drift from the package's.
    assert not (ROOT / "templates" / "base.html").exists() and not (ROOT / "static" / "search.js").exists()


def test_new_makes_a_project_that_builds(tmp_path, capsys):
    dest = tmp_path / "archive"
    assert main(["new", str(dest), "--paper", "测试日报", "--code", "csrb"]) == 0
    assert "测试日报" in capsys.readouterr().err
    toml = (dest / "site.toml").read_text(encoding="utf-8")
    assert '"测试日报" = "csrb"' in toml and 'title = "测试日报数字档案"' in toml
    for folder in ("content", "raw/csrb", "templates", "static"):
        assert (dest / folder).is_dir(), folder
    flow = yaml.safe_load((dest / ".github/workflows/pages.yml").read_text(encoding="utf-8"))
    ours = yaml.safe_load((ROOT / ".github/workflows/pages.yml").read_text(encoding="utf-8"))
    assert flow["permissions"] == ours["permissions"] == {}
    assert flow["jobs"]["deploy"] == ours["jobs"]["deploy"]
    steps = " ".join(str(step.get("run", "")) for step in flow["jobs"]["build"]["steps"])
    assert "unionnews check --strict" in steps and "unionnews build --strict" in steps
    assert "__" not in (dest / ".github/workflows/pages.yml").read_text(encoding="utf-8")
    page = dest / "raw" / "csrb" / "2025-09-26" / "03.txt"
    page.parent.mkdir(parents=True)
    page.write_bytes(PAGE.read_bytes())
    assert main(["--root", str(dest), "import", str(dest / "raw")]) == 0
    assert main(["--root", str(dest), "build", "--no-progress"]) == 0
    home = (dest / "site" / "index.html").read_text(encoding="utf-8")
    assert "测试日报数字档案" in home
    assert list((dest / "site" / "article").rglob("csrb-20250926-03-01.html"))
    assert (dest / "site" / "static" / "style.css").read_bytes() == (theme.STATIC / "style.css").read_bytes()


@pytest.mark.parametrize("args, said", [
    (["--paper", "测试日报", "--code", "CS"], "--code"),
    (["--paper", "测试日报", "--code", "1abc"], "--code"),
    (["--paper", " ", "--code", "csrb"], "--paper"),
    (["--paper", "测试\x07日报", "--code", "csrb"], "--paper"),
])
def test_new_refuses_bad_names(tmp_path, capsys, args, said):
    assert main(["new", str(tmp_path / "x"), *args]) == 1
    assert said in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


def test_new_never_writes_over_a_folder(tmp_path):
    dest = tmp_path / "mine"
    dest.mkdir()
    (dest / "site.toml").write_text("title = \"我的\"\n", encoding="utf-8")
    with pytest.raises(UnionnewsError, match="not an empty folder"):
        new_project(dest, "测试日报", "csrb")
    assert (dest / "site.toml").read_text(encoding="utf-8") == "title = \"我的\"\n"


@pytest.mark.slow
def test_wheel_installs_and_builds_a_new_archive(tmp_path):
    # Built from a copy of the tracked files: setuptools writes build/ and *.egg-info beside the
    # sources, which must never land in the repository (and untracked files must not reach the wheel).
    source = tmp_path / "source"
    tracked = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z"], capture_output=True, check=True).stdout
    for name in filter(None, tracked.decode().split("\0")):
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                    "-w", str(wheels), str(source)], check=True, capture_output=True)
    wheel = next(wheels.glob("unionnews-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ("unionnews/theme/templates/base.html", "unionnews/theme/templates/partials/head.html",
                 "unionnews/theme/search/frame.js", "unionnews/theme/search/codec.js", "unionnews/starter/pages.yml", "unionnews/starter/gitignore",
                 "unionnews/ingest/gazetteer.txt"):
        assert name in names, name
    fresh = tmp_path / "fresh"
    # No pip of its own (ensurepip would install one, the costliest step here): the project's pip installs
    # the wheel into it (--python), as any installer would.
    venv.EnvBuilder(with_pip=False).create(fresh)
    py = fresh / "bin" / "python"
    site_packages = Path(subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                        capture_output=True, text=True, check=True).stdout.strip())
    # Dependencies from the project's venv, appended after the fresh venv's own packages: unionnews
    # itself can only come from the wheel (a .pth path line is not a site folder, so the project's
    # editable-install hook is not run).
    (site_packages / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "--quiet", "--no-deps",
                    "--disable-pip-version-check", str(wheel)], check=True, capture_output=True)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    where = subprocess.run([str(py), "-c", "import unionnews.theme as t; print(t.TEMPLATES)"],
                           capture_output=True, text=True, check=True, env=env, cwd=tmp_path).stdout.strip()
    assert Path(where).is_relative_to(site_packages), where
    unionnews = fresh / "bin" / "unionnews"
    project = tmp_path / "elsewhere" / "paper"
    run = lambda *args, cwd=project: subprocess.run([str(unionnews), *args], cwd=cwd, env=env,
                                                     capture_output=True, text=True)
    made = run("new", str(project), "--paper", "测试日报", "--code", "csrb", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    page = project / "raw" / "csrb" / "2025-09-26" / "03.txt"
    page.parent.mkdir(parents=True)
    page.write_bytes(PAGE.read_bytes())
    imported = run("import", "raw/")
    assert imported.returncode == 0, imported.stderr
    built = run("build", "--no-progress")
    assert built.returncode == 0, built.stderr
    assert (project / "site" / "index.html").is_file()
    assert (project / "site" / "static" / "search.js").is_file()
    assert len(list((project / "site" / "article").rglob("csrb-*.html"))) >= 5
