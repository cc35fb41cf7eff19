"""Dutch numbering words and letters."""

import pytest

from assembler.model.numbering import letter, lid_number, ordinal, sub_number


@pytest.mark.parametrize(
    ("n", "word"),
    [
        (1, "eerste"),
        (2, "tweede"),
        (3, "derde"),
        (8, "achtste"),
        (11, "elfde"),
        (19, "negentiende"),
        (20, "twintigste"),
        (21, "eenentwintigste"),
        (22, "tweeëntwintigste"),
        (23, "drieëntwintigste"),
        (34, "vierendertigste"),
        (100, "honderdste"),
    ],
)
def test_ordinal_words(n: int, word: str) -> None:
    assert ordinal(n) == word


def test_letters_continue_after_z() -> None:
    assert [letter(i) for i in (1, 2, 26, 27, 28)] == ["a", "b", "z", "aa", "ab"]


def test_single_lid_has_no_number() -> None:
    assert lid_number(1, 1) == ""
    assert lid_number(2, 3) == "2."
    assert sub_number(3) == "3°"
