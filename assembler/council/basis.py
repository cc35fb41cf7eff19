"""The legal basis of what a round asks of the raad and the college (art. 1 Wgr).

Artikel 1 Wgr as amended on 1 July 2022 (Stb. 2022, 18): the colleges send the draft to the
raden (second lid), each raad may give its zienswijze within eight weeks (third lid), the
colleges make the regeling only after the raad's toestemming, which can be withheld only for
conflict with the law or the general interest (fourth lid), and "making" includes amending,
joining and leaving (fifth lid). Before that date the toestemming was the second lid, "making
includes amending" the third, and the Wgr knew no zienswijze on the draft: such a round rested on
the raad's wensen en bedenkingen (Gemeentewet), which the texts mark as still to be verified.
The first lid gives the colleges the power to make the regeling at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from assembler.model.numbering import ordinal
from assembler.model.wording import enumeration
from assembler.source.correspondence import Request

WGR = "de Wet gemeenschappelijke regelingen"
AMENDED = date(2022, 7, 1)  # in force: the zienswijze of art. 1, third lid, Wgr
UNVERIFIED = "[te verifiëren]"
# Before 1 July 2022 no article of the Wgr gave the raad a say on the draft: the round asked for
# wensen en bedenkingen; the article is the one practice cites, not checked against the law.
WENSEN_EN_BEDENKINGEN = f"artikel 169, vierde lid, van de Gemeentewet {UNVERIFIED}"


def _article_1(leden: Sequence[int]) -> str:
    words = enumeration([ordinal(n) for n in leden])
    return f"artikel 1, {words} lid, van {WGR}"


def amended_wgr(on: date) -> bool:
    """Whether a round of this date falls under art. 1 Wgr as amended on 1 July 2022."""
    return on >= AMENDED


def raad_basis(request: Request, on: date, amendment: bool) -> str:
    """The provisions the raadsbesluit rests on ("artikel 1, vierde lid, van de Wet ...")."""
    if amended_wgr(on):
        own = 3 if request is Request.ZIENSWIJZE else 4
        return _article_1([own, 5] if amendment else [own])
    if request is Request.ZIENSWIJZE:
        return WENSEN_EN_BEDENKINGEN
    return _article_1([2, 3] if amendment else [2])


def college_basis(request: Request, on: date, amendment: bool) -> str:
    """The provisions the collegebesluit rests on: sending the draft, or making the regeling
    (the first lid) after the raad's toestemming."""
    if amended_wgr(on):
        leden = [2] if request is Request.ZIENSWIJZE else [1, 4]
        return _article_1([*leden, 5] if amendment else leden)
    if request is Request.ZIENSWIJZE:
        return WENSEN_EN_BEDENKINGEN
    return _article_1([1, 2, 3] if amendment else [1, 2])
