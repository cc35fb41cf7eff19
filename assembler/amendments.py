"""``assembler wijziging``: the wijzigingsbesluiten of a round, drawn from its change set.

For every regeling and verordening that changed between two versions (``van``: the text in
force, ``naar``: the new text) one instrument: for a regeling one besluit of all colleges, for a
verordening of a deelnemer a wijzigingsverordening of its raad. The adopting organs, the legal
basis and the regeling's own article on its amendment come from the data; the reasons per
instruction from the change set (:mod:`assembler.changeset`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from assembler import pipeline
from assembler.amend.instrument import (
    AMENDMENT_TOPIC,
    INTEGRAL_SHARE,
    Amended,
    Form,
    Instrument,
    Parties,
    instrument,
)
from assembler.council.basis import college_basis
from assembler.folders import round_name
from assembler.inforce import before
from assembler.model.nodes import Document, plain
from assembler.model.wording import enumeration
from assembler.pipeline import Output, Progress, Written, write
from assembler.render.docx.instrument import render_instrument
from assembler.source.correspondence import Request
from assembler.source.records import Project
from assembler.source.standing import version_of
from assembler.stop.export import identity_for
from assembler.stop.mutation import mutation_besluit

AMENDED_KINDS = ("regeling", "verordening", "besluit")


def _wgr_basis(day: date) -> str:
    """The Wgr articles an amendment of the regeling rests on, as the collegebesluit after the
    raden's toestemming cites them (:mod:`assembler.council.basis`): artikel 1 gives the
    colleges (and raden) the power to make a regeling, and since 1 July 2022 its fifth lid
    applies the procedure of the second to fourth lid to an amendment."""
    return college_basis(Request.TOESTEMMING, day, amendment=True)


@dataclass(frozen=True, slots=True)
class Amendment:
    """One instrument of a round, with what the user is told about it."""

    instrument: Instrument
    output: Output
    stop: Output | None = None  # the same amendment as a STOP besluit with a RegelingMutatie

    @property
    def advice_integral(self) -> bool:
        return self.instrument.form is Form.INSTRUCTIONS and (
            self.instrument.changed_share > INTEGRAL_SHARE
        )


def _parties(project: Project, doc: Document, day: date) -> Parties:
    if doc.kind == "verordening" and doc.deelnemer is not None:
        deelnemer = next(d for d in project.deelnemers if d.id == doc.deelnemer)
        return Parties(deelnemer.raad, "")
    if doc.kind == "besluit":
        return Parties(_organs_of_aanhef(doc), "")
    names = [d.naam for d in project.deelnemers]
    organ = doc.organs[0] if doc.organs else "college"
    organs = (
        f"de raden van de gemeenten {enumeration(names)}"
        if organ == "raad"
        else f"de colleges van burgemeester en wethouders van {enumeration(names)}"
    )
    own = next(
        (
            a.number
            for a in doc.articles
            if a.id in project.fragments and AMENDMENT_TOPIC in project.fragments[a.id].topics
        ),
        None,
    )
    return Parties(organs, _wgr_basis(day), f"artikel {own}" if own else "")


_EACH_FOR_ITS_OWN = re.compile(r",\s*ieder voor zover het (zijn|haar) bevoegdheden betreft")


def _organs_of_aanhef(doc: Document) -> str:
    """Who made a besluit, as its aanhef names them, to name them again in the opschrift:
    "Het algemeen bestuur, ... van de Sociale Dienst Drechtsteden, ieder voor zover ...;" →
    "het algemeen bestuur, ... van de Sociale Dienst Drechtsteden"."""
    text = plain(doc.aanhef[0]) if doc.aanhef else ""
    text = _EACH_FOR_ITS_OWN.sub("", text).rstrip(" ;,:")
    if not text:
        return "het bevoegde bestuursorgaan"
    return text[0].lower() + text[1:]


def amended(
    root: Path,
    old_name: str,
    new_name: str,
    form: Form = Form.INSTRUCTIONS,
    progress: Progress | None = None,
) -> tuple[Project, list[Amended]]:
    """The new version's sources, and every document that differs between ``old_name`` and
    ``new_name`` with its instrument."""
    models = pipeline.compare_models(root, old_name, new_name, progress)
    earlier = before(root, models.new_source.commit)
    in_force = next((m.in_force for m in reversed(earlier)), None)
    target = models.new_source.milestone
    commencement = target.in_force if target is not None else None
    # The same name, date and watermark as the new version's own documents.
    version = version_of(models.new_source.tree)
    out: list[Amended] = []
    for _stem, compared in models.redlines:
        old, new = compared.old, compared.new
        if old is None or new is None or new.kind not in AMENDED_KINDS:
            continue
        parties = replace(
            _parties(models.new_project, new, version.date),
            in_force=in_force,
            commencement=commencement,
        )
        made = instrument(
            old,
            new,
            compared.reasons,
            parties,
            version,
            number=max(1, len(earlier)),
            form=form,
        )
        if made.instructions:
            out.append(Amended(old, new, made))
    return models.new_project, out


def amendments(
    root: Path,
    old_name: str,
    new_name: str,
    form: Form = Form.INSTRUCTIONS,
    progress: Progress | None = None,
) -> list[Amendment]:
    """The instruments that turn version ``old_name`` into ``new_name``, laid out in memory."""
    out: list[Amendment] = []
    project, items = amended(root, old_name, new_name, form, progress)
    for item in items:
        made, old, new = item.instrument, item.old, item.new
        data = render_instrument(made)
        stop = Output(
            f"{made.file_stem}.xml",
            mutation_besluit(old, new, identity_for(root, project, new), made.opschrift),
            made.title,
            new.id,
        )
        out.append(
            Amendment(made, Output(f"{made.file_stem}.docx", data, made.title, new.id), stop)
        )
    return out


def write_amendments(
    root: Path,
    old_name: str,
    new_name: str,
    out_root: Path,
    form: Form = Form.INSTRUCTIONS,
    progress: Progress | None = None,
) -> tuple[Path, list[Amendment], list[Written]]:
    """Write the instruments to ``out_root/<old>..<new>/``."""
    found = amendments(root, old_name, new_name, form, progress)
    folder = out_root / round_name(old_name, new_name)
    outputs = [o for a in found for o in (a.output, a.stop) if o is not None]
    return folder, found, write(folder, outputs)
