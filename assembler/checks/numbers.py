"""Numbers against numbers: counts, quorums, seats, votes and dates in the text, checked against
each other, against ``deelnemers.yaml`` and against the milestones.

Every rule reads the passages a reader reads (:mod:`.fact_passages`) and reports at the phrase
that states the number.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator

from assembler.checks.base import FOUT, Context, Finding, finding, rule
from assembler.checks.fact_passages import Passage, passages
from assembler.checks.numerals import NUMBER, WORDS, dates, value
from assembler.model.dates import dutch_date

# A count of municipalities: not "een"/"één", which is also the article "a".
_COUNT = r"(?:\d+|" + "|".join(sorted((w for w in WORDS if value(w) > 1), key=len, reverse=True))
_COUNT += ")"
_MEMBERS = r"(?:deelnemers|deelnemende gemeenten|gemeenten|colleges|raden|rekenkamers|\w+gemeenten)"
_DEFINITE = re.compile(
    rf"\b(?P<lead>de|alle|van|voor|deze|die|nemen|werken)\s+(?P<n>{_COUNT})\s+(?P<noun>{_MEMBERS})\b"
    r"(?P<next>\s+\w+)?",
    re.IGNORECASE,
)
# Words after "de twee gemeenten" that make it a part of the deelnemers, not all of them.
_RESTRICTIVE = {"die", "dat", "met", "waarvan", "welke", "uit", "in", "zonder", "buiten", "onder"}
# A sentence about some of the deelnemers ("voor twee gemeenten die de plustaak afnemen").
_SUBSET = re.compile(r"\b(plustaak|plustaken|afnemen|afneemt|sommige|enkele)\b", re.IGNORECASE)
_PART_OF = re.compile(rf"\b(?P<part>{NUMBER})\s+van\s+de\s+(?P<n>{NUMBER})\b", re.IGNORECASE)
# A part of the deelnemers ("vijf van de zeven (colleges)"), not of something else: "vier van de
# veertien stemmen" counts votes.
_PART_OF_MEMBERS = re.compile(
    _PART_OF.pattern + r"(?!\s+(?:stemmen|stem|zetels|leden|weken|maanden|jaar|jaren|dagen"
    r"|procent|euro|uren|artikelen|onderdelen)\b)",
    re.IGNORECASE,
)
_AT_LEAST = re.compile(
    rf"\bten minste\s+(?P<n>{NUMBER})\s+(?P<noun>deelnemers|gemeenten|colleges)\b", re.IGNORECASE
)
_SEATS = re.compile(
    rf"\b(?P<n>{NUMBER})\s+(?:lid|leden)\s+per\s+deelnemer\b"
    rf"|\b(?:ieder|elk)\s+college\s+wijst\s+(?:uit zijn midden\s+)?(?P<m>{NUMBER})\s+(?:lid|leden)\b",
    re.IGNORECASE,
)
_AT_MOST = r"(?:ten hoogste|niet meer dan|nooit meer dan|maximaal|hoogstens)"
# A cap on the votes of a lid, in the ways a drafter writes it: "ten hoogste drie stemmen",
# "geen lid brengt meer dan drie stemmen uit", "het aantal stemmen per lid is ten hoogste drie".
_VOTE_CAPS = (
    re.compile(rf"\b{_AT_MOST}\s+(?P<n>{NUMBER})\s+stem(?:men)?\b", re.IGNORECASE),
    re.compile(
        rf"\bgeen\s+(?:lid|deelnemer)\b[^.;:]*?\bmeer\s+dan\s+(?P<n>{NUMBER})\s+stem(?:men)?\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\bstemmen\b[^.;:]{{0,40}}?\b(?:{_AT_MOST}|bedraagt\s+{_AT_MOST}?)\s*"
        rf"(?P<n>{NUMBER})\b(?!\s*(?:procent|%|derde|kwart|vijfde|van\b))",
        re.IGNORECASE,
    ),
)
_TOTAL = re.compile(r"\b(?:totaal|totale|samen|alle leden|in het geheel)\b", re.IGNORECASE)
_VOTES = re.compile(rf"\b(?P<n>{NUMBER})\s+stem(?:men)?\b", re.IGNORECASE)
_IN_FORCE = re.compile(r"\bin werking\b", re.IGNORECASE)


def _count(ctx: Context) -> int:
    return len(ctx.project.deelnemers)


def _in_doc(passage: Passage) -> str:
    return passage.doc.id if passage.doc is not None else ""


@rule(
    "GET01",
    FOUT,
    "het aantal deelnemers in woorden of cijfers ('de zeven gemeenten', 'vijf van de zeven')"
    " is het aantal in deelnemers.yaml",
    "samenhang van de tekst en deelnemers.yaml",
)
def member_counts(ctx: Context) -> Iterator[Finding]:
    count = _count(ctx)
    for passage in passages(ctx):
        for sentence in passage.sentences():
            parts = [m.span() for m in _PART_OF_MEMBERS.finditer(sentence)]
            for match in _DEFINITE.finditer(sentence):
                if any(start < match.end() and match.start() < end for start, end in parts):
                    continue  # "vijf van de zeven colleges": reported once, below
                number = value(match.group("n"))
                after = (match.group("next") or "").strip().lower()
                if number == count or (number < count and after in _RESTRICTIVE):
                    continue
                lead = match.group("lead").lower()
                if number < count and (
                    lead in ("die", "deze")
                    or (lead in ("van", "voor") and _SUBSET.search(sentence))
                ):
                    continue
                phrase = match.group(0)[: match.end("noun") - match.start()]
                yield finding(
                    "GET01",
                    passage.pos(phrase),
                    f"'{phrase}': de regeling heeft {count} deelnemers (deelnemers.yaml), niet"
                    f" {number}",
                    passage.target,
                    _in_doc(passage),
                )
            for match in _PART_OF_MEMBERS.finditer(sentence):
                number = value(match.group("n"))
                if number != count and value(match.group("part")) <= number:
                    yield finding(
                        "GET01",
                        passage.pos(match.group(0)),
                        f"'{match.group(0)}': de regeling heeft {count} deelnemers"
                        f" (deelnemers.yaml), niet {number}",
                        passage.target,
                        _in_doc(passage),
                    )


@rule(
    "GET02",
    FOUT,
    "een meerderheid of quorum vraagt niet meer deelnemers dan er zijn ('ten minste acht"
    " deelnemers' bij zeven, 'acht van de zeven')",
    "samenhang van de tekst en deelnemers.yaml",
)
def quorum_within_members(ctx: Context) -> Iterator[Finding]:
    count = _count(ctx)
    for passage in passages(ctx):
        for sentence in passage.sentences():
            for match in _AT_LEAST.finditer(sentence):
                if value(match.group("n")) > count:
                    yield finding(
                        "GET02",
                        passage.pos(match.group(0)),
                        f"'{match.group(0)}' is meer dan de {count} deelnemers: dat besluit kan"
                        " nooit worden genomen",
                        passage.target,
                        _in_doc(passage),
                    )
            for match in _PART_OF.finditer(sentence):
                if value(match.group("part")) > value(match.group("n")):
                    yield finding(
                        "GET02",
                        passage.pos(match.group(0)),
                        f"'{match.group(0)}': het deel is groter dan het geheel",
                        passage.target,
                        _in_doc(passage),
                    )


_DB_SIZE = re.compile(
    rf"\bdagelijks bestuur bestaat uit (?P<vz>de voorzitter en )?(?P<n>{NUMBER}) (?:andere )?leden\b",
    re.IGNORECASE,
)
_MEMBERS_AT_LEAST = re.compile(
    rf"\bten minste (?P<n>{NUMBER}) (?:van de )?(?:aanwezige )?leden\b", re.IGNORECASE
)


def _per_document(ctx: Context, kinds: tuple[str, ...] = ()) -> dict[str, list[Passage]]:
    """The passages of each document (of these kinds, if given), in reading order."""
    per_doc: dict[str, list[Passage]] = {}
    for passage in passages(ctx):
        doc = passage.doc
        if doc is not None and (not kinds or doc.kind in kinds):
            per_doc.setdefault(doc.id, []).append(passage)
    return per_doc


def _board_sizes(ctx: Context, doc_passages: list[Passage]) -> dict[str, int]:
    """The number of members of each board, where the text states it."""
    sizes: dict[str, int] = {}
    for passage in doc_passages:
        for sentence in passage.sentences():
            if (db := _DB_SIZE.search(sentence)) is not None:
                sizes["dagelijks bestuur"] = value(db.group("n")) + (1 if db.group("vz") else 0)
            if (seats := _SEATS.search(sentence)) is not None and "algemeen bestuur" in sentence:
                per = value(seats.group("n") or seats.group("m"))
                sizes["algemeen bestuur"] = per * _count(ctx)
    return sizes


@rule(
    "GET08",
    FOUT,
    "een quorum of meerderheid vraagt niet meer leden dan het bestuur heeft ('ten minste vier"
    " leden' van een dagelijks bestuur van drie)",
    "samenhang van de tekst en deelnemers.yaml",
)
def quorum_within_board(ctx: Context) -> Iterator[Finding]:
    for doc_passages in _per_document(ctx).values():
        sizes = _board_sizes(ctx, doc_passages)
        for passage in doc_passages:
            for sentence in passage.sentences():
                for match in _MEMBERS_AT_LEAST.finditer(sentence):
                    board = next((b for b in sizes if b in sentence.lower()), None)
                    if board is not None and value(match.group("n")) > sizes[board]:
                        yield finding(
                            "GET08",
                            passage.pos(match.group(0)),
                            f"'{match.group(0)}' is meer dan de {sizes[board]} leden van het"
                            f" {board}: dat quorum wordt nooit gehaald",
                            passage.target,
                            _in_doc(passage),
                        )


@rule(
    "GET03",
    FOUT,
    "het aantal leden per deelnemer in het algemeen bestuur is in elk artikel hetzelfde",
    "samenhang van de tekst",
)
def seats_agree(ctx: Context) -> Iterator[Finding]:
    said: dict[str, list[tuple[Passage, str, int]]] = {}
    for passage in passages(ctx):
        if passage.doc is None:
            continue
        for sentence in passage.sentences():
            for match in _SEATS.finditer(sentence):
                number = value(match.group("n") or match.group("m"))
                said.setdefault(passage.doc.id, []).append((passage, match.group(0), number))
    for statements in said.values():
        counts = Counter(number for _, _, number in statements)
        if len(counts) < 2:
            continue
        # The number most places say is taken as meant; the others contradict it (on a tie,
        # every side is reported).
        (most, times), (_, runner_up) = counts.most_common(2)
        meant = next(phrase for _, phrase, number in statements if number == most)
        for passage, phrase, number in statements:
            if number == most and times > runner_up:
                continue
            other = meant if number != most else next(p for _, p, n in statements if n != most)
            assert passage.doc is not None
            yield finding(
                "GET03",
                passage.pos(phrase),
                f"'{phrase}' spreekt '{other}' elders in het document tegen; noem één aantal"
                " leden per deelnemer",
                passage.target,
                passage.doc.id,
            )


@rule(
    "GET04",
    FOUT,
    "geen stemmenaantal boven het maximum dat de tekst zelf stelt ('ten hoogste drie stemmen')",
    "samenhang van de tekst",
)
def votes_within_cap(ctx: Context) -> Iterator[Finding]:
    per_doc: dict[str, list[tuple[Passage, str]]] = {}
    for passage in passages(ctx):
        if passage.doc is not None:
            per_doc.setdefault(passage.doc.id, []).extend((passage, s) for s in passage.sentences())
    for sentences in per_doc.values():
        caps = [
            (value(m.group("n")), m.group(0))
            for _, s in sentences
            for pattern in _VOTE_CAPS
            for m in pattern.finditer(s)
        ]
        if not caps:
            continue
        cap, said = min(caps)
        for passage, sentence in sentences:
            if any(p.search(sentence) for p in _VOTE_CAPS) or "ten minste" in sentence.lower():
                continue
            if _TOTAL.search(sentence):
                continue  # "in totaal veertien stemmen": the board's votes, not one lid's
            for match in _VOTES.finditer(sentence):
                if sentence[match.end() :].lstrip().startswith(":"):
                    continue  # "leidt tot veertien stemmen: vier voor ..., twee voor ..."
                if value(match.group("n")) > cap:
                    yield finding(
                        "GET04",
                        passage.pos(match.group(0)),
                        f"'{match.group(0)}' is meer dan '{said}' elders in het document",
                        passage.target,
                        _in_doc(passage),
                    )


def _adoption(ctx: Context, day: dt.date) -> tuple[dt.date, dt.date | None, str]:
    """The date a text of a version dated ``day`` cannot take effect before, the recorded date of
    entry into force, and what the date is: the first milestone in force once adopted, else the
    version's own date."""
    adopted = next((m for m in ctx.milestones if m.in_force is not None), None)
    if adopted is not None and day >= adopted.date:
        return adopted.date, adopted.in_force, f"de vaststelling ({adopted.name})"
    return day, None, "de datum van deze versie"


