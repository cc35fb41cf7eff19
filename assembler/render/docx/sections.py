"""Landscape sections for wide tables.

The writers mark where a section ends with a short ``w:sectPr`` in a paragraph's properties:
:data:`PORTRAIT` ends the portrait part before a wide table, :data:`LANDSCAPE` the landscape
part after it. Only the template knows the page: after rendering, :func:`complete` gives every
marker the template's own section properties (page size, margins, header and footer
references, so header, footer and watermark stay on every page), turned for a landscape one.

A marker in the very last paragraph of the body would leave the template's final section
empty (an empty last page in Word); there the final section itself is turned instead.
"""

from __future__ import annotations

import copy
from typing import Any

from lxml import etree  # type: ignore[import-untyped, unused-ignore]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PORTRAIT = '<w:sectPr><w:pgSz w:orient="portrait"/></w:sectPr>'
LANDSCAPE = '<w:sectPr><w:pgSz w:orient="landscape"/></w:sectPr>'


_MARKERS = etree.XPath("w:p/w:pPr/w:sectPr", namespaces={"w": W})


def _q(name: str) -> str:
    return f"{{{W}}}{name}"


def end_paragraph(marker: str) -> str:
    """An empty paragraph that ends a section (the marker says which kind)."""
    return f'<w:p><w:pPr><w:pStyle w:val="Standaard"/>{marker}</w:pPr></w:p>'


def ending_with(xml: str, marker: str) -> str:
    """``xml`` (one or more paragraphs and tables) with its last paragraph ending a section."""
    head, sep, tail = xml.rpartition("</w:pPr>")
    if not sep:
        return xml + end_paragraph(marker)
    return f"{head}{marker}</w:pPr>{tail}"


def _turned(final: Any, landscape: bool) -> Any:
    section = copy.deepcopy(final)
    size = section.find(_q("pgSz"))
    if size is None or not landscape:
        return section
    width, height = size.get(_q("w")), size.get(_q("h"))
    if width is not None and height is not None and int(width) < int(height):
        size.set(_q("w"), height)
        size.set(_q("h"), width)
    size.set(_q("orient"), "landscape")
    return section


def complete(body: Any) -> None:
    """Fill the section markers of ``body`` (an lxml ``w:body``) from its final ``w:sectPr``."""
    final = body.find(_q("sectPr"))
    # XPath runs in C; ElementPath's findall walks the body in Python (0.1 s on 2,000 articles).
    markers = _MARKERS(body)
    if final is None or not markers:
        return
    original = final
    for marker in markers:
        size = marker.find(_q("pgSz"))
        landscape = size is not None and size.get(_q("orient")) == "landscape"
        properties = marker.getparent()
        if properties.getparent().getnext() is final:
            # Nothing follows: this section is the last one.
            properties.remove(marker)
            body.replace(final, _turned(original, landscape))
        else:
            properties.replace(marker, _turned(original, landscape))
