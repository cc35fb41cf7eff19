"""LibreOffice opens the document and lays it out."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from .oracles import libreoffice_pdf


def test_libreoffice_converts_the_document_to_pdf(docx_bytes: bytes, tmp_path: Path) -> None:
    pdf = libreoffice_pdf(docx_bytes, tmp_path)
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert "Artikel 1. Begripsbepalingen" in text
        assert "Pagina 3 van 6" in text  # PAGE / NUMPAGES fields updated by the layout
        assert 'A & B <c> "d"' in text
