"""Typed access to a YAML mapping, with located Dutch errors for wrong or unknown keys."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from assembler.errors import Collector, Pos
from assembler.source.yamlload import YList, YMap

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
# Characters that XML 1.0 cannot hold (C0 controls except tab/newline/CR, surrogates, FFFE/FFFF).
_NON_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

_TYPE_NAMES = {
    str: "tekst",
    bool: "ja/nee (true of false)",
    int: "een geheel getal",
    list: "een lijst",
    dict: "een tabel van sleutels en waarden",
    date: "een datum (JJJJ-MM-DD)",
}


def describe(value: Any) -> str:
    """How YAML read a value, in words a user understands."""
    if value is None:
        return "niets (leeg)"
    if isinstance(value, bool):
        return "ja/nee"
    if isinstance(value, float):
        return f"het getal {value!r}"
    if isinstance(value, int):
        return f"het getal {value}"
    if isinstance(value, datetime | date):
        return "een datum"
    if isinstance(value, list):
        return "een lijst"
    if isinstance(value, dict):
        return "een tabel van sleutels en waarden"
    return "tekst"


class Fields:
    """Reads the keys of one mapping; unknown keys are reported by :meth:`done`."""

    def __init__(self, data: YMap, problems: Collector, what: str) -> None:
        self.data = data
        self.problems = problems
        self.what = what
        self.used: set[str] = set()

    def pos(self, key: str) -> Pos:
        return self.data.at(key)

    def _get(self, key: str, kind: type, required: bool) -> Any:
        self.used.add(key)
        if key not in self.data or self.data[key] is None:
            if required:
                self.problems.add(self.data.pos, f"{self.what} mist de verplichte sleutel '{key}'")
            return None
        value = self.data[key]
        ok = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
        if kind is date and isinstance(value, datetime):
            ok = False
        if not ok:
            hint = ""
            if kind is str and isinstance(value, int | float | bool | date):
                hint = "; zet de waarde tussen aanhalingstekens"
            self.problems.add(
                self.pos(key),
                f"'{key}' moet {_TYPE_NAMES[kind]} zijn, maar YAML leest hier {describe(value)}{hint}",
            )
            return None
        if isinstance(value, str):
            check_xml_chars(value, self.pos(key), self.problems)
        return value

    def text(self, key: str, required: bool = True, default: str = "") -> str:
        value = self._get(key, str, required)
        return default if value is None else value

    def boolean(self, key: str, default: bool = False) -> bool:
        value = self._get(key, bool, False)
        return default if value is None else value

    def day(self, key: str) -> date | None:
        value: date | None = self._get(key, date, True)
        return value

    def mapping(self, key: str, required: bool = False) -> YMap | None:
        value: YMap | None = self._get(key, dict, required)
        return value

    def sequence(self, key: str, required: bool = False) -> YList:
        value = self._get(key, list, required)
        if value is None:
            empty = YList()
            empty.pos = self.pos(key)
            empty.item_pos = []
            return empty
        assert isinstance(value, YList)
        return value

    def ident(self, key: str = "id") -> str:
        value = self.text(key)
        if value and not ID_PATTERN.match(value):
            self.problems.add(
                self.pos(key),
                f"ongeldige id '{value}': gebruik kleine letters, cijfers, '-', '_' en '.'",
            )
        return value

    def done(self) -> None:
        """Report keys that nobody asked for: usually a typing error."""
        for key in self.data:
            if key not in self.used:
                close = difflib.get_close_matches(key, sorted(self.used), n=1)
                hint = f"; bedoelde u '{close[0]}'?" if close else ""
                self.problems.add(
                    self.data.key_at(key),
                    f"onbekende sleutel '{key}' in {self.what}{hint}",
                )


def check_xml_chars(value: str, pos: Pos, problems: Collector) -> None:
    """Report a character that no XML document (and so no .docx) can hold."""
    match = _NON_XML.search(value)
    if match:
        problems.add(
            pos,
            f"het teken U+{ord(match.group()):04X} kan niet in een Word-document staan"
            f" (positie {match.start() + 1} in de tekst); verwijder het",
        )


def text_items(seq: YList, problems: Collector, what: str) -> list[tuple[str, Pos]]:
    """A list of strings with their positions."""
    result = []
    for item, pos in zip(seq, seq.item_pos, strict=True):
        if not isinstance(item, str):
            problems.add(pos, f"elk element van {what} moet tekst zijn, niet {describe(item)}")
            continue
        check_xml_chars(item, pos, problems)
        result.append((item, pos))
    return result


def mappings(seq: YList, problems: Collector, message: str) -> Iterator[YMap]:
    """The items of a list that are mappings; each other item is reported with ``message``."""
    for item, pos in zip(seq, seq.item_pos, strict=True):
        if isinstance(item, YMap):
            yield item
        else:
            problems.add(pos, message)
