"""GET12 (a term an article refers back to is a term it sets) and GET13 (a cap on what lies above
a defined limit lies above it): each defect at the exact file:line:col, and clean counterparts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from assembler.checks import runner
from assembler.checks.base import Finding
from tests.checks.test_facts import FRAGMENT, article, where


def found(root: Path, code: str) -> list[Finding]:
    return [f for f in runner.run(runner.context(root)) if f.code == code]


@pytest.mark.parametrize(
    ("texts", "phrase"),
    [
        (
            (
                "Maakt de belanghebbende zich binnen twaalf maanden opnieuw schuldig, dan wordt de"
                " verlaging verdubbeld.",
                "De termijn van zes maanden vangt aan op de dag van de bekendmaking.",
            ),
            "De termijn van zes maanden",
        ),
        (
            (
                "Het bestuur beslist binnen acht weken; de raden reageren binnen zes weken.",
                "Het bestuur kan die termijn van vier weken eenmaal verlengen.",
            ),
            "die termijn van vier weken",
        ),
    ],
)
def test_get12_a_back_reference_to_a_term_the_article_does_not_set(
    texts: tuple[str, ...], phrase: str, make_repo: Callable[..., Path]
) -> None:
    content = article(*texts)
    result = found(make_repo({FRAGMENT: content}), "GET12")
    assert [(f.severity, str(f.pos)) for f in result] == [
        ("fout", where(content, FRAGMENT, phrase))
    ]
    assert "noemt" in result[0].message


@pytest.mark.parametrize(
    "texts",
    [
        (
            "Maakt de belanghebbende zich binnen twaalf maanden opnieuw schuldig, dan wordt de"
            " verlaging verdubbeld.",
            "De termijn van twaalf maanden vangt aan op de dag van de bekendmaking.",
        ),
        # The term is set in another article: nothing to compare with here.
        ("De termijn van zes maanden vangt aan op de dag van de bekendmaking.",),
        # A new term, not a back reference.
        ("Het bestuur beslist binnen acht weken, of binnen een termijn van vier weken.",),
        # Other units do not compare.
        (
            "Het bestuur beslist binnen acht weken. De termijn van twee jaar vangt aan op 1 januari.",
        ),
    ],
)
def test_get12_clean(texts: tuple[str, ...], make_repo: Callable[..., Path]) -> None:
    assert found(make_repo({FRAGMENT: article(*texts)}), "GET12") == []


def definitions_and(text: str, base: str = "bijstandsnorm") -> str:
    """An article that defines the inkomensgrens as 110 procent, and a lid with ``text``."""
    return (
        "formaat: 1\nid: bestuur\ntitel: Inkomensgrens\nleden:\n"
        "  - id: bestuur.begrippen\n"
        '    tekst: "In deze regeling wordt verstaan onder:"\n'
        "    onderdelen:\n"
        "      - id: bestuur.begrippen.grens\n"
        f'        tekst: "inkomensgrens: 110 procent van de {base};"\n'
        "      - id: bestuur.begrippen.norm\n"
        '        tekst: "norm: de bijstandsnorm."\n'
        "  - id: bestuur.regel\n"
        f'    tekst: "{text}"\n'
    )


def test_get13_a_cap_below_the_limit_it_lies_above(make_repo: Callable[..., Path]) -> None:
    text = (
        "Een periode waarin het inkomen hoger was dan de inkomensgrens, blijft buiten"
        " beschouwing, mits het inkomen niet hoger was dan 105 procent van de bijstandsnorm."
    )
    content = definitions_and(text)
    result = found(make_repo({FRAGMENT: content}), "GET13")
    assert [(f.severity, str(f.pos)) for f in result] == [
        ("fout", where(content, FRAGMENT, "niet hoger was dan 105 procent"))
    ]
    assert "110 procent van de bijstandsnorm" in result[0].message


@pytest.mark.parametrize(
    ("text", "base"),
    [
        (
            "Een periode waarin het inkomen hoger was dan de inkomensgrens, blijft buiten"
            " beschouwing, mits het inkomen niet hoger was dan 120 procent van de bijstandsnorm.",
            "bijstandsnorm",
        ),
        # Another base: not comparable.
        (
            "Een periode waarin het inkomen hoger was dan de inkomensgrens, blijft buiten"
            " beschouwing, mits het inkomen niet hoger was dan 105 procent van de bijstandsnorm.",
            "referentienorm",
        ),
        # Not about what lies above the limit.
        (
            "Een toeslag wordt verleend bij een inkomen tot 105 procent van de bijstandsnorm.",
            "bijstandsnorm",
        ),
    ],
)
def test_get13_clean(text: str, base: str, make_repo: Callable[..., Path]) -> None:
    assert found(make_repo({FRAGMENT: definitions_and(text, base)}), "GET13") == []
