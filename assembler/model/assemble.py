"""Assembly: a manifest plus fragments becomes a numbered :class:`Document`.

Two passes, because a reference may point forward or into another document: first every
provision of every document gets its number and place (:class:`Loc`), then every text is
rendered and its references are worded from there. A reference to another document
(``ref('gr-sociaal', 'id')``) is worded from that document's places, so it renumbers with its
target.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from assembler.amend.numbering import NumberingError, frozen_numbers
from assembler.errors import Collector, SourceError
from assembler.model import generated, templates
from assembler.model.dates import dutch_date
from assembler.model.finance import Contributions, compute, format_amount
from assembler.model.nodes import (
    Article,
    Block,
    Chapter,
    Content,
    Document,
    Lid,
    Onderdeel,
    Ref,
    Section,
    Signature,
    Subonderdeel,
    Text,
    Version,
)
from assembler.model.numbering import letter, lid_number, onderdeel_number, sub_number
from assembler.model.references import (
    OUTSIDE,
    Loc,
    Where,
    capitalised,
    cited_name,
    outside_wording,
    wording,
)
from assembler.model.wording import enumeration
from assembler.source.records import (
    Project,
    SCondition,
    SDeelnemer,
    SFragment,
    SItem,
    SManifest,
    SSection,
    SText,
)

# Whitespace that collapses to one space: YAML line breaks and runs of spaces, but not the
# no-break space (U+00A0), which the author typed on purpose ("€ 110", "artikel 7").
_WS = "[^\\S\u00a0]"
_SPACE = re.compile(f"{_WS}+")
_UNTIDY = re.compile(f"{_WS}{_WS}|[^\\S \u00a0]|^{_WS}|{_WS}$")  # what _normalise would change
_STRIP = " \t\n\r\f\v"


@dataclass(frozen=True, slots=True)
class Referable:
    """What another document needs to word a reference into this one."""

    id: str  # the document id
    name: str  # how it is cited after "van": "de Gemeenschappelijke Regeling Sociaal"
    index: Mapping[str, Loc]


Library = Mapping[str, Referable]  # by document id


def assemble_all(project: Project) -> list[Document]:
    """Every document of the project, in a stable order; all problems reported at once."""
    problems = Collector()
    contributions = contributions_of(project)
    assemblers = _assemblers(project, contributions)
    library = _library(assemblers)  # pass 1 of every document
    documents = []
    for assembler in assemblers:
        try:
            documents.append(assembler.document(library))
        except SourceError as exc:
            problems.extend(exc)
    _distinct_files(project, documents, problems)
    problems.raise_if_any()
    return documents


def _distinct_files(project: Project, documents: Sequence[Document], problems: Collector) -> None:
    """Two documents with one file name: a located error at the later manifest, naming the
    other (in every output folder the second would silently replace the first)."""
    seen: dict[str, Document] = {}
    for doc in documents:
        other = seen.setdefault(doc.file_stem, doc)
        if other is doc:
            continue
        here, there = project.manifests[doc.manifest], project.manifests[other.manifest]
        where = "dit manifest" if here.id == there.id else f"het manifest {there.pos.path}"
        problems.add(
            here.file_stem_pos or here.pos,
            f"document '{doc.id}' krijgt dezelfde bestandsnaam '{doc.file_stem}' als document"
            f" '{other.id}' van {where}; geef een van beide een andere 'bestandsnaam'",
        )


def _assemblers(project: Project, contributions: Contributions | None) -> list[_Assembler]:
    return [
        _Assembler(project, manifest, deelnemer, contributions)
        for manifest in project.manifests.values()
        for deelnemer in _targets(project, manifest)
    ]


def _library(assemblers: Sequence[_Assembler]) -> Library:
    """Pass 1 for every document: the places of its provisions, by document id."""
    return {a.doc_id: a.referable() for a in assemblers}


def contributions_of(project: Project) -> Contributions | None:
    """The computed financial relations, or None when the project has no financial data."""
    if project.finance is None:
        return None
    problems = Collector()
    titles = {p.id: p.title for p in project.catalog.plustaken}
    result = compute(project.finance, project.deelnemers, project.choices, problems, titles)
    problems.raise_if_any()
    return result


def _targets(project: Project, manifest: SManifest) -> tuple[SDeelnemer | None, ...]:
    if not manifest.per_deelnemer:
        return (None,)
    if manifest.only_with_plustaken:
        return tuple(
            d for d in project.deelnemers if project.choices.get(d.id, {}).get("plustaken")
        )
    return project.deelnemers


def document_ids(project: Project, manifest: SManifest) -> list[str]:
    """The ids of the documents one manifest yields."""
    return [_doc_id(manifest, d) for d in _targets(project, manifest)]


def _version_view(version: Version) -> dict[str, Any]:
    """The version as template text sees it: ``versie.naam``, ``versie.datum`` ("17 mei
    2021"), ``versie.definitief``, ``versie.proces`` (the milestone's account of the
    process, so text that depends on the round is data, not prose frozen in a fragment) and
    ``versie.status`` (geldende or geconsolideerde tekst, once a milestone took effect)."""
    return {
        "naam": version.label,
        "datum": dutch_date(version.date),
        "definitief": version.final,
        "proces": version.process,
        "status": version.status,
    }


def _doc_id(manifest: SManifest, deelnemer: SDeelnemer | None) -> str:
    return manifest.id if deelnemer is None else f"{manifest.id}-{deelnemer.id}"


def assemble(
    project: Project,
    manifest: SManifest,
    deelnemer: SDeelnemer | None,
    contributions: Contributions | None = None,
    library: Library | None = None,
) -> Document:
    """One document: for ``deelnemer`` when the manifest is rendered per deelnemer.

    References to other documents are worded from ``library``; without it, every document of
    the project is numbered first.
    """
    if library is None:
        library = _library(_assemblers(project, None))
    return _Assembler(project, manifest, deelnemer, contributions).document(library)


def _deelnemer_view(d: SDeelnemer, choices: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": d.id,
        "naam": d.naam,
        "gemeente": d.gemeente,
        "college": d.college,
        "raad": d.raad,
        "burgemeester": d.burgemeester,
        "keuzes": choices,
        "plustaken": list(choices.get("plustaken", ())),
        "toestemming": {r: dutch_date(day) for r, day in d.toestemming.items()},
    }


def consents(deelnemers: Sequence[SDeelnemer], round_: str) -> str:
    """``toestemmingen('definitief')`` in template text: the raden whose toestemming for that
    round is recorded, with its date (": de raad van de gemeente A op 12 oktober 2021 en ...");
    "" while none is, so the text reads the same as before anything was recorded."""
    given = [
        f"{d.raad} op {dutch_date(d.toestemming[round_])}"
        for d in deelnemers
        if round_ in d.toestemming
    ]
    return f": {enumeration(given)}" if given else ""


def _shown(value: Any) -> str:
    if isinstance(value, Decimal):
        return format_amount(value)
    return str(value)


class _Assembler:
    def __init__(
        self,
        project: Project,
        manifest: SManifest,
        deelnemer: SDeelnemer | None,
        contributions: Contributions | None,
    ):
        self.project = project
        self.manifest = manifest
        self.deelnemer = deelnemer
        self.contributions = contributions
        self.choices: dict[str, Any] = project.choices.get(deelnemer.id, {}) if deelnemer else {}
        self.problems = Collector()
        self.index: dict[str, Loc] = {}
        self.indexed = False
        self.library: Library = {}
        self.doc_id = _doc_id(manifest, deelnemer)
        settings = project.settings
        self.context: dict[str, Any] = dict(settings.variables)
        self.context["openbaar_lichaam"] = dict(settings.openbaar_lichaam)
        self.context["versie"] = _version_view(settings.version)
        self.context["deelnemers"] = [
            _deelnemer_view(d, project.choices.get(d.id, {})) for d in project.deelnemers
        ]
        self.context["toestemmingen"] = lambda round_: consents(project.deelnemers, str(round_))
        if deelnemer is not None:
            self.context["deelnemer"] = _deelnemer_view(deelnemer, self.choices)
            self.context["keuze"] = self.choice
        self.context["document"] = {"titel": manifest.title, "soort": manifest.kind}
        self.citeertitel = self.plain(manifest.citeertitel)
        self.context["document"]["citeertitel"] = self.citeertitel

    # -- local choices ----------------------------------------------------------------------

    def choice(self, name: str) -> str:
        """``keuze('id')`` in template text: the deelnemer's value, formatted for the text."""
        if not isinstance(name, str):
            raise templates.BadCall(
                "keuze() verwacht de id van een keuze als tekst, bijvoorbeeld keuze('termijn')"
            )
        if name not in self.choices or name == "plustaken":
            raise templates.UnknownName(f"onbekende keuze '{name}'", name)
        return _shown(self.choices[name])

    def applies(self, condition: SCondition | None) -> bool:
        if condition is None:
            return True
        if self.deelnemer is None:
            self.problems.add(
                condition.pos,
                "een voorwaarde werkt alleen in documenten per deelnemer (per_deelnemer: true)",
            )
            return True
        if condition.kind == "plustaak":
            return condition.key in self.choices.get("plustaken", ())
        return str(self.choices.get(condition.key)) == str(condition.value)

    def kept(self, items: tuple[SItem, ...]) -> Sequence[SItem]:
        # A plain loop, not all() over a generator: called for every lid and onderdeel.
        for item in items:
            if item.condition is not None:
                return [item for item in items if self.applies(item.condition)]
        return items  # the common case: nothing is conditional

    # -- pass 1: numbers and places -------------------------------------------------------

    def fragments(self) -> Iterator[tuple[int, SFragment]]:
        for chapter_index, chapter in enumerate(self.manifest.chapters, start=1):
            for ref in chapter.articles:
                fragment = self.project.fragments[ref.id]
                if self.applies(fragment.condition):
                    yield chapter_index, fragment

    def referable(self) -> Referable:
        """This document as others see it: its name and the places of its provisions."""
        self.build_index()
        return Referable(self.doc_id, cited_name(self.citeertitel, self.manifest.kind), self.index)

    def build_index(self) -> None:
        if self.indexed:
            return
        self.indexed = True
        fragments = list(self.fragments())
        chapter_numbers, article_numbers = self.numbers([f.id for _, f in fragments])
        if self.manifest.has_chapters:
            for chapter in self.manifest.chapters:
                self.index[chapter.id] = Loc("hoofdstuk", chapter_numbers[chapter.id])
        for _, fragment in fragments:
            art = article_numbers[fragment.id]
            self.index[fragment.id] = Loc("artikel", art, fragment.id)
            leden = fragment.leden if _is_plain(fragment) else self.kept(fragment.leden)
            count = len(leden)
            for li, lid in enumerate(leden, start=1):
                self.index[lid.id] = Loc("lid", art, fragment.id, lid.id, li, count)
                for oi, ond in enumerate(self.kept(lid.children), start=1):
                    self.index[ond.id] = Loc(
                        "onderdeel", art, fragment.id, lid.id, li, count, ond.id, letter(oi)
                    )
                    for si, sub in enumerate(self.kept(ond.children), start=1):
                        self.index[sub.id] = Loc(
                            "subonderdeel",
                            art,
                            fragment.id,
                            lid.id,
                            li,
                            count,
                            ond.id,
                            letter(oi),
                            sub_number(si),
                        )

    def numbers(self, article_ids: list[str]) -> tuple[dict[str, str], dict[str, str]]:
        """Chapter and article numbers: 1, 2, 3 in order, or, once the document is in force,
        the numbers in force kept and new ones lettered after their predecessor (9a, 5A)."""
        chapter_ids = [c.id for c in self.manifest.chapters]
        frozen = self.project.frozen.get(self.doc_id)
        if frozen is None:
            return (
                {c: str(k) for k, c in enumerate(chapter_ids, 1)},
                {a: str(k) for k, a in enumerate(article_ids, 1)},
            )
        try:
            return (
                frozen_numbers(frozen.chapters, chapter_ids, frozen.used, upper=True),
                frozen_numbers(frozen.articles, article_ids, frozen.used),
            )
        except NumberingError as exc:
            raise SourceError.at(
                self.manifest.pos, f"nummering na inwerkingtreding: {exc}"
            ) from exc

    # -- pass 2: texts ------------------------------------------------------------------------

    def content(self, stext: SText | None, where: Where = OUTSIDE) -> Content:
        if stext is None:
            return ()
        try:
            pieces = templates.render(stext, self.context)
        except SourceError as exc:
            self.problems.extend(exc)
            return ()
        nodes: list[Text | Ref] = []
        for piece in pieces:
            if isinstance(piece, str):
                nodes.append(Text(piece))
            elif piece.document:
                nodes.append(self.outside_ref(piece))
            else:
                nodes.append(self.inside_ref(piece, where))
        return _normalise(nodes)

    def inside_ref(self, piece: templates.PendingRef, where: Where) -> Ref:
        """A reference to a provision of this document."""
        if piece.cited_as is not None:
            self.problems.add(
                piece.pos,
                "'van=' hoort bij een verwijzing naar een ander document:"
                f" ref('document', '{piece.target}', van='...')",
            )
        loc = self.index.get(piece.target)
        if loc is None:
            self.problems.add(piece.pos, self.missing(piece.target))
            return Ref(piece.target, piece.target)
        text = wording(loc, where)
        return Ref(piece.target, capitalised(text) if piece.capital else text)

    def outside_ref(self, piece: templates.PendingRef) -> Ref:
        """A reference to a provision of another document, worded as seen from outside it."""
        other = self.other_document(piece)
        if other is None:
            return Ref(piece.target, piece.target, piece.document)
        loc = other.index.get(piece.target)
        if loc is None:
            self.problems.add(piece.pos, self.missing(piece.target, other))
            return Ref(piece.target, piece.target, other.id)
        name = other.name if piece.cited_as is None else piece.cited_as
        text = outside_wording(loc, name)
        return Ref(piece.target, capitalised(text) if piece.capital else text, other.id)

    def other_document(self, piece: templates.PendingRef) -> Referable | None:
        """The document a two-argument ``ref()`` names by its manifest id, or None (reported)."""
        ident = piece.document
        pos = piece.document_pos or piece.pos
        manifest = self.project.manifests.get(ident)
        if manifest is None:
            known = ", ".join(sorted(self.project.manifests))
            self.problems.add(
                pos, f"verwijzing naar onbekend document '{ident}'; bekende documenten: {known}"
            )
            return None
        if manifest.id == self.manifest.id:
            self.problems.add(pos, f"'{ident}' is dit document zelf; schrijf ref('{piece.target}')")
            return None
        if manifest.per_deelnemer and self.deelnemer is None:
            self.problems.add(
                pos,
                f"'{ident}' is een document per deelnemer; daarnaar verwijst alleen een document"
                " voor dezelfde deelnemer",
            )
            return None
        other = self.library.get(
            _doc_id(manifest, self.deelnemer if manifest.per_deelnemer else None)
        )
        if other is None and self.deelnemer is not None:
            self.problems.add(pos, f"'{ident}' heeft geen document voor {self.deelnemer.naam}")
        return other

    def missing(self, target: str, other: Referable | None = None) -> str:
        """Why ``target`` cannot be referred to: unknown, or not in the (other) document."""
        where = "dit document" if other is None else f"{other.name} ('{other.id}')"
        if target in self.project.fragments or any(
            target in _item_ids(f) for f in self.project.fragments.values()
        ):
            return f"verwijzing naar '{target}': die bepaling staat niet in {where}"
        if other is None:
            return f"verwijzing naar onbekende bepaling '{target}'"
        return f"verwijzing naar onbekende bepaling '{target}' in {where}"

    def plain(self, stext: SText | None) -> str:
        return "".join(node.text for node in self.content(stext))

    def article(self, fragment: SFragment) -> Article:
        loc = self.index[fragment.id]
        if not _is_plain(fragment):
            return self._article(fragment, loc)
        # A fragment without template text or conditions assembles to the same article in every
        # document and version, but for its number: assemble it once, renumber the copy.
        hit = _PLAIN_ARTICLES.get(id(fragment))
        if hit is not None and hit[0] is fragment:
            article = hit[1]
            return article if article.number == loc.number else replace(article, number=loc.number)
        article = self._article(fragment, loc)
        if len(_PLAIN_ARTICLES) > _MEMO_LIMIT:
            _PLAIN_ARTICLES.clear()
        _PLAIN_ARTICLES[id(fragment)] = (fragment, article)
        return article

    def _article(self, fragment: SFragment, loc: Loc) -> Article:
        kept = self.kept(fragment.leden)
        count = len(kept)
        leden = []
        for li, lid in enumerate(kept, start=1):
            where = Where(fragment.id, lid.id)
            onderdelen = tuple(
                self.onderdeel(ond, oi, Where(fragment.id, lid.id, ond.id))
                for oi, ond in enumerate(self.kept(lid.children), start=1)
            )
            leden.append(
                Lid(
                    lid.id,
                    lid_number(li, count),
                    self.content(lid.text, where),
                    onderdelen,
                    self.content(lid.slot, where),
                )
            )
        return Article(
            fragment.id,
            loc.number,
            fragment.title,
            tuple(leden),
            tuple(self.content(t) for t in fragment.toelichting),
            fragment.topic,
            fragment.pos,
        )

    def onderdeel(self, item: SItem, index: int, where: Where) -> Onderdeel:
        subs = tuple(
            Subonderdeel(sub.id, sub_number(si), self.content(sub.text, where))
            for si, sub in enumerate(self.kept(item.children), start=1)
        )
        return Onderdeel(item.id, onderdeel_number(index), self.content(item.text, where), subs)

    def document(self, library: Library) -> Document:
        """Pass 2: the whole document, with references into ``library`` worded from there."""
        self.library = library
        self.build_index()
        manifest = self.manifest
        chapters = []
        fragments = list(self.fragments())
        for number, chapter in enumerate(manifest.chapters, start=1):
            articles = tuple(self.article(f) for c, f in fragments if c == number)
            chapters.append(
                Chapter(
                    chapter.id,
                    self.index[chapter.id].number if manifest.has_chapters else "",
                    chapter.title,
                    articles,
                )
            )
        settings = self.project.settings
        version = settings.version
        deelnemer = self.deelnemer
        opschrift = [manifest.title]
        if manifest.subtitle is not None:
            opschrift.append(self.plain(manifest.subtitle))
        document = Document(
            id=self.doc_id,
            kind=manifest.kind,
            title=manifest.title if deelnemer is None else f"{manifest.title} {deelnemer.naam}",
            citeertitel=self.citeertitel,
            file_stem=manifest.file_stem
            if deelnemer is None
            else f"{manifest.file_stem}-{deelnemer.id}",
            version=version,
            deelnemer=None if deelnemer is None else deelnemer.id,
            organs=manifest.organs,
            opschrift=tuple(opschrift),
            aanhef=tuple(self.content(t) for t in manifest.aanhef),
            overwegingen=tuple(self.content(t) for t in manifest.overwegingen),
            gelet_op=self.content(manifest.gelet_op),
            besluit=self.content(manifest.besluiten),
            chapters=tuple(chapters),
            slotformule=tuple(self.content(t) for t in manifest.slotformule),
            signatures=self.signatures(),
            bijlagen=tuple(self.section(s) for s in manifest.bijlagen),
            toelichting_algemeen=tuple(
                Section(s.id, s.title, tuple(self.content(p) for p in s.paragraphs))
                for s in manifest.toelichting
            ),
            manifest=manifest.id,
        )
        self.problems.raise_if_any()
        return document

    def section(self, section: SSection) -> Section:
        blocks: list[Block] = [self.content(p) for p in section.paragraphs]
        blocks.extend(self.generated(section))
        return Section(section.id, section.title, tuple(blocks))

    def generated(self, section: SSection) -> tuple[Block, ...]:
        """The data tables a bijlage asks for with ``genereer:``."""
        kind = section.generate
        project = self.project
        if not kind:
            return ()
        takers = {
            p.id: [
                d.naam
                for d in project.deelnemers
                if p.id in project.choices.get(d.id, {}).get("plustaken", ())
            ]
            for p in project.catalog.plustaken
        }
        if kind in ("bevoegdheden", "mandaatlijst", "plustaakbevoegdheden"):
            if kind == "bevoegdheden":
                powers = generated.transferred(project.powers)
            elif kind == "mandaatlijst":
                powers = generated.mandate_list(project.powers)
            else:
                powers = generated.plustaak_powers(
                    project.powers, self.choices.get("plustaken", ())
                )
                if self.deelnemer is not None:
                    # In a deelnemer's own decision the powers apply to that deelnemer only.
                    takers = {p: [self.deelnemer.naam] for p in takers}
            return generated.powers_by_statute(powers, project.catalog, takers, section.id)
        if self.contributions is None or project.finance is None:
            self.problems.add(
                section.pos,
                f"'genereer: {kind}' vraagt om een financiënbestand in clausules/financien/",
            )
            return ()
        if kind == "bijdragen":
            return (generated.contributions_table(self.contributions, section.id),)
        return generated.keys_tables(self.contributions, project.finance, section.id)

    def signatures(self) -> tuple[Signature, ...]:
        body = self.project.settings.openbaar_lichaam
        deelnemers = (self.deelnemer,) if self.deelnemer else self.project.deelnemers
        result: list[Signature] = []
        for organ in self.manifest.organs:
            if organ == "college":
                result += [
                    Signature(
                        f"{capitalised(d.college)},", _signers(d, "secretaris", "burgemeester")
                    )
                    for d in deelnemers
                    if d is not None
                ]
            elif organ == "raad":
                result += [
                    Signature(f"{capitalised(d.raad)},", _signers(d, "griffier", "voorzitter"))
                    for d in deelnemers
                    if d is not None
                ]
            elif organ == "burgemeester":
                result += [
                    Signature(f"{capitalised(d.burgemeester)},", ()) for d in deelnemers if d
                ]
            elif organ == "voorzitter":
                result.append(Signature(f"{capitalised(body['voorzitter'])},", ()))
            else:
                result.append(
                    Signature(f"{capitalised(body[organ])},", ("de secretaris,", "de voorzitter,"))
                )
        return tuple(result)


