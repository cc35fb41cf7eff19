"""The redline model: two versions of a document merged into paragraphs with change marks.

``compare(old, new)`` aligns chapters, articles, leden, onderdelen, subonderdelen and table rows
by id and diffs the text of each aligned unit word by word. The result says, per paragraph,
which text is unchanged ("="), inserted ("+") or deleted ("-"), whether the paragraph itself
was inserted or deleted, and which paragraphs form a moved article. Every writer (Word,
HTML, text) renders this one model, so all outputs agree.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from typing import TypeVar

from assembler.diff.align import Step, align
from assembler.diff.words import Seg, word_diff
from assembler.model.dates import dutch_date
from assembler.model.nodes import (
    Article,
    Block,
    Chapter,
    Content,
    Document,
    Lid,
    Onderdeel,
    Section,
    Subonderdeel,
    Table,
    annex_heading,
    plain,
)

N = TypeVar("N", Lid, Onderdeel, Subonderdeel)

TOELICHTING = "Toelichting"
ARTIKELSGEWIJS = "Artikelsgewijze toelichting"


@dataclass(frozen=True, slots=True)
class RPara:
    """One paragraph of the redline.

    ``role`` names the kind of paragraph (a writer maps it to a style); ``number`` holds the
    segments of a literal number with its tab ("2.\\t"); ``mark`` is "+" or "-" when the whole
    paragraph (its mark included) was inserted or deleted.
    """

    role: str
    text: tuple[Seg, ...]
    number: tuple[Seg, ...] = ()
    mark: str = ""
    comment: int | None = None
    anchor: str = ""  # id of the provision that starts here (article headings)

    @property
    def changed(self) -> bool:
        return bool(self.mark) or any(op != "=" for op, _ in (*self.number, *self.text))


@dataclass(frozen=True, slots=True)
class RRow:
    id: str
    cells: tuple[tuple[Seg, ...], ...]
    mark: str = ""


@dataclass(frozen=True, slots=True)
class RTable:
    id: str
    header: tuple[tuple[Seg, ...], ...]
    rows: tuple[RRow, ...]
    mark: str = ""


@dataclass(frozen=True, slots=True)
class RMove:
    """The paragraphs of a moved article at its old ("from") or new ("to") place."""

    name: str
    side: str
    paragraphs: tuple[RPara, ...]


RItem = RPara | RTable | RMove


@dataclass(frozen=True, slots=True)
class Change:
    """One article in the overview of changes."""

    id: str
    old_number: str
    new_number: str
    title: str
    kind: str  # ingevoegd | vervallen | verplaatst | gewijzigd | vernummerd | ongewijzigd
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Comment:
    text: str


@dataclass
class Redline:
    """Two versions of one document, merged; parts are keyed like the template's slots."""

    old: Document | None
    new: Document | None
    parts: dict[str, list[RItem]] = field(default_factory=dict)
    comments: list[Comment] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)


# -- paragraphs of the clean documents, as (role, number, text) ------------------------------

Line = tuple[str, str, str]  # role, number (with tab, or ""), text


def _segs(old: str | None, new: str | None) -> tuple[Seg, ...]:
    if old is None:
        return (("+", new),) if new else ()
    if new is None:
        return (("-", old),) if old else ()
    return tuple(word_diff(old, new))


def _numbered(number: str) -> str:
    return f"{number}\t" if number else ""


def _para(role: str, old: Line | None, new: Line | None, mark: str = "") -> RPara:
    return RPara(
        role=(new or old)[0],  # type: ignore[index]
        number=_segs(old[1] if old else None, new[1] if new else None),
        text=_segs(old[2] if old else None, new[2] if new else None),
        mark=mark,
    )


def _same(line: Line) -> RPara:
    number = (("=", line[1]),) if line[1] else ()
    text = (("=", line[2]),) if line[2] else ()
    return RPara(line[0], text, number)


def compare_line(old: Line | None, new: Line | None) -> RPara:
    """One paragraph in both versions (changed), or in one of them (inserted or deleted)."""
    mark = "" if old is not None and new is not None else ("+" if new is not None else "-")
    return _para((new or old)[0], old, new, mark)  # type: ignore[index]


