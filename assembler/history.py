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
            "--format=%x1e%s", "--name-only", "--no-renames", f"{old_sha}..{new_sha}", "--", *CONTENT
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
