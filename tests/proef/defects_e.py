"""Held-out corpus E of legal defects (and legitimate rewordings) for ``assembler controleer``.

Written from the law (Wgr as amended per 1 July 2022, Awb titel 10.1, Gemeentewet,
Participatiewet, Archiefwet 1995, Woo) and the texts of the sample, without reading the rules.
The werkmap is dated December 2026: the Woo applies (not the Wob), the 2022 Wgr terms apply.
"""

from __future__ import annotations

from tests.proef.defects import (  # noqa: F401
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

MIJL = "mijlpalen.yaml"
BRIEF = "brieven.yaml"
REG5 = "clausules/mandaat/register-5-minimabeleid.yaml"

EVAL_OLD = '  - id: evaluatie.periodiek\n    tekst: Het algemeen bestuur evalueert deze regeling en de uitvoering ervan ten minste eenmaal in de vier jaar, voor het eerst in 2025.\n  - id: evaluatie.inhoud\n    tekst: "De evaluatie heeft in ieder geval betrekking op:"\n    onderdelen:\n      - id: evaluatie.inhoud.doeltreffendheid\n        tekst: de doeltreffendheid en de doelmatigheid van de uitvoering van de basistaken;\n      - id: evaluatie.inhoud.maatwerk\n        tekst: "de werking van het stelsel van plustaken, bedoeld in {{ ref(\'plustaken\') }};"\n      - id: evaluatie.inhoud.betrokkenheid\n        tekst: "de betrokkenheid van de raden, de inwoners en de belanghebbenden, bedoeld in {{ ref(\'h-betrekken\') }};"\n      - id: evaluatie.inhoud.financien\n        tekst: de financiële verhoudingen tussen de deelnemers, waaronder de werking van de verdeelsleutels; en\n      - id: evaluatie.inhoud.informatie\n        tekst: "de inlichtingen aan de raden, bedoeld in {{ ref(\'inlichtingen\') }}."\n  - id: evaluatie.betrekken\n    tekst: Het algemeen bestuur betrekt de raden, de regionale cliëntenraad en de adviesraden sociaal domein bij de evaluatie.\n  - id: evaluatie.verslag\n    tekst: Het algemeen bestuur zendt het evaluatieverslag, met zijn conclusies en eventuele voorstellen tot wijziging van deze regeling, aan de colleges en de raden.\n'
EVAL_NEW = '  - id: evaluatie.periodiek\n    tekst: Het dagelijks bestuur stelt jaarlijks een verslag op over de uitvoering van de taken in het afgelopen jaar.\n  - id: evaluatie.inhoud\n    tekst: "Het verslag vermeldt in ieder geval:"\n    onderdelen:\n      - id: evaluatie.inhoud.doeltreffendheid\n        tekst: het aantal behandelde aanvragen per deelnemer;\n      - id: evaluatie.inhoud.maatwerk\n        tekst: "het aantal uren dat aan de plustaken, bedoeld in {{ ref(\'plustaken\') }}, is besteed;"\n      - id: evaluatie.inhoud.betrokkenheid\n        tekst: "de ontvangen adviezen, bedoeld in {{ ref(\'h-betrekken\') }};"\n      - id: evaluatie.inhoud.financien\n        tekst: de gemiddelde doorlooptijd van een aanvraag; en\n      - id: evaluatie.inhoud.informatie\n        tekst: "het aantal vragen van raadsleden, bedoeld in {{ ref(\'inlichtingen\') }}."\n  - id: evaluatie.betrekken\n    tekst: Het dagelijks bestuur zendt het verslag ter kennisneming aan het algemeen bestuur.\n  - id: evaluatie.verslag\n    tekst: Het verslag wordt langs elektronische weg openbaar gemaakt.\n'
TOETR_OLD = "  - id: toetreding.besluit\n    tekst: Het college van een gemeente die niet aan deze regeling deelneemt, kan tot deze regeling toetreden nadat de raad van die gemeente daarvoor toestemming heeft verleend.\n  - id: toetreding.voorwaarden\n    tekst: \"Het algemeen bestuur stelt de voorwaarden voor toetreding vast. De voorwaarden hebben in ieder geval betrekking op:\"\n    onderdelen:\n      - id: toetreding.voorwaarden.datum\n        tekst: de datum van toetreding, die samenvalt met het begin van een begrotingsjaar;\n      - id: toetreding.voorwaarden.kosten\n        tekst: de bijdrage van de toetredende gemeente in de kosten die met de toetreding verband houden; en\n      - id: toetreding.voorwaarden.aanpassing\n        tekst: \"de aanpassing van de stemverhouding, bedoeld in {{ ref('ab-stemverhouding') }}, en van de verdeelsleutels, bedoeld in {{ ref('fin-verdeelsleutels') }}.\"\n  - id: toetreding.zienswijze\n    tekst: Het algemeen bestuur stelt de raden van de deelnemers en de raad van de toetredende gemeente in de gelegenheid binnen acht weken een zienswijze over de voorgenomen toetreding naar voren te brengen, voordat het de voorwaarden vaststelt.\n  - id: toetreding.wijziging\n    tekst: \"De toetreding komt tot stand door een wijziging van deze regeling, waarop {{ ref('wijziging') }} van toepassing is.\"\n"
TOETR_NEW = '  - id: toetreding.besluit\n    tekst: Het dagelijks bestuur kan met het college van een gemeente die niet aan deze regeling deelneemt een overeenkomst sluiten over de uitvoering van werkzaamheden voor die gemeente.\n  - id: toetreding.voorwaarden\n    tekst: "Het algemeen bestuur stelt de voorwaarden voor zo\'n overeenkomst vast. De voorwaarden hebben in ieder geval betrekking op:"\n    onderdelen:\n      - id: toetreding.voorwaarden.datum\n        tekst: de ingangsdatum en de looptijd van de overeenkomst;\n      - id: toetreding.voorwaarden.kosten\n        tekst: de vergoeding die de gemeente voor de werkzaamheden verschuldigd is; en\n      - id: toetreding.voorwaarden.aanpassing\n        tekst: de wijze waarop het dagelijks bestuur aan het college verantwoording aflegt.\n  - id: toetreding.zienswijze\n    tekst: Het dagelijks bestuur informeert het algemeen bestuur over iedere overeenkomst die het sluit.\n  - id: toetreding.wijziging\n    tekst: Een overeenkomst als bedoeld in het eerste lid maakt de gemeente niet tot deelnemer aan deze regeling.\n'

CASES: tuple[Case, ...] = (
    # ------------------------------------------------------------------------------------------
    # patroon: drafting form (Aanwijzingen voor de regelgeving); style, any severity
    # ------------------------------------------------------------------------------------------
    D(
        "e-pat-lid-sub-recidive",
        "patroon",
        "De recidivebepaling van de handhavingsverordening verwijst getypt naar ‘artikel 4 lid 1 "
        "sub a tot en met d’. Volgens de Aanwijzingen voor de regelgeving (wijze van verwijzen) "
        "luidt dat ‘artikel 4, eerste lid, onderdelen a tot en met d’; ‘lid’ achter het "
        "artikelnummer en ‘sub’ zijn geen toegestane verwijsvormen.",
        E(
            c("handhaving/hh-recidive"),
            "bedoeld in {{ ref('hh-hoogte-duur.percentages') }}, verdubbeld.",
            "bedoeld in artikel 4 lid 1 sub a tot en met d, verdubbeld.",
        ),
        mark="artikel 4 lid 1 sub a",
        any_severity=True,
    ),
    D(
        "e-pat-art-afkorting-mb-toelichting",
        "patroon",
        "De toelichting op het ondermandaat in het mandaatbesluit schrijft ‘art. 10:9 Awb’. In "
        "regelgeving en toelichting wordt ‘artikel’ voluit geschreven en de wet met haar "
        "citeertitel aangeduid (‘artikel 10:9 van de Algemene wet bestuursrecht’).",
        E(
            c("mandaat/mb-ondermandaat"),
            "Ondermandaat is alleen mogelijk als de mandaatgever dat toestaat.",
            "Ondermandaat is alleen mogelijk als de mandaatgever dat toestaat (art. 10:9 Awb).",
        ),
        mark="art. 10:9",
        any_severity=True,
    ),
    D(
        "e-pat-artt-iit-geletop",
        "patroon",
        "Het ‘gelet op’ van de Verordening individuele inkomenstoeslag noemt ‘artt. 8 en 36’. De "
        "afkorting ‘artt.’ is geen verwijsvorm; het moet ‘de artikelen 8, eerste lid, onderdeel "
        "g, en 36 van de Participatiewet’ zijn.",
        E(
            IIT,
            "gelet_op: gelet op artikel 8, eerste lid, onderdeel g, en artikel 36 van de Participatiewet;",
            "gelet_op: gelet op artt. 8, eerste lid, onderdeel g, en 36 van de Participatiewet;",
        ),
        mark="artt.",
        any_severity=True,
    ),
    D(
        "e-pat-opsomming-slot-puntkomma",
        "patroon",
        "In artikel 14, derde lid, van de regeling eindigt het laatste onderdeel (c) van de "
        "opsomming met een puntkomma in plaats van een punt; het artikellid eindigt daardoor niet.",
        E(
            c("bestuur/ab-openbaarheid"),
            "tekst: een voorstel tot wijziging of opheffing van deze regeling.",
            "tekst: een voorstel tot wijziging of opheffing van deze regeling;",
        ),
        mark="regeling;",
        any_severity=True,
    ),
    D(
        "e-pat-opsomming-punt-midden",
        "patroon",
        "In artikel 46, tweede lid, van de regeling eindigt onderdeel a met een punt, terwijl de "
        "opsomming met de onderdelen b en c doorloopt; een niet-laatste onderdeel eindigt met een "
        "puntkomma.",
        E(
            c("slot/archief"),
            "tekst: de zorg voor de archiefbescheiden, waaronder de digitale archiefbescheiden;",
            "tekst: de zorg voor de archiefbescheiden, waaronder de digitale archiefbescheiden.",
        ),
        mark="digitale archiefbescheiden.",
        any_severity=True,
    ),
    D(
        "e-pat-begrippen-volgorde-mb",
        "patroon",
        "In artikel 1 van het mandaatbesluit staat het begrip ‘medewerker’ vóór ‘mandaat’; de "
        "begripsbepalingen staan in alfabetische volgorde (Aanwijzingen voor de regelgeving), dus "
        "‘mandaat’ hoort vóór ‘medewerker’.",
        E(
            c("mandaat/mb-begripsbepalingen"),
            "      - id: mb-begripsbepalingen.begrippen.mandaat\n"
            '        tekst: "mandaat: mandaat als bedoeld in artikel 10:1 van de Algemene wet '
            "bestuursrecht, waaronder in dit besluit mede worden begrepen volmacht en machtiging "
            'als bedoeld in artikel 10:12 van die wet;"\n'
            "      - id: mb-begripsbepalingen.begrippen.medewerker\n"
            '        tekst: "medewerker: een ambtenaar of werknemer die werkzaam is bij het openbaar '
            'lichaam;"\n',
            "      - id: mb-begripsbepalingen.begrippen.medewerker\n"
            '        tekst: "medewerker: een ambtenaar of werknemer die werkzaam is bij het openbaar '
            'lichaam;"\n'
            "      - id: mb-begripsbepalingen.begrippen.mandaat\n"
            '        tekst: "mandaat: mandaat als bedoeld in artikel 10:1 van de Algemene wet '
            "bestuursrecht, waaronder in dit besluit mede worden begrepen volmacht en machtiging "
            'als bedoeld in artikel 10:12 van die wet;"\n',
        ),
        mark="medewerker: een ambtenaar",
        any_severity=True,
    ),
    D(
        "e-pat-lid-achter-artikel-toelichting",
        "patroon",
        "De toelichting op artikel 25 van de regeling verwijst met de hand naar ‘artikel 9 lid 4 en "
        "artikel 16 lid 4’; de juiste vorm is ‘artikel 9, vierde lid, en artikel 16, vierde lid’ "
        "(Aanwijzingen voor de regelgeving, wijze van verwijzen).",
        E(
            c("verantwoording/verantwoording"),
            "{{ ref('ab-samenstelling.einde') }} en {{ ref('db-samenstelling.einde') }}.",
            "artikel 9 lid 4 en artikel 16 lid 4.",
        ),
        mark="artikel 9 lid 4",
        any_severity=True,
    ),
    D(
        "e-pat-en-of-inlichtingen",
        "patroon",
        "Artikel 24, derde lid, van de regeling gebruikt ‘en/of’. Die constructie is in "
        "regelgeving ongewenst omdat zij onduidelijk laat of beide organen of één van beide "
        "verplicht zijn (Aanwijzingen voor de regelgeving, taalgebruik).",
        E(
            c("verantwoording/inlichtingen"),
            "tekst: Het algemeen bestuur en het dagelijks bestuur verstrekken een college de "
            "inlichtingen die het college verlangt.",
            "tekst: Het algemeen bestuur en/of het dagelijks bestuur verstrekken een college de "
            "inlichtingen die het college verlangt.",
        ),
        mark="en/of",
        any_severity=True,
    ),
    D(
        "e-pat-art-sub-spelregels",
        "patroon",
        "De bijlage Spelregels maatwerk verwijst naar ‘art. 8, tweede lid, sub b’; in een bijlage "
        "bij de regeling geldt dezelfde verwijsvorm als in de regeling zelf: ‘artikel 8, tweede "
        "lid, onderdeel b, van de regeling’.",
        E(
            SPEL,
            "Het college neemt een afzonderlijk besluit waarin het de bevoegdheden overdraagt of mandaat,",
            "Het college neemt een afzonderlijk besluit als bedoeld in art. 8, tweede lid, sub b, "
            "waarin het de bevoegdheden overdraagt of mandaat,",
        ),
        mark="art. 8, tweede lid, sub b",
        any_severity=True,
    ),
    # ------------------------------------------------------------------------------------------
    # tekst-tag: the tag stays, the text no longer regulates the Wgr topic
    # ------------------------------------------------------------------------------------------
    D(
        "e-tag-duur-bepaalde-tijd",
        "tekst-tag",
        "Artikel 48 van de regeling bepaalt dat de regeling ‘voor bepaalde tijd’ wordt getroffen, "
        "zonder een einddatum of looptijd te noemen. Een regeling voor bepaalde tijd moet die tijd "
        "vermelden; zonder termijn regelt het artikel (onderwerp duur) de duur niet en spreekt het "
        "de toelichting (‘onbepaalde tijd’) tegen.",
        E(
            c("slot/duur"),
            "tekst: Deze regeling wordt getroffen voor onbepaalde tijd.",
            "tekst: Deze regeling wordt getroffen voor bepaalde tijd.",
        ),
        mark="bepaalde tijd",
        alt=(Loc(c("slot/duur"), "De regeling geldt voor onbepaalde tijd."),),
    ),
    D(
        "e-tag-archief-wordt-privacy",
        "tekst-tag",
        "Artikel 46 van de regeling houdt het onderwerp ‘archief’ maar regelt alleen nog "
        "gegevensbescherming (beveiliging, datalekken, functionaris gegevensbescherming). Artikel 40 "
        "van de Archiefwet 1995 eist dat een gemeenschappelijke regeling bepalingen bevat over de "
        "zorg voor de archiefbescheiden (zorgdrager, archiefbewaarplaats, toezicht); die ontbreken nu.",
        E(
            c("slot/archief"),
            "    tekst: Het dagelijks bestuur draagt zorg voor de archiefbescheiden van het openbaar lichaam.\n"
            "  - id: archief.regels\n"
            '    tekst: "Het algemeen bestuur stelt, met overeenkomstige toepassing van de Archiefwet 1995, regels vast over:"\n'
            "    onderdelen:\n"
            "      - id: archief.regels.zorg\n"
            "        tekst: de zorg voor de archiefbescheiden, waaronder de digitale archiefbescheiden;\n"
            "      - id: archief.regels.overbrenging\n"
            "        tekst: de overbrenging van archiefbescheiden naar een archiefbewaarplaats; en\n"
            "      - id: archief.regels.overdracht\n"
            "        tekst: de overdracht van archiefbescheiden bij uittreding van een deelnemer of bij opheffing van de regeling.\n"
            "  - id: archief.bewaarplaats\n"
            '    tekst: "De archiefbescheiden die voor overbrenging in aanmerking komen, worden overgebracht naar de archiefbewaarplaats van de gemeente {{ vestigingsplaats }}."\n'
            "  - id: archief.toezicht\n"
            '    tekst: "De gemeentearchivaris van de gemeente {{ vestigingsplaats }} is belast met het toezicht op het beheer van de archiefbescheiden van het openbaar lichaam die niet zijn overgebracht."\n',
            "    tekst: Het dagelijks bestuur draagt zorg voor een zorgvuldige en veilige verwerking van de persoonsgegevens van inwoners.\n"
            "  - id: archief.regels\n"
            '    tekst: "Het algemeen bestuur stelt regels vast over:"\n'
            "    onderdelen:\n"
            "      - id: archief.regels.zorg\n"
            "        tekst: de beveiliging van de informatiesystemen van het openbaar lichaam;\n"
            "      - id: archief.regels.overbrenging\n"
            "        tekst: de toegang van medewerkers tot persoonsgegevens; en\n"
            "      - id: archief.regels.overdracht\n"
            "        tekst: de melding en de afhandeling van inbreuken in verband met persoonsgegevens.\n"
            "  - id: archief.bewaarplaats\n"
            "    tekst: Het dagelijks bestuur wijst een functionaris voor gegevensbescherming aan.\n"
            "  - id: archief.toezicht\n"
            "    tekst: De functionaris voor gegevensbescherming brengt jaarlijks verslag uit aan het dagelijks bestuur.\n",
        ),
        mark="zorgvuldige en veilige verwerking",
    ),
    D(
        "e-tag-evaluatie-wordt-jaarverslag",
        "tekst-tag",
        "Artikel 26 van de regeling houdt het onderwerp ‘evaluatie’ maar regelt alleen nog een "
        "jaarlijks feitelijk verslag (aantallen, doorlooptijden, klachten). Sinds de wijziging van "
        "de Wgr per 1 juli 2022 moet de regeling een periodieke evaluatie van de regeling zelf "
        "regelen; een productieverslag aan het algemeen bestuur is geen evaluatie, en de raden "
        "worden er niet bij betrokken.",
        E(
            c("verantwoording/evaluatie"),
            EVAL_OLD,
            EVAL_NEW,
        ),
        mark="jaarlijks een verslag",
    ),
    D(
        "e-tag-geschillen-wordt-klachten",
        "tekst-tag",
        "Artikel 45 van de regeling houdt het onderwerp ‘geschillen’ maar regelt alleen nog de "
        "behandeling van klachten van inwoners. Een regeling over geschillen tussen deelnemers "
        "ontbreekt daardoor; artikel 28 Wgr legt de beslissing over zulke geschillen bij "
        "Gedeputeerde Staten, en de toelichting gaat daar nog van uit.",
        E(
            c("slot/geschillen"),
            "    tekst: Deelnemers die een geschil hebben over deze regeling, onderling of met het openbaar lichaam, spannen zich in het geschil in onderling overleg op te lossen. Zij kunnen daarbij een onafhankelijke bemiddelaar inschakelen.\n"
            "  - id: geschillen.gedeputeerde-staten\n"
            "    tekst: Leidt het overleg niet tot een oplossing, dan legt ieder van de partijen het geschil voor aan Gedeputeerde Staten, die daarover beslissen.\n"
            "  - id: geschillen.burgerlijke-rechter\n"
            "    tekst: \"{{ Ref('geschillen.gedeputeerde-staten') }} is niet van toepassing op geschillen die tot de bevoegdheid van de burgerlijke rechter behoren.\"\n",
            "    tekst: Het dagelijks bestuur stelt een regeling vast voor de behandeling van klachten van inwoners over gedragingen van medewerkers van het openbaar lichaam.\n"
            "  - id: geschillen.gedeputeerde-staten\n"
            "    tekst: Een klacht wordt behandeld door een klachtencoördinator die niet bij de gedraging betrokken is geweest.\n"
            "  - id: geschillen.burgerlijke-rechter\n"
            "    tekst: \"{{ Ref('geschillen.gedeputeerde-staten') }} is niet van toepassing op klachten die de Nationale ombudsman in behandeling heeft genomen.\"\n",
        ),
        mark="behandeling van klachten",
    ),
    D(
        "e-tag-toetreding-wordt-overeenkomst",
        "tekst-tag",
        "Artikel 39 van de regeling houdt het onderwerp ‘toetreding’ maar regelt alleen nog een "
        "dienstverleningsovereenkomst met een niet-deelnemende gemeente. Artikel 9 Wgr eist "
        "bepalingen over toetreding (met de zienswijze van de raden van artikel 1 Wgr sinds 1 juli "
        "2022); die ontbreken nu, terwijl de artikelen 12 en 20 nog naar ‘de voorwaarden voor "
        "toetreding’ verwijzen.",
        E(
            c("toetreding/toetreding"),
            TOETR_OLD,
            TOETR_NEW,
        ),
        mark="een overeenkomst sluiten over de uitvoering van werkzaamheden",
    ),
    D(
        "e-tag-belang-wordt-werkwijze",
        "tekst-tag",
        "Artikel 3 van de regeling houdt het onderwerp ‘belang’ maar somt nu alleen "
        "werkwijze-uitgangspunten op (klantgericht, doelmatig, digitaal). Artikel 10 Wgr eist dat "
        "de regeling het belang omschrijft waarvoor zij is getroffen; zonder die omschrijving is ook "
        "de grens van het derde lid (‘het belang, bedoeld in het eerste lid’) inhoudsloos.",
        E(
            c("algemeen/belang"),
            '    tekst: "Het openbaar lichaam behartigt de belangen van de deelnemers op het gebied van het sociaal domein, in het bijzonder:"\n'
            "    onderdelen:\n"
            "      - id: belang.behartiging.inkomen\n"
            "        tekst: het verstrekken van inkomensondersteuning aan inwoners die niet of niet voldoende in hun levensonderhoud kunnen voorzien;\n"
            "      - id: belang.behartiging.participatie\n"
            "        tekst: het bevorderen van de arbeidsinschakeling en de maatschappelijke participatie van inwoners met een afstand tot de arbeidsmarkt;\n"
            "      - id: belang.behartiging.schulden\n"
            "        tekst: het voorkomen en oplossen van problematische schulden van inwoners;\n"
            "      - id: belang.behartiging.minima\n"
            "        tekst: het ondersteunen van inwoners met een laag inkomen; en\n"
            "      - id: belang.behartiging.zelfredzaamheid\n"
            "        tekst: het ondersteunen van de zelfredzaamheid van inwoners, voor zover een deelnemer die taak aan het openbaar lichaam opdraagt.\n",
            '    tekst: "Het openbaar lichaam werkt volgens de volgende uitgangspunten:"\n'
            "    onderdelen:\n"
            "      - id: belang.behartiging.inkomen\n"
            "        tekst: klantgerichtheid;\n"
            "      - id: belang.behartiging.participatie\n"
            "        tekst: doelmatigheid;\n"
            "      - id: belang.behartiging.schulden\n"
            "        tekst: digitale dienstverlening waar dat kan;\n"
            "      - id: belang.behartiging.minima\n"
            "        tekst: persoonlijk contact waar dat nodig is; en\n"
            "      - id: belang.behartiging.zelfredzaamheid\n"
            "        tekst: samenwerking met maatschappelijke partners.\n",
        ),
        mark="werkt volgens de volgende uitgangspunten",
    ),
    # ------------------------------------------------------------------------------------------
    # getallen: terms against the law, numbers against each other, dates
    # ------------------------------------------------------------------------------------------
    D(
        "e-get-ontwerpbegroting-acht-weken",
        "getallen",
        "Artikel 30, derde lid, geeft de raden acht weken voor hun zienswijze op de "
        "ontwerpbegroting. Sinds 1 juli 2022 schrijft artikel 35, eerste lid, Wgr voor dat de "
        "ontwerpbegroting twaalf weken vóór de behandeling in het algemeen bestuur aan de raden "
        "wordt gezonden; de toelichting noemt ook twaalf weken.",
        E(
            c("financien/fin-begroting"),
            "zendt de ontwerpbegroting ten minste twaalf weken voor de vergadering",
            "zendt de ontwerpbegroting ten minste acht weken voor de vergadering",
        ),
        mark="acht weken",
        alt=(Loc(c("financien/fin-begroting"), "De raden hebben twaalf weken"),),
    ),
    D(
        "e-get-kaderbrief-na-15-april",
        "getallen",
        "Artikel 30, eerste lid, laat de kaderbrief pas vóór 1 juni naar de raden gaan. Artikel 34b "
        "Wgr schrijft voor dat het dagelijks bestuur de algemene financiële en beleidsmatige kaders "
        "vóór 15 april aan de raden zendt; de toelichting noemt ook 15 april.",
        E(
            c("financien/fin-begroting"),
            "tekst: Het dagelijks bestuur zendt vóór 15 april van het jaar voorafgaand",
            "tekst: Het dagelijks bestuur zendt vóór 1 juni van het jaar voorafgaand",
        ),
        mark="vóór 1 juni",
        alt=(Loc(c("financien/fin-begroting"), "Vóór 15 april ontvangen de raden"),),
    ),
    D(
        "e-get-jaarrekening-gs-augustus",
        "getallen",
        "Artikel 31, derde lid, laat de jaarrekening ‘in ieder geval vóór 1 augustus’ naar "
        "Gedeputeerde Staten gaan. De Wgr (artikel 34) eist toezending binnen twee weken na "
        "vaststelling en in ieder geval vóór 15 juli van het jaar volgend op het begrotingsjaar.",
        E(
            c("financien/fin-jaarrekening"),
            "maar in ieder geval vóór 15 juli van het jaar volgend",
            "maar in ieder geval vóór 1 augustus van het jaar volgend",
        ),
        mark="vóór 1 augustus",
    ),
    D(
        "e-get-stemmen-boven-derde",
        "getallen",
        "Artikel 11, eerste lid, onderdeel c, geeft een deelnemer met 50.000 inwoners of meer zes "
        "stemmen. Met de inwonertallen van bijlage 4 krijgt Dordrecht dan 6 van de 16 stemmen "
        "(37,5 %), in strijd met het maximum van een derde in artikel 11, vierde lid, en met de "
        "telling (veertien stemmen, vier voor Dordrecht) in de toelichting.",
        E(
            c("bestuur/ab-stemverhouding"),
            "bij 50.000 inwoners of meer: vier stemmen.",
            "bij 50.000 inwoners of meer: zes stemmen.",
        ),
        mark="zes stemmen",
        alt=(Loc(c("bestuur/ab-stemverhouding"), "Geen lid brengt meer dan een derde"),),
    ),
    D(
        "e-get-stemmen-telling-toelichting",
        "getallen",
        "De toelichting op artikel 11 noemt vijftien stemmen, maar de opgesomde verdeling (4 + 4×2 "
        "+ 2×1) telt op tot veertien, en dat volgt ook uit de staffel van artikel 11 met de "
        "inwonertallen van 1 januari 2021.",
        E(
            c("bestuur/ab-stemverhouding"),
            "leidt de staffel tot\n    veertien stemmen:",
            "leidt de staffel tot\n    vijftien stemmen:",
        ),
        mark="vijftien stemmen",
    ),
    D(
        "e-get-db-quorum-vier",
        "getallen",
        "Artikel 18, derde lid, eist dat ten minste vier leden van het dagelijks bestuur aanwezig "
        "zijn, terwijl het dagelijks bestuur volgens artikel 16, eerste lid, drie leden telt (de "
        "voorzitter en twee andere leden). Het dagelijks bestuur kan dan nooit besluiten; de "
        "toelichting noemt een quorum van twee.",
        E(
            c("bestuur/db-vergaderingen"),
            "kan alleen besluiten als ten minste twee leden aanwezig zijn.",
            "kan alleen besluiten als ten minste vier leden aanwezig zijn.",
        ),
        mark="vier leden",
        alt=(Loc(c("bestuur/db-samenstelling"), "twee andere leden"),),
    ),
    D(
        "e-get-gekwalificeerd-acht-deelnemers",
        "getallen",
        "Artikel 12, derde lid, eist voor een gekwalificeerd besluit steun van leden die ten minste "
        "acht deelnemers vertegenwoordigen; de regeling heeft zeven deelnemers (deelnemers.yaml), "
        "zodat die besluiten (begroting, verdeelsleutels, toetreding, liquidatieplan) nooit tot "
        "stand kunnen komen. De toelichting spreekt van vijf van de zeven.",
        E(
            c("bestuur/ab-besluitvorming"),
            "uitgebracht door leden die samen ten minste vijf deelnemers vertegenwoordigen:",
            "uitgebracht door leden die samen ten minste acht deelnemers vertegenwoordigen:",
        ),
        mark="acht deelnemers",
    ),
    D(
        "e-get-acht-drechtstedengemeenten",
        "getallen",
        "De algemene toelichting (Aanleiding) spreekt van ‘de acht Drechtstedengemeenten’, maar de "
        "regeling heeft zeven deelnemers (aanhef en deelnemers.yaml: Alblasserdam, Dordrecht, "
        "Hardinxveld-Giessendam, Hendrik-Ido-Ambacht, Papendrecht, Sliedrecht en Zwijndrecht).",
        E(
            GR,
            "Sinds 2006 werken de zeven Drechtstedengemeenten",
            "Sinds 2006 werken de acht Drechtstedengemeenten",
        ),
        mark="acht Drechtstedengemeenten",
    ),
    D(
        "e-get-wijziging-zes-weken",
        "getallen",
        "Artikel 42, tweede lid, geeft de raden zes weken voor een zienswijze op het ontwerp van "
        "een wijziging. Sinds 1 juli 2022 moet de raad op grond van artikel 1 Wgr (ook bij een "
        "collegeregeling) acht weken krijgen, zoals mijlpalen.yaml en de zienswijzeronde ook "
        "aannemen.",
        E(
            c("toetreding/wijziging"),
            "in de gelegenheid zijn gesteld binnen acht weken een zienswijze over het ontwerp",
            "in de gelegenheid zijn gesteld binnen zes weken een zienswijze over het ontwerp",
        ),
        mark="zes weken",
    ),
    D(
        "e-get-uittreding-datum-toelichting",
        "getallen",
        "De toelichting op artikel 40 zegt dat uittreding tot 1 januari 2025 niet mogelijk is, "
        "terwijl artikel 40, derde lid, de uittreding niet eerder laat ingaan dan op 1 januari 2026.",
        E(
            c("toetreding/uittreding"),
            "Tot 1 januari 2026 is uittreding niet mogelijk",
            "Tot 1 januari 2025 is uittreding niet mogelijk",
        ),
        mark="1 januari 2025",
        alt=(Loc(c("toetreding/uittreding"), "maar niet eerder dan op 1 januari 2026."),),
    ),
    D(
        "e-get-mijlpaal-zienswijze-zes-weken",
        "getallen",
        "In mijlpalen.yaml is de reactietermijn van het ontwerp van de eerste wijziging (verzonden "
        "13 maart 2023) op 24 april 2023 gezet: zes weken. Voor de zienswijze op een ontwerp van een "
        "wijziging geldt sinds 1 juli 2022 een termijn van acht weken (artikel 1 Wgr; artikel 42, "
        "tweede lid, van de regeling), dus uiterlijk 8 mei 2023.",
        E(
            MIJL,
            "reactie_uiterlijk: 2023-05-08",
            "reactie_uiterlijk: 2023-04-24",
        ),
        mark="2023-04-24",
    ),
    D(
        "e-get-brief-raad-na-termijn",
        "getallen",
        "In brieven.yaml vergadert de raad van Zwijndrecht in de zienswijzeronde van het ontwerp "
        "van de eerste wijziging op 23 mei 2023, na het einde van de zienswijzetermijn (8 mei 2023, "
        "mijlpalen.yaml). De raad kan zijn zienswijze dan niet binnen de termijn van artikel 1 Wgr "
        "en artikel 42, tweede lid, van de regeling naar voren brengen.",
        E(
            BRIEF,
            "raad: 2023-05-02",
            "raad: 2023-05-23",
        ),
        mark="2023-05-23",
        alt=(Loc(MIJL, "reactie_uiterlijk: 2023-05-08"),),
    ),
    D(
        "e-get-brief-toestemming-voor-verzending",
        "getallen",
        "In brieven.yaml besluit de raad van Dordrecht over de toestemming voor de eerste wijziging "
        "op 13 juni 2023, vóór de verzending van de definitieve tekst (26 juni 2023, mijlpalen.yaml) "
        "en vóór de collegevergadering van 27 juni 2023. Toestemming op grond van artikel 1 Wgr kan "
        "alleen worden verleend op de aangeboden tekst.",
        E(
            BRIEF,
            "raad: 2023-07-11",
            "raad: 2023-06-13",
        ),
        mark="2023-06-13",
    ),
    D(
        "e-get-iit-leeftijd-18",
        "getallen",
        "De algemene toelichting van de Verordening individuele inkomenstoeslag noemt inwoners van "
        "18 jaar of ouder. Artikel 36, eerste lid, van de Participatiewet kent de individuele "
        "inkomenstoeslag alleen toe aan personen van 21 jaar of ouder, maar jonger dan de "
        "pensioengerechtigde leeftijd.",
        E(
            IIT,
            "inwoners van 21 jaar of ouder",
            "inwoners van 18 jaar of ouder",
        ),
        mark="18 jaar",
    ),
    D(
        "e-get-evaluatie-vier-jaren",
        "getallen",
        "De toelichting op artikel 26 zegt dat de eerste evaluatie in 2025 plaatsvindt ‘na vier "
        "volledige jaren uitvoering’. De regeling is op 1 januari 2022 in werking getreden "
        "(artikel 49): begin 2025 zijn dat drie volledige jaren (2022-2024).",
        E(
            c("verantwoording/evaluatie"),
            "na drie\n    volledige jaren uitvoering",
            "na vier\n    volledige jaren uitvoering",
        ),
        mark="na vier",
    ),
    D(
        "e-get-spelregels-basistaak-vijf-colleges",
        "getallen",
        "De bijlage Spelregels maatwerk zegt dat een toevoeging aan het basistakenpakket een besluit "
        "van de colleges van ten minste vijf deelnemers vergt. Artikel 42, vierde lid, onderdeel a, "
        "van de regeling eist voor een wijziging van de basistaken een besluit van alle colleges.",
        E(
            SPEL,
            "basistakenpakket vergt een wijziging van de regeling.",
            "basistakenpakket vergt een besluit van de colleges van ten minste vijf deelnemers.",
        ),
        mark="ten minste vijf deelnemers.",
        alt=(Loc(c("toetreding/wijziging"), "een besluit van alle colleges"),),
    ),
    D(
        "e-get-iit-aanvraag-toelichting-zes-maanden",
        "getallen",
        "De toelichting op artikel 5 van de Verordening individuele inkomenstoeslag zegt dat een "
        "nieuwe aanvraag na zes maanden kan worden ingediend, terwijl artikel 5, tweede lid, de "
        "toeslag niet eerder verleent dan twaalf maanden na de vorige peildatum (een jaarbedrag).",
        E(
            c("inkomenstoeslag/iit-aanvraag"),
            "Een nieuwe aanvraag kan na twaalf\n    maanden worden ingediend",
            "Een nieuwe aanvraag kan na zes\n    maanden worden ingediend",
        ),
        mark="na zes",
    ),
    # ------------------------------------------------------------------------------------------
    # verwijzing: references, laws, Awb 10.1, organs, registers
    # ------------------------------------------------------------------------------------------
    D(
        "e-ver-artikel-52-bestaat-niet",
        "verwijzing",
        "De toelichting op artikel 48 (Duur) verwijst met de hand naar ‘artikel 52’ voor de "
        "uittreding; de regeling telt 50 artikelen en de uittreding staat in artikel 40.",
        E(
            c("slot/duur"),
            "Een deelnemer kan op grond van {{ ref('uittreding') }}",
            "Een deelnemer kan op grond van artikel 52",
        ),
        mark="artikel 52",
    ),
    D(
        "e-ver-medeondertekening-artikel-18",
        "verwijzing",
        "De toelichting op artikel 27 (Secretaris) verwijst voor de medeondertekening door de "
        "secretaris naar ‘artikel 18, vijfde lid’; dat lid gaat over het reglement van orde van het "
        "dagelijks bestuur. De medeondertekening staat in artikel 19, vijfde lid.",
        E(
            c("organisatie/secretaris"),
            "Zie daarvoor {{ ref('voorzitter.medeondertekening') }}.",
            "Zie daarvoor artikel 18, vijfde lid.",
        ),
        mark="artikel 18, vijfde lid",
    ),
    D(
        "e-ver-mandaatbesluit-artikel-9",
        "verwijzing",
        "De toelichting op artikel 7 van de regeling verwijst voor de uitzonderingen op het mandaat "
        "naar ‘artikel 9 van het Mandaatbesluit Sociale Dienst Drechtsteden 2022’; artikel 9 van dat "
        "besluit is de citeertitel. De uitzonderingen staan in artikel 4 van het mandaatbesluit.",
        E(
            c("mandaat/mandaat-regeling"),
            "college blijft. Een mandaat kan altijd worden ingetrokken;",
            "college blijft. Zij zijn voor de directeur en de medewerkers uitgewerkt in artikel 9 van "
            "het Mandaatbesluit Sociale Dienst Drechtsteden 2022. Een mandaat kan altijd worden "
            "ingetrokken;",
        ),
        mark="artikel 9 van het Mandaatbesluit",
    ),
    D(
        "e-ver-wob-geheimhouding",
        "verwijzing",
        "Artikel 14, vierde lid, van de regeling baseert de geheimhouding op ‘artikel 10 van de Wet "
        "openbaarheid van bestuur’. De Wob is op 1 mei 2022 vervangen door de Wet open overheid; "
        "deze werkversie (na de eerste wijziging, 2023) moet artikel 5.1, eerste of tweede lid, Woo "
        "noemen, zoals de toelichting doet.",
        E(
            c("bestuur/ab-openbaarheid"),
            "op grond van een belang als bedoeld in artikel 5.1, eerste of tweede lid, van de Wet open overheid.",
            "op grond van een belang als bedoeld in artikel 10 van de Wet openbaarheid van bestuur.",
        ),
        mark="Wet openbaarheid van bestuur",
    ),
    D(
        "e-ver-wob-mandaat-directeur",
        "verwijzing",
        "Artikel 2, eerste lid, van het mandaatbesluit mandateert het beslissen op informatieverzoeken "
        "‘op grond van de Wet openbaarheid van bestuur’. Sinds 1 mei 2022 geldt de Wet open overheid "
        "(de mandaatlijst noemt ook artikel 4.1 Woo en de toelichting zegt het uitdrukkelijk).",
        E(
            c("mandaat/mb-mandaat-directeur"),
            "die berusten bij het algemeen bestuur, op grond van de Wet open overheid.",
            "die berusten bij het algemeen bestuur, op grond van de Wet openbaarheid van bestuur.",
        ),
        mark="Wet openbaarheid van bestuur",
    ),
    D(
        "e-ver-wwb-iit-overweging",
        "verwijzing",
        "De overweging van de Verordening individuele inkomenstoeslag noemt als grondslag de ‘Wet "
        "werk en bijstand’. Die wet heet sinds 1 januari 2015 Participatiewet; de verordening (2021) "
        "en haar ‘gelet op’ berusten op artikel 36 van de Participatiewet.",
        E(
            IIT,
            "overwegende dat de raad op grond van de Participatiewet bij verordening",
            "overwegende dat de raad op grond van de Wet werk en bijstand bij verordening",
        ),
        mark="Wet werk en bijstand",
    ),
    D(
        "e-ver-awb-1013-mandaat",
        "verwijzing",
        "De begripsbepaling ‘mandaat’ in artikel 1 van het mandaatbesluit verwijst naar artikel "
        "10:13 Awb; dat artikel omschrijft delegatie. Mandaat is omschreven in artikel 10:1 Awb.",
        E(
            c("mandaat/mb-begripsbepalingen"),
            "mandaat: mandaat als bedoeld in artikel 10:1 van de Algemene wet bestuursrecht",
            "mandaat: mandaat als bedoeld in artikel 10:13 van de Algemene wet bestuursrecht",
        ),
        mark="10:13",
    ),
    D(
        "e-ver-pw-inkomen-artikel-34",
        "verwijzing",
        "De begripsbepaling ‘inkomen’ in de Verordening individuele inkomenstoeslag verwijst naar "
        "artikel 34 van de Participatiewet; dat artikel gaat over het vermogen (zoals artikel 2, "
        "derde lid, van de verordening zelf laat zien). Het inkomen is omschreven in artikel 32 "
        "van de Participatiewet.",
        E(
            c("inkomenstoeslag/iit-begripsbepalingen"),
            "inkomen: het inkomen, bedoeld in artikel 32 van de Participatiewet",
            "inkomen: het inkomen, bedoeld in artikel 34 van de Participatiewet",
        ),
        mark="artikel 34",
    ),
    D(
        "e-ver-buig-artikel-47",
        "verwijzing",
        "De begripsbepaling ‘BUIG’ in artikel 1 van de regeling noemt artikel 47 van de "
        "Participatiewet als grondslag; dat artikel betreft een verordeningsbevoegdheid van de raad. "
        "De rijksuitkering voor de bekostiging van uitkeringen en loonkostensubsidies berust op "
        "artikel 69 van de Participatiewet.",
        E(
            c("algemeen/begripsbepalingen"),
            "op grond van artikel 69 van de Participatiewet",
            "op grond van artikel 47 van de Participatiewet",
        ),
        mark="artikel 47",
    ),
    D(
        "e-ver-register-delegatie-aan-directeur",
        "verwijzing",
        "In de mandaatlijst (register 8) staat het uitoefenen van de overgedragen "
        "Participatiewetbevoegdheden door het dagelijks bestuur aan de directeur als ‘delegatie’. "
        "Delegatie aan een ondergeschikte is niet toegestaan (artikel 10:14 Awb); het mandaatbesluit "
        "en de toelichting spreken ook van mandaat.",
        E(
            REG8,
            "    oorspronkelijk: dagelijks_bestuur\n"
            "    soort: mandaat\n"
            "    ontvanger: directeur\n"
            "    ondermandaat: true\n"
            "    uitzonderingen: [bezwaar, beleidsregels]\n"
            "    deelnemers: alle\n"
            "    grondslag: artikel 10:3 Awb en de Gemeenschappelijke Regeling Sociaal\n",
            "    oorspronkelijk: dagelijks_bestuur\n"
            "    soort: delegatie\n"
            "    ontvanger: directeur\n"
            "    ondermandaat: true\n"
            "    uitzonderingen: [bezwaar, beleidsregels]\n"
            "    deelnemers: alle\n"
            "    grondslag: artikel 10:3 Awb en de Gemeenschappelijke Regeling Sociaal\n",
        ),
        mark="soort: delegatie",
    ),
    D(
        "e-ver-pb-doordelegatie-directeur",
        "verwijzing",
        "Artikel 2, tweede lid, van het plustakenbesluit laat het dagelijks bestuur de overgedragen "
        "schuldhulpbevoegdheden ‘verder overdragen’ aan de directeur. De directeur is ondergeschikt "
        "aan het dagelijks bestuur; delegatie aan een ondergeschikte is niet mogelijk (artikel 10:14 "
        "Awb). Dat moet mandaat zijn.",
        E(
            c("plustaken/pb-delegatie"),
            "tekst: Het dagelijks bestuur kan de directeur mandaat verlenen voor de uitoefening van de overgedragen bevoegdheden",
            "tekst: Het dagelijks bestuur kan de overgedragen bevoegdheden verder overdragen aan de directeur",
        ),
        mark="verder overdragen aan de directeur",
    ),
    D(
        "e-ver-mandaat-financiele-verordening",
        "verwijzing",
        "Artikel 2, eerste lid, van het mandaatbesluit mandateert de directeur ook het vaststellen "
        "van de financiële regels, bedoeld in artikel 29, eerste lid, van de regeling. Dat zijn "
        "algemeen verbindende voorschriften (financiële verordening en controleverordening); "
        "artikel 10:3, tweede lid, onderdeel a, Awb staat mandaat daarvoor niet toe, artikel 10, "
        "tweede lid, onderdeel c, van de regeling houdt ze bij het algemeen bestuur, en artikel 4, "
        "eerste lid, onderdeel a, van het mandaatbesluit sluit het zelf uit.",
        E(
            c("mandaat/mb-mandaat-directeur"),
            "tekst: Het algemeen bestuur verleent de directeur mandaat tot het beslissen op verzoeken",
            "tekst: Het algemeen bestuur verleent de directeur mandaat tot het vaststellen van de "
            "regels, bedoeld in artikel 29, eerste lid, van de regeling, en tot het beslissen op verzoeken",
        ),
        mark="tot het vaststellen van de regels",
    ),
    D(
        "e-ver-register-ondermandaat-ab",
        "verwijzing",
        "De mandaatlijst (register 8) staat ondermandaat toe voor het Woo-mandaat van het algemeen "
        "bestuur, terwijl artikel 3, tweede lid, van het mandaatbesluit dat mandaat uitdrukkelijk "
        "van verder mandateren uitzondert. Ondermandaat kan alleen als de mandaatgever het toestaat "
        "(artikel 10:9 Awb); register en tekst spreken elkaar tegen.",
        E(
            REG8,
            "    ondermandaat: false\n",
            "    ondermandaat: true\n",
        ),
        mark="ondermandaat: true",
        alt=(Loc(c("mandaat/mb-ondermandaat"), "met uitzondering van de bevoegdheid, bedoeld in"),),
    ),
    D(
        "e-ver-namens-dagelijks-bestuur-pb",
        "verwijzing",
        "Artikel 3, vierde lid, van het plustakenbesluit laat besluiten in mandaat vermelden dat zij "
        "‘namens het dagelijks bestuur’ worden genomen. Bij mandaat wordt namens de mandaatgever "
        "besloten (artikelen 10:1 en 10:10 Awb): het college van de gemeente, niet het dagelijks "
        "bestuur.",
        E(
            c("plustaken/pb-mandaat"),
            "vermeldt dat het wordt genomen namens het college van burgemeester en wethouders van {{ deelnemer.naam }}.",
            "vermeldt dat het wordt genomen namens het dagelijks bestuur van de {{ openbaar_lichaam.naam }}.",
        ),
        mark="namens het dagelijks bestuur",
    ),
    D(
        "e-ver-geschillen-algemeen-bestuur",
        "verwijzing",
        "Artikel 45, tweede lid, laat het algemeen bestuur beslissen over geschillen tussen "
        "deelnemers. Artikel 28 Wgr legt die beslissing bij Gedeputeerde Staten; het algemeen "
        "bestuur is bovendien partij bij een geschil met het openbaar lichaam. De toelichting noemt "
        "nog Gedeputeerde Staten van Zuid-Holland.",
        E(
            c("slot/geschillen"),
            "dan legt ieder van de partijen het geschil voor aan Gedeputeerde Staten, die daarover beslissen.",
            "dan legt ieder van de partijen het geschil voor aan het algemeen bestuur, dat daarover beslist.",
        ),
        mark="aan het algemeen bestuur",
        alt=(Loc(c("slot/geschillen"), "dan beslissen Gedeputeerde Staten van Zuid-Holland"),),
    ),
    D(
        "e-ver-toetreding-alleen-eigen-raad",
        "verwijzing",
        "Artikel 39, derde lid, vraagt alleen de raad van de toetredende gemeente om een zienswijze. "
        "Sinds 1 juli 2022 moet over een toetreding iedere raad van de deelnemers een zienswijze "
        "kunnen geven (artikel 1 Wgr, ook voor een collegeregeling); de toelichting "
        "zegt dat ook.",
        E(
            c("toetreding/toetreding"),
            "stelt de raden van de deelnemers en de raad van de toetredende gemeente in de gelegenheid",
            "stelt de raad van de toetredende gemeente in de gelegenheid",
        ),
        mark="de raad van de toetredende gemeente",
    ),
    D(
        "e-ver-citeertitel-gr-in-mb",
        "verwijzing",
        "Het ‘gelet op’ van het mandaatbesluit noemt de ‘Gemeenschappelijke Regeling Sociaal "
        "Drechtsteden 2022’. Volgens artikel 50 van de regeling is de citeertitel "
        "‘Gemeenschappelijke Regeling Sociaal’ (zo ook artikel 1, onderdeel g, van het "
        "mandaatbesluit).",
        E(
            MB,
            "gelet_op: gelet op afdeling 10.1.1 van de Algemene wet bestuursrecht en de Gemeenschappelijke Regeling Sociaal;",
            "gelet_op: gelet op afdeling 10.1.1 van de Algemene wet bestuursrecht en de "
            "Gemeenschappelijke Regeling Sociaal Drechtsteden 2022;",
        ),
        mark="Gemeenschappelijke Regeling Sociaal Drechtsteden 2022",
    ),
    D(
        "e-ver-register-raad-als-bevoegde",
        "verwijzing",
        "Register 1 noemt voor de individuele inkomenstoeslag (artikel 36 Participatiewet) de raad "
        "als oorspronkelijk bevoegd orgaan dat aan het dagelijks bestuur delegeert. De regeling is "
        "een collegeregeling: alleen bevoegdheden van de colleges kunnen worden overgedragen "
        "(artikel 6 en bijlage 2 van de regeling); artikel 36 Pw is een collegebevoegdheid, de raad "
        "stelt alleen de verordening vast.",
        E(
            REG1,
            "    omschrijving: Verlenen van een individuele inkomenstoeslag, met toepassing van de verordening van de raad\n"
            "    oorspronkelijk: college\n",
            "    omschrijving: Verlenen van een individuele inkomenstoeslag, met toepassing van de verordening van de raad\n"
            "    oorspronkelijk: raad\n",
        ),
        mark="oorspronkelijk: raad",
    ),
    D(
        "e-ver-deelnemer-college-is-raad",
        "verwijzing",
        "In deelnemers.yaml is als ‘college’ van Hendrik-Ido-Ambacht de raad van die gemeente "
        "opgenomen. Aan een collegeregeling nemen alleen de colleges deel (artikel 1 Wgr; aanhef en "
        "toelichting ‘Keuze voor een collegeregeling’); het verkeerde orgaan komt zo in de stukken "
        "terecht.",
        E(
            DEELN,
            "    college: het college van burgemeester en wethouders van Hendrik-Ido-Ambacht\n",
            "    college: de raad van de gemeente Hendrik-Ido-Ambacht\n",
        ),
        mark="college: de raad",
    ),
    D(
        "e-ver-rekenkamer-213a",
        "verwijzing",
        "De toelichting op artikel 26a noemt artikel 213a van de Gemeentewet als grondslag voor het "
        "onderzoek van de rekenkamer bij een openbaar lichaam. Artikel 213a betreft de "
        "doelmatigheidsonderzoeken van het college; de bevoegdheid van de rekenkamer om bij een "
        "openbaar lichaam onderzoek te doen staat in artikel 184 van de Gemeentewet.",
        E(
            c("verantwoording/rekenkamer"),
            "(artikel 184 van de Gemeentewet)",
            "(artikel 213a van de Gemeentewet)",
        ),
        mark="artikel 213a",
    ),
    D(
        "e-ver-register-bezwaar-niet-uitgezonderd",
        "verwijzing",
        "In register 8 is voor het IOAW-mandaat aan de directeur (met ondermandaat en ‘met inbegrip "
        "van het beslissen op bezwaarschriften’) de uitzondering ‘bezwaar’ geschrapt. Wie het "
        "primaire besluit in mandaat nam, mag niet op het bezwaar beslissen (artikel 10:3, derde "
        "lid, Awb; artikel 4, eerste lid, onderdeel e, van het mandaatbesluit).",
        E(
            REG8,
            '    artikel: "2 tot en met 25"\n'
            "    omschrijving: Uitoefenen van de overgedragen bevoegdheden, met inbegrip van het beslissen op bezwaarschriften en het opleggen van een bestuurlijke boete\n"
            "    oorspronkelijk: dagelijks_bestuur\n"
            "    soort: mandaat\n"
            "    ontvanger: directeur\n"
            "    ondermandaat: true\n"
            "    uitzonderingen: [bezwaar, boete]\n"
            "    deelnemers: alle\n"
            "    grondslag: artikel 10:3 Awb en de Gemeenschappelijke Regeling Sociaal\n"
            "    verordening: false\n"
            "  - id: db-mandaat-ioaz\n",
            '    artikel: "2 tot en met 25"\n'
            "    omschrijving: Uitoefenen van de overgedragen bevoegdheden, met inbegrip van het beslissen op bezwaarschriften en het opleggen van een bestuurlijke boete\n"
            "    oorspronkelijk: dagelijks_bestuur\n"
            "    soort: mandaat\n"
            "    ontvanger: directeur\n"
            "    ondermandaat: true\n"
            "    uitzonderingen: [boete]\n"
            "    deelnemers: alle\n"
            "    grondslag: artikel 10:3 Awb en de Gemeenschappelijke Regeling Sociaal\n"
            "    verordening: false\n"
            "  - id: db-mandaat-ioaz\n",
        ),
        mark="uitzonderingen: [boete]",
    ),
    # ------------------------------------------------------------------------------------------
    # legitiem: rewordings that keep the legal content
    # ------------------------------------------------------------------------------------------
    D(
        "e-leg-eerste-en-tweede-lid",
        "legitiem",
        "Een correcte extra zin in de toelichting op artikel 25 met de vorm ‘het eerste en tweede "
        "lid’; artikel 25, eerste en tweede lid, gaan inderdaad over de verantwoording aan en het "
        "ontslag door het college.",
        E(
            c("verantwoording/verantwoording"),
            "Het ontslag wegens het ontbreken van vertrouwen is het sluitstuk",
            "Het eerste en tweede lid regelen de verhouding tussen het lid van het algemeen bestuur "
            "en zijn college. Het ontslag wegens het ontbreken van vertrouwen is het sluitstuk",
        ),
    ),
    D(
        "e-leg-onderdelen-a-tot-en-met-c",
        "legitiem",
        "De toelichting op artikel 46 verwijst naar ‘het tweede lid, onderdelen a tot en met c’; "
        "artikel 46, tweede lid, heeft precies die drie onderdelen.",
        E(
            c("slot/archief"),
            "Het algemeen bestuur stelt de\n    regels daarvoor vast.",
            "Het algemeen bestuur stelt de\n    regels daarvoor vast; het tweede lid, onderdelen a tot en met c, noemt de "
            "onderwerpen.",
        ),
    ),
    D(
        "e-leg-synoniem-db-quorum",
        "legitiem",
        "‘kan alleen besluiten als’ wordt ‘kan slechts besluiten indien’: zelfde inhoud, quorum "
        "van twee van de drie leden blijft.",
        E(
            c("bestuur/db-vergaderingen"),
            "kan alleen besluiten als ten minste twee leden aanwezig zijn.",
            "kan slechts besluiten indien ten minste twee leden aanwezig zijn.",
        ),
    ),
    D(
        "e-leg-volgorde-uittreding-mededeling",
        "legitiem",
        "De volgorde van de geadresseerden in artikel 40, eerste lid, wordt omgedraaid (‘aan de "
        "andere colleges en aan het algemeen bestuur’); de inhoud verandert niet.",
        E(
            c("toetreding/uittreding"),
            "Het college deelt het besluit tot uittreding mee aan het algemeen bestuur en aan de andere colleges.",
            "Het college deelt het besluit tot uittreding mee aan de andere colleges en aan het algemeen bestuur.",
        ),
    ),
    D(
        "e-leg-aangehaalde-term-mb",
        "legitiem",
        "De toelichting op artikel 1 van het mandaatbesluit zet de verzamelterm tussen "
        "aanhalingstekens (‘mandaat’); dat is een gebruikelijke en juiste schrijfwijze.",
        E(
            c("mandaat/mb-begripsbepalingen"),
            "samen aangeduid als\n    mandaat.",
            "samen aangeduid als\n    ‘mandaat’.",
        ),
    ),
    D(
        "e-leg-meervoud-inlichtingen",
        "legitiem",
        "Artikel 24, derde lid, in het meervoud (‘de colleges de inlichtingen die de colleges verlangen’): "
        "juridisch dezelfde plicht jegens ieder college.",
        E(
            c("verantwoording/inlichtingen"),
            "verstrekken een college de inlichtingen die het college verlangt.",
            "verstrekken de colleges de inlichtingen die de colleges verlangen.",
        ),
    ),
    D(
        "e-leg-toelichting-twaalf-weken-wgr",
        "legitiem",
        "Een juiste extra zin in de toelichting op artikel 30: sinds 1 juli 2022 volgt de termijn "
        "van twaalf weken voor de ontwerpbegroting uit de Wgr (artikel 35).",
        E(
            c("financien/fin-begroting"),
            "De raden hebben twaalf weken om een zienswijze over de ontwerpbegroting te geven.",
            "De raden hebben twaalf weken om een zienswijze over de ontwerpbegroting te geven. Die "
            "termijn volgt sinds 1 juli 2022 uit artikel 35 van de Wet gemeenschappelijke regelingen.",
        ),
    ),
    D(
        "e-leg-iit-artikel-36-pw",
        "legitiem",
        "Een juiste handgeschreven verwijzing naar een andere wet in de toelichting van de "
        "Verordening individuele inkomenstoeslag: de toeslag berust op artikel 36 van de "
        "Participatiewet.",
        E(
            IIT,
            "die langdurig een laag inkomen hebben en geen uitzicht\n        hebben op inkomensverbetering.",
            "die langdurig een laag inkomen hebben en geen uitzicht\n        hebben op inkomensverbetering "
            "(artikel 36 van de Participatiewet).",
        ),
    ),
    D(
        "e-leg-awb-109-toelichting",
        "legitiem",
        "Een juiste verwijzing naar artikel 10:9, eerste lid, van de Algemene wet bestuursrecht in de "
        "toelichting op het ondermandaat (de mandaatgever kan ondermandaat toestaan).",
        E(
            c("mandaat/mb-ondermandaat"),
            "Ondermandaat is alleen mogelijk als de mandaatgever dat toestaat.",
            "Ondermandaat is alleen mogelijk als de mandaatgever dat toestaat; zo bepaalt artikel "
            "10:9, eerste lid, van de Algemene wet bestuursrecht.",
        ),
    ),
    D(
        "e-leg-awb-1010-namens",
        "legitiem",
        "Een juiste extra zin in de toelichting op artikel 5 van het mandaatbesluit: artikel 10:10 "
        "Awb schrijft de vermelding ‘namens’ voor.",
        E(
            c("mandaat/mb-ondertekening"),
            "Uit het besluit moet daarom blijken namens welk orgaan het is genomen.",
            "Uit het besluit moet daarom blijken namens welk orgaan het is genomen (artikel 10:10 "
            "van de Algemene wet bestuursrecht).",
        ),
    ),
    D(
        "e-leg-wgr-28-geschillen",
        "legitiem",
        "Een juiste verwijzing in de toelichting op artikel 45: de beslissing van Gedeputeerde "
        "Staten over geschillen volgt uit artikel 28 van de Wet gemeenschappelijke regelingen.",
        E(
            c("slot/geschillen"),
            "dan beslissen Gedeputeerde Staten van Zuid-Holland.",
            "dan beslissen Gedeputeerde Staten van Zuid-Holland, op grond van artikel 28 van de Wet "
            "gemeenschappelijke regelingen.",
        ),
    ),
    D(
        "e-leg-mijlpaal-ruimere-termijn",
        "legitiem",
        "De reactietermijn van het ontwerp van de eerste wijziging wordt 15 mei 2023 (negen weken na "
        "13 maart 2023): ruimer dan de wettelijke acht weken, dus toegestaan.",
        E(MIJL, "reactie_uiterlijk: 2023-05-08", "reactie_uiterlijk: 2023-05-15"),
    ),
    D(
        "e-leg-brief-raad-eerder-binnen-termijn",
        "legitiem",
        "De raad van Zwijndrecht vergadert in de zienswijzeronde op 18 april 2023: na de "
        "collegevergadering (28 maart 2023) en ruim binnen de termijn (8 mei 2023).",
        E(BRIEF, "raad: 2023-05-02", "raad: 2023-04-18"),
    ),
    D(
        "e-leg-deelnemer-keuze-variant",
        "legitiem",
        "Hardinxveld-Giessendam kiest in deelnemers.yaml variant b voor het uitzicht op "
        "inkomensverbetering (medisch advies bij twijfel), een variant die keuzes.yaml aanbiedt en "
        "die Dordrecht ook heeft.",
        E(
            DEELN,
            "    burgemeester: de burgemeester van Hardinxveld-Giessendam\n    keuzes: {}\n",
            "    burgemeester: de burgemeester van Hardinxveld-Giessendam\n    keuzes:\n      iit-uitzicht: b\n",
        ),
    ),
    D(
        "e-leg-stemmen-derde-toelichting",
        "legitiem",
        "Een juiste extra zin in de toelichting op artikel 11: vier van de veertien stemmen is minder "
        "dan een derde (28,6 %).",
        E(
            c("bestuur/ab-stemverhouding"),
            "en één voor Alblasserdam en Hardinxveld-Giessendam.",
            "en één voor Alblasserdam en Hardinxveld-Giessendam. Dordrecht brengt daarmee vier van de "
            "veertien stemmen uit, minder dan een derde.",
        ),
    ),
    D(
        "e-leg-spelregels-synoniem",
        "legitiem",
        "‘bij voorkeur vóór 1 april’ wordt ‘liefst vóór 1 april’ in de bijlage Spelregels: zelfde "
        "(niet-bindende) inhoud.",
        E(SPEL, "bestuur, bij voorkeur vóór 1 april", "bestuur, liefst vóór 1 april"),
    ),
    D(
        "e-leg-geletop-gemeentewet-147",
        "legitiem",
        "Het ‘gelet op’ van de handhavingsverordening noemt daarnaast artikel 147 van de Gemeentewet "
        "(de raad stelt verordeningen vast); een juiste, aanvullende grondslag.",
        E(
            HH,
            "artikel 35 van de Wet inkomensvoorziening oudere en gedeeltelijk arbeidsongeschikte gewezen zelfstandigen;",
            "artikel 35 van de Wet inkomensvoorziening oudere en gedeeltelijk arbeidsongeschikte gewezen "
            "zelfstandigen en artikel 147 van de Gemeentewet;",
        ),
    ),
    D(
        "e-leg-overweging-mb-herformulering",
        "legitiem",
        "Een overweging van het mandaatbesluit anders geformuleerd (‘uit een oogpunt van "
        "rechtszekerheid wenselijk’); zelfde inhoud.",
        E(
            MB,
            "dat het met het oog op de rechtszekerheid gewenst is",
            "dat het uit een oogpunt van rechtszekerheid wenselijk is",
        ),
    ),
    D(
        "e-leg-register-omschrijving-herformulering",
        "legitiem",
        "De omschrijving in register 5 (minimabeleid) ‘in het kader van’ in plaats van ‘op grond "
        "van’ de gemeentelijke minimaregelingen; de bevoegdheid, soort en ontvanger blijven gelijk.",
        E(
            REG5,
            "omschrijving: Beslissen op aanvragen op grond van de gemeentelijke minimaregelingen,",
            "omschrijving: Beslissen op aanvragen in het kader van de gemeentelijke minimaregelingen,",
        ),
    ),
    D(
        "e-leg-opsomming-volgorde-openbaarheid",
        "legitiem",
        "De onderdelen a en b van artikel 14, derde lid, worden verwisseld (eerst de jaarrekening, "
        "dan de begroting), met correcte leestekens (‘;’ en ‘; en’).",
        E(
            c("bestuur/ab-openbaarheid"),
            "tekst: de vaststelling of wijziging van de begroting;",
            "tekst: de vaststelling van de jaarrekening;",
        ),
        E(
            c("bestuur/ab-openbaarheid"),
            "tekst: de vaststelling van de jaarrekening; en",
            "tekst: de vaststelling of wijziging van de begroting; en",
        ),
    ),
    D(
        "e-leg-duur-bepaalde-tijd-met-termijn",
        "legitiem",
        "Artikel 48 treft de regeling voor bepaalde tijd mét einddatum (tot en met 31 december "
        "2031), en de toelichting is aangepast; een regeling voor bepaalde tijd is toegestaan als de "
        "termijn is vermeld.",
        E(
            c("slot/duur"),
            "tekst: Deze regeling wordt getroffen voor onbepaalde tijd.",
            "tekst: Deze regeling wordt getroffen voor bepaalde tijd, tot en met 31 december 2031.",
        ),
        E(
            c("slot/duur"),
            "De regeling geldt voor onbepaalde tijd.",
            "De regeling geldt tot en met 31 december 2031.",
        ),
    ),
    D(
        "e-leg-woo-historisch-mb",
        "legitiem",
        "Een juiste historische vermelding van de Wob in de toelichting van het mandaatbesluit "
        "(‘tot 1 mei 2022 gold de Wob’); de geldende grondslag blijft de Woo.",
        E(
            c("mandaat/mb-mandaat-directeur"),
            "die de Wet openbaarheid van bestuur heeft vervangen.",
            "die de Wet openbaarheid van bestuur heeft vervangen. Tot die datum was de Wet "
            "openbaarheid van bestuur de grondslag voor zulke verzoeken.",
        ),
    ),
)
