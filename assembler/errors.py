"""User-facing errors: Dutch messages located at ``file:line:column``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Pos:
    """A location in a source file, 1-based line and column."""

    path: str
    line: int
    col: int
    # For a block scalar (">-", "|"): where each of its lines starts, as (offset in the text,
    # line, column), so that a place inside the text maps back to its line in the file.
    lines: tuple[tuple[int, int, int], ...] = field(default=(), compare=False, repr=False)

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}"

    def at(self, offset: int) -> Pos | None:
        """The position of character ``offset`` of a block scalar (None: not one)."""
        if not self.lines:
            return None
        start, line, col = next(
            (entry for entry in reversed(self.lines) if entry[0] <= offset), self.lines[0]
        )
        return Pos(self.path, line, col + max(0, offset - start))


@dataclass(frozen=True, slots=True)
class Problem:
    """One located problem in the sources."""

    pos: Pos
    message: str

    def __str__(self) -> str:
        return f"{self.pos}: fout: {self.message}"


class SourceError(Exception):
    """One or more problems in the sources; nothing may be written.

    A problem found in several documents (a fragment in every verordening per deelnemer) is
    reported once.
    """

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(sorted(dict.fromkeys(problems), key=_order))
        super().__init__("\n".join(str(p) for p in self.problems))

    @classmethod
    def at(cls, pos: Pos, message: str) -> SourceError:
        return cls([Problem(pos, message)])


class UsageError(Exception):
    """A wrong command line or an unknown version/document: no source location."""


def _order(problem: Problem) -> tuple[str, int, int]:
    return (problem.pos.path, problem.pos.line, problem.pos.col)


class Collector:
    """Collects problems so that one run reports all of them, not only the first."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, pos: Pos, message: str) -> None:
        self.problems.append(Problem(pos, message))

    def extend(self, error: SourceError) -> None:
        self.problems.extend(error.problems)

    def raise_if_any(self) -> None:
        if self.problems:
            raise SourceError(self.problems)
