"""Mandaat and delegatie (Awb title 10.1, Wgr, Gemeentewet 156) checked on the register of powers.

Every rule looks at the rows of ``clausules/delegatie/`` and ``clausules/mandaat/`` and reports at
the ``id`` of the row involved. Volmacht and machtiging follow the rules for mandaat (10:12 Awb)
where the rule is about who may act; the rules about decisions (bezwaar, boete, 10:17) only
concern mandaat, because private-law acts and other acts are not decisions and cannot be delegated.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assembler.checks.base import FOUT, Context, Finding, finding, rule
from assembler.checks.reading import (
    REF_MARK,
    article_key,
    article_passages,
    listed_after,
    locate,
    row_field,
)
from assembler.source.records import SPower

MANDATES = ("mandaat", "volmacht", "machtiging")
OFFICIALS = ("directeur", "secretaris")
MUNICIPAL = ("raad", "college", "burgemeester")
# Who works under whose responsibility: the director (also the secretary) is appointed by and
# accountable to the dagelijks bestuur. Everyone else is outside the mandating organ's line.
LINE = {"dagelijks_bestuur": OFFICIALS}

NAMES = {
    "raad": "de raad",
    "college": "het college",
    "burgemeester": "de burgemeester",
    "algemeen_bestuur": "het algemeen bestuur",
    "dagelijks_bestuur": "het dagelijks bestuur",
    "voorzitter": "de voorzitter",
    "directeur": "de directeur",
    "secretaris": "de secretaris",
}

PARTIES = {"raad": "de raden", "college": "de colleges", "burgemeester": "de burgemeesters"}

_FINE = re.compile(r"\bopleggen van (een )?bestuurlijke boetes?\b", re.IGNORECASE)
_EXCEPT = re.compile(r"\bmet uitzondering van\b", re.IGNORECASE)

# Gemeentewet art. 156, second lid (text in force in 2021-2022), with the words that name each
# power in an omschrijving, and the Gemeentewet articles it refers to.
NEVER_TRANSFERRED = (
    (re.compile(r"\brekenkamer", re.IGNORECASE), "de instelling van een rekenkamer"),
    (re.compile(r"\benqu[eê]te", re.IGNORECASE), "het instellen van een onderzoek (enquête)"),
    (
        re.compile(r"(?<!binnen de )(?<!vastgestelde )\bbegroting", re.IGNORECASE),
        "de vaststelling of wijziging van de begroting",
    ),
    (re.compile(r"\bjaarrekening", re.IGNORECASE), "de vaststelling van de jaarrekening"),
    (
        re.compile(r"\bstraf", re.IGNORECASE),
        "het stellen van straf op overtreding van verordeningen",
    ),
    (
        re.compile(r"\bfinanci[eë]le verordening|\bcontroleverordening", re.IGNORECASE),
        "de financiële verordeningen (artikelen 212, 213 en 213a Gemeentewet)",
    ),
    (re.compile(r"\baccountant", re.IGNORECASE), "de aanwijzing van de accountant"),
    (re.compile(r"\bbelasting", re.IGNORECASE), "de heffing van belastingen"),
)
NEVER_TRANSFERRED_ARTICLES = {
    "81a": "de instelling van een rekenkamer",
    "81oa": "de regels voor de rekenkamerfunctie",
    "155a": "het instellen van een onderzoek (enquête)",
    "189": "de vaststelling of wijziging van de begroting",
    "190": "de vaststelling of wijziging van de begroting",
    "191": "de vaststelling of wijziging van de begroting",
    "198": "de vaststelling van de jaarrekening",
    "212": "de financiële verordening",
    "213": "de controleverordening of de aanwijzing van de accountant",
    "213a": "de verordening over onderzoek naar doelmatigheid en doeltreffendheid",
}


def _name(organ: str) -> str:
    return NAMES.get(organ, organ)


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _same_power(a: SPower, b: SPower) -> bool:
    """The same statutory power, for deelnemers that can overlap."""
    return (
        _norm(a.wet) == _norm(b.wet)
        and article_key(a.artikel) == article_key(b.artikel)  # "160, lid 1" is "160, eerste lid"
        and (a.plustaak is None or b.plustaak is None or a.plustaak == b.plustaak)
    )


def _excludes(power: SPower, what: str) -> bool:
    return any(_norm(u) == what for u in power.uitzonderingen)


def _mandates(ctx: Context) -> Iterator[SPower]:
    return (p for p in ctx.project.powers if p.soort in MANDATES)


def _at(
    code: str, power: SPower, message: str, ctx: Context | None = None, key: str = ""
) -> Finding:
    """A finding about one register row, at the field ``key`` it is about when given."""
    pos = row_field(ctx, power.pos, key) if ctx is not None else power.pos
    return finding(code, pos, f"bevoegdheid '{power.id}': {message}", power.id)


@rule(
    "AWB01",
    FOUT,
    "geen mandaat, volmacht of machtiging tot het vaststellen van een verordening"
    " (artikel 10:3, tweede lid, onderdeel a, Awb)",
)
def no_mandate_for_regulations(ctx: Context) -> Iterator[Finding]:
    for power in _mandates(ctx):
        if power.verordening:
            yield _at(
                "AWB01",
                power,
                f"{power.soort} tot het vaststellen van een verordening (algemeen verbindende"
                " voorschriften) is niet toegestaan (artikel 10:3, tweede lid, onderdeel a, Awb);"
                " draag de bevoegdheid over met 'soort: delegatie' als de wet dat toestaat, of laat"
                f" haar bij {_name(power.oorspronkelijk)}. Staat de wet die de bevoegdheid geeft"
                " mandaat uitdrukkelijk toe, leg dat dan vast met 'negeer' en de reden",
                ctx=ctx,
                key="verordening",
            )


@rule(
    "AWB02",
    FOUT,
    "geen mandaat voor een besluit dat een gekwalificeerde meerderheid vraagt"
    " (artikel 10:3, tweede lid, onderdeel b, Awb)",
)
def no_mandate_for_qualified_majority(ctx: Context) -> Iterator[Finding]:
    for power in _mandates(ctx):
        if power.qualified_majority:
            yield _at(
                "AWB02",
                power,
                "een besluit dat met een gekwalificeerde meerderheid moet worden genomen, kan niet"
                f" in {power.soort} worden gegeven (artikel 10:3, tweede lid, onderdeel b, Awb);"
                f" laat dit besluit bij {_name(power.oorspronkelijk)} en schrap de bevoegdheid uit"
                " het register",
            )


@rule(
    "AWB03",
    FOUT,
    "wie een besluit in mandaat neemt, beslist niet op het bezwaar ertegen: 'bezwaar' staat bij"
    " de uitzonderingen (artikel 10:3, derde lid, Awb)",
)
def bezwaar_excluded(ctx: Context) -> Iterator[Finding]:
    for power in ctx.project.powers:
        if power.soort == "mandaat" and not _excludes(power, "bezwaar"):
            yield _at(
                "AWB03",
                power,
                "het mandaat sluit niet uit dat wie het besluit krachtens mandaat nam, ook op het"
                " bezwaarschrift ertegen beslist (artikel 10:3, derde lid, Awb); voeg 'bezwaar' toe"
                " aan 'uitzonderingen'",
                ctx=ctx,
                key="uitzonderingen",
            )


@rule(
    "AWB04",
    FOUT,
    "ondermandaat alleen waar het mandaat het toestaat (artikel 10:9 Awb)",
)
def submandate_allowed(ctx: Context) -> Iterator[Finding]:
    powers = ctx.project.powers
    for child in powers:
        if child.soort not in MANDATES:
            continue
        for parent in powers:
            if (
                parent is not child
                and parent.soort in MANDATES
                and parent.ontvanger == child.oorspronkelijk
                and _same_power(parent, child)
                and not parent.ondermandaat
            ):
                yield _at(
                    "AWB04",
                    child,
                    f"{_name(child.oorspronkelijk)} oefent deze bevoegdheid zelf uit krachtens"
                    f" {parent.soort} van {_name(parent.oorspronkelijk)} ('{parent.id}', regel"
                    f" {parent.pos.line}), dat geen ondermandaat toestaat (artikel 10:9 Awb);"
                    f" zet 'ondermandaat: true' bij '{parent.id}' als de mandaatgever ondermandaat"
                    " toestaat, of schrap dit ondermandaat",
                )


def _imposes_fine(power: SPower) -> bool:
    """Whether the mandate covers imposing a bestuurlijke boete (not if the text excepts it)."""
    covered = _EXCEPT.split(power.omschrijving, maxsplit=1)[0]
    return bool(_FINE.search(covered))


@rule(
    "AWB05",
    FOUT,
    "een bestuurlijke boete wordt in mandaat niet opgelegd door wie het rapport opmaakte:"
    " 'boete' staat bij de uitzonderingen (artikel 10:3, vierde lid, Awb)",
)
def fine_excluded(ctx: Context) -> Iterator[Finding]:
    for power in ctx.project.powers:
        if power.soort == "mandaat" and _imposes_fine(power) and not _excludes(power, "boete"):
            yield _at(
                "AWB05",
                power,
                "het mandaat omvat het opleggen van een bestuurlijke boete, maar sluit niet uit dat"
                " de boete wordt opgelegd door wie het rapport van de overtreding opmaakte (artikel"
                " 10:3, vierde lid, Awb); voeg 'boete' toe aan 'uitzonderingen'",
                ctx=ctx,
                key="uitzonderingen",
            )


def _in_line(power: SPower) -> bool:
    return power.ontvanger == power.oorspronkelijk or power.ontvanger in LINE.get(
        power.oorspronkelijk, ()
    )


@rule(
    "AWB06",
    FOUT,
    "mandaat aan iemand buiten de lijn van de mandaatgever legt de instemming vast"
    " ('instemming: true'; artikel 10:4 Awb)",
)
def consent_recorded(ctx: Context) -> Iterator[Finding]:
    for power in _mandates(ctx):
        if _in_line(power) or power.consent:
            continue
        via = (
            "" if power.soort == "mandaat" else ", van overeenkomstige toepassing via artikel 10:12"
        )
        yield _at(
            "AWB06",
            power,
            f"{_name(power.ontvanger)} werkt niet onder verantwoordelijkheid van"
            f" {_name(power.oorspronkelijk)}; {power.soort} vraagt dan de instemming van de"
            f" gemandateerde en van het orgaan waaronder die werkt (artikel 10:4 Awb{via}); leg"
            " die instemming vast in het besluit of de regeling en zet 'instemming: true' bij"
            " deze bevoegdheid",
            ctx=ctx,
            key="ontvanger",
        )


_AWB_10_15 = re.compile(r"\b10\s*:\s*15\b")


@rule(
    "AWB07",
    FOUT,
    "delegatie heeft een wettelijke grondslag: 'grondslag' noemt het wettelijk voorschrift dat"
    " de delegatie toestaat, niet artikel 10:15 Awb zelf",
    "Awb, artikel 10:15",
)
def delegation_basis(ctx: Context) -> Iterator[Finding]:
    for power in ctx.project.powers:
        if power.soort != "delegatie":
            continue
        if not power.grondslag.strip():
            yield _at(
                "AWB07",
                power,
                "delegatie zonder grondslag: delegatie kan alleen als een wettelijk voorschrift"
                " erin voorziet (artikel 10:15 Awb); vul 'grondslag' in met het voorschrift dat"
                " de overdracht toestaat, of maak er mandaat van",
                ctx=ctx,
                key="grondslag",
            )
        elif _AWB_10_15.search(power.grondslag):
            # 10:15 demands a statutory basis; it is not one. For a GR the basis is the Wgr
            # (transfer by the regeling) and the statute that holds the power.
            yield _at(
                "AWB07",
                power,
                "artikel 10:15 Awb is geen grondslag voor delegatie: het eist er een. Noem in"
                " 'grondslag' het wettelijk voorschrift dat de bevoegdheid geeft en de Wet"
                " gemeenschappelijke regelingen (overdracht bij de regeling), zonder 10:15 Awb",
                ctx=ctx,
                key="grondslag",
            )


@rule(
    "AWB08",
    FOUT,
    "geen delegatie aan een ondergeschikte zoals de directeur of de secretaris (artikel 10:14 Awb)",
)
def no_delegation_to_subordinate(ctx: Context) -> Iterator[Finding]:
    for power in ctx.project.powers:
        if power.soort == "delegatie" and power.ontvanger in OFFICIALS:
            yield _at(
                "AWB08",
                power,
                f"delegatie aan {_name(power.ontvanger)}, een ondergeschikte, is niet toegestaan"
                " (artikel 10:14 Awb); maak er 'soort: mandaat' van, met 'bezwaar' bij de"
                " uitzonderingen",
                ctx=ctx,
                key="ontvanger",
            )


@rule(
    "AWB09",
    FOUT,
    "een gedelegeerde bevoegdheid staat niet ook in de mandaatlijst van het delegerende orgaan"
    " (artikel 10:17 Awb)",
)
def delegated_not_mandated(ctx: Context) -> Iterator[Finding]:
    powers = ctx.project.powers
    for delegated in powers:
        if delegated.soort != "delegatie":
            continue
        for mandate in powers:
            if (
                mandate.soort == "mandaat"
                and mandate.oorspronkelijk == delegated.oorspronkelijk
                and _same_power(mandate, delegated)
            ):
                yield _at(
                    "AWB09",
                    mandate,
                    f"{_name(mandate.oorspronkelijk)} heeft deze bevoegdheid gedelegeerd"
                    f" ('{delegated.id}', regel {delegated.pos.line}) en kan haar daarna niet meer"
                    " zelf uitoefenen, dus ook niet mandateren (artikel 10:17 Awb); schrap dit"
                    " mandaat, of schrap de delegatie als de bevoegdheid in mandaat moet blijven",
                )


def _regeling_organs(ctx: Context) -> set[str] | None:
    """The organs that made the gemeenschappelijke regeling(en); None without a regeling."""
    regelingen = [m for m in ctx.project.manifests.values() if m.kind == "regeling"]
    if not regelingen:
        return None
    return {organ for m in regelingen for organ in m.organs}


@rule(
    "AWB10",
    FOUT,
    "in een collegeregeling worden alleen bevoegdheden van de colleges overgedragen of"
    " gemandateerd (Wgr)",
)
def only_the_parties_powers(ctx: Context) -> Iterator[Finding]:
    organs = _regeling_organs(ctx)
    if organs is None:
        return
    kind = (
        "een collegeregeling"
        if organs == {"college"}
        else "getroffen door " + " en ".join(PARTIES.get(o, o) for o in sorted(organs))
    )
    for power in ctx.project.powers:
        if power.oorspronkelijk in MUNICIPAL and power.oorspronkelijk not in organs:
            yield _at(
                "AWB10",
                power,
                f"de regeling is {kind}; een bevoegdheid van {_name(power.oorspronkelijk)} kan"
                " daarbij niet worden overgedragen of gemandateerd, want elk orgaan treft de regeling"
                " alleen voor zijn eigen bevoegdheden (artikel 1, eerste lid, Wgr); laat de"
                f" bevoegdheid bij {_name(power.oorspronkelijk)} en schrap haar uit het register,"
                f" of laat ook {_name(power.oorspronkelijk)} de regeling treffen",
                ctx=ctx,
                key="oorspronkelijk",
            )


def _never_transferred(power: SPower) -> str:
    """What the row names of Gemeentewet 156(2), or ''."""
    if _norm(power.wet) == "gemeentewet":
        number = _norm(power.artikel).split(",")[0].split(" ")[0]
        if number in NEVER_TRANSFERRED_ARTICLES:
            return NEVER_TRANSFERRED_ARTICLES[number]
    for pattern, what in NEVER_TRANSFERRED:
        if pattern.search(power.omschrijving):
            return what
    return ""


@rule(
    "AWB11",
    FOUT,
    "bevoegdheden van de raad die nooit kunnen worden overgedragen (begroting, jaarrekening,"
    " belastingen, financiële verordeningen, rekenkamer, ...; artikel 156, tweede lid, Gemeentewet)",
)
def raad_powers_kept(ctx: Context) -> Iterator[Finding]:
    for power in ctx.project.powers:
        if power.oorspronkelijk != "raad":
            continue
        what = _never_transferred(power)
        if what:
            yield _at(
                "AWB11",
                power,
                f"{what} is een bevoegdheid die de raad niet kan overdragen of mandateren (artikel"
                " 156, tweede lid, Gemeentewet); schrap de bevoegdheid uit het register, de raad"
                " oefent haar zelf uit",
                ctx=ctx,
                key="omschrijving",
            )


# "De directeur kan alle bevoegdheden die hem bij dit besluit zijn gemandateerd verder
# mandateren": a text that lets an official pass on every mandate, without exceptions.
_PASSES_ON = re.compile(
    rf"\b(?:de|het)\s+(?P<who>{'|'.join(OFFICIALS)})\s+kan\s+(?P<what>[^.;]*?)\bverder\s+"
    r"(?:te\s+)?mandateren\b",
    re.IGNORECASE,
)
_EXCEPTING = re.compile(r"\b(?:met uitzondering|behalve|uitgezonderd|tenzij|voor zover)\b", re.I)


@rule(
    "AWB12",
    FOUT,
    "een tekst laat de directeur niet alle bevoegdheden verder mandateren als het register voor"
    " een ervan geen ondermandaat toestaat (artikel 10:9 Awb)",
    "Awb, artikel 10:9 (samen met het register van bevoegdheden)",
)
def text_submandate_allowed(ctx: Context) -> Iterator[Finding]:
    for passage in (p for parts in article_passages(ctx).values() for p in parts):
        assert passage.document is not None
        for match in _PASSES_ON.finditer(passage.text):
            if _EXCEPTING.search(match.group("what")) or REF_MARK in match.group("what"):
                continue  # the exceptions are named (or referred to)
            who = match.group("who").lower()
            closed = [
                p
                for p in ctx.project.powers
                if p.soort in MANDATES and p.ontvanger == who and not p.ondermandaat
            ]
            if not closed:
                continue
            rows = ", ".join(f"'{p.id}'" for p in closed[:3]) + (" ..." if len(closed) > 3 else "")
            yield finding(
                "AWB12",
                locate(ctx, passage, match.start(), match.end()),
                f"de {who} mag hier alle bevoegdheden verder mandateren, maar het register staat"
                f" ondermandaat niet toe voor {rows} (artikel 10:9 Awb); noem die uitzondering in"
                " de tekst",
                passage.target,
                passage.document.id,
            )


# The list of decisions that need a qualified majority ("Een besluit over een van de volgende
# onderwerpen vergt ten minste twee derde ...:"), and how a text names their act.
_QUALIFIED_LIST = re.compile(r"\b(?:twee derde|drie vierde|gekwalificeerde)\b[^.]*:\s*$", re.I)
_ACTS = {"vaststelling": ("vaststel", "vast te stellen"), "wijziging": ("wijzig",)}
_ITEM = re.compile(
    r"^\s*(?:de|het|een)\s+(?P<acts>(?:vaststelling|wijziging)(?:\s+(?:en|of)\s+"
    r"(?:vaststelling|wijziging))?)\s+van\s+(?:de|het)\s+(?P<object>[\w-]+)",
    re.IGNORECASE,
)


def _qualified_acts(ctx: Context) -> list[tuple[tuple[str, ...], str, str]]:
    """Per decision of the qualified-majority list: (stems of the act, object, as written)."""
    found: list[tuple[tuple[str, ...], str, str]] = []
    for parts in article_passages(ctx).values():
        for item in (i for items in listed_after(parts, _QUALIFIED_LIST) for i in items):
            if (match := _ITEM.match(item.text)) is None:
                continue
            stems = tuple(
                s
                for act in re.findall(r"\w+", match.group("acts").lower())
                for s in _ACTS.get(act, ())
            )
            written = item.text.split(",")[0].strip()
            found.append((stems, match.group("object").lower(), written))
    return found


@rule(
    "AWB13",
    FOUT,
    "een tekst verleent geen mandaat voor een besluit dat volgens de regeling een"
    " gekwalificeerde meerderheid vraagt (artikel 10:3, tweede lid, onderdeel b, Awb)",
    "Awb, artikel 10:3, tweede lid, onderdeel b (samen met de lijst van de regeling)",
)
def text_mandate_not_qualified(ctx: Context) -> Iterator[Finding]:
    acts = _qualified_acts(ctx)
    if not acts:
        return
    for passage in (p for parts in article_passages(ctx).values() for p in parts):
        assert passage.document is not None
        lowered = passage.text.lower()
        if not re.search(r"\bmandaat\b", lowered) or re.search(r"\b(?:niet|geen)\b", lowered):
            continue
        for stems, obj, written in acts:
            for stem in stems:
                match = re.search(
                    rf"\b(?:tot\s+)?(?:het\s+)?\w*{re.escape(stem)}\w*\s+van\s+(?:de|het)\s+"
                    rf"{re.escape(obj)}\b",
                    passage.text,
                    re.IGNORECASE,
                )
                if match is None:
                    continue
                yield finding(
                    "AWB13",
                    locate(ctx, passage, match.start(), match.end()),
                    f"'{match.group(0)}' wordt hier in mandaat gegeven, maar {written} vraagt"
                    " volgens de regeling een gekwalificeerde meerderheid en kan daarom niet"
                    " worden gemandateerd (artikel 10:3, tweede lid, onderdeel b, Awb)",
                    passage.target,
                    passage.document.id,
                )
                break
