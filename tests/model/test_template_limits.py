"""Template text in a fragment: every runtime failure and every limit is a located Dutch error."""

from __future__ import annotations

import time

import pytest

from assembler.errors import Pos, SourceError
from assembler.model import template_limits
from assembler.model.templates import render
from assembler.source.records import SText

AT = Pos("clausules/slot/slot.yaml", 6, 13)
CONTEXT = {"deelnemers": [{"naam": "Adam"}, {"naam": "Bdorp"}], "titel": "Testregeling"}


def refused(text: str) -> str:
    with pytest.raises(SourceError) as caught:
        render(SText(text, AT), CONTEXT)
    (problem,) = caught.value.problems
    report = str(problem)
    assert "Traceback" not in report
    return report


@pytest.mark.parametrize(
    ("text", "column", "message"),
    [
        ("Het bedrag is {{ 1 // 0 }}.", 27, "een deling door nul"),
        ("Zie {{ 10.0 ** 1000 }}.", 17, "een getal dat te groot is"),
        (
            "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
            13,
            "een macro die zichzelf te vaak aanroept",
        ),
        ("De {{ titel() }}.", 16, "een waarde die geen functie is"),
        ("{{ 'a' + 1 }}", 13, "een bewerking op waarden die daar niet bij passen"),
        ("{{ 'abc'[10] }}", 13, "een sleutel of plaats die niet bestaat"),
    ],
)
def test_a_runtime_error_is_located_at_the_tag_that_raised_it(
    text: str, column: int, message: str
) -> None:
    report = refused(text)
    assert report.startswith(f"clausules/slot/slot.yaml:6:{column}: fout: "), report
    assert f"fout bij het invullen van de sjabloontekst: {message}" in report, report


def test_a_runtime_error_on_a_later_line_names_that_line() -> None:
    report = refused("Eerste regel,\nen dan {{ 1 / 0 }}.")
    assert report.startswith("clausules/slot/slot.yaml:7:8: fout: "), report


@pytest.mark.parametrize(
    "text",
    ["{{ '\\ud800' }}", "{{ '%c' % 55296 }}", "{{ '%c' % 1 }}"],
)
def test_a_character_no_word_document_can_hold_is_refused(text: str) -> None:
    report = refused(text)
    assert "de sjabloontekst levert het teken U+" in report
    assert "niet in een Word-document kan staan" in report


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # Nested loops that output nothing: only the step count stops them.
        (
            "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}",
            "doet te veel werk",
        ),
        (
            "{% for a in range(100000) %}{% for b in range(100000) %}xxxxx{% endfor %}{% endfor %}",
            "maakt de uitvoer langer dan 100.000 tekens",
        ),
        ("{{ 'x' * 100000000 }}", "langer dan 100.000 tekens"),
        ("{{ 'x'.ljust(100000000) }}", "langer dan 100.000 tekens"),
        ("{{ '%100000000s' % 'x' }}", "langer dan 100.000 tekens"),
        ("{{ '{:>100000000}'.format(1) }}", "langer dan 100.000 tekens"),
        ("{{ range(100000) | join('x' * 100000) }}", "langer dan 100.000 tekens"),
        ("{{ [1] | slice(1000000000) | list }}", "langer dan 100.000 tekens"),
        ("{{ 10 ** 100000000 }}", "een getal dat te groot is"),
        (
            "{% macro d(s, n) %}{% if n %}{{ d(s ~ s, n - 1) }}{% endif %}{% endmacro %}"
            "{{ d('x', 40) }}",
            "langer dan 100.000 tekens",
        ),
        (
            "{% set l = [1] %}{% for i in range(40) %}{{ l.extend(l) }}{% endfor %}",
            "niet toegestaan",
        ),
        ("{% set ns = namespace(s='x') %}", "onbekende variabele 'namespace'"),
    ],
)
def test_template_text_runs_within_limits_of_work_and_size(text: str, message: str) -> None:
    start = time.monotonic()
    report = refused(text)
    assert message in report, report
    assert time.monotonic() - start < template_limits.MAX_SECONDS + 1


def test_exponentially_many_macro_calls_are_stopped() -> None:
    # No loop and no output: each call is one step (slow steps; the clock is the backstop).
    start = time.monotonic()
    report = refused(
        "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}{{ f(40) }}"
    )
    assert "duurt te lang" in report or "te veel werk" in report, report
    assert time.monotonic() - start < template_limits.MAX_SECONDS + 2


def test_ordinary_template_text_is_untouched_by_the_limits() -> None:
    text = (
        "{{ deelnemers | map(attribute='naam') | opsomming }}:"
        "{% for d in deelnemers %} {{ d.naam }}{{ ',' if not loop.last }}{% endfor %}"
    )
    assert render(SText(text, AT), CONTEXT) == ["Adam en Bdorp: Adam, Bdorp"]
