"""All points of a round per provision, side by side, with conflicting proposals marked.

Two proposals conflict when they come from different sources, concern the same provision and
change overlapping words of its text (or insert at the same place) differently.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from assembler.model.nodes import Document
from assembler.reactions.spans import changed_span
from assembler.reactions.trace import sent_paragraphs
from assembler.source.reactions import Point, ReactionSource

UNTRACED = ""  # the key of the points that could not be traced to a provision


@dataclass(frozen=True, slots=True)
class Item:
    """One point of one source, shown at one provision."""

    source: ReactionSource
    point: Point
    conflicts: tuple[str, ...]  # the names of the sources whose proposal conflicts with this one


@dataclass(frozen=True, slots=True)
class ProvisionPoints:
    provision: str  # a provision id, or UNTRACED
    article: str  # "Artikel 33. Verdeelsleutels" ("" when unknown)
    document: str  # the document's title ("" when unknown)
    items: tuple[Item, ...]

    @property
    def has_conflict(self) -> bool:
        return any(item.conflicts for item in self.items)


def _span(point: Point) -> tuple[int, int, str] | None:
    proposal = point.proposal
    if proposal is None:
        return None
    start, old_end, new_end = changed_span(proposal.old, proposal.new)
    return start, old_end, proposal.new[start:new_end]


def conflict(a: Point, b: Point) -> bool:
    """Whether two proposals change the same words of the same provision differently."""
    if a.proposal is None or b.proposal is None:
        return False
    if a.proposal.provision != b.proposal.provision or a.proposal.old != b.proposal.old:
        return a.proposal.provision == b.proposal.provision and a.proposal.new != b.proposal.new
    if a.proposal.new == b.proposal.new:
        return False
    sa, sb = _span(a), _span(b)
    assert sa is not None and sb is not None
    (a1, a2, _), (b1, b2, _) = sa, sb
    if a1 == a2 or b1 == b2:  # an insertion: conflicts at the same place, or inside the other
        return a1 <= b2 and b1 <= a2
    return a1 < b2 and b1 < a2


def side_by_side(
    sources: Sequence[ReactionSource], documents: Sequence[Document]
) -> list[ProvisionPoints]:
    """Per provision (in the order of the round's documents) the points of every source; the
    untraced points last."""
    order: dict[str, tuple[int, str, str]] = {}
    for doc in documents:
        heading = ""
        headings = {a.id: a.heading for a in doc.articles}
        for para in sent_paragraphs(doc):
            if para.article:
                heading = headings.get(para.article, heading)
            if para.provision and para.provision not in order:
                order[para.provision] = (len(order), heading, doc.title)
    grouped: dict[str, list[tuple[ReactionSource, Point]]] = {}
    for source in sources:
        for point in source.points:
            for provision in point.provisions or (UNTRACED,):
                grouped.setdefault(provision, []).append((source, point))
    out = []
    for provision, pairs in grouped.items():
        items = []
        for source, point in pairs:
            against = tuple(
                dict.fromkeys(
                    other.name
                    for other, theirs in pairs
                    if other.id != source.id and conflict(point, theirs)
                )
            )
            items.append(Item(source, point, against))
        _, article, document = order.get(provision, (len(order), "", ""))
        out.append(ProvisionPoints(provision, article, document, tuple(items)))
    last = len(order) + 1
    out.sort(
        key=lambda p: (
            p.provision == UNTRACED,
            order.get(p.provision, (last, "", ""))[0],
            p.provision,
        )
    )
    return out
