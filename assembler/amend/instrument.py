"""The wijzigingsbesluit (or wijzigingsverordening) of one document, as data.

:func:`instrument` takes the version in force and the new version of a regeling or
verordening, the change set of the round (its reasons per provision) and the parties that
adopt it, and returns an :class:`Instrument`: opschrift, aanhef, overwegingen, "gelet op",
ARTIKEL I with the lettered instructions (:mod:`assembler.amend.instructions`), ARTIKEL II
inwerkingtreding, slotformule, ondertekening and a toelichting that gives, per instruction,
the reasons recorded for the provisions it changes. The Word writer
(:mod:`assembler.render.docx.instrument`) only lays this out.

The legal frame (Aanwijzingen voor de regelgeving, chapter 6): the articles of the instrument
are Roman (6.6), one ARTIKEL per amended regeling (6.15(1)), the last one the inwerkingtreding.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum

from assembler.amend.annexes import annex_changes
from assembler.amend.consolidated import Quoted, article_lines, chapter_quote
from assembler.amend.instructions import Instruction, Line, Style, instructions, lettered
from assembler.diff.words import Op, diff_tokens, tokens
from assembler.model.dates import dutch_date
from assembler.model.nodes import Document, Section, Signature, Version, plain
from assembler.model.numbering import count_words, ordinal
from assembler.model.wording import articles, definite_article

# Above this share of changed words in the body, restating the whole regeling reads better than
# a list of instructions (Aanwijzing 6.2 weighs withdrawal and re-enactment for big changes).
INTEGRAL_SHARE = 0.4


class Form(Enum):
    """How ARTIKEL I states the change."""

    INSTRUCTIONS = "opdrachten"  # lettered instructions A, B, C ...
    INTEGRAL = "integraal"  # "De regeling komt te luiden:" with the whole new text


@dataclass(frozen=True, slots=True)
class Explanation:
    """The toelichting on one instruction: its letter, what it concerns and why."""

    letter: str
    concerns: str  # "artikel 9a"
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Instrument:
    """A wijzigingsbesluit or wijzigingsverordening, ready to be laid out."""

    file_stem: str
    title: (
        str  # the short title in the header: "Eerste wijziging Gemeenschappelijke Regeling Sociaal"
    )
    opschrift: str  # "Besluit van de colleges ... tot wijziging van de ..."
    version: Version
    aanhef: tuple[str, ...]
    overwegingen: tuple[str, ...]
    gelet_op: str
    besluit: str
    intro: str  # "De Gemeenschappelijke Regeling Sociaal wordt als volgt gewijzigd:"
    form: Form
    instructions: tuple[Instruction, ...]
    closing: tuple[str, ...]  # ARTIKEL II: the inwerkingtreding
    slotformule: tuple[str, ...]
    signatures: tuple[Signature, ...]
    annexes: tuple[Section, ...]  # the new text of each annex it replaces or adds
    toelichting: tuple[str, ...]  # the general part, paragraph by paragraph
    explanations: tuple[Explanation, ...]  # per instruction
    changed_share: float  # the share of the body's words that changed (0..1)

    @property
    def lines(self) -> tuple[Line, ...]:
        """Every line of ARTIKEL I after its intro, in order."""
        return tuple(line for item in self.instructions for line in item.lines)


# The topic (``onderwerpen:``) of the article on which the regeling's amendment rests.
AMENDMENT_TOPIC = "wijziging"


@dataclass(frozen=True, slots=True)
class Amended:
    """A document that changed after the text in force, with the instrument that amends it."""

    old: Document
    new: Document
    instrument: Instrument


@dataclass(frozen=True, slots=True)
class Parties:
    """Who adopts the instrument, as the regeling's data names them."""

    organs: str  # "de colleges van burgemeester en wethouders van Alblasserdam, ... en Zwijndrecht"
    basis: str  # the legal basis: "artikel 1, eerste, vierde en vijfde lid, van de Wet ..."
    amendment_article: str = ""  # the regeling's own article on its amendment: "artikel 42"
    in_force: date | None = None  # since when the version in force applies
    commencement: date | None = None  # when the instrument takes effect; None: after publication


_PLACEHOLDER_YEAR = re.compile(r"\.\.\. (\d{4})")


def _this_year(text: str, year: int) -> str:
    """An adoption date still to be filled in ("van ... 2021") carries the instrument's year."""
    return _PLACEHOLDER_YEAR.sub(f"... {year}", text)


def changed_share(old: Document, new: Document) -> float:
    """The share of the body's words (old and new counted together) that changed, article by
    article aligned on id: an inserted or deleted article counts whole."""
    before = {a.id: " ".join(article_lines(a)[1:]) for a in old.articles}
    after = {a.id: " ".join(article_lines(a)[1:]) for a in new.articles}
    total = changed = 0
    for ident in dict.fromkeys([*before, *after]):
        a, b = tokens(before.get(ident, "")), tokens(after.get(ident, ""))
        if a == b:
            total += 2 * _words(a)
            continue
        for op, run in diff_tokens(a, b):
            words = _words(run)
            total += 2 * words if op is Op.SAME else words
            if op is not Op.SAME:
                changed += words
    return changed / total if total else 0.0


def _words(run: Sequence[str]) -> int:
    return sum(1 for token in run if token.strip())


def _concerns(item: Instruction, numbers: Mapping[str, str]) -> str:
    """The articles an instruction concerns, by number: "artikel 9a", "artikelen 12 en 20a"."""
    found = list(dict.fromkeys(numbers[p] for p in item.provisions if p in numbers))
    return articles(found) if found else ""


