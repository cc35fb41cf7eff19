"""A document's change tree as blocks in reading order, part by part.

``redline(tree)`` walks the change tree of :mod:`assembler.diff.changes` and yields, for each
part of the document, the paragraphs (with their word-level change marks), tables and moved
ranges that the Word and HTML writers render. Deleted and moved-away provisions stand where
they stood in the old version, inserted and moved-in ones where they stand in the new one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

from assembler.changeset import Entry, entries
from assembler.diff.changes import (
    DocumentChanges,
    Kind,
    Level,
    Node,
    Part,
    Place,
    compare,
)
from assembler.diff.words import Op, Seg, segs_of, word_diff
from assembler.flow.blocks import RItem, RMove, Role, RPara, RRow, RTable
from assembler.model.dates import dutch_date
from assembler.model.nodes import (
    Article,
    Document,
    Lid,
    Onderdeel,
    annex_heading,
    article_heading,
    chapter_heading,
    plain,
)

TOELICHTING = "Toelichting"
ARTIKELSGEWIJS = "Artikelsgewijze toelichting"

Line = tuple[Role, str, str]  # role, number (with tab, or ""), text


@dataclass
class Redline:
    """The blocks of one compared document, keyed like the template's slots, with the change
    tree and the round's entries (with reasons) they come from."""

    tree: DocumentChanges
    parts: dict[str, list[RItem]] = field(default_factory=dict)
    changes: list[Entry] = field(default_factory=list)
    reasons: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def old(self) -> Document | None:
        return self.tree.old

    @property
    def new(self) -> Document | None:
        return self.tree.new


# -- lines without ids ----------------------------------------------------------------------


def _segs(old: str | None, new: str | None) -> tuple[Seg, ...]:
    if old is None:
        return (Seg("+", new),) if new else ()
    if new is None:
        return (Seg("-", old),) if old else ()
    return word_diff(old, new)


def _para(old: Line | None, new: Line | None, mark: str = "", anchor: str = "") -> RPara:
    return RPara(
        role=(new or old)[0],  # type: ignore[index]
        number=_segs(old[1] if old else None, new[1] if new else None),
        text=_segs(old[2] if old else None, new[2] if new else None),
        mark=mark,
        anchor=anchor,
    )


def compare_line(old: Line | None, new: Line | None) -> RPara:
    """One paragraph in both versions (changed), or in one of them (inserted or deleted)."""
    mark = "" if old is not None and new is not None else ("+" if new is not None else "-")
    return _para(old, new, mark)


def diff_lines(old: Sequence[Line], new: Sequence[Line]) -> list[RPara]:
    """Lines without ids (title page, signatures): aligned by content, then word diffs."""
    matcher = SequenceMatcher(None, [ln[2] for ln in old], [ln[2] for ln in new], autojunk=False)
    out: list[RPara] = []
    for _, i1, i2, j1, j2 in matcher.get_opcodes():
        pairs = min(i2 - i1, j2 - j1)
        out.extend(_para(old[i1 + k], new[j1 + k]) for k in range(pairs))
        out.extend(_para(line, None, "-") for line in old[i1 + pairs : i2])
        out.extend(_para(None, line, "+") for line in new[j1 + pairs : j2])
    return out


# -- provisions -----------------------------------------------------------------------------


def _mark(node: Node) -> str:
    return {Kind.INSERTED: "+", Kind.DELETED: "-"}.get(node.kind, "")


def _number(node: Node) -> tuple[Seg, ...]:
    old = f"{node.old_number}\t" if node.old_number else ""
    new = f"{node.new_number}\t" if node.new_number else ""
    if node.kind is Kind.INSERTED:
        return _segs(None, new)
    if node.kind is Kind.DELETED:
        return _segs(old, None)
    return _segs(old, new)


def _node_para(role: Role, node: Node, anchor: str = "") -> RPara:
    return RPara(role, segs_of(node.text), _number(node), _mark(node), anchor)


def _has_number(node: Node) -> bool:
    """Whether the lid is numbered on the side the paragraph shows (the newer when both)."""
    return bool(node.new_number if node.kind is not Kind.DELETED else node.old_number)


def _lid_paras(node: Node) -> list[RPara]:
    numbered = _has_number(node)
    out: list[RPara] = []
    if node.old_number or node.new_number or node.text:
        out.append(_node_para(Role.LID if numbered else Role.LID_ZONDER_NUMMER, node))
    for child in node.children:
        if child.level is Level.ONDERDEEL:
            out.append(_node_para(Role.ONDERDEEL, child))
            out.extend(_node_para(Role.SUBONDERDEEL, sub) for sub in child.children)
        elif child.level is Level.SLOT:
            out.append(_node_para(Role.LID_VERVOLG if numbered else Role.LID_ZONDER_NUMMER, child))
    return out


