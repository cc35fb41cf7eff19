"""LibreOffice as the second independent reader: accept-all gives the new version's text and
reject-all the old one's, for the sample's own rounds and a fixed set of generated edits.

LibreOffice 7.4 does not apply row revisions on reject (an inserted table keeps empty rows), so
blank lines are left out of the comparison; every line of text must match exactly and in order.
The oracle is slow (seconds per call), so this is a fixed set, not a property test.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from assembler.flow.redline import compare_documents as compare
from assembler.render.docx import render_docx
from assembler.render.docx.redline import render_redline
from tests import redline_cases as cases
from tests.render.oracles import libreoffice_changes, without_redline_notice
from tests.test_redline import NEW_VERSION, OLD_VERSION, assembled, redline_of
from tests.test_sample_history import clean, compared


def lines(text: str) -> list[str]:
    return without_redline_notice([line.rstrip() for line in text.splitlines() if line.strip()])


def check(
    red: bytes, old: bytes | None, new: bytes | None, tmp_path: Path
) -> list[dict[str, object]]:
    for name in ("rood", "oud", "nieuw"):
        (tmp_path / name).mkdir()
    accept, reject, redlines = libreoffice_changes(red, tmp_path / "rood")
    if new is not None:
        assert lines(accept) == lines(libreoffice_changes(new, tmp_path / "nieuw")[0])
    if old is not None:
        assert lines(reject) == lines(libreoffice_changes(old, tmp_path / "oud")[0])
    return redlines


@pytest.mark.parametrize(
    ("old", "new", "stem"),
    [
        ("hoofdlijnen", "concept", "gr-sociaal"),
        ("concept", "definitief", "gr-sociaal"),
        ("concept", "definitief", "mandaatbesluit"),
        ("concept", "definitief", "maatregelen-handhaving-alblasserdam"),
    ],
)
def test_sample_rounds_in_libreoffice(old: str, new: str, stem: str, tmp_path: Path) -> None:
    red = next(o.data for o in compared(old, new).outputs if o.name == f"{stem}.docx")
    redlines = check(red, clean(old).get(stem), clean(new).get(stem), tmp_path)
    assert redlines, "LibreOffice sees the tracked changes"
    assert {r["author"] for r in redlines} == {"Projectgroep GR Sociaal"}


SCRIPTS = [
    ["reword", "retitle"],
    ["insert_article", "delete_lid"],
    ["move_article", "reword"],
    ["delete_article", "insert_onderdeel", "insert_lid"],
    ["table_cell", "table_row_insert", "table_row_delete"],
    ["append_onderdeel", "swap_leden"],
]


@pytest.mark.parametrize("script", SCRIPTS, ids=["-".join(s) for s in SCRIPTS])
def test_generated_edits_in_libreoffice(script: list[str], tmp_path: Path) -> None:
    rng = random.Random(len(script) * 101 + len(script[0]))
    before = cases.generate(rng)
    after = before
    for kind in script:
        after = cases.edit(after, rng, kind)
    old, new = assembled(before, tmp_path / "v1"), assembled(after, tmp_path / "v2")
    check(redline_of(old, new), render_docx(old), render_docx(new), tmp_path)


def test_a_document_new_in_the_round_is_one_insertion_in_libreoffice(tmp_path: Path) -> None:
    """Reject-all leaves nothing of a new document: not its heading "Inhoudsopgave" (template
    text) nor its table of contents; only the redline's notice, which is neither version's."""
    before, after = clean("concept"), clean("definitief")
    stem = next(s for s in sorted(after) if s not in before)
    red = next(
        o.data for o in compared("concept", "definitief").outputs if o.name == f"{stem}.docx"
    )
    (tmp_path / "rood").mkdir()
    accept, reject, _ = libreoffice_changes(red, tmp_path / "rood")
    assert lines(reject) == [], stem
    assert "Inhoudsopgave" in lines(accept)


def test_a_document_gone_in_the_round_is_one_deletion_in_libreoffice(tmp_path: Path) -> None:
    """Accept-all leaves nothing of a document the new version no longer has; reject-all gives
    it back whole, heading and table of contents included."""
    doc = assembled(cases.generate(random.Random(5)), tmp_path / "v")
    deleted = render_redline(compare(doc, None), versions=(OLD_VERSION, NEW_VERSION))
    (tmp_path / "rood").mkdir()
    (tmp_path / "oud").mkdir()
    accept, reject, _ = libreoffice_changes(deleted, tmp_path / "rood")
    assert lines(accept) == []
    assert lines(reject) == lines(libreoffice_changes(render_docx(doc), tmp_path / "oud")[0])
