"""The change tree: two assembled versions of a document, compared provision by provision.

``compare(old, new)`` returns the document as a tree in which every node carries a typed
:class:`Kind`: chapters, articles, leden, onderdelen, subonderdelen, annexes and the
toelichting's sections, tables, rows and cells, and the paragraphs of the aanhef, the
overwegingen and the other parts. Provisions are aligned by their stable ids (moves are
exactly the ids outside a longest common subsequence); paragraphs without ids by their text.
Inside an aligned node the text is compared word by word, a reference staying one unit with
its target (:class:`Piece`).

This is the change set of a round, in legal terms: what changed, and where. Every output
draws from it (the redline, the review pages, the overview, the letters, the checks). Nothing
here knows about paragraph styles, Word or the words of a comment.

How a node's kind is decided:

- aligned by id, present on one side only: ``INSERTED`` or ``DELETED``; in both but out of
  order: ``MOVED`` (or ``MOVED_CHANGED`` when its text changed as well), listed twice, at its
  old place (``Place.OLD``) and at its new place (``Place.NEW``);
- in both: ``CHANGED`` when its own text, or any provision inside it, changed;
  ``REFERENCES`` when the only difference is the wording of references (a target was
  renumbered); ``RENUMBERED`` when only its number changed; else ``UNCHANGED``.

A chapter's, a document part's and an annex's kind speak for its own text (heading and
paragraphs); the articles of a chapter are changes of their own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from enum import Enum
from functools import lru_cache
from typing import TypeVar

from assembler.diff.align import StepKind, align
from assembler.diff.words import Op, Piece, Pieces, content_diff
from assembler.model.nodes import (
    Article,
    Block,
    Chapter,
    Content,
    Document,
    Lid,
    Onderdeel,
    Ref,
    Section,
    Subonderdeel,
    Table,
    Text,
    plain,
)


class Kind(Enum):
    """What happened to one node between the two versions."""

    UNCHANGED = "unchanged"
    CHANGED = "changed"
    REFERENCES = "references"  # only the wording of references changed
    RENUMBERED = "renumbered"
    INSERTED = "inserted"
    DELETED = "deleted"
    MOVED = "moved"
    MOVED_CHANGED = "moved_changed"

    @property
    def substantive(self) -> bool:
        """A change in substance: text, presence or place (not numbers or references)."""
        return self not in (Kind.UNCHANGED, Kind.REFERENCES, Kind.RENUMBERED)

    @property
    def moved(self) -> bool:
        return self in (Kind.MOVED, Kind.MOVED_CHANGED)


class Level(Enum):
    """What a node of the tree is."""

    DOCUMENT = "document"
    TITLE = "title"  # title, opschrift and citeertitel
    PART = "part"  # aanhef, overwegingen, gelet op, besluit, slotformule, ondertekening
    CHAPTER = "chapter"
    ARTICLE = "article"
    LID = "lid"
    ONDERDEEL = "onderdeel"
    SUBONDERDEEL = "subonderdeel"
    SLOT = "slot"  # the closing sentence of a lid after its onderdelen
    EXPLANATION = "explanation"  # the toelichting of one article
    ANNEX = "annex"  # a bijlage
    GENERAL = "general"  # a section of the general toelichting
    TABLE = "table"
    ROW = "row"
    CELL = "cell"
    PARAGRAPH = "paragraph"  # a paragraph without an id


class Place(Enum):
    """Where a node stands in the merged reading order."""

    HERE = "here"  # in both versions at the same place, or on one side only
    OLD = "old"  # the old place of a moved node
    NEW = "new"  # the new place of a moved node


class Part(Enum):
    """The parts of a document outside the chapters, in reading order."""

    AANHEF = "aanhef"
    OVERWEGINGEN = "overwegingen"
    GELET_OP = "gelet_op"
    BESLUIT = "besluit"
    SLOTFORMULE = "slotformule"
    ONDERTEKENING = "ondertekening"


FRONT = (Part.AANHEF, Part.OVERWEGINGEN, Part.GELET_OP, Part.BESLUIT)
CLOSING = (Part.SLOTFORMULE, Part.ONDERTEKENING)


@dataclass(frozen=True, slots=True)
class Node:
    """One node of the change tree.

    ``number`` and ``text`` hold the node's own number and text compared: the title of an
    article, chapter or annex; the content of a lid, onderdeel, subonderdeel, paragraph or
    cell. ``old_number``/``new_number`` are the numbers as printed in each version ("" when
    absent). ``children`` are in reading order.
    """

    level: Level
    id: str
    kind: Kind
    old_number: str = ""
    new_number: str = ""
    text: Pieces = ()
    children: tuple[Node, ...] = ()
    place: Place = Place.HERE

    @property
    def number(self) -> str:
        return self.new_number or self.old_number

    def walk(self) -> Iterator[Node]:
        """This node and every node below it, in reading order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def old_text(self) -> str:
        return "".join(p.node.text for p in self.text if p.op is not Op.INSERTED)

    def new_text(self) -> str:
        return "".join(p.node.text for p in self.text if p.op is not Op.DELETED)

    def child(self, level: Level) -> Node | None:
        return next((c for c in self.children if c.level is level), None)


