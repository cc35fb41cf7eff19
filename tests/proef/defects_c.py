"""A third, independent blind corpus of legal defects for ``assembler controleer`` (corpus C).

Written from the law (Wgr, Awb, Gemeentewet, Participatiewet, Woo, Archiefwet) and the texts of
the sample, in the format of :mod:`tests.proef.defects`, without looking at the rules' code or at
the cases of the corpora A and B. Every defect is one a gemeentejurist would flag, placed where
the jurist would put the finger; every legitimate variant is a rewording in the style of real
Dutch drafting that keeps the legal content. Run it with ``tools/proef_controle.py --corpus c``.
"""

from __future__ import annotations

from tests.proef.defects import (
    BEGR,
    GR,
    HH,
    IIT,
    MB,
    REG1,
    REG3,
    REG8,
    SPEL,
    Case,
    D,
    E,
    Loc,
    c,
)

REG5 = "clausules/mandaat/register-5-minimabeleid.yaml"
REG7 = "clausules/mandaat/register-7-wmo.yaml"
PB = "regelingen/besluit-plustaken.yaml"

CASES_C: tuple[Case, ...] = (
    # ------------------------------------------------------------------------------------------
    # patroon: typed references in odd forms, enumerations that end wrongly, register rows
    # ------------------------------------------------------------------------------------------
    D(
        "c-pat-lid-haakjes-mb",
        "patroon",
        "In de toelichting van het mandaatbesluit staat de verwijzing ‘(lid 4)’ in plaats van "
        "‘het vierde lid’.",
        E(
            c("mandaat/mb-mandaat-directeur"),
            "nodig. De mandaatlijst in de bijlage",
            "nodig (lid 4). De mandaatlijst in de bijlage",
        ),
        mark="lid 4",
    ),
    D(
        "c-pat-sub-register",
        "patroon",
        "Een omschrijving in het register verwijst naar de regeling met ‘sub a’.",
        E(
            REG1,
            "met uitzondering van voorzieningen die het college zelf inkoopt of uitvoert\n",
            "met uitzondering van voorzieningen die het college zelf inkoopt of uitvoert, als "
            "bedoeld in artikel 6, eerste lid, sub a, van de regeling\n",
        ),
        mark="sub a",
    ),
    D(
        "c-pat-jo-gelet-op",
        "patroon",
        "Het ‘gelet op’ van de verordening individuele inkomenstoeslag verbindt twee artikelen "
        "met ‘jo.’.",
        E(
            IIT,
            "onderdeel g, en artikel 36 van de Participatiewet;",
            "onderdeel g, jo. artikel 36 van de Participatiewet;",
        ),
        mark="jo.",
    ),
    D(
        "c-pat-letter-bijlage",
        "patroon",
        "De bijlage Spelregels verwijst naar de regeling met ‘letter b’.",
        E(
            SPEL,
            "Een deelnemer die een plustaak wil afnemen, meldt",
            "Een deelnemer die een plustaak als bedoeld in artikel 5, eerste lid, letter b, van de "
            "regeling wil afnemen, meldt",
        ),
        mark="letter b",
    ),
    D(
        "c-pat-vorige-lid",
        "patroon",
        "Een lid van de handhavingsverordening verwijst naar ‘het vorige lid’.",
        E(
            c("handhaving/hh-recidive"),
            "Maakt de belanghebbende zich binnen die termijn voor de derde keer",
            "Maakt de belanghebbende zich binnen de termijn, bedoeld in het vorige lid, voor de "
            "derde keer",
        ),
        mark="het vorige lid",
    ),
    D(
        "c-pat-artt-gelet-op",
        "patroon",
        "Het ‘gelet op’ van de handhavingsverordening gebruikt de afkorting ‘artt.’.",
        E(
            HH,
            "gelet op artikel 8, eerste lid, en artikel 18, tweede lid, van de Participatiewet,",
            "gelet op de artt. 8, eerste lid, en 18, tweede lid, van de Participatiewet,",
        ),
        mark="artt.",
    ),
    D(
        "c-pat-art-zinsbegin",
        "patroon",
        "Een zin in de toelichting begint met ‘Art. 32, tweede lid,’.",
        E(
            c("financien/fin-jaarrekening"),
            "    Het algemeen bestuur stelt de jaarrekening vóór 1 juli vast, zodat",
            "    Art. 32, tweede lid, bepaalt dat het algemeen bestuur de jaarrekening vóór 1 juli "
            "vaststelt, zodat",
        ),
        mark="Art. 32",
    ),
    D(
        "c-pat-leden-cijfers",
        "patroon",
        "De toelichting verwijst naar ‘de leden 3 tot en met 6’ in cijfers.",
        E(
            c("financien/fin-begroting"),
            "volgt dezelfde procedure, met een",
            "volgt de procedure van de leden 3 tot en met 6, met een",
        ),
        mark="leden 3",
    ),
    D(
        "c-pat-laatste-dubbele-punt",
        "patroon",
        "Het laatste onderdeel van de archiefregels eindigt op ‘waaronder:’ zonder vervolg.",
        E(
            c("slot/archief"),
            "tekst: de overdracht van archiefbescheiden bij uittreding van een deelnemer of bij "
            "opheffing van de regeling.",
            'tekst: "de overdracht van archiefbescheiden bij uittreding van een deelnemer of bij '
            'opheffing van de regeling, waaronder:"',
        ),
        mark="waaronder:",
    ),
    D(
        "c-pat-punt-midden",
        "patroon",
        "Een onderdeel midden in een opsomming eindigt op een punt in plaats van een puntkomma.",
        E(
            c("verantwoording/inlichtingen"),
            "tekst: ontwikkelingen die leiden tot een wijziging van de bijdragen van de deelnemers;",
            "tekst: ontwikkelingen die leiden tot een wijziging van de bijdragen van de deelnemers.",
        ),
        mark="deelnemers.",
    ),
    D(
        "c-pat-en-dubbel",
        "patroon",
        "Het eerste onderdeel van de taken van de voorzitter eindigt op ‘; en’, terwijl het "
        "voorlaatste dat ook doet.",
        E(
            c("bestuur/voorzitter"),
            "tekst: leidt de vergaderingen van het algemeen bestuur en van het dagelijks bestuur;",
            "tekst: leidt de vergaderingen van het algemeen bestuur en van het dagelijks bestuur; en",
        ),
        mark="; en",
    ),
    D(
        "c-pat-laatste-en",
        "patroon",
        "Het laatste onderdeel van de opsomming van de bestuursorganen eindigt op ‘; en’: de "
        "opsomming houdt op zonder slot.",
        E(
            c("algemeen/bestuursorganen"),
            "tekst: de voorzitter.",
            "tekst: de voorzitter; en",
        ),
        mark="; en",
    ),
    D(
        "c-pat-leeg-lid",
        "patroon",
        "Een lid van de handhavingsverordening is leeg.",
        E(
            c("handhaving/hh-horen"),
            "tekst: Van het horen wordt een verslag gemaakt, dat aan het dossier wordt toegevoegd.",
            'tekst: ""',
        ),
    ),
    D(
        "c-pat-register-verordening",
        "patroon",
        "Een registerregel in mandaat omvat het vaststellen van een verordening (een bevoegdheid "
        "van de raad), terwijl ‘verordening’ op false staat.",
        E(
            REG5,
            "omschrijving: Beslissen op aanvragen op grond van de gemeentelijke minimaregelingen,",
            "omschrijving: Vaststellen van de verordening minimaregelingen en beslissen op "
            "aanvragen op grond van de gemeentelijke minimaregelingen,",
        ),
        mark="Vaststellen van de verordening",
    ),
    D(
        "c-pat-register-bezwaar",
        "patroon",
        "Een registerregel mandateert het beslissen op een Wmo-aanvraag zonder dat het beslissen "
        "op bezwaar is uitgezonderd (artikel 10:3, derde lid, Awb).",
        E(
            REG7,
            "in natura of als persoonsgebonden budget\n"
            "    oorspronkelijk: college\n"
            "    soort: mandaat\n"
            "    ontvanger: dagelijks_bestuur\n"
            "    instemming: true\n"
            "    ondermandaat: true\n"
            "    uitzonderingen: [bezwaar]",
            "in natura of als persoonsgebonden budget\n"
            "    oorspronkelijk: college\n"
            "    soort: mandaat\n"
            "    ontvanger: dagelijks_bestuur\n"
            "    instemming: true\n"
            "    ondermandaat: true\n"
            "    uitzonderingen: []",
        ),
        mark="uitzonderingen: []",
    ),
    D(
        "c-pat-register-boete",
        "patroon",
        "De mandaatlijst mandateert het opleggen van een bestuurlijke boete zonder de "
        "uitzondering voor wie het rapport opmaakte (artikel 10:3, vierde lid, Awb).",
        E(
            REG8,
            "  - id: db-mandaat-boete\n"
            "    wet: Participatiewet\n"
            '    artikel: "18a"\n'
            "    omschrijving: Opleggen van een bestuurlijke boete wegens het niet of niet "
            "behoorlijk nakomen van de inlichtingenplicht\n"
            "    oorspronkelijk: dagelijks_bestuur\n"
            "    soort: mandaat\n"
            "    ontvanger: directeur\n"
            "    ondermandaat: true\n"
            "    uitzonderingen: [bezwaar, boete]",
            "  - id: db-mandaat-boete\n"
            "    wet: Participatiewet\n"
            '    artikel: "18a"\n'
            "    omschrijving: Opleggen van een bestuurlijke boete wegens het niet of niet "
            "behoorlijk nakomen van de inlichtingenplicht\n"
            "    oorspronkelijk: dagelijks_bestuur\n"
            "    soort: mandaat\n"
            "    ontvanger: directeur\n"
            "    ondermandaat: true\n"
            "    uitzonderingen: [bezwaar]",
        ),
        mark="uitzonderingen: [bezwaar]",
    ),
    # ------------------------------------------------------------------------------------------
    # tekst-tag: a tagged Wgr topic whose article text no longer regulates it
    # ------------------------------------------------------------------------------------------
    D(
        "c-tag-archief-privacy",
        "tekst-tag",
        "Het artikel Archief (onderwerp archief) gaat na een kopieerfout alleen nog over "
        "persoonsgegevens: de zorg voor de archiefbescheiden (Archiefwet) is niet geregeld.",
        E(
            c("slot/archief"),
            "tekst: Het dagelijks bestuur draagt zorg voor de archiefbescheiden van het openbaar "
            "lichaam.",
            "tekst: Het dagelijks bestuur draagt zorg voor de bescherming van de persoonsgegevens "
            "die het openbaar lichaam verwerkt.",
        ),
        E(
            c("slot/archief"),
            "met overeenkomstige toepassing van de Archiefwet 1995, regels vast over:",
            "met inachtneming van de Algemene verordening gegevensbescherming, regels vast over:",
        ),
        E(
            c("slot/archief"),
            "tekst: de zorg voor de archiefbescheiden, waaronder de digitale archiefbescheiden;",
            "tekst: de beveiliging van de persoonsgegevens, waaronder de digitale dossiers;",
        ),
        E(
            c("slot/archief"),
            "tekst: de overbrenging van archiefbescheiden naar een archiefbewaarplaats; en",
            "tekst: de bewaartermijnen van persoonsgegevens; en",
        ),
        E(
            c("slot/archief"),
            "tekst: de overdracht van archiefbescheiden bij uittreding",
            "tekst: de verstrekking van persoonsgegevens aan de deelnemers bij uittreding",
        ),
        E(
            c("slot/archief"),
            "De archiefbescheiden die voor overbrenging in aanmerking komen, worden overgebracht "
            "naar de archiefbewaarplaats van de gemeente {{ vestigingsplaats }}.",
            "Het dagelijks bestuur wijst een functionaris voor gegevensbescherming aan.",
        ),
        E(
            c("slot/archief"),
            "De gemeentearchivaris van de gemeente {{ vestigingsplaats }} is belast met het "
            "toezicht op het beheer van de archiefbescheiden van het openbaar lichaam die niet "
            "zijn overgebracht.",
            "De functionaris voor gegevensbescherming ziet toe op de naleving van de regels over "
            "persoonsgegevens.",
        ),
        alt=(Loc(c("slot/archief"), "onderwerpen: [archief]"),),
    ),
    D(
        "c-tag-toetreding-dienstverlening",
        "tekst-tag",
        "Het artikel Toetreding (onderwerp toetreding) regelt nu dienstverlening aan een "
        "gemeente die geen deelnemer is: toetreding is nergens meer geregeld.",
        E(
            c("toetreding/toetreding"),
            "kan tot deze regeling toetreden nadat de raad van die gemeente daarvoor toestemming "
            "heeft verleend.",
            "kan het dagelijks bestuur verzoeken voor zijn gemeente taken uit te voeren op grond "
            "van een dienstverleningsovereenkomst.",
        ),
        E(
            c("toetreding/toetreding"),
            "Het algemeen bestuur stelt de voorwaarden voor toetreding vast.",
            "Het algemeen bestuur stelt de voorwaarden voor zo'n overeenkomst vast.",
        ),
        E(
            c("toetreding/toetreding"),
            "tekst: de datum van toetreding, die samenvalt",
            "tekst: de ingangsdatum van de overeenkomst, die samenvalt",
        ),
        E(
            c("toetreding/toetreding"),
            "tekst: de bijdrage van de toetredende gemeente in de kosten die met de toetreding "
            "verband houden; en",
            "tekst: de vergoeding die de gemeente voor de uitvoering verschuldigd is; en",
        ),
        E(
            c("toetreding/toetreding"),
            "tekst: \"de aanpassing van de stemverhouding, bedoeld in {{ ref('ab-stemverhouding') "
            "}}, en van de verdeelsleutels, bedoeld in {{ ref('fin-verdeelsleutels') }}.\"",
            "tekst: de wijze waarop het dagelijks bestuur over de uitvoering verantwoording "
            "aflegt.",
        ),
        E(
            c("toetreding/toetreding"),
            "tekst: Het algemeen bestuur stelt de raden van de deelnemers en de raad van de "
            "toetredende gemeente in de gelegenheid binnen acht weken een zienswijze over de "
            "voorgenomen toetreding naar voren te brengen, voordat het de voorwaarden vaststelt.",
            "tekst: Het algemeen bestuur stelt de raden van de deelnemers in de gelegenheid binnen "
            "acht weken een zienswijze over de voorwaarden naar voren te brengen, voordat het de "
            "voorwaarden vaststelt.",
        ),
        E(
            c("toetreding/toetreding"),
            "De toetreding komt tot stand door een wijziging van deze regeling, waarop "
            "{{ ref('wijziging') }} van toepassing is.",
            "Een overeenkomst als bedoeld in {{ ref('toetreding.besluit') }} maakt de gemeente "
            "niet tot deelnemer.",
        ),
        alt=(Loc(c("toetreding/toetreding"), "onderwerpen: [toetreding]"),),
    ),
    D(
        "c-tag-uittreding-opzegging",
        "tekst-tag",
        "Het artikel Uittreding (onderwerp uittreding) regelt nu het opzeggen van "
        "dienstverleningsovereenkomsten: de voorwaarden voor uittreding ontbreken.",
        E(
            c("toetreding/uittreding"),
            "tekst: Een college kan uit deze regeling treden nadat de raad van zijn gemeente "
            "daarvoor toestemming heeft verleend. Het college deelt het besluit tot uittreding "
            "mee aan het algemeen bestuur en aan de andere colleges.",
            "tekst: Een college kan de dienstverleningsovereenkomsten die het heeft gesloten, "
            "opzeggen. Het college deelt de opzegging mee aan het algemeen bestuur en aan de "
            "andere colleges.",
        ),
        E(
            c("toetreding/uittreding"),
            "tekst: Voordat een college tot uittreding besluit, stelt het de raden van alle "
            "deelnemers in de gelegenheid binnen acht weken hun zienswijze over de voorgenomen "
            "uittreding en de gevolgen daarvan naar voren te brengen.",
            "tekst: Voordat een college een dienstverleningsovereenkomst opzegt, informeert het "
            "de raad van zijn gemeente over de gevolgen daarvan.",
        ),
        E(
            c("toetreding/uittreding"),
            "tekst: De uittreding gaat in op 1 januari van het tweede kalenderjaar na het jaar "
            "waarin het besluit tot uittreding aan het algemeen bestuur is meegedeeld, maar niet "
            "eerder dan op 1 januari 2026.",
            "tekst: De opzegging gaat in op 1 januari van het tweede kalenderjaar na het jaar "
            "waarin zij aan het algemeen bestuur is meegedeeld.",
        ),
        E(
            c("toetreding/uittreding"),
            "tekst: Het algemeen bestuur regelt de gevolgen van de uittreding in een "
            "uittredingsregeling, nadat het de uittredende deelnemer heeft gehoord. Het zendt de "
            "uittredingsregeling aan de colleges en de raden.",
            "tekst: Het dagelijks bestuur regelt de gevolgen van de opzegging in overleg met het "
            "college.",
        ),
        E(
            c("toetreding/uittreding"),
            "Een uittredende deelnemer beëindigt de dienstverleningsovereenkomsten die hij heeft "
            "gesloten met ingang van de datum,",
            "De kosten van de opzegging komen voor rekening van de deelnemer die opzegt, met "
            "ingang van de datum,",
        ),
        alt=(Loc(c("toetreding/uittreding"), "onderwerpen: [uittreding]"),),
    ),
    D(
        "c-tag-jaarrekening-overzicht",
        "tekst-tag",
        "Het artikel Jaarrekening (onderwerp jaarrekening) spreekt alleen nog van een "
        "‘overzicht van de resultaten’: vaststelling en toezending van de jaarrekening ontbreken.",
        E(
            c("financien/fin-jaarrekening"),
            "tekst: Het dagelijks bestuur zendt de voorlopige jaarrekening, met het verslag van de "
            "accountant, vóór 15 april van het jaar volgend op het begrotingsjaar aan de raden.",
            "tekst: Het dagelijks bestuur zendt de raden vóór 15 april een overzicht van de "
            "resultaten per deelnemer over het afgelopen jaar.",
        ),
        E(
            c("financien/fin-jaarrekening"),
            "tekst: Het algemeen bestuur stelt de jaarrekening vast vóór 1 juli van het jaar "
            "volgend op het begrotingsjaar.",
            "tekst: Het algemeen bestuur bespreekt het overzicht vóór 1 juli.",
        ),
        E(
            c("financien/fin-jaarrekening"),
            "tekst: Het dagelijks bestuur zendt de jaarrekening binnen twee weken na de "
            "vaststelling, maar in ieder geval vóór 15 juli van het jaar volgend op het "
            "begrotingsjaar, aan Gedeputeerde Staten.",
            "tekst: Het dagelijks bestuur zendt het overzicht ter kennisneming aan de colleges.",
        ),
        E(
            c("financien/fin-jaarrekening"),
            "Het algemeen bestuur besluit bij de vaststelling van de jaarrekening over de "
            "bestemming van het resultaat,",
            "Het algemeen bestuur besluit over de bestemming van het resultaat,",
        ),
        E(
            c("financien/fin-jaarrekening"),
            "tekst: De jaarrekening bevat een afzonderlijke verantwoording",
            "tekst: Het overzicht bevat een afzonderlijke verantwoording",
        ),
        alt=(Loc(c("financien/fin-jaarrekening"), "onderwerpen: [jaarrekening]"),),
    ),
    D(
        "c-tag-evaluatie-monitoring",
        "tekst-tag",
        "Het artikel Evaluatie (onderwerp evaluatie) regelt alleen nog een kwartaalrapportage "
        "over kengetallen: de periodieke evaluatie van de regeling ontbreekt.",
        E(
            c("verantwoording/evaluatie"),
            "tekst: Het algemeen bestuur evalueert deze regeling en de uitvoering ervan ten minste "
            "eenmaal in de vier jaar, voor het eerst in 2025.",
            "tekst: Het dagelijks bestuur rapporteert ieder kwartaal aan het algemeen bestuur over "
            "de kengetallen van de uitvoering.",
        ),
        E(
            c("verantwoording/evaluatie"),
            '"De evaluatie heeft in ieder geval betrekking op:"',
            '"De rapportage bevat in ieder geval gegevens over:"',
        ),
        E(
            c("verantwoording/evaluatie"),
            "tekst: Het algemeen bestuur betrekt de raden, de regionale cliëntenraad en de "
            "adviesraden sociaal domein bij de evaluatie.",
            "tekst: Het algemeen bestuur bespreekt de rapportage in zijn eerstvolgende "
            "vergadering.",
        ),
        E(
            c("verantwoording/evaluatie"),
            "tekst: Het algemeen bestuur zendt het evaluatieverslag, met zijn conclusies en "
            "eventuele voorstellen tot wijziging van deze regeling, aan de colleges en de raden.",
            "tekst: Het algemeen bestuur zendt de rapportage aan de colleges.",
        ),
        alt=(Loc(c("verantwoording/evaluatie"), "onderwerpen: [evaluatie]"),),
    ),
    D(
        "c-tag-participatie-klachten",
        "tekst-tag",
        "Het artikel over participatie van inwoners (onderwerp participatie) regelt nu alleen "
        "de klachtbehandeling.",
        E(
            c("betrekken/inwonersparticipatie"),
            "tekst: Het algemeen bestuur stelt regels vast over de wijze waarop inwoners en "
            "belanghebbenden worden betrokken bij de voorbereiding en de uitvoering van het beleid "
            "van het openbaar lichaam.",
            "tekst: Het algemeen bestuur stelt regels vast over de behandeling van klachten van "
            "inwoners en belanghebbenden over gedragingen van het openbaar lichaam.",
        ),
        E(
            c("betrekken/inwonersparticipatie"),
            "tekst: de onderwerpen waarover inwoners en belanghebbenden worden betrokken;",
            "tekst: de termijn waarbinnen een klacht wordt behandeld;",
        ),
        E(
            c("betrekken/inwonersparticipatie"),
            "tekst: de vormen van participatie, waaronder de gelegenheid tot inspraak; en",
            "tekst: de wijze waarop de klager wordt gehoord; en",
        ),
        E(
            c("betrekken/inwonersparticipatie"),
            "tekst: de wijze waarop het bestuur terugkoppelt wat met de inbreng is gedaan.",
            "tekst: de wijze waarop het bestuur de klager over de afhandeling informeert.",
        ),
        E(
            c("betrekken/inwonersparticipatie"),
            "rekening met de regels die de raden over participatie hebben vastgesteld.",
            "rekening met hoofdstuk 9 van de Algemene wet bestuursrecht.",
        ),
        alt=(Loc(c("betrekken/inwonersparticipatie"), "onderwerpen: [participatie]"),),
    ),
    D(
        "c-tag-zienswijzebesluiten-kennisneming",
        "tekst-tag",
        "Het artikel Zienswijzen van de raden (onderwerp zienswijzebesluiten) laat de raden "
        "alleen achteraf kennisnemen van besluiten: welke ontwerpen voor een zienswijze naar de "
        "raden gaan, is niet meer geregeld.",
        E(
            c("betrekken/zienswijze-raden"),
            "Het algemeen bestuur stelt de raden in de gelegenheid hun zienswijze naar voren te "
            "brengen over de ontwerpen van de volgende besluiten:",
            "Het algemeen bestuur zendt de raden de volgende besluiten ter kennisneming, nadat het "
            "ze heeft genomen:",
        ),
        E(
            c("betrekken/zienswijze-raden"),
            "De termijn voor het naar voren brengen van een zienswijze bedraagt acht weken na de "
            "dag van verzending van het ontwerp, tenzij in deze regeling een andere termijn is "
            "bepaald.",
            "Het algemeen bestuur zendt een besluit binnen twee weken nadat het is genomen.",
        ),
        E(
            c("betrekken/zienswijze-raden"),
            "tekst: Het algemeen bestuur betrekt de zienswijzen bij zijn besluitvorming en deelt "
            "iedere raad schriftelijk en met redenen mee op welke wijze met zijn zienswijze "
            "rekening is gehouden.",
            "tekst: Het algemeen bestuur licht de besluiten op verzoek van een raad toe.",
        ),
        E(
            c("betrekken/zienswijze-raden"),
            "Over andere besluiten dan die, genoemd in {{ ref('zienswijze-raden.besluiten') }}, "
            "worden de raden niet om een zienswijze gevraagd. Iedere raad",
            "Iedere raad",
        ),
        alt=(Loc(c("betrekken/zienswijze-raden"), "onderwerpen: [zienswijzebesluiten]"),),
    ),
    D(
        "c-tag-wijziging-voorstellen",
        "tekst-tag",
        "Het artikel Wijziging (onderwerp wijziging) regelt alleen nog voorstellen over de "
        "uitvoering: de procedure voor een wijziging van de regeling ontbreekt.",
        E(
            c("toetreding/wijziging"),
            "tekst: Het algemeen bestuur en ieder college kunnen voorstellen doen tot wijziging "
            "van deze regeling.",
            "tekst: Het algemeen bestuur en ieder college kunnen voorstellen doen over de "
            "uitvoering van de basistaken.",
        ),
        E(
            c("toetreding/wijziging"),
            "tekst: Een college besluit niet tot wijziging van deze regeling dan nadat de raden in "
            "de gelegenheid zijn gesteld binnen acht weken een zienswijze over het ontwerp naar "
            "voren te brengen en de raad van zijn gemeente toestemming heeft verleend.",
            'tekst: "Een college informeert de raad van zijn gemeente over een voorstel als '
            "bedoeld in {{ ref('wijziging.voorstel') }}.\"",
        ),
        E(
            c("toetreding/wijziging"),
            "tekst: Deze regeling wordt gewijzigd als de colleges van ten minste vijf deelnemers "
            "daartoe hebben besloten.",
            "tekst: Een voorstel wordt aangenomen als de colleges van ten minste vijf deelnemers "
            "ermee instemmen.",
        ),
        E(
            c("toetreding/wijziging"),
            "vergt een wijziging van de volgende onderwerpen een besluit van alle colleges:",
            "vergt een voorstel over de volgende onderwerpen de instemming van alle colleges:",
        ),
        E(
            c("toetreding/wijziging"),
            "Een wijziging wordt bekendgemaakt op de wijze,",
            "Een aangenomen voorstel wordt bekendgemaakt op de wijze,",
        ),
        alt=(Loc(c("toetreding/wijziging"), "onderwerpen: [wijziging]"),),
    ),
    D(
        "c-tag-informatie-geheimhouding",
        "tekst-tag",
        "Het artikel Inlichtingen (onderwerp informatie) gaat nu over geheimhouding en "
        "vertrouwelijkheid: de inlichtingen aan de raden en de colleges ontbreken.",
        E(
            c("verantwoording/inlichtingen"),
            "tekst: Het algemeen bestuur en het dagelijks bestuur verstrekken de raden ongevraagd "
            "alle inlichtingen die voor een juiste beoordeling van het door hen gevoerde bestuur "
            "nodig zijn.",
            "tekst: Het algemeen bestuur en het dagelijks bestuur nemen bij de uitvoering van hun "
            "taken de geheimhoudingsplicht van artikel 2:5 van de Algemene wet bestuursrecht in "
            "acht.",
        ),
        E(
            c("verantwoording/inlichtingen"),
            "tekst: Een lid van een raad kan schriftelijk vragen stellen aan het algemeen bestuur. "
            "Het dagelijks bestuur beantwoordt de vragen namens het algemeen bestuur binnen vier "
            "weken en zendt een afschrift van het antwoord aan de andere raden.",
            "tekst: Medewerkers van het openbaar lichaam verstrekken geen gegevens over inwoners "
            "aan derden, tenzij een wettelijk voorschrift daartoe verplicht.",
        ),
        E(
            c("verantwoording/inlichtingen"),
            "tekst: Het algemeen bestuur en het dagelijks bestuur verstrekken een college de "
            "inlichtingen die het college verlangt.",
            "tekst: Het dagelijks bestuur treft maatregelen om de vertrouwelijkheid van de "
            "dossiers te waarborgen.",
        ),
        E(
            c("verantwoording/inlichtingen"),
            '"Het dagelijks bestuur informeert de colleges en de raden in ieder geval tijdig '
            'over:"',
            '"Het dagelijks bestuur legt in ieder geval vast:"',
        ),
        E(
            c("verantwoording/inlichtingen"),
            "tekst: ontwikkelingen die leiden tot een wijziging van de bijdragen van de deelnemers;",
            "tekst: wie toegang heeft tot de dossiers;",
        ),
        E(
            c("verantwoording/inlichtingen"),
            "tekst: ontwikkelingen in het aantal uitkeringen en in de verhouding tussen de lasten "
            "van de uitkeringen en de BUIG; en",
            "tekst: hoe lang de dossiers worden bewaard; en",
        ),
        E(
            c("verantwoording/inlichtingen"),
            "tekst: voornemens die de uitvoering van de basistaken of van de plustaken wezenlijk "
            "raken.",
            "tekst: hoe een inbreuk op de vertrouwelijkheid wordt gemeld.",
        ),
        E(
            c("verantwoording/inlichtingen"),
            "tekst: Inlichtingen worden niet verstrekt als het verstrekken ervan in strijd is met "
            "het openbaar belang.",
            "tekst: Een inbreuk wordt onverwijld gemeld aan de directeur.",
        ),
        alt=(Loc(c("verantwoording/inlichtingen"), "onderwerpen: [informatie]"),),
    ),
    D(
        "c-tag-duur-bepaalde-tijd",
        "tekst-tag",
        "De regeling wordt getroffen ‘voor bepaalde tijd’ zonder te zeggen welke tijd.",
        E(
            c("slot/duur"),
            "tekst: Deze regeling wordt getroffen voor onbepaalde tijd.",
            "tekst: Deze regeling wordt getroffen voor bepaalde tijd.",
        ),
        mark="bepaalde tijd",
    ),
    D(
        "c-tag-geschillen-klachten",
        "tekst-tag",
        "Het artikel Geschillen (onderwerp geschillen) regelt nu klachten van inwoners: de "
        "geschillen tussen deelnemers zijn niet meer geregeld.",
        E(
            c("slot/geschillen"),
            "tekst: Deelnemers die een geschil hebben over deze regeling, onderling of met het "
            "openbaar lichaam, spannen zich in het geschil in onderling overleg op te lossen. Zij "
            "kunnen daarbij een onafhankelijke bemiddelaar inschakelen.",
            "tekst: Inwoners die een klacht hebben over de dienstverlening van het openbaar "
            "lichaam, kunnen zich wenden tot de klachtencoördinator. Zij kunnen daarbij een "
            "vertrouwenspersoon inschakelen.",
        ),
        E(
            c("slot/geschillen"),
            "tekst: Leidt het overleg niet tot een oplossing, dan legt ieder van de partijen het "
            "geschil voor aan Gedeputeerde Staten, die daarover beslissen.",
            "tekst: Leidt de klachtbehandeling niet tot een oplossing, dan kan de klager zich "
            "wenden tot de Nationale ombudsman.",
        ),
        E(
            c("slot/geschillen"),
            "is niet van toepassing op geschillen die tot de bevoegdheid",
            "is niet van toepassing op klachten die tot de bevoegdheid",
        ),
        alt=(Loc(c("slot/geschillen"), "onderwerpen: [geschillen]"),),
    ),
    D(
        "c-tag-opheffing-taak",
        "tekst-tag",
        "Het artikel Opheffing (onderwerp opheffing) regelt nu het beëindigen van een taak: "
        "hoe de regeling wordt opgeheven, staat er niet meer.",
        E(
            c("toetreding/opheffing"),
            "tekst: Deze regeling wordt opgeheven als de colleges van ten minste vijf deelnemers "
            "daartoe besluiten, nadat de raden van hun gemeenten toestemming hebben verleend.",
            "tekst: Het algemeen bestuur kan een taak beëindigen als de colleges van ten minste "
            "vijf deelnemers daarmee instemmen.",
        ),
        E(
            c("toetreding/opheffing"),
            "een zienswijze over een voorstel tot opheffing naar voren te brengen.",
            "een zienswijze over een voorstel tot beëindiging van een taak naar voren te brengen.",
        ),
        E(
            c("toetreding/opheffing"),
            "tekst: De opheffing gaat in op 1 januari van een kalenderjaar, maar niet eerder dan "
            "een jaar na het besluit tot opheffing.",
            "tekst: De beëindiging gaat in op 1 januari van een kalenderjaar, maar niet eerder dan "
            "een jaar na het besluit tot beëindiging.",
        ),
        E(
            c("toetreding/opheffing"),
            '"Bij opheffing wordt het openbaar lichaam geliquideerd overeenkomstig '
            "{{ ref('liquidatie') }}.\"",
            "Bij beëindiging van een taak draagt het openbaar lichaam de dossiers over aan de "
            "deelnemers.",
        ),
        alt=(Loc(c("toetreding/opheffing"), "onderwerpen: [opheffing]"),),
    ),
    # ------------------------------------------------------------------------------------------
    # getallen: terms, dates and numbers against the law, the data and each other
    # ------------------------------------------------------------------------------------------
    D(
        "c-get-kaderbrief-1-juni",
        "getallen",
        "De financiële kaders gaan ‘vóór 1 juni’ naar de raden; de Wgr zegt vóór 15 april (en de "
        "toelichting ook).",
        E(
            c("financien/fin-begroting"),
            "zendt vóór 15 april van het jaar voorafgaand aan het begrotingsjaar de algemene",
            "zendt vóór 1 juni van het jaar voorafgaand aan het begrotingsjaar de algemene",
        ),
        mark="1 juni",
    ),
    D(
        "c-get-begroting-6-weken",
        "getallen",
        "De raden krijgen ‘6 weken’ voor hun zienswijze op de ontwerpbegroting; de Wgr geeft "
        "sinds 2022 twaalf weken.",
        E(
            c("financien/fin-begroting"),
            "ten minste twaalf weken voor de vergadering",
            "ten minste 6 weken voor de vergadering",
        ),
        mark="6 weken",
    ),
    D(
        "c-get-wijziging-zes-weken",
        "getallen",
        "Voor een zienswijze op een wijziging van de regeling krijgen de raden zes weken in plaats "
        "van de acht weken van artikel 1 Wgr.",
        E(
            c("toetreding/wijziging"),
            "binnen acht weken een zienswijze over het ontwerp",
            "binnen zes weken een zienswijze over het ontwerp",
        ),
        mark="zes weken",
    ),
    D(
        "c-get-uittreding-4-weken",
        "getallen",
        "Voor een zienswijze op een voorgenomen uittreding krijgen de raden ‘4 weken’ in plaats "
        "van acht.",
        E(
            c("toetreding/uittreding"),
            "binnen acht weken hun zienswijze over de voorgenomen uittreding",
            "binnen 4 weken hun zienswijze over de voorgenomen uittreding",
        ),
        mark="4 weken",
    ),
    D(
        "c-get-toelichting-tien-weken",
        "getallen",
        "De toelichting noemt voor de begroting een zienswijzetermijn van tien weken; het artikel "
        "(en de Wgr) zegt twaalf.",
        E(
            c("betrekken/zienswijze-raden"),
            "    twaalf weken, bedoeld in",
            "    tien weken, bedoeld in",
        ),
        mark="tien weken",
        alt=(Loc(c("financien/fin-begroting"), "ten minste twaalf weken voor de vergadering"),),
    ),
    D(
        "c-get-acht-gemeenten",
        "getallen",
        "De toelichting spreekt van de inwoners van acht gemeenten; er zijn zeven deelnemers.",
        E(
            c("betrekken/inwonersparticipatie"),
            "voor de inwoners van zeven gemeenten.",
            "voor de inwoners van acht gemeenten.",
        ),
        mark="acht gemeenten",
    ),
    D(
        "c-get-6-drechtstedengemeenten",
        "getallen",
        "Het algemeen deel van de toelichting spreekt van ‘de 6 Drechtstedengemeenten’; er zijn "
        "zeven deelnemers.",
        E(
            GR,
            "Sinds 2006 werken de zeven Drechtstedengemeenten samen",
            "Sinds 2006 werken de 6 Drechtstedengemeenten samen",
        ),
        mark="6 Drechtstedengemeenten",
    ),
    D(
        "c-get-opheffing-acht-deelnemers",
        "getallen",
        "Opheffing vergt het besluit van de colleges van ten minste acht deelnemers; er zijn er "
        "zeven.",
        E(
            c("toetreding/opheffing"),
            "als de colleges van ten minste vijf deelnemers daartoe besluiten",
            "als de colleges van ten minste acht deelnemers daartoe besluiten",
        ),
        mark="acht deelnemers",
    ),
    D(
        "c-get-quorum-db-vier",
        "getallen",
        "Het dagelijks bestuur van drie leden kan alleen besluiten als ten minste vier leden "
        "aanwezig zijn.",
        E(
            c("bestuur/db-vergaderingen"),
            "als ten minste twee leden aanwezig zijn.",
            "als ten minste vier leden aanwezig zijn.",
        ),
        mark="vier leden",
    ),
    D(
        "c-get-db-vijf-leden-toelichting",
        "getallen",
        "De toelichting zegt dat het dagelijks bestuur vijf leden telt; het artikel zegt de "
        "voorzitter en twee andere leden.",
        E(
            c("bestuur/db-vergaderingen"),
            "Omdat het dagelijks bestuur drie leden telt,",
            "Omdat het dagelijks bestuur vijf leden telt,",
        ),
        mark="vijf leden",
        alt=(Loc(c("bestuur/db-samenstelling"), "de voorzitter en twee andere leden"),),
    ),
    D(
        "c-get-ab-twee-leden-toelichting",
        "getallen",
        "Het algemeen deel van de toelichting zegt dat het algemeen bestuur twee leden per "
        "deelnemer telt; het artikel zegt één.",
        E(
            GR,
            "Het algemeen bestuur bestaat uit één lid per deelnemer. Om recht",
            "Het algemeen bestuur bestaat uit twee leden per deelnemer. Om recht",
        ),
        mark="twee leden per deelnemer",
        alt=(Loc(c("bestuur/ab-samenstelling"), "bestaat uit één lid per deelnemer, dat"),),
    ),
    D(
        "c-get-staffel-zes-stemmen",
        "getallen",
        "De staffel geeft een gemeente van 50.000 inwoners of meer zes stemmen: Dordrecht krijgt "
        "zo 6 van de 16 stemmen, meer dan het maximum van een derde.",
        E(
            c("bestuur/ab-stemverhouding"),
            "bij 50.000 inwoners of meer: vier stemmen.",
            "bij 50.000 inwoners of meer: zes stemmen.",
        ),
        mark="zes stemmen",
        alt=(Loc(c("bestuur/ab-stemverhouding"), "Geen lid brengt meer dan een derde"),),
    ),
    D(
        "c-get-verordening-terugwerkend",
        "getallen",
        "De handhavingsverordening, vastgesteld in 2021, treedt in werking op 1 januari 2021: "
        "terugwerkende kracht van een belastende verordening.",
        E(
            c("handhaving/hh-inwerkingtreding"),
            "met ingang van 1 januari 2022.",
            "met ingang van 1 januari 2021.",
        ),
        mark="1 januari 2021",
    ),
    D(
        "c-get-gr-inwerking-2023",
        "getallen",
        "De regeling treedt volgens haar slotartikel in werking op 1 januari 2023; zij trad in "
        "werking op 1 januari 2022 (mijlpalen.yaml, toelichting).",
        E(
            c("slot/inwerkingtreding"),
            "Deze regeling treedt in werking met ingang van 1 januari 2022.",
            "Deze regeling treedt in werking met ingang van 1 januari 2023.",
        ),
        mark="1 januari 2023",
    ),
    D(
        "c-get-evaluatie-2021",
        "getallen",
        "De eerste evaluatie valt in 2021, vóór de inwerkingtreding van de regeling.",
        E(
            c("verantwoording/evaluatie"),
            "voor het eerst in 2025.",
            "voor het eerst in 2021.",
        ),
        mark="2021",
    ),
    D(
        "c-get-percentages-formule",
        "getallen",
        "De vaste percentages voor bestuur en bedrijfsvoering van Dordrecht en Zwijndrecht wijken "
        "af van de formule van de regeling (het gemiddelde van de aandelen), al tellen ze op tot "
        "100.",
        E(BEGR, 'dordrecht: "43.53"', 'dordrecht: "45.53"'),
        E(BEGR, 'zwijndrecht: "15.83"', 'zwijndrecht: "13.83"'),
        alt=(Loc(BEGR, 'zwijndrecht: "13.83"'),),
    ),
    D(
        "c-get-peildatum-2020",
        "getallen",
        "De inwonertallen hebben peildatum 1 januari 2020; de regeling zegt 1 januari van het "
        "jaar voorafgaand aan het begrotingsjaar 2022.",
        E(
            BEGR,
            "peildatum: 2021-01-01\n      bron: CBS, bevolking op 1 januari 2021",
            "peildatum: 2020-01-01\n      bron: CBS, bevolking op 1 januari 2020",
        ),
        mark="2020-01-01",
    ),
    D(
        "c-get-tarief-budget",
        "getallen",
        "Het uurtarief van het beschermingsbewind past niet meer bij het budget: 19.050 uren × "
        "€ 82,50 is geen € 1.495.425.",
        E(BEGR, 'tarief: "78.50"', 'tarief: "82.50"'),
        alt=(Loc(BEGR, 'budget: "1495425.00"'),),
    ),
    D(
        "c-get-reserve-tien-procent",
        "getallen",
        "De toelichting noemt een maximum van tien procent voor de algemene reserve; het artikel "
        "zegt vijf procent.",
        E(
            c("financien/fin-weerstand"),
            "Het maximum van vijf procent van de lasten",
            "Het maximum van tien procent van de lasten",
        ),
        mark="tien procent",
        alt=(Loc(c("financien/fin-weerstand"), "ten hoogste vijf procent"),),
    ),
    D(
        "c-get-onderbreking-onder-grens",
        "getallen",
        "De onderbreking telt alleen mee bij een inkomen tot 105 procent van de norm, terwijl het "
        "om inkomen boven de inkomensgrens van 110 procent gaat: de bepaling kan nooit werken.",
        E(
            c("inkomenstoeslag/iit-langdurig"),
            "niet hoger was dan 120 procent van de bijstandsnorm.",
            "niet hoger was dan 105 procent van de bijstandsnorm.",
        ),
        mark="105 procent",
        alt=(Loc(c("inkomenstoeslag/iit-begripsbepalingen"), "inkomensgrens: 110 procent"),),
    ),
    D(
        "c-get-recidive-zes-maanden",
        "getallen",
        "Het artikel over recidive noemt eerst een termijn van twaalf maanden en laat daarna ‘de "
        "termijn van zes maanden’ aanvangen.",
        E(
            c("handhaving/hh-recidive"),
            "De termijn van twaalf maanden vangt aan",
            "De termijn van zes maanden vangt aan",
        ),
        mark="zes maanden",
        alt=(Loc(c("handhaving/hh-recidive"), "binnen twaalf maanden na een eerdere verlaging"),),
    ),
    D(
        "c-get-wijziging-zes-van-zeven",
        "getallen",
        "De toelichting zegt dat een wijziging zes van de zeven colleges vraagt; het artikel zegt "
        "ten minste vijf.",
        E(
            c("toetreding/wijziging"),
            "een besluit van vijf van de zeven colleges voldoende",
            "een besluit van zes van de zeven colleges voldoende",
        ),
        mark="zes van de zeven",
        alt=(Loc(c("toetreding/wijziging"), "ten minste vijf deelnemers daartoe hebben besloten"),),
    ),
    # ------------------------------------------------------------------------------------------
    # verwijzing: references and facts across sources and against the law
    # ------------------------------------------------------------------------------------------
    D(
        "c-ref-artikel-53",
        "verwijzing",
        "De toelichting verwijst naar artikel 53; de regeling telt 51 artikelen.",
        E(
            c("financien/fin-betalingen"),
            "    verschil met de definitieve bijdrage verrekend.",
            "    verschil met de definitieve bijdrage verrekend op de wijze, bedoeld in artikel 53.",
        ),
        mark="artikel 53",
    ),
    D(
        "c-ref-zevende-lid",
        "verwijzing",
        "De toelichting verwijst naar artikel 8, zevende lid; het artikel over plustaken heeft "
        "zes leden.",
        E(
            c("taken/plustaken"),
            "    De bijlage Spelregels maatwerk en flexibiliteit werkt",
            "    De bijlage Spelregels maatwerk en flexibiliteit, bedoeld in artikel 8, zevende lid, "
            "werkt",
        ),
        mark="artikel 8, zevende lid",
    ),
    D(
        "c-ref-onderdeel-f",
        "verwijzing",
        "De toelichting verwijst naar artikel 12, derde lid, onderdeel f; die opsomming loopt tot "
        "en met onderdeel e.",
        E(
            c("toetreding/liquidatie"),
            "    het plan vast met een gekwalificeerde meerderheid en",
            "    het plan vast met een gekwalificeerde meerderheid (artikel 12, derde lid, onderdeel "
            "f) en",
        ),
        mark="artikel 12, derde lid, onderdeel f",
    ),
    D(
        "c-ref-iit-artikel-7-gr",
        "verwijzing",
        "De toelichting van de verordening zegt dat het college zijn bevoegdheden bij artikel 7 "
        "van de regeling heeft overgedragen; artikel 7 regelt het mandaat, artikel 6 de "
        "overdracht.",
        E(
            IIT,
            "        Het college van {{ deelnemer.naam }} heeft zijn bevoegdheden op grond van de",
            "        Het college van {{ deelnemer.naam }} heeft bij artikel 7 van de Gemeenschappelijke "
            "Regeling Sociaal zijn bevoegdheden op grond van de",
        ),
        mark="artikel 7 van de Gemeenschappelijke",
    ),
    D(
        "c-ref-voorwaarden-artikel-7",
        "verwijzing",
        "De toelichting bij de taken noemt voor de voorwaarden van plustaken artikel 7 (mandaat) "
        "in plaats van artikel 8.",
        E(
            c("taken/taken"),
            "Zie voor de voorwaarden daarvan {{ ref('plustaken') }} en",
            "Zie voor de voorwaarden daarvan artikel 7 en",
        ),
        mark="artikel 7",
    ),
    D(
        "c-ref-mandaatbesluit-artikel-4",
        "verwijzing",
        "De toelichting noemt artikel 4 van het mandaatbesluit voor het mandaat aan de directeur; "
        "dat artikel regelt de uitzonderingen, artikel 2 het mandaat.",
        E(
            c("bestuur/db-bevoegdheden"),
            "    vastgelegd in het mandaatbesluit van het openbaar lichaam.",
            "    vastgelegd in artikel 4 van het Mandaatbesluit Sociale Dienst Drechtsteden 2022.",
        ),
        mark="artikel 4 van het Mandaatbesluit",
    ),
    D(
        "c-ref-wob-lid",
        "verwijzing",
        "Het mandaatbesluit mandateert het beslissen op informatieverzoeken op grond van de Wet "
        "openbaarheid van bestuur, die sinds 1 mei 2022 is vervangen door de Woo.",
        E(
            c("mandaat/mb-mandaat-directeur"),
            "bij het algemeen bestuur, op grond van de Wet open overheid.",
            "bij het algemeen bestuur, op grond van de Wet openbaarheid van bestuur.",
        ),
        mark="Wet openbaarheid van bestuur",
    ),
    D(
        "c-ref-wob-afkorting",
        "verwijzing",
        "De geheimhouding berust op ‘artikel 10 van de Wob’; de Wob is vervallen.",
        E(
            c("bestuur/ab-openbaarheid"),
            "als bedoeld in artikel 5.1, eerste of tweede lid, van de Wet open overheid.",
            "als bedoeld in artikel 10 van de Wob.",
        ),
        mark="Wob",
    ),
    D(
        "c-ref-wwb-register",
        "verwijzing",
        "Een omschrijving in het register noemt de Wet werk en bijstand, die sinds 1 januari 2015 "
        "Participatiewet heet.",
        E(
            REG1,
            "omschrijving: Verlenen van bijzondere bijstand\n",
            "omschrijving: Verlenen van bijzondere bijstand als bedoeld in artikel 35 van de Wet "
            "werk en bijstand\n",
        ),
        mark="Wet werk en bijstand",
    ),
    D(
        "c-ref-wwb-afkorting",
        "verwijzing",
        "De toelichting bij de overdracht noemt de bevoegdheden ‘op grond van de WWB’.",
        E(
            c("delegatie/delegatie-bevoegdheden"),
            "    Met dit artikel dragen de colleges hun bevoegdheden op het gebied",
            "    Met dit artikel dragen de colleges hun bevoegdheden op grond van de WWB op het "
            "gebied",
        ),
        mark="WWB",
    ),
    D(
        "c-ref-volmacht-1014",
        "verwijzing",
        "De begripsbepaling van het mandaatbesluit noemt volmacht en machtiging ‘als bedoeld in "
        "artikel 10:14’; dat is artikel 10:12 Awb (10:14 gaat over delegatie).",
        E(
            c("mandaat/mb-begripsbepalingen"),
            "volmacht en machtiging als bedoeld in artikel 10:12 van die wet;",
            "volmacht en machtiging als bedoeld in artikel 10:14 van die wet;",
        ),
        mark="artikel 10:14",
    ),
    D(
        "c-ref-grondslag-1015",
        "verwijzing",
        "De grondslag van een gedelegeerde Bbz-bevoegdheid is ‘artikel 10:15 Awb’; dat artikel "
        "eist een grondslag en is er geen.",
        E(
            REG3,
            "grondslag: artikel 78f Participatiewet, het Besluit bijstandverlening zelfstandigen "
            "2004 en de Wet gemeenschappelijke regelingen",
            "grondslag: artikel 10:15 Awb",
        ),
        mark="artikel 10:15 Awb",
    ),
    D(
        "c-ref-instemming-109",
        "verwijzing",
        "De toelichting grondt de instemming van de directeur en het dagelijks bestuur op artikel "
        "10:9 Awb (ondermandaat); dat is artikel 10:4.",
        E(
            c("mandaat/mb-mandaat-directeur"),
            "    De directeur werkt onder de verantwoordelijkheid van het dagelijks bestuur. Voor "
            "het mandaat\n"
            "    van het algemeen bestuur en de machtiging van de voorzitter is daarom de instemming",
            "    De directeur werkt onder de verantwoordelijkheid van het dagelijks bestuur. Op "
            "grond van artikel 10:9 van de Algemene wet bestuursrecht is voor het mandaat\n"
            "    van het algemeen bestuur en de machtiging van de voorzitter daarom de instemming",
        ),
        mark="artikel 10:9",
    ),
    D(
        "c-ref-aanhef-alleen-db",
        "verwijzing",
        "De aanhef van het mandaatbesluit noemt alleen het dagelijks bestuur, terwijl het besluit "
        "ook door het algemeen bestuur en de voorzitter wordt vastgesteld.",
        E(
            MB,
            "Het algemeen bestuur, het dagelijks bestuur en de voorzitter van de "
            "{{ openbaar_lichaam.naam }}, ieder voor zover het zijn bevoegdheden betreft;",
            "Het dagelijks bestuur van de {{ openbaar_lichaam.naam }};",
        ),
        alt=(Loc(MB, "vastgesteld_door: [algemeen_bestuur, dagelijks_bestuur, voorzitter]"),),
    ),
    D(
        "c-ref-verordening-door-college",
        "verwijzing",
        "De handhavingsverordening wordt volgens het manifest vastgesteld door het college; de "
        "aanhef noemt de raad, en een verordening is van de raad.",
        E(HH, "vastgesteld_door: [raad]", "vastgesteld_door: [college]"),
        alt=(Loc(HH, '"De raad van de gemeente {{ deelnemer.naam }};"'),),
    ),
    D(
        "c-ref-citeertitel-mb-2021",
        "verwijzing",
        "Het citeertitelartikel van het mandaatbesluit noemt ‘2021’; het manifest zegt 2022.",
        E(
            c("mandaat/mb-citeertitel"),
            "Dit besluit wordt aangehaald als: {{ document.citeertitel }}.",
            "Dit besluit wordt aangehaald als: Mandaatbesluit Sociale Dienst Drechtsteden 2021.",
        ),
        mark="Mandaatbesluit",
    ),
    D(
        "c-ref-citeertitel-toelichting",
        "verwijzing",
        "De toelichting bij het citeertitelartikel noemt een andere naam dan de citeertitel.",
        E(
            c("slot/citeertitel"),
            "De naam Gemeenschappelijke Regeling Sociaal maakt duidelijk",
            "De naam Gemeenschappelijke Regeling Sociaal Domein Drechtsteden maakt duidelijk",
        ),
        mark="Gemeenschappelijke Regeling Sociaal Domein",
    ),
    D(
        "c-ref-gelet-op-36b",
        "verwijzing",
        "De verordening individuele inkomenstoeslag berust volgens haar ‘gelet op’ op artikel 36b "
        "(de studietoeslag) in plaats van artikel 36 van de Participatiewet.",
        E(
            IIT,
            "en artikel 36 van de Participatiewet;",
            "en artikel 36b van de Participatiewet;",
        ),
        mark="artikel 36b",
    ),
    D(
        "c-ref-percentages-db",
        "verwijzing",
        "Het dagelijks bestuur stelt de percentages vast ‘bij de vaststelling van de begroting’; "
        "de begroting stelt het algemeen bestuur vast en die bevoegdheid is niet overdraagbaar.",
        E(
            c("financien/fin-verdeelsleutels"),
            "Het algemeen bestuur stelt de percentages,",
            "Het dagelijks bestuur stelt de percentages,",
        ),
        mark="Het dagelijks bestuur",
        alt=(
            Loc(
                c("bestuur/ab-bevoegdheden"),
                "de vaststelling van de begroting en van wijzigingen daarvan;",
            ),
        ),
    ),
    D(
        "c-ref-aanvullende-uitkering-69",
        "verwijzing",
        "De aanvullende uitkering heet ‘bedoeld in artikel 69’ van de Participatiewet; artikel 69 "
        "is de BUIG zelf (zie de begripsbepaling), de aanvullende uitkering staat in artikel 74.",
        E(
            c("financien/fin-buig"),
            "aanvullende uitkering als bedoeld in artikel 74 van de Participatiewet",
            "aanvullende uitkering als bedoeld in artikel 69 van de Participatiewet",
        ),
        mark="artikel 69",
    ),
    D(
        "c-ref-wgs-plan-artikel-3",
        "verwijzing",
        "Het plan schuldhulpverlening heet ‘bedoeld in artikel 3’ van de Wgs; het plan staat in "
        "artikel 2.",
        E(
            c("plustaken/pb-delegatie"),
            "Het plan schuldhulpverlening, bedoeld in artikel 2 van de Wet gemeentelijke",
            "Het plan schuldhulpverlening, bedoeld in artikel 3 van de Wet gemeentelijke",
        ),
        mark="artikel 3",
    ),
    D(
        "c-ref-delegatie-directeur",
        "verwijzing",
        "Het dagelijks bestuur mag de overgedragen bevoegdheden ‘op zijn beurt overdragen aan de "
        "directeur’: delegatie aan een ondergeschikte (artikel 10:14 Awb).",
        E(
            c("plustaken/pb-delegatie"),
            "tekst: Het dagelijks bestuur kan de directeur mandaat verlenen voor de uitoefening van "
            "de overgedragen bevoegdheden en daarbij ondermandaat aan medewerkers van het openbaar "
            "lichaam toestaan.",
            "tekst: Het dagelijks bestuur kan de overgedragen bevoegdheden op zijn beurt "
            "overdragen aan de directeur, die daarbij ondermandaat aan medewerkers van het "
            "openbaar lichaam kan verlenen.",
        ),
        mark="overdragen aan de directeur",
    ),
    D(
        "c-ref-mandaat-niet-intrekbaar",
        "verwijzing",
        "Het mandaat kan pas vanaf 2026 worden ingetrokken; een mandaat is altijd intrekbaar "
        "(artikel 10:8 Awb).",
        E(
            c("mandaat/mandaat-regeling"),
            "of de machtiging te allen tijde geheel of gedeeltelijk intrekken.",
            "of de machtiging niet eerder intrekken dan met ingang van 1 januari 2026.",
        ),
        mark="niet eerder intrekken",
    ),
    D(
        "c-ref-delegatie-blijven-uitoefenen",
        "verwijzing",
        "De toelichting zegt dat de colleges overgedragen bevoegdheden zelf kunnen blijven "
        "uitoefenen; na delegatie kan dat niet meer (artikel 10:17 Awb).",
        E(
            c("delegatie/delegatie-bevoegdheden"),
            "de colleges kunnen ze zelf niet meer uitoefenen.",
            "de colleges kunnen ze daarnaast zelf blijven uitoefenen.",
        ),
        mark="zelf blijven uitoefenen",
    ),
    D(
        "c-ref-toetreding-alleen-eigen-raad",
        "verwijzing",
        "Bij toetreding mag alleen de raad van de toetredende gemeente een zienswijze geven; "
        "sinds 1 juli 2022 is dat iedere raad (artikel 1 Wgr).",
        E(
            c("toetreding/toetreding"),
            "Het algemeen bestuur stelt de raden van de deelnemers en de raad van de toetredende "
            "gemeente in de gelegenheid",
            "Het algemeen bestuur stelt de raad van de toetredende gemeente in de gelegenheid",
        ),
        mark="de raad van de toetredende gemeente",
    ),
    D(
        "c-ref-wijziging-zonder-toestemming",
        "verwijzing",
        "Het artikel over wijziging laat de toestemming van de raad weg; een college in een "
        "collegeregeling heeft die toestemming nodig (artikel 1 Wgr), en de toelichting zegt het "
        "ook.",
        E(
            c("toetreding/wijziging"),
            "een zienswijze over het ontwerp naar voren te brengen en de raad van zijn gemeente "
            "toestemming heeft verleend.",
            "een zienswijze over het ontwerp naar voren te brengen.",
        ),
    ),
    # ------------------------------------------------------------------------------------------
    # legitiem: rewordings that keep the legal content (no new finding)
    # ------------------------------------------------------------------------------------------
    D(
        "c-leg-aanhalingstekens",
        "legitiem",
        "Begrippen tussen enkele aanhalingstekens in de toelichting.",
        E(
            c("algemeen/begripsbepalingen"),
            "Het onderscheid tussen basistaken en plustaken is",
            "Het onderscheid tussen ‘basistaken’ en ‘plustaken’ is",
        ),
    ),
    D(
        "c-leg-meervoud",
        "legitiem",
        "Meervoud in plaats van ‘iedere’: alle dienstverleningsovereenkomsten.",
        E(
            c("taken/plustaken"),
            "informeert het algemeen bestuur en de raden over iedere dienstverleningsovereenkomst "
            "die het sluit, wijzigt of beëindigt.",
            "informeert het algemeen bestuur en de raden van de deelnemers over alle "
            "dienstverleningsovereenkomsten die het sluit, wijzigt of beëindigt.",
        ),
    ),
    D(
        "c-leg-eerste-en-tweede-lid",
        "legitiem",
        "De toelichting verwijst naar ‘het eerste en tweede lid’ van het eigen artikel.",
        E(
            c("verantwoording/evaluatie"),
            "    De regeling wordt periodiek geëvalueerd. De eerste",
            "    De regeling wordt periodiek geëvalueerd op de wijze die het eerste en tweede lid "
            "beschrijven. De eerste",
        ),
    ),
    D(
        "c-leg-onderdelen-a-tot-en-met-e",
        "legitiem",
        "De toelichting noemt ‘het tweede lid, onderdelen a tot en met e’ van het eigen artikel.",
        E(
            c("verantwoording/evaluatie"),
            "    De uitkomsten kunnen aanleiding geven",
            "    De uitkomsten van de evaluatie van de onderwerpen, genoemd in het tweede lid, "
            "onderdelen a tot en met e, kunnen aanleiding geven",
        ),
    ),
    D(
        "c-leg-onder-a-tot-en-met-f",
        "legitiem",
        "De toelichting noemt de uitzonderingen ‘van het eerste lid, onder a tot en met f’.",
        E(
            c("mandaat/mb-uitzonderingen"),
            "    De uitzonderingen volgen grotendeels rechtstreeks",
            "    De uitzonderingen van het eerste lid, onder a tot en met f, volgen grotendeels "
            "rechtstreeks",
        ),
    ),
    D(
        "c-leg-awb-1013-en-volgende",
        "legitiem",
        "De toelichting citeert ‘artikel 10:13 en volgende van de Algemene wet bestuursrecht’.",
        E(
            c("delegatie/delegatie-bevoegdheden"),
            "    De colleges kunnen op grond van de Algemene wet bestuursrecht beleidsregels",
            "    De colleges kunnen op grond van artikel 10:13 en volgende van de Algemene wet "
            "bestuursrecht beleidsregels",
        ),
    ),
    D(
        "c-leg-gemeentewet-160",
        "legitiem",
        "De toelichting citeert artikel 160, eerste lid, onderdeel e, van de Gemeentewet.",
        E(
            c("mandaat/mandaat-regeling"),
            "Privaatrechtelijke rechtshandelingen worden verricht krachtens",
            "Privaatrechtelijke rechtshandelingen, waartoe het college op grond van artikel 160, "
            "eerste lid, onderdeel e, van de Gemeentewet bevoegd is, worden verricht krachtens",
        ),
    ),
    D(
        "c-leg-datum-cijfers",
        "legitiem",
        "De toelichting schrijft de datum van inwerkingtreding als 1-1-2022.",
        E(
            c("slot/inwerkingtreding"),
            "De regeling treedt in werking op 1 januari 2022, de datum",
            "De regeling treedt in werking per 1-1-2022, de datum",
        ),
    ),
    D(
        "c-leg-uiterlijk-14-april",
        "legitiem",
        "‘Uiterlijk op 14 april’ in plaats van ‘vóór 15 april’ voor de voorlopige jaarrekening.",
        E(
            c("financien/fin-jaarrekening"),
            "accountant, vóór 15 april van het jaar volgend",
            "accountant, uiterlijk op 14 april van het jaar volgend",
        ),
    ),
    D(
        "c-leg-archief-verantwoordelijk",
        "legitiem",
        "Het archiefartikel anders geformuleerd: het dagelijks bestuur is verantwoordelijk voor de "
        "zorg voor de archiefbescheiden.",
        E(
            c("slot/archief"),
            "tekst: Het dagelijks bestuur draagt zorg voor de archiefbescheiden van het openbaar "
            "lichaam.",
            "tekst: Het dagelijks bestuur van het openbaar lichaam is verantwoordelijk voor de zorg "
            "voor de archiefbescheiden.",
        ),
    ),
    D(
        "c-leg-7-rekenkamers",
        "legitiem",
        "De toelichting schrijft het juiste aantal rekenkamers in cijfers.",
        E(
            c("verantwoording/rekenkamer"),
            "de onderzoeken van de zeven rekenkamers op",
            "de onderzoeken van de 7 rekenkamers op",
        ),
    ),
    D(
        "c-leg-vijf-van-de-zeven",
        "legitiem",
        "De toelichting bij opheffing zegt ‘vijf van de zeven colleges’.",
        E(
            c("toetreding/opheffing"),
            "van ten minste vijf colleges, na een zienswijze",
            "van ten minste vijf van de zeven colleges, na een zienswijze",
        ),
    ),
    D(
        "c-leg-12-weken",
        "legitiem",
        "De zienswijzetermijn op de ontwerpbegroting in cijfers: 12 weken.",
        E(
            c("financien/fin-begroting"),
            "ten minste twaalf weken voor de vergadering",
            "ten minste 12 weken voor de vergadering",
        ),
    ),
    D(
        "c-leg-8-weken",
        "legitiem",
        "De zienswijzetermijn op een wijziging in cijfers: 8 weken.",
        E(
            c("toetreding/wijziging"),
            "binnen acht weken een zienswijze over het ontwerp",
            "binnen 8 weken een zienswijze over het ontwerp",
        ),
    ),
    D(
        "c-leg-wob-historisch",
        "legitiem",
        "De toelichting noemt de Wob als voorganger van de Woo.",
        E(
            c("bestuur/ab-openbaarheid"),
            "(artikel 5.1 van die wet), zoals",
            "(artikel 5.1 van die wet, dat in de plaats is gekomen van artikel 10 van de Wet "
            "openbaarheid van bestuur), zoals",
        ),
    ),
    D(
        "c-leg-wwb-historisch",
        "legitiem",
        "De toelichting noemt de Wet werk en bijstand als voorganger van de Participatiewet.",
        E(
            c("delegatie/delegatie-bevoegdheden"),
            "    Twee onderdelen van de Participatiewet blijven",
            "    Twee onderdelen van de Participatiewet, die op 1 januari 2015 in de plaats kwam "
            "van de Wet werk en bijstand, blijven",
        ),
    ),
    D(
        "c-leg-lijdende-vorm",
        "legitiem",
        "De toezending van de begroting aan Gedeputeerde Staten in de lijdende vorm.",
        E(
            c("financien/fin-begroting"),
            "tekst: Het dagelijks bestuur zendt de begroting binnen twee weken na de vaststelling, "
            "maar in ieder geval vóór 15 september van het jaar voorafgaand aan het "
            "begrotingsjaar, aan Gedeputeerde Staten.",
            "tekst: De begroting wordt door het dagelijks bestuur binnen twee weken na de "
            "vaststelling, maar in ieder geval vóór 15 september van het jaar voorafgaand aan het "
            "begrotingsjaar, aan Gedeputeerde Staten gezonden.",
        ),
    ),
    D(
        "c-leg-ten-hoogste-een-derde",
        "legitiem",
        "Het maximum van de stemmen als ‘ten hoogste een derde’.",
        E(
            c("bestuur/ab-stemverhouding"),
            "tekst: Geen lid brengt meer dan een derde van het totale aantal stemmen in het "
            "algemeen bestuur uit.",
            "tekst: Een lid brengt ten hoogste een derde van het totale aantal stemmen in het "
            "algemeen bestuur uit.",
        ),
    ),
    D(
        "c-leg-5-procent",
        "legitiem",
        "Het maximum van de algemene reserve in cijfers: 5 procent.",
        E(
            c("financien/fin-weerstand"),
            "ten hoogste vijf procent van de lasten",
            "ten hoogste 5 procent van de lasten",
        ),
    ),
    D(
        "c-leg-wgr-artikel-1",
        "legitiem",
        "De toelichting citeert artikel 1 van de Wet gemeenschappelijke regelingen.",
        E(
            c("toetreding/wijziging"),
            "De raden worden vooraf om een zienswijze gevraagd",
            "De raden worden op grond van artikel 1 van de Wet gemeenschappelijke regelingen "
            "vooraf om een zienswijze gevraagd",
        ),
    ),
    D(
        "c-leg-awb-103-tweede-lid-b",
        "legitiem",
        "De toelichting citeert artikel 10:3, tweede lid, onderdeel b, van de Awb.",
        E(
            c("bestuur/ab-besluitvorming"),
            "kunnen op grond van de Algemene wet",
            "kunnen op grond van artikel 10:3, tweede lid, onderdeel b, van de Algemene wet",
        ),
    ),
    D(
        "c-leg-awb-1012",
        "legitiem",
        "De toelichting citeert artikel 10:12 Awb bij de volmacht.",
        E(
            c("mandaat/mandaat-regeling"),
            "    volmacht; andere handelingen,",
            "    volmacht (artikel 10:12 van de Algemene wet bestuursrecht); andere handelingen,",
        ),
    ),
    D(
        "c-leg-awb-109-ondermandaat",
        "legitiem",
        "De toelichting citeert artikel 10:9 Awb bij het ondermandaat.",
        E(
            c("mandaat/mb-ondermandaat"),
            "    Ondermandaat is alleen mogelijk als de mandaatgever dat toestaat.",
            "    Ondermandaat is op grond van artikel 10:9 van de Algemene wet bestuursrecht alleen "
            "mogelijk als de mandaatgever dat toestaat.",
        ),
    ),
    D(
        "c-leg-gemeentewet-147",
        "legitiem",
        "Het ‘gelet op’ van de verordening noemt ook artikel 147 van de Gemeentewet.",
        E(
            IIT,
            "en artikel 36 van de Participatiewet;",
            "en artikel 36 van de Participatiewet en artikel 147 van de Gemeentewet;",
        ),
    ),
    D(
        "c-leg-gs-zuid-holland",
        "legitiem",
        "Gedeputeerde Staten ‘van Zuid-Holland’ in het geschillenartikel.",
        E(
            c("slot/geschillen"),
            "het geschil voor aan Gedeputeerde Staten, die daarover beslissen.",
            "het geschil voor aan Gedeputeerde Staten van Zuid-Holland, die daarover beslissen.",
        ),
    ),
    D(
        "c-leg-gemeenteraden",
        "legitiem",
        "‘De gemeenteraden van de deelnemers’ in plaats van ‘de raden’.",
        E(
            c("betrekken/raden-adviescommissie"),
            "tekst: De raden kunnen gezamenlijk een adviescommissie instellen",
            "tekst: De gemeenteraden van de deelnemers kunnen gezamenlijk een adviescommissie "
            "instellen",
        ),
    ),
    D(
        "c-leg-iedere-raad-uittreding",
        "legitiem",
        "‘Iedere raad’ in plaats van ‘de raden van alle deelnemers’ bij de zienswijze op "
        "uittreding.",
        E(
            c("toetreding/uittreding"),
            "stelt het de raden van alle deelnemers in de gelegenheid binnen acht weken hun "
            "zienswijze",
            "stelt het iedere raad in de gelegenheid binnen acht weken zijn zienswijze",
        ),
    ),
    D(
        "c-leg-bedrag-euro",
        "legitiem",
        "Het maximumbedrag als ‘250.000 euro’ in plaats van ‘€ 250.000’.",
        E(
            c("mandaat/mb-mandaat-directeur"),
            "tot een bedrag van € 250.000 per verplichting",
            "tot een bedrag van 250.000 euro per verplichting",
        ),
    ),
    D(
        "c-leg-gemeentewet-184-volgende",
        "legitiem",
        "De toelichting citeert ‘artikel 184 en volgende van de Gemeentewet’.",
        E(
            c("verantwoording/rekenkamer"),
            "(artikel 184 van de Gemeentewet)",
            "(artikel 184 en volgende van de Gemeentewet)",
        ),
    ),
    D(
        "c-leg-evaluatie-laten-evalueren",
        "legitiem",
        "Het evaluatieartikel anders geformuleerd: het algemeen bestuur laat de regeling "
        "evalueren.",
        E(
            c("verantwoording/evaluatie"),
            "tekst: Het algemeen bestuur evalueert deze regeling en de uitvoering ervan ten minste "
            "eenmaal in de vier jaar, voor het eerst in 2025.",
            "tekst: Het algemeen bestuur laat deze regeling en de uitvoering ervan ten minste eens "
            "in de vier jaar evalueren, voor het eerst in 2025.",
        ),
    ),
    D(
        "c-leg-toetreding-anders",
        "legitiem",
        "Het toetredingsartikel anders geformuleerd, met dezelfde toestemming van de raad.",
        E(
            c("toetreding/toetreding"),
            "tekst: Het college van een gemeente die niet aan deze regeling deelneemt, kan tot "
            "deze regeling toetreden nadat de raad van die gemeente daarvoor toestemming heeft "
            "verleend.",
            "tekst: Een college van een gemeente die nog geen deelnemer is, kan tot deze regeling "
            "toetreden, nadat de raad van zijn gemeente toestemming voor de toetreding heeft "
            "verleend.",
        ),
    ),
    D(
        "c-leg-toetreding-iedere-raad",
        "legitiem",
        "De zienswijze op toetreding voor ‘iedere raad van een deelnemer, en ook de raad van de "
        "toetredende gemeente’.",
        E(
            c("toetreding/toetreding"),
            "stelt de raden van de deelnemers en de raad van de toetredende gemeente in de "
            "gelegenheid",
            "stelt iedere raad van een deelnemer, en ook de raad van de toetredende gemeente, in "
            "de gelegenheid",
        ),
    ),
    D(
        "c-leg-peildatum-voor",
        "legitiem",
        "De peildatum als ‘1 januari van het jaar vóór het begrotingsjaar’.",
        E(
            c("financien/fin-verdeelsleutels"),
            "op 1 januari van het jaar voorafgaand aan het begrotingsjaar. Het aantal huishoudens",
            "op 1 januari van het jaar vóór het begrotingsjaar. Het aantal huishoudens",
        ),
    ),
    D(
        "c-leg-db-3-leden",
        "legitiem",
        "De toelichting noemt het juiste aantal leden van het dagelijks bestuur in cijfers.",
        E(
            c("bestuur/db-samenstelling"),
            "een compact bestuur van drie leden, onder wie de voorzitter.",
            "een compact bestuur van 3 leden: de voorzitter en twee andere leden.",
        ),
    ),
    D(
        "c-leg-woo-afkorting",
        "legitiem",
        "De toelichting voegt de afkorting (Woo) toe.",
        E(
            c("mandaat/mb-mandaat-directeur"),
            "behandeld op grond van de Wet open overheid,",
            "behandeld op grond van de Wet open overheid (Woo),",
        ),
    ),
    D(
        "c-leg-register-waaronder",
        "legitiem",
        "Een omschrijving in het register met ‘waaronder’ in plaats van ‘met inbegrip van’.",
        E(
            REG1,
            "omschrijving: Verhalen van kosten van bijstand, met inbegrip van het indienen van een "
            "verzoek bij de rechter",
            "omschrijving: Verhalen van kosten van bijstand, waaronder het indienen van een "
            "verzoek bij de rechter",
        ),
    ),
    D(
        "c-leg-plustaken-besluit-overweging",
        "legitiem",
        "Een overweging van het besluit plustaken anders geformuleerd, met dezelfde verwijzing.",
        E(
            PB,
            "dat het dagelijks bestuur heeft ingestemd met het mandaat, de volmacht en de "
            "machtiging die bij dit besluit worden verleend;",
            "dat het dagelijks bestuur zijn instemming heeft gegeven met het mandaat, de volmacht "
            "en de machtiging die het college bij dit besluit verleent;",
        ),
    ),
)
