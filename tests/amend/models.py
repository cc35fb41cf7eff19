"""Small regelingen written as nested tuples, numbered as assembly numbers them: sequentially
for the version in force, under the frozen scheme (9a, 5A) for a later one."""

from __future__ import annotations

from dataclasses import replace

from assembler.amend.numbering import frozen_numbers
from assembler.model.nodes import Article, Chapter, Document, Lid, Onderdeel, Text
from assembler.model.numbering import lid_number, onderdeel_number
from tests.diff.models import document

# (id, text, ((onderdeel id, text), ...))
LidSpec = tuple[str, str, tuple[tuple[str, str], ...]]
ArticleSpec = tuple[str, str, tuple[LidSpec, ...]]  # (id, title, leden)
ChapterSpec = tuple[str, str, tuple[ArticleSpec, ...]]  # (id, title, articles)


def _lid(spec: LidSpec, index: int, count: int) -> Lid:
    ident, text, onderdelen = spec
    onds = tuple(
        Onderdeel(oid, onderdeel_number(k), (Text(otext),))
        for k, (oid, otext) in enumerate(onderdelen, 1)
    )
    return Lid(ident, lid_number(index, count), (Text(text),) if text else (), onds)


def _article(spec: ArticleSpec, number: str) -> Article:
    ident, title, leden = spec
    return Article(
        ident, number, title, tuple(_lid(x, k, len(leden)) for k, x in enumerate(leden, 1))
    )


def regeling(chapters: tuple[ChapterSpec, ...], in_force: Document | None = None) -> Document:
    """The regeling of ``chapters``; numbered after ``in_force`` under the frozen scheme."""
    article_ids = [a[0] for c in chapters for a in c[2]]
    chapter_ids = [c[0] for c in chapters]
    if in_force is None:
        numbers = {ident: str(k) for k, ident in enumerate(article_ids, 1)}
        chapter_numbers = {ident: str(k) for k, ident in enumerate(chapter_ids, 1)}
    else:
        numbers = frozen_numbers([(a.id, a.number) for a in in_force.articles], article_ids)
        chapter_numbers = frozen_numbers(
            [(c.id, c.number) for c in in_force.chapters], chapter_ids, upper=True
        )
    built = tuple(
        Chapter(cid, chapter_numbers[cid], title, tuple(_article(a, numbers[a[0]]) for a in arts))
        for cid, title, arts in chapters
    )
    return replace(document(built), id="regeling")
