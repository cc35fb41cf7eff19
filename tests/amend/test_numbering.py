"""Frozen numbering after the regeling is in force (Aanwijzingen 6.16) and instruction letters."""

from __future__ import annotations

import pytest

from assembler.amend.numbering import NumberingError, frozen_numbers, instruction_letter

BASE = [("a", "1"), ("b", "2"), ("c", "3")]


def test_existing_articles_keep_their_numbers_and_an_inserted_one_takes_a_letter() -> None:
    numbers = frozen_numbers(BASE, ["a", "b", "x", "y", "c"])
    assert numbers == {"a": "1", "b": "2", "x": "2a", "y": "2b", "c": "3"}


def test_a_deleted_number_is_not_given_out_again() -> None:
    # Artikel 2 was repealed: the new article after 1 is 1a, and 2 stays unused.
    assert frozen_numbers(BASE, ["a", "x", "c"]) == {"a": "1", "x": "1a", "c": "3"}
    assert frozen_numbers(BASE, ["a", "x", "c"], used=["1a"])["x"] == "1b"


def test_before_the_first_article_and_between_lettered_ones() -> None:
    assert frozen_numbers(BASE, ["x", "a", "b", "c"])["x"] == "a1"
    base = [("a", "9"), ("b", "9a"), ("c", "9b"), ("d", "10")]
    # Between 9a and 9b: the scheme extends (9aa), never skips ahead (9c would sort after 9b).
    assert frozen_numbers(base, ["a", "b", "x", "c", "d"])["x"] == "9aa"
    assert frozen_numbers(base, ["a", "b", "c", "x", "d"])["x"] == "9c"
    # Between 9 and 9a nothing fits: said, not guessed.
    with pytest.raises(NumberingError, match="daartussen past geen nummer"):
        frozen_numbers(base, ["a", "x", "b", "c", "d"])


def test_a_moved_article_is_numbered_at_its_new_place() -> None:
    numbers = frozen_numbers(BASE, ["b", "c", "a"])
    assert numbers == {"b": "2", "c": "3", "a": "3a"}


def test_chapters_take_capitals() -> None:
    assert frozen_numbers([("h1", "1"), ("h2", "2")], ["h1", "n", "h2"], upper=True)["n"] == "1A"


def test_instruction_letters_double_after_z() -> None:
    assert [instruction_letter(i) for i in (1, 26, 27, 28, 53)] == ["A", "Z", "AA", "BB", "AAA"]
