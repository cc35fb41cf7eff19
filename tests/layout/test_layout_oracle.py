"""Layout test: every document the sample generates, laid out by LibreOffice, breaks no word.

The documents are what the commands write: the clean documents of the working tree
(``make concept``), the redlines, overview and transponeringstabel of every round
(``make redline``: each pair of recorded milestones and the last one against the working
tree), the wijzigingsbesluiten (``make wijziging``: from a milestone in force to each later
milestone), and the packages of every milestone (``make pakketten``: letters, overviews, the
milestone's clean documents). Identical files are laid out once; all in one soffice run.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from assembler import pipeline
from assembler.amendments import amendments
from assembler.cli import default_pairs
from assembler.errors import UsageError
from assembler.inforce import in_force_milestones
from assembler.packages import build_packages
from assembler.reactions.nota import write_nota
from assembler.reactions.overview import write_overview
from assembler.render.docx import render_docx
from assembler.source.reactions import round_ids
from assembler.source.tree import WorkTree
from assembler.versions import reached
from tests.conftest import REPO_ROOT
from tests.layout import oracle
from tests.render.sample import regeling

pytestmark = pytest.mark.layout


def sample_documents(scratch: Path) -> Iterator[tuple[str, bytes]]:
    """(name, .docx bytes) of every Word document the sample's commands write."""
    for written in pipeline.build_version(REPO_ROOT, "werkmap", scratch / "werkmap"):
        if written.path.suffix == ".docx":
            yield f"werkmap-{written.path.stem}", written.path.read_bytes()
    for old, new in default_pairs(REPO_ROOT):
        for output in pipeline.compare_versions(REPO_ROOT, old, new).outputs:
            yield f"redline-{old}-{new}-{output.name[: -len('.docx')]}", output.data
    # make wijziging: the wijzigingsbesluiten from each milestone in force to every later one.
    adopted = in_force_milestones(REPO_ROOT)
    names = [m.id for m in reached(REPO_ROOT)]
    for start in adopted:
        for later in names[names.index(start.id) + 1 :]:
            for amendment in amendments(REPO_ROOT, start.id, later):
                stem = amendment.output.name[: -len(".docx")]
                yield f"wijziging-{start.id}-{later}-{stem}", amendment.output.data
    # make reacties: the overview of every round's reactions and its nota van beantwoording.
    for round_id in round_ids(WorkTree(REPO_ROOT)):
        folder = scratch / "reacties" / round_id
        written = [*write_overview(REPO_ROOT, round_id, folder)]
        written.append(write_nota(REPO_ROOT, round_id, folder))
        for path in written:
            if path.suffix == ".docx":
                yield f"reacties-{round_id}-{path.stem}", path.read_bytes()
    for milestone in reached(REPO_ROOT):
        for package in build_packages(
            REPO_ROOT, milestone.id, scratch / "pakketten", with_pdf=False
        ):
            for name in package.files:
                if name.endswith(".docx"):
                    stem = name[: -len(".docx")].replace("/", "-")
                    data = (package.folder / name).read_bytes()
                    yield f"pakket-{milestone.id}-{package.deelnemer}-{stem}", data


def control() -> bytes:
    """A document whose one table is squeezed into columns of 700 twips (table width too): its words break."""
    data = render_docx(regeling())
    source = io.BytesIO(data)
    out = io.BytesIO()
    with zipfile.ZipFile(source) as package, zipfile.ZipFile(out, "w") as copy:
        for info in package.infolist():
            part = package.read(info.filename)
            if info.filename == "word/document.xml":
                text = part.decode("utf-8")
                text = re.sub(r'(<w:(?:gridCol|tcW|tblW) w:w=")\d+', r"\g<1>700", text)
                part = text.replace("Participatiewet", "Participatiewetgeving")
                part = part.encode("utf-8") if isinstance(part, str) else part
            copy.writestr(info, part)
    return out.getvalue()


