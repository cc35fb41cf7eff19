"""Why provisions changed: per document, the commits that changed each node's text or place.

Each commit between the two versions that touched a source file is assembled and compared
with the one before it, with the same change tree as the round itself. A commit is a reason
for a provision only when that comparison shows the provision's text, presence or place
changed: a commit that only adds metadata (``onderwerpen:``, ``negeer:``), comments or
formatting to a fragment changes nothing in the assembled model, and is no reason anywhere.
A renumbered number or the new wording of a reference is no change either.

Uncommitted changes in the working tree count as one more step, with :data:`UNCOMMITTED` as
its message.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from pathlib import Path

import git

from assembler.changeset import History, touched_by
from assembler.diff.changes import compare
from assembler.errors import SourceError, UsageError
from assembler.model.nodes import Document
from assembler.source.gitstore import WORKTREE, open_repo
from assembler.versions import CONTENT, Source, open_version

UNCOMMITTED = "niet-vastgelegde wijziging in de werkmap"

Documents = Mapping[str, Document]  # per file stem
Assemble = Callable[[Source], Documents]


def _commits(repo: git.Repo, old_sha: str, new_sha: str) -> list[tuple[str, str]]:
    """(sha, subject) of the commits in ``old..new`` that touched a source file, oldest first.

    Both revisions are resolved shas, never user text: they cannot be read as options.
    """
    if old_sha == new_sha:
        return []
    log = repo.git.log(
        "--reverse", "--topo-order", "--format=%H%x1f%s", f"{old_sha}..{new_sha}", "--", *CONTENT
    )
    out = []
    for line in log.splitlines():
        sha, _, subject = line.partition("\x1f")
        if sha:
            out.append((sha, subject))
    return out


def histories(
    root: Path,
    old: Source,
    new: Source,
    old_docs: Documents,
    new_docs: Documents,
    assemble: Assemble,
    progress: Callable[[int, int, str], None] | None = None,
) -> dict[str, History]:
    """Per file stem: which commits between ``old`` and ``new`` changed which node.

    ``old_docs``/``new_docs`` are the two versions already assembled (reused for the first and
    the last step). A commit whose sources do not assemble is skipped: its changes are
    attributed to the next commit that does.
    """
    try:
        repo = open_repo(root)
    except UsageError:
        return {}
    if old.commit is None:
        return {}
    head = repo.head.commit.hexsha if new.commit is None else new.commit.hexsha
    steps: list[tuple[str, str, Callable[[], Documents]]] = []
    for sha, subject in _commits(repo, old.commit.hexsha, head):
        if new.commit is not None and sha == head:
            steps.append((sha, subject, lambda: new_docs))
        else:
            steps.append((sha, subject, _assembler(root, sha, assemble)))
    if new.commit is None and _dirty(repo):
        steps.append((WORKTREE, UNCOMMITTED, lambda: new_docs))
    messages: list[str] = []
    touched: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    before = old_docs
    for number, (sha, subject, documents) in enumerate(steps, start=1):
        if progress is not None:
            progress(number, len(steps), f"redenen: commit {sha[:12]}")
        try:
            after = documents()
        except (SourceError, UsageError):
            continue
        index = len(messages)
        messages.append(subject)
        for stem in {*before, *after}:
            a, b = before.get(stem), after.get(stem)
            if a == b:
                continue
            for ident in touched_by(compare(a, b)):
                touched[stem][ident].add(index)
        before = after
    frozen = tuple(messages)
    return {
        stem: History(frozen, {i: frozenset(v) for i, v in nodes.items()})
        for stem, nodes in touched.items()
    }


def _assembler(root: Path, sha: str, assemble: Assemble) -> Callable[[], Documents]:
    return lambda: assemble(open_version(root, sha))


def _dirty(repo: git.Repo) -> bool:
    return bool(repo.git.status("--porcelain", "--untracked-files=all", "--", *CONTENT).strip())
