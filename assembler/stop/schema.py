"""Validating STOP XML against the tekst schema (``imop-tekst.xsd``), when it is present.

The schema is not part of the project: it is looked up in ``ASSEMBLER_STOP_XSD`` (a file or a
folder), then in ``../shared/stop-xsd`` next to the repository.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from lxml import etree  # type: ignore[import-untyped, unused-ignore]

SCHEMA_FILE = "imop-tekst.xsd"
_REPO = Path(__file__).resolve().parent.parent.parent


def schema_path() -> Path | None:
    """Where the schema is, or None."""
    configured = os.environ.get("ASSEMBLER_STOP_XSD")
    candidates = []
    if configured:
        path = Path(configured)
        candidates.append(path / SCHEMA_FILE if path.is_dir() else path)
    candidates.append(_REPO.parent / "shared" / "stop-xsd" / SCHEMA_FILE)
    return next((c for c in candidates if c.is_file()), None)


@lru_cache(maxsize=2)
def _schema(path: Path) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(path)))


def problems(data: bytes) -> list[str]:
    """The schema's complaints about ``data`` ("regel 12: ..."); [] when it is valid.

    Raises FileNotFoundError when the schema cannot be found.
    """
    path = schema_path()
    if path is None:
        raise FileNotFoundError(SCHEMA_FILE)
    schema = _schema(path)
    document = etree.fromstring(data)
    if schema.validate(document):
        return []
    return [f"regel {e.line}: {e.message}" for e in schema.error_log]