@dataclass(frozen=True, slots=True)
class DocumentChanges:
    """The change tree of one document; either version may be absent (new or dropped)."""

    old: Document | None
    new: Document | None
    kind: Kind  # INSERTED, DELETED, CHANGED, REFERENCES, RENUMBERED or UNCHANGED
    title: Node
    front: tuple[Node, ...]  # Part nodes: aanhef, overwegingen, gelet op, besluit
    chapters: tuple[Node, ...]  # chapter nodes with their articles as children
    closing: tuple[Node, ...]  # Part nodes: slotformule, ondertekening
    annexes: tuple[Node, ...]
    general: tuple[Node, ...]  # sections of the general toelichting

    @property
    def id(self) -> str:
        shown = self.new or self.old
        assert shown is not None
        return shown.id

    def articles(self) -> Iterator[Node]:
        """Every article once (a moved article at its new place)."""
        for chapter in self.chapters:
            for article in chapter.children:
                if article.level is Level.ARTICLE and article.place is not Place.OLD:
                    yield article

    def parts(self) -> Iterator[Node]:
        """Every node outside the articles that can change: title, parts, chapter headings,
        annexes and general toelichting sections (once each)."""
        yield self.title
        yield from self.front
        for chapter in self.chapters:
            if chapter.number and chapter.place is not Place.OLD:
                yield chapter
        yield from self.closing
        yield from self.annexes
        yield from self.general

    def walk(self) -> Iterator[Node]:
        """Every node of the tree, once, in reading order (moved nodes at their new place)."""
        for top in (self.title, *self.front):
            yield from _walk_once(top)
        for chapter in self.chapters:
            if chapter.place is not Place.OLD:
                yield chapter
            for child in chapter.children:
                yield from _walk_once(child)
        for top in (*self.closing, *self.annexes, *self.general):
            yield from _walk_once(top)


def _walk_once(node: Node) -> Iterator[Node]:
    if node.place is Place.OLD:
        return
    yield node
    for child in node.children:
        yield from _walk_once(child)


# -- inline text ----------------------------------------------------------------------------


def _masked(content: Content) -> Content:
    """The content with every reference's wording blanked: equal when only wording differs."""
    return tuple(Ref(n.target, "", n.document) if isinstance(n, Ref) else n for n in content)


def _text_kind(old: Content, new: Content) -> Kind:
    if old == new or plain(old) == plain(new):
        # The same words (a typed reference that became a ref(), say): nothing a reader sees.
        return Kind.UNCHANGED
    if _masked(old) == _masked(new):
        return Kind.REFERENCES
    return Kind.CHANGED


def _str(text: str) -> Content:
    return (Text(text),) if text else ()


def _one_side(content: Content, op: Op) -> Pieces:
    return tuple(Piece(op, node) for node in content)


