"""The words of a cover letter (aanbiedingsbrief) for one deelnemer and round, from the
round's change set; :mod:`assembler.render.docx.letter` lays it out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from assembler import labels
from assembler.changeset import DOCUMENT, Entry
from assembler.diff.changes import Kind, Level
from assembler.finance_report import LetterPart
from assembler.flow.redline import Redline
from assembler.model.dates import dutch_date
from assembler.model.nodes import Document, Table, Version
from assembler.model.wording import articles, definite_article
from assembler.render.docx.letter import Letter, LetterSection, Signatory
from assembler.source.correspondence import Address, Correspondence, Request
from assembler.source.milestones import Milestone

REACTION_WEEKS = 6  # when a milestone names no date for reactions
WGR = "de Wet gemeenschappelijke regelingen"
# Art. 1 Wgr gives every raad eight weeks for a zienswijze on a draft since the amendment in
# force on 1 July 2022 (see ../shared/docs/domain.md §2); a round before that date asks for
# a zienswijze without citing a statutory procedure.
ZIENSWIJZE_SINCE = date(2022, 7, 1)


@dataclass(frozen=True, slots=True)
class Addressee:
    """Who the letter goes to: the deelnemer's name, its college and its raad."""

    id: str
    naam: str
    college: str
    raad: str


@dataclass(frozen=True, slots=True)
class Round:
    """The round the letter is about, and the one before it (None for the first round)."""

    milestone: Milestone
    previous: Milestone | None
    number: int  # the round's place among the milestones, from 1


def capitalised(text: str) -> str:
    """The first letter upper-case (a name at the start of a line); the rest as written."""
    return text[:1].upper() + text[1:]


def kenmerk(prefix: str, round_: Round, deelnemer: str) -> str:
    """The letter's kenmerk: the same round and gemeente always give the same kenmerk."""
    head = f"{prefix}/" if prefix else ""
    return f"{head}{round_.milestone.date.year}/{round_.number:02d}/{deelnemer}"


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
        words.append(f"vernummerd: {articles([e.number for e in renumbered])}")
    if references:
        words.append(f"verwijzing bijgewerkt: {articles([e.number for e in references])}")
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


def enclosure(title: str, redline: Redline | None, previous: Milestone | None) -> str:
    """How the letter lists one document of the package: by its title, and whether it comes
    with its changes (a document new in the round has none to show)."""
    if previous is None or redline is None:
        return title
    if redline.tree.kind is Kind.INSERTED:
        return f"{title} (nieuw)"
    the = definite_article(previous.name)
    return f"{title}, schoon en met de wijzigingen ten opzichte van {the} {previous.name}"


def due(milestone: Milestone) -> date:
    """By when the round's reactions are due: the milestone's date for it, or six weeks."""
    return milestone.reactions_due or milestone.date + timedelta(weeks=REACTION_WEEKS)


def _since(previous: Milestone) -> str:
    return f"{previous.name} van {dutch_date(previous.date)}"


def _request(request: Request, milestone: Milestone, regeling: str, due: date) -> list[str]:
    """What the round asks of the raad, on what basis, and by when."""
    when = dutch_date(due)
    if request is Request.TOESTEMMING:
        return [
            "Wij vragen u uw raad om toestemming te vragen als bedoeld in artikel 1 van"
            f" {WGR}: uw college heeft die toestemming nodig voordat het een besluit"
            f" neemt over de {regeling}. De raad kan de toestemming alleen onthouden wegens strijd met het"
            " recht of het algemeen belang.",
            f"Wij ontvangen het besluit van uw raad graag uiterlijk op {when}.",
        ]
    if request is Request.ZIENSWIJZE:
        basis = (
            f" als bedoeld in artikel 1 van {WGR}; de wet geeft de raad daarvoor acht weken"
            if milestone.date >= ZIENSWIJZE_SINCE
            else ""
        )
        return [
            "Wij vragen u de stukken aan uw raad voor te leggen, zodat de raad zijn zienswijze"
            f" op het ontwerp kan geven{basis}. Wij wegen de zienswijzen van alle raden en"
            " geven in een reactienota per zienswijze aan of en hoe de tekst daardoor wijzigt.",
            f"Wij ontvangen de zienswijze van uw raad graag uiterlijk op {when}.",
        ]
    return [
        "Wij stellen een reactie van uw college en uw raad op deze stukken op prijs. Aan deze"
        " ronde is geen wettelijke procedure verbonden; de reacties gebruiken wij bij het"
        " uitwerken van de volgende versie.",
        f"Wij ontvangen uw reactie graag uiterlijk op {when}.",
    ]


def _tables(documents: Sequence[Document], changes: dict[str, Redline]) -> list[LetterSection]:
    rows = tuple(
        (f"brief.{d.file_stem}", (d.title, counts(changes.get(d.file_stem)))) for d in documents
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
        if not _whole(changes.get(d.file_stem))
        for c in substantive(changes.get(d.file_stem))
    )
    if details:
        header = ("Document", "Artikel", "Artikel of onderdeel", "Wijziging", "Reden")
        sections.append(
            LetterSection(
                "Inhoudelijke wijzigingen", table=Table("brief.artikelen", header, details)
            )
        )
    return sections


