"""The text against the law at the version's date (FEI01-FEI04): per rule a defective and a clean
example, at the exact file:line:col of the phrase, and the sample passes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from assembler.checks import runner
from assembler.checks.base import Finding
from assembler.checks.legal_facts import FILE, Kind, facts
from tests.checks.test_awb import REGISTER_FILE, entry, field_at, register
from tests.conftest import REGELING, REPO_ROOT

FRAGMENT = "clausules/bestuur/bestuur.yaml"


def article(*texts: str, ident: str = "bestuur", title: str = "Bepalingen") -> str:
    """An article with one lid per text, each text on its own line (quoted)."""
    leden = "".join(f'  - id: {ident}.l{i}\n    tekst: "{t}"\n' for i, t in enumerate(texts))
    return f"formaat: 1\nid: {ident}\ntitel: {title}\nleden:\n{leden}"


def where(content: str, path: str, phrase: str) -> str:
    """Where ``phrase`` stands in a fixture file: computed from the fixture, not by the rules."""
    for number, line in enumerate(content.splitlines(), start=1):
        if phrase in line:
            return f"{path}:{number}:{line.index(phrase) + 1}"
    raise AssertionError(f"{phrase!r} not in the fixture")


def dated(monkeypatch: pytest.MonkeyPatch, day: dt.date) -> None:
    """Date the working tree of a fixture (no git repository): SOURCE_DATE_EPOCH."""
    moment = dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(moment.timestamp())))


def found(root: Path, family: str = "FEI") -> list[Finding]:
    return [f for f in runner.run(runner.context(root)) if f.code.startswith(family)]


def located(findings: list[Finding]) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity, str(f.pos)) for f in findings]


AFTER_2022 = dt.date(2023, 3, 1)
BEFORE_2022 = dt.date(2021, 3, 1)


def check(
    make_repo: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
    day: dt.date,
    *texts: str,
    files: dict[str, str] | None = None,
) -> tuple[str, list[Finding]]:
    dated(monkeypatch, day)
    content = article(*texts)
    return content, found(make_repo({FRAGMENT: content, **(files or {})}))


def test_the_table_cites_a_source_for_every_fact_and_says_whether_it_was_verified() -> None:
    table = facts()
    assert {law.id for law in table.laws} == {"wob", "wwb"}
    assert all(law.source and law.successor for law in table.laws)
    for fact in table.facts:
        assert fact.periods, fact.id
        assert all(p.source for p in fact.periods), fact.id
    assert {f.id for f in table.of(Kind.DEADLINE)} >= {"begroting-gedeputeerde-staten", "kaders"}
    # Only what domain.md confirms is verified; the rest warns.
    begroting = next(f for f in table.facts if f.id == "zienswijze-ontwerpbegroting")
    assert begroting.at(AFTER_2022).weeks == 12 and begroting.at(AFTER_2022).verified  # type: ignore[union-attr]
    assert not begroting.at(BEFORE_2022).verified  # type: ignore[union-attr]
    assert FILE == "rechtsfeiten.yaml"


WOB = "Een verzoek wordt behandeld op grond van de Wet openbaarheid van bestuur."


def test_fei01_the_wob_after_1_may_2022_is_an_error_at_the_name(
    make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    content, result = check(make_repo, monkeypatch, AFTER_2022, WOB)
    phrase = "Wet openbaarheid van bestuur"
    assert located(result) == [("FEI01", "fout", where(content, FRAGMENT, phrase))]
    assert "Wet open overheid" in result[0].message and "1 mei 2022" in result[0].message
    assert result[0].target == "bestuur.l0"


def test_fei01_clean_the_wob_in_2021_and_a_historical_mention(
    make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert check(make_repo, monkeypatch, BEFORE_2022, WOB)[1] == []
    history = "Sinds 1 mei 2022 geldt de Wet open overheid, die de Wob heeft vervangen."
    assert check(make_repo, monkeypatch, AFTER_2022, history)[1] == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Bijstand wordt verleend op grond van de Wet werk en bijstand.", "Wet werk en bijstand"),
        ("Bijstand wordt verleend op grond van de WWB.", "WWB"),
    ],
)
def test_fei01_the_wet_werk_en_bijstand_is_the_participatiewet_since_2015(
    text: str, phrase: str, make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Checked against the Invoeringswet Participatiewet: an error, not a warning."""
    content, result = check(make_repo, monkeypatch, AFTER_2022, text)
    assert located(result) == [("FEI01", "fout", where(content, FRAGMENT, phrase))]
    assert "Participatiewet" in result[0].message and "niet nagekeken" not in result[0].message
    clean = "Bijstand wordt verleend op grond van de Participatiewet."
    assert check(make_repo, monkeypatch, AFTER_2022, clean)[1] == []


