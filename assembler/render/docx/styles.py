"""Style ids of the house style: the contract between the template and the body writer.

Word names a style by ``w:name`` and refers to it by ``w:styleId``; a template made in Dutch
Word gets ids like these (the name without spaces). A custom template must define every id in
``REQUIRED``.
"""

from __future__ import annotations

# The house font: one Debian ships (fonts-liberation) and embeds in every PDF, metrically
# identical to Arial, which the template's font table names as the substitute where Liberation
# Sans is missing (Word on Windows): the same line and page breaks in both.
FONT = "Liberation Sans"
FONT_ALTERNATIVE = "Arial"
FONT_PANOSE = "020B0604020202020204"  # Arial's and Liberation Sans's PANOSE classification

NORMAL = "Standaard"
TITEL = "Titel"
ONDERTITEL = "Ondertitel"
TITELGEGEVENS = "Titelgegevens"
OPSCHRIFT = "Opschrift"
KOP_INHOUDSOPGAVE = "Kopinhoudsopgave"
INHOUD_1 = "Inhopg1"
INHOUD_2 = "Inhopg2"
AANHEF = "Aanhef"
HOOFDSTUK = "Hoofdstuk"
ARTIKELKOP = "Artikelkop"
LID = "Lid"
LID_ZONDER_NUMMER = "Lidzondernummer"
LID_VERVOLG = "Lidvervolg"
ONDERDEEL = "Onderdeel"
SUBONDERDEEL = "Subonderdeel"
SLOTFORMULE = "Slotformule"
ONDERTEKENING = "Ondertekening"
ONDERTEKENING_REGEL = "Ondertekeningregel"
ONDERTEKENING_SLOT = "Ondertekeningslot"
BIJLAGEKOP = "Bijlagekop"
TABELTITEL = "Tabeltitel"
TABELKOP = "Tabelkop"
TABELTEKST = "Tabeltekst"
TOELICHTING_KOP = "Toelichtingkop"
TOELICHTING_PARAGRAAF = "Toelichtingparagraaf"
TOELICHTING_ARTIKEL = "Toelichtingartikel"
KOPTEKST = "Koptekst"
VOETTEKST = "Voettekst"
TABELRASTER = "Tabelraster"  # table style
# The wijzigingsbesluit's own styles (only its template needs them).
BESLUITKOP = "Besluitkop"
OPDRACHT_LETTER = "Opdrachtletter"
OPDRACHT = "Opdracht"
OPDRACHT_STAP = "Opdrachtstap"
CITAAT_KOP = "Citaatkop"
CITAAT = "Citaat"
CITAAT_LID = "Citaatlid"
CITAAT_ONDERDEEL = "Citaatonderdeel"
CITAAT_SUBONDERDEEL = "Citaatsubonderdeel"

REQUIRED = frozenset(
    {
        NORMAL,
        TITEL,
        ONDERTITEL,
        TITELGEGEVENS,
        OPSCHRIFT,
        KOP_INHOUDSOPGAVE,
        INHOUD_1,
        INHOUD_2,
        AANHEF,
        HOOFDSTUK,
        ARTIKELKOP,
        LID,
        LID_ZONDER_NUMMER,
        LID_VERVOLG,
        ONDERDEEL,
        SUBONDERDEEL,
        SLOTFORMULE,
        ONDERTEKENING,
        ONDERTEKENING_REGEL,
        ONDERTEKENING_SLOT,
        BIJLAGEKOP,
        TABELTITEL,
        TABELKOP,
        TABELTEKST,
        TOELICHTING_KOP,
        TOELICHTING_PARAGRAAF,
        TOELICHTING_ARTIKEL,
        TABELRASTER,
    }
)
