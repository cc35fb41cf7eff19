"""The Word writer: a Document as a house-style .docx (see docs/ontwerp/word-huisstijl.md)."""

from assembler.render.docx.writer import render_docx

__all__ = ["render_docx"]
