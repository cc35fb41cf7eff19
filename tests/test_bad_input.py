"""Every kind of bad input: a located Dutch message, exit code 2, no traceback, nothing written."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from assembler.cli import main
from tests.conftest import BESTUUR, REGELING

# A version's name is read from the milestones: a number there is refused like anywhere else.
MIJLPAAL_NAAM_GETAL = """\
formaat: 1
mijlpalen:
  - id: concept
    naam: 1.0
    datum: 2021-05-17
"""


def build(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["--map", str(root), "bouw", "--uit", str(root / "uit")])
    return code, capsys.readouterr().err


def assert_refused(root: Path, code: int, err: str, location: str, *phrases: str) -> None:
    assert code == 2
    assert f"{location}: fout: " in err, err
    for phrase in phrases:
        assert phrase in err, err
    assert "Traceback" not in err
    assert not (root / "uit").exists(), "er is toch iets geschreven"


CASES: dict[str, tuple[dict[str, str], str, tuple[str, ...]]] = {
    "yaml-syntaxfout": (
        {"clausules/slot/slot.yaml": "formaat: 1\nid: slot\ntitel: Citeertitel: fout\nleden: []\n"},
        "clausules/slot/slot.yaml:3:19",
        ("ongeldige YAML", "aanhalingstekens"),
    ),
    "dubbele-id": (
        {
            "clausules/slot/tweede.yaml": BESTUUR.replace("id: bestuur\n", "id: slot\n", 1).replace(
                "bestuur.", "slotdubbel."
            )
        },
        "clausules/slot/tweede.yaml:2:5",
        ("id 'slot' komt al voor in",),
    ),
    "onbekend-fragment": (
        {"regelingen/testregeling.yaml": REGELING.replace("[bestuur, slot]", "[bestuur, slott]")},
        "regelingen/testregeling.yaml:20:26",
        ("onbekend clausulefragment 'slott'", "bedoelde u 'slot'?"),
    ),
    "fragment-tweemaal": (
        {
            "regelingen/testregeling.yaml": REGELING.replace(
                "[bestuur, slot]", "[bestuur, begrippen, slot]"
            )
        },
        "regelingen/testregeling.yaml:20:26",
        ("clausulefragment 'begrippen' staat al in dit document",),
    ),
    "verwijzing-naar-onbekende-bepaling": (
        {
            "clausules/bestuur/bestuur.yaml": BESTUUR.replace(
                "ref('begrippen.ab')", "ref('begrippen.xx')"
            )
        },
        "clausules/bestuur/bestuur.yaml:6:75",
        ("verwijzing naar onbekende bepaling 'begrippen.xx'",),
    ),
    "onbekende-variabele": (
        {
            "clausules/bestuur/bestuur.yaml": BESTUUR.replace(
                "ref('begrippen.ab') }}", "ref('begrippen.ab') }} {{ vestigingsplaatss }}"
            )
        },
        "clausules/bestuur/bestuur.yaml:6:96",
        ("onbekende variabele 'vestigingsplaatss'",),
    ),
    "versienaam-als-getal": (
        {"mijlpalen.yaml": MIJLPAAL_NAAM_GETAL},
        "mijlpalen.yaml:4:11",
        ("'naam' moet tekst zijn", "het getal 1.0", "aanhalingstekens"),
    ),
    "pad-buiten-repository": (
        {"regelingen/testregeling.yaml": REGELING + "sjabloon: ../../etc/passwd\n"},
        "regelingen/testregeling.yaml:23:11",
        ("ligt buiten de repository",),
    ),
    "absoluut-pad": (
        {
            "regelingen/testregeling.yaml": REGELING
            + "bijlagen:\n  - id: b1\n    titel: B\n    bestand: /etc/passwd\n"
        },
        "regelingen/testregeling.yaml:26:14",
        ("ligt buiten de repository",),
    ),
    "teken-dat-xml-niet-kan-bevatten": (
        {
            "clausules/slot/slot.yaml": 'formaat: 1\nid: slot\ntitel: "Citeer\\x01titel"\nleden:\n  - id: slot.1\n    tekst: x\n'
        },
        "clausules/slot/slot.yaml:3:9",
        ("U+0001 kan niet in een Word-document staan",),
    ),
    "sandbox": (
        {
            "clausules/slot/slot.yaml": "formaat: 1\nid: slot\ntitel: T\nleden:\n  - id: slot.1\n"
            "    tekst: \"{{ ''.__class__.__mro__[1].__subclasses__() }}\"\n"
        },
        "clausules/slot/slot.yaml:6:13",
        ("niet toegestaan in sjabloontekst",),
    ),
    "dubbele-sleutel": (
        {
            "clausules/slot/slot.yaml": "formaat: 1\nid: slot\nid: slot2\ntitel: T\nleden:\n  - id: slot.1\n    tekst: x\n"
        },
        "clausules/slot/slot.yaml:3:1",
        ("sleutel 'id' komt twee keer voor",),
    ),
    "onbekende-sleutel": (
        {
            "clausules/slot/slot.yaml": "formaat: 1\nid: slot\ntitle: T\nleden:\n  - id: slot.1\n    tekst: x\n"
        },
        "clausules/slot/slot.yaml:3:1",
        ("onbekende sleutel 'title'",),
    ),
    "nieuwer-formaat": (
        {
            "clausules/slot/slot.yaml": "formaat: 7\nid: slot\ntitel: T\nleden:\n  - id: slot.1\n    tekst: x\n"
        },
        "clausules/slot/slot.yaml:1:10",
        ("formaat 7 is nieuwer dan deze assembler",),
    ),
    "deelnemer-in-gewoon-document": (
        {
            "clausules/slot/slot.yaml": "formaat: 1\nid: slot\ntitel: T\nleden:\n  - id: slot.1\n"
            '    tekst: "Zie {{ deelnemer.naam }}."\n'
        },
        "clausules/slot/slot.yaml:6:20",
        ("onbekende variabele 'deelnemer'", "per_deelnemer: true"),
    ),
    "sjabloonsyntaxis": (
        {
            "clausules/slot/slot.yaml": "formaat: 1\nid: slot\ntitel: T\nleden:\n  - id: slot.1\n"
            "    tekst: \"Zie {{ ref('bestuur' }}.\"\n"
        },
        "clausules/slot/slot.yaml:6:13",
        ("fout in sjabloontekst",),
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_is_refused_with_a_located_dutch_message(
    case: str, make_repo: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    changes, location, phrases = CASES[case]
    root = make_repo(changes)
    code, err = build(root, capsys)
    assert_refused(root, code, err, location, *phrases)


def test_all_problems_are_reported_in_one_run(
    make_repo: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_repo(
        {
            "mijlpalen.yaml": MIJLPAAL_NAAM_GETAL.replace("naam: 1.0", "naam: 2021"),
            "regelingen/testregeling.yaml": REGELING.replace(
                "[bestuur, slot]", "[bestuur, nergens]"
            ),
        }
    )
    code, err = build(root, capsys)
    assert code == 2
    assert "mijlpalen.yaml:4:11" in err and "regelingen/testregeling.yaml:20:26" in err
    assert "2 fouten in de bronnen; er is niets geschreven." in err


def test_the_process_exits_2_without_traceback(make_repo: Callable[..., Path]) -> None:
    root = make_repo({"clausules/slot/slot.yaml": "formaat: 1\nid: [\n"})
    result = subprocess.run(
        [sys.executable, "-m", "assembler", "--map", str(root), "bouw", "--uit", str(root / "uit")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "clausules/slot/slot.yaml:" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (root / "uit").exists()


def test_unknown_document_is_a_usage_error(
    make_repo: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_repo()
    code = main(["--map", str(root), "bouw", "bestaatniet", "--uit", str(root / "uit")])
    err = capsys.readouterr().err
    assert code == 2
    assert "onbekend document 'bestaatniet'" in err
    assert not (root / "uit").exists()


def test_wrong_arguments_get_dutch_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["bouwen"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "gebruik: assembler" in err and "ongeldige keuze" in err
