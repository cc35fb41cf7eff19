"""The raadsbesluit and the collegebesluit of one gemeente for a round, as data.

Both follow the skeleton of a Dutch decision: opschrift, aanhef ("De raad van de gemeente X;"),
overwegingen, "gelet op" with the legal basis (:mod:`assembler.council.basis`), "besluit:",
the numbered decision points, the slotformule with the meeting date, and the ondertekening.
"""

from __future__ import annotations

from dataclasses import dataclass

from assembler.council.basis import college_basis, raad_basis
from assembler.council.facts import Facts
from assembler.model.dates import dutch_date
from assembler.model.nodes import Signature, Version


@dataclass(frozen=True, slots=True)
class Decision:
    """A besluit of one organ, worded; :mod:`assembler.render.docx.decision` lays it out."""

    file_stem: str
    title: str  # the header's title
    opschrift: str
    version: Version
    aanhef: str
    overwegingen: tuple[str, ...]
    gelet_op: str
    besluit: str
    points: tuple[str, ...]  # the decision points, numbered 1., 2., ... when more than one
    slotformule: str
    signature: Signature


RAADSBESLUIT = "raadsbesluit"
COLLEGEBESLUIT = "collegebesluit"


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _signature(organ: str, facts: Facts, *offices: str) -> Signature:
    lines: list[str] = []
    for office in offices:
        lines.append(f"de {office},")
        name = facts.gemeente.signers.get(office)
        if name:
            lines.append(name)
    return Signature(f"{capitalised(organ)},", tuple(lines))


def _version(facts: Facts) -> Version:
    m = facts.milestone
    return Version(m.name, m.date, m.final, m.author)


def _sent(facts: Facts) -> str:
    return (
        f"overwegende dat de colleges van de deelnemende gemeenten bij brief van"
        f" {dutch_date(facts.milestone.date)}, kenmerk {facts.kenmerk}, {facts.draft} aan de"
        " raden hebben aangeboden;"
        if facts.kenmerk
        else f"overwegende dat de colleges van de deelnemende gemeenten {facts.draft} aan de"
        " raden hebben aangeboden;"
    )


def _making(facts: Facts) -> str:
    """What the colleges do with the regeling: make it, or amend it."""
    return (
        f"te besluiten tot wijziging van de {facts.regeling}"
        if facts.amendment
        else f"de {facts.regeling} te treffen"
    )


def _matter(facts: Facts) -> str:
    """The same as a noun: "het treffen van de X" or "de wijziging van de X"."""
    return (
        f"de wijziging van de {facts.regeling}"
        if facts.amendment
        else f"het treffen van de {facts.regeling}"
    )


def _subject(facts: Facts) -> str:
    """What the draft is a draft of: "de X", or "de wijziging van de X"."""
    return f"de wijziging van de {facts.regeling}" if facts.amendment else f"de {facts.regeling}"


