"""House style: names and titles as written, dates written out, "€" with amounts, no-break
spaces, Dutch plurals, room to sign, and compact overviews named after the rounds."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from assembler import labels, pipeline
from assembler.errors import SourceError
from assembler.model.assemble import assemble_all
from assembler.render.docx import render_docx
from assembler.render.docx.writer import house_style
from assembler.render.typography import NBSP, no_break
from assembler.source.tree import WorkTree
from tests.conftest import DEELNEMERS, REPO_ROOT, SLOT
from tests.render.oracles import pandoc_text
from tests.test_sample_history import compared


def _xml(data: bytes, name: str = "word/document.xml") -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name).decode("utf-8")


def _sample_gr() -> bytes:
    documents = assemble_all(pipeline.read(WorkTree(REPO_ROOT)))
    return render_docx(next(d for d in documents if d.file_stem == "gr-sociaal"))


def test_the_keys_annex_keeps_titles_writes_dates_out_and_puts_euro_with_amounts() -> None:
    text = " ".join(pandoc_text(_sample_gr()).split())
    assert "alleen de afnemers van de plustaak Huishoudelijke hulp Wmo 2015" in text
    assert "huishoudelijke hulp wmo 2015" not in text
    assert "Uren maal tarief (€ 78,50 per uur)" in text
    assert "Inwoners op 1 januari 2021" in text
    assert "Inwoners (1 januari 2021; CBS" in text
    assert not re.search(r"\b\d\d-\d\d-\d{4}\b", text)


def test_no_break_spaces_where_dutch_typography_wants_them() -> None:
    assert (
        no_break("artikel 7, tweede lid, onderdeel b")
        == f"artikel{NBSP}7, tweede lid, onderdeel{NBSP}b"
    )
    assert no_break("Artikel 9a vervalt") == f"Artikel{NBSP}9a vervalt"
    assert no_break("op 1 januari 2022 en 17 mei") == f"op 1{NBSP}januari 2022 en 17{NBSP}mei"
    assert no_break("een bedrag van € 110") == f"een bedrag van €{NBSP}110"
    assert no_break("in 2021 mei of juni; het lid dat") == "in 2021 mei of juni; het lid dat"


def test_the_word_document_keeps_words_together() -> None:
    xml = _xml(_sample_gr())
    assert f"artikel{NBSP}" in xml and f"1{NBSP}januari" in xml and f"€{NBSP}" in xml
    assert not re.search(r"\bartikel \d", xml)


NBSP_SLOT = SLOT.replace(
    "Deze regeling wordt aangehaald als:",
    f"Een bijdrage van €{NBSP}110 per jaar; Deze   regeling\n  wordt aangehaald als:",
)


def test_a_no_break_space_in_the_source_stays_one(make_repo: Callable[..., Path]) -> None:
    root = make_repo({"clausules/slot/slot.yaml": NBSP_SLOT})
    documents = assemble_all(pipeline.read(WorkTree(root)))
    regeling = next(d for d in documents if d.kind == "regeling")
    text = " ".join(
        c.text
        for a in regeling.articles
        for lid in a.leden
        for c in lid.content
        if hasattr(c, "text")
    )
    assert f"€{NBSP}110 per jaar; Deze regeling wordt aangehaald" in text  # other spaces collapse
    assert f"€{NBSP}110" in _xml(render_docx(regeling))


def test_the_ondertekening_leaves_room_to_sign() -> None:
    styles = _xml(house_style(), "word/styles.xml")
    line = re.search(r'w:styleId="Ondertekeningregel".*?w:after="(\d+)"', styles)
    assert line is not None and int(line.group(1)) >= 720  # half an inch under "de secretaris,"


def test_counts_take_the_singular_for_one() -> None:
    assert labels.count(1, "document", "documenten") == "1 document"
    assert labels.count(2, "document", "documenten") == "2 documenten"
    assert labels.count(0, "pakket", "pakketten") == "0 pakketten"


def test_the_overview_is_named_after_the_rounds_and_runs_on_without_page_breaks() -> None:
    result = compared("concept", "definitief")
    for name, title in (
        ("wijzigingsoverzicht.docx", "Wijzigingsoverzicht Concepttekst → Definitieve tekst"),
        ("transponeringstabel.docx", "Transponeringstabel Concepttekst → Definitieve tekst"),
    ):
        data = next(o.data for o in result.outputs if o.name == name)
        text = " ".join(pandoc_text(data).split())
        assert text.startswith(title)
        assert "Citeertitel: " not in text and "Inhoudsopgave" not in text  # no title page, no TOC
        xml = _xml(data)
        # One heading per document, in the chapter style (no page break), not as an annex.
        assert xml.count('w:val="Hoofdstuk"') == len(result.redlines) + (name.startswith("wijz"))
        assert 'w:val="Bijlagekop"' not in xml and "pageBreakBefore" not in xml


SIGNED = DEELNEMERS.replace(
    "    burgemeester: de burgemeester van Adam\n",
    "    burgemeester: de burgemeester van Adam\n"
    "    ondertekenaars:\n"
    "      secretaris: mr. A. Secretaris\n"
    "      burgemeester: drs. B. Burgemeester\n",
)


def test_the_ondertekening_names_the_signatories_where_the_data_has_them(
    make_repo: Callable[..., Path],
) -> None:
    root = make_repo({"deelnemers.yaml": SIGNED})
    documents = assemble_all(pipeline.read(WorkTree(root)))
    regeling = next(d for d in documents if d.kind == "regeling")
    adam, bdorp = regeling.signatures
    assert adam.lines == (
        "de secretaris,",
        "mr. A. Secretaris",
        "de burgemeester,",
        "drs. B. Burgemeester",
    )
    assert bdorp.lines == ("de secretaris,", "de burgemeester,")  # no names in the data
    text = " ".join(pandoc_text(render_docx(regeling)).split())
    assert "de secretaris, mr. A. Secretaris de burgemeester, drs. B. Burgemeester" in text


def test_an_unknown_office_among_the_signatories_is_reported(
    make_repo: Callable[..., Path],
) -> None:
    root = make_repo({"deelnemers.yaml": SIGNED.replace("secretaris: mr.", "wethouder: mr.")})
    with pytest.raises(SourceError) as caught:
        pipeline.read(WorkTree(root))
    assert "deelnemers.yaml:10:7" in str(caught.value)
    assert "onbekende sleutel 'wethouder' in 'ondertekenaars'" in str(caught.value)
