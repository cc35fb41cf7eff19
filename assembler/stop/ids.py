"""``eId`` and ``wId`` for the STOP elements of one document.

STOP (after Akoma Ntoso) gives every structural element two identifiers, each a path of
``<name>_<number>`` segments joined by ``__``:

- ``eId`` follows the structure and the printed numbers: ``chp_2__art_9a__para_2__list_o_1__item_b``.
  It changes when an element is renumbered. An element without a number gets its ordinal with
  ``o_`` (``list_o_1``, ``content_o_2``).
- ``wId`` must never change for the same element. Ours is derived from the stable provision id
  of the source instead of the number: ``gm0505_1__art_ab-stemmen__para_meerderheid``. An article's
  wId does not contain its chapter, so it survives a move to another chapter.

The name of each segment is STOP's AKN name for the element (Schematron rule sch_tekst_020):
``chp``, ``art``, ``para``, ``list``, ``item``, ``cmp``, ``table``, ``content``, ...
Both identifiers are unique in a document: a second use gets ``_inst2`` (STOP's convention).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from assembler.model.nodes import Article, Document, Lid, Onderdeel, Section, Table


class Akn(Enum):
    """STOP's AKN name per element (the first part of every eId/wId segment)."""

    HOOFDSTUK = "chp"
    ARTIKEL = "art"
    LID = "para"
    LIJST = "list"
    LI = "item"
    BIJLAGE = "cmp"
    TABLE = "table"
    DIVISIETEKST = "content"
    TOELICHTING = "recital"
    ALGEMENE_TOELICHTING = "genrecital"
    ARTIKELGEWIJZE_TOELICHTING = "artrecital"


# Elements whose eId is a fixed word, not a path (STOP's AKN names for them).
LICHAAM = "body"
OPSCHRIFT = "longTitle"
AANHEF = "formula_1"
SLUITING = "formula_2"

_UNSAFE = re.compile(r"[^A-Za-z0-9\-]+")


def number_token(number: str) -> str:
    """The printed number as an id token: "9a" → "9a", "b." → "b", "1°" → "1", "" → ""."""
    return _UNSAFE.sub("-", number.strip().rstrip(".°)")).strip("-")


def id_token(ident: str, *parents: str) -> str:
    """A stable provision id as a wId token, relative to the longest of its ancestors' ids it
    starts with: "ab-stemmen.meerderheid" under "ab-stemmen" → "meerderheid"."""
    prefixes = sorted((p for p in parents if p and ident.startswith(p + ".")), key=len)
    if prefixes:
        ident = ident[len(prefixes[-1]) + 1 :]
    return _UNSAFE.sub("-", ident.replace(".", "-")).strip("-") or "x"


def segment(name: Akn, token: str, ordinal: int) -> str:
    """One path segment: ``art_9a``, or ``list_o_1`` for an element without a number."""
    return f"{name.value}_{token}" if token else f"{name.value}_o_{ordinal}"


def join(parent: str, part: str) -> str:
    return f"{parent}__{part}" if parent else part


@dataclass(frozen=True, slots=True)
class AknId:
    """The two identifiers of one element."""

    eid: str
    wid: str


class Registry:
    """Hands out eIds and wIds, unique within one document (a repeat gets ``_inst2``, ...)."""

    def __init__(self) -> None:
        self._eids: set[str] = set()
        self._wids: set[str] = set()

    def claim(self, eid: str, wid: str) -> AknId:
        return AknId(self._unique(eid, self._eids), self._unique(wid, self._wids))

    @staticmethod
    def _unique(value: str, used: set[str]) -> str:
        candidate, n = value, 1
        while candidate in used:
            n += 1
            candidate = f"{value}_inst{n}"
        used.add(candidate)
        return candidate


def table_key(table: str) -> str:
    """The key of a table in the :class:`Ids` map (a table may share its section's id)."""
    return f"{table}#tabel"


def list_key(owner: str) -> str:
    """The key of the list of onderdelen of a lid or onderdeel in the :class:`Ids` map."""
    return f"{owner}#lijst"


