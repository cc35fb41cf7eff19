"""Output that bad input cannot misdirect or half-write: folder names from version names, the
whole output folder replaced in one step, and a milestone recorded all or nothing. Real git
repositories in a temporary folder, the command line run as a user runs it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from assembler import output
from assembler.folders import folder_name, round_name
from tests.conftest import BESTUUR, REGELING
from tests.test_versions import GIT_ENV, MIJLPALEN, git, run

# A commit message that the version ":/../../../buiten" finds (git's ":/<regex>" revision):
# taken as a path, that name climbs out of build/ and out of the repository.
ESCAPE = ":/../../../buiten"
NAMES = [
    ESCAPE,
    "HEAD~1",
    "HEAD^",
    "a/../../x",
    "../x",
    "..",
    ".",
    "",
    "x..y",
    ".verborgen",
    "HEAD^{/buiten}",
    "main@{0}",
    "/etc",
    "C:\\Windows",
    "naam met spaties",
    "é" * 200,
    "a" * 300,
    "\udcff",  # an undecodable byte from the command line
    "werkmap+0123456789ab",
    "werkmap",
    "Werkmap",
]


def test_a_plain_version_name_is_its_own_folder() -> None:
    for name in ("werkmap", "concept", "v1.0", "ontwerp-eerste-wijziging", "a1b2c3d", "x_y"):
        assert folder_name(name) == name


def test_every_other_name_becomes_one_safe_folder_name_distinct_per_name() -> None:
    made = [folder_name(name) for name in NAMES]
    assert len(set(made)) == len(NAMES), made  # distinct names, distinct folders
    for name, made_name in zip(NAMES, made, strict=True):
        assert made_name == folder_name(name)  # deterministic
        assert "/" not in made_name and "\\" not in made_name, name
        assert not made_name.startswith(".") and ".." not in made_name, name
        assert made_name not in ("", ".", "..")
        assert len(made_name.encode("utf-8", "surrogatepass")) <= 64, name
    assert folder_name("HEAD~1") == "HEAD-1+" + folder_name("HEAD~1")[-12:]
    # A round's folder splits back into its two versions in one way only.
    assert round_name("HEAD~1", "werkmap").split("..") == [folder_name("HEAD~1"), "werkmap"]
    assert round_name("x..y", "z") != round_name("x", "y..z")


@pytest.fixture
def repo(make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two commits, the first with the message ESCAPE finds; run from the repository."""
    for key, value in GIT_ENV.items():
        monkeypatch.setenv(key, value)
    root = make_repo({"mijlpalen.yaml": MIJLPALEN})
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "ab/cd/ef/buiten")
    bestuur = root / "clausules/bestuur/bestuur.yaml"
    bestuur.write_text(BESTUUR.replace("gewone", "volstrekte"), encoding="utf-8")
    git(root, "commit", "-q", "-am", "tweede")
    monkeypatch.chdir(root)
    return root


def _outside(root: Path) -> set[Path]:
    """Everything in the temporary folder around the repository."""
    return {p for p in root.parent.parent.rglob("*") if root not in (p, *p.parents)}


