"""FEI06: an article of another law is cited for what that article regulates.

A jurist who reads "de individuele inkomenstoeslag, bedoeld in artikel 36b van de
Participatiewet" stops: artikel 36b is the studietoeslag, the inkomenstoeslag is artikel 36. The
table ``wetsartikelen`` of ``rechtsfeiten.yaml`` says, per law the texts cite, what its articles
regulate and in which words a sentence speaks about that. A reference is judged where it is
unambiguous:

- the phrase it qualifies ("X, bedoeld in artikel N", "X (artikel N)", "X op grond van artikel
  N", or the words right after "op grond van artikel N") names the subject of another article of
  that law, and not that of the article cited;
- otherwise the clause (for "gelet op" and the aanhef: with the document's title, which is what
  the citation serves) speaks about the subject of exactly one article, and the article cited
  has a subject of its own that the clause does not mention;
- a row of the register of powers: its 'artikel' and the article its 'grondslag' cites are the
  same, and fit its 'omschrijving'.

A clause that also cites an article the table does not know is not judged: that article may
regulate the subject. The result is an error where the table's facts were checked, a warning
where they were not.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from assembler.checks.base import FOUT, RULES, WAARSCHUWING, Context, Finding, rule
from assembler.checks.fact_passages import Passage, passages
from assembler.checks.facts import concept_articles
from assembler.checks.legal_facts import Statute, StatuteArticle, facts
from assembler.checks.reading import ORDINALS, Place, locate, source_text
from assembler.checks.reading import Passage as ReadPassage
from assembler.checks.references import Typed, typed_references
from assembler.errors import Pos
from assembler.source.records import SPower

# What may stand between a reference and the name of its law: the rest of the reference group
# ("artikel 8, eerste lid, onderdeel g, en artikel 36 van de Participatiewet").
_REFERENCE_WORDS = (
    r"(?:[\s,]+|(?:en|of|artikel|artikelen|lid|leden|onderdeel|onderdelen|aanhef|tot|met|van"
    r"|de|het|der|juncto|sub|volgende|"
    + "|".join(ORDINALS)
    + r")\b|jo\.|e\.v\.|\d[\w:.]*\b|\b[a-z]\b)*"
)
# Before the reference: the phrase it qualifies ends in one of these.
_QUALIFIER = re.compile(
    r"(?:,?\s*(?:als\s+|zoals\s+)?bedoeld\s+in|\(|\bop\s+grond\s+van|\bkrachtens)\s*$",
    re.IGNORECASE,
)
_PHRASE_WORDS = 8
_CLAUSE = re.compile(r";\s+")


@dataclass(frozen=True, slots=True)
class _Cited:
    """A reference in a clause, with its law."""

    ref: Typed
    statute: Statute
    text: str  # as written: "artikel 36b"


def _names(statute: Statute) -> re.Pattern[str]:
    names = sorted(statute.names, key=len, reverse=True)
    return re.compile(
        rf"^{_REFERENCE_WORDS}(?:{'|'.join(re.escape(n) for n in names)})\b", re.IGNORECASE
    )


def _statute_of(clause: str, ref: Typed, statutes: tuple[Statute, ...]) -> Statute | None:
    """The law a reference belongs to: named after it, or the Awb for "10:9" named nowhere."""
    after = clause[ref.end :]
    for statute in statutes:
        if _names(statute).match(after):
            return statute
    if ":" in ref.article and not re.match(rf"^{_REFERENCE_WORDS}[A-Z]", after):
        return next((s for s in statutes if "Awb" in s.names), None)
    return None


def _cited(clause: str, statutes: tuple[Statute, ...]) -> list[_Cited]:
    found = []
    for ref in typed_references(clause):
        statute = _statute_of(clause, ref, statutes)
        if statute is not None:
            found.append(_Cited(ref, statute, clause[ref.start : ref.end]))
    return found


def _phrase_before(clause: str, ref: Typed, earlier: int) -> str:
    """The words the reference qualifies ("de individuele inkomenstoeslag, bedoeld in"), or ""
    when the reference does not follow a qualifier."""
    before = clause[earlier : ref.start]
    qualifier = _QUALIFIER.search(before)
    if qualifier is None:
        return ""
    words = before[: qualifier.start()].split()
    return " ".join(words[-_PHRASE_WORDS:])


def _phrase_after(clause: str, ref: Typed) -> str:
    """The words after "op grond van artikel 36 van de Participatiewet" up to the next comma."""
    rest = re.split(r"[,;:()]", clause[ref.end :], maxsplit=1)[0]
    return " ".join(rest.split()[:_PHRASE_WORDS])


def _about(articles: tuple[StatuteArticle, ...], text: str) -> list[StatuteArticle]:
    return [a for a in articles if text and a.about(text)]


def _message(cited: _Cited, article: StatuteArticle, fitting: list[StatuteArticle]) -> str:
    name = cited.statute.names[-1]
    others = " of ".join(f"artikel {a.number} {name} ({a.subject})" for a in fitting)
    return (
        f"'{cited.text}' van de {cited.statute.name} gaat over {article.subject}; de tekst gaat"
        f" over wat {others} regelt"
    )


def _finding(
    passage: Passage, cited: _Cited, article: StatuteArticle, fitting: list[StatuteArticle]
) -> Finding:
    verified = article.verified and all(a.verified for a in fitting)
    sources = sorted({article.source, *(a.source for a in fitting)})
    note = "" if verified else " (dit feit is niet nagekeken tegen de wettekst)"
    return Finding(
        "FEI06",
        RULES["FEI06"].severity if verified else WAARSCHUWING,
        f"{_message(cited, article, fitting)} [{'; '.join(sources)}]{note}",
        passage.pos(cited.text),
        passage.target,
        passage.doc.id if passage.doc is not None else "",
    )


def _clause_findings(
    passage: Passage, clause: str, context: str, day: dt.date, statutes: tuple[Statute, ...]
) -> Iterator[Finding]:
    cited = _cited(clause, statutes)
    for statute in {c.statute.name: c.statute for c in cited}.values():
        mine = [c for c in cited if c.statute is statute]
        articles = tuple(a for a in statute.articles if a.applies(day))
        known = [statute.article(c.ref.article, day) for c in mine]
        if any(a is None for a in known) or re.search(r"\btot\s+en\s+met\b", clause):
            continue  # an article the table does not know may regulate the subject
        numbers = {c.ref.article for c in mine}
        judged = False
        earlier = 0
        for c, article in zip(mine, known, strict=True):
            assert article is not None
            qualified = _QUALIFIER.search(clause[earlier : c.ref.start]) is not None
            fitting = _about(articles, _phrase_before(clause, c.ref, earlier))
            earlier = c.ref.end
            if not fitting and qualified:
                # "verleent op grond van artikel 36 een individuele inkomenstoeslag"
                fitting = _about(articles, _phrase_after(clause, c.ref))
            if fitting:
                judged = True
                # "... een laag inkomen hebben (artikel 36 van de Participatiewet)" in the
                # Verordening individuele inkomenstoeslag: the article fits what the document is
                # about, so the words just before it are not all it serves.
                if article not in fitting and not article.about(_document_context(passage, clause)):
                    yield _finding(passage, c, article, fitting)
        if judged:
            continue
        fitting = _about(articles, context)
        if len(fitting) != 1 or numbers & {a.number for a in fitting}:
            continue
        # Only a cited article with a subject of its own is wrong for sure: "artikel 8" (the
        # verordeningen) may stand beside the right one.
        for c, article in zip(mine, known, strict=True):
            if (
                article is not None
                and (article.any_of or article.all_of)
                and not article.about(_document_context(passage, clause))
            ):
                yield _finding(passage, c, article, fitting)


def _context(passage: Passage, clause: str) -> str:
    """What a clause is about: itself; a citation in "gelet op" or the aanhef serves the
    document, so its title counts too."""
    doc = passage.doc
    if doc is not None and clause.lower().lstrip().startswith(("gelet op", "gelezen")):
        return f"{doc.title} {clause}"
    return clause


def _document_context(passage: Passage, clause: str) -> str:
    """The clause with the title of its document: what a citation may serve."""
    doc = passage.doc
    return f"{doc.title} {clause}" if doc is not None else clause


def _text_findings(ctx: Context) -> Iterator[Finding]:
    statutes = facts().statutes
    for passage in passages(ctx):
        day = _reference_date(ctx, passage)
        if day is None:
            continue
        for sentence in passage.sentences():
            for clause in _CLAUSE.split(sentence):
                yield from _clause_findings(
                    passage, clause, _context(passage, clause), day, statutes
                )


def _reference_date(ctx: Context, passage: Passage) -> dt.date | None:
    if passage.doc is not None:
        return passage.doc.version.date
    return ctx.documents[0].version.date if ctx.documents else None


# --- the register of powers ----------------------------------------------------------------

_ROW_NUMBER = re.compile(r"\b\d+(?::\d+)?(?:\.\d+)*[a-z]?\b")


def _row_numbers(field: str) -> set[str] | None:
    """The article numbers of a row's 'artikel' ("7, eerste lid, onderdeel b, en 11" → 7, 11);
    None for a range or a chapter, which the table cannot judge."""
    if re.search(r"\btot\s+en\s+met\b|\bhoofdstuk\b|\be\.v\.", field):
        return None
    first, *rest = re.split(r",|\ben\b|\bof\b", field)
    numbers = {m.group(0) for m in _ROW_NUMBER.finditer(first)}
    numbers |= {m.group(0) for part in rest if (m := re.fullmatch(r"\s*(\d+[a-z]?)\s*", part))}
    return numbers or None


def _row_statute(power: SPower, statutes: tuple[Statute, ...]) -> Statute | None:
    wet = power.wet.lower()
    return next((s for s in statutes if any(n.lower() == wet for n in s.names)), None)


def _field_pos(ctx: Context, power: SPower, field: str, words: str) -> Pos:
    text = getattr(power, field)
    start = text.find(words)
    passage = ReadPassage(None, Place.REGISTER, power.id, text, _field_line(ctx, power, field))
    return locate(ctx, passage, max(start, 0), max(start, 0) + len(words))


def _field_line(ctx: Context, power: SPower, field: str) -> Pos:
    """The position of ``field:`` in the row of the register, or the row's start."""
    source = source_text(ctx, power.pos.path)
    if source is None:
        return power.pos
    lines = source.split("\n")
    for number in range(power.pos.line, min(len(lines), power.pos.line + 30) + 1):
        line = lines[number - 1]
        if number > power.pos.line and re.match(r"^\s*-\s", line):
            break
        if (match := re.match(rf"^(\s*){field}:\s*", line)) is not None:
            return Pos(power.pos.path, number, match.end() + 1)
    return power.pos


