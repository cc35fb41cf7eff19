"""The wijzigingsbesluit as Word: read back by pandoc (an independent reader, paragraph styles
included), its instructions parsed and applied by the oracle to the text in force."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assembler.amend.consolidated import body_lines
from assembler.amend.instrument import Form, Instrument, Parties, instrument
from assembler.model.nodes import Document, Signature, Table, Version
from assembler.render.docx.instrument import render_instrument
from tests.amend import oracle
from tests.amend.models import regeling
from tests.amend.test_instructions import BASE, _copy, _frozen, random_versions

pytestmark = pytest.mark.skipif(
    shutil.which("pandoc") is None, reason="pandoc is niet geïnstalleerd"
)

PARTIES = Parties(
    "de colleges van burgemeester en wethouders van Alblasserdam en Dordrecht",
    "artikel 1, eerste, vierde en vijfde lid, van de Wet gemeenschappelijke regelingen",
    "artikel 42",
    dt.date(2022, 1, 1),
)
VERSION = Version("Ontwerp eerste wijziging", dt.date(2023, 5, 1), False, "Projectgroep")

# The paragraph styles (their names, as pandoc reports them) of the lines of ARTIKEL I.
STYLES = {
    "Opdrachtletter": "letter",
    "Opdracht": "sentence",
    "Opdrachtstap": "step",
    "Citaatkop": "quote",
    "Citaat": "quote",
    "Citaatlid": "quote",
    "Citaatonderdeel": "quote",
    "Citaatsubonderdeel": "quote",
}


def _text(inlines: list[dict[str, Any]]) -> str:
    out = []
    for node in inlines:
        kind = node["t"]
        if kind == "Str":
            # The house style's no-break spaces ("artikel 7", "1 januari") are typography, not
            # text: the oracle reads them as spaces (tests/test_house_style.py checks them).
            out.append(node["c"].replace("\u00a0", " "))
        elif kind in ("Space", "SoftBreak", "LineBreak"):
            out.append(" ")
        elif kind in ("Emph", "Strong", "Span", "Underline"):
            out.append(_text(node["c"][-1] if kind == "Span" else node["c"]))
        else:
            raise AssertionError(f"onverwacht element {kind}")
    return "".join(out)


def paragraphs(docx: bytes, tmp: Path) -> list[tuple[str, str]]:
    """(style name, text) of every paragraph, as pandoc reads the .docx."""
    path = tmp / "besluit.docx"
    path.write_bytes(docx)
    result = subprocess.run(
        ["pandoc", "-f", "docx+styles", "-t", "json", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    out: list[tuple[str, str]] = []

    def walk(blocks: list[dict[str, Any]], style: str) -> None:
        for block in blocks:
            if block["t"] == "Div":
                attrs = dict(block["c"][0][2])
                walk(block["c"][1], attrs.get("custom-style", style))
            elif block["t"] in ("Para", "Plain"):
                out.append((style, _text(block["c"])))
            elif block["t"] == "Header":
                out.append(("kop", _text(block["c"][2])))

    walk(json.loads(result.stdout)["blocks"], "")
    return out


def _pandoc_blocks(docx: bytes, tmp: Path) -> list[dict[str, Any]]:
    path = tmp / "besluit-bijlagen.docx"
    path.write_bytes(docx)
    result = subprocess.run(
        ["pandoc", "-f", "docx+styles", "-t", "json", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    blocks: list[dict[str, Any]] = json.loads(result.stdout)["blocks"]
    return blocks


def _block_text(blocks: list[dict[str, Any]]) -> str:
    """The text of blocks, through the Divs that carry paragraph styles."""
    parts = []
    for block in blocks:
        if block["t"] in ("Para", "Plain"):
            parts.append(_text(block["c"]))
        elif block["t"] == "Div":
            parts.append(_block_text(block["c"][1]))
    return " ".join(parts)


def _cells(row: list[Any]) -> str:
    """One table row as the oracle compares it: its cells' text joined by " | "."""
    return " | ".join(_block_text(cell[4]) for cell in row[1])


def carried_annexes(docx: bytes, tmp: Path) -> list[list[str]]:
    """The annexes the instrument carries, as pandoc reads them: per annex (a paragraph in the
    style Bijlagekop, "Bijlage ... bij dit besluit: <titel>") its title, its paragraphs and its
    table rows, until the toelichting."""
    annexes: list[list[str]] = []
    labels: list[str] = []
    for block in _pandoc_blocks(docx, tmp):
        if block["t"] == "Div":
            style = dict(block["c"][0][2]).get("custom-style", "")
            text = _block_text(block["c"][1])
            if style == "Toelichting kop":
                break
            if style == "Bijlagekop":
                labels.append(text.partition(": ")[0])
                annexes.append([text.partition(": ")[2]])
            elif annexes:
                annexes[-1].append(text)
        elif block["t"] == "Table" and annexes:
            head, bodies = block["c"][3], block["c"][4]
            annexes[-1].extend(_cells(row) for row in head[1])
            for body in bodies:
                annexes[-1].extend(_cells(row) for row in body[3])
    # The instructions name them by these labels: the oracle takes them by position.
    if len(labels) == 1:
        assert labels == ["Bijlage bij dit besluit"]
    else:
        assert labels == [f"Bijlage {k} bij dit besluit" for k in range(1, len(labels) + 1)]
    return annexes


