"""The nota van beantwoording as .docx, on the besluit template (the house style of the
raads- and collegebesluit).

The changed text of a provision is shown as the reader sees it on paper, not as tracked
changes: deleted text struck through, inserted text underlined. A nota quotes a change; it is
not a document to accept or reject, and "Alles accepteren" must not rewrite it.
"""

from __future__ import annotations

import datetime as dt

from docx.document import Document as DocxDocument
from markupsafe import Markup

from assembler.diff.words import Seg
from assembler.model.dates import dutch_date
from assembler.reactions.nota import Nota
from assembler.render.docx.blocks import BlockWriter
from assembler.render.docx.instrument import instrument_template
from assembler.render.docx.runs import run
from assembler.render.docx.writer import fill_template

# Run properties in the order CT_RPr requires: strike before color, color before u.
DELETED = '<w:strike/><w:color w:val="9C1C1C"/>'
INSERTED = '<w:color w:val="1F4E79"/><w:u w:val="single"/>'


class MarkedWriter(BlockWriter):
    """A block writer that shows changed text by its formatting instead of as revisions."""

    def segs(self, segs: tuple[Seg, ...], move: str = "", props: str = "") -> str:
        out = []
        for seg in segs:
            if seg.op == "+":
                out.append(run(seg.text, props + INSERTED))
            elif seg.op == "-":
                out.append(run(seg.text, props + DELETED))
            else:
                out.append(super().segs((seg,), move, props))
        return "".join(out)


def render_nota(nota: Nota) -> bytes:
    """The nota's .docx bytes; the same nota always gives the same bytes."""
    writer = MarkedWriter()
    context: dict[str, object] = {
        slot: Markup(writer.items(items)) for slot, items in nota.parts.items()
    }
    context.update(
        titel=nota.title,
        versie=nota.subtitle,
        datum=dutch_date(nota.date),
        watermerk=Markup(""),
    )

    def finish(docx: DocxDocument) -> None:
        stamp = dt.datetime.combine(nota.date, dt.time(0), tzinfo=dt.UTC)
        props = docx.core_properties
        props.title = f"{nota.title}: {nota.subtitle}"[:255]
        props.author = props.last_modified_by = nota.author[:255]
        props.language = "nl-NL"
        props.created = props.modified = stamp
        props.revision = 1

    return fill_template(instrument_template(), context, finish, check_styles=False)