def _register_findings(ctx: Context) -> Iterator[Finding]:
    statutes = facts().statutes
    day = ctx.documents[0].version.date if ctx.documents else None
    if day is None:
        return
    for power in ctx.project.powers:
        statute = _row_statute(power, statutes)
        numbers = _row_numbers(power.artikel) if statute is not None else None
        if statute is None or numbers is None:
            continue
        known = [statute.article(n, day) for n in sorted(numbers)]
        fitting = _about(tuple(a for a in statute.articles if a.applies(day)), power.omschrijving)
        fits = not fitting or bool(numbers & {a.number for a in fitting})
        reported = all(a is not None for a in known) and not fits and len(fitting) <= 2
        if reported:
            yield from _row_finding(ctx, power, statute, fitting, known)
        for basis in _basis_findings(ctx, power, statute, numbers, fitting, fits, day):
            if not (reported and basis.pos == _field_line(ctx, power, "artikel")):
                yield basis


def _row_finding(
    ctx: Context,
    power: SPower,
    statute: Statute,
    fitting: list[StatuteArticle],
    known: list[StatuteArticle | None],
) -> Iterator[Finding]:
    articles = [a for a in known if a is not None]
    verified = all(a.verified for a in (*articles, *fitting))
    name = statute.names[-1]
    others = " of ".join(f"artikel {a.number} {name} ({a.subject})" for a in fitting)
    sources = sorted({a.source for a in (*articles, *fitting)})
    note = "" if verified else " (dit feit is niet nagekeken tegen de wettekst)"
    yield Finding(
        "FEI06",
        RULES["FEI06"].severity if verified else WAARSCHUWING,
        f"bevoegdheid '{power.id}': 'artikel: {power.artikel}' van de {statute.name} gaat over"
        f" {' en '.join(a.subject for a in articles)}; de omschrijving gaat over wat {others}"
        f" regelt [{'; '.join(sources)}]{note}",
        _field_line(ctx, power, "artikel"),
        power.id,
    )


