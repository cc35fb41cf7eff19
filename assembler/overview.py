"""The overview of a round: per document the changed articles with reasons, and the
transposition table (old number → new number) of every article.

Both are ordinary model documents (tables in sections), so the Word writer prints them in the
house style like any other document.
"""

from __future__ import annotations

from collections.abc import Sequence

from assembler import labels
from assembler.changeset import DOCUMENT
from assembler.diff.changes import Kind
from assembler.finance_report import overview_section
from assembler.flow.redline import Redline
from assembler.model.finance_changes import FinanceChanges
from assembler.model.nodes import Document, Section, Table, Text, Version, sections_document

OVERVIEW = "wijzigingsoverzicht"
TRANSPOSITION = "transponeringstabel"


def _number(number: str) -> str:
    return number or "-"


HEADER = ("Oud", "Nieuw", "Artikel of onderdeel", "Soort wijziging", "Redenen")


def _state(redline: Redline) -> Kind:
    return redline.tree.kind


def overview(
    rounds: str,
    version: Version,
    per_document: Sequence[tuple[str, Redline]],
    finance: FinanceChanges | None = None,
) -> Document:
    """Per document of the round: every changed article and part, with its reasons; a new or
    dropped document in one row with the reasons of the commits that brought it in or out.
    ``finance``: the changed contributions, as a last section (none without financial data)."""
    sections = []
    for stem, redline in per_document:
        shown = redline.new or redline.old
        assert shown is not None
        state = _state(redline)
        if state in (Kind.INSERTED, Kind.DELETED):
            count = sum(1 for c in redline.changes if c.is_article)
            label = "nieuw document" if state is Kind.INSERTED else "document vervallen"
            reasons = "; ".join(redline.reasons.get(DOCUMENT, ())) or "-"
            span = f"1-{count}" if count else "-"
            old, new = ("-", span) if state is Kind.INSERTED else (span, "-")
            row = (f"{stem}.nieuw", (old, new, "hele document", label, reasons))
            table = Table(f"{stem}.overzicht", HEADER, (row,))
            sections.append(Section(f"{OVERVIEW}.{stem}", shown.title, (table,)))
            continue
        changed = [c for c in redline.changes if c.kind is not Kind.UNCHANGED]
        rows = tuple(
            (
                f"{stem}.{c.level.value}.{c.id}",
                (
                    _number(c.old_number) if c.is_article else "-",
                    _number(c.new_number) if c.is_article else "-",
                    labels.what(c) if not c.is_article else c.title,
                    labels.kind(c.kind),
                    "; ".join(c.reasons) or "-",
                ),
            )
            for c in changed
        )
        blocks: tuple[Table | tuple[Text, ...], ...]
        if rows:
            blocks = (Table(f"{stem}.overzicht", HEADER, rows),)
        else:
            blocks = ((Text("Geen wijzigingen."),),)
        sections.append(Section(f"{OVERVIEW}.{stem}", shown.title, blocks))
    if finance is not None:
        sections.append(overview_section(finance))
    return sections_document(
        OVERVIEW,
        f"Wijzigingsoverzicht {rounds}",
        "Gewijzigde artikelen en onderdelen per document, met de redenen",
        version,
        sections,
    )


def transposition(
    rounds: str, version: Version, per_document: Sequence[tuple[str, Redline]]
) -> Document:
    """Old number → new number for every article of every document."""
    sections = []
    for stem, redline in per_document:
        shown = redline.new or redline.old
        assert shown is not None
        rows = tuple(
            (f"{stem}.{c.id}.t", (_number(c.old_number), _number(c.new_number), c.title))
            for c in redline.changes
            if c.is_article
        )
        table = Table(f"{stem}.transponering", ("Oud artikel", "Nieuw artikel", "Titel"), rows)
        sections.append(Section(f"{TRANSPOSITION}.{stem}", shown.title, (table,)))
    return sections_document(
        TRANSPOSITION,
        f"Transponeringstabel {rounds}",
        "Oude en nieuwe artikelnummers",
        version,
        sections,
    )
