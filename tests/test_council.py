"""Each raad's paperwork: raadsvoorstel, raadsbesluit and collegebesluit in the packages.

The documents are read back with pandoc: their sections, the gemeente, the amounts from the
round's change set and the legal basis (art. 1 Wgr, before and after 1 July 2022)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from assembler import pipeline
from assembler.council.basis import UNVERIFIED, college_basis, raad_basis
from assembler.council.decisions import raadsbesluit
from assembler.council.facts import Facts, Gemeente
from assembler.council.paperwork import answered_nota, paperwork
from assembler.errors import Pos, SourceError
from assembler.model.finance import format_amount
from assembler.model.nodes import plain
from assembler.packages import Package, build_packages
from assembler.source.correspondence import Meeting, Request, load_correspondence
from assembler.source.milestones import Milestone
from assembler.source.tree import WorkTree
from tests.conftest import REPO_ROOT
from tests.render.oracles import pandoc_text
from tests.test_sample_money import contributions

WGR = "van de Wet gemeenschappelijke regelingen"
SECTIONS = (
    "Gegevens",
    "Voorgesteld besluit",
    "Aanleiding",
    "Beoogd effect",
    "Argumenten",
    "Kanttekeningen",
    "Financiële gevolgen",
    "Vervolg",
    "Bijlagen",
)
STUKKEN = ("raadsvoorstel.docx", "raadsbesluit.docx", "collegebesluit.docx")


def _flat(text: str) -> str:
    return " ".join(text.split())


# -- the legal basis ---------------------------------------------------------------------------

AFTER = dt.date(2023, 3, 13)
BEFORE = dt.date(2021, 8, 30)


@pytest.mark.parametrize(
    ("request_", "on", "amendment", "raad", "college"),
    [
        # Since 1 July 2022: zienswijze third lid, toestemming fourth, "treffen" includes
        # "wijzigen" in the fifth; the colleges send the draft (second) and make it (first).
        (Request.ZIENSWIJZE, AFTER, False, "artikel 1, derde lid", "artikel 1, tweede lid"),
        (
            Request.ZIENSWIJZE,
            AFTER,
            True,
            "artikel 1, derde en vijfde lid",
            "artikel 1, tweede en vijfde lid",
        ),
        (
            Request.TOESTEMMING,
            AFTER,
            False,
            "artikel 1, vierde lid",
            "artikel 1, eerste en vierde lid",
        ),
        (
            Request.TOESTEMMING,
            AFTER,
            True,
            "artikel 1, vierde en vijfde lid",
            "artikel 1, eerste, vierde en vijfde lid",
        ),
        # Before: toestemming in the second lid, "wijzigen" in the third.
        (
            Request.TOESTEMMING,
            BEFORE,
            False,
            "artikel 1, tweede lid",
            "artikel 1, eerste en tweede lid",
        ),
        (
            Request.TOESTEMMING,
            BEFORE,
            True,
            "artikel 1, tweede en derde lid",
            "artikel 1, eerste, tweede en derde lid",
        ),
    ],
)
def test_the_legal_basis_follows_article_1_wgr_at_the_date_of_the_round(
    request_: Request, on: dt.date, amendment: bool, raad: str, college: str
) -> None:
    assert raad_basis(request_, on, amendment) == f"{raad}, {WGR}"
    assert college_basis(request_, on, amendment) == f"{college}, {WGR}"


def test_a_zienswijze_before_july_2022_has_no_wgr_basis_and_says_it_is_unverified() -> None:
    basis = raad_basis(Request.ZIENSWIJZE, dt.date(2021, 5, 17), False)
    assert "Wet gemeenschappelijke regelingen" not in basis
    assert basis.endswith(UNVERIFIED)


# -- the sample's packages ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Package]]:
    out = tmp_path_factory.mktemp("raadsstukken")
    contributions("definitief")  # skips without the milestones
    return {
        m: build_packages(REPO_ROOT, m, out, with_pdf=False)
        for m in ("hoofdlijnen", "definitief", "ontwerp-eerste-wijziging")
    }


def _read(packages: list[Package], deelnemer: str, name: str) -> str:
    package = next(p for p in packages if p.deelnemer == deelnemer)
    return _flat(pandoc_text((package.folder / name).read_bytes()))


def test_a_round_that_asks_only_a_reactie_has_no_raadsstukken(
    built: dict[str, list[Package]],
) -> None:
    for package in built["hoofdlijnen"]:
        assert not set(STUKKEN) & set(package.files), package.deelnemer


def test_every_gemeente_gets_its_raadsstukken_in_a_zienswijze_and_a_toestemming_round(
    built: dict[str, list[Package]],
) -> None:
    for round_ in ("definitief", "ontwerp-eerste-wijziging"):
        assert len(built[round_]) == 7
        for package in built[round_]:
            assert set(STUKKEN) <= set(package.files), (round_, package.deelnemer)
            with_zip = package.archive.read_bytes()
            assert b"raadsvoorstel.docx" in with_zip


def test_the_raadsvoorstel_has_every_section_in_order_for_its_own_gemeente(
    built: dict[str, list[Package]],
) -> None:
    text = _read(built["definitief"], "sliedrecht", "raadsvoorstel.docx")
    places = [text.index(f" {title} ") for title in SECTIONS]
    assert places == sorted(places)
    assert text.startswith(
        "Raadsvoorstel toestemming definitieve tekst Gemeenschappelijke Regeling Sociaal"
    )
    assert "Gemeente De gemeente Sliedrecht" in text
    assert "Het college van burgemeester en wethouders van Sliedrecht," in text
    assert "Dordrecht" not in text.replace("Sociale Dienst Drechtsteden", "")
    # Its own verordeningen, with the individual choices of Sliedrecht, are enclosed.
    assert "Verordening individuele inkomenstoeslag Sliedrecht" in text


def test_the_financial_consequences_give_the_contribution_old_and_new(
    built: dict[str, list[Package]],
) -> None:
    changes = pipeline.compare_versions(REPO_ROOT, "concept", "definitief").finance
    assert changes is not None
    mine = changes.deelnemer("dordrecht")
    assert mine is not None and mine.old is not None and mine.new is not None
    assert mine.difference > 0  # the sample's definitieve tekst raises the overhead
    text = _read(built["definitief"], "dordrecht", "raadsvoorstel.docx")
    money = text.split(" Financiële gevolgen ", 1)[1].split(" Vervolg ", 1)[0]
    assert (
        f"De voorlopige bijdrage van Dordrecht over 2022 wordt {format_amount(mine.new)};"
        f" in de Concepttekst van 17 mei 2021 was dat {format_amount(mine.old)}."
        f" Dat is {format_amount(mine.difference)} meer." in money
    )
    total = f"Totaal {format_amount(mine.old, euro=False)} {format_amount(mine.new, euro=False)}"
    assert total in money


def test_the_raadsbesluit_of_a_toestemming_round_before_july_2022(
    built: dict[str, list[Package]],
) -> None:
    text = _read(built["definitief"], "papendrecht", "raadsbesluit.docx")
    assert text.startswith(
        "Besluit van de raad van de gemeente Papendrecht tot het verlenen van toestemming aan"
        " het college voor het treffen van de Gemeenschappelijke Regeling Sociaal"
        " De raad van de gemeente Papendrecht;"
    )
    assert f"gelet op artikel 1, tweede lid, {WGR}; besluit:" in text
    assert "wegens strijd met het recht of het algemeen belang" in text
    assert (
        "het college toestemming te verlenen om de Gemeenschappelijke Regeling Sociaal te treffen"
        in text
    )
    # Signed by the griffier brieven.yaml names, without "mw."; a date still to be planned.
    assert "de griffier, L. (Lotte) Brouwer de voorzitter," in text
    assert "van [datum raadsvergadering]." in text


def test_the_raadsbesluit_of_a_zienswijze_on_an_amendment_since_july_2022(
    built: dict[str, list[Package]],
) -> None:
    text = _read(built["ontwerp-eerste-wijziging"], "dordrecht", "raadsbesluit.docx")
    assert text.startswith(
        "Besluit van de raad van de gemeente Dordrecht over zijn zienswijze op het ontwerp"
        " van de wijziging van de Gemeenschappelijke Regeling Sociaal"
    )
    assert f"gelet op artikel 1, derde en vijfde lid, {WGR};" in text
    # The meeting dates of brieven.yaml, and the reactie date of the milestone.
    assert (
        "gelezen het voorstel van het college van burgemeester en wethouders van Dordrecht van 21 maart 2023;"
        in text
    )
    assert "uiterlijk op 8 mei 2023" in text
    assert "openbare vergadering van de raad van de gemeente Dordrecht van 25 april 2023." in text


def test_the_collegebesluit_puts_the_draft_to_the_raad(
    built: dict[str, list[Package]],
) -> None:
    text = _read(built["ontwerp-eerste-wijziging"], "zwijndrecht", "collegebesluit.docx")
    assert text.startswith(
        "Besluit van het college van burgemeester en wethouders van Zwijndrecht tot het"
        " voorleggen van het ontwerp van de wijziging van de Gemeenschappelijke Regeling"
        " Sociaal aan de raad Het college van burgemeester en wethouders van Zwijndrecht;"
    )
    assert f"gelet op artikel 1, tweede en vijfde lid, {WGR};" in text
    assert (
        "vergadering van het college van burgemeester en wethouders van Zwijndrecht van 28 maart 2023."
        in text
    )
    assert "de secretaris, de burgemeester," in text


def test_the_collegebesluit_of_a_toestemming_round_makes_the_regeling_after_toestemming(
    built: dict[str, list[Package]],
) -> None:
    text = _read(built["definitief"], "alblasserdam", "collegebesluit.docx")
    assert f"gelet op artikel 1, eerste en tweede lid, {WGR};" in text
    assert (
        "onder voorwaarde van die toestemming de Gemeenschappelijke Regeling Sociaal te treffen"
        in text
    )


def test_the_raadsstukken_are_the_same_bytes_twice(
    built: dict[str, list[Package]], tmp_path: Path
) -> None:
    again = build_packages(REPO_ROOT, "ontwerp-eerste-wijziging", tmp_path, with_pdf=False)
    for first, second in zip(built["ontwerp-eerste-wijziging"], again, strict=True):
        for name in STUKKEN:
            assert (first.folder / name).read_bytes() == (second.folder / name).read_bytes()


# -- the nota van beantwoording ----------------------------------------------------------------


def _milestone(ident: str, day: dt.date, name: str) -> Milestone:
    return Milestone(ident, name, day, True, "Projectgroep", None, None, Pos("m", 1, 1))


def _facts(nota: str) -> Facts:
    return Facts(
        milestone=_milestone("definitief", dt.date(2023, 6, 26), "Definitieve tekst"),
        previous=_milestone("ontwerp", dt.date(2023, 3, 13), "Ontwerp"),
        request=Request.TOESTEMMING,
        amendment=False,
        regeling="Gemeenschappelijke Regeling Voorbeeld",
        gemeente=Gemeente(
            "adam",
            "Adam",
            "de gemeente Adam",
            "het college van burgemeester en wethouders van Adam",
            "de raad van de gemeente Adam",
            "de burgemeester van Adam",
        ),
        meeting=Meeting(dt.date(2023, 7, 4), dt.date(2023, 7, 13)),
        due=dt.date(2023, 8, 7),
        sender="Projectgroep",
        kenmerk="PG/2023/02/adam",
        nota=nota,
    )


def test_a_toestemming_round_refers_to_the_nota_when_the_round_before_has_reactions(
    tmp_path: Path,
) -> None:
    previous = _milestone("ontwerp", dt.date(2023, 3, 13), "Ontwerp")
    assert answered_nota(tmp_path, previous, Request.TOESTEMMING) == ""
    (tmp_path / "reacties" / "ontwerp").mkdir(parents=True)
    assert answered_nota(tmp_path, previous, Request.ZIENSWIJZE) == ""
    nota = answered_nota(tmp_path, previous, Request.TOESTEMMING)
    assert nota == "nota-van-beantwoording-ontwerp.docx"

    files = paperwork(_facts(nota), [], None, None, ["Gemeenschappelijke Regeling Voorbeeld"])
    voorstel = _flat(pandoc_text(files["raadsvoorstel.docx"]))
    assert "nota van beantwoording (nota-van-beantwoording-ontwerp.docx)" in voorstel
    assert "Nota van beantwoording (nota-van-beantwoording-ontwerp.docx)" in voorstel  # bijlage
    besluit = _flat(pandoc_text(files["raadsbesluit.docx"]))
    assert "hebben beantwoord in de nota van beantwoording" in besluit
    without = _flat(pandoc_text(paperwork(_facts(""), [], None, None, [])["raadsvoorstel.docx"]))
    assert "nota van beantwoording" not in without.lower()


def test_a_single_decision_point_is_not_numbered() -> None:
    besluit = raadsbesluit(_facts(""))
    assert len(besluit.points) == 1
    text = _flat(pandoc_text(paperwork(_facts(""), [], None, None, [])["raadsbesluit.docx"]))
    assert "besluit: het college toestemming te verlenen om" in text


# -- the data: brieven.yaml 'vergaderingen' ----------------------------------------------------

BRIEVEN = """\
formaat: 1
afzender: {naam: P, adres: Postbus 1, postcode: 1000 AA, plaats: Stad, kenmerk: P}
contactpersoon: {naam: A, functie: b, telefoon: "1", email: a@voorbeeld.nl}
ondertekening:
  - {naam: B, functie: voorzitter}
