"""The package each deelnemer receives for a milestone round: a folder and a .zip.

Per deelnemer: the regeling and the other documents of the openbaar lichaam, its own
verordeningen and decisions, each clean and as a redline against the previous milestone, the
overview of changes, and a cover letter (aanbiedingsbrief) that summarises what changed for
it and by when a reaction is due.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from importlib import resources
from pathlib import Path

from jinja2 import StrictUndefined
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from assembler import labels, pipeline
from assembler.changeset import DOCUMENT, Entry
from assembler.diff.changes import Kind, Level
from assembler.errors import UsageError
from assembler.finance_report import LetterPart, letter_part
from assembler.flow.redline import Redline
from assembler.model.assemble import assemble_all, contributions_of
from assembler.model.dates import dutch_date
from assembler.model.nodes import Document, Table, Version
from assembler.output import write_atomic
from assembler.overview import overview
from assembler.render.docx import render_docx, styles
from assembler.render.docx.bookmarks import Bookmarks
from assembler.render.docx.package import normalize, write_zip
from assembler.render.docx.paragraphs import paragraph
from assembler.render.docx.runs import run
from assembler.render.docx.tables import table
from assembler.render.docx.template import HouseTemplate
from assembler.render.xlsx import render_xlsx
from assembler.source.milestones import Milestone
from assembler.versions import milestones, open_version, reached

REACTION_WEEKS = 6  # when a milestone names no date for reactions


@dataclass(frozen=True, slots=True)
class Package:
    deelnemer: str
    folder: Path
    archive: Path
    files: tuple[str, ...]


def build_packages(root: Path, milestone_id: str, out_root: Path) -> list[Package]:
    """One package per deelnemer for milestone ``milestone_id``; nothing is written on error."""
    declared = milestones(root)
    milestone = next((m for m in declared if m.id == milestone_id), None)
    if milestone is None:
        known = ", ".join(m.id for m in declared) or "geen"
        raise UsageError(f"onbekende mijlpaal '{milestone_id}'; bekend zijn: {known}")
    recorded = [m.id for m in reached(root)]
    if milestone_id not in recorded:
        raise UsageError(f"mijlpaal '{milestone_id}' is nog niet vastgelegd")
    previous = recorded[recorded.index(milestone_id) - 1] if recorded.index(milestone_id) else None
    source = open_version(root, milestone_id)
    project = pipeline.load(source)
    documents = assemble_all(project)
    clean = {d.file_stem: render_docx(d) for d in documents}
    compared = pipeline.compare_versions(root, previous, milestone_id) if previous else None
    redlines = {o.name[: -len(".docx")]: o.data for o in compared.outputs} if compared else {}
    contributions = contributions_of(project)
    finance = compared.finance if compared else None
    labels = (previous or "", milestone_id)
    sheet = (
        render_xlsx(contributions, project.finance, milestone.version, finance, labels)
        if contributions is not None and project.finance is not None
        else None
    )
    plans = []
    for deelnemer in project.deelnemers:
        mine = [d for d in documents if d.deelnemer in (None, deelnemer.id)]
        files: dict[str, bytes] = {}
        for doc in mine:
            files[f"schoon/{doc.file_stem}.docx"] = clean[doc.file_stem]
            if doc.file_stem in redlines:
                files[f"wijzigingen/{doc.file_stem}.docx"] = redlines[doc.file_stem]
        changes = compared.redlines if compared else {}
        summary = [(d.file_stem, changes[d.file_stem]) for d in mine if d.file_stem in changes]
        version = milestone.version
        if sheet is not None:
            files["bijdragen.xlsx"] = sheet
        if compared:
            label = f"{previous} → {milestone_id}"
            files["wijzigingsoverzicht.docx"] = render_docx(
                overview(label, version, summary, finance)
            )
        files["aanbiedingsbrief.docx"] = letter(
            milestone,
            previous,
            deelnemer.naam,
            deelnemer.college,
            mine,
            changes,
            sorted(files),
            str(project.settings.variables.get("vestigingsplaats", "")),
            letter_part(finance, deelnemer.id, previous)
            if finance is not None and previous
            else None,
        )
        plans.append((deelnemer.id, files))
    packages = []
    base = out_root / milestone_id
    for ident, files in plans:
        folder = base / ident
        for name, data in files.items():
            write_atomic(folder / name, data)
        archive = base / f"{ident}.zip"
        write_atomic(
            archive, write_zip((f"{ident}/{name}", data) for name, data in sorted(files.items()))
        )
        packages.append(Package(ident, folder, archive, tuple(sorted(files))))
    return packages


def _numbers(entries: list[Entry]) -> str:
    return ", ".join(e.number for e in entries)


def _counts(redline: Redline | None) -> str:
    """What changed in one document, in words: substantive changes by kind, then the articles
    that were only renumbered or whose references follow the new numbering, by number."""
    if redline is None:
        return "nieuw"
    if redline.tree.kind is Kind.INSERTED:
        return "nieuw document"
    if redline.tree.kind is Kind.DELETED:
        return "document vervallen"
    kinds: dict[str, int] = {}
    others = 0
    for entry in redline.changes:
        if not entry.kind.substantive:
            continue
        if not entry.is_article:
            others += 1
            continue
        key = "verplaatst" if entry.kind.moved else labels.kind(entry.kind)
        kinds[key] = kinds.get(key, 0) + 1
    words = [f"{n} {kind}" for kind, n in kinds.items()]
    renumbered = [e for e in redline.changes if e.is_article and e.kind is Kind.RENUMBERED]
    references = [e for e in redline.changes if e.is_article and e.kind is Kind.REFERENCES]
    if not kinds and not others and not renumbered and not references:
        return "geen wijzigingen"
    if not kinds:
        words.append("geen artikelen inhoudelijk gewijzigd")
    if others:
        words.append(
            f"{others} {'ander onderdeel' if others == 1 else 'andere onderdelen'} gewijzigd"
        )
    if renumbered:
        words.append(f"vernummerd: artikel {_numbers(renumbered)}")
    if references:
        words.append(f"verwijzing bijgewerkt: artikel {_numbers(references)}")
    return "; ".join(words)


def _contribution_xml(part: LetterPart | None) -> str:
    """The letter's part "Uw bijdrage": its title, its sentences and its table."""
    if part is None:
        return ""
    xml = paragraph(styles.TABELTITEL, run(part.title))
    xml += "".join(paragraph(styles.NORMAL, run(p)) for p in part.paragraphs)
    if part.table is not None:
        xml += paragraph(styles.TABELTITEL, run(part.table.title)) + table(part.table, Bookmarks())
    return xml


