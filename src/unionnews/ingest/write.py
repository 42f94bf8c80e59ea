"""Serialise records and write them safely: idempotent, never over a person's edits.

Why a state file: to tell "the importer wrote this" from "a person edited
this" we need to remember what we wrote.  ``content/.import-state.json`` maps
each written path (relative to content/) to the SHA-256 of the bytes the
importer last wrote there.  On re-import:

* same bytes as on disk → *unchanged* (nothing is touched);
* file on disk still matches the recorded hash → *updated* in place;
* file on disk differs from the recorded hash (or exists with no record) →
  a person edited it: it is *kept*, and the new version is written beside it
  as ``<name>.md.new`` (not ``.md``, so the site never loads it), and the
  report says so.

Front matter is YAML from ``yaml.safe_dump`` with a fixed key order, flow style
for short lists and maps, ``allow_unicode`` and a wide line, so the same
record always gives the same bytes and strings like ``1+1>2`` or ``a: b``
are quoted as YAML needs.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from unionnews.errors import Problem, UnionnewsError
from unionnews.ingest.assemble import Record

STATE = ".import-state.json"
NEW_SUFFIX = ".new"


_BREAK = "\n\x85\u2028\u2029"  # what PyYAML's emitter reads as a line break in a scalar
_WS = r"[\x00 \t\r\n\x85\u2028\u2029]"  # ... and as whitespace beside an indicator
_FLOW_INNER = re.compile(r"[,?\[\]{}:]")  # indicators a flow plain scalar cannot hold past its first character
_BLOCK_INNER = re.compile(rf":(?:{_WS}|\Z)")  # ... nor a block plain one (": ", or ":" at the end)
_COMMENT = re.compile(rf"{_WS}#")  # " #": a comment begins (past the first character)
_LINE_BREAK = re.compile(f"[{_BREAK}]")
_BREAK_SPACE, _SPACE_BREAK = re.compile(f"[{_BREAK}] "), re.compile(f" [{_BREAK}]")
# not printable for YAML with allow_unicode (a double-quoted scalar escapes it); PyYAML's bound for the astral
# planes is U+10FFFE
_SPECIAL = re.compile("[^\n\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010fffe]|\ufeff")


class _Dumper(yaml.SafeDumper):
    """Block style at the top, flow style for short lists and maps (reporters: [白莹]).

    A scalar is analysed and written with the text searched as a whole (C regexes, ``str.replace``) where
    PyYAML's emitter steps through it a character at a time in Python: the same analysis and the same bytes
    (the tests hold both emitters to it), with each long review note searched once, not walked character by
    character.  Only with ``allow_unicode`` and a text stream; a scalar with a line break, or long enough
    to reach the line's width, is written by PyYAML's own code."""

    def analyze_scalar(self, scalar: str) -> yaml.emitter.ScalarAnalysis:
        if not scalar or not self.allow_unicode:
            return super().analyze_scalar(scalar)
        first, rest = scalar[0], scalar[1:]
        followed = len(scalar) == 1 or scalar[1] in "\0 \t\r\n\x85\u2028\u2029"
        block = flow = scalar.startswith(("---", "..."))
        if first in "#,[]{}&*!|>'\"%@`" or first == "-" and followed:
            block = flow = True
        elif first in "?:":
            flow, block = True, block or followed
        comment = _COMMENT.search(scalar) is not None
        flow = flow or comment or _FLOW_INNER.search(rest) is not None
        block = block or comment or _BLOCK_INNER.search(rest) is not None
        breaks = _LINE_BREAK.search(scalar) is not None
        special = _SPECIAL.search(scalar) is not None
        break_space = _BREAK_SPACE.search(scalar) is not None
        space_break = _SPACE_BREAK.search(scalar) is not None
        plain = not (first == " " or scalar[-1] == " " or breaks or special)  # (a break at all, beside a space too)
        return yaml.emitter.ScalarAnalysis(
            scalar=scalar, empty=False, multiline=breaks, allow_flow_plain=plain and not flow,
            allow_block_plain=plain and not block, allow_single_quoted=not (break_space or space_break or special),
            allow_double_quoted=True, allow_block=not (scalar[-1] == " " or space_break or special))

    def _fits(self, text: str) -> bool:
        """Is ``text`` written on the line as it stands: no line break, and the line's width not reached, where
        PyYAML's writers would break the line at a space?"""
        return self.encoding is None and self.column + len(text) <= self.best_width and not _LINE_BREAK.search(text)

    def write_plain(self, text: str, split: bool = True) -> None:
        if not text or not self._fits(text + " "):
            return super().write_plain(text, split)
        if self.root_context:
            self.open_ended = True
        data = text if self.whitespace else " " + text
        self.whitespace = self.indention = False
        self.column += len(data)
        self.stream.write(data)

    def write_single_quoted(self, text: str, split: bool = True) -> None:
        body = text.replace("'", "''")
        if not self._fits(" '" + body):
            return super().write_single_quoted(text, split)
        self.write_indicator("'", True)
        self.column += len(body)
        self.stream.write(body)
        self.write_indicator("'", False)


