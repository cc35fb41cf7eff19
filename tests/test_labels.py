"""Labels from one place: what a version is called, its date and whether it is final come from
the milestones, and every output follows (text, header, title page, watermark, document
properties, revision dates, folders, zip dates). Real git repositories in a temporary folder."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import BESTUUR
from tests.test_versions import GIT_ENV, MIJLPALEN, git, run

# Every commit of these tests is dated: the working tree takes the commit date of HEAD.
LATER = "2021-09-15T10:00:00+02:00"
PROCES = """\
    proces: Deze concepttekst ligt bij de raden voor wensen en bedenkingen.
"""
TOELICHTING_PROCES = """\
formaat: 1
id: slot
titel: Citeertitel
leden:
  - id: slot.1
    tekst: "Deze regeling wordt aangehaald als: {{ document.citeertitel }}."
toelichting:
  - "Stand: {{ versie.proces }}"
"""


def commit_at(root: Path, message: str, when: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_COMMITTER_DATE", when)
    monkeypatch.setenv("GIT_AUTHOR_DATE", when)
    git(root, "commit", "-q", "-am", message)


def reword(root: Path, old: str, new: str, message: str, when: str, mp: pytest.MonkeyPatch) -> None:
    path = root / "clausules/bestuur/bestuur.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    commit_at(root, message, when, mp)


@pytest.fixture
def rounds(
    make_repo: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Path:
    """concept (17 mei), two changes (1 juni, 20 augustus), definitief (30 augustus) on the
    second, and a later change (15 september)."""
    for key, value in GIT_ENV.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("GIT_COMMITTER_DATE", "2021-05-17T09:00:00+02:00")
    milestones = (
        MIJLPALEN.replace(
            "    auteur: Projectgroep GR Sociaal\n  - id: definitief",
            "    auteur: Projectgroep GR Sociaal\n" + PROCES + "  - id: definitief",
        )
        + "    proces: Deze definitieve tekst is aan de raden aangeboden voor toestemming.\n"
    )
    root = make_repo({"mijlpalen.yaml": milestones, "clausules/slot/slot.yaml": TOELICHTING_PROCES})
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    commit_at(root, "Eerste versie", "2021-05-17T09:00:00+02:00", monkeypatch)
    assert run(root, capsys, "mijlpaal", "vastleggen", "concept")[0] == 0
    reword(
        root,
        "gewone meerderheid",
        "volstrekte meerderheid",
        "n.a.v. zienswijze Adam",
        "2021-06-01T09:00:00+02:00",
        monkeypatch,
    )
    reword(
        root,
        "de openbaarheid",
        "de openbaarheid van de vergadering",
        "n.a.v. zienswijze Bdorp",
        "2021-08-20T09:00:00+02:00",
        monkeypatch,
    )
    assert run(root, capsys, "mijlpaal", "vastleggen", "definitief")[0] == 0
    reword(
        root,
        "het quorum",
        "het quorum van de helft",
        "n.a.v. evaluatie: quorum",
        LATER,
        monkeypatch,
    )
    monkeypatch.chdir(root)
    return root


def parts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {
            n: archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".xml")
        }


def visible(xml: str) -> str:
    """The text of a part (w:t and w:delText), and the watermark's string."""
    texts = re.findall(r"<w:(?:t|delText)(?: [^>]*)?>([^<]*)</w:(?:t|delText)>", xml)
    return " ".join(texts + re.findall(r'string="([^"]*)"', xml))


