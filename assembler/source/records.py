"""The sources as read: validated, positioned, not yet assembled (no numbers, no templates run)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from assembler.model.nodes import Pos


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


@dataclass(frozen=True, slots=True)
class SFragment:
    """One clause fragment: an article."""

    id: str
    title: str
    topic: str
    leden: tuple[SItem, ...]
    toelichting: tuple[SText, ...]
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


@dataclass(frozen=True, slots=True)
class SDeelnemer:
    id: str
    naam: str
    gemeente: str
    college: str
    raad: str
    burgemeester: str
    keuzes: dict[str, Any]
    pos: Pos


@dataclass(frozen=True, slots=True)
class SVersion:
    label: str
    date: date
    final: bool
    author: str


@dataclass(frozen=True, slots=True)
class SSettings:
    version: SVersion
    openbaar_lichaam: dict[str, str]
    variables: dict[str, Any]
    pos: Pos


@dataclass(frozen=True, slots=True)
class Project:
    """Everything read from one version of the repository."""

    settings: SSettings
    deelnemers: tuple[SDeelnemer, ...]
    fragments: dict[str, SFragment]
    manifests: dict[str, SManifest]
    files: dict[str, bytes] = field(default_factory=dict)  # extra files (templates) by path
