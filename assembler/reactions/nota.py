"""The nota van beantwoording of a round: per source and point the reaction, the answer of the
colleges, the outcome and, for a point (partly) adopted, the changed text of its provisions.

The nota is written as blocks of the reading order (:mod:`assembler.flow.blocks`), keyed like
the slots of the besluit template; :mod:`assembler.render.docx.nota` lays them out. The changed
text is an excerpt of the round's change tree, from the round's milestone to the next one: its
segments keep their operation, so the writer can show deletions struck through and insertions
underlined.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from assembler import labels, letters, versions
from assembler.diff.changes import DocumentChanges, Level, Node, Place
from assembler.diff.words import Seg, segs_of
from assembler.errors import UsageError
from assembler.flow.blocks import RItem, Role, RPara
from assembler.flow.redline import signature_role
from assembler.model.dates import dutch_date
from assembler.model.numbering import count_words, ordinal
from assembler.model.wording import enumeration
from assembler.reactions.changes import WORKTREE, RoundChanges, round_changes
from assembler.reactions.overview import proposal_text
from assembler.reactions.register import Register, load_register
from assembler.source.correspondence import Correspondence, load_correspondence
from assembler.source.milestones import Milestone
from assembler.source.reactions import FOLDER, Outcome, Point, ReactionSource, SourceKind
from assembler.source.tree import WorkTree

ADOPTED = (Outcome.OVERGENOMEN, Outcome.DEELS)
_OUTCOME_WORDS = {
    Outcome.OVERGENOMEN: "overgenomen",
    Outcome.DEELS: "deels overgenomen",
    Outcome.NIET_OVERGENOMEN: "niet overgenomen",
    Outcome.KENNISGENOMEN: "voor kennisgeving aangenomen",
}
# The order of the sources in the nota: the raden first, whose zienswijze the law asks for.
_KIND_ORDER = (
    SourceKind.ZIENSWIJZE_RAAD,
    SourceKind.COLLEGE,
    SourceKind.ADVIESRAAD,
    SourceKind.TERUGGESTUURD,
)
_QUOTE_ROLES = {
    Level.LID: Role.CITAAT_LID,
    Level.ONDERDEEL: Role.CITAAT_ONDERDEEL,
    Level.SUBONDERDEEL: Role.CITAAT_SUBONDERDEEL,
    Level.SLOT: Role.CITAAT,
}


@dataclass(frozen=True, slots=True)
class Nota:
    """The nota as blocks per template slot, with what its header and properties say."""

    title: str
    subtitle: str
    date: dt.date
    author: str
    parts: dict[str, list[RItem]]
    running: str = ""  # the header's short line: the round, so that it fits on one line


def file_name(round_id: str) -> str:
    """The nota's file name, as the raadsstukken of the next round name it."""
    from assembler.council.paperwork import nota_name

    return nota_name(round_id)


def _para(role: Role, text: str, number: str = "") -> RPara:
    return RPara(
        role,
        (Seg("=", text),) if text else (),
        (Seg("=", f"{number}\t"),) if number else (),
    )


def outcome_words(outcome: Outcome | None) -> str:
    return _OUTCOME_WORDS[outcome] if outcome is not None else "nog niet beantwoord"


def source_title(source: ReactionSource) -> str:
    """ "Zienswijze van de raad van Dordrecht", "Advies van de regionale cliëntenraad"."""
    name = source.name
    if source.kind is SourceKind.ZIENSWIJZE_RAAD:
        return f"Zienswijze van de raad van {name}"
    if source.kind is SourceKind.COLLEGE:
        return f"Reactie van het college van burgemeester en wethouders van {name}"
    if source.kind is SourceKind.ADVIESRAAD:
        return f"Advies van de {name}"
    return f"Teruggestuurd document van {name}"


def _who(source: ReactionSource) -> str:
    """The source inside a sentence: "de raad van Dordrecht"."""
    if source.kind is SourceKind.ZIENSWIJZE_RAAD:
        return f"de raad van {source.name}"
    if source.kind is SourceKind.COLLEGE:
        return f"het college van {source.name}"
    if source.kind is SourceKind.ADVIESRAAD:
        return f"de {source.name}"
    return source.name


def ordered(sources: Sequence[ReactionSource]) -> list[ReactionSource]:
    return sorted(sources, key=lambda s: (_KIND_ORDER.index(s.kind), s.name, s.id))


# -- where a provision stands --------------------------------------------------------------


