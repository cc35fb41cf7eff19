"""Versions: any commit, tag, branch or milestone read straight from git, without a checkout.

Every name a user types is resolved in Python (GitPython's ``rev_parse``) or passed to git
after ``--end-of-options``, so a version can never be taken as a git option.
"""

from __future__ import annotations

from pathlib import Path

import git
from gitdb.exc import BadName, BadObject

from assembler.errors import UsageError
from assembler.source.tree import WorkTree

WORKTREE = "werkmap"


class GitTree:
    """The files of one commit, read from the object database."""

    def __init__(self, repo: git.Repo, commit: git.Commit, label: str) -> None:
        self.repo = repo
        self.commit = commit
        self.label = label
        self._blobs: dict[str, git.Blob] | None = None

    def _all(self) -> dict[str, git.Blob]:
        if self._blobs is None:
            self._blobs = {
                str(item.path): item
                for item in self.commit.tree.traverse()
                if isinstance(item, git.Blob)
            }
        return self._blobs

    def read_bytes(self, relpath: str) -> bytes:
        blob = self._all().get(relpath)
        if blob is None:
            raise FileNotFoundError(relpath)
        data: bytes = blob.data_stream.read()
        return data

    def read_text(self, relpath: str) -> str:
        return self.read_bytes(relpath).decode("utf-8")

    def exists(self, relpath: str) -> bool:
        return relpath in self._all()

    def list_files(self, folder: str, suffix: str) -> list[str]:
        prefix = folder.rstrip("/") + "/"
        return sorted(p for p in self._all() if p.startswith(prefix) and p.endswith(suffix))


def open_repo(root: Path) -> git.Repo:
    try:
        return git.Repo(root, search_parent_directories=False)
    except (git.InvalidGitRepositoryError, git.NoSuchPathError):
        raise UsageError(f"{root} is geen git-repository; versies zijn git-commits") from None


def resolve_commit(repo: git.Repo, name: str) -> git.Commit:
    """The commit a user's version name points at, or a Dutch UsageError."""
    if not name or name.startswith("-"):
        raise UsageError(f"ongeldige versie '{name}': een versie begint niet met '-'")
    try:
        obj = repo.rev_parse(name)
    except NotImplementedError:
        # GitPython reads most of git's revision syntax, not all of it (HEAD@{yesterday}).
        raise UsageError(
            f"versie '{name}': deze schrijfwijze van een git-revisie wordt niet ondersteund;"
            " gebruik een mijlpaal, een commit, een tag of een tak"
        ) from None
    except (BadName, BadObject, ValueError, IndexError, KeyError, TypeError) as exc:
        if _is_shallow(repo) and _looks_like_sha(name):
            raise UsageError(
                f"commit '{name}' ontbreekt in deze ondiepe kloon; haal de hele geschiedenis op"
                " met: git fetch --unshallow"
            ) from None
        raise UsageError(f"onbekende versie '{name}': geen commit, tag, tak of mijlpaal") from exc
    while isinstance(obj, git.TagObject):
        obj = obj.object
    if not isinstance(obj, git.Commit):
        raise UsageError(f"versie '{name}' wijst niet naar een commit")
    try:
        obj.tree  # noqa: B018 - touching the tree proves the objects are present
    except (ValueError, BadObject, BadName):
        raise UsageError(
            f"commit '{name}' ontbreekt in deze ondiepe kloon; haal de hele geschiedenis op"
            " met: git fetch --unshallow"
        ) from None
    return obj


def _is_shallow(repo: git.Repo) -> bool:
    return (Path(repo.git_dir) / "shallow").exists()


def _looks_like_sha(name: str) -> bool:
    return len(name) >= 7 and all(c in "0123456789abcdef" for c in name.lower())


def open_tree(root: Path, name: str) -> WorkTree | GitTree:
    """The working tree for ``werkmap``, otherwise the files of that commit."""
    if name == WORKTREE:
        return WorkTree(root)
    repo = open_repo(root)
    return GitTree(repo, resolve_commit(repo, name), name)
