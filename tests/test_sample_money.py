"""The money of the sample's own milestone rounds: the overview, the letters and the spreadsheet
say what every deelnemer paid before and pays now, computed from both versions."""

from __future__ import annotations

import io
import re
from decimal import Decimal
from functools import cache
from pathlib import Path

import docx
import openpyxl
import pytest

from assembler import pipeline
from assembler.errors import UsageError
from assembler.model.assemble import contributions_of
from assembler.model.finance import Contributions, format_amount
from assembler.model.finance_changes import signed_amount
from assembler.packages import Package, build_packages
from assembler.versions import open_version
from tests.conftest import REPO_ROOT
from tests.render.oracles import pandoc_text
from tests.test_sample_history import compared

# The amounts a griffier of Alblasserdam sees in the two milestones (the README's example).
ALBLASSERDAM_CONCEPT = Decimal("2157584.16")
ALBLASSERDAM_DEFINITIEF = Decimal("2115053.56")


@cache
def contributions(version: str) -> Contributions:
    try:
        result = contributions_of(pipeline.load(open_version(REPO_ROOT, version)))
    except UsageError as exc:  # e.g. a shallow clone without the milestone commits
        pytest.skip(f"de mijlpalen van het voorbeeld zijn niet beschikbaar: {exc}")
    assert result is not None
    return result


def tables(data: bytes) -> list[list[tuple[str, ...]]]:
    """Every table of a .docx as rows of cell texts."""
    document = docx.Document(io.BytesIO(data))
    return [[tuple(c.text for c in row.cells) for row in t.rows] for t in document.tables]


def row_of(data: bytes, header: tuple[str, ...], first: str) -> tuple[str, ...]:
    """The row that starts with ``first`` in the first table with ``header``."""
    table = next(t for t in tables(data) if t[0] == header)
    return next(r for r in table if r[0] == first)


def output(result: pipeline.Compared, name: str) -> bytes:
    return next(o.data for o in result.outputs if o.name == name)


def test_the_sample_amounts_are_those_of_the_two_milestones() -> None:
    assert contributions("concept").total("alblasserdam") == ALBLASSERDAM_CONCEPT
    assert contributions("definitief").total("alblasserdam") == ALBLASSERDAM_DEFINITIEF


def test_the_round_compares_the_contributions_of_both_versions() -> None:
    finance = compared("concept", "definitief").finance
    assert finance is not None and finance.changed
    old, new = contributions("concept"), contributions("definitief")
    assert [d.id for d in finance.deelnemers] == [d for d, _ in new.deelnemers]
    for deelnemer in finance.deelnemers:
        assert deelnemer.old == old.total(deelnemer.id)
        assert deelnemer.new == new.total(deelnemer.id)
        assert deelnemer.difference == new.total(deelnemer.id) - old.total(deelnemer.id)
    assert finance.difference == new.budget - old.budget


def test_the_overview_states_every_deelnemers_old_and_new_contribution() -> None:
    data = output(compared("concept", "definitief"), "wijzigingsoverzicht.docx")
    text = " ".join(pandoc_text(data).split())
    assert "Bijdragen van de deelnemers" in text
    assert "De bijdragen zijn niet gewijzigd." not in text
    difference = signed_amount(ALBLASSERDAM_DEFINITIEF - ALBLASSERDAM_CONCEPT)
    assert difference == "-42.530,60"
    header = ("Deelnemer", "Oud (€)", "Nieuw (€)", "Verschil (€)")
    assert row_of(data, header, "Alblasserdam") == (
        "Alblasserdam",
        "2.157.584,16",
        "2.115.053,56",
        difference,
    )
    old, new = contributions("concept"), contributions("definitief")
    for ident, naam in new.deelnemers:
        assert row_of(data, header, naam) == (
            naam,
            format_amount(old.total(ident), euro=False),
            format_amount(new.total(ident), euro=False),
            signed_amount(new.total(ident) - old.total(ident)),
        )
    assert row_of(data, header, "Totaal")[1:] == (
        format_amount(old.budget, euro=False),
        format_amount(new.budget, euro=False),
        signed_amount(new.budget - old.budget),
    )
    # The only task that changed is bestuur en bedrijfsvoering (new key, new budget).
    assert "Taak: Bestuur en bedrijfsvoering" in text
    assert "Taak: Inkomensondersteuning" not in text
    assert "Ongewijzigde taken: Inkomensondersteuning" in text


def test_a_round_without_changed_money_says_so_in_one_sentence() -> None:
    data = output(compared("hoofdlijnen", "concept"), "wijzigingsoverzicht.docx")
    text = " ".join(pandoc_text(data).split())
    assert "Bijdragen van de deelnemers De bijdragen zijn niet gewijzigd." in text
    assert "2.157.584,16" not in text


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Package]]:
    out = tmp_path_factory.mktemp("pakketten")
    contributions("definitief")  # skips without the milestones
    return out, build_packages(REPO_ROOT, "definitief", out)


