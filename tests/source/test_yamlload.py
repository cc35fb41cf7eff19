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
