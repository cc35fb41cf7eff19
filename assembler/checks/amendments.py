"""After a milestone took effect: what the wijzigingsbesluiten of the next round need.

Once the regeling is in force, every change is adopted as an instrument (``assembler
wijziging``). These rules look at the instruments that would turn the text in force into the
version checked (``ctx.amended``, built in the pipeline's check phase) and say, at the source
that causes it, what would make an instrument wrong or weaker than it should be. They are
silent before any milestone took effect.
"""

from __future__ import annotations

from collections.abc import Iterator

from assembler.amend.instrument import AMENDMENT_TOPIC, INTEGRAL_SHARE, Amended, Instrument
from assembler.checks.base import FOUT, WAARSCHUWING, Context, Finding, finding, rule
from assembler.errors import Pos
from assembler.history import UNCOMMITTED
from assembler.model.nodes import Document


def _manifest_pos(ctx: Context, doc: Document) -> Pos:
    manifest = ctx.project.manifests.get(doc.manifest)
    return manifest.pos if manifest else ctx.project.settings.pos


def _provision_pos(ctx: Context, doc: Document, provisions: tuple[str, ...]) -> Pos:
    """The fragment of the first provision an instruction concerns that still exists."""
    for ident in provisions:
        if ctx.fragment_of(ident) is not None:
            return ctx.pos_of(ident)
    return _manifest_pos(ctx, doc)


def _instruments(ctx: Context) -> Iterator[tuple[Amended, Instrument]]:
    for item in ctx.amended:
        yield item, item.instrument


@rule(
    "WIJ01",
    FOUT,
    "na de inwerkingtreding heeft een gewijzigde regeling een artikel over haar wijziging"
    " (onderwerp 'wijziging'), waarop het wijzigingsbesluit berust",
)
def amendment_article(ctx: Context) -> Iterator[Finding]:
    for item, _made in _instruments(ctx):
        doc = item.new
        if doc.kind != "regeling":
            continue
        own = [
            a
            for a in doc.articles
            if a.id in ctx.project.fragments
            and AMENDMENT_TOPIC in ctx.project.fragments[a.id].topics
        ]
        if not own:
            yield finding(
                "WIJ01",
                _manifest_pos(ctx, doc),
                f"{doc.title} is gewijzigd sinds {ctx.in_force}, maar geen artikel heeft het"
                f" onderwerp '{AMENDMENT_TOPIC}': het wijzigingsbesluit kan in 'gelet op' niet"
                " naar het artikel van de regeling over haar wijziging verwijzen",
                doc.id,
                doc.id,
            )


@rule(
    "WIJ02",
    WAARSCHUWING,
    "een wijziging die een groot deel van de tekst raakt, wordt als integrale tekst vastgesteld"
    " (assembler wijziging --integraal)",
)
def integral_advised(ctx: Context) -> Iterator[Finding]:
    for item, made in _instruments(ctx):
        if made.changed_share > INTEGRAL_SHARE:
            share = round(made.changed_share * 100)
            yield finding(
                "WIJ02",
                _manifest_pos(ctx, item.new),
                f"sinds {ctx.in_force} is {share}% van de tekst van {item.new.title} gewijzigd"
                f" (meer dan {round(INTEGRAL_SHARE * 100)}%): stel de regeling opnieuw vast met"
                " 'assembler wijziging --integraal'; losse wijzigingsopdrachten zijn dan"
                " moeilijk te volgen",
                item.new.id,
                item.new.id,
            )


@rule(
    "WIJ03",
    FOUT,
    "na de inwerkingtreding heeft elk onderdeel van een wijzigingsbesluit een reden voor de"
    " artikelsgewijze toelichting (het bericht van een commit)",
)
def instruction_has_reason(ctx: Context) -> Iterator[Finding]:
    for item, made in _instruments(ctx):
        provisions = {i.letter: i.provisions for i in made.instructions}
        for explanation in made.explanations:
            reasons = [r for r in explanation.reasons if r.strip() and r != UNCOMMITTED]
            if reasons:
                continue
            pending = UNCOMMITTED in explanation.reasons
            what = f"onderdeel {explanation.letter}" if explanation.letter else "de wijziging"
            if explanation.concerns:
                what += f" ({explanation.concerns})"
            how = (
                "de wijziging staat alleen in de werkmap; leg haar vast in een commit waarvan"
                " het bericht de reden noemt"
                if pending
                else "geen commit noemt een reden; noem die in het bericht van de commit"
            )
            yield finding(
                "WIJ03",
                _provision_pos(ctx, item.new, provisions.get(explanation.letter, ())),
                f"{what} van {made.title} heeft geen reden voor de toelichting: {how}",
                item.new.id,
                item.new.id,
            )
