"""Dutch enumerations as every writer words them."""

from __future__ import annotations

from collections.abc import Sequence


def enumeration(items: Sequence[str]) -> str:
    """ "a", "a en b", "a, b en c"."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} en {items[-1]}"


def articles(numbers: Sequence[str]) -> str:
    """ "artikel 7", "artikelen 7 en 8", or "artikelen 7, 8 en 12": Dutch plural and list."""
    if len(numbers) == 1:
        return f"artikel {numbers[0]}"
    return f"artikelen {enumeration(numbers)}"
