"""Blocks of the reading order (:mod:`assembler.flow`) as WordprocessingML.

The one paragraph and table writer of the Word documents: a clean document is its blocks
with every segment unchanged, a redline the same blocks with ``w:ins``/``w:del`` and moves.
Both carry the same bookmarks (article headings by id, table rows by row id).
"""

from __future__ import annotations

from dataclasses import replace

from assembler.diff.words import Seg
from assembler.flow.blocks import RItem, RMove, Role, RPara, RTable
from assembler.render.docx import fields, styles
from assembler.render.docx.bookmarks import Bookmarks
from assembler.render.docx.runs import TAB, escape, run
from assembler.render.docx.tables import TEXT_WIDTH

ROLE_STYLES = {
    "titel": styles.TITEL,
    "ondertitel": styles.ONDERTITEL,
    "titelgegevens": styles.TITELGEGEVENS,
    "kop": styles.OPSCHRIFT,
    "aanhef": styles.AANHEF,
    "hoofdstuk": styles.HOOFDSTUK,
    "artikelkop": styles.ARTIKELKOP,
    "lid": styles.LID,
    "lid_zonder_nummer": styles.LID_ZONDER_NUMMER,
    "lid_vervolg": styles.LID_VERVOLG,
    "onderdeel": styles.ONDERDEEL,
    "subonderdeel": styles.SUBONDERDEEL,
    "slotformule": styles.SLOTFORMULE,
    "ondertekening": styles.ONDERTEKENING,
    "ondertekening_regel": styles.ONDERTEKENING_REGEL,
    "bijlagekop": styles.BIJLAGEKOP,
    "tabeltitel": styles.TABELTITEL,
    "normal": styles.NORMAL,
    "toelichting_kop": styles.TOELICHTING_KOP,
    "toelichting_paragraaf": styles.TOELICHTING_PARAGRAAF,
    "toelichting_artikel": styles.TOELICHTING_ARTIKEL,
    "toc1": styles.INHOUD_1,
    "toc2": styles.INHOUD_2,
}

# A whole paragraph's or row's mark ("+" inserted, "-" deleted) as its revision element.
_MARKS = {"+": "ins", "-": "del"}


class Revisions:
    """Hands out revision ids (unique in the document) with one author and date."""

    def __init__(self, author: str, date: str) -> None:
        self.next_id = 1
        self.attrs = f'w:author="{escape(author)}" w:date="{date}"'

    def attributes(self) -> str:
        ident = self.next_id
        self.next_id += 1
        return f'w:id="{ident}" {self.attrs}'

    def wrap(self, tag: str, runs: str) -> str:
        return f"<w:{tag} {self.attributes()}>{runs}</w:{tag}>" if runs else ""

    def mark(self, tag: str) -> str:
        return f"<w:{tag} {self.attributes()}/>"


