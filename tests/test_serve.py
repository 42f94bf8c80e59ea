"""`unionnews serve` previews on 127.0.0.1 and rebuilds when an article changes."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request

from conftest import ROOT, make_project

FIXTURE = ROOT / "tests" / "fixtures" / "site" / "content"
ARTICLE = "2025/09/24/grrb-20250924-01-02.md"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch_until(url: str, wanted: str, process, seconds: float = 60) -> str:
    """Poll until the page contains `wanted` (a generous limit: this is not a timing test)."""
    deadline = time.monotonic() + seconds
    text = ""
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read().decode()
        try:
            text = urllib.request.urlopen(url, timeout=5).read().decode("utf-8")
            if wanted in text:
                return text
        except OSError:
            pass
        time.sleep(0.3)
    raise AssertionError(f"{url} never showed {wanted!r}; last page:\n{text[:500]}")


def wait_for_line(process, lines: list[bytes], wanted: str, seconds: float = 180) -> None:
    """Wait until serve has printed `wanted` on stderr (read into `lines` by a thread)."""
    deadline = time.monotonic() + seconds
    while wanted not in b"".join(lines).decode(errors="replace"):
        assert process.poll() is None and time.monotonic() < deadline, b"".join(lines).decode(errors="replace")
        time.sleep(0.2)


def test_serve_builds_serves_and_rebuilds_on_change(tmp_path):
    project = make_project(tmp_path, FIXTURE)
    port = free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    process = subprocess.Popen([sys.executable, "-m", "unionnews", "--root", str(project), "serve", "--port", str(port)],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    lines: list[bytes] = []
    reader = threading.Thread(target=lambda: lines.extend(iter(process.stderr.readline, b"")), daemon=True)
    reader.start()
    try:
        url = f"http://127.0.0.1:{port}/article/2025/grrb-20250924-01-02.html"
        fetch_until(url, "首创新城繁星社区职工之家赋能职工高品质生活", process)
        source = project / "content" / ARTICLE
        corrected = source.read_text(encoding="utf-8").replace("title: 首创新城", "title: 更正后的首创新城")
        # The watcher starts a moment after serve answers; a save before it watches goes unseen, so the
        # correction is saved again until it shows (as a person would), with no fixed sleep to guess a load by.
        deadline = time.monotonic() + 180
        while True:
            source.write_text(corrected, encoding="utf-8")
            try:
                fetch_until(url, "更正后的首创新城繁星社区职工之家", process, seconds=5)  # same URL: ids make URLs
                break
            except AssertionError:
                if time.monotonic() > deadline:
                    raise
        broken = project / "content" / "2025/09/24/grrb-20250924-09-09.md"
        broken.write_text("---\nid: grrb-20250924-09-09\n---\n", encoding="utf-8")
        wait_for_line(process, lines, "rebuild failed: still serving the previous site")  # it tried, and failed
        assert "更正后的首创新城" in urllib.request.urlopen(url, timeout=5).read().decode("utf-8")
    finally:
        process.terminate()
        process.wait(timeout=10)
        reader.join(timeout=10)
    err = b"".join(lines).decode()
    assert "serving" in err and "changed: 1 file(s)" in err
    assert "(from memory)" in err, "a title correction is applied from memory (live.py)"
    assert "rebuild failed: still serving the previous site" in err
    assert "grrb-20250924-09-09.md:2: title is missing" in err


def test_serve_recovers_when_the_first_build_fails(tmp_path):
    """A broken article at start: serve says what is wrong, and builds as soon as it is fixed."""
    project = make_project(tmp_path, FIXTURE)
    source = project / "content" / ARTICLE
    good = source.read_text(encoding="utf-8")
    source.write_text(good.replace("\ntitle:", "\ntitle: [unclosed", 1), encoding="utf-8")
    port = free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    process = subprocess.Popen([sys.executable, "-m", "unionnews", "--root", str(project), "serve", "--port", str(port)],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    lines: list[bytes] = []
    reader = threading.Thread(target=lambda: lines.extend(iter(process.stderr.readline, b"")), daemon=True)
    reader.start()
    try:
        # The watcher starts a moment after serve answers; until then a save can go unseen, so the fix is
        # saved again until it shows (a person would save again too).  No fixed sleep: a loaded machine
        # may take longer than any guess.
        url = f"http://127.0.0.1:{port}/article/2025/grrb-20250924-01-02.html"
        fixed = good.replace("title: 首创新城", "title: 修好后的首创新城")
        wait_for_line(process, lines, "fix the problems and save to rebuild")
        deadline = time.monotonic() + 180
        while True:
            source.write_text(fixed, encoding="utf-8")
            try:
                fetch_until(url, "修好后的首创新城", process, seconds=5)
                break
            except AssertionError:
                if time.monotonic() > deadline:
                    raise
        # The fix may have been saved more than once, so a full rebuild can still be under way and take
        # the next edit with it; a person editing again gets the memory path once serve is idle.
        for attempt in range(5):
            title = f"再改{attempt + 1}次的首创新城"
            time.sleep(0.5)
            source.write_text(good.replace("title: 首创新城", f"title: {title}"), encoding="utf-8")
            fetch_until(url, title, process)
            time.sleep(0.5)
            if b"(from memory)" in b"".join(lines):
                break
    finally:
        process.terminate()
        process.wait(timeout=60)
        reader.join(timeout=60)
    err = b"".join(lines).decode()
    assert f"{ARTICLE}:" in err and "front matter is not valid YAML" in err
    assert "fix the problems and save to rebuild" in err
    assert "(from memory)" in err, "once built, serve holds the site in memory again"


def test_a_dropped_connection_prints_no_traceback(tmp_path, capfd):
    """A browser that gives up on a request (closed tab, timed-out fetch) is no error for the preview's log."""
    import struct

    from unionnews.serve import make_server

    (tmp_path / "index.html").write_text("x" * 200_000, encoding="utf-8")
    server = make_server(tmp_path, 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        for _ in range(5):
            with socket.create_connection(server.server_address) as client:
                client.sendall(b"GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n")
                client.recv(10)
                # close with a reset while the server is still writing the page
                client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        time.sleep(1)
        with urllib.request.urlopen(f"http://127.0.0.1:{server.server_address[1]}/index.html", timeout=30) as r:
            assert len(r.read()) == 200_000  # still serving
    finally:
        server.shutdown()
        server.server_close()
    assert "Traceback" not in capfd.readouterr().err
