"""The words of a cover letter (aanbiedingsbrief) for one deelnemer and round, from the
round's change set; :mod:`assembler.render.docx.letter` lays it out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from assembler import labels
from assembler.changeset import DOCUMENT, Entry
from assembler.diff.changes import Kind, Level
from assembler.finance_report import LetterPart
from assembler.flow.redline import Redline
from assembler.model.dates import dutch_date
from assembler.model.nodes import Document, Table, Version
from assembler.render.docx.letter import Letter, LetterSection
from assembler.source.milestones import Milestone

REACTION_WEEKS = 6  # when a milestone names no date for reactions


@dataclass(frozen=True, slots=True)
class Addressee:
    """Who the letter goes to: the deelnemer's name and its college."""

    naam: str
    college: str


def _numbers(entries: list[Entry]) -> str:
    return ", ".join(e.number for e in entries)


def counts(redline: Redline | None) -> str:
    """What changed in one document, in words: substantive changes by kind, then the articles
    that were only renumbered or whose references follow the new numbering, by number."""
    if redline is None:
        return "nieuw"
    if redline.tree.kind is Kind.INSERTED:
        return "nieuw document"
    if redline.tree.kind is Kind.DELETED:
        return "document vervallen"
    kinds: dict[str, int] = {}
    others = 0
    for entry in redline.changes:
        if not entry.kind.substantive:
            continue
        if not entry.is_article:
            others += 1
            continue
        key = "verplaatst" if entry.kind.moved else labels.kind(entry.kind)
        kinds[key] = kinds.get(key, 0) + 1
    words = [f"{n} {kind}" for kind, n in kinds.items()]
    renumbered = [e for e in redline.changes if e.is_article and e.kind is Kind.RENUMBERED]
    references = [e for e in redline.changes if e.is_article and e.kind is Kind.REFERENCES]
    if not kinds and not others and not renumbered and not references:
        return "geen wijzigingen"
    if not kinds:
        words.append("geen artikelen inhoudelijk gewijzigd")
    if others:
        noun = "ander onderdeel" if others == 1 else "andere onderdelen"
        words.append(f"{others} {noun} gewijzigd")
    if renumbered:
        words.append(f"vernummerd: artikel {_numbers(renumbered)}")
    if references:
        words.append(f"verwijzing bijgewerkt: artikel {_numbers(references)}")
    return "; ".join(words)


def substantive(redline: Redline | None) -> list[Entry]:
    """The changes in substance of one document; a new or dropped document in one line."""
    if redline is None:
        return []
    if redline.tree.kind in (Kind.INSERTED, Kind.DELETED):
        return [
            Entry(
                Level.DOCUMENT,
                DOCUMENT,
                redline.tree.kind,
                "",
                "",
                "hele document",
                redline.reasons.get(DOCUMENT, ()),
            )
        ]
    return [e for e in redline.changes if e.kind.substantive]


def compose(
    milestone: Milestone,
    previous: str | None,
    to: Addressee,
    regeling: str,
    documents: Sequence[Document],
    changes: dict[str, Redline],
    attachments: Sequence[str],
    place: str,
    contribution: LetterPart | None = None,
) -> Letter:
    """The letter for one deelnemer; ``regeling`` is the citeertitel of the joint arrangement
    the round is about, ``contribution`` the part "Uw bijdrage" (None without finance)."""
    due = milestone.reactions_due or milestone.date + timedelta(weeks=REACTION_WEEKS)
    paragraphs = [
        f"Hierbij bieden wij u de stukken aan van de mijlpaal {milestone.name.lower()} van de"
        f" {regeling}, gedateerd {dutch_date(milestone.date)}.",
    ]
    if previous:
        paragraphs.append(
            f"Ten opzichte van de vorige mijlpaal ({previous}) is per document aangegeven wat er"
            " is gewijzigd en waarom. De documenten in de map 'wijzigingen' tonen elke wijziging"
            " als bijgehouden wijziging in Word, met de reden als opmerking bij het artikel."
        )
    else:
        paragraphs.append(
            "Dit is de eerste mijlpaal; er is nog geen eerdere versie om mee te vergelijken."
        )
    paragraphs.append(
        f"Naast de stukken die voor alle deelnemers gelden, ontvangt u de documenten die"
        f" {to.naam} zelf vaststelt of die alleen voor {to.naam} gelden."
    )
    rows = tuple(
        (
            f"brief.{d.file_stem}",
            (d.title, counts(changes.get(d.file_stem)) if previous else "nieuw"),
        )
        for d in documents
    )
    sections = [
        LetterSection(
            "Wat er voor u verandert",
            table=Table("brief.overzicht", ("Document", "Wijzigingen"), rows),
        )
    ]
    details = tuple(
        (
            f"brief.{d.file_stem}.{c.level.value}.{c.id}",
            (
                d.title,
                c.number if c.is_article else "-",
                c.title if c.is_article else labels.what(c),
                labels.kind(c.kind),
                "; ".join(c.reasons) or "-",
            ),
        )
        for d in documents
        for c in substantive(changes.get(d.file_stem))
    )
    if details:
        header = ("Document", "Artikel", "Artikel of onderdeel", "Wijziging", "Reden")
        sections.append(
            LetterSection(
                "Inhoudelijke wijzigingen", table=Table("brief.artikelen", header, details)
            )
        )
    if contribution is not None:
        sections.append(
            LetterSection(contribution.title, contribution.paragraphs, contribution.table)
        )
    version = Version(milestone.name, milestone.date, milestone.final, milestone.author)
    return Letter(
        title=f"Aanbiedingsbrief {milestone.name}",
        version=version,
        sender=milestone.author or "Projectgroep",
        addressee=to.college,
        place=place,
        date=milestone.date,
        subject=f"{milestone.name} {regeling}",
        paragraphs=tuple(paragraphs),
        sections=tuple(sections),
        due=due,
        attachments=tuple(a for a in attachments if a != "aanbiedingsbrief.docx"),
    )
