"""The numbering in force: which milestone a version amends, and the numbers it must keep.

A milestone with ``in_werking:`` in ``mijlpalen.yaml`` is a version that took effect. Every
later version (a later milestone, a commit after it, the working tree) keeps its numbers
(Aanwijzing 6.16): :func:`frozen_for` gives, per document id, the article and chapter numbers
of the last such milestone before the version, and the numbers that were ever in force, so
that a repealed number is never given out again. The milestones are read from the working
tree's ``mijlpalen.yaml`` (where a recorded milestone's commit is written), and "before" is
git ancestry.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import git

from assembler.errors import UsageError
from assembler.model.nodes import Document
from assembler.source import milestones as ms
from assembler.source.gitstore import open_repo
from assembler.source.records import SFrozen
from assembler.source.tree import WorkTree

Frozen = dict[str, SFrozen]
# Assembles the documents of a milestone (with its own frozen numbering): given by the pipeline.
AssembleMilestone = Callable[[ms.Milestone], list[Document]]


def in_force_milestones(root: Path) -> list[ms.Milestone]:
    """The declared milestones that took effect, in declared (chronological) order."""
    return [m for m in ms.load_milestones(WorkTree(root)) if m.in_force is not None]


def _commit(repo: git.Repo, milestone: ms.Milestone) -> git.Commit | None:
    from assembler.versions import milestone_commit

    try:
        return milestone_commit(repo, milestone)
    except UsageError:
        return None  # declared but not recorded yet: not in force for anything


def before(root: Path, commit: git.Commit | None) -> list[ms.Milestone]:
    """The in-force milestones that precede ``commit`` (the working tree's HEAD when None),
    oldest first; a milestone does not precede its own commit's version."""
    declared = in_force_milestones(root)
    if not declared:
        return []
    try:
        repo = open_repo(root)
    except UsageError:
        return []  # not a git repository: no milestone can be in force
    if commit is None:
        try:
            head = repo.head.commit
        except ValueError:
            return []  # no commit yet
        target, strict = head, False
    else:
        target, strict = commit, True
    out = []
    for milestone in declared:
        found = _commit(repo, milestone)
        if found is None or (strict and found.hexsha == target.hexsha):
            continue
        if found.hexsha == target.hexsha or repo.is_ancestor(found, target):
            out.append(milestone)
    return out


def numbering(documents: list[Document], used: frozenset[str] = frozenset()) -> Frozen:
    """The numbers of ``documents`` as a later version must keep them."""
    out: Frozen = {}
    for doc in documents:
        articles = tuple((a.id, a.number) for a in doc.articles)
        chapters = tuple((c.id, c.number) for c in doc.chapters if c.number)
        out[doc.id] = SFrozen(articles, chapters, used)
    return out


def frozen_for(
    root: Path, commit: git.Commit | None, assemble_milestone: AssembleMilestone
) -> Frozen:
    """Per document id, the numbering in force that version ``commit`` keeps (empty before any
    milestone took effect)."""
    earlier = before(root, commit)
    if not earlier:
        return {}
    used: dict[str, set[str]] = {}
    documents: list[Document] = []
    for milestone in earlier:
        documents = assemble_milestone(milestone)
        for doc in documents:
            used.setdefault(doc.id, set()).update(a.number for a in doc.articles)
            used[doc.id].update(c.number for c in doc.chapters if c.number)
    frozen = numbering(documents)
    return {
        ident: SFrozen(f.articles, f.chapters, frozenset(used.get(ident, ())))
        for ident, f in frozen.items()
    }
