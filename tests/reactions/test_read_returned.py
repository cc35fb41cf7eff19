"""A returned document, edited by the tests in LibreOffice (tracked changes, comments, one edit
without tracking), on a clean document and on a redline: N tracked changes and M comments give
N + M points, each on the provision it was made in, with the reviewer's author and date, and
none of our own revisions is taken for the reviewer's."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from assembler import pipeline
from assembler.cli import main
from assembler.model.nodes import Document
from assembler.reactions.readin import NewPoint, our_notices, ours, points_of
from assembler.reactions.returned import read_returned
from assembler.reactions.trace import sent_paragraphs, without_number
from assembler.render.docx import render_docx
from assembler.source.reactions import PointKind
from assembler.versions import open_version
from tests.conftest import REPO_ROOT
from tests.reactions.libreoffice import AUTHOR, edit_in_libreoffice
from tests.test_versions import clone_sample

FIXTURE = (
    Path(__file__).parents[1] / "fixtures" / "reacties" / "gr-sociaal-concept-zwijndrecht.docx"
)
# The provisions the reviewer edits: an onderdeel, leden, and a lid in the financial chapter.
INSERTED, DELETED, REPLACED, COMMENTED, UNTRACKED = (
    "db-bevoegdheden.bevoegdheden.leiding",
    "db-vergaderingen.stemmen",
    "ab-stemverhouding.stemmen",
    "ab-vergaderingen.oproeping",
    "fin-verdeelsleutels.basistaken.reintegratie",
)
NEW_WORDS = " en de bedrijfsvoering"
AFTER = "tot het voeren van het dagelijks bestuur"
GONE = " en kan alleen besluiten als ten minste twee leden aanwezig zijn"
REPLACE = ("stemmen uit dat afhangt van", "stemmen uit naar")
UNTRACKED_EDIT = ("van de re-integratie:", "van re-integratie:")


@cache
def concept() -> Document:
    docs = pipeline.assemble(pipeline.load(open_version(REPO_ROOT, "concept")))
    return next(d for d in docs if d.file_stem == "gr-sociaal")


@cache
def hoofdlijnen() -> Document:
    docs = pipeline.assemble(pipeline.load(open_version(REPO_ROOT, "hoofdlijnen")))
    return next(d for d in docs if d.file_stem == "gr-sociaal")


def texts(doc: Document) -> dict[str, str]:
    """Each provision's own paragraph text (the first paragraph that prints it)."""
    out: dict[str, str] = {}
    for para in sent_paragraphs(doc):
        if para.provision and not para.heading:
            out.setdefault(para.provision, without_number(para.text))
    return out


def snippet(doc: Document, provision: str) -> str:
    """Three words of the provision that occur nowhere else in the document."""
    everything = "\n".join(p.text for p in sent_paragraphs(doc))
    words = texts(doc)[provision].split(" ")
    for start in range(1, len(words) - 2):
        candidate = " ".join(words[start : start + 3])
        if everything.count(candidate) == 1:
            return candidate
    raise AssertionError(f"geen unieke woorden in {provision}")


def edits(doc: Document) -> list[dict[str, str]]:
    own = texts(doc)
    everything = "\n".join(p.text for p in sent_paragraphs(doc))
    for provision, words in (
        (INSERTED, AFTER),
        (DELETED, GONE),
        (REPLACED, REPLACE[0]),
        (UNTRACKED, UNTRACKED_EDIT[0]),
    ):
        assert words in own[provision] and everything.count(words) == 1, words
    return [
        {"op": "insert", "after": AFTER, "text": NEW_WORDS},
        {"op": "delete", "find": GONE},
        {"op": "replace", "find": REPLACE[0], "text": REPLACE[1]},
        {
            "op": "comment",
            "find": snippet(doc, COMMENTED),
            "text": "Geldt dit ook voor de commissies?",
        },
        {
            "op": "comment",
            "find": NEW_WORDS.strip(),
            "text": "Graag zo overnemen in de definitieve tekst.",
        },
        {"op": "untracked", "find": UNTRACKED_EDIT[0], "text": UNTRACKED_EDIT[1]},
    ]


def tracked_and_comments(points: list[NewPoint]) -> list[NewPoint]:
    return [p for p in points if p.kind is not PointKind.ONGEMARKEERD]


def check(points: list[NewPoint], held: dict[str, list[dict[str, str]]]) -> None:
    n, m = len(held["redlines"]), len(held["comments"])
    assert (n, m) == (4, 2)  # insert, delete, replace (a deletion and an insertion); 2 comments
    found = tracked_and_comments(points)
    assert len(found) == n + m
    kinds = Counter((p.kind, p.provision) for p in found)
    assert kinds == Counter(
        {
            (PointKind.INVOEGING, INSERTED): 1,
            (PointKind.VERWIJDERING, DELETED): 1,
            (PointKind.VERWIJDERING, REPLACED): 1,
            (PointKind.INVOEGING, REPLACED): 1,
            (PointKind.OPMERKING, COMMENTED): 1,
            (PointKind.OPMERKING, INSERTED): 1,
        }
    )
    days = {dt.date.fromisoformat(r["date"][:10]) for r in held["redlines"] + held["comments"]}
    for point in found:
        assert point.author == AUTHOR
        assert point.date in days
    insertion = next(p for p in found if p.kind is PointKind.INVOEGING and p.provision == INSERTED)
    assert insertion.old == texts(concept())[INSERTED]
    assert insertion.new == insertion.old.replace(AFTER, AFTER + NEW_WORDS)
    deletion = next(p for p in found if p.kind is PointKind.VERWIJDERING and p.provision == DELETED)
    assert (deletion.old.replace(GONE, ""), deletion.text) == (
        deletion.new,
        f"Geschrapt: „{GONE.strip()}”",
    )
    # a replacement is a deletion and an insertion; each proposes the whole replacement
    halves = [p for p in found if p.provision == REPLACED]
    assert {p.new for p in halves} == {texts(concept())[REPLACED].replace(*REPLACE)}
    on_inserted = next(
        p for p in found if p.kind is PointKind.OPMERKING and p.provision == INSERTED
    )
    assert on_inserted.anchor == NEW_WORDS.strip()  # anchored in the reviewer's own insertion
    (untracked,) = [p for p in points if p.kind is PointKind.ONGEMARKEERD]
    assert untracked.provision == UNTRACKED
    assert untracked.old == texts(concept())[UNTRACKED]
    assert untracked.new == untracked.old.replace(*UNTRACKED_EDIT)