def _combine(kinds: Sequence[Kind]) -> Kind:
    """The kind of a node from its own text's kind and its children's kinds."""
    if any(k.substantive for k in kinds):
        return Kind.CHANGED
    if Kind.REFERENCES in kinds:
        return Kind.REFERENCES
    return Kind.UNCHANGED


def _numbered(kind: Kind, old_number: str, new_number: str) -> Kind:
    if kind is Kind.UNCHANGED and old_number != new_number:
        return Kind.RENUMBERED
    return kind


# -- provisions -----------------------------------------------------------------------------

P = TypeVar("P", Lid, Onderdeel, Subonderdeel)


def _whole(level: Level, ident: str, number: str, content: Content, side: Op) -> Node:
    """A node present in one version only (its children added by the caller)."""
    kind = Kind.INSERTED if side is Op.INSERTED else Kind.DELETED
    old_number, new_number = ("", number) if side is Op.INSERTED else (number, "")
    return Node(level, ident, kind, old_number, new_number, _one_side(content, side))


def _sub(old: Subonderdeel | None, new: Subonderdeel | None) -> Node:
    if old is None or new is None:
        node = old or new
        assert node is not None
        side = Op.INSERTED if old is None else Op.DELETED
        return _whole(Level.SUBONDERDEEL, node.id, node.number, node.content, side)
    kind = _numbered(_text_kind(old.content, new.content), old.number, new.number)
    return Node(
        Level.SUBONDERDEEL,
        new.id,
        kind,
        old.number,
        new.number,
        content_diff(old.content, new.content),
    )


def _ond(old: Onderdeel | None, new: Onderdeel | None) -> Node:
    if old is None or new is None:
        node = old or new
        assert node is not None
        side = Op.INSERTED if old is None else Op.DELETED
        top = _whole(Level.ONDERDEEL, node.id, node.number, node.content, side)
        subs = tuple(
            _sub(None, s) if side is Op.INSERTED else _sub(s, None) for s in node.subonderdelen
        )
        return _with_children(top, subs)
    subs = _aligned(old.subonderdelen, new.subonderdelen, _sub)
    own = _text_kind(old.content, new.content)
    kind = _numbered(_combine([own, *(s.kind for s in subs)]), old.number, new.number)
    return Node(
        Level.ONDERDEEL,
        new.id,
        kind,
        old.number,
        new.number,
        content_diff(old.content, new.content),
        subs,
    )


def _slot(lid_id: str, old: Content, new: Content) -> tuple[Node, ...]:
    if not old and not new:
        return ()
    if not old or not new:
        kind = Kind.INSERTED if not old else Kind.DELETED
        text = _one_side(new, Op.INSERTED) if not old else _one_side(old, Op.DELETED)
        return (Node(Level.SLOT, f"{lid_id}.slot", kind, text=text),)
    return (Node(Level.SLOT, f"{lid_id}.slot", _text_kind(old, new), text=content_diff(old, new)),)


def _lid(old: Lid | None, new: Lid | None) -> Node:
    if old is None or new is None:
        node = old or new
        assert node is not None
        side = Op.INSERTED if old is None else Op.DELETED
        top = _whole(Level.LID, node.id, node.number, node.content, side)
        onds = tuple(
            _ond(None, o) if side is Op.INSERTED else _ond(o, None) for o in node.onderdelen
        )
        slot = (
            _slot(node.id, (), node.slot) if side is Op.INSERTED else _slot(node.id, node.slot, ())
        )
        return _with_children(top, (*onds, *slot))
    if old == new:
        return _same_lid(new)
    onds = _aligned(old.onderdelen, new.onderdelen, _ond)
    slot = _slot(new.id, old.slot, new.slot)
    own = _text_kind(old.content, new.content)
    kind = _numbered(_combine([own, *(c.kind for c in (*onds, *slot))]), old.number, new.number)
    return Node(
        Level.LID,
        new.id,
        kind,
        old.number,
        new.number,
        content_diff(old.content, new.content),
        (*onds, *slot),
    )


