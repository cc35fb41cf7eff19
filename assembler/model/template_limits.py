"""Limits on template text: bounded work, bounded size, whatever a fragment writes.

Jinja's sandbox stops template text from reaching Python internals, but not from working for
ever (``{% for a in range(100000) %}{% for b in range(100000) %}…``) or from building a string
of gigabytes (``'x' * 10 ** 9``). :class:`LimitedSandbox` adds a budget per render:

- every loop iteration and every call is a *step*; a render may take ``MAX_STEPS`` steps and
  ``MAX_SECONDS`` seconds (the step count makes the limit the same on every machine; the clock
  is the backstop for single steps that are slow);
- no value (text, list) and no output grows beyond ``MAX_CHARS`` characters or items, checked
  *before* an operation that could exceed it (``*``, ``%``, ``str.format``, a width argument);
- integers stay below ``MAX_INT_BITS`` bits, so ``2 ** 10 ** 9`` is refused, not computed;
- lists, dicts and namespaces cannot be changed (an immutable sandbox without ``namespace``),
  so no value can grow from one loop iteration to the next.

A limit reached raises :class:`LimitExceeded` with a Dutch message.
"""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sized
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from jinja2 import nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment

MAX_STEPS = 200_000  # a real text takes tens; 200,000 take about 0.1 s
MAX_SECONDS = 10.0  # a backstop only: the step count stops everything we know first
MAX_CHARS = 100_000
# A Word template's XML part holds the whole document body (a regeling is a few MB of XML): its
# output may be this long, while every value computed in it stays within MAX_CHARS.
MAX_PART_CHARS = 50_000_000
MAX_INT_BITS = 4096  # about 1,200 digits: far below Python's 4,300-digit conversion limit
# Globals of Jinja that only make sense for mutable state or filler text.
_DROPPED_GLOBALS = ("namespace", "lipsum", "cycler", "joiner")
# A run of digits this long in a format ("%100000000s", "{:>100000000}") asks for a width
# beyond MAX_CHARS.
_WIDE = re.compile(f"[0-9]{{{len(str(MAX_CHARS))},}}")


