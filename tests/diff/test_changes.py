"""The change tree: small models in, a typed kind on every node out, one test per kind."""

from __future__ import annotations

from assembler.diff.changes import DocumentChanges, Kind, Level, Node, Place, compare
from assembler.diff.words import Op
from assembler.model.nodes import Lid, Section, Text
from tests.diff.models import art, document, lid, ond, ref, renumber, t, table

A = art("a", "1", "Begrippen", lid("a.1", "In deze regeling wordt verstaan onder: bestuur."))
B = art(
    "b",
    "2",
    "Taken",
    lid("b.1", "Het openbaar lichaam voert de taken uit.", "1."),
    lid("b.2", "Het bestuur stelt de taken vast.", "2."),
)
C = art("c", "3", "Slot", lid("c.1", "Deze regeling treedt in werking."))


def _doc(*articles):  # type: ignore[no-untyped-def]
    return document(renumber([("h1", "Algemeen", list(articles))]))


def _article(tree: DocumentChanges, ident: str) -> Node:
    return next(a for a in tree.articles() if a.id == ident)


def test_unchanged() -> None:
    tree = compare(_doc(A, B, C), _doc(A, B, C))
    assert tree.kind is Kind.UNCHANGED
    assert {n.kind for n in tree.walk()} == {Kind.UNCHANGED}


def test_text_changed_marks_the_lid_and_its_article() -> None:
    b2 = Lid("b.2", "2.", t("Het dagelijks bestuur stelt de taken vast."))
    new_b = art("b", "2", "Taken", B.leden[0], b2)
    tree = compare(_doc(A, B, C), _doc(A, new_b, C))
    article = _article(tree, "b")
    assert article.kind is Kind.CHANGED
    assert [(c.id, c.kind) for c in article.children] == [
        ("b.1", Kind.UNCHANGED),
        ("b.2", Kind.CHANGED),
    ]
    inserted = [p.node.text for p in article.children[1].text if p.op is Op.INSERTED]
    assert inserted == ["dagelijks "]
    assert tree.kind is Kind.CHANGED


def test_only_the_wording_of_a_reference_changed() -> None:
    old_c = art(
        "c", "3", "Slot", Lid("c.1", "", (Text("Zie "), ref("b.2", "artikel 2, tweede lid")))
    )
    new_c = art(
        "c", "3", "Slot", Lid("c.1", "", (Text("Zie "), ref("b.2", "artikel 3, tweede lid")))
    )
    tree = compare(_doc(A, B, old_c), _doc(A, B, new_c))
    node = _article(tree, "c")
    assert node.kind is Kind.REFERENCES
    assert node.children[0].kind is Kind.REFERENCES
    assert not node.kind.substantive
    assert tree.kind is Kind.REFERENCES


def test_renumbered() -> None:
    d = art("d", "0", "Nieuw", lid("d.1", "Een nieuw artikel."))
    tree = compare(_doc(A, B, C), _doc(d, A, B, C))
    assert _article(tree, "d").kind is Kind.INSERTED
    node = _article(tree, "b")
    assert node.kind is Kind.RENUMBERED and (node.old_number, node.new_number) == ("2", "3")


def test_inserted_and_deleted_with_everything_inside() -> None:
    tree = compare(_doc(A, B, C), _doc(A, C))
    deleted = next(a for c in tree.chapters for a in c.children if a.id == "b")
    assert deleted.kind is Kind.DELETED
    assert {n.kind for n in deleted.walk()} == {Kind.DELETED}
    assert all(p.op is Op.DELETED for n in deleted.walk() for p in n.text)
    tree = compare(_doc(A, C), _doc(A, B, C))
    assert {n.kind for n in _article(tree, "b").walk()} == {Kind.INSERTED}


def test_moved_is_listed_at_both_places() -> None:
    old = document(renumber([("h1", "Een", [A, B]), ("h2", "Twee", [C])]))
    new = document(renumber([("h1", "Een", [B]), ("h2", "Twee", [C, A])]))
    tree = compare(old, new)
    places = [(a.id, a.place, a.kind) for c in tree.chapters for a in c.children]
    assert ("a", Place.OLD, Kind.MOVED) in places and ("a", Place.NEW, Kind.MOVED) in places
    assert [a.id for a in tree.articles()].count("a") == 1


