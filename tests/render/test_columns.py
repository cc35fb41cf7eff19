"""Table layout from content: column widths, amounts, landscape sections (columns.py,
sections.py, and how blocks.py and tables.py write them)."""

from __future__ import annotations

import dataclasses

import pytest

from assembler.diff.words import Seg
from assembler.flow.blocks import Role, RPara, RRow, RTable
from assembler.model.nodes import Section, Table
from assembler.render.docx import columns, render_docx
from assembler.render.docx.blocks import landscape_runs, separated, table_layout
from assembler.render.docx.columns import LANDSCAPE_WIDTH, TEXT_WIDTH, layout

from .parts import NS, part
from .sample import regeling, t
from .xsd import validate_docx

REGISTER_HEADER = (
    "Artikel",
    "Bevoegdheid",
    "Soort",
    "Van",
    "Aan",
    "Ondermandaat",
    "Uitgezonderd",
    "Geldt voor",
)
REGISTER_ROW = (
    "7, eerste lid, onderdeel a",
    "Ondersteunen bij arbeidsinschakeling en aanbieden van voorzieningen gericht op "
    "arbeidsinschakeling, met uitzondering van voorzieningen die het college zelf inkoopt",
    "delegatie",
    "college",
    "dagelijks bestuur",
    "ja",
    "-",
    "plustaak Schuldhulpverlening: Dordrecht, Zwijndrecht",
)


def longest_word(texts: list[str], bold: bool = False, size: int = columns.STYLE_SIZE) -> int:
    return max(columns.text_width(w, bold, size) for text in texts for w in text.split(" ") if w)


# -- measuring ---------------------------------------------------------------------------


def test_text_width_follows_the_glyphs_of_arial() -> None:
    assert columns.text_width("iiii") < columns.text_width("mmmm")
    assert columns.text_width("Bevoegdheid") < columns.text_width("Bevoegdheid", bold=True)
    # 10 pt: an "m" is 833/1000 em of 200 twips.
    assert columns.text_width("m") == 166
    assert columns.text_width("m", size=16) == 133
    # An accented letter measures as its base letter; an unknown one as a wide letter.
    assert columns.text_width("beëindigen") == columns.text_width("beeindigen")
    assert columns.text_width("\u4e00") == columns.UNKNOWN * 200 // 1000


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("2.157.584,16", True),
        ("€ 110,00", True),
        ("€\u00a0110,00", True),
        ("-42.530,60", True),
        ("+356.147,30", True),
        ("0,00", True),
        ("20.126", True),
        ("648", False),  # a number, not an amount: its column is right-aligned only with others
        ("17", False),
        ("-", False),
        ("1-6", False),
        ("78,50 per uur", False),
        ("2.3.10 en 2.4.1", False),
    ],
)
def test_amounts_are_recognised(text: str, amount: bool) -> None:
    assert columns.is_amount(text) is amount


def test_a_column_is_right_aligned_when_it_holds_amounts_only() -> None:
    assert columns.amount_column(["20.126", "648", ""])
    assert not columns.amount_column(["17", "33"])  # article numbers stay left
    assert not columns.amount_column(["890.768,03", "zie hierna"])
    assert not columns.amount_column(["", ""])


# -- distributing ------------------------------------------------------------------------


def test_distribute_gives_each_column_its_minimum_and_the_rest_by_what_it_wants() -> None:
    widths = columns.distribute([1000, 1000], [1000, 9000], 6000)
    assert widths == (1000, 5000)
    widths = columns.distribute([1000, 2000, 1000], [3000, 6000, 1000], 7000)
    assert sum(widths) == 7000 and widths[2] == 1000 and widths[1] > widths[0] > 1000


def test_distribute_scales_natural_widths_when_everything_fits_on_one_line() -> None:
    assert columns.distribute([500, 500], [1000, 3000], 8000) == (2000, 6000)


def test_distribute_shrinks_in_proportion_when_even_the_minima_do_not_fit() -> None:
    assert columns.distribute([6000, 3000], [6000, 3000], 6000) == (4000, 2000)


# -- laying out --------------------------------------------------------------------------


def test_a_narrow_soort_and_a_wide_bevoegdheid() -> None:
    shape = layout(("Soort", "Bevoegdheid"), [("delegatie", REGISTER_ROW[1]), ("mandaat", "Kort")])
    assert shape.width == TEXT_WIDTH and not shape.landscape
    soort, bevoegdheid = shape.widths
    assert soort < 2000 < 6000 < bevoegdheid
    assert soort >= columns.text_width("delegatie") + 2 * columns.STYLE_MARGIN