def annex_text(doc: Document) -> list[list[str]]:
    """The annexes of a version in the same lines, read from the model (not the generator)."""
    out = []
    for section in doc.bijlagen:
        lines = [section.title]
        for block in section.blocks:
            if isinstance(block, Table):
                lines.extend([block.title] if block.title else [])
                lines.append(" | ".join(block.header))
                lines.extend(" | ".join(cells) for _, cells in block.rows)
            else:
                lines.append("".join(node.text for node in block))
        out.append(lines)
    return out


def article_i(docx: bytes, tmp: Path) -> list[tuple[str, str]]:
    """The instructions of ARTIKEL I as the oracle takes them: (style, text) pairs."""
    paras = paragraphs(docx, tmp)
    texts = [text for _, text in paras]
    start, end = texts.index("ARTIKEL I") + 2, texts.index("ARTIKEL II")
    return [(STYLES[style], text) for style, text in paras[start:end]]


def _proved(old: Document, new: Document, tmp: Path, form: Form = Form.INSTRUCTIONS) -> Instrument:
    made = instrument(old, new, {}, PARTIES, VERSION, form=form)
    docx = render_instrument(made)
    assert oracle.apply(body_lines(old), article_i(docx, tmp)) == body_lines(new)
    return made


def _edited() -> tuple[Document, Document]:
    old = regeling(BASE)
    spec = _copy(list(BASE))
    articles = spec[1][2]
    articles.insert(
        1,
        [
            "stemmen",
            "Stemmen",
            (
                ("stemmen.1", "Elk lid heeft een stem.", ()),
                ("stemmen.2", "Besluiten worden genomen bij meerderheid van stemmen.", ()),
            ),
        ],
    )
    samenstelling = articles[0]
    samenstelling[2] = (
        ("samenstelling.1", "Het algemeen bestuur bestaat uit acht leden.", ()),
        samenstelling[2][2],
    )
    return old, regeling(_frozen(spec), old)


def test_the_instrument_reads_as_a_wijzigingsbesluit_and_its_instructions_apply(
    tmp_path: Path,
) -> None:
    old, new = _edited()
    made = instrument(
        old,
        new,
        {"stemmen": ("n.a.v. de evaluatie: de stemverhouding in de regeling zelf vastgelegd",)},
        PARTIES,
        VERSION,
        signatures=(
            Signature(
                "Het college van burgemeester en wethouders van Dordrecht,",
                ("de secretaris,", "de burgemeester,"),
            ),
        ),
    )
    docx = render_instrument(made)
    texts = [text for _, text in paragraphs(docx, tmp_path)]
    assert texts[0] == (
        "Besluit van de colleges van burgemeester en wethouders van Alblasserdam en Dordrecht"
        " tot wijziging van de Regeling"
    )
    assert (
        "gelet op artikel 1, eerste, vierde en vijfde lid, van de Wet gemeenschappelijke regelingen"
        " en artikel 42 van de Regeling;" in texts
    )
    body = texts[texts.index("ARTIKEL I") : texts.index("ARTIKEL II") + 2]
    assert body == [
        "ARTIKEL I",
        "De Regeling wordt als volgt gewijzigd:",
        "A",
        "Artikel 3 wordt als volgt gewijzigd:",
        "1. In het eerste lid wordt „zeven” vervangen door „acht”.",
        "2. Het tweede lid vervalt, onder vernummering van het derde lid tot tweede lid.",
        "B",
        "Na artikel 3 wordt een artikel ingevoegd, luidende:",
        "Artikel 3a. Stemmen",
        "1. Elk lid heeft een stem.",
        "2. Besluiten worden genomen bij meerderheid van stemmen.",
        "ARTIKEL II",
        "Dit besluit treedt in werking met ingang van de dag na die van de bekendmaking.",
    ]
    # The toelichting gives each instruction its reason; one without a recorded reason says so.
    toelichting = texts[texts.index("Artikelsgewijze toelichting") :]
    assert toelichting[toelichting.index("Onderdeel B (artikel 3a)") + 1] == (
        "n.a.v. de evaluatie: de stemverhouding in de regeling zelf vastgelegd"
    )
    assert toelichting[toelichting.index("Onderdeel A (artikel 3)") + 1] == (
        "Geen reden vastgelegd bij deze wijziging."
    )
    assert "Het college van burgemeester en wethouders van Dordrecht," in texts
    assert oracle.apply(body_lines(old), article_i(docx, tmp_path)) == body_lines(new)


def test_the_same_instrument_gives_the_same_bytes() -> None:
    old, new = _edited()
    assert render_instrument(instrument(old, new, {}, PARTIES, VERSION)) == render_instrument(
        instrument(old, new, {}, PARTIES, VERSION)
    )


def test_an_integral_restatement_gives_the_whole_new_text(tmp_path: Path) -> None:
    old, new = _edited()
    made = instrument(old, new, {}, PARTIES, VERSION, form=Form.INTEGRAL)
    docx = render_instrument(made)
    pairs = article_i(docx, tmp_path)
    assert pairs[0] == ("sentence", "De Regeling komt te luiden:")
    assert [text for _, text in pairs[1:]] == body_lines(new)
    assert 0 < made.changed_share < 0.4


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.integers(min_value=0, max_value=2**32), st.integers(min_value=1, max_value=6))
def test_random_edit_scripts_survive_word_and_pandoc(
    tmp_path_factory: pytest.TempPathFactory, seed: int, edits: int
) -> None:
    """The generator's lines are proved on 200 scripts in test_instructions; here the Word
    layout of them: every paragraph keeps its text and its kind through a real reader."""
    versions = random_versions(seed, edits)
    if versions is None:
        return
    old, new = versions
    _proved(old, new, tmp_path_factory.mktemp("besluit"))
