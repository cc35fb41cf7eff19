"""``assembler reacties toepassen``: a point's proposed text into the fragment, committed with
the point as the reason.

The proposal is the printed text of one provision, old → new. It applies when the fragment's
text still is the old text, or when the changed words, with the words around them, occur
exactly once in it (so a proposal next to a reference or variable still applies; one that
touches a reference does not). Only the text's own scalar in the YAML file is replaced, so
every comment, the order and the layout of the file stay as they were. Each point is its own
commit, "n.a.v. zienswijze <bron> (punt <id>): ...", which the redline's comment then cites
(see :mod:`assembler.history`: reasons are commit subjects). The register records the commit.
"""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from assembler.errors import SourceError, UsageError
from assembler.output import write_atomic
from assembler.reactions.register import load_register
from assembler.reactions.spans import changed_span
from assembler.source.gitstore import open_repo
from assembler.source.project import load_project
from assembler.source.reactions import Point, ReactionSource
from assembler.source.tree import WorkTree
from assembler.source.yamlload import load_yaml

CONTEXT = 24  # characters of context on each side of a change, to find it again


@dataclass(frozen=True, slots=True)
class Edit:
    """Where a provision's text is in its file, and what it becomes."""

    path: str
    start: int
    end: int
    plain: bool
    before: str
    after: str


def _find_scalar(root: Node, provision: str, heading: bool) -> ScalarNode | None:
    """The scalar of ``provision``'s text ('tekst', or the article's 'titel' for a heading)."""
    key = "titel" if heading else "tekst"

    def visit(node: Node) -> ScalarNode | None:
        if isinstance(node, MappingNode):
            values = {k.value: v for k, v in node.value if isinstance(k, ScalarNode)}
            ident = values.get("id")
            if isinstance(ident, ScalarNode) and ident.value == provision:
                found = values.get(key)
                return found if isinstance(found, ScalarNode) else None
            for _, value in node.value:
                if (hit := visit(value)) is not None:
                    return hit
        elif isinstance(node, SequenceNode):
            for item in node.value:
                if (hit := visit(item)) is not None:
                    return hit
        return None

    return visit(root)


def rewrite(source: str, old: str, new: str) -> str | None:
    """``source`` (the fragment's text) with the change old → new made in it; None when the
    change cannot be found there exactly once."""
    if source == old:
        return new
    prefix, old_end, new_end = changed_span(old, new)
    left = old[max(0, prefix - CONTEXT) : prefix]
    right = old[old_end : old_end + CONTEXT]
    needle = left + old[prefix:old_end] + right
    if not needle or source.count(needle) != 1:
        return None
    at = source.index(needle)  # the only place
    return source[:at] + left + new[prefix:new_end] + right + source[at + len(needle) :]


def _scalar(text: str, plain: bool) -> str:
    """The YAML spelling of ``text``: plain when it was plain and reads back the same."""
    if plain and "\n" not in text and text == text.strip():
        try:
            if load_yaml(f"k: {text}\n", "<tekst>") == {"k": text}:
                return text
        except SourceError:
            pass
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def plan(root: Path, point: Point, source: ReactionSource) -> Edit:
    """Where and how the point's proposal changes its fragment; refused with the reason."""
    proposal = point.proposal
    if proposal is None or not proposal.provision:
        raise UsageError(f"punt '{point.id}' heeft geen voorgestelde tekst om toe te passen")
    project = load_project(WorkTree(root))
    heading = proposal.provision in project.fragments
    fragment = project.fragments.get(proposal.provision)
    path = fragment.pos.path if fragment is not None else _file_of(project, proposal.provision)
    if path is None:
        raise UsageError(
            f"punt '{point.id}': bepaling '{proposal.provision}' staat niet meer in de fragmenten"
        )
    text = (root / path).read_text(encoding="utf-8")
    node = YAML(typ="rt").compose(io.StringIO(text))
    scalar = _find_scalar(node, proposal.provision, heading) if node is not None else None
    if scalar is None:
        raise UsageError(
            f"punt '{point.id}': de tekst van '{proposal.provision}' is niet gevonden in {path}"
        )
    before = str(scalar.value)
    after = rewrite(before, proposal.old, proposal.new)
    if after is None and rewrite(before, proposal.new, proposal.old) is not None:
        after = before  # the proposed words are there already
    if after is None:
        raise UsageError(
            f"punt '{point.id}' past niet meer: de tekst van '{proposal.provision}' in {path} is"
            " sinds de ronde gewijzigd, of het voorstel raakt een verwijzing of variabele;"
            f" voorgesteld was „{proposal.new}”"
        )
    if after == before:
        raise UsageError(f"punt '{point.id}' is al toegepast: {path} heeft de voorgestelde tekst")
    return Edit(
        path, scalar.start_mark.index, scalar.end_mark.index, scalar.style is None, before, after
    )


