"""Issue 15, reliability round 2: a hostile user's probes, each one a test.

Control characters, symbolic links leaving the project, a commit that fails
half-way, names spelled two ways, the paper's time zone, messages and exit
codes, and bags with a FIFO or without tag manifests.
"""
from __future__ import annotations

import datetime as dt
import errno
import http.client
import os
import shutil
import socket
import subprocess
import threading
from pathlib import Path

import pytest
from hypothesis import example, given, settings, strategies as st

from conftest import build_project, make_project, tree
from test_ingest_helpers import output_chars, printed_chars
from unionnews import feeds
from unionnews.cli import main
from unionnews.config import load_config
from unionnews.content import parse_bytes
from unionnews.pages import build_site, slug
from unionnews.text import FORBIDDEN, fold_name, forbidden, strip_controls

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLE = "content/2025/09/26/grrb-20250926-03-02.md"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path, FIXTURES / "three" / "content")


@pytest.fixture
def built(project: Path) -> Path:
    build_project(project)
    return project


def run(project: Path, capsys, *args: str) -> tuple[int, str]:
    code = main(["--root", str(project), *args])
    return code, capsys.readouterr().err


def edit(project: Path, rel: str, old: str, new: str) -> None:
    path = project / rel
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def article(id_: str, date: str = "2025-09-26", page: int = 3, extra: str = "", body: str = "正文一段。") -> str:
    return (f"---\nid: {id_}\ntitle: 标题{id_[-2:]}\ndate: {date}\npaper: 工人日报\npage: {page}\n{extra}---\n"
            f"{body}\n")


def put(project: Path, id_: str, text: str, date: str = "2025-09-26") -> Path:
    path = project / "content" / date.replace("-", "/") / f"{id_}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------- 2. control characters

@pytest.mark.parametrize("ch", ["\x0c", "\x0b", "\x1b", "\x07", "\ufffe"])
def test_control_character_in_body_is_refused_with_line_and_column(project, capsys, ch):
    put(project, "grrb-20250926-03-05", article("grrb-20250926-03-05", body=f"第一段。\n\n第二段{ch}在这里。"))
    for command in ("check", "build"):
        code, err = run(project, capsys, command, *(["--no-progress"] if command == "build" else []))
        assert code == 1, err
        assert "content/2025/09/26/grrb-20250926-03-05.md:10: column 4: " in err, err
        assert f"U+{ord(ch):04X}" in err and "internal error" not in err
    assert not (project / "site").exists()


def test_control_character_in_front_matter_is_reported_at_its_line(project, capsys):
    put(project, "grrb-20250926-03-05", article("grrb-20250926-03-05", extra="column: 工会\x1b创新\ntags: [一]\n"))
    code, err = run(project, capsys, "check")
    assert code == 1
    assert "grrb-20250926-03-05.md:7: column 11: U+001B ESC" in err, err


def test_control_character_written_as_a_yaml_escape_is_refused(project, capsys):
    put(project, "grrb-20250926-03-05", article("grrb-20250926-03-05", extra='kicker: "引题\\e与\\f"\n'))
    code, err = run(project, capsys, "build", "--no-progress")
    assert code == 1 and "grrb-20250926-03-05.md:7: kicker holds U+000C FF (form feed), written as an escape" in err
    assert "internal error" not in err


def test_control_character_in_site_toml_is_refused(project, capsys):
    edit(project, "site.toml", 'description = "', 'description = "\\u000c')
    code, err = run(project, capsys, "check")
    assert code == 1 and "site.toml:5: 'description' holds U+000C FF (form feed)" in err, err


_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300)
FUZZ = int(os.environ.get("UNIONNEWS_FUZZ", "300"))  # examples per property; raise it for a longer run


