"""Completeness: a regeling regulates every topic the Wgr (or another source) asks of it.

Each topic says which source asks for it: most come from the Wet gemeenschappelijke regelingen,
the archive from the Archiefwet 1995; duur, inwerkingtreding and citeertitel are drafting
practice and geschillen are decided by Gedeputeerde Staten by law even without a provision, so
those are warnings, not errors.

A fragment declares the topics it covers with ``onderwerpen: [code, ...]``. Every assembled
document of ``soort: regeling`` must cover every topic below; a missing topic is reported at the
manifest (target: the manifest id), with one rule code per topic, so that every topic is listed,
reported and filtered on its own. An unknown code in ``onderwerpen`` is reported at the
fragment (WGR00).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from assembler.checks.base import FOUT, WAARSCHUWING, Context, Finding, finding, rule
from assembler.checks.reading import Passage, Place, locate, passages, written
from assembler.errors import Pos
from assembler.model.nodes import Article, Document

_SINCE_2022 = " (verplicht sinds de wijziging van de Wgr per 1 juli 2022)"


@dataclass(frozen=True, slots=True)
class Topic:
    """A topic a regeling must regulate: its code in ``onderwerpen`` and its rule code."""

    code: str
    rule: str
    name: str  # for the title and the message: "het belang"
    content: str  # what an article on it does: "voeg een artikel toe dat {content}"
    note: str = ""
    source: str = "Wgr"
    severity: str = FOUT  # a warning where the topic is practice, not law
    # Word stems of which the text of an article on the topic uses at least one: a tag on an
    # article whose leden no longer deal with the topic does not count.
    words: tuple[str, ...] = ()
    # What regulating the topic takes: one sentence (a lid ending in ":" with its onderdelen)
    # that uses a stem of every group. "Klachten van inwoners" mentions inwoners but does not say how they are involved.
    core: tuple[tuple[str, ...], ...] = ()


TOPICS: tuple[Topic, ...] = (
    Topic(
        "belang",
        "WGR01",
        "het belang",
        "het belang omschrijft dat de regeling behartigt",
        source="Wgr, artikel 10",
        words=("belang", "behartig", "taak", "taken"),
        core=(("behartig",), ("belang",)),
    ),
    Topic(
        "organen",
        "WGR02",
        "de bestuursorganen",
        "de samenstelling en de bevoegdheden van het algemeen bestuur, het dagelijks bestuur en"
        " de voorzitter regelt",
        source="Wgr, artikel 13",
        words=("bestuur", "voorzitter", "orgaan", "organen"),
    ),
    Topic(
        "bevoegdheden",
        "WGR03",
        "de overgedragen bevoegdheden",
        "regelt welke bevoegdheden de deelnemers overdragen of mandateren en hoe die zich"
        " verhouden tot hun eigen bevoegdheden",
        source="Wgr, artikel 30 (artikelnummer niet nagekeken)",
        words=(
            "bevoegdhe",
            "overgedragen",
            "overdra",
            "mandaat",
            "mandateer",
            "delega",
            "taak",
            "taken",
            "volmacht",
            "machtiging",
        ),
        core=(
            ("bevoegdhe", "taak", "taken"),
            (
                "overgedragen",
                "overdra",
                "dragen",
                "draagt",
                "mandaat",
                "mandateer",
                "gemandateerd",
                "delega",
                "volmacht",
                "machtiging",
                "opgedragen",
            ),
        ),
    ),
    Topic(
        "informatie",
        "WGR04",
        "de informatie en verantwoording aan de raden",
        "regelt welke inlichtingen de raden krijgen en hoe verantwoording wordt afgelegd",
        source="Wgr, artikelen 16 tot en met 19 (artikelnummers niet nagekeken)",
        words=("inlichting", "verantwoording", "informatie", "informeer", "informeren", "verslag"),
        core=(
            (
                "inlichting",
                "informeer",
                "informeert",
                "informatie",
                "verantwoording",
                "rapportage",
                "verslag",
            ),
            ("raad", "raden", "college", "algemeen bestuur", "adviescommissie"),
        ),
    ),
    Topic(
        "begroting",
        "WGR05",
        "de begroting",
        "de begroting regelt, met de zienswijze van de raden en de toezending aan Gedeputeerde"
        " Staten",
        source="Wgr, artikelen 34 en 35",
        words=("begroting",),
        core=(
            ("begroting",),
            ("vaststel", "stelt", "zendt", "zenden", "toezend", "zienswijze", "opgesteld"),
        ),
    ),
    Topic(
        "jaarrekening",
        "WGR06",
        "de jaarrekening",
        "de jaarrekening regelt",
        source="Wgr, artikel 34 en volgende",
        words=("jaarrekening", "rekening"),
        core=(
            ("jaarrekening",),
            ("vaststel", "stelt", "zendt", "zenden", "toezend", "opgesteld"),
        ),
    ),
    Topic(
        "bijdragen",
        "WGR07",
        "de bijdragen van de deelnemers",
        "regelt hoe de deelnemers bijdragen in de kosten en hoe die worden verdeeld",
        source="Wgr, artikel 34 en volgende",
        words=("bijdrage", "bijdra", "verdeelsleutel", "kosten", "lasten"),
        core=(
            ("bijdra", "verdeel", "kosten", "lasten"),
            ("deelnemer", "gemeente", "afnemen", "afneemt", "afnam"),
        ),
    ),
    Topic(
        "toetreding",
        "WGR08",
        "de toetreding",
        "de toetreding van een gemeente regelt",
        source="Wgr, artikel 9",
        words=("toetre", "treedt toe", "treden toe"),
        core=(
            ("toetre", "treedt toe", "treden toe"),
            ("raad", "raden", "toestemming", "voorwaarden", "beslu", "college", "zienswijze"),
        ),
    ),
    Topic(
        "uittreding",
        "WGR09",
        "de uittreding",
        "de uittreding regelt, met de voorwaarden en de (financiële) gevolgen",
        source="Wgr, artikel 9",
        words=("uittre", "treedt uit", "treden uit"),
        core=(
            ("uittre", "treedt uit", "treden uit", "uit deze regeling"),
            (
                "raad",
                "raden",
                "toestemming",
                "voorwaarden",
                "beslu",
                "college",
                "zienswijze",
                "kosten",
                "vergoed",
                "gevolgen",
                "datum",
            ),
        ),
    ),
    Topic(
        "wijziging",
        "WGR10",
        "de wijziging",
        "de wijziging van de regeling regelt",
        source="Wgr, artikel 9",
        words=("wijzig",),
        core=(
            ("wijzig",),
            ("regeling",),
            ("college", "voorstel", "beslu", "toestemming", "zienswijze"),
        ),
    ),
    Topic(
        "opheffing",
        "WGR11",
        "de opheffing en de liquidatie",
        "de opheffing van de regeling en de liquidatie van het openbaar lichaam regelt",
        source="Wgr, artikel 9",
        words=("opheff", "opgeheven", "liquida"),
        core=(
            ("opheff", "opgeheven", "liquida"),
            ("college", "beslu", "raad", "raden", "plan", "vaststel", "stelt"),
        ),
    ),
    Topic(
        "geschillen",
        "WGR12",
        "de geschillen",
        "regelt hoe geschillen worden beslecht",
        source="praktijk: Gedeputeerde Staten beslissen ook zonder bepaling (Wgr, artikel 28, niet nagekeken)",
        severity=WAARSCHUWING,
        words=("geschil",),
        core=(
            ("geschil",),
            (
                "beslis",
                "beslecht",
                "overleg",
                "voor aan",
                "voorleg",
                "oplos",
                "bemiddel",
                "gedeputeerde",
            ),
        ),
    ),
    Topic(
        "archief",
        "WGR13",
        "het archief",
        "de zorg voor de archiefbescheiden regelt",
        source="Archiefwet 1995",
        words=("archief", "archiev"),
        core=(
            ("archief", "archiev"),
            ("zorg", "regels", "beheer", "overbreng", "overgebracht", "toezicht", "bewaar"),
        ),
    ),
    Topic(
        "duur",
        "WGR14",
        "de duur",
        "regelt voor welke duur de regeling is getroffen",
        source="praktijk (Aanwijzingen voor de regelgeving)",
        severity=WAARSCHUWING,
        words=(
            "bepaalde tijd",
            "bepaalde termijn",
            "bepaalde periode",
            "duur",
            "looptijd",
            "getroffen tot",
            "geldt tot",
            "verlengd",
            "verlenging",
        ),
    ),
    Topic(
        "inwerkingtreding",
        "WGR15",
        "de inwerkingtreding",
        "de inwerkingtreding regelt",
        source="praktijk (Aanwijzingen voor de regelgeving)",
        severity=WAARSCHUWING,
        words=("in werking", "inwerkingtreding"),
        core=(("in werking", "inwerkingtreding"), ("treedt", "treden", "ingang", "datum", "dag")),
    ),
    Topic(
        "citeertitel",
        "WGR16",
        "de citeertitel",
        "de citeertitel vastlegt",
        source="praktijk (Aanwijzingen voor de regelgeving)",
        severity=WAARSCHUWING,
        words=("aangehaald", "citeertitel", "citeren"),
    ),
    Topic(
        "zienswijzebesluiten",
        "WGR17",
        "de besluiten waarover de raden een zienswijze geven",
        "noemt over welke ontwerpbesluiten de raden hun zienswijze kunnen geven (ook als dat"
        " 'geen' is)",
        _SINCE_2022,
        source="Wgr sinds 1 juli 2022",
        # Not "zienswijze" alone: an article that only mentions the zienswijze on the begroting
        # does not list the decisions.
        words=(
            "ontwerpen van de volgende besluiten",
            "ontwerpbesluit",
            "ontwerpbesluiten",
            "over de volgende",
            "om een zienswijze gevraagd",
            "geen zienswijze",
            "zienswijze over de ontwerpen",
        ),
    ),
    Topic(
        "participatie",
        "WGR18",
        "de participatie van inwoners",
        "regelt hoe inwoners en belanghebbenden bij het beleid worden betrokken",
        _SINCE_2022,
        source="Wgr sinds 1 juli 2022",
        words=("participa", "inwoners", "belanghebbenden", "betrek", "advies"),
        core=(
            ("participa", "betrek", "betrokken", "inspraak", "advies", "inbreng"),
            ("inwoner", "belanghebbend", "cliënt", "adviesra", "ingezetene"),
        ),
    ),
    Topic(
        "evaluatie",
        "WGR19",
        "de evaluatie",
        "regelt dat en hoe de regeling periodiek wordt geëvalueerd",
        _SINCE_2022,
        source="Wgr sinds 1 juli 2022",
        words=("evalua", "geëvalueerd", "evalueer", "evalueert"),
        core=(
            ("evalua", "evalueer", "evalueert", "geëvalueerd"),
            ("jaar", "periodiek", "eens", "keer", "regeling"),
        ),
    ),
)
CODES = {t.code: t for t in TOPICS}


def _covered(ctx: Context, doc: Document) -> tuple[set[str], dict[str, list[Article]]]:
    """The topics the articles of one document declare and deal with in their text, and per
    topic the articles that declare it while their leden no longer deal with it."""
    found: set[str] = set()
    hollow: dict[str, list[Article]] = {}
    for article in doc.articles:
        fragment = ctx.project.fragments.get(article.id)
        if fragment is None:
            continue
        text = _text(article)
        for code in fragment.topics:
            topic = CODES.get(code)
            if topic is None or _deals_with(topic, article, text):
                found.add(code)
            else:
                hollow.setdefault(code, []).append(article)
    return found, hollow


def _deals_with(topic: Topic, article: Article, text: str) -> bool:
    """Whether the leden of ``article`` (``text``, lowercased) regulate ``topic``."""
    if topic.words and not any(w in text for w in topic.words):
        return False
    return not topic.core or any(
        all(any(stem in sentence for stem in group) for group in topic.core)
        for sentence in _sentences(article)
    )


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9{])")


def _sentences(article: Article) -> Iterator[str]:
    """Each sentence of the leden of ``article``, lowercased; a lid that ends in ":" makes one
    sentence with its onderdelen."""
    for lid in article.leden:
        parts = [written(lid.content)]
        for ond in lid.onderdelen:
            parts.append(written(ond.content))
            parts.extend(written(sub.content) for sub in ond.subonderdelen)
        if lid.slot:
            parts.append(written(lid.slot))
        for sentence in _SENTENCE_END.split(" ".join(" ".join(parts).split())):
            yield sentence.lower()


def _text(article: Article) -> str:
    """The leden of an article as one lowercased text (its title does not count: a title can
    stay while the text was rewritten)."""
    return " ".join(_sentences(article))


def _manifest_pos(ctx: Context, doc: Document) -> Pos:
    manifest = ctx.project.manifests.get(doc.manifest)
    return manifest.pos if manifest else ctx.project.settings.pos


def _naam(ctx: Context, deelnemer: str) -> str:
    return next((d.naam for d in ctx.project.deelnemers if d.id == deelnemer), deelnemer)


def _completeness(topic: Topic) -> Callable[[Context], Iterator[Finding]]:
    def check(ctx: Context) -> Iterator[Finding]:
        for doc in ctx.documents:
            if doc.kind != "regeling":
                continue
            covered, hollow = _covered(ctx, doc)
            if topic.code in covered and topic.code not in hollow:
                continue
            local = f" (in het document voor {_naam(ctx, doc.deelnemer)})" if doc.deelnemer else ""
            for article in hollow.get(topic.code, []):
                # The tag is there but the text is not: report it where the tag is.
                yield finding(
                    topic.rule,
                    ctx.pos_of(article.id),
                    f"artikel {article.number} ('{article.title}'){local} heeft"
                    f" `onderwerpen: [{topic.code}]`, maar zijn tekst gaat niet (meer) over"
                    f" {topic.name}; voeg een bepaling toe die {topic.content}, of zet het"
                    f" onderwerp bij het artikel dat dit regelt [{topic.source}]",
                    article.id,
                    doc.id,
                )
            if topic.code in hollow or topic.code in covered:
                continue
            yield finding(
                topic.rule,
                _manifest_pos(ctx, doc),
                f"'{doc.title}'{local} regelt {topic.name} niet{topic.note}; voeg een artikel toe"
                f" dat {topic.content} en geef het `onderwerpen: [{topic.code}]`, of zet"
                f" `{topic.code}` bij de onderwerpen van het artikel dat dit al regelt"
                f" [{topic.source}]",
                doc.manifest,
                doc.id,
            )

    check.__name__ = f"covers_{topic.code}"
    return check


for _topic in TOPICS:
    rule(
        _topic.rule,
        _topic.severity,
        f"een regeling regelt {_topic.name} (onderwerp '{_topic.code}'){_topic.note}",
        _topic.source,
    )(_completeness(_topic))


@rule(
    "WGR00", FOUT, "'onderwerpen' noemt alleen bekende Wgr-onderwerpen", "werkwijze van assembler"
)
def known_topics(ctx: Context) -> Iterator[Finding]:
    for fragment in ctx.project.fragments.values():
        for code in fragment.topics:
            if code in CODES:
                continue
            close = difflib.get_close_matches(code, list(CODES), n=1)
            hint = f"bedoelde u '{close[0]}'? " if close else ""
            yield finding(
                "WGR00",
                ctx.pos_of(fragment.id),
                f"onbekend onderwerp '{code}' in 'onderwerpen'; {hint}kies uit: {', '.join(CODES)}",
                fragment.id,
            )


_FIXED_TERM = re.compile(
    r"(?<![\w])bepaalde\s+(?:tijd|termijn|duur|periode|looptijd)\b", re.IGNORECASE
)
# What names a term: a date or year, "tot en met", a number of years or months, a period.
_TERM = re.compile(
    r"\b(\d{4}|tot\s+en\s+met|tot\s+\d|uiterlijk|jaar|jaren|maanden|periode\s+van|looptijd\s+van"
    r"|eindigt|afloop)\b",
    re.IGNORECASE,
)


@rule(
    "WGR20",
    FOUT,
    "een regeling voor bepaalde tijd noemt die tijd (een einddatum of een aantal jaren)",
    "volledigheid van de tekst (bepaalde tijd zonder termijn regelt geen duur)",
)
def fixed_term_named(ctx: Context) -> Iterator[Finding]:
    articles: dict[tuple[str, str], list[Passage]] = {}
    for passage in passages(ctx):
        if passage.place is Place.ARTIKEL and passage.document is not None:
            articles.setdefault((passage.document.id, passage.article), []).append(passage)
    for (_, number), parts in articles.items():
        # The term may stand in another lid of the same article ("Zij eindigt op ...").
        if any(_TERM.search(p.text) for p in parts):
            continue
        for passage in parts:
            for match in _FIXED_TERM.finditer(passage.text):
                yield finding(
                    "WGR20",
                    locate(ctx, passage, match.start(), match.end()),
                    f"artikel {number} noemt '{match.group(0)}' maar niet welke: noem de"
                    " einddatum of het aantal jaren, of schrijf 'onbepaalde tijd'",
                    passage.target,
                    passage.document.id if passage.document else "",
                )
