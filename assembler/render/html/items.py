"""Redline items as HTML: paragraphs with ``<ins>``/``<del>``, tables, cross-reference links.

All text is escaped here; the callers join the returned markup.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape

from assembler.diff.words import Seg
from assembler.flow.blocks import RPara, RTable
from assembler.model.nodes import Document, Ref
from assembler.render.docx.blocks import table_layout

# The element a paragraph role becomes; everything else is a <p>.
HEADINGS = {
    "hoofdstuk": "h2",
    "artikelkop": "h3",
    "bijlagekop": "h3",
    "toelichting_kop": "h3",
    "toelichting_paragraaf": "h3",
    "toelichting_artikel": "h4",
}


@dataclass(frozen=True)
class Links:
    """Where the references on one side of a page point: provision id -> article anchor.

    Only provisions whose article is on the page are here; a reference to another document
    (``Ref.document``) is never linked, its target is not on this page.
    """

    anchors: Mapping[str, str]

    @staticmethod
    def of(doc: Document | None, present: set[str]) -> Links:
        """The links of ``doc``'s provisions whose article is one of ``present``."""
        anchors = {k: v for k, v in provision_anchors(doc).items() if v in present}
        return Links(anchors) if anchors else NO_LINKS

    def target(self, ref: Ref | None) -> str | None:
        if ref is None or ref.document:
            return None
        return self.anchors.get(ref.target)


NO_LINKS = Links({})


def provision_anchors(doc: Document | None) -> dict[str, str]:
    """Every article, lid, onderdeel and subonderdeel id -> the id of its article."""
    anchors: dict[str, str] = {}
    for article in doc.articles if doc else ():
        anchors[article.id] = article.id
        for lid in article.leden:
            anchors[lid.id] = article.id
            for ond in lid.onderdelen:
                anchors[ond.id] = article.id
                for sub in ond.subonderdelen:
                    anchors[sub.id] = article.id
    return anchors


def _linked(seg: Seg, links: Links) -> str:
    """Escaped text of ``seg``; a reference whose target is on the page as a link to it."""
    text = escape(seg.text.replace("\t", " "))
    target = links.target(seg.ref)
    if target is None:
        return text
    return f'<a class="verwijzing" href="#{escape(target)}">{text}</a>'


def segments(segs: Sequence[Seg], new: Links = NO_LINKS, old: Links = NO_LINKS) -> str:
    """Segments as HTML: unchanged text plain, insertions in <ins>, deletions in <del>;
    references (segments that keep their :class:`Ref`) link to their target's article."""
    out: list[str] = []
    for seg in segs:
        if seg.op == "+":
            out.append(f"<ins>{_linked(seg, new)}</ins>")
        elif seg.op == "-":
            out.append(f"<del>{_linked(seg, old)}</del>")
        else:
            out.append(_linked(seg, new))
    return "".join(out)


def paragraph(
    para: RPara, new: Links = NO_LINKS, old: Links = NO_LINKS, heading_id: str = ""
) -> str:
    tag = HEADINGS.get(para.role, "p")
    classes = [f"r-{para.role}"]
    if para.mark == "+":
        classes.append("rv-ingevoegd")
    elif para.mark == "-":
        classes.append("rv-geschrapt")
    number = f'<span class="nr">{segments(para.number)}</span>' if para.number else ""
    ident = f' id="{escape(heading_id)}"' if heading_id else ""
    return (
        f'<{tag}{ident} class="{" ".join(classes)}">{number}{segments(para.text, new, old)}</{tag}>'
    )


def plain_paragraph(role: str, number: str, text: str) -> str:
    """A paragraph of one side (for the side-by-side view)."""
    nr = f'<span class="nr">{escape(number.strip())}</span>' if number else ""
    return f'<p class="r-{escape(role)}">{nr}{escape(text)}</p>'


def table(item: RTable) -> str:
    """A table in a box of its own that scrolls sideways when the table is wider than the page.

    Amounts are right-aligned (their column by the same rule as in Word: every cell, old and
    new, an amount); a table that needs landscape pages in Word prints on a landscape page.
    """
    shape = table_layout(item)
    right = ' class="rv-getal"'

    def cls(index: int) -> str:
        return right if index < len(shape.amounts) and shape.amounts[index] else ""

    rows = []
    header = "".join(
        f'<th scope="col"{cls(i)}>{segments(cell)}</th>' for i, cell in enumerate(item.header)
    )
    for row in item.rows:
        mark = {"+": ' class="rv-rij-ingevoegd"', "-": ' class="rv-rij-vervallen"'}.get(
            row.mark, ""
        )
        cells = "".join(f"<td{cls(i)}>{segments(cell)}</td>" for i, cell in enumerate(row.cells))
        rows.append(f"<tr{mark}>{cells}</tr>")
    wide = " rv-breed" if shape.landscape else ""
    # Focusable, so that the keyboard can scroll it; a region needs a name.
    return (
        f'<div class="rv-tabelvak{wide}" role="region" aria-label="Tabel" tabindex="0">'
        f'<table class="rv-tabel"><thead><tr>{header}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def text_of(segs: Sequence[Seg], side: str) -> str:
    """The text of one side ("+" new, "-" old) of some segments."""
    return "".join(s.text for s in segs if s.op in ("=", side)).replace("\t", " ")
