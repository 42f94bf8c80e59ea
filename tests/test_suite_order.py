"""The order tests/conftest.py starts test files in: longest first, by the last run's timings when there are any."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from conftest import longest_first


@dataclass(frozen=True)
class Item:
    nodeid: str
    path: Path


def items(*nodeids: str) -> list[Item]:
    return [Item(n, Path("/t") / n.split("::")[0]) for n in nodeids]


def files(ordered: list[Item]) -> list[str]:
    return list(dict.fromkeys(item.path.name for item in ordered))


COLLECTED = items("tests/test_alpha.py::a1", "tests/test_alpha.py::a2", "tests/test_beta.py::b1",
                  "tests/test_gamma.py::g1", "tests/test_gamma.py::g2", "tests/test_gamma.py::g3")


def test_without_timings_the_listed_files_go_first_in_their_order():
    ordered = longest_first(COLLECTED, {}, listed=("test_gamma.py", "test_beta.py"))
    assert files(ordered) == ["test_gamma.py", "test_beta.py", "test_alpha.py"]
    assert [i.nodeid.split("::")[1] for i in ordered] == ["g1", "g2", "g3", "b1", "a1", "a2"]


def test_timings_put_the_file_whose_tests_took_longest_first():
    timed = {"tests/test_alpha.py::a1": 0.5, "tests/test_alpha.py::a2": 4.0, "tests/test_beta.py::b1": 3.0,
             "tests/test_gamma.py::g1": 1.0, "tests/test_gamma.py::g2": 1.0, "tests/test_gamma.py::g3": 1.5}
    ordered = longest_first(COLLECTED, timed, listed=("test_gamma.py", "test_beta.py"))
    assert files(ordered) == ["test_alpha.py", "test_gamma.py", "test_beta.py"]  # 4.5, 3.5, 3.0 seconds
    assert [i.nodeid.split("::")[1] for i in ordered] == ["a1", "a2", "g1", "g2", "g3", "b1"]  # each file's own order


def test_a_file_with_an_untimed_test_goes_first():
    timed = {"tests/test_alpha.py::a1": 9.0, "tests/test_alpha.py::a2": 9.0, "tests/test_beta.py::b1": 0.1,
             "tests/test_gamma.py::g1": 1.0, "tests/test_gamma.py::g3": 1.0}  # g2 is new
    assert files(longest_first(COLLECTED, timed)) == ["test_gamma.py", "test_alpha.py", "test_beta.py"]


def test_equal_files_keep_the_order_they_were_collected_in():
    timed = {i.nodeid: 1.0 for i in items("tests/test_alpha.py::a1", "tests/test_beta.py::b1", "tests/test_gamma.py::g1")}
    ordered = longest_first(items("tests/test_gamma.py::g1", "tests/test_alpha.py::a1", "tests/test_beta.py::b1"), timed)
    assert files(ordered) == ["test_gamma.py", "test_alpha.py", "test_beta.py"]


def test_untimed_files_keep_the_listed_order_among_themselves():
    timed = {"tests/test_alpha.py::a1": 9.0, "tests/test_alpha.py::a2": 9.0}  # beta and gamma are new files
    ordered = longest_first(COLLECTED, timed, listed=("test_gamma.py", "test_beta.py"))
    assert files(ordered) == ["test_gamma.py", "test_beta.py", "test_alpha.py"]
