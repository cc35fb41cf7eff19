"""The build as a readable sequence of phases: read, assemble, render, write.

Nothing is written before every document has been assembled and rendered, so a problem in any
source leaves the output folder untouched.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

from assembler.changeset import Entry, History, reasons_of
from assembler.checks.base import Context
from assembler.diff.changes import compare
from assembler.errors import Pos, SourceError, UsageError
from assembler.flow.redline import Redline
from assembler.flow.redline import redline as flow_redline
from assembler.folders import round_name
from assembler.history import histories
from assembler.inforce import before as in_force_before
from assembler.inforce import frozen_for
from assembler.model.assemble import assemble_all, contributions_of
from assembler.model.finance_changes import FinanceChanges, compare_contributions
from assembler.model.nodes import Document
from assembler.output import replace_folder
from assembler.overview import overview, transposition
from assembler.render.docx import render_docx
from assembler.render.docx.redline import render_redline
from assembler.render.docx.writer import TemplateFailure
from assembler.render.text import render_text
from assembler.render.xlsx import render_xlsx
from assembler.source.correspondence import load_correspondence
from assembler.source.gitstore import GitTree
from assembler.source.milestones import load_milestones
from assembler.source.project import load_project
from assembler.source.records import Project
from assembler.source.tree import Tree, WorkTree
from assembler.versions import Source, open_version

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


class Format(Enum):
    """An output format of a document, by file suffix."""

    DOCX = "docx"
    TEXT = "txt"


DocumentWriter = Callable[[Document, bytes | None], bytes]

# The writers of one document, found by format (pandoc's Writers table, in small).
WRITERS: dict[Format, DocumentWriter] = {
    Format.DOCX: render_docx,
    Format.TEXT: lambda doc, _template: render_text(doc).encode("utf-8"),
}


def render(
    project: Project,
    tree: Tree,
    documents: Sequence[Document],
    formats: Sequence[Format] = (Format.DOCX,),
    progress: Progress | None = None,
) -> list[Output]:
    """Phase 3: the bytes of every output file, in memory (each document in ``formats``)."""
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
        for output_format in formats:
            writer = functools.partial(WRITERS[output_format], doc, template)
            data = _named(template_path, writer)
            name = f"{doc.file_stem}.{output_format.value}"
            outputs.append(Output(name, data, doc.title, doc.id))
    return outputs


def _named(template_path: str | None, write: Callable[[], bytes]) -> bytes:
    """``write()``; a failure of a custom Word template names that template's file."""
    try:
        return write()
    except TemplateFailure as exc:
        if template_path is None:
            raise
        raise SourceError.at(Pos(template_path, 1, 1), f"Word-sjabloon: {exc.message}") from None


def formats_for(with_text: bool) -> tuple[Format, ...]:
    """The formats of a build: Word, and the text reading when asked."""
    return (Format.DOCX, Format.TEXT) if with_text else (Format.DOCX,)


def write(out_dir: Path, outputs: Sequence[Output], prune: bool = True) -> list[Written]:
    """Phase 4: ``out_dir`` replaced in one step by a folder holding every output (see
    :func:`assembler.output.replace_folder`); with ``prune``, the files an earlier build wrote
    there and this one did not are gone (a partial build of some documents keeps the others).
    Two outputs with one name are refused before anything is written."""
    first: dict[str, Output] = {}
    for output in outputs:
        earlier = first.setdefault(output.name, output)
        if earlier is not output:
            raise UsageError(
                f"twee documenten krijgen hetzelfde uitvoerbestand {out_dir / output.name}:"
                f" '{earlier.title}' en '{output.title}'; geef een van beide een andere"
                " 'bestandsnaam'. Er is niets geschreven."
            )
    replace_folder(out_dir, {o.name: o.data for o in outputs}, prune)
    return [Written(out_dir / o.name, len(o.data), o.title, o.document) for o in outputs]


def build(
    tree: Tree,
    out_dir: Path,
    only: Sequence[str] = (),
    with_text: bool = False,
    progress: Progress | None = None,
) -> list[Written]:
    """Read, assemble, render and write the documents of one version (numbered as in force
    when ``tree`` is a working tree after a milestone in force)."""
    project = (
        load(Source(tree.label, tree, None, None)) if isinstance(tree, WorkTree) else read(tree)
    )
    documents = assemble(project, only)
    outputs = render(project, tree, documents, formats_for(with_text), progress)
    return write(out_dir, outputs, prune=not only)


