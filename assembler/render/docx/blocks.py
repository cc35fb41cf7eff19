"""Blocks of the reading order (:mod:`assembler.flow`) as WordprocessingML.

The one paragraph and table writer of the Word documents: a clean document is its blocks
with every segment unchanged, a redline the same blocks with ``w:ins``/``w:del`` and moves.
Both carry the same bookmarks (article headings by id, table rows by row id).
"""

from __future__ import annotations

from dataclasses import replace

from assembler.diff.words import Seg
from assembler.flow.blocks import RItem, RMove, Role, RPara, RTable
from assembler.render.docx import columns, fields, sections, styles, tables
from assembler.render.docx.bookmarks import Bookmarks
from assembler.render.docx.runs import TAB, escape, run

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
    "ondertekening_slot": styles.ONDERTEKENING_SLOT,
    "bijlagekop": styles.BIJLAGEKOP,
    "tabeltitel": styles.TABELTITEL,
    "normal": styles.NORMAL,
    "toelichting_kop": styles.TOELICHTING_KOP,
    "toelichting_paragraaf": styles.TOELICHTING_PARAGRAAF,
    "toelichting_artikel": styles.TOELICHTING_ARTIKEL,
    "toc1": styles.INHOUD_1,
    "toc2": styles.INHOUD_2,
    "besluitkop": styles.BESLUITKOP,
    "opdracht_letter": styles.OPDRACHT_LETTER,
    "opdracht": styles.OPDRACHT,
    "opdracht_stap": styles.OPDRACHT_STAP,
    "citaat_kop": styles.CITAAT_KOP,
    "citaat": styles.CITAAT,
    "citaat_lid": styles.CITAAT_LID,
    "citaat_onderdeel": styles.CITAAT_ONDERDEEL,
    "citaat_subonderdeel": styles.CITAAT_SUBONDERDEEL,
}

# A whole paragraph's or row's mark ("+" inserted, "-" deleted) as its revision element.
_MARKS = {"+": "ins", "-": "del"}


# Paragraphs that go with a wide table onto its landscape pages: the annex's own text and
# table titles. A heading of any other kind, a move or a narrow table ends the search.
_WITH_TABLE = frozenset({Role.NORMAL, Role.TABELTITEL})


def _text(segs: tuple[Seg, ...], side: str = "") -> str:
    """The text of some segments: all of it as shown, or of one side ("+" new, "-" old)."""
    return "".join(seg.text for seg in segs if not side or seg.op in ("=", side))


def separated(segs: tuple[Seg, ...]) -> tuple[Seg, ...]:
    """A table cell's segments with a space closing a deletion that an insertion follows.

    "1.401.112,95" replaced by "1.484.854,00" would otherwise print as one word of 24
    characters, too wide for an amount's column; the space is part of the deletion, so
    accepting or rejecting all changes leaves the same text as before (a trailing space at
    most).
    """
    out = list(segs)
    for index in range(len(out) - 1):
        this, after = out[index], out[index + 1]
        if this.op == "-" and after.op == "+" and this.text[-1:].strip() and after.text[:1].strip():
            out[index] = this._replace(text=this.text + " ")
    return tuple(out)


def _header(item: RTable) -> tuple[str, ...]:
    return tuple(_text(separated(h)) for h in item.header)


def table_layout(*group: RTable) -> columns.Layout:
    """The column widths of tables with one header (a register, one table per statute) from
    all the text they show (in a redline: both sides), so that their columns line up; a
    column of amounts is one whose cells are amounts in the old and in the new version."""
    every = [row for item in group for row in item.rows]
    rows = [[_text(separated(c)) for c in row.cells] for row in every]
    values = [[_text(c, side) for c in row.cells] for side in "+-" for row in every]
    return columns.layout(_header(group[0]), rows, values)


def table_layouts(items: list[RItem]) -> dict[int, columns.Layout]:
    """The layout of every table among ``items`` by its index; tables that share a header
    share a layout."""
    groups: dict[tuple[str, ...], list[tuple[int, RTable]]] = {}
    for index, item in enumerate(items):
        if isinstance(item, RTable):
            groups.setdefault(_header(item), []).append((index, item))
    out = {}
    for members in groups.values():
        shape = table_layout(*(table for _, table in members))
        out.update(dict.fromkeys((index for index, _ in members), shape))
    return out


def landscape_runs(items: list[RItem], wide: set[int]) -> tuple[set[int], set[int]]:
    """Where landscape parts start and end: (indexes that start one, indexes that end one).

    A part holds a wide table with its title; it reaches back to the annex heading over the
    annex's paragraphs, and forward over further titles and wide tables and the annex's
    paragraphs, up to the next heading, move or narrow table. Parts that touch are one.
    """

    def plain(index: int) -> bool:
        item = items[index]
        return isinstance(item, RPara) and item.role in _WITH_TABLE

    spans: list[tuple[int, int]] = []
    for index in sorted(wide):
        start = index
        while start > 0 and plain(start - 1):
            start -= 1
        heading = items[start - 1] if start > 0 else None
        if isinstance(heading, RPara) and heading.role is Role.BIJLAGEKOP:
            start -= 1
        else:  # no annex heading: only the table's own title goes with it
            start = index - 1 if index > 0 and _is_title(items[index - 1]) else index
        end = index
        while end + 1 < len(items) and (plain(end + 1) or end + 1 in wide):
            end += 1
        if spans and start <= spans[-1][1] + 1:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return {s for s, _ in spans}, {e for _, e in spans}


