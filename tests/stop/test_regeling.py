"""The sample's documents as STOP: valid against the schema, the right content, same bytes."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
from lxml import etree  # type: ignore[import-untyped, unused-ignore]

from assembler import cli, pipeline
from assembler.model.assemble import assemble_all
from assembler.model.nodes import Document, plain
from assembler.stop.export import stop_outputs
from assembler.stop.regeling import regeling_besluit
from assembler.versions import open_version
from tests.conftest import REPO_ROOT
from tests.stop.helpers import N, business_rules, validate
from tests.stop.models import IDENTITY, base

LATEST = "definitief"  # the sample's latest milestone


@lru_cache(maxsize=1)
def sample() -> dict[str, Document]:
    project = pipeline.load(open_version(REPO_ROOT, LATEST))
    return {d.file_stem: d for d in assemble_all(project)}


@lru_cache(maxsize=1)
def exported() -> dict[str, bytes]:
    return {o.name: o.data for o in stop_outputs(REPO_ROOT, LATEST)}


def test_every_document_of_the_latest_milestone_is_exported() -> None:
    assert sorted(exported()) == sorted(f"{stem}.xml" for stem in sample())


@pytest.mark.parametrize("name", sorted(f"{s}.xml" for s in sample()))
def test_every_document_validates_and_keeps_the_business_rules(name: str) -> None:
    data = exported()[name]
    validate(data)
    assert business_rules(data) == []


def test_the_regeling_has_every_article_with_number_title_and_text() -> None:
    doc = sample()["gr-sociaal"]
    root = etree.fromstring(exported()["gr-sociaal.xml"])
    regeling = root.find("t:WijzigBijlage/t:RegelingCompact", N)
    assert (
        regeling.get("wordt")
        == "/akn/nl/act/gm0505/2021/gr-sociaal/nld@2021-08-30;definitieve-tekst"
    )
    articles = regeling.findall("t:Lichaam/t:Hoofdstuk/t:Artikel", N)
    assert [a.findtext("t:Kop/t:Nummer", namespaces=N) for a in articles] == [
        a.number for a in doc.articles
    ]
    assert [a.findtext("t:Kop/t:Opschrift", namespaces=N) for a in articles] == [
        a.title for a in doc.articles
    ]
    chapters = regeling.findall("t:Lichaam/t:Hoofdstuk", N)
    assert [c.get("eId") for c in chapters] == [f"chp_{c.number}" for c in doc.chapters]
    first = doc.articles[0]
    element = articles[0]
    assert element.get("wId") == f"gm0505_1__art_{first.id}"
    lid_text = "".join(element.find(".//t:Inhoud/t:Al", N).itertext())
    assert lid_text == plain(first.leden[0].content)


def test_references_point_to_the_eid_of_their_target() -> None:
    root = etree.fromstring(exported()["gr-sociaal.xml"])
    regeling = root.find(".//t:RegelingCompact", N)
    refs = regeling.findall(".//t:IntRef", N)
    assert refs
    for ref in refs:
        target = regeling.xpath(".//*[@eId=$e]", e=ref.get("ref"))
        assert len(target) == 1
        number = target[0].get("eId").split("__")[-1]
        if number.startswith("art_") and ref.text.startswith("artikel"):
            assert ref.text.startswith(f"artikel {number[4:]}")


def test_the_besluit_points_to_its_wijzigbijlage_and_keeps_aanhef_and_ondertekening() -> None:
    doc = sample()["gr-sociaal"]
    root = etree.fromstring(exported()["gr-sociaal.xml"])
    wat = root.find("t:Lichaam/t:WijzigArtikel/t:Wat", N)
    assert "".join(wat.itertext()) == (
        "De Gemeenschappelijke Regeling Sociaal wordt vastgesteld zoals is aangegeven in Bijlage A."
    )
    assert wat.find("t:IntRef", N).get("ref") == root.find("t:WijzigBijlage", N).get("eId")
    signatures = root.findall("t:Sluiting/t:Ondertekening", N)
    assert len(signatures) == len(doc.signatures) == 7


def test_annexes_tables_and_toelichting_are_there() -> None:
    doc = sample()["gr-sociaal"]
    regeling = etree.fromstring(exported()["gr-sociaal.xml"]).find(".//t:RegelingCompact", N)
    annexes = regeling.findall("t:Bijlage", N)
    assert [a.findtext("t:Kop/t:Opschrift", namespaces=N) for a in annexes] == [
        s.title for s in doc.bijlagen
    ]
    assert regeling.findall(".//t:Bijlage//t:table", N)
    explained = [a for a in doc.articles if a.toelichting]
    per_article = regeling.findall(".//t:ArtikelgewijzeToelichting/t:Divisietekst", N)
    assert len(per_article) == len(explained)


def test_the_same_document_gives_the_same_bytes() -> None:
    doc = sample()["gr-sociaal"]
    assert regeling_besluit(doc, IDENTITY) == regeling_besluit(doc, IDENTITY)
    assert regeling_besluit(base(), IDENTITY) == regeling_besluit(base(), IDENTITY)


def test_a_small_regeling_validates() -> None:
    data = regeling_besluit(base(), IDENTITY)
    validate(data)
    assert business_rules(data) == []
    root = etree.fromstring(data)
    ref = root.find(".//t:IntRef[@ref='chp_2__art_2__para_2']", N)
    assert ref is not None and ref.text == "artikel 2, tweede lid"


def test_the_command_writes_xml_under_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO_ROOT)
    out = tmp_path / "stop"
    code = cli.main(["stop", "--versie", LATEST, "--uit", str(out), "gr-sociaal"])
    assert code == 0
    assert (out / "gr-sociaal.xml").read_bytes() == exported()["gr-sociaal.xml"]


def test_an_invalid_code_is_refused_in_dutch(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO_ROOT)
    code = cli.main(["stop", "--versie", LATEST, "--uit", str(tmp_path), "--bevoegd-gezag", "x1"])
    assert code == 2
    assert "ongeldige code 'x1'" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())
