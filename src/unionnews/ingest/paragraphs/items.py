"""Item gaps on a page printed without blank lines.

A page printed without blank lines loses the wider gap that parts items; it is
put back before headline-shaped paragraphs that follow a finished one and read
as headlines (:func:`_item_gaps`), and the short ones left as subheads are
flagged in the article's ``review``.  On a page whose blank lines do part its
items, a stretch printed without them gets its items' gaps the same way
(:func:`_unspaced_items`).
"""
from __future__ import annotations

import re

from unionnews.ingest import byline as bl
from unionnews.ingest.continuity import BOUND, WORD_GAP
from unionnews.ingest.normalize import SUBHEAD_LENGTH
from unionnews.ingest.paragraphs.lines import (HEADLINE_BLOCK, Paragraph, _MARKUP, _closes, _content, _starts_item,
                                               _words, headline_shaped)


def _blanks_part_items(paras: list[Paragraph]) -> bool:
    """Do the page's blank lines part its items?  Most headline-shaped paragraphs after a finished
    one then follow a blank line; where they mostly do not, the blank lines are noise (strays the
    OCR scattered) and the items are found as on a page without any.

    Stray blank lines fall inside paragraphs as often as before headlines, so the share of headline
    paragraphs after a blank must stand clear of the share of a paragraph's own line breaks that hold
    one (the noise on this page): by half of all headlines, or a few headlines that met stray blanks
    by chance would make every stray blank before a subhead the edge of an item.  And on a page with
    stray blanks, by at least three headlines: one or two may all meet one by chance (at a stray blank in
    one line break in three, two headlines in nine), and read as item gaps, such blanks make no
    headline without one a doubt (:func:`_item_gaps`): a story runs on into the one above unflagged."""
    heads = [k for k in range(1, len(paras)) if headline_shaped(paras[k].text) and _closes(paras[k - 1].text)
             and not headline_shaped(paras[k - 1].text)]
    breaks = [b - a for p in paras for a, b in zip(p.lines, p.lines[1:])]
    noise = sum(1 for d in breaks if d > 1) / len(breaks) if breaks else 0.0
    if heads and noise and len(heads) < 3:
        return False
    return not heads or sum(1 for k in heads if paras[k].blanks) >= (0.5 + noise) * len(heads)


def _wide_paragraph_gaps(paras: list[Paragraph]) -> bool:
    """Do the page's paragraphs of text after a finished one stand after runs of two or more blank lines as
    often as one in four (two at least)?  A page whose blank runs part its items keeps the wider run for an
    item's edge and sets the next paragraph of a story one blank line down (a headline may have wider space
    under it, so the gap under a headline is not counted); where a story's paragraphs are parted as widely,
    run lengths are noise (1–4 blank lines by chance) and a single blank line over a headline says nothing:
    read as a paragraph's gap, a headline over text with no lead marker (近日，…) becomes a subhead and its
    story runs on into the one above.  Such a page's items are found as on a page without blank lines
    (:func:`_item_gaps`).  A heading the OCR marked (``# …``) is no paragraph of text, whatever its shape: the
    run over it is an item's edge (a converter's rule between items, ``---``, leaves a wider one), and counted,
    the page's item gaps read as noise and the next item's headline became a subhead of the story above."""
    text = [p for k, p in enumerate(paras[1:], 1) if not headline_shaped(p.text) and not _MARKUP.match(p.text)
            and not headline_shaped(paras[k - 1].text) and _closes(paras[k - 1].text)]
    wide = sum(1 for p in text if p.blanks >= 2)
    return wide >= 2 and 4 * wide >= len(text)


# what a sentence may quote or name with its own spaces (“会聚巾帼 匠心筑梦”, 《匠心逐梦 强国有我》, a lead's
# credit in brackets: 记者李国 黄仕强): no join space of the OCR's
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|《[^》]*》|（[^）]*）|\([^)]*\)|「[^」]*」")
_TEXT_LENGTH = 40  # a paragraph of running text at least, longer than any headline line


