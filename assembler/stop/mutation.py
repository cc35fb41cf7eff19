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

``Vervang``, ``Verwijder`` and ``komtVoor`` name an element by its eId in the old version;
``volgtOp`` by its eId after the actions before it (the mutation applies in order).
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree  # type: ignore[import-untyped, unused-ignore]

from assembler.diff.changes import DocumentChanges, Kind, Level, Node, Place, compare
from assembler.model.nodes import Article, Chapter, Document
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
    """One action per changed article of a chapter; False when an inserted article has no
    neighbour to be placed against (then the caller replaces the chapter)."""
    actions: list[Element] = []
    children = [a for a in node.children if a.level is Level.ARTICLE]
    kept = [a for a in children if a.kind is not Kind.DELETED]
    if kept and kept[0].kind is Kind.INSERTED and all(a.kind is Kind.INSERTED for a in kept):
        return False
    for article in children:
        if article.kind is Kind.UNCHANGED:
            continue
        if article.kind is Kind.DELETED:
            action = new("Verwijder", wat=sides.old_ids[article.id].eid)
            action.append(sides.old_writer.plain_article(sides.old_article(article.id)))
        elif article.kind is Kind.INSERTED:
            index = kept.index(article)
            if index > 0:
                positie, context = "volgtOp", sides.new_ids[kept[index - 1].id].eid
            else:
                after = next(a for a in kept[1:] if a.kind is not Kind.INSERTED)
                positie, context = "komtVoor", sides.old_ids[after.id].eid
            action = new("VoegToe", positie=positie, context=context)
            action.append(sides.writer.plain_article(sides.new_article(article.id)))
        else:
            action = new("Vervang", wat=sides.old_ids[article.id].eid)
            action.append(sides.writer.article(article, marks=True))
        actions.append(action)
    for action in actions:
        mutatie.append(action)
    return True


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
    lichaam = new("Lichaam", AknId(LICHAAM, f"{sides.new_ids.prefix}__{LICHAAM}"))
    for node in tree.chapters:
        if node.place is Place.OLD:
            continue
        chapter = next((c for c in sides.new.chapters if c.id == node.id), None)
        numbered = bool((chapter or next(c for c in sides.old.chapters if c.id == node.id)).number)
        if numbered:
            lichaam.append(_renvooi_chapter(node, chapter, sides))
            continue
        for article in node.children:
            if article.place is not Place.OLD:
                lichaam.append(_renvooi_article(article, sides))
    return lichaam


# -- annexes and toelichting ----------------------------------------------------------------


def _annexes(mutatie: Element, tree: DocumentChanges, sides: _Sides) -> None:
    old_sections = {s.id: (i, s) for i, s in enumerate(sides.old.bijlagen, start=1)}
    new_sections = {s.id: (i, s) for i, s in enumerate(sides.new.bijlagen, start=1)}
    previous = LICHAAM
    for node in tree.annexes:
        if node.kind is Kind.DELETED:
            index, section = old_sections[node.id]
            action = sub(mutatie, "Verwijder", wat=sides.old_ids[node.id].eid)
            action.append(sides.old_writer.annex(section, index, len(sides.old.bijlagen)))
            continue
        index, section = new_sections[node.id]
        element = sides.writer.annex(section, index, len(sides.new.bijlagen))
        if node.kind is Kind.INSERTED:
            action = sub(mutatie, "VoegToe", positie="volgtOp", context=previous)
            action.append(element)
        elif _changed(node.kind):
            _replace(mutatie, sides.old_ids[node.id].eid, element)
        previous = sides.new_ids[node.id].eid


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
        last = sides.new.bijlagen[-1].id if sides.new.bijlagen else ""
        context = sides.new_ids[last].eid if last else LICHAAM
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
