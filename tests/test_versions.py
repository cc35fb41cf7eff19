"""Versions and milestones in real git repositories built in a temporary folder."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from assembler.cli import main
from tests.conftest import BESTUUR, REPO_ROOT

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Jurist",
    "GIT_AUTHOR_EMAIL": "jurist@example.invalid",
    "GIT_COMMITTER_NAME": "Jurist",
    "GIT_COMMITTER_EMAIL": "jurist@example.invalid",
    "GIT_CONFIG_GLOBAL": "/dev/null",
    "GIT_CONFIG_NOSYSTEM": "1",
}

MIJLPALEN = """\
formaat: 1
mijlpalen:
  - id: concept
    naam: Concepttekst
    datum: 2021-05-17
    definitief: false
    auteur: Projectgroep GR Sociaal
  - id: definitief
    naam: Definitieve tekst
    datum: 2021-08-30
    definitief: true
    auteur: Projectgroep GR Sociaal
"""


def clone_sample(factory: pytest.TempPathFactory, name: str) -> Path:
    """A fresh clone of this repository (the sample with its milestones), or a skip when this
    checkout is shallow and lacks the milestone commits."""
    if (REPO_ROOT / ".git" / "shallow").exists():
        pytest.skip("een ondiepe kloon mist de mijlpalen van het voorbeeld")
    root = factory.mktemp(name) / "r"
    subprocess.run(["git", "clone", "-q", str(REPO_ROOT), str(root)], check=True)
    return root


def git(root: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", *args],
        cwd=root,
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, **GIT_ENV},
    )
    return result.stdout.strip()


@pytest.fixture
def repo(make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch) -> Path:
    for key, value in GIT_ENV.items():
        monkeypatch.setenv(key, value)
    root = make_repo({"mijlpalen.yaml": MIJLPALEN})
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "Eerste versie")
    return root


def run(root: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--map", str(root), *args])
    out, err = capsys.readouterr()
    return code, out, err


def reword(root: Path, message: str) -> None:
    path = root / "clausules/bestuur/bestuur.yaml"
    path.write_text(
        BESTUUR.replace("gewone meerderheid", "volstrekte meerderheid"), encoding="utf-8"
    )
    git(root, "commit", "-q", "-am", message)


def test_a_commit_builds_from_git_without_the_working_tree_changes(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = git(repo, "rev-parse", "HEAD")
    reword(repo, "n.a.v. zienswijze Adam: volstrekte meerderheid")
    (repo / "clausules/slot/slot.yaml").write_text("kapot: [", encoding="utf-8")  # uncommitted
    code, _, err = run(
        repo, capsys, "bouw", "--versie", first, "--tekst", "--uit", str(repo / "uit")
    )
    assert code == 0, err
    assert "gewone meerderheid" in (repo / "uit/testregeling.txt").read_text(encoding="utf-8")
    code, _, err = run(
        repo, capsys, "bouw", "--versie", "HEAD", "--tekst", "--uit", str(repo / "uit2")
    )
    assert code == 0 and "volstrekte meerderheid" in (repo / "uit2/testregeling.txt").read_text(
        encoding="utf-8"
    )
    # The werkmap includes the broken, uncommitted file.
    code, _, err = run(repo, capsys, "bouw", "--versie", "werkmap", "--uit", str(repo / "uit3"))
    assert code == 2 and "clausules/slot/slot.yaml:2:1: fout: ongeldige YAML" in err


@pytest.mark.parametrize(
    ("version", "message"),
    [
        ("bestaat-niet", "onbekende versie 'bestaat-niet'"),
        ("--output=/tmp/x", "een versie begint niet met '-'"),
        ("-n1", "een versie begint niet met '-'"),
        # git's syntax that GitPython does not read: a Dutch refusal, not an internal error.
        ("HEAD@{yesterday}", "deze schrijfwijze van een git-revisie wordt niet ondersteund"),
        ("HEAD:assembler.yaml", "wijst niet naar een commit"),
    ],
)
def test_unknown_and_option_like_versions_are_refused(
    repo: Path, capsys: pytest.CaptureFixture[str], version: str, message: str
) -> None:
    code, _, err = run(repo, capsys, "bouw", f"--versie={version}", "--uit", str(repo / "uit"))
    assert code == 2 and message in err and "Traceback" not in err
    assert not (repo / "uit").exists()


def test_a_commit_missing_from_a_shallow_clone_is_explained(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = git(repo, "rev-parse", "HEAD")
    reword(repo, "tweede")
    clone = tmp_path / "ondiep"
    git(tmp_path, "clone", "-q", "--depth", "1", repo.as_uri(), str(clone))
    code, _, err = run(clone, capsys, "bouw", "--versie", first, "--uit", str(clone / "uit"))
    assert code == 2 and "ondiepe kloon" in err and "git fetch --unshallow" in err


def test_a_milestone_whose_commit_is_missing_names_mijlpalen_yaml(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = "0123456789abcdef0123456789abcdef01234567"
    text = MIJLPALEN.replace(
        "    auteur: Projectgroep GR Sociaal\n",
        f"    auteur: Projectgroep GR Sociaal\n    commit: {missing}\n",
        1,
    )
    (repo / "mijlpalen.yaml").write_text(text, encoding="utf-8")
    code, _, err = run(repo, capsys, "bouw", "--versie", "concept", "--uit", str(repo / "uit"))
    assert code == 2, err
    assert (
        f"mijlpalen.yaml:8:13: fout: mijlpaal 'concept' is vastgelegd op commit '{missing}'" in err
    )
    assert "bestaat niet in deze repository" in err and "Traceback" not in err
    assert not (repo / "uit").exists()


def test_recording_a_milestone_tags_it_and_writes_its_commit(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    head = git(repo, "rev-parse", "HEAD")
    code, _, err = run(repo, capsys, "mijlpaal", "vastleggen", "concept")
    assert code == 0, err
    assert git(repo, "rev-parse", "mijlpaal/concept^{commit}") == head
    assert git(repo, "cat-file", "-t", "mijlpaal/concept") == "tag"  # annotated
    assert f"commit: {head}" in (repo / "mijlpalen.yaml").read_text(encoding="utf-8")
    assert git(repo, "status", "--porcelain") == ""  # the file change is committed
    # The milestone's name and date are the version shown in its documents.
    code, _, err = run(
        repo, capsys, "bouw", "--versie", "concept", "--tekst", "--uit", str(repo / "uit")
    )
    assert code == 0, err
    assert "Versie: Concepttekst, 2021-05-17 (CONCEPT)" in (
        repo / "uit/testregeling.txt"
    ).read_text(encoding="utf-8")


def test_a_recorded_milestone_is_never_moved(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(repo, capsys, "mijlpaal", "vastleggen", "concept")[0] == 0
    first = git(repo, "rev-parse", "mijlpaal/concept^{commit}")
    reword(repo, "later")
    code, _, err = run(repo, capsys, "mijlpaal", "vastleggen", "concept")
    assert code == 2 and "is al vastgelegd" in err
    assert git(repo, "rev-parse", "mijlpaal/concept^{commit}") == first


def test_recording_refuses_uncommitted_content(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "clausules/bestuur/bestuur.yaml").write_text(
        BESTUUR.replace("quorum", "quorum van de helft"), encoding="utf-8"
    )
    code, _, err = run(repo, capsys, "mijlpaal", "vastleggen", "concept")
    assert (
        code == 2
        and "niet-vastgelegde wijzigingen" in err
        and "clausules/bestuur/bestuur.yaml" in err
    )
    assert git(repo, "tag") == ""
    code, _, err = run(repo, capsys, "mijlpaal", "vastleggen", "onbekend")
    assert code == 2 and "onbekende mijlpaal 'onbekend'" in err


def test_a_fresh_clone_without_tags_finds_milestones_by_their_commit(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(repo, capsys, "mijlpaal", "vastleggen", "concept")[0] == 0
    reword(repo, "n.a.v. zienswijze Bdorp: volstrekte meerderheid")
    assert run(repo, capsys, "mijlpaal", "vastleggen", "definitief")[0] == 0
    clone = tmp_path / "kloon"
    git(tmp_path, "clone", "-q", "--no-tags", repo.as_uri(), str(clone))
    assert git(clone, "tag") == ""
    code, _, err = run(clone, capsys, "redline", "--uit", str(clone / "build/redline"))
    assert code == 0, err
    rounds = sorted(p.name for p in (clone / "build/redline").iterdir())
    assert rounds == ["concept..definitief", "definitief..werkmap"]
    assert (clone / "build/redline/concept..definitief/testregeling.docx").is_file()
    assert (clone / "build/redline/concept..definitief/wijzigingsoverzicht.docx").is_file()


def test_comments_carry_the_commit_messages(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import zipfile

    assert run(repo, capsys, "mijlpaal", "vastleggen", "concept")[0] == 0
    reword(repo, "n.a.v. zienswijze Bdorp: volstrekte meerderheid")
    code, _, err = run(
        repo, capsys, "redline", "--van", "concept", "--naar", "HEAD", "--uit", str(repo / "r")
    )
    assert code == 0, err
    with zipfile.ZipFile(repo / "r/concept..HEAD/testregeling.docx") as archive:
        comments = archive.read("word/comments.xml").decode("utf-8")
    assert "n.a.v. zienswijze Bdorp: volstrekte meerderheid" in comments
    assert "Artikel\u00a02 is gewijzigd." in comments  # a no-break space keeps "Artikel 2" whole


def test_packages_per_deelnemer_hold_clean_redline_overview_and_letter(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import zipfile

    from tests.render.oracles import pandoc_text

    assert run(repo, capsys, "mijlpaal", "vastleggen", "concept")[0] == 0
    reword(repo, "n.a.v. zienswijze Bdorp: volstrekte meerderheid")
    assert run(repo, capsys, "mijlpaal", "vastleggen", "definitief")[0] == 0
    code, _, err = run(
        repo, capsys, "pakketten", "--mijlpaal", "definitief", "--uit", str(repo / "p")
    )
    assert code == 0, err
    assert sorted(p.name for p in (repo / "p/definitief").glob("*.zip")) == [
        "adam.zip",
        "bdorp.zip",
    ]
    with zipfile.ZipFile(repo / "p/definitief/adam.zip") as archive:
        names = sorted(archive.namelist())
        letter = archive.read("adam/aanbiedingsbrief.docx")
    from assembler import pdf

    # The clean documents also as PDF, where LibreOffice can make them.
    pdfs = (
        ["adam/schoon/testregeling.pdf", "adam/schoon/testverordening-adam.pdf"]
        if pdf.missing() is None
        else []
    )
    assert names == sorted(
        [
            "adam/aanbiedingsbrief.docx",
            "adam/schoon/testregeling.docx",
            "adam/schoon/testverordening-adam.docx",
            *pdfs,
            "adam/transponeringstabel.docx",
            "adam/wijzigingen/testregeling.docx",
            "adam/wijzigingen/testverordening-adam.docx",
            "adam/wijzigingsoverzicht.docx",
        ]
    )
    text = " ".join(pandoc_text(letter).split())
    assert "Het college van burgemeester en wethouders van Adam" in text
    assert "Testregeling 1 gewijzigd" in text
    assert "uiterlijk op 11 oktober 2021" in text  # six weeks after 30 augustus 2021