def _file_of(project: Any, provision: str) -> str | None:
    def holds(items: Sequence[Any]) -> bool:
        return any(item.id == provision or holds(item.children) for item in items)

    for fragment in project.fragments.values():
        if holds(fragment.leden):
            return str(fragment.pos.path)
    return None


def message(point: Point, source: ReactionSource) -> str:
    """The commit subject: the reason the redline's comment will give."""
    summary = " ".join(point.text.split())
    if len(summary) > 120:
        summary = summary[:117] + "..."
    return f"n.a.v. {source.kind.reason} {source.name} (punt {point.id}): {summary}"


def apply_points(root: Path, round_id: str, idents: Sequence[str]) -> list[tuple[str, str]]:
    """Apply and commit each point in turn; returns (commit, point id) per point."""
    register = load_register(root, round_id)
    by_id = {p.id: (p, s) for s in register.sources for p in s.points}
    unknown = [i for i in idents if i not in by_id]
    if unknown:
        raise UsageError(f"onbekend punt '{unknown[0]}' in ronde '{round_id}'")
    repo = open_repo(root)
    done = []
    for ident in idents:
        point, source = by_id[ident]
        edit = plan(root, point, source)
        if repo.git.status("--porcelain", "--", edit.path).strip():
            raise UsageError(
                f"{edit.path} heeft niet-vastgelegde wijzigingen; leg die eerst vast, zodat de"
                " commit alleen dit punt bevat"
            )
        path = root / edit.path
        original = path.read_text(encoding="utf-8")
        spelled = _scalar(edit.after, edit.plain)
        if original[edit.start : edit.end].endswith("\n"):
            spelled += "\n"  # a block scalar's span holds its line end
        changed = original[: edit.start] + spelled + original[edit.end :]
        write_atomic(path, changed.encode("utf-8"))
        try:
            load_project(WorkTree(root))
        except SourceError:
            write_atomic(path, original.encode("utf-8"))
            raise
        repo.git.add("--", edit.path)
        repo.git.commit("-m", message(point, source), "--", edit.path)
        sha = repo.head.commit.hexsha
        _record(root, source, point, sha)
        done.append((sha, ident))
    return done


def _record(root: Path, source: ReactionSource, point: Point, sha: str) -> None:
    """The commit in the point's 'commits', and 'uitkomst: overgenomen' when none was given."""
    from assembler.reactions.store import _yaml

    path = root / source.path
    yaml = _yaml()
    data: Any = yaml.load(path.read_text(encoding="utf-8"))
    for item in data.get("punten") or []:
        if isinstance(item, dict) and item.get("id") == point.id:
            commits = item.get("commits")
            if commits is None:
                item["commits"] = commits = []
            commits.append(sha[:12])
            if not item.get("uitkomst"):
                item["uitkomst"] = "overgenomen"
    out = io.StringIO()
    yaml.dump(data, out)
    write_atomic(path, out.getvalue().encode("utf-8"))
