"""Use every core: a fork pool whose workers inherit the build's state instead of receiving it.

The model, the Jinja environment and the page list already sit in the
parent's memory when the pool forks, so a task is only a (start, end) range
and nothing large is pickled on the way in; only results come back.  Where
fork is unavailable, or the work is too small to pay for a pool, the same
function runs in-process, so a build's output never depends on the number
of workers.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")

# Set just before the pool forks; each worker reads the function and items from its copy.
_TASK: tuple[Callable[[Sequence[Any]], Any], Sequence[Any]] | None = None


def default_jobs() -> int:
    """Cores this process may run on (a CI runner or container may allow fewer than the machine has)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def _run(bounds: tuple[int, int]) -> Any:
    assert _TASK is not None
    func, items = _TASK
    return func(items[bounds[0]:bounds[1]])


def map_chunks(func: Callable[[Sequence[Any]], T], items: Sequence[Any], jobs: int, chunk: int = 256,
               minimum: int = 512, on_result: Callable[[T], None] | None = None,
               meanwhile: Callable[[], None] | None = None) -> list[T]:
    """func over consecutive chunks of items, results in order; in parallel when jobs > 1 and it pays.

    `meanwhile` runs in this process while the workers work (the build makes the search
    index there), so no core idles during the parent's own sequential stage.
    """
    global _TASK
    bounds = [(i, min(i + chunk, len(items))) for i in range(0, len(items), chunk)]
    results: list[T] = []
    if jobs <= 1 or len(items) < minimum or "fork" not in multiprocessing.get_all_start_methods():
        if meanwhile is not None:
            meanwhile()
        for a, b in bounds:
            results.append(func(items[a:b]))
            if on_result is not None:
                on_result(results[-1])
        return results
    _TASK = (func, items)
    gc.freeze()  # the inherited heap is never collected in a worker, nor copied by the collector touching it
    try:
        with multiprocessing.get_context("fork").Pool(min(jobs, len(bounds)), initializer=gc.enable) as pool:
            pending = pool.imap(_run, bounds, chunksize=1)
            if meanwhile is not None:
                meanwhile()
            for result in pending:
                results.append(result)
                if on_result is not None:
                    on_result(result)
        return results
    finally:
        _TASK = None
        gc.unfreeze()
