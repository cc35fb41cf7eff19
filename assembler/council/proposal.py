"""The raadsvoorstel of one gemeente for a round, as an overview-style model document.

Its parts are those of a Dutch raadsvoorstel: the particulars (onderwerp, vergaderingen,
grondslag), the proposed decision, aanleiding, beoogd effect, argumenten, kanttekeningen,
financiële gevolgen (the gemeente's contribution old → new from the round's change set),
vervolg and bijlagen, signed by the college.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from assembler.council.basis import amended_wgr, raad_basis
from assembler.council.decisions import Decision, capitalised
from assembler.council.facts import Facts
from assembler.model.dates import dutch_date
from assembler.model.finance import Contributions, format_amount
from assembler.model.finance_changes import FinanceChanges
from assembler.model.nodes import Block, Document, Section, Table, Text, Version, sections_document
from assembler.model.wording import definite_article, enumeration

RAADSVOORSTEL = "raadsvoorstel"


@dataclass(frozen=True, slots=True)
class Money:
    """The gemeente's contribution in the round: sentences, and a table when it changed."""

    paragraphs: tuple[str, ...]
    table: Table | None = None


def money(
    changes: FinanceChanges | None,
    contributions: Contributions | None,
    facts: Facts,
) -> Money:
    """Financiële gevolgen: the contribution old → new, or the new one in a first round."""
    g = facts.gemeente
    if changes is not None and facts.previous is not None:
        mine = changes.deelnemer(g.id)
        if mine is not None and mine.new is not None:
            year = changes.new_year
            if mine.old is None:
                return Money(
                    (
                        f"{g.naam} neemt in deze ronde voor het eerst deel. De voorlopige bijdrage"
                        f" van {g.naam} over {year} is {format_amount(mine.new)}.",
                    )
                )
            rows = tuple(
                (
                    f"raadsvoorstel.bijdrage.{t.task}",
                    (
                        t.title,
                        format_amount(t.old, euro=False) if t.old is not None else "-",
                        format_amount(t.new, euro=False) if t.new is not None else "-",
                    ),
                )
                for t in mine.tasks
                if t.difference
            )
            since = f"{definite_article(facts.previous.name)} {facts.previous.name} van {dutch_date(facts.previous.date)}"
            if not rows:
                return Money(
                    (
                        f"De voorlopige bijdrage van {g.naam} over {year} is"
                        f" {format_amount(mine.new)} en is niet gewijzigd ten opzichte van"
                        f" {since}.",
                    )
                )
            if mine.difference > 0:
                direction = f"Dat is {format_amount(mine.difference)} meer."
            elif mine.difference < 0:
                direction = f"Dat is {format_amount(-mine.difference)} minder."
            else:
                direction = "Het totaal is gelijk; de verdeling over de taken is gewijzigd."
            old_year = f" (over {changes.old_year})" if changes.old_year != year else ""
            total = (
                "raadsvoorstel.bijdrage.totaal",
                (
                    "Totaal",
                    format_amount(mine.old, euro=False),
                    format_amount(mine.new, euro=False),
                ),
            )
            return Money(
                (
                    f"De voorlopige bijdrage van {g.naam} over {year} wordt"
                    f" {format_amount(mine.new)}; in {since} was dat"
                    f" {format_amount(mine.old)}{old_year}. {direction} De gewijzigde bedragen per"
                    " taak staan in de tabel. De bijdrage wordt verwerkt in de begroting van de"
                    " gemeente.",
                ),
                Table(
                    "raadsvoorstel.bijdrage",
                    ("Taak", "Oud (€)", "Nieuw (€)"),
                    (*rows, total),
                    title=f"Bijdrage van {g.naam}, oud en nieuw",
                ),
            )
    if contributions is not None and g.id in dict(contributions.deelnemers):
        return Money(
            (
                f"De voorlopige bijdrage van {g.naam} over {contributions.year} is"
                f" {format_amount(contributions.total(g.id))}, volgens de verdeelsleutels van"
                " de regeling. De bijdrage wordt verwerkt in de begroting van de gemeente.",
            )
        )
    return Money(("De stukken bevatten geen gegevens over de bijdrage van de gemeente.",))


def _texts(*paragraphs: str) -> tuple[Block, ...]:
    return tuple((Text(p),) for p in paragraphs)


def _numbered(items: Sequence[str]) -> tuple[Block, ...]:
    return tuple((Text(f"{i}. {item}"),) for i, item in enumerate(items, start=1))


