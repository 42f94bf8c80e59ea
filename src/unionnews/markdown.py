"""Article bodies: Markdown → HTML that is safe to publish.

Markdown lets an author write raw HTML, so every body goes through nh3 (the
Rust `ammonia` sanitiser) with a small allow-list: nothing an article says can
run a script, load a remote resource or break out of the article container.
Words are never dropped on the way: a Markdown image becomes its alt text
(photo captions live there, ARTICLE_FORMAT.md) and headings outside the
allowed h2–h4 are moved into that range rather than stripped.
"""
from __future__ import annotations

import re

import xml.etree.ElementTree as etree

import markdown as md
import nh3
from markdown.treeprocessors import Treeprocessor

ALLOWED_TAGS = {"p", "br", "h2", "h3", "h4", "blockquote", "ul", "ol", "li", "em", "strong", "b", "i",
                "a", "figure", "figcaption", "table", "thead", "tbody", "tr", "th", "td", "hr", "sup", "sub",
                "span", "code", "pre"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"colspan", "rowspan"}, "td": {"colspan", "rowspan"}}
# Only relative links and plain web links survive; javascript:, data: and the like are dropped by nh3.
URL_SCHEMES = {"http", "https", "mailto"}
HEADING_MAP = {"h1": "h2", "h5": "h4", "h6": "h4"}


class _KeepWords(Treeprocessor):
    """Images → their alt text (no remote request, caption kept); h1/h5/h6 → h2/h4 (the page owns its h1)."""

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            element.tag = HEADING_MAP.get(element.tag, element.tag)
        for parent in list(root.iter()):
            for index, child in reversed(list(enumerate(parent))):
                if child.tag != "img":
                    continue
                text = (child.get("alt") or "") + (child.tail or "")
                if index:
                    previous = parent[index - 1]
                    previous.tail = (previous.tail or "") + text
                else:
                    parent.text = (parent.text or "") + text
                parent.remove(child)


class _KeepWordsExtension(md.Extension):
    def extendMarkdown(self, markdown: md.Markdown) -> None:
        markdown.treeprocessors.register(_KeepWords(markdown), "keep_words", 0)


_converter = md.Markdown(extensions=["sane_lists", _KeepWordsExtension()], output_format="html")
_CAPTION = re.compile(r"^<p>(图：.*?)</p>$", re.MULTILINE | re.DOTALL)
# A paragraph's end tag where HTML makes it optional and says the same (before another paragraph or
# a heading, or at the end of the body): every article page has several, a hundred thousand times over.
_OPTIONAL_P_END = re.compile(r"</p>(?=\n<(?:p|h[1-6])[ >]|\n?\Z)")
# The line break before a paragraph or a heading: after an open paragraph's text it is trailing white space,
# after a block's end tag white space between blocks; a browser shows neither (a <pre>'s lines never start
# with a tag: its text is escaped).
_BREAK_BEFORE_BLOCK = re.compile(r"\n(?=<(?:p|h[1-6])[ >])")


def sanitize(html: str) -> str:
    return nh3.clean(html, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, url_schemes=URL_SCHEMES,
                     link_rel="noopener nofollow", strip_comments=True)


# Bodies made only of plain paragraphs and `## ` subheads (what the importer writes, nearly every article)
# take _plain_html, a plain loop with no parser state that gives, on that subset, the HTML
# Python-Markdown and nh3 give (tests/test_markdown.py checks it against both Python-Markdown and
# markdown-it-py).  Anything else, any character with a Markdown meaning, takes Python-Markdown, the
# reference.  Control characters (which the HTML parser inside nh3 drops or rewrites) are not plain
# either: a plain body's HTML holds only <p>, <h2>-<h4> and text with nothing to escape but `<`.
# A `<` inside a line followed by another `<` or by a character outside ASCII (`他山之石 <<玉溪`, OCR's
# stand-in for 《) can open no tag, comment or autolink in either parser: both print it as &lt;.
_MARKUP = re.compile(r"[*_`\[\]>\\|~&#=\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]"
                     r"|<(?![<\x80-\U0010ffff])|^<|^[-+>]|^\d+[.)]|^[ \t]|[ \t]$", re.MULTILINE)
_SUBHEAD = re.compile(r"^#{2,4} (?=\S)", re.MULTILINE)


def is_plain(body: str) -> bool:
    """Paragraphs of text and `## ` subheads only: the subset where both converters agree."""
    return _MARKUP.search(_SUBHEAD.sub("", body)) is None


def _plain_html(body: str) -> str:
    """A plain body's HTML, as a CommonMark parser and then nh3 make it (tests/test_markdown.py compares them).

    In a plain body every line is a subhead, part of a paragraph, or empty (ends a paragraph),
    and no character needs escaping but the no-break space and `<`: this loop does in a tenth of the
    time what the general parser does.
    """
    blocks: list[str] = []
    lines: list[str] = []  # the paragraph being read
    body = body.replace("<", "&lt;")  # never at a line's start here (is_plain), so no subhead is touched

    def end_paragraph() -> None:
        if lines:
            blocks.append("<p>" + "\n".join(lines).strip() + "</p>")
            lines.clear()

    for line in body.split("\n"):
        hashes = len(line) - len(line.lstrip("#")) if line.startswith("##") else 0
        if 2 <= hashes <= 4 and line[hashes:hashes + 1] == " ":  # a subhead interrupts a paragraph
            end_paragraph()
            blocks.append(f"<h{hashes}>{line[hashes + 1:].strip()}</h{hashes}>")
        elif line:
            lines.append(line)
        else:
            end_paragraph()
    end_paragraph()
    return "\n".join(blocks).replace("\xa0", "&nbsp;")


def render_body(body: str) -> str:
    """The article body as sanitised HTML; `## ` subheads become h2, 图： paragraphs become captions."""
    if is_plain(body):
        # Nothing for nh3 to remove (no tag, attribute or link can come out of a plain body), so its
        # pass (a sixth of rendering an article page) is skipped.
        html = _plain_html(body)
    else:
        _converter.reset()
        html = sanitize(_converter.convert(body))
    return _CAPTION.sub(r'<p class="caption">\1</p>', html)


def page_html(body: str) -> str:
    """render_body's HTML as pages print it: without the paragraph end tags HTML lets a page leave out, and
    without the line breaks before paragraphs and headings, which a browser does not show."""
    return _BREAK_BEFORE_BLOCK.sub("", _OPTIONAL_P_END.sub("", render_body(body)))


_HEADING_MARK = re.compile(r"^#{1,6}\s*", re.MULTILINE)
_MARKS = re.compile(r"[\[<*_`>]")  # what the four middle steps of plain_text remove or look for
_IMAGE_OR_LINK = re.compile(r"!\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\([^)]*\)")
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_EMPHASIS = re.compile(r"[*_`>]")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def plain_text(body: str) -> str:
    """The body's words without Markdown marks, for search, feeds and descriptions.

    Runs twice per article per build (search, description); nearly every body has none of
    the marks the middle steps look for, and one search for them replaces four passes.
    """
    text = _HEADING_MARK.sub("", body)
    if _MARKS.search(text):
        text = _IMAGE_OR_LINK.sub(lambda m: m.group(1) or m.group(2) or "", text)
        text = _SCRIPT.sub("", text)
        text = _TAG.sub("", text)
        text = _EMPHASIS.sub("", text)
    return _BLANK_LINES.sub("\n", text).strip()
