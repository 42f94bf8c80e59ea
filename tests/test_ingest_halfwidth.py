"""Rules that look for punctuation read the half-width forms as well as the full-width ones.

OCR engines print ，；：？！（）“” as , ; : ? ! ( ) " about as often as not (tests/variants.py's
``halfwidth`` layouts), and the same page must give the same articles either way.  Each test
runs one rule on made-up text in both forms and asks for the same answer.
"""
from __future__ import annotations

import pytest

from unionnews.ingest.continuity import first_role
from unionnews.ingest.segment import make_units, segment
from unionnews.ingest.strays import _STATEMENT


@pytest.mark.parametrize("text", ["小组商定，“先易后难", '小组商定,"先易后难',
                                  "主题是：“向新而行", '主题是:"向新而行', "分三步；“一看二问", '分三步;"一看二问'])
def test_a_quote_after_a_clause_mark_opens_in_either_form(text):
    i = next(k for k, ch in enumerate(text) if ch in "“\"")
    assert first_role(text, i) == "open"


def _paragraphs(lines: list[str]) -> list[str]:
    drafts, _ = segment(make_units(lines, None))
    return [p.kind for d in drafts for p in d.paras]


@pytest.mark.parametrize("opener", ["同时，", "同时,", "目前，", "目前,"])
def test_an_opener_with_a_half_width_comma_begins_a_paragraph(opener):
    # the lead stops mid-sentence (a lost full stop): the next line joins it, unless it plainly opens
    # a sentence of its own
    lines = ["## 河湾镇举办秋季果蔬展销会", "", "本报讯（记者任远）近日，河湾镇在集市广场办起果蔬展销会，二十余家合作社参展",
             "", f"{opener}镇工会为参展农户送去遮阳棚和饮用水。", ""]
    assert _paragraphs(lines) == ["lead", "text"]


@pytest.mark.parametrize("full, half, statement", [
    ("“今年的收成比去年好得多。”他高兴地说。", '"今年的收成比去年好得多。"他高兴地说。', True),
    # a comma after the quote: the speaker tag is a clause of its own, not the statement's
    ("“今年的收成比去年好得多”，种植户老周在地头说。", '"今年的收成比去年好得多",种植户老周在地头说。', False),
])
def test_a_quoted_statement_and_its_speaker_in_either_form(full, half, statement):
    assert bool(_STATEMENT.match(full)) is statement
    assert bool(_STATEMENT.match(half)) is statement
