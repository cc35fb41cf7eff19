"""Splitting budgets: exact to the cent, proportional, and honest about ties."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assembler.model.finance import format_amount, largest_remainder

budgets = st.integers(min_value=0, max_value=10**11).map(lambda c: Decimal(c) / 100)
weights = st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=12).filter(
    lambda ws: sum(ws) > 0
)


@settings(max_examples=400, deadline=None)
@given(budget=budgets, raw=weights)
def test_every_split_adds_up_to_the_budget_exactly(budget: Decimal, raw: list[int]) -> None:
    parts = largest_remainder(budget, [(f"d{i}", Fraction(w)) for i, w in enumerate(raw)])
    assert sum(parts.values(), Decimal(0)) == budget
    assert all(p >= 0 and p == p.quantize(Decimal("0.01")) for p in parts.values())


@settings(max_examples=300, deadline=None)
@given(budget=budgets, raw=weights)
def test_no_share_is_a_cent_or_more_from_its_exact_value(budget: Decimal, raw: list[int]) -> None:
    parts = largest_remainder(budget, [(f"d{i}", Fraction(w)) for i, w in enumerate(raw)])
    total = sum(raw)
    for i, w in enumerate(raw):
        exact = Fraction(budget) * w / total
        assert abs(Fraction(parts[f"d{i}"]) - exact) < Fraction(1, 100)
        if w == 0:
            assert parts[f"d{i}"] == 0


def test_leftover_cents_go_to_the_largest_remainders_then_to_the_first_listed() -> None:
    # 1.00 over three equal weights: 0.333.. each; one cent left, it goes to the first.
    parts = largest_remainder(
        Decimal("1.00"), [("a", Fraction(1)), ("b", Fraction(1)), ("c", Fraction(1))]
    )
    assert parts == {"a": Decimal("0.34"), "b": Decimal("0.33"), "c": Decimal("0.33")}
    # 10.00 over 1:2:3 gives 1.666.., 3.333.., 5.00: the larger remainder (a) gets the cent.
    parts = largest_remainder(
        Decimal("10.00"), [("a", Fraction(1)), ("b", Fraction(2)), ("c", Fraction(3))]
    )
    assert parts == {"a": Decimal("1.67"), "b": Decimal("3.33"), "c": Decimal("5.00")}


def test_weights_that_add_up_to_zero_are_refused() -> None:
    with pytest.raises(ValueError):
        largest_remainder(Decimal("1.00"), [("a", Fraction(0))])


def test_amounts_are_written_the_dutch_way() -> None:
    assert format_amount(Decimal("1234567.8")) == "€ 1.234.567,80"
    assert format_amount(Decimal("0.05"), euro=False) == "0,05"