@rule(
    "GET05",
    FOUT,
    "de inwerkingtreding in de tekst ligt niet vóór de vaststelling (mijlpalen.yaml) en is bij"
    " de regeling de datum 'in_werking' van de mijlpaal",
    "samenhang van de tekst en mijlpalen.yaml",
)
def in_force_after_adoption(ctx: Context) -> Iterator[Finding]:
    for passage in passages(ctx):
        doc = passage.doc
        if doc is None or doc.kind not in ("regeling", "verordening", "besluit"):
            continue
        adopted, in_force, what = _adoption(ctx, doc.version.date)
        for sentence in passage.sentences():
            if not _IN_FORCE.search(sentence) or "treedt" not in sentence.lower():
                continue
            for found in dates(sentence):
                day = found.date
                if day is None:
                    continue
                if day < adopted:
                    yield finding(
                        "GET05",
                        passage.pos(found.phrase),
                        f"de inwerkingtreding op {dutch_date(day)} ligt vóór {what} op"
                        f" {dutch_date(adopted)}",
                        passage.target,
                        doc.id,
                    )
                elif doc.kind == "regeling" and in_force is not None and day != in_force:
                    yield finding(
                        "GET05",
                        passage.pos(found.phrase),
                        f"de regeling treedt volgens de tekst in werking op {dutch_date(day)},"
                        f" maar volgens mijlpalen.yaml op {dutch_date(in_force)}",
                        passage.target,
                        doc.id,
                    )


