"""Tables generated from data: the register of powers and the financial relations.

They are model nodes like any other (:class:`Table` with a stable id per row), so every writer
prints them and a later comparison of versions can align their rows by id.
"""

from __future__ import annotations

from collections.abc import Sequence

from assembler.model.dates import dutch_date
from assembler.model.finance import Contributions, format_amount
from assembler.model.nodes import Block, Table
from assembler.source.records import SCatalog, SFinance, SPower

ORGAN_NAMES = {
    "raad": "raad",
    "college": "college",
    "burgemeester": "burgemeester",
    "algemeen_bestuur": "algemeen bestuur",
    "dagelijks_bestuur": "dagelijks bestuur",
    "voorzitter": "voorzitter",
    "directeur": "directeur",
    "secretaris": "secretaris",
}
GR_ORGANS = ("algemeen_bestuur", "dagelijks_bestuur", "voorzitter")
POWER_HEADER = (
    "Artikel",
    "Bevoegdheid",
    "Soort",
    "Van",
    "Aan",
    "Ondermandaat",
    "Uitgezonderd",
    "Geldt voor",
)


def _scope(power: SPower, catalog: SCatalog, takers: dict[str, list[str]]) -> str:
    if power.plustaak is None:
        return "alle deelnemers"
    title = next((p.title for p in catalog.plustaken if p.id == power.plustaak), power.plustaak)
    names = takers.get(power.plustaak, [])
    return f"plustaak {title}: {', '.join(names) if names else 'geen afnemers'}"


def _row(power: SPower, scope: str) -> tuple[str, tuple[str, ...]]:
    return power.id, (
        power.artikel,
        power.omschrijving,
        power.soort,
        ORGAN_NAMES.get(power.oorspronkelijk, power.oorspronkelijk),
        ORGAN_NAMES.get(power.ontvanger, power.ontvanger),
        "ja" if power.ondermandaat else "nee",
        ", ".join(power.uitzonderingen) or "-",
        scope,
    )


def powers_by_statute(
    powers: Sequence[SPower], catalog: SCatalog, takers: dict[str, list[str]], table_id: str
) -> tuple[Block, ...]:
    """One table per statute, in the order the register first names them."""
    statutes: dict[str, list[SPower]] = {}
    for power in powers:
        statutes.setdefault(power.wet, []).append(power)
    return tuple(
        Table(
            f"{table_id}.{_slug(wet)}",
            POWER_HEADER,
            tuple(_row(p, _scope(p, catalog, takers)) for p in rows),
            title=wet,
        )
        for wet, rows in statutes.items()
    )


def transferred(powers: Sequence[SPower]) -> list[SPower]:
    """Powers the deelnemers transfer to the openbaar lichaam (not its own internal mandates)."""
    return [p for p in powers if p.oorspronkelijk not in GR_ORGANS]


def mandate_list(powers: Sequence[SPower]) -> list[SPower]:
    """Powers that the organs of the openbaar lichaam give in mandate, volmacht or machtiging."""
    return [p for p in powers if p.oorspronkelijk in GR_ORGANS and p.soort != "delegatie"]


def plustaak_powers(powers: Sequence[SPower], plustaken: Sequence[str]) -> list[SPower]:
    """The powers a deelnemer transfers for its plustaken (not the GR's internal mandates)."""
    return [
        p
        for p in powers
        if p.plustaak is not None and p.plustaak in plustaken and p.oorspronkelijk not in GR_ORGANS
    ]


def contributions_table(contributions: Contributions, table_id: str) -> Table:
    """Per deelnemer: its contribution per task and in total; the last row the budgets."""
    header = ("Deelnemer", *(s.title for s in contributions.splits), "Totaal")
    rows = [
        (
            f"{table_id}.{deelnemer}",
            (
                naam,
                *(format_amount(s.amounts[deelnemer], euro=False) for s in contributions.splits),
                format_amount(contributions.total(deelnemer), euro=False),
            ),
        )
        for deelnemer, naam in contributions.deelnemers
    ]
    rows.append(
        (
            f"{table_id}.totaal",
            (
                "Totaal",
                *(format_amount(s.budget, euro=False) for s in contributions.splits),
                format_amount(contributions.budget, euro=False),
            ),
        )
    )
    return Table(
        table_id,
        header,
        tuple(rows),
        title=f"Voorlopige bijdragen {contributions.year} (bedragen in euro)",
    )


def keys_tables(
    contributions: Contributions, finance: SFinance, table_id: str
) -> tuple[Table, ...]:
    """The key of every task, and the distribution data with reference date and source."""
    keys = Table(
        f"{table_id}.sleutels",
        ("Taak", "Budget (euro)", "Verdeelsleutel", "Deelnemers"),
        tuple(
            (
                f"{table_id}.{s.task}",
                (s.title, format_amount(s.budget, euro=False), s.key, str(len(s.participants))),
            )
            for s in contributions.splits
        ),
        title="Verdeelsleutels",
    )
    names = dict(contributions.deelnemers)
    data = Table(
        f"{table_id}.gegevens",
        (
            "Deelnemer",
            *(f"{d.title} ({dutch_date(d.peildatum)}; {d.bron})" for d in finance.datasets),
        ),
        tuple(
            (
                f"{table_id}.gegevens.{d}",
                (names[d], *(_count(ds.values.get(d)) for ds in finance.datasets)),
            )
            for d, _ in contributions.deelnemers
        ),
        title="Verdeelgegevens",
    )
    return keys, data


def _count(value: int | None) -> str:
    return "-" if value is None else f"{value:,}".replace(",", ".")


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")
