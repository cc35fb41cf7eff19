"""Aligning two sequences of provisions by their stable ids.

The longest common subsequence of ids stays in place; ids present in both versions but
outside it have moved; the rest were inserted or deleted. Because ids are written in the
source, a move is a fact, not a guess from similar text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Step(Generic[T]):
    """One step of the merged sequence, in reading order."""

    kind: str  # "same" | "inserted" | "deleted" | "moved_from" | "moved_to"
    old: T | None
    new: T | None


def stable_ids(old_ids: Sequence[str], new_ids: Sequence[str]) -> set[str]:
    """The ids that keep their relative order: a longest common subsequence."""
    common = set(old_ids) & set(new_ids)
    a = [i for i in old_ids if i in common]
    b = [i for i in new_ids if i in common]
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    kept: set[str] = set()
    for block in matcher.get_matching_blocks():
        kept.update(a[block.a : block.a + block.size])
    return kept


def align(
    old: Sequence[T], new: Sequence[T], key: object = None, moves: bool = True
) -> list[Step[T]]:
    """Merge ``old`` and ``new`` (items with an ``id``) into one reading order.

    Deleted and moved-away items stay where they stood in the old version, inserted and
    moved-in items where they stand in the new one. Without ``moves``, a moved item is a
    deletion plus an insertion.
    """
    old_ids = [getattr(item, "id") for item in old]  # noqa: B009 - any node with an id
    new_ids = [getattr(item, "id") for item in new]  # noqa: B009
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
            steps.append(
                Step(
                    "moved_from" if moved else "deleted",
                    old[i],
                    new_by_id[ident] if moved else None,
                )
            )
            i += 1
        elif j < len(new) and new_ids[j] not in kept:
            ident = new_ids[j]
            moved = moves and ident in both
            steps.append(
                Step(
                    "moved_to" if moved else "inserted", old_by_id[ident] if moved else None, new[j]
                )
            )
            j += 1
        else:
            steps.append(Step("same", old[i], new[j]))
            i += 1
            j += 1
    return steps
