"""docxtpl glue: render the house-style template with a Document's context."""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Mapping
from importlib import resources

from docx.document import Document as DocxDocument
from jinja2 import StrictUndefined, TemplateError

from assembler.model.nodes import Document
from assembler.model.template_limits import LimitedSandbox, LimitExceeded, budgeted
from assembler.model.templates import runtime_message
from assembler.render.docx import sections, styles
from assembler.render.docx.context import context
from assembler.render.docx.package import normalize
from assembler.render.docx.properties import set_core_properties
from assembler.render.docx.template import HouseTemplate

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


class TemplateFailure(ValueError):
    """A Word template could not be filled in; ``message`` says why, in Dutch."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class TemplateStyleError(TemplateFailure):
    """A custom template lacks styles the writer refers to."""


@functools.cache
def house_style() -> bytes:
    """The bytes of the committed house-style template ``huisstijl.docx``."""
    return resources.files(__package__).joinpath("huisstijl.docx").read_bytes()


@functools.cache
def overview_style() -> bytes:
    """The template of an overview (``overzicht.docx``): the house style without title page
    and table of contents, so a short overview stays short."""
    return resources.files(__package__).joinpath("overzicht.docx").read_bytes()


def _environment() -> LimitedSandbox:
    # Sandboxed: a custom template (a repository file) must not reach Python internals, and its
    # loops and output are bounded like template text in a fragment (model/template_limits.py).
    # Autoescape: docxtpl's default leaves "A & B <c>" unescaped and breaks the XML.
    # StrictUndefined: a misspelt variable in a custom template fails instead of vanishing.
    return LimitedSandbox(autoescape=True, undefined=StrictUndefined)


def _check_styles(template: HouseTemplate) -> None:
    defined = set(template.get_docx().styles.element.xpath("w:style/@w:styleId"))
    missing = sorted(styles.REQUIRED - defined)
    if missing:
        raise TemplateStyleError("het sjabloon mist de stijlen: " + ", ".join(missing))


def fill_template(
    template: bytes,
    context: Mapping[str, object],
    finish: Callable[[DocxDocument], None],
    check_styles: bool = True,
) -> bytes:
    """The one way a .docx is written: render ``template`` with ``context`` in the sandbox,
    let ``finish`` set the core properties (and any part of its own), save deterministically.

    The same input always gives the same bytes.
    """
    document = HouseTemplate(io.BytesIO(template))
    if check_styles:
        _check_styles(document)
    try:
        with budgeted():
            document.render(dict(context), jinja_env=_environment(), autoescape=True)
    except LimitExceeded as exc:
        raise TemplateFailure(exc.message) from exc
    except (
        TemplateError,
        ArithmeticError,
        LookupError,
        TypeError,
        ValueError,
        RecursionError,
    ) as exc:
        # Only a custom template can fail here; the caller names it (pipeline.py).
        raise TemplateFailure(runtime_message(exc)) from exc
    # The landscape parts of wide tables get the template's page, header and footer.
    sections.complete(document.docx.element.body)
    # document.docx, not get_docx(): after render, get_docx() reloads the unrendered template.
    finish(document.docx)
    no_update_prompt(document.docx)
    saved = io.BytesIO()
    document.save(saved)
    return normalize(saved.getvalue())


def no_update_prompt(docx: DocxDocument) -> None:
    """Drop ``w:updateFields`` from the settings, of any template: with it Word asks "Dit
    document bevat velden die kunnen verwijzen naar andere bestanden. Velden bijwerken?" on
    every opening. The table of contents is written filled without page numbers instead
    (docs/ontwerp/inhoudsopgave.md)."""
    settings = docx.settings.element
    for element in settings.findall(f"{{{W}}}updateFields"):
        settings.remove(element)


def render_docx(doc: Document, template: bytes | None = None) -> bytes:
    """The complete .docx of ``doc``: the same input always gives the same bytes.

    ``template`` is a custom house-style .docx with the same placeholders and style ids as
    ``huisstijl.docx``; by default that template is used.
    """
    if template is None:
        template = overview_style() if doc.kind == "overzicht" else house_style()
    return fill_template(
        template,
        context(doc),
        lambda docx: set_core_properties(docx.core_properties, doc),
    )
