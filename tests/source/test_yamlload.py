"""Safe YAML loading with positions: nothing is constructed, every value knows where it stood."""

from __future__ import annotations

from datetime import date

import pytest

from assembler.errors import SourceError
from assembler.source.yamlload import YList, YMap, load_yaml


def test_values_are_typed_by_the_yaml_1_2_core_schema() -> None:
    data = load_yaml(
        'a: 1\nb: "1"\nc: 1.0\nd: true\ne: ~\nf: 2021-05-10\ng: ja\nh: 010\n', "x.yaml"
    )
    assert data == {
        "a": 1,
        "b": "1",
        "c": 1.0,
        "d": True,
        "e": None,
        "f": date(2021, 5, 10),
        "g": "ja",
        "h": 10,
    }


def test_every_key_value_and_item_knows_its_position() -> None:
    data = load_yaml(
        "titel: Begrippen\nleden:\n  - id: x\n    tekst: \"Zie {{ ref('y') }}.\"\n", "f.yaml"
    )
    assert isinstance(data, YMap)
    assert str(data.key_at("leden")) == "f.yaml:2:1"
    leden = data["leden"]
    assert isinstance(leden, YList) and str(leden.item_pos[0]) == "f.yaml:3:5"
    # A quoted value's position is its first character, not the quote.
    assert str(leden[0].at("tekst")) == "f.yaml:4:13"


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        ("a: 1\na: 2\n", "x.yaml:2:1", "sleutel 'a' komt twee keer voor"),
        ("a: &x [1]\nb: *x\n", "x.yaml:1:4", "ankers en aliassen"),
        ("a: !!python/object:os.system x\n", "x.yaml:1:4", "YAML-tag"),
        ("a: b: c\n", "x.yaml:1:5", "ongeldige YAML"),
        ("a: 'niet gesloten\n", "x.yaml:", "ongeldige YAML"),
        ("a:\n\t- b\n", "x.yaml:2:1", "tab"),
        ("<<: {a: 1}\n", "x.yaml:1:1", "samenvoegsleutels"),
    ],
)
def test_unsafe_or_broken_yaml_is_a_located_dutch_error(
    text: str, where: str, message: str
) -> None:
    with pytest.raises(SourceError) as caught:
        load_yaml(text, "x.yaml")
    report = str(caught.value)
    assert where in report and message in report, report


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        # A foreign tag on a list or a table is refused like on text.
        ("a: !foo [1, 2]\n", "x.yaml:1:4", "YAML-tag '!foo' wordt niet ondersteund"),
        ("a: !!python/tuple\n  - 1\n", "x.yaml:1:4", "YAML-tag"),
        ("a: !foo {b: 1}\n", "x.yaml:1:4", "YAML-tag '!foo' wordt niet ondersteund"),
        # Longer than Python converts to a number: refused before any conversion is tried.
        ("a: " + "9" * 5000 + "\n", "x.yaml:1:4", "het getal is te lang"),
        ("a: 0x" + "f" * 40 + "\n", "x.yaml:1:4", "het getal is te lang"),
        # A few levels too deep: found while converting.
        ("a: " + "[" * 60 + "]" * 60 + "\n", "x.yaml:1:53", "dieper genest dan 50 niveaus"),
        ('a: "\\ud800"\n', "x.yaml:1:", "ongeldige tekencode"),
    ],
)
def test_foreign_tags_long_numbers_and_deep_nesting_are_located_errors(
    text: str, where: str, message: str
) -> None:
    with pytest.raises(SourceError) as caught:
        load_yaml(text, "x.yaml")
    report = str(caught.value)
    assert where in report and message in report, report


@pytest.mark.parametrize("opening", ["[", "{a: ", "- "])
def test_nesting_deep_enough_to_crash_the_c_composer_is_refused(opening: str) -> None:
    # 100,000 levels overflow the C stack of ruamel's composer (a segmentation fault, not an
    # exception); the depth is measured event by event before composing.
    closing = {"[": "]", "{a: ": "}", "- ": ""}[opening]
    start = "" if opening == "- " else "a: "  # "- - - x": lists in lists on one line
    text = start + opening * 100_000 + "x" + closing * 100_000 + "\n"
    with pytest.raises(SourceError) as caught:
        load_yaml(text, "x.yaml")
    assert "dieper genest dan 50 niveaus" in str(caught.value)


def test_an_english_parser_text_never_reaches_the_user() -> None:
    with pytest.raises(SourceError) as caught:
        load_yaml("a: [1, 2\nb: 3\n", "x.yaml")
    report = str(caught.value)
    assert report.startswith("x.yaml:") and "ongeldige YAML" in report
    assert "expected" not in report and "found" not in report, report
