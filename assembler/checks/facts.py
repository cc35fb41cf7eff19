"""The text against the law in force at the version's date (the table ``rechtsfeiten.yaml``).

Every passage a reader reads is compared with the facts that applied on the reference date of its
version (the milestone's date, or the date of the working tree): repealed and renamed laws, the
terms and deadlines of the Wgr, wordings the law contradicts. A fact that was not checked against
the law gives a warning instead of an error. One rule reads the regeling as a whole: an exhaustive
list of the decisions on which the raden give a zienswijze must not be contradicted elsewhere.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from assembler.checks.base import FOUT, RULES, WAARSCHUWING, Context, Finding, rule
from assembler.checks.fact_passages import Passage, passages
from assembler.checks.legal_facts import Fact, Kind, Period, facts
from assembler.checks.numerals import dates, weeks
from assembler.checks.reading import Passage as ReadPassage
from assembler.checks.reading import Place, locate
from assembler.errors import Pos
from assembler.model.dates import MONTHS, dutch_date
from assembler.model.nodes import Article, Document, Lid, Ref, plain
from assembler.source.records import SPower

# The word before a date: "vóór 15 juli" ends the day before, "uiterlijk 15 juli" on it.
_LEAD = re.compile(r"\b(vóór|voor|uiterlijk|op)\s+$", re.IGNORECASE)


def _at(
    code: str, verified: bool, passage: Passage, phrase: str, message: str, source: str
) -> Finding:
    severity = RULES[code].severity if verified else WAARSCHUWING
    note = "" if verified else " (dit feit is niet nagekeken tegen de wettekst)"
    return Finding(
        code,
        severity,
        f"{message} [{source}]{note}",
        passage.pos(phrase),
        passage.target,
        passage.doc.id if passage.doc is not None else "",
    )


# A sentence that speaks of the time before a law was repealed.
_PAST = re.compile(
    r"\b(?:tot|vóór)\s+(?:die datum|dat moment|de inwerkingtreding|\d{1,2}\s+\w+\s+\d{4})\b"
    r"[^.;]*\b(?:was|waren|gold|golden|werd|werden)\b"
    r"|\b(?:was|waren|gold|golden)\b[^.;]*\b(?:tot|vóór)\s+(?:die datum|\d{1,2}\s+\w+\s+\d{4})\b"
    r"|\b(?:voorheen|vroeger|destijds)\b",
    re.IGNORECASE,
)


def _reference_date(ctx: Context, passage: Passage) -> dt.date | None:
    """The date the text speaks from: its version's date (register rows: the first document's)."""
    if passage.doc is not None:
        return passage.doc.version.date
    return ctx.documents[0].version.date if ctx.documents else None


@rule(
    "FEI01",
    FOUT,
    "een vervallen of hernoemde wet wordt na de datum waarop zij verviel niet meer aangehaald"
    " (de Wob na 1 mei 2022, de Wet werk en bijstand na 1 januari 2015); een waarschuwing waar"
    " het feit niet is nagekeken",
    "rechtsfeiten.yaml: Wet open overheid; Invoeringswet Participatiewet",
)
def repealed_laws(ctx: Context) -> Iterator[Finding]:
    laws = facts().laws
    for passage in passages(ctx):
        day = _reference_date(ctx, passage)
        if day is None:
            continue
        for law in laws:
            if day < law.repealed:
                continue
            names = [re.escape(law.name), *(rf"\b{re.escape(a)}\b" for a in law.abbreviations)]
            successor = [law.successor, *law.successor_abbreviations]
            for sentence in passage.sentences():
                if any(re.search(rf"\b{re.escape(s)}\b", sentence) for s in successor):
                    continue  # a historical mention: "de Woo, die de Wob heeft vervangen"
                if _PAST.search(sentence):
                    continue  # "Tot die datum was de Wob de grondslag": the past, not the law now
                match = re.search("|".join(names), sentence)
                if match is None:
                    continue
                yield _at(
                    "FEI01",
                    law.verified,
                    passage,
                    match.group(0),
                    f"'{match.group(0)}' is sinds {dutch_date(law.repealed)} vervallen of"
                    f" hernoemd; deze versie ({dutch_date(day)}) noemt de {law.successor}",
                    law.source,
                )


def _last_day(month: int, day: int, before: bool) -> dt.date:
    """The last allowed day in a common year: "vóór 15 juli" is 14 juli, "uiterlijk 15 juli" 15."""
    last = dt.date(2001, month, day)
    return last - dt.timedelta(days=1) if before else last


# A sentence that continues the previous one's subject: "Voor een zienswijze over de uittreding
# krijgen de raden de tijd. De termijn is vier weken."
_ANAPHORA = re.compile(
    r"^(?:de|die|deze|daarvoor|hiervoor|daarbij|hierbij|zij|ze)\b[^.]*\btermijn", re.IGNORECASE
)


def _about(fact: Fact, sentences: list[str]) -> Iterator[str]:
    """The sentences that speak about the fact: on their own, or as the continuation of the
    sentence before them."""
    for i, sentence in enumerate(sentences):
        if fact.about(sentence) or (
            i > 0 and _ANAPHORA.search(sentence) and fact.about(f"{sentences[i - 1]} {sentence}")
        ):
            yield sentence


def _term_findings(passage: Passage, fact: Fact, period: Period) -> Iterator[Finding]:
    for sentence in _about(fact, list(passage.sentences())):
        if fact.kind is Kind.WEEKS:
            for found in weeks(sentence):
                if found.number < period.weeks:
                    yield _at(
                        "FEI02",
                        period.verified,
                        passage,
                        found.phrase,
                        f"{fact.subject}: '{found.phrase}' is korter dan de {period.weeks} weken"
                        " die de wet geeft op de datum van deze versie",
                        period.source,
                    )
        else:
            month, day = period.deadline
            allowed = _last_day(month, day, before=True)
            for found in dates(sentence):
                start = sentence.find(found.phrase)
                lead = _LEAD.search(sentence[:start])
                before = lead is not None and lead.group(1).lower() in ("vóór", "voor")
                if _last_day(found.month, found.day, before) > allowed:
                    law = f"vóór {day} {MONTHS[month - 1]}"
                    said = f"{lead.group(1)} {found.phrase}" if lead else found.phrase
                    yield _at(
                        "FEI02",
                        period.verified,
                        passage,
                        found.phrase,
                        f"{fact.subject}: '{said}' is later dan de wet toestaat ({law})",
                        period.source,
                    )


@rule(
    "FEI02",
    FOUT,
    "termijnen en uiterste data volgen de wet op de datum van de versie: zienswijze op de"
    " ontwerpbegroting, begroting en jaarrekening aan Gedeputeerde Staten, kaders en voorlopige"
    " jaarrekening aan de raden, zienswijze op wijziging, toetreding en uittreding; een"
    " waarschuwing waar het feit niet is nagekeken",
    "Wgr, artikelen 1, 34, 34b en 35 (rechtsfeiten.yaml)",
)
def terms_and_deadlines(ctx: Context) -> Iterator[Finding]:
    table = (*facts().of(Kind.WEEKS), *facts().of(Kind.DEADLINE))
    for passage in passages(ctx):
        day = _reference_date(ctx, passage)
        if day is None:
            continue
        for fact in table:
            period = fact.at(day)
            if period is not None:
                yield from _term_findings(passage, fact, period)


@rule(
    "FEI03",
    FOUT,
    "geen formulering die de wet tegenspreekt: volmacht en machtiging onder artikel 10:12 Awb,"
    " artikel 10:15 Awb niet als grondslag, geen delegatie aan een ondergeschikte in de tekst,"
    " de zienswijze van iedere raad op toetreding en uittreding, na delegatie geen beslissing"
    " van het college op bezwaar, 'namens' de mandaatgever",
    "Awb, artikelen 10:8, 10:10, 10:12, 10:14, 10:15, 10:16 en 10:17; Wgr, artikel 1"
    " (rechtsfeiten.yaml)",
)
def contradicted_wordings(ctx: Context) -> Iterator[Finding]:
    table = facts().of(Kind.WORDING)
    for passage in passages(ctx):
        day = _reference_date(ctx, passage)
        if day is None:
            continue
        for fact in table:
            period = fact.at(day)
            if period is None or fact.pattern is None:
                continue
            for sentence in passage.sentences():
                if (match := fact.contradiction(sentence)) is not None:
                    yield _at(
                        "FEI03",
                        period.verified,
                        passage,
                        match.group(0),
                        f"{fact.subject}: '{match.group(0)}': {fact.message}",
                        period.source,
                    )
    yield from _register_volmacht(ctx)
    yield from _register_articles(ctx)
    yield from concept_articles(ctx)


_AWB_MANDATE = re.compile(r"\b10:(?:[1-9]|1[01])\b")
# Title 10.1 Awb: mandaat 10:1-10:11, volmacht and machtiging 10:12, delegatie 10:13-10:20.
_AWB_REF = re.compile(
    r"\b(?:artikel|artikelen)\s+(?P<group>10:\d+[a-z]?(?:\s*(?:,|en|of|tot\s+en\s+met)\s*10:\d+[a-z]?)*)",
    re.IGNORECASE,
)
_AWB_NUMBER = re.compile(r"10:(\d+)")
_CONCEPT = re.compile(
    r"\b(?P<word>ondermandaat|mandaat|volmacht|machtiging|delegatie|gedelegeerde?|overdracht"
    r"|overgedragen)\b",
    re.IGNORECASE,
)


class _Concept:
    """What a concept of title 10.1 Awb needs among the articles cited for it."""

    MANDAAT = ("mandaat", range(1, 12), "voor mandaat gelden de artikelen 10:1 tot en met 10:11")
    VOLMACHT = ("volmacht", range(12, 13), "voor volmacht en machtiging geldt artikel 10:12")
    DELEGATIE = (
        "delegatie",
        range(13, 21),
        "voor delegatie gelden de artikelen 10:13 tot en met 10:20",
    )


def _concept_of(word: str) -> tuple[str, range, str]:
    word = word.lower()
    if word in ("volmacht", "machtiging"):
        return _Concept.VOLMACHT
    if word in ("mandaat", "ondermandaat"):
        return _Concept.MANDAAT
    return _Concept.DELEGATIE


def _awb_mismatch(grondslag: str, concept: tuple[str, range, str]) -> str | None:
    """The Awb articles cited, when none of them belongs to the concept (else None)."""
    numbers = [int(n) for n in _AWB_NUMBER.findall(grondslag)]
    if not numbers or any(n in concept[1] for n in numbers):
        return None
    return ", ".join(f"10:{n}" for n in numbers)


def _in_grondslag(ctx: Context, power: SPower, words: str) -> Pos:
    """Where ``words`` of a register row's 'grondslag' stand in its file."""
    text = power.grondslag
    start = text.find(words)
    if start < 0:
        return power.pos
    passage = ReadPassage(None, Place.REGISTER, power.id, text, power.pos)
    return locate(ctx, passage, start, start + len(words))


