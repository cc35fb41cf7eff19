"""Writing output files atomically: a reader never sees half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


OWNED = ".assembler-uitvoer"  # the files the last build wrote in a folder, one name a line


def owned(folder: Path) -> set[str]:
    """The names the last build recorded in ``folder`` (none when it never wrote there)."""
    try:
        text = (folder / OWNED).read_text(encoding="utf-8")
    except FileNotFoundError:
        return set()
    return {line for line in text.splitlines() if _plain_name(line)}


def record_and_prune(folder: Path, names: set[str], prune: bool = True) -> list[Path]:
    """Record ``names`` as the files of ``folder``; with ``prune``, first remove the files an
    earlier build wrote there and this one did not (returned). Only files listed in the
    record are ever removed: a file the assembler did not write stays, whatever its name."""
    before = owned(folder)
    removed = []
    if prune:
        for name in sorted(before - names):
            path = folder / name
            if path.is_file() and not path.is_symlink():
                path.unlink()
                removed.append(path)
        kept = names
    else:
        kept = names | {n for n in before if (folder / n).is_file()}
    write_atomic(folder / OWNED, "".join(f"{n}\n" for n in sorted(kept)).encode("utf-8"))
    return removed


def _plain_name(name: str) -> bool:
    """A file name in the folder itself: never a path up, down or absolute."""
    return bool(name) and name not in (".", "..", OWNED) and "/" not in name and "\\" not in name