def _located(tree: DocumentChanges, ident: str) -> Iterator[tuple[Node, list[Node]]]:
    """The node ``ident`` with the nodes above it (its article first), at its new place."""

    def walk(node: Node, above: list[Node]) -> Iterator[tuple[Node, list[Node]]]:
        if node.place is Place.OLD:
            return
        if node.id == ident:
            yield node, above
        for child in node.children:
            yield from walk(child, [*above, node])

    for article in tree.articles():
        yield from walk(article, [])


def _find(
    changes: RoundChanges, ident: str, prefer: str = ""
) -> tuple[Node, list[Node], str] | None:
    """The provision in the first document that changed it, else in the first that has it,
    with the name of that document when it is not the regeling ("" for the regeling). The
    documents of deelnemer ``prefer`` (the gemeente that reacted) come first."""
    trees = sorted(changes.trees, key=lambda t: _deelnemer(t) != prefer)
    found = [
        (node, above, _document_name(tree))
        for tree in trees
        for node, above in _located(tree, ident)
    ]
    for hit in found:
        if any(inner.kind.substantive for inner in hit[0].walk()):
            return hit
    return found[0] if found else None


def _deelnemer(tree: DocumentChanges) -> str:
    shown = tree.new or tree.old
    return (shown.deelnemer or "") if shown is not None else ""


def _document_name(tree: DocumentChanges) -> str:
    shown = tree.new or tree.old
    if shown is None or shown.kind == "regeling":
        return ""
    # A per-deelnemer document is named without its gemeente: every gemeente has the fragment.
    title = shown.citeertitel
    suffix = f" {shown.deelnemer}" if shown.deelnemer else ""
    return title[: -len(suffix)] if suffix and title.lower().endswith(suffix) else title


def place(node: Node, above: Sequence[Node], document: str = "") -> str:
    """ "artikel 33, tweede lid, onderdeel c" for a node and the nodes above it, followed by
    "van de <document>" when it stands in another document than the regeling."""
    parts: list[str] = []
    for step in (*above, node):
        number = step.number.rstrip(".")
        if step.level is Level.ARTICLE:
            parts.append(f"artikel {number}")
        elif step.level is Level.LID and number.isdigit():
            parts.append(f"{ordinal(int(number))} lid")
        elif step.level is Level.ONDERDEEL and number:
            parts.append(f"onderdeel {number}")
        elif step.level is Level.SUBONDERDEEL and number:
            parts.append(f"onder {number}")
    text = ", ".join(parts)
    if document:
        text += f", van de {document}" if len(parts) > 1 else f" van de {document}"
    return text


def _article_heading(article: Node) -> RPara:
    return RPara(Role.CITAAT_KOP, (Seg("=", f"Artikel {article.number}. "), *segs_of(article.text)))


def _quoted(node: Node) -> RPara:
    number = node.number
    return RPara(
        _QUOTE_ROLES.get(node.level, Role.CITAAT),
        segs_of(node.text),
        (Seg("=", f"{number}\t"),) if number else (),
    )


def excerpt(node: Node, above: Sequence[Node]) -> list[RPara]:
    """The changed text of a provision: its article's heading, the provision itself and every
    part of it that changed, with their segments as compared."""
    article = above[0] if above else node
    out = [_article_heading(article)]
    if node.level is not Level.ARTICLE:
        out.append(_quoted(node))
    for inner in list(node.walk())[1:]:
        if inner.level in _QUOTE_ROLES and inner.kind.substantive:
            out.append(_quoted(inner))
    return out


# -- the parts ----------------------------------------------------------------------------