def _join_spaced(paras: list[Paragraph]) -> bool:
    """Does the page's running text hold spaces between Chinese characters, outside what it quotes or brackets
    (…10位优秀 职工代表…, 三 大发展困境), in one long paragraph in eight or more (two at least)?  An OCR
    engine's join spaces (or a converter's) fall anywhere in a line, headlines and subheads too, so there a space
    parting a short line is no evidence of two parallel phrases (优秀成果 集中亮相, a subhead); a page set clean
    prints none in its text."""
    text = [p for p in paras if len(p.text) >= _TEXT_LENGTH and not headline_shaped(p.text)]
    spaced = sum(1 for p in text if WORD_GAP.search(_QUOTED.sub("", _content(p.text))))
    return spaced >= 2 and 8 * spaced >= len(text)


def _photo_item(paras: list[Paragraph], k: int) -> bool:
    """Is paragraph k the headline of a photo item: a caption of at most three paragraphs closed
    by a photo credit, before the next headline-shaped line?"""
    for m in range(k + 1, min(k + 5, len(paras))):
        t = _content(paras[m].text)
        if bl.is_credit(t):
            return m > k + 1
        if headline_shaped(paras[m].text) or _starts_item(paras[m].text):
            return False
    return False


def _dated_lead_under(paras: list[Paragraph], k: int) -> bool:
    """Does the paragraph after k open as a lead on its date or 近日 (9月10日，…; 近日，…)?  A news item's
    first sentence: under a short headline-shaped line after a finished paragraph, that line is the
    item's headline (in the seed pages, every such line is one; no subhead is)."""
    return k + 1 < len(paras) and bool(bl.DATED_LEAD.match(_content(paras[k + 1].text)))


def _block_over_dated_lead(paras: list[Paragraph], k: int) -> bool:
    """Is paragraph k a headline block read as one paragraph (a headline filling its column line, then its
    subtitle: 乙城总工会启动“职工书屋进社区” | 力争年底前…职工书 | 屋; or the two printed on one line) over a lead
    on its date (:func:`_dated_lead_under`)?  A headline's shape but for its length (:data:`HEADLINE_BLOCK`).
    Without a 本报讯 marker under it nothing else parts it from the lead, and joined to the story above, the
    next item runs on in it."""
    return headline_shaped(paras[k].text, limit=HEADLINE_BLOCK) and _dated_lead_under(paras, k)


def _block(paras: list[Paragraph], k: int, pieces: bool) -> bool:
    """Does headline-shaped paragraph k head a block of headline lines: the next paragraph headline-shaped too?

    ``pieces``: the page is lines re-broken at any width and read a line a paragraph, where a subhead's
    first line of text (针对当前某单位民主管理工作, cut short by the wrap) is headline-shaped as often as a
    headline's second line: two such lines make a block only over a third or over an item's start (a lead,
    a byline, a lead on its date), which a subhead and the first piece of its text are not.  So too, on any page,
    two lines of a subhead's length in all (优秀成果 | 集中亮相: one phrase a wrap and a stray blank line parted,
    over its text): a title and its kicker or subtitle are two phrases, longer together."""
    if k + 1 >= len(paras) or not headline_shaped(paras[k + 1].text):
        return False
    if not pieces and len(_words(paras[k].text) + _words(paras[k + 1].text)) > SUBHEAD_LENGTH:
        return True
    return k + 2 < len(paras) and (headline_shaped(paras[k + 2].text) or _starts_item(paras[k + 2].text)
                                   or _dated_lead_under(paras, k + 1))


def _running_text_under(paras: list[Paragraph], k: int) -> bool:
    """Is the paragraph under k running text: no line of a headline's shape, nor a deck over an item's start (a
    headline's shape but for its commas, right over a lead or byline: 融合音乐、情景剧等多种形式，深入11个市巡演)?
    On a page re-wrapped at any width and read a line a paragraph, a long headline-shaped piece over running text
    is a paragraph's first line the wrap cut before its first comma (作为某地高端汽车制造的标杆 | 企业，…) as often
    as a headline over its story's text; over a subtitle or a deck it stands in a title's block."""
    if k + 1 >= len(paras):
        return False
    under = paras[k + 1].text
    return not headline_shaped(under) and not (headline_shaped(re.sub("[，,]", "", under))
                                               and _over_item_start(paras, k + 1))