class DelayedProgress:
    """Reports progress only once a build has taken more than ``delay`` seconds."""

    def __init__(self, report: Callable[[str], None], delay: float = 1.0) -> None:
        self.report = report
        self.delay = delay
        self.start = time.monotonic()

    def __call__(self, index: int, total: int, name: str) -> None:
        if time.monotonic() - self.start > self.delay:
            self.report(f"[{index:>{len(str(total))}}/{total}] {name}")


# -- versions and redlines -------------------------------------------------------------------


def load(source: Source) -> Project:
    """Phase 1 for a version: its files (named by their place among the milestones), and the
    numbering in force that it keeps (see :mod:`assembler.inforce`)."""
    project = read(source.tree)
    root = _root_of(source)
    if root is None:
        return project
    frozen = frozen_for(root, source.commit, lambda m: _milestone_documents(root, m.id))
    return replace(project, frozen=frozen) if frozen else project


def _root_of(source: Source) -> Path | None:
    tree = source.tree
    if isinstance(tree, WorkTree):
        return tree.root
    if isinstance(tree, GitTree) and tree.repo.working_tree_dir is not None:
        return Path(tree.repo.working_tree_dir)
    return None


@functools.lru_cache(maxsize=16)
def _milestone_documents(root: Path, ident: str) -> list[Document]:
    """A milestone's documents, assembled once per process: every later version and every
    commit of a round's history keeps their numbers."""
    return assemble_all(load(open_version(root, ident)))


def build_version(
    root: Path,
    name: str,
    out_dir: Path,
    only: Sequence[str] = (),
    with_text: bool = False,
    progress: Progress | None = None,
) -> list[Written]:
    """The clean documents of version ``name`` (``werkmap``, a milestone, any git revision)."""
    source = open_version(root, name)
    project = load(source)
    documents = assemble(project, only)
    formats = formats_for(with_text)
    outputs = render(project, source.tree, documents, formats, progress)
    return write(out_dir, outputs, prune=not only)


@dataclass(frozen=True, slots=True)
class Round:
    """What one comparison produced: the folder, the files, the changes per document."""

    old: str
    new: str
    folder: Path
    written: list[Written]
    changes: dict[str, list[Entry]]  # per file stem


@dataclass(frozen=True, slots=True)
class Assembled:
    project: Project
    documents: list[Document]


def assemble_both(
    old: Callable[[], Source], new: Callable[[], Source]
) -> tuple[Assembled, Assembled]:
    """Both versions read and assembled, one after the other.

    Measured here: reading the old version in a forked worker on the second core was slower
    (1.1 s against 0.9 s at 2,000 articles), because the new version then cannot reuse the
    parse cache of the files both versions share, and the pickled result costs 0.4 s.
    """

    def run(open_source: Callable[[], Source]) -> Assembled:
        project = load(open_source())
        return Assembled(project, assemble_all(project))

    return run(old), run(new)


