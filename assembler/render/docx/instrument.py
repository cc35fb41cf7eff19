"""The wijzigingsbesluit as .docx, from the template next to this module."""

from __future__ import annotations

import datetime as dt
import functools
from importlib import resources

from docx.document import Document as DocxDocument
from markupsafe import Markup

from assembler.amend.instrument import Instrument
from assembler.flow.instrument import instrument_parts
from assembler.model.dates import dutch_date
from assembler.render.docx.blocks import BlockWriter
from assembler.render.docx.watermark import watermark
from assembler.render.docx.writer import fill_template


@functools.cache
def instrument_template() -> bytes:
    return resources.files(__package__).joinpath("wijzigingsbesluit.docx").read_bytes()


def render_instrument(item: Instrument) -> bytes:
    """The instrument's .docx bytes; the same instrument always gives the same bytes."""
    writer = BlockWriter()
    context: dict[str, object] = {
        slot: Markup(writer.items(items)) for slot, items in instrument_parts(item).items()
    }
    context.update(
        titel=item.title,
        versie=item.version.label,
        datum=dutch_date(item.version.date),
        watermerk=Markup(watermark(item.version.watermark) if item.version.watermark else ""),
    )

    def finish(docx: DocxDocument) -> None:
        stamp = dt.datetime.combine(item.version.date, dt.time(0), tzinfo=dt.UTC)
        props = docx.core_properties
        props.title = item.title[:255]
        props.author = props.last_modified_by = item.version.author[:255]
        props.language = "nl-NL"
        props.created = props.modified = stamp
        props.revision = 1

    return fill_template(instrument_template(), context, finish, check_styles=False)