def _inserted(lines: Sequence[Line]) -> list[RPara]:
    return [_para(line[0], None, line, "+") for line in lines]


def _deleted(lines: Sequence[Line]) -> list[RPara]:
    return [_para(line[0], line, None, "-") for line in lines]


def diff_lines(old: Sequence[Line], new: Sequence[Line]) -> list[RPara]:
    """Paragraphs without ids (aanhef, toelichting text): aligned by content, then word diffs."""
    matcher = SequenceMatcher(None, [ln[2] for ln in old], [ln[2] for ln in new], autojunk=False)
    out: list[RPara] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.extend(_para(n[0], o, n) for o, n in zip(old[i1:i2], new[j1:j2], strict=True))
            continue
        pairs = min(i2 - i1, j2 - j1)
        out.extend(_para(new[j1 + k][0], old[i1 + k], new[j1 + k]) for k in range(pairs))
        out.extend(_deleted(old[i1 + pairs : i2]))
        out.extend(_inserted(new[j1 + pairs : j2]))
    return out


# -- articles -------------------------------------------------------------------------------


def _lid_line(lid: Lid) -> Line:
    if lid.number:
        return ("lid", _numbered(lid.number), plain(lid.content))
    return ("lid_zonder_nummer", "", plain(lid.content))


def _lid_lines(lid: Lid) -> list[Line]:
    lines = [_lid_line(lid)] if lid.number or lid.content else []
    for ond in lid.onderdelen:
        lines.extend(_onderdeel_lines(ond))
    if lid.slot:
        lines.append(("lid_vervolg" if lid.number else "lid_zonder_nummer", "", plain(lid.slot)))
    return lines


def _onderdeel_lines(ond: Onderdeel) -> list[Line]:
    lines: list[Line] = [("onderdeel", _numbered(ond.number), plain(ond.content))]
    lines.extend(("subonderdeel", _numbered(s.number), plain(s.content)) for s in ond.subonderdelen)
    return lines


def article_lines(article: Article) -> list[Line]:
    """The paragraphs of a clean article, as every writer prints them."""
    lines: list[Line] = [("artikelkop", "", article.heading)]
    for lid in article.leden:
        lines.extend(_lid_lines(lid))
    return lines


def _aligned(
    old: Sequence[N],
    new: Sequence[N],
    pair: Callable[[N, N], list[RPara]],
    lines: Callable[[N], list[Line]],
) -> list[RPara]:
    out: list[RPara] = []
    for step in align(old, new, moves=False):
        if step.kind == "same":
            assert step.old is not None and step.new is not None
            out.extend(pair(step.old, step.new))
        elif step.old is not None:
            out.extend(_deleted(lines(step.old)))
        elif step.new is not None:
            out.extend(_inserted(lines(step.new)))
    return out


def _sub_lines(sub: Subonderdeel) -> list[Line]:
    return [("subonderdeel", _numbered(sub.number), plain(sub.content))]


def _sub_pair(old: Subonderdeel, new: Subonderdeel) -> list[RPara]:
    return [
        _para(
            "subonderdeel",
            ("subonderdeel", _numbered(old.number), plain(old.content)),
            ("subonderdeel", _numbered(new.number), plain(new.content)),
        )
    ]


def _ond_pair(old: Onderdeel, new: Onderdeel) -> list[RPara]:
    out = [
        _para(
            "onderdeel",
            ("onderdeel", _numbered(old.number), plain(old.content)),
            ("onderdeel", _numbered(new.number), plain(new.content)),
        )
    ]
    out.extend(
        _aligned(
            old.subonderdelen,
            new.subonderdelen,
            _sub_pair,
            _sub_lines,
        )
    )
    return out


def _lid_pair(old: Lid, new: Lid) -> list[RPara]:
    out: list[RPara] = []
    if old.number or old.content or new.number or new.content:
        out.append(_para("lid", _lid_line(old), _lid_line(new)))
    out.extend(_aligned(old.onderdelen, new.onderdelen, _ond_pair, _onderdeel_lines))
    old_slot = ("lid_vervolg", "", plain(old.slot)) if old.slot else None
    new_slot = (
        ("lid_vervolg" if new.number else "lid_zonder_nummer", "", plain(new.slot))
        if new.slot
        else None
    )
    if old_slot or new_slot:
        out.append(
            _para(
                "lid_vervolg",
                old_slot,
                new_slot,
                "" if old_slot and new_slot else ("+" if new_slot else "-"),
            )
        )
    return out


