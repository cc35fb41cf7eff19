"""Table nodes as Word tables: a repeated header row, one bookmarked row per row id."""

from __future__ import annotations

from assembler.model.nodes import Table
from assembler.render.docx import styles
from assembler.render.docx.bookmarks import Bookmarks
from assembler.render.docx.paragraphs import paragraph
from assembler.render.docx.runs import run

TEXT_WIDTH = 9070  # twips between the margins of the house style's A4 page


def _row(cells: list[str], width: int, *, header: bool = False) -> str:
    trpr = "<w:trPr><w:tblHeader/></w:trPr>" if header else "<w:trPr><w:cantSplit/></w:trPr>"
    tcs = "".join(
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{cell}</w:tc>' for cell in cells
    )
    return f"<w:tr>{trpr}{tcs}</w:tr>"


def table(node: Table, marks: Bookmarks) -> str:
    """A ``w:tbl`` in the "Table Grid" style, followed by an empty paragraph.

    The paragraph keeps two tables apart (adjacent tables merge in Word) and gives Word the
    paragraph it wants after a table.
    """
    columns = max([len(node.header), *(len(cells) for _, cells in node.rows)], default=1) or 1
    width = TEXT_WIDTH // columns

    def pad(values: tuple[str, ...]) -> list[str]:
        return list(values) + [""] * (columns - len(values))

    rows = []
    if node.header:
        header = [paragraph(styles.TABELKOP, run(value)) for value in pad(node.header)]
        rows.append(_row(header, width, header=True))
    for row_id, values in node.rows:
        first, *rest = pad(values)
        # The row id becomes a bookmark around the first cell's text: invisible and stable.
        cells = [paragraph(styles.TABELTEKST, marks.wrap(row_id, run(first)))]
        cells.extend(paragraph(styles.TABELTEKST, run(value)) for value in rest)
        rows.append(_row(cells, width))
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for _ in range(columns))
    return (
        "<w:tbl><w:tblPr>"
        f'<w:tblStyle w:val="{styles.TABELRASTER}"/><w:tblW w:w="{width * columns}" w:type="dxa"/>'
        '<w:tblLook w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
        'w:noHBand="1" w:noVBand="1"/>'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
        f"{paragraph(styles.NORMAL, '')}"
    )
