"""LibreOffice as an independent accept-all / reject-all oracle for tracked changes.

The documents are written by hand (raw WordprocessingML in a zip), so the oracle is tested
on markup we know, not on the project's writer.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import pytest

from .oracles import libreoffice_changes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
AUTHOR = "Redactie & Co"
DATE = "2024-03-01T09:30:00Z"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)


class Revisions:
    """Unique revision ids, all with the same author and date."""

    def __init__(self) -> None:
        self.next_id = 0

    def attrs(self) -> str:
        self.next_id += 1
        return f'w:id="{self.next_id}" w:author="Redactie &amp; Co" w:date="{DATE}"'


def run(text: str, deleted: bool = False) -> str:
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r><{tag} xml:space="preserve">{text}</{tag}></w:r>'


def paragraph(body: str, mark: str = "") -> str:
    """A paragraph; ``mark`` is the revision of its paragraph mark (w:pPr/w:rPr)."""
    ppr = f"<w:pPr><w:rPr>{mark}</w:rPr></w:pPr>" if mark else ""
    return f"<w:p>{ppr}{body}</w:p>"


def moved(rev: Revisions, side: str, name: str, text: str) -> str:
    """One whole paragraph in a move range; ``side`` is "From" (source) or "To" (destination)."""
    range_id = rev.next_id + 1
    start = f'<w:move{side}RangeStart {rev.attrs()} w:name="{name}"/>'
    runs = f"<w:move{side} {rev.attrs()}>{run(text)}</w:move{side}>"
    end = f'<w:move{side}RangeEnd w:id="{range_id}"/>'
    return paragraph(start + runs + end, mark=f"<w:move{side} {rev.attrs()}/>")


def package(body: str) -> bytes:
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W}"><w:body>{body}'
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as docx:
        docx.writestr("[Content_Types].xml", CONTENT_TYPES)
        docx.writestr("_rels/.rels", PACKAGE_RELS)
        docx.writestr("word/document.xml", document)
    return out.getvalue()


def changes_docx() -> bytes:
    """A replaced word, an inserted paragraph and a moved paragraph (moveFrom/moveTo)."""
    rev = Revisions()
    return package(
        "".join(
            [
                paragraph(run("Artikel 1")),
                moved(rev, "From", "move1", "Dit lid is verplaatst."),
                paragraph(
                    run("De zetel is gevestigd te ")
                    + f"<w:del {rev.attrs()}>{run('Utrecht', deleted=True)}</w:del>"
                    + f"<w:ins {rev.attrs()}>{run('Amsterdam')}</w:ins>"
                    + run(".")
                ),
                paragraph(
                    f"<w:ins {rev.attrs()}>{run('Een nieuwe alinea.')}</w:ins>",
                    mark=f"<w:ins {rev.attrs()}/>",
                ),
                moved(rev, "To", "move1", "Dit lid is verplaatst."),
                paragraph(run("Slotbepaling.")),
            ]
        )
    )


def lines(text: str) -> list[str]:
    """The text's lines, with line endings and trailing whitespace normalised."""
    return [
        line.rstrip()
        for line in text.replace("\r\n", "\n").replace("\r", "\n").rstrip().split("\n")
    ]


@pytest.fixture(scope="module")
def changes(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str, list[dict[str, Any]]]:
    """One LibreOffice run (about 1.5 s) shared by the tests of the changes document."""
    return libreoffice_changes(changes_docx(), tmp_path_factory.mktemp("lo-changes"))


def test_accept_all_gives_the_new_text(changes: tuple[str, str, list[dict[str, Any]]]) -> None:
    accept, _, _ = changes
    assert lines(accept) == [
        "Artikel 1",
        "De zetel is gevestigd te Amsterdam.",
        "Een nieuwe alinea.",
        "Dit lid is verplaatst.",
        "Slotbepaling.",
    ]


def test_reject_all_gives_the_old_text(changes: tuple[str, str, list[dict[str, Any]]]) -> None:
    _, reject, _ = changes
    assert lines(reject) == [
        "Artikel 1",
        "Dit lid is verplaatst.",
        "De zetel is gevestigd te Utrecht.",
        "Slotbepaling.",
    ]


def test_redlines_carry_author_date_and_the_move(
    changes: tuple[str, str, list[dict[str, Any]]],
) -> None:
    _, _, redlines = changes
    assert redlines, "LibreOffice listed no redlines"
    assert {r["author"] for r in redlines} == {AUTHOR}
    # LibreOffice 7.4 keeps the wall-clock time of w:date and drops its "Z".
    assert {r["date"].removesuffix("Z") for r in redlines} == {DATE.removesuffix("Z")}
    assert {r["type"] for r in redlines} == {"Insert", "Delete"}
    assert all(isinstance(r["move"], bool) for r in redlines)
    moves = sorted((r["type"], r["text"]) for r in redlines if r["move"])
    assert moves == [("Delete", "Dit lid is verplaatst.\n"), ("Insert", "Dit lid is verplaatst.\n")]
    plain = sorted((r["type"], r["text"]) for r in redlines if not r["move"])
    assert plain == [
        ("Delete", "Utrecht"),
        ("Insert", "Amsterdam"),
        ("Insert", "Een nieuwe alinea.\n"),
    ]


def test_the_text_export_conventions(tmp_path: Path) -> None:
    """What a whole-document comparison has to allow for: one line per paragraph, tabs kept,
    an empty paragraph is an empty line, a line break (w:br) is a line end too, no BOM."""
    rev = Revisions()
    docx = package(
        "".join(
            [
                paragraph(run("1.") + "<w:r><w:tab/></w:r>" + run("Eerste lid.")),
                paragraph(""),
                paragraph(run("regel een") + "<w:r><w:br/></w:r>" + run("regel twee")),
                paragraph(
                    run("oud ")
                    + f"<w:del {rev.attrs()}>{run('en weg', deleted=True)}</w:del>"
                    + f"<w:ins {rev.attrs()}>{run('en nieuw')}</w:ins>"
                ),
                paragraph(run("slot")),
            ]
        )
    )
    accept, reject, redlines = libreoffice_changes(docx, tmp_path)
    assert accept == "1.\tEerste lid.\n\nregel een\nregel twee\noud en nieuw\nslot\n"
    assert reject == "1.\tEerste lid.\n\nregel een\nregel twee\noud en weg\nslot\n"
    assert [(r["type"], r["text"], r["move"]) for r in redlines] == [
        ("Delete", "en weg", False),
        ("Insert", "en nieuw", False),
    ]