def _register_articles(ctx: Context) -> Iterator[Finding]:
    """A mandaat row cites a mandate article, a delegatie row a delegation article (volmacht
    and machtiging: :func:`_register_volmacht`)."""
    for power in ctx.project.powers:
        if power.soort not in ("mandaat", "delegatie"):
            continue
        grondslag = power.grondslag.lower()
        if "awb" not in grondslag and "algemene wet bestuursrecht" not in grondslag:
            continue
        concept = _concept_of(power.soort)
        cited = _awb_mismatch(power.grondslag, concept)
        if cited is not None:
            yield Finding(
                "FEI03",
                FOUT,
                f"bevoegdheid '{power.id}': {power.soort} met artikel {cited} Awb, maar"
                f" {concept[2]} Awb; pas 'grondslag' aan [Awb, titel 10.1]",
                _in_grondslag(ctx, power, cited.split(", ")[0]),
                power.id,
            )


def concept_articles(ctx: Context) -> list[Finding]:
    """In the text: the Awb article cited for mandaat, volmacht, machtiging or delegatie is one
    of that concept ("volmacht als bedoeld in artikel 10:13" is wrong: 10:12). Collected once per
    run: FEI06 leaves these places to FEI03."""
    if "concept-articles" not in ctx.memo:
        ctx.memo["concept-articles"] = list(_concept_articles(ctx))
    result: list[Finding] = ctx.memo["concept-articles"]
    return result


