"""Complex fields (``w:fldChar`` begin / instruction / separate / result / end)."""

from __future__ import annotations

from collections.abc import Sequence

from assembler.render.docx import styles
from assembler.render.docx.runs import escape, run

TOC_INSTRUCTION = 'TOC \\o "1-2" \\h \\z \\u'


def _char(kind: str) -> str:
    return f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>'


def _instruction(instruction: str) -> str:
    return f'<w:r><w:instrText xml:space="preserve"> {escape(instruction)} </w:instrText></w:r>'


def field(instruction: str, result: str) -> str:
    """An inline field as runs, showing ``result`` until a reader updates it."""
    return (
        _char("begin") + _instruction(instruction) + _char("separate") + run(result) + _char("end")
    )


def page() -> str:
    """The current page number."""
    return field("PAGE", "1")


def numpages() -> str:
    """The number of pages."""
    return field("NUMPAGES", "1")


def toc(entries: Sequence[tuple[int, str]], empty: str) -> str:
    """A table-of-contents field as paragraphs, pre-filled with ``(level, text)`` entries.

    Word rebuilds the result (with page numbers) when it updates fields; until then, and in
    readers that never update (pandoc, a headless LibreOffice), the entries are shown as is.
    """
    style = {1: styles.INHOUD_1, 2: styles.INHOUD_2}
    items = list(entries) or [(1, empty)]
    paragraphs = []
    for index, (level, text) in enumerate(items):
        runs = run(text)
        if index == 0:
            runs = _char("begin") + _instruction(TOC_INSTRUCTION) + _char("separate") + runs
        if index == len(items) - 1:
            runs += _char("end")
        paragraphs.append(f'<w:p><w:pPr><w:pStyle w:val="{style[level]}"/></w:pPr>{runs}</w:p>')
    return "".join(paragraphs)


def field_start(instruction: str) -> str:
    """The runs that open a complex field, up to its (cached) result."""
    return _char("begin") + _instruction(instruction) + _char("separate")


def field_end() -> str:
    return _char("end")
