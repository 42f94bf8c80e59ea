"""unionnews: a static archive for Chinese trade-union newspapers.

The pipeline runs one way: ingest (page text → article files) → content
(load + validate) → pages (the site model) → render → search / feeds /
archive → site/.
"""
__version__ = "0.1.0"
