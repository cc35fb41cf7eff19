"""The redline, read back by independent readers: accepting all changes gives the new version,
rejecting all gives the old one; moves are moves; the parts validate; the bytes are stable."""

from __future__ import annotations

import io
import random
import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assembler import pipeline
from assembler.flow.redline import compare_documents as compare
from assembler.model.dates import dutch_date
from assembler.model.nodes import Document, Version
from assembler.render.docx import render_docx
from assembler.render.docx.redline import render_redline
from assembler.source.tree import WorkTree
from tests import redline_cases as cases
from tests.render.oracles import pandoc_text, without_redline_notice
from tests.render.xsd import validate_docx


def words(text: str) -> list[str]:
    """pandoc's text without table layout: pandoc ignores row revisions (a rejected inserted
    row stays as an empty row) and sizes columns by their content, so lines of only spaces
    and dashes are dropped and spacing is collapsed. Every word must still match, in order.
    LibreOffice, which applies row revisions, is compared exactly in its own test."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return without_redline_notice([line for line in lines if line and set(line) - {"-", " "}])


def assembled(reg: cases.Regeling, root: Path) -> Document:
    cases.write(reg, root)
    return pipeline.assemble(pipeline.read(WorkTree(root)))[0]


OLD_VERSION = Version("Concepttekst", date(2021, 5, 17), False, "Projectgroep")
NEW_VERSION = Version("Definitieve tekst", date(2021, 8, 30), True, "Projectgroep")


def redline_of(old: Document, new: Document) -> bytes:
    red = compare(old, new, date_text=lambda d: dutch_date(d.version.date))
    return render_redline(red, versions=(OLD_VERSION, NEW_VERSION))


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    seed=st.integers(0, 10**6),
    script=st.lists(st.sampled_from(cases.EDITS), min_size=1, max_size=6),
)
def test_accept_all_gives_the_new_text_and_reject_all_the_old(
    seed: int, script: list[str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    rng = random.Random(seed)
    before = cases.generate(rng)
    after = before
    for kind in script:
        after = cases.edit(after, rng, kind)
    work = tmp_path_factory.mktemp("geval")
    old, new = assembled(before, work / "oud"), assembled(after, work / "nieuw")
    red = redline_of(old, new)
    assert words(pandoc_text(red, "accept")) == words(pandoc_text(render_docx(new)))
    assert words(pandoc_text(red, "reject")) == words(pandoc_text(render_docx(old)))


@pytest.mark.parametrize("kind", cases.EDITS)
def test_the_redline_of_every_kind_of_edit_validates_against_the_schema(
    kind: str, tmp_path: Path
) -> None:
    """Schema validation on its own (it skips without the schemas, so it must not sit in the
    property test above, where a skip would end the test after its first example)."""
    rng = random.Random(sum(map(ord, kind)))
    before = cases.edit(cases.generate(rng), rng, "insert_onderdeel")
    after = cases.edit(cases.edit(before, rng, kind), rng, "reword")
    old, new = assembled(before, tmp_path / "oud"), assembled(after, tmp_path / "nieuw")
    assert validate_docx(redline_of(old, new)) == []


def _document_xml(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read("word/document.xml").decode("utf-8")


def test_a_moved_article_is_a_move_with_its_new_number_inside(tmp_path: Path) -> None:
    rng = random.Random(7)
    before = cases.generate(rng, articles=9)
    after = cases.edit(before, rng, "reword")
    moved = after.chapters[0][2].pop(0)
    after.chapters[2][2].append(moved)
    old, new = assembled(before, tmp_path / "oud"), assembled(after, tmp_path / "nieuw")
    xml = _document_xml(redline_of(old, new))
    # The article moves, and its toelichting moves with it: two pairs of ranges.
    explained = bool(next(a for a in new.articles if a.id == moved.id).toelichting)
    assert xml.count("<w:moveFromRangeStart") == 1 + explained
    assert xml.count("<w:moveToRangeStart") == 1 + explained
    name = re.search(r'<w:moveFromRangeStart [^>]*w:name="([^"]+)"', xml)
    assert name and f'w:name="{name.group(1)}"' in xml.split("<w:moveToRangeStart", 1)[1]
    old_number = next(a.number for a in old.articles if a.id == moved.id)
    new_number = next(a.number for a in new.articles if a.id == moved.id)
    assert old_number != new_number
    destination = xml.split("<w:moveToRangeStart", 1)[1].split("<w:moveToRangeEnd", 1)[0]
    source = xml.split("<w:moveFromRangeStart", 1)[1].split("<w:moveFromRangeEnd", 1)[0]
    # The number that changed during the move: inserted at the destination, deleted at the source.
    assert re.search(rf"<w:ins [^>]*><w:r><w:t[^>]*>{new_number}</w:t>", destination)
    assert re.search(rf"<w:del [^>]*><w:r><w:delText[^>]*>{old_number}</w:delText>", source)
    # Not a whole re-insert: the title moved as moved text.
    assert re.search(rf"<w:moveTo [^>]*><w:r><w:t[^>]*>[^<]*{re.escape(moved.title)}", destination)


def test_revisions_carry_the_author_and_date_of_the_new_version(tmp_path: Path) -> None:
    rng = random.Random(3)
    before = cases.generate(rng)
    after = cases.edit(before, rng, "reword")
    old, new = assembled(before, tmp_path / "oud"), assembled(after, tmp_path / "nieuw")
    xml = _document_xml(redline_of(old, new))
    stamps = set(re.findall(r'<w:(?:ins|del) w:id="\d+" w:author="([^"]*)" w:date="([^"]*)"', xml))
    assert stamps == {("Projectgroep", "2021-08-30T00:00:00Z")}
    ids = re.findall(
        r'<w:(?:ins|del|moveFrom|moveTo|moveFromRangeStart|moveToRangeStart) w:id="(\d+)"', xml
    )
    assert len(ids) == len(set(ids)), "revision ids must be unique"


def test_two_runs_give_the_same_bytes(tmp_path: Path) -> None:
    rng = random.Random(11)
    before = cases.generate(rng)
    after = cases.edit(cases.edit(before, rng, "move_article"), rng, "insert_lid")
    old, new = assembled(before, tmp_path / "oud"), assembled(after, tmp_path / "nieuw")
    assert redline_of(old, new) == redline_of(old, new)


def test_a_document_in_one_version_only_is_all_inserted_or_all_deleted(tmp_path: Path) -> None:
    doc = assembled(cases.generate(random.Random(5)), tmp_path / "v")
    versions = (OLD_VERSION, NEW_VERSION)
    inserted = render_redline(compare(None, doc), versions=versions)
    deleted = render_redline(compare(doc, None), versions=versions)
    assert words(pandoc_text(inserted, "accept")) == words(pandoc_text(render_docx(doc)))
    # All of it, also the template's heading "Inhoudsopgave" and the table of contents.
    assert words(pandoc_text(inserted, "reject")) == []
    assert words(pandoc_text(deleted, "reject")) == words(pandoc_text(render_docx(doc)))
    assert words(pandoc_text(deleted, "accept")) == []
    # What the redline shows, and against what: on the title page and in the header.
    notice = "Wijzigingen ten opzichte van Concepttekst (17\u00a0mei 2021)"
    assert notice.replace("\u00a0", " ") in pandoc_text(inserted, "accept").replace("\u00a0", " ")
    with zipfile.ZipFile(io.BytesIO(inserted)) as archive:
        header = archive.read("word/header1.xml").decode("utf-8")
    assert notice in header and "Definitieve tekst \u2014 30 augustus 2021" in header


def test_a_punctuation_change_before_a_new_onderdeel_is_a_changed_mark(tmp_path: Path) -> None:
    """ "." → "; en" at the end of an onderdeel, with a new onderdeel after it: the old
    onderdeel keeps its paragraph, only the mark is replaced (no paragraph deleted and
    inserted)."""
    rng = random.Random(5)
    before = cases.edit(cases.generate(rng), rng, "insert_onderdeel")
    after = cases.edit(before, rng, "append_onderdeel")
    old, new = assembled(before, tmp_path / "oud"), assembled(after, tmp_path / "nieuw")
    xml = _document_xml(redline_of(old, new))
    assert re.search(r"<w:ins [^>]*><w:r><w:t[^>]*>; en</w:t></w:r></w:ins>", xml)
    changed = [p for p in xml.split("<w:p>") if "; en</w:t>" in p]
    assert len(changed) == 1
    # The changed onderdeel's paragraph mark is no revision: the paragraph itself stays.
    assert "<w:rPr><w:ins" not in changed[0] and "<w:rPr><w:del" not in changed[0]
    assert words(pandoc_text(redline_of(old, new), "accept")) == words(
        pandoc_text(render_docx(new))
    )
    assert words(pandoc_text(redline_of(old, new), "reject")) == words(
        pandoc_text(render_docx(old))
    )
