"""Numbers against numbers (GET01-GET05): per rule a defective and a clean example at the exact
file:line:col of the number, and the sample passes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.checks.test_facts import FRAGMENT, article, dated, found, located, where
from tests.conftest import DEELNEMERS, REPO_ROOT

# Three deelnemers, so that "de twee gemeenten die ..." can be a part of them.
THREE = DEELNEMERS + (
    "  - id: cstad\n"
    "    naam: Cstad\n"
    "    gemeente: de gemeente Cstad\n"
    "    college: het college van burgemeester en wethouders van Cstad\n"
    "    raad: de raad van de gemeente Cstad\n"
    "    burgemeester: de burgemeester van Cstad\n"
)


def numbers(make_repo: Callable[..., Path], *texts: str, **files: str) -> tuple[str, list]:  # type: ignore[type-arg]
    content = article(*texts)
    root = make_repo({FRAGMENT: content, "deelnemers.yaml": THREE, **files})
    return content, found(root, "GET")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("De vier gemeenten werken samen in het openbaar lichaam.", "De vier gemeenten"),
        ("Het bestuur besluit met de stemmen van twee van de vier colleges.", "twee van de vier"),
        ("Alle vijf colleges stellen de regeling vast.", "Alle vijf colleges"),
        ("Het openbaar lichaam werkt voor de inwoners van 4 gemeenten.", "van 4 gemeenten"),
        ("Aan de regeling nemen twee gemeenten deel.", "nemen twee gemeenten"),
    ],
)
def test_get01_a_count_that_differs_from_deelnemers_yaml(
    text: str, phrase: str, make_repo: Callable[..., Path]
) -> None:
    content, result = numbers(make_repo, text)
    assert located(result) == [("GET01", "fout", where(content, FRAGMENT, phrase))]
    assert "3 deelnemers" in result[0].message


@pytest.mark.parametrize(
    "text",
    [
        "De drie gemeenten werken samen in het openbaar lichaam.",
        "Het bestuur besluit met de stemmen van twee van de drie colleges.",
        "De twee gemeenten die de plustaak afnemen, betalen de kosten.",
        "Een besluit van de colleges van ten minste twee deelnemers is voldoende.",
        "Het college van een gemeente die niet deelneemt, kan toetreden.",
        "De plustaak wordt uitgevoerd voor twee gemeenten.",
        "Aan de regeling nemen drie gemeenten deel.",
    ],
)
def test_get01_clean(text: str, make_repo: Callable[..., Path]) -> None:
    assert numbers(make_repo, text)[1] == []


def test_get02_a_quorum_larger_than_the_board(make_repo: Callable[..., Path]) -> None:
    text = "De regeling wordt gewijzigd als de colleges van ten minste vier deelnemers besluiten."
    content, result = numbers(make_repo, text)
    phrase = "ten minste vier deelnemers"
    assert located(result) == [("GET02", "fout", where(content, FRAGMENT, phrase))]
    assert numbers(make_repo, text.replace("vier", "drie"))[1] == []


def test_get02_a_part_larger_than_the_whole(make_repo: Callable[..., Path]) -> None:
    text = "Het besluit vergt vier van de drie stemmen."
    content, result = numbers(make_repo, text)
    assert located(result) == [("GET02", "fout", where(content, FRAGMENT, "vier van de drie"))]


def test_get03_seats_per_deelnemer_differ_between_articles(make_repo: Callable[..., Path]) -> None:
    content, result = numbers(
        make_repo,
        "Het algemeen bestuur bestaat uit één lid per deelnemer.",
        "Ieder college wijst twee leden aan.",
    )
    # One against one: both sides of the contradiction are reported.
    assert sorted(located(result)) == sorted(
        [
            ("GET03", "fout", where(content, FRAGMENT, "Ieder college wijst twee leden")),
            ("GET03", "fout", where(content, FRAGMENT, "één lid per deelnemer")),
        ]
    )
    content, result = numbers(
        make_repo,
        "Het algemeen bestuur bestaat uit twee leden per deelnemer.",
        "Ieder college wijst één lid aan.",
        "Het algemeen bestuur telt dus één lid per deelnemer.",
    )
    # Two against one: the odd one out.
    phrase = "twee leden per deelnemer"
    assert located(result) == [("GET03", "fout", where(content, FRAGMENT, phrase))]
    assert "Ieder college wijst één lid" in result[0].message
    clean = numbers(
        make_repo,
        "Het algemeen bestuur bestaat uit één lid per deelnemer.",
        "Ieder college wijst één lid aan.",
    )
    assert clean[1] == []


def test_get04_votes_above_the_stated_cap(make_repo: Callable[..., Path]) -> None:
    content, result = numbers(
        make_repo,
        "Een deelnemer met meer dan 50.000 inwoners brengt vier stemmen uit.",
        "Geen lid brengt ten hoogste drie stemmen uit.",
    )
    assert located(result) == [("GET04", "fout", where(content, FRAGMENT, "vier stemmen"))]
    clean = numbers(
        make_repo,
        "Een deelnemer met meer dan 50.000 inwoners brengt drie stemmen uit.",
        "Een lid brengt ten hoogste drie stemmen uit.",
    )
    assert clean[1] == []


@pytest.mark.parametrize(
    "cap",
    [
        "Geen lid brengt meer dan drie stemmen uit.",
        "Het aantal stemmen per lid is ten hoogste drie.",
        "Het aantal stemmen van een lid bedraagt maximaal 3.",
        "Een lid brengt nooit meer dan drie stemmen uit.",
    ],
)
def test_get04_the_cap_in_every_phrasing(cap: str, make_repo: Callable[..., Path]) -> None:
    content, result = numbers(
        make_repo, "Een deelnemer met meer dan 50.000 inwoners brengt vier stemmen uit.", cap
    )
    assert located(result) == [("GET04", "fout", where(content, FRAGMENT, "vier stemmen"))]


@pytest.mark.parametrize(
    "total",
    [
        "Met de inwoneraantallen van nu leidt de staffel tot veertien stemmen: vier voor A.",
        "In totaal zijn er veertien stemmen.",
        "De leden brengen samen veertien stemmen uit.",
        "Geen lid brengt meer dan een derde van het totale aantal stemmen uit.",
    ],
)
def test_get04_the_total_of_the_board_is_no_lids_votes(
    total: str, make_repo: Callable[..., Path]
) -> None:
    assert numbers(make_repo, total, "Een lid brengt ten hoogste drie stemmen uit.")[1] == []


def test_get09_the_size_of_the_dagelijks_bestuur_agrees(make_repo: Callable[..., Path]) -> None:
    content, result = numbers(
        make_repo,
        "Het dagelijks bestuur bestaat uit de voorzitter en drie andere leden.",
        "Omdat het dagelijks bestuur drie leden telt, is het quorum twee.",
    )
    assert sorted(located(result)) == sorted(
        [
            ("GET09", "fout", where(content, FRAGMENT, "dagelijks bestuur drie leden telt")),
            (
                "GET09",
                "fout",
                where(content, FRAGMENT, "dagelijks bestuur bestaat uit de voorzitter en drie"),
            ),
        ]
    )
    assert any("uit 4 leden" in f.message for f in result)
    clean = numbers(
        make_repo,
        "Het dagelijks bestuur bestaat uit de voorzitter en twee andere leden.",
        "Het dagelijks bestuur is een compact bestuur van drie leden, onder wie de voorzitter.",
        "Omdat het dagelijks bestuur drie leden telt, is het quorum twee.",
    )
    assert clean[1] == []


MILESTONES = """\
formaat: 1
mijlpalen:
  - id: vastgesteld
    naam: Vastgestelde regeling
    datum: 2021-12-02
    definitief: true
    in_werking: 2022-01-01
