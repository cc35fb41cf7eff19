"""The text of a regeling's body as the instructions quote it and the consolidation reads it.

One line per paragraph: "Hoofdstuk 5A. Titel", "Artikel 9a. Titel", then each lid ("2. ..."),
onderdeel ("c. ...") and subonderdeel ("1° ...") with its number, and a lid's closing
sentence on a line of its own. A provision that an instruction restates or inserts is quoted
in exactly these lines.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from assembler.model.nodes import (
    Article,
    Chapter,
    Document,
    Lid,
    Onderdeel,
    article_heading,
    chapter_heading,
    plain,
)


class Shape(Enum):
    """What a quoted line is, so that a writer can give it the style of its kind."""

    CHAPTER = "hoofdstuk"
    ARTICLE = "artikel"
    LID = "lid"  # a numbered lid ("2. ...")
    TEXT = "tekst"  # the text of an article without numbered leden, or a closing sentence
    ONDERDEEL = "onderdeel"
    SUBONDERDEEL = "subonderdeel"


@dataclass(frozen=True, slots=True)
class Quoted:
    """One line of provision text as an instruction quotes it."""

    shape: Shape
    text: str


def _numbered(number: str, text: str) -> str:
    return f"{number} {text}" if number else text


def onderdeel_quote(ond: Onderdeel) -> list[Quoted]:
    lines = [Quoted(Shape.ONDERDEEL, _numbered(ond.number, plain(ond.content)))]
    lines.extend(
        Quoted(Shape.SUBONDERDEEL, _numbered(sub.number, plain(sub.content)))
        for sub in ond.subonderdelen
    )
    return lines


def lid_quote(lid: Lid) -> list[Quoted]:
    shape = Shape.LID if lid.number else Shape.TEXT
    lines = (
        [Quoted(shape, _numbered(lid.number, plain(lid.content)))]
        if lid.number or lid.content
        else []
    )
    for ond in lid.onderdelen:
        lines.extend(onderdeel_quote(ond))
    if lid.slot:
        lines.append(Quoted(Shape.TEXT, plain(lid.slot)))
    return lines


def article_quote(article: Article) -> list[Quoted]:
    lines = [Quoted(Shape.ARTICLE, article_heading(article.number, article.title))]
    for lid in article.leden:
        lines.extend(lid_quote(lid))
    return lines


def chapter_quote(chapter: Chapter) -> list[Quoted]:
    lines = (
        [Quoted(Shape.CHAPTER, chapter_heading(chapter.number, chapter.title))]
        if chapter.number
        else []
    )
    for article in chapter.articles:
        lines.extend(article_quote(article))
    return lines


def texts(lines: Iterable[Quoted]) -> list[str]:
    return [line.text for line in lines]


def onderdeel_lines(ond: Onderdeel) -> list[str]:
    return texts(onderdeel_quote(ond))


def lid_lines(lid: Lid) -> list[str]:
    return texts(lid_quote(lid))


def article_lines(article: Article) -> list[str]:
    return texts(article_quote(article))


def chapter_lines(chapter: Chapter) -> list[str]:
    return texts(chapter_quote(chapter))


def body_lines(doc: Document) -> list[str]:
    """The chapters and articles of ``doc``: what a wijzigingsbesluit changes."""
    return [line for chapter in doc.chapters for line in chapter_lines(chapter)]