gemeenten:
  adam: {adres: Postbus 2, postcode: 2000 AA, plaats: Adam, griffier: C}
rondes:
  ontwerp:
    verzoek: zienswijze
    vergaderingen:
      adam: {college: 2023-05-02, raad: 2023-04-20}
      bdorp: {college: "volgende week"}
      cdorp: 2023-05-01
"""


def test_errors_in_the_meeting_dates_are_located_and_dutch(tmp_path: Path) -> None:
    (tmp_path / "brieven.yaml").write_text(BRIEVEN, encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        load_correspondence(WorkTree(tmp_path))
    shown = str(caught.value)
    assert (
        "brieven.yaml:12:41" in shown
        and "vergadert in de ronde 'ontwerp' vóór het college" in shown
    )
    assert "brieven.yaml:13:" in shown and "'college' moet een datum" in shown
    assert (
        "brieven.yaml:14:" in shown and "moeten een tabel zijn met 'college' en/of 'raad'" in shown
    )


def test_meeting_dates_name_only_known_deelnemers(tmp_path: Path) -> None:
    fixed = BRIEVEN.replace('{college: "volgende week"}', "{raad: 2023-05-09}").replace(
        "raad: 2023-04-20", "raad: 2023-05-20"
    )
    (tmp_path / "brieven.yaml").write_text(
        fixed.replace("      cdorp: 2023-05-01\n", ""), encoding="utf-8"
    )
    data = load_correspondence(WorkTree(tmp_path))
    assert data is not None
    assert data.meeting("ontwerp", "adam") == Meeting(dt.date(2023, 5, 2), dt.date(2023, 5, 20))
    assert data.meeting("ontwerp", "zdorp") == Meeting()
    with pytest.raises(SourceError) as caught:
        data.check(["adam"], ["ontwerp"])
    assert "brieven.yaml:13:7" in str(caught.value)
    assert "onbekende deelnemer 'bdorp'" in str(caught.value)


def test_the_sample_plans_some_meetings_and_leaves_the_others_open() -> None:
    data = load_correspondence(WorkTree(REPO_ROOT))
    assert data is not None
    assert data.meeting("ontwerp-eerste-wijziging", "dordrecht").raad == dt.date(2023, 4, 25)
    assert data.meeting("ontwerp-eerste-wijziging", "alblasserdam") == Meeting()


# -- the regeling's aanhef cites each raad's toestemming once recorded -------------------------

SOURCES = ("assembler.yaml", "mijlpalen.yaml", "deelnemers.yaml", "keuzes.yaml", "brieven.yaml")
FOLDERS = ("clausules", "regelingen", "verordeningen", "bijlagen")


def _sample_copy(target: Path) -> Path:
    """The sample's sources as files (no git): the working tree as a user edits it."""
    for name in SOURCES:
        shutil.copy(REPO_ROOT / name, target / name)
    for folder in FOLDERS:
        shutil.copytree(REPO_ROOT / folder, target / folder)
    return target


