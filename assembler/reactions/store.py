"""Writing points into the register: round-trip YAML, so the file's comments, order and layout
stay as they were; a point already there (by id) is not added again."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from assembler.errors import SourceError
from assembler.model.nodes import Document
from assembler.output import write_atomic
from assembler.source.reactions import SourceKind, path_of
from assembler.source.yamlload import load_yaml_bytes

if TYPE_CHECKING:
    from assembler.reactions.readin import NewPoint


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.width = 4096  # one line per text: a folded text is hard to compare with the document
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.preserve_quotes = True
    return yaml


def _new_file(
    kind: SourceKind, doc: Document, file_name: str, name: str, day: dt.date | None
) -> str:
    lines = [
        "formaat: 1",
        f"# Ingelezen uit {file_name}: elk punt is een bijgehouden wijziging, een opmerking of een",
        "# wijziging zonder bijhouden. Vul per punt 'antwoord' en 'uitkomst' in.",
        f"soort: {kind.value}",
        f"naam: {_quoted(name)}",
        *([f"datum: {day.isoformat()}"] if day else []),
        f"document: {doc.file_stem}",
        "punten: []",
    ]
    return "\n".join(lines) + "\n"


def _quoted(text: str) -> str:
    import json

    return json.dumps(text, ensure_ascii=False)


def _entry(point: NewPoint) -> CommentedMap:
    entry = CommentedMap()
    entry["id"] = point.id
    entry["aard"] = point.kind.value
    entry["bepalingen"] = CommentedSeq([point.provision] if point.provision else [])
    entry["bepalingen"].fa.set_flow_style()
    if not point.provision:
        entry["plaats"] = point.place
    entry["tekst"] = point.text
    if point.anchor:
        entry["verankerd"] = point.anchor
    if point.date is not None:
        entry["datum"] = point.date
    if point.author:
        entry["auteur"] = point.author
    if point.old != point.new and point.provision:
        proposal = CommentedMap()
        proposal["bepaling"] = point.provision
        proposal["oud"] = point.old
        proposal["nieuw"] = point.new
        entry["voorstel"] = proposal
    return entry


def add_points(
    root: Path,
    round_id: str,
    source: str,
    kind: SourceKind,
    doc: Document,
    points: Sequence[NewPoint],
    file_name: str,
    name: str,
    day: dt.date | None,
) -> tuple[Path, list[NewPoint]]:
    """Append the points not yet in ``reacties/<round>/<source>.yaml`` (made when absent);
    the file is validated before it is written, and left as it was when it would not be."""
    from assembler.reactions.register import load_register

    path = root / path_of(round_id, source)
    if path.exists():
        # A register the user edited: no UTF-8 or broken YAML is a located error, not a crash.
        load_yaml_bytes(path.read_bytes(), path_of(round_id, source))
    before = path.read_text(encoding="utf-8") if path.exists() else None
    text = before if before is not None else _new_file(kind, doc, file_name, name, day)
    yaml = _yaml()
    data: Any = yaml.load(text)
    items = data.get("punten")
    if items is None:
        items = data["punten"] = CommentedSeq()
    if not isinstance(items, CommentedSeq) or items.fa.flow_style():
        fresh = CommentedSeq(list(items or []))
        data["punten"] = items = fresh
    known = {str(item.get("id")) for item in items if isinstance(item, dict)}
    added = []
    for point in points:
        if point.id in known:
            continue
        known.add(point.id)
        items.append(_entry(point))
        added.append(point)
    if not added and before is not None:
        return path, []
    out = io.StringIO()
    yaml.dump(data, out)
    write_atomic(path, out.getvalue().encode("utf-8"))
    try:
        load_register(root, round_id)
    except SourceError:
        if before is None:
            path.unlink()
        else:
            write_atomic(path, before.encode("utf-8"))
        raise
    return path, added
