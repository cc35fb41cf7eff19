"""Applying a proposal: the fragment's text changes and nothing else in its file, the commit
names the point, the next redline gives that commit as the reason, and a proposal that no
longer applies is refused with the reason."""

from __future__ import annotations

import html
import io
import subprocess
import zipfile
from pathlib import Path

import pytest

from assembler import pipeline
from assembler.cli import main
from assembler.reactions.register import load_register
from assembler.render.docx.redline import comment_text, needs_comment
from tests.reactions.test_read_returned import DELETED, FIXTURE, GONE
from tests.test_versions import GIT_ENV, clone_sample, git

SOURCE = """formaat: 1
soort: zienswijze raad
naam: de raad van Zwijndrecht
punten:
  - id: zwijndrecht-1
    bepalingen: [db-bevoegdheden.bevoegdheden.leiding]
    tekst: Verduidelijk de taak.
    voorstel:
      bepaling: db-bevoegdheden.bevoegdheden.leiding
      oud: tot het voeren van het dagelijks bestuur;
      nieuw: tot het voeren van het dagelijks bestuur van het openbaar lichaam;
  - id: zwijndrecht-2
    bepalingen: [fin-verdeelsleutels.basistaken.overhead]
    tekst: Naar huishoudens.
    voorstel:
      bepaling: fin-verdeelsleutels.basistaken.overhead
      oud: "de kosten van bestuur, overhead en bedrijfsvoering: naar rato van het aantal inwoners."
      nieuw: "de kosten van bestuur, overhead en bedrijfsvoering: naar rato van het aantal huishoudens."
  - id: zwijndrecht-3
    bepalingen: [ab-stemverhouding]
    tekst: Een andere kop.
    voorstel:
      bepaling: ab-stemverhouding
      oud: Stemverhouding
      nieuw: Stemverhouding in het algemeen bestuur
"""


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = clone_sample(tmp_path_factory, "toepassen")
    for key, value in GIT_ENV.items():
        if key.endswith("_NAME"):
            git(root, "config", "user.name", value)
        elif key.endswith("_EMAIL"):
            git(root, "config", "user.email", value)
    (root / "reacties" / "concept").mkdir(parents=True, exist_ok=True)
    (root / "reacties" / "concept" / "raad-zwijndrecht-test.yaml").write_text(
        SOURCE, encoding="utf-8"
    )
    read = [
        "--map",
        str(root),
        "reacties",
        "inlezen",
        "--ronde",
        "concept",
        "--bron",
        "griffie-test",
        str(FIXTURE),
    ]
    assert main(read) == 0
    return root


def _point_of(root: Path, source: str, provision: str) -> str:
    register = load_register(root, "concept")
    found = next(s for s in register.sources if s.id == source)
    return next(p.id for p in found.points if p.provisions == (provision,) and p.proposal)


def test_a_proposal_is_written_into_the_fragment_and_committed_with_the_point_as_reason(
    clone: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ident = _point_of(clone, "griffie-test", DELETED)
    fragment = clone / "clausules" / "bestuur" / "db-vergaderingen.yaml"
    before = fragment.read_text(encoding="utf-8")
    assert main(["--map", str(clone), "reacties", "toepassen", "--ronde", "concept", ident]) == 0
    assert ident in capsys.readouterr().out
    after = fragment.read_text(encoding="utf-8")
    changed = [
        (a, b) for a, b in zip(before.splitlines(), after.splitlines(), strict=True) if a != b
    ]
    assert len(changed) == 1 and changed[0][1] == changed[0][0].replace(GONE, "")
    subject = git(clone, "log", "-1", "--format=%s")
    assert subject.startswith(f"n.a.v. reactie Griffie Zwijndrecht (punt {ident}): Geschrapt:")
    assert git(clone, "show", "--name-only", "--format=", "HEAD").split() == [
        "clausules/bestuur/db-vergaderingen.yaml"
    ]
    register = (clone / "reacties" / "concept" / "griffie-test.yaml").read_text(encoding="utf-8")
    assert f"      - {git(clone, 'rev-parse', 'HEAD')[:12]}" in register
    # The redline after the last milestone shows the change, with the point as its reason.
    compared = pipeline.compare_versions(clone, "eerste-wijziging", "werkmap")
    entries = compared.changes["gr-sociaal"]
    (entry,) = [e for e in entries if e.id == "db-vergaderingen"]
    assert entry.reasons == (subject,)
    assert needs_comment(entry) and subject in comment_text(entry)
    redline = next(o.data for o in compared.outputs if o.name == "gr-sociaal.docx")
    with zipfile.ZipFile(io.BytesIO(redline)) as package:
        comments = package.read("word/comments.xml").decode("utf-8")
    assert f"- {html.escape(subject, quote=False)}" in comments


def test_a_heading_proposal_changes_the_title(clone: Path) -> None:
    assert (
        main(["--map", str(clone), "reacties", "toepassen", "--ronde", "concept", "zwijndrecht-3"])
        == 0
    )
    text = (clone / "clausules" / "bestuur" / "ab-stemverhouding.yaml").read_text(encoding="utf-8")
    assert "titel: Stemverhouding in het algemeen bestuur\n" in text
    assert git(clone, "log", "-1", "--format=%s").startswith(
        "n.a.v. zienswijze de raad van Zwijndrecht (punt zwijndrecht-3): Een andere kop."
    )


@pytest.mark.parametrize(
    ("point", "message"),
    [
        ("zwijndrecht-1", "punt 'zwijndrecht-1' is al toegepast"),
        (
            "zwijndrecht-2",
            "punt 'zwijndrecht-2' past niet meer: de tekst van"
            " 'fin-verdeelsleutels.basistaken.overhead' in clausules/financien/fin-verdeelsleutels.yaml"
            " is sinds de ronde gewijzigd",
        ),
        ("onbekend-1", "onbekend punt 'onbekend-1' in ronde 'concept'"),
    ],
)
def test_a_proposal_that_no_longer_applies_is_refused_with_the_reason(
    clone: Path, capsys: pytest.CaptureFixture[str], point: str, message: str
) -> None:
    head = git(clone, "rev-parse", "HEAD")
    assert main(["--map", str(clone), "reacties", "toepassen", "--ronde", "concept", point]) == 2
    assert message in capsys.readouterr().err
    assert git(clone, "rev-parse", "HEAD") == head
    status = subprocess.run(
        ["git", "status", "--porcelain", "--", "clausules"],
        cwd=clone,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert status == ""
