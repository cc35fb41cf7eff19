"""The package each deelnemer receives for a milestone round: a folder and a .zip.

Per deelnemer: the regeling and the other documents of the openbaar lichaam, its own
verordeningen and decisions, each clean and as a redline against the previous milestone, the
overview of changes, and a cover letter (aanbiedingsbrief) that summarises what changed for
it and by when a reaction is due.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import git

from assembler import letters, pdf, pipeline
from assembler.amendments import amendments
from assembler.council import paperwork as council
from assembler.errors import UsageError
from assembler.finance_report import letter_part
from assembler.folders import folder_name
from assembler.inforce import before as in_force_before
from assembler.model.assemble import assemble_all, contributions_of
from assembler.model.nodes import Document
from assembler.output import replace_folder
from assembler.overview import overview, transposition
from assembler.render.docx import render_docx
from assembler.render.docx.letter import render_letter
from assembler.render.docx.package import write_zip
from assembler.render.xlsx import render_xlsx
from assembler.source.correspondence import load_correspondence
from assembler.source.tree import WorkTree
from assembler.versions import milestones, open_version, reached


def _nota(root: Path, round_id: str, new: str, compared: pipeline.Compared) -> bytes:
    """The nota van beantwoording of round ``round_id``, with the changes up to ``new``."""
    from assembler.reactions.changes import RoundChanges
    from assembler.reactions.nota import nota_of
    from assembler.render.docx.nota import render_nota

    redlines = list(compared.redlines.values())
    changes = RoundChanges(
        round_id, new, tuple(r.tree for r in redlines), tuple(r.reasons for r in redlines)
    )
    return render_nota(nota_of(root, round_id, changes))


@dataclass(frozen=True, slots=True)
class Package:
    deelnemer: str
    folder: Path
    archive: Path
    files: tuple[str, ...]


def _instruments(
    root: Path, commit: git.Commit | None, milestone_id: str, documents: list[Document]
) -> dict[str, list[tuple[str, bytes, str]]]:
    """Per document id, the instrument (file name, bytes, enclosure title) that turns the text
    in force before the milestone into the milestone's text; empty before any took effect."""
    earlier = in_force_before(root, commit)
    if not earlier:
        return {}
    kinds = {d.id: d.kind for d in documents}
    out: dict[str, list[tuple[str, bytes, str]]] = {}
    for item in amendments(root, earlier[-1].id, milestone_id):
        kind = kinds.get(item.output.document)
        if kind is None:
            continue
        what = "wijzigingsverordening" if kind == "verordening" else "wijzigingsbesluit"
        title = (
            f"{item.instrument.title} (ontwerp van de {what})"
            if kind == "verordening"
            else f"{item.instrument.title} (ontwerp van het {what})"
        )
        out.setdefault(item.output.document, []).append((item.output.name, item.output.data, title))
    return out


