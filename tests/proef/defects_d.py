"""A fourth blind corpus (D) of legal defects and legitimate rewordings for ``assembler controleer``.

Written like corpora A-C (see tests/proef/defects.py for the format and the kinds), but
independently: every case comes from the law (Wgr, Awb, Gemeentewet, Participatiewet) and from
the texts of the sample, read as a gemeentejurist reads them, not from the rules' code or from
the earlier corpora. The defects are spread over the regeling (articles, toelichting,
overwegingen, bijlagen), the verordeningen, the mandaatbesluit, the plustakenbesluit, the
registers, the financial data and deelnemers.yaml. Style defects (Aanwijzingen voor de
regelgeving) count at any severity, because the law does not prescribe them.

Article numbers in the descriptions are those of the composed werkmap text (`assembler bouw
--tekst`): the numbering is frozen since the regeling came into force, so the regeling has
articles 1 to 50 plus 26a (Onderzoek door de rekenkamers).
"""

from __future__ import annotations

from tests.proef.defects import (
    BEGR,
    DEELN,
    GR,
    HH,
    IIT,
    MB,
    REG1,
    REG3,
    REG4,
    REG8,
    SPEL,
    Case,
    D,
    E,
    Loc,
    c,
)

PB = "regelingen/besluit-plustaken.yaml"
REG5 = "clausules/mandaat/register-5-minimabeleid.yaml"
REG6 = "clausules/mandaat/register-6-beschermingsbewind.yaml"
REG7 = "clausules/mandaat/register-7-wmo.yaml"

PATROON: tuple[Case, ...] = (
    D(
        "d-pat-sub-medeondertekening",
        "patroon",
        "Artikel 19, vijfde lid, verwijst met de hand naar ‘het derde lid sub c’: de Aanwijzingen "
        "voor de regelgeving (aanwijzing 3.29) schrijven ‘het derde lid, onderdeel c’; ‘sub’ is "
        "geen verwijzing volgens de Aanwijzingen.",
        E(
            c("bestuur/voorzitter"),
            "tekst: \"De stukken, bedoeld in {{ ref('voorzitter.taken.ondertekening') }}, worden "
            'mede ondertekend door de secretaris."',
            'tekst: "De stukken, bedoeld in het derde lid sub c, worden mede ondertekend door de '
            'secretaris."',
        ),
        mark="sub c",
        any_severity=True,
    ),
    D(
        "d-pat-art-lid-toelichting-jaarrekening",
        "patroon",
        "De toelichting bij artikel 31 verwijst naar ‘art. 31, lid 3’: afkorting en ‘lid 3’ "
        "in plaats van ‘artikel 31, derde lid’ (Aanwijzingen voor de regelgeving, aanwijzing 3.29).",
        E(
            c("financien/fin-jaarrekening"),
            "    toezending aan Gedeputeerde Staten kan worden gehaald.",
            "    toezending aan Gedeputeerde Staten (art. 31, lid 3) kan worden gehaald.",
        ),
        mark="art. 31",
        any_severity=True,
    ),
    D(
        "d-pat-register-wgs-afkortingen",
        "patroon",
        "De omschrijving in het register (bijlage Overgedragen bevoegdheden) verwijst met "
        "‘art. 4, lid 1, Wgs’: afkortingen en ‘lid 1’ in een tekst die de lezer als bijlage leest "
        "(Aanwijzingen voor de regelgeving).",
        E(
            REG4,
            "omschrijving: Weigeren van schuldhulpverlening en beëindigen van een "
            "schuldhulpverleningstraject",
            "omschrijving: Weigeren van schuldhulpverlening en beëindigen van een "
            "schuldhulpverleningstraject als bedoeld in art. 4, lid 1, Wgs",
        ),
        mark="art. 4",
        any_severity=True,
    ),
    D(
        "d-pat-artt-mandaatbesluit-toelichting",
        "patroon",
        "De algemene toelichting van het mandaatbesluit schrijft ‘artt. 7 en 17 van de "
        "regeling’: de afkorting ‘artt.’ hoort niet in een regeling of besluit (Aanwijzingen "
        "voor de regelgeving); voluit ‘de artikelen 7 en 17’.",
        E(
            MB,
            "ondermandaat, dat alleen mogelijk is omdat de regeling dat toestaat.",
            "ondermandaat, dat alleen mogelijk is omdat artt. 7 en 17 van de regeling dat toestaan.",
        ),
        mark="artt.",
        any_severity=True,
    ),
    D(
        "d-pat-jo-gelet-op-handhaving",
        "patroon",
        "Het ‘gelet op’ van de verordening maatregelen en handhaving schrijft ‘art. 8, lid 1, jo. "
        "art. 18, lid 2, Participatiewet’: ‘jo.’, ‘art.’ en ‘lid 1’ horen niet in een aanhef "
        "(Aanwijzingen voor de regelgeving); ‘artikel 8, eerste lid, en artikel 18, tweede lid, "
        "van de Participatiewet’.",
        E(
            HH,
            "gelet op artikel 8, eerste lid, en artikel 18, tweede lid, van de Participatiewet,",
            "gelet op art. 8, lid 1, jo. art. 18, lid 2, Participatiewet,",
        ),
        mark="art. 8",
        any_severity=True,
    ),
    D(
        "d-pat-archief-dubbele-punt",
        "patroon",
        "Het laatste onderdeel van artikel 46, tweede lid, eindigt op ‘bedoeld in:’ zonder "
        "vervolg: de opsomming is niet af en regelt de overdracht van het archief niet.",
        E(
            c("slot/archief"),
            "tekst: de overdracht van archiefbescheiden bij uittreding van een deelnemer of bij "
            "opheffing van de regeling.",
            'tekst: "de overdracht van archiefbescheiden in de gevallen, bedoeld in:"',
        ),
        mark="bedoeld in:",
    ),
    D(
        "d-pat-liquidatie-punt-midden",
        "patroon",
        "In artikel 44, tweede lid, eindigt onderdeel b (het sociaal plan) met een punt terwijl "
        "er nog twee onderdelen volgen: elk onderdeel behalve het laatste eindigt op ‘;’ "
        "(Aanwijzingen voor de regelgeving).",
        E(
            c("toetreding/liquidatie"),
            "tekst: de gevolgen voor het personeel, waaronder een sociaal plan;",
            "tekst: de gevolgen voor het personeel, waaronder een sociaal plan.",
        ),
        any_severity=True,
    ),
    D(
        "d-pat-inlichtingen-en-te-vroeg",
        "patroon",
        "Artikel 24, vierde lid: ‘; en’ staat achter onderdeel a en ook achter onderdeel b; "
        "alleen het voorlaatste onderdeel eindigt op ‘; en’.",
        E(
            c("verantwoording/inlichtingen"),
            "tekst: ontwikkelingen die leiden tot een wijziging van de bijdragen van de deelnemers;",
            "tekst: ontwikkelingen die leiden tot een wijziging van de bijdragen van de "
            "deelnemers; en",
        ),
        any_severity=True,
    ),
    D(
        "d-pat-vorige-lid-db",
        "patroon",
        "Artikel 18, vierde lid, verwijst naar ‘het vorige lid’: de Aanwijzingen voor de "
        "regelgeving schrijven het lid bij zijn nummer (‘het derde lid’).",
        E(
            c("bestuur/db-vergaderingen"),
            "tekst: Bij staking van stemmen beslist de stem van de voorzitter.",
            "tekst: Staken bij een stemming als bedoeld in het vorige lid de stemmen, dan beslist "
            "de stem van de voorzitter.",
        ),
        mark="het vorige lid",
        any_severity=True,
    ),
    D(
        "d-pat-letter-toelichting-verdeelsleutels",
        "patroon",
        "De toelichting bij artikel 33 verwijst naar ‘artikel 12, derde lid, letter b’ en "
        "‘artikel 20, eerste lid, letter b’: ‘letter b’ is geen verwijzing volgens de "
        "Aanwijzingen voor de regelgeving (‘onderdeel b’), en de verwijzing staat er met de hand.",
        E(
            c("financien/fin-verdeelsleutels"),
            "    {{ ref('ab-besluitvorming.gekwalificeerd.verdeelsleutels') }} en\n"
            "    {{ ref('zienswijze-raden.besluiten.verdeelsleutels') }}.",
            "    artikel 12, derde lid, letter b, en artikel 20, eerste lid, letter b.",
        ),
        mark="derde lid, letter b",
        any_severity=True,
    ),
    D(
        "d-pat-lid-overweging-mandaatbesluit",
        "patroon",
        "Een overweging van het mandaatbesluit noemt ‘artikel 7, lid 1, van de Gemeenschappelijke "
        "Regeling Sociaal’: schrijf ‘artikel 7, eerste lid’ (Aanwijzingen voor de regelgeving).",
        E(
            MB,
            "dat de colleges van de deelnemende gemeenten bij de Gemeenschappelijke Regeling "
            "Sociaal het dagelijks bestuur",
            "dat de colleges van de deelnemende gemeenten bij artikel 7, lid 1, van de "
            "Gemeenschappelijke Regeling Sociaal het dagelijks bestuur",
        ),
        mark="lid 1",
        any_severity=True,
    ),
    D(
        "d-pat-begrippen-volgorde",
        "patroon",
        "In artikel 1 staat ‘basistaak’ vóór ‘algemeen bestuur’: de begripsbepalingen staan in "
        "alfabetische volgorde (Aanwijzingen voor de regelgeving; de toelichting bij artikel 1 "
        "zegt dat zelf ook).",
        E(
            c("algemeen/begripsbepalingen"),
            "      - id: begripsbepalingen.begrippen.algemeen-bestuur\n"
            '        tekst: "algemeen bestuur: het algemeen bestuur van het openbaar lichaam;"\n'
            "      - id: begripsbepalingen.begrippen.basistaak\n"
            "        tekst: \"basistaak: een taak als bedoeld in {{ ref('taken.soorten.basistaken') "
            '}};"\n',
            "      - id: begripsbepalingen.begrippen.basistaak\n"
            "        tekst: \"basistaak: een taak als bedoeld in {{ ref('taken.soorten.basistaken') "
            '}};"\n'
            "      - id: begripsbepalingen.begrippen.algemeen-bestuur\n"
            '        tekst: "algemeen bestuur: het algemeen bestuur van het openbaar lichaam;"\n',
        ),
        any_severity=True,
    ),
    D(
        "d-pat-register-verordening-studietoeslag",
        "patroon",
        "De registerregel pw-studietoeslag omschrijft het vaststellen van een verordening, maar "
        "staat als ‘verordening: false’ en gedelegeerd aan het dagelijks bestuur: een verordening "
        "is een bevoegdheid van de raad (artikel 8 Participatiewet), die in een collegeregeling "
        "niet wordt overgedragen, en mandaat tot het vaststellen van algemeen verbindende "
        "voorschriften is uitgesloten (artikel 10:3, tweede lid, onderdeel a, Awb).",
        E(
            REG1,
            "omschrijving: Verlenen van een individuele studietoeslag, met toepassing van de "
            "verordening van de raad",
            "omschrijving: Vaststellen van de verordening met regels over de individuele "
            "studietoeslag",
        ),
    ),
    D(
        "d-pat-leeg-lid-rekenkamer",
        "patroon",
        "Artikel 26a, derde lid, is leeg: een lid zonder tekst regelt niets (de afstemming van de "
        "onderzoeken van de rekenkamers, waarover de toelichting spreekt, ontbreekt).",
        E(
            c("verantwoording/rekenkamer"),
            "tekst: Het dagelijks bestuur bevordert dat de rekenkamers hun onderzoeken naar het "
            "openbaar lichaam op elkaar afstemmen.",
            'tekst: ""',
        ),
    ),
    D(
        "d-pat-artikel-lid-cijfer-adviescommissie",
        "patroon",
        "Artikel 21, vierde lid, verwijst met de hand naar ‘artikel 30, lid 3’: schrijf "
        "‘artikel 30, derde lid’ (Aanwijzingen voor de regelgeving, aanwijzing 3.29).",
        E(
            c("betrekken/raden-adviescommissie"),
            "bedoeld in {{ ref('fin-begroting.zienswijze') }}.\"",
            'bedoeld in artikel 30, lid 3."',
        ),
        mark="artikel 30, lid 3",
        any_severity=True,
    ),
)

