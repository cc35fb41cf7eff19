"""Frozen numbering (Aanwijzingen 6.16) and the letters of the instructions (6.15).

Once a regeling is in force its articles keep their numbers: an inserted article takes the
number of the article before it with a letter (9a, 9b), a chapter a capital (5A); a number
that was used is never used again; an article inserted before the first one is "a1".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from assembler.diff.align import stable_ids

_SUFFIX = re.compile(r"^(?P<stem>.*?\d)(?P<letters>[a-zA-Z]*)$")


def _next_letter(letters: str, upper: bool) -> str:
    """ "" -> "a", "a" -> "b", "z" -> "za" (the scheme goes on after z, never back)."""
    base = "A" if upper else "a"
    if not letters:
        return base
    last = letters[-1]
    if last.lower() == "z":
        return letters + base
    return letters[:-1] + chr(ord(last) + 1)


class NumberingError(ValueError):
    """No number fits between two numbers that are taken (between 9 and 9a)."""


def _after(number: str, taken: set[str], upper: bool, retired: set[str]) -> str:
    """The first free number after ``number`` that still sorts before the next one.

    ``taken`` are the numbers that stand in the text; ``retired`` those used before and
    repealed since: skipped, never given out again.
    """
    match = _SUFFIX.match(number)
    stem, letters = (match["stem"], match["letters"]) if match else (number, "")
    candidate = stem + _next_letter(letters, upper)
    while candidate in retired and candidate not in taken:
        candidate = stem + _next_letter(candidate[len(stem) :], upper)
    if candidate not in taken:
        return candidate
    if not letters:
        # Between 9 and a taken 9a nothing sorts: 9b would come after 9a.
        raise NumberingError(
            f"na {number} is {candidate} al vergeven: daartussen past geen nummer zonder "
            "vernummering"
        )
    # 9b is taken by a later article: insert between by extending (9a -> 9aa), not by
    # skipping ahead, so the numbers keep the reading order.
    extended = number + ("A" if upper else "a")
    while extended in taken:
        extended = extended[:-1] + _next_letter(extended[-1], upper)
    return extended


def frozen_numbers(
    base: Sequence[tuple[str, str]],
    order: Sequence[str],
    used: Iterable[str] = (),
    *,
    upper: bool = False,
) -> dict[str, str]:
    """The numbers of the items ``order`` (ids in reading order) under the frozen scheme.

    ``base`` holds (id, number) of the version in force, in its order. The items that keep
    their place (the longest common subsequence of ids) keep their number; every other item
    (inserted, or moved) is numbered after the item before it. ``used`` are numbers given
    out earlier and since deleted: they are not given out again.
    """
    base_number = dict(base)
    kept = stable_ids([ident for ident, _ in base], list(order))
    taken = {base_number[ident] for ident in kept}
    retired = (set(base_number.values()) | set(used)) - taken
    numbers: dict[str, str] = {}
    previous = ""
    for index, ident in enumerate(order):
        if ident in kept:
            number = base_number[ident]
        elif previous:
            number = _after(previous, taken, upper, retired)
        else:
            following = next((base_number[i] for i in order[index:] if i in kept), "1")
            number = ("A" if upper else "a") + following
            while number in taken or number in retired:
                number = _after(number, taken, upper, retired)
        taken.add(number)
        numbers[ident] = number
        previous = number
    return numbers


def instruction_letter(index: int) -> str:
    """The letter of the ``index``-th instruction (1-based): A..Z, then AA, BB, .., then AAA."""
    if index < 1:
        raise ValueError(index)
    repeat, offset = divmod(index - 1, 26)
    return chr(ord("A") + offset) * (repeat + 1)
