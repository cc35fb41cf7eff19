"""Between two versions: every changed article has a reason and a toelichting that kept up.

These rules only speak when the check compares two versions (``ctx.compared``). The reasons of
an article are the subjects of the commits that changed its fragment or placed it in the
document; a change in the working tree that is not committed yet has no reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assembler import labels
from assembler.changeset import Entry
from assembler.checks.base import FOUT, WAARSCHUWING, Context, Finding, finding, rule
from assembler.diff.changes import Kind
from assembler.errors import Pos
from assembler.flow.redline import Redline
from assembler.history import UNCOMMITTED
from assembler.model.nodes import Article, Document

TEXT_CHANGED = (Kind.CHANGED, Kind.MOVED_CHANGED, Kind.INSERTED)
_SHA = re.compile(r"[0-9a-f]{40}")


def _changes(ctx: Context) -> Iterator[tuple[Redline, Entry]]:
    for redline in ctx.compared:
        for change in redline.changes:
            yield redline, change


def _once(findings: Iterator[Finding]) -> Iterator[Finding]:
    """One finding per article: the per-deelnemer documents share their articles."""
    seen: set[tuple[str, str]] = set()
    for f in findings:
        key = (f.target, str(f.pos))
        if key not in seen:
            seen.add(key)
            yield f


def _short(version: str) -> str:
    """A commit sha is shown as git shows it; a milestone, tag or 'werkmap' as written."""
    return version[:12] if _SHA.fullmatch(version) else version


def _round(ctx: Context) -> str:
    old, new = ctx.versions or ("de oude versie", "de nieuwe versie")
    return f"tussen {_short(old)} en {_short(new)}"


def _number(change: Entry) -> str:
    return change.new_number or change.old_number


def _name(change: Entry) -> str:
    """ "artikel 7 (Stemverhouding)", or the part: "Bijlage 2: Bevoegdheden"."""
    if change.is_article:
        return f"artikel {_number(change)} ({change.title})"
    return labels.what(change)


def _document(redline: Redline) -> Document | None:
    return redline.new or redline.old


def _where(ctx: Context, redline: Redline, change: Entry) -> Pos:
    """The article's fragment; for an article that is gone, the manifest it was taken out of."""
    if ctx.fragment_of(change.id) is not None:
        return ctx.pos_of(change.id)
    document = _document(redline)
    manifest = ctx.project.manifests.get(document.manifest) if document else None
    return manifest.pos if manifest else ctx.project.settings.pos


def _finding(ctx: Context, code: str, redline: Redline, change: Entry, message: str) -> Finding:
    document = _document(redline)
    return finding(
        code, _where(ctx, redline, change), message, change.id, document.id if document else ""
    )


@rule(
    "VER01",
    FOUT,
    "tussen twee versies heeft elk gewijzigd artikel en onderdeel een reden (het bericht van"
    " een commit)",
)
def change_has_reason(ctx: Context) -> Iterator[Finding]:
    return _once(_missing_reasons(ctx))


def _missing_reasons(ctx: Context) -> Iterator[Finding]:
    for redline, change in _changes(ctx):
        if not change.kind.substantive:
            continue
        reasons = [r for r in change.reasons if r.strip() and r != UNCOMMITTED]
        if reasons:
            continue
        if UNCOMMITTED in change.reasons:
            how = (
                "de wijziging staat alleen in de werkmap; leg haar vast in een commit waarvan het"
                " bericht de reden noemt (bijvoorbeeld 'n.a.v. zienswijze ...: ...')"
            )
        else:
            how = (
                "geen commit noemt een reden; leg de reden vast in het bericht van de commit"
                " (bijvoorbeeld 'n.a.v. zienswijze ...: ...') en herschrijf zo nodig een commit"
                " zonder bericht voordat de mijlpaal wordt vastgelegd"
            )
        yield _finding(
            ctx,
            "VER01",
            redline,
            change,
            f"{_name(change)} is {labels.kind(change.kind)} {_round(ctx)}, zonder reden: {how}",
        )


def _article(document: Document | None, ident: str) -> Article | None:
    return next((a for a in document.articles if a.id == ident), None) if document else None


def _toelichting_touched(redline: Redline, change: Entry) -> bool:
    old = _article(redline.old, change.id)
    new = _article(redline.new, change.id)
    if change.kind is Kind.INSERTED or old is None or new is None:
        return True  # a new article brings its own toelichting (TEK09 checks that it has one)
    return old.toelichting != new.toelichting


@rule(
    "VER02",
    WAARSCHUWING,
    "tussen twee versies is de toelichting bij elk artikel met gewijzigde tekst bijgewerkt, of"
    " bevestigd met 'negeer'",
)
def toelichting_touched(ctx: Context) -> Iterator[Finding]:
    return _once(_stale_toelichtingen(ctx))


def _stale_toelichtingen(ctx: Context) -> Iterator[Finding]:
    for redline, change in _changes(ctx):
        if not change.is_article or change.kind not in TEXT_CHANGED:
            continue
        if _toelichting_touched(redline, change):
            continue
        yield _finding(
            ctx,
            "VER02",
            redline,
            change,
            f"de tekst van artikel {_number(change)} ({change.title}) is gewijzigd {_round(ctx)},"
            " maar de toelichting bij het artikel niet; werk de toelichting bij, of bevestig dat"
            " zij nog juist is met 'negeer: [{regel: VER02, reden: \"toelichting is nog juist\"}]'"
            " in het fragment",
        )
