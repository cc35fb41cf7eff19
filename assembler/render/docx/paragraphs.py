"""Provisions as WordprocessingML paragraphs: one function per node kind.

Two layers. ``paragraph`` and ``numbered`` shape a ``w:p`` from runs that are already built;
the node functions (``chapter``, ``article``, ``lid``, ``onderdeel``, ``subonderdeel``) decide
styles and numbers and take their runs from ``runs.py``. A redline writer reuses the first
layer with runs wrapped in ``w:ins``/``w:del`` and a paragraph-mark revision in ``mark``.
"""

from __future__ import annotations

from assembler.model.nodes import Article, Chapter, Content, Lid, Onderdeel, Subonderdeel
from assembler.render.docx import styles
from assembler.render.docx.bookmarks import Bookmarks
from assembler.render.docx.runs import TAB, content_runs, run


def paragraph(style: str, runs: str, *, mark: str = "") -> str:
    """A ``w:p`` in ``style``; ``mark`` is inner XML of the paragraph mark's ``w:rPr``."""
    rpr = f"<w:rPr>{mark}</w:rPr>" if mark else ""
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{rpr}</w:pPr>{runs}</w:p>'


def numbered(style: str, number: str, runs: str, *, mark: str = "") -> str:
    """A paragraph "number TAB text": the number is literal text, never Word numbering."""
    return paragraph(style, run(number) + TAB + runs, mark=mark)


def text(style: str, content: Content) -> str:
    """A paragraph of inline content."""
    return paragraph(style, content_runs(content))


def chapter(node: Chapter) -> list[str]:
    """The chapter heading; none for the single unnamed chapter of a document without them."""
    if not node.number:
        return []
    return [paragraph(styles.HOOFDSTUK, run(node.heading))]


def article(node: Article, marks: Bookmarks) -> list[str]:
    """The article heading (bookmarked by article id) and its leden."""
    out = [paragraph(styles.ARTIKELKOP, marks.wrap(node.id, run(node.heading)))]
    for item in node.leden:
        out.extend(lid(item))
    return out


def lid(node: Lid) -> list[str]:
    """A lid, its onderdelen, and its closing sentence if any."""
    if node.number:
        out = [numbered(styles.LID, node.number, content_runs(node.content))]
        slot_style = styles.LID_VERVOLG
    else:
        out = [text(styles.LID_ZONDER_NUMMER, node.content)] if node.content else []
        slot_style = styles.LID_ZONDER_NUMMER
    for item in node.onderdelen:
        out.extend(onderdeel(item))
    if node.slot:
        out.append(text(slot_style, node.slot))
    return out


def onderdeel(node: Onderdeel) -> list[str]:
    """An onderdeel ("a." TAB text) and its subonderdelen."""
    out = [numbered(styles.ONDERDEEL, node.number, content_runs(node.content))]
    out.extend(subonderdeel(item) for item in node.subonderdelen)
    return out


def subonderdeel(node: Subonderdeel) -> str:
    """A subonderdeel ("1°" TAB text)."""
    return numbered(styles.SUBONDERDEEL, node.number, content_runs(node.content))
