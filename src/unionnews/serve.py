"""Preview server: builds, serves site/ on 127.0.0.1, and updates it the moment an input changes.

The operating system reports changes (watchfiles: inotify on Linux, FSEvents on
macOS), so watching 100k article files costs nothing between edits; watchfiles
falls back to polling itself where events are unavailable (some network drives).
An edit to an article's text is applied from memory in a fraction of a second
(live.py); any other change runs the ordinary incremental build.  A failed rebuild
prints its problems and keeps serving the last good site (the build is atomic).
"""
from __future__ import annotations

import functools
import http.server
import sys
import threading
from pathlib import Path

import watchfiles

from unionnews.config import Config
from unionnews.errors import UnionnewsError
from unionnews.live import LiveSite

IDLE_MS = 2000  # save the cache after this long without changes


def _report(action) -> None:
    try:
        report = action()
    except UnionnewsError as exc:
        for problem in exc.problems:
            print(f"{problem.level}: {problem}", file=sys.stderr)
        print("rebuild failed: still serving the previous site", file=sys.stderr)
        return
    if report is not None:
        for problem in report.warnings:
            print(f"{problem.level}: {problem}", file=sys.stderr)
        how = "from memory" if report.quick else "full"
        print(f"updated: {report.changed} files written, {report.files} in site, in {report.seconds:.3f} s ({how})",
              file=sys.stderr, flush=True)


def watch(config: Config, live: LiveSite | None, stop: threading.Event | None = None) -> None:
    """Apply every change under content/, templates/, static/ and site.toml until `stop` is set."""
    inputs = [p for p in (config.content_dir, config.templates_dir, config.static_dir, config.root / "site.toml")
              if p.exists()]
    for changes in watchfiles.watch(*inputs, debounce=50, step=10, rust_timeout=IDLE_MS, yield_on_timeout=True,
                                    stop_event=stop, raise_interrupt=False):
        if not changes:  # idle: bring the cache on disk up to date
            if live is not None:
                live.save()
            continue
        paths = {Path(path) for _change, path in changes}
        print(f"changed: {len(paths)} file(s)", file=sys.stderr, flush=True)
        if live is None:
            _report(lambda: _first(config))
        else:
            _report(lambda: live.update(paths))


def _first(config: Config):
    from unionnews.pipeline import build
    return build(config, progress=False)


def serve(config: Config, port: int = 8000, watch_inputs: bool = True) -> int:
    live: LiveSite | None = None
    try:
        live = LiveSite(config)
        _report(lambda: live.report)
    except UnionnewsError as exc:
        for problem in exc.problems:
            print(f"{problem.level}: {problem}", file=sys.stderr)
        print("build failed: serving what site/ holds; fix the problems and save to rebuild", file=sys.stderr)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(config.output_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    print(f"serving {config.output_dir} at http://127.0.0.1:{server.server_address[1]}/ (Ctrl-C stops)",
          file=sys.stderr, flush=True)
    stop = threading.Event()
    if watch_inputs:
        threading.Thread(target=watch, args=(config, live, stop), daemon=True).start()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
        server.server_close()
        if live is not None:
            live.save()
    return 0
