"""The docxtpl context: template variables from a Document."""

from __future__ import annotations

from markupsafe import Markup

from assembler.flow.document import document_parts
from assembler.model.dates import dutch_date
from assembler.model.nodes import Document
from assembler.render.docx import body, fields
from assembler.render.docx.blocks import BlockWriter
from assembler.render.docx.watermark import watermark

EMPTY_TOC = "Dit document bevat geen hoofdstukken of artikelen."


def xml(fragment: str) -> Markup:
    """Built XML for a ``{{p }}``/``{{r }}`` slot: Markup passes autoescaping untouched."""
    return Markup(fragment)


def context(doc: Document) -> dict[str, object]:
    """Plain strings (escaped by jinja) and Markup XML (inserted as is), by template name.

    Plain: titel, citeertitel, versie, datum. Paragraphs: titelpagina, kop, inhoudsopgave, aanhef,
    overwegingen, gelet_op, besluit, artikelen, slotformule, ondertekening, bijlagen,
    toelichting. Run: watermerk (CONCEPT, WERKVERSIE, or empty for a final milestone).
    """
    # The same blocks, in the same writer, as a redline of the document against itself.
    writer = BlockWriter()
    parts = {slot: xml(writer.items(items)) for slot, items in document_parts(doc).items()}
    return {
        "titel": doc.title,
        "citeertitel": doc.citeertitel,
        "versie": doc.version.label,
        "datum": dutch_date(doc.version.date),
        "inhoudsopgave": xml(fields.toc(body.toc_entries(doc), EMPTY_TOC)),
        "watermerk": xml(watermark(doc.version.watermark) if doc.version.watermark else ""),
        **parts,
    }
