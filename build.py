#!/usr/bin/env python3
"""unionnews entry point: sets up a local venv on first use, then runs the CLI in it.

    python3 build.py              # set up .venv if needed, build site/ from content/
    python3 build.py test         # set up .venv with test tools (+ Chromium, Node.js, zim-tools, kiwix-tools), run every test
    python3 build.py import raw/  # any other subcommand: see `python3 build.py --help`

Standard library only: this file must run on a machine that has nothing but Python.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PY = VENV / "bin" / "python"
CHROMIUM = Path("/usr/bin/chromium")


def say(message: str) -> None:
    print(f"[unionnews] {message}", file=sys.stderr, flush=True)


def ensure_venv(extras: str) -> None:
    """Create .venv and install the project (editable) when pyproject.toml or the extras changed."""
    stamp = VENV / f".installed-{extras or 'base'}"
    want = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == want and PY.exists():
        return
    if not PY.exists():
        say(f"creating {VENV.name}/ (first run only)")
        venv.EnvBuilder(with_pip=True, clear=False).create(VENV)
    target = f".[{extras}]" if extras else "."
    say(f"installing unionnews{f'[{extras}]' if extras else ''} and its dependencies into {VENV.name}/")
    subprocess.run([str(PY), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                    "-e", target], cwd=ROOT, check=True)
    stamp.write_text(want)


def ensure_chromium() -> None:
    """Browser tests need Debian's Chromium; install it when we may (root + apt), else say why not."""
    if CHROMIUM.exists() or os.environ.get("UNIONNEWS_NO_BROWSER"):
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        say("installing Debian's chromium for the browser tests (apt-get, first run only)")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=False, env=env)
        result = subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], env=env,
                                stdout=subprocess.DEVNULL)
        if result.returncode == 0 and CHROMIUM.exists():
            return
        say("apt-get could not install chromium: browser tests will be skipped")
    else:
        say("/usr/bin/chromium is missing and this user cannot install it "
            "(needs root and apt-get): browser tests will be skipped. "
            "Install it with: sudo apt-get install chromium")


def ensure_zim_readers() -> None:
    """ZIM tests check the file with the real readers: Debian's zim-tools (zimcheck) and kiwix-tools (kiwix-serve)."""
    if (shutil.which("zimcheck") and shutil.which("kiwix-serve")) or os.environ.get("UNIONNEWS_NO_ZIM_TOOLS"):
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        say("installing Debian's zim-tools and kiwix-tools for the ZIM tests (apt-get, first run only)")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=False, env=env)
        result = subprocess.run(["apt-get", "install", "-y", "-qq", "zim-tools", "kiwix-tools"], env=env,
                                stdout=subprocess.DEVNULL)
        if result.returncode == 0 and shutil.which("zimcheck") and shutil.which("kiwix-serve"):
            return
        say("apt-get could not install zim-tools and kiwix-tools: the ZIM reader tests will be skipped")
    else:
        say("zimcheck or kiwix-serve is missing and this user cannot install them (needs root and apt-get): "
            "the ZIM reader tests will be skipped. Install them with: sudo apt-get install zim-tools kiwix-tools")


def ensure_page_tools() -> None:
    """Page import tests lay pages out in a CJK TrueType font and OCR them with Tesseract (chi_sim)."""
    font = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
    if (font.exists() and shutil.which("tesseract")) or os.environ.get("UNIONNEWS_NO_OCR"):
        return
    packages = ["fonts-wqy-zenhei", "tesseract-ocr", "tesseract-ocr-chi-sim"]
    if os.geteuid() == 0 and shutil.which("apt-get"):
        say(f"installing Debian's {', '.join(packages)} for the page import tests (apt-get, first run only)")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=False, env=env)
        if subprocess.run(["apt-get", "install", "-y", "-qq", *packages], env=env,
                          stdout=subprocess.DEVNULL).returncode == 0:
            return
        say("apt-get could not install them: the page import tests that need them will be skipped")
    else:
        say(f"the page import tests need {' '.join(packages)} and this user cannot install them "
            f"(needs root and apt-get): those tests will be skipped. "
            f"Install them with: sudo apt-get install {' '.join(packages)}")


def ensure_node() -> None:
    """search.js's unit tests (tests/js/, run by tests/test_search_js.py) need Node.js 20 or later: Debian's nodejs."""
    if shutil.which("node") or os.environ.get("UNIONNEWS_NO_NODE"):
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        say("installing Debian's nodejs for the search.js unit tests (apt-get, first run only)")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=False, env=env)
        result = subprocess.run(["apt-get", "install", "-y", "-qq", "nodejs"], env=env, stdout=subprocess.DEVNULL)
        if result.returncode == 0 and shutil.which("node"):
            return
        say("apt-get could not install nodejs: the search.js unit tests will be skipped")
    else:
        say("node is missing and this user cannot install it (needs root and apt-get): the search.js unit "
            "tests will be skipped. Install Node.js 20 or later, e.g. sudo apt-get install nodejs")


