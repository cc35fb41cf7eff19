"""A custom Word template (``sjabloon:`` in a manifest), checked while the sources are read.

A template that is no .docx, whose XML is broken, whose Jinja text (docxtpl) has a syntax error
or that lacks a style the writer uses, is a located error at the manifest's ``sjabloon:`` line,
before anything is assembled: the same template would otherwise fail deep in the Word writer.
"""

from __future__ import annotations

import functools
import io
import re
import zipfile

from docxtpl import DocxTemplate
from jinja2 import TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment
from lxml import etree  # type: ignore[import-untyped, unused-ignore]

from assembler.model.templates import syntax_message
from assembler.render.docx import styles

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_BODY = "word/document.xml"
_STYLES = "word/styles.xml"
# The parts docxtpl renders with Jinja besides the body.
_RENDERED = re.compile(r"word/(header|footer)[0-9]*\.xml|word/footnotes\.xml")


@functools.lru_cache(maxsize=64)  # one template is read again for every version of a history
def template_problem(raw: str, data: bytes) -> str | None:
    """What is wrong with the template ``raw`` (its path as written) holding ``data``, in
    Dutch, or None when it can be used."""
    if not raw.lower().endswith(".docx"):
        return f"sjabloon '{raw}' moet een Word-document zijn (een .docx-bestand)"
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
        if _BODY not in names:
            return f"sjabloon '{raw}' is geen Word-document: {_BODY} ontbreekt"
        parts = {
            name: archive.read(name)
            for name in sorted(names)
            if name == _BODY or _RENDERED.fullmatch(name)
        }
        style_xml = archive.read(_STYLES) if _STYLES in names else b""
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError):
        return f"sjabloon '{raw}' is geen Word-document (geen geldig .docx-bestand)"
    environment = SandboxedEnvironment(autoescape=True)
    patcher = DocxTemplate(io.BytesIO(data))
    for name, xml in parts.items():
        try:
            etree.fromstring(xml)
            text = xml.decode("utf-8")
        except (etree.XMLSyntaxError, UnicodeDecodeError, ValueError):
            return f"sjabloon '{raw}' is beschadigd: {name} is geen geldige XML"
        try:
            environment.parse(patcher.patch_xml(text))
        except TemplateSyntaxError as exc:
            return (
                f"sjabloon '{raw}' heeft een fout in de sjabloontekst van {name}:"
                f" {syntax_message(exc)}"
            )
    return _missing_styles(raw, style_xml)


def _missing_styles(raw: str, style_xml: bytes) -> str | None:
    try:
        root = etree.fromstring(style_xml) if style_xml else None
    except etree.XMLSyntaxError:
        return f"sjabloon '{raw}' is beschadigd: {_STYLES} is geen geldige XML"
    defined = set() if root is None else set(root.xpath("w:style/@w:styleId", namespaces={"w": W}))
    missing = sorted(styles.REQUIRED - defined)
    if missing:
        return f"sjabloon '{raw}' mist de stijlen: {', '.join(missing)}"
    return None
