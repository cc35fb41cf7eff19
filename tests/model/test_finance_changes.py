"""Comparing two versions' contributions: per deelnemer, per task, in total, exact."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from assembler.model.finance import Contributions, Split, largest_remainder
from assembler.model.finance_changes import compare_contributions, signed_amount

NAMES = {"adam": "Adam", "bdorp": "Bdorp", "cstad": "Cstad"}


def contributions(
    tasks: dict[str, dict[str, str]],
    deelnemers: tuple[str, ...] = ("adam", "bdorp"),
    year: int = 2022,
) -> Contributions:
    """Per task id the amounts per deelnemer (non-participants 0); budgets are the sums."""
    splits = []
    for task, amounts in tasks.items():
        full = {d: Decimal(amounts.get(d, "0.00")) for d in deelnemers}
        budget = sum(full.values(), Decimal("0.00"))
        participants = tuple(d for d in deelnemers if d in amounts)
        splits.append(Split(task, task.title(), budget, "naar inwoners", full, participants))
    return Contributions(
        year, "solidariteit", tuple((d, NAMES[d]) for d in deelnemers), tuple(splits)
    )


def test_changed_amounts_give_exact_differences_per_task_deelnemer_and_total() -> None:
    old = contributions(
        {"inkomen": {"adam": "100.10", "bdorp": "200.20"}, "bewind": {"bdorp": "0.30"}}
    )
    new = contributions(
        {"inkomen": {"adam": "90.05", "bdorp": "210.26"}, "bewind": {"bdorp": "0.30"}}
    )
    changes = compare_contributions(old, new)
    assert changes is not None and changes.changed
    adam = changes.deelnemer("adam")
    assert adam is not None
    assert (adam.old, adam.new, adam.difference) == (
        Decimal("100.10"),
        Decimal("90.05"),
        Decimal("-10.05"),
    )
    assert [(t.task, t.difference) for t in adam.changed_tasks] == [("inkomen", Decimal("-10.05"))]
    bdorp = changes.deelnemer("bdorp")
    assert bdorp is not None and bdorp.difference == Decimal("10.06")
    assert [t.task for t in bdorp.changed_tasks] == ["inkomen"]  # bewind stayed 0,30
    assert (changes.old, changes.new, changes.difference) == (
        Decimal("300.60"),
        Decimal("300.61"),
        Decimal("0.01"),
    )
    assert [b.difference for b in changes.budgets] == [Decimal("0.01"), Decimal("0.00")]
    assert (changes.old_year, changes.new_year) == (2022, 2022)


def test_identical_contributions_are_unchanged() -> None:
    same = contributions({"inkomen": {"adam": "1.00", "bdorp": "2.00"}})
    changes = compare_contributions(same, same)
    assert changes is not None and not changes.changed
    assert all(d.difference == 0 and not d.changed_tasks for d in changes.deelnemers)


def test_a_new_deelnemer_has_no_old_amounts_and_comes_in_the_new_order() -> None:
    old = contributions({"inkomen": {"adam": "10.00", "bdorp": "20.00"}})
    new = contributions(
        {"inkomen": {"cstad": "5.00", "adam": "8.00", "bdorp": "17.00"}},
        deelnemers=("cstad", "adam", "bdorp"),
    )
    changes = compare_contributions(old, new)
    assert changes is not None
    assert [d.id for d in changes.deelnemers] == ["cstad", "adam", "bdorp"]
    cstad = changes.deelnemers[0]
    assert (cstad.naam, cstad.old, cstad.new, cstad.difference) == (
        "Cstad",
        None,
        Decimal("5.00"),
        Decimal("5.00"),
    )
    assert cstad.tasks[0].old is None and cstad.tasks[0].new == Decimal("5.00")
    assert changes.difference == 0  # the same budget, now over three deelnemers
    assert sum((d.difference for d in changes.deelnemers), Decimal(0)) == 0


def test_a_vanished_deelnemer_comes_last_with_no_new_amounts() -> None:
    old = contributions({"inkomen": {"adam": "10.00", "bdorp": "20.00"}})
    new = contributions({"inkomen": {"bdorp": "30.00"}}, deelnemers=("bdorp",))
    changes = compare_contributions(old, new)
    assert changes is not None
    assert [d.id for d in changes.deelnemers] == ["bdorp", "adam"]
    adam = changes.deelnemers[1]
    assert (adam.old, adam.new, adam.difference) == (Decimal("10.00"), None, Decimal("-10.00"))
    assert adam.tasks[0].new is None


def test_a_new_plustaak_and_a_vanished_task_are_on_one_side_only() -> None:
    old = contributions(
        {"inkomen": {"adam": "10.00", "bdorp": "20.00"}, "bewind": {"adam": "3.00"}}
    )
    new = contributions(
        {"huishoudelijk": {"bdorp": "4.00"}, "inkomen": {"adam": "10.00", "bdorp": "20.00"}}
    )
    changes = compare_contributions(old, new)
    assert changes is not None
    assert [b.task for b in changes.budgets] == ["huishoudelijk", "inkomen", "bewind"]
    huishoudelijk, inkomen, bewind = changes.budgets
    assert (huishoudelijk.old, huishoudelijk.new) == (None, Decimal("4.00"))
    assert (bewind.old, bewind.new, bewind.difference) == (Decimal("3.00"), None, Decimal("-3.00"))
    assert not inkomen.changed
    adam, bdorp = changes.deelnemers
    assert [(t.task, t.old, t.new) for t in adam.changed_tasks] == [
        ("huishoudelijk", None, Decimal("0.00")),  # the task is there; Adam does not take part
        ("bewind", Decimal("3.00"), None),
    ]
    assert adam.difference == Decimal("-3.00") and bdorp.difference == Decimal("4.00")


def test_either_side_may_lack_financial_data() -> None:
    data = contributions({"inkomen": {"adam": "10.00", "bdorp": "20.00"}})
    assert compare_contributions(None, None) is None
    added = compare_contributions(None, data)
    assert added is not None and added.changed
    assert (added.old_year, added.new_year, added.old, added.difference) == (
        None,
        2022,
        None,
        Decimal("30.00"),
    )
    assert all(d.old is None and d.difference == d.new for d in added.deelnemers)
    removed = compare_contributions(data, None)
    assert removed is not None
    assert (removed.new_year, removed.new, removed.difference) == (None, None, Decimal("-30.00"))
    assert [d.difference for d in removed.deelnemers] == [Decimal("-10.00"), Decimal("-20.00")]


def test_a_new_year_is_a_change_even_with_the_same_amounts() -> None:
    old = contributions({"inkomen": {"adam": "10.00"}}, year=2022)
    new = contributions({"inkomen": {"adam": "10.00"}}, year=2023)
    changes = compare_contributions(old, new)
    assert changes is not None and changes.changed
    assert (changes.old_year, changes.new_year) == (2022, 2023)


def test_differences_are_signed_in_dutch_notation() -> None:
    assert signed_amount(Decimal("-42530.60")) == "-42.530,60"
    assert signed_amount(Decimal("1234")) == "+1.234,00"
    assert signed_amount(Decimal("0.00")) == "0,00"


amounts = st.integers(min_value=0, max_value=10**10).map(lambda c: Decimal(c) / 100)
weights = st.lists(st.integers(min_value=1, max_value=10**5), min_size=3, max_size=3)
tasks = st.dictionaries(
    st.sampled_from(["inkomen", "minima", "bewind", "bedrijf"]),
    st.tuples(amounts, weights),
    min_size=1,
)
members = st.sampled_from([("adam", "bdorp", "cstad"), ("adam", "bdorp"), ("cstad", "adam")])


def split(task: str, budget: Decimal, raw: list[int], deelnemers: tuple[str, ...]) -> Split:
    parts = largest_remainder(
        budget, [(d, Fraction(w)) for d, w in zip(deelnemers, raw, strict=False)]
    )
    return Split(task, task, budget, "", parts, deelnemers)


def build(spec: dict[str, tuple[Decimal, list[int]]], deelnemers: tuple[str, ...]) -> Contributions:
    splits = tuple(split(t, b, w, deelnemers) for t, (b, w) in spec.items())
    return Contributions(2022, "solidariteit", tuple((d, NAMES[d]) for d in deelnemers), splits)


@settings(max_examples=200, deadline=None)
@given(old=tasks, new=tasks, old_members=members, new_members=members)
def test_the_differences_add_up_exactly(
    old: dict[str, tuple[Decimal, list[int]]],
    new: dict[str, tuple[Decimal, list[int]]],
    old_members: tuple[str, ...],
    new_members: tuple[str, ...],
) -> None:
    changes = compare_contributions(build(old, old_members), build(new, new_members))
    assert changes is not None
    assert sum((d.difference for d in changes.deelnemers), Decimal(0)) == changes.difference
    assert sum((b.difference for b in changes.budgets), Decimal(0)) == changes.difference
    for deelnemer in changes.deelnemers:
        assert sum((t.difference for t in deelnemer.tasks), Decimal(0)) == deelnemer.difference
    assert {d.id for d in changes.deelnemers} == set(old_members) | set(new_members)
