"""Every kind of bad input: a located Dutch message, exit code 2, no traceback, nothing written."""

from __future__ import annotations

import argparse
import io
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from assembler.cli import main
from tests.conftest import BESTUUR, DEELNEMERS, REGELING, REPO_ROOT, SETTINGS

SLOT_FORMAT = "formaat: {}\nid: slot\ntitel: T\nleden:\n  - id: slot.1\n    tekst: x\n"

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


def slot_text(text: str) -> dict[str, str]:
    """The fragment 'slot' with ``text`` (YAML, quoted as needed) as its only lid."""
    return {
        "clausules/slot/slot.yaml": "formaat: 1\nid: slot\ntitel: T\nleden:\n  - id: slot.1\n"
        f"    tekst: {text}\n"
    }


def word_template(body: bytes) -> bytes:
    """The house-style template with ``body`` (WordprocessingML) added at the end of its body."""
    source = (REPO_ROOT / "assembler/render/docx/huisstijl.docx").read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as old, zipfile.ZipFile(out, "w") as new:
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename == "word/document.xml":
                data = data.replace(b"</w:body>", body + b"</w:body>")
            new.writestr(info, data)
    return out.getvalue()


def paragraph(text: str) -> bytes:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>".encode()


WITH_TEMPLATE = REGELING + "sjabloon: sjablonen/eigen.docx\n"
KEUZE_BEDRAG = (
    "formaat: 1\nkeuzes:\n  - id: k\n    titel: K\n    soort: bedrag\n    standaard: {}\n"
)
FINANCIEN_UREN = """\
formaat: 1
financien:
  begrotingsjaar: 2022
  buig: solidariteit
  taken:
    - id: taak-advies
      titel: Advies
      sleutel:
        uren: {adam: "999999999999.00", bdorp: "1.00"}
        tarief: "999999999999.00"
"""

