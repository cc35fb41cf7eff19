"""References to a provision of another document: ``ref('document', 'id')``.

The wording is that of the target as seen from outside its document, followed by the name of
that document ("artikel 2, tweede lid, van de Testregeling Sociaal"); it follows the target when
that document is renumbered.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from assembler.model.assemble import assemble_all
from assembler.model.nodes import Content, Document, Ref
from assembler.model.numbering import ordinal
from assembler.model.references import Loc, cited_name, outside_wording
from assembler.source.project import load_project
from assembler.source.tree import WorkTree
from tests.conftest import REGELING, REPO_ROOT, VERORDENING
from tests.test_bad_input import assert_refused, build

GRONDSLAG_PATH = "clausules/verordening/grondslag.yaml"


def grondslag(*texts: str) -> str:
    """A fragment of the verordening with one lid per text."""
    leden = "".join(
        f'  - id: v-grondslag.{i}\n    tekst: "{text}"\n' for i, text in enumerate(texts, 1)
    )
    return f"formaat: 1\nid: v-grondslag\ntitel: Grondslag\nleden:\n{leden}"


NIEUW = """\
formaat: 1
id: nieuw
titel: Nieuw artikel
leden:
  - id: nieuw.1
    tekst: Dit artikel is ingevoegd.
"""

TESTBESLUIT = """\
formaat: 1
id: testbesluit
soort: besluit
titel: Testbesluit
citeertitel: "Testbesluit {{ deelnemer.naam }}"
per_deelnemer: true
vastgesteld_door: [college]
aanhef:
  - "Het college van {{ deelnemer.naam }};"
