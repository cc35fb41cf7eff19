"""Independent readers of a .docx: pandoc (text) and LibreOffice (PDF; accept/reject-all text).

Each helper skips the calling test, with the reason, when its program is not installed.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

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
        [
            pandoc,
            "-f",
            "docx+empty_paragraphs",
            f"--track-changes={track_changes}",
            "-t",
            "plain",
            "--wrap=none",
        ],
        input=data,
        capture_output=True,
        check=True,
        timeout=120,
    )
    return words(result.stdout.decode("utf-8"))


def words(text: str) -> str:
    """``text`` with its no-break spaces read as spaces.

    The Word writer puts U+00A0 where Dutch typography wants it ("artikel 7", "€ 110",
    "1 januari"; see ``assembler/render/typography.py``), so a document's text differs from the
    model's by exactly those spaces. The oracles compare words; ``tests/render/test_typography.py``
    checks the no-break spaces themselves, in the document's XML.
    """
    return text.replace("\u00a0", " ")


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
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        capture_output=True,
        check=True,
        timeout=300,
    )
    pdf = tmp_path / "document.pdf"
    if not pdf.is_file():
        pytest.fail("LibreOffice did not write a PDF")
    return pdf


# LibreOffice's Python bridge is Debian's python3-uno, importable only by the system Python.
SYSTEM_PYTHON = "/usr/bin/python3"
LIBREOFFICE_CHANGES = Path(__file__).with_name("libreoffice_changes.py")
# The script ends soffice itself after this many seconds. Reject-all is LibreOffice's slow
# step: 0.2 s for 700 redlines, about 150 s for 9,500.
LIBREOFFICE_CHANGES_TIMEOUT = 1200


def _system_python_env() -> dict[str, str]:
    """The environment without the venv's traces, for the system Python."""
    drop = {"PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "PYTHONSAFEPATH", "VIRTUAL_ENV"}
    return {key: value for key, value in os.environ.items() if key not in drop}


@functools.cache
def _uno_problem() -> str | None:
    """Why the system Python cannot drive LibreOffice, or None when it can (checked once)."""
    if not Path(SYSTEM_PYTHON).is_file():
        return f"{SYSTEM_PYTHON} is missing (LibreOffice's bridge needs the system Python)"
    try:
        result = subprocess.run(
            [SYSTEM_PYTHON, "-I", "-c", "import uno"],
            capture_output=True,
            text=True,
            timeout=60,
            env=_system_python_env(),
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"{SYSTEM_PYTHON} -c 'import uno' did not run: {error}"
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["no message"])[-1]
        return f"{SYSTEM_PYTHON} cannot import uno (install python3-uno): {last}"
    return None


def libreoffice_changes(data: bytes, tmp_path: Path) -> tuple[str, str, list[dict[str, Any]]]:
    """``(accept-all text, reject-all text, redlines)`` of the document, as LibreOffice has them.

    LibreOffice 7.4 dispatches ``.uno:AcceptAllTrackedChanges`` / ``.uno:RejectAllTrackedChanges``
    (each on a fresh load) and stores "Text (encoded)": UTF-8, LF, no byte-order mark, one line
    per paragraph and per table cell, tabs kept, list labels of automatic numbering written
    out, headers, footers and comments left out. Each redline is ``{"type", "author", "date",
    "move", "text"}`` as listed before accepting (see ``libreoffice_changes.py``). Skips the
    calling test when soffice or the system Python's ``uno`` module is missing.
    """
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    problem = _uno_problem()
    if problem is not None:
        pytest.skip(problem)
    source = tmp_path / "changes.docx"
    source.write_bytes(data)
    outdir = tmp_path / "lo-changes"
    env = _system_python_env()
    env["LIBREOFFICE_CHANGES_TIMEOUT"] = str(LIBREOFFICE_CHANGES_TIMEOUT)
    result = subprocess.run(
        [SYSTEM_PYTHON, "-I", str(LIBREOFFICE_CHANGES), str(source), str(outdir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=LIBREOFFICE_CHANGES_TIMEOUT + 120,  # a last resort: the script ends itself first
    )
    if result.returncode != 0:
        pytest.fail(f"libreoffice_changes.py failed ({result.returncode}): {result.stderr.strip()}")
    accept = words((outdir / "accept.txt").read_text(encoding="utf-8"))
    reject = words((outdir / "reject.txt").read_text(encoding="utf-8"))
    redlines = json.loads((outdir / "redlines.json").read_text(encoding="utf-8"))
    return accept, reject, redlines


REDLINE_NOTICE = "Wijzigingen ten opzichte van "


def without_redline_notice(lines: list[str]) -> list[str]:
    """Lines of a read-back redline without its notice ("Wijzigingen ten opzichte van
    Concepttekst (17 mei 2021)"), which belongs to the redline and to neither version."""
    return [line for line in lines if not line.strip().startswith(REDLINE_NOTICE)]
