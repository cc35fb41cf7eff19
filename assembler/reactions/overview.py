"""``assembler reacties overzicht``: the round's reactions per provision, as Word (house style)
and as a page of the review site."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from assembler import labels, pipeline, versions
from assembler.errors import UsageError
from assembler.model.assemble import assemble_all
from assembler.model.dates import dutch_date
from assembler.model.nodes import Document, Section, Table, Text, Version, sections_document
from assembler.model.wording import enumeration
from assembler.output import write_atomic
from assembler.reactions.compare import UNTRACED, Item, ProvisionPoints, side_by_side
from assembler.reactions.register import Register, load_register
from assembler.reactions.spans import changed_span
from assembler.render.docx import render_docx
from assembler.render.html.layout import page
from assembler.source.reactions import Point

STEM = "reactieoverzicht"
HEADER = ("Bron", "Punt", "Voorstel", "Uitkomst en antwoord")
_CONTEXT_WORDS = 4


def proposal_text(point: Point) -> str:
    """The proposed change in a few words: „oud” wordt „nieuw”, with context for an insertion."""
    proposal = point.proposal
    if proposal is None:
        return "-"
    old_text, new_text = proposal.old, proposal.new
    start, old_end, new_end = changed_span(old_text, new_text)
    if start == old_end:  # only inserted: say where
        before = " ".join(old_text[:start].split()[-_CONTEXT_WORDS:])
        return f"na „{before}” invoegen: „{new_text[start:new_end].strip()}”"
    # Whole words: widen the span to the spaces and punctuation around it.
    while start > 0 and old_text[start - 1] != " ":
        start -= 1
    while old_end < len(old_text) and old_text[old_end] not in " ;,.:":
        old_end += 1
    new_end = len(new_text) - (len(old_text) - old_end)
    old, new = old_text[start:old_end].strip(), new_text[start:new_end].strip()
    if not new:
        return f"schrappen: „{old}”"
    return f"„{old}” wordt „{new}”"


def _heading(group: ProvisionPoints) -> str:
    if group.provision == UNTRACED:
        return "Niet te herleiden tot een bepaling"
    where = group.article or group.provision
    return f"{where} ({group.provision})"


def _point_text(item: Item) -> str:
    point = item.point
    parts = [point.text]
    if point.anchor:
        parts.append(f"(bij „{point.anchor}”)")
    if point.place:
        parts.append(f"(plaats: {point.place})")
    return " ".join(parts)


def _proposal_cell(item: Item) -> str:
    text = proposal_text(item.point)
    if item.conflicts:
        return f"STRIJDIG met het voorstel van {enumeration(list(item.conflicts))}: {text}"
    return text


def _source_cell(item: Item) -> str:
    date = f", {dutch_date(item.point.date)}" if item.point.date else ""
    return f"{item.source.name} ({item.source.kind.value}{date})"


def _outcome_cell(item: Item) -> str:
    point = item.point
    outcome = (point.outcome.value if point.outcome else "nog niet beantwoord").capitalize()
    if point.commits:
        outcome += f" (commit {', '.join(c[:7] for c in point.commits)})"
    return f"{outcome}. {point.answer}" if point.answer else f"{outcome}."


def rows(group: ProvisionPoints) -> list[tuple[str, ...]]:
    return [
        (
            _source_cell(item),
            _point_text(item),
            _proposal_cell(item),
            _outcome_cell(item),
        )
        for item in group.items
    ]


def overview_document(
    register: Register, groups: Sequence[ProvisionPoints], version: Version
) -> Document:
    """The overview as a model document: one section per provision, one table row per point."""
    sections = []
    for index, group in enumerate(groups):
        table_rows = tuple(
            (f"r{index}.{item.source.id}.{item.point.id}", cells)
            for item, cells in zip(group.items, rows(group), strict=True)
        )
        blocks: list[Table | tuple[Text, ...]] = []
        if group.has_conflict:
            blocks.append((Text("Let op: de voorstellen hieronder zijn met elkaar in strijd."),))
        blocks.append(Table(f"t{index}", HEADER, table_rows))
        sections.append(Section(f"s{index}", _heading(group), tuple(blocks)))
    count = sum(len(g.items) for g in groups)
    conflicts = sum(1 for g in groups if g.has_conflict)
    summary = (
        f"{labels.count(len(register.sources), 'bron', 'bronnen')},"
        f" {labels.count(count, 'punt', 'punten')},"
        f" {labels.count(conflicts, 'bepaling', 'bepalingen')} met strijdige voorstellen"
    )
    title = f"Reacties op {register.round.name}"
    return sections_document(
        STEM,
        title,
        f"Per bepaling de punten van alle bronnen naast elkaar; {summary}",
        version,
        sections,
    )


def overview_page(
    register: Register, groups: Sequence[ProvisionPoints], index_href: str = ""
) -> str:
    """The overview as a page of the review site."""
    parts = []
    for index, group in enumerate(groups):
        lines = []
        for item, cells in zip(group.items, rows(group), strict=True):
            css = ' class="rv-strijdig"' if item.conflicts else ""
            lines.append(f"<tr{css}>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>")
        note = (
            '<p class="rv-strijdig-kop"><strong>Let op:</strong> strijdige voorstellen.</p>'
            if group.has_conflict
            else ""
        )
        head = "".join(f'<th scope="col">{escape(h)}</th>' for h in HEADER)
        parts.append(
            f'<section id="{escape(group.provision or "niet-te-herleiden")}"'
            f' aria-labelledby="k{index}"><h2 id="k{index}">{escape(_heading(group))}</h2>{note}'
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(lines)}</tbody></table>"
            "</section>"
        )
    back = (
        f'<p class="rv-kruimel"><a href="{escape(index_href)}">Overzicht</a></p>'
        if index_href
        else ""
    )
    title = f"Reacties op {register.round.name}"
    style = (
        "<style>.rv-strijdig td { background: #fff3cd; } .rv-strijdig td:nth-child(3)"
        " { font-weight: 600; } table { border-collapse: collapse; width: 100%; }"
        " td, th { border: 1px solid #c8c8c8; padding: .3rem .5rem; vertical-align: top;"
        " text-align: left; }</style>"
    )
    body = (
        f"<header>{back}<h1>{escape(title)}</h1><p>Per bepaling de punten van alle bronnen naast"
        " elkaar. Een voorstel dat dezelfde woorden anders wijzigt dan een voorstel van een andere"
        " bron is gemarkeerd als strijdig.</p></header>"
        f'{style}<main id="rv-hoofd" tabindex="-1">{"".join(parts) or "<p>Geen reacties.</p>"}</main>'
    )
    return page(title, body)


def groups_of(root: Path, register: Register) -> tuple[list[ProvisionPoints], Version]:
    try:
        source = versions.open_version(root, register.round.id)
    except UsageError:
        return side_by_side(register.sources, []), register.round.version
    documents = assemble_all(pipeline.load(source))
    return side_by_side(register.sources, documents), register.round.version


def write_overview(root: Path, round_id: str, out_dir: Path) -> list[Path]:
    """Write ``<out>/<round>/reactieoverzicht.docx`` and ``.html``."""
    register = load_register(root, round_id)
    groups, version = groups_of(root, register)
    folder = out_dir / round_id
    docx = render_docx(overview_document(register, groups, version))
    html = overview_page(register, groups).encode("utf-8")
    written = []
    for name, data in ((f"{STEM}.docx", docx), (f"{STEM}.html", html)):
        write_atomic(folder / name, data)
        written.append(folder / name)
    return written