"""


def test_get05_in_force_before_the_version_date(
    make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    dated(monkeypatch, dt.date(2021, 5, 1))
    text = "Deze regeling treedt in werking op 1 januari 2021."
    content, result = numbers(make_repo, text)
    assert located(result) == [("GET05", "fout", where(content, FRAGMENT, "1 januari 2021"))]
    assert "1 mei 2021" in result[0].message
    assert numbers(make_repo, text.replace("2021", "2022"))[1] == []


def test_get05_against_the_milestone_in_force(
    make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    dated(monkeypatch, dt.date(2023, 3, 1))
    before = "Deze regeling treedt in werking met ingang van 1 november 2021."
    content, result = numbers(make_repo, before, **{"mijlpalen.yaml": MILESTONES})
    assert located(result) == [("GET05", "fout", where(content, FRAGMENT, "1 november 2021"))]
    assert "vaststelling (Vastgestelde regeling)" in result[0].message
    other = "Deze regeling treedt in werking met ingang van 1 februari 2022."
    content, result = numbers(make_repo, other, **{"mijlpalen.yaml": MILESTONES})
    assert located(result) == [("GET05", "fout", where(content, FRAGMENT, "1 februari 2022"))]
    assert "mijlpalen.yaml op 1 januari 2022" in result[0].message
    right = "Deze regeling treedt in werking met ingang van 1 januari 2022."
    assert numbers(make_repo, right, **{"mijlpalen.yaml": MILESTONES})[1] == []


def test_the_sample_has_no_number_findings() -> None:
    result = found(REPO_ROOT, "GET")
    assert result == [], [f"{f.pos} {f.code} {f.message}" for f in result]


ROUNDS = """\
formaat: 1
mijlpalen:
  - id: definitief
    naam: Definitieve tekst
    datum: 2021-08-30
    definitief: true
  - id: vastgesteld
    naam: Vastgestelde regeling
    datum: 2021-12-02
    definitief: true
    in_werking: 2022-01-01
  - id: ontwerp
    naam: Ontwerp eerste wijziging
    datum: 2023-03-13
    definitief: false
    reactie_uiterlijk: 2023-04-24
