"""Plain-text writer: the reading of a document that tests and reviewers compare.

The layout mirrors the Word document paragraph by paragraph, with the same literal numbers,
so a golden file shows exactly what every reader of the .docx sees.
"""

from __future__ import annotations

from assembler.model.nodes import Content, Document, Lid, Section, Table, annex_heading, plain


def render_text(doc: Document) -> str:
    """The whole document as plain text, one paragraph per line, blank lines between blocks."""
    out: list[str] = []
    add = out.append
    out.extend(doc.opschrift)
    add(f"Citeertitel: {doc.citeertitel}")
    add(
        f"Versie: {doc.version.label}, {doc.version.date.isoformat()}"
        + ("" if doc.version.final else " (CONCEPT)")
    )
    add("")
    out.extend(plain(c) for c in doc.aanhef)
    out.extend(plain(c) for c in doc.overwegingen)
    if doc.gelet_op:
        add(plain(doc.gelet_op))
    if doc.besluit:
        add(plain(doc.besluit))
    for chapter in doc.chapters:
        if chapter.number:
            add("")
            add(chapter.heading)
        for article in chapter.articles:
            add("")
            add(article.heading)
            for lid in article.leden:
                out.extend(_lid(lid))
    add("")
    out.extend(plain(c) for c in doc.slotformule)
    for signature in doc.signatures:
        add("")
        add(signature.organ)
        out.extend(signature.lines)
    for index, section in enumerate(doc.bijlagen, start=1):
        add("")
        out.extend(
            _section(section, annex_heading(index, len(doc.bijlagen), section.title, doc.kind))
        )
    if doc.toelichting_algemeen or any(any(a.toelichting) for a in doc.articles):
        add("")
        add("Toelichting")
        for section in doc.toelichting_algemeen:
            add("")
            out.extend(_section(section))
        # As in the Word document: the heading only when an article has a toelichting.
        if any(any(a.toelichting) for a in doc.articles):
            add("")
            add("Artikelsgewijze toelichting")
        for article in doc.articles:
            if any(article.toelichting):
                add("")
                add(article.heading)
                out.extend(plain(p) for p in article.toelichting)
    return "\n".join(out) + "\n"


def _numbered(number: str, content: Content) -> str:
    return f"{number} {plain(content)}" if number else plain(content)


def _lid(lid: Lid) -> list[str]:
    lines = [_numbered(lid.number, lid.content)]
    for ond in lid.onderdelen:
        lines.append(f"  {_numbered(ond.number, ond.content)}")
        lines.extend(f"    {_numbered(s.number, s.content)}" for s in ond.subonderdelen)
    if lid.slot:
        lines.append(plain(lid.slot))
    return lines


def _section(section: Section, heading: str | None = None) -> list[str]:
    lines = [section.title if heading is None else heading]
    for block in section.blocks:
        if isinstance(block, Table):
            if block.title:
                lines.append(block.title)
            lines.append(" | ".join(block.header))
            lines.extend(" | ".join(cells) for _, cells in block.rows)
        else:
            lines.append(plain(block))
    return lines