def _particulars(facts: Facts) -> Table:
    basis = raad_basis(facts.request, facts.milestone.date, facts.amendment)
    rows = (
        ("Gemeente", capitalised(facts.gemeente.gemeente)),
        ("Onderwerp", facts.subject),
        ("Raadsvergadering", facts.raad_date),
        ("Collegebesluit", facts.college_date),
        ("Grondslag", capitalised(basis)),
        ("Besluit uiterlijk", dutch_date(facts.due)),
    )
    return Table(
        "raadsvoorstel.gegevens",
        ("Gegeven", "Inhoud"),
        tuple((f"raadsvoorstel.gegevens.{i}", row) for i, row in enumerate(rows, start=1)),
    )


def _aanleiding(facts: Facts, changed: Sequence[tuple[str, str]]) -> tuple[Block, ...]:
    m = facts.milestone
    first = (
        f"De {facts.sender} heeft namens de colleges van de deelnemende gemeenten op"
        f" {dutch_date(m.date)} {definite_article(m.name)} {m.name} van de {facts.regeling} aangeboden"
        + (f" (kenmerk {facts.kenmerk})." if facts.kenmerk else ".")
    )
    if facts.zienswijze:
        second = (
            "Het college legt het ontwerp aan uw raad voor, zodat uw raad zijn zienswijze naar"
            " voren kan brengen voordat de colleges de tekst definitief maken."
        )
    else:
        second = (
            f"De colleges hebben de zienswijzen van de raden gewogen. Het college kan pas"
            f" {'tot de wijziging besluiten' if facts.amendment else 'de regeling treffen'}"
            " nadat uw raad daarvoor toestemming heeft verleend."
        )
    blocks = list(_texts(first, second))
    if facts.previous is not None and changed:
        blocks += _texts(
            f"Ten opzichte van {definite_article(facts.previous.name)} {facts.previous.name} van {dutch_date(facts.previous.date)}"
            " is per document het volgende gewijzigd:"
        )
        blocks.append(
            Table(
                "raadsvoorstel.wijzigingen",
                ("Document", "Wijzigingen"),
                tuple(
                    (f"raadsvoorstel.wijzigingen.{i}", (title, what))
                    for i, (title, what) in enumerate(changed, start=1)
                ),
            )
        )
    return tuple(blocks)


def _effect(facts: Facts) -> tuple[Block, ...]:
    if facts.zienswijze:
        return _texts(
            "Uw raad oefent invloed uit op de inhoud van de regeling op het moment dat die nog"
            " kan worden aangepast. De taken die de gemeente in de regeling onderbrengt, blijven"
            " zo verbonden met de kaders die uw raad stelt."
        )
    return _texts(
        f"Met de toestemming van uw raad kan het college {_doing(facts)}. De samenwerking in"
        " het sociaal domein krijgt daarmee een regeling die voldoet aan de Wet"
        " gemeenschappelijke regelingen en aan de afspraken tussen de deelnemers."
    )


def _doing(facts: Facts) -> str:
    return (
        f"besluiten tot wijziging van de {facts.regeling}"
        if facts.amendment
        else f"de {facts.regeling} treffen"
    )


def _arguments(facts: Facts) -> tuple[Block, ...]:
    g = facts.gemeente
    items: list[str] = []
    if facts.zienswijze:
        if amended_wgr(facts.milestone.date):
            items.append(
                "De Wet gemeenschappelijke regelingen geeft uw raad het recht om binnen acht"
                " weken na ontvangst van het ontwerp een zienswijze naar voren te brengen."
                " Geeft uw raad geen zienswijze, dan laat hij dat het college zo spoedig"
                " mogelijk weten."
            )
        else:
            items.append(
                "De Wet gemeenschappelijke regelingen kent in deze fase nog geen zienswijze op"
                " het ontwerp; de colleges leggen het ontwerp toch aan de raden voor, omdat de"
                " regeling ingrijpende gevolgen heeft voor de gemeenten. Uw raad kan zijn"
                " wensen en bedenkingen kenbaar maken."
            )
        items.append(
            "De colleges wegen de zienswijzen van alle raden en beantwoorden elke zienswijze in"
            " een nota van beantwoording, met de wijzigingen in de tekst die eruit volgen."
        )
    else:
        items.append(
            "Uw raad kan de toestemming alleen onthouden wegens strijd met het recht of het"
            " algemeen belang. Het college ziet daarvoor geen grond: de tekst is getoetst aan"
            " de Wet gemeenschappelijke regelingen en de Algemene wet bestuursrecht."
        )
        if facts.nota:
            items.append(
                "De zienswijzen van de raden zijn beantwoord in de nota van beantwoording"
                f" ({facts.nota}). Daarin staat per zienswijze of en hoe de tekst is aangepast."
            )
    if g.plustaken:
        items.append(
            f"Naast het gemeenschappelijke basistakenpakket neemt {g.naam} de"
            f" {'plustaken' if len(g.plustaken) > 1 else 'plustaak'}"
            f" {enumeration(list(g.plustaken))} af. De bevoegdheden daarvoor draagt het college"
            " bij afzonderlijk besluit over; de regeling geeft daarvoor de voorwaarden."
        )
    else:
        items.append(
            f"{g.naam} neemt het gemeenschappelijke basistakenpakket af, zonder plustaken. De"
            " regeling laat ruimte om later plustaken af te nemen."
        )
    return _numbered(items)