@lru_cache(maxsize=65536)
def _same_lid(lid: Lid) -> Node:
    """An unchanged lid (the common case): cached, shared between rounds and documents."""
    onds = tuple(_same_ond(o) for o in lid.onderdelen)
    slot = _slot(lid.id, lid.slot, lid.slot)
    return Node(
        Level.LID,
        lid.id,
        Kind.UNCHANGED,
        lid.number,
        lid.number,
        _one_side(lid.content, Op.SAME),
        (*onds, *slot),
    )


def _same_ond(ond: Onderdeel) -> Node:
    subs = tuple(
        Node(
            Level.SUBONDERDEEL,
            s.id,
            Kind.UNCHANGED,
            s.number,
            s.number,
            _one_side(s.content, Op.SAME),
        )
        for s in ond.subonderdelen
    )
    return Node(
        Level.ONDERDEEL,
        ond.id,
        Kind.UNCHANGED,
        ond.number,
        ond.number,
        _one_side(ond.content, Op.SAME),
        subs,
    )


def _with_children(node: Node, children: tuple[Node, ...]) -> Node:
    return replace(node, children=children)


def _aligned(
    old: Sequence[P], new: Sequence[P], pair: Callable[[P | None, P | None], Node]
) -> tuple[Node, ...]:
    """Children aligned by id; a child that moved within its parent is a deletion and an
    insertion (onderdelen and subonderdelen are ordered by meaning, not moved)."""
    out: list[Node] = []
    for step in align(old, new, moves=False):
        out.append(pair(step.old, step.new))
    return tuple(out)


def _leden(old: Sequence[Lid], new: Sequence[Lid]) -> tuple[Node, ...]:
    """Leden aligned by id; reordered leden are moves within the article."""
    out: list[Node] = []
    for step in align(old, new):
        node = _lid(step.old, step.new)
        if step.kind is StepKind.MOVED_FROM:
            out.append(_moved(node, Place.OLD))
        elif step.kind is StepKind.MOVED_TO:
            out.append(_moved(node, Place.NEW))
        else:
            out.append(node)
    return tuple(out)


def _moved(node: Node, place: Place) -> Node:
    kind = Kind.MOVED_CHANGED if node.kind in (Kind.CHANGED, Kind.REFERENCES) else Kind.MOVED
    return replace(node, kind=kind, place=place)


def _explanation(ident: str, old: Sequence[Content], new: Sequence[Content]) -> tuple[Node, ...]:
    old = [c for c in old if c]
    new = [c for c in new if c]
    if not old and not new:
        return ()
    paragraphs = _paragraphs(f"{ident}.toelichting", old, new)
    if not old or not new:
        kind = Kind.INSERTED if not old else Kind.DELETED
    else:
        kind = _combine([p.kind for p in paragraphs])
    return (Node(Level.EXPLANATION, f"{ident}.toelichting", kind, children=paragraphs),)


def article(old: Article | None, new: Article | None) -> Node:
    """One article compared; either side may be absent."""
    if old is None or new is None:
        node = old or new
        assert node is not None
        side = Op.INSERTED if old is None else Op.DELETED
        top = _whole(Level.ARTICLE, node.id, node.number, _str(node.title), side)
        leden = tuple(_lid(None, x) if side is Op.INSERTED else _lid(x, None) for x in node.leden)
        explanation = (
            _explanation(node.id, (), node.toelichting)
            if side is Op.INSERTED
            else _explanation(node.id, node.toelichting, ())
        )
        return _with_children(top, (*leden, *explanation))
    leden = (
        _leden(old.leden, new.leden)
        if old.leden != new.leden
        else tuple(_same_lid(x) for x in new.leden)
    )
    explanation = _explanation(new.id, old.toelichting, new.toelichting)
    title = _text_kind(_str(old.title), _str(new.title))
    children = (*leden, *explanation)
    kind = _combine([title, *(c.kind for c in children)])
    return Node(
        Level.ARTICLE,
        new.id,
        _numbered(kind, old.number, new.number),
        old.number,
        new.number,
        content_diff(_str(old.title), _str(new.title)),
        children,
    )


# -- chapters and articles ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Unit:
    """A chapter heading or an article, as one item of the body's sequence."""

    id: str
    chapter: Chapter | None = None
    article: Article | None = None


