"""Spreadsheet writer for the financial relations: one sheet per view, ready to print.

Amounts are written as numbers (exact Decimals) in a Dutch euro format, so finance staff can
compute with them. Totals are ``SUM`` formulas whose stored (cached) value is our exact total
in cents, so a reader that does not recalculate shows the same amounts as one that does. Data
cells are never formulas: a text that begins with "=" stays text. Every sheet names the version
and its date in its second line and in the printed page header; it prints landscape on A4,
fitted to the page width, with the column headings repeated on every page.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from assembler.model.dates import dutch_date
from assembler.model.finance import Contributions
from assembler.model.finance_changes import AmountChange, DeelnemerChange, FinanceChanges
from assembler.model.nodes import Version
from assembler.render.docx.package import normalize, write_zip
from assembler.source.records import SFinance

# Excel format codes use "," for grouping and "." for decimals; the locale prefix [$-413]
# (nl-NL) makes LibreOffice show them the Dutch way ("€ 1.234,56"), as Dutch Excel does anyway.
# (LibreOffice reads "[$€-413]" as the currency symbol only and keeps its own separators.)
EURO = '[$-413]"€" #,##0.00;[$-413]"€" -#,##0.00'
SIGNED_EURO = '[$-413]"€" +#,##0.00;[$-413]"€" -#,##0.00;[$-413]"€" 0.00'
COUNT = "[$-413]#,##0"
PERCENT = "[$-413]0.00%"
# Arial, not the house template's Liberation Sans: a spreadsheet has no font table naming an
# alternative, Arial is on every Windows and Mac, and Debian's fontconfig maps it to the
# metric-identical Liberation Sans (fonts-liberation), so the widths below hold everywhere.
FONT = "Arial"
PLAIN = Font(name=FONT, size=10)
BOLD = Font(name=FONT, size=10, bold=True)
TITLE = Font(name=FONT, size=13, bold=True)
LINE = Side(style="thin", color="A6A6A6")
GRID = Border(left=LINE, right=LINE, top=LINE, bottom=LINE)
RULE = Border(left=LINE, right=LINE, top=LINE, bottom=Side(style="medium"))
LINE_HEIGHT = 12.75  # points per line of Arial 10 (Excel's row height for one line)

HEADER_ROW = 3  # below the title line and the version line
TEXT_WIDTH = 32  # a longer text wraps within a column this wide
Value = str | int | Decimal | None


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
    first = book.active
    assert first is not None
    book.remove(first)
    cached: dict[tuple[int, str], str] = {}
    year = contributions.year
    sheets = [
        _Sheet(book, "Bijdragen", f"Voorlopige bijdragen {year} per deelnemer", version, cached),
        _Sheet(book, "Per taak", f"Voorlopige bijdragen {year} per taak", version, cached),
        _Sheet(book, "Verdeelgegevens", f"Verdeelgegevens voor {year}", version, cached),
    ]
    _contributions(sheets[0], contributions)
    _per_task(sheets[1], contributions)
    _data(sheets[2], contributions, finance)
    if changes is not None:
        years = sorted({y for y in (changes.old_year, changes.new_year) if y is not None})
        old, new = labels
        title = f"Voorlopige bijdragen {'/'.join(map(str, years))}: {old} → {new}"
        sheets.append(_Sheet(book, "Verschil", title, version, cached))
        _differences(sheets[-1], changes, labels)
    for sheet in sheets:
        sheet.finish()
    # The cached values are exact; recalculating on load would only make Excel ask to save.
    book.calculation.fullCalcOnLoad = False
    stamp = datetime(version.date.year, version.date.month, version.date.day)
    book.properties.created = stamp
    book.properties.modified = stamp
    book.properties.creator = version.author or "assembler"
    book.properties.lastModifiedBy = version.author or "assembler"
    book.properties.title = f"Voorlopige bijdragen {contributions.year}"
    buffer = io.BytesIO()
    book.save(buffer)
    return normalize(_fixed_dates(buffer.getvalue(), stamp, cached))


def _fixed_dates(data: bytes, stamp: datetime, cached: dict[tuple[int, str], str]) -> bytes:
    """Put back what openpyxl cannot write: the version date and the formulas' values.

    openpyxl stamps ``modified`` with the clock on save, and writes a formula with an empty
    value; the value is filled in here, from ``cached`` (by sheet number and cell).
    """
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
        sheet = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", name)
        if sheet is not None:
            content = _with_values(content.decode("utf-8"), int(sheet[1]), cached).encode("utf-8")
        fixed.append((name, content))
    return write_zip(fixed)


def _with_values(xml: str, number: int, cached: dict[tuple[int, str], str]) -> str:
    def value(match: re.Match[str]) -> str:
        known = cached.get((number, match[1]))
        if known is None:
            raise ValueError(f"formula in sheet {number} cell {match[1]} has no value")
        return f'<c r="{match[1]}"{match[2]}><f>{match[3]}</f><v>{known}</v></c>'

    return re.sub(
        r'<c r="([A-Z]+\d+)"([^>]*)><f>([^<]*)</f>(?:<v\s*/>|<v>\s*</v>)?</c>', value, xml
    )


def _shown(value: Value | float, number_format: str | None) -> str:
    """The text a Dutch reader sees in the cell (to size the column)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return max(value.splitlines() or [""], key=len)
    if number_format == PERCENT:
        return f"{float(value) * 100:.2f}%"
    decimals = 0 if number_format == COUNT else 2
    grouped = f"{abs(value):,.{decimals}f}".translate(str.maketrans(",.", ".,"))
    sign = "-" if value < 0 else ("+" if number_format == SIGNED_EURO and value > 0 else "")
    return f"€ {sign}{grouped}" if number_format in (EURO, SIGNED_EURO) else sign + grouped