def raadsbesluit(facts: Facts) -> Decision:
    """The raad's decision: its zienswijze on the draft, or its toestemming."""
    g = facts.gemeente
    basis = raad_basis(facts.request, facts.milestone.date, facts.amendment)
    read = f"gelezen het voorstel van {g.college} van {facts.college_date};"
    overwegingen: tuple[str, ...]
    points: tuple[str, ...]
    if facts.zienswijze:
        opschrift = (
            f"Besluit van {g.raad} over zijn zienswijze op het ontwerp van {_subject(facts)}"
        )
        overwegingen = (
            read,
            _sent(facts),
            "dat de raad zijn zienswijze over het ontwerp naar voren kan brengen bij het"
            " college, dat de zienswijzen van alle raden betrekt bij het definitieve ontwerp;",
        )
        points = (
            f"kennis te nemen van {facts.draft};",
            "over het ontwerp de zienswijze naar voren te brengen die als bijlage bij dit"
            " besluit is gevoegd [in te vullen door de raad; geeft de raad geen zienswijze,"
            " dan wordt dit onderdeel vervangen door: geen zienswijze naar voren te brengen];",
            f"het college te verzoeken dit besluit uiterlijk op {dutch_date(facts.due)} aan de"
            f" {facts.sender} te zenden.",
        )
        title = f"Raadsbesluit zienswijze {facts.regeling}"
    else:
        opschrift = (
            f"Besluit van {g.raad} tot het verlenen van toestemming aan het college voor"
            f" {_matter(facts)}"
        )
        answered = (
            " en dat de colleges alle zienswijzen hebben beantwoord in de nota van beantwoording"
            if facts.nota
            else ""
        )
        overwegingen = (
            read,
            _sent(facts),
            "dat de raden in de gelegenheid zijn gesteld hun zienswijze over het ontwerp naar"
            f" voren te brengen{answered};",
            "dat de toestemming alleen kan worden onthouden wegens strijd met het recht of het"
            " algemeen belang en dat de raad daarvoor geen grond ziet;",
        )
        points = (
            f"het college toestemming te verlenen om {_making(facts)} overeenkomstig {facts.draft}.",
        )
        title = f"Raadsbesluit toestemming {facts.regeling}"
    return Decision(
        file_stem=RAADSBESLUIT,
        title=title,
        opschrift=opschrift,
        version=_version(facts),
        aanhef=f"{capitalised(g.raad)};",
        overwegingen=overwegingen,
        gelet_op=f"gelet op {basis};",
        besluit="besluit:",
        points=points,
        slotformule=(
            f"Aldus besloten in de openbare vergadering van {g.raad} van {facts.raad_date}."
        ),
        signature=_signature(g.raad, facts, "griffier", "voorzitter"),
    )


def collegebesluit(facts: Facts) -> Decision:
    """The college's decision: to put the draft to the raad, or to propose the toestemming and
    make (or amend) the regeling once the raad has given it."""
    g = facts.gemeente
    basis = college_basis(facts.request, facts.milestone.date, facts.amendment)
    overwegingen: tuple[str, ...]
    points: tuple[str, ...]
    if facts.zienswijze:
        opschrift = (
            f"Besluit van {g.college} tot het voorleggen van het ontwerp van"
            f" {_subject(facts)} aan de raad"
        )
        overwegingen = (
            _sent(facts),
            "dat het college het ontwerp aan de raad voorlegt, zodat de raad zijn zienswijze"
            f" uiterlijk op {dutch_date(facts.due)} naar voren kan brengen;",
        )
        points = (
            f"in te stemmen met het voorleggen van {facts.draft} aan de raad;",
            "de raad voor te stellen zijn zienswijze over het ontwerp naar voren te brengen,"
            " overeenkomstig het bijgevoegde raadsvoorstel en ontwerpbesluit;",
            f"de zienswijze van de raad na ontvangst door te zenden aan de {facts.sender}.",
        )
        title = f"Collegebesluit zienswijze {facts.regeling}"
    else:
        opschrift = f"Besluit van {g.college} over {_matter(facts)}, na toestemming van de raad"
        overwegingen = (
            _sent(facts),
            f"dat het college pas tot {_matter(facts)} overgaat nadat de raad daarvoor"
            " toestemming heeft verleend;",
        )
        points = (
            "de raad voor te stellen toestemming te verlenen, overeenkomstig het bijgevoegde"
            " raadsvoorstel en ontwerpbesluit;",
            f"onder voorwaarde van die toestemming {_making(facts)} overeenkomstig {facts.draft};",
            f"{g.burgemeester} te machtigen {'het wijzigingsbesluit' if facts.amendment else 'de regeling'}"
            " namens het college te ondertekenen.",
        )
        title = f"Collegebesluit toestemming {facts.regeling}"
    return Decision(
        file_stem=COLLEGEBESLUIT,
        title=title,
        opschrift=opschrift,
        version=_version(facts),
        aanhef=f"{capitalised(g.college)};",
        overwegingen=overwegingen,
        gelet_op=f"gelet op {basis};",
        besluit="besluit:",
        points=points,
        slotformule=(f"Aldus besloten in de vergadering van {g.college} van {facts.college_date}."),
        signature=_signature(g.college, facts, "secretaris", "burgemeester"),
    )
