"""What LibreOffice cannot be asked to make, written into the returned fixture as Word writes
it: a reply to a comment, a move, a change outside every provision, and lost bookmarks."""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter

from assembler.reactions.readin import NewPoint, points_of
from assembler.reactions.returned import read_returned
from assembler.source.reactions import PointKind
from tests.reactions.test_read_returned import AUTHOR, COMMENTED, FIXTURE, concept

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
STAMP = f'w:author="{AUTHOR}" w:date="2021-06-20T10:00:00Z"'
MOVED = "Bij staking van stemmen beslist de stem van de voorzitter."


def changed(parts: dict[str, str]) -> bytes:
    """The fixture with some of its parts replaced (and new parts added)."""
    out = io.BytesIO()
    with zipfile.ZipFile(FIXTURE) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename in parts:
                data = parts.pop(info.filename).encode("utf-8")
            target.writestr(info, data)
        for name, text in parts.items():
            target.writestr(name, text.encode("utf-8"))
    return out.getvalue()


def part(name: str) -> str:
    with zipfile.ZipFile(FIXTURE) as package:
        return package.read(name).decode("utf-8")


def read(data: bytes) -> list[NewPoint]:
    return points_of("griffie-zwijndrecht", read_returned(data, None), concept())


def test_lost_bookmarks_give_the_same_points() -> None:
    document = part("word/document.xml")
    bare = re.sub(r"<w:bookmark(Start|End)\b[^>]*/>", "", document)
    assert bare != document
    before = read(FIXTURE.read_bytes())
    after = read(changed({"word/document.xml": bare}))
    assert [(p.kind, p.provision, p.old, p.new) for p in after] == [
        (p.kind, p.provision, p.old, p.new) for p in before
    ]


def test_a_reply_is_a_point_of_its_own_at_the_provision_of_its_comment() -> None:
    comments = part("word/comments.xml")
    document = part("word/document.xml")
    first = re.search(r'<w:comment w:id="(\d+)"', comments)
    assert first is not None
    parent = first.group(1)
    comments = comments.replace(
        f'<w:comment w:id="{parent}"', f'<w:comment xmlns:w14="{W14}" w:id="{parent}"', 1
    )
    start = comments.index(f'<w:comment xmlns:w14="{W14}" w:id="{parent}"')
    para = comments.index("<w:p>", start)
    comments = comments[:para] + '<w:p w14:paraId="0A000001">' + comments[para + 5 :]
    reply = (
        f'<w:comment xmlns:w14="{W14}" w:id="90" {STAMP} w:initials="GZ">'
        '<w:p w14:paraId="0A000002"><w:r><w:t>Wij zien dit graag in het reglement.</w:t></w:r>'
        "</w:p></w:comment></w:comments>"
    )
    comments = comments.replace("</w:comments>", reply)
    document = document.replace(
        f'<w:commentRangeStart w:id="{parent}"/>',
        f'<w:commentRangeStart w:id="{parent}"/><w:commentRangeStart w:id="90"/>',
    ).replace(
        f'<w:commentRangeEnd w:id="{parent}"/>',
        f'<w:commentRangeEnd w:id="{parent}"/><w:commentRangeEnd w:id="90"/>'
        '<w:r><w:commentReference w:id="90"/></w:r>',
    )
    extended = (
        f'<w15:commentsEx xmlns:w15="{W15}"><w15:commentEx w15:paraId="0A000001" w15:done="0"/>'
        '<w15:commentEx w15:paraId="0A000002" w15:paraIdParent="0A000001" w15:done="0"/>'
        "</w15:commentsEx>"
    )
    points = read(
        changed(
            {
                "word/comments.xml": comments,
                "word/document.xml": document,
                "word/commentsExtended.xml": extended,
            }
        )
    )
    (answer,) = [p for p in points if p.kind is PointKind.ANTWOORD]
    original = next(p for p in points if p.kind is PointKind.OPMERKING and p.provision == COMMENTED)
    assert answer.provision == original.provision == COMMENTED
    assert answer.anchor == original.anchor
    assert (answer.text, answer.author, str(answer.date)) == (
        "Wij zien dit graag in het reglement.",
        AUTHOR,
        "2021-06-20",
    )


def test_a_move_gives_a_point_at_both_places() -> None:
    document = part("word/document.xml")
    source = f"<w:tab/><w:t>{MOVED}</w:t></w:r>"
    assert document.count(source) == 1
    document = document.replace(
        source,
        f'<w:tab/></w:r><w:moveFrom w:id="91" {STAMP}><w:r><w:t>{MOVED}</w:t></w:r></w:moveFrom>',
    )
    target = "<w:t>Het dagelijks bestuur stelt een reglement van orde"
    at = document.index(target)
    end = document.index("</w:p>", at)
    document = (
        document[:end]
        + f'<w:moveTo w:id="92" {STAMP}><w:r><w:t xml:space="preserve"> {MOVED}</w:t></w:r></w:moveTo>'
        + document[end:]
    )
    points = read(changed({"word/document.xml": document}))
    moves = [p for p in points if p.kind is PointKind.VERPLAATSING]
    assert Counter(p.provision for p in moves) == Counter(
        {"db-vergaderingen.staking": 1, "db-vergaderingen.reglement": 1}
    )
    assert all(p.text.endswith(f"„{MOVED}”") for p in moves)


def test_a_change_outside_every_provision_is_kept_as_not_traceable() -> None:
    document = part("word/document.xml")
    title = "<w:t>Gemeenschappelijke Regeling Sociaal</w:t></w:r></w:p>"
    assert title in document
    document = document.replace(
        title,
        title + f'<w:p><w:ins w:id="93" {STAMP}><w:r><w:t>Ontwerp van de griffie</w:t></w:r>'
        "</w:ins></w:p>",
        1,
    )
    points = read(changed({"word/document.xml": document}))
    (lost,) = [p for p in points if not p.provision]
    assert lost.kind is PointKind.INVOEGING
    assert lost.text == "Ingevoegd: „Ontwerp van de griffie”"
    assert lost.place == "alinea 2: „Ontwerp van de griffie”"
