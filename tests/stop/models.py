"""Small hand-made regelingen for the STOP tests, built with the change-tree test models."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from assembler.model.nodes import Article, Document, Version
from assembler.stop.identity import Identity
from tests.diff.models import art, chapter, document, lid, ond, ref, renumber, t

IDENTITY = Identity("gm0505", 2021)


def begrippen() -> Article:
    return art(
        "begrippen",
        "",
        "Begripsbepalingen",
        lid(
            "begrippen.1",
            "In deze regeling wordt verstaan onder:",
            "",
            ond("begrippen.ab", "a.", "algemeen bestuur: het bestuur;"),
            ond("begrippen.db", "b.", "dagelijks bestuur: het dagelijks bestuur."),
        ),
        toelichting="De begrippen van de regeling.",
    )


def taken(amount: str = "9.120.000,00") -> Article:
    leden = (
        lid("taken.basis", "Het openbaar lichaam voert de basistaken uit.", "1."),
        lid("taken.budget", f"Het budget bedraagt € {amount}.", "2."),
    )
    return art("taken", "", "Taken", *leden)


def slot() -> Article:
    from assembler.model.nodes import Lid

    lid_ = Lid(
        "slot.1", "", (ref("taken.budget", "artikel 2, tweede lid"), *t(" geldt vanaf 2022."))
    )
    return Article("slot", "", "Slotbepaling", (lid_,))


def version(doc: Document, label: str, day: date) -> Document:
    return replace(doc, version=Version(label, day, False))


def regeling(chapters: list[tuple[str, str, list[Article]]], label: str = "Concept") -> Document:
    day = date(2021, 5, 10) if label == "Concept" else date(2021, 8, 30)
    return version(document(renumber(chapters)), label, day)


def base() -> Document:
    return regeling(
        [("h1", "Algemeen", [begrippen()]), ("h2", "Taken", [taken(), slot()])], "Concept"
    )


__all__ = [
    "IDENTITY",
    "art",
    "base",
    "begrippen",
    "chapter",
    "lid",
    "ond",
    "regeling",
    "slot",
    "taken",
]
