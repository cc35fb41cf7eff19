"""Every passage a reader reads, as assembled text with the source text it came from.

Passages are the leden, onderdelen and subonderdelen of each article, its toelichting, the aanhef,
overwegingen, "gelet op", the annexes and the general toelichting of each document, and the rows of
the register of powers. A passage locates a phrase at ``file:line:col`` by finding it in its source
text; where the phrase was produced by a template (a ``ref()``, a variable), at the start of the
source text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from assembler.checks.base import Context
from assembler.checks.reading import row_field
from assembler.errors import Pos
from assembler.model.nodes import Article, Content, Document, Section, Table, plain
from assembler.source.records import SText
from assembler.source.tree import Tree

_SENTENCE_END = re.compile(r"(?<=[.;:!?])\s+(?=[A-Z0-9„\"'])")


class SourceFiles:
    """The version's files as written, read once each, to locate a phrase in a folded text."""

    def __init__(self, tree: Tree | None) -> None:
        self.tree = tree
        self.cache: dict[str, str | None] = {}

    def text(self, path: str) -> str | None:
        if path not in self.cache:
            try:
                self.cache[path] = self.tree.read_text(path) if self.tree is not None else None
            except (OSError, KeyError, ValueError):
                self.cache[path] = None
        return self.cache[path]


@dataclass(frozen=True, slots=True)
class Passage:
    """One readable piece of text in one document (``doc`` is None for a register row)."""

    text: str
    target: str  # the id used to switch a rule off with 'negeer'
    source: SText | None
    fallback: Pos
    doc: Document | None = None
    files: SourceFiles | None = None

    def pos(self, phrase: str = "") -> Pos:
        """Where ``phrase`` is written: its place in the source text, or the text's start."""
        if self.source is None:
            return self.fallback
        offset = self.source.text.lower().find(phrase.lower()) if phrase else -1
        if offset < 0:
            return self.source.pos
        raw = self.files.text(self.source.pos.path) if self.files is not None else None
        if raw is not None:
            # A folded YAML text (">-") joins its lines: find the phrase in the file itself,
            # from where the text starts, with any run of spaces or line breaks between words.
            found = _in_file(raw, self.source.pos, phrase)
            if found is not None:
                return found
        return at_offset(self.source, offset)

    def sentences(self) -> Iterator[str]:
        for sentence in _SENTENCE_END.split(self.text):
            if sentence.strip():
                yield sentence.strip()


def _in_file(raw: str, start: Pos, phrase: str) -> Pos | None:
    lines = raw.split("\n")
    if start.line > len(lines):
        return None
    begin = sum(len(line) + 1 for line in lines[: start.line - 1]) + start.col - 1
    pattern = r"\s+".join(re.escape(word) for word in phrase.split())
    match = re.compile(pattern, re.IGNORECASE).search(raw, begin)
    if match is None:
        return None
    before = raw[: match.start()]
    return Pos(start.path, before.count("\n") + 1, match.start() - before.rfind("\n"))


def at_offset(stext: SText, offset: int) -> Pos:
    """The position of character ``offset`` of a source text, counting the lines inside it."""
    pos = stext.pos
    before = stext.text[:offset]
    lines = before.count("\n")
    if lines:
        return Pos(pos.path, pos.line + lines, offset - before.rfind("\n"))
    return Pos(pos.path, pos.line, pos.col + offset)


