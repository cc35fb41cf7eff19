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


# Nouns that take "het" and head the names we print: "het Mandaatbesluit ...", "het Besluit
# delegatie ...", "het Reglement van orde", "het Ontwerp eerste wijziging". A compound takes the
# gender of its last part ("machtigingsbesluit": het; "ontwerpbegroting": de).
_HET_NOUNS = ("besluit", "reglement", "statuut", "ontwerp", "voorstel", "overzicht")
_SKIPPED = ("en", "of")


def definite_article(name: str) -> str:
    """ "het" or "de" before a name, by the gender of its head noun: the first word that is
    neither part of a coordination ("Mandaat-, volmacht- en") nor an inflected adjective
    ("Gemeenschappelijke", "Eerste"); "de" when that word is not a known het-noun."""
    for raw in name.split():
        word = raw.strip(",").lower()
        if word.endswith("-") or word in _SKIPPED:
            continue
        if word.endswith("e") and not word.endswith(_HET_NOUNS):
            continue
        return "het" if word.endswith(_HET_NOUNS) else "de"
    return "de"


def in_sentence(name: str) -> str:
    """A name as a common noun inside a sentence or an onderwerp: "Concepttekst" → "concepttekst",
    but an abbreviation or a name with capitals inside keeps its form ("GR-tekst", "WMO")."""
    first = name.split(" ", 1)[0]
    if len(first) > 1 and first[1:].islower() and first[:1].isupper():
        return name[:1].lower() + name[1:]
    return name