def _signers(deelnemer: SDeelnemer, *offices: str) -> tuple[str, ...]:
    """ "de secretaris," per office, with the name under it where the data has one (the
    style leaves room to sign under each line)."""
    lines: list[str] = []
    for office in offices:
        lines.append(f"de {office},")
        name = deelnemer.ondertekenaars.get(office)
        if name:
            lines.append(name)
    return tuple(lines)


_MEMO_LIMIT = 65536
# Keyed by the fragment object (kept alive in the value, so its id cannot be reused).
_PLAIN_ARTICLES: dict[int, tuple[SFragment, Article]] = {}
_PLAIN: dict[int, tuple[SFragment, bool]] = {}


def _is_plain(fragment: SFragment) -> bool:
    """True when no text of the fragment is a template and nothing in it is conditional."""
    known = _PLAIN.get(id(fragment))
    if known is not None and known[0] is fragment:
        return known[1]
    texts = [t.text for t in fragment.toelichting]
    stack = list(fragment.leden)
    plain_ = fragment.condition is None
    while stack and plain_:
        item = stack.pop()
        plain_ = item.condition is None
        texts.append(item.text.text)
        if item.slot is not None:
            texts.append(item.slot.text)
        stack.extend(item.children)
    plain_ = plain_ and not any("{" in text for text in texts)
    if len(_PLAIN) > _MEMO_LIMIT:
        _PLAIN.clear()
    _PLAIN[id(fragment)] = (fragment, plain_)
    return plain_


def _item_ids(fragment: SFragment) -> set[str]:
    ids = set()
    stack = list(fragment.leden)
    while stack:
        item = stack.pop()
        ids.add(item.id)
        stack.extend(item.children)
    return ids


def _normalise(nodes: list[Text | Ref]) -> Content:
    """Collapse whitespace (YAML line breaks inside a paragraph) and merge adjacent text."""
    if len(nodes) == 1 and isinstance(nodes[0], Text):
        text = nodes[0].text
        if not _UNTIDY.search(text):
            return (nodes[0],) if text else ()
    merged: list[Text | Ref] = []
    for node in nodes:
        if isinstance(node, Text):
            text = _SPACE.sub(" ", node.text)
            if merged and isinstance(merged[-1], Text):
                merged[-1] = Text(merged[-1].text + text)
                continue
            node = Text(text)
        merged.append(node)
    if merged and isinstance(merged[0], Text):
        merged[0] = Text(merged[0].text.lstrip(_STRIP))
    if merged and isinstance(merged[-1], Text):
        merged[-1] = Text(merged[-1].text.rstrip(_STRIP))
    return tuple(n for n in merged if not (isinstance(n, Text) and not n.text))
