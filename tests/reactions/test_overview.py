"""Seven returns at once: per provision the points of all sources side by side, conflicting
proposals marked, as Word and as a page of the review site."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import docx
import pytest

from assembler.cli import main
from assembler.errors import Pos
from assembler.reactions.compare import conflict
from assembler.reactions.overview import proposal_text
from assembler.review import render_site
from assembler.source.reactions import Point, PointKind, Proposal
from tests.test_versions import clone_sample

LID = "fin-verdeelsleutels.basistaken.overhead"
OLD = "de kosten van bestuur, overhead en bedrijfsvoering: naar rato van het aantal inwoners."


def source(name: str, ident: str, new: str, extra: str = "") -> str:
    return f"""formaat: 1
soort: zienswijze raad
naam: {name}
punten:
  - id: {ident}
    bepalingen: [{LID}]
    tekst: Een andere verdeling.
    voorstel:
      bepaling: {LID}
      oud: "{OLD}"
      nieuw: "{new}"
{extra}"""


def point(new: str, old: str = OLD) -> Point:
    return Point(
        "x",
        PointKind.ZIENSWIJZE,
        (LID,),
        "",
        None,
        "",
        Proposal(LID, old, new),
        "",
        None,
        (),
        "",
        "",
        Pos("x", 1, 1),
    )


def test_two_proposals_conflict_only_when_they_change_the_same_words_differently() -> None:
    households = point(OLD.replace("inwoners", "huishoudens"))
    fixed = point(OLD.replace("naar rato van het aantal inwoners", "naar vaste percentages"))
    costs = point(OLD.replace("de kosten van bestuur", "alle kosten van bestuur"))
    assert conflict(households, fixed) and conflict(fixed, households)
    assert not conflict(households, costs)  # different words of the same lid
    assert not conflict(households, dataclasses.replace(households, id="y"))  # the same wording
    insert_a = point(OLD.replace("bestuur,", "bestuur en toezicht,"))
    insert_b = point(OLD.replace("bestuur,", "bestuur en advies,"))
    assert conflict(insert_a, insert_b)
    assert proposal_text(households) == "„inwoners” wordt „huishoudens”"
    assert proposal_text(insert_a) == "na „de kosten van bestuur” invoegen: „en toezicht”"


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = clone_sample(tmp_path_factory, "overzicht")
    folder = root / "reacties" / "concept"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "test-raad-a.yaml").write_text(
        source("de raad van A", "test-a-1", OLD.replace("inwoners", "huishoudens")),
        encoding="utf-8",
    )
    (folder / "test-raad-b.yaml").write_text(
        source(
            "de raad van B",
            "test-b-1",
            OLD.replace("naar rato van het aantal inwoners", "naar vaste percentages"),
            "  - id: test-b-2\n    bepalingen: []\n    plaats: de aanbiedingsbrief\n"
            "    tekst: Dank voor de brief.\n    uitkomst: kennisgenomen\n"
            "    antwoord: De colleges nemen hiervan kennis.\n",
        ),
        encoding="utf-8",
    )
    return root


def test_the_word_overview_shows_every_source_per_provision_and_marks_the_conflict(
    clone: Path, tmp_path: Path
) -> None:
    assert (
        main(
            [
                "--map",
                str(clone),
                "reacties",
                "overzicht",
                "--ronde",
                "concept",
                "--uit",
                str(tmp_path),
            ]
        )
        == 0
    )
    document = docx.Document(str(tmp_path / "concept" / "reactieoverzicht.docx"))
    cells = [c.text.replace("\xa0", " ") for t in document.tables for r in t.rows for c in r.cells]
    text = " ".join([*(p.text for p in document.paragraphs), *cells]).replace("\xa0", " ")
    assert "Reacties op Concepttekst" in text
    assert f"Artikel 33. Verdeelsleutels ({LID})" in text
    # The sample's own reactions on this lid (Dordrecht, Papendrecht) are in the same table.
    a = next(c for c in cells if c.endswith("„inwoners” wordt „huishoudens”"))
    assert a.startswith("STRIJDIG met het voorstel van ") and "de raad van B" in a
    b = next(
        c for c in cells if c.endswith("„rato van het aantal inwoners” wordt „vaste percentages”")
    )
    assert b.startswith("STRIJDIG met het voorstel van ") and "de raad van A" in b
    assert "Niet te herleiden tot een bepaling" in text
    assert "Kennisgenomen. De colleges nemen hiervan kennis." in text
    assert "Nog niet beantwoord." in text
    html = (tmp_path / "concept" / "reactieoverzicht.html").read_text(encoding="utf-8")
    assert html.count('<tr class="rv-strijdig">') >= 2


def test_the_review_site_has_the_overview_of_the_round(clone: Path) -> None:
    files, _ = render_site(clone, [("hoofdlijnen", "concept")])
    index = files["index.html"].decode("utf-8")
    assert '<a href="reacties/concept.html">Reacties op Concepttekst</a>' in index
    page = files["reacties/concept.html"].decode("utf-8")
    assert '<a href="../index.html">Overzicht</a>' in page
    assert f'<section id="{LID}"' in page and "de raad van A" in page and "de raad van B" in page