# Each bullet of issue 14 (the held-out corpus) that is a defect in the input: refused with a
# located Dutch message and exit code 2, never "interne fout", nothing written.
ISSUE_14: dict[str, tuple[dict[str, str | bytes], str, tuple[str, ...]]] = {
    "getal-te-groot-voor-python": (
        {"clausules/slot/slot.yaml": SLOT_FORMAT.format("9" * 5000)},
        "clausules/slot/slot.yaml:1:10",
        ("het getal is te lang",),
    ),
    "yaml-te-diep-genest": (
        {"clausules/slot/slot.yaml": SLOT_FORMAT.format(1) + "x: " + "[" * 60 + "]" * 60 + "\n"},
        "clausules/slot/slot.yaml:7:53",
        ("dieper genest dan 50 niveaus",),
    ),
    # 100,000 levels made ruamel's C composer overflow its stack: a segmentation fault.
    "yaml-zo-diep-dat-de-parser-crashte": (
        {
            "clausules/slot/slot.yaml": SLOT_FORMAT.format(1)
            + "x: "
            + "[" * 100_000
            + "]" * 100_000
            + "\n"
        },
        "clausules/slot/slot.yaml:7:53",
        ("dieper genest dan 50 niveaus",),
    ),
    "vreemde-tag-op-een-lijst": (
        {
            "clausules/slot/slot.yaml": "formaat: 1\nid: slot\ntitel: T\nleden: !!python/tuple\n"
            "  - id: slot.1\n    tekst: x\n"
        },
        "clausules/slot/slot.yaml:4:8",
        ("YAML-tag '!!python/tuple' wordt niet ondersteund",),
    ),
    "tabel-waar-een-naam-hoort": (
        {
            "deelnemers.yaml": DEELNEMERS.replace(
                "    burgemeester: de burgemeester van Adam\n",
                "    burgemeester: de burgemeester van Adam\n    keuzes:\n"
                "      plustaken: [{schuld: ja}]\n",
            )
        },
        "deelnemers.yaml:10:19",
        ("een plustaak is de id van een plustaak, niet een tabel",),
    ),
    "deling-door-nul": (
        slot_text('"Het bedrag is {{ 1 // 0 }}."'),
        "clausules/slot/slot.yaml:6:27",
        ("fout bij het invullen van de sjabloontekst: een deling door nul",),
    ),
    "overloop": (
        slot_text('"{{ 10.0 ** 1000 }}"'),
        "clausules/slot/slot.yaml:6:13",
        ("een getal dat te groot is",),
    ),
    "recursie": (
        slot_text('"{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}"'),
        "clausules/slot/slot.yaml:6:13",
        ("een macro die zichzelf te vaak aanroept",),
    ),
    "geen-functie": (
        slot_text('"Zie {{ document.titel() }}."'),
        "clausules/slot/slot.yaml:6:17",
        ("een waarde die geen functie is wordt aangeroepen",),
    ),
    "los-surrogaat-uit-sjabloontekst": (
        slot_text("\"{{ '%c' % 55296 }}\""),
        "clausules/slot/slot.yaml:6:13",
        ("het teken U+D800", "niet in een Word-document kan staan"),
    ),
    "geneste-lussen-zonder-eind": (
        slot_text(
            '"{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}"'
        ),
        "clausules/slot/slot.yaml:6:13",
        ("de sjabloontekst doet te veel werk",),
    ),
    "variabele-verbergt-functie": (
        {"assembler.yaml": SETTINGS + "  ref: artikel\n"},
        "assembler.yaml:9:3",
        ("variabele 'ref' heeft de naam van een functie", "kies een andere naam"),
    ),
    "sjabloon-geen-docx": (
        {
            "regelingen/testregeling.yaml": WITH_TEMPLATE,
            "sjablonen/eigen.docx": "dit is tekst, geen Word-document",
        },
        "regelingen/testregeling.yaml:23:11",
        ("sjabloon 'sjablonen/eigen.docx' is geen Word-document",),
    ),
    "sjabloon-geen-docx-naam": (
        {"regelingen/testregeling.yaml": REGELING + "sjabloon: assembler.yaml\n"},
        "regelingen/testregeling.yaml:23:11",
        ("sjabloon 'assembler.yaml' moet een Word-document zijn (een .docx-bestand)",),
    ),
    "sjabloon-syntaxfout": (
        {
            "regelingen/testregeling.yaml": WITH_TEMPLATE,
            "sjablonen/eigen.docx": word_template(paragraph("{% if %}")),
        },
        "regelingen/testregeling.yaml:23:11",
        (
            "sjabloon 'sjablonen/eigen.docx' heeft een fout in de sjabloontekst van word/document.xml",
        ),
    ),
    "sjabloon-fout-bij-invullen": (
        {
            "regelingen/testregeling.yaml": WITH_TEMPLATE,
            "sjablonen/eigen.docx": word_template(paragraph("{{ 1 // 0 }}")),
        },
        "sjablonen/eigen.docx:1:1",
        ("Word-sjabloon: fout bij het invullen van de sjabloontekst: een deling door nul",),
    ),
    # A custom Word template is template text too: its loops and its output are bounded.
    "sjabloon-geneste-lussen-zonder-eind": (
        {
            "regelingen/testregeling.yaml": WITH_TEMPLATE,
            "sjablonen/eigen.docx": word_template(
                paragraph(
                    "{% for a in range(100000) %}{% for b in range(100000) %}"
                    "{% endfor %}{% endfor %}"
                )
            ),
        },
        "sjablonen/eigen.docx:1:1",
        ("Word-sjabloon: de sjabloontekst doet te veel werk (meer dan 200.000 stappen",),
    ),
    "sjabloon-uitvoer-zonder-eind": (
        {
            "regelingen/testregeling.yaml": WITH_TEMPLATE,
            "sjablonen/eigen.docx": word_template(
                paragraph("{% for a in range(99000) %}{{ 'x' * 99000 }}{% endfor %}")
            ),
        },
        "sjablonen/eigen.docx:1:1",
        (
            "Word-sjabloon: de sjabloontekst maakt een deel van het document langer dan"
            " 50.000.000 tekens",
        ),
    ),
    "bedrag-te-groot-voor-de-decimale-context": (
        {"keuzes.yaml": KEUZE_BEDRAG.format('"10000000000000000000000000000.00"')},
        "keuzes.yaml:6:17",
        ("moet een bedrag van 0 tot 1.000.000.000.000 zijn",),
    ),
    "uren-maal-tarief-te-groot": (
        {"clausules/financien/begroting.yaml": FINANCIEN_UREN},
        "clausules/financien/begroting.yaml:6:11",
        ("uren maal tarief van 'taak-advies' is 1.000.000.000.000 euro of meer",),
    ),
}


