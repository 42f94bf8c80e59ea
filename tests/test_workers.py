"""workers.py: the fork pool gives results in order whatever the number of workers, and a failing or dying
worker stops the build with an error instead of hanging it."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading

import pytest

from unionnews.errors import UnionnewsError
from unionnews.workers import Background, default_jobs, map_chunks

ITEMS = list(range(1000))


def shape_of(chunk) -> tuple[int, int, int, int]:
    return (chunk[0], chunk[-1], len(chunk), os.getpid())


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_results_come_in_order_and_cover_every_item_once(jobs):
    seen = []
    threads = threading.active_count()
    results = map_chunks(shape_of, ITEMS, jobs, chunk=64, minimum=10, on_result=seen.append)
    assert threading.active_count() == threads, "no thread left behind: the next fork (workers.Background) is safe"
    assert [r[:3] for r in results] == [(i, min(i + 63, 999), min(64, 1000 - i)) for i in range(0, 1000, 64)]
    assert seen == results, "on_result sees each result as it arrives, in order"
    pids = {r[3] for r in results}
    assert (pids == {os.getpid()}) == (jobs == 1), "jobs > 1 runs in forked workers"


def test_small_work_runs_here_without_a_pool():
    results = map_chunks(shape_of, ITEMS[:100], 4, chunk=10, minimum=512)
    assert {r[3] for r in results} == {os.getpid()}
    assert map_chunks(shape_of, [], 4) == []


def test_workers_see_the_parents_state_without_it_being_pickled():
    unpicklable = lambda: None  # noqa: E731 - a lambda cannot be pickled: it must be inherited by fork
    results = map_chunks(lambda part: [(x, unpicklable() is None) for x in part], ITEMS, 2, chunk=100, minimum=10)
    assert [y for r in results for y in r] == [(x, True) for x in ITEMS]


def test_workers_take_the_niceness_asked_and_the_caller_keeps_its_own():
    """The render pool yields the search process its core (pipeline.py): only the workers are niced."""
    own = os.nice(0)
    results = map_chunks(lambda part: [os.nice(0)], ITEMS, 2, chunk=100, minimum=10, nice=5)
    assert {r[0] for r in results} == {min(own + 5, 19)}
    assert os.nice(0) == own
    assert {r[0] for r in map_chunks(lambda part: [os.nice(0)], ITEMS, 2, chunk=100, minimum=10)} == {own}


def test_an_exception_in_a_worker_reaches_the_caller():
    def fail_on_700(part):
        if 700 in part:
            raise UnionnewsError("templates/article.html:3: template failed")
        return len(part)

    with pytest.raises(UnionnewsError, match="article.html:3"):
        map_chunks(fail_on_700, ITEMS, 2, chunk=100, minimum=10)
    assert map_chunks(len, ITEMS, 2, chunk=100, minimum=10) == [100] * 10, "the next pool works as before"


def run_script(code: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """In a child interpreter, so a hang fails this test after `timeout` rather than stalling the suite."""
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=timeout)


def test_a_worker_that_dies_is_an_error_not_a_hang():
    """A worker killed mid-task (the kernel's out-of-memory killer, a crash in C code) must stop the build."""
    result = run_script("""
        import os
        from unionnews.errors import UnionnewsError
        from unionnews.workers import map_chunks
        def work(part):
            if 600 in part:
                os._exit(9)
            return len(part)
        try:
            map_chunks(work, list(range(1000)), 2, chunk=100, minimum=10)
        except UnionnewsError as exc:
            print("ERROR", exc)
        else:
            print("NO ERROR")
    """, timeout=30)
    assert "ERROR" in result.stdout and "NO ERROR" not in result.stdout, result.stdout + result.stderr
    assert "--jobs 1" in result.stdout, "the message says what to do"


def test_background_returns_its_value_or_raises_its_error():
    assert Background(lambda: {"made": [1, 2]}, 2).result() == {"made": [1, 2]}
    assert Background(lambda: os.getpid(), 1).result() == os.getpid(), "jobs=1: runs here, at once"
    assert Background(lambda: os.getpid(), 2).result() != os.getpid()
    big = Background(lambda: b"x" * 5_000_000, 2).result()  # larger than a pipe's buffer
    assert len(big) == 5_000_000

    def fail():
        raise UnionnewsError("search index failed")

    with pytest.raises(UnionnewsError, match="search index failed"):
        Background(fail, 2).result()


def test_background_process_killed_is_an_error():
    job = Background(lambda: os._exit(9), 2)
    with pytest.raises(UnionnewsError, match="stopped without finishing"):
        job.result()


def test_default_jobs_is_the_cores_this_process_may_use():
    jobs = default_jobs()
    assert jobs >= 1
    if hasattr(os, "sched_getaffinity"):
        assert jobs == len(os.sched_getaffinity(0))
