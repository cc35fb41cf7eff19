"""The overview of a round: per document the changed articles with reasons, and the
transposition table (old number → new number) of every article.

Both are ordinary model documents (tables in sections), so the Word writer prints them in the
house style like any other document.
"""

from __future__ import annotations

from collections.abc import Sequence

from assembler.diff.redline import Change
from assembler.finance_report import overview_section
from assembler.model.finance_changes import FinanceChanges
from assembler.model.nodes import Document, Section, Table, Text, Version

OVERVIEW = "wijzigingsoverzicht"
TRANSPOSITION = "transponeringstabel"


def _document(
    ident: str, title: str, subtitle: str, version: Version, sections: Sequence[Section]
) -> Document:
    return Document(
        id=ident,
        kind="overzicht",
        title=title,
        citeertitel=title,
        file_stem=ident,
        version=version,
        deelnemer=None,
        organs=(),
        opschrift=(subtitle,),
        aanhef=(),
        overwegingen=(),
        gelet_op=(),
        besluit=(),
        chapters=(),
        slotformule=(),
        signatures=(),
        bijlagen=tuple(sections),
        toelichting_algemeen=(),
        manifest=ident,
    )


def _number(number: str) -> str:
    return number or "-"


def overview(
    rounds: str,
    version: Version,
    per_document: Sequence[tuple[str, str, Sequence[Change]]],
    finance: FinanceChanges | None = None,
) -> Document:
    """``per_document``: (file stem, title, changes) for every document of the round;
    ``finance``: the changed contributions, as a last section (none without financial data)."""
    sections = []
    for stem, title, changes in per_document:
        changed = [c for c in changes if c.kind != "ongewijzigd"]
        if changed and all(c.kind == "ingevoegd" for c in changes):
            reasons = "; ".join(dict.fromkeys(r for c in changes for r in c.reasons)) or "-"
            table = Table(
                f"{stem}.overzicht",
                ("Oud", "Nieuw", "Titel", "Soort wijziging", "Redenen"),
                (
                    (
                        f"{stem}.nieuw",
                        ("-", f"1-{len(changes)}", "hele document", "nieuw document", reasons),
                    ),
                ),
            )
            sections.append(Section(f"{OVERVIEW}.{stem}", title, (table,)))
            continue
        rows = tuple(
            (
                f"{stem}.{c.id}",
                (
                    _number(c.old_number),
                    _number(c.new_number),
                    c.title,
                    c.kind,
                    "; ".join(c.reasons) or "-",
                ),
            )
            for c in changed
        )
        blocks: tuple[Table | tuple[Text, ...], ...]
        if rows:
            table = Table(
                f"{stem}.overzicht", ("Oud", "Nieuw", "Titel", "Soort wijziging", "Redenen"), rows
            )
            blocks = (table,)
        else:
            blocks = ((Text("Geen wijzigingen in de artikelen."),),)
        sections.append(Section(f"{OVERVIEW}.{stem}", title, blocks))
    if finance is not None:
        sections.append(overview_section(finance))
    return _document(
        OVERVIEW,
        f"Wijzigingsoverzicht {rounds}",
        "Gewijzigde artikelen per document, met de redenen",
        version,
        sections,
    )


def transposition(
    rounds: str, version: Version, per_document: Sequence[tuple[str, str, Sequence[Change]]]
) -> Document:
    """Old number → new number for every article of every document."""
    sections = []
    for stem, title, changes in per_document:
        rows = tuple(
            (f"{stem}.{c.id}.t", (_number(c.old_number), _number(c.new_number), c.title))
            for c in changes
        )
        table = Table(f"{stem}.transponering", ("Oud artikel", "Nieuw artikel", "Titel"), rows)
        sections.append(Section(f"{TRANSPOSITION}.{stem}", title, (table,)))
    return _document(
        TRANSPOSITION,
        f"Transponeringstabel {rounds}",
        "Oude en nieuwe artikelnummers",
        version,
        sections,
    )
