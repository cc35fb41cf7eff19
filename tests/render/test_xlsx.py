"""The spreadsheet bijdragen.xlsx: formulas with exact values, formats, widths, print setup.

The totals are read back three ways: the formulas (openpyxl), their stored values (openpyxl,
``data_only``), and as LibreOffice Calc computes them from a copy without stored values.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import shutil
import subprocess
import zipfile
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

import openpyxl
import pytest

from assembler import pipeline
from assembler.model.assemble import contributions_of
from assembler.model.finance import Contributions
from assembler.model.finance_changes import compare_contributions
from assembler.model.nodes import Version
from assembler.render.xlsx import render_xlsx
from assembler.source.records import SFinance
from assembler.versions import open_version
from tests.conftest import REPO_ROOT

VERSION = Version("Definitieve tekst", date(2021, 5, 17), True, "Projectgroep")
CSV_FILTER = "Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,{shown},false,false,-1"


@cache
def sample() -> tuple[Contributions, SFinance]:
    project = pipeline.load(open_version(REPO_ROOT, "werkmap"))
    contributions = contributions_of(project)
    assert contributions is not None and project.finance is not None
    return contributions, project.finance


def workbook(contributions: Contributions | None = None) -> bytes:
    c, finance = sample()
    return render_xlsx(contributions or c, finance, VERSION)


def euro(value: Decimal) -> str:
    """As a Dutch reader sees an amount: "€ 18.738.315,53"."""
    return "€ " + f"{value:,.2f}".translate(str.maketrans(",.", ".,"))


def number(text: str) -> Decimal:
    """A value as LibreOffice writes it unformatted in a Dutch-locale cell: "2115053,56"."""
    if text.endswith("%"):
        return Decimal(text[:-1].replace(",", ".")) / 100
    return Decimal(text.replace(",", "."))


def test_totals_are_formulas_whose_stored_values_are_the_exact_cents() -> None:
    c, _ = sample()
    data = workbook()
    formulas = openpyxl.load_workbook(io.BytesIO(data))
    values = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    sheet, stored = formulas["Bijdragen"], values["Bijdragen"]
    last = 3 + len(c.deelnemers) + 1  # title, version, header, the deelnemers, Totaal
    assert sheet.cell(last, 1).value == "Totaal"
    total_column = len(c.splits) + 2
    for row, (deelnemer, naam) in enumerate(c.deelnemers, start=4):
        assert sheet.cell(row, 1).value == naam
        assert str(sheet.cell(row, total_column).value).startswith("=SUM(B")
        assert Decimal(str(stored.cell(row, total_column).value)) == c.total(deelnemer)
        assert sheet.cell(row, 2).data_type == "n"  # the amounts themselves are values
    for column, split in enumerate(c.splits, start=2):
        letter = sheet.cell(4, column).column_letter
        assert sheet.cell(last, column).value == f"=SUM({letter}4:{letter}{last - 1})"
        assert Decimal(str(stored.cell(last, column).value)) == split.budget
    assert Decimal(str(stored.cell(last, total_column).value)) == c.budget
    task = values["Per taak"]
    task_total = 3 + len(c.splits) + 1
    assert task.cell(task_total, 1).value == "Totaal"
    for column, (deelnemer, _) in enumerate(c.deelnemers, start=4):
        assert Decimal(str(task.cell(task_total, column).value)) == c.total(deelnemer)


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.skip("LibreOffice ontbreekt (apt-get install libreoffice-calc-nogui)")
    return found


def _convert(source: Path, target: str, profile: Path) -> None:
    subprocess.run(
        [_soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", target, "--outdir", str(source.parent), str(source)],
        capture_output=True, check=False, timeout=300,
    )  # fmt: skip


def _sheets_as_csv(source: Path, profile: Path, shown: bool) -> dict[str, list[list[str]]]:
    _convert(source, "csv:" + CSV_FILTER.format(shown=str(shown).lower()), profile)
    found = {
        path.stem[len(source.stem) + 1 :]: list(csv.reader(io.StringIO(path.read_text("utf-8"))))
        for path in source.parent.glob(f"{source.stem}-*.csv")
    }
    if not found:
        pytest.skip("LibreOffice Calc ontbreekt (apt-get install libreoffice-calc-nogui)")
    return found


def _without_stored_values(data: bytes) -> bytes:
    """The workbook with every formula's stored value removed: a reader must calculate."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            content = source.read(name)
            if name.startswith("xl/worksheets/sheet"):
                content, count = re.subn(rb"(</f>)<v>[^<]*</v>", rb"\1", content)
                assert count > 0
            target.writestr(name, content)
    return out.getvalue()