def article_paras(old: Article | None, new: Article | None) -> list[RPara]:
    """The paragraphs of one article, compared; either side may be absent."""
    if old is None:
        assert new is not None
        paras = _inserted(article_lines(new))
    elif new is None:
        paras = _deleted(article_lines(old))
    else:
        heading = _para(
            "artikelkop", ("artikelkop", "", old.heading), ("artikelkop", "", new.heading)
        )
        if old.leden == new.leden:
            # The common case (most articles of a round do not change): no alignment needed.
            same = [line for lid in new.leden for line in _lid_lines(lid)]
            paras = [heading, *(_same(line) for line in same)]
        else:
            paras = [heading, *_aligned(old.leden, new.leden, _lid_pair, _lid_lines)]
    anchor = (new or old).id  # type: ignore[union-attr]
    return [replace(paras[0], anchor=anchor), *paras[1:]]


def separate(items: list[RItem]) -> list[RItem]:
    """Split a changed paragraph that ends in an insertion (deletion) and is followed by an
    inserted (deleted) paragraph into its old and new versions.

    Word and pandoc read the word-level form right, but LibreOffice merges the trailing change
    with the next paragraph's revision and then joins the two paragraphs when rejecting (or
    accepting) all. A whole-paragraph deletion plus insertion reads the same everywhere.
    """
    out: list[RItem] = []
    for index, item in enumerate(items):
        following = items[index + 1] if index + 1 < len(items) else None
        if (
            isinstance(item, RPara)
            and not item.mark
            and item.text
            and isinstance(following, RPara)
            and following.mark
            and item.text[-1][0] == following.mark
        ):
            old = RPara(
                item.role,
                _side_segs(item.text, "-"),
                _side_segs(item.number, "-"),
                "-",
                None,
                item.anchor,
            )
            new = RPara(
                item.role,
                _side_segs(item.text, "+"),
                _side_segs(item.number, "+"),
                "+",
                item.comment,
                item.anchor,
            )
            out.extend([old, new])
        else:
            out.append(item)
    return out


def _side_segs(segs: tuple[Seg, ...], side: str) -> tuple[Seg, ...]:
    text = "".join(t for op, t in segs if op in ("=", side))
    return ((side, text),) if text else ()


def project(paras: Sequence[RPara], side: str) -> tuple[RPara, ...]:
    """One side of a compared article: "-" keeps the old text, "+" the new text.

    A moved article is shown twice: at its old place with what was deleted while moving, at
    its new place with what was inserted.
    """
    other = "+" if side == "-" else "-"
    kept = []
    for para in paras:
        if para.mark == other:
            continue
        kept.append(
            replace(
                para,
                number=tuple(s for s in para.number if s[0] != other),
                text=tuple(s for s in para.text if s[0] != other),
            )
        )
    return tuple(kept)


# -- the whole document ---------------------------------------------------------------------


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


def _texts(items: Sequence[Content], role: str) -> list[Line]:
    return [(role, "", plain(c)) for c in items if c]


def _front(doc: Document | None) -> dict[str, list[Line]]:
    if doc is None:
        return {
            k: []
            for k in (
                "aanhef",
                "overwegingen",
                "gelet_op",
                "besluit",
                "slotformule",
                "ondertekening",
            )
        }
    signatures: list[Line] = []
    for sig in doc.signatures:
        signatures.append(("ondertekening", "", sig.organ))
        signatures.extend(("ondertekening_regel", "", line) for line in sig.lines)
    return {
        "aanhef": _texts(doc.aanhef, "aanhef"),
        "overwegingen": _texts(doc.overwegingen, "aanhef"),
        "gelet_op": _texts((doc.gelet_op,), "aanhef"),
        "besluit": _texts((doc.besluit,), "aanhef"),
        "slotformule": _texts(doc.slotformule, "slotformule"),
        "ondertekening": signatures,
    }


