"""The search index's in-memory form of its lists (codec.pairs) reads back exactly, at every digit count."""
from __future__ import annotations

import numpy as np
import pytest

from unionnews.search import codec


def test_pairs_read_back_across_digit_counts():
    steps = np.array([0, 63, 64, 4095, 4096, 262143, 262144, 1 << 40, 5, 0], dtype=np.int64)
    values = np.array([0, 47, 1, 63, 32, 16, 2, 33, 0, 63], dtype=np.int64)
    coded, ends = codec.pairs(steps, values)
    assert ends[-1] == len(coded)
    back_steps, back_values = codec.decode_pairs(np.concatenate((coded[:ends[3]], coded[ends[3]:])))
    assert back_steps.tolist() == steps.tolist() and back_values.tolist() == values.tolist()
    # any piece that ends at a pair's end reads back on its own (the index joins pieces of many chunks)
    part_steps, part_values = codec.decode_pairs(coded[ends[4]:ends[7]])
    assert part_steps.tolist() == steps[5:8].tolist() and part_values.tolist() == values[5:8].tolist()


def test_pairs_cut_inside_a_pair_are_refused():
    coded, ends = codec.pairs(np.array([70000, 1]), np.array([3, 4]))
    with pytest.raises(ValueError):
        codec.decode_pairs(coded[:ends[0] - 1])
