"""Reference wording per the Aanwijzingen voor de regelgeving."""

import pytest

from assembler.model.references import OUTSIDE, Loc, Where, wording

LID = Loc("lid", "7", "art", "l2", 2, 3)
ONDERDEEL = Loc("onderdeel", "7", "art", "l2", 2, 3, "o", "b")
SUB = Loc("subonderdeel", "7", "art", "l2", 2, 3, "o", "b", "1°")
SINGLE = Loc("onderdeel", "7", "art", "l1", 1, 1, "o", "b")


@pytest.mark.parametrize(
    ("target", "source", "text"),
    [
        (Loc("artikel", "7", "art"), OUTSIDE, "artikel 7"),
        (Loc("artikel", "7", "art"), Where("art", "l1"), "dit artikel"),
        (LID, Where("other"), "artikel 7, tweede lid"),
        (LID, Where("art", "l1"), "het tweede lid"),
        (LID, Where("art", "l2"), "dit lid"),
        # The only lid of an article, from another article: the article (it has no lid number).
        (Loc("lid", "7", "art", "l1", 1, 1), Where("other"), "artikel 7"),
        (ONDERDEEL, Where("other"), "artikel 7, tweede lid, onderdeel b"),
        (ONDERDEEL, Where("art", "l1"), "het tweede lid, onderdeel b"),
        (ONDERDEEL, Where("art", "l2"), "onderdeel b"),
        (SUB, OUTSIDE, "artikel 7, tweede lid, onderdeel b, onder 1°"),
        (SUB, Where("art", "l2"), "onderdeel b, onder 1°"),
        (SUB, Where("art", "l2", "o"), "onder 1°"),
        (SINGLE, OUTSIDE, "artikel 7, onderdeel b"),
        (SINGLE, Where("art", "l1"), "onderdeel b"),
        (Loc("hoofdstuk", "3"), Where("art"), "hoofdstuk 3"),
    ],
)
def test_wording(target: Loc, source: Where, text: str) -> None:
    assert wording(target, source) == text