TEKST_TAG: tuple[Case, ...] = (
    D(
        "d-tag-duur",
        "tekst-tag",
        "Artikel 48 (Duur, onderwerp ‘duur’) bepaalt niet meer voor welke tijd de regeling is "
        "getroffen; de tekst gaat over de reikwijdte van de taken. De duur is daarmee niet "
        "geregeld (praktijk; de toelichting spreekt nog van ‘onbepaalde tijd’).",
        E(
            c("slot/duur"),
            "tekst: Deze regeling wordt getroffen voor onbepaalde tijd.",
            "tekst: Deze regeling is van toepassing op de taken die de deelnemers bij of "
            "krachtens deze regeling aan het openbaar lichaam hebben opgedragen.",
        ),
        any_severity=True,
    ),
    D(
        "d-tag-citeertitel",
        "tekst-tag",
        "Artikel 50 (Citeertitel) noemt geen citeertitel meer, maar de plaats van publicatie: de "
        "regeling heeft dan geen citeertitel (Aanwijzingen voor de regelgeving).",
        E(
            c("slot/citeertitel"),
            'tekst: "Deze regeling wordt aangehaald als: {{ document.citeertitel }}."',
            'tekst: "Deze regeling wordt gepubliceerd in het Blad gemeenschappelijke regeling."',
        ),
        any_severity=True,
    ),
    D(
        "d-tag-geschillen",
        "tekst-tag",
        "Artikel 45 (Geschillen) spreekt alleen nog van overleg over ‘verschillen van inzicht’; "
        "wie een geschil beslist (Gedeputeerde Staten, artikel 28 Wgr) en de uitzondering voor "
        "de burgerlijke rechter zijn verdwenen.",
        E(
            c("slot/geschillen"),
            "  - id: geschillen.overleg\n"
            "    tekst: Deelnemers die een geschil hebben over deze regeling, onderling of met het "
            "openbaar lichaam, spannen zich in het geschil in onderling overleg op te lossen. Zij "
            "kunnen daarbij een onafhankelijke bemiddelaar inschakelen.\n"
            "  - id: geschillen.gedeputeerde-staten\n"
            "    tekst: Leidt het overleg niet tot een oplossing, dan legt ieder van de partijen het "
            "geschil voor aan Gedeputeerde Staten, die daarover beslissen.\n"
            "  - id: geschillen.burgerlijke-rechter\n"
            "    tekst: \"{{ Ref('geschillen.gedeputeerde-staten') }} is niet van toepassing op "
            'geschillen die tot de bevoegdheid van de burgerlijke rechter behoren."\n',
            "  - id: geschillen.overleg\n"
            "    tekst: De deelnemers spannen zich in om verschillen van inzicht over de uitvoering "
            "van deze regeling in onderling overleg weg te nemen. Zij kunnen daarbij een "
            "onafhankelijke bemiddelaar inschakelen.\n",
        ),
        any_severity=True,
    ),
    D(
        "d-tag-archief",
        "tekst-tag",
        "Artikel 46 (Archief) gaat alleen nog over informatiebeveiliging: de zorg voor de "
        "archiefbescheiden, de regels daarover, de archiefbewaarplaats en het toezicht door de "
        "archivaris (Archiefwet 1995) zijn niet meer geregeld, terwijl artikel 41, vijfde lid, "
        "nog naar de archiefregels van artikel 46, tweede lid, verwijst.",
        E(
            c("slot/archief"),
            "  - id: archief.zorg\n"
            "    tekst: Het dagelijks bestuur draagt zorg voor de archiefbescheiden van het "
            "openbaar lichaam.\n",
            "  - id: archief.zorg\n"
            "    tekst: Het dagelijks bestuur draagt zorg voor de beveiliging van de "
            "informatiesystemen van het openbaar lichaam.\n",
        ),
        E(
            c("slot/archief"),
            '    tekst: "Het algemeen bestuur stelt, met overeenkomstige toepassing van de '
            'Archiefwet 1995, regels vast over:"\n'
            "    onderdelen:\n"
            "      - id: archief.regels.zorg\n"
            "        tekst: de zorg voor de archiefbescheiden, waaronder de digitale "
            "archiefbescheiden;\n"
            "      - id: archief.regels.overbrenging\n"
            "        tekst: de overbrenging van archiefbescheiden naar een archiefbewaarplaats; en\n"
            "      - id: archief.regels.overdracht\n"
            "        tekst: de overdracht van archiefbescheiden bij uittreding van een deelnemer of "
            "bij opheffing van de regeling.\n"
            "  - id: archief.bewaarplaats\n"
            '    tekst: "De archiefbescheiden die voor overbrenging in aanmerking komen, worden '
            'overgebracht naar de archiefbewaarplaats van de gemeente {{ vestigingsplaats }}."\n'
            "  - id: archief.toezicht\n"
            '    tekst: "De gemeentearchivaris van de gemeente {{ vestigingsplaats }} is belast met '
            "het toezicht op het beheer van de archiefbescheiden van het openbaar lichaam die niet "
            'zijn overgebracht."\n',
            "    tekst: Het algemeen bestuur stelt regels vast over de toegang tot de "
            "informatiesystemen en over de melding van beveiligingsincidenten.\n",
        ),
    ),
    D(
        "d-tag-evaluatie",
        "tekst-tag",
        "Artikel 26 (Evaluatie) regelt alleen nog een jaarverslag: de periodieke evaluatie van de "
        "regeling, die de Wgr sinds 1 juli 2022 eist, is verdwenen.",
        E(
            c("verantwoording/evaluatie"),
            "  - id: evaluatie.periodiek\n"
            "    tekst: Het algemeen bestuur evalueert deze regeling en de uitvoering ervan ten "
            "minste eenmaal in de vier jaar, voor het eerst in 2025.\n"
            "  - id: evaluatie.inhoud\n",
            "  - id: evaluatie.periodiek\n"
            "    tekst: Het dagelijks bestuur stelt jaarlijks een jaarverslag op over de uitvoering "
            "van de taken van het openbaar lichaam.\n"
            "  - id: evaluatie.inhoud\n",
        ),
        E(
            c("verantwoording/evaluatie"),
            '    tekst: "De evaluatie heeft in ieder geval betrekking op:"\n'
            "    onderdelen:\n"
            "      - id: evaluatie.inhoud.doeltreffendheid\n"
            "        tekst: de doeltreffendheid en de doelmatigheid van de uitvoering van de "
            "basistaken;\n"
            "      - id: evaluatie.inhoud.maatwerk\n"
            "        tekst: \"de werking van het stelsel van plustaken, bedoeld in {{ ref('plustaken') "
            '}};"\n'
            "      - id: evaluatie.inhoud.betrokkenheid\n"
            '        tekst: "de betrokkenheid van de raden, de inwoners en de belanghebbenden, '
            "bedoeld in {{ ref('h-betrekken') }};\"\n"
            "      - id: evaluatie.inhoud.financien\n"
            "        tekst: de financiële verhoudingen tussen de deelnemers, waaronder de werking "
            "van de verdeelsleutels; en\n"
            "      - id: evaluatie.inhoud.informatie\n"
            "        tekst: \"de inlichtingen aan de raden, bedoeld in {{ ref('inlichtingen') }}.\"\n"
            "  - id: evaluatie.betrekken\n"
            "    tekst: Het algemeen bestuur betrekt de raden, de regionale cliëntenraad en de "
            "adviesraden sociaal domein bij de evaluatie.\n"
            "  - id: evaluatie.verslag\n"
            "    tekst: Het algemeen bestuur zendt het evaluatieverslag, met zijn conclusies en "
            "eventuele voorstellen tot wijziging van deze regeling, aan de colleges en de raden.\n",
            "    tekst: Het dagelijks bestuur zendt het jaarverslag aan de colleges en de raden.\n",
        ),
    ),
    D(
        "d-tag-participatie",
        "tekst-tag",
        "Van artikel 22 (Participatie van inwoners en belanghebbenden) is alleen de "
        "klachtbehandeling over: de regels over het betrekken van inwoners en belanghebbenden, "
        "die de Wgr sinds 1 juli 2022 eist, zijn verdwenen.",
        E(
            c("betrekken/inwonersparticipatie"),
            "  - id: inwonersparticipatie.regels\n"
            "    tekst: Het algemeen bestuur stelt regels vast over de wijze waarop inwoners en "
            "belanghebbenden worden betrokken bij de voorbereiding en de uitvoering van het beleid "
            "van het openbaar lichaam.\n"
            "  - id: inwonersparticipatie.inhoud\n"
            "    tekst: \"De regels, bedoeld in {{ ref('inwonersparticipatie.regels') }}, bevatten "
            'ten minste:"\n'
            "    onderdelen:\n"
            "      - id: inwonersparticipatie.inhoud.onderwerpen\n"
            "        tekst: de onderwerpen waarover inwoners en belanghebbenden worden betrokken;\n"
            "      - id: inwonersparticipatie.inhoud.vormen\n"
            "        tekst: de vormen van participatie, waaronder de gelegenheid tot inspraak; en\n"
            "      - id: inwonersparticipatie.inhoud.terugkoppeling\n"
            "        tekst: de wijze waarop het bestuur terugkoppelt wat met de inbreng is gedaan.\n"
            "  - id: inwonersparticipatie.lokaal\n"
            "    tekst: Het algemeen bestuur houdt bij het vaststellen van de regels rekening met de "
            "regels die de raden over participatie hebben vastgesteld.\n",
            "",
        ),
    ),
    D(
        "d-tag-toetreding",
        "tekst-tag",
        "Artikel 39 (Toetreding) gaat alleen nog over een dienstverleningsovereenkomst met een "
        "gemeente die niet deelneemt: de toetreding zelf (toestemming van de raad, voorwaarden, "
        "zienswijze van alle raden, wijziging van de regeling; artikel 1 Wgr) is niet meer "
        "geregeld, terwijl de artikelen 12 en 20 nog naar ‘de voorwaarden voor toetreding’ in "
        "artikel 39, tweede lid, verwijzen.",
        E(
            c("toetreding/toetreding"),
            "    tekst: Het college van een gemeente die niet aan deze regeling deelneemt, kan tot "
            "deze regeling toetreden nadat de raad van die gemeente daarvoor toestemming heeft "
            "verleend.\n",
            "    tekst: Het dagelijks bestuur kan met het college van een gemeente die niet aan deze "
            "regeling deelneemt een overeenkomst sluiten over de uitvoering van taken voor de "
            "inwoners van die gemeente.\n",
        ),
        E(
            c("toetreding/toetreding"),
            '    tekst: "Het algemeen bestuur stelt de voorwaarden voor toetreding vast. De '
            'voorwaarden hebben in ieder geval betrekking op:"\n'
            "    onderdelen:\n"
            "      - id: toetreding.voorwaarden.datum\n"
            "        tekst: de datum van toetreding, die samenvalt met het begin van een "
            "begrotingsjaar;\n"
            "      - id: toetreding.voorwaarden.kosten\n"
            "        tekst: de bijdrage van de toetredende gemeente in de kosten die met de "
            "toetreding verband houden; en\n"
            "      - id: toetreding.voorwaarden.aanpassing\n"
            '        tekst: "de aanpassing van de stemverhouding, bedoeld in '
            "{{ ref('ab-stemverhouding') }}, en van de verdeelsleutels, bedoeld in "
            "{{ ref('fin-verdeelsleutels') }}.\"\n"
            "  - id: toetreding.zienswijze\n"
            "    tekst: Het algemeen bestuur stelt de raden van de deelnemers en de raad van de "
            "toetredende gemeente in de gelegenheid binnen acht weken een zienswijze over de "
            "voorgenomen toetreding naar voren te brengen, voordat het de voorwaarden vaststelt.\n"
            "  - id: toetreding.wijziging\n"
            '    tekst: "De toetreding komt tot stand door een wijziging van deze regeling, waarop '
            "{{ ref('wijziging') }} van toepassing is.\"\n",
            "    tekst: Het algemeen bestuur stelt de voorwaarden vast waaronder zo'n overeenkomst "
            "kan worden gesloten.\n",
        ),
    ),
    D(
        "d-tag-opheffing",
        "tekst-tag",
        "Artikel 43 (Opheffing) regelt alleen nog de beëindiging van een plustaak: de opheffing "
        "van de regeling (besluit van de colleges, toestemming van de raden, datum, liquidatie) "
        "is niet meer geregeld, terwijl artikel 20, eerste lid, onderdeel f, nog naar het "
        "voorstel tot opheffing in artikel 43, tweede lid, verwijst.",
        E(
            c("toetreding/opheffing"),
            "  - id: opheffing.besluit\n"
            "    tekst: Deze regeling wordt opgeheven als de colleges van ten minste vijf deelnemers "
            "daartoe besluiten, nadat de raden van hun gemeenten toestemming hebben verleend.\n"
            "  - id: opheffing.zienswijze\n"
            "    tekst: Het algemeen bestuur stelt de raden in de gelegenheid binnen acht weken een "
            "zienswijze over een voorstel tot opheffing naar voren te brengen.\n"
            "  - id: opheffing.datum\n"
            "    tekst: De opheffing gaat in op 1 januari van een kalenderjaar, maar niet eerder dan "
            "een jaar na het besluit tot opheffing.\n"
            "  - id: opheffing.liquidatie\n"
            '    tekst: "Bij opheffing wordt het openbaar lichaam geliquideerd overeenkomstig '
            "{{ ref('liquidatie') }}.\"\n",
            "  - id: opheffing.besluit\n"
            "    tekst: Een deelnemer kan een plustaak beëindigen met inachtneming van de "
            "opzegtermijn in de dienstverleningsovereenkomst.\n"
            "  - id: opheffing.zienswijze\n"
            "    tekst: Het dagelijks bestuur informeert de raden over de voorgenomen beëindiging "
            "van een plustaak.\n",
        ),
    ),
    D(
        "d-tag-bestuursorganen",
        "tekst-tag",
        "Artikel 4 (Bestuursorganen, onderwerp ‘organen’) noemt de organen niet meer: het zegt "
        "alleen dat het openbaar lichaam rechtspersoon is. Dat het openbaar lichaam een algemeen "
        "bestuur, een dagelijks bestuur en een voorzitter heeft (artikel 12 Wgr), staat er niet "
        "meer.",
        E(
            c("algemeen/bestuursorganen"),
            '    tekst: "Het bestuur van het openbaar lichaam bestaat uit:"\n'
            "    onderdelen:\n"
            "      - id: bestuursorganen.organen.ab\n"
            "        tekst: het algemeen bestuur;\n"
            "      - id: bestuursorganen.organen.db\n"
            "        tekst: het dagelijks bestuur; en\n"
            "      - id: bestuursorganen.organen.voorzitter\n"
            "        tekst: de voorzitter.\n",
            "    tekst: Het openbaar lichaam is rechtspersoon.\n",
        ),
    ),
    D(
        "d-tag-belang",
        "tekst-tag",
        "Artikel 3 (Belang), eerste lid, omschrijft het belang niet meer, maar alleen het "
        "werkgebied: de Wgr (artikel 10) eist dat de regeling het belang omschrijft waarvoor zij "
        "is getroffen, en de artikelen 3, derde lid, en 8, vierde lid, verwijzen naar dat belang.",
        E(
            c("algemeen/belang"),
            '    tekst: "Het openbaar lichaam behartigt de belangen van de deelnemers op het gebied '
            'van het sociaal domein, in het bijzonder:"\n'
            "    onderdelen:\n"
            "      - id: belang.behartiging.inkomen\n"
            "        tekst: het verstrekken van inkomensondersteuning aan inwoners die niet of niet "
            "voldoende in hun levensonderhoud kunnen voorzien;\n"
            "      - id: belang.behartiging.participatie\n"
            "        tekst: het bevorderen van de arbeidsinschakeling en de maatschappelijke "
            "participatie van inwoners met een afstand tot de arbeidsmarkt;\n"
            "      - id: belang.behartiging.schulden\n"
            "        tekst: het voorkomen en oplossen van problematische schulden van inwoners;\n"
            "      - id: belang.behartiging.minima\n"
            "        tekst: het ondersteunen van inwoners met een laag inkomen; en\n"
            "      - id: belang.behartiging.zelfredzaamheid\n"
            "        tekst: het ondersteunen van de zelfredzaamheid van inwoners, voor zover een "
            "deelnemer die taak aan het openbaar lichaam opdraagt.\n",
            "    tekst: Het openbaar lichaam is werkzaam op het grondgebied van de deelnemers.\n",
        ),
    ),
    D(
        "d-tag-inlichtingen",
        "tekst-tag",
        "Van artikel 24 (Inlichtingen) is alleen de weigeringsgrond ‘openbaar belang’ over: de "
        "plicht van de besturen om de raden en de colleges inlichtingen te geven en de vragen van "
        "raadsleden te beantwoorden (artikelen 16 tot en met 19 Wgr) is verdwenen.",
        E(
            c("verantwoording/inlichtingen"),
            "  - id: inlichtingen.raden\n"
            "    tekst: Het algemeen bestuur en het dagelijks bestuur verstrekken de raden "
            "ongevraagd alle inlichtingen die voor een juiste beoordeling van het door hen "
            "gevoerde bestuur nodig zijn.\n"
            "  - id: inlichtingen.raadsleden\n"
            "    tekst: Een lid van een raad kan schriftelijk vragen stellen aan het algemeen "
            "bestuur. Het dagelijks bestuur beantwoordt de vragen namens het algemeen bestuur "
            "binnen vier weken en zendt een afschrift van het antwoord aan de andere raden.\n"
            "  - id: inlichtingen.colleges\n"
            "    tekst: Het algemeen bestuur en het dagelijks bestuur verstrekken een college de "
            "inlichtingen die het college verlangt.\n"
            "  - id: inlichtingen.onderwerpen\n"
            '    tekst: "Het dagelijks bestuur informeert de colleges en de raden in ieder geval '
            'tijdig over:"\n'
            "    onderdelen:\n"
            "      - id: inlichtingen.onderwerpen.bijdragen\n"
            "        tekst: ontwikkelingen die leiden tot een wijziging van de bijdragen van de "
            "deelnemers;\n"
            "      - id: inlichtingen.onderwerpen.buig\n"
            "        tekst: ontwikkelingen in het aantal uitkeringen en in de verhouding tussen de "
            "lasten van de uitkeringen en de BUIG; en\n"
            "      - id: inlichtingen.onderwerpen.uitvoering\n"
            "        tekst: voornemens die de uitvoering van de basistaken of van de plustaken "
            "wezenlijk raken.\n",
            "",
        ),
    ),
    D(
        "d-tag-uittreding",
        "tekst-tag",
        "Artikel 40 (Uittreding) regelt alleen nog de opzegging van een plustaak: de uittreding "
        "uit de regeling (toestemming van de raad, zienswijze van alle raden, datum; artikel 1 "
        "Wgr) is niet meer geregeld.",
        E(
            c("toetreding/uittreding"),
            "  - id: uittreding.besluit\n"
            "    tekst: Een college kan uit deze regeling treden nadat de raad van zijn gemeente "
            "daarvoor toestemming heeft verleend. Het college deelt het besluit tot uittreding mee "
            "aan het algemeen bestuur en aan de andere colleges.\n"
            "  - id: uittreding.zienswijze\n"
            "    tekst: Voordat een college tot uittreding besluit, stelt het de raden van alle "
            "deelnemers in de gelegenheid binnen acht weken hun zienswijze over de voorgenomen "
            "uittreding en de gevolgen daarvan naar voren te brengen.\n"
            "  - id: uittreding.datum\n"
            "    tekst: De uittreding gaat in op 1 januari van het tweede kalenderjaar na het jaar "
            "waarin het besluit tot uittreding aan het algemeen bestuur is meegedeeld, maar niet "
            "eerder dan op 1 januari 2026.\n"
            "  - id: uittreding.regeling\n"
            "    tekst: Het algemeen bestuur regelt de gevolgen van de uittreding in een "
            "uittredingsregeling, nadat het de uittredende deelnemer heeft gehoord. Het zendt de "
            "uittredingsregeling aan de colleges en de raden.\n"
            "  - id: uittreding.plustaken\n"
            '    tekst: "Een uittredende deelnemer beëindigt de dienstverleningsovereenkomsten die '
            "hij heeft gesloten met ingang van de datum, bedoeld in {{ ref('uittreding.datum') "
            '}}."\n',
            "  - id: uittreding.besluit\n"
            "    tekst: Een college kan de dienstverleningsovereenkomst over een plustaak opzeggen "
            "met inachtneming van de opzegtermijn die daarin is bepaald.\n"
            "  - id: uittreding.datum\n"
            "    tekst: De opzegging gaat in op 1 januari van het jaar na het jaar waarin zij aan "
            "het dagelijks bestuur is meegedeeld.\n",
        ),
    ),
)