def test_libreoffice_calculates_the_same_cents_and_shows_them_the_dutch_way(
    tmp_path: Path,
) -> None:
    c, _ = sample()
    data = workbook()
    stale = tmp_path / "berekend" / "bijdragen.xlsx"
    stale.parent.mkdir()
    stale.write_bytes(_without_stored_values(data))
    calculated = _sheets_as_csv(stale, tmp_path / "profiel", shown=False)
    rows = {r[0]: r for r in calculated["Bijdragen"][3:]}
    total_column = len(c.splits) + 1
    for deelnemer, naam in c.deelnemers:
        assert number(rows[naam][total_column]) == c.total(deelnemer), naam
    assert [number(v) for v in rows["Totaal"][1 : total_column + 1]] == [
        *(s.budget for s in c.splits),
        c.budget,
    ]
    assert number(rows["Totaal"][total_column + 1]) == 1  # the shares add up to 100 %
    per_task = {r[0]: r for r in calculated["Per taak"][3:]}
    assert number(per_task["Totaal"][1]) == c.budget
    assert [number(v) for v in per_task["Totaal"][3:]] == [c.total(d) for d, _ in c.deelnemers]

    stored = tmp_path / "opgeslagen" / "bijdragen.xlsx"
    stored.parent.mkdir()
    stored.write_bytes(data)
    shown = {r[0]: r for r in _sheets_as_csv(stored, tmp_path / "profiel", shown=True)["Bijdragen"]}
    dordrecht = next(naam for ident, naam in c.deelnemers if ident == "dordrecht")
    assert shown[dordrecht][total_column] == euro(c.total("dordrecht"))
    assert shown["Totaal"][total_column] == euro(c.budget)
    assert re.fullmatch(r"\d+,\d\d%", shown[dordrecht][total_column + 1])


def test_every_amount_fits_its_column_when_printed(tmp_path: Path) -> None:
    """Laid out by LibreOffice to PDF: no "###" (an amount too wide) and the totals whole."""
    c, _ = sample()
    source = tmp_path / "bijdragen.xlsx"
    source.write_bytes(workbook())
    _convert(source, "pdf", tmp_path / "profiel")
    pdf = tmp_path / "bijdragen.pdf"
    if not pdf.is_file():
        pytest.skip("LibreOffice Calc ontbreekt (apt-get install libreoffice-calc-nogui)")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext ontbreekt (apt-get install poppler-utils)")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "###" not in text
    for deelnemer, _ in c.deelnemers:
        assert euro(c.total(deelnemer)) in text
    assert euro(c.budget) in text
    pages = text.split("\f")
    # Fitted to the width: every sheet on one page here, the version on each.
    assert len([p for p in pages if p.strip()]) == 3
    for page in pages:
        if page.strip():
            assert "Definitieve tekst, 17 mei 2021" in page


def test_print_setup_version_line_and_widths() -> None:
    book = openpyxl.load_workbook(io.BytesIO(workbook()))
    for sheet in book.worksheets:
        assert sheet["A2"].value == "Definitieve tekst, 17 mei 2021", sheet.title
        assert sheet.page_setup.orientation == "landscape"
        assert str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A4
        assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows == "$3:$3"  # the column headings on every page
        assert "Definitieve tekst, 17 mei 2021" in sheet.oddHeader.right.text
        assert sheet.oddFooter.right.text == "Pagina &P van &N"
    per_task = book["Per taak"]
    widest = len("€ 18.738.315,53")
    for column in "DEFGHIJ":  # the deelnemers' amounts: they showed #### at default width
        assert per_task.column_dimensions[column].width >= widest + 1, column
    assert per_task.column_dimensions["C"].width < 50  # the long keys wrap instead
    assert per_task["C7"].alignment.wrap_text


def test_a_name_beginning_with_equals_stays_text() -> None:
    c, _ = sample()
    (first, _), *rest = c.deelnemers
    names = ((first, '=HYPERLINK("http://x")'), *rest)
    split = dataclasses.replace(c.splits[0], title="=1+1")
    odd = dataclasses.replace(c, deelnemers=names, splits=(split, *c.splits[1:]))
    data = workbook(odd)
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book["Bijdragen"]["A4"].value == '=HYPERLINK("http://x")'
    assert book["Bijdragen"]["A4"].data_type == "s"
    assert book["Bijdragen"]["B3"].value == "=1+1"
    assert book["Bijdragen"]["B3"].data_type == "s"
    assert book["Per taak"]["A4"].data_type == "s"
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" in sheet  # the totals
    assert not re.search(r"<f>[^<]*(HYPERLINK|1\+1)", sheet)
    assert re.search(r'<c r="A4"[^>]*t="inlineStr"><is><t>=HYPERLINK', sheet)


