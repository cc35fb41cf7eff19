"""The .docx package: schema-valid parts, byte-identical output, properties from data."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from docxtpl import DocxTemplate

from assembler.model.nodes import Document
from assembler.render.docx import render_docx
from assembler.render.docx.package import write_zip
from assembler.render.docx.writer import house_style

from .parts import NS, part
from .xsd import validate_docx

REPO = Path(__file__).resolve().parents[2]


def test_every_part_of_a_concept_validates(docx_bytes: bytes) -> None:
    assert validate_docx(docx_bytes) == []


def test_every_part_of_a_final_version_validates(final_docx_bytes: bytes) -> None:
    assert validate_docx(final_docx_bytes) == []


def test_settings_zoom_has_a_percentage_and_no_update_prompt(docx_bytes: bytes) -> None:
    settings = part(docx_bytes, "word/settings.xml")
    assert settings.xpath("w:zoom/@w:percent", namespaces=NS) == ["100"]
    # w:updateFields makes Word ask "Velden bijwerken?" on every opening.
    assert settings.xpath("w:updateFields", namespaces=NS) == []


def test_the_update_prompt_is_dropped_from_a_custom_template_too(document: Document) -> None:
    with zipfile.ZipFile(io.BytesIO(house_style())) as source:
        members = {name: source.read(name) for name in source.namelist()}
    members["word/settings.xml"] = members["word/settings.xml"].replace(
        b'<w:zoom w:percent="100"/>', b'<w:zoom w:percent="100"/><w:updateFields w:val="true"/>'
    )
    assert b"updateFields" in members["word/settings.xml"]
    custom = write_zip(members.items())
    settings = part(render_docx(document, custom), "word/settings.xml")
    assert settings.xpath("w:updateFields", namespaces=NS) == []


def test_two_renders_give_the_same_bytes(document: Document) -> None:
    assert render_docx(document) == render_docx(document)


def test_a_render_with_another_hash_seed_gives_the_same_bytes(docx_bytes: bytes) -> None:
    script = (
        "import hashlib, sys\n"
        "from assembler.render.docx import render_docx\n"
        "from tests.render.sample import regeling\n"
        "sys.stdout.write(hashlib.sha256(render_docx(regeling())).hexdigest())\n"
    )
    digests = set()
    for seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)}
        result = subprocess.run(
            [sys.executable, "-c", script],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        digests.add(result.stdout)
    assert digests == {hashlib.sha256(docx_bytes).hexdigest()}


def test_zip_entries_have_fixed_times_and_order(docx_bytes: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as package:
        infos = package.infolist()
    assert infos[0].filename == "[Content_Types].xml"
    assert infos[1].filename == "_rels/.rels"
    assert [i.filename for i in infos[2:]] == sorted(i.filename for i in infos[2:])
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
    assert {(i.create_system, i.external_attr) for i in infos} == {(0, 0o644 << 16)}


def test_core_properties_come_from_the_document(docx_bytes: bytes) -> None:
    core = part(docx_bytes, "docProps/core.xml")

    def value(path: str) -> str:
        return str(core.xpath(f"string({path})", namespaces=NS))

    assert value("dc:title") == "Gemeenschappelijke Regeling Sociaal"
    assert value("dc:creator") == "Projectgroep GR Sociaal"
    assert value("cp:lastModifiedBy") == "Projectgroep GR Sociaal"
    assert value("dcterms:created") == "2021-05-10T00:00:00Z"
    assert value("dcterms:modified") == "2021-05-10T00:00:00Z"
    assert value("cp:revision") == "1"
    assert value("dc:language") == "nl-NL"


def test_the_committed_template_is_what_the_script_generates(tmp_path: Path) -> None:
    output = tmp_path / "huisstijl.docx"
    subprocess.run(
        [sys.executable, str(REPO / "tools" / "maak_sjabloon.py"), str(output)],
        cwd=REPO,
        capture_output=True,
        check=True,
    )
    committed = REPO / "assembler" / "render" / "docx" / "huisstijl.docx"
    assert output.read_bytes() == committed.read_bytes(), "run tools/maak_sjabloon.py"


def test_render_skips_docxtpls_listing_pass(
    document: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The pass costs a third of a large render; the writer's XML never needs it.
    def refuse(self: object, xml: str) -> str:
        raise AssertionError("DocxTemplate.resolve_listing was called")

    monkeypatch.setattr(DocxTemplate, "resolve_listing", refuse)
    assert render_docx(document)
