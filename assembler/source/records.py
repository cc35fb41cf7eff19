"""The sources as read: validated, positioned, not yet assembled (no numbers, no templates run)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from assembler.errors import Pos
from assembler.model.nodes import Version


@dataclass(frozen=True, slots=True)
class SText:
    """A piece of template text and where it was written."""

    text: str
    pos: Pos


@dataclass(frozen=True, slots=True)
class SItem:
    """A lid, onderdeel or subonderdeel as written: id, text, children, optional slottekst."""

    id: str
    text: SText
    children: tuple[SItem, ...]
    slot: SText | None
    pos: Pos
    condition: SCondition | None = None


@dataclass(frozen=True, slots=True)
class SFragment:
    """One clause fragment: an article."""

    id: str
    title: str
    topic: str
    leden: tuple[SItem, ...]
    toelichting: tuple[SText, ...]
    pos: Pos
    condition: SCondition | None = None
    topics: tuple[str, ...] = ()  # the Wgr topics this article covers ("onderwerpen")
    ignore: tuple[SIgnore, ...] = ()


@dataclass(frozen=True, slots=True)
class SIgnore:
    """A check switched off for one provision, with the recorded reason."""

    rule: str
    reason: str
    pos: Pos


@dataclass(frozen=True, slots=True)
class SRefId:
    """A fragment id as listed in a manifest."""

    id: str
    pos: Pos


@dataclass(frozen=True, slots=True)
class SChapter:
    id: str
    title: str
    articles: tuple[SRefId, ...]
    pos: Pos


@dataclass(frozen=True, slots=True)
class SSection:
    """A titled part of an annex or of the general toelichting."""

    id: str
    title: str
    paragraphs: tuple[SText, ...]
    pos: Pos
    generate: str = ""  # a generated table: "bevoegdheden", "bijdragen", ...


@dataclass(frozen=True, slots=True)
class SManifest:
    id: str
    kind: str
    title: str
    subtitle: SText | None
    citeertitel: SText
    file_stem: str
    per_deelnemer: bool
    organs: tuple[str, ...]
    aanhef: tuple[SText, ...]
    overwegingen: tuple[SText, ...]
    gelet_op: SText | None
    besluiten: SText | None
    chapters: tuple[SChapter, ...]
    has_chapters: bool
    slotformule: tuple[SText, ...]
    bijlagen: tuple[SSection, ...]
    toelichting: tuple[SSection, ...]
    template: str | None
    pos: Pos
    only_with_plustaken: bool = False
    ignore: tuple[SIgnore, ...] = ()
    # Where the file name comes from: 'bestandsnaam' if given, else the manifest's id.
    file_stem_pos: Pos | None = None


@dataclass(frozen=True, slots=True)
class SDeelnemer:
    id: str
    naam: str
    gemeente: str
    college: str
    raad: str
    burgemeester: str
    keuzes: dict[str, Any]  # as written (a YMap, so positions are known)
    pos: Pos
    # Who signs for this deelnemer, by office: "secretaris", "burgemeester", "griffier",
    # "voorzitter" → a name; an office without a name is signed without one.
    ondertekenaars: dict[str, str] = field(default_factory=dict)
    # The date on which the raad gave its toestemming (art. 1 Wgr), per milestone id of the
    # round that asked for it; the regeling's aanhef can cite it once recorded.
    toestemming: dict[str, date] = field(default_factory=dict)
    toestemming_pos: dict[str, Pos] = field(default_factory=dict, compare=False)


@dataclass(frozen=True, slots=True)
class SSettings:
    version: Version  # from the milestones (assembler.source.standing), not from this file
    openbaar_lichaam: dict[str, str]
    variables: dict[str, Any]
    pos: Pos


@dataclass(frozen=True, slots=True)
class SCondition:
    """When a fragment, lid or onderdeel applies: a chosen variant or a plustaak."""

    kind: str  # "keuze" | "plustaak"
    key: str
    value: Any
    pos: Pos
    value_pos: Pos | None = None


@dataclass(frozen=True, slots=True)
class SChoice:
    """A local choice that each deelnemer makes (or that falls back to its default)."""

    id: str
    title: str
    kind: str  # "getal" | "bedrag" | "tekst" | "variant"
    variants: dict[str, str]
    default: Any  # None: required
    pos: Pos
    # 'standaard' was written, even when it was wrong (and reported): a deelnemer without the
    # choice is then not reported again as missing it.
    has_default: bool = False


@dataclass(frozen=True, slots=True)
class SPlustaak:
    id: str
    title: str
    pos: Pos


@dataclass(frozen=True, slots=True)
class SCatalog:
    """Everything a deelnemer can choose."""

    plustaken: tuple[SPlustaak, ...] = ()
    choices: tuple[SChoice, ...] = ()


@dataclass(frozen=True, slots=True)
class SPower:
    """One row of the register of transferred powers."""

    id: str
    register: str  # the folder: "delegatie" | "mandaat"
    wet: str
    artikel: str
    omschrijving: str
    oorspronkelijk: str
    soort: str
    ontvanger: str
    ondermandaat: bool
    uitzonderingen: tuple[str, ...]
    plustaak: str | None  # None: applies to every deelnemer
    grondslag: str
    verordening: bool
    pos: Pos
    ignore: tuple[SIgnore, ...] = ()
    consent: bool = False  # 10:4 Awb: consent of a mandatee outside the organ's line recorded
    qualified_majority: bool = False  # the decision needs a qualified majority


@dataclass(frozen=True, slots=True)
class SDataset:
    """Distribution data per deelnemer (inhabitants, clients) with reference date and source."""

    id: str
    title: str
    peildatum: date
    bron: str
    values: dict[str, int]
    pos: Pos


@dataclass(frozen=True, slots=True)
class SKey:
    """How a task's budget is split."""

    kind: str  # "naar" | "vast" | "uren"
    dataset: str  # for "naar"
    shares: dict[str, Any]  # percentages ("vast") or hours ("uren"), as Decimal
    rate: Any  # Decimal tarief for "uren"
    plustaak: str | None
    pos: Pos


@dataclass(frozen=True, slots=True)
class STask:
    id: str
    title: str
    budget: Any  # Decimal
    key: SKey
    pos: Pos


@dataclass(frozen=True, slots=True)
class SFinance:
    year: int
    buig: str
    datasets: tuple[SDataset, ...]
    tasks: tuple[STask, ...]
    pos: Pos


@dataclass(frozen=True, slots=True)
class SFrozen:
    """The numbers of a document in force (Aanwijzingen 6.16): later versions keep them.

    ``articles`` and ``chapters`` are (id, number) in the order of the version in force;
    ``used`` are numbers given out before and repealed since, never given out again.
    """

    articles: tuple[tuple[str, str], ...]
    chapters: tuple[tuple[str, str], ...] = ()
    used: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Project:
    """Everything read from one version of the repository."""

    settings: SSettings
    deelnemers: tuple[SDeelnemer, ...]
    fragments: dict[str, SFragment]
    manifests: dict[str, SManifest]
    catalog: SCatalog = field(default_factory=lambda: SCatalog())
    powers: tuple[SPower, ...] = ()
    finance: SFinance | None = None
    choices: dict[str, dict[str, Any]] = field(default_factory=dict)  # per deelnemer, resolved
    # Per document id: the numbering in force that this version keeps (empty before a
    # regeling is in force: then everything is numbered 1, 2, 3).
    frozen: dict[str, SFrozen] = field(default_factory=dict)
