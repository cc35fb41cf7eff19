"""The layout oracle: does every word of a document survive LibreOffice's layout whole?

A word is taken from the document's body (``word/document.xml``: every ``w:t`` and, in a
redline, ``w:delText``, which LibreOffice prints struck through) and counted among the words
of ``pdftotext -layout``'s output of the PDF LibreOffice laid out (the layout mode keeps a
hyphen at a line end, where the default mode would join the two halves). A word that a narrow
table column broke over two lines ("Onderst" / "eunen", "890.768," / "03") is found less
often than the document has it.

Words are runs of letters and digits, joined by an inner "." or "," ("2.157.584,16" is one
word); a hyphen, a slash or a space separates words, because a line may break there. Only
words of four or more characters count. Both texts are NFKC-normalised (a ligature in the PDF
is the letters it stands for).
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WORD = re.compile(r"\w+(?:[.,]\w+)*")
MIN_LENGTH = 4


def words(text: str) -> Counter[str]:
    """The words of at least four characters in ``text``, each with how often it occurs."""
    found = WORD.findall(unicodedata.normalize("NFKC", text))
    return Counter(w for w in found if len(w) >= MIN_LENGTH)


def docx_text(data: bytes) -> str:
    """The body text of a .docx: one line per paragraph, a tab or break as a space."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        root = ET.fromstring(package.read("word/document.xml"))
    lines = []
    for para in root.iter(f"{W}p"):
        parts = []
        for node in para.iter():
            if node.tag in (f"{W}t", f"{W}delText"):
                parts.append(node.text or "")
            elif node.tag in (f"{W}tab", f"{W}br"):
                parts.append(" ")
        lines.append("".join(parts))
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class Verdict:
    """The words of one document that are not whole in its PDF."""

    name: str
    words: int
    broken: tuple[str, ...]


def broken(text: str, laid_out: str) -> tuple[str, ...]:
    """The words of ``text`` that occur whole in ``laid_out`` fewer times than in ``text``
    (once broken, though whole elsewhere, still counts), sorted.

    The laid-out text may hold a word more often (the running header, a table header row
    repeated on every page), never less.
    """
    return tuple(sorted(words(text) - words(laid_out)))


def verdict(name: str, docx: bytes, pdf_text: str) -> Verdict:
    text = docx_text(docx)
    return Verdict(name, len(words(text)), broken(text, pdf_text))


def missing_tools() -> str | None:
    """Why the oracle cannot run here; None when soffice and pdftotext are installed."""
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        return "LibreOffice (soffice) ontbreekt: apt-get install libreoffice-writer-nogui"
    if shutil.which("pdftotext") is None:
        return "pdftotext ontbreekt: apt-get install poppler-utils"
    return None


BATCH = 80  # documents per soffice run


def convert(documents: Sequence[tuple[str, bytes]], work: Path, timeout: float = 600) -> Path:
    """Lay out every document to ``work/pdf/<name>.pdf`` in ONE headless soffice run.

    ``soffice --convert-to`` rather than ``assembler/lo_pdf.py``: the UNO route fails on a
    redline with comments (LibreOffice 7.4: "illegal object given!"), and one soffice for all
    documents is what keeps the oracle fast. The table of contents keeps its pre-filled
    entries (no page numbers), which holds the same words.
    """
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice is not None
    source = work / "docx"
    source.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, data in documents:
        path = source / f"{name}.docx"
        path.write_bytes(data)
        paths.append(str(path))
    profile = (work / "lo-profiel").resolve().as_uri()
    # In batches: one soffice run over ~300 documents stopped after 245 without an error
    # (LibreOffice 7.4), leaving the rest unconverted.
    for start in range(0, len(paths), BATCH):
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--norestore",
                "--nolockcheck",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work / "pdf"),
                *paths[start : start + BATCH],
            ],
            capture_output=True,
            check=True,
            timeout=timeout,
        )
    missing = [name for name, _ in documents if not (work / "pdf" / f"{name}.pdf").is_file()]
    if missing:
        raise AssertionError(f"LibreOffice schreef geen PDF voor: {', '.join(missing[:5])}")
    return work / "pdf"


def pdf_text(path: Path) -> str:
    result = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        timeout=120,
    )
    return result.stdout.decode("utf-8")


def judge(documents: Sequence[tuple[str, bytes]], work: Path) -> list[Verdict]:
    """Every document laid out by LibreOffice, each with the words it broke."""
    folder = convert(documents, work)
    out = []
    for name, data in documents:
        pdf = folder / f"{name}.pdf"
        text = pdf_text(pdf) if pdf.is_file() else ""
        out.append(verdict(name, data, text))
    return out


def unique(documents: Iterable[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """The documents with distinct bytes (a package repeats the round's documents)."""
    seen: set[bytes] = set()
    out = []
    for name, data in documents:
        if data not in seen:
            seen.add(data)
            out.append((name, data))
    return out
