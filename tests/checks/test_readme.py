"""The README lists every rule with its code, exactly as the registry describes it."""

from assembler.checks import runner
from assembler.checks.base import RULES
from tests.conftest import REPO_ROOT


def test_the_readme_lists_every_rule() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    assert runner.rules_table() in readme
    assert len(RULES) >= 40
