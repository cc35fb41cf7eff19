"""The cover letter (aanbiedingsbrief) as .docx, from the letter template next to this module."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from docx.document import Document as DocxDocument
from markupsafe import Markup

from assembler.model.dates import dutch_date
from assembler.model.nodes import Table, Version
from assembler.render.docx import styles
from assembler.render.docx.bookmarks import Bookmarks
from assembler.render.docx.paragraphs import paragraph
from assembler.render.docx.runs import TAB, run
from assembler.render.docx.tables import table
from assembler.render.docx.writer import fill_template


@dataclass(frozen=True, slots=True)
class LetterSection:
    """A titled part of the letter body: sentences, then an optional table."""

    title: str
    paragraphs: tuple[str, ...] = ()
    table: Table | None = None


@dataclass(frozen=True, slots=True)
class Signatory:
    naam: str
    functie: str


@dataclass(frozen=True, slots=True)
class Letter:
    """Everything one letter says, already worded; the template only lays it out."""

    title: str  # the header's left part (the sender)
    subject: str
    version: Version
    sender: tuple[str, ...]  # the letterhead: name, on whose behalf, address
    address: tuple[str, ...]  # the address block
    references: tuple[tuple[str, str], ...]  # "Kenmerk", "PGS/2021/03/papendrecht", ...
    salutation: str
    paragraphs: tuple[str, ...]
    sections: tuple[LetterSection, ...]
    closing: str
    signed_by: str
    signatories: tuple[Signatory, ...]
    attachments: tuple[str, ...]
    copy: tuple[str, ...] = ()  # "afschrift aan"
    kenmerk: str = ""


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


# Twips: the labels of the reference block and the room left to sign above each name.
LABEL_TAB = 2268
SIGN_SPACE = 960


def _lines(style: str, lines: Sequence[str], after_last: int = 240) -> str:
    """Lines of one block (letterhead, address) without space between them."""
    return "".join(
        _para(style, run(line), after=after_last if i == len(lines) - 1 else 0)
        for i, line in enumerate(lines)
    )


def _para(
    style: str,
    runs: str,
    *,
    before: int = 0,
    after: int = 0,
    tab: int = 0,
    keep_next: bool = False,
) -> str:
    keep = "<w:keepNext/>" if keep_next else ""
    tabs = f'<w:tabs><w:tab w:val="left" w:pos="{tab}"/></w:tabs>' if tab else ""
    spacing = f'<w:spacing w:before="{before}" w:after="{after}"/>'
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{keep}{tabs}{spacing}</w:pPr>{runs}</w:p>'


def _references(references: Sequence[tuple[str, str]]) -> str:
    return "".join(
        _para(
            styles.NORMAL,
            run(label, "<w:b/>") + TAB + run(value),
            after=240 if i == len(references) - 1 else 0,
            tab=LABEL_TAB,
        )
        for i, (label, value) in enumerate(references)
    )


def _signature(letter: Letter) -> str:
    # The whole ondertekening stays on one page: a closing on one page and the names on the
    # next is what a griffier sends back. Every paragraph but the last keeps with the next.
    last = len(letter.signatories) - 1
    together = last >= 0
    xml = _para(styles.NORMAL, run(letter.closing), before=240, after=120, keep_next=together)
    xml += _para(styles.NORMAL, run(letter.signed_by), after=0, keep_next=together)
    for i, person in enumerate(letter.signatories):
        # Room to sign above each name; name and function kept together.
        xml += _para(
            styles.ONDERTEKENING_REGEL, run(person.naam), before=SIGN_SPACE, keep_next=True
        )
        xml += _para(styles.NORMAL, run(person.functie), after=0, keep_next=i < last)
    return xml


def _list(title: str, items: Sequence[str]) -> str:
    if not items:
        return ""
    xml = paragraph(styles.TABELTITEL, run(title))
    return xml + "".join(_para(styles.NORMAL, run(item), after=60) for item in items)


def render_letter(letter: Letter) -> bytes:
    """The letter's .docx bytes; the same letter always gives the same bytes."""
    marks = Bookmarks()  # one per letter: bookmark ids are unique in the document
    context = {
        "titel": letter.title,
        "versie": f"Kenmerk {letter.kenmerk}" if letter.kenmerk else letter.version.label,
        "datum": dutch_date(letter.version.date),
        "watermerk": Markup(""),
        "afzender": Markup(_lines(styles.TITELGEGEVENS, letter.sender, after_last=480)),
        "adres": Markup(_lines(styles.NORMAL, letter.address, after_last=480)),
        "kenmerken": Markup(_references(letter.references)),
        "aanhef": letter.salutation,
        "alineas": Markup("".join(paragraph(styles.NORMAL, run(p)) for p in letter.paragraphs)),
        "overzicht": Markup("".join(_section(s, marks) for s in letter.sections)),
        "ondertekening": Markup(_signature(letter)),
        "bijlagenlijst": Markup(_list("Bijlagen", letter.attachments)),
        "afschrift": Markup(_list("Afschrift aan", letter.copy)),
    }

    def finish(docx: DocxDocument) -> None:
        stamp = dt.datetime.combine(letter.version.date, dt.time(0), tzinfo=dt.UTC)
        props = docx.core_properties
        props.title = letter.subject[:255]
        props.author = props.last_modified_by = letter.signed_by[:255]
        props.language = "nl-NL"
        props.created = props.modified = stamp
        props.revision = 1

    return fill_template(letter_template(), context, finish, check_styles=False)
