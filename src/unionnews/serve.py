"""Preview server: builds, serves site/ on 127.0.0.1, and updates it the moment an input changes.

The operating system reports changes (watchfiles: inotify on Linux, FSEvents on
macOS), so watching 100k article files costs nothing between edits; watchfiles
falls back to polling itself where events are unavailable (some network drives).
An edit to an article's text is applied from memory in a fraction of a second
(incremental/live.py); any other change runs the ordinary incremental build.  A failed rebuild
prints its problems and keeps serving the last good site (the build is atomic).
"""
from __future__ import annotations

import errno
import functools
import http.server
import os
import sys
import threading
import traceback
from pathlib import Path

import watchfiles

from unionnews import theme
from unionnews.config import Config
from unionnews.errors import Problem, UnionnewsError, os_problem, report_lines
from unionnews.incremental.live import LiveSite

IDLE_MS = 2000  # save the cache after this long without changes


_BROKEN = object()  # a rebuild failed for a reason other than the input: the in-memory state is not trusted


def _report(action, report_of=lambda result: result):
    """Run action (a build), print its problems or its figures; return its result, or None if it failed.

    Nothing a rebuild raises stops the watcher: a problem in the input is printed as
    `file:line: problem — fix`; a file-system error with its path and fix; a bug in
    unionnews as one line (the traceback with UNIONNEWS_DEBUG=1), and then _BROKEN, so
    the next change builds afresh from disk.
    """
    try:
        result = action()
    except UnionnewsError as exc:
        for line in report_lines(exc.problems):
            print(line, file=sys.stderr)
        print("rebuild failed: still serving the previous site", file=sys.stderr, flush=True)
        return None
    except Exception as exc:  # noqa: BLE001 - the server must outlive any rebuild
        if isinstance(exc, OSError):
            print(f"error: {os_problem(exc)}", file=sys.stderr)
        else:
            print(f"internal error in unionnews serve: {type(exc).__name__}: {exc} (a bug: "
                  "UNIONNEWS_DEBUG=1 prints the traceback)", file=sys.stderr)
            if os.environ.get("UNIONNEWS_DEBUG"):
                traceback.print_exc()
        print("rebuild failed: still serving the previous site; the next change rebuilds from disk",
              file=sys.stderr, flush=True)
        return _BROKEN
    report = report_of(result)
    if report is None:  # saving the cache: nothing to say
        return result
    for line in report_lines(report.warnings):
        print(line, file=sys.stderr)
    how = "from memory" if report.quick else "full"
    print(f"updated: {report.changed} files written, {report.files} in site, in {report.seconds:.3f} s ({how})",
          file=sys.stderr, flush=True)
    return result


def watch(config: Config, live: LiveSite | None, stop: threading.Event | None = None) -> None:
    """Apply every change under content/, templates/, static/ and site.toml until `stop` is set.

    `live` is None when the last build failed: the next change tries to build it again.
    """
    # The built-in theme too: in a checkout of unionnews it is edited like a project's own templates.
    inputs = [p for p in (config.content_dir, config.templates_dir, config.static_dir, config.root / "site.toml",
                          theme.HOME) if p.exists()]
    polling = False
    while True:
        try:
            for changes in watchfiles.watch(*inputs, debounce=50, step=10, rust_timeout=IDLE_MS,
                                            yield_on_timeout=True, stop_event=stop, raise_interrupt=False,
                                            force_polling=polling):
                if not changes:  # idle: bring the cache on disk up to date
                    if live is not None and _report(live.save, lambda _: None) is _BROKEN:
                        live = None
                    continue
                paths = {Path(path) for _change, path in changes}
                print(f"changed: {len(paths)} file(s)", file=sys.stderr, flush=True)
                if live is None:
                    made = _report(lambda: LiveSite(config), lambda made: made.report)
                    live = None if made is _BROKEN else made
                elif _report(lambda: live.update(paths)) is _BROKEN:
                    live = None
            if live is not None:  # stopping: leave the cache on disk describing site/
                _report(live.save, lambda _: None)
            return
        except OSError as exc:  # e.g. the inotify watch limit: fall back to polling, and say so
            if polling:
                raise
            polling = True
            print(f"file events unavailable ({exc}); watching by polling instead (slower with many files; "
                  "raising fs.inotify.max_user_watches brings events back)", file=sys.stderr, flush=True)


class _Handler(http.server.SimpleHTTPRequestHandler):
    """SimpleHTTPRequestHandler that answers a path it cannot open (GET /%00) with 400, not a traceback."""

    def send_head(self):
        try:
            return super().send_head()
        except ValueError:  # an embedded NUL: open() refuses the path before any file is looked at
            self.send_error(400, "Bad request path")
            return None


class _Server(http.server.ThreadingHTTPServer):
    """A browser that drops a connection (a closed tab, a fetch given up on) is normal: no traceback for it."""

    def handle_error(self, request, client_address) -> None:
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return
        super().handle_error(request, client_address)


def make_server(directory: Path, port: int) -> http.server.ThreadingHTTPServer:
    """The preview server on 127.0.0.1:port; a port in use is a message with the fix, not a traceback."""
    handler = functools.partial(_Handler, directory=str(directory))
    try:
        return _Server(("127.0.0.1", port), handler)
    except OverflowError:
        raise UnionnewsError(Problem(f"--port {port}", None, "is not a port number",
                                     "a port must be 0–65535, e.g. --port 8000")) from None
    except OSError as exc:
        other = 8001 if port == 8000 else 8000
        if exc.errno == errno.EADDRINUSE:
            raise UnionnewsError(Problem(f"127.0.0.1:{port}", None, "the port is in use (another server, perhaps "
                                         "another `serve`)", f"stop the other server, or pass --port {other}")) from None
        raise UnionnewsError(Problem(f"127.0.0.1:{port}", None, f"cannot listen here: {exc.strerror}",
                                     f"pass another port, e.g. --port {other}")) from None


def serve(config: Config, port: int = 8000, watch_inputs: bool = True) -> int:
    server = make_server(config.output_dir, port)  # first: a port in use fails before a long build
    live = _report(lambda: LiveSite(config), lambda made: made.report)
    live = None if live is _BROKEN else live
    if live is None:
        print("serving what site/ holds; fix the problems and save to rebuild", file=sys.stderr, flush=True)
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
            _report(live.save, lambda _: None)
    return 0