# The size of the dagelijks bestuur as a text states it, beside the article that sets it
# (_DB_SIZE): "het dagelijks bestuur telt drie leden", "een dagelijks bestuur van drie leden",
# "de drie leden van het dagelijks bestuur".
_DB_SIZE_SAID = (
    re.compile(rf"\bdagelijks bestuur\s+(?:telt|heeft)\s+(?P<n>{NUMBER})\s+leden\b", re.IGNORECASE),
    re.compile(rf"\bdagelijks bestuur\s+(?P<n>{NUMBER})\s+leden\s+telt\b", re.IGNORECASE),
    re.compile(rf"\bdagelijks bestuur\s+van\s+(?P<n>{NUMBER})\s+leden\b", re.IGNORECASE),
    re.compile(
        rf"\b(?:de|alle)\s+(?P<n>{NUMBER})\s+leden\s+van\s+het\s+dagelijks bestuur\b", re.IGNORECASE
    ),
    # "Het dagelijks bestuur is een compact bestuur van drie leden, onder wie de voorzitter."
    re.compile(
        rf"\bdagelijks bestuur\b[^.;:]*?\b(?<!algemeen )bestuur\s+van\s+(?P<n>{NUMBER})\s+leden\b",
        re.IGNORECASE,
    ),
)


@rule(
    "GET09",
    FOUT,
    "het aantal leden van het dagelijks bestuur is overal in de tekst hetzelfde als in het"
    " artikel dat het vaststelt",
    "samenhang van de tekst",
)
def board_size_agrees(ctx: Context) -> Iterator[Finding]:
    for doc_passages in _per_document(ctx).values():
        size = _board_sizes(ctx, doc_passages).get("dagelijks bestuur")
        if size is None:
            continue
        differing: list[tuple[Passage, str]] = []
        for passage in doc_passages:
            for sentence in passage.sentences():
                for pattern in _DB_SIZE_SAID:
                    for match in pattern.finditer(sentence):
                        if value(match.group("n")) != size:
                            differing.append((passage, match.group(0)))
        for passage, said in differing:
            yield finding(
                "GET09",
                passage.pos(said),
                f"'{said}': volgens de regeling bestaat het dagelijks bestuur uit {size} leden;"
                " noem overal hetzelfde aantal",
                passage.target,
                _in_doc(passage),
            )
        # The other side of the contradiction: the article that sets the size.
        setting = next(
            (
                (passage, found.group(0))
                for passage in doc_passages
                for sentence in passage.sentences()
                if (found := _DB_SIZE.search(sentence)) is not None
            ),
            None,
        )
        if differing and setting is not None:
            passage, said = setting
            yield finding(
                "GET09",
                passage.pos(said),
                f"'{said}' ({size} leden) spreekt '{differing[0][1]}' elders in de tekst tegen;"
                " noem overal hetzelfde aantal",
                passage.target,
                _in_doc(passage),
            )


