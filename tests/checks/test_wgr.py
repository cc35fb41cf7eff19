"""Wgr completeness: every required topic fires at the manifest when no article declares it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from assembler.checks import runner
from assembler.checks.base import RULES, Finding
from tests.conftest import BESTUUR, REPO_ROOT, SLOT

FAMILIES = ("WGR", "SAM")
MANIFEST = "regelingen/testregeling.yaml:1:1"

# Rule code → topic code, as the regeling's fragments declare it in `onderwerpen:`.
TOPICS = {
    "WGR01": "belang",
    "WGR02": "organen",
    "WGR03": "bevoegdheden",
    "WGR04": "informatie",
    "WGR05": "begroting",
    "WGR06": "jaarrekening",
    "WGR07": "bijdragen",
    "WGR08": "toetreding",
    "WGR09": "uittreding",
    "WGR10": "wijziging",
    "WGR11": "opheffing",
    "WGR12": "geschillen",
    "WGR13": "archief",
    "WGR14": "duur",
    "WGR15": "inwerkingtreding",
    "WGR16": "citeertitel",
    "WGR17": "zienswijzebesluiten",
    "WGR18": "participatie",
    "WGR19": "evaluatie",
}

# Topics that come from practice (or that the law settles without a provision): warnings.
PRACTICE = ("WGR12", "WGR14", "WGR15", "WGR16")


def covering(without: str = "", extra: str = "") -> dict[str, str]:
    """The minimal regeling's fragments, declaring every topic except ``without``.

    The citeertitel article declares 'citeertitel', the other article the rest.
    """
    topics = [t for t in TOPICS.values() if t != without]
    bestuur = [t for t in topics if t != "citeertitel"] + ([extra] if extra else [])
    slot = [t for t in topics if t == "citeertitel"]
    return {
        "clausules/bestuur/bestuur.yaml": BESTUUR + f"onderwerpen: [{', '.join(bestuur)}]\n",
        "clausules/slot/slot.yaml": SLOT + (f"onderwerpen: [{', '.join(slot)}]\n" if slot else ""),
    }


def findings(root: Path) -> list[Finding]:
    return [f for f in runner.run(runner.context(root)) if f.code.startswith(FAMILIES)]


def test_every_topic_has_its_own_rule_and_is_an_error() -> None:
    codes = sorted(c for c in RULES if c.startswith("WGR"))
    assert codes == ["WGR00", *TOPICS]
    assert {c for c in codes if RULES[c].severity == "waarschuwing"} == set(PRACTICE)


def test_every_rule_says_which_source_it_enforces() -> None:
    assert [c for c, info in RULES.items() if not info.source] == []
    assert RULES["WGR13"].source == "Archiefwet 1995"
    assert "Gedeputeerde Staten" in RULES["WGR12"].source


def test_a_regeling_that_declares_every_topic_is_complete(make_repo: Callable[..., Path]) -> None:
    assert findings(make_repo(covering())) == []


@pytest.mark.parametrize("code", sorted(TOPICS))
def test_a_missing_topic_is_reported_at_the_manifest(
    code: str, make_repo: Callable[..., Path]
) -> None:
    found = findings(make_repo(covering(without=TOPICS[code])))
    assert [(f.code, str(f.pos)) for f in found] == [(code, MANIFEST)], [f.message for f in found]
    assert found[0].target == "testregeling"
    assert found[0].severity == ("waarschuwing" if code in PRACTICE else "fout")
    assert f"`onderwerpen: [{TOPICS[code]}]`" in found[0].message
    assert found[0].message.startswith("'Testregeling' regelt ")
    assert found[0].message.endswith(f"[{RULES[code].source}]")


def test_the_2022_topics_say_since_when_they_are_required(make_repo: Callable[..., Path]) -> None:
    found = findings(make_repo(covering(without="participatie")))
    assert "sinds de wijziging van de Wgr per 1 juli 2022" in found[0].message


def test_wgr00_an_unknown_topic_is_reported_at_the_fragment(
    make_repo: Callable[..., Path],
) -> None:
    found = findings(make_repo(covering(extra="belangen")))
    assert [(f.code, str(f.pos)) for f in found] == [
        ("WGR00", "clausules/bestuur/bestuur.yaml:2:5")
    ]
    assert found[0].target == "bestuur"
    assert "'belangen'" in found[0].message and "bedoelde u 'belang'?" in found[0].message


def test_a_verordening_needs_no_wgr_topics(make_repo: Callable[..., Path]) -> None:
    # The minimal testverordening declares no topics at all: only a regeling is checked.
    found = findings(make_repo(covering()))
    assert not [f for f in found if f.document.startswith("testverordening")]


def test_the_sample_has_no_wgr_findings() -> None:
    found = [f for f in runner.run(runner.context(REPO_ROOT)) if f.code.startswith("WGR")]
    assert found == [], [f"{f.pos} {f.code} {f.message}" for f in found]
