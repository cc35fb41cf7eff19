"""The change set of a round on the sample, in a clone of this repository: each reason is the
commit that changed a provision's text or place, and every output says so.

The clone gets two more rounds on top of the sample's history:

- ``basis`` → ``wijziging``: one article inserted in chapter 1 of the GR (with a reason), and a
  commit that only adds a YAML comment to a fragment (no reason for anything);
- ``wijziging`` → ``wijziging2``: a local choice of Hardinxveld-Giessendam changed, and
  Hardinxveld-Giessendam takes a plustaak (a new besluit plustaken).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from assembler import packages, pipeline
from assembler.changeset import DOCUMENT
from assembler.diff.changes import Kind
from assembler.errors import UsageError
from assembler.letters import articles
from assembler.render.html import counts
from assembler.versions import record
from tests.conftest import REPO_ROOT
from tests.render.oracles import pandoc_text
from tests.test_versions import GIT_ENV, clone_sample, git

INSERTED = "n.a.v. zienswijze Papendrecht: artikel over samenwerking met andere overheden ingevoegd"
TECHNICAL = "Technisch: opmerking in een fragment over het belang"
CHOICE = "n.a.v. besluit college Hardinxveld-Giessendam: verlaging eerste categorie drie maanden"
PLUSTAAK = "n.a.v. besluit college Hardinxveld-Giessendam: plustaak schuldhulpverlening afgenomen"

MILESTONES = """\
  - id: basis
    naam: Stand na vaststelling
    datum: 2022-01-01
    definitief: true
    auteur: Projectgroep GR Sociaal
  - id: wijziging
    naam: Ontwerp eerste wijziging
    datum: 2023-03-01
    definitief: false
    auteur: Projectgroep GR Sociaal
  - id: wijziging2
    naam: Ontwerp tweede wijziging
    datum: 2023-09-01
    definitief: false
    auteur: Projectgroep GR Sociaal
"""

ARTICLE = """\
formaat: 1
id: samenwerking
titel: Samenwerking met andere overheden
leden:
  - id: samenwerking.1
    tekst: Het openbaar lichaam werkt bij de uitvoering van zijn taken samen met andere overheden.
toelichting:
  - Dit artikel legt vast dat het openbaar lichaam de samenwerking in de regio zoekt.