class _Sheet:
    """One sheet being written: its rows, the widths they need and the formulas' values."""

    def __init__(
        self,
        book: Workbook,
        name: str,
        title: str,
        version: Version,
        cached: dict[tuple[int, str], str],
    ) -> None:
        self.sheet: Worksheet = book.create_sheet(name)
        self.number = len(book.worksheets)
        self.title = title
        self.stamp = f"{version.label}, {dutch_date(version.date)}"
        self.cached = cached
        self.widths: dict[int, float] = {}
        # (row, column, text) of the cells whose text wraps: their rows need the height
        self.wrapped: list[tuple[int, int, str]] = []
        self.notes: list[tuple[int, str]] = []  # (row, text) of the lines below a table
        self.sheet.append([title])
        self.sheet["A1"].font = TITLE
        self.sheet.append([self.stamp])
        self.sheet["A2"].font = PLAIN
        for cell in (self.sheet["A1"], self.sheet["A2"]):
            cell.data_type = "s"

    def _cell(self, row: int, column: int) -> Cell:
        cell = self.sheet.cell(row, column)
        assert isinstance(cell, Cell)  # nothing here is merged
        return cell

    def _measure(self, cell: Cell, text: str, factor: float = 1.0) -> None:
        # A width is counted in digits of the default font (plus padding).
        width = min(len(text), TEXT_WIDTH) * factor + 3
        self.widths[cell.column] = max(self.widths.get(cell.column, 0), width)
        if len(text) > TEXT_WIDTH:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            self.wrapped.append((cell.row, cell.column, text))

    def header(self, values: Sequence[str]) -> None:
        """The column headings (row 3): bold, wrapped, repeated on every printed page."""
        self.sheet.append(list(values))
        for column in range(1, len(values) + 1):
            cell = self._cell(self.sheet.max_row, column)
            cell.data_type = "s"
            cell.font = BOLD
            cell.border = RULE
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            self.wrapped.append((cell.row, column, str(cell.value)))
            # A heading wraps at spaces and after hyphens ("Hardinxveld-" / "Giessendam").
            words = re.findall(r"[^\s-]+-?", str(cell.value))
            self._measure(cell, max(words, key=len) if words else "", 1.1)
        self.sheet.freeze_panes = f"B{self.sheet.max_row + 1}"  # a string: no extra row

    def row(self, values: Sequence[Value], formats: Sequence[str | None] = ()) -> int:
        """A row of data (never formulas), formatted by ``formats``; its row number."""
        self.sheet.append(list(values))
        number = self.sheet.max_row
        for column, value in enumerate(values, start=1):
            cell = self._cell(number, column)
            cell.font = PLAIN
            cell.border = GRID
            cell.alignment = Alignment(vertical="top")
            if isinstance(value, str):
                cell.data_type = "s"  # "=..." is a name here, not a formula
            number_format = formats[column - 1] if column <= len(formats) else None
            if number_format is not None and value is not None:
                cell.number_format = number_format
            self._measure(cell, _shown(value, number_format))
        return number

    def note(self, text: str) -> None:
        """A line of explanation below a table, across its width (wrapped, to stay printed)."""
        self.sheet.append([text])
        cell = self._cell(self.sheet.max_row, 1)
        cell.data_type = "s"
        cell.font = PLAIN
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        self.notes.append((cell.row, text))

    def total(self, row: int, column: int, formula: str, value: Decimal, fmt: str) -> None:
        """A formula cell whose stored value is ``value`` (the exact total we computed)."""
        cell = self._cell(row, column)
        cell.value = f"={formula}"
        cell.number_format = fmt
        cell.font = PLAIN
        cell.border = GRID
        cell.alignment = Alignment(vertical="top")
        cached = format(value, "f") if fmt != PERCENT else repr(float(value))
        self.cached[(self.number, cell.coordinate)] = cached
        self._measure(cell, _shown(value, fmt))

    def bold(self, row: int) -> None:
        """A totals line: bold, with a line above it."""
        for cell in self.sheet[row]:
            cell.font = BOLD
            cell.border = Border(left=LINE, right=LINE, top=Side(style="medium"), bottom=LINE)

    def finish(self) -> None:
        """Column widths from the content; page setup, print titles, header and footer."""
        sheet = self.sheet
        for column, width in sorted(self.widths.items()):
            sheet.column_dimensions[get_column_letter(column)].width = round(width, 1)
        # Neither Excel nor LibreOffice grows a row for wrapped text on opening: say how tall.
        lines: dict[int, int] = {}
        for row, column, text in self.wrapped:
            # Letters are narrower than the digits a width counts: measured, 42 digits' width
            # holds 58 letters of Arial 10 (1.38); 1.35 leaves a little margin.
            room = int((self.widths[column] - 2) * 1.35)
            lines[row] = max(lines.get(row, 1), _lines(text, room))
        # A text running past the table's last column would be cut off in print: a note is
        # merged across the table and wraps there.
        last = max(self.widths, default=1)
        across = sum(self.widths.get(c, 0) for c in range(1, last + 1))
        for row, text in self.notes:
            if last > 1:
                sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
            lines[row] = _lines(text, int((across - 2) * 1.35))
        for row, count in sorted(lines.items()):
            if count > 1:
                sheet.row_dimensions[row].height = count * LINE_HEIGHT
        setup = sheet.page_setup
        setup.orientation = "landscape"
        setup.paperSize = sheet.PAPERSIZE_A4
        setup.fitToWidth = 1
        setup.fitToHeight = 0  # as many pages down as it takes
        sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
        sheet.page_margins.left = sheet.page_margins.right = 0.5
        for header, footer in (
            (sheet.oddHeader, sheet.oddFooter),
            (sheet.evenHeader, sheet.evenFooter),
        ):
            assert header is not None and footer is not None
            for part, text in (
                (header.left, _escape(self.title)),
                (header.right, _escape(self.stamp)),
                (footer.right, "Pagina &P van &N"),
            ):
                part.text = text
                part.font = f"{FONT},Regular"
                part.size = 9


