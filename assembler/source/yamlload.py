"""Safe YAML loading that keeps the position of every key and value.

The YAML is only *composed* (parsed into nodes), never constructed into arbitrary Python
objects; this module converts nodes itself, so no tag can instantiate a class. Mappings become
:class:`YMap` and sequences :class:`YList`, both of which remember where each entry stood.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from ruamel.yaml.cyaml import CBaseLoader
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.reader import ReaderError

from assembler.errors import Pos, SourceError

_STR = "tag:yaml.org,2002:str"

# The YAML 1.2 core schema, resolved here for plain (unquoted) scalars only. Doing it in one
# pass of regular expressions is several times faster than ruamel's per-scalar resolver.
_NULL = re.compile(r"~|null|Null|NULL|")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"[-+]?[0-9]+")
_INT_BASE = re.compile(r"0o[0-7]+|0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_SPECIAL_FLOAT = {".inf": "inf", "+.inf": "inf", "-.inf": "-inf", ".nan": "nan"}
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME = re.compile(r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}.*")


def _implicit(value: str) -> Any:
    """The value of a plain scalar under the YAML 1.2 core schema."""
    if _NULL.fullmatch(value):
        return None
    if value in _BOOL:
        return _BOOL[value]
    if _INT.fullmatch(value):
        return int(value, 10)
    if _INT_BASE.fullmatch(value):
        return int(value, 0)
    if _FLOAT.fullmatch(value):
        return float(value)
    if value.lower() in _SPECIAL_FLOAT:
        return float(_SPECIAL_FLOAT[value.lower()])
    if _DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value
    if _DATETIME.fullmatch(value):
        try:
            return datetime.fromisoformat(value.replace("t", "T"))
        except ValueError:
            return value
    return value


# Scanner and parser messages that users meet most, in Dutch; others keep a generic text.
_MESSAGES = {
    "mapping values are not allowed": "hier mag geen ': ' staan; zet tekst met een dubbele punt"
    " tussen aanhalingstekens",
    "could not find expected ':'": "verwachtte een ':' (sleutel: waarde)",
    "found character '\\t' that cannot start any token": "een tab is in YAML niet toegestaan;"
    " gebruik spaties",
    "found unexpected end of stream": "het bestand houdt onverwacht op (aanhalingsteken niet"
    " gesloten?)",
    "did not find expected key": "verwachtte een sleutel; klopt de inspringing?",
    "did not find expected '-' indicator": "verwachtte een lijstelement ('- '); klopt de"
    " inspringing?",
    "found undefined alias": "onbekende alias",
    "expected <block end>, but found": "onverwachte tekst; klopt de inspringing?",
    "found unknown escape character": "onbekend escapeteken in tekst tussen dubbele"
    " aanhalingstekens",
}


class YMap(dict[str, Any]):
    """A mapping that knows its own position and that of every key and value."""

    pos: Pos
    key_pos: dict[str, Pos]
    value_pos: dict[str, Pos]

    def at(self, key: str) -> Pos:
        """Position of the value of ``key``, or of the mapping when the key is absent."""
        return self.value_pos.get(key, self.pos)

    def key_at(self, key: str) -> Pos:
        return self.key_pos.get(key, self.pos)


class YList(list[Any]):
    """A sequence that knows its own position and that of every item."""

    pos: Pos
    item_pos: list[Pos]


def load_yaml(text: str, path: str) -> Any:
    """Parse ``text`` (the content of ``path``) into YMap/YList/scalars, or raise SourceError."""
    try:
        # The C parser with the base resolver: every scalar stays a string and is typed by
        # _implicit below; composing never constructs objects, so no tag can run code.
        loader = CBaseLoader(text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        message = _yaml_message(exc)
        if mark is not None and "cannot start any token" in str(exc.problem or ""):
            lines = text.splitlines()
            row = lines[mark.line] if mark.line < len(lines) else ""
            char = row[mark.column] if mark.column < len(row) else ""
            message = (
                "ongeldige YAML: een tab is in YAML niet toegestaan; gebruik spaties"
                if char == "\t"
                else f"ongeldige YAML: het teken {char!r} kan hier niet staan; zet de tekst tussen aanhalingstekens"
            )
        raise SourceError.at(Pos(path, line, col), message) from None
    except ReaderError as exc:
        line, col = _line_col(text, exc.position)
        raise SourceError.at(
            Pos(path, line, col),
            f"teken U+{exc.character:04X} mag niet in een YAML-bestand staan"
            if isinstance(exc.character, int)
            else "ongeldig teken in het bestand",
        ) from None
    except YAMLError as exc:  # pragma: no cover - defensive: other scanner failures
        raise SourceError.at(Pos(path, 1, 1), f"ongeldige YAML ({exc})") from None
    if node is None:
        return None
    return _Converter(path).convert(node)


def _yaml_message(exc: MarkedYAMLError) -> str:
    problem = str(exc.problem or exc.context or "")
    for english, dutch in _MESSAGES.items():
        if problem.startswith(english):
            return f"ongeldige YAML: {dutch}"
    if exc.context and "quoted scalar" in str(exc.context):
        return "ongeldige YAML: aanhalingsteken niet gesloten"
    return f"ongeldige YAML ({problem})"


def _line_col(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


class _Converter:
    """Turns composed nodes into positioned values; rejects aliases and foreign tags."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.seen: set[int] = set()
        self.positions: dict[int, Pos] = {}

    def pos(self, node: Node) -> Pos:
        if id(node) in self.positions:
            return self.positions[id(node)]
        return Pos(self.path, node.start_mark.line + 1, node.start_mark.column + 1)

    def convert(self, node: Node) -> Any:
        if id(node) in self.seen:
            raise SourceError.at(
                self.pos(node), "ankers en aliassen (& en *) worden niet ondersteund"
            )
        self.seen.add(id(node))
        if isinstance(node, MappingNode):
            return self.mapping(node)
        if isinstance(node, SequenceNode):
            result = YList(self.convert(item) for item in node.value)
            result.pos = self.pos(node)
            result.item_pos = [self.pos(item) for item in node.value]
            return result
        assert isinstance(node, ScalarNode)
        if node.style in ("'", '"'):
            # Point at the first character of the text, not at the quote, so that columns
            # computed inside the text (a template error, a reference) are exact.
            self.positions[id(node)] = Pos(
                self.path, node.start_mark.line + 1, node.start_mark.column + 2
            )
        if node.tag != _STR:
            raise SourceError.at(self.pos(node), f"YAML-tag {node.tag} wordt niet ondersteund")
        if node.style:
            return node.value  # quoted or block scalar: always text
        return _implicit(node.value)

    def mapping(self, node: MappingNode) -> YMap:
        result = YMap()
        result.pos = self.pos(node)
        result.key_pos = {}
        result.value_pos = {}
        if node.tag != "tag:yaml.org,2002:map":
            raise SourceError.at(result.pos, f"YAML-tag {node.tag} wordt niet ondersteund")
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise SourceError.at(self.pos(key_node), "een sleutel moet een naam zijn")
            key = str(key_node.value)
            if key == "<<":
                raise SourceError.at(
                    self.pos(key_node), "samenvoegsleutels (<<) worden niet ondersteund"
                )
            if key in result:
                raise SourceError.at(
                    self.pos(key_node),
                    f"sleutel '{key}' komt twee keer voor (eerder op regel"
                    f" {result.key_pos[key].line})",
                )
            result[key] = self.convert(value_node)
            result.key_pos[key] = self.pos(key_node)
            result.value_pos[key] = self.pos(value_node)
        return result
