"""The text of a regeling's body as the instructions quote it and the consolidation reads it.

One line per paragraph: "Hoofdstuk 5A. Titel", "Artikel 9a. Titel", then each lid ("2. ..."),
onderdeel ("c. ...") and subonderdeel ("1° ...") with its number, and a lid's closing
sentence on a line of its own. A provision that an instruction restates or inserts is quoted
in exactly these lines.
"""

from __future__ import annotations

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


def _numbered(number: str, text: str) -> str:
    return f"{number} {text}" if number else text


def onderdeel_lines(ond: Onderdeel) -> list[str]:
    lines = [_numbered(ond.number, plain(ond.content))]
    lines.extend(_numbered(sub.number, plain(sub.content)) for sub in ond.subonderdelen)
    return lines


def lid_lines(lid: Lid) -> list[str]:
    lines = [_numbered(lid.number, plain(lid.content))] if lid.number or lid.content else []
    for ond in lid.onderdelen:
        lines.extend(onderdeel_lines(ond))
    if lid.slot:
        lines.append(plain(lid.slot))
    return lines


def article_lines(article: Article) -> list[str]:
    lines = [article_heading(article.number, article.title)]
    for lid in article.leden:
        lines.extend(lid_lines(lid))
    return lines


def chapter_lines(chapter: Chapter) -> list[str]:
    lines = [chapter_heading(chapter.number, chapter.title)] if chapter.number else []
    for article in chapter.articles:
        lines.extend(article_lines(article))
    return lines


def body_lines(doc: Document) -> list[str]:
    """The chapters and articles of ``doc``: what a wijzigingsbesluit changes."""
    return [line for chapter in doc.chapters for line in chapter_lines(chapter)]
