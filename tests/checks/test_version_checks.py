"""The rules between two versions, on real git repositories built in a temporary folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from assembler.checks import runner
from assembler.checks.base import RULES, Context, Finding
from tests.conftest import BESTUUR, REPO_ROOT
from tests.test_versions import GIT_ENV, git

FRAGMENT = "clausules/bestuur/bestuur.yaml"
AT_FRAGMENT = f"{FRAGMENT}:2:5"  # the fragment's id: where an article is reported
REWORDED = BESTUUR.replace("gewone meerderheid", "volstrekte meerderheid")
EXPLAINED = REWORDED.replace("Zie ook", "Zie in het bijzonder")  # toelichting touched too
CONFIRMED = REWORDED + 'negeer: [{regel: VER02, reden: "toelichting is nog juist"}]\n'


@pytest.fixture
def repo(make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch) -> Path:
    for key, value in GIT_ENV.items():
        monkeypatch.setenv(key, value)
    root = make_repo()
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "Eerste versie")
    return root


def commit(root: Path, text: str, message: str) -> None:
    (root / FRAGMENT).write_text(text, encoding="utf-8")
    git(root, "commit", "-q", "--allow-empty-message", "-am", message)


def ver(ctx: Context) -> list[Finding]:
    """The findings of the VER rules only."""
    return [f for code, info in RULES.items() if code.startswith("VER") for f in info.check(ctx)]


def located(findings: list[Finding]) -> list[tuple[str, str]]:
    return [(f.code, str(f.pos)) for f in findings]


def since_first(root: Path, new: str = "HEAD") -> Context:
    first = git(root, "rev-list", "--max-parents=0", "HEAD")
    return runner.context(root, new, between=(first, new))


def test_ver01_a_changed_article_without_a_reason(repo: Path) -> None:
    commit(repo, EXPLAINED, "")  # text and toelichting changed, but no reason given
    found = ver(since_first(repo))
    assert located(found) == [("VER01", AT_FRAGMENT)]
    first = git(repo, "rev-list", "--max-parents=0", "HEAD")[:12]
    assert found[0].target == "bestuur" and found[0].document == "testregeling"
    assert f"artikel 2 (Samenstelling) is gewijzigd tussen {first} en HEAD" in found[0].message
    assert "leg de reden vast in het bericht van de commit" in found[0].message


def test_ver01_a_change_only_in_the_working_tree_has_no_reason_yet(repo: Path) -> None:
    (repo / FRAGMENT).write_text(EXPLAINED, encoding="utf-8")
    found = ver(since_first(repo, "werkmap"))
    assert located(found) == [("VER01", AT_FRAGMENT)]
    assert "alleen in de werkmap" in found[0].message


def test_a_reason_and_a_new_toelichting_are_quiet(repo: Path) -> None:
    commit(repo, EXPLAINED, "n.a.v. zienswijze Adam: volstrekte meerderheid")
    assert ver(since_first(repo)) == []
    assert ver(runner.context(repo, "HEAD")) == []  # no comparison asked: nothing to say


def test_ver02_the_text_changed_but_the_toelichting_did_not(repo: Path) -> None:
    commit(repo, REWORDED, "n.a.v. zienswijze Adam: volstrekte meerderheid")
    found = ver(since_first(repo))
    assert located(found) == [("VER02", AT_FRAGMENT)]
    assert found[0].severity == "waarschuwing" and found[0].target == "bestuur"
    assert "artikel 2 (Samenstelling) is gewijzigd tussen" in found[0].message
    assert "negeer: [{regel: VER02" in found[0].message


def test_ver02_is_confirmed_with_a_recorded_reason(repo: Path) -> None:
    commit(repo, CONFIRMED, "n.a.v. zienswijze Adam: volstrekte meerderheid")
    found = runner.run(since_first(repo))
    assert [f.code for f in found if f.code.startswith(("VER", "ALG"))] == []


def test_the_sample_history_between_concept_and_definitief() -> None:
    found = ver(runner.context(REPO_ROOT, "definitief", between=("concept", "definitief")))
    assert [f for f in found if f.code == "VER01"] == []
    # Known gap in the sample's history, reported to the lead: both articles were reworded
    # after the concept without their toelichting being touched or confirmed. The history
    # cannot be changed, so this round keeps these two warnings (no errors).
    assert located(found) == [
        ("VER02", "clausules/bestuur/db-bevoegdheden.yaml:2:5"),
        ("VER02", "clausules/financien/fin-verdeelsleutels.yaml:2:5"),
    ]


def test_ver01_a_changed_part_outside_the_articles_without_a_reason(repo: Path) -> None:
    """The aanhef is a change like an article: without a reason it is a finding, located at
    the manifest and named as the part."""
    manifest = repo / "regelingen/testregeling.yaml"
    text = manifest.read_text(encoding="utf-8")
    changed = text.replace("De colleges van", "De colleges van burgemeester en wethouders van", 1)
    assert changed != text
    manifest.write_text(changed, encoding="utf-8")
    git(repo, "commit", "-q", "--allow-empty-message", "-am", "")
    found = [f for f in ver(since_first(repo)) if f.target == "aanhef"]
    assert len(found) == 1
    assert found[0].code == "VER01" and found[0].pos.path == "regelingen/testregeling.yaml"
    assert found[0].message.startswith("Aanhef is gewijzigd tussen")
