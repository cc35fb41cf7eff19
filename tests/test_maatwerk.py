"""Local choices, the register of powers and the financial relations, end to end."""

from __future__ import annotations

import io
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from assembler import pipeline
from assembler.cli import main
from assembler.model.nodes import Document, Table, plain
from assembler.source.tree import WorkTree
from tests.conftest import DEELNEMERS, REGELING, VERORDENING

CATALOG = """\
formaat: 1
plustaken:
  - id: schuld
    titel: Schuldhulpverlening
keuzes:
  - id: termijn
    titel: Termijn in weken
    soort: getal
    standaard: 8
  - id: hoogte
    titel: Hoogte van de verlaging
    soort: variant
    varianten:
      a: percentage
      b: vast bedrag
    standaard: a
  - id: bedrag
    titel: Vast bedrag
    soort: bedrag
    standaard: "150.00"
"""

DEELNEMERS_MET_KEUZES = DEELNEMERS.replace(
    "    burgemeester: de burgemeester van Adam\n",
    "    burgemeester: de burgemeester van Adam\n    keuzes:\n      plustaken: [schuld]\n"
    "      hoogte: b\n      termijn: 12\n",
)

VERLAGING = """\
formaat: 1
id: verlaging
titel: Verlaging
leden:
  - id: verlaging.termijn
    tekst: "Het college beslist binnen {{ keuze('termijn') }} weken."
  - id: verlaging.percentage
    voorwaarde: {keuze: hoogte, is: a}
    tekst: De verlaging is een percentage van de norm.
  - id: verlaging.bedrag
    voorwaarde: {keuze: hoogte, is: b}
    tekst: "De verlaging bedraagt {{ keuze('bedrag') }}."
  - id: verlaging.schuld
    voorwaarde: {plustaak: schuld}
    tekst: "Bij schulden geldt ook {{ ref('verlaging.termijn') }}."
"""

REGISTER = """\
formaat: 1
bevoegdheden:
  - id: pw-bijzondere-bijstand
    wet: Participatiewet
    artikel: "35"
    omschrijving: Verlenen van bijzondere bijstand
    oorspronkelijk: college
    soort: delegatie
    ontvanger: dagelijks_bestuur
    ondermandaat: false
    uitzonderingen: []
    deelnemers: alle
    grondslag: artikel 35 Participatiewet en de Wet gemeenschappelijke regelingen
    verordening: false
  - id: wgs-schuldhulp
    wet: Wet gemeentelijke schuldhulpverlening
    artikel: 3
    omschrijving: Beslissen op een verzoek om schuldhulpverlening
    oorspronkelijk: college
    soort: mandaat
    ontvanger: dagelijks_bestuur
    ondermandaat: true
    uitzonderingen: [bezwaar]
    deelnemers: {plustaak: schuld}
    verordening: false
  - id: db-directeur
    wet: Participatiewet
    artikel: "35"
    omschrijving: Bijzondere bijstand namens het dagelijks bestuur
    oorspronkelijk: dagelijks_bestuur
    soort: mandaat
    ontvanger: directeur
    ondermandaat: true
    uitzonderingen: [bezwaar]
    deelnemers: alle
    verordening: false
"""

FINANCE = """\
formaat: 1
financien:
  begrotingsjaar: 2022
  buig: solidariteit
  gegevens:
    - id: inwoners
      titel: Inwoners
      peildatum: 2021-01-01
      bron: CBS
      waarden: {adam: 1, bdorp: 2}
  taken:
    - id: taak-inkomen
      titel: Inkomen
      budget: "100.00"
      sleutel: {naar: inwoners}
    - id: taak-vast
      titel: Bedrijfsvoering
      budget: "10.01"
      sleutel: {vast: {adam: "50", bdorp: "50"}}
    - id: taak-schuld
      titel: Schuldhulp
      budget: "7.00"
      sleutel: {naar: inwoners, plustaak: schuld}
    - id: taak-uren
      titel: Bewind
      sleutel: {uren: {adam: 2, bdorp: 1}, tarief: "85.50"}
"""

REGELING_MET_BIJLAGEN = (
    REGELING
    + """\
bijlagen:
  - id: bijlage-bevoegdheden
    titel: Overgedragen bevoegdheden
    genereer: bevoegdheden
  - id: bijlage-bijdragen
    titel: Bijdragen
    tekst: [De bijdragen zijn voorlopig.]
    genereer: bijdragen
"""
)