"""
LETTERS = """\
formaat: 1
afzender: {naam: P, adres: Postbus 1, postcode: 1000 AA, plaats: Stad, kenmerk: P}
contactpersoon: {naam: A, functie: b, telefoon: "1", email: a@voorbeeld.nl}
ondertekening:
  - {naam: B, functie: voorzitter}
gemeenten:
  adam: {adres: Postbus 2, postcode: 2000 AA, plaats: Adam, griffier: C}
  bdorp: {adres: Postbus 3, postcode: 3000 AA, plaats: Bdorp, griffier: D}
  cstad: {adres: Postbus 4, postcode: 4000 AA, plaats: Cstad, griffier: E}
rondes:
  ontwerp:
    verzoek: zienswijze
    vergaderingen:
      adam: {college: 2023-03-20, raad: 2023-05-01}
"""


def rounds(
    make_repo: Callable[..., Path], milestones: str, letters: str, deelnemers: str = THREE
) -> list:  # type: ignore[type-arg]
    files = {"mijlpalen.yaml": milestones, "brieven.yaml": letters, "deelnemers.yaml": deelnemers}
    return found(make_repo(files), "GET")


def test_get06_a_zienswijze_round_since_2022_gives_eight_weeks_and_the_raad_meets_in_time(
    make_repo: Callable[..., Path],
) -> None:
    result = rounds(make_repo, ROUNDS, LETTERS)
    assert located(result) == [
        ("GET06", "fout", where(LETTERS, "brieven.yaml", "adam: {college")),
        ("GET06", "fout", where(ROUNDS, "mijlpalen.yaml", "2023-04-24")),
    ]
    assert "42 dagen" in result[1].message and "acht weken" in result[1].message
    assert "Adam" in result[0].message and "na de reactiedatum 24 april 2023" in result[0].message
    fixed = rounds(
        make_repo,
        ROUNDS.replace("2023-04-24", "2023-05-08"),
        LETTERS.replace("raad: 2023-05-01", "raad: 2023-04-25"),
    )
    assert fixed == []


def test_get06_a_toestemming_lies_between_its_round_and_the_adoption(
    make_repo: Callable[..., Path],
) -> None:
    clean = ROUNDS.replace("2023-04-24", "2023-05-08")
    letters = LETTERS.replace("raad: 2023-05-01", "raad: 2023-04-25")
    early = THREE.replace(
        "    burgemeester: de burgemeester van Adam\n",
        "    burgemeester: de burgemeester van Adam\n    toestemming:\n      definitief: 2021-07-01\n",
    )
    result = rounds(make_repo, clean, letters, early)
    assert located(result) == [
        ("GET06", "fout", where(early, "deelnemers.yaml", "definitief: 2021"))
    ]
    assert "vóór de ronde 'definitief'" in result[0].message
    late = early.replace("2021-07-01", "2021-12-20")
    result = rounds(make_repo, clean, letters, late)
    assert [f.code for f in result] == ["GET06"] and "na de vaststelling" in result[0].message
    right = early.replace("2021-07-01", "2021-10-12")
    assert rounds(make_repo, clean, letters, right) == []


STAFFEL = """\
formaat: 1
id: bestuur
titel: Stemverhouding
leden:
  - id: bestuur.stemmen
    tekst: "Elk lid brengt een aantal stemmen uit naar het aantal inwoners van zijn gemeente:"
    onderdelen:
      - id: bestuur.stemmen.klein
        tekst: "bij minder dan 25.000 inwoners: één stem;"
      - id: bestuur.stemmen.middel
        tekst: "bij ten minste 25.000 en minder dan 50.000 inwoners: twee stemmen; en"
      - id: bestuur.stemmen.groot
        tekst: "bij 50.000 inwoners of meer: vier stemmen."
  - id: bestuur.maximum
    tekst: Geen lid brengt meer dan de helft van het totale aantal stemmen uit.
