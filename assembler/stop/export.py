"""The STOP files of one version: per document a ``BesluitCompact`` (``<bestand>.xml``).

Who publishes each document decides its AKN code: a document of one deelnemer (a verordening,
a besluit of one college) is the gemeente's own; the regeling and the besluiten of the
openbaar lichaam go under the gemeente of the seat (``vestigingsplaats``), which publishes the
regeling (art. 26 Wgr). The year of the work is that of the first milestone, so the work id is
the same in every version.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from assembler import versions
from assembler.errors import UsageError
from assembler.model.nodes import Document
from assembler.pipeline import Output, assemble, load
from assembler.source.records import Project
from assembler.stop.identity import GEMEENTECODES, Identity, valid_code
from assembler.stop.regeling import regeling_besluit
from assembler.versions import open_version


def work_year(root: Path, doc: Document) -> int:
    """The year the work id carries: the first milestone's, else the version's own."""
    milestones = versions.milestones(root)
    return milestones[0].date.year if milestones else doc.version.date.year


def code_for(project: Project, doc: Document, explicit: str = "") -> str:
    """The bevoegd-gezag code of ``doc``: ``explicit`` when given, else by gemeente name."""
    if explicit:
        if not valid_code(explicit):
            raise UsageError(
                f"ongeldige code '{explicit}' voor het bevoegd gezag; STOP verwacht bijvoorbeeld"
                " gm0505 (gm en de CBS-gemeentecode)"
            )
        return explicit
    names = {d.id: d.naam for d in project.deelnemers}
    name = names.get(doc.deelnemer or "") or str(
        project.settings.variables.get("vestigingsplaats", "")
    )
    code = GEMEENTECODES.get(name)
    if code is None:
        raise UsageError(
            f"geen CBS-gemeentecode bekend voor '{name or doc.id}'; geef de code met"
            " --bevoegd-gezag, bijvoorbeeld gm0505"
        )
    return code


def identity_for(root: Path, project: Project, doc: Document, explicit: str = "") -> Identity:
    return Identity(code_for(project, doc, explicit), work_year(root, doc))


def stop_outputs(
    root: Path, version: str, only: Sequence[str] = (), code: str = ""
) -> list[Output]:
    """Every document of ``version`` (or ``only``) as STOP XML, in memory."""
    project = load(open_version(root, version))
    outputs = []
    for doc in assemble(project, only):
        data = regeling_besluit(doc, identity_for(root, project, doc, code))
        outputs.append(Output(f"{doc.file_stem}.xml", data, doc.title, doc.id))
    return outputs