BESLUIT = """\
formaat: 1
id: plusbesluit
soort: besluit
titel: Besluit plustaken
citeertitel: "Besluit plustaken {{ deelnemer.naam }}"
per_deelnemer: true
alleen_met_plustaken: true
vastgesteld_door: [college]
aanhef: ["Het college van {{ deelnemer.naam }};"]
artikelen: [v-enig]
bijlagen:
  - id: bijlage-plus
    titel: Bevoegdheden
    genereer: plustaakbevoegdheden
"""


@pytest.fixture
def repo(make_repo: Callable[..., Path]) -> Callable[..., Path]:
    def make(changes: dict[str, str] | None = None) -> Path:
        files = {
            "keuzes.yaml": CATALOG,
            "deelnemers.yaml": DEELNEMERS_MET_KEUZES,
            "clausules/verordening/verlaging.yaml": VERLAGING,
            "verordeningen/testverordening.yaml": VERORDENING.replace(
                "[v-enig]", "[verlaging, v-enig]"
            ),
            "clausules/delegatie/register.yaml": REGISTER,
            "clausules/financien/begroting.yaml": FINANCE,
            "regelingen/testregeling.yaml": REGELING_MET_BIJLAGEN,
            "regelingen/plusbesluit.yaml": BESLUIT,
        }
        files.update(changes or {})
        return make_repo(files)

    return make


def docs(root: Path) -> dict[str, Document]:
    return {d.id: d for d in pipeline.assemble(pipeline.read(WorkTree(root)))}


def test_choices_and_conditions_make_the_verordeningen_differ(repo: Callable[..., Path]) -> None:
    d = docs(repo())
    adam = [plain(lid.content) for lid in d["testverordening-adam"].articles[0].leden]
    bdorp = [plain(lid.content) for lid in d["testverordening-bdorp"].articles[0].leden]
    assert adam == [
        "Het college beslist binnen 12 weken.",
        "De verlaging bedraagt € 150,00.",
        "Bij schulden geldt ook het eerste lid.",
    ]
    assert bdorp == [
        "Het college beslist binnen 8 weken.",  # the default
        "De verlaging is een percentage van de norm.",
    ]
    assert [lid.number for lid in d["testverordening-adam"].articles[0].leden] == ["1.", "2.", "3."]


def test_the_plustaak_decision_exists_only_for_the_deelnemer_that_chose_it(
    repo: Callable[..., Path],
) -> None:
    d = docs(repo())
    assert "plusbesluit-adam" in d and "plusbesluit-bdorp" not in d
    tables = [b for b in d["plusbesluit-adam"].bijlagen[0].blocks if isinstance(b, Table)]
    assert [row_id for t in tables for row_id, _ in t.rows] == ["wgs-schuldhulp"]


def test_the_powers_annex_matches_the_register(repo: Callable[..., Path]) -> None:
    annex = docs(repo())["testregeling"].bijlagen[0]
    tables = [b for b in annex.blocks if isinstance(b, Table)]
    assert [t.title for t in tables] == ["Participatiewet", "Wet gemeentelijke schuldhulpverlening"]
    # The DB's own mandate to the director belongs in the mandaatbesluit, not in this annex.
    assert [r for t in tables for r, _ in t.rows] == ["pw-bijzondere-bijstand", "wgs-schuldhulp"]
    assert tables[0].rows[0][1] == (
        "35",
        "Verlenen van bijzondere bijstand",
        "delegatie",
        "college",
        "dagelijks bestuur",
        "nee",
        "-",
        "alle deelnemers",
    )
    assert tables[1].rows[0][1][-1] == "plustaak Schuldhulpverlening: Adam"


def test_the_contributions_annex_is_exact_to_the_cent(repo: Callable[..., Path]) -> None:
    annex = docs(repo())["testregeling"].bijlagen[1]
    assert plain(annex.blocks[0]) == "De bijdragen zijn voorlopig."  # type: ignore[arg-type]
    table = annex.blocks[1]
    assert isinstance(table, Table)
    assert table.header == (
        "Deelnemer",
        "Inkomen",
        "Bedrijfsvoering",
        "Schuldhulp",
        "Bewind",
        "Totaal",
    )
    rows = {row_id: cells for row_id, cells in table.rows}
    # 100 by 1:2 → 33,33 / 66,67; 10,01 by 50/50 → 5,01 / 5,00; schuld only Adam; 3 h × 85,50.
    assert rows["bijlage-bijdragen.adam"] == ("Adam", "33,33", "5,01", "7,00", "171,00", "216,34")
    assert rows["bijlage-bijdragen.bdorp"] == ("Bdorp", "66,67", "5,00", "0,00", "85,50", "157,17")
    assert rows["bijlage-bijdragen.totaal"] == (
        "Totaal",
        "100,00",
        "10,01",
        "7,00",
        "256,50",
        "373,51",
    )


