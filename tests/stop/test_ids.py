"""eId by structure and number, wId by stable id: both unique, and the wId stable across versions."""

from __future__ import annotations

from assembler.stop.ids import Ids, Registry, id_token, list_key, number_token
from tests.diff.models import art, lid
from tests.stop.models import base, begrippen, regeling, slot, taken


def test_number_tokens_drop_the_punctuation_of_the_printed_number() -> None:
    assert [number_token(n) for n in ("9a", "b.", "1°", "5A", "")] == ["9a", "b", "1", "5A", ""]


def test_id_tokens_are_relative_to_the_parent_and_have_no_dots() -> None:
    assert id_token("ab-stemmen.meerderheid", "ab-stemmen") == "meerderheid"
    assert id_token("ab-stemmen.meerderheid.begroting") == "ab-stemmen-meerderheid-begroting"
    assert id_token("a_b c") == "a-b-c"


def test_a_second_use_of_an_id_gets_inst2() -> None:
    registry = Registry()
    first = registry.claim("art_1", "w__art_1")
    second = registry.claim("art_1", "w__art_1")
    assert (first.eid, second.eid, second.wid) == ("art_1", "art_1_inst2", "w__art_1_inst2")


def test_ids_follow_the_structure_and_the_numbers() -> None:
    ids = Ids(base(), "gm0505_1")
    assert ids["h2"].eid == "chp_2"
    assert ids["taken"].eid == "chp_2__art_2"
    assert ids["taken.budget"].eid == "chp_2__art_2__para_2"
    assert ids["begrippen.db"].eid == "chp_1__art_1__list_o_1__item_b"
    assert ids[list_key("begrippen.1")].eid == "chp_1__art_1__list_o_1"
    assert ids["taken"].wid == "gm0505_1__art_taken"
    assert ids["taken.budget"].wid == "gm0505_1__art_taken__para_budget"
    assert ids["begrippen.db"].wid == "gm0505_1__art_begrippen__list_o_1__item_db"


def test_every_id_is_unique_in_the_document() -> None:
    ids = Ids(base(), "gm0505_1").all().values()
    distinct = {i.eid for i in ids}, {i.wid for i in ids}
    # A single lid shares its article's element, so it shares its ids; all else is distinct.
    elements = {(i.eid, i.wid) for i in ids}
    assert len(distinct[0]) == len(elements) == len(distinct[1])


def test_inserting_an_article_before_another_changes_eids_and_keeps_wids() -> None:
    nieuw = art(
        "zetel", "", "Zetel", lid("zetel.1", "Het openbaar lichaam is gevestigd te Dordrecht.")
    )
    before = Ids(base(), "gm0505_1")
    after = Ids(
        regeling([("h1", "Algemeen", [begrippen()]), ("h2", "Taken", [nieuw, taken(), slot()])]),
        "gm0505_1",
    )
    assert before["taken"].eid == "chp_2__art_2" and after["taken"].eid == "chp_2__art_3"
    assert after["zetel"].eid == "chp_2__art_2"
    for key, ids in before.all().items():
        assert after[key].wid == ids.wid, key


def test_moving_an_article_to_another_chapter_keeps_its_wid() -> None:
    moved = regeling([("h1", "Algemeen", [begrippen(), slot()]), ("h2", "Taken", [taken()])])
    assert Ids(moved, "p")["slot"].wid == Ids(base(), "p")["slot"].wid == "p__art_slot"
    assert Ids(moved, "p")["slot"].eid == "chp_1__art_2"