def test_moved_and_changed() -> None:
    changed_a = art("a", "1", "Begripsbepalingen", *A.leden)
    old = document(renumber([("h1", "Een", [A, B]), ("h2", "Twee", [C])]))
    new = document(renumber([("h1", "Een", [B]), ("h2", "Twee", [C, changed_a])]))
    assert _article(compare(old, new), "a").kind is Kind.MOVED_CHANGED


def test_reordered_leden_are_moves_within_the_article() -> None:
    swapped = art(
        "b",
        "2",
        "Taken",
        Lid("b.2", "1.", B.leden[1].content),
        Lid("b.1", "2.", B.leden[0].content),
    )
    node = _article(compare(_doc(A, B, C), _doc(A, swapped, C)), "b")
    moved = [(c.id, c.place) for c in node.children if c.kind.moved]
    assert len(moved) == 2 and {p for _, p in moved} == {Place.OLD, Place.NEW}
    assert node.kind is Kind.CHANGED


def test_an_onderdeel_punctuation_change_is_a_changed_mark_in_the_onderdeel() -> None:
    old_a = art("a", "1", "Begrippen", lid("a.1", "Onder:", "", ond("a.x", "a.", "bestuur.")))
    new_a = art(
        "a",
        "1",
        "Begrippen",
        lid("a.1", "Onder:", "", ond("a.x", "a.", "bestuur; en"), ond("a.y", "b.", "raad.")),
    )
    node = _article(compare(_doc(old_a), _doc(new_a)), "a")
    x, y = node.children[0].children
    assert x.kind is Kind.CHANGED and y.kind is Kind.INSERTED
    assert [(p.op, p.node.text) for p in x.text if p.op is not Op.SAME] == [
        (Op.DELETED, "."),
        (Op.INSERTED, "; en"),
    ]


def test_toelichting_of_an_article_is_its_own_node() -> None:
    old_b = art("b", "2", "Taken", *B.leden, toelichting="Oud.")
    new_b = art("b", "2", "Taken", *B.leden, toelichting="Nieuw.")
    node = _article(compare(_doc(A, old_b), _doc(A, new_b)), "b")
    explanation = node.child(Level.EXPLANATION)
    assert explanation is not None and explanation.kind is Kind.CHANGED
    assert node.kind is Kind.CHANGED


def test_parts_outside_the_articles_are_changes_too() -> None:
    old = document(
        renumber([("h1", "Algemeen", [A])]),
        aanhef=(t("Het college van Adam;"),),
        bijlagen=(
            Section("bijlage-1", "Bevoegdheden", (table("tab", [("r1", ("Besluiten", "Pw"))]),)),
        ),
    )
    new = document(
        renumber([("h1", "Algemene bepalingen", [A])]),
        aanhef=(t("De colleges van Adam en Bdorp;"),),
        bijlagen=(
            Section(
                "bijlage-1",
                "Bevoegdheden",
                (
                    table(
                        "tab", [("r1", ("Besluiten", "Participatiewet")), ("r2", ("Innen", "Pw"))]
                    ),
                ),
            ),
        ),
    )
    tree = compare(old, new)
    assert tree.front[0].id == "aanhef" and tree.front[0].kind is Kind.CHANGED
    assert tree.chapters[0].kind is Kind.CHANGED  # the chapter title
    annex = tree.annexes[0]
    assert annex.kind is Kind.CHANGED
    rows = {r.id: r.kind for r in annex.children[0].children}
    assert rows == {"tab.kop": Kind.UNCHANGED, "r1": Kind.CHANGED, "r2": Kind.INSERTED}
    cells = [c.kind for c in annex.children[0].children[1].children]
    assert cells == [Kind.UNCHANGED, Kind.CHANGED]
    assert {p.id for p in tree.parts() if p.kind.substantive} == {"aanhef", "h1", "bijlage-1"}


def test_a_new_document_is_inserted_throughout() -> None:
    tree = compare(None, _doc(A, B))
    assert tree.kind is Kind.INSERTED
    assert {n.kind for n in tree.walk() if n.level is not Level.PART or n.children} == {
        Kind.INSERTED
    }


def test_the_same_words_with_a_reference_instead_of_typed_text_are_unchanged() -> None:
    typed = art("c", "3", "Slot", Lid("c.1", "", t("Zie artikel 2, tweede lid.")))
    linked = art(
        "c",
        "3",
        "Slot",
        Lid("c.1", "", (Text("Zie "), ref("b.2", "artikel 2, tweede lid"), Text("."))),
    )
    assert _article(compare(_doc(A, B, typed), _doc(A, B, linked)), "c").kind is Kind.UNCHANGED
