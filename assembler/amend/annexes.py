"""Wijzigingsopdrachten for the bijlagen: a changed annex is replaced as a whole.

An annex here is mostly a table (the mandaatlijst, the register of powers): quoting words out
of a table row ("in de rij ..., kolom ...") has no formula in the Aanwijzingen and reads badly,
so a changed annex is replaced by an annex of the instrument itself, in the form Dutch
instruments use for it: "De bijlage wordt vervangen door de bijlage bij dit besluit." A new
annex is added or inserted with the same reference ("die luidt als bijlage 2 bij dit
besluit"), a repealed one "vervalt", with renumbering of the annexes after it (6.18 applied to
bijlagen). An annex is named without number when it is the only one ("de bijlage", as
:func:`annex_heading` prints it); when the change crosses between one and several annexes, or
reorders them, all annexes are replaced at once, so no instruction has to rename one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from assembler.amend.instructions import Side, insert_at, merged
from assembler.diff.align import stable_ids
from assembler.model.nodes import Document, Section, Table, plain


@dataclass(frozen=True, slots=True)
class AnnexChange:
    """One instruction on the bijlagen: its sentence and the annex ids it concerns."""

    sentence: str
    provisions: tuple[str, ...]


def annex_lines(section: Section) -> list[str]:
    """The text of an annex as a reader compares it: its title, each paragraph, and each
    table (its title, its header, its rows) one row a line with the cells joined by " | "."""
    out = [section.title]
    for block in section.blocks:
        if isinstance(block, Table):
            if block.title:
                out.append(block.title)
            out.append(" | ".join(block.header))
            out.extend(" | ".join(cells) for _, cells in block.rows)
        else:
            out.append(plain(block))
    return out


def _same(a: Section, b: Section) -> bool:
    return annex_lines(a) == annex_lines(b)


def _name(k: int, count: int) -> str:
    return "de bijlage" if count == 1 else f"bijlage {k}"


def _range(first: int, last: int) -> str:
    if first == last:
        return f"bijlage {first}"
    joiner = "en" if last == first + 1 else "tot en met"
    return f"bijlage {first} {joiner} {last}"


def _renumbering(first: int, last: int, shift: int) -> str:
    """ "bijlage 3 tot bijlage 2", "bijlage 3 tot en met 5 tot bijlage 2 tot en met 4"."""
    return f"{_range(first, last)} tot {_range(first + shift, last + shift)}"


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def annex_changes(old: Document, new: Document) -> tuple[list[AnnexChange], tuple[Section, ...]]:
    """The instructions on the bijlagen of ``old`` → ``new``, in the order of the text, and
    the annexes the instrument carries for them (the new text of each replaced or new one)."""
    old_by = {s.id: s for s in old.bijlagen}
    new_by = {s.id: s for s in new.bijlagen}
    old_ids, new_ids = list(old_by), list(new_by)
    carried = [i for i in new_ids if i not in old_by or not _same(old_by[i], new_by[i])]
    if old_ids == new_ids and not carried:
        return [], ()
    kept = stable_ids(old_ids, new_ids)
    crossing = bool(old_ids and new_ids) and (len(old_ids) == 1) != (len(new_ids) == 1)
    if not new_ids or crossing or (set(old_ids) & set(new_ids)) - kept:
        return _replace_all(old, new)

    def carried_as(ident: str) -> str:
        if len(carried) == 1:
            return "de bijlage bij dit besluit"
        return f"bijlage {carried.index(ident) + 1} bij dit besluit"

    current = list(old_ids)
    out: list[AnnexChange] = []
    for ident, side in merged(old_ids, new_ids, kept):
        count = len(current)
        if side is Side.OLD:
            k = current.index(ident) + 1
            rest = f", onder vernummering van {_renumbering(k + 1, count, -1)}" if k < count else ""
            out.append(AnnexChange(f"{_cap(_name(k, count))} vervalt{rest}.", (ident,)))
            current.remove(ident)
            if len(current) == 1 and len(new_ids) != 1:
                # The one annex left would lose its number and get it back: say it at once.
                return _replace_all(old, new)
        elif side is Side.NEW:
            k = insert_at(current, new_ids, ident)
            as_ = f"die luidt als {carried_as(ident)}"
            if k == count:
                sentence = f"Er wordt een bijlage toegevoegd, {as_}."
            else:
                place = f"na bijlage {k}" if k else "voor bijlage 1"
                sentence = (
                    f"Onder vernummering van {_renumbering(k + 1, count, 1)} wordt {place} een"
                    f" bijlage ingevoegd, {as_}."
                )
            out.append(AnnexChange(sentence, (ident,)))
            current.insert(k, ident)
        elif ident in carried:
            k = current.index(ident) + 1
            name = _cap(_name(k, len(current)))
            out.append(AnnexChange(f"{name} wordt vervangen door {carried_as(ident)}.", (ident,)))
    return out, tuple(new_by[i] for i in carried)


def _replace_all(old: Document, new: Document) -> tuple[list[AnnexChange], tuple[Section, ...]]:
    """All annexes replaced by those of the instrument, in one instruction."""
    old_ids, new_ids = [s.id for s in old.bijlagen], [s.id for s in new.bijlagen]
    if not new_ids:
        sentence = "De bijlage vervalt." if len(old_ids) == 1 else "De bijlagen vervallen."
    else:
        subject = "De bijlage wordt" if len(old_ids) == 1 else "De bijlagen worden"
        by = "de bijlage" if len(new_ids) == 1 else "de bijlagen"
        sentence = f"{subject} vervangen door {by} bij dit besluit."
    return [AnnexChange(sentence, tuple(dict.fromkeys(old_ids + new_ids)))], tuple(new.bijlagen)


def carried_heading(index: int, count: int, title: str) -> str:
    """The heading of an annex the instrument carries: "Bijlage bij dit besluit: Mandaatlijst",
    "Bijlage 2 bij dit besluit: ..." when it carries several."""
    label = "Bijlage bij dit besluit" if count == 1 else f"Bijlage {index} bij dit besluit"
    return f"{label}: {title}" if title else label


def carried_sections(sections: Sequence[Section]) -> list[tuple[str, Section]]:
    """Each carried annex with its heading."""
    return [
        (carried_heading(k, len(sections), s.title), s) for k, s in enumerate(sections, start=1)
    ]
