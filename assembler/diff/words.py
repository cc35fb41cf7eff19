"""Word-level differences with diff-match-patch, on tokens.

Each token is mapped to one character, so the diff works on tokens and an edit never starts
inside a word (the lines-to-chars trick). A token is a word, a run of spaces, one punctuation
mark, a whole amount ("9.120.000,00"), a whole date ("1 januari 2022", "01-01-2021"), or a
whole reference (a :class:`Ref` node keeps its target). ``Diff_Timeout = 0``: with the default
of one second, a large text silently comes back as "delete all, insert all".
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from typing import NamedTuple, TypeVar

from diff_match_patch import diff_match_patch

from assembler.model.nodes import Content, Inline, Ref, Text


class Seg(NamedTuple):
    """The writers' form of a run of text: its operation ("=", "+" or "-") and its text.

    ``ref`` is the reference when the segment is one whole :class:`Ref` (its wording), so a
    writer can link it to its target; ``None`` for plain text.
    """

    op: str
    text: str
    ref: Ref | None = None


_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
_TOKEN = re.compile(
    rf"\d{{1,2}} (?:{_MONTHS}) \d{{4}}"  # a date written out
    r"|\d{1,2}-\d{1,2}-\d{4}"  # a date in figures
    r"|\d+(?:[.,]\d+)*"  # an amount or number with its separators
    r"|\w+|\s+|[^\w\s]",
    re.UNICODE,
)
_DMP = diff_match_patch()
_DMP.Diff_Timeout = 0


class Op(Enum):
    """Whether a piece of text is in both versions, only the new one, or only the old one."""

    SAME = "="
    INSERTED = "+"
    DELETED = "-"


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of inline content with its operation: text, or one whole reference."""

    op: Op
    node: Inline


Pieces = tuple[Piece, ...]

K = TypeVar("K", bound=Hashable)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


@lru_cache(maxsize=65536)
def word_diff(old: str, new: str) -> tuple[Seg, ...]:
    """The segments that turn ``old`` into ``new``; unchanged text is one "=" segment.

    Cached: the same heading change shows up in the body, the contents and the toelichting.
    """
    if old == new:
        return (Seg("=", new),) if new else ()
    if not old:
        return (Seg("+", new),)
    if not new:
        return (Seg("-", old),)
    return tuple(Seg(op.value, "".join(run)) for op, run in diff_tokens(tokens(old), tokens(new)))


@lru_cache(maxsize=65536)
def content_diff(old: Content, new: Content) -> Pieces:
    """The pieces that turn inline content ``old`` into ``new``, references kept whole."""
    if old == new or _plain(old) == _plain(new):
        # The same words: a typed reference that became a ref() (or back) is no change.
        return tuple(Piece(Op.SAME, node) for node in new)
    if not old:
        return tuple(Piece(Op.INSERTED, node) for node in new)
    if not new:
        return tuple(Piece(Op.DELETED, node) for node in old)
    out: list[Piece] = []
    for op, run in diff_tokens(_content_tokens(old), _content_tokens(new)):
        text: list[str] = []
        for token in run:
            if isinstance(token, Ref):
                if text:
                    out.append(Piece(op, Text("".join(text))))
                    text = []
                out.append(Piece(op, token))
            else:
                text.append(token)
        if text:
            out.append(Piece(op, Text("".join(text))))
    return tuple(out)


def _plain(content: Content) -> str:
    return "".join(node.text for node in content)


def _content_tokens(content: Content) -> list[str | Ref]:
    out: list[str | Ref] = []
    for node in content:
        if isinstance(node, Ref):
            out.append(node)
        else:
            out.extend(tokens(node.text))
    return out


def diff_tokens(a: Sequence[K], b: Sequence[K]) -> list[tuple[Op, list[K]]]:
    """Runs of tokens, each in both sequences, only in ``b``, or only in ``a``."""
    # Trim the tokens both share at the start and the end: most changes (a renumbered
    # reference, one reworded phrase) are small, and need no full diff at all.
    start = 0
    limit = min(len(a), len(b))
    while start < limit and a[start] == b[start]:
        start += 1
    end = 0
    while end < limit - start and a[-1 - end] == b[-1 - end]:
        end += 1
    a_mid, b_mid = list(a[start : len(a) - end]), list(b[start : len(b) - end])
    if len(a_mid) <= 2 or len(b_mid) <= 2:
        middle = [(Op.DELETED, a_mid), (Op.INSERTED, b_mid)]
    else:
        middle = _dmp_diff(a_mid, b_mid)
    runs = [(Op.SAME, list(a[:start])), *middle, (Op.SAME, list(a[len(a) - end :]))]
    return [(op, run) for op, run in runs if run]


_OPS = {0: Op.SAME, 1: Op.INSERTED, -1: Op.DELETED}


def _dmp_diff(a_tokens: list[K], b_tokens: list[K]) -> list[tuple[Op, list[K]]]:
    table: dict[K, str] = {}
    words: list[K] = []

    def encode(toks: list[K]) -> str:
        out = []
        for token in toks:
            code = table.get(token)
            if code is None:
                # Private-use and beyond: code points that never need escaping in dmp.
                code = (
                    chr(0xF0000 + len(words))
                    if len(words) < 0xFFFE
                    else chr(0x10000 + len(words) - 0xFFFE)
                )
                table[token] = code
                words.append(token)
            out.append(code)
        return "".join(out)

    a, b = encode(a_tokens), encode(b_tokens)
    diffs = _DMP.diff_main(a, b, False)
    _DMP.diff_cleanupSemantic(diffs)
    runs: list[tuple[Op, list[K]]] = []
    for code, chars in diffs:
        op = _OPS[code]
        run = [words[_index(c)] for c in chars]
        if runs and runs[-1][0] == op:
            runs[-1][1].extend(run)
        else:
            runs.append((op, run))
    return runs


def _index(char: str) -> int:
    code = ord(char)
    return code - 0xF0000 if code >= 0xF0000 else code - 0x10000 + 0xFFFE


def segs_of(pieces: Sequence[Piece]) -> tuple[Seg, ...]:
    """The writers' form of pieces: adjacent text with the same operation merged, each
    reference a segment of its own that keeps its :class:`Ref`."""
    out: list[Seg] = []
    for piece in pieces:
        op, node = piece.op.value, piece.node
        if not node.text:
            continue
        if isinstance(node, Ref):
            out.append(Seg(op, node.text, node))
        elif out and out[-1].op == op and out[-1].ref is None:
            out[-1] = Seg(op, out[-1].text + node.text)
        else:
            out.append(Seg(op, node.text))
    return tuple(out)


def side(segs: Sequence[Seg], which: str) -> str:
    """The old ("-") or new ("+") text of a list of segments."""
    return "".join(seg.text for seg in segs if seg.op in ("=", which))
