"""The build as a readable sequence of phases: read, assemble, render, write.

Nothing is written before every document has been assembled and rendered, so a problem in any
source leaves the output folder untouched.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from assembler.errors import UsageError
from assembler.model.assemble import assemble_all, contributions_of
from assembler.model.nodes import Document
from assembler.output import write_atomic
from assembler.render.docx import render_docx
from assembler.render.text import render_text
from assembler.render.xlsx import render_xlsx
from assembler.source.project import load_project
from assembler.source.records import Project
from assembler.source.tree import Tree

Progress = Callable[[int, int, str], None]
SPREADSHEET = "bijdragen.xlsx"


@dataclass(frozen=True, slots=True)
class Output:
    """One file to write: its name, its bytes, and what it is (for the summary)."""

    name: str
    data: bytes
    title: str
    document: str  # the document id; "" for a file of the whole version


@dataclass(frozen=True, slots=True)
class Written:
    path: Path
    size: int
    title: str
    document: str


def read(tree: Tree) -> Project:
    """Phase 1: every source file, validated."""
    return load_project(tree)


def assemble(project: Project, only: Sequence[str] = ()) -> list[Document]:
    """Phase 2: numbered documents with resolved references (all of them, or ``only``)."""
    documents = assemble_all(project)
    if not only:
        return documents
    chosen = [d for d in documents if d.id in only or d.manifest in only]
    unknown = sorted(set(only) - {d.id for d in documents} - set(project.manifests))
    if unknown:
        known = ", ".join(sorted(project.manifests))
        raise UsageError(f"onbekend document '{unknown[0]}'; bekende documenten: {known}")
    return chosen


def render(
    project: Project,
    tree: Tree,
    documents: Sequence[Document],
    with_text: bool = False,
    progress: Progress | None = None,
) -> list[Output]:
    """Phase 3: the bytes of every output file, in memory."""
    templates = {m.id: m.template for m in project.manifests.values()}
    outputs: list[Output] = []
    contributions = contributions_of(project)
    if contributions is not None and project.finance is not None and documents:
        sheet = render_xlsx(contributions, project.finance, documents[0].version)
        title = f"Voorlopige bijdragen {contributions.year} (spreadsheet)"
        outputs.append(Output(SPREADSHEET, sheet, title, ""))
    for index, doc in enumerate(documents, start=1):
        if progress is not None:
            progress(index, len(documents), doc.file_stem)
        template_path = templates.get(doc.manifest)
        template = tree.read_bytes(template_path) if template_path else None
        outputs.append(Output(f"{doc.file_stem}.docx", render_docx(doc, template), doc.title, doc.id))
        if with_text:
            text = render_text(doc).encode("utf-8")
            outputs.append(Output(f"{doc.file_stem}.txt", text, doc.title, doc.id))
    return outputs


def write(out_dir: Path, outputs: Sequence[Output]) -> list[Written]:
    """Phase 4: every file, atomically."""
    written = []
    for output in outputs:
        path = out_dir / output.name
        write_atomic(path, output.data)
        written.append(Written(path, len(output.data), output.title, output.document))
    return written


def build(
    tree: Tree,
    out_dir: Path,
    only: Sequence[str] = (),
    with_text: bool = False,
    progress: Progress | None = None,
) -> list[Written]:
    """Read, assemble, render and write the documents of one version."""
    project = read(tree)
    documents = assemble(project, only)
    outputs = render(project, tree, documents, with_text, progress)
    return write(out_dir, outputs)


class DelayedProgress:
    """Reports progress only once a build has taken more than ``delay`` seconds."""

    def __init__(self, report: Callable[[str], None], delay: float = 1.0) -> None:
        self.report = report
        self.delay = delay
        self.start = time.monotonic()

    def __call__(self, index: int, total: int, name: str) -> None:
        if time.monotonic() - self.start > self.delay:
            self.report(f"[{index:>{len(str(total))}}/{total}] {name}")
