"""One reading order: the direct walk of a document gives the blocks of its change tree.

The clean writers draw :func:`document_parts` (no comparison needed); the redline writers draw
:func:`redline` of a change tree. Compared with itself, a document must give the same blocks
both ways, or a clean document and an unchanged redline would read differently.
"""

from __future__ import annotations

import pytest

from assembler import pipeline
from assembler.diff.changes import compare
from assembler.flow.blocks import Role, RPara, RTable
from assembler.flow.document import document_parts
from assembler.flow.redline import redline
from assembler.model.nodes import Document
from assembler.source.tree import WorkTree
from tests.conftest import REPO_ROOT
from tests.render.sample import final_regeling, regeling

SAMPLE = pipeline.assemble(pipeline.read(WorkTree(REPO_ROOT)))


@pytest.mark.parametrize("doc", [*SAMPLE, regeling(), final_regeling()], ids=lambda d: d.id)
def test_the_direct_walk_gives_the_blocks_of_the_unchanged_tree(doc: Document) -> None:
    direct = document_parts(doc)
    via_tree = redline(compare(doc, doc)).parts
    assert list(direct) == list(via_tree)
    for part, items in via_tree.items():
        assert direct[part] == items, part
    # Not vacuous: the sample has articles with references, annexes with tables, a toelichting.
    assert direct["artikelen"]


def test_the_sample_exercises_references_tables_and_toelichting() -> None:
    blocks = [b for doc in SAMPLE for part in document_parts(doc).values() for b in part]
    paragraphs = [b for b in blocks if isinstance(b, RPara)]
    assert any(s.ref is not None for p in paragraphs for s in p.text)
    assert any(isinstance(b, RTable) for b in blocks)
    assert any(p.role is Role.TOELICHTING_ARTIKEL for p in paragraphs)
