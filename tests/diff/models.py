"""Small assembled models, written out in the test: the input of the change tree."""

from __future__ import annotations

from datetime import date

from assembler.model.nodes import (
    Article,
    Chapter,
    Content,
    Document,
    Lid,
    Onderdeel,
    Ref,
    Section,
    Table,
    Text,
    Version,
)


def t(text: str) -> Content:
    return (Text(text),)


def lid(ident: str, text: str, number: str = "", *onderdelen: Onderdeel) -> Lid:
    return Lid(ident, number, t(text), tuple(onderdelen))


def ond(ident: str, number: str, text: str) -> Onderdeel:
    return Onderdeel(ident, number, t(text))


def art(ident: str, number: str, title: str, *leden: Lid, toelichting: str = "") -> Article:
    return Article(ident, number, title, tuple(leden), (t(toelichting),) if toelichting else ())


def ref(target: str, wording: str) -> Ref:
    return Ref(target, wording)


def chapter(ident: str, number: str, title: str, *articles: Article) -> Chapter:
    return Chapter(ident, number, title, tuple(articles))


def renumber(chapters: list[tuple[str, str, list[Article]]]) -> tuple[Chapter, ...]:
    """Chapters with their articles numbered 1, 2, ... in order (as assembly would)."""
    out = []
    count = 0
    for index, (ident, title, articles) in enumerate(chapters, start=1):
        numbered = []
        for a in articles:
            count += 1
            numbered.append(
                Article(a.id, str(count), a.title, a.leden, a.toelichting, a.topic, a.pos)
            )
        out.append(Chapter(ident, str(index), title, tuple(numbered)))
    return tuple(out)


def document(
    chapters: tuple[Chapter, ...] = (),
    aanhef: tuple[Content, ...] = (t("Het college van Adam;"),),
    bijlagen: tuple[Section, ...] = (),
    algemeen: tuple[Section, ...] = (),
) -> Document:
    return Document(
        id="regeling",
        kind="regeling",
        title="Regeling",
        citeertitel="Regeling",
        file_stem="regeling",
        version=Version("Concept", date(2021, 5, 10), False),
        deelnemer=None,
        organs=("college",),
        opschrift=("Regeling",),
        aanhef=aanhef,
        overwegingen=(),
        gelet_op=t("gelet op de Wet gemeenschappelijke regelingen;"),
        besluit=t("besluit:"),
        chapters=chapters,
        slotformule=(),
        signatures=(),
        bijlagen=bijlagen,
        toelichting_algemeen=algemeen,
    )


def table(ident: str, rows: list[tuple[str, tuple[str, ...]]]) -> Table:
    return Table(ident, ("Bevoegdheid", "Wet"), tuple(rows), title="Bevoegdheden")