@settings(max_examples=FUZZ, deadline=None)
@given(body=_TEXT, title=_TEXT)
def test_the_feed_takes_any_text_the_validators_let_through(body, title):
    """Whatever an article file holds, check refuses it or the feed is made (no exit 70)."""
    config, _ = load_config(FIXTURES / "three")
    raw = (f"---\nid: grrb-20250926-03-09\ntitle: {title!r}\ndate: 2025-09-26\npaper: 工人日报\n---\n"
           f"{body}\n").encode("utf-8")
    made, problems = parse_bytes(raw, "x.md", config)
    if made is None:
        assert problems
        return
    site = build_site([made], config)
    assert feeds.atom_feed(site).startswith(b"<?xml")


@settings(max_examples=FUZZ, deadline=None)
@given(line=_TEXT)
def test_importer_door_keeps_every_printed_character(line):
    clean, removed = strip_controls(line)
    assert not forbidden(clean)
    assert not any(ch in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029" for ch in clean)
    printed = [ch for ch in line if not FORBIDDEN.match(ch) and ch not in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"]
    assert [ch for ch in clean if ch != " "] == [ch for ch in printed if ch != " "]
    assert len(removed) == len(line) - len(printed)


# ---------------------------------------------------------------- 4. files from outside the project

def test_static_symlink_leaving_the_project_is_refused(built, capsys, tmp_path):
    before = tree(built / "site")
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0", encoding="utf-8")
    (built / "static").mkdir()
    (built / "static/passwd.css").symlink_to(secret)
    code, err = run(built, capsys, "build", "--no-progress")
    assert code == 1
    assert f"static/passwd.css: is a symbolic link to {secret}, outside the project" in err
    assert tree(built / "site") == before
    code, err = run(built, capsys, "check")
    assert code == 1 and "static/passwd.css" in err


@pytest.mark.parametrize("where", ["content/2025/09/26/outside.md", "content/linked", "templates/article.html"])
def test_content_and_template_symlinks_leaving_the_project_are_refused(project, capsys, tmp_path, where):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "grrb-20250926-03-07.md").write_text(article("grrb-20250926-03-07"), encoding="utf-8")
    link = project / where
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(outside if where == "content/linked" else outside / "grrb-20250926-03-07.md")
    code, err = run(project, capsys, "build", "--no-progress")
    assert code == 1 and f"{where}: is a symbolic link to " in err and "outside the project" in err, err


def test_links_inside_the_project_are_followed(project, capsys):
    (project / "elsewhere").mkdir()
    (project / "elsewhere/grrb-20250926-03-07.md").write_text(article("grrb-20250926-03-07"), encoding="utf-8")
    (project / "content/2025/09/26/grrb-20250926-03-07.md").symlink_to(project / "elsewhere/grrb-20250926-03-07.md")
    code, err = run(project, capsys, "build", "--no-progress")
    assert code == 0, err
    assert (project / "site/article/2025/grrb-20250926-03-07.html").exists()


def test_raw_symlink_leaving_the_project_never_enters_a_bag(project, capsys, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("私人文件", encoding="utf-8")
    (project / "raw").mkdir()
    (project / "raw/page.txt").symlink_to(secret)
    code, err = run(project, capsys, "archive", str(tmp_path / "bag"))
    assert code == 1 and f"raw/page.txt: is a symbolic link to {secret}" in err
    assert not (tmp_path / "bag").exists()
    for target in (project / "raw", project / "raw/page.txt"):
        code, err = run(project, capsys, "import", str(target))
        assert code == 1 and f"raw/page.txt: is a symbolic link to {secret}" in err and "internal error" not in err


@pytest.mark.parametrize("folder", ["static", "templates", "static/backup"])
def test_archive_inside_a_folder_the_build_reads_is_refused(project, capsys, folder):
    code, err = run(project, capsys, "archive", str(project / folder / "bag"))
    assert code == 1 and "which the build reads or publishes" in err, err
    assert not (project / folder / "bag").exists()


def test_zim_inside_a_folder_the_build_reads_is_refused(built, capsys):
    project = built
    code, err = run(project, capsys, "zim", str(project / "static" / "archive.zim"))
    assert code == 2 and "static/archive.zim: is inside static/, which the build reads or publishes" in err, err
    assert not (project / "static" / "archive.zim").exists()


# ---------------------------------------------------------------- 5. the incremental commit is all or nothing

def _immutable(path: Path) -> bool:
    return shutil.which("chattr") is not None and subprocess.run(
        ["chattr", "+i", str(path)], capture_output=True).returncode == 0


@pytest.mark.parametrize("how", ["immutable file", "failing rename"])
def test_failed_incremental_commit_leaves_the_previous_site(built, capsys, monkeypatch, how):
    put(built, "grrb-20250926-03-05", article("grrb-20250926-03-05", body="新增的一篇文章，改动许多页面。"))
    put(built, "grrb-20240101-01-01", article("grrb-20240101-01-01", date="2024-01-01", page=1),
        date="2024-01-01")  # a new year: new folders in site/ (date/2024/…)
    edit(built, ARTICLE, "\n---\n", "\n---\n更正：")
    before = tree(built / "site")
    stuck = built / "site/sitemap.xml"  # sorted after article/, search/ …: others have moved in by then
    if how == "immutable file":
        if not _immutable(stuck):
            pytest.skip("chattr +i is not available here (needs root on ext4/xfs/btrfs)")
    else:
        import unionnews.incremental.writers as output
        real = os.replace

        def replace(src, dst, *args, **kwargs):
            for path in (src, dst):
                if str(path).endswith("site/sitemap.xml"):
                    raise PermissionError(errno.EPERM, "Operation not permitted", str(path))
            return real(src, dst, *args, **kwargs)
        monkeypatch.setattr(output.os, "replace", replace)
    try:
        code, err = run(built, capsys, "build", "--no-progress", "--jobs", "1")
    finally:
        if how == "immutable file":
            subprocess.run(["chattr", "-i", str(stuck)])
        monkeypatch.undo()
    assert code == 1 and "site/sitemap.xml" in err and "site/ was left as it was" in err, err
    assert tree(built / "site") == before
    assert not [p for p in (built / "site").rglob("*") if p.is_dir() and not any(p.iterdir())], "no folder left"
    assert not [p.name for p in built.iterdir() if p.name.startswith(".site.")]
    code, err = run(built, capsys, "build", "--no-progress")
    assert code == 0, err
    clean = tree(built / "site")
    shutil.rmtree(built / "site")
    build_project(built)
    assert tree(built / "site") == clean


# ---------------------------------------------------------------- 7. names

@pytest.mark.parametrize("spellings", [("José", "Jose\u0301"), ("李娜", "李\u200d娜", "\uf9e1娜"),
                                       ("白莹", "白\u200b莹", "\u202a白莹\u202c")])
def test_one_name_in_several_spellings_is_one_person(project, capsys, spellings):
    for n, name in enumerate(spellings, start=5):
        put(project, f"grrb-20250926-03-0{n}", article(f"grrb-20250926-03-0{n}", extra=f"reporters: [{name}]\n"))
    code, err = run(project, capsys, "build", "--no-progress")
    assert code == 0, err
    pages = list((project / "site/people").glob("*/*.html"))
    shown = fold_name(spellings[0])
    assert len([p for p in pages if slug(shown) in p.name]) == 1
    assert f"people/{slug(shown)[0]}/{slug(shown)}.html" in (project / "site/article/2025/grrb-20250926-03-06.html").read_text("utf-8")
    assert err.count("written with other Unicode characters") == len(spellings) - 1, err


@pytest.mark.parametrize("name", ["\u200b", "\u200d\u200c", " \u2060 "])
def test_invisible_name_is_refused(project, capsys, name):
    put(project, "grrb-20250926-03-05", article("grrb-20250926-03-05", extra=f'reporters: ["{name}"]\n'))
    code, err = run(project, capsys, "check")
    assert code == 1 and "shows nothing (only invisible characters)" in err, err


def test_names_sharing_a_slug_both_get_pages_and_nobody_is_renamed(project, capsys):
    assert slug("何信") == slug("何心")  # the collision the issue found
    put(project, "grrb-20250926-03-05", article("grrb-20250926-03-05", extra="reporters: [何信]\n"))
    put(project, "grrb-20250925-03-01", article("grrb-20250925-03-01", date="2025-09-25",
                                                extra="reporters: [何心]\n"), date="2025-09-25")
    code, err = run(project, capsys, "build", "--no-progress")
    assert code == 0, err
    older = project / f"site/people/h/{slug('何心')}.html"  # 何心 appeared first: keeps the short slug
    assert "何心" in older.read_text("utf-8")
    newer = (project / "site/article/2025/grrb-20250926-03-05.html").read_text("utf-8")
    longer = slug("何信", 8)
    assert f"people/h/{longer}.html" in newer and "何信" in (project / f"site/people/h/{longer}.html").read_text("utf-8")


# ---------------------------------------------------------------- 8. the paper's time zone

class _Clock(dt.datetime):
    now_utc = dt.datetime(2025, 9, 26, 23, 30, tzinfo=dt.timezone.utc)  # 07:30 on the 27th in Beijing

    @classmethod
    def now(cls, tz=None):
        return cls.now_utc.astimezone(tz) if tz else cls.now_utc.replace(tzinfo=None)


def test_todays_beijing_issue_is_not_in_the_future_on_a_utc_machine(project, capsys, monkeypatch):
    import unionnews.config as config_module
    monkeypatch.setattr(config_module.dt, "datetime", _Clock)
    monkeypatch.setenv("TZ", "UTC")
    put(project, "grrb-20250927-01-01", article("grrb-20250927-01-01", date="2025-09-27", page=1),
        date="2025-09-27")
    code, err = run(project, capsys, "build", "--no-progress")
    assert code == 0, err
    put(project, "grrb-20250928-01-01", article("grrb-20250928-01-01", date="2025-09-28", page=1),
        date="2025-09-28")
    code, err = run(project, capsys, "build", "--no-progress")
    assert code == 1 and "date 2025-09-28 is in the future (today is 2025-09-27" in err
    edit(project, "site.toml", 'timezone = "Asia/Shanghai"', 'timezone = "America/New_York"')
    code, err = run(project, capsys, "check")
    assert code == 1 and "date 2025-09-27 is in the future (today is 2025-09-26" in err


def test_a_cached_future_date_is_judged_again_the_next_day(project, capsys, monkeypatch):
    import unionnews.config as config_module
    monkeypatch.setattr(config_module.dt, "datetime", _Clock)
    put(project, "grrb-20250928-01-01", article("grrb-20250928-01-01", date="2025-09-28", page=1),
        date="2025-09-28")
    code, err = run(project, capsys, "build", "--no-progress")
    assert code == 1
    monkeypatch.setattr(_Clock, "now_utc", _Clock.now_utc + dt.timedelta(days=1))
    code, err = run(project, capsys, "build", "--no-progress")  # incremental: the file is unchanged, cached
    assert code == 0, err


def test_unknown_time_zone_is_refused(project, capsys):
    edit(project, "site.toml", 'timezone = "Asia/Shanghai"', 'timezone = "Beijing"')
    code, err = run(project, capsys, "check")
    assert code == 1 and "timezone 'Beijing' is not an IANA time zone" in err


# ---------------------------------------------------------------- 9. messages and exit codes

def test_disk_full_names_the_file_and_the_fix(built, capsys, monkeypatch):
    before = tree(built / "site")
    real = os.write

    def write(fd, data):
        if os.readlink(f"/proc/self/fd/{fd}").endswith(".html"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(fd, data)
    monkeypatch.setattr(os, "write", write)
    code, err = run(built, capsys, "build", "--no-progress", "--clean", "--jobs", "1")
    monkeypatch.undo()
    assert code == 1
    assert ".html: No space left on device — free some space on the disk" in err, err
    assert "error: :" not in err and tree(built / "site") == before


def test_unsaveable_cache_after_a_clean_build_is_a_warning(built, capsys):
    shutil.rmtree(built / ".cache")
    (built / ".cache").write_text("not a folder", encoding="utf-8")
    code, err = run(built, capsys, "build", "--no-progress", "--clean")
    assert code == 0, err
    assert "the build cache could not be saved" in err and ".cache" in err


def test_port_in_use_and_impossible_port(project, capsys):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code, err = run(project, capsys, "serve", "--no-watch", "--port", str(port))
    assert code == 1 and f"127.0.0.1:{port}: the port is in use" in err and "--port" in err, err
    for bad in ("99999", "-1"):
        with pytest.raises(SystemExit) as exit_:
            main(["--root", str(project), "serve", "--port", bad])
        assert exit_.value.code == 2
        assert "port must be 0–65535" in capsys.readouterr().err


def test_serve_answers_a_nul_in_the_path_without_a_traceback(built, capfd):
    from unionnews.serve import make_server
    server = make_server(built / "site", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        for path in ("/%00", "/article/%00.html", "/..%2f..%2fetc/passwd"):
            connection = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=10)
            connection.request("GET", path)
            assert connection.getresponse().status in (400, 404)
            connection.close()
    finally:
        server.shutdown()
        server.server_close()
    assert "Traceback" not in capfd.readouterr().err


# ---------------------------------------------------------------- 10. verify

@pytest.fixture
def bag(project, tmp_path, capsys) -> Path:
    out = tmp_path / "bag"
    assert main(["--root", str(project), "archive", str(out)]) == 0
    capsys.readouterr()
    return out


def test_verify_refuses_a_fifo(bag, capsys):
    target = bag / "data/site/atom.xml"
    target.unlink()
    os.mkfifo(target)
    code = main(["verify", str(bag)])
    err = capsys.readouterr().err
    assert code == 1 and f"{target}: is not a regular file (a FIFO)" in err, err


def test_verify_checks_bag_info_without_tag_manifests(bag, capsys):
    for manifest in bag.glob("tagmanifest-*.txt"):
        manifest.unlink()
    info = bag / "bag-info.txt"
    info.write_text(info.read_text(encoding="utf-8").replace("Article-Count: 3", "Article-Count: 4"),
                    encoding="utf-8")
    code = main(["verify", str(bag)])
    err = capsys.readouterr().err
    assert code == 1
    assert "bag-info.txt: Article-Count says 4, but the payload has 3" in err
    assert "bag-info.txt: the bag has no tag manifest" in err


# ---------------------------------------------------------------- 3. serve survives and coordinates

def test_a_build_run_while_serving_never_leaves_the_next_build_wrong(built, capsys):
    from unionnews.incremental.live import LiveSite
    config, _ = load_config(built)
    live = LiveSite(config, jobs=1)  # serve's first build
    code, err = run(built, capsys, "build", "--no-progress", "--base-url", "http://127.0.0.9:8000/")
    assert code == 0, err
    edit(built, ARTICLE, "\n---\n", "\n---\n更正：")  # a text edit: serve's quick path, were it trusted
    live.update({built / ARTICLE})
    live.save()
    code, err = run(built, capsys, "build", "--no-progress")
    assert code == 0, err
    reference = make_project(built.parent / "reference", built / "content")
    build_project(reference)
    assert tree(built / "site") == tree(reference / "site")
    assert "127.0.0.9" not in (built / "site/atom.xml").read_text("utf-8")


def test_serve_keeps_watching_after_a_rebuild_crashes(built, capsys, monkeypatch):
    import time

    from unionnews import serve as serve_module
    from unionnews.incremental.live import LiveSite
    config, _ = load_config(built)
    live = LiveSite(config, jobs=1)
    calls = []
    real = LiveSite.update

    def update(self, paths):
        calls.append(paths)
        if len(calls) == 1:
            raise RuntimeError("a bug in a rebuild")
        return real(self, paths)
    monkeypatch.setattr(LiveSite, "update", update)
    stop = threading.Event()
    watcher = threading.Thread(target=serve_module.watch, args=(config, live, stop), daemon=True)
    watcher.start()
    try:
        time.sleep(1)
        edit(built, ARTICLE, "\n---\n", "\n---\n第一次更正：")
        page = built / "site/article/2025/grrb-20250926-03-02.html"
        deadline = time.monotonic() + 60
        while "第一次更正" not in page.read_text("utf-8") and time.monotonic() < deadline:
            if len(calls) >= 1:
                time.sleep(0.5)
                edit(built, ARTICLE, "第一次更正：", "第二次更正：第一次更正：")
                calls.append("edited")  # one more edit after the crash
                break
            time.sleep(0.2)
        while "第二次更正" not in page.read_text("utf-8") and time.monotonic() < deadline:
            time.sleep(0.2)
        assert watcher.is_alive()
        assert "第二次更正" in page.read_text("utf-8")
    finally:
        stop.set()
        watcher.join(timeout=30)
    err = capsys.readouterr().err
    assert "internal error in unionnews serve: RuntimeError: a bug in a rebuild" in err
    assert "Traceback" not in err


# ---------------------------------------------------------------- 6. the importer trusts nothing

PAGE = (Path(__file__).parents[1] / "raw" / "ldwb-2023-07-29-seed003.txt").read_text(encoding="utf-8")
GOOD_ENTRY = "paper: 劳动午报, date: 2023-07-29, page: 2"


def _raw(project: Path, entries: dict[str, str]) -> Path:
    raw = project / "raw"
    raw.mkdir(exist_ok=True)
    lines = ["pages:"]
    for name, entry in entries.items():
        (raw / name).write_text(PAGE, encoding="utf-8")
        lines.append(f"  {name}: {{{entry}}}")
    (raw / "manifest.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return raw


@pytest.mark.parametrize("entry, message", [
    ('paper: 劳动午报, date: 2023-07-29, page: 3, page_name: "要闻\\n第二行"', "page_name spans several lines"),
    ("paper: 劳动午报, date: 2023-07-29, page: 99999", "page 99999 is not a page number"),
    ("paper: 劳动午报, date: 2099-07-29, page: 3", "date 2099-07-29 is in the future"),
    ("paper: 劳动午报, date: 2023-02-30, page: 3", "date '2023-02-30' is not YYYY-MM-DD"),
    ("paper: 劳动午报, date: 2023-07-29, page: 2023-02-30", "page"),
    ('paper: 劳动午报, date: 2023-07-29, page: 3, reading_order: "1-99999999999"',
     "reading_order item '1-99999999999' is not within the page's lines"),
    ('paper: 劳动午报, date: 2023-07-29, page: 3, page_name: "\\u200b"', "page_name shows nothing"),
])
def test_a_bad_manifest_entry_fails_its_page_only(project, capsys, entry, message):
    raw = _raw(project, {"good.txt": GOOD_ENTRY, "bad.txt": entry})
    code, err = run(project, capsys, "import", str(raw))
    assert code == 1 and message in err and "raw/manifest.yaml" in err, err
    assert "internal error" not in err
    written = sorted(p.name for p in (project / "content/2023/07/29").glob("*.md"))
    assert written and all(name.startswith("ldwb-20230729-02-") for name in written), written
    assert "the others were" in err


def test_manifest_aliases_are_refused_before_expanding(project, capsys):
    """A "billion laughs" manifest: refused at the first alias, not expanded into memory."""
    raw = project / "raw"
    raw.mkdir()
    (raw / "p.txt").write_text(PAGE, encoding="utf-8")
    laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n in range(1, 10):
        laughs.append(f"{chr(97 + n)}: &{chr(97 + n)} [" + ",".join([f"*{chr(96 + n)}"] * 9) + "]")
    (raw / "manifest.yaml").write_text("\n".join(laughs) + "\npages:\n  p.txt: {" + GOOD_ENTRY + "}\n",
                                       encoding="utf-8")
    code, err = run(project, capsys, "import", str(raw))
    assert code == 1 and "raw/manifest.yaml:2: cannot read manifest: an alias (*name)" in err, err
    assert not (project / "content/2023").exists()


def test_a_linked_page_inside_the_project_imports(project, capsys):
    raw = _raw(project, {"p.txt": GOOD_ENTRY})
    (project / "scans").mkdir()
    (project / "scans/p.txt").write_text(PAGE, encoding="utf-8")
    (raw / "p.txt").unlink()
    (raw / "p.txt").symlink_to(project / "scans/p.txt")
    code, err = run(project, capsys, "import", str(raw))
    assert code == 0, err
    assert list((project / "content/2023/07/29").glob("ldwb-20230729-02-*.md"))


@pytest.mark.parametrize("ch", ["\x0c", "\x0b", "\x1b", "\x07", "\ufffe", "\u2028"])
def test_importer_removes_control_characters_and_says_so(project, capsys, ch):
    lines = PAGE.split("\n")
    lines[2] = lines[2][:5] + ch + lines[2][5:]
    lines.insert(0, ch)
    page = project / "page.txt"
    page.write_text("\n".join(lines), encoding="utf-8")
    code, err = run(project, capsys, "import", str(page), "--paper", "劳动午报", "--date", "2023-07-29", "--page", "2")
    assert code == 0, err
    texts = [p.read_text(encoding="utf-8") for p in (project / "content").rglob("*.md")]
    assert texts and not any(ch in text for text in texts)
    assert any(f"line 4 of the page text held U+{ord(ch):04X}" in text for text in texts)
    shutil.rmtree(project / "content/2025")  # the fixture's own articles
    assert output_chars(project / "content") == printed_chars(PAGE.split("\n")), "nothing printed is lost"
    code, err = run(project, capsys, "check")
    assert code == 0, err


# ---------------------------------------------------------------- fuzzing the new paths

_HOMOPHONES = st.text(st.sampled_from("何贺和合河禾信心新欣辛鑫\u200b\u200d\uf9e1李"), min_size=2, max_size=4)


@settings(max_examples=max(FUZZ // 10, 20), deadline=None)
@given(names=st.lists(_HOMOPHONES, min_size=1, max_size=400))
def test_distinct_names_never_share_a_url(names):
    """Names that read alike (one pinyin) in any number: one page per folded name, never a shared URL."""
    from unionnews.content import Article
    config, _ = load_config(FIXTURES / "three")
    names = [n for n in names if fold_name(n)]
    items = [Article(id=f"grrb-20250926-03-{i:02d}", title="题", date=dt.date(2025, 9, 1 + i % 28),
                     paper="工人日报", body="文", path=f"a{i}.md", reporters=(name,))
             for i, name in enumerate(names)]
    site = build_site(items, config)
    people = site.terms["people"]
    assert len({t.slug for t in people}) == len(people) == len({fold_name(n) for n in names})
    for name in names:
        assert fold_name(site.term_of[("people", name)].name) == fold_name(name)


_VALUE = st.one_of(st.none(), st.integers(-10**12, 10**12), _TEXT, st.dates(), st.booleans(),
                   st.lists(_TEXT, max_size=3), st.dictionaries(_TEXT, _TEXT, max_size=2))
_KEYS = st.sampled_from(["paper", "date", "page", "page_name", "guessed", "why", "reading_order"])


@settings(max_examples=FUZZ, deadline=None)
@example(entry={"page": "²"}, order=None)  # a digit to str.isdigit that int() cannot read
@given(entry=st.dictionaries(_KEYS, _VALUE, max_size=7), order=st.one_of(st.none(), _TEXT,
       st.from_regex(r"\A\d{1,12}(-\d{1,12})?(, ?(\||\d{1,4}(-\d{1,4})?))*\Z")))
def test_any_manifest_entry_gives_a_page_or_a_clear_problem(tmp_path_factory, entry, order):
    import yaml

    from unionnews.errors import UnionnewsError
    from unionnews.ingest.decode import read_page
    from unionnews.ingest.manifest import parse_order, resolve_meta
    raw = tmp_path_factory.mktemp("manifest")
    (raw / "p.txt").write_text(PAGE, encoding="utf-8")
    if order is not None:
        entry["reading_order"] = order
    (raw / "manifest.yaml").write_text(yaml.safe_dump({"pages": {"p.txt": entry}}, allow_unicode=True),
                                       encoding="utf-8")
    papers = {"工人日报": "grrb", "劳动午报": "ldwb"}
    metas, problems = resolve_meta([(raw / "p.txt", "p.txt")], raw, papers, paper=None, date=None, page=None,
                                   page_name=None)
    assert len(metas) + bool(problems) == 1
    for meta in metas:
        assert 1 <= meta.page <= 999 and meta.date <= dt.date.today() + dt.timedelta(days=1)
        if meta.reading_order:
            lines = read_page(meta.path, meta.shown).lines
            try:
                parse_order(meta.reading_order, lines, "m")
            except UnionnewsError:
                pass


def test_an_article_check_would_refuse_is_never_written(tmp_path):
    """The importer's last gate: each article it made, read as `check` reads it."""
    from unionnews.config import Config
    from unionnews.ingest import _validate
    from unionnews.ingest.assemble import Record
    front = {"id": "ldwb-20230729-02-01", "title": "\u200b", "date": dt.date(2023, 7, 29), "paper": "劳动午报",
             "page": 2}
    good = Record("2023/07/29/ldwb-20230729-02-02.md", dict(front, id="ldwb-20230729-02-02", title="标题"), "正文\n")
    bad = Record("2023/07/29/ldwb-20230729-02-01.md", front, "正文\n")
    config = Config(root=tmp_path, papers={"劳动午报": "ldwb"})
    assert _validate([good], "raw/p.txt", "content", config) == []
    problems = _validate([good, bad], "raw/p.txt", "content", config)
    assert [str(p) for p in problems] == [
        "raw/p.txt: its article content/2023/07/29/ldwb-20230729-02-01.md:3 would be refused by check: "
        "title shows nothing (only invisible characters) — write the text as printed"]


def test_serve_and_a_command_line_build_as_people_run_them(built, tmp_path):
    """`serve` running, `build --base-url …` in another terminal, then a text edit: the next build is right."""
    import sys
    import time
    import urllib.request

    from conftest import ROOT
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    command = [sys.executable, "-m", "unionnews", "--root", str(built)]
    server = subprocess.Popen([*command, "serve", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/article/2025/grrb-20250926-03-02.html"

    def page_shows(words: str) -> bool:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert server.poll() is None
            try:
                if words in urllib.request.urlopen(url, timeout=5).read().decode("utf-8"):
                    return True
            except OSError:
                pass
            time.sleep(0.3)
        return False
    try:
        assert page_shows("grrb-20250926-03-02")
        other = subprocess.run([*command, "build", "--no-progress", "--base-url", "http://127.0.0.9:8000/"],
                               env=env, capture_output=True, text=True)
        assert other.returncode == 0, other.stderr
        edit(built, ARTICLE, "\n---\n", "\n---\n更正：")
        assert page_shows("更正：")
        time.sleep(3)  # idle: serve saves (or, here, declines to overwrite) the cache
    finally:
        server.terminate()
        err = server.communicate(timeout=60)[1].decode()
    assert "Traceback" not in err
    final = subprocess.run([*command, "build", "--no-progress"], env=env, capture_output=True, text=True)
    assert final.returncode == 0, final.stderr
    reference = make_project(tmp_path / "reference", built / "content")
    build_project(reference)
    assert tree(built / "site") == tree(reference / "site")
