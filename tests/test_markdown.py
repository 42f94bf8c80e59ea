"""The fast path for plain bodies (markdown._plain_html) gives the HTML Python-Markdown gives.

Issue 5 allows a faster converter only where the output stays identical for
what the articles use; Python-Markdown remains the reference for everything else.
"""
from __future__ import annotations

import subprocess
import sys

import frontmatter
from hypothesis import given, settings, strategies as st
from markdown_it import MarkdownIt

from conftest import MAKE_CORPUS, ROOT
from unionnews import markdown as M


def reference(body: str) -> str:
    M._converter.reset()
    return M._CAPTION.sub(r'<p class="caption">\1</p>', M.sanitize(M._converter.convert(body)))


def test_shipped_and_corpus_bodies_render_identically(tmp_path):
    subprocess.run([sys.executable, str(MAKE_CORPUS), str(tmp_path), "-n", "400"], check=True, capture_output=True)
    files = sorted((ROOT / "content").rglob("*.md")) + sorted((tmp_path / "content").rglob("*.md"))
    bodies = [frontmatter.load(f).content.strip("\n") for f in files]
    plain = [b for b in bodies if M.is_plain(b)]
    assert len(plain) > len(bodies) * 0.7, "the fast path should serve most articles"
    for body in bodies:
        assert M.render_body(body) == reference(body)


SENTENCES = ["工会组织开展技能大赛，职工踊跃参加。", "本报记者 白莹", "2025年9月25日，", "“五小”成果路演",
             "图：劳模工匠在车间交流", "（上接第1版）", "A股 5G 100%", "职工之家", "  ", "“工会+”模式", "劳动者@城市", "\u3000\u3000全文", "\u00a0 ",
             "他山之石 <<玉溪", "x<中"]
paragraph = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4).map("".join)
block = st.one_of(paragraph, paragraph.map(lambda p: "## " + p.strip() if p.strip() else p),
                  st.lists(paragraph, min_size=2, max_size=3).map("\n".join))


@settings(max_examples=300, deadline=None)
@given(st.lists(block, min_size=1, max_size=6).map("\n\n".join))
def test_any_plain_body_renders_identically(body):
    body = body.strip("\n")
    if body.strip() and M.is_plain(body):
        assert M.render_body(body) == reference(body)


@given(st.text(alphabet="工会*_[]()!<>#-+1.\\` \n=&~|图：", max_size=60))
@settings(max_examples=300, deadline=None)
def test_markup_bodies_that_pass_as_plain_render_identically(body):
    if not M.is_plain(body):
        return
    assert M.render_body(body) == reference(body)


COMMONMARK = MarkdownIt("commonmark", {"html": False})


def through_nh3(body: str) -> str:
    """A second reference for plain bodies: markdown-it-py (CommonMark), then nh3."""
    return M._CAPTION.sub(r'<p class="caption">\1</p>', M.sanitize(COMMONMARK.render(body).rstrip("\n")))


@given(st.text(max_size=80))
@settings(max_examples=1000, deadline=None)
def test_plain_bodies_need_no_sanitiser(body):
    """Any text at all that counts as plain renders as nh3 would leave it: skipping nh3 changes nothing."""
    if M.is_plain(body):
        assert M.render_body(body) == through_nh3(body)


def test_a_lt_that_opens_nothing_is_plain():
    """`<` before another `<` or a CJK character (OCR's stand-in for 《) opens no tag: the fast path takes it."""
    for body in ("他山之石 <<玉溪红塔区总工会", "甲<乙\n\n## 小标题 <<丙"):
        assert M.is_plain(body)
        assert M.render_body(body) == reference(body) == through_nh3(body)
    for body in ("甲 <b>乙", "<<玉溪", "甲 < 乙", "甲 <!-- 乙"):  # a tag, a line's start, before ASCII: the parser
        assert not M.is_plain(body)


PIECES = SENTENCES + ["\n", "<", "<<", "<中", "\n\n", "## ", "### ", "#### ", "##### ", "## \u3000", "\u3000", "\u00a0", "\u2028", "\u0085",
                      "\u200b", "!:@$%^(){};,.?/'\"", "+", "-", "1.", "a", " ", "\t", "#", "\U0001F600"]


@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=12).map("".join))
@settings(max_examples=3000, deadline=None)
def test_plain_loop_renders_as_markdown_it_and_nh3(body):
    """markdown._plain_html (a loop) against the parser it stands in for, on bodies built to hit its edges."""
    if M.is_plain(body):
        assert M.render_body(body) == through_nh3(body)


@given(st.lists(st.sampled_from(SENTENCES + ['"引号"', "'单引号'", "\u00a0", "\u3000", "\u200b", "\ufeff",
                                             "\U0001F600", "\u2028", "\u0085", "\r", "\x0c", "\x00"]),
                min_size=1, max_size=8).map("".join))
@settings(max_examples=500, deadline=None)
def test_plain_bodies_with_odd_characters_need_no_sanitiser(body):
    if M.is_plain(body):
        assert M.render_body(body) == through_nh3(body)


def plain_text_reference(body: str) -> str:
    """plain_text as six passes, before it learnt to skip the four that find nothing in most bodies."""
    import re
    text = re.sub(r"^#{1,6}\s*", "", body, flags=re.MULTILINE)
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\([^)]*\)", lambda m: m.group(1) or m.group(2) or "", text)
    text = re.sub(r"<(script|style)\b.*?</\1\s*>", "", text, flags=re.IGNORECASE | re.DOTALL)
    text = re.sub(r"<[^>]*>", "", text)
    text = re.sub(r"[*_`>]", "", text)
    return re.sub(r"\n\s*\n+", "\n", text).strip()


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(["工会", "职工", "#", "## ", "\n", "\n\n", " ", "[", "]", "(", ")", "!", "<", ">",
                                 "<script>", "</script>", "<b>", "*", "_", "`", "a", "x](y)", "![", "\t"]),
                max_size=40).map("".join))
def test_plain_text_equals_the_six_pass_reference(body):
    assert M.plain_text(body) == plain_text_reference(body)


def test_pages_leave_out_only_the_paragraph_end_tags_html_makes_optional_and_breaks_before_blocks():
    body = "第一段。\n\n## 小标题\n\n第二段。\n\n图：照片说明\n\n- 一\n- 二\n\n末段。"
    html = M.page_html(body)
    assert html == ('<p>第一段。<h2>小标题</h2><p>第二段。<p class="caption">图：照片说明</p>\n'
                    '<ul>\n<li>一</li>\n<li>二</li>\n</ul><p>末段。')
    assert M.page_html("一段。\n\n二段。") == "<p>一段。<p>二段。"
    # inside <pre> a line that looks like a tag is text (escaped), so its line breaks stay
    assert "<pre><code>代码\n&lt;p&gt;二\n</code></pre><p>后文。" in M.page_html("前文。\n\n    代码\n    <p>二\n\n后文。")
    # before anything but a paragraph or a heading (a list here) the end tag stays: the same text either way
    assert html.replace("\n", "").count("<p") == M.render_body(body).count("<p")