class Ids:
    """Every element id of one document, keyed by the provision id (lists by :func:`list_key`).

    ``prefix`` starts each wId: the bevoegd gezag's code and a sequence number ("gm0505_1").
    """

    def __init__(self, doc: Document, prefix: str) -> None:
        self.prefix = prefix
        self._registry = Registry()
        self._ids: dict[str, AknId] = {}
        self._assign(doc)

    def __getitem__(self, key: str) -> AknId:
        return self._ids[key]

    def get(self, key: str) -> AknId | None:
        return self._ids.get(key)

    def all(self) -> dict[str, AknId]:
        return dict(self._ids)

    def claim(self, key: str, eid: str, wid: str) -> AknId:
        """An id for an element outside the provisions (the toelichting's parts)."""
        return self._put(key, eid, wid)

    def _put(self, key: str, eid: str, wid: str) -> AknId:
        ids = self._registry.claim(eid, wid)
        self._ids[key] = ids
        return ids

    def _assign(self, doc: Document) -> None:
        for c_index, chapter in enumerate(doc.chapters, start=1):
            parent = AknId("", self.prefix)
            if chapter.number:
                parent = self._put(
                    chapter.id,
                    segment(Akn.HOOFDSTUK, number_token(chapter.number), c_index),
                    join(self.prefix, segment(Akn.HOOFDSTUK, id_token(chapter.id), c_index)),
                )
            for a_index, article in enumerate(chapter.articles, start=1):
                self._article(article, parent.eid, a_index)
        for index, section in enumerate(doc.bijlagen, start=1):
            self._annex(section, index)

    def _article(self, article: Article, parent_eid: str, ordinal: int) -> None:
        eid = join(parent_eid, segment(Akn.ARTIKEL, number_token(article.number), ordinal))
        wid = join(self.prefix, segment(Akn.ARTIKEL, id_token(article.id), ordinal))
        ids = self._put(article.id, eid, wid)
        for index, lid in enumerate(article.leden, start=1):
            self._lid(lid, article.id, ids, index)

    def _lid(self, lid: Lid, article_id: str, article: AknId, ordinal: int) -> None:
        if lid.number:
            token = number_token(lid.number)
            ids = self._put(
                lid.id,
                join(article.eid, segment(Akn.LID, token, ordinal)),
                join(article.wid, segment(Akn.LID, id_token(lid.id, article_id), ordinal)),
            )
        else:  # a single lid: its text is the article's Inhoud
            ids = article
            self._ids.setdefault(lid.id, article)
        if lid.onderdelen:
            self._list(lid.id, lid.onderdelen, ids, article_id)

    def _list(
        self, owner: str, items: tuple[Onderdeel, ...], parent: AknId, article_id: str
    ) -> None:
        lijst = self._put(
            list_key(owner),
            join(parent.eid, segment(Akn.LIJST, "", 1)),
            join(parent.wid, segment(Akn.LIJST, "", 1)),
        )
        for index, item in enumerate(items, start=1):
            ids = self._put(
                item.id,
                join(lijst.eid, segment(Akn.LI, number_token(item.number), index)),
                join(lijst.wid, segment(Akn.LI, id_token(item.id, owner, article_id), index)),
            )
            if item.subonderdelen:
                sub = self._put(
                    list_key(item.id),
                    join(ids.eid, segment(Akn.LIJST, "", 1)),
                    join(ids.wid, segment(Akn.LIJST, "", 1)),
                )
                for s_index, s in enumerate(item.subonderdelen, start=1):
                    self._put(
                        s.id,
                        join(sub.eid, segment(Akn.LI, number_token(s.number), s_index)),
                        join(
                            sub.wid,
                            segment(Akn.LI, id_token(s.id, item.id, owner, article_id), s_index),
                        ),
                    )

    def _annex(self, section: Section, index: int) -> None:
        ids = self._put(
            section.id,
            segment(Akn.BIJLAGE, str(index), index),
            join(self.prefix, segment(Akn.BIJLAGE, id_token(section.id), index)),
        )
        content = self._put(
            f"{section.id}#inhoud",
            join(ids.eid, segment(Akn.DIVISIETEKST, "", 1)),
            join(ids.wid, segment(Akn.DIVISIETEKST, "", 1)),
        )
        tables = [b for b in section.blocks if isinstance(b, Table)]
        for t_index, table in enumerate(tables, start=1):
            self._put(
                table_key(table.id),
                join(content.eid, segment(Akn.TABLE, "", t_index)),
                join(content.wid, segment(Akn.TABLE, id_token(table.id, section.id), t_index)),
            )
