"""PDFs of the clean documents of a version, through LibreOffice with the TOC filled.

The documents are built as .docx into a private folder, then ``lo_pdf.py`` (run with the
system Python that has LibreOffice's bridge, ``python3-uno``) loads each one, updates every
index and exports it with ``writer_pdf_Export`` as tagged PDF (PDF/UA) with every font
embedded. The export time LibreOffice stamps in is replaced by the document's date, so the same
documents give the same bytes. The PDFs are written atomically; nothing is written when any
document fails.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from assembler import pipeline
from assembler.errors import UsageError
from assembler.output import replace_folder

SCRIPT = Path(__file__).with_name("lo_pdf.py")
UNO_PYTHON = "/usr/bin/python3"
EPOCH = datetime(1980, 1, 1, tzinfo=UTC)


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
        converted = convert({w.path.stem: w.path.read_bytes() for w in documents})
    files = {f"{item.path.stem}.pdf": converted[item.path.stem] for item in documents}
    replace_folder(out_dir, files, prune=not only)
    return [
        Pdf(out_dir / f"{item.path.stem}.pdf", len(converted[item.path.stem]), item.title)
        for item in documents
    ]


def convert(documents: Mapping[str, bytes]) -> dict[str, bytes]:
    """The PDF of every .docx (by file stem), made by one LibreOffice; dated by the document.

    Raises ``UsageError`` (in Dutch) when LibreOffice is missing or fails.
    """
    problem = missing()
    if problem is not None:
        raise UsageError(problem)
    if not documents:
        return {}
    with tempfile.TemporaryDirectory(prefix="assembler-pdf-") as scratch:
        work = Path(scratch)
        (work / "docx").mkdir()
        sources = []
        for stem, data in documents.items():
            source = work / "docx" / f"{stem}.docx"
            source.write_bytes(data)
            sources.append(source)
        result = subprocess.run(
            [uno_python(), str(SCRIPT), str(work / "pdf"), *(str(s) for s in sources)],
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
        return {
            stem: fixed_dates((work / "pdf" / f"{stem}.pdf").read_bytes(), document_date(data))
            for stem, data in documents.items()
        }


def document_date(docx: bytes) -> datetime:
    """The date the .docx carries (core ``dcterms:created``: the version date, 00:00 UTC)."""
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        core = archive.read("docProps/core.xml").decode("utf-8")
    found = re.search(r"<dcterms:created[^>]*>(\d{4})-(\d\d)-(\d\d)T", core)
    if found is None:
        return EPOCH
    year, month, day = (int(g) for g in found.groups())
    return datetime(year, month, day, tzinfo=UTC)


def fixed_dates(data: bytes, stamp: datetime) -> bytes:
    """The PDF with LibreOffice's clock time replaced by ``stamp``: same input, same bytes.

    LibreOffice 7.4 writes the export time into the Info dictionary and the XMP metadata, and
    derives the file identifier and ``/DocChecksum`` from it; nothing else varies between
    runs. Every replacement keeps its length, so the cross-reference offsets stay valid.
    """
    pdf_date = stamp.strftime("D:%Y%m%d%H%M%S").encode("ascii")
    xmp_date = stamp.strftime("%Y-%m-%dT%H:%M:%S").encode("ascii")
    data = re.sub(rb"(/(?:CreationDate|ModDate)\()D:\d{14}", lambda m: m[1] + pdf_date, data)
    data = re.sub(
        rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d",
        lambda m: m[1] + xmp_date,
        data,
    )
    identifier = re.compile(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]{32})(>\s*<)([0-9A-Fa-f]{32})(>)")
    checksum = re.compile(rb"(/DocChecksum\s*/)([0-9A-Fa-f]{32})")
    blank = identifier.sub(lambda m: m[1] + b"0" * 32 + m[3] + b"0" * 32 + m[5], data)
    blank = checksum.sub(lambda m: m[1] + b"0" * 32, blank)
    digest = hashlib.md5(blank, usedforsecurity=False).hexdigest().upper().encode("ascii")
    data = identifier.sub(lambda m: m[1] + digest + m[3] + digest + m[5], data)
    return checksum.sub(lambda m: m[1] + digest, data)
