"""``assembler reacties inlezen``: a returned .docx as points of the register.

Every tracked change and every comment of the reviewer is one point, and so is every
paragraph changed without tracking; each names the provision it is in, or, when no provision
can be found, the place ("niet te herleiden"). A point's id is a hash of its content, so
reading the same file twice adds nothing the second time.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from assembler import pipeline, versions
from assembler.errors import UsageError
from assembler.model.assemble import assemble_all
from assembler.model.nodes import Document
from assembler.reactions import store
from assembler.reactions.register import milestone
from assembler.reactions.returned import (
    Change,
    ChangeKind,
    Comment,
    ReturnedDocument,
    Stamp,
    read_returned,
)
from assembler.reactions.trace import Trace, normal, place_of, trace, without_number
from assembler.render.docx.redline import against_text
from assembler.source.reactions import PointKind, SourceKind

_KINDS = {
    ChangeKind.INSERT: PointKind.INVOEGING,
    ChangeKind.DELETE: PointKind.VERWIJDERING,
    ChangeKind.MOVE_FROM: PointKind.VERPLAATSING,
    ChangeKind.MOVE_TO: PointKind.VERPLAATSING,
}
_WHAT = {
    ChangeKind.INSERT: "Ingevoegd",
    ChangeKind.DELETE: "Geschrapt",
    ChangeKind.MOVE_FROM: "Verplaatst (van hier)",
    ChangeKind.MOVE_TO: "Verplaatst (naar hier)",
}


@dataclass(frozen=True, slots=True)
class NewPoint:
    """A point read from a returned document, before it is written into the register."""

    id: str
    kind: PointKind
    provision: str  # "" when it cannot be traced
    text: str
    date: dt.date | None
    author: str
    old: str  # the provision's text as sent ("" without a proposal)
    new: str  # as proposed
    place: str
    anchor: str = ""


@dataclass(frozen=True, slots=True)
class ReadResult:
    document: Document
    points: tuple[NewPoint, ...]
    added: tuple[NewPoint, ...]  # the points that were not in the register yet
    path: Path


def _id(source: str, *parts: object) -> str:
    digest = hashlib.sha256("\x1f".join([source, *map(str, parts)]).encode("utf-8"))
    return f"p-{digest.hexdigest()[:10]}"


def _day(stamp: Stamp) -> dt.date | None:
    return stamp.date.date() if stamp.date is not None else None


def choose_document(returned: ReturnedDocument, documents: list[Document]) -> Document:
    """The document the file is: among those with its title, the one most of whose paragraphs
    it holds."""
    candidates = [d for d in documents if d.title == returned.title] or documents
    if not candidates:
        raise UsageError("de versie van de ronde heeft geen documenten")
    texts = {normal(p.sent) for p in returned.paragraphs}
    from assembler.reactions.trace import sent_paragraphs

    def score(doc: Document) -> int:
        return sum(1 for p in sent_paragraphs(doc) if normal(p.text) in texts)

    return max(candidates, key=score)


def our_notices(root: Path) -> frozenset[str]:
    """What our redlines print besides the text ("Wijzigingen ten opzichte van Concepttekst
    (17 mei 2021)"): no change of the reviewer's when it is in the returned document."""
    return frozenset(normal(against_text(m.version)) for m in versions.milestones(root))


def points_of(
    source: str, returned: ReturnedDocument, doc: Document, ours_too: frozenset[str] = frozenset()
) -> list[NewPoint]:
    """Every change and comment of the reviewer, and every change without tracking.
    ``ours_too``: paragraphs we print that are no text of ``doc`` (see :func:`our_notices`)."""
    found = trace(returned, doc)
    numbers = {a.id: a.number for a in doc.articles}
    out: list[NewPoint] = []
    for change in returned.changes:
        out.append(_change_point(source, change, returned, found, numbers))
    for comment in returned.comments:
        out.append(_comment_point(source, comment, returned, found, numbers))
    out.extend(_untracked(source, returned, found, numbers, ours_too))
    return out


def _where(
    paragraph: int, returned: ReturnedDocument, found: Trace, numbers: dict[str, str]
) -> tuple[str, str]:
    """(provision, place) of a returned paragraph: its traced provision, else the article its
    bookmark says, else nothing and a description of the place."""
    sent = found.matched.get(paragraph)
    if sent is not None and sent.provision:
        return sent.provision, ""
    article = found.article.get(paragraph, "") if paragraph >= 0 else ""
    para = returned.paragraphs[paragraph] if 0 <= paragraph < len(returned.paragraphs) else None
    if article and sent is None:
        return article, ""
    return "", place_of(para, numbers.get(article, ""))


def _proposal(provision: str, sent_text: str, new_text: str, heading: bool) -> tuple[str, str]:
    if heading:
        return _title(sent_text), _title(new_text)
    return without_number(sent_text), without_number(new_text)


def _title(heading: str) -> str:
    """The title of an article heading ("Artikel 11. Stemverhouding" → "Stemverhouding")."""
    head, dot, rest = heading.partition(". ")
    return rest if dot and head.startswith("Artikel") else heading


def _change_point(
    source: str,
    change: Change,
    returned: ReturnedDocument,
    found: Trace,
    numbers: dict[str, str],
) -> NewPoint:
    provision, place = _where(change.paragraph, returned, found, numbers)
    para = returned.paragraphs[change.paragraph]
    sent = found.matched.get(change.paragraph)
    old = new = ""
    if sent is not None and sent.provision and normal(para.sent):
        taken = {change.index} | ({change.partner} if change.partner >= 0 else set())
        old, new = _proposal(provision, para.sent, para.text(taken), sent.heading)
    quoted = normal(change.text)
    text = f"{_WHAT[change.kind]}: „{quoted}”"
    ident = _id(
        source,
        change.kind.value,
        provision,
        place,
        old,
        new,
        quoted,
        change.stamp.author,
        change.stamp.date,
    )
    return NewPoint(
        ident,
        _KINDS[change.kind],
        provision,
        text,
        _day(change.stamp),
        change.stamp.author,
        old,
        new,
        place,
    )


def _comment_point(
    source: str,
    comment: Comment,
    returned: ReturnedDocument,
    found: Trace,
    numbers: dict[str, str],
) -> NewPoint:
    provision, place = _where(comment.paragraph, returned, found, numbers)
    kind = PointKind.ANTWOORD if comment.parent else PointKind.OPMERKING
    ident = _id(
        source,
        kind.value,
        provision,
        place,
        comment.anchor,
        comment.text,
        comment.stamp.author,
        comment.stamp.date,
    )
    return NewPoint(
        ident,
        kind,
        provision,
        comment.text or "(lege opmerking)",
        _day(comment.stamp),
        comment.stamp.author,
        "",
        "",
        place,
        comment.anchor,
    )


def _untracked(
    source: str,
    returned: ReturnedDocument,
    found: Trace,
    numbers: dict[str, str],
    ours_too: frozenset[str],
) -> list[NewPoint]:
    """Paragraphs whose text as sent differs from what we sent, paragraphs added without
    tracking, and provisions that are gone without tracking."""
    out = []
    stamp = returned.modified
    tracked = {c.paragraph for c in returned.changes}
    for para in returned.paragraphs:
        if para.in_table or not normal(para.sent) or normal(para.sent) in ours_too:
            continue
        sent = found.matched.get(para.index)
        if sent is not None:
            if normal(sent.text) == normal(para.sent):
                continue
            provision = sent.provision
            place = "" if provision else place_of(para)
            old, new = ("", "")
            if provision:
                old, new = _proposal(provision, sent.text, para.sent, sent.heading)
            text = f"Gewijzigd zonder bijhouden: „{normal(without_number(para.sent))}”"
        else:
            if para.index in tracked and not normal(para.text(set())):
                continue
            provision, place = _where(para.index, returned, found, numbers)
            old = new = ""
            text = f"Ingevoegd zonder bijhouden: „{normal(para.sent)}”"
        ident = _id(source, "ongemarkeerd", provision, place, old, new, text)
        out.append(
            NewPoint(
                ident,
                PointKind.ONGEMARKEERD,
                provision,
                text,
                _day(stamp),
                stamp.author,
                old,
                new,
                place,
            )
        )
    for sent in found.unmatched_sent:
        text = f"Geschrapt zonder bijhouden: „{normal(without_number(sent.text))}”"
        ident = _id(source, "ontbreekt", sent.provision, text)
        out.append(
            NewPoint(
                ident,
                PointKind.ONGEMARKEERD,
                sent.provision,
                text,
                _day(stamp),
                stamp.author,
                "",
                "",
                "",
            )
        )
    return out


def ours(root: Path, round_id: str) -> Stamp:
    """The author and date of our own revisions in the round's redline."""
    found = milestone(root, round_id)
    return Stamp(
        found.author or "assembler",
        dt.datetime.combine(found.date, dt.time(0), tzinfo=dt.UTC),
    )


def reviewer(returned: ReturnedDocument, fallback: str) -> str:
    """Who sent the document back: the author of most of its changes and comments."""
    from collections import Counter

    authors = Counter(
        stamp.author
        for stamp in (*(c.stamp for c in returned.changes), *(c.stamp for c in returned.comments))
        if stamp.author
    )
    return authors.most_common(1)[0][0] if authors else fallback


def read_in(root: Path, round_id: str, source: str, file: Path, name: str = "") -> ReadResult:
    """Read ``file`` as returned by ``source`` in round ``round_id`` into the register."""
    from assembler.source.fields import ID_PATTERN

    if not ID_PATTERN.match(source):
        raise UsageError(
            f"ongeldige bron '{source}': gebruik kleine letters, cijfers en '-' (bijvoorbeeld"
            " gemeente-zwijndrecht)"
        )
    milestone(root, round_id)
    returned = read_returned(file.read_bytes(), ours(root, round_id), str(file))
    documents = assemble_all(pipeline.load(versions.open_version(root, round_id)))
    doc = choose_document(returned, documents)
    points = points_of(source, returned, doc, our_notices(root))
    path, added = store.add_points(
        root,
        round_id,
        source,
        SourceKind.TERUGGESTUURD,
        doc,
        points,
        file.name,
        name or reviewer(returned, source),
        _day(returned.modified),
    )
    return ReadResult(doc, tuple(points), tuple(added), path)
