"""What a version is called, its date and whether it is final: from the milestones only.

One place answers "which version is this?" for every document, redline, letter and sheet:

- a milestone's commit is that milestone: its ``naam``, ``datum``, ``definitief``, ``auteur``
  and ``proces`` from ``mijlpalen.yaml``;
- the working tree, and a commit that is no milestone, is a *werkversie* named after the last
  recorded milestone it follows ("Werkversie na Definitieve tekst"; "Werkversie" before the
  first), dated by its build input: the commit date of HEAD for the working tree, the commit's
  own date for a commit (never the clock, so the same input gives the same bytes). It is never
  final and carries the WERKVERSIE watermark (see ``Version.watermark``).

The milestones are read from the working tree's ``mijlpalen.yaml`` (a milestone's own commit
predates the line that records it) and found by tag or recorded commit. Without a git
repository the working tree is "Werkversie", dated ``SOURCE_DATE_EPOCH`` or 1 January 2000.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import git

from assembler.model.dates import dutch_date
from assembler.model.nodes import Version
from assembler.source import milestones as ms
from assembler.source.tree import Tree, WorkTree

WORK_LABEL = "Werkversie"
NO_REPOSITORY_DATE = dt.date(2000, 1, 1)
UNKNOWN = Version(WORK_LABEL, NO_REPOSITORY_DATE, False, "", work=True)  # after a reported error


def milestone_version(milestone: ms.Milestone, earlier: Sequence[ms.Milestone] = ()) -> Version:
    """A milestone as a version: its own name, date, finality, author and process text;
    ``earlier`` are the recorded milestones before it (for its status)."""
    return Version(
        milestone.name,
        milestone.date,
        milestone.final,
        milestone.author,
        work=False,
        process=milestone.process,
        status=status([*earlier, milestone], own=milestone),
    )


def work_version(followed: Sequence[ms.Milestone], day: dt.date) -> Version:
    """A version between milestones: "Werkversie na <naam>", not final, dated ``day``;
    ``followed`` are the recorded milestones before it, oldest first.

    It inherits the author and the process text of the milestone it follows, so the
    toelichting of a work version tells the process as it stood at that milestone.
    """
    if not followed:
        return Version(WORK_LABEL, day, False, "", work=True)
    after = followed[-1]
    label = f"{WORK_LABEL} na {after.name}"
    return Version(
        label,
        day,
        False,
        after.author,
        work=True,
        process=after.process,
        status=status(followed, own=None),
    )


def status(followed: Sequence[ms.Milestone], own: ms.Milestone | None) -> str:
    """Which text a version is once a milestone took effect, in one sentence.

    ``followed`` are the recorded milestones up to the version (its own last when it is one).
    The milestone that took effect first is the text "zoals vastgesteld"; a later one in force
    is the *geconsolideerde tekst* "laatstelijk gewijzigd bij" it, with its date; any version
    after the last one in force is a geconsolideerde tekst with changes that are not in force,
    and names the text that is: a reader must never take a draft for the law in force.
    """
    in_force = [m for m in followed if m.in_force is not None]
    if not in_force:
        return ""
    base = in_force[-1]
    assert base.in_force is not None
    if base is in_force[0]:
        geldend = (
            f"zoals vastgesteld op {dutch_date(base.date)} en in werking getreden op "
            f"{dutch_date(base.in_force)}"
        )
    else:
        geldend = (
            f"zoals laatstelijk gewijzigd bij {base.name} van {dutch_date(base.date)}, "
            f"in werking getreden op {dutch_date(base.in_force)}"
        )
    if own is base:
        if base is in_force[0]:
            return f"Tekst {geldend}."
        return f"Geconsolideerde tekst, {geldend}."
    if own is not None:
        return (
            f"Geconsolideerde tekst met de voorgestelde wijzigingen ({own.name}, "
            f"{dutch_date(own.date)}), nog niet in werking; geldend is de tekst {geldend}."
        )
    return (
        "Geconsolideerde tekst met de wijzigingen in bewerking, niet vastgesteld; "
        f"geldend is de tekst {geldend}."
    )


def version_of(tree: Tree) -> Version:
    """The version the files of ``tree`` are (a WorkTree, or a GitTree of one commit)."""
    commit: git.Commit | None = getattr(tree, "commit", None)
    repo: git.Repo | None = getattr(tree, "repo", None)
    if commit is not None and repo is not None:
        root = Path(repo.working_tree_dir or repo.git_dir)
        return _commit_version(root, repo, commit)
    root = tree.root if isinstance(tree, WorkTree) else Path.cwd()
    _declared(root)  # read (and so checked) with or without git
    try:
        repo = git.Repo(root, search_parent_directories=False)
        head = repo.head.commit
    except (git.InvalidGitRepositoryError, git.NoSuchPathError, ValueError):
        return work_version((), _no_repository_date())
    return work_version(_followed(root, repo, head, include_self=True), _commit_date(head))


def _commit_version(root: Path, repo: git.Repo, commit: git.Commit) -> Version:
    own = next((m for m, c in _recorded(root, repo) if c == commit.hexsha), None)
    earlier = _followed(root, repo, commit, include_self=False)
    if own is not None:
        return milestone_version(own, [m for m in earlier if m is not own])
    return work_version(earlier, _commit_date(commit))


def _commit_date(commit: git.Commit) -> dt.date:
    """The committer's date in the committer's time zone: what ``git log`` shows."""
    return commit.committed_datetime.date()


def _no_repository_date() -> dt.date:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    return NO_REPOSITORY_DATE


def _declared(root: Path) -> list[ms.Milestone]:
    return ms.load_milestones(WorkTree(root))


def _recorded(root: Path, repo: git.Repo) -> list[tuple[ms.Milestone, str]]:
    """The recorded milestones with their commit sha, in declared order."""
    tags = {t.name: t for t in repo.tags}
    result = []
    for milestone in _declared(root):
        sha: str | None = None
        if milestone.tag in tags:
            sha = tags[milestone.tag].commit.hexsha
        elif milestone.commit is not None:
            try:
                sha = repo.commit(milestone.commit).hexsha
            except (ValueError, IndexError, NotImplementedError, git.BadName, git.BadObject):
                sha = None  # reported where the milestone is opened (versions.milestone_commit)
        if sha is not None:
            result.append((milestone, sha))
    return result


def _followed(
    root: Path, repo: git.Repo, commit: git.Commit, include_self: bool
) -> list[ms.Milestone]:
    """The recorded milestones (declared order) whose commit is ``commit`` or before it."""
    found = []
    for milestone, sha in _recorded(root, repo):
        if sha == commit.hexsha and not include_self:
            continue
        if _is_ancestor(str(repo.git_dir), sha, commit.hexsha):
            found.append(milestone)
    return found


@lru_cache(maxsize=4096)
def _is_ancestor_cached(git_dir: str, ancestor: str, descendant: str) -> bool:
    repo = git.Repo(git_dir)
    return bool(repo.is_ancestor(repo.commit(ancestor), repo.commit(descendant)))


def _is_ancestor(git_dir: str, ancestor: str, descendant: str) -> bool:
    # Commits never change, so the answer for two shas holds for the whole process.
    return ancestor == descendant or _is_ancestor_cached(git_dir, ancestor, descendant)