def title_lines(doc: Document | None, date_text: Callable[[Document], str]) -> list[Line]:
    """The title page, as the Word writer prints it."""
    if doc is None:
        return []
    lines: list[Line] = [("titel", "", doc.title)]
    lines += [("ondertitel", "", line) for line in doc.opschrift if line and line != doc.title]
    lines.append(("titelgegevens", "", f"Citeertitel: {doc.citeertitel}"))
    lines.append(("titelgegevens", "", f"{doc.version.label}, {date_text(doc)}"))
    return lines


def _table(old: Table | None, new: Table | None) -> RTable:
    if old is None or new is None or old.header != new.header:
        # A table whose columns changed cannot be compared cell by cell: old out, new in.
        raise ValueError("tables differ in shape")
    rows = []
    for step in align(list(_rows(old)), list(_rows(new)), moves=False):
        if step.kind == "same":
            assert step.old is not None and step.new is not None
            cells = tuple(_segs(a, b) for a, b in zip(step.old.cells, step.new.cells, strict=True))
            rows.append(RRow(step.new.id, cells))
        elif step.kind == "deleted":
            assert step.old is not None
            rows.append(RRow(step.old.id, tuple(_segs(c, None) for c in step.old.cells), "-"))
        else:
            assert step.new is not None
            rows.append(RRow(step.new.id, tuple(_segs(None, c) for c in step.new.cells), "+"))
    header = tuple((("=", h),) for h in new.header)
    return RTable(new.id, header, tuple(rows))


@dataclass(frozen=True, slots=True)
class _Row:
    id: str
    cells: tuple[str, ...]


def _rows(table: Table) -> list[_Row]:
    return [_Row(row_id, cells) for row_id, cells in table.rows]


def _whole_table(table: Table, mark: str) -> RTable:
    def segs(text: str) -> tuple[Seg, ...]:
        return ((mark, text),) if text else ()

    return RTable(
        table.id,
        tuple(segs(h) for h in table.header),
        tuple(RRow(r, tuple(segs(c) for c in cells), mark) for r, cells in table.rows),
        mark,
    )


def _block_key(block: Block) -> str:
    return f"tabel:{block.id}" if isinstance(block, Table) else f"tekst:{plain(block)}"


def _block_items(old: Sequence[Block], new: Sequence[Block]) -> list[RItem]:
    matcher = SequenceMatcher(
        None, [_block_key(b) for b in old], [_block_key(b) for b in new], autojunk=False
    )
    out: list[RItem] = []

    def one(a: Block | None, b: Block | None) -> list[RItem]:
        if isinstance(a, Table) or isinstance(b, Table):
            if isinstance(a, Table) and isinstance(b, Table):
                try:
                    return [*_table_title(a, b), _table(a, b)]
                except ValueError:
                    pass
            items: list[RItem] = []
            if isinstance(a, Table):
                items += [*_table_title(a, None), _whole_table(a, "-")]
            elif a is not None:
                items += _deleted([("normal", "", plain(a))])
            if isinstance(b, Table):
                items += [*_table_title(None, b), _whole_table(b, "+")]
            elif b is not None:
                items += _inserted([("normal", "", plain(b))])
            return items
        old_line = ("normal", "", plain(a)) if a is not None else None
        new_line = ("normal", "", plain(b)) if b is not None else None
        mark = "" if old_line and new_line else ("+" if new_line else "-")
        return [_para("normal", old_line, new_line, mark)]

    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        pairs = min(i2 - i1, j2 - j1)
        for k in range(pairs):
            out.extend(one(old[i1 + k], new[j1 + k]))
        for a in old[i1 + pairs : i2]:
            out.extend(one(a, None))
        for b in new[j1 + pairs : j2]:
            out.extend(one(None, b))
        del tag
    return out


def _table_title(old: Table | None, new: Table | None) -> list[RItem]:
    a = ("tabeltitel", "", old.title) if old is not None and old.title else None
    b = ("tabeltitel", "", new.title) if new is not None and new.title else None
    if a is None and b is None:
        return []
    return [_para("tabeltitel", a, b, "" if a and b else ("+" if b else "-"))]


