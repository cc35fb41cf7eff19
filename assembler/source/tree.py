"""Where source files come from: the working tree now, a git commit later.

Every path is a POSIX path relative to the repository root. A path taken from a manifest goes
through :func:`safe_relpath` first, so no manifest can reach outside the repository.
"""

from __future__ import annotations

import posixpath
from pathlib import Path
from typing import Protocol


class Tree(Protocol):
    """Read-only access to the files of one version of the repository."""

    label: str

    def read_text(self, relpath: str) -> str: ...

    def read_bytes(self, relpath: str) -> bytes: ...

    def exists(self, relpath: str) -> bool: ...

    def list_files(self, folder: str, suffix: str) -> list[str]:
        """All files under ``folder`` (recursively) ending in ``suffix``, sorted."""
        ...


class WorkTree:
    """The files on disk under ``root`` (the ``werkmap``), uncommitted changes included."""

    label = "werkmap"

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self._checked: set[str] = set()  # paths already known to stay inside the root

    def _path(self, relpath: str) -> Path:
        if relpath in self._checked:
            return self.root / relpath
        path = (self.root / relpath).resolve()
        if not path.is_relative_to(self.root):
            raise FileNotFoundError(relpath)
        return path

    def read_text(self, relpath: str) -> str:
        return self._path(relpath).read_bytes().decode("utf-8")

    def read_bytes(self, relpath: str) -> bytes:
        return self._path(relpath).read_bytes()

    def exists(self, relpath: str) -> bool:
        try:
            return self._path(relpath).is_file()
        except FileNotFoundError:
            return False

    def list_files(self, folder: str, suffix: str) -> list[str]:
        base = self.root / folder
        if not base.is_dir():
            return []
        found = sorted(
            p.relative_to(self.root).as_posix()
            for p in base.rglob(f"*{suffix}")
            if p.is_file() and p.resolve().is_relative_to(self.root)
        )
        self._checked.update(found)
        return found


def safe_relpath(raw: str) -> str | None:
    """Normalise a manifest path; ``None`` when it is absolute or leaves the repository."""
    if not raw or "\\" in raw or raw.startswith("/") or ":" in raw.split("/")[0]:
        return None
    normal = posixpath.normpath(raw)
    if normal == ".." or normal.startswith("../") or normal == ".":
        return None
    return normal
