"""Corpus D (tests/proef/defects_d.py) fits the sample: every case applies (its old texts occur
exactly once), the mutated files are still YAML, and the corpus has the size it promises.

Fast: no `assembler controleer` is run here; the measurement itself is
`tools/proef_controle.py --corpus d`.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from tests.proef.defects import KINDS, Case, apply
from tests.proef.defects_d import CASES_D
from tools import proef_controle

ROOT = Path(__file__).resolve().parents[2]


def test_ids_unique_and_prefixed() -> None:
    ids = [case.id for case in CASES_D]
    assert len(ids) == len(set(ids))
    assert all(case_id.startswith("d-") for case_id in ids)


def test_size_per_kind() -> None:
    count = Counter(case.kind for case in CASES_D)
    assert set(count) == set(KINDS)
    assert all(count[kind] >= 10 for kind in KINDS[:-1])
    assert sum(count[kind] for kind in KINDS[:-1]) >= 60
    assert count["legitiem"] >= 35


def test_runner_knows_corpus_d() -> None:
    assert proef_controle.CORPORA["d"] is CASES_D


@pytest.mark.parametrize("case", CASES_D, ids=[case.id for case in CASES_D])
def test_case_applies(case: Case) -> None:
    applied = apply(case, ROOT)
    assert applied.files, "the case changes no file"
    for name, text in applied.files.items():
        assert text != (ROOT / name).read_text(encoding="utf-8"), f"{name} is unchanged"
        YAML(typ="safe").load(text)
    for expected in applied.expected:
        lines = (applied.files.get(expected.file) or (ROOT / expected.file).read_text()).split("\n")
        assert 1 <= expected.line <= len(lines)