def _sections(
    old: Sequence[Section],
    new: Sequence[Section],
    heading: Callable[[int, int, Section], str],
    role: str,
) -> list[RItem]:
    out: list[RItem] = []
    old_pos = {s.id: i for i, s in enumerate(old, start=1)}
    new_pos = {s.id: i for i, s in enumerate(new, start=1)}
    for step in align(old, new, moves=False):
        a = (role, "", heading(old_pos[step.old.id], len(old), step.old)) if step.old else None
        b = (role, "", heading(new_pos[step.new.id], len(new), step.new)) if step.new else None
        out.append(_para(role, a, b, "" if a and b else ("+" if b else "-")))
        out.extend(
            _block_items(step.old.blocks if step.old else (), step.new.blocks if step.new else ())
        )
    return out


def compare(
    old: Document | None,
    new: Document | None,
    reasons: dict[str, tuple[str, ...]] | None = None,
    date_text: Callable[[Document], str] = lambda d: dutch_date(d.version.date),
    untouched: set[str] | None = None,
) -> Redline:
    """The redline of ``old`` → ``new``; a document missing on one side is all in or all out."""
    reasons = reasons or {}
    redline = Redline(old, new)
    parts = redline.parts
    parts["titelpagina"] = list(
        diff_lines(title_lines(old, date_text), title_lines(new, date_text))
    )
    kop_old = [("kop", "", old.title)] if old else []
    kop_new = [("kop", "", new.title)] if new else []
    parts["kop"] = list(diff_lines(kop_old, kop_new))
    front_old, front_new = _front(old), _front(new)
    for key in ("aanhef", "overwegingen", "gelet_op", "besluit"):
        parts[key] = list(diff_lines(front_old[key], front_new[key]))
    parts["artikelen"] = _body(redline, reasons, untouched or set())
    for key in ("slotformule", "ondertekening"):
        parts[key] = list(diff_lines(front_old[key], front_new[key]))
    parts["bijlagen"] = _sections(
        old.bijlagen if old else (),
        new.bijlagen if new else (),
        lambda i, n, s: annex_heading(i, n, s.title, (new or old).kind),  # type: ignore[union-attr]
        "bijlagekop",
    )
    parts["toelichting"] = _toelichting(old, new)
    for key, items in parts.items():
        parts[key] = separate(items)
    return redline


def _body(
    redline: Redline, reasons: dict[str, tuple[str, ...]], untouched: set[str]
) -> list[RItem]:
    """Chapter headings and articles in reading order; a moved article appears twice."""
    out: list[RItem] = []
    move_names: dict[str, str] = {}
    for step in align(_units(redline.old), _units(redline.new)):
        unit = step.new or step.old
        assert unit is not None
        if unit.chapter is not None:
            out.extend(_chapter(step))
            continue
        old_article = step.old.article if step.old else None
        new_article = step.new.article if step.new else None
        paras = article_paras(old_article, new_article)
        if step.kind in ("moved_from", "moved_to"):
            name = move_names.setdefault(unit.id, f"verplaatst{len(move_names) + 1}")
            if step.kind == "moved_from":
                # The old place shows what was deleted while moving; the comment goes with
                # the new place.
                out.append(RMove(name, "from", project(paras, "-")))
                continue
        change = _change(step.kind, old_article, new_article, paras, reasons, untouched)
        if change.kind not in ("ongewijzigd", "vernummerd"):
            # A number that only follows from changes elsewhere is visible in the heading and
            # explained by those changes' comments: no comment of its own.
            redline.comments.append(Comment(_comment_text(change)))
            paras[0] = replace(paras[0], comment=len(redline.comments) - 1)
        redline.changes.append(change)
        if step.kind == "moved_to":
            out.append(RMove(move_names[unit.id], "to", project(paras, "+")))
        else:
            out.extend(paras)
    return out


def _chapter(step: Step[_Unit]) -> list[RItem]:
    a = ("hoofdstuk", "", step.old.chapter.heading) if step.old and step.old.chapter else None
    b = ("hoofdstuk", "", step.new.chapter.heading) if step.new and step.new.chapter else None
    if step.kind == "moved_from":
        return [_para("hoofdstuk", a, None, "-")]
    if step.kind == "moved_to":
        return [_para("hoofdstuk", None, b, "+")]
    return [_para("hoofdstuk", a, b, "" if a and b else ("+" if b else "-"))]


