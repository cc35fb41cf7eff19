"""``negeer:`` in a source: a check switched off for one provision, always with a reason."""

from __future__ import annotations

from assembler.errors import Collector
from assembler.source.fields import Fields
from assembler.source.records import SIgnore
from assembler.source.yamlload import YMap


def load_ignores(item: YMap, problems: Collector) -> tuple[SIgnore, ...]:
    """``negeer: [{regel: TEK003, reden: "..."}]``; a missing reason is an error."""
    if "negeer" not in item:
        return ()
    raw = item["negeer"]
    if not isinstance(raw, list):
        problems.add(item.at("negeer"), "'negeer' is een lijst van {regel: <code>, reden: <tekst>}")
        return ()
    result = []
    for entry, pos in zip(raw, raw.item_pos, strict=True):  # type: ignore[attr-defined]
        if not isinstance(entry, YMap):
            problems.add(pos, "een uitzondering is {regel: <code>, reden: <tekst>}")
            continue
        f = Fields(entry, problems, "de uitzondering")
        rule, reason = f.text("regel"), f.text("reden")
        if rule and not reason.strip():
            problems.add(entry.pos, f"een uitzondering op {rule} vraagt een reden")
        result.append(SIgnore(rule, reason, entry.pos))
        f.done()
    return tuple(result)
