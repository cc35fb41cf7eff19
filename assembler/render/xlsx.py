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
from assembler.model.nodes import Version
from assembler.render.docx.package import normalize, write_zip
from assembler.source.records import SFinance

EURO = '"€" #,##0.00'
COUNT = "#,##0"
BOLD = Font(bold=True)


def render_xlsx(contributions: Contributions, finance: SFinance, version: Version) -> bytes:
    """The workbook as bytes; byte-identical for the same input."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Bijdragen"
    _contributions(sheet, contributions)
    _per_task(book.create_sheet("Per taak"), contributions)
    _data(book.create_sheet("Verdeelgegevens"), contributions, finance)
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
