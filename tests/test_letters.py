"""The cover letter of a round (aanbiedingsbrief): a Dutch official letter, worded from the
milestones and from ``brieven.yaml``, for the sample's own rounds and for made-up ones."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from assembler import letters
from assembler.errors import Pos, SourceError
from assembler.packages import Package, build_packages
from assembler.render.docx.letter import render_letter
from assembler.source.correspondence import (
    Address,
    Contact,
    Correspondence,
    Person,
    Request,
    Sender,
    load_correspondence,
)
from assembler.source.milestones import Milestone
from assembler.source.tree import WorkTree
from tests.conftest import REPO_ROOT
from tests.render.oracles import libreoffice_pdf, pandoc_text
from tests.test_sample_money import contributions
from tests.test_versions import GIT_ENV, MIJLPALEN, git, run


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Package]]:
    out = tmp_path_factory.mktemp("brieven")
    contributions("definitief")  # skips without the milestones
    return out, build_packages(REPO_ROOT, "definitief", out)


def _letter(out: Path, deelnemer: str) -> tuple[bytes, str]:
    data = (out / "definitief" / deelnemer / "aanbiedingsbrief.docx").read_bytes()
    return data, _flat(pandoc_text(data))


def test_the_sample_letter_has_sender_address_kenmerk_and_contact(
    packages: tuple[Path, list[Package]],
) -> None:
    _, text = _letter(packages[0], "papendrecht")
    assert text.startswith(
        "Projectgroep GR Sociaal namens de colleges van burgemeester en wethouders van de"
        " deelnemende gemeenten Postbus 419 3300 AK Dordrecht"
    )
    assert (
        "Het college van burgemeester en wethouders van Papendrecht Postbus 11 3350 AA Papendrecht"
        in text
    )
    assert "Plaats en datum Dordrecht, 30 augustus 2021" in text
    assert "Kenmerk PGS/2021/03/papendrecht" in text
    assert "Onderwerp Definitieve tekst Gemeenschappelijke Regeling Sociaal" in text
    assert "Contactpersoon mr. I. (Inge) van der Staal, juridisch adviseur projectgroep" in text
    assert "Telefoon 078 770 41 90" in text
    assert "Geacht college," in text


def test_the_final_round_asks_the_raad_for_toestemming_under_article_1_wgr(
    packages: tuple[Path, list[Package]],
) -> None:
    _, text = _letter(packages[0], "papendrecht")
    assert (
        "Wij vragen u uw raad om toestemming te vragen als bedoeld in artikel 1 van de Wet"
        " gemeenschappelijke regelingen"
    ) in text
    assert "alleen onthouden wegens strijd met het recht of het algemeen belang" in text
    assert "uiterlijk op 25 oktober 2021" in text  # reactie_uiterlijk of the milestone
    assert "Ten opzichte van de Concepttekst van 17 mei 2021" in text
    # The raad gets a copy through its griffier.
    assert (
        "Afschrift aan De raad van de gemeente Papendrecht, via de griffier, mw. L. (Lotte) Brouwer"
        in text
    )


def test_no_tool_words_ids_or_file_paths_in_the_letter(
    packages: tuple[Path, list[Package]],
) -> None:
    for package in packages[1]:
        _, text = _letter(packages[0], package.deelnemer)
        assert "mijlpaal" not in text.lower(), package.deelnemer
        assert "(concept)" not in text and "(definitief)" not in text
        assert ".docx" not in text and "schoon/" not in text and "wijzigingen/" not in text
        assert "definitieve tekst van" not in text  # the round's name is not lower-cased


def test_the_enclosures_are_listed_by_title_and_counted(
    packages: tuple[Path, list[Package]],
) -> None:
    _, text = _letter(packages[0], "papendrecht")
    enclosures = text.split("Bijlagen ", 2)[2].split(" Afschrift aan")[0]
    assert enclosures.startswith(
        "Besluit delegatie en mandaat plustaken Sociale Dienst Drechtsteden Papendrecht (nieuw)"
        " Gemeenschappelijke Regeling Sociaal, schoon en met de wijzigingen ten opzichte van de"
        " Concepttekst"
    )
    assert enclosures.endswith(
        "Wijzigingsoverzicht Concepttekst → Definitieve tekst"
        " Transponeringstabel Concepttekst → Definitieve tekst"
        # The raadsstukken of a toestemming round close the list (tests/test_council.py),
        # with the nota van beantwoording of the round before.
        " Raadsvoorstel toestemming Ontwerpbesluit van de raad (toestemming)"
        " Ontwerpbesluit van het college (toestemming)"
        " Nota van beantwoording van de reacties op de concepttekst"
    )
    assert "Bijlagen 12" in text  # in the reference block: the number of enclosures


def test_the_letter_is_signed_by_name_and_function_with_room_to_sign(
    packages: tuple[Path, list[Package]],
) -> None:
    data, text = _letter(packages[0], "papendrecht")
    assert (
        "Met vriendelijke groet, Projectgroep GR Sociaal drs. M. (Marco) Verhoef voorzitter van de"
        " projectgroep E.J. (Esther) Dijkman-Bos secretaris van de projectgroep"
    ) in text
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    for name in ("drs. M. (Marco) Verhoef", "E.J. (Esther) Dijkman-Bos"):
        before = re.search(r'w:before="(\d+)"[^<]*/></w:pPr><w:r><w:t[^>]*>' + re.escape(name), xml)
        assert before is not None and int(before.group(1)) >= 720, name  # half an inch at least


def test_the_ondertekening_is_not_split_across_pages(
    packages: tuple[Path, list[Package]], tmp_path: Path
) -> None:
    # Found by looking: Dordrecht's letter had "Met vriendelijke groet," at the foot of page 2
    # and the names on page 3.
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    data, _ = _letter(packages[0], "dordrecht")
    pdf = libreoffice_pdf(data, tmp_path)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True, text=True
    ).stdout
    page = next(p for p in text.split("\f") if "Met vriendelijke groet," in p)
    for line in ("Projectgroep GR Sociaal", "Verhoef", "voorzitter", "Dijkman-Bos", "secretaris"):
        assert line in page.split("Met vriendelijke groet,", 1)[1], line


def test_the_whole_new_documents_are_not_repeated_as_changes(
    packages: tuple[Path, list[Package]],
) -> None:
    _, text = _letter(packages[0], "papendrecht")
    details = text.split("Inhoudelijke wijzigingen", 1)[1].split("Uw bijdrage", 1)[0]
    assert "Gemeenschappelijke Regeling Sociaal 17 Bevoegdheden dagelijks bestuur" in details
    assert "hele document" not in details


def test_the_kenmerk_is_derived_from_round_and_gemeente() -> None:
    round_ = letters.Round(_milestone("definitief", dt.date(2021, 8, 30)), None, 3)
    assert letters.kenmerk("PGS", round_, "papendrecht") == "PGS/2021/03/papendrecht"
    assert letters.kenmerk("", round_, "sliedrecht") == "2021/03/sliedrecht"


def test_articles_are_listed_with_the_dutch_plural() -> None:
    assert letters.articles(["7"]) == "artikel 7"
    assert letters.articles(["7", "8"]) == "artikelen 7 en 8"
    assert letters.articles(["3", "4a", "12"]) == "artikelen 3, 4a en 12"


# -- made-up rounds ---------------------------------------------------------------------------


def _milestone(ident: str, day: dt.date, name: str = "Ontwerp") -> Milestone:
    return Milestone(ident, name, day, False, "Projectgroep", None, None, Pos("m", 1, 1))


def _data(request: Request) -> Correspondence:
    return Correspondence(
        Sender("Projectgroep", "", "Postbus 1", "1000 AA", "Stad", "PG"),
        Contact("A. Jansen", "adviseur", "010 000 00 00", "a@voorbeeld.nl"),
        (Person("B. de Vries", "voorzitter"),),
        {"adam": Address("Postbus 2", "2000 AA", "Adam", "C. Bakker")},
        {"ontwerp": request},
        {},
        {},
    )


def _text(letter: letters.Letter) -> str:
    return _flat(pandoc_text(render_letter(letter)))


TO = letters.Addressee(
    "adam",
    "Adam",
    "het college van burgemeester en wethouders van Adam",
    "de raad van de gemeente Adam",
)


def _compose(
    day: dt.date, request: Request, previous: Milestone | None = None, new_member: bool = False
) -> str:
    round_ = letters.Round(_milestone("ontwerp", day), previous, 2)
    letter = letters.compose(
        round_,
        TO,
        "Regeling Test",
        [],
        {},
        ["Regeling Test"],
        "Stad",
        _data(request),
        new_member=new_member,
    )
    return _text(letter)


def test_a_zienswijze_since_july_2022_cites_article_1_wgr_and_eight_weeks() -> None:
    text = _compose(dt.date(2023, 3, 1), Request.ZIENSWIJZE)
    assert "zijn zienswijze op het ontwerp kan geven als bedoeld in artikel 1 van de Wet" in text
    assert "acht weken" in text
    assert "uiterlijk op 12 april 2023" in text  # six weeks: the milestone names no date


def test_a_zienswijze_before_july_2022_cites_no_statutory_procedure() -> None:
    text = _compose(dt.date(2021, 5, 17), Request.ZIENSWIJZE)
    assert "zijn zienswijze op het ontwerp kan geven." in text
    assert "artikel 1" not in text and "acht weken" not in text


def test_a_reaction_round_names_no_procedure_and_no_decision_of_the_raad() -> None:
    text = _compose(dt.date(2021, 3, 15), Request.REACTIE)
    assert "Aan deze ronde is geen wettelijke procedure verbonden" in text
    assert "het verzoek uw raad betreft" not in text
    # The raad is asked for a reaction as well: it gets a copy through its griffier.
    assert "Afschrift aan De raad van de gemeente Adam, via de griffier, C. Bakker" in text


def test_a_gemeente_new_in_the_round_is_not_compared_with_the_previous_round() -> None:
    previous = _milestone("eerder", dt.date(2022, 1, 10), "Eerste ontwerp")
    text = _compose(dt.date(2023, 3, 1), Request.ZIENSWIJZE, previous, new_member=True)
    assert "Adam neemt met deze versie voor het eerst deel" in text
    assert "Ten opzichte van" not in text and "Eerste ontwerp" not in text
    assert "Wat er voor u verandert" not in text
    member = _compose(dt.date(2023, 3, 1), Request.ZIENSWIJZE, previous)
    assert "Ten opzichte van de Eerste ontwerp van 10 januari 2022" in member


# -- brieven.yaml -----------------------------------------------------------------------------


def test_the_sample_correspondence_covers_every_deelnemer_and_round() -> None:
    data = load_correspondence(WorkTree(REPO_ROOT))
    assert data is not None
    assert data.requests == {
        "hoofdlijnen": Request.REACTIE,
        "concept": Request.ZIENSWIJZE,
        "definitief": Request.TOESTEMMING,
        "ontwerp-eerste-wijziging": Request.ZIENSWIJZE,
        "eerste-wijziging": Request.TOESTEMMING,
    }
    assert len(data.addresses) == 7


BRIEVEN = """\
formaat: 1
afzender: {naam: P, adres: Postbus 1, postcode: 1000 AA, plaats: Stad, kenmerk: P}
contactpersoon: {naam: A, functie: b, telefoon: "1", email: a@voorbeeld.nl, fax: "2"}
ondertekening:
  - {naam: B, functie: voorzitter}
