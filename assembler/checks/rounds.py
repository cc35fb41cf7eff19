"""The dates of the rounds against each other: mijlpalen.yaml, brieven.yaml, deelnemers.yaml.

A zienswijze round since the 2022 Wgr amendment gives the raden eight weeks; a raad deals with a
round after it was sent and, for a zienswijze, before the reply date (that its college comes first,
brieven.yaml itself checks); and a raad's recorded toestemming lies between its round and the
adoption of the regeling.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from assembler.checks.base import FOUT, Context, Finding, finding, rule
from assembler.model.dates import dutch_date
from assembler.source.correspondence import Correspondence, Request
from assembler.source.milestones import Milestone

AMENDED_WGR = dt.date(2022, 7, 1)
ZIENSWIJZE_DAYS = 8 * 7


@rule(
    "GET06",
    FOUT,
    "de data van de rondes kloppen met elkaar: een zienswijzeronde sinds 1 juli 2022 geeft"
    " acht weken, een raad vergadert na de verzending en vóór de reactiedatum, en een toestemming"
    " ligt tussen haar ronde en de vaststelling",
    "Wgr, artikel 1; samenhang van mijlpalen.yaml, brieven.yaml en deelnemers.yaml",
)
def round_dates(ctx: Context) -> Iterator[Finding]:
    letters = ctx.letters
    milestones = {m.id: m for m in ctx.milestones}
    for milestone in ctx.milestones:
        request = letters.requests.get(milestone.id) if letters is not None else None
        due = milestone.reactions_due
        if (
            request is Request.ZIENSWIJZE
            and due is not None
            and milestone.date >= AMENDED_WGR
            and (due - milestone.date).days < ZIENSWIJZE_DAYS
        ):
            yield finding(
                "GET06",
                milestone.reactions_due_pos or milestone.pos,
                f"de ronde '{milestone.id}' vraagt een zienswijze maar geeft de raden"
                f" {(due - milestone.date).days} dagen ({dutch_date(milestone.date)} tot"
                f" {dutch_date(due)}); sinds 1 juli 2022 is dat ten minste acht weken (artikel 1"
                " Wgr)",
            )
    if letters is not None:
        names = {d.id: d.naam for d in ctx.project.deelnemers}
        yield from _meetings(letters, milestones, names)
    yield from _consents(ctx, milestones)


def _meetings(
    letters: Correspondence, milestones: dict[str, Milestone], names: dict[str, str]
) -> Iterator[Finding]:
    for (ident, deelnemer), pos in (letters.meeting_pos or {}).items():
        milestone = milestones.get(ident)
        meeting = letters.meeting(ident, deelnemer)
        if milestone is None or meeting.raad is None:
            continue
        problem = ""
        if meeting.raad < milestone.date:
            problem = f"vóór de verzending op {dutch_date(milestone.date)}"
        elif (
            letters.requests.get(ident) is Request.ZIENSWIJZE
            and milestone.reactions_due is not None
            and meeting.raad > milestone.reactions_due
        ):
            problem = f"na de reactiedatum {dutch_date(milestone.reactions_due)}"
        if problem:
            yield finding(
                "GET06",
                pos,
                f"de raad van {names.get(deelnemer, deelnemer)} vergadert in de ronde '{ident}' op"
                f" {dutch_date(meeting.raad)}, {problem}",
            )


def _consents(ctx: Context, milestones: dict[str, Milestone]) -> Iterator[Finding]:
    adopted = next((m for m in ctx.milestones if m.in_force is not None), None)
    for deelnemer in ctx.project.deelnemers:
        for ident, day in deelnemer.toestemming.items():
            milestone = milestones.get(ident)
            pos = deelnemer.toestemming_pos.get(ident, deelnemer.pos)
            if milestone is not None and day < milestone.date:
                yield finding(
                    "GET06",
                    pos,
                    f"de toestemming van de raad van {deelnemer.naam} ({dutch_date(day)}) ligt"
                    f" vóór de ronde '{ident}' ({dutch_date(milestone.date)})",
                )
            elif (
                adopted is not None
                and milestone is not None
                and milestone.date <= adopted.date < day
            ):
                yield finding(
                    "GET06",
                    pos,
                    f"de toestemming van de raad van {deelnemer.naam} ({dutch_date(day)}) ligt na"
                    f" de vaststelling op {dutch_date(adopted.date)}; de colleges besluiten pas"
                    " na de toestemming (artikel 1 Wgr)",
                )
