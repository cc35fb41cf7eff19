"""Reading the assembled text as a jurist does: one Dutch tokeniser and one walk over every text.

The walk (:func:`passages`) visits every place a reader reads: the leden, onderdelen,
subonderdelen and slotzinnen of the articles, the artikelsgewijze toelichting, the aanhef,
overwegingen, "gelet op", "besluit", slotformule, the paragraphs of the bijlagen and of the
algemene toelichting, and the rows of the register of powers. Each passage keeps the text as
written (references made with ``ref()`` are blanked out: they are worded correctly already) and
where it was written, so that a rule can report at the exact line and column of what it found
(:func:`locate`).

The tokeniser (:func:`tokens`) knows what a Dutch legal text is made of: ordinals ("eerste" …
"twintigste"), article numbers ("26a", "10:15"), the abbreviations a drafter should not use
("art.", "artt.", "jo.") and the other usual ones ("o.a.", "bijv."), and every quote style
(‘…’, “…”, „…”, '…', "…").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

from assembler.checks.base import Context
from assembler.errors import Pos
from assembler.model.nodes import Content, Document, Table, Text
from assembler.model.numbering import ordinal

# The ordinals a reference spells out ("het twintigste lid"), as the numbering writes them.
ORDINALS: dict[str, int] = {ordinal(number): number for number in range(1, 21)}
QUOTES = "‘’“”„‚'\"«»"
# Written in place of a reference made with ref(): one character, no word, no number.
REF_MARK = "\u2063"


class Kind(Enum):
    """What a token is."""

    WORD = "woord"
    ORDINAL = "rangtelwoord"
    NUMBER = "nummer"  # "7", "26a", "10:15", "9.120.000,00"
    ABBREVIATION = "afkorting"  # "art.", "artt.", "jo.", "o.a."
    QUOTE = "aanhalingsteken"
    PUNCTUATION = "leesteken"
    REF = "verwijzing"  # a reference made with ref()


@dataclass(frozen=True, slots=True)
class Token:
    """One token: its kind, its text as written, where it stands in the text."""

    kind: Kind
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def ordinal(self) -> int | None:
        """The number an ordinal stands for ("tweede" → 2), None for any other token."""
        return ORDINALS.get(self.lower) if self.kind is Kind.ORDINAL else None


_ABBREVIATIONS = ("artt", "art", "jo", "o.a", "bijv", "nr", "nrs", "resp", "vgl", "enz", "e.d")
_TOKEN = re.compile(
    r"(?P<abbr>(?<![\w.])(?:" + "|".join(re.escape(a) for a in _ABBREVIATIONS) + r")\.)"
    r"|(?P<number>\d+(?::\d+)?(?:[.,]\d+)*[a-z]?(?![^\W\d_]))"
    r"|(?P<word>[^\W\d_]+(?:[-'’][^\W\d_]+)*)"
    r"|(?P<quote>[" + re.escape(QUOTES) + r"])"
    r"|(?P<ref>" + REF_MARK + r")"
    r"|(?P<punct>[^\s\w])",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=16384)
def tokens(text: str) -> tuple[Token, ...]:
    """The tokens of ``text``; whitespace separates and is not a token.

    Cached: the documents per deelnemer repeat the same texts seven times."""
    result = []
    for match in _TOKEN.finditer(text):
        group = match.lastgroup
        value = match.group()
        if group == "abbr":
            kind = Kind.ABBREVIATION
        elif group == "number":
            kind = Kind.NUMBER
        elif group == "word":
            kind = Kind.ORDINAL if value.lower() in ORDINALS else Kind.WORD
        elif group == "quote":
            kind = Kind.QUOTE
        elif group == "ref":
            kind = Kind.REF
        else:
            kind = Kind.PUNCTUATION
        result.append(Token(kind, value, match.start(), match.end()))
    return tuple(result)


def unquote(text: str) -> str:
    """The text without the quotes around it, in any style ("‘afdelingshoofd’" → "afdelingshoofd")."""
    return text.strip().strip(QUOTES).strip()


def word_forms(term: str) -> tuple[str, ...]:
    """The forms a (multi-word) term takes in running text: as written and in the plural.

    Only the last word inflects ("dagelijks bestuur" → "dagelijkse besturen" is not needed: a
    defined term is used as defined or in the plural of its head). Plurals: -en with the vowel
    or consonant adjusted ("deelnemer" → "deelnemers", "gemeente" → "gemeenten",
    "taak" → "taken", "bevoegdheid" → "bevoegdheden", "ab" → "ab's", "categorie" → "categorieën").
    """
    lowered = " ".join(unquote(term).lower().split())
    head, _, last = lowered.rpartition(" ")
    prefix = f"{head} " if head else ""
    plurals = {last + "s", last + "'s", last + "en", last + "n", last + "ën"}
    if last.endswith("heid"):
        plurals.add(last[:-4] + "heden")
    if re.search(r"([aeou])\1[^aeiou]$", last):  # taak → taken, uur → uren
        plurals.add(last[:-3] + last[-2:-1] + last[-1] + "en")
        plurals.add(last[:-2] + last[-1] + "en")
    if re.search(
        r"[^aeiou][aeiou]([^aeiou])$", last
    ):  # lid → leden is irregular; bedrag → bedragen
        plurals.add(last + last[-1] + "en")
    if last.endswith("f"):
        plurals.add(last[:-1] + "ven")
    if last.endswith("s"):
        plurals.add(last[:-1] + "zen")
    return (lowered, *sorted(prefix + p for p in plurals))


def mentions(text: str, term: str) -> bool:
    """Whether ``text`` uses ``term`` (as a whole word or words, singular or plural)."""
    lowered = " ".join(text.lower().split())
    for form in word_forms(term):
        if re.search(r"(?<![^\W_])" + re.escape(form) + r"(?![^\W_])", lowered):
            return True
    return False


class Place(Enum):
    """Where in a document a passage is read."""

    ARTIKEL = "artikel"
    TOELICHTING = "toelichting"
    AANHEF = "aanhef"
    OVERWEGINGEN = "overwegingen"
    GELET_OP = "gelet op"
    BESLUIT = "besluit"
    SLOTFORMULE = "slotformule"
    BIJLAGE = "bijlage"
    ALGEMENE_TOELICHTING = "algemene toelichting"
    REGISTER = "register"


@dataclass(frozen=True, slots=True)
class Passage:
    """One piece of text a reader reads, with where it was written.

    ``text`` is the text as read with every reference made by ``ref()`` replaced by
    :data:`REF_MARK`; ``target`` is the id of the provision, register row or manifest (for
    exceptions); ``article`` is the number of the article it belongs to ("" outside articles).
    """

    document: Document | None
    place: Place
    target: str
    text: str
    pos: Pos
    article: str = ""


def written(content: Content) -> str:
    """The text as written, with each ref() reference replaced by one :data:`REF_MARK`."""
    return "".join(node.text if isinstance(node, Text) else REF_MARK for node in content)


def _document_passages(ctx: Context, doc: Document) -> Iterator[Passage]:
    manifest = ctx.project.manifests.get(doc.manifest)
    for article in doc.articles:
        for lid in article.leden:
            yield Passage(
                doc, Place.ARTIKEL, lid.id, written(lid.content), ctx.pos_of(lid.id), article.number
            )
            for ond in lid.onderdelen:
                yield Passage(
                    doc,
                    Place.ARTIKEL,
                    ond.id,
                    written(ond.content),
                    ctx.pos_of(ond.id),
                    article.number,
                )
                for sub in ond.subonderdelen:
                    yield Passage(
                        doc,
                        Place.ARTIKEL,
                        sub.id,
                        written(sub.content),
                        ctx.pos_of(sub.id),
                        article.number,
                    )
            if lid.slot:
                item = ctx.items().get(lid.id, (None, None))[1]
                pos = item.slot.pos if item is not None and item.slot else ctx.pos_of(lid.id)
                yield Passage(doc, Place.ARTIKEL, lid.id, written(lid.slot), pos, article.number)
        fragment = ctx.fragment_of(article.id)
        sources = fragment.toelichting if fragment is not None else ()
        for index, paragraph in enumerate(article.toelichting):
            pos = sources[index].pos if index < len(sources) else ctx.pos_of(article.id)
            yield Passage(
                doc, Place.TOELICHTING, article.id, written(paragraph), pos, article.number
            )
    if manifest is None:
        return
    parts: list[tuple[Place, tuple[Content, ...], tuple[Pos, ...]]] = [
        (Place.AANHEF, doc.aanhef, tuple(t.pos for t in manifest.aanhef)),
        (Place.OVERWEGINGEN, doc.overwegingen, tuple(t.pos for t in manifest.overwegingen)),
        (
            Place.GELET_OP,
            (doc.gelet_op,),
            (manifest.gelet_op.pos,) if manifest.gelet_op else (),
        ),
        (Place.BESLUIT, (doc.besluit,), (manifest.besluiten.pos,) if manifest.besluiten else ()),
        (Place.SLOTFORMULE, doc.slotformule, tuple(t.pos for t in manifest.slotformule)),
    ]
    for section, source in zip(doc.bijlagen, manifest.bijlagen, strict=False):
        blocks = tuple(b for b in section.blocks if not isinstance(b, Table))
        parts.append((Place.BIJLAGE, blocks, tuple(p.pos for p in source.paragraphs)))
    for section, source in zip(doc.toelichting_algemeen, manifest.toelichting, strict=False):
        blocks = tuple(b for b in section.blocks if not isinstance(b, Table))
        parts.append((Place.ALGEMENE_TOELICHTING, blocks, tuple(p.pos for p in source.paragraphs)))
    for place, contents, positions in parts:
        for index, content in enumerate(contents):
            if not content:
                continue
            pos = positions[index] if index < len(positions) else manifest.pos
            yield Passage(doc, place, manifest.id, written(content), pos)


def passages(ctx: Context) -> list[Passage]:
    """Every passage of every document, then every register row; computed once per run."""
    if "passages" not in ctx.memo:
        found = [p for doc in ctx.documents for p in _document_passages(ctx, doc)]
        for power in ctx.project.powers:
            for text in (power.omschrijving, power.artikel, power.grondslag):
                if text:
                    found.append(Passage(None, Place.REGISTER, power.id, text, power.pos))
        ctx.memo["passages"] = found
    result: list[Passage] = ctx.memo["passages"]
    return result


def article_passages(ctx: Context) -> dict[str, list[Passage]]:
    """The leden, onderdelen and subonderdelen of every article, per document id, in order."""
    if "article-passages" not in ctx.memo:
        by_doc: dict[str, list[Passage]] = {}
        for passage in passages(ctx):
            if passage.place is Place.ARTIKEL and passage.document is not None:
                by_doc.setdefault(passage.document.id, []).append(passage)
        ctx.memo["article-passages"] = by_doc
    result: dict[str, list[Passage]] = ctx.memo["article-passages"]
    return result


def listed_after(parts: list[Passage], opener: re.Pattern[str]) -> Iterator[list[Passage]]:
    """For each lid in ``parts`` that ``opener`` finds ("met uitzondering van:"), the
    onderdelen (and subonderdelen) of its list."""
    for i, passage in enumerate(parts):
        if not opener.search(passage.text):
            continue
        items: list[Passage] = []
        for item in parts[i + 1 :]:
            if not item.target.startswith(passage.target + "."):
                break
            items.append(item)
        yield items


def source_text(ctx: Context, path: str) -> str | None:
    """The text of a file of the version, read once per run."""
    cache: dict[str, str | None] = ctx.memo.setdefault("source-files", {})
    if path not in cache:
        try:
            cache[path] = ctx.tree.read_text(path) if ctx.tree is not None else None
        except (OSError, KeyError, ValueError):
            cache[path] = None
    return cache[path]


def locate(ctx: Context, passage: Passage, start: int, end: int) -> Pos:
    """The exact position in the source file of ``passage.text[start:end]``.

    The words are looked up in the file from where the passage was written on, allowing a line
    break wherever the text has a space (folded YAML). Found nowhere near (the words came from
    a template variable), it is the position of the passage itself.
    """
    needle = passage.text[start:end]
    source = source_text(ctx, passage.pos.path)
    if source is None or not needle.strip() or REF_MARK in needle:
        return passage.pos
    lines = source.split("\n")
    if passage.pos.line > len(lines):
        return passage.pos
    offset = sum(len(line) + 1 for line in lines[: passage.pos.line - 1]) + passage.pos.col - 1
    pattern = r"\s+".join(re.escape(word) for word in needle.split())
    # The same words may stand earlier in the passage than the match: skip as many.
    before = len(re.findall(pattern, passage.text[:start]))
    window = source[offset : offset + len(passage.text) * 2 + 400]
    found = list(re.finditer(pattern, window))
    if len(found) <= before:
        return passage.pos
    at = offset + found[before].start()
    prefix = source[:at]
    line = prefix.count("\n") + 1
    return Pos(passage.pos.path, line, at - (prefix.rfind("\n") + 1) + 1)


def article_key(text: str) -> str:
    """One spelling for one provision of a law: "160, lid 1", "160, eerste lid" and "artikel 160
    lid 1" are all "160/1/"; "7, eerste lid, onderdeel a" and "7 lid 1 sub a" are "7/1/a".

    A text that is no article reference keeps its words (lowercased, single spaces)."""
    toks = tokens(text)
    number = next((t.text.lower() for t in toks if t.kind is Kind.NUMBER), None)
    if number is None:
        return " ".join(text.lower().split())
    lid = ""
    part = ""
    for index, tok in enumerate(toks):
        after = toks[index + 1] if index + 1 < len(toks) else None
        before = toks[index - 1] if index > 0 else None
        if tok.lower == "lid":
            if before is not None and before.ordinal is not None:
                lid = str(before.ordinal)
            elif after is not None and after.kind is Kind.NUMBER:
                lid = after.text
        elif (
            tok.lower in ("onderdeel", "onder", "sub", "letter")
            and after is not None
            and after.kind in (Kind.WORD, Kind.NUMBER)
            and len(after.text) <= 2
        ):
            part = after.lower
    return f"{number}/{lid}/{part}"


def row_field(ctx: Context, pos: Pos, key: str) -> Pos:
    """Where the value of ``key`` stands in the YAML mapping (a register row) whose line ``pos``
    is on: a finding about the 'grondslag' of a row points at its 'grondslag'. ``pos`` itself
    when the key is not written in the row."""
    source = source_text(ctx, pos.path)
    lines = source.split("\n") if source is not None else []
    if not key or not 0 < pos.line <= len(lines):
        return pos
    first = lines[pos.line - 1]
    key_col = len(first) - len(first.lstrip(" -"))  # "  - id: x": the keys start at column 4
    for index in range(pos.line - 1, min(len(lines), pos.line + 60)):
        line = lines[index]
        body = line.lstrip(" -") if index == pos.line - 1 else line.lstrip(" ")
        indent = len(line) - len(body)
        if index > pos.line - 1 and body and indent < key_col:
            break  # the next row, or the end of the list
        if indent == key_col and body.startswith(f"{key}:"):
            value = len(body) - len(body[len(key) + 1 :].lstrip())
            return Pos(pos.path, index + 1, indent + value + 1)
    return pos
