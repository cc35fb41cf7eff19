"""STOP elements for the provisions of a document, with or without renvooi marks.

Everything is written from change-tree nodes (:mod:`assembler.diff.changes`): a plain provision
is the node of the provision compared with itself (every piece unchanged), so one walk writes
both the regeling and the text of a mutation. With ``marks`` on, words only in the new version
are ``NieuweTekst``, words only in the old one ``VerwijderdeTekst``, and an inserted or deleted
lid or onderdeel carries ``wijzigactie="voegtoe"``/``"verwijder"`` with its text unmarked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from lxml import etree  # type: ignore[import-untyped, unused-ignore]

from assembler.diff.changes import Kind, Level, Node, Place
from assembler.diff.changes import article as compare_article
from assembler.diff.words import Op, Piece, Pieces
from assembler.model.nodes import Article, Content, Ref, Section, Table, Text
from assembler.stop.ids import AknId, Ids, list_key, table_key

NS = "https://standaarden.overheid.nl/stop/imop/tekst/"
SCHEMA_VERSION = "1.1.0"
Element = Any  # an lxml element (lxml has no type stubs here)
TableIds = Callable[[Table], AknId]


def q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def sub(parent: Element, tag: str, ids: AknId | None = None, **attrib: str) -> Element:
    """A child element, with ``eId``/``wId`` when given (attributes in a fixed order)."""
    element = etree.SubElement(parent, q(tag))
    if ids is not None:
        element.set("eId", ids.eid)
        element.set("wId", ids.wid)
    for key, value in attrib.items():
        element.set(key, value)
    return element


def new(tag: str, ids: AknId | None = None, **attrib: str) -> Element:
    element = etree.Element(q(tag), nsmap={None: NS})
    if ids is not None:
        element.set("eId", ids.eid)
        element.set("wId", ids.wid)
    for key, value in attrib.items():
        element.set(key, value)
    return element


def add_text(element: Element, text: str) -> None:
    """Append ``text`` at the end of ``element``'s content (after its last child)."""
    if not text:
        return
    if len(element):
        last = element[-1]
        last.tail = (last.tail or "") + text
    else:
        element.text = (element.text or "") + text


def text_element(parent: Element, tag: str, text: str) -> Element:
    element = sub(parent, tag)
    add_text(element, text)
    return element


def same(content: Content) -> Pieces:
    return tuple(Piece(Op.SAME, node) for node in content)


