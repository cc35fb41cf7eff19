"""What changed in the money between two versions: per deelnemer, per task, and in total.

A pure comparison of two computed ``Contributions``; either side may be missing (a version
without financial data). A deelnemer or task found on one side only has ``None`` for the other
side; its difference counts that side as zero. All amounts are exact Decimals, so the
differences per task add up to the difference of the total, to the cent.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from assembler.model.finance import Contributions, format_amount

ZERO = Decimal("0.00")


@dataclass(frozen=True, slots=True)
class AmountChange:
    """One task's amount: old and new (``None`` when that side lacks the task)."""

    task: str
    title: str
    old: Decimal | None
    new: Decimal | None
    difference: Decimal

    @property
    def changed(self) -> bool:
        return self.old != self.new


@dataclass(frozen=True, slots=True)
class DeelnemerChange:
    """One deelnemer's contribution per task and in total (``None``: absent on that side)."""

    id: str
    naam: str
    tasks: tuple[AmountChange, ...]
    old: Decimal | None
    new: Decimal | None
    difference: Decimal

    @property
    def changed(self) -> bool:
        return self.old != self.new or any(t.changed for t in self.tasks)

    @property
    def changed_tasks(self) -> tuple[AmountChange, ...]:
        return tuple(t for t in self.tasks if t.changed)


@dataclass(frozen=True, slots=True)
class FinanceChanges:
    """The money of a round: every deelnemer, every task's budget, and the whole budget."""

    old_year: int | None
    new_year: int | None
    deelnemers: tuple[DeelnemerChange, ...]
    budgets: tuple[AmountChange, ...]  # per task: the budget split over the deelnemers
    old: Decimal | None
    new: Decimal | None
    difference: Decimal

    @property
    def changed(self) -> bool:
        return (
            self.old_year != self.new_year
            or self.old != self.new
            or any(d.changed for d in self.deelnemers)
            or any(b.changed for b in self.budgets)
        )

    def deelnemer(self, ident: str) -> DeelnemerChange | None:
        return next((d for d in self.deelnemers if d.id == ident), None)


def compare_contributions(
    old: Contributions | None, new: Contributions | None
) -> FinanceChanges | None:
    """The changes from ``old`` to ``new``; ``None`` when neither version has financial data.

    Deelnemers and tasks come in the order of the new version, then those that vanished, in
    the order of the old version.
    """
    if old is None and new is None:
        return None
    tasks = _task_order(old, new)
    deelnemers = tuple(
        _deelnemer(ident, naam, tasks, old, new) for ident, naam in _deelnemer_order(old, new)
    )
    budgets = tuple(
        _amount(task, title, _budget(old, task), _budget(new, task)) for task, title in tasks
    )
    old_total = old.budget if old is not None else None
    new_total = new.budget if new is not None else None
    return FinanceChanges(
        old.year if old is not None else None,
        new.year if new is not None else None,
        deelnemers,
        budgets,
        old_total,
        new_total,
        _difference(old_total, new_total),
    )


def signed_amount(amount: Decimal) -> str:
    """A difference with its sign, Dutch notation: "+1.234,00", "-42.530,60", "0,00"."""
    text = format_amount(amount, euro=False)
    return f"+{text}" if amount > 0 else text


def _difference(old: Decimal | None, new: Decimal | None) -> Decimal:
    return (new if new is not None else ZERO) - (old if old is not None else ZERO)


def _amount(task: str, title: str, old: Decimal | None, new: Decimal | None) -> AmountChange:
    return AmountChange(task, title, old, new, _difference(old, new))


def _merged(new: list[tuple[str, str]], old: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (id, name) pairs of ``new``, then those of ``old`` that ``new`` lacks."""
    seen = {ident for ident, _ in new}
    return [*new, *((ident, name) for ident, name in old if ident not in seen)]


def _task_order(old: Contributions | None, new: Contributions | None) -> list[tuple[str, str]]:
    def tasks(c: Contributions | None) -> list[tuple[str, str]]:
        return [(s.task, s.title) for s in c.splits] if c is not None else []

    return _merged(tasks(new), tasks(old))


def _deelnemer_order(old: Contributions | None, new: Contributions | None) -> list[tuple[str, str]]:
    def deelnemers(c: Contributions | None) -> list[tuple[str, str]]:
        return list(c.deelnemers) if c is not None else []

    return _merged(deelnemers(new), deelnemers(old))


def _budget(c: Contributions | None, task: str) -> Decimal | None:
    split = next((s for s in c.splits if s.task == task), None) if c is not None else None
    return split.budget if split is not None else None


def _share(c: Contributions | None, task: str, deelnemer: str) -> Decimal | None:
    """The deelnemer's amount for ``task``; ``None`` when the task or the deelnemer is absent."""
    if c is None or deelnemer not in dict(c.deelnemers):
        return None
    split = next((s for s in c.splits if s.task == task), None)
    return split.amounts.get(deelnemer, ZERO) if split is not None else None


def _deelnemer(
    ident: str,
    naam: str,
    tasks: list[tuple[str, str]],
    old: Contributions | None,
    new: Contributions | None,
) -> DeelnemerChange:
    amounts = tuple(
        _amount(task, title, _share(old, task, ident), _share(new, task, ident))
        for task, title in tasks
    )
    old_total = old.total(ident) if old is not None and ident in dict(old.deelnemers) else None
    new_total = new.total(ident) if new is not None and ident in dict(new.deelnemers) else None
    return DeelnemerChange(
        ident, naam, amounts, old_total, new_total, _difference(old_total, new_total)
    )