def _units(doc: Document | None) -> list[_Unit]:
    units: list[_Unit] = []
    for chapter in doc.chapters if doc else ():
        if chapter.number:
            units.append(_Unit(chapter.id, chapter=chapter))
        units.extend(_Unit(a.id, article=a) for a in chapter.articles)
    return units


_PLACES = {StepKind.MOVED_FROM: Place.OLD, StepKind.MOVED_TO: Place.NEW}


def _chapter_heading(step_kind: StepKind, old: Chapter | None, new: Chapter | None) -> Node:
    ident = (new or old).id  # type: ignore[union-attr]
    if old is None or new is None:
        one = old or new
        assert one is not None
        side = Op.INSERTED if old is None else Op.DELETED
        return _whole(Level.CHAPTER, ident, one.number, _str(one.title), side)
    kind = _numbered(_text_kind(_str(old.title), _str(new.title)), old.number, new.number)
    node = Node(
        Level.CHAPTER,
        ident,
        kind,
        old.number,
        new.number,
        content_diff(_str(old.title), _str(new.title)),
    )
    place = _PLACES.get(step_kind)
    return _moved(node, place) if place is not None else node


def _body(old: Document | None, new: Document | None) -> tuple[Node, ...]:
    """Chapters with their articles in reading order; a moved article is listed twice.

    Chapter headings and articles are aligned as one sequence, so an article that moved to
    another chapter is a move, and the chapters follow from the merged order.
    """
    chapters: list[Node] = []
    articles: list[Node] = []
    heading: Node | None = None

    def close() -> None:
        if heading is not None or articles:
            top = heading or Node(Level.CHAPTER, _first_chapter(old, new), Kind.UNCHANGED)
            chapters.append(_with_children(top, tuple(articles)))
        articles.clear()

    for step in align(_units(old), _units(new)):
        unit = step.new or step.old
        assert unit is not None
        if unit.chapter is not None:
            close()
            heading = _chapter_heading(
                step.kind,
                step.old.chapter if step.old else None,
                step.new.chapter if step.new else None,
            )
            continue
        node = article(
            step.old.article if step.old else None, step.new.article if step.new else None
        )
        place = _PLACES.get(step.kind)
        articles.append(_moved(node, place) if place is not None else node)
    close()
    return tuple(chapters)


def _first_chapter(old: Document | None, new: Document | None) -> str:
    for doc in (new, old):
        if doc is not None and doc.chapters:
            return doc.chapters[0].id
    return "artikelen"


# -- paragraphs, tables, sections -----------------------------------------------------------


def _paragraph(ident: str, old: Content | None, new: Content | None) -> Node:
    if old is None or new is None:
        content = old or new or ()
        side = Op.INSERTED if old is None else Op.DELETED
        return _whole(Level.PARAGRAPH, ident, "", content, side)
    return Node(Level.PARAGRAPH, ident, _text_kind(old, new), text=content_diff(old, new))


def _paragraphs(prefix: str, old: Sequence[Content], new: Sequence[Content]) -> tuple[Node, ...]:
    """Paragraphs without ids: aligned by content, then compared word by word.

    A paragraph's id is its place in the newer version ("<prefix>.2"), or in the older one for
    a deleted paragraph ("<prefix>.vervallen.2").
    """
    out: list[Node] = []
    matcher = SequenceMatcher(
        None, [plain(c) for c in old], [plain(c) for c in new], autojunk=False
    )
    for _, i1, i2, j1, j2 in matcher.get_opcodes():
        pairs = min(i2 - i1, j2 - j1)
        for k in range(pairs):
            out.append(_paragraph(f"{prefix}.{j1 + k + 1}", old[i1 + k], new[j1 + k]))
        for i in range(i1 + pairs, i2):
            out.append(_paragraph(f"{prefix}.vervallen.{i + 1}", old[i], None))
        for j in range(j1 + pairs, j2):
            out.append(_paragraph(f"{prefix}.{j + 1}", None, new[j]))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class _Row:
    id: str
    cells: tuple[str, ...]