def build_packages(
    root: Path, milestone_id: str, out_root: Path, with_pdf: bool = True
) -> list[Package]:
    """One package per deelnemer for milestone ``milestone_id``; nothing is written on error.

    With ``with_pdf`` and LibreOffice present, every clean document is also there as tagged
    PDF (``schoon/<naam>.pdf``); without LibreOffice the packages are made without PDFs, and
    ``pdf.missing()`` says why (the command line prints it).
    """
    declared = milestones(root)
    milestone = next((m for m in declared if m.id == milestone_id), None)
    if milestone is None:
        known = ", ".join(m.id for m in declared) or "geen"
        raise UsageError(f"onbekende mijlpaal '{milestone_id}'; bekend zijn: {known}")
    recorded = [m.id for m in reached(root)]
    if milestone_id not in recorded:
        raise UsageError(f"mijlpaal '{milestone_id}' is nog niet vastgelegd")
    previous = recorded[recorded.index(milestone_id) - 1] if recorded.index(milestone_id) else None
    before = next((m for m in declared if m.id == previous), None)
    round_ = letters.Round(milestone, before, declared.index(milestone) + 1)
    source = open_version(root, milestone_id)
    project = pipeline.load(source)
    # The sending's data comes from the working tree (see assembler.source.correspondence).
    correspondence = load_correspondence(WorkTree(root))
    if correspondence is not None:
        correspondence.check([d.id for d in project.deelnemers], [m.id for m in declared])
    members_before = (
        {d.id for d in pipeline.load(open_version(root, previous)).deelnemers}
        if previous
        else set()
    )
    documents = assemble_all(project)
    clean = {d.file_stem: render_docx(d) for d in documents}
    pdfs = pdf.convert(clean) if with_pdf and pdf.missing() is None else {}
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
    # The joint arrangement the round is about: the citeertitel of its regeling.
    regeling = next(
        (d.citeertitel for d in documents if d.kind == "regeling"),
        str(project.settings.openbaar_lichaam.get("naam", "")),
    )
    plans = []
    names = f"{before.name} → {milestone.name}" if before else milestone.name
    before_name = before.name[:1].lower() + before.name[1:] if before else ""
    request = council.request_of(correspondence, milestone)
    amendment = council.amends(declared, milestone)
    nota = council.answered_nota(root, before, request)
    changes = compared.redlines if compared else {}
    drafts = _instruments(root, source.commit, milestone_id, documents)
    # The nota van beantwoording of the round before: the change set is this round's.
    nota_file = (
        _nota(root, before.id, milestone_id, compared) if nota and before and compared else b""
    )
    for deelnemer in project.deelnemers:
        mine = [d for d in documents if d.deelnemer in (None, deelnemer.id)]
        files: dict[str, bytes] = {}
        titles: list[str] = []
        # A gemeente new in the round gets every document as new: nothing to compare it with.
        new_member = bool(previous) and deelnemer.id not in members_before
        compared_with = None if new_member else before
        # After the regeling took effect the round is about the wijzigingsbesluit (and each
        # raad's wijzigingsverordening): the instruments that make this version law; they come first.
        for doc in mine:
            for name, data, title in drafts.get(doc.id, ()):
                files[f"wijzigingsbesluit/{name}"] = data
                titles.append(title)
        for doc in mine:
            files[f"schoon/{doc.file_stem}.docx"] = clean[doc.file_stem]
            if doc.file_stem in pdfs:
                files[f"schoon/{doc.file_stem}.pdf"] = pdfs[doc.file_stem]
            if doc.file_stem in redlines and not new_member:
                files[f"wijzigingen/{doc.file_stem}.docx"] = redlines[doc.file_stem]
            titles.append(letters.enclosure(doc.title, changes.get(doc.file_stem), compared_with))
        summary = [(d.file_stem, changes[d.file_stem]) for d in mine if d.file_stem in changes]
        version = milestone.version
        if sheet is not None:
            files["bijdragen.xlsx"] = sheet
            titles.append("Voorlopige bijdragen per gemeente en per taak (spreadsheet)")
        if compared:
            for document in (
                overview(names, version, summary, finance),
                transposition(names, version, summary),
            ):
                files[f"{document.file_stem}.docx"] = render_docx(document)
                titles.append(document.title)
        if council.has_paperwork(request):
            own = [d.title for d in mine if d.deelnemer == deelnemer.id and d.kind == "verordening"]
            choices = project.choices.get(deelnemer.id, {})
            facts = council.facts_for(
                milestone=milestone,
                previous=compared_with,
                request=request,
                amendment=amendment,
                regeling=regeling,
                who=council.gemeente(
                    deelnemer,
                    project.catalog,
                    list(choices.get("plustaken", ())),
                    correspondence,
                ),
                data=correspondence,
                due=letters.due(milestone),
                kenmerk=letters.kenmerk(correspondence.sender.kenmerk, round_, deelnemer.id)
                if correspondence
                else "",
                nota=nota,
                own_documents=own,
            )
            changed = (
                [
                    (d.title, council.in_substance(letters.counts(changes.get(d.file_stem))))
                    for d in mine
                    if d.file_stem in changes
                ]
                if compared_with is not None
                else []
            )
            stukken = council.paperwork(facts, changed, finance, contributions, titles)
            files.update(stukken)
            titles += council.titles(facts)
            if nota_file:
                files[nota] = nota_file
                titles.append(f"Nota van beantwoording van de reacties op de {before_name}")
        letter = letters.compose(
            round_,
            letters.Addressee(deelnemer.id, deelnemer.naam, deelnemer.college, deelnemer.raad),
            regeling,
            mine,
            changes,
            titles,
            str(project.settings.variables.get("vestigingsplaats", "")),
            correspondence,
            new_member=new_member,
            contribution=letter_part(finance, deelnemer.id, before.name)
            if finance is not None and before
            else None,
        )
        files["aanbiedingsbrief.docx"] = render_letter(letter)
        plans.append((deelnemer.id, files))
    packages = []
    base = out_root / folder_name(milestone_id)
    everything: dict[str, bytes] = {}
    for ident, files in plans:
        everything.update({f"{ident}/{name}": data for name, data in files.items()})
        everything[f"{ident}.zip"] = write_zip(
            ((f"{ident}/{name}", data) for name, data in sorted(files.items())), milestone.date
        )
        packages.append(Package(ident, base / ident, base / f"{ident}.zip", tuple(sorted(files))))
    replace_folder(base, everything)  # every package of the round, in one step
    return packages
