"""Table nodes as Word tables: a repeated header row, one bookmarked row per row id.

Columns are as wide as their text asks (:mod:`columns`), amounts are right-aligned, rows do
not split over two pages, and a table too wide for a portrait page gets landscape pages.
"""

from __future__ import annotations

from assembler.model.nodes import Table
from assembler.render.docx import columns, sections, styles
from assembler.render.docx.bookmarks import Bookmarks
from assembler.render.docx.paragraphs import paragraph
from assembler.render.docx.runs import run

TEXT_WIDTH = columns.TEXT_WIDTH


def table_start(shape: columns.Layout) -> str:
    """``<w:tbl>`` up to its first row: the "Table Grid" style, fixed widths and the grid.

    A fixed layout, because Word's default (autofit) may widen or narrow the columns by their
    content where LibreOffice keeps the grid: fixed, both lay out the widths written here.
    """
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in shape.widths)
    margins = (
        f'<w:tblCellMar><w:left w:w="{shape.margin}" w:type="dxa"/>'
        f'<w:right w:w="{shape.margin}" w:type="dxa"/></w:tblCellMar>'
        if shape.margin != columns.STYLE_MARGIN
        else ""
    )
    return (
        "<w:tbl><w:tblPr>"
        f'<w:tblStyle w:val="{styles.TABELRASTER}"/><w:tblW w:w="{shape.width}" w:type="dxa"/>'
        f'<w:tblLayout w:type="fixed"/>{margins}'
        '<w:tblLook w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
        'w:noHBand="1" w:noVBand="1"/>'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>"
    )


def run_props(shape: columns.Layout) -> str:
    """Run formatting of the table's text: none, or the smaller size the table needs."""
    if shape.size == columns.STYLE_SIZE:
        return ""
    return f'<w:sz w:val="{shape.size}"/><w:szCs w:val="{shape.size}"/>'


def _cell(style: str, runs: str, width: int, right: bool) -> str:
    para = paragraph(style, runs, right=right)
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{para}</w:tc>'


def table(node: Table, marks: Bookmarks) -> str:
    """A ``w:tbl`` in the "Table Grid" style, followed by an empty paragraph.

    The paragraph keeps two tables apart (adjacent tables merge in Word) and gives Word the
    paragraph it wants after a table. A wide table is put between two section ends, so that
    it alone has landscape pages.
    """
    shape = columns.layout(node.header, [cells for _, cells in node.rows])
    count = len(shape.widths)
    props = run_props(shape)

    def pad(values: tuple[str, ...]) -> list[str]:
        return list(values) + [""] * (count - len(values))

    rows = []
    if node.header:
        header = "".join(
            _cell(styles.TABELKOP, run(value, props), width, right)
            for value, width, right in zip(
                pad(node.header), shape.widths, shape.amounts, strict=True
            )
        )
        rows.append(f"<w:tr><w:trPr><w:tblHeader/></w:trPr>{header}</w:tr>")
    for row_id, values in node.rows:
        cells = []
        for index, (value, width, right) in enumerate(
            zip(pad(values), shape.widths, shape.amounts, strict=True)
        ):
            # The row id becomes a bookmark around the first cell's text: invisible and stable.
            runs = run(value, props)
            runs = marks.wrap(row_id, runs) if index == 0 else runs
            cells.append(_cell(styles.TABELTEKST, runs, width, right))
        rows.append(f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{''.join(cells)}</w:tr>")
    xml = f"{table_start(shape)}{''.join(rows)}</w:tbl>{paragraph(styles.NORMAL, '')}"
    if shape.landscape:
        return sections.end_paragraph(sections.PORTRAIT) + sections.ending_with(
            xml, sections.LANDSCAPE
        )
    return xml
