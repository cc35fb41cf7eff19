"""Assembly: continuous numbers, computed lid/onderdeel numbers, resolved references."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from assembler.model.assemble import assemble_all
from assembler.model.nodes import Document, plain
from assembler.source.project import load_project
from assembler.source.tree import WorkTree


def documents(root: Path) -> dict[str, Document]:
    return {d.id: d for d in assemble_all(load_project(WorkTree(root)))}


def test_articles_are_numbered_continuously_across_chapters(make_repo: Callable[..., Path]) -> None:
    doc = documents(make_repo())["testregeling"]
    assert [c.heading for c in doc.chapters] == [
        "Hoofdstuk 1. Algemene bepalingen",
        "Hoofdstuk 2. Bestuur",
    ]
    assert [a.heading for a in doc.articles] == [
        "Artikel 1. Begripsbepalingen",
        "Artikel 2. Samenstelling",
        "Artikel 3. Citeertitel",
    ]


def test_leden_onderdelen_and_subonderdelen_get_their_numbers(
    make_repo: Callable[..., Path],
) -> None:
    doc = documents(make_repo())["testregeling"]
    bestuur = doc.articles[1]
    assert [lid.number for lid in bestuur.leden] == ["1.", "2.", "3."]
    assert [o.number for o in bestuur.leden[1].onderdelen] == ["a.", "b."]
    assert [s.number for s in bestuur.leden[1].onderdelen[1].subonderdelen] == ["1°", "2°"]
    # An article with a single lid prints no lid number.
    assert doc.articles[0].leden[0].number == ""
    assert doc.articles[2].leden[0].number == ""


def test_references_are_worded_from_the_computed_numbers(make_repo: Callable[..., Path]) -> None:
    doc = documents(make_repo())["testregeling"]
    bestuur = doc.articles[1]
    assert plain(bestuur.leden[0].content) == (
        "Het algemeen bestuur bestaat uit leden als bedoeld in artikel 1, onderdeel a."
    )
    assert plain(bestuur.leden[2].content) == (
        "Het tweede lid, onderdeel b geldt ook voor artikel 3 en het eerste lid."
    )
    # The toelichting stands outside the article: always the full form.
    assert plain(bestuur.toelichting[0]) == "Zie ook artikel 2, tweede lid, onderdeel b, onder 1°."


def test_variables_are_filled_in(make_repo: Callable[..., Path]) -> None:
    docs = documents(make_repo())
    regeling = docs["testregeling"]
    assert plain(regeling.aanhef[0]) == "De colleges van Adam en Bdorp;"
    assert plain(regeling.articles[2].leden[0].content) == (
        "Deze regeling wordt aangehaald als: Testregeling Sociaal."
    )
    assert plain(regeling.articles[0].leden[0].onderdelen[0].content) == (
        "algemeen bestuur: het algemeen bestuur van Sociale Dienst Testregio;"
    )


def test_a_per_deelnemer_document_exists_once_per_deelnemer(make_repo: Callable[..., Path]) -> None:
    docs = documents(make_repo())
    adam, bdorp = docs["testverordening-adam"], docs["testverordening-bdorp"]
    assert adam.file_stem == "testverordening-adam"
    assert adam.citeertitel == "Testverordening Adam"
    assert plain(bdorp.articles[0].leden[0].content) == (
        "Deze verordening wordt aangehaald als: Testverordening Bdorp."
    )
    assert [s.organ for s in bdorp.signatures] == ["De raad van de gemeente Bdorp,"]
    assert bdorp.chapters[0].number == ""  # no chapters: articles only


def test_the_regeling_is_signed_by_every_college(make_repo: Callable[..., Path]) -> None:
    doc = documents(make_repo())["testregeling"]
    assert [s.organ for s in doc.signatures] == [
        "Het college van burgemeester en wethouders van Adam,",
        "Het college van burgemeester en wethouders van Bdorp,",
    ]


def test_moving_an_article_renumbers_it_and_its_references(make_repo: Callable[..., Path]) -> None:
    from tests.conftest import REGELING

    moved = REGELING.replace("artikelen: [begrippen]", "artikelen: [slot, begrippen]").replace(
        "artikelen: [bestuur, slot]", "artikelen: [bestuur]"
    )
    doc = documents(make_repo({"regelingen/testregeling.yaml": moved}))["testregeling"]
    assert [a.id for a in doc.articles] == ["slot", "begrippen", "bestuur"]
    assert plain(doc.articles[2].leden[0].content).endswith("artikel 2, onderdeel a.")
    assert "voor artikel 1 en" in plain(doc.articles[2].leden[2].content)
