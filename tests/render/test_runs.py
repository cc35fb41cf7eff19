"""Runs and paragraphs: escaping and shapes, checked by parsing the XML they produce."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st
from lxml import etree  # type: ignore[import-untyped, unused-ignore]

from assembler.flow.document import article_items
from assembler.model.dates import dutch_date
from assembler.model.nodes import Article, Lid, Onderdeel, Ref, Text
from assembler.render.docx import paragraphs, styles
from assembler.render.docx.blocks import BlockWriter
from assembler.render.docx.runs import run

from .parts import NS, text_of

W = NS["w"]


def parse(fragment: str) -> etree._Element:
    return etree.fromstring(f'<w:body xmlns:w="{W}">{fragment}</w:body>')


@given(st.text())
def test_any_text_survives_a_run(text: str) -> None:
    parsed = parse(run(text))
    # XML cannot carry control characters; tabs and line ends become w:tab / w:br.
    lines = text.replace("\r\n", "\n").replace("\r", "\n")
    expected = "".join(c for c in lines if c in "\t\n" or (c >= " " and c not in "\ufffe\uffff"))
    assert text_of(parsed) == expected.replace("\n", "").replace("\u00a0", " ")
    assert len(parsed.xpath("//w:br", namespaces=NS)) == lines.count("\n")


def test_special_characters_are_escaped() -> None:
    xml = run('A & B <c> "d" {{x}}')
    assert "&amp;" in xml and "&lt;c&gt;" in xml and "&quot;d&quot;" in xml
    assert "{" not in xml
    assert text_of(parse(xml)) == 'A & B <c> "d" {{x}}'


def test_a_deleted_run_uses_deltext() -> None:
    assert parse(run("weg", deleted=True)).xpath("//w:delText/text()", namespaces=NS) == ["weg"]


def test_a_lid_is_number_tab_text_then_its_onderdelen() -> None:
    lid = Lid(
        id="l",
        number="2.",
        content=(Text("Zie "), Ref(target="x", text="artikel 7"), Text(":")),
        onderdelen=(Onderdeel(id="o", number="a.", content=(Text("iets."),)),),
    )
    article = Article(id="a", number="3", title="Iets", leden=(lid,))
    body = parse(BlockWriter().items(article_items(article)))
    shown = [(p.xpath("string(w:pPr/w:pStyle/@w:val)", namespaces=NS), text_of(p)) for p in body]
    assert shown == [
        (styles.ARTIKELKOP, "Artikel 3. Iets"),
        (styles.LID, "2.\tZie artikel 7:"),
        (styles.ONDERDEEL, "a.\tiets."),
    ]
    # The number and its tab: the tab a run of its own; the reference a run of its own.
    lid_p = body[1]
    assert [r.xpath("string(.)", namespaces=NS) for r in lid_p.xpath("w:r", namespaces=NS)] == [
        "2.",
        "",
        "Zie ",
        "artikel\u00a07",
        ":",  # "artikel 7" does not break over two lines
    ]
    assert lid_p.xpath("w:r[2]/w:tab", namespaces=NS)
    # The article heading carries the bookmark of its id.
    assert body[0].xpath("w:bookmarkStart/@w:name", namespaces=NS) == ["_a"]


def test_a_paragraph_mark_can_carry_a_revision() -> None:
    mark = '<w:ins w:id="1" w:author="a" w:date="2021-05-10T00:00:00Z"/>'
    body = parse(paragraphs.paragraph(styles.LID, run("x"), mark=mark))
    assert body.xpath("w:p/w:pPr/w:rPr/w:ins", namespaces=NS)


def test_dates_are_written_the_dutch_way() -> None:
    assert dutch_date(date(2021, 5, 10)) == "10 mei 2021"
    assert dutch_date(date(2022, 1, 1)) == "1 januari 2022"
    assert dutch_date(date(2021, 12, 2)) == "2 december 2021"
