"""PDFs of the clean documents of a version, through LibreOffice with the TOC filled.

The documents are built as .docx into a private folder, then ``lo_pdf.py`` (run with the
system Python that has LibreOffice's bridge, ``python3-uno``) loads each one, updates every
index and exports it with ``writer_pdf_Export``. The PDFs are written atomically; nothing is
written when any document fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from assembler import pipeline
from assembler.errors import UsageError
from assembler.output import write_atomic

SCRIPT = Path(__file__).with_name("lo_pdf.py")
UNO_PYTHON = "/usr/bin/python3"


@dataclass(frozen=True, slots=True)
class Pdf:
    path: Path
    size: int
    title: str


def uno_python() -> str:
    """The Python that has LibreOffice's bridge (``ASSEMBLER_UNO_PYTHON``, else /usr/bin/python3)."""
    return os.environ.get("ASSEMBLER_UNO_PYTHON", UNO_PYTHON)


def missing() -> str | None:
    """Why PDFs cannot be made here, in Dutch; None when LibreOffice and its bridge are there."""
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        return (
            "LibreOffice ontbreekt (soffice niet gevonden); installeer bijvoorbeeld"
            " 'libreoffice-writer-nogui'"
        )
    python = uno_python()
    if not Path(python).is_file():
        return f"{python} ontbreekt: nodig om LibreOffice via python3-uno aan te sturen"
    probe = subprocess.run(
        [python, "-c", "import uno"], capture_output=True, check=False, timeout=60
    )
    if probe.returncode != 0:
        return f"de Python-brug van LibreOffice ontbreekt ({python}: import uno mislukt); installeer 'python3-uno'"
    return None


def build_pdfs(
    root: Path,
    version: str,
    out_dir: Path,
    only: Sequence[str] = (),
    progress: pipeline.Progress | None = None,
) -> list[Pdf]:
    """Write ``out_dir/<file_stem>.pdf`` for the documents of ``version`` (or ``only``)."""
    problem = missing()
    if problem is not None:
        raise UsageError(problem)
    with tempfile.TemporaryDirectory(prefix="assembler-pdf-") as scratch:
        work = Path(scratch)
        written = pipeline.build_version(root, version, work / "docx", only, False, progress)
        documents = [w for w in written if w.path.suffix == ".docx"]
        if not documents:
            return []
        result = subprocess.run(
            [uno_python(), str(SCRIPT), str(work / "pdf"), *(str(w.path) for w in documents)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            message = result.stderr.strip().splitlines()
            raise UsageError(
                "LibreOffice kon de PDF's niet maken: "
                + (message[-1] if message else f"status {result.returncode}")
            )
        pdfs = []
        for item in documents:
            source = work / "pdf" / f"{item.path.stem}.pdf"
            data = source.read_bytes()
            pdfs.append((out_dir / source.name, data, item.title))
        out = []
        for path, data, title in pdfs:
            write_atomic(path, data)
            out.append(Pdf(path, len(data), title))
        return out
