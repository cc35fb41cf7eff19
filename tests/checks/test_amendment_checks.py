"""After the regeling took effect, `make check` knows the wijzigingsbesluiten of the next round:
on a clone of the sample (in force since 1 January 2022), each rule speaks at the source that
causes it and is silent on the sample itself."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from assembler.checks import runner
from assembler.checks.base import Finding
from tests.test_versions import GIT_ENV, clone_sample, git


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = clone_sample(tmp_path_factory, "wijzigingsregels")
    with pytest.MonkeyPatch.context() as patch:
        for key, value in GIT_ENV.items():
            patch.setenv(key, value)
        yield root


@pytest.fixture
def clone(sample: Path) -> Iterator[Path]:
    yield sample
    git(sample, "checkout", "-q", "--", ".")
    git(sample, "clean", "-qfd")


def _findings(root: Path, code: str) -> list[Finding]:
    return [f for f in runner.run(runner.context(root, "werkmap")) if f.code == code]


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


_TEMPLATE = re.compile(r"(\{[{%].*?[}%]\})")


def _shout(line: str) -> str:
    """A ``tekst:`` line with its plain words in capitals, template expressions left alone."""
    key, sep, value = line.partition("tekst: ")
    if not sep or key.strip(" -"):
        return line
    parts = _TEMPLATE.split(value)
    shouted = (
        p if i % 2 else re.sub(r"\b[a-z]{3,}\b", lambda m: m[0].upper(), p)
        for i, p in enumerate(parts)
    )
    return key + sep + "".join(shouted)


def test_the_sample_round_after_adoption_needs_nothing(clone: Path) -> None:
    ctx = runner.context(clone, "werkmap")
    assert ctx.in_force == "vastgesteld"
    # The round's instruments are known to the check: the regeling, seven verordeningen and
    # the mandaatbesluit changed since the text in force.
    assert {a.new.id for a in ctx.amended} >= {"gr-sociaal", "mandaatbesluit"}
    assert len(ctx.amended) == 9
    assert [f for f in runner.run(ctx) if f.code.startswith("WIJ")] == []


def test_a_regeling_without_its_own_article_on_amendment_is_an_error(clone: Path) -> None:
    _replace(clone / "clausules/toetreding/wijziging.yaml", "onderwerpen: [wijziging]\n", "")
    found = _findings(clone, "WIJ01")
    assert len(found) == 1
    assert found[0].pos.path == "regelingen/gr-sociaal.yaml"
    assert "geen artikel heeft het onderwerp 'wijziging'" in found[0].message
    assert found[0].severity == "fout"


def test_an_uncommitted_change_leaves_its_onderdeel_without_a_reason(clone: Path) -> None:
    _replace(
        clone / "clausules/toetreding/wijziging.yaml",
        "binnen acht weken een zienswijze",
        "binnen tien weken een zienswijze",
    )
    found = _findings(clone, "WIJ03")
    assert len(found) == 1
    assert found[0].pos.path == "clausules/toetreding/wijziging.yaml"
    assert "(artikel 42)" in found[0].message
    assert "alleen in de werkmap" in found[0].message


def test_a_change_of_most_of_the_text_advises_an_integral_restatement(clone: Path) -> None:
    # Every plain word of every text in capitals: most words of the body change.
    for path in sorted((clone / "clausules").rglob("*.yaml")):
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        path.write_text("".join(_shout(line) for line in lines), encoding="utf-8")
    git(clone, "add", "-A")
    git(clone, "commit", "-q", "-m", "n.a.v. herziening: de hele tekst herschreven")
    try:
        found = _findings(clone, "WIJ02")
    finally:
        git(clone, "reset", "-q", "--hard", "HEAD~1")
    assert any(
        f.pos.path == "regelingen/gr-sociaal.yaml" and "--integraal" in f.message for f in found
    )
    assert all(f.severity == "waarschuwing" for f in found)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            "definitief: true\n    in_werking: 2021-11-30\n",
            "treedt in werking op 2021-11-30, vóór haar datum 2021-12-02",
        ),
        ("definitief: false\n    in_werking: 2022-01-01\n", "is niet definitief"),
    ],
)
def test_a_text_cannot_take_effect_before_it_is_adopted_or_while_a_draft(
    make_repo: Callable[..., Path],
    capsys: pytest.CaptureFixture[str],
    fields: str,
    expected: str,
) -> None:
    from assembler.cli import main

    milestones = (
        "formaat: 1\nmijlpalen:\n  - id: vastgesteld\n    naam: Vastgestelde regeling\n"
        f"    datum: 2021-12-02\n    {fields}"
    )
    root = make_repo({"mijlpalen.yaml": milestones})
    assert main(["--map", str(root), "bouw", "--uit", str(root / "build" / "uit")]) == 2
    said = capsys.readouterr().err
    assert "mijlpalen.yaml:7:5" in said
    assert expected in said
    assert not (root / "build" / "uit").exists()
