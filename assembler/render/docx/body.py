"""The body of the document, part by part, as paragraph XML for the template's slots."""

from __future__ import annotations

from dataclasses import dataclass

from assembler.model.dates import dutch_date
from assembler.model.nodes import Block, Content, Document, Section, Table, annex_heading
from assembler.render.docx import paragraphs, styles
from assembler.render.docx.bookmarks import Bookmarks
from assembler.render.docx.paragraphs import paragraph, text
from assembler.render.docx.runs import run
from assembler.render.docx.tables import table

TOELICHTING = "Toelichting"
ARTIKELSGEWIJS = "Artikelsgewijze toelichting"


bijlage_heading = annex_heading  # the wording is shared by every writer


def _texts(style: str, items: tuple[Content, ...]) -> str:
    return "".join(text(style, item) for item in items if item)


def title_page_lines(doc: Document) -> list[tuple[str, str]]:
    """The title page as (style, text): title, opschrift lines, citeertitel, version."""
    lines = [(styles.TITEL, doc.title)]
    # A line equal to the title is not repeated.
    lines += [(styles.ONDERTITEL, line) for line in doc.opschrift if line and line != doc.title]
    lines.append((styles.TITELGEGEVENS, f"Citeertitel: {doc.citeertitel}"))
    lines.append((styles.TITELGEGEVENS, f"{doc.version.label}, {dutch_date(doc.version.date)}"))
    return lines


def titelpagina(doc: Document) -> str:
    return "".join(paragraph(style, run(text)) for style, text in title_page_lines(doc))


def kop(doc: Document) -> str:
    """The title again above the aanhef."""
    return paragraph(styles.OPSCHRIFT, run(doc.title))


def aanhef(doc: Document) -> str:
    return _texts(styles.AANHEF, doc.aanhef)


def overwegingen(doc: Document) -> str:
    return _texts(styles.AANHEF, doc.overwegingen)


def gelet_op(doc: Document) -> str:
    return _texts(styles.AANHEF, (doc.gelet_op,))


def besluit(doc: Document) -> str:
    return _texts(styles.AANHEF, (doc.besluit,))


def slotformule(doc: Document) -> str:
    return _texts(styles.SLOTFORMULE, doc.slotformule)


def ondertekening(doc: Document) -> str:
    """Each signature block: the organ, then its lines (names, functions)."""
    out = []
    for signature in doc.signatures:
        out.append(paragraph(styles.ONDERTEKENING, run(signature.organ)))
        out.extend(paragraph(styles.ONDERTEKENING_REGEL, run(line)) for line in signature.lines)
    return "".join(out)


@dataclass(frozen=True, slots=True)
class TocEntry:
    """One entry of the table of contents, with the id of what it lists."""

    id: str
    level: int
    text: str


def toc_items(doc: Document) -> list[TocEntry]:
    """The entries of the table of contents, as :class:`Body` records them, with their ids."""
    entries: list[TocEntry] = []
    for chapter in doc.chapters:
        if chapter.number:
            entries.append(TocEntry(chapter.id, 1, chapter.heading))
        entries.extend(TocEntry(a.id, 2, a.heading) for a in chapter.articles)
    count = len(doc.bijlagen)
    entries.extend(
        TocEntry(s.id, 1, bijlage_heading(i, count, s.title, doc.kind))
        for i, s in enumerate(doc.bijlagen, start=1)
    )
    explained = any(any(a.toelichting) for a in doc.articles)
    if doc.toelichting_algemeen or explained:
        entries.append(TocEntry("toelichting", 1, TOELICHTING))
        entries.extend(
            TocEntry(f"toelichting.{s.id}", 2, s.title) for s in doc.toelichting_algemeen
        )
        if explained:
            entries.append(TocEntry("artikelsgewijze-toelichting", 2, ARTIKELSGEWIJS))
    return entries


def toc_entries(doc: Document) -> list[tuple[int, str]]:
    """The (level, text) entries of the table of contents, as :class:`Body` records them."""
    return [(e.level, e.text) for e in toc_items(doc)]


class Body:
    """Writes the parts with headings, recording each heading for the table of contents.

    The recorded ``(level, text)`` entries are exactly the paragraphs whose style has outline
    level 1 or 2, i.e. what Word lists when it rebuilds the ``TOC \\o "1-2" \\u`` field.
    """

    def __init__(self) -> None:
        self.marks = Bookmarks()
        self.toc: list[tuple[int, str]] = []

    def _heading(self, style: str, level: int, heading: str) -> str:
        self.toc.append((level, heading))
        return paragraph(style, run(heading))

    def _blocks(self, blocks: tuple[Block, ...]) -> list[str]:
        out = []
        for block in blocks:
            if isinstance(block, Table):
                if block.title:
                    out.append(paragraph(styles.TABELTITEL, run(block.title)))
                out.append(table(block, self.marks))
            elif block:
                out.append(text(styles.NORMAL, block))
        return out

    def artikelen(self, doc: Document) -> str:
        """Chapters (unless the document has none) and their articles."""
        out: list[str] = []
        for chapter in doc.chapters:
            if chapter.number:
                self.toc.append((1, chapter.heading))
            out.extend(paragraphs.chapter(chapter))
            for article in chapter.articles:
                self.toc.append((2, article.heading))
                out.extend(paragraphs.article(article, self.marks))
        return "".join(out)

    def bijlagen(self, doc: Document) -> str:
        """Each annex on a new page: its heading, then its paragraphs and tables."""
        out: list[str] = []
        count = len(doc.bijlagen)
        for index, section in enumerate(doc.bijlagen, start=1):
            heading = bijlage_heading(index, count, section.title, doc.kind)
            out.append(self._heading(styles.BIJLAGEKOP, 1, heading))
            out.extend(self._blocks(section.blocks))
        return "".join(out)

    def toelichting(self, doc: Document) -> str:
        """The general part (titled sections), then the article-by-article part."""
        explained = [a for a in doc.articles if any(a.toelichting)]
        if not doc.toelichting_algemeen and not explained:
            return ""
        out = [self._heading(styles.TOELICHTING_KOP, 1, TOELICHTING)]
        out.extend(self._section(section) for section in doc.toelichting_algemeen)
        if explained:
            out.append(self._heading(styles.TOELICHTING_PARAGRAAF, 2, ARTIKELSGEWIJS))
            for article in explained:
                out.append(paragraph(styles.TOELICHTING_ARTIKEL, run(article.heading)))
                out.append(_texts(styles.NORMAL, article.toelichting))
        return "".join(out)

    def _section(self, section: Section) -> str:
        heading = self._heading(styles.TOELICHTING_PARAGRAAF, 2, section.title)
        return heading + "".join(self._blocks(section.blocks))