def _basis_findings(
    ctx: Context,
    power: SPower,
    statute: Statute,
    numbers: set[str],
    fitting: list[StatuteArticle],
    fits: bool,
    day: dt.date,
) -> Iterator[Finding]:
    """The 'grondslag' of a delegation cites the row's own article of the same law (that of a
    mandate cites what allows the mandate: "artikel 10:3 Awb", "artikel 160 Gemeentewet")."""
    if power.soort != "delegatie":
        return
    basis = [
        c
        for c in _cited(power.grondslag, (statute,))
        if not re.search(r"\btot\s+en\s+met\b", power.grondslag)
    ]
    if not basis or {c.ref.article for c in basis} & numbers:
        return
    first = basis[0]
    cited = statute.article(first.ref.article, day)
    basis_fits = cited is not None and (not fitting or cited in fitting)
    if fits and not basis_fits:
        where = _field_pos(ctx, power, "grondslag", first.text)
    else:
        where = _field_line(ctx, power, "artikel")
    yield Finding(
        "FEI06",
        RULES["FEI06"].severity,
        f"bevoegdheid '{power.id}': de grondslag noemt '{first.text}' van de {statute.name},"
        f" maar 'artikel' zegt {power.artikel}; een bevoegdheid en haar grondslag noemen"
        " hetzelfde artikel",
        where,
        power.id,
    )


@rule(
    "FEI06",
    FOUT,
    "een artikel van een andere wet wordt aangehaald voor wat het regelt ('de individuele"
    " inkomenstoeslag, bedoeld in artikel 36b van de Participatiewet' terwijl artikel 36b de"
    " studietoeslag regelt, 'instemming' met artikel 10:9 in plaats van 10:4 Awb); een"
    " registerregel en haar grondslag noemen hetzelfde artikel; een waarschuwing waar het feit"
    " niet is nagekeken",
    "rechtsfeiten.yaml: wetsartikelen (Awb, titel 10.1; Wgr; Gemeentewet; Participatiewet; Wgs;"
    " Woo)",
)
def statute_articles(ctx: Context) -> Iterator[Finding]:
    # "ondermandaat (artikel 10:14 Awb)": FEI03 already says that 10:14 is not a mandate article.
    concept = {(f.pos, f.target) for f in concept_articles(ctx)}
    yield from (f for f in _text_findings(ctx) if (f.pos, f.target) not in concept)
    yield from _register_findings(ctx)
