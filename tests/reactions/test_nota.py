"""The nota van beantwoording of the sample's concept round, read back with pandoc, and the
register checks REA01-REA03, each with a defective and a clean example at its exact place."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from assembler.checks.reactions import adopted_unchanged, cited_elsewhere, unanswered
from assembler.reactions.changes import RoundChanges, round_changes
from assembler.reactions.nota import nota_of
from assembler.reactions.register import load_register
from assembler.render.docx.nota import render_nota
from assembler.source.reactions import ReactionSource, load_round
from assembler.source.tree import WorkTree
from assembler.versions import reached
from tests.conftest import REPO_ROOT
from tests.render.oracles import pandoc_text

OVERHEAD = "fin-verdeelsleutels.basistaken.overhead"


@pytest.fixture(scope="module")
def changes() -> RoundChanges:
    if "definitief" not in [m.id for m in reached(REPO_ROOT)]:
        pytest.skip("the sample's milestones are not recorded in this clone")
    return round_changes(REPO_ROOT, "concept")


@pytest.fixture(scope="module")
def nota(changes: RoundChanges) -> bytes:
    return render_nota(nota_of(REPO_ROOT, "concept", changes))


def _markdown(data: bytes) -> str:
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        pytest.skip("pandoc is not installed")
    result = subprocess.run(
        [pandoc, "-f", "docx", "-t", "markdown", "--wrap=none"],
        input=data,
        capture_output=True,
        check=True,
        timeout=120,
    )
    return result.stdout.decode("utf-8")


def test_the_nota_compares_the_concept_round_with_the_next_milestone(
    changes: RoundChanges,
) -> None:
    assert (changes.old, changes.new) == ("concept", "definitief")


def test_the_nota_has_the_general_part_and_every_source(nota: bytes) -> None:
    text = pandoc_text(nota)
    assert "Nota van beantwoording" in text
    assert "Drie raden hebben een zienswijze naar voren gebracht:" in text
    assert "de raad van Dordrecht, ontvangen op 24 juni 2021 (1 punt);" in text
    assert "De raden konden tot en met 5 juli 2021 hun wensen en bedenkingen" in text
    assert "De wijzigingen zijn verwerkt in de definitieve tekst van 30 augustus 2021." in text
    for title in (
        "3.1 Zienswijze van de raad van Dordrecht (24 juni 2021)",
        "Advies van de regionale cliëntenraad Drechtsteden (30 juni 2021)",
        "Reactie van het college van burgemeester en wethouders van Sliedrecht",
    ):
        assert title in text


def test_a_point_has_its_text_author_date_answer_and_outcome(nota: bytes) -> None:
    text = pandoc_text(nota)
    start = text.index("3.1.1 Artikel 33, eerste lid, onderdeel c")
    part = text[start : text.index("3.2 ", start)]
    assert "Reactie (de raad van Dordrecht, 24 juni 2021): De raad vraagt de kosten" in part
    assert "Antwoord van de colleges: De colleges nemen de zienswijze over." in part
    assert "Uitkomst: deels overgenomen." in part
    assert "Wijziging van artikel 33, eerste lid, onderdeel c:" in part


def test_a_point_not_adopted_shows_no_change(nota: bytes) -> None:
    text = pandoc_text(nota)
    start = text.index("Reactie (de raad van Papendrecht, 29 juni 2021)")
    part = text[start : text.index("3.3.2", start)]
    assert "Uitkomst: niet overgenomen." in part
    assert "Wijziging van" not in part


def test_the_changed_text_is_struck_and_underlined_not_tracked(nota: bytes) -> None:
    markdown = _markdown(nota)
    assert (
        "naar ~~rato van het aantal inwoners~~[vaste percentages, die voor iedere deelnemer"
        in markdown
    )
    assert "[van het openbaar lichaam]{.underline}" in markdown
    assert "<w:ins " not in nota.decode("latin-1")  # no revisions: "accept all" changes nothing
    assert pandoc_text(nota, "accept") == pandoc_text(nota, "reject")


def test_the_nota_is_deterministic(changes: RoundChanges, nota: bytes) -> None:
    assert render_nota(nota_of(REPO_ROOT, "concept", changes)) == nota


def test_the_nota_is_in_the_packages_of_the_next_round(tmp_path: Path) -> None:
    from assembler.packages import build_packages

    if "definitief" not in [m.id for m in reached(REPO_ROOT)]:
        pytest.skip("the sample's milestones are not recorded in this clone")
    packages = build_packages(REPO_ROOT, "definitief", tmp_path, with_pdf=False)
    for package in packages:
        assert "nota-van-beantwoording-concept.docx" in package.files
    data = (packages[0].folder / "nota-van-beantwoording-concept.docx").read_bytes()
    assert "Uitkomst: deels overgenomen." in pandoc_text(data)


# -- the checks -----------------------------------------------------------------------------

REGISTER = f"""formaat: 1
soort: zienswijze raad
naam: Proef
punten:
  - id: proef-1
    bepalingen: [{OVERHEAD}]
    tekst: Zonder antwoord.
  - id: proef-2
    bepalingen: [belang.doel]
    tekst: Overgenomen, maar niets gewijzigd.
    antwoord: Overgenomen.
    uitkomst: overgenomen
  - id: proef-3
    bepalingen: [{OVERHEAD}]
    tekst: Overgenomen en gewijzigd.
    antwoord: Overgenomen.
    uitkomst: overgenomen
