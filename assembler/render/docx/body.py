"""The table of contents of a document: the headings Word lists for its ``TOC`` field.

The entries are the paragraphs of the reading order (:mod:`assembler.flow.document`) whose
style has outline level 1 or 2; ``tests/render/test_docx_content.py`` checks they agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from assembler.flow.redline import ARTIKELSGEWIJS, TOELICHTING, explained
from assembler.model.nodes import Document, annex_heading


@dataclass(frozen=True, slots=True)
class TocEntry:
    """One entry of the table of contents, with the id of what it lists."""

    id: str
    level: int
    text: str


def toc_items(doc: Document) -> list[TocEntry]:
    """The entries of the table of contents, with the ids of what they list."""
    entries: list[TocEntry] = []
    for chapter in doc.chapters:
        if chapter.number:
            entries.append(TocEntry(chapter.id, 1, chapter.heading))
        entries.extend(TocEntry(a.id, 2, a.heading) for a in chapter.articles)
    count = len(doc.bijlagen)
    entries.extend(
        TocEntry(s.id, 1, annex_heading(i, count, s.title, doc.kind))
        for i, s in enumerate(doc.bijlagen, start=1)
    )
    has_explanations = explained(doc)
    if doc.toelichting_algemeen or has_explanations:
        entries.append(TocEntry("toelichting", 1, TOELICHTING))
        entries.extend(
            TocEntry(f"toelichting.{s.id}", 2, s.title) for s in doc.toelichting_algemeen
        )
        if has_explanations:
            entries.append(TocEntry("artikelsgewijze-toelichting", 2, ARTIKELSGEWIJS))
    return entries


def toc_entries(doc: Document) -> list[tuple[int, str]]:
    """The (level, text) entries of the table of contents."""
    return [(e.level, e.text) for e in toc_items(doc)]
