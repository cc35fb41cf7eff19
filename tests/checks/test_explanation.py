"""GET11: the toelichting of an article says the same terms, percentages and minimums as the
article itself; both sides are reported, at the exact file:line:col of each phrase."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from assembler.checks import runner
from tests.checks.test_facts import FRAGMENT, where


def fragment(lid: str, note: str) -> str:
    return (
        "formaat: 1\nid: bestuur\ntitel: Bepalingen\nleden:\n"
        f'  - id: bestuur.l1\n    tekst: "{lid}"\n'
        f'toelichting:\n  - "{note}"\n'
    )


def get11(make_repo: Callable[..., Path], lid: str, note: str) -> list[tuple[str, str]]:
    root = make_repo({FRAGMENT: fragment(lid, note)})
    return [(f.code, str(f.pos)) for f in runner.run(runner.context(root)) if f.code == "GET11"]


@pytest.mark.parametrize(
    ("lid", "note", "in_lid", "in_note"),
    [
        (
            "De raden brengen hun zienswijze binnen acht weken naar voren.",
            "De raden hebben zes weken voor hun zienswijze.",
            "acht weken",
            "zes weken",
        ),
        (
            "De weerstandsreserve bedraagt ten hoogste 5% van de lasten.",
            "De reserve is begrensd op tien procent van de lasten.",
            "5%",
            "tien procent",
        ),
        (
            "Het besluit vergt de stemmen van ten minste vijf deelnemers.",
            "Daarvoor zijn ten minste zes van de zeven colleges nodig.",
            "ten minste vijf deelnemers",
            "ten minste zes van de zeven colleges",
        ),
    ],
)
def test_get11_the_toelichting_contradicts_its_article_at_both_sides(
    lid: str, note: str, in_lid: str, in_note: str, make_repo: Callable[..., Path]
) -> None:
    content = fragment(lid, note)
    assert sorted(get11(make_repo, lid, note)) == sorted(
        [("GET11", where(content, FRAGMENT, in_lid)), ("GET11", where(content, FRAGMENT, in_note))]
    )


@pytest.mark.parametrize(
    ("lid", "note"),
    [
        # The same quantity in other words.
        ("De termijn bedraagt acht weken.", "De raden hebben 8 weken de tijd."),
        ("De reserve bedraagt ten hoogste 5% van de lasten.", "Dat is vijf procent van de lasten."),
        ("Het besluit vergt ten minste vijf deelnemers.", "Ten minste vijf colleges stemmen in."),
        # Another provision, the past, or a kind the article does not state.
        (
            "De termijn bedraagt acht weken.",
            "De termijn van zes weken, bedoeld in artikel 3, blijft.",
        ),
        ("De termijn bedraagt acht weken.", "Voorheen gold een termijn van zes weken."),
        ("Het bestuur vergadert openbaar.", "Het bestuur vergadert zes weken na de zomer."),
    ],
)
def test_get11_clean(lid: str, note: str, make_repo: Callable[..., Path]) -> None:
    assert get11(make_repo, lid, note) == []