def test_no_word_of_any_sample_document_breaks_in_libreoffice(tmp_path: Path) -> None:
    problem = oracle.missing_tools()
    if problem is not None:
        pytest.skip(problem)
    try:
        documents = oracle.unique(sample_documents(tmp_path / "bron"))
    except UsageError as exc:  # e.g. a shallow clone without the milestone commits
        pytest.skip(f"de mijlpalen van het voorbeeld zijn niet beschikbaar: {exc}")
    kinds = {name.split("-")[0] for name, _ in documents}
    assert kinds == {"werkmap", "redline", "pakket", "wijziging", "reacties"}
    assert any(name.startswith("reacties-concept-nota-van-beantwoording") for name, _ in documents)
    assert any(name.startswith("reacties-concept-reactieoverzicht") for name, _ in documents)
    assert any(name.endswith("wijziging-gr-sociaal") for name, _ in documents)
    assert any("aanbiedingsbrief" in name for name, _ in documents)
    assert any("wijzigingsoverzicht" in name for name, _ in documents)

    verdicts = oracle.judge([*documents, ("controle", control())], tmp_path / "opmaak")

    *sample, checked = verdicts
    # The oracle can fail: the squeezed control table breaks its long words.
    assert "Participatiewetgeving" in checked.broken, checked
    # Every document has text to check (a missing PDF would break all of it).
    assert all(v.words > 0 for v in sample), [v.name for v in sample if not v.words]
    broken = {v.name: v.broken for v in sample if v.broken}
    total = sum(len(b) for b in broken.values())
    report = "\n".join(f"{name}: {', '.join(words[:12])}" for name, words in broken.items())
    assert not broken, f"{total} woorden gebroken in {len(broken)} documenten:\n{report}"


def test_the_house_style_does_not_hyphenate() -> None:
    """Automatic hyphenation would break words the oracle then counts: it stays off."""
    data = render_docx(regeling())
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        settings = package.read("word/settings.xml").decode("utf-8")
    assert "autoHyphenation" not in settings or 'autoHyphenation w:val="false"' in settings


TEXT = "Ondersteunen bij arbeidsinschakeling: € 2.157.584,16 voor Hardinxveld-Giessendam."


@pytest.mark.parametrize(
    ("laid_out", "broken"),
    [
        ("Ondersteunen bij arbeidsinschakeling: € 2.157.584,16 voor Hardinxveld-Giessendam.", ()),
        (
            "Onderst eunen bij arbeidsinschakeling: € 2.157.584,16 voor",
            ("Giessendam", "Hardinxveld", "Ondersteunen"),
        ),
        (
            "Ondersteunen bij arbeidsins\nchakeling: € 2.157.584,\n16 voor Hardinxveld-Giessendam",
            ("2.157.584,16", "arbeidsinschakeling"),
        ),
        # A line may break after a hyphen: both halves are whole words.
        ("Ondersteunen bij\narbeidsinschakeling: € 2.157.584,16 voor Hardinxveld-\nGiessendam", ()),
    ],
)
def test_the_oracle_finds_words_broken_by_the_layout(
    laid_out: str, broken: tuple[str, ...]
) -> None:
    assert oracle.broken(TEXT, laid_out) == broken


def test_words_are_four_characters_or_more_and_amounts_are_one_word() -> None:
    assert set(oracle.words(TEXT)) == {
        "Ondersteunen",
        "arbeidsinschakeling",
        "2.157.584,16",
        "voor",
        "Hardinxveld",
        "Giessendam",
    }
    assert oracle.words("deze bijlage, deze regeling")["deze"] == 2


def test_a_word_broken_once_counts_even_when_it_is_whole_elsewhere() -> None:
    text = "Participatiewet in artikel 1; Participatiewet in de tabel"
    laid_out = "Participatiewet in artikel 1; Participatie wet in de tabel"
    assert oracle.broken(text, laid_out) == ("Participatiewet",)
    # More often in the layout (a running header) is fine.
    assert oracle.broken(text, f"Participatiewet {text}") == ()


def test_the_text_of_a_redline_holds_its_deleted_words() -> None:
    xml = (
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>Artikel</w:t></w:r><w:r><w:tab/></w:r>"
        '<w:del w:id="1"><w:r><w:delText>oude</w:delText></w:r></w:del>'
        '<w:ins w:id="2"><w:r><w:t>nieuwe</w:t></w:r></w:ins></w:p></w:body></w:document>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("word/document.xml", xml)
    assert oracle.docx_text(out.getvalue()) == "Artikel oudenieuwe"
