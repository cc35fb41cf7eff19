"""The sample's own milestone rounds, built from this repository's git history: every redline
reads back as the new version when accepted and as the old one when rejected."""

from __future__ import annotations

import io
import re
import zipfile
from functools import cache

import pytest

from assembler import pipeline
from assembler.diff.changes import Kind
from assembler.errors import UsageError
from assembler.render.docx import render_docx
from assembler.versions import open_version
from tests.conftest import REPO_ROOT
from tests.render.oracles import pandoc_text
from tests.render.xsd import validate_docx
from tests.test_redline import words

ROUNDS = [("hoofdlijnen", "concept"), ("concept", "definitief")]


@cache
def compared(old: str, new: str) -> pipeline.Compared:
    try:
        return pipeline.compare_versions(REPO_ROOT, old, new)
    except UsageError as exc:  # e.g. a shallow clone without the milestone commits
        pytest.skip(f"de mijlpalen van het voorbeeld zijn niet beschikbaar: {exc}")


@cache
def clean(version: str) -> dict[str, bytes]:
    source = open_version(REPO_ROOT, version)
    project = pipeline.load(source)
    return {d.file_stem: render_docx(d) for d in pipeline.assemble(project)}


@pytest.mark.parametrize(("old", "new"), ROUNDS)
def test_every_redline_of_the_round_accepts_to_new_and_rejects_to_old(old: str, new: str) -> None:
    result = compared(old, new)
    before, after = clean(old), clean(new)
    redlines = {o.name[:-5]: o.data for o in result.outputs if o.document}
    assert set(redlines) == set(before) | set(after)
    for stem, data in redlines.items():
        accepted, rejected = pandoc_text(data, "accept"), pandoc_text(data, "reject")
        if stem in after:
            assert words(accepted) == words(pandoc_text(after[stem])), stem
        else:
            assert words(accepted) == [], stem
        if stem in before:
            assert words(rejected) == words(pandoc_text(before[stem])), stem
        else:
            # A document new in the round is one insertion: its heading "Inhoudsopgave" and
            # the table of contents go too; only the redline's own notice stays.
            assert words(rejected) == [], stem


@pytest.mark.parametrize(("old", "new"), ROUNDS)
def test_every_redline_of_the_round_validates_against_the_schema(old: str, new: str) -> None:
    for output in compared(old, new).outputs:
        assert validate_docx(output.data) == [], output.name


def _xml(data: bytes, part: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(part).decode("utf-8")


def test_the_moved_article_is_a_move_with_its_number_change_and_its_reason() -> None:
    result = compared("hoofdlijnen", "concept")
    regeling = next(o.data for o in result.outputs if o.name == "gr-sociaal.docx")
    xml = _xml(regeling, "word/document.xml")
    # The article, and its toelichting with it.
    assert xml.count("<w:moveFromRangeStart") == 2 and xml.count("<w:moveToRangeStart") == 2
    destination = xml.split("<w:moveToRangeStart", 1)[1].split("<w:moveToRangeEnd", 1)[0]
    assert "Plustaken" in destination
    change = next(c for c in result.changes["gr-sociaal"] if c.id == "plustaken")
    assert change.kind.moved and change.old_number != change.new_number
    assert change.reasons == (
        "n.a.v. zienswijze Sliedrecht: plustaken geregeld bij de taken in plaats van bij de financiën",
    )
    comments = _xml(regeling, "word/comments.xml")
    assert "n.a.v. zienswijze Sliedrecht" in comments
    assert "n.a.v. zienswijze Papendrecht" in comments


def test_the_definitief_round_changes_the_key_and_the_contributions() -> None:
    result = compared("concept", "definitief")
    kinds = {c.id: c.kind for c in result.changes["gr-sociaal"]}
    assert kinds["hardheidsclausule"] is Kind.DELETED
    assert kinds["fin-verdeelsleutels"] is Kind.CHANGED
    regeling = next(o.data for o in result.outputs if o.name == "gr-sociaal.docx")
    text = pandoc_text(regeling, "all")
    assert "vaste percentages" in text
    # The annexes with the contributions and the keys changed: a comment with the reason each.
    comments = re.sub(r"<[^>]+>", "", _xml(regeling, "word/comments.xml"))
    # (the comment's "Bijlage 3" is kept on one line by a no-break space)
    assert "Bijlage\u00a03: Voorlopige bijdragen is gewijzigd." in comments
    assert "Bijlage\u00a04: Verdeelsleutels en verdeelgegevens is gewijzigd." in comments
    # The new documents of this round are all inserted.
    assert "maatregelen-handhaving-sliedrecht" in result.changes
    assert all(
        c.kind is Kind.INSERTED or not c.is_article
        for c in result.changes["maatregelen-handhaving-sliedrecht"]
    )