gemeenten:
  adam: {adres: Postbus 2, postcode: 2000 AA, plaats: Adam, griffier: C}
  cdorp: {adres: Postbus 3, postcode: 3000 AA, plaats: Cdorp, griffier: D}
rondes:
  ontwerp: {verzoek: advies}
"""


def test_errors_in_brieven_yaml_are_located_and_dutch(tmp_path: Path) -> None:
    (tmp_path / "brieven.yaml").write_text(BRIEVEN, encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        load_correspondence(WorkTree(tmp_path))
    shown = str(caught.value)
    assert "brieven.yaml:3" in shown and "onbekende sleutel 'fax'" in shown
    assert "brieven.yaml:10:22" in shown
    assert "onbekend verzoek 'advies'; kies uit: reactie, zienswijze, toestemming" in shown


def test_brieven_yaml_names_only_known_deelnemers_and_rounds(tmp_path: Path) -> None:
    (tmp_path / "brieven.yaml").write_text(
        BRIEVEN.replace('fax: "2"', "").replace("advies", "zienswijze"), encoding="utf-8"
    )
    data = load_correspondence(WorkTree(tmp_path))
    assert data is not None
    with pytest.raises(SourceError) as caught:
        data.check(["adam", "bdorp"], ["concept"])
    shown = str(caught.value)
    assert "brieven.yaml:8" in shown and "onbekende deelnemer 'cdorp'" in shown
    assert "onbekende mijlpaal 'ontwerp'" in shown
    assert "'gemeenten' mist het adres van: bdorp" in shown


def test_without_brieven_yaml_the_letter_has_no_address_data(tmp_path: Path) -> None:
    assert load_correspondence(WorkTree(tmp_path)) is None


# -- a gemeente that joins between two rounds ------------------------------------------------

CSTAD = """\
  - id: cstad
    naam: Cstad
    gemeente: de gemeente Cstad
    college: het college van burgemeester en wethouders van Cstad
    raad: de raad van de gemeente Cstad
    burgemeester: de burgemeester van Cstad
