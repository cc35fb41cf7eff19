"""The README lists every rule with its code, exactly as the registry describes it."""

from assembler.checks import runner
from assembler.checks.base import RULES
from tests.conftest import REPO_ROOT


def test_the_readme_lists_every_rule() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    assert runner.rules_table() in readme
    assert len(RULES) >= 40


def test_every_rule_names_its_source_and_only_a_law_or_a_contradiction_is_an_error() -> None:
    """An error only for what the law says (or for a text that contradicts itself or is not
    complete); a rule whose source is practice is a warning."""
    from assembler.checks.base import FOUT

    for rule in RULES.values():
        assert rule.source.strip(), f"{rule.code} noemt geen bron"
        if rule.severity == FOUT:
            assert "praktijk" not in rule.source, f"{rule.code} is een fout op grond van praktijk"
            assert not rule.source.startswith("Aanwijzingen"), f"{rule.code}: alleen praktijk"
