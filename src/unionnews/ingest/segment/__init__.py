"""Page lines → article drafts (and text that belongs to no article).

Why a state machine over lines: OCR gives one line per printed paragraph or
headline, but breaks paragraphs mid-word, loses some punctuation and, on busy
pages, reads columns out of order.  Each line is first classified on its own
(headline candidate, 本报讯 lead, byline, photo credit, dateline, 上接 marker,
column label, furniture, text); the walk then decides where articles start:

* a headline block followed by a lead, byline or 上接 marker;
* a column label (>> 北京经验 <<) and the headline under it;
* a 上接第N版 marker without a headline (a headless continuation);
* a lone headline after a closed article (photo credit, dateline, 转自) or
  after a wide gap, followed by text (photo captions, short items).

Inside an article a paragraph that does not end a sentence is joined to the
next text line (制造 / 业的当下 → 制造业的当下) unless the next line opens a
new paragraph (据悉, 此外 …) or the reading order forces a break.  Nothing is
merged or split silently: every doubt becomes a review reason, and text that
fits no article goes to the page's unplaced file.
"""
from unionnews.ingest.segment.drafts import Draft, Loose, Para, give_labels, join_textless
from unionnews.ingest.segment.units import (BYLINE, CONT, CREDIT, DATELINE, FURN, JUMP, JUNK, LABEL, LEAD, SOURCE, TEXT,
                                            Unit, classify, is_candidate, make_units, marked_head_piece)
from unionnews.ingest.segment.walk import MARKED_READ_ON, Segmenter, segment

__all__ = ["BYLINE", "CONT", "CREDIT", "DATELINE", "Draft", "FURN", "JUMP", "JUNK", "LABEL", "LEAD", "Loose",
           "MARKED_READ_ON", "Para", "SOURCE", "Segmenter", "TEXT", "Unit", "classify", "give_labels", "is_candidate",
           "join_textless", "make_units", "marked_head_piece", "segment"]
