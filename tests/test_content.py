"""Bad content gives every problem at once, as file:line: what — fix, and leaves site/ as it was."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, build_project, make_project
from unionnews import cli
from unionnews.content import _Loader, _NotPlain, split_front_matter

FIXTURE = ROOT / "tests" / "fixtures" / "site" / "content"
GOOD = FIXTURE / "2025/09/24/grrb-20250924-01-02.md"


def tree_digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def project(tmp_path) -> Path:
    project = make_project(tmp_path, FIXTURE)
    build_project(project)
    return project


def put(project: Path, rel: str, text: str) -> None:
    path = project / "content" / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def run_build(project: Path, capsys) -> tuple[int, str]:
    code = cli.main(["--root", str(project), "build", "--no-progress"])
    return code, capsys.readouterr().err


def test_four_kinds_of_bad_content_reported_together_and_site_untouched(project, capsys):
    before = tree_digest(project / "site")
    put(project, "2025/09/24/grrb-20250924-02-01.md",
        "---\nid: grrb-20250924-02-01\ndate: 2025-09-24\npaper: 工人日报\n---\n正文。\n")  # no title
    put(project, "2025/09/24/grrb-20250924-02-02.md",
        "---\nid: grrb-20250924-02-02\ntitle: 标题\ndate: 2025-9-24\npaper: 工人日报\n---\n正文。\n")  # bad date
    put(project, "2025/09/24/grrb-20250924-02-03.md",
        "---\nid: grrb-20250924-02-03\ntitle: [未闭合\ndate: 2025-09-24\npaper: 工人日报\n---\n正文。\n")  # bad YAML
    dup = GOOD.read_text(encoding="utf-8")
    put(project, "2025/09/24/grrb-20250924-01-09.md", dup.replace("title: 首创", "title: 重复的首创"))
    code, err = run_build(project, capsys)
    assert code == 1
    assert "content/2025/09/24/grrb-20250924-02-01.md:2: title is missing — add it as a line of text" in err
    assert 'content/2025/09/24/grrb-20250924-02-02.md:4: date "2025-9-24" is not YYYY-MM-DD — write 2025-09-24' in err
    assert "content/2025/09/24/grrb-20250924-02-03.md:3: front matter is not valid YAML" in err
    assert ("content/2025/09/24/grrb-20250924-01-09.md:2: id 'grrb-20250924-01-02' is already used by "
            "content/2025/09/24/grrb-20250924-01-02.md") in err
    assert "Traceback" not in err
    assert "site/ was left as it was" in err
    assert tree_digest(project / "site") == before


@pytest.mark.parametrize("front, expected", [
    ("kind: story", "kind 'story' is not one of news, feature, brief, photo, continuation, notice, commentary — write kind: "),
    ("reporters: [本报记者白莹]", "reporters name '本报记者白莹' includes the title '本报记者' — write just '白莹'"),
    ("reporters: [白莹 马超]", "reporters name '白莹 马超' contains a space — list each person separately: [白莹, 马超]"),
    ("paper: 工人日保", "paper '工人日保' is not listed in site.toml [papers] — did you mean 工人日报?"),
    ("page: 三", "page '三' is not a page number — write page: 3"),
    ("id: ../../etc/x", "id '../../etc/x' may only use a-z, 0-9 and single hyphens"),
    ("date: 2025-02-30", 'date "2025-02-30" does not exist'),
    ("date: 2999-01-01", "date 2999-01-01 is in the future"),
])
def test_each_key_has_a_validator_with_a_fix(project, capsys, front, expected):
    key = front.split(":")[0]
    lines = [line for line in GOOD.read_text(encoding="utf-8").split("\n") if not line.startswith(f"{key}:")]
    lines.insert(2, front)
    put(project, "2025/09/24/grrb-20250924-01-02.md", "\n".join(lines))
    code, err = run_build(project, capsys)
    assert code == 1
    assert f"grrb-20250924-01-02.md:3: {expected}" in err


def test_unknown_key_is_a_warning_with_suggestion(project, capsys):
    text = GOOD.read_text(encoding="utf-8").replace("kind: news", "kind: news\nreportrs: [马超]")
    put(project, "2025/09/24/grrb-20250924-01-02.md", text)
    code, err = run_build(project, capsys)
    assert code == 0
    assert "unknown key 'reportrs' — did you mean 'reporters'?" in err
    code = cli.main(["--root", str(project), "--strict", "build", "--no-progress"])
    assert code == 1


def test_file_in_wrong_folder_is_named_with_the_right_place(project, capsys):
    text = GOOD.read_text(encoding="utf-8")
    (project / "content/2025/09/24/grrb-20250924-01-02.md").unlink()
    put(project, "2025/09/25/grrb-20250924-01-02.md", text)
    code, err = run_build(project, capsys)
    assert code == 1
    assert "is not where its id and date say it belongs — move it to content/2025/09/24/grrb-20250924-01-02.md" in err


def test_template_error_names_template_and_line(project, capsys):
    templates = project / "templates"
    templates.mkdir()
    (templates / "issue.html").write_text('{% extends "base.html" %}\n{% block main %}\n{{ nonsense.field }}\n{% endblock %}\n')
    code, err = run_build(project, capsys)
    assert code == 1
    assert "templates/issue.html:3: template failed: 'nonsense' is undefined" in err


def test_config_errors_and_warnings(tmp_path, capsys):
    project = make_project(tmp_path, FIXTURE)
    (project / "site.toml").write_text('titel = "x"\nper_page = "fifty"\n', encoding="utf-8")
    code = cli.main(["--root", str(project), "check"])
    err = capsys.readouterr().err
    assert code == 1
    assert "site.toml:2: 'per_page' should be a whole number" in err
    assert "site.toml:1: unknown setting 'titel' — did you mean 'title'?" in err


# The fast constructor (content._Loader._plain) must give exactly what PyYAML's general one gives,
# and leave everything it does not handle to it: anchors, merge keys, repeated keys, explicit tags.
YAML_CASES = [
    "id: a\ntitle: 标题\npage: 3\ndate: 2025-09-24\nreporters: [甲, 乙]\ndateline: {place: 北京, date: 2025-09-23}\n",
    "a: yes\nb: ~\nc: 1.5\nd: 0x1F\ne: 2025-02-30\nf: 2025-09-24 10:00:00\ng: '3'\nh: .inf\ni: []\nj: {}\n",
    "base: &b {x: 1}\nother: *b\nlist: &l [1, 2]\nagain: *l\n",
    "base: &b {x: 1, y: 2}\nmerged:\n  <<: *b\n  y: 3\n",
    "title: a\ntitle: b\n",
    "1: a\n'1': b\ntrue: c\nyes: d\n",
    "s: !!set {a, b}\no: !!omap [{a: 1}, {b: 2}]\nbin: !!binary aGVsbG8=\nt: !!str 12\n",
    "nested:\n  - [1, [2, {k: v}]]\n  - {a: {b: {c: [d]}}}\n",
    "? [complex, key]\n: value\n",
    "just a string\n",
    "- a\n- b\n",
    "empty:\nblock: |\n  多行\n  文字\nfolded: >\n  一\n  二\n",
    "x: !!python/object:os.system {}\n",
    "dup: {a: 1, a: 2}\n",
]


def _general(text: str):
    loader = _Loader(text)
    try:
        return yaml.constructor.SafeConstructor.get_single_data(loader)
    finally:
        loader.dispose()


def _fast(text: str):
    loader = _Loader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def _takes_fast_path(text: str) -> bool:
    loader = _Loader(text)
    try:
        loader._plain(loader.get_single_node(), set())
        return True
    except _NotPlain:
        return False
    finally:
        loader.dispose()


def _outcome(load, text: str):
    try:
        value = load(text)
    except yaml.YAMLError as exc:
        return ("error", str(exc))
    return ("value", repr(value), _shape(value))


def _shape(value, seen=None):
    """Which containers are the same object (anchors share them): part of what must match."""
    seen = {} if seen is None else seen
    if isinstance(value, (list, dict)):
        if id(value) in seen:
            return ("alias", seen[id(value)])
        seen[id(value)] = len(seen)
        items = value.items() if isinstance(value, dict) else enumerate(value)
        return tuple((repr(k), _shape(v, seen)) for k, v in items)
    return type(value).__name__


@pytest.mark.parametrize("text", YAML_CASES)
def test_fast_front_matter_constructor_equals_pyyaml(text):
    assert _outcome(_fast, text) == _outcome(_general, text)


def test_fast_front_matter_constructor_equals_pyyaml_on_every_article():
    files = sorted((ROOT / "content").rglob("*.md")) + sorted(FIXTURE.rglob("*.md"))
    assert len(files) > 20
    plain = 0
    for path in files:
        parts = split_front_matter(path.read_text(encoding="utf-8"))
        if parts is not None:
            assert _outcome(_fast, parts[0]) == _outcome(_general, parts[0]), path
            plain += _takes_fast_path(parts[0])
    assert plain == len(files)  # real front matter never needs the general way


def test_unknown_key_in_quotes_or_chinese_is_named_with_its_line(project, capsys):
    put(project, "2025/09/24/grrb-20250924-01-02.md",
        GOOD.read_text(encoding="utf-8").replace("\ntitle:", "\n作者: 某人\n\"titel\": x\ntitle:", 1))
    code, err = run_build(project, capsys)
    assert code == 0
    assert "content/2025/09/24/grrb-20250924-01-02.md:3: unknown key '作者'" in err
    assert "content/2025/09/24/grrb-20250924-01-02.md:4: unknown key 'titel' — did you mean 'title'?" in err
