"""The stemverhouding against its own cap: votes per deelnemer from the tiers of inhabitants the
regeling states and the inhabitants in the finance data, against "meer dan een derde van het
totale aantal stemmen" elsewhere in the regeling."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction

from assembler.checks.base import FOUT, Context, Finding, finding, rule
from assembler.checks.numerals import NUMBER, value
from assembler.model.nodes import Document, plain

_AMOUNT = r"(\d{1,3}(?:\.\d{3})+|\d+)"
_BELOW = re.compile(rf"\bminder dan {_AMOUNT}\b")
_FROM = re.compile(
    rf"\bten minste {_AMOUNT}\b|\b{_AMOUNT} inwoners of meer\b|\b{_AMOUNT} of meer\b"
)
_ABOVE = re.compile(rf"\bmeer dan {_AMOUNT}\b")
_TIER_VOTES = re.compile(rf"\b({NUMBER})\s+stem(?:men)?\b", re.IGNORECASE)
_SHARES = {
    "een kwart": Fraction(1, 4),
    "een derde": Fraction(1, 3),
    "de helft": Fraction(1, 2),
    "twee derde": Fraction(2, 3),
}
_CAP = re.compile(
    r"\bmeer dan (" + "|".join(_SHARES) + r") van het totale aantal stemmen\b", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Tier:
    """Inhabitants from ``low`` (inclusive) below ``high`` (exclusive; None: no upper bound)."""

    low: int
    high: int | None
    votes: int
    ident: str  # the onderdeel that states it

    def holds(self, inhabitants: int) -> bool:
        return inhabitants >= self.low and (self.high is None or inhabitants < self.high)


def _amount(text: str) -> int:
    return int(text.replace(".", ""))


def _tier(text: str, ident: str) -> Tier | None:
    votes = _TIER_VOTES.search(text)
    if votes is None or "inwoners" not in text:
        return None
    below = _BELOW.search(text)
    start = _FROM.search(text)
    above = _ABOVE.search(text)
    low = 0
    if start is not None:
        low = _amount(next(g for g in start.groups() if g))
    elif above is not None:
        low = _amount(above.group(1)) + 1
    high = _amount(below.group(1)) if below is not None else None
    return Tier(low, high, value(votes.group(1)), ident)


def _tiers(doc: Document) -> list[Tier]:
    for article in doc.articles:
        for lid in article.leden:
            found = [_tier(plain(o.content), o.id) for o in lid.onderdelen]
            tiers = [t for t in found if t is not None]
            if len(tiers) >= 2:
                return tiers
    return []


def _cap(doc: Document) -> tuple[Fraction, str, str] | None:
    """The share no member may exceed, as written, and the number of its article."""
    for article in doc.articles:
        for lid in article.leden:
            match = _CAP.search(plain(lid.content))
            if match is not None:
                return _SHARES[match.group(1).lower()], match.group(0), article.number
    return None


@rule(
    "GET07",
    FOUT,
    "de stemverhouding naar inwoners (de staffel en de inwoners in de financiële gegevens) blijft"
    " binnen het maximum dat de regeling stelt ('niet meer dan een derde van het totale aantal"
    " stemmen')",
    "samenhang van de tekst en de financiële gegevens",
)
def votes_within_share(ctx: Context) -> Iterator[Finding]:
    finance = ctx.project.finance
    data = next((d for d in finance.datasets if d.id == "inwoners"), None) if finance else None
    if data is None:
        return
    names = {d.id: d.naam for d in ctx.project.deelnemers}
    for doc in ctx.documents:
        if doc.kind != "regeling":
            continue
        tiers, cap = _tiers(doc), _cap(doc)
        if not tiers or cap is None:
            continue
        share, said, number = cap
        votes: dict[str, tuple[int, Tier]] = {}
        for deelnemer, inhabitants in data.values.items():
            tier = next((t for t in tiers if t.holds(inhabitants)), None)
            if tier is not None:
                votes[deelnemer] = (tier.votes, tier)
        total = sum(v for v, _ in votes.values())
        for deelnemer, (count, tier) in sorted(votes.items()):
            if total and Fraction(count, total) > share:
                yield finding(
                    "GET07",
                    ctx.pos_of(tier.ident),
                    f"{names.get(deelnemer, deelnemer)} ({data.values[deelnemer]} inwoners) krijgt"
                    f" volgens deze staffel {count} van de {total} stemmen: meer dan '{said}' in"
                    f" artikel {number}",
                    tier.ident,
                    doc.id,
                )
