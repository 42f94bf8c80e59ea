"""Host budgets: the site measured against the chosen host's published limits (hosts.py)."""
from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT, build_project, make_project, tree
from unionnews import hosts
from unionnews.config import load_config
from unionnews.errors import UnionnewsError
from unionnews.pipeline import build

FIXTURE = ROOT / "tests" / "fixtures" / "site" / "content"


def test_measure_counts_bytes_files_largest_file_and_fullest_folder():
    sizes = {"index.html": 10, "article/2025/a.html": 300, "article/2025/b.html": 5, "article/2024/c.html": 7,
             "people/b/x.html": 1, "people/b/y.html": 1, "people/b/z.html": 1, "people/w/v.html": 1}
    usage = hosts.measure(sizes)
    assert (usage.bytes, usage.files) == (326, 8)
    assert usage.largest == (300, "article/2025/a.html")
    assert usage.fullest == (3, "people/b")  # three files; article/ has two year folders, the root three entries
    assert hosts.measure({}).files == 0


@pytest.mark.parametrize("host, sizes, expected", [
    ("github-pages", {"a.html": 849_000_000}, []),
    ("github-pages", {"a.html": 851_000_000}, ["the site is 851,000,000 bytes: 85% of github-pages's limit"]),
    ("github-pages", {"a.html": 1_000_000_001}, ["over github-pages's limit of 1,000,000,000"]),
    ("cloudflare-pages", {f"{i}.html": 1 for i in range(17_000)}, ["17,000 files: 85% of cloudflare-pages's limit of 20,000"]),
    ("cloudflare-pages", {"big.js": 26 * 1024 * 1024}, ["the largest file is 27,262,976 bytes: over"]),
    ("gitlab-pages", {f"{i}.html": 1 for i in range(199_000)}, ["199,000 files: 100% of gitlab-pages's limit of 200,000"]),
    ("netlify", {f"article/{i}.html": 1 for i in range(50_000)}, ["50,000 entries: 93% of netlify's limit of 54,000"]),
    ("none", {f"{i}.html": 10**6 for i in range(30_000)}, []),
])
def test_check_warns_from_85_percent_of_a_limit(host, sizes, expected):
    problems = hosts.check(hosts.measure(sizes), host)
    assert len(problems) == len(expected)
    for problem, text in zip(problems, expected):
        assert text in problem.message and problem.level == "warning" and problem.fix


def test_every_host_has_a_summary_line():
    usage = hosts.measure({"index.html": 2_500_000, "a/b.html": 10})
    for host in hosts.HOSTS:
        line = hosts.summary(usage, host)
        assert line.startswith(f"{host}: 2.5 MB") and "2 files" in line and "(index.html)" in line
    assert "of 1,000.0 MB (0%)" in hosts.summary(usage, "github-pages")
    assert "of 20,000 (0%)" in hosts.summary(usage, "cloudflare-pages")


def test_unknown_host_is_an_error_naming_the_line(tmp_path):
    (tmp_path / "site.toml").write_text('title = "x"\nhost = "github-page"\n', encoding="utf-8")
    with pytest.raises(UnionnewsError) as info:
        load_config(tmp_path)
    problem = info.value.problems[0]
    assert problem.line == 2 and "unknown host 'github-page'" in problem.message and "'github-pages'" in problem.fix


def test_build_reports_its_budget_and_strict_refuses_a_site_over_it(tmp_path, monkeypatch):
    project = make_project(tmp_path, FIXTURE)
    report = build_project(project)
    assert report.budget.startswith("github-pages: ") and f"{report.files:,} files" in report.budget
    assert not [w for w in report.warnings if "limit" in w.message]
    before = tree(project / "site")
    monkeypatch.setitem(hosts.HOSTS, "cloudflare-pages", hosts.Limits(files=report.files, source="test"))
    config, _ = load_config(project, overrides={"host": "cloudflare-pages"})
    target = project / "content" / "2025" / "09" / "24" / "grrb-20250924-01-01.md"
    target.write_text(target.read_text(encoding="utf-8").replace("\n---\n", "\n---\n新的一段。\n\n", 1), encoding="utf-8")
    with pytest.raises(UnionnewsError) as info:
        build(config, progress=False, strict=True)
    assert "files: 100% of cloudflare-pages's limit" in str(info.value.problems[0])
    assert tree(project / "site") == before, "a build stopped by its budget leaves site/ as it was"
    warned = build(config, progress=False)
    assert any("cloudflare-pages's limit" in w.message and w.level == "warning" for w in warned.warnings)


def test_cli_prints_the_budget_and_strict_fails(tmp_path):
    project = make_project(tmp_path, FIXTURE)
    toml = project / "site.toml"
    ok = subprocess.run([sys.executable, "-m", "unionnews", "--root", str(project), "build", "--no-progress"],
                        capture_output=True, text=True)
    assert ok.returncode == 0 and "github-pages: " in ok.stderr and "of 1,000.0 MB" in ok.stderr
    toml.write_text(toml.read_text(encoding="utf-8").replace('host = "github-pages"', 'host = "cloudflare-pages"'),
                    encoding="utf-8")
    # the fixture's site fits easily: no warning, and --strict passes too
    strict = subprocess.run([sys.executable, "-m", "unionnews", "--root", str(project), "--strict", "build",
                             "--no-progress"], capture_output=True, text=True)
    assert strict.returncode == 0 and "cloudflare-pages: " in strict.stderr, strict.stderr