def test_the_working_tree_after_the_final_milestone_is_a_work_version(
    rounds: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(rounds, capsys, "bouw", "--tekst")
    assert code == 0, err
    folder = rounds / "build/werkmap"
    text = (folder / "testregeling.txt").read_text(encoding="utf-8")
    assert "Versie: Werkversie na Definitieve tekst, 2021-09-15 (WERKVERSIE)" in text
    # The process text of the toelichting is the final milestone's, not frozen prose.
    assert "Stand: Deze definitieve tekst is aan de raden aangeboden voor toestemming." in text
    for docx in sorted(folder.glob("*.docx")):
        xml = parts(docx)
        shown = " ".join(visible(x) for x in xml.values())
        assert "Concepttekst" not in shown and "CONCEPT" not in shown, docx.name
        assert "Werkversie na Definitieve tekst \u2014 15 september 2021" in xml["word/header1.xml"]
        assert "WERKVERSIE" in xml["word/header1.xml"]
        assert "<dcterms:created" in xml["docProps/core.xml"]
        assert "2021-09-15T00:00:00Z" in xml["docProps/core.xml"]


def test_a_milestone_is_its_milestone_and_a_commit_between_follows_the_one_before(
    rounds: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(rounds, capsys, "bouw", "--versie", "concept", "--tekst")
    assert code == 0, err
    text = (rounds / "build/concept/testregeling.txt").read_text(encoding="utf-8")
    assert "Versie: Concepttekst, 2021-05-17 (CONCEPT)" in text
    assert "Stand: Deze concepttekst ligt bij de raden voor wensen en bedenkingen." in text
    header = parts(rounds / "build/concept/testregeling.docx")["word/header1.xml"]
    assert "Concepttekst \u2014 17 mei 2021" in header and 'string="CONCEPT"' in header

    code, _, err = run(rounds, capsys, "bouw", "--versie", "definitief", "--tekst")
    assert code == 0, err
    text = (rounds / "build/definitief/testregeling.txt").read_text(encoding="utf-8")
    assert "Versie: Definitieve tekst, 2021-08-30\n" in text  # final: no watermark
    header = parts(rounds / "build/definitief/testregeling.docx")["word/header1.xml"]
    assert "Definitieve tekst \u2014 30 augustus 2021" in header and "string=" not in header

    between = git(rounds, "rev-list", "-n1", "--grep", "zienswijze Adam", "HEAD")
    code, _, err = run(rounds, capsys, "bouw", "--versie", between, "--tekst")
    assert code == 0, err
    text = (rounds / f"build/{between}/testregeling.txt").read_text(encoding="utf-8")
    assert "Versie: Werkversie na Concepttekst, 2021-06-01 (WERKVERSIE)" in text


def test_every_version_builds_into_its_own_folder_and_removes_only_its_own_old_files(
    rounds: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(rounds, capsys, "bouw")[0] == 0
    assert run(rounds, capsys, "bouw", "--versie", "concept")[0] == 0
    werkmap, concept = rounds / "build/werkmap", rounds / "build/concept"
    assert (werkmap / "testregeling.docx").read_bytes() != (
        concept / "testregeling.docx"
    ).read_bytes()
    # A file the assembler did not write stays; one it wrote and no longer writes goes.
    (werkmap / "notitie.txt").write_text("van de jurist", encoding="utf-8")
    assert run(rounds, capsys, "bouw", "--tekst")[0] == 0
    assert (werkmap / "testregeling.txt").is_file()
    assert run(rounds, capsys, "bouw", "testregeling")[0] == 0  # a partial build keeps the rest
    assert (werkmap / "testverordening-bdorp.docx").is_file()
    assert run(rounds, capsys, "bouw")[0] == 0
    assert not (werkmap / "testregeling.txt").exists()
    assert (werkmap / "notitie.txt").read_text(encoding="utf-8") == "van de jurist"
    assert sorted(p.name for p in werkmap.iterdir() if not p.name.startswith(".")) == [
        "notitie.txt",
        "testregeling.docx",
        "testverordening-adam.docx",
        "testverordening-bdorp.docx",
    ]


def test_the_redline_names_what_it_compares_and_dates_changes_by_the_new_version(
    rounds: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(rounds, capsys, "redline", "--van", "definitief", "--naar", "werkmap")
    assert code == 0, err
    xml = parts(rounds / "build/redline/definitief..werkmap/testregeling.docx")
    notice = "Wijzigingen ten opzichte van Definitieve tekst (30\u00a0augustus 2021)"
    assert notice in xml["word/document.xml"] and notice in xml["word/header1.xml"]
    stamps = set(re.findall(r'<w:(?:ins|del) [^>]*w:date="([^"]*)"', xml["word/document.xml"]))
    assert stamps == {"2021-09-15T00:00:00Z"}  # never before 30 augustus, the old version
    assert 'string="WERKVERSIE"' in xml["word/header1.xml"]


def test_package_entries_are_dated_by_the_round(
    rounds: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(rounds, capsys, "pakketten", "--mijlpaal", "definitief")
    assert code == 0, err
    with zipfile.ZipFile(rounds / "build/pakketten/definitief/adam.zip") as archive:
        dates = {info.date_time for info in archive.infolist()}
    assert dates == {(2021, 8, 30, 0, 0, 0)}


def test_no_document_asks_to_update_its_fields(
    rounds: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(rounds, capsys, "bouw")[0] == 0
    assert run(rounds, capsys, "redline", "--van", "concept", "--naar", "definitief")[0] == 0
    assert run(rounds, capsys, "pakketten", "--mijlpaal", "definitief")[0] == 0
    written = [*(rounds / "build").rglob("*.docx")]
    assert len(written) > 10
    for docx in written:
        assert "updateFields" not in parts(docx)["word/settings.xml"], docx


def test_an_old_versie_block_in_assembler_yaml_is_read_past(
    rounds: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = rounds / "assembler.yaml"
    settings.write_text(
        settings.read_text(encoding="utf-8").replace(
            "formaat: 1\n", 'formaat: 1\nversie:\n  label: "Concept 1"\n  datum: 2021-05-10\n'
        ),
        encoding="utf-8",
    )
    code, _, err = run(rounds, capsys, "bouw", "--tekst")
    assert code == 0, err
    text = (rounds / "build/werkmap/testregeling.txt").read_text(encoding="utf-8")
    assert "Werkversie na Definitieve tekst" in text and "Concept 1" not in text


def test_without_git_the_working_tree_is_a_work_version_of_a_fixed_date(
    make_repo: Callable[..., Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = make_repo({"clausules/bestuur/bestuur.yaml": BESTUUR})
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1631664000")  # 15 September 2021 00:00 UTC
    code, _, err = run(root, capsys, "bouw", "--tekst", "--uit", str(root / "uit"))
    assert code == 0, err
    text = (root / "uit/testregeling.txt").read_text(encoding="utf-8")
    assert "Versie: Werkversie, 2021-09-15 (WERKVERSIE)" in text
