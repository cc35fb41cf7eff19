"""The toelichting of an article against the article itself: the same terms, percentages,
minimum numbers, frequencies and fractions; the general toelichting against all articles.

A toelichting repeats what its article says in other words ("De raden hebben twaalf weken om een
zienswijze te geven"). When an article is changed and its toelichting is not, the two contradict
each other, and a reader does not know which one holds. The rule compares, per article, the
quantities of one kind (weeks, percentages, "ten minste N deelnemers") in the toelichting with
those in the leden. Only sentences that speak for the article itself are read: a sentence that
cites another provision or recalls an earlier state of the law may name other numbers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from assembler.checks.base import FOUT, Context, Finding, finding, rule
from assembler.checks.fact_passages import Passage, passages
from assembler.checks.numerals import NUMBER, value, weeks

# A sentence that cites another provision or the past may name another number.
_ELSEWHERE = re.compile(
    r"\b(?:artikel|artikelen|bedoeld|wet|voorheen|vroeger|destijds|oorspronkelijk|was|waren|"
    r"gold|golden|in plaats van|anders dan|tot 1 juli 2022)\b",
    re.IGNORECASE,
)
_PERCENT = re.compile(rf"\b({NUMBER}(?:,\d+)?)\s*(?:%|procent)", re.IGNORECASE)
_AT_LEAST = re.compile(
    rf"\bten minste ({NUMBER})(?: van de {NUMBER})? (?:\w+ ){{0,2}}?"
    r"(deelnemers|colleges|gemeenten|leden|raden)\b",
    re.IGNORECASE,
)


def _weeks(sentence: str) -> Iterator[tuple[str, str]]:
    for found in weeks(sentence):
        yield found.phrase, f"{found.number} weken"


def _percentages(sentence: str) -> Iterator[tuple[str, str]]:
    for match in _PERCENT.finditer(sentence):
        number = match.group(1)
        amount = number if number[:1].isdigit() else str(value(number))
        yield match.group(0), f"{amount} procent"


# In a regeling of colleges the deelnemers, their colleges and their gemeenten count alike.
_SAME_COUNT = {"colleges": "deelnemers", "gemeenten": "deelnemers", "raden": "deelnemers"}


def _minimums(sentence: str) -> Iterator[tuple[str, str]]:
    for match in _AT_LEAST.finditer(sentence):
        who = match.group(2).lower()
        yield match.group(0), f"ten minste {value(match.group(1))} {_SAME_COUNT.get(who, who)}"


_TIMES = {"eenmaal": 1, "tweemaal": 2, "driemaal": 3, "viermaal": 4, "zesmaal": 6}
_FREQUENCY = re.compile(
    rf"\b(?:(?P<word>{'|'.join(_TIMES)})|(?P<n>{NUMBER})\s+(?:keer|maal))\s+"
    r"(?P<per>per\s+(?:jaar|kalenderjaar|maand|kwartaal|week)|in\s+de\s+\w+\s+jaar)\b",
    re.IGNORECASE,
)
_FRACTION = re.compile(
    r"\b(?P<a>een|één|twee|drie|vier)\s+(?P<b>derde|vierde|vijfde|kwart)\b", re.IGNORECASE
)
_DENOMINATOR = {"derde": 3, "vierde": 4, "kwart": 4, "vijfde": 5}


def _frequencies(sentence: str) -> Iterator[tuple[str, str]]:
    for match in _FREQUENCY.finditer(sentence):
        word = match.group("word")
        times = _TIMES[word.lower()] if word else value(match.group("n"))
        yield match.group(0), f"{times} keer {' '.join(match.group('per').lower().split())}"


def _fractions(sentence: str) -> Iterator[tuple[str, str]]:
    for match in _FRACTION.finditer(sentence):
        numerator = value(match.group("a"))
        yield match.group(0), f"{numerator}/{_DENOMINATOR[match.group('b').lower()]}"


_KINDS: tuple[tuple[str, Callable[[str], Iterator[tuple[str, str]]]], ...] = (
    ("termijn", _weeks),
    ("percentage", _percentages),
    ("minimum", _minimums),
    ("frequentie", _frequencies),
    ("breuk", _fractions),
)
# What the general toelichting of a document may not contradict in any of its articles: the
# minimum numbers of deelnemers and the fractions of the votes (a term or a percentage there may
# be of another law or of the past).
_DOCUMENT_KINDS = ("minimum", "breuk")


Said = tuple[Passage, str, str]  # the passage, the phrase as written, the quantity it says


def _said(
    kind: Callable[[str], Iterator[tuple[str, str]]], group: list[Passage], *, notes: bool
) -> list[Said]:
    """What the passages say of one kind; in a toelichting not what cites elsewhere."""
    return [
        (p, phrase, said)
        for p in group
        for sentence in p.sentences()
        if not (notes and _ELSEWHERE.search(sentence))
        for phrase, said in kind(sentence)
    ]


def _unit(said: str) -> str:
    """What a quantity counts, without its number: "ten minste # deelnemers"."""
    return re.sub(r"\d+(?:[,/]\d+)?", "#", said)


def _as_written(items: list[Said]) -> str:
    """The phrases of the articles as written, once each, smallest first: "'twee derde'"."""
    first: dict[str, str] = {}
    for _, phrase, said in items:
        first.setdefault(said, " ".join(phrase.split()))
    return " of ".join(f"'{first[s]}'" for s in sorted(first, key=_number))


def _number(said: str) -> float:
    match = re.search(r"\d+(?:,\d+)?", said)
    return float(match.group(0).replace(",", ".")) if match else 0.0


def _article_findings(article_id: str, group: list[Passage]) -> Iterator[Finding]:
    leden = [p for p in group if p.target != article_id]
    notes = [p for p in group if p.target == article_id]
    for name, kind in _KINDS:
        in_leden = _said(kind, leden, notes=False)
        stated = {said for _, _, said in in_leden}
        if not stated or not notes:
            continue  # the article says nothing of this kind: the toelichting may add to it
        in_notes = _said(kind, notes, notes=True)
        explained = {said for _, _, said in in_notes}
        unexplained = [item for item in in_leden if item[2] not in explained]
        listed = _as_written(in_leden)
        for note, phrase, said in in_notes:
            if said in stated:
                continue
            yield finding(
                "GET11",
                note.pos(phrase),
                f"de toelichting noemt '{phrase}', maar het artikel zelf {listed}; maak"
                f" toelichting en artikel gelijk ({name})",
                article_id,
                note.doc.id if note.doc is not None else "",
            )
            # Either side may be the one that was changed: the lid that the toelichting does not
            # repeat is reported too, when there is exactly one.
            if len(unexplained) == 1:
                lid, lid_phrase, _ = unexplained[0]
                yield finding(
                    "GET11",
                    lid.pos(lid_phrase),
                    f"het artikel noemt '{lid_phrase}', maar de toelichting '{phrase}'; maak"
                    f" toelichting en artikel gelijk ({name})",
                    lid.target,
                    lid.doc.id if lid.doc is not None else "",
                )


@rule(
    "GET11",
    FOUT,
    "de toelichting van een artikel noemt dezelfde termijn, hetzelfde percentage, minimum ('ten"
    " minste vijf deelnemers'), dezelfde frequentie ('twee keer per jaar') en breuk ('twee"
    " derde') als het artikel zelf; de algemene toelichting geen minimum of breuk die geen"
    " artikel noemt",
    "samenhang van de tekst (toelichting en artikel)",
)
def explanation_matches_article(ctx: Context) -> Iterator[Finding]:
    groups: dict[tuple[str, str], list[Passage]] = {}
    seen_manifests: dict[str, str] = {}
    owners: dict[str, dict[str, str]] = {}  # per document: provision id -> article id
    for passage in passages(ctx):
        doc = passage.doc
        if doc is None:
            continue
        # A document per deelnemer repeats the same fragments: read the first one only.
        if seen_manifests.setdefault(doc.manifest, doc.id) != doc.id:
            continue
        if doc.id not in owners:
            owners[doc.id] = {
                ident: article.id
                for article in doc.articles
                for lid in article.leden
                for ident in (
                    article.id,
                    lid.id,
                    *(o.id for o in lid.onderdelen),
                    *(s.id for o in lid.onderdelen for s in o.subonderdelen),
                )
            }
        article_id = owners[doc.id].get(passage.target)
        if article_id is not None:
            groups.setdefault((doc.id, article_id), []).append(passage)
    for (_, article_id), group in groups.items():
        yield from _article_findings(article_id, group)
    yield from _document_findings(groups, [p for p in passages(ctx) if _general(p, seen_manifests)])


def _general(passage: Passage, seen: dict[str, str]) -> bool:
    """A passage of the general toelichting (or aanhef, bijlage) of a document read once."""
    doc = passage.doc
    return doc is not None and passage.target == doc.manifest and seen.get(doc.manifest) == doc.id


def _document_findings(
    groups: dict[tuple[str, str], list[Passage]], general: list[Passage]
) -> Iterator[Finding]:
    """The general toelichting against all articles of its document: a minimum or fraction it
    names that no article states, where the articles state one of that kind."""
    for name, kind in _KINDS:
        if name not in _DOCUMENT_KINDS:
            continue
        for note, phrase, said in _said(kind, general, notes=True):
            doc_id = note.doc.id if note.doc is not None else ""
            leden = [
                p
                for (d, article_id), group in groups.items()
                if d == doc_id
                for p in group
                if p.target != article_id
            ]
            # Only of the same unit: "ten minste vier deelnemers" against deelnemers, not leden.
            in_leden = [i for i in _said(kind, leden, notes=False) if _unit(i[2]) == _unit(said)]
            if not in_leden or said in {s for _, _, s in in_leden}:
                continue
            listed = _as_written(in_leden)
            yield finding(
                "GET11",
                note.pos(phrase),
                f"de algemene toelichting noemt '{phrase}', maar de artikelen {listed}; maak"
                f" toelichting en artikelen gelijk ({name})",
                note.target,
                doc_id,
            )