@pytest.mark.parametrize(
    "command",
    [
        ("bouw", "--versie", ESCAPE),
        ("bouw", "--versie", "HEAD~1"),
        ("stop", "--versie", ESCAPE, "--bevoegd-gezag", "gm0505"),
        ("redline", "--van", ESCAPE, "--naar", "werkmap"),
        ("review", "--van", ESCAPE, "--naar", "HEAD"),
        ("wijziging", "--van", ESCAPE),
        ("pdf", "--versie", ESCAPE, "testregeling"),
    ],
    ids=["bouw", "bouw-tilde", "stop", "redline", "review", "wijziging", "pdf"],
)
def test_no_version_name_directs_output_outside_build(
    repo: Path, capsys: pytest.CaptureFixture[str], command: tuple[str, ...]
) -> None:
    from assembler import pdf

    if command[0] == "pdf" and pdf.missing() is not None:
        pytest.skip(f"geen PDF's: {pdf.missing()}")
    before = _outside(repo)
    code, out, err = run(repo, capsys, *command)
    assert code == 0, err
    assert _outside(repo) == before, "er is buiten de repository geschreven"
    assert not (repo.parent / "buiten").exists() and not (repo.parent.parent / "buiten").exists()
    written = [p for p in repo.rglob("*") if p.is_file() and ".git" not in p.parts]
    new = [p for p in written if p.suffix in (".docx", ".xml", ".html", ".pdf")]
    assert new and all(p.is_relative_to(repo / "build") for p in new), new
    version = command[2]
    if command[0] in ("bouw", "stop", "pdf"):
        kind = {"bouw": "", "stop": "stop", "pdf": "pdf"}[command[0]]
        folder = repo / "build" / kind / folder_name(version)
        suffix = {"bouw": "docx", "stop": "xml", "pdf": "pdf"}[command[0]]
        assert (folder / f"testregeling.{suffix}").is_file()
        assert folder.name in out  # the summary names the folder it wrote
    elif command[0] == "wijziging":
        folder = repo / "build/wijziging" / round_name(version, "werkmap")
        assert (folder / "wijziging-testregeling.docx").is_file()
    elif command[0] == "redline":
        assert (
            repo / "build/redline" / round_name(version, "werkmap") / "testregeling.docx"
        ).is_file()
    else:
        assert (repo / "build/review" / round_name(version, "HEAD") / "testregeling.html").is_file()


