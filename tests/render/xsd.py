"""Validate every XML part of a .docx against the ECMA-376 transitional schemas.

The schemas live outside the repository (``../shared/ooxml-xsd`` next to the repository root, or
the folder named by ``OOXML_XSD_DIR``). Tests skip when they are absent.
"""

from __future__ import annotations

import functools
import io
import os
import zipfile
from pathlib import Path

import pytest
from lxml import etree  # type: ignore[import-untyped, unused-ignore]

_REPO_ROOT = Path(__file__).resolve().parents[2]
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"

# Target namespace -> schema file (relative to the schema folder) of every part kind a .docx
# written by this project may hold.
_SCHEMAS = {
    "http://www.w3.org/XML/1998/namespace": "xml.xsd",
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "wml.xsd",
    "urn:schemas-microsoft-com:vml": "vml-main.xsd",
    "http://schemas.openxmlformats.org/drawingml/2006/main": "dml-main.xsd",
    "http://schemas.openxmlformats.org/package/2006/content-types": "opc-xsd/opc-contentTypes.xsd",
    "http://schemas.openxmlformats.org/package/2006/relationships": (
        "opc-xsd/opc-relationships.xsd"
    ),
    "http://schemas.openxmlformats.org/package/2006/metadata/core-properties": (
        "opc-xsd/opc-coreProperties.xsd"
    ),
    "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties": (
        "shared-documentPropertiesExtended.xsd"
    ),
}

# The core-properties schema imports Dublin Core from the web. These stand-ins declare just what
# core.xml uses, so validation never needs the network.
_DC_URL = "http://dublincore.org/schemas/xmls/qdc/2003/04/02/dc.xsd"
_DCTERMS_URL = "http://dublincore.org/schemas/xmls/qdc/2003/04/02/dcterms.xsd"
_DC_NAMES = (
    "title",
    "creator",
    "subject",
    "description",
    "publisher",
    "contributor",
    "date",
    "type",
    "format",
    "identifier",
    "source",
    "language",
    "relation",
    "coverage",
    "rights",
)
_DC_XSD = (
    '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" '
    'targetNamespace="http://purl.org/dc/elements/1.1/" '
    'xmlns="http://purl.org/dc/elements/1.1/" elementFormDefault="qualified">'
    '<xs:import namespace="http://www.w3.org/XML/1998/namespace"/>'
    '<xs:complexType name="SimpleLiteral"><xs:simpleContent><xs:extension base="xs:string">'
    '<xs:attribute ref="xml:lang" use="optional"/></xs:extension></xs:simpleContent>'
    "</xs:complexType>"
    '<xs:element name="any" type="SimpleLiteral" abstract="true"/>'
    + "".join(f'<xs:element name="{n}" substitutionGroup="any"/>' for n in _DC_NAMES)
    + "</xs:schema>"
)
_DCTERMS_XSD = (
    '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" '
    'targetNamespace="http://purl.org/dc/terms/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'elementFormDefault="qualified">'
    f'<xs:import namespace="http://purl.org/dc/elements/1.1/" schemaLocation="{_DC_URL}"/>'
    '<xs:element name="created" substitutionGroup="dc:any"/>'
    '<xs:element name="modified" substitutionGroup="dc:any"/>'
    '<xs:complexType name="W3CDTF"><xs:simpleContent><xs:restriction base="dc:SimpleLiteral">'
    r'<xs:pattern value="\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?'
    r'(Z|[+\-]\d{2}:\d{2}))?)?)?"/>'
    "</xs:restriction></xs:simpleContent></xs:complexType>"
    "</xs:schema>"
)


class _DublinCore(etree.Resolver):  # type: ignore[misc, unused-ignore]
    def resolve(self, system_url, public_id, context):  # type: ignore[no-untyped-def]
        if system_url == _DC_URL:
            return self.resolve_string(_DC_XSD, context)
        if system_url == _DCTERMS_URL:
            return self.resolve_string(_DCTERMS_XSD, context)
        return None


def schema_dir() -> Path:
    """The schema folder: ``$OOXML_XSD_DIR``, else ``../shared/ooxml-xsd`` beside the repository."""
    configured = os.environ.get("OOXML_XSD_DIR")
    return Path(configured) if configured else _REPO_ROOT.parent / "shared" / "ooxml-xsd"


@functools.lru_cache(maxsize=2)
def _schema(folder: Path) -> etree.XMLSchema:
    # One driver schema imports every target namespace, so any part validates against it by its
    # root element. The xml namespace is imported first, with a location: wml.xsd imports it
    # without one.
    imports = "".join(
        f'<xs:import namespace="{ns}" schemaLocation="{(folder / rel).as_uri()}"/>'
        for ns, rel in _SCHEMAS.items()
    )
    driver = (
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:driver">'
        f"{imports}</xs:schema>"
    )
    parser = etree.XMLParser()
    parser.resolvers.add(_DublinCore())
    root = etree.fromstring(driver.encode(), parser, base_url=(folder / "driver.xsd").as_uri())
    return etree.XMLSchema(root)


def _strip_ignorable(root: etree._Element) -> None:
    """Remove elements and attributes of namespaces listed in ``mc:Ignorable``."""
    prefixes = (root.get(f"{{{_MC}}}Ignorable") or "").split()
    ignorable = {root.nsmap[p] for p in prefixes if p in root.nsmap}
    if f"{{{_MC}}}Ignorable" in root.attrib:
        del root.attrib[f"{{{_MC}}}Ignorable"]
    if not ignorable:
        return
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        if etree.QName(element).namespace in ignorable:
            parent = element.getparent()
            if parent is not None:
                parent.remove(element)
            continue
        for name in list(element.attrib):
            if etree.QName(name).namespace in ignorable:
                del element.attrib[name]


def validate_docx(data: bytes) -> list[str]:
    """Schema errors of every XML part of ``data``, as ``"part:line: message"``; empty if valid.

    Skips the calling test when the schema folder is absent.
    """
    folder = schema_dir()
    if not (folder / "wml.xsd").is_file():
        pytest.skip(f"ECMA-376 schemas not found in {folder} (set OOXML_XSD_DIR)")
    schema = _schema(folder)
    errors: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for name in package.namelist():
            if not (name.endswith(".xml") or name.endswith(".rels")):
                continue
            root = etree.fromstring(package.read(name))
            namespace = etree.QName(root).namespace
            if namespace not in _SCHEMAS:
                errors.append(f"{name}: no schema for namespace {namespace}")
                continue
            _strip_ignorable(root)
            if not schema.validate(root):
                errors.extend(f"{name}:{e.line}: {e.message}" for e in schema.error_log)
    return errors
