"""A reviewer's edits made in LibreOffice, by ``lo_edit.py`` under the system Python."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.render.oracles import SYSTEM_PYTHON, _system_python_env, _uno_problem

LO_EDIT = Path(__file__).with_name("lo_edit.py")
AUTHOR = "Griffie Zwijndrecht"


def edit_in_libreoffice(
    data: bytes, edits: list[dict[str, str]], tmp_path: Path
) -> tuple[bytes, dict[str, Any]]:
    """The document after ``edits`` in LibreOffice (tracked, as ``AUTHOR``), and what
    LibreOffice holds: ``{"redlines": [{type, author, date}], "comments": [...]}``."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is niet geïnstalleerd")
    problem = _uno_problem()
    if problem is not None:
        pytest.skip(problem)
    source = tmp_path / "verstuurd.docx"
    source.write_bytes(data)
    job = {
        "input": str(source),
        "output": str(tmp_path / "teruggestuurd.docx"),
        "result": str(tmp_path / "libreoffice.json"),
        "author": AUTHOR,
        "edits": edits,
    }
    (tmp_path / "job.json").write_text(json.dumps(job), encoding="utf-8")
    result = subprocess.run(
        [SYSTEM_PYTHON, "-I", str(LO_EDIT), str(tmp_path / "job.json")],
        capture_output=True,
        text=True,
        env=_system_python_env(),
        timeout=600,
    )
    if result.returncode != 0:
        pytest.fail(f"lo_edit.py faalde ({result.returncode}): {result.stderr.strip()}")
    held = json.loads((tmp_path / "libreoffice.json").read_text(encoding="utf-8"))
    return (tmp_path / "teruggestuurd.docx").read_bytes(), held
