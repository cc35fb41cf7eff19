"""Names in running text: the article before a name, a round's name as a common noun."""

from __future__ import annotations

import pytest

from assembler.model.wording import definite_article, in_sentence


@pytest.mark.parametrize(
    ("name", "article"),
    [
        ("Concepttekst", "de"),
        ("Definitieve tekst", "de"),
        ("Mandaat-, volmacht- en machtigingsbesluit", "het"),
        ("Gemeenschappelijke Regeling Sociaal", "de"),
    ],
)
def test_the_article_follows_the_head_noun(name: str, article: str) -> None:
    assert definite_article(name) == article


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Concepttekst", "concepttekst"),
        ("Definitieve tekst", "definitieve tekst"),
        ("GR-tekst 2023", "GR-tekst 2023"),
        ("WMO-verordening", "WMO-verordening"),
        ("tweede concept", "tweede concept"),
        ("X", "X"),
    ],
)
def test_a_rounds_name_in_a_sentence_is_lower_case_unless_an_abbreviation(
    name: str, shown: str
) -> None:
    assert in_sentence(name) == shown
