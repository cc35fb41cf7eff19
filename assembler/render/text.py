"""Plain-text writer: the reading of a document that tests and reviewers compare.

Drawn from the same reading order as the Word documents and the review pages (:mod:`flow`):
the blocks of the document, every segment unchanged. One paragraph per line, the literal
numbers as every reader of the .docx sees them, blank lines before headings.
"""

from __future__ import annotations

from assembler.diff.words import Seg
from assembler.flow.blocks import RItem, RMove, Role, RPara
from assembler.flow.document import document_parts
from assembler.model.nodes import Document

# Paragraphs that open a block: a blank line before them.
_OPENS = {
    Role.HOOFDSTUK,
    Role.ARTIKELKOP,
    Role.ONDERTEKENING,
    Role.BIJLAGEKOP,
    Role.TOELICHTING_KOP,
    Role.TOELICHTING_PARAGRAAF,
    Role.TOELICHTING_ARTIKEL,
}
_INDENT = {Role.ONDERDEEL: "  ", Role.SUBONDERDEEL: "    "}
_PARTS = ("artikelen", "slotformule", "ondertekening", "bijlagen", "toelichting")


def _text(segs: tuple[Seg, ...]) -> str:
    return "".join(seg.text for seg in segs if seg.op != "-")


def _paragraph(para: RPara) -> list[str]:
    number = _text(para.number).replace("\t", " ")
    line = _INDENT.get(para.role, "") + number + _text(para.text)
    return ["", line] if para.role in _OPENS else [line]


def _lines(item: RItem) -> list[str]:
    if isinstance(item, RPara):
        return _paragraph(item)
    if isinstance(item, RMove):
        return [line for para in item.paragraphs for line in _paragraph(para)]
    lines = [" | ".join(_text(cell) for cell in item.header)] if item.header else []
    lines.extend(" | ".join(_text(cell) for cell in row.cells) for row in item.rows)
    return lines


def render_text(doc: Document) -> str:
    """The whole document as plain text, one paragraph per line, blank lines between blocks."""
    parts = document_parts(doc)
    out: list[str] = [*doc.opschrift, f"Citeertitel: {doc.citeertitel}"]
    mark = f" ({doc.version.watermark})" if doc.version.watermark else ""
    out.append(f"Versie: {doc.version.label}, {doc.version.date.isoformat()}{mark}")
    if doc.version.status:
        out.append(doc.version.status)
    out.append("")
    for part in ("aanhef", "overwegingen", "gelet_op", "besluit"):
        out.extend(line for item in parts[part] for line in _lines(item))
    for part in _PARTS:
        if part == "slotformule":
            out.append("")
        out.extend(line for item in parts[part] for line in _lines(item))
    return "\n".join(out) + "\n"
