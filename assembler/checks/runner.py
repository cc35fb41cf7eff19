"""Running the rules: build the context, apply recorded exceptions, format the findings."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from assembler import pipeline
from assembler.checks import (  # noqa: F401 - registers
    agreement,
    amendments,
    awb,
    consistency,
    drafting,
    explanation,
    facts,
    limits,
    numbers,
    organs,
    reactions,
    references,
    rounds,
    statutes,
    versions,
    votes,
    wgr,
)
from assembler.checks.base import FOUT, RULES, Context, Finding, finding, unique

JSON_VERSION = 1


def context(
    root: Path, version: str = "werkmap", between: tuple[str, str] | None = None
) -> Context:
    """What the rules look at: one version's sources and documents, and optionally a comparison
    (the pipeline's check phase, :func:`pipeline.check_context`)."""
    return pipeline.check_context(root, version, between)


def run(ctx: Context) -> list[Finding]:
    """Every finding of every rule, minus those switched off with a recorded reason."""
    found: list[Finding] = []
    for info in RULES.values():
        found.extend(info.check(ctx))
    ignored = _ignored(ctx)
    kept = [f for f in unique(found) if f.code not in ignored.get(f.target, set())]
    kept.extend(_unused_ignores(ctx, found))
    return sorted(kept, key=lambda f: (f.pos.path, f.pos.line, f.pos.col, f.code))


def _ignored(ctx: Context) -> dict[str, set[str]]:
    """Per provision id: the rules switched off for it (an article's exception covers its parts)."""
    result: dict[str, set[str]] = {}
    items = ctx.items()
    for ident, (fragment, _) in items.items():
        codes = {i.rule for i in fragment.ignore}
        if codes:
            result.setdefault(ident, set()).update(codes)
    for power in ctx.project.powers:
        if power.ignore:
            result.setdefault(power.id, set()).update(i.rule for i in power.ignore)
    for manifest in ctx.project.manifests.values():
        if manifest.ignore:
            result.setdefault(manifest.id, set()).update(i.rule for i in manifest.ignore)
    return result


def _unused_ignores(ctx: Context, found: Iterable[Finding]) -> list[Finding]:
    """An exception for a rule that does not fire there is stale: say so."""
    fired = {(f.target, f.code) for f in found}
    fired |= {(ctx.fragment_of(f.target).id, f.code) for f in found if ctx.fragment_of(f.target)}  # type: ignore[union-attr]
    stale = []
    owners = [(f.id, f.ignore) for f in ctx.project.fragments.values()]
    owners += [(p.id, p.ignore) for p in ctx.project.powers]
    owners += [(m.id, m.ignore) for m in ctx.project.manifests.values()]
    for owner, ignores in owners:
        for ignore in ignores:
            if ignore.rule not in RULES:
                stale.append(
                    finding(
                        "ALG01", ignore.pos, f"onbekende regel '{ignore.rule}' in 'negeer'", owner
                    )
                )
            elif (owner, ignore.rule) not in fired:
                stale.append(
                    finding(
                        "ALG02",
                        ignore.pos,
                        f"de uitzondering op {ignore.rule} is niet (meer) nodig: de regel geeft hier geen bevinding; haal haar weg",
                        owner,
                    )
                )
    return stale


def errors(findings: list[Finding]) -> int:
    return sum(1 for f in findings if f.severity == FOUT)


def human(findings: list[Finding]) -> str:
    """Grouped per file, one line per finding: position, severity, code, message."""
    if not findings:
        return "Geen bevindingen.\n"
    lines: list[str] = []
    current = None
    for f in findings:
        if f.pos.path != current:
            current = f.pos.path
            lines.append("")
            lines.append(current)
        lines.append(f"  {f.pos.line}:{f.pos.col}  {f.severity:<12} {f.code}  {f.message}")
    count_errors = errors(findings)
    warnings = len(findings) - count_errors
    lines.append("")
    lines.append(
        f"{count_errors} {'fout' if count_errors == 1 else 'fouten'}, {warnings} {'waarschuwing' if warnings == 1 else 'waarschuwingen'}."
    )
    return "\n".join(lines).lstrip("\n") + "\n"


def as_json(findings: list[Finding]) -> str:
    """The findings as JSON, in the shape of docs/controle-schema.json."""
    return (
        json.dumps(
            {
                "formaat": JSON_VERSION,
                "bevindingen": [
                    {
                        "code": f.code,
                        "ernst": f.severity,
                        "bericht": f.message,
                        "bestand": f.pos.path,
                        "regel": f.pos.line,
                        "kolom": f.pos.col,
                        "bepaling": f.target,
                        "document": f.document,
                    }
                    for f in findings
                ],
                "fouten": errors(findings),
                "waarschuwingen": len(findings) - errors(findings),
            },
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )


def rules_table() -> str:
    """The README's table of rules."""
    rows = ["| code | ernst | controle | bron |", "|---|---|---|---|"]
    rows += [
        f"| {r.code} | {r.severity} | {r.title} | {r.source} |"
        for r in sorted(RULES.values(), key=lambda r: r.code)
    ]
    return "\n".join(rows) + "\n"


__all__ = ["as_json", "context", "errors", "human", "rules_table", "run"]