def test_the_make_target_derives_the_folder_from_the_version(repo: Path) -> None:
    """`make concept VERSIE=...` passes the name to the command line and no folder of its own."""
    makefile = Path(__file__).resolve().parent.parent / "Makefile"
    venv = Path(sys.executable).parent
    (repo / "pyproject.toml").touch()
    stamp = repo / "stempel"
    stamp.touch()
    result = subprocess.run(
        ["make", "-s", "-f", str(makefile), "concept", f"VERSIE={ESCAPE}", f"BIN={venv}",
         f"STAMP={stamp}"],
        cwd=repo, capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    if result.returncode == 127 or "make: not found" in result.stderr:
        pytest.skip("make ontbreekt")
    assert result.returncode == 0, result.stderr
    assert (repo / "build" / folder_name(ESCAPE) / "testregeling.docx").is_file()
    assert not (repo.parent / "buiten").exists()


@pytest.mark.parametrize("where", [".", "clausules", ".git/uit", ".."])
def test_an_explicit_folder_never_replaces_the_sources(
    repo: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    state = git(repo, "status", "--porcelain")
    code, _, err = run(repo, capsys, "bouw", "--uit", where)
    assert code == 2, err
    assert "uitvoermap" in err and "Er is niets geschreven." in err
    assert "Traceback" not in err
    assert git(repo, "status", "--porcelain") == state
    assert not list(repo.rglob("*.docx"))


def test_an_explicit_folder_outside_the_repository_is_the_users_choice(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    elsewhere = repo.parent / "elders"
    code, _, err = run(repo, capsys, "bouw", "--uit", str(elsewhere))
    assert code == 0, err
    assert (elsewhere / "testregeling.docx").is_file()


# -- the output folder replaced in one step ------------------------------------------------


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def _change_sources(root: Path) -> None:
    bestuur = root / "clausules/bestuur/bestuur.yaml"
    bestuur.write_text(BESTUUR.replace("het quorum", "het quorum van de helft"), encoding="utf-8")


def test_two_manifests_with_one_output_name_are_refused_naming_both(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    second = REGELING.replace("id: testregeling", "id: tweede").replace("id: h-", "id: t-")
    second += "bestandsnaam: testregeling\n"
    (repo / "regelingen/tweede.yaml").write_text(second, encoding="utf-8")
    code, _, err = run(repo, capsys, "bouw")
    assert code == 2, err
    # At the value of the second 'bestandsnaam' (its last line), not at the top of the file.
    line = second.count("\n")
    assert f"regelingen/tweede.yaml:{line}:15: fout: document 'tweede'" in err, err
    assert "dezelfde bestandsnaam 'testregeling'" in err
    assert "het manifest regelingen/testregeling.yaml" in err
    assert not (repo / "build").exists()


def test_a_folder_where_a_file_goes_is_found_before_anything_is_written(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(repo, capsys, "bouw")[0] == 0
    werkmap = repo / "build/werkmap"
    before = _snapshot(werkmap)
    (werkmap / "testregeling.txt").mkdir()  # where --tekst puts a file
    _change_sources(repo)
    code, _, err = run(repo, capsys, "bouw", "--tekst")
    assert code == 2, err
    assert f"{werkmap / 'testregeling.txt'} is een map" in err
    assert ".tmp" not in err and ".werkmap" not in err
    assert _snapshot(werkmap) == before  # the previous build, complete and unchanged
    assert sorted(p.name for p in werkmap.parent.iterdir()) == ["werkmap"]


def test_a_folder_put_where_an_earlier_build_wrote_a_file_is_not_thrown_away(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The earlier build wrote testregeling.docx; the user put a folder with a file there.
    The name is in the record of the earlier build, but the folder is the user's."""
    assert run(repo, capsys, "bouw")[0] == 0
    document = repo / "build/werkmap/testregeling.docx"
    document.unlink()
    document.mkdir()
    (document / "aantekeningen.txt").write_text("van de gebruiker", encoding="utf-8")
    code, _, err = run(repo, capsys, "bouw")
    assert code == 2, err
    assert f"{document} is een map" in err
    assert (document / "aantekeningen.txt").read_text(encoding="utf-8") == "van de gebruiker"


def test_a_failure_while_writing_leaves_the_previous_build_and_names_the_output(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(repo, capsys, "bouw")[0] == 0
    werkmap = repo / "build/werkmap"
    before = _snapshot(werkmap)
    _change_sources(repo)
    real_write = output._write_new
    count = [0]

    def full_disk(path: Path, data: bytes) -> None:
        count[0] += 1
        if count[0] == 3:
            raise OSError(28, "Geen ruimte meer op het apparaat", str(path))
        real_write(path, data)

    monkeypatch.setattr(output, "_write_new", full_disk)
    code, _, err = run(repo, capsys, "bouw")
    assert code == 1, err
    assert "de schijf is vol" in err  # errno 28, in Dutch whatever the locale says
    assert f"({werkmap}/testverordening-bdorp.docx)" in err, err  # the output, not a temp name
    assert ".tmp" not in err
    assert _snapshot(werkmap) == before
    assert sorted(p.name for p in werkmap.parent.iterdir()) == ["werkmap"]


def test_a_new_build_replaces_old_files_prunes_its_own_and_keeps_foreign_ones(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(repo, capsys, "bouw", "--tekst")[0] == 0
    werkmap = repo / "build/werkmap"
    (werkmap / "notitie.txt").write_text("van de jurist", encoding="utf-8")
    (werkmap / "bijlagen").mkdir()
    (werkmap / "bijlagen/advies.pdf").write_bytes(b"%PDF")
    old = (werkmap / "testregeling.docx").read_bytes()
    _change_sources(repo)
    code, out, err = run(repo, capsys, "bouw")
    assert code == 0, err
    assert (werkmap / "testregeling.docx").read_bytes() != old
    assert not (werkmap / "testregeling.txt").exists()  # written before, not now: pruned
    assert (werkmap / "notitie.txt").read_text(encoding="utf-8") == "van de jurist"
    assert (werkmap / "bijlagen/advies.pdf").read_bytes() == b"%PDF"
    assert "build/werkmap/" in out
    assert sorted(p.name for p in (repo / "build").iterdir()) == ["werkmap"]


def _killed_build(root: Path, at: str) -> None:
    """Run a build in a child process that is killed (SIGKILL) at ``at``: after staging every
    file, or between the two renames of a file system without an atomic exchange."""
    script = f"""
import os, signal, sys
from assembler import cli, output
def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)
if {at!r} == "voor-de-wissel":
    output._swap_in = die
else:
    output._exchange = lambda a, b: False
    rename = os.rename
    calls = []
    def second_rename_dies(a, b):
        calls.append(a)
        if len(calls) == 2:
            die()
        rename(a, b)
    os.rename = second_rename_dies
sys.exit(cli.main(["--map", {str(root)!r}, "bouw"]))
"""
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=False
    )
    assert result.returncode == -signal.SIGKILL, result.stderr


@pytest.mark.parametrize("at", ["voor-de-wissel", "tussen-twee-hernoemingen"])
def test_what_a_killed_build_leaves_is_cleared_by_the_next(
    repo: Path, capsys: pytest.CaptureFixture[str], at: str
) -> None:
    assert run(repo, capsys, "bouw")[0] == 0
    werkmap = repo / "build/werkmap"
    (werkmap / "notitie.txt").write_text("van de jurist", encoding="utf-8")
    # What an older, killed single-file write left in the folder itself.
    (werkmap / ".testregeling.docx.ab12cd34.tmp").write_bytes(b"half")
    before = _snapshot(werkmap)
    _change_sources(repo)
    _killed_build(repo, at)
    left = sorted(p.name for p in (repo / "build").iterdir())
    if at == "voor-de-wissel":
        assert _snapshot(werkmap) == before  # killed before the exchange: the old build
        assert next(n for n in left if n != "werkmap").startswith(".werkmap.tmp-")
    else:
        assert not werkmap.exists()  # killed between the renames: the old build set aside
        assert any(n.startswith(".werkmap.old-") for n in left), left
    code, _, err = run(repo, capsys, "bouw")
    assert code == 0, err
    assert sorted(p.name for p in (repo / "build").iterdir()) == ["werkmap"]
    names = sorted(p.name for p in werkmap.iterdir())
    assert ".testregeling.docx.ab12cd34.tmp" not in names
    assert (werkmap / "notitie.txt").read_text(encoding="utf-8") == "van de jurist"
    assert (werkmap / "testregeling.docx").read_bytes() != before["testregeling.docx"]


def test_a_running_builds_staging_folder_is_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "build/werkmap"
    output.replace_folder(target, {"a.docx": b"1"})
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        busy = tmp_path / f"build/.werkmap.tmp-{sleeper.pid}-0a1b2c3d"
        busy.mkdir()
        output.replace_folder(target, {"a.docx": b"2"})
        assert busy.is_dir()
    finally:
        sleeper.kill()
        sleeper.wait()
    output.replace_folder(target, {"a.docx": b"3"})
    assert not busy.exists()
    assert (target / "a.docx").read_bytes() == b"3"
    assert os.listdir(tmp_path / "build") == ["werkmap"]


# -- a milestone recorded all or nothing ---------------------------------------------------


def _state(root: Path) -> tuple[str, str, str, str, bytes]:
    """HEAD, the index, the tags and the working tree's status, and mijlpalen.yaml."""
    return (
        git(root, "rev-parse", "HEAD"),
        git(root, "ls-files", "--stage"),
        git(root, "tag", "--list"),
        git(root, "status", "--porcelain"),
        (root / "mijlpalen.yaml").read_bytes(),
    )


def _refusing_hook(root: Path) -> Path:
    hook = root / ".git/hooks/pre-commit"
    hook.write_text("#!/bin/sh\necho 'commit geweigerd door de huisregels' >&2\nexit 1\n")
    hook.chmod(0o755)
    return hook


def test_a_refused_milestone_commit_leaves_everything_as_before_and_a_retry_works(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A change staged by the user, outside the sources: it stays staged, uncommitted.
    (repo / "notities.md").write_text("nog te bespreken\n", encoding="utf-8")
    git(repo, "add", "notities.md")
    hook = _refusing_hook(repo)
    before = _state(repo)
    code, _, err = run(repo, capsys, "mijlpaal", "vastleggen", "concept")
    assert code == 2, err
    assert "mijlpaal 'concept' is niet vastgelegd: de commit van mijlpalen.yaml is mislukt" in err
    assert "commit geweigerd door de huisregels" in err  # what the hook said
    assert "mijlpalen.yaml, de index en de tags zijn weer zoals ervoor" in err
    assert _state(repo) == before
    assert "concept" in run(repo, capsys, "mijlpaal", "lijst")[1]
    assert (
        "concept          2021-05-17  Concepttekst (nog niet bereikt)"
        in run(repo, capsys, "mijlpaal", "lijst")[1]
    )
    hook.unlink()
    code, _, err = run(repo, capsys, "mijlpaal", "vastleggen", "concept")
    assert code == 0, err
    assert git(repo, "tag", "--list") == "mijlpaal/concept"
    assert git(repo, "diff", "--cached", "--name-only") == "notities.md"  # still only staged
    assert git(repo, "show", "--name-only", "--format=", "HEAD") == "mijlpalen.yaml"


def test_a_failed_tag_undoes_the_milestone_commit(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A tag named "mijlpaal" leaves no room for the ref refs/tags/mijlpaal/concept.
    git(repo, "tag", "mijlpaal")
    before = _state(repo)
    code, _, err = run(repo, capsys, "mijlpaal", "vastleggen", "concept")
    assert code == 2, err
    assert "het maken van de tag mijlpaal/concept is mislukt (melding van git:" in err
    assert _state(repo) == before  # HEAD back on the commit it was, no milestone commit
    assert "(nog niet bereikt)" in run(repo, capsys, "mijlpaal", "lijst")[1].splitlines()[0]
    git(repo, "tag", "-d", "mijlpaal")
    code, _, err = run(repo, capsys, "mijlpaal", "vastleggen", "concept")
    assert code == 0, err
    assert git(repo, "rev-parse", "mijlpaal/concept^{commit}") == before[0]


# -- the spreadsheet: text from the sources stays text ------------------------------------


def test_formula_like_names_in_the_sources_stay_text_in_bijdragen_xlsx(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import io
    import re
    import tarfile
    import zipfile

    import openpyxl

    from tests.conftest import REPO_ROOT

    root = tmp_path / "voorbeeld"
    archive = subprocess.run(
        ["git", "archive", "HEAD"], cwd=REPO_ROOT, capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(root, filter="data")
    names = {"Alblasserdam": "=1+1", "Dordrecht": "+2+3", "Papendrecht": "-4+1"}
    names["Sliedrecht"] = "@SUM(1;2)"
    deelnemers = root / "deelnemers.yaml"
    text = deelnemers.read_text(encoding="utf-8")
    for old, new in names.items():
        text = text.replace(f"naam: {old}\n", f"naam: '{new}'\n", 1)
    deelnemers.write_text(text, encoding="utf-8")
    begroting = root / "clausules/financien/begroting-2022.yaml"
    begroting.write_text(
        begroting.read_text(encoding="utf-8").replace(
            "titel: Minimabeleid", "titel: '=HYPERLINK(\"http://example.invalid\")'"
        ),
        encoding="utf-8",
    )
    code, _, err = run(root, capsys, "bouw", "--uit", str(root / "build/werkmap"))
    assert code == 0, err
    data = (root / "build/werkmap/bijdragen.xlsx").read_bytes()
    sheet = openpyxl.load_workbook(io.BytesIO(data))["Bijdragen"]
    column = [sheet.cell(row, 1).value for row in range(4, 11)]
    assert set(names.values()) <= set(column)
    assert sheet["C3"].value == '=HYPERLINK("http://example.invalid")'
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        xml = book.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert re.findall(r"<f>[^<]*(?:HYPERLINK|1\+1|2\+3|4\+1|SUM\(1)", xml) == []
    assert "<is><t>=1+1</t></is>" in xml


def test_the_review_site_is_replaced_whole_keeping_foreign_files(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(repo, capsys, "review", "--van", "HEAD~1", "--naar", "HEAD")[0] == 0
    site = repo / "build/review"
    first = round_name("HEAD~1", "HEAD")
    assert (site / first / "testregeling.html").is_file()
    (site / "lees-mij.txt").write_text("voor de commissie", encoding="utf-8")
    assert run(repo, capsys, "review", "--van", "HEAD~1", "--naar", "werkmap")[0] == 0
    second = round_name("HEAD~1", "werkmap")
    assert sorted(p.name for p in site.iterdir() if not p.name.startswith(".")) == [
        second,
        "index.html",
        "lees-mij.txt",
    ]
    assert first not in (site / "index.html").read_text(encoding="utf-8")
