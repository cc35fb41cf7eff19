"""The reading order drawn from the change tree: the same styles as the clean document."""

from __future__ import annotations

from assembler.diff.changes import compare
from assembler.diff.words import Seg
from assembler.flow.blocks import Role, RPara
from assembler.flow.redline import redline
from assembler.model.nodes import Lid, Section
from assembler.render.text import render_text
from tests.diff.models import art, document, renumber, t


def test_a_deleted_closing_sentence_of_an_unnumbered_lid_keeps_the_clean_style() -> None:
    with_slot = art("a", "1", "Begrippen", Lid("a.1", "", t("Onder:"), (), t("Dit geldt ook.")))
    without = art("a", "1", "Begrippen", Lid("a.1", "", t("Onder:")))
    flow = redline(
        compare(
            document(renumber([("h", "Een", [with_slot])])),
            document(renumber([("h", "Een", [without])])),
        )
    )
    deleted = [p for p in flow.parts["artikelen"] if isinstance(p, RPara) and p.mark == "-"]
    assert [(p.role, p.text) for p in deleted] == [
        (Role.LID_ZONDER_NUMMER, (Seg("-", "Dit geldt ook."),))
    ]


def test_the_text_reading_has_no_empty_artikelsgewijze_toelichting() -> None:
    doc = document(
        renumber([("h", "Een", [art("a", "1", "Begrippen", Lid("a.1", "", t("Tekst.")))])]),
        algemeen=(Section("alg", "Algemeen", (t("Waarom deze regeling."),)),),
    )
    text = render_text(doc)
    assert "Toelichting\n\nAlgemeen\nWaarom deze regeling." in text
    assert "Artikelsgewijze toelichting" not in text


def test_a_document_compared_with_itself_is_all_unchanged_blocks() -> None:
    doc = document(renumber([("h", "Een", [art("a", "1", "Begrippen", Lid("a.1", "", t("X.")))])]))
    flow = redline(compare(doc, doc))
    paras = [p for part in flow.parts.values() for p in part if isinstance(p, RPara)]
    assert paras and not any(p.changed for p in paras)
