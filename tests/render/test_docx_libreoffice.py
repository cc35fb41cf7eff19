"""LibreOffice opens the document and lays it out."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

from assembler.model.nodes import Document
from assembler.render.docx.body import toc_items

from .oracles import libreoffice_changes, libreoffice_pdf


def part(data: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name).decode("utf-8")


def test_libreoffice_converts_the_document_to_pdf(docx_bytes: bytes, tmp_path: Path) -> None:
    pdf = libreoffice_pdf(docx_bytes, tmp_path)
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Artikel 1. Begripsbepalingen" in text
        assert "Pagina 3 van 6" in text  # PAGE / NUMPAGES fields updated by the layout
        assert 'A & B <c> "d"' in text


def test_the_table_of_contents_is_the_same_in_libreoffice_and_word(
    docx_bytes: bytes, document: Document, tmp_path: Path
) -> None:
    """Word (no update prompt, so it shows the field's cached result) and LibreOffice (which
    shows the cached result too) read the same entries, and both without page numbers: they are
    left out deliberately, not filled by one reader and missing in the other."""
    assert "updateFields" not in part(docx_bytes, "word/settings.xml")
    shown = libreoffice_changes(docx_bytes, tmp_path)[0].splitlines()
    start = shown.index("Inhoudsopgave") + 1
    expected = [entry.text for entry in toc_items(document)]
    assert shown[start : start + len(expected)] == expected
    cached = re.findall(
        r'<w:pStyle w:val="Inhopg[12]"/>.*?</w:p>', part(docx_bytes, "word/document.xml")
    )
    assert len(cached) == len(expected)
    assert not any("PAGEREF" in p or "<w:tab/>" in p for p in cached)