def _lines(text: str, room: int) -> int:
    """How many lines ``text`` takes in a column of ``room`` characters, wrapped at spaces and
    after hyphens."""
    count, used = 1, 0
    for word in re.findall(r"[^\s-]+-?\s*", text):
        size = len(word.rstrip())
        if used and used + size > room:
            count, used = count + 1, 0
        used += len(word)
    return count


def _escape(text: str) -> str:
    """A header text with its "&" doubled (a single one starts a code such as &P)."""
    return text.replace("&", "&&")


def _column_range(column: int, first: int, last: int) -> str:
    letter = get_column_letter(column)
    return f"{letter}{first}:{letter}{last}"


def _contributions(out: _Sheet, c: Contributions) -> None:
    """Per deelnemer its amount per task, its total and its share of the whole budget."""
    share = c.budget != 0
    out.header(
        ["Deelnemer", *(s.title for s in c.splits), "Totaal", *(["Aandeel"] if share else [])]
    )
    formats = [None, *(EURO for _ in c.splits)]
    total_column = len(c.splits) + 2
    rows = [
        out.row([naam, *(s.amounts[deelnemer] for s in c.splits)], formats)
        for deelnemer, naam in c.deelnemers
    ]
    last = out.row(["Totaal"])
    first_letter, end_letter = get_column_letter(2), get_column_letter(total_column - 1)
    total_letter = get_column_letter(total_column)
    for row, (deelnemer, _) in zip(rows, c.deelnemers, strict=True):
        out.total(
            row,
            total_column,
            f"SUM({first_letter}{row}:{end_letter}{row})",
            c.total(deelnemer),
            EURO,
        )
        if share:
            out.total(
                row,
                total_column + 1,
                f"{total_letter}{row}/{total_letter}${last}",
                c.total(deelnemer) / c.budget,
                PERCENT,
            )
    if not rows:
        return
    for index, split in enumerate(c.splits, start=2):
        out.total(
            last, index, f"SUM({_column_range(index, rows[0], rows[-1])})", split.budget, EURO
        )
    out.total(
        last, total_column, f"SUM({_column_range(total_column, rows[0], rows[-1])})", c.budget, EURO
    )
    if share:
        shares = _column_range(total_column + 1, rows[0], rows[-1])
        out.total(last, total_column + 1, f"SUM({shares})", Decimal(1), PERCENT)
    out.bold(last)


