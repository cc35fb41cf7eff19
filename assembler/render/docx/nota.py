"""The nota van beantwoording as .docx, on the besluit template (the house style of the
raads- and collegebesluit).

The changed text of a provision is shown as the reader sees it on paper, not as tracked
changes: deleted text struck through, inserted text underlined. A nota quotes a change; it is
not a document to accept or reject, and "Alles accepteren" must not rewrite it.
"""

from __future__ import annotations

from assembler.diff.words import Seg
from assembler.reactions.nota import Nota
from assembler.render.docx.blocks import BlockWriter
from assembler.render.docx.instrument import render_besluit
from assembler.render.docx.runs import run

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
    return render_besluit(
        MarkedWriter(),
        nota.parts,
        title=nota.title,
        header=nota.running or nota.subtitle,
        day=nota.date,
        author=nota.author,
        described=f"{nota.title}: {nota.subtitle}",
    )
