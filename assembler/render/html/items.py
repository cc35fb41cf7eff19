"""Redline items as HTML: paragraphs with ``<ins>``/``<del>``, tables, cross-reference links.

All text is escaped here; the callers join the returned markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from html import escape

from assembler.diff.words import Seg
from assembler.flow.blocks import RPara, RTable
from assembler.model.nodes import Article, Content, Document, Ref

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
    """Cross-reference wordings and where they point, for one side of one article."""

    pattern: re.Pattern[str] | None
    targets: Mapping[str, str]  # wording -> "#anchor"

    @staticmethod
    def of(wordings: Mapping[str, str]) -> Links:
        if not wordings:
            return NO_LINKS
        ordered = sorted(wordings, key=lambda w: (-len(w), w))
        pattern = re.compile(r"(?<![\w])(" + "|".join(re.escape(w) for w in ordered) + r")(?![\w])")
        return Links(pattern, dict(wordings))


NO_LINKS = Links(None, {})


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


def _contents(article: Article) -> Iterable[Content]:
    for lid in article.leden:
        yield lid.content
        for ond in lid.onderdelen:
            yield ond.content
            for sub in ond.subonderdelen:
                yield sub.content
        yield lid.slot


def article_links(article: Article | None, anchors: Mapping[str, str], present: set[str]) -> Links:
    """The references of ``article`` whose target article is on the page.

    A reference to another document (``Ref.document``) is not linked: its target is not here.
    """
    if article is None:
        return NO_LINKS
    wordings: dict[str, str] = {}
    for content in _contents(article):
        for node in content:
            if isinstance(node, Ref) and node.text and not node.document:
                target = anchors.get(node.target)
                if target is not None and target in present:
                    wordings.setdefault(node.text, target)
    return Links.of(wordings)


def linked(text: str, links: Links) -> str:
    """Escaped ``text`` with every known reference wording as a link to its article."""
    if links.pattern is None:
        return escape(text)
    out: list[str] = []
    last = 0
    for match in links.pattern.finditer(text):
        out.append(escape(text[last : match.start()]))
        wording = match.group(0)
        target = links.targets[wording]
        out.append(f'<a class="verwijzing" href="#{escape(target)}">{escape(wording)}</a>')
        last = match.end()
    out.append(escape(text[last:]))
    return "".join(out)


def segments(segs: Sequence[Seg], new: Links = NO_LINKS, old: Links = NO_LINKS) -> str:
    """Segments as HTML: unchanged text plain, insertions in <ins>, deletions in <del>."""
    out: list[str] = []
    for op, text in segs:
        text = text.replace("\t", " ")
        if op == "+":
            out.append(f"<ins>{linked(text, new)}</ins>")
        elif op == "-":
            out.append(f"<del>{linked(text, old)}</del>")
        else:
            out.append(linked(text, new))
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
    rows = []
    header = "".join(f'<th scope="col">{segments(cell)}</th>' for cell in item.header)
    for row in item.rows:
        cls = {"+": ' class="rv-rij-ingevoegd"', "-": ' class="rv-rij-vervallen"'}.get(row.mark, "")
        cells = "".join(f"<td>{segments(cell)}</td>" for cell in row.cells)
        rows.append(f"<tr{cls}>{cells}</tr>")
    return (
        f'<table class="rv-tabel"><thead><tr>{header}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def text_of(segs: Sequence[Seg], side: str) -> str:
    """The text of one side ("+" new, "-" old) of some segments."""
    return "".join(t for op, t in segs if op in ("=", side)).replace("\t", " ")
