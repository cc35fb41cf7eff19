"""Consistency across documents: plustaken, register, keys and the verordeningen of the raden."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from assembler.checks import runner
from assembler.checks.base import Finding
from assembler.errors import SourceError
from tests.checks.test_wgr import FAMILIES, covering
from tests.conftest import REPO_ROOT, VERORDENING
from tests.test_maatwerk import (
    BESLUIT,
    CATALOG,
    DEELNEMERS_MET_KEUZES,
    FINANCE,
    REGELING_MET_BIJLAGEN,
    REGISTER,
    VERLAGING,
)

TESTVERORDENING = VERORDENING.replace("[v-enig]", "[verlaging, v-enig]")
PLUSTAAK_SCHULD = "keuzes.yaml:3:9"  # the plustaak 'schuld' in keuzes.yaml
UREN = 'sleutel: {uren: {adam: 2, bdorp: 1}, tarief: "85.50"}'

GEZAMENLIJK = """\
formaat: 1
id: gezamenlijk
soort: verordening
titel: Gezamenlijke verordening
citeertitel: Gezamenlijke verordening
per_deelnemer: false
vastgesteld_door: [raad]
aanhef:
  - "De raden;"
artikelen: [v-enig]
"""


@pytest.fixture
def repo(make_repo: Callable[..., Path]) -> Callable[..., Path]:
    """The maatwerk project of tests/test_maatwerk.py, with a regeling that is Wgr-complete.

    Adam takes plustaak 'schuld': the register has its powers, the finances a task for it, and
    the plustaak decision exists for Adam.
    """

    def make(changes: dict[str, str] | None = None) -> Path:
        files = {
            "keuzes.yaml": CATALOG,
            "deelnemers.yaml": DEELNEMERS_MET_KEUZES,
            "clausules/verordening/verlaging.yaml": VERLAGING,
            "verordeningen/testverordening.yaml": TESTVERORDENING,
            "clausules/delegatie/register.yaml": REGISTER,
            "clausules/financien/begroting.yaml": FINANCE,
            "regelingen/testregeling.yaml": REGELING_MET_BIJLAGEN,
            "regelingen/plusbesluit.yaml": BESLUIT,
            **covering(),
        }
        files.update(changes or {})
        return make_repo(files)

    return make


def findings(root: Path) -> list[Finding]:
    return [f for f in runner.run(runner.context(root)) if f.code.startswith(FAMILIES)]


def located(found: list[Finding]) -> list[tuple[str, str]]:
    return [(f.code, str(f.pos)) for f in found]


def test_the_fixture_is_consistent(repo: Callable[..., Path]) -> None:
    assert findings(repo()) == []


def test_sam01_a_plustaak_without_powers_in_the_register(repo: Callable[..., Path]) -> None:
    register = REGISTER.replace("deelnemers: {plustaak: schuld}", "deelnemers: alle")
    found = findings(repo({"clausules/delegatie/register.yaml": register}))
    assert located(found) == [("SAM01", PLUSTAAK_SCHULD)], [f.message for f in found]
    assert found[0].target == "schuld"
    assert "'deelnemers: {plustaak: schuld}'" in found[0].message


def test_sam01_an_internal_mandate_of_the_gr_does_not_transfer_the_powers(
    repo: Callable[..., Path],
) -> None:
    # Only the DB's own mandate to the director names the plustaak: no college transfers it.
    register = REGISTER.replace("deelnemers: {plustaak: schuld}", "deelnemers: alle").replace(
        "omschrijving: Bijzondere bijstand namens het dagelijks bestuur\n"
        "    oorspronkelijk: dagelijks_bestuur\n"
        "    soort: mandaat\n"
        "    ontvanger: directeur\n"
        "    ondermandaat: true\n"
        "    uitzonderingen: [bezwaar]\n"
        "    deelnemers: alle",
        "omschrijving: Schuldhulp namens het dagelijks bestuur\n"
        "    oorspronkelijk: dagelijks_bestuur\n"
        "    soort: mandaat\n"
        "    ontvanger: directeur\n"
        "    ondermandaat: true\n"
        "    uitzonderingen: [bezwaar]\n"
        "    deelnemers: {plustaak: schuld}",
    )
    assert "deelnemers: {plustaak: schuld}" in register
    found = findings(repo({"clausules/delegatie/register.yaml": register}))
    assert located(found) == [("SAM01", PLUSTAAK_SCHULD)]


def test_sam02_a_plustaak_without_a_distribution_key(repo: Callable[..., Path]) -> None:
    finance = FINANCE.replace("{naar: inwoners, plustaak: schuld}", "{naar: inwoners}")
    found = findings(repo({"clausules/financien/begroting.yaml": finance}))
    assert located(found) == [("SAM02", PLUSTAAK_SCHULD)], [f.message for f in found]
    assert found[0].target == "schuld"
    assert "'plustaak: schuld'" in found[0].message


def test_sam03_an_hours_key_that_names_a_deelnemer_outside_the_task(
    repo: Callable[..., Path],
) -> None:
    finance = FINANCE.replace(UREN, UREN[:-1] + ", plustaak: schuld}")
    found = findings(repo({"clausules/financien/begroting.yaml": finance}))
    assert located(found) == [("SAM03", "clausules/financien/begroting.yaml:26:16")], [
        f.message for f in found
    ]
    assert found[0].target == "taak-uren"
    assert "noemt bdorp, die niet meedoet" in found[0].message


def test_sam03_an_hours_key_that_names_an_unknown_deelnemer(repo: Callable[..., Path]) -> None:
    finance = FINANCE.replace("{adam: 2, bdorp: 1}", "{adam: 2, bdorp: 1, cdorp: 4}")
    found = findings(repo({"clausules/financien/begroting.yaml": finance}))
    assert located(found) == [("SAM03", "clausules/financien/begroting.yaml:26:16")]


def test_a_fixed_key_that_misses_a_participant_is_already_a_source_error(
    repo: Callable[..., Path],
) -> None:
    # So SAM03 only ever sees the hours tables: a wrong percentage table stops the run (exit 2).
    finance = FINANCE.replace('{vast: {adam: "50", bdorp: "50"}}', '{vast: {adam: "100"}}')
    with pytest.raises(SourceError):
        runner.context(repo({"clausules/financien/begroting.yaml": finance}))


def test_sam04_a_plustaak_without_a_decision_that_transfers_its_powers(
    repo: Callable[..., Path],
) -> None:
    besluit = BESLUIT[: BESLUIT.index("bijlagen:")]
    found = findings(repo({"regelingen/plusbesluit.yaml": besluit}))
    assert located(found) == [("SAM04", "deelnemers.yaml:3:5")], [f.message for f in found]
    assert found[0].target == "adam"
    assert "genereer: plustaakbevoegdheden" in found[0].message


def test_sam05_a_verordening_of_the_raden_as_one_document(repo: Callable[..., Path]) -> None:
    found = findings(repo({"verordeningen/gezamenlijk.yaml": GEZAMENLIJK}))
    assert located(found) == [("SAM05", "verordeningen/gezamenlijk.yaml:1:1")]
    assert found[0].target == "gezamenlijk"
    assert "per_deelnemer: true" in found[0].message


def test_sam06_a_verordening_of_the_raden_missing_for_a_deelnemer(
    repo: Callable[..., Path],
) -> None:
    verordening = TESTVERORDENING.replace(
        "per_deelnemer: true\n", "per_deelnemer: true\nalleen_met_plustaken: true\n"
    )
    found = findings(repo({"verordeningen/testverordening.yaml": verordening}))
    assert located(found) == [("SAM06", "verordeningen/testverordening.yaml:1:1")]
    assert found[0].target == "testverordening"
    assert "ontbreekt voor Bdorp" in found[0].message


def test_the_sample_has_no_consistency_findings() -> None:
    found = [f for f in runner.run(runner.context(REPO_ROOT)) if f.code.startswith("SAM")]
    assert found == [], [f"{f.pos} {f.code} {f.message}" for f in found]
