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

from assembler.errors import Pos, SourceError
from assembler.model.template_limits import LimitedSandbox, LimitExceeded
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


class BadCall(Exception):
    """A template function called with arguments it cannot use; ``message`` in Dutch."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


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
    for value in (first, second, van):
        if value is not None and not isinstance(value, str):
            raise BadCall(
                "ref() en Ref() verwachten ids als tekst tussen aanhalingstekens,"
                " bijvoorbeeld ref('ab-stemmen')"
            )
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


def make_environment() -> LimitedSandbox:
    """The sandbox of all template text in clauses and manifests, with limits of work and
    size (:mod:`assembler.model.template_limits`)."""
    env = LimitedSandbox(undefined=StrictUndefined, autoescape=False)
    env.filters["opsomming"] = opsomming
    env.globals["ref"] = _ref
    env.globals["Ref"] = _capital_ref
    return env


_ENV = make_environment()

# The names template text is given besides the variables of assembler.yaml (see
# model/assemble.py): a variable with one of these names would hide it.
CONTEXT_NAMES = ("openbaar_lichaam", "versie", "deelnemers", "deelnemer", "keuze", "document")
# Names Jinja itself gives a meaning inside template text.
_JINJA_NAMES = ("loop", "self", "caller", "varargs", "kwargs", "true", "false", "none")
RESERVED_NAMES = frozenset((*_ENV.globals, *CONTEXT_NAMES, *_JINJA_NAMES))

# Characters that no XML document (and so no .docx) can hold; see source/fields.py.
_NON_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@lru_cache(maxsize=8192)
def _compile(text: str) -> Any:
    return _ENV.from_string(text)


def render(stext: SText, context: Mapping[str, Any]) -> list[Piece]:
    """Render one template text into literal strings and pending references.

    Every failure is a SourceError located in the text: syntax errors at their line, runtime
    errors (division by zero, a value that is no function, a limit reached) at the tag on the
    line where they arose.
    """
    text = stext.text
    if "{" not in text:
        return [text] if text else []
    try:
        template = _compile(text)
        output = _ENV.run(lambda: template.generate(context))
    except TemplateSyntaxError as exc:
        raise SourceError.at(
            _at(stext, exc.lineno, None), f"fout in sjabloontekst: {syntax_message(exc)}"
        ) from None
    except SecurityError:
        raise SourceError.at(
            stext.pos,
            "niet toegestaan in sjabloontekst (afgeschermde omgeving): de tekst mag alleen"
            " variabelen, ref(), keuze() en eenvoudige bewerkingen gebruiken",
        ) from None
    except UnknownName as exc:
        raise SourceError.at(_at(stext, None, exc.name), str(exc.message)) from None
    except UndefinedError as exc:
        name = _undefined_name(str(exc.message))
        if name is None:
            raise SourceError.at(
                _runtime_at(stext, exc),
                "fout bij het invullen van de sjabloontekst: een sleutel of plaats die niet"
                " bestaat",
            ) from None
        raise SourceError.at(
            _at(stext, None, name), f"onbekende variabele '{name}'{_hint(name, context)}"
        ) from None
    except (LimitExceeded, BadCall) as exc:
        raise SourceError.at(_runtime_at(stext, exc), exc.message) from None
    except (RecursionError, MemoryError) as exc:
        raise SourceError.at(_runtime_at(stext, exc), runtime_message(exc)) from None
    except (TemplateError, ArithmeticError, LookupError, TypeError, ValueError) as exc:
        raise SourceError.at(_runtime_at(stext, exc), runtime_message(exc)) from None
    except AttributeError as exc:
        raise SourceError.at(_runtime_at(stext, exc), runtime_message(exc)) from None
    bad = _NON_XML.search(output)
    if bad is not None:
        raise SourceError.at(
            stext.pos,
            f"de sjabloontekst levert het teken U+{ord(bad.group()):04X} op, dat niet in een"
            " Word-document kan staan",
        )
    return split_refs(output, stext)


def _runtime_at(stext: SText, exc: BaseException) -> Pos:
    """The tag on the template line where ``exc`` was raised (Jinja rewrites the traceback so
    that the template's own frames carry its line numbers), or the start of the text."""
    line = None
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    if line is None:
        return stext.pos
    lines = stext.text.split("\n")
    if not 1 <= line <= len(lines):
        return stext.pos
    offset = sum(len(row) + 1 for row in lines[: line - 1])
    row = lines[line - 1]
    tags = [m.start() for m in re.finditer(r"\{[{%]", row)]
    return _at_offset(stext, offset + (tags[0] if tags else 0))


def runtime_message(exc: BaseException) -> str:
    """What went wrong while filling in the text, in Dutch (Python's own text is English)."""
    detail = str(exc)
    if isinstance(exc, UndefinedError):
        name = _undefined_name(str(exc.message))
        what = f"onbekende variabele '{name}'" if name else "een sleutel of plaats die niet bestaat"
    elif isinstance(exc, ZeroDivisionError):
        what = "een deling door nul"
    elif isinstance(exc, OverflowError):
        what = "een getal dat te groot is"
    elif isinstance(exc, RecursionError):
        what = "een macro die zichzelf te vaak aanroept"
    elif isinstance(exc, MemoryError):
        what = "een tekst of lijst die te groot wordt"
    elif isinstance(exc, TypeError) and "no loader" in detail:
        # {% include %}, {% import %} and {% extends %} read another template: there is none.
        what = (
            "een ander bestand invoegen ({% include %}, {% import %} of {% extends %}); dat"
            " kan in sjabloontekst niet"
        )
    elif isinstance(exc, TypeError) and "not callable" in detail:
        what = "een waarde die geen functie is wordt aangeroepen (met haakjes erachter)"
    elif isinstance(exc, TypeError) and "not iterable" in detail:
        what = "een waarde die geen lijst is wordt doorlopen"
    elif isinstance(exc, TypeError) and ("unsupported operand" in detail or "can only" in detail):
        what = "een bewerking op waarden die daar niet bij passen (bijvoorbeeld tekst en getal)"
    elif isinstance(exc, TypeError) and "argument" in detail:
        what = "een functie of filter met verkeerde argumenten"
    elif isinstance(exc, ValueError) and "integer string conversion" in detail:
        what = "een getal dat te lang is om als tekst te schrijven"
    elif isinstance(exc, ValueError):
        what = "een waarde die hier niet kan worden gebruikt"
    elif isinstance(exc, LookupError):
        what = "een sleutel of plaats die niet bestaat"
    elif isinstance(exc, TemplateError) and "No filter named" in detail:
        found = re.search(r"No filter named '([^']+)'", detail)
        what = f"een onbekend filter '{found.group(1) if found else '?'}'"
    else:
        what = "een bewerking die niet kan"
    return f"fout bij het invullen van de sjabloontekst: {what}"


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
    """The position of character ``offset`` of the text, counting the lines inside it (of a
    block scalar: its own line in the file, see :meth:`Pos.at`)."""
    pos = stext.pos
    inside = pos.at(offset)
    if inside is not None:
        return inside
    before = stext.text[:offset]
    lines = before.count("\n")
    if lines:
        return Pos(pos.path, pos.line + lines, offset - before.rfind("\n"))
    return Pos(pos.path, pos.line, pos.col + offset)


def _undefined_name(message: str) -> str | None:
    match = re.search(r"'([^']+)' is undefined", message) or re.search(
        r"has no attribute '([^']+)'", message
    )
    return match.group(1) if match else None


def _hint(name: str, context: Mapping[str, Any]) -> str:
    if name == "deelnemer" and "deelnemer" not in context:
        return "; 'deelnemer' bestaat alleen in documenten per deelnemer (per_deelnemer: true)"
    return ""


_SYNTAX = {
    "unexpected '}'": "onverwachte '}'",
    "unexpected end of template": "de sjabloontekst houdt onverwacht op (ontbreekt '}}' of een endif?)",
    "Unexpected end of template": "de sjabloontekst houdt onverwacht op (ontbreekt een endif"
    " of endfor?)",
    "expected token 'end of print statement'": "verwachtte '}}'",
    "expected token 'end of statement block'": "verwachtte '%}'",
    "missing end of comment tag": "een opmerking ({# ... #}) is niet gesloten",
    "tag name expected": "na '{%' hoort een opdracht (if, for, ...)",
    "expected an expression": "hier ontbreekt een waarde",
    "Expected an expression": "hier ontbreekt een waarde",
    "unexpected char": "een teken dat hier niet kan staan",
    "expected token": "hier ontbreekt een teken (een haakje, komma of '}}'?)",
    "expected name": "hier hoort een naam",
    "unexpected": "onverwachte tekst",
    "Block ": "blokken ({% block %}) worden niet ondersteund",
}
_UNKNOWN_FILTER = re.compile(r"No (filter|test) named '([^']*)'")
_TAG = re.compile(r"Encountered unknown tag '([^']*)'")


def syntax_message(exc: TemplateSyntaxError) -> str:
    """Jinja's syntax complaint in Dutch; one without translation gets a general text."""
    message = str(exc.message or "")
    for english, dutch in _SYNTAX.items():
        if message.startswith(english):
            return dutch
    unknown = _UNKNOWN_FILTER.match(message)
    if unknown is not None:
        kind = "filter" if unknown.group(1) == "filter" else "test (na 'is')"
        return f"onbekend {kind} '{unknown.group(2)}'"
    tag = _TAG.match(message)
    if tag is not None:
        return f"onbekende opdracht '{tag.group(1)}'"
    return "de sjabloontekst is niet goed opgebouwd; controleer de haakjes {{ }} en {% %}"