def _concept_articles(ctx: Context) -> Iterator[Finding]:
    for passage in passages(ctx):
        for sentence in passage.sentences():
            for match in _AWB_REF.finditer(sentence):
                # The concept the reference belongs to: the nearest before it, in its clause.
                clause = re.split(r"[;:]", sentence[: match.start()])[-1][-120:]
                concepts = list(_CONCEPT.finditer(clause))
                if not concepts:
                    # "verleent op grond van artikel 10:14 Awb machtiging": the word may follow.
                    after = re.split(r"[;:,]", sentence[match.end() :])[0][:60]
                    concepts = list(_CONCEPT.finditer(after))[:1]
                if not concepts:
                    continue
                concept = _concept_of(concepts[-1].group("word"))
                cited = _awb_mismatch(match.group("group"), concept)
                if cited is None or (concept is _Concept.VOLMACHT and _AWB_MANDATE.search(cited)):
                    continue  # volmacht under a mandate article: the table's wording rule
                yield _at(
                    "FEI03",
                    True,
                    passage,
                    match.group(0),
                    f"{concepts[-1].group('word')} met artikel {cited} Awb: dat artikel gaat over"
                    f" iets anders; {concept[2]} Awb",
                    "Awb, titel 10.1",
                )


def _register_volmacht(ctx: Context) -> Iterator[Finding]:
    """A register row of volmacht or machtiging cites 10:12 Awb, not a mandate article."""
    for power in ctx.project.powers:
        if power.soort not in ("volmacht", "machtiging"):
            continue
        match = _AWB_MANDATE.search(power.grondslag)
        cited = "awb" in power.grondslag.lower() and "10:12" not in power.grondslag
        if match is not None and cited:  # "10:4 en 10:12 Awb" is right: 10:12 applies 10:4
            yield Finding(
                "FEI03",
                FOUT,
                f"bevoegdheid '{power.id}': een {power.soort} valt onder artikel 10:12 Awb, niet"
                f" onder artikel {match.group(0)}; noem 10:12 in 'grondslag' [Awb, artikel 10:12]",
                _in_grondslag(ctx, power, match.group(0)),
                power.id,
            )


