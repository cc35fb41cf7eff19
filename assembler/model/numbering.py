"""Computed numbers and the Dutch words for them (Aanwijzingen voor de regelgeving)."""

from __future__ import annotations

_ORDINALS = [
    "eerste",
    "tweede",
    "derde",
    "vierde",
    "vijfde",
    "zesde",
    "zevende",
    "achtste",
    "negende",
    "tiende",
    "elfde",
    "twaalfde",
    "dertiende",
    "veertiende",
    "vijftiende",
    "zestiende",
    "zeventiende",
    "achttiende",
    "negentiende",
]
_UNITS = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
_TENS = ["twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"]


_CARDINALS = [
    *_UNITS,
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
    "twintig",
]


def count_words(n: int) -> str:
    """A count as Dutch legal text writes it: in words up to twenty, in figures above."""
    return _CARDINALS[n - 1] if 1 <= n <= len(_CARDINALS) else str(n)


def ordinal(n: int) -> str:
    """The Dutch ordinal word: 1 -> "eerste", 22 -> "tweeëntwintigste"."""
    if n < 1:
        raise ValueError(n)
    if n < 20:
        return _ORDINALS[n - 1]
    if n < 100:
        tens, unit = divmod(n, 10)
        word = _TENS[tens - 2]
        if unit:
            unit_word = _UNITS[unit - 1]
            # A diaeresis separates two vowels: "tweeëntwintig", "drieëntwintig".
            joiner = "ën" if unit_word.endswith("e") else "en"
            word = f"{unit_word}{joiner}{word}"
        return f"{word}ste"
    if n == 100:
        return "honderdste"
    return f"{n}e"


def letter(n: int) -> str:
    """Onderdeel letters: 1 -> "a", 26 -> "z", 27 -> "aa"."""
    if n < 1:
        raise ValueError(n)
    result = ""
    while n:
        n, rest = divmod(n - 1, 26)
        result = chr(ord("a") + rest) + result
    return result


def lid_number(index: int, count: int) -> str:
    """The printed lid number; an article with a single lid has none."""
    return "" if count == 1 else f"{index}."


def onderdeel_number(index: int) -> str:
    return f"{letter(index)}."


def sub_number(index: int) -> str:
    return f"{index}°"
