"""A milestone in force freezes the numbering: on a clone of the sample, a version after the
adopted GR keeps every article's number, letters an inserted one (2a) and never reuses the
number of a repealed one; references and the other documents follow."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from assembler import pipeline
from assembler.diff.changes import Kind
from assembler.model.nodes import Document, plain
from assembler.versions import open_version, record
from tests.conftest import REPO_ROOT
from tests.test_versions import GIT_ENV, git

ADOPTED = """\
  - id: vastgesteld
    naam: Vastgestelde regeling
    datum: 2021-12-02
    definitief: true
    in_werking: 2022-01-01
    auteur: Projectgroep GR Sociaal
"""

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
    if (REPO_ROOT / ".git" / "shallow").exists():
        pytest.skip("een ondiepe kloon mist de mijlpalen van het voorbeeld")
    root = tmp_path_factory.mktemp("inwerking") / "r"
    subprocess.run(["git", "clone", "-q", str(REPO_ROOT), str(root)], check=True)
    with pytest.MonkeyPatch.context() as patch:
        for key, value in GIT_ENV.items():
            patch.setenv(key, value)
        with (root / "mijlpalen.yaml").open("a", encoding="utf-8") as out:
            out.write(ADOPTED)
        _commit(root, "Mijlpaal van de vastgestelde regeling")
        record(root, "vastgesteld")
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
    assert {k: v for k, v in now.items() if k != "samenwerking"} == {
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