def _reasons(item: Instruction, reasons: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    out: dict[str, None] = {}
    for provision in item.provisions:
        for reason in reasons.get(provision, ()):
            out.setdefault(reason)
    return tuple(out)


def _integral(new: Document) -> tuple[Instruction, ...]:
    quoted: list[Quoted] = [line for c in new.chapters for line in chapter_quote(c)]
    lines = (
        Line(Style.SENTENCE, f"De {new.citeertitel} komt te luiden:"),
        *(Line(Style.QUOTE, q.text, q) for q in quoted),
    )
    return (Instruction("", lines, tuple(a.id for a in new.articles)),)


def instrument(
    old: Document,
    new: Document,
    reasons: Mapping[str, tuple[str, ...]],
    parties: Parties,
    version: Version,
    number: int = 1,
    form: Form = Form.INSTRUCTIONS,
    signatures: Sequence[Signature] | None = None,
) -> Instrument:
    """The instrument that turns ``old`` (in force) into ``new``.

    ``reasons`` maps provision ids to the messages of the commits that changed them (the change
    set); ``number`` is the instrument's place in the regeling's amendments (1: "Eerste").
    """
    verordening = new.kind == "verordening"
    regeling = new.kind == "regeling"  # only the regeling needs the raden's zienswijze
    this = "Deze verordening" if verordening else "Dit besluit"
    year = version.date.year
    count = ordinal(number)
    cited = new.citeertitel
    the = definite_article(cited)
    title = f"{count.capitalize()} wijziging {cited}"
    if verordening:
        opschrift = f"Verordening van {parties.organs} tot wijziging van {the} {cited}"
    else:
        opschrift = f"Besluit van {parties.organs} tot wijziging van {the} {cited}"
    share = changed_share(old, new)
    items = _integral(new) if form is Form.INTEGRAL else instructions(old, new)
    on_annexes, carried = annex_changes(old, new)
    items += lettered([(c.sentence, c.provisions) for c in on_annexes], len(items))
    numbers = {a.id: a.number for a in (*old.articles, *new.articles)}

    since = f" sinds {dutch_date(parties.in_force)}" if parties.in_force else ""
    own = f"{parties.amendment_article} van de {cited}" if parties.amendment_article else ""
    overwegingen = [
        f"overwegende dat {the} {cited}{since} in werking is;",
        f"dat het wenselijk is {the} {cited} te wijzigen om de redenen die in de toelichting"
        f" bij {'deze verordening' if verordening else 'dit besluit'} zijn vermeld;",
    ]
    if regeling:
        where = f", zoals {own} vereist" if own else ""
        overwegingen.append(
            "dat de raden in de gelegenheid zijn gesteld hun zienswijze over het ontwerp"
            f" naar voren te brengen en de raden toestemming hebben verleend{where};"
        )
    basis = f"{parties.basis} en {own}" if own else parties.basis
    # A verordening and a besluit rest on what they were made on; the regeling on the Wgr and
    # its own article on its amendment.
    gelet_op = plain(new.gelet_op) if not regeling and new.gelet_op else f"gelet op {basis};"
    verb = (plain(new.besluit).split() or ["besluiten"])[0]
    if verb not in ("besluit", "besluiten"):
        verb = "besluit" if verordening else "besluiten"
    besluit = f"{verb}: vast te stellen {'de volgende verordening' if verordening else 'het volgende besluit'}:"

    if parties.commencement is not None:
        closing = f"{this} treedt in werking met ingang van {dutch_date(parties.commencement)}."
    else:
        closing = f"{this} treedt in werking met ingang van de dag na die van de bekendmaking."
    # No citeertitel: an amending instrument gets none (Aanwijzing 4.23); its title is enough.
    closing_lines = (closing,)

    explanations = tuple(
        Explanation(item.letter, _concerns(item, numbers), _reasons(item, reasons))
        for item in items
    )
    general = [
        f"{this} wijzigt {the} {cited}, zoals {'dat' if the == 'het' else 'die'}{since} geldt. Artikel I bevat de wijzigingen;"
        " artikel II regelt de inwerkingtreding.",
    ]
    if form is Form.INTEGRAL:
        general.append(
            f"Omdat {round(share * 100)} % van de tekst wijzigt, is de regeling in haar geheel"
            " opnieuw vastgesteld in plaats van in afzonderlijke wijzigingsopdrachten."
        )
    else:
        where = (
            "De wijziging staat in onderdeel A."
            if len(items) == 1
            else f"De wijzigingen zijn in {count_words(len(items))} onderdelen opgenomen, in de"
            " volgorde van de tekst."
        )
        general.append(
            f"{where} Een bepaling die grotendeels wijzigt,"
            " wordt in haar geheel opnieuw vastgesteld („komt te luiden”); een nieuw artikel krijgt"
            " het nummer van het voorgaande artikel met een letter, zodat de nummering van de"
            " bestaande artikelen en de verwijzingen ernaar gelijk blijven."
        )
    if regeling:
        general.append(
            "Over het ontwerp van dit besluit hebben de raden hun zienswijze naar voren kunnen"
            " brengen; ieder college besluit pas nadat de raad van zijn gemeente toestemming heeft"
            f" verleend{f' ({own})' if own else ''}."
        )
    return Instrument(
        file_stem=f"wijziging-{new.file_stem}",
        title=title,
        opschrift=opschrift,
        version=version,
        aanhef=tuple(_this_year(plain(c), year) for c in new.aanhef),
        overwegingen=tuple(overwegingen),
        gelet_op=gelet_op,
        besluit=besluit,
        intro=f"{the.capitalize()} {cited} wordt als volgt gewijzigd:",
        form=form,
        instructions=items,
        closing=closing_lines,
        slotformule=tuple(_this_year(plain(c), year) for c in new.slotformule),
        signatures=tuple(new.signatures if signatures is None else signatures),
        annexes=carried,
        toelichting=tuple(general),
        explanations=explanations,
        changed_share=share,
    )
