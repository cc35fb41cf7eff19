"""Where source files come from: the working tree now, a git commit later.

Every path is a POSIX path relative to the repository root. A path taken from a manifest goes
through :func:`safe_relpath` first, so no manifest can reach outside the repository.
"""

from __future__ import annotations

import os
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

    def leads_outside(self, relpath: str) -> bool:
        """Whether ``relpath`` is there but leads (by a symbolic link) outside the repository:
        it is not read, and the message can say why."""
        path = self.root / relpath
        return os.path.lexists(path) and not path.resolve().is_relative_to(self.root)

    def list_files(self, folder: str, suffix: str) -> list[str]:
        root = str(self.root)
        base = os.path.join(root, folder)
        if not os.path.isdir(base) or not _inside(os.path.realpath(base), root):
            return []
        found = []
        # os.walk does not enter symlinked folders; a symlinked file counts only when it points
        # inside the repository. Plain string work: this runs for thousands of files.
        for dirpath, _, filenames in os.walk(base):
            for name in filenames:
                if not name.endswith(suffix):
                    continue
                full = os.path.join(dirpath, name)
                if os.path.islink(full):
                    real = os.path.realpath(full)
                    if not _inside(real, root) or not os.path.isfile(real):
                        continue
                found.append(full[len(root) + 1 :].replace(os.sep, "/"))
        found.sort()
        self._checked.update(found)
        return found


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root + os.sep)


def safe_relpath(raw: str) -> str | None:
    """Normalise a manifest path; ``None`` when it is absolute or leaves the repository."""
    if not raw or "\\" in raw or raw.startswith("/") or ":" in raw.split("/")[0]:
        return None
    normal = posixpath.normpath(raw)
    if normal == ".." or normal.startswith("../") or normal == ".":
        return None
    return normal
