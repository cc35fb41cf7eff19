"""The text against the other sources: what the text says must be what the data and manifests say.

- OVR01: the organ that adopts a document (``vastgesteld_door``) is the organ its aanhef names.
- OVR02: the citeertitel article gives the citeertitel of the manifest.
- OVR03: fixed percentages in the finance data follow the formula the regeling states ("het
  gemiddelde van zijn aandeel in het totale aantal inwoners en zijn aandeel in het totale aantal
  huishoudens").
- OVR04: the peildatum of the distribution data is the one the regeling names ("1 januari van
  het jaar voorafgaand aan het begrotingsjaar").
- OVR05: a register row whose description is the adoption of a verordening carries
  ``verordening: true`` (the mandate and delegation rules, AWB01, read that flag).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from assembler.checks.base import FOUT, Context, Finding, finding, rule
from assembler.checks.reading import QUOTES, Passage, Place, locate, passages, unquote
from assembler.errors import Pos
from assembler.model.dates import MONTHS
from assembler.model.nodes import plain
from assembler.source.records import SDataset

# The organs as an aanhef names them, by the id used in 'vastgesteld_door'. The college's
# name contains "burgemeester": that word counts only when it opens the aanhef.
_ORGAN_WORDS = {
    "college": re.compile(r"\b(het college|de colleges)\b", re.IGNORECASE),
    "raad": re.compile(r"\b(de raad|de raden)\b(?! van bestuur)", re.IGNORECASE),
    "burgemeester": re.compile(r"^\s*(de burgemeesters?)\b", re.IGNORECASE),
    "algemeen_bestuur": re.compile(r"\balgemeen bestuur\b", re.IGNORECASE),
    "dagelijks_bestuur": re.compile(r"\bdagelijks bestuur\b", re.IGNORECASE),
    "voorzitter": re.compile(r"\bde voorzitter\b", re.IGNORECASE),
}
_ORGAN_NAMES = {
    "college": "het college",
    "raad": "de raad",
    "burgemeester": "de burgemeester",
    "algemeen_bestuur": "het algemeen bestuur",
    "dagelijks_bestuur": "het dagelijks bestuur",
    "voorzitter": "de voorzitter",
}


def _subject(text: str) -> str:
    """The organ part of an aanhef: up to the first ';' ("De raad van de gemeente X;")."""
    return text.split(";", 1)[0]


@rule(
    "OVR01",
    FOUT,
    "het orgaan dat een document vaststelt ('vastgesteld_door') is het orgaan dat de aanhef noemt",
)
def adopting_organ(ctx: Context) -> Iterator[Finding]:
    seen: set[str] = set()
    for doc in ctx.documents:
        if not doc.aanhef or not doc.organs or doc.manifest in seen:
            continue
        manifest = ctx.project.manifests.get(doc.manifest)
        subject = _subject(plain(doc.aanhef[0]))
        named = {organ for organ, words in _ORGAN_WORDS.items() if words.search(subject)}
        if not named or named == set(doc.organs):
            continue
        seen.add(doc.manifest)  # once per manifest, not once per deelnemer
        pos = manifest.aanhef[0].pos if manifest is not None and manifest.aanhef else Pos("?", 1, 1)
        said = " en ".join(_ORGAN_NAMES[o] for o in doc.organs)
        read = " en ".join(_ORGAN_NAMES[o] for o in sorted(named))
        yield finding(
            "OVR01",
            pos,
            f"de aanhef noemt {read}, maar volgens 'vastgesteld_door' stelt {said}"
            f" '{manifest.title if manifest is not None else doc.title}' vast; maak ze gelijk",
            doc.manifest,
            doc.id,
        )


_CITED = re.compile(r"aangehaald als:?\s*(?P<title>.+?)\.?\s*$", re.IGNORECASE | re.DOTALL)


def _normal(title: str) -> str:
    return " ".join(unquote(title).split()).rstrip(".")


@rule(
    "OVR02",
    FOUT,
    "het citeertitelartikel noemt de citeertitel van het manifest, en geen tekst (toelichting,"
    " aanhef, bijlage) noemt het document met een langere of andere citeertitel",
)
def citeertitel_agrees(ctx: Context) -> Iterator[Finding]:
    seen: set[str] = set()
    for doc in ctx.documents:
        for article in doc.articles:
            for lid in article.leden:
                match = _CITED.search(plain(lid.content))
                if match is None:
                    continue
                cited = _normal(match.group("title"))
                if cited != _normal(doc.citeertitel) and lid.id not in seen:
                    seen.add(lid.id)  # once per provision, not once per deelnemer
                    yield finding(
                        "OVR02",
                        ctx.pos_of(lid.id),
                        f"het citeertitelartikel noemt '{cited}', maar de citeertitel in het"
                        f" manifest is '{doc.citeertitel}'; schrijf"
                        " {{ document.citeertitel }}",
                        lid.id,
                        doc.id,
                    )
    yield from _names_in_text(ctx, seen)


# A name goes on with capitalised words: "Gemeenschappelijke Regeling Sociaal Domein
# Drechtsteden". A year after it names an older document ("de Verordening individuele
# inkomenstoeslag Dordrecht 2015 wordt ingetrokken").
_NAME_GOES_ON = re.compile(r"(?:\s+[A-Z][\w-]*\b)+")


def _names_in_text(ctx: Context, seen: set[str]) -> Iterator[Finding]:
    """Anywhere a reader reads: the document named by its citeertitel with more words after it
    ("de Gemeenschappelijke Regeling Sociaal Domein Drechtsteden"), or "aangehaald als" with
    another name in a toelichting."""
    names = {_normal(d.citeertitel) for d in ctx.documents} | {
        _normal(d.title) for d in ctx.documents
    }
    reported: set[tuple[str, str]] = set()
    for passage in passages(ctx):
        doc = passage.document
        if doc is None:
            continue
        own = _normal(doc.citeertitel)
        text = passage.text
        # (start, end, name as written, the citeertitel it should be)
        found: list[tuple[int, int, str, str]] = []
        for title in {own, *(_normal(d.citeertitel) for d in ctx.documents)}:
            for match in re.finditer(re.escape(title), text):
                longer = _NAME_GOES_ON.match(text, match.end())
                if longer is not None:
                    name = text[match.start() : longer.end()]
                    found.append((match.start(), longer.end(), name, title))
        if passage.place is not Place.ARTIKEL:
            cited = _CITED.search(text)
            if cited is not None:
                group = cited.group("title")
                said = group.lstrip()
                name = _normal(re.split(r"[.;]\s", said)[0])
                # "aangehaald als zij elders wordt genoemd" names nothing: a name is capitalised.
                if name and name != own and (said[:1].isupper() or said[:1] in QUOTES):
                    start = cited.start("title") + len(group) - len(said)
                    found.append((start, start + len(name), name, own))
        for start, end, name, title in found:
            if _normal(name) in names or (passage.target, name) in reported:
                continue
            reported.add((passage.target, name))
            if passage.target in seen:
                continue
            yield finding(
                "OVR02",
                locate(ctx, passage, start, end),
                f"'{name}' is geen citeertitel van een document; bedoeld is '{title}' (manifest)",
                passage.target,
                doc.id,
            )


def _regeling_passages(ctx: Context) -> list[Passage]:
    return [
        p
        for p in passages(ctx)
        if p.place is Place.ARTIKEL and p.document is not None and p.document.kind == "regeling"
    ]


_AVERAGE = re.compile(r"vaste percentages\b(?P<rest>.*)", re.IGNORECASE)
_SHARE = re.compile(r"aandeel in het totale aantal (?P<what>\w+)", re.IGNORECASE)


def _dataset(ctx: Context, word: str) -> SDataset | None:
    finance = ctx.project.finance
    if finance is None:
        return None
    word = word.lower()
    for data in finance.datasets:
        if data.id.lower() == word or data.title.lower().split()[:1] == [word]:
            return data
    return None


def _key_pos(ctx: Context, pos: Pos, name: str) -> Pos:
    """The line of ``name:`` in the data written at ``pos`` (one share of a key)."""
    source = None
    if ctx.tree is not None:
        try:
            source = ctx.tree.read_text(pos.path)
        except (OSError, KeyError, ValueError):
            source = None
    if source is None:
        return pos
    lines = source.split("\n")
    for number in range(pos.line - 1, min(len(lines), pos.line + 60)):
        column = lines[number].find(f"{name}:")
        if column >= 0 and (column == 0 or not lines[number][column - 1].isalnum()):
            return Pos(pos.path, number + 1, column + 1)
    return pos


@rule(
    "OVR03",
    FOUT,
    "vaste percentages in de financiële gegevens volgen de formule die de regeling noemt",
)
def percentages_follow_formula(ctx: Context) -> Iterator[Finding]:
    finance = ctx.project.finance
    if finance is None:
        return
    formulas: list[tuple[tuple[SDataset, ...], bool]] = []
    for passage in _regeling_passages(ctx):
        match = _AVERAGE.search(passage.text)
        if match is None:
            continue
        words = _SHARE.findall(match.group("rest"))
        datasets = tuple(d for d in (_dataset(ctx, w) for w in words) if d is not None)
        if datasets and len(datasets) == len(words):
            formulas.append((datasets, "gemiddelde" in match.group("rest").lower()))
    if len(formulas) != 1:
        return  # no formula, or more than one: nothing to hold the data to
    datasets, average = formulas[0]
    if not average:
        datasets = datasets[:1]
    for task in finance.tasks:
        key = task.key
        if key.kind != "vast" or key.plustaak is not None:
            continue
        for deelnemer, given in key.shares.items():
            shares = [
                Decimal(d.values.get(deelnemer, 0)) / Decimal(sum(d.values.values()))
                for d in datasets
            ]
            expected = (sum(shares, Decimal(0)) / len(shares) * 100).quantize(
                Decimal("0.01"), ROUND_HALF_UP
            )
            # The percentages are rounded and made to add up to 100: one hundredth may move.
            if abs(Decimal(given) - expected) > Decimal("0.01"):
                names = " en ".join(d.title.lower() for d in datasets)
                yield finding(
                    "OVR03",
                    _key_pos(ctx, key.pos, deelnemer),
                    f"het vaste percentage van {deelnemer} voor taak '{task.id}' is {given},"
                    f" maar volgens de regeling ({'gemiddelde van het aandeel in ' if average else 'aandeel in '}"
                    f"{names}) is het {expected}",
                    task.id,
                )


_PEILDATUM = re.compile(
    r"\bop (?P<day>\d{1,2}) (?P<month>" + "|".join(MONTHS) + r")"
    r"(?: (?P<year>\d{4})| van het jaar (?P<relative>voorafgaand aan het|van het|voor het)"
    r" begrotingsjaar)",
    re.IGNORECASE,
)


def _named_date(match: re.Match[str], year: int) -> date:
    month = MONTHS.index(match.group("month").lower()) + 1
    day = int(match.group("day"))
    if match.group("year"):
        return date(int(match.group("year")), month, day)
    offset = {"voorafgaand aan het": -1, "voor het": -1, "van het": 0}[
        match.group("relative").lower()
    ]
    return date(year + offset, month, day)


@rule("OVR04", FOUT, "de peildatum van de verdeelgegevens is de datum die de regeling noemt")
def peildatum_as_named(ctx: Context) -> Iterator[Finding]:
    finance = ctx.project.finance
    if finance is None:
        return
    named: dict[date, tuple[Passage, re.Match[str]]] = {}
    for passage in _regeling_passages(ctx):
        if "aantal" not in passage.text.lower():
            continue
        for match in _PEILDATUM.finditer(passage.text):
            named.setdefault(_named_date(match, finance.year), (passage, match))
    if len(named) != 1:
        return  # no date, or the regeling names several: nothing to hold the data to
    ((day, (passage, match)),) = named.items()
    in_text = locate(ctx, passage, match.start(), match.end())
    differing = [data for data in finance.datasets if data.peildatum != day]
    for data in differing:
        yield finding(
            "OVR04",
            _key_pos(ctx, data.pos, "peildatum"),
            f"de peildatum van '{data.title}' is {data.peildatum:%d-%m-%Y}, maar de regeling"
            f" noemt {day:%d-%m-%Y} voor het begrotingsjaar {finance.year} ({in_text})",
            data.id,
        )
    if differing:
        # The other side: the text of the regeling, which may be what is wrong.
        first = differing[0]
        yield finding(
            "OVR04",
            in_text,
            f"de regeling noemt als peildatum {day:%d-%m-%Y}, maar de verdeelgegevens"
            f" ('{first.title}') hebben {first.peildatum:%d-%m-%Y} ({first.pos.path}); maak"
            " tekst en gegevens gelijk",
            passage.target,
        )


# "vaststellen van de verordening", "het vaststellen van verordeningen", "vaststelling van een
# nadere verordening", "het wijzigen en intrekken van de verordening", "een verordening vaststellen".
_ADOPTS = re.compile(
    r"\b(?:vaststellen|vaststelling|wijzigen|wijziging|intrekken|intrekking)"
    r"(?:\s*(?:,|en|of)\s*(?:vaststellen|wijzigen|intrekken|vaststelling|wijziging|intrekking))*"
    r"\s+van\s+(?:de\s+|een\s+|die\s+)?(?:\w+\s+)?verordening(?:en)?\b"
    r"|\b(?:een|de)\s+(?:\w+\s+)?verordening(?:en)?\s+(?:vast\s+te\s+stellen|vaststellen|vast\s+stellen)\b",
    re.IGNORECASE,
)


@rule(
    "OVR05",
    FOUT,
    "een registerregel waarvan de omschrijving het vaststellen van een verordening is, heeft"
    " 'verordening: true'",
)
def register_verordening_flag(ctx: Context) -> Iterator[Finding]:
    for power in ctx.project.powers:
        if power.verordening:
            continue
        passage = Passage(None, Place.REGISTER, power.id, power.omschrijving, power.pos)
        match = _ADOPTS.search(power.omschrijving)
        if match is not None:
            yield finding(
                "OVR05",
                locate(ctx, passage, match.start(), match.end()),
                f"de omschrijving zegt '{match.group()}', maar de regel heeft"
                " 'verordening: false'; zet 'verordening: true' (dan gelden de regels voor"
                " algemeen verbindende voorschriften, artikel 10:3, tweede lid, onderdeel a, Awb)",
                power.id,
            )