def test_every_unbreakable_word_fits_its_column() -> None:
    rows = [
        REGISTER_ROW,
        (
            "18a",
            "Opleggen van een bestuurlijke boete",
            "mandaat",
            "voorzitter",
            "directeur",
            "nee",
            "bezwaar, boete",
            "alle deelnemers",
        ),
    ]
    shape = layout(REGISTER_HEADER, rows)
    for index, width in enumerate(shape.widths):
        body = [r[index] for r in rows]
        room = width - 2 * shape.margin
        assert room >= longest_word(body, size=shape.size), REGISTER_HEADER[index]
        assert room >= longest_word([REGISTER_HEADER[index]], bold=True, size=shape.size)


def test_the_register_does_not_fit_portrait_and_goes_landscape() -> None:
    shape = layout(REGISTER_HEADER, [REGISTER_ROW])
    assert shape.landscape and shape.width == LANDSCAPE_WIDTH
    assert shape.size == columns.STYLE_SIZE and shape.margin == columns.STYLE_MARGIN


def test_many_columns_of_amounts_get_a_smaller_font() -> None:
    header = (
        "Deelnemer",
        "Inkomensondersteuning",
        "Minimabeleid",
        "Re-integratie",
        "Bestuur en bedrijfsvoering",
        "Schuldhulpverlening",
        "Beschermingsbewind",
        "Huishoudelijke hulp",
        "Totaal",
    )
    row = ("Hardinxveld-Giessendam", *["18.738.315,53"] * 8)
    shape = layout(header, [row])
    assert shape.landscape and shape.size < columns.STYLE_SIZE
    assert shape.amounts == (False, *[True] * 8)
    for index, width in enumerate(shape.widths):
        room = width - 2 * shape.margin
        assert room >= longest_word([header[index]], bold=True, size=shape.size)
        assert room >= longest_word([row[index]], size=shape.size)


def test_a_non_breaking_space_keeps_its_words_together() -> None:
    apart, together = layout(("A",), [("€ 100.000",)]), layout(("A",), [("€\u00a0100.000",)])
    narrow = layout(("A", "B"), [("€ 100.000", "x " * 2000)])
    held = layout(("A", "B"), [("€\u00a0100.000", "x " * 2000)])
    assert apart.widths == together.widths == (TEXT_WIDTH,)
    assert held.widths[0] > narrow.widths[0]


# -- redline cells -----------------------------------------------------------------------


def test_a_replaced_amount_is_two_words() -> None:
    cell = (Seg("-", "1.401.112,95"), Seg("+", "1.484.854,00"))
    assert separated(cell) == (Seg("-", "1.401.112,95 "), Seg("+", "1.484.854,00"))
    # Already apart, or not a replacement: unchanged.
    assert separated((Seg("-", "oud "), Seg("+", "nieuw"))) == (Seg("-", "oud "), Seg("+", "nieuw"))
    assert separated((Seg("=", "a"), Seg("+", "b"))) == (Seg("=", "a"), Seg("+", "b"))


def test_a_redline_column_of_changed_amounts_is_right_aligned_and_sized_by_one_amount() -> None:
    changed = RRow(
        "r1", ((Seg("=", "Dordrecht"),), (Seg("-", "1.401.112,95"), Seg("+", "1.484.854,00")))
    )
    same = RRow("r2", ((Seg("=", "Sliedrecht"),), (Seg("=", "819.812,00"),)))
    shape = table_layout(
        RTable("t", ((Seg("=", "Deelnemer"),), (Seg("=", "Totaal"),)), (changed, same))
    )
    assert shape.amounts == (False, True)


# -- landscape parts ---------------------------------------------------------------------


def para(role: Role, text: str = "x") -> RPara:
    return RPara(role, (Seg("=", text),))


def table() -> RTable:
    return RTable("t", ((Seg("=", "Kop"),),), ())


def test_a_landscape_part_reaches_back_to_its_annex_heading_and_over_its_tables() -> None:
    items = [
        para(Role.LID),
        para(Role.BIJLAGEKOP),
        para(Role.NORMAL),
        para(Role.TABELTITEL),
        table(),  # 4: wide
        para(Role.TABELTITEL),
        table(),  # 6: wide
        para(Role.BIJLAGEKOP),
        para(Role.TABELTITEL),
        table(),  # 9: narrow
    ]
    assert landscape_runs(items, {4, 6}) == ({1}, {6})


def test_without_an_annex_heading_only_the_title_goes_with_the_table() -> None:
    items = [para(Role.LID), para(Role.NORMAL), para(Role.TABELTITEL), table(), para(Role.LID)]
    assert landscape_runs(items, {3}) == ({2}, {3})


def test_landscape_parts_that_touch_are_one() -> None:
    items = [para(Role.BIJLAGEKOP), table(), para(Role.BIJLAGEKOP), para(Role.NORMAL), table()]
    assert landscape_runs(items, {1, 4}) == ({0}, {4})


# -- the Word document -------------------------------------------------------------------