@dataclass(frozen=True, slots=True)
class Compared:
    """The outputs of one comparison, in memory: redlines first, then the overviews."""

    old: str
    new: str
    outputs: list[Output]
    changes: dict[str, list[Entry]]  # per file stem
    titles: dict[str, str]  # per file stem
    deelnemers: dict[str, str | None]  # per file stem: the deelnemer of a per-deelnemer document
    redlines: dict[str, Redline]  # per file stem: the blocks with their change tree
    finance: FinanceChanges | None = None  # the contributions old → new; None without finance


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two versions, assembled and compared document by document (not yet rendered)."""

    old_source: Source
    new_source: Source
    old_project: Project
    new_project: Project
    redlines: list[tuple[str, Redline]]  # per file stem
    old_documents: list[Document]
    new_documents: list[Document]


def compare_models(
    root: Path, old_name: str, new_name: str, progress: Progress | None = None
) -> Comparison:
    """Every document of ``old_name`` → ``new_name`` as a change tree and its blocks, with the
    reasons per provision (see :mod:`assembler.history`)."""
    old_source, new_source = open_version(root, old_name), open_version(root, new_name)
    old_side, new_side = assemble_both(
        lambda: open_version(root, old_name), lambda: open_version(root, new_name)
    )
    old_docs = {d.file_stem: d for d in old_side.documents}
    new_docs = {d.file_stem: d for d in new_side.documents}
    stems = [*new_docs, *(s for s in old_docs if s not in new_docs)]
    past = histories(
        root, old_source, new_source, old_docs, new_docs, _assembled_documents, progress
    )
    redlines = []
    for index, stem in enumerate(stems, start=1):
        if progress is not None:
            progress(index, len(stems), stem)
        tree = compare(old_docs.get(stem), new_docs.get(stem))
        reasons = reasons_of(tree, past.get(stem, History()))
        redlines.append((stem, flow_redline(tree, reasons)))
    return Comparison(
        old_source,
        new_source,
        old_side.project,
        new_side.project,
        redlines,
        old_side.documents,
        new_side.documents,
    )


def _assembled_documents(source: Source) -> dict[str, Document]:
    return {d.file_stem: d for d in assemble_all(load(source))}


def compare_versions(
    root: Path, old_name: str, new_name: str, progress: Progress | None = None
) -> Compared:
    """Every document of ``old_name`` → ``new_name`` as a Word redline, plus the overviews."""
    models = compare_models(root, old_name, new_name, progress)
    finance = finance_changes(models)
    result = Compared(old_name, new_name, [], {}, {}, {}, {}, finance)
    versions = (models.old_project.settings.version, models.new_project.settings.version)
    for stem, compared in models.redlines:
        shown = compared.new or compared.old
        assert shown is not None
        new_side = compared.new is not None
        project = models.new_project if new_side else models.old_project
        manifest = project.manifests.get(shown.manifest)
        tree = models.new_source.tree if new_side else models.old_source.tree
        template_path = manifest.template if manifest else None
        template = tree.read_bytes(template_path) if template_path else None
        data = _named(
            template_path, functools.partial(render_redline, compared, template, versions)
        )
        result.outputs.append(Output(f"{stem}.docx", data, shown.title, shown.id))
        result.changes[stem] = compared.changes
        result.titles[stem] = shown.title
        result.deelnemers[stem] = shown.deelnemer
        result.redlines[stem] = compared
    if models.redlines:
        label = f"{versions[0].label} → {versions[1].label}"  # names, not ids
        version = versions[1]
        summary = models.redlines
        documents = (
            overview(label, version, summary, finance),
            transposition(label, version, summary),
        )
        for doc in documents:
            result.outputs.append(Output(f"{doc.file_stem}.docx", render_docx(doc), doc.title, ""))
    return result


def finance_changes(models: Comparison) -> FinanceChanges | None:
    """The contributions of the old and the new version, compared."""
    return compare_contributions(
        contributions_of(models.old_project), contributions_of(models.new_project)
    )


def redline(
    root: Path, old_name: str, new_name: str, out_root: Path, progress: Progress | None = None
) -> Round:
    """Write the comparison to ``out_root/<old>..<new>/``, one file per document."""
    return redlines(root, [(old_name, new_name)], out_root, progress)[0]


def redlines(
    root: Path,
    pairs: Sequence[tuple[str, str]],
    out_root: Path,
    progress: Progress | None = None,
) -> list[Round]:
    """Every round of ``pairs`` compared first, then each written to its own folder: a bad
    version in a later round leaves the earlier rounds' folders as they were."""
    compared = [compare_versions(root, old, new, progress) for old, new in pairs]
    rounds = []
    for result in compared:
        folder = out_root / round_name(result.old, result.new)
        written = write(folder, result.outputs)
        rounds.append(Round(result.old, result.new, folder, written, result.changes))
    return rounds


# -- checks ---------------------------------------------------------------------------------


def check_context(
    root: Path, version: str = "werkmap", between: tuple[str, str] | None = None
) -> Context:
    """The checks' phase input: one version read and assembled once, and, between two versions,
    their change trees (the newer side reused when it is the version checked)."""
    comparison = compare_models(root, *between) if between is not None else None
    source = open_version(root, version)
    if comparison is not None and between is not None and between[1] == version:
        project, documents = comparison.new_project, comparison.new_documents
    else:
        project = load(source)
        documents = assemble_all(project)
    ctx = Context(project, documents, contributions_of(project), tree=source.tree, root=root)
    # The facts rules date texts by the milestones.
    ctx.milestones = load_milestones(WorkTree(root))
    # A broken brieven.yaml is a source error of the check too, not only of the letters.
    ctx.letters = load_correspondence(WorkTree(root))
    if comparison is not None:
        ctx.compared = [redline for _, redline in comparison.redlines]
        ctx.versions = between
    base = _in_force_before(root, version)
    if base is not None:
        from assembler.amendments import amended  # it builds on this module

        ctx.in_force = base
        ctx.amended = amended(root, base, version)[1]
    return ctx


def _in_force_before(root: Path, version: str) -> str | None:
    """The last milestone in force before ``version`` (None before any took effect)."""
    earlier = in_force_before(root, open_version(root, version).commit)
    return earlier[-1].id if earlier else None
