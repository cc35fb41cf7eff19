"""Reading a returned .docx: its paragraphs as sent and as proposed, the reviewer's tracked
changes and comments.

A paragraph's text is read twice: *as sent* (our own revisions accepted, the reviewer's
rejected) and *as proposed* (everything accepted). A revision is ours when its author and
date are those our redline writes (the round's milestone: :mod:`assembler.render.docx.redline`);
every other revision and comment is the reviewer's. Adjacent revisions of one kind, author and
date with no text between them are one change (Word and LibreOffice split a change where the
formatting changes).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import zipfile
import zlib
from dataclasses import dataclass, field
from enum import StrEnum

from lxml import etree  # type: ignore[import-untyped, unused-ignore]

from assembler.errors import UsageError

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
DC = "http://purl.org/dc/elements/1.1/"
DCTERMS = "http://purl.org/dc/terms/"
CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
_w = f"{{{W}}}"


class ChangeKind(StrEnum):
    INSERT = "ins"
    DELETE = "del"
    MOVE_FROM = "moveFrom"
    MOVE_TO = "moveTo"

    @property
    def adds(self) -> bool:
        return self in (ChangeKind.INSERT, ChangeKind.MOVE_TO)


@dataclass(frozen=True, slots=True)
class Stamp:
    """Who made a revision or comment, and when (None when the file has no valid date)."""

    author: str
    date: dt.datetime | None


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of text in a paragraph and the revision it belongs to (-1: none)."""

    text: str
    change: int  # index into ReturnedDocument.changes, or -1
    ours: bool  # inside one of our own revisions
    adds: bool  # inserted (or moved here) rather than deleted (or moved away)


@dataclass(slots=True)
class Paragraph:
    index: int
    style: str
    in_table: bool
    bookmarks: list[str] = field(default_factory=list)
    pieces: list[Piece] = field(default_factory=list)

    def text(self, accept: set[int] | None = None) -> str:
        """The text with our revisions accepted and, of the reviewer's, only those in
        ``accept`` (None: all of them)."""
        out = []
        for piece in self.pieces:
            if piece.ours:
                keep = piece.adds
            elif piece.change < 0:
                keep = True
            else:
                taken = accept is None or piece.change in accept
                keep = piece.adds if taken else not piece.adds
            if keep:
                out.append(piece.text)
        return "".join(out)

    @property
    def sent(self) -> str:
        return self.text(set())

    @property
    def proposed(self) -> str:
        return self.text(None)


@dataclass(frozen=True, slots=True)
class Change:
    """One tracked change of the reviewer."""

    index: int
    kind: ChangeKind
    stamp: Stamp
    paragraph: int
    text: str
    # A deletion and an insertion of the same reviewer side by side are one replacement: each
    # stays a change of its own, and ``partner`` is the other half (-1: none).
    partner: int = -1


@dataclass(frozen=True, slots=True)
class Comment:
    """A comment or reply of the reviewer, with the text it is anchored to."""

    id: str
    stamp: Stamp
    text: str
    anchor: str
    paragraph: int  # where the comment's range starts; -1 when it has none
    parent: str  # the id of the comment this replies to; "" for a comment


@dataclass(frozen=True, slots=True)
class ReturnedDocument:
    title: str
    modified: Stamp  # who saved the file last, and when (for changes made without tracking)
    paragraphs: tuple[Paragraph, ...]
    changes: tuple[Change, ...]
    comments: tuple[Comment, ...]


def parse_date(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        stamp = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None  # LibreOffice writes "0-00-00T00:00:00Z" for a comment without a date
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)


def _xml(package: zipfile.ZipFile, name: str, shown: str) -> etree._Element | None:
    try:
        data = package.read(name)
    except KeyError:
        return None
    except (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError):
        # A damaged or encrypted member: the archive opened, its part does not.
        raise UsageError(f"{shown} is beschadigd: {name} is niet te lezen") from None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        raise UsageError(f"{shown} is beschadigd: {name} is geen geldige XML") from None


def read_returned(data: bytes, ours: Stamp | None, name: str = "het bestand") -> ReturnedDocument:
    """The paragraphs, the reviewer's changes and comments of a returned .docx (``name``: how
    the messages call the file, the user's own path).

    ``ours``: the author and date of our own revisions (None for a clean document: then every
    revision is the reviewer's)."""
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise UsageError(f"{name} is geen Word-document (.docx)") from None
    with package:
        body = _xml(package, "word/document.xml", name)
        if body is None:
            raise UsageError(f"{name} is geen Word-document: word/document.xml ontbreekt")
        comments_xml = _xml(package, "word/comments.xml", name)
        extended = _xml(package, "word/commentsExtended.xml", name)
        core = _xml(package, "docProps/core.xml", name)
    reader = _Reader(ours)
    reader.read(body)
    comments = _comments(comments_xml, extended, reader, ours)
    title = modified_by = ""
    modified = None
    if core is not None:
        title = core.findtext(f"{{{DC}}}title") or ""
        modified_by = core.findtext(f"{{{CP}}}lastModifiedBy") or ""
        modified = parse_date(core.findtext(f"{{{DCTERMS}}}modified"))
    return ReturnedDocument(
        title,
        Stamp(modified_by, modified),
        tuple(reader.paragraphs),
        tuple(reader.changes),
        comments,
    )


_REVISIONS = {f"{_w}{k.value}": k for k in ChangeKind}


