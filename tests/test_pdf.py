"""``make pdf``: the sample's GR as PDF through LibreOffice, with the table of contents filled."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from assembler import pdf
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
