"""Alignment by id: the exact longest common subsequence stays, only the rest moves."""

from __future__ import annotations

import random
from dataclasses import dataclass

from assembler.diff.align import StepKind, align, stable_ids


@dataclass(frozen=True)
class Item:
    id: str


def _lcs_length(a: list[str], b: list[str]) -> int:
    """Textbook dynamic programming: the reference for the fast implementation."""
    rows = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a, start=1):
        for j, y in enumerate(b, start=1):
            rows[i][j] = rows[i - 1][j - 1] + 1 if x == y else max(rows[i - 1][j], rows[i][j - 1])
    return rows[-1][-1]


def test_a_chapter_reordered_in_two_blocks_moves_the_smaller_block() -> None:
    old = [f"a{i}" for i in range(10)]
    new = old[4:] + old[:4]  # the first four articles now stand behind the other six
    kept = stable_ids(old, new)
    assert kept == set(old[4:])
    moved = [
        s.new.id
        for s in align([Item(i) for i in old], [Item(i) for i in new])
        if s.kind is StepKind.MOVED_TO and s.new is not None
    ]
    assert moved == old[:4]


def test_kept_ids_are_a_longest_common_subsequence_in_order() -> None:
    rng = random.Random(11)
    for _ in range(200):
        ids = [f"x{i}" for i in range(rng.randint(0, 30))]
        old = rng.sample(ids, k=len(ids) - rng.randint(0, min(3, len(ids))))
        new = list(ids)
        rng.shuffle(new)
        new = new[: len(new) - rng.randint(0, min(3, len(new)))]
        kept = stable_ids(old, new)
        assert [i for i in old if i in kept] == [i for i in new if i in kept]
        assert len(kept) == _lcs_length(old, new)


def test_steps_keep_old_places_for_deletions_and_new_places_for_insertions() -> None:
    old = [Item("a"), Item("b"), Item("c")]
    new = [Item("a"), Item("n"), Item("c"), Item("b")]
    kinds = [(s.kind, (s.new or s.old).id) for s in align(old, new)]  # type: ignore[union-attr]
    assert kinds == [
        (StepKind.SAME, "a"),
        (StepKind.MOVED_FROM, "b"),
        (StepKind.INSERTED, "n"),
        (StepKind.SAME, "c"),
        (StepKind.MOVED_TO, "b"),
    ]
    without = [s.kind for s in align(old, new, moves=False)]
    assert StepKind.MOVED_FROM not in without and without.count(StepKind.DELETED) == 1