"""


@pytest.fixture
def repo(make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch) -> Path:
    for key, value in GIT_ENV.items():
        monkeypatch.setenv(key, value)
    root = make_repo({"mijlpalen.yaml": MIJLPALEN})
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "Eerste versie")
    return root


def test_a_gemeente_that_joins_gets_its_documents_as_new(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(repo, capsys, "mijlpaal", "vastleggen", "concept")[0] == 0
    path = repo / "deelnemers.yaml"
    path.write_text(path.read_text(encoding="utf-8") + CSTAD, encoding="utf-8")
    git(repo, "commit", "-q", "-am", "Cstad treedt toe")
    assert run(repo, capsys, "mijlpaal", "vastleggen", "definitief")[0] == 0
    code, _, err = run(
        repo, capsys, "pakketten", "--mijlpaal", "definitief", "--uit", str(repo / "p")
    )
    assert code == 0, err
    with zipfile.ZipFile(repo / "p/definitief/cstad.zip") as archive:
        names = archive.namelist()
        text = _flat(pandoc_text(archive.read("cstad/aanbiedingsbrief.docx")))
    assert not [n for n in names if "/wijzigingen/" in n]
    assert "Cstad neemt met deze versie voor het eerst deel" in text
    assert "Ten opzichte van" not in text and "vorige" not in text
    assert "met de wijzigingen" not in text
    with zipfile.ZipFile(repo / "p/definitief/adam.zip") as archive:
        adam = _flat(pandoc_text(archive.read("adam/aanbiedingsbrief.docx")))
    assert "Ten opzichte van de Concepttekst van 17 mei 2021" in adam
