"""Dates as Dutch readers write them."""

from __future__ import annotations

from datetime import date

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def dutch_date(day: date) -> str:
    """``date(2021, 5, 10)`` as "10 mei 2021"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
