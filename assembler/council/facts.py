"""The facts one gemeente's raadsstukken for a round are made from, gathered once."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from assembler.model.dates import dutch_date
from assembler.model.wording import definite_article, in_sentence
from assembler.source.correspondence import Meeting, Request
from assembler.source.milestones import Milestone

# What a date not yet known reads as: the griffie fills it in.
COLLEGE_DATE = "[datum collegevergadering]"
RAAD_DATE = "[datum raadsvergadering]"


@dataclass(frozen=True, slots=True)
class Gemeente:
    """The deelnemer the stukken are for, with its organs as deelnemers.yaml names them."""

    id: str
    naam: str
    gemeente: str  # "de gemeente Alblasserdam"
    college: str  # "het college van burgemeester en wethouders van Alblasserdam"
    raad: str  # "de raad van de gemeente Alblasserdam"
    burgemeester: str
    signers: dict[str, str] = field(default_factory=dict)  # office -> name (may be empty)
    plustaken: tuple[str, ...] = ()  # the titles of the plustaken it takes


@dataclass(frozen=True, slots=True)
class Facts:
    """Everything the raadsvoorstel, raadsbesluit and collegebesluit of one gemeente say."""

    milestone: Milestone
    previous: Milestone | None
    request: Request  # zienswijze or toestemming (a reactie round has no raadsstukken)
    amendment: bool  # the round amends a regeling in force
    regeling: str  # the citeertitel of the regeling the round is about
    gemeente: Gemeente
    meeting: Meeting
    due: date  # by when the raad's decision is expected
    sender: str  # who sent the stukken on behalf of the colleges ("Projectgroep GR Sociaal")
    kenmerk: str  # the kenmerk of the aanbiedingsbrief
    nota: str = ""  # file name of the nota van beantwoording the round answers ("" if none)
    own_documents: tuple[str, ...] = ()  # titles of the verordeningen and besluiten of its own

    @property
    def zienswijze(self) -> bool:
        return self.request is Request.ZIENSWIJZE

    @property
    def draft(self) -> str:
        """The stukken as a whole: "de Concepttekst van de Gemeenschappelijke Regeling Sociaal
        van 17 mei 2021"."""
        return f"{definite_article(self.milestone.name)} {self.milestone.name} van de {self.regeling} van {dutch_date(self.milestone.date)}"

    @property
    def college_date(self) -> str:
        day = self.meeting.college
        return dutch_date(day) if day else COLLEGE_DATE

    @property
    def raad_date(self) -> str:
        day = self.meeting.raad
        return dutch_date(day) if day else RAAD_DATE

    @property
    def subject(self) -> str:
        """The onderwerp, in the short style of a raadsvoorstel: "Zienswijze concepttekst
        Gemeenschappelijke Regeling Sociaal" (the round's name as a common noun)."""
        what = "Zienswijze" if self.zienswijze else "Toestemming"
        return f"{what} {in_sentence(self.milestone.name)} {self.regeling}"