def _heading(kind: Kind, old: str | None, new: str | None) -> tuple[Seg, ...]:
    if kind is Kind.INSERTED:
        return _segs(None, new)
    if kind is Kind.DELETED:
        return _segs(old, None)
    return _segs(old, new)


def _article_heading(node: Node) -> RPara:
    old = article_heading(node.old_number, node.old_text())
    new = article_heading(node.new_number, node.new_text())
    return RPara(Role.ARTIKELKOP, _heading(node.kind, old, new), (), _mark(node), node.id)


class _Names:
    """Hands out the names that pair a move's two places."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}

    def __call__(self, ident: str) -> str:
        return self.names.setdefault(ident, f"verplaatst{len(self.names) + 1}")


def _project(paras: Sequence[RPara], side: str) -> tuple[RPara, ...]:
    """One side of a moved provision: "-" keeps the old text, "+" the new text.

    A moved provision is shown twice: at its old place with what was deleted while moving,
    at its new place with what was inserted.
    """
    other = "+" if side == "-" else "-"
    kept = []
    for para in paras:
        if para.mark == other:
            continue
        kept.append(
            replace(
                para,
                number=tuple(s for s in para.number if s.op != other),
                text=tuple(s for s in para.text if s.op != other),
            )
        )
    return tuple(kept)


def _place_side(place: Place) -> tuple[str, str]:
    return ("from", "-") if place is Place.OLD else ("to", "+")


def article_items(node: Node, names: _Names | None = None) -> list[RItem]:
    """The blocks of one article: heading and leden; a lid that moved within the article is a
    moved range (inside a moved article: a deletion and an insertion)."""
    out: list[RItem] = [_article_heading(node)]
    for lid in node.children:
        if lid.level is not Level.LID:
            continue
        paras = _lid_paras(lid)
        if lid.place is Place.HERE:
            out.extend(paras)
            continue
        side, op = _place_side(lid.place)
        projected = _project(paras, op)
        if names is None:
            mark = "-" if op == "-" else "+"
            out.extend(replace(p, mark=mark) for p in projected)
        else:
            out.append(RMove(names(f"{node.id}/{lid.id}"), side, projected, article=False))
    return out


def _body(tree: DocumentChanges, names: _Names) -> list[RItem]:
    out: list[RItem] = []
    for chapter in tree.chapters:
        if chapter.old_number or chapter.new_number:
            old = chapter_heading(chapter.old_number, chapter.old_text())
            new = chapter_heading(chapter.new_number, chapter.new_text())
            if chapter.place is Place.OLD:
                out.append(RPara(Role.HOOFDSTUK, _segs(old, None), mark="-", anchor=""))
            elif chapter.place is Place.NEW:
                out.append(RPara(Role.HOOFDSTUK, _segs(None, new), mark="+", anchor=chapter.id))
            else:
                text = _heading(chapter.kind, old, new)
                out.append(RPara(Role.HOOFDSTUK, text, mark=_mark(chapter), anchor=chapter.id))
        for node in chapter.children:
            if node.place is Place.HERE:
                out.extend(article_items(node, names))
                continue
            side, op = _place_side(node.place)
            paras = [i for i in article_items(node) if isinstance(i, RPara)]
            out.append(RMove(names(node.id), side, _project(paras, op)))
    return out


# -- parts, sections, tables ------------------------------------------------------------------


def _paragraph_nodes(role: Role, nodes: Sequence[Node], anchor: str = "") -> list[RPara]:
    out = [_node_para(role, n) for n in nodes]
    if out and anchor:
        out[0] = replace(out[0], anchor=anchor)
    return out


def _table(node: Node) -> list[RItem]:
    out: list[RItem] = []
    if node.text:
        out.append(RPara(Role.TABELTITEL, segs_of(node.text), mark=_title_mark(node)))
    header, *rows = node.children
    mark = _mark(node)
    out.append(
        RTable(
            node.id,
            tuple(segs_of(c.text) for c in header.children),
            tuple(RRow(r.id, tuple(segs_of(c.text) for c in r.children), _mark(r)) for r in rows),
            mark,
        )
    )
    return out


def _title_mark(node: Node) -> str:
    ops = {p.op for p in node.text}
    if ops == {Op.INSERTED}:
        return "+"
    if ops == {Op.DELETED}:
        return "-"
    return ""


def _reshaped(node: Node) -> bool:
    """A table whose columns changed: shown as the old table out, the new one in."""
    header = node.children[0]
    return node.kind is Kind.CHANGED and any(c.kind is not Kind.UNCHANGED for c in header.children)


def _split_table(node: Node) -> list[Node]:
    """A reshaped table as a deleted and an inserted table."""
    return [_one_side(node, Op.DELETED), _one_side(node, Op.INSERTED)]


def _one_side(node: Node, op: Op) -> Node:
    """``node`` as it stands in one version only: all deleted (``op`` DELETED) or inserted."""
    deleted = op is Op.DELETED
    dropped = Kind.INSERTED if deleted else Kind.DELETED
    drop = Op.INSERTED if deleted else Op.DELETED
    children = tuple(_one_side(c, op) for c in node.children if c.kind is not dropped)
    text = tuple(replace(p, op=op) for p in node.text if p.op is not drop)
    return Node(
        node.level,
        node.id,
        Kind.DELETED if deleted else Kind.INSERTED,
        node.old_number if deleted else "",
        "" if deleted else node.new_number,
        text,
        children,
    )


def _blocks(nodes: Sequence[Node]) -> list[RItem]:
    out: list[RItem] = []
    for node in nodes:
        if node.level is Level.TABLE:
            for part in _split_table(node) if _reshaped(node) else [node]:
                out.extend(_table(part))
        else:
            out.append(_node_para(Role.NORMAL, node))
    return out


def _sections(
    nodes: Sequence[Node],
    heading: Callable[[int, int, str], str],
    counts: tuple[int, int],
    role: Role,
) -> list[RItem]:
    out: list[RItem] = []
    for node in nodes:
        old = heading(int(node.old_number), counts[0], node.old_text()) if node.old_number else None
        new = heading(int(node.new_number), counts[1], node.new_text()) if node.new_number else None
        out.append(RPara(role, _heading(node.kind, old, new), mark=_mark(node), anchor=node.id))
        out.extend(_blocks(node.children))
    return out


def _explanations(tree: DocumentChanges, names: _Names) -> list[RItem]:
    """The toelichting of each article, in the body's reading order; it moves with its article."""
    out: list[RItem] = []
    for chapter in tree.chapters:
        for node in chapter.children:
            explanation = node.child(Level.EXPLANATION)
            if explanation is None:
                continue
            if node.kind in (Kind.INSERTED, Kind.DELETED):
                heading = RPara(
                    Role.TOELICHTING_ARTIKEL, _article_heading(node).text, mark=_mark(node)
                )
            elif explanation.kind in (Kind.INSERTED, Kind.DELETED):
                # The article stays, its toelichting came or went: the heading too.
                deleted = explanation.kind is Kind.DELETED
                text = (
                    article_heading(node.old_number, node.old_text())
                    if deleted
                    else article_heading(node.new_number, node.new_text())
                )
                op = "-" if deleted else "+"
                heading = RPara(Role.TOELICHTING_ARTIKEL, (Seg(op, text),), mark=op)
            else:
                heading = RPara(Role.TOELICHTING_ARTIKEL, _article_heading(node).text)
            paras = [heading, *_paragraph_nodes(Role.NORMAL, explanation.children)]
            if node.place is Place.HERE:
                out.extend(paras)
            else:
                side, op = _place_side(node.place)
                out.append(
                    RMove(names(f"{node.id}/toelichting"), side, _project(paras, op), article=False)
                )
    return out


