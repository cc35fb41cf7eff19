"""Runs: the one place where text becomes WordprocessingML (``w:r``) XML.

Every writer builds its runs here, so escaping, tabs and line breaks are handled once. The
redline writer wraps these same runs in ``w:ins`` / ``w:del`` (``deleted=True`` writes
``w:delText``, as Word requires inside a deletion).
"""

from __future__ import annotations

import re

from assembler.render.typography import no_break

# "{" and "}" become character references: docxtpl rewrites "{_{" to "{{" in its output, and
# XML readers decode the references back to the same characters.
# Characters XML 1.0 cannot carry at all (a parser would reject the whole part) are dropped
# in the same pass: one ``str.translate`` per run, the writer's hottest call.
_INVALID = [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF]
_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "{": "&#123;", "}": "&#125;"}
    | {chr(c): None for c in _INVALID}
)
_BREAKS = re.compile("([\t\n])")

TAB = "<w:r><w:tab/></w:r>"


def escape(text: str) -> str:
    """``text`` safe inside XML character data and attribute values."""
    return text.translate(_ESCAPES)


def _text(text: str, tag: str) -> str:
    text = no_break(text)
    if "\r" in text:
        # XML parsers turn a raw carriage return into a newline: make it one explicitly.
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\t" not in text and "\n" not in text:
        return f'<{tag} xml:space="preserve">{escape(text)}</{tag}>'
    # Tabs and line breaks are elements of their own inside the run.
    parts = []
    for piece in _BREAKS.split(text):
        if piece == "\t":
            parts.append("<w:tab/>")
        elif piece == "\n":
            parts.append("<w:br/>")
        elif piece:
            parts.append(f'<{tag} xml:space="preserve">{escape(piece)}</{tag}>')
    return "".join(parts)


def run(text: str, props: str = "", *, deleted: bool = False) -> str:
    """One ``w:r`` holding ``text``; ``props`` is the inner XML of its ``w:rPr``."""
    if not text:
        return ""
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f"<w:r>{rpr}{_text(text, 'w:delText' if deleted else 'w:t')}</w:r>"
