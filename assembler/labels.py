"""What the user reads for the typed values of the change set: kinds and parts in Dutch."""

from __future__ import annotations

from assembler.changeset import Entry
from assembler.diff.changes import Kind, Level, Part

KIND = {
    Kind.UNCHANGED: "ongewijzigd",
    Kind.CHANGED: "gewijzigd",
    Kind.REFERENCES: "verwijzing bijgewerkt",
    Kind.RENUMBERED: "vernummerd",
    Kind.INSERTED: "ingevoegd",
    Kind.DELETED: "vervallen",
    Kind.MOVED: "verplaatst",
    Kind.MOVED_CHANGED: "verplaatst en gewijzigd",
}

# The parts outside the articles, by their id in the change tree.
PART = {
    Part.AANHEF.value: "Aanhef",
    Part.OVERWEGINGEN.value: "Overwegingen",
    Part.GELET_OP.value: "Gelet op",
    Part.BESLUIT.value: "Besluit",
    Part.SLOTFORMULE.value: "Slotformule",
    Part.ONDERTEKENING.value: "Ondertekening",
    "titel": "Titel en citeertitel",
}


def kind(value: Kind) -> str:
    return KIND[value]


def what(entry: Entry) -> str:
    """The name of the article or part as a reader finds it: "Artikel 7. Stemverhouding",
    "Hoofdstuk 2. Taken", "Bijlage 2: Bevoegdheden", "Aanhef"."""
    if entry.level is Level.ARTICLE:
        heading = f"Artikel {entry.number}"
        return f"{heading}. {entry.title}" if entry.title else heading
    if entry.level is Level.CHAPTER:
        return f"Hoofdstuk {entry.number}. {entry.title}"
    if entry.level is Level.ANNEX:
        return (
            f"Bijlage {entry.number}: {entry.title}" if entry.title else f"Bijlage {entry.number}"
        )
    if entry.level is Level.GENERAL:
        return f"Toelichting, {entry.title}"
    return PART.get(entry.id, entry.title or entry.id)


def count(n: int, singular: str, plural: str) -> str:
    """ "1 document", "2 documenten": the number with the noun in the right number."""
    return f"{n} {singular if n == 1 else plural}"