def _change(
    kind: str,
    old: Article | None,
    new: Article | None,
    paras: list[RPara],
    reasons: dict[str, tuple[str, ...]],
    untouched: set[str],
) -> Change:
    article = new or old
    assert article is not None
    text_changed = (
        any(p.changed for p in paras[1:])
        or _title_changed(old, new)
        or _toelichting_changed(old, new)
    )
    if kind == "inserted":
        label = "ingevoegd"
    elif kind == "deleted":
        label = "vervallen"
    elif kind == "moved_to":
        label = "verplaatst" + (" en gewijzigd" if text_changed else "")
    elif text_changed and article.id in untouched and not reasons.get(article.id):
        # The fragment itself did not change: only references (or local values) followed
        # changes elsewhere.
        label = "verwijzing bijgewerkt"
    elif text_changed:
        label = "gewijzigd"
    elif old is not None and new is not None and old.number != new.number:
        label = "vernummerd"
    else:
        label = "ongewijzigd"
    return Change(
        article.id,
        old.number if old else "",
        new.number if new else "",
        article.title,
        label,
        reasons.get(article.id, ()),
    )


def _title_changed(old: Article | None, new: Article | None) -> bool:
    return old is not None and new is not None and old.title != new.title


def _toelichting_changed(old: Article | None, new: Article | None) -> bool:
    return old is not None and new is not None and old.toelichting != new.toelichting


def _comment_text(change: Change) -> str:
    what = {
        "ingevoegd": f"Artikel {change.new_number} is ingevoegd.",
        "vervallen": f"Artikel {change.old_number} is vervallen.",
        "vernummerd": f"Artikel {change.old_number} is vernummerd tot artikel {change.new_number}.",
    }.get(change.kind, "")
    if change.kind.startswith("verplaatst"):
        what = f"Artikel {change.old_number} is verplaatst en nu artikel {change.new_number}."
    elif change.kind == "gewijzigd":
        what = f"Artikel {change.new_number} is gewijzigd."
    elif change.kind == "verwijzing bijgewerkt":
        what = (
            f"In artikel {change.new_number} zijn alleen verwijzingen aangepast aan de nieuwe"
            " nummering; de tekst van het fragment zelf is niet gewijzigd."
        )
    reasons = (
        "\n".join(f"- {r}" for r in change.reasons)
        if change.reasons
        else "- (geen reden vastgelegd)"
    )
    return f"{what}\nReden:\n{reasons}"


def _toelichting(old: Document | None, new: Document | None) -> list[RItem]:
    out: list[RItem] = []
    explained_old = [a for a in (old.articles if old else ()) if any(a.toelichting)]
    explained_new = [a for a in (new.articles if new else ()) if any(a.toelichting)]
    general_old = old.toelichting_algemeen if old else ()
    general_new = new.toelichting_algemeen if new else ()
    has_old = bool(general_old or explained_old)
    has_new = bool(general_new or explained_new)
    if not has_old and not has_new:
        return out
    out.extend(
        diff_lines(
            [("toelichting_kop", "", TOELICHTING)] if has_old else [],
            [("toelichting_kop", "", TOELICHTING)] if has_new else [],
        )
    )
    out.extend(
        _sections(general_old, general_new, lambda i, n, s: s.title, "toelichting_paragraaf")
    )
    out.extend(
        diff_lines(
            [("toelichting_paragraaf", "", ARTIKELSGEWIJS)] if explained_old else [],
            [("toelichting_paragraaf", "", ARTIKELSGEWIJS)] if explained_new else [],
        )
    )
    # Moves are a deletion plus an insertion here: the move itself is shown in the articles.
    for step in align(explained_old, explained_new, moves=False):
        a = (
            [("toelichting_artikel", "", step.old.heading), *_texts(step.old.toelichting, "normal")]
            if step.old
            else []
        )
        b = (
            [("toelichting_artikel", "", step.new.heading), *_texts(step.new.toelichting, "normal")]
            if step.new
            else []
        )
        if a and b:
            out.append(_para("toelichting_artikel", a[0], b[0]))
            # Most toelichtingen do not change: no alignment needed then.
            if a[1:] == b[1:]:
                out.extend(_same(line) for line in b[1:])
            else:
                out.extend(diff_lines(a[1:], b[1:]))
        else:
            out.extend(_deleted(a) if a else _inserted(b))
    return out