def letter(
    milestone: Milestone,
    previous: str | None,
    naam: str,
    college: str,
    documents: list[Document],
    changes: dict[str, Redline],
    attachments: list[str],
    place: str,
    contribution: LetterPart | None = None,
) -> bytes:
    """The aanbiedingsbrief for one deelnemer, from the docxtpl letter template; with
    ``contribution``, the part "Uw bijdrage" after the overview of the documents."""
    due = milestone.reactions_due or milestone.date + timedelta(weeks=REACTION_WEEKS)
    paragraphs = [
        f"Hierbij bieden wij u de stukken aan van de mijlpaal {milestone.name.lower()} van de"
        f" Gemeenschappelijke Regeling Sociaal, gedateerd {dutch_date(milestone.date)}.",
    ]
    if previous:
        paragraphs.append(
            f"Ten opzichte van de vorige mijlpaal ({previous}) is per document aangegeven wat er"
            " is gewijzigd en waarom. De documenten in de map 'wijzigingen' tonen elke wijziging"
            " als bijgehouden wijziging in Word, met de reden als opmerking bij het artikel."
        )
    else:
        paragraphs.append(
            "Dit is de eerste mijlpaal; er is nog geen eerdere versie om mee te vergelijken."
        )
    paragraphs.append(
        f"Naast de stukken die voor alle deelnemers gelden, ontvangt u de documenten die"
        f" {naam} zelf vaststelt of die alleen voor {naam} gelden."
    )
    rows = tuple(
        (
            f"brief.{d.file_stem}",
            (d.title, _counts(changes.get(d.file_stem)) if previous else "nieuw"),
        )
        for d in documents
    )
    overview_table = Table(
        "brief.overzicht", ("Document", "Wijzigingen"), rows, title="Wat er voor u verandert"
    )
    details = tuple(
        (
            f"brief.{d.file_stem}.{c.level.value}.{c.id}",
            (
                d.title,
                c.number if c.is_article else "-",
                c.title if c.is_article else labels.what(c),
                labels.kind(c.kind),
                "; ".join(c.reasons) or "-",
            ),
        )
        for d in documents
        for c in _substantive(changes.get(d.file_stem))
    )
    details_table = Table(
        "brief.artikelen",
        ("Document", "Artikel", "Artikel of onderdeel", "Wijziging", "Reden"),
        details,
        title="Inhoudelijke wijzigingen",
    )
    detail_xml = (
        paragraph(styles.TABELTITEL, run(details_table.title)) + table(details_table, Bookmarks())
        if details
        else ""
    )
    version = Version(milestone.name, milestone.date, milestone.final, milestone.author)
    context = {
        "titel": f"Aanbiedingsbrief {milestone.name}",
        "versie": version.label,
        "datum": dutch_date(version.date),
        "watermerk": Markup(""),
        "afzender": milestone.author or "Projectgroep",
        "geadresseerde": college,
        "plaats": place or "Dordrecht",
        "briefdatum": dutch_date(milestone.date),
        "onderwerp": f"{milestone.name} Gemeenschappelijke Regeling Sociaal",
        "alineas": Markup("".join(paragraph(styles.NORMAL, run(p)) for p in paragraphs)),
        "overzicht": Markup(
            paragraph(styles.TABELTITEL, run(overview_table.title))
            + table(overview_table, Bookmarks())
            + detail_xml
            + _contribution_xml(contribution)
        ),
        "reactie_uiterlijk": dutch_date(due),
        "bijlagenlijst": Markup(
            "".join(
                paragraph(styles.NORMAL, run(a))
                for a in attachments
                if a != "aanbiedingsbrief.docx"
            )
        ),
    }
    template = (
        resources.files("assembler.render.docx").joinpath("aanbiedingsbrief.docx").read_bytes()
    )
    document = HouseTemplate(io.BytesIO(template))
    document.render(
        context,
        jinja_env=SandboxedEnvironment(autoescape=True, undefined=StrictUndefined),
        autoescape=True,
    )
    stamp = datetime.combine(version.date, time(0), tzinfo=UTC)
    props = document.docx.core_properties
    props.title, props.author, props.last_modified_by = (
        context["titel"],
        version.author,
        version.author,
    )
    props.created = props.modified = stamp
    props.revision = 1
    saved = io.BytesIO()
    document.save(saved)
    return normalize(saved.getvalue())


def _substantive(redline: Redline | None) -> list[Entry]:
    """The changes in substance of one document; a new or dropped document in one line."""
    if redline is None:
        return []
    if redline.tree.kind in (Kind.INSERTED, Kind.DELETED):
        shown = redline.new or redline.old
        assert shown is not None
        return [
            Entry(
                Level.DOCUMENT,
                DOCUMENT,
                redline.tree.kind,
                "",
                "",
                "hele document",
                redline.reasons.get(DOCUMENT, ()),
            )
        ]
    return [e for e in redline.changes if e.kind.substantive]