def _row(old: _Row | None, new: _Row | None) -> Node:
    row = new or old
    assert row is not None
    width = max(len(old.cells) if old else 0, len(new.cells) if new else 0)
    cells = []
    for index in range(width):
        a = _str(old.cells[index]) if old and index < len(old.cells) else None
        b = _str(new.cells[index]) if new and index < len(new.cells) else None
        if old is not None and new is not None:
            a, b = a or (), b or ()  # a cell missing from one row of both versions is empty
        cells.append(replace(_paragraph(f"{row.id}.{index + 1}", a, b), level=Level.CELL))
    if old is None:
        kind = Kind.INSERTED
    elif new is None:
        kind = Kind.DELETED
    else:
        kind = _combine([c.kind for c in cells])
    return Node(Level.ROW, row.id, kind, children=tuple(cells))


def _rows(table: Table | None) -> list[_Row]:
    return [_Row(ident, cells) for ident, cells in (table.rows if table else ())]


def table(old: Table | None, new: Table | None) -> Node:
    """A table compared row by row (rows by id); its header row is the first child."""
    shown = new or old
    assert shown is not None
    header = _row(
        _Row(f"{shown.id}.kop", old.header) if old else None,
        _Row(f"{shown.id}.kop", new.header) if new else None,
    )
    title = content_diff(_str(old.title) if old else (), _str(new.title) if new else ())
    rows = tuple(_row(s.old, s.new) for s in align(_rows(old), _rows(new), moves=False))
    if old is None:
        kind = Kind.INSERTED
    elif new is None:
        kind = Kind.DELETED
    else:
        title_kind = _text_kind(_str(old.title), _str(new.title))
        kind = _combine([title_kind, header.kind, *(r.kind for r in rows)])
    return Node(Level.TABLE, shown.id, kind, text=title, children=(header, *rows))


def _block_key(block: Block) -> str:
    return f"tabel:{block.id}" if isinstance(block, Table) else f"tekst:{plain(block)}"


def _blocks(prefix: str, old: Sequence[Block], new: Sequence[Block]) -> tuple[Node, ...]:
    """The blocks of a section: tables by id, paragraphs by content."""
    out: list[Node] = []
    matcher = SequenceMatcher(
        None, [_block_key(b) for b in old], [_block_key(b) for b in new], autojunk=False
    )

    def one(a: Block | None, b: Block | None, index: str) -> list[Node]:
        if isinstance(a, Table) and isinstance(b, Table) and a.id == b.id:
            return [table(a, b)]
        if isinstance(a, Table) or isinstance(b, Table):
            nodes = []
            if a is not None:
                nodes.append(
                    table(a, None)
                    if isinstance(a, Table)
                    else _paragraph(f"{prefix}.vervallen.{index}", a, None)
                )
            if b is not None:
                nodes.append(
                    table(None, b)
                    if isinstance(b, Table)
                    else _paragraph(f"{prefix}.{index}", None, b)
                )
            return nodes
        return [
            _paragraph(
                f"{prefix}.{index}" if b is not None else f"{prefix}.vervallen.{index}", a, b
            )
        ]

    for _, i1, i2, j1, j2 in matcher.get_opcodes():
        pairs = min(i2 - i1, j2 - j1)
        for k in range(pairs):
            out.extend(one(old[i1 + k], new[j1 + k], str(j1 + k + 1)))
        for i in range(i1 + pairs, i2):
            out.extend(one(old[i], None, str(i + 1)))
        for j in range(j1 + pairs, j2):
            out.extend(one(None, new[j], str(j + 1)))
    return tuple(out)


