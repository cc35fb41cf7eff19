"""The Awb rules on the register of powers: one fixture per rule, and the sample passes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from assembler.checks import runner
from assembler.checks.base import RULES, Finding
from tests.conftest import REGELING, REPO_ROOT

REGISTER_FILE = "clausules/mandaat/register-test.yaml"

# A correct delegation: college → dagelijks bestuur, with its statutory basis. Every fixture
# changes only what its rule is about. An entry is 12 lines plus one per added key, so the
# first entry's id is at 3:9 and a second one after a plain first entry at 15:9.
BASE = {
    "wet": "Participatiewet",
    "artikel": '"35"',
    "omschrijving": "Verlenen van bijzondere bijstand",
    "oorspronkelijk": "college",
    "soort": "delegatie",
    "ontvanger": "dagelijks_bestuur",
    "ondermandaat": "true",
    "uitzonderingen": "[]",
    "deelnemers": "alle",
    "grondslag": "artikel 30 Wet gemeenschappelijke regelingen",
    "verordening": "false",
}
# A correct mandate inside the line: the dagelijks bestuur → its own director.
DB_MANDATE = {
    "oorspronkelijk": "dagelijks_bestuur",
    "soort": "mandaat",
    "ontvanger": "directeur",
    "uitzonderingen": "[bezwaar]",
    "grondslag": "artikel 10:3 Awb",
}
# A correct mandate outside the line: the college → the dagelijks bestuur, consent recorded.
COLLEGE_MANDATE = {
    "soort": "mandaat",
    "instemming": "true",
    "uitzonderingen": "[bezwaar]",
    "grondslag": "artikel 160 Gemeentewet en artikel 10:4 Awb",
}
GEMENGD = {
    "regelingen/testregeling.yaml": REGELING.replace(
        "vastgesteld_door: [college]", "vastgesteld_door: [raad, college]"
    )
}


def entry(ident: str, **fields: str | None) -> str:
    """One register row; a field set to None is left out."""
    values = {**BASE, **fields}
    lines = [f"  - id: {ident}"]
    lines += [f"    {key}: {value}" for key, value in values.items() if value is not None]
    return "\n".join(lines) + "\n"


def register(*entries: str) -> str:
    return "formaat: 1\nbevoegdheden:\n" + "".join(entries)


def awb(root: Path) -> list[Finding]:
    """The findings of the AWB rules only (other families are tested on their own)."""
    ctx = runner.context(root)
    return [f for code, info in RULES.items() if code.startswith("AWB") for f in info.check(ctx)]


def field_at(row: str, key: str, first_line: int = 3) -> str:
    """Where the value of ``key`` stands in ``row``, written from ``first_line`` of the
    register: a finding about one field of a row points at that field."""
    for number, line in enumerate(row.split("\n")):
        body = line.lstrip(" -")
        if body.startswith(f"{key}:"):
            return f"{REGISTER_FILE}:{first_line + number}:{len(line) - len(body) + len(key) + 3}"
    raise AssertionError(f"{key} staat niet in de regel")


def located(findings: list[Finding]) -> list[tuple[str, str]]:
    return [(f.code, str(f.pos)) for f in findings]


def check(
    make_repo: Callable[..., Path], *entries: str, files: dict[str, str] | None = None
) -> list[Finding]:
    return awb(make_repo({REGISTER_FILE: register(*entries), **(files or {})}))


def test_the_base_entries_are_correct(make_repo: Callable[..., Path]) -> None:
    found = check(
        make_repo,
        entry("delegatie"),
        entry("db-mandaat", **DB_MANDATE),
        entry("college-mandaat", **COLLEGE_MANDATE, artikel='"36"'),
    )
    assert found == []


def test_awb01_no_mandate_to_make_a_verordening(make_repo: Callable[..., Path]) -> None:
    row = entry(
        "ab-verordening", **COLLEGE_MANDATE, oorspronkelijk="algemeen_bestuur", verordening="true"
    )
    found = check(make_repo, row)
    assert located(found) == [("AWB01", field_at(row, "verordening"))]
    assert found[0].target == "ab-verordening"
    assert "10:3, tweede lid, onderdeel a" in found[0].message
    assert "'soort: delegatie'" in found[0].message


def test_awb02_no_mandate_for_a_qualified_majority(make_repo: Callable[..., Path]) -> None:
    found = check(
        make_repo,
        entry(
            "ab-tarieven",
            **COLLEGE_MANDATE,
            oorspronkelijk="algemeen_bestuur",
            gekwalificeerde_meerderheid="true",
        ),
    )
    assert located(found) == [("AWB02", f"{REGISTER_FILE}:3:9")]
    assert "gekwalificeerde meerderheid" in found[0].message


def test_awb03_the_mandatee_does_not_decide_the_bezwaar(
    make_repo: Callable[..., Path],
) -> None:
    row = entry("db-mandaat", **{**DB_MANDATE, "uitzonderingen": "[]"})
    found = check(make_repo, row)
    assert located(found) == [("AWB03", field_at(row, "uitzonderingen"))]
    assert "voeg 'bezwaar' toe aan 'uitzonderingen'" in found[0].message
    # Volmacht and machtiging are not decisions: no bezwaar against them.
    volmacht = {**DB_MANDATE, "soort": "volmacht", "uitzonderingen": "[]"}
    assert check(make_repo, entry("db-volmacht", **volmacht)) == []


def test_awb04_a_submandate_needs_the_mandates_permission(
    make_repo: Callable[..., Path],
) -> None:
    minima = {"wet": "Gemeentewet", "artikel": '"160, eerste lid"'}
    parent = entry("college-minima", **COLLEGE_MANDATE, **minima, ondermandaat="false")
    child = entry("db-ondermandaat", **DB_MANDATE, **minima)
    found = check(make_repo, parent, child)
    # The parent has one key more than BASE (instemming): 13 lines.
    assert located(found) == [("AWB04", f"{REGISTER_FILE}:16:9")]
    assert found[0].target == "db-ondermandaat"
    assert "'college-minima', regel 3" in found[0].message
    assert "'ondermandaat: true'" in found[0].message
    allowed = entry("college-minima", **COLLEGE_MANDATE, **minima, ondermandaat="true")
    assert check(make_repo, allowed, child) == []


def test_awb05_a_fine_is_not_imposed_by_who_wrote_the_report(
    make_repo: Callable[..., Path],
) -> None:
    boete = {**DB_MANDATE, "artikel": '"18a"'}
    row = entry("db-boete", **boete, omschrijving="Opleggen van een bestuurlijke boete")
    found = check(make_repo, row)
    assert located(found) == [("AWB05", field_at(row, "uitzonderingen"))]
    assert "voeg 'boete' toe aan 'uitzonderingen'" in found[0].message
    excluded = "Uitoefenen van de bevoegdheden, met uitzondering van het opleggen van een bestuurlijke boete"
    assert check(make_repo, entry("db-rest", **boete, omschrijving=excluded)) == []
    guarded = {**boete, "uitzonderingen": "[bezwaar, boete]"}
    assert (
        check(
            make_repo,
            entry("db-boete", **guarded, omschrijving="Opleggen van een bestuurlijke boete"),
        )
        == []
    )


def test_awb06_a_mandate_outside_the_line_records_consent(
    make_repo: Callable[..., Path],
) -> None:
    row = entry("college-minima", **{**COLLEGE_MANDATE, "instemming": None})
    # The director works under the DB: no consent needed.
    found = check(make_repo, row, entry("db-mandaat", **DB_MANDATE))
    assert located(found) == [("AWB06", field_at(row, "ontvanger"))]
    assert "het dagelijks bestuur werkt niet onder verantwoordelijkheid van het college" in (
        found[0].message
    )
    assert "'instemming: true'" in found[0].message


def test_awb06_the_director_works_under_the_db_not_under_the_ab(
    make_repo: Callable[..., Path],
) -> None:
    row = entry("ab-wob", **{**DB_MANDATE, "oorspronkelijk": "algemeen_bestuur"})
    found = check(make_repo, row)
    assert located(found) == [("AWB06", field_at(row, "ontvanger"))]
    assert "de directeur werkt niet onder verantwoordelijkheid van het algemeen bestuur" in (
        found[0].message
    )


def test_awb07_delegation_has_a_statutory_basis(make_repo: Callable[..., Path]) -> None:
    found = check(make_repo, entry("zonder-grondslag", grondslag=None))
    assert located(found) == [("AWB07", f"{REGISTER_FILE}:3:9")]
    assert "vul 'grondslag' in" in found[0].message


def test_awb07_artikel_10_15_awb_is_no_basis(make_repo: Callable[..., Path]) -> None:
    cited = entry("pw-10-15", grondslag="artikel 35 Participatiewet en artikel 10:15 Awb")
    found = check(make_repo, cited)
    assert located(found) == [("AWB07", field_at(cited, "grondslag"))]
    assert "artikel 10:15 Awb is geen grondslag" in found[0].message
    clean = entry(
        "pw-wgr", grondslag="artikel 35 Participatiewet; Wet gemeenschappelijke regelingen"
    )
    assert check(make_repo, clean) == []


def test_awb08_no_delegation_to_a_subordinate(make_repo: Callable[..., Path]) -> None:
    row = entry("db-directeur", oorspronkelijk="dagelijks_bestuur", ontvanger="directeur")
    found = check(make_repo, row)
    assert located(found) == [("AWB08", field_at(row, "ontvanger"))]
    assert "'soort: mandaat'" in found[0].message


def test_awb09_a_delegated_power_is_not_also_mandated(make_repo: Callable[..., Path]) -> None:
    found = check(make_repo, entry("pw-35"), entry("college-pw-35", **COLLEGE_MANDATE))
    assert located(found) == [("AWB09", f"{REGISTER_FILE}:15:9")]
    assert found[0].target == "college-pw-35"
    assert "('pw-35', regel 3)" in found[0].message
    # The dagelijks bestuur may mandate what it received: that is its own power now.
    assert check(make_repo, entry("pw-35"), entry("db-pw-35", **DB_MANDATE)) == []


RAAD_VERORDENING = {
    "wet": "Participatiewet",
    "artikel": '"8"',
    "omschrijving": "Vaststellen van de verordening maatregelen",
    "oorspronkelijk": "raad",
    "ontvanger": "algemeen_bestuur",
    "verordening": "true",
}


def test_awb10_a_collegeregeling_transfers_no_raad_power(
    make_repo: Callable[..., Path],
) -> None:
    row = entry("raad-verordening", **RAAD_VERORDENING)
    found = check(make_repo, row)
    assert located(found) == [("AWB10", field_at(row, "oorspronkelijk"))]
    assert "de regeling is een collegeregeling" in found[0].message
    # In a regeling that the raden make as well, the raad can transfer this power.
    assert check(make_repo, entry("raad-verordening", **RAAD_VERORDENING), files=GEMENGD) == []


def test_awb11_raad_powers_that_can_never_be_transferred(
    make_repo: Callable[..., Path],
) -> None:
    begroting = {
        **RAAD_VERORDENING,
        "wet": "Gemeentewet",
        "artikel": '"189"',
        "omschrijving": "Vaststellen en wijzigen van de begroting",
        "verordening": "false",
    }
    row = entry("raad-begroting", **begroting)
    found = check(make_repo, row, files=GEMENGD)
    assert located(found) == [("AWB11", field_at(row, "omschrijving"))]
    assert "156, tweede lid, Gemeentewet" in found[0].message
    assert "de vaststelling of wijziging van de begroting" in found[0].message
    belasting = {**RAAD_VERORDENING, "wet": "Gemeentewet", "artikel": '"216"'}
    belasting["omschrijving"] = "Heffen van belastingen"
    row = entry("raad-belasting", **belasting)
    found = check(make_repo, row, files=GEMENGD)
    assert located(found) == [("AWB11", field_at(row, "omschrijving"))]


def test_an_exception_with_a_reason_switches_a_rule_off_for_one_entry(
    make_repo: Callable[..., Path],
) -> None:
    text = register(
        entry("ab-verordening", **COLLEGE_MANDATE, oorspronkelijk="algemeen_bestuur")
        + "    verordening: true\n"
        + "    negeer: [{regel: AWB01, reden: 'de wet staat mandaat hier uitdrukkelijk toe'}]\n"
    ).replace("    verordening: false\n", "")
    found = runner.run(runner.context(make_repo({REGISTER_FILE: text})))
    assert [f.code for f in found if f.code.startswith(("AWB", "ALG"))] == []


def test_the_sample_register_passes() -> None:
    assert located(awb(REPO_ROOT)) == []
