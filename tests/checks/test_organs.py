"""SAM07: the dagelijks bestuur does not adopt what the regeling keeps for the algemeen bestuur;
the defect at the exact file:line:col, and clean counterparts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from assembler.checks import runner
from assembler.checks.base import Finding
from tests.checks.test_facts import FRAGMENT, where


def sam07(root: Path) -> list[Finding]:
    return [f for f in runner.run(runner.context(root)) if f.code == "SAM07"]


def keeping(text: str, listed: bool = True) -> str:
    """An article whose second lid keeps the begroting and the jaarrekening for the algemeen
    bestuur (or, with ``listed`` false, transfers without exceptions), and a lid with ``text``."""
    transfer = (
        '    tekst: "Het algemeen bestuur kan bevoegdheden overdragen aan het dagelijks bestuur,'
        ' met uitzondering van:"\n'
        "    onderdelen:\n"
        "      - id: bestuur.overdracht.begroting\n"
        '        tekst: "de vaststelling van de begroting en van wijzigingen daarvan;"\n'
        "      - id: bestuur.overdracht.jaarrekening\n"
        '        tekst: "de vaststelling van de jaarrekening."\n'
        if listed
        else '    tekst: "Het algemeen bestuur kan bevoegdheden overdragen aan het dagelijks'
        ' bestuur."\n'
    )
    return (
        "formaat: 1\nid: bestuur\ntitel: Bevoegdheden\nleden:\n"
        "  - id: bestuur.overdracht\n" + transfer + "  - id: bestuur.regel\n"
        f'    tekst: "{text}"\n'
    )


@pytest.mark.parametrize(
    "text",
    [
        "Het dagelijks bestuur stelt de percentages vast bij de vaststelling van de begroting.",
        "Het dagelijks bestuur stelt de jaarrekening vast vóór 1 juli.",
        "De kosten worden verdeeld. Het dagelijks bestuur stelt de begroting vast.",
    ],
)
def test_sam07_the_dagelijks_bestuur_adopts_what_the_algemeen_bestuur_keeps(
    text: str, make_repo: Callable[..., Path]
) -> None:
    content = keeping(text)
    result = sam07(make_repo({FRAGMENT: content}))
    assert [(f.severity, str(f.pos)) for f in result] == [
        ("fout", where(content, FRAGMENT, "Het dagelijks bestuur stelt"))
    ]
    assert "algemeen bestuur" in result[0].message


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        (
            "Het algemeen bestuur stelt de percentages vast bij de vaststelling van de begroting.",
            True,
        ),
        ("Het dagelijks bestuur stelt jaarlijks een ontwerpbegroting op.", True),
        (
            "Het dagelijks bestuur zendt de begroting binnen twee weken na de vaststelling toe.",
            True,
        ),
        ("Het dagelijks bestuur stelt de nadere regels vast.", True),
        # No list of exceptions in the regeling: nothing to contradict.
        ("Het dagelijks bestuur stelt de begroting vast.", False),
    ],
)
def test_sam07_clean(text: str, listed: bool, make_repo: Callable[..., Path]) -> None:
    assert sam07(make_repo({FRAGMENT: keeping(text, listed)})) == []