def _sections(level: Level, old: Sequence[Section], new: Sequence[Section]) -> tuple[Node, ...]:
    """Annexes or toelichting sections by id; the number of an annex is its position."""
    out: list[Node] = []
    old_pos = {s.id: i for i, s in enumerate(old, start=1)}
    new_pos = {s.id: i for i, s in enumerate(new, start=1)}
    for step in align(old, new, moves=False):
        a, b = step.old, step.new
        section = b or a
        assert section is not None
        blocks = _blocks(section.id, a.blocks if a else (), b.blocks if b else ())
        old_number = str(old_pos[a.id]) if a else ""
        new_number = str(new_pos[b.id]) if b else ""
        if a is None or b is None:
            side = Op.INSERTED if a is None else Op.DELETED
            top = _whole(level, section.id, old_number or new_number, _str(section.title), side)
            out.append(_with_children(top, blocks))
            continue
        title = _text_kind(_str(a.title), _str(b.title))
        kind = _numbered(_combine([title, *(x.kind for x in blocks)]), old_number, new_number)
        out.append(
            Node(
                level,
                section.id,
                kind,
                old_number,
                new_number,
                content_diff(_str(a.title), _str(b.title)),
                blocks,
            )
        )
    return tuple(out)


# -- the document ---------------------------------------------------------------------------


def part_paragraphs(doc: Document | None, part: Part) -> tuple[Content, ...]:
    """The paragraphs of one part of a document outside the chapters."""
    if doc is None:
        return ()
    if part is Part.AANHEF:
        return doc.aanhef
    if part is Part.OVERWEGINGEN:
        return doc.overwegingen
    if part is Part.GELET_OP:
        return (doc.gelet_op,) if doc.gelet_op else ()
    if part is Part.BESLUIT:
        return (doc.besluit,) if doc.besluit else ()
    if part is Part.SLOTFORMULE:
        return doc.slotformule
    lines: list[Content] = []
    for signature in doc.signatures:
        lines.append(_str(signature.organ))
        lines.extend(_str(line) for line in signature.lines)
    return tuple(lines)


def _part(old: Document | None, new: Document | None, part: Part) -> Node:
    a = [c for c in part_paragraphs(old, part) if c]
    b = [c for c in part_paragraphs(new, part) if c]
    paragraphs = _paragraphs(part.value, a, b)
    if a and not b:
        kind = Kind.DELETED
    elif b and not a:
        kind = Kind.INSERTED
    else:
        kind = _combine([p.kind for p in paragraphs])
    return Node(Level.PART, part.value, kind, children=paragraphs)


def title_paragraphs(doc: Document | None) -> tuple[Content, ...]:
    """Title, opschrift lines and citeertitel: what names the document (not its version)."""
    if doc is None:
        return ()
    lines = [doc.title, *(line for line in doc.opschrift if line and line != doc.title)]
    lines.append(doc.citeertitel)
    return tuple(_str(line) for line in lines)


def compare(old: Document | None, new: Document | None) -> DocumentChanges:
    """The change tree of ``old`` → ``new``; a document missing on one side is all in or out."""
    if old is None and new is None:
        raise ValueError("compare needs at least one version of the document")
    title_old, title_new = title_paragraphs(old), title_paragraphs(new)
    title_children = _paragraphs("titel", title_old, title_new)
    title_kind = (
        Kind.INSERTED
        if old is None
        else Kind.DELETED
        if new is None
        else _combine([p.kind for p in title_children])
    )
    title = Node(Level.TITLE, "titel", title_kind, children=title_children)
    front = tuple(_part(old, new, p) for p in FRONT)
    chapters = _body(old, new)
    closing = tuple(_part(old, new, p) for p in CLOSING)
    annexes = _sections(Level.ANNEX, old.bijlagen if old else (), new.bijlagen if new else ())
    general = _sections(
        Level.GENERAL,
        old.toelichting_algemeen if old else (),
        new.toelichting_algemeen if new else (),
    )
    if old is None:
        kind = Kind.INSERTED
    elif new is None:
        kind = Kind.DELETED
    else:
        nodes = [title, *front, *closing, *annexes, *general]
        nodes += [c for c in chapters if c.place is not Place.OLD]
        nodes += [a for c in chapters for a in c.children if a.place is not Place.OLD]
        kinds = [n.kind for n in nodes]
        kind = _combine(kinds)
        if kind is Kind.UNCHANGED and Kind.RENUMBERED in kinds:
            kind = Kind.RENUMBERED
    return DocumentChanges(old, new, kind, title, front, chapters, closing, annexes, general)
