"""The register of reactions: ``reacties/<ronde>/<bron>.yaml``, one file per source.

A source is a raad's zienswijze, a college, an advisory council or a returned Word document;
each has points. A point names the provisions it concerns (by id), its text, date and author,
optionally the proposed old → new text of one provision, the answer, the outcome and the
commits that carried it out. Like ``brieven.yaml`` the register is a fact of the round, read
from the working tree; it is not a source of any document.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from assembler.errors import Collector, Pos, SourceError
from assembler.source.fields import ID_PATTERN, Fields, mappings, text_items
from assembler.source.tree import Tree
from assembler.source.yamlload import YMap, load_yaml_bytes

FOLDER = "reacties"
E = TypeVar("E", bound=StrEnum)
_SHA = re.compile(r"^[0-9a-f]{7,40}$")


class SourceKind(StrEnum):
    """Who reacted, and how."""

    ZIENSWIJZE_RAAD = "zienswijze raad"
    COLLEGE = "college"
    ADVIESRAAD = "adviesraad"
    TERUGGESTUURD = "teruggestuurd document"

    @property
    def reason(self) -> str:
        """How a commit message names a reaction of this kind ("n.a.v. zienswijze X")."""
        return {
            SourceKind.ZIENSWIJZE_RAAD: "zienswijze",
            SourceKind.COLLEGE: "reactie college",
            SourceKind.ADVIESRAAD: "advies",
            SourceKind.TERUGGESTUURD: "reactie",
        }[self]


class Outcome(StrEnum):
    """What became of a point."""

    OVERGENOMEN = "overgenomen"
    DEELS = "deels"
    NIET_OVERGENOMEN = "niet overgenomen"
    KENNISGENOMEN = "kennisgenomen"


class PointKind(StrEnum):
    """What a point is: written by hand, or what a returned document held."""

    ZIENSWIJZE = "zienswijze"  # a point written in the register by hand
    INVOEGING = "bijgehouden invoeging"
    VERWIJDERING = "bijgehouden verwijdering"
    VERPLAATSING = "bijgehouden verplaatsing"
    OPMERKING = "opmerking"
    ANTWOORD = "antwoord op opmerking"
    ONGEMARKEERD = "wijziging zonder bijhouden"


@dataclass(frozen=True, slots=True)
class Proposal:
    """The proposed text of one provision: as sent (``old``) and as proposed (``new``)."""

    provision: str
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class Point:
    id: str
    kind: PointKind
    provisions: tuple[str, ...]  # empty: the point could not be traced ("niet te herleiden")
    text: str
    date: dt.date | None
    author: str
    proposal: Proposal | None
    answer: str
    outcome: Outcome | None
    commits: tuple[str, ...]
    place: str  # where in the returned document, for a point that could not be traced
    anchor: str  # the text a comment is anchored to
    pos: Pos

    @property
    def traced(self) -> bool:
        return bool(self.provisions)


@dataclass(frozen=True, slots=True)
class ReactionSource:
    """One file of the register: who reacted, when, and the points."""

    id: str  # the file's stem: "gemeente-sliedrecht"
    round: str  # the milestone id: the folder
    kind: SourceKind
    name: str
    date: dt.date | None
    document: str  # the returned document's file stem, for a returned document
    points: tuple[Point, ...]
    path: str
    pos: Pos


def path_of(round_id: str, source_id: str) -> str:
    return f"{FOLDER}/{round_id}/{source_id}.yaml"


def round_ids(tree: Tree) -> list[str]:
    """The rounds that have a folder in the register."""
    folders = {p.split("/")[1] for p in tree.list_files(FOLDER, ".yaml") if p.count("/") == 2}
    return sorted(folders)


def load_round(
    tree: Tree,
    round_id: str,
    rounds: Collection[str],
    provisions: Collection[str],
    commit_exists: Callable[[str], bool] | None = None,
) -> list[ReactionSource]:
    """Every source of round ``round_id``, validated; all problems reported at once."""
    problems = Collector()
    sources = []
    for path in tree.list_files(f"{FOLDER}/{round_id}", ".yaml"):
        if path.count("/") != 2:
            continue
        try:
            source = _load_source(tree, path, rounds, provisions, commit_exists, problems)
        except SourceError as exc:
            problems.extend(exc)
            continue
        if source is not None:
            sources.append(source)
    seen: dict[str, Pos] = {}
    for source in sources:
        for point in source.points:
            if point.id in seen:
                problems.add(
                    point.pos,
                    f"punt '{point.id}' staat al in deze ronde ({seen[point.id]})",
                )
            seen.setdefault(point.id, point.pos)
    problems.raise_if_any()
    return sources


def _load_source(
    tree: Tree,
    path: str,
    rounds: Collection[str],
    provisions: Collection[str],
    commit_exists: Callable[[str], bool] | None,
    problems: Collector,
) -> ReactionSource | None:
    data = load_yaml_bytes(tree.read_bytes(path), path)
    top = Pos(path, 1, 1)
    if not isinstance(data, YMap):
        problems.add(top, "het bestand moet een tabel van sleutels zijn")
        return None
    round_id = path.split("/")[1]
    if round_id not in rounds:
        known = ", ".join(rounds) or "geen"
        problems.add(
            top,
            f"onbekende ronde '{round_id}': de map onder {FOLDER}/ moet de id van een mijlpaal"
            f" in mijlpalen.yaml zijn (bekend: {known})",
        )
    source_id = path.rsplit("/", 1)[1].removesuffix(".yaml")
    if not ID_PATTERN.match(source_id):
        problems.add(top, f"ongeldige bestandsnaam '{source_id}': gebruik kleine letters en '-'")
    fields = Fields(data, problems, path)
    fields.used.add("formaat")
    kind = _enum(fields, "soort", SourceKind, required=True) or SourceKind.ZIENSWIJZE_RAAD
    name = fields.text("naam")
    date = fields._get("datum", dt.date, False)
    document = fields.text("document", required=False)
    points = tuple(
        _point(item, provisions, commit_exists, problems)
        for item in mappings(
            fields.sequence("punten", required=True),
            problems,
            "een punt moet een tabel zijn met 'id', 'bepalingen' en 'tekst'",
        )
    )
    fields.done()
    return ReactionSource(source_id, round_id, kind, name, date, document, points, path, data.pos)


def _enum(fields: Fields, key: str, kind: type[E], required: bool) -> E | None:
    value = fields.text(key, required=required)
    if not value:
        return None
    try:
        return kind(value)
    except ValueError:
        choices = ", ".join(f"'{k.value}'" for k in kind)
        fields.problems.add(fields.pos(key), f"onbekende {key} '{value}'; kies uit: {choices}")
        return None


def _point(
    item: YMap,
    provisions: Collection[str],
    commit_exists: Callable[[str], bool] | None,
    problems: Collector,
) -> Point:
    f = Fields(item, problems, "het punt")
    ident = f.ident()
    kind = _enum(f, "aard", PointKind, required=False) or PointKind.ZIENSWIJZE
    seq = f.sequence("bepalingen", required=True)
    ids = tuple(text for text, _ in text_items(seq, problems, "'bepalingen'"))
    for text, pos in zip(ids, seq.item_pos, strict=False):
        if text not in provisions:
            problems.add(pos, f"onbekende bepaling '{text}'{_suggest(text, provisions)}")
    place = f.text("plaats", required=False)
    if not ids and not place:
        problems.add(
            item.at("bepalingen"),
            "een punt zonder bepalingen is niet te herleiden: noem dan de 'plaats' in het document",
        )
    proposal = None
    if (raw := f.mapping("voorstel")) is not None:
        v = Fields(raw, problems, "het voorstel")
        provision = v.text("bepaling")
        if provision and provision not in ids:
            problems.add(
                v.pos("bepaling"),
                f"het voorstel geldt '{provision}', die niet in 'bepalingen' staat",
            )
        proposal = Proposal(
            provision, v.text("oud", required=False), v.text("nieuw", required=False)
        )
        if proposal.old == proposal.new:
            problems.add(raw.pos, "het voorstel verandert niets: 'oud' en 'nieuw' zijn gelijk")
        v.done()
    outcome = _enum(f, "uitkomst", Outcome, required=False)
    commits_seq = f.sequence("commits")
    commits = []
    for sha, pos in text_items(commits_seq, problems, "'commits'"):
        if not _SHA.match(sha):
            problems.add(pos, f"'{sha}' is geen commit (7 tot 40 hexadecimale tekens)")
        elif commit_exists is not None and not commit_exists(sha):
            problems.add(pos, f"commit '{sha}' staat niet in de geschiedenis")
        commits.append(sha)
    if commits and outcome in (None, Outcome.NIET_OVERGENOMEN, Outcome.KENNISGENOMEN):
        problems.add(
            commits_seq.pos,
            "alleen een punt dat (deels) is overgenomen heeft commits die het uitvoerden",
        )
    point = Point(
        ident,
        kind,
        ids,
        f.text("tekst"),
        f._get("datum", dt.date, False),
        f.text("auteur", required=False),
        proposal,
        f.text("antwoord", required=False),
        outcome,
        tuple(commits),
        place,
        f.text("verankerd", required=False),
        item.at("id"),
    )
    f.done()
    return point


def _suggest(ident: str, known: Collection[str]) -> str:
    import difflib

    close = difflib.get_close_matches(ident, sorted(known), n=1)
    return f"; bedoelde u '{close[0]}'?" if close else ""


def provisions_of(fragments: Sequence[object]) -> set[str]:
    """Every provision id of the fragments: articles, leden, onderdelen, subonderdelen."""
    from assembler.source.records import SFragment, SItem

    out: set[str] = set()

    def walk(items: Sequence[SItem]) -> None:
        for item in items:
            out.add(item.id)
            walk(item.children)

    for fragment in fragments:
        assert isinstance(fragment, SFragment)
        out.add(fragment.id)
        walk(fragment.leden)
    return out