def _over_item_start(paras: list[Paragraph], k: int) -> bool:
    """Does the paragraph after k open an item (a lead's 本报讯, a byline)?  A subhead stands inside a story's
    text and no lead or byline follows one, so a headline-shaped line right over one is its headline: on a page
    read a line a paragraph, a headline the wrap cut in two and joined again (北湖区举办职工 | 读书月活动, one
    printed run with the lead's …举办职工读书月活动) is one line, as short as a subhead."""
    return k + 1 < len(paras) and _starts_item(paras[k + 1].text)


def _item_gaps(paras: list[Paragraph], pieces: bool = False) -> tuple[list[Paragraph], set[int]]:
    """Blank lines between items, for a page printed without any (one blank line between paragraphs).

    A headline-shaped paragraph after a finished one is an in-article subhead or the headline of
    the next item.  Subheads are short phrases (优秀成果集中亮相); a line longer than twelve characters, two
    phrases parted by a space (on a page whose text holds no join spaces: :func:`_join_spaced`), a headline block
    of several lines, a line over a short caption closed by a photo credit, or a line over a lead that opens on
    its date (9月10日，…; 近日，…), is read as a headline, and gets the wider gap the segmenter reads as the edge of
    an item.  The others stay subheads and are returned as doubts for the article's review.

    ``pieces``: the page is lines re-broken at any width and read a line a paragraph (:func:`_block`).  There a
    line's length is the wrap's, not the headline's: a paragraph's first line cut before its first comma has a
    headline's shape and any length after every finished sentence (作为某地高端汽车制造的标杆 | 企业，…; 针对企业
    职工提出的…视觉引导 | 防呆3大…), so over running text length gives no item gap (:func:`_running_text_under`);
    over a subtitle or a deck it still does, and the other signs stand (a block, a photo item, a lead or byline
    under it).  A long line with none stays a subhead the review names; given the wider gap, such a piece opened
    an item of its own over its paragraph's rest, a story cut in two mid-text.
    """
    out: list[Paragraph] = []
    unsure: set[int] = set()
    join_spaced = _join_spaced(paras)
    for k, p in enumerate(paras):
        blanks = 1 if out else p.blanks
        if (k > 0 and (headline_shaped(p.text) or _block_over_dated_lead(paras, k)) and _closes(paras[k - 1].text)
                and not headline_shaped(paras[k - 1].text) and not _MARKUP.match(p.text.strip())):
            t = _words(p.text)  # ■ 优秀成果集中亮相: a subhead's phrase, its mark no word of it
            block = _block(paras, k, pieces)
            if t[-1:] in BOUND:
                unsure.add(k)  # …丰富的: a sentence the OCR cut, not a headline (no headline ends on 的, 等, 和)
            elif ((len(t) > SUBHEAD_LENGTH and not (pieces and _running_text_under(paras, k)))
                  or " " in t and not join_spaced
                  or block or _photo_item(paras, k) or _dated_lead_under(paras, k)
                  or (pieces and _over_item_start(paras, k))):
                blanks = 2
            else:
                unsure.add(k)
        out.append(Paragraph(p.text, p.lines, blanks))
    return out, unsure


def _unspaced_items(paras: list[Paragraph]) -> list[Paragraph]:
    """On a page whose blank lines part its items: an item's edge in a stretch printed with no blank line at all
    (a zone of the page the engine read one printed line a line, a column where the blank was lost).  A
    headline-shaped paragraph right under a finished one, no blank line between, over a lead on its date
    (:func:`_dated_lead_under`; a headline block too, :func:`_block_over_dated_lead`), is that item's headline,
    as on a page printed without blank lines (:func:`_item_gaps`): it gets the item's gap.  Left a subhead, the
    next item ran on in the story above."""
    out = list(paras)
    for k in range(1, len(paras)):
        p, above = paras[k], paras[k - 1]
        if (p.blanks == 0 and _closes(above.text) and not headline_shaped(above.text)
                and not _MARKUP.match(p.text.strip()) and _words(p.text)[-1:] not in BOUND
                and (headline_shaped(p.text) and _dated_lead_under(paras, k) or _block_over_dated_lead(paras, k))):
            out[k] = Paragraph(p.text, p.lines, 2)
    return out
