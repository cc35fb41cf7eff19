"""Independent readers of a .docx: pandoc (text) and LibreOffice (PDF).

Each helper skips the calling test, with the reason, when its program is not installed.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def _program(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def pandoc_text(data: bytes, track_changes: str = "accept") -> str:
    """The document as plain text, as pandoc reads it (``accept``/``reject``/``all`` changes)."""
    pandoc = _program("pandoc")
    result = subprocess.run(
        [pandoc, "-f", "docx+empty_paragraphs", f"--track-changes={track_changes}",
         "-t", "plain", "--wrap=none"],
        input=data, capture_output=True, check=True, timeout=120,
    )
    return result.stdout.decode("utf-8")


def libreoffice_pdf(data: bytes, tmp_path: Path) -> Path:
    """The document converted to PDF by a headless LibreOffice with a fresh profile."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    source = tmp_path / "document.docx"
    source.write_bytes(data)
    # A profile of its own per run: a shared one crashes every second run and leaves locks.
    profile = (tmp_path / "lo-profile").resolve().as_uri()
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        capture_output=True, check=True, timeout=300,
    )
    pdf = tmp_path / "document.pdf"
    if not pdf.is_file():
        pytest.fail("LibreOffice did not write a PDF")
    return pdf
