"""The wijzigingsbesluit as .docx, from the template next to this module."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping, Sequence
from importlib import resources

from docx.document import Document as DocxDocument
from markupsafe import Markup

from assembler.amend.instrument import Instrument
from assembler.flow.blocks import RItem
from assembler.flow.instrument import instrument_parts
from assembler.model.dates import dutch_date
from assembler.render.docx.blocks import BlockWriter
from assembler.render.docx.watermark import watermark
from assembler.render.docx.writer import fill_template


@functools.cache
def instrument_template() -> bytes:
    return resources.files(__package__).joinpath("wijzigingsbesluit.docx").read_bytes()


def render_besluit(
    writer: BlockWriter,
    parts: Mapping[str, Sequence[RItem]],
    *,
    title: str,
    header: str,
    day: dt.date,
    author: str,
    watermark_xml: str = "",
    described: str = "",
) -> bytes:
    """A document on the besluit template: ``parts`` per slot, ``title`` and ``header`` in the
    running header, ``day`` as its date; the same input always gives the same bytes (the core
    properties are stamped with ``day``, not with the clock)."""
    context: dict[str, object] = {
        slot: Markup(writer.items(list(items))) for slot, items in parts.items()
    }
    context.update(
        titel=title,
        versie=header,
        datum=dutch_date(day),
        watermerk=Markup(watermark_xml),
    )

    def finish(docx: DocxDocument) -> None:
        stamp = dt.datetime.combine(day, dt.time(0), tzinfo=dt.UTC)
        props = docx.core_properties
        props.title = (described or title)[:255]
        props.author = props.last_modified_by = author[:255]
        props.language = "nl-NL"
        props.created = props.modified = stamp
        props.revision = 1

    return fill_template(instrument_template(), context, finish, check_styles=False)


def render_instrument(item: Instrument) -> bytes:
    """The instrument's .docx bytes; the same instrument always gives the same bytes."""
    version = item.version
    return render_besluit(
        BlockWriter(),
        instrument_parts(item),
        title=item.title,
        header=version.label,
        day=version.date,
        author=version.author,
        watermark_xml=watermark(version.watermark) if version.watermark else "",
    )
