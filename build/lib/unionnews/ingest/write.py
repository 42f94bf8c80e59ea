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
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from unionnews.errors import Problem, UnionnewsError
from unionnews.ingest.assemble import Record

STATE = ".import-state.json"
NEW_SUFFIX = ".new"


class _Dumper(yaml.SafeDumper):
    """Block style at the top, flow style for short lists and maps (reporters: [白莹])."""


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
