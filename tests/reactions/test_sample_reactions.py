"""The sample's concept round in the register: at least four sources, among them the document
the tests returned through LibreOffice, two gemeenten with different wording for the same lid,
every point answered, and the outcomes linked to the commits that carried them out."""

from __future__ import annotations

from assembler.reactions.overview import groups_of
from assembler.reactions.readin import our_notices, points_of
from assembler.reactions.register import load_register
from assembler.reactions.returned import read_returned
from assembler.source.gitstore import open_repo
from assembler.source.reactions import Outcome, SourceKind
from tests.conftest import REPO_ROOT
from tests.reactions.test_read_returned import FIXTURE, concept


def test_the_concept_round_has_the_reactions_of_four_kinds_of_source_all_answered() -> None:
    register = load_register(REPO_ROOT, "concept")
    kinds = {s.kind for s in register.sources}
    assert len(register.sources) >= 4 and kinds == set(SourceKind)
    for source in register.sources:
        for point in source.points:
            assert point.answer and point.outcome is not None, point.id


def test_two_gemeenten_propose_different_wording_for_the_same_lid() -> None:
    register = load_register(REPO_ROOT, "concept")
    groups, _ = groups_of(REPO_ROOT, register)
    (lid,) = [g for g in groups if g.provision == "fin-verdeelsleutels.basistaken.overhead"]
    assert {i.source.name for i in lid.items} == {"Dordrecht", "Papendrecht"}
    assert all(i.conflicts for i in lid.items)


def test_the_outcomes_are_linked_to_the_commits_that_name_their_source() -> None:
    register = load_register(REPO_ROOT, "concept")
    repo = open_repo(REPO_ROOT)
    linked = 0
    for source in register.sources:
        for point in source.points:
            for sha in point.commits:
                subject = repo.commit(sha).summary
                assert subject.startswith("n.a.v.") and source.name in subject, subject
                assert point.outcome in (Outcome.OVERGENOMEN, Outcome.DEELS)
                linked += 1
    assert linked >= 3


def test_the_returned_document_in_the_register_is_the_libreoffice_fixture_read_in() -> None:
    register = load_register(REPO_ROOT, "concept")
    (returned,) = [s for s in register.sources if s.kind is SourceKind.TERUGGESTUURD]
    read = points_of(
        returned.id, read_returned(FIXTURE.read_bytes(), None), concept(), our_notices(REPO_ROOT)
    )
    assert [p.id for p in returned.points] == [p.id for p in read]
    assert [p.provisions for p in returned.points] == [(p.provision,) for p in read]