def _per_task(out: _Sheet, c: Contributions) -> None:
    """Per task its budget, its key and each deelnemer's amount; the totals below."""
    out.header(["Taak", "Budget", "Verdeelsleutel", *(naam for _, naam in c.deelnemers)])
    formats = [None, EURO, None, *(EURO for _ in c.deelnemers)]
    rows = [
        out.row(
            [split.title, split.budget, split.key, *(split.amounts[d] for d, _ in c.deelnemers)],
            formats,
        )
        for split in c.splits
    ]
    if not rows:
        return
    last = out.row(["Totaal"])
    out.total(last, 2, f"SUM({_column_range(2, rows[0], rows[-1])})", c.budget, EURO)
    for index, (deelnemer, _) in enumerate(c.deelnemers, start=4):
        out.total(
            last, index, f"SUM({_column_range(index, rows[0], rows[-1])})", c.total(deelnemer), EURO
        )
    out.bold(last)


def _data(out: _Sheet, c: Contributions, finance: SFinance) -> None:
    """The figures the keys divide by, per deelnemer, with their sources."""
    out.header(
        [
            "Deelnemer",
            *(f"{d.title} (peildatum {dutch_date(d.peildatum)})" for d in finance.datasets),
        ]
    )
    formats = [None, *(COUNT for _ in finance.datasets)]
    rows = [
        out.row([naam, *(d.values.get(deelnemer) for d in finance.datasets)], formats)
        for deelnemer, naam in c.deelnemers
    ]
    if rows:
        last = out.row(["Totaal"])
        for index, dataset in enumerate(finance.datasets, start=2):
            value = sum((Decimal(dataset.values.get(d) or 0) for d, _ in c.deelnemers), Decimal(0))
            out.total(last, index, f"SUM({_column_range(index, rows[0], rows[-1])})", value, COUNT)
        out.bold(last)
    out.note("")
    for dataset in finance.datasets:
        out.note(f"Bron {dataset.title.lower()}: {dataset.bron}")
    buig = (
        "regionale solidariteit" if finance.buig == "solidariteit" else "eigen risico per deelnemer"
    )
    out.note(f"BUIG-risico: {buig}")


def _difference_total(
    out: _Sheet, first: int, last: int, change: DeelnemerChange | FinanceChanges
) -> None:
    """A total line: old, new and difference as sums of the lines ``first``..``last``."""
    row = out.row(
        [change.naam if isinstance(change, DeelnemerChange) else "Alle deelnemers", "Totaal"]
    )
    for column, value, fmt in (
        (3, change.old, EURO),
        (4, change.new, EURO),
        (5, change.difference, SIGNED_EURO),
    ):
        if value is not None:
            out.total(row, column, f"SUM({_column_range(column, first, last)})", value, fmt)
    out.bold(row)


def _differences(out: _Sheet, changes: FinanceChanges, labels: tuple[str, str]) -> None:
    """Per deelnemer per task old, new and difference; a total per deelnemer; the budgets."""
    old, new = labels
    out.header(["Deelnemer", "Taak", f"Oud ({old})", f"Nieuw ({new})", "Verschil"])
    formats = [None, None, EURO, EURO, SIGNED_EURO]

    def line(naam: str, task: AmountChange) -> int:
        return out.row([naam, task.title, task.old, task.new, task.difference], formats)

    for deelnemer in changes.deelnemers:
        rows = [line(deelnemer.naam, task) for task in deelnemer.tasks]
        if rows:
            _difference_total(out, rows[0], rows[-1], deelnemer)
    rows = [line("Alle deelnemers", budget) for budget in changes.budgets]
    if rows:
        _difference_total(out, rows[0], rows[-1], changes)
