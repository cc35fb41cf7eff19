"""``make pdf``: the sample's GR as PDF through LibreOffice, with the table of contents filled."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from assembler import pdf, pipeline
from assembler.errors import UsageError
from tests.conftest import REPO_ROOT


def _tools() -> None:
    problem = pdf.missing()
    if problem is not None:
        pytest.skip(problem)
    for tool in ("pdfinfo", "pdftotext"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} ontbreekt (apt-get install poppler-utils)")


def test_pdf_of_the_gr_has_a_filled_table_of_contents(tmp_path: Path) -> None:
    _tools()
    made = pdf.build_pdfs(REPO_ROOT, "werkmap", tmp_path, ["gr-sociaal"])
    assert [p.path.name for p in made] == ["gr-sociaal.pdf"]
    target = tmp_path / "gr-sociaal.pdf"
    assert target.read_bytes()[:5] == b"%PDF-"
    info = subprocess.run(
        ["pdfinfo", str(target)], capture_output=True, text=True, check=True
    ).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))  # type: ignore[union-attr]
    assert pages > 5
    text = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "4", "-layout", str(target), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Inhoudsopgave" in text
    # Titles with page numbers: the TOC was updated before the export.
    assert re.search(r"Artikel 1\. Begripsbepalingen\W*\d+\s*$", text, re.M), text[:2000]
    entries = re.findall(r"^\s*Artikel \d+\. .*?(\d+)\s*$", text, re.M)
    assert len(entries) > 20
    numbers = [int(n) for n in entries]
    assert numbers == sorted(numbers) and 1 < numbers[-1] <= pages


def test_missing_libreoffice_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(pdf.shutil, "which", lambda name: None)
    with pytest.raises(UsageError, match="LibreOffice ontbreekt"):
        pdf.build_pdfs(REPO_ROOT, "werkmap", tmp_path)
    assert not any(tmp_path.iterdir())


def test_missing_uno_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice ontbreekt")
    monkeypatch.setenv("ASSEMBLER_UNO_PYTHON", str(tmp_path / "geen-python"))
    with pytest.raises(UsageError, match="python3-uno"):
        pdf.build_pdfs(REPO_ROOT, "werkmap", tmp_path / "uit")


def test_cli_exit_code_2_without_libreoffice(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from assembler import cli

    monkeypatch.setattr(pdf.shutil, "which", lambda name: None)
    code = cli.main(["--map", str(REPO_ROOT), "pdf", "--uit", str(tmp_path)])
    assert code == 2
    assert "LibreOffice ontbreekt" in capsys.readouterr().err


@pytest.fixture(scope="module")
def mandaatbesluit(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes]:
    """The mandaatbesluit as PDF, made twice by separate LibreOffice runs."""
    _tools()
    made = []
    for run in ("een", "twee"):
        out = tmp_path_factory.mktemp(run)
        pdf.build_pdfs(REPO_ROOT, "werkmap", out, ["mandaatbesluit"])
        made.append((out / "mandaatbesluit.pdf").read_bytes())
    return made[0], made[1]


def _run(tool: str, data: bytes, tmp_path: Path) -> str:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} ontbreekt (apt-get install poppler-utils)")
    target = tmp_path / "document.pdf"
    target.write_bytes(data)
    return subprocess.run([tool, str(target)], capture_output=True, text=True, check=True).stdout


def test_pdf_is_tagged_and_pdf_ua(mandaatbesluit: tuple[bytes, bytes], tmp_path: Path) -> None:
    data, _ = mandaatbesluit
    assert re.search(rb"/StructTreeRoot \d+ 0 R", data)
    assert re.search(rb"/MarkInfo\s*<<\s*/Marked true", data)
    assert b"<pdfuaid:part>1</pdfuaid:part>" in data  # PDF/UA-1 identification
    assert re.search(r"^Tagged:\s+yes$", _run("pdfinfo", data, tmp_path), re.M)


def test_every_font_is_embedded_and_is_the_house_font(
    mandaatbesluit: tuple[bytes, bytes], tmp_path: Path
) -> None:
    rows = _run("pdffonts", mandaatbesluit[0], tmp_path).splitlines()[2:]
    assert rows
    for row in rows:
        name, *_, emb, _sub, _uni, _obj, _gen = row.split()
        assert emb == "yes", row
        # A subset is named "ABCDEF+LiberationSans-Bold".
        assert name.split("+")[-1].split("-")[0] == "LiberationSans", row


def test_same_documents_same_pdf_dated_by_the_version(
    mandaatbesluit: tuple[bytes, bytes], tmp_path: Path
) -> None:
    first, second = mandaatbesluit
    assert first == second
    info = _run("pdfinfo", first, tmp_path)
    written = pipeline.build_version(REPO_ROOT, "werkmap", tmp_path / "docx", ["mandaatbesluit"])
    docx = next(w.path for w in written if w.path.suffix == ".docx").read_bytes()
    day = pdf.document_date(docx)
    assert day.year > 2000
    assert re.search(rf"^CreationDate:.* {day.year} UTC$", info, re.M), info
    assert pdf.fixed_dates(first, day) == first  # nothing of the clock left


def test_the_template_names_a_font_that_is_installed_not_substituted() -> None:
    from assembler.render.docx import styles
    from assembler.render.docx.writer import house_style

    with zipfile.ZipFile(io.BytesIO(house_style())) as archive:
        style_xml = archive.read("word/styles.xml").decode("utf-8")
        fonts = archive.read("word/fontTable.xml").decode("utf-8")
    assert f'w:ascii="{styles.FONT}"' in style_xml
    assert f'<w:font w:name="{styles.FONT}"><w:altName w:val="Arial"/>' in fonts
    if shutil.which("fc-match") is None:
        pytest.skip("fc-match ontbreekt (fontconfig)")
    found = subprocess.run(
        ["fc-match", "--format=%{family}", styles.FONT], capture_output=True, text=True
    ).stdout
    assert found.split(",")[0] == styles.FONT, (
        f"{styles.FONT} is niet geïnstalleerd (apt-get install fonts-liberation); "
        f"LibreOffice zou {found} gebruiken"
    )


def test_packages_without_libreoffice_have_no_pdfs_and_say_so(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from assembler import cli, versions

    if "definitief" not in {m.id for m in versions.reached(REPO_ROOT)}:
        pytest.skip("de mijlpalen van het voorbeeld zijn niet beschikbaar (ondiepe kloon?)")
    monkeypatch.setattr(pdf.shutil, "which", lambda name: None)
    code = cli.main(
        ["--map", str(REPO_ROOT), "pakketten", "--mijlpaal", "definitief", "--uit", str(tmp_path)]
    )
    assert code == 0
    err = capsys.readouterr().err
    assert "de pakketten bevatten geen PDF's: LibreOffice ontbreekt" in err
    clean = list(tmp_path.glob("definitief/*/schoon/*.docx"))
    assert clean
    assert not list(tmp_path.glob("definitief/**/*.pdf"))
