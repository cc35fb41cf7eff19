"""Terms and limits inside one text: a term an article refers back to is a term it sets (GET12),
and a cap on what lies above a defined limit lies above that limit (GET13).

Both read the leden of the articles (:func:`.reading.passages`) and report at the words that
state the wrong number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from assembler.checks.base import FOUT, Context, Finding, finding, rule
from assembler.checks.numerals import NUMBER, value
from assembler.checks.reading import Passage, article_passages, locate

_UNITS = {
    "dag": "dagen",
    "dagen": "dagen",
    "week": "weken",
    "weken": "weken",
    "maand": "maanden",
    "maanden": "maanden",
    "jaar": "jaar",
    "jaren": "jaar",
}
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_DURATION = re.compile(rf"\b(?P<n>{NUMBER})\s+(?P<unit>{_UNIT})\b", re.IGNORECASE)
# "de termijn van zes maanden", "die periode van twee jaar": a term the text set before.
_BACK = re.compile(
    rf"\b(?:de|die|deze)\s+(?:termijn|periode)\s+van\s+(?P<n>{NUMBER})\s+(?P<unit>{_UNIT})\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Duration:
    passage: Passage
    start: int
    end: int
    amount: int
    unit: str


def _durations(passage: Passage) -> Iterator[_Duration]:
    for match in _DURATION.finditer(passage.text):
        yield _Duration(
            passage,
            match.start(),
            match.end(),
            value(match.group("n")),
            _UNITS[match.group("unit").lower()],
        )


def _articles(ctx: Context) -> dict[tuple[str, str], list[Passage]]:
    """The leden and onderdelen of every article, per (document, article number)."""
    articles: dict[tuple[str, str], list[Passage]] = {}
    for doc_id, parts in article_passages(ctx).items():
        for passage in parts:
            if passage.article:
                articles.setdefault((doc_id, passage.article), []).append(passage)
    return articles


@rule(
    "GET12",
    FOUT,
    "een termijn waarnaar een artikel terugverwijst ('de termijn van zes maanden') is een"
    " termijn die het artikel stelt",
    "samenhang van de tekst",
)
def back_references_to_terms(ctx: Context) -> Iterator[Finding]:
    for (doc_id, number), parts in _articles(ctx).items():
        stated = [d for p in parts for d in _durations(p)]
        for passage in parts:
            for match in _BACK.finditer(passage.text):
                amount = value(match.group("n"))
                unit = _UNITS[match.group("unit").lower()]
                others = [
                    d
                    for d in stated
                    if d.unit == unit
                    and not (d.passage is passage and match.start() <= d.start < match.end())
                ]
                # Set nowhere in the article: the term may be another article's.
                if not others or any(d.amount == amount for d in others):
                    continue
                named = sorted({_words_of(d) for d in others})
                yield finding(
                    "GET12",
                    locate(ctx, passage, match.start(), match.end()),
                    f"'{match.group(0)}' verwijst naar een termijn die artikel {number} niet"
                    f" stelt: het artikel noemt {' en '.join(named)}; noem dezelfde termijn",
                    passage.target,
                    doc_id,
                )


def _words_of(duration: _Duration) -> str:
    """The words that state ``duration`` ("twaalf maanden")."""
    return duration.passage.text[duration.start : duration.end]


_PERCENT = r"(?P<{}>\d+(?:,\d+)?)\s+(?:procent|%)"
# "inkomensgrens: 110 procent van de bijstandsnorm" in a begripsbepaling.
_DEFINED_LIMIT = re.compile(
    r"^\s*(?P<term>[a-zà-ÿ][\w -]{2,40}?)\s*:\s*(?:een\s+inkomen\s+van\s+)?"
    + _PERCENT.format("m")
    + r"\s+van\s+de\s+(?P<base>[\w-]+)",
    re.IGNORECASE,
)
_CAP = r"(?:niet hoger (?:is |was |ligt |is geweest )?dan|ten hoogste|maximaal|tot)"


def _number(text: str) -> float:
    return float(text.replace(",", "."))


@rule(
    "GET13",
    FOUT,
    "een bovengrens voor wat boven een gedefinieerde grens ligt, ligt zelf boven die grens"
    " ('hoger dan de inkomensgrens, mits niet hoger dan 105 procent' bij een grens van 110"
    " procent)",
    "samenhang van de tekst (een bepaling die nooit van toepassing kan zijn)",
)
def caps_above_defined_limits(ctx: Context) -> Iterator[Finding]:
    for doc_id, parts in article_passages(ctx).items():
        limits = [m for p in parts if (m := _DEFINED_LIMIT.match(p.text))]
        for limit in limits:
            term, base = limit.group("term").strip(), limit.group("base")
            above = re.compile(rf"\bhoger\b[^.;]*?\bdan\s+de\s+{re.escape(term)}\b", re.I)
            cap = re.compile(
                rf"\b{_CAP}\s+{_PERCENT.format('n')}\s+van\s+de\s+{re.escape(base)}\b", re.I
            )
            for passage in parts:
                if not above.search(passage.text):
                    continue
                for match in cap.finditer(passage.text):
                    if _number(match.group("n")) > _number(limit.group("m")):
                        continue
                    yield finding(
                        "GET13",
                        locate(ctx, passage, match.start(), match.end()),
                        f"'{match.group(0)}' ligt niet boven de {term} ({limit.group('m')}"
                        f" procent van de {base}), terwijl de zin gaat over wat hoger is dan de"
                        f" {term}: de bepaling kan nooit van toepassing zijn; noem een hoger"
                        " percentage",
                        passage.target,
                        doc_id,
                    )
