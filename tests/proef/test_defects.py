"""The blind corpus of legal defects: each defect is found at its place, each legitimate
rewording gives no new finding (see docs/ontwerp/proef-controle.md).

Slow (one `assembler controleer` per case, about 5 s): run with `pytest -m proef tests/proef`.
"""

from __future__ import annotations

import pytest

from tests.proef.defects import CASES, Case
from tools import proef_controle

pytestmark = pytest.mark.proef


def _param(case: Case) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=case.xfail)] if case.xfail else []
    return pytest.param(case, id=case.id, marks=marks)


@pytest.mark.parametrize("case", [_param(case) for case in CASES])
def test_case(case: Case) -> None:
    outcome = proef_controle.run_case(case)
    findings = "\n".join(proef_controle.describe(f) for f in outcome.new) or "(geen)"
    if case.kind == "legitiem":
        assert outcome.status == "schoon", f"nieuwe bevindingen:\n{findings}"
    else:
        places = ", ".join(f"{e.file}:{e.line}" for e in outcome.expected)
        # A warning at the place counts: the rules warn where the source is practice or the
        # legal fact is not verified.
        assert outcome.status in ("gevonden", "waarschuwing"), (
            f"{outcome.status}: verwacht een bevinding bij {places}; nieuw:\n{findings}"
        )


def test_sample_is_clean() -> None:
    """The corpus compares against the unmutated sample, which has no findings at all."""
    assert proef_controle.baseline(False) == set()