_EXHAUSTIVE = re.compile(r"\bniet om een zienswijze gevraagd\b", re.IGNORECASE)
_BOARD_ASKS = re.compile(r"\bhet (algemeen|dagelijks) bestuur\b", re.IGNORECASE)


def _refs(lid: Lid) -> set[str]:
    targets = {n.target for n in lid.content if isinstance(n, Ref)}
    for onderdeel in lid.onderdelen:
        targets |= {n.target for n in onderdeel.content if isinstance(n, Ref)}
        for sub in onderdeel.subonderdelen:
            targets |= {n.target for n in sub.content if isinstance(n, Ref)}
    return targets


def _text(lid: Lid) -> str:
    parts = [plain(lid.content)] + [plain(o.content) for o in lid.onderdelen]
    return " ".join(parts)


def _zienswijze_findings(ctx: Context, doc: Document) -> Iterator[Finding]:
    def article_of(ident: str) -> str:
        fragment = ctx.fragment_of(ident)
        return fragment.id if fragment is not None else ident

    leden = [(article, lid) for article in doc.articles for lid in article.leden]
    exhaustive = [(a, lid) for a, lid in leden if _EXHAUSTIVE.search(_text(lid))]
    if not exhaustive:
        return
    article, clause = exhaustive[0]
    listed = {lid.id for _, lid in leden if lid.id in _refs(clause)} or {clause.id}
    covered = {article.id}
    for _, lid in leden:
        if lid.id in listed:
            covered |= {article_of(t) for t in _refs(lid)}
    for other, lid in leden:
        text = _text(lid)
        if other.id in covered or "zienswijze" not in text or "raden" not in text:
            continue
        if not _BOARD_ASKS.search(text) or {article_of(t) for t in _refs(lid)} & covered:
            continue  # not the board asking, or about a decision the list names
        yield Finding(
            "FEI04",
            FOUT,
            f"artikel {other.number} laat het bestuur de raden om een zienswijze vragen, maar"
            f" artikel {article.number} zegt dat de raden over andere besluiten dan de opgesomde"
            " niet om een zienswijze worden gevraagd; neem dit besluit op in de opsomming van"
            f" artikel {article.number}",
            ctx.pos_of(lid.id),
            lid.id,
            doc.id,
        )