class LimitExceeded(Exception):
    """Template text went beyond a limit; ``message`` says which, in Dutch."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class _Budget:
    """The work one render may still do."""

    def __init__(self) -> None:
        self.steps = 0
        self.deadline = time.monotonic() + MAX_SECONDS

    def step(self) -> None:
        self.steps += 1
        if self.steps > MAX_STEPS:
            raise LimitExceeded(
                f"de sjabloontekst doet te veel werk (meer dan {MAX_STEPS:_} stappen in lussen"
                " en aanroepen)".replace("_", ".")
            )
        if self.steps % 1024 == 0 and time.monotonic() > self.deadline:
            raise LimitExceeded(
                f"de sjabloontekst duurt te lang (meer dan {MAX_SECONDS:g} seconden)"
            )


_BUDGET: ContextVar[_Budget | None] = ContextVar("template_budget", default=None)


def _step() -> None:
    budget = _BUDGET.get()
    if budget is not None:
        budget.step()


def _too_long(what: str, limit: int = MAX_CHARS) -> LimitExceeded:
    shown = f"{limit:_}".replace("_", ".")
    return LimitExceeded(f"de sjabloontekst maakt {what} langer dan {shown} tekens")


@contextmanager
def budgeted() -> Iterator[None]:
    """Within the block, every render of a :class:`LimitedSandbox` shares one fresh budget
    (a Word template: docxtpl renders each XML part with ``Template.render``, not :meth:`run`)."""
    token = _BUDGET.set(_Budget())
    try:
        yield
    finally:
        _BUDGET.reset(token)


_COLLECTIONS = (str, bytes, list, tuple, dict, set)  # a tuple: faster in isinstance than a union


def check_size(value: Any) -> Any:
    """``value`` itself, unless it is a text or collection beyond MAX_CHARS."""
    if isinstance(value, _COLLECTIONS):
        if len(value) > MAX_CHARS:
            raise _too_long("een tekst of lijst")
    elif isinstance(value, int) and value.bit_length() > MAX_INT_BITS:
        raise _too_big()
    return value


def _check_arguments(args: Iterable[Any], base: Any = None) -> None:
    """The arguments of a filter or of a method of ``base`` (a text or list) ask for no result
    beyond the limits: no width or count beyond MAX_CHARS, and no text that the operation
    could repeat for every item or line of ``base`` (join, replace, indent, wordwrap) beyond
    ten times MAX_CHARS in all."""
    items = _sized(base)
    for arg in args:
        check_size(arg)
        if isinstance(arg, int) and not isinstance(arg, bool) and abs(arg) > MAX_CHARS:
            # A width, a count or a length (center, ljust, indent, batch, slice): the result
            # would be at least that long.
            raise _too_long("een tekst of lijst (een breedte of aantal)")
        if isinstance(arg, str) and items * len(arg) > 10 * MAX_CHARS:
            raise _too_long("een tekst (een tekst die voor elk deel herhaald wordt)")


def _check_format(pattern: Any) -> None:
    if isinstance(pattern, str) and _WIDE.search(pattern):
        raise _too_long("een tekst (een breedte in een opmaak)")


def _sized(value: Any) -> int:
    return len(value) if isinstance(value, Sized) else 0


class LimitedSandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox with a budget of work and size (see the module)."""

    intercepted_binops = frozenset({"*", "**", "%", "+", "//", "/", "-"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        for name in _DROPPED_GLOBALS:
            self.globals.pop(name, None)
        self.filters = {name: _guarded_filter(f) for name, f in self.filters.items()}

    # -- budget --------------------------------------------------------------------------

    def run(self, render: Callable[[], Iterator[str]]) -> str:
        """The output of ``render`` (a template's ``generate``), within the budget."""
        token = _BUDGET.set(_Budget())
        try:
            parts: list[str] = []
            size = 0
            for part in render():
                size += len(part)
                if size > MAX_CHARS:
                    raise _too_long("de uitvoer")
                parts.append(part)
                _step()
            return "".join(parts)
        finally:
            _BUDGET.reset(token)

    def concat(self, parts: Iterable[str]) -> str:
        """A whole render's output (``Template.render``, as docxtpl calls it), joined as it is
        produced: at most MAX_PART_CHARS characters, a step per piece."""
        joined: list[str] = []
        size = 0
        for part in parts:
            size += len(part)
            if size > MAX_PART_CHARS:
                raise _too_long("een deel van het document", MAX_PART_CHARS)
            joined.append(part)
            _step()
        return "".join(joined)

    def guarded_iter(self, iterable: Any) -> Iterator[Any]:
        """What a ``{% for %}`` loops over: one step per item."""
        for item in iterable:
            _step()
            yield item

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        for loop in tree.find_all(nodes.For):
            loop.iter = nodes.Call(
                nodes.EnvironmentAttribute("guarded_iter"), [loop.iter], [], None, None
            ).set_lineno(loop.iter.lineno)
        return tree

    # -- operations ----------------------------------------------------------------------

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        _step()
        owner = getattr(__obj, "__self__", None)
        if isinstance(owner, str | list | tuple | dict):
            _check_method(owner, getattr(__obj, "__name__", ""), args, kwargs)
        else:
            for arg in (*args, *kwargs.values()):
                check_size(arg)
        return check_size(super().call(__context, __obj, *args, **kwargs))

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        _step()
        _check_binop(operator, left, right)
        return check_size(super().call_binop(context, operator, left, right))


def _check_method(owner: Any, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """A method of a text or list (``'x'.ljust(n)``, ``', '.join(items)``) within the limits."""
    _check_arguments(args, owner)
    _check_arguments(kwargs.values(), owner)
    repeated = isinstance(owner, str) and name == "join" and bool(args)
    if repeated and _sized(args[0]) * len(owner) > 10 * MAX_CHARS:
        raise _too_long("een tekst (een tekst die voor elk deel herhaald wordt)")
    if name in ("format", "format_map"):
        _check_format(owner)


def _check_binop(operator: str, left: Any, right: Any) -> None:
    """``left <operator> right`` asks for no text, list or number beyond the limits."""
    if operator == "*":
        for count, other in ((left, right), (right, left)):
            sequence = _is_int(count) and isinstance(other, str | list | tuple)
            if sequence and count > 0 and len(other) * count > MAX_CHARS:
                raise _too_long("een tekst of lijst")
        numbers = _is_int(left) and _is_int(right)
        if numbers and left.bit_length() + right.bit_length() > MAX_INT_BITS:
            raise _too_big()
    elif operator == "**" and _is_int(left) and _is_int(right):
        if right > 0 and abs(left) > 1 and right * left.bit_length() > MAX_INT_BITS:
            raise _too_big()
    elif operator == "%" and isinstance(left, str):
        _check_format(left)
    elif operator == "+" and _sized(left) + _sized(right) > MAX_CHARS:
        raise _too_long("een tekst of lijst")


def _too_big() -> LimitExceeded:
    return LimitExceeded("de sjabloontekst maakt een getal dat te groot is")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _guarded_filter(function: Callable[..., Any]) -> Callable[..., Any]:
    """A filter that counts as a step and takes no argument that asks for too much."""

    @functools.wraps(function)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        _step()
        # The filtered value is the first argument, after Jinja's context or environment
        # when the filter asks for one; only what follows can be a width or a count.
        values = [a for a in args if not _is_jinja_internal(a)]
        if values:
            check_size(values[0])
            if function.__name__ == "do_format":
                _check_format(values[0])
        base = values[0] if values else None
        _check_arguments(values[1:], base)
        _check_arguments(kwargs.values(), base)
        return check_size(function(*args, **kwargs))

    return guarded


def _is_jinja_internal(value: Any) -> bool:
    from jinja2.environment import Environment
    from jinja2.nodes import EvalContext
    from jinja2.runtime import Context

    return isinstance(value, Environment | EvalContext | Context)