class _FlowList(list):
    pass


class _FlowMap(dict):
    pass


_Dumper.add_representer(_FlowList, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))
_Dumper.add_representer(_FlowMap, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v, flow_style=True))


def _flow(value: object) -> object:
    if isinstance(value, list):
        return _FlowList(value)
    if isinstance(value, dict):
        return _FlowMap(value)
    return value


@dataclass(frozen=True)
class _Content:
    """What a record's bytes depend on, as a cache key: its front matter written out by repr
    (types included: 1 and "1" differ) and its body."""

    key: tuple[str, str]
    record: Record = field(compare=False, hash=False)


def render(record: Record) -> bytes:
    """The exact bytes of one article file: --- YAML --- body, UTF-8, LF.

    A page's articles are rendered to be checked, then again to be written; the second
    time is a cache hit unless something (a kept id) changed the record in between.
    """
    return _render(_Content((repr(record.front), record.body), record))


@lru_cache(maxsize=16384)
def _render(content: _Content) -> bytes:
    record = content.record
    tail_keys = ("review", "provenance")  # long values: one per line reads better
    head = {k: v for k, v in record.front.items() if k not in tail_keys}
    tail = {k: v for k, v in record.front.items() if k in tail_keys}
    head = {k: _flow(v) for k, v in head.items()}
    front = yaml.dump(head, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000,
                      default_flow_style=False)
    if tail:
        front += yaml.dump(tail, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000,
                           default_flow_style=False)
    return f"---\n{front}---\n{record.body}".encode("utf-8")


@dataclass
class WriteResult:
    """What happened to each path."""

    written: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept: list[tuple[str, str]] = field(default_factory=list)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def load_state(content_dir: Path) -> dict[str, str]:
    path = content_dir / STATE
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UnionnewsError(Problem(path.as_posix(), None, f"import state is unreadable: {exc}",
                                     "delete it to treat every existing article as edited by hand")) from None
    files = data.get("files") if isinstance(data, dict) else None
    return dict(files) if isinstance(files, dict) else {}


def save_state(content_dir: Path, state: dict[str, str]) -> None:
    text = json.dumps({"comment": "sha256 of each file as the importer last wrote it; "
                                  "a file that differs was edited by a person and is never overwritten",
                       "files": dict(sorted(state.items()))}, ensure_ascii=False, indent=1) + "\n"
    path = content_dir / STATE
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8", newline="\n")


def write_records(records: list[Record], content_dir: Path) -> WriteResult:
    """Write every record under ``content_dir`` following the rules in the module docstring."""
    state = load_state(content_dir)
    result = WriteResult()
    for record in records:
        data = render(record)
        path = content_dir / record.rel
        rel = record.rel
        if path.exists():
            current = path.read_bytes()
            if current == data:
                state[rel] = _sha(data)
                result.unchanged.append(rel)
                continue
            if state.get(rel) != _sha(current):
                beside = path.with_name(path.name + NEW_SUFFIX)
                if not beside.exists() or beside.read_bytes() != data:
                    beside.write_bytes(data)
                result.kept.append((rel, rel + NEW_SUFFIX))
                continue
            result.updated.append(rel)
        else:
            result.written.append(rel)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        state[rel] = _sha(data)
    content_dir.mkdir(parents=True, exist_ok=True)
    save_state(content_dir, state)
    return result
