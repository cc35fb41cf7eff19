"""Instructions on the bijlagen, proved like those on the body: the instrument is written as
Word, read back by pandoc, and the oracle applies ARTIKEL I, with the annexes the instrument
carries, to the annexes in force."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from assembler.amend.consolidated import body_lines
from assembler.amend.instrument import instrument
from assembler.model.nodes import Document, Section, Table, Text
from assembler.render.docx.instrument import render_instrument
from tests.amend import oracle
from tests.amend.models import regeling
from tests.amend.test_instructions import BASE
from tests.amend.test_instrument import (
    PARTIES,
    VERSION,
    annex_text,
    article_i,
    carried_annexes,
)

pytestmark = pytest.mark.skipif(
    shutil.which("pandoc") is None, reason="pandoc is niet geïnstalleerd"
)


def _annex(ident: str, title: str, powers: tuple[str, ...]) -> Section:
    rows = tuple((f"{ident}.{k}", (str(k), power, "directeur")) for k, power in enumerate(powers))
    return Section(
        ident,
        title,
        (
            (Text(f"Deze bijlage hoort bij artikel 2 en vermeldt de {title.lower()}."),),
            Table(f"{ident}.tabel", ("Artikel", "Bevoegdheid", "Aan"), rows),
        ),
    )


MANDATES = _annex("mandaten", "Mandaten", ("beslissen op aanvragen", "terugvorderen"))
VOLMACHTEN = _annex("volmachten", "Volmachten", ("aangaan van verplichtingen",))
MACHTIGINGEN = _annex("machtigingen", "Machtigingen", ("procederen",))
CHANGED = _annex("mandaten", "Mandaten", ("beslissen op aanvragen", "terugvorderen", "boeten"))
REGISTER = _annex("register", "Register", ("alle bevoegdheden",))


def _with(annexes: tuple[Section, ...]) -> Document:
    return replace(regeling(BASE), bijlagen=annexes)


def _proved(old: Document, new: Document, tmp: Path) -> list[str]:
    made = instrument(old, new, {}, PARTIES, VERSION)
    docx = render_instrument(made)
    body, annexes = oracle.apply_all(
        body_lines(old), annex_text(old), article_i(docx, tmp), carried_annexes(docx, tmp)
    )
    assert (body, annexes) == (body_lines(new), annex_text(new))
    return [line.text for line in made.lines if line.style.value == "sentence"]


@pytest.mark.parametrize(
    ("old", "new", "sentences"),
    [
        ((MANDATES,), (CHANGED,), ["De bijlage wordt vervangen door de bijlage bij dit besluit."]),
        (
            (MANDATES, VOLMACHTEN, MACHTIGINGEN),
            (CHANGED, VOLMACHTEN, MACHTIGINGEN),
            ["Bijlage 1 wordt vervangen door de bijlage bij dit besluit."],
        ),
        (
            (MANDATES, VOLMACHTEN, MACHTIGINGEN),
            (MANDATES, MACHTIGINGEN),
            ["Bijlage 2 vervalt, onder vernummering van bijlage 3 tot bijlage 2."],
        ),
        (
            (MANDATES, MACHTIGINGEN),
            (MANDATES, VOLMACHTEN, MACHTIGINGEN),
            [
                "Onder vernummering van bijlage 2 tot bijlage 3 wordt na bijlage 1 een bijlage"
                " ingevoegd, die luidt als de bijlage bij dit besluit."
            ],
        ),
        (
            (MANDATES, VOLMACHTEN),
            (CHANGED, VOLMACHTEN, REGISTER),
            [
                "Bijlage 1 wordt vervangen door bijlage 1 bij dit besluit.",
                "Er wordt een bijlage toegevoegd, die luidt als bijlage 2 bij dit besluit.",
            ],
        ),
        (
            (),
            (REGISTER,),
            ["Er wordt een bijlage toegevoegd, die luidt als de bijlage bij dit besluit."],
        ),
        # From one annex to several: every annex is replaced, none has to be renamed.
        (
            (MANDATES,),
            (MANDATES, REGISTER),
            ["De bijlage wordt vervangen door de bijlagen bij dit besluit."],
        ),
        (
            (MANDATES, VOLMACHTEN),
            (VOLMACHTEN,),
            ["De bijlagen worden vervangen door de bijlage bij dit besluit."],
        ),
        ((MANDATES, VOLMACHTEN), (), ["De bijlagen vervallen."]),
        ((MANDATES,), (), ["De bijlage vervalt."]),
        # Reordered: replaced as a whole.
        (
            (MANDATES, VOLMACHTEN),
            (VOLMACHTEN, MANDATES),
            ["De bijlagen worden vervangen door de bijlagen bij dit besluit."],
        ),
    ],
)
def test_annex_instructions_apply(
    old: tuple[Section, ...], new: tuple[Section, ...], sentences: list[str], tmp_path: Path
) -> None:
    assert _proved(_with(old), _with(new), tmp_path) == sentences


def test_unchanged_annexes_get_no_instruction(tmp_path: Path) -> None:
    doc = _with((MANDATES, VOLMACHTEN))
    assert instrument(doc, doc, {}, PARTIES, VERSION).instructions == ()
