"""The register of reactions: every point answered, and what the text did agrees with it.

For each round with a folder under ``reacties/`` (and a recorded milestone) the points are
compared with the changes from that milestone to the next one (or the working tree): a point
(partly) adopted must have changed one of its provisions, and a commit that cites a point
("n.a.v. zienswijze X (punt P): ...") must have changed a provision of that point. Findings
stand at the point in the register file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from assembler import versions
from assembler.checks.base import FOUT, Context, Finding, finding, rule
from assembler.errors import Pos, SourceError, UsageError
from assembler.reactions.changes import RoundChanges, round_changes
from assembler.reactions.nota import ADOPTED
from assembler.reactions.register import load_register
from assembler.source import milestones as ms
from assembler.source.reactions import FOLDER, Point, ReactionSource, round_ids
from assembler.source.tree import WorkTree

_CITED = re.compile(r"\(punt ([^\s)]+)\)")


def _points(sources: Sequence[ReactionSource]) -> Iterator[Point]:
    for source in sources:
        yield from source.points


def unanswered(sources: Sequence[ReactionSource]) -> Iterator[Finding]:
    for point in _points(sources):
        missing = [
            what
            for what, absent in (
                ("antwoord", not point.answer),
                ("uitkomst", point.outcome is None),
            )
            if absent
        ]
        if missing:
            yield finding(
                "REA01",
                point.pos,
                f"punt '{point.id}' heeft nog geen {' en geen '.join(missing)}: de nota van"
                " beantwoording kan het niet beantwoorden",
            )


def adopted_unchanged(
    sources: Sequence[ReactionSource], changes: RoundChanges
) -> Iterator[Finding]:
    for point in _points(sources):
        if point.outcome in ADOPTED and not changes.changed_any(point.provisions):
            yield finding(
                "REA02",
                point.pos,
                f"punt '{point.id}' is {point.outcome.value if point.outcome else ''}, maar"
                f" {', '.join(point.provisions) or 'de bepaling'} is tussen {changes.old} en"
                f" {changes.new} niet gewijzigd",
            )


def cited_elsewhere(sources: Sequence[ReactionSource], changes: RoundChanges) -> Iterator[Finding]:
    points = {point.id: point for point in _points(sources)}
    seen: set[tuple[str, str]] = set()
    for article, reasons in changes.articles():
        inside = {node.id for node in article.walk()}
        for message in reasons:
            for cited in _CITED.findall(message):
                point = points.get(cited)
                if point is None or inside & set(point.provisions):
                    continue
                if any(p.startswith(f"{article.id}.") or p == article.id for p in point.provisions):
                    continue
                if (cited, article.id) in seen:
                    continue
                seen.add((cited, article.id))
                yield finding(
                    "REA03",
                    point.pos,
                    f"de commit „{message}” noemt punt '{cited}', maar wijzigde artikel"
                    f" {article.number} ({article.id}); het punt gaat over"
                    f" {', '.join(point.provisions) or 'geen bepaling'}",
                )


def _rounds(ctx: Context) -> list[tuple[list[ReactionSource], RoundChanges | None]]:
    """Per round of the register its sources and changes (None when the round's milestone
    is not recorded), computed once per run."""
    key = "reactions"
    if key not in ctx.memo:
        out: list[tuple[list[ReactionSource], RoundChanges | None]] = []
        root = ctx.root
        if root is not None:
            for round_id in round_ids(WorkTree(root)):
                out.append(_round(root, round_id))
        ctx.memo[key] = out
    rounds: list[tuple[list[ReactionSource], RoundChanges | None]] = ctx.memo[key]
    return rounds


def _round(root: Path, round_id: str) -> tuple[list[ReactionSource], RoundChanges | None]:
    declared = versions.milestones(root)
    if ms.find(declared, round_id) is None:
        # A folder under reacties/ that is no milestone: a located source error at its first
        # register, as when the register itself is read.
        files = sorted(p.name for p in (root / FOLDER / round_id).glob("*.yaml"))
        path = f"{FOLDER}/{round_id}/{files[0]}" if files else f"{FOLDER}/{round_id}"
        known = ", ".join(m.id for m in declared) or "geen"
        raise SourceError.at(
            Pos(path, 1, 1),
            f"onbekende ronde '{round_id}': de map onder {FOLDER}/ moet de id van een mijlpaal"
            f" in {ms.MILESTONES_FILE} zijn (bekend: {known})",
        )
    register = load_register(root, round_id)
    try:
        changes = round_changes(root, round_id)
    except UsageError:
        changes = None
    return list(register.sources), changes


@rule("REA01", FOUT, "elk punt van het register van reacties heeft een antwoord en een uitkomst")
def rea01(ctx: Context) -> Iterator[Finding]:
    for sources, _ in _rounds(ctx):
        yield from unanswered(sources)


@rule(
    "REA02",
    FOUT,
    "een (deels) overgenomen punt heeft een van zijn bepalingen gewijzigd tussen de ronde en de"
    " volgende mijlpaal",
)
def rea02(ctx: Context) -> Iterator[Finding]:
    for sources, changes in _rounds(ctx):
        if changes is not None:
            yield from adopted_unchanged(sources, changes)


@rule(
    "REA03",
    FOUT,
    "een commit die een punt noemt (n.a.v. ... (punt P)) wijzigde een bepaling van dat punt",
)
def rea03(ctx: Context) -> Iterator[Finding]:
    for sources, changes in _rounds(ctx):
        if changes is not None:
            yield from cited_elsewhere(sources, changes)