def _article(
    ctx: Context, doc: Document, article: Article, files: SourceFiles
) -> Iterator[Passage]:
    items = ctx.items()

    def item(ident: str, content: Content) -> Passage:
        _, source = items.get(ident, (None, None))
        return Passage(
            plain(content), ident, source.text if source else None, ctx.pos_of(ident), doc, files
        )

    for lid in article.leden:
        yield item(lid.id, lid.content)
        for onderdeel in lid.onderdelen:
            yield item(onderdeel.id, onderdeel.content)
            for sub in onderdeel.subonderdelen:
                yield item(sub.id, sub.content)
        if lid.slot:
            _, written_lid = items.get(lid.id, (None, None))
            slot = written_lid.slot if written_lid is not None else None
            yield Passage(plain(lid.slot), lid.id, slot, ctx.pos_of(lid.id), doc, files)
    fragment = ctx.project.fragments.get(article.id)
    written = fragment.toelichting if fragment is not None else ()
    same = len(written) == len(article.toelichting)
    for index, content in enumerate(article.toelichting):
        text = written[index] if same else None
        yield Passage(plain(content), article.id, text, ctx.pos_of(article.id), doc, files)


def _listed(
    contents: tuple[Content, ...],
    written: tuple[SText, ...],
    target: str,
    pos: Pos,
    doc: Document,
    files: SourceFiles,
) -> Iterator[Passage]:
    same = len(written) == len(contents)
    for index, content in enumerate(contents):
        source = written[index] if same else None
        yield Passage(plain(content), target, source, pos, doc, files)


def _sections(
    ctx: Context,
    doc: Document,
    sections: tuple[Section, ...],
    written: dict[str, SText | None],
    files: SourceFiles,
) -> Iterator[Passage]:
    manifest = ctx.project.manifests.get(doc.manifest)
    fallback = manifest.pos if manifest is not None else ctx.project.settings.pos
    powers = {p.id: p for p in ctx.project.powers}
    for section in sections:
        paragraphs = [b for b in section.blocks if not isinstance(b, Table)]
        sources = [s for k, s in written.items() if k.startswith(f"{section.id}#")]
        same = len(sources) == len(paragraphs)
        index = 0
        for block in section.blocks:
            if isinstance(block, Table):
                for row_id, cells in block.rows:
                    power = powers.get(row_id)
                    row_pos = power.pos if power is not None else fallback
                    yield Passage(" ".join(cells), row_id, None, row_pos, doc)
                continue
            source = sources[index] if same else None
            index += 1
            yield Passage(plain(block), doc.manifest, source, fallback, doc, files)


def passages(ctx: Context) -> list[Passage]:
    """Every passage of every assembled document, then every row of the register (collected once
    per run: several rules read them)."""
    found = ctx.memo.get("fact_passages")
    if found is None:
        found = ctx.memo["fact_passages"] = list(_collect(ctx))
    return found


def _collect(ctx: Context) -> Iterator[Passage]:
    files = SourceFiles(ctx.tree)
    for doc in ctx.documents:
        manifest = ctx.project.manifests.get(doc.manifest)
        pos = manifest.pos if manifest is not None else ctx.project.settings.pos
        for article in doc.articles:
            yield from _article(ctx, doc, article, files)
        if manifest is not None:
            yield from _listed(doc.aanhef, manifest.aanhef, doc.manifest, pos, doc, files)
            yield from _listed(
                doc.overwegingen, manifest.overwegingen, doc.manifest, pos, doc, files
            )
            gelet = (manifest.gelet_op,) if manifest.gelet_op is not None else ()
            yield from _listed((doc.gelet_op,), gelet, doc.manifest, pos, doc, files)
            written: dict[str, SText | None] = {}
            for section in (*manifest.bijlagen, *manifest.toelichting):
                for index, paragraph in enumerate(section.paragraphs):
                    written[f"{section.id}#{index}"] = paragraph
            yield from _sections(
                ctx, doc, (*doc.bijlagen, *doc.toelichting_algemeen), written, files
            )
    for power in ctx.project.powers:
        # The law a power comes from ("wet: Wet openbaarheid van bestuur") is read too: FEI01.
        if power.wet:
            yield Passage(power.wet, power.id, None, row_field(ctx, power.pos, "wet"))
        yield Passage(power.omschrijving, power.id, None, power.pos)
        if power.grondslag:
            yield Passage(power.grondslag, power.id, None, power.pos)
