"""docxtpl's DocxTemplate, tuned for bodies of tens of thousands of paragraphs.

Two steps of ``DocxTemplate.render`` cost more than everything else together on a 2,000-article
document (measured: 0.18 s each of a 0.60 s render):

- ``resolve_listing`` runs regular expressions over every paragraph and run to turn ``\\t``,
  ``\\n``, ``\\a`` and ``\\f`` in text into tabs, breaks and paragraphs. The writer's runs never
  contain them (``runs.py`` writes ``w:tab``/``w:br``), so the pass is skipped when the rendered
  XML holds none of those characters.
- ``fix_tables`` parses the rendered body as a separate document and ``map_tree`` moves it into
  the package's document element, which makes lxml re-home every node. Here the body is parsed
  inside a copy of the document element instead, and that copy replaces the part's element.
  docxtpl's column fix-up for ``{%tc %}`` loops is dropped: the slots hold whole tables.
"""

from __future__ import annotations

import re
from typing import Any

from docx.oxml.parser import element_class_lookup
from docxtpl import DocxTemplate
from lxml import etree  # type: ignore[import-untyped, unused-ignore]

_LISTING = re.compile("[\t\n\a\f]")
_BODY_START = re.compile(r"<w:body\b[^>]*>")
_MARKER = "assembler-body"


def _parser() -> Any:
    # python-docx's element classes (CT_Document, CT_Body, ...) so python-docx keeps working on
    # the new tree; strict (docxtpl parses with recover=True) so malformed XML fails loudly.
    # One per call: lxml parsers must not be shared between threads.
    parser = etree.XMLParser(resolve_entities=False, huge_tree=True)
    parser.set_element_class_lookup(element_class_lookup)
    return parser


class HouseTemplate(DocxTemplate):  # type: ignore[misc]
    """A DocxTemplate whose render is linear in the size of the body."""

    def resolve_listing(self, xml: str) -> str:
        if _LISTING.search(xml) is None:
            return xml
        return str(super().resolve_listing(xml))

    def fix_tables(self, xml: str) -> Any:
        root = self.docx.element
        marker = etree.Comment(_MARKER)
        root.replace(root.body, marker)
        head, tail = etree.tostring(root, encoding="unicode").split(f"<!--{_MARKER}-->")
        # The body was serialized on its own, so it repeats the root's namespace declarations.
        body = _BODY_START.sub("<w:body>", xml, count=1)
        return etree.fromstring(head + body + tail, _parser()).body

    def map_tree(self, tree: Any) -> None:
        root = tree.getparent()
        self.docx._element = root
        self.docx.part._element = root
        self.docx._Document__body = None  # python-docx caches the body proxy

    def fix_docpr_ids(self, tree: Any) -> None:
        # Same renumbering as docxtpl; python-docx elements know their namespaces already.
        for element in tree.xpath("//wp:docPr"):
            self.docx_ids_index += 1
            element.attrib["id"] = str(self.docx_ids_index)
