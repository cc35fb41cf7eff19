"""What became of the text after a round: the change trees from the round's milestone to the
next recorded milestone (or, when there is none yet, the working tree), with the reasons per
article (the messages of the commits that changed it).

The nota van beantwoording shows these changes per point, and the checks compare them with the
outcome of each point and with the points the commits cite.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from assembler import pipeline
from assembler.diff.changes import DocumentChanges, Node
from assembler.versions import reached

WORKTREE = "werkmap"


def next_version(root: Path, round_id: str) -> str:
    """The version that answers round ``round_id``: the next recorded milestone, else the
    working tree."""
    names = [m.id for m in reached(root)]
    if round_id in names and names.index(round_id) + 1 < len(names):
        return names[names.index(round_id) + 1]
    return WORKTREE


@dataclass(frozen=True, slots=True)
class RoundChanges:
    """The change trees of every document from the round (``old``) to ``new``, and per tree
    the reasons of each changed article (see :func:`assembler.changeset.reasons_of`)."""

    old: str
    new: str
    trees: tuple[DocumentChanges, ...]
    reasons: tuple[Mapping[str, tuple[str, ...]], ...] = ()

    def nodes(self, ident: str) -> Iterator[Node]:
        """Every node with id ``ident``, document by document (a fragment may stand in the
        documents of several deelnemers)."""
        for tree in self.trees:
            for node in tree.walk():
                if node.id == ident:
                    yield node

    def changed(self, ident: str) -> bool:
        """Whether provision ``ident`` (or anything in it) changed in substance."""
        return any(inner.kind.substantive for node in self.nodes(ident) for inner in node.walk())

    def changed_any(self, idents: Iterable[str]) -> bool:
        return any(self.changed(ident) for ident in idents)

    def articles(self) -> Iterator[tuple[Node, tuple[str, ...]]]:
        """Every article of every document with the reasons that changed it (once per id)."""
        seen: set[str] = set()
        for tree, reasons in zip(self.trees, self.reasons, strict=True):
            for article in tree.articles():
                if article.id not in seen:
                    seen.add(article.id)
                    yield article, reasons.get(article.id, ())


def round_changes(root: Path, round_id: str, new: str = "") -> RoundChanges:
    """The changes from milestone ``round_id`` to ``new`` (default: :func:`next_version`)."""
    new = new or next_version(root, round_id)
    models = pipeline.compare_models(root, round_id, new)
    redlines = [redline for _, redline in models.redlines]
    return RoundChanges(
        round_id,
        new,
        tuple(r.tree for r in redlines),
        tuple(r.reasons for r in redlines),
    )
