"""Consistency across documents: plustaken, the register of powers, the keys and the verordeningen.

A plustaak that a deelnemer takes needs powers in the register, a task with a distribution key,
and a decision of that deelnemer's college that transfers the powers; a key covers exactly the
deelnemers that take part in its task; a verordening that the raden adopt exists once per raad.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assembler.checks.base import FOUT, Context, Finding, finding, rule
from assembler.checks.fact_passages import passages
from assembler.model.generated import plustaak_powers
from assembler.model.templates import opsomming
from assembler.source.records import SDeelnemer, SKey, SManifest, SPlustaak

_TRANSFER = "plustaakbevoegdheden"


def _takers(ctx: Context, plustaak: str) -> list[SDeelnemer]:
    """The deelnemers that take a plustaak, in the order of deelnemers.yaml."""
    return [
        d
        for d in ctx.project.deelnemers
        if plustaak in ctx.project.choices.get(d.id, {}).get("plustaken", ())
    ]


def _taken(ctx: Context) -> Iterator[tuple[SPlustaak, list[SDeelnemer]]]:
    """Every plustaak of keuzes.yaml that at least one deelnemer takes, with its takers."""
    for plustaak in ctx.project.catalog.plustaken:
        takers = _takers(ctx, plustaak.id)
        if takers:
            yield plustaak, takers


def _names(deelnemers: list[SDeelnemer]) -> str:
    return ", ".join(d.naam for d in deelnemers)


@rule("SAM01", FOUT, "elke plustaak die een deelnemer afneemt, heeft bevoegdheden in het register")
def plustaak_has_powers(ctx: Context) -> Iterator[Finding]:
    for plustaak, takers in _taken(ctx):
        if not plustaak_powers(ctx.project.powers, [plustaak.id]):
            yield finding(
                "SAM01",
                plustaak.pos,
                f"plustaak '{plustaak.id}' wordt afgenomen door {_names(takers)}, maar het"
                " bevoegdhedenregister bevat geen bevoegdheid die een college daarvoor overdraagt"
                " of mandateert; voeg in clausules/delegatie/ of clausules/mandaat/ de"
                f" bevoegdheden toe met 'deelnemers: {{plustaak: {plustaak.id}}}'",
                plustaak.id,
            )


@rule("SAM02", FOUT, "elke plustaak die een deelnemer afneemt, heeft een taak met verdeelsleutel")
def plustaak_has_key(ctx: Context) -> Iterator[Finding]:
    finance = ctx.project.finance
    keyed = {t.key.plustaak for t in finance.tasks} if finance is not None else set()
    for plustaak, takers in _taken(ctx):
        if plustaak.id not in keyed:
            yield finding(
                "SAM02",
                plustaak.pos,
                f"plustaak '{plustaak.id}' wordt afgenomen door {_names(takers)}, maar geen taak in"
                " de financiën verdeelt de kosten ervan over de afnemers; voeg in"
                " clausules/financien/ een taak toe met een sleutel met"
                f" 'plustaak: {plustaak.id}'",
                plustaak.id,
            )


def _participants(ctx: Context, key: SKey) -> list[str]:
    if key.plustaak is None:
        return [d.id for d in ctx.project.deelnemers]
    return [d.id for d in _takers(ctx, key.plustaak)]


@rule(
    "SAM03",
    FOUT,
    "een vaste of urensleutel noemt precies de deelnemers die aan de taak meedoen",
)
def key_covers_participants(ctx: Context) -> Iterator[Finding]:
    if ctx.project.finance is None:
        return
    for task in ctx.project.finance.tasks:
        key = task.key
        if key.kind not in ("vast", "uren"):
            continue  # a key "naar" a dataset takes the values of the participants only
        participants = _participants(ctx, key)
        extra = [d for d in key.shares if d not in participants]
        absent = [d for d in participants if d not in key.shares]
        if not extra and not absent:
            continue
        who = f"de afnemers van plustaak '{key.plustaak}'" if key.plustaak else "alle deelnemers"
        verb = "meedoen" if len(extra) > 1 else "meedoet"
        problems = [f"noemt {', '.join(extra)}, die niet {verb}" if extra else ""]
        problems.append(f"mist {', '.join(absent)}" if absent else "")
        table = "de uren" if key.kind == "uren" else "de percentages"
        yield finding(
            "SAM03",
            key.pos,
            f"de verdeelsleutel van taak '{task.id}' {' en '.join(p for p in problems if p)};"
            f" aan deze taak doen {who} mee ({', '.join(participants)}): laat {table} precies"
            " die deelnemers noemen",
            task.id,
        )


def _plustaken(chosen: list[str] | tuple[str, ...]) -> str:
    return ("de plustaken " if len(chosen) > 1 else "de plustaak ") + ", ".join(chosen)


def _transfers(manifest: SManifest) -> bool:
    """A decision per deelnemer with the table of the powers it transfers for its plustaken."""
    return manifest.per_deelnemer and any(b.generate == _TRANSFER for b in manifest.bijlagen)


@rule(
    "SAM04",
    FOUT,
    "elke deelnemer met een plustaak heeft een besluit dat de bevoegdheden daarvoor overdraagt",
)
def plustaak_transfer_decision(ctx: Context) -> Iterator[Finding]:
    deciding = {m.id for m in ctx.project.manifests.values() if _transfers(m)}
    decided = {doc.deelnemer for doc in ctx.documents if doc.manifest in deciding}
    for deelnemer in ctx.project.deelnemers:
        chosen = ctx.project.choices.get(deelnemer.id, {}).get("plustaken", ())
        if chosen and deelnemer.id not in decided:
            yield finding(
                "SAM04",
                deelnemer.pos,
                f"{deelnemer.naam} neemt {_plustaken(chosen)} af, maar er is geen"
                " besluit van het college dat de bevoegdheden daarvoor overdraagt; voeg een manifest"
                " toe met 'per_deelnemer: true' en een bijlage met 'genereer: plustaakbevoegdheden'"
                " (zie regelingen/besluit-plustaken.yaml)",
                deelnemer.id,
            )


def _raad_verordeningen(ctx: Context) -> Iterator[SManifest]:
    for manifest in ctx.project.manifests.values():
        if manifest.kind == "verordening" and "raad" in manifest.organs:
            yield manifest


@rule("SAM05", FOUT, "een verordening die de raden vaststellen, is een document per deelnemer")
def raad_verordening_per_deelnemer(ctx: Context) -> Iterator[Finding]:
    for manifest in _raad_verordeningen(ctx):
        if not manifest.per_deelnemer:
            yield finding(
                "SAM05",
                manifest.pos,
                f"'{manifest.title}' wordt vastgesteld door de raad, maar is één document voor alle"
                " deelnemers; in een collegeregeling stelt iedere raad zijn eigen verordening vast:"
                " zet 'per_deelnemer: true'",
                manifest.id,
            )


@rule("SAM06", FOUT, "een verordening die de raden vaststellen, bestaat voor elke deelnemer")
def raad_verordening_for_all(ctx: Context) -> Iterator[Finding]:
    for manifest in _raad_verordeningen(ctx):
        if not manifest.per_deelnemer:
            continue  # SAM05
        present = {doc.deelnemer for doc in ctx.documents if doc.manifest == manifest.id}
        missing = [d for d in ctx.project.deelnemers if d.id not in present]
        if missing:
            yield finding(
                "SAM06",
                manifest.pos,
                f"'{manifest.title}' ontbreekt voor {_names(missing)}; iedere raad moet de"
                " verordening vaststellen: laat het manifest een document voor elke deelnemer"
                " maken (haal 'alleen_met_plustaken' weg)",
                manifest.id,
            )


# "Bij de start nemen Dordrecht en Zwijndrecht de schuldhulpverlening af": a sentence that says
# who takes a plustaak. Coordinated clauses (", en Papendrecht de huishoudelijke hulp") are read
# one by one.
_TAKES = re.compile(r"\b(?:neemt|nemen|afneemt|afnemen|afgenomen|afnam|afnamen)\b", re.IGNORECASE)
_CLAUSE = re.compile(r",\s+en\s+|;\s+|,\s+terwijl\s+")


def _mentions(plustaak: SPlustaak) -> tuple[str, ...]:
    """How a text names a plustaak: its title, the first two words of it, its id in words."""
    title = plustaak.title.lower()
    words = title.split()
    return tuple(
        dict.fromkeys(
            [title, " ".join(words[:2]) if len(words) > 1 else title, plustaak.id.replace("-", " ")]
        )
    )


@rule(
    "SAM08",
    FOUT,
    "een tekst die zegt welke deelnemers een plustaak afnemen ('nemen Dordrecht en Zwijndrecht"
    " de schuldhulpverlening af'), noemt alleen deelnemers die haar volgens deelnemers.yaml"
    " afnemen",
    "samenhang van de tekst en deelnemers.yaml",
)
def named_takers_take(ctx: Context) -> Iterator[Finding]:
    names = {d.naam: d for d in ctx.project.deelnemers}
    plustaken = ctx.project.catalog.plustaken
    seen: set[tuple[str, str]] = set()
    for passage in passages(ctx):
        for sentence in passage.sentences():
            if not _TAKES.search(sentence):
                continue
            for clause in _CLAUSE.split(sentence):
                lowered = clause.lower()
                if re.search(r"\b(?:geen|niet|nog niet)\b", lowered):
                    continue  # "Sliedrecht neemt geen schuldhulpverlening af"
                named = [n for n in names if re.search(rf"\b{re.escape(n)}\b", clause)]
                taken = [p for p in plustaken if any(m in lowered for m in _mentions(p))]
                for plustaak in taken:
                    takers = {d.id for d in _takers(ctx, plustaak.id)}
                    for name in named:
                        if names[name].id in takers or (passage.target, name) in seen:
                            continue
                        seen.add((passage.target, name))
                        yield finding(
                            "SAM08",
                            passage.pos(name),
                            f"de tekst zegt dat {name} de plustaak '{plustaak.title}' afneemt,"
                            " maar volgens deelnemers.yaml nemen alleen"
                            f" {opsomming([d.naam for d in _takers(ctx, plustaak.id)])} haar af",
                            passage.target,
                            passage.doc.id if passage.doc is not None else "",
                        )