def _introduction(
    register: Register,
    regeling: str,
    sender: str,
    following: Milestone | None,
) -> list[RItem]:
    milestone = register.round
    sources = ordered(register.sources)
    raden = [s for s in sources if s.kind is SourceKind.ZIENSWIJZE_RAAD]
    others = [s for s in sources if s.kind is not SourceKind.ZIENSWIJZE_RAAD]
    points = [p for s in sources for p in s.points]
    due = letters.due(milestone)
    name = milestone.name[:1].lower() + milestone.name[1:]
    out: list[RItem] = [
        _para(Role.HOOFDSTUK, "1. Inleiding"),
        _para(
            Role.NORMAL,
            f"Op {dutch_date(milestone.date)} hebben de colleges van burgemeester en wethouders"
            f" van de deelnemende gemeenten de {name} van de {regeling} aan de raden toegezonden."
            f" De raden konden tot en met {dutch_date(due)} hun wensen en bedenkingen naar voren"
            " brengen. Ook de colleges, de adviesraden en de griffies is gevraagd te reageren.",
        ),
    ]
    if raden:
        out.append(
            _para(
                Role.NORMAL,
                f"{count_words(len(raden)).capitalize()}"
                f" {'raad heeft' if len(raden) == 1 else 'raden hebben'}"
                " een zienswijze naar voren gebracht:",
            )
        )
        out += [_source_line(s, i, len(raden)) for i, s in enumerate(raden)]
    else:
        out.append(
            _para(Role.NORMAL, "Geen van de raden heeft een zienswijze naar voren gebracht.")
        )
    if others:
        out.append(_para(Role.NORMAL, "Daarnaast ontvingen de colleges:"))
        out += [_source_line(s, i, len(others)) for i, s in enumerate(others)]
    counts = {o: sum(1 for p in points if p.outcome is o) for o in Outcome}
    summary = [
        f"{labels.count(n, 'punt', 'punten')} {_OUTCOME_WORDS[o]}" for o, n in counts.items() if n
    ]
    open_points = sum(1 for p in points if p.outcome is None or not p.answer)
    out.append(
        _para(
            Role.NORMAL,
            f"De reacties bevatten samen {labels.count(len(points), 'punt', 'punten')}."
            + (f" Daarvan zijn {enumeration(summary)}." if summary else "")
            + (
                f" {labels.count(open_points, 'punt is', 'punten zijn')} nog niet beantwoord."
                if open_points
                else ""
            ),
        )
    )
    out.append(_para(Role.HOOFDSTUK, "2. Werkwijze"))
    out.append(
        _para(
            Role.NORMAL,
            "De colleges hebben alle reacties gezamenlijk gewogen, op advies van de"
            f" {sender[:1].lower() + sender[1:]}. Een reactie van één gemeente kan alleen tot een"
            " wijziging leiden als die ook voor de andere deelnemers aanvaardbaar is; waar"
            " gemeenten om verschillende oplossingen vroegen, hebben de colleges één keuze gemaakt"
            " en die hieronder toegelicht.",
        )
    )
    out.append(
        _para(
            Role.NORMAL,
            "In hoofdstuk 3 staat per reactie en per punt de inbreng, het antwoord van de"
            " colleges en de uitkomst: overgenomen, deels overgenomen, niet overgenomen of voor"
            " kennisgeving aangenomen. Heeft een punt tot een wijziging geleid, dan volgt de"
            " gewijzigde tekst van de bepaling: geschrapte tekst is doorgehaald, toegevoegde"
            " tekst is onderstreept.",
        )
    )
    if following is not None:
        follow = following.name[:1].lower() + following.name[1:]
        out.append(
            _para(
                Role.NORMAL,
                f"De wijzigingen zijn verwerkt in de {follow} van {dutch_date(following.date)}."
                " Deze nota wordt met die tekst aan de raden aangeboden, met het verzoek om"
                " toestemming voor het treffen van de regeling. Elke raad ontvangt daarvoor een"
                " raadsvoorstel en een ontwerpbesluit.",
            )
        )
    else:
        out.append(
            _para(
                Role.NORMAL,
                "De wijzigingen zijn verwerkt in de werkversie van de tekst; de volgende ronde"
                " is nog niet vastgelegd.",
            )
        )
    return out


def _source_line(source: ReactionSource, index: int, count: int) -> RPara:
    date = f", ontvangen op {dutch_date(source.date)}" if source.date else ""
    end = "." if index == count - 1 else ";"
    points = labels.count(len(source.points), "punt", "punten")
    return _para(Role.ONDERDEEL, f"{_who(source)}{date} ({points}){end}", "–")


def _point_items(
    number: str, point: Point, source: ReactionSource, changes: RoundChanges
) -> list[RItem]:
    gemeente = source.name.lower().replace(" ", "-")
    located = [(ident, _find(changes, ident, gemeente)) for ident in point.provisions]
    where = enumeration([place(*hit) if hit else ident for ident, hit in located])
    where = where[:1].upper() + where[1:]
    heading = f"{number} {where}" if where else f"{number} Niet te herleiden tot een bepaling"
    out: list[RItem] = [_para(Role.TOELICHTING_ARTIKEL, heading)]
    meta = ", ".join(
        part for part in (point.author or _who(source), _date(point.date or source.date)) if part
    )
    text = point.text
    if point.anchor:
        text += f" (bij de tekst „{point.anchor}”)"
    if point.place:
        text += f" (plaats in het document: {point.place})"
    out.append(_para(Role.NORMAL, f"Reactie ({meta}): {text}"))
    if point.proposal is not None:
        out.append(_para(Role.NORMAL, f"Voorgestelde tekst: {proposal_text(point)}."))
    answer = point.answer or "De colleges hebben dit punt nog niet beantwoord."
    out.append(_para(Role.NORMAL, f"Antwoord van de colleges: {answer}"))
    out.append(_para(Role.NORMAL, f"Uitkomst: {outcome_words(point.outcome)}."))
    if point.outcome in ADOPTED:
        changed = [
            (ident, hit)
            for ident, hit in located
            if hit is not None and any(n.kind.substantive for n in hit[0].walk())
        ]
        if not changed:
            out.append(_para(Role.NORMAL, "De tekst van de bepaling is niet gewijzigd."))
        for _, (node, above, document) in changed:
            out.append(_para(Role.NORMAL, f"Wijziging van {place(node, above, document)}:"))
            out += excerpt(node, above)
    return out