artikelen: [b-enig]
"""


def b_enig(text: str) -> str:
    return f'formaat: 1\nid: b-enig\ntitel: Enig artikel\nleden:\n  - id: b-enig.1\n    tekst: "{text}"\n'


WITH_GRONDSLAG = VERORDENING.replace("[v-enig]", "[v-grondslag, v-enig]")


def project_files(*texts: str) -> dict[str, str | bytes]:
    return {
        GRONDSLAG_PATH: grondslag(*texts),
        "verordeningen/testverordening.yaml": WITH_GRONDSLAG,
    }


def documents(root: Path) -> dict[str, Document]:
    return {d.id: d for d in assemble_all(load_project(WorkTree(root)))}


def refs(content: Content) -> list[Ref]:
    return [node for node in content if isinstance(node, Ref)]


def article_refs(doc: Document, article_id: str) -> list[Ref]:
    """The references in the leden, onderdelen and subonderdelen of one article, in order."""
    article = next(a for a in doc.articles if a.id == article_id)
    found: list[Ref] = []
    for lid in article.leden:
        found += refs(lid.content)
        for ond in lid.onderdelen:
            found += refs(ond.content)
            for sub in ond.subonderdelen:
                found += refs(sub.content)
    return found


def test_a_reference_to_a_lid_of_another_document_renumbers_with_it(
    make_repo: Callable[..., Path],
) -> None:
    files = project_files(
        "Deze verordening berust op {{ ref('testregeling', 'bestuur.stemmen') }}."
    )
    before = documents(make_repo(files))
    # In the regeling, bestuur is article 2; bestuur.stemmen its second lid.
    assert [a.id for a in before["testregeling"].articles][1] == "bestuur"
    for deelnemer in ("adam", "bdorp"):
        (ref,) = article_refs(before[f"testverordening-{deelnemer}"], "v-grondslag")
        assert ref == Ref(
            "bestuur.stemmen", "artikel 2, tweede lid, van de Testregeling Sociaal", "testregeling"
        )

    # An article inserted before it in the regeling: the verordening follows the new number.
    files["clausules/algemeen/nieuw.yaml"] = NIEUW
    files["regelingen/testregeling.yaml"] = REGELING.replace("[begrippen]", "[begrippen, nieuw]")
    after = documents(make_repo(files))
    assert [a.id for a in after["testregeling"].articles][2] == "bestuur"
    (ref,) = article_refs(after["testverordening-adam"], "v-grondslag")
    assert ref.text == "artikel 3, tweede lid, van de Testregeling Sociaal"
    assert ref.document == "testregeling"


def test_capitalised_deep_and_renamed_references(make_repo: Callable[..., Path]) -> None:
    files = project_files(
        "{{ Ref('testregeling', 'bestuur.stemmen.gekwalificeerd.quorum') }} is van toepassing.",
        "Zie {{ ref('testregeling', 'slot', van='de regeling') }} en {{ ref('testregeling', 'h-bestuur') }}.",
        "Zie ook {{ ref('v-enig.1') }} en {{ ref('testregeling', 'slot', van='') }}.",
    )
    doc = documents(make_repo(files))["testverordening-adam"]
    assert [r.text for r in article_refs(doc, "v-grondslag")] == [
        "Artikel 2, tweede lid, onderdeel b, onder 1°, van de Testregeling Sociaal",
        "artikel 3 van de regeling",
        "hoofdstuk 2 van de Testregeling Sociaal",
        "artikel 2",  # a reference inside the document is unchanged
        "artikel 3",  # van='': the other document is not named
    ]
    assert [r.document for r in article_refs(doc, "v-grondslag")] == [
        "testregeling",
        "testregeling",
        "testregeling",
        "",
        "testregeling",
    ]


def test_a_document_per_deelnemer_refers_to_the_one_of_the_same_deelnemer(
    make_repo: Callable[..., Path],
) -> None:
    root = make_repo(
        {
            "regelingen/testbesluit.yaml": TESTBESLUIT,
            "clausules/besluit/enig.yaml": b_enig(
                "Dit besluit voert {{ ref('testverordening', 'v-enig.1') }} uit."
            ),
        }
    )
    docs = documents(root)
    for deelnemer, naam in (("adam", "Adam"), ("bdorp", "Bdorp")):
        (ref,) = article_refs(docs[f"testbesluit-{deelnemer}"], "b-enig")
        assert ref.text == f"artikel 1 van de Testverordening {naam}"
        assert ref.document == f"testverordening-{deelnemer}"


def test_the_node_keeps_the_two_argument_construction() -> None:
    assert Ref("x", "artikel 7") == Ref("x", "artikel 7", "")
    assert Ref("x", "artikel 7").document == ""


@pytest.mark.parametrize(
    ("citeertitel", "kind", "name"),
    [
        (
            "Gemeenschappelijke Regeling Sociaal",
            "regeling",
            "de Gemeenschappelijke Regeling Sociaal",
        ),
        (
            "Mandaatbesluit Sociale Dienst Drechtsteden 2022",
            "besluit",
            "het Mandaatbesluit Sociale Dienst Drechtsteden 2022",
        ),
        (
            "Verordening individuele inkomenstoeslag Dordrecht",
            "verordening",
            "de Verordening individuele inkomenstoeslag Dordrecht",
        ),
        (
            "Besluit delegatie en mandaat plustaken Dordrecht",
            "besluit",
            "het Besluit delegatie en mandaat plustaken Dordrecht",
        ),
        ("Algemeen Reglement Testregio", "regeling", "het Algemeen Reglement Testregio"),
        ("De Testregeling", "regeling", "de Testregeling"),
        ("Testregio Sociaal", "besluit", "het Testregio Sociaal"),
        ("Testregio Sociaal", "regeling", "de Testregio Sociaal"),
    ],
)
def test_the_other_document_is_named_with_its_article(
    citeertitel: str, kind: str, name: str
) -> None:
    assert cited_name(citeertitel, kind) == name


@pytest.mark.parametrize(
    ("target", "text"),
    [
        (Loc("artikel", "8", "a"), "artikel 8 van de Regeling"),
        (Loc("lid", "8", "a", "l", 2, 3), "artikel 8, tweede lid, van de Regeling"),
        (Loc("lid", "8", "a", "l", 1, 1), "artikel 8 van de Regeling"),
        (
            Loc("onderdeel", "8", "a", "l", 2, 3, "o", "a"),
            "artikel 8, tweede lid, onderdeel a, van de Regeling",
        ),
        (Loc("hoofdstuk", "3"), "hoofdstuk 3 van de Regeling"),
    ],
)
def test_a_comma_before_van_only_after_a_lid_or_onderdeel(target: Loc, text: str) -> None:
    assert outside_wording(target, "de Regeling") == text


# -- bad input: a located Dutch message, exit code 2, nothing written -------------------------


def location(files: dict[str, str | bytes], path: str, needle: str) -> str:
    """path:line:column of the first character of ``needle`` in the file as written."""
    text = files[path]
    assert isinstance(text, str)
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return f"{path}:{number}:{line.index(needle) + 1}"
    raise AssertionError(needle)


def refused(
    make_repo: Callable[..., Path],
    capsys: pytest.CaptureFixture[str],
    files: dict[str, str | bytes],
    at: str,
    *phrases: str,
) -> str:
    root = make_repo(files)
    code, err = build(root, capsys)
    assert_refused(root, code, err, at, *phrases)
    return err


def test_an_unknown_document_is_a_located_error(
    make_repo: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    files = project_files("Zie {{ ref('testregelin', 'bestuur.stemmen') }}.")
    at = location(files, GRONDSLAG_PATH, "testregelin'")
    err = refused(
        make_repo,
        capsys,
        files,
        at,
        "verwijzing naar onbekend document 'testregelin'",
        "bekende documenten: testregeling, testverordening",
    )
    # The fragment is in the verordening of both deelnemers; the problem is reported once.
    assert err.count(at) == 1
    assert "1 fout in de bronnen" in err


def test_an_unknown_provision_in_the_other_document_is_a_located_error(
    make_repo: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    files = project_files("Zie {{ ref('testregeling', 'bestuur.stemmenn') }}.")
    at = location(files, GRONDSLAG_PATH, "bestuur.stemmenn")
    refused(
        make_repo,
        capsys,
        files,
        at,
        "verwijzing naar onbekende bepaling 'bestuur.stemmenn' in de Testregeling Sociaal ('testregeling')",
    )


def test_a_provision_of_a_third_document_is_not_in_the_named_one(
    make_repo: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    files = project_files("Zie {{ ref('testregeling', 'v-enig.1') }}.")
    at = location(files, GRONDSLAG_PATH, "v-enig.1")
    refused(
        make_repo,
        capsys,
        files,
        at,
        "verwijzing naar 'v-enig.1': die bepaling staat niet in de Testregeling Sociaal ('testregeling')",
    )


def test_a_regeling_cannot_refer_to_a_document_per_deelnemer(
    make_repo: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    slot = (
        "formaat: 1\nid: slot\ntitel: Citeertitel\nleden:\n  - id: slot.1\n"
        "    tekst: \"Zie {{ ref('testverordening', 'v-enig.1') }}.\"\n"
    )
    files: dict[str, str | bytes] = {"clausules/slot/slot.yaml": slot}
    at = location(files, "clausules/slot/slot.yaml", "testverordening'")
    refused(make_repo, capsys, files, at, "'testverordening' is een document per deelnemer")


def test_van_without_another_document_is_a_located_error(
    make_repo: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    files = project_files("Zie {{ ref('v-enig.1', van='de verordening') }}.")
    at = location(files, GRONDSLAG_PATH, "v-enig.1")
    refused(make_repo, capsys, files, at, "'van=' hoort bij een verwijzing naar een ander document")


# -- the sample ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample() -> dict[str, Document]:
    return {d.id: d for d in assemble_all(load_project(WorkTree(REPO_ROOT)))}


def _places(doc: Document) -> dict[str, tuple[str, str, str]]:
    """Article number, lid ordinal word and onderdeel letter of every lid and onderdeel."""
    places = {}
    for article in doc.articles:
        for index, lid in enumerate(article.leden, start=1):
            places[lid.id] = (article.number, ordinal(index), "")
            for ond in lid.onderdelen:
                places[ond.id] = (article.number, ordinal(index), ond.number.rstrip("."))
    return places


def test_the_besluit_plustaken_cites_the_gr_article_that_holds_the_target(
    sample: dict[str, Document],
) -> None:
    number, lid, _ = _places(sample["gr-sociaal"])["plustaken.voorwaarden"]
    expected = f"artikel {number}, {lid} lid, van de Gemeenschappelijke Regeling Sociaal"
    besluiten = [d for d in sample.values() if d.manifest == "besluit-plustaken"]
    assert [d.deelnemer for d in besluiten] == ["dordrecht", "papendrecht", "zwijndrecht"]
    for besluit in besluiten:
        cited = [r for c in besluit.overwegingen for r in refs(c)]
        assert [(r.target, r.text, r.document) for r in cited] == [
            ("plustaken.voorwaarden", expected, "gr-sociaal")
        ]


def test_the_definitions_of_the_besluit_plustaken_follow_the_gr(
    sample: dict[str, Document],
) -> None:
    places = _places(sample["gr-sociaal"])
    targets = ("plustaken.voorwaarden.overeenkomst", "taken.soorten.plustaken")
    expected = [
        (target, f"artikel {number}, {lid} lid, onderdeel {letter}, van de regeling")
        for target in targets
        for number, lid, letter in [places[target]]
    ]
    besluit = sample["besluit-plustaken-dordrecht"]
    assert [(r.target, r.text) for r in article_refs(besluit, "pb-begripsbepalingen")] == expected
