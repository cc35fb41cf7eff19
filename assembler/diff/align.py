"""Aligning two sequences of provisions by their stable ids.

The longest common subsequence of ids stays in place; ids present in both versions but
outside it have moved; the rest were inserted or deleted. Because ids are written in the
source, a move is a fact, not a guess from similar text.

Ids are unique within a sequence, so the longest common subsequence is the longest
increasing subsequence of the old positions taken in new order: exact, in O(n log n)
(patience sorting), where a general LCS would be quadratic and ``difflib`` is a heuristic that
can keep a shorter run in place and call the longer one moved.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Generic, Protocol, TypeVar


class HasId(Protocol):
    @property
    def id(self) -> str: ...


T = TypeVar("T", bound=HasId)


class StepKind(Enum):
    """What happened to one item between the two sequences."""

    SAME = "same"
    INSERTED = "inserted"
    DELETED = "deleted"
    MOVED_FROM = "moved_from"  # the old place of a moved item
    MOVED_TO = "moved_to"  # its new place


@dataclass(frozen=True, slots=True)
class Step(Generic[T]):
    """One step of the merged sequence, in reading order."""

    kind: StepKind
    old: T | None
    new: T | None


def stable_ids(old_ids: Sequence[str], new_ids: Sequence[str]) -> set[str]:
    """The ids that keep their relative order: an exact longest common subsequence.

    Among several longest ones, the one that keeps the earliest items of the new order.
    """
    old_pos = {ident: index for index, ident in enumerate(old_ids)}
    sequence = [(old_pos[i], i) for i in new_ids if i in old_pos]
    # Patience sorting from the end, on negated positions: a longest decreasing run of the
    # reversed sequence is a longest increasing one of the sequence; replacing tails by the
    # items met later (earlier in the new order) keeps those in place.
    tails: list[int] = []  # tails[k]: the largest -position ending a run of length k + 1
    tail_at: list[int] = []  # index into ``sequence`` of that tail
    parent: list[int] = [-1] * len(sequence)
    for index in range(len(sequence) - 1, -1, -1):
        value = -sequence[index][0]
        k = bisect_left(tails, value)
        if k == len(tails):
            tails.append(value)
            tail_at.append(index)
        else:
            tails[k] = value
            tail_at[k] = index
        parent[index] = tail_at[k - 1] if k else -1
    kept: set[str] = set()
    at = tail_at[-1] if tail_at else -1
    while at >= 0:
        kept.add(sequence[at][1])
        at = parent[at]
    return kept


def align(old: Sequence[T], new: Sequence[T], moves: bool = True) -> list[Step[T]]:
    """Merge ``old`` and ``new`` (items with an ``id``) into one reading order.

    Deleted and moved-away items stay where they stood in the old version, inserted and
    moved-in items where they stand in the new one. Without ``moves``, a moved item is a
    deletion plus an insertion.
    """
    old_ids = [item.id for item in old]
    new_ids = [item.id for item in new]
    if old_ids == new_ids:
        return [Step(StepKind.SAME, a, b) for a, b in zip(old, new, strict=True)]
    kept = stable_ids(old_ids, new_ids)
    both = set(old_ids) & set(new_ids)
    new_by_id = dict(zip(new_ids, new, strict=True))
    old_by_id = dict(zip(old_ids, old, strict=True))
    steps: list[Step[T]] = []
    i = j = 0
    while i < len(old) or j < len(new):
        if i < len(old) and old_ids[i] not in kept:
            ident = old_ids[i]
            moved = moves and ident in both
            kind = StepKind.MOVED_FROM if moved else StepKind.DELETED
            steps.append(Step(kind, old[i], new_by_id[ident] if moved else None))
            i += 1
        elif j < len(new) and new_ids[j] not in kept:
            ident = new_ids[j]
            moved = moves and ident in both
            kind = StepKind.MOVED_TO if moved else StepKind.INSERTED
            steps.append(Step(kind, old_by_id[ident] if moved else None, new[j]))
            j += 1
        else:
            steps.append(Step(StepKind.SAME, old[i], new[j]))
            i += 1
            j += 1
    return steps