def with_table(table_node: Table, after: bool = True) -> bytes:
    """The sample regeling with an annex holding ``table_node``: before the other annex and
    the toelichting, or (``after=False``) as the very last thing of the document."""
    doc = regeling()
    bijlage = Section(id="register", title="Register", blocks=(t("Het register."), table_node))
    if after:
        return render_docx(dataclasses.replace(doc, bijlagen=(bijlage, *doc.bijlagen)))
    chapters = tuple(
        dataclasses.replace(
            c, articles=tuple(dataclasses.replace(a, toelichting=()) for a in c.articles)
        )
        for c in doc.chapters
    )
    return render_docx(
        dataclasses.replace(doc, chapters=chapters, bijlagen=(bijlage,), toelichting_algemeen=())
    )


REGISTER = Table(
    id="register-pw",
    title="Participatiewet",
    header=REGISTER_HEADER,
    rows=(("r1", REGISTER_ROW), ("r2", ("8", "Verlenen van bijstand", *REGISTER_ROW[2:]))),
)


def sections_of(data: bytes) -> list[tuple[str | None, list[str]]]:
    """(orientation, header and footer references) of every section, in order."""
    document = part(data, "word/document.xml")
    out = []
    for section in document.xpath("//w:sectPr", namespaces=NS):
        size = section.find("w:pgSz", NS)
        orient = size.get(f"{{{NS['w']}}}orient") if size is not None else None
        refs = section.xpath("w:headerReference/@r:id | w:footerReference/@r:id", namespaces=NS_R)
        out.append((orient, [str(r) for r in refs]))
    return out


NS_R = {**NS, "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}


def test_a_wide_table_is_a_landscape_section_with_the_templates_header_and_footer() -> None:
    data = with_table(REGISTER)
    assert validate_docx(data) == []
    found = sections_of(data)
    assert [orient for orient, _ in found] == [None, "landscape", None]
    assert all(refs == found[-1][1] and len(refs) == 2 for _, refs in found)
    document = part(data, "word/document.xml")
    landscape = document.xpath("//w:p/w:pPr/w:sectPr[w:pgSz/@w:orient='landscape']", namespaces=NS)[
        0
    ]
    size = landscape.find("w:pgSz", NS)
    assert (size.get(f"{{{NS['w']}}}w"), size.get(f"{{{NS['w']}}}h")) == ("16838", "11906")
    # The annex heading is on the landscape pages: the portrait part ends just before it.
    portrait_end = document.xpath("//w:p[w:pPr/w:sectPr][1]", namespaces=NS)[0]
    following = portrait_end.getnext()
    assert following.xpath("string(w:pPr/w:pStyle/@w:val)", namespaces=NS) == "Bijlagekop"


def test_a_wide_table_at_the_very_end_turns_the_last_section() -> None:
    data = with_table(REGISTER, after=False)
    assert validate_docx(data) == []
    found = sections_of(data)
    assert [orient for orient, _ in found] == [None, "landscape"]


def test_table_xml_has_fixed_widths_repeated_header_unsplit_rows_and_amounts_right() -> None:
    amounts = Table(
        id="bijdragen",
        title="Bijdragen",
        header=("Deelnemer", "Bijdrage (€)"),
        rows=(("d", ("Dordrecht", "18.738.315,53")), ("z", ("Zwijndrecht", "6.763.703,36"))),
    )
    document = part(with_table(amounts), "word/document.xml")
    table_el = document.xpath("//w:tbl[.//w:t='Dordrecht']", namespaces=NS)[0]
    assert table_el.xpath("w:tblPr/w:tblLayout/@w:type", namespaces=NS) == ["fixed"]
    grid = [int(w) for w in table_el.xpath("w:tblGrid/w:gridCol/@w:w", namespaces=NS)]
    assert sum(grid) == TEXT_WIDTH and grid[0] != grid[1]
    cells = [int(w) for w in table_el.xpath("w:tr[2]/w:tc/w:tcPr/w:tcW/@w:w", namespaces=NS)]
    assert cells == grid
    assert table_el.xpath("w:tr[1]/w:trPr/w:tblHeader", namespaces=NS)
    assert len(table_el.xpath("w:tr/w:trPr/w:cantSplit", namespaces=NS)) == 2
    right = table_el.xpath("w:tr/w:tc[2]/w:p/w:pPr/w:jc/@w:val", namespaces=NS)
    assert right == ["right", "right", "right"]  # the header of the column too
    assert not table_el.xpath("w:tr/w:tc[1]/w:p/w:pPr/w:jc", namespaces=NS)
    assert not document.xpath("//w:sectPr[w:pgSz/@w:orient='landscape']", namespaces=NS)


def test_the_letters_tables_use_the_same_columns() -> None:
    from assembler.render.docx.bookmarks import Bookmarks
    from assembler.render.docx.tables import table as letter_table

    xml = letter_table(REGISTER, Bookmarks())
    shape = layout(REGISTER.header, [cells for _, cells in REGISTER.rows])
    assert "".join(f'<w:gridCol w:w="{w}"/>' for w in shape.widths) in xml
    assert xml.count('w:orient="landscape"') == 1 and xml.count('w:orient="portrait"') == 1