def _is_title(item: RItem) -> bool:
    return isinstance(item, RPara) and item.role is Role.TABELTITEL


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

    def segs(self, segs: tuple[Seg, ...], move: str = "", props: str = "") -> str:
        """The runs of some segments; ``props`` is run formatting (a table's smaller font)."""
        out = []
        for op, text, _ in segs:
            if op == "=":
                if move:
                    out.append(self.rev.wrap(move, run(text, props)))
                elif text[-1:] == "\t":
                    # A literal number and its tab ("2.\t"): the tab a run of its own, as ever.
                    out.append(run(text[:-1], props) + TAB)
                else:
                    out.append(run(text, props))
            elif op == "+":
                out.append(self.rev.wrap("ins", run(text, props)))
            else:
                out.append(self.rev.wrap("del", run(text, props, deleted=True)))
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

    def table(self, item: RTable, shape: columns.Layout | None = None) -> str:
        """The table, its columns as wide as their text asks, and the paragraph after it."""
        shape = shape or table_layout(item)
        count = len(shape.widths)
        mark = _MARKS.get(item.mark, "")
        props = tables.run_props(shape)

        def cell(
            segs: tuple[Seg, ...], style: str, width: int, right: bool, bookmark: str = ""
        ) -> str:
            rpr = f"<w:rPr>{self.rev.mark(mark)}</w:rPr>" if mark else ""
            jc = '<w:jc w:val="right"/>' if right else ""
            runs = self.segs(separated(segs), props=props)
            if bookmark:
                runs = self.marks.wrap(bookmark, runs)
            p = f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{jc}{rpr}</w:pPr>{runs}</w:p>'
            return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{p}</w:tc>'

        def cells(values: tuple[tuple[Seg, ...], ...], style: str, bookmark: str = "") -> str:
            padded = list(values) + [()] * (count - len(values))
            return "".join(
                cell(segs, style, width, right, bookmark if index == 0 else "")
                for index, (segs, width, right) in enumerate(
                    zip(padded, shape.widths, shape.amounts, strict=True)
                )
            )

        rows = []
        if item.header:
            revision = self.rev.mark(mark) if mark else ""
            head = cells(item.header, styles.TABELKOP)
            rows.append(f"<w:tr><w:trPr><w:tblHeader/>{revision}</w:trPr>{head}</w:tr>")
        for row in item.rows:
            row_mark = _MARKS.get(row.mark, "")
            revision = self.rev.mark(row_mark) if row_mark else ""
            body = cells(row.cells, styles.TABELTEKST, row.id)
            rows.append(f"<w:tr><w:trPr><w:cantSplit/>{revision}</w:trPr>{body}</w:tr>")
        after = self.paragraph(RPara(Role.NORMAL, (), mark=item.mark))
        return f"{tables.table_start(shape)}{''.join(rows)}</w:tbl>{after}"

    def items(self, items: list[RItem]) -> str:
        shapes = table_layouts(items)
        starts, ends = landscape_runs(items, {i for i, s in shapes.items() if s.landscape})
        out = []
        for index, item in enumerate(items):
            if index in starts:
                out.append(sections.end_paragraph(sections.PORTRAIT))
            if isinstance(item, RMove):
                xml = self.move(item)
            elif isinstance(item, RTable):
                xml = self.table(item, shapes[index])
            else:
                xml = self.paragraph(item)
            out.append(sections.ending_with(xml, sections.LANDSCAPE) if index in ends else xml)
        return "".join(out)

    def toc(self, items: list[RPara], field: bool = True) -> str:
        """The table of contents as a field whose cached entries carry the changes too.

        Without ``field`` the entries are plain paragraphs: for a document only one version
        has, as LibreOffice keeps a TOC field's first entry (and the heading above it) on
        reject-all, however they are marked (docs/ontwerp/inhoudsopgave.md)."""
        if not items:
            items = [
                RPara(Role.TOC1, (Seg("=", "Dit document bevat geen hoofdstukken of artikelen."),))
            ]
        out = []
        for index, para in enumerate(items):
            xml = self.paragraph(para)
            head, _, tail = xml.partition("</w:pPr>")
            if field and index == 0:
                tail = fields.field_start(fields.TOC_INSTRUCTION) + tail
            if field and index == len(items) - 1:
                tail = tail.replace("</w:p>", fields.field_end() + "</w:p>")
            out.append(f"{head}</w:pPr>{tail}")
        return "".join(out)
