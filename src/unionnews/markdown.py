"""Article bodies: Markdown → HTML that is safe to publish.

Markdown lets an author write raw HTML, so every body goes through nh3 (the
Rust `ammonia` sanitiser) with a small allow-list: nothing an article says can
run a script, load a remote resource or break out of the article container.
"""
from __future__ import annotations

import re

import markdown as md
import nh3

ALLOWED_TAGS = {"p", "br", "h2", "h3", "h4", "blockquote", "ul", "ol", "li", "em", "strong", "b", "i",
                "a", "figure", "figcaption", "table", "thead", "tbody", "tr", "th", "td", "hr", "sup", "sub",
                "span", "code", "pre"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"colspan", "rowspan"}, "td": {"colspan", "rowspan"}}
# Only relative links and plain web links survive; javascript:, data: and the like are dropped by nh3.
URL_SCHEMES = {"http", "https", "mailto"}
_converter = md.Markdown(extensions=["sane_lists"], output_format="html")
_CAPTION = re.compile(r"^<p>(图：.*?)</p>$", re.MULTILINE | re.DOTALL)


def sanitize(html: str) -> str:
    return nh3.clean(html, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, url_schemes=URL_SCHEMES,
                     link_rel="noopener nofollow", strip_comments=True)


def render_body(body: str) -> str:
    """The article body as sanitised HTML; `## ` subheads become h2, 图： paragraphs become captions."""
    _converter.reset()
    html = _converter.convert(body)
    html = sanitize(html)
    return _CAPTION.sub(r'<p class="caption">\1</p>', html)


def plain_text(body: str) -> str:
    """The body's words without Markdown marks, for search, feeds and descriptions."""
    text = re.sub(r"^#{1,6}\s*", "", body, flags=re.MULTILINE)
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\([^)]*\)", lambda m: m.group(1) or m.group(2) or "", text)
    text = re.sub(r"<[^>]*>", "", text)
    text = re.sub(r"[*_`>]", "", text)
    return re.sub(r"\n\s*\n+", "\n", text).strip()
