"""Drafting-convention rules: each fires exactly where it should, and the sample is clean."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from assembler.checks import runner
from assembler.checks.base import Finding
from assembler.cli import main
from tests.conftest import BEGRIPPEN, BESTUUR, REGELING, REPO_ROOT, SLOT, V_ENIG

TEK = "TEK"
# The minimal project, with every defined term used and a toelichting everywhere: clean.
BEGRIPPEN_OK = BEGRIPPEN.replace(
    "deelnemer: een college dat aan deze regeling deelneemt.",
    "college: het college van een gemeente.",
)
SLOT_OK = SLOT + "toelichting:\n  - Citeertitel.\n"


def findings(root: Path, family: str = TEK) -> list[Finding]:
    return [f for f in runner.run(runner.context(root)) if f.code.startswith(family)]


def where(f: Finding) -> str:
    return f"{f.pos}"


# Each case: files to change, the one expected (code, location).
CASES: dict[str, tuple[dict[str, str], str, str]] = {
    "TEK01": (
        {
            "clausules/bestuur/bestuur.yaml": BESTUUR.replace(
                "gewone meerderheid; of", "gewone meerderheid"
            )
        },
        "TEK01",
        "clausules/bestuur/bestuur.yaml:11:16",
    ),
    "TEK02": (
        {
            "clausules/bestuur/bestuur.yaml": BESTUUR.replace("het quorum; en", "het quorum; en")
            .replace("de openbaarheid.", "de openbaarheid; of")
            .replace(
                "          - id: bestuur.stemmen.gekwalificeerd.openbaar\n            tekst: de openbaarheid; of\n",
                "          - id: bestuur.stemmen.gekwalificeerd.openbaar\n            tekst: de openbaarheid; of\n"
                "          - id: bestuur.stemmen.gekwalificeerd.derde\n            tekst: de derde.\n",
            )
        },
        "TEK02",
        "clausules/bestuur/bestuur.yaml:16:20",
    ),
    "TEK03": (
        {
            "clausules/algemeen/begrippen.yaml": BEGRIPPEN_OK.replace(
                "van een gemeente.", "van een gemeente"
            )
        },
        "TEK03",
        "clausules/algemeen/begrippen.yaml:11:17",
    ),
    "TEK04": (
        {
            "clausules/slot/slot.yaml": SLOT.replace(
                "Deze regeling", "Met inachtneming van lid 2 wordt deze regeling"
            )
        },
        "TEK04",
        "clausules/slot/slot.yaml:6:34",
    ),
    "TEK05": (
        {
            "clausules/algemeen/begrippen.yaml": BEGRIPPEN_OK.replace(
                'tekst: "algemeen bestuur: het algemeen bestuur van {{ openbaar_lichaam.naam }};"',
                'tekst: "college: het college van een gemeente;"',
            ).replace(
                'tekst: "college: het college van een gemeente."',
                'tekst: "algemeen bestuur: het algemeen bestuur van {{ openbaar_lichaam.naam }}."',
            )
        },
        "TEK05",
        # Two swapped neighbours: at the earlier, where the disorder is first seen.
        "clausules/algemeen/begrippen.yaml:9:17",
    ),
    "TEK07": (
        {"clausules/slot/slot.yaml": SLOT + '  - id: slot.leeg\n    tekst: ""\n'},
        "TEK07",
        "clausules/slot/slot.yaml:8:13",
    ),
    "TEK09": (
        {
            "clausules/algemeen/begrippen.yaml": BEGRIPPEN_OK.replace(
                "toelichting:\n  - Dit artikel bevat de begrippen.\n", ""
            )
        },
        "TEK09",
        "clausules/algemeen/begrippen.yaml:2:5",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_drafting_rule_fires_at_the_right_place(
    case: str, make_repo: Callable[..., Path]
) -> None:
    changes, code, location = CASES[case]
    base = {
        "clausules/slot/slot.yaml": SLOT_OK,
        "clausules/algemeen/begrippen.yaml": BEGRIPPEN_OK,
        "clausules/verordening/enig.yaml": V_ENIG + "toelichting:\n  - Citeertitel.\n",
    }
    if "clausules/slot/slot.yaml" in changes:
        changes = {
            **changes,
            "clausules/slot/slot.yaml": changes["clausules/slot/slot.yaml"]
            + "toelichting:\n  - Citeertitel.\n",
        }
    root = make_repo({**base, **changes})
    found = findings(root)
    assert [(f.code, where(f)) for f in found] == [(code, location)], [
        str(f.message) for f in found
    ]


def test_tek06_a_defined_term_that_is_never_used(make_repo: Callable[..., Path]) -> None:
    changes = {
        "clausules/algemeen/begrippen.yaml": BEGRIPPEN_OK.replace(
            "      - id: begrippen.deelnemer\n",
            '      - id: begrippen.bewindvoering\n        tekst: "bewindvoering: beschermingsbewind;"\n'
            "      - id: begrippen.deelnemer\n",
        ).replace("algemeen bestuur: het", "algemeen bestuur: het"),
        "clausules/slot/slot.yaml": SLOT + "toelichting:\n  - Citeertitel.\n",
        "clausules/verordening/enig.yaml": V_ENIG + "toelichting:\n  - Citeertitel.\n",
    }
    found = [f for f in findings(make_repo(changes)) if f.code == "TEK06"]
    assert [(f.code, where(f)) for f in found] == [
        ("TEK06", "clausules/algemeen/begrippen.yaml:11:17")
    ]
    assert "'bewindvoering'" in found[0].message


def test_tek08_a_document_without_citeertitel(make_repo: Callable[..., Path]) -> None:
    changes = {
        "clausules/verordening/enig.yaml": "formaat: 1\nid: v-enig\ntitel: Enig artikel\nleden:\n"
        "  - id: v-enig.1\n    tekst: Deze verordening treedt in werking.\ntoelichting:\n  - Inwerkingtreding.\n",
        "clausules/slot/slot.yaml": SLOT + "toelichting:\n  - Citeertitel.\n",
    }
    found = [f for f in findings(make_repo(changes)) if f.code == "TEK08"]
    assert [where(f) for f in found] == ["verordeningen/testverordening.yaml:1:1"]


def test_tek08_the_citeertitel_article_no_longer_names_it(make_repo: Callable[..., Path]) -> None:
    """The article titled Citeertitel is still there, its text is not: reported at the article."""
    changes = {
        "clausules/slot/slot.yaml": SLOT.replace(
            '"Deze regeling wordt aangehaald als: {{ document.citeertitel }}."',
            "Deze regeling vervangt de vorige regeling.",
        )
        + "toelichting:\n  - Citeertitel.\n",
        "clausules/verordening/enig.yaml": V_ENIG + "toelichting:\n  - Citeertitel.\n",
    }
    found = [f for f in findings(make_repo(changes)) if f.code == "TEK08"]
    assert [where(f) for f in found] == ["clausules/slot/slot.yaml:2:5"]
    assert "noemt de citeertitel niet (meer)" in found[0].message


def test_an_exception_with_a_reason_switches_a_rule_off_for_one_provision(
    make_repo: Callable[..., Path],
) -> None:
    text = BEGRIPPEN_OK.replace("toelichting:\n  - Dit artikel bevat de begrippen.\n", "")
    text += "negeer:\n  - regel: TEK09\n    reden: de begrippen spreken voor zich\n"
    root = make_repo(
        {
            "clausules/algemeen/begrippen.yaml": text,
            "clausules/slot/slot.yaml": SLOT + "toelichting:\n  - Citeertitel.\n",
            "clausules/verordening/enig.yaml": V_ENIG + "toelichting:\n  - Citeertitel.\n",
        }
    )
    assert findings(root) == []
    stale = text.replace("TEK09", "TEK05")
    root2 = make_repo({"clausules/algemeen/begrippen.yaml": stale})
    codes = {f.code for f in runner.run(runner.context(root2))}
    assert "ALG02" in codes and "TEK09" in codes


def test_an_exception_without_a_reason_is_a_source_error(
    make_repo: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_repo(
        {
            "clausules/algemeen/begrippen.yaml": BEGRIPPEN_OK
            + 'negeer:\n  - regel: TEK09\n    reden: ""\n'
        }
    )
    code = main(["--map", str(root), "controleer"])
    assert code == 2
    assert "een uitzondering op TEK09 vraagt een reden" in capsys.readouterr().err


def test_exit_codes_and_json_that_validates_against_the_documented_schema(
    make_repo: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((REPO_ROOT / "docs/controle-schema.json").read_text(encoding="utf-8"))
    root = make_repo(
        {
            "clausules/slot/slot.yaml": SLOT.replace(
                "Deze regeling", "Gelet op sub a wordt deze regeling"
            )
        }
    )
    code = main(["--map", str(root), "controleer", "--json"])
    data = json.loads(capsys.readouterr().out)
    jsonschema.validate(data, schema)
    assert code == 1 and data["fouten"] >= 1
    assert {"code": "TEK04", "bestand": "clausules/slot/slot.yaml", "regel": 6}.items() <= next(
        b for b in data["bevindingen"] if b["code"] == "TEK04"
    ).items()


def test_human_output_is_grouped_per_file(
    make_repo: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_repo(
        {
            "clausules/slot/slot.yaml": SLOT_OK.replace(
                "Deze regeling", "Gelet op sub a wordt deze regeling"
            ),
            "clausules/algemeen/begrippen.yaml": BEGRIPPEN_OK,
            "clausules/verordening/enig.yaml": V_ENIG + "toelichting:\n  - Citeertitel.\n",
            # A besluit, not a regeling: the Wgr completeness rules do not apply to it.
            "regelingen/testregeling.yaml": REGELING.replace("soort: regeling", "soort: besluit"),
        }
    )
    main(["--map", str(root), "controleer"])
    out = capsys.readouterr().out
    assert out == (
        'clausules/slot/slot.yaml\n  6:22  waarschuwing TEK04  verwijzing in de vorm "sub a":'
        ' schrijf "onderdeel a"\n\n0 fouten, 1 waarschuwing.\n'
    )


def test_the_sample_passes_without_errors(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--map", str(REPO_ROOT), "controleer"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert " fout " not in out


def test_alg01_an_exception_for_an_unknown_rule(make_repo: Callable[..., Path]) -> None:
    text = BEGRIPPEN_OK + "negeer:\n  - regel: TEK99\n    reden: bestaat niet\n"
    root = make_repo(
        {
            "clausules/algemeen/begrippen.yaml": text,
            "clausules/slot/slot.yaml": SLOT_OK,
            "clausules/verordening/enig.yaml": V_ENIG + "toelichting:\n  - Citeertitel.\n",
        }
    )
    found = [f for f in runner.run(runner.context(root)) if f.code.startswith("ALG")]
    assert [(f.code, where(f)) for f in found] == [
        ("ALG01", "clausules/algemeen/begrippen.yaml:15:5")
    ]


@pytest.mark.parametrize(
    ("keys", "i", "expected"),
    [
        (["aanvraag", "wet", "begroting", "college"], 2, 1),  # "wet" moved up: the earlier
        (["aanvraag", "begroting", "college", "afdeling"], 3, 3),  # "afdeling" moved down
        (["basistaak", "algemeen bestuur", "college"], 1, 0),  # swapped neighbours
    ],
)
def test_tek05_reports_the_term_that_is_out_of_place(
    keys: list[str], i: int, expected: int
) -> None:
    from assembler.checks.drafting import misplaced

    assert misplaced(keys, i) == expected