class BlockWriter:
    """Turns blocks of the reading order into WordprocessingML, with revisions where they changed.

    ``comments`` maps the id of a changed article or part to its comment's id: the comment is
    anchored on the paragraph that starts it (at a move's new place). Article headings and
    table rows carry the same bookmarks as in the clean document.
    """

    def __init__(
        self, revisions: Revisions | None = None, comments: dict[str, int] | None = None
    ) -> None:
        # A clean document has no revisions: its blocks never ask for one.
        self.rev = revisions or Revisions("", "")
        self.comments = dict(comments or {})
        self.marks = Bookmarks()

    def segs(self, segs: tuple[Seg, ...], move: str = "") -> str:
        out = []
        for op, text, _ in segs:
            if op == "=":
                if move:
                    out.append(self.rev.wrap(move, run(text)))
                elif text[-1:] == "\t":
                    # A literal number and its tab ("2.\t"): the tab a run of its own, as ever.
                    out.append(run(text[:-1]) + TAB)
                else:
                    out.append(run(text))
            elif op == "+":
                out.append(self.rev.wrap("ins", run(text)))
            else:
                out.append(self.rev.wrap("del", run(text, deleted=True)))
        return "".join(out)

    def paragraph(
        self,
        para: RPara,
        move: str = "",
        start: str = "",
        end: str = "",
        mark_move: str | None = None,
        old_place: bool = False,
    ) -> str:
        mark_tag = _MARKS.get(para.mark, move if mark_move is None else mark_move)
        rpr = f"<w:rPr>{self.rev.mark(mark_tag)}</w:rPr>" if mark_tag else ""
        style = ROLE_STYLES.get(para.role, styles.NORMAL)
        runs = (
            self.segs(para.number, move) + self.segs(para.text, move)
            if para.number
            else self.segs(para.text, move)
        )
        if para.anchor and para.role is Role.ARTIKELKOP and not old_place:
            runs = self.marks.wrap(para.anchor, runs)
        c = None if old_place else self.comments.pop(para.anchor, None) if para.anchor else None
        if c is not None:
            # The comment range lies outside every w:ins/w:del: placed inside one, pandoc
            # drops the comment.
            runs = (
                f'<w:commentRangeStart w:id="{c}"/>{runs}<w:commentRangeEnd w:id="{c}"/>'
                f'<w:r><w:commentReference w:id="{c}"/></w:r>'
            )
        return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{rpr}</w:pPr>{start}{runs}{end}</w:p>'

    def move(self, item: RMove) -> str:
        tag = "moveFrom" if item.side == "from" else "moveTo"
        rng = f"{tag}Range"
        ident = self.rev.next_id
        start = f'<w:{rng}Start {self.rev.attributes()} w:name="{item.name}"/>'
        end = f'<w:{rng}End w:id="{ident}"/>'
        out = []
        last = len(item.paragraphs) - 1
        for index, para in enumerate(item.paragraphs):
            # A paragraph whose last run changed during the move gets a plain ins/del mark:
            # LibreOffice drops a moveFrom/moveTo mark right after such a run (Word and pandoc
            # read both forms alike).
            ends_changed = bool(para.text) and para.text[-1].op != "="
            mark_move = "" if ends_changed else tag
            if ends_changed and not para.mark:
                para = replace(para, mark="-" if item.side == "from" else "+")
            out.append(
                self.paragraph(
                    para,
                    tag,
                    start if index == 0 else "",
                    end if index == last else "",
                    mark_move,
                    old_place=item.side == "from",
                )
            )
        return "".join(out)

    def table(self, item: RTable) -> str:
        columns = max([len(item.header), *(len(r.cells) for r in item.rows)], default=1) or 1
        width = TEXT_WIDTH // columns
        mark = _MARKS.get(item.mark, "")

        def cell(segs: tuple[Seg, ...], style: str, bookmark: str = "") -> str:
            rpr = f"<w:rPr>{self.rev.mark(mark)}</w:rPr>" if mark else ""
            runs = self.segs(segs)
            if bookmark:
                runs = self.marks.wrap(bookmark, runs)
            p = f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{rpr}</w:pPr>{runs}</w:p>'
            return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{p}</w:tc>'

        def pad(cells: tuple[tuple[Seg, ...], ...]) -> list[tuple[Seg, ...]]:
            return list(cells) + [()] * (columns - len(cells))

        rows = []
        if item.header:
            revision = self.rev.mark(mark) if mark else ""
            cells = "".join(cell(h, styles.TABELKOP) for h in pad(item.header))
            rows.append(f"<w:tr><w:trPr><w:tblHeader/>{revision}</w:trPr>{cells}</w:tr>")
        for row in item.rows:
            row_mark = _MARKS.get(row.mark, "")
            revision = self.rev.mark(row_mark) if row_mark else ""
            padded = pad(row.cells)
            cells = cell(padded[0], styles.TABELTEKST, row.id) + "".join(
                cell(c, styles.TABELTEKST) for c in padded[1:]
            )
            rows.append(f"<w:tr><w:trPr><w:cantSplit/>{revision}</w:trPr>{cells}</w:tr>")
        grid = "".join(f'<w:gridCol w:w="{width}"/>' for _ in range(columns))
        after = self.paragraph(RPara(Role.NORMAL, (), mark=item.mark))
        return (
            "<w:tbl><w:tblPr>"
            f'<w:tblStyle w:val="{styles.TABELRASTER}"/><w:tblW w:w="{width * columns}" w:type="dxa"/>'
            '<w:tblLook w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
            'w:noHBand="1" w:noVBand="1"/>'
            f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>{after}"
        )

    def items(self, items: list[RItem]) -> str:
        out = []
        for item in items:
            if isinstance(item, RMove):
                out.append(self.move(item))
            elif isinstance(item, RTable):
                out.append(self.table(item))
            else:
                out.append(self.paragraph(item))
        return "".join(out)

    def toc(self, items: list[RPara]) -> str:
        """The table of contents as a field whose cached entries carry the changes too."""
        if not items:
            items = [
                RPara(Role.TOC1, (Seg("=", "Dit document bevat geen hoofdstukken of artikelen."),))
            ]
        out = []
        for index, para in enumerate(items):
            xml = self.paragraph(para)
            head, _, tail = xml.partition("</w:pPr>")
            if index == 0:
                tail = fields.field_start(fields.TOC_INSTRUCTION) + tail
            if index == len(items) - 1:
                tail = tail.replace("</w:p>", fields.field_end() + "</w:p>")
            out.append(f"{head}</w:pPr>{tail}")
        return "".join(out)
