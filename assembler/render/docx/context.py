"""The docxtpl context: template variables from a Document."""

from __future__ import annotations

from markupsafe import Markup

from assembler.model.dates import dutch_date
from assembler.model.nodes import Document
from assembler.render.docx import body, fields
from assembler.render.docx.watermark import watermark

EMPTY_TOC = "Dit document bevat geen hoofdstukken of artikelen."


def xml(fragment: str) -> Markup:
    """Built XML for a ``{{p }}``/``{{r }}`` slot: Markup passes autoescaping untouched."""
    return Markup(fragment)


def context(doc: Document) -> dict[str, object]:
    """Plain strings (escaped by jinja) and Markup XML (inserted as is), by template name.

    Plain: titel, citeertitel, versie, datum. Paragraphs: titelpagina, kop, inhoudsopgave, aanhef,
    overwegingen, gelet_op, besluit, artikelen, slotformule, ondertekening, bijlagen,
    toelichting. Run: watermerk (empty for a final version).
    """
    writer = body.Body()
    artikelen = writer.artikelen(doc)
    bijlagen = writer.bijlagen(doc)
    toelichting = writer.toelichting(doc)
    return {
        "titel": doc.title,
        "citeertitel": doc.citeertitel,
        "versie": doc.version.label,
        "datum": dutch_date(doc.version.date),
        "titelpagina": xml(body.titelpagina(doc)),
        "kop": xml(body.kop(doc)),
        "inhoudsopgave": xml(fields.toc(writer.toc, EMPTY_TOC)),
        "aanhef": xml(body.aanhef(doc)),
        "overwegingen": xml(body.overwegingen(doc)),
        "gelet_op": xml(body.gelet_op(doc)),
        "besluit": xml(body.besluit(doc)),
        "artikelen": xml(artikelen),
        "slotformule": xml(body.slotformule(doc)),
        "ondertekening": xml(body.ondertekening(doc)),
        "bijlagen": xml(bijlagen),
        "toelichting": xml(toelichting),
        "watermerk": xml("" if doc.version.final else watermark()),
    }
