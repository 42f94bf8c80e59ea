"""text.py: the character rules at the door (XML-forbidden controls, invisible characters, name identity)."""
from __future__ import annotations

import random
import unicodedata
import xml.etree.ElementTree as ET

from unionnews.text import FORBIDDEN, LINE_BREAKING, describe, fold_name, forbidden, strip_controls, visible


def xml_accepts(text: str) -> bool:
    try:
        ET.fromstring(f"<a>{text.replace('&', '&amp;').replace('<', '&lt;')}</a>".encode("utf-8", "surrogatepass"))
    except (ET.ParseError, UnicodeEncodeError):
        return False
    return True


def test_forbidden_is_exactly_what_xml_refuses():
    for code in [*range(0x00, 0x80), 0x85, 0xA0, 0x2028, 0xD7FF, 0xE000, 0xFFFD, 0xFFFE, 0xFFFF, 0x10000]:
        ch = chr(code)
        assert bool(FORBIDDEN.fullmatch(ch)) == (not xml_accepts(ch)), f"U+{code:04X}"


def test_forbidden_gives_line_and_column():
    text = "第一行\n第二\x0c行\n\n\x00末行\x1b"
    assert forbidden(text) == [(2, 3, "\x0c"), (4, 1, "\x00"), (4, 4, "\x1b")]
    assert forbidden(text, first_line=10)[0] == (11, 3, "\x0c"), "counted from the front matter's end"
    assert forbidden("干净的文字\t和制表符\r\n") == []


def test_strip_controls_keeps_every_printed_character():
    rng = random.Random(17)
    controls = sorted({chr(c) for c in range(0x20) if FORBIDDEN.match(chr(c))} | LINE_BREAKING)
    printed = "工会报刊数字档案，Workers' Daily 2025。"
    for _ in range(300):
        line = list(printed)
        for _ in range(rng.randrange(1, 6)):
            line.insert(rng.randrange(len(line) + 1), rng.choice(controls))
        line = "".join(line)
        clean, removed = strip_controls(line)
        assert not FORBIDDEN.search(clean) and not any(ch in LINE_BREAKING for ch in clean)
        assert clean.replace(" ", "") == printed.replace(" ", ""), "nothing printed lost, nothing added"
        assert sorted(removed) == sorted(ch for ch in line if ch in controls), "each removal noted"
    assert strip_controls(printed) == (printed, [])
    assert strip_controls("a\u2028b") == ("a b", ["\u2028"]), "a line break inside a line becomes a space"
    assert strip_controls("\x0bab\x0c") == ("ab", ["\x0b", "\x0c"]), "…but not at its ends"


def test_fold_name_makes_one_identity_of_spellings_that_look_the_same():
    same = [("Jos\u00e9", "Jose\u0301"), ("李娜", "李\u200b娜"), ("李娜", "\ufeff李娜 "), ("ＡＩ", "AI"),
            ("\uf9b4", unicodedata.normalize("NFKC", "\uf9b4")), ("王五", "王\u2060五"), ("张三", "张\u202e三")]
    for a, b in same:
        assert fold_name(a) == fold_name(b), (a, b)
    for a, b in [("何信", "何心"), ("李娜", "李 娜"), ("AI", "ai")]:
        assert fold_name(a) != fold_name(b), "different names stay different"
    assert fold_name(fold_name("Jose\u0301 ")) == fold_name("Jose\u0301 "), "idempotent"


def test_visible_sees_only_what_prints():
    for blank in ["", " ", "\u3000", "\u200b\u200d", "\ufeff", "\t\n", "\x00", "\u00ad"]:
        assert not visible(blank), repr(blank)
    for shown in ["a", "工", " 。", "\u200b李", "1"]:
        assert visible(shown), repr(shown)


def test_describe_names_the_character_for_a_message():
    assert describe("\x0c") == "U+000C FF (form feed)"
    assert describe("\x00") == "U+0000 NUL"
    assert describe("\u200b") == "U+200B ZERO WIDTH SPACE"
    assert describe("\x1f").startswith("U+001F ")
