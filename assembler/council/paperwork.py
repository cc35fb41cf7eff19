"""The raadsstukken in one gemeente's package: which round has them and what they are made of.

A round that asks the raad for a zienswijze or for toestemming (``brieven.yaml``) gives each
gemeente three documents: ``raadsvoorstel.docx``, ``raadsbesluit.docx`` (the ontwerpbesluit the
voorstel proposes) and ``collegebesluit.docx``. A round that only asks for a reactie has none.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from assembler.council.decisions import COLLEGEBESLUIT, RAADSBESLUIT, collegebesluit, raadsbesluit
from assembler.council.facts import Facts, Gemeente
from assembler.council.proposal import RAADSVOORSTEL, money, raadsvoorstel
from assembler.model.finance import Contributions
from assembler.model.finance_changes import FinanceChanges
from assembler.render.docx import render_docx
from assembler.render.docx.decision import render_decision
from assembler.source.correspondence import Correspondence, Meeting, Request
from assembler.source.milestones import Milestone
from assembler.source.records import SCatalog, SDeelnemer

REACTIONS_DIR = "reacties"


def nota_name(round_id: str) -> str:
    """The file name of the nota van beantwoording of the reactions on round ``round_id``."""
    return f"nota-van-beantwoording-{round_id}.docx"


def answered_nota(root: Path, previous: Milestone | None, request: Request) -> str:
    """The nota a toestemming round refers to: that of the round before it, when the register
    of reactions has a folder for that round (``reacties/<ronde>/``); "" otherwise."""
    if request is not Request.TOESTEMMING or previous is None:
        return ""
    return nota_name(previous.id) if (root / REACTIONS_DIR / previous.id).is_dir() else ""


def amends(declared: Sequence[Milestone], milestone: Milestone) -> bool:
    """Whether the round amends a regeling in force: a milestone before it took effect."""
    index = declared.index(milestone)
    return any(m.in_force is not None for m in declared[:index])


def gemeente(
    deelnemer: SDeelnemer,
    catalog: SCatalog,
    plustaken: Sequence[str],
    data: Correspondence | None = None,
) -> Gemeente:
    """The gemeente as its raadsstukken name it. The raadsbesluit is signed by the griffier of
    deelnemers.yaml ('ondertekenaars') or else by the griffier brieven.yaml sends the copy to."""
    titles = {p.id: _in_sentence(p.title) for p in catalog.plustaken}
    signers = dict(deelnemer.ondertekenaars)
    address = data.addresses.get(deelnemer.id) if data else None
    if "griffier" not in signers and address is not None and address.griffier:
        signers["griffier"] = _without_title(address.griffier)
    return Gemeente(
        deelnemer.id,
        deelnemer.naam,
        deelnemer.gemeente,
        deelnemer.college,
        deelnemer.raad,
        deelnemer.burgemeester,
        signers,
        tuple(titles.get(p, p) for p in plustaken),
    )


def _without_title(name: str) -> str:
    """ "mw. J. (Janneke) Kool" → "J. (Janneke) Kool": under a signature the name stands alone."""
    for title in ("mw. ", "dhr. ", "mevrouw ", "de heer "):
        if name.startswith(title):
            return name[len(title) :]
    return name


def _in_sentence(title: str) -> str:
    """A title inside a sentence: "Schuldhulpverlening" → "schuldhulpverlening" (an
    abbreviation such as "Wmo" keeps its capital)."""
    if len(title) > 1 and title[1].isupper():
        return title
    return title[:1].lower() + title[1:]


def request_of(data: Correspondence | None, milestone: Milestone) -> Request:
    return data.requests.get(milestone.id, Request.REACTIE) if data else Request.REACTIE


def facts_for(
    *,
    milestone: Milestone,
    previous: Milestone | None,
    request: Request,
    amendment: bool,
    regeling: str,
    who: Gemeente,
    data: Correspondence | None,
    due: date,
    kenmerk: str,
    nota: str,
    own_documents: Sequence[str],
) -> Facts:
    meeting = data.meeting(milestone.id, who.id) if data else Meeting()
    sender = data.sender.naam if data else (milestone.author or "projectgroep")
    return Facts(
        milestone,
        previous,
        request,
        amendment,
        regeling,
        who,
        meeting,
        due,
        sender,
        kenmerk,
        nota,
        tuple(own_documents),
    )


def paperwork(
    facts: Facts,
    changed: Sequence[tuple[str, str]],
    finance: FinanceChanges | None,
    contributions: Contributions | None,
    enclosures: Sequence[str],
) -> dict[str, bytes]:
    """The three raadsstukken of one gemeente, by file name in its package."""
    besluit = raadsbesluit(facts)
    voorstel = raadsvoorstel(
        facts, besluit, changed, money(finance, contributions, facts), enclosures
    )
    return {
        f"{RAADSVOORSTEL}.docx": render_docx(voorstel),
        f"{RAADSBESLUIT}.docx": render_decision(besluit),
        f"{COLLEGEBESLUIT}.docx": render_decision(collegebesluit(facts)),
    }


def in_substance(counted: str) -> str:
    """What changed in a document, without the lists of renumbered articles and updated
    references (the transponeringstabel has those): a raad reads the changes in substance."""
    kept = [
        part
        for part in counted.split("; ")
        if not part.startswith(("vernummerd:", "verwijzing bijgewerkt:"))
    ]
    return "; ".join(kept) or "alleen vernummerd of verwijzingen bijgewerkt"


def titles(facts: Facts) -> list[str]:
    """How the letter lists the raadsstukken among its bijlagen."""
    what = "zienswijze" if facts.zienswijze else "toestemming"
    return [
        f"Raadsvoorstel {what}",
        f"Ontwerpbesluit van de raad ({what})",
        f"Ontwerpbesluit van het college ({what})",
    ]


def has_paperwork(request: Request) -> bool:
    return request in (Request.ZIENSWIJZE, Request.TOESTEMMING)
