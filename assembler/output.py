"""Writing output: a reader never sees half a file, and never half a build.

A single file (``mijlpalen.yaml``) is written through a temporary file and a rename. A whole
output folder (``build/werkmap/``, a redline round, the review site, a milestone's packages)
is replaced as one step: every file is written into a sibling folder
``.<naam>.tmp-<pid>-<random>``, the files of the old folder that stay are linked into it, and
then the two folders are exchanged (``renameat2(RENAME_EXCHANGE)`` on Linux, two renames
elsewhere). A failure before the exchange leaves the previous build as it was; what a killed
build leaves behind is cleared by the next one. See ``docs/ontwerp/uitvoer.md``.
"""

from __future__ import annotations

import ctypes
import errno
import os
import re
import secrets
import shutil
import sys
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from assembler.errors import UsageError


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


OWNED = ".assembler-uitvoer"  # the entries the last build wrote in a folder, one name a line
STAGING, RETIRED = "tmp", "old"  # the kinds of sibling folder a replacement uses
# What write_atomic leaves behind when killed: ".<name>.<8 random characters>.tmp".
_ATOMIC_LEFTOVER = re.compile(r"\.(.+)\.[a-z0-9_]{8}\.tmp")


def owned(folder: Path) -> set[str]:
    """The names the last build recorded in ``folder`` (none when it never wrote there)."""
    try:
        # errors="replace": a damaged record names nothing we could remove, it does not crash.
        text = (folder / OWNED).read_text(encoding="utf-8", errors="replace")
    except (FileNotFoundError, NotADirectoryError):
        return set()
    return {line for line in text.splitlines() if _plain_name(line)}


def replace_folder(folder: Path, files: Mapping[str, bytes], prune: bool = True) -> list[Path]:
    """Make ``folder`` hold ``files`` (by relative path, ``/`` between folders) in one step.

    What else was in the folder stays, except, with ``prune``, the entries an earlier build
    recorded there and this one does not write (returned). Without ``prune`` (a partial
    build) every earlier entry stays unless a new file takes its name. Every path is checked
    before anything is written; a problem is a ``UsageError`` naming the output path.
    """
    tops = _top_names(files)
    real = folder.resolve()
    _check_place(folder, real)
    clear_leftovers(real)
    before = owned(real)
    entries = {p.name: p for p in real.iterdir()} if real.is_dir() else {}
    for name in sorted(tops & entries.keys()):
        entry = entries[name]
        # A folder where a file goes is never ours, even under a name an earlier build wrote
        # (it wrote a file there): it holds the user's files and is not thrown away.
        if name in files and entry.is_dir() and not entry.is_symlink():
            raise UsageError(
                f"{folder / name} is een map die de assembler niet schreef, maar daar hoort een"
                " bestand; verwijder of hernoem die map. Er is niets geschreven."
            )
    kept: list[str] = []
    removed: list[Path] = []
    for name in sorted(entries):
        entry = entries[name]
        if name in tops or name == OWNED or _leftover(name, tops | before):
            continue
        if prune and name in before and not entry.is_symlink():
            removed.append(folder / name)
            continue
        kept.append(name)
    record = tops | (before & set(kept))
    staging = _sibling(real, STAGING)
    try:
        with _as_output(folder):
            os.mkdir(staging)
        for relative, data in sorted(files.items()):
            with _as_output(folder / relative):
                _write_new(staging / relative, data)
        for name in kept:
            with _as_output(folder / name):
                _link_copy(entries[name], staging / name)
        with _as_output(folder / OWNED):
            _write_new(staging / OWNED, "".join(f"{n}\n" for n in sorted(record)).encode())
        with _as_output(folder):
            _swap_in(staging, real)
    finally:
        # After the exchange the staging name holds the old folder: it goes either way.
        shutil.rmtree(staging, ignore_errors=True)
    return removed