class Writer:
    """Writes the elements of one document; ``old`` are the ids of the older version (for
    deleted provisions and references in deleted words)."""

    def __init__(self, ids: Ids, old: Ids | None = None) -> None:
        self.ids = ids
        self.old = old or ids

    # -- inline ---------------------------------------------------------------------------

    def inline(self, parent: Element, node: Text | Ref, ids: Ids) -> None:
        if isinstance(node, Ref) and not node.document:
            target = ids.get(node.target) or self.ids.get(node.target)
            if target is not None:
                ref = sub(parent, "IntRef", ref=target.eid)
                add_text(ref, node.text)
                return
        add_text(parent, node.text)

    def pieces(self, parent: Element, pieces: Pieces, marks: bool) -> None:
        """Text with references; with ``marks``, changed runs inside NieuweTekst/VerwijderdeTekst."""
        if not marks:
            # Unmarked: the new text, or the old one of a provision that is gone altogether.
            gone = all(piece.op is Op.DELETED for piece in pieces)
            for piece in pieces:
                if gone or piece.op is not Op.DELETED:
                    ids = self.old if piece.op is Op.DELETED else self.ids
                    self.inline(parent, piece.node, ids)
            return
        wrapper: Element | None = None
        wrapped: Op | None = None
        for piece in pieces:
            if piece.op is Op.SAME:
                wrapper, wrapped = None, None
                self.inline(parent, piece.node, self.ids)
                continue
            if wrapper is None or wrapped is not piece.op:
                tag = "NieuweTekst" if piece.op is Op.INSERTED else "VerwijderdeTekst"
                wrapper, wrapped = sub(parent, tag), piece.op
            self.inline(wrapper, piece.node, self.old if piece.op is Op.DELETED else self.ids)

    def number(self, parent: Element, tag: str, node: Node, marks: bool) -> None:
        """A number, with the old one deleted and the new one inserted when it changed."""
        element = sub(parent, tag)
        if marks and node.old_number and node.new_number and node.old_number != node.new_number:
            text_element(element, "VerwijderdeTekst", node.old_number)
            text_element(element, "NieuweTekst", node.new_number)
        else:
            add_text(element, node.new_number or node.old_number)

    def _ids_of(self, node: Node, key: str | None = None) -> AknId:
        ids = self.old if node.kind is Kind.DELETED else self.ids
        found = (
            ids.get(key or node.id) or self.ids.get(key or node.id) or self.old.get(key or node.id)
        )
        assert found is not None, key or node.id
        return found

    # -- provisions -------------------------------------------------------------------------

    def article(self, node: Node, marks: bool = False) -> Element:
        """An Artikel from its change-tree node."""
        element = new("Artikel", self._ids_of(node))
        self._article_into(element, node, marks)
        return element

    def plain_article(self, article: Article) -> Element:
        return self.article(compare_article(article, article))

    def _article_into(self, element: Element, node: Node, marks: bool) -> None:
        kop = sub(element, "Kop")
        text_element(kop, "Label", "Artikel")
        self.number(kop, "Nummer", node, marks)
        opschrift = sub(kop, "Opschrift")
        self.pieces(opschrift, node.text, marks)
        leden = [c for c in node.children if c.level is Level.LID and c.place is not Place.OLD]
        old_single = [c.old_number for c in leden if c.kind is not Kind.INSERTED] == [""]
        new_single = [c.new_number for c in leden if c.kind is not Kind.DELETED] == [""]
        if old_single != new_single:
            # A sole lid became numbered (or the other way round): the article's Inhoud and
            # its Lid elements cannot be marked against each other; the new text stands whole.
            marks = False
        shown = [c for c in leden if not (c.kind is Kind.DELETED and not marks)]
        if new_single:  # one lid without a number: its text is the article's Inhoud
            sole = next(c for c in leden if c.kind is not Kind.DELETED)
            self._content(sub(element, "Inhoud"), sole, marks)
            return
        if not shown:
            sub(element, "Inhoud")
            return
        for lid in shown:
            action = self._action(lid, marks)
            inner = marks and action is None
            attrib = {"wijzigactie": action} if action else {}
            lid_element = sub(element, "Lid", self._ids_of(lid), **attrib)
            self.number(lid_element, "LidNummer", lid, inner)
            self._content(sub(lid_element, "Inhoud"), lid, inner)

    @staticmethod
    def _action(node: Node, marks: bool) -> str | None:
        if not marks:
            return None
        if node.kind is Kind.INSERTED:
            return "voegtoe"
        if node.kind is Kind.DELETED:
            return "verwijder"
        return None

    def _content(self, inhoud: Element, lid: Node, marks: bool) -> None:
        al = sub(inhoud, "Al")
        self.pieces(al, lid.text, marks)
        items = [c for c in lid.children if c.level is Level.ONDERDEEL]
        if items:
            self._list(inhoud, lid, items, marks)
        for slot in (c for c in lid.children if c.level is Level.SLOT):
            if marks or slot.kind is not Kind.DELETED:
                self.pieces(sub(inhoud, "Al"), slot.text, marks)

    def _list(self, parent: Element, owner: Node, items: list[Node], marks: bool) -> None:
        if not marks:
            items = [i for i in items if i.kind is not Kind.DELETED]
            if not items:
                return
        kinds = {i.kind for i in items}
        action = None
        if marks and kinds == {Kind.INSERTED}:
            action = "voegtoe"
        elif marks and kinds == {Kind.DELETED}:
            action = "verwijder"
        key = list_key(owner.id)
        ids = (self.old if action == "verwijder" else self.ids).get(key) or self.old.get(key)
        assert ids is not None, key
        attrib = {"wijzigactie": action} if action else {}
        lijst = sub(parent, "Lijst", ids, type="expliciet", **attrib)
        inner = marks and action is None
        for item in items:
            item_action = self._action(item, inner)
            item_marks = inner and item_action is None
            attrib = {"wijzigactie": item_action} if item_action else {}
            li = sub(lijst, "Li", self._ids_of(item), **attrib)
            self.number(li, "LiNummer", item, item_marks)
            self.pieces(sub(li, "Al"), item.text, item_marks)
            subs = [c for c in item.children if c.level is Level.SUBONDERDEEL]
            if subs:
                self._list(li, item, subs, item_marks)

    # -- annexes and tables ----------------------------------------------------------------

    def annex(self, section: Section, index: int, count: int) -> Element:
        element = new("Bijlage", self.ids[section.id])
        kop = sub(element, "Kop")
        text_element(kop, "Label", "Bijlage")
        if count > 1:
            text_element(kop, "Nummer", str(index))
        if section.title:
            text_element(kop, "Opschrift", section.title)
        if section.blocks:
            content = sub(element, "Divisietekst", self.ids[f"{section.id}#inhoud"])
            self.blocks(sub(content, "Inhoud"), section.blocks, lambda t: self.ids[table_key(t.id)])
        return element

    def blocks(
        self, inhoud: Element, blocks: Iterable[Content | Table], table_ids: TableIds
    ) -> None:
        for block in blocks:
            if isinstance(block, Table):
                self.table(inhoud, block, table_ids(block))
            else:
                self.pieces(sub(inhoud, "Al"), same(block), False)

    def table(self, parent: Element, table: Table, ids: AknId) -> None:
        element = sub(parent, "table", ids, frame="all", colsep="1", rowsep="1")
        if table.title:
            text_element(element, "title", table.title)
        width = max([len(table.header), *(len(cells) for _, cells in table.rows), 1])
        group = sub(element, "tgroup", cols=str(width), align="left")
        for column in range(1, width + 1):
            sub(group, "colspec", colname=f"col{column}", colnum=str(column), colwidth="1*")
        if table.header:
            self._row(sub(sub(group, "thead", valign="top"), "row"), table.header, width)
        body = sub(group, "tbody", valign="top")
        rows = table.rows or (("", ()),)
        for _, cells in rows:
            self._row(sub(body, "row"), cells, width)

    @staticmethod
    def _row(row: Element, cells: tuple[str, ...], width: int) -> None:
        for column in range(width):
            entry = sub(row, "entry", colname=f"col{column + 1}")
            text_element(entry, "Al", cells[column] if column < len(cells) else "")