class _Reader:
    def __init__(self, ours: Stamp | None) -> None:
        self.ours = ours
        self.paragraphs: list[Paragraph] = []
        self.changes: list[Change] = []
        self.comment_start: dict[str, int] = {}
        self.anchor: dict[str, list[str]] = {}
        self.open_comments: set[str] = set()
        # The last change of the current paragraph, while no text has followed it.
        self._last: tuple[ChangeKind, Stamp, int] | None = None

    def is_ours(self, stamp: Stamp) -> bool:
        return self.ours is not None and stamp == self.ours

    def read(self, root: etree._Element) -> None:
        body = root.find(f"{_w}body")
        if body is None:
            return
        for paragraph in body.iter(f"{_w}p"):
            in_table = any(a.tag == f"{_w}tc" for a in paragraph.iterancestors())
            style = paragraph.find(f"{_w}pPr/{_w}pStyle")
            para = Paragraph(
                len(self.paragraphs),
                style.get(f"{_w}val", "") if style is not None else "",
                in_table,
            )
            self.paragraphs.append(para)
            self._last = None
            self._walk(paragraph, para, None)
            for ident in self.open_comments:
                self.anchor[ident].append(" ")

    def _walk(
        self, element: etree._Element, para: Paragraph, change: tuple[int, bool, bool] | None
    ) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag == f"{_w}pPr":
                continue
            if tag in _REVISIONS:
                kind = _REVISIONS[tag]
                stamp = Stamp(child.get(f"{_w}author", ""), parse_date(child.get(f"{_w}date")))
                text = _text_of(child)
                ours = self.is_ours(stamp)
                if ours:
                    index = -2  # ours: no change of the reviewer
                elif not text:
                    continue  # an empty revision (LibreOffice records a comment's anchor)
                elif self._last == (kind, stamp, para.index):
                    index = len(self.changes) - 1
                    last = self.changes[index]
                    self.changes[index] = Change(index, kind, stamp, para.index, last.text + text)
                else:
                    index = len(self.changes)
                    partner = -1
                    if (
                        self._last is not None
                        and self._last[2] == para.index
                        and self._last[1].author == stamp.author
                        and self._last[0].adds != kind.adds
                    ):
                        partner = index - 1
                        previous = self.changes[partner]
                        self.changes[partner] = dataclasses.replace(previous, partner=index)
                    self.changes.append(Change(index, kind, stamp, para.index, text, partner))
                self._last = (kind, stamp, para.index) if not ours else None
                self._walk(child, para, (max(index, -1), ours, kind.adds))
                continue
            if tag == f"{_w}bookmarkStart":
                para.bookmarks.append(child.get(f"{_w}name", ""))
            elif tag == f"{_w}commentRangeStart":
                ident = child.get(f"{_w}id", "")
                self.comment_start.setdefault(ident, para.index)
                self.anchor.setdefault(ident, [])
                self.open_comments.add(ident)
            elif tag == f"{_w}commentRangeEnd":
                self.open_comments.discard(child.get(f"{_w}id", ""))
            elif tag == f"{_w}commentReference":
                self.comment_start.setdefault(child.get(f"{_w}id", ""), para.index)
            elif tag in (f"{_w}t", f"{_w}delText", f"{_w}tab"):
                text = "\t" if tag == f"{_w}tab" else child.text or ""
                index, ours, adds = change if change is not None else (-1, False, True)
                para.pieces.append(Piece(text, index, ours, adds))
                if text and change is None:
                    self._last = None
                if not (change is not None and not adds):  # deleted text anchors nothing
                    for ident in self.open_comments:
                        self.anchor[ident].append(text)
            elif tag in (f"{_w}p", f"{_w}tbl", f"{_w}txbxContent"):
                continue  # a nested paragraph is read on its own
            else:
                self._walk(child, para, change)


def _text_of(element: etree._Element) -> str:
    return "".join(
        "\t" if e.tag == f"{_w}tab" else e.text or ""
        for e in element.iter(f"{_w}t", f"{_w}delText", f"{_w}tab")
    )


def _comments(
    root: etree._Element | None,
    extended: etree._Element | None,
    reader: _Reader,
    ours: Stamp | None,
) -> tuple[Comment, ...]:
    if root is None:
        return ()
    parents: dict[str, str] = {}  # paraId of a reply's paragraph → paraId of its parent's
    if extended is not None:
        for item in extended.iter(f"{{{W15}}}commentEx"):
            parent = item.get(f"{{{W15}}}paraIdParent")
            if parent:
                parents[item.get(f"{{{W15}}}paraId", "")] = parent
    by_para: dict[str, str] = {}
    found = []
    for comment in root.iter(f"{_w}comment"):
        ident = comment.get(f"{_w}id", "")
        stamp = Stamp(comment.get(f"{_w}author", ""), parse_date(comment.get(f"{_w}date")))
        paragraphs = comment.findall(f"{_w}p")
        text = "\n".join(_text_of(p) for p in paragraphs).strip()
        para_ids = [p.get(f"{{{W14}}}paraId", "") for p in paragraphs]
        for para_id in para_ids:
            by_para[para_id] = ident
        found.append((ident, stamp, text, para_ids[-1] if para_ids else ""))
    out = []
    for ident, stamp, text, last_para in found:
        if ours is not None and stamp == ours:
            continue
        parent_para = parents.get(last_para, "") if last_para else ""
        parent = by_para.get(parent_para, "") if parent_para else ""
        anchor = "".join(reader.anchor.get(ident, [])).strip()
        out.append(Comment(ident, stamp, text, anchor, reader.comment_start.get(ident, -1), parent))
    return tuple(out)
