"""Folder names derived from the version names a user types.

A version name is anything git accepts as a revision (``HEAD~1``, ``:/zoektekst``,
``a/../../x``), so it is never used as a path as it is. A plain name (letters, digits, ``.``,
``_`` and ``-``, no ``..``) is its own folder name, so ``build/concept/`` stays readable;
every other name becomes a readable slug plus ``+`` and a digest of the exact name. A plain
name never contains ``+``, so the two kinds never meet, and distinct names get distinct
folders (up to a collision of 48 bits of SHA-256). Same name, same folder, on every machine.
"""

from __future__ import annotations

import hashlib
import re

# At most 64 characters, starting and ending with a letter or digit: never ".", "..", a
# hidden name or one that a shell or Windows treats specially.
_PLAIN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9])?")
_UNSAFE = re.compile(r"[^A-Za-z0-9]+")
_READABLE = 40  # characters of the slug kept before the digest
ROUND = ".."  # between the two versions of a round: build/redline/<van>..<naar>/


def folder_name(version: str) -> str:
    """The one path component under ``build/`` that stands for ``version``."""
    if _PLAIN.fullmatch(version) and ROUND not in version:
        return version
    # surrogatepass: a name from the command line may hold undecodable bytes as surrogates.
    digest = hashlib.sha256(version.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    readable = _UNSAFE.sub("-", version)[:_READABLE].strip("-")
    return f"{readable or 'versie'}+{digest}"


def round_name(old: str, new: str) -> str:
    """The folder of the round ``old`` → ``new``: unambiguous, since no folder name holds
    ``..``."""
    return f"{folder_name(old)}{ROUND}{folder_name(new)}"
