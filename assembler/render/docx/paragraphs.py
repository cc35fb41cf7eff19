"""A paragraph as WordprocessingML: a style and runs.

``paragraph`` shapes a ``w:p`` from runs that are already built, for the
documents outside the reading order (the letter). The provisions themselves are written by
:mod:`assembler.render.docx.blocks` from the blocks of :mod:`assembler.flow`.
"""

from __future__ import annotations


def paragraph(style: str, runs: str, *, mark: str = "", right: bool = False) -> str:
    """A ``w:p`` in ``style``; ``mark`` is inner XML of the paragraph mark's ``w:rPr``;
    ``right`` aligns it to the right (an amount in a table cell)."""
    jc = '<w:jc w:val="right"/>' if right else ""
    rpr = f"<w:rPr>{mark}</w:rPr>" if mark else ""
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{jc}{rpr}</w:pPr>{runs}</w:p>'
