"""Two versions of a regeling as a STOP besluit with a ``RegelingMutatie`` (the renvooi).

The besluit's ``WijzigArtikel`` (ARTIKEL I) points to a ``WijzigBijlage`` holding the
``RegelingMutatie`` from the expression of the old version (``was``) to the new one
(``wordt``). Its actions come from the change tree, in the order of the text:

- a changed article (text, references or number): ``Vervang`` with the article in the new
  version, words marked ``NieuweTekst``/``VerwijderdeTekst``, an inserted or deleted lid or
  onderdeel marked with ``wijzigactie``;
- an inserted article: ``VoegToe`` ``volgtOp`` the article before it (or ``komtVoor`` the one
  after it); a deleted one: ``Verwijder`` with its old text;
- a new chapter title or number: ``VervangKop``;
- a move: STOP has no move, and a wId may occur only once, so the smallest container holding
  both places (the chapter, or the whole body for a move between chapters, a new or a deleted
  chapter) is replaced, with the moved article at its new place only;
- a changed, new or deleted annex, and a changed toelichting: ``Vervang``/``VoegToe``/
  ``Verwijder`` of the whole element.

Every ``wat`` and ``context`` names an element by its eId in the old version (``was``), so the
actions do not depend on each other's order; consecutive inserted articles or annexes share
one ``VoegToe``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree  # type: ignore[import-untyped, unused-ignore]

from assembler.diff.changes import DocumentChanges, Kind, Level, Node, Place, compare
from assembler.diff.words import Op
from assembler.model.nodes import Article, Chapter, Document, Ref
from assembler.stop.elements import SCHEMA_VERSION, Element, Writer, new, sub, text_element
from assembler.stop.identity import Identity
from assembler.stop.ids import LICHAAM, AknId, Ids
from assembler.stop.regeling import (
    besluit_ids,
    bijlage_kop,
    document_ids,
    opschrift,
    serialize,
    toelichting,
    wijzig_artikel,
)

COMPONENT = "wijziging"


class NoChanges(ValueError):
    """The two versions have the same text: there is nothing to amend."""


@dataclass(frozen=True, slots=True)
class _Sides:
    old: Document
    new: Document
    old_ids: Ids
    new_ids: Ids

    @property
    def writer(self) -> Writer:
        return Writer(self.new_ids, self.old_ids)

    @property
    def old_writer(self) -> Writer:
        return Writer(self.old_ids, self.old_ids)

    def old_article(self, ident: str) -> Article:
        return next(a for a in self.old.articles if a.id == ident)

    def new_article(self, ident: str) -> Article:
        return next(a for a in self.new.articles if a.id == ident)


def _changed(kind: Kind) -> bool:
    return kind is not Kind.UNCHANGED


def regeling_mutatie(old: Document, new_doc: Document, identity: Identity) -> Element:
    """The ``RegelingMutatie`` that turns ``old`` into ``new_doc``.

    Raises :class:`NoChanges` when nothing a reader sees differs.
    """
    tree = compare(old, new_doc)
    sides = _Sides(old, new_doc, document_ids(old, identity), document_ids(new_doc, identity))
    mutatie = new(
        "RegelingMutatie",
        componentnaam=COMPONENT,
        was=identity.expression(old),
        wordt=identity.expression(new_doc),
    )
    _body(mutatie, tree, sides)
    _annexes(mutatie, tree, sides)
    _explanation(mutatie, sides)
    if not len(mutatie):
        raise NoChanges(new_doc.id)
    return mutatie


# -- the body -------------------------------------------------------------------------------


def _chapter_of_article(doc: Document) -> dict[str, str]:
    return {a.id: c.id for c in doc.chapters for a in c.articles}


def _whole_body(tree: DocumentChanges, sides: _Sides) -> bool:
    """Whether the chapters themselves changed place or presence, or an article moved
    between chapters: then only a replacement of the whole body says it."""
    if any(c.kind in (Kind.INSERTED, Kind.DELETED) or c.kind.moved for c in tree.chapters):
        return True
    old_chapter = _chapter_of_article(sides.old)
    new_chapter = _chapter_of_article(sides.new)
    return any(
        old_chapter.get(a.id) != new_chapter.get(a.id)
        for c in tree.chapters
        for a in c.children
        if a.kind.moved
    )


def _body(mutatie: Element, tree: DocumentChanges, sides: _Sides) -> None:
    if _whole_body(tree, sides):
        _replace(mutatie, LICHAAM, _renvooi_body(tree, sides))
        return
    new_chapters = {c.id: c for c in sides.new.chapters}
    for node in tree.chapters:
        chapter = new_chapters[node.id]
        numbered = bool(chapter.number)
        if any(a.kind.moved for a in node.children):
            if numbered:
                old_eid = sides.old_ids[node.id].eid
                _replace(mutatie, old_eid, _renvooi_chapter(node, chapter, sides))
            else:
                _replace(mutatie, LICHAAM, _renvooi_body(tree, sides))
            continue
        if numbered and _changed(node.kind):
            _vervang_kop(mutatie, node, sides)
        container = sides.old_ids[node.id].eid if numbered else LICHAAM
        if not _articles(mutatie, node, sides):
            _replace(mutatie, container, _renvooi_container(node, chapter, sides))


def _articles(mutatie: Element, node: Node, sides: _Sides) -> bool:
    """One action per changed article of a chapter, consecutive inserted articles in one
    ``VoegToe``; False when inserted articles have no existing neighbour to be placed against
    (then the caller replaces the chapter)."""
    actions: list[Element] = []
    children = [a for a in node.children if a.level is Level.ARTICLE]
    existing = [a for a in children if a.kind not in (Kind.INSERTED, Kind.DELETED)]
    if not existing and any(a.kind is Kind.INSERTED for a in children):
        return False
    group: Element | None = None
    for index, article in enumerate(children):
        if article.kind is not Kind.INSERTED:
            group = None
        if article.kind not in (Kind.INSERTED, Kind.DELETED) and not _article_changed(
            article, sides
        ):
            continue
        if article.kind is Kind.DELETED:
            action = new("Verwijder", wat=sides.old_ids[article.id].eid)
            action.append(sides.old_writer.plain_article(sides.old_article(article.id)))
        elif article.kind is Kind.INSERTED:
            if group is None:
                group = new("VoegToe", None, **_place(children, index, sides))
                actions.append(group)
            group.append(sides.writer.plain_article(sides.new_article(article.id)))
            continue
        else:
            action = new("Vervang", wat=sides.old_ids[article.id].eid)
            action.append(sides.writer.article(article, marks=True))
        actions.append(action)
    for action in actions:
        mutatie.append(action)
    return True


def _article_changed(node: Node, sides: _Sides) -> bool:
    """Whether the Artikel element differs: its number, title or leden, or the eId a
    reference of it points to (its toelichting is written elsewhere, in the Toelichting)."""
    if node.old_number != node.new_number or any(p.op is not Op.SAME for p in node.text):
        return True
    if any(c.kind is not Kind.UNCHANGED for c in node.children if c.level is Level.LID):
        return True
    article = sides.new_article(node.id)
    for target in _targets(article):
        before, after = sides.old_ids.get(target), sides.new_ids.get(target)
        if before is not None and after is not None and before.eid != after.eid:
            return True
    return False


def _targets(article: Article) -> Iterator[str]:
    """The provisions the references of ``article`` point to (in this document)."""
    for lid in article.leden:
        contents = [lid.content, lid.slot]
        for item in lid.onderdelen:
            contents.append(item.content)
            contents.extend(s.content for s in item.subonderdelen)
        for content in contents:
            for inline in content:
                if isinstance(inline, Ref) and not inline.document:
                    yield inline.target


def _place(children: list[Node], index: int, sides: _Sides) -> dict[str, str]:
    """Where an inserted article goes: after the article before it that stays, else before the
    first one after it that stays (both named by their eId in the old version)."""
    stays = (Kind.INSERTED, Kind.DELETED)
    before = [a for a in children[:index] if a.kind not in stays]
    if before:
        return {"positie": "volgtOp", "context": sides.old_ids[before[-1].id].eid}
    after = next(a for a in children[index:] if a.kind not in stays)
    return {"positie": "komtVoor", "context": sides.old_ids[after.id].eid}


def _vervang_kop(mutatie: Element, node: Node, sides: _Sides) -> None:
    action = sub(mutatie, "VervangKop", wat=sides.old_ids[node.id].eid)
    kop = sub(action, "Kop")
    text_element(kop, "Label", "Hoofdstuk")
    sides.writer.number(kop, "Nummer", node, True)
    sides.writer.pieces(sub(kop, "Opschrift"), node.text, True)


def _replace(mutatie: Element, wat: str, element: Element) -> None:
    action = sub(mutatie, "Vervang", wat=wat)
    action.append(element)


def _renvooi_article(node: Node, sides: _Sides) -> Element:
    """An article in a replaced container: whole when inserted or deleted, else marked."""
    if node.kind is Kind.INSERTED:
        element = sides.writer.plain_article(sides.new_article(node.id))
        element.set("wijzigactie", "voegtoe")
        return element
    if node.kind is Kind.DELETED:
        element = sides.old_writer.plain_article(sides.old_article(node.id))
        element.set("wijzigactie", "verwijder")
        return element
    return sides.writer.article(node, marks=True)


def _renvooi_container(node: Node, chapter: Chapter, sides: _Sides) -> Element:
    if chapter.number:
        return _renvooi_chapter(node, chapter, sides)
    lichaam = new("Lichaam", AknId(LICHAAM, f"{sides.new_ids.prefix}__{LICHAAM}"))
    for article in node.children:
        if article.place is not Place.OLD:
            lichaam.append(_renvooi_article(article, sides))
    return lichaam


def _renvooi_chapter(node: Node, chapter: Chapter | None, sides: _Sides) -> Element:
    deleted = node.kind is Kind.DELETED
    ids = (sides.old_ids if deleted else sides.new_ids)[node.id]
    element = new("Hoofdstuk", ids)
    if node.kind is Kind.INSERTED:
        element.set("wijzigactie", "voegtoe")
    elif deleted:
        element.set("wijzigactie", "verwijder")
    kop = sub(element, "Kop")
    text_element(kop, "Label", "Hoofdstuk")
    marks = node.kind not in (Kind.INSERTED, Kind.DELETED)
    sides.writer.number(kop, "Nummer", node, marks)
    sides.writer.pieces(sub(kop, "Opschrift"), node.text, marks)
    for article in node.children:
        if article.place is Place.OLD:
            continue
        if not marks:
            whole = (
                sides.old_writer.plain_article(sides.old_article(article.id))
                if deleted
                else sides.writer.plain_article(sides.new_article(article.id))
            )
            element.append(whole)
        else:
            element.append(_renvooi_article(article, sides))
    return element


def _renvooi_body(tree: DocumentChanges, sides: _Sides) -> Element:
    """The whole new body with renvooi: the new version's chapters and articles, each article
    marked from its node; a deleted article after the article it followed in the merged order,
    a deleted chapter (its heading) at the end."""
    merged = [a for c in tree.chapters for a in c.children if a.place is not Place.OLD]
    nodes = {a.id: a for a in merged}
    deleted_after: dict[str, list[Node]] = {}
    last = ""
    for article in merged:
        if article.kind is Kind.DELETED:
            deleted_after.setdefault(last, []).append(article)
        else:
            last = article.id
    headings = {c.id: c for c in tree.chapters if c.place is not Place.OLD}
    lichaam = new("Lichaam", AknId(LICHAAM, f"{sides.new_ids.prefix}__{LICHAAM}"))

    def put(parent: Element, ident: str) -> None:
        for article in ([nodes[ident]] if ident else []) + deleted_after.get(ident, []):
            parent.append(_renvooi_article(article, sides))

    for index, chapter in enumerate(sides.new.chapters):
        parent = lichaam
        if chapter.number:
            heading = headings[chapter.id]
            parent = sub(lichaam, "Hoofdstuk", sides.new_ids[chapter.id])
            if heading.kind is Kind.INSERTED:
                parent.set("wijzigactie", "voegtoe")
            _chapter_kop(parent, heading, heading.kind is not Kind.INSERTED, sides)
        if index == 0:
            put(parent, "")
        for member in chapter.articles:
            put(parent, member.id)
    for heading in tree.chapters:
        if heading.kind is Kind.DELETED and heading.place is Place.HERE:
            element = sub(lichaam, "Hoofdstuk", sides.old_ids[heading.id], wijzigactie="verwijder")
            _chapter_kop(element, heading, False, sides)
    return lichaam


def _chapter_kop(element: Element, node: Node, marks: bool, sides: _Sides) -> None:
    kop = sub(element, "Kop")
    text_element(kop, "Label", "Hoofdstuk")
    sides.writer.number(kop, "Nummer", node, marks)
    sides.writer.pieces(sub(kop, "Opschrift"), node.text, marks)


# -- annexes and toelichting ----------------------------------------------------------------


def _annexes(mutatie: Element, tree: DocumentChanges, sides: _Sides) -> None:
    old_sections = {s.id: (i, s) for i, s in enumerate(sides.old.bijlagen, start=1)}
    new_sections = {s.id: (i, s) for i, s in enumerate(sides.new.bijlagen, start=1)}
    previous = LICHAAM  # the last element of the old version before the next annex
    group: Element | None = None
    for node in tree.annexes:
        if node.kind is Kind.DELETED:
            index, section = old_sections[node.id]
            action = sub(mutatie, "Verwijder", wat=sides.old_ids[node.id].eid)
            action.append(sides.old_writer.annex(section, index, len(sides.old.bijlagen)))
            previous, group = sides.old_ids[node.id].eid, None
            continue
        index, section = new_sections[node.id]
        element = sides.writer.annex(section, index, len(sides.new.bijlagen))
        if node.kind is Kind.INSERTED:
            if group is None:
                group = sub(mutatie, "VoegToe", positie="volgtOp", context=previous)
            group.append(element)
            continue
        group = None
        old_index, old_section = old_sections[node.id]
        before = sides.old_writer.annex(old_section, old_index, len(sides.old.bijlagen))
        # Compared as written: a sole annex gains its number when a second one arrives.
        if etree.tostring(before) != etree.tostring(element):
            _replace(mutatie, sides.old_ids[node.id].eid, element)
        previous = sides.old_ids[node.id].eid


def _explanation(mutatie: Element, sides: _Sides) -> None:
    before = toelichting(sides.old, sides.old_writer)
    after = toelichting(sides.new, sides.writer)
    if before is None and after is None:
        return
    if before is not None and after is not None:
        if etree.tostring(before) == etree.tostring(after):
            return
        if before.tag == after.tag:
            _replace(mutatie, before.get("eId", ""), after)
            return
    if before is not None:
        sub(mutatie, "Verwijder", wat=before.get("eId", "")).append(before)
    if after is not None:
        last = sides.old.bijlagen[-1].id if sides.old.bijlagen else ""
        context = sides.old_ids[last].eid if last else LICHAAM
        sub(mutatie, "VoegToe", positie="volgtOp", context=context).append(after)


# -- the besluit ----------------------------------------------------------------------------


def mutation_element(
    old: Document, new_doc: Document, identity: Identity, title: str = ""
) -> Element:
    """The ``BesluitCompact`` that amends ``old`` into ``new_doc``."""
    mutatie = regeling_mutatie(old, new_doc, identity)
    own = besluit_ids(identity)
    name = new_doc.citeertitel or new_doc.title
    root = new("BesluitCompact", schemaversie=SCHEMA_VERSION)
    opschrift(root, title or f"Besluit tot wijziging van de {name}", own["opschrift"])
    lichaam = sub(root, "Lichaam", own["lichaam"])
    wijzig_artikel(
        lichaam,
        own["artikel"],
        own["bijlage"],
        f"De {name} wordt gewijzigd zoals is aangegeven in ",
    )
    bijlage = sub(root, "WijzigBijlage", own["bijlage"])
    bijlage_kop(bijlage)
    bijlage.append(mutatie)
    return root


def mutation_besluit(
    old: Document, new_doc: Document, identity: Identity, title: str = ""
) -> bytes:
    """The STOP wijzigingsbesluit of ``old`` → ``new_doc`` as bytes (``title`` is its opschrift;
    by default "Besluit tot wijziging van de <citeertitel>").

    Raises :class:`NoChanges` when the texts are the same.
    """
    return serialize(mutation_element(old, new_doc, identity, title))


__all__ = ["NoChanges", "mutation_besluit", "mutation_element", "regeling_mutatie"]