GETALLEN: tuple[Case, ...] = (
    D(
        "d-get-toelichting-tien-weken",
        "getallen",
        "De algemene toelichting van de regeling (Financiën) geeft de raden ‘tien weken’ voor "
        "hun zienswijze op de ontwerpbegroting; artikel 30, derde lid, en de Wgr (artikel 35, "
        "derde lid, sinds 2022) geven twaalf weken.",
        E(
            GR,
            "en zij hebben twaalf weken de tijd voor een zienswijze over de",
            "en zij hebben tien weken de tijd voor een zienswijze over de",
        ),
        mark="tien weken",
    ),
    D(
        "d-get-begroting-gs-november",
        "getallen",
        "Artikel 30, zesde lid, laat de begroting ‘uiterlijk op 30 november’ naar Gedeputeerde "
        "Staten gaan; de Wgr eist toezending vóór 15 september (artikel 34 Wgr, zoals domain.md "
        "het noemt; het lid is niet nagekeken), en de toelichting van het artikel en de algemene "
        "toelichting zeggen ook 15 september.",
        E(
            c("financien/fin-begroting"),
            "maar in ieder geval vóór 15 september van het jaar voorafgaand aan het begrotingsjaar",
            "maar uiterlijk op 30 november van het jaar voorafgaand aan het begrotingsjaar",
        ),
        mark="30 november",
    ),
    D(
        "d-get-jaarrekening-gs-augustus",
        "getallen",
        "Artikel 31, derde lid, laat de jaarrekening ‘uiterlijk 15 augustus’ naar Gedeputeerde "
        "Staten gaan; de Wgr (artikel 34b) eist toezending vóór 15 juli.",
        E(
            c("financien/fin-jaarrekening"),
            "maar in ieder geval vóór 15 juli van het jaar volgend op het begrotingsjaar",
            "maar uiterlijk 15 augustus van het jaar volgend op het begrotingsjaar",
        ),
        mark="15 augustus",
    ),
    D(
        "d-get-voorlopige-jaarrekening-juni",
        "getallen",
        "Artikel 31, eerste lid, zendt de voorlopige jaarrekening ‘vóór 1 juni’ aan de raden; de "
        "Wgr (artikel 34b) eist vóór 15 april, en de toelichting van het artikel zegt ook 15 april.",
        E(
            c("financien/fin-jaarrekening"),
            "vóór 15 april van het jaar volgend op het begrotingsjaar aan de raden.",
            "vóór 1 juni van het jaar volgend op het begrotingsjaar aan de raden.",
        ),
        mark="1 juni",
    ),
    D(
        "d-get-kaderbrief-mei",
        "getallen",
        "Artikel 30, eerste lid, zendt de financiële en beleidsmatige kaders ‘uiterlijk op 31 mei’ "
        "aan de raden; de Wgr (artikel 34b) eist vóór 15 april, zoals de toelichting ook zegt.",
        E(
            c("financien/fin-begroting"),
            "zendt vóór 15 april van het jaar voorafgaand aan het begrotingsjaar",
            "zendt uiterlijk op 31 mei van het jaar voorafgaand aan het begrotingsjaar",
        ),
        mark="31 mei",
    ),
    D(
        "d-get-wijziging-zes-weken",
        "getallen",
        "Artikel 42, tweede lid, geeft de raden zes weken voor een zienswijze op een ontwerp tot "
        "wijziging; artikel 1 Wgr (sinds 1 juli 2022) geeft iedere raad acht weken.",
        E(
            c("toetreding/wijziging"),
            "binnen acht weken een zienswijze over het ontwerp",
            "binnen zes weken een zienswijze over het ontwerp",
        ),
        mark="zes weken",
    ),
    D(
        "d-get-uittreding-4-weken",
        "getallen",
        "Artikel 40, tweede lid, geeft de raden ‘4 weken’ voor hun zienswijze op een voorgenomen "
        "uittreding; artikel 1 Wgr geeft acht weken, en de toelichting zegt ook acht weken.",
        E(
            c("toetreding/uittreding"),
            "binnen acht weken hun zienswijze over de voorgenomen uittreding",
            "binnen 4 weken hun zienswijze over de voorgenomen uittreding",
        ),
        mark="4 weken",
    ),
    D(
        "d-get-staffel-zes-stemmen",
        "getallen",
        "Met ‘zes stemmen’ bij 50.000 inwoners of meer krijgt Dordrecht (119.115 inwoners) zes van "
        "de zestien stemmen, meer dan het derde dat artikel 11, vierde lid, als maximum stelt; de "
        "toelichting rekent nog met vier stemmen en veertien in totaal.",
        E(
            c("bestuur/ab-stemverhouding"),
            'tekst: "bij 50.000 inwoners of meer: vier stemmen."',
            'tekst: "bij 50.000 inwoners of meer: zes stemmen."',
        ),
        mark="zes stemmen",
    ),
    D(
        "d-get-maximum-drie-stemmen",
        "getallen",
        "Artikel 11, vierde lid, staat niet meer dan drie stemmen per lid toe, maar het eerste lid, "
        "onderdeel c, geeft een deelnemer met 50.000 inwoners of meer vier stemmen: het artikel "
        "spreekt zichzelf tegen.",
        E(
            c("bestuur/ab-stemverhouding"),
            "tekst: Geen lid brengt meer dan een derde van het totale aantal stemmen in het "
            "algemeen bestuur uit.",
            "tekst: Geen lid brengt in het algemeen bestuur meer dan drie stemmen uit.",
        ),
        alt=(Loc(c("bestuur/ab-stemverhouding"), "inwoners of meer: vier stemmen."),),
    ),
    D(
        "d-get-toelichting-vier-deelnemers",
        "getallen",
        "De algemene toelichting (Bestuur en verantwoording) zegt dat de gekwalificeerde "
        "meerderheid de steun van ten minste vier deelnemers vergt; artikel 12, derde lid, eist "
        "vijf deelnemers.",
        E(GR, "        vijf deelnemers vergt.", "        vier deelnemers vergt."),
        mark="vier",
    ),
    D(
        "d-get-db-vier-leden-toelichting",
        "getallen",
        "De toelichting bij artikel 18 spreekt van een dagelijks bestuur van vier leden; artikel "
        "16, eerste lid, stelt het op de voorzitter en twee andere leden, dus drie.",
        E(
            c("bestuur/db-vergaderingen"),
            "Omdat het dagelijks bestuur drie leden telt",
            "Omdat het dagelijks bestuur vier leden telt",
        ),
        mark="vier leden",
    ),
    D(
        "d-get-zes-rekenkamers",
        "getallen",
        "De toelichting bij artikel 26a spreekt van ‘de zes rekenkamers’; er zijn zeven "
        "deelnemers (deelnemers.yaml), en de zin eindigt zelf met ‘niet zeven keer’.",
        E(
            c("verantwoording/rekenkamer"),
            "onderzoeken van de zeven rekenkamers op",
            "onderzoeken van de zes rekenkamers op",
        ),
        mark="zes rekenkamers",
    ),
    D(
        "d-get-opheffing-8-deelnemers",
        "getallen",
        "Artikel 43, eerste lid, vraagt de colleges van ‘ten minste 8 deelnemers’ voor opheffing: "
        "er zijn er zeven (deelnemers.yaml), dus de regeling kan nooit worden opgeheven; de "
        "toelichting noemt vijf.",
        E(
            c("toetreding/opheffing"),
            "als de colleges van ten minste vijf deelnemers daartoe besluiten",
            "als de colleges van ten minste 8 deelnemers daartoe besluiten",
        ),
        mark="8 deelnemers",
    ),
    D(
        "d-get-db-quorum-vier",
        "getallen",
        "Artikel 18, derde lid, laat het dagelijks bestuur alleen besluiten als ten minste vier "
        "leden aanwezig zijn; het telt er drie (artikel 16, eerste lid), dus het kan nooit besluiten.",
        E(
            c("bestuur/db-vergaderingen"),
            "kan alleen besluiten als ten minste twee leden aanwezig zijn.",
            "kan alleen besluiten als ten minste vier leden aanwezig zijn.",
        ),
        mark="vier leden",
    ),
    D(
        "d-get-inwerkingtreding-juli-2021",
        "getallen",
        "Artikel 49, eerste lid, laat de regeling op 1 juli 2021 in werking treden, vóór haar "
        "vaststelling op 2 december 2021 en anders dan de datum van inwerkingtreding 1 januari 2022 "
        "(mijlpalen.yaml; toelichting).",
        E(
            c("slot/inwerkingtreding"),
            "tekst: Deze regeling treedt in werking met ingang van 1 januari 2022.",
            "tekst: Deze regeling treedt in werking met ingang van 1 juli 2021.",
        ),
        mark="1 juli 2021",
    ),
    D(
        "d-get-evaluatie-2021",
        "getallen",
        "Artikel 26, eerste lid, laat de eerste evaluatie in 2021 plaatsvinden, vóór de "
        "inwerkingtreding van de regeling op 1 januari 2022; de toelichting noemt 2025.",
        E(
            c("verantwoording/evaluatie"),
            "voor het eerst in 2025.",
            "voor het eerst in 2021.",
        ),
        mark="2021",
    ),
    D(
        "d-get-iit-105-procent",
        "getallen",
        "De toelichting bij artikel 1 van de verordening individuele inkomenstoeslag noemt een "
        "inkomensgrens van 105 procent; het artikel (onderdeel d) stelt 110 procent.",
        E(
            c("inkomenstoeslag/iit-begripsbepalingen"),
            "gesteld op 110 procent van de bijstandsnorm.",
            "gesteld op 105 procent van de bijstandsnorm.",
        ),
        mark="105 procent",
    ),
    D(
        "d-get-recidive-zes-maanden",
        "getallen",
        "Artikel 8 van de verordening maatregelen en handhaving spreekt zichzelf tegen: het "
        "eerste lid rekent recidive binnen twaalf maanden, het derde lid laat ‘de termijn van zes "
        "maanden’ aanvangen.",
        E(
            c("handhaving/hh-recidive"),
            "tekst: De termijn van twaalf maanden vangt aan",
            "tekst: De termijn van zes maanden vangt aan",
        ),
        mark="zes maanden",
    ),
    D(
        "d-get-weerstand-toelichting",
        "getallen",
        "De toelichting bij artikel 36 noemt een maximum van 7,5 procent voor de algemene "
        "reserve; het tweede lid stelt vijf procent.",
        E(
            c("financien/fin-weerstand"),
            "Het maximum van vijf procent van de lasten",
            "Het maximum van 7,5 procent van de lasten",
        ),
        mark="7,5 procent",
    ),
    D(
        "d-get-adviestermijn-vier-weken",
        "getallen",
        "Artikel 23, tweede lid, stelt de adviestermijn op ten minste vier weken; de toelichting "
        "belooft de adviesraden ten minste zes weken.",
        E(
            c("betrekken/adviesraden"),
            "die ten minste zes weken bedraagt.",
            "die ten minste vier weken bedraagt.",
        ),
        mark="vier weken",
        alt=(Loc(c("betrekken/adviesraden"), "De adviestermijn van ten minste zes weken"),),
    ),
    D(
        "d-get-ab-eenmaal",
        "getallen",
        "Artikel 13, eerste lid, laat het algemeen bestuur ten minste eenmaal per jaar vergaderen; "
        "de toelichting zegt ten minste twee keer (jaarrekening en begroting), en die stukken "
        "vragen twee vergaderingen.",
        E(
            c("bestuur/ab-vergaderingen"),
            "maar ten minste twee keer per jaar.",
            "maar ten minste eenmaal per jaar.",
        ),
        mark="eenmaal",
    ),
    D(
        "d-get-spelregels-negen",
        "getallen",
        "De bijlage Spelregels maatwerk spreekt van een plustaak die ‘door ten minste negen "
        "deelnemers’ wordt afgenomen: er zijn er zeven (deelnemers.yaml).",
        E(
            SPEL,
            "Als een plustaak door ten minste vijf deelnemers wordt afgenomen",
            "Als een plustaak door ten minste negen deelnemers wordt afgenomen",
        ),
        mark="negen",
    ),
    D(
        "d-get-gekwalificeerd-drie-vierde",
        "getallen",
        "Artikel 12, derde lid, vraagt drie vierde van de uitgebrachte stemmen; de toelichting "
        "bij het artikel spreekt van twee derde.",
        E(
            c("bestuur/ab-besluitvorming"),
            "vergt ten minste twee derde van de uitgebrachte stemmen",
            "vergt ten minste drie vierde van de uitgebrachte stemmen",
        ),
        mark="drie vierde",
    ),
    D(
        "d-get-mandaatbesluit-2021",
        "getallen",
        "Artikel 8 van het mandaatbesluit laat het besluit op 1 januari 2021 in werking treden, een "
        "jaar vóór de regeling waarop het berust (1 januari 2022) en vóór de vaststelling in 2021; "
        "de toelichting zegt ‘gelijktijdig met de regeling’.",
        E(
            c("mandaat/mb-inwerkingtreding"),
            "met ingang van 1 januari 2022, of,",
            "met ingang van 1 januari 2021, of,",
        ),
        mark="1 januari 2021",
    ),
    D(
        "d-get-reactietermijn-zes-weken",
        "getallen",
        "De ronde van het ontwerp van de eerste wijziging (verzonden 13 maart 2023) geeft de raden "
        "tot 24 april 2023, zes weken: voor een zienswijze op een ontwerp tot wijziging heeft "
        "iedere raad sinds 1 juli 2022 acht weken (artikel 1 Wgr), dus tot 8 mei 2023, zoals de "
        "procestekst van de mijlpaal ook zegt.",
        E(
            "mijlpalen.yaml",
            "    reactie_uiterlijk: 2023-05-08",
            "    reactie_uiterlijk: 2023-04-24",
        ),
    ),
    D(
        "d-get-raad-na-reactiedatum",
        "getallen",
        "De raad van Dordrecht behandelt de zienswijze op het ontwerp van de eerste wijziging op "
        "16 mei 2023, na de uiterste reactiedatum van 8 mei 2023 (mijlpalen.yaml): de zienswijze "
        "van die raad komt te laat (artikel 1 Wgr: binnen acht weken).",
        E(
            "brieven.yaml",
            "        college: 2023-03-21\n        raad: 2023-04-25",
            "        college: 2023-03-21\n        raad: 2023-05-16",
        ),
        mark="raad: 2023-05-16",
    ),
)