"""


def _commit(root: Path, message: str) -> None:
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", message)


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = clone_sample(tmp_path_factory, "kloon")
    with pytest.MonkeyPatch.context() as patch:
        for key, value in GIT_ENV.items():
            patch.setenv(key, value)
        # These rounds are about renumbering: nothing is in force here (the sample's own
        # 'vastgesteld' is, and would freeze the numbers; tests/test_in_force.py covers that).
        milestones = root / "mijlpalen.yaml"
        text = milestones.read_text(encoding="utf-8")
        assert "    in_werking: 2022-01-01\n" in text
        milestones.write_text(
            text.replace("    in_werking: 2022-01-01\n", "") + MILESTONES, encoding="utf-8"
        )
        _commit(root, "Mijlpalen voor de wijzigingen na de vaststelling")
        record(root, "basis")
        (root / "clausules/algemeen/samenwerking.yaml").write_text(ARTICLE, encoding="utf-8")
        manifest = root / "regelingen/gr-sociaal.yaml"
        manifest.write_text(
            manifest.read_text(encoding="utf-8").replace(
                "[begripsbepalingen, openbaar-lichaam, belang,",
                "[begripsbepalingen, openbaar-lichaam, samenwerking, belang,",
            ),
            encoding="utf-8",
        )
        _commit(root, INSERTED)
        belang = root / "clausules/algemeen/belang.yaml"
        lines = belang.read_text(encoding="utf-8").splitlines(keepends=True)
        belang.write_text("".join([lines[0], "# alleen een opmerking\n", *lines[1:]]), "utf-8")
        _commit(root, TECHNICAL)
        record(root, "wijziging")
        people = root / "deelnemers.yaml"
        text = people.read_text(encoding="utf-8")
        hg = "burgemeester: de burgemeester van Hardinxveld-Giessendam\n    keuzes: {}"
        assert hg in text
        people.write_text(
            text.replace(hg, hg.replace("keuzes: {}", "keuzes:\n      hh-duur-eerste: 3")),
            encoding="utf-8",
        )
        _commit(root, CHOICE)
        text = people.read_text(encoding="utf-8")
        people.write_text(
            text.replace(
                "      hh-duur-eerste: 3",
                "      hh-duur-eerste: 3\n      plustaken: [schuldhulpverlening]",
            ),
            encoding="utf-8",
        )
        _commit(root, PLUSTAAK)
        record(root, "wijziging2")
        yield root


def _texts(archive: Path) -> dict[str, str]:
    """The text of every part of every .docx of a package (deleted text and comments too)."""
    out = {}
    with zipfile.ZipFile(archive) as zipped:
        for name in zipped.namelist():
            if name.endswith(".docx"):
                with zipfile.ZipFile(io.BytesIO(zipped.read(name))) as docx:
                    xml = " ".join(
                        docx.read(part).decode("utf-8")
                        for part in docx.namelist()
                        if part.startswith("word/") and part.endswith(".xml")
                    )
                out[name] = re.sub(r"<[^>]+>", "", xml)
    return out


def _comments(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as docx:
        if "word/comments.xml" not in docx.namelist():
            return ""
        return re.sub(r"<[^>]+>", " ", docx.read("word/comments.xml").decode("utf-8"))


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_one_inserted_article_is_the_only_change_in_substance_of_the_round(
    clone: Path, tmp_path: Path
) -> None:
    built = packages.build_packages(clone, "wijziging", tmp_path / "pakketten")
    assert len(built) == 7
    result = pipeline.compare_versions(clone, "basis", "wijziging")
    gr = result.redlines["gr-sociaal"]
    substantive = [c for c in gr.changes if c.kind.substantive]
    assert [(c.id, c.kind, c.new_number, c.reasons) for c in substantive] == [
        ("samenwerking", Kind.INSERTED, "3", (INSERTED,))
    ]
    renumbered = [c.number for c in gr.changes if c.is_article and c.kind is Kind.RENUMBERED]
    references = [c.number for c in gr.changes if c.is_article and c.kind is Kind.REFERENCES]
    assert renumbered and references
    assert all(not c.reasons for c in gr.changes if not c.kind.substantive)
    for package in built:
        texts = _texts(package.archive)
        with zipfile.ZipFile(package.archive) as zipped:
            data = zipped.read(f"{package.deelnemer}/aanbiedingsbrief.docx")
        letter = _flat(pandoc_text(data))
        details = letter.split("Inhoudelijke wijzigingen", 1)[1]
        assert details.count("ingevoegd") == 2  # the row's kind and the reason's last word
        assert "Samenwerking met andere overheden" in details
        assert "gewijzigd" not in details.split("Uw bijdrage", 1)[0]
        assert "Uw voorlopige bijdrage over 2022 is niet gewijzigd" in letter
        assert "vernummerd: " + articles(renumbered) in letter
        assert "verwijzing bijgewerkt: " + articles(references) in letter
        for name, text in texts.items():
            # No commit that changed no text is a reason anywhere: not the comment-only one,
            # not the milestone commits.
            assert TECHNICAL not in _flat(text), name
            assert "Mijlpaal" not in _flat(text) or "vastgelegd op" not in _flat(text), name
    # The besluit plustaken cites the GR's article on plustaken, which is one further now.
    plustaken = next(c for c in gr.changes if c.id == "plustaken")
    assert int(plustaken.new_number) == int(plustaken.old_number) + 1
    besluit = result.redlines["besluit-plustaken-dordrecht"]
    overwegingen = next(n for n in besluit.tree.front if n.id == "overwegingen")
    assert overwegingen.kind is Kind.REFERENCES
    cited = (
        f"artikel {plustaken.new_number}, tweede lid, van de Gemeenschappelijke Regeling Sociaal"
    )
    assert any(cited in p.new_text() for p in overwegingen.children)
    assert not any(cited in p.old_text() for p in overwegingen.children)
    index = counts(gr.changes)
    assert (index.ingevoegd, index.gewijzigd, index.verwijzing) == (1, 0, len(references))


def test_a_commit_that_only_adds_metadata_is_no_reason() -> None:
    """bb77d15 only added ``onderwerpen:`` to the fragments: no reason for anything."""
    try:
        result = pipeline.compare_versions(REPO_ROOT, "definitief", "bb77d15")
    except UsageError as exc:  # a clone without the sample's history
        pytest.skip(f"de geschiedenis van het voorbeeld is niet beschikbaar: {exc}")
    for stem, redline in result.redlines.items():
        assert all(c.kind is Kind.UNCHANGED for c in redline.changes if c.is_article), stem
        assert not any(redline.reasons.values()), stem


def test_a_changed_local_choice_and_a_new_plustaak_carry_their_reasons(clone: Path) -> None:
    result = pipeline.compare_versions(clone, "wijziging", "wijziging2")
    verordening = result.redlines["maatregelen-handhaving-hardinxveld-giessendam"]
    changed = [c for c in verordening.changes if c.kind.substantive]
    assert changed and all(c.kind is Kind.CHANGED and c.reasons == (CHOICE,) for c in changed)
    besluit = result.redlines["besluit-plustaken-hardinxveld-giessendam"]
    assert besluit.tree.kind is Kind.INSERTED
    assert besluit.reasons[DOCUMENT] == (PLUSTAAK,)
    assert all(c.reasons == (PLUSTAAK,) for c in besluit.changes if c.is_article)
    docx = next(o.data for o in result.outputs if o.name.startswith("besluit-plustaken-hard"))
    assert "geen reden vastgelegd" not in _comments(docx)
    overview = _flat(
        pandoc_text(next(o.data for o in result.outputs if o.name == "wijzigingsoverzicht.docx"))
    )
    assert "nieuw document" in overview and PLUSTAAK.split(":")[0] in overview
    # The other gemeenten's documents did not change.
    other = result.redlines["maatregelen-handhaving-dordrecht"]
    assert other.tree.kind is Kind.UNCHANGED


def test_the_redline_keeps_the_bookmarks_of_the_clean_document(clone: Path) -> None:
    result = pipeline.compare_versions(clone, "basis", "wijziging")
    redline = next(o.data for o in result.outputs if o.name == "gr-sociaal.docx")
    clean = pipeline.render(*_project(clone, "wijziging"))
    new = next(o.data for o in clean if o.name == "gr-sociaal.docx")

    def names(data: bytes) -> set[str]:
        with zipfile.ZipFile(io.BytesIO(data)) as docx:
            xml = docx.read("word/document.xml").decode("utf-8")
        return set(re.findall(r'<w:bookmarkStart [^>]*w:name="([^"]+)"', xml))

    assert len(names(new)) > 100
    assert names(new) <= names(redline)


def _project(root: Path, version: str):  # type: ignore[no-untyped-def]
    from assembler.versions import open_version

    source = open_version(root, version)
    project = pipeline.load(source)
    return project, source.tree, pipeline.assemble(project)
