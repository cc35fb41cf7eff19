"""What the document says and how it is styled, read back from the XML and by pandoc."""

from __future__ import annotations

import dataclasses
import io

import docx
import pytest

from assembler.model.nodes import Chapter, Document
from assembler.render.docx import render_docx, styles
from assembler.render.docx.writer import TemplateStyleError

from .oracles import pandoc_text
from .parts import NS, body_paragraphs, instructions, part, text_of
from .sample import SPECIAL


def style_of(data: bytes, text: str) -> list[str]:
    """Styles of the body paragraphs whose text is exactly ``text``."""
    return [style for style, shown in body_paragraphs(data) if shown == text]


def test_pandoc_reads_articles_numbers_references_and_special_text(docx_bytes: bytes) -> None:
    text = pandoc_text(docx_bytes)
    for expected in (
        "Artikel 1. Begripsbepalingen",
        "1. Er is een openbaar lichaam.",
        "2. Het heet",
        "a. algemeen bestuur",
        "b. deelnemers",
        "1° Dordrecht;",
        "het eerste lid",
        SPECIAL,
        "voor zover de colleges dat hebben overgedragen.",
        "Aldus vastgesteld",
        "Het college van Dordrecht,",
        "Artikelsgewijze toelichting",
        "Dit artikel bevat de begripsbepalingen.",
    ):
        assert expected in text
    assert "{{" not in text and "{%" not in text


def test_pandoc_reads_the_bijlage_table(docx_bytes: bytes) -> None:
    text = pandoc_text(docx_bytes)
    assert "Bijlage: Takenlijst" in text
    assert "Gemeente" in text and "Participatiewet" in text


def test_headings_leden_and_onderdelen_have_their_styles(docx_bytes: bytes) -> None:
    assert style_of(docx_bytes, "Hoofdstuk 1. Algemene bepalingen") == [
        styles.INHOUD_1,
        styles.HOOFDSTUK,  # the pre-filled TOC entry, then the heading
    ]
    assert style_of(docx_bytes, "Artikel 2. Openbaar lichaam") == [
        styles.INHOUD_2,
        styles.ARTIKELKOP,
    ]
    assert style_of(docx_bytes, "1.\tEr is een openbaar lichaam.") == [styles.LID]
    assert style_of(docx_bytes, "In deze regeling wordt verstaan onder:") == [
        styles.LID_ZONDER_NUMMER
    ]
    assert style_of(docx_bytes, "a.\tde Participatiewet;") == [styles.ONDERDEEL]
    assert style_of(docx_bytes, "2°\tZwijndrecht.") == [styles.SUBONDERDEEL]
    assert style_of(docx_bytes, "voor zover de colleges dat hebben overgedragen.") == [
        styles.LID_VERVOLG
    ]


def test_numbers_are_text_never_word_numbering(docx_bytes: bytes) -> None:
    document = part(docx_bytes, "word/document.xml")
    assert document.xpath("//w:numPr", namespaces=NS) == []
    assert (
        document.xpath("//w:p[w:pPr/w:pStyle/@w:val='Lid']/w:r[1]/w:t/text()", namespaces=NS)[0]
        == "1."
    )


def test_styles_have_dutch_names_and_outline_levels(docx_bytes: bytes) -> None:
    style_part = part(docx_bytes, "word/styles.xml")

    def name(style_id: str) -> str:
        return str(
            style_part.xpath(
                f"string(w:style[@w:styleId='{style_id}']/w:name/@w:val)", namespaces=NS
            )
        )

    def level(style_id: str) -> str:
        return str(
            style_part.xpath(
                f"string(w:style[@w:styleId='{style_id}']/w:pPr/w:outlineLvl/@w:val)", namespaces=NS
            )
        )

    assert [
        name(s)
        for s in (
            styles.HOOFDSTUK,
            styles.ARTIKELKOP,
            styles.LID,
            styles.LID_ZONDER_NUMMER,
            styles.ONDERDEEL,
            styles.TOELICHTING_KOP,
        )
    ] == ["Hoofdstuk", "Artikelkop", "Lid", "Lid zonder nummer", "Onderdeel", "Toelichting kop"]
    assert (level(styles.HOOFDSTUK), level(styles.ARTIKELKOP)) == ("0", "1")
    assert level(styles.KOP_INHOUDSOPGAVE) == ""  # the TOC heading does not list itself


