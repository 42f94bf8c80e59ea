"""The gram index's lists (search/grams.py) against a plain-Python reading of the same texts."""
from __future__ import annotations

import random

import numpy as np

from unionnews.search import grams
from unionnews.search.codec import decode_list


def _reference(texts: list[tuple[str, str, str]]) -> dict[str, dict[int, int]]:
    """gram → doc → info, gram by gram: the highest zone it occurs in << 4 | its count there and elsewhere, capped."""
    found: dict[str, dict[int, list[int]]] = {}
    for doc, zones in enumerate(texts):
        for zone, text in zip((grams.HEAD, grams.META, grams.BODY), zones):
            for field in text.split("\n"):
                for size in (1, 2, 3):
                    for at in range(len(field) - size + 1):
                        seen = found.setdefault(field[at:at + size], {}).setdefault(doc, [0, 0])
                        seen[0] = max(seen[0], zone)
                        seen[1] += 1
    return {gram: {doc: zone << 4 | min(count, grams.COUNT_CAP) for doc, (zone, count) in docs.items()}
            for gram, docs in found.items()}


def _index(texts: list[tuple[str, str, str]], chunk: int) -> grams.GramIndex:
    index = grams.GramIndex([])
    for first in range(0, len(texts), chunk):
        part = texts[first:first + chunk]
        units = [[ord(c) for c in f"{h}\0{m}\0{b}\0"] for h, m, b in part]
        zones = [[zone] * (len(text) + 1) for h, m, b in part for zone, text in zip((2, 1, 0), (h, m, b))]
        index.add_chunk(first, np.array([u for doc in units for u in doc], dtype=np.uint16),
                        np.array([z for doc in zones for z in doc], dtype=np.uint8),
                        np.repeat(np.arange(len(part)), [len(doc) for doc in units]))
    return index


def _texts(seed: int, n: int) -> list[tuple[str, str, str]]:
    pick = random.Random(seed)
    letters = "工会职工劳动模范技能\n"  # few letters: grams repeat within and across articles; newlines split fields
    def text(length: int) -> str:
        return "".join(pick.choice(letters) for _ in range(length))
    return [(text(pick.randint(0, 6)), text(pick.randint(0, 8)), text(pick.randint(0, 40))) for _ in range(n)]


def test_lists_match_a_plain_reading_at_any_chunk_and_batch_size(monkeypatch):
    texts = _texts(7, 60)
    want = _reference(texts)
    for chunk, batch in ((1024, 1 << 21), (7, 1 << 21), (7, 50), (1, 1)):
        monkeypatch.setattr(grams, "BATCH", batch)
        entries = dict(_index(texts, chunk).entries(len(texts)))
        assert set(entries) == set(want)
        for gram, entry in entries.items():
            docs, info = decode_list(entry, len(texts))
            assert dict(zip(docs.tolist(), info.tolist())) == want[gram], (gram, chunk, batch)


def test_gram_starts_in_gram_then_text_order():
    pick = random.Random(3)
    codes = np.array([pick.choice((0, 10, 65, 66, 67, 0x5de5, 0xffff)) for _ in range(500)], dtype=np.uint16)
    for size, starts in grams._orders(codes):
        text = codes.tolist()
        want = sorted((tuple(text[s:s + size]), s) for s in range(len(text) - size + 1)
                      if not any(u in grams.SEPARATORS for u in text[s:s + size]))
        assert starts.tolist() == [s for _, s in want], size