@rule(
    "FEI04",
    FOUT,
    "de opsomming van besluiten waarover de raden een zienswijze geven, is uitputtend: geen"
    " ander artikel laat het bestuur de raden om een zienswijze vragen over een besluit dat er"
    " niet in staat",
    "Wgr sinds 1 juli 2022 (de regeling noemt de zienswijzebesluiten); samenhang van de tekst",
)
def zienswijze_list_is_exhaustive(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.documents:
        if doc.kind == "regeling":
            yield from _zienswijze_findings(ctx, doc)


_CONSENT_TOPICS = ("wijziging", "toetreding", "uittreding")


def _on_topic(ctx: Context, doc: Document, topic: str) -> list[Article]:
    """The articles about a topic: by their 'onderwerpen', else by their title."""
    tagged = [
        a
        for a in doc.articles
        if (f := ctx.project.fragments.get(a.id)) is not None and topic in f.topics
    ]
    return tagged or [a for a in doc.articles if topic in a.title.lower()]


def _article_text(article: Article) -> str:
    return " ".join(_text(lid) for lid in article.leden)


_PROCEDURE = re.compile(
    r"\b(?:college|colleges)\b[^.]*\b(?:besluit|besluiten|beslist|kan|kunnen)\b|\bzienswijze\b",
    re.IGNORECASE,
)


@rule(
    "FEI05",
    FOUT,
    "in een regeling van colleges noemen de artikelen over wijziging, toetreding en uittreding de"
    " toestemming van de raad",
    "Wgr, artikel 1",
)
def consent_of_the_raad(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.documents:
        if doc.kind != "regeling" or "raad" in doc.organs:
            continue  # the raden take part themselves: no toestemming
        for topic in _CONSENT_TOPICS:
            articles = _on_topic(ctx, doc, topic)
            if not articles or any("toestemming" in _article_text(a) for a in articles):
                continue
            first = articles[0]
            # Where the procedure is written: the lid on the college's decision or on the
            # zienswijze of the raden, else the article.
            lid = next(
                (
                    lid
                    for a in articles
                    for lid in a.leden
                    if _PROCEDURE.search(_text(lid)) is not None
                ),
                None,
            )
            yield Finding(
                "FEI05",
                FOUT,
                f"artikel {first.number} ({first.title}) regelt de {topic}, maar noemt niet de"
                " toestemming van de raad; een college besluit tot wijziging, toetreding of"
                " uittreding pas na de toestemming van de raad van zijn gemeente (artikel 1 Wgr)",
                ctx.pos_of(lid.id if lid is not None else first.id),
                lid.id if lid is not None else first.id,
                doc.id,
            )
