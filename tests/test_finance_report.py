"""The money of a round in the overview's section and in the letter's part "Uw bijdrage"."""

from __future__ import annotations

from assembler.finance_report import UNCHANGED, letter_part, overview_section
from assembler.model.finance_changes import compare_contributions
from assembler.model.nodes import Table, Text
from tests.model.test_finance_changes import contributions


def test_unchanged_money_is_one_sentence() -> None:
    same = contributions({"inkomen": {"adam": "1.00", "bdorp": "2.00"}})
    changes = compare_contributions(same, same)
    assert changes is not None
    assert overview_section(changes).blocks == ((Text(UNCHANGED),),)
    part = letter_part(changes, "adam", "Concepttekst")
    assert part is not None and part.table is None
    assert part.paragraphs == ("Uw voorlopige bijdrage over 2022 is niet gewijzigd: € 1,00.",)


def test_the_section_has_the_totals_and_only_the_changed_tasks() -> None:
    old = contributions(
        {"inkomen": {"adam": "10.00", "bdorp": "20.00"}, "bewind": {"adam": "3.00"}}
    )
    new = contributions(
        {"inkomen": {"adam": "12.50", "bdorp": "20.00"}, "bewind": {"adam": "3.00"}},
        deelnemers=("adam", "bdorp", "cstad"),
    )
    changes = compare_contributions(old, new)
    assert changes is not None
    section = overview_section(changes)
    tables = [b for b in section.blocks if isinstance(b, Table)]
    assert [t.title for t in tables] == ["Bijdrage per deelnemer", "Taak: Inkomen"]
    assert [cells for _, cells in tables[0].rows] == [
        ("Adam", "13,00", "15,50", "+2,50"),
        ("Bdorp", "20,00", "20,00", "0,00"),
        ("Cstad (nieuwe deelnemer)", "-", "0,00", "0,00"),
        ("Totaal", "33,00", "35,50", "+2,50"),
    ]
    assert [cells for _, cells in tables[1].rows] == [
        ("Adam", "10,00", "12,50", "+2,50"),
        ("Budget van de taak", "30,00", "32,50", "+2,50"),
    ]
    assert section.blocks[-1] == (Text("Ongewijzigde taken: Bewind."),)


def test_the_letter_part_of_a_new_and_of_a_vanished_deelnemer() -> None:
    old = contributions({"inkomen": {"adam": "10.00", "bdorp": "20.00"}})
    new = contributions(
        {"inkomen": {"adam": "5.00", "cstad": "25.00"}}, deelnemers=("adam", "cstad")
    )
    changes = compare_contributions(old, new)
    assert changes is not None
    joined = letter_part(changes, "cstad", "Concepttekst")
    assert joined is not None
    assert joined.paragraphs == (
        "U neemt nieuw deel; uw voorlopige bijdrage over 2022 is € 25,00.",
    )
    left = letter_part(changes, "bdorp", "Concepttekst")
    assert left is not None and left.table is not None
    assert left.paragraphs == (
        "U draagt niet meer bij; bij de Concepttekst was uw bijdrage € 20,00.",
    )
    assert left.table.rows[-1][1] == ("Totaal", "20,00", "-", "-20,00")
    adam = letter_part(changes, "adam", "Concepttekst")
    assert adam is not None
    assert adam.paragraphs[0].endswith("Dat is € 5,00 minder.")
    assert letter_part(changes, "onbekend", "Concepttekst") is None