def _with_consent(deelnemers: str, ident: str, lines: str) -> str:
    """deelnemers.yaml with ``lines`` added to the entry of ``ident``."""
    marker = f"  - id: {ident}\n"
    assert marker in deelnemers
    return deelnemers.replace(marker, marker + lines, 1)


def _overweging(root: Path) -> str:
    documents = pipeline.assemble(pipeline.read(WorkTree(root)), ["gr-sociaal"])
    return next(plain(c) for c in documents[0].overwegingen if "toestemming" in plain(c))


def test_the_aanhef_cites_the_toestemming_of_each_raad_with_its_date(tmp_path: Path) -> None:
    root = _sample_copy(tmp_path)
    before = _overweging(root)
    assert before.endswith("toestemming hebben verleend tot het treffen van deze regeling;")
    path = root / "deelnemers.yaml"
    text = path.read_text(encoding="utf-8")
    text = _with_consent(text, "alblasserdam", "    toestemming:\n      definitief: 2021-10-12\n")
    text = _with_consent(text, "zwijndrecht", "    toestemming: {definitief: 2021-10-19}\n")
    path.write_text(text, encoding="utf-8")
    assert _overweging(root) == (
        before[: -len(";")] + ": de raad van de gemeente Alblasserdam op 12 oktober 2021 en de"
        " raad van de gemeente Zwijndrecht op 19 oktober 2021;"
    )


