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


def _report(action, report_of=lambda result: result):
    """Run action (a build), print its problems or its figures; return its result, or None if it failed."""
    try:
        result = action()
    except UnionnewsError as exc:
        for problem in exc.problems:
            print(f"{problem.level}: {problem}", file=sys.stderr)
        print("rebuild failed: still serving the previous site", file=sys.stderr, flush=True)
        return None
    report = report_of(result)
    for problem in report.warnings:
        print(f"{problem.level}: {problem}", file=sys.stderr)
    how = "from memory" if report.quick else "full"
    print(f"updated: {report.changed} files written, {report.files} in site, in {report.seconds:.3f} s ({how})",
          file=sys.stderr, flush=True)
    return result


def watch(config: Config, live: LiveSite | None, stop: threading.Event | None = None) -> None:
    """Apply every change under content/, templates/, static/ and site.toml until `stop` is set.

    `live` is None when the first build failed: the next change tries to build it again.
    """
    inputs = [p for p in (config.content_dir, config.templates_dir, config.static_dir, config.root / "site.toml")
              if p.exists()]
    polling = False
    while True:
        try:
            for changes in watchfiles.watch(*inputs, debounce=50, step=10, rust_timeout=IDLE_MS,
                                            yield_on_timeout=True, stop_event=stop, raise_interrupt=False,
                                            force_polling=polling):
                if not changes:  # idle: bring the cache on disk up to date
                    if live is not None:
                        live.save()
                    continue
                paths = {Path(path) for _change, path in changes}
                print(f"changed: {len(paths)} file(s)", file=sys.stderr, flush=True)
                if live is None:
                    live = _report(lambda: LiveSite(config), lambda made: made.report)
                else:
                    _report(lambda: live.update(paths))
            if live is not None:  # stopping: leave the cache on disk describing site/
                live.save()
            return
        except OSError as exc:  # e.g. the inotify watch limit: fall back to polling, and say so
            if polling:
                raise
            polling = True
            print(f"file events unavailable ({exc}); watching by polling instead (slower with many files; "
                  "raising fs.inotify.max_user_watches brings events back)", file=sys.stderr, flush=True)


def serve(config: Config, port: int = 8000, watch_inputs: bool = True) -> int:
    live = _report(lambda: LiveSite(config), lambda made: made.report)
    if live is None:
        print("serving what site/ holds; fix the problems and save to rebuild", file=sys.stderr, flush=True)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(config.output_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    print(f"serving {config.output_dir} at http://127.0.0.1:{server.server_address[1]}/ (Ctrl-C stops)",
          file=sys.stderr, flush=True)
    stop = threading.Event()
    watcher = threading.Thread(target=watch, args=(config, live, stop), daemon=True)
    if watch_inputs:
        watcher.start()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
        server.server_close()
        if watcher.is_alive():
            watcher.join(timeout=60)  # it saves the cache of whatever state it holds
        elif live is not None:
            live.save()
    return 0