def test_the_letter_tells_the_deelnemer_its_old_and_new_contribution(
    packages: tuple[Path, list[Package]],
) -> None:
    out, _ = packages
    data = (out / "definitief/alblasserdam/aanbiedingsbrief.docx").read_bytes()
    text = " ".join(pandoc_text(data).split())
    difference = ALBLASSERDAM_DEFINITIEF - ALBLASSERDAM_CONCEPT
    assert (
        "Uw bijdrage Uw voorlopige bijdrage over 2022 is € 2.115.053,56; bij de Concepttekst"
        f" was dat € 2.157.584,16. Dat is {format_amount(-difference)} minder."
    ) in text
    header = ("Taak", "Oud (€)", "Nieuw (€)", "Verschil (€)")
    assert row_of(data, header, "Totaal") == (
        "Totaal",
        "2.157.584,16",
        "2.115.053,56",
        signed_amount(difference),
    )
    assert "-42.530,60" in text
    table = next(t for t in tables(data) if t[0] == header)
    assert [r[0] for r in table[1:]] == ["Bestuur en bedrijfsvoering", "Totaal"]


def test_every_letter_has_its_own_deelnemers_difference(
    packages: tuple[Path, list[Package]],
) -> None:
    out, built = packages
    old, new = contributions("concept"), contributions("definitief")
    for package in built:
        data = (out / "definitief" / package.deelnemer / "aanbiedingsbrief.docx").read_bytes()
        total = row_of(data, ("Taak", "Oud (€)", "Nieuw (€)", "Verschil (€)"), "Totaal")
        change = new.total(package.deelnemer) - old.total(package.deelnemer)
        assert total[3] == signed_amount(change), package.deelnemer


def test_the_rounds_spreadsheet_has_the_differences(
    packages: tuple[Path, list[Package]],
) -> None:
    out, _ = packages
    data = (out / "definitief/alblasserdam/bijdragen.xlsx").read_bytes()
    # data_only: the stored values of the total formulas, as a reader shows them
    book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    assert book.sheetnames == ["Bijdragen", "Per taak", "Verdeelgegevens", "Verschil"]
    rows = list(book["Verschil"].iter_rows(values_only=True))
    assert rows[0][0] == "Voorlopige bijdragen 2022: concept → definitief"
    assert rows[2] == ("Deelnemer", "Taak", "Oud (concept)", "Nieuw (definitief)", "Verschil")

    def amounts(naam: str, taak: str) -> tuple[Decimal, ...]:
        row = next(r for r in rows if r[:2] == (naam, taak))
        return tuple(Decimal(str(v)).quantize(Decimal("0.01")) for v in row[2:])

    assert amounts("Alblasserdam", "Totaal") == (
        ALBLASSERDAM_CONCEPT,
        ALBLASSERDAM_DEFINITIEF,
        ALBLASSERDAM_DEFINITIEF - ALBLASSERDAM_CONCEPT,
    )
    old, new = contributions("concept"), contributions("definitief")
    for split in new.splits:
        before = next(s for s in old.splits if s.task == split.task)
        for ident, naam in new.deelnemers:
            assert amounts(naam, split.title) == (
                before.amounts[ident],
                split.amounts[ident],
                split.amounts[ident] - before.amounts[ident],
            )
        assert amounts("Alle deelnemers", split.title)[2] == split.budget - before.budget
    assert amounts("Alle deelnemers", "Totaal") == (
        old.budget,
        new.budget,
        new.budget - old.budget,
    )
    sheet = book["Verschil"]
    assert sheet["C4"].number_format == '[$-413]"€" #,##0.00;[$-413]"€" -#,##0.00'
    assert sheet["E4"].number_format.startswith('[$-413]"€" +')


def test_the_rounds_spreadsheet_is_the_same_bytes_every_time(
    packages: tuple[Path, list[Package]], tmp_path: Path
) -> None:
    out, _ = packages
    again = build_packages(REPO_ROOT, "definitief", tmp_path)
    first = (out / "definitief/alblasserdam/bijdragen.xlsx").read_bytes()
    assert (tmp_path / "definitief/alblasserdam/bijdragen.xlsx").read_bytes() == first
    assert [p.files for p in again] == [p.files for p in packages[1]]


def test_a_version_on_its_own_has_no_difference_sheet(tmp_path: Path) -> None:
    contributions("definitief")  # skips without the milestones
    written = pipeline.build_version(REPO_ROOT, "definitief", tmp_path)
    data = next(w.path for w in written if w.path.name == "bijdragen.xlsx").read_bytes()
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Bijdragen", "Per taak", "Verdeelgegevens"]


def test_each_package_has_the_clean_documents_as_pdf(
    packages: tuple[Path, list[Package]],
) -> None:
    from assembler import pdf

    problem = pdf.missing()
    if problem is not None:
        pytest.skip(problem)
    _, made = packages
    for package in made:
        clean = {f[: -len(".docx")] for f in package.files if re.fullmatch(r"schoon/.*\.docx", f)}
        assert clean
        assert {f[: -len(".pdf")] for f in package.files if f.endswith(".pdf")} == clean
        data = (package.folder / "schoon/gr-sociaal.pdf").read_bytes()
        assert data.startswith(b"%PDF-") and b"/StructTreeRoot" in data
