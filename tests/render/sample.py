"""A small regeling built by hand: two chapters, four articles, every node kind.

Importable on its own (no pytest), so a subprocess can render the same document.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from assembler.model.nodes import (
    Article,
    Chapter,
    Document,
    Lid,
    Onderdeel,
    Ref,
    Section,
    Signature,
    Subonderdeel,
    Table,
    Text,
    Version,
)

SPECIAL = 'A & B <c> "d"'


def t(text: str) -> tuple[Text]:
    return (Text(text),)


def regeling() -> Document:
    """The fixture document: concept version of 10 May 2021."""
    begrippen = Article(
        id="begripsbepalingen",
        number="1",
        title="Begripsbepalingen",
        leden=(
            Lid(
                id="begripsbepalingen.1",
                number="",
                content=t("In deze regeling wordt verstaan onder:"),
                onderdelen=(
                    Onderdeel(id="begrip-ab", number="a.", content=t("algemeen bestuur: ...;")),
                    Onderdeel(
                        id="begrip-deelnemers",
                        number="b.",
                        content=t("deelnemers: de colleges van:"),
                        subonderdelen=(
                            Subonderdeel(id="deelnemer-1", number="1°", content=t("Dordrecht;")),
                            Subonderdeel(id="deelnemer-2", number="2°", content=t("Zwijndrecht.")),
                        ),
                    ),
                ),
            ),
        ),
        toelichting=(t("Dit artikel bevat de begripsbepalingen."),),
    )
    openbaar_lichaam = Article(
        id="openbaar-lichaam",
        number="2",
        title="Openbaar lichaam",
        leden=(
            Lid(id="ol.1", number="1.", content=t("Er is een openbaar lichaam.")),
            Lid(id="ol.2", number="2.", content=t(f"Het heet {SPECIAL}.")),
        ),
    )
    taken = Article(
        id="taken",
        number="3",
        title="Taken",
        leden=(
            Lid(
                id="taken.1",
                number="1.",
                content=t("Het openbaar lichaam voert uit:"),
                onderdelen=(
                    Onderdeel(id="taak-a", number="a.", content=t("de Participatiewet;")),
                    Onderdeel(id="taak-b", number="b.", content=t("de IOAW.")),
                ),
                slot=t("voor zover de colleges dat hebben overgedragen."),
            ),
            Lid(
                id="taken.2",
                number="2.",
                content=(
                    Text("De taken bedoeld in "),
                    Ref(target="taken.1", text="het eerste lid"),
                    Text(" staan in de bijlage."),
                ),
            ),
        ),
        toelichting=(t("De taken volgen uit de wet."), t("Zie ook de bijlage.")),
    )
    citeertitel = Article(
        id="citeertitel",
        number="4",
        title="Citeertitel",
        leden=(
            Lid(
                id="citeertitel.1",
                number="",
                content=t(
                    "Deze regeling wordt aangehaald als: Gemeenschappelijke Regeling Sociaal."
                ),
            ),
        ),
    )
    return Document(
        id="gr-sociaal",
        kind="regeling",
        title="Gemeenschappelijke Regeling Sociaal",
        citeertitel="Gemeenschappelijke Regeling Sociaal",
        file_stem="gr-sociaal",
        version=Version(
            label="Concepttekst",
            date=date(2021, 5, 10),
            final=False,
            author="Projectgroep GR Sociaal",
        ),
        deelnemer=None,
        organs=("college",),
        opschrift=("Regeling van de colleges van burgemeester en wethouders van zeven gemeenten",),
        aanhef=(t("De colleges van burgemeester en wethouders van Dordrecht en Zwijndrecht;"),),
        overwegingen=(t("overwegende dat samenwerking in het sociaal domein gewenst is;"),),
        gelet_op=t("gelet op de Wet gemeenschappelijke regelingen;"),
        besluit=t("besluiten de volgende regeling te treffen:"),
        chapters=(
            Chapter(
                id="h-algemeen",
                number="1",
                title="Algemene bepalingen",
                articles=(begrippen, openbaar_lichaam),
            ),
            Chapter(id="h-taken", number="2", title="Taken en slot", articles=(taken, citeertitel)),
        ),
        slotformule=(t("Aldus vastgesteld in de vergadering van 2 december 2021."),),
        signatures=(
            Signature(
                organ="Het college van Dordrecht,", lines=("de secretaris,", "de burgemeester,")
            ),
            Signature(organ="Het college van Zwijndrecht,", lines=("de secretaris,",)),
        ),
        bijlagen=(
            Section(
                id="bijlage-taken",
                title="Takenlijst",
                blocks=(
                    t("De taken per gemeente."),
                    Table(
                        id="tabel-taken",
                        title="Taken per gemeente",
                        header=("Gemeente", "Taak"),
                        rows=(
                            ("rij-dordrecht", ("Dordrecht", "Participatiewet")),
                            ("rij-zwijndrecht", ("Zwijndrecht", SPECIAL)),
                        ),
                    ),
                ),
            ),
        ),
        toelichting_algemeen=(
            Section(id="tl-inleiding", title="Inleiding", blocks=(t("Eerste alinea."),)),
        ),
    )


def final_regeling() -> Document:
    """The same regeling as a final version ("Definitieve tekst")."""
    doc = regeling()
    return dataclasses.replace(
        doc, version=dataclasses.replace(doc.version, label="Definitieve tekst", final=True)
    )