def test_a_toestemming_names_a_known_round_and_a_date(tmp_path: Path) -> None:
    root = _sample_copy(tmp_path)
    path = root / "deelnemers.yaml"
    text = _with_consent(
        path.read_text(encoding="utf-8"),
        "dordrecht",
        "    toestemming:\n      definitef: 2021-10-12\n      concept: volgende week\n",
    )
    path.write_text(text, encoding="utf-8")
    line = text.splitlines().index("      definitef: 2021-10-12") + 1
    with pytest.raises(SourceError) as caught:
        pipeline.read(WorkTree(root))
    shown = str(caught.value)
    assert (
        f"deelnemers.yaml:{line}:7: fout: 'toestemming' noemt onbekende mijlpaal 'definitef'"
        in shown
    )
    assert f"deelnemers.yaml:{line + 1}:" in shown and "'concept' moet een datum" in shown


def test_after_adoption_the_package_holds_the_wijzigingsbesluit_first(
    built: dict[str, list[Package]],
) -> None:
    """The regeling is in force since 2022: the raad gives its zienswijze on the ontwerp of the
    wijzigingsbesluit, so that is in the package and heads the list of bijlagen."""
    for package in built["ontwerp-eerste-wijziging"]:
        drafts = [f for f in package.files if f.startswith("wijzigingsbesluit/")]
        assert drafts == [
            "wijzigingsbesluit/wijziging-gr-sociaal.docx",
            "wijzigingsbesluit/wijziging-mandaatbesluit.docx",
        ], package.deelnemer
        text = _flat(pandoc_text((package.folder / drafts[0]).read_bytes()))
        assert text.startswith(
            "Besluit van de colleges van burgemeester en wethouders van Alblasserdam"
        )
    text = _read(built["ontwerp-eerste-wijziging"], "dordrecht", "raadsvoorstel.docx")
    listed = text[text.index(" Bijlagen ") :]
    assert listed.index(
        "Eerste wijziging Gemeenschappelijke Regeling Sociaal (ontwerp van het wijzigingsbesluit)"
    ) < listed.index("Gemeenschappelijke Regeling Sociaal, schoon")
    # Before adoption there is no instrument: the round is about the regeling itself.
    for package in built["definitief"]:
        assert not any(f.startswith("wijzigingsbesluit/") for f in package.files)
