"""Spreadsheet writer for the financial relations: one sheet per view, real number formats.

Amounts are written as numbers (exact Decimals) with a euro format, so finance staff can
compute with them; the totals are the computed totals, which add up to the budgets exactly.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from assembler.model.finance import Contributions
from assembler.model.finance_changes import AmountChange, DeelnemerChange, FinanceChanges
from assembler.model.nodes import Version
from assembler.render.docx.package import normalize, write_zip
from assembler.source.records import SFinance

EURO = '"€" #,##0.00'
SIGNED_EURO = '"€" +#,##0.00;"€" -#,##0.00;"€" 0.00'
COUNT = "#,##0"
BOLD = Font(bold=True)


def render_xlsx(
    contributions: Contributions,
    finance: SFinance,
    version: Version,
    changes: FinanceChanges | None = None,
    labels: tuple[str, str] = ("oud", "nieuw"),
) -> bytes:
    """The workbook as bytes; byte-identical for the same input.

    With ``changes`` (a comparison of the versions named by ``labels``, e.g. ("concept",
    "definitief")) it also has the sheet "Verschil": old, new and difference per deelnemer per
    task, the totals per deelnemer and the budgets.
    """
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Bijdragen"
    _contributions(sheet, contributions)
    _per_task(book.create_sheet("Per taak"), contributions)
    _data(book.create_sheet("Verdeelgegevens"), contributions, finance)
    if changes is not None:
        _differences(book.create_sheet("Verschil"), changes, labels)
    stamp = datetime(version.date.year, version.date.month, version.date.day)
    book.properties.created = stamp
    book.properties.modified = stamp
    book.properties.creator = version.author or "assembler"
    book.properties.lastModifiedBy = version.author or "assembler"
    book.properties.title = f"Voorlopige bijdragen {contributions.year}"
    buffer = io.BytesIO()
    book.save(buffer)
    return normalize(_fixed_dates(buffer.getvalue(), stamp))


def _fixed_dates(data: bytes, stamp: datetime) -> bytes:
    """openpyxl stamps ``modified`` with the clock on save: put the version date back."""
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = [(name, archive.read(name)) for name in archive.namelist()]
    fixed = []
    for name, content in members:
        if name == "docProps/core.xml":
            text = content.decode("utf-8")
            for tag in ("created", "modified"):
                text = re.sub(
                    rf"(<dcterms:{tag}[^>]*>)[^<]*(</dcterms:{tag}>)", rf"\g<1>{iso}\g<2>", text
                )
            content = text.encode("utf-8")
        fixed.append((name, content))
    return write_zip(fixed)


def _header(sheet: Worksheet, values: list[str]) -> None:
    sheet.append(values)
    for cell in sheet[sheet.max_row]:
        cell.font = BOLD
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = f"B{sheet.max_row + 1}"  # a string: creating the cell would add a row


def _contributions(sheet: Worksheet, c: Contributions) -> None:
    _header(sheet, ["Deelnemer", *(s.title for s in c.splits), "Totaal"])
    for deelnemer, naam in c.deelnemers:
        sheet.append([naam, *(s.amounts[deelnemer] for s in c.splits), c.total(deelnemer)])
    sheet.append(["Totaal", *(s.budget for s in c.splits), c.budget])
    for cell in sheet[sheet.max_row]:
        cell.font = BOLD
    for row in sheet.iter_rows(min_row=2, min_col=2):
        for cell in row:
            cell.number_format = EURO
    sheet.column_dimensions["A"].width = 26
    for index in range(2, len(c.splits) + 3):
        sheet.column_dimensions[get_column_letter(index)].width = 18


def _per_task(sheet: Worksheet, c: Contributions) -> None:
    _header(sheet, ["Taak", "Budget", "Verdeelsleutel", *(naam for _, naam in c.deelnemers)])
    for split in c.splits:
        sheet.append(
            [split.title, split.budget, split.key, *(split.amounts[d] for d, _ in c.deelnemers)]
        )
        row = sheet[sheet.max_row]
        row[1].number_format = EURO
        for cell in row[3:]:
            cell.number_format = EURO
    sheet.column_dimensions["A"].width = 36
    sheet.column_dimensions["C"].width = 40


def _data(sheet: Worksheet, c: Contributions, finance: SFinance) -> None:
    _header(
        sheet,
        [
            "Deelnemer",
            *(
                f"{d.title} (peildatum {d.peildatum.strftime('%d-%m-%Y')})"
                for d in finance.datasets
            ),
        ],
    )
    for deelnemer, naam in c.deelnemers:
        sheet.append([naam, *(d.values.get(deelnemer) for d in finance.datasets)])
        for cell in sheet[sheet.max_row][1:]:
            cell.number_format = COUNT
    sheet.append([])
    for dataset in finance.datasets:
        sheet.append([f"Bron {dataset.title.lower()}: {dataset.bron}"])
    sheet.append(
        [
            f"BUIG-risico: {'regionale solidariteit' if finance.buig == 'solidariteit' else 'eigen risico per deelnemer'}"
        ]
    )
    sheet.column_dimensions["A"].width = 26


def _difference_row(
    sheet: Worksheet, naam: str, title: str, change: AmountChange | DeelnemerChange | FinanceChanges
) -> None:
    """One line: old, new (empty when absent in that version) and the signed difference."""
    sheet.append([naam, title, change.old, change.new, change.difference])
    row = sheet[sheet.max_row]
    row[2].number_format = row[3].number_format = EURO
    row[4].number_format = SIGNED_EURO
    if not isinstance(change, AmountChange):  # a total
        for cell in row:
            cell.font = BOLD


def _differences(sheet: Worksheet, changes: FinanceChanges, labels: tuple[str, str]) -> None:
    """Per deelnemer per task old, new and difference; a total per deelnemer; the budgets."""
    years = sorted({y for y in (changes.old_year, changes.new_year) if y is not None})
    old, new = labels
    sheet.append([f"Voorlopige bijdragen {'/'.join(map(str, years))}: {old} → {new}"])
    sheet[sheet.max_row][0].font = BOLD
    _header(sheet, ["Deelnemer", "Taak", f"Oud ({old})", f"Nieuw ({new})", "Verschil"])
    for deelnemer in changes.deelnemers:
        for task in deelnemer.tasks:
            _difference_row(sheet, deelnemer.naam, task.title, task)
        _difference_row(sheet, deelnemer.naam, "Totaal", deelnemer)
    for budget in changes.budgets:
        _difference_row(sheet, "Alle deelnemers", budget.title, budget)
    _difference_row(sheet, "Alle deelnemers", "Totaal", changes)
    sheet.column_dimensions["A"].width = 26
    sheet.column_dimensions["B"].width = 30
    for column in "CDE":
        sheet.column_dimensions[column].width = 18
