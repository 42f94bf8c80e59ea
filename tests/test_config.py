"""site.toml: every key declared once on Config, checked with file, line and fix."""
from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import pytest

from conftest import ROOT
from unionnews.config import Config, load_config, options, options_table
from unionnews.errors import UnionnewsError


def load(tmp_path: Path, text: str, **kwargs):
    (tmp_path / "site.toml").write_text(text, encoding="utf-8")
    return load_config(tmp_path, **kwargs)


def problems(tmp_path: Path, text: str) -> list[str]:
    with pytest.raises(UnionnewsError) as caught:
        load(tmp_path, text)
    return [str(p) for p in caught.value.problems]


def test_every_field_is_an_option_with_a_meaning():
    names = [f.name for f in fields(Config) if f.name != "root"]
    assert list(options()) == names
    assert all(spec.meaning for spec in options().values())


def test_the_readme_table_is_made_from_the_declarations():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = re.search(r"<!-- options: begin -->\n(.*?)\n<!-- options: end -->", readme, re.S)
    assert shown and shown.group(1) == options_table(), "paste options_table() into README.md"


def test_no_site_toml_gives_the_declared_defaults(tmp_path):
    config, warnings = load_config(tmp_path)
    assert warnings == []
    for spec in options().values():
        value = getattr(config, spec.name)
        assert value == ((tmp_path / spec.default).resolve() if isinstance(spec.default, Path) else spec.default)


def test_values_are_checked_and_normalised(tmp_path):
    config, _ = load(tmp_path, 'base_url = "https://example.org/repo"\nper_page = 7\noutput_dir = "public"\n')
    assert config.base_url == "https://example.org/repo/" and config.base_path == "/repo/"
    assert config.per_page == 7 and config.output_dir == (tmp_path / "public").resolve()


@pytest.mark.parametrize("text, said", [
    ('title = "x"\nper_page = "ten"\n', "site.toml:2: 'per_page' should be a whole number"),
    ('feed_size = 0\n', "site.toml:1: 'feed_size' must be at least 1"),
    ('per_page = true\n', "site.toml:1: 'per_page' should be a whole number"),
    ('base_url = "example.org"\n', "site.toml:1: base_url 'example.org' is not an absolute http(s) URL"),
    ('base_url = "https://x.org/my repo/"\n', "site.toml:1: base_url 'https://x.org/my repo/' holds a space"),
    ('host = "gitlab"\n', "site.toml:1: unknown host 'gitlab'"),
    ('timezone = "Mars/Olympus"\n', "site.toml:1: timezone 'Mars/Olympus' is not an IANA time zone"),
    ('title = "a\\u0007b"\n', "site.toml:1: 'title' holds"),
    ('[papers]\n"甲报" = "jb"\n"乙报" = "jb"\n"丙报" = "Bad"\n',
     "site.toml:3: papers 甲报 and 乙报 share the code 'jb'"),
])
def test_bad_values_name_line_and_fix(tmp_path, text, said):
    found = problems(tmp_path, text)
    assert any(line.startswith(said) for line in found), found
    assert all(" — " in line for line in found), found  # every problem carries its fix


def test_every_problem_is_reported_at_once(tmp_path):
    found = problems(tmp_path, 'per_page = 0\nhost = "x"\n[papers]\n"甲报" = "Bad"\n"乙报" = "1x"\n')
    assert len(found) == 4, found


def test_unknown_keys_warn_and_strict_refuses(tmp_path):
    config, warnings = load(tmp_path, 'titel = "x"\n')
    assert [str(w) for w in warnings] == ["site.toml:1: unknown setting 'titel' — did you mean 'title'?"]
    with pytest.raises(UnionnewsError):
        load(tmp_path, 'titel = "x"\n', strict=True)