def test_the_spreadsheet_reads_back_as_the_computed_table(
    repo: Callable[..., Path], tmp_path: Path
) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    written = pipeline.build(WorkTree(repo()), tmp_path / "uit")
    sheet_file = next(w.path for w in written if w.path.name == "bijdragen.xlsx")
    # data_only: the values a reader shows without recalculating (the totals are formulas)
    book = openpyxl.load_workbook(io.BytesIO(sheet_file.read_bytes()), data_only=True)
    assert book.sheetnames == ["Bijdragen", "Per taak", "Verdeelgegevens"]
    rows = list(book["Bijdragen"].iter_rows(values_only=True))
    assert rows[2] == (
        "Deelnemer",
        "Inkomen",
        "Bedrijfsvoering",
        "Schuldhulp",
        "Bewind",
        "Totaal",
        "Aandeel",
    )
    values = {r[0]: [Decimal(str(v)) for v in r[1:6]] for r in rows[3:]}
    assert values["Adam"] == [Decimal(x) for x in ("33.33", "5.01", "7", "171", "216.34")]
    assert values["Totaal"] == [Decimal(x) for x in ("100", "10.01", "7", "256.5", "373.51")]
    assert book["Bijdragen"]["B4"].number_format == '[$-413]"€" #,##0.00;[$-413]"€" -#,##0.00'


BAD = {
    "onbekende-keuze": (
        {"deelnemers.yaml": DEELNEMERS_MET_KEUZES.replace("termijn: 12", "termijjn: 12")},
        "deelnemers.yaml:12:7",
        "onbekende keuze 'termijjn'",
    ),
    "ontbrekende-verplichte-keuze": (
        {"keuzes.yaml": CATALOG.replace("    standaard: 8\n", "")},
        "deelnemers.yaml:",
        "deelnemer 'bdorp' mist de verplichte keuze 'termijn'",
    ),
    "variant-bestaat-niet": (
        {"deelnemers.yaml": DEELNEMERS_MET_KEUZES.replace("hoogte: b", "hoogte: c")},
        "deelnemers.yaml:11:15",
        "keuze 'hoogte' heeft geen variant 'c'",
    ),
    "voorwaarde-met-onbekende-variant": (
        {"clausules/verordening/verlaging.yaml": VERLAGING.replace("is: b}", "is: x}")},
        "clausules/verordening/verlaging.yaml:11:37",
        "keuze 'hoogte' heeft geen variant 'x'",
    ),
    "onbekende-plustaak": (
        {"deelnemers.yaml": DEELNEMERS_MET_KEUZES.replace("[schuld]", "[schulden]")},
        "deelnemers.yaml:10:19",
        "onbekende plustaak 'schulden'",
    ),
    "percentages-niet-100": (
        {"clausules/financien/begroting.yaml": FINANCE.replace('bdorp: "50"', 'bdorp: "49"')},
        "clausules/financien/begroting.yaml:19:16",
        "tellen op tot 99,00 in plaats van 100",
    ),
    "deelnemer-zonder-gegevens": (
        {"clausules/financien/begroting.yaml": FINANCE.replace("{adam: 1, bdorp: 2}", "{adam: 1}")},
        "clausules/financien/begroting.yaml:6:11",
        "'inwoners' mist een waarde voor bdorp",
    ),
    "negatief-bedrag": (
        {"clausules/financien/begroting.yaml": FINANCE.replace('"100.00"', '"-100.00"')},
        "clausules/financien/begroting.yaml:14:16",
        "'budget' mag niet negatief zijn (-100.00)",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_choices_and_data_are_located(
    case: str, repo: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    changes, location, phrase = BAD[case]
    root = repo(changes)
    code = main(["--map", str(root), "bouw", "--uit", str(root / "uit")])
    err = capsys.readouterr().err
    assert code == 2
    assert location in err and phrase in err, err
    assert "Traceback" not in err
    assert not (root / "uit").exists()