def explained(doc: Document | None) -> bool:
    return doc is not None and any(any(a.toelichting) for a in doc.articles)


def _toelichting(tree: DocumentChanges, names: _Names) -> list[RItem]:
    old, new = tree.old, tree.new
    has_old = bool(old and (old.toelichting_algemeen or explained(old)))
    has_new = bool(new and (new.toelichting_algemeen or explained(new)))
    if not has_old and not has_new:
        return []
    out: list[RItem] = []
    kop: Line = (Role.TOELICHTING_KOP, "", TOELICHTING)
    out.extend(diff_lines([kop] if has_old else [], [kop] if has_new else []))
    out.extend(_sections(tree.general, lambda i, n, t: t, (0, 0), Role.TOELICHTING_PARAGRAAF))
    gewijs: Line = (Role.TOELICHTING_PARAGRAAF, "", ARTIKELSGEWIJS)
    out.extend(diff_lines([gewijs] if explained(old) else [], [gewijs] if explained(new) else []))
    out.extend(_explanations(tree, names))
    return out


# -- the title page, the signatures ---------------------------------------------------------


def title_lines(doc: Document | None, date_text: Callable[[Document], str]) -> list[Line]:
    """The title page, as the Word writer prints it."""
    if doc is None:
        return []
    lines: list[Line] = [(Role.TITEL, "", doc.title)]
    lines += [(Role.ONDERTITEL, "", line) for line in doc.opschrift if line and line != doc.title]
    if doc.kind != "overzicht":  # an overview is not cited
        lines.append((Role.TITELGEGEVENS, "", f"Citeertitel: {doc.citeertitel}"))
    lines.append((Role.TITELGEGEVENS, "", f"{doc.version.label}, {date_text(doc)}"))
    if doc.version.status and doc.kind != "overzicht":
        lines.append((Role.TITELGEGEVENS, "", doc.version.status))
    return lines