def ensure_axe() -> None:
    """axe-core (npm) for the accessibility tests, installed from package-lock.json into node_modules/."""
    if (ROOT / "node_modules" / "axe-core" / "axe.min.js").exists():
        return
    npm = shutil.which("npm")
    if npm is None:
        say("npm is missing: accessibility tests will be skipped (install Node.js to run them)")
        return
    say("installing axe-core for the accessibility tests (npm, first run only)")
    command = [npm, "ci" if (ROOT / "package-lock.json").exists() else "install", "--no-audit", "--no-fund"]
    if subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL).returncode != 0:
        say("npm could not install axe-core: accessibility tests will be skipped")


def parallel(args: list[str]) -> list[str]:
    """pytest-xdist options: one worker per core this process may use, unless the caller chose (-n, -p no:xdist).

    Many tests wait on a subprocess, a browser or the disk, and a build inside a test forks its own
    pool, so one worker per core keeps both cores busy without the tests fighting over memory.
    `loadfile` runs each test file on one worker, so a costly fixture of a test module (a built
    site, pages laid out and read by Tesseract) is made once, not once per worker; files go to
    whichever worker is free, in the order tests/conftest.py collects them (longest first), which
    xdist would otherwise replace by the number of tests in each file.  Each worker has its own temporary folder (under --basetemp when
    given), its own session fixtures of conftest.py (the shipped site, Chromium) and its own Chromium.
    """
    if any(a in ("-n", "--numprocesses", "--dist") or a.startswith(("-n", "--numprocesses=", "--dist="))
           or a in ("-pno:xdist", "--pdb") for a in args) or "no:xdist" in args:
        return []
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return ["-n", str(max(2, cores)), "--dist", "loadfile", "--no-loadscope-reorder"]


def scratch(args: list[str]) -> tuple[dict[str, str], list[str]]:
    """The environment and extra pytest options for the tests' temporary files.

    The tests write many thousands of small files (sites, caches, staging folders, a wheel), so
    their temporary folders go to RAM (/dev/shm) where it is a tmpfs with room, unless the caller
    chose TMPDIR: file-system work there costs the kernel less and never waits on the disk.  Only
    the folders of failed tests are kept there after the run, so the RAM is given back.
    """
    env = dict(os.environ)
    shm = Path("/dev/shm")
    if "TMPDIR" in env or not shm.is_dir() or not os.access(shm, os.W_OK):
        return env, []
    try:
        if shutil.disk_usage(shm).free < 4 * 2**30:
            return env, []
        folder = shm / f"unionnews-tests-{os.getuid()}"
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError:
        return env, []
    env["TMPDIR"] = str(folder)
    kept = [] if any(a == "--basetemp" or a.startswith("--basetemp=") for a in args) else \
        ["-o", "tmp_path_retention_policy=failed"]
    return env, kept


def keep_bytecode(env: dict[str, str]) -> dict[str, str]:
    """The tests' environment without PYTHONDONTWRITEBYTECODE, so that compiled modules are kept.

    A test run starts many Python processes (a pytest worker per core, command-line builds and
    imports in subprocesses), and each one compiles every module it imports that has no kept
    bytecode: the project's own modules, and the test files pytest rewrites for its assertions.
    With the setting (some shells and containers set it) that is done again in every process.  The
    bytecode goes where Python keeps it, __pycache__/ beside each source (.gitignore'd; where the
    folder cannot be written Python says nothing and compiles as before), and Python reads a kept
    file only while its source is unchanged.
    """
    return {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}


def main(argv: list[str]) -> int:
    if argv[:1] == ["test"]:
        ensure_venv("test")
        ensure_chromium()
        ensure_zim_readers()
        ensure_page_tools()
        ensure_node()
        ensure_axe()
        # pytest exits 5 when it collects nothing: that is a failure here, never a pass.
        env, kept = scratch(argv[1:])
        return subprocess.run([str(PY), "-m", "pytest", *parallel(argv[1:]), *kept, *argv[1:]], cwd=ROOT,
                              env=keep_bytecode(env)).returncode
    ensure_venv("")
    return subprocess.run([str(PY), "-m", "unionnews", *(argv or ["build"])], cwd=ROOT).returncode


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except subprocess.CalledProcessError as exc:
        say(f"set-up failed: {' '.join(map(str, exc.cmd))} exited {exc.returncode}")
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