def test_fei01_reads_the_toelichting_at_its_line(
    make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    dated(monkeypatch, AFTER_2022)
    content = article("Het bestuur beslist.") + (
        "toelichting:\n  - >-\n    Dit artikel regelt de besluiten. Verzoeken om informatie vallen\n"
        "    onder de Wet openbaarheid van bestuur.\n"
    )
    result = found(make_repo({FRAGMENT: content}))
    phrase = "Wet openbaarheid van bestuur"
    assert located(result) == [("FEI01", "fout", where(content, FRAGMENT, phrase))]
    assert result[0].target == "bestuur"


def test_fei02_a_shorter_term_on_the_ontwerpbegroting_since_2022_is_an_error(
    make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Het dagelijks bestuur zendt de ontwerpbegroting acht weken voor de vergadering aan de raden."
    content, result = check(make_repo, monkeypatch, AFTER_2022, text)
    assert located(result) == [("FEI02", "fout", where(content, FRAGMENT, "acht weken"))]
    assert "12 weken" in result[0].message and "artikel 35" in result[0].message
    # In 2021 the law gave eight weeks: the same text is right then.
    assert check(make_repo, monkeypatch, BEFORE_2022, text)[1] == []
    clean = text.replace("acht", "twaalf")
    assert check(make_repo, monkeypatch, AFTER_2022, clean)[1] == []


def test_fei02_the_zienswijze_on_leaving_is_eight_weeks(
    make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Een college treedt niet uit dan nadat de raden binnen zes weken hun zienswijze over de uittreding konden geven."
    content, result = check(make_repo, monkeypatch, AFTER_2022, text)
    assert located(result) == [("FEI02", "fout", where(content, FRAGMENT, "zes weken"))]
    clean = text.replace("zes", "acht")
    assert check(make_repo, monkeypatch, AFTER_2022, clean)[1] == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # The term stands in the next sentence and takes the subject of the one before.
        (
            "De raden geven hun zienswijze over een voorgenomen uittreding. De termijn is vier weken.",
            "vier weken",
        ),
        # "begroting" without "ontwerp", with the raden and a termijn.
        (
            "Voor de begroting geldt een termijn van zes weken, zodat de raden haar kunnen bespreken.",
            "zes weken",
        ),
    ],
)
def test_fei02_a_term_in_the_next_sentence_or_on_the_begroting(
    text: str, phrase: str, make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    content, result = check(make_repo, monkeypatch, AFTER_2022, text)
    assert located(result) == [("FEI02", "fout", where(content, FRAGMENT, phrase))]
    clean = text.replace(phrase, "twaalf weken")
    assert check(make_repo, monkeypatch, AFTER_2022, clean)[1] == []


@pytest.mark.parametrize(
    "text",
    [
        # Sending the adopted begroting is not the zienswijze term.
        "Het dagelijks bestuur zendt de begroting binnen twee weken na de vaststelling aan de raden.",
        # A begrotingswijziging may have its own term (Wgr, artikel 35).
        "Voor een begrotingswijziging geldt een termijn van vier weken voor de zienswijze van de raden.",
        # The next sentence is about something else.
        "De raden geven hun zienswijze over een uittreding. Het bezwaar wordt binnen zes weken ingediend.",
        "De raden geven hun zienswijze over een uittreding. Die termijn van acht weken geldt ook voor een wijziging.",
    ],
)
def test_fei02_clean_terms_that_are_not_the_zienswijze_term(
    text: str, make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert check(make_repo, monkeypatch, AFTER_2022, text)[1] == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("De raden kunnen binnen een maand hun zienswijze over de wijziging geven.", "een maand"),
        (
            "Het dagelijks bestuur zendt de ontwerp-begroting zes weken voor de vergadering aan de raden.",
            "zes weken",
        ),
        (
            "Vóór 15 april ontvangen zij de kaders, en zij hebben zes weken de tijd voor een zienswijze over de ontwerpbegroting.",
            "zes weken",
        ),
    ],
)
def test_fei02_months_and_hyphenated_words(
    text: str, phrase: str, make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    content, result = check(make_repo, monkeypatch, AFTER_2022, text)
    assert located(result) == [("FEI02", "fout", where(content, FRAGMENT, phrase))]
    clean = text.replace(phrase, "drie maanden")
    assert check(make_repo, monkeypatch, AFTER_2022, clean)[1] == []


@pytest.mark.parametrize(
    ("day", "late", "in_time", "deadline"),
    [
        (AFTER_2022, "uiterlijk op 30 november", "vóór 15 september", "vóór 15 september"),
        (BEFORE_2022, "vóór 15 september", "vóór 1 augustus", "vóór 1 augustus"),
    ],
)
def test_fei02_the_begroting_to_gedeputeerde_staten_by_the_date_of_the_version(
    day: dt.date,
    late: str,
    in_time: str,
    deadline: str,
    make_repo: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Verified: 1 augustus from 2015, 15 september since the amendment of 1 July 2022."""
    text = f"Het dagelijks bestuur zendt de begroting {late} aan Gedeputeerde Staten."
    content, result = check(make_repo, monkeypatch, day, text)
    assert located(result) == [
        ("FEI02", "fout", where(content, FRAGMENT, late.split(" ", 1)[1].split("op ")[-1]))
    ]
    assert deadline in result[0].message
    assert check(make_repo, monkeypatch, day, text.replace(late, in_time))[1] == []


def test_fei02_a_later_deadline_for_the_jaarrekening_warns_where_unverified(
    make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Het dagelijks bestuur zendt de jaarrekening vóór 1 augustus aan Gedeputeerde Staten."
    content, result = check(make_repo, monkeypatch, AFTER_2022, text)
    assert located(result) == [("FEI02", "waarschuwing", where(content, FRAGMENT, "1 augustus"))]
    assert "vóór 15 juli" in result[0].message
    for clean in ("vóór 15 juli", "uiterlijk 14 juli", "vóór 1 juli"):
        assert (
            check(make_repo, monkeypatch, AFTER_2022, text.replace("vóór 1 augustus", clean))[1]
            == []
        )
    # "uiterlijk 15 juli" is one day later than "vóór 15 juli".
    late = text.replace("vóór 1 augustus", "uiterlijk 15 juli")
    assert [f.code for f in check(make_repo, monkeypatch, AFTER_2022, late)[1]] == ["FEI02"]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("De voorzitter verleent volmacht op grond van artikel 10:3 Awb.", "10:3"),
        (
            "Rechtshandelingen worden verricht krachtens volmacht (artikel 10:3 van de Algemene"
            " wet bestuursrecht).",
            "10:3",
        ),
        ("De delegatie berust op artikel 10:15 Awb.", "10:15"),
        (
            "Het college stelt de raden van de andere deelnemers in de gelegenheid hun zienswijze over de uittreding te geven.",
            "raden van de andere deelnemers",
        ),
        (
            "Het algemeen bestuur stelt de raden van de overige deelnemers in de gelegenheid een zienswijze over de toetreding te geven.",
            "raden van de overige deelnemers",
        ),
        (
            "Bij een uittreding kunnen de overige raden hun zienswijze geven.",
            "overige raden",
        ),
        (
            "Het algemeen bestuur stelt de raad van de toetredende gemeente in de gelegenheid een zienswijze over de toetreding te geven.",
            "raad van de toetredende gemeente",
        ),
        ("Aan de uittreding zijn geen financiële gevolgen verbonden.", "geen financiële gevolgen"),
        (
            "Het algemeen bestuur is niet verplicht deze regeling te evalueren.",
            "niet verplicht deze regeling te evalueren",
        ),
        (
            "Het algemeen bestuur stelt geen regels vast over de betrokkenheid van inwoners.",
            "geen regels",
        ),
        (
            "Een college kan het mandaat niet intrekken gedurende de looptijd.",
            "niet intrekken",
        ),
        (
            "Het college kan het mandaat niet eerder intrekken dan met ingang van 1 januari 2026.",
            "niet eerder intrekken",
        ),
        (
            "Na de overdracht kunnen de colleges de bevoegdheden daarnaast zelf blijven uitoefenen.",
            "daarnaast zelf blijven uitoefenen",
        ),
        (
            "Het dagelijks bestuur oefent die bevoegdheden uit; de colleges kunnen ze daarnaast zelf blijven uitoefenen.",
            "daarnaast zelf blijven uitoefenen",
        ),
        (
            "Een college kan het dagelijks bestuur voor een afzonderlijk geval instructies geven over de overgedragen bevoegdheden.",
            "afzonderlijk geval instructies",
        ),
        (
            "De colleges dragen aan de directeur de bevoegdheden over die zij hebben op grond van de Participatiewet.",
            "dragen aan de directeur",
        ),
        (
            "Het dagelijks bestuur kan zijn bevoegdheden delegeren aan de secretaris.",
            "delegeren aan de secretaris",
        ),
        (
            "De bevoegdheden worden door de colleges aan de directeur overgedragen.",
            "aan de directeur overgedragen",
        ),
        (
            "Voordat een college tot uittreding besluit, stelt het de raad van zijn gemeente in de"
            " gelegenheid binnen acht weken haar zienswijze naar voren te brengen.",
            "raad van zijn gemeente",
        ),
        (
            "Het college beslist op bezwaarschriften tegen besluiten die krachtens de overgedragen"
            " bevoegdheden zijn genomen.",
            "Het college beslist op bezwaarschriften",
        ),
        (
            "Een besluit dat krachtens ondermandaat namens een college wordt genomen, vermeldt dat"
            " het namens het dagelijks bestuur wordt genomen.",
            "namens een college wordt genomen, vermeldt dat het namens het dagelijks bestuur",
        ),
        (
            "Het dagelijks bestuur kan de overgedragen bevoegdheden verder overdragen aan de"
            " directeur en daarbij ondermandaat aan medewerkers toestaan.",
            "overgedragen bevoegdheden verder overdragen aan de directeur",
        ),
        (
            # The mandate in the next clause does not make the transfer a mandate.
            "Het dagelijks bestuur kan de overgedragen bevoegdheden op zijn beurt overdragen aan"
            " de directeur, die daarbij ondermandaat aan medewerkers kan verlenen.",
            "overgedragen bevoegdheden op zijn beurt overdragen aan de directeur",
        ),
    ],
)
def test_fei03_a_wording_the_law_contradicts_is_an_error(
    text: str, phrase: str, make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    content, result = check(make_repo, monkeypatch, AFTER_2022, text)
    assert located(result) == [("FEI03", "fout", where(content, FRAGMENT, phrase))]


@pytest.mark.parametrize(
    "text",
    [
        "De voorzitter verleent volmacht op grond van artikel 10:12 Awb.",
        "De voorzitter verleent volmacht op grond van artikel 10:12 van de Algemene wet"
        " bestuursrecht.",
        "Artikel 10:15 Awb eist een wettelijke grondslag voor delegatie.",
        "Het college stelt de raden van de deelnemers in de gelegenheid hun zienswijze over de uittreding te geven.",
        "Het algemeen bestuur stelt de raden van de deelnemers en de raad van de toetredende gemeente in de gelegenheid een zienswijze over de toetreding te geven.",
        "Het algemeen bestuur stelt iedere raad van een deelnemer, en ook de raad van de toetredende gemeente, in de gelegenheid een zienswijze over de toetreding te geven.",
        "Het algemeen bestuur regelt de financiële gevolgen van de uittreding.",
        "Het algemeen bestuur evalueert deze regeling ten minste eenmaal in de vier jaar.",
        "Het algemeen bestuur stelt regels vast over de betrokkenheid van inwoners.",
        "Een college kan het mandaat te allen tijde intrekken.",
        "Na de overdracht kunnen de colleges de gedelegeerde bevoegdheden zelf niet meer uitoefenen.",
        "De mandaatgever kan de gemandateerde bevoegdheden daarnaast zelf blijven uitoefenen.",
        "Het college geeft geen instructies over een overgedragen bevoegdheid in een afzonderlijk geval.",
        "Over een mandaat kan het college instructies voor een afzonderlijk geval geven.",
        "Het dagelijks bestuur kan zijn bevoegdheden niet overdragen aan de directeur.",
        "Het dagelijks bestuur kan aan de directeur mandaat verlenen voor de overgedragen bevoegdheden.",
        "De bevoegdheden worden overgedragen aan het dagelijks bestuur, dat de uitvoering legt bij de directeur.",
        "Het dagelijks bestuur draagt er zorg voor dat de stukken aan de directeur worden gezonden.",
        "Het dagelijks bestuur verleent de directeur mandaat, zodat de bevoegdheden niet worden"
        " overgedragen aan de directeur.",
        "De colleges verlenen voor de overgedragen taken mandaat aan de directeur, die"
        " ondermandaat kan verlenen.",
        "Het college beslist op bezwaarschriften tegen besluiten die krachtens mandaat zijn"
        " genomen.",
        "Het dagelijks bestuur kan de overgedragen bevoegdheden overdragen aan de directeur in"
        " mandaat.",
        "Een besluit dat krachtens ondermandaat namens een college wordt genomen, vermeldt dat"
        " het namens het college van burgemeester en wethouders van de gemeente wordt genomen.",
        "De directeur beslist namens het dagelijks bestuur; hij ondertekent namens het"
        " dagelijks bestuur.",
        "Het dagelijks bestuur beslist op bezwaarschriften tegen besluiten die krachtens de"
        " overgedragen bevoegdheden zijn genomen.",
    ],
)
def test_fei03_clean(
    text: str, make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert check(make_repo, monkeypatch, AFTER_2022, text)[1] == []


def test_fei03_only_other_raden_was_right_before_the_2022_amendment(
    make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Het college stelt de raden van de andere deelnemers in de gelegenheid hun zienswijze over de uittreding te geven."
    assert check(make_repo, monkeypatch, BEFORE_2022, text)[1] == []


def test_fei03_a_volmacht_row_cites_10_12(
    make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    row = {"soort": "volmacht", "uitzonderingen": "[]", "grondslag": "artikel 10:3 Awb"}
    files = {REGISTER_FILE: register(entry("vz-volmacht", **row))}
    result = check(make_repo, monkeypatch, AFTER_2022, "Het bestuur beslist.", files=files)[1]
    # At the 'grondslag' of the row (its last key), where '10:3' is written.
    lines = entry("vz-volmacht", **row).rstrip("\n").split("\n")
    grondslag = next(n for n, line in enumerate(lines) if "grondslag:" in line)
    column = lines[grondslag].index("10:3") + 1
    assert located(result) == [("FEI03", "fout", f"{REGISTER_FILE}:{3 + grondslag}:{column}")]
    assert "10:12" in result[0].message
    fine = {**row, "grondslag": "de artikelen 10:4 en 10:12 Awb"}
    files = {REGISTER_FILE: register(entry("vz-volmacht", **fine))}
    assert check(make_repo, monkeypatch, AFTER_2022, "Het bestuur beslist.", files=files)[1] == []


def test_fei01_a_register_row_from_a_repealed_law(
    make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The 'wet' of a row is read: the Wob after 1 May 2022, at that field."""
    row = {"wet": "Wet openbaarheid van bestuur"}
    files = {REGISTER_FILE: register(entry("db-mandaat", **row))}
    result = check(make_repo, monkeypatch, AFTER_2022, "Het bestuur beslist.", files=files)[1]
    assert located(result) == [("FEI01", "fout", field_at(entry("db-mandaat", **row), "wet"))]
    assert "Wet open overheid" in result[0].message
    files = {REGISTER_FILE: register(entry("db-mandaat", wet="Wet open overheid"))}
    assert check(make_repo, monkeypatch, AFTER_2022, "Het bestuur beslist.", files=files)[1] == []


ZIENSWIJZE = """\
formaat: 1
id: zw
titel: Zienswijzen
leden:
  - id: zw.lijst
    tekst: "Het algemeen bestuur vraagt de raden een zienswijze over:"
    onderdelen:
      - id: zw.lijst.begroting
        tekst: "de begroting, bedoeld in {{ ref('bestuur.l0') }}."
  - id: zw.overige
    tekst: "Over andere besluiten dan die, genoemd in {{ ref('zw.lijst') }}, worden de raden niet om een zienswijze gevraagd."
"""
ASKING = "Het algemeen bestuur stelt de raden in de gelegenheid een zienswijze over de toetreding te geven."


def zienswijze_repo(make_repo: Callable[..., Path], asking: str) -> tuple[str, Path]:
    content = article(asking, ident="toetr", title="Toetreding")
    manifest = REGELING.replace(
        "artikelen: [bestuur, slot]", "artikelen: [bestuur, zw, toetr, slot]"
    )
    files = {
        FRAGMENT: article("Het dagelijks bestuur stelt de begroting op."),
        "clausules/bestuur/zw.yaml": ZIENSWIJZE,
        "clausules/bestuur/toetr.yaml": content,
        "regelingen/testregeling.yaml": manifest,
    }
    return content, make_repo(files)


def test_fei04_a_zienswijze_outside_the_exhaustive_list_is_an_error(
    make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    dated(monkeypatch, AFTER_2022)
    content, root = zienswijze_repo(make_repo, ASKING)
    result = found(root, "FEI04")
    assert located(result) == [
        ("FEI04", "fout", where(content, "clausules/bestuur/toetr.yaml", "Het algemeen bestuur"))
    ]
    assert result[0].target == "toetr.l0"
    assert "artikel 3" in result[0].message and "artikel 4" in result[0].message


def test_fei04_clean_when_the_list_names_it_or_a_college_asks(
    make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    dated(monkeypatch, AFTER_2022)
    college = "Een college treedt toe nadat de raden binnen acht weken een zienswijze konden geven."
    assert found(zienswijze_repo(make_repo, college)[1], "FEI04") == []
    listed = ZIENSWIJZE.replace(
        "bedoeld in {{ ref('bestuur.l0') }}.\"",
        "bedoeld in {{ ref('bestuur.l0') }}; en\"\n      - id: zw.lijst.toetreding\n"
        "        tekst: \"de toetreding, bedoeld in {{ ref('toetr.l0') }}.\"",
    )
    content = article(ASKING, ident="toetr", title="Toetreding")
    manifest = REGELING.replace(
        "artikelen: [bestuur, slot]", "artikelen: [bestuur, zw, toetr, slot]"
    )
    root = make_repo(
        {
            FRAGMENT: article("Het dagelijks bestuur stelt de begroting op."),
            "clausules/bestuur/zw.yaml": listed,
            "clausules/bestuur/toetr.yaml": content,
            "regelingen/testregeling.yaml": manifest,
        }
    )
    assert found(root, "FEI04") == []


def test_the_sample_has_no_fact_findings() -> None:
    result = found(REPO_ROOT)
    assert result == [], [f"{f.pos} {f.code} {f.message}" for f in result]


def test_fei05_a_change_without_the_toestemming_of_the_raad(
    make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "De colleges kunnen deze regeling wijzigen."
    content = article(text) + "onderwerpen: [wijziging]\n"
    dated(monkeypatch, AFTER_2022)
    result = found(make_repo({FRAGMENT: content}))
    # At the lid on the colleges' decision, where the toestemming belongs.
    assert located(result) == [("FEI05", "fout", where(content, FRAGMENT, text))]
    assert "toestemming van de raad" in result[0].message and "artikel 2" in result[0].message
    consent = article("Een college besluit tot wijziging na toestemming van de raad.")
    assert found(make_repo({FRAGMENT: consent + "onderwerpen: [wijziging]\n"})) == []
    # Where the raden take part themselves, no toestemming is asked.
    mixed = REGELING.replace("vastgesteld_door: [college]", "vastgesteld_door: [raad, college]")
    files = {FRAGMENT: content, "regelingen/testregeling.yaml": mixed}
    assert found(make_repo(files)) == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Leidt het overleg niet tot een oplossing, dan beslist het algemeen bestuur over het geschil.",
            "beslist het algemeen bestuur",
        ),
        (
            "Het algemeen bestuur en het dagelijks bestuur verstrekken de raden geen inlichtingen.",
            "verstrekken de raden geen inlichtingen",
        ),
    ],
)
def test_fei03_an_unverified_fact_warns(
    text: str, phrase: str, make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the article of the law could not be verified, the finding is a warning."""
    content, result = check(make_repo, monkeypatch, AFTER_2022, text)
    assert located(result) == [("FEI03", "waarschuwing", where(content, FRAGMENT, phrase))]
    clean = "Leidt het overleg niet tot een oplossing, dan beslissen Gedeputeerde Staten over het geschil."
    assert check(make_repo, monkeypatch, AFTER_2022, clean)[1] == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "In dit besluit wordt verstaan onder volmacht en machtiging: volmacht en machtiging als bedoeld in artikel 10:13 van die wet.",
            "artikel 10:13",
        ),
        (
            "Het college verleent mandaat als bedoeld in artikel 10:15 van de Algemene wet bestuursrecht.",
            "artikel 10:15",
        ),
        (
            "De colleges dragen de bevoegdheden over bij delegatie als bedoeld in artikel 10:3 Awb.",
            "artikel 10:3",
        ),
        (
            "De voorzitter verleent de directeur op grond van artikel 10:14 van de Algemene wet bestuursrecht machtiging.",
            "artikel 10:14",
        ),
    ],
)
def test_fei03_the_awb_article_belongs_to_the_concept(
    text: str, phrase: str, make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    content, result = check(make_repo, monkeypatch, AFTER_2022, text)
    assert located(result) == [("FEI03", "fout", where(content, FRAGMENT, phrase))]
    assert "Awb, titel 10.1" in result[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Onder mandaat, volmacht en machtiging wordt verstaan wat de artikelen 10:1 en 10:12 van de Algemene wet bestuursrecht bedoelen.",
        "Mandaat als bedoeld in artikel 10:1 Awb; volmacht en machtiging als bedoeld in artikel 10:12 Awb.",
        "De delegatie voldoet aan de artikelen 10:13 tot en met 10:20 Awb.",
        "Het college verleent ondermandaat binnen de grenzen van artikel 10:9 Awb.",
    ],
)
def test_fei03_the_awb_article_clean(
    text: str, make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert check(make_repo, monkeypatch, AFTER_2022, text)[1] == []


def test_fei03_a_mandaat_row_cites_a_mandate_article(
    make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    row = {"soort": "mandaat", "uitzonderingen": "[bezwaar]", "grondslag": "artikel 10:13 Awb"}
    files = {REGISTER_FILE: register(entry("db-mandaat", **row))}
    result = check(make_repo, monkeypatch, AFTER_2022, "Het bestuur beslist.", files=files)[1]
    assert [(f.code, f.severity) for f in result] == [("FEI03", "fout")]
    lines = entry("db-mandaat", **row).rstrip("\n").split("\n")
    grondslag = next(n for n, line in enumerate(lines) if "grondslag:" in line)
    column = lines[grondslag].index("10:13") + 1
    assert str(result[0].pos) == f"{REGISTER_FILE}:{3 + grondslag}:{column}"
    fine = {**row, "grondslag": "artikel 10:3 Awb"}
    files = {REGISTER_FILE: register(entry("db-mandaat", **fine))}
    assert check(make_repo, monkeypatch, AFTER_2022, "Het bestuur beslist.", files=files)[1] == []
