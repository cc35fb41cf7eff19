"""Template text: variables and cross-references in clause text, run in a Jinja sandbox.

A text without ``{`` is returned as is (the common case, and the fast path). Otherwise it is
compiled once (cached) and rendered in a :class:`SandboxedEnvironment` with strict undefined
variables. ``ref('id')`` leaves a marker in the output that :func:`split_refs` turns into a
pending reference; numbers are only known after numbering, so references are resolved later.
``ref('gr-sociaal', 'id')`` refers to a provision of another document (the id of its manifest
first); ``van='de regeling'`` names that document otherwise than by its citeertitel.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from assembler.errors import Pos, SourceError
from assembler.source.records import SText

# Private-use characters cannot occur in valid sources (they are not typed by users), so they
# can delimit reference markers safely: \ue000 lower case, \ue001 capitalised, \ue002 end,
# \ue003 between the fields (document, target, name) of a reference to another document.
_REF = re.compile("([\ue000\ue001])([^\ue002]*)\ue002")
_FIELD = "\ue003"


class UnknownName(UndefinedError):
    """A name a template function does not know (a choice, say): reported as such."""

    def __init__(self, message: str, name: str) -> None:
        super().__init__(message)
        self.name = name


@dataclass(frozen=True, slots=True)
class PendingRef:
    """A reference whose wording is computed after numbering."""

    target: str
    capital: bool
    pos: Pos
    document: str = ""  # the manifest id of another document; "" for the same document
    document_pos: Pos | None = None  # where that manifest id is written
    cited_as: str | None = None  # ``van=``: how the other document is named ("de regeling")


Piece = str | PendingRef


def opsomming(items: Iterable[Any], last: str = "en") -> str:
    """Join as Dutch prose: "A, B en C"."""
    words = [str(i) for i in items]
    if len(words) < 2:
        return "".join(words)
    return f"{', '.join(words[:-1])} {last} {words[-1]}"


def _marker(start: str, first: Any, second: Any, van: Any) -> str:
    """The marker for one reference: the target, or document, target and (optional) name."""
    if second is None and van is None:
        return f"{start}{first}\ue002"
    fields = [str(first), "" if second is None else str(second)]
    if van is not None:
        fields.append(str(van))
    return f"{start}{_FIELD.join(fields)}\ue002"


def _ref(first: Any, second: Any = None, van: Any = None) -> str:
    """``ref('id')`` or ``ref('document', 'id')``, lower case."""
    return _marker("\ue000", first, second, van)


def _capital_ref(first: Any, second: Any = None, van: Any = None) -> str:
    """``Ref(...)``: the same, capitalised (begin of a sentence)."""
    return _marker("\ue001", first, second, van)


def make_environment() -> SandboxedEnvironment:
    """The sandbox used for all template text (clauses and the Word template)."""
    env = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False)
    env.filters["opsomming"] = opsomming
    env.globals["ref"] = _ref
    env.globals["Ref"] = _capital_ref
    return env


_ENV = make_environment()


@lru_cache(maxsize=8192)
def _compile(text: str) -> Any:
    return _ENV.from_string(text)


def render(stext: SText, context: Mapping[str, Any]) -> list[Piece]:
    """Render one template text into literal strings and pending references."""
    text = stext.text
    if "{" not in text:
        return [text] if text else []
    try:
        output = _compile(text).render(context)
    except TemplateSyntaxError as exc:
        raise SourceError.at(
            _at(stext, exc.lineno, None), f"fout in sjabloontekst: {_syntax(exc)}"
        ) from None
    except SecurityError as exc:
        raise SourceError.at(
            stext.pos, f"niet toegestaan in sjabloontekst (afgeschermde omgeving): {exc}"
        ) from None
    except UnknownName as exc:
        raise SourceError.at(_at(stext, None, exc.name), str(exc.message)) from None
    except UndefinedError as exc:
        name = _undefined_name(str(exc.message))
        raise SourceError.at(
            _at(stext, None, name), f"onbekende variabele '{name}'{_hint(name, context)}"
        ) from None
    except (TemplateError, TypeError, ValueError, AttributeError) as exc:
        raise SourceError.at(
            stext.pos, f"fout bij het invullen van de sjabloontekst: {exc}"
        ) from None
    return split_refs(output, stext)


def split_refs(output: str, stext: SText) -> list[Piece]:
    pieces: list[Piece] = []
    last = 0
    for match in _REF.finditer(output):
        if match.start() > last:
            pieces.append(output[last : match.start()])
        pieces.append(_pending(match.group(2), match.group(1) == "\ue001", stext))
        last = match.end()
    if last < len(output):
        pieces.append(output[last:])
    return pieces


def _pending(marker: str, capital: bool, stext: SText) -> PendingRef:
    """The pending reference of one marker, located at its arguments in the source text."""
    if _FIELD not in marker:
        return PendingRef(marker, capital, _at_argument(stext, marker))
    document, target, *name = marker.split(_FIELD)
    if not target:  # ref('id', van='...'): one document only, reported when resolved
        cited_as = name[0] if name else None
        return PendingRef(document, capital, _at_argument(stext, document), cited_as=cited_as)
    return PendingRef(
        target,
        capital,
        _at_argument(stext, target),
        document,
        _at_argument(stext, document),
        name[0] if name else None,
    )


def _at_argument(stext: SText, value: str) -> Pos:
    """Where ``value`` is written as a quoted argument ('id' or "id"), else where it occurs."""
    for quote in ("'", '"'):
        offset = stext.text.find(f"{quote}{value}{quote}") if value else -1
        if offset >= 0:
            return _at_offset(stext, offset + 1)
    return _at(stext, None, value)


def _at(stext: SText, lineno: int | None, needle: str | None) -> Pos:
    """Best position inside the text: the line Jinja names, or where ``needle`` occurs."""
    offset = stext.text.find(needle) if needle else -1
    if offset >= 0:
        return _at_offset(stext, offset)
    if lineno and lineno > 1:
        pos = stext.pos
        return Pos(pos.path, pos.line + lineno - 1, 1)
    return stext.pos


def _at_offset(stext: SText, offset: int) -> Pos:
    """The position of character ``offset`` of the text, counting the lines inside it."""
    pos = stext.pos
    before = stext.text[:offset]
    lines = before.count("\n")
    if lines:
        return Pos(pos.path, pos.line + lines, offset - before.rfind("\n"))
    return Pos(pos.path, pos.line, pos.col + offset)


def _undefined_name(message: str) -> str:
    match = re.search(r"'([^']+)' is undefined", message) or re.search(
        r"has no attribute '([^']+)'", message
    )
    return match.group(1) if match else message


def _hint(name: str, context: Mapping[str, Any]) -> str:
    if name == "deelnemer" and "deelnemer" not in context:
        return "; 'deelnemer' bestaat alleen in documenten per deelnemer (per_deelnemer: true)"
    return ""


_SYNTAX = {
    "unexpected '}'": "onverwachte '}'",
    "unexpected end of template": "de sjabloontekst houdt onverwacht op (ontbreekt '}}' of een endif?)",
    "expected token 'end of print statement'": "verwachtte '}}'",
}


def _syntax(exc: TemplateSyntaxError) -> str:
    message = str(exc.message or "")
    for english, dutch in _SYNTAX.items():
        if message.startswith(english):
            return dutch
    if message.startswith("Encountered unknown tag"):
        return f"onbekende opdracht ({message})"
    return message
