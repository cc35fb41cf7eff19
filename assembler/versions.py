"""Opening a version by the name a user types: ``werkmap``, a milestone, or any git revision."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import git

from assembler.errors import SourceError, UsageError
from assembler.source import milestones as ms
from assembler.source.gitstore import WORKTREE, GitTree, open_repo, resolve_commit
from assembler.source.tree import Tree, WorkTree

CONTENT = (
    "assembler.yaml",
    "deelnemers.yaml",
    "keuzes.yaml",
    "clausules",
    "regelingen",
    "verordeningen",
    "bijlagen",
    ms.MILESTONES_FILE,
)


@dataclass(frozen=True)
class Source:
    """One version's files. What the documents call that version (label, date, finality)
    follows from the files' place in the history: see :mod:`assembler.source.standing`."""

    name: str
    tree: Tree
    commit: git.Commit | None  # None for the working tree
    milestone: ms.Milestone | None = None


def milestones(root: Path) -> list[ms.Milestone]:
    return ms.load_milestones(WorkTree(root))


def milestone_commit(repo: git.Repo, milestone: ms.Milestone) -> git.Commit:
    """A milestone's commit: by its tag, or by the commit recorded in mijlpalen.yaml."""
    try:
        tag = repo.tags[milestone.tag]
        return tag.commit
    except (IndexError, ValueError):
        pass
    if milestone.commit is None:
        raise UsageError(f"mijlpaal '{milestone.id}' is nog niet vastgelegd")
    try:
        return resolve_commit(repo, milestone.commit)
    except UsageError as exc:
        # The user wrote (or kept) this commit in mijlpalen.yaml: say so, at that line.
        shallow = " ondiepe kloon" in str(exc)
        raise SourceError.at(
            milestone.commit_pos or milestone.pos,
            f"mijlpaal '{milestone.id}' is vastgelegd op commit '{milestone.commit}', maar die"
            f" commit {'ontbreekt in deze ondiepe kloon' if shallow else 'bestaat niet in deze repository'}"
            f" en er is geen tag {milestone.tag}; "
            + (
                "haal de hele geschiedenis op met: git fetch --unshallow"
                if shallow
                else f"controleer 'commit:' in {ms.MILESTONES_FILE}"
            ),
        ) from None


def open_version(root: Path, name: str) -> Source:
    """The files of version ``name``; unknown names get a Dutch UsageError."""
    if not name or name.startswith("-"):
        raise UsageError(f"ongeldige versie '{name}': een versie begint niet met '-'")
    if name == WORKTREE:
        return Source(name, WorkTree(root), None)
    milestone = ms.find(milestones(root), name)
    repo = open_repo(root)
    if milestone is not None:
        commit = milestone_commit(repo, milestone)
        return Source(name, GitTree(repo, commit, name), commit, milestone)
    commit = resolve_commit(repo, name)
    return Source(name, GitTree(repo, commit, name), commit)


def reached(root: Path) -> list[ms.Milestone]:
    """The milestones that have been recorded (by tag or commit), in declared order."""
    all_milestones = milestones(root)
    try:
        repo = open_repo(root)
    except UsageError:
        return []
    result = []
    for milestone in all_milestones:
        if milestone.commit is not None or milestone.tag in [t.name for t in repo.tags]:
            result.append(milestone)
    return result


def record(root: Path, ident: str) -> str:
    """Record milestone ``ident`` on the current commit; returns the commit's sha.

    Refuses when content files have uncommitted changes and never moves or overwrites a
    milestone that was recorded before. Writes the sha into mijlpalen.yaml (committed), and
    creates the annotated tag ``mijlpaal/<id>``.
    """
    declared = milestones(root)
    milestone = ms.find(declared, ident)
    if milestone is None:
        known = ", ".join(m.id for m in declared) or "geen"
        raise UsageError(f"onbekende mijlpaal '{ident}'; in {ms.MILESTONES_FILE} staan: {known}")
    repo = open_repo(root)
    if milestone.commit is not None or milestone.tag in [t.name for t in repo.tags]:
        where = milestone.commit or repo.tags[milestone.tag].commit.hexsha
        raise UsageError(
            f"mijlpaal '{ident}' is al vastgelegd op {where[:12]}; een vastgelegde mijlpaal wordt"
            " nooit verplaatst of overschreven"
        )
    dirty = _dirty_content(repo)
    if dirty:
        raise UsageError(
            "er zijn niet-vastgelegde wijzigingen in de bronnen; commit ze eerst: "
            + ", ".join(dirty[:5])
            + (" ..." if len(dirty) > 5 else "")
        )
    commit = repo.head.commit
    sha = commit.hexsha
    path = root / ms.MILESTONES_FILE
    original = path.read_bytes()
    step = "het bijwerken van " + ms.MILESTONES_FILE
    try:
        ms.write_commit(root, milestone, sha)
        step = f"de commit van {ms.MILESTONES_FILE}"
        repo.git.add("--", ms.MILESTONES_FILE)
        repo.git.commit(
            "-m", f"Mijlpaal {milestone.name} vastgelegd op {sha[:12]}", "--", ms.MILESTONES_FILE
        )
        step = f"het maken van de tag {milestone.tag}"
        repo.create_tag(
            milestone.tag,
            ref=commit,
            message=f"Mijlpaal {milestone.name} ({milestone.date.isoformat()})",
        )
    except BaseException as exc:
        _undo_record(repo, commit, path, original)
        if not isinstance(exc, (git.GitCommandError, OSError)):
            raise
        raise UsageError(
            f"mijlpaal '{ident}' is niet vastgelegd: {step} is mislukt{_git_said(exc)};"
            f" {ms.MILESTONES_FILE}, de index en de tags zijn weer zoals ervoor"
        ) from exc
    return sha


def _undo_record(repo: git.Repo, before: git.Commit, path: Path, original: bytes) -> None:
    """Put HEAD, the index entry and the file of mijlpalen.yaml back as they were before a
    recording that failed halfway. The recording started clean (mijlpalen.yaml unchanged
    against HEAD), so HEAD's entry is the index entry it had; other staged changes stay."""
    if repo.head.commit != before:  # the commit was made, the tag was not
        repo.git.update_ref("-m", "mijlpaal: teruggedraaid", "HEAD", before.hexsha)
    repo.git.reset("-q", before.hexsha, "--", ms.MILESTONES_FILE)
    from assembler.output import write_atomic

    write_atomic(path, original)


def _git_said(exc: BaseException) -> str:
    """What git (or a hook) printed, as a quotation: it is not our text to translate."""
    if isinstance(exc, git.GitCommandError):
        said = " ".join(str(exc.stderr or exc.stdout or "").split())
        said = said.removeprefix("stderr: ")
        if len(said) > 1 and said[0] == said[-1] == "'":  # GitPython's quotes, not git's
            said = said[1:-1].strip()
        return f" (melding van git: \u201c{said[:300]}\u201d)" if said else ""
    if isinstance(exc, OSError):
        return f" ({exc.strerror or exc})"
    return ""


def _dirty_content(repo: git.Repo) -> list[str]:
    changed = repo.git.status("--porcelain", "--untracked-files=all", "--", *CONTENT)
    return [line[3:] for line in changed.splitlines() if line.strip()]