@pytest.mark.parametrize("case", sorted(ISSUE_14))
def test_issue_14_bad_input_is_refused_with_a_located_dutch_message(
    case: str, make_repo: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    changes, location, phrases = ISSUE_14[case]
    root = make_repo(changes)
    code, err = build(root, capsys)
    assert_refused(root, code, err, location, *phrases)
    assert "interne fout" not in err


@pytest.mark.parametrize("name", ["mijlpalen.yaml", "clausules/slot/slot.yaml"])
def test_a_file_that_is_no_utf8_is_a_located_error(
    name: str, make_repo: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_repo({name: b"formaat: 1\nnaam: caf\xe9\n"})
    code, err = build(root, capsys)
    assert_refused(root, code, err, f"{name}:2:10", "bestand is geen UTF-8")


def test_a_wrong_default_is_reported_once_not_again_for_every_deelnemer(
    make_repo: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_repo({"keuzes.yaml": KEUZE_BEDRAG.format('"1e30"')})
    code, err = build(root, capsys)
    assert_refused(root, code, err, "keuzes.yaml:6:17", "moet een bedrag van 0 tot")
    assert "1 fout in de bronnen" in err and "mist de verplichte keuze" not in err


@pytest.mark.parametrize(
    ("text", "location", "phrase"),
    [
        (
            "formaat: 1\nafzender:\n\tnaam: x\n",
            "brieven.yaml:3:1",
            "ongeldige YAML: een tab is in YAML niet toegestaan",
        ),
        ("- a\n- b\n", "brieven.yaml:1:1", "het bestand moet een tabel van sleutels zijn"),
    ],
)
def test_the_check_reads_the_letters_data_and_reports_its_errors(
    text: str,
    location: str,
    phrase: str,
    make_repo: Callable[..., Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The round rules use brieven.yaml: a broken file is a source error of the check (exit 2),
    not silently no letters."""
    root = make_repo({"brieven.yaml": text})
    code = main(["--map", str(root), "controleer"])
    err = capsys.readouterr().err
    assert code == 2
    assert f"{location}: fout: {phrase}" in err, err


def _help_texts() -> dict[str, str]:
    """The help of the program and of every (sub)command, as a user sees it."""
    from assembler.cli import _parser

    texts: dict[str, str] = {}
    stack: list[tuple[str, argparse.ArgumentParser]] = [("assembler", _parser())]
    while stack:
        name, parser = stack.pop()
        texts[name] = parser.format_help()
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub, child in action.choices.items():
                    stack.append((f"{name} {sub}", child))
    return texts


# Words of argparse's own English texts (and of English generally) that must not leak through.
ENGLISH = re.compile(
    r"\b(show|program|version number|exit|usage|options|positional|arguments|optional"
    r"|required|default|the|and|or|to|with|for)\b"
)


def test_every_help_text_is_dutch() -> None:
    texts = _help_texts()
    assert {"assembler", "assembler bouw", "assembler mijlpaal vastleggen"} <= set(texts)
    assert len(texts) >= 15
    for name, text in texts.items():
        found = ENGLISH.findall(text)
        assert not found, f"{name}: Engels in de hulptekst: {found}\n{text}"


def test_a_choice_declared_twice_is_refused_at_the_second(
    make_repo: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    catalog = (
        "formaat: 1\nkeuzes:\n"
        "  - id: k\n    titel: Eerste\n    soort: tekst\n    standaard: a\n"
        "  - id: k\n    titel: Tweede\n    soort: tekst\n    standaard: b\n"
    )
    root = make_repo({"keuzes.yaml": catalog})
    code, err = build(root, capsys)
    assert_refused(
        root, code, err, "keuzes.yaml:7:9", "de keuze 'k' staat al eerder in keuzes.yaml"
    )


def test_a_file_name_too_long_for_the_disk_is_refused_in_the_manifest(
    make_repo: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """Found while reading, at the 'bestandsnaam', not as a write error afterwards."""
    manifest = REGELING + f"bestandsnaam: {'b' * 300}\n"
    root = make_repo({"regelingen/testregeling.yaml": manifest})
    code, err = build(root, capsys)
    line = manifest.count("\n")
    assert_refused(
        root, code, err, f"regelingen/testregeling.yaml:{line}:15", "de bestandsnaam is 300 tekens"
    )


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ('formaat: 1\nid: slot\ntitel: "Citeertitel\nleden: []\n', "clausules/slot/slot.yaml:3:8"),
        ("formaat: 1\nid: slot\ntitel: T\nleden: [a,\n  b\n", "clausules/slot/slot.yaml:4:8"),
    ],
)
def test_an_unclosed_quote_or_bracket_is_reported_where_it_opened(
    text: str, location: str, make_repo: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_repo({"clausules/slot/slot.yaml": text})
    code, err = build(root, capsys)
    assert_refused(root, code, err, location, "ongeldige YAML")


def test_a_template_error_in_a_folded_text_is_reported_on_its_own_line(
    make_repo: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """A folded text (">-") is one line for the template; the error is on the third line of
    the file's text, at the tag."""
    slot = (
        "formaat: 1\nid: slot\ntitel: T\nleden:\n  - id: slot.1\n    tekst: >-\n"
        "      Eerste regel,\n      tweede regel,\n      derde {{ 1 // 0 }} regel.\n"
    )
    root = make_repo({"clausules/slot/slot.yaml": slot})
    code, err = build(root, capsys)
    assert_refused(root, code, err, "clausules/slot/slot.yaml:9:13", "een deling door nul")


def test_including_another_file_in_template_text_is_refused_by_name(
    make_repo: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_repo(slot_text("\"{% include '/etc/passwd' %}\""))
    code, err = build(root, capsys)
    assert_refused(root, code, err, "clausules/slot/slot.yaml:6:13", "een ander bestand invoegen")
    assert "root:" not in err