WMO_ROW = (
    "  - id: wmo-verordening\n"
    "    wet: Wet maatschappelijke ondersteuning 2015\n"
    '    artikel: "2.1.3"\n'
    "    omschrijving: Vaststellen van de verordening maatschappelijke ondersteuning\n"
    "    oorspronkelijk: raad\n"
    "    soort: mandaat\n"
    "    ontvanger: dagelijks_bestuur\n"
    "    instemming: true\n"
    "    ondermandaat: false\n"
    "    uitzonderingen: [bezwaar]\n"
    "    deelnemers: {plustaak: wmo-huishoudelijke-hulp}\n"
    "    grondslag: artikel 2.1.3 Wmo 2015 en de artikelen 10:3 en 10:4 Awb\n"
    "    verordening: true\n"
)

MINIMA_ROW = (
    "  - id: min-bijzondere-bijstand\n"
    "    wet: Participatiewet\n"
    '    artikel: "35"\n'
    "    omschrijving: Beslissen op aanvragen om bijzondere bijstand voor kosten die samenhangen "
    "met het minimabeleid\n"
    "    oorspronkelijk: college\n"
    "    soort: mandaat\n"
    "    ontvanger: dagelijks_bestuur\n"
    "    instemming: true\n"
    "    ondermandaat: true\n"
    "    uitzonderingen: [bezwaar]\n"
    "    deelnemers: alle\n"
    "    grondslag: artikel 35 Participatiewet en de artikelen 10:3 en 10:4 Awb\n"
    "    verordening: false\n"
)

