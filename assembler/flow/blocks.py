"""The blocks of the reading order: paragraphs with change marks, tables, moved ranges.

Each writer (Word, HTML) maps a :class:`Role` to its own style; the text is in segments
("=" both versions, "+" inserted, "-" deleted).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from assembler.diff.words import Seg


class Role(StrEnum):
    """What a paragraph is, for the writers' styles."""

    TITEL = "titel"
    ONDERTITEL = "ondertitel"
    TITELGEGEVENS = "titelgegevens"
    KOP = "kop"
    AANHEF = "aanhef"
    HOOFDSTUK = "hoofdstuk"
    ARTIKELKOP = "artikelkop"
    LID = "lid"
    LID_ZONDER_NUMMER = "lid_zonder_nummer"
    LID_VERVOLG = "lid_vervolg"
    ONDERDEEL = "onderdeel"
    SUBONDERDEEL = "subonderdeel"
    SLOTFORMULE = "slotformule"
    ONDERTEKENING = "ondertekening"
    ONDERTEKENING_REGEL = "ondertekening_regel"
    # The last line of a signing block: kept with the lines above it, not with the next block,
    # so that a block never splits and several blocks may still share out over pages.
    ONDERTEKENING_SLOT = "ondertekening_slot"
    BIJLAGEKOP = "bijlagekop"
    TABELTITEL = "tabeltitel"
    NORMAL = "normal"
    TOELICHTING_KOP = "toelichting_kop"
    TOELICHTING_PARAGRAAF = "toelichting_paragraaf"
    TOELICHTING_ARTIKEL = "toelichting_artikel"
    TOC1 = "toc1"
    TOC2 = "toc2"
    # A wijzigingsbesluit: its title, the letter and sentence of an instruction, a numbered
    # step of a grouped instruction, and the provision text an instruction quotes.
    BESLUITKOP = "besluitkop"
    OPDRACHT_LETTER = "opdracht_letter"
    OPDRACHT = "opdracht"
    OPDRACHT_STAP = "opdracht_stap"
    CITAAT_KOP = "citaat_kop"
    CITAAT = "citaat"
    CITAAT_LID = "citaat_lid"
    CITAAT_ONDERDEEL = "citaat_onderdeel"
    CITAAT_SUBONDERDEEL = "citaat_subonderdeel"


@dataclass(frozen=True, slots=True)
class RPara:
    """One paragraph.

    ``number`` holds the segments of a literal number with its tab ("2.\\t"); ``mark`` is "+"
    or "-" when the whole paragraph (its mark included) was inserted or deleted; ``anchor`` is
    the id of the change-tree node that starts here (an article, annex, chapter, part), which
    the writers use for bookmarks, comments and links.
    """

    role: Role
    text: tuple[Seg, ...]
    number: tuple[Seg, ...] = ()
    mark: str = ""
    anchor: str = ""

    @property
    def changed(self) -> bool:
        return bool(self.mark) or any(seg.op != "=" for seg in (*self.number, *self.text))


@dataclass(frozen=True, slots=True)
class RRow:
    id: str
    cells: tuple[tuple[Seg, ...], ...]
    mark: str = ""


@dataclass(frozen=True, slots=True)
class RTable:
    id: str
    header: tuple[tuple[Seg, ...], ...]
    rows: tuple[RRow, ...]
    mark: str = ""


@dataclass(frozen=True, slots=True)
class RMove:
    """The paragraphs of a moved provision at its old ("from") or new ("to") place.

    ``article`` is False for a lid that moved within its article (or a toelichting that moved
    with its article): it is part of the surrounding article, not a group of its own.
    """

    name: str
    side: str
    paragraphs: tuple[RPara, ...]
    article: bool = True


RItem = RPara | RTable | RMove
