"""The Word redline: the redline model as tracked changes in the house style.

Inserted text is ``w:ins``, deleted text ``w:del`` with ``w:delText``; an inserted or deleted
paragraph also marks its paragraph mark. A moved article is a ``w:moveFrom`` range at its old
place and a ``w:moveTo`` range at its new place, paired by ``w:name``; what changed during the
move is ``w:del`` inside the source and ``w:ins`` inside the destination, so accepting all
gives the new text and rejecting all the old. Every revision carries the author and date of
the newer version; every changed article carries one comment with the reasons.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time

from docx.document import Document as DocxDocument
from docx.oxml import parse_xml
from markupsafe import Markup

from assembler import labels
from assembler.changeset import Entry
from assembler.diff.align import align
from assembler.diff.changes import Kind
from assembler.diff.words import Seg, tokens
from assembler.flow.blocks import RItem, RMove, Role, RPara, RTable
from assembler.flow.redline import Line, Redline, compare_line
from assembler.model.dates import dutch_date
from assembler.model.nodes import Document
from assembler.render.docx import body, fields, styles
from assembler.render.docx.bookmarks import Bookmarks
from assembler.render.docx.properties import set_core_properties
from assembler.render.docx.runs import escape, run
from assembler.render.docx.tables import TEXT_WIDTH
from assembler.render.docx.watermark import watermark
from assembler.render.docx.writer import fill_template, house_style

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


class RedlineWriter:
    """Turns redline items into WordprocessingML with revisions.

    ``comments`` maps the id of a changed article or part to its comment's id: the comment is
    anchored on the paragraph that starts it (at a move's new place). Article headings and
    table rows carry the same bookmarks as in the clean document.
    """

    def __init__(self, revisions: Revisions, comments: dict[str, int] | None = None) -> None:
        self.rev = revisions
        self.comments = dict(comments or {})
        self.marks = Bookmarks()

    def segs(self, segs: tuple[Seg, ...], move: str = "") -> str:
        out = []
        for op, text, _ in segs:
            if op == "=":
                out.append(self.rev.wrap(move, run(text)) if move else run(text))
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
        mark_tag = {"+": "ins", "-": "del"}.get(para.mark, move if mark_move is None else mark_move)
        rpr = f"<w:rPr>{self.rev.mark(mark_tag)}</w:rPr>" if mark_tag else ""
        style = ROLE_STYLES.get(para.role, styles.NORMAL)
        runs = self.segs(para.number, move) + self.segs(para.text, move)
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
        mark = {"+": "ins", "-": "del"}.get(item.mark, "")

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
            row_mark = {"+": "ins", "-": "del"}.get(row.mark, "")
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


def _toc(old: Document | None, new: Document | None) -> list[RPara]:
    """The table of contents compared: entries aligned by the id of what they list, so a
    renumbered article is one changed entry (its word diff is cached from the body)."""
    before = body.toc_items(old) if old is not None else []
    after = body.toc_items(new) if new is not None else []

    def line(entry: body.TocEntry) -> Line:
        return (Role.TOC1 if entry.level == 1 else Role.TOC2, "", entry.text)

    items: list[RItem] = [
        compare_line(line(s.old) if s.old else None, line(s.new) if s.new else None)
        for s in align(before, after, moves=False)
    ]
    return [p for p in separate(items) if isinstance(p, RPara)]


def _comments_xml(comments: list[str], author: str, stamp: str) -> str:
    """The comments part, written at once: python-docx's add_comment searches every comment
    for a free id on each call, which grows with the square of their number."""
    out = []
    for index, text in enumerate(comments):
        paragraphs = "".join(
            '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
            + ("<w:r><w:annotationRef/></w:r>" if i == 0 else "")
            + f"{run(line)}</w:p>"
            for i, line in enumerate(text.split("\n"))
        )
        out.append(
            f'<w:comment w:id="{index}" w:author="{escape(author)}" w:date="{stamp}" w:initials="">'
            f"{paragraphs}</w:comment>"
        )
    return f'<w:comments xmlns:w="{W}">{"".join(out)}</w:comments>'


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def render_redline(redline: Redline, template: bytes | None = None) -> bytes:
    """The redline as .docx bytes; the same input always gives the same bytes."""
    shown = redline.new or redline.old
    assert shown is not None
    version = shown.version
    stamp = datetime.combine(version.date, time(0), tzinfo=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    texts = [comment_text(e) for e in redline.changes if needs_comment(e)]
    ids = {e.id: i for i, e in enumerate(e for e in redline.changes if needs_comment(e))}
    writer = RedlineWriter(Revisions(version.author or "assembler", stamp), ids)
    parts = {key: Markup(writer.items(separate(items))) for key, items in redline.parts.items()}
    toc = _toc(redline.old, redline.new)
    context = {
        "titel": shown.title,
        "citeertitel": shown.citeertitel,
        "versie": version.label,
        "datum": dutch_date(version.date),
        "inhoudsopgave": Markup(writer.toc(toc)),
        "watermerk": Markup("" if version.final else watermark()),
        **parts,
    }

    def finish(docx: DocxDocument) -> None:
        if texts:
            part = docx.part._comments_part  # created (empty) by python-docx, then filled here
            part._element = parse_xml(_comments_xml(texts, version.author or "assembler", stamp))
        set_core_properties(docx.core_properties, shown)

    # The redline of a custom template is written with that template's styles as they are:
    # its clean documents were checked already.
    return fill_template(
        house_style() if template is None else template, context, finish, check_styles=False
    )


# -- comments -------------------------------------------------------------------------------


def needs_comment(entry: Entry) -> bool:
    """A change in substance gets a comment; a number or a reference's wording that only
    follows changes elsewhere is visible in the text and explained by those changes."""
    return entry.kind.substantive


def comment_text(entry: Entry) -> str:
    """The comment on a changed article or part: what happened, then the reasons."""
    name = labels.what(entry) if not entry.is_article else f"Artikel {entry.number}"
    if entry.kind is Kind.INSERTED:
        what = f"{name} is ingevoegd."
    elif entry.kind is Kind.DELETED:
        name = f"Artikel {entry.old_number}" if entry.is_article else name
        what = f"{name} is vervallen."
    elif entry.kind.moved and entry.is_article:
        what = f"Artikel {entry.old_number} is verplaatst en nu artikel {entry.new_number}."
        if entry.kind is Kind.MOVED_CHANGED:
            what = (
                f"Artikel {entry.old_number} is verplaatst en gewijzigd en nu artikel"
                f" {entry.new_number}."
            )
    elif entry.kind.moved:
        what = f"{name} is verplaatst."
    else:
        what = f"{name} is gewijzigd."
    reasons = (
        "\n".join(f"- {r}" for r in entry.reasons) if entry.reasons else "- (geen reden vastgelegd)"
    )
    return f"{what}\nReden:\n{reasons}"


def separate(items: list[RItem]) -> list[RItem]:
    """Split a changed paragraph that ends in an insertion (deletion) and is followed by an
    inserted (deleted) paragraph into its old and new versions.

    Word and pandoc read the word-level form right, but LibreOffice merges the trailing change
    with the next paragraph's revision and then joins the two paragraphs when rejecting (or
    accepting) all. A whole-paragraph deletion plus insertion reads the same everywhere.
    """
    out: list[RItem] = []
    for index, item in enumerate(items):
        following = items[index + 1] if index + 1 < len(items) else None
        if isinstance(item, RPara) and isinstance(following, RPara) and following.mark:
            item = _trailing_change_first(item, following.mark)
        if (
            isinstance(item, RPara)
            and not item.mark
            and item.text
            and isinstance(following, RPara)
            and following.mark
            and item.text[-1].op == following.mark
        ):
            old = RPara(item.role, _side(item.text, "-"), _side(item.number, "-"), "-", "")
            new = RPara(item.role, _side(item.text, "+"), _side(item.number, "+"), "+", item.anchor)
            out.extend([old, new])
        else:
            out.append(item)
    return out


def _trailing_change_first(para: RPara, mark: str) -> RPara:
    """A paragraph that ends in a change of the same kind as the next, inserted or deleted,
    paragraph ("." → "; en", or "; " + "en" before a new onderdeel): the change is written
    with that kind first and the other kind last, so the paragraph no longer ends in the same
    kind of change and stays a word-level change in every reader (see :func:`separate`)."""
    if para.mark or not para.text or para.text[-1].op != mark:
        return para
    other = "-" if mark == "+" else "+"
    *head, last = para.text
    if head and head[-1].op == other:
        return replace(para, text=(*head[:-1], last, head[-1]))
    if head and head[-1].op == "=" and head[-1].ref is None:
        # A pure insertion (deletion) at the end: the token before it is replaced as well.
        kept = head[-1].text
        token = (tokens(kept) or [""])[-1]
        if token and token.strip():
            before = kept[: len(kept) - len(token)]
            ends = (Seg(mark, token + last.text), Seg(other, token))
            return replace(para, text=(*head[:-1], *((Seg("=", before),) if before else ()), *ends))
    return para


def _side(segs: tuple[Seg, ...], side: str) -> tuple[Seg, ...]:
    text = "".join(seg.text for seg in segs if seg.op in ("=", side))
    return (Seg(side, text),) if text else ()
