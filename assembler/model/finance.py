"""Provisional contributions per deelnemer: every budget split exactly, to the cent.

The split uses the largest-remainder method on whole cents: everyone gets the floor of their
exact share; the cents left over go one each to the largest remainders, ties broken by the
order of ``deelnemers.yaml``. Exact fractions are used throughout, so no rounding error can
make a split differ from its budget.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from assembler.errors import Collector
from assembler.model.dates import dutch_date
from assembler.source.records import SDataset, SDeelnemer, SFinance, STask

CENT = Decimal("0.01")
MAX_AMOUNT = Decimal(10) ** 12  # as source/choices.py: every amount read stays below it


@dataclass(frozen=True, slots=True)
class Split:
    """One task's budget divided over the deelnemers that take part in it."""

    task: str
    title: str
    budget: Decimal
    key: str  # the key in words
    amounts: dict[str, Decimal]  # per deelnemer id, in deelnemers order; 0 for non-participants
    participants: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Contributions:
    year: int
    buig: str
    deelnemers: tuple[tuple[str, str], ...]  # (id, naam)
    splits: tuple[Split, ...]

    def total(self, deelnemer: str) -> Decimal:
        return sum((s.amounts[deelnemer] for s in self.splits), Decimal("0.00"))

    @property
    def budget(self) -> Decimal:
        return sum((s.budget for s in self.splits), Decimal("0.00"))


def largest_remainder(
    total: Decimal, weights: Sequence[tuple[str, Fraction]]
) -> dict[str, Decimal]:
    """Split ``total`` (whole cents) in proportion to ``weights``; the parts add up exactly."""
    cents = int((total / CENT).to_integral_value())
    if total != Decimal(cents) * CENT:
        raise ValueError(f"{total} is not a whole number of cents")
    whole = sum((w for _, w in weights), Fraction(0))
    if whole <= 0:
        raise ValueError("the weights add up to zero")
    exact = [(name, cents * w / whole) for name, w in weights]
    floors = {name: int(share) for name, share in exact}  # shares are >= 0: int() is floor
    left = cents - sum(floors.values())
    order = sorted(range(len(exact)), key=lambda i: (-(exact[i][1] - floors[exact[i][0]]), i))
    for i in order[:left]:
        floors[exact[i][0]] += 1
    return {name: Decimal(floors[name]) * CENT for name, _ in weights}


def compute(
    finance: SFinance,
    deelnemers: Sequence[SDeelnemer],
    choices: dict[str, dict[str, object]],
    problems: Collector,
    plustaak_titles: dict[str, str] | None = None,
) -> Contributions:
    """Every task's split; every inconsistency in the data reported with its location."""
    ids = [d.id for d in deelnemers]
    datasets = {d.id: d for d in finance.datasets}
    for dataset in finance.datasets:
        for name in dataset.values:
            if name not in ids:
                problems.add(dataset.pos, f"'{dataset.id}' noemt onbekende deelnemer '{name}'")
    splits = []
    for task in finance.tasks:
        names = {d.id: d.naam for d in deelnemers}
        split = _split(task, ids, datasets, choices, problems, plustaak_titles or {}, names)
        if split is not None:
            splits.append(split)
    return Contributions(
        finance.year, finance.buig, tuple((d.id, d.naam) for d in deelnemers), tuple(splits)
    )


def _split(
    task: STask,
    ids: list[str],
    datasets: dict[str, SDataset],
    choices: dict[str, dict[str, object]],
    problems: Collector,
    titles: dict[str, str],
    names: dict[str, str],
) -> Split | None:
    key = task.key
    participants = list(ids)
    scope = ""
    if key.plustaak is not None:
        participants = [d for d in ids if key.plustaak in choices.get(d, {}).get("plustaken", ())]  # type: ignore[operator]
        scope = f", alleen de afnemers van de plustaak {titles.get(key.plustaak, key.plustaak)}"
        if not participants:
            problems.add(
                key.pos,
                f"geen deelnemer neemt plustaak '{key.plustaak}' af; de kosten van '{task.id}' kunnen niet worden verdeeld",
            )
            return None
    weights: list[tuple[str, Fraction]] = []
    budget = task.budget
    if key.kind == "naar":
        dataset = datasets.get(key.dataset)
        if dataset is None:
            problems.add(
                key.pos,
                f"onbekende verdeelgegevens '{key.dataset}'; bekend zijn: {', '.join(datasets) or 'geen'}",
            )
            return None
        missing = [d for d in participants if d not in dataset.values]
        if missing:
            problems.add(
                dataset.pos,
                f"'{dataset.id}' mist een waarde voor {', '.join(missing)} (nodig voor taak '{task.id}')",
            )
            return None
        weights = [(d, Fraction(dataset.values[d])) for d in participants]
        description = f"{dataset.title} op {dutch_date(dataset.peildatum)}{scope}"
    elif key.kind == "vast":
        if set(key.shares) != set(participants):
            extra = sorted(set(key.shares) - set(participants))
            absent = sorted(set(participants) - set(key.shares))
            detail = "; ".join(
                filter(
                    None,
                    [
                        f"ontbreekt: {', '.join(absent)}" if absent else "",
                        f"neemt niet deel: {', '.join(extra)}" if extra else "",
                    ],
                )
            )
            problems.add(
                key.pos,
                f"de vaste verdeling van '{task.id}' dekt niet precies de deelnemers ({detail})",
            )
            return None
        share_sum = sum(key.shares.values(), Decimal(0))
        if share_sum != Decimal(100):
            problems.add(
                key.pos,
                f"de percentages van '{task.id}' tellen op tot {_nl(share_sum)} in plaats van 100",
            )
            return None
        weights = [(d, Fraction(key.shares[d])) for d in participants]
        shares = "; ".join(f"{names.get(d, d)} {_nl(key.shares[d])} %" for d in participants)
        description = f"Vaste percentages ({shares}){scope}"
    else:
        absent = [d for d in participants if d not in key.shares]
        if absent:
            problems.add(key.pos, f"de uren van '{task.id}' missen {', '.join(absent)}")
            return None
        computed = sum((key.shares[d] for d in participants), Decimal(0)) * key.rate
        if computed >= MAX_AMOUNT:  # before quantize, which cannot hold that many digits
            problems.add(
                task.pos,
                f"uren maal tarief van '{task.id}' is 1.000.000.000.000 euro of meer;"
                " controleer de uren en het tarief",
            )
            return None
        computed = computed.quantize(CENT)
        if budget is not None and budget != computed:
            problems.add(
                task.pos,
                f"het budget van '{task.id}' ({_nl(budget)}) is niet gelijk aan uren maal tarief ({_nl(computed)})",
            )
            return None
        budget = computed
        weights = [(d, Fraction(key.shares[d])) for d in participants]
        description = f"Uren maal tarief ({format_amount(key.rate)} per uur){scope}"
    assert budget is not None
    if sum(w for _, w in weights) == 0:
        problems.add(key.pos, f"de verdeelsleutel van '{task.id}' telt op tot nul")
        return None
    amounts = largest_remainder(budget, weights)
    full = {d: amounts.get(d, Decimal("0.00")) for d in ids}
    return Split(task.id, task.title, budget, description, full, tuple(participants))


def _nl(amount: Decimal) -> str:
    return format_amount(amount, euro=False)


def format_amount(amount: Decimal, euro: bool = True) -> str:
    """Dutch notation: "€ 1.234.567,89"."""
    text = f"{amount:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return f"€ {text}" if euro else text
