"""Page images → hOCR with Debian's Tesseract (``import --ocr``).

Tesseract is run as a program (``tesseract IMAGE stdout -l chi_sim hocr``), not through a
binding: the Debian package is what people install, and its hOCR is the same file they could
have made themselves and imported.  When the program or its Chinese model is missing, the
message names the Debian packages.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from unionnews.errors import Problem, UnionnewsError

__all__ = ["run_tesseract", "LANGUAGE", "PACKAGES"]

LANGUAGE = os.environ.get("UNIONNEWS_OCR_LANG", "chi_sim")
PACKAGES = "tesseract-ocr tesseract-ocr-chi-sim"


def _missing(shown: str, what: str) -> UnionnewsError:
    return UnionnewsError(Problem(shown, None, f"cannot be read with --ocr: {what}",
                                  f"install Debian's OCR packages: sudo apt-get install {PACKAGES} "
                                  "(or import the page's hOCR, ALTO or PDF instead)"))


def run_tesseract(image: Path, shown: str, language: str = LANGUAGE) -> bytes:
    """The hOCR of one page image."""
    program = shutil.which("tesseract")
    if program is None:
        raise _missing(shown, "the tesseract program is not installed")
    langs = subprocess.run([program, "--list-langs"], capture_output=True, text=True)
    available = set(langs.stdout.split()) | set(langs.stderr.split())
    if not set(language.split("+")) <= available:
        raise _missing(shown, f"Tesseract has no {language} language data")
    # one thread a page: Tesseract's OpenMP threads cost more than they give on a shared machine
    env = dict(os.environ, OMP_THREAD_LIMIT=os.environ.get("OMP_THREAD_LIMIT", "1"))
    result = subprocess.run([program, str(image), "stdout", "-l", language, "hocr"], capture_output=True, env=env)
    if result.returncode != 0 or b"ocr_page" not in result.stdout:
        reason = result.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
        raise UnionnewsError(Problem(shown, None, f"Tesseract could not read this image: {reason[0]}",
                                     "check that it is a page image (PNG, JPEG, TIFF) that opens"))
    return result.stdout
