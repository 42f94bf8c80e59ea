"""The records the reading-order stages hand each other (``Join``, ``Chain``, ``Note``, ``Reading``).

Why a module of their own: reorder → placement → strays pass them on, and each imports them from here, so
the stages import one another in one direction only.
"""
from __future__ import annotations

from dataclasses import dataclass, field


SURE = 5.0  # a join scoring less rests on little more than layout: the article's review says so


@dataclass
class Join:
    """Line ``a`` continues on line ``b``; ``score`` and ``reasons`` say why."""

    a: int
    b: int
    score: float
    reasons: list[str]
    kinds: set[str] = field(default_factory=set)
    need: int = 0
    weak: bool = False
    contested: bool = False
    undoes: bool = False  # wins only with weak joins, undoing a file's join the text alone kept (reorder._solve)
    discount: float = 0.0  # an unsupported next-line join a dictionary word contradicts (reorder._contradicted)
    adjacent: bool = field(init=False, repr=False)  # B is A's next line in the file

    def __post_init__(self) -> None:
        # set once here, not a cached_property: it is asked of every candidate join, and
        # functools.cached_property takes a lock on each first look
        self.adjacent = "next line in the file" in self.reasons

    @property
    def guessed(self) -> bool:
        """Weakly supported, or preferred over a join the text supported as well."""
        return self.weak or self.contested or self.score < SURE

    def evidence(self) -> str:
        """The reasons for the join, in words, for the article's review."""
        out = [r for r in self.reasons if r not in ("next line in the file", "nearby on the page")]
        if self.need == 2:
            out.append(f"line {self.a} cannot end there")
        return "; ".join(out)

    @property
    def weight(self) -> float:
        """The score, plus how badly ``a`` needs a continuation (a comma or 在 cannot end a text)."""
        return self.score + self.need - self.discount

    @property
    def against(self) -> bool:
        """Did any evidence speak against this join?"""
        return "against" in self.kinds


@dataclass
class Chain:
    """Lines joined sentence by sentence, in reading order, and why the chain stands where it does."""

    lines: list[int]
    why: str = ""
    guessed: bool = False

    @property
    def head(self) -> int:
        return self.lines[0]

    def column_end(self, nxt: dict[int, int] | None = None) -> int:
        """Last line of the chain's longest run of consecutive file lines (the middle run on a tie).
        With ``nxt`` (the page's next printed line of each line), lines with only blank lines between
        them are consecutive however many there are: stray blank lines do not cut a column."""
        runs: list[list[int]] = []
        for no in self.lines:
            if runs and (0 < no - runs[-1][-1] <= 2 or (nxt is not None and nxt.get(runs[-1][-1]) == no)):
                runs[-1].append(no)
            else:
                runs.append([no])
        longest = max(len(r) for r in runs)
        tied = [r for r in runs if len(r) == longest]
        return tied[len(tied) // 2][-1]


@dataclass
class Note:
    """What an article's reviewer is told about one place where its reading order jumps.

    ``label`` is ``A→B`` (line B goes on with line A's sentence) or ``A | B`` (a
    new paragraph starts at B); ``why`` gives the evidence.
    """

    before: int
    label: str
    why: str
    guessed: bool = False


@dataclass
class Reading:
    """An automatic reading order: line numbers with ``|`` breaks, and a note where it jumps."""

    order: list[int | str]
    notes: dict[int, Note] = field(default_factory=dict)
    joins: dict[int, Join] = field(default_factory=dict)

    def review(self, lines: list[int]) -> list[str]:
        """Review reasons for an article made of ``lines``: the joins the text supports, and the guesses."""
        inside = set(lines)
        notes = [self.notes[n] for n in lines if n in self.notes and self.notes[n].before in inside]
        sure = [f"{n.label} ({n.why})" for n in notes if not n.guessed]
        guessed = [f"{n.label} ({n.why})" for n in notes if n.guessed]
        out = []
        if sure:
            out.append("reading order from the text (A→B: B goes on with A's sentence; A | B: a paragraph "
                       "starts at B): " + "; ".join(sure))
        if guessed:
            out.append("guessed, the text does not settle it — check against the printed page: " + "; ".join(guessed))
        return out
