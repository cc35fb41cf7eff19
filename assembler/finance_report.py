"""The money of a round in words and tables: the overview's section and the letter's part.

Built from :class:`FinanceChanges` as ordinary model nodes (texts and tables), so every writer
prints them in the house style. Amounts in euro, Dutch notation; a difference shows its sign.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from assembler.model.finance import format_amount
from assembler.model.finance_changes import (
    AmountChange,
    DeelnemerChange,
    FinanceChanges,
    signed_amount,
)
from assembler.model.nodes import Block, Section, Table, Text
from assembler.model.wording import enumeration

SECTION_ID = "wijzigingsoverzicht.bijdragen"
SECTION_TITLE = "Bijdragen van de deelnemers"
UNCHANGED = "De bijdragen zijn niet gewijzigd."
AMOUNT_HEADER = ("Oud (€)", "Nieuw (€)", "Verschil (€)")


def _cell(amount: Decimal | None) -> str:
    return format_amount(amount, euro=False) if amount is not None else "-"


def _euro(amount: Decimal | None) -> str:
    return format_amount(amount) if amount is not None else "-"


def _years(changes: FinanceChanges) -> str:
    """ "2022", or "2022 (oud) en 2023 (nieuw)" when the year changed."""
    if changes.old_year == changes.new_year or changes.old_year is None:
        return str(changes.new_year)
    if changes.new_year is None:
        return str(changes.old_year)
    return f"{changes.old_year} (oud) en {changes.new_year} (nieuw)"


def _presence(old: Decimal | None, new: Decimal | None, added: str, gone: str) -> str:
    if old is None and new is not None:
        return f" ({added})"
    if new is None and old is not None:
        return f" ({gone})"
    return ""


def _amount_cells(change: AmountChange | DeelnemerChange) -> tuple[str, str, str]:
    return _cell(change.old), _cell(change.new), signed_amount(change.difference)


def _deelnemer_table(changes: FinanceChanges) -> Table:
    rows = tuple(
        (
            f"bijdragen.{d.id}",
            (
                d.naam + _presence(d.old, d.new, "nieuwe deelnemer", "geen deelnemer meer"),
                *_amount_cells(d),
            ),
        )
        for d in changes.deelnemers
    )
    total = (
        "bijdragen.totaal",
        ("Totaal", _cell(changes.old), _cell(changes.new), signed_amount(changes.difference)),
    )
    return Table(
        "bijdragen.deelnemers",
        ("Deelnemer", *AMOUNT_HEADER),
        (*rows, total),
        title="Bijdrage per deelnemer",
    )


def _task_table(changes: FinanceChanges, budget: AmountChange) -> Table:
    """One changed task: the deelnemers whose amount changed, and the task's budget."""
    rows = []
    for deelnemer in changes.deelnemers:
        amount = next(t for t in deelnemer.tasks if t.task == budget.task)
        if amount.difference:
            rows.append(
                (
                    f"bijdragen.{budget.task}.{deelnemer.id}",
                    (deelnemer.naam, *_amount_cells(amount)),
                )
            )
    rows.append((f"bijdragen.{budget.task}.budget", ("Budget van de taak", *_amount_cells(budget))))
    return Table(
        f"bijdragen.{budget.task}",
        ("Deelnemer", *AMOUNT_HEADER),
        tuple(rows),
        title=f"Taak: {_task_label(budget)}",
    )


def _changed_tasks(changes: FinanceChanges) -> list[AmountChange]:
    """The tasks whose budget changed, or whose amount for some deelnemer.

    An amount counts when it differs: a new deelnemer that does not take part in a task
    (nothing before, 0,00 now) does not make the task a changed one.
    """
    return [
        b
        for b in changes.budgets
        if b.changed
        or any(t.difference for d in changes.deelnemers for t in d.tasks if t.task == b.task)
    ]


def overview_section(changes: FinanceChanges) -> Section:
    """The section "Bijdragen van de deelnemers": totals per deelnemer, then per changed task."""
    if not changes.changed:
        return Section(SECTION_ID, SECTION_TITLE, ((Text(UNCHANGED),),))
    changed = _changed_tasks(changes)
    blocks: list[Block] = [
        (
            Text(
                f"De voorlopige bijdragen {_years(changes)} per deelnemer, in euro: oud, nieuw"
                " en het verschil. Daarna per gewijzigde taak de deelnemers van wie het bedrag"
                " is gewijzigd."
            ),
        ),
        _deelnemer_table(changes),
        *(_task_table(changes, b) for b in changed),
    ]
    shown = {b.task for b in changed}
    same = [b.title for b in changes.budgets if b.task not in shown]
    if same:
        blocks.append((Text(f"Ongewijzigde taken: {enumeration(same)}."),))
    return Section(SECTION_ID, SECTION_TITLE, tuple(blocks))


@dataclass(frozen=True, slots=True)
class LetterPart:
    """The part "Uw bijdrage" of one deelnemer's letter: a few sentences and a table."""

    title: str
    paragraphs: tuple[str, ...]
    table: Table | None


def letter_part(changes: FinanceChanges, deelnemer: str, previous: str) -> LetterPart | None:
    """What changed in ``deelnemer``'s contribution since the round named ``previous``."""
    mine = changes.deelnemer(deelnemer)
    if mine is None:
        return None
    year = changes.new_year if mine.new is not None else changes.old_year
    if mine.old is None:
        sentence = f"U neemt nieuw deel; uw voorlopige bijdrage over {year} is {_euro(mine.new)}."
    elif mine.new is None:
        sentence = f"U draagt niet meer bij; bij de {previous} was uw bijdrage {_euro(mine.old)}."
    elif not any(t.difference for t in mine.tasks):
        return LetterPart(
            "Uw bijdrage",
            (f"Uw voorlopige bijdrage over {year} is niet gewijzigd: {_euro(mine.new)}.",),
            None,
        )
    else:
        before = f" (over {changes.old_year})" if changes.old_year != changes.new_year else ""
        sentence = (
            f"Uw voorlopige bijdrage over {year} is {_euro(mine.new)}; bij de {previous} was dat"
            f" {_euro(mine.old)}{before}. {_direction(mine.difference)}"
        )
    budgets = {b.task: b for b in changes.budgets}
    rows = tuple(
        (f"brief.bijdrage.{t.task}", (_task_label(budgets[t.task]), *_amount_cells(t)))
        for t in mine.tasks
        if t.difference
    )
    total = ("brief.bijdrage.totaal", ("Totaal", *_amount_cells(mine)))
    table = Table(
        "brief.bijdrage",
        ("Taak", *AMOUNT_HEADER),
        (*rows, total),
        title="Gewijzigde bedragen per taak",
    )
    return LetterPart("Uw bijdrage", (sentence,), table)


def _task_label(budget: AmountChange) -> str:
    """The task's title, marked when the task is new or vanished in this round."""
    return budget.title + _presence(budget.old, budget.new, "nieuwe taak", "vervallen taak")


def _direction(difference: Decimal) -> str:
    if difference > 0:
        return f"Dat is {format_amount(difference)} meer."
    if difference < 0:
        return f"Dat is {format_amount(-difference)} minder."
    return "Het totaal is gelijk gebleven; de verdeling over de taken is gewijzigd."
