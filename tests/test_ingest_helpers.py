"""Helpers shared by the importer tests: running an import, reading its output,
and counting printed characters for the "nothing lost" guarantee."""
from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import yaml

from unionnews.ingest import run_import

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "raw"
PAPERS = {"工人日报": "grrb", "劳动午报": "ldwb"}
SEEDS = sorted(p.name for p in RAW.glob("*.txt"))

# half-width marks and their full-width forms count as the same printed character;
# opening and closing quotes too (the importer pairs straight quotes); a mark's vertical presentation form
# and the mark (the importer writes ︒ as 。: decode.unify), and so its small form
_CANON = str.maketrans({",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）",
                        '"': "“", "”": "“", "'": "‘", "’": "‘",
                        **{v: h for v, h in zip("︐︑︒︓︔︕︖︙︱︵︶︽︾", "，、。：；！？…—（）《》")},
                        # the marks' small form variants (﹐ for ，, ﹙ for （): one printed mark each
                        **{v: h for v, h in zip("﹐﹑﹒﹔﹕﹖﹗﹙﹚﹝﹞", "，、。；：？！（）〔〕")}})


def _count(text: str) -> Counter:
    return Counter(ch for ch in text.translate(_CANON) if not ch.isspace())


def printed_chars(lines: list[str]) -> Counter:
    """Printed characters of page text, without OCR markup (# levels, >> label <<) or whitespace."""
    total: Counter = Counter()
    for line in lines:
        text = re.sub(r"^#{1,6}\s+", "", line.strip())
        m = re.fullmatch(r">>\s*(.+?)\s*<<", text)
        total.update(_count(m.group(1) if m else text))  # not +=, which rereads the whole total each line
    return total


# yaml.safe_load's loader with libyaml's parser where PyYAML has it (as unionnews.content reads articles):
# the same objects, without parsing every file's front matter in pure Python
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_md(path: Path) -> tuple[dict, str]:
    """Front matter and body of one output file."""
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n"), path
    _, front, body = text.split("---\n", 2)
    return yaml.load(front, Loader=_LOADER), body


def output_chars(content: Path) -> Counter:
    """Printed characters in every output file: headline fields and body (titles of unplaced files are ours)."""
    total: Counter = Counter()
    for path in sorted(content.rglob("*.md")):
        front, body = read_md(path)
        if "_unplaced" not in path.parts:
            total.update(_count("".join(str(front.get(k) or "") for k in ("title", "kicker", "subtitle", "column"))))
        total.update(_count(re.sub(r"(?m)^## ", "", body)))
    return total


def import_seed(tmp: Path, *names: str, **flags):
    """Copy raw/ (pages + manifest) into tmp and import the named seeds (all when none)."""
    project = tmp / "project"
    if not (project / "raw").exists():
        shutil.copytree(RAW, project / "raw")
    paths = [project / "raw" / n for n in names] or [project / "raw"]
    report = run_import(paths, project / "content", project, PAPERS, **flags)
    return project, report


def import_pages(tmp: Path, pages: dict[str, str]) -> Path:
    """Copy raw/ into tmp with the pages ``pages`` (name → text) in place of the seeds', import them
    all, and give the content folder (for the seed pages re-laid out)."""
    project = tmp / "project"
    shutil.copytree(RAW, project / "raw")
    for name, text in pages.items():
        (project / "raw" / name).write_text(text, encoding="utf-8")
    run_import([project / "raw"], project / "content", project, PAPERS)
    return project / "content"


def import_page(tmp: Path, text: str, where: str) -> Path:
    """One made-up page written at ``raw/<where>`` (paper/date/page file) under tmp and imported alone;
    its content folder."""
    page = tmp / "raw" / where
    page.parent.mkdir(parents=True)
    page.write_text(text, encoding="utf-8")
    run_import([tmp / "raw"], tmp / "content", tmp, PAPERS)
    return tmp / "content"


def written_text(content: Path) -> str:
    """Every article file's headline fields and body, as written."""
    out = []
    for path in sorted(content.rglob("*.md")):
        front, body = read_md(path)
        out.append("".join(str(front.get(k) or "") for k in ("title", "kicker", "subtitle", "column")) + body)
    return "".join(out)


def articles(content: Path) -> list[tuple[Path, dict, str]]:
    """Article files (not unplaced) in id order."""
    out = []
    for path in sorted(content.rglob("*.md")):
        if "_unplaced" in path.parts:
            continue
        front, body = read_md(path)
        out.append((path, front, body))
    return sorted(out, key=lambda t: t[1]["id"])