def _date(day: dt.date | None) -> str:
    return dutch_date(day) if day else ""


def _answers(register: Register, changes: RoundChanges) -> list[RItem]:
    out: list[RItem] = [_para(Role.HOOFDSTUK, "3. Beantwoording per reactie")]
    for s_index, source in enumerate(ordered(register.sources), start=1):
        date = f" ({dutch_date(source.date)})" if source.date else ""
        out.append(_para(Role.ARTIKELKOP, f"3.{s_index} {source_title(source)}{date}"))
        for p_index, point in enumerate(source.points, start=1):
            out += _point_items(f"3.{s_index}.{p_index}", point, source, changes)
    return out


def _signature(data: Correspondence | None, fallback: str) -> list[RItem]:
    """ "Namens de colleges ...," the sender and the people who sign for it."""
    if data is None:
        return [_para(Role.ONDERTEKENING, fallback)]
    organ = data.sender.namens or "namens de colleges"
    lines = [data.sender.naam, *(f"{p.naam}, {p.functie}" for p in data.signatories)]
    return [
        _para(Role.ONDERTEKENING, f"{organ[:1].upper()}{organ[1:]},"),
        *(_para(signature_role(k, len(lines)), line) for k, line in enumerate(lines)),
    ]


def compose(
    register: Register,
    changes: RoundChanges,
    following: Milestone | None,
    data: Correspondence | None,
) -> Nota:
    """The nota of ``register``'s round, with the changes up to ``following`` (None: the
    working tree)."""
    regeling = next(
        (
            d.citeertitel
            for tree in changes.trees
            for d in (tree.old, tree.new)
            if d is not None and d.kind == "regeling"
        ),
        "regeling",
    )
    milestone = register.round
    sender = data.sender.naam if data else (milestone.author or "projectgroep")
    subtitle = (
        f"Zienswijzen en reacties op de {milestone.name.lower()} van de {regeling}"
        f" ({dutch_date(milestone.date)})"
    )
    parts: dict[str, list[RItem]] = {
        "kop": [_para(Role.BESLUITKOP, "Nota van beantwoording")],
        "aanhef": [_para(Role.AANHEF, subtitle)],
        "overwegingen": [],
        "gelet_op": [],
        "besluit": [],
        "artikelen": [
            *_introduction(register, regeling, sender, following),
            *_answers(register, changes),
        ],
        "slotformule": [],
        "ondertekening": _signature(data, sender),
        "bijlagen": [],
        "toelichting": [],
    }
    date = following.date if following is not None else letters.due(milestone)
    running = f"reacties op de {milestone.name.lower()}"
    return Nota("Nota van beantwoording", subtitle, date, sender, parts, running)


def nota_of(root: Path, round_id: str, changes: RoundChanges | None = None) -> Nota:
    """The nota of round ``round_id`` as the working tree's register answers it."""
    register = load_register(root, round_id)
    if not (root / FOLDER / round_id).is_dir():
        raise UsageError(
            f"ronde '{round_id}' heeft geen reacties: de map {FOLDER}/{round_id}/ ontbreekt"
        )
    changes = changes or round_changes(root, round_id)
    following = (
        None
        if changes.new == WORKTREE
        else next((m for m in versions.milestones(root) if m.id == changes.new), None)
    )
    return compose(register, changes, following, load_correspondence(WorkTree(root)))


def write_nota(root: Path, round_id: str, out_dir: Path) -> Path:
    """Write ``<out>/<round>/nota-van-beantwoording-<round>.docx``."""
    from assembler.output import write_atomic
    from assembler.render.docx.nota import render_nota

    path = out_dir / round_id / file_name(round_id)
    write_atomic(path, render_nota(nota_of(root, round_id)))
    return path
