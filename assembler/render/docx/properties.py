"""Core document properties, from data only (never the clock or the machine's user)."""

from __future__ import annotations

from datetime import UTC, datetime, time

from docx.opc.coreprops import CoreProperties

from assembler.model.nodes import Document

_MAX = 255  # python-docx refuses longer property values


def set_core_properties(properties: CoreProperties, doc: Document) -> None:
    """Title, author, language, revision 1, created = modified = the version date 00:00 UTC."""
    stamp = datetime.combine(doc.version.date, time(0), tzinfo=UTC)
    properties.title = doc.title[:_MAX]
    properties.author = doc.version.author[:_MAX]
    properties.last_modified_by = doc.version.author[:_MAX]
    properties.language = "nl-NL"
    properties.created = stamp
    properties.modified = stamp
    properties.revision = 1