def clear_leftovers(real: Path) -> None:
    """Remove what a killed replacement of ``real`` left beside it; a retired old folder is
    put back first when the new one never arrived. Another running build's folders stay."""
    parent = real.parent
    if not parent.is_dir():
        return
    pattern = re.compile(rf"\.{re.escape(real.name)}\.({STAGING}|{RETIRED})-(\d+)-[0-9a-f]+")
    for entry in sorted(parent.iterdir()):
        match = pattern.fullmatch(entry.name)
        if match is None or _running(int(match[2])):
            continue
        if match[1] == RETIRED and not real.exists():
            os.rename(entry, real)
        else:
            shutil.rmtree(entry, ignore_errors=True)


def _top_names(files: Mapping[str, bytes]) -> set[str]:
    tops: set[str] = set()
    folders: set[str] = set()
    for relative in files:
        parts = relative.split("/")
        if not all(_plain_name(p) for p in parts):  # pragma: no cover - names are ours
            raise ValueError(f"not a relative output path: {relative!r}")
        tops.add(parts[0])
        folders.update("/".join(parts[:i]) for i in range(1, len(parts)))
    clash = folders & files.keys()
    if clash:  # pragma: no cover - names are ours
        raise ValueError(f"output paths used as file and folder: {sorted(clash)}")
    return tops


def _check_place(folder: Path, real: Path) -> None:
    if real.exists() and not real.is_dir():
        raise UsageError(
            f"uitvoermap {folder} is een bestand, geen map; kies een andere map. Er is niets"
            " geschreven."
        )
    for above in real.parents:
        if above.exists():
            if not above.is_dir():
                raise UsageError(
                    f"uitvoermap {folder} kan niet worden gemaakt: {above} is een bestand. Er is"
                    " niets geschreven."
                )
            break
    real.parent.mkdir(parents=True, exist_ok=True)


def _sibling(real: Path, kind: str) -> Path:
    return real.parent / f".{real.name}.{kind}-{os.getpid()}-{secrets.token_hex(4)}"


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return False  # this process is replacing the folder now: what it left is stale
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _write_new(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "xb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _link_copy(source: Path, target: Path) -> None:
    """``source`` (a file, folder or symlink) at ``target`` without touching it: files as
    hard links (instant, no space), copied where the file system has no hard links."""
    if source.is_symlink():
        os.symlink(os.readlink(source), target)
    elif source.is_dir():
        shutil.copytree(source, target, symlinks=True, copy_function=_link_file)
    else:
        _link_file(str(source), str(target))


def _link_file(source: str, target: str) -> None:
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError:
        shutil.copy2(source, target, follow_symlinks=False)


def _swap_in(staging: Path, real: Path) -> None:
    """Put ``staging`` at ``real``; the old folder, if any, ends up at ``staging``."""
    if not real.exists():
        os.rename(staging, real)
        return
    if _exchange(staging, real):
        return
    retired = _sibling(real, RETIRED)
    os.rename(real, retired)
    try:
        os.rename(staging, real)
    except BaseException:
        os.rename(retired, real)
        raise
    os.rename(retired, staging)


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _exchange(first: Path, second: Path) -> bool:
    """Exchange two paths atomically (Linux ``renameat2``); False where that is not there."""
    if sys.platform != "linux":
        return False
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    renameat2.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    renameat2.restype = ctypes.c_int
    result = renameat2(
        _AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE
    )
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
        return False  # an old kernel or a file system without it: two renames instead
    raise OSError(code, os.strerror(code), str(second))


@contextmanager
def _as_output(path: Path) -> Iterator[None]:
    """An OS error while writing names the output path, never the staging folder."""
    try:
        yield
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(path)) from exc


def _leftover(name: str, ours: set[str]) -> bool:
    """A temporary file that an interrupted atomic write of one of ``ours`` left."""
    match = _ATOMIC_LEFTOVER.fullmatch(name)
    return match is not None and match[1] in ours


def _plain_name(name: str) -> bool:
    """A file name in the folder itself: never a path up, down or absolute."""
    return bool(name) and name not in (".", "..", OWNED) and "/" not in name and "\\" not in name