def signature_role(index: int, count: int) -> Role:
    """The role of line ``index`` of a signing block's ``count`` lines (see ONDERTEKENING_SLOT)."""
    return Role.ONDERTEKENING_SLOT if index == count - 1 else Role.ONDERTEKENING_REGEL


def signature_lines(doc: Document | None) -> list[Line]:
    lines: list[Line] = []
    for sig in doc.signatures if doc else ():
        lines.append((Role.ONDERTEKENING, "", sig.organ))
        lines.extend(
            (signature_role(k, len(sig.lines)), "", line) for k, line in enumerate(sig.lines)
        )
    return lines


PART_ROLES = {
    Part.AANHEF: Role.AANHEF,
    Part.OVERWEGINGEN: Role.AANHEF,
    Part.GELET_OP: Role.AANHEF,
    Part.BESLUIT: Role.AANHEF,
    Part.SLOTFORMULE: Role.SLOTFORMULE,
}


def redline(
    tree: DocumentChanges,
    reasons: Mapping[str, tuple[str, ...]] | None = None,
    date_text: Callable[[Document], str] = lambda d: dutch_date(d.version.date),
) -> Redline:
    """The blocks of ``tree``, part by part; ``reasons`` per node id (see :mod:`changeset`)."""
    reasons = reasons or {}
    old, new = tree.old, tree.new
    result = Redline(tree, reasons=reasons)
    parts = result.parts
    names = _Names()
    parts["titelpagina"] = list(
        diff_lines(title_lines(old, date_text), title_lines(new, date_text))
    )
    kop_old: list[Line] = [(Role.KOP, "", old.title)] if old else []
    kop_new: list[Line] = [(Role.KOP, "", new.title)] if new else []
    parts["kop"] = list(diff_lines(kop_old, kop_new))
    for node in tree.front:
        parts[node.id] = list(_paragraph_nodes(PART_ROLES[Part(node.id)], node.children, node.id))
    parts["artikelen"] = _body(tree, names)
    slot = tree.closing[0]
    parts["slotformule"] = list(_paragraph_nodes(Role.SLOTFORMULE, slot.children, slot.id))
    signatures = diff_lines(signature_lines(old), signature_lines(new))
    if signatures:
        signatures[0] = replace(signatures[0], anchor=Part.ONDERTEKENING.value)
    parts["ondertekening"] = list(signatures)
    kind = (new or old).kind  # type: ignore[union-attr]
    counts = (len(old.bijlagen) if old else 0, len(new.bijlagen) if new else 0)
    parts["bijlagen"] = _sections(
        tree.annexes, lambda i, n, t: annex_heading(i, n, t, kind), counts, Role.BIJLAGEKOP
    )
    parts["toelichting"] = _toelichting(tree, names)
    result.changes = entries(tree, reasons)
    return result


# -- one side, for side-by-side views -------------------------------------------------------


def _lid_line(lid: Lid) -> Line:
    if lid.number:
        return (Role.LID, f"{lid.number}\t", plain(lid.content))
    return (Role.LID_ZONDER_NUMMER, "", plain(lid.content))


def _onderdeel_lines(ond: Onderdeel) -> list[Line]:
    lines: list[Line] = [(Role.ONDERDEEL, f"{ond.number}\t", plain(ond.content))]
    lines.extend((Role.SUBONDERDEEL, f"{s.number}\t", plain(s.content)) for s in ond.subonderdelen)
    return lines


def article_lines(article: Article) -> list[Line]:
    """The paragraphs of a clean article, as every writer prints them."""
    lines: list[Line] = [(Role.ARTIKELKOP, "", article.heading)]
    for lid in article.leden:
        if lid.number or lid.content:
            lines.append(_lid_line(lid))
        for ond in lid.onderdelen:
            lines.extend(_onderdeel_lines(ond))
        if lid.slot:
            role = Role.LID_VERVOLG if lid.number else Role.LID_ZONDER_NUMMER
            lines.append((role, "", plain(lid.slot)))
    return lines


def compare_documents(
    old: Document | None,
    new: Document | None,
    reasons: Mapping[str, tuple[str, ...]] | None = None,
    date_text: Callable[[Document], str] = lambda d: dutch_date(d.version.date),
) -> Redline:
    """The change tree of ``old`` → ``new`` and its blocks, in one call."""
    return redline(compare(old, new), reasons, date_text)