VERWIJZING: tuple[Case, ...] = (
    D(
        "d-ver-artikel-54",
        "verwijzing",
        "De toelichting bij artikel 48 (Duur) verwijst voor de uittreding naar ‘artikel 54’: de "
        "regeling telt 50 artikelen (en artikel 26a); de uittreding staat in artikel 40.",
        E(
            c("slot/duur"),
            "Een deelnemer kan op grond van {{ ref('uittreding') }}",
            "Een deelnemer kan op grond van artikel 54",
        ),
        mark="artikel 54",
    ),
    D(
        "d-ver-artikel-7-plustaak",
        "verwijzing",
        "De toelichting bij artikel 6 zegt dat schuldhulpverlening en bewindvoering als plustaak "
        "worden uitgevoerd ‘op grond van artikel 7’; artikel 7 regelt het mandaat van de "
        "basistaken, de plustaken staan in artikel 8.",
        E(c("delegatie/delegatie-bevoegdheden"), "    {{ ref('plustaken') }}.", "    artikel 7."),
        mark="artikel 7",
    ),
    D(
        "d-ver-pb-overweging-artikel-6",
        "verwijzing",
        "Een overweging van het besluit delegatie en mandaat plustaken noemt als voorwaarde voor "
        "de start van een plustaak ‘artikel 6, tweede lid, van de Gemeenschappelijke Regeling "
        "Sociaal’; dat lid gaat over beleidsregels bij de overgedragen basistaken, de voorwaarden "
        "staan in artikel 8, tweede lid.",
        E(
            PB,
            "dat het openbaar lichaam op grond van {{ ref('gr-sociaal', 'plustaken.voorwaarden') }} "
            "pas",
            "dat het openbaar lichaam op grond van artikel 6, tweede lid, van de Gemeenschappelijke "
            "Regeling Sociaal pas",
        ),
        mark="artikel 6, tweede lid",
    ),
    D(
        "d-ver-register-wob",
        "verwijzing",
        "De mandaatlijst noemt voor de informatieverzoeken aan het algemeen bestuur de Wet "
        "openbaarheid van bestuur; die is op 1 mei 2022 vervangen door de Wet open overheid, "
        "die artikel 2 van het mandaatbesluit zelf noemt.",
        E(
            REG8,
            'wet: Wet open overheid\n    artikel: "4.1"',
            'wet: Wet openbaarheid van bestuur\n    artikel: "3"',
        ),
    ),
    D(
        "d-ver-wwb-bijstandsnorm",
        "verwijzing",
        "Het begrip bijstandsnorm in de verordening individuele inkomenstoeslag verwijst naar de "
        "Wet werk en bijstand; die heet sinds 1 januari 2015 Participatiewet (de aanhef van de "
        "verordening noemt de Participatiewet).",
        E(
            c("inkomenstoeslag/iit-begripsbepalingen"),
            "bedoeld in artikel 21 of artikel 22 van de Participatiewet",
            "bedoeld in artikel 21 of artikel 22 van de Wet werk en bijstand",
        ),
        mark="Wet werk en bijstand",
    ),
    D(
        "d-ver-register-minima-delegatieartikelen",
        "verwijzing",
        "De registerregel min-regelingen is een mandaat, maar noemt als grondslag de artikelen "
        "10:13 en 10:14 Awb, die over delegatie gaan; voor mandaat aan een orgaan buiten de lijn "
        "gelden de artikelen 10:3 en 10:4 Awb.",
        E(
            REG5,
            "grondslag: artikel 160, eerste lid, Gemeentewet en de artikelen 10:3 en 10:4 Awb",
            "grondslag: artikel 160, eerste lid, Gemeentewet en de artikelen 10:13 en 10:14 Awb",
        ),
    ),
    D(
        "d-ver-register-machtiging-109",
        "verwijzing",
        "De machtiging om namens het college tegenover de kantonrechter op te treden noemt als "
        "grondslag artikel 10:9 Awb (ondermandaat); machtiging valt onder artikel 10:12 Awb.",
        E(REG6, "grondslag: artikel 10:12 Awb", "grondslag: artikel 10:9 Awb"),
    ),
    D(
        "d-ver-mb-begrip-1013",
        "verwijzing",
        "Het begrip mandaat in artikel 1 van het mandaatbesluit plaatst volmacht en machtiging "
        "onder artikel 10:13 Awb; dat artikel omschrijft delegatie. Volmacht en machtiging staan "
        "in artikel 10:12 Awb.",
        E(
            c("mandaat/mb-begripsbepalingen"),
            "volmacht en machtiging als bedoeld in artikel 10:12 van die wet",
            "volmacht en machtiging als bedoeld in artikel 10:13 van die wet",
        ),
        mark="10:13",
    ),
    D(
        "d-ver-bbz-grondslag-1015",
        "verwijzing",
        "De registerregel bbz-bedrijfskapitaal (delegatie) noemt als grondslag alleen artikel "
        "10:15 Awb; dat artikel eist een wettelijke grondslag maar is er zelf geen (de Wgr en het "
        "Besluit bijstandverlening zelfstandigen 2004 zijn dat).",
        E(
            REG3,
            "grondslag: het Besluit bijstandverlening zelfstandigen 2004 en de Wet "
            "gemeenschappelijke regelingen",
            "grondslag: artikel 10:15 Awb",
        ),
    ),
    D(
        "d-ver-ondermandaat-wob",
        "verwijzing",
        "Artikel 3, tweede lid, van het mandaatbesluit laat de directeur alle bevoegdheden verder "
        "mandateren, ook het mandaat van het algemeen bestuur voor informatieverzoeken; het "
        "algemeen bestuur heeft ondermandaat daarvoor niet toegestaan (mandaatlijst: ondermandaat "
        "nee; toelichting: ‘persoonlijk aan de directeur verleend’), en ondermandaat kan alleen "
        "met toestemming van de mandaatgever (artikel 10:9 Awb).",
        E(
            c("mandaat/mb-ondermandaat"),
            'tekst: "De directeur kan de bevoegdheden die hem bij dit besluit zijn gemandateerd, '
            "met uitzondering van de bevoegdheid, bedoeld in "
            "{{ ref('mb-mandaat-directeur.algemeen-bestuur') }}, verder mandateren",
            'tekst: "De directeur kan alle bevoegdheden die hem bij dit besluit zijn gemandateerd '
            "verder mandateren",
        ),
        alt=(
            Loc(
                c("mandaat/mb-ondermandaat"),
                "Het mandaat van het algemeen bestuur is persoonlijk aan de directeur verleend",
            ),
        ),
    ),
    D(
        "d-ver-wmo-bezwaar",
        "verwijzing",
        "De registerregel wmo-maatwerkvoorziening (mandaat aan het dagelijks bestuur) heeft geen "
        "uitzonderingen meer: wie het besluit in mandaat nam, zou dan ook op het bezwaar beslissen, "
        "wat artikel 10:3, derde lid, Awb uitsluit.",
        E(
            REG7,
            "    uitzonderingen: [bezwaar]\n"
            "    deelnemers: {plustaak: wmo-huishoudelijke-hulp}\n"
            "    grondslag: artikelen 2.3.5 en 2.3.6 Wmo 2015",
            "    uitzonderingen: []\n"
            "    deelnemers: {plustaak: wmo-huishoudelijke-hulp}\n"
            "    grondslag: artikelen 2.3.5 en 2.3.6 Wmo 2015",
        ),
    ),
    D(
        "d-ver-boete-uitzondering",
        "verwijzing",
        "De mandaatlijst laat de directeur de bestuurlijke boete van artikel 18a Participatiewet "
        "opleggen zonder de uitzondering ‘boete’: wie het rapport opmaakte, mag de boete dan "
        "opleggen, wat artikel 10:3, vierde lid, Awb verbiedt (de bijlage en de toelichting van "
        "het mandaatbesluit zeggen het ook).",
        E(
            REG8,
            'artikel: "18a"\n'
            "    omschrijving: Opleggen van een bestuurlijke boete wegens het niet of niet behoorlijk "
            "nakomen van de inlichtingenplicht\n"
            "    oorspronkelijk: dagelijks_bestuur\n"
            "    soort: mandaat\n"
            "    ontvanger: directeur\n"
            "    ondermandaat: true\n"
            "    uitzonderingen: [bezwaar, boete]",
            'artikel: "18a"\n'
            "    omschrijving: Opleggen van een bestuurlijke boete wegens het niet of niet behoorlijk "
            "nakomen van de inlichtingenplicht\n"
            "    oorspronkelijk: dagelijks_bestuur\n"
            "    soort: mandaat\n"
            "    ontvanger: directeur\n"
            "    ondermandaat: true\n"
            "    uitzonderingen: [bezwaar]",
        ),
        mark="uitzonderingen: [bezwaar]",
    ),
    D(
        "d-ver-minima-instemming",
        "verwijzing",
        "Het mandaat van de colleges aan het dagelijks bestuur voor de minimaregelingen legt de "
        "instemming van het dagelijks bestuur niet meer vast; het dagelijks bestuur werkt niet "
        "onder de verantwoordelijkheid van de colleges, dus instemming is nodig (artikel 10:4 Awb; "
        "toelichting bij artikel 7).",
        E(REG5, "    instemming: true\n", ""),
    ),
    D(
        "d-ver-bbz-delegatie-directeur",
        "verwijzing",
        "De mandaatlijst draagt de Bbz-bevoegdheden van het dagelijks bestuur bij delegatie over "
        "aan de directeur, een ondergeschikte: delegatie aan een ondergeschikte is niet toegestaan "
        "(artikel 10:14 Awb), en de lijst is volgens het mandaatbesluit een lijst van mandaten.",
        E(
            REG8,
            "met uitzondering van een geldlening voor bedrijfskapitaal van meer dan € 100.000\n"
            "    oorspronkelijk: dagelijks_bestuur\n"
            "    soort: mandaat",
            "met uitzondering van een geldlening voor bedrijfskapitaal van meer dan € 100.000\n"
            "    oorspronkelijk: dagelijks_bestuur\n"
            "    soort: delegatie",
        ),
        mark="soort: delegatie",
    ),
    D(
        "d-ver-bijzondere-bijstand-dubbel",
        "verwijzing",
        "De colleges mandateren het dagelijks bestuur de bijzondere bijstand (artikel 35 "
        "Participatiewet), terwijl zij die bevoegdheid bij artikel 6 al hebben overgedragen "
        "(register: pw-bijzondere-bijstand, delegatie): na delegatie kan het college de "
        "bevoegdheid niet meer zelf uitoefenen en dus ook niet mandateren (artikel 10:17 Awb).",
        E(REG5, "    verordening: false\n", "    verordening: false\n" + MINIMA_ROW),
        mark="- id: min-bijzondere-bijstand",
        alt=(Loc(REG1, "id: pw-bijzondere-bijstand"),),
    ),
    D(
        "d-ver-raad-wmo-verordening",
        "verwijzing",
        "Het register mandateert het vaststellen van de Wmo-verordening van de raad (artikel 2.1.3 "
        "Wmo 2015) aan het dagelijks bestuur: in een collegeregeling worden bevoegdheden van de raad "
        "niet overgedragen of gemandateerd, en mandaat tot het vaststellen van algemeen verbindende "
        "voorschriften is uitgesloten (artikel 10:3, tweede lid, onderdeel a, Awb); de kop van het "
        "register zegt het zelf.",
        E(
            REG7,
            "grondslag: artikelen 2.3.10 en 2.4.1 Wmo 2015 en de artikelen 10:3 en 10:4 Awb\n"
            "    verordening: false\n",
            "grondslag: artikelen 2.3.10 en 2.4.1 Wmo 2015 en de artikelen 10:3 en 10:4 Awb\n"
            "    verordening: false\n" + WMO_ROW,
        ),
        mark="- id: wmo-verordening",
    ),
    D(
        "d-ver-iit-aanhef-college",
        "verwijzing",
        "De aanhef van de verordening individuele inkomenstoeslag noemt het college als het orgaan "
        "dat vaststelt; een verordening op grond van artikel 8 Participatiewet stelt de raad vast "
        "(manifest: vastgesteld door de raad; slotformule: de raad).",
        E(
            IIT,
            '  - "De raad van de gemeente {{ deelnemer.naam }};"',
            '  - "Het college van burgemeester en wethouders van {{ deelnemer.naam }};"',
        ),
    ),
    D(
        "d-ver-mb-citeertitel-2021",
        "verwijzing",
        "Artikel 9 van het mandaatbesluit noemt als citeertitel ‘Mandaatbesluit Sociale Dienst "
        "Drechtsteden 2021’; het manifest (en de bijlage bij de regeling) noemen het besluit van "
        "2022.",
        E(
            c("mandaat/mb-citeertitel"),
            'tekst: "Dit besluit wordt aangehaald als: {{ document.citeertitel }}."',
            'tekst: "Dit besluit wordt aangehaald als: Mandaatbesluit Sociale Dienst Drechtsteden '
            '2021."',
        ),
    ),
    D(
        "d-ver-iit-gelet-op-35",
        "verwijzing",
        "Het ‘gelet op’ van de verordening individuele inkomenstoeslag noemt artikel 35 van de "
        "Participatiewet (bijzondere bijstand); de individuele inkomenstoeslag berust op artikel "
        "36 (register: pw-inkomenstoeslag; overweging van de verordening).",
        E(
            IIT,
            "en artikel 36 van de Participatiewet;",
            "en artikel 35 van de Participatiewet;",
        ),
        mark="artikel 35",
    ),
    D(
        "d-ver-deelnemer-plustaak-minima",
        "verwijzing",
        "Hendrik-Ido-Ambacht neemt volgens deelnemers.yaml de plustaak aanvullende "
        "minimaregelingen af, maar het register kent daarvoor geen bevoegdheden en de begroting "
        "geen taak met een verdeelsleutel: het openbaar lichaam mag niet beginnen (artikel 8, "
        "tweede lid) en de kosten kunnen niet worden toegerekend (artikel 35).",
        E(
            DEELN,
            "    burgemeester: de burgemeester van Hendrik-Ido-Ambacht\n    keuzes: {}",
            "    burgemeester: de burgemeester van Hendrik-Ido-Ambacht\n"
            "    keuzes:\n"
            "      plustaken: [minimabeleid]",
        ),
        mark="plustaken: [minimabeleid]",
    ),
    D(
        "d-ver-uren-papendrecht",
        "verwijzing",
        "De urensleutel voor het beschermingsbewind rekent ook 600 uren toe aan Papendrecht, dat "
        "die plustaak niet afneemt (deelnemers.yaml: alleen Dordrecht en Zwijndrecht): Papendrecht "
        "zou meebetalen aan een plustaak die het niet afneemt (artikel 35, eerste lid), en uren "
        "maal tarief komen niet meer uit op het budget.",
        E(
            BEGR,
            "uren: {dordrecht: 14200, zwijndrecht: 4850}",
            "uren: {dordrecht: 14200, zwijndrecht: 4850, papendrecht: 600}",
        ),
    ),
    D(
        "d-ver-peildatum-2020",
        "verwijzing",
        "De inwonertallen in de verdeelgegevens hebben peildatum 1 januari 2020; artikel 33, "
        "tweede lid, neemt voor het begrotingsjaar 2022 het aantal op 1 januari van het jaar "
        "daarvoor, 1 januari 2021.",
        E(
            BEGR,
            "      peildatum: 2021-01-01\n      bron: CBS, bevolking op 1 januari 2021",
            "      peildatum: 2020-01-01\n      bron: CBS, bevolking op 1 januari 2020",
        ),
    ),
    D(
        "d-ver-percentages-formule",
        "verwijzing",
        "De vaste percentages voor bestuur en bedrijfsvoering geven Dordrecht 45,53 en Zwijndrecht "
        "13,83 procent; volgens artikel 33, eerste lid, onderdeel c, is het percentage het "
        "gemiddelde van het aandeel in inwoners en in huishoudens met een uitkering, voor "
        "Dordrecht ongeveer 43,5 en voor Zwijndrecht ongeveer 15,8 procent.",
        E(BEGR, 'dordrecht: "43.53"', 'dordrecht: "45.53"'),
        E(BEGR, 'zwijndrecht: "15.83"', 'zwijndrecht: "13.83"'),
    ),
    D(
        "d-ver-toelichting-sliedrecht",
        "verwijzing",
        "De algemene toelichting zegt dat Dordrecht en Sliedrecht bij de start schuldhulpverlening "
        "en beschermingsbewind afnemen; volgens deelnemers.yaml zijn dat Dordrecht en Zwijndrecht.",
        E(
            GR,
            "regeling nemen Dordrecht en Zwijndrecht de schuldhulpverlening",
            "regeling nemen Dordrecht en Sliedrecht de schuldhulpverlening",
        ),
        mark="Sliedrecht",
    ),
    D(
        "d-ver-pb-bezwaar-college",
        "verwijzing",
        "Artikel 2 van het plustakenbesluit laat het college beslissen op bezwaar tegen besluiten "
        "die het dagelijks bestuur krachtens de overgedragen bevoegdheden nam: na delegatie is het "
        "college niet meer bevoegd (artikel 10:17 Awb), en de toelichting zegt dat het dagelijks "
        "bestuur ook op bezwaar beslist.",
        E(
            c("plustaken/pb-delegatie"),
            "tekst: Het dagelijks bestuur beslist op bezwaarschriften",
            "tekst: Het college beslist op bezwaarschriften",
        ),
    ),
    D(
        "d-ver-mandaat-verdeelsleutels",
        "verwijzing",
        "Het algemeen bestuur mandateert de directeur het wijzigen van de verdeelsleutels; dat "
        "besluit vergt een gekwalificeerde meerderheid (artikel 12, derde lid, onderdeel b, van de "
        "regeling) en kan daarom niet in mandaat worden genomen (artikel 10:3, tweede lid, "
        "onderdeel b, Awb; artikel 4 van het mandaatbesluit zelf).",
        E(
            c("mandaat/mb-mandaat-directeur"),
            "berusten bij het algemeen bestuur, op grond van de Wet open overheid.",
            "berusten bij het algemeen bestuur, op grond van de Wet open overheid, en tot het "
            "wijzigen van de verdeelsleutels, bedoeld in artikel 33, eerste lid, van de regeling.",
        ),
        mark="tot het wijzigen van de verdeelsleutels",
    ),
    D(
        "d-ver-toetreding-zonder-toestemming",
        "verwijzing",
        "Artikel 39, eerste lid, laat een college toetreden bij eigen besluit, zonder toestemming "
        "van de raad: in een collegeregeling vraagt toetreding de toestemming van de raad "
        "(artikel 1 Wgr).",
        E(
            c("toetreding/toetreding"),
            "kan tot deze regeling toetreden nadat de raad van die gemeente daarvoor toestemming "
            "heeft verleend.",
            "kan bij besluit van dat college tot deze regeling toetreden.",
        ),
    ),
    D(
        "d-ver-zienswijze-weerstand",
        "verwijzing",
        "Artikel 36, eerste lid, laat het algemeen bestuur de raden om een zienswijze vragen over "
        "het beleid voor het weerstandsvermogen; dat besluit staat niet in de uitputtende "
        "opsomming van artikel 20, eerste lid, en artikel 20, vierde lid, sluit andere "
        "zienswijzen uit.",
        E(
            c("financien/fin-weerstand"),
            "het weerstandsvermogen van het openbaar lichaam.",
            "het weerstandsvermogen van het openbaar lichaam, nadat het de raden in de gelegenheid "
            "heeft gesteld hun zienswijze over het ontwerp naar voren te brengen.",
        ),
        mark="nadat het de raden",
    ),
    D(
        "d-ver-uittreding-eigen-raad",
        "verwijzing",
        "Artikel 40, tweede lid, vraagt alleen de raad van de uittredende gemeente om een "
        "zienswijze; sinds 1 juli 2022 kan iedere raad een zienswijze geven over een uittreding "
        "(artikel 1 Wgr), zoals de toelichting ook zegt.",
        E(
            c("toetreding/uittreding"),
            "stelt het de raden van alle deelnemers in de gelegenheid binnen acht weken hun "
            "zienswijze",
            "stelt het de raad van zijn gemeente in de gelegenheid binnen acht weken haar "
            "zienswijze",
        ),
        mark="de raad van zijn gemeente",
    ),
    D(
        "d-ver-namens-db",
        "verwijzing",
        "Artikel 5, tweede lid, van het mandaatbesluit laat een besluit in ondermandaat van een "
        "college ‘namens het dagelijks bestuur’ vermelden; een besluit in mandaat vermeldt het "
        "orgaan in wiens naam het is genomen, hier het college (artikel 10:10 Awb; eerste lid en "
        "toelichting van het artikel).",
        E(
            c("mandaat/mb-ondertekening"),
            "vermeldt dat het namens het college van burgemeester en wethouders van de betrokken "
            "gemeente wordt genomen.",
            "vermeldt dat het namens het dagelijks bestuur wordt genomen.",
        ),
        mark="namens het dagelijks bestuur",
    ),
    D(
        "d-ver-bijlage-artikel-33",
        "verwijzing",
        "De bijlage Voorlopige bijdragen noemt de verdeelsleutels ‘bedoeld in artikel 32’; "
        "artikel 32 regelt de samenstelling van de bijdragen, de verdeelsleutels staan in artikel 33.",
        E(
            GR,
            "berekend met de verdeelsleutels, bedoeld in {{ ref('fin-verdeelsleutels') }}.",
            "berekend met de verdeelsleutels, bedoeld in artikel 32.",
        ),
        mark="artikel 32",
    ),
    D(
        "d-ver-toelichting-artikel-12-stemgewicht",
        "verwijzing",
        "De toelichting bij artikel 9 zegt dat ‘artikel 12’ het gewicht van de stem van ieder lid "
        "regelt; artikel 12 gaat over quorum en meerderheden, de stemverhouding staat in artikel 11.",
        E(
            c("bestuur/ab-samenstelling"),
            "regelt {{ ref('ab-stemverhouding') }}.",
            "regelt artikel 12.",
        ),
        mark="artikel 12",
    ),
    D(
        "d-ver-reactie-zonder-antwoord",
        "verwijzing",
        "In het register van reacties op de concepttekst heeft het punt van het college van "
        "Sliedrecht een uitkomst (‘overgenomen’) maar geen antwoord: de nota van beantwoording "
        "beantwoordt elk punt, en de raden en colleges kunnen niet nagaan waarom en hoe het is "
        "overgenomen.",
        E(
            "reacties/concept/college-sliedrecht.yaml",
            "    antwoord: >-\n"
            "      Overgenomen: de verordening individuele inkomenstoeslag van Sliedrecht kent een\n"
            "      referteperiode van vier jaar en de bedragen die het college heeft vastgesteld. De "
            "keuze is\n"
            "      vastgelegd bij de deelnemer, zodat de andere verordeningen ongewijzigd blijven.\n",
            "",
        ),
        alt=(Loc("reacties/concept/college-sliedrecht.yaml", "- id: sliedrecht-college-1"),),
    ),
)

