"""LibreOffice as an independent accept-all / reject-all oracle for tracked changes."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

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
    ppr = f"<w:pPr><w:rPr>{mark}</w:rPr></w:pPr>" if mark else ""
    return f"<w:p>{ppr}{body}</w:p>"


def moved(rev: Revisions, side: str, name: str, text: str) -> str:
    """One whole paragraph in a move range: ``side`` is "From" or "To"."""
    range_id = rev.next_id + 1
    start = f'<w:move{side}RangeStart {rev.attrs()} w:name="{name}"/>'
    runs = f"<w:move{side} {rev.attrs()}>{run(text)}</w:move{side}>"
    end = f'<w:move{side}RangeEnd w:id="{range_id}"/>'
    return paragraph(start + runs + end, mark=f"<w:move{side} {rev.attrs()}/>")


def changes_docx() -> bytes:
    """A small document with a replaced word, an inserted paragraph and a moved paragraph."""
    rev = Revisions()
    body = "".join([
        paragraph(run("Artikel 1")),
        moved(rev, "From", "move1", "Dit lid is verplaatst."),
        paragraph(
            run("De zetel is gevestigd te ")
            + f"<w:del {rev.attrs()}>{run('Utrecht', deleted=True)}</w:del>"
            + f"<w:ins {rev.attrs()}>{run('Amsterdam')}</w:ins>"
            + run(".")
        ),
        paragraph(f"<w:ins {rev.attrs()}>{run('Een nieuwe alinea.')}</w:ins>",
                  mark=f"<w:ins {rev.attrs()}/>"),
        moved(rev, "To", "move1", "Dit lid is verplaatst."),
        paragraph(run("Slotbepaling.")),
    ])
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W}"><w:body>{body}'
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("_rels/.rels", PACKAGE_RELS)
        package.writestr("word/document.xml", document)
    return out.getvalue()


def lines(text: str) -> list[str]:
    """The text's lines, line endings and trailing whitespace normalised."""
    return text.replace("\r\n", "\n").replace("\r", "\n").rstrip().split("\n")
