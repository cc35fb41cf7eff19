"""FEI06: an article of another law is cited for what it regulates (the table 'wetsartikelen' of
rechtsfeiten.yaml): in the text, in "gelet op" with the document's title, and in the register of
powers; each defect at the exact file:line:col of the reference, and clean counterparts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from assembler.checks import runner
from assembler.checks.base import FOUT, WAARSCHUWING, Finding
from assembler.checks.legal_facts import facts
from tests.checks.test_awb import REGISTER_FILE, entry, field_at, register
from tests.checks.test_facts import FRAGMENT, article, where

MANIFEST = "regelingen/testregeling.yaml"


def fei06(root: Path) -> list[Finding]:
    return [f for f in runner.run(runner.context(root)) if f.code == "FEI06"]


def test_every_statute_article_has_a_source_and_a_verification_flag() -> None:
    statutes = facts().statutes
    assert {s.name for s in statutes} >= {
        "Algemene wet bestuursrecht",
        "Participatiewet",
        "Wet gemeenschappelijke regelingen",
    }
    for statute in statutes:
        numbers = [a.number for a in statute.articles]
        assert len(numbers) == len(set(numbers)), statute.name
        for a in statute.articles:
            assert a.source and a.subject, (statute.name, a.number)
    awb = next(s for s in statutes if "Awb" in s.names)
    instemming = awb.article("10:4", dt.date(2023, 1, 1))
    assert instemming is not None and instemming.verified


@pytest.mark.parametrize(
    ("text", "reference", "severity"),
    [
        # The phrase the reference qualifies names another article's subject.
        (
            "Het college verleent de individuele inkomenstoeslag, bedoeld in artikel 36b van de"
            " Participatiewet.",
            "artikel 36b",
            FOUT,  # 36 and 36b verified (Kamerstukken II 2019/20, 35394, nr. 5)
        ),
        (
            "Het mandaat wordt verleend met instemming, als bedoeld in artikel 10:9 Awb, van de"
            " directeur.",
            "artikel 10:9",
            FOUT,
        ),
        (
            "Het dagelijks bestuur kan op grond van artikel 10:14 Awb instemming verlenen.",
            "artikel 10:14",
            FOUT,
        ),
        (
            "De deelnemer ontvangt een aanvullende uitkering (artikel 69 Participatiewet).",
            "artikel 69",
            WAARSCHUWING,  # the other numbers of the Participatiewet are not verified
        ),
        # One subject in the clause, and the cited article has another subject of its own.
        (
            "Artikel 36b van de Participatiewet is van toepassing op de individuele"
            " inkomenstoeslag.",
            "Artikel 36b",
            FOUT,
        ),
    ],
)
def test_fei06_a_reference_for_another_articles_subject(
    text: str, reference: str, severity: str, make_repo: Callable[..., Path]
) -> None:
    content = article(text)
    result = fei06(make_repo({FRAGMENT: content}))
    assert [(f.severity, str(f.pos)) for f in result] == [
        (severity, where(content, FRAGMENT, reference))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Het college verleent de individuele inkomenstoeslag, bedoeld in artikel 36 van de"
        " Participatiewet.",
        # Several articles; one of them is the subject's.
        "Gelet op de artikelen 8, eerste lid, onderdeel g, en 36 van de Participatiewet.",
        "Het mandaat wordt verleend met toepassing van de artikelen 10:3 en 10:4 Awb, met"
        " instemming van de directeur.",
        # The reference qualifies a subject of its own, inside a sentence about another.
        "Een individuele inkomenstoeslag wordt niet verleend als het vermogen hoger is dan de"
        " vermogensgrens, bedoeld in artikel 34, derde lid, van de Participatiewet.",
        # An article the table does not know: not judged.
        "De individuele inkomenstoeslag, bedoeld in artikel 36 en artikel 37 van de"
        " Participatiewet, wordt verleend.",
        "Ondermandaat is mogelijk (artikel 10:9 van de Algemene wet bestuursrecht).",
        # A range and another law are not judged by the Participatiewet's table.
        "De bevoegdheden op grond van de artikelen 41 tot en met 45 van de Participatiewet.",
        "De maatregelen, bedoeld in artikel 20 van de IOAW, worden door het college opgelegd.",
        # 'van toepassing' without a law: an article of the regeling itself.
        "Op de inkomenstoeslag is artikel 1 van toepassing.",
        # The group goes on with "en de artikelen".
        "Het bestuur stelt, met toepassing van artikel 212 en de artikelen 213 en 213a van de"
        " Gemeentewet, regels vast voor de controle.",
    ],
)
def test_fei06_clean(text: str, make_repo: Callable[..., Path]) -> None:
    assert fei06(make_repo({FRAGMENT: article(text)})) == []


def test_fei06_gelet_op_serves_the_documents_title(make_repo: Callable[..., Path]) -> None:
    """In "gelet op" the citation serves the document: a verordening on the inkomenstoeslag
    cited on artikel 36b (the studietoeslag) is wrong, on artikel 36 right."""
    wrong = "gelet op artikel 8, eerste lid, en artikel 36b van de Participatiewet;"
    right = "gelet op artikel 8, eerste lid, en artikel 36 van de Participatiewet;"
    path, text = _manifest(make_repo)
    titled = text.replace(
        "titel: Testregeling\n", "titel: Verordening individuele inkomenstoeslag\n"
    )
    assert titled != text
    for gelet, expected in ((wrong, 1), (right, 0)):
        content = _with_gelet_op(titled, gelet)
        result = fei06(make_repo({path: content}))
        assert len(result) == expected, (gelet, result)
        if expected:
            assert str(result[0].pos) == where(content, path, "artikel 36b")


def _manifest(make_repo: Callable[..., Path]) -> tuple[str, str]:
    root = make_repo()
    return MANIFEST, (root / MANIFEST).read_text(encoding="utf-8")


def _with_gelet_op(manifest: str, gelet: str) -> str:
    lines = [
        f'gelet_op: "{gelet}"' if line.startswith("gelet_op:") else line
        for line in manifest.split("\n")
    ]
    assert any(gelet in line for line in lines)
    return "\n".join(lines)


def _row(**fields: str) -> str:
    return entry("pw-toeslag", **fields)


@pytest.mark.parametrize(
    ("fields", "key", "needle"),
    [
        # The row's article is another subject's; its grondslag says the right one.
        (
            {
                "artikel": '"36b"',
                "omschrijving": "Verlenen van een individuele inkomenstoeslag",
                "grondslag": "artikel 36 Participatiewet en de Wet gemeenschappelijke regelingen",
            },
            "artikel",
            "",
        ),
        # The grondslag cites another article than the row, and does not fit the omschrijving.
        (
            {
                "artikel": '"36"',
                "omschrijving": "Verlenen van een individuele inkomenstoeslag",
                "grondslag": "artikel 36b Participatiewet en de Wet gemeenschappelijke regelingen",
            },
            "grondslag",
            "artikel 36b",
        ),
    ],
)
def test_fei06_register_row(
    fields: dict[str, str], key: str, needle: str, make_repo: Callable[..., Path]
) -> None:
    row = _row(**fields)
    result = fei06(make_repo({REGISTER_FILE: register(row)}))
    if needle:
        line = next(i for i, text in enumerate(row.split("\n"), start=3) if needle in text)
        col = row.split("\n")[line - 3].index(needle) + 1
        expected = f"{REGISTER_FILE}:{line}:{col}"
    else:
        expected = field_at(row, key)
    assert [str(f.pos) for f in result] == [expected]


@pytest.mark.parametrize(
    "fields",
    [
        {
            "artikel": '"36"',
            "omschrijving": "Verlenen van een individuele inkomenstoeslag",
            "grondslag": "artikel 36 Participatiewet en de Wet gemeenschappelijke regelingen",
        },
        # A range, and a mandate whose grondslag names what allows the mandate.
        {"artikel": '"41 tot en met 45"', "omschrijving": "Behandelen van aanvragen"},
        {
            "artikel": '"36b"',
            "omschrijving": "Verlenen van een individuele studietoeslag",
            "soort": "mandaat",
            "ontvanger": "directeur",
            "grondslag": "de artikelen 10:3 en 10:4 Awb",
        },
    ],
)
def test_fei06_register_row_clean(fields: dict[str, str], make_repo: Callable[..., Path]) -> None:
    assert fei06(make_repo({REGISTER_FILE: register(_row(**fields))})) == []
