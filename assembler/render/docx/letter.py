"""The cover letter (aanbiedingsbrief) as .docx, from the letter template next to this module."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from importlib import resources

from docx.document import Document as DocxDocument
from markupsafe import Markup

from assembler.model.dates import dutch_date
from assembler.model.nodes import Table, Version
from assembler.render.docx import styles
from assembler.render.docx.bookmarks import Bookmarks
from assembler.render.docx.paragraphs import paragraph
from assembler.render.docx.runs import run
from assembler.render.docx.tables import table
from assembler.render.docx.writer import fill_template


@dataclass(frozen=True, slots=True)
class LetterSection:
    """A titled part of the letter body: sentences, then an optional table."""

    title: str
    paragraphs: tuple[str, ...] = ()
    table: Table | None = None


@dataclass(frozen=True, slots=True)
class Letter:
    """Everything one letter says, already worded; the template only lays it out."""

    title: str
    version: Version
    sender: str
    addressee: str
    place: str
    date: dt.date
    subject: str
    paragraphs: tuple[str, ...]
    sections: tuple[LetterSection, ...]
    due: dt.date
    attachments: tuple[str, ...]


@functools.cache
def letter_template() -> bytes:
    return resources.files(__package__).joinpath("aanbiedingsbrief.docx").read_bytes()


def _section(section: LetterSection, marks: Bookmarks) -> str:
    xml = paragraph(styles.TABELTITEL, run(section.title)) if section.title else ""
    xml += "".join(paragraph(styles.NORMAL, run(p)) for p in section.paragraphs)
    if section.table is not None:
        if section.table.title:
            xml += paragraph(styles.TABELTITEL, run(section.table.title))
        xml += table(section.table, marks)
    return xml


def render_letter(letter: Letter) -> bytes:
    """The letter's .docx bytes; the same letter always gives the same bytes."""
    marks = Bookmarks()  # one per letter: bookmark ids are unique in the document
    context = {
        "titel": letter.title,
        "versie": letter.version.label,
        "datum": dutch_date(letter.version.date),
        "watermerk": Markup(""),
        "afzender": letter.sender,
        "geadresseerde": letter.addressee,
        "plaats": letter.place,
        "briefdatum": dutch_date(letter.date),
        "onderwerp": letter.subject,
        "alineas": Markup("".join(paragraph(styles.NORMAL, run(p)) for p in letter.paragraphs)),
        "overzicht": Markup("".join(_section(s, marks) for s in letter.sections)),
        "reactie_uiterlijk": dutch_date(letter.due),
        "bijlagenlijst": Markup(
            "".join(paragraph(styles.NORMAL, run(a)) for a in letter.attachments)
        ),
    }

    def finish(docx: DocxDocument) -> None:
        stamp = dt.datetime.combine(letter.version.date, dt.time(0), tzinfo=dt.UTC)
        props = docx.core_properties
        props.title = letter.title[:255]
        props.author = props.last_modified_by = letter.version.author[:255]
        props.language = "nl-NL"
        props.created = props.modified = stamp
        props.revision = 1

    return fill_template(letter_template(), context, finish, check_styles=False)
