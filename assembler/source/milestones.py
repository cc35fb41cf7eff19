"""Milestones: named versions, declared in ``mijlpalen.yaml`` and recorded as git commits.

A milestone resolves by its annotated tag ``mijlpaal/<id>`` or, failing that (a fresh clone
without tags), by the commit written in ``mijlpalen.yaml``. A recorded milestone is never
moved or overwritten.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from assembler.errors import Collector, Pos, SourceError, UsageError
from assembler.model.nodes import Version
from assembler.source.fields import Fields, mappings
from assembler.source.tree import Tree
from assembler.source.yamlload import YMap, load_yaml, load_yaml_bytes

MILESTONES_FILE = "mijlpalen.yaml"
TAG_PREFIX = "mijlpaal/"


@dataclass(frozen=True, slots=True)
class Milestone:
    id: str
    name: str
    date: dt.date
    final: bool
    author: str
    commit: str | None
    reactions_due: dt.date | None
    pos: Pos
    # The date the version took effect (``in_werking``): from then on its numbering is frozen.
    in_force: dt.date | None = None
    process: str = ""  # 'proces': the round's account of the process, for the toelichting
    commit_pos: Pos | None = None  # where 'commit:' is written, for a commit that is missing
    reactions_due_pos: Pos | None = None  # where 'reactie_uiterlijk:' is written

    @property
    def version(self) -> Version:
        """This milestone as the version its documents are (see :mod:`standing`)."""
        return Version(
            self.name, self.date, self.final, self.author, work=False, process=self.process
        )

    @property
    def tag(self) -> str:
        return f"{TAG_PREFIX}{self.id}"


def load_milestones(tree: Tree) -> list[Milestone]:
    """The declared milestones in order; an absent file means none."""
    if not tree.exists(MILESTONES_FILE):
        return []
    data = load_yaml_bytes(tree.read_bytes(MILESTONES_FILE), MILESTONES_FILE)
    problems = Collector()
    if not isinstance(data, YMap):
        raise SourceError.at(
            Pos(MILESTONES_FILE, 1, 1), "het bestand moet een tabel van sleutels zijn"
        )
    fields = Fields(data, problems, MILESTONES_FILE)
    fields.used.add("formaat")
    result = []
    seq = fields.sequence("mijlpalen", required=True)
    for item in mappings(
        seq, problems, "een mijlpaal moet een tabel zijn met 'id', 'naam' en 'datum'"
    ):
        f = Fields(item, problems, "de mijlpaal")
        result.append(
            milestone := Milestone(
                id=f.ident(),
                name=f.text("naam"),
                date=f.day("datum") or dt.date(2000, 1, 1),
                final=f.boolean("definitief"),
                author=f.text("auteur", required=False),
                commit=f.text("commit", required=False) or None,
                reactions_due=f._get("reactie_uiterlijk", dt.date, False),
                pos=item.key_at("id"),
                in_force=f._get("in_werking", dt.date, False),
                process=f.text("proces", required=False),
                commit_pos=item.at("commit") if "commit" in item else None,
                reactions_due_pos=(
                    item.at("reactie_uiterlijk") if "reactie_uiterlijk" in item else None
                ),
            )
        )
        _check_in_force(milestone, item, problems)
        f.done()
    fields.done()
    seen: set[str] = set()
    for milestone in result:
        if milestone.id in seen:
            problems.add(
                milestone.pos, f"mijlpaal '{milestone.id}' staat twee keer in {MILESTONES_FILE}"
            )
        seen.add(milestone.id)
    problems.raise_if_any()
    return result


def _check_in_force(milestone: Milestone, item: YMap, problems: Collector) -> None:
    """A text takes effect only once it is final and adopted: never before its own date."""
    if milestone.in_force is None:
        return
    where = item.key_at("in_werking")
    if not milestone.final:
        problems.add(
            where,
            f"mijlpaal '{milestone.id}' heeft 'in_werking' maar is niet definitief: alleen een"
            " vastgestelde tekst treedt in werking (zet 'definitief: true')",
        )
    if milestone.in_force < milestone.date:
        problems.add(
            where,
            f"mijlpaal '{milestone.id}' treedt in werking op {milestone.in_force.isoformat()},"
            f" vóór haar datum {milestone.date.isoformat()}: een tekst treedt niet in werking"
            " voordat hij is vastgesteld",
        )


def find(milestones: list[Milestone], ident: str) -> Milestone | None:
    return next((m for m in milestones if m.id == ident), None)


def write_commit(root: Path, milestone: Milestone, sha: str) -> None:
    """Write ``commit: <sha>`` into the milestone's entry, keeping the rest of the file as is."""
    path = root / MILESTONES_FILE
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    index = milestone.pos.line - 1  # the line of "- id: <id>"
    indent = " " * (milestone.pos.col - 1)
    lines.insert(index + 1, f"{indent}commit: {sha}\n")
    text = "".join(lines)
    # Re-read before writing: the edit must yield exactly this commit for this milestone.
    check = load_yaml(text, MILESTONES_FILE)
    entry = next(m for m in check["mijlpalen"] if m.get("id") == milestone.id)
    if entry.get("commit") != sha:  # pragma: no cover - defensive
        raise UsageError(f"kon {MILESTONES_FILE} niet bijwerken")
    from assembler.output import write_atomic

    write_atomic(path, text.encode("utf-8"))