def _whole(redline: Redline | None) -> bool:
    """A document that is new or dropped as a whole: the overview table says so already."""
    return redline is not None and redline.tree.kind in (Kind.INSERTED, Kind.DELETED)


def _address(to: Addressee, address: Address | None) -> tuple[str, ...]:
    lines = [capitalised(to.college)]
    if address is not None:
        # Postcode and place on one line, two spaces apart (PostNL); kept together.
        lines += [address.adres, f"{address.postcode}\u00a0\u00a0{address.plaats}"]
    return tuple(lines)


def compose(
    round_: Round,
    to: Addressee,
    regeling: str,
    documents: Sequence[Document],
    changes: dict[str, Redline],
    enclosures: Sequence[str],
    place: str,
    data: Correspondence | None,
    new_member: bool = False,
    contribution: LetterPart | None = None,
) -> Letter:
    """The letter for one deelnemer; ``regeling`` is the citeertitel of the joint arrangement
    the round is about, ``enclosures`` the titles of what the package holds, ``data`` the
    sender, contact and addresses (None: a letter without them), ``new_member`` whether the
    deelnemer takes part for the first time in this round, ``contribution`` the part
    "Uw bijdrage" (None without finance)."""
    milestone, previous = round_.milestone, round_.previous
    request = data.requests.get(milestone.id, Request.REACTIE) if data else Request.REACTIE
    address = data.addresses.get(to.id) if data else None
    sender = data.sender.naam if data else (milestone.author or "Projectgroep")
    paragraphs = [
        f"Hierbij bieden wij u de {milestone.name} van de {regeling} aan, gedateerd"
        f" {dutch_date(milestone.date)}. Naast de stukken die voor alle deelnemers gelden,"
        f" ontvangt u de documenten die {to.naam} zelf vaststelt of die alleen voor"
        f" {to.naam} gelden.",
        *_request(request, milestone, regeling, due(milestone)),
    ]
    if request is not Request.REACTIE and address is not None:
        paragraphs.append(
            f"Omdat het verzoek uw raad betreft, zenden wij een afschrift van deze brief via de"
            f" griffier aan {to.raad}."
        )
    compared = previous is not None and not new_member
    if previous is None:
        paragraphs.append("Dit is de eerste versie; er is nog geen eerdere om mee te vergelijken.")
    elif new_member:
        paragraphs.append(
            f"{to.naam} neemt met deze versie voor het eerst deel. Daarom ontvangt u alle stukken"
            " als nieuwe stukken, zonder vergelijking met een eerdere versie."
        )
    else:
        paragraphs.append(
            f"Ten opzichte van de {_since(previous)} is per document aangegeven wat er is"
            " gewijzigd en waarom. In de stukken met wijzigingen staat elke wijziging als"
            " bijgehouden wijziging in Word, met de reden als opmerking bij het artikel."
        )
    sections = _tables(documents, changes) if compared else []
    if contribution is not None:
        sections.append(
            LetterSection(contribution.title, contribution.paragraphs, contribution.table)
        )
    references: list[tuple[str, str]] = [
        (
            "Plaats en datum",
            f"{place}, {dutch_date(milestone.date)}" if place else dutch_date(milestone.date),
        ),
    ]
    copy: tuple[str, ...] = ()
    sender_lines: tuple[str, ...] = (sender,)
    signatories: tuple[Signatory, ...] = ()
    if data is not None:
        references.append(("Kenmerk", kenmerk(data.sender.kenmerk, round_, to.id)))
    subject = f"{milestone.name} {regeling}"
    references.append(("Onderwerp", subject))
    references.append(("Bijlagen", str(len(enclosures))))
    if data is not None:
        c = data.contact
        references += [
            ("Contactpersoon", f"{c.naam}, {c.functie}"),
            ("Telefoon", c.telefoon),
            ("E-mail", c.email),
        ]
        s = data.sender
        sender_lines = tuple(
            line
            for line in (s.naam, s.namens, s.adres, f"{s.postcode}\u00a0\u00a0{s.plaats}")
            if line
        )
        signatories = tuple(Signatory(p.naam, p.functie) for p in data.signatories)
        if address is not None:
            copy = (f"{capitalised(to.raad)}, via de griffier, {address.griffier}",)
    version = Version(milestone.name, milestone.date, milestone.final, milestone.author)
    return Letter(
        title=sender,
        subject=subject,
        version=version,
        sender=sender_lines,
        address=_address(to, address),
        references=tuple(references),
        salutation="Geacht college,",
        paragraphs=tuple(paragraphs),
        sections=tuple(sections),
        closing="Met vriendelijke groet,",
        signed_by=sender,
        signatories=signatories,
        attachments=tuple(enclosures),
        copy=copy,
        kenmerk=kenmerk(data.sender.kenmerk, round_, to.id) if data else "",
    )
