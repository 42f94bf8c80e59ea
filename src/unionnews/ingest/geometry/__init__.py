"""Printed-page geometry → articles: reading order and boundaries from where the text sits.

Every page source with coordinates (a PDF's text layer, hOCR, ALTO) is read into one
:class:`PageLayout`: lines of text with their boxes and type size, the rules drawn on the page,
and photo boxes.  From there one path decides the articles:

1. **Blocks, by cutting the page** (recursive XY-cut): first along rules that cross the whole
   region (newspapers rule stories off from each other), else along white gaps that cross it
   (a band of white at least a line high, or a column gutter).  The order of the cuts is the
   reading order: bands top to bottom, columns left to right.
2. **Headlines, by type size**: a line set clearly larger than the page's body type (the size
   most of its characters are set in) is headline type; the largest run in a headline block is
   the title, a smaller run above it the kicker (引题), below it the subtitle (副题).
3. **Articles**: a headline block after text starts a new article; text before the first
   headline is page furniture or stray text for the page's unplaced file.
4. **Paragraphs**: inside a block, a line set in from the block's left edge (the indent of
   Chinese paragraphs), a change of type size, or a line after one that stops well short of the
   right edge starts a paragraph; lines of a paragraph are joined with nothing between them.

Nothing here knows about any one page's design: thresholds are in units of the page's own body
type size.
"""
from __future__ import annotations

from unionnews.ingest.box import Box
from unionnews.ingest.geometry.model import TextLine, Word, PageLayout, GeoArticle, GeoPara, body_size, GeoPage
from unionnews.ingest.geometry.reading import read_layout
from unionnews.ingest.geometry.words import words_to_lines, from_words


__all__ = ["Box", "TextLine", "Word", "PageLayout", "GeoArticle", "GeoPara", "read_layout", "body_size",
           "words_to_lines", "from_words", "GeoPage"]