LEGITIEM: tuple[Case, ...] = (
    D(
        "d-leg-begrippen-aanhalingstekens",
        "legitiem",
        "De toelichting bij artikel 1 zet de niet omschreven begrippen tussen enkele "
        "aanhalingstekens; de inhoud blijft gelijk.",
        E(
            c("algemeen/begripsbepalingen"),
            "zoals bestuursorgaan, mandaat en delegatie,",
            "zoals ‘bestuursorgaan’, ‘mandaat’ en ‘delegatie’,",
        ),
    ),
    D(
        "d-leg-woo-eerste-en-tweede-lid",
        "legitiem",
        "De toelichting bij artikel 14 noemt de leden van artikel 5.1 Woo (‘eerste en tweede "
        "lid’), waarop het vierde lid zelf ook steunt; een verwijzing naar een andere wet.",
        E(
            c("bestuur/ab-openbaarheid"),
            "(artikel 5.1 van die wet)",
            "(artikel 5.1, eerste en tweede lid, van die wet)",
        ),
    ),
    D(
        "d-leg-onderdelen-a-tot-en-met-c",
        "legitiem",
        "De toelichting bij artikel 10 wijst de financiële kernbevoegdheden aan als ‘het tweede "
        "lid, onderdelen a tot en met c’: juist (begroting, jaarrekening, financiële regels).",
        E(
            c("bestuur/ab-bevoegdheden"),
            "    kernbevoegdheden op financieel gebied, de besluiten",
            "    kernbevoegdheden op financieel gebied (het tweede lid, onderdelen a tot en met c), "
            "de besluiten",
        ),
    ),
    D(
        "d-leg-onder-a-minimabeleid",
        "legitiem",
        "De toelichting bij artikel 7 noemt het minimabeleid ‘genoemd in het eerste lid, onder "
        "a’: juist, en een gangbare schrijfwijze voor een onderdeel.",
        E(
            c("mandaat/mandaat-regeling"),
            "Voor het minimabeleid ligt mandaat voor de hand,",
            "Voor het minimabeleid, genoemd in het eerste lid, onder a, ligt mandaat voor de hand,",
        ),
    ),
    D(
        "d-leg-awb-1013-en-volgende",
        "legitiem",
        "De toelichting bij artikel 6 noemt de vindplaats ‘artikel 10:13 en volgende van de "
        "Algemene wet bestuursrecht’ (afdeling 10.1.2, delegatie, met artikel 10:16 over "
        "beleidsregels): juist.",
        E(
            c("delegatie/delegatie-bevoegdheden"),
            "De colleges kunnen op grond van de Algemene wet bestuursrecht beleidsregels",
            "De colleges kunnen op grond van artikel 10:13 en volgende van de Algemene wet "
            "bestuursrecht beleidsregels",
        ),
    ),
    D(
        "d-leg-awb-91-klachten",
        "legitiem",
        "De toelichting bij artikel 22 voegt bij hoofdstuk 9 Awb de vindplaats ‘artikel 9:1 en "
        "volgende’ toe: juist (het klachtrecht).",
        E(
            c("betrekken/inwonersparticipatie"),
            "hoofdstuk 9 van de Algemene wet bestuursrecht.",
            "hoofdstuk 9 van de Algemene wet bestuursrecht (artikel 9:1 en volgende).",
        ),
    ),
    D(
        "d-leg-rv-475d",
        "legitiem",
        "Artikel 9, tweede lid, van de verordening maatregelen noemt de vindplaats van de "
        "beslagvrije voet in het Wetboek van Burgerlijke Rechtsvordering (artikel 475d): een "
        "verwijzing naar een andere wet.",
        E(
            c("handhaving/hh-boete"),
            "die volgt uit het Wetboek van Burgerlijke Rechtsvordering.",
            "die volgt uit artikel 475d van het Wetboek van Burgerlijke Rechtsvordering.",
        ),
    ),
    D(
        "d-leg-iit-op-datum",
        "legitiem",
        "‘treedt in werking op 1 januari 2022’ in plaats van ‘met ingang van 1 januari 2022’: "
        "dezelfde datum.",
        E(
            c("inkomenstoeslag/iit-inwerkingtreding"),
            "tekst: Deze verordening treedt in werking met ingang van 1 januari 2022.",
            "tekst: Deze verordening treedt in werking op 1 januari 2022.",
        ),
    ),
    D(
        "d-leg-kaders-14-april",
        "legitiem",
        "De toelichting bij artikel 30 zegt ‘uiterlijk op 14 april’ in plaats van ‘vóór 15 "
        "april’: dezelfde termijn (artikel 34b Wgr).",
        E(
            c("financien/fin-begroting"),
            "Vóór 15 april ontvangen de raden",
            "Uiterlijk op 14 april ontvangen de raden",
        ),
    ),
    D(
        "d-leg-colleges-voluit",
        "legitiem",
        "Artikel 42, eerste lid: ‘de colleges van burgemeester en wethouders van de deelnemers’ "
        "voluit in plaats van ‘de colleges’ (begrip van artikel 1).",
        E(
            c("toetreding/wijziging"),
            "Het algemeen bestuur zendt een voorstel met zijn advies aan de colleges.",
            "Het algemeen bestuur zendt een voorstel met zijn advies aan de colleges van "
            "burgemeester en wethouders van de deelnemers.",
        ),
    ),
    D(
        "d-leg-db-zinnen-gesplitst",
        "legitiem",
        "Artikel 18, derde lid, in drie zinnen in plaats van twee; stemrecht, meerderheid en "
        "quorum blijven gelijk.",
        E(
            c("bestuur/db-vergaderingen"),
            "Het dagelijks bestuur besluit bij meerderheid van stemmen en kan alleen besluiten als "
            "ten minste twee leden aanwezig zijn.",
            "Het dagelijks bestuur besluit bij meerderheid van stemmen. Het kan alleen besluiten "
            "als ten minste twee leden aanwezig zijn.",
        ),
    ),
    D(
        "d-leg-accountant-passief",
        "legitiem",
        "Artikel 29, tweede lid, in de lijdende vorm: ‘Door het algemeen bestuur wordt een "
        "accountant aangewezen’.",
        E(
            c("financien/fin-regels"),
            "tekst: Het algemeen bestuur wijst een accountant aan die belast is met de controle van "
            "de jaarrekening.",
            "tekst: Door het algemeen bestuur wordt een accountant aangewezen die belast is met de "
            "controle van de jaarrekening.",
        ),
    ),
    D(
        "d-leg-jaarrekening-passief",
        "legitiem",
        "Artikel 31, tweede lid, in de lijdende vorm; orgaan en datum blijven gelijk.",
        E(
            c("financien/fin-jaarrekening"),
            "tekst: Het algemeen bestuur stelt de jaarrekening vast vóór 1 juli van het jaar "
            "volgend op het begrotingsjaar.",
            "tekst: De jaarrekening wordt door het algemeen bestuur vastgesteld vóór 1 juli van het "
            "jaar volgend op het begrotingsjaar.",
        ),
    ),
    D(
        "d-leg-vier-weken-cijfer",
        "legitiem",
        "Artikel 24, tweede lid: ‘binnen 4 weken’ in cijfers.",
        E(
            c("verantwoording/inlichtingen"),
            "namens het algemeen bestuur binnen vier weken",
            "namens het algemeen bestuur binnen 4 weken",
        ),
    ),
    D(
        "d-leg-acht-weken-cijfer",
        "legitiem",
        "Artikel 30, zevende lid: de zienswijzetermijn bij een begrotingswijziging als ‘8 weken’ "
        "in cijfers; de toelichting zegt ‘acht weken’.",
        E(
            c("financien/fin-begroting"),
            "termijn voor het naar voren brengen van een zienswijze acht weken bedraagt.",
            "termijn voor het naar voren brengen van een zienswijze 8 weken bedraagt.",
        ),
    ),
    D(
        "d-leg-twaalf-weken-cijfer",
        "legitiem",
        "Artikel 30, derde lid: ‘ten minste 12 weken’ in cijfers (artikel 35 Wgr: twaalf weken).",
        E(
            c("financien/fin-begroting"),
            "ten minste twaalf weken voor de vergadering",
            "ten minste 12 weken voor de vergadering",
        ),
    ),
    D(
        "d-leg-staffel-cijfer",
        "legitiem",
        "Artikel 11, eerste lid, onderdeel c: ‘4 stemmen’ in cijfers; de toelichting rekent met "
        "vier.",
        E(
            c("bestuur/ab-stemverhouding"),
            'tekst: "bij 50.000 inwoners of meer: vier stemmen."',
            'tekst: "bij 50.000 inwoners of meer: 4 stemmen."',
        ),
    ),
    D(
        "d-leg-vijf-van-de-zeven",
        "legitiem",
        "Artikel 12, derde lid: ‘ten minste vijf van de zeven deelnemers’; er zijn zeven "
        "deelnemers.",
        E(
            c("bestuur/ab-besluitvorming"),
            "samen ten minste vijf deelnemers vertegenwoordigen:",
            "samen ten minste vijf van de zeven deelnemers vertegenwoordigen:",
        ),
    ),
    D(
        "d-leg-gs-zuid-holland",
        "legitiem",
        "Artikel 45, tweede lid: ‘gedeputeerde staten van Zuid-Holland’ in plaats van het begrip "
        "‘Gedeputeerde Staten’ (artikel 1: die van Zuid-Holland).",
        E(
            c("slot/geschillen"),
            "het geschil voor aan Gedeputeerde Staten, die daarover beslissen.",
            "het geschil voor aan gedeputeerde staten van Zuid-Holland, die daarover beslissen.",
        ),
    ),
    D(
        "d-leg-evaluatie-toelichting-omgezet",
        "legitiem",
        "De toelichting bij artikel 26 noemt het jaar van de eerste evaluatie in een andere "
        "zinsbouw; 2025 blijft 2025.",
        E(
            c("verantwoording/evaluatie"),
            "De eerste evaluatie vindt plaats in 2025, na drie\n    volledige jaren uitvoering.",
            "Na drie volledige jaren uitvoering, in 2025,\n    wordt zij voor het eerst "
            "geëvalueerd.",
        ),
    ),
    D(
        "d-leg-mb-gelet-op-artikelen",
        "legitiem",
        "Het ‘gelet op’ van het mandaatbesluit noemt ‘de artikelen 10:1 tot en met 10:12’ in "
        "plaats van afdeling 10.1.1 Awb: dezelfde artikelen.",
        E(
            MB,
            "gelet op afdeling 10.1.1 van de Algemene wet bestuursrecht en",
            "gelet op de artikelen 10:1 tot en met 10:12 van de Algemene wet bestuursrecht en",
        ),
    ),
    D(
        "d-leg-burgemeester-en-wethouders",
        "legitiem",
        "De aanhef van de verordening individuele inkomenstoeslag: ‘gelezen het voorstel van "
        "burgemeester en wethouders’, de gangbare aanduiding van het college.",
        E(
            IIT,
            "gelezen het voorstel van het college van burgemeester en wethouders van",
            "gelezen het voorstel van burgemeester en wethouders van",
        ),
    ),
    D(
        "d-leg-hh-gelet-op-samengevoegd",
        "legitiem",
        "Het ‘gelet op’ van de verordening maatregelen noemt artikel 35 van de IOAW en de IOAZ "
        "in één aanhaling, met de afkortingen tussen haakjes.",
        E(
            HH,
            "artikel 35 van de Wet inkomensvoorziening oudere en gedeeltelijk arbeidsongeschikte "
            "werkloze werknemers en artikel 35 van de Wet inkomensvoorziening oudere en "
            "gedeeltelijk arbeidsongeschikte gewezen zelfstandigen;",
            "artikel 35 van de Wet inkomensvoorziening oudere en gedeeltelijk arbeidsongeschikte "
            "werkloze werknemers (IOAW) en van de Wet inkomensvoorziening oudere en gedeeltelijk "
            "arbeidsongeschikte gewezen zelfstandigen (IOAZ);",
        ),
    ),
    D(
        "d-leg-spelregels-31-maart",
        "legitiem",
        "De spelregels: ‘bij voorkeur uiterlijk op 31 maart’ in plaats van ‘vóór 1 april’; "
        "dezelfde dag.",
        E(
            SPEL,
            "bij voorkeur vóór 1 april van het jaar voorafgaand",
            "bij voorkeur uiterlijk op 31 maart van het jaar voorafgaand",
        ),
    ),
    D(
        "d-leg-spelregels-een-jaar",
        "legitiem",
        "De spelregels: opzegtermijn ‘ten minste een jaar’ in plaats van ‘twaalf maanden’.",
        E(
            SPEL,
            "met een termijn van ten minste twaalf maanden,",
            "met een termijn van ten minste een jaar,",
        ),
    ),
    D(
        "d-leg-plustaken-tweede-lid",
        "legitiem",
        "De toelichting bij artikel 8 noemt ‘de twee voorwaarden van het tweede lid’: juist "
        "(artikel 8, tweede lid, onderdelen a en b).",
        E(
            c("taken/plustaken"),
            "pas als aan twee\n    voorwaarden is voldaan:",
            "pas als aan de twee\n    voorwaarden van het tweede lid is voldaan:",
        ),
    ),
    D(
        "d-leg-reglement-in-werking-getreden",
        "legitiem",
        "Artikel 15, eerste lid: ‘nadat deze regeling in werking is getreden’ in plaats van ‘na "
        "de inwerkingtreding van deze regeling’.",
        E(
            c("bestuur/ab-reglement"),
            "binnen drie maanden na de inwerkingtreding van deze regeling een reglement",
            "binnen drie maanden nadat deze regeling in werking is getreden een reglement",
        ),
    ),
    D(
        "d-leg-db-drie-leden",
        "legitiem",
        "Artikel 16, eerste lid: ‘drie leden, onder wie de voorzitter’ in plaats van ‘de "
        "voorzitter en twee andere leden’; hetzelfde aantal.",
        E(
            c("bestuur/db-samenstelling"),
            "tekst: Het dagelijks bestuur bestaat uit de voorzitter en twee andere leden, die",
            "tekst: Het dagelijks bestuur bestaat uit drie leden, onder wie de voorzitter, die",
        ),
    ),
    D(
        "d-leg-ab-zeven-leden",
        "legitiem",
        "Artikel 9, eerste lid, noemt het aantal leden: ‘zeven leden, één lid per deelnemer’; er "
        "zijn zeven deelnemers.",
        E(
            c("bestuur/ab-samenstelling"),
            "tekst: Het algemeen bestuur bestaat uit één lid per deelnemer, dat",
            "tekst: Het algemeen bestuur bestaat uit zeven leden, één lid per deelnemer, dat",
        ),
    ),
    D(
        "d-leg-opheffing-vijf-van-zeven",
        "legitiem",
        "De toelichting bij artikel 43: ‘ten minste vijf van de zeven colleges’.",
        E(
            c("toetreding/opheffing"),
            "van ten minste vijf colleges, na een zienswijze",
            "van ten minste vijf van de zeven colleges, na een zienswijze",
        ),
    ),
    D(
        "d-leg-zienswijzetermijn-herschreven",
        "legitiem",
        "Artikel 20, tweede lid, anders geformuleerd (‘De raden kunnen hun zienswijze naar voren "
        "brengen binnen acht weken …’); de termijn blijft acht weken.",
        E(
            c("betrekken/zienswijze-raden"),
            "De termijn voor het naar voren brengen van een zienswijze bedraagt acht weken na de "
            "dag van verzending",
            "De raden kunnen hun zienswijze naar voren brengen binnen acht weken na de dag van "
            "verzending",
        ),
    ),
    D(
        "d-leg-toetreding-toestemming-gegeven",
        "legitiem",
        "Artikel 39, eerste lid: ‘daartoe toestemming heeft gegeven’ in plaats van ‘daarvoor "
        "toestemming heeft verleend’.",
        E(
            c("toetreding/toetreding"),
            "nadat de raad van die gemeente daarvoor toestemming heeft verleend.",
            "nadat de raad van die gemeente daartoe toestemming heeft gegeven.",
        ),
    ),
    D(
        "d-leg-uittreding-met-toestemming",
        "legitiem",
        "Artikel 40, eerste lid: ‘met toestemming van de raad van zijn gemeente’ vooraan in de "
        "zin.",
        E(
            c("toetreding/uittreding"),
            "tekst: Een college kan uit deze regeling treden nadat de raad van zijn gemeente "
            "daarvoor toestemming heeft verleend.",
            "tekst: Een college kan met toestemming van de raad van zijn gemeente uit deze "
            "regeling treden.",
        ),
    ),
    D(
        "d-leg-belang-waaronder",
        "legitiem",
        "Artikel 3, eerste lid: ‘waaronder in ieder geval’ in plaats van ‘in het bijzonder’; de "
        "opsomming blijft gelijk.",
        E(
            c("algemeen/belang"),
            'op het gebied van het sociaal domein, in het bijzonder:"',
            'op het gebied van het sociaal domein, waaronder in ieder geval:"',
        ),
    ),
    D(
        "d-leg-voorzitter-toelichting",
        "legitiem",
        "De toelichting bij artikel 19 in de bedrijvende vorm: ‘Het algemeen bestuur wijst de "
        "voorzitter uit zijn midden aan’.",
        E(
            c("bestuur/voorzitter"),
            "De voorzitter wordt door het algemeen bestuur uit zijn midden aangewezen en is tevens",
            "Het algemeen bestuur wijst de voorzitter uit zijn midden aan; de voorzitter is tevens",
        ),
    ),
    D(
        "d-leg-jaarrekening-toelichting-raden",
        "legitiem",
        "De toelichting bij artikel 31 met de raden als onderwerp; de datum blijft vóór 15 april.",
        E(
            c("financien/fin-jaarrekening"),
            "De voorlopige jaarrekening gaat vóór 15 april naar de raden.",
            "De raden ontvangen de voorlopige jaarrekening vóór 15 april.",
        ),
    ),
    D(
        "d-leg-register-wgs-weigeren",
        "legitiem",
        "De registerregel wgs-weigering korter omschreven: ‘Weigeren en beëindigen van "
        "schuldhulpverlening’.",
        E(
            REG4,
            "omschrijving: Weigeren van schuldhulpverlening en beëindigen van een "
            "schuldhulpverleningstraject",
            "omschrijving: Weigeren en beëindigen van schuldhulpverlening",
        ),
    ),
    D(
        "d-leg-register-bijzondere-bijstand-beslissen",
        "legitiem",
        "De registerregel pw-bijzondere-bijstand: ‘Beslissen over het verlenen van bijzondere "
        "bijstand’.",
        E(
            REG1,
            "omschrijving: Verlenen van bijzondere bijstand\n",
            "omschrijving: Beslissen over het verlenen van bijzondere bijstand\n",
        ),
    ),
    D(
        "d-leg-awb-afkorting-1016",
        "legitiem",
        "De toelichting bij artikel 4 van het plustakenbesluit: ‘artikel 10:16 Awb’ met de "
        "gangbare afkorting van de wet; het artikel is juist.",
        E(
            c("plustaken/pb-beleidsregels"),
            "artikel 10:16 van de Algemene wet bestuursrecht beperkt",
            "artikel 10:16 Awb beperkt",
        ),
    ),
    D(
        "d-leg-mb-begrip-komma",
        "legitiem",
        "Artikel 1 van het mandaatbesluit: ‘volmacht en machtiging, bedoeld in artikel 10:12 van "
        "die wet’ in plaats van ‘als bedoeld in’.",
        E(
            c("mandaat/mb-begripsbepalingen"),
            "volmacht en machtiging als bedoeld in artikel 10:12 van die wet",
            "volmacht en machtiging, bedoeld in artikel 10:12 van die wet",
        ),
    ),
    D(
        "d-leg-overweging-passief",
        "legitiem",
        "Een overweging van de regeling in de lijdende vorm: ‘dat over het ontwerp … advies is "
        "uitgebracht door de regionale cliëntenraad en de adviesraden sociaal domein’.",
        E(
            GR,
            "  - dat de regionale cliëntenraad en de adviesraden sociaal domein over het ontwerp van "
            "deze regeling hebben geadviseerd;",
            "  - dat over het ontwerp van deze regeling advies is uitgebracht door de regionale "
            "cliëntenraad en de adviesraden sociaal domein;",
        ),
    ),
    D(
        "d-leg-iit-eenentwintig",
        "legitiem",
        "De toelichting van de verordening individuele inkomenstoeslag: ‘eenentwintig jaar’ in "
        "letters (artikel 36 Participatiewet: 21 jaar).",
        E(IIT, "inwoners van 21 jaar of ouder", "inwoners van eenentwintig jaar of ouder"),
    ),
    D(
        "d-leg-hh-inwerkingtreding-toelichting",
        "legitiem",
        "De toelichting bij artikel 12 van de verordening maatregelen noemt de datum (1 januari "
        "2022) naast ‘gelijktijdig met de regeling’.",
        E(
            c("handhaving/hh-inwerkingtreding"),
            "De verordening treedt gelijktijdig met de Gemeenschappelijke Regeling Sociaal in "
            "werking.",
            "De verordening treedt op 1 januari 2022 in werking, gelijktijdig met de "
            "Gemeenschappelijke Regeling Sociaal.",
        ),
    ),
    D(
        "d-leg-weerstand-cijfer",
        "legitiem",
        "Artikel 36, tweede lid: ‘5 procent’ in cijfers; de toelichting zegt ‘vijf procent’.",
        E(
            c("financien/fin-weerstand"),
            "van ten hoogste vijf procent van de lasten",
            "van ten hoogste 5 procent van de lasten",
        ),
    ),
    D(
        "d-leg-brieven-raad-binnen-termijn",
        "legitiem",
        "De raad van Zwijndrecht behandelt de zienswijze op 4 mei 2023 in plaats van 2 mei: nog "
        "steeds na de verzending (13 maart) en vóór de uiterste reactiedatum (8 mei 2023).",
        E("brieven.yaml", "        raad: 2023-05-02", "        raad: 2023-05-04"),
    ),
    D(
        "d-leg-reactie-antwoord-herschreven",
        "legitiem",
        "Het antwoord op het punt van het college van Sliedrecht anders ingeleid (‘De colleges "
        "nemen het punt over:’); antwoord en uitkomst blijven.",
        E(
            "reacties/concept/college-sliedrecht.yaml",
            "      Overgenomen: de verordening individuele inkomenstoeslag van Sliedrecht kent een",
            "      De colleges nemen het punt over: de verordening individuele inkomenstoeslag van "
            "Sliedrecht kent een",
        ),
    ),
)

CASES_D: tuple[Case, ...] = PATROON + TEKST_TAG + GETALLEN + VERWIJZING + LEGITIEM