"""
INWONERS = """\
formaat: 1
financien:
  begrotingsjaar: 2022
  buig: solidariteit
  gegevens:
    - id: inwoners
      titel: Inwoners
      peildatum: 2021-01-01
      bron: CBS
      waarden: {adam: 10000, bdorp: 30000, cstad: 60000}
  taken:
    - id: taak-inkomen
      titel: Inkomen
      budget: "100.00"
      sleutel: {naar: inwoners}
"""


def staffel(make_repo: Callable[..., Path], inwoners: str) -> list:  # type: ignore[type-arg]
    files = {
        FRAGMENT: STAFFEL,
        "deelnemers.yaml": THREE,
        "clausules/financien/begroting.yaml": inwoners,
    }
    return found(make_repo(files), "GET")


def test_get07_a_deelnemer_above_the_share_the_regeling_caps(
    make_repo: Callable[..., Path],
) -> None:
    result = staffel(make_repo, INWONERS)
    assert located(result) == [("GET07", "fout", where(STAFFEL, FRAGMENT, "bij 50.000"))]
    assert "Cstad (60000 inwoners)" in result[0].message and "4 van de 7" in result[0].message
    assert "meer dan de helft van het totale aantal stemmen" in result[0].message
    # With 40.000 inhabitants Cstad has two of five votes: within half.
    assert staffel(make_repo, INWONERS.replace("cstad: 60000", "cstad: 40000")) == []


def test_get08_a_quorum_larger_than_the_board(make_repo: Callable[..., Path]) -> None:
    size = "Het dagelijks bestuur bestaat uit de voorzitter en twee andere leden."
    quorum = "Het dagelijks bestuur besluit als ten minste vier leden aanwezig zijn."
    content, result = numbers(make_repo, size, quorum)
    phrase = "ten minste vier leden"
    assert located(result) == [("GET08", "fout", where(content, FRAGMENT, phrase))]
    assert "3 leden van het dagelijks bestuur" in result[0].message
    assert numbers(make_repo, size, quorum.replace("vier", "twee"))[1] == []
    seats = "Het algemeen bestuur bestaat uit één lid per deelnemer."
    too_many = "Het algemeen bestuur besluit als ten minste vier leden aanwezig zijn."
    content, result = numbers(make_repo, seats, too_many)
    assert located(result) == [("GET08", "fout", where(content, FRAGMENT, phrase))]
    assert numbers(make_repo, seats, too_many.replace("vier", "drie"))[1] == []


@pytest.mark.parametrize(
    ("first", "found"),
    [
        ("Het algemeen bestuur evalueert de regeling voor het eerst in 2021.", True),
        ("Het dagelijks bestuur brengt voor het eerst op 1 maart 2021 verslag uit.", True),
        ("Het algemeen bestuur evalueert de regeling voor het eerst in 2025.", False),
        ("Het algemeen bestuur evalueert de regeling voor het eerst in 2022.", False),
    ],
)
def test_get10_what_happens_for_the_first_time_follows_the_entry_into_force(
    first: str, found: bool, make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    dated(monkeypatch, dt.date(2021, 5, 1))
    content, result = numbers(
        make_repo, "Deze regeling treedt in werking op 1 januari 2022.", first
    )
    result = [f for f in result if f.code == "GET10"]
    if not found:
        assert result == []
        return
    phrase = first[first.index("voor het eerst") :].rstrip(".").split(" verslag")[0]
    assert located(result) == [("GET10", "fout", where(content, FRAGMENT, phrase))]
    assert "vóór de inwerkingtreding op 1 januari 2022" in result[0].message
