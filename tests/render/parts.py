"""Read parts of a .docx back with XPath (python-docx's proxies miss text inside w:ins)."""

from __future__ import annotations

import io
import zipfile

from lxml import etree  # type: ignore[import-untyped, unused-ignore]

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "v": "urn:schemas-microsoft-com:vml",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
}


def part(data: bytes, name: str) -> etree._Element:
    """The root element of zip member ``name``."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return etree.fromstring(package.read(name))


def text_of(element: etree._Element) -> str:
    """Visible text of a paragraph: w:t, tabs as "\\t", no-break spaces as spaces (see
    ``oracles.words``)."""
    pieces = element.xpath(".//w:t/text() | .//w:r/w:tab", namespaces=NS)
    text = "".join("\t" if isinstance(p, etree._Element) else str(p) for p in pieces)
    return text.replace("\u00a0", " ")


def body_paragraphs(data: bytes) -> list[tuple[str, str]]:
    """``(style id, text)`` of every paragraph of the main document, in order."""
    root = part(data, "word/document.xml")
    return [
        (str(p.xpath("string(w:pPr/w:pStyle/@w:val)", namespaces=NS)), text_of(p))
        for p in root.iterfind(".//w:p", NS)
    ]


def instructions(root: etree._Element) -> list[str]:
    """Field instructions (complex and simple fields), stripped."""
    texts = root.xpath(".//w:instrText/text() | .//w:fldSimple/@w:instr", namespaces=NS)
    return [str(t).strip() for t in texts]
