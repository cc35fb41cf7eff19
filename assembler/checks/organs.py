"""Which organ decides: the dagelijks bestuur does not adopt what the regeling keeps from it.

A regeling lists what the algemeen bestuur cannot transfer to the dagelijks bestuur ("met
uitzondering van: de vaststelling van de begroting ...; de vaststelling van de jaarrekening").
A sentence elsewhere in which the dagelijks bestuur adopts one of those, or adopts something "bij
de vaststelling van de begroting", contradicts that list (SAM07).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assembler.checks.base import FOUT, Context, Finding, finding, rule
from assembler.checks.reading import Passage, article_passages, listed_after, locate

# The lid that opens the list: "... bevoegdheden overdragen aan het dagelijks bestuur, met
# uitzondering van:".
_KEEPS = re.compile(
    r"\bover(?:dragen|draagt)\b[^.]*\bdagelijks bestuur\b[^.]*\bmet uitzondering van\s*:\s*$",
    re.IGNORECASE,
)
_ADOPTION = re.compile(r"\bde vaststelling van (?:de |het )?(?P<what>[\w-]+)", re.IGNORECASE)
# "Het dagelijks bestuur stelt ... vast ...": the dagelijks bestuur as the one who adopts.
_DB_ADOPTS = re.compile(
    r"(?:^|[.;]\s+)(?P<subject>het dagelijks bestuur)\s+stelt\b(?P<object>[^.;]*?)\bvast\b"
    r"(?P<rest>[^.;]*)",
    re.IGNORECASE,
)


def _kept(parts: list[Passage]) -> set[str]:
    """What the algemeen bestuur keeps ("begroting", "jaarrekening"), read from the list."""
    return {
        m.group("what").lower()
        for items in listed_after(parts, _KEEPS)
        for item in items
        for m in _ADOPTION.finditer(item.text)
    }


@rule(
    "SAM07",
    FOUT,
    "het dagelijks bestuur stelt niet vast wat de regeling het algemeen bestuur laat houden (de"
    " begroting, de jaarrekening), ook niet iets 'bij de vaststelling van de begroting'",
    "samenhang van de tekst (de bevoegdheden die het algemeen bestuur niet overdraagt)",
)
def board_keeps_its_adoptions(ctx: Context) -> Iterator[Finding]:
    for doc_id, parts in article_passages(ctx).items():
        kept = _kept(parts)
        if not kept:
            continue
        words = "|".join(re.escape(k) for k in sorted(kept))
        direct = re.compile(rf"^\s*(?:de|het)\s+(?P<what>{words})\b", re.IGNORECASE)
        during = re.compile(rf"\bbij de vaststelling van (?:de|het)\s+(?P<what>{words})\b", re.I)
        for passage in parts:
            for match in _DB_ADOPTS.finditer(passage.text):
                hit = direct.match(match.group("object")) or during.search(
                    match.group("object") + match.group("rest")
                )
                if hit is None:
                    continue
                what = hit.group("what").lower()
                yield finding(
                    "SAM07",
                    locate(ctx, passage, match.start("subject"), match.end("subject")),
                    f"'{match.group('subject')}' stelt hier iets vast bij of als de vaststelling"
                    f" van de {what}, maar die blijft volgens de regeling bij het algemeen"
                    " bestuur (de bevoegdheden die het niet overdraagt); schrijf 'het algemeen"
                    " bestuur'",
                    passage.target,
                    doc_id,
                )