def _remarks(facts: Facts) -> tuple[Block, ...]:
    items = [
        "De regeling is een collegeregeling: de colleges nemen eraan deel en dragen alleen"
        " bevoegdheden van het college over. De bevoegdheden van uw raad, zoals het"
        " vaststellen van verordeningen, blijven bij uw raad."
    ]
    if facts.own_documents:
        items.append(
            "Uw raad stelt de eigen verordeningen van de gemeente afzonderlijk vast; zij zijn"
            f" als bijlage bijgevoegd: {enumeration(list(facts.own_documents))}."
        )
    if not facts.zienswijze:
        items.append(
            "Met de toestemming stemt uw raad in met de tekst zoals die nu voorligt; een"
            " wijziging van die tekst vraagt een nieuwe ronde langs alle raden."
        )
    return _numbered(items)


def _follow_up(facts: Facts) -> tuple[Block, ...]:
    due = dutch_date(facts.due)
    if facts.zienswijze:
        return _texts(
            f"Het college zendt het besluit van uw raad uiterlijk op {due} aan de"
            f" {facts.sender}. De colleges beantwoorden de zienswijzen in een nota van"
            " beantwoording en leggen daarna het definitieve ontwerp aan de raden voor met het"
            " verzoek om toestemming."
        )
    return _texts(
        f"Het college meldt het besluit van uw raad uiterlijk op {due} aan de {facts.sender}."
        f" Na de toestemming van alle raden {'besluiten de colleges tot de wijziging' if facts.amendment else 'treffen de colleges de regeling'}"
        " en wordt zij bekendgemaakt in het elektronisch publicatieblad"
        " [te verifiëren: door welke deelnemer]."
    )


def raadsvoorstel(
    facts: Facts,
    decision: Decision,
    changed: Sequence[tuple[str, str]],
    finance: Money,
    enclosures: Sequence[str],
) -> Document:
    """The raadsvoorstel: ``decision`` is the raadsbesluit it proposes, ``changed`` per
    document its title and what changed in words, ``enclosures`` the package's documents."""
    g = facts.gemeente
    m = facts.milestone
    bijlagen = [f"Ontwerpbesluit: {decision.opschrift}", *enclosures]
    if facts.nota:
        bijlagen.append(f"Nota van beantwoording ({facts.nota})")
    financial: list[Block] = list(_texts(*finance.paragraphs))
    if finance.table is not None:
        financial.append(finance.table)
    sections = (
        Section("raadsvoorstel.gegevens", "Gegevens", (_particulars(facts),)),
        Section(
            "raadsvoorstel.besluit",
            "Voorgesteld besluit",
            (*_texts("Wij stellen uw raad voor te besluiten:"), *_numbered(decision.points)),
        ),
        Section("raadsvoorstel.aanleiding", "Aanleiding", _aanleiding(facts, changed)),
        Section("raadsvoorstel.effect", "Beoogd effect", _effect(facts)),
        Section("raadsvoorstel.argumenten", "Argumenten", _arguments(facts)),
        Section("raadsvoorstel.kanttekeningen", "Kanttekeningen", _remarks(facts)),
        Section("raadsvoorstel.financien", "Financiële gevolgen", tuple(financial)),
        Section("raadsvoorstel.vervolg", "Vervolg", _follow_up(facts)),
        Section("raadsvoorstel.bijlagen", "Bijlagen", _numbered(bijlagen)),
        Section(
            "raadsvoorstel.ondertekening",
            "Ondertekening",
            _texts(
                f"{capitalised(g.college)},",
                "de secretaris,"
                + (f" {g.signers['secretaris']}" if "secretaris" in g.signers else ""),
                "de burgemeester,"
                + (f" {g.signers['burgemeester']}" if "burgemeester" in g.signers else ""),
            ),
        ),
    )
    title = f"Raadsvoorstel {facts.subject[:1].lower()}{facts.subject[1:]}"
    return sections_document(
        RAADSVOORSTEL,
        title,
        f"Voorstel van {g.college} aan {g.raad}",
        Version(m.name, m.date, m.final, m.author),
        sections,
        deelnemer=g.id,
    )
