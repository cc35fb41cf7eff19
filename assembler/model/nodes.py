"""The assembled document model: frozen dataclasses, numbers and references resolved.

Every node carries the stable ``id`` written in the source. Numbers are computed during
assembly and stored as the literal text every reader will see ("Artikel 7", "2.", "b.",
"1°"). Nothing here does I/O or knows about Word.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from assembler.errors import Pos


@dataclass(frozen=True, slots=True)
class Text:
    """Literal text."""

    text: str


@dataclass(frozen=True, slots=True)
class Ref:
    """A cross-reference to a provision, with its rendered wording ("artikel 7, tweede lid").

    ``document`` is the id of the document that holds ``target`` when that is another document
    ("gr-sociaal"); then ``text`` names that document too ("artikel 8, tweede lid, van de
    Gemeenschappelijke Regeling Sociaal"). Empty for a reference inside the same document.
    """

    target: str
    text: str
    document: str = ""  # the id of the target's document; "" for the same document


Inline = Text | Ref
Content = tuple[Inline, ...]


def article_heading(number: str, title: str) -> str:
    """The article heading as printed: "Artikel 7. Stemverhouding" (every writer's wording)."""
    return f"Artikel {number}. {title}" if title else f"Artikel {number}"


def chapter_heading(number: str, title: str) -> str:
    """The chapter heading as printed: "Hoofdstuk 2. Taken en bevoegdheden"."""
    return f"Hoofdstuk {number}. {title}"


def annex_heading(index: int, count: int, title: str, kind: str = "") -> str:
    """ "Bijlage: titel" for a single annex, "Bijlage 2: titel" when there are several.

    An overview document (``kind == "overzicht"``) has sections, not annexes: just the title.
    """
    if kind == "overzicht":
        return title
    label = f"Bijlage {index}" if count > 1 else "Bijlage"
    return f"{label}: {title}" if title else label


def plain(content: Content) -> str:
    """The content as one string, as every reader will see it."""
    return "".join(node.text for node in content)


@dataclass(frozen=True, slots=True)
class Subonderdeel:
    id: str
    number: str  # "1°"
    content: Content


@dataclass(frozen=True, slots=True)
class Onderdeel:
    id: str
    number: str  # "a."
    content: Content
    subonderdelen: tuple[Subonderdeel, ...] = ()


@dataclass(frozen=True, slots=True)
class Lid:
    id: str
    number: str  # "1."; empty when the article has a single lid
    content: Content
    onderdelen: tuple[Onderdeel, ...] = ()
    slot: Content = ()  # text after the onderdelen ("slotzin"), rarely used


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    number: str  # "1" (the ordinal as text)
    title: str
    leden: tuple[Lid, ...]
    toelichting: tuple[Content, ...] = ()
    topic: str = ""  # the onderwerp folder the fragment came from
    pos: Pos | None = field(default=None, compare=False)

    @property
    def heading(self) -> str:
        """The article heading as printed: "Artikel 7. Stemverhouding"."""
        return article_heading(self.number, self.title)


@dataclass(frozen=True, slots=True)
class Chapter:
    id: str
    number: str  # "1"
    title: str
    articles: tuple[Article, ...]

    @property
    def heading(self) -> str:
        return chapter_heading(self.number, self.title)


@dataclass(frozen=True, slots=True)
class Table:
    """A simple table: header row and body rows of plain cells; rows carry stable ids."""

    id: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, tuple[str, ...]], ...]  # (row id, cells)
    title: str = ""


Block = Content | Table


@dataclass(frozen=True, slots=True)
class Section:
    """A titled part outside the articles: an annex (bijlage) or a part of the toelichting."""

    id: str
    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class Version:
    """What a document is a version of: label, date, and whether it is final.

    Made in one place, :mod:`assembler.source.standing`, from the milestones: a milestone's
    ``naam``/``datum``/``definitief``, or for a work version "Werkversie na <mijlpaal>" with the
    date of its build input. ``process`` is the milestone's ``proces`` text (template variable
    ``versie.proces``); ``status`` says which text it is once a milestone took effect
    (template variable ``versie.status``).
    """

    label: str
    date: date
    final: bool
    author: str = ""
    work: bool = False  # the working tree, or a commit that is no milestone
    process: str = ""
    # After a milestone took effect: which text this is, the geldende or a geconsolideerde
    # tekst, with the date of the last amendment ("" before any milestone took effect).
    status: str = ""

    @property
    def watermark(self) -> str:
        """The diagonal word on every page: none on a final milestone, WERKVERSIE on a work
        version (also after the final milestone: it is not the text that was sent), CONCEPT on
        a milestone that is not final."""
        if self.work:
            return "WERKVERSIE"
        return "" if self.final else "CONCEPT"


@dataclass(frozen=True, slots=True)
class Signature:
    """One signing block of the ondertekening."""

    organ: str
    lines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    kind: str  # "regeling" | "verordening" | "besluit"
    title: str
    citeertitel: str
    file_stem: str  # stable across versions: "gr-sociaal", "verordening-x-dordrecht"
    version: Version
    deelnemer: str | None  # the deelnemer id for a per-deelnemer document
    organs: tuple[str, ...]
    opschrift: tuple[str, ...]
    aanhef: tuple[Content, ...]
    overwegingen: tuple[Content, ...]
    gelet_op: Content
    besluit: Content  # "besluiten: vast te stellen de volgende regeling:"
    chapters: tuple[Chapter, ...]
    slotformule: tuple[Content, ...]
    signatures: tuple[Signature, ...]
    bijlagen: tuple[Section, ...]
    toelichting_algemeen: tuple[Section, ...]
    manifest: str = ""  # id of the manifest this document was assembled from

    @property
    def articles(self) -> tuple[Article, ...]:
        return tuple(a for c in self.chapters for a in c.articles)


def sections_document(
    ident: str,
    title: str,
    opschrift: str,
    version: Version,
    sections: Sequence[Section],
    deelnemer: str | None = None,
) -> Document:
    """A document of sections only (an overview, a table, a proposal): no aanhef, no articles,
    no signatures; its title is also its citeertitel and its id its file name."""
    return Document(
        id=ident,
        kind="overzicht",
        title=title,
        citeertitel=title,
        file_stem=ident,
        version=version,
        deelnemer=deelnemer,
        organs=(),
        opschrift=(opschrift,),
        aanhef=(),
        overwegingen=(),
        gelet_op=(),
        besluit=(),
        chapters=(),
        slotformule=(),
        signatures=(),
        bijlagen=tuple(sections),
        toelichting_algemeen=(),
        manifest=ident,
    )