def test_same_input_same_bytes() -> None:
    assert workbook() == workbook()


# Texts that a spreadsheet program could take as a formula, a command or a hidden prefix.
FORMULA_LIKE = (
    "=1+1",
    "+2+3",
    "-4+1",
    "@SUM(1;2)",
    "\t=3+3",
    "\r=4+4",
    '=HYPERLINK("http://example.invalid";"klik")',
)
# The only formulas the workbook holds: the totals and the shares, over its own cells.
OUR_FORMULA = re.compile(r"SUM\([A-Z]+\d+:[A-Z]+\d+\)|[A-Z]+\d+/[A-Z]+\$\d+")


def _formula_like_workbook() -> tuple[bytes, Contributions]:
    """Every text of every sheet (names, tasks, keys, the round's labels) formula-like."""
    c, finance = sample()
    bad = FORMULA_LIKE
    names = tuple((d, bad[i % len(bad)]) for i, (d, _) in enumerate(c.deelnemers))
    splits = tuple(
        dataclasses.replace(s, title=bad[i % len(bad)], key=bad[(i + 1) % len(bad)])
        for i, s in enumerate(c.splits)
    )
    odd = dataclasses.replace(c, deelnemers=names, splits=splits)
    changes = compare_contributions(c, odd)
    assert changes is not None
    return render_xlsx(odd, finance, VERSION, changes, ("=oud", "@nieuw")), odd


def test_no_text_in_any_sheet_can_become_a_formula() -> None:
    data, odd = _formula_like_workbook()
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Bijdragen", "Per taak", "Verdeelgegevens", "Verschil"]
    texts = set()
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    assert OUR_FORMULA.fullmatch(str(cell.value)[1:]), (sheet.title, cell.value)
                elif isinstance(cell.value, str):
                    assert cell.data_type == "s", (sheet.title, cell.coordinate)
                    texts.add(cell.value)
    assert set(FORMULA_LIKE) <= texts  # each of them is there, as text, exactly
    assert "Oud (=oud)" in texts
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/sheet"):
                xml = archive.read(name).decode("utf-8")
                for formula in re.findall(r"<f>([^<]*)</f>", xml):
                    assert OUR_FORMULA.fullmatch(formula), (name, formula)
                # Text cells are inline strings: no shared-string table a reader re-parses.
                assert 't="s"' not in xml and 't="str"' not in xml
    assert "xl/sharedStrings.xml" not in zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert odd.deelnemers[0][1] == "=1+1"


def test_libreoffice_reads_every_formula_like_text_as_that_text(tmp_path: Path) -> None:
    data, odd = _formula_like_workbook()
    source = tmp_path / "bijdragen.xlsx"
    source.write_bytes(data)
    # Values, not formulas: a text taken as a formula would show its result ("2", "5").
    sheets = _sheets_as_csv(source, tmp_path / "profiel", shown=False)
    odd = dataclasses.replace(  # the CSV is read with universal newlines: "\r" comes as "\n"
        odd,
        deelnemers=tuple((d, n.replace("\r", "\n")) for d, n in odd.deelnemers),
        splits=tuple(dataclasses.replace(s, key=s.key.replace("\r", "\n")) for s in odd.splits),
    )
    first_column = [row[0] for row in sheets["Bijdragen"][3:] if row]
    assert first_column[: len(odd.deelnemers)] == [naam for _, naam in odd.deelnemers]
    assert sheets["Per taak"][2][3:] == [naam for _, naam in odd.deelnemers]
    assert [row[2] for row in sheets["Per taak"][3 : 3 + len(odd.splits)]] == [
        s.key for s in odd.splits
    ]
    assert sheets["Verschil"][2][2:4] == ["Oud (=oud)", "Nieuw (@nieuw)"]
    shown = {cell for rows in sheets.values() for row in rows for cell in row}
    assert {t.replace("\r", "\n") for t in FORMULA_LIKE} <= shown
    assert not {"2", "5", "-3", "6", "8", "klik"} & shown
