"""The register of one round, loaded against the project: rounds, provisions and commits known."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

import git

from assembler import versions
from assembler.errors import SourceError, UsageError
from assembler.source import milestones as ms
from assembler.source.gitstore import open_repo
from assembler.source.project import load_project
from assembler.source.reactions import ReactionSource, load_round, provisions_of, round_ids
from assembler.source.tree import WorkTree


@dataclass(frozen=True, slots=True)
class Register:
    round: ms.Milestone
    sources: tuple[ReactionSource, ...]
    provisions: frozenset[str]


def milestone(root: Path, round_id: str) -> ms.Milestone:
    """The round by its milestone id; unknown: a Dutch UsageError naming the known ones."""
    declared = versions.milestones(root)
    found = ms.find(declared, round_id)
    if found is None:
        known = ", ".join(m.id for m in declared) or "geen"
        raise UsageError(f"onbekende ronde '{round_id}'; in {ms.MILESTONES_FILE} staan: {known}")
    return found


def known_provisions(root: Path, round_id: str) -> frozenset[str]:
    """The provision ids of the round's version and of the working tree: a reaction may concern
    a provision that has since gone, or one added since."""
    ids = provisions_of(list(load_project(WorkTree(root)).fragments.values()))
    try:
        source = versions.open_version(root, round_id)
    except UsageError:
        return frozenset(ids)
    # The round's own sources are what they were; when they no longer read, the working
    # tree's ids still count.
    with contextlib.suppress(SourceError):
        ids |= provisions_of(list(load_project(source.tree).fragments.values()))
    return frozenset(ids)


def _commit_checker(root: Path) -> git.Repo | None:
    try:
        return open_repo(root)
    except UsageError:
        return None


def load_register(root: Path, round_id: str) -> Register:
    """The round's sources, validated against the milestones, provisions and history."""
    found = milestone(root, round_id)
    rounds = [m.id for m in versions.milestones(root)]
    provisions = known_provisions(root, round_id)
    repo = _commit_checker(root)

    def exists(sha: str) -> bool:
        if repo is None:
            return True
        try:
            repo.commit(sha)
        except (ValueError, git.BadName):
            return False
        return True

    tree = WorkTree(root)
    problems: list[SourceError] = []
    for other in round_ids(tree):
        if other == round_id:
            continue
        try:  # every folder is checked: a misnamed round is found at once, not when asked for
            load_round(tree, other, rounds, provisions | known_provisions(root, other), exists)
        except SourceError as exc:
            problems.append(exc)
        except UsageError:
            pass
    try:
        sources = load_round(tree, round_id, rounds, provisions, exists)
    except SourceError as exc:
        problems.append(exc)
    if problems:
        raise SourceError(p for exc in problems for p in exc.problems)
    return Register(found, tuple(sources), provisions)
