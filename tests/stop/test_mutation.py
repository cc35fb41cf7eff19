"""The RegelingMutatie: valid, the right actions, and applied to the old regeling it gives the new."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree  # type: ignore[import-untyped, unused-ignore]

from assembler import pipeline
from assembler.diff.changes import Kind, compare
from assembler.model.assemble import assemble_all
from assembler.model.nodes import Document, Version
from assembler.stop.mutation import NoChanges, mutation_besluit
from assembler.stop.regeling import regeling_besluit
from assembler.versions import open_version
from tests.amend import test_instructions as edits_of
from tests.amend.models import regeling as amend_regeling
from tests.conftest import REPO_ROOT
from tests.diff.models import art, lid, ond, t
from tests.stop.helpers import (
    N,
    apply,
    business_rules,
    canonical,
    local,
    mutatie_of,
    regeling_of,
    validate,
)
from tests.stop.models import IDENTITY, base, begrippen, regeling, slot, taken


def check(old: Document, new: Document) -> etree._Element:
    """The mutation of old → new: valid, keeping the rules, and reproducing the new regeling."""
    data = mutation_besluit(old, new, IDENTITY)
    validate(data)
    assert business_rules(data) == []
    mutatie = mutatie_of(data)
    applied = apply(regeling_of(regeling_besluit(old, IDENTITY)), mutatie)
    assert canonical(applied) == canonical(regeling_of(regeling_besluit(new, IDENTITY)))
    return mutatie


def actions(mutatie: etree._Element) -> list[tuple[str, str]]:
    return [(local(a), a.get("wat") or f"{a.get('positie')} {a.get('context')}") for a in mutatie]


def later(chapters: list[tuple[str, str, list]]) -> Document:  # type: ignore[type-arg]
    return regeling(chapters, "Definitief")


def test_a_changed_amount_is_a_vervang_with_the_new_and_the_old_words() -> None:
    new = later(
        [("h1", "Algemeen", [begrippen()]), ("h2", "Taken", [taken("9.380.000,00"), slot()])]
    )
    mutatie = check(base(), new)
    assert actions(mutatie) == [("Vervang", "chp_2__art_2")]
    al = mutatie.find(".//t:Lid[@eId='chp_2__art_2__para_2']/t:Inhoud/t:Al", N)
    assert al.findtext("t:VerwijderdeTekst", namespaces=N) == "9.120.000,00"
    assert al.findtext("t:NieuweTekst", namespaces=N) == "9.380.000,00"
    assert mutatie.get("was").endswith("nld@2021-05-10;concept")
    assert mutatie.get("wordt").endswith("nld@2021-08-30;definitief")


def test_an_inserted_article_follows_the_one_before_and_the_next_is_renumbered() -> None:
    zetel = art(
        "zetel", "", "Zetel", lid("zetel.1", "Het openbaar lichaam is gevestigd te Dordrecht.")
    )
    new = later([("h1", "Algemeen", [begrippen(), zetel]), ("h2", "Taken", [taken(), slot()])])
    mutatie = check(base(), new)
    assert actions(mutatie) == [
        ("VoegToe", "volgtOp chp_1__art_1"),
        ("Vervang", "chp_2__art_2"),
        ("Vervang", "chp_2__art_3"),
    ]
    inserted = mutatie[0].find("t:Artikel", N)
    assert (inserted.get("eId"), inserted.get("wId")) == ("chp_1__art_2", "gm0505_1__art_zetel")
    nummer = mutatie[1].find("t:Artikel/t:Kop/t:Nummer", N)
    assert (
        nummer.findtext("t:VerwijderdeTekst", namespaces=N),
        nummer.findtext("t:NieuweTekst", namespaces=N),
    ) == ("2", "3")


def test_articles_inserted_at_the_start_of_a_chapter_come_before_the_first_that_stays() -> None:
    a = art("a", "", "Eerste", lid("a.1", "Eerste tekst."))
    b = art("b", "", "Tweede", lid("b.1", "Tweede tekst."))
    new = later([("h1", "Algemeen", [begrippen()]), ("h2", "Taken", [a, b, taken(), slot()])])
    mutatie = check(base(), new)
    assert actions(mutatie)[0] == ("VoegToe", "komtVoor chp_2__art_2")
    assert [x.get("wId") for x in mutatie[0]] == ["gm0505_1__art_a", "gm0505_1__art_b"]


def test_a_deleted_article_is_a_verwijder_with_its_old_text() -> None:
    new = later([("h1", "Algemeen", [begrippen()]), ("h2", "Taken", [taken()])])
    mutatie = check(base(), new)
    assert actions(mutatie) == [("Verwijder", "chp_2__art_3")]
    assert mutatie[0].findtext("t:Artikel/t:Kop/t:Opschrift", namespaces=N) == "Slotbepaling"


def test_an_inserted_and_a_deleted_lid_and_onderdeel_carry_their_wijzigactie() -> None:
    new_begrippen = art(
        "begrippen",
        "",
        "Begripsbepalingen",
        lid(
            "begrippen.1",
            "In deze regeling wordt verstaan onder:",
            "",
            ond("begrippen.ab", "a.", "algemeen bestuur: het bestuur;"),
            ond("begrippen.dir", "b.", "directeur: de directeur."),
        ),
        toelichting="De begrippen van de regeling.",
    )
    new_taken = art(
        "taken",
        "",
        "Taken",
        lid("taken.budget", "Het budget bedraagt € 9.120.000,00.", "1."),
        lid("taken.plus", "Het openbaar lichaam kan plustaken uitvoeren.", "2."),
    )
    new = later([("h1", "Algemeen", [new_begrippen]), ("h2", "Taken", [new_taken, slot()])])
    mutatie = check(base(), new)
    assert mutatie.find(".//t:Li[@wijzigactie='verwijder']/t:LiNummer", N).text == "b."
    assert mutatie.find(".//t:Li[@wijzigactie='voegtoe']", N).get("wId").endswith("item_dir")
    removed = mutatie.find(".//t:Lid[@wijzigactie='verwijder']", N)
    assert removed.get("wId") == "gm0505_1__art_taken__para_basis"
    assert mutatie.find(".//t:Lid[@wijzigactie='voegtoe']", N).get("eId") == "chp_2__art_2__para_2"


def test_a_move_within_a_chapter_replaces_the_chapter_with_the_article_once() -> None:
    new = later([("h1", "Algemeen", [begrippen()]), ("h2", "Taken", [slot(), taken()])])
    mutatie = check(base(), new)
    assert actions(mutatie) == [("Vervang", "chp_2")]
    assert len(mutatie.findall(".//t:Artikel[@wId='gm0505_1__art_slot']", N)) == 1


def test_a_move_to_another_chapter_replaces_the_body() -> None:
    new = later([("h1", "Algemeen", [begrippen(), slot()]), ("h2", "Taken", [taken()])])
    mutatie = check(base(), new)
    assert actions(mutatie) == [("Vervang", "body")]


def test_a_new_chapter_title_is_a_vervangkop() -> None:
    new = later([("h1", "Algemene bepalingen", [begrippen()]), ("h2", "Taken", [taken(), slot()])])
    mutatie = check(base(), new)
    assert actions(mutatie) == [("VervangKop", "chp_1")]
    assert mutatie.findtext(".//t:Opschrift/t:VerwijderdeTekst", namespaces=N) == "Algemeen"
    assert mutatie.findtext(".//t:Opschrift/t:NieuweTekst", namespaces=N) == "Algemene bepalingen"


def test_a_changed_toelichting_is_replaced_whole() -> None:
    changed = replace(begrippen(), toelichting=(*begrippen().toelichting, t("Een tweede alinea.")))
    new = later([("h1", "Algemeen", [changed]), ("h2", "Taken", [taken(), slot()])])
    mutatie = check(base(), new)
    assert actions(mutatie) == [("Vervang", "artrecital_o_1")]


def test_no_change_is_refused() -> None:
    with pytest.raises(NoChanges):
        mutation_besluit(base(), base(), IDENTITY)


def test_the_same_versions_give_the_same_bytes() -> None:
    new = later([("h1", "Algemeen", [begrippen()]), ("h2", "Taken", [slot(), taken()])])
    assert mutation_besluit(base(), new, IDENTITY) == mutation_besluit(base(), new, IDENTITY)


def _sample(version: str) -> dict[str, Document]:
    project = pipeline.load(open_version(REPO_ROOT, version))
    return {d.file_stem: d for d in assemble_all(project)}


@pytest.mark.parametrize(("old", "new"), [("hoofdlijnen", "concept"), ("concept", "definitief")])
def test_the_sample_rounds_as_mutations(old: str, new: str) -> None:
    before, after = _sample(old), _sample(new)
    for stem in sorted(set(before) & set(after)):
        if before[stem] == after[stem]:
            continue
        check(before[stem], after[stem])


def test_the_concept_to_definitief_round_names_the_changed_articles() -> None:
    before, after = _sample("concept")["gr-sociaal"], _sample("definitief")["gr-sociaal"]
    mutatie = check(before, after)
    kinds = [local(a) for a in mutatie]
    assert "Verwijder" in kinds and "Vervang" in kinds
    words = [
        "".join(n.itertext())
        for n in mutatie.iter("{https://standaarden.overheid.nl/stop/imop/tekst/}NieuweTekst")
    ]
    assert " van het openbaar lichaam" in words


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.integers(min_value=0, max_value=2**32), st.integers(min_value=1, max_value=6))
def test_random_edit_scripts_are_reproduced_from_the_mutation(seed: int, edits: int) -> None:
    """The amendment tests' random edit scripts (inserted, deleted and reworded leden,
    onderdelen and articles, moves, new chapters; numbered 9a, 5A after the first version)."""
    rng = random.Random(seed)
    ids = edits_of._Ids()
    spec = edits_of._random_regeling(rng, ids)
    old = amend_regeling(edits_of._frozen(spec))
    new_spec = edits_of._copy(spec)
    for _ in range(edits):
        edits_of._edit(rng, new_spec, ids)
    new_spec = [c for c in new_spec if c[2]] or new_spec[:1]
    if not any(c[2] for c in new_spec):
        return
    new = replace(
        amend_regeling(edits_of._frozen(new_spec), old),
        version=Version("Nieuw", date(2023, 1, 1), False),
    )
    if compare(old, new).kind is Kind.UNCHANGED:
        return
    check(old, new)
