"""Drafting conventions (Aanwijzingen voor de regelgeving), checked on the assembled text.

Rules run on every assembled document (so every local variant is checked) and report at the
source text of the provision, found through its id.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from enum import Enum

from assembler.checks import references
from assembler.checks.base import FOUT, WAARSCHUWING, Context, Finding, finding, rule
from assembler.checks.reading import mentions, unquote
from assembler.model.nodes import Article, Content, Document, Onderdeel, Subonderdeel, plain

rule("ALG01", FOUT, "een uitzondering ('negeer') noemt een onbekende regel")(lambda ctx: ())
rule("ALG02", WAARSCHUWING, "een uitzondering ('negeer') is niet meer nodig")(lambda ctx: ())

_LIST_END = re.compile(r";( (en|of))?$")
_DEFINITION = re.compile(r"^([^:]+):")


def _articles(ctx: Context) -> Iterator[tuple[Document, Article]]:
    for doc in ctx.documents:
        for article in doc.articles:
            yield doc, article


class _After(Enum):
    """What follows a list: the end of the provision, a slotzin, or the rest of an outer list."""

    END = "einde"  # the last item ends with '.'
    SLOT = "slotzin"  # a slotzin follows: the last item ends as the slotzin requires
    NEXT = "volgend onderdeel"  # the outer list goes on: the last item ends with ';'
    PENULTIMATE = "voorlaatste"  # the outer list has one more item: ';', '; en' or '; of'


def _list_findings(
    ctx: Context,
    doc: Document,
    items: tuple[Onderdeel | Subonderdeel, ...],
    after: _After,
) -> Iterator[Finding]:
    last = len(items) - 1
    for index, item in enumerate(items):
        text = plain(item.content).rstrip()
        subs = getattr(item, "subonderdelen", ())
        # The last item of a nested list ends as its parent would have ended.
        role = after
        if index < last:
            role = _After.PENULTIMATE if index == last - 1 else _After.NEXT
        if subs:
            # An onderdeel that introduces subonderdelen ends with ':'; its last sub ends it.
            yield from _list_findings(ctx, doc, subs, role)
            continue
        if role in (_After.NEXT, _After.PENULTIMATE):
            if not _LIST_END.search(text):
                yield finding(
                    "TEK01",
                    ctx.pos_of(item.id),
                    f"onderdeel {item.number} eindigt niet op ';' (of '; en' / '; of' bij het"
                    " voorlaatste onderdeel); sluit elk onderdeel behalve het laatste af met ';'",
                    item.id,
                    doc.id,
                )
            elif re.search(r"; (en|of)$", text) and role is not _After.PENULTIMATE:
                yield finding(
                    "TEK02",
                    ctx.pos_of(item.id),
                    f"'; en' of '; of' hoort alleen bij het voorlaatste onderdeel, niet bij {item.number}",
                    item.id,
                    doc.id,
                )
        elif role is _After.END and not text.endswith("."):
            dangling = text.endswith(":")
            yield finding(
                "TEK03",
                ctx.pos_of(item.id),
                f"het laatste onderdeel ({item.number}) eindigt op ':' maar er volgt niets;"
                " vul de opsomming aan of sluit af met een punt"
                if dangling
                else f"het laatste onderdeel ({item.number}) eindigt niet op '.'; sluit de"
                " opsomming af met een punt",
                item.id,
                doc.id,
            )


def _list_punctuation(ctx: Context) -> list[Finding]:
    """The punctuation findings of every list, computed once for TEK01-TEK03."""
    if "lists" not in ctx.memo:
        ctx.memo["lists"] = [
            f
            for doc, article in _articles(ctx)
            for lid in article.leden
            for f in _list_findings(
                ctx, doc, lid.onderdelen, _After.SLOT if lid.slot else _After.END
            )
        ]
    found: list[Finding] = ctx.memo["lists"]
    return found


@rule(
    "TEK01",
    WAARSCHUWING,
    "elk onderdeel behalve het laatste eindigt op ';' (het voorlaatste eventueel op '; en' of '; of')",
)
def list_separators(ctx: Context) -> list[Finding]:
    return [f for f in _list_punctuation(ctx) if f.code == "TEK01"]


@rule("TEK02", WAARSCHUWING, "'; en' en '; of' staan alleen bij het voorlaatste onderdeel")
def list_conjunctions(ctx: Context) -> list[Finding]:
    return [f for f in _list_punctuation(ctx) if f.code == "TEK02"]


@rule(
    "TEK03",
    FOUT,
    "het laatste onderdeel van een opsomming eindigt op '.' (niet op ':' zonder vervolg; in een"
    " geneste opsomming eindigt het laatste subonderdeel zoals zijn onderdeel)",
)
def list_end(ctx: Context) -> list[Finding]:
    return [f for f in _list_punctuation(ctx) if f.code == "TEK03"]


def _contents(article: Article) -> Iterator[tuple[str, Content]]:
    for lid in article.leden:
        yield lid.id, lid.content
        for ond in lid.onderdelen:
            yield ond.id, ond.content
            for sub in ond.subonderdelen:
                yield sub.id, sub.content
        if lid.slot:
            yield lid.id, lid.slot


@rule(
    "TEK04",
    WAARSCHUWING,
    'geen "lid 2", "sub a", "letter b", "art. 7", "artt.", "jo." of "het vorige lid", waar de'
    " lezer ook leest (artikelen, toelichting, aanhef, gelet op, bijlagen, register)",
)
def forbidden_references(ctx: Context) -> Iterator[Finding]:
    # Every text a reader reads, tokenised (checks.references); ref() references are worded
    # correctly already and are not read.
    return references.forbidden_findings(ctx)


def _is_definitions(article: Article) -> bool:
    return article.title.lower().startswith("begripsbepaling")


def _sort_key(term: str) -> str:
    decomposed = unicodedata.normalize("NFKD", term.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _terms(article: Article) -> list[tuple[str, str]]:
    """(onderdeel id, defined term) of a begripsbepalingen article."""
    result = []
    for lid in article.leden:
        for ond in lid.onderdelen:
            match = _DEFINITION.match(plain(ond.content))
            if match:
                # A term may be quoted in its definition: "‘afdelingshoofd’: ...".
                result.append((ond.id, unquote(match.group(1))))
    return result


def misplaced(keys: list[str], i: int) -> int:
    """Of two neighbours out of order (``keys[i - 1] > keys[i]``), the index of the one out of
    place: the later when it belongs before more than its neighbour ("wet, zorg, aanvraag"),
    the earlier when it belongs after more ("wet, aanvraag, begroting"), and for two swapped
    neighbours the earlier, where a reader first sees the disorder."""
    later = i >= 2 and keys[i] < keys[i - 2]
    earlier = i + 1 < len(keys) and keys[i - 1] > keys[i + 1]
    return i if later and not earlier else i - 1


@rule("TEK05", WAARSCHUWING, "begripsbepalingen staan in alfabetische volgorde")
def definitions_sorted(ctx: Context) -> Iterator[Finding]:
    for doc, article in _articles(ctx):
        if not _is_definitions(article):
            continue
        terms = _terms(article)
        keys = [_sort_key(t) for _, t in terms]
        for i in range(1, len(terms)):
            if keys[i] >= keys[i - 1]:
                continue
            (before_id, before), (ident, term) = terms[i - 1], terms[i]
            if misplaced(keys, i) == i:
                at, message = ident, f"begrip '{term}' staat na '{before}'"
            else:
                at, message = before_id, f"begrip '{before}' staat vóór '{term}'"
            yield finding(
                "TEK05",
                ctx.pos_of(at),
                f"{message}; zet de begripsbepalingen in alfabetische volgorde",
                at,
                doc.id,
            )


@rule("TEK06", WAARSCHUWING, "elk gedefinieerd begrip wordt in het document gebruikt")
def definitions_used(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.documents:
        definitions = [a for a in doc.articles if _is_definitions(a)]
        if not definitions:
            continue
        rest = " ".join(
            plain(c) for a in doc.articles if not _is_definitions(a) for _, c in _contents(a)
        )
        rest += " " + " ".join(
            plain(p) for c in (doc.aanhef, doc.overwegingen, doc.slotformule) for p in c
        )
        for article in definitions:
            for ident, term in _terms(article):
                # A term used in another definition is used ("alleenstaande ouder: ... ouder").
                others = " ".join(
                    plain(ond.content).split(":", 1)[-1]
                    for a in definitions
                    for lid in a.leden
                    for ond in lid.onderdelen
                    if ond.id != ident
                )
                if not mentions(rest, term) and not mentions(others, term):
                    yield finding(
                        "TEK06",
                        ctx.pos_of(ident),
                        f"het begrip '{term}' wordt nergens in het document gebruikt; schrap de bepaling of gebruik het begrip",
                        ident,
                        doc.id,
                    )


@rule("TEK07", FOUT, "geen leeg artikel, lid of onderdeel")
def empty_provisions(ctx: Context) -> Iterator[Finding]:
    for doc, article in _articles(ctx):
        if not article.leden:
            yield finding(
                "TEK07",
                ctx.pos_of(article.id),
                f"artikel {article.number} heeft geen tekst",
                article.id,
                doc.id,
            )
        for lid in article.leden:
            if not plain(lid.content).strip() and not lid.onderdelen:
                yield finding(
                    "TEK07",
                    ctx.pos_of(lid.id),
                    "dit lid heeft geen tekst; vul het aan of schrap het",
                    lid.id,
                    doc.id,
                )
            for ond in lid.onderdelen:
                if not plain(ond.content).strip():
                    yield finding(
                        "TEK07",
                        ctx.pos_of(ond.id),
                        f"onderdeel {ond.number} heeft geen tekst",
                        ond.id,
                        doc.id,
                    )


@rule("TEK08", WAARSCHUWING, "elk document heeft een citeertitelartikel")
def citeertitel_article(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.documents:
        if doc.kind == "overzicht":
            continue
        if not any("aangehaald als" in plain(c) for a in doc.articles for _, c in _contents(a)):
            manifest = ctx.project.manifests.get(doc.manifest)
            title = manifest.title if manifest else doc.title
            # An article that is meant to hold it (its title, or its tag) no longer does.
            meant = next((a for a in doc.articles if _meant_for_citeertitel(ctx, a)), None)
            if meant is not None:
                yield finding(
                    "TEK08",
                    ctx.pos_of(meant.id),
                    f"artikel {meant.number} ('{meant.title}') van '{title}' noemt de citeertitel"
                    " niet (meer); schrijf 'Deze ... wordt aangehaald als: ...'",
                    meant.id,
                    doc.id,
                )
                continue
            pos = manifest.pos if manifest else ctx.project.settings.pos
            yield finding(
                "TEK08",
                pos,
                f"'{title}' heeft geen artikel met de citeertitel;"
                " voeg een slotartikel toe:"
                " 'Deze ... wordt aangehaald als: ...'",
                doc.manifest,
                doc.id,
            )


def _meant_for_citeertitel(ctx: Context, article: Article) -> bool:
    fragment = ctx.project.fragments.get(article.id)
    tagged = fragment is not None and "citeertitel" in fragment.topics
    return tagged or "citeertitel" in article.title.lower()


@rule("TEK09", WAARSCHUWING, "elk artikel heeft een artikelsgewijze toelichting")
def toelichting_present(ctx: Context) -> Iterator[Finding]:
    for doc, article in _articles(ctx):
        if not any(plain(p).strip() for p in article.toelichting):
            yield finding(
                "TEK09",
                ctx.pos_of(article.id),
                f"artikel {article.number} ({article.title}) heeft geen toelichting; voeg 'toelichting:' toe",
                article.id,
                doc.id,
            )
