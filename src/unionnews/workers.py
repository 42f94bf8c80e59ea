"""Use every core: a fork pool whose workers inherit the build's state instead of receiving it.

The model, the Jinja environment and the page list already sit in the
parent's memory when the pool forks, so a task is only a (start, end) range
and nothing large is pickled on the way in; only results come back.  Where
fork is unavailable, or the work is too small to pay for a pool, the same
function runs in-process, so a build's output never depends on the number
of workers.
"""
from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import signal
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from unionnews.errors import Problem, UnionnewsError

T = TypeVar("T")

_PR_SET_PDEATHSIG = 1  # prctl(2)

# Niceness of pool workers running beside a Background process that the build waits for last (the search
# index beside the page renderers): that one process is the longest single task, so on a machine with
# fewer cores than processes it should not share its core with them.  Lower-priority workers still take
# every cycle it leaves, so the pool's work is not slowed where a core is free.
BESIDE_LONGEST = 5

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
               minimum: int = 512, on_result: Callable[[T], None] | None = None, nice: int = 0) -> list[T]:
    """func over consecutive chunks of items, results in order; in parallel when jobs > 1 and it pays.

    nice: added to the workers' niceness (os.nice), e.g. BESIDE_LONGEST; the calling process keeps its own.
    """
    global _TASK
    bounds = [(i, min(i + chunk, len(items))) for i in range(0, len(items), chunk)]
    results: list[T] = []
    if jobs <= 1 or len(items) < minimum or "fork" not in multiprocessing.get_all_start_methods():
        for a, b in bounds:
            results.append(func(items[a:b]))
            if on_result is not None:
                on_result(results[-1])
        return results
    _TASK = (func, items)
    gc.freeze()  # the inherited heap is never collected in a worker, nor copied by the collector touching it
    # concurrent.futures, not multiprocessing.Pool: a Pool replaces a worker that dies (killed for
    # memory, a crash in C code) and waits forever for the task it held; an executor reports it.
    pool = ProcessPoolExecutor(min(jobs, len(bounds)), mp_context=multiprocessing.get_context("fork"),
                               initializer=_start_worker, initargs=(os.getpid(), nice))
    try:
        for result in pool.map(_run, bounds):
            results.append(result)
            if on_result is not None:
                on_result(result)
        return results
    except BrokenProcessPool:
        raise UnionnewsError(Problem(
            "build", None, "a build process stopped without finishing (killed, or out of memory?)",
            "free some memory, or build with --jobs 1 (one process, less memory)")) from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)  # on failure, the chunks not yet started never run
        _TASK = None
        gc.unfreeze()


class Background:
    """func() in a forked process while this one goes on; `result()` waits for what it returned.

    The build makes the search index this way while the pool renders pages: the index's
    working memory (about 0.7 GB at 100k articles) then lives and dies in its own process
    instead of adding to the build process's peak.  Fork it before any pool or thread
    exists.  Where fork is unavailable or jobs is 1, func runs here, at once.
    """

    def __init__(self, func: Callable[[], T], jobs: int):
        self._process = None
        if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
            self._value: Any = func()
            return
        context = multiprocessing.get_context("fork")
        self._receive, send = context.Pipe(duplex=False)
        self._process = context.Process(target=_background, args=(func, send, os.getpid()), daemon=True)
        self._process.start()
        send.close()

    @property
    def forked(self) -> bool:
        """func runs in a process of its own (else it ran at once, here)."""
        return self._process is not None

    def result(self) -> Any:
        if self._process is None:
            return self._value
        try:
            ok, value = self._receive.recv()  # before join: a large result would fill the pipe
        except EOFError:  # killed (out of memory?): it said nothing
            ok, value = False, None
        finally:
            self._process.join()
            self._receive.close()
        if value is None and not ok:
            value = UnionnewsError(Problem(
                "build", None, f"a build process stopped without finishing (exit code {self._process.exitcode})",
                "free some memory, or build with --jobs 1 (one process, less memory)"))
        if not ok:
            raise value
        return value

    def cancel(self) -> None:
        """Stop the process (the build failed elsewhere): nothing it would still write is wanted."""
        if self._process is not None and self._process.is_alive():
            self._process.terminate()
            self._process.join()


def _die_with_parent(parent: int) -> None:
    """Linux: this process is killed when the build process dies (e.g. kill -9), never left
    writing into a staging folder that the next build is clearing."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)  # the running program's symbols, libc's among them: no ldconfig
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)


def _start_worker(parent: int, nice: int = 0) -> None:
    gc.enable()  # collect this worker's own objects (the inherited heap is frozen)
    _die_with_parent(parent)
    if nice:
        try:
            os.nice(nice)
        except OSError:  # not allowed here: the worker runs at the build's priority, which is only slower
            pass


def _background(func: Callable[[], Any], send, parent: int) -> None:
    _die_with_parent(parent)
    try:
        outcome = (True, func())
    except BaseException as exc:  # noqa: BLE001 - every failure travels back to be raised in the build
        outcome = (False, exc)
    send.send(outcome)
    send.close()
