"""Template text: variables and cross-references in clause text, run in a Jinja sandbox.

A text without ``{`` is returned as is (the common case, and the fast path). Otherwise it is
compiled once (cached) and rendered in a :class:`SandboxedEnvironment` with strict undefined
variables. ``ref('id')`` leaves a marker in the output that :func:`split_refs` turns into a
pending reference; numbers are only known after numbering, so references are resolved later.
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

from assembler.errors import SourceError
from assembler.model.nodes import Pos
from assembler.source.records import SText

# Private-use characters cannot occur in valid sources (they are not typed by users), so they
# can delimit reference markers safely: \ue000 lower case, \ue001 capitalised, \ue002 end.
_REF = re.compile("([\ue000\ue001])([^\ue002]*)\ue002")


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


Piece = str | PendingRef


def opsomming(items: Iterable[Any], last: str = "en") -> str:
    """Join as Dutch prose: "A, B en C"."""
    words = [str(i) for i in items]
    if len(words) < 2:
        return "".join(words)
    return f"{', '.join(words[:-1])} {last} {words[-1]}"


def _ref(target: Any) -> str:
    return f"\ue000{target}\ue002"


def _capital_ref(target: Any) -> str:
    return f"\ue001{target}\ue002"


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
        target = match.group(2)
        pieces.append(PendingRef(target, match.group(1) == "\ue001", _at(stext, None, target)))
        last = match.end()
    if last < len(output):
        pieces.append(output[last:])
    return pieces


def _at(stext: SText, lineno: int | None, needle: str | None) -> Pos:
    """Best position inside the text: the line Jinja names, or where ``needle`` occurs."""
    pos = stext.pos
    offset = stext.text.find(needle) if needle else -1
    if offset >= 0:
        before = stext.text[:offset]
        lines = before.count("\n")
        if lines:
            return Pos(pos.path, pos.line + lines, offset - before.rfind("\n"))
        return Pos(pos.path, pos.line, pos.col + offset)
    if lineno and lineno > 1:
        return Pos(pos.path, pos.line + lineno - 1, 1)
    return pos


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
