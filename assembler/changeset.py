"""The change set of a round, per document: one entry per article and per changed part, with
the reasons that changed it.

An entry is a legal fact: which provision or part (by id), what happened to it (:class:`Kind`),
its old and new number, and why (the messages of the commits that changed its text or place,
oldest first). The overview, the letters, the review index and the checks read these entries.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from assembler.diff.changes import DocumentChanges, Kind, Level, Node, Place

DOCUMENT = ""  # the key of the document itself in a reasons mapping


@dataclass(frozen=True, slots=True)
class Entry:
    """One article, or one part outside the articles, in the change set of a round."""

    level: Level
    id: str
    kind: Kind
    old_number: str
    new_number: str
    title: str
    reasons: tuple[str, ...] = ()

    @property
    def number(self) -> str:
        return self.new_number or self.old_number

    @property
    def is_article(self) -> bool:
        return self.level is Level.ARTICLE


@dataclass(frozen=True, slots=True)
class History:
    """Which commits changed which node of one document: their messages, oldest first, and per
    node id the indices of the commits that changed that node's text or place."""

    messages: tuple[str, ...] = ()
    touched: Mapping[str, frozenset[int]] = field(default_factory=dict)


def touched_by(tree: DocumentChanges) -> set[str]:
    """The ids of the nodes whose text, presence or place changed (numbers and the wording of
    references aside); the document itself (:data:`DOCUMENT`) when anything did."""
    ids = {node.id for node in tree.walk() if node.kind.substantive}
    if ids or tree.kind.substantive:
        ids.add(DOCUMENT)
    return ids


def _tops(tree: DocumentChanges) -> Iterable[Node]:
    yield from tree.articles()
    yield from tree.parts()


def reasons_of(tree: DocumentChanges, history: History) -> dict[str, tuple[str, ...]]:
    """Per article and part (and the document, key ``""``): the messages of the commits that
    changed it or anything in it, oldest first. Numbers and reference wording are no change."""
    out: dict[str, tuple[str, ...]] = {}
    for top in _tops(tree):
        indices: set[int] = set()
        for node in top.walk():
            indices |= history.touched.get(node.id, frozenset())
        if indices and top.kind.substantive:
            out[top.id] = tuple(history.messages[i] for i in sorted(indices))
    everything = set().union(*history.touched.values()) if history.touched else set()
    if everything and tree.kind.substantive:
        out[DOCUMENT] = tuple(history.messages[i] for i in sorted(everything))
    return out


def _title(node: Node) -> str:
    return node.new_text() or node.old_text()


def entries(tree: DocumentChanges, reasons: Mapping[str, tuple[str, ...]]) -> list[Entry]:
    """Every article (changed or not) and every changed part of the document, in reading order:
    title, front parts, then the articles with their chapters, closing parts, annexes,
    general toelichting."""
    out: list[Entry] = []

    def add(node: Node) -> None:
        out.append(
            Entry(
                node.level,
                node.id,
                node.kind,
                node.old_number,
                node.new_number,
                _title(node),
                reasons.get(node.id, ()) if node.kind.substantive else (),
            )
        )

    for part in (tree.title, *tree.front):
        if part.kind is not Kind.UNCHANGED:
            add(part)
    for chapter in tree.chapters:
        if chapter.number and chapter.place is not Place.OLD and chapter.kind is not Kind.UNCHANGED:
            add(chapter)
        for article in chapter.children:
            if article.level is Level.ARTICLE and article.place is not Place.OLD:
                add(article)
    for part in (*tree.closing, *tree.annexes, *tree.general):
        if part.kind is not Kind.UNCHANGED:
            add(part)
    return out
