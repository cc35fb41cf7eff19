"""Word differences: amounts, dates and references are whole tokens."""

from __future__ import annotations

from assembler.diff.words import Op, Seg, content_diff, segs_of, tokens, word_diff
from assembler.model.nodes import Ref, Text


def test_an_amount_is_one_token_so_it_changes_whole() -> None:
    assert tokens("€ 9.120.000,00 per jaar") == ["€", " ", "9.120.000,00", " ", "per", " ", "jaar"]
    segs = word_diff("een budget van 9.120.000,00 euro", "een budget van 9.380.000,00 euro")
    assert Seg("-", "9.120.000,00") in segs and Seg("+", "9.380.000,00") in segs


def test_a_date_is_one_token() -> None:
    assert "1 januari 2022" in tokens("met ingang van 1 januari 2022 in werking")
    assert "01-01-2021" in tokens("datum 01-01-2021.")
    segs = word_diff("op 1 januari 2022 in", "op 1 juli 2022 in")
    assert segs == (
        Seg("=", "op "),
        Seg("-", "1 januari 2022"),
        Seg("+", "1 juli 2022"),
        Seg("=", " in"),
    )


def test_a_sentence_number_stays_apart_from_its_full_stop() -> None:
    assert tokens("artikel 7.") == ["artikel", " ", "7", "."]


def test_a_reference_is_a_unit_with_its_target() -> None:
    old = (Text("bedoeld in "), Ref("taken.soorten", "artikel 5, eerste lid"), Text(";"))
    new = (Text("bedoeld in "), Ref("taken.soorten", "artikel 6, eerste lid"), Text(";"))
    pieces = content_diff(old, new)
    refs = [(p.op, p.node) for p in pieces if isinstance(p.node, Ref)]
    assert refs == [
        (Op.DELETED, Ref("taken.soorten", "artikel 5, eerste lid")),
        (Op.INSERTED, Ref("taken.soorten", "artikel 6, eerste lid")),
    ]
    # Each reference stays a segment of its own, with its target, for the writers' links.
    assert segs_of(pieces) == (
        Seg("=", "bedoeld in "),
        Seg("-", "artikel 5, eerste lid", Ref("taken.soorten", "artikel 5, eerste lid")),
        Seg("+", "artikel 6, eerste lid", Ref("taken.soorten", "artikel 6, eerste lid")),
        Seg("=", ";"),
    )


def test_unchanged_content_is_one_piece_per_node() -> None:
    content = (Text("a "), Ref("x", "artikel 2"))
    assert [p.op for p in content_diff(content, content)] == [Op.SAME, Op.SAME]


def test_a_typed_reference_that_became_a_ref_with_the_same_words_is_no_change() -> None:
    typed = (Text("bedoeld in artikel 8, tweede lid, van de regeling;"),)
    linked = (
        Text("bedoeld in "),
        Ref("plustaken.voorwaarden", "artikel 8, tweede lid", "gr"),
        Text(", van de regeling;"),
    )
    assert {p.op for p in content_diff(typed, linked)} == {Op.SAME}
