"""The reading order of one document, without a comparison: what the clean writers draw.

``document_parts(doc)`` gives exactly the blocks that :func:`assembler.flow.redline.redline`
gives for the change tree of ``doc`` against itself (every segment unchanged), but walks the
document directly: a clean build needs no alignment and no word diff. The shared wording
(article and chapter headings, the title page, the signatures, annex headings, the
toelichting's headings) comes from :mod:`assembler.flow.redline`, so both walks print the same
lines; ``tests/flow/test_document.py`` checks that they give the same blocks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assembler.diff.changes import FRONT, Part, part_paragraphs
from assembler.diff.words import Seg
from assembler.flow.blocks import RItem, Role, RPara, RRow, RTable
from assembler.flow.redline import (
    ARTIKELSGEWIJS,
    PART_ROLES,
    TOELICHTING,
    Line,
    explained,
    signature_lines,
    title_lines,
)
from assembler.model.dates import dutch_date
from assembler.model.nodes import (
    Article,
    Block,
    Content,
    Document,
    Lid,
    Section,
    Table,
    Text,
    annex_heading,
    article_heading,
    chapter_heading,
)

Parts = dict[str, list[RItem]]


def _same(content: Content) -> tuple[Seg, ...]:
    """Unchanged inline content: adjacent text merged, each reference a segment of its own."""
    if len(content) == 1 and isinstance(content[0], Text):
        # The common case, a provision without references: one segment.
        return (Seg("=", content[0].text),) if content[0].text else ()
    out: list[Seg] = []
    for node in content:
        if not node.text:
            continue
        if not isinstance(node, Text):
            out.append(Seg("=", node.text, node))
        elif out and out[-1].ref is None:
            out[-1] = Seg("=", out[-1].text + node.text)
        else:
            out.append(Seg("=", node.text))
    return tuple(out)


def _plain(text: str) -> tuple[Seg, ...]:
    return (Seg("=", text),) if text else ()


def _line(line: Line, anchor: str = "") -> RPara:
    role, number, text = line
    return RPara(role, _plain(text), _plain(number), anchor=anchor)


def _numbered(number: str) -> tuple[Seg, ...]:
    return (Seg("=", f"{number}\t"),) if number else ()


def _lid(lid: Lid) -> list[RPara]:
    out: list[RPara] = []
    if lid.number or lid.content:
        role = Role.LID if lid.number else Role.LID_ZONDER_NUMMER
        out.append(RPara(role, _same(lid.content), _numbered(lid.number)))
    for ond in lid.onderdelen:
        out.append(RPara(Role.ONDERDEEL, _same(ond.content), _numbered(ond.number)))
        for sub in ond.subonderdelen:
            out.append(RPara(Role.SUBONDERDEEL, _same(sub.content), _numbered(sub.number)))
    if lid.slot:
        role = Role.LID_VERVOLG if lid.number else Role.LID_ZONDER_NUMMER
        out.append(RPara(role, _same(lid.slot)))
    return out


def article_items(article: Article) -> list[RItem]:
    """The blocks of one article: its heading (anchored by its id) and its leden."""
    out: list[RItem] = [
        RPara(
            Role.ARTIKELKOP,
            _plain(article_heading(article.number, article.title)),
            (),
            "",
            article.id,
        )
    ]
    for lid in article.leden:
        out.extend(_lid(lid))
    return out


def _body(doc: Document) -> list[RItem]:
    out: list[RItem] = []
    for chapter in doc.chapters:
        if chapter.number:
            heading = chapter_heading(chapter.number, chapter.title)
            out.append(RPara(Role.HOOFDSTUK, _plain(heading), anchor=chapter.id))
        for article in chapter.articles:
            out.extend(article_items(article))
    return out


def _table(table: Table) -> list[RItem]:
    out: list[RItem] = []
    if table.title:
        out.append(RPara(Role.TABELTITEL, _plain(table.title)))
    header = tuple(_plain(cell) for cell in table.header)
    rows = tuple(RRow(ident, tuple(_plain(c) for c in cells)) for ident, cells in table.rows)
    out.append(RTable(table.id, header, rows))
    return out


def section_blocks(blocks: Sequence[Block]) -> list[RItem]:
    """The paragraphs and tables of an annex or a part of the toelichting, unchanged."""
    out: list[RItem] = []
    for block in blocks:
        if isinstance(block, Table):
            out.extend(_table(block))
        else:
            out.append(RPara(Role.NORMAL, _same(block)))
    return out


def _sections(
    sections: Sequence[Section], heading: Callable[[int, int, str], str], role: Role
) -> list[RItem]:
    out: list[RItem] = []
    for index, section in enumerate(sections, start=1):
        title = heading(index, len(sections), section.title)
        out.append(RPara(role, _plain(title), anchor=section.id))
        out.extend(section_blocks(section.blocks))
    return out


def _toelichting(doc: Document) -> list[RItem]:
    has_explanations = explained(doc)
    if not doc.toelichting_algemeen and not has_explanations:
        return []
    out: list[RItem] = [RPara(Role.TOELICHTING_KOP, _plain(TOELICHTING))]
    out.extend(_sections(doc.toelichting_algemeen, lambda i, n, t: t, Role.TOELICHTING_PARAGRAAF))
    if has_explanations:
        out.append(RPara(Role.TOELICHTING_PARAGRAAF, _plain(ARTIKELSGEWIJS)))
    for article in doc.articles:
        paragraphs = [c for c in article.toelichting if c]
        if not paragraphs:
            continue
        heading = article_heading(article.number, article.title)
        out.append(RPara(Role.TOELICHTING_ARTIKEL, _plain(heading)))
        out.extend(RPara(Role.NORMAL, _same(c)) for c in paragraphs)
    return out


def _part(doc: Document, part: Part, role: Role) -> list[RItem]:
    paragraphs = [c for c in part_paragraphs(doc, part) if c]
    out: list[RItem] = [RPara(role, _same(c)) for c in paragraphs]
    if out:
        out[0] = RPara(role, _same(paragraphs[0]), anchor=part.value)
    return out


def document_parts(
    doc: Document, date_text: Callable[[Document], str] = lambda d: dutch_date(d.version.date)
) -> Parts:
    """The blocks of ``doc``, part by part, keyed like the template's slots."""
    parts: Parts = {"titelpagina": [_line(line) for line in title_lines(doc, date_text)]}
    parts["kop"] = [_line((Role.KOP, "", doc.title))]
    for part in FRONT:
        parts[part.value] = _part(doc, part, PART_ROLES[part])
    parts["artikelen"] = _body(doc)
    parts["slotformule"] = _part(doc, Part.SLOTFORMULE, Role.SLOTFORMULE)
    signatures = [_line(line) for line in signature_lines(doc)]
    if signatures:
        first = signatures[0]
        signatures[0] = RPara(first.role, first.text, first.number, anchor=Part.ONDERTEKENING.value)
    parts["ondertekening"] = list(signatures)
    # An overview's sections follow each other on the page; an annex starts a page of its own.
    section_role = Role.HOOFDSTUK if doc.kind == "overzicht" else Role.BIJLAGEKOP
    parts["bijlagen"] = _sections(
        doc.bijlagen, lambda i, n, t: annex_heading(i, n, t, doc.kind), section_role
    )
    parts["toelichting"] = _toelichting(doc)
    return parts
