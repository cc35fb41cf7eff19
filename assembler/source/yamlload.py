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
from ruamel.yaml.events import CollectionEndEvent, CollectionStartEvent
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.reader import ReaderError

from assembler.errors import Pos, SourceError

_STR = "tag:yaml.org,2002:str"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"

# Limits on what a source file may hold (docs/ontwerp/invoergrenzen.md). The deepest real
# structure (a subonderdeel of a lid of an article) is six levels; fifty leaves room.
MAX_NESTING = 50
# ruamel's C composer recurses once per level without a depth check: somewhere between 20,000
# and 40,000 levels it overflows the C stack and the process dies (measured with an 8 MB
# stack). Each level needs one of these characters, so a text with fewer of them cannot be
# that deep and is composed at once; a text with more is measured first, event by event.
_NESTING_CHARS = "[{-?:"
_COMPOSE_UNCHECKED = 5000
# Python refuses to convert an integer of more than 4,300 digits to or from text; no number
# in a source is anywhere near this long.
MAX_DIGITS = 30

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


class _TooLong(ValueError):
    """A plain scalar that reads as an integer with more than MAX_DIGITS digits."""


def _implicit(value: str) -> Any:
    """The value of a plain scalar under the YAML 1.2 core schema."""
    if _NULL.fullmatch(value):
        return None
    if value in _BOOL:
        return _BOOL[value]
    if _INT.fullmatch(value):
        if len(value.lstrip("+-")) > MAX_DIGITS:
            raise _TooLong(value)
        return int(value, 10)
    if _INT_BASE.fullmatch(value):
        if len(value) - 2 > MAX_DIGITS:
            raise _TooLong(value)
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
    "found invalid Unicode character escape code": "ongeldige tekencode (\\u of \\U) in tekst"
    " tussen dubbele aanhalingstekens",
    "expected escape sequence of": "onvolledige tekencode (\\x, \\u of \\U) in tekst tussen"
    " dubbele aanhalingstekens",
    "found unexpected ':'": "hier mag geen ':' staan; zet de tekst tussen aanhalingstekens",
    "found character that cannot start any token": "dit teken kan hier niet staan; zet de tekst"
    " tussen aanhalingstekens",
    "found a tab character": "een tab is in YAML niet toegestaan; gebruik spaties",
    "block sequence entries are not allowed": "hier mag geen lijstelement ('- ') staan; klopt"
    " de inspringing?",
    "did not find expected node content": "hier ontbreekt een waarde",
    "did not find expected ',' or ']'": "verwachtte ',' of ']' in de lijst",
    "did not find expected ',' or '}'": "verwachtte ',' of '}' in de tabel",
    "found undefined tag handle": "onbekende YAML-tag",
    "did not find expected tag URI": "onvolledige YAML-tag",
    "did not find expected alphabetic or numeric character": "een anker of alias (& of *)"
    " heeft een naam nodig; zet de tekst tussen aanhalingstekens",
    "did not find expected comment or line break": "onverwachte tekst aan het eind van de"
    " regel; zet de tekst tussen aanhalingstekens",
    "could not find expected directive name": "onbekende YAML-opdracht (regel met '%')",
    "found incompatible YAML document": "onbekende YAML-versie",
    "did not find expected <document start>": "verwachtte het begin van een document ('---')",
    "found duplicate": "een YAML-opdracht (regel met '%') staat twee keer in het bestand",
    "expected a single document": "het bestand bevat meer dan één YAML-document ('---');"
    " gebruik er één",
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
        if sum(text.count(c) for c in _NESTING_CHARS) > _COMPOSE_UNCHECKED:
            _check_nesting(text, path)
        loader = CBaseLoader(text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        # An unclosed quote or bracket is found at the end of the file; the mistake is where
        # the quote or bracket opened (the context of the error).
        context = str(exc.context or "")
        start = exc.context_mark
        if start is not None and mark is not None:
            unclosed_quote = "quoted scalar" in context and "end of stream" in str(exc.problem)
            # A bracket still open on a later line: the list or table was never closed.
            unclosed_flow = "flow" in context and mark.line > start.line
            if unclosed_quote or unclosed_flow:
                mark = start
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
    except YAMLError as exc:  # other parser failures carry no position
        raise SourceError.at(Pos(path, 1, 1), _yaml_message(exc)) from None
    if node is None:
        return None
    return _Converter(path, text).convert(node)


def load_yaml_bytes(raw: bytes, path: str) -> Any:
    """:func:`load_yaml` of a file's bytes: text that is no UTF-8 is a located error too."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1  # in bytes: the text is broken
        raise SourceError.at(
            Pos(path, line, col),
            f"bestand is geen UTF-8 (byte {exc.start}); sla het op als UTF-8",
        ) from None
    return load_yaml(text, path)


def _check_nesting(text: str, path: str) -> None:
    """Refuse a text nested deeper than MAX_NESTING, at the first level too deep.

    Walks the parser's events (a loop, no recursion), so no depth can exhaust a stack.
    """
    loader = CBaseLoader(text)
    try:
        depth = 0
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, CollectionStartEvent):
                depth += 1
                if depth > MAX_NESTING:
                    mark = event.start_mark
                    raise SourceError.at(Pos(path, mark.line + 1, mark.column + 1), _too_deep())
            elif isinstance(event, CollectionEndEvent):
                depth -= 1
    finally:
        loader.dispose()


def _too_deep() -> str:
    return (
        f"de gegevens zijn hier dieper genest dan {MAX_NESTING} niveaus (lijsten en tabellen"
        " in elkaar); dat kan geen bron van een regeling zijn"
    )


def _yaml_message(exc: YAMLError) -> str:
    """The parser's complaint in Dutch; a complaint without translation gets a general text,
    never the English one (the position says where)."""
    if not isinstance(exc, MarkedYAMLError):
        return "ongeldige YAML; controleer de opmaak van het bestand"
    problem = str(exc.problem or exc.context or "")
    for english, dutch in _MESSAGES.items():
        if problem.startswith(english):
            return f"ongeldige YAML: {dutch}"
    context = str(exc.context or "")
    if "quoted scalar" in context:
        return "ongeldige YAML: aanhalingsteken niet gesloten"
    if "flow sequence" in context or "flow mapping" in context:
        return "ongeldige YAML: een lijst [...] of tabel {...} is niet goed gesloten"
    if "block scalar" in context:
        return "ongeldige YAML: de tekst na '|' of '>' is niet goed ingesprongen"
    if "tag" in context:
        return "ongeldige YAML: onvolledige YAML-tag"
    if "anchor" in context or "alias" in context:
        return "ongeldige YAML: ankers en aliassen (& en *) worden niet ondersteund"
    return "ongeldige YAML; controleer de opmaak rond deze plaats"


def _foreign_tag(tag: str | None) -> str:
    shown = str(tag)
    if shown.startswith("tag:yaml.org,2002:"):
        shown = "!!" + shown.removeprefix("tag:yaml.org,2002:")  # as the user wrote it
    return f"YAML-tag '{shown}' wordt niet ondersteund; laat de tag weg"


def _line_col(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


class _Converter:
    """Turns composed nodes into positioned values; rejects aliases and foreign tags."""

    def __init__(self, path: str, text: str = "") -> None:
        self.path = path
        self.text_lines = text.split("\n")
        self.seen: set[int] = set()
        self.positions: dict[int, Pos] = {}

    def pos(self, node: Node) -> Pos:
        if id(node) in self.positions:
            return self.positions[id(node)]
        return Pos(self.path, node.start_mark.line + 1, node.start_mark.column + 1)

    def _block_pos(self, node: ScalarNode) -> Pos | None:
        """A block scalar's first line, with where each of its lines starts in the text: the
        lines of a folded text (">-") are joined by spaces, so an offset in the text alone does
        not say on which line of the file it stands."""
        entries: list[tuple[int, int, int]] = []
        offset = 0
        value = node.value
        for index in range(
            node.start_mark.line + 1, min(node.end_mark.line + 1, len(self.text_lines))
        ):
            row = self.text_lines[index]
            content = row.strip()
            if not content:
                continue
            found = value.find(content, offset)
            if found < 0:
                break  # the line after the text (its end mark stands there), or a change of form
            entries.append((found, index + 1, len(row) - len(row.lstrip()) + 1))
            offset = found + len(content)
        if not entries:
            return None
        return Pos(self.path, entries[0][1], entries[0][2], tuple(entries))

    def convert(self, node: Node, depth: int = 0) -> Any:
        if id(node) in self.seen:
            raise SourceError.at(
                self.pos(node), "ankers en aliassen (& en *) worden niet ondersteund"
            )
        self.seen.add(id(node))
        if isinstance(node, MappingNode | SequenceNode) and depth >= MAX_NESTING:
            raise SourceError.at(self.pos(node), _too_deep())
        if isinstance(node, MappingNode):
            return self.mapping(node, depth)
        if isinstance(node, SequenceNode):
            if node.tag != _SEQ:
                raise SourceError.at(self.pos(node), _foreign_tag(node.tag))
            result = YList(self.convert(item, depth + 1) for item in node.value)
            result.pos = self.pos(node)
            result.item_pos = [self.pos(item) for item in node.value]
            return result
        assert isinstance(node, ScalarNode)
        if node.tag != _STR:
            # At the tag itself (the node starts there), before the quote is stepped over.
            raise SourceError.at(self.pos(node), _foreign_tag(node.tag))
        if node.style in ("'", '"'):
            # Point at the first character of the text, not at the quote, so that columns
            # computed inside the text (a template error, a reference) are exact.
            self.positions[id(node)] = Pos(
                self.path, node.start_mark.line + 1, node.start_mark.column + 2
            )
        elif node.style in (">", "|"):
            block = self._block_pos(node)
            if block is not None:
                self.positions[id(node)] = block
        if node.style:
            return node.value  # quoted or block scalar: always text
        try:
            return _implicit(node.value)
        except _TooLong:
            raise SourceError.at(
                self.pos(node),
                f"het getal is te lang (meer dan {MAX_DIGITS} cijfers); is het tekst, zet het"
                " dan tussen aanhalingstekens",
            ) from None

    def mapping(self, node: MappingNode, depth: int) -> YMap:
        result = YMap()
        result.pos = self.pos(node)
        result.key_pos = {}
        result.value_pos = {}
        if node.tag != _MAP:
            raise SourceError.at(result.pos, _foreign_tag(node.tag))
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
            result[key] = self.convert(value_node, depth + 1)
            result.key_pos[key] = self.pos(key_node)
            result.value_pos[key] = self.pos(value_node)
        return result
