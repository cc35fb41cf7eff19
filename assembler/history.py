"""Why provisions changed: the messages of the commits that touched their files."""

from __future__ import annotations

from collections import defaultdict

import git

from assembler.versions import CONTENT, Source

UNCOMMITTED = "niet-vastgelegde wijziging in de werkmap"


def messages_by_path(repo: git.Repo, old: Source, new: Source) -> dict[str, list[str]]:
    """Per file: the subjects of the commits between the two versions that changed it."""
    result: dict[str, list[str]] = defaultdict(list)
    old_sha = old.commit.hexsha if old.commit is not None else repo.head.commit.hexsha
    new_sha = new.commit.hexsha if new.commit is not None else repo.head.commit.hexsha
    if old_sha != new_sha:
        # Both revisions are resolved shas, never user text: they cannot be read as options.
        log = repo.git.log(
            "--format=%x1e%s",
            "--name-only",
            "--no-renames",
            f"{old_sha}..{new_sha}",
            "--",
            *CONTENT,
        )
        for entry in log.split("\x1e"):
            lines = [line for line in entry.splitlines() if line.strip()]
            if not lines:
                continue
            subject, paths = lines[0], lines[1:]
            for path in paths:
                if subject not in result[path]:
                    result[path].append(subject)
    if new.commit is None:
        status = repo.git.status("--porcelain", "--untracked-files=all", "--", *CONTENT)
        for line in status.splitlines():
            path = line[3:].strip()
            if path and UNCOMMITTED not in result[path]:
                result[path].append(UNCOMMITTED)
    return dict(result)


def placement_messages(
    repo: git.Repo, old: Source, new: Source, manifest_path: str
) -> dict[str, list[str]]:
    """Per article id: the messages of the manifest commits that inserted, deleted or moved it.

    Each commit that touched the manifest is compared with its parent: articles outside the
    longest common subsequence of the two article orders were placed by that commit.
    """
    from assembler.diff.align import stable_ids

    result: dict[str, list[str]] = defaultdict(list)
    if old.commit is None:
        return {}
    new_sha = new.commit.hexsha if new.commit is not None else repo.head.commit.hexsha
    commits = list(repo.iter_commits(f"{old.commit.hexsha}..{new_sha}", paths=[manifest_path]))
    steps: list[tuple[git.Commit | None, git.Commit | None]] = [
        (c, c.parents[0] if c.parents else None) for c in reversed(commits)
    ]
    if new.commit is None and new.tree.exists(manifest_path):
        steps.append((None, repo.head.commit))
    for commit, parent in steps:
        after = (
            _article_order(new.tree.read_text(manifest_path))
            if commit is None
            else _order_at(commit, manifest_path)
        )
        before = _order_at(parent, manifest_path) if parent is not None else []
        kept = stable_ids(before, after)
        message = UNCOMMITTED if commit is None else commit.summary
        for ident in {*before, *after} - kept:
            if message not in result[ident]:
                result[ident].append(str(message))
    return dict(result)


def _order_at(commit: git.Commit, path: str) -> list[str]:
    try:
        blob = commit.tree / path
    except KeyError:
        return []
    return _article_order(blob.data_stream.read().decode("utf-8"))


def _article_order(text: str) -> list[str]:
    """The article ids of a manifest, in order (an unreadable manifest counts as empty)."""
    from assembler.errors import SourceError
    from assembler.source.yamlload import load_yaml

    try:
        data = load_yaml(text, "manifest")
    except SourceError:
        return []
    if not isinstance(data, dict):
        return []
    chapters = data.get("hoofdstukken") or [{"artikelen": data.get("artikelen") or []}]
    order: list[str] = []
    for chapter in chapters if isinstance(chapters, list) else []:
        if isinstance(chapter, dict) and isinstance(chapter.get("artikelen"), list):
            order.extend(str(a) for a in chapter["artikelen"])
    return order