@pytest.fixture(scope="module")
def clean_returned(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[bytes, dict[str, list[dict[str, str]]]]:
    return edit_in_libreoffice(
        render_docx(concept()), edits(concept()), tmp_path_factory.mktemp("lo")
    )


def test_a_clean_document_returned_from_libreoffice_gives_a_point_per_change_and_comment(
    clean_returned: tuple[bytes, dict[str, list[dict[str, str]]]],
) -> None:
    data, held = clean_returned
    points = points_of("griffie-zwijndrecht", read_returned(data, None), concept())
    check(points, held)


def test_the_fixture_is_a_document_libreoffice_returned() -> None:
    """The kept fixture (made by the test above, see tests/fixtures/reacties/README.md) reads
    the same without LibreOffice installed."""
    data = FIXTURE.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert b"LibreOffice" in package.read("docProps/app.xml")
    held = json.loads(FIXTURE.with_suffix(".json").read_text(encoding="utf-8"))
    points = points_of("griffie-zwijndrecht", read_returned(data, None), concept())
    check(points, held)


def test_a_redline_returned_from_libreoffice_never_gives_our_own_revisions(
    tmp_path: Path,
) -> None:
    compared = pipeline.compare_versions(REPO_ROOT, "hoofdlijnen", "concept")
    redline = next(o.data for o in compared.outputs if o.name == "gr-sociaal.docx")
    old_texts, new_texts = texts(hoofdlijnen()), texts(concept())
    for provision in (INSERTED, DELETED, REPLACED, COMMENTED, UNTRACKED):
        # unchanged in the round: the reviewer's words stand outside our revisions
        assert old_texts.get(provision) == new_texts[provision], provision
    data, held = edit_in_libreoffice(redline, edits(concept()), tmp_path)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        xml = package.read("word/document.xml").decode("utf-8")
    our_author = ours(REPO_ROOT, "concept").author
    assert len(re.findall(rf'w:author="{our_author}"', xml)) > 50  # our revisions came back
    theirs = {
        "redlines": [r for r in held["redlines"] if r["author"] == AUTHOR],
        "comments": [c for c in held["comments"] if c["author"] == AUTHOR],
    }
    returned = read_returned(data, ours(REPO_ROOT, "concept"))
    points = points_of("griffie-zwijndrecht", returned, concept(), our_notices(REPO_ROOT))
    check(points, theirs)
    assert all(p.author == AUTHOR for p in points if p.kind is not PointKind.ONGEMARKEERD)


def test_reading_in_writes_the_register_and_reading_again_adds_nothing(
    tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    clone = clone_sample(tmp_path_factory, "inlezen")
    args = [
        "--map",
        str(clone),
        "reacties",
        "inlezen",
        "--ronde",
        "concept",
        "--bron",
        "griffie-test",
        str(FIXTURE),
    ]
    assert main(args) == 0
    first = capsys.readouterr().out
    register = clone / "reacties" / "concept" / "griffie-test.yaml"
    text = register.read_text(encoding="utf-8")
    assert "7 nieuwe punten geschreven" in first
    assert text.count("- id: p-") == 7
    assert f"bepalingen: [{INSERTED}]" in text
    assert "7 herleid tot een bepaling, 0 niet te herleiden" in first
    assert main(args) == 0
    assert "0 nieuwe punten geschreven" in capsys.readouterr().out
    assert register.read_text(encoding="utf-8") == text
    # A comment of the user stays, and a point the user removed comes back once, at the end.
    last = text.rindex("  - id: p-")
    edited = text[:last].replace("punten:\n", "# een opmerking van de jurist\npunten:\n")
    register.write_text(edited, encoding="utf-8")
    assert main(args) == 0
    assert "1 nieuw punt geschreven" in capsys.readouterr().out
    again = register.read_text(encoding="utf-8")
    assert again.startswith(edited) and again.count("- id: p-") == 7


def test_a_damaged_file_is_named_in_the_message() -> None:
    from assembler.errors import UsageError
    from assembler.reactions.returned import read_returned

    with pytest.raises(UsageError) as info:
        read_returned(b"PK\x03\x04 geen zip" * 10, None, "terug/kapot.docx")
    assert str(info.value).startswith("terug/kapot.docx is geen Word-document")
    broken = io.BytesIO()
    with zipfile.ZipFile(broken, "w") as package:
        package.writestr("word/document.xml", "<w:document><w:body>")
    with pytest.raises(UsageError) as info:
        read_returned(broken.getvalue(), None, "terug/half.docx")
    assert str(info.value) == "terug/half.docx is beschadigd: word/document.xml is geen geldige XML"