def test_the_table_of_contents_is_a_toc_field(docx_bytes: bytes) -> None:
    assert 'TOC \\o "1-2" \\h \\z \\u' in instructions(part(docx_bytes, "word/document.xml"))


def test_header_shows_title_version_and_dutch_date(docx_bytes: bytes) -> None:
    header = text_of(part(docx_bytes, "word/header1.xml"))
    assert header == "Gemeenschappelijke Regeling Sociaal\tConcepttekst \u2014 10 mei 2021"


def test_footer_counts_pages_with_fields(docx_bytes: bytes) -> None:
    footer = part(docx_bytes, "word/footer1.xml")
    assert instructions(footer) == ["PAGE", "NUMPAGES"]
    assert text_of(footer) == "Pagina 1 van 1"  # cached results, until a reader updates them


def watermarks(data: bytes) -> list[str]:
    header = part(data, "word/header1.xml")
    return [str(s) for s in header.xpath("//v:shape/v:textpath/@string", namespaces=NS)]


def test_a_concept_has_a_watermark(docx_bytes: bytes) -> None:
    assert watermarks(docx_bytes) == ["CONCEPT"]


def test_a_final_version_has_no_watermark(final_docx_bytes: bytes) -> None:
    assert watermarks(final_docx_bytes) == []
    assert "Definitieve tekst" in text_of(part(final_docx_bytes, "word/header1.xml"))


def test_table_rows_keep_their_ids_as_bookmarks(docx_bytes: bytes) -> None:
    document = part(docx_bytes, "word/document.xml")
    table = document.xpath("//w:tbl", namespaces=NS)[0]
    assert table.xpath("w:tr[1]/w:trPr/w:tblHeader", namespaces=NS)
    assert table.xpath(".//w:bookmarkStart/@w:name", namespaces=NS) == [
        "_rij_dordrecht",
        "_rij_zwijndrecht",
    ]
    ids = document.xpath("//w:bookmarkStart/@w:id", namespaces=NS)
    assert len(ids) == len(set(ids))


def test_a_document_without_chapters_prints_no_chapter_heading(document: Document) -> None:
    articles = tuple(a for c in document.chapters for a in c.articles)
    flat = dataclasses.replace(
        document, chapters=(Chapter(id="geen", number="", title="", articles=articles),)
    )
    data = render_docx(flat)
    assert styles.HOOFDSTUK not in {style for style, _ in body_paragraphs(data)}
    assert "Hoofdstuk" not in pandoc_text(data)
    assert "Artikel 4. Citeertitel" in pandoc_text(data)


def test_template_syntax_in_the_text_is_printed_literally(document: Document) -> None:
    chapter = document.chapters[0]
    odd = "{{ titel }} {% if x %} {_{ }_} {#p c #}"
    renamed = dataclasses.replace(chapter, title=odd)
    data = render_docx(dataclasses.replace(document, chapters=(renamed, *document.chapters[1:])))
    assert style_of(data, f"Hoofdstuk 1. {odd}") == [styles.INHOUD_1, styles.HOOFDSTUK]


def test_a_template_without_the_house_styles_is_refused(document: Document) -> None:
    plain = io.BytesIO()
    docx.Document().save(plain)
    with pytest.raises(TemplateStyleError, match="Artikelkop"):
        render_docx(document, template=plain.getvalue())


def test_the_table_of_contents_entries_match_what_the_body_writes() -> None:
    """The contents are computed from the model: they must list the headings the body has,
    i.e. the blocks whose style has outline level 1 or 2."""
    from pathlib import Path

    from assembler import pipeline
    from assembler.flow.blocks import Role, RPara
    from assembler.flow.document import document_parts
    from assembler.render.docx import body
    from assembler.source.tree import WorkTree

    levels = {
        Role.HOOFDSTUK: 1,
        Role.ARTIKELKOP: 2,
        Role.BIJLAGEKOP: 1,
        Role.TOELICHTING_KOP: 1,
        Role.TOELICHTING_PARAGRAAF: 2,
    }
    root = Path(__file__).resolve().parents[2]
    for doc in pipeline.assemble(pipeline.read(WorkTree(root))):
        parts = document_parts(doc)
        headings = [
            (levels[item.role], "".join(s.text for s in item.text))
            for slot in ("artikelen", "bijlagen", "toelichting")
            for item in parts[slot]
            if isinstance(item, RPara) and item.role in levels
        ]
        assert headings and headings == body.toc_entries(doc), doc.id
