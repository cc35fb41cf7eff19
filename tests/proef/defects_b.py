"""A second, independent blind corpus of legal defects for ``assembler controleer`` (corpus B).

Written from the law (Wgr, Awb, Woo, Participatiewet) and the texts of the sample, in the format
of :mod:`tests.proef.defects`, without looking at the rules or at the cases of the first corpus.
Run it with ``tools/proef_controle.py --corpus b``.
"""

from __future__ import annotations

from tests.proef.defects import (
    BEGR,
    GR,
    IIT,
    MB,
    REG1,
    REG8,
    SPEL,
    Case,
    D,
    E,
    Loc,
    c,
)

CASES_B: tuple[Case, ...] = (
    # ------------------------------------------------------------------------------------------
    # patroon: typed references in odd forms, enumerations that end wrongly, register rows
    # ------------------------------------------------------------------------------------------
    D(
        "b-pat-lid-toelichting",
        "patroon",
        "De artikelsgewijze toelichting verwijst met ‘lid 3’ naar de zienswijzetermijn.",
        E(
            c("financien/fin-begroting"),
            "De raden hebben twaalf weken om een zienswijze over de ontwerpbegroting te geven.",
            "De raden hebben op grond van lid 3 twaalf weken om een zienswijze over de "
            "ontwerpbegroting te geven.",
        ),
        mark="lid 3",
        any_severity=True,
    ),
    D(
        "b-pat-art-register",
        "patroon",
        "Een omschrijving in de mandaatlijst verwijst met ‘art. 17’ naar de inlichtingenplicht.",
        E(
            REG8,
            "omschrijving: Opleggen van een bestuurlijke boete wegens het niet of niet behoorlijk "
            "nakomen van de inlichtingenplicht",
            "omschrijving: Opleggen van een bestuurlijke boete wegens het niet of niet behoorlijk "
            "nakomen van de inlichtingenplicht van art. 17 Participatiewet",
        ),
        mark="art. 17",
        any_severity=True,
    ),
    D(
        "b-pat-artt-gelet-op",
        "patroon",
        "Het ‘gelet op’ van het mandaatbesluit schrijft ‘artt.’.",
        E(
            MB,
            "gelet_op: gelet op afdeling 10.1.1 van de Algemene wet bestuursrecht",
            "gelet_op: gelet op de artt. 10:1 tot en met 10:12 van de Algemene wet bestuursrecht",
        ),
        mark="artt.",
        any_severity=True,
    ),
    D(
        "b-pat-letter",
        "patroon",
        "Een verwijzing naar een onderdeel van de Participatiewet met ‘letter c’.",
        E(
            c("delegatie/delegatie-bevoegdheden"),
            "artikel 9, eerste lid, onderdeel c, van de Participatiewet;",
            "artikel 9, eerste lid, letter c, van de Participatiewet;",
        ),
        mark="letter c",
        any_severity=True,
    ),
    D(
        "b-pat-vorige-lid",
        "patroon",
        "Een lid verwijst met ‘het vorige lid’ in plaats van met het rangtelwoord.",
        E(
            c("financien/fin-begroting"),
            "tekst: De ontwerpbegroting wordt gelijktijdig met de toezending",
            "tekst: De ontwerpbegroting, bedoeld in het vorige lid, wordt gelijktijdig met de "
            "toezending",
        ),
        mark="het vorige lid",
        any_severity=True,
    ),
    D(
        "b-pat-opsomming-dubbele-punt",
        "patroon",
        "Het laatste onderdeel van de evaluatieonderwerpen eindigt op ‘waaronder:’ zonder vervolg.",
        E(
            c("verantwoording/evaluatie"),
            "tekst: \"de inlichtingen aan de raden, bedoeld in {{ ref('inlichtingen') }}.\"",
            'tekst: "de inlichtingen aan de raden, waaronder:"',
        ),
    ),
    D(
        "b-pat-en-te-vroeg",
        "patroon",
        "‘; en’ staat bij het eerste van drie onderdelen (en ook bij het voorlaatste).",
        E(
            c("slot/archief"),
            "tekst: de zorg voor de archiefbescheiden, waaronder de digitale archiefbescheiden;",
            "tekst: de zorg voor de archiefbescheiden, waaronder de digitale archiefbescheiden; en",
        ),
        any_severity=True,
    ),
    D(
        "b-pat-komma-onderdeel",
        "patroon",
        "Een onderdeel van de taken van de voorzitter eindigt op een komma in plaats van ‘;’.",
        E(
            c("bestuur/voorzitter"),
            "leidt de vergaderingen van het algemeen bestuur en van het dagelijks bestuur;",
            "leidt de vergaderingen van het algemeen bestuur en van het dagelijks bestuur,",
        ),
        any_severity=True,
    ),
    D(
        "b-pat-laatste-puntkomma",
        "patroon",
        "Het laatste onderdeel van de besluiten die niet besloten worden behandeld, eindigt op ‘;’.",
        E(
            c("bestuur/ab-openbaarheid"),
            "tekst: een voorstel tot wijziging of opheffing van deze regeling.",
            "tekst: een voorstel tot wijziging of opheffing van deze regeling;",
        ),
    ),
    D(
        "b-pat-register-verordening",
        "patroon",
        "Een registerregel omschrijft het vaststellen van een verordening, zonder "
        "‘verordening: true’.",
        E(
            REG1,
            "omschrijving: Verstrekken van loonkostensubsidie en vaststellen van de loonwaarde",
            "omschrijving: Vaststellen van de verordening loonkostensubsidie en verstrekken van "
            "loonkostensubsidie",
        ),
    ),
    D(
        "b-pat-lid-een-zelf",
        "patroon",
        "Een lid verwijst naar een ander lid van hetzelfde artikel met ‘artikel 21 lid 1’.",
        E(
            c("betrekken/raden-adviescommissie"),
            "tekst: Iedere raad wijst ten hoogste twee leden",
            "tekst: Iedere raad wijst voor de adviescommissie van artikel 21 lid 1 ten hoogste "
            "twee leden",
        ),
        mark="artikel 21 lid 1",
        any_severity=True,
    ),
    D(
        "b-pat-sub-bijlage",
        "patroon",
        "De bijlage Spelregels verwijst met ‘sub c’ naar een onderdeel van de regeling.",
        E(
            SPEL,
            "Een plustaak kan worden opgezegd met een termijn",
            "Een plustaak kan, gelet op artikel 8, derde lid, sub e, worden opgezegd met een "
            "termijn",
        ),
        mark="sub e",
        any_severity=True,
    ),
    # ------------------------------------------------------------------------------------------
    # tekst-tag: a tagged Wgr topic whose article no longer regulates it
    # ------------------------------------------------------------------------------------------
    D(
        "b-tag-duur",
        "tekst-tag",
        "Het artikel Duur zegt niet meer voor welke tijd de regeling geldt.",
        E(
            c("slot/duur"),
            "tekst: Deze regeling wordt getroffen voor onbepaalde tijd.",
            "tekst: Deze regeling wordt getroffen door de colleges van de deelnemers.",
        ),
        loc=Loc(c("slot/duur"), "onderwerpen: [duur]"),
        bepaling="duur",
        any_severity=True,
    ),
    D(
        "b-tag-citeertitel",
        "tekst-tag",
        "Het artikel Citeertitel regelt alleen nog de bekendmaking, niet de citeertitel.",
        E(
            c("slot/citeertitel"),
            'tekst: "Deze regeling wordt aangehaald als: {{ document.citeertitel }}."',
            "tekst: Deze regeling wordt gepubliceerd in het elektronisch gemeenteblad van de "
            "deelnemers.",
        ),
        loc=Loc(c("slot/citeertitel"), "onderwerpen: [citeertitel]"),
        bepaling="citeertitel",
        any_severity=True,
    ),
    D(
        "b-tag-inwerkingtreding",
        "tekst-tag",
        "Het artikel Inwerkingtreding noemt geen datum of moment van inwerkingtreding meer.",
        E(
            c("slot/inwerkingtreding"),
            "tekst: Deze regeling treedt in werking met ingang van 1 januari 2022.",
            "tekst: De colleges zenden deze regeling na de vaststelling aan Gedeputeerde Staten.",
        ),
        loc=Loc(c("slot/inwerkingtreding"), "onderwerpen: [inwerkingtreding]"),
        bepaling="inwerkingtreding",
        any_severity=True,
    ),
    D(
        "b-tag-geschillen",
        "tekst-tag",
        "Het artikel Geschillen regelt alleen nog overleg; niemand beslist een geschil.",
        E(
            c("slot/geschillen"),
            "tekst: Deelnemers die een geschil hebben over deze regeling, onderling of met het "
            "openbaar lichaam, spannen zich in het geschil in onderling overleg op te lossen. Zij "
            "kunnen daarbij een onafhankelijke bemiddelaar inschakelen.",
            "tekst: Deelnemers die van mening verschillen over de uitleg van deze regeling, voeren "
            "daarover overleg met het dagelijks bestuur.",
        ),
        E(
            c("slot/geschillen"),
            "tekst: Leidt het overleg niet tot een oplossing, dan legt ieder van de partijen het "
            "geschil voor aan Gedeputeerde Staten, die daarover beslissen.",
            "tekst: Het dagelijks bestuur brengt van dat overleg verslag uit aan het algemeen "
            "bestuur.",
        ),
        E(
            c("slot/geschillen"),
            "is niet van toepassing op geschillen die tot de bevoegdheid van de burgerlijke "
            "rechter behoren.",
            "is van overeenkomstige toepassing op overleg met een college.",
        ),
        loc=Loc(c("slot/geschillen"), "onderwerpen: [geschillen]"),
        bepaling="geschillen",
        any_severity=True,
    ),
    D(
        "b-tag-archief-verplaatst",
        "tekst-tag",
        "De tag ‘archief’ staat bij het artikel over de openbaarheid van vergaderingen in plaats "
        "van bij het artikel Archief.",
        E(
            c("bestuur/ab-openbaarheid"),
            "titel: Openbaarheid vergaderingen\n",
            "titel: Openbaarheid vergaderingen\nonderwerpen: [archief]\n",
        ),
        E(c("slot/archief"), "onderwerpen: [archief]\n", ""),
        loc=Loc(c("bestuur/ab-openbaarheid"), "onderwerpen: [archief]"),
        bepaling="ab-openbaarheid",
    ),
    D(
        "b-tag-zienswijzebesluiten-verplaatst",
        "tekst-tag",
        "De tag ‘zienswijzebesluiten’ staat bij het artikel over de adviescommissie, dat de "
        "zienswijzebesluiten niet opsomt.",
        E(
            c("betrekken/raden-adviescommissie"),
            "onderwerpen: [informatie]",
            "onderwerpen: [informatie, zienswijzebesluiten]",
        ),
        E(c("betrekken/zienswijze-raden"), "onderwerpen: [zienswijzebesluiten]\n", ""),
        loc=Loc(c("betrekken/raden-adviescommissie"), "onderwerpen: [informatie, zienswijze"),
        bepaling="raden-adviescommissie",
    ),
    D(
        "b-tag-evaluatie-verplaatst",
        "tekst-tag",
        "De tag ‘evaluatie’ staat bij het artikel Verantwoording (een bestuursrapportage is geen "
        "evaluatie van de regeling).",
        E(
            c("verantwoording/verantwoording"),
            "onderwerpen: [informatie]",
            "onderwerpen: [informatie, evaluatie]",
        ),
        E(c("verantwoording/evaluatie"), "onderwerpen: [evaluatie]\n", ""),
        loc=Loc(c("verantwoording/verantwoording"), "onderwerpen: [informatie, evaluatie]"),
        bepaling="verantwoording",
    ),
    D(
        "b-tag-participatie-verplaatst",
        "tekst-tag",
        "De tag ‘participatie’ staat bij het artikel over de vergaderingen van het algemeen "
        "bestuur.",
        E(
            c("bestuur/ab-vergaderingen"),
            "titel: Vergaderingen algemeen bestuur\n",
            "titel: Vergaderingen algemeen bestuur\nonderwerpen: [participatie]\n",
        ),
        E(c("betrekken/inwonersparticipatie"), "onderwerpen: [participatie]\n", ""),
        loc=Loc(c("bestuur/ab-vergaderingen"), "onderwerpen: [participatie]"),
        bepaling="ab-vergaderingen",
    ),
    D(
        "b-tag-opheffing-verplaatst",
        "tekst-tag",
        "De tag ‘opheffing’ staat bij het artikel Geschillen in plaats van bij het artikel "
        "Opheffing.",
        E(
            c("slot/geschillen"),
            "onderwerpen: [geschillen]",
            "onderwerpen: [geschillen, opheffing]",
        ),
        E(c("toetreding/opheffing"), "onderwerpen: [opheffing]\n", ""),
        loc=Loc(c("slot/geschillen"), "onderwerpen: [geschillen, opheffing]"),
        bepaling="geschillen",
    ),
    # ------------------------------------------------------------------------------------------
    # getallen: terms and dates against the Wgr, numbers against each other and deelnemers.yaml
    # ------------------------------------------------------------------------------------------
    D(
        "b-get-begroting-zes-weken",
        "getallen",
        "De ontwerpbegroting gaat zes weken vóór de vaststelling naar de raden (Wgr: twaalf).",
        E(
            c("financien/fin-begroting"),
            "zendt de ontwerpbegroting ten minste twaalf weken voor de vergadering",
            "zendt de ontwerpbegroting ten minste zes weken voor de vergadering",
        ),
        mark="zes weken",
    ),
    D(
        "b-get-begroting-gs-november",
        "getallen",
        "De begroting gaat pas vóór 1 november naar Gedeputeerde Staten (Wgr: vóór 15 september).",
        E(
            c("financien/fin-begroting"),
            "maar in ieder geval vóór 15 september van het jaar voorafgaand aan het "
            "begrotingsjaar, aan Gedeputeerde Staten.",
            "maar in ieder geval vóór 1 november van het jaar voorafgaand aan het "
            "begrotingsjaar, aan Gedeputeerde Staten.",
        ),
        mark="1 november",
    ),
    D(
        "b-get-jaarrekening-gs-augustus",
        "getallen",
        "De jaarrekening gaat vóór 1 augustus naar Gedeputeerde Staten (Wgr: vóór 15 juli).",
        E(
            c("financien/fin-jaarrekening"),
            "vóór 15 juli van het jaar volgend op het begrotingsjaar",
            "vóór 1 augustus van het jaar volgend op het begrotingsjaar",
        ),
        mark="1 augustus",
    ),
    D(
        "b-get-kaders-juni",
        "getallen",
        "De financiële kaders gaan vóór 1 juni naar de raden (Wgr: vóór 15 april).",
        E(
            c("financien/fin-begroting"),
            "Het dagelijks bestuur zendt vóór 15 april van het jaar voorafgaand",
            "Het dagelijks bestuur zendt vóór 1 juni van het jaar voorafgaand",
        ),
        mark="1 juni",
    ),
    D(
        "b-get-voorlopige-jaarrekening-mei",
        "getallen",
        "De voorlopige jaarrekening gaat uiterlijk op 1 mei naar de raden (Wgr: vóór 15 april).",
        E(
            c("financien/fin-jaarrekening"),
            "met het verslag van de accountant, vóór 15 april van het jaar volgend",
            "met het verslag van de accountant, uiterlijk op 1 mei van het jaar volgend",
        ),
        mark="1 mei",
    ),
    D(
        "b-get-wijziging-zes-weken",
        "getallen",
        "De zienswijzetermijn op een wijziging is zes weken (Wgr, artikel 1: acht weken).",
        E(
            c("toetreding/wijziging"),
            "in de gelegenheid zijn gesteld binnen acht weken een zienswijze over het ontwerp",
            "in de gelegenheid zijn gesteld binnen zes weken een zienswijze over het ontwerp",
        ),
        mark="zes weken",
    ),
    D(
        "b-get-uittreding-4-weken",
        "getallen",
        "De zienswijzetermijn op een uittreding is 4 weken, in cijfers (Wgr: acht weken).",
        E(
            c("toetreding/uittreding"),
            "in de gelegenheid binnen acht weken hun zienswijze over de voorgenomen uittreding",
            "in de gelegenheid binnen 4 weken hun zienswijze over de voorgenomen uittreding",
        ),
        mark="4 weken",
    ),
    D(
        "b-get-wijziging-acht-deelnemers",
        "getallen",
        "Een wijziging vraagt de colleges van ten minste acht deelnemers, bij zeven deelnemers.",
        E(
            c("toetreding/wijziging"),
            "als de colleges van ten minste vijf deelnemers daartoe hebben besloten.",
            "als de colleges van ten minste acht deelnemers daartoe hebben besloten.",
        ),
        mark="acht deelnemers",
    ),
    D(
        "b-get-zes-deelnemers-toelichting",
        "getallen",
        "De toelichting spreekt van ‘vijf van de zes deelnemers’; er zijn er zeven.",
        E(
            c("bestuur/ab-besluitvorming"),
            "ten minste vijf van de zeven",
            "ten minste vijf van de zes",
        ),
        mark="vijf van de zes",
    ),
    D(
        "b-get-acht-gemeenten",
        "getallen",
        "De toelichting bij de participatie noemt ‘acht gemeenten’; er zijn zeven deelnemers.",
        E(
            c("betrekken/inwonersparticipatie"),
            "werkt voor de inwoners van zeven gemeenten",
            "werkt voor de inwoners van acht gemeenten",
        ),
        mark="acht gemeenten",
    ),
    D(
        "b-get-db-vier-leden",
        "getallen",
        "Het dagelijks bestuur telt volgens het artikel vier leden, volgens de toelichting drie.",
        E(
            c("bestuur/db-samenstelling"),
            "tekst: Het dagelijks bestuur bestaat uit de voorzitter en twee andere leden",
            "tekst: Het dagelijks bestuur bestaat uit de voorzitter en drie andere leden",
        ),
        mark="drie andere leden",
        alt=(Loc(c("bestuur/db-samenstelling"), "compact bestuur van drie leden"),),
    ),
    D(
        "b-get-stemmen-boven-maximum",
        "getallen",
        "De grootste deelnemer krijgt zes stemmen: 6 van 16 is meer dan het maximum van een derde.",
        E(
            c("bestuur/ab-stemverhouding"),
            'tekst: "bij 50.000 inwoners of meer: vier stemmen."',
            'tekst: "bij 50.000 inwoners of meer: zes stemmen."',
        ),
        mark="zes stemmen",
        alt=(Loc(c("bestuur/ab-stemverhouding"), "tekst: Geen lid brengt meer dan een derde"),),
    ),
    D(
        "b-get-evaluatie-2021",
        "getallen",
        "De eerste evaluatie valt in 2021, vóór de inwerkingtreding op 1 januari 2022.",
        E(
            c("verantwoording/evaluatie"),
            "ten minste eenmaal in de vier jaar, voor het eerst in 2025.",
            "ten minste eenmaal in de vier jaar, voor het eerst in 2021.",
        ),
        mark="2021",
    ),
    D(
        "b-get-verordening-2021",
        "getallen",
        "De verordening treedt in werking op 1 januari 2021, vóór haar vaststelling.",
        E(
            c("inkomenstoeslag/iit-inwerkingtreding"),
            "tekst: Deze verordening treedt in werking met ingang van 1 januari 2022.",
            "tekst: Deze verordening treedt in werking met ingang van 1 januari 2021.",
        ),
    ),
    D(
        "b-get-spelregels-negen",
        "getallen",
        "De spelregels spreken van een plustaak die ten minste negen deelnemers afnemen.",
        E(
            SPEL,
            "Als een plustaak door ten minste vijf deelnemers wordt afgenomen",
            "Als een plustaak door ten minste negen deelnemers wordt afgenomen",
        ),
        mark="negen deelnemers",
    ),
    D(
        "b-get-toelichting-zes-weken-begroting",
        "getallen",
        "De algemene toelichting geeft de raden zes weken voor een zienswijze op de begroting.",
        E(
            GR,
            "en zij hebben twaalf weken de tijd voor een zienswijze",
            "en zij hebben zes weken de tijd voor een zienswijze",
        ),
        mark="zes weken",
    ),
    # ------------------------------------------------------------------------------------------
    # verwijzing: references, repealed laws, Awb articles, organ, citeertitel, finance data
    # ------------------------------------------------------------------------------------------
    D(
        "b-ver-wob-geheimhouding",
        "verwijzing",
        "Geheimhouding op grond van artikel 10 van de Wet openbaarheid van bestuur (vervallen).",
        E(
            c("bestuur/ab-openbaarheid"),
            "geheimhouding opleggen, op grond van een belang als bedoeld in artikel 5.1, eerste of "
            "tweede lid, van de Wet open overheid.",
            "geheimhouding opleggen, op grond van een belang als bedoeld in artikel 10 van de Wet "
            "openbaarheid van bestuur.",
        ),
        mark="Wet openbaarheid van bestuur",
    ),
    D(
        "b-ver-wob-afkorting",
        "verwijzing",
        "Het mandaat voor informatieverzoeken noemt ‘de Wob’.",
        E(
            c("mandaat/mb-mandaat-directeur"),
            "berusten bij het algemeen bestuur, op grond van de Wet open overheid.",
            "berusten bij het algemeen bestuur, op grond van de Wob.",
        ),
        mark="Wob",
    ),
    D(
        "b-ver-wwb-overweging",
        "verwijzing",
        "De overweging van de verordening noemt de Wet werk en bijstand als grondslag.",
        E(
            IIT,
            "overwegende dat de raad op grond van de Participatiewet bij verordening",
            "overwegende dat de raad op grond van de Wet werk en bijstand bij verordening",
        ),
        mark="Wet werk en bijstand",
    ),
    D(
        "b-ver-grondslag-awb",
        "verwijzing",
        "De grondslag van een delegatie in het register is artikel 10:15 Awb zelf.",
        E(
            REG1,
            "grondslag: artikel 10d Participatiewet en de Wet gemeenschappelijke regelingen",
            "grondslag: artikel 10:15 van de Algemene wet bestuursrecht",
        ),
    ),
    D(
        "b-ver-volmacht-1015",
        "verwijzing",
        "Volmacht ‘als bedoeld in artikel 10:15’ Awb (dat is delegatie; volmacht: 10:12).",
        E(
            c("mandaat/mandaat-regeling"),
            "het sluiten van overeenkomsten met aanbieders; en",
            "het sluiten van overeenkomsten met aanbieders, krachtens volmacht als bedoeld in "
            "artikel 10:15 van de Algemene wet bestuursrecht; en",
        ),
        mark="artikel 10:15",
    ),
    D(
        "b-ver-machtiging-1014",
        "verwijzing",
        "Machtiging door de voorzitter ‘op grond van artikel 10:14’ Awb (verbod van delegatie aan "
        "een ondergeschikte).",
        E(
            c("mandaat/mb-mandaat-directeur"),
            "tekst: De voorzitter verleent de directeur machtiging",
            "tekst: De voorzitter verleent de directeur op grond van artikel 10:14 van de Algemene "
            "wet bestuursrecht machtiging",
        ),
        mark="artikel 10:14",
    ),
    D(
        "b-ver-artikel-57",
        "verwijzing",
        "Het overgangsrecht verwijst naar artikel 57; de regeling telt vijftig artikelen.",
        E(
            c("slot/overgangsrecht"),
            "met behoud van rechtspositie over in dienst van het openbaar lichaam.",
            "met behoud van rechtspositie over in dienst van het openbaar lichaam, met "
            "inachtneming van artikel 57 van deze regeling.",
        ),
        mark="artikel 57",
    ),
    D(
        "b-ver-negende-lid",
        "verwijzing",
        "Een verwijzing naar ‘artikel 30, negende lid’; het begrotingsartikel heeft zeven leden.",
        E(
            c("betrekken/zienswijze-raden"),
            "tekst: Het algemeen bestuur betrekt de zienswijzen bij zijn besluitvorming",
            "tekst: Het algemeen bestuur betrekt de zienswijzen, ook die over de begroting, "
            "bedoeld in artikel 30, negende lid, bij zijn besluitvorming",
        ),
        mark="artikel 30, negende lid",
    ),
    D(
        "b-ver-bekendmaking-archief",
        "verwijzing",
        "De bekendmaking van een wijziging verwijst naar artikel 46, tweede lid (Archief).",
        E(
            c("toetreding/wijziging"),
            'tekst: "Een wijziging wordt bekendgemaakt op de wijze, bedoeld in '
            "{{ ref('inwerkingtreding.bekendmaking') }}.\"",
            'tekst: "Een wijziging wordt bekendgemaakt op de wijze, bedoeld in artikel 46, tweede '
            'lid."',
        ),
        mark="artikel 46",
    ),
    D(
        "b-ver-spelregels-uittreding",
        "verwijzing",
        "De spelregels noemen de wijziging van de regeling ‘op grond van artikel 40’ (Uittreding; "
        "Wijziging is artikel 42).",
        E(
            SPEL,
            "basistakenpakket vergt een wijziging van de regeling.",
            "basistakenpakket vergt een wijziging van de regeling op grond van artikel 40.",
        ),
        mark="artikel 40",
    ),
    D(
        "b-ver-verordening-college",
        "verwijzing",
        "De verordening wordt volgens het manifest vastgesteld door het college; de aanhef noemt "
        "de raad.",
        E(IIT, "vastgesteld_door: [raad]", "vastgesteld_door: [college]"),
        alt=(Loc(IIT, '"De raad van de gemeente {{ deelnemer.naam }};"'),),
    ),
    D(
        "b-ver-citeertitel-2021",
        "verwijzing",
        "Het citeertitelartikel van het mandaatbesluit noemt een ander jaartal dan het manifest.",
        E(
            c("mandaat/mb-citeertitel"),
            'tekst: "Dit besluit wordt aangehaald als: {{ document.citeertitel }}."',
            'tekst: "Dit besluit wordt aangehaald als: Mandaatbesluit Sociale Dienst Drechtsteden '
            '2021."',
        ),
        alt=(Loc(MB, "citeertitel: Mandaatbesluit Sociale Dienst Drechtsteden 2022"),),
    ),
    D(
        "b-ver-peildatum-juli",
        "verwijzing",
        "De inwoners in de verdeelgegevens hebben peildatum 1 juli 2020; de regeling zegt "
        "1 januari van het jaar voorafgaand aan het begrotingsjaar.",
        E(
            BEGR,
            "      peildatum: 2021-01-01\n      bron: CBS, bevolking op 1 januari 2021",
            "      peildatum: 2020-07-01\n      bron: CBS, bevolking op 1 juli 2020",
        ),
        alt=(
            Loc(
                c("financien/fin-verdeelsleutels"),
                "tekst: Het aantal inwoners is het aantal volgens",
            ),
        ),
    ),
    D(
        "b-ver-percentage-formule",
        "verwijzing",
        "Het vaste percentage van Alblasserdam (6,62) volgt niet uit de formule (gemiddelde van "
        "het aandeel inwoners 6,90 en huishoudens 5,62: 6,26); Dordrecht is verlaagd zodat de "
        "som 100 blijft.",
        E(BEGR, 'alblasserdam: "6.26"', 'alblasserdam: "6.62"'),
        E(BEGR, 'dordrecht: "43.53"', 'dordrecht: "43.17"'),
        alt=(
            Loc(
                c("financien/fin-verdeelsleutels"),
                "de kosten van bestuur, overhead en bedrijfsvoering: naar vaste percentages",
            ),
        ),
    ),
    # ------------------------------------------------------------------------------------------
    # legitiem: rewordings that keep the legal content
    # ------------------------------------------------------------------------------------------
    D(
        "b-leg-uiterlijk-twaalf-weken",
        "legitiem",
        "‘ten minste twaalf weken voor’ wordt ‘uiterlijk twaalf weken vóór’.",
        E(
            c("financien/fin-begroting"),
            "zendt de ontwerpbegroting ten minste twaalf weken voor de vergadering",
            "zendt de ontwerpbegroting uiterlijk twaalf weken vóór de vergadering",
        ),
    ),
    D(
        "b-leg-12-weken-cijfers",
        "legitiem",
        "De termijn van de ontwerpbegroting in cijfers: 12 weken.",
        E(
            c("financien/fin-begroting"),
            "zendt de ontwerpbegroting ten minste twaalf weken voor de vergadering",
            "zendt de ontwerpbegroting ten minste 12 weken voor de vergadering",
        ),
    ),
    D(
        "b-leg-termijn-van-acht-weken",
        "legitiem",
        "‘binnen acht weken’ wordt ‘binnen een termijn van acht weken’ bij de wijziging.",
        E(
            c("toetreding/wijziging"),
            "binnen acht weken een zienswijze over het ontwerp",
            "binnen een termijn van acht weken een zienswijze over het ontwerp",
        ),
    ),
    D(
        "b-leg-8-weken-woordvolgorde",
        "legitiem",
        "Bij de uittreding: ‘hun zienswijze binnen 8 weken’ (andere woordvolgorde, cijfers).",
        E(
            c("toetreding/uittreding"),
            "in de gelegenheid binnen acht weken hun zienswijze over de voorgenomen uittreding en "
            "de gevolgen daarvan naar voren te brengen.",
            "in de gelegenheid hun zienswijze over de voorgenomen uittreding en de gevolgen "
            "daarvan binnen 8 weken naar voren te brengen.",
        ),
    ),
    D(
        "b-leg-uiterlijk-14-september",
        "legitiem",
        "‘vóór 15 september’ wordt ‘uiterlijk op 14 september’ (dezelfde uiterste dag).",
        E(
            c("financien/fin-begroting"),
            "maar in ieder geval vóór 15 september van het jaar",
            "maar in ieder geval uiterlijk op 14 september van het jaar",
        ),
    ),
    D(
        "b-leg-voor-zonder-accent",
        "legitiem",
        "‘vóór 15 april’ zonder accent: ‘voor 15 april’ (voorlopige jaarrekening).",
        E(
            c("financien/fin-jaarrekening"),
            "met het verslag van de accountant, vóór 15 april van het jaar volgend",
            "met het verslag van de accountant, voor 15 april van het jaar volgend",
        ),
    ),
    D(
        "b-leg-vijf-van-de-7",
        "legitiem",
        "‘vijf van de zeven deelnemers’ met het tweede getal in cijfers.",
        E(
            c("bestuur/ab-besluitvorming"),
            "ten minste vijf van de zeven",
            "ten minste vijf van de 7",
        ),
    ),
    D(
        "b-leg-zeven-deelnemende-gemeenten",
        "legitiem",
        "‘zeven gemeenten’ wordt ‘de zeven deelnemende gemeenten’.",
        E(
            c("betrekken/inwonersparticipatie"),
            "werkt voor de inwoners van zeven gemeenten",
            "werkt voor de inwoners van de zeven deelnemende gemeenten",
        ),
    ),
    D(
        "b-leg-db-drie-leden",
        "legitiem",
        "Het dagelijks bestuur ‘bestaat uit drie leden, onder wie de voorzitter’.",
        E(
            c("bestuur/db-samenstelling"),
            "tekst: Het dagelijks bestuur bestaat uit de voorzitter en twee andere leden, die",
            "tekst: Het dagelijks bestuur bestaat uit drie leden, onder wie de voorzitter, die",
        ),
    ),
    D(
        "b-leg-woo-afkorting",
        "legitiem",
        "‘Wet open overheid (Woo)’ in het lid over geheimhouding.",
        E(
            c("bestuur/ab-openbaarheid"),
            "tweede lid, van de Wet open overheid.\ntoelichting:",
            "tweede lid, van de Wet open overheid (Woo).\ntoelichting:",
        ),
    ),
    D(
        "b-leg-wob-historisch",
        "legitiem",
        "De toelichting noemt de Wob als de wet die de Woo heeft vervangen (historisch, juist).",
        E(
            c("bestuur/ab-openbaarheid"),
            "Sinds 1 mei 2022 is de Wet open overheid in de plaats getreden van de Wet openbaarheid "
            "van",
            "Met ingang van 1 mei 2022 heeft de Wet open overheid (Woo) de plaats ingenomen van de "
            "Wet openbaarheid van",
        ),
    ),
    D(
        "b-leg-wwb-voorheen",
        "legitiem",
        "De overweging noemt de Participatiewet ‘voorheen de Wet werk en bijstand’.",
        E(
            IIT,
            "overwegende dat de raad op grond van de Participatiewet bij verordening",
            "overwegende dat de raad op grond van de Participatiewet, voorheen de Wet werk en "
            "bijstand, bij verordening",
        ),
    ),
    D(
        "b-leg-toetreding-toestemming",
        "legitiem",
        "Toetreding ‘na verkregen toestemming van de raad’ (andere woordvolgorde).",
        E(
            c("toetreding/toetreding"),
            "kan tot deze regeling toetreden nadat de raad van die gemeente daarvoor toestemming "
            "heeft verleend.",
            "kan, na verkregen toestemming van de raad van die gemeente, tot deze regeling "
            "toetreden.",
        ),
    ),
    D(
        "b-leg-uittreding-mits",
        "legitiem",
        "Uittreding ‘mits de raad toestemming heeft verleend’.",
        E(
            c("toetreding/uittreding"),
            "Een college kan uit deze regeling treden nadat de raad van zijn gemeente",
            "Een college kan uit deze regeling treden, mits de raad van zijn gemeente",
        ),
    ),
    D(
        "b-leg-duur-geldt",
        "legitiem",
        "‘wordt getroffen voor onbepaalde tijd’ wordt ‘geldt voor onbepaalde tijd’.",
        E(
            c("slot/duur"),
            "tekst: Deze regeling wordt getroffen voor onbepaalde tijd.",
            "tekst: Deze regeling geldt voor onbepaalde tijd.",
        ),
    ),
    D(
        "b-leg-citeertitel-kan",
        "legitiem",
        "‘kan worden aangehaald als’.",
        E(
            c("slot/citeertitel"),
            "Deze regeling wordt aangehaald als:",
            "Deze regeling kan worden aangehaald als:",
        ),
    ),
    D(
        "b-leg-inwerkingtreding-op",
        "legitiem",
        "‘treedt in werking op 1 januari 2022’.",
        E(
            c("slot/inwerkingtreding"),
            "tekst: Deze regeling treedt in werking met ingang van 1 januari 2022.",
            "tekst: Deze regeling treedt op 1 januari 2022 in werking.",
        ),
    ),
    D(
        "b-leg-geschillen-zuid-holland",
        "legitiem",
        "Het geschil wordt ‘ter beslissing voorgelegd aan Gedeputeerde Staten van Zuid-Holland’.",
        E(
            c("slot/geschillen"),
            "dan legt ieder van de partijen het geschil voor aan Gedeputeerde Staten, die daarover "
            "beslissen.",
            "dan legt ieder van de partijen het geschil ter beslissing voor aan Gedeputeerde "
            "Staten van Zuid-Holland.",
        ),
    ),
    D(
        "b-leg-evaluatie-per-vier-jaar",
        "legitiem",
        "‘ten minste eenmaal per vier jaar, voor het eerst in het jaar 2025’.",
        E(
            c("verantwoording/evaluatie"),
            "ten minste eenmaal in de vier jaar, voor het eerst in 2025.",
            "ten minste eenmaal per vier jaar, voor het eerst in het jaar 2025.",
        ),
    ),
    D(
        "b-leg-spelregels-vijf-of-meer",
        "legitiem",
        "‘ten minste vijf deelnemers’ wordt ‘vijf of meer deelnemers’ in de spelregels.",
        E(
            SPEL,
            "Als een plustaak door ten minste vijf deelnemers wordt afgenomen",
            "Als een plustaak door vijf of meer deelnemers wordt afgenomen",
        ),
    ),
    D(
        "b-leg-register-volgorde",
        "legitiem",
        "Een registeromschrijving in andere volgorde, beginnend met ‘Vaststellen van’.",
        E(
            REG1,
            "omschrijving: Verstrekken van loonkostensubsidie en vaststellen van de loonwaarde",
            "omschrijving: Vaststellen van de loonwaarde en verstrekken van loonkostensubsidie",
        ),
    ),
    D(
        "b-leg-boete-rapport",
        "legitiem",
        "De uitzondering voor de boete anders geformuleerd (‘het aan de boete ten grondslag "
        "liggende rapport’).",
        E(
            c("mandaat/mb-uitzonderingen"),
            "door degene die het rapport heeft opgemaakt waarop de boete berust.",
            "door degene die het aan de boete ten grondslag liggende rapport heeft opgemaakt.",
        ),
    ),
    D(
        "b-leg-bezwaar-anders",
        "legitiem",
        "De uitzondering voor het bezwaar anders geformuleerd.",
        E(
            c("mandaat/mandaat-regeling"),
            "tekst: het beslissen op een bezwaarschrift door degene die het bestreden besluit "
            "krachtens mandaat heeft genomen.",
            "tekst: het beslissen op bezwaar door degene die het besluit waartegen het bezwaar "
            "zich richt, krachtens mandaat heeft genomen.",
        ),
    ),
    D(
        "b-leg-staffel-inwonertal",
        "legitiem",
        "Het eerste onderdeel van de staffel anders geformuleerd (‘bij een inwonertal onder "
        "25.000’).",
        E(
            c("bestuur/ab-stemverhouding"),
            'tekst: "bij minder dan 25.000 inwoners: één stem;"',
            'tekst: "bij een inwonertal onder 25.000: één stem;"',
        ),
    ),
    D(
        "b-leg-peildatum-voor",
        "legitiem",
        "De peildatum ‘1 januari van het jaar vóór het begrotingsjaar’.",
        E(
            c("financien/fin-verdeelsleutels"),
            "op 1 januari van het jaar voorafgaand aan het begrotingsjaar. Het aantal huishoudens",
            "op 1 januari van het jaar vóór het begrotingsjaar. Het aantal huishoudens",
        ),
    ),
    D(
        "b-leg-toelichting-kaders",
        "legitiem",
        "De algemene toelichting: ‘Zij ontvangen vóór 15 april de financiële kaders’.",
        E(GR, "Vóór 15 april ontvangen zij", "Zij ontvangen vóór 15 april"),
    ),
    D(
        "b-leg-gelet-op-artikelen",
        "legitiem",
        "Het ‘gelet op’ van het mandaatbesluit noemt de artikelen 10:1 tot en met 10:12 Awb "
        "(dat is afdeling 10.1.1).",
        E(
            MB,
            "gelet_op: gelet op afdeling 10.1.1 van de Algemene wet bestuursrecht",
            "gelet_op: gelet op de artikelen 10:1 tot en met 10:12 van de Algemene wet "
            "bestuursrecht",
        ),
    ),
    D(
        "b-leg-aanhef-en-onderdeel",
        "legitiem",
        "‘artikel 9, eerste lid, aanhef en onderdeel c, van de Participatiewet’.",
        E(
            c("delegatie/delegatie-bevoegdheden"),
            "artikel 9, eerste lid, onderdeel c, van de Participatiewet;",
            "artikel 9, eerste lid, aanhef en onderdeel c, van de Participatiewet;",
        ),
    ),
    D(
        "b-leg-wijziging-vijf-of-meer",
        "legitiem",
        "Een wijziging vergt de colleges van ‘vijf of meer deelnemers’.",
        E(
            c("toetreding/wijziging"),
            "als de colleges van ten minste vijf deelnemers daartoe hebben besloten.",
            "als vijf of meer colleges van deelnemers daartoe hebben besloten.",
        ),
    ),
)
