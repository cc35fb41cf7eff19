"""The register of reactions: read, validated with located Dutch errors, refused when wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from assembler.cli import main
from assembler.errors import SourceError
from assembler.reactions.register import load_register
from assembler.source.reactions import Outcome, PointKind, SourceKind
from tests.test_versions import clone_sample

GOOD = """formaat: 1
# een opmerking die blijft staan
soort: zienswijze raad
naam: de raad van Papendrecht
datum: 2021-06-24
punten:
  - id: papendrecht-1
    bepalingen: [fin-verdeelsleutels.basistaken.overhead]
    tekst: De raad vraagt de overhead te verdelen naar het aantal huishoudens.
    voorstel:
      bepaling: fin-verdeelsleutels.basistaken.overhead
      oud: "de kosten van bestuur, overhead en bedrijfsvoering: naar rato van het aantal inwoners."
      nieuw: "de kosten van bestuur, overhead en bedrijfsvoering: naar rato van het aantal huishoudens."
    antwoord: Niet overgenomen; de colleges kiezen voor vaste percentages.
    uitkomst: niet overgenomen
  - id: papendrecht-2
    bepalingen: []
    plaats: "de aanbiedingsbrief"
    tekst: De raad dankt voor de heldere brief.
    uitkomst: kennisgenomen
"""


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return clone_sample(tmp_path_factory, "register")


def write(root: Path, relpath: str, text: str) -> None:
    path = root / relpath
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_a_valid_source_is_read_with_its_kinds_and_outcomes(clone: Path) -> None:
    write(clone, "reacties/definitief/raad-papendrecht.yaml", GOOD)
    register = load_register(clone, "definitief")
    (source,) = register.sources
    assert source.kind is SourceKind.ZIENSWIJZE_RAAD
    assert source.name == "de raad van Papendrecht"
    first, second = source.points
    assert first.provisions == ("fin-verdeelsleutels.basistaken.overhead",)
    assert first.proposal is not None and first.proposal.new.endswith("aantal huishoudens.")
    assert first.outcome is Outcome.NIET_OVERGENOMEN and first.kind is PointKind.ZIENSWIJZE
    assert not second.traced and second.place == "de aanbiedingsbrief"
    (clone / "reacties/definitief/raad-papendrecht.yaml").unlink()


@pytest.mark.parametrize(
    ("change", "where", "message"),
    [
        (
            ("fin-verdeelsleutels.basistaken.overhead]", "fin-verdeelsleutels.overheid]"),
            "8:18",
            "onbekende bepaling 'fin-verdeelsleutels.overheid'; bedoelde u",
        ),
        (
            ("uitkomst: niet overgenomen", "uitkomst: afgewezen"),
            "15:15",
            "onbekende uitkomst 'afgewezen'",
        ),
        (("soort: zienswijze raad", "soort: brief"), "3:8", "onbekende soort 'brief'"),
        (
            ("    antwoord:", "    antwoordd:"),
            "14:5",
            "onbekende sleutel 'antwoordd' in het punt; bedoelde u 'antwoord'?",
        ),
        (
            ('    bepalingen: []\n    plaats: "de aanbiedingsbrief"\n', "    bepalingen: []\n"),
            "17:17",
            "een punt zonder bepalingen is niet te herleiden",
        ),
        (
            (
                "    uitkomst: kennisgenomen",
                "    uitkomst: kennisgenomen\n    commits: [0123456789abc]",
            ),
            "21:14",
            "alleen een punt dat (deels) is overgenomen heeft commits",
        ),
        (
            (
                "      bepaling: fin-verdeelsleutels.basistaken.overhead",
                "      bepaling: ab-stemverhouding",
            ),
            "11:17",
            "het voorstel geldt 'ab-stemverhouding', die niet in 'bepalingen' staat",
        ),
    ],
)
def test_a_wrong_register_is_refused_at_its_place(
    clone: Path, change: tuple[str, str], where: str, message: str
) -> None:
    text = GOOD.replace(*change)
    assert text != GOOD
    write(clone, "reacties/definitief/raad-papendrecht.yaml", text)
    try:
        with pytest.raises(SourceError) as caught:
            load_register(clone, "definitief")
        found = [str(p) for p in caught.value.problems]
        assert any(
            p.startswith(f"reacties/definitief/raad-papendrecht.yaml:{where}: fout: {message}")
            for p in found
        ), found
    finally:
        (clone / "reacties/definitief/raad-papendrecht.yaml").unlink()


def test_an_unknown_round_and_an_unknown_commit_are_refused(
    clone: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(clone, "reacties/tweede-lezing/raad-papendrecht.yaml", GOOD)
    bad_commit = GOOD.replace(
        "    uitkomst: niet overgenomen",
        "    uitkomst: overgenomen\n    commits: [deadbeefdeadbeef]",
    )
    write(clone, "reacties/definitief/raad-papendrecht.yaml", bad_commit)
    try:
        code = main(["--map", str(clone), "reacties", "overzicht", "--ronde", "definitief"])
        err = capsys.readouterr().err
        assert code == 2
        assert (
            "reacties/tweede-lezing/raad-papendrecht.yaml:1:1: fout: onbekende ronde"
            " 'tweede-lezing'" in err
        )
        assert "fout: commit 'deadbeefdeadbeef' staat niet in de geschiedenis" in err
        assert "er is niets geschreven" in err
    finally:
        (clone / "reacties/tweede-lezing/raad-papendrecht.yaml").unlink()
        (clone / "reacties/definitief/raad-papendrecht.yaml").unlink()
