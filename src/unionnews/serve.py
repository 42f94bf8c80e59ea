"""Preview server: builds, serves site/ on 127.0.0.1, rebuilds when inputs change.

Polling (once a second) rather than OS file events keeps it dependency-free
and works the same on every file system, including USB sticks and network
drives.  A failed rebuild prints its problems and keeps serving the last
good site (the build is atomic).
"""
from __future__ import annotations

import functools
import http.server
import sys
import threading
import time
from pathlib import Path

from unionnews.config import Config
from unionnews.errors import UnionnewsError
from unionnews.pipeline import build


def snapshot(paths: list[Path]) -> dict[str, tuple[int, int]]:
    state: dict[str, tuple[int, int]] = {}
    for root in paths:
        if root.is_file():
            st = root.stat()
            state[str(root)] = (st.st_mtime_ns, st.st_size)
            continue
        for path in root.rglob("*") if root.is_dir() else ():
            if path.is_file():
                st = path.stat()
                state[str(path)] = (st.st_mtime_ns, st.st_size)
    return state


def _rebuild(config: Config) -> None:
    try:
        report = build(config, progress=False)
        print(report.summary(), file=sys.stderr)
    except UnionnewsError as exc:
        for problem in exc.problems:
            print(f"{problem.level}: {problem}", file=sys.stderr)
        print("rebuild failed: still serving the previous site", file=sys.stderr)


def serve(config: Config, port: int = 8000, watch: bool = True) -> int:
    _rebuild(config)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(config.output_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    print(f"serving {config.output_dir} at http://127.0.0.1:{server.server_address[1]}/ (Ctrl-C stops)",
          file=sys.stderr)
    if watch:
        inputs = [config.content_dir, config.templates_dir, config.static_dir, config.root / "site.toml"]

        def loop() -> None:
            seen = snapshot(inputs)
            while True:
                time.sleep(1.0)
                now = snapshot(inputs)
                if now != seen:
                    seen = now
                    print("change detected: rebuilding", file=sys.stderr)
                    _rebuild(config)

        threading.Thread(target=loop, daemon=True).start()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