"""
FILE = "reacties/concept/proef.yaml"


@pytest.fixture
def sources(tmp_path: Path) -> list[ReactionSource]:
    (tmp_path / "reacties" / "concept").mkdir(parents=True)
    (tmp_path / FILE).write_text(REGISTER, encoding="utf-8")
    return load_round(WorkTree(tmp_path), "concept", ["concept"], [OVERHEAD, "belang.doel"])


def _at(findings: object) -> list[tuple[str, str]]:
    return [(f.code, str(f.pos)) for f in findings]  # type: ignore[attr-defined]


def test_rea01_a_point_without_answer_at_its_id(sources: list[ReactionSource]) -> None:
    found = list(unanswered(sources))
    assert _at(found) == [("REA01", f"{FILE}:5:9")]
    assert "geen antwoord en geen uitkomst" in found[0].message


def test_rea02_adopted_while_the_provision_did_not_change(
    sources: list[ReactionSource], changes: RoundChanges
) -> None:
    found = list(adopted_unchanged(sources, changes))
    assert _at(found) == [("REA02", f"{FILE}:8:9")]
    assert "belang.doel is tussen concept en definitief niet gewijzigd" in found[0].message


def _citing(changes: RoundChanges, message: str) -> RoundChanges:
    """The round's changes with ``message`` as the reason of the article of the overhead."""
    article = next(a for a, _ in changes.articles() if OVERHEAD in {n.id for n in a.walk()})
    reasons = tuple(
        {**r, article.id: (message,)} if article.id in r or i == 0 else dict(r)
        for i, r in enumerate(changes.reasons)
    )
    return replace(changes, reasons=reasons)


def test_rea03_a_commit_citing_a_point_of_another_provision(
    sources: list[ReactionSource], changes: RoundChanges
) -> None:
    wrong = _citing(changes, "n.a.v. zienswijze Proef (punt proef-2): verdeling aangepast")
    found = list(cited_elsewhere(sources, wrong))
    assert _at(found) == [("REA03", f"{FILE}:8:9")]
    assert "noemt punt 'proef-2', maar wijzigde artikel 33" in found[0].message
    right = _citing(changes, "n.a.v. zienswijze Proef (punt proef-3): verdeling aangepast")
    assert list(cited_elsewhere(sources, right)) == []


def test_the_sample_register_has_no_findings(changes: RoundChanges) -> None:
    sources = list(load_register(REPO_ROOT, "concept").sources)
    assert list(unanswered(sources)) == []
    assert list(adopted_unchanged(sources, changes)) == []
    assert list(cited_elsewhere(sources, changes)) == []


def test_a_round_without_reactions_has_no_nota(capsys: pytest.CaptureFixture[str]) -> None:
    from assembler.cli import main

    assert main(["--map", str(REPO_ROOT), "reacties", "nota", "--ronde", "hoofdlijnen"]) != 0
    assert "ronde 'hoofdlijnen' heeft geen reacties" in capsys.readouterr().err