_FIRST_TIME = re.compile(
    r"\bvoor het eerst\s+(?:in|op|per|vóór|uiterlijk in|uiterlijk op)\s+"
    r"(?:(?P<day>\d{1,2})\s+(?P<month>[a-z]+)\s+)?(?:het jaar\s+)?(?P<year>\d{4})\b",
    re.IGNORECASE,
)


def _in_force_of(ctx: Context, doc_passages: list[Passage]) -> dt.date | None:
    """The date the document takes effect: the milestone's 'in_werking', else its text's."""
    adopted = next((m for m in ctx.milestones if m.in_force is not None), None)
    if adopted is not None and adopted.in_force is not None:
        return adopted.in_force
    for passage in doc_passages:
        for sentence in passage.sentences():
            if _IN_FORCE.search(sentence) and "treedt" in sentence.lower():
                for found in dates(sentence):
                    if found.date is not None:
                        return found.date
    return None


@rule(
    "GET10",
    FOUT,
    "wat de regeling 'voor het eerst' laat gebeuren (een evaluatie, een verslag), valt niet vóór"
    " haar inwerkingtreding",
    "samenhang van de tekst en mijlpalen.yaml",
)
def first_time_after_entry_into_force(ctx: Context) -> Iterator[Finding]:
    for doc_passages in _per_document(ctx, ("regeling", "verordening", "besluit")).values():
        in_force = _in_force_of(ctx, doc_passages)
        if in_force is None:
            continue
        for passage in doc_passages:
            for sentence in passage.sentences():
                for match in _FIRST_TIME.finditer(sentence):
                    if int(match.group("year")) < in_force.year:
                        yield finding(
                            "GET10",
                            passage.pos(match.group(0)),
                            f"'{match.group(0)}' ligt vóór de inwerkingtreding op"
                            f" {dutch_date(in_force)}",
                            passage.target,
                            _in_doc(passage),
                        )
