"""The sample content: every document builds, reads back right in independent readers, validates
against the ECMA-376 schemas, and is byte-identical on a second build."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from assembler import pipeline
from assembler.model.nodes import Document, Ref
from assembler.render.text import render_text
from assembler.source.tree import WorkTree
from assembler.versions import open_version
from tests.conftest import REPO_ROOT
from tests.render.oracles import libreoffice_pdf, pandoc_text
from tests.render.xsd import validate_docx

GOLDEN = Path(__file__).parent / "golden"
DEELNEMERS = [
    "alblasserdam",
    "dordrecht",
    "hardinxveld-giessendam",
    "hendrik-ido-ambacht",
    "papendrecht",
    "sliedrecht",
    "zwijndrecht",
]


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    return pipeline.assemble(pipeline.load(open_version(REPO_ROOT, "werkmap")))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("concept")
    written = pipeline.build(WorkTree(REPO_ROOT), out)
    return {w.path.name: w.path.read_bytes() for w in written}


def test_make_concept_writes_the_regeling_the_verordeningen_per_raad_and_the_mandaatbesluit(
    built: dict[str, bytes],
) -> None:
    expected = {"gr-sociaal.docx", "mandaatbesluit.docx", "bijdragen.xlsx"}
    for stem in ("maatregelen-handhaving", "individuele-inkomenstoeslag"):
        expected |= {f"{stem}-{d}.docx" for d in DEELNEMERS}
    # The plustaken decision exists only for the deelnemers that take a plustaak.
    expected |= {f"besluit-plustaken-{d}.docx" for d in ("dordrecht", "papendrecht", "zwijndrecht")}
    assert set(built) == expected


def test_the_regeling_has_the_chapters_and_size_of_the_real_one(documents: list[Document]) -> None:
    regeling = next(d for d in documents if d.id == "gr-sociaal")
    assert len(regeling.chapters) == 11
    assert 45 <= len(regeling.articles) <= 52  # 50 in force, and 26a since the eerste wijziging
    assert sum(len(a.leden) for a in regeling.articles) > 100
    assert all(a.toelichting for a in regeling.articles)
    assert regeling.articles[-1].title.lower().startswith("citeertitel")


def _refs(doc: Document) -> list[Ref]:
    found: list[Ref] = []
    for article in doc.articles:
        for lid in article.leden:
            contents = [lid.content, lid.slot, *(o.content for o in lid.onderdelen)]
            contents += [s.content for o in lid.onderdelen for s in o.subonderdelen]
            found += [n for c in contents for n in c if isinstance(n, Ref)]
    return found


@pytest.mark.parametrize(
    "name",
    [
        "gr-sociaal",
        "mandaatbesluit",
        "maatregelen-handhaving-dordrecht",
        "individuele-inkomenstoeslag-papendrecht",
    ],
)
def test_pandoc_reads_consecutive_article_numbers_and_resolved_references(
    name: str, built: dict[str, bytes], documents: list[Document]
) -> None:
    doc = next(d for d in documents if d.file_stem == name)
    text = pandoc_text(built[f"{name}.docx"])
    flat = " ".join(text.split())
    numbers = re.findall(r"^Artikel (\d+[a-z]*)\.", text, re.MULTILINE)
    count = len(doc.articles)
    # The table of contents lists every article once more before the body.
    body = numbers[numbers.index("1", 1) :] if numbers.count("1") > 1 else numbers
    # 1, 2, 3 ... in order; since the eerste wijziging the GR also has 26a (numbers in force).
    expected = [a.number for a in doc.articles]
    assert body[:count] == expected
    plain_numbers = [int(n) for n in expected if n.isdigit()]
    assert plain_numbers == list(range(1, len(plain_numbers) + 1))
    for ref in _refs(doc):
        assert ref.text in flat, ref
    for leftover in ("{{", "}}", "{%", "%}", "\ue000", "\ue001", "\ue002"):
        assert leftover not in text
    assert doc.citeertitel in flat


def test_the_regeling_uses_references_in_every_form(documents: list[Document]) -> None:
    refs = [r.text for r in _refs(next(d for d in documents if d.id == "gr-sociaal"))]
    assert len(refs) >= 15
    assert any(re.fullmatch(r"artikel \d+", r) for r in refs)
    assert any(re.fullmatch(r"artikel \d+, \w+ lid", r) for r in refs)
    assert any(r.startswith("het ") and r.endswith(" lid") for r in refs)


def test_every_document_validates_against_the_ooxml_schemas(built: dict[str, bytes]) -> None:
    for name, data in sorted(built.items()):
        if name.endswith(".docx"):
            assert validate_docx(data) == [], name


def test_libreoffice_converts_the_regeling_to_pdf(built: dict[str, bytes], tmp_path: Path) -> None:
    pdf = libreoffice_pdf(built["gr-sociaal.docx"], tmp_path)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert pdf.stat().st_size > 20_000


def test_a_second_build_gives_the_same_bytes(built: dict[str, bytes], tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "assembler",
            "--map",
            str(REPO_ROOT),
            "bouw",
            "--uit",
            str(tmp_path),
        ],
        check=True,
        env=env,
        capture_output=True,
        cwd=tmp_path,
    )
    again = {p.name: p.read_bytes() for p in tmp_path.glob("*.*") if not p.name.startswith(".")}
    assert again.keys() == built.keys()
    for name in built:
        assert again[name] == built[name], name


def test_per_raad_documents_differ_in_content_not_only_in_name(documents: list[Document]) -> None:
    texts = {
        d.deelnemer: render_text(d).replace(d.citeertitel, "").replace(d.title, "")
        for d in documents
        if d.manifest == "individuele-inkomenstoeslag"
    }
    names = {
        d.deelnemer: d.citeertitel.split()[-1]
        for d in documents
        if d.manifest == "individuele-inkomenstoeslag"
    }
    for deelnemer, text in texts.items():
        texts[deelnemer] = text.replace(names[deelnemer], "")
    assert len(texts) == 7
    assert texts["sliedrecht"] != texts["hendrik-ido-ambacht"]
    assert texts["dordrecht"] != texts["hendrik-ido-ambacht"]
    assert texts["alblasserdam"] == texts["hendrik-ido-ambacht"]  # both on the defaults here


def test_the_regeling_annexes_list_the_powers_and_contributions_of_all_seven(
    documents: list[Document],
) -> None:
    from assembler.model.nodes import Table

    regeling = next(d for d in documents if d.id == "gr-sociaal")
    tables = [b for s in regeling.bijlagen for b in s.blocks if isinstance(b, Table)]
    contributions = next(
        t for t in tables if t.header[0] == "Deelnemer" and t.header[-1] == "Totaal"
    )
    rows = dict(contributions.rows)
    assert len(rows) == 8  # seven deelnemers and the total

    def cents(text: str) -> int:
        return int(text.replace(".", "").replace(",", ""))

    columns = len(contributions.header) - 1
    for column in range(1, columns + 1):
        parts = [
            cents(cells[column])
            for row_id, cells in contributions.rows
            if not row_id.endswith("totaal")
        ]
        total = cents(
            next(cells for row_id, cells in contributions.rows if row_id.endswith("totaal"))[column]
        )
        assert sum(parts) == total, contributions.header[column]
    assert any(t.title == "Participatiewet" for t in tables)


@pytest.mark.parametrize(
    "stem",
    [
        "gr-sociaal",
        "mandaatbesluit",
        "maatregelen-handhaving-dordrecht",
        "maatregelen-handhaving-sliedrecht",
        "individuele-inkomenstoeslag-alblasserdam",
    ],
)
def test_golden_text_rendering(stem: str, documents: list[Document]) -> None:
    """The plain-text rendering is reviewed in git; UPDATE_GOLDEN=1 rewrites it after a change."""
    doc = next(d for d in documents if d.file_stem == stem)
    # The working tree is dated by the commit date of HEAD, which every commit moves.
    text = re.sub(
        r"^(Versie: [^,\n]*), \d{4}-\d\d-\d\d",
        r"\1, <datum van HEAD>",
        render_text(doc),
        count=1,
        flags=re.M,
    )
    golden = GOLDEN / f"{stem}.txt"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.write_text(text, encoding="utf-8")
    assert golden.read_text(encoding="utf-8") == text
