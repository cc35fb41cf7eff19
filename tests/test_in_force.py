"""A milestone in force freezes the numbering: on a clone of the sample, a version after the
adopted GR keeps every article's number, letters an inserted one (2a) and never reuses the
number of a repealed one; references and the other documents follow."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from assembler import pipeline
from assembler.diff.changes import Kind
from assembler.errors import Pos
from assembler.model.nodes import Document, plain
from assembler.render.text import render_text
from assembler.source import standing
from assembler.source.milestones import Milestone
from assembler.versions import WORKTREE, open_version
from tests.test_versions import GIT_ENV, clone_sample, git

ARTICLE = """\
formaat: 1
id: samenwerking
titel: Samenwerking met andere overheden
leden:
  - id: samenwerking.1
    tekst: Het openbaar lichaam werkt bij de uitvoering van zijn taken samen met andere overheden.
"""


def _commit(root: Path, message: str) -> None:
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", message)


def _manifest_replace(root: Path, old: str, new: str) -> None:
    manifest = root / "regelingen/gr-sociaal.yaml"
    text = manifest.read_text(encoding="utf-8")
    assert old in text
    manifest.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = clone_sample(tmp_path_factory, "inwerking")
    with pytest.MonkeyPatch.context() as patch:
        for key, value in GIT_ENV.items():
            patch.setenv(key, value)
        # The sample's own milestone 'vastgesteld' is in force (1 January 2022); after it came
        # the sample's eerste wijziging, and here one more round in the working tree.
        (root / "clausules/algemeen/samenwerking.yaml").write_text(ARTICLE, encoding="utf-8")
        # Artikel 4 (bestuursorganen) repealed, a new article after artikel 2.
        _manifest_replace(
            root,
            "[begripsbepalingen, openbaar-lichaam, belang, bestuursorganen]",
            "[begripsbepalingen, openbaar-lichaam, samenwerking, belang]",
        )
        _commit(
            root,
            "n.a.v. evaluatie: samenwerking met andere overheden; artikel over de bestuursorganen vervallen",
        )
        yield root


def _documents(root: Path, version: str) -> dict[str, Document]:
    source = open_version(root, version)
    return {d.id: d for d in pipeline.assemble(pipeline.load(source))}


def _numbers(doc: Document) -> dict[str, str]:
    return {a.id: a.number for a in doc.articles}


def test_a_version_after_the_adopted_one_keeps_its_numbers(clone: Path) -> None:
    adopted = _numbers(_documents(clone, "vastgesteld")["gr-sociaal"])
    now = _numbers(_documents(clone, "werkmap")["gr-sociaal"])
    assert adopted["openbaar-lichaam"] == "2" and adopted["bestuursorganen"] == "4"
    # The inserted article takes its predecessor's number with a letter; 4 is not reused.
    assert now["samenwerking"] == "2a"
    assert now["belang"] == "3" and now["taken"] == "5"
    assert "4" not in now.values()
    # Every other article keeps the number it had in force.
    # (rekenkamer, 26a, came with the sample's eerste wijziging)
    assert now["rekenkamer"] == "26a"
    assert {k: v for k, v in now.items() if k not in ("samenwerking", "rekenkamer")} == {
        k: v for k, v in adopted.items() if k != "bestuursorganen"
    }


def test_references_and_other_documents_follow_the_numbers_in_force(clone: Path) -> None:
    docs = _documents(clone, "werkmap")
    besluit = docs["besluit-plustaken-dordrecht"]
    assert any(
        "artikel 8, tweede lid, van de Gemeenschappelijke Regeling Sociaal" in plain(c)
        for c in besluit.overwegingen
    )
    gr = docs["gr-sociaal"]
    assert [c.number for c in gr.chapters][:3] == ["1", "2", "3"]


def test_the_round_after_adoption_has_no_renumbered_articles(clone: Path) -> None:
    compared = pipeline.compare_versions(clone, "vastgesteld", "werkmap")
    kinds = {e.id: e.kind for e in compared.changes["gr-sociaal"] if e.is_article}
    assert kinds["samenwerking"] is Kind.INSERTED
    assert kinds["bestuursorganen"] is Kind.DELETED
    assert Kind.RENUMBERED not in kinds.values()


def test_the_adopted_milestone_itself_is_numbered_one_two_three(clone: Path) -> None:
    numbers = list(_numbers(_documents(clone, "vastgesteld")["gr-sociaal"]).values())
    assert numbers == [str(k) for k in range(1, len(numbers) + 1)]


def test_make_wijziging_writes_the_wijzigingsbesluit_that_the_oracle_applies(
    clone: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from assembler.amend.consolidated import body_lines
    from assembler.cli import main
    from tests.amend import oracle
    from tests.amend.test_instrument import annex_text, article_i, carried_annexes, paragraphs

    assert main(["--map", str(clone), "wijziging", "--uit", str(tmp_path)]) == 0
    said = capsys.readouterr().out
    assert "vastgesteld → werkmap:" in said
    folder = tmp_path / "vastgesteld..werkmap"
    names = sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))
    assert names[:2] == ["wijziging-gr-sociaal.docx", "wijziging-gr-sociaal.xml"]
    # The sample's change of the verordening: a wijzigingsverordening per raad (docx and STOP);
    # the Woo in the mandaatbesluit: a besluit of its three organs.
    assert len(names) == 2 + 2 * 7 + 2
    assert "wijziging-individuele-inkomenstoeslag-sliedrecht.docx" in names
    assert "wijziging-mandaatbesluit.docx" in names
    docx = (folder / "wijziging-gr-sociaal.docx").read_bytes()
    texts = [text for _, text in paragraphs(docx, tmp_path)]
    assert texts[0] == (
        "Besluit van de colleges van burgemeester en wethouders van Alblasserdam, Dordrecht,"
        " Hardinxveld-Giessendam, Hendrik-Ido-Ambacht, Papendrecht, Sliedrecht en Zwijndrecht"
        " tot wijziging van de Gemeenschappelijke Regeling Sociaal"
    )
    assert (
        "gelet op artikel 1, eerste, vierde en vijfde lid, van de Wet gemeenschappelijke"
        " regelingen en artikel 42 van de"
        " Gemeenschappelijke Regeling Sociaal;"
    ) in texts
    assert (
        "overwegende dat de Gemeenschappelijke Regeling Sociaal sinds 1 januari 2022 in werking is;"
        in texts
    )
    assert "Na artikel 2 wordt een artikel ingevoegd, luidende:" in texts
    assert "Artikel 2a. Samenwerking met andere overheden" in texts
    assert "Artikel 4 vervalt." in texts
    reason = "n.a.v. evaluatie: samenwerking met andere overheden; artikel over de bestuursorganen vervallen"
    toelichting = texts[texts.index("Artikelsgewijze toelichting") :]
    assert toelichting.count(reason) == 2  # onderdeel A (2a) and B (4 vervalt)
    docs = _documents(clone, "vastgesteld"), _documents(clone, "werkmap")
    # Every instrument of the round, applied to the text in force, gives the new text.
    # The annexes too: a changed one is replaced by the instrument's own bijlage.
    proved = []
    for name in names:
        if name.endswith(".docx"):
            stem = name.removeprefix("wijziging-").removesuffix(".docx")
            old, new = docs[0][stem], docs[1][stem]
            data = (folder / name).read_bytes()
            body, annexes = oracle.apply_all(
                body_lines(old),
                annex_text(old),
                article_i(data, tmp_path),
                carried_annexes(data, tmp_path),
            )
            assert (body, annexes) == (body_lines(new), annex_text(new))
            proved.append(stem)
    assert len(proved) == 9


def test_a_changed_besluit_is_amended_by_its_own_organs_on_its_own_basis(
    clone: Path, tmp_path: Path
) -> None:
    from assembler.cli import main
    from tests.amend.test_instrument import paragraphs

    assert main(["--map", str(clone), "wijziging", "--uit", str(tmp_path)]) == 0
    data = (tmp_path / "vastgesteld..werkmap" / "wijziging-mandaatbesluit.docx").read_bytes()
    texts = [text for _, text in paragraphs(data, tmp_path)]
    assert texts[0] == (
        "Besluit van het algemeen bestuur, het dagelijks bestuur en de voorzitter van de Sociale"
        " Dienst Drechtsteden tot wijziging van het Mandaatbesluit Sociale Dienst Drechtsteden 2022"
    )
    assert (
        "gelet op afdeling 10.1.1 van de Algemene wet bestuursrecht en de Gemeenschappelijke"
        " Regeling Sociaal;"
    ) in texts
    assert "Het Mandaatbesluit Sociale Dienst Drechtsteden 2022 wordt als volgt gewijzigd:" in texts
    # No zienswijze of the raden: that is the regeling's procedure, not a mandaatbesluit's.
    assert not any("zienswijze" in t for t in texts)
    assert "Het dagelijks bestuur van de Sociale Dienst Drechtsteden," in texts
    # Its mandaatlijst changed (the Woo for the Wob): replaced by the besluit's own bijlage.
    assert "De bijlage wordt vervangen door de bijlage bij dit besluit." in texts
    assert "Bijlage bij dit besluit: Mandaatlijst" in texts


def test_make_wijziging_writes_the_amendment_as_valid_stop_too(clone: Path, tmp_path: Path) -> None:
    from assembler.cli import main
    from assembler.stop.export import stop_outputs
    from tests.stop.helpers import apply, canonical, mutatie_of, regeling_of, validate

    assert main(["--map", str(clone), "wijziging", "--uit", str(tmp_path)]) == 0
    # Applying each RegelingMutatie to the regeling in force gives the new regeling: the
    # regeling, the verordeningen and the mandaatbesluit with its replaced mandaatlijst.
    found = sorted((tmp_path / "vastgesteld..werkmap").glob("wijziging-*.xml"))
    assert len(found) == 9
    for path in found:
        stem = path.stem.removeprefix("wijziging-")
        data = path.read_bytes()
        validate(data)
        before = next(o for o in stop_outputs(clone, "vastgesteld", [stem]))
        after = next(o for o in stop_outputs(clone, "werkmap", [stem]))
        assert canonical(apply(regeling_of(before.data), mutatie_of(data))) == canonical(
            regeling_of(after.data)
        ), stem


def _milestone(key: str, day: str, in_force: str | None = None) -> Milestone:
    return Milestone(
        key,
        key.replace("-", " ").capitalize(),
        dt.date.fromisoformat(day),
        True,
        "",
        None,
        None,
        Pos("mijlpalen.yaml", 1, 1),
        in_force=dt.date.fromisoformat(in_force) if in_force else None,
    )


def test_a_version_says_which_text_is_in_force_and_when_it_was_last_amended() -> None:
    concept = _milestone("concept", "2021-05-17")
    adopted = _milestone("vastgesteld", "2021-12-02", "2022-01-01")
    draft = _milestone("ontwerp-wijziging", "2023-03-13")
    amended = _milestone("eerste-wijziging", "2023-06-26", "2024-01-01")
    assert standing.status([concept], own=concept) == ""
    assert standing.status([concept], own=None) == ""
    assert standing.status([concept, adopted], own=adopted) == (
        "Tekst zoals vastgesteld op 2 december 2021 en in werking getreden op 1 januari 2022."
    )
    assert standing.status([concept, adopted, draft], own=draft) == (
        "Geconsolideerde tekst met de voorgestelde wijzigingen (Ontwerp wijziging, 13 maart "
        "2023), nog niet in werking; geldend is de tekst zoals vastgesteld op 2 december 2021 "
        "en in werking getreden op 1 januari 2022."
    )
    assert standing.status([adopted, draft, amended], own=amended) == (
        "Geconsolideerde tekst, zoals laatstelijk gewijzigd bij Eerste wijziging van 26 juni "
        "2023, in werking getreden op 1 januari 2024."
    )
    assert standing.status([adopted, draft, amended], own=None) == (
        "Geconsolideerde tekst met de wijzigingen in bewerking, niet vastgesteld; geldend is de "
        "tekst zoals laatstelijk gewijzigd bij Eerste wijziging van 26 juni 2023, in werking "
        "getreden op 1 januari 2024."
    )


def test_the_clean_build_after_adoption_is_labelled_a_consolidated_text(clone: Path) -> None:
    def title_page(version: str) -> str:
        doc = _documents(clone, version)["gr-sociaal"]
        return render_text(doc).split("\n\n")[0].replace("\n", " ")

    assert (
        "Tekst zoals vastgesteld op 2 december 2021 en in werking getreden op 1 januari 2022."
        in title_page("vastgesteld")
    )
    amended = title_page("eerste-wijziging")
    assert (
        "Geconsolideerde tekst met de voorgestelde wijzigingen (Eerste wijziging, 26 juni 2023)"
        in amended
    )
    work = title_page(WORKTREE)
    assert "Werkversie na Eerste wijziging" in work
    assert "Geconsolideerde tekst met de wijzigingen in bewerking" in work
    assert "Geconsolideerde tekst" not in title_page("definitief")


def test_every_instrument_of_the_round_validates_against_the_schema(
    clone: Path, tmp_path: Path
) -> None:
    from assembler.cli import main
    from tests.render.xsd import validate_docx

    assert main(["--map", str(clone), "wijziging", "--uit", str(tmp_path)]) == 0
    found = sorted((tmp_path / "vastgesteld..werkmap").glob("wijziging-*.docx"))
    assert len(found) == 9
    for path in found:
        assert validate_docx(path.read_bytes()) == [], path.name
